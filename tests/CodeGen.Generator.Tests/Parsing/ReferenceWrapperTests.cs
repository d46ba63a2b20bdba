using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Parsing;

public sealed class ReferenceWrapperTests
{
    private const string Schemas = """
            Parent:
              type: object
              required: [child]
              properties:
                child:
                  description: The child, as the parent describes it.
                  allOf:
                    - $ref: '#/components/schemas/Child'
                maybe_child:
                  description: Sometimes absent, sometimes null.
                  type: object
                  nullable: true
                  allOf:
                    - $ref: '#/components/schemas/Child'
                plain_child:
                  $ref: '#/components/schemas/Child'
                mode:
                  description: The mode for this parent.
                  allOf:
                    - $ref: '#/components/schemas/Mode'
                children:
                  type: array
                  items:
                    $ref: '#/components/schemas/Child'
            Child:
              type: object
              description: The child's own description.
              properties:
                name: {type: string}
            Mode:
              type: string
              description: The mode's own description.
              enum: [fast, slow]

        """;

    private static ObjectSpec Parent() => Specs.ParseValid(Specs.Document(Schemas)).Object("Parent");

    [Fact]
    public void An_allOf_wrapper_resolves_to_the_referenced_type()
    {
        ObjectSpec parent = Parent();

        Assert.Equal(new TypeRefSpec(TypeKind.Object, "Child"), parent.Property("child").Type);
        Assert.Equal(new TypeRefSpec(TypeKind.Object, "Child"), parent.Property("maybe_child").Type);
        Assert.Equal(new TypeRefSpec(TypeKind.Object, "Child"), parent.Property("plain_child").Type);
        Assert.Equal(new TypeRefSpec(TypeKind.Enum, "Mode"), parent.Property("mode").Type);
    }

    [Fact]
    public void The_wrapper_description_wins_over_the_referenced_one()
    {
        ObjectSpec parent = Parent();

        Assert.Equal("The child, as the parent describes it.", parent.Property("child").Documentation.Description);
        Assert.Equal("The mode for this parent.", parent.Property("mode").Documentation.Description);
    }

    [Fact]
    public void Nullable_on_the_wrapper_makes_the_property_nullable()
    {
        ObjectSpec parent = Parent();

        Assert.True(parent.Property("maybe_child").IsNullable);
        Assert.False(parent.Property("child").IsNullable);
        Assert.True(parent.Property("child").IsRequired);
    }

    [Fact]
    public void A_one_of_with_null_wraps_a_reference_as_nullable_in_3_1()
    {
        ObjectSpec parent = Specs.ParseValid("""
            openapi: 3.1.0
            info: {title: Test, version: '1.0'}
            paths: {}
            components:
              schemas:
                Parent:
                  type: object
                  properties:
                    maybe_child:
                      description: Null or a child.
                      oneOf:
                        - $ref: '#/components/schemas/Child'
                        - type: 'null'
                Child:
                  type: object
                  properties:
                    name: {type: string}
            """).Object("Parent");

        PropertySpec maybe = parent.Property("maybe_child");
        Assert.Equal(new TypeRefSpec(TypeKind.Object, "Child"), maybe.Type);
        Assert.True(maybe.IsNullable);
        Assert.Equal("Null or a child.", maybe.Documentation.Description);
    }

    [Fact]
    public void Wrappers_do_not_create_types_of_their_own()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document(Schemas));

        Assert.Equal(new[] { "Child", "Parent" }, spec.Objects.Select(o => o.Name));
        Assert.Equal(new[] { "Mode" }, spec.Enums.Select(e => e.Name));
    }

    [Fact]
    public void Arrays_of_references_resolve_their_items()
    {
        TypeRefSpec children = Parent().Property("children").Type;

        Assert.Equal(TypeKind.Array, children.Kind);
        Assert.Equal(new TypeRefSpec(TypeKind.Object, "Child"), children.Element);
        Assert.False(children.ElementIsNullable);
    }

    [Fact]
    public void Referenced_type_keeps_its_own_description()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document(Schemas));

        Assert.Equal("The child's own description.", spec.Object("Child").Documentation.Description);
        Assert.Equal("The mode's own description.", spec.Enum("Mode").Documentation.Description);
    }
}
