using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// Writes the converter of a union. Reading picks the variant by the discriminator when the schema has one (looked
/// up on a copy of the reader, so it may come after other members), and otherwise by the JSON token and, for objects,
/// by member names (see <c>UnionReading.RankShapes</c>); variants are tried in that order and the first that reads
/// wins. A value no variant reads is kept as <c>JsonElement</c>. Writing writes the held variant.
/// </summary>
internal static class UnionConverterEmitter
{
    public static string Emit(UnionSpec spec, string @namespace)
        => GeneratedFileLayout.Write(@namespace, writer =>
        {
            string type = CSharpTypeNames.Qualified(spec.Name, @namespace);
            string converter = spec.Name + "JsonConverter";
            List<int> shaped = Enumerable.Range(0, spec.Variants.Count).Where(i => spec.Variants[i].Shape is not null).ToList();
            writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{type}\"/> with <c>Utf8JsonReader</c>/<c>Utf8JsonWriter</c>, without reflection.</summary>");
            using (writer.Block($"internal sealed class {converter} : {KnownTypes.JsonConverterOf}<{type}>"))
            {
                writer.WriteLine("/// <summary>The shared instance; the converter keeps no state.</summary>");
                writer.WriteLine($"internal static readonly {converter} Instance = new {converter}();");
                if (spec.DiscriminatorProperty is { } discriminator)
                {
                    writer.WriteLine();
                    writer.WriteLine($"private static readonly {KnownTypes.JsonEncodedText} s_discriminator = {KnownTypes.JsonEncodedText}.Encode({CSharpLiteral.Quote(discriminator)});");
                }

                if (shaped.Count > 0)
                {
                    writer.WriteLine();
                    writer.WriteLine("// The object variants' member names, for objects that carry no discriminator.");
                    writer.WriteLine($"private static readonly {KnownTypes.ObjectShape}[] s_shapes = new {KnownTypes.ObjectShape}[]");
                    writer.WriteLine("{");
                    writer.Indentation++;
                    foreach (int i in shaped)
                    {
                        ObjectShapeSpec shape = spec.Variants[i].Shape!;
                        writer.WriteLine($"new {KnownTypes.ObjectShape}({StringArray(shape.Required)}, {StringArray(shape.Known)}),");
                    }

                    writer.Indentation--;
                    writer.WriteLine("};");
                    writer.WriteLine();
                    writer.WriteLine($"private static readonly int[] s_shapeVariants = new int[] {{ {string.Join(", ", shaped.Select(i => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))} }};");
                }

                writer.WriteLine();
                WriteRead(writer, spec, type, shaped, @namespace);
                writer.WriteLine();
                WriteTryRead(writer, spec, type, @namespace);
                writer.WriteLine();
                WriteWrite(writer, spec, type, @namespace);
            }
        }, GeneratedFileLayout.AllowObsoleteUse);

    private static void WriteRead(SourceWriter writer, UnionSpec spec, string type, List<int> shaped, string @namespace)
    {
        writer.WriteLine("/// <inheritdoc />");
        using (writer.Block($"public override {type} Read(ref {KnownTypes.Utf8JsonReader} reader, {KnownTypes.Type} typeToConvert, {KnownTypes.JsonSerializerOptions} options)"))
        {
            writer.WriteLine($"{type}? result;");
            if (spec.DiscriminatorProperty is not null && spec.Variants.Any(v => v.DiscriminatorValues.Count > 0))
            {
                using (writer.Block($"if (reader.TokenType == {KnownTypes.JsonTokenType}.StartObject)"))
                {
                    writer.WriteLine("// The reader is passed by value: the copy looks ahead, this one stays on the object's start.");
                    using (writer.Block($"switch ({KnownTypes.UnionReading}.FindDiscriminator(reader, s_discriminator.EncodedUtf8Bytes))"))
                    {
                        var seen = new HashSet<string>(System.StringComparer.Ordinal);
                        for (int i = 0; i < spec.Variants.Count; i++)
                        {
                            List<string> tags = spec.Variants[i].DiscriminatorValues.Where(seen.Add).ToList();
                            if (tags.Count == 0)
                            {
                                continue;
                            }

                            foreach (string tag in tags)
                            {
                                writer.WriteLine($"case {CSharpLiteral.Quote(tag)}:");
                            }

                            writer.Indentation++;
                            writer.WriteLine("// A value the discriminator names must read as that variant: a failure is the server's error, not a reason to guess.");
                            writer.WriteLine($"TryRead(ref reader, {i + 1}, options, out result, rethrow: true);");
                            writer.WriteLine("return result!;");
                            writer.Indentation--;
                        }

                        writer.WriteLine("case null:");
                        writer.Indentation++;
                        writer.WriteLine("break;");
                        writer.Indentation--;
                        writer.WriteLine("default:");
                        writer.Indentation++;
                        writer.WriteLine("// A discriminator value the document does not list: a variant added later, kept as it is.");
                        writer.WriteLine($"return {type}.FromUnknown({KnownTypes.JsonReading}.ReadElement(ref reader));");
                        writer.Indentation--;
                    }
                }

                writer.WriteLine();
            }

            var byToken = new (string Token, System.Func<TypeKind, bool> Accepts)[]
            {
                ("StartObject", k => k == TypeKind.Map),
                ("StartArray", k => k == TypeKind.Array),
                ("String", k => k is TypeKind.String or TypeKind.Enum or TypeKind.DateTimeOffset or TypeKind.Guid or TypeKind.Bytes or TypeKind.Uri or TypeKind.Duration or TypeKind.Date or TypeKind.Time),
                ("Number", k => k is TypeKind.IntegerEnum or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal),
                ("True", k => k == TypeKind.Boolean),
                ("False", k => k == TypeKind.Boolean),
            };
            using (writer.Block("switch (reader.TokenType)"))
            {
                foreach ((string token, System.Func<TypeKind, bool> accepts) in byToken)
                {
                    List<int> candidates = Enumerable.Range(0, spec.Variants.Count).Where(i => accepts(spec.Variants[i].Type.Kind)).ToList();
                    bool ranks = token == "StartObject" && shaped.Count > 0;
                    if (candidates.Count == 0 && !ranks)
                    {
                        continue;
                    }

                    writer.WriteLine($"case {KnownTypes.JsonTokenType}.{token}:");
                    writer.Indentation++;
                    if (ranks)
                    {
                        using (writer.Block($"foreach (int shape in {KnownTypes.UnionReading}.RankShapes(reader, s_shapes))"))
                        {
                            using (writer.Block("if (TryRead(ref reader, s_shapeVariants[shape], options, out result, rethrow: false))"))
                            {
                                writer.WriteLine("return result!;");
                            }
                        }

                        writer.WriteLine();
                    }

                    WriteAttempts(writer, candidates);
                    writer.WriteLine("break;");
                    writer.Indentation--;
                }
            }

            List<int> anyToken = Enumerable.Range(0, spec.Variants.Count).Where(i => spec.Variants[i].Type.Kind is TypeKind.Union or TypeKind.Any).ToList();
            if (anyToken.Count > 0)
            {
                writer.WriteLine();
                WriteAttempts(writer, anyToken);
            }

            writer.WriteLine();
            writer.WriteLine($"return {type}.FromUnknown({KnownTypes.JsonReading}.ReadElement(ref reader));");
        }
    }

    private static void WriteAttempts(SourceWriter writer, List<int> variants)
    {
        foreach (int i in variants)
        {
            using (writer.Block($"if (TryRead(ref reader, {i + 1}, options, out result, rethrow: false))"))
            {
                writer.WriteLine("return result!;");
            }
        }
    }

    private static void WriteTryRead(SourceWriter writer, UnionSpec spec, string type, string @namespace)
    {
        var code = new JsonCode(@namespace);
        writer.WriteLine("// Reads one variant; on a mismatch the reader goes back to the value's start so the next variant can try.");
        using (writer.Block($"private static bool TryRead(ref {KnownTypes.Utf8JsonReader} reader, int variant, {KnownTypes.JsonSerializerOptions} options, out {type}? result, bool rethrow)"))
        {
            writer.WriteLine($"{KnownTypes.Utf8JsonReader} saved = reader;");
            using (writer.Block("try"))
            {
                using (writer.Block("switch (variant)"))
                {
                    for (int i = 0; i < spec.Variants.Count; i++)
                    {
                        UnionVariantSpec variant = spec.Variants[i];
                        using (writer.Block($"case {i + 1}:"))
                        {
                            string local = code.NewLocal("value");
                            writer.WriteLine($"{CSharpTypeNames.Of(variant.Type, @namespace)} {local};");
                            code.WriteRead(writer, variant.Type, local, spec.Name + "." + variant.Name);
                            writer.WriteLine($"result = {type}.From{variant.Name}({local});");
                            writer.WriteLine("return true;");
                        }
                    }
                }
            }

            using (writer.Block($"catch (global::System.Exception exception) when (!rethrow && {KnownTypes.UnionReading}.IsMismatch(exception))"))
            {
                writer.WriteLine("reader = saved;");
            }

            writer.WriteLine();
            writer.WriteLine("result = null;");
            writer.WriteLine("return false;");
        }
    }

    private static void WriteWrite(SourceWriter writer, UnionSpec spec, string type, string @namespace)
    {
        var code = new JsonCode(@namespace);
        writer.WriteLine("/// <inheritdoc />");
        using (writer.Block($"public override void Write({KnownTypes.Utf8JsonWriter} writer, {type} value, {KnownTypes.JsonSerializerOptions} options)"))
        {
            using (writer.Block("if (value is null)"))
            {
                writer.WriteLine("writer.WriteNullValue();");
                writer.WriteLine("return;");
            }

            foreach (UnionVariantSpec variant in spec.Variants)
            {
                writer.WriteLine();
                string local = code.NewLocal("held");
                using (writer.Block($"if (value.TryGet{variant.Name}(out {CSharpTypeNames.Of(variant.Type, @namespace)} {local}))"))
                {
                    code.WriteWrite(writer, variant.Type, local);
                    writer.WriteLine("return;");
                }
            }

            writer.WriteLine();
            writer.WriteLine("value.Unknown!.Value.WriteTo(writer);");
        }
    }

    private static string StringArray(Helpers.EquatableArray<string> values)
        => values.Count == 0 ? "new string[0]" : "new string[] { " + string.Join(", ", values.Select(CSharpLiteral.Quote)) + " }";
}
