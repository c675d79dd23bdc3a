using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Connector;

/// <summary>
/// Trying the bot locally with <c>Teams:DisableAuth</c> in Development and no app id (e.g. with the Agents Playground's
/// mock connector): replies go without a token, and only to loopback serviceUrls.
/// </summary>
public sealed class AnonymousConnectorTests(FakeConnector fake) : IClassFixture<FakeConnector>
{
    private static readonly Activity Hello = new() { Type = "message", Text = "hello" };

    private static void Anonymous(Dictionary<string, string?> settings)
    {
        settings["Teams:AppId"] = null;
        settings["Teams:AppPassword"] = null;
        settings["Teams:DisableAuth"] = "true";
    }

    [Fact]
    public async Task DisableAuthInDevelopment_WithoutAppId_SendsWithoutAToken_ToLoopback()
    {
        await using var connector = await MockConnector.StartAsync();
        using var host = new ConnectorHost(fake, environment: "Development", configure: Anonymous);

        var result = await host.Client.SendToConversationAsync(connector.ServiceUrl, "a:1", Hello, null, default);

        Assert.True(result.IsSuccess);
        Assert.Equal(0, host.Tokens.Requests);
        Assert.Equal([""], connector.Authorizations);
    }

    [Fact]
    public async Task DisableAuthInDevelopment_WithoutAppId_NeverSendsBeyondLoopback()
    {
        using var host = new ConnectorHost(fake, environment: "Development", configure: s =>
        {
            Anonymous(s);
            s["Teams:AllowedServiceUrlHosts:0"] = "smba.trafficmanager.net";
        });

        var result = await host.Client.SendToConversationAsync("https://smba.trafficmanager.net/teams/", "a:1", Hello, null, default);

        Assert.Equal(ConnectorOutcome.ServiceUrlNotAllowed, result.Outcome);
    }

    [Fact]
    public async Task WithAnAppId_DisableAuthStillSendsTheBotsToken()
    {
        using var host = new ConnectorHost(fake, environment: "Development", configure: s => s["Teams:DisableAuth"] = "true");
        await fake.ResetAsync();

        var result = await host.Client.SendToConversationAsync(fake.ServiceUrl, "a:1", Hello, null, default);

        Assert.True(result.IsSuccess); // the fake connector refuses calls without a valid bot token
        Assert.Equal(1, host.Tokens.Requests);
    }

    /// <summary>A Connector stand-in on Kestrel that accepts anything and records the Authorization header.</summary>
    private sealed class MockConnector : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private MockConnector(WebApplication app, string serviceUrl)
        {
            _app = app;
            ServiceUrl = serviceUrl;
        }

        public string ServiceUrl { get; }

        public ConcurrentQueue<string> Received { get; } = new();

        public IReadOnlyList<string> Authorizations => [.. Received];

        public static async Task<MockConnector> StartAsync()
        {
            var builder = WebApplication.CreateBuilder();
            builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            builder.Logging.ClearProviders();
            var app = builder.Build();
            MockConnector? self = null;
            app.MapPost("/_connector/v3/conversations/{id}/activities", (HttpRequest request) =>
            {
                self!.Received.Enqueue(request.Headers.Authorization.ToString());
                return Results.Json(new ResourceResponse("1:mock"), TeamsJsonContext.Default.ResourceResponse, statusCode: 201);
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            self = new MockConnector(app, $"{address}/_connector/");
            return self;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
