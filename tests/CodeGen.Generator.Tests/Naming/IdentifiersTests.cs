using CodeGen.Generator.Naming;

namespace CodeGen.Generator.Tests.Naming;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("model_name", "ModelName")]
    [InlineData("output_config", "OutputConfig")]
    [InlineData("file-infos", "FileInfos")]
    [InlineData("video.stream.item", "VideoStreamItem")]
    [InlineData("camelCase", "CamelCase")]
    [InlineData("PascalCase", "PascalCase")]
    [InlineData("  spaced   words ", "SpacedWords")]
    public void Separators_and_case_changes_start_words(string name, string expected)
        => Assert.Equal(expected, Identifiers.ToPascalCase(name));

    [Theory]
    [InlineData("16:9", "_16_9")]
    [InlineData("3.0-Omni", "_3_0Omni")]
    [InlineData("2.1", "_2_1")]
    [InlineData("720P", "_720P")]
    [InlineData("1080p", "_1080p")]
    [InlineData("v2", "V2")]
    public void Leading_digits_get_an_underscore_and_digit_groups_stay_apart(string name, string expected)
        => Assert.Equal(expected, Identifiers.ToPascalCase(name));

    [Theory]
    [InlineData("WAITING", "Waiting")]
    [InlineData("FINISH", "Finish")]
    [InlineData("HTTPServer", "HttpServer")]
    [InlineData("GV", "GV")]
    [InlineData("OS", "OS")]
    [InlineData("ID", "ID")]
    public void Shouting_words_become_pascal_but_short_acronyms_stay(string name, string expected)
        => Assert.Equal(expected, Identifiers.ToPascalCase(name));

    [Theory]
    [InlineData("名前", "名前")]
    [InlineData("café_au_lait", "CaféAuLait")]
    [InlineData("über-größe", "ÜberGröße")]
    public void Unicode_letters_are_kept(string name, string expected)
        => Assert.Equal(expected, Identifiers.ToPascalCase(name));

    [Theory]
    [InlineData("")]
    [InlineData("---")]
    [InlineData(":::")]
    [InlineData("___")]
    public void Names_without_identifier_characters_use_the_fallback(string name)
    {
        Assert.Equal("Value", Identifiers.ToPascalCase(name));
        Assert.Equal("Schema", Identifiers.ToPascalCase(name, "Schema"));
    }

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("namespace", "@namespace")]
    [InlineData("int", "@int")]
    [InlineData("task_id", "taskId")]
    [InlineData("TaskId", "taskId")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("ID", "id")]
    [InlineData("16:9", "_16_9")]
    [InlineData("var", "var")]
    public void Camel_case_lowers_the_leading_word_and_escapes_keywords(string name, string expected)
        => Assert.Equal(expected, Identifiers.ToCamelCase(name));

    [Theory]
    [InlineData("model_name")]
    [InlineData("16:9")]
    [InlineData("3.0-Omni")]
    [InlineData("class")]
    [InlineData("名前")]
    [InlineData("e\u0301t\u00E9")]
    [InlineData("a/b~c{d}")]
    [InlineData("")]
    public void Results_are_always_valid_identifiers(string name)
    {
        string pascal = Identifiers.ToPascalCase(name);
        string camel = Identifiers.ToCamelCase(name);
        Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(pascal), pascal);
        Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(camel.TrimStart('@')), camel);
    }

    [Fact]
    public void Escape_keyword_leaves_other_names_alone()
    {
        Assert.Equal("@event", Identifiers.EscapeKeyword("event"));
        Assert.Equal("Event", Identifiers.EscapeKeyword("Event"));
        Assert.Equal("value", Identifiers.EscapeKeyword("value"));
    }
}
