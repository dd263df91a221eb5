using Engine.Output.Xlsx;
using Engine.Rules.Evaluation;
using Engine.Rules.Explaining;

namespace Engine.Output;

/// <summary>Writes an evaluation in the chosen format to a file (atomically) or to standard output.</summary>
public static class AssessmentOutput
{
    public static void Write(EvaluationResult result, OutputFormat format, Language lang, string? path, TextWriter stdout)
    {
        if (format == OutputFormat.Xlsx)
        {
            AtomicFile.WriteBytes(path ?? throw new ArgumentNullException(nameof(path), "A workbook needs a file path."), s => XlsxAssessmentWriter.Write(result, s, lang));
            return;
        }

        void WriteTo(TextWriter w)
        {
            switch (format)
            {
                case OutputFormat.Csv:
                    AssessmentCsvWriter.Write(result, w, lang);
                    break;
                case OutputFormat.Html:
                    HtmlReportWriter.Write(result, w, lang);
                    break;
                default:
                    AssessmentJsonWriter.Write(result, w, lang);
                    break;
            }
        }

        if (path is null)
        {
            WriteTo(stdout);
            stdout.Flush();
        }
        else
        {
            AtomicFile.Write(path, WriteTo);
        }
    }
}
