using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Naming;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing;

/// <summary>
/// Unions: <c>oneOf</c>/<c>anyOf</c> with two or more typed choices, and type lists such as <c>[string, integer]</c>.
/// Each becomes a generated class holding one variant or the unrecognised JSON value.
/// </summary>
internal sealed partial class SchemaCatalog
{
    private static readonly string[] UnionMemberNames = { "Unknown", "IsUnknown", "Match", "Switch", "Equals", "GetHashCode", "ToString", "GetType", "FromUnknown", "Value" };

    /// <summary>
    /// The choices of a schema that is a union: <c>oneOf</c> (or else <c>anyOf</c>) with at least two typed, non-null
    /// choices and no members of its own. Choices that only add constraints (<c>{required: [a]}</c>) make no union.
    /// </summary>
    private static List<(IOpenApiSchema Schema, int Index)>? UnionChoices(IOpenApiSchema schema)
    {
        if (schema.Properties is { Count: > 0 } || schema.AllOf is { Count: > 0 } || schema.Items is not null)
        {
            return null;
        }

        IList<IOpenApiSchema>? list = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf;
        if (list is null)
        {
            return null;
        }

        var choices = new List<(IOpenApiSchema, int)>();
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is { } choice && !SchemaFacts.IsNullOnly(choice) && SchemaFacts.DeclaresAType(choice))
            {
                choices.Add((choice, i));
            }
        }

        return choices.Count >= 2 ? choices : null;
    }

    private TypeRefSpec ResolveUnion(IOpenApiSchema schema, List<(IOpenApiSchema Schema, int Index)> choices, string name, string pointer, string? componentId)
    {
        string unionName = componentId is not null ? name : ClaimTypeName(name);
        var reference = new TypeRefSpec(TypeKind.Union, unionName);
        if (componentId is not null)
        {
            // Registered before the variants are walked, so a variant that refers back to the union terminates.
            _resolvedComponents[componentId] = reference;
        }

        string keyword = schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";
        Dictionary<string, List<string>> mapped = DiscriminatorMapping(schema);
        var variants = new List<(TypeRefSpec Type, List<string> Tags, ObjectShapeSpec? Shape, string? Title)>();
        foreach ((IOpenApiSchema choice, int index) in choices)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            string choicePointer = pointer + "/" + keyword + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string? referenceId = SchemaFacts.ReferenceId(choice);
            string? title = referenceId is null ? choice.Title : null;
            string inlineName = unionName + (title is not null ? Identifiers.ToPascalCase(title, "Option") : "Option" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            TypeRefSpec type = Resolve(choice, inlineName, choicePointer);
            var tags = new List<string>();
            if (referenceId is not null)
            {
                // A schema the mapping names is selected by those values only; the others by their own name (the
                // implicit mapping), unless the mapping gives that name to another schema.
                if (mapped.TryGetValue(referenceId, out List<string>? explicitTags))
                {
                    tags.AddRange(explicitTags);
                }
                else if (!mapped.Values.Any(values => values.Contains(referenceId)))
                {
                    tags.Add(referenceId);
                }
            }

            ObjectShapeSpec? shape = type.Kind == TypeKind.Object ? ShapeOf(choice) : null;
            int existing = variants.FindIndex(v => v.Type.Equals(type));
            if (existing >= 0)
            {
                // Two choices with one C# type (two string formats we do not model, say) are one variant.
                variants[existing].Tags.AddRange(tags);
                continue;
            }

            variants.Add((type, tags, shape, title));
        }

        return CompleteUnion(schema, unionName, reference, pointer, componentId, variants);
    }

    private TypeRefSpec ResolveTypeListUnion(IOpenApiSchema schema, JsonSchemaType types, string name, string pointer, string? componentId)
    {
        string unionName = componentId is not null ? name : ClaimTypeName(name);
        var reference = new TypeRefSpec(TypeKind.Union, unionName);
        if (componentId is not null)
        {
            _resolvedComponents[componentId] = reference;
        }

        var variants = new List<(TypeRefSpec Type, List<string> Tags, ObjectShapeSpec? Shape, string? Title)>();
        foreach (JsonSchemaType single in SingleTypes)
        {
            if ((types & single) == 0)
            {
                continue;
            }

            TypeRefSpec type = ResolveTyped(schema, single, unionName + single, pointer, isComponent: false, componentId: null);
            if (!variants.Any(v => v.Type.Equals(type)))
            {
                variants.Add((type, new List<string>(), type.Kind == TypeKind.Object ? ShapeOf(schema) : null, null));
            }
        }

        return CompleteUnion(schema, unionName, reference, pointer, componentId, variants);
    }

    // In the order JSON Schema lists them; a union tries string-like variants before numbers and so on.
    private static readonly JsonSchemaType[] SingleTypes =
    {
        JsonSchemaType.String, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.Boolean, JsonSchemaType.Array, JsonSchemaType.Object,
    };

    private TypeRefSpec CompleteUnion(IOpenApiSchema schema, string unionName, TypeRefSpec reference, string pointer, string? componentId, List<(TypeRefSpec Type, List<string> Tags, ObjectShapeSpec? Shape, string? Title)> variants)
    {
        // An inline union whose choices all became one C# type is just that type; a component keeps its class,
        // since other schemas may already refer to it by name.
        if (componentId is null && variants.Count == 1)
        {
            // The claimed name stays claimed: releasing it would let a later schema's name depend on this one's shape.
            return variants[0].Type;
        }

        var memberNames = new NameScope(UnionMemberNames.Concat(new[] { unionName }));
        var specs = new List<UnionVariantSpec>();
        foreach ((TypeRefSpec type, List<string> tags, ObjectShapeSpec? shape, _) in variants)
        {
            string memberName = memberNames.Claim(VariantName(type));
            specs.Add(new UnionVariantSpec(memberName, type, tags.Distinct(StringComparer.Ordinal).ToEquatableArray(), shape));
        }

        string? discriminator = schema.Discriminator?.PropertyName is { Length: > 0 } property ? property : null;
        _unions.Add(new UnionSpec(unionName, pointer, Documentation.For(schema), specs.ToEquatableArray(), discriminator));
        return reference;
    }

    /// <summary>Discriminator mapping as component id → the values that select it.</summary>
    private static Dictionary<string, List<string>> DiscriminatorMapping(IOpenApiSchema schema)
    {
        var mapped = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (schema.Discriminator?.Mapping is not { } mapping)
        {
            return mapped;
        }

        foreach (KeyValuePair<string, OpenApiSchemaReference> entry in mapping.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (entry.Value?.Reference?.Id is not { } id)
            {
                continue;
            }

            if (!mapped.TryGetValue(id, out List<string>? values))
            {
                mapped[id] = values = new List<string>();
            }

            values.Add(entry.Key);
        }

        return mapped;
    }

    /// <summary>The required and declared members of an object choice, its <c>allOf</c> parts merged.</summary>
    private ObjectShapeSpec ShapeOf(IOpenApiSchema choice)
    {
        IOpenApiSchema target = Dereference(choice);
        var required = new SortedSet<string>(StringComparer.Ordinal);
        var known = new SortedSet<string>(StringComparer.Ordinal);
        foreach ((IOpenApiSchema part, _) in FlattenAllOf(target, string.Empty))
        {
            if (part.Properties is not null)
            {
                known.UnionWith(part.Properties.Keys);
            }

            if (part.Required is not null)
            {
                required.UnionWith(part.Required);
            }
        }

        return new ObjectShapeSpec(required.ToEquatableArray(), known.ToEquatableArray());
    }

    private IOpenApiSchema Dereference(IOpenApiSchema schema)
    {
        for (int hops = 0; hops < 16; hops++)
        {
            if (SchemaFacts.ReferenceId(schema) is { } id && _document.Components?.Schemas?.TryGetValue(id, out IOpenApiSchema? target) == true && target is not null)
            {
                schema = target;
            }
            else if (SchemaFacts.WrappedSchema(schema) is { } inner)
            {
                schema = inner;
            }
            else
            {
                break;
            }
        }

        return schema;
    }

    private static string VariantName(TypeRefSpec type) => type.Kind switch
    {
        TypeKind.Object or TypeKind.Enum or TypeKind.IntegerEnum or TypeKind.Union => type.Name!,
        TypeKind.Any => "Json",
        TypeKind.Bytes => "Bytes",
        TypeKind.Array => VariantName(type.Element!) + "List",
        TypeKind.Map => VariantName(type.Element!) + "Map",
        _ => type.Kind.ToString(),
    };
}
