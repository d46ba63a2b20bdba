using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>Writes the converter of an open enum. Known values are matched on the UTF-8 bytes and reuse the cached instance.</summary>
internal static class EnumConverterEmitter
{
    public static string Emit(EnumSpec spec, string @namespace)
        => GeneratedFileLayout.Write(@namespace, writer =>
        {
            string type = CSharpTypeNames.Qualified(spec.Name, @namespace);
            string converter = spec.Name + "JsonConverter";
            writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{type}\"/> as a JSON string, keeping values the document does not list.</summary>");
            using (writer.Block($"internal sealed class {converter} : {KnownTypes.JsonConverterOf}<{type}>"))
            {
                writer.WriteLine("/// <summary>The shared instance; the converter keeps no state.</summary>");
                writer.WriteLine($"internal static readonly {converter} Instance = new {converter}();");
                writer.WriteLine();
                for (int i = 0; i < spec.Members.Count; i++)
                {
                    writer.WriteLine($"private static readonly byte[] s_value{i} = global::System.Text.Encoding.UTF8.GetBytes({CSharpLiteral.Quote(spec.Members[i].Value)});");
                }

                if (spec.Members.Count > 0)
                {
                    writer.WriteLine();
                }

                writer.WriteLine("/// <inheritdoc />");
                using (writer.Block($"public override {type} Read(ref {KnownTypes.Utf8JsonReader} reader, {KnownTypes.Type} typeToConvert, {KnownTypes.JsonSerializerOptions} options)"))
                {
                    using (writer.Block($"if (reader.TokenType != {KnownTypes.JsonTokenType}.String)"))
                    {
                        writer.WriteLine($"throw new {KnownTypes.JsonException}(\"Expected a string for {spec.Name} but found \" + reader.TokenType + \".\");");
                    }

                    writer.WriteLine();
                    // One line per listed value: documents such as GitHub's have thousands of enums.
                    for (int i = 0; i < spec.Members.Count; i++)
                    {
                        writer.WriteLine($"if (reader.ValueTextEquals(s_value{i})) return {type}.{spec.Members[i].Name};");
                    }

                    if (spec.Members.Count > 0)
                    {
                        writer.WriteLine();
                    }

                    writer.WriteLine($"return new {type}(reader.GetString()!);");
                }

                writer.WriteLine();
                writer.WriteLine($$"""
                    /// <inheritdoc />
                    public override void Write({{KnownTypes.Utf8JsonWriter}} writer, {{type}} value, {{KnownTypes.JsonSerializerOptions}} options)
                    {
                        writer.WriteStringValue(value.Value);
                    }
                    """);
            }
        }, GeneratedFileLayout.AllowObsoleteUse);
}
