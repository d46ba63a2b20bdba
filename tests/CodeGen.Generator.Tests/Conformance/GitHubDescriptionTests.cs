using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Conformance;

/// <summary>
/// GitHub's REST description (<c>@octokit/openapi@23.0.2</c>, 13 MB, 1,200+ operations): the whole of it, and a few
/// tags of it, generate clients that compile with no error.
/// </summary>
[Collection(TestHelpers.MachineWideTests.Name)]
public sealed class GitHubDescriptionTests
{
    [Fact]
    public void The_whole_description_generates_a_client_that_compiles()
    {
        string? failure = ConformanceRun.Failure(Spec(null));

        Assert.True(failure is null, failure);
    }

    [Fact]
    public void A_few_tags_of_it_generate_a_client_that_compiles()
    {
        string? failure = ConformanceRun.Failure(Spec("repos,issues,users"));

        Assert.True(failure is null, failure);
    }

    private static SpecFile Spec(string? includeTags)
        => new("/corpus/api.github.com.json", File.ReadAllText(Path.Combine(Corpus.Cache, Corpus.GitHubDescription)), Namespace: "GitHub.Client", OptIn: "true")
        {
            ExtraMetadata = includeTags is null ? null : new Dictionary<string, string> { [SpecInputReader.IncludeTagsMetadata] = includeTags },
        };
}
