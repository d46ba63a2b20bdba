using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// Writes an open enum: a value type over the wire string. Known values are static properties; values the
/// document does not list (a server added one) are kept as they are and written back unchanged.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(EnumSpec spec, string @namespace)
        => GeneratedFileLayout.Write(@namespace, writer =>
        {
            string name = spec.Name;
            XmlDocs.Write(writer, spec.Documentation, fallbackSummary: $"The <c>{XmlDocs.Escape(spec.SchemaPath)}</c> values.",
                extraRemark: "An open set: a value the server sends that is not listed here is kept as it is; check <see cref=\"IsKnown\"/>.");
            XmlDocs.WriteObsolete(writer, spec.Documentation);
            writer.WriteLine($"[{KnownTypes.JsonConverterAttribute}(typeof({CSharpTypeNames.ConverterOf(name, @namespace)}))]");
            using (writer.Block($"public readonly partial struct {name} : {KnownTypes.IEquatableOf}<{name}>"))
            {
                writer.WriteLine("private readonly string? _value;");
                writer.WriteLine();
                writer.WriteLine($$"""
                    /// <summary>Wraps a wire value, known or not.</summary>
                    /// <param name="value">The exact string sent on the wire.</param>
                    public {{name}}(string value)
                    {
                        _value = value ?? throw new {{KnownTypes.ArgumentNullException}}(nameof(value));
                    }
                    """);

                EnumMembersWriter.WriteMembers(writer, spec, name, member => CSharpLiteral.Quote(member.Value));
                writer.WriteLine();
                writer.WriteLine("/// <summary>The exact string sent on the wire; empty for <c>default</c>.</summary>");
                writer.WriteLine("public string Value => _value ?? string.Empty;");
                writer.WriteLine();
                EnumMembersWriter.WriteIsKnown(writer, spec, "_value", member => CSharpLiteral.Quote(member.Value));
                writer.WriteLine();
                writer.WriteLine($$"""
                    /// <summary>Wraps a wire value, known or not.</summary>
                    /// <param name="value">The exact string sent on the wire.</param>
                    public static implicit operator {{name}}(string value) => new {{name}}(value);

                    /// <summary>The exact string sent on the wire.</summary>
                    /// <param name="value">The value.</param>
                    public static explicit operator string({{name}} value) => value.Value;

                    /// <summary>Ordinal comparison of the wire strings.</summary>
                    /// <param name="left">The first value.</param>
                    /// <param name="right">The second value.</param>
                    public static bool operator ==({{name}} left, {{name}} right) => left.Equals(right);

                    /// <summary>Ordinal comparison of the wire strings.</summary>
                    /// <param name="left">The first value.</param>
                    /// <param name="right">The second value.</param>
                    public static bool operator !=({{name}} left, {{name}} right) => !left.Equals(right);

                    /// <summary>Ordinal comparison of the wire strings: <c>720P</c> and <c>720p</c> differ.</summary>
                    /// <param name="other">The value to compare with.</param>
                    public bool Equals({{name}} other) => string.Equals(Value, other.Value, {{KnownTypes.StringComparison}}.Ordinal);

                    /// <inheritdoc />
                    public override bool Equals(object? obj) => obj is {{name}} other && Equals(other);

                    /// <inheritdoc />
                    public override int GetHashCode() => {{KnownTypes.StringComparer}}.Ordinal.GetHashCode(Value);

                    /// <summary>The exact string sent on the wire.</summary>
                    public override string ToString() => Value;
                    """);
            }
        });
}
