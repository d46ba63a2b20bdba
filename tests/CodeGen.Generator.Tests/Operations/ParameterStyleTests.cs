using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Operations;

public sealed class ParameterStyleTests
{
    private static string Operation(string parameters) => """
        openapi: 3.1.0
        info: {title: P, version: '1'}
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters:
        PLACEHOLDER
              responses: {'204': {description: Done.}}
        components:
          schemas:
            Color: {type: object, properties: {R: {type: integer}}}
        """.Replace("PLACEHOLDER", parameters, StringComparison.Ordinal);

    [Fact]
    public void Each_location_gets_the_specs_default_style_and_explode()
    {
        ApiSpec spec = Specs.ParseValid(Operation("""
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - {name: q, in: query, schema: {type: string}}
                    - {name: X-H, in: header, schema: {type: string}}
                    - {name: c, in: cookie, schema: {type: string}}
            """));

        var parameters = spec.Operation("GetThingAsync").Parameters.ToDictionary(p => p.WireName);
        Assert.Equal((ParameterStyleKind.Simple, false), (parameters["id"].Style, parameters["id"].Explode));
        Assert.Equal((ParameterStyleKind.Form, true), (parameters["q"].Style, parameters["q"].Explode));
        Assert.Equal((ParameterStyleKind.Simple, false), (parameters["X-H"].Style, parameters["X-H"].Explode));
        Assert.Equal((ParameterStyleKind.Form, true), (parameters["c"].Style, parameters["c"].Explode));
        Assert.Equal(ParameterLocationKind.Cookie, parameters["c"].Location);
    }

    [Fact]
    public void Declared_styles_explode_and_allow_reserved_are_kept()
    {
        ApiSpec spec = Specs.ParseValid(Operation("""
                    - {name: id, in: path, required: true, style: matrix, explode: true, schema: {type: array, items: {type: string}}}
                    - {name: q, in: query, style: deepObject, explode: true, schema: {$ref: '#/components/schemas/Color'}}
                    - {name: p, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: integer}}}
                    - {name: r, in: query, allowReserved: true, schema: {type: string}}
            """));

        var parameters = spec.Operation("GetThingAsync").Parameters.ToDictionary(p => p.WireName);
        Assert.Equal((ParameterStyleKind.Matrix, true), (parameters["id"].Style, parameters["id"].Explode));
        Assert.Equal(ParameterStyleKind.DeepObject, parameters["q"].Style);
        Assert.Equal((ParameterStyleKind.PipeDelimited, false), (parameters["p"].Style, parameters["p"].Explode));
        Assert.True(parameters["r"].AllowReserved);
        Assert.False(parameters["r"].IsPlain);
    }

    [Theory]
    [InlineData("{name: q, in: query, style: label, schema: {type: string}}", "label", "form")]
    [InlineData("{name: q, in: query, style: deepObject, schema: {type: array, items: {type: string}}}", "deepObject", "form")]
    [InlineData("{name: X-H, in: header, style: form, schema: {type: string}}", "form", "simple")]
    [InlineData("{name: q, in: query, style: spaceDelimited, schema: {type: integer}}", "spaceDelimited", "form")]
    public void A_style_the_spec_does_not_define_there_is_CG0120_and_the_default_is_used(string parameter, string style, string fallback)
    {
        ParsedSpec parsed = Specs.Parse(Operation("        - {name: id, in: path, required: true, schema: {type: string}}\n        - " + parameter));

        DiagnosticInfo warning = DiagnosticAssert.Single(parsed, "CG0120");
        Assert.Equal(9, DiagnosticAssert.Start(warning).Line);
        Assert.Equal(style, warning.MessageArgs[0]);
        Assert.Equal(fallback, warning.MessageArgs[2]);
        Assert.Equal(fallback, parsed.Spec!.Operation("GetThingAsync").Parameters[1].Style.ToString().ToLowerInvariant());
    }

    [Fact]
    public void A_cookie_parameter_is_part_of_the_method()
    {
        ApiSpec spec = Specs.ParseValid(Operation("""
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - {name: session, in: cookie, required: true, schema: {type: string}}
            """));

        Assert.Equal(new[] { "id", "session" }, spec.Operation("GetThingAsync").Parameters.Select(p => p.WireName));
    }
}
