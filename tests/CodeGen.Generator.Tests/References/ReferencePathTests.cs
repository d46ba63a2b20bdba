using CodeGen.Generator.Pipeline.References;

namespace CodeGen.Generator.Tests.FileReferences;

/// <summary>A reference's file part becomes the normalised absolute path of the AdditionalFile it names.</summary>
public sealed class ReferencePathTests
{
    [Theory]
    [InlineData("/repo/api/pets.openapi.yaml", "./schemas/pet.yaml", "/repo/api/schemas/pet.yaml")]
    [InlineData("/repo/api/pets.openapi.yaml", "schemas/./pet.yaml", "/repo/api/schemas/pet.yaml")]
    [InlineData("/repo/api/schemas/pet.yaml", "../common/tag.yaml", "/repo/api/common/tag.yaml")]
    [InlineData("/repo/api/schemas/pet.yaml", "../../../../x.yaml", "/x.yaml")]
    [InlineData("/repo/api/pets.openapi.yaml", "my%20schemas/pet.yaml", "/repo/api/my schemas/pet.yaml")]
    [InlineData(@"C:\src\api\pets.openapi.yaml", "../common/tag.yaml", "C:/src/common/tag.yaml")]
    [InlineData(@"C:\src\api\pets.openapi.yaml", @"schemas\pet.yaml", "C:/src/api/schemas/pet.yaml")]
    [InlineData("/repo/api/pets.openapi.yaml", "/elsewhere/pet.yaml", "/elsewhere/pet.yaml")]
    public void Resolves_relative_to_the_holding_file(string holder, string reference, string expected)
        => Assert.Equal(expected, ReferencePath.Resolve(holder, reference));

    [Fact]
    public void An_exact_match_wins_over_one_that_differs_in_case()
    {
        var index = new FileIndex<string>();
        index.Add("/repo/Pet.yaml", "upper");
        index.Add("/repo/pet.yaml", "lower");

        Assert.Equal("lower", index.Find("/repo/pet.yaml"));
        Assert.Equal("upper", index.Find("/repo/Pet.yaml"));
        Assert.Equal("upper", index.Find("/repo/PET.yaml"));
        Assert.Equal("lower", index.Find(ReferencePath.Normalize(@"\repo\.\x\..\pet.yaml")));
        Assert.Null(index.Find("/repo/dog.yaml"));
    }

    [Theory]
    [InlineData("https://example.com/a.yaml", true)]
    [InlineData("file:///a.yaml", true)]
    [InlineData("C:/a.yaml", false)]
    [InlineData("./a.yaml#/A", false)]
    public void Absolute_uris_are_told_apart_from_drive_letters(string reference, bool expected)
        => Assert.Equal(expected, ReferencePath.IsAbsoluteUri(reference));
}
