using System.Net;
using AigcVideo.Client;
using CodeGen.Runtime.Authentication;
using CodeGen.Runtime.Errors;

namespace CodeGen.IntegrationTests.Http;

/// <summary>Non-success statuses become exceptions with the status, headers, raw body and the typed Tencent error.</summary>
public sealed class ErrorTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public ErrorTests(SimulatorFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task A_wrong_key_gives_a_typed_401()
    {
        var exception = await Assert.ThrowsAsync<ApiException<ErrorResponse>>(() =>
            _fixture.CreateClient(apiKey: "not-the-key").QueryTaskAsync("any"));

        Assert.Equal(HttpStatusCode.Unauthorized, exception.StatusCode);
        Assert.StartsWith("AuthFailure", exception.Error.Response.Error.Code);
        Assert.False(string.IsNullOrEmpty(exception.Error.Response.Error.Message));
        Assert.Contains("AuthFailure", exception.Body);
        Assert.Contains(exception.Headers, h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("not-the-key", exception.Message);
    }

    [Fact]
    public async Task A_51_character_session_id_is_rejected_with_the_Tencent_code()
    {
        // The client's own validation would stop it first (see Validation/); switched off, the server's answer is tested.
        var client = new AigcVideoClient(_fixture.HttpClient, new AigcVideoClientOptions
        {
            BaseAddress = _fixture.Simulator.BaseAddress,
            AccessTokenProvider = AccessTokenProvider.FromToken(_fixture.Simulator.ApiKey),
            ValidateRequests = false,
        });
        var exception = await Assert.ThrowsAsync<ApiException<ErrorResponse>>(() =>
            client.CreateAigcVideoTaskAsync(new CreateAigcVideoTaskRequest
            {
                ModelName = ModelName.Kling,
                ModelVersion = ModelVersion._2_1,
                Prompt = "too long a session id",
                SessionId = new string('s', 51),
            }));

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Equal("InvalidParameterValue.SessionIdTooLong", exception.Error.Response.Error.Code);
        Assert.False(string.IsNullOrEmpty(exception.Error.Response.RequestId));
    }
}
