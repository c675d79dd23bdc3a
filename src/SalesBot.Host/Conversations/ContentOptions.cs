namespace SalesBot.Host.Conversations;

/// <summary>Where drill content comes from: the embedded files, optionally overlaid by a folder of YAML files.</summary>
internal sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>A folder whose <c>objections.yaml</c>, <c>personas.yaml</c> and <c>scenarios/*.yaml</c> replace or add to the embedded ones.</summary>
    public string? Directory { get; set; }
}
