namespace SalesBot.Slack.Configuration;

/// <summary>
/// The <c>Slack</c> configuration section. Everything is optional: an empty section leaves the endpoints mapped but
/// answering 401 (no signing secret). A half-filled section fails start-up (see <see cref="SlackOptionsValidator"/>).
/// Secrets come from configuration or the environment (<c>Slack__SigningSecret</c>) and are never logged.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    public const string DefaultScopes = "app_mentions:read,chat:write,commands,im:history,im:read,im:write,users:read";

    /// <summary>Signs every HTTP request from Slack (Basic Information → Signing Secret).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>A single workspace's bot token (<c>xoxb-…</c>), for deployments without OAuth install.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app-level token (<c>xapp-…</c>, scope <c>connections:write</c>) for Socket Mode.</summary>
    public string? AppToken { get; set; }

    public SlackMode Mode { get; set; } = SlackMode.Http;

    /// <summary>OAuth v2 install (multi-workspace): the app's client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>OAuth v2 install: the app's client secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Signs the OAuth <c>state</c>. When empty, a key is derived from <see cref="ClientSecret"/>.</summary>
    public string? StateSecret { get; set; }

    /// <summary>The OAuth redirect URL registered in the app (…/slack/oauth/callback); sent to Slack when set.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Comma-separated bot scopes asked for at install.</summary>
    public string Scopes { get; set; } = DefaultScopes;

    /// <summary>The Web API base (a fake Slack in tests). A trailing slash is added when missing.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Where <c>/slack/install</c> sends the browser.</summary>
    public Uri AuthorizeUrl { get; set; } = new("https://slack.com/oauth/v2/authorize");

    /// <summary>How long an install <c>state</c> stays valid.</summary>
    public TimeSpan StateLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest request body accepted from Slack.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How often a Web API call is retried after a 429 before the error is surfaced.</summary>
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>
    /// Messages a channel may receive in a burst before pacing to one per second: a whole turn's replies (a drill answer
    /// is up to six messages: score card, buyer, model answer, next round) go out at once; bulk sends settle at 1/s.
    /// </summary>
    public int ChannelBurst { get; set; } = 6;

    /// <summary>Inbound work is handed to the sink on this many lanes (one user always maps to the same lane, in order).</summary>
    public int DispatchLanes { get; set; } = 4;

    /// <summary>Inbound items waiting per lane before new requests are refused with 503 (Slack retries them).</summary>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>The time a synchronous <c>view_submission</c> answer may take (Slack waits 3 s).</summary>
    public TimeSpan ViewSubmissionTimeout { get; set; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>Longest wait between Socket Mode reconnect attempts (and start-up identity retries).</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    public bool HasOAuth => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>True when any Slack setting is present (an empty section means "Slack not used").</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(BotToken) || !string.IsNullOrWhiteSpace(AppToken)
        || !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ClientSecret) || Mode == SlackMode.SocketMode;
}
