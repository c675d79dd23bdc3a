using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Browser;

/// <summary>The chat page in headless Chromium against the bot on loopback: what a newcomer does in the first minute.</summary>
public sealed partial class ChatPageTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private const string StrongPriceAnswer = LocalChatTest.StrongPriceAnswer;

    private readonly SalesBotFactory _factory = new();
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        var baseAddress = _factory.CreateClient().BaseAddress!;
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() });
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(15_000);
        await _page.GotoAsync("/?user=web-tester&name=Tess");
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Help_ShowsWhatTheBotCanDo()
    {
        await SendAsync("help");

        var replies = _page.GetByTestId("reply");
        await Assertions.Expect(replies.Last).ToContainTextAsync("practice [category]");
        await Assertions.Expect(replies.First).ToContainTextAsync("Hi Tess");
    }

    [Fact]
    public async Task PracticePrice_AnswerIt_AndSeeTheScore()
    {
        await SendAsync("practice price");
        await Assertions.Expect(_page.Locator("li.buyer").Last).ToBeVisibleAsync();

        await SendAsync("Fair question. What are you comparing us with? Customers see payback in five months. Can we talk Thursday at 10?");

        var feedback = _page.Locator("li.feedback").Last;
        await Assertions.Expect(feedback).ToContainTextAsync(ScorePattern());
        await Assertions.Expect(feedback).ToContainTextAsync("Worked");
    }

    [Fact]
    public async Task Feedback_IsShort_AndDetailsShowsTheFullBreakdown()
    {
        await SendAsync("practice price");
        await SendAsync("Our product is really good, you should buy it.");

        // The first (and so far only) feedback card; the full breakdown below it is a feedback card too.
        var feedback = _page.Locator("li.feedback").First;
        await Assertions.Expect(_page.Locator("li.feedback")).ToHaveCountAsync(1);
        await Assertions.Expect(feedback).Not.ToContainTextAsync("What was missing");

        // The buyer's reply comes right after the feedback, in view.
        await Assertions.Expect(_page.Locator("li.feedback + li.buyer")).ToHaveCountAsync(1);
        await feedback.GetByRole(AriaRole.Button, new() { Name = "Details" }).ClickAsync();

        var details = _page.GetByTestId("reply").Last;
        await Assertions.Expect(details).ToContainTextAsync("What was missing");
        await Assertions.Expect(details).ToContainTextAsync("Rubric");
        await Assertions.Expect(feedback.GetByRole(AriaRole.Button, new() { Name = "Details" })).ToBeEnabledAsync();
    }

    [Fact]
    public async Task MessageTypedWhileOneIsInFlight_IsQueued_NotDropped_AndAnsweredInOrder()
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = new List<string>();
        await _page.RouteAsync("**/api/local/messages", async route =>
        {
            lock (sent)
            {
                sent.Add(route.Request.PostData ?? "");
            }

            if (firstArrived.TrySetResult())
            {
                await held.Task;
            }

            await route.ContinueAsync();
        });

        await _page.GetByTestId("input").FillAsync("help");
        await _page.GetByTestId("input").PressAsync("Enter");
        await firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await _page.GetByTestId("input").FillAsync("progress");
        await _page.GetByTestId("input").PressAsync("Enter");

        // The second message shows at once, marked queued, and is not sent while the first is in flight.
        await Assertions.Expect(_page.Locator("li.me.queued")).ToHaveTextAsync("progress");
        lock (sent)
        {
            Assert.Single(sent);
        }

        held.SetResult();
        await Assertions.Expect(_page.Locator("body[data-idle=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(_page.Locator("li.me.queued")).ToHaveCountAsync(0);
        await Assertions.Expect(_page.GetByTestId("reply").Last).ToContainTextAsync("Your progress");
        lock (sent)
        {
            Assert.Equal(2, sent.Count);
            Assert.Contains("\"help\"", sent[0], StringComparison.Ordinal);
            Assert.Contains("\"progress\"", sent[1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reload_RestoresTheRecentConversation()
    {
        await SendAsync("practice price");
        await SendAsync("Our product is really good, you should buy it.");

        await _page.ReloadAsync();

        await Assertions.Expect(_page.Locator("body[data-history=loaded]")).ToHaveCountAsync(1);
        await Assertions.Expect(_page.GetByTestId("history-mine")).ToHaveTextAsync(["practice price", "Our product is really good, you should buy it."]);
        await Assertions.Expect(_page.GetByTestId("history-reply").Filter(new() { HasText = "Price / value drill" })).ToHaveCountAsync(1);
        await Assertions.Expect(_page.GetByTestId("history-reply").Filter(new() { HasTextRegex = ScorePattern() })).ToHaveCountAsync(1);

        // The drill goes on after the reload: the next answer is scored.
        await SendAsync("Fair question. What are you comparing us with? Customers see payback in five months. Can we talk Thursday at 10?");
        await Assertions.Expect(_page.Locator("li.feedback").Last).ToContainTextAsync(ScorePattern());
    }

    [Fact]
    public async Task Buttons_SendTheirAction()
    {
        await SendAsync("hi");

        await _page.GetByRole(AriaRole.Button, new() { Name = "Practice price" }).First.ClickAsync();

        await Assertions.Expect(_page.Locator("li.buyer").Last).ToBeVisibleAsync();
        await Assertions.Expect(_page.GetByTestId("reply").Filter(new() { HasText = "Price / value drill" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task UserText_IsShownAsText_NotHtml()
    {
        await SendAsync("<img src=x onerror=alert(1)> practice");

        await Assertions.Expect(_page.GetByTestId("mine").Last).ToHaveTextAsync("<img src=x onerror=alert(1)> practice");
        Assert.Equal(0, await _page.Locator("li img").CountAsync());
    }

    [Fact]
    public async Task ProactiveMessage_AppearsOnThePage_WithoutTyping()
    {
        await SendAsync("hi");
        await InboxOpenAsync();

        var sent = await NoteAsync("web-tester", "Price is due again. Ten minutes now?");

        Assert.Equal(ProactiveStatus.Delivered, sent.Status);
        var proactive = _page.GetByTestId("proactive");
        await Assertions.Expect(proactive).ToHaveCountAsync(1);
        await Assertions.Expect(proactive).ToContainTextAsync("Price is due again. Ten minutes now?");
        await Assertions.Expect(_page.GetByTestId("input")).ToBeEmptyAsync();
    }

    [Fact]
    public async Task ProactiveMessage_SentWhileThePageWasClosed_ShowsOnce_AfterAReload()
    {
        await SendAsync("hi");
        await InboxOpenAsync();
        await NoteAsync("web-tester", "First note.");
        await Assertions.Expect(_page.GetByTestId("proactive")).ToHaveCountAsync(1);

        await _page.CloseAsync();
        await NoteAsync("web-tester", "Sent while you were away.");
        _page = await _context.NewPageAsync();
        await _page.GotoAsync("/?user=web-tester&name=Tess");

        // Only what arrived since the page last saw its inbox: the cursor survives the reload.
        var proactive = _page.GetByTestId("proactive");
        await Assertions.Expect(proactive).ToHaveCountAsync(1);
        await Assertions.Expect(proactive).ToContainTextAsync("Sent while you were away.");
    }

    [Fact]
    public async Task Nomination_ShowsOnTheManagersPage_AndApprovingReplacesTheCard()
    {
        var seller = new LocalClient(_factory.CreateClient());
        await _page.GotoAsync("/?user=manager&name=Mia");
        await SendAsync("hi");
        await InboxOpenAsync();
        await seller.SendAsync("alice", "practice price", "Alice");
        var scored = await seller.SendAsync("alice", StrongPriceAnswer);

        await seller.PressAsync("alice", LocalClient.Action(scored, "nominate"));

        var card = _page.GetByTestId("proactive").Filter(new() { HasText = "New playbook nomination" });
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await card.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        var decided = _page.Locator("li.updated").Filter(new() { HasText = "✓ Approved by Mia" });
        await Assertions.Expect(decided).ToHaveCountAsync(1);
        await Assertions.Expect(decided.Locator("button")).ToHaveCountAsync(0);
        await Assertions.Expect(_page.GetByTestId("reply").Last).ToContainTextAsync("Approved. Teammates drilling");
    }

    [Fact]
    public async Task PressedButton_RetiresItsCard()
    {
        await SendAsync("hi");
        var welcome = _page.GetByTestId("reply").First;

        await welcome.GetByRole(AriaRole.Button, new() { Name = "My progress" }).ClickAsync();

        await Assertions.Expect(_page.GetByTestId("reply").Last).ToContainTextAsync("Your progress");
        await Assertions.Expect(welcome).ToHaveClassAsync(RetiredPattern());
        await Assertions.Expect(welcome.Locator("button:enabled")).ToHaveCountAsync(0);
    }

    private Task<ProactiveResult> NoteAsync(string user, string text) =>
        _factory.Services.GetRequiredService<IProactiveSender>().SendAsync(
            new ProactiveRequest { User = new UserKey("local", "local", user), Reason = "test", Messages = [OutboundMessage.Plain(text)] },
            CancellationToken.None);

    /// <summary>The page's inbox stream is connected (a DOM signal set by the page).</summary>
    private Task InboxOpenAsync() => Assertions.Expect(_page.Locator("body[data-inbox=open]")).ToHaveCountAsync(1);

    private async Task SendAsync(string text)
    {
        var before = await _page.GetByTestId("reply").CountAsync();
        await _page.GetByTestId("input").FillAsync(text);
        await _page.GetByTestId("input").PressAsync("Enter");

        // Wait for the bot's answer to render (an explicit DOM signal, not a sleep).
        await Assertions.Expect(_page.GetByTestId("reply")).Not.ToHaveCountAsync(before);
        await Assertions.Expect(_page.GetByTestId("send")).ToBeEnabledAsync();
    }

    [GeneratedRegex(@"Score: \d{1,3}/100")]
    private static partial Regex ScorePattern();

    [GeneratedRegex(@"\bretired\b")]
    private static partial Regex RetiredPattern();
}
