using System.Collections.Generic;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// Writes an <c>IJsonTypeInfoResolver</c> over the generated converters, so <c>JsonSerializer</c> handles the
/// generated types under NativeAOT and trimming, with no reflection and no other source generator.
/// </summary>
internal static class TypeInfoResolverEmitter
{
    public static string Emit(ApiSpec spec)
        => GeneratedFileLayout.Write(spec.Namespace, writer =>
        {
            string name = spec.Client.Name + "JsonTypeInfoResolver";
            var types = new List<string>();
            foreach (ObjectSpec obj in spec.Objects)
            {
                types.Add(obj.Name);
            }

            foreach (EnumSpec @enum in spec.Enums)
            {
                types.Add(@enum.Name);
            }

            foreach (UnionSpec union in spec.Unions)
            {
                types.Add(union.Name);
            }

            types.Sort(System.StringComparer.Ordinal);
            writer.WriteLine($$"""
                /// <summary>
                /// Resolves JSON metadata for every type generated from the document, backed by the generated converters.
                /// Add it to <c>JsonSerializerOptions.TypeInfoResolverChain</c> to use <c>JsonSerializer</c> with these types under NativeAOT.
                /// </summary>
                """);
            using (writer.Block($"public sealed class {name} : {KnownTypes.IJsonTypeInfoResolver}"))
            {
                writer.WriteLine($$"""
                    /// <summary>The shared instance; the resolver keeps no state.</summary>
                    public static {{name}} Instance { get; } = new {{name}}();

                    /// <inheritdoc />
                    public {{KnownTypes.JsonTypeInfo}}? GetTypeInfo({{KnownTypes.Type}} type, {{KnownTypes.JsonSerializerOptions}} options)
                    {
                    """);
                writer.Indentation++;
                // One line per type: a document with thousands of types makes this the longest method generated.
                foreach (string type in types)
                {
                    string qualified = CSharpTypeNames.Qualified(type, spec.Namespace);
                    writer.WriteLine($"if (type == typeof({qualified})) return Info(options, {CSharpTypeNames.ConverterOf(type, spec.Namespace)}.Instance);");
                }

                if (types.Count > 0)
                {
                    writer.WriteLine();
                }

                writer.WriteLine("return null;");
                writer.Indentation--;
                writer.WriteLine($$"""
                    }

                    private static {{KnownTypes.JsonTypeInfo}} Info<T>({{KnownTypes.JsonSerializerOptions}} options, {{KnownTypes.JsonConverterOf}}<T> converter)
                        => {{KnownTypes.JsonMetadataServices}}.CreateValueInfo<T>(options, converter);
                    """);
            }
        });
}
