namespace SalesBot.Core.Scoring;

/// <summary>
/// An act that fails the answer whatever its points (discounting, bashing, pressure, disrespect, dishonesty, going around
/// the buyer or their process). <see cref="Evidence"/> quotes the sentence; <see cref="Words"/> names the words that
/// triggered it.
/// </summary>
public sealed record BlockerHit(string Id, string Description, string Evidence, string BetterLine)
{
    public string? Words { get; init; }
}
