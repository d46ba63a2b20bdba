using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Conformance;

/// <summary>
/// Every document of <c>@readme/oas-examples@8.2.2</c> (Swagger 2.0, OpenAPI 3.0 and 3.1; JSON and YAML) generates a
/// client that compiles. Documents in <c>expected-failures.txt</c> must still fail, so the list can only shrink.
/// </summary>
[Collection(TestHelpers.MachineWideTests.Name)]
public sealed class OasExamplesTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (string document in Corpus.OasExamples())
        {
            data.Add(document);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_document_generates_a_client_that_compiles(string document)
    {
        var spec = new SpecFile("/corpus/" + document, File.ReadAllText(Corpus.OasExample(document)), Namespace: "Conformance.Client", OptIn: "true");

        string? failure = ConformanceRun.Failure(spec);

        bool listed = ExpectedFailures.Entries.TryGetValue(document, out string? reason);
        if (listed)
        {
            Assert.True(failure is not null, $"{document} now passes: remove it from {ExpectedFailures.FilePath} (listed because: {reason}).");
        }
        else
        {
            Assert.True(failure is null, $"{document} fails and is not in {ExpectedFailures.FilePath}: {failure}");
        }
    }

    [Fact]
    public void Every_listed_failure_names_a_document_of_the_corpus()
    {
        var documents = Corpus.OasExamples().ToHashSet(StringComparer.Ordinal);

        string[] unknown = ExpectedFailures.Entries.Keys.Where(listed => !documents.Contains(listed)).ToArray();

        Assert.True(unknown.Length == 0, $"{ExpectedFailures.FilePath} lists documents the corpus does not have: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void The_corpus_holds_every_version_and_both_formats()
    {
        IReadOnlyList<string> documents = Corpus.OasExamples();

        foreach (string folder in new[] { "2.0/json/", "2.0/yaml/", "3.0/json/", "3.0/yaml/", "3.1/json/", "3.1/yaml/" })
        {
            Assert.Contains(documents, d => d.StartsWith(folder, StringComparison.Ordinal));
        }
    }
}
