namespace SalesBot.Core.Scheduling;

/// <summary>What a firing job does with an occurrence.</summary>
public enum MisfireAction
{
    /// <summary>Claim it in the ledger and send now.</summary>
    Send,

    /// <summary>Not yet: fire again at <see cref="MisfireDecision.WaitUntil"/> (an early fire, or a caught-up brief that waits for the end of quiet hours).</summary>
    Wait,

    /// <summary>Record the skip in the ledger with its reason; don't send.</summary>
    Skip,
}
