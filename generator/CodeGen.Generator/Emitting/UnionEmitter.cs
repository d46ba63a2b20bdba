using System.Linq;
using CodeGen.Generator.Model;
using CodeGen.Generator.Naming;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// Writes a union: an immutable class holding exactly one variant, or the JSON value no variant recognised
/// (kept as <c>JsonElement</c> and written back unchanged).
/// </summary>
internal static class UnionEmitter
{
    /// <summary>C#'s <c>Func</c> takes at most 16 arguments: one per variant plus the unknown value.</summary>
    public const int MaxMatchVariants = 15;

    public static string Emit(UnionSpec spec, string @namespace)
        => GeneratedFileLayout.Write(@namespace, writer =>
        {
            string name = spec.Name;
            string discriminatorRemark = spec.DiscriminatorProperty is { } property
                ? $" The <c>{XmlDocs.Escape(property)}</c> member selects the variant, wherever it sits in the object."
                : string.Empty;
            XmlDocs.Write(writer, spec.Documentation, fallbackSummary: $"One of the choices of <c>{XmlDocs.Escape(spec.SchemaPath)}</c>.",
                extraRemark: "Holds one variant; a JSON value that matches none is kept, see <see cref=\"Unknown\"/>." + discriminatorRemark);
            XmlDocs.WriteObsolete(writer, spec.Documentation);
            writer.WriteLine($"[{KnownTypes.JsonConverterAttribute}(typeof({CSharpTypeNames.ConverterOf(name, @namespace)}))]");
            using (writer.Block($"public sealed partial class {name} : {KnownTypes.IEquatableOf}<{name}>"))
            {
                writer.WriteLine("private readonly object? _value;");
                writer.WriteLine("private readonly int _variant;");
                writer.WriteLine($"private readonly {KnownTypes.JsonElement} _unknown;");
                writer.WriteLine();
                using (writer.Block($"private {name}(object? value, int variant, {KnownTypes.JsonElement} unknown)"))
                {
                    writer.WriteLine("_value = value;");
                    writer.WriteLine("_variant = variant;");
                    writer.WriteLine("_unknown = unknown;");
                }

                for (int i = 0; i < spec.Variants.Count; i++)
                {
                    WriteVariantMembers(writer, spec, spec.Variants[i], i + 1, @namespace);
                }

                WriteUnknownMembers(writer, name);
                if (spec.Variants.Count <= MaxMatchVariants)
                {
                    WriteMatch(writer, spec, @namespace);
                }

                WriteEquality(writer, name);
            }
        }, GeneratedFileLayout.AllowObsoleteUse);

    private static void WriteVariantMembers(SourceWriter writer, UnionSpec spec, UnionVariantSpec variant, int index, string @namespace)
    {
        string name = spec.Name;
        string type = CSharpTypeNames.Of(variant.Type, @namespace);
        string described = Describe(variant);
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Wraps {described}.</summary>");
        writer.WriteLine("/// <param name=\"value\">The variant's value.</param>");
        string check = variant.Type.IsValueType ? "value" : $"value ?? throw new {KnownTypes.ArgumentNullException}(nameof(value))";
        writer.WriteLine($"public static {name} From{variant.Name}({type} value) => new {name}({check}, {index}, default);");

        if (HasImplicitConversion(variant.Type))
        {
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Wraps {described}.</summary>");
            writer.WriteLine("/// <param name=\"value\">The variant's value.</param>");
            writer.WriteLine($"public static implicit operator {name}({type} value) => From{variant.Name}(value);");
        }

        writer.WriteLine();
        writer.WriteLine($"/// <summary>Whether this holds {described}.</summary>");
        writer.WriteLine($"public bool Is{variant.Name} => _variant == {index};");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Gets {described} when this holds one.</summary>");
        // A reference-type variant is null when this holds another, and says so; a value type gets its default.
        bool byReference = !variant.Type.IsValueType;
        writer.WriteLine(byReference
            ? "/// <param name=\"value\">The variant's value, or <see langword=\"null\"/> when this holds another.</param>"
            : "/// <param name=\"value\">The variant's value, or <c>default</c> when this holds another.</param>");
        writer.WriteLine($"/// <returns>Whether this holds {described}.</returns>");
        string parameter = byReference ? $"[{KnownTypes.NotNullWhenAttribute}(true)] out {type}? value" : $"out {type} value";
        using (writer.Block($"public bool TryGet{variant.Name}({parameter})"))
        {
            using (writer.Block($"if (_variant == {index})"))
            {
                writer.WriteLine($"value = ({type})_value!;");
                writer.WriteLine("return true;");
            }

            writer.WriteLine();
            writer.WriteLine(byReference ? "value = null;" : "value = default;");
            writer.WriteLine("return false;");
        }
    }

    private static void WriteUnknownMembers(SourceWriter writer, string name)
    {
        writer.WriteLine($$"""

            /// <summary>Wraps a JSON value that none of the variants describes; it is written back as it is.</summary>
            /// <param name="value">The JSON value.</param>
            public static {{name}} FromUnknown({{KnownTypes.JsonElement}} value)
            {
                if (value.ValueKind == global::System.Text.Json.JsonValueKind.Undefined)
                {
                    throw new global::System.ArgumentException("The JSON value is undefined.", nameof(value));
                }

                return new {{name}}(null, 0, value.Clone());
            }

            /// <summary>Whether this holds a JSON value that none of the variants recognised.</summary>
            public bool IsUnknown => _variant == 0;

            /// <summary>The JSON value none of the variants recognised, or <see langword="null"/> when this holds a variant.</summary>
            public {{KnownTypes.JsonElement}}? Unknown => _variant == 0 ? _unknown : null;
            """);
    }

    private static void WriteMatch(SourceWriter writer, UnionSpec spec, string @namespace)
    {
        var parameters = new NameScope(new[] { "unknown", "TResult" });
        string[] names = spec.Variants.Select(v => parameters.Claim(Identifiers.ToCamelCase(v.Name))).ToArray();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Calls the function for the variant this holds.</summary>");
        writer.WriteLine("/// <typeparam name=\"TResult\">What the functions return.</typeparam>");
        WriteParameterDocs(writer, spec, names);
        writer.WriteLine("/// <returns>What the called function returned.</returns>");
        string funcParameters = string.Join(", ", spec.Variants.Select((v, i) => $"global::System.Func<{CSharpTypeNames.Of(v.Type, @namespace)}, TResult> {names[i]}"));
        using (writer.Block($"public TResult Match<TResult>({funcParameters}, global::System.Func<{KnownTypes.JsonElement}, TResult> unknown)"))
        {
            using (writer.Block("switch (_variant)"))
            {
                for (int i = 0; i < spec.Variants.Count; i++)
                {
                    writer.WriteLine($"case {i + 1}:");
                    writer.Indentation++;
                    writer.WriteLine($"return {names[i]}(({CSharpTypeNames.Of(spec.Variants[i].Type, @namespace)})_value!);");
                    writer.Indentation--;
                }

                writer.WriteLine("default:");
                writer.Indentation++;
                writer.WriteLine("return unknown(_unknown);");
                writer.Indentation--;
            }
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>Calls the action for the variant this holds.</summary>");
        WriteParameterDocs(writer, spec, names);
        string actionParameters = string.Join(", ", spec.Variants.Select((v, i) => $"global::System.Action<{CSharpTypeNames.Of(v.Type, @namespace)}> {names[i]}"));
        using (writer.Block($"public void Switch({actionParameters}, global::System.Action<{KnownTypes.JsonElement}> unknown)"))
        {
            using (writer.Block("switch (_variant)"))
            {
                for (int i = 0; i < spec.Variants.Count; i++)
                {
                    writer.WriteLine($"case {i + 1}:");
                    writer.Indentation++;
                    writer.WriteLine($"{names[i]}(({CSharpTypeNames.Of(spec.Variants[i].Type, @namespace)})_value!);");
                    writer.WriteLine("return;");
                    writer.Indentation--;
                }

                writer.WriteLine("default:");
                writer.Indentation++;
                writer.WriteLine("unknown(_unknown);");
                writer.WriteLine("return;");
                writer.Indentation--;
            }
        }
    }

    private static void WriteParameterDocs(SourceWriter writer, UnionSpec spec, string[] names)
    {
        for (int i = 0; i < names.Length; i++)
        {
            writer.WriteLine($"/// <param name=\"{names[i].TrimStart('@')}\">Called with {Describe(spec.Variants[i])}.</param>");
        }

        writer.WriteLine("/// <param name=\"unknown\">Called with a JSON value no variant recognised.</param>");
    }

    private static void WriteEquality(SourceWriter writer, string name)
    {
        writer.WriteLine($$"""

            /// <summary>The same variant with an equal value; unknown values compare by their JSON text.</summary>
            /// <param name="other">The union to compare with.</param>
            public bool Equals({{name}}? other)
                => other is not null
                    && _variant == other._variant
                    && (_variant == 0 ? string.Equals(_unknown.GetRawText(), other._unknown.GetRawText(), {{KnownTypes.StringComparison}}.Ordinal) : object.Equals(_value, other._value));

            /// <inheritdoc />
            public override bool Equals(object? obj) => Equals(obj as {{name}});

            /// <inheritdoc />
            public override int GetHashCode() => _variant == 0 ? {{KnownTypes.StringComparer}}.Ordinal.GetHashCode(_unknown.GetRawText()) : _value?.GetHashCode() ?? 0;

            /// <summary>The held variant's text, or the unknown value's JSON.</summary>
            public override string ToString() => _variant == 0 ? _unknown.GetRawText() : _value?.ToString() ?? string.Empty;
            """);
    }

    /// <summary>C# forbids user-defined conversions from interfaces; a <c>JsonElement</c> variant would blur with the unknown value.</summary>
    private static bool HasImplicitConversion(TypeRefSpec type) => type.Kind is not (TypeKind.Array or TypeKind.Map or TypeKind.Any);

    private static string Describe(UnionVariantSpec variant) => $"the <c>{XmlDocs.Escape(variant.Name)}</c> variant";
}
