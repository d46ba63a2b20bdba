using System;

namespace CodeGen.Generator.Pipeline;

/// <summary>An AdditionalFile that a spec's <c>$ref</c>s reach, carried as plain strings into the parse.</summary>
/// <param name="Path">The file path as the compiler knows it, so diagnostics inside it point at it.</param>
/// <param name="Text">The whole file.</param>
internal sealed record ReferencedFile(string Path, string Text)
{
    /// <summary>Whether the file is read as JSON rather than YAML.</summary>
    public bool IsJson => Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
