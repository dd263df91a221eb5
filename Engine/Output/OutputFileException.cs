namespace Engine.Output;

/// <summary>An output file (or folder) that cannot be written where the command was told to write it: a usage error, not the engine's.</summary>
internal sealed class OutputFileException : Exception
{
    public OutputFileException(string path, string reason, Exception innerException) : base($"cannot write {path}: {reason}", innerException) => Path = path;

    public OutputFileException() : this("", "", new IOException()) { }

    public OutputFileException(string message) : base(message) => Path = "";

    public OutputFileException(string message, Exception innerException) : base(message, innerException) => Path = "";

    public string Path { get; }

    /// <summary>The failure as the user can act on it: the path given, and what is in the way.</summary>
    public static OutputFileException For(string path, Exception e)
    {
        var full = System.IO.Path.GetFullPath(path);
        var reason = Directory.Exists(full) ? "it is a folder; give a file name"
            : BlockingFile(full) is { } file ? $"{file} is a file, not a folder"
            : e is UnauthorizedAccessException ? "permission denied"
            : e.Message;
        return new OutputFileException(path, reason, e);
    }

    private static string? BlockingFile(string full)
    {
        for (var dir = System.IO.Path.GetDirectoryName(full); !string.IsNullOrEmpty(dir); dir = System.IO.Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir))
            {
                return dir;
            }
        }

        return null;
    }
}
