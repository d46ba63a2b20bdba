using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing.Filtering;

/// <summary>
/// Cuts a read document down to the operations an <see cref="OperationFilter"/> keeps and the component schemas they
/// reach, before anything is generated from it, so the catalog and the client never see the rest.
/// </summary>
internal static class DocumentFilter
{
    /// <summary>Applies <paramref name="filter"/> in place; returns how many operations are kept.</summary>
    public static int Apply(OpenApiDocument document, OperationFilter filter)
    {
        var reachable = new ReachableSchemas();
        int kept = 0;
        if (document.Paths is { } paths)
        {
            foreach (KeyValuePair<string, IOpenApiPathItem> path in paths.Where(p => p.Value?.Operations is not null))
            {
                Dictionary<HttpMethod, OpenApiOperation> operations = path.Value.Operations!;
                foreach (KeyValuePair<HttpMethod, OpenApiOperation> entry in operations.ToList())
                {
                    if (entry.Value is not null && filter.Keeps(path.Key, entry.Value.OperationId, TagNames(entry.Value)))
                    {
                        reachable.AddOperation(path.Value, entry.Value);
                        kept++;
                    }
                    else
                    {
                        operations.Remove(entry.Key);
                    }
                }
            }
        }

        if (document.Components?.Schemas is { } schemas)
        {
            foreach (string id in schemas.Keys.Where(id => !reachable.ComponentIds.Contains(id)).ToList())
            {
                schemas.Remove(id);
            }
        }

        return kept;
    }

    public static int CountOperations(OpenApiDocument document)
        => document.Paths?.Values.Sum(path => path?.Operations?.Count(operation => operation.Value is not null) ?? 0) ?? 0;

    private static IEnumerable<string> TagNames(OpenApiOperation operation)
        => operation.Tags is null
            ? Enumerable.Empty<string>()
            : operation.Tags.Select(tag => tag?.Name ?? tag?.Reference?.Id).OfType<string>();
}
