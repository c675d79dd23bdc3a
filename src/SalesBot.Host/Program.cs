using SalesBot.Host.Channels.Local;
using SalesBot.Host.Channels.Pipeline;
using SalesBot.Host.Conversations;
using SalesBot.Host.Hosting;
using SalesBot.Host.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddOperations();
builder.AddSalesBotConversations();
builder.AddStorage();
builder.AddTurnPipeline();
builder.AddLocalChannel();

var app = builder.Build();

app.UseOperations();
app.MapOperations();
app.MapLocalChannel();

await app.RunAsync();
