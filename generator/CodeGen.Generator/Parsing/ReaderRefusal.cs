using System;
using System.Diagnostics;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing;

/// <summary>
/// Microsoft.OpenApi resolves <c>$ref</c>s lazily, when a property of a reference is read, and throws there for a
/// document it cannot resolve: <see cref="InvalidOperationException"/> for a reference cycle such as
/// <c>A: {$ref: B}</c>, <c>B: {$ref: A}</c>, <see cref="UriFormatException"/> for a security requirement named
/// <c>a/b</c>. That is a fault of the document, not of the generator: the walk catches it where it reads, and reports
/// it on the node being read.
/// </summary>
internal static class ReaderRefusal
{
    /// <summary>
    /// Only exceptions thrown from inside Microsoft.OpenApi count (the first frame outside the framework is in its
    /// assembly); ours still surface as CG0007.
    /// </summary>
    public static bool IsFrom(Exception exception)
    {
        if (exception is OperationCanceledException)
        {
            return false;
        }

        foreach (StackFrame frame in new StackTrace(exception, fNeedFileInfo: false).GetFrames() ?? Array.Empty<StackFrame>())
        {
            System.Reflection.Assembly? assembly = frame.GetMethod()?.Module.Assembly;
            if (assembly is null || assembly == typeof(object).Assembly || assembly.GetName().Name?.StartsWith("System", StringComparison.Ordinal) == true)
            {
                continue;
            }

            return assembly == typeof(OpenApiDocument).Assembly;
        }

        return false;
    }

    public static string Message(Exception exception, string fallback)
        => $"{exception.Message.TrimEnd('.')}; {fallback}. Fix the reference so that it ends at a component of the right kind.";
}
