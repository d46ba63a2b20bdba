using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Parsing.References;

/// <summary>
/// Finds <c>$ref</c>s that point outside the document (<c>./schemas/pet.yaml#/Pet</c>, <c>https://…</c>) in the raw
/// text, so each is reported where it is written with what it names. The generator never loads them: it does no
/// file or network access, and multi-file documents are not supported yet.
/// </summary>
internal static class ExternalReferenceScan
{
    // A $ref key (bare, or quoted as in JSON and some YAML), then its value, quoted or plain, that does not start with '#'.
    private static readonly Regex s_externalReference = new(
        "[\"']?\\$ref[\"']?[ \\t]*:[ \\t]*(?:\"(?<v>[^\"#][^\"]*)\"|'(?<v>[^'#][^']*)'|(?<v>[^\\s'\"#,}\\]][^\\s,}\\]]*))",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(5));

    public static void Report(string text, SourceLocator locator, List<DiagnosticInfo> diagnostics)
    {
        if (text.IndexOf("$ref", StringComparison.Ordinal) < 0)
        {
            return;
        }

        foreach (Match match in s_externalReference.Matches(text))
        {
            Group value = match.Groups["v"];
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ExternalReference, locator.LocateIndex(value.Index), value.Value.Trim()));
        }
    }
}
