using Engine.Rules.Assessment;

namespace Engine.Output.Xlsx;

/// <summary>An entity's assessment and the name of the sheet that holds it, which the summary lists when names were shortened.</summary>
internal sealed record LedgerSheet(EntityAssessment Assessment, string Name);
