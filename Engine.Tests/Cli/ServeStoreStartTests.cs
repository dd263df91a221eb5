using Engine.Tests.Support;

namespace Engine.Tests.Cli;

/// <summary><c>engine serve --db</c>: a malformed store name or an unreachable database stops the start with the reason; no file is made of either.</summary>
public class ServeStoreStartTests
{
    [Fact]
    public void Serve_ConnectionStringThatDoesNotParse_Exit2AndNoFileCreated()
    {
        using var folder = new TempFolder();
        var db = "Host=db.gov.local;Databse=ledger";

        var run = Support.Cli.Run("serve", "--db", db, "--urls", "http://127.0.0.1:0", "--keys", folder.File("keys.json", """{"keys":[]}"""));

        Assert.Equal(2, run.Exit);
        Assert.Contains("--db: looks like a connection string", run.Err, StringComparison.Ordinal);
        Assert.Contains("databse", run.Err, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(Path.Combine(BundledPaths.Root, db)));
    }

    [Fact]
    public void Serve_UnreachableDatabase_Exit1NamingItWithoutThePassword()
    {
        using var folder = new TempFolder();

        var run = Support.Cli.Run("serve", "--db", "Host=127.0.0.1;Port=1;Database=ledger;Username=engine;Password=s3cret;Timeout=2", "--urls", "http://127.0.0.1:0", "--keys", folder.File("keys.json", """{"keys":[]}"""));

        Assert.Equal(1, run.Exit);
        Assert.Contains("the figure store (PostgreSQL 127.0.0.1:1/ledger as engine) is unavailable", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", run.Err, StringComparison.Ordinal);
    }
}
