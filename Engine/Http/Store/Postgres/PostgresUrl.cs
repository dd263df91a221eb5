using System.Globalization;
using Npgsql;

namespace Engine.Http.Store.Postgres;

/// <summary>
/// Converts a libpq-style URL (<c>postgres://user:password@host:port/database?sslmode=require</c>) to the Npgsql
/// connection string Npgsql itself reads; Npgsql takes only the keyword form. Percent-escapes are decoded;
/// <c>?host=/run/postgresql</c> names a Unix socket folder.
/// </summary>
internal static class PostgresUrl
{
    public static string ToConnectionString(string url)
    {
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var query = "";
        var q = rest.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            query = rest[(q + 1)..];
            rest = rest[..q];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash >= 0 ? rest[..slash] : rest;
        var database = slash >= 0 ? Uri.UnescapeDataString(rest[(slash + 1)..]) : "";
        var builder = new NpgsqlConnectionStringBuilder();
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var user = authority[..at];
            authority = authority[(at + 1)..];
            var colon = user.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon >= 0 ? user[..colon] : user);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(user[(colon + 1)..]);
            }
        }

        SetHost(builder, Uri.UnescapeDataString(authority));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq >= 0 ? pair[..eq] : pair);
            var value = eq >= 0 ? Uri.UnescapeDataString(pair[(eq + 1)..]) : "";
            Set(builder, key, value);
        }

        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new StoreLocationException("--db: the postgres:// URL names no host (postgres://user@host:port/database, or ?host=/socket/folder)");
        }

        return builder.ConnectionString;
    }

    private static void SetHost(NpgsqlConnectionStringBuilder builder, string hostPort)
    {
        if (hostPort.Length == 0)
        {
            return;
        }

        // One host may carry a port; several (h1:5432,h2:5433) go to Npgsql as they are, which reads them so.
        if (hostPort.Contains(',', StringComparison.Ordinal))
        {
            builder.Host = hostPort;
            return;
        }

        var host = hostPort;
        string? port = null;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']', StringComparison.Ordinal);
            host = hostPort[1..close];
            port = close + 1 < hostPort.Length && hostPort[close + 1] == ':' ? hostPort[(close + 2)..] : null;
        }
        else if (hostPort.LastIndexOf(':') is var colon and >= 0)
        {
            host = hostPort[..colon];
            port = hostPort[(colon + 1)..];
        }

        builder.Host = host;
        if (port is not null)
        {
            builder.Port = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536
                ? p
                : throw new StoreLocationException($"--db: the port \"{port}\" in the postgres:// URL is not a port number (1–65535)");
        }

    }

    private static void Set(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        try
        {
            switch (key)
            {
                case "sslmode":
                    builder.SslMode = value switch
                    {
                        "disable" => SslMode.Disable,
                        "allow" => SslMode.Allow,
                        "prefer" => SslMode.Prefer,
                        "require" => SslMode.Require,
                        "verify-ca" => SslMode.VerifyCA,
                        "verify-full" => SslMode.VerifyFull,
                        _ => throw new ArgumentException($"sslmode \"{value}\" is none of disable, allow, prefer, require, verify-ca, verify-full"),
                    };
                    break;
                case "host":
                    builder.Host = value;
                    break;
                case "port":
                    builder.Port = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "user":
                    builder.Username = value;
                    break;
                case "password":
                    builder.Password = value;
                    break;
                case "dbname":
                    builder.Database = value;
                    break;
                case "application_name":
                    builder.ApplicationName = value;
                    break;
                case "connect_timeout":
                    builder.Timeout = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                default:
                    // Npgsql's own keywords (e.g. "Maximum Pool Size", "Command Timeout") pass through.
                    builder[key] = value;
                    break;
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or KeyNotFoundException)
        {
            throw new StoreLocationException($"--db: the postgres:// URL's parameter \"{key}\": {e.Message}", e);
        }
    }
}
