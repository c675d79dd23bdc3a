namespace SalesBot.Slack.BlockKit;

/// <summary>Block Kit limits the renderer stays within (Slack rejects the whole message otherwise).</summary>
public static class BlockKitLimits
{
    public const int BlocksPerMessage = 50;
    public const int BlocksPerView = 100;
    public const int FieldsPerSection = 10;
    public const int FieldText = 2000;
    public const int SectionText = 3000;
    public const int HeaderText = 150;
    public const int ElementsPerActions = 25;
    public const int ElementsPerContext = 10;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ActionId = 255;
    public const int BlockId = 255;
    public const int ViewTitle = 24;
    public const int PrivateMetadata = 3000;
    public const int OptionText = 75;
    public const int OptionValue = 150;

    /// <summary>The notification <c>text</c> is kept short; the blocks carry the content.</summary>
    public const int FallbackText = 3000;
}
