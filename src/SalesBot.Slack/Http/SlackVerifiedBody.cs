using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using SalesBot.Slack.Configuration;
using SalesBot.Slack.Verification;

namespace SalesBot.Slack.Http;

/// <summary>
/// Reads a Slack request body exactly once, byte for byte and bounded in size, and checks its signature before anything
/// parses it. A missing secret, a bad or stale signature, or missing headers all give 401 with no body details.
/// </summary>
internal static partial class SlackVerifiedBody
{
    public static async Task<(byte[]? Body, IResult? Failure)> ReadAsync(HttpContext context, SlackOptions options, TimeProvider time, ILogger logger)
    {
        var request = context.Request;
        var max = options.MaxBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = max;
        }

        if (request.ContentLength > max)
        {
            return (null, TooLarge(max));
        }

        byte[] body;
        try
        {
            body = await ReadBoundedAsync(request.Body, max, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(max));
        }
        catch (InvalidDataException)
        {
            return (null, TooLarge(max));
        }

        var result = SlackSignature.Verify(
            options.SigningSecret,
            request.Headers[SlackSignature.TimestampHeader].ToString(),
            request.Headers[SlackSignature.SignatureHeader].ToString(),
            body,
            time.GetUtcNow());
        if (result != SlackSignatureResult.Valid)
        {
            LogRefused(logger, request.Path.Value, result);
            return (null, Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "The request is not signed by Slack."));
        }

        return (body, null);
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream stream, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new InvalidDataException("Body too large.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult TooLarge(int max) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large", detail: $"The request body is larger than {max} bytes.");

    [LoggerMessage(EventId = 7400, Level = LogLevel.Warning, Message = "Slack request to {Path} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string? path, SlackSignatureResult reason);
}
