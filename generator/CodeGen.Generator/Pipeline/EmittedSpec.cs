using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Pipeline;

/// <summary>The files and diagnostics for one spec, ready to add to the compilation.</summary>
/// <param name="Path">The spec's path.</param>
/// <param name="Files">The generated sources.</param>
/// <param name="Diagnostics">The diagnostics to report.</param>
internal sealed record EmittedSpec(string Path, EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);
