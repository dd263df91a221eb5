
namespace Engine.Rules.Ledgers;

/// <summary>What an area file needs from ledger.json to resolve defaults; the period is null when ledger.json failed.</summary>
internal sealed record AreaContext(Period? Period, decimal Slack);
