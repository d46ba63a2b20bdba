namespace CodeGen.Generator.Model;

/// <summary>A value from the document that C# can spell as a constant of the member's type.</summary>
/// <param name="Kind">How <paramref name="Text"/> is spelled in C#.</param>
/// <param name="Text">The string, the invariant number text, <c>true</c>/<c>false</c>, or an enum member's C# name.</param>
/// <param name="WireText">The value as the document writes it, for docs and error messages.</param>
internal sealed record LiteralSpec(LiteralKind Kind, string Text, string WireText);
