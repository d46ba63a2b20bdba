namespace TencentVod.Sdk.Tests;

/// <summary>Requests the simulator accepts, to build on with <c>with</c>.</summary>
internal static class Requests
{
    public static CreateAigcVideoTaskRequest Kling(string prompt = "A red fox running through snow at dawn") => new()
    {
        ModelName = ModelName.Kling,
        ModelVersion = "2.1",
        Prompt = prompt,
    };
}
