using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Operations;

public sealed class TagGroupingTests
{
    private const string TwoTags = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        tags:
          - {name: pet store, description: Everything about pets.}
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pet store]
              responses: {'204': {description: Done.}}
            post:
              operationId: addPet
              tags: [pet store, admin]
              responses: {'204': {description: Done.}}
          /users:
            get:
              operationId: listUsers
              tags: [users]
              responses: {'204': {description: Done.}}
          /health:
            get:
              operationId: health
              responses: {'204': {description: Done.}}
        """;

    [Fact]
    public void Operations_spanning_two_tags_are_grouped_by_their_first_tag_and_untagged_ones_stay()
    {
        ClientSpec client = Specs.ParseValid(TwoTags).Client;

        Assert.Equal(new[] { "HealthAsync" }, client.Operations.Select(o => o.MethodName));
        Assert.Equal(new[] { "PetStore", "Users" }, client.Groups.Select(g => g.PropertyName));
        Assert.Equal(new[] { "PetStoreOperations", "UsersOperations" }, client.Groups.Select(g => g.ClassName));
        Assert.Equal(new[] { "ListPetsAsync", "AddPetAsync" }, client.Groups[0].Operations.Select(o => o.MethodName));
        Assert.Equal("Everything about pets.", client.Groups[0].Description);
        Assert.Null(client.Groups[1].Description);
    }

    [Fact]
    public void A_single_tag_keeps_every_operation_on_the_main_client()
    {
        ClientSpec client = Specs.ParseValid(TwoTags.Replace("tags: [users]", "tags: [pet store]")).Client;

        Assert.Empty(client.Groups);
        Assert.Equal(4, client.Operations.Count);
    }

    [Fact]
    public void The_aigc_video_document_has_one_tag_and_stays_flat()
    {
        ClientSpec client = Specs.Parse(File.ReadAllText(RepoPaths.AigcVideoSpec)).Spec!.Client;

        Assert.Empty(client.Groups);
        Assert.NotEmpty(client.Operations);
    }

    [Theory]
    [InlineData("false", 0)]
    [InlineData("FALSE", 0)]
    [InlineData("auto", 2)]
    [InlineData(" true ", 2)]
    public void The_option_overrides_the_automatic_choice(string option, int groups)
        => Assert.Equal(groups, Specs.ParseValid(TwoTags, Options(option)).Client.Groups.Count);

    [Fact]
    public void True_groups_even_a_single_tag()
    {
        ClientSpec client = Specs.ParseValid(TwoTags.Replace("tags: [users]", "tags: [pet store]"), Options("true")).Client;

        OperationGroupSpec group = Assert.Single(client.Groups);
        Assert.Equal("PetStore", group.PropertyName);
        Assert.Equal(new[] { "HealthAsync" }, client.Operations.Select(o => o.MethodName));
    }

    [Fact]
    public void An_unknown_option_value_is_a_CG0005_error_and_auto_is_used()
    {
        ParsedSpec parsed = Specs.Parse(TwoTags, Options("sometimes"));

        DiagnosticInfo error = DiagnosticAssert.Single(parsed, "CG0005");
        Assert.Contains("CodeGen_GroupByTag", error.MessageArgs[0], StringComparison.Ordinal);
        Assert.Equal(2, parsed.Spec!.Client.Groups.Count);
    }

    [Fact]
    public void A_tag_named_like_a_main_client_member_gets_a_numbered_property()
    {
        string yaml = TwoTags.Replace("tags: [users]", "tags: [base address]");

        ClientSpec client = Specs.ParseValid(yaml).Client;

        Assert.Equal(new[] { "PetStore", "BaseAddress2" }, client.Groups.Select(g => g.PropertyName));
    }

    [Fact]
    public void The_sub_clients_are_emitted_as_nested_classes_reached_through_properties()
    {
        string client = GeneratorRunner.Run(new SpecFile("/specs/pets.openapi.yaml", TwoTags, Namespace: "Pets"))
            .GeneratedSources.Single(s => s.HintName == "Pets.PetsClient.g.cs").SourceText.ToString();

        Assert.Contains("PetStore = new PetStoreOperations(_connection);", client, StringComparison.Ordinal);
        Assert.Contains("public PetStoreOperations PetStore { get; }", client, StringComparison.Ordinal);
        Assert.Contains("public sealed partial class PetStoreOperations", client, StringComparison.Ordinal);
        Assert.Contains("public async global::System.Threading.Tasks.Task HealthAsync(", client, StringComparison.Ordinal);
    }

    private static SpecOptions Options(string groupByTag) => Specs.DefaultOptions with { GroupByTag = groupByTag };
}
