using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>Where figure readers put what they read: raw rows, and rows they could not even split into fields.</summary>
public interface IFigureSink
{
    void Add(RawFigure row);

    /// <summary>A row as spans over the reader's buffer; sinks that keep rows copy it.</summary>
    internal void Add(scoped in FigureRowText row) => Add(row.ToRaw());

    void Reject(Problem problem);
}
