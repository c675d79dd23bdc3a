using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.Inbound;

public sealed class DispatchTests
{
    [Fact]
    public async Task SinkThrows_FailureLogged_LaneKeepsDelivering()
    {
        var sink = new FailingOnceSink();
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.HttpSettings(), services => services.AddSingleton<ISlackTurnSink>(sink));

        using (await app.SendAsync(SlackRequests.Event(Fixtures.Read("events/message_im.json"), app.Time.GetUtcNow())))
        {
        }

        using (await app.SendAsync(SlackRequests.Event(Fixtures.Read("events/app_home_opened.json"), app.Time.GetUtcNow())))
        {
        }

        Assert.IsType<SlackAppHomeOpened>(await sink.Delivered.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains(app.Logs.Lines, l => l.Contains("failed in the turn sink", StringComparison.Ordinal) && l.Contains("Ev0MSG0001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueueFull_RefusedWith503SoSlackRetries()
    {
        var sink = new BlockingSink();
        var settings = SlackTestApp.HttpSettings();
        settings["Slack:DispatchLanes"] = "1";
        settings["Slack:QueueCapacity"] = "1";
        await using var app = await SlackTestApp.StartAsync(settings, services => services.AddSingleton<ISlackTurnSink>(sink));

        using var first = await app.SendAsync(SlackRequests.Event(Fixtures.Read("events/message_im.json"), app.Time.GetUtcNow()));
        await sink.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var queued = await app.SendAsync(SlackRequests.Event(Fixtures.Read("events/app_mention.json"), app.Time.GetUtcNow()));
        using var refused = await app.SendAsync(SlackRequests.Event(Fixtures.Read("events/app_home_opened.json"), app.Time.GetUtcNow()));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable), (first.StatusCode, queued.StatusCode, refused.StatusCode));
        sink.Release.TrySetResult();
    }

    private sealed class FailingOnceSink : ISlackTurnSink
    {
        private int _calls;

        public TaskCompletionSource<SlackInbound> Delivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task HandleAsync(SlackInbound inbound, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                throw new InvalidOperationException("pipeline down");
            }

            Delivered.TrySetResult(inbound);
            return Task.CompletedTask;
        }

        public Task<SlackViewSubmissionResult> SubmitViewAsync(SlackViewSubmission submission, CancellationToken cancellationToken) =>
            Task.FromResult(SlackViewSubmissionResult.Close);
    }

    private sealed class BlockingSink : ISlackTurnSink
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task HandleAsync(SlackInbound inbound, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
        }

        public Task<SlackViewSubmissionResult> SubmitViewAsync(SlackViewSubmission submission, CancellationToken cancellationToken) =>
            Task.FromResult(SlackViewSubmissionResult.Close);
    }
}
