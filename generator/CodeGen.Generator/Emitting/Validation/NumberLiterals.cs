using System;
using System.Globalization;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting.Validation;

/// <summary>
/// Spells a bound as a C# literal the runtime check for the member's type accepts: <c>long</c> for whole bounds on
/// integers (exact, unlike a double beyond 2^53), <c>double</c> otherwise, <c>decimal</c> for decimals.
/// </summary>
internal static class NumberLiterals
{
    // 2^63 as a double: anything at or beyond it does not fit a long.
    private const double LongLimit = 9.2233720368547758E+18;

    /// <summary>The literal, or <see langword="null"/> when the type cannot hold the bound (a decimal beyond ±7.9e28).</summary>
    public static string? For(TypeKind kind, NumericBoundSpec bound)
    {
        if (kind == TypeKind.Decimal)
        {
            return decimal.TryParse(bound.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
                ? value.ToString(CultureInfo.InvariantCulture) + "m"
                : null;
        }

        if (kind is TypeKind.Int32 or TypeKind.Int64 && Math.Floor(bound.Value) == bound.Value && Math.Abs(bound.Value) < LongLimit)
        {
            long whole = decimal.TryParse(bound.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal exact) && decimal.Truncate(exact) == exact
                ? (long)exact
                : (long)bound.Value;
            return whole.ToString(CultureInfo.InvariantCulture) + "L";
        }

        return bound.Value.ToString("R", CultureInfo.InvariantCulture) + "d";
    }
}
