using SalesBot.Host.Channels.Local;
using SalesBot.Host.Channels.Pipeline;
using SalesBot.Host.Channels.Slack;
using SalesBot.Host.Conversations;
using SalesBot.Host.Hosting;
using SalesBot.Host.Scheduling;
using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Admin;
using SalesBot.Slack;
using SalesBot.Teams.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = HostPaths.ContentRoot(args) });

builder.AddOperations();
builder.AddSalesBotConversations();
builder.AddStorage();
builder.AddTurnPipeline();
builder.AddLocalChannel();
builder.AddTeamsChannel();
builder.AddSlackChannel();
builder.AddSlackStorage();
builder.AddScheduling();

var app = builder.Build();

app.UseOperations();
app.MapOperations();
app.MapLocalChannel();
app.MapTeamsChannel();
app.MapSlackChannel();
app.MapUserDataAdmin();

return await app.RunUntilStoppedAsync();
