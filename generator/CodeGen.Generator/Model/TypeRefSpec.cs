namespace CodeGen.Generator.Model;

/// <summary>A reference to a C# type by name, never by symbol.</summary>
/// <param name="Kind">The shape.</param>
/// <param name="Name">The generated type's name for <see cref="TypeKind.Object"/>, <see cref="TypeKind.Enum"/> and <see cref="TypeKind.Union"/>.</param>
/// <param name="Element">The item type for <see cref="TypeKind.Array"/> and <see cref="TypeKind.Map"/>.</param>
/// <param name="ElementIsNullable">Whether items may be JSON <c>null</c>.</param>
internal sealed record TypeRefSpec(TypeKind Kind, string? Name = null, TypeRefSpec? Element = null, bool ElementIsNullable = false)
{
    public static TypeRefSpec String { get; } = new(TypeKind.String);

    public static TypeRefSpec Any { get; } = new(TypeKind.Any);

    public bool IsValueType => Kind is TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single
        or TypeKind.Double or TypeKind.Decimal or TypeKind.DateTimeOffset or TypeKind.Guid or TypeKind.Duration or TypeKind.Date or TypeKind.Time or TypeKind.Any or TypeKind.Enum or TypeKind.IntegerEnum;
}
