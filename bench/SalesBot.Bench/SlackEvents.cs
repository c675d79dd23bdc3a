using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SalesBot.Slack.Verification;

namespace SalesBot.Bench;

/// <summary>
/// Pre-signs a batch of Slack <c>message.im</c> events for wrk (bench/wrk/slack.lua): one file per wrk thread, one request
/// per line (<c>timestamp TAB signature TAB body</c>), every event with a fresh <c>event_id</c> and a signature made with the
/// current timestamp, so the whole batch is valid for Slack's 5-minute window. Signing in Lua per request would need a
/// SHA-256 in Lua on wrk's threads, competing with the server for the same two cores; a batch signed here before each
/// run costs nothing during the measurement. Each seller alternates "practice price" and a scored answer, like the local
/// drill benchmark.
/// </summary>
internal static class SlackEvents
{
    private const string Answer = "That is a fair challenge, and with a 12% cost target I would ask the same. Compared to what: the licence of your current tool, or what the invoice errors cost you? Helix Freight paid back the difference in five months by cutting billing errors 30%. Can we take 30 minutes on Thursday at 10 to build the business case with your numbers?";

    public static int Run(string[] args)
    {
        var output = Option(args, "--out") ?? throw new ArgumentException("--out <folder> is required");
        var threads = int.Parse(Option(args, "--threads") ?? "2", CultureInfo.InvariantCulture);
        var count = int.Parse(Option(args, "--count") ?? "50000", CultureInfo.InvariantCulture);
        var sellers = int.Parse(Option(args, "--sellers") ?? "400", CultureInfo.InvariantCulture);
        var secret = Option(args, "--secret") ?? throw new ArgumentException("--secret is required");
        var team = Option(args, "--team") ?? "T0BENCH";
        var run = Option(args, "--run") ?? "r";
        Directory.CreateDirectory(output);
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        for (var thread = 0; thread < threads; thread++)
        {
            using var file = new StreamWriter(Path.Combine(output, $"events-{thread}.txt"), append: false, new UTF8Encoding(false));
            for (var n = 0; n < count; n++)
            {
                var seller = n % sellers;
                var turn = n / sellers;
                var user = string.Create(CultureInfo.InvariantCulture, $"U{thread}B{seller:D4}");
                var body = Event(team, user, turn % 2 == 0 ? "practice price" : Answer, string.Create(CultureInfo.InvariantCulture, $"Ev{run}-{thread}-{n}"), n);
                var signature = SlackSignature.Compute(secret, timestamp, Encoding.UTF8.GetBytes(body));
                file.Write(timestamp);
                file.Write('\t');
                file.Write(signature);
                file.Write('\t');
                file.Write(body);
                file.Write('\n');
            }
        }

        return 0;
    }

    private static string Event(string team, string user, string text, string eventId, int n)
    {
        var ts = string.Create(CultureInfo.InvariantCulture, $"1700000000.{n:D6}");
        return new JsonObject
        {
            ["token"] = "unused",
            ["team_id"] = team,
            ["api_app_id"] = "A0BENCH",
            ["event"] = new JsonObject
            {
                ["type"] = "message",
                ["channel"] = "D" + user,
                ["user"] = user,
                ["text"] = text,
                ["ts"] = ts,
                ["event_ts"] = ts,
                ["channel_type"] = "im",
            },
            ["type"] = "event_callback",
            ["event_id"] = eventId,
            ["event_time"] = 1_700_000_000,
            ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = team, ["user_id"] = "U0BOT", ["is_bot"] = true, ["is_enterprise_install"] = false }),
        }.ToJsonString();
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
