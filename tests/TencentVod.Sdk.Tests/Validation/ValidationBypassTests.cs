namespace TencentVod.Sdk.Tests.Validation;

/// <summary>Validation before create, and the switch that lets a request through when the service moved ahead.</summary>
public sealed class ValidationBypassTests
{
    private static CreateAigcVideoTaskRequest LastFrameOnKling25 => Requests.Kling() with
    {
        ModelVersion = "2.5",
        FileInfos = [new InputFileInfo { Type = FileType.Url, Category = FileCategory.Image, Url = "https://example.com/first.png" }],
        LastFrameUrl = "https://example.com/last.png",
    };

    [Fact]
    public async Task A_rule_breaking_request_is_stopped_before_anything_is_sent()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();

        var error = await Assert.ThrowsAsync<AigcVideoValidationException>(() => gateway.Client.CreateAndWaitAsync(LastFrameOnKling25, gateway.Options()));

        Assert.Equal("$.last_frame_url", Assert.Single(error.Problems).Field);
        Assert.Empty(gateway.Sent);
    }

    [Fact]
    public async Task The_bypass_switch_lets_it_through_to_a_service_that_accepts_it()
    {
        // A gateway that follows Tencent's current doc: any model takes a last frame with a first frame.
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync(o => o.LegacyLastFrameRules = false);

        AigcVideoTaskResult result = await gateway.RunAsync(
            gateway.Client.CreateAndWaitAsync(LastFrameOnKling25, gateway.Options(o => o.BypassValidation = true)));

        Assert.NotNull(result.FileUrl);
    }

    [Fact]
    public async Task The_bypass_switch_lifts_the_specs_constraints_too_so_the_gateway_judges()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        var request = Requests.Kling() with { SessionId = new string('s', 51) };

        var stopped = await Assert.ThrowsAsync<AigcVideoValidationException>(() => gateway.Client.CreateTaskAsync(request));
        Assert.Empty(gateway.Sent);
        var refused = await Assert.ThrowsAsync<AigcVideoApiException>(() => gateway.Client.CreateTaskAsync(request, gateway.Options(o => o.BypassValidation = true)));

        Assert.Equal("$.session_id maxLength", $"{Assert.Single(stopped.Problems).Field} {stopped.Problems[0].Rule}");
        Assert.Single(gateway.Sent);
        Assert.Contains("session", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_client_on_generated_options_reports_the_generated_check_as_the_sdks_exception()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        using var http = new HttpClient();
        var client = new AigcVideoClient(http, new AigcVideoClientOptions { BaseAddress = gateway.Simulator.BaseAddress });

        var error = await Assert.ThrowsAsync<AigcVideoValidationException>(
            () => client.CreateTaskAsync(Requests.Kling() with { TasksPriority = 11 }, gateway.Options(o => o.BypassValidation = true)));

        Assert.Equal("$.tasks_priority maximum 10", $"{Assert.Single(error.Problems).Field} {error.Problems[0].Rule} {error.Problems[0].Limit}");
    }
}
