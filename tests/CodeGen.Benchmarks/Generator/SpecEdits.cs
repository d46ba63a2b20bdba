using System.Text.RegularExpressions;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// A one-line edit that any OpenAPI document has room for: the first <c>version</c> (the document's
/// <c>info.version</c> in all four inputs) gets a suffix. The generator must re-read the whole document to see it.
/// </summary>
internal static partial class SpecEdits
{
    public static string WithVersionSuffix(string text, string suffix)
    {
        Match match = VersionPattern().Match(text);
        if (!match.Success)
        {
            throw new InvalidOperationException("The document has no 'version' to edit.");
        }

        Group value = match.Groups["value"];
        return string.Concat(text.AsSpan(0, value.Index + value.Length), suffix, text.AsSpan(value.Index + value.Length));
    }

    // JSON `"version": "1.2"` or YAML `version: 1.2` / `version: '1.2'`; the value ends before its closing quote.
    [GeneratedRegex("""(?:"version"\s*:\s*"|^\s+version:\s*['"]?)(?<value>[^"'\r\n]+)""", RegexOptions.Multiline)]
    private static partial Regex VersionPattern();
}
