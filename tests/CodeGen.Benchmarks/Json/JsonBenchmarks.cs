using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Configs;
using CodeGen.Benchmarks.Payloads;
using CodeGen.Benchmarks.Peers.Dtos;
using TencentVod.Sdk;

namespace CodeGen.Benchmarks.Json;

/// <summary>
/// JSON alone, no HTTP: serialize the create request and deserialize the finished query response, with our
/// generated converters, System.Text.Json's source generator on equivalent hand-written DTOs (the baseline), and
/// System.Text.Json's reflection path on the same DTOs. Serialization writes into a reused buffer so only the
/// serializer's own allocations count.
/// </summary>
[Config(typeof(ShortBenchmarkConfig))]
public class JsonBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private Utf8JsonWriter _writer = null!;
    private CreateAigcVideoTaskRequest _ourRequest = null!;
    private CreateTaskRequestDto _dtoRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_buffer);
        _ourRequest = JsonSerializer.Deserialize(Payload.CreateRequest, OurJson.CreateRequest)!;
        _dtoRequest = JsonSerializer.Deserialize(Payload.CreateRequest, DtoJsonContext.Default.CreateTaskRequestDto)!;
        JsonPayloadCheck.Verify(this);
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true, Description = "STJ source generator")]
    [BenchmarkCategory("Serialize create request")]
    public int SerializeSourceGenerated()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _dtoRequest, DtoJsonContext.Default.CreateTaskRequestDto);
        return Written();
    }

    [Benchmark(Description = "ours (generated converters)")]
    [BenchmarkCategory("Serialize create request")]
    public int SerializeOurs()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _ourRequest, OurJson.CreateRequest);
        return Written();
    }

    [Benchmark(Description = "STJ reflection")]
    [BenchmarkCategory("Serialize create request")]
    public int SerializeReflection()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _dtoRequest, DtoJsonContext.ReflectionOptions);
        return Written();
    }

    [Benchmark(Baseline = true, Description = "STJ source generator")]
    [BenchmarkCategory("Deserialize query response")]
    public QueryTaskResponseDto? DeserializeSourceGenerated() => JsonSerializer.Deserialize(Payload.QueryResponse, DtoJsonContext.Default.QueryTaskResponseDto);

    [Benchmark(Description = "ours (generated converters)")]
    [BenchmarkCategory("Deserialize query response")]
    public QueryTaskResponse? DeserializeOurs() => JsonSerializer.Deserialize(Payload.QueryResponse, OurJson.QueryResponse);

    [Benchmark(Description = "STJ reflection")]
    [BenchmarkCategory("Deserialize query response")]
    public QueryTaskResponseDto? DeserializeReflection() => JsonSerializer.Deserialize<QueryTaskResponseDto>(Payload.QueryResponse, DtoJsonContext.ReflectionOptions);

    internal ReadOnlySpan<byte> LastWritten => _buffer.WrittenSpan;

    private void Reset()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    private int Written()
    {
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}
