using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Host.Channels.Pipeline;
using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Sqlite;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Pipeline;

/// <summary>Acknowledge, then send: the real engine, SQLite store and queue, with a fake channel messenger.</summary>
public sealed class TurnPipelineTests : IAsyncLifetime
{
    private PipelineHost _bot = null!;

    public async Task InitializeAsync() => _bot = await PipelineHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Enqueue_ReturnsAtOnce_AndTheRepliesFollowThroughTheMessenger()
    {
        var release = new TaskCompletionSource();
        _bot.Messenger.Hold = (_, _) => release.Task;

        var accepted = _bot.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", "help", "m1"), CancellationToken.None);

        Assert.True(accepted.IsCompleted);
        Assert.Equal(EnqueueResult.Accepted, await accepted);
        Assert.Empty(_bot.Messenger.Deliveries);
        release.SetResult();
        await _bot.Messenger.WaitForAsync(1);
        var delivery = Assert.Single(_bot.Messenger.Deliveries);
        Assert.Equal("a:alice", delivery.Reference.ConversationId);
        Assert.Contains(delivery.Messages, m => m.Title?.Contains("SalesBot", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task RepliesOfOneUser_KeepTheTurnOrder_WhenTheMessengerIsSlow()
    {
        // The first delivery is held back; later turns are queued behind it and must not overtake it.
        var release = new TaskCompletionSource();
        _bot.Messenger.Hold = (to, call) => to.ChannelUserId == "29:alice" && call == 0 ? release.Task : Task.CompletedTask;
        string[] texts = ["help", "progress", "playbook", "practice price"];
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(EnqueueResult.Accepted, await _bot.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", texts[i], $"m{i}"), CancellationToken.None));
        }

        // Another user's turn is not held up by alice's slow delivery.
        var bob = await _bot.Pipeline.ProcessAsync(PipelineHost.Turn("bob", "help"), TurnDelivery.RepliesByMessenger, CancellationToken.None);
        Assert.Equal(TurnStatus.Handled, bob.Status);
        Assert.DoesNotContain(_bot.Messenger.Deliveries, d => d.Reference.ChannelUserId == "29:alice");

        release.SetResult();
        await _bot.Messenger.WaitForAsync(texts.Length + 1);
        var alice = _bot.Messenger.Deliveries.Where(d => d.Reference.ChannelUserId == "29:alice").ToList();
        Assert.Equal(texts.Length, alice.Count);
        Assert.StartsWith("Hi alice", alice[0].Messages[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("Your progress", alice[1].Messages[0].Title, StringComparison.Ordinal);
        Assert.Equal("Team playbook", alice[2].Messages[0].Title);
        Assert.Equal(MessageKind.Buyer, alice[3].Messages[^1].Kind);
    }

    [Fact]
    public async Task SynchronousTurn_WaitsBehindTheUsersQueuedTurn()
    {
        var delivering = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        _bot.Messenger.Hold = (_, _) =>
        {
            delivering.TrySetResult();
            return release.Task;
        };
        await _bot.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", "practice price", "m1"), CancellationToken.None);
        await delivering.Task;

        var invoke = _bot.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "hint"), TurnDelivery.Caller, CancellationToken.None);
        Assert.False(invoke.IsCompleted);
        release.SetResult();
        var hint = await invoke;

        // It ran on the state the earlier turn committed: the drill it started.
        Assert.Equal(TurnStatus.Handled, hint.Status);
        Assert.DoesNotContain("Hints are for drills", hint.Replies[0].Text ?? "", StringComparison.Ordinal);
        Assert.Single(_bot.Messenger.Deliveries);
        Assert.Equal(["practice price", "hint"], (await _bot.Store.GetTranscriptAsync(PipelineHost.User("alice"), CancellationToken.None)).Select(e => e.UserText));
    }

    [Fact]
    public async Task Replies_AreSentOnlyAfterTheTurnIsCommitted()
    {
        var committedBeforeSend = new List<bool>();
        _bot.Messenger.OnSend = async (reference, _) =>
        {
            var transcript = await _bot.Store.GetTranscriptAsync(PipelineHost.User("alice"), CancellationToken.None);
            committedBeforeSend.Add(transcript.Count == committedBeforeSend.Count + 1);
        };

        await _bot.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", "help", "m1"), CancellationToken.None);
        await _bot.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", "practice price", "m2"), CancellationToken.None);
        await _bot.Messenger.WaitForAsync(2);

        Assert.Equal([true, true], committedBeforeSend);
    }

    [Fact]
    public async Task Replies_GoToTheStoredReference_WhenATurnBringsOnlyPartOfIt()
    {
        await _bot.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "hi"), TurnDelivery.RepliesByMessenger, CancellationToken.None);

        var minimal = PipelineHost.Reference("alice") with { ServiceUrl = null, BotId = null };
        await _bot.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "help") with { Reference = minimal }, TurnDelivery.RepliesByMessenger, CancellationToken.None);

        var reference = _bot.Messenger.Deliveries[^1].Reference;
        Assert.Equal("https://smba.example/amer/", reference.ServiceUrl);
        Assert.Equal("28:bot", reference.BotId);
    }

    [Fact]
    public async Task RedeliveredMessage_IsProcessedOnce_OnOneInstance()
    {
        var release = new TaskCompletionSource();
        _bot.Messenger.Hold = (_, _) => release.Task;

        var first = await _bot.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", "practice price", "activity-1"), CancellationToken.None);
        var whileQueued = await _bot.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", "practice price", "activity-1"), CancellationToken.None);
        release.SetResult();
        await _bot.Messenger.WaitForAsync(1);
        var afterwards = await _bot.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "practice price", "activity-1"), TurnDelivery.RepliesByMessenger, CancellationToken.None);

        Assert.Equal(EnqueueResult.Accepted, first);
        Assert.Equal(EnqueueResult.Duplicate, whileQueued);
        Assert.Equal(TurnStatus.Duplicate, afterwards.Status);
        Assert.Single(_bot.Messenger.Deliveries);
        Assert.Single(await _bot.Store.GetTranscriptAsync(PipelineHost.User("alice"), CancellationToken.None));
    }

    [Fact]
    public async Task RedeliveredMessage_AfterARestart_IsDroppedByTheIdStoredWithTheUser()
    {
        await _bot.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "practice price", "activity-1"), TurnDelivery.RepliesByMessenger, CancellationToken.None);
        await _bot.StopAsync();

        await using var restarted = await PipelineHost.StartAsync(_bot.DatabasePath);
        var again = await restarted.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "practice price", "activity-1"), TurnDelivery.RepliesByMessenger, CancellationToken.None);
        var next = await restarted.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "stop", "activity-2"), TurnDelivery.RepliesByMessenger, CancellationToken.None);

        Assert.Equal(TurnStatus.Duplicate, again.Status);
        Assert.Equal(TurnStatus.Handled, next.Status);
        Assert.Equal(["practice price", "stop"], (await restarted.Store.GetTranscriptAsync(PipelineHost.User("alice"), CancellationToken.None)).Select(e => e.UserText));
    }

    [Fact]
    public async Task ProactiveSend_WaitsForTheUsersTurn_AndNeitherLosesItsUpdate()
    {
        await _bot.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "hi"), TurnDelivery.RepliesByMessenger, CancellationToken.None);
        var delivering = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        _bot.Messenger.Hold = (_, call) =>
        {
            if (call != 1)
            {
                return Task.CompletedTask;
            }

            delivering.SetResult();
            return release.Task;
        };

        // The turn is delivering (lock held) when the job sends; the job's composer changes the same state document.
        await _bot.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", "practice price", "m2"), CancellationToken.None);
        await delivering.Task;
        var proactive = _bot.Proactive.SendAsync(
            new ProactiveRequest
            {
                User = PipelineHost.User("alice"),
                Reason = "test-nudge",
                Compose = (state, _) => new ProactiveStep(state with { DisplayName = "Alice (nudged)" }, [OutboundMessage.Plain("Time for a drill?")]),
            },
            CancellationToken.None);
        var transcriptWhileHeld = await _bot.Store.GetTranscriptAsync(PipelineHost.User("alice"), CancellationToken.None);
        Assert.False(proactive.IsCompleted);
        release.SetResult();
        var result = await proactive;

        Assert.Equal(ProactiveStatus.Delivered, result.Status);
        Assert.Equal(2, transcriptWhileHeld.Count);
        var deliveries = _bot.Messenger.Deliveries;
        Assert.Equal(MessageKind.Buyer, deliveries[1].Messages[^1].Kind);
        Assert.Equal("Time for a drill?", deliveries[2].Messages.Single().Text);
        var state = (await _bot.Store.LoadAsync(PipelineHost.User("alice"), CancellationToken.None))!.State;
        Assert.NotNull(state.Session);
        Assert.Equal("Alice (nudged)", state.DisplayName);
        var transcript = await _bot.Store.GetTranscriptAsync(PipelineHost.User("alice"), CancellationToken.None);
        Assert.Equal([false, false, true], transcript.Select(e => e.BotInitiated));
        Assert.Equal("test-nudge", transcript[^1].Reason);
    }

    [Fact]
    public async Task JobHoldingTheUserLock_KeepsTheUsersTurnsWaiting()
    {
        var held = await _bot.Locks.AcquireAsync(PipelineHost.User("alice"), CancellationToken.None);

        var turn = _bot.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "help"), TurnDelivery.RepliesByMessenger, CancellationToken.None);
        var other = await _bot.Pipeline.ProcessAsync(PipelineHost.Turn("bob", "help"), TurnDelivery.RepliesByMessenger, CancellationToken.None);

        Assert.Equal(TurnStatus.Handled, other.Status);
        Assert.False(turn.IsCompleted);
        Assert.Empty(await _bot.Store.GetTranscriptAsync(PipelineHost.User("alice"), CancellationToken.None));
        held.Dispose();
        Assert.Equal(TurnStatus.Handled, (await turn).Status);
    }

    [Fact]
    public async Task RecipientGone_MarksTheReferenceInactive_AndLaterProactiveSendsStop()
    {
        await _bot.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "hi"), TurnDelivery.RepliesByMessenger, CancellationToken.None);
        _bot.Messenger.Answer = (_, _) => DeliveryResult.Gone("403 bot not in conversation roster");

        var proactive = await _bot.Proactive.SendAsync(Nudge("alice"), CancellationToken.None);
        var again = await _bot.Proactive.SendAsync(Nudge("alice"), CancellationToken.None);

        Assert.Equal(ProactiveStatus.RecipientGone, proactive.Status);
        Assert.Equal(ProactiveStatus.Inactive, again.Status);
        var reference = (await _bot.Store.LoadAsync(PipelineHost.User("alice"), CancellationToken.None))!.State.Reference!;
        Assert.False(reference.Active);
        Assert.Contains("403", reference.InactiveReason, StringComparison.Ordinal);
        Assert.False((await _bot.Roster.GetAsync(PipelineHost.User("alice"), CancellationToken.None))!.Reference.Active);
        Assert.Equal(2, _bot.Messenger.Deliveries.Count);
    }

    [Fact]
    public async Task RemovedEvent_MarksTheReferenceInactive_AndTheNextMessageReactivatesIt()
    {
        await _bot.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "hi"), TurnDelivery.RepliesByMessenger, CancellationToken.None);

        var removed = await _bot.Pipeline.ProcessAsync(
            PipelineHost.Turn("alice", null) with { Kind = TurnKind.Removed, Reference = PipelineHost.Reference("alice") with { InactiveReason = "uninstalled" } },
            TurnDelivery.RepliesByMessenger,
            CancellationToken.None);
        var whileRemoved = await _bot.Proactive.SendAsync(Nudge("alice"), CancellationToken.None);
        var inactive = (await _bot.Roster.GetAsync(PipelineHost.User("alice"), CancellationToken.None))!.Reference;
        await _bot.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "help"), TurnDelivery.RepliesByMessenger, CancellationToken.None);

        Assert.Empty(removed.Replies);
        Assert.Equal(ProactiveStatus.Inactive, whileRemoved.Status);
        Assert.Equal("uninstalled", inactive.InactiveReason);
        Assert.True((await _bot.Roster.GetAsync(PipelineHost.User("alice"), CancellationToken.None))!.Reference.Active);
        Assert.Equal(2, _bot.Messenger.Deliveries.Count);
    }

    [Fact]
    public async Task Shutdown_FinishesTheQueuedTurns_AndRefusesNewOnes()
    {
        var release = new TaskCompletionSource();
        _bot.Messenger.Hold = (to, call) => to.ChannelUserId == "29:alice" && call == 0 ? release.Task : Task.CompletedTask;
        for (var i = 0; i < 3; i++)
        {
            await _bot.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", i == 0 ? "help" : "progress", $"m{i}"), CancellationToken.None);
        }

        await _bot.Pipeline.EnqueueAsync(PipelineHost.Turn("bob", "help", "b0"), CancellationToken.None);

        // The queue's own stop (the host calls it on shutdown): it stops accepting at once, then drains.
        var stopping = _bot.Services.GetRequiredService<TurnQueue>().StopAsync(CancellationToken.None);
        var late = await _bot.Pipeline.EnqueueAsync(PipelineHost.Turn("carol", "help", "c0"), CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        release.SetResult();
        await stopping;

        Assert.Equal(EnqueueResult.ShuttingDown, late);
        Assert.Equal(4, _bot.Messenger.Deliveries.Count);
        Assert.Equal(3, (await _bot.Store.GetTranscriptAsync(PipelineHost.User("alice"), CancellationToken.None)).Count);
        Assert.Equal(0, _bot.Services.GetRequiredService<TurnQueue>().Count);
    }

    [Fact]
    public async Task FullQueue_RefusesWork_SoThePlatformRetries()
    {
        await using var small = await PipelineHost.StartAsync(settings: new Dictionary<string, string?> { ["Pipeline:QueueCapacity"] = "2" });
        var release = new TaskCompletionSource();
        small.Messenger.Hold = (_, _) => release.Task;

        var results = new List<EnqueueResult>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(await small.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", "help", $"m{i}"), CancellationToken.None));
        }

        var sync = await small.Pipeline.ProcessAsync(PipelineHost.Turn("bob", "help"), TurnDelivery.Caller, CancellationToken.None);
        release.SetResult();
        await small.Messenger.WaitForAsync(2);
        var retried = await small.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", "help", "m2"), CancellationToken.None);

        Assert.Equal([EnqueueResult.Accepted, EnqueueResult.Accepted, EnqueueResult.Overloaded], results);
        Assert.Equal(TurnStatus.Overloaded, sync.Status);
        Assert.Equal(EnqueueResult.Accepted, retried);
    }

    [Fact]
    public async Task ButtonPress_UpdatesThePressedCard_BeforeTheReplies()
    {
        await _bot.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "hi"), TurnDelivery.RepliesByMessenger, CancellationToken.None);

        await _bot.Pipeline.EnqueueAsync(
            PipelineHost.Turn("alice", null, "m2") with { Action = new ActionInvocation("progress", new Dictionary<string, string>()) { SourceMessageId = "card-7" } },
            CancellationToken.None);
        await _bot.Messenger.WaitForAsync(3);

        var update = _bot.Messenger.Deliveries[1];
        Assert.Equal("card-7", update.UpdatedMessageId);
        Assert.Equal(SourceUpdateKind.RetireActions, update.Update!.Kind);
        Assert.StartsWith("Your progress", _bot.Messenger.Deliveries[2].Messages[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoreOutage_SendsAFriendlyReply_AndWritesNothing()
    {
        var documents = new SwitchableDocuments();
        await using var bot = await PipelineHost.StartAsync(configure: services =>
        {
            services.AddSingleton(documents);
            services.AddSingleton<IDocumentStore>(sp => documents.Wrap(sp.GetRequiredService<SqliteDocumentStore>()));
        });
        documents.FailWrites = true;

        await bot.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", "practice price", "m1"), CancellationToken.None);
        await bot.Messenger.WaitForAsync(1);
        documents.FailWrites = false;

        var reply = Assert.Single(bot.Messenger.Deliveries).Messages.Single();
        Assert.Equal(MessageKind.Error, reply.Kind);
        Assert.Contains("something went wrong on my side", reply.Text, StringComparison.Ordinal);
        Assert.Null(await bot.Store.LoadAsync(PipelineHost.User("alice"), CancellationToken.None));
        Assert.Empty(await bot.Store.GetTranscriptAsync(PipelineHost.User("alice"), CancellationToken.None));
        Assert.Empty(await bot.Roster.ListAsync("test:t1", CancellationToken.None));

        // The platform redelivers: the failed id was not remembered, so the turn now runs (as a first contact).
        await bot.Pipeline.EnqueueAsync(PipelineHost.Turn("alice", "practice price", "m1"), CancellationToken.None);
        await bot.Messenger.WaitForAsync(2);
        Assert.StartsWith("Hi alice", bot.Messenger.Deliveries[1].Messages[0].Title, StringComparison.Ordinal);
    }

    private static ProactiveRequest Nudge(string user) => new()
    {
        User = PipelineHost.User(user),
        Reason = "test-nudge",
        Messages = [OutboundMessage.Plain("Time for a drill?")],
    };
}
