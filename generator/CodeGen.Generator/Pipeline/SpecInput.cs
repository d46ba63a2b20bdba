using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Pipeline;

/// <summary>One spec file handed to the parser: only strings, so an unrelated edit leaves it equal.</summary>
/// <param name="Path">The file path as the compiler knows it.</param>
/// <param name="Text">The whole file.</param>
/// <param name="Options">Its options.</param>
/// <param name="ReferencedFiles">
/// The other AdditionalFiles its <c>$ref</c>s reach, directly or through each other, in path order; empty for a
/// single-file document.
/// </param>
internal sealed record SpecInput(string Path, string Text, SpecOptions Options, EquatableArray<ReferencedFile> ReferencedFiles = default);
