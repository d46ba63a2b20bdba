using System.Text.Json.Nodes;

namespace CodeGen.Generator.Parsing.References;

/// <summary>A file of a multi-file document as the bundler reads it.</summary>
/// <param name="Path">Its path as the compiler knows it.</param>
/// <param name="Key">Its normalised absolute path.</param>
/// <param name="Tree">Its content; for the root, the tree being bundled, else the file as written.</param>
/// <param name="Locator">Locates its nodes, so a diagnostic about a <c>$ref</c> in it points into it.</param>
/// <param name="IsRoot">Whether it is the document being generated from.</param>
internal sealed record LoadedFile(string Path, string Key, JsonNode? Tree, SourceLocator Locator, bool IsRoot);
