using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// Writes the converter of a union. Reading picks the variant by the discriminator when the schema has one (looked
/// up on a copy of the reader, so it may come after other members), and otherwise by the JSON token, a check of the
/// scalar (a number that fits, a string that parses) and, for objects, member names (see <c>UnionReading.RankShapes</c>);
/// the chosen variant is then read once, without exceptions as control flow. A value no variant accepts is kept as
/// <c>JsonElement</c>. Writing writes the held variant.
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
                WriteReadVariant(writer, spec, type, @namespace);
                writer.WriteLine();
                WriteWrite(writer, spec, type, @namespace);
            }
        }, GeneratedFileLayout.AllowObsoleteUse);

    private static void WriteRead(SourceWriter writer, UnionSpec spec, string type, List<int> shaped, string @namespace)
    {
        writer.WriteLine("/// <inheritdoc />");
        using (writer.Block($"public override {type} Read(ref {KnownTypes.Utf8JsonReader} reader, {KnownTypes.Type} typeToConvert, {KnownTypes.JsonSerializerOptions} options)"))
        {
            if (spec.DiscriminatorProperty is not null && spec.Variants.Any(v => v.DiscriminatorValues.Count > 0))
            {
                using (writer.Block($"if (reader.TokenType == {KnownTypes.JsonTokenType}.StartObject)"))
                {
                    writer.WriteLine("// The reader is passed by value: the copy looks ahead, this one stays on the object's start.");
                    using (writer.Block($"switch ({KnownTypes.UnionReading}.FindDiscriminator(reader, s_discriminator.EncodedUtf8Bytes))"))
                    {
                        DiscriminatorCases.Write(writer, spec.Variants.Select((variant, i) => (variant.DiscriminatorValues, new[]
                        {
                            "// A value the discriminator names must read as that variant: a failure is the server's error, not a reason to guess.",
                            $"return ReadVariant(ref reader, {i + 1}, options);",
                        })));

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

            var byToken = new (string[] Tokens, System.Func<TypeKind, bool> Accepts)[]
            {
                (new[] { "StartObject" }, k => k == TypeKind.Map),
                (new[] { "StartArray" }, k => k == TypeKind.Array),
                (new[] { "String" }, k => ValueKindOf(k) == "String"),
                (new[] { "Number" }, k => ValueKindOf(k) == "Number"),
                (new[] { "True", "False" }, k => k == TypeKind.Boolean),
            };
            bool anyCase = shaped.Count > 0 || byToken.Any(t => spec.Variants.Any(v => t.Accepts(v.Type.Kind)));
            if (anyCase)
            {
                writer.WriteLine("// Each variant is checked on the token (and, for objects and arrays, on a look-ahead copy) before it is read, once.");
                using (writer.Block("switch (reader.TokenType)"))
                {
                    foreach ((string[] tokens, System.Func<TypeKind, bool> accepts) in byToken)
                    {
                        List<int> candidates = Enumerable.Range(0, spec.Variants.Count).Where(i => accepts(spec.Variants[i].Type.Kind)).ToList();
                        bool ranks = tokens[0] == "StartObject" && shaped.Count > 0;
                        if (candidates.Count == 0 && !ranks)
                        {
                            continue;
                        }

                        foreach (string token in tokens)
                        {
                            writer.WriteLine($"case {KnownTypes.JsonTokenType}.{token}:");
                        }

                        writer.Indentation++;
                        if (ranks)
                        {
                            string ranked = "ranked";
                            writer.WriteLine($"int[] {ranked} = {KnownTypes.UnionReading}.RankShapes(reader, s_shapes);");
                            using (writer.Block($"if ({ranked}.Length > 0)"))
                            {
                                writer.WriteLine($"return ReadVariant(ref reader, s_shapeVariants[{ranked}[0]], options);");
                            }

                            writer.WriteLine();
                        }

                        if (!WriteChecks(writer, spec, candidates))
                        {
                            writer.WriteLine("break;");
                        }

                        writer.Indentation--;
                    }
                }
            }

            List<int> anyToken = Enumerable.Range(0, spec.Variants.Count).Where(i => spec.Variants[i].Type.Kind is TypeKind.Union or TypeKind.Any).ToList();
            writer.SeparateFromBlock();
            if (anyToken.Count > 0)
            {
                writer.WriteLine("// A nested union or free-form variant takes any token.");
                writer.WriteLine($"return ReadVariant(ref reader, {anyToken[0] + 1}, options);");
            }
            else
            {
                writer.WriteLine($"return {type}.FromUnknown({KnownTypes.JsonReading}.ReadElement(ref reader));");
            }
        }
    }

    /// <summary>Writes a check-then-read per candidate; whether the last one reads unconditionally (nothing after it is reachable).</summary>
    private static bool WriteChecks(SourceWriter writer, UnionSpec spec, List<int> candidates)
    {
        foreach (int i in candidates)
        {
            string? check = Check(spec.Variants[i].Type);
            if (check is null)
            {
                writer.WriteLine($"return ReadVariant(ref reader, {i + 1}, options);");
                return true;
            }

            using (writer.Block($"if ({check})"))
            {
                writer.WriteLine($"return ReadVariant(ref reader, {i + 1}, options);");
            }

            writer.WriteLine();
        }

        return false;
    }

    /// <summary>An expression telling whether the value under the reader reads as the type; <see langword="null"/> when the token alone decides.</summary>
    private static string? Check(TypeRefSpec type) => type.Kind switch
    {
        TypeKind.DateTimeOffset => $"{KnownTypes.UnionReading}.IsDateTime(reader)",
        TypeKind.Guid => $"{KnownTypes.UnionReading}.IsGuid(reader)",
        TypeKind.Bytes => $"{KnownTypes.UnionReading}.IsBase64(reader)",
        TypeKind.Uri => $"{KnownTypes.UnionReading}.IsUri(reader)",
        TypeKind.Duration => $"{KnownTypes.UnionReading}.IsDuration(reader)",
        TypeKind.Date => $"{KnownTypes.DateFormats}.TryParseDate(reader.GetString()!, out _)",
        TypeKind.Time => $"{KnownTypes.DateFormats}.TryParseTime(reader.GetString()!, out _)",
        TypeKind.Int32 => $"{KnownTypes.UnionReading}.IsInt32(reader)",
        TypeKind.Int64 or TypeKind.IntegerEnum => $"{KnownTypes.UnionReading}.IsInt64(reader)",
        TypeKind.Single => $"{KnownTypes.UnionReading}.IsSingle(reader)",
        TypeKind.Double => $"{KnownTypes.UnionReading}.IsDouble(reader)",
        TypeKind.Decimal => $"{KnownTypes.UnionReading}.IsDecimal(reader)",
        TypeKind.Array => $"{KnownTypes.UnionReading}.ItemsAre(reader, {Tokens(type.Element!, type.ElementIsNullable)})",
        TypeKind.Map => $"{KnownTypes.UnionReading}.ValuesAre(reader, {Tokens(type.Element!, type.ElementIsNullable)})",
        _ => null,
    };

    /// <summary>The <c>UnionTokens</c> an item of the type may be.</summary>
    private static string Tokens(TypeRefSpec element, bool nullable)
    {
        string tokens = ValueKindOf(element.Kind);
        string spelled = $"{KnownTypes.UnionTokens}.{tokens}";
        return nullable && tokens != "Any" ? $"{spelled} | {KnownTypes.UnionTokens}.Null" : spelled;
    }

    /// <summary>The kind of JSON value a type is written as, named as in <c>UnionTokens</c>.</summary>
    private static string ValueKindOf(TypeKind kind) => kind switch
    {
        TypeKind.String or TypeKind.Enum or TypeKind.DateTimeOffset or TypeKind.Guid or TypeKind.Bytes or TypeKind.Uri or TypeKind.Duration or TypeKind.Date or TypeKind.Time => "String",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal or TypeKind.IntegerEnum => "Number",
        TypeKind.Boolean => "Boolean",
        TypeKind.Object or TypeKind.Map => "Object",
        TypeKind.Array => "Array",
        _ => "Any",
    };

    private static void WriteReadVariant(SourceWriter writer, UnionSpec spec, string type, string @namespace)
    {
        var code = new JsonCode(@namespace);
        writer.WriteLine("// Reads the variant chosen before: a value that does not read is an error, not a reason to try another.");
        using (writer.Block($"private static {type} ReadVariant(ref {KnownTypes.Utf8JsonReader} reader, int variant, {KnownTypes.JsonSerializerOptions} options)"))
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
                        writer.WriteLine($"return {type}.From{variant.Name}({local});");
                    }
                }

                writer.WriteLine("default:");
                writer.Indentation++;
                writer.WriteLine($"throw new {KnownTypes.ArgumentOutOfRangeException}(nameof(variant));");
                writer.Indentation--;
            }
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
                using (writer.Block($"if (value.TryGet{variant.Name}(out {CSharpTypeNames.Of(variant.Type, @namespace, nullable: !variant.Type.IsValueType)} {local}))"))
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
