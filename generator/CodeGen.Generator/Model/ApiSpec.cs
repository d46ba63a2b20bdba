using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>Everything the emitter needs to write the code for one OpenAPI document.</summary>
/// <remarks>
/// Like every type under Model/, this is immutable and compares by value, with no Roslyn symbols, syntax or
/// Microsoft.OpenApi objects inside: the incremental pipeline caches on that equality. Keep both properties
/// when adding members.
/// </remarks>
/// <param name="Namespace">The namespace of all generated types.</param>
/// <param name="Client">The client class and its operations.</param>
/// <param name="Objects">One record per object schema, in a stable order.</param>
/// <param name="Enums">One value type per string enum, in a stable order.</param>
/// <param name="Unions">One class per union schema, in a stable order.</param>
internal sealed record ApiSpec(
    string Namespace,
    ClientSpec Client,
    EquatableArray<ObjectSpec> Objects,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<UnionSpec> Unions);
