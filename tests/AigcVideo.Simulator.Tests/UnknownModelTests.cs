using System.Net;
using System.Text.Json.Nodes;

namespace AigcVideo.Simulator.Tests;

public sealed class UnknownModelTests
{
    [Fact]
    public async Task Unknown_models_are_rejected_by_default()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        JsonObject body = TestGateway.ValidBody();
        body["model_name"] = "Seedance";

        (await gateway.CreateAsync(body)).AssertError(HttpStatusCode.BadRequest, "InvalidParameterValue");
    }

    [Theory]
    [InlineData("Seedance", "1.5-pro")]
    [InlineData("Kling", "9.9")]
    [InlineData("Jimeng", "3.0pro")]
    public async Task AcceptUnknownModels_round_trips_the_values(string modelName, string modelVersion)
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.AcceptUnknownModels = true);
        JsonObject body = TestGateway.ValidBody();
        body["model_name"] = modelName;
        body["model_version"] = modelVersion;
        body["output_config"] = new JsonObject { ["duration"] = 30, ["resolution"] = "8K" };

        string taskId = await gateway.CreateTaskAsync(body);
        ApiResponse query = (await gateway.QueryAsync(taskId)).AssertOk();

        Assert.Equal(modelName, query.Task.GetProperty("Input").GetProperty("ModelName").GetString());
        Assert.Equal(modelVersion, query.Task.GetProperty("Input").GetProperty("ModelVersion").GetString());
    }

    [Fact]
    public async Task AcceptUnknownModels_still_checks_known_versions_and_other_fields()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.AcceptUnknownModels = true);
        JsonObject known = TestGateway.ValidBody();
        known["output_config"] = new JsonObject { ["duration"] = 2 };
        JsonObject unknown = TestGateway.ValidBody();
        unknown["model_name"] = "Seedance";
        unknown["session_id"] = new string('x', 51);

        (await gateway.CreateAsync(known)).AssertError(HttpStatusCode.BadRequest, "InvalidParameterValue");
        (await gateway.CreateAsync(unknown)).AssertError(HttpStatusCode.BadRequest, "InvalidParameterValue.SessionIdTooLong");
    }

    [Fact]
    public async Task AcceptUnknownModels_does_not_accept_missing_models()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.AcceptUnknownModels = true);
        JsonObject body = TestGateway.ValidBody();
        body.Remove("model_version");

        (await gateway.CreateAsync(body)).AssertError(HttpStatusCode.BadRequest, "MissingParameter");
    }
}
