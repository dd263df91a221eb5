namespace Engine.Rules.Assessment;

/// <summary>
/// Text for a CSV cell that a spreadsheet will not run: a cell beginning with = + - @, a tab or a carriage return
/// is taken as a formula by Excel and LibreOffice (an entity named <c>=HYPERLINK(…)</c> would become a link), so
/// such text gets a leading apostrophe, which they show as text. Numbers are written without it.
/// </summary>
internal static class SpreadsheetText
{
    public static string Safe(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
