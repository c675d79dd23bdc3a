using SalesBot.Core.Content;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Scoring;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Core.Drills;

/// <summary>What a drill step produced: the new user state, the messages, and what to record.</summary>
public sealed record DrillUpdate
{
    public required UserState State { get; init; }
    public required IReadOnlyList<OutboundMessage> Messages { get; init; }

    /// <summary>The score of the answer this step judged, if any.</summary>
    public ScoreCard? Score { get; init; }

    /// <summary>The session as it was when the answer was judged (for the transcript).</summary>
    public DrillSession? ScoredIn { get; init; }

    /// <summary>Session summaries to store: a session started, moved or ended (switching drills closes one and starts another).</summary>
    public IReadOnlyList<SessionRecord> Records { get; init; } = [];
}

/// <summary>Why a stored drill can't simply continue.</summary>
public enum ResumeProblem
{
    None,
    Expired,
    RubricChanged,
    ContentChanged,
}

/// <summary>
/// The drill engine: interprets practice drills and role-play scenarios as data. Pure: no I/O, time comes in as a value,
/// randomness comes from the session seed. Every answer is scored; weak answers get pushback in character and never reach
/// an agreed next step; strong answers soften the buyer and move the scenario on.
/// </summary>
public sealed class DrillEngine(ContentCatalog content, AnswerScorer scorer)
{
    /// <summary>Objections per practice drill (Rackham: try a behaviour at least three times).</summary>
    public const int PracticeRounds = 3;

    /// <summary>A drill left untouched this long is closed as abandoned.</summary>
    public static readonly TimeSpan SessionTimeout = TimeSpan.FromHours(12);

    private const int PracticeFormatVersion = 1;
    private const string PracticePrefix = "practice:";
    private const string FollowUpPrefix = "followup:";

    public ContentCatalog Content => content;

    public ResumeProblem CheckResume(DrillSession session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (now - session.LastActivityAt > SessionTimeout)
        {
            return ResumeProblem.Expired;
        }

        if (session.RubricVersion != Rubric.Version)
        {
            return ResumeProblem.RubricChanged;
        }

        if (content.FindPersona(session.PersonaId) is null)
        {
            return ResumeProblem.ContentChanged;
        }

        if (session.Kind == DrillKind.Practice)
        {
            return content.FindPhrasing(session.StepId) is null || session.CategoryId is null || content.FindCategory(session.CategoryId) is null
                ? ResumeProblem.ContentChanged
                : ResumeProblem.None;
        }

        var scenario = content.FindScenario(session.ScenarioId);
        if (scenario is null)
        {
            return ResumeProblem.ContentChanged;
        }

        if (session.StepId.StartsWith(FollowUpPrefix, StringComparison.Ordinal))
        {
            return content.FindPhrasing(session.StepId[FollowUpPrefix.Length..]) is null || session.ReturnStepId is null
                || scenario.FindStep(session.ReturnStepId) is null
                ? ResumeProblem.ContentChanged
                : ResumeProblem.None;
        }

        // A new scenario version is fine as long as the step still exists: state is a step id, not an index.
        return scenario.FindStep(session.StepId) is { IsEnding: false } ? ResumeProblem.None : ResumeProblem.ContentChanged;
    }

    public DrillUpdate StartPractice(UserState user, ObjectionCategory category, string? reason, Guid sessionId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(category);
        var seed = DrillRandom.SeedFrom(sessionId);
        var persona = content.GetPersona(DrillRandom.Pick(category.PersonaIds, seed, 1));
        var phrasing = PracticePlanner.PickPhrasing(category, user, [], seed, 2, now);
        var session = new DrillSession
        {
            Id = sessionId.ToString("N"),
            Kind = DrillKind.Practice,
            ScenarioId = PracticePrefix + category.Id,
            ScenarioVersion = PracticeFormatVersion,
            StepId = phrasing.Id,
            RubricVersion = Rubric.Version,
            PersonaId = persona.Id,
            CategoryId = category.Id,
            BuyerLine = phrasing.Text,
            Rounds = PracticeRounds,
            Seed = seed,
            StartedAt = now,
            LastActivityAt = now,
            UsedPhrasings = [phrasing.Id],
        };

        var intro = new OutboundMessage
        {
            Title = $"{category.Name} drill \u2014 round 1 of {PracticeRounds}",
            Text = (reason is null ? "" : $"I picked this because {reason}.\n")
                + $"You're talking to **{persona.Label}**. {persona.Context}\n"
                + "Answer as you would on a real call: acknowledge, ask, back it up, propose a next step. Type `hint` for help or `stop` to end.",
            Sections = [new MessageSection { Facts = [new MessageFact("Difficulty", Describe(phrasing.Difficulty))] }],
        };

        return new DrillUpdate
        {
            State = user with { Session = session },
            Messages = [intro, DrillMessages.Buyer(persona, phrasing.Text)],
            Records = [SessionRecord.From(session, user.User, SessionStatus.InProgress, null)],
        };
    }

    public DrillUpdate StartRolePlay(UserState user, Scenario scenario, Guid sessionId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scenario);
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
                        new MessageFact("Difficulty", Describe(scenario.Difficulty)),
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

    /// <summary>Scores the seller's answer and moves the drill on.</summary>
    public DrillUpdate Answer(UserState user, string answer, DateTimeOffset now, IReadOnlyList<PlaybookEntry> modelAnswers)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(modelAnswers);
        var session = user.Session ?? throw new InvalidOperationException("No drill in progress.");
        return session.Kind == DrillKind.Practice
            ? AnswerPractice(user, session, answer, now, modelAnswers)
            : AnswerRolePlay(user, session, answer, now);
    }

    /// <summary>Moves a practice drill to its next objection without scoring.</summary>
    public DrillUpdate Skip(UserState user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var session = user.Session ?? throw new InvalidOperationException("No drill in progress.");
        if (session.Kind != DrillKind.Practice)
        {
            return new DrillUpdate
            {
                State = user,
                Messages = [OutboundMessage.Plain("A role-play can't skip a beat: answer the buyer, or type `stop` to end it.")],
            };
        }

        var category = content.GetCategory(session.CategoryId!);
        var persona = content.GetPersona(session.PersonaId);
        var messages = new List<OutboundMessage> { OutboundMessage.Plain("Skipped. No score recorded for that one.") };
        return NextRound(user, session with { LastActivityAt = now }, category, persona, messages, now);
    }

    /// <summary>Ends the drill at the seller's request, keeping every score so far.</summary>
    public static DrillUpdate Stop(UserState user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var session = user.Session ?? throw new InvalidOperationException("No drill in progress.");
        var text = session.Scores.Count == 0
            ? "Drill stopped. Nothing was scored, so nothing changes in your progress."
            : $"Drill stopped after {session.Scores.Count} scored answer{(session.Scores.Count == 1 ? "" : "s")} (average {(int)Math.Round(session.Scores.Average())}/100). Your scores are saved.";
        return new DrillUpdate
        {
            State = user with { Session = null },
            Messages = [new OutboundMessage { Text = text, Actions = [DrillMessages.Practice(null), DrillMessages.RolePlay(null), DrillMessages.Progress()] }],
            Records = [SessionRecord.From(session, user.User, SessionStatus.Stopped, now)],
        };
    }

    /// <summary>Closes a drill that can't continue (expired, or its rubric or content changed).</summary>
    public static DrillUpdate Close(UserState user, ResumeProblem problem, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var session = user.Session ?? throw new InvalidOperationException("No drill in progress.");
        var text = problem switch
        {
            ResumeProblem.Expired => "Your last drill timed out, so I closed it. Your scores from it are saved.",
            ResumeProblem.RubricChanged => "The scoring rubric was updated since you started that drill. I closed it so every score in a session comes from one rubric version; your scores so far are saved.",
            _ => "That drill's content was updated and the step you were on no longer exists, so I closed it. Your scores so far are saved.",
        };
        return new DrillUpdate
        {
            State = user with { Session = null },
            Messages = [OutboundMessage.Plain(text)],
            Records = [SessionRecord.From(session, user.User, problem == ResumeProblem.Expired ? SessionStatus.Abandoned : SessionStatus.Stopped, now)],
        };
    }

    /// <summary>What good looks like for the current objection or step.</summary>
    public OutboundMessage Hint(DrillSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var category = session.CategoryId is null ? null : content.FindCategory(session.CategoryId);
        var step = session.Kind == DrillKind.RolePlay ? content.FindScenario(session.ScenarioId)?.FindStep(session.StepId) : null;
        if (step is { Focus: StepFocus.Discovery })
        {
            return new OutboundMessage
            {
                Title = "Hint: discovery",
                Text = "Don't pitch yet. Acknowledge what they said, ask two questions about their situation (one about impact: \"what does that cost you?\"), and frame the call.",
                Actions = [DrillMessages.Stop()],
            };
        }

        if (step is { Focus: StepFocus.Close })
        {
            return new OutboundMessage
            {
                Title = "Hint: the close",
                Text = "Propose one concrete next step: what it is, who joins, and when (\"30 minutes Thursday at 10 with your COO to run the numbers\").",
                Actions = [DrillMessages.Stop()],
            };
        }

        if (category is null)
        {
            return OutboundMessage.Plain("Acknowledge their concern in their words, ask one question, back your answer with evidence, and propose a next step with a time.");
        }

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
                        new MessageFact("Acknowledge", category.BetterLines.Acknowledge),
                        new MessageFact("Ask", category.BetterLines.Explore),
                        new MessageFact("Back it up", category.BetterLines.Value),
                        new MessageFact("Next step", category.BetterLines.Control),
                    ],
                },
            ],
            Actions = [DrillMessages.Stop()],
        };
    }

    private DrillUpdate AnswerPractice(UserState user, DrillSession session, string answer, DateTimeOffset now, IReadOnlyList<PlaybookEntry> modelAnswers)
    {
        var category = content.GetCategory(session.CategoryId!);
        var persona = content.GetPersona(session.PersonaId);
        var phrasing = content.FindPhrasing(session.StepId)!;
        var card = scorer.Score(answer, ScoringContext.ForObjection(category, session.BuyerLine, persona));
        if (!card.IsScored)
        {
            return NotScored(user, session, persona, card, now);
        }

        var outcome = OutcomeRules.Classify(card, persona, phrasing.Difficulty);

        var state = user.WithAttempt(category.Id, new Attempt(now, card.Overall, card.Passed, phrasing.Id, card.RubricVersion));
        var scored = session with
        {
            Turn = session.Turn + 1,
            LastActivityAt = now,
            Scores = [.. session.Scores, card.Overall],
            Misses = CountMisses(session.Misses, card),
        };

        var actions = new List<MessageAction>();
        if (card.Passed && card.Overall >= Rubric.PlaybookThreshold)
        {
            var candidate = new NominationCandidate
            {
                Id = $"{session.Id}-{scored.Turn}",
                SessionId = session.Id,
                CategoryId = category.Id,
                PhrasingId = phrasing.Id,
                Objection = session.BuyerLine,
                Answer = answer,
                Score = card.Overall,
                RubricVersion = card.RubricVersion,
                At = now,
            };
            state = state.WithCandidate(candidate);
            actions.Add(MessageAction.With(DrillMessages.ActionNominate, "Nominate for team playbook", "candidate", candidate.Id));
        }

        var messages = new List<OutboundMessage>
        {
            DrillMessages.ScoreCard(card, $"Attempt {session.Attempt} at round {session.Round} of {session.Rounds}.", actions),
        };

        var attempts = OutcomeRules.PracticeAttempts(persona, phrasing.Difficulty);
        if (!card.Passed && session.Attempt < attempts)
        {
            // Push back in character and let the seller try again.
            var pushback = Reaction(persona, category, outcome, scored);
            messages.Add(DrillMessages.Buyer(persona, pushback));
            messages.Add(OutboundMessage.Plain($"Answer {persona.FirstName} again (attempt {session.Attempt + 1} of {attempts})."));
            var retry = scored with { Attempt = session.Attempt + 1, BuyerLine = pushback, WeakAnswers = scored.WeakAnswers + (outcome == AnswerOutcome.Weak ? 1 : 0) };
            return InProgress(state, retry, messages, card, session);
        }

        messages.Add(DrillMessages.Buyer(persona, card.Passed ? Reaction(persona, category, outcome, scored) : DrillRandom.Pick(persona.Lines.WalkAway, scored.Seed, scored.Turn), []));
        var model = modelAnswers
            .Where(e => e.CategoryId == category.Id && e.Seller != user.User)
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        if (model.Count > 0)
        {
            messages.Add(DrillMessages.ModelAnswer(DrillRandom.Pick(model, scored.Seed, scored.Turn)));
        }
        else if (!card.Passed)
        {
            messages.Add(new OutboundMessage
            {
                Title = "One way to answer it",
                Text = $"\u201C{category.BetterLines.Acknowledge} {category.BetterLines.Explore} {category.BetterLines.Value} {category.BetterLines.Control}\u201D",
            });
        }

        var next = NextRound(state, scored, category, persona, messages, now);
        return next with { Score = card, ScoredIn = session };
    }

    private DrillUpdate NextRound(UserState state, DrillSession session, ObjectionCategory category, Persona persona, List<OutboundMessage> messages, DateTimeOffset now)
    {
        if (session.Round >= session.Rounds)
        {
            messages.Add(PracticeSummary(state, session, category, now));
            return new DrillUpdate
            {
                State = state with { Session = null },
                Messages = messages,
                Records = [SessionRecord.From(session, state.User, SessionStatus.Completed, now)],
            };
        }

        var phrasing = PracticePlanner.PickPhrasing(category, state, session.UsedPhrasings, session.Seed, 100 + session.Round, now);
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
            Sections = [new MessageSection { Facts = [new MessageFact("Difficulty", Describe(phrasing.Difficulty))] }],
        });
        messages.Add(DrillMessages.Buyer(persona, phrasing.Text));
        return InProgress(state, next, messages, null, null);
    }

    private OutboundMessage PracticeSummary(UserState state, DrillSession session, ObjectionCategory category, DateTimeOffset now)
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

    private DrillUpdate AnswerRolePlay(UserState user, DrillSession session, string answer, DateTimeOffset now)
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
        var context = new ScoringContext
        {
            Profile = focus switch
            {
                StepFocus.Discovery => RubricProfile.Discovery,
                StepFocus.Close => RubricProfile.Close,
                _ => RubricProfile.Objection,
            },
            Category = focus == StepFocus.Objection ? category : null,
            BuyerLine = session.BuyerLine,
            BuyerContext = $"{persona.Label}. {persona.Context}",
            ContextTerms = persona.ContextTerms.Phrases,
        };
        var card = scorer.Score(answer, context);
        if (!card.IsScored)
        {
            return NotScored(user, session, persona, card, now);
        }

        var outcome = OutcomeRules.Classify(card, persona, scenario.Difficulty);

        var state = user;
        if (context.Profile == RubricProfile.Objection && category is not null)
        {
            var phrasingId = followUp?.Id ?? $"{scenario.Id}/{step!.Id}";
            state = state.WithAttempt(category.Id, new Attempt(now, card.Overall, card.Passed, phrasingId, card.RubricVersion));
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
            Misses = CountMisses(session.Misses, card),
        };

        var targetId = followUp is not null ? session.ReturnStepId! : step!.Next!.For(outcome);
        if (scenario.Steps[targetId].Ending == EndingKind.AgreedNextStep && outcome != AnswerOutcome.Strong)
        {
            // Validation forbids this edge; this guard keeps the rule even for content loaded around validation.
            targetId = scenario.WalkAwayStepId;
        }

        if (weak > OutcomeRules.Patience(persona, scenario.Difficulty))
        {
            targetId = scenario.WalkAwayStepId;
        }

        var messages = new List<OutboundMessage> { DrillMessages.CompactScore(card, outcome, persona, trust) };
        var target = scenario.Steps[targetId];

        // A sceptical buyer may raise another objection even after a strong answer (objection frequency).
        if (!target.IsEnding && outcome == AnswerOutcome.Strong && followUp is null && category is not null
            && DrillRandom.Unit(session.Seed, 500 + scored.Turn) < OutcomeRules.FollowUpChance(persona, scenario.Difficulty))
        {
            var extra = category.Phrasings.Where(p => !session.UsedPhrasings.Contains(p.Id)).ToList();
            if (extra.Count > 0)
            {
                var phrasing = DrillRandom.Pick(extra, session.Seed, 600 + scored.Turn);
                var line = $"{DrillRandom.Pick(persona.Lines.Softening, session.Seed, scored.Turn)} But one more thing: {phrasing.Text}";
                var interlude = scored with
                {
                    StepId = FollowUpPrefix + phrasing.Id,
                    ReturnStepId = targetId,
                    BuyerLine = line,
                    CategoryId = category.Id,
                    UsedPhrasings = [.. session.UsedPhrasings, phrasing.Id],
                };
                messages.Add(DrillMessages.Buyer(persona, line));
                return InProgress(state, interlude, messages, card, session);
            }
        }

        if (target.IsEnding)
        {
            var ended = scored with { StepId = target.Id };
            var line = target.Ending == EndingKind.Lost && weak > OutcomeRules.Patience(persona, scenario.Difficulty) && target.Id == scenario.WalkAwayStepId
                ? $"{DrillRandom.Pick(persona.Lines.WalkAway, session.Seed, scored.Turn)} {target.Buyer}"
                : target.Buyer;
            messages.Add(DrillMessages.Buyer(persona, line, []));
            messages.Add(RolePlayDebrief(state, ended, scenario, target.Ending!.Value, now));
            return new DrillUpdate
            {
                State = state with { Session = null },
                Messages = messages,
                Score = card,
                ScoredIn = session,
                Records = [SessionRecord.From(ended, user.User, SessionStatus.Completed, now, target.Ending)],
            };
        }

        var moved = scored with
        {
            StepId = target.Id,
            ReturnStepId = null,
            BuyerLine = target.Buyer,
            CategoryId = target.CategoryId,
        };
        messages.Add(DrillMessages.Buyer(persona, target.Buyer));
        return InProgress(state, moved, messages, card, session);
    }

    private OutboundMessage RolePlayDebrief(UserState state, DrillSession session, Scenario scenario, EndingKind ending, DateTimeOffset now)
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
            Text = ending == EndingKind.AgreedNextStep
                ? "Strong answers moved the buyer. Try a harder scenario, or drill the weakest category."
                : "Weak answers gave the buyer a reason to stall. Drill the gaps, then run it again.",
            Sections = [new MessageSection { Facts = facts }],
            Actions =
            [
                DrillMessages.RolePlay(scenario, "Run it again"),
                DrillMessages.Practice(weakest.Category, $"Practice {weakest.Category.Id}"),
                DrillMessages.Progress(),
            ],
        };
    }

    /// <summary>
    /// An answer the rubric can't read (another language): the honest notice and the buyer's line again. Not an attempt:
    /// no score, no round, no pushback; the drill waits for an answer it can score.
    /// </summary>
    private static DrillUpdate NotScored(UserState user, DrillSession session, Persona persona, ScoreCard card, DateTimeOffset now) => new()
    {
        State = user with { Session = session with { LastActivityAt = now } },
        Messages = [OutboundMessage.Plain(card.Notice ?? "I can't score that answer."), DrillMessages.Buyer(persona, session.BuyerLine)],
    };

    /// <summary>The drill goes on: the new session is saved and its summary recorded as in progress.</summary>
    private static DrillUpdate InProgress(UserState state, DrillSession next, List<OutboundMessage> messages, ScoreCard? card, DrillSession? scoredIn) => new()
    {
        State = state with { Session = next },
        Messages = messages,
        Score = card,
        ScoredIn = scoredIn,
        Records = [SessionRecord.From(next, state.User, SessionStatus.InProgress, null)],
    };

    private static string Reaction(Persona persona, ObjectionCategory category, AnswerOutcome outcome, DrillSession session) => outcome switch
    {
        AnswerOutcome.Strong => DrillRandom.Pick(persona.Lines.Softening, session.Seed, session.Turn),
        AnswerOutcome.Partial => DrillRandom.Pick(persona.Lines.Partial, session.Seed, session.Turn),
        _ => session.WeakAnswers > 0
            ? DrillRandom.Pick(persona.Lines.Escalation, session.Seed, session.Turn)
            : DrillRandom.Pick(category.Pushbacks, session.Seed, session.Turn),
    };

    private static Dictionary<string, int> CountMisses(IReadOnlyDictionary<string, int> misses, ScoreCard card)
    {
        var result = new Dictionary<string, int>(misses, StringComparer.Ordinal);
        foreach (var criterion in card.Criteria.Where(c => c.Status != CriterionStatus.Met && c.Id != Rubric.Concise))
        {
            result[criterion.Id] = result.GetValueOrDefault(criterion.Id) + 1;
        }

        return result;
    }

    private static string Describe(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Easy => "easy",
        Difficulty.Hard => "hard",
        _ => "medium",
    };
}
