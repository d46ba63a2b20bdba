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

        Assert.Equal("LastFrameUrl", Assert.Single(error.Problems).Field);
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
}
