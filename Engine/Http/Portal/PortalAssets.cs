using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Portal;

/// <summary>
/// The pages' own style sheet, carried inside the engine: government intranets reach no CDN, and the CSP allows
/// styles from the engine only.
/// </summary>
internal static class PortalAssets
{
    private static readonly Dictionary<string, (byte[] Bytes, string Type)> Files = Load();

    public static IResult Serve(string name) =>
        Files.TryGetValue(name, out var file)
            ? Results.Bytes(file.Bytes, file.Type)
            : Results.NotFound();

    private static Dictionary<string, (byte[], string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("portal-assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource["portal-assets/".Length..];
            files[name] = (copy.ToArray(), name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "application/octet-stream");
        }

        return files;
    }
}
