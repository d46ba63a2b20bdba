namespace CodeGen.Generator.Model;

/// <summary>The C# spellings a <see cref="LiteralSpec"/> can take.</summary>
internal enum LiteralKind
{
    /// <summary>A string literal.</summary>
    String,
    /// <summary>A number in invariant form, suffixed for the member's numeric type.</summary>
    Number,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary>A member of the generated string or integer enum that types the property.</summary>
    EnumMember,
}
