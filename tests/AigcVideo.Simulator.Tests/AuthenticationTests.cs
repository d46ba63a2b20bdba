using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace AigcVideo.Simulator.Tests;

public sealed class AuthenticationTests
{
    private const string Body = """{"model_name":"Kling","model_version":"3.0","prompt":"fox"}""";

    [Fact]
    public async Task Create_without_authorization_is_401_signature_failure()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        using var http = new HttpClient { BaseAddress = gateway.Simulator.BaseAddress };

        ApiResponse response = await PostAsync(http, TestGateway.CreatePath);

        response.AssertError(HttpStatusCode.Unauthorized, "AuthFailure.SignatureFailure");
        Assert.Equal("application/json", response.MediaType);
    }

    [Fact]
    public async Task Create_with_wrong_key_is_401_token_failure()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        using var http = new HttpClient { BaseAddress = gateway.Simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-key");

        ApiResponse response = await PostAsync(http, TestGateway.CreatePath);

        response.AssertError(HttpStatusCode.Unauthorized, "AuthFailure.TokenFailure");
    }

    [Fact]
    public async Task Non_bearer_scheme_is_401_signature_failure()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        using var http = new HttpClient { BaseAddress = gateway.Simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", gateway.Simulator.ApiKey);

        ApiResponse response = await PostAsync(http, TestGateway.CreatePath);

        response.AssertError(HttpStatusCode.Unauthorized, "AuthFailure.SignatureFailure");
    }

    [Fact]
    public async Task Authentication_comes_before_body_validation()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        using var http = new HttpClient { BaseAddress = gateway.Simulator.BaseAddress };
        using var content = new StringContent("{ not json", Encoding.UTF8, "application/json");

        using HttpResponseMessage message = await http.PostAsync(TestGateway.CreatePath, content);

        (await ApiResponse.ReadAsync(message)).AssertError(HttpStatusCode.Unauthorized, "AuthFailure.SignatureFailure");
    }

    [Fact]
    public async Task Query_and_template_effect_need_the_key_too()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();
        using var http = new HttpClient { BaseAddress = gateway.Simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");

        using HttpResponseMessage query = await http.GetAsync($"tencent-vod/v1/query/{taskId}");
        (await ApiResponse.ReadAsync(query)).AssertError(HttpStatusCode.Unauthorized, "AuthFailure.TokenFailure");

        (await PostAsync(http, TestGateway.TemplateEffectPath)).AssertError(HttpStatusCode.Unauthorized, "AuthFailure.TokenFailure");
    }

    [Fact]
    public async Task Custom_api_key_and_lower_case_scheme_are_accepted()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.ApiKey = "my-own-key");
        Assert.Equal("my-own-key", gateway.Simulator.ApiKey);
        using var http = new HttpClient { BaseAddress = gateway.Simulator.BaseAddress };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "bearer my-own-key");

        (await PostAsync(http, TestGateway.CreatePath)).AssertOk();
    }

    private static async Task<ApiResponse> PostAsync(HttpClient http, string path)
    {
        using var content = new StringContent(Body, Encoding.UTF8, "application/json");
        using HttpResponseMessage message = await http.PostAsync(path, content);
        return await ApiResponse.ReadAsync(message);
    }
}
