using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Content;
using SalesBot.Core.Conversations;
using SalesBot.Core.Drills;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Home;
using SalesBot.Slack.Json;

namespace SalesBot.Slack.Tests.Home;

public sealed class AppHomeBuilderTests
{
    private static readonly ContentCatalog Content = ContentLoader.LoadEmbedded();
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_UserWithPriceHistory_ShowsProficiencyDueAndRecentSessions()
    {
        var user = UserState.New(new UserKey("slack", "T0001", "U0ALICE"), "Alice", Now.AddDays(-10));
        var price = Content.FindCategory("price")!;
        foreach (var (score, day) in new[] { (40, -9), (90, -5), (95, -1) })
        {
            user = user.WithAttempt("price", new Attempt(Now.AddDays(day), score, score >= 70, price.Phrasings[0].Id, "r1"));
        }

        var sessions = new[]
        {
            new SessionRecord { Id = "s1", User = user.User, Kind = DrillKind.Practice, ScenarioId = "drill", ScenarioVersion = 1, CategoryId = "price", PersonaId = "p", RubricVersion = "r", StartedAt = Now.AddDays(-1), Status = SessionStatus.Completed, Scores = [60, 95] },
        };

        var model = AppHomeModel.From(Content, user, sessions, Now);

        var priceRow = model.Categories.Single(c => c.Id == "price");
        var expected = Proficiency.Of("price", user.ProgressFor("price"), price.Phrasings.Count, Now);
        Assert.Equal(expected.Score, priceRow.Score);
        Assert.Equal(3, priceRow.Attempts);
        Assert.False(priceRow.IsDue);
        Assert.All(model.Categories.Where(c => c.Id != "price"), c => Assert.True(c.IsDue));
        Assert.Equal(PracticePlanner.PickCategory(Content, user, Now).Category.Id, model.Suggestion!.CategoryId);
        Assert.Equal("Drill: " + price.Name, Assert.Single(model.RecentSessions).Title);
        Assert.Equal(95, model.RecentSessions[0].LastScore);
        Assert.Equal("Alice", model.DisplayName);
    }

    [Fact]
    public void Build_Model_IsAHomeViewWithAPractiseButtonPerCategory()
    {
        var model = AppHomeModel.From(Content, null, [], Now);
        var view = AppHomeBuilder.Build(model);
        var json = JsonNode.Parse(JsonSerializer.Serialize(view, SlackJsonContext.Default.SlackView))!;

        Assert.Equal("home", json["type"]!.GetValue<string>());
        Assert.True(view.Blocks.Count <= BlockKitLimits.BlocksPerView);
        var buttons = view.Blocks.SelectMany(b => b switch
        {
            SectionBlock { Accessory: ButtonElement button } => [button],
            ActionsBlock actions => actions.Elements.OfType<ButtonElement>(),
            _ => [],
        }).ToList();
        Assert.Equal(buttons.Count, buttons.Select(b => b.ActionId).Distinct().Count());
        var practised = buttons.Select(b => SlackActionCodec.Decode(b.ActionId!, b.Value)).Where(a => a.Id == DrillMessages.ActionPractice && a.Get("category") is not null).Select(a => a.Get("category")!).Order(StringComparer.Ordinal).Distinct().ToList();
        Assert.Equal(Content.Categories.Select(c => c.Id).Order(StringComparer.Ordinal), practised);
        Assert.Contains(buttons, b => SlackActionCodec.Decode(b.ActionId!, b.Value).Id == DrillMessages.ActionRolePlay);
        Assert.Contains("No sessions yet", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SessionDates_UseSlacksLocalDateToken()
    {
        var model = new AppHomeModel
        {
            DisplayName = "<!channel>",
            Categories = [],
            RecentSessions = [new AppHomeSession("Role-play: <script>", Now, "completed", 88)],
        };
        var json = JsonSerializer.Serialize(AppHomeBuilder.Build(model), SlackJsonContext.Default.SlackView);
        Assert.Contains($"<!date^{Now.ToUnixTimeSeconds()}^{{date_short_pretty}} {{time}}|2026-03-02 09:00 UTC>", JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u003C!channel", json, StringComparison.Ordinal);
    }
}
