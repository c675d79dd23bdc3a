namespace SalesBot.Core.Scoring;

/// <summary>What kind of question a sentence asks.</summary>
internal enum QuestionKind
{
    None,
    Exploring,
    Closing,
    CheckIn,
    Rhetorical,
}

/// <summary>The observable behaviours found in one sentence of an answer.</summary>
internal sealed class SentenceFeatures
{
    public QuestionKind Question { get; set; }

    public bool Implication { get; set; }

    public bool Ack { get; set; }

    public bool Paraphrase { get; set; }

    public bool Formula { get; set; }

    public bool Specific { get; set; }

    public bool Tailored { get; set; }

    public bool Defensive { get; set; }

    public bool Proposal { get; set; }

    public bool NextStepObject { get; set; }

    public bool Time { get; set; }

    public bool Passive { get; set; }

    public bool Outcome { get; set; }

    public bool Proof { get; set; }

    public bool NamedProof { get; set; }

    public bool Number { get; set; }

    public bool Hype { get; set; }

    public bool ProductClaim { get; set; }

    public bool Agenda { get; set; }

    public bool Brag { get; set; }

    public bool FeatureList { get; set; }

    public bool IsExploring => Question == QuestionKind.Exploring;

    public override string ToString()
    {
        var flags = GetType().GetProperties().Where(p => p.PropertyType == typeof(bool) && (bool)p.GetValue(this)!).Select(p => p.Name);
        return $"{Question} [{string.Join(",", flags)}]";
    }

    public bool IsPitch => ProductClaim || Hype || Brag || FeatureList || ((Proof || Number || Outcome) && !(Ack || Paraphrase));
}
