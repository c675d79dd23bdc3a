using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Configuration;
using SalesBot.Teams.Hosting;
using SalesBot.Teams.Mapping;

namespace SalesBot.Teams.Pipeline;

/// <summary>
/// Hands Teams activities to the turn pipeline. Messages, button presses (Action.Submit: the pressed card's id is the
/// activity's <c>replyToId</c>), installs (<see cref="TurnKind.Installed"/>: welcome) and uninstalls
/// (<see cref="TurnKind.Removed"/>: the reference becomes inactive) are queued and acknowledged at once; the replies go out
/// through <see cref="TeamsMessenger"/>. An <c>adaptiveCard/action</c> invoke runs synchronously: its replies are sent
/// through the messenger and the pressed card's update is the invoke response (Universal Actions). The activity id is
/// the message id the pipeline de-duplicates by. Installs and removals in a team or group chat are ignored (SalesBot
/// is a personal app: they say nothing about the user's personal chat), and so is any channel other than <c>msteams</c>.
/// </summary>
public sealed partial class TeamsTurnSink(
    ITurnPipeline pipeline,
    TeamsCardMemory cards,
    IOptions<TeamsOptions> options,
    ILogger<TeamsTurnSink> logger) : ITeamsTurnSink
{
    public const string UninstalledReason = "uninstalled";

    /// <summary>Longer text is cut here before it reaches the dialog and the scorer (the local channel's limit too).</summary>
    public const int MaxTextLength = 4000;

    private readonly string? _tenant = options.Value.TenantId;

    public async Task<TeamsAcceptance> AcceptAsync(TeamsInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (ToTurn(inbound) is not { } turn)
        {
            LogIgnored(logger, inbound.Kind, inbound.Activity.Conversation?.ConversationType ?? "");
            return TeamsAcceptance.Accepted;
        }

        if (turn.Action?.SourceMessageId is { } pressed && inbound.ActionTitle is { } title && turn.Reference.ConversationId is { } conversationId)
        {
            cards.RememberPress(conversationId, pressed, title);
        }

        var result = await pipeline.EnqueueAsync(turn, cancellationToken);
        if (result is EnqueueResult.Overloaded or EnqueueResult.ShuttingDown)
        {
            LogNotAccepted(logger, result);
            return TeamsAcceptance.RetryLater;
        }

        return TeamsAcceptance.Accepted;
    }

    public async Task<AdaptiveCardInvokeResponse> InvokeAsync(TeamsInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (ToTurn(inbound) is not { Action: { } action } turn)
        {
            return Error(400, "BadRequest", "This card action can't be handled here.");
        }

        // The response replaces the card whatever its id; without a replyToId the pipeline still needs a source id to
        // say what happens to the card.
        var sourceId = action.SourceMessageId ?? "invoke:" + (inbound.ActivityId ?? UniqueIds.NewHex());
        var conversationId = turn.Reference.ConversationId;
        if (inbound.ActionTitle is { } title && conversationId is not null)
        {
            cards.RememberPress(conversationId, sourceId, title);
        }

        var result = await pipeline.ProcessAsync(turn with { Action = action with { SourceMessageId = sourceId } }, TurnDelivery.RepliesByMessenger, cancellationToken);
        switch (result.Status)
        {
            case TurnStatus.Overloaded or TurnStatus.ShuttingDown:
                LogInvokeNotRun(logger, result.Status);
                return Error(503, "ServiceUnavailable", "SalesBot is busy. Try again in a moment.");
            case TurnStatus.Duplicate:
                return Message("Already done.");
            case TurnStatus.Failed:
                return Message("Sorry, that didn't work. Please try again.");
        }

        var replacement = result.SourceUpdate?.Kind switch
        {
            SourceUpdateKind.Replace => result.SourceUpdate.Replacement,
            SourceUpdateKind.RetireActions when conversationId is not null => cards.Retired(conversationId, sourceId),
            _ => null,
        };
        if (replacement is null)
        {
            // Keep the card as it is; a toast confirms the press (the replies are already in the chat).
            return Message(inbound.ActionTitle is { } pressedTitle ? PlainText.StripMarkup(TeamsCardMemory.Chosen(pressedTitle)) : "Done.");
        }

        if (conversationId is not null)
        {
            cards.RememberSent(conversationId, sourceId, replacement);
        }

        return new AdaptiveCardInvokeResponse(
            200,
            AdaptiveCardInvokeResponse.CardType,
            JsonSerializer.SerializeToElement(AdaptiveCardRenderer.Render(replacement), TeamsJsonContext.Default.AdaptiveCard));
    }

    /// <summary>The pipeline's turn for an activity, or null when SalesBot ignores it.</summary>
    public InboundTurn? ToTurn(TeamsInbound inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (inbound.Reference is not { } teams || !IsTeams(inbound.Activity.ChannelId))
        {
            return null;
        }

        var personal = TeamsReferences.IsPersonal(teams);
        var reference = TeamsReferences.ToCore(teams, _tenant);
        var turn = new InboundTurn
        {
            User = TeamsReferences.UserOf(teams, _tenant),
            Reference = reference,
            UserName = teams.UserName,
            MessageId = string.IsNullOrWhiteSpace(inbound.ActivityId) ? null : inbound.ActivityId,
        };
        return inbound.Kind switch
        {
            TeamsInboundKind.Message => turn with { Text = Bounded(inbound.Text ?? "") },
            TeamsInboundKind.Action when inbound.Action is { } action => turn with
            {
                Action = action with { SourceMessageId = string.IsNullOrWhiteSpace(inbound.ReplyToId) ? null : inbound.ReplyToId },
            },
            TeamsInboundKind.Installed when personal => turn with { Kind = TurnKind.Installed },
            TeamsInboundKind.Uninstalled when personal => turn with
            {
                Kind = TurnKind.Removed,
                Reference = reference with { Active = false, InactiveReason = UninstalledReason },
            },
            _ => null,
        };
    }

    private static string Bounded(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];

    private static bool IsTeams(string? channelId) =>
        string.IsNullOrEmpty(channelId) || string.Equals(channelId, TeamsConversationReference.ChannelId, StringComparison.OrdinalIgnoreCase);

    private static AdaptiveCardInvokeResponse Message(string text) =>
        new(200, AdaptiveCardInvokeResponse.MessageType, JsonSerializer.SerializeToElement(text, TeamsJsonContext.Default.String));

    private static AdaptiveCardInvokeResponse Error(int status, string code, string message) =>
        new(status, AdaptiveCardInvokeResponse.ErrorType, JsonSerializer.SerializeToElement(new ConnectorError(code, message), TeamsJsonContext.Default.ConnectorError));

    [LoggerMessage(EventId = 360, Level = LogLevel.Debug, Message = "Teams {Kind} activity in a {ConversationType} conversation ignored")]
    private static partial void LogIgnored(ILogger logger, TeamsInboundKind kind, string conversationType);

    [LoggerMessage(EventId = 361, Level = LogLevel.Warning, Message = "Teams activity not accepted ({Result}): answering 503 so it is delivered again")]
    private static partial void LogNotAccepted(ILogger logger, EnqueueResult result);

    [LoggerMessage(EventId = 362, Level = LogLevel.Warning, Message = "Teams card action not run ({Status}): answering 503")]
    private static partial void LogInvokeNotRun(ILogger logger, TurnStatus status);
}
