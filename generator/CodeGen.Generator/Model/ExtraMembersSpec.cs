namespace CodeGen.Generator.Model;

/// <summary>
/// The members of an object beyond its declared properties (<c>additionalProperties</c> next to <c>properties</c>),
/// kept in a dictionary so they round-trip.
/// </summary>
/// <param name="Name">The C# name of the dictionary property.</param>
/// <param name="Value">The type of each extra member's value.</param>
/// <param name="ValueIsNullable">Whether an extra member may be JSON <c>null</c>.</param>
internal sealed record ExtraMembersSpec(string Name, TypeRefSpec Value, bool ValueIsNullable);
