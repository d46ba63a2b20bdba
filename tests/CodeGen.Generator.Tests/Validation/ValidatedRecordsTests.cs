using CodeGen.Generator.Tests.TestHelpers;
using CodeGen.Runtime.Validation;

namespace CodeGen.Generator.Tests.Validation;

/// <summary>
/// Only records with something to check implement <see cref="IValidatable"/> and get a validation file: a constraint
/// or required reference of their own, or a record with checks reached through members, array items or map values,
/// through cycles too. The harness compiles the output with warnings as errors, so every call into a record without
/// checks is gone.
/// </summary>
public sealed class ValidatedRecordsTests : IClassFixture<ValidatedRecordsTests.Generated>
{
    private readonly ValidationHarness _harness;

    public ValidatedRecordsTests(Generated generated) => _harness = generated.Harness;

    private const string Yaml = """
        openapi: 3.0.3
        info: {title: Records, version: '1'}
        paths: {}
        components:
          schemas:
            Leaf:
              type: object
              properties:
                name: {type: string, minLength: 2}
            Plain:
              type: object
              properties:
                note: {type: string}
                count: {type: integer}
                plainAgain: {$ref: '#/components/schemas/Plain'}
            ListHolder:
              type: object
              properties:
                leaves: {type: array, items: {$ref: '#/components/schemas/Leaf'}}
                plains: {type: array, items: {$ref: '#/components/schemas/Plain'}}
            MapHolder:
              type: object
              properties:
                byName: {type: object, additionalProperties: {type: array, items: {$ref: '#/components/schemas/Leaf'}}}
            Outer:
              type: object
              properties:
                middle: {$ref: '#/components/schemas/Middle'}
            Middle:
              type: object
              properties:
                holder: {$ref: '#/components/schemas/ListHolder'}
            LoopA:
              type: object
              properties:
                b: {$ref: '#/components/schemas/LoopB'}
            LoopB:
              type: object
              properties:
                a: {$ref: '#/components/schemas/LoopA'}
            CheckedLoopA:
              type: object
              properties:
                b: {$ref: '#/components/schemas/CheckedLoopB'}
            CheckedLoopB:
              type: object
              properties:
                a: {$ref: '#/components/schemas/CheckedLoopA'}
                size: {type: integer, maximum: 3}
            RequiresPlain:
              type: object
              required: [plain]
              properties:
                plain: {$ref: '#/components/schemas/Plain'}
            ReadOnlyOnly:
              type: object
              properties:
                id: {type: string, maxLength: 3, readOnly: true}
            Vehicle:
              type: object
              required: [make]
              properties:
                make: {type: string}
            Car:
              allOf:
                - $ref: '#/components/schemas/Vehicle'
                - properties:
                    seats: {type: integer}
            Garage:
              type: object
              properties:
                car: {$ref: '#/components/schemas/Car'}
            Shape:
              type: object
              discriminator: {propertyName: kind}
              properties:
                kind: {type: string}
            Circle:
              allOf:
                - $ref: '#/components/schemas/Shape'
                - properties:
                    radius: {type: number, minimum: 0}
            Drawing:
              type: object
              properties:
                shape: {$ref: '#/components/schemas/Shape'}
        """;

    [Theory]
    [InlineData("Leaf")]
    [InlineData("ListHolder")]
    [InlineData("MapHolder")]
    [InlineData("Outer")]
    [InlineData("Middle")]
    [InlineData("CheckedLoopA")]
    [InlineData("CheckedLoopB")]
    [InlineData("RequiresPlain")]
    [InlineData("Car")]
    [InlineData("Garage")]
    [InlineData("Shape")]
    [InlineData("Drawing")]
    public void A_record_with_a_check_of_its_own_or_below_it_is_validatable(string record)
    {
        Assert.True(typeof(IValidatable).IsAssignableFrom(_harness.Type(record)));
        Assert.Contains($"{ValidationHarness.Namespace}.{record}.Validation.g.cs", _harness.GeneratedSources.Keys);
    }

    [Theory]
    [InlineData("Plain")]
    [InlineData("LoopA")]
    [InlineData("LoopB")]
    [InlineData("ReadOnlyOnly")]
    public void A_record_with_nothing_to_check_has_no_validation(string record)
    {
        Assert.False(typeof(IValidatable).IsAssignableFrom(_harness.Type(record)));
        Assert.DoesNotContain($"{ValidationHarness.Namespace}.{record}.Validation.g.cs", _harness.GeneratedSources.Keys);
        Assert.Empty(_harness.Errors(record, "{}"));
    }

    [Fact]
    public void Checks_reach_a_leaf_two_records_down_and_skip_the_records_without_checks()
    {
        IReadOnlyList<ValidationError> errors = _harness.Errors("Outer", """{"middle":{"holder":{"leaves":[{"name":"ok"},{"name":"x"}],"plains":[{"note":"n"}]}}}""");

        Assert.Equal(new[] { "$.middle.holder.leaves[1].name minLength 2" }, ValidationHarness.Describe(errors));
        Assert.DoesNotContain("\"plains\"", _harness.GeneratedSources[$"{ValidationHarness.Namespace}.ListHolder.Validation.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_with_a_check_in_it_is_walked_at_every_level()
    {
        IReadOnlyList<ValidationError> errors = _harness.Errors("CheckedLoopA", """{"b":{"size":9,"a":{"b":{"size":4}}}}""");

        Assert.Equal(new[] { "$.b.a.b.size maximum 3", "$.b.size maximum 3" }, ValidationHarness.Describe(errors));
    }

    [Fact]
    public void An_inherited_check_is_reached_through_a_member_of_the_derived_type()
    {
        object garage = _harness.Read("Garage", """{"car":{"make":"Volvo","seats":5}}""");
        ValidationHarness.With(LoadedGeneratedCode.Get(garage, "Car")!, "Make", null);

        Assert.Equal(new[] { "$.car.make required" }, ValidationHarness.Describe(ValidationHarness.Errors(garage)));
    }

    [Fact]
    public void A_derived_record_held_by_a_member_of_its_base_type_is_checked()
    {
        IReadOnlyList<ValidationError> errors = _harness.Errors("Drawing", """{"shape":{"kind":"Circle","radius":-1}}""");

        Assert.Equal(new[] { "$.shape.radius minimum 0" }, ValidationHarness.Describe(errors));
    }

    /// <summary>The document is generated, compiled and loaded once for the class.</summary>
    public sealed class Generated : IDisposable
    {
        internal ValidationHarness Harness { get; } = new(Yaml);

        public void Dispose() => Harness.Dispose();
    }
}
