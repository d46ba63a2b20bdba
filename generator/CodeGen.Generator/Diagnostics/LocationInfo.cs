using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Diagnostics;

/// <summary>A position in a spec file, kept as plain values because <see cref="Location"/> is not cache-safe.</summary>
/// <param name="FilePath">The spec's path as the compiler knows it.</param>
/// <param name="Span">The character span.</param>
/// <param name="LineSpan">The same span as lines and columns.</param>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The start of a file, for problems that concern a whole document rather than one of its nodes.</summary>
    public static LocationInfo FileStart(string filePath) => new(filePath, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
