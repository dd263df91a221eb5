namespace Engine.Http.Access;

/// <summary>
/// The key file as of now: re-read when its modification time changes, so a key added with
/// <c>engine keys add</c> works without a restart.
/// </summary>
internal sealed class KeyRing(string path)
{
    private readonly Lock _gate = new();
    private (DateTime Stamp, ApiKeyFile File)? _current;

    public ApiKeyFile Current
    {
        get
        {
            var stamp = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
            lock (_gate)
            {
                if (_current is not { } c || c.Stamp != stamp)
                {
                    _current = (stamp, ApiKeyFile.Load(path));
                }

                return _current.Value.File;
            }
        }
    }
}
