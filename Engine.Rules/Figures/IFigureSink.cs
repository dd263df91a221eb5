using Engine.Rules.Problems;

namespace Engine.Rules.Figures;

/// <summary>Where figure readers put what they read: raw rows, and rows they could not even split into fields.</summary>
public interface IFigureSink
{
    void Add(RawFigure row);

    void Reject(Problem problem);
}
