using System.Net;

namespace AigcVideo.Simulator.Tests;

public sealed class PromptTokenTests
{
    [Theory]
    [InlineData("[sim:explode]")]
    [InlineData("a fox [sim:fail=]")]
    [InlineData("a fox [sim:abort")]
    public async Task Unknown_or_malformed_tokens_are_invalid_parameter_value(string prompt)
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.CreateAsync(TestGateway.BodyWithPrompt(prompt));

        response.AssertError(HttpStatusCode.BadRequest, "InvalidParameterValue");
        Assert.Contains("[sim:reject-content]", response.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prompts_without_tokens_finish_normally_and_echo_unchanged()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync(TestGateway.BodyWithPrompt("a [simple] fox, sim: none"));

        gateway.AdvanceToFinish();
        ApiResponse finished = (await gateway.QueryAsync(taskId)).AssertOk();

        Assert.Equal(0, finished.Task.GetProperty("ErrCode").GetInt64());
        Assert.Equal("a [simple] fox, sim: none", finished.Task.GetProperty("Input").GetProperty("Prompt").GetString());
    }
}
