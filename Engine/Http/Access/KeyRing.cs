using Microsoft.Extensions.Logging;

namespace Engine.Http.Access;

/// <summary>
/// The key file as of now: re-read when its modification time changes, so a key added with
/// <c>engine keys add</c> works without a restart. A file that cannot be used stops the server from starting
/// (<see cref="KeyFileException"/>); one broken while it runs (an editor's half-saved file) is logged and the keys
/// read before stay in force, so a typo neither opens nor closes the API.
/// </summary>
internal sealed class KeyRing
{
    private readonly string _path;
    private readonly ILogger? _log;
    private readonly Lock _gate = new();
    private (DateTime Stamp, ApiKeyFile File) _current;

    public KeyRing(string path, ILogger? log = null)
    {
        _path = path;
        _log = log;
        _current = (Stamp(), ApiKeyFile.Load(path));
    }

    public ApiKeyFile Current
    {
        get
        {
            var stamp = Stamp();
            lock (_gate)
            {
                if (_current.Stamp != stamp)
                {
                    var (file, problems) = ApiKeyFile.TryLoad(_path);
                    if (file is null)
                    {
                        _log?.LogWarning("the key file {Path} cannot be used; the keys read before stay in force: {Problems}", _path, string.Join("; ", problems));
                    }

                    _current = (stamp, file ?? _current.File);
                }

                return _current.File;
            }
        }
    }

    private DateTime Stamp() => File.Exists(_path) ? File.GetLastWriteTimeUtc(_path) : DateTime.MinValue;
}
