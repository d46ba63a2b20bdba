using System.Text.Json;
using System.Text.Json.Serialization;
using AigcVideo.Client;

namespace CodeGen.IntegrationTests.Http;

/// <summary>The generated converters are internal; tests reach one the way users do, through the resolver.</summary>
internal static class QueryTaskResponseJsonConverterAccess
{
    public static JsonConverter<QueryTaskResponse> Converter { get; } =
        (JsonConverter<QueryTaskResponse>)AigcVideoClientJsonTypeInfoResolver.Instance.GetTypeInfo(typeof(QueryTaskResponse), new JsonSerializerOptions())!.Converter;
}
