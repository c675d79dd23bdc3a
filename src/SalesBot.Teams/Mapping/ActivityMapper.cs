using System.Globalization;
using System.Text.Json;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Cards;

namespace SalesBot.Teams.Mapping;

/// <summary>
/// Maps an authenticated activity to channel-neutral terms (<see cref="TeamsInbound"/>). Unknown types and events are
/// <see cref="TeamsInboundKind.Ignored"/>; a missing <c>type</c>, or an activity SalesBot would act on that lacks the ids
/// to answer it, throws <see cref="ActivityMappingException"/> (400).
/// </summary>
public static class ActivityMapper
{
    public const int MaxLocaleLength = 35;
    private static readonly IReadOnlyDictionary<string, string> NoData = new Dictionary<string, string>();

    public static TeamsInbound Map(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            throw new ActivityMappingException("The activity has no type.");
        }

        return activity.Type switch
        {
            _ when Is(activity.Type, ActivityTypes.Message) => MapMessage(activity),
            _ when Is(activity.Type, ActivityTypes.ConversationUpdate) => MapConversationUpdate(activity),
            _ when Is(activity.Type, ActivityTypes.InstallationUpdate) => MapInstallationUpdate(activity),
            _ when Is(activity.Type, ActivityTypes.Invoke) => MapInvoke(activity),
            _ => Ignored(activity),
        };
    }

    private static TeamsInbound MapMessage(Activity activity)
    {
        var reference = RequireReference(activity);
        if (activity.Value is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value)
        {
            var (action, title) = FromSubmitValue(value);
            return new TeamsInbound { Kind = TeamsInboundKind.Action, Activity = activity, Reference = reference, Action = action, ActionTitle = title };
        }

        var text = MentionText.StripBotMentions(activity.Text ?? "", activity.Entities, activity.Recipient?.Id);
        return new TeamsInbound { Kind = TeamsInboundKind.Message, Activity = activity, Reference = reference, Text = text };
    }

    private static TeamsInbound MapConversationUpdate(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null)
        {
            return Ignored(activity);
        }

        if (activity.MembersAdded?.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase)) == true)
        {
            return new TeamsInbound { Kind = TeamsInboundKind.Installed, Activity = activity, Reference = RequireReference(activity) };
        }

        if (activity.MembersRemoved?.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase)) == true)
        {
            return new TeamsInbound { Kind = TeamsInboundKind.Uninstalled, Activity = activity, Reference = RequireReference(activity) };
        }

        return Ignored(activity);
    }

    private static TeamsInbound MapInstallationUpdate(Activity activity)
    {
        var action = activity.Action ?? "";
        var upgrade = action.EndsWith("-upgrade", StringComparison.OrdinalIgnoreCase);
        if (action.StartsWith("add", StringComparison.OrdinalIgnoreCase))
        {
            return new TeamsInbound { Kind = TeamsInboundKind.Installed, Activity = activity, Reference = RequireReference(activity), IsUpgrade = upgrade };
        }

        if (action.StartsWith("remove", StringComparison.OrdinalIgnoreCase))
        {
            return new TeamsInbound { Kind = TeamsInboundKind.Uninstalled, Activity = activity, Reference = RequireReference(activity), IsUpgrade = upgrade };
        }

        return Ignored(activity);
    }

    private static TeamsInbound MapInvoke(Activity activity)
    {
        if (!string.Equals(activity.Name, ActivityTypes.AdaptiveCardAction, StringComparison.Ordinal))
        {
            return new TeamsInbound { Kind = TeamsInboundKind.UnsupportedInvoke, Activity = activity, Reference = TryReference(activity) };
        }

        var reference = RequireReference(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            throw new ActivityMappingException("An adaptiveCard/action invoke needs value.action.");
        }

        var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var data = action.TryGetProperty("data", out var d) ? d : default;
        ActionInvocation invocation;
        string? title = action.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty(SubmitData.Key, out _))
        {
            (invocation, var submitTitle) = FromSubmitValue(data);
            title = submitTitle ?? title;
        }
        else
        {
            invocation = new ActionInvocation(verb ?? "", data.ValueKind == JsonValueKind.Object ? Scalars(data) : NoData);
        }

        return new TeamsInbound { Kind = TeamsInboundKind.Action, Activity = activity, Reference = reference, Action = invocation, ActionTitle = title };
    }

    /// <summary>
    /// An Action.Submit <c>value</c>: SalesBot's own <c>{"salesbot":{id,title,data}}</c> (or a choice index into
    /// <c>choices</c>); any other object is a foreign or stale card: its <c>action</c> string (if any) and scalar fields.
    /// </summary>
    internal static (ActionInvocation Action, string? Title) FromSubmitValue(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new ActivityMappingException("A card submit value must be a JSON object.");
        }

        if (!value.TryGetProperty(SubmitData.Key, out var element))
        {
            var id = value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()! : "";
            return (new ActionInvocation(id, Scalars(value)), null);
        }

        SalesBotSubmit? submit;
        try
        {
            submit = element.Deserialize(TeamsJsonContext.Default.SalesBotSubmit);
        }
        catch (JsonException ex)
        {
            throw new ActivityMappingException($"The button data is malformed: {ex.Message}", ex);
        }

        if (submit?.Choices is { Count: > 0 } choices)
        {
            var selected = value.TryGetProperty(SubmitData.ChoiceInputId, out var s) ? s : default;
            var text = selected.ValueKind switch
            {
                JsonValueKind.String => selected.GetString(),
                JsonValueKind.Number => selected.GetRawText(),
                _ => null,
            };
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 0 || index >= choices.Count)
            {
                throw new ActivityMappingException("The selected option is missing or out of range.");
            }

            var choice = choices[index];
            return (new ActionInvocation(choice.Id ?? "", choice.Data ?? NoData), choice.Title);
        }

        if (string.IsNullOrEmpty(submit?.Id))
        {
            throw new ActivityMappingException("The button data has no action id.");
        }

        // A form's inputs come back next to "salesbot", keyed by their ids: they join the action's data (the button's
        // own data wins on a clash, so a field can't change which item a button acts on).
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, input) in Scalars(value))
        {
            if (key != SubmitData.ChoiceInputId)
            {
                data[key] = input;
            }
        }

        foreach (var (key, own) in submit.Data ?? NoData)
        {
            data[key] = own;
        }

        return (new ActionInvocation(submit.Id, data), submit.Title);
    }

    /// <summary>The top-level strings, numbers and booleans of an object (nested objects such as <c>msteams</c> are skipped).</summary>
    private static Dictionary<string, string> Scalars(JsonElement value)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.NameEquals("action"))
            {
                continue;
            }

            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    data[property.Name] = property.Value.GetString()!;
                    break;
                case JsonValueKind.Number:
                case JsonValueKind.True:
                case JsonValueKind.False:
                    data[property.Name] = property.Value.GetRawText();
                    break;
            }
        }

        return data;
    }

    private static TeamsConversationReference RequireReference(Activity activity) =>
        TryReference(activity) ?? throw new ActivityMappingException(MissingIds(activity));

    private static TeamsConversationReference? TryReference(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || string.IsNullOrWhiteSpace(activity.Conversation?.Id)
            || string.IsNullOrWhiteSpace(activity.Recipient?.Id) || string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return null;
        }

        var clientInfo = activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));
        return new TeamsConversationReference
        {
            ServiceUrl = activity.ServiceUrl,
            ConversationId = activity.Conversation.Id,
            ConversationType = activity.Conversation.ConversationType,
            TenantId = NullIfBlank(activity.Conversation.TenantId) ?? NullIfBlank(activity.ChannelData?.Tenant?.Id),
            BotId = activity.Recipient.Id,
            BotName = activity.Recipient.Name,
            UserId = activity.From.Id,
            AadObjectId = NullIfBlank(activity.From.AadObjectId),
            UserName = NullIfBlank(activity.From.Name),
            Locale = Locale(activity.Locale) ?? Locale(clientInfo?.Locale),
            TimeZone = TimeZone(activity.LocalTimezone) ?? TimeZone(clientInfo?.Timezone),
        };
    }

    private static string MissingIds(Activity activity)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            missing.Add("serviceUrl");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            missing.Add("conversation.id");
        }

        if (string.IsNullOrWhiteSpace(activity.Recipient?.Id))
        {
            missing.Add("recipient.id");
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            missing.Add("from.id");
        }

        return $"The {activity.Type} activity lacks {string.Join(", ", missing)}.";
    }

    private static string? Locale(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Length > MaxLocaleLength || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? null
            : value;

    /// <summary>An IANA zone id this machine knows; anything else is dropped rather than stored.</summary>
    private static string? TimeZone(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(value, out _) ? null : value;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static TeamsInbound Ignored(Activity activity) =>
        new() { Kind = TeamsInboundKind.Ignored, Activity = activity, Reference = TryReference(activity) };

    private static bool Is(string type, string expected) => string.Equals(type, expected, StringComparison.OrdinalIgnoreCase);
}
