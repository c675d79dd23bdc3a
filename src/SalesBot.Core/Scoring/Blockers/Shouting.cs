using SalesBot.Core.Scoring.Reading;
using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// Shouting: a sentence mostly in capitals. Acronyms (ROI, SOC, CFO) and words the buyer writes in capitals (SKO, BRCGS)
/// don't count.
/// </summary>
internal static class Shouting
{
    private const int MinimumWords = 4;

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "roi", "soc", "iso", "cfo", "ceo", "coo", "cto", "cio", "ciso", "cro", "vp", "it", "hr", "kpi", "okr", "saas", "crm", "erp", "api",
        "sso", "gdpr", "hipaa", "pci", "sla", "poc", "q1", "q2", "q3", "q4", "h1", "h2", "usd", "eur", "gbp", "ai", "ml", "uk", "us", "eu",
        "nda", "rfp", "rfq", "po", "pm", "am", "ok", "sku", "dc", "wms", "arr", "mrr", "nps", "sko", "kyc", "aml", "ii", "i", "a", "eod",
        "asap", "fyi", "tbd", "b2b", "ops", "sig", "pdf", "faq", "tv", "qa", "ui", "ux",
    };

    public static ActMatch? Find(AnswerReading answer)
    {
        var text = answer.Text;
        foreach (var sentence in answer.Sentences)
        {
            var words = 0;
            var shouted = 0;
            var first = -1;
            var last = -1;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = text.Tokens[i];
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                words++;
                if (token.Length >= 2 && IsUpper(text.Text.AsSpan(token.Start, token.Length)) && !Acronyms.Contains(token.Value)
                    && !answer.Buyer.WritesInCapitals(token.Value))
                {
                    shouted++;
                    first = first < 0 ? i : first;
                    last = i;
                }
            }

            if (shouted >= MinimumWords && shouted * 2 >= words)
            {
                return new ActMatch(sentence.Index, first, last + 1);
            }
        }

        return null;
    }

    private static bool IsUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
