namespace SalesBot.Slack.Api;

/// <summary>
/// Every wait the Slack layer makes (429 <c>Retry-After</c>, channel pacing, reconnect backoff) goes through here, so tests
/// can observe and fast-forward delays instead of sleeping.
/// </summary>
public interface ISlackDelay
{
    Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken);
}
