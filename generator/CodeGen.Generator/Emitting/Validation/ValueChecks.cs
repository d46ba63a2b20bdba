using System.Globalization;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting.Validation;

/// <summary>
/// Writes the checks of one value: its own constraints, then its items, map values or record members, each with its
/// JSON path. Shared by the record partials and the client's pre-send hook.
/// </summary>
internal static class ValueChecks
{
    /// <summary>Whether a value of <paramref name="type"/> with <paramref name="constraints"/> has anything to check.</summary>
    public static bool Needed(TypeRefSpec type, ConstraintsSpec? constraints, ValidatedRecords records) => type.Kind switch
    {
        TypeKind.Object => records.Contains(type.Name!),
        TypeKind.String or TypeKind.Uri => constraints is { } c && (c.MinLength is not null || c.MaxLength is not null || c.Pattern is not null || c.Format is not null),
        TypeKind.Int32 or TypeKind.Int64 => constraints is { } c && (c.Minimum is not null || c.Maximum is not null),
        TypeKind.Single or TypeKind.Double or TypeKind.Decimal => constraints is { } c && (c.Minimum is not null || c.Maximum is not null || c.Format is "int32" or "int64"),
        TypeKind.Array => constraints is { } c && (c.MinItems is not null || c.MaxItems is not null || c.UniqueItems) || Needed(type.Element!, constraints?.Items, records),
        TypeKind.Map => constraints is { } c && (c.MinProperties is not null || c.MaxProperties is not null) || Needed(type.Element!, constraints?.Items, records),
        _ => false,
    };

    /// <summary>Writes the checks of <paramref name="value"/>, an expression that is not null, at <paramref name="path"/>.</summary>
    public static void Write(SourceWriter writer, TypeRefSpec type, ConstraintsSpec? constraints, string value, string path, CheckNames names)
    {
        string collector = names.Collector;
        switch (type.Kind)
        {
            case TypeKind.Object:
                writer.WriteLine($"(({ValidationTypes.IValidatable}){value}).CollectViolations({collector}, {path});");
                return;
            case TypeKind.String when constraints is { } c:
                WriteString(writer, c, value, path, collector);
                return;
            case TypeKind.Uri when constraints is { } c:
                // A Uri holds relative references too; the text as sent is what 'format: uri' and the lengths judge.
                WriteString(writer, c, $"({value}).OriginalString", path, collector);
                return;
            case TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal when constraints is { } c:
                WriteNumber(writer, type.Kind, c, value, path, collector);
                return;
            case TypeKind.Array:
                WriteArray(writer, type, constraints, value, path, names);
                return;
            case TypeKind.Map:
                WriteMap(writer, type, constraints, value, path, names);
                return;
        }
    }

    private static void WriteString(SourceWriter writer, ConstraintsSpec c, string value, string path, string collector)
    {
        if (c.MinLength is { } minLength)
        {
            writer.WriteLine($"{ValidationTypes.Rules}.MinLength({collector}, {path}, {value}, {Int(minLength)});");
        }

        if (c.MaxLength is { } maxLength)
        {
            writer.WriteLine($"{ValidationTypes.Rules}.MaxLength({collector}, {path}, {value}, {Int(maxLength)});");
        }

        if (c.Pattern is { } pattern)
        {
            writer.WriteLine($"{ValidationTypes.Rules}.Pattern({collector}, {path}, {value}, {CSharpLiteral.Quote(pattern)});");
        }

        if (c.Format is { } format && format is not ("int32" or "int64"))
        {
            writer.WriteLine($"{ValidationTypes.Rules}.Format({collector}, {path}, {value}, {CSharpLiteral.Quote(format)});");
        }
    }

    private static void WriteNumber(SourceWriter writer, TypeKind kind, ConstraintsSpec c, string value, string path, string collector)
    {
        if (c.Minimum is { } minimum && NumberLiterals.For(kind, minimum) is { } minLiteral)
        {
            writer.WriteLine($"{ValidationTypes.Rules}.Minimum({collector}, {path}, {value}, {minLiteral}, exclusive: {Bool(minimum.IsExclusive)}, {CSharpLiteral.Quote(minimum.Text)});");
        }

        if (c.Maximum is { } maximum && NumberLiterals.For(kind, maximum) is { } maxLiteral)
        {
            writer.WriteLine($"{ValidationTypes.Rules}.Maximum({collector}, {path}, {value}, {maxLiteral}, exclusive: {Bool(maximum.IsExclusive)}, {CSharpLiteral.Quote(maximum.Text)});");
        }

        if (c.Format is "int32" or "int64" && kind is TypeKind.Single or TypeKind.Double or TypeKind.Decimal)
        {
            string argument = kind == TypeKind.Decimal ? value : $"(double){value}";
            writer.WriteLine($"{ValidationTypes.Rules}.IntegerFormat({collector}, {path}, {argument}, {CSharpLiteral.Quote(c.Format)});");
        }
    }

    private static void WriteArray(SourceWriter writer, TypeRefSpec type, ConstraintsSpec? c, string value, string path, CheckNames names)
    {
        string collector = names.Collector;
        if (c?.MinItems is { } minItems)
        {
            writer.WriteLine($"{ValidationTypes.Rules}.MinItems({collector}, {path}, {value}.Count, {Int(minItems)});");
        }

        if (c?.MaxItems is { } maxItems)
        {
            writer.WriteLine($"{ValidationTypes.Rules}.MaxItems({collector}, {path}, {value}.Count, {Int(maxItems)});");
        }

        if (c?.UniqueItems == true)
        {
            writer.WriteLine($"{ValidationTypes.Rules}.UniqueItems({collector}, {path}, {value});");
        }

        TypeRefSpec element = type.Element!;
        if (!Needed(element, c?.Items, names.Records))
        {
            return;
        }

        string index = names.Next("index");
        using (writer.Block($"for (int {index} = 0; {index} < {value}.Count; {index}++)"))
        {
            WriteItem(writer, element, type.ElementIsNullable, c?.Items, $"{value}[{index}]", $"{ValidationTypes.JsonPath}.Index({path}, {index})", names);
        }
    }

    private static void WriteMap(SourceWriter writer, TypeRefSpec type, ConstraintsSpec? c, string value, string path, CheckNames names)
    {
        string collector = names.Collector;
        if (c?.MinProperties is { } minProperties)
        {
            writer.WriteLine($"{ValidationTypes.Rules}.MinProperties({collector}, {path}, {value}.Count, {Int(minProperties)});");
        }

        if (c?.MaxProperties is { } maxProperties)
        {
            writer.WriteLine($"{ValidationTypes.Rules}.MaxProperties({collector}, {path}, {value}.Count, {Int(maxProperties)});");
        }

        TypeRefSpec element = type.Element!;
        if (!Needed(element, c?.Items, names.Records))
        {
            return;
        }

        string entry = names.Next("entry");
        using (writer.Block($"foreach (var {entry} in {value})"))
        {
            WriteItem(writer, element, type.ElementIsNullable, c?.Items, $"{entry}.Value", $"{ValidationTypes.JsonPath}.Key({path}, {entry}.Key)", names);
        }
    }

    /// <summary>An item or map value: checked when present; a null one is the schema's business, not a length or range.</summary>
    private static void WriteItem(SourceWriter writer, TypeRefSpec type, bool isNullable, ConstraintsSpec? constraints, string value, string path, CheckNames names)
    {
        string itemPath = names.Next("path");
        if (type.IsValueType && !isNullable)
        {
            string item = names.Next("item");
            writer.WriteLine($"var {item} = {value};");
            writer.WriteLine($"string {itemPath} = {path};");
            Write(writer, type, constraints, item, itemPath, names);
            return;
        }

        string present = names.Next("item");
        using (writer.Block($"if ({value} is {{ }} {present})"))
        {
            writer.WriteLine($"string {itemPath} = {path};");
            Write(writer, type, constraints, present, itemPath, names);
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
