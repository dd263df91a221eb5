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

    internal sealed record Entry(string Id, string? Unit, string Role, string Sha256, string Created);

    /// <summary>False when there is no configuration file: reads are open and submissions are refused.</summary>
    public bool Exists { get; }

    public bool PublicReads { get; }

    public int Count => _byId.Count;

    /// <summary>The key configuration in the file (none when it does not exist); throws <see cref="KeyFileException"/> when it cannot be used.</summary>
    public static ApiKeyFile Load(string path)
    {
        var (file, problems) = TryLoad(path);
        return file ?? throw new KeyFileException(problems);
    }

    /// <summary>The key configuration, or null with every problem of the file (file, line, column), as rule files are checked.</summary>
    public static (ApiKeyFile? File, IReadOnlyList<Problem> Problems) TryLoad(string path)
    {
        if (!File.Exists(path))
        {
            return (new ApiKeyFile(publicReads: true, [], exists: false), []);
        }

        var problems = new List<Problem>();
        var (root, entries) = Read(path, problems);
        return root is null ? (null, problems) : (new ApiKeyFile(ReadsArePublic(root), entries, exists: true), problems);
    }

    // The file read as rule files are (UTF-8, located problems, no exception for malformed JSON), then checked
    // entry by entry: a key without an id or a SHA-256 hash of 64 hex digits could never be verified.
    private static (JObject? Root, List<Entry> Entries) Read(string path, List<Problem> problems)
    {
        var name = Path.GetFileName(path);
        var root = JsonFileLoader.Load(path, name, problems);
        var entries = new List<Entry>();
        if (root is null)
        {
            return (null, entries);
        }

        var sink = new ProblemSink(name, problems);
        var fields = new JsonFields(root, sink);
        fields.Boolean("public_reads");
        var keys = fields.Array("keys", required: false) ?? [];
        foreach (var item in keys)
        {
            if (item is not JObject key)
            {
                sink.At(item, "each key must be an object with id, unit, role, sha256 and created", code: ProblemCodes.WrongType);
                continue;
            }

            var entry = new JsonFields(key, sink);
            var (id, unit, role, sha256) = (entry.String("id", required: true), entry.String("unit", required: false), entry.String("role", required: false) ?? "unit", entry.String("sha256", required: true));
            var created = entry.String("created", required: false) ?? "";
            if (role is not ("unit" or AdminRole))
            {
                entry.Problem("role", $"role \"{role}\" is neither \"unit\" nor \"{AdminRole}\"");
            }
            else if (sha256 is not null && (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigit)))
            {
                entry.Problem("sha256", "\"sha256\" must be 64 hex digits (the hash 'engine keys add' stores)");
            }
            else if (id is not null && sha256 is not null)
            {
                entries.Add(new Entry(id, unit, role, sha256, created));
            }
        }

        foreach (var duplicate in entries.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            sink.Whole($"key id {duplicate.Key} is used more than once", ProblemCodes.DuplicateId);
        }

        return (problems.Count == 0 ? root : null, entries);
    }

    private static bool ReadsArePublic(JObject root) => root["public_reads"]?.Type == JTokenType.Boolean && (bool)root["public_reads"]!;

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
        var problems = new List<Problem>();
        var root = File.Exists(path) ? Read(path, problems).Root ?? throw new KeyFileException(problems) : new JObject { ["public_reads"] = false, ["keys"] = new JArray() };
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
        Output.AtomicFile.Write(path, w => w.Write(root.ToString(Formatting.Indented)));
        return $"ek_{id}_{secret}";
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
