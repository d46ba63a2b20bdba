using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Naming;
using CodeGen.Generator.Parsing.Limits;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing;

/// <summary>
/// Turns schemas into type references, collecting a record per object schema and an open enum per string
/// enum. Component schemas keep their own names; inline schemas are named after where they sit
/// (<c>Parent</c> + <c>Property</c>), and collisions get a number in a stable order.
/// </summary>
internal sealed partial class SchemaCatalog
{
    private readonly OpenApiDocument _document;
    private readonly SourceLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly NameScope _typeNames;
    private readonly Dictionary<string, string> _componentTypeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeRefSpec> _resolvedComponents = new(StringComparer.Ordinal);
    private readonly HashSet<string> _componentsInProgress = new(StringComparer.Ordinal);
    private readonly List<ObjectSpec> _objects = new();
    private List<ObjectSpec>? _completedObjects;
    private readonly List<EnumSpec> _enums = new();

    // The enums by name, for member lookups while the catalog grows (a scan of the list per member was quadratic).
    private readonly Dictionary<string, EnumSpec> _enumsByName = new(StringComparer.Ordinal);
    private readonly List<UnionSpec> _unions = new();
    private int _depth;

    public SchemaCatalog(OpenApiDocument document, SourceLocator locator, List<DiagnosticInfo> diagnostics, IEnumerable<string> reservedTypeNames, CancellationToken cancellationToken)
    {
        _document = document;
        _locator = locator;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
        // Case-insensitive: hint names (and the files an IDE writes them to) ignore case, so `FOO` and `Foo` would clash.
        _typeNames = new NameScope(reservedTypeNames, ignoreCase: true);

        // Component names are claimed first, so that an inline schema can never take a component's name;
        // ComponentTypeNames settles collisions so that adding a component never renames an existing one.
        if (document.Components?.Schemas is { } schemas)
        {
            foreach (KeyValuePair<string, string> component in ComponentTypeNames.Preferred(schemas.Keys))
            {
                _componentTypeNames[component.Key] = ClaimTypeName(component.Value);
            }
        }
    }

    /// <summary>The records, hierarchy completed (see <c>SchemaCatalog.Inheritance.cs</c>); read once every schema is resolved.</summary>
    public EquatableArray<ObjectSpec> Objects => (_completedObjects ??= CompleteHierarchy(_objects)).OrderBy(o => o.Name, StringComparer.Ordinal).ToEquatableArray();

    public EquatableArray<EnumSpec> Enums => _enums.OrderBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray();

    public EquatableArray<UnionSpec> Unions => _unions.OrderBy(u => u.Name, StringComparer.Ordinal).ToEquatableArray();

    private void AddEnum(EnumSpec spec)
    {
        _enums.Add(spec);
        if (!_enumsByName.ContainsKey(spec.Name))
        {
            _enumsByName[spec.Name] = spec;
        }
    }

    /// <summary>Generates every component schema, used or not: SDK authors expect all of them.</summary>
    public void ResolveAllComponents()
    {
        foreach (string id in _componentTypeNames.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            try
            {
                ResolveComponent(id);
            }
            catch (Exception exception) when (ReaderRefusal.IsFrom(exception))
            {
                _componentsInProgress.Clear();
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DocumentError, _locator.Locate(JsonPointer.ComponentSchema(id)), ReaderRefusal.Message(exception, "the schema is left out")));
            }
        }
    }

    /// <summary>Resolves a schema met at <paramref name="pointer"/>; <paramref name="contextName"/> names it if it is an inline object or enum.</summary>
    public TypeRefSpec Resolve(IOpenApiSchema? schema, string contextName, string pointer)
    {
        if (schema is null)
        {
            return TypeRefSpec.Any;
        }

        // Every step of the recursive walk passes through here, so this one bound keeps the stack shallow.
        if (_depth >= DocumentLimits.MaxSchemaDepth)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaTooDeep, _locator.Locate(pointer), DocumentLimits.MaxSchemaDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return TypeRefSpec.Any;
        }

        _depth++;
        try
        {
            return ResolveCore(schema, contextName, pointer);
        }
        catch (Exception exception) when (ReaderRefusal.IsFrom(exception))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DocumentError, _locator.Locate(pointer), ReaderRefusal.Message(exception, "the value is kept as JsonElement")));
            return TypeRefSpec.Any;
        }
        finally
        {
            _depth--;
        }
    }

    private TypeRefSpec ResolveCore(IOpenApiSchema schema, string contextName, string pointer)
    {
        if (SchemaFacts.ReferenceId(schema) is { } id)
        {
            if (_componentTypeNames.ContainsKey(id))
            {
                return ResolveComponent(id);
            }

            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.DocumentError,
                _locator.Locate(pointer),
                $"The reference '#/components/schemas/{id}' does not resolve to a schema of this document"));
            return TypeRefSpec.Any;
        }

        if (SchemaFacts.WrappedSchema(schema) is { } wrapped)
        {
            string wrappedPointer = pointer + (schema.AllOf is { Count: 1 } ? "/allOf/0" : string.Empty);
            return Resolve(wrapped, contextName, wrappedPointer);
        }

        return ResolveInline(schema, contextName, pointer);
    }

    private TypeRefSpec ResolveComponent(string id)
    {
        if (_resolvedComponents.TryGetValue(id, out TypeRefSpec? resolved))
        {
            return resolved;
        }

        string pointer = JsonPointer.ComponentSchema(id);
        if (!_componentsInProgress.Add(id))
        {
            // Only an alias cycle (A: $ref B, B: $ref A) gets here; objects register before their members.
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DocumentWarning, _locator.Locate(pointer), $"The schema '{id}' refers to itself without an object in between; it is read as free-form JSON"));
            return TypeRefSpec.Any;
        }

        if (_document.Components!.Schemas![id] is not { } schema)
        {
            // `Name:` with no value: free-form, like an empty schema.
            _componentsInProgress.Remove(id);
            return _resolvedComponents[id] = TypeRefSpec.Any;
        }

        TypeRefSpec type = ResolveInline(schema, _componentTypeNames[id], pointer, isComponent: true, componentId: id);
        _resolvedComponents[id] = type;
        _componentsInProgress.Remove(id);
        return type;
    }

    private TypeRefSpec ResolveInline(IOpenApiSchema schema, string name, string pointer, bool isComponent = false, string? componentId = null)
    {
        if (SchemaFacts.ReferenceId(schema) is not null || SchemaFacts.WrappedSchema(schema) is not null)
        {
            return Resolve(schema, name, pointer);
        }

        JsonSchemaType? type = SchemaFacts.NonNullType(schema);
        if (UnionChoices(schema) is { } choices)
        {
            return ResolveUnion(schema, choices, name, pointer, componentId);
        }

        if (type is { } several && !IsSingleType(several))
        {
            return ResolveTypeListUnion(schema, several, name, pointer, componentId);
        }

        return ResolveTyped(schema, type, name, pointer, isComponent, componentId);
    }

    private TypeRefSpec ResolveTyped(IOpenApiSchema schema, JsonSchemaType? type, string name, string pointer, bool isComponent, string? componentId)
    {
        if (schema.Enum is { Count: > 0 } && (type is null || type == JsonSchemaType.String) && schema.Enum.All(v => IsNull(v) || v!.GetValueKind() == System.Text.Json.JsonValueKind.String) && schema.Enum.Any(v => !IsNull(v)))
        {
            string enumName = isComponent ? name : ClaimTypeName(name);
            if (componentId is not null)
            {
                _resolvedComponents[componentId] = new TypeRefSpec(TypeKind.Enum, enumName);
            }

            AddEnum(CreateEnum(schema, enumName, pointer));
            return new TypeRefSpec(TypeKind.Enum, enumName);
        }

        if (type == JsonSchemaType.Integer && schema.Enum is { Count: > 0 } && schema.Enum.All(v => IsNull(v) || IntegerValue(v) is not null) && schema.Enum.Any(v => !IsNull(v)))
        {
            string enumName = isComponent ? name : ClaimTypeName(name);
            var enumType = new TypeRefSpec(TypeKind.IntegerEnum, enumName);
            if (componentId is not null)
            {
                _resolvedComponents[componentId] = enumType;
            }

            AddEnum(CreateIntegerEnum(schema, enumName, pointer));
            return enumType;
        }

        if (type == JsonSchemaType.Array || (type is null && schema.Items is not null))
        {
            IOpenApiSchema? items = schema.Items;
            TypeRefSpec element = Resolve(items, name + "Item", pointer + "/items");
            return new TypeRefSpec(TypeKind.Array, Element: element, ElementIsNullable: items is not null && ItemAllowsNull(items));
        }

        if (IsObject(schema, type))
        {
            bool hasProperties = schema.Properties is { Count: > 0 } || schema.AllOf is { Count: > 0 };
            if (!hasProperties)
            {
                if (schema.AdditionalProperties is { } valueSchema)
                {
                    TypeRefSpec element = Resolve(valueSchema, name + "Value", pointer + "/additionalProperties");
                    return new TypeRefSpec(TypeKind.Map, Element: element, ElementIsNullable: SchemaFacts.AllowsNull(valueSchema));
                }

                return TypeRefSpec.Any;
            }

            string objectName = isComponent ? name : ClaimTypeName(name);
            var reference = new TypeRefSpec(TypeKind.Object, objectName);
            if (componentId is not null)
            {
                // Registered before the members are walked, so recursive schemas terminate.
                _resolvedComponents[componentId] = reference;
                _objectComponentIds[objectName] = componentId;
            }

            _objects.Add(CreateObject(schema, objectName, pointer));
            return reference;
        }

        if (schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
        {
            // Only choices that constrain without typing (`oneOf: [{required: [a]}, {required: [b]}]`) get here.
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, _locator.Locate(pointer), "A oneOf/anyOf whose choices only add constraints", "the value is kept as JsonElement"));
            return TypeRefSpec.Any;
        }

        return ResolvePrimitive(schema, type);
    }

    private static bool IsSingleType(JsonSchemaType type) => (type & (type - 1)) == 0;

    /// <summary>Claims a type name whose converter name (<c>{Name}JsonConverter</c>) is free too.</summary>
    private string ClaimTypeName(string preferred)
    {
        string candidate = preferred;
        for (int suffix = 2; _typeNames.IsTaken(candidate) || _typeNames.IsTaken(candidate + ConverterSuffix); suffix++)
        {
            candidate = preferred + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _typeNames.Claim(candidate);
        _typeNames.Claim(candidate + ConverterSuffix);
        return candidate;
    }

    private const string ConverterSuffix = "JsonConverter";

    /// <summary>Microsoft.OpenApi 3.x reads a JSON/YAML null as a string node holding its sentinel, not as a null node.</summary>
    private static bool IsNull(System.Text.Json.Nodes.JsonNode? node) => node is null || JsonNullSentinel.IsJsonNullSentinel(node);

    private static bool IsObject(IOpenApiSchema schema, JsonSchemaType? type)
        => type == JsonSchemaType.Object
            || (type is null && (schema.Properties is { Count: > 0 } || schema.AllOf is { Count: > 0 } || schema.AdditionalProperties is not null));

    private bool ItemAllowsNull(IOpenApiSchema items)
        => SchemaFacts.AllowsNull(items) || (SchemaFacts.WrappedSchema(items) is { } inner && SchemaFacts.AllowsNull(inner));

    private TypeRefSpec ResolvePrimitive(IOpenApiSchema schema, JsonSchemaType? type)
    {
        string format = schema.Format ?? string.Empty;
        return type switch
        {
            JsonSchemaType.String => format switch
            {
                "date-time" => new TypeRefSpec(TypeKind.DateTimeOffset),
                "uuid" => new TypeRefSpec(TypeKind.Guid),
                "uri" => new TypeRefSpec(TypeKind.Uri),
                "duration" => new TypeRefSpec(TypeKind.Duration),
                "byte" => new TypeRefSpec(TypeKind.Bytes),
                "date" or "time" => DateOrTimeType(format),
                _ => PlainStringType(schema),
            },
            JsonSchemaType.Boolean => new TypeRefSpec(TypeKind.Boolean),
            JsonSchemaType.Integer => format == "int64" ? new TypeRefSpec(TypeKind.Int64) : new TypeRefSpec(TypeKind.Int32),
            JsonSchemaType.Number => format switch
            {
                "float" => new TypeRefSpec(TypeKind.Single),
                "decimal" => new TypeRefSpec(TypeKind.Decimal),
                _ => new TypeRefSpec(TypeKind.Double),
            },
            _ => TypeRefSpec.Any,
        };
    }

    private EnumSpec CreateEnum(IOpenApiSchema schema, string name, string pointer)
    {
        var memberNames = new NameScope(new[] { name, "Value", "IsKnown", "KnownValues", "Equals", "GetHashCode", "ToString", "GetType" });
        var members = new List<EnumMemberSpec>();
        var seenValues = new HashSet<string>(StringComparer.Ordinal);
        foreach (System.Text.Json.Nodes.JsonNode? node in schema.Enum!)
        {
            if (IsNull(node) || node!.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                continue;
            }

            string value = node.GetValue<string>();
            if (seenValues.Add(value))
            {
                members.Add(new EnumMemberSpec(memberNames.Claim(Identifiers.ToPascalCase(value)), value));
            }
        }

        return new EnumSpec(name, pointer, Documentation.For(schema), members.ToEquatableArray());
    }

    private EnumSpec CreateIntegerEnum(IOpenApiSchema schema, string name, string pointer)
    {
        var memberNames = new NameScope(new[] { name, "Value", "IsKnown", "KnownValues", "Equals", "GetHashCode", "ToString", "GetType" });
        var members = new List<EnumMemberSpec>();
        var seen = new HashSet<long>();
        foreach (System.Text.Json.Nodes.JsonNode? node in schema.Enum!)
        {
            if (!IsNull(node) && IntegerValue(node) is { } value && seen.Add(value))
            {
                string digits = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                // Numbers carry no names; `Value1`, `ValueMinus1` read better than an index.
                members.Add(new EnumMemberSpec(memberNames.Claim("Value" + digits.Replace("-", "Minus")), digits));
            }
        }

        return new EnumSpec(name, pointer, Documentation.For(schema), members.ToEquatableArray(), IsInteger: true);
    }

    private static long? IntegerValue(System.Text.Json.Nodes.JsonNode? node)
    {
        if (node is System.Text.Json.Nodes.JsonValue value && node.GetValueKind() == System.Text.Json.JsonValueKind.Number)
        {
            if (value.TryGetValue(out long whole))
            {
                return whole;
            }

            if (value.TryGetValue(out int small))
            {
                return small;
            }

            // The YAML reader stores numbers as decimal.
            if (value.TryGetValue(out decimal exact) && exact == decimal.Truncate(exact) && exact >= long.MinValue && exact <= long.MaxValue)
            {
                return (long)exact;
            }

            if (value.TryGetValue(out double real) && real == Math.Floor(real) && Math.Abs(real) < 9e15)
            {
                return (long)real;
            }
        }

        // The YAML reader keeps plain scalars as text; under `type: integer` the text is the number.
        if (node is System.Text.Json.Nodes.JsonValue text && node.GetValueKind() == System.Text.Json.JsonValueKind.String
            && long.TryParse(text.GetValue<string>(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long parsed))
        {
            return parsed;
        }

        return null;
    }

    // Members every record has (synthesized or inherited from object): a property cannot take their names.
    private static readonly string[] s_recordMemberNames = { "EqualityContract", "Equals", "GetHashCode", "ToString", "Deconstruct", "PrintMembers", "GetType", "MemberwiseClone", "Finalize" };

    private ObjectSpec CreateObject(IOpenApiSchema schema, string name, string pointer)
    {
        var memberNames = new NameScope(new[] { name }.Concat(s_recordMemberNames));
        var properties = new List<PropertySpec>();
        var seenJsonNames = new HashSet<string>(StringComparer.Ordinal);
        (int PartIndex, string BaseName, IOpenApiSchema BaseSchema)? inheritance = FindBase(schema, name, pointer);
        RecordHierarchy(schema, name, pointer, inheritance?.BaseName);
        if (inheritance is { } derived)
        {
            // The base declares these; FindBase made sure the derived parts redeclare them with the same type.
            seenJsonNames.UnionWith(InheritedMemberSchemas(derived.BaseSchema).Keys);
        }

        foreach ((IOpenApiSchema owner, string ownerPointer) in FlattenAllOf(schema, pointer, skipPart: inheritance?.PartIndex ?? -1))
        {
            if (owner.Properties is null)
            {
                continue;
            }

            foreach (KeyValuePair<string, IOpenApiSchema> property in owner.Properties)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (!seenJsonNames.Add(property.Key))
                {
                    continue;
                }

                string propertyPointer = ownerPointer + "/properties/" + JsonPointer.Escape(property.Key);
                try
                {
                    properties.Add(CreateProperty(schema, owner, property.Key, property.Value, name, propertyPointer, memberNames));
                }
                catch (Exception exception) when (ReaderRefusal.IsFrom(exception))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DocumentError, _locator.Locate(propertyPointer), ReaderRefusal.Message(exception, "the property is left out")));
                }
            }
        }

        ExtraMembersSpec? extra = null;
        if (schema.AdditionalProperties is { } extraSchema)
        {
            // Claimed after the declared members, so a property named `additionalProperties` keeps the plain name.
            string extraName = memberNames.Claim("AdditionalProperties");
            TypeRefSpec extraType = Resolve(extraSchema, name + "Value", pointer + "/additionalProperties");
            extra = new ExtraMembersSpec(extraName, extraType, SchemaFacts.AllowsNull(extraSchema));
        }
        else if (schema.AdditionalPropertiesAllowed && DeclaresKey(pointer, "additionalProperties"))
        {
            // `additionalProperties: true` reads like the default (no schema, allowed); only the document tells them apart.
            extra = new ExtraMembersSpec(memberNames.Claim("AdditionalProperties"), TypeRefSpec.Any, ValueIsNullable: false);
        }

        return new ObjectSpec(name, pointer, Documentation.For(schema), properties.ToEquatableArray(), extra);
    }

    /// <summary>Whether the document spells <paramref name="key"/> under the schema at <paramref name="pointer"/>: it then has a location of its own.</summary>
    private bool DeclaresKey(string pointer, string key)
        => !_locator.Locate(pointer + "/" + key).Equals(_locator.Locate(pointer));

    private PropertySpec CreateProperty(IOpenApiSchema schema, IOpenApiSchema owner, string jsonName, IOpenApiSchema? value, string typeName, string pointer, NameScope memberNames)
    {
        if (value is null)
        {
            // `name:` with no schema accepts any JSON value.
            string anyName = memberNames.Claim(Identifiers.ToPascalCase(jsonName, "Property"));
            return new PropertySpec(anyName, jsonName, TypeRefSpec.Any, schema.Required?.Contains(jsonName) == true, true, false, Documentation.For(null, null, false));
        }

        // Read everything Microsoft.OpenApi may refuse before claiming the member name, so a refused property leaves no trace.
        bool required = schema.Required?.Contains(jsonName) == true || owner.Required?.Contains(jsonName) == true;
        IOpenApiSchema? inner = SchemaFacts.WrappedSchema(value);
        bool nullable = SchemaFacts.AllowsNull(value) || (inner is not null && SchemaFacts.ReferenceId(inner) is null && SchemaFacts.AllowsNull(inner));
        bool readOnly = value.ReadOnly;
        DocumentationSpec documentation = Documentation.For(value);
        ConstraintsSpec? constraints = Constraints.ConstraintReader.Read(value, pointer, _locator, _diagnostics);
        string memberName = memberNames.Claim(Identifiers.ToPascalCase(jsonName, "Property"));
        TypeRefSpec type = Resolve(value, typeName + memberName, pointer);
        return new PropertySpec(memberName, jsonName, type, required, nullable, readOnly, documentation, constraints, value.WriteOnly, FixedValue(value, inner, type, nullable, pointer));
    }

    /// <summary>The schema itself and every <c>allOf</c> part, references followed, for composition by merging; <paramref name="skipPart"/> leaves out one top-level part (the base).</summary>
    private IEnumerable<(IOpenApiSchema Schema, string Pointer)> FlattenAllOf(IOpenApiSchema schema, string pointer, int depth = 0, int skipPart = -1)
    {
        yield return (schema, pointer);
        if (schema.AllOf is null || depth > 32)
        {
            yield break;
        }

        for (int i = 0; i < schema.AllOf.Count; i++)
        {
            if (schema.AllOf[i] is not { } part || i == skipPart)
            {
                continue;
            }

            string partPointer = pointer + "/allOf/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (SchemaFacts.ReferenceId(part) is { } id && _document.Components?.Schemas?.TryGetValue(id, out IOpenApiSchema? target) == true)
            {
                if (target is null)
                {
                    // `Name:` with no schema adds nothing to merge.
                    continue;
                }

                part = target;
                partPointer = JsonPointer.ComponentSchema(id);
            }

            foreach ((IOpenApiSchema Schema, string Pointer) nested in FlattenAllOf(part, partPointer, depth + 1))
            {
                yield return nested;
            }
        }
    }
}
