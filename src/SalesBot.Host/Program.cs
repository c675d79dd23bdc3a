using SalesBot.Host.Channels.Local;
using SalesBot.Host.Channels.Pipeline;
using SalesBot.Host.Conversations;
using SalesBot.Host.Hosting;
using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Admin;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = HostPaths.ContentRoot(args) });

builder.AddOperations();
builder.AddSalesBotConversations();
builder.AddStorage();
builder.AddTurnPipeline();
builder.AddLocalChannel();

var app = builder.Build();

app.UseOperations();
app.MapOperations();
app.MapLocalChannel();
app.MapUserDataAdmin();

return await app.RunUntilStoppedAsync();
