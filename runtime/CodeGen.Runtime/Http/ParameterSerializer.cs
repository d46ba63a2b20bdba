using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CodeGen.Runtime.Http;

/// <summary>
/// Writes parameter values the way the OpenAPI 3.1 "Style Examples" table shows, percent-encoded for where
/// they go. Each method returns wire text: separators the style adds stay as they are, names and values are
/// encoded.
/// </summary>
public static class ParameterSerializer
{
    /// <summary>The text that replaces <c>{name}</c> in a path: <c>simple</c>, <c>label</c> or <c>matrix</c>.</summary>
    /// <param name="name">The parameter name (matrix writes it).</param>
    /// <param name="value">The value.</param>
    /// <param name="style">The style; anything but label and matrix is written as simple.</param>
    /// <param name="explode">The <c>explode</c> keyword.</param>
    public static string Path(string name, ParameterValue value, ParameterStyle style, bool explode)
    {
        Func<string, string> encode = Uri.EscapeDataString;
        switch (style)
        {
            case ParameterStyle.Label:
                return "." + Joined(value, encode, explode ? "." : ",", explode ? "=" : ",");
            case ParameterStyle.Matrix:
                return Matrix(name, value, encode, explode);
            default:
                return Joined(value, encode, ",", explode ? "=" : ",");
        }
    }

    /// <summary>
    /// The <c>name=value</c> pairs a query parameter adds, joined by <c>&amp;</c>, without the leading <c>?</c> or
    /// <c>&amp;</c>; empty when nothing is to be written (an exploded empty array).
    /// </summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <param name="style">form, spaceDelimited, pipeDelimited or deepObject.</param>
    /// <param name="explode">The <c>explode</c> keyword.</param>
    /// <param name="allowReserved">Whether the RFC 3986 reserved characters of values stay unencoded.</param>
    public static string Query(string name, ParameterValue value, ParameterStyle style, bool explode, bool allowReserved)
    {
        Func<string, string> encode = allowReserved ? EncodeAllowingReserved : Uri.EscapeDataString;
        string encodedName = Uri.EscapeDataString(name);
        switch (value.Kind)
        {
            case ParameterValueKind.Primitive:
                return encodedName + "=" + encode(value.Primitive!);
            case ParameterValueKind.Array when explode:
                return string.Join("&", value.Items!.Select(item => encodedName + "=" + encode(item)));
            case ParameterValueKind.Array:
                return encodedName + "=" + string.Join(Delimiter(style), value.Items!.Select(encode));
            case ParameterValueKind.Object when style == ParameterStyle.DeepObject:
                return string.Join("&", value.Properties!.Select(p => encodedName + "%5B" + Uri.EscapeDataString(p.Key) + "%5D=" + encode(p.Value)));
            case ParameterValueKind.Object when explode && style == ParameterStyle.Form:
                return string.Join("&", value.Properties!.Select(p => Uri.EscapeDataString(p.Key) + "=" + encode(p.Value)));
            default:
                return encodedName + "=" + string.Join(Delimiter(style), value.Properties!.SelectMany(p => new[] { Uri.EscapeDataString(p.Key), encode(p.Value) }));
        }
    }

    /// <summary>The value of a header: always the <c>simple</c> style, not encoded.</summary>
    /// <param name="value">The value.</param>
    /// <param name="explode">The <c>explode</c> keyword.</param>
    public static string Header(ParameterValue value, bool explode)
        => Joined(value, text => text, ",", explode ? "=" : ",");

    /// <summary>
    /// The <c>name=value</c> pairs a cookie parameter adds to the <c>Cookie</c> header (the <c>form</c> style),
    /// values percent-encoded since cookie values may not hold spaces, commas or semicolons.
    /// </summary>
    /// <param name="name">The cookie name.</param>
    /// <param name="value">The value.</param>
    /// <param name="explode">The <c>explode</c> keyword.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Cookie(string name, ParameterValue value, bool explode)
    {
        Func<string, string> encode = Uri.EscapeDataString;
        switch (value.Kind)
        {
            case ParameterValueKind.Primitive:
                return new[] { Pair(name, encode(value.Primitive!)) };
            case ParameterValueKind.Array when explode:
                return value.Items!.Select(item => Pair(name, encode(item))).ToArray();
            case ParameterValueKind.Object when explode:
                return value.Properties!.Select(p => Pair(p.Key, encode(p.Value))).ToArray();
            default:
                return new[] { Pair(name, Joined(value, encode, ",", ",")) };
        }
    }

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);

    private static string Delimiter(ParameterStyle style) => style switch
    {
        ParameterStyle.SpaceDelimited => "%20",
        ParameterStyle.PipeDelimited => "%7C",
        _ => ",",
    };

    // blue | blue,black | R,100,G,200 (or R=100,G=200 exploded): the list shape simple, label and headers share.
    private static string Joined(ParameterValue value, Func<string, string> encode, string separator, string keyValueSeparator)
        => value.Kind switch
        {
            ParameterValueKind.Primitive => encode(value.Primitive!),
            ParameterValueKind.Array => string.Join(separator, value.Items!.Select(encode)),
            _ => string.Join(separator, value.Properties!.Select(p => encode(p.Key) + keyValueSeparator + encode(p.Value))),
        };

    private static string Matrix(string name, ParameterValue value, Func<string, string> encode, bool explode)
    {
        string prefix = ";" + encode(name);
        switch (value.Kind)
        {
            case ParameterValueKind.Primitive:
                return value.Primitive!.Length == 0 ? prefix : prefix + "=" + encode(value.Primitive!);
            case ParameterValueKind.Array when explode:
                return string.Concat(value.Items!.Select(item => prefix + "=" + encode(item)));
            case ParameterValueKind.Object when explode:
                return string.Concat(value.Properties!.Select(p => ";" + encode(p.Key) + "=" + encode(p.Value)));
            default:
                string joined = Joined(value, encode, ",", ",");
                return joined.Length == 0 ? prefix : prefix + "=" + joined;
        }
    }

    // allowReserved: the gen-delims and sub-delims of RFC 3986 pass through; everything else is encoded as usual.
    private static string EncodeAllowingReserved(string value)
    {
        const string Reserved = ":/?#[]@!$&'()*+,;=";
        var builder = new StringBuilder(value.Length + 8);
        int start = 0;
        for (int i = 0; i <= value.Length; i++)
        {
            if (i == value.Length || Reserved.IndexOf(value[i]) >= 0)
            {
                if (i > start)
                {
                    builder.Append(Uri.EscapeDataString(value.Substring(start, i - start)));
                }

                if (i < value.Length)
                {
                    builder.Append(value[i]);
                }

                start = i + 1;
            }
        }

        return builder.ToString();
    }
}
