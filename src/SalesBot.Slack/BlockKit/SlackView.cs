namespace SalesBot.Slack.BlockKit;

/// <summary>A modal or the App Home tab (<c>type</c> <c>modal</c> | <c>home</c>), up to 100 blocks.</summary>
public sealed record SlackView(string Type, IReadOnlyList<SlackBlock> Blocks)
{
    public const string ModalType = "modal";
    public const string HomeType = "home";

    /// <summary>Modal title (plain text ≤ 24 characters).</summary>
    public SlackText? Title { get; init; }

    public SlackText? Submit { get; init; }

    public SlackText? Close { get; init; }

    public string? CallbackId { get; init; }

    /// <summary>Opaque state sent back on submission (≤ 3000 characters).</summary>
    public string? PrivateMetadata { get; init; }

    public string? ExternalId { get; init; }

    public bool? NotifyOnClose { get; init; }
}
