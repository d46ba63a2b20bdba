using System.Globalization;
using System.Text;

namespace CodeGen.Runtime.Validation;

/// <summary>Builds the JSON paths that locate errors: <c>$.name</c>, <c>$['odd name']</c>, <c>$.list[2]</c>.</summary>
public static class JsonPath
{
    /// <summary>The path of member <paramref name="name"/> of the object at <paramref name="parent"/>.</summary>
    /// <param name="parent">The object's path.</param>
    /// <param name="name">The member's JSON name.</param>
    public static string Member(string parent, string name)
        => IsPlainName(name) ? parent + "." + name : Key(parent, name);

    /// <summary>The path of item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    /// <param name="parent">The array's path.</param>
    /// <param name="index">The zero-based index.</param>
    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The path of key <paramref name="key"/> of a map, always in bracket form: <c>$.labels['a.b']</c>.</summary>
    /// <param name="parent">The map's path.</param>
    /// <param name="key">The key.</param>
    public static string Key(string parent, string key)
    {
        var builder = new StringBuilder(parent.Length + key.Length + 4).Append(parent).Append("['");
        foreach (char c in key)
        {
            if (c is '\'' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append("']").ToString();
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(c is '_' or '$' || c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z' || c is >= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }
}
