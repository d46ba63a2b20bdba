using System.Text.Json;

namespace AigcVideo.Cli.Tests;

/// <summary>Reads <c>--json</c> output: every non-empty line must be a JSON object with an <c>event</c>.</summary>
internal static class JsonLines
{
    public static List<JsonElement> Parse(string output)
    {
        var events = new List<JsonElement>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using JsonDocument document = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
            Assert.True(document.RootElement.TryGetProperty("event", out _), $"No 'event' in: {line}");
            events.Add(document.RootElement.Clone());
        }

        return events;
    }

    public static JsonElement Single(List<JsonElement> events, string name) =>
        Assert.Single(events, e => e.GetProperty("event").GetString() == name);

    public static string Text(this JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidOperationException($"{property} is null");
}
