using SalesBot.Core.Tests.Scoring;
using SalesBot.Core.Text;

namespace SalesBot.Core.Tests.Text;

/// <summary>Repeats are recognised (issue 8: pasting one answer in every round earned "Proficient"), different answers are not.</summary>
public sealed class TextFingerprintTests
{
    private const string Answer =
        "That's a fair worry, and being careful with a new vendor is exactly your job. What proof would you need to see before you'd feel safe? "
        + "Two customers in your sector have run us in production for three years, and you can call their security leads. "
        + "Can we book a 30-minute security review on Tuesday at 10 with your team?";

    [Theory]
    [InlineData("Tuesday", "Wednesday", "", " Thanks.")]
    [InlineData("?", " please?", "Okay. ", "")]
    [InlineData("exactly", "really", "", "")]
    [InlineData("Tuesday at 10", "Friday at 2", "", "")]
    [InlineData("That's", "THAT\u2019S", "", "")]
    public void TrivialEdit_IsTheSameAnswer(string find, string replace, string before, string after)
    {
        var edited = before + Answer.Replace(find, replace, StringComparison.Ordinal) + after;

        Assert.True(TextFingerprint.SameAnswer(TextFingerprint.Of(Answer), TextFingerprint.Of(edited)),
            $"{TextFingerprint.Distance(TextFingerprint.Of(Answer), TextFingerprint.Of(edited))} bits apart");
    }

    [Fact]
    public void DifferentAnswersToOneCategory_AreNeverTheSameAnswer()
    {
        var answers = LabelledAnswers.Files.Concat(LabelledAnswers.AdversarialFiles)
            .SelectMany(LabelledAnswers.Load)
            .GroupBy(o => o.Category, StringComparer.Ordinal)
            .Select(g => g.SelectMany(o => o.Answers).Where(a => a.IsEnglish).Select(a => a.Text).Distinct(StringComparer.Ordinal).ToList())
            .ToList();
        var pairs = 0;
        foreach (var category in answers)
        {
            var prints = category.Select(TextFingerprint.Of).ToList();
            for (var i = 0; i < prints.Count; i++)
            {
                for (var j = i + 1; j < prints.Count; j++)
                {
                    pairs++;
                    Assert.False(TextFingerprint.SameAnswer(prints[i], prints[j]), $"\u201C{category[i]}\u201D and \u201C{category[j]}\u201D read as one answer");
                }
            }
        }

        Assert.True(pairs > 10_000, $"{pairs} pairs");
    }

    [Fact]
    public void NoWords_HaveNoFingerprint()
    {
        Assert.Equal(0UL, TextFingerprint.Of("?!  ..."));
        Assert.Equal(0UL, TextFingerprint.Of("and the you"));
    }
}
