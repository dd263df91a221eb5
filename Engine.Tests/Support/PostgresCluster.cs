using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Engine.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's packages: initdb and pg_ctl in a temporary folder, as the
/// <c>postgres</c> user when the tests run as root (initdb refuses root), trust authentication, listening on
/// 127.0.0.1 at a free port and on a Unix socket in the folder. Without the binaries the test is skipped with
/// the reason, except under CI, where <c>.ci/run</c> installs them and a missing one fails the test.
/// <see cref="Dispose"/> stops it (immediate mode) and deletes the folder.
/// </summary>
internal sealed class PostgresCluster : IDisposable
{
    public const string MissingReason = "PostgreSQL's server programs (initdb, pg_ctl) are not installed: apt-get install postgresql";

    private readonly string _pgCtl;
    private readonly bool _asPostgres;
    private int _databases;

    private PostgresCluster(string bin, string folder, int port, bool asPostgres)
    {
        _pgCtl = Path.Combine(bin, "pg_ctl");
        Folder = folder;
        Port = port;
        _asPostgres = asPostgres;
    }

    public string Folder { get; }

    public string Data => Path.Combine(Folder, "data");

    public int Port { get; }

    /// <summary>The maintenance database, to create test databases from.</summary>
    public string AdminConnectionString => Database("postgres");

    public string Database(string name) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Pooling=false;Timeout=10";

    /// <summary>Initialises and starts a new cluster, or skips (fails under CI) when PostgreSQL is not installed.</summary>
    public static PostgresCluster Start()
    {
        var initdb = ExternalProgram.Require(MissingReason, Candidates());
        var bin = Path.GetDirectoryName(ResolveLinks(initdb))!;
        var asPostgres = Environment.UserName == "root";
        var folder = Path.Combine(Path.GetTempPath(), "engine-tests", "pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (asPostgres)
        {
            Run(false, "chown", "postgres:postgres", folder);
        }

        var cluster = new PostgresCluster(bin, folder, FreePort(), asPostgres);
        try
        {
            Run(asPostgres, Path.Combine(bin, "initdb"), "-D", cluster.Data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync");
            cluster.StartServer();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..8]}";
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        command.ExecuteNonQuery();
        return Database(name);
    }

    /// <summary>Starts the stopped server again on the same port and data.</summary>
    public void StartServer() =>
        Run(_asPostgres, _pgCtl, "-D", Data, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");

    /// <summary>Stops the server at once, as a crash or an operator would; connections break.</summary>
    public void StopServer() => Run(_asPostgres, _pgCtl, "-D", Data, "-m", "immediate", "-w", "stop");

    public void Dispose()
    {
        try
        {
            if (File.Exists(Path.Combine(Data, "postmaster.pid")))
            {
                StopServer();
            }
        }
        finally
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover folder in the temp folder is harmless.
            }
        }
    }

    private static string[] Candidates()
    {
        // Debian keeps the server programs out of PATH, under /usr/lib/postgresql/VERSION/bin; the newest wins.
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin", "initdb"))
            : [];
        return [.. versions, "/usr/local/bin/initdb", "/usr/bin/initdb"];
    }

    private static string ResolveLinks(string path) => new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

    private static void Run(bool asPostgres, string program, params string[] args)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} did not finish within 2 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {output.Result}{error.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One cluster shared by a test class (initdb costs seconds); each test takes its own database from it.</summary>
public sealed class PostgresClusterFixture : IDisposable
{
    private readonly Lock _gate = new();
    private PostgresCluster? _cluster;

    /// <summary>The running cluster, started on first use; skips the test when PostgreSQL is not installed.</summary>
    internal PostgresCluster Cluster
    {
        get
        {
            lock (_gate)
            {
                return _cluster ??= PostgresCluster.Start();
            }
        }
    }

    public void Dispose() => _cluster?.Dispose();
}
