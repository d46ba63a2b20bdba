using CodeGen.Generator.Model;
using CodeGen.Generator.Pipeline;

namespace CodeGen.Generator.Emitting;

/// <summary>Writes the record for an object schema.</summary>
internal static class RecordEmitter
{
    public static string Emit(ObjectSpec spec, string @namespace, EmitOptions options)
        => GeneratedFileLayout.Write(@namespace, writer =>
        {
            XmlDocs.Write(writer, spec.Documentation, fallbackSummary: $"The <c>{XmlDocs.Escape(spec.SchemaPath)}</c> schema.");
            XmlDocs.WriteObsolete(writer, spec.Documentation);
            writer.WriteLine($"[{KnownTypes.JsonConverterAttribute}(typeof({CSharpTypeNames.ConverterOf(spec.Name, @namespace)}))]");
            // A base stays open for its derived records; the rest are sealed.
            string modifiers = spec.IsSealed ? "public sealed partial record" : "public partial record";
            string baseList = spec.BaseType is { } baseType ? " : " + CSharpTypeNames.Qualified(baseType, @namespace) : string.Empty;
            using (writer.Block($"{modifiers} {spec.Name}{baseList}"))
            {
                bool first = true;
                foreach (PropertySpec property in spec.Properties)
                {
                    if (!first)
                    {
                        writer.WriteLine();
                    }

                    first = false;
                    WriteProperty(writer, property, @namespace, options);
                }

                if (spec.ExtraMembers is { } extra)
                {
                    if (!first)
                    {
                        writer.WriteLine();
                    }

                    writer.WriteLine("/// <summary>Members the schema does not declare (<c>additionalProperties</c>), by JSON name; written back after the declared ones.</summary>");
                    writer.WriteLine($"public {KnownTypes.IReadOnlyDictionaryOf}<string, {CSharpTypeNames.Of(extra.Value, @namespace, extra.ValueIsNullable)}>? {extra.Name} {{ get; init; }}");
                }
            }
        }, spec.BaseType is null ? null : GeneratedFileLayout.AllowObsoleteUse); // A deprecated base is still the base.

    private static void WriteProperty(SourceWriter writer, PropertySpec property, string @namespace, EmitOptions options)
    {
        XmlDocs.Write(writer, property.Documentation, fallbackSummary: $"The <c>{XmlDocs.Escape(property.JsonName)}</c> member.", extraRemark: WireRemark(property));
        XmlDocs.WriteObsolete(writer, property.Documentation);

        // An optional member may be absent, so it is nullable in C# whatever the schema says about JSON null.
        bool nullable = property.IsNullable || !property.IsRequired;
        // C# rejects [Obsolete] on a required member (CS9042): a deprecated member is not forced on callers.
        // A required member with a fixed value is pre-filled, so nothing is left for `required` to force. An optional one is
        // not: absent can mean something else to the server than the value (aigc-video's shot_type), so it is only checked.
        LiteralSpec? prefill = property.IsRequired ? property.FixedValue : null;
        // OpenAPI: `required` on a readOnly member applies to responses only, so callers building a request are not forced to set it.
        bool useRequired = property.IsRequired && options.SupportsRequiredMembers && !property.Documentation.IsDeprecated && prefill is null && !property.IsReadOnly;
        string required = useRequired ? "required " : string.Empty;

        // Before C# 11 nothing forces a caller to set a required member, so a non-nullable reference would raise CS8618
        // in the consumer's build; the converter still rejects a missing member on read.
        string initializer = prefill is not null
            ? $" = {CSharpLiteral.Of(prefill, property.Type, @namespace)};"
            : property.IsRequired && !useRequired && !nullable && !property.Type.IsValueType
                ? " = default!;"
                : string.Empty;
        writer.WriteLine($"public {required}{CSharpTypeNames.Of(property.Type, @namespace, nullable)} {property.Name} {{ get; init; }}{initializer}");
    }

    private static string WireRemark(PropertySpec property)
    {
        string presence = (property.IsRequired, property.IsNullable) switch
        {
            (true, false) => "Required: always sent, never null.",
            (true, true) => "Required: always sent; may be null.",
            (false, false) => "Optional: left out of the JSON when null.",
            (false, true) => "Optional: left out of the JSON when null; the server may also send null.",
        };
        string readOnly = property.IsReadOnly ? " Read-only: sent by the server, never written." : string.Empty;
        string writeOnly = property.IsWriteOnly ? " Write-only: sent by the client, skipped when read (null or default after reading)." : string.Empty;
        string fixedValue = property.FixedValue is not { } value ? string.Empty
            : property.IsRequired ? $" Always <c>{XmlDocs.Escape(value.WireText)}</c>: pre-filled, and checked before sending."
            : $" Only <c>{XmlDocs.Escape(value.WireText)}</c>: left out unless set, and checked before sending.";
        return $"JSON name: <c>{XmlDocs.Escape(property.JsonName)}</c>. {presence}{readOnly}{writeOnly}{fixedValue}";
    }
}
