namespace CodeGen.Generator.Pipeline;

/// <summary>Facts about the consuming compilation that change what is emitted.</summary>
/// <param name="SupportsRequiredMembers">C# 11 or later: emit the <c>required</c> modifier.</param>
internal sealed record EmitOptions(bool SupportsRequiredMembers);
