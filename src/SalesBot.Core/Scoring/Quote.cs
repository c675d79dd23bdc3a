namespace SalesBot.Core.Scoring;

/// <summary>The seller's words as evidence, shortened for a chat line.</summary>
internal static class Quote
{
    private const int EvidenceLength = 160;

    public static string Of(string sentence)
    {
        var trimmed = sentence.Trim();
        return trimmed.Length <= EvidenceLength ? trimmed : string.Concat(trimmed.AsSpan(0, EvidenceLength - 1).TrimEnd(), "\u2026");
    }
}
