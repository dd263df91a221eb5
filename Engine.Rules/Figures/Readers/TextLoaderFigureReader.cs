using System.Text;
using Engine.Rules.Ledgers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Engine.Rules.Figures;

/// <summary>
/// Reads a delimited figures file through ML.NET's TextLoader into an <see cref="IDataView"/>, then through the
/// same reader as any data view. The CLI uses it for tab-separated files; comma-separated files go through Sep,
/// which the benchmark measured several times faster on the same rows.
/// Line numbers count the header as line 1, as for CSV. TextLoader passes over empty lines and lines that start
/// with <c>//</c> (its comments); a first pass finds the line of each row it reads, and reports the comment lines
/// as rejected, so no line of the file goes unaccounted for.
/// </summary>
internal static class TextLoaderFigureReader
{
    public static void Read(string path, string displayName, char separator, IFigureSink sink)
    {
        string? header;
        var lines = new List<int>();
        var (encoding, encodingName) = TextDecoding.ForInput(path, displayName);
        (sink as FigureIntake)?.ReadAs(displayName, encodingName);
        using (var text = new BoundedLineReader(new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true), displayName))
        {
            header = text.ReadLine();
            var number = 1;
            for (var line = text.ReadLine(); line is not null; line = text.ReadLine())
            {
                number++;
                if (line.StartsWith("//", StringComparison.Ordinal))
                {
                    sink.Reject(new Problem(displayName, number, 1, "", "the line starts with //, which ML.NET's TextLoader reads as a comment; remove the // to submit the row") { Code = ProblemCodes.BadRow, MessageZh = "该行以//开头，会被当作注释；请删去//再报送" });
                }
                else if (line.Length > 0)
                {
                    lines.Add(number);
                }
                else
                {
                    // TextLoader passes over an empty line; it is counted as a blank row, as in any other file.
                    sink.Add(new FigureRowText(displayName, number, default, default, default));
                }
            }
        }

        if (string.IsNullOrWhiteSpace(header))
        {
            throw new FigureFileException(new Problem(displayName, 1, 0, "", "the file is empty: line 1 must be the header") { Code = ProblemCodes.MissingColumn });
        }

        var names = header.Split(separator).Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        FigureColumns.MapChecked(names, displayName, 1);
        var loader = new MLContext().Data.CreateTextLoader(new TextLoader.Options
        {
            Separators = [separator],
            HasHeader = true,
            AllowQuoting = true,
            TrimWhitespace = false,
            Columns = [.. names.Select((name, i) => new TextLoader.Column(string.IsNullOrEmpty(name) ? $"column{i + 1}" : name, DataKind.String, i))],
        });
        IMultiStreamSource file = encoding.CodePage == Encoding.UTF8.CodePage ? new MultiFileSource(path) : new DecodedFileSource(path, encoding);
        DataViewFigureReader.Read(loader.Load(file), displayName, sink, position => position < lines.Count ? lines[(int)position] : 0);
    }
}

/// <summary>A file for TextLoader in an encoding other than UTF-8 (which is all TextLoader reads by itself).</summary>
internal sealed class DecodedFileSource(string path, Encoding encoding) : IMultiStreamSource
{
    public int Count => 1;

    public string GetPathOrNull(int index) => path;

    public Stream Open(int index) => new MemoryStream(Encoding.UTF8.GetBytes(OpenTextReader(index).ReadToEnd()));

    public TextReader OpenTextReader(int index) => new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
}
