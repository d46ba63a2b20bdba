using System.Text.Json;
using CodeGen.Generator.Tests.TestHelpers;
using CodeGen.Runtime.Validation;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary><c>default</c>, <c>const</c>, <c>writeOnly</c>/<c>readOnly</c> and <c>binary</c>/<c>byte</c> in JSON, run through the generated code.</summary>
public sealed class MemberSemanticsTests : IClassFixture<MembersDocument>
{
    private readonly MembersDocument _document;

    public MemberSemanticsTests(MembersDocument document) => _document = document;

    [Fact]
    public void A_member_with_a_default_is_left_unset_so_nothing_unasked_is_sent()
    {
        object settings = _document.New("Settings");

        foreach (string member in new[] { "Priority", "Region", "Label", "Ratio", "Loud", "Gone" })
        {
            Assert.Null(MembersDocument.Get(settings, member));
        }

        Assert.Equal("{}", _document.Serialize(settings, "Settings"));
    }

    [Fact]
    public void A_default_is_in_the_members_docs()
    {
        string source = _document.Sources["Members.Client.Settings.g.cs"];

        Assert.Contains("Server default: <c>0</c>.", source, StringComparison.Ordinal);
        Assert.Contains("Server default: <c>1.5</c>.", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"priority":0,"region":"Mainland","label":"none","ratio":1.5,"loud":false}""")]
    [InlineData("""{"priority":3,"region":"Oversea","gone":"here"}""")]
    public void Reading_then_writing_keeps_exactly_the_members_that_came(string json)
        => _document.RoundTrip(json, "Settings");

    [Fact]
    public void Required_fixed_values_are_pre_filled_and_sent_and_optional_ones_are_not()
    {
        object value = _document.New("Fixed");

        Assert.Equal("circle", MembersDocument.Get(value, "Kind"));
        Assert.Equal(2, MembersDocument.Get(value, "Version"));
        Assert.Equal("square", MembersDocument.Get(MembersDocument.Get(value, "Shape")!, "Value"));
        Assert.Equal(3L, MembersDocument.Get(MembersDocument.Get(value, "Level")!, "Value"));
        Assert.Null(MembersDocument.Get(value, "Exact"));
        Assert.Null(MembersDocument.Get(value, "Factor"));
        Assert.Null(MembersDocument.Get(value, "Mode"));
        Assert.Equal("""{"kind":"circle","version":2,"shape":"square","level":3}""", _document.Serialize(value, "Fixed"));
    }

    [Fact]
    public void Optional_fixed_values_are_sent_when_set()
    {
        object value = MembersDocument.With(MembersDocument.With(_document.New("Fixed"), "Exact", true), "Factor", 0.5);

        Assert.Equal("""{"kind":"circle","version":2,"shape":"square","level":3,"exact":true,"factor":0.5}""", _document.Serialize(value, "Fixed"));
        Assert.Contains("Only <c>true</c>: left out unless set, and checked before sending.", _document.Sources["Members.Client.Fixed.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_required_member_needs_no_required_modifier_since_it_is_pre_filled()
    {
        string source = _document.Sources["Members.Client.Fixed.g.cs"];

        Assert.Contains("public string Kind { get; init; } = \"circle\";", source, StringComparison.Ordinal);
        Assert.Contains("public int Version { get; init; } = 2;", source, StringComparison.Ordinal);
        Assert.Contains("Always <c>circle</c>: pre-filled, and checked before sending.", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_keeps_what_came_so_absent_optional_fixed_members_stay_absent()
    {
        object value = _document.RoundTrip("""{"kind":"circle","version":2,"shape":"square","level":3}""", "Fixed");

        Assert.Null(MembersDocument.Get(value, "Exact"));
        Assert.Null(MembersDocument.Get(value, "Mode"));
    }

    [Fact]
    public void A_required_fixed_member_that_is_missing_is_still_a_read_error()
        => Assert.ThrowsAny<JsonException>(() => _document.Deserialize("""{"version":2,"shape":"square","level":3}""", "Fixed"));

    [Fact]
    public void A_different_value_is_read_as_sent_but_rejected_by_validation()
    {
        object value = _document.RoundTrip("""{"kind":"square","version":3,"shape":"round","level":4,"exact":false,"factor":1,"mode":"fast"}""", "Fixed");

        var collector = new ValidationCollector();
        collector.Collect((IValidatable)value);

        Assert.Equal(
            new[] { "$.kind const circle", "$.version const 2", "$.shape const square", "$.level const 3", "$.exact const true", "$.factor const 0.5", "$.mode const slow" },
            collector.Errors.Select(e => $"{e.Path} {e.Rule} {e.Limit}"));
    }

    [Fact]
    public void The_pre_filled_values_pass_validation()
    {
        var collector = new ValidationCollector();
        collector.Collect((IValidatable)_document.New("Fixed"));

        Assert.Empty(collector.Errors);
    }

    [Fact]
    public void A_write_only_member_is_skipped_when_read_even_when_required()
    {
        object account = _document.Deserialize("""{"id":7,"name":"ada","password":"from the server","pin":1234}""", "Account")!;

        Assert.Null(MembersDocument.Get(account, "Password"));
        Assert.Null(MembersDocument.Get(account, "Pin"));
        Assert.Equal(7, MembersDocument.Get(account, "Id"));
        Assert.NotNull(_document.Deserialize("""{"id":7,"name":"ada"}""", "Account"));
    }

    [Fact]
    public void A_write_only_member_is_written_and_a_read_only_one_is_not()
    {
        object account = MembersDocument.With(MembersDocument.With(MembersDocument.With(_document.New("Account"), "Name", "ada"), "Password", "correct horse"), "Id", 7);

        Assert.Equal("""{"name":"ada","password":"correct horse"}""", _document.Serialize(account, "Account"));
        Assert.Contains("Write-only: sent by the client, skipped when read", _document.Sources["Members.Client.Account.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_read_only_member_is_required_in_responses_only()
    {
        string source = _document.Sources["Members.Client.Account.g.cs"];

        Assert.Contains("public int Id { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("public required string Name { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("public required string Password { get; init; }", source, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => _document.Deserialize("""{"name":"ada"}""", "Account"));
    }

    [Fact]
    public void A_write_only_member_is_still_validated_before_sending()
    {
        object account = MembersDocument.With(MembersDocument.With(_document.New("Account"), "Name", "ada"), "Password", "short");
        var collector = new ValidationCollector();
        collector.Collect((IValidatable)account);

        Assert.Equal(new[] { "$.password minLength" }, collector.Errors.Select(e => $"{e.Path} {e.Rule}"));
    }

    [Fact]
    public void Binary_in_json_is_a_string_kept_as_sent_and_byte_is_base64_bytes()
    {
        object calendar = _document.RoundTrip("""{"day":"2024-05-01","blob":"raw text \u0001 as the server sent it","bytes":"AAEC/w=="}""", "Calendar");

        Assert.Equal(typeof(string), _document.MemberType("Calendar", "Blob"));
        Assert.Equal("raw text \u0001 as the server sent it", MembersDocument.Get(calendar, "Blob"));
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, MembersDocument.Get(calendar, "Bytes"));
        Assert.ThrowsAny<JsonException>(() => _document.Deserialize("""{"day":"2024-05-01","bytes":"not base64!"}""", "Calendar"));
    }

    [Fact]
    public void A_31_base64_content_encoding_is_bytes_like_format_byte()
    {
        object encoded = _document.RoundTrip("""{"data":"AAEC/w==","text":"plain"}""", "Encoded");

        Assert.Equal(new byte[] { 0, 1, 2, 255 }, MembersDocument.Get(encoded, "Data"));
        Assert.Equal(typeof(string), _document.MemberType("Encoded", "Text"));
    }
}
