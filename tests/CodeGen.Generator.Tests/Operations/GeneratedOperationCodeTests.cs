using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Operations;

/// <summary>What the emitted methods look like for each operation shape (the wire tests check what they send).</summary>
public sealed class GeneratedOperationCodeTests
{
    private static readonly Lazy<string> s_client = new(() => GeneratorRunner.Run(WireSpecCompilesTests.WireSpec())
        .GeneratedSources.Single(s => s.HintName == "Operations.Wire.WireOperationsClient.g.cs").SourceText.ToString());

    [Theory]
    [InlineData("Task<global::System.IO.Stream> DownloadAsync(")]
    [InlineData("Task<string> ReadTextAsync(")]
    [InlineData("Task DeleteThingAsync(")]
    [InlineData("Task<global::Operations.Wire.Color?> SeveralAsync(")]
    [InlineData("Task<global::Operations.Wire.Echo> UploadBinaryAsync(global::System.IO.Stream body,")]
    [InlineData("Task<string> SendTextAsync(string? body = null,")]
    [InlineData("UploadMultipartAsync(string title, global::CodeGen.Runtime.Http.FilePart file, int? count = null,")]
    [InlineData("global::System.Collections.Generic.IReadOnlyList<global::CodeGen.Runtime.Http.FilePart>? attachments = null")]
    [InlineData("requestBuilder.WithCookie(\"session\", global::CodeGen.Runtime.Http.ParameterValue.Of(session), true);")]
    public void Signatures_and_calls_match_the_operation_shape(string expected)
        => Assert.Contains(expected, s_client.Value, StringComparison.Ordinal);

    [Fact]
    public void A_download_hands_its_response_to_the_stream_and_disposes_it_otherwise()
    {
        string client = s_client.Value;
        int start = client.IndexOf("DownloadAsync(", StringComparison.Ordinal);
        string method = client.Substring(start, client.IndexOf("ReadTextAsync(", start, StringComparison.Ordinal) - start);

        Assert.DoesNotContain("using global::System.Net.Http.HttpResponseMessage", method, StringComparison.Ordinal);
        Assert.Contains("responseHandedOver = true;", method, StringComparison.Ordinal);
        Assert.Contains("if (!responseHandedOver)", method, StringComparison.Ordinal);
    }
}
