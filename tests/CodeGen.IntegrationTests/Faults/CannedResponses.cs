using System.Text;
using Microsoft.AspNetCore.Http;

namespace CodeGen.IntegrationTests.Faults;

/// <summary>Gateway-shaped bodies and the ways a fault test writes them.</summary>
internal static class CannedResponses
{
    public const string Created = """{"Response":{"TaskId":"1500000001-AigcVideo-fault","RequestId":"req-1"}}""";

    public const string TooManyRequests = """{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"70000: too many requests"},"RequestId":"req-429"}}""";

    public const string BadGatewayPage = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

    public static async Task WriteAsync(HttpContext context, int status, string body, string contentType = "application/json")
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }
}
