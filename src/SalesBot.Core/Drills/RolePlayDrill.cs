using SalesBot.Core.Content;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scoring;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Core.Drills;

/// <summary>
/// A role-play: a scenario's steps as data. Strong answers soften the buyer and move the scenario on; weak ones draw a
/// pushback about what the answer failed to do and use up the buyer's patience; an agreed next step needs a strong close.
/// </summary>
internal sealed class RolePlayDrill(ContentCatalog content, AnswerScorer scorer, BuyerReplies replies, RolePlayDebrief debrief)
{
    public const string FollowUpPrefix = "followup:";

    public DrillUpdate Start(UserState user, Scenario scenario, Guid sessionId, DateTimeOffset now)
    {
        var persona = content.GetPersona(scenario.PersonaId);
        var start = scenario.Steps[scenario.StartStepId];
        var session = new DrillSession
        {
            Id = sessionId.ToString("N"),
            Kind = DrillKind.RolePlay,
            ScenarioId = scenario.Id,
            ScenarioVersion = scenario.Version,
            StepId = start.Id,
            RubricVersion = Rubric.Version,
            PersonaId = persona.Id,
            CategoryId = start.CategoryId,
            BuyerLine = start.Buyer,
            Trust = 20,
            Seed = DrillRandom.SeedFrom(sessionId),
            StartedAt = now,
            LastActivityAt = now,
        };

        var intro = new OutboundMessage
        {
            Title = $"Role-play: {scenario.Title}",
            Text = scenario.Summary,
            Sections =
            [
                new MessageSection
                {
                    Facts =
                    [
                        new MessageFact("Buyer", persona.Label),
                        new MessageFact("Context", persona.Context),
                        new MessageFact("Style", persona.Style),
                        new MessageFact("Your goal", scenario.Goal),
                        new MessageFact("Difficulty", DrillSteps.Describe(scenario.Difficulty)),
                    ],
                },
            ],
        };

        return new DrillUpdate
        {
            State = user with { Session = session },
            Messages = [intro, DrillMessages.Buyer(persona, start.Buyer)],
            Records = [SessionRecord.From(session, user.User, SessionStatus.InProgress, null)],
        };
    }

    public DrillUpdate Answer(UserState user, DrillSession session, string answer, DateTimeOffset now)
    {
        var scenario = content.FindScenario(session.ScenarioId)!;
        var persona = content.GetPersona(scenario.PersonaId);
        var followUp = session.StepId.StartsWith(FollowUpPrefix, StringComparison.Ordinal)
            ? content.FindPhrasing(session.StepId[FollowUpPrefix.Length..])
            : null;
        var step = followUp is null ? scenario.Steps[session.StepId] : null;

        var focus = step?.Focus ?? StepFocus.Objection;
        var categoryId = followUp?.CategoryId ?? step?.CategoryId;
        var category = categoryId is null ? null : content.FindCategory(categoryId);
        var card = scorer.Score(answer, Context(focus, category, session.BuyerLine, persona));
        if (!card.IsScored)
        {
            return DrillSteps.NotScored(user, session, persona, card, now);
        }

        var outcome = OutcomeRules.Classify(card, persona, scenario.Difficulty);
        var state = user;
        if (card.Profile == RubricProfile.Objection && category is not null)
        {
            state = DrillSteps.Record(state, category.Id, card, followUp?.Id ?? $"{scenario.Id}/{step!.Id}", answer, now);
        }

        var weak = session.WeakAnswers + (outcome == AnswerOutcome.Weak ? 1 : 0);
        var trust = OutcomeRules.NextTrust(session.Trust, outcome, persona);
        var scored = session with
        {
            Turn = session.Turn + 1,
            LastActivityAt = now,
            WeakAnswers = weak,
            Trust = trust,
            Scores = [.. session.Scores, card.Overall],
            Misses = DrillSteps.CountMisses(session.Misses, card),
        };

        var patience = OutcomeRules.Patience(persona, scenario.Difficulty);
        var targetId = followUp is not null ? session.ReturnStepId! : step!.Next!.For(outcome);
        if (scenario.Steps[targetId].Ending == EndingKind.AgreedNextStep && outcome != AnswerOutcome.Strong)
        {
            // Validation forbids this edge; this guard keeps the rule even for content loaded around validation.
            targetId = scenario.WalkAwayStepId;
        }

        if (weak > patience)
        {
            targetId = scenario.WalkAwayStepId;
        }

        var messages = new List<OutboundMessage> { DrillMessages.CompactScore(card, outcome, persona, trust) };
        var target = scenario.Steps[targetId];

        // A sceptical buyer may raise another objection even after a strong answer (objection frequency): a new one.
        if (!target.IsEnding && outcome == AnswerOutcome.Strong && followUp is null && category is not null
            && DrillRandom.Unit(session.Seed, 500 + scored.Turn) < OutcomeRules.FollowUpChance(persona, scenario.Difficulty)
            && replies.FollowUp(persona, scenario, session, category.Id, 600 + scored.Turn) is var (phrasing, raised))
        {
            var interlude = scored with
            {
                StepId = FollowUpPrefix + phrasing.Id,
                ReturnStepId = targetId,
                BuyerLine = raised,
                CategoryId = phrasing.CategoryId,
                UsedPhrasings = [.. session.UsedPhrasings, phrasing.Id],
            };
            messages.Add(DrillMessages.Buyer(persona, raised));
            return DrillSteps.InProgress(state, interlude, messages, card, session);
        }

        if (target.IsEnding)
        {
            var ended = scored with { StepId = target.Id };
            var line = target.Ending == EndingKind.Lost && weak > patience && target.Id == scenario.WalkAwayStepId
                ? $"{DrillRandom.Pick(persona.Lines.WalkAway, session.Seed, scored.Turn)} {target.Buyer}"
                : target.Buyer;
            messages.Add(DrillMessages.Buyer(persona, line, []));
            messages.Add(debrief.Build(state, ended, scenario, target.Ending!.Value, card, now));
            return new DrillUpdate
            {
                State = state with { Session = null },
                Messages = messages,
                Score = card,
                ScoredIn = session,
                Records = [SessionRecord.From(ended, user.User, SessionStatus.Completed, now, target.Ending)],
            };
        }

        var opener = replies.StepOpener(persona, target, category, card, answer, outcome, scored);
        var buyerLine = opener is null ? target.Buyer : $"{opener} {target.Buyer}";
        var moved = scored with
        {
            StepId = target.Id,
            ReturnStepId = null,
            BuyerLine = buyerLine,
            CategoryId = target.CategoryId,
        };
        messages.Add(DrillMessages.Buyer(persona, buyerLine));
        return DrillSteps.InProgress(state, moved, messages, card, session);
    }

    /// <summary>How an answer at this step is scored, with better lines in this buyer's terms.</summary>
    private ScoringContext Context(StepFocus focus, ObjectionCategory? category, string buyerLine, Persona persona)
    {
        if (focus == StepFocus.Objection && category is not null)
        {
            return ScoringContext.ForObjection(content, category, buyerLine, persona);
        }

        return new ScoringContext
        {
            Profile = focus switch
            {
                StepFocus.Discovery => RubricProfile.Discovery,
                StepFocus.Close => RubricProfile.Close,
                _ => RubricProfile.Objection,
            },
            BuyerLine = buyerLine,
            BuyerContext = $"{persona.Label}. {persona.Context}",
            ContextTerms = persona.ContextTerms.Phrases,
            Lines = content.StepLinesFor(focus, persona),
        };
    }
}
