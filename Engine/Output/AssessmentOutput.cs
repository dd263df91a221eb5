using Engine.Output.Xlsx;
using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;

namespace Engine.Output;

/// <summary>Writes an evaluation in the chosen format to a file (atomically) or to standard output.</summary>
internal static class AssessmentOutput
{
    public static void Write(EvaluationResult result, OutputFormat format, Language lang, string? path, TextWriter stdout, CsvEncoding? csv = null)
    {
        csv ??= CsvEncoding.Utf8;
        if (format == OutputFormat.Xlsx)
        {
            AtomicFile.WriteBytes(path ?? throw new ArgumentNullException(nameof(path), "A workbook needs a file path."), s => XlsxAssessmentWriter.Write(result, s, lang));
            return;
        }

        if (path is null)
        {
            WriteText(result, format, lang, stdout, csv);
            stdout.Flush();
        }
        else
        {
            AtomicFile.Write(path, w => WriteText(result, format, lang, w, csv), format == OutputFormat.Csv ? csv.Encoding() : null);
        }
    }

    /// <summary>Writes one of the text formats (json, csv, html); a UTF-8 CSV starts with the byte-order mark Excel looks for.</summary>
    public static void WriteText(EvaluationResult result, OutputFormat format, Language lang, TextWriter w, CsvEncoding? csv = null)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                if ((csv ?? CsvEncoding.Utf8).ByteOrderMark)
                {
                    w.Write('\uFEFF');
                }

                AssessmentCsvWriter.Write(result, w, lang);
                break;
            case OutputFormat.Html:
                HtmlReportWriter.Write(result, w, lang);
                break;
            case OutputFormat.Json:
                AssessmentJsonWriter.Write(result, w, lang);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a text format.");
        }
    }

    public static string ContentType(OutputFormat format) => format switch
    {
        OutputFormat.Csv => "text/csv; charset=utf-8",
        OutputFormat.Html => "text/html; charset=utf-8",
        OutputFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/json; charset=utf-8",
    };
}
