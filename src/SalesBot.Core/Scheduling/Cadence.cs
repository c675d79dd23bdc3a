namespace SalesBot.Core.Scheduling;

/// <summary>How often a weekly rule repeats; the value is the number of weeks between occurrences.</summary>
public enum Cadence
{
    Weekly = 1,
    Biweekly = 2,
}
