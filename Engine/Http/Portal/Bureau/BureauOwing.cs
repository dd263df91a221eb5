using Engine.Http.Portal.Pages;
using Engine.Output.Report;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;

namespace Engine.Http.Portal.Bureau;

/// <summary>The 未报送单位 of an assessment (<see cref="TaskLists.UnreportedTargets"/>) in the page's words.</summary>
internal static class BureauOwing
{
    public static IReadOnlyList<BureauOwingView> Of(string ledgerId, Ledger ledger, IEnumerable<TaskAssessment> tasks, PortalText text)
    {
        var words = new BureauText(text);
        var lang = text.English ? Language.En : Language.Zh;
        return
        [
            .. TaskLists.UnreportedTargets(ledger, tasks).Select(u => new BureauOwingView(
                u.Unit,
                BureauLinks.Unit(ledgerId, u.Unit, text),
                [.. u.Owed.Select(o => Owed(o, words, lang))])),
        ];
    }

    private static BureauOwedView Owed(TaskLists.OwedTarget owed, BureauText words, Language lang)
    {
        var target = owed.Target;
        var entity = target.Entity.Length == 0 ? "" : words.EntityOf(target.Entity);
        return new BureauOwedView(
            target.Target.Id,
            words.TaskNo(owed.Task.Task.No) + entity,
            target.Target.Metric + (lang == Language.Zh ? "：" : ": ") + TargetPhrases.Words(target.Target, lang),
            owed.Stale,
            owed.Stale ? words.Stale : words.NoData,
            words.OwedNote(words.Owed(TargetPhrases.Date(owed.Due, lang)), target.Figure is { } figure ? words.LastFigure(TargetPhrases.Date(figure.AsOf, lang)) : null));
    }
}
