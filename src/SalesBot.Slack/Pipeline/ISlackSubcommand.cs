using SalesBot.Slack.Inbound;

namespace SalesBot.Slack.Pipeline;

/// <summary>
/// A <c>/salesbot &lt;name&gt;</c> subcommand handled outside the chat dialog, typically to open a modal with the command's
/// <c>trigger_id</c> (valid for 3 seconds: <c>SlackMessenger.OpenModalAsync</c>). Runs right after Slack is acknowledged
/// (with an empty 200: nothing is shown unless the handler shows it). Register with
/// <c>services.AddSingleton&lt;ISlackSubcommand, MyCommand&gt;()</c>.
/// </summary>
public interface ISlackSubcommand
{
    /// <summary>The first word after <c>/salesbot</c>, lower case (e.g. <c>1on1</c>).</summary>
    string Name { get; }

    Task HandleAsync(SlackSlashCommand command, CancellationToken cancellationToken);
}
