using System.Collections.Generic;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Pipeline;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// Writes the compiler-support types that generated code needs and older targets (netstandard2.0, .NET Framework)
/// lack. They are internal and written only when the compilation cannot already see them, so they never clash
/// with the framework's or another polyfill package's copies.
/// </summary>
internal static class PolyfillEmitter
{
    private const string HintPrefix = "CodeGen.Polyfills.";

    public static EquatableArray<GeneratedFile> Emit(CompilationFacts facts, EmitOptions options)
    {
        var files = new List<GeneratedFile>();
        if (!facts.HasIsExternalInit)
        {
            files.Add(IsExternalInit());
        }

        if (!facts.HasNotNullWhenAttribute)
        {
            files.Add(NotNullWhenAttribute());
        }

        if (options.SupportsRequiredMembers)
        {
            if (!facts.HasRequiredMemberAttribute)
            {
                files.Add(RequiredMemberAttribute());
            }

            if (!facts.HasCompilerFeatureRequiredAttribute)
            {
                files.Add(CompilerFeatureRequiredAttribute());
            }

            if (!facts.HasSetsRequiredMembersAttribute)
            {
                files.Add(SetsRequiredMembersAttribute());
            }
        }

        return files.ToEquatableArray();
    }

    private static GeneratedFile IsExternalInit()
        => Polyfill("System.Runtime.CompilerServices", "IsExternalInit", writer =>
        {
            writer.WriteLine("/// <summary>Lets the compiler emit <c>init</c> accessors on targets that lack this type.</summary>");
            writer.WriteLine("internal static class IsExternalInit");
            writer.WriteLine("{");
            writer.WriteLine("}");
        });

    private static GeneratedFile RequiredMemberAttribute()
        => Polyfill("System.Runtime.CompilerServices", "RequiredMemberAttribute", writer =>
        {
            writer.WriteLine("/// <summary>Lets the compiler emit <c>required</c> members on targets that lack this type.</summary>");
            writer.WriteLine("[global::System.AttributeUsage(global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Field | global::System.AttributeTargets.Property, AllowMultiple = false, Inherited = false)]");
            writer.WriteLine("internal sealed class RequiredMemberAttribute : global::System.Attribute");
            writer.WriteLine("{");
            writer.WriteLine("}");
        });

    private static GeneratedFile CompilerFeatureRequiredAttribute()
        => Polyfill("System.Runtime.CompilerServices", "CompilerFeatureRequiredAttribute", writer =>
        {
            writer.WriteLine("/// <summary>Marks what a compiler must understand to use a member; written by the compiler for <c>required</c> members.</summary>");
            writer.WriteLine("[global::System.AttributeUsage(global::System.AttributeTargets.All, AllowMultiple = true, Inherited = false)]");
            using (writer.Block("internal sealed class CompilerFeatureRequiredAttribute : global::System.Attribute"))
            {
                writer.WriteLine("/// <summary>The feature name for ref structs.</summary>");
                writer.WriteLine("public const string RefStructs = nameof(RefStructs);");
                writer.WriteLine();
                writer.WriteLine("/// <summary>The feature name for required members.</summary>");
                writer.WriteLine("public const string RequiredMembers = nameof(RequiredMembers);");
                writer.WriteLine();
                writer.WriteLine("/// <summary>Creates the attribute for <paramref name=\"featureName\"/>.</summary>");
                writer.WriteLine("public CompilerFeatureRequiredAttribute(string featureName) => FeatureName = featureName;");
                writer.WriteLine();
                writer.WriteLine("/// <summary>The feature the compiler must understand.</summary>");
                writer.WriteLine("public string FeatureName { get; }");
                writer.WriteLine();
                writer.WriteLine("/// <summary>Whether a compiler that does not understand the feature may ignore it.</summary>");
                writer.WriteLine("public bool IsOptional { get; init; }");
            }
        });

    private static GeneratedFile SetsRequiredMembersAttribute()
        => Polyfill("System.Diagnostics.CodeAnalysis", "SetsRequiredMembersAttribute", writer =>
        {
            writer.WriteLine("/// <summary>Marks a hand-written constructor that sets every required member, on targets that lack this type.</summary>");
            writer.WriteLine("[global::System.AttributeUsage(global::System.AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]");
            writer.WriteLine("internal sealed class SetsRequiredMembersAttribute : global::System.Attribute");
            writer.WriteLine("{");
            writer.WriteLine("}");
        });

    private static GeneratedFile NotNullWhenAttribute()
        => Polyfill("System.Diagnostics.CodeAnalysis", "NotNullWhenAttribute", writer =>
        {
            writer.WriteLine("/// <summary>Tells nullable analysis that an out parameter is not null when the method returns the given value, on targets that lack this type.</summary>");
            writer.WriteLine("[global::System.AttributeUsage(global::System.AttributeTargets.Parameter, Inherited = false)]");
            using (writer.Block("internal sealed class NotNullWhenAttribute : global::System.Attribute"))
            {
                writer.WriteLine("/// <summary>Creates the attribute.</summary>");
                writer.WriteLine("/// <param name=\"returnValue\">The return value for which the parameter is not null.</param>");
                writer.WriteLine("public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;");
                writer.WriteLine();
                writer.WriteLine("/// <summary>The return value for which the parameter is not null.</summary>");
                writer.WriteLine("public bool ReturnValue { get; }");
            }
        });

    private static GeneratedFile Polyfill(string @namespace, string typeName, System.Action<SourceWriter> writeType)
        => new(HintPrefix + typeName + ".g.cs", GeneratedFileLayout.Write(@namespace, writeType, origin: "Generated by CodeGen.Generator: this target framework lacks a type the compiler needs for generated code."));
}
