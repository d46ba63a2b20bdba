using System.Collections.Generic;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing.Filtering;

/// <summary>
/// The component schemas that a set of operations can reach, following <c>$ref</c>s transitively through properties,
/// items, allOf/oneOf/anyOf/not, additionalProperties, patternProperties and discriminator mappings. Iterative, with
/// a visited set, so reference cycles and long chains cost neither a loop nor the stack.
/// </summary>
internal sealed class ReachableSchemas
{
    private readonly HashSet<string> _componentIds = new(System.StringComparer.Ordinal);
    private readonly Stack<IOpenApiSchema> _pending = new();

    public IReadOnlyCollection<string> ComponentIds => _componentIds;

    public void AddOperation(IOpenApiPathItem pathItem, OpenApiOperation operation)
    {
        AddParameters(pathItem.Parameters);
        AddParameters(operation.Parameters);
        if (operation.RequestBody is { } body)
        {
            AddContent(body.Content);
        }

        if (operation.Responses is { } responses)
        {
            foreach (IOpenApiResponse? response in responses.Values)
            {
                if (response is null)
                {
                    continue;
                }

                AddContent(response.Content);
                if (response.Headers is { } headers)
                {
                    foreach (IOpenApiHeader? header in headers.Values)
                    {
                        Push(header?.Schema);
                        AddContent(header?.Content);
                    }
                }
            }
        }

        Drain();
    }

    private void AddParameters(IList<IOpenApiParameter>? parameters)
    {
        if (parameters is null)
        {
            return;
        }

        foreach (IOpenApiParameter? parameter in parameters)
        {
            Push(parameter?.Schema);
            AddContent(parameter?.Content);
        }
    }

    private void AddContent(IDictionary<string, IOpenApiMediaType>? content)
    {
        if (content is null)
        {
            return;
        }

        foreach (IOpenApiMediaType? mediaType in content.Values)
        {
            Push(mediaType?.Schema);
            Push(mediaType?.ItemSchema);
        }
    }

    private void Push(IOpenApiSchema? schema)
    {
        if (schema is not null)
        {
            _pending.Push(schema);
        }
    }

    private void PushAll(IEnumerable<IOpenApiSchema>? schemas)
    {
        if (schemas is null)
        {
            return;
        }

        foreach (IOpenApiSchema? schema in schemas)
        {
            Push(schema);
        }
    }

    private void Drain()
    {
        while (_pending.Count > 0)
        {
            IOpenApiSchema schema = _pending.Pop();
            if (schema is OpenApiSchemaReference reference)
            {
                // Only the first visit of a component walks it: that is what ends cycles.
                if (reference.Reference?.Id is { } id && _componentIds.Add(id))
                {
                    Push(reference.Target);
                }

                continue;
            }

            PushAll(schema.Properties?.Values);
            PushAll(schema.PatternProperties?.Values);
            PushAll(schema.AllOf);
            PushAll(schema.OneOf);
            PushAll(schema.AnyOf);
            Push(schema.Items);
            Push(schema.Not);
            Push(schema.AdditionalProperties);
            if (schema.Discriminator?.Mapping is { } mapping)
            {
                foreach (OpenApiSchemaReference? mapped in mapping.Values)
                {
                    Push(mapped);
                }
            }
        }
    }
}
