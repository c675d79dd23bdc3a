using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SalesBot.Slack.Json;

namespace SalesBot.Slack.Installations;

/// <summary>The JSON form of an installation, for stores that keep documents (source-generated, snake_case).</summary>
public static class SlackInstallationJson
{
    public static JsonTypeInfo<SlackInstallation> TypeInfo => SlackJsonContext.Default.SlackInstallation;

    public static string Serialize(SlackInstallation installation) => JsonSerializer.Serialize(installation, TypeInfo);

    public static SlackInstallation? Deserialize(string json) => JsonSerializer.Deserialize(json, TypeInfo);
}
