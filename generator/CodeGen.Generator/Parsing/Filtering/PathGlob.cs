using System.Text;
using System.Text.RegularExpressions;

namespace CodeGen.Generator.Parsing.Filtering;

/// <summary>
/// A glob over path templates as the document spells them (<c>/repos/{owner}/{repo}</c>): <c>*</c> matches within one
/// segment, <c>**</c> across segments, <c>?</c> one character of a segment; everything else literally, case-sensitively.
/// </summary>
internal sealed class PathGlob
{
    private readonly Regex _regex;

    private PathGlob(string pattern, Regex regex)
    {
        Pattern = pattern;
        _regex = regex;
    }

    public string Pattern { get; }

    public bool Matches(string pathTemplate) => _regex.IsMatch(pathTemplate);

    /// <summary>Builds the glob, or returns why the pattern is not one.</summary>
    public static PathGlob? TryCreate(string pattern, out string? problem)
    {
        if (!pattern.StartsWith("/", System.StringComparison.Ordinal))
        {
            problem = $"the path glob '{pattern}' must start with '/', like the paths of the document";
            return null;
        }

        if (pattern.Contains("***"))
        {
            problem = $"the path glob '{pattern}' has '***'; use '*' (one segment) or '**' (any depth)";
            return null;
        }

        var regex = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                regex.Append(".*");
                i++;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        regex.Append('$');
        problem = null;
        return new PathGlob(pattern, new Regex(regex.ToString(), RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1)));
    }
}
