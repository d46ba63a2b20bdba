using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Naming;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing;

/// <summary>
/// <c>allOf</c> inheritance: <c>allOf: [{$ref: Pet}, {...}]</c> makes <c>Dog : Pet</c> when the first <c>$ref</c> part
/// that is an object schema can serve as a base; the other parts are merged as before. A base's <c>discriminator</c>
/// (explicit <c>mapping</c>, else the derived schemas' names) lets reading the base return the derived record.
/// </summary>
internal sealed partial class SchemaCatalog
{
    /// <summary>What was decided about each record while parsing; completed into the specs once every record exists.</summary>
    private readonly Dictionary<string, HierarchyFacts> _hierarchy = new(StringComparer.Ordinal);

    /// <summary>The component id each component record was generated from: its implicit discriminator value.</summary>
    private readonly Dictionary<string, string> _objectComponentIds = new(StringComparer.Ordinal);

    private sealed record HierarchyFacts(string? BaseName, string Pointer, string? DiscriminatorProperty, IReadOnlyList<KeyValuePair<string, string>> Mapping);

    /// <summary>
    /// The <c>allOf</c> part the record at <paramref name="pointer"/> derives from, as (part index, base record name), or
    /// <see langword="null"/> when its parts are merged into one flat record. Resolves the base first.
    /// </summary>
    private (int PartIndex, string BaseName, IOpenApiSchema BaseSchema)? FindBase(IOpenApiSchema schema, string name, string pointer)
    {
        if (schema.AllOf is not { Count: > 0 } parts)
        {
            return null;
        }

        for (int i = 0; i < parts.Count; i++)
        {
            if (parts[i] is not { } part || SchemaFacts.ReferenceId(part) is not { } id || !_componentTypeNames.ContainsKey(id)
                || _document.Components?.Schemas?.TryGetValue(id, out IOpenApiSchema? target) != true || target is null)
            {
                continue;
            }

            string partPointer = pointer + "/allOf/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            TypeRefSpec resolved = Resolve(part, name, partPointer);
            if (resolved.Kind != TypeKind.Object)
            {
                // The first $ref'd *object* part is the base: an enum, map or union part is merged.
                continue;
            }

            string baseName = resolved.Name!;
            IOpenApiSchema baseSchema = Dereference(target);
            if (!CanBeBase(baseName, name, baseSchema, JsonPointer.ComponentSchema(id)))
            {
                return null;
            }

            if (RedeclaredWithAnotherType(schema, pointer, baseSchema, i) is { } clash)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InheritanceRedeclaredMember, _locator.Locate(clash.Pointer), name, baseName, clash.JsonName));
                return null;
            }

            return (i, baseName, baseSchema);
        }

        return null;
    }

    private bool CanBeBase(string baseName, string derivedName, IOpenApiSchema baseSchema, string basePointer)
    {
        // A base keeping undeclared members would have to share them with its derived records' own members.
        if (baseSchema.AdditionalProperties is not null || (baseSchema.AdditionalPropertiesAllowed && DeclaresKey(basePointer, "additionalProperties")))
        {
            return false;
        }

        // A chain that comes back to the derived record (A: allOf [B], B: allOf [A]) would be a class cycle.
        string? current = baseName;
        for (int hops = 0; current is not null && hops < 64; hops++)
        {
            if (string.Equals(current, derivedName, StringComparison.Ordinal))
            {
                return false;
            }

            current = _hierarchy.TryGetValue(current, out HierarchyFacts? facts) ? facts.BaseName : null;
        }

        return current is null;
    }

    /// <summary>A member of the derived record's own parts that the base declares with another shape: C# cannot inherit it as it is.</summary>
    private (string JsonName, string Pointer)? RedeclaredWithAnotherType(IOpenApiSchema schema, string pointer, IOpenApiSchema baseSchema, int basePart)
    {
        Dictionary<string, IOpenApiSchema?> inherited = InheritedMemberSchemas(baseSchema);
        foreach ((IOpenApiSchema owner, string ownerPointer) in FlattenAllOf(schema, pointer, skipPart: basePart))
        {
            if (owner.Properties is null)
            {
                continue;
            }

            foreach (KeyValuePair<string, IOpenApiSchema> property in owner.Properties)
            {
                if (inherited.TryGetValue(property.Key, out IOpenApiSchema? baseProperty) && !SameShape(property.Value, baseProperty))
                {
                    return (property.Key, ownerPointer + "/properties/" + JsonPointer.Escape(property.Key));
                }
            }
        }

        return null;
    }

    /// <summary>The members a base brings, by JSON name: its own and its parts', first declaration kept.</summary>
    private Dictionary<string, IOpenApiSchema?> InheritedMemberSchemas(IOpenApiSchema baseSchema)
    {
        var members = new Dictionary<string, IOpenApiSchema?>(StringComparer.Ordinal);
        foreach ((IOpenApiSchema part, _) in FlattenAllOf(baseSchema, string.Empty))
        {
            if (part.Properties is null)
            {
                continue;
            }

            foreach (KeyValuePair<string, IOpenApiSchema> property in part.Properties)
            {
                if (!members.ContainsKey(property.Key))
                {
                    members[property.Key] = property.Value;
                }
            }
        }

        return members;
    }

    /// <summary>Whether two member schemas surely make one C# type: the same reference, or the same plain scalar type and format.</summary>
    private static bool SameShape(IOpenApiSchema? left, IOpenApiSchema? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null)
        {
            return false;
        }

        string? leftId = SchemaFacts.ReferenceId(left);
        string? rightId = SchemaFacts.ReferenceId(right);
        if (leftId is not null || rightId is not null)
        {
            return string.Equals(leftId, rightId, StringComparison.Ordinal);
        }

        return IsPlainScalar(left) && IsPlainScalar(right)
            && SchemaFacts.NonNullType(left) == SchemaFacts.NonNullType(right)
            && string.Equals(left.Format ?? string.Empty, right.Format ?? string.Empty, StringComparison.Ordinal);
    }

    private static bool IsPlainScalar(IOpenApiSchema schema)
        => SchemaFacts.NonNullType(schema) is JsonSchemaType.String or JsonSchemaType.Integer or JsonSchemaType.Number or JsonSchemaType.Boolean
            && schema.Enum is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 } && schema.AllOf is not { Count: > 0 };

    /// <summary>Notes what the record's hierarchy needs once all records exist: its base and its discriminator.</summary>
    private void RecordHierarchy(IOpenApiSchema schema, string name, string pointer, string? baseName)
    {
        string? property = schema.Discriminator?.PropertyName is { Length: > 0 } declared ? declared : null;
        var mapping = new List<KeyValuePair<string, string>>();
        if (property is not null && schema.Discriminator?.Mapping is { } entries)
        {
            foreach (KeyValuePair<string, OpenApiSchemaReference> entry in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (entry.Value?.Reference?.Id is { } id)
                {
                    mapping.Add(new KeyValuePair<string, string>(entry.Key, id));
                }
            }
        }

        _hierarchy[name] = new HierarchyFacts(baseName, pointer, property, mapping);
    }

    /// <summary>
    /// The records with their hierarchy filled in: inherited members (derived members renamed where a base already
    /// uses the C# name), the derived types of each base and the discriminator values that select them.
    /// </summary>
    private List<ObjectSpec> CompleteHierarchy(List<ObjectSpec> objects)
    {
        var byName = objects.ToDictionary(o => o.Name, StringComparer.Ordinal);
        if (!objects.Any(o => _hierarchy.TryGetValue(o.Name, out HierarchyFacts? facts) && facts.BaseName is not null && byName.ContainsKey(facts.BaseName)))
        {
            return objects;
        }

        var ancestors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (ObjectSpec obj in objects)
        {
            ancestors[obj.Name] = AncestorsOf(obj.Name, byName);
        }

        // Bases first, so each record's inherited members carry their final names.
        var completed = new Dictionary<string, ObjectSpec>(StringComparer.Ordinal);
        foreach (ObjectSpec obj in objects.OrderBy(o => ancestors[o.Name].Count).ThenBy(o => o.Name, StringComparer.Ordinal))
        {
            List<string> chain = ancestors[obj.Name];
            // FindBase refuses cycles, so a parent always comes first; the check only keeps a surprise from throwing.
            if (chain.Count == 0 || !completed.TryGetValue(chain[0], out ObjectSpec? parent))
            {
                completed[obj.Name] = obj;
                continue;
            }

            EquatableArray<PropertySpec> inherited = parent.InheritedProperties.Concat(parent.Properties).ToEquatableArray();
            var memberNames = new NameScope(inherited.Select(p => p.Name).Concat(new[] { obj.Name }).Concat(s_recordMemberNames));
            EquatableArray<PropertySpec> own = obj.Properties.Select(p => p with { Name = memberNames.Claim(p.Name) }).ToEquatableArray();
            ExtraMembersSpec? extra = obj.ExtraMembers is { } members ? members with { Name = memberNames.Claim(members.Name) } : null;
            completed[obj.Name] = obj with { BaseType = parent.Name, InheritedProperties = inherited, Properties = own, ExtraMembers = extra };
        }

        // The chains as completed: a record is a descendant only if its record really derives.
        var derivedChains = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (ObjectSpec obj in objects)
        {
            var chain = new List<string>();
            for (string? current = completed[obj.Name].BaseType; current is not null && !chain.Contains(current); current = completed[current].BaseType)
            {
                chain.Add(current);
            }

            derivedChains[obj.Name] = chain;
        }

        // Each base's descendants, gathered in one pass over the chains (a search per base would be quadratic).
        var descendantsOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<string>> entry in derivedChains)
        {
            foreach (string ancestor in entry.Value)
            {
                if (!descendantsOf.TryGetValue(ancestor, out List<string>? descendants))
                {
                    descendantsOf[ancestor] = descendants = new List<string>();
                }

                descendants.Add(entry.Key);
            }
        }

        var result = new List<ObjectSpec>(objects.Count);
        foreach (ObjectSpec obj in objects)
        {
            result.Add(descendantsOf.TryGetValue(obj.Name, out List<string>? descendants) ? WithDerivedTypes(completed[obj.Name], descendants, derivedChains) : completed[obj.Name]);
        }

        return result;
    }

    private List<string> AncestorsOf(string name, Dictionary<string, ObjectSpec> byName)
    {
        var chain = new List<string>();
        string? current = _hierarchy.TryGetValue(name, out HierarchyFacts? facts) ? facts.BaseName : null;
        while (current is not null && byName.ContainsKey(current) && !chain.Contains(current) && !string.Equals(current, name, StringComparison.Ordinal))
        {
            chain.Add(current);
            current = _hierarchy.TryGetValue(current, out HierarchyFacts? next) ? next.BaseName : null;
        }

        return chain;
    }

    /// <summary>A base with its <paramref name="unordered"/> descendants, deepest first, then in ordinal order.</summary>
    private ObjectSpec WithDerivedTypes(ObjectSpec obj, List<string> unordered, Dictionary<string, List<string>> ancestors)
    {
        List<string> descendants = unordered
            .OrderByDescending(name => ancestors[name].Count)
            .ThenBy(name => name, StringComparer.Ordinal)
            .ToList();

        // The nearest record, this one or a base, that declares a discriminator decides the values.
        string? declaring = new[] { obj.Name }.Concat(ancestors[obj.Name])
            .FirstOrDefault(n => _hierarchy.TryGetValue(n, out HierarchyFacts? f) && f.DiscriminatorProperty is not null);
        HierarchyFacts? discriminator = declaring is null ? null : _hierarchy[declaring];
        var derived = new List<DerivedTypeSpec>();
        foreach (string name in descendants)
        {
            derived.Add(new DerivedTypeSpec(name, discriminator is null ? default : DiscriminatorValues(name, discriminator)));
        }

        if (discriminator is not null && _hierarchy.TryGetValue(obj.Name, out HierarchyFacts? own) && ReferenceEquals(discriminator, own))
        {
            ReportUnrelatedMappings(obj, discriminator, descendants);
        }

        bool dispatches = derived.Any(d => d.DiscriminatorValues.Count > 0);
        return obj with { DerivedTypes = derived.ToEquatableArray(), DiscriminatorProperty = dispatches ? discriminator!.DiscriminatorProperty : null };
    }

    /// <summary>As for unions: a schema the mapping names is selected by those values only; the others by their own name, unless the mapping gives that name to another schema.</summary>
    private EquatableArray<string> DiscriminatorValues(string derivedName, HierarchyFacts discriminator)
    {
        var values = new SortedSet<string>(StringComparer.Ordinal);
        string? id = _objectComponentIds.TryGetValue(derivedName, out string? known) ? known : null;
        foreach (KeyValuePair<string, string> entry in discriminator.Mapping)
        {
            if (_componentTypeNames.TryGetValue(entry.Value, out string? typeName) && string.Equals(typeName, derivedName, StringComparison.Ordinal))
            {
                values.Add(entry.Key);
            }
        }

        if (values.Count == 0 && id is not null && !discriminator.Mapping.Any(e => string.Equals(e.Key, id, StringComparison.Ordinal)))
        {
            values.Add(id);
        }

        return values.ToEquatableArray();
    }

    private void ReportUnrelatedMappings(ObjectSpec obj, HierarchyFacts discriminator, List<string> descendants)
    {
        foreach (KeyValuePair<string, string> entry in discriminator.Mapping)
        {
            string? typeName = _componentTypeNames.TryGetValue(entry.Value, out string? name) ? name : null;
            if (typeName is null || string.Equals(typeName, obj.Name, StringComparison.Ordinal) || descendants.Contains(typeName))
            {
                continue;
            }

            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.DiscriminatorNamesUnrelatedSchema,
                _locator.Locate(discriminator.Pointer + "/discriminator/mapping/" + JsonPointer.Escape(entry.Key)),
                entry.Key,
                entry.Value,
                obj.Name));
        }
    }
}
