using System.Globalization;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing;

/// <summary>
/// Formats whose C# type depends on the consumer (<c>date</c>, <c>time</c>) and member values fixed by the schema
/// (<c>const</c>, an enum of one value).
/// </summary>
internal sealed partial class SchemaCatalog
{
    /// <summary>
    /// Whether <c>format: date</c>/<c>time</c> become <c>DateOnly</c>/<c>TimeOnly</c>: the consumer has those types and
    /// the runtime's readers for them, and <c>CodeGen_DateType</c> does not ask for strings. Otherwise they stay strings.
    /// </summary>
    public bool UsesDateOnly { get; init; }

    private TypeRefSpec DateOrTimeType(string format)
        => !UsesDateOnly ? TypeRefSpec.String : new TypeRefSpec(format == "date" ? TypeKind.Date : TypeKind.Time);

    /// <summary>A string with no format the catalog maps: 3.1's <c>contentEncoding: base64</c> is bytes like 3.0's <c>format: byte</c>.</summary>
    private static TypeRefSpec PlainStringType(IOpenApiSchema schema)
        => schema is IOpenApiSchemaMissingProperties { ContentEncoding: { } encoding } && string.Equals(encoding, "base64", System.StringComparison.OrdinalIgnoreCase)
            ? new TypeRefSpec(TypeKind.Bytes)
            : TypeRefSpec.String;

    /// <summary>
    /// The value a member must hold, when C# can spell it as a constant of <paramref name="type"/>: <c>const</c> (3.1), or
    /// an enum that lists one non-null value. A <c>const</c> C# cannot spell (a date, an object) is reported and left to the server.
    /// </summary>
    private LiteralSpec? FixedValue(IOpenApiSchema value, IOpenApiSchema? inner, TypeRefSpec type, bool nullable, string pointer)
    {
        string? constant = value.Const ?? inner?.Const;
        if (constant is null)
        {
            return nullable ? null : SingleEnumMember(type);
        }

        LiteralSpec? literal = ConstLiteral(constant, type);
        if (literal is null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConstNotPrefilled, _locator.Locate(pointer + "/const"), constant));
        }

        return literal;
    }

    private EnumSpec? EnumNamed(string? name) => name is not null && _enumsByName.TryGetValue(name, out EnumSpec? spec) ? spec : null;

    private LiteralSpec? SingleEnumMember(TypeRefSpec type)
    {
        if (type.Kind is not (TypeKind.Enum or TypeKind.IntegerEnum))
        {
            return null;
        }

        EnumSpec? spec = EnumNamed(type.Name);
        return spec is { Members.Count: 1 } ? new LiteralSpec(LiteralKind.EnumMember, spec.Members[0].Name, spec.Members[0].Value) : null;
    }

    private LiteralSpec? ConstLiteral(string constant, TypeRefSpec type)
    {
        switch (type.Kind)
        {
            case TypeKind.String:
                return new LiteralSpec(LiteralKind.String, constant, constant);
            // Microsoft.OpenApi keeps a boolean const as .NET text ("True").
            case TypeKind.Boolean when bool.TryParse(constant, out bool flag):
                return new LiteralSpec(LiteralKind.Boolean, flag ? "true" : "false", flag ? "true" : "false");
            case TypeKind.Int32 when int.TryParse(constant, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int small):
                return new LiteralSpec(LiteralKind.Number, small.ToString(CultureInfo.InvariantCulture), constant);
            case TypeKind.Int64 when long.TryParse(constant, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long whole):
                return new LiteralSpec(LiteralKind.Number, whole.ToString(CultureInfo.InvariantCulture), constant);
            case TypeKind.Single or TypeKind.Double or TypeKind.Decimal
                when decimal.TryParse(constant, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number):
                return new LiteralSpec(LiteralKind.Number, number.ToString(CultureInfo.InvariantCulture), constant);
            case TypeKind.Enum or TypeKind.IntegerEnum:
                EnumSpec? spec = EnumNamed(type.Name);
                string wire = type.Kind == TypeKind.IntegerEnum && long.TryParse(constant, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long parsed)
                    ? parsed.ToString(CultureInfo.InvariantCulture)
                    : constant;
                EnumMemberSpec? member = spec?.Members.FirstOrDefault(m => m.Value == wire);
                return member is null ? null : new LiteralSpec(LiteralKind.EnumMember, member.Name, constant);
            default:
                return null;
        }
    }
}
