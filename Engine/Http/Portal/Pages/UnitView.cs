namespace Engine.Http.Portal.Pages;

/// <summary>
/// What a unit's page shows, already worded in the page's language: the components only lay it out. Built by
/// <c>Engine.Http.Portal.Unit.UnitViews</c> from the served revision and the stored figures.
/// </summary>
/// <param name="LedgerId">The ledger's id, for the forms' addresses.</param>
/// <param name="Title">The ledger's title.</param>
/// <param name="Unit">The unit whose page this is (its name as the key file gives it).</param>
/// <param name="AsOf">The assessment date, written for people.</param>
/// <param name="Due">Targets that need a report (待报送, 未按期报送), by deadline.</param>
/// <param name="Others">The unit's other targets, by deadline.</param>
/// <param name="Entity">The entity assessed (<c>""</c>: the ledger-wide one).</param>
/// <param name="Entities">The entities the unit reports for, when it reports for several; empty otherwise.</param>
/// <param name="History">The versions stored for the unit's targets, newest first.</param>
public sealed record UnitPageView(
    string LedgerId, string Title, string Unit, string AsOf, IReadOnlyList<UnitTargetView> Due, IReadOnlyList<UnitTargetView> Others,
    string Entity, IReadOnlyList<string> Entities, IReadOnlyList<UnitHistoryRow> History)
{
    /// <summary>What the last submission did, after one; null on a plain visit.</summary>
    public UnitResultView? Result { get; init; }

    /// <summary>A line at the top (a withdrawal done or refused); null for none.</summary>
    public string? Notice { get; init; }

    /// <summary>Whether the notice reports a refusal (shown as an error).</summary>
    public bool NoticeIsError { get; init; }

    /// <summary>The bureau looking at the unit's page: no forms.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Where the report form posts.</summary>
    public string FormAction => $"/portal/ledgers/{Uri.EscapeDataString(LedgerId)}/unit/figures";

    /// <summary>Where a withdraw form of one stored version posts.</summary>
    public string WithdrawAction(long figure) =>
        $"/portal/ledgers/{Uri.EscapeDataString(LedgerId)}/unit/figures/{figure.ToString(System.Globalization.CultureInfo.InvariantCulture)}/withdraw";
}

/// <summary>One target of the unit's tasks as assessed, and its row of the report form.</summary>
/// <param name="Index">Its row in the form (n of <c>value-{n}</c>).</param>
public sealed record UnitTargetView(
    string TargetId, int Index, string Metric, string Task, string Requirement, string Deadline, string Status, string StatusLabel, bool Stale,
    string Progress, string? LastFigure, string? ReportedBy, string? Problems, string Unit, UnitFieldView Field);

/// <summary>A form row's values as typed (or defaulted) and the reason each field was refused, if it was.</summary>
public sealed record UnitFieldView(string Value, string AsOf, string Entity, string? ValueError = null, string? AsOfError = null, string? EntityError = null);

/// <summary>What a submission from the page did: the rows stored and refused, and the targets it touched as now assessed.</summary>
public sealed record UnitResultView(string Summary, bool Refused, IReadOnlyList<UnitResultRow> Rows);

/// <summary>One submitted row: its target, what was sent, and whether it was stored (with the target's status now) or why not.</summary>
public sealed record UnitResultRow(string TargetId, string Metric, string Sent, bool Stored, string Status, string StatusLabel, string Outcome);

/// <summary>A stored version of a figure for one of the unit's targets.</summary>
public sealed record UnitHistoryRow(
    long Id, string TargetId, string Metric, string Entity, string AsOf, string Value, int Version, string SubmittedBy, string StoredAt, string State, bool CanWithdraw);
