namespace Engine.Rules.Ledgers;

/// <summary>How a target's figure behaves over the period, which decides how it is judged before its deadline.</summary>
public enum Nature
{
    /// <summary>Built up within the period from the baseline (or 0): 新增, 累计 and 全年 totals, 结案率, 支出率; a milestone's share of the work done.</summary>
    Cumulative,

    /// <summary>A state at a moment that can rise and fall again: a pass rate, a time limit, a standard, a stock (总数, 余额).</summary>
    Level,
}
