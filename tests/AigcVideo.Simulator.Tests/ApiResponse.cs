using System.Net;
using System.Text.Json;

namespace AigcVideo.Simulator.Tests;

/// <summary>One answer of the simulator: status, content type, raw text and the parsed <c>Response</c> object.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, string? MediaType, string Raw, JsonElement Response)
{
    public string ErrorCode => Response.GetProperty("Error").GetProperty("Code").GetString()!;

    public string ErrorMessage => Response.GetProperty("Error").GetProperty("Message").GetString()!;

    public string TaskId => Response.GetProperty("TaskId").GetString()!;

    public JsonElement Task => Response.GetProperty("AigcVideoTask");

    /// <summary>The outer <c>Response.Status</c> of a query answer.</summary>
    public string OuterStatus => Response.GetProperty("Status").GetString()!;

    /// <summary>The <c>AigcVideoTask.Status</c> of a query answer.</summary>
    public string InnerStatus => Task.GetProperty("Status").GetString()!;

    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage message)
    {
        string raw = await message.Content.ReadAsStringAsync();
        using JsonDocument document = JsonDocument.Parse(raw);
        return new ApiResponse(message.StatusCode, message.Content.Headers.ContentType?.MediaType, raw, document.RootElement.GetProperty("Response").Clone());
    }

    /// <summary>Asserts an error answer with <paramref name="status"/> and <paramref name="code"/> and a request id.</summary>
    public ApiResponse AssertError(HttpStatusCode status, string code)
    {
        Assert.True(Status == status, $"Expected HTTP {(int)status}, got {(int)Status}: {Raw}");
        Assert.True(code == ErrorCode, $"Expected {code}, got {ErrorCode}: {ErrorMessage}");
        Assert.False(string.IsNullOrEmpty(ErrorMessage));
        Assert.True(Guid.TryParse(Response.GetProperty("RequestId").GetString(), out _));
        return this;
    }

    /// <summary>Asserts HTTP 200 without an error.</summary>
    public ApiResponse AssertOk()
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected HTTP 200, got {(int)Status}: {Raw}");
        Assert.False(Response.TryGetProperty("Error", out _), Raw);
        return this;
    }
}
