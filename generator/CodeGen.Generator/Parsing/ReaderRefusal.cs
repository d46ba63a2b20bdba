using System;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing;

/// <summary>
/// Microsoft.OpenApi resolves <c>$ref</c>s lazily, when a property of a reference is read, and throws
/// <see cref="InvalidOperationException"/> there for a document it cannot resolve (a reference cycle such as
/// <c>A: {$ref: B}</c>, <c>B: {$ref: A}</c>). That is a fault of the document, not of the generator: the walk
/// catches it where it reads, and reports it on the node being read.
/// </summary>
internal static class ReaderRefusal
{
    /// <summary>Only exceptions raised inside Microsoft.OpenApi count; ours still surface as CG0007.</summary>
    public static bool IsFrom(InvalidOperationException exception)
        => exception.TargetSite?.Module.Assembly == typeof(OpenApiDocument).Assembly;

    public static string Message(InvalidOperationException exception, string fallback)
        => $"{exception.Message.TrimEnd('.')}; {fallback}. Fix the reference so that it ends at a schema.";
}
