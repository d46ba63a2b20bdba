using CodeGen.Runtime.Validation;

namespace CodeGen.Generator.Tests.Validation;

/// <summary>Each validation keyword, run through the code generated for <see cref="KeywordDocument"/>.</summary>
public sealed class KeywordTests : IClassFixture<KeywordDocument>
{
    private const string Valid = """{"name":"abc","parts":[]}""";

    private readonly ValidationHarness _harness;

    public KeywordTests(KeywordDocument document) => _harness = document.Harness;

    [Fact]
    public void The_document_generates_without_diagnostics()
        => Assert.Empty(_harness.GeneratorDiagnostics);

    [Fact]
    public void A_value_within_every_constraint_has_no_errors()
    {
        const string json = """
            {"name":"abcde","code":"ABC","word":"snake_case1","letters":"Ünïcödé","email":"a@b.example","site":"https://x.example/p",
             "day":"2024-02-29","address":"10.0.0.1","count":10,"ratio":0.5,"amount":99.5,"whole":2147483647,"big":9007199254740993,
             "tags":["a","b","cdef"],"parts":[{"url":"https://x.example","size":0}],"labels":{"k":"v"},"matrix":[[9],[0,1]],
             "note":"AB","nickname":null,"owner":{"url":"https://x.example"},"server_only":"too long for the limit"}
            """;

        Assert.Empty(_harness.Errors("Thing", json));
    }

    [Theory]
    [InlineData("""{"name":"a","parts":[]}""", "$.name minLength 2")]
    [InlineData("""{"name":"abcdef","parts":[]}""", "$.name maxLength 5")]
    [InlineData("""{"name":"abc","parts":[],"code":"abcd"}""", "$.code pattern ^[A-Z]{2,3}$")]
    [InlineData("""{"name":"abc","parts":[],"word":"ünï"}""", "$.word pattern ^\\w+$")]
    [InlineData("""{"name":"abc","parts":[],"letters":"ab1"}""", "$.letters pattern ^\\p{L}+$")]
    [InlineData("""{"name":"abc","parts":[],"email":"not-an-email"}""", "$.email format email")]
    [InlineData("""{"name":"abc","parts":[],"site":"/relative/only"}""", "$.site format uri")]
    [InlineData("""{"name":"abc","parts":[],"day":"2023-02-29"}""", "$.day format date")]
    [InlineData("""{"name":"abc","parts":[],"address":"10.0.0.256"}""", "$.address format ipv4")]
    [InlineData("""{"name":"abc","parts":[],"count":0}""", "$.count minimum 1")]
    [InlineData("""{"name":"abc","parts":[],"count":11}""", "$.count maximum 10")]
    [InlineData("""{"name":"abc","parts":[],"ratio":0}""", "$.ratio exclusiveMinimum 0")]
    [InlineData("""{"name":"abc","parts":[],"ratio":1}""", "$.ratio exclusiveMaximum 1")]
    [InlineData("""{"name":"abc","parts":[],"amount":0.49}""", "$.amount minimum 0.5")]
    [InlineData("""{"name":"abc","parts":[],"amount":99.51}""", "$.amount maximum 99.5")]
    [InlineData("""{"name":"abc","parts":[],"whole":2147483648}""", "$.whole format int32")]
    [InlineData("""{"name":"abc","parts":[],"whole":1.5}""", "$.whole format int32")]
    [InlineData("""{"name":"abc","parts":[],"big":9007199254740994}""", "$.big maximum 9007199254740993")]
    [InlineData("""{"name":"abc","parts":[],"tags":[]}""", "$.tags minItems 1")]
    [InlineData("""{"name":"abc","parts":[],"tags":["a","b","c","d"]}""", "$.tags maxItems 3")]
    [InlineData("""{"name":"abc","parts":[],"tags":["a","b","a"]}""", "$.tags[2] uniqueItems")]
    [InlineData("""{"name":"abc","parts":[],"tags":["abcde"]}""", "$.tags[0] maxLength 4")]
    [InlineData("""{"name":"abc","parts":[{"url":"https://x.example"},{"url":"https://x.example"},{"url":"nope"}]}""", "$.parts[2].url format uri")]
    [InlineData("""{"name":"abc","parts":[{"url":"https://x.example","size":-1}]}""", "$.parts[0].size minimum 0")]
    [InlineData("""{"name":"abc","parts":[],"labels":{}}""", "$.labels minProperties 1")]
    [InlineData("""{"name":"abc","parts":[],"labels":{"a":"1","b":"2","c":"3"}}""", "$.labels maxProperties 2")]
    [InlineData("""{"name":"abc","parts":[],"labels":{"a.b'c":""}}""", "$.labels['a.b\\'c'] minLength 1")]
    [InlineData("""{"name":"abc","parts":[],"matrix":[[1],[2,10]]}""", "$.matrix[1][1] maximum 9")]
    [InlineData("""{"name":"abc","parts":[],"note":"ABC"}""", "$.note maxLength 2")]
    [InlineData("""{"name":"abc","parts":[],"note":"ab"}""", "$.note pattern ^[A-Z]{2,3}$")]
    [InlineData("""{"name":"abc","parts":[],"nickname":"long"}""", "$.nickname maxLength 3")]
    [InlineData("""{"name":"abc","parts":[],"owner":{"url":"::"}}""", "$.owner.url format uri")]
    public void One_broken_constraint_is_one_error_at_its_path(string json, string expected)
        => Assert.Equal(new[] { expected }, ValidationHarness.Describe(_harness.Errors("Thing", json)));

    [Fact]
    public void Every_broken_constraint_is_listed_in_walk_order()
    {
        const string json = """{"name":"a","parts":[{"url":"bad"}],"count":99,"tags":["x","x"],"labels":{"k":""}}""";

        Assert.Equal(
            new[] { "$.name minLength 2", "$.count maximum 10", "$.tags[1] uniqueItems", "$.parts[0].url format uri", "$.labels['k'] minLength 1" },
            ValidationHarness.Describe(_harness.Errors("Thing", json)));
    }

    [Fact]
    public void A_required_member_left_null_is_a_required_error_nested_too()
    {
        object thing = ValidationHarness.With(_harness.Read("Thing", Valid), "Name", null);
        object part = ValidationHarness.With(_harness.Read("Part", """{"url":"https://x.example"}"""), "Url", null);
        ValidationHarness.With(thing, "Owner", part);

        Assert.Equal(new[] { "$.name required", "$.owner.url required" }, ValidationHarness.Describe(ValidationHarness.Errors(thing)));
    }

    [Fact]
    public void Lengths_count_unicode_code_points_not_utf16_units()
    {
        Assert.Empty(_harness.Errors("Thing", """{"name":"😀😀😀😀😀","parts":[]}"""));
        Assert.Equal(new[] { "$.name minLength 2" }, ValidationHarness.Describe(_harness.Errors("Thing", """{"name":"😀","parts":[]}""")));
    }

    [Fact]
    public void Messages_name_the_rule_and_limit_but_never_repeat_the_value()
    {
        const string secret = "sk-live-0123456789abcdef0123456789";
        ValidationError error = Assert.Single(_harness.Errors("Thing", $$"""{"name":"{{secret}}","parts":[]}"""));

        Assert.Equal("must be at most 5 characters long (it has 34).", error.Message);
        Assert.DoesNotContain("sk-live", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("5", error.Limit);
        Assert.Equal("maxLength", error.Rule);
    }

    [Theory]
    [InlineData("snake_case_1", true)]
    [InlineData("ünï", false)] // ECMAScript \w is ASCII only, unlike .NET's default dialect.
    [InlineData("١٢٣", false)] // Arabic-Indic digits are \d in .NET's default dialect, not in ECMAScript.
    public void Patterns_use_ecmascript_classes(string word, bool valid)
        => Assert.Equal(valid, _harness.Errors("Thing", $$"""{"name":"abc","parts":[],"word":"{{word}}"}""").Count == 0);

    [Fact]
    public void The_generated_client_checks_the_body_before_building_the_request()
    {
        string client = _harness.GeneratedSources["Validation.Tests.ValidationClient.g.cs"];
        int check = client.IndexOf("__violations.ThrowIfAny();", StringComparison.Ordinal);
        int build = client.IndexOf("new global::CodeGen.Runtime.Http.ApiRequestBuilder(", StringComparison.Ordinal);

        Assert.InRange(check, 0, build);
        Assert.Contains("if (_connection.ValidatesRequests)", client, StringComparison.Ordinal);
    }
}
