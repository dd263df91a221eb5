using System.Globalization;

namespace Engine.Http.Portal.Pages;

/// <summary>The words of a unit's page, Chinese first (the frame's words are in <see cref="PortalText"/>).</summary>
public sealed record UnitText(PortalText Frame)
{
    private bool En => Frame.English;

    public string Title(string unit) => En ? $"Reporting: {unit}" : $"{unit}填报";

    public string AsOfLine(string date) => En ? $"Assessed as of {date}." : $"评估日：{date}。";

    public string DueHeading => En ? "Reports due" : "需要报送";

    public string DueHint => En ? "Targets with no figure yet or whose report is overdue." : "待报送和未按期报送的目标。";

    public string OthersHeading => En ? "Other targets" : "其他目标";

    public string NoneDue => En ? "Nothing is due now." : "目前没有需要报送的目标。";

    public string NoTasks => En ? "Your unit leads or shares no task of this ledger." : "本单位在本台账中没有牵头或负责的任务。";

    public string Task(int no, string text) => En ? $"Task {no.ToString(CultureInfo.InvariantCulture)}: {text}" : $"任务{no.ToString(CultureInfo.InvariantCulture)}：{text}";

    public string Requirement => En ? "Target" : "目标要求";

    public string Deadline => En ? "Deadline" : "截止日期";

    public string Status => En ? "Status" : "状态";

    public string Progress => En ? "Progress" : "完成进度";

    public string LastFigure => En ? "Last figure" : "最近报送";

    public string Problems => En ? "Problems" : "存在问题";

    public string None => En ? "none yet" : "暂无";

    public string Figure(string amount, string date) => En ? $"{amount} (as of {date})" : $"{amount}（截至{date}）";

    public string ReportedBy(string who, string when) => En ? $"reported by {who}, {when}" : $"{who}于{when}报送";

    public string Bureau => En ? "the bureau" : "主管部门";

    public string ReportLegend(string metric) => En ? $"Report: {metric}" : $"报送：{metric}";

    public string ValueLabel => En ? "Value" : "报送值";

    public string AsOfLabel => En ? "As of (the date the figure is for)" : "报送截至日期";

    public string EntityLabel => En ? "Entity" : "填报主体";

    public string LedgerWide => En ? "ledger-wide" : "不分填报主体";

    public string Submit => En ? "Submit the figures" : "提交报送";

    public string SubmitHint => En ? "Only the rows with a value are submitted." : "只提交填写了报送值的目标。";

    public string ResultHeading => En ? "Submission result" : "提交结果";

    public string Summary(int stored, int refused) => (En, refused) switch
    {
        (true, 0) => $"{stored} figure(s) stored.",
        (true, _) => $"{stored} figure(s) stored, {refused} refused: see the message beside each field.",
        (false, 0) => $"已保存{stored}条数据。",
        _ => $"已保存{stored}条数据，{refused}条未保存，原因见各栏提示。",
    };

    public string NothingTyped => En ? "No value was filled in; nothing was submitted." : "没有填写报送值，未提交任何数据。";

    public string ForbiddenSubmission => En
        ? "Nothing was stored: the form named a target your unit does not report on."
        : "未保存任何数据：表单中有不属于本单位报送的目标。";

    public string TooManyRows => En ? "Nothing was stored: too many rows in one submission." : "未保存任何数据：一次提交的数据过多。";

    public string Stored => En ? "stored" : "已保存";

    public string Sent => En ? "Sent" : "报送内容";

    public string Outcome => En ? "Outcome" : "结果";

    public string NowStatus => En ? "Status now" : "当前状态";

    public string Target => En ? "Target" : "目标";

    public string HistoryHeading => En ? "Submissions" : "报送记录";

    public string NoHistory => En ? "Nothing has been stored for your targets yet." : "本单位的目标尚无报送记录。";

    public string Version => En ? "Version" : "版本";

    public string SubmittedBy => En ? "Submitted by" : "报送单位";

    public string StoredAt => En ? "Stored at" : "报送时间";

    public string State => En ? "State" : "状态";

    public string Action => En ? "Action" : "操作";

    public string InForce => En ? "in force" : "有效";

    public string Withdrawn => En ? "withdrawn" : "已撤回";

    public string Withdrawal => En ? "withdrawal" : "撤回记录";

    public string Superseded => En ? "superseded" : "已被新版本替代";

    public string WithdrawButton => En ? "Withdraw" : "撤回";

    public string WithdrawDone => En ? "The figure was withdrawn." : "数据已撤回。";

    public string WithdrawForbidden => En ? "This figure was not stored by your unit; it cannot be withdrawn here." : "该数据不是本单位报送的，不能撤回。";

    public string WithdrawConflict => En ? "Only the version in force can be withdrawn; this one is not (it was withdrawn or replaced)." : "只能撤回有效的数据；该数据已撤回或已被新版本替代。";

    public string WithdrawNotFound => En ? "No such stored figure." : "没有找到该数据。";

    public string Expired => En ? "This page has expired. Go back and submit again." : "页面已过期，请返回重新提交。";

    public string ExpiredTitle => En ? "Page expired" : "页面已过期";

    public string GoBack => En ? "Go back" : "返回";
}
