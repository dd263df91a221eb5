using Engine.Tests.Support;
using Xunit.Abstractions;

namespace Engine.Tests.Http.Store;

/// <summary>Two <c>engine serve</c> processes on one store under concurrent load, one killed with SIGKILL and restarted.</summary>
public sealed class TwoReplicasTests(PostgresClusterFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresClusterFixture>
{
    [SkippableFact]
    public async Task Serve_TwoReplicasOnePostgresOneKilledMidLoad_NothingAcknowledgedLostVersionsGaplessAssessmentsEqual() =>
        output.WriteLine(await ReplicaLoad.RunAsync(postgres.Cluster.CreateDatabase().Replace("Pooling=false", "Pooling=true", StringComparison.Ordinal), killOneMidLoad: true));

    /// <summary>One SQLite file, two serving processes: SQLite's file locks and busy timeout serialise the writers; nothing acknowledged is lost.</summary>
    [Fact]
    public async Task Serve_TwoProcessesOneSqliteFileOneKilledMidLoad_NothingAcknowledgedLostVersionsGapless()
    {
        using var folder = new TempFolder();
        output.WriteLine(await ReplicaLoad.RunAsync(Path.Combine(folder.Path, "shared.db"), killOneMidLoad: true));
    }
}
