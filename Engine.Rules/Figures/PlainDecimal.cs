namespace Engine.Rules.Figures;

/// <summary>
/// The quick path of <see cref="FigureNumber"/> for the cells bulk files write (<c>12</c>, <c>-3.50</c>, <c>.5</c>):
/// an optional sign, ASCII digits and at most one decimal point, 18 digits at most. It gives exactly the decimal
/// that <c>decimal.TryParse</c> with <see cref="FigureNumber"/>'s plain styles gives for such a cell, trailing
/// zeros (the scale) and the sign of a zero included; anything else, it declines and the general parser decides.
/// Most of a million-row read went to the general parser's culture and style machinery for text like this.
/// </summary>
internal static class PlainDecimal
{
    // 18 digits always fit in a ulong (10^18 - 1 < 2^63), so no digit is ever lost or rounded.
    private const int MaxDigits = 18;

    public static bool TryParse(ReadOnlySpan<char> cell, out decimal value)
    {
        value = 0m;
        var i = 0;
        var negative = false;
        if (cell.Length > 0 && cell[0] is '-' or '+')
        {
            negative = cell[0] == '-';
            i = 1;
        }

        ulong digits = 0;
        int count = 0, scale = 0;
        var point = false;
        for (; i < cell.Length; i++)
        {
            var c = cell[i];
            var digit = (uint)(c - '0');
            if (digit <= 9)
            {
                if (++count > MaxDigits)
                {
                    return false;
                }

                digits = (digits * 10) + digit;
                scale += point ? 1 : 0;
            }
            else if (c == '.' && !point)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        if (count == 0)
        {
            return false;
        }

        value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, negative, (byte)scale);
        return true;
    }
}
