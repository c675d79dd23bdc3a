using SalesBot.Core.Content;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Scoring;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Core.Drills;

/// <summary>
/// A practice drill: <see cref="DrillEngine.PracticeRounds"/> objections of one category from one buyer. A weak answer
/// gets a pushback in character and another attempt; a passing one moves to a new phrasing.
/// </summary>
internal sealed class PracticeDrill(ContentCatalog content, AnswerScorer scorer, BuyerReplies replies)
{
    public const string Prefix = "practice:";
    private const int FormatVersion = 1;

    public DrillUpdate Start(UserState user, ObjectionCategory category, string? reason, Guid sessionId, DateTimeOffset now)
    {
        var seed = DrillRandom.SeedFrom(sessionId);
        var persona = content.GetPersona(DrillRandom.Pick(category.PersonaIds, seed, 1));
        var phrasing = PracticePlanner.PickPhrasing(category, user, [], seed, 2, now, persona.Id);
        var session = new DrillSession
        {
            Id = sessionId.ToString("N"),
            Kind = DrillKind.Practice,
            ScenarioId = Prefix + category.Id,
            ScenarioVersion = FormatVersion,
            StepId = phrasing.Id,
            RubricVersion = Rubric.Version,
            PersonaId = persona.Id,
            CategoryId = category.Id,
            BuyerLine = phrasing.Text,
            Rounds = DrillEngine.PracticeRounds,
            Seed = seed,
            StartedAt = now,
            LastActivityAt = now,
            UsedPhrasings = [phrasing.Id],
        };

        var intro = new OutboundMessage
        {
            Title = $"{category.Name} drill \u2014 round 1 of {DrillEngine.PracticeRounds}",
            Text = (reason is null ? "" : $"I picked this because {reason}.\n")
                + $"You're talking to **{persona.Label}**. {persona.Context}\n"
                + "Answer as you would on a real call: acknowledge, ask, back it up, propose a next step. Type `hint` for help or `stop` to end.",
            Sections = [new MessageSection { Facts = [new MessageFact("Difficulty", DrillSteps.Describe(phrasing.Difficulty))] }],
        };

        return new DrillUpdate
        {
            State = user with { Session = session },
            Messages = [intro, DrillMessages.Buyer(persona, phrasing.Text)],
            Records = [SessionRecord.From(session, user.User, SessionStatus.InProgress, null)],
        };
    }

    public DrillUpdate Answer(UserState user, DrillSession session, string answer, DateTimeOffset now, IReadOnlyList<PlaybookEntry> modelAnswers)
    {
        var category = content.GetCategory(session.CategoryId!);
        var persona = content.GetPersona(session.PersonaId);
        var phrasing = content.FindPhrasing(session.StepId)!;
        var card = scorer.Score(answer, ScoringContext.ForObjection(content, category, session.BuyerLine, persona));
        if (!card.IsScored)
        {
            return DrillSteps.NotScored(user, session, persona, card, now);
        }

        var outcome = OutcomeRules.Classify(card, persona, phrasing.Difficulty);
        var state = DrillSteps.Record(user, category.Id, card, phrasing.Id, answer, now);
        var repeat = DrillSteps.WasRepeat(state, category.Id);
        var scored = session with
        {
            Turn = session.Turn + 1,
            LastActivityAt = now,
            Scores = [.. session.Scores, card.Overall],
            Misses = DrillSteps.CountMisses(session.Misses, card),
        };

        var actions = new List<MessageAction>();
        if (card.Passed && card.Overall >= Rubric.PlaybookThreshold && !repeat)
        {
            // The answer stays in this turn's transcript entry; the nomination pairs it with the objection it handled (the
            // phrasing), not with a pushback in between (NominateHandler).
            var candidate = new NominationCandidate
            {
                Id = $"{session.Id}-{scored.Turn}",
                Turn = user.Turns,
                CategoryId = category.Id,
                PhrasingId = phrasing.Id,
                Score = card.Overall,
                RubricVersion = card.RubricVersion,
                At = now,
            };
            state = state.WithCandidate(candidate);
            actions.Add(MessageAction.With(DrillMessages.ActionNominate, "Nominate for team playbook", "candidate", candidate.Id));
        }

        var messages = new List<OutboundMessage>
        {
            DrillFeedback.Brief(card, $"Attempt {session.Attempt} at round {session.Round} of {session.Rounds}.", actions, repeat),
        };

        var attempts = OutcomeRules.PracticeAttempts(persona, phrasing.Difficulty);
        if (!card.Passed && session.Attempt < attempts)
        {
            // Push back in character, about what the answer did or failed to do, and let the seller try again.
            var pushback = replies.Reaction(persona, category, card, answer, outcome, scored);
            messages.Add(DrillMessages.Buyer(persona, pushback));
            messages.Add(OutboundMessage.Plain($"Answer {persona.FirstName} again (attempt {session.Attempt + 1} of {attempts})."));
            var retry = scored with { Attempt = session.Attempt + 1, BuyerLine = pushback, WeakAnswers = scored.WeakAnswers + (outcome == AnswerOutcome.Weak ? 1 : 0) };
            return DrillSteps.InProgress(state, retry, messages, card, session);
        }

        messages.Add(DrillMessages.Buyer(persona, card.Passed ? replies.Reaction(persona, category, card, answer, outcome, scored) : DrillRandom.Pick(persona.Lines.WalkAway, scored.Seed, scored.Turn), []));
        if (ModelAnswers.Pick(modelAnswers, content, category, phrasing, persona, user, scored) is { } model)
        {
            messages.Add(DrillMessages.ModelAnswer(model));
        }
        else if (!card.Passed)
        {
            var lines = content.LinesFor(category, persona);
            messages.Add(new OutboundMessage
            {
                Title = "One way to answer it",
                Text = $"\u201C{lines.Acknowledge} {lines.Explore} {lines.Value} {lines.Control}\u201D",
            });
        }

        var next = NextRound(state, scored, category, persona, messages, now);
        return next with { Score = card, ScoredIn = session };
    }

    public DrillUpdate Skip(UserState user, DrillSession session, DateTimeOffset now)
    {
        var category = content.GetCategory(session.CategoryId!);
        var persona = content.GetPersona(session.PersonaId);
        var messages = new List<OutboundMessage> { OutboundMessage.Plain("Skipped. No score recorded for that one.") };
        return NextRound(user, session with { LastActivityAt = now }, category, persona, messages, now);
    }

    private DrillUpdate NextRound(UserState state, DrillSession session, ObjectionCategory category, Persona persona, List<OutboundMessage> messages, DateTimeOffset now)
    {
        if (session.Round >= session.Rounds)
        {
            messages.Add(Summary(state, session, category, now));
            return new DrillUpdate
            {
                State = state with { Session = null },
                Messages = messages,
                Records = [SessionRecord.From(session, state.User, SessionStatus.Completed, now)],
            };
        }

        var phrasing = PracticePlanner.PickPhrasing(category, state, session.UsedPhrasings, session.Seed, 100 + session.Round, now, persona.Id);
        var next = session with
        {
            Round = session.Round + 1,
            Attempt = 1,
            StepId = phrasing.Id,
            BuyerLine = phrasing.Text,
            UsedPhrasings = [.. session.UsedPhrasings, phrasing.Id],
        };
        messages.Add(new OutboundMessage
        {
            Title = $"Round {next.Round} of {next.Rounds}",
            Sections = [new MessageSection { Facts = [new MessageFact("Difficulty", DrillSteps.Describe(phrasing.Difficulty))] }],
        });
        messages.Add(DrillMessages.Buyer(persona, phrasing.Text));
        return DrillSteps.InProgress(state, next, messages, null, null);
    }

    private OutboundMessage Summary(UserState state, DrillSession session, ObjectionCategory category, DateTimeOffset now)
    {
        var snapshot = Proficiency.Of(category.Id, state.ProgressFor(category.Id), category.Phrasings.Count, now);
        var facts = new List<MessageFact>();
        if (session.Scores.Count > 0)
        {
            facts.Add(new MessageFact("This drill", $"{session.Scores.Count} scored answers, average {(int)Math.Round(session.Scores.Average())}, best {session.Scores.Max()}"));
        }

        facts.Add(new MessageFact(
            $"{category.Name} proficiency",
            $"{snapshot.Score}/100 ({Proficiency.Describe(snapshot.Band)}) \u00B7 passed {snapshot.PassedPhrasings} of {snapshot.RequiredPhrasings} different phrasings"
            + (snapshot.IsProficient ? " \u00B7 proficient \u2713" : "")));
        var topMiss = session.Misses.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).FirstOrDefault();
        if (topMiss.Key is not null)
        {
            facts.Add(new MessageFact("Work on", $"{(topMiss.Key == Rubric.Method ? category.Method.Name : Rubric.NameOf(topMiss.Key))} (missed in {topMiss.Value} of {session.Scores.Count} answers)"));
        }

        var pick = PracticePlanner.PickCategory(content, state, now);
        facts.Add(new MessageFact("Next", $"practice {pick.Category.Id} \u2014 {PlainText.StripMarkup(pick.Reason)}"));
        return new OutboundMessage
        {
            Kind = MessageKind.Summary,
            Title = $"Drill complete: {category.Name}",
            Sections = [new MessageSection { Facts = facts }],
            Actions =
            [
                DrillMessages.Practice(pick.Category, $"Next: practice {pick.Category.Id}"),
                DrillMessages.Practice(category, $"Again: {category.Id}"),
                DrillMessages.Progress(),
            ],
        };
    }
}
