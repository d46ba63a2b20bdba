using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace CodeGen.Generator.Parsing.References;

/// <summary>
/// Reads the <c>$ref</c> values of a document from its raw text, without parsing it: enough for the pipeline to know
/// which other files a document needs, and for the reader to know whether it needs the bundler at all. A match in
/// a description only costs a look-up; the bundler works on the parsed tree.
/// </summary>
internal static class ExternalReferenceScan
{
    // A $ref key (bare, or quoted as in JSON and some YAML), then its value, quoted or plain.
    private static readonly Regex s_reference = new(
        "[\"']?\\$ref[\"']?[ \\t]*:[ \\t]*(?:\"(?<v>[^\"]*)\"|'(?<v>[^']*)'|(?<v>[^\\s'\"#,}\\]][^\\s,}\\]]*))",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(5));

    // What Microsoft.OpenApi and the schema catalog read by themselves: one component of this document (OpenAPI 3,
    // or Swagger 2's definitions, parameters and responses).
    private static readonly Regex s_componentReference = new("^#/(components/[^/]+|definitions|parameters|responses)/[^/]+$", RegexOptions.CultureInvariant);

    /// <summary>The file parts of the references that name another file (absolute URIs excluded), in text order.</summary>
    public static IReadOnlyList<string> FileParts(string text)
    {
        var parts = new List<string>();
        if (text.IndexOf("$ref", StringComparison.Ordinal) < 0)
        {
            return parts;
        }

        foreach (Match match in s_reference.Matches(text))
        {
            string value = match.Groups["v"].Value.Trim();
            string file = Pipeline.References.ReferencePath.FilePart(value);
            if (file.Length > 0 && !Pipeline.References.ReferencePath.IsAbsoluteUri(value))
            {
                parts.Add(file);
            }
        }

        return parts;
    }

    /// <summary>
    /// Whether a reference needs more than Microsoft.OpenApi gives: another file, or a pointer other than one
    /// component (<c>#/paths/~1pets/get/…</c>).
    /// </summary>
    public static bool NeedsBundling(string text)
    {
        if (text.IndexOf("$ref", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        foreach (Match match in s_reference.Matches(text))
        {
            if (!s_componentReference.IsMatch(match.Groups["v"].Value.Trim()))
            {
                return true;
            }
        }

        return false;
    }
}
