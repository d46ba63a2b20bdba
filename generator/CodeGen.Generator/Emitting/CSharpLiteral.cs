using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>Writes C# string literals for text taken from the spec: names, paths, wire values.</summary>
internal static class CSharpLiteral
{
    /// <summary>The C# constant expression of <paramref name="literal"/> as a value of <paramref name="type"/>.</summary>
    public static string Of(LiteralSpec literal, TypeRefSpec type, string @namespace) => literal.Kind switch
    {
        LiteralKind.String => Quote(literal.Text),
        LiteralKind.Boolean => literal.Text,
        LiteralKind.EnumMember => CSharpTypeNames.Of(type, @namespace) + "." + literal.Text,
        _ => literal.Text + type.Kind switch
        {
            TypeKind.Int64 => "L",
            TypeKind.Single => "f",
            TypeKind.Double => "d",
            TypeKind.Decimal => "m",
            _ => string.Empty,
        },
    };

    /// <summary>A C# string literal for <paramref name="text"/>.</summary>
    public static string Quote(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
