using System.Globalization;
using SalesBot.Core.Conversations;
using SalesBot.Core.Drills;
using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Home;

/// <summary>
/// The App Home tab (<c>views.publish</c>): the next suggested drill, proficiency per category with a button each, what is
/// due, recent sessions (dates rendered in the viewer's own time zone by Slack) and buttons to start practising.
/// Buttons carry the same channel-neutral actions as the chat (<c>practice</c>, <c>roleplay</c>, <c>progress</c>).
/// </summary>
public static class AppHomeBuilder
{
    public static SlackView Build(AppHomeModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var blocks = new List<SlackBlock>
        {
            new HeaderBlock(SlackText.Plain("Your sales practice")),
        };

        var greeting = model.DisplayName is { Length: > 0 } name ? $"Hi {SlackMrkdwn.Escape(name)}! " : "";
        if (model.Suggestion is { } next)
        {
            blocks.Add(new SectionBlock
            {
                Text = SlackText.Mrkdwn(Limit($"{greeting}Next up: {SlackMrkdwn.Bold(next.CategoryName)}, because {SlackMrkdwn.FromMarkup(next.Reason)}.")),
                Accessory = BlockKitRenderer.Button(MessageAction.With(DrillMessages.ActionPractice, "Practise now", "category", next.CategoryId), 0) with { Style = ButtonElement.Primary },
            });
        }
        else if (greeting.Length > 0)
        {
            blocks.Add(new SectionBlock { Text = SlackText.Mrkdwn(greeting.Trim()) });
        }

        blocks.Add(new DividerBlock());
        blocks.Add(new HeaderBlock(SlackText.Plain("Proficiency by category")));
        var index = 1;
        foreach (var category in model.Categories)
        {
            var standing = category.Attempts == 0
                ? "not started"
                : string.Create(CultureInfo.InvariantCulture, $"{category.Score}/100 · {category.Band}{(category.IsProficient ? " :white_check_mark:" : "")}");
            var due = category.IsDue ? " · *due*" : "";
            blocks.Add(new SectionBlock
            {
                Text = SlackText.Mrkdwn(Limit($"{SlackMrkdwn.Bold(category.Name)}\n{standing}{due}")),
                Accessory = BlockKitRenderer.Button(MessageAction.With(DrillMessages.ActionPractice, "Practise", "category", category.Id), index++),
            });
        }

        var dueNames = model.Categories.Where(c => c.IsDue && !c.IsProficient).Select(c => c.Name).ToList();
        blocks.Add(new DividerBlock());
        blocks.Add(new HeaderBlock(SlackText.Plain("Due now")));
        blocks.Add(new SectionBlock
        {
            Text = SlackText.Mrkdwn(Limit(dueNames.Count == 0
                ? "Nothing is due. Everything is fresh :tada:"
                : string.Join(", ", dueNames.Select(SlackMrkdwn.Escape)))),
        });

        blocks.Add(new HeaderBlock(SlackText.Plain("Recent sessions")));
        if (model.RecentSessions.Count == 0)
        {
            blocks.Add(new ContextBlock([SlackText.Mrkdwn("No sessions yet. Start one below or send me `practice`.")]));
        }
        else
        {
            foreach (var session in model.RecentSessions)
            {
                var score = session.LastScore is { } s ? string.Create(CultureInfo.InvariantCulture, $" · last score {s}/100") : "";
                blocks.Add(new ContextBlock([SlackText.Mrkdwn(Limit($"{SlackDate(session.StartedAt)} · {SlackMrkdwn.Escape(session.Title)} · {session.Status}{score}"))]));
            }
        }

        blocks.Add(new DividerBlock());
        blocks.Add(new ActionsBlock(
        [
            BlockKitRenderer.Button(new MessageAction(DrillMessages.ActionPractice, "Practise (pick for me)"), index++) with { Style = ButtonElement.Primary },
            BlockKitRenderer.Button(new MessageAction(DrillMessages.ActionRolePlay, "Role-play"), index++),
            BlockKitRenderer.Button(new MessageAction(DrillMessages.ActionProgress, "My progress"), index),
        ]));

        return new SlackView(SlackView.HomeType, blocks.Take(BlockKitLimits.BlocksPerView).ToList());
    }

    /// <summary>Slack's date token: shown in the viewer's own time zone, with a UTC fallback for old clients.</summary>
    private static string SlackDate(DateTimeOffset at) => string.Create(
        CultureInfo.InvariantCulture,
        $"<!date^{at.ToUnixTimeSeconds()}^{{date_short_pretty}} {{time}}|{at.UtcDateTime:yyyy-MM-dd HH:mm} UTC>");

    private static string Limit(string text) => SlackMrkdwn.Truncate(text, BlockKitLimits.SectionText);
}
