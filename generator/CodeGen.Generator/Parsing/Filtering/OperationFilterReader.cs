using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Pipeline;

namespace CodeGen.Generator.Parsing.Filtering;

/// <summary>Turns the raw filter metadata into an <see cref="OperationFilter"/>, reporting bad values as CG0005.</summary>
internal static class OperationFilterReader
{
    private static readonly char[] s_separators = { ',', ';' };

    public static OperationFilter Read(FilterOptions? options, SourceLocator locator, List<DiagnosticInfo> diagnostics)
    {
        if (options is null)
        {
            return new OperationFilter(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), Array.Empty<PathGlob>(), Array.Empty<PathGlob>());
        }

        return new OperationFilter(
            Names("CodeGen_IncludeTags", options.IncludeTags),
            Names("CodeGen_ExcludeTags", options.ExcludeTags),
            Names("CodeGen_IncludeOperations", options.IncludeOperations),
            Names("CodeGen_ExcludeOperations", options.ExcludeOperations),
            Globs("CodeGen_IncludePaths", options.IncludePaths),
            Globs("CodeGen_ExcludePaths", options.ExcludePaths));

        IReadOnlyList<string> Names(string option, string? value)
        {
            if (value is null)
            {
                return Array.Empty<string>();
            }

            string[] entries = Split(value);
            if (entries.Length == 0)
            {
                Invalid(option, value, "it lists nothing; separate names with ',' or ';', e.g. repos,issues");
            }

            return entries;
        }

        IReadOnlyList<PathGlob> Globs(string option, string? value)
        {
            if (value is null)
            {
                return Array.Empty<PathGlob>();
            }

            string[] entries = Split(value);
            if (entries.Length == 0)
            {
                Invalid(option, value, "it lists nothing; separate path globs with ',' or ';', e.g. /repos/**,/users/*");
            }

            var globs = new List<PathGlob>();
            foreach (string entry in entries)
            {
                if (PathGlob.TryCreate(entry, out string? problem) is { } glob)
                {
                    globs.Add(glob);
                }
                else
                {
                    Invalid(option, value, problem!);
                }
            }

            return globs;
        }

        void Invalid(string option, string value, string why)
            => diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, locator.Locate(null), option, value, why));
    }

    private static string[] Split(string value)
        => value.Split(s_separators).Select(entry => entry.Trim()).Where(entry => entry.Length > 0).ToArray();
}
