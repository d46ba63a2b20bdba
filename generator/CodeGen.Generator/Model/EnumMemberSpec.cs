namespace CodeGen.Generator.Model;

/// <summary>A known value of an open enum.</summary>
/// <param name="Name">The C# member name.</param>
/// <param name="Value">The exact string on the wire.</param>
internal sealed record EnumMemberSpec(string Name, string Value);
