using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeGen.Benchmarks.Peers.Dtos;

/// <summary>System.Text.Json's own source generator over the hand-written DTOs: the JSON peer, and Refit's serializer.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateTaskRequestDto))]
[JsonSerializable(typeof(CreateTaskResponseDto))]
[JsonSerializable(typeof(QueryTaskResponseDto))]
public sealed partial class DtoJsonContext : JsonSerializerContext
{
    /// <summary>The same settings without the generated metadata: System.Text.Json's reflection path.</summary>
    public static JsonSerializerOptions ReflectionOptions { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };
}
