using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SalesBot.Core.Scheduling;

/// <summary>
/// The identity of one occurrence for the delivery ledger: (kind, subject, <b>nominal local date</b>). The date is the
/// rule's local date in the zone the occurrence is planned in, before any move, quiet-hours deferral or daily-cap
/// deferral; so moving a 1:1 to Wednesday, deferring a nudge past midnight, a DST change between planning and sending,
/// a restart or a second instance all produce the same key, and a conditional create on it lets only one send through.
/// Subjects: brief and follow-up → the 1:1 schedule id; habit nudge → team id + member id; focus prompt → person id.
/// Never derived from a Quartz fire time (<c>ScheduledFireTimeUtc</c> changes on misfire and recovery).
/// </summary>
public sealed record OccurrenceKey
{
    /// <summary>Cosmos DB ids are at most 255 characters; longer keys use a hash of the subject.</summary>
    public const int MaximumDocumentIdLength = 255;

    private static readonly SearchValues<char> Escaped = SearchValues.Create("%|/\\?#");

    public OccurrenceKey(OccurrenceKind kind, string subject, DateOnly date)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown occurrence kind.");
        }

        Kind = kind;
        Subject = subject;
        Date = date;
    }

    public OccurrenceKind Kind { get; }

    /// <summary>The subject's components, each escaped (<see cref="Escape"/>) and joined with '|'.</summary>
    public string Subject { get; }

    /// <summary>The nominal local date.</summary>
    public DateOnly Date { get; }

    public bool IsNudge => Kind is OccurrenceKind.HabitNudge or OccurrenceKind.FocusPrompt;

    /// <summary>
    /// The ledger document id: <c>{kind}|{subject}|{yyyy-MM-dd}</c>, e.g. <c>brief|1on1-42|2026-03-30</c> or
    /// <c>habit-nudge|team-7|teams:t1:29:abc|2026-03-30</c>. Stable across versions: the kind tokens never change.
    /// </summary>
    public string DocumentId
    {
        get
        {
            var date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var id = $"{Token(Kind)}|{Subject}|{date}";
            if (id.Length <= MaximumDocumentIdLength)
            {
                return id;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Subject)));
            return $"{Token(Kind)}|sha256-{hash}|{date}";
        }
    }

    public static OccurrenceKey Brief(string oneOnOneId, DateOnly date) => new(OccurrenceKind.Brief, Escape(oneOnOneId), date);

    public static OccurrenceKey FollowUpRequest(string oneOnOneId, DateOnly date) => new(OccurrenceKind.FollowUpRequest, Escape(oneOnOneId), date);

    public static OccurrenceKey HabitNudge(string teamId, string memberId, DateOnly date) =>
        new(OccurrenceKind.HabitNudge, $"{Escape(teamId)}|{Escape(memberId)}", date);

    public static OccurrenceKey FocusPrompt(string personId, DateOnly date) => new(OccurrenceKind.FocusPrompt, Escape(personId), date);

    /// <summary>The reminder of a snoozed habit nudge; the date is the nudge's nominal date (one reminder per nudge).</summary>
    public static OccurrenceKey HabitReminder(string teamId, string memberId, DateOnly nudgeDate) =>
        new(OccurrenceKind.HabitReminder, $"{Escape(teamId)}|{Escape(memberId)}", nudgeDate);

    /// <summary>The stable token of a kind in document ids.</summary>
    public static string Token(OccurrenceKind kind) => kind switch
    {
        OccurrenceKind.Brief => "brief",
        OccurrenceKind.FollowUpRequest => "follow-up",
        OccurrenceKind.HabitNudge => "habit-nudge",
        OccurrenceKind.FocusPrompt => "focus-prompt",
        OccurrenceKind.HabitReminder => "habit-reminder",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown occurrence kind."),
    };

    /// <summary>
    /// Percent-escapes '%', the component separator '|', the characters Cosmos DB forbids in ids ('/', '\', '?', '#')
    /// and control characters, so that different subjects never produce the same key.
    /// </summary>
    public static string Escape(string component)
    {
        ArgumentException.ThrowIfNullOrEmpty(component);
        if (component.AsSpan().IndexOfAny(Escaped) < 0 && !component.Any(char.IsControl))
        {
            return component;
        }

        var builder = new StringBuilder(component.Length + 8);
        foreach (var c in component)
        {
            if (Escaped.Contains(c) || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public override string ToString() => DocumentId;
}
