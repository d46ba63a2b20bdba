using CodeGen.Benchmarks.Inputs;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// NSwag as its library is meant to be used: load the document (JSON, or YAML through NSwag.Core.Yaml), then
/// <see cref="CSharpClientGenerator.GenerateFile()"/> with System.Text.Json. Defaults otherwise, as in the
/// shared NSwag baseline.
/// </summary>
internal static class NSwagGenerator
{
    public static async Task<string> GenerateAsync(string text, bool isYaml, string className = "Client")
    {
        OpenApiDocument document = isYaml
            ? await OpenApiYamlDocument.FromYamlAsync(text).ConfigureAwait(false)
            : await OpenApiDocument.FromJsonAsync(text).ConfigureAwait(false);
        return new CSharpClientGenerator(document, Settings(className)).GenerateFile();
    }

    public static Task<string> GenerateAsync(BenchmarkSpec spec, string text) => GenerateAsync(text, spec.IsYaml);

    public static CSharpClientGeneratorSettings Settings(string className)
    {
        var settings = new CSharpClientGeneratorSettings { ClassName = className };
        settings.CSharpGeneratorSettings.Namespace = CompilationSettings.Namespace;
        settings.CSharpGeneratorSettings.JsonLibrary = CSharpJsonLibrary.SystemTextJson;
        return settings;
    }
}
