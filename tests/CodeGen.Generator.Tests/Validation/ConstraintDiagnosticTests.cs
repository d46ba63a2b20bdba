using CodeGen.Generator.Tests.TestHelpers;
using CodeGen.Runtime.Validation;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Validation;

/// <summary>
/// Constraint values no check can use are reported where they are written and left out; the output still compiles
/// with no warning (the harness asserts it) and validation never throws on them.
/// </summary>
public sealed class ConstraintDiagnosticTests
{
    private static string Document(string properties, string version = "3.0.3") => $$"""
        openapi: {{version}}
        info: {title: Odd, version: '1'}
        paths: {}
        components:
          schemas:
            Odd:
              type: object
              properties:
        {{properties}}
        """;

    [Fact]
    public void A_negative_length_is_ignored_with_a_warning_at_the_keyword()
    {
        using var harness = new ValidationHarness(Document("        name: {type: string, minLength: -3, maxLength: 2}"));

        Diagnostic warning = Assert.Single(harness.GeneratorDiagnostics);
        Assert.Equal("CG0161", warning.Id);
        Assert.Equal((9, 30), DiagnosticAssert.Start(warning));
        Assert.Contains("'minLength: -3' is ignored", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(new[] { "$.name maxLength 2" }, ValidationHarness.Describe(harness.Errors("Odd", """{"name":"abc"}""")));
    }

    [Theory]
    [InlineData("abc", "it is not a number")]
    [InlineData("1e400", "it is beyond the range of a double")]
    public void A_bound_that_is_not_a_finite_number_is_ignored_with_a_warning(string bound, string why)
    {
        using var harness = new ValidationHarness(Document($"        size: {{type: integer, maximum: {bound}, minimum: 2}}"));

        Diagnostic warning = Assert.Single(harness.GeneratorDiagnostics);
        Assert.Equal("CG0161", warning.Id);
        Assert.EndsWith(why, warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(new[] { "$.size minimum 2" }, ValidationHarness.Describe(harness.Errors("Odd", """{"size":1}""")));
        Assert.Empty(harness.Errors("Odd", """{"size":2147483647}"""));
    }

    [Fact]
    public void Contradictory_bounds_are_kept_with_a_warning_so_the_server_never_sees_what_it_would_refuse()
    {
        using var harness = new ValidationHarness(Document("""
                    name: {type: string, minLength: 5, maxLength: 1}
                    size: {type: integer, minimum: 10, maximum: 1}
                    tags: {type: array, minItems: 3, maxItems: 2, items: {type: string}}
            """));

        Assert.Equal(new[] { "CG0162", "CG0162", "CG0162" }, harness.GeneratorDiagnostics.Select(d => d.Id).ToArray());
        Assert.Equal(
            new[] { "$.name minLength 5", "$.name maxLength 1", "$.size minimum 10", "$.size maximum 1", "$.tags minItems 3" },
            ValidationHarness.Describe(harness.Errors("Odd", """{"name":"abc","size":5,"tags":["a"]}""")));
    }

    [Fact]
    public void An_invalid_pattern_is_a_located_warning_and_is_not_checked()
    {
        using var harness = new ValidationHarness(Document("        code: {type: string, pattern: '[a-', maxLength: 1}"));

        Diagnostic warning = Assert.Single(harness.GeneratorDiagnostics);
        Assert.Equal("CG0160", warning.Id);
        Assert.Equal((9, 30), DiagnosticAssert.Start(warning));
        Assert.Equal(new[] { "$.code maxLength 1" }, ValidationHarness.Describe(harness.Errors("Odd", """{"code":"zz"}""")));
    }

    [Fact]
    public void Huge_and_fractional_bounds_on_every_numeric_type_compile_and_hold()
    {
        using var harness = new ValidationHarness(Document("""
                    a: {type: integer, format: int32, minimum: 0.5, maximum: 1e300}
                    b: {type: integer, format: int64, minimum: -1e30, maximum: 9223372036854775807}
                    c: {type: number, format: float, maximum: 1e300}
                    d: {type: number, format: decimal, minimum: -1e300, maximum: 1e-40}
                    e: {type: number, minimum: -0, maximum: 1.7976931348623157e308}
            """));

        Assert.Empty(harness.GeneratorDiagnostics);
        Assert.Empty(harness.Errors("Odd", """{"a":1,"b":-9223372036854775808,"c":1,"d":0,"e":0}"""));
        // 1e-40 is below what a decimal holds: the bound rounds to 0, which no decimal value can tell apart from it.
        Assert.Equal(new[] { "$.a minimum", "$.d maximum" }, harness.Errors("Odd", """{"a":0,"d":1}""").Select(e => e.Path + " " + e.Rule).ToArray());
    }

    [Fact]
    public void OpenApi_3_1_numeric_exclusive_bounds_are_checked()
    {
        using var harness = new ValidationHarness(Document("        ratio: {type: number, exclusiveMinimum: 0, exclusiveMaximum: 1.5}", version: "3.1.0"));

        Assert.Empty(harness.GeneratorDiagnostics);
        Assert.Empty(harness.Errors("Odd", """{"ratio":1.4}"""));
        Assert.Equal(new[] { "$.ratio exclusiveMinimum 0" }, ValidationHarness.Describe(harness.Errors("Odd", """{"ratio":0}""")));
        Assert.Equal(new[] { "$.ratio exclusiveMaximum 1.5" }, ValidationHarness.Describe(harness.Errors("Odd", """{"ratio":1.5}""")));
    }

    [Fact]
    public void Keywords_for_another_type_are_ignored_silently()
    {
        using var harness = new ValidationHarness(Document("        flag: {type: boolean, maxLength: 1, minimum: 3, pattern: 'x'}"));

        Assert.Empty(harness.GeneratorDiagnostics);
        Assert.False(typeof(IValidatable).IsAssignableFrom(harness.Type("Odd")), "a boolean has nothing to check, so neither has the record");
        Assert.Empty(harness.Errors("Odd", """{"flag":true}"""));
    }
}
