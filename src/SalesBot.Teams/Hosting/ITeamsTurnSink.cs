using SalesBot.Teams.Activities;
using SalesBot.Teams.Mapping;

namespace SalesBot.Teams.Hosting;

/// <summary>
/// Where authenticated, parsed Teams activities go: the seam to the channel-neutral pipeline. The endpoint calls
/// <see cref="AcceptAsync"/> for messages, button presses (Action.Submit), installs and uninstalls and answers 200 when it
/// returns, so an implementation should enqueue and return ("acknowledge, then send": replies go out through
/// <see cref="Connector.TeamsSender"/>). <see cref="InvokeAsync"/> answers an <c>adaptiveCard/action</c> invoke
/// synchronously: its result is the HTTP response body.
/// </summary>
public interface ITeamsTurnSink
{
    Task AcceptAsync(TeamsInbound inbound, CancellationToken cancellationToken);

    Task<AdaptiveCardInvokeResponse> InvokeAsync(TeamsInbound inbound, CancellationToken cancellationToken);
}
