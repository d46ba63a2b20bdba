using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Diagnostics;

/// <summary>A position in a spec file, kept as plain values because <see cref="Location"/> is not cache-safe.</summary>
/// <param name="FilePath">The spec's path as the compiler knows it.</param>
/// <param name="Span">The character span.</param>
/// <param name="LineSpan">The same span as lines and columns.</param>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
