using System.Globalization;
using SalesBot.Core.Conversations.Handlers;
using SalesBot.Core.Messaging;
using SalesBot.Core.Transcripts;

namespace SalesBot.Core.Rhythm;

/// <summary>
/// The pre-1:1 brief for the manager (pure): the seller's practice since the last 1:1 (sessions, average and trend,
/// weakest category with a quoted answer as evidence, best answer), open follow-ups carried forward, the seller's focus
/// accounts, one inspect topic (a MEDDICC question on a focus account) and one develop topic (one skill, one small
/// step), and a button that sends the seller a role-play on the weakest category. Practice stays private until the
/// seller accepted the manager (or an admin assigned them).
/// </summary>
public static class BriefComposer
{
    /// <summary>MEDDICC letters, one per week: the inspect question rotates so the 1:1 doesn't ask the same thing every week.</summary>
    private static readonly (string Letter, string Question)[] Meddicc =
    [
        ("Metrics", "what number will {0} use to measure success, and has the buyer said it out loud?"),
        ("Economic buyer", "who signs for {0}, and when did {1} last speak to them?"),
        ("Decision criteria", "what will {0} compare vendors on, and which criterion do we win?"),
        ("Decision process", "what are the remaining steps at {0} until a signature, with dates?"),
        ("Paper process", "who at {0} handles legal, security and procurement, and how long does it take?"),
        ("Identify pain", "what happens at {0} if they do nothing this quarter?"),
        ("Champion", "who at {0} sells for us when {1} is not in the room, and what do they get out of it?"),
        ("Competition", "who else is {0} talking to, and what would make them pick the other option?"),
    ];

    public static OutboundMessage Compose(BriefInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var seller = input.Seller.Name;
        var first = seller.Split(' ', 2)[0];
        var meeting = input.Meeting;
        var sections = new List<MessageSection>();
        var scored = input.Seller.SharesPractice ? Scored(input.Transcript, input.Since, meeting.Start) : [];
        var earlier = input.Seller.SharesPractice ? Scored(input.Transcript, input.Since - (meeting.Start - input.Since), input.Since) : [];
        string? weakestCategory = null;

        if (!input.Seller.SharesPractice)
        {
            sections.Add(new MessageSection
            {
                Title = "Practice",
                Text = $"{first} hasn't accepted you as their manager yet, so their practice stays private. They can accept from the invitation (or `team accept`).",
            });
        }
        else
        {
            var sessions = input.Sessions.Count(s => s.StartedAt >= input.Since && s.StartedAt < meeting.Start);
            var since = input.Since.ToString("ddd d MMM", CultureInfo.InvariantCulture);
            if (scored.Count == 0)
            {
                sections.Add(new MessageSection { Title = $"Practice since {since}", Text = $"No scored practice since {since} ({sessions} sessions started)." });
            }
            else
            {
                var average = scored.Average(e => e.Score!.Overall);
                var trend = earlier.Count == 0 ? "no earlier practice to compare"
                    : Trend(average, earlier.Average(e => e.Score!.Overall));
                var facts = new List<MessageFact>
                {
                    new("Sessions", sessions.ToString(CultureInfo.InvariantCulture)),
                    new("Scored answers", scored.Count.ToString(CultureInfo.InvariantCulture)),
                    new("Average", $"{Math.Round(average):0}/100 ({trend})"),
                };
                sections.Add(new MessageSection { Title = $"Practice since {since}", Facts = facts });

                var weakest = scored.Where(e => e.CategoryId is not null)
                    .GroupBy(e => e.CategoryId!)
                    .Select(g => (Category: g.Key, Average: g.Average(e => e.Score!.Overall), Worst: g.OrderBy(e => e.Score!.Overall).First()))
                    .OrderBy(g => g.Average)
                    .FirstOrDefault();
                if (weakest.Category is not null)
                {
                    weakestCategory = weakest.Category;
                    var name = input.Content.FindCategory(weakest.Category)?.Name ?? weakest.Category;
                    var missed = weakest.Worst.Score!.Missing.FirstOrDefault()?.Name;
                    sections.Add(new MessageSection
                    {
                        Title = $"Weakest: {name} (average {Math.Round(weakest.Average):0})",
                        Text = $"\u201C{CommonReplies.Truncate(weakest.Worst.UserText ?? "", 220)}\u201D ({weakest.Worst.Score!.Overall}/100"
                            + (missed is null ? ")" : $"; missed: {missed})"),
                    });
                }

                var best = scored.OrderByDescending(e => e.Score!.Overall).ThenBy(e => e.At).First();
                var bestCategory = best.CategoryId is { } c ? input.Content.FindCategory(c)?.Name ?? c : "role-play";
                sections.Add(new MessageSection
                {
                    Title = $"Best answer: {bestCategory} ({best.Score!.Overall}/100)",
                    Text = $"\u201C{CommonReplies.Truncate(best.UserText ?? "", 220)}\u201D",
                });
            }
        }

        var followUps = input.OpenFollowUps;
        sections.Add(new MessageSection
        {
            Title = "Open follow-ups from earlier 1:1s",
            Text = followUps.Count == 0 ? "None recorded." : null,
            Facts = followUps.Select(f => new MessageFact(f.MeetingDate.ToString("d MMM", CultureInfo.InvariantCulture), f.Text)).ToList(),
        });

        var accounts = input.Focus?.Accounts ?? [];
        sections.Add(new MessageSection
        {
            Title = "Focus accounts this week",
            Text = accounts.Count == 0 ? $"{first} hasn't named this week's focus accounts yet." : string.Join(", ", accounts),
        });

        sections.Add(new MessageSection { Title = "Inspect", Text = Inspect(meeting.NominalDate, first, accounts) });
        sections.Add(new MessageSection { Title = "Develop", Text = Develop(input, first, weakestCategory) });

        var actions = new List<MessageAction>();
        if (weakestCategory is not null)
        {
            var name = input.Content.FindCategory(weakestCategory)?.Name ?? weakestCategory;
            actions.Add(new MessageAction(RhythmActions.Assign, $"Send {first} a role-play on {name}", new Dictionary<string, string>
            {
                ["seller"] = input.Seller.PersonId,
                ["category"] = weakestCategory,
            }) { Style = ButtonStyle.Positive });
        }

        return new OutboundMessage
        {
            Kind = MessageKind.Summary,
            Title = $"Brief: your 1:1 with {seller}, {meeting.LocalStart.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)} ({input.Schedule.TimeZoneId})",
            Sections = sections,
            Actions = actions,
        };
    }

    /// <summary>A MEDDICC question on the first focus account (rotating by week), or the ask for focus accounts.</summary>
    public static string Inspect(DateOnly meetingDate, string sellerFirstName, IReadOnlyList<string> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        if (accounts.Count == 0)
        {
            return $"Ask {sellerFirstName} for their top 3 focus accounts, then: which one closes this quarter, and what is its next dated step?";
        }

        var (letter, question) = Meddicc[(meetingDate.DayNumber / 7) % Meddicc.Length];
        return $"{letter} on {accounts[0]}: " + string.Format(CultureInfo.InvariantCulture, question, accounts[0], sellerFirstName);
    }

    private static string Develop(BriefInput input, string first, string? weakestCategory)
    {
        if (weakestCategory is null || input.Content.FindCategory(weakestCategory) is not { } category)
        {
            return $"One skill: handling objections. Small step: ask {first} to do one 5-minute drill before the 1:1 (`practice`) so next week's brief has evidence.";
        }

        return $"One skill: {category.Method.Name} on {category.Name.ToLowerInvariant()} objections ({category.Method.Description}). "
            + $"Small step: role-play one {category.Name.ToLowerInvariant()} objection in the 1:1 and agree one line {first} will try on a real call this week, e.g. \u201C{category.Method.BetterLine}\u201D";
    }

    private static string Trend(double now, double before)
    {
        var delta = Math.Round(now - before);
        return delta switch
        {
            > 2 => $"up {delta:0} from {Math.Round(before):0}",
            < -2 => $"down {-delta:0} from {Math.Round(before):0}",
            _ => $"flat, {Math.Round(before):0} before",
        };
    }

    private static List<TranscriptEntry> Scored(IReadOnlyList<TranscriptEntry> transcript, DateTimeOffset from, DateTimeOffset to) =>
        transcript.Where(e => e.Score is not null && !e.BotInitiated && e.At >= from && e.At < to).ToList();
}
