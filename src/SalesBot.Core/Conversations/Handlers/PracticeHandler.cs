using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary><c>practice [category]</c>: starts a 3-round objection drill, on the weakest or most overdue category when none is named.</summary>
public sealed class PracticeHandler(DrillEngine engine) : ICommandHandler
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Practice];

    public Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var content = engine.Content;
        string? reason = null;
        ObjectionCategory? category;
        if (command.Argument is null)
        {
            var pick = PracticePlanner.PickCategory(content, context.State, context.Now);
            category = pick.Category;
            reason = pick.Reason;
        }
        else
        {
            category = content.ResolveCategory(command.Argument);
            if (category is null)
            {
                return Task.FromResult(TurnStep.Reply(context.State, new OutboundMessage
                {
                    Text = $"I don't know the objection \u201C{command.Argument}\u201D. Pick one of: {string.Join(", ", content.Categories.Select(c => $"`{c.Id}`"))} \u2014 or just `practice` and I'll pick your weakest.",
                    Actions = [DrillMessages.Practice(null), .. content.Categories.Select(c => DrillMessages.Practice(c, c.Name))],
                }));
            }
        }

        return Task.FromResult(DrillSwitch.Start(context, state => engine.StartPractice(state, category, reason, UniqueIds.NewGuid(), context.Now)));
    }
}
