namespace Engine.Cli;

/// <summary>Reports on the caller's thread: Progress&lt;T&gt; posts to the thread pool and would move the bar late.</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
