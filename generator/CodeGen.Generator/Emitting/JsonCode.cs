using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// Writes the statements that read or write one value of a <see cref="TypeRefSpec"/> with
/// <c>Utf8JsonReader</c>/<c>Utf8JsonWriter</c>. Nested objects and enums go straight to their generated
/// converter's <c>Instance</c>: no options lookup, no reflection.
/// </summary>
internal sealed class JsonCode
{
    private readonly string _namespace;
    private int _nextLocal;

    public JsonCode(string @namespace) => _namespace = @namespace;

    /// <summary>Reads the value under the reader (never a JSON null) into <paramref name="target"/>.</summary>
    public void WriteRead(SourceWriter writer, TypeRefSpec type, string target, string memberName)
    {
        string member = CSharpLiteral.Quote(memberName);
        switch (type.Kind)
        {
            case TypeKind.Array:
                WriteReadArray(writer, type, target, member, memberName);
                return;
            case TypeKind.Map:
                WriteReadMap(writer, type, target, memberName);
                return;
            default:
                writer.WriteLine($"{target} = {ScalarRead(type, memberName)};");
                return;
        }
    }

    /// <summary>Writes <paramref name="value"/>, which is not null, as a JSON value.</summary>
    public void WriteWrite(SourceWriter writer, TypeRefSpec type, string value)
    {
        if (ScalarWrite(type, value) is { } scalar)
        {
            writer.WriteLine($"writer.Write{scalar.Method}Value({scalar.Argument});");
            return;
        }

        switch (type.Kind)
        {
            case TypeKind.Any:
                writer.WriteLine($"{value}.WriteTo(writer);");
                return;
            case TypeKind.Object:
            case TypeKind.Union:
                writer.WriteLine($"{CSharpTypeNames.ConverterOf(type.Name!, _namespace)}.Instance.Write(writer, {value}, options);");
                return;
            case TypeKind.Array:
            {
                string item = NewLocal("item");
                writer.WriteLine("writer.WriteStartArray();");
                using (writer.Block($"foreach ({CSharpTypeNames.Of(type.Element!, _namespace, type.ElementIsNullable)} {item} in {value})"))
                {
                    WriteElement(writer, type, item);
                }

                writer.WriteLine("writer.WriteEndArray();");
                return;
            }

            case TypeKind.Map:
            {
                string entry = NewLocal("entry");
                writer.WriteLine("writer.WriteStartObject();");
                using (writer.Block($"foreach ({KnownTypes.KeyValuePairOf}<string, {CSharpTypeNames.Of(type.Element!, _namespace, type.ElementIsNullable)}> {entry} in {value})"))
                {
                    writer.WriteLine($"writer.WritePropertyName({entry}.Key);");
                    WriteElement(writer, type, entry + ".Value");
                }

                writer.WriteLine("writer.WriteEndObject();");
                return;
            }
        }
    }

    /// <summary>
    /// Writes the member <paramref name="encodedName"/> with the non-null <paramref name="value"/>. Scalars use the
    /// writer's name-and-value overloads (one call, one validation, one buffer check, as System.Text.Json's own
    /// fast path does); everything else writes the name and then the value.
    /// </summary>
    public void WriteMember(SourceWriter writer, TypeRefSpec type, string encodedName, string value)
    {
        if (ScalarWrite(type, value) is { } scalar)
        {
            writer.WriteLine($"writer.Write{scalar.Method}({encodedName}, {scalar.Argument});");
            return;
        }

        writer.WriteLine($"writer.WritePropertyName({encodedName});");
        WriteWrite(writer, type, value);
    }

    /// <summary>
    /// How a scalar is written: the <c>Utf8JsonWriter</c> method stem (<c>String</c> for <c>WriteString</c> and
    /// <c>WriteStringValue</c>) and its argument; null for records, unions, collections and free-form values.
    /// </summary>
    private static (string Method, string Argument)? ScalarWrite(TypeRefSpec type, string value) => type.Kind switch
    {
        TypeKind.String or TypeKind.DateTimeOffset or TypeKind.Guid => ("String", value),
        TypeKind.Enum => ("String", value + ".Value"),
        TypeKind.IntegerEnum => ("Number", value + ".Value"),
        TypeKind.Uri => ("String", $"{KnownTypes.JsonFormats}.FormatUri({value})"),
        TypeKind.Duration => ("String", $"{KnownTypes.JsonFormats}.FormatDuration({value})"),
        TypeKind.Date => ("String", $"{KnownTypes.DateFormats}.FormatDate({value})"),
        TypeKind.Time => ("String", $"{KnownTypes.DateFormats}.FormatTime({value})"),
        TypeKind.Bytes => ("Base64String", value),
        TypeKind.Boolean => ("Boolean", value),
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => ("Number", value),
        _ => null,
    };

    public string NewLocal(string prefix) => prefix + (_nextLocal++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void WriteElement(SourceWriter writer, TypeRefSpec collection, string element)
    {
        if (!collection.ElementIsNullable)
        {
            WriteWrite(writer, collection.Element!, element);
            return;
        }

        string present = NewLocal("present");
        using (writer.Block($"if ({element} is {{ }} {present})"))
        {
            WriteWrite(writer, collection.Element!, present);
        }

        using (writer.Block("else"))
        {
            writer.WriteLine("writer.WriteNullValue();");
        }
    }

    private void WriteReadArray(SourceWriter writer, TypeRefSpec type, string target, string memberLiteral, string memberName)
    {
        string list = NewLocal("list");
        string elementType = CSharpTypeNames.Of(type.Element!, _namespace, type.ElementIsNullable);
        writer.WriteLine($"{KnownTypes.JsonReading}.ExpectStartArray(ref reader, {memberLiteral});");
        writer.WriteLine($"var {list} = new {KnownTypes.ListOf}<{elementType}>();");
        using (writer.Block($"while ({KnownTypes.JsonReading}.NextToken(ref reader) != {KnownTypes.JsonTokenType}.EndArray)"))
        {
            string item = NewLocal("item");
            writer.WriteLine($"{elementType} {item};");
            WriteReadElement(writer, type, item, memberName + "[]");
            writer.WriteLine($"{list}.Add({item});");
        }

        writer.WriteLine($"{target} = {list};");
    }

    private void WriteReadMap(SourceWriter writer, TypeRefSpec type, string target, string memberName)
    {
        string map = NewLocal("map");
        string elementType = CSharpTypeNames.Of(type.Element!, _namespace, type.ElementIsNullable);
        writer.WriteLine($"{KnownTypes.JsonReading}.ExpectStartObject(ref reader, {CSharpLiteral.Quote(memberName)});");
        writer.WriteLine($"var {map} = new {KnownTypes.DictionaryOf}<string, {elementType}>({KnownTypes.StringComparer}.Ordinal);");
        using (writer.Block($"while ({KnownTypes.JsonReading}.NextToken(ref reader) != {KnownTypes.JsonTokenType}.EndObject)"))
        {
            string key = NewLocal("key");
            string item = NewLocal("value");
            writer.WriteLine($"string {key} = reader.GetString()!;");
            writer.WriteLine($"{KnownTypes.JsonReading}.MoveToValue(ref reader);");
            writer.WriteLine($"{elementType} {item};");
            WriteReadElement(writer, type, item, memberName + "{}");
            writer.WriteLine($"{map}[{key}] = {item};");
        }

        writer.WriteLine($"{target} = {map};");
    }

    private void WriteReadElement(SourceWriter writer, TypeRefSpec collection, string item, string memberName)
    {
        using (writer.Block($"if (reader.TokenType == {KnownTypes.JsonTokenType}.Null)"))
        {
            writer.WriteLine(collection.ElementIsNullable
                ? $"{item} = null;"
                : $"throw new {KnownTypes.JsonException}({CSharpLiteral.Quote($"'{memberName}' must not contain null items.")});");
        }

        using (writer.Block("else"))
        {
            WriteRead(writer, collection.Element!, item, memberName);
        }
    }

    /// <summary>Whether <see cref="ScalarRead"/> covers the type: everything but lists and maps.</summary>
    public static bool IsScalar(TypeRefSpec type) => type.Kind is not (TypeKind.Array or TypeKind.Map);

    /// <summary>An expression reading a non-null scalar, record or enum under the reader.</summary>
    public string ScalarRead(TypeRefSpec type, string memberName)
    {
        string member = CSharpLiteral.Quote(memberName);
        return type.Kind switch
    {
        TypeKind.String => $"{KnownTypes.JsonReading}.ReadString(ref reader, {member})",
        TypeKind.Boolean => $"{KnownTypes.JsonReading}.ReadBoolean(ref reader, {member})",
        TypeKind.Int32 => $"{KnownTypes.JsonReading}.ReadInt32(ref reader, {member})",
        TypeKind.Int64 => $"{KnownTypes.JsonReading}.ReadInt64(ref reader, {member})",
        TypeKind.Single => $"{KnownTypes.JsonReading}.ReadSingle(ref reader, {member})",
        TypeKind.Double => $"{KnownTypes.JsonReading}.ReadDouble(ref reader, {member})",
        TypeKind.Decimal => $"{KnownTypes.JsonReading}.ReadDecimal(ref reader, {member})",
        TypeKind.DateTimeOffset => $"{KnownTypes.JsonReading}.ReadDateTimeOffset(ref reader, {member})",
        TypeKind.Guid => $"{KnownTypes.JsonReading}.ReadGuid(ref reader, {member})",
        TypeKind.Bytes => $"{KnownTypes.JsonReading}.ReadBytes(ref reader, {member})",
        TypeKind.Uri => $"{KnownTypes.JsonFormats}.ReadUri(ref reader, {member})",
        TypeKind.Duration => $"{KnownTypes.JsonFormats}.ReadDuration(ref reader, {member})",
        TypeKind.Date => $"{KnownTypes.DateFormats}.ReadDate(ref reader, {member})",
        TypeKind.Time => $"{KnownTypes.DateFormats}.ReadTime(ref reader, {member})",
        TypeKind.Any => $"{KnownTypes.JsonReading}.ReadElement(ref reader)",
        // JsonConverter<T>.Read is declared T?; a record converter never returns null, an enum is a struct.
        TypeKind.Object or TypeKind.Union => $"{ConverterRead(type)}!",
        TypeKind.Enum or TypeKind.IntegerEnum => ConverterRead(type),
        _ => throw new System.ArgumentOutOfRangeException(nameof(type)),
        };
    }

    private string ConverterRead(TypeRefSpec type)
        => $"{CSharpTypeNames.ConverterOf(type.Name!, _namespace)}.Instance.Read(ref reader, typeof({CSharpTypeNames.Of(type, _namespace)}), options)";
}
