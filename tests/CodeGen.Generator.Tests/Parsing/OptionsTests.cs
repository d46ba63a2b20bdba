using CodeGen.Generator.Model;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Parsing;

public sealed class OptionsTests
{
    private static ParsedSpec Parse(SpecOptions options, string title = "AigcVideo", string path = Specs.DefaultPath)
        => Specs.Parse(Specs.Document(title: title), options, path);

    private static string[] Ids(ParsedSpec parsed) => parsed.Diagnostics.Select(d => d.Descriptor.Id).ToArray();

    [Fact]
    public void The_namespace_defaults_to_the_root_namespace()
    {
        ParsedSpec parsed = Parse(new SpecOptions(null, null, "Contoso.App"));

        Assert.Equal("Contoso.App", parsed.Spec!.Namespace);
        Assert.Empty(parsed.Diagnostics);
    }

    [Fact]
    public void The_namespace_option_wins_over_the_root_namespace()
        => Assert.Equal("AigcVideo.Client", Parse(new SpecOptions("AigcVideo.Client", null, "Contoso.App")).Spec!.Namespace);

    [Fact]
    public void Without_any_namespace_the_file_name_is_used()
        => Assert.Equal("PetStore", Parse(new SpecOptions(null, null, null), path: "/specs/pet-store.openapi.yaml").Spec!.Namespace);

    [Theory]
    [InlineData("1Bad.Namespace")]
    [InlineData("Contoso.class")]
    [InlineData("Contoso..Api")]
    [InlineData("Contoso Api")]
    [InlineData("Contoso.await")] // Regression, fuzz case 987: CS4003 in every async method of the client.
    [InlineData("var")]
    public void An_invalid_namespace_option_reports_CG0005_and_falls_back(string requested)
    {
        ParsedSpec parsed = Parse(new SpecOptions(requested, null, "Contoso.App"));

        Assert.Equal(new[] { "CG0005" }, Ids(parsed));
        Assert.Equal("CodeGen_Namespace", parsed.Diagnostics[0].MessageArgs[0]);
        Assert.Equal(requested, parsed.Diagnostics[0].MessageArgs[1]);
        Assert.Equal(Specs.DefaultPath, parsed.Diagnostics[0].Location!.FilePath);
        Assert.Equal("Contoso.App", parsed.Spec!.Namespace);
    }

    [Fact]
    public void An_invalid_root_namespace_falls_back_quietly_to_the_file_name()
    {
        ParsedSpec parsed = Parse(new SpecOptions(null, null, "My-App"), path: "/specs/pets.openapi.yaml");

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal("Pets", parsed.Spec!.Namespace);
    }

    [Theory]
    [InlineData("AigcVideo", "AigcVideoClient")]
    [InlineData("Pet Store API", "PetStoreApiClient")]
    [InlineData("Payments Client", "PaymentsClient")]
    [InlineData("3D printing", "_3DPrintingClient")]
    public void The_client_name_comes_from_the_title(string title, string expected)
        => Assert.Equal(expected, Parse(Specs.DefaultOptions, title).Spec!.Client.Name);

    [Fact]
    public void The_client_name_option_wins()
        => Assert.Equal("VideoApi", Parse(new SpecOptions(null, "VideoApi", "Contoso.App")).Spec!.Client.Name);

    [Theory]
    [InlineData("Video Api")]
    [InlineData("class")]
    [InlineData("9Lives")]
    public void An_invalid_client_name_option_reports_CG0005_and_falls_back(string requested)
    {
        ParsedSpec parsed = Parse(new SpecOptions(null, requested, "Contoso.App"));

        Assert.Equal(new[] { "CG0005" }, Ids(parsed));
        Assert.Equal("CodeGen_ClientName", parsed.Diagnostics[0].MessageArgs[0]);
        Assert.Equal("AigcVideoClient", parsed.Spec!.Client.Name);
    }

    [Fact]
    public void Info_and_default_server_are_read()
    {
        ApiSpec spec = Specs.ParseValid("""
            openapi: 3.0.3
            info:
              title: AigcVideo
              version: 2.1.0
              description: Makes videos.
            servers:
              - url: '{baseUrl}/v1'
                variables:
                  baseUrl: {default: 'https://api.example.com'}
            paths: {}
            """);

        Assert.Equal("AigcVideo", spec.Client.Title);
        Assert.Equal("2.1.0", spec.Client.Version);
        Assert.Equal("Makes videos.", spec.Client.Description);
        Assert.Equal("https://api.example.com/v1", spec.Client.DefaultServerUrl);
    }

    [Fact]
    public void A_relative_server_url_is_no_default()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document(extra: "servers:\n  - url: /api\n"));

        Assert.Null(spec.Client.DefaultServerUrl);
    }

    // Regression, fuzz case 877 (seed 20240601): CodeGen_ClientName="var" was accepted, and `var list = new List<…>()`
    // in the generated converters then meant the client class (CS0029).
    [Theory]
    [InlineData("var")]
    [InlineData("await")]
    public void A_contextual_keyword_as_client_name_reports_CG0005(string requested)
    {
        ParsedSpec parsed = Parse(new SpecOptions(null, requested, "Contoso.App"));

        Assert.Equal(new[] { "CG0005" }, Ids(parsed));
        Assert.Equal("AigcVideoClient", parsed.Spec!.Client.Name);
    }
}
