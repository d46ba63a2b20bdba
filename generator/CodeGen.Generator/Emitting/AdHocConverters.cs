using System.Collections.Generic;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// Bodies that are not a generated record or enum (a list of pets, a map, a string) still need a converter:
/// the client gets a private one per such type, written with the same code as the record converters.
/// </summary>
internal sealed class AdHocConverters
{
    private readonly string _namespace;
    private readonly List<(TypeRefSpec Type, string Name)> _converters = new();

    public AdHocConverters(string @namespace) => _namespace = @namespace;

    /// <summary>The converter class to use for <paramref name="type"/>, without the <c>.Instance</c>.</summary>
    public string For(TypeRefSpec type)
    {
        if (type.Kind is TypeKind.Object or TypeKind.Enum or TypeKind.IntegerEnum or TypeKind.Union)
        {
            return CSharpTypeNames.ConverterOf(type.Name!, _namespace);
        }

        foreach ((TypeRefSpec existing, string name) in _converters)
        {
            if (existing.Equals(type))
            {
                return name;
            }
        }

        string created = "BodyJsonConverter" + (_converters.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _converters.Add((type, created));
        return created;
    }

    public void WriteAll(SourceWriter writer)
    {
        foreach ((TypeRefSpec type, string name) in _converters)
        {
            string csharp = CSharpTypeNames.Of(type, _namespace);
            var code = new JsonCode(_namespace);
            writer.WriteLine();
            using (writer.Block($"private sealed class {name} : {KnownTypes.JsonConverterOf}<{csharp}>"))
            {
                writer.WriteLine($"internal static readonly {name} Instance = new {name}();");
                writer.WriteLine();
                using (writer.Block($"public override {csharp} Read(ref {KnownTypes.Utf8JsonReader} reader, {KnownTypes.Type} typeToConvert, {KnownTypes.JsonSerializerOptions} options)"))
                {
                    using (writer.Block($"if (reader.TokenType == {KnownTypes.JsonTokenType}.Null)"))
                    {
                        writer.WriteLine($"throw new {KnownTypes.JsonException}(\"The body must not be null.\");");
                    }

                    writer.WriteLine($"{csharp} result;");
                    code.WriteRead(writer, type, "result", "body");
                    writer.WriteLine("return result;");
                }

                writer.WriteLine();
                using (writer.Block($"public override void Write({KnownTypes.Utf8JsonWriter} writer, {csharp} value, {KnownTypes.JsonSerializerOptions} options)"))
                {
                    code.WriteWrite(writer, type, "value");
                }
            }
        }
    }
}
