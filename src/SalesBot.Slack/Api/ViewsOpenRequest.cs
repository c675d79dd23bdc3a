using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Api;

/// <summary><c>views.open</c> arguments: a modal, opened with a trigger id that is valid for 3 seconds.</summary>
public sealed record ViewsOpenRequest(string TriggerId, SlackView View);
