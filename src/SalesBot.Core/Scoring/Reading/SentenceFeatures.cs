namespace SalesBot.Core.Scoring.Reading;

/// <summary>The observable behaviours found in one sentence of an answer.</summary>
internal sealed class SentenceFeatures
{
    public QuestionKind Question { get; set; }

    /// <summary>Word and number tokens in the sentence.</summary>
    public int Words { get; set; }

    /// <summary>Not a sentence: a string of cue words or a label ("ROI 3x.", "Business case Thursday 10am?").</summary>
    public bool Fragment { get; set; }

    /// <summary>Made-up words ("frgl", "zzkt"): the sentence earns nothing.</summary>
    public bool Gibberish { get; set; }

    public bool Implication { get; set; }

    /// <summary>A diagnostic question that makes the buyer think: a hypothetical, the cost of the problem, the first worry.</summary>
    public bool Sharp { get; set; }

    /// <summary>An "if … would" question.</summary>
    public bool Hypothetical { get; set; }

    /// <summary>A question that forces a priority ("the most", "the first", "which one").</summary>
    public bool Priority { get; set; }

    /// <summary>Part of a short story about someone else ("A plant manager told me… then…").</summary>
    public bool Story { get; set; }

    public bool Ack { get; set; }

    public bool Paraphrase { get; set; }

    public bool Formula { get; set; }

    public bool Specific { get; set; }

    public bool Tailored { get; set; }

    public bool Defensive { get; set; }

    public bool Proposal { get; set; }

    public bool NextStepObject { get; set; }

    /// <summary>A time that makes a step concrete (a day, a clock time, a date, "next week").</summary>
    public bool Time { get; set; }

    /// <summary>"Today": a time in a proposal, the present in a question.</summary>
    public bool Today { get; set; }

    public bool Passive { get; set; }

    public bool Outcome { get; set; }

    public bool Proof { get; set; }

    public bool NamedProof { get; set; }

    /// <summary>A certification or audit claim; evidence only with an artefact the buyer can check.</summary>
    public bool Credential { get; set; }

    public bool Number { get; set; }

    public bool Hype { get; set; }

    public bool ProductClaim { get; set; }

    public bool Agenda { get; set; }

    public bool Brag { get; set; }

    public bool FeatureList { get; set; }

    public bool IsExploring => Question == QuestionKind.Exploring;

    /// <summary>A sentence that can earn a criterion: well formed and not gibberish.</summary>
    public bool IsSentence => !Fragment && !Gibberish;

    /// <summary>Talking about the product or its proof; an outcome word alone ("risk", "cut") is not a pitch, nor is a story.</summary>
    public bool IsPitch => !Story && (ProductClaim || Hype || Brag || FeatureList || ((Proof || Number) && !(Ack || Paraphrase)));

    public override string ToString()
    {
        var flags = GetType().GetProperties().Where(p => p.PropertyType == typeof(bool) && (bool)p.GetValue(this)!).Select(p => p.Name);
        return $"{Question} [{string.Join(",", flags)}]";
    }
}
