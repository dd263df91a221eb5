using Engine.Http.Access;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Http.Endpoints;

/// <summary>
/// Refuses, as a row with its reason, a submitted figure for an entity the caller's key may not submit for
/// (<see cref="AccessRules.EntityRefusal"/>); the other rows of the submission go on. Blank rows pass, to be
/// counted as blank: they carry no figure for anyone.
/// </summary>
internal sealed class EntityScope(IFigureSink inner, Caller caller, Ledger ledger) : IFigureSink
{
    /// <summary>How many rows were refused here.</summary>
    public int Refused { get; private set; }

    public void Add(RawFigure row)
    {
        var blank = string.IsNullOrWhiteSpace(row.Value) && string.IsNullOrWhiteSpace(row.AsOf);
        var entity = InputText.Field(row.Entity ?? "");
        if (blank || AccessRules.EntityRefusal(caller, ledger, entity) is not { } reason)
        {
            inner.Add(row);
            return;
        }

        Refused++;
        inner.Reject(new Problem(row.Source, row.Line, row.Column, row.Path is null ? "entity" : $"{row.Path}.entity", reason)
        {
            Code = ProblemCodes.Forbidden,
            TargetId = row.Target,
            MessageZh = entity.Length == 0 ? $"{caller.Unit}不能报送不分填报主体的数据" : $"{caller.Unit}不能为填报主体“{entity}”报送数据",
        });
    }

    public void Reject(Problem problem) => inner.Reject(problem);
}
