using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary><c>progress</c>: recency-weighted proficiency per category, what is due, what to drill next.</summary>
public sealed class ProgressHandler(ContentCatalog content) : ICommandHandler
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Progress];

    public Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(TurnStep.Reply(context.State, CommonReplies.WithDrillReminder(content, context.State, Report(context.State, context.Now))));
    }

    private OutboundMessage Report(UserState state, DateTimeOffset now)
    {
        var snapshots = content.Categories.Select(c => (Category: c, Snapshot: Proficiency.Of(c.Id, state.ProgressFor(c.Id), c.Phrasings.Count, now))).ToList();
        var proficient = snapshots.Count(x => x.Snapshot.IsProficient);
        var pick = PracticePlanner.PickCategory(content, state, now);
        return new OutboundMessage
        {
            Kind = MessageKind.Summary,
            Title = $"Your progress: proficient in {proficient} of {snapshots.Count} objection categories",
            Text = $"Proficient means a recency-weighted score of {Proficiency.ProficientScore}+ and passing answers to {Proficiency.RequiredDistinctPhrasings} different phrasings.",
            Sections =
            [
                new MessageSection
                {
                    Facts = snapshots.Select(x => new MessageFact(
                        $"{(x.Snapshot.IsProficient ? "\u2713 " : "")}{x.Category.Name}",
                        x.Snapshot.Band == ProficiencyBand.NotStarted
                            ? "not started"
                            : $"{x.Snapshot.Score}/100 \u00B7 {Proficiency.Describe(x.Snapshot.Band)} \u00B7 {x.Snapshot.PassedPhrasings}/{x.Snapshot.RequiredPhrasings} phrasings passed \u00B7 {Due(x.Snapshot, now)}")).ToList(),
                },
                new MessageSection { Text = $"Next up: `practice {pick.Category.Id}` \u2014 {pick.Reason}." },
            ],
            Actions = [DrillMessages.Practice(pick.Category, $"Practice {pick.Category.Id}"), DrillMessages.RolePlay(null)],
        };
    }

    private static string Due(ProficiencySnapshot snapshot, DateTimeOffset now)
    {
        if (snapshot.IsDue(now))
        {
            return "due now";
        }

        var days = (int)Math.Ceiling((snapshot.DueAt!.Value - now).TotalDays);
        return days <= 1 ? "due tomorrow" : $"due in {days} days";
    }
}
