using System;
using System.Collections.Generic;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>Writes XML doc comments from the spec's texts, escaped and kept to their line structure.</summary>
internal static class XmlDocs
{
    public static void Write(SourceWriter writer, DocumentationSpec docs, string? fallbackSummary = null, string? extraRemark = null)
    {
        string? summary = docs.Summary ?? docs.Description ?? fallbackSummary;
        string? remarks = docs.Summary is not null ? docs.Description : null;
        WriteTag(writer, "summary", summary is null ? null : Escape(summary));

        var remarkLines = new List<string>();
        if (remarks is not null)
        {
            remarkLines.Add(Escape(remarks));
        }

        foreach (string fact in docs.Facts)
        {
            remarkLines.Add($"<para>{fact}</para>");
        }

        if (extraRemark is not null)
        {
            remarkLines.Add($"<para>{extraRemark}</para>");
        }

        if (remarkLines.Count > 0)
        {
            WriteTag(writer, "remarks", string.Join("\n", remarkLines));
        }
    }

    public static void WriteTag(SourceWriter writer, string tag, string? xmlContent, string? attributes = null)
    {
        if (xmlContent is null)
        {
            return;
        }

        string open = attributes is null ? $"<{tag}>" : $"<{tag} {attributes}>";
        string[] lines = NormalizeLineBreaks(xmlContent).Split('\n');
        if (lines.Length == 1)
        {
            writer.WriteLine($"/// {open}{lines[0]}</{tag}>");
            return;
        }

        writer.WriteLine($"/// {open}");
        foreach (string line in lines)
        {
            writer.WriteLine(line.Length == 0 ? "///" : "/// " + line.TrimEnd());
        }

        writer.WriteLine($"/// </{tag}>");
    }

    public static void WriteObsolete(SourceWriter writer, DocumentationSpec docs)
    {
        if (docs.IsDeprecated)
        {
            writer.WriteLine($"[{KnownTypes.ObsoleteAttribute}(\"Deprecated in the OpenAPI document.\")]");
        }
    }

    /// <summary>
    /// C# ends a line (and so a <c>///</c> comment) at CR, LF, NEL, LS and PS alike; any of them left inside a line would
    /// put the rest of the text outside the comment.
    /// </summary>
    private static string NormalizeLineBreaks(string text)
        => text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u0085', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n');

    public static string Escape(string text)
        => text.Replace("\r\n", "\n").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
