using System.Runtime.CompilerServices;
using SalesBot.Core.Content;
using SalesBot.Core.Scoring.Blockers;
using SalesBot.Core.Scoring.Criteria;
using SalesBot.Core.Scoring.Reading;
using SalesBot.Core.Text;
using SalesBot.Core.Text.Language;

namespace SalesBot.Core.Scoring;

/// <summary>
/// Scores a seller's answer against the rubric: deterministic, explainable, no network. The answer is read once
/// (<see cref="AnswerReader"/>: sentences, what each does, the answer's shape), each criterion is judged by its own judge
/// (<see cref="Criteria"/>), acts that fail an answer are found by their own detectors (<see cref="Blockers"/>), and code
/// computes the total, applies blockers and the length cap, and decides pass or fail. An answer in a language the rubric
/// can't read comes back unscored with an honest notice.
/// </summary>
public sealed class AnswerScorer(LanguageDetector languages)
{
    private readonly ConditionalWeakTable<ObjectionCategory, CompiledCategory> _compiled = [];

    public AnswerScorer()
        : this(LanguageDetector.Default)
    {
    }

    public ScoreCard Score(string answer, ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(context);

        var text = AnalyzedText.Analyze(answer, CueCatalog.Index);
        var language = languages.Detect(answer, text.Tokens);
        if (!ScoringLanguages.CanScore(language))
        {
            return Unscored(context, language, text);
        }

        var category = context.Category is null ? null : _compiled.GetValue(context.Category, c => new CompiledCategory(c));
        var reading = AnswerReader.Read(text, context, category, BuyerFacts.From(context, category));
        var criteria = Judge(reading);
        var blockers = BlockerDetector.Find(reading, criteria);
        var penalties = HypePenalty.Find(reading);
        var totalWeight = criteria.Sum(c => c.Weight);
        var points = criteria.Sum(c => c.Points) - penalties.Sum(p => p.Points);
        var overall = totalWeight == 0 ? 0 : Math.Clamp((int)Math.Round(100.0 * points / totalWeight, MidpointRounding.AwayFromZero), 0, 100);
        if (reading.IsDiagnostic)
        {
            overall = Math.Min(overall, Rubric.DiagnosticCap);
        }

        var lengthCap = Rubric.LengthCap(context.Profile, text.WordCount);
        string? notice = null;
        if (overall > lengthCap)
        {
            overall = lengthCap;
            notice = $"{text.WordCount} words is a monologue in a chat, so this answer is capped at {lengthCap}: cut it to the three or four sentences that matter.";
        }

        if (blockers.Count > 0)
        {
            overall = Math.Min(overall, Rubric.BlockerCap);
        }

        return new ScoreCard
        {
            RubricVersion = Rubric.Version,
            Profile = context.Profile,
            Overall = overall,
            PassMark = Rubric.PassMark,
            Passed = overall >= Rubric.PassMark && blockers.Count == 0,
            Criteria = criteria,
            Blockers = blockers,
            Penalties = penalties,
            WordCount = text.WordCount,
            Language = language.Code,
            Notice = notice,
        };
    }

    private static List<CriterionResult> Judge(AnswerReading reading)
    {
        var weights = Rubric.Weights(reading.Profile);
        var criteria = new List<CriterionResult>(weights.Count);
        for (var i = 0; i < weights.Count; i++)
        {
            var (id, weight) = weights[i];
            if (id == Rubric.Method && reading.Category is null)
            {
                continue;
            }

            var verdict = CriterionJudges.For(id, reading.Profile).Judge(reading);
            criteria.Add(new CriterionResult
            {
                Id = id,
                Name = id == Rubric.Method && reading.Category is not null ? reading.Category.Source.Method.Name : Rubric.NameOf(id),
                Weight = weight,
                Status = verdict.Status,
                Points = verdict.Status switch
                {
                    CriterionStatus.Met => weight,
                    CriterionStatus.Partly => (weight + 1) / 2,
                    _ => 0,
                },
                Reason = verdict.Reason,
                Evidence = Quotes(verdict.Evidence),
                BetterLine = verdict.Status == CriterionStatus.Met ? null : verdict.BetterLine,
            });
        }

        return criteria;
    }

    /// <summary>Up to two distinct quotes of the seller's words.</summary>
    private static List<string> Quotes(IReadOnlyList<string> evidence)
    {
        var quotes = new List<string>(Math.Min(2, evidence.Count));
        for (var i = 0; i < evidence.Count; i++)
        {
            var quote = Quote.Of(evidence[i]);
            if (!quotes.Contains(quote))
            {
                quotes.Add(quote);
                if (quotes.Count == 2)
                {
                    break;
                }
            }
        }

        return quotes;
    }

    private static ScoreCard Unscored(ScoringContext context, LanguageGuess language, AnalyzedText text) => new()
    {
        RubricVersion = Rubric.Version,
        Profile = context.Profile,
        Overall = 0,
        PassMark = Rubric.PassMark,
        Passed = false,
        Criteria = [],
        WordCount = text.WordCount,
        Outcome = ScoreOutcome.UnsupportedLanguage,
        Language = language.Code,
        Notice = ScoringLanguages.Notice(language),
    };
}
