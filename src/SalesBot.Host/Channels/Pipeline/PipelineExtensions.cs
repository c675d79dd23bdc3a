using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Channels.Pipeline;

/// <summary>
/// Registers the two-way turn pipeline every channel and background job uses: <see cref="ITurnPipeline"/> (hand in
/// inbound turns), <see cref="IProactiveSender"/> (message a user first), <see cref="IUserLocks"/> (the one per-user lock).
/// Channels add their <see cref="IChannelMessenger"/> themselves.
/// </summary>
internal static class PipelineExtensions
{
    public static IHostApplicationBuilder AddTurnPipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PipelineOptions>()
            .BindConfiguration(PipelineOptions.SectionName)
            .Validate(o => o.QueueCapacity > 0, "Pipeline:QueueCapacity must be at least 1.")
            .Validate(o => o.MaxConcurrentUsers > 0, "Pipeline:MaxConcurrentUsers must be at least 1.")
            .Validate(o => o.RecentMessageIds > 0, "Pipeline:RecentMessageIds must be at least 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton<KeyedLock>();
        builder.Services.AddSingleton<IUserLocks>(services => services.GetRequiredService<KeyedLock>());
        builder.Services.AddSingleton<ChannelMessengers>();
        builder.Services.AddSingleton<TurnProcessor>();
        builder.Services.AddSingleton<TurnQueue>();
        builder.Services.AddSingleton<ITurnPipeline>(services => services.GetRequiredService<TurnQueue>());
        builder.Services.AddSingleton<IProactiveSender>(services => services.GetRequiredService<TurnQueue>());
        builder.Services.AddHostedService(services => services.GetRequiredService<TurnQueue>());
        return builder;
    }
}
