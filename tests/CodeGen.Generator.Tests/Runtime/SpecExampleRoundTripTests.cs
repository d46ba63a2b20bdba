using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CodeGen.Generator.Model;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace CodeGen.Generator.Tests.Runtime;

/// <summary>
/// Every named JSON example of a request or response in the real spec reads into its generated type and writes back
/// to the same JSON (explicit nulls of optional members and timestamp spelling aside).
/// </summary>
public sealed class SpecExampleRoundTripTests : IClassFixture<GeneratedAssembly>
{
    private readonly GeneratedAssembly _generated;

    public SpecExampleRoundTripTests(GeneratedAssembly generated) => _generated = generated;

    public static TheoryData<string> ExampleIds()
    {
        var data = new TheoryData<string>();
        foreach (string id in Examples().Keys)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void The_spec_example_round_trips(string id)
    {
        (string typeName, JsonNode example) = Examples()[id];
        string json = example.ToJsonString();

        object? value = _generated.Deserialize(json, typeName);
        string written = _generated.Serialize(value, typeName);

        Assert.True(SemanticEquals(example, JsonNode.Parse(written), "$", out string difference), $"{typeName}: {difference}\nexample: {json}\nwritten: {written}");
        Assert.Equal(written, _generated.Serialize(_generated.Deserialize(written, typeName), typeName));
    }

    private static Dictionary<string, (string TypeName, JsonNode Example)> Examples() => s_examples.Value;

    private static readonly Lazy<Dictionary<string, (string, JsonNode)>> s_examples = new(LoadExamples);

    private static Dictionary<string, (string, JsonNode)> LoadExamples()
    {
        string text = File.ReadAllText(RepoPaths.AigcVideoSpec);
        ApiSpec spec = global::CodeGen.Generator.Parsing.ApiSpecParser.Parse(new SpecInput("aigc-video.openapi.yaml", text, new SpecOptions("AigcVideo.Client", null, null)), CancellationToken.None).Spec!;
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader(new OpenApiYamlReaderSettings());
        OpenApiDocument document = OpenApiDocument.Parse(text, "yaml", settings).Document!;

        var examples = new Dictionary<string, (string, JsonNode)>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, IOpenApiPathItem> path in document.Paths)
        {
            foreach (KeyValuePair<HttpMethod, OpenApiOperation> operation in path.Value.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
            {
                OperationSpec model = spec.Client.Operations.Single(o => o.PathTemplate == path.Key && o.HttpMethod == operation.Key.Method.ToUpperInvariant());
                if (model.Body?.Type?.Name is { } bodyType)
                {
                    Add($"{model.MethodName} request", bodyType, operation.Value.RequestBody?.Content);
                }

                foreach (KeyValuePair<string, IOpenApiResponse> response in operation.Value.Responses ?? new OpenApiResponses())
                {
                    string? typeName = int.TryParse(response.Key, NumberStyles.None, CultureInfo.InvariantCulture, out int code) && code is >= 200 and < 300
                        ? model.Success.Type?.Name
                        : model.Errors.FirstOrDefault(e => string.Equals(e.StatusPattern, response.Key, StringComparison.OrdinalIgnoreCase))?.Type.Name;
                    if (typeName is not null)
                    {
                        Add($"{model.MethodName} {response.Key}", typeName, response.Value.Content);
                    }
                }
            }
        }

        Assert.NotEmpty(examples);
        return examples;

        void Add(string prefix, string typeName, IDictionary<string, IOpenApiMediaType>? content)
        {
            if (content is null || !content.TryGetValue("application/json", out IOpenApiMediaType? media))
            {
                return;
            }

            if (media.Example is { } single)
            {
                examples[$"{prefix} (example)"] = (typeName, WithRealNulls(single)!);
            }

            foreach (KeyValuePair<string, IOpenApiExample> example in media.Examples ?? new Dictionary<string, IOpenApiExample>())
            {
                if (example.Value.Value is { } value)
                {
                    examples[$"{prefix} {example.Key}"] = (typeName, WithRealNulls(value)!);
                }
            }
        }
    }

    /// <summary>A copy where Microsoft.OpenApi's null sentinel strings are JSON nulls again.</summary>
    private static JsonNode? WithRealNulls(JsonNode? node) => node switch
    {
        null => null,
        _ when JsonNullSentinel.IsJsonNullSentinel(node) => null,
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, WithRealNulls(p.Value)))),
        JsonArray array => new JsonArray(array.Select(WithRealNulls).ToArray()),
        _ => node.DeepClone(),
    };

    /// <summary>JSON equality that ignores null-valued members and compares timestamps and numbers by value.</summary>
    private static bool SemanticEquals(JsonNode? expected, JsonNode? actual, string path, out string difference)
    {
        difference = string.Empty;
        switch (expected, actual)
        {
            case (null, null):
                return true;
            case (JsonObject left, JsonObject right):
                var keys = left.Where(p => p.Value is not null).Select(p => p.Key)
                    .Union(right.Where(p => p.Value is not null).Select(p => p.Key), StringComparer.Ordinal);
                foreach (string key in keys)
                {
                    if (!SemanticEquals(left[key], right[key], $"{path}.{key}", out difference))
                    {
                        return false;
                    }
                }

                return true;
            case (JsonArray left, JsonArray right) when left.Count == right.Count:
                for (int i = 0; i < left.Count; i++)
                {
                    if (!SemanticEquals(left[i], right[i], $"{path}[{i}]", out difference))
                    {
                        return false;
                    }
                }

                return true;
            case (JsonValue left, JsonValue right):
                if (left.GetValueKind() == JsonValueKind.String && right.GetValueKind() == JsonValueKind.String
                    && DateTimeOffset.TryParse(left.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset leftTime)
                    && DateTimeOffset.TryParse(right.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset rightTime)
                    && left.GetValue<string>().Contains('T', StringComparison.Ordinal))
                {
                    if (leftTime == rightTime)
                    {
                        return true;
                    }
                }
                else if (left.GetValueKind() == JsonValueKind.Number && right.GetValueKind() == JsonValueKind.Number)
                {
                    if (left.GetValue<decimal>() == right.GetValue<decimal>())
                    {
                        return true;
                    }
                }
                else if (JsonNode.DeepEquals(left, right))
                {
                    return true;
                }

                break;
        }

        difference = $"{path}: expected {expected?.ToJsonString() ?? "absent"}, written {actual?.ToJsonString() ?? "absent"}";
        return false;
    }
}
