namespace Engine.Rules.Ledgers;

/// <summary>An indicator area of the ledger (指标名称), e.g. 「二」「办理建筑许可」, and the file it lives in.</summary>
public sealed record Area(string No, string Name, string File)
{
    /// <summary>The area as the ledger prints it: （二）办理建筑许可.</summary>
    public string Title => $"（{No}）{Name}";
}
