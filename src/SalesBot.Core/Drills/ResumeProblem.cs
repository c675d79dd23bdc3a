namespace SalesBot.Core.Drills;

/// <summary>Why a stored drill can't simply continue.</summary>
public enum ResumeProblem
{
    None,
    Expired,
    RubricChanged,
    ContentChanged,
}
