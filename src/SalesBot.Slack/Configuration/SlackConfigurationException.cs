using Microsoft.Extensions.Options;

namespace SalesBot.Slack.Configuration;

/// <summary>
/// The <c>Slack</c> section can't work (half-filled, wrong token kinds). It prints as its messages only, one per problem,
/// with no stack trace: the cause is the configuration, not the code.
/// </summary>
public sealed class SlackConfigurationException : OptionsValidationException
{
    public SlackConfigurationException(IEnumerable<string> failures)
        : base(SlackOptions.SectionName, typeof(SlackOptions), failures)
    {
    }

    public override string? StackTrace => null;

    public override string ToString() => $"{nameof(SlackConfigurationException)}: {Message}";
}
