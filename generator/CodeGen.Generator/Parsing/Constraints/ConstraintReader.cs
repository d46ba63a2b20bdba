using System;
using System.Collections.Generic;
using System.Globalization;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing.Constraints;

/// <summary>
/// Reads the validation keywords of a schema into a <see cref="ConstraintsSpec"/>. Values no check can use (a negative
/// length, a bound that is not a finite number, a pattern .NET cannot parse) are reported where they are written and
/// left out, so the generated code always compiles and never throws on its own constants.
/// </summary>
internal sealed class ConstraintReader
{
    private const int MaxItemDepth = 32;

    private static readonly HashSet<string> s_stringFormats = new(StringComparer.Ordinal)
    {
        "date-time", "date", "time", "email", "uri", "uri-reference", "uuid", "ipv4", "ipv6", "hostname",
    };

    private readonly SourceLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;

    private ConstraintReader(SourceLocator locator, List<DiagnosticInfo> diagnostics)
    {
        _locator = locator;
        _diagnostics = diagnostics;
    }

    /// <summary>The constraints on a value with schema <paramref name="schema"/> at <paramref name="pointer"/>; <see langword="null"/> when there are none.</summary>
    public static ConstraintsSpec? Read(IOpenApiSchema? schema, string pointer, SourceLocator locator, List<DiagnosticInfo> diagnostics)
        => schema is null ? null : new ConstraintReader(locator, diagnostics).ReadCore(schema, pointer, 0);

    private ConstraintsSpec? ReadCore(IOpenApiSchema schema, string pointer, int depth)
    {
        ConstraintSource[] sources = ConstraintSource.Of(schema, pointer);
        int? minLength = Count(sources, "minLength", s => s.MinLength);
        int? maxLength = Count(sources, "maxLength", s => s.MaxLength);
        int? minItems = Count(sources, "minItems", s => s.MinItems);
        int? maxItems = Count(sources, "maxItems", s => s.MaxItems);
        int? minProperties = Count(sources, "minProperties", s => s.MinProperties);
        int? maxProperties = Count(sources, "maxProperties", s => s.MaxProperties);
        NumericBoundSpec? minimum = Bound(sources, "minimum", "exclusiveMinimum", s => s.Minimum, s => s.ExclusiveMinimum, preferHigher: true);
        NumericBoundSpec? maximum = Bound(sources, "maximum", "exclusiveMaximum", s => s.Maximum, s => s.ExclusiveMaximum, preferHigher: false);
        string? pattern = Pattern(sources);
        bool uniqueItems = First(sources, s => s.UniqueItems) == true;
        string? format = Format(sources);

        ReportUnsatisfiable(sources[0].Pointer, "minLength", minLength, "maxLength", maxLength);
        ReportUnsatisfiable(sources[0].Pointer, "minItems", minItems, "maxItems", maxItems);
        ReportUnsatisfiable(sources[0].Pointer, "minProperties", minProperties, "maxProperties", maxProperties);
        if (minimum is not null && maximum is not null
            && (minimum.Value > maximum.Value || (minimum.Value == maximum.Value && (minimum.IsExclusive || maximum.IsExclusive))))
        {
            Report(DiagnosticDescriptors.UnsatisfiableConstraints, sources[0].Pointer, $"The lower bound {minimum.Text}", $"the upper bound {maximum.Text}{(minimum.IsExclusive || maximum.IsExclusive ? " (exclusive)" : string.Empty)}");
        }

        ConstraintsSpec? items = depth < MaxItemDepth ? Items(sources, depth) : null;
        bool any = minLength is not null || maxLength is not null || pattern is not null || format is not null || minimum is not null
            || maximum is not null || minItems is not null || maxItems is not null || uniqueItems || minProperties is not null
            || maxProperties is not null || items is not null;
        return any
            ? new ConstraintsSpec(minLength, maxLength, pattern, format, minimum, maximum, minItems, maxItems, uniqueItems, minProperties, maxProperties, items)
            : null;
    }

    private ConstraintsSpec? Items(ConstraintSource[] sources, int depth)
    {
        foreach (ConstraintSource source in sources)
        {
            if (source.Schema.Items is { } items)
            {
                return ReadCore(items, source.Pointer + "/items", depth + 1);
            }

            if (source.Schema.Properties is not { Count: > 0 } && source.Schema.AdditionalProperties is { } values)
            {
                return ReadCore(values, source.Pointer + "/additionalProperties", depth + 1);
            }
        }

        return null;
    }

    private int? Count(ConstraintSource[] sources, string keyword, Func<IOpenApiSchema, int?> read)
    {
        foreach (ConstraintSource source in sources)
        {
            if (read(source.Schema) is not { } value)
            {
                continue;
            }

            if (value < 0)
            {
                Report(DiagnosticDescriptors.UnusableConstraint, source.Pointer + "/" + keyword, keyword, Text(value), "a count cannot be negative");
                return null;
            }

            return value;
        }

        return null;
    }

    private NumericBoundSpec? Bound(ConstraintSource[] sources, string keyword, string exclusiveKeyword, Func<IOpenApiSchema, string?> inclusive, Func<IOpenApiSchema, string?> exclusive, bool preferHigher)
    {
        foreach (ConstraintSource source in sources)
        {
            // Microsoft.OpenApi turns the OpenAPI 3.0 form (`minimum: 5` + `exclusiveMinimum: true`) into the 3.1 one.
            NumericBoundSpec? open = Number(source, exclusiveKeyword, exclusive(source.Schema), isExclusive: true);
            NumericBoundSpec? closed = Number(source, keyword, inclusive(source.Schema), isExclusive: false);
            if (open is null || closed is null)
            {
                if ((open ?? closed) is { } single)
                {
                    return single;
                }

                continue;
            }

            // Both given: the stricter one decides.
            bool openIsStricter = preferHigher ? open.Value >= closed.Value : open.Value <= closed.Value;
            return openIsStricter ? open : closed;
        }

        return null;
    }

    private NumericBoundSpec? Number(ConstraintSource source, string keyword, string? text, bool isExclusive)
    {
        if (text is null)
        {
            return null;
        }

        string trimmed = text.Trim();
        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            Report(DiagnosticDescriptors.UnusableConstraint, source.Pointer + "/" + keyword, keyword, Shorten(text), "it is not a number");
            return null;
        }

        if (double.IsInfinity(value) || double.IsNaN(value))
        {
            Report(DiagnosticDescriptors.UnusableConstraint, source.Pointer + "/" + keyword, keyword, Shorten(text), "it is beyond the range of a double");
            return null;
        }

        return new NumericBoundSpec(trimmed, value, isExclusive);
    }

    private string? Pattern(ConstraintSource[] sources)
    {
        foreach (ConstraintSource source in sources)
        {
            if (source.Schema.Pattern is not { } pattern)
            {
                continue;
            }

            if (PatternDialect.Error(pattern) is { } error)
            {
                Report(DiagnosticDescriptors.InvalidPattern, source.Pointer + "/pattern", Shorten(pattern), error);
                return null;
            }

            return pattern;
        }

        return null;
    }

    private static string? Format(ConstraintSource[] sources)
    {
        foreach (ConstraintSource source in sources)
        {
            if (source.Schema.Format is not { } format)
            {
                continue;
            }

            JsonSchemaType? type = SchemaFacts.NonNullType(source.Schema);
            bool checkable = type == JsonSchemaType.Number ? format is "int32" or "int64" : s_stringFormats.Contains(format);
            return checkable ? format : null;
        }

        return null;
    }

    private static T? First<T>(ConstraintSource[] sources, Func<IOpenApiSchema, T?> read)
        where T : struct
    {
        foreach (ConstraintSource source in sources)
        {
            if (read(source.Schema) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private void ReportUnsatisfiable(string pointer, string lowKeyword, int? low, string highKeyword, int? high)
    {
        if (low is { } lowValue && high is { } highValue && lowValue > highValue)
        {
            Report(DiagnosticDescriptors.UnsatisfiableConstraints, pointer, $"{lowKeyword} {Text(lowValue)}", $"{highKeyword} {Text(highValue)}");
        }
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string pointer, params string[] args)
    {
        // A component used by many members would otherwise report the same keyword once per use.
        DiagnosticInfo diagnostic = DiagnosticInfo.Create(descriptor, _locator.Locate(pointer), args);
        if (!_diagnostics.Contains(diagnostic))
        {
            _diagnostics.Add(diagnostic);
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
