namespace SalesBot.Core.Scheduling;

/// <summary>The result of changing a 1:1 schedule: the new schedule, or why the change was refused (for the chat reply).</summary>
public sealed record OneOnOneEdit
{
    public OneOnOneSchedule? Schedule { get; init; }

    public string? Error { get; init; }

    public bool Succeeded => Schedule is not null;

    public static OneOnOneEdit Done(OneOnOneSchedule schedule) => new() { Schedule = schedule };

    public static OneOnOneEdit Refused(string error) => new() { Error = error };
}
