namespace Engine.Http;

/// <summary>
/// A write-only stream that passes everything on to the answer's stream and keeps a copy of it, until the copy
/// would pass its bound: then the copy is dropped, and the answer goes on unaffected.
/// </summary>
internal sealed class AnswerCopy(Stream answer, long upTo) : Stream
{
    private MemoryStream? _copy = new();

    /// <summary>The bytes written, or null when they passed the bound.</summary>
    public byte[]? Bytes() => _copy?.ToArray();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        answer.Write(buffer);
        if (_copy is not null && _copy.Length + buffer.Length <= upTo)
        {
            _copy.Write(buffer);
        }
        else
        {
            _copy = null;
        }
    }

    public override void Flush() => answer.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            answer.Dispose();
        }

        base.Dispose(disposing);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
