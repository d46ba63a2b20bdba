using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Pipeline;

/// <summary>The outcome of parsing one spec: the model, unless an error prevents it, and the diagnostics.</summary>
/// <param name="Path">The spec's path.</param>
/// <param name="Spec">The model, or <see langword="null"/> when nothing can be generated.</param>
/// <param name="Diagnostics">Everything to report, located in the spec.</param>
internal sealed record ParsedSpec(string Path, ApiSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
