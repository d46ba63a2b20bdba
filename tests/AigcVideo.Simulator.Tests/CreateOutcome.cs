using System.Net;

namespace AigcVideo.Simulator.Tests;

/// <summary>The two outcomes the table-driven validation tests check, each against a fresh gateway.</summary>
internal static class CreateOutcome
{
    public static async Task AssertRejectedAsync(string name, string body, string expectedCode)
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.CreateAsync(body);

        Assert.True(response.Status == HttpStatusCode.BadRequest, $"{name}: {response.Raw}");
        response.AssertError(HttpStatusCode.BadRequest, expectedCode);
    }

    public static async Task AssertAcceptedAsync(string name, string body)
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.CreateAsync(body);

        Assert.True(response.Status == HttpStatusCode.OK, $"{name}: {response.Raw}");
        response.AssertOk();
    }
}
