namespace SalesBot.Core.Scoring.Blockers;

/// <summary>Every act the scorer recognises, in the order their blockers are reported.</summary>
internal static class BlockerActs
{
    public static readonly IReadOnlyList<PhraseAct> All =
    [
        DiscountingAct.Instance,
        CompetitorBashingAct.Instance,
        PressureAct.Instance,
        ArguingAct.Instance,
        DisrespectAct.Instance,
        AbsoluteGuaranteeAct.Instance,
        FalseCredentialsAct.Instance,
        ConfidentialInformationAct.Instance,
        GoingAroundAct.Instance,
        ProcessCircumventionAct.Instance,
    ];
}
