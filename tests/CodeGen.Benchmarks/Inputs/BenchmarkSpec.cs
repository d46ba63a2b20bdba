namespace CodeGen.Benchmarks.Inputs;

/// <summary>One OpenAPI document that both generators read, from the same bytes.</summary>
/// <param name="Name">Short name shown as the benchmark parameter.</param>
/// <param name="FilePath">Where the document is on disk.</param>
/// <param name="Source">Where it came from, for the docs and the skip message.</param>
internal sealed record BenchmarkSpec(string Name, string FilePath, string Source)
{
    public bool IsYaml => FilePath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || FilePath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public bool IsAvailable => File.Exists(FilePath);

    /// <summary>
    /// The name the generator sees. Ours picks up <c>*.openapi.*</c> names by itself; the third-party documents keep
    /// their own names and opt in with <c>CodeGen_OpenApi</c>, like any other file in a consumer's project would.
    /// </summary>
    public string AdditionalFilePath => "/specs/" + Path.GetFileName(FilePath);

    public string ReadText() => File.ReadAllText(FilePath);
}
