namespace SalesBot.Bench;

/// <summary>The physical floor: Kestrel answering POST /x with 200 and nothing else, built the same way as the bot.</summary>
internal static class BareKestrel
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/x", () => Results.Ok());
        app.MapGet("/healthz", () => Results.Ok());
        await app.RunAsync();
        return 0;
    }
}
