using System.Text.Json;
using CodeGen.Benchmarks.Peers.Dtos;
using Refit;

namespace CodeGen.Benchmarks.Peers.Refit;

/// <summary>
/// Refit at its best with System.Text.Json: the serializer reads the source-generated <see cref="DtoJsonContext"/>
/// (no reflection-based metadata), and the bearer token comes per request from Refit's own hook.
/// </summary>
internal static class RefitClientFactory
{
    public static IRefitAigcVideoApi Create(HttpClient http, string apiKey)
    {
        var json = new JsonSerializerOptions(DtoJsonContext.Default.Options);
        var settings = new RefitSettings(new SystemTextJsonContentSerializer(json))
        {
            AuthorizationHeaderValueGetter = (_, _) => new ValueTask<string>(apiKey),
        };
        return RestService.For<IRefitAigcVideoApi>(http, settings);
    }
}
