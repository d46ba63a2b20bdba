using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodeGen.Generator.Tests.Runtime;

/// <summary>The generated converters, run through <c>JsonSerializer</c> with only the generated resolver.</summary>
public sealed class JsonRoundTripTests : IClassFixture<GeneratedAssembly>
{
    private readonly GeneratedAssembly _generated;

    public JsonRoundTripTests(GeneratedAssembly generated) => _generated = generated;

    [Theory]
    [InlineData("CreateTaskResponse", """{"Response":{"TaskId":"1251-AigcVideo-abc","RequestId":"req-1"}}""")]
    [InlineData("CreateAigcVideoTaskRequest", """{"model_name":"Kling","model_version":"2.5","prompt":"A fox in the snow"}""")]
    [InlineData("CreateAigcVideoTaskRequest", """{"model_name":"SomeFutureModel","model_version":"9.9"}""")]
    public void Json_round_trips_unchanged(string typeName, string json)
    {
        object? value = _generated.Deserialize(json, typeName);

        Assert.NotNull(value);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(_generated.Serialize(value, typeName))), _generated.Serialize(value, typeName));
    }

    [Fact]
    public void Unknown_members_are_skipped()
    {
        object? value = _generated.Deserialize("""{"Response":{"RequestId":"r","Added":{"deep":[1,2,{"x":null}]}},"Other":1}""", "CreateTaskResponse");

        Assert.Equal("""{"Response":{"RequestId":"r"}}""", _generated.Serialize(value, "CreateTaskResponse"));
    }

    [Fact]
    public void A_missing_required_member_is_a_json_exception()
        => Assert.ThrowsAny<JsonException>(() => _generated.Deserialize("""{"Response":{"TaskId":"t"}}""", "CreateTaskResponse"));

    [Fact]
    public void Null_for_a_required_non_nullable_member_is_a_json_exception()
        => Assert.ThrowsAny<JsonException>(() => _generated.Deserialize("""{"Response":null}""", "CreateTaskResponse"));

    [Fact]
    public void Open_enums_keep_unknown_values()
    {
        object known = _generated.Deserialize("\"FINISH\"", "TaskStatus")!;
        object unknown = _generated.Deserialize("\"PAUSED\"", "TaskStatus")!;

        Assert.True((bool)known.GetType().GetProperty("IsKnown")!.GetValue(known)!);
        Assert.False((bool)unknown.GetType().GetProperty("IsKnown")!.GetValue(unknown)!);
        Assert.Equal("\"PAUSED\"", _generated.Serialize(unknown, "TaskStatus"));
        Assert.Equal(_generated.Type("TaskStatus").GetProperty("Finish")!.GetValue(null), known);
    }

    [Fact]
    public void Records_from_equal_json_are_equal()
    {
        const string json = """{"Response":{"TaskId":"t","RequestId":"r"}}""";

        Assert.Equal(_generated.Deserialize(json, "CreateTaskResponse"), _generated.Deserialize(json, "CreateTaskResponse"));
    }

    [Fact]
    public void The_resolver_knows_every_generated_record_and_enum()
    {
        Type resolverType = _generated.Type("AigcVideoClientJsonTypeInfoResolver");
        Type[] modelTypes = _generated.Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace == "AigcVideo.Client" && t.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonConverterAttribute), false).Length > 0)
            .ToArray();

        Assert.NotEmpty(modelTypes);
        Assert.All(modelTypes, t => Assert.NotNull(_generated.Options.TypeInfoResolver!.GetTypeInfo(t, _generated.Options)));
        Assert.Null(_generated.Options.TypeInfoResolver!.GetTypeInfo(resolverType, _generated.Options));
    }
}
