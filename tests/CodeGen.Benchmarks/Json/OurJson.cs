using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TencentVod.Sdk;

namespace CodeGen.Benchmarks.Json;

/// <summary>
/// Our generated converters as a consumer reaches them: through the generated <c>IJsonTypeInfoResolver</c> (the
/// converters themselves are internal to the SDK). The JsonTypeInfo is looked up once, as a source-generated
/// context's property would be.
/// </summary>
internal static class OurJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonTypeInfo<CreateAigcVideoTaskRequest> CreateRequest { get; } = (JsonTypeInfo<CreateAigcVideoTaskRequest>)Options.GetTypeInfo(typeof(CreateAigcVideoTaskRequest));

    public static JsonTypeInfo<QueryTaskResponse> QueryResponse { get; } = (JsonTypeInfo<QueryTaskResponse>)Options.GetTypeInfo(typeof(QueryTaskResponse));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.TypeInfoResolverChain.Add(AigcVideoClientJsonTypeInfoResolver.Instance);
        options.MakeReadOnly();
        return options;
    }
}
