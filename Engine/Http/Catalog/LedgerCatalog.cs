using System.Collections.Concurrent;
using Engine.Rules.Ledgers;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Engine.Http.Catalog;

/// <summary>
/// The ledgers served: every folder under the targets root that holds a ledger.json (or the root itself when it
/// is one ledger). Watches the folders and reloads a ledger shortly after its files stop changing.
/// </summary>
internal sealed class LedgerCatalog : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private readonly ConcurrentDictionary<string, LedgerEntry> _entries = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly List<Timer> _timers = [];
    private readonly ILogger _log;

    public LedgerCatalog(string root, TimeProvider clock, ILogger log)
    {
        _log = log;
        var folders = File.Exists(Path.Combine(root, LedgerReader.LedgerFileName))
            ? [root]
            : Directory.Exists(root) ? Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, LedgerReader.LedgerFileName))).Order(StringComparer.Ordinal).ToList() : [];
        foreach (var folder in folders)
        {
            var id = DeclaredId(folder) ?? Path.GetFileName(folder);
            _entries.TryAdd(id, new LedgerEntry(id, folder, clock));
        }
    }

    public IReadOnlyCollection<LedgerEntry> Entries => [.. _entries.Values.OrderBy(e => e.Id, StringComparer.Ordinal)];

    public bool TryGet(string id, out LedgerEntry entry) => _entries.TryGetValue(id, out entry!);

    /// <summary>Loads every ledger, then watches their folders for edits.</summary>
    public async Task StartAsync(bool watch)
    {
        await Task.WhenAll(_entries.Values.Select(e => e.ReloadAsync())).ConfigureAwait(false);
        foreach (var entry in _entries.Values)
        {
            var state = entry.State;
            if (state.Served is { } served)
            {
                _log.LogInformation("ledger {Id} revision {Revision} from {Folder}", entry.Id, served.Ledger.Revision, entry.Folder);
            }
            else
            {
                _log.LogWarning("ledger {Id} in {Folder} is invalid ({Count} problems); it is listed but not served", entry.Id, entry.Folder, state.FileProblems.Count);
            }

            if (watch)
            {
                Watch(entry);
            }
        }
    }

    private void Watch(LedgerEntry entry)
    {
        // Editors write a file in several steps; the timer restarts on every event and reloads once they settle.
        var timer = new Timer(_ => _ = ReloadLogged(entry), null, Timeout.Infinite, Timeout.Infinite);
        var watcher = new FileSystemWatcher(entry.Folder, "*.json") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size, EnableRaisingEvents = true };
        void Changed(object? sender, FileSystemEventArgs e) => timer.Change(Settle, Timeout.InfiniteTimeSpan);
        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += (s, e) => Changed(s, e);
        _watchers.Add(watcher);
        _timers.Add(timer);
    }

    private async Task ReloadLogged(LedgerEntry entry)
    {
        try
        {
            await entry.ReloadAsync().ConfigureAwait(false);
            var state = entry.State;
            if (state.Valid)
            {
                _log.LogInformation("ledger {Id} now serves revision {Revision}", entry.Id, state.Served?.Ledger.Revision);
            }
            else
            {
                _log.LogWarning("ledger {Id}: the edited rule files have {Count} problems; still serving revision {Revision}", entry.Id, state.FileProblems.Count, state.Served?.Ledger.Revision);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Rules.Assessment.AssessmentException or NRules.RuleCompilationException)
        {
            _log.LogError(e, "ledger {Id}: reload failed; still serving the last good revision", entry.Id);
        }
    }

    private static string? DeclaredId(string folder)
    {
        try
        {
            var id = JObject.Parse(File.ReadAllText(Path.Combine(folder, LedgerReader.LedgerFileName)))["id"];
            return id?.Type == JTokenType.String ? (string?)id : null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        foreach (var timer in _timers)
        {
            timer.Dispose();
        }

        foreach (var entry in _entries.Values)
        {
            entry.Dispose();
        }
    }
}
