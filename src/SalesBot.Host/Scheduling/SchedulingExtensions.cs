using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using SalesBot.Core.Rhythm;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// Registers the scheduling runtime (ADR 0005): the delivery ledger, the due index, the dispatcher and, when
/// <c>Scheduling:Enabled</c> (the default), Quartz 4.7.3 in memory with three jobs: the refill (every 5 minutes and at
/// start-up), one-shot deliveries, and the daily top-up. Quartz's hosted service waits for running jobs on shutdown
/// (<c>WaitForJobsToComplete</c>): the jobs only hand keys to the dispatcher, so that wait is short, and the dispatcher
/// then finishes the sends in flight within the host's shutdown timeout.
/// </summary>
internal static class SchedulingExtensions
{
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>()
            .BindConfiguration(SchedulingOptions.SectionName)
            .Validate(o => o.RefillInterval > TimeSpan.Zero && o.Horizon > o.RefillInterval, "Scheduling:Horizon must be longer than Scheduling:RefillInterval (> 0).")
            .Validate(o => o.Lease >= TimeSpan.FromSeconds(1), "Scheduling:Lease must be at least one second.")
            .Validate(o => o.PlanAhead >= TimeSpan.FromDays(1), "Scheduling:PlanAhead must be at least one day.")
            .Validate(o => o.MaxAttempts >= 1 && o.MaxConcurrentSends >= 1 && o.QuartzThreads >= 1, "Scheduling:MaxAttempts, MaxConcurrentSends and QuartzThreads must be at least 1.")
            .Validate(o => o.TopUpAt >= TimeSpan.Zero && o.TopUpAt < TimeSpan.FromDays(1), "Scheduling:TopUpAt is a UTC time of day.")
            .Validate(o => o.Pacing.Values.All(p => p.PerTenantPerSecond >= 0 && p.PerConversationPerSecond >= 0), "Scheduling:Pacing rates must be 0 (unlimited) or more.")
            .ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DeliveryLedger>();
        builder.Services.AddSingleton<DueIndex>();
        builder.Services.AddSingleton<AgendaLoader>();
        builder.Services.AddSingleton<OccurrenceComposer>();
        builder.Services.AddSingleton<ChannelPacer>();
        builder.Services.AddSingleton<DuePlanner>();
        builder.Services.AddSingleton<IRhythmScheduler>(services => services.GetRequiredService<DuePlanner>());
        builder.Services.AddSingleton<OccurrenceDispatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OccurrenceDispatcher>());

        var enabled = builder.Configuration.GetValue($"{SchedulingOptions.SectionName}:Enabled", true);
        if (!enabled)
        {
            builder.Services.AddSingleton<IOccurrenceTriggers, NoTriggers>();
            return builder;
        }

        var settings = new SchedulingOptions();
        builder.Configuration.GetSection(SchedulingOptions.SectionName).Bind(settings);
        builder.Services.AddSingleton<IOccurrenceTriggers, QuartzTriggers>();
        builder.Services.AddQuartz(q =>
        {
            // Unique per host: two hosts in one process (tests) must not share a scheduler.
            q.ConfigureScheduler(o => o.InstanceName = $"salesbot-{Guid.NewGuid():N}");
            q.UseInMemoryStore();
            q.UseDefaultThreadPool(Math.Max(1, settings.QuartzThreads));
            q.AddJob<DeliverOccurrenceJob>(j => j.WithIdentity(QuartzTriggers.DeliverJob).StoreDurably());
            q.AddJob<RefillJob>(j => j.WithIdentity(RefillJob.Key).StoreDurably());
            q.AddJob<TopUpJob>(j => j.WithIdentity(TopUpJob.Key).StoreDurably());

            // Explicit start times from the host's clock (a fake one in tests): Quartz's own "now" would be the real clock.
            q.AddTrigger((services, t) => t.ForJob(RefillJob.Key).WithIdentity("refill", "salesbot")
                .StartAt(services.GetRequiredService<TimeProvider>().GetUtcNow())
                .WithSimpleSchedule(s => s.WithInterval(settings.RefillInterval > TimeSpan.Zero ? settings.RefillInterval : TimeSpan.FromMinutes(5)).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            q.AddTrigger((services, t) => t.ForJob(TopUpJob.Key).WithIdentity("top-up-at-start", "salesbot")
                .StartAt(services.GetRequiredService<TimeProvider>().GetUtcNow()));
            q.AddTrigger((services, t) => t.ForJob(TopUpJob.Key).WithIdentity("top-up-daily", "salesbot")
                .StartAt(NextTopUp(services.GetRequiredService<TimeProvider>().GetUtcNow(), settings.TopUpAt))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromDays(1)).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    private static DateTimeOffset NextTopUp(DateTimeOffset now, TimeSpan at)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) + at;
        return today > now ? today : today.AddDays(1);
    }
}
