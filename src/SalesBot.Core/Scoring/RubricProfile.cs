namespace SalesBot.Core.Scoring;

/// <summary>The rubric profile a step is scored with.</summary>
public enum RubricProfile
{
    Objection,
    Discovery,
    Close,
}
