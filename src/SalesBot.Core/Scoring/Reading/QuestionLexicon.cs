using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Reading;

/// <summary>The cue sets that tell questions apart: exploring, closing, inline, short idioms and sharp diagnostics.</summary>
internal static class QuestionLexicon
{
    public static readonly CueSet ExploringOpeners = CuePattern.Compile(
    [
        "can i ask", "could i ask", "mind if i ask", "may i ask", "what", "what's", "why", "who", "who's", "which", "how", "tell me",
        "help me understand", "walk me through", "i'm curious", "curious", "i'd love to understand", "i'd love to know", "i wonder",
        "i'm wondering", "wondering", "is it", "is that", "is price", "is budget", "is the", "is there anything", "is your", "are there",
        "have you", "has", "did you", "did", "where", "when do", "when does", "when is", "when are", "when did", "when will", "do you",
        "does", "are you", "are they", "do they", "is this", "would they", "would you say", "roughly", "was", "were", "any idea",
        "could you tell", "could anyone", "would anyone", "can anyone", "is anyone", "does anyone", "would it",
    ]);

    /// <summary>Openers that mark a question even without a question mark, at a sentence or clause start.</summary>
    public static readonly CueSet StrongOpeners = CuePattern.Compile(
    [
        "what's", "what is", "what are", "what would", "what do", "what does", "what did", "what made", "what happens", "what happened",
        "what if", "how do", "how does", "how did", "how would", "how are", "how is", "how many", "how much", "how often", "how long",
        "who else", "who is", "who's", "who would", "who will", "who owns", "who signs", "why", "can i ask", "could i ask", "mind if i ask",
        "tell me about", "tell me how", "tell me what", "tell me why", "tell me who", "tell me more", "tell me whether", "tell me where",
        "tell me when", "help me understand", "walk me through", "i'm curious", "curious", "wondering", "i wonder", "i'd love to understand",
        "i'd love to know", "is it", "is that", "is there", "are you", "are there", "do you", "does", "did you", "have you", "would you",
        "could you", "can you", "can we", "could we", "when do", "when does", "when is", "when are", "when will", "where do", "where does",
        "which", "is the", "is your", "is this", "are the", "are your", "do they", "does your", "was it", "was that", "was the", "were you",
        "were they", "any idea", "roughly how",
    ]);

    /// <summary>Openers after a comma or dash: as <see cref="StrongOpeners"/>, but "which" there starts a relative clause.</summary>
    public static readonly CueSet ClauseOpeners = new(StrongOpeners.Where(p => p.Phrase != "which").Select(p => p.Phrase));

    public static readonly CueSet InlineQuestions = CuePattern.Compile(
    [
        "could anyone", "would anyone", "can anyone", "does anyone", "is anyone", "who else", "what would happen", "what happens if",
        "how would you", "how do you", "how are you", "what's the plan", "what is the plan", "how much does", "how many of", "what does it cost",
        "what would it take", "what's driving", "what is driving", "what made you", "could you tell",
    ]);

    public static readonly CueSet ClosingOpeners = CuePattern.Compile(
    [
        "can we", "could we", "shall we", "should we", "how about", "what about", "would you be open", "are you open", "open to",
        "are you free", "are you around", "do you have", "would it make sense", "does it make sense", "is there a time", "when works",
        "when can", "when would", "any chance", "would you like", "want to", "up for", "fancy", "could you", "can you", "can i", "could i",
        "may i", "will you", "worth a", "let's", "would thursday", "shall i", "would it help", "would it be useful", "would it be worth",
        "does it help if",
    ]);

    public static readonly CueSet VagueClosings = CuePattern.Compile(
    [
        "learn more", "hear more", "know more", "see more", "interested", "chat", "talk", "connect", "catch up",
    ]);

    /// <summary>Short questions that explore in two or three words.</summary>
    public static readonly CueSet Idioms = CuePattern.Compile(
    [
        "compared to what", "compared with what", "why now", "what changed", "what's changed", "says who", "such as", "like what",
        "how so", "in what way", "meaning what", "why is that", "what's behind that", "what's driving that",
    ]);

    /// <summary>
    /// What makes a question diagnostic rather than merely polite: a hypothetical ("if… would"), the cost or consequence
    /// of the problem, the first worry, what would have to be true.
    /// </summary>
    public static readonly CueSet SharpMarkers = CuePattern.Compile(
    [
        "what would have to", "what would it take", "what would make you", "the first question", "the one thing", "first thing",
        "worry about first", "what would you worry", "cost you", "costing you", "what does it cost", "what would it cost", "by the time",
        "what would happen", "what will happen", "look like in", "if nothing changes", "if nothing changed", "a year from now",
        "six months from now", "how long would it take", "would it still", "still be working around", "at all",
    ]);

    /// <summary>
    /// Consequences and failures (SPIN implication): a question anchored in the buyer's own words that asks what their
    /// current way costs, misses or gets wrong is diagnostic ("How would you know about a fraud the spreadsheet didn't catch?").
    /// </summary>
    public static readonly CueSet Consequences = CuePattern.Compile(
    [
        "cost you", "costs you", "costing you", "cost your", "cost them", "cost the business", "lose", "loses", "losing", "lost", "miss", "misses", "missed", "missing", "fail*", "churn*", "left", "leave", "leaving",
        "wrong", "late", "break", "breaks", "broke", "broken", "happen*", "problem*", "worry", "worried", "risk*", "error*", "mistake*",
        "complain*", "fraud*", "damage*", "delay*", "stop", "stops", "stopped", "outage*", "overrun*", "penalt*", "slip*", "catch",
        "caught", "notice", "noticed", "know about", "find out", "denied", "denial*", "no-show*", "undelivered", "waste*", "fine", "fines",
    ]);

    /// <summary>Forcing a priority: "which criteria carry the most weight", "the first thing".</summary>
    public static readonly CueSet Priorities = CuePattern.Compile(
    [
        "most", "biggest", "one thing", "which one", "the one", "top priority", "hardest", "main thing", "first thing", "first question",
        "worry about first", "single biggest",
    ]);

    /// <summary>Hypothetical markers: with a wh-question or "would", they make a sharp question.</summary>
    public static readonly CueSet Hypotheticals = CuePattern.Compile(["if", "imagine", "suppose", "say you", "were off", "were out"]);

    public static readonly CueSet Conditionals = CuePattern.Compile(["would", "will", "you'd", "he'd", "she'd", "they'd", "we'd", "it'd", "i'd", "could", "were", "what's", "what", "how", "who"]);

    public static readonly CueSet SellerTalk = CuePattern.Compile(
    [
        "our", "we", "we're", "we've", "it's", "it", "plus", "also",
    ]);

    public static readonly CueSet Contradictions = CuePattern.Compile(
    [
        "don't", "doesn't", "isn't", "aren't", "won't", "not true", "not really",
    ]);

    public static CueSet[] All =>
    [
        ExploringOpeners, StrongOpeners, ClauseOpeners, InlineQuestions, ClosingOpeners, VagueClosings, Idioms, SharpMarkers, Consequences,
        Priorities, Hypotheticals, Conditionals, SellerTalk, Contradictions,
    ];
}
