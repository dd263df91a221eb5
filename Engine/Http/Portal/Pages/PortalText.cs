namespace Engine.Http.Portal.Pages;

/// <summary>
/// The words of the page frame and the sign-in page, Chinese first; each page keeps its own words beside it.
/// </summary>
public sealed record PortalText(string Lang)
{
    public static PortalText For(string? lang) => new(Language(lang));

    /// <summary>"en" when asked for, Chinese otherwise: the pages speak to Chinese officials first.</summary>
    public static string Language(string? lang) => string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh";

    public bool English => Lang == "en";

    public string HtmlLang => English ? "en" : "zh-CN";

    public string Product => English ? "Task ledger reporting" : "任务台账填报";

    public string SignInTitle => English ? "Sign in" : "登录";

    public string KeyLabel => English ? "Your unit's key" : "单位密钥";

    public string KeyHint => English ? "The key your bureau issued to your unit (starts with ek_)." : "由主管部门发给本单位的密钥（以 ek_ 开头）。";

    public string SignInButton => English ? "Sign in" : "登录";

    public string SignOutButton => English ? "Sign out" : "退出";

    public string KeyNotValid => English ? "This key is not valid. Check it and try again." : "密钥无效，请核对后重新输入。";

    public string KeyMissing => English ? "Enter your unit's key." : "请输入单位密钥。";

    public string TooManyAttempts(int seconds) => English
        ? $"Too many sign-in attempts from this address. Try again in {seconds} seconds."
        : $"本地址登录尝试次数过多，请 {seconds} 秒后再试。";

    public string SignedInAs(string who) => English ? $"Signed in as {who}" : $"当前登录：{who}";

    public string Bureau => English ? "Bureau (administrator)" : "主管部门（管理员）";

    /// <summary>How the frame names who is signed in: the unit's name, or the bureau for the admin key.</summary>
    public string Who(bool admin, string? unit) => admin ? Bureau : unit ?? "";

    public string OtherLanguage => English ? "中文" : "English";

    public string OtherLang => English ? "zh" : "en";

    public string NotAllowed => English ? "This page is for the bureau's administrator key." : "此页面仅供主管部门管理员使用。";

    public string NoLedger => English ? "No ledger is being served." : "当前没有可用的台账。";
}
