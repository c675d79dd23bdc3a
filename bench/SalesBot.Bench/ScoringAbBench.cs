using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.Loader;
using YamlDotNet.RepresentationModel;

namespace SalesBot.Bench;

/// <summary>
/// Two builds of SalesBot.Core side by side in one process (each in its own load context), scoring the same answers and
/// alternating pass by pass, so both see the same machine load. Reports the best pass of each: the way to compare a
/// scorer change on a shared, noisy machine.
/// </summary>
internal static class ScoringAbBench
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: SalesBot.Bench scoring-ab <bin folder A> <bin folder B> [--data <folder>] [--files a.yaml,b.yaml] [--passes <n>]");
            return 2;
        }

        var data = Option(args, "--data") ?? Path.Combine(ScoringBench.FindRepositoryRoot(), "tests", "SalesBot.Core.Tests", "Scoring", "Data");
        var files = Option(args, "--files")?.Split(',') ?? Directory.GetFiles(data, "*.yaml").Select(Path.GetFileName).OfType<string>().ToArray();
        var passes = int.Parse(Option(args, "--passes") ?? "40", CultureInfo.InvariantCulture);
        var a = Load("A", Path.GetFullPath(args[0]), data, files);
        var b = Load("B", Path.GetFullPath(args[1]), data, files);
        var bestA = double.MaxValue;
        var bestB = double.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            bestA = Math.Min(bestA, Time(a));
            bestB = Math.Min(bestB, Time(b));
        }

        Console.WriteLine($"answers: {a()} from {string.Join(", ", files)}; best of {passes} alternating passes each");
        Console.WriteLine("| build | microseconds per answer | answers per second, one core |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| A {args[0]} | {bestA:F1} | {1e6 / bestA:N0} |");
        Console.WriteLine($"| B {args[1]} | {bestB:F1} | {1e6 / bestB:N0} |");
        Console.WriteLine($"B runs at {bestA / bestB:F2}x the speed of A");
        return 0;
    }

    private static double Time(Func<int> pass)
    {
        var clock = Stopwatch.StartNew();
        var scored = pass();
        return clock.Elapsed.TotalMicroseconds / scored;
    }

    /// <summary>Loads a SalesBot.Core build and returns a pass that scores every answer once (after a warm-up).</summary>
    private static Func<int> Load(string name, string folder, string data, string[] files)
    {
        var context = new AssemblyLoadContext(name);
        context.Resolving += (ctx, assembly) =>
            File.Exists(Path.Combine(folder, assembly.Name + ".dll")) ? ctx.LoadFromAssemblyPath(Path.Combine(folder, assembly.Name + ".dll")) : null;
        var core = context.LoadFromAssemblyPath(Path.Combine(folder, "SalesBot.Core.dll"));
        var catalog = core.GetType("SalesBot.Core.Content.ContentLoader", throwOnError: true)!.GetMethod("LoadEmbedded", Type.EmptyTypes)!.Invoke(null, null)!;
        var getCategory = catalog.GetType().GetMethod("GetCategory")!;
        var contextType = core.GetType("SalesBot.Core.Scoring.ScoringContext", throwOnError: true)!;
        var profileType = core.GetType("SalesBot.Core.Scoring.RubricProfile", throwOnError: true)!;
        var scorerType = core.GetType("SalesBot.Core.Scoring.AnswerScorer", throwOnError: true)!;
        var scorer = Activator.CreateInstance(scorerType)!;
        var work = new List<(string Answer, object Context)>();
        foreach (var file in files)
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(Path.Combine(data, file)))
            {
                stream.Load(reader);
            }

            foreach (var objection in ((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["objections"]).Children.Cast<YamlMappingNode>())
            {
                var scoring = Activator.CreateInstance(contextType)!;
                contextType.GetProperty("Profile")!.SetValue(scoring, Enum.ToObject(profileType, 0));
                contextType.GetProperty("Category")!.SetValue(scoring, getCategory.Invoke(catalog, [Scalar(objection, "category")]));
                contextType.GetProperty("BuyerLine")!.SetValue(scoring, Scalar(objection, "objection"));
                contextType.GetProperty("BuyerContext")!.SetValue(scoring, Scalar(objection, "buyer"));
                work.AddRange(((YamlSequenceNode)objection["answers"]).Children.Cast<YamlMappingNode>().Select(answer => (Scalar(answer, "text"), scoring)));
            }
        }

        var scorerParameter = Expression.Parameter(typeof(object));
        var answerParameter = Expression.Parameter(typeof(string));
        var contextParameter = Expression.Parameter(typeof(object));
        var call = Expression.Call(Expression.Convert(scorerParameter, scorerType), scorerType.GetMethod("Score")!, answerParameter, Expression.Convert(contextParameter, contextType));
        var score = Expression.Lambda<Func<object, string, object, object>>(call, scorerParameter, answerParameter, contextParameter).Compile();
        int Pass()
        {
            foreach (var (answer, scoring) in work)
            {
                score(scorer, answer, scoring);
            }

            return work.Count;
        }

        for (var i = 0; i < 3; i++)
        {
            Pass();
        }

        return Pass;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
