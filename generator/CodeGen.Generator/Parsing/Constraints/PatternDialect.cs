using System;
using System.Text.RegularExpressions;

namespace CodeGen.Generator.Parsing.Constraints;

/// <summary>
/// Checks that a <c>pattern</c> parses the way the runtime will run it: .NET's <see cref="RegexOptions.ECMAScript"/>
/// mode, the closest .NET has to ECMA-262 (which OpenAPI patterns are). A pattern it refuses is reported at build
/// time, never left to fail at run time.
/// </summary>
internal static class PatternDialect
{
    /// <summary>Why the pattern does not parse, or <see langword="null"/> when it does.</summary>
    public static string? Error(string pattern)
    {
        try
        {
            // Construction only parses; nothing is matched, so no timeout is needed here.
            _ = new Regex(pattern, RegexOptions.ECMAScript);
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }
}
