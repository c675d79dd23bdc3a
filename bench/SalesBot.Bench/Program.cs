using SalesBot.Bench;

return args.FirstOrDefault() switch
{
    "scoring" => ScoringBench.Run(args.Skip(1).ToArray()),
    "scoring-ab" => ScoringAbBench.Run(args.Skip(1).ToArray()),
    "scheduling" => SchedulingBench.Run(args.Skip(1).ToArray()),
    "rhythm" => await RhythmBench.RunAsync(args.Skip(1).ToArray()),
    "bare" => await BareKestrel.RunAsync(args.Skip(1).ToArray()),
    "teams-loop" => await TeamsLoop.RunAsync(args.Skip(1).ToArray()),
    "fake-slack" => await FakeSlackApi.RunAsync(args.Skip(1).ToArray()),
    "slack-events" => SlackEvents.Run(args.Skip(1).ToArray()),
    "store" => await StoreBench.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: SalesBot.Bench scoring [--data <folder>] [--seconds <n>] | scoring-ab <bin A> <bin B> [--files a.yaml,b.yaml] | scheduling [--people <n>] | rhythm [--people <n>] [--fanout <n>] [--latency-ms <n>] [--only triggers|fanout] | bare --urls <url> | teams-loop --urls <url> --target name=url[,reply]... | fake-slack --urls <url> | slack-events --out <folder> --secret <s> [--threads 2] [--count 50000] [--sellers 400] [--run <id>] | store [--provider memory|sqlite|cosmos] [--users <n>] [--warmup <n>] [--set key=value]");
    return 2;
}
