using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A record that derives, directly or not, from an <see cref="ObjectSpec"/>.</summary>
/// <param name="Name">The derived record's C# name.</param>
/// <param name="DiscriminatorValues">The discriminator values that read as this type (explicit mapping, else the schema's name), in ordinal order.</param>
internal sealed record DerivedTypeSpec(string Name, EquatableArray<string> DiscriminatorValues);
