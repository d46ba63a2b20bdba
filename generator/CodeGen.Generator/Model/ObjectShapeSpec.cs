using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>The member names of an object schema, used to recognise it among the variants of a union.</summary>
/// <param name="Required">Members the schema requires, in ordinal order.</param>
/// <param name="Known">Every member the schema declares, in ordinal order.</param>
internal sealed record ObjectShapeSpec(EquatableArray<string> Required, EquatableArray<string> Known);
