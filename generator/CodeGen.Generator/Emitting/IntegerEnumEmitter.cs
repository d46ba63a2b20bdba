using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// Writes an open integer enum and its converter: a value type over the wire number. Numbers the document does not
/// list are kept as they are and written back unchanged, like the string enums.
/// </summary>
internal static class IntegerEnumEmitter
{
    public static string Emit(EnumSpec spec, string @namespace)
        => GeneratedFileLayout.Write(@namespace, writer =>
        {
            string name = spec.Name;
            XmlDocs.Write(writer, spec.Documentation, fallbackSummary: $"The <c>{XmlDocs.Escape(spec.SchemaPath)}</c> values.",
                extraRemark: "An open set: a number the server sends that is not listed here is kept as it is; check <see cref=\"IsKnown\"/>.");
            XmlDocs.WriteObsolete(writer, spec.Documentation);
            writer.WriteLine($"[{KnownTypes.JsonConverterAttribute}(typeof({CSharpTypeNames.ConverterOf(name, @namespace)}))]");
            using (writer.Block($"public readonly partial struct {name} : {KnownTypes.IEquatableOf}<{name}>"))
            {
                writer.WriteLine($$"""
                    /// <summary>Wraps a wire number, known or not.</summary>
                    /// <param name="value">The number sent on the wire.</param>
                    public {{name}}(long value)
                    {
                        Value = value;
                    }
                    """);

                EnumMembersWriter.WriteMembers(writer, spec, name, member => member.Value + "L");
                writer.WriteLine();
                writer.WriteLine("/// <summary>The number sent on the wire.</summary>");
                writer.WriteLine("public long Value { get; }");
                writer.WriteLine();
                EnumMembersWriter.WriteIsKnown(writer, spec, "Value", member => member.Value + "L");
                writer.WriteLine();
                writer.WriteLine($$"""
                    /// <summary>Wraps a wire number, known or not.</summary>
                    /// <param name="value">The number sent on the wire.</param>
                    public static implicit operator {{name}}(long value) => new {{name}}(value);

                    /// <summary>The number sent on the wire.</summary>
                    /// <param name="value">The value.</param>
                    public static explicit operator long({{name}} value) => value.Value;

                    /// <summary>Compares the wire numbers.</summary>
                    /// <param name="left">The first value.</param>
                    /// <param name="right">The second value.</param>
                    public static bool operator ==({{name}} left, {{name}} right) => left.Equals(right);

                    /// <summary>Compares the wire numbers.</summary>
                    /// <param name="left">The first value.</param>
                    /// <param name="right">The second value.</param>
                    public static bool operator !=({{name}} left, {{name}} right) => !left.Equals(right);

                    /// <summary>Compares the wire numbers.</summary>
                    /// <param name="other">The value to compare with.</param>
                    public bool Equals({{name}} other) => Value == other.Value;

                    /// <inheritdoc />
                    public override bool Equals(object? obj) => obj is {{name}} other && Equals(other);

                    /// <inheritdoc />
                    public override int GetHashCode() => Value.GetHashCode();

                    /// <summary>The wire number, in invariant digits.</summary>
                    public override string ToString() => Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
                    """);
            }
        }, GeneratedFileLayout.AllowObsoleteUse);

    public static string EmitConverter(EnumSpec spec, string @namespace)
        => GeneratedFileLayout.Write(@namespace, writer =>
        {
            string type = CSharpTypeNames.Qualified(spec.Name, @namespace);
            string converter = spec.Name + "JsonConverter";
            writer.WriteLine($$"""
                /// <summary>Reads and writes <see cref="{{type}}"/> as a JSON number, keeping values the document does not list.</summary>
                internal sealed class {{converter}} : {{KnownTypes.JsonConverterOf}}<{{type}}>
                {
                    /// <summary>The shared instance; the converter keeps no state.</summary>
                    internal static readonly {{converter}} Instance = new {{converter}}();

                    /// <inheritdoc />
                    public override {{type}} Read(ref {{KnownTypes.Utf8JsonReader}} reader, {{KnownTypes.Type}} typeToConvert, {{KnownTypes.JsonSerializerOptions}} options)
                        => new {{type}}({{KnownTypes.JsonReading}}.ReadInt64(ref reader, {{CSharpLiteral.Quote(spec.Name)}}));

                    /// <inheritdoc />
                    public override void Write({{KnownTypes.Utf8JsonWriter}} writer, {{type}} value, {{KnownTypes.JsonSerializerOptions}} options)
                    {
                        writer.WriteNumberValue(value.Value);
                    }
                }
                """);
        }, GeneratedFileLayout.AllowObsoleteUse);
}
