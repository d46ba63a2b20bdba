using System.Collections.Generic;
using System.Text.Json.Nodes;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing;

/// <summary>Collects what a schema says about itself for the XML docs: text, constraints and default.</summary>
internal static class Documentation
{
    public static DocumentationSpec For(IOpenApiSchema schema)
    {
        IOpenApiSchema? inner = SchemaFacts.WrappedSchema(schema);
        var facts = new List<string>();
        AddConstraints(schema, facts);
        if (inner is not null && SchemaFacts.ReferenceId(inner) is null)
        {
            AddConstraints(inner, facts);
        }

        string? description = Clean(schema.Description) ?? (inner is not null ? Clean(inner.Description) : null);
        bool deprecated = schema.Deprecated || (inner?.Deprecated ?? false);
        return new DocumentationSpec(Clean(schema.Title), description, facts.ToEquatableArray(), deprecated);
    }

    public static DocumentationSpec For(string? summary, string? description, bool deprecated)
        => new(Clean(summary), Clean(description), EquatableArray<string>.Empty, deprecated);

    private static void AddConstraints(IOpenApiSchema schema, List<string> facts)
    {
        if (schema.MinLength is { } minLength)
        {
            facts.Add($"Minimum length: {minLength}.");
        }

        if (schema.MaxLength is { } maxLength)
        {
            facts.Add($"Maximum length: {maxLength}.");
        }

        if (schema.Minimum is { } minimum)
        {
            facts.Add($"Minimum: {minimum}.");
        }

        if (schema.ExclusiveMinimum is { } exclusiveMinimum)
        {
            facts.Add($"Exclusive minimum: {exclusiveMinimum}.");
        }

        if (schema.Maximum is { } maximum)
        {
            facts.Add($"Maximum: {maximum}.");
        }

        if (schema.ExclusiveMaximum is { } exclusiveMaximum)
        {
            facts.Add($"Exclusive maximum: {exclusiveMaximum}.");
        }

        if (schema.MinItems is { } minItems)
        {
            facts.Add($"Minimum items: {minItems}.");
        }

        if (schema.MaxItems is { } maxItems)
        {
            facts.Add($"Maximum items: {maxItems}.");
        }

        if (schema.Pattern is { } pattern)
        {
            facts.Add($"Pattern: <c>{XmlText(pattern)}</c>.");
        }

        if (schema.Default is JsonNode defaultValue)
        {
            // Microsoft.OpenApi 3.x keeps `default: null` as a sentinel string node; print what the author wrote.
            string json = JsonNullSentinel.IsJsonNullSentinel(defaultValue) ? "null" : defaultValue.ToJsonString();
            facts.Add($"Server default: <c>{XmlText(json)}</c>.");
        }
    }

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string trimmed = text.Replace("\r\n", "\n").Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static string XmlText(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
