namespace SalesBot.Core.Conversations;

/// <summary>What happened to a proactive message.</summary>
public enum ProactiveStatus
{
    /// <summary>Committed to the user's transcript and delivered.</summary>
    Delivered,

    /// <summary>The user has no stored conversation reference (never wrote to, or installed, the bot on that channel).</summary>
    NoReference,

    /// <summary>The user's reference is inactive (removed, blocked): nothing was sent.</summary>
    Inactive,

    /// <summary>A message with this idempotency key was already committed for the user: nothing was sent again.</summary>
    Duplicate,

    /// <summary>The composer decided there was nothing to say.</summary>
    Skipped,

    /// <summary>No messenger is registered for the user's channel.</summary>
    NoMessenger,

    /// <summary>Committed, but the platform said the recipient is gone: the reference is now inactive.</summary>
    RecipientGone,

    /// <summary>Committed, but delivery still failed after the messenger's retries (the transcript has it; not re-sent).</summary>
    Transient,

    /// <summary>Loading or committing failed (e.g. the store is down): nothing was stored or sent; safe to retry.</summary>
    Failed,

    /// <summary>The pipeline's queue was full or the host is stopping: nothing was run; safe to retry.</summary>
    NotAccepted,
}
