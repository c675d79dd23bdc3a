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

            f.Sharp = QuestionLexicon.SharpMarkers.AnyIn(tokens, sentence.FirstToken, sentence.EndToken)
                || (QuestionLexicon.Hypotheticals.AnyIn(tokens, sentence.FirstToken, sentence.EndToken)
                    && QuestionLexicon.Conditionals.AnyIn(tokens, sentence.FirstToken, sentence.EndToken));
        }
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

            var narrative = ShapeLexicon.Narrative.AnyIn(tokens, sentence.FirstToken, sentence.EndToken);
            if (narrative && (inStory || OpensOnSomeoneElse(tokens, sentence)) && !OurProduct(tokens, sentence))
            {
                f.Story = true;
                inStory = true;
            }
            else
            {
                inStory = false;
            }
        }
    }

    public static (AnswerShape Shape, int Question) Decide(AnalyzedText text, SentenceFeatures[] features)
    {
        if (text.WordCount > DiagnosticMaxWords || features.Length == 0)
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
