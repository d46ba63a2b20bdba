using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>One choice of a <see cref="UnionSpec"/>.</summary>
/// <param name="Name">The C# name used in <c>IsX</c>, <c>TryGetX</c> and <c>FromX</c>.</param>
/// <param name="Type">The variant's type.</param>
/// <param name="DiscriminatorValues">The discriminator values that select this variant, in a stable order.</param>
/// <param name="Shape">For an object variant, the member names used to match a value without a discriminator.</param>
internal sealed record UnionVariantSpec(
    string Name,
    TypeRefSpec Type,
    EquatableArray<string> DiscriminatorValues,
    ObjectShapeSpec? Shape);
