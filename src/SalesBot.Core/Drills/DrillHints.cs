using SalesBot.Core.Content;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Drills;

/// <summary>What good looks like for the current objection or step, in the current buyer's terms.</summary>
internal sealed class DrillHints(ContentCatalog content)
{
    public OutboundMessage For(DrillSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var category = session.CategoryId is null ? null : content.FindCategory(session.CategoryId);
        var persona = content.FindPersona(session.PersonaId);
        var step = session.Kind == DrillKind.RolePlay ? content.FindScenario(session.ScenarioId)?.FindStep(session.StepId) : null;
        if (step is { Focus: StepFocus.Discovery })
        {
            return new OutboundMessage
            {
                Title = "Hint: discovery",
                Text = "Don't pitch yet. Acknowledge what they said, ask two questions about their situation (one about impact: \"what does that cost you?\"), and frame the call.",
                Sections = Example(persona is null ? null : content.StepLinesFor(StepFocus.Discovery, persona)?.Explore),
                Actions = [DrillMessages.Stop()],
            };
        }

        if (step is { Focus: StepFocus.Close })
        {
            return new OutboundMessage
            {
                Title = "Hint: the close",
                Text = "Propose one concrete next step: what it is, who joins, and when.",
                Sections = Example(persona is null ? null : content.StepLinesFor(StepFocus.Close, persona)?.Control),
                Actions = [DrillMessages.Stop()],
            };
        }

        if (category is null)
        {
            return OutboundMessage.Plain("Acknowledge their concern in their words, ask one question, back your answer with evidence, and propose a next step with a time.");
        }

        var lines = persona is null ? category.BetterLines : content.LinesFor(category, persona);
        return new OutboundMessage
        {
            Title = $"Hint: {category.Method.Name}",
            Text = category.Method.Description,
            Sections =
            [
                new MessageSection
                {
                    Facts =
                    [
                        new MessageFact("Acknowledge", lines.Acknowledge),
                        new MessageFact("Ask", lines.Explore),
                        new MessageFact("Back it up", lines.Value),
                        new MessageFact("Next step", lines.Control),
                    ],
                },
            ],
            Actions = [DrillMessages.Stop()],
        };
    }

    private static IReadOnlyList<MessageSection> Example(string? line) =>
        line is null ? [] : [new MessageSection { Facts = [new MessageFact("For example", line)] }];
}
