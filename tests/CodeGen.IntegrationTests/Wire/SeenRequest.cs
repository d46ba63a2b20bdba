namespace CodeGen.IntegrationTests.Wire;

/// <summary>One request as the server saw it.</summary>
public sealed record SeenRequest(
    string Method,
    string RawTarget,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Cookies,
    IReadOnlyDictionary<string, string?[]> Query,
    string? ContentType,
    IReadOnlyDictionary<string, string?[]>? Form,
    IReadOnlyList<SeenFile> Files,
    byte[] Body)
{
    public string Header(string name) => Headers.TryGetValue(name, out string? value) ? value : throw new Xunit.Sdk.XunitException($"No {name} header; headers: {string.Join(", ", Headers.Keys)}");
}
