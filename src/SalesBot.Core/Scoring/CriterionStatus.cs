namespace SalesBot.Core.Scoring;

/// <summary>How well an answer showed one behaviour.</summary>
public enum CriterionStatus
{
    Missed,
    Partly,
    Met,
}
