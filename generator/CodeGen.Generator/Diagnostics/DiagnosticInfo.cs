using CodeGen.Generator.Helpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Diagnostics;

/// <summary>A diagnostic waiting to be reported, with value equality so that it can live in the pipeline.</summary>
/// <param name="Descriptor">Which diagnostic.</param>
/// <param name="Location">Where in the spec, if known.</param>
/// <param name="MessageArgs">The message's arguments.</param>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs)
        => new(descriptor, location, new EquatableArray<string>(messageArgs));

    public Diagnostic ToDiagnostic()
    {
        object[] args = new object[MessageArgs.Count];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = MessageArgs[i];
        }

        return Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, args);
    }
}
