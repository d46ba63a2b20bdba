using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace CodeGen.Generator.Pipeline.References;

/// <summary>
/// Turns the file part of a <c>$ref</c> into the normalised absolute path of the file it names, relative to the file
/// that holds it, so it can be matched against the AdditionalFiles' paths normalised the same way.
/// </summary>
internal static class ReferencePath
{
    // A URI scheme of two letters or more: 'C:' is a Windows drive, not a scheme.
    private static readonly Regex s_scheme = new("^[A-Za-z][A-Za-z0-9+.-]+:", RegexOptions.CultureInvariant);

    /// <summary>The part before '#', or the empty string for a reference into the same document.</summary>
    public static string FilePart(string reference)
    {
        int hash = reference.IndexOf('#');
        return (hash < 0 ? reference : reference.Substring(0, hash)).Trim();
    }

    /// <summary>The JSON pointer after '#' with its URI escapes decoded, e.g. <c>/Pet</c>; empty for the whole file.</summary>
    public static string Fragment(string reference)
    {
        int hash = reference.IndexOf('#');
        return hash < 0 ? string.Empty : Unescape(reference.Substring(hash + 1));
    }

    /// <summary>Whether the reference is an absolute URI (<c>https://…</c>, <c>file:///…</c>), which is never fetched.</summary>
    public static bool IsAbsoluteUri(string reference) => s_scheme.IsMatch(reference.Trim());

    /// <summary>The normalised absolute path that <paramref name="filePart"/> names, read from <paramref name="holderPath"/>.</summary>
    public static string Resolve(string holderPath, string filePart)
    {
        string target = Unescape(filePart).Replace('\\', '/');
        if (!IsRooted(target))
        {
            string holder = holderPath.Replace('\\', '/');
            int slash = holder.LastIndexOf('/');
            target = (slash < 0 ? string.Empty : holder.Substring(0, slash + 1)) + target;
        }

        return Normalize(target);
    }

    /// <summary>A path with '/' separators and no '.', '..' or repeated separators.</summary>
    public static string Normalize(string path)
    {
        string unified = path.Replace('\\', '/');
        bool unc = unified.StartsWith("//", StringComparison.Ordinal);
        string[] parts = unified.Split('/');
        var kept = new List<string>(parts.Length);
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            if (i == 0)
            {
                // The root: '' for '/x', 'C:' for 'C:/x', or the first segment of a relative path.
                kept.Add(part);
                continue;
            }

            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && kept.Count > 1 && kept[kept.Count - 1] != "..")
            {
                kept.RemoveAt(kept.Count - 1);
                continue;
            }

            if (part == ".." && kept.Count == 1 && IsRootSegment(kept[0]))
            {
                // Above the root is the root.
                continue;
            }

            kept.Add(part);
        }

        string joined = string.Join("/", kept);
        return unc ? "/" + joined : joined;
    }

    private static bool IsRooted(string path)
        => path.StartsWith("/", StringComparison.Ordinal)
            || (path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0]));

    private static bool IsRootSegment(string segment) => segment.Length == 0 || (segment.Length == 2 && segment[1] == ':');

    private static string Unescape(string value)
    {
        if (value.IndexOf('%') < 0)
        {
            return value;
        }

        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
