using System.Security.Cryptography;
using System.Text;
using Engine.Rules.Ledgers;
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

    internal sealed record Entry(string Id, string? Unit, string Role, string Sha256, string Created, IReadOnlyList<string> Entities);

    /// <summary>False when there is no configuration file: reads are open and submissions are refused.</summary>
    public bool Exists { get; }

    public bool PublicReads { get; }

    public int Count => _byId.Count;

    /// <summary>No key file: reads and evaluate open to anyone, submissions refused.</summary>
    public static ApiKeyFile Open { get; } = new(publicReads: true, [], exists: false);

    /// <summary>No keys and no public reads: what a key file that never read leaves in force (everything refused).</summary>
    public static ApiKeyFile Closed { get; } = new(publicReads: false, [], exists: true);

    /// <summary>Reads the key file; an unreadable or malformed one is an <see cref="InvalidDataException"/> naming the file and why.</summary>
    public static ApiKeyFile Load(string path)
    {
        if (!File.Exists(path))
        {
            return Open;
        }

        try
        {
            if (JToken.Parse(File.ReadAllText(path)) is not JObject root)
            {
                throw new InvalidDataException("the file is not a JSON object");
            }

            var entries = (root["keys"] as JArray ?? []).Select(Read).ToList();
            var duplicate = entries.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new InvalidDataException($"key id {duplicate.Key} appears twice");
            }

            return new ApiKeyFile((bool?)root["public_reads"] ?? false, entries, exists: true);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or ArgumentException or FormatException or InvalidCastException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"the key file {path} cannot be read: {e.Message}", e);
        }
    }

    private static Entry Read(JToken key)
    {
        if (key is not JObject)
        {
            throw new InvalidDataException($"each key must be an object, not {key.Type.ToString().ToLowerInvariant()}");
        }

        var id = (string?)key["id"] ?? throw new InvalidDataException("a key has no id");
        var role = (string?)key["role"] ?? "unit";
        var unit = (string?)key["unit"];
        var sha = (string?)key["sha256"] ?? "";
        if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigit))
        {
            throw new InvalidDataException($"key {id} has no valid sha256 (64 hex digits)");
        }

        if (role != AdminRole && (role != "unit" || string.IsNullOrWhiteSpace(unit)))
        {
            throw new InvalidDataException($"key {id} is neither an admin key nor bound to a unit");
        }

        return new Entry(id, unit, role, sha, (string?)key["created"] ?? "", Entities(id, role, key["entities"]));
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
            ? new Caller(entry.Id, entry.Unit, entry.Role == AdminRole) { Entities = entry.Entities }
            : null;
    }

    /// <summary>
    /// The key with this id as the file says now, without its secret: for a page session opened earlier with the
    /// secret, so a key removed or changed in the file takes effect on the session's next request.
    /// </summary>
    public Caller? Find(string keyId) =>
        _byId.TryGetValue(keyId, out var entry) ? new Caller(entry.Id, entry.Unit, entry.Role == AdminRole) { Entities = entry.Entities } : null;

    /// <summary>Adds a key for a unit (or the admin role) to the file, creating it if needed; returns the key in clear, once.</summary>
    /// <param name="entities">The entities a unit key is narrowed to; none leaves it as the ledger allows units.</param>
    public static string Add(string path, string? unit, bool admin, DateTimeOffset now, IReadOnlyList<string>? entities = null)
    {
        var narrowed = (entities ?? []).Select(e => InputText.Field(e)).Distinct(StringComparer.Ordinal).ToList();
        if (admin && narrowed.Count > 0)
        {
            throw new ArgumentException("an admin key may submit for any entity; --entity narrows unit keys only");
        }

        if (narrowed.Any(e => e.Length == 0))
        {
            throw new ArgumentException("an --entity must not be empty");
        }

        // A broken file is refused (InvalidDataException), not rewritten: its keys would be lost.
        _ = Load(path);
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
        if (narrowed.Count > 0)
        {
            ((JObject)keys.Last!)["entities"] = new JArray(narrowed);
        }

        // AtomicFile makes the folder, and turns a path it cannot write into an OutputFileException (exit 2).
        var full = Path.GetFullPath(path);
        Output.AtomicFile.Write(full, w => w.Write(root.ToString(Formatting.Indented)), ownerOnly: true);
        return $"ek_{id}_{secret}";
    }

    /// <summary>A key's optional "entities" (absent in key files written before keys could be narrowed: not narrowed).</summary>
    private static IReadOnlyList<string> Entities(string id, string role, JToken? token)
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            return [];
        }

        if (token is not JArray array || array.Any(e => e.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)e)))
        {
            throw new InvalidDataException($"key {id}: \"entities\" must be an array of entity names");
        }

        // An empty list would read as "not narrowed", the widest access; whoever wrote it meant something narrower.
        if (array.Count == 0)
        {
            throw new InvalidDataException($"key {id}: \"entities\" is empty; list the entities the key is narrowed to, or leave \"entities\" out");
        }

        if (role == AdminRole)
        {
            throw new InvalidDataException($"key {id} is an admin key; only unit keys are narrowed to entities");
        }

        return [.. array.Select(e => InputText.Field((string)e!))];
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
