using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring;

/// <summary>
/// The general behaviour cues of the rubric (category-specific cues live in the content files). Each list describes
/// one observable behaviour in chat text; the scorer combines them per sentence.
/// </summary>
internal static class Lexicon
{
    public static readonly CueSet AckMarkers = CuePattern.Compile(
    [
        "fair point", "fair enough", "fair question", "that's fair", "i hear you", "i hear that", "hear you", "i get it", "i get that",
        "i get why", "get why", "makes sense", "makes total sense", "understandable", "good question", "great question",
        "good point", "great point", "you're right", "you are right", "totally get", "completely get", "appreciate", "thanks for",
        "thank you for", "i understand", "i can understand", "can see why", "i see why",
        "no doubt", "i agree", "i know", "that's fine", "fine by me", "that helps", "thank you", "i realise", "i realize", "that's a real", "that's real", "that's a big",
        "that's a lot", "that's tough", "that's a fair", "it's a fair", "respect that", "i respect", "glad you", "sorry to hear",
        "i'm sorry", "that's a serious", "that's serious", "serious concern", "real concern",
        "smart to", "wise to", "in your shoes", "i'd feel", 
        "no surprise", "not surprised", "been there", "that's the right", "the right question", "rightly", "i hear",
        "that's useful", "useful to know", "good to know", "thanks for sharing", "got it", "gotcha", "credit to", "kudos", "well done", "great to hear", "good to hear", "that sounds", "i bet", "no wonder", "fair call", "i appreciate", "that's a good", "that's a great", "that's a valid", "that's a reasonable",
        "you're right to", "right to ask", "right to push",
        "may be right", "might be right", "could be right", "probably right", "i like that", "love that", "good that", "great that", "good call", 
        "no small feat", "get it", "i get", "totally get", "sounds brutal", "sounds rough", "sounds tough", "sounds like a lot", "nothing to sniff at", "track record", "hats off", "fair play",
        "a fair", "is fair", "fair to", "fair ask", "fair challenge", "fair concern", "fair thing", "real ask", "big ask", "a lot to ask", "your credibility", "is exactly", "your job", "wary", "cautious", "careful", "sensible", "prudent", "makes sense to", "real crunch", "understandably", "naturally",
    ]);

    /// <summary>Single words that acknowledge only when they open the sentence ("Fair.", "Absolutely, …").</summary>
    public static readonly CueSet AckOpeners = CuePattern.Compile(
    [
        "fair", "absolutely", "totally", "of course", "respect", "tough", "rough", "brutal", "painful", "genuine", "honest", "helpful",
        "impressive", "valid", "reasonable", "legit", "legitimate", "smart", "glad", "noted", "understood", "agreed", "frustrating",
        "nightmare", "ouch", "yes", "yeah", "sure", "right", "true", "exactly", "definitely", "completely", "100%", "100", "will do",
        "happy to", "sure thing", "good",
    ]);

    public static readonly CueSet ParaphraseMarkers = CuePattern.Compile(
    [
        "sounds like", "it sounds", "you're saying", "you mentioned", "you said", "you've said", "i'm hearing", "if i heard", "hearing you",
        "you're worried", "you're concerned", "you're nervous", "worried about", "concerned about", "your concern", "that concern",
        "the concern", "given", "with your", "on your plate", "i can see", "i see that", "if i understand", "so you're", "you've got",
        "you're under", "you're in the middle", "you're stretched", "with the", "after what", "after your", "last thing you",
    ]);

    public static readonly CueSet FormulaAcks = CuePattern.Compile(
    [
        "i understand how you feel", "i know how you feel", "i understand your concern", "i understand your concerns",
        "i understand your frustration", "i hear what you're saying", "i totally understand", "i completely understand",
        "i understand completely", "i totally get it", "i understand", "felt the same", "feel the same", "i hear you",
    ]);

    public static readonly CueSet DefensiveOpeners = CuePattern.Compile(
    [
        "actually", "but", "that's not", "it's not", "we're not", "we are not", "not really", "i disagree", "our price",
        "our product", "our platform", "we are the", "we're the",
        "no that's", "no it's", "no we", "no actually", "no no", "well actually",
    ]);

    public static readonly CueSet Negators = CuePattern.Compile(
    [
        "not", "no", "never", "don't", "won't", "can't", "wouldn't", "shouldn't", "isn't", "aren't", "doesn't", "didn't", "without",
        "rather", "instead", "before", "avoid", "nor", "neither", "unlike", "hate", "refuse", "wouldnt", "not going",
    ]);

    /// <summary>Words that open a question even without a question mark.</summary>
    public static readonly CueSet QuestionOpeners = CuePattern.Compile(
    [
        "what", "what's", "whats", "how", "how's", "which", "who", "who's", "whom", "whose", "when", "where", "why", "could you", "can you",
        "would you", "will you", "do you", "does", "did you", "is it", "is that", "is there", "is the", "is price", "is budget", "are you",
        "are there", "have you", "has", "should we", "shall we", "may i", "mind if", "can i ask", "could i ask", "tell me", "help me understand",
        "walk me through", "i'm curious", "curious", "i'd love to understand", "i'd love to know", "i'd love to hear", "i wonder",
        "i'm wondering", "wondering", "out of curiosity", "quick question", "can we", "could we", "would it", "are we", "do we", "is this",
        "would that", "what if", "any chance",
    ]);

    /// <summary>Lead-in words skipped before looking for a question opener ("so what's driving that").</summary>
    public static readonly IReadOnlySet<string> LeadIns = new HashSet<string>(StringComparer.Ordinal)
    {
        "so", "and", "but", "ok", "okay", "also", "just", "then", "well", "hey", "honestly", "now", "first", "firstly", "quick", "question",
        "before", "out", "of", "curiosity", "fair", "enough", "right", "understood", "got", "it", "sure", "great",
        "thanks", "makes", "sense", "totally", "yeah", "yes", "hmm", "look", "listen", 
    };

    /// <summary>Questions that only check in ("Make sense?", "Thoughts?"): a check-in when they are (nearly) the whole question.</summary>
    public static readonly CueSet CheckIns = CuePattern.Compile(
    [
        "does that make sense", "make sense", "makes sense", "any questions", "sound good", "sounds good", "what do you think",
        "thoughts", "how does that sound", "fair enough", "see what i mean", "does that help", "does that work", "is that ok",
        "is that okay", "would you agree", "don't you agree", "sound fair", "sounds fair", "interested", "deal", "cool", "agreed",
        "ok", "okay", "right", "you know", "yeah", "fair", "agree",
    ]);

    /// <summary>Tags that turn a statement into a check-in ("…, right?", "…, ok?"); "right now" is not one.</summary>
    public static readonly CueSet CheckInTags = CuePattern.Compile(
    [
        "right", "ok", "okay", "yeah", "agreed", "fair", "cool", "deal", "you know", "no", "yes", "correct", "sound good", "make sense",
    ]);

    public static readonly CueSet RhetoricalQuestions = CuePattern.Compile(
    [
        "don't you", "wouldn't you", "isn't it", "aren't you", "why wouldn't", "why not just", "can you sign", "can i send the contract",
        "shall i send the contract", "can we close", "shouldn't you", "doesn't it", "who wouldn't", "wouldn't it", "can you afford",
        "why would you", "do you really", "are you really", "want to sign", "ready to sign", "isn't that", "can't you",
        "over the line", "get this done", "get us there", "seal the deal", "get it signed", "sign it",
    ]);

    /// <summary>Proposal language: the seller takes the initiative.</summary>
    public static readonly CueSet Proposals = CuePattern.Compile(
    [
        "let's", "let us", "can we", "could we", "shall we", "should we", "how about", "what about", "would you be open", "are you open",
        "open to", "would it make sense", "does it make sense to", "why don't we", "i suggest", "i'd suggest", "i would suggest",
        "i propose", "i'd propose", "my suggestion", "i'll", "i will", "i can", "i'd like to", "i'd love to", "happy to", "let me", "want to",
        "would you like", "next step", "are you free", "do you have", "is there a time", "when works", "when would", "when can",
        "works for you", "work for you", "suggest", "propose", "i'm going to", "i am going to", "if you're open", "if you are open",
        "worth a", "book", "send an invite", "send you an invite", "calendar invite", "pencil", "put time", "grab time", "hold", "set up",
        "schedule", "lock in", "block", "i'd recommend", "recommend", "what if we", "plan is", "the plan", "we'll", "i'd set", "i'd send",
        "i'd bring", "i'd book", "i'd put", "i'd get",
        "i could", "could put together", "shall i", "can i", "could i", "i'll send", "i'd love", "i'm happy to", "we could",
        "would it help", "would it be useful", "would it be worth", "does it help if",
    ]);

    /// <summary>What a concrete next step is about.</summary>
    public static readonly CueSet NextStepObjects = CuePattern.Compile(
    [
        "call", "calls", "meeting", "meet", "demo", "pilot", "trial", "session", "workshop", "walkthrough", "walk through", "review", "intro",
        "introduction", "introduce", "connect you", "business case", "proposal", "reference call", "references", "reference", "talk to",
        "speak with", "speak to", "sit down", "chat", "plan", "mutual plan", "next step", "proof of concept", "poc", "assessment", "audit",
        "analysis", "roi model", "model", "calculation", "one-pager", "one pager", "summary", "sandbox", "invite", "agenda", "zoom",
        "teams call", "slot", "time on", "catch up", "catch-up", "discussion", "conversation", "look at", "go through", "run through",
        "run the numbers", "numbers", "deck", "case study", "comparison", "estimate", "quote", "scorecard", "map out", "outline", "draft",
        "checklist", "questionnaire", "security pack", "packet", "follow up", "follow-up", "sync", "huddle", "briefing", "presentation",
        "loop in", "bring in", "join", "trial run", "test", "benchmark", "evaluation", "rollout", "timeline",
        "build", "sketch", "scope", "prepare", "trace", "back-test", "test", "try", "go over", "dig into", "work through", "put together", "on site", "onsite", "visit", "tour", "shadow", "whiteboard", "demo", "hands-on", "look",
        "compar*", "map*", "show*", "walk*", "review*", "sample*", "check in with", "sync with", "ring", "phone", "join you", "swing by", "drop by", "come by", "pop in",
        "head to head", "side by side", "bake-off", "pick the", "choose the", "agree on", "align on", "decide together", "an hour",
        "half an hour", "put a number on", "number on it", "agree the",
    ]);

    /// <summary>Time or scope that makes a next step concrete.</summary>
    public static readonly CueSet TimeCues = CuePattern.Compile(
    [
        "tmrw", "tmw", "tomoz", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "weds", "thu", "thur",
        "thurs", "fri", "tomorrow", "this week", "next week", "this afternoon", "this morning", "tomorrow morning", "end of", "eod", "eow",
        "am", "pm", "o'clock", "noon", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "later today", "first thing", "next month", "this month", "next quarter", "early next", "later this week", "before your", "ahead of your",
        "this evening", "tonight", "end of the week", "end of day", "before the meeting", "before the committee", "before they meet",
        "ahead of the meeting", "before it meets",
    ]);

    /// <summary>
    /// "Today" is a time for a step ("I'll send it today") but in a question it is usually the present ("how do you handle
    /// this today?"), so it is kept apart from <see cref="TimeCues"/>.
    /// </summary>
    public static readonly CueSet Today = CuePattern.Compile(["today"]);

    /// <summary>Handing the initiative back to the buyer.</summary>
    public static readonly CueSet Passive = CuePattern.Compile(
    [
        "let me know", "feel free", "reach out", "get back to me", "if you change your mind", "whenever you're ready", "when you're ready",
        "keep me posted", "hope to hear", "down the road", "in the future", "if you need anything", "any time", "anytime", "no worries",
        "no problem", "no pressure", "up to you", "your call", "if anything changes", "circle back", "touch base", "i'll wait",
        "hear from you", "when the time is right", "if you're ever", "at some point", "whenever",
        "check back", "reach back out", "reach out again", "follow up in", "touch base in", "get back to you", "ping you in", "ping you next", "call you in", "call you next", "try again in", "reconnect in", "check in next", "check in again", "check in in", "circle back in", "revisit in", "revisit next", "talk next quarter", "speak next quarter", "in the new year",
        "if that ever", "if it ever", "if you ever", "ever becomes", "if things change", "if that changes", "when you get a chance", "when you have a chance", "have a look at our website", "check out our website", "look at our website", "our website",
    ]);

    /// <summary>Outcomes a buyer cares about.</summary>
    public static readonly CueSet Outcomes = CuePattern.Compile(
    [
        "reduc*", "cut", "cuts", "cutting", "sav*", "increas*", "grow*", "boost*", "improv*", "faster", "quicker", "fewer", "less time",
        "drop*", "shorten*", "doubl*", "tripl*", "halv*", "paid back", "pays back", "paid for", "pays for", "payback", "pay back", "roi",
        "return", "revenue", "margin*", "profit*", "productiv*", "efficien*", "ramp*", "churn*", "retention", "retain*", "win rate",
        "conversion*", "pipeline", "quota", "attainment", "errors", "downtime", "recover*", "avoid*",
        "prevent*", "eliminat*", "lower*", "higher", "more deals", "closed", "won", "gain*", "freed up", "free up", "hours back",
        "break even", "breakeven", "uplift", "lift", "speed*", "accelerat*", "protect*", "passed", "zero",
        "risk", "fines", "penalt*", "cost of", "costing", "costs you", "losing", "lost", "leak*", "wasted", "waste", "manual",
        "automat*", "hours", "headcount", "hires", "overtime", "stockout*", "no-shows", "incidents", "breach*", "audit*", "% more",
        "% fewer", "% less", "% higher", "% lower", "% faster", "sell-through",
    ]);

    /// <summary>Proof from others: customers, references, case studies.</summary>
    public static readonly CueSet Proof = CuePattern.Compile(
    [
        "customer*", "client*", "companies like", "company like", "teams like", "team like", "firms like", "firm like", "someone like",
        "one of our", "case stud*", "reference*", "peers", "similar compan*", "similar size", "similar team*", "similar firm*", "we helped", "helped", "worked with", "we work with",
        "we've worked", "uses us", "use us", "rolled out", "switched", "moved from", "partner*", "bank", "hospital*", "retailer*",
        "manufacturer*", "insurer*", "university", "universities", "council*", "distributor*", 
        "startup*", "scale-up", "brands", "logos", "gartner", "forrester", "g2", "analyst*", "benchmark*", "data shows", "on average",
        "testimonial*", "track record",
    ]);

    /// <summary>
    /// Certifications, audits and references: a claim until it comes with something the buyer can check
    /// (<see cref="Artefacts"/>). "We are HIPAA compliant" alone is not evidence; "I'll send the SOC 2 Type II report" is.
    /// </summary>
    public static readonly CueSet Credentials = CuePattern.Compile(
    [
        "soc 2", "soc2", "iso 27001", "iso", "27001", "hipaa", "gdpr", "pci", "fedramp", "cyber essentials", "pen test", "penetration test",
        "case study", "reference call", "references", "audited", "certified", "certification*", "compliant", "type ii", "type 2", "bsi",
        "c5", "escrow",
    ]);

    /// <summary>Something checkable that backs a credential: a report, a summary, a certificate, a call with a named person.</summary>
    public static readonly CueSet Artefacts = CuePattern.Compile(
    [
        "report", "reports", "summary", "summaries", "certificate", "attestation", "letter", "audit summary", "pen test summary",
        "agreement", "terms", "clause", "in the contract", "contract lets", "questionnaire", "sig lite", "bridge letter",
    ]);

    /// <summary>Claims without substance.</summary>
    public static readonly CueSet Hype = CuePattern.Compile(
    [
        "best", "number one", "#1", "leading", "leader", "world class", "world-class", "amazing", "incredible", "game changer",
        "game-changer", "revolutionary", "best in class", "best-in-class", "unmatched", "superior", "cutting edge", "cutting-edge",
        "state of the art", "awesome", "love us", "love it", "no brainer", "unbeatable", "second to none", "top notch", "top-notch",
        "blow you away", "you won't regret",
    ]);

    public static readonly CueSet ProductClaims = CuePattern.Compile(
    [
        "our platform", "our product", "our tool", "our solution", "our software", "our system", "our app", "our service", "our pricing",
        "our price", "our features", "our feature", "our technology", "our ai", "we offer", "we provide", "we have", "we do", "we're",
        "we are", "we've built", "we built", "we can", "we give", "we include", "we integrate", "we automate", "we support",
    ]);

    /// <summary>Discovery steps: the seller frames the conversation and asks permission.</summary>
    public static readonly CueSet Agenda = CuePattern.Compile(
    [
        "agenda", "would it be ok", "would it be okay", "is it ok if", "is it okay if", "mind if i", "can i ask", "could i ask",
        "a few questions", "a couple of questions", "couple of questions", "quick questions", "to make this useful", "make the most of",
        "don't waste", "not waste", "respect your time", "by the end", "at the end of this", "if it's not a fit", "if there's no fit",
        "not a fit", "part ways", "useful for you", "worth your time", "in the next", "fifteen minutes", "15 minutes", "10 minutes",
        "ten minutes", "before i", "rather than pitch", "instead of pitching", "not here to pitch", "won't pitch", "understand first",
        "learn more about", "get a sense", "understand how", "understand what",
    ]);

    /// <summary>Implication questions (SPIN): the strongest discovery signal.</summary>
    public static readonly CueSet Implication = CuePattern.Compile(
    [
        "what happens", "what happened", "impact", "what does it cost", "what does that cost", "how much does", "how does that affect",
        "what would it mean", "what would that mean", "why now", "what's driving", "what is driving", "what's behind", "knock-on",
        "knock on", "consequence*", "if nothing changes", "cost you", "costing you", "how often", "how many", "what's at stake",
        "what would have to be true", "what would need to", "what would it take", "biggest", "priority", "priorities", "success look",
        "measure",
    ]);

    /// <summary>Bragging about the vendor rather than showing the buyer an outcome.</summary>
    public static readonly CueSet VendorBrag = CuePattern.Compile(
    [
        "we're growing", "we are growing", "growing fast", "just raised", "raised a", "raised our", "raised $", "series a", "series b", "series c", "funding", "funded", "backed by",
        "vcs", "investors", "market leader", "customers love", "clients love", "featured in", "award*", "rated", "review sites", "reviews",
        "in the category", "most advanced", "fastest growing", "fastest-growing", "unicorn", "top-tier", "tech press",
        "trusted by", "used by", "hundreds of", "thousands of", "millions of",
    ]);

    public static readonly IReadOnlySet<string> NumberWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "half", "double", "twice", "triple",
        "dozen", "dozens", "quarter",
    };

    public static readonly IReadOnlySet<string> DurationUnits = new HashSet<string>(StringComparer.Ordinal)
    {
        "minutes", "minute", "mins", "min", "pm", "am", "o'clock", "hour", "hours",
    };

    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "about", "above", "after", "again", "against", "all", "also", "although", "always", "am", "an", "and", "any", "anyway", "are",
        "around", "as", "at", "back", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "done", "down", "during", "each", "else", "even", "ever", "every", "few", "for", "from", "further",
        "get", "gets", "getting", "give", "going", "gone", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
        "his", "how", "however", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "it", "it's", "its", "just", "know", "like",
        "look", "looking", "made", "make", "many", "may", "maybe", "me", "might", "more", "most", "much", "must", "my", "need", "needs",
        "never", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over",
        "own", "really", "right", "said", "same", "say", "see", "seem", "seems", "she", "should", "so", "some", "something", "still",
        "such", "sure", "take", "than", "that", "that's", "the", "their", "theirs", "them", "then", "there", "these", "they", "thing",
        "things", "think", "this", "those", "though", "through", "to", "too", "under", "until", "up", "us", "very", "want", "wants", "was",
        "way", "we", "we're", "well", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "yet", "you", "you're", "your", "yours", "yourself", "honestly", "already", "actually", "right", "don't", "won't", "can't",
        "isn't", "aren't", "doesn't", "didn't", "we've", "they're", "there's", "what's", "let", "let's", "lot", "lots", "anything",
        "everything", "nothing", "someone", "anyone", "everyone", "today", "year", "years", "time", "times", "good", "great", "pretty",
        "quite", "enough", "another", "kind", "sort", "thanks", "thank", "okay", "yeah", "yes", "hello", "call", "send", "info", "look",
        "currently", "company", "business", "team", "people", "work", "works", "working", "much", "because", "without", "within",
        "hear", "tell", "told", "keep", "come", "came", "week", "month", "months", "weeks", "days", "next", "last", "first", "new",
    };
}
