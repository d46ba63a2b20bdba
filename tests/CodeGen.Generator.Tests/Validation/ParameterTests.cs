using System.Reflection;
using CodeGen.Runtime.Validation;

namespace CodeGen.Generator.Tests.Validation;

/// <summary>
/// Path, query and header parameters are checked before the request is built. The client points at a closed port on
/// 127.0.0.1: a call that passes validation fails to connect, one that does not never tries.
/// </summary>
public sealed class ParameterTests : IDisposable
{
    internal const string Yaml = """
        openapi: 3.0.3
        info: {title: Params, version: '1'}
        paths:
          /items/{id}:
            get:
              operationId: getItem
              parameters:
                - {name: id, in: path, required: true, schema: {type: string, pattern: '^[a-z]+$'}}
                - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100}}
                - {name: X-Trace, in: header, schema: {type: string, maxLength: 8}}
                - {name: tags, in: query, schema: {type: array, maxItems: 2, items: {type: string, minLength: 2}}}
              responses:
                '204': {description: Done.}
        """;

    private readonly ValidationHarness _harness = new(Yaml);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private Task Call(string id, int? limit, string? trace, string[]? tags, bool validate = true)
    {
        Type optionsType = _harness.Type("ValidationClientOptions");
        object options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty("BaseAddress")!.SetValue(options, new Uri("http://127.0.0.1:9/"));
        optionsType.GetProperty("ValidateRequests")!.SetValue(options, validate);
        Type clientType = _harness.Type("ValidationClient");
        object client = Activator.CreateInstance(clientType, _http, options)!;
        MethodInfo method = clientType.GetMethod("GetItemAsync")!;
        return (Task)method.Invoke(client, new object?[] { id, limit, trace, tags, CancellationToken.None })!;
    }

    [Fact]
    public async Task Every_broken_parameter_is_listed_with_its_location_and_nothing_is_sent()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => Call("ABC", 101, "123456789", new[] { "a", "bb", "cc" }));

        Assert.Equal(
            new[] { "path.id pattern ^[a-z]+$", "query.limit maximum 100", "header['X-Trace'] maxLength 8", "query.tags maxItems 2", "query.tags[0] minLength 2" },
            ValidationHarness.Describe(error.Errors));
    }

    [Fact]
    public async Task Valid_or_absent_parameters_pass_and_the_call_goes_to_the_network()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() => Call("abc", 100, "12345678", new[] { "aa", "bb" }));
        await Assert.ThrowsAsync<HttpRequestException>(() => Call("abc", null, null, null));
    }

    [Fact]
    public async Task Switched_off_the_client_sends_whatever_it_is_given()
        => await Assert.ThrowsAsync<HttpRequestException>(() => Call("ABC", 101, "123456789", new[] { "a", "bb", "cc" }, validate: false));

    public void Dispose()
    {
        _http.Dispose();
        _harness.Dispose();
    }
}
