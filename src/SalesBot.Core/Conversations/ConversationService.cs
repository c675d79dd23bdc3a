using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Playbook;
using SalesBot.Core.Scoring;
using SalesBot.Core.Storage;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations;

/// <summary>The replies to one inbound turn, in order.</summary>
public sealed record TurnResult(IReadOnlyList<OutboundMessage> Replies);

/// <summary>
/// The channel-neutral turn pipeline: load the user's state, route the message (command, button or drill answer), run the
/// dialog, and commit the new state with the turn's transcript. A concurrent turn for the same user is detected by ETag
/// and the whole turn is re-run once on fresh state, so nothing is half-applied.
/// </summary>
public sealed class ConversationService(
    DrillEngine engine,
    IConversationStore store,
    IPlaybookStore playbook,
    IRoleDirectory roles,
    TimeProvider time)
{
    private ContentCatalog Content => engine.Content;

    public async Task<TurnResult> HandleAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.LoadAsync(turn.User, cancellationToken);
            var now = time.GetUtcNow();
            var before = stored?.State ?? UserState.New(turn.User, turn.UserName, now);
            var state = before with
            {
                LastSeen = now,
                DisplayName = string.IsNullOrWhiteSpace(turn.UserName) ? before.DisplayName : turn.UserName,
                Turns = before.Turns + 1,
            };

            var step = await RouteAsync(new TurnContext(turn, state, now, stored is null), cancellationToken);
            var entry = Transcript(turn, step, now);
            try
            {
                await store.CommitAsync(step.State, stored?.ETag, new TurnRecord(entry, step.Records), cancellationToken);
                return new TurnResult(step.Messages);
            }
            catch (ConcurrencyConflictException) when (attempt < 2)
            {
                // Another turn for this user landed first: re-run this one on the fresh state.
            }
        }
    }

    private async Task<DrillUpdate> RouteAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var prefix = new List<OutboundMessage>();

        if (state.Session is { } session && engine.CheckResume(session, context.Now) is var problem and not ResumeProblem.None)
        {
            var closed = DrillEngine.Close(state, problem, context.Now);
            prefix.AddRange(closed.Messages);
            state = closed.State;
            var rest = await DispatchAsync(context with { State = state }, closed, cancellationToken);
            return rest with { Messages = [.. prefix, .. rest.Messages], Records = [.. closed.Records, .. rest.Records] };
        }

        if (context.IsNewUser)
        {
            prefix.Add(Welcome(context));
        }

        var result = await DispatchAsync(context with { State = state }, null, cancellationToken);
        return prefix.Count == 0 ? result : result with { Messages = [.. prefix, .. result.Messages] };
    }

    private async Task<DrillUpdate> DispatchAsync(TurnContext context, DrillUpdate? sessionClosed, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (context.Turn.Action is { } action)
        {
            return await HandleActionAsync(context, action, cancellationToken);
        }

        var text = context.Turn.Text ?? "";
        var inDrill = state.Session is not null;
        switch (CommandParser.Parse(text, inDrill))
        {
            case Command command:
                return await HandleCommandAsync(context, command, cancellationToken);
            case UnknownCommand unknown when inDrill:
                return Reply(state, new OutboundMessage
                {
                    Text = $"Did you mean `{unknown.Suggestion}`? If that was your answer to the buyer, say a little more \u2014 I score full answers.",
                    Actions = [new MessageAction(DrillMessages.ActionStop, "Stop the drill"), DrillMessages.Hint()],
                });
            case UnknownCommand unknown:
                return sessionClosed is not null && !string.IsNullOrWhiteSpace(text)
                    ? Reply(state, new OutboundMessage { Text = "Type `practice` to start a new drill.", Actions = StartActions() })
                    : Reply(state, Unknown(unknown));
        }

        // Not a command, and a drill is in flight: it's the seller's answer.
        if (string.IsNullOrWhiteSpace(text))
        {
            return Reply(state, OutboundMessage.Plain("I didn't get any text. Type your answer to the buyer, or `stop` to end the drill."));
        }

        var models = state.Session!.Kind == DrillKind.Practice && state.Session.CategoryId is not null
            ? await ApprovedAsync(state.User.TenantKey, cancellationToken)
            : [];
        return engine.Answer(state, text.Trim(), context.Now, models);
    }

    private async Task<DrillUpdate> HandleActionAsync(TurnContext context, ActionInvocation action, CancellationToken cancellationToken)
    {
        var command = action.Id switch
        {
            DrillMessages.ActionPractice => new Command(CommandKind.Practice, action.Get("category")),
            DrillMessages.ActionRolePlay => new Command(CommandKind.RolePlay, action.Get("scenario") ?? action.Get("persona")),
            DrillMessages.ActionStop => new Command(CommandKind.Stop),
            DrillMessages.ActionHint => new Command(CommandKind.Hint),
            DrillMessages.ActionProgress => new Command(CommandKind.Progress),
            DrillMessages.ActionPlaybook => new Command(CommandKind.Playbook, action.Get("category")),
            DrillMessages.ActionHelp => new Command(CommandKind.Help),
            DrillMessages.ActionReview => new Command(CommandKind.Review),
            DrillMessages.ActionNominate => new Command(CommandKind.Nominate, action.Get("candidate")),
            DrillMessages.ActionApprove => new Command(CommandKind.Approve, action.Get("entry")),
            DrillMessages.ActionReject => new Command(CommandKind.Reject, action.Get("entry")),
            _ => null,
        };

        return command is null
            ? Reply(context.State, new OutboundMessage { Text = "That button is no longer valid. Here's what I can do:", Actions = StartActions() })
            : await HandleCommandAsync(context, command, cancellationToken);
    }

    private async Task<DrillUpdate> HandleCommandAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        var state = context.State;
        switch (command.Kind)
        {
            case CommandKind.Help:
                return Reply(state, Help(state));
            case CommandKind.Greeting:
                return context.IsNewUser ? Reply(state, []) : Reply(state, Welcome(context));
            case CommandKind.Practice:
                return StartPractice(context, command.Argument);
            case CommandKind.RolePlay:
                return StartRolePlay(context, command.Argument);
            case CommandKind.Progress:
                return Reply(state, WithDrillReminder(state, ProgressReport(state, context.Now)));
            case CommandKind.Playbook:
                return Reply(state, WithDrillReminder(state, await PlaybookReportAsync(state, command.Argument, cancellationToken)));
            case CommandKind.Review:
                return Reply(state, await ReviewAsync(state, cancellationToken));
            case CommandKind.Approve:
            case CommandKind.Reject:
                return Reply(state, await DecideAsync(state, command, context.Now, cancellationToken));
            case CommandKind.Nominate:
                return await NominateAsync(state, command.Argument, context.Now, cancellationToken);
            case CommandKind.Hint:
                return state.Session is null
                    ? Reply(state, OutboundMessage.Plain("Hints are for drills. Start one with `practice`, then type `hint` when you're stuck."))
                    : Reply(state, engine.Hint(state.Session));
            case CommandKind.Skip:
                return state.Session is null ? Reply(state, OutboundMessage.Plain("There's no drill to skip. Type `practice` to start one.")) : engine.Skip(state, context.Now);
            case CommandKind.Stop:
                return state.Session is null
                    ? Reply(state, new OutboundMessage { Text = "There's no drill running. Here's what you can start:", Actions = StartActions() })
                    : DrillEngine.Stop(state, context.Now);
            default:
                return Reply(state, Help(state));
        }
    }

    private DrillUpdate StartPractice(TurnContext context, string? argument)
    {
        var state = context.State;
        string? reason = null;
        ObjectionCategory? category;
        if (argument is null)
        {
            var pick = PracticePlanner.PickCategory(Content, state, context.Now);
            category = pick.Category;
            reason = pick.Reason;
        }
        else
        {
            category = Content.ResolveCategory(argument);
            if (category is null)
            {
                return Reply(state, new OutboundMessage
                {
                    Text = $"I don't know the objection \u201C{argument}\u201D. Pick one of: {string.Join(", ", Content.Categories.Select(c => $"`{c.Id}`"))} \u2014 or just `practice` and I'll pick your weakest.",
                    Actions = [DrillMessages.Practice(null), .. Content.Categories.Select(c => DrillMessages.Practice(c, c.Name))],
                });
            }
        }

        return Switch(context, state => engine.StartPractice(state, category, reason, Guid.NewGuid(), context.Now));
    }

    private DrillUpdate StartRolePlay(TurnContext context, string? argument)
    {
        var state = context.State;
        if (argument is null)
        {
            return Reply(state, new OutboundMessage
            {
                Title = "Pick a role-play",
                Text = "Each is a multi-turn conversation. The buyer reacts to how you answer: weak answers get pushback, strong ones move the deal.",
                Sections =
                [
                    new MessageSection
                    {
                        Facts = Content.Scenarios.Select(s =>
                        {
                            var persona = Content.GetPersona(s.PersonaId);
                            return new MessageFact(s.Title, $"{persona.Name}, {persona.Title} \u00B7 {s.Difficulty.ToString().ToLowerInvariant()} \u00B7 `roleplay {s.Id}`");
                        }).ToList(),
                    },
                ],
                Actions = Content.Scenarios.Select(s => DrillMessages.RolePlay(s)).ToList(),
            });
        }

        var scenario = Content.ResolveScenario(argument)
            ?? (Content.ResolvePersona(argument) is { } persona ? Content.Scenarios.FirstOrDefault(s => s.PersonaId == persona.Id) : null);
        if (scenario is null)
        {
            return Reply(state, new OutboundMessage
            {
                Text = $"I don't have a role-play for \u201C{argument}\u201D. Try a buyer ({string.Join(", ", Content.Personas.Select(p => $"`{p.Id}`"))}) or pick one:",
                Actions = Content.Scenarios.Select(s => DrillMessages.RolePlay(s)).ToList(),
            });
        }

        return Switch(context, state => engine.StartRolePlay(state, scenario, Guid.NewGuid(), context.Now));
    }

    /// <summary>Starts a new drill, closing the one in flight first (its scores are kept).</summary>
    private static DrillUpdate Switch(TurnContext context, Func<UserState, DrillUpdate> start)
    {
        if (context.State.Session is null)
        {
            return start(context.State);
        }

        var stopped = DrillEngine.Stop(context.State, context.Now);
        var started = start(stopped.State);
        return started with
        {
            Messages = [OutboundMessage.Plain("Closed your previous drill; its scores are saved."), .. started.Messages],
            Records = [.. stopped.Records, .. started.Records],
        };
    }

    private async Task<DrillUpdate> NominateAsync(UserState state, string? candidateId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidate = state.Candidates.FirstOrDefault(c => c.Id == candidateId);
        if (candidate is null)
        {
            return Reply(state, OutboundMessage.Plain("I can't find that answer any more. Answers scoring 85+ in a drill can be nominated right after they're scored."));
        }

        if (candidate.Nominated)
        {
            return Reply(state, OutboundMessage.Plain("Already nominated \u2014 a manager will review it."));
        }

        var entry = new PlaybookEntry
        {
            Id = candidate.Id,
            TenantKey = state.User.TenantKey,
            CategoryId = candidate.CategoryId,
            PhrasingId = candidate.PhrasingId,
            Objection = candidate.Objection,
            Answer = candidate.Answer,
            Score = candidate.Score,
            RubricVersion = candidate.RubricVersion,
            Seller = state.User,
            SellerName = state.DisplayName,
            NominatedAt = now,
            Status = PlaybookStatus.Pending,
        };

        // Idempotent: if a previous try added it but didn't get to mark the candidate, adding again is a no-op.
        await playbook.TryAddAsync(entry, cancellationToken);
        var candidates = state.Candidates.Select(c => c.Id == candidate.Id ? c with { Nominated = true } : c).ToList();
        return Reply(state with { Candidates = candidates }, new OutboundMessage
        {
            Text = $"Nominated your {candidate.Score}/100 answer for the team playbook. A manager will review it; once approved it shows up as a model answer for teammates drilling {Content.FindCategory(candidate.CategoryId)?.Name ?? candidate.CategoryId}.",
            Actions = state.Session is null ? [DrillMessages.Practice(null)] : [],
        });
    }

    private async Task<OutboundMessage> ReviewAsync(UserState state, CancellationToken cancellationToken)
    {
        if (!roles.IsManager(state.User))
        {
            return OutboundMessage.Plain("Only managers review playbook nominations. Ask your SalesBot admin to add you as a manager.");
        }

        var pending = (await playbook.ListAsync(state.User.TenantKey, cancellationToken))
            .Where(e => e.Status == PlaybookStatus.Pending)
            .OrderBy(e => e.NominatedAt)
            .ToList();
        if (pending.Count == 0)
        {
            return OutboundMessage.Plain("No nominations waiting for review.");
        }

        var first = pending[0];
        return new OutboundMessage
        {
            Title = $"Playbook review: {pending.Count} waiting",
            Text = $"Oldest first. {first.SellerName ?? first.Seller.UserId} scored {first.Score}/100 ({Content.FindCategory(first.CategoryId)?.Name ?? first.CategoryId}).",
            Sections =
            [
                new MessageSection
                {
                    Facts =
                    [
                        new MessageFact("Objection", first.Objection),
                        new MessageFact("Answer", first.Answer),
                        new MessageFact("Rubric", first.RubricVersion),
                    ],
                },
            ],
            Actions =
            [
                MessageAction.With(DrillMessages.ActionApprove, "Approve", "entry", first.Id),
                MessageAction.With(DrillMessages.ActionReject, "Reject", "entry", first.Id),
            ],
        };
    }

    private async Task<OutboundMessage> DecideAsync(UserState state, Command command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!roles.IsManager(state.User))
        {
            return OutboundMessage.Plain("Only managers can approve or reject playbook answers.");
        }

        if (command.Argument is null || await playbook.GetAsync(state.User.TenantKey, command.Argument, cancellationToken) is not { } stored)
        {
            return OutboundMessage.Plain("I can't find that nomination. Type `review` to see what's waiting.");
        }

        if (stored.Entry.Status != PlaybookStatus.Pending)
        {
            return OutboundMessage.Plain($"That answer was already {stored.Entry.Status.ToString().ToLowerInvariant()}.");
        }

        var approve = command.Kind == CommandKind.Approve;
        var decided = stored.Entry with
        {
            Status = approve ? PlaybookStatus.Approved : PlaybookStatus.Rejected,
            ReviewedBy = state.User,
            ReviewedAt = now,
        };
        try
        {
            await playbook.ReplaceAsync(decided, stored.ETag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return OutboundMessage.Plain("Someone else reviewed that answer at the same moment. Type `review` to see what's left.");
        }

        return new OutboundMessage
        {
            Text = approve
                ? $"Approved. Teammates drilling {Content.FindCategory(decided.CategoryId)?.Name ?? decided.CategoryId} will now see it as a model answer."
                : "Rejected. It stays out of the playbook.",
            Actions = [new MessageAction(DrillMessages.ActionReview, "Next nomination")],
        };
    }

    private OutboundMessage ProgressReport(UserState state, DateTimeOffset now)
    {
        var snapshots = Content.Categories.Select(c => (Category: c, Snapshot: Proficiency.Of(c.Id, state.ProgressFor(c.Id), c.Phrasings.Count, now))).ToList();
        var proficient = snapshots.Count(x => x.Snapshot.IsProficient);
        var pick = PracticePlanner.PickCategory(Content, state, now);
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

    private async Task<OutboundMessage> PlaybookReportAsync(UserState state, string? argument, CancellationToken cancellationToken)
    {
        var entries = await playbook.ListAsync(state.User.TenantKey, cancellationToken);
        var approved = entries.Where(e => e.Status == PlaybookStatus.Approved).ToList();
        if (argument is not null)
        {
            var category = Content.ResolveCategory(argument);
            if (category is null)
            {
                return OutboundMessage.Plain($"I don't know the objection \u201C{argument}\u201D. Try `playbook price`, `playbook timing`, \u2026");
            }

            var best = approved.Where(e => e.CategoryId == category.Id).OrderByDescending(e => e.Score).Take(5).ToList();
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

        var mine = entries.Where(e => e.Seller == state.User).ToList();
        var facts = Content.Categories
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

        actions.AddRange(Content.Categories.Where(c => approved.Any(e => e.CategoryId == c.Id)).Select(c => MessageAction.With(DrillMessages.ActionPlaybook, $"Playbook: {c.Id}", "category", c.Id)));
        return new OutboundMessage
        {
            Title = "Team playbook",
            Text = "Model answers from your teammates' best drills, approved by a manager. Type `playbook <category>` to read them.",
            Sections = sections,
            Actions = actions,
        };
    }

    private async Task<IReadOnlyList<PlaybookEntry>> ApprovedAsync(string tenantKey, CancellationToken cancellationToken) =>
        (await playbook.ListAsync(tenantKey, cancellationToken)).Where(e => e.Status == PlaybookStatus.Approved).ToList();

    private OutboundMessage Help(UserState state)
    {
        var facts = new List<MessageFact>
        {
            new("practice [category]", $"Drill one objection: {string.Join(", ", Content.Categories.Select(c => c.Id))}. No category: I pick your weakest or most overdue."),
            new("roleplay [buyer|scenario]", $"A multi-turn conversation with a buyer ({string.Join(", ", Content.Personas.Select(p => p.Id))})."),
            new("progress", "Your proficiency per objection category."),
            new("playbook [category]", "Model answers your team approved."),
            new("hint", "During a drill: what good looks like."),
            new("skip", "During a practice drill: move to the next objection."),
            new("stop", "End the current drill (scores are kept)."),
        };
        if (roles.IsManager(state.User))
        {
            facts.Add(new MessageFact("review", "Approve or reject answers nominated for the playbook."));
        }

        return new OutboundMessage
        {
            Title = "SalesBot: practise objections right here in chat",
            Text = "I play your buyer and you answer as you would on a real call. Every answer is scored against an explainable rubric (acknowledge, explore, value and evidence, tailoring, next step), with your own words as evidence and a better line for whatever was missing. I keep drilling what's weak until you're proficient.",
            Sections = [new MessageSection { Title = "Commands", Facts = facts }],
            Actions = StartActions(),
        };
    }

    private OutboundMessage Welcome(TurnContext context) => new()
    {
        Title = $"Hi{(string.IsNullOrWhiteSpace(context.State.DisplayName) ? "" : " " + context.State.DisplayName)}, I'm SalesBot.",
        Text = "I play tough buyers so you can practise objections where you already work. Try `practice price`, or `help` to see everything.",
        Actions = StartActions(),
    };

    private OutboundMessage Unknown(UnknownCommand unknown) => new()
    {
        Text = (string.IsNullOrWhiteSpace(unknown.Text) ? "I didn't get any text." : $"I didn't understand \u201C{Truncate(unknown.Text, 60)}\u201D.")
            + (unknown.Suggestion is null ? "" : $" Did you mean `{unknown.Suggestion}`?")
            + " Try `practice price`, `roleplay cfo`, `progress` or `help`.",
        Actions = StartActions(),
    };

    private IReadOnlyList<MessageAction> StartActions() =>
    [
        DrillMessages.Practice(Content.FindCategory("price"), "Practice price"),
        DrillMessages.Practice(null),
        DrillMessages.RolePlay(null),
        DrillMessages.Progress(),
        new(DrillMessages.ActionPlaybook, "Playbook"),
    ];

    private OutboundMessage[] WithDrillReminder(UserState state, OutboundMessage message)
    {
        if (state.Session is not { } session)
        {
            return [message];
        }

        var persona = Content.FindPersona(session.PersonaId);
        return [message, OutboundMessage.Plain($"Your drill is still open: answer {persona?.FirstName ?? "the buyer"} when you're ready, or type `stop`.")];
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

    private static DrillUpdate Reply(UserState state, params OutboundMessage[] messages) => new() { State = state, Messages = messages };

    private static string Truncate(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "\u2026");

    private TranscriptEntry Transcript(InboundTurn turn, DrillUpdate step, DateTimeOffset now)
    {
        var scoredIn = step.ScoredIn;
        var session = scoredIn ?? step.State.Session;
        return new TranscriptEntry
        {
            Id = TranscriptEntry.IdFor(step.State.Turns),
            User = turn.User,
            Sequence = step.State.Turns,
            At = now,
            SessionId = session?.Id ?? (step.Records.Count > 0 ? step.Records[^1].Id : null),
            UserText = turn.Text,
            ActionId = turn.Action?.Id,
            Replies = step.Messages.Select(PlainText.Render).ToList(),
            Score = step.Score,
            RubricVersion = step.Score?.RubricVersion,
            ScenarioId = scoredIn?.ScenarioId,
            ScenarioVersion = scoredIn?.ScenarioVersion,
            StepId = scoredIn?.StepId,
            CategoryId = scoredIn?.CategoryId,
            PersonaId = scoredIn?.PersonaId,
            BuyerLine = scoredIn?.BuyerLine,
            ContentVersion = Content.Version,
        };
    }

    private sealed record TurnContext(InboundTurn Turn, UserState State, DateTimeOffset Now, bool IsNewUser);
}
