using System.Text.Json;

namespace SalesBot.Slack.Inbound.Wire;

/// <summary>The outer Events API body: <c>url_verification</c>, <c>event_callback</c>, <c>app_rate_limited</c>.</summary>
internal sealed record EventCallbackWire
{
    public string? Type { get; init; }

    public string? Challenge { get; init; }

    public string? TeamId { get; init; }

    public string? EnterpriseId { get; init; }

    public string? ApiAppId { get; init; }

    public string? EventId { get; init; }

    public long? EventTime { get; init; }

    public JsonElement? Event { get; init; }

    public IReadOnlyList<AuthorizationWire>? Authorizations { get; init; }
}
