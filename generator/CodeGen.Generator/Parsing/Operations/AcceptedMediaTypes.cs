using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing.Operations;

/// <summary>
/// The <c>Accept</c> header of an operation. It is sent only when a success response offers several media types,
/// since only then does the server choose, and it lists the types the method reads: the JSON types when the method
/// returns JSON, the text types when it returns a string, every type when it hands over a stream.
/// </summary>
internal static class AcceptedMediaTypes
{
    /// <summary>The media types, in document order without repeats; empty when no response offers a choice.</summary>
    public static EquatableArray<string> For(IReadOnlyList<IDictionary<string, IOpenApiMediaType>> successContents, ResponseBodyKind kind)
    {
        if (!successContents.Any(content => content.Count(entry => entry.Value is not null && IsAcceptable(MediaTypes.Essence(entry.Key))) > 1))
        {
            return EquatableArray<string>.Empty;
        }

        var accepted = new List<string>();
        foreach (IDictionary<string, IOpenApiMediaType> content in successContents)
        {
            foreach (KeyValuePair<string, IOpenApiMediaType> entry in content)
            {
                string mediaType = MediaTypes.Essence(entry.Key);
                if (entry.Value is null || !IsAcceptable(mediaType) || !Reads(kind, mediaType, entry.Value) || accepted.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                accepted.Add(mediaType);
            }
        }

        return accepted.ToEquatableArray();
    }

    private static bool Reads(ResponseBodyKind kind, string mediaType, IOpenApiMediaType entry) => kind switch
    {
        ResponseBodyKind.Json => MediaTypes.IsJson(mediaType) && entry.Schema is not null,
        ResponseBodyKind.Text => MediaTypes.Classify(mediaType) == RequestBodyKind.Text,
        _ => true,
    };

    // A media range HttpClient sends as it is: type/subtype, type/*, or */*.
    private static bool IsAcceptable(string mediaType)
    {
        if (mediaType == "*/*")
        {
            return true;
        }

        return mediaType.EndsWith("/*", StringComparison.Ordinal)
            ? MediaTypes.IsSendable(mediaType.Substring(0, mediaType.Length - 1) + "x")
            : MediaTypes.IsSendable(mediaType);
    }
}
