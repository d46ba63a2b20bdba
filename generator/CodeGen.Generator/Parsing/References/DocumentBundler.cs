using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Naming;
using CodeGen.Generator.Parsing.Limits;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Pipeline.References;

namespace CodeGen.Generator.Parsing.References;

/// <summary>
/// Turns a document whose <c>$ref</c>s reach other files, or pointers other than one component, into the single
/// document Microsoft.OpenApi and the schema catalog read: a schema reached that way becomes a component named
/// after its target (<c>Pet</c> for <c>./schemas/pet.yaml#/Pet</c>, the file's name for a whole-file reference),
/// anything else (a path item, a parameter, a response…) is copied where it is referenced. Files are taken only
/// from the AdditionalFiles the pipeline handed over; each reference is resolved relative to the file that holds
/// it, and every one that cannot be is reported where it is written.
/// </summary>
internal sealed class DocumentBundler
{
    private const int MaxAliasChain = 64;
    private static readonly Regex s_component = new("^/components/[^/]+/[^/]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_componentSchema = new("^/components/schemas/[^/]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_swaggerComponent = new("^/(definitions|parameters|responses)/[^/]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_swaggerSchema = new("^/definitions/[^/]+$", RegexOptions.CultureInvariant);

    private readonly LoadedFile _root;
    private readonly FileIndex<ReferencedFile> _files = new();
    private readonly Dictionary<string, LoadedFile?> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hoisted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takenTypeNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _takenKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hoistedNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _adopted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inlining = new(StringComparer.Ordinal);
    private readonly Queue<(string Name, LoadedFile File, string Pointer)> _pending = new();
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly CancellationToken _cancellationToken;

    // Swagger 2 keeps its schemas in /definitions, its parameters and responses at the top.
    private readonly bool _isSwagger;
    private readonly Regex _component;
    private readonly Regex _componentSchema;
    private readonly string _schemasPointer;
    private JsonObject? _schemas;

    private DocumentBundler(LoadedFile root, IEnumerable<ReferencedFile> files, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        _root = root;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
        foreach (ReferencedFile file in files)
        {
            _files.Add(file.Path, file);
        }

        _loaded[root.Key] = root;
        _isSwagger = root.Tree is JsonObject rootObject && rootObject.ContainsKey("swagger");
        _component = _isSwagger ? s_swaggerComponent : s_component;
        _componentSchema = _isSwagger ? s_swaggerSchema : s_componentSchema;
        _schemasPointer = _isSwagger ? "/definitions" : "/components/schemas";
        if (ReferenceTree.Find(root.Tree, _schemasPointer) is JsonObject schemas)
        {
            _schemas = schemas;
            foreach (KeyValuePair<string, JsonNode?> component in schemas)
            {
                _takenKeys.Add(component.Key);
                _takenTypeNames.Add(Identifiers.ToPascalCase(component.Key, "Schema"));
                Adopt(component.Key, component.Value);
            }
        }
    }

    /// <summary>
    /// The bundled document as JSON text, or null when the root does not parse as a tree (the reader then reports
    /// it as for any document).
    /// </summary>
    public static string? Bundle(string path, string text, SourceLocator locator, IEnumerable<ReferencedFile> files, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        JsonNode? tree;
        try
        {
            tree = ReferenceTree.Read(text, path.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }

        if (tree is not JsonObject)
        {
            return null;
        }

        var root = new LoadedFile(path, ReferencePath.Normalize(path), tree, locator, IsRoot: true);
        var bundler = new DocumentBundler(root, files, diagnostics, cancellationToken);
        bundler.Run();
        return tree.ToJsonString();
    }

    /// <summary>
    /// A root component that is only a reference to another file (<c>Pet: {$ref: './pet.yaml'}</c>) takes the target
    /// in under its own name, so that every other reference to the same target is that type, not a second one.
    /// </summary>
    private void Adopt(string name, JsonNode? component)
    {
        if (component is JsonObject { Count: 1 } alias && alias["$ref"] is JsonValue value && value.TryGetValue(out string? reference)
            && !ReferencePath.IsAbsoluteUri(reference) && ReferencePath.FilePart(reference) is { Length: > 0 } filePart)
        {
            string key = ReferencePath.Resolve(_root.Path, filePart) + "#" + ReferencePath.Fragment(reference);
            if (!_hoisted.ContainsKey(key))
            {
                _hoisted[key] = name;
                _adopted[name] = key;
            }
        }
    }

    private JsonNode? VisitAdopted(JsonObject holder, string reference, string name, string pointer)
    {
        if (!TryFollow(reference, new ReferenceSite(_root, pointer), out LoadedFile target, out string fragment, out JsonNode? node))
        {
            return new JsonObject();
        }

        if (node is null || target.Key + "#" + fragment != _adopted[name]
            || node is JsonObject { Count: 1 } alias && alias.ContainsKey("$ref"))
        {
            // Matched another spelling of the path, or a chain of references: resolved as any schema reference.
            return ResolveSchema(holder, reference, _root, pointer);
        }

        JsonNode copy = node.DeepClone();
        return Visit(copy, ReferenceRole.Schema, target, fragment) ?? copy;
    }

    private void Run()
    {
        Visit(_root.Tree!, ReferenceRole.Other, _root, string.Empty);
        while (_pending.Count > 0)
        {
            (string name, LoadedFile file, string pointer) = _pending.Dequeue();
            if (Visit(_schemas![name]!, ReferenceRole.Schema, file, pointer) is { } replaced)
            {
                _schemas[name] = replaced;
            }
        }
    }

    /// <summary>Resolves the references under a node; returns a node to put in its place, or null to keep it.</summary>
    private JsonNode? Visit(JsonNode node, ReferenceRole role, LoadedFile file, string pointer)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        switch (node)
        {
            case JsonObject obj when role is ReferenceRole.Schema or ReferenceRole.Other
                && obj.TryGetPropertyValue("$ref", out JsonNode? reference)
                && reference is JsonValue value && value.TryGetValue(out string? target):
                return role == ReferenceRole.Schema
                    ? ResolveSchema(obj, target, file, pointer)
                    : ResolveOther(obj, target, file, pointer);
            case JsonObject obj:
                foreach (string key in obj.Select(property => property.Key).ToArray())
                {
                    if (ReferenceEquals(obj, _schemas) && _hoistedNames.Contains(key))
                    {
                        // Taken from another place: resolved from there, relative to its own file.
                        continue;
                    }

                    if (ReferenceEquals(obj, _schemas) && _adopted.ContainsKey(key)
                        && obj[key] is JsonObject adopted && adopted["$ref"] is JsonValue adoptedValue && adoptedValue.TryGetValue(out string? adoptedReference))
                    {
                        if (VisitAdopted(adopted, adoptedReference, key, pointer + "/" + JsonPointer.Escape(key)) is { } taken)
                        {
                            obj[key] = taken;
                        }

                        continue;
                    }

                    ReferenceRole childRole = ReferenceRoles.OfProperty(role, key);
                    if (childRole != ReferenceRole.Data && obj[key] is { } child
                        && Visit(child, childRole, file, pointer + "/" + JsonPointer.Escape(key)) is { } replaced)
                    {
                        obj[key] = replaced;
                    }
                }

                return null;
            case JsonArray array:
                ReferenceRole elementRole = ReferenceRoles.OfElement(role);
                if (elementRole == ReferenceRole.Data)
                {
                    return null;
                }

                for (int i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } element
                        && Visit(element, elementRole, file, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } replaced)
                    {
                        array[i] = replaced;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private JsonNode? ResolveSchema(JsonObject holder, string reference, LoadedFile file, string pointer)
    {
        string? component = SchemaComponent(reference, file, pointer, depth: 0);
        if (component is null)
        {
            // Unresolvable (reported): free-form JSON, keeping the description and the like beside the $ref.
            var freeForm = new JsonObject();
            CopySiblings(holder, freeForm);
            return freeForm;
        }

        holder["$ref"] = component;
        return null;
    }

    /// <summary>The local reference (<c>#/components/schemas/Pet</c>) that stands for a schema reference, or null.</summary>
    private string? SchemaComponent(string reference, LoadedFile file, string pointer, int depth)
    {
        var site = new ReferenceSite(file, pointer);
        if (!TryFollow(reference, site, out LoadedFile? target, out string fragment, out JsonNode? node))
        {
            return null;
        }

        if (target.IsRoot && _componentSchema.IsMatch(fragment))
        {
            return "#" + fragment;
        }

        // A target that is itself only a reference is followed, so that no alias component appears.
        if (node is JsonObject { Count: 1 } alias && alias["$ref"] is JsonValue aliasValue && aliasValue.TryGetValue(out string? next))
        {
            if (depth >= MaxAliasChain || !_inlining.Add(target.Key + "#" + fragment))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, site.Locate(), reference));
                return null;
            }

            try
            {
                return SchemaComponent(next, target, fragment, depth + 1);
            }
            finally
            {
                _inlining.Remove(target.Key + "#" + fragment);
            }
        }

        string key = target.Key + "#" + fragment;
        if (!_hoisted.TryGetValue(key, out string? name))
        {
            name = NewComponentName(target, fragment);
            _hoisted[key] = name;
            _hoistedNames.Add(name);
            if (_schemas is null)
            {
                _schemas = new JsonObject();
                JsonObject rootObject = (JsonObject)_root.Tree!;
                if (_isSwagger)
                {
                    rootObject["definitions"] = _schemas;
                }
                else
                {
                    if (rootObject["components"] is not JsonObject components)
                    {
                        components = new JsonObject();
                        rootObject["components"] = components;
                    }

                    components["schemas"] = _schemas;
                }
            }

            _schemas[name] = node!.DeepClone();
            _pending.Enqueue((name, target, fragment));
        }

        return "#" + _schemasPointer + "/" + JsonPointer.Escape(name);
    }

    private JsonNode? ResolveOther(JsonObject holder, string reference, LoadedFile file, string pointer)
    {
        var site = new ReferenceSite(file, pointer);
        if (!TryFollow(reference, site, out LoadedFile? target, out string fragment, out JsonNode? node))
        {
            return null;
        }

        if (target.IsRoot && _component.IsMatch(fragment))
        {
            // A component of the root (a parameter, a response…): Microsoft.OpenApi reads it as it is.
            if (!file.IsRoot)
            {
                holder["$ref"] = "#" + fragment;
            }

            return null;
        }

        string key = target.Key + "#" + fragment;
        if (!_inlining.Add(key))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, site.Locate(), reference));
            return new JsonObject();
        }

        try
        {
            JsonNode copy = node!.DeepClone();
            if (copy is JsonObject copied)
            {
                // OpenAPI 3.1: a summary or description beside the $ref overrides the target's.
                CopySiblings(holder, copied);
            }

            return Visit(copy, ReferenceRole.Other, target, fragment) ?? copy;
        }
        finally
        {
            _inlining.Remove(key);
        }
    }

    /// <summary>Finds what a reference names, reporting where it is written why it cannot be followed.</summary>
    private bool TryFollow(string reference, ReferenceSite site, out LoadedFile target, out string fragment, out JsonNode? node)
    {
        LoadedFile file = site.File;
        target = file;
        fragment = ReferencePath.Fragment(reference);
        node = null;
        if (ReferencePath.IsAbsoluteUri(reference))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RemoteReference, site.Locate(), reference));
            return false;
        }

        string filePart = ReferencePath.FilePart(reference);
        if (filePart.Length > 0)
        {
            string path = ReferencePath.Resolve(file.Path, filePart);
            if (Load(path, reference, site) is not { } loaded)
            {
                return false;
            }

            target = loaded;
        }

        if (target.IsRoot && _component.IsMatch(fragment))
        {
            // Left to Microsoft.OpenApi and the catalog, which report a missing component as they always have.
            return true;
        }

        node = ReferenceTree.Find(target.Tree, fragment);
        if (node is null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferencedPointerMissing, site.Locate(), reference, "#" + fragment, target.Path));
            return false;
        }

        return true;
    }

    private LoadedFile? Load(string key, string reference, ReferenceSite site)
    {
        if (_loaded.TryGetValue(key, out LoadedFile? known))
        {
            return known;
        }

        if (_files.Find(key) is not { } file)
        {
            // Not cached: every reference to a missing file is reported where it is written.
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ExternalReference, site.Locate(), reference, key));
            return null;
        }

        string fileKey = ReferencePath.Normalize(file.Path);
        if (_loaded.TryGetValue(fileKey, out known))
        {
            _loaded[key] = known;
            return known;
        }

        var locator = new SourceLocator(file.Path, file.Text);
        LoadedFile? loaded = null;
        if (DocumentPreScan.Check(file.Text, _cancellationToken) is { } violation)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LimitExceeded, locator.LocateIndex(violation.Index), violation.What, violation.Limit, violation.Fix));
        }
        else
        {
            try
            {
                loaded = new LoadedFile(file.Path, fileKey, ReferenceTree.Read(file.Text, file.IsJson), locator, IsRoot: false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferencedFileUnreadable, locator.LocateError(null, exception.Message), file.Path, exception.Message));
            }
        }

        _loaded[key] = loaded;
        _loaded[fileKey] = loaded;
        return loaded;
    }

    /// <summary>The target's own name (the last key of its pointer, else its file's name), made unique.</summary>
    private string NewComponentName(LoadedFile target, string fragment)
    {
        string baseName = NameFromPointer(fragment) ?? FileStem(target.Path);
        string candidate = baseName;
        for (int suffix = 2; _takenKeys.Contains(candidate) || _takenTypeNames.Contains(Identifiers.ToPascalCase(candidate, "Schema")); suffix++)
        {
            candidate = baseName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _takenKeys.Add(candidate);
        _takenTypeNames.Add(Identifiers.ToPascalCase(candidate, "Schema"));
        return candidate;
    }

    /// <summary>Copies every member of <paramref name="holder"/> but its <c>$ref</c> into <paramref name="target"/>.</summary>
    private static void CopySiblings(JsonObject holder, JsonObject target)
    {
        foreach (KeyValuePair<string, JsonNode?> property in holder)
        {
            if (property.Key != "$ref")
            {
                target[property.Key] = property.Value?.DeepClone();
            }
        }
    }

    private static string? NameFromPointer(string fragment)
    {
        string[] segments = fragment.Split('/');
        for (int i = segments.Length - 1; i > 0; i--)
        {
            string segment = JsonPointer.Unescape(segments[i]);
            if (segment.Length > 0 && !segment.All(char.IsDigit) && !s_structuralKeys.Contains(segment))
            {
                return segment;
            }
        }

        return null;
    }

    private static readonly HashSet<string> s_structuralKeys = new(StringComparer.Ordinal)
    {
        "schema", "items", "additionalProperties", "not", "allOf", "anyOf", "oneOf", "properties", "content", "schemas", "components", "definitions", "$defs",
    };

    private static string FileStem(string path)
    {
        string name = path.Replace('\\', '/');
        name = name.Substring(name.LastIndexOf('/') + 1);
        int dot = name.IndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }
}
