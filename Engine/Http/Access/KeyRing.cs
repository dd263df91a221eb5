using Microsoft.Extensions.Logging;

namespace Engine.Http.Access;

/// <summary>
/// The key file as of now: re-read when it changes, so a key added with <c>engine keys add</c> works without a
/// restart. It fails closed: once keys were read, a key file that disappears or cannot be read leaves the last
/// good keys in force (and is logged), never open access; a broken file appearing where there was none locks
/// everything until it is fixed.
/// </summary>
internal sealed class KeyRing
{
    private readonly string _path;
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private (DateTime Written, long Length)? _seen; // null: no file
    private ApiKeyFile _current;
    private bool _everRead;
    private bool _gone;
    private string? _problem; // why the file last failed to read; null when it read

    public KeyRing(string path, ILogger log)
    {
        _path = path;
        _log = log;
        _current = ApiKeyFile.Open;
        _ = Current;
    }

    public string Path => _path;

    /// <summary>The key file's state as of now, for /healthz: what is in force and why, never a key.</summary>
    public KeyFileHealth Health
    {
        get
        {
            var current = Current;
            lock (_gate)
            {
                var state = (_problem, _gone, _everRead) switch
                {
                    ({ }, _, true) => KeyFileHealth.BrokenKeepingLastGood,
                    ({ }, _, false) => KeyFileHealth.BrokenRefusingAll,
                    (null, true, _) => KeyFileHealth.GoneKeepingLastGood,
                    (null, false, true) => KeyFileHealth.Read,
                    (null, false, false) => KeyFileHealth.Absent,
                };
                var error = _problem ?? (_gone ? $"the key file {_path} is gone" : null);
                return new KeyFileHealth(_path, state, current.Count, current.PublicReads, error);
            }
        }
    }

    public ApiKeyFile Current
    {
        get
        {
            var stamp = Stamp();
            lock (_gate)
            {
                if (stamp != _seen)
                {
                    _seen = stamp;
                    Reload(stamp is null);
                }

                return _current;
            }
        }
    }

    /// <summary>
    /// Why <c>engine serve</c> must not start with this key file, or null: a file named with <c>--keys</c> must
    /// exist, and any key file present must read.
    /// </summary>
    public static string? StartProblem(string path, bool named)
    {
        if (!File.Exists(path))
        {
            return named ? $"the key file {path} (--keys) does not exist; create it with 'engine keys add UNIT --keys {path}'" : null;
        }

        try
        {
            ApiKeyFile.Load(path);
            return null;
        }
        catch (InvalidDataException e)
        {
            return e.Message;
        }
    }

    private void Reload(bool missing)
    {
        if (missing)
        {
            if (_everRead)
            {
                _gone = true;
                _problem = null;
                _log.LogError("key file {Path} is gone; keeping the last good keys ({Count}) until it is back", _path, _current.Count);
            }

            return;
        }

        try
        {
            _current = ApiKeyFile.Load(_path);
            _everRead = true;
            _gone = false;
            _problem = null;
            _log.LogInformation("key file {Path} read: {Count} keys", _path, _current.Count);
            WarnIfOthersCanRead();
        }
        catch (InvalidDataException e)
        {
            _gone = false;
            _problem = e.Message;
            if (_everRead)
            {
                _log.LogError("{Problem}; keeping the last good keys ({Count})", e.Message, _current.Count);
            }
            else
            {
                // No good keys to keep: refuse everyone rather than fall back to open access.
                _current = ApiKeyFile.Closed;
                _log.LogError("{Problem}; every request needing a key is refused until it is fixed", e.Message);
            }
        }
    }

    /// <summary>
    /// Files written by an engine before keys were kept owner-only may still be readable by the group or everyone:
    /// they hold only hashes, but an operator should know and tighten them; serving goes on.
    /// </summary>
    private void WarnIfOthersCanRead()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(_path);
        const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
        if ((mode & others) != 0)
        {
            _log.LogWarning("key file {Path} can be read or written by others than its owner (mode {Mode}); make it owner-only: chmod 600 {Path}", _path, Convert.ToString((int)mode, 8).PadLeft(4, '0'), _path);
        }
    }

    private (DateTime, long)? Stamp()
    {
        try
        {
            var info = new FileInfo(_path);
            return info.Exists ? (info.LastWriteTimeUtc, info.Length) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
