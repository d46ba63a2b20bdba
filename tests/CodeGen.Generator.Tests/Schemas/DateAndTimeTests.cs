using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CodeGen.Generator.Tests.TestHelpers;
using CodeGen.Runtime.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary><c>format: date</c>/<c>time</c> as <c>DateOnly</c>/<c>TimeOnly</c>, their exact wire text, and the string fallback.</summary>
public sealed class DateAndTimeTests : IClassFixture<MembersDocument>, IClassFixture<StringDatesMembersDocument>
{
    private readonly MembersDocument _typed;
    private readonly StringDatesMembersDocument _strings;

    public DateAndTimeTests(MembersDocument typed, StringDatesMembersDocument strings)
    {
        _typed = typed;
        _strings = strings;
    }

    [Fact]
    public void Date_and_time_members_are_DateOnly_and_TimeOnly_where_the_compilation_has_them()
    {
        Assert.Equal(typeof(DateOnly), _typed.MemberType("Calendar", "Day"));
        Assert.Equal(typeof(TimeOnly?), _typed.MemberType("Calendar", "At"));
        Assert.Equal(typeof(IReadOnlyList<DateOnly>), _typed.MemberType("Calendar", "Days"));
        Assert.Equal(typeof(IReadOnlyDictionary<string, TimeOnly>), _typed.MemberType("Calendar", "ByName"));
        Assert.Equal(typeof(DateOnly?), _typed.MemberType("Calendar", "Maybe"));
    }

    [Fact]
    public void A_nullable_date_reads_null()
        => Assert.Null(MembersDocument.Get(_typed.Deserialize("""{"day":"2024-05-01","maybe":null}""", "Calendar")!, "Maybe"));

    [Fact]
    public void Dates_and_times_round_trip_with_their_exact_text()
    {
        const string json = """
            {"day":"2024-05-01","at":"13:45:30.25","days":["0001-01-01","9999-12-31"],"byName":{"noon":"12:00:00","late":"23:59:59.9999999"},
             "either":"2024-02-29"}
            """;

        object calendar = _typed.RoundTrip(json, "Calendar");

        Assert.Equal(new DateOnly(2024, 5, 1), MembersDocument.Get(calendar, "Day"));
        Assert.Equal(new TimeOnly(13, 45, 30, 250), MembersDocument.Get(calendar, "At"));
        Assert.Equal(new[] { DateOnly.MinValue, DateOnly.MaxValue }, (IReadOnlyList<DateOnly>)MembersDocument.Get(calendar, "Days")!);
        object either = MembersDocument.Get(calendar, "Either")!;
        (bool found, object? date) = SchemaDocument.TryGet(either, "Date");
        Assert.True(found);
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }

    [Fact]
    public void A_union_of_a_date_and_an_integer_reads_each_by_its_token()
        => Assert.True((bool)MembersDocument.Get(MembersDocument.Get(_typed.RoundTrip("""{"day":"2024-05-01","either":7}""", "Calendar"), "Either")!, "IsInt32")!);

    [Theory]
    [InlineData("""{"day":"2024-5-1"}""")]
    [InlineData("""{"day":"2024-05-01T00:00:00Z"}""")]
    [InlineData("""{"day":"2023-02-29"}""")]
    [InlineData("""{"day":20240501}""")]
    [InlineData("""{"day":"2024-05-01","at":"13:45"}""")]
    [InlineData("""{"day":"2024-05-01","at":"13:45:30Z"}""")]
    [InlineData("""{"day":"2024-05-01","at":"24:00:00"}""")]
    [InlineData("""{"day":"2024-05-01","at":"13:45:30."}""")]
    public void Text_that_is_no_full_date_or_partial_time_is_an_error_naming_the_member(string json)
    {
        var error = Assert.ThrowsAny<JsonException>(() => _typed.Deserialize(json, "Calendar"));
        Assert.Matches("'(day|at)'", error.Message);
    }

    [Fact]
    public void Writing_uses_the_invariant_culture_whatever_the_current_one()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            // Thai: a Buddhist calendar and its own digits would both show in a culture-sensitive ToString.
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            object calendar = _typed.Deserialize("""{"day":"2024-05-01","at":"07:05:09"}""", "Calendar")!;
            Assert.Equal("""{"day":"2024-05-01","at":"07:05:09"}""", _typed.Serialize(calendar, "Calendar"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("13:45:30", 13, 45, 30, 0L)]
    [InlineData("00:00:00.5", 0, 0, 0, 5_000_000L)]
    [InlineData("13:45:30.123456789", 13, 45, 30, 1_234_567L)]
    [InlineData("23:59:60", 23, 59, 59, 9_999_999L)]
    public void Partial_time_accepts_any_fraction_and_a_leap_second(string text, int hour, int minute, int second, long fractionTicks)
    {
        Assert.True(DateFormats.TryParseTime(text, out TimeOnly time));
        Assert.Equal(new TimeOnly(hour, minute, second).Add(TimeSpan.FromTicks(fractionTicks)), time);
    }

    [Theory]
    [InlineData(13, 45, 30, 0L, "13:45:30")]
    [InlineData(13, 45, 30, 2_500_000L, "13:45:30.25")]
    [InlineData(0, 0, 0, 1L, "00:00:00.0000001")]
    public void Times_are_written_with_only_the_fraction_they_need(int hour, int minute, int second, long fractionTicks, string expected)
        => Assert.Equal(expected, DateFormats.FormatTime(new TimeOnly(hour, minute, second).Add(TimeSpan.FromTicks(fractionTicks))));

    [Fact]
    public void With_CodeGen_DateType_string_the_members_are_strings_and_keep_their_text()
    {
        Assert.Equal(typeof(string), _strings.MemberType("Calendar", "Day"));
        Assert.Equal(typeof(string), _strings.MemberType("Calendar", "At"));
        Assert.Equal(typeof(IReadOnlyList<string>), _strings.MemberType("Calendar", "Days"));

        // The text is not checked or normalised: a string member carries exactly what the server sent.
        object calendar = _strings.RoundTrip("""{"day":"2024-05-01","at":"13:45:30.250","days":["2024-05-01"],"either":"not a date"}""", "Calendar");
        Assert.Equal("13:45:30.250", MembersDocument.Get(calendar, "At"));
    }

    [Fact]
    public async Task On_netstandard20_date_and_time_fall_back_to_string()
    {
        ImmutableArray<MetadataReference> netStandard = await References.NetStandard20Offline.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        // Generation only: compiling the output would need System.Text.Json's netstandard2.0 package as well.
        var (result, _) = GeneratorRunner.RunWithReferences(netStandard.Add(References.Runtime), GeneratorRunner.ParseOptions(LanguageVersion.CSharp9), MembersDocument.File());

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        string calendar = result.GeneratedSources.Single(s => s.HintName == "Members.Client.Calendar.g.cs").SourceText.ToString();
        Assert.Contains("public string Day { get; init; }", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("DateOnly", string.Concat(result.GeneratedSources.Select(s => s.SourceText.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_DateOnly_where_there_is_none_is_CG0111_and_strings()
    {
        ImmutableArray<MetadataReference> netStandard = await References.NetStandard20Offline.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var (result, _) = GeneratorRunner.RunWithReferences(netStandard.Add(References.Runtime), GeneratorRunner.ParseOptions(LanguageVersion.CSharp9), MembersDocument.File("DateOnly"));

        Diagnostic warning = Assert.Single(result.Diagnostics, d => d.Id == "CG0111");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("public string Day { get; init; }", result.GeneratedSources.Single(s => s.HintName == "Members.Client.Calendar.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_CodeGen_DateType_is_CG0005()
    {
        var (result, _, _) = GeneratorRunner.RunWithCompilation(new[] { MembersDocument.File("DateTime") });

        Assert.Contains(result.Diagnostics, d => d.Id == "CG0005" && d.GetMessage(CultureInfo.InvariantCulture).Contains("CodeGen_DateType", StringComparison.Ordinal));
    }
}
