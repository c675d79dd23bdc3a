using Microsoft.Extensions.Options;
using SalesBot.Core.Content;
using SalesBot.Core.Conversations;
using SalesBot.Core.Drills;
using SalesBot.Core.Scoring;
using SalesBot.Core.Users;
using SalesBot.Host.Channels.Pipeline;

namespace SalesBot.Host.Conversations;

/// <summary>Registers the conversation engine: content, scorer, drills and the channel-neutral turn pipeline.</summary>
internal static class ConversationsExtensions
{
    public static IHostApplicationBuilder AddSalesBotConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName);
        builder.Services.AddOptions<RolesOptions>().BindConfiguration(RolesOptions.SectionName);

        builder.Services.AddSingleton(services =>
        {
            var directory = services.GetRequiredService<IOptions<ContentOptions>>().Value.Directory;
            if (string.IsNullOrWhiteSpace(directory))
            {
                return ContentLoader.LoadEmbedded();
            }

            var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return ContentLoader.LoadWithOverrides(Path.GetFullPath(directory, root));
        });
        builder.Services.AddHostedService<ContentCheck>();

        builder.Services.AddSingleton<AnswerScorer>();
        builder.Services.AddSingleton<DrillEngine>();
        builder.Services.AddSingleton<IRoleDirectory, ConfiguredRoleDirectory>();
        builder.Services.AddSingleton<ConversationService>();
        builder.Services.AddSingleton<TurnProcessor>();
        return builder;
    }
}
