using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesBot.Core.Content;
using SalesBot.Core.Conversations;
using SalesBot.Core.Conversations.Handlers;
using SalesBot.Core.Drills;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scoring;
using SalesBot.Core.Users;

namespace SalesBot.Host.Conversations;

/// <summary>Registers the conversation engine: content, scorer, drills, one handler per feature, the router and the turn service.</summary>
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

        // One handler per feature; the router refuses to start if a command has none or two.
        builder.Services.AddSingleton<HelpHandler>();
        builder.Services.AddSingleton<ICommandHandler>(services => services.GetRequiredService<HelpHandler>());
        builder.Services.AddSingleton<ICommandHandler, PracticeHandler>();
        builder.Services.AddSingleton<ICommandHandler, RolePlayHandler>();
        builder.Services.AddSingleton<ICommandHandler, DrillControlHandler>();
        builder.Services.AddSingleton<ICommandHandler, ProgressHandler>();
        builder.Services.AddSingleton<ICommandHandler, PlaybookHandler>();
        builder.Services.AddSingleton<ICommandHandler, ReviewHandler>();
        builder.Services.AddSingleton<ICommandHandler, NominateHandler>();
        builder.Services.AddSingleton<ICommandHandler, ForgetMeHandler>();
        builder.Services.AddSingleton<ICommandHandler, ScoreDetailsHandler>();
        builder.Services.AddSingleton<ICommandHandler, TeamHandler>();
        builder.Services.AddSingleton<ICommandHandler, OneOnOneHandler>();
        builder.Services.AddSingleton<ICommandHandler, NudgeHandler>();
        builder.Services.AddSingleton<ICommandHandler, PreferencesHandler>();
        builder.Services.AddSingleton<RhythmPeople>();
        builder.Services.AddSingleton<RhythmDesk>();
        builder.Services.TryAddSingleton<IRhythmScheduler, NoRhythmScheduler>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DrillAnswerHandler>();
        builder.Services.AddSingleton<TurnRouter>();
        builder.Services.AddSingleton<ConversationService>();
        return builder;
    }
}
