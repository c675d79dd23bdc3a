using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Storage.Admin;

/// <summary>
/// An operator's export and deletion of one user's data, for privacy requests that don't come through the chat:
/// <c>GET /admin/users/{channel}/{tenantId}/{userId}/export</c> (JSON) and <c>DELETE /admin/users/{channel}/{tenantId}/{userId}</c>.
/// Never open by default: without <c>Admin:Key</c> they answer 404; with it, every request needs
/// <c>Authorization: Bearer &lt;key&gt;</c> (compared in constant time) or gets 401. A key rather than "loopback only",
/// because behind a reverse proxy every request comes from loopback. Both run under the user's lock, like a turn.
/// </summary>
internal static partial class AdminEndpoints
{
    public static IServiceCollection AddUserDataAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.SectionName)
            .Validate(o => string.IsNullOrEmpty(o.Key) || o.Key.Trim().Length >= AdminOptions.MinKeyLength, $"Admin:Key must be empty (admin endpoints off) or at least {AdminOptions.MinKeyLength} characters.")
            .ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapUserDataAdmin(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var users = endpoints.MapGroup("/admin/users/{channel}/{tenantId}/{userId}");
        users.MapGet("/export", ExportAsync);
        users.MapDelete("", DeleteAsync);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(
        string channel, string tenantId, string userId, HttpContext context, IOptions<AdminOptions> options, UserDataService data, IUserLocks locks, ILoggerFactory loggers)
    {
        if (Refusal(context.Request, options.Value) is { } refused)
        {
            return refused;
        }

        var user = new UserKey(channel, tenantId, userId);
        LogExport(loggers.CreateLogger(typeof(AdminEndpoints)), user.ToString());
        using (await locks.AcquireAsync(user, context.RequestAborted))
        {
            // Buffered: a failure halfway must be a 500, not a truncated 200.
            using var buffer = new MemoryStream();
            await data.ExportAsync(user, buffer, context.RequestAborted);
            return Results.Bytes(buffer.ToArray(), "application/json", $"salesbot-{channel}-{userId}.json");
        }
    }

    private static async Task<IResult> DeleteAsync(
        string channel, string tenantId, string userId, HttpContext context, IOptions<AdminOptions> options, UserDataService data, IUserLocks locks, ILoggerFactory loggers)
    {
        if (Refusal(context.Request, options.Value) is { } refused)
        {
            return refused;
        }

        var user = new UserKey(channel, tenantId, userId);
        LogDelete(loggers.CreateLogger(typeof(AdminEndpoints)), user.ToString());
        using (await locks.AcquireAsync(user, context.RequestAborted))
        {
            var report = await data.EraseAsync(user, context.RequestAborted);
            return Results.Json(new ErasureResponse(report.Deleted, report.Anonymised), AdminJsonContext.Default.ErasureResponse);
        }
    }

    /// <summary>404 when the endpoints are off, 401 without the right key, null to go ahead.</summary>
    private static IResult? Refusal(HttpRequest request, AdminOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Key))
        {
            return Results.NotFound();
        }

        const string Scheme = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Unauthorized();
        }

        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(options.Key.Trim()));
        return CryptographicOperations.FixedTimeEquals(given, expected) ? null : Results.Unauthorized();
    }

    [LoggerMessage(EventId = 220, Level = LogLevel.Information, Message = "Admin export of {User}'s data")]
    private static partial void LogExport(ILogger logger, string user);

    [LoggerMessage(EventId = 221, Level = LogLevel.Warning, Message = "Admin deletion of {User}'s data")]
    private static partial void LogDelete(ILogger logger, string user);
}
