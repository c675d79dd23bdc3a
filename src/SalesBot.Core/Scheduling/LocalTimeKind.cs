namespace SalesBot.Core.Scheduling;

/// <summary>How a local wall-clock time exists in a time zone on its date.</summary>
public enum LocalTimeKind
{
    /// <summary>The local time happens exactly once.</summary>
    Normal,

    /// <summary>The local time never happens: the clocks jump over it (spring forward).</summary>
    Skipped,

    /// <summary>The local time happens twice: the clocks are set back over it (fall back).</summary>
    Repeated,
}
