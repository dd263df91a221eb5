using System.Globalization;
using Engine.Rules.Figures;
using Engine.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Figures;

public class PlainDecimalProperties
{
    /// <summary>
    /// Whatever cell the quick path reads, the general parser reads as the same decimal to the bit (scale and the
    /// sign of a zero included); a cell it declines goes to the general parser, so reading is unchanged.
    /// </summary>
    [Property(MaxTest = 5000)]
    public Property QuickPath_IsTheGeneralParser() =>
        Prop.ForAll(
            Arb.From(NumberCellGenerators.Cell),
            cell =>
            {
                if (!PlainDecimal.TryParse(cell, out var quick))
                {
                    return true;
                }

                return decimal.TryParse(cell, FigureNumber.Plain, CultureInfo.InvariantCulture, out var general)
                    && decimal.GetBits(quick).SequenceEqual(decimal.GetBits(general));
            });

    [Theory]
    [InlineData("12")]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData("+7.50")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("000123.4500")]
    [InlineData("999999999999999999")]
    [InlineData("0.00000000000000001")]
    public void QuickPath_ReadsPlainCells_AsTheGeneralParser(string cell)
    {
        Assert.True(PlainDecimal.TryParse(cell, out var quick));
        Assert.True(decimal.TryParse(cell, FigureNumber.Plain, CultureInfo.InvariantCulture, out var general));
        Assert.Equal(decimal.GetBits(general), decimal.GetBits(quick));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e3")]
    [InlineData("1,234")]
    [InlineData(" 1")]
    [InlineData("1.2.3")]
    [InlineData("１２")]
    [InlineData("1234567890123456789")]
    public void QuickPath_Declines_WhatItDoesNotRead(string cell) => Assert.False(PlainDecimal.TryParse(cell, out _));
}
