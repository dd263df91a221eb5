using Engine.Http.Store;
using Npgsql;

namespace Engine.Tests.Http.Store;

public class StoreLocationTests
{
    [Theory]
    [InlineData("engine.db")]
    [InlineData("/var/lib/engine/figures.db")]
    [InlineData("./a=b.db")]
    [InlineData("C:\\data\\engine.db")]
    public void Parse_PathLike_IsSqlite(string db) =>
        Assert.Equal(new StoreLocation.Sqlite(db), StoreLocation.Parse(db));

    [Fact]
    public void Parse_NpgsqlConnectionString_IsPostgres()
    {
        var location = Assert.IsType<StoreLocation.Postgres>(StoreLocation.Parse("Host=db.gov.local;Port=5433;Database=ledger;Username=engine;Password=s3cret"));

        var b = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(("db.gov.local", 5433, "ledger", "engine", "s3cret"), (b.Host, b.Port, b.Database, b.Username, b.Password));
        Assert.Equal("PostgreSQL db.gov.local:5433/ledger as engine", location.Describe());
    }

    [Fact]
    public void Parse_PostgresUrl_ConvertedWithEscapesPortAndSslMode()
    {
        var location = Assert.IsType<StoreLocation.Postgres>(StoreLocation.Parse("postgres://engine:p%40ss%3Bword@10.1.2.3:6432/ledger%20db?sslmode=require&application_name=zj"));

        var b = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(("10.1.2.3", 6432, "ledger db", "engine", "p@ss;word", SslMode.Require, "zj"), (b.Host, b.Port, b.Database, b.Username, b.Password, b.SslMode, b.ApplicationName));
        Assert.DoesNotContain("p@ss", location.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://u@[::1]:5432/d", "::1", 5432)]
    [InlineData("postgres://u@h/d", "h", 5432)]
    [InlineData("postgres:///d?host=/run/postgresql", "/run/postgresql", 5432)]
    public void Parse_PostgresUrlHostForms_ReadAsLibpqDoes(string url, string host, int port)
    {
        var b = new NpgsqlConnectionStringBuilder(Assert.IsType<StoreLocation.Postgres>(StoreLocation.Parse(url)).ConnectionString);
        Assert.Equal((host, port, "d"), (b.Host, b.Port, b.Database));
    }

    [Theory]
    [InlineData("Host=db;Databse=x", "Databse")]
    [InlineData("Database=x;Username=u", "names no Host")]
    [InlineData("postgres://u@h:99999/d", "99999")]
    [InlineData("postgres://u@h/d?sslmode=maybe", "sslmode")]
    [InlineData("postgres:///d", "names no host")]
    [InlineData("mysql://u@h/d", "mysql://")]
    [InlineData("", "empty")]
    public void Parse_MalformedStoreNames_RefusedNamingThePartNeverAFile(string db, string named)
    {
        var error = Assert.Throws<StoreLocationException>(() => StoreLocation.Parse(db));

        Assert.Contains(named, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("--db:", error.Message, StringComparison.Ordinal);
    }
}
