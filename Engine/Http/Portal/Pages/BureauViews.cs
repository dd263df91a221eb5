namespace Engine.Http.Portal.Pages;

/// <summary>The report filter as the page shows it: the chosen date and entity, the choices, and an error for each field.</summary>
public sealed record BureauFilterView(string AsOf, string Entity, IReadOnlyList<BureauChoice> Entities)
{
    public string? AsOfError { get; init; }

    public string? EntityError { get; init; }

    /// <summary>The query of these choices (as_of, entity, lang), for links that keep them.</summary>
    public string Query { get; init; } = "";
}

/// <summary>One entry of a select: the value sent and the words shown.</summary>
public sealed record BureauChoice(string Value, string Label);

/// <summary>The links of the bureau's page, each keeping the filter's choices.</summary>
public sealed record BureauLinksView(string Overview, string Report, string Audit, string Xlsx, string Csv, string Html);

/// <summary>A unit in the 未报送单位 list and what it owes; <c>View</c> opens its page as it sees it.</summary>
public sealed record BureauOwingView(string Unit, string View, IReadOnlyList<BureauOwedView> Owed);

/// <summary>One figure owed: the task, the target's requirement in words, 待报送 or 未按期报送, the date it is owed for (the note).</summary>
public sealed record BureauOwedView(string TargetId, string Task, string Requirement, bool Stale, string Status, string Note);

/// <summary>One row of the audit trail, in words.</summary>
public sealed record BureauAuditRowView(string At, string Who, string Action, string Detail);

/// <summary>One page of the audit trail: its rows (newest first) and the links to the pages beside it.</summary>
public sealed record BureauAuditView(IReadOnlyList<BureauAuditRowView> Rows, int Page, int Pages, int Total, string? Newer, string? Older);
