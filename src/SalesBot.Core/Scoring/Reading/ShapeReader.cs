using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Reading;

/// <summary>
/// Finds sharp diagnostic questions and short stories, and decides the answer's shape. The diagnostic shapes apply to
/// short answers (a long one is a monologue, whatever it ends on) that end on the question and pitch nothing.
/// </summary>
internal static class ShapeReader
{
    /// <summary>Longest answer that can count as a diagnostic move.</summary>
    public const int DiagnosticMaxWords = 70;

    /// <summary>A question anchored in the buyer's words needs this many words to be diagnostic rather than a quick fact-check.</summary>
    private const int AnchoredSharpWords = 8;

    /// <summary>
    /// A sharp question is a hypothetical ("if you signed with them tomorrow, what would…"), or a full question anchored in
    /// what the buyer said that asks what their current way costs or misses, forces a priority, or takes the decision
    /// maker's view ("what would Paolo need to see…"). "How many claims do you process?" is a fact-check, not a diagnosis.
    /// </summary>
    public static void MarkSharpQuestions(AnalyzedText text, SentenceFeatures[] features)
    {
        var tokens = text.Tokens;
        for (var i = 0; i < features.Length; i++)
        {
            var sentence = text.Sentences[i];
            var f = features[i];
            if (!f.IsExploring)
            {
                continue;
            }

            var (from, to) = (sentence.FirstToken, sentence.EndToken);
            f.Hypothetical = QuestionLexicon.Hypotheticals.AnyIn(tokens, from, to) && QuestionLexicon.Conditionals.AnyIn(tokens, from, to);
            f.Priority = QuestionLexicon.Priorities.AnyIn(tokens, from, to);
            var anchored = f.Words >= AnchoredSharpWords && (f.Specific || (f.Tailored && DeciderView(tokens, from, to)));
            f.Sharp = QuestionLexicon.SharpMarkers.AnyIn(tokens, from, to) || f.Hypothetical
                || (anchored && (QuestionLexicon.Consequences.AnyIn(tokens, from, to) || f.Priority || DeciderView(tokens, from, to)));
        }
    }

    /// <summary>"What would Paolo need to see", "what will she ask": the question takes the decision maker's view.</summary>
    private static bool DeciderView(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i + 3 < to; i++)
        {
            if (tokens[i].Value == "what" && tokens[i + 1].Value is "would" or "will" && tokens[i + 2].Value is not ("you" or "i" or "we"))
            {
                for (var k = i + 3; k < Math.Min(to, i + 6); k++)
                {
                    if (tokens[k].Value is "need" or "want" or "ask" or "say" or "expect")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    public static void MarkStories(AnalyzedText text, SentenceFeatures[] features)
    {
        var tokens = text.Tokens;
        var inStory = false;
        for (var i = 0; i < features.Length; i++)
        {
            var sentence = text.Sentences[i];
            var f = features[i];
            if (f.Question != QuestionKind.None || f.Proposal || f.Gibberish)
            {
                inStory = false;
                continue;
            }

            var past = TellsThePast(tokens, sentence);
            if (past && !OurProduct(tokens, sentence) && (inStory || OpensOnSomeoneElse(tokens, sentence)))
            {
                f.Story = true;
                inStory = true;
            }
            else
            {
                inStory = false;
            }
        }

        // A story has a turn: two sentences of it, or one with "told me", "until", "then", "but nobody…".
        for (var i = 0; i < features.Length; i++)
        {
            var sentence = text.Sentences[i];
            if (features[i].Story && (i == 0 || !features[i - 1].Story) && (i + 1 >= features.Length || !features[i + 1].Story)
                && !ShapeLexicon.Narrative.AnyIn(tokens, sentence.FirstToken, sentence.EndToken))
            {
                features[i].Story = false; // "A customer your size cut costs by 20%." is proof, not a story
            }
        }
    }

    /// <summary>A past-tense verb: an irregular one or a regular "-ed" form.</summary>
    private static bool TellsThePast(IReadOnlyList<Token> tokens, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var word = tokens[i].Value;
            if (ShapeLexicon.PastTense.Contains(word)
                || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !ShapeLexicon.NotPastTense.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The answer's shape. Diagnostic shapes are objection moves; discovery and close steps are judged as asked.</summary>
    public static (AnswerShape Shape, int Question) Decide(AnalyzedText text, SentenceFeatures[] features, RubricProfile profile)
    {
        if (profile != RubricProfile.Objection || text.WordCount > DiagnosticMaxWords || features.Length == 0)
        {
            return (AnswerShape.Handling, -1);
        }

        var last = Array.FindLastIndex(features, f => f.IsSentence);
        if (last < 0 || !features[last].IsExploring)
        {
            return (AnswerShape.Handling, -1);
        }

        for (var i = 0; i < last; i++)
        {
            var f = features[i];
            if ((f.IsPitch && !f.IsExploring) || f.Proposal || f.Question is QuestionKind.Rhetorical or QuestionKind.CheckIn)
            {
                return (AnswerShape.Handling, -1);
            }
        }

        var sharp = Array.FindLastIndex(features, f => f.Sharp);
        if (sharp >= 0)
        {
            return (AnswerShape.SharpQuestion, sharp);
        }

        return Array.FindIndex(features, 0, last, f => f.Story) >= 0 ? (AnswerShape.StoryQuestion, last) : (AnswerShape.Handling, -1);
    }

    /// <summary>"A plant manager in Ohio…", "The last CFO I spoke to…", "Last year, a hospital…".</summary>
    private static bool OpensOnSomeoneElse(IReadOnlyList<Token> tokens, Sentence sentence)
    {
        var limit = Math.Min(sentence.EndToken, sentence.FirstToken + 4);
        for (var i = sentence.FirstToken; i < limit; i++)
        {
            var length = ShapeLexicon.StoryOpeners.MatchLengthAt(tokens, i, sentence.EndToken);
            if (length > 0 && ShapeLexicon.StoryPeople.AnyIn(tokens, i + length, Math.Min(sentence.EndToken, i + length + 4)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OurProduct(IReadOnlyList<Token> tokens, Sentence sentence) =>
        Lexicon.ProductClaims.AnyIn(tokens, sentence.FirstToken, Math.Min(sentence.EndToken, sentence.FirstToken + 3));
}
