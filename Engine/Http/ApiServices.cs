using Engine.Http.Access;
using Engine.Http.Caching;
using Engine.Http.Catalog;
using Engine.Http.Store;

namespace Engine.Http;

/// <summary>What the endpoints share: the ledgers, the figure store, the keys, the limits, the clock, the denial log and the answers kept.</summary>
internal sealed record ApiServices(LedgerCatalog Catalog, IFigureStore Store, KeyRing Keys, ServeOptions Options, TimeProvider Clock, DenialLog Denials, AssessmentCache Answers);
