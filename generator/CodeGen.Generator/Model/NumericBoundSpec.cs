namespace CodeGen.Generator.Model;

/// <summary>A <c>minimum</c> or <c>maximum</c> of a number, inclusive or exclusive.</summary>
/// <param name="Text">The bound as the document writes it, for messages, e.g. <c>-10</c>.</param>
/// <param name="Value">The bound as a finite double.</param>
/// <param name="IsExclusive">Whether the bound itself is out of range (<c>exclusiveMinimum</c>/<c>exclusiveMaximum</c>).</param>
internal sealed record NumericBoundSpec(string Text, double Value, bool IsExclusive);
