using SalesBot.Core.Content;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scoring;
using SalesBot.Core.Users;

namespace SalesBot.Core.Drills;

/// <summary>
/// The summary at the end of a role-play. Its explanation agrees with the scores that led there: weak answers are named
/// only when there were some; a stall after passing answers says the last one wasn't strong enough, and why.
/// </summary>
internal sealed class RolePlayDebrief(ContentCatalog content)
{
    public OutboundMessage Build(UserState state, DrillSession session, Scenario scenario, EndingKind ending, ScoreCard last, DateTimeOffset now)
    {
        var persona = content.GetPersona(scenario.PersonaId);
        var title = ending switch
        {
            EndingKind.AgreedNextStep => $"You got the next step with {persona.FirstName} \u2713",
            EndingKind.NoDecision => $"No decision: {persona.FirstName} didn't commit to a next step",
            _ => $"Lost: {persona.FirstName} ended the conversation",
        };
        var facts = new List<MessageFact>
        {
            new("Scores", string.Join(" \u2192 ", session.Scores)),
            new("Average", $"{(int)Math.Round(session.Scores.DefaultIfEmpty(0).Average())}/100"),
            new($"{persona.FirstName}'s trust", $"{DrillMessages.TrustBar(session.Trust)} {session.Trust}/100"),
        };
        foreach (var miss in session.Misses.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Take(2))
        {
            facts.Add(new MessageFact("Work on", $"{(miss.Key == Rubric.Method ? "The objection's method" : Rubric.NameOf(miss.Key))} (missed in {miss.Value} of {session.Scores.Count} answers)"));
        }

        var touched = session.UsedPhrasings.Select(p => content.FindPhrasing(p)?.CategoryId)
            .Concat(scenario.Steps.Values.Select(s => s.CategoryId))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(content.FindCategory)
            .OfType<ObjectionCategory>();
        foreach (var category in touched)
        {
            var snapshot = Proficiency.Of(category.Id, state.ProgressFor(category.Id), category.Phrasings.Count, now);
            if (snapshot.AttemptCount > 0)
            {
                facts.Add(new MessageFact($"{category.Name}", $"{snapshot.Score}/100 ({Proficiency.Describe(snapshot.Band)})"));
            }
        }

        var weakest = PracticePlanner.PickCategory(content, state, now);
        return new OutboundMessage
        {
            Kind = MessageKind.Summary,
            Title = title,
            Text = Why(session, scenario, persona, ending, last),
            Sections = [new MessageSection { Facts = facts }],
            Actions =
            [
                DrillMessages.RolePlay(scenario, "Run it again"),
                DrillMessages.Practice(weakest.Category, $"Practice {weakest.Category.Id}"),
                DrillMessages.Progress(),
            ],
        };
    }

    /// <summary>Why the role-play ended as it did, in terms of the answers that got it there.</summary>
    private static string Why(DrillSession session, Scenario scenario, Persona persona, EndingKind ending, ScoreCard last)
    {
        var weak = session.WeakAnswers;
        var weakText = weak == 1 ? "One weak answer" : $"{weak} weak answers";
        if (ending == EndingKind.AgreedNextStep)
        {
            return "Strong answers moved the buyer. Try a harder scenario, or drill the weakest category.";
        }

        if (weak > 0)
        {
            return ending == EndingKind.Lost
                ? $"{weakText} used up {persona.FirstName}'s patience. Drill the gaps, then run it again."
                : $"{weakText} gave {persona.FirstName} a reason to stall. Drill the gaps, then run it again.";
        }

        var strong = OutcomeRules.StrongThreshold(persona, scenario.Difficulty);
        var gap = DrillFeedback.FixFirst(last).FirstOrDefault();
        var because = gap is null ? "" : $" The biggest gap: {gap.Name.ToLowerInvariant()}.";
        return last.Passed
            ? $"Your last answer passed ({last.Overall}/100), but {persona.FirstName} commits only to an answer of {strong}+.{because} Run it again and make the close concrete."
            : $"Your last answer ({last.Overall}/100) didn't give {persona.FirstName} a reason to commit.{because} Run it again.";
    }
}
