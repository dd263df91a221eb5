using System.Reflection;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

internal static class EngineVersion
{
    public static string Current { get; } =
        typeof(EngineVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
