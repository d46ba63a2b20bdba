using System.Collections.Immutable;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeGen.Generator.Tests.Emitting;

/// <summary>
/// The code generated for the real spec compiles cleanly (no errors, no warnings at the highest warning level, nullable
/// and XML-doc checks on) against CodeGen.Runtime. Older language versions: <see cref="LanguageVersionTests"/>.
/// </summary>
public sealed class GeneratedCodeCompilesTests
{
    [Fact]
    public void The_aigc_video_client_compiles_without_warnings_in_the_latest_language_version()
        => AssertCompiles("Latest", DiagnosticSeverity.Warning);

    internal static void AssertCompiles(string version, DiagnosticSeverity atLeast)
    {
        CSharpParseOptions parseOptions = GeneratorRunner.ParseOptions(Enum.Parse<LanguageVersion>(version));

        var (result, output, driverDiagnostics) = GeneratorRunner.RunWithCompilation(new[] { SpecFile.AigcVideo() }, parseOptions);

        Assert.Null(result.Exception);
        Assert.Empty(driverDiagnostics);
        Assert.NotEmpty(result.GeneratedSources);
        ImmutableArray<Diagnostic> problems = output.GetDiagnostics().Where(d => d.Severity >= atLeast).ToImmutableArray();
        Assert.True(problems.IsEmpty, $"{problems.Length} compiler diagnostic(s) under {version}:\n" + string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public void Consumer_code_can_use_the_generated_client()
    {
        const string consumer = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using AigcVideo.Client;

            namespace Consumer
            {
                internal static class Usage
                {
                    public static ModelName Pick(string raw)
                    {
                        ModelName name = raw;
                        return name.IsKnown ? name : ModelName.KnownValues[0];
                    }

                    public static bool IsFinished(AigcVideo.Client.TaskStatus status) => status == AigcVideo.Client.TaskStatus.Finish;

                    public static CreateAigcVideoTaskRequest Request() => new CreateAigcVideoTaskRequest
                    {
                        ModelName = ModelName.KnownValues[0],
                        ModelVersion = "2.5",
                        Prompt = "A fox in the snow",
                    };

                    public static AigcVideoClient Client(HttpClient http) => new AigcVideoClient(http, new AigcVideoClientOptions());
                }
            }
            """;
        CSharpParseOptions parseOptions = GeneratorRunner.ParseOptions();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(new[] { SpecFile.AigcVideo() }, parseOptions);
        CSharpCompilation input = GeneratorRunner.CreateCompilation(new[] { CSharpSyntaxTree.ParseText(consumer, parseOptions, path: "Consumer.cs") });

        driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);

        Diagnostic[] problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems.Take(30)));
    }
}
