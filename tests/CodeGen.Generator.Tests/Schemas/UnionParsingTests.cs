using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.TestHelpers;
using TypeKind = CodeGen.Generator.Model.TypeKind;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary>The catalog's decisions about union, enum, format and member shapes, checked on the model.</summary>
public sealed class UnionParsingTests
{
    private const string Pets = """
            Cat: {type: object, required: [kind, lives], properties: {kind: {type: string}, lives: {type: integer}}}
            Dog: {type: object, required: [kind], properties: {kind: {type: string}, bark: {type: string}}}

        """;

    private static UnionSpec Union(ApiSpec spec, string name) => Assert.Single(spec.Unions, u => u.Name == name);

    [Fact]
    public void Implicit_discriminator_values_are_the_schema_names()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document(Pets + """
                Pet:
                  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                  discriminator: {propertyName: kind}

            """));

        UnionSpec pet = Union(spec, "Pet");
        Assert.Equal("kind", pet.DiscriminatorProperty);
        Assert.Equal(new[] { "Cat", "Dog" }, pet.Variants.Select(v => v.Name));
        Assert.Equal(new[] { "Cat" }, pet.Variants[0].DiscriminatorValues);
        Assert.Equal(new[] { "Dog" }, pet.Variants[1].DiscriminatorValues);
    }

    [Fact]
    public void An_explicit_mapping_replaces_the_schema_name_and_may_give_several_values()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document(Pets + """
                Pet:
                  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                  discriminator:
                    propertyName: kind
                    mapping: {kitten: '#/components/schemas/Cat', cat: '#/components/schemas/Cat'}

            """));

        UnionSpec pet = Union(spec, "Pet");
        Assert.Equal(new[] { "cat", "kitten" }, pet.Variants[0].DiscriminatorValues);
        Assert.Equal(new[] { "Dog" }, pet.Variants[1].DiscriminatorValues);
    }

    [Fact]
    public void Object_variants_carry_their_required_and_known_members_for_structural_matching()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document(Pets + """
                Pet:
                  anyOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]

            """));

        UnionVariantSpec dog = Union(spec, "Pet").Variants[1];
        Assert.Null(Union(spec, "Pet").DiscriminatorProperty);
        Assert.Equal(new[] { "kind" }, dog.Shape!.Required);
        Assert.Equal(new[] { "bark", "kind" }, dog.Shape.Known);
    }

    [Fact]
    public void An_inline_union_whose_choices_share_one_csharp_type_is_that_type()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document("""
                Holder:
                  type: object
                  properties:
                    code: {oneOf: [{type: string, pattern: '^a'}, {type: string, maxLength: 2}]}

            """));

        Assert.Equal(TypeKind.String, spec.Object("Holder").Property("code").Type.Kind);
        Assert.Empty(spec.Unions);
    }

    [Fact]
    public void Inline_variants_are_named_after_the_union_and_their_title_or_position()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document("""
                Holder:
                  type: object
                  properties:
                    where:
                      oneOf:
                        - {title: point, type: object, properties: {x: {type: integer}}}
                        - {type: object, properties: {name: {type: string}}}

            """));

        UnionSpec where = Union(spec, "HolderWhere");
        Assert.Equal(new[] { "HolderWherePoint", "HolderWhereOption2" }, where.Variants.Select(v => v.Type.Name));
    }

    [Fact]
    public void The_null_choice_makes_the_member_nullable_not_a_variant()
    {
        ApiSpec spec = Specs.ParseValid("""
            openapi: 3.1.0
            info: {title: U, version: '1'}
            paths: {}
            components:
              schemas:
                Holder:
                  type: object
                  required: [value]
                  properties:
                    value: {oneOf: [{type: string}, {type: integer}, {type: 'null'}]}
            """);

        PropertySpec value = spec.Object("Holder").Property("value");
        Assert.True(value.IsNullable);
        Assert.Equal(new[] { TypeKind.String, TypeKind.Int32 }, Union(spec, "HolderValue").Variants.Select(v => v.Type.Kind));
    }

    [Fact]
    public void A_union_that_refers_to_itself_terminates()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document("""
                Node:
                  oneOf:
                    - {type: string}
                    - {type: array, items: {$ref: '#/components/schemas/Node'}}
                    - {type: object, additionalProperties: {$ref: '#/components/schemas/Node'}}

            """));

        Assert.Equal(new[] { "String", "NodeList", "NodeMap" }, Union(spec, "Node").Variants.Select(v => v.Name));
    }

    [Theory]
    [InlineData("{type: string, format: uri}", "Uri")]
    [InlineData("{type: string, format: duration}", "Duration")]
    [InlineData("{type: string, format: date-time}", "DateTimeOffset")]
    [InlineData("{type: integer, enum: [3, 4]}", "IntegerEnum")]
    [InlineData("{type: string, enum: [a, b], nullable: true}", "Enum")]
    public void Formats_and_enums_map_to_kinds(string schema, string expected)
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document($"    Holder:\n      type: object\n      properties:\n        value: {schema}\n"));

        Assert.Equal(expected, spec.Object("Holder").Property("value").Type.Kind.ToString());
    }

    [Fact]
    public void OpenApi_3_0_nullable_marks_the_member_nullable()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document("    Holder:\n      type: object\n      required: [a, b]\n      properties:\n        a: {type: string, nullable: true}\n        b: {type: integer, enum: [1, 2], nullable: true}\n"));

        Assert.True(spec.Object("Holder").Property("a").IsNullable);
        Assert.True(spec.Object("Holder").Property("b").IsNullable);
    }

    [Fact]
    public void Additional_properties_next_to_properties_become_extra_members()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document("""
                Typed: {type: object, properties: {a: {type: string}}, additionalProperties: {type: integer}}
                Free: {type: object, properties: {a: {type: string}}, additionalProperties: true}
                Closed: {type: object, properties: {a: {type: string}}, additionalProperties: false}
                Silent: {type: object, properties: {a: {type: string}}}

            """));

        Assert.Equal(TypeKind.Int32, spec.Object("Typed").ExtraMembers!.Value.Kind);
        Assert.Equal(TypeKind.Any, spec.Object("Free").ExtraMembers!.Value.Kind);
        Assert.Null(spec.Object("Closed").ExtraMembers);
        Assert.Null(spec.Object("Silent").ExtraMembers);
    }
}
