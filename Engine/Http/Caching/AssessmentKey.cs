using Engine.Output;
using Engine.Rules.Ledgers;

namespace Engine.Http.Caching;

/// <summary>
/// Everything a stored assessment's bytes depend on: the rules (ledger revision), the figures (store version),
/// and the request (dates, entity, format, language). Two requests with equal keys get the same answer.
/// </summary>
/// <param name="AsOf">The requested dates as given after parsing ("" for the default date, "monthly" for month ends).</param>
internal sealed record AssessmentKey(string Ledger, string Revision, long StoreVersion, string AsOf, string? Entity, OutputFormat Format, Language Lang);
