using System.Security.Cryptography;
using System.Text;

namespace Engine.Rules.Ledgers;

/// <summary>The revision of a rule set: a hash of its files' names and bytes, so any edit gives a new revision.</summary>
internal static class LedgerRevision
{
    public static string Compute(IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths.OrderBy(Path.GetFileName, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path)));
            hash.AppendData([0]);
            hash.AppendData(File.ReadAllBytes(path));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
