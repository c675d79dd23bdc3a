namespace SalesBot.Core.Scoring;

/// <summary>
/// The rubric definition: version, pass mark, weights per profile and the length limits. The version is pinned in every
/// stored session and scored turn; bump it whenever a weight, threshold, judge or blocker changes.
/// </summary>
public static class Rubric
{
    public const string Version = "2026.12-r2";

    /// <summary>Score at which an answer passes (Replay's default, Exec's "Proficient" floor is 75).</summary>
    public const int PassMark = 70;

    /// <summary>Score at which an answer may be nominated for the team playbook.</summary>
    public const int PlaybookThreshold = 85;

    /// <summary>The most an answer with a blocker can score.</summary>
    public const int BlockerCap = 15;

    /// <summary>The most a monologue can score: past this many words an answer can't pass in a chat, whatever it says.</summary>
    public const int MonologueCap = 50;

    /// <summary>
    /// The most a diagnostic answer (one sharp question, or a short story into a question) can score: it can pass, but the
    /// top of the scale is for answers that also bring the evidence and the step.
    /// </summary>
    public const int DiagnosticCap = 80;

    /// <summary>The most a long answer can score: one point short of a pass.</summary>
    public const int LongAnswerCap = PassMark - 1;

    public const string Acknowledge = "acknowledge";
    public const string Explore = "explore";
    public const string Value = "value";
    public const string Method = "method";
    public const string Tailor = "tailor";
    public const string Control = "control";
    public const string Concise = "concise";
    public const string Listen = "listen";

    private static readonly (string Id, int Weight)[] DiscoveryWeights =
    [
        (Acknowledge, 15), (Explore, 35), (Listen, 20), (Tailor, 15), (Control, 10), (Concise, 5),
    ];

    private static readonly (string Id, int Weight)[] CloseWeights =
    [
        (Acknowledge, 10), (Explore, 10), (Value, 15), (Tailor, 10), (Control, 50), (Concise, 5),
    ];

    private static readonly (string Id, int Weight)[] ObjectionWeights =
    [
        (Acknowledge, 15), (Explore, 20), (Value, 20), (Method, 15), (Tailor, 5), (Control, 20), (Concise, 5),
    ];

    public static IReadOnlyList<(string Id, int Weight)> Weights(RubricProfile profile) => profile switch
    {
        RubricProfile.Discovery => DiscoveryWeights,
        RubricProfile.Close => CloseWeights,
        _ => ObjectionWeights,
    };

    /// <summary>Concise range (words) for the profile: inside it the criterion is met.</summary>
    public static (int Low, int High) ConciseRange(RubricProfile profile) => profile == RubricProfile.Discovery ? (12, 100) : (20, 120);

    /// <summary>
    /// The cap length puts on the score: a long answer can't pass (it is a third past the concise range), a monologue
    /// (twice past it, minus a margin) is capped lower still. Length matters more than the concise criterion's 5 points.
    /// </summary>
    public static int LengthCap(RubricProfile profile, int words)
    {
        var (_, high) = ConciseRange(profile);
        return words > high + (high * 2 / 3) ? MonologueCap : words > high + (high / 4) ? LongAnswerCap : 100;
    }

    public static string NameOf(string criterionId) => criterionId switch
    {
        Acknowledge => "Acknowledge the specific concern",
        Explore => "Explore with a question before answering",
        Value => "Respond with value and evidence",
        Tailor => "Tailor to the buyer's situation",
        Control => "Take control with a concrete next step",
        Concise => "Concise",
        Listen => "Listen before pitching",
        _ => criterionId,
    };
}
