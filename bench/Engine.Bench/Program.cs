using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Engine.Bench;
using Engine.Bench.Limits;
using Engine.Output;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Samples;
using nietras.SeparatedValues;

// Whole-run measurements for bench/run: each command prints "METRIC name=value" lines (medians of several runs).
var command = args.Length > 0 ? args[0] : "help";
var options = Options.Parse(args.Skip(1).ToArray());
var targets = options.Get("targets", Path.Combine("targets", "zhanjiang-2023"));
switch (command)
{
    case "ingest":
        Ingest(options.Get("file", "figures-1m.csv"), int.Parse(options.Get("runs", "3"), CultureInfo.InvariantCulture));
        break;
    case "assess":
        Assess(int.Parse(options.Get("entities", "100"), CultureInfo.InvariantCulture), int.Parse(options.Get("months", "12"), CultureInfo.InvariantCulture), int.Parse(options.Get("runs", "3"), CultureInfo.InvariantCulture), int.Parse(options.Get("rulesengine-entities", "5"), CultureInfo.InvariantCulture));
        break;
    case "profile":
        Profile(int.Parse(options.Get("entities", "20"), CultureInfo.InvariantCulture), int.Parse(options.Get("months", "3"), CultureInfo.InvariantCulture), int.Parse(options.Get("runs", "10"), CultureInfo.InvariantCulture), int.Parse(options.Get("parallelism", "1"), CultureInfo.InvariantCulture));
        break;
    case "compile":
        Compile(int.Parse(options.Get("runs", "5"), CultureInfo.InvariantCulture));
        break;
    case "request":
        Request(int.Parse(options.Get("requests", "200"), CultureInfo.InvariantCulture), int.Parse(options.Get("runs", "5"), CultureInfo.InvariantCulture), int.Parse(options.Get("entities", "1"), CultureInfo.InvariantCulture));
        break;
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(InnerLoops).Assembly).Run(args.Skip(1).ToArray());
        break;
    default:
        Console.WriteLine("engine-bench ingest --file F | assess --entities N --months M | profile --entities N --months M --runs R | compile | bdn [BenchmarkDotNet args]");
        break;
}

void Ingest(string file, int runs)
{
    var ledger = LedgerReader.Read(targets);
    var evaluator = new Evaluator(ledger); // compiled once, outside the timings: ingest is about rows
    Func<long> sepWork = () =>
    {
        long rows = 0, chars = 0;
        using var reader = Sep.Reader().FromFile(file);
        foreach (var row in reader)
        {
            chars += row[0].Span.Length + row[1].Span.Length + row[2].Span.Length;
            rows++;
        }

        return rows + chars;
    };
    // Less than any engine must do to use a row: Sep's spans and the value parsed as a decimal (exact arithmetic needs it).
    Func<long> parseWork = () =>
    {
        long rows = 0;
        var sum = 0m;
        using var reader = Sep.Reader().FromFile(file);
        foreach (var row in reader)
        {
            if (decimal.TryParse(row[2].Span, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                sum += value;
                rows++;
            }
        }

        return rows + (long)sum;
    };

    // …and each row's target found in the ledger, as any engine must to know what the value is for.
    Func<long> lookupWork = () =>
    {
        long rows = 0;
        var sum = 0m;
        using var reader = Sep.Reader().FromFile(file);
        foreach (var row in reader)
        {
            if (decimal.TryParse(row[2].Span, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && ledger.TryGetTargetOrdinal(row[0].Span, out _))
            {
                sum += value;
                rows++;
            }
        }

        return rows + (long)sum;
    };
    // The floor the issue sets for ingest: what any reader of these rows must do by hand, with nothing of the
    // engine's intake: Sep's spans, each cell trimmed, the value parsed as a decimal, the date as YYYY-MM-DD and
    // the target found in the ledger.
    Func<long> floorWork = () =>
    {
        long rows = 0;
        var sum = 0m;
        using var reader = Sep.Reader().FromFile(file);
        foreach (var row in reader)
        {
            if (ledger.TryGetTargetOrdinal(row[0].Span.Trim(), out _)
                && IsoDate.TryParse(row[1].Span.Trim(), out var date)
                && decimal.TryParse(row[2].Span.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                sum += value + date.Day;
                rows++;
            }
        }

        return rows + (long)sum;
    };
    Func<long> engineWork = () =>
    {
        var intake = new FigureIntake(ledger, keepRows: false);
        CsvFigureReader.Read(file, Path.GetFileName(file), intake);
        var result = evaluator.Evaluate(FigureSet.From(intake), [evaluator.DefaultAsOf(FigureSet.From(intake))]);
        AssessmentJsonWriter.Write(result, TextWriter.Null);
        return intake.Read;
    };
    // The same rows through ML.NET's TextLoader and IDataView (the library's data view entry point), read and reduced only.
    Func<long> mlnetWork = () =>
    {
        var intake = new FigureIntake(ledger, keepRows: false);
        TextLoaderFigureReader.Read(file, Path.GetFileName(file), ',', intake);
        return intake.Read;
    };
    Func<long> sepReadWork = () =>
    {
        var intake = new FigureIntake(ledger, keepRows: false);
        CsvFigureReader.Read(file, Path.GetFileName(file), intake);
        return intake.Read;
    };
    var times = Interleaved(runs, ("Sep, spans", sepWork), ("engine evaluate → JSON", engineWork), ("read through TextLoader", mlnetWork), ("read through Sep", sepReadWork), ("Sep + value parsed as decimal", parseWork), ("… + target looked up", lookupWork), ("floor: trimmed, value, date and target", floorWork));
    var (sep, engine, mlnet, sepRead, parse, lookup, floor) = (times[0], times[1], times[2], times[3], times[4], times[5], times[6]);
    Metric("ingest_floor_s", floor.TotalSeconds);
    Metric("ingest_vs_floor", engine.TotalSeconds / floor.TotalSeconds);
    Metric("lookup_floor_s", lookup.TotalSeconds);
    Metric("lookup_floor_ratio", lookup.TotalSeconds / sep.TotalSeconds);
    Metric("parse_floor_s", parse.TotalSeconds);
    Metric("parse_floor_ratio", parse.TotalSeconds / sep.TotalSeconds);
    var rows = File.ReadLines(file).LongCount() - 1;
    Metric("engine_read_s", sepRead.TotalSeconds);
    Metric("mlnet_read_s", mlnet.TotalSeconds);
    Metric("ingest_rows", rows);
    Metric("sep_parse_s", sep.TotalSeconds);
    Metric("engine_ingest_s", engine.TotalSeconds);
    Metric("engine_rows_per_s", rows / engine.TotalSeconds);
    Metric("ingest_ratio", engine.TotalSeconds / sep.TotalSeconds);
}

// The prepared figure set of the assessment step: a row per target, entity and month end, and those month ends.
(Engine.Rules.Ledgers.Ledger Ledger, FigureSet Set, List<DateOnly> Dates) PreparedFigures(int entities, int months)
{
    var ledger = LedgerReader.Read(targets);
    var text = new StringWriter();
    new SampleFigureGenerator(ledger, 2023).WriteLarge(entities * months * ledger.Targets.Count, entities, text);
    var path = Path.GetTempFileName();
    File.WriteAllText(path, text.ToString());
    var intake = new FigureIntake(ledger, keepRows: false);
    CsvFigureReader.Read(path, "bench.csv", intake);
    File.Delete(path);
    var dates = Enumerable.Range(1, months).Select(m => new DateOnly(ledger.Period.Start.Year, m, 1).AddMonths(1).AddDays(-1)).ToList();
    return (ledger, FigureSet.From(intake), dates);
}

void Assess(int entities, int months, int runs, int rulesEngineEntities)
{
    var (ledger, set, dates) = PreparedFigures(entities, months);
    var scratch = new Dictionary<string, HandWrittenEvaluator.TargetResult>(StringComparer.Ordinal);

    // A timed pass of an evaluator over every (entity, month end); returns the target assessments made.
    Func<long> EngineRun(Evaluator e) => () => e.Evaluate(set, dates).Assessments.Sum(a => (long)a.Tasks.Sum(t => t.Targets.Count));
    Func<long> HandRun(HandWrittenEvaluator h) => () =>
    {
        long n = 0;
        foreach (var date in dates)
        {
            foreach (var entity in set.Entities)
            {
                h.Assess(set, entity, date, scratch);
                n += scratch.Count;
            }
        }

        return n;
    };
    var names = set.Entities;
    long perRun = (long)names.Count * dates.Count * ledger.Targets.Count;

    // One session at a time, as the baselines run on one thread; then the engine's default, a session per core.
    var evaluator = new Evaluator(ledger) { Parallelism = 1 };
    Func<long> engineWork = EngineRun(evaluator);
    var parallel = new Evaluator(ledger);
    Func<long> engineParallelWork = EngineRun(parallel);

    var hand = new HandWrittenEvaluator(ledger);
    Func<long> limitWork = HandRun(hand);

    // RulesEngine is slow enough that a subset of entities gives its rate within the time budget.
    var re = new RulesEngineEvaluator(ledger);
    var reNames = names.Take(rulesEngineEntities).ToList();
    long reCount = (long)reNames.Count * dates.Count * ledger.Targets.Count;
    Func<long> rulesEngineWork = () =>
    {
        long n = 0;
        foreach (var date in dates)
        {
            foreach (var entity in reNames)
            {
                n += re.Assess(set, entity, date);
            }
        }

        return n;
    };

    // The floor of any NRules design: one alpha test and one firing per target, sessions of the engine's size.
    var floor = new NRulesFloor();
    var readings = new List<NRulesFloor.Reading>();
    foreach (var date in dates)
    {
        foreach (var entity in names)
        {
            foreach (var target in ledger.Targets)
            {
                readings.Add(new NRulesFloor.Reading(readings.Count % ledger.Targets.Count, set.InForce(entity, target.Id, date)?.Value ?? 0m, target.Value ?? 100m));
            }
        }
    }

    Func<long> floorWork = () => readings.Chunk(Evaluator.SlotsPerSession * ledger.Targets.Count).Sum(c => floor.Judge(c));

    // Interleaved: each round times every contender once, so a burst of load on this shared machine falls on all
    // of them rather than on whichever ran during it.
    // Bare decisions on both sides: the engine without trends and with the ledger's alert rules left out.
    var bareLedger = new Engine.Rules.Ledgers.Ledger(ledger.Id, ledger.Title, ledger.Period, ledger.Labels, ledger.Slack, ledger.Areas, ledger.Tasks, ledger.Revision + "+without-alerts");
    var bareEngine = new Evaluator(bareLedger) { Parallelism = 1, Projections = false };
    Func<long> bareEngineWork = EngineRun(bareEngine);
    var bare = new HandWrittenEvaluator(ledger, statusesOnly: true);
    Func<long> bareWork = HandRun(bare);

    var times = Interleaved(runs, ("engine", engineWork), ("engine, a session per core", engineParallelWork), ("hand-written", limitWork), ("RulesEngine", rulesEngineWork), ("NRules floor", floorWork), ("hand-written, statuses only", bareWork), ("engine, statuses only", bareEngineWork));
    var (engine, engineParallel, limit, rulesEngine, floorTime, bareTime, bareEngineTime) = (times[0], times[1], times[2], times[3], times[4], times[5], times[6]);

    // The three give the same assessment: checked on one entity at every date before the figures are believed.
    var agree = dates.All(date =>
    {
        var mine = evaluator.Assess(set, reNames[0], date).Tasks.SelectMany(t => t.Targets).ToDictionary(t => t.Target.Id, t => new HandWrittenEvaluator.TargetResult(t.Status, t.Progress, t.Projection?.Value, t.Projection?.Likely));
        var byHand = new Dictionary<string, HandWrittenEvaluator.TargetResult>(StringComparer.Ordinal);
        hand.Assess(set, reNames[0], date, byHand);
        re.Assess(set, reNames[0], date);
        return mine.All(p => byHand[p.Key] == p.Value && re.Targets[p.Key] == p.Value);
    });
    var bareAgree = dates.All(date =>
    {
        var mine = bareEngine.Assess(set, reNames[0], date).Tasks;
        var byHand = new HandWrittenEvaluator(ledger, statusesOnly: true).Assess(set, reNames[0], date, new Dictionary<string, HandWrittenEvaluator.TargetResult>(StringComparer.Ordinal));
        return mine.Zip(byHand).All(p => (p.First.Task.No, p.First.Status, p.First.Progress, p.First.Alert?.Level) == (p.Second.TaskNo, p.Second.Status, p.Second.Progress, p.Second.Alert));
    });
    Metric("outputs_agree", agree && bareAgree ? 1 : 0);

    var enginePerS = perRun / engine.TotalSeconds;
    Metric("nrules_floor_per_s", perRun / floorTime.TotalSeconds);
    Metric("handwritten_statuses_only_per_s", perRun / bareTime.TotalSeconds);
    Metric("floor_vs_statuses_only", perRun / bareTime.TotalSeconds / (perRun / floorTime.TotalSeconds));
    Metric("assess_statuses_only_per_s", perRun / bareEngineTime.TotalSeconds);
    Metric("vs_limit_statuses_only", bareEngineTime.TotalSeconds / bareTime.TotalSeconds);
    var limitPerS = perRun / limit.TotalSeconds;
    var rePerS = reCount / rulesEngine.TotalSeconds;
    Metric("assess_target_assessments", perRun);
    Metric("assess_per_s", enginePerS);
    Metric("assess_parallel_per_s", perRun / engineParallel.TotalSeconds);
    Metric("parallelism", parallel.Parallelism);
    Metric("handwritten_per_s", limitPerS);
    Metric("rulesengine_per_s", rePerS);
    Metric("vs_rulesengine", enginePerS / rePerS);
    Metric("vs_limit", limitPerS / enginePerS);
}

// The engine's assessment loop alone, for a sampling profiler (perf, dotnet-trace) to look at.
void Profile(int entities, int months, int runs, int parallelism)
{
    var (ledger, set, dates) = PreparedFigures(entities, months);
    var evaluator = new Evaluator(ledger) { Parallelism = parallelism };
    var engine = Median(runs, () =>
    {
        long n = 0;
        foreach (var assessment in evaluator.Evaluate(set, dates).Assessments)
        {
            n += assessment.Tasks.Sum(t => t.Targets.Count);
        }

        return n;
    });
    Metric("assess_per_s", (double)set.Entities.Count * dates.Count * ledger.Targets.Count / engine.TotalSeconds);
    Metric("allocated_mb_total", GC.GetTotalAllocatedBytes() / 1e6);
    Metric("gc0", GC.CollectionCount(0));
    Metric("gc1", GC.CollectionCount(1));
    Metric("gc2", GC.CollectionCount(2));
    Metric("gc_pause_s", GC.GetTotalPauseDuration().TotalSeconds);
}

// What one stateless evaluate request of the HTTP API costs in process: 20 figures of one entity read, the whole
// ledger assessed and its JSON answer written; sessions kept for reuse (the engine's way) against a new session each time.
void Request(int requests, int runs, int entities)
{
    var ledger = LedgerReader.Read(targets);
    var evaluator = new Evaluator(ledger);
    var rows = new StringWriter();
    rows.WriteLine("target,as_of,value,entity");
    var chosen = ledger.Targets.Take(5).Select(t => t.Id).ToList();
    for (var e = 0; e < entities; e++)
    {
        for (var i = 0; i < 20; i++)
        {
            rows.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{chosen[i % chosen.Count]},2023-06-30,{10 + i},{(entities == 1 ? "" : $"entity-{e:00}")}"));
        }
    }

    var path = Path.GetTempFileName();
    File.WriteAllText(path, rows.ToString());
    var asOf = new DateOnly(2023, 6, 30);
    long writtenBytesPerRequest = 0;
    Func<long> Work(bool reuse, bool write = true) => () =>
    {
        RuleNetwork.ReuseSessions = reuse;
        long targetsAssessed = 0;
        for (var i = 0; i < requests; i++)
        {
            var intake = new FigureIntake(ledger, keepRows: false);
            CsvFigureReader.Read(path, "request.csv", intake);
            var result = evaluator.Evaluate(FigureSet.From(intake), [asOf]);
            // Assessments are made as they are read, and read again they are made again: each contender reads them once.
            if (write)
            {
                AssessmentJsonWriter.Write(result, TextWriter.Null);
                targetsAssessed++;
            }
            else
            {
                targetsAssessed += result.Assessments.Sum(a => a.Tasks.Sum(t => t.Targets.Count));
            }
        }

        return targetsAssessed;
    };
    // The answer alone: one assessment kept whole and written again and again, encoded to UTF-8 as the API sends it.
    var intakeOnce = new FigureIntake(ledger, keepRows: false);
    CsvFigureReader.Read(path, "request.csv", intakeOnce);
    var assessedOnce = evaluator.Evaluate(FigureSet.From(intakeOnce), [asOf]);
    assessedOnce = assessedOnce with { Assessments = assessedOnce.Assessments.ToList() };
    Func<long> WriteOnly() => () =>
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < requests; i++)
        {
            using var text = new StreamWriter(Stream.Null, new System.Text.UTF8Encoding(false), 16 * 1024) { NewLine = "\n" };
            AssessmentJsonWriter.Write(assessedOnce, text);
        }

        writtenBytesPerRequest = (GC.GetAllocatedBytesForCurrentThread() - allocated) / requests;
        return requests;
    };
    // CPU time, not wall: on this shared 2-core machine a neighbour's burst lengthens wall time, not the work done.
    var times = InterleavedCpu(runs, ("evaluate one entity, sessions reused", Work(true)), ("evaluate one entity, a new session each", Work(false)), ("assessed only, no answer written", Work(true, write: false)), ("answer written only (assessed once before)", WriteOnly()));
    RuleNetwork.ReuseSessions = true;
    File.Delete(path);
    Metric("request_ms", times[0].TotalMilliseconds / requests);
    Metric("request_new_sessions_ms", times[1].TotalMilliseconds / requests);
    Metric("request_reuse_gain", times[1].TotalSeconds / times[0].TotalSeconds);
    Metric("request_assess_only_ms", times[2].TotalMilliseconds / requests);
    Metric("request_write_only_ms", times[3].TotalMilliseconds / requests);
    Metric("request_write_allocated_kb", writtenBytesPerRequest / 1024.0);
}

void Compile(int runs)
{
    // The engine's way (the tasks split into a network per core, compiled at once) against one network, interleaved.
    var times = Interleaved(runs, ("load only", () => LedgerReader.Read(targets).Targets.Count), ("load and compile, a network per core", () => RuleSetCompiler.Compile(LedgerReader.Read(targets)).RuleCount), ("load and compile, one network", () => RuleSetCompiler.Compile(LedgerReader.Read(targets), parts: 1).RuleCount));
    Metric("load_s", times[0].TotalSeconds);
    Metric("compile_s", times[1].TotalSeconds);
    Metric("compile_one_network_s", times[2].TotalSeconds);
    var rules = RuleSetCompiler.Compile(LedgerReader.Read(targets));
    Metric("compile_parts", rules.Parts);
    Metric("compile_rules", rules.RuleCount);
    Metric("compile_shapes", rules.ExpressionsCompiled);
    Metric("compile_shapes_reused", rules.ExpressionsReused);
}

static TimeSpan[] Interleaved(int runs, params (string Name, Func<long> Work)[] contenders)
{
    foreach (var (_, work) in contenders)
    {
        GC.KeepAlive(work()); // warm-up: JIT and caches, not measured
    }

    var times = contenders.Select(_ => new List<TimeSpan>()).ToArray();
    for (var i = 0; i < runs; i++)
    {
        for (var c = 0; c < contenders.Length; c++)
        {
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(contenders[c].Work());
            times[c].Add(clock.Elapsed);
        }
    }

    var medians = new TimeSpan[contenders.Length];
    for (var c = 0; c < contenders.Length; c++)
    {
        times[c].Sort();
        Console.Error.WriteLine($"  {contenders[c].Name} runs: {string.Join(", ", times[c].Select(t => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)))} s");
        medians[c] = times[c][times[c].Count / 2];
    }

    return medians;
}

static TimeSpan[] InterleavedCpu(int runs, params (string Name, Func<long> Work)[] contenders)
{
    var process = Process.GetCurrentProcess();
    foreach (var (_, work) in contenders)
    {
        GC.KeepAlive(work());
    }

    var times = contenders.Select(_ => new List<TimeSpan>()).ToArray();
    for (var i = 0; i < runs; i++)
    {
        for (var c = 0; c < contenders.Length; c++)
        {
            GC.Collect();
            process.Refresh();
            var before = process.TotalProcessorTime;
            GC.KeepAlive(contenders[c].Work());
            process.Refresh();
            times[c].Add(process.TotalProcessorTime - before);
        }
    }

    var medians = new TimeSpan[contenders.Length];
    for (var c = 0; c < contenders.Length; c++)
    {
        times[c].Sort();
        Console.Error.WriteLine($"  {contenders[c].Name} CPU runs: {string.Join(", ", times[c].Select(t => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)))} s");
        medians[c] = times[c][times[c].Count / 2];
    }

    return medians;
}

static TimeSpan Median(int runs, Func<long> work)
{
    work(); // warm-up: JIT and caches, not measured
    var times = new List<TimeSpan>();
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        times.Add(clock.Elapsed);
        GC.KeepAlive(result);
    }

    times.Sort();
    Console.Error.WriteLine($"  runs: {string.Join(", ", times.Select(t => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)))} s");
    return times[times.Count / 2];
}

static void Metric(string name, double value) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"METRIC {name}={value:0.###}"));

internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            o._values[args[i].TrimStart('-')] = args[i + 1];
        }

        return o;
    }

    public string Get(string name, string fallback) => _values.GetValueOrDefault(name, fallback);
}

