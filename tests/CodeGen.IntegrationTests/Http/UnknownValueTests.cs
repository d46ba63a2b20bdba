using System.Text.Json;
using AigcVideo.Client;
using CodeGen.Runtime.Json;
using TaskStatus = AigcVideo.Client.TaskStatus;

namespace CodeGen.IntegrationTests.Http;

/// <summary>Values the spec does not list, sent by the server, survive reading and writing unchanged.</summary>
public sealed class UnknownValueTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public UnknownValueTests(SimulatorFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task A_model_name_the_spec_does_not_know_round_trips()
    {
        AigcVideoClient client = _fixture.CreateClient();
        CreateTaskResponse created = await client.CreateAigcVideoTaskAsync(new CreateAigcVideoTaskRequest
        {
            ModelName = "Seedance",
            ModelVersion = "2.0-pro",
            Prompt = "A model released after this client was generated",
        });

        AigcVideoTaskInput echo = (await client.QueryTaskAsync(created.Response.TaskId!)).Response.AigcVideoTask!.Input!;
        Assert.False(echo.ModelName!.Value.IsKnown);
        Assert.Equal("Seedance", echo.ModelName.Value.Value);
        Assert.Equal("2.0-pro", echo.ModelVersion!.Value.Value);

        string written = JsonSerializer.Serialize(echo, JsonOptions());
        Assert.Contains("\"ModelName\":\"Seedance\"", written);
        Assert.Contains("\"ModelVersion\":\"2.0-pro\"", written);
    }

    [Fact]
    public async Task A_status_the_spec_does_not_know_round_trips()
    {
        AigcVideoClient client = _fixture.CreateClient();
        CreateTaskResponse created = await client.CreateAigcVideoTaskAsync(new CreateAigcVideoTaskRequest
        {
            ModelName = ModelName.Vidu,
            ModelVersion = ModelVersion.Q2Pro,
            Prompt = "Paused by the operator",
        });
        _fixture.Simulator.ForceStatus(created.Response.TaskId!, "SUSPENDED");

        QueryTaskResponse queried = await client.QueryTaskAsync(created.Response.TaskId!);
        TaskStatus status = queried.Response.Status!.Value;
        Assert.False(status.IsKnown);
        Assert.Equal("SUSPENDED", status.ToString());
        Assert.NotEqual(TaskStatus.Finish, status);

        byte[] rewritten = ApiJson.SerializeToUtf8Bytes(queried, QueryTaskResponseJsonConverterAccess.Converter);
        using JsonDocument document = JsonDocument.Parse(rewritten);
        Assert.Equal("SUSPENDED", document.RootElement.GetProperty("Response").GetProperty("Status").GetString());
        Assert.Equal("SUSPENDED", document.RootElement.GetProperty("Response").GetProperty("AigcVideoTask").GetProperty("Status").GetString());
    }

    private static JsonSerializerOptions JsonOptions()
    {
        var options = new JsonSerializerOptions();
        options.TypeInfoResolverChain.Add(AigcVideoClientJsonTypeInfoResolver.Instance);
        return options;
    }
}
