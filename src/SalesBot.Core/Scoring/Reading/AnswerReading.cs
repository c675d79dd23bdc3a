using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Reading;

/// <summary>An answer read once and shared by every judge and blocker: sentences, their features, the shape and the buyer.</summary>
internal sealed class AnswerReading(
    AnalyzedText text,
    SentenceFeatures[] features,
    ScoringContext context,
    CompiledCategory? category,
    BuyerFacts buyer,
    AnswerShape shape,
    int shapeQuestion)
{
    private TextScope? _scope;

    public AnalyzedText Text => text;

    public IReadOnlyList<Token> Tokens => text.Tokens;

    public IReadOnlyList<Sentence> Sentences => text.Sentences;

    public IReadOnlyList<SentenceFeatures> Features => features;

    public ScoringContext Context => context;

    public RubricProfile Profile => context.Profile;

    public CompiledCategory? Category => category;

    public BuyerFacts Buyer => buyer;

    public AnswerShape Shape => shape;

    /// <summary>The sharp question or the question the story leads into, when the shape is diagnostic; otherwise -1.</summary>
    public int ShapeQuestion => shapeQuestion;

    public bool IsDiagnostic => shape != AnswerShape.Handling;

    public int WordCount => text.WordCount;

    /// <summary>Clauses and quotations, computed when a blocker first needs them.</summary>
    public TextScope Scope => _scope ??= TextScope.Of(text);

    public string SentenceText(int index) => text.Sentences[index].Text;

    public int First(Func<SentenceFeatures, bool> predicate) => Array.FindIndex(features, f => predicate(f));

    public List<int> Indexes(Func<SentenceFeatures, bool> predicate)
    {
        var result = new List<int>();
        for (var i = 0; i < features.Length; i++)
        {
            if (predicate(features[i]))
            {
                result.Add(i);
            }
        }

        return result;
    }

    /// <summary>The text of the first <paramref name="count"/> distinct sentences, in the order given.</summary>
    public List<string> Quotes(IEnumerable<int> sentences, int count = 2)
    {
        var quotes = new List<string>(count);
        var taken = new List<int>(count);
        foreach (var sentence in sentences)
        {
            if (!taken.Contains(sentence))
            {
                taken.Add(sentence);
                quotes.Add(text.Sentences[sentence].Text);
                if (quotes.Count == count)
                {
                    break;
                }
            }
        }

        return quotes;
    }
}
