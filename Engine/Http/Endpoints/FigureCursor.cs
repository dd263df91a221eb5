using System.Buffers.Text;
using System.Text;
using Engine.Http.Store;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Http.Endpoints;

/// <summary>
/// The opaque <c>cursor</c> of GET figures: where the last page ended, as the history's order key (not an offset,
/// so versions stored meanwhile neither repeat nor go missing across pages). Callers pass it back unread.
/// </summary>
internal static class FigureCursor
{
    private const string Format = "f1";

    public static string Encode(StoredFigure last) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(new JArray(Format, last.Target, last.Entity, last.AsOf, last.Version).ToString(Formatting.None)));

    /// <summary>The position the cursor names, or null when it is not one this server made.</summary>
    public static HistoryPosition? Decode(string cursor)
    {
        try
        {
            if (cursor.Length > 2048 || JToken.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor))) is not JArray { Count: 5 } parts
                || (string?)parts[0] != Format
                || parts[1].Type != JTokenType.String || parts[2].Type != JTokenType.String || parts[3].Type != JTokenType.String
                || parts[4].Type != JTokenType.Integer || (long)parts[4] is < 1 or > int.MaxValue)
            {
                return null;
            }

            return new HistoryPosition((string)parts[1]!, (string)parts[2]!, (string)parts[3]!, (int)parts[4]);
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException or DecoderFallbackException)
        {
            return null;
        }
    }
}
