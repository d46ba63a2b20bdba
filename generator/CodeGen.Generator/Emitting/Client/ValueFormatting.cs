using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting.Client;

/// <summary>C# expressions that turn a parameter or field value into the text or <c>ParameterValue</c> the runtime writes.</summary>
internal static class ValueFormatting
{
    private const string ParameterValue = "global::CodeGen.Runtime.Http.ParameterValue";

    /// <summary>The text of one primitive value (never <see langword="null"/>).</summary>
    public static string Text(TypeRefSpec type, string value) => type.Kind switch
    {
        TypeKind.String => value,
        TypeKind.Enum => value + ".Value",
        TypeKind.Any => value + ".GetRawText()",
        TypeKind.Bytes => $"global::System.Convert.ToBase64String({value})",
        TypeKind.IntegerEnum => $"{KnownTypes.ParameterFormatter}.Format({value}.Value)",
        TypeKind.Uri => $"{KnownTypes.JsonFormats}.FormatUri({value})",
        TypeKind.Duration => $"{KnownTypes.JsonFormats}.FormatDuration({value})",
        TypeKind.Date => $"{KnownTypes.DateFormats}.FormatDate({value})",
        TypeKind.Time => $"{KnownTypes.DateFormats}.FormatTime({value})",
        TypeKind.Object or TypeKind.Union or TypeKind.Array or TypeKind.Map => value + ".ToString()",
        _ => $"{KnownTypes.ParameterFormatter}.Format({value})",
    };

    /// <summary>The text of an item that may be <see langword="null"/>, which is written as the empty string.</summary>
    public static string ItemText(TypeRefSpec type, bool nullable, string value, string presentName)
    {
        if (!nullable)
        {
            return Text(type, value);
        }

        return type.IsValueType
            ? $"({value} is {{ }} {presentName} ? {Text(type, presentName)} : string.Empty)"
            : $"({value} is null ? string.Empty : {Text(type, value)})";
    }

    /// <summary>A <c>ParameterValue</c> for a value known not to be <see langword="null"/>.</summary>
    public static string ParameterValueOf(TypeRefSpec type, string value, AdHocConverters converters) => type.Kind switch
    {
        TypeKind.Array => $"{ParameterValue}.List(global::System.Linq.Enumerable.Select({value}, item => {ItemText(type.Element!, type.ElementIsNullable, "item", "itemValue")}))",
        TypeKind.Map => $"{ParameterValue}.Object(global::System.Linq.Enumerable.Select({value}, entry => new {KnownTypes.KeyValuePairOf}<string, string>(entry.Key, {ItemText(type.Element!, type.ElementIsNullable, "entry.Value", "entryValue")})))",
        TypeKind.Object => $"{ParameterValue}.FromJson({value}, {converters.For(type)}.Instance)",
        _ => $"{ParameterValue}.Of({Text(type, value)})",
    };

    /// <summary>A <c>ParameterValue?</c> that is <see langword="null"/> when an optional argument was left out.</summary>
    public static string OptionalParameterValueOf(TypeRefSpec type, string name, AdHocConverters converters)
    {
        if (type.IsValueType)
        {
            string present = name.TrimStart('@') + "Value";
            return $"{name} is {{ }} {present} ? {ParameterValueOf(type, present, converters)} : ({ParameterValue}?)null";
        }

        return $"{name} is null ? ({ParameterValue}?)null : {ParameterValueOf(type, name, converters)}";
    }

    /// <summary>The runtime's <c>ParameterStyle</c> member.</summary>
    public static string Style(ParameterStyleKind style) => "global::CodeGen.Runtime.Http.ParameterStyle." + style;

    public static string Bool(bool value) => value ? "true" : "false";
}
