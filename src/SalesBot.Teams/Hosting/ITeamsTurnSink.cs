using SalesBot.Teams.Activities;
using SalesBot.Teams.Mapping;

namespace SalesBot.Teams.Hosting;

/// <summary>
/// Where authenticated, parsed Teams activities go: the seam to the channel-neutral pipeline (the default is
/// <see cref="Pipeline.TeamsTurnSink"/>). The endpoint calls <see cref="AcceptAsync"/> for messages, button presses
/// (Action.Submit), installs and uninstalls and answers 200 (or 503 for <see cref="TeamsAcceptance.RetryLater"/>) when it
/// returns, so an implementation should enqueue and return ("acknowledge, then send": replies go out through the
/// messenger). <see cref="InvokeAsync"/> answers an <c>adaptiveCard/action</c> invoke synchronously: its result is the
/// HTTP response (its <c>statusCode</c> is also the HTTP status).
/// </summary>
public interface ITeamsTurnSink
{
    Task<TeamsAcceptance> AcceptAsync(TeamsInbound inbound, CancellationToken cancellationToken);

    Task<AdaptiveCardInvokeResponse> InvokeAsync(TeamsInbound inbound, CancellationToken cancellationToken);
}
