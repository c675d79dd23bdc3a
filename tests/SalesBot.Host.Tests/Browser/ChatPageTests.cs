using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Browser;

/// <summary>The chat page in headless Chromium against the bot on loopback: what a newcomer does in the first minute.</summary>
public sealed partial class ChatPageTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
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
        await Assertions.Expect(feedback).ToContainTextAsync("What worked");
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
}
