using System.Globalization;
using System.Net;
using Engine.Output.Report;
using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;

namespace Engine.Output;

/// <summary>
/// The assessment as one self-contained HTML page: totals, a bar per area, a league table of lead units,
/// the lagging and missed tasks with their explanations, and every task's targets. Charts are inline SVG;
/// nothing is fetched from the network.
/// </summary>
internal static class HtmlReportWriter
{
    private static readonly IReadOnlyList<Status> Order = Statuses.Order;

    private static string Colour(Status status) => Statuses.Of(status).Colour;

    public static void Write(EvaluationResult result, TextWriter w, Language lang = Language.Zh)
    {
        var ledger = result.Ledger;
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine($"<html lang=\"{(lang == Language.Zh ? "zh-Hans" : "en")}\"><head><meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine($"<title>{E(ledger.Title)} — {E(TargetPhrases.Date(result.AsOf, lang))}</title>");
        w.WriteLine($"<style>{StyleSheet}</style></head><body>");
        WriteContent(result, w, lang);
        w.WriteLine("</body></html>");
    }

    /// <summary>
    /// The report without its document around it (no head, no style block): what the bureau's page shows inside its
    /// own frame. <see cref="Write"/> is this between the document's head and end. <paramref name="namedCharts"/>
    /// gives each chart an accessible name (the pages are held to that; the standalone report stays as it was).
    /// </summary>
    public static void WriteContent(EvaluationResult result, TextWriter w, Language lang = Language.Zh, bool namedCharts = false)
    {
        var text = ReportText.For(lang);
        var ledger = result.Ledger;
        var labels = StatusLabels.In(ledger, lang);
        w.WriteLine($"<header><h1>{E(ledger.Title)}</h1><p class=\"meta\">{E(text.AsOf)}{E(TargetPhrases.Date(result.AsOf, lang))} · {E(text.Revision)} <code>{ledger.Revision}</code> · {E(text.Figures(result.Figures))}</p>");
        w.WriteLine($"<p class=\"legend\">{string.Join(" ", Order.Select(s => $"<span class=\"chip {Fill(s)}\"></span>{E(labels.For(s))}"))}</p></header>");
        foreach (var assessment in result.Assessments)
        {
            WriteEntity(w, ledger, labels, assessment, text, lang, namedCharts);
        }

        if (result.Rejected.Count > 0)
        {
            w.WriteLine($"<section id=\"rejected\"><h2>{E(text.Rejected)} ({result.Rejected.Count})</h2><ul>");
            foreach (var p in result.Rejected)
            {
                w.WriteLine($"<li><code>{E(p.Source)}</code> {E(text.Row(p.Line, p.Field))}：{E(p.MessageIn(lang))}</li>");
            }

            w.WriteLine("</ul></section>");
        }
    }

    private static void WriteEntity(TextWriter w, Ledger ledger, StatusLabels labels, EntityAssessment a, ReportText text, Language lang, bool namedCharts)
    {
        var name = (a.Entity.Length == 0 ? text.WholeLedger : a.Entity) + $" · {TargetPhrases.Date(a.AsOf, lang)}";
        w.WriteLine($"<section class=\"entity\" data-entity=\"{E(a.Entity)}\"><h2>{E(name)}</h2>");

        w.WriteLine($"<h3>{E(text.Totals)}</h3><div class=\"totals\">");
        foreach (var s in Order)
        {
            w.WriteLine($"<div class=\"card {Border(s)}\"><div class=\"n\">{a.Summary[s]}</div><div>{E(labels.For(s))}</div></div>");
        }

        if (ledger.Reporting is not null)
        {
            // Not a status: a stale task is counted under its status too, so this card stands apart.
            w.WriteLine($"<div class=\"card stale\" id=\"stale-total\"><div class=\"n\">{a.Tasks.Count(t => t.Stale)}</div><div>{E(text.Stale)}</div></div>");
        }

        w.WriteLine("</div>");
        var alerts = a.Tasks.Where(t => t.Alert is not null).GroupBy(t => t.Alert!.Level).OrderBy(g => AlertLabels.Rank(g.Key)).ToList();
        if (alerts.Count > 0)
        {
            w.WriteLine($"<p id=\"alerts\">{E(text.Alerts)}：{string.Join(" ", alerts.Select(g => $"<span class=\"alert {AlertClass(g.Key)}\" data-alert=\"{E(g.Key)}\">{E(AlertLabels.For(g.Key, lang))}</span> {g.Count()}"))}</p>");
        }

        w.WriteLine(StackedBar("status-totals", [(text.AllTasks, Counts(a.Tasks))], labels, namedCharts ? text.Totals : null));

        w.WriteLine($"<h3>{E(text.ByArea)}</h3>");
        w.WriteLine(StackedBar("area-chart", [.. a.Tasks.GroupBy(t => t.Task.Area.Title).Select(g => (g.Key, Counts([.. g])))], labels, namedCharts ? text.ByArea : null));

        WriteLeagueTable(w, ledger, labels, a, text);
        WriteBehindList(w, ledger, labels, a, text, lang);
        WriteUnreported(w, ledger, a, text);

        w.WriteLine($"<h3>{E(text.AllTargets)}</h3>");
        foreach (var area in a.Tasks.GroupBy(t => t.Task.Area.Title))
        {
            var c = Counts([.. area]);
            w.WriteLine($"<details><summary>{E(area.Key)} — {string.Join(" · ", Order.Where(s => c[s] > 0).Select(s => $"{E(labels.For(s))} {c[s]}"))}</summary>");
            w.WriteLine($"<div class=\"scroll\"><table class=\"targets\"><thead><tr><th>{E(text.Task)}</th><th>{E(text.Target)}</th><th>{E(text.Metric)}</th><th>{E(text.Figure)}</th><th>{E(text.Requirement)}</th><th>{E(text.Expected)}</th><th>{E(text.Progress)}</th><th>{E(text.Status)}</th></tr></thead><tbody>");
            foreach (var task in area)
            {
                foreach (var t in task.Targets)
                {
                    var progress = Semantics.TargetPercent(t.Progress);
                    var figure = t.Figure is null ? "—" : $"{Num(t.Figure.Value)}{TargetPhrases.FigureUnit(t.Target)}";
                    if (t.Projection is { } projection)
                    {
                        figure += $" → {Num(Math.Round(projection.Value, 2, MidpointRounding.AwayFromZero))}{TargetPhrases.FigureUnit(t.Target)}{text.Outlook(projection.Likely)}";
                    }
                    w.WriteLine($"<tr><td>{E(text.TaskNo(task.Task.No))}</td><td>{E(t.Target.Id)}</td><td>{E(t.Target.Metric)}</td><td class=\"num\">{E(figure)}</td><td class=\"num\">{E(Requirement(t.Target, lang))}</td><td class=\"num\">{Pct(Semantics.TargetPercent(t.Expected))}</td>" +
                        $"<td><svg class=\"bar\" width=\"100\" height=\"10\" role=\"img\" aria-label=\"{Pct(progress)}\"><rect width=\"100\" height=\"10\" fill=\"#eee\"/><rect width=\"{Num(progress)}\" height=\"10\" fill=\"{Colour(t.Status)}\"/><line x1=\"{Num(Semantics.TargetPercent(t.Expected))}\" x2=\"{Num(Semantics.TargetPercent(t.Expected))}\" y1=\"0\" y2=\"10\" stroke=\"#333\"/></svg> {Pct(progress)}</td>" +
                        $"<td><span class=\"badge {Fill(t.Status)}\">{E(labels.For(t.Status))}</span>{StaleMark(t.Stale, text)}</td></tr>");
                }
            }

            w.WriteLine("</tbody></table></div></details>");
        }

        w.WriteLine("</section>");
    }

    private static void WriteLeagueTable(TextWriter w, Ledger ledger, StatusLabels labels, EntityAssessment a, ReportText text)
    {
        var reporting = ledger.Reporting is not null;
        w.WriteLine($"<h3>{E(text.LeadUnits)}</h3><div class=\"scroll\"><table id=\"lead-units\"><thead><tr><th>{E(text.LeadUnit)}</th>");
        foreach (var s in Order)
        {
            w.Write($"<th>{E(labels.For(s))}</th>");
        }

        w.WriteLine($"{(reporting ? $"<th>{E(text.Stale)}</th>" : "")}<th>{E(text.Total)}</th><th>{E(text.ShareBehind)}</th></tr></thead><tbody>");
        foreach (var row in LeagueTable.Of(ledger, a.Tasks))
        {
            w.Write($"<tr><td>{E(row.Unit)}</td>");
            foreach (var s in Order)
            {
                w.Write(row.Counts[s] == 0 ? "<td class=\"num zero\">0</td>" : $"<td class=\"num {Ink(s)}\">{row.Counts[s]}</td>");
            }

            if (reporting)
            {
                w.Write(row.Stale == 0 ? "<td class=\"num zero\">0</td>" : $"<td class=\"num stale\">{row.Stale}</td>");
            }

            w.WriteLine($"<td class=\"num\">{row.Total}</td><td class=\"num\">{Pct(row.Share * 100m)}</td></tr>");
        }

        w.WriteLine("</tbody></table></div>");
    }

    private static void WriteBehindList(TextWriter w, Ledger ledger, StatusLabels labels, EntityAssessment a, ReportText text, Language lang)
    {
        var groups = TaskLists.Behind(ledger, a.Tasks);
        w.WriteLine($"<section class=\"problems\"><h3>{E(text.BehindList)}（{groups.Sum(g => g.Count)}）</h3>");
        foreach (var group in groups)
        {
            var level = group.Level is null ? text.NoAlert : AlertLabels.For(group.Level, lang);
            w.WriteLine($"<h4 class=\"alert-group\" data-alert=\"{E(group.Level ?? "")}\"><span class=\"alert {(group.Level is null ? "alert-none" : AlertClass(group.Level))}\">{E(level)}</span>（{group.Count}）</h4>");
            foreach (var unit in group.Units)
            {
                w.WriteLine($"<div class=\"unit-group\"><h5>{E(unit.Unit)}（{unit.Tasks.Count}）</h5><ol class=\"behind\">");
                foreach (var t in unit.Tasks)
                {
                    w.WriteLine($"<li class=\"task\" data-status=\"{t.Status.Name()}\"><span class=\"badge {Fill(t.Status)}\">{E(labels.For(t.Status))}</span>{StaleMark(t.Stale, text)} <b>{E(text.TaskNo(t.Task.No))}</b> {E(Short(t.Task.Text, 80))}<div class=\"why\">{E(TaskExplainer.Problems(t, lang))}</div></li>");
                }

                w.WriteLine("</ol></div>");
            }
        }

        w.WriteLine("</section>");
    }

    private static void WriteUnreported(TextWriter w, Ledger ledger, EntityAssessment a, ReportText text)
    {
        var owing = TaskLists.Unreported(ledger, a.Tasks);
        w.WriteLine($"<section class=\"unreported\"><h3>{E(text.Unreported)}（{owing.Count}）</h3><ul id=\"unreported\">");
        foreach (var o in owing)
        {
            w.WriteLine($"<li><b>{E(o.Unit)}</b>：{E(text.Owes(o.NoData.Select(t => t.Task.No).ToList(), o.Stale.Select(t => t.Task.No).ToList()))}</li>");
        }

        w.WriteLine("</ul></section>");
    }

    /// <summary>Horizontal stacked bars, one per row, segments by status; every segment carries its count as a tooltip.</summary>
    /// <summary>The drawing is 720 units wide and scales to its box (viewBox, width 100%), so a phone shows it whole.</summary>
    private static string StackedBar(string id, IReadOnlyList<(string Label, Dictionary<Status, int> Counts)> rows, StatusLabels labels, string? name = null)
    {
        const int width = 720, rowHeight = 24, gap = 6;
        // Room for the longest label at 13 px a character (area titles run to 16 characters), so none is cut off.
        var labelWidth = Math.Clamp((rows.Max(r => r.Label.Length) * 13) + 16, 80, 320);
        var barWidth = width - labelWidth - 50;
        var max = Math.Max(1, rows.Max(r => r.Counts.Values.Sum()));
        var height = (rows.Count * (rowHeight + gap)) + gap;
        var svg = new System.Text.StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\"{(name is null ? "" : $" aria-label=\"{E(name)}\"")}>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, counts) = rows[i];
            var y = gap + (i * (rowHeight + gap));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"13\">{E(label)}</text>");
            double x = labelWidth;
            foreach (var s in Order)
            {
                if (counts[s] == 0)
                {
                    continue;
                }

                var w = (double)counts[s] / max * barWidth;
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"seg\" data-status=\"{s.Name()}\" x=\"{x:0.##}\" y=\"{y}\" width=\"{w:0.##}\" height=\"{rowHeight}\" fill=\"{Colour(s)}\"><title>{E(label)}: {E(labels.For(s))} {counts[s]}</title></rect>");
                if (w >= 18)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (w / 2):0.##}\" y=\"{y + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#fff\">{counts[s]}</text>");
                }

                x += w;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6:0.##}\" y=\"{y + 16}\" font-size=\"12\" fill=\"#555\">{counts.Values.Sum()}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string StaleMark(bool stale, ReportText text) => stale ? $" <span class=\"stale-mark\">{E(text.Stale)}</span>" : "";

    /// <summary>Alert levels with a colour of their own; any other level a ledger names is drawn grey.</summary>
    private static readonly (string Level, string Colour)[] AlertColours = [("red", "#ff8080"), ("orange", "#ffc080"), ("yellow", "#ffe066"), ("blue", "#9dc3e6")];

    private static string AlertClass(string level)
    {
        var known = level.ToLowerInvariant();
        return AlertColours.Any(a => a.Level == known) ? $"alert-{known}" : "alert-other";
    }

    // Colours are classes of the page's one style block, never style attributes: the API serves the report under a
    // Content-Security-Policy that allows that block alone (by its hash).
    private static string Fill(Status s) => $"fill-{s.Name()}";

    private static string Border(Status s) => $"border-{s.Name()}";

    private static string Ink(Status s) => $"ink-{s.Name()}";

    private static Dictionary<Status, int> Counts(IReadOnlyCollection<TaskAssessment> tasks) =>
        Order.ToDictionary(s => s, s => tasks.Count(t => t.Status == s));

    private static string Requirement(Target t, Language lang) => TargetPhrases.Words(t, lang) + (lang == Language.Zh
        ? $"（截止日期{TargetPhrases.Date(t.Deadline, lang)}）"
        : $" (by {TargetPhrases.Date(t.Deadline, lang)})");

    private static string Short(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private static string Num(decimal d) => d.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Pct(decimal d) => Math.Round(d, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>The text of the page's one &lt;style&gt; block, the same for every report.</summary>
    public static string StyleSheet { get; } = Css + "\n" + string.Concat(Order.Select(s =>
        $".{Fill(s)}{{background:{Colour(s)}}}.{Border(s)}{{border-color:{Colour(s)}}}.{Ink(s)}{{color:{Colour(s)}}}")) +
        string.Concat(AlertColours.Select(a => $".alert-{a.Level}{{background:{a.Colour}}}")) + ".alert-other{background:#d0d0d0}.alert-none{background:#eee}";

    /// <summary>The Content-Security-Policy source allowing <see cref="StyleSheet"/> and nothing else inline.</summary>
    public static string StyleHash { get; } = "'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(StyleSheet))) + "'";

    private const string Css = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:24px auto;max-width:1100px;color:#222;line-height:1.5;padding:0 16px}
        h1{font-size:22px;margin:0 0 4px}h2{border-bottom:2px solid #333;padding-bottom:4px;margin-top:32px}h3{margin:24px 0 8px}
        .meta{color:#555;font-size:13px}.legend{font-size:13px}.chip{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle;border-radius:2px}
        .totals{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:8px}.card{border-left:6px solid;padding:6px 14px;background:#fafafa;min-width:90px}.card .n{font-size:26px;font-weight:bold}
        table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top}th{background:#f0f0f0}
        td.num{text-align:right;white-space:nowrap}td.zero{color:#bbb}.badge{color:#fff;border-radius:3px;padding:1px 6px;font-size:12px;white-space:nowrap}
        ol.behind li{margin:6px 0}.why{color:#8a3b00;font-size:13px}.units{color:#666;font-size:12px}details{margin:6px 0}summary{cursor:pointer;font-weight:bold}
        .card.stale{border:1px dashed #8a3b00;border-left:6px dashed #8a3b00}td.stale{color:#8a3b00;font-weight:bold}.stale-mark{border:1px dashed #8a3b00;color:#8a3b00;border-radius:3px;padding:0 4px;font-size:12px;white-space:nowrap}
        .scroll{overflow-x:auto;max-width:100%}svg.chart{display:block;width:100%;max-width:900px;height:auto}h4.alert-group{margin:14px 0 4px}.unit-group h5{margin:8px 0 2px;font-size:14px}
        @media (max-width:600px){body{margin:8px auto;padding:0 8px}.card{min-width:70px;padding:4px 8px}.card .n{font-size:20px}table{font-size:12px}}
        svg.bar{vertical-align:middle}.alert{border-radius:3px;padding:1px 6px;font-size:12px;color:#222}
        """;
}
