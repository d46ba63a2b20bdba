using System.Collections.Immutable;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Emitting;

/// <summary>
/// <c>Add{Client}</c> exists exactly when the consumer references Microsoft.Extensions.Http, and then compiles from
/// C# 9 on; without the package nothing about dependency injection is emitted.
/// </summary>
public sealed class ServiceRegistrationTests
{
    private static readonly ImmutableArray<MetadataReference> WithHttpClientFactory = References.FrameworkAndRuntime.AddRange(new[]
    {
        typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions),
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
        typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection),
        typeof(Microsoft.Extensions.Options.IOptions<>),
        typeof(Microsoft.Extensions.Logging.ILoggerFactory),
    }.Select(type => (MetadataReference)MetadataReference.CreateFromFile(type.Assembly.Location)).Distinct());

    [Fact]
    public void Without_microsoft_extensions_http_nothing_is_emitted()
    {
        var (result, _) = GeneratorRunner.RunWithReferences(References.FrameworkAndRuntime, GeneratorRunner.ParseOptions(), SpecFile.AigcVideo());

        Assert.NotEmpty(result.GeneratedSources);
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.Contains("ServiceCollection", StringComparison.Ordinal));
        Assert.DoesNotContain(result.GeneratedSources, s => s.SourceText.ToString().Contains("Microsoft.Extensions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.Latest)]
    public void With_microsoft_extensions_http_the_registration_is_emitted_and_compiles(LanguageVersion version)
    {
        var (result, output) = GeneratorRunner.RunWithReferences(WithHttpClientFactory, GeneratorRunner.ParseOptions(version), SpecFile.AigcVideo());

        GeneratedSourceResult registration = Assert.Single(result.GeneratedSources, s => s.HintName.EndsWith("ServiceCollectionExtensions.g.cs", StringComparison.Ordinal));
        string text = registration.SourceText.ToString();
        Assert.Contains("public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder AddAigcVideoClient(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, global::System.Action<", text, StringComparison.Ordinal);
        Assert.Contains("AddAigcVideoClient(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services)", text, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
