using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Engine.Http;

/// <summary>
/// An answer written to the client as it is made, never held whole: the engine's writers are synchronous, so one
/// runs on a worker thread into a pipe (which holds it back when the client reads slowly) while the request copies
/// the pipe out. Assessments are made as the writer asks for them, so memory stays at a few in flight.
/// With <paramref name="keep"/>, a copy of the bytes sent (up to <paramref name="keepUpTo"/>) is handed to it once the
/// whole answer is written, so it can be sent again as it was; a larger or failed answer is not handed over.
/// </summary>
internal sealed class StreamedAnswer(string contentType, Action<TextWriter> write, Action<byte[]>? keep = null, long keepUpTo = 0) : IResult
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Up to 1 MiB ahead of the client (an entity's assessment is about 850 KB of JSON), so a writer rarely waits.</summary>
    private static readonly PipeOptions Buffering = new(pauseWriterThreshold: 1024 * 1024, resumeWriterThreshold: 512 * 1024, useSynchronizationContext: false);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = contentType;
        var pipe = new Pipe(Buffering);
        // The writer blocks whenever the client is behind: on a thread of its own, so several answers written at once
        // never hold the pool's threads that the copying out needs (8 clients on 2 cores starved it into 200 ms waits).
        var producing = Task.Factory.StartNew(() =>
        {
            try
            {
                var copy = keep is null ? null : new AnswerCopy(pipe.Writer.AsStream(leaveOpen: true), keepUpTo);
                using (var text = new StreamWriter(copy ?? pipe.Writer.AsStream(leaveOpen: true), Utf8, bufferSize: 16 * 1024) { NewLine = "\n" })
                {
                    write(text);
                }

                pipe.Writer.Complete();
                if (copy?.Bytes() is { } bytes)
                {
                    keep!(bytes);
                }
            }
            catch (Exception e)
            {
                // Handed to the reading side: before the first byte it becomes the 500 problem, after it an aborted answer.
                pipe.Writer.Complete(e);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            await pipe.Reader.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted).ConfigureAwait(false);
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Lets the writer stop: its next flush sees the reader gone.
            await pipe.Reader.CompleteAsync(e).ConfigureAwait(false);
            throw;
        }
        finally
        {
            await producing.ConfigureAwait(false);
        }
    }
}
