using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Http.Access;

/// <summary>
/// The API key configuration: keys stored as SHA-256 hashes, each bound to a reporting unit or the admin role,
/// and whether reads are public. A key is shown once, when it is made, and never stored or logged in clear.
/// Key format: <c>ek_{id}_{secret}</c>; the id finds the entry, the secret's hash is compared in constant time.
/// </summary>
internal sealed class ApiKeyFile
{
    public const string AdminRole = "admin";

    private readonly Dictionary<string, Entry> _byId;

    private ApiKeyFile(bool publicReads, IEnumerable<Entry> entries, bool exists)
    {
        PublicReads = publicReads;
        Exists = exists;
        _byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    internal sealed record Entry(string Id, string? Unit, string Role, string Sha256, string Created);

    /// <summary>False when there is no configuration file: reads are open and submissions are refused.</summary>
    public bool Exists { get; }

    public bool PublicReads { get; }

    public int Count => _byId.Count;

    public static ApiKeyFile Load(string path)
    {
        if (!File.Exists(path))
        {
            return new ApiKeyFile(publicReads: true, [], exists: false);
        }

        var root = JObject.Parse(File.ReadAllText(path));
        var entries = (root["keys"] as JArray ?? []).Select(k => new Entry(
            (string?)k["id"] ?? throw new InvalidDataException($"{path}: a key has no id"),
            (string?)k["unit"],
            (string?)k["role"] ?? "unit",
            (string?)k["sha256"] ?? throw new InvalidDataException($"{path}: key {(string?)k["id"]} has no sha256"),
            (string?)k["created"] ?? ""));
        return new ApiKeyFile((bool?)root["public_reads"] ?? false, entries, exists: true);
    }

    /// <summary>Resolves a presented key, or null when it is unknown or wrong.</summary>
    public Caller? Verify(string presented)
    {
        var parts = presented.Split('_', 3);
        if (parts.Length != 3 || parts[0] != "ek" || !_byId.TryGetValue(parts[1], out var entry))
        {
            // Hash anyway, so an unknown id costs what a wrong secret costs.
            _ = Hash("unknown" + presented);
            return null;
        }

        var expected = Convert.FromHexString(entry.Sha256);
        var actual = Hash(parts[2]);
        return CryptographicOperations.FixedTimeEquals(expected, actual)
            ? new Caller(entry.Id, entry.Unit, entry.Role == AdminRole)
            : null;
    }

    /// <summary>Adds a key for a unit (or the admin role) to the file, creating it if needed; returns the key in clear, once.</summary>
    public static string Add(string path, string? unit, bool admin, DateTimeOffset now)
    {
        var root = File.Exists(path) ? JObject.Parse(File.ReadAllText(path)) : new JObject { ["public_reads"] = false, ["keys"] = new JArray() };
        if (root["keys"] is not JArray keys)
        {
            // Assign before filling: Newtonsoft copies a token that already has a parent.
            keys = [];
            root["keys"] = keys;
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        keys.Add(new JObject
        {
            ["id"] = id,
            ["unit"] = admin ? null : unit,
            ["role"] = admin ? AdminRole : "unit",
            ["sha256"] = Convert.ToHexStringLower(Hash(secret)),
            ["created"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Output.AtomicFile.Write(full, w => w.Write(root.ToString(Formatting.Indented)));
        return $"ek_{id}_{secret}";
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
