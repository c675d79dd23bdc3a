using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Scoring;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary><c>playbook [category]</c>: the team's approved model answers, and the seller's own nominations.</summary>
public sealed class PlaybookHandler(ContentCatalog content, IPlaybookStore playbook, IRoleDirectory roles) : ICommandHandler
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Playbook];

    public async Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var report = await ReportAsync(context.State, command.Argument, cancellationToken);
        return TurnStep.Reply(context.State, CommonReplies.WithDrillReminder(content, context.State, report));
    }

    private async Task<OutboundMessage> ReportAsync(UserState state, string? argument, CancellationToken cancellationToken)
    {
        if (argument is not null)
        {
            var category = content.ResolveCategory(argument);
            if (category is null)
            {
                return OutboundMessage.Plain($"I don't know the objection \u201C{argument}\u201D. Try `playbook price`, `playbook timing`, \u2026");
            }

            var best = (await playbook.GetApprovedAsync(state.User.TenantKey, category.Id, cancellationToken)).Take(5).ToList();
            return best.Count == 0
                ? new OutboundMessage
                {
                    Text = $"No approved answers for {category.Name} yet. Score {Rubric.PlaybookThreshold}+ in a {category.Id} drill and nominate your answer.",
                    Actions = [DrillMessages.Practice(category)],
                }
                : new OutboundMessage
                {
                    Title = $"Team playbook: {category.Name}",
                    Sections = best.Select(e => new MessageSection
                    {
                        Title = $"{e.SellerName ?? e.Seller.UserId} \u00B7 {e.Score}/100",
                        Text = $"Buyer: \u201C{e.Objection}\u201D\nAnswer: \u201C{e.Answer}\u201D",
                    }).ToList(),
                    Actions = [DrillMessages.Practice(category)],
                };
        }

        var entries = await playbook.ListAsync(state.User.TenantKey, cancellationToken);
        var approved = entries.Where(e => e.Status == PlaybookStatus.Approved).ToList();
        var mine = entries.Where(e => e.Seller == state.User).ToList();
        var facts = content.Categories
            .Select(c => new MessageFact(c.Name, $"{approved.Count(e => e.CategoryId == c.Id)} approved"))
            .ToList();
        var sections = new List<MessageSection> { new() { Facts = facts } };
        if (mine.Count > 0)
        {
            sections.Add(new MessageSection
            {
                Title = "Your nominations",
                Text = string.Join(", ", mine.GroupBy(e => e.Status).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")),
            });
        }

        var actions = new List<MessageAction>();
        if (roles.IsManager(state.User))
        {
            var pending = entries.Count(e => e.Status == PlaybookStatus.Pending);
            sections.Add(new MessageSection { Text = $"{pending} nomination{(pending == 1 ? "" : "s")} waiting for your review." });
            actions.Add(new MessageAction(DrillMessages.ActionReview, "Review nominations"));
        }

        actions.AddRange(content.Categories.Where(c => approved.Any(e => e.CategoryId == c.Id)).Select(c => MessageAction.With(DrillMessages.ActionPlaybook, $"Playbook: {c.Id}", "category", c.Id)));
        return new OutboundMessage
        {
            Title = "Team playbook",
            Text = "Model answers from your teammates' best drills, approved by a manager. Type `playbook <category>` to read them.",
            Sections = sections,
            Actions = actions,
        };
    }
}
