using FsCheck;
using FsCheck.Fluent;

namespace Engine.Tests.Generators;

/// <summary>
/// Value cells as they come: plain numbers of any length around the quick path's 18-digit edge (signs, leading and
/// trailing zeros, a lone point at either end), and any short text over the characters numbers are written with,
/// so that cells the quick path must decline (exponents, separators, spaces, two points, a bare sign) come up too.
/// </summary>
internal static class NumberCellGenerators
{
    public static Gen<string> Cell => Gen.OneOf(Plain, Scrambled);

    private static Gen<string> Plain =>
        from sign in Gen.Elements("", "", "-", "+")
        from whole in Digits(0, 20)
        from point in Gen.Elements(false, true)
        from fraction in point ? Digits(0, 20) : Gen.Constant("")
        select sign + whole + (point ? "." + fraction : "");

    private static Gen<string> Scrambled =>
        from length in Gen.Choose(0, 24)
        from chars in Gen.ArrayOf(Gen.Elements("0123456789.-+eE, %\u00A0０".ToCharArray()), length)
        select new string(chars);

    private static Gen<string> Digits(int min, int max) =>
        from length in Gen.Choose(min, max)
        from zeros in Gen.Elements(false, true)
        from chars in Gen.ArrayOf(zeros ? Gen.Elements('0', '0', '1', '9') : Gen.Choose('0', '9').Select(c => (char)c), length)
        select new string(chars);
}
