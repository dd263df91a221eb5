using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>Where figure readers put what they read: raw rows, and rows they could not even split into fields.</summary>
public interface IFigureSink
{
    /// <summary>Takes one row as read, fields still text; checking it is the sink's business.</summary>
    void Add(RawFigure row);

    /// <summary>A row as spans over the reader's buffer; sinks that keep rows copy it.</summary>
    internal void Add(scoped in FigureRowText row) => Add(row.ToRaw());

    /// <summary>Takes a row the reader could not even split into fields, as a located problem.</summary>
    void Reject(Problem problem);
}
