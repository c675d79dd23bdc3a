using System.Globalization;
using System.Text.Json;
using SalesBot.Core.Conversations;
using SalesBot.Slack.Json;

namespace SalesBot.Slack.BlockKit;

/// <summary>
/// Carries a channel-neutral button (action id + data) through Slack: <c>action_id</c> = <c>sb.{index}.{id}</c> (unique in a
/// message, as Slack requires) and <c>value</c> = the data as a JSON object. Decoding restores exactly the id and data.
/// </summary>
public static class SlackActionCodec
{
    private const string Prefix = "sb.";

    public static string EncodeActionId(string actionId, int index)
    {
        ArgumentException.ThrowIfNullOrEmpty(actionId);
        var encoded = Prefix + index.ToString(CultureInfo.InvariantCulture) + "." + actionId;
        if (encoded.Length > BlockKitLimits.ActionId)
        {
            throw new ArgumentException($"The action id '{actionId}' is longer than Slack's action_id limit allows.", nameof(actionId));
        }

        return encoded;
    }

    /// <summary>The button <c>value</c>, or null when the action has no data.</summary>
    public static string? EncodeValue(IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count == 0)
        {
            return null;
        }

        var value = JsonSerializer.Serialize(new Dictionary<string, string>(data, StringComparer.Ordinal), SlackJsonContext.Default.DictionaryStringString);
        if (value.Length > BlockKitLimits.ButtonValue)
        {
            throw new ArgumentException($"The button data is {value.Length} characters as JSON; Slack allows {BlockKitLimits.ButtonValue}.", nameof(data));
        }

        return value;
    }

    /// <summary>Restores the action from a <c>block_actions</c> entry. Foreign ids (not from this codec) pass through with <c>value</c> as data.</summary>
    public static ActionInvocation Decode(string actionId, string? value)
    {
        ArgumentNullException.ThrowIfNull(actionId);
        var id = actionId;
        if (actionId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var dot = actionId.IndexOf('.', Prefix.Length);
            if (dot > Prefix.Length && int.TryParse(actionId.AsSpan(Prefix.Length, dot - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                id = actionId[(dot + 1)..];
            }
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(value))
        {
            if (value.StartsWith('{') && TryParseData(value) is { } parsed)
            {
                return new ActionInvocation(id, parsed);
            }

            data["value"] = value;
        }

        return new ActionInvocation(id, data);
    }

    private static Dictionary<string, string>? TryParseData(string value)
    {
        try
        {
            return JsonSerializer.Deserialize(value, SlackJsonContext.Default.DictionaryStringString);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
