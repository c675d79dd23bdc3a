using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Drills;

/// <summary>A role-play's ending and debrief agree with the scores that led there (issue 8).</summary>
public sealed class RolePlayEndingTests
{
    private const string PassingButNotStrongClose =
        "Let's do a pilot. I'll send you the SOC 2 report and we can book the security review. Does next week work?";

    private readonly DrillEngine _engine = new(TestContent.Catalog, new AnswerScorer());

    [Fact]
    public void StrongAnswersThenAPassingClose_EndWithoutDecision_AndTheDebriefSaysWhy_NotWeakAnswers()
    {
        var scenario = TestContent.Catalog.FindScenario("security-review")!;
        var started = _engine.StartRolePlay(DrillScript.NewUser(), scenario, Guid.Parse("00000000-0000-0000-0000-000000000021"), DrillScript.Start);
        var close = scenario.Steps["close"];
        var session = started.State.Session! with { StepId = close.Id, BuyerLine = close.Buyer, CategoryId = null, Scores = [90, 100, 95], Turn = 3, Trust = 80 };

        var ended = _engine.Answer(started.State with { Session = session }, PassingButNotStrongClose, DrillScript.Start.AddMinutes(5), []);

        Assert.True(ended.Score!.Passed);
        Assert.Equal(EndingKind.NoDecision, ended.Records[^1].Ending);
        var debrief = PlainText.Render(ended.Messages[^1]);
        Assert.DoesNotContain("weak", debrief, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ended.Score.Overall.ToString(System.Globalization.CultureInfo.InvariantCulture), debrief, StringComparison.Ordinal);
    }

    [Fact]
    public void WeakAnswers_EndLost_AndTheDebriefNamesThem()
    {
        var scenario = TestContent.Catalog.FindScenario("cfo-budget-freeze")!;
        var update = _engine.StartRolePlay(DrillScript.NewUser(), scenario, Guid.Parse("00000000-0000-0000-0000-000000000022"), DrillScript.Start);
        for (var turn = 0; turn < 10 && update.State.Session is not null; turn++)
        {
            update = _engine.Answer(update.State, "Our platform is the best on the market and honestly you should just buy it.", DrillScript.Start.AddMinutes(turn + 1), []);
        }

        Assert.Equal(EndingKind.Lost, update.Records[^1].Ending);
        Assert.Contains("weak", PlainText.Render(update.Messages[^1]), StringComparison.OrdinalIgnoreCase);
    }
}
