using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SalesBot.Slack.Configuration;

/// <summary>
/// Checks the <c>Slack</c> section (<see cref="SlackOptionsValidator"/>) when the host starts, before the Slack services
/// run: a half-filled section stops the start with a <see cref="SlackConfigurationException"/> naming the keys, printed
/// as those lines only. It never calls Slack, so an unreachable API can't stop the start.
/// </summary>
internal sealed class SlackStartupCheck(IOptions<SlackOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var result = new SlackOptionsValidator().Validate(Options.DefaultName, options.Value);
        if (result.Failed)
        {
            throw new SlackConfigurationException(result.Failures);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
