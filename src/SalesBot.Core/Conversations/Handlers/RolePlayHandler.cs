using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary><c>roleplay [buyer|scenario]</c>: lists the scenarios, or starts one.</summary>
public sealed class RolePlayHandler(DrillEngine engine) : ICommandHandler
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.RolePlay];

    public Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var content = engine.Content;
        if (command.Argument is not { } argument)
        {
            return Task.FromResult(TurnStep.Reply(context.State, new OutboundMessage
            {
                Title = "Pick a role-play",
                Text = "Each is a multi-turn conversation. The buyer reacts to how you answer: weak answers get pushback, strong ones move the deal.",
                Sections =
                [
                    new MessageSection
                    {
                        Facts = content.Scenarios.Select(s =>
                        {
                            var persona = content.GetPersona(s.PersonaId);
                            return new MessageFact(s.Title, $"{persona.Name}, {persona.Title} \u00B7 {s.Difficulty.ToString().ToLowerInvariant()} \u00B7 `roleplay {s.Id}`");
                        }).ToList(),
                    },
                ],
                Actions = content.Scenarios.Select(s => DrillMessages.RolePlay(s)).ToList(),
            }));
        }

        var scenario = content.ResolveScenario(argument)
            ?? (content.ResolvePersona(argument) is { } persona ? content.Scenarios.FirstOrDefault(s => s.PersonaId == persona.Id) : null);
        if (scenario is null)
        {
            return Task.FromResult(TurnStep.Reply(context.State, new OutboundMessage
            {
                Text = $"I don't have a role-play for \u201C{argument}\u201D. Try a buyer ({string.Join(", ", content.Personas.Select(p => $"`{p.Id}`"))}) or pick one:",
                Actions = content.Scenarios.Select(s => DrillMessages.RolePlay(s)).ToList(),
            }));
        }

        return Task.FromResult(DrillSwitch.Start(context, state => engine.StartRolePlay(state, scenario, UniqueIds.NewGuid(), context.Now)));
    }
}
