using System.Diagnostics;
using System.Globalization;
using SalesBot.Core.Content;
using SalesBot.Core.Scoring;
using YamlDotNet.RepresentationModel;

namespace SalesBot.Bench;

/// <summary>
/// Scores every labelled answer again and again on one thread and reports answers per second per core (wall clock and
/// CPU time of this thread) and allocations per answer.
/// </summary>
internal static class ScoringBench
{
    public static int Run(string[] args)
    {
        var data = Option(args, "--data") ?? Path.Combine(FindRepositoryRoot(), "tests", "SalesBot.Core.Tests", "Scoring", "Data");
        var seconds = double.Parse(Option(args, "--seconds") ?? "5", CultureInfo.InvariantCulture);
        var catalog = ContentLoader.LoadEmbedded();
        var work = Directory.GetFiles(data, "*.yaml").SelectMany(f => Load(f, catalog)).ToArray();
        var scorer = new AnswerScorer();

        // Warm up: JIT, tiered compilation, per-category cue compilation.
        for (var i = 0; i < 3; i++)
        {
            foreach (var (answer, context) in work)
            {
                scorer.Score(answer, context);
            }
        }

        var words = work.Sum(w => w.Answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length) / (double)work.Length;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long scored = 0;
        var checksum = 0L;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var (answer, context) in work)
            {
                checksum += scorer.Score(answer, context).Overall;
                scored++;
            }
        }

        clock.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        var perSecond = scored / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"answers: {work.Length} distinct (mean {words:F0} words), scored {scored:N0} times in {clock.Elapsed.TotalSeconds:F1} s on one thread (checksum {checksum})");
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| answers per second, one core (wall clock) | {perSecond:N0} |");
        Console.WriteLine($"| answers per CPU-second (process CPU time) | {scored / cpu:N0} |");
        Console.WriteLine($"| microseconds per answer | {1e6 / perSecond:F1} |");
        Console.WriteLine($"| allocated bytes per answer | {allocated / (double)scored:N0} |");
        return 0;
    }

    private static IEnumerable<(string Answer, ScoringContext Context)> Load(string file, ContentCatalog catalog)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            stream.Load(reader);
        }

        foreach (var objection in ((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["objections"]).Children.Cast<YamlMappingNode>())
        {
            var context = new ScoringContext
            {
                Profile = RubricProfile.Objection,
                Category = catalog.GetCategory(Scalar(objection, "category")),
                BuyerLine = Scalar(objection, "objection"),
                BuyerContext = Scalar(objection, "buyer"),
            };
            foreach (var answer in ((YamlSequenceNode)objection["answers"]).Children.Cast<YamlMappingNode>())
            {
                yield return (Scalar(answer, "text"), context);
            }
        }
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    internal static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SalesBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository (SalesBot.sln not found).");
    }
}
