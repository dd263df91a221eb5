namespace Engine.Http.Portal.Pages;

/// <summary>The words of the bureau's pages, Chinese first (the frame's words stay in <see cref="PortalText"/>).</summary>
public sealed record BureauText(PortalText Portal)
{
    private bool En => Portal.English;

    public string Title => En ? "Bureau overview" : "主管部门工作台";

    public string ReportTitle => En ? "Live report" : "实时评估报告";

    public string AuditTitle => En ? "Audit trail of submissions" : "报送记录";

    public string FilterLegend => En ? "Assess as of" : "评估条件";

    public string AsOfLabel => En ? "As of" : "评估截至日期";

    public string EntityLabel => En ? "Entity" : "评估范围";

    public string WholeLedger => En ? "The whole ledger" : "全台账";

    public string ShowButton => En ? "Show" : "查看";

    public string AsOfNotADate => En ? "Enter a date, for example 2023-06-30." : "请填写日期，例如 2023-06-30。";

    public string AsOfBeforePeriod(string start) => En ? $"The ledger's period starts on {start}; choose a later date." : $"台账期间自{start}起，请选择此后的日期。";

    public string EntityUnknown => En ? "This entity is not in the ledger; the whole ledger is shown." : "所选范围不在台账中，已改为全台账。";

    public string Links => En ? "Pages and downloads" : "页面与下载";

    public string OpenReport => En ? "Open the live report" : "查看实时评估报告";

    public string OpenAudit => En ? "Audit trail of submissions" : "查看报送记录";

    public string BackToOverview => En ? "Back to the overview" : "返回工作台";

    public string DownloadXlsx => En ? "Download the workbook (xlsx)" : "下载评估表（Excel）";

    public string DownloadCsv => En ? "Download the table (CSV)" : "下载评估表（CSV）";

    public string DownloadHtml => En ? "Download the report (HTML)" : "下载评估报告（网页）";

    public string Unreported => En ? "Units that have not reported" : "未报送单位";

    public string UnreportedCount(int units, int figures) => En
        ? $"{units} units owe {figures} figures."
        : $"共{units}个单位，应报未报{figures}项。";

    public string NoneUnreported => En ? "Every lead unit has reported what it owes." : "各牵头单位均已按期报送。";

    public string UnitOwes(int count) => En ? $"owes {count}" : $"应报{count}项";

    public string ShowOwed(int count) => En ? $"What it owes ({count})" : $"应报事项（{count}项）";

    public string TaskNo(int no) => En ? $"Task {no}" : $"任务{no}";

    public string NoData => En ? "not reported" : "待报送";

    public string Stale => En ? "not reported on time" : "未按期报送";

    public string Owed(string date) => En ? $"figure owed for {date}" : $"应报截至{date}的数据";

    public string LastFigure(string date) => En ? $"last figure dated {date}" : $"现有数据截至{date}";

    /// <summary>"（应报截至2023年6月30日的数据；现有数据截至2023年3月31日）".</summary>
    public string OwedNote(string owed, string? last) => En
        ? $"({owed}{(last is null ? "" : "; " + last)})"
        : $"（{owed}{(last is null ? "" : "；" + last)}）";

    public string EntityOf(string entity) => En ? $"({entity})" : $"（{entity}）";

    public string ViewAsUnit => En ? "See this unit's page" : "查看该单位页面";

    public string AsOfShown(string date, string scope) => En ? $"As of {date}. Scope: {scope}." : $"评估截至{date}，范围：{scope}。";

    public string UnitNotInLedger => En ? "No task of this ledger names this unit." : "本台账中没有该单位的任务。";

    public string AuditAt => En ? "Time (Beijing)" : "时间（北京时间）";

    public string AuditWho => En ? "By" : "操作单位";

    public string AuditAction => En ? "Action" : "操作";

    public string AuditDetail => En ? "Detail" : "内容";

    public string AuditNone => En ? "Nothing has been submitted yet." : "尚无报送记录。";

    public string AuditPage(int page, int pages, int rows) => En ? $"Page {page} of {pages} ({rows} entries, newest first)." : $"第{page}页，共{pages}页（{rows}条记录，最新的在前）。";

    public string Newer => En ? "Newer" : "上一页";

    public string Older => En ? "Older" : "下一页";

    public string PagesNav => En ? "Pages of the audit trail" : "报送记录分页";

    public string Submitted => En ? "Submitted" : "报送";

    public string Withdrawn => En ? "Withdrawn" : "撤回";

    public string StoredFigures(int n) => En ? $"{n} figures stored" : $"报送数据{n}项";

    public string StoredFiguresColon(int n) => En ? $"{n} figures stored: " : $"报送数据{n}项：";

    public string Changed(string target, string asOf, string? from, string to) => from is null
        ? (En ? $"target {target} as of {asOf}: a new version, {to}" : $"目标{target}截至{asOf}的数据重报为{to}")
        : (En ? $"target {target} as of {asOf}: {from} → {to}" : $"目标{target}截至{asOf}的数据由{from}改为{to}");

    public string WithdrewFigure(string target, string asOf, string value) => En
        ? $"withdrew the figure {value} for target {target} as of {asOf}"
        : $"撤回目标{target}截至{asOf}的报送值{value}";

    /// <summary>One figure of a submission: "目标20.1截至2023年6月30日：12（原为10）".</summary>
    public string Figure(string target, string asOf, string value, string? was) => En
        ? $"target {target} as of {asOf}: {value}{(was is null ? "" : $" (was {was})")}"
        : $"目标{target}截至{asOf}：{value}{(was is null ? "" : $"（原为{was}）")}";

    public string AndMore(int more) => En ? $"and {more} more" : $"等，另有{more}项";

    public string ListSeparator => En ? "; " : "；";

    public string Reason(string reason) => En ? $"reason: {reason}" : $"原因：{reason}";

    public string InForceAgain(string value) => En ? $"{value} is in force again" : $"恢复为{value}";

    public string NoneInForce => En ? "no figure is in force" : "现无有效数据";

    public string Separator => En ? "; " : "；";

    public string Anonymous => En ? "unknown" : "未知";
}
