using SalesBot.Bench;

return args.FirstOrDefault() switch
{
    "scoring" => ScoringBench.Run(args.Skip(1).ToArray()),
    "scheduling" => SchedulingBench.Run(args.Skip(1).ToArray()),
    "rhythm" => await RhythmBench.RunAsync(args.Skip(1).ToArray()),
    "bare" => await BareKestrel.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: SalesBot.Bench scoring [--data <folder>] [--seconds <n>] | scheduling [--people <n>] | rhythm [--people <n>] [--fanout <n>] [--latency-ms <n>] [--only triggers|fanout] | bare --urls <url>");
    return 2;
}
