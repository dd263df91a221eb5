using System.Net;
using Engine.Http.Access;
using Engine.Tests.Support;

namespace Engine.Tests.Http.Portal;

/// <summary>Signing in to the pages with a key: the session cookie, refusals, the sign-in limit, expiry, revocation.</summary>
public sealed class SignInTests
{
    private const string Unit = "市政务服务数据管理局";

    [Fact]
    public async Task SignIn_UnitKey_OpensStrictHttpOnlySessionAndGoesToTheUnitsPage()
    {
        await using var server = await ApiServer.StartAsync();
        using var visitor = new PortalVisitor(server);

        var answer = await visitor.SignInAsync(server.AddKey(Unit));

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal("/portal/ledgers/zhanjiang-2023/unit", answer.Location);
        var session = Assert.Single(answer.Headers.GetValues("Set-Cookie"), c => c.StartsWith("engine-session=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/portal", session, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/portal/ledgers/zhanjiang-2023/unit")).Status);
    }

    [Fact]
    public async Task SignIn_AdminKey_GoesToTheBureausPage()
    {
        await using var server = await ApiServer.StartAsync();
        using var visitor = new PortalVisitor(server);

        var answer = await visitor.SignInAsync(server.AdminKey, lang: "en");

        Assert.Equal("/portal/ledgers/zhanjiang-2023/bureau?lang=en", answer.Location);
    }

    [Fact]
    public async Task SignIn_WrongKey_PageSaysSoBesideTheFieldAndTheDenialIsLogged()
    {
        await using var server = await ApiServer.StartAsync();
        server.AddKey(Unit);
        using var visitor = new PortalVisitor(server);

        var answer = await visitor.SignInAsync("ek_00000000_wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Contains("<p id=\"key-error\" class=\"error\" role=\"alert\">密钥无效，请核对后重新输入。</p>", answer.Html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"key-hint key-error\"", answer.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("ek_00000000_wrong", answer.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(visitor.Cookies, c => c.Name == "engine-session");
        Assert.Contains(server.Log.Lines, l => l.Contains("denied 401 anonymous POST /portal/sign-in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_WithoutTheFormToken_IsRefusedAndOpensNoSession()
    {
        await using var server = await ApiServer.StartAsync();
        using var visitor = new PortalVisitor(server);
        await visitor.GetAsync("/portal/sign-in");

        var answer = await visitor.PostAsync("/portal/sign-in", [new("key", server.AddKey(Unit))], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.DoesNotContain(visitor.Cookies, c => c.Name == "engine-session");
    }

    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimit_AsksToWaitWithRetryAfter()
    {
        await using var server = await ApiServer.StartAsync(limits: o => o with { SignInRate = 3 });
        var key = server.AddKey(Unit);
        using var visitor = new PortalVisitor(server);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.SignInAsync("ek_00000000_wrong")).Status);
        }

        // Even the right key waits: the limit is on attempts from the address, so guessing cannot go on.
        var answer = await visitor.SignInAsync(key);

        Assert.Equal(HttpStatusCode.TooManyRequests, answer.Status);
        Assert.True(answer.Headers.RetryAfter is not null);
        Assert.Contains("登录尝试次数过多", answer.Html, StringComparison.Ordinal);
        Assert.Contains(server.Log.Lines, l => l.Contains("denied 429 anonymous POST /portal/sign-in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_IdleLongerThanItsExpiry_MustSignInAgain()
    {
        var clock = new ManualClock(new DateTimeOffset(2023, 7, 1, 9, 0, 0, TimeSpan.Zero));
        await using var server = await ApiServer.StartAsync(clock: clock, limits: o => o with { SessionIdle = TimeSpan.FromMinutes(30) });
        using var visitor = new PortalVisitor(server);
        await visitor.SignInAsync(server.AddKey(Unit));

        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/portal/ledgers/zhanjiang-2023/unit")).Status);
        clock.Advance(TimeSpan.FromMinutes(31));
        var answer = await visitor.GetAsync("/portal/ledgers/zhanjiang-2023/unit");

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal("/portal/sign-in", answer.Location);
    }

    [Fact]
    public async Task Session_KeyRemovedFromTheKeyFile_EndsAtTheNextRequest()
    {
        await using var server = await ApiServer.StartAsync();
        var kept = server.AddKey("市住房和城乡建设局");
        using var visitor = new PortalVisitor(server);
        await visitor.SignInAsync(server.AddKey(Unit));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/portal/ledgers/zhanjiang-2023/unit")).Status);

        // Rewrite the file with only the other key (a new write time and length, so the key ring reads it again).
        File.Delete(server.Keys);
        ApiKeyFile.Add(server.Keys, "市住房和城乡建设局", admin: false, DateTimeOffset.UtcNow);
        _ = kept;
        var answer = await visitor.GetAsync("/portal/ledgers/zhanjiang-2023/unit");

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal("/portal/sign-in", answer.Location);
    }

    [Fact]
    public async Task BureauPage_UnitSession_Refused403AndLogged()
    {
        await using var server = await ApiServer.StartAsync();
        using var visitor = new PortalVisitor(server);
        await visitor.SignInAsync(server.AddKey(Unit));

        var answer = await visitor.GetAsync("/portal/ledgers/zhanjiang-2023/bureau");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Contains("此页面仅供主管部门管理员使用", answer.Html, StringComparison.Ordinal);
        Assert.Contains(server.Log.Lines, l => l.Contains($"denied 403 {Unit} GET /portal/ledgers/{{id}}/bureau", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_NotSignedIn_GoToSignIn()
    {
        await using var server = await ApiServer.StartAsync();
        using var visitor = new PortalVisitor(server);

        var answer = await visitor.GetAsync("/portal/ledgers/zhanjiang-2023/unit?lang=en");

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal("/portal/sign-in?lang=en", answer.Location);
    }

    [Fact]
    public async Task Pages_CarryTheStrictPolicyAndAreNotCached()
    {
        await using var server = await ApiServer.StartAsync();
        using var visitor = new PortalVisitor(server);

        var answer = await visitor.GetAsync("/portal/sign-in");

        var policy = string.Join(";", answer.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Contains("no-store", answer.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/portal/assets/portal.css\"", answer.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/portal/assets/portal.css")).Status);
    }
}
