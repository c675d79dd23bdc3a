using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Modals;

/// <summary>
/// A small typed builder for modals (1:1 and team-nudge setup): text, text inputs and selects, each input in its own
/// <c>block_id</c> with action id <see cref="InputActionId"/>, so <c>SlackViewValues.GetText(blockId)</c> reads it back and
/// <c>SlackViewSubmissionResult.Errors((blockId, message))</c> points at it. <see cref="Build"/> enforces Slack's limits.
/// </summary>
public sealed class SlackModalBuilder(string callbackId, string title)
{
    public const string InputActionId = "value";

    private readonly List<SlackBlock> _blocks = [];
    private readonly HashSet<string> _blockIds = new(StringComparer.Ordinal);
    private string? _submit;
    private string _close = "Cancel";
    private string? _privateMetadata;
    private bool _notifyOnClose;

    public SlackModalBuilder WithSubmit(string text)
    {
        _submit = text;
        return this;
    }

    public SlackModalBuilder WithClose(string text)
    {
        _close = text;
        return this;
    }

    /// <summary>Opaque state returned on submission (≤ 3000 characters), e.g. the team or manager id.</summary>
    public SlackModalBuilder WithPrivateMetadata(string metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (metadata.Length > BlockKitLimits.PrivateMetadata)
        {
            throw new ArgumentException($"private_metadata is limited to {BlockKitLimits.PrivateMetadata} characters.", nameof(metadata));
        }

        _privateMetadata = metadata;
        return this;
    }

    public SlackModalBuilder NotifyOnClose()
    {
        _notifyOnClose = true;
        return this;
    }

    /// <summary>A paragraph; <paramref name="markup"/> uses SalesBot's markup (<c>**bold**</c>) and is escaped.</summary>
    public SlackModalBuilder AddText(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        _blocks.Add(new SectionBlock { Text = SlackText.Mrkdwn(SlackMrkdwn.Truncate(SlackMrkdwn.FromMarkup(markup), BlockKitLimits.SectionText)) });
        return this;
    }

    public SlackModalBuilder AddTextInput(string blockId, string label, string? initialValue = null, bool multiline = false, bool optional = false, string? placeholder = null, int? maxLength = null, string? hint = null)
    {
        var element = new PlainTextInputElement
        {
            ActionId = InputActionId,
            Multiline = multiline ? true : null,
            InitialValue = initialValue,
            Placeholder = Placeholder(placeholder),
            MaxLength = maxLength,
        };
        return AddInput(blockId, label, element, optional, hint);
    }

    public SlackModalBuilder AddSelect(string blockId, string label, IEnumerable<(string Value, string Text)> options, string? initialValue = null, bool optional = false, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var choices = options
            .Select(o => new SlackOption(SlackText.Plain(SlackMrkdwn.Truncate(o.Text, BlockKitLimits.OptionText)), o.Value.Length <= BlockKitLimits.OptionValue ? o.Value : throw new ArgumentException($"Option value '{o.Value}' is longer than {BlockKitLimits.OptionValue} characters.", nameof(options))))
            .ToList();
        if (choices.Count is 0 or > 100)
        {
            throw new ArgumentException("A select needs 1 to 100 options.", nameof(options));
        }

        var element = new StaticSelectElement(choices)
        {
            ActionId = InputActionId,
            InitialOption = initialValue is null ? null : choices.FirstOrDefault(c => c.Value == initialValue),
        };
        return AddInput(blockId, label, element, optional, hint);
    }

    /// <summary>A date picker (<c>yyyy-MM-dd</c>).</summary>
    public SlackModalBuilder AddDatePicker(string blockId, string label, string? initialDate = null, bool optional = false, string? placeholder = null, string? hint = null) =>
        AddInput(blockId, label, new DatePickerElement { ActionId = InputActionId, InitialDate = initialDate, Placeholder = Placeholder(placeholder) }, optional, hint);

    /// <summary>A time picker (<c>HH:mm</c>).</summary>
    public SlackModalBuilder AddTimePicker(string blockId, string label, string? initialTime = null, bool optional = false, string? placeholder = null, string? hint = null) =>
        AddInput(blockId, label, new TimePickerElement { ActionId = InputActionId, InitialTime = initialTime, Placeholder = Placeholder(placeholder) }, optional, hint);

    public SlackView Build()
    {
        if (_blocks.Count == 0 || _blocks.Count > BlockKitLimits.BlocksPerView)
        {
            throw new InvalidOperationException($"A modal needs 1 to {BlockKitLimits.BlocksPerView} blocks.");
        }

        var hasInputs = _blocks.OfType<InputBlock>().Any();
        return new SlackView(SlackView.ModalType, [.. _blocks])
        {
            CallbackId = callbackId,
            Title = SlackText.Plain(SlackMrkdwn.Truncate(title, BlockKitLimits.ViewTitle)),
            Submit = hasInputs || _submit is not null ? SlackText.Plain(SlackMrkdwn.Truncate(_submit ?? "Save", BlockKitLimits.ViewTitle)) : null,
            Close = SlackText.Plain(SlackMrkdwn.Truncate(_close, BlockKitLimits.ViewTitle)),
            PrivateMetadata = _privateMetadata,
            NotifyOnClose = _notifyOnClose ? true : null,
        };
    }

    private SlackModalBuilder AddInput(string blockId, string label, SlackElement element, bool optional, string? hint)
    {
        ArgumentException.ThrowIfNullOrEmpty(blockId);
        ArgumentException.ThrowIfNullOrEmpty(label);
        if (blockId.Length > BlockKitLimits.BlockId || !_blockIds.Add(blockId))
        {
            throw new ArgumentException($"block_id '{blockId}' is too long or used twice in this modal.", nameof(blockId));
        }

        _blocks.Add(new InputBlock(SlackText.Plain(SlackMrkdwn.Truncate(label, 2000)), element)
        {
            BlockId = blockId,
            Optional = optional ? true : null,
            Hint = hint is null ? null : SlackText.Plain(SlackMrkdwn.Truncate(hint, 2000)),
        });
        return this;
    }

    private static SlackText? Placeholder(string? placeholder) =>
        placeholder is null ? null : SlackText.Plain(SlackMrkdwn.Truncate(placeholder, 150));
}
