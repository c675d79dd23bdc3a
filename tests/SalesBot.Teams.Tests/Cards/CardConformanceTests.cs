using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Drills;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Cards;

/// <summary>
/// Every kind of card the bot sends, produced by running real conversations through the engine, rendered for Teams and
/// parsed by the official Adaptive Cards parser (npm adaptivecards) with no errors or warnings.
/// </summary>
public sealed class CardConformanceTests
{
    [Fact]
    public async Task EveryCardTheBotSends_ParsesCleanlyInTheOfficialParser()
    {
        var messages = await RealMessagesAsync();
        var directory = Directory.CreateTempSubdirectory("salesbot-cards-");
        try
        {
            var cards = 0;
            foreach (var (message, index) in messages.Select((m, i) => (m, i)))
            {
                var activity = TeamsMessageRenderer.ToActivity(message);
                if (activity.Attachments is not [var attachment])
                {
                    continue;
                }

                cards++;
                await File.WriteAllTextAsync(Path.Combine(directory.FullName, $"{index:D3}-{message.Kind}.json"), attachment.Content!.Value.GetRawText());
            }

            var (exitCode, output, errors) = await NodeProcess.RunAsync("validate-cards.js", directory.FullName);

            Assert.True(exitCode == 0, $"adaptivecards reported problems:\n{output}\n{errors}");
            using var report = JsonDocument.Parse(output);
            Assert.Equal(cards, report.RootElement.GetProperty("cards").GetInt32());
            Assert.True(cards >= 30, $"only {cards} cards were generated");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task RealConversations_CoverEveryKindOfCard()
    {
        var messages = await RealMessagesAsync();
        var cards = messages.Where(m => !TeamsMessageRenderer.IsPlainText(m)).ToList();

        foreach (var kind in new[] { MessageKind.Buyer, MessageKind.Feedback, MessageKind.Summary, MessageKind.Info })
        {
            Assert.Contains(cards, m => m.Kind == kind);
        }

        Assert.Contains(cards, m => m.Actions.Count > AdaptiveCardRenderer.MaxTopLevelActions); // unknown category: 9 buttons
        Assert.True(cards.Any(m => m.Title?.StartsWith("Playbook review", StringComparison.Ordinal) == true), string.Join("\n", messages.Select(m => $"{m.Kind} {m.Title} {m.Text}")));
        Assert.Contains(cards, m => m.Title?.StartsWith("Your progress", StringComparison.Ordinal) == true);
        Assert.Contains(cards, m => m.Title?.StartsWith("Team playbook", StringComparison.Ordinal) == true);
        Assert.Contains(cards, m => m.Title == "Pick a role-play");
        Assert.All(cards.Select(AdaptiveCardRenderer.Render), c => Assert.True(AdaptiveCardRenderer.SizeOf(c) <= AdaptiveCardRenderer.MaxCardBytes));
    }

    [Fact]
    public async Task GeneratedEdgeCards_ParseCleanly()
    {
        var many = Enumerable.Range(1, 14).Select(i => MessageAction.With("practice", $"Option {i}", "n", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var huge = new OutboundMessage
        {
            Title = "Huge",
            Sections = Enumerable.Range(0, 80).Select(i => new MessageSection { Title = $"S{i}", Text = new string('x', 900), Facts = [new MessageFact("a", new string('y', 600))] }).ToList(),
            Actions = many,
        };
        var cards = new[]
        {
            new OutboundMessage { Kind = MessageKind.Error, Title = "Oops", Text = "Something `broke`." },
            new OutboundMessage { Text = "Choose", Actions = many.Take(9).ToList() },
            new OutboundMessage { Text = "Choose", Actions = many },
            huge,
        };
        var directory = Directory.CreateTempSubdirectory("salesbot-cards-");
        try
        {
            for (var i = 0; i < cards.Length; i++)
            {
                await File.WriteAllTextAsync(
                    Path.Combine(directory.FullName, $"edge-{i}.json"),
                    JsonSerializer.Serialize(AdaptiveCardRenderer.Render(cards[i]), TeamsJsonContext.Default.AdaptiveCard));
            }

            var (exitCode, output, errors) = await NodeProcess.RunAsync("validate-cards.js", directory.FullName);

            Assert.True(exitCode == 0, $"adaptivecards reported problems:\n{output}\n{errors}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task RhythmForms_BecomeCardsWithLabelledInputs_AndParseCleanly()
    {
        var forms = new[]
        {
            RhythmMessages.TeamAddForm(empty: true),
            RhythmMessages.OneOnOneForm(),
            RhythmMessages.NudgeForm(),
            RhythmMessages.FocusPrompt(new DateOnly(2026, 12, 7)),
            SalesBot.Core.Rhythm.RhythmDesk.AskTimeZone("To schedule a 1:1"),
        };
        var directory = Directory.CreateTempSubdirectory("salesbot-cards-");
        try
        {
            for (var i = 0; i < forms.Length; i++)
            {
                var activity = TeamsMessageRenderer.ToActivity(forms[i]);
                var card = JsonNode.Parse(Assert.Single(activity.Attachments!).Content!.Value.GetRawText())!;
                var inputs = card["body"]!.AsArray().Where(e => ((string?)e!["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true).ToList();
                Assert.Equal(forms[i].Inputs.Select(f => f.Id), inputs.Select(e => (string?)e!["id"]));
                Assert.All(inputs, e => Assert.False(string.IsNullOrEmpty((string?)e!["label"])));
                await File.WriteAllTextAsync(Path.Combine(directory.FullName, $"form-{i}.json"), card.ToJsonString());
            }

            // The 1:1 form: a people field, a weekday choice, a time picker, cadence and brief-time choices; required ones say so.
            var oneOnOne = JsonNode.Parse(TeamsMessageRenderer.ToActivity(forms[1]).Attachments![0].Content!.Value.GetRawText())!["body"]!.AsArray();
            Assert.Equal(["Input.Text", "Input.ChoiceSet", "Input.Time", "Input.ChoiceSet", "Input.ChoiceSet"],
                oneOnOne.Where(e => ((string?)e!["type"])!.StartsWith("Input.", StringComparison.Ordinal)).Select(e => (string?)e!["type"]));
            var day = oneOnOne.Single(e => (string?)e!["id"] == "day")!;
            Assert.Equal("tuesday", (string?)day["value"]);
            Assert.Contains(day["choices"]!.AsArray(), c => (string?)c!["title"] == "Monday" && (string?)c["value"] == "monday");
            Assert.True((bool?)oneOnOne.Single(e => (string?)e!["id"] == "seller")!["isRequired"]);

            var (exitCode, output, errors) = await NodeProcess.RunAsync("validate-cards.js", directory.FullName);

            Assert.True(exitCode == 0, $"adaptivecards reported problems:\n{output}\n{errors}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Validator_ReportsABrokenCard()
    {
        // The oracle itself must be able to fail: a card with an unknown element, a duplicate id and version 1.7.
        var directory = Directory.CreateTempSubdirectory("salesbot-cards-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "broken.json"),
                """{"type":"AdaptiveCard","version":"1.7","body":[{"type":"Nope"}],"actions":[{"type":"Action.Submit","id":"a","title":"x"},{"type":"Action.Submit","id":"a","title":"y"}]}""");

            var (exitCode, output, _) = await NodeProcess.RunAsync("validate-cards.js", directory.FullName);

            Assert.Equal(1, exitCode);
            Assert.Contains("UnknownElementType", output, StringComparison.Ordinal);
            Assert.Contains("DuplicateId", output, StringComparison.Ordinal);
            Assert.Contains("UnsupportedCardVersion", output, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Help, welcome, unknown command, practice, answers (weak, strong), hint, skip, nominate, review, approve,
    /// playbook, progress, role-play picker and a role-play, stop, a full drill with its summary.</summary>
    internal static async Task<List<OutboundMessage>> RealMessagesAsync()
    {
        var bot = new BotConversation("manager");
        await bot.SayAsync("ada", "help");
        await bot.SayAsync("ada", "hello");
        await bot.SayAsync("ada", "xyzzy plugh");
        await bot.SayAsync("ada", "practice astrology");
        await bot.SayAsync("ada", "practice price");
        var scored = await bot.SayAsync("ada", BotConversation.ModelAnswer("price"));
        await bot.PressAsync("ada", scored.SelectMany(r => r.Actions).First(a => a.Id == DrillMessages.ActionNominate));
        await bot.SayAsync("ada", "hint");
        for (var round = 0; round < 6 && bot.Sent[^1].Kind != MessageKind.Summary; round++)
        {
            await bot.SayAsync("ada", "Our product is really good, you should buy it.");
            await bot.SayAsync("ada", BotConversation.ModelAnswer("price"));
        }

        await bot.SayAsync("ada", "progress");
        await bot.SayAsync("ada", "practice timing");
        await bot.SayAsync("ada", "skip");
        await bot.SayAsync("ada", "stop");
        await bot.SayAsync("manager", "review");
        var review = bot.Sent[^1];
        if (review.Actions.FirstOrDefault(a => a.Id == DrillMessages.ActionApprove) is { } approve)
        {
            await bot.PressAsync("manager", approve);
        }

        await bot.SayAsync("manager", "playbook");
        await bot.SayAsync("ada", "playbook");
        await bot.SayAsync("ada", "playbook price");
        await bot.SayAsync("ada", "roleplay");
        await bot.SayAsync("ada", "roleplay cfo");
        await bot.SayAsync("ada", "What would need to be true for the board to see this as an investment rather than a cost?");
        await bot.SayAsync("ada", "stop");
        await bot.SayAsync("ada", "roleplay nobody-at-all");
        await bot.PressAsync("ada", new MessageAction("no-longer-a-button", "Old"));
        return bot.Sent;
    }
}
