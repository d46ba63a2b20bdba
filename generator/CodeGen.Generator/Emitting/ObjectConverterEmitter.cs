using System.Collections.Generic;
using CodeGen.Generator.Model;
using CodeGen.Generator.Naming;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// Writes the reflection-free converter of a record. Reading accepts members in any order, ignores unknown
/// ones and names the member in every error; writing leaves out unset optional members.
/// </summary>
internal static class ObjectConverterEmitter
{
    public static string Emit(ObjectSpec spec, string @namespace)
        => GeneratedFileLayout.Write(@namespace, writer =>
        {
            string type = CSharpTypeNames.Qualified(spec.Name, @namespace);
            string converter = spec.Name + "JsonConverter";
            var locals = new NameScope(new[] { "reader", "writer", "value", "options", "typeToConvert", "Instance" });
            var members = new List<(PropertySpec Property, string EncodedName, string Local, string HasFlag)>();
            foreach (PropertySpec property in System.Linq.Enumerable.Concat(spec.InheritedProperties, spec.Properties))
            {
                string local = locals.Claim(Identifiers.ToCamelCase(property.Name).TrimStart('@') + "Value");
                members.Add((property, "s_" + local.Substring(0, local.Length - "Value".Length) + "JsonName", local, locals.Claim("has" + property.Name)));
            }

            writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{type}\"/> with <c>Utf8JsonReader</c>/<c>Utf8JsonWriter</c>, without reflection.</summary>");
            using (writer.Block($"internal sealed class {converter} : {KnownTypes.JsonConverterOf}<{type}>"))
            {
                writer.WriteLine("/// <summary>The shared instance; the converter keeps no state.</summary>");
                writer.WriteLine($"internal static readonly {converter} Instance = new {converter}();");
                writer.WriteLine();
                PolymorphicDispatchEmitter.WriteDiscriminatorName(writer, spec);
                foreach ((PropertySpec property, string encodedName, _, _) in members)
                {
                    writer.WriteLine($"private static readonly {KnownTypes.JsonEncodedText} {encodedName} = {KnownTypes.JsonEncodedText}.Encode({CSharpLiteral.Quote(property.JsonName)});");
                }

                if (members.Count > 0)
                {
                    writer.WriteLine();
                }

                WriteRead(writer, spec, type, members, @namespace);
                writer.WriteLine();
                WriteWrite(writer, spec, type, members, @namespace);
            }
        }, GeneratedFileLayout.AllowObsoleteUse);

    private static void WriteRead(SourceWriter writer, ObjectSpec spec, string type, List<(PropertySpec Property, string EncodedName, string Local, string HasFlag)> members, string @namespace)
    {
        var code = new JsonCode(@namespace);
        string typeLiteral = CSharpLiteral.Quote(spec.Name);
        writer.WriteLine("/// <inheritdoc />");
        using (writer.Block($"public override {type} Read(ref {KnownTypes.Utf8JsonReader} reader, {KnownTypes.Type} typeToConvert, {KnownTypes.JsonSerializerOptions} options)"))
        {
            PolymorphicDispatchEmitter.WriteReadDispatch(writer, spec, @namespace);
            writer.WriteLine($"{KnownTypes.JsonReading}.ExpectStartObject(ref reader, {typeLiteral});");
            foreach ((PropertySpec property, _, string local, string hasFlag) in members)
            {
                bool localNullable = !property.Type.IsValueType || !property.IsRequired || property.IsNullable;
                string initial = localNullable ? "null" : "default";
                writer.WriteLine($"{CSharpTypeNames.Of(property.Type, @namespace, localNullable)} {local} = {initial};");
                if (ChecksPresence(property))
                {
                    writer.WriteLine($"bool {hasFlag} = false;");
                }
            }

            string? extrasLocal = null;
            if (spec.ExtraMembers is { } extraMembers)
            {
                extrasLocal = "extraMembers";
                writer.WriteLine($"{KnownTypes.DictionaryOf}<string, {CSharpTypeNames.Of(extraMembers.Value, @namespace, extraMembers.ValueIsNullable)}>? {extrasLocal} = null;");
            }

            writer.WriteLine();
            using (writer.Block($"while ({KnownTypes.JsonReading}.NextToken(ref reader) != {KnownTypes.JsonTokenType}.EndObject)"))
            {
                bool first = true;
                foreach ((PropertySpec property, string encodedName, string local, string hasFlag) in members)
                {
                    using (writer.Block($"{(first ? string.Empty : "else ")}if (reader.ValueTextEquals({encodedName}.EncodedUtf8Bytes))"))
                    {
                        if (property.IsWriteOnly)
                        {
                            writer.WriteLine($"{KnownTypes.JsonReading}.MoveToValue(ref reader);");
                            writer.WriteLine("// writeOnly: the client sends it; a copy in what is read is skipped.");
                            writer.WriteLine("reader.Skip();");
                        }
                        else
                        {
                            writer.WriteLine(property.IsRequired && !property.IsNullable
                                ? $"{KnownTypes.JsonReading}.MoveToNonNullValue(ref reader, {typeLiteral}, {CSharpLiteral.Quote(property.JsonName)});"
                                : $"{KnownTypes.JsonReading}.MoveToValue(ref reader);");
                            if (property.IsRequired)
                            {
                                writer.WriteLine($"{hasFlag} = true;");
                            }

                            WriteMemberRead(writer, code, spec, property, local, @namespace);
                        }
                    }

                    first = false;
                }

                using (writer.Block(first ? "" : "else"))
                {
                    if (spec.ExtraMembers is { } extra)
                    {
                        WriteExtraMemberRead(writer, code, spec, extra, extrasLocal!, @namespace);
                    }
                    else
                    {
                        writer.WriteLine("// Members the document does not know are skipped, so servers can add fields.");
                        writer.WriteLine($"{KnownTypes.JsonReading}.MoveToValue(ref reader);");
                        writer.WriteLine("reader.Skip();");
                    }
                }
            }

            bool anyRequired = false;
            foreach ((PropertySpec property, _, _, string hasFlag) in members)
            {
                if (ChecksPresence(property))
                {
                    if (!anyRequired)
                    {
                        writer.WriteLine();
                        anyRequired = true;
                    }

                    writer.WriteLine($"{KnownTypes.JsonReading}.RequireMember({hasFlag}, {typeLiteral}, {CSharpLiteral.Quote(property.JsonName)});");
                }
            }

            writer.WriteLine();
            using (writer.Block($"return new {type}", "};"))
            {
                foreach ((PropertySpec property, _, string local, _) in members)
                {
                    bool needsBang = property.IsRequired && !property.IsNullable && !property.Type.IsValueType;
                    writer.WriteLine($"{property.Name} = {local}{(needsBang ? "!" : string.Empty)},");
                }

                if (spec.ExtraMembers is { } extra)
                {
                    writer.WriteLine($"{extra.Name} = {extrasLocal},");
                }
            }
        }
    }

    /// <summary>A required member must be in what is read, unless it is write-only: then it is never read.</summary>
    private static bool ChecksPresence(PropertySpec property) => property.IsRequired && !property.IsWriteOnly;

    private static void WriteExtraMemberRead(SourceWriter writer, JsonCode code, ObjectSpec spec, ExtraMembersSpec extra, string extras, string @namespace)
    {
        writer.WriteLine("// Undeclared members are kept: the schema allows them (additionalProperties).");
        string key = code.NewLocal("extraKey");
        string item = code.NewLocal("extraValue");
        writer.WriteLine($"string {key} = reader.GetString()!;");
        writer.WriteLine($"{KnownTypes.JsonReading}.MoveToValue(ref reader);");
        writer.WriteLine($"{CSharpTypeNames.Of(extra.Value, @namespace, extra.ValueIsNullable)} {item};");
        if (extra.Value.Kind == TypeKind.Any)
        {
            // Free-form values keep a JSON null as a null element, so it is written back as it came.
            code.WriteRead(writer, extra.Value, item, "additionalProperties");
        }
        else
        {
            using (writer.Block($"if (reader.TokenType == {KnownTypes.JsonTokenType}.Null)"))
            {
                writer.WriteLine(extra.ValueIsNullable
                    ? $"{item} = null;"
                    : $"throw {KnownTypes.JsonReading}.NullNotAllowed({CSharpLiteral.Quote(spec.Name)}, {key});");
            }

            using (writer.Block("else"))
            {
                code.WriteRead(writer, extra.Value, item, "additionalProperties");
            }
        }

        writer.WriteLine($"({extras} ??= new {KnownTypes.DictionaryOf}<string, {CSharpTypeNames.Of(extra.Value, @namespace, extra.ValueIsNullable)}>({KnownTypes.StringComparer}.Ordinal))[{key}] = {item};");
    }

    private static void WriteMemberRead(SourceWriter writer, JsonCode code, ObjectSpec spec, PropertySpec property, string local, string @namespace)
    {
        bool nullAllowed = !property.IsRequired || property.IsNullable;
        if (nullAllowed && JsonCode.IsScalar(property.Type))
        {
            string read = property.Type.Kind == TypeKind.DateTimeOffset && !property.IsRequired
                ? $"{KnownTypes.JsonReading}.ReadOptionalDateTimeOffset(ref reader, {CSharpLiteral.Quote(property.JsonName)})"
                : code.ScalarRead(property.Type, property.JsonName);
            // An open enum converts implicitly from string, so a bare null would bind to that conversion.
            string none = property.Type.Kind is TypeKind.Enum or TypeKind.IntegerEnum ? $"({CSharpTypeNames.Of(property.Type, @namespace)}?)null" : "null";
            writer.WriteLine($"{local} = reader.TokenType == {KnownTypes.JsonTokenType}.Null ? {none} : {read};");
            return;
        }

        // MoveToNonNullValue has rejected a null already.
        if (property.IsRequired && !property.IsNullable)
        {
            code.WriteRead(writer, property.Type, local, property.JsonName);
            return;
        }

        using (writer.Block($"if (reader.TokenType == {KnownTypes.JsonTokenType}.Null)"))
        {
            writer.WriteLine($"{local} = null;");
        }

        // Only arrays and maps are left: scalars that allow null were read above.
        using (writer.Block("else"))
        {
            code.WriteRead(writer, property.Type, local, property.JsonName);
        }
    }

    private static void WriteWrite(SourceWriter writer, ObjectSpec spec, string type, List<(PropertySpec Property, string EncodedName, string Local, string HasFlag)> members, string @namespace)
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

            PolymorphicDispatchEmitter.WriteWriteDispatch(writer, spec, @namespace);
            writer.WriteLine();
            writer.WriteLine("writer.WriteStartObject();");
            foreach ((PropertySpec property, string encodedName, _, _) in members)
            {
                if (property.IsReadOnly)
                {
                    continue;
                }

                if (property.IsRequired && !property.IsNullable && property.Type.IsValueType)
                {
                    code.WriteMember(writer, property.Type, encodedName, "value." + property.Name);
                    continue;
                }

                if (property.Type.Kind == TypeKind.String)
                {
                    // One line per string member: WriteString sends a null string as JSON null, as a required member is sent.
                    writer.WriteLine(property.IsRequired
                        ? $"writer.WriteString({encodedName}, value.{property.Name});"
                        : $"{KnownTypes.JsonWriting}.WriteStringIfSet(writer, {encodedName}, value.{property.Name});");
                    continue;
                }

                string present = code.NewLocal(Identifiers.ToCamelCase(property.Name).TrimStart('@'));
                using (writer.Block($"if (value.{property.Name} is {{ }} {present})"))
                {
                    code.WriteMember(writer, property.Type, encodedName, present);
                }

                if (property.IsRequired)
                {
                    // A required member is always sent: as null when the schema allows it, and as null for the server
                    // to reject otherwise, rather than silently dropping what the caller left unset.
                    using (writer.Block("else"))
                    {
                        writer.WriteLine($"writer.WriteNull({encodedName});");
                    }
                }
            }

            if (spec.ExtraMembers is { } extra)
            {
                string extras = code.NewLocal("extras");
                string entry = code.NewLocal("entry");
                using (writer.Block($"if (value.{extra.Name} is {{ }} {extras})"))
                {
                    using (writer.Block($"foreach ({KnownTypes.KeyValuePairOf}<string, {CSharpTypeNames.Of(extra.Value, @namespace, extra.ValueIsNullable)}> {entry} in {extras})"))
                    {
                        writer.WriteLine($"writer.WritePropertyName({entry}.Key);");
                        if (extra.ValueIsNullable)
                        {
                            string present = code.NewLocal("present");
                            using (writer.Block($"if ({entry}.Value is {{ }} {present})"))
                            {
                                code.WriteWrite(writer, extra.Value, present);
                            }

                            using (writer.Block("else"))
                            {
                                writer.WriteLine("writer.WriteNullValue();");
                            }
                        }
                        else
                        {
                            code.WriteWrite(writer, extra.Value, entry + ".Value");
                        }
                    }
                }
            }

            writer.WriteLine("writer.WriteEndObject();");
        }
    }
}
