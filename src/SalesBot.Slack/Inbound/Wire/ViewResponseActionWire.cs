using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Inbound.Wire;

/// <summary>The JSON answer to <c>view_submission</c>: <c>{"response_action":"errors","errors":{…}}</c>, update, push or clear.</summary>
internal sealed record ViewResponseActionWire(string ResponseAction)
{
    public IReadOnlyDictionary<string, string>? Errors { get; init; }

    public SlackView? View { get; init; }
}
