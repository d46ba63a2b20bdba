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

    /// <summary>
    /// Writes the checks of <paramref name="value"/>, an expression that is not null, at <paramref name="path"/>. A
    /// bound, length or count is tested inline first, so the rule (and the path) is reached only when it is broken;
    /// a pattern, a format, uniqueness and everything nested need the path whatever the value.
    /// </summary>
    public static void Write(SourceWriter writer, TypeRefSpec type, ConstraintsSpec? constraints, string value, CheckPath path, CheckNames names)
    {
        string collector = names.Collector;
        switch (type.Kind)
        {
            case TypeKind.Object:
                writer.WriteLine($"(({ValidationTypes.IValidatable}){value}).CollectViolations({collector}, {path.Always(writer, names)});");
                return;
            case TypeKind.String when constraints is { } c:
                WriteString(writer, c, value, path, names);
                return;
            case TypeKind.Uri when constraints is { } c:
                // A Uri holds relative references too; the text as sent is what 'format: uri' and the lengths judge.
                WriteString(writer, c, $"({value}).OriginalString", path, names);
                return;
            case TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal when constraints is { } c:
                WriteNumber(writer, type.Kind, c, value, path, names);
                return;
            case TypeKind.Array:
                WriteArray(writer, type, constraints, value, path, names);
                return;
            case TypeKind.Map:
                WriteMap(writer, type, constraints, value, path, names);
                return;
        }
    }

    /// <summary>Writes <paramref name="call"/> (which names the path) inside <c>if (<paramref name="broken"/>)</c>.</summary>
    public static void WriteWhenBroken(SourceWriter writer, string broken, string call)
    {
        using (writer.SeparateFromBlock().Block($"if ({broken})"))
        {
            writer.WriteLine(call);
        }
    }

    private static void WriteString(SourceWriter writer, ConstraintsSpec c, string value, CheckPath path, CheckNames names)
    {
        string collector = names.Collector;
        string? format = c.Format is { } f && f is not ("int32" or "int64") ? f : null;
        if (c.Pattern is not null || format is not null)
        {
            path.Always(writer, names);
        }

        if (c.MinLength is { } minLength)
        {
            WriteWhenBroken(writer, $"{ValidationTypes.Rules}.CodePointLength({value}) < {Int(minLength)}", $"{ValidationTypes.Rules}.MinLength({collector}, {path.OnFailure}, {value}, {Int(minLength)});");
        }

        if (c.MaxLength is { } maxLength)
        {
            WriteWhenBroken(writer, $"{ValidationTypes.Rules}.CodePointLength({value}) > {Int(maxLength)}", $"{ValidationTypes.Rules}.MaxLength({collector}, {path.OnFailure}, {value}, {Int(maxLength)});");
        }

        if (c.Pattern is { } pattern)
        {
            writer.SeparateFromBlock().WriteLine($"{ValidationTypes.Rules}.Pattern({collector}, {path.OnFailure}, {value}, {CSharpLiteral.Quote(pattern)});");
        }

        if (format is not null)
        {
            writer.SeparateFromBlock().WriteLine($"{ValidationTypes.Rules}.Format({collector}, {path.OnFailure}, {value}, {CSharpLiteral.Quote(format)});");
        }
    }

    private static void WriteNumber(SourceWriter writer, TypeKind kind, ConstraintsSpec c, string value, CheckPath path, CheckNames names)
    {
        string collector = names.Collector;
        bool checksIntegerFormat = c.Format is "int32" or "int64" && kind is TypeKind.Single or TypeKind.Double or TypeKind.Decimal;
        if (checksIntegerFormat)
        {
            path.Always(writer, names);
        }

        // Negated comparisons, so that a NaN breaks both bounds, as the rules say.
        if (c.Minimum is { } minimum && NumberLiterals.For(kind, minimum) is { } minLiteral)
        {
            WriteWhenBroken(
                writer,
                $"!({value} {(minimum.IsExclusive ? ">" : ">=")} {minLiteral})",
                $"{ValidationTypes.Rules}.Minimum({collector}, {path.OnFailure}, {value}, {minLiteral}, exclusive: {Bool(minimum.IsExclusive)}, {CSharpLiteral.Quote(minimum.Text)});");
        }

        if (c.Maximum is { } maximum && NumberLiterals.For(kind, maximum) is { } maxLiteral)
        {
            WriteWhenBroken(
                writer,
                $"!({value} {(maximum.IsExclusive ? "<" : "<=")} {maxLiteral})",
                $"{ValidationTypes.Rules}.Maximum({collector}, {path.OnFailure}, {value}, {maxLiteral}, exclusive: {Bool(maximum.IsExclusive)}, {CSharpLiteral.Quote(maximum.Text)});");
        }

        if (checksIntegerFormat)
        {
            string argument = kind == TypeKind.Decimal ? value : $"(double){value}";
            writer.SeparateFromBlock().WriteLine($"{ValidationTypes.Rules}.IntegerFormat({collector}, {path.OnFailure}, {argument}, {CSharpLiteral.Quote(c.Format!)});");
        }
    }

    private static void WriteArray(SourceWriter writer, TypeRefSpec type, ConstraintsSpec? c, string value, CheckPath path, CheckNames names)
    {
        string collector = names.Collector;
        TypeRefSpec element = type.Element!;
        bool checksItems = Needed(element, c?.Items, names.Records);
        if (c?.UniqueItems == true || checksItems)
        {
            path.Always(writer, names);
        }

        if (c?.MinItems is { } minItems)
        {
            WriteWhenBroken(writer, $"{value}.Count < {Int(minItems)}", $"{ValidationTypes.Rules}.MinItems({collector}, {path.OnFailure}, {value}.Count, {Int(minItems)});");
        }

        if (c?.MaxItems is { } maxItems)
        {
            WriteWhenBroken(writer, $"{value}.Count > {Int(maxItems)}", $"{ValidationTypes.Rules}.MaxItems({collector}, {path.OnFailure}, {value}.Count, {Int(maxItems)});");
        }

        if (c?.UniqueItems == true)
        {
            writer.SeparateFromBlock().WriteLine($"{ValidationTypes.Rules}.UniqueItems({collector}, {path.OnFailure}, {value});");
        }

        if (!checksItems)
        {
            return;
        }

        string index = names.Next("index");
        using (writer.SeparateFromBlock().Block($"for (int {index} = 0; {index} < {value}.Count; {index}++)"))
        {
            WriteItem(writer, element, type.ElementIsNullable, c?.Items, $"{value}[{index}]", CheckPath.Computed($"{ValidationTypes.JsonPath}.Index({path.OnFailure}, {index})"), names);
        }
    }

    private static void WriteMap(SourceWriter writer, TypeRefSpec type, ConstraintsSpec? c, string value, CheckPath path, CheckNames names)
    {
        string collector = names.Collector;
        TypeRefSpec element = type.Element!;
        bool checksValues = Needed(element, c?.Items, names.Records);
        if (checksValues)
        {
            path.Always(writer, names);
        }

        if (c?.MinProperties is { } minProperties)
        {
            WriteWhenBroken(writer, $"{value}.Count < {Int(minProperties)}", $"{ValidationTypes.Rules}.MinProperties({collector}, {path.OnFailure}, {value}.Count, {Int(minProperties)});");
        }

        if (c?.MaxProperties is { } maxProperties)
        {
            WriteWhenBroken(writer, $"{value}.Count > {Int(maxProperties)}", $"{ValidationTypes.Rules}.MaxProperties({collector}, {path.OnFailure}, {value}.Count, {Int(maxProperties)});");
        }

        if (!checksValues)
        {
            return;
        }

        string entry = names.Next("entry");
        using (writer.SeparateFromBlock().Block($"foreach (var {entry} in {value})"))
        {
            WriteItem(writer, element, type.ElementIsNullable, c?.Items, $"{entry}.Value", CheckPath.Computed($"{ValidationTypes.JsonPath}.Key({path.OnFailure}, {entry}.Key)"), names);
        }
    }

    /// <summary>An item or map value: checked when present; a null one is the schema's business, not a length or range.</summary>
    private static void WriteItem(SourceWriter writer, TypeRefSpec type, bool isNullable, ConstraintsSpec? constraints, string value, CheckPath path, CheckNames names)
    {
        if (type.IsValueType && !isNullable)
        {
            string item = names.Next("item");
            writer.WriteLine($"var {item} = {value};");
            Write(writer, type, constraints, item, path, names);
            return;
        }

        string present = names.Next("item");
        using (writer.Block($"if ({value} is {{ }} {present})"))
        {
            Write(writer, type, constraints, present, path, names);
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
