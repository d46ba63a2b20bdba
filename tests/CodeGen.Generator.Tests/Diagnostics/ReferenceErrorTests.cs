using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using TypeKind = CodeGen.Generator.Model.TypeKind;

namespace CodeGen.Generator.Tests.Diagnostics;

public sealed class ReferenceErrorTests
{
    private const string MissingInProperty = """
        openapi: 3.0.3
        info:
          title: R
          version: '1'
        paths: {}
        components:
          schemas:
            A:
              type: object
              properties:
                ok: {type: string}
                missing:
                  $ref: '#/components/schemas/Missing'
        """;

    private const string MissingInResponse = """
        openapi: 3.0.3
        info:
          title: R
          version: '1'
        paths:
          /a:
            get:
              operationId: getA
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Nope'
        """;

    [Fact]
    public void A_reference_to_a_missing_schema_is_an_error_at_the_referencing_property()
    {
        ParsedSpec parsed = Specs.Parse(MissingInProperty);

        DiagnosticInfo error = DiagnosticAssert.Single(parsed, "CG0002");
        Assert.Equal(DiagnosticSeverity.Error, error.Descriptor.DefaultSeverity);
        Assert.Contains("#/components/schemas/Missing", error.MessageArgs[0], StringComparison.Ordinal);
        Assert.Equal((12, 9), DiagnosticAssert.Start(error));
    }

    [Fact]
    public void The_reader_warning_for_the_same_reference_points_at_the_ref_itself()
    {
        DiagnosticInfo warning = DiagnosticAssert.Single(Specs.Parse(MissingInProperty), "CG0003");

        Assert.Equal(DiagnosticSeverity.Warning, warning.Descriptor.DefaultSeverity);
        Assert.Equal((13, 11), DiagnosticAssert.Start(warning));
    }

    [Fact]
    public void The_rest_of_the_schema_is_still_modelled_with_the_bad_reference_as_json()
    {
        ApiSpec spec = Specs.Parse(MissingInProperty).Spec!;

        Assert.Equal(TypeKind.String, spec.Object("A").Property("ok").Type.Kind);
        Assert.Equal(TypeKind.Any, spec.Object("A").Property("missing").Type.Kind);
    }

    [Fact]
    public void A_missing_response_schema_is_an_error_at_the_schema()
    {
        DiagnosticInfo error = DiagnosticAssert.Single(Specs.Parse(MissingInResponse), "CG0002");

        Assert.Contains("#/components/schemas/Nope", error.MessageArgs[0], StringComparison.Ordinal);
        Assert.Equal(14, DiagnosticAssert.Start(error).Line);
    }

    [Fact]
    public void The_build_reports_the_missing_reference_on_the_spec_path()
    {
        var spec = new SpecFile("/project/refs.openapi.yaml", MissingInProperty);

        GeneratorRunResult result = GeneratorRunner.Run(spec);

        Assert.Null(result.Exception);
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CG0002", error.Id);
        Assert.Equal(spec.Path, error.Location.GetLineSpan().Path);
        Assert.Equal((12, 9), DiagnosticAssert.Start(error));
    }
}
