using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Reading;

/// <summary>Reads an analysed answer into sentence features and a shape.</summary>
internal static class AnswerReader
{
    public static AnswerReading Read(AnalyzedText text, ScoringContext context, CompiledCategory? category, BuyerFacts buyer)
    {
        var features = new SentenceFeatures[text.Sentences.Count];
        for (var i = 0; i < features.Length; i++)
        {
            features[i] = SentenceReader.Read(text, text.Sentences[i], category, buyer);
        }

        ShapeReader.MarkSharpQuestions(text, features);
        ShapeReader.MarkStories(text, features);
        var (shape, question) = ShapeReader.Decide(text, features, context.Profile);
        return new AnswerReading(text, features, context, category, buyer, shape, question);
    }
}
