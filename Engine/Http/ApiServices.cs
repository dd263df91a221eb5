using Engine.Http.Access;
using Engine.Http.Catalog;
using Engine.Http.Store;

namespace Engine.Http;

/// <summary>What the endpoints share: the ledgers, the figure store, the keys, the limits, the clock and the denial log.</summary>
internal sealed record ApiServices(LedgerCatalog Catalog, IFigureStore Store, KeyRing Keys, ServeOptions Options, TimeProvider Clock, DenialLog Denials);
