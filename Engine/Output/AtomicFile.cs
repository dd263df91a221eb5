using System.Text;

namespace Engine.Output;

/// <summary>Writes a file through a temporary beside it and a rename, so an interrupted run never leaves half a file.</summary>
internal static class AtomicFile
{
    /// <param name="ownerOnly">Create the file readable and writable by its owner alone (0600), for secrets.</param>
    public static void Write(string path, Action<TextWriter> write, Encoding? encoding = null, bool ownerOnly = false) =>
        WriteBytes(path, ownerOnly, stream =>
        {
            using var writer = new StreamWriter(stream, encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
            write(writer);
        });

    /// <summary>Writes the file whole or not at all; a path that cannot be written is an <see cref="OutputFileException"/> naming it.</summary>
    public static void WriteBytes(string path, Action<Stream> write) => WriteBytes(path, ownerOnly: false, write);

    private static void WriteBytes(string path, bool ownerOnly, Action<Stream> write)
    {
        try
        {
            Replace(path, ownerOnly, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputFileException.For(path, e);
        }
    }

    private static void Replace(string path, bool ownerOnly, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite))
            {
                if (ownerOnly && !OperatingSystem.IsWindows())
                {
                    // Before the first byte is written, so the secret is never readable by others, even briefly.
                    File.SetUnixFileMode(stream.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
