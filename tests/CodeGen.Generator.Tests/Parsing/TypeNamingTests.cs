using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Parsing;

public sealed class TypeNamingTests
{
    private const string TaskSchema = """
            Task:
              type: object
              properties:
                output_config:
                  type: object
                  properties:
                    storage_mode:
                      type: string
                      enum: [Permanent, Temporary]
                    region: {type: string}
                steps:
                  type: array
                  items:
                    type: object
                    properties:
                      name: {type: string}

        """;

    [Fact]
    public void Inline_objects_and_enums_are_named_parent_plus_property()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document(TaskSchema));

        Assert.Equal(new TypeRefSpec(TypeKind.Object, "TaskOutputConfig"), spec.Object("Task").Property("output_config").Type);
        Assert.Equal(new TypeRefSpec(TypeKind.Enum, "TaskOutputConfigStorageMode"), spec.Object("TaskOutputConfig").Property("storage_mode").Type);
        Assert.Equal(new TypeRefSpec(TypeKind.Object, "TaskStepsItem"), spec.Object("Task").Property("steps").Type.Element);
        Assert.Equal("#/components/schemas/Task/properties/output_config", spec.Object("TaskOutputConfig").SchemaPath);
    }

    [Fact]
    public void Inline_names_do_not_change_when_a_component_is_added()
    {
        ApiSpec before = Specs.ParseValid(Specs.Document(TaskSchema));
        ApiSpec after = Specs.ParseValid(Specs.Document("""
                Aardvark:
                  type: object
                  properties:
                    output_config:
                      type: object
                      properties:
                        storage_mode: {type: string, enum: [A, B]}
                Zebra:
                  type: object
                  properties:
                    stripes: {type: integer}

            """ + TaskSchema));

        Assert.Equal(before.Object("Task"), after.Object("Task"));
        Assert.Equal(before.Object("TaskOutputConfig"), after.Object("TaskOutputConfig"));
        Assert.Equal(before.Object("TaskStepsItem"), after.Object("TaskStepsItem"));
        Assert.Equal(before.Enum("TaskOutputConfigStorageMode"), after.Enum("TaskOutputConfigStorageMode"));
        Assert.Equal("AardvarkOutputConfig", after.Object("Aardvark").Property("output_config").Type.Name);
    }

    [Fact]
    public void A_component_always_wins_its_name_over_an_inline_schema()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document(TaskSchema + """
                TaskOutputConfig:
                  type: object
                  properties:
                    other: {type: string}

            """));

        Assert.Equal("#/components/schemas/TaskOutputConfig", spec.Object("TaskOutputConfig").SchemaPath);
        Assert.Equal("TaskOutputConfig2", spec.Object("Task").Property("output_config").Type.Name);
    }

    [Fact]
    public void Colliding_inline_names_are_numbered_in_component_order()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document("""
                TaskOutput:
                  type: object
                  properties:
                    config:
                      type: object
                      properties:
                        b: {type: string}
                Task:
                  type: object
                  properties:
                    output_config:
                      type: object
                      properties:
                        a: {type: string}

            """));

        Assert.Equal("TaskOutputConfig", spec.Object("Task").Property("output_config").Type.Name);
        Assert.Equal("TaskOutputConfig2", spec.Object("TaskOutput").Property("config").Type.Name);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Component_names_that_collide_after_sanitizing_get_stable_distinct_names(bool reversed)
    {
        string fooBarKebab = """
                foo-bar:
                  type: object
                  properties:
                    kebab: {type: string}

            """;
        string fooBarPascal = """
                FooBar:
                  type: object
                  properties:
                    pascal: {type: string}

            """;
        string user = """
                User:
                  type: object
                  properties:
                    k: {$ref: '#/components/schemas/foo-bar'}
                    p: {$ref: '#/components/schemas/FooBar'}

            """;

        ApiSpec spec = Specs.ParseValid(Specs.Document(reversed ? user + fooBarPascal + fooBarKebab : fooBarKebab + user + fooBarPascal));

        // The key that already is the identifier keeps it, whatever the document order; the other gets a suffix
        // computed from its own key (ComponentTypeNames), so neither name depends on the other schemas.
        Assert.Equal("#/components/schemas/FooBar", spec.Object("FooBar").SchemaPath);
        Assert.Equal("#/components/schemas/foo-bar", spec.Object("FooBar_087877").SchemaPath);
        Assert.Equal("FooBar_087877", spec.Object("User").Property("k").Type.Name);
        Assert.Equal("FooBar", spec.Object("User").Property("p").Type.Name);
    }

    [Fact]
    public void Objects_and_enums_are_listed_in_ordinal_name_order()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document("""
                b_thing: {type: object, properties: {x: {type: string}}}
                A_thing: {type: object, properties: {x: {type: string}}}
                a_mode: {type: string, enum: [x]}
                Z_mode: {type: string, enum: [x]}

            """));

        Assert.Equal(new[] { "AThing", "BThing" }, spec.Objects.Select(o => o.Name));
        Assert.Equal(new[] { "AMode", "ZMode" }, spec.Enums.Select(e => e.Name));
    }

    [Fact]
    public void Generated_helper_names_are_reserved_for_the_client()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document("""
                TestClient: {type: object, properties: {x: {type: string}}}
                TestClientOptions: {type: object, properties: {x: {type: string}}}

            """));

        Assert.Equal("TestClient", spec.Client.Name);
        Assert.Equal(new[] { "TestClient2", "TestClientOptions2" }, spec.Objects.Select(o => o.Name));
    }

    [Theory]
    [InlineData("{type: string, format: date-time}", "DateTimeOffset")]
    [InlineData("{type: string, format: uuid}", "Guid")]
    [InlineData("{type: string, format: byte}", "Bytes")]
    [InlineData("{type: string}", "String")]
    [InlineData("{type: integer}", "Int32")]
    [InlineData("{type: integer, format: int64}", "Int64")]
    [InlineData("{type: number}", "Double")]
    [InlineData("{type: number, format: float}", "Single")]
    [InlineData("{type: boolean}", "Boolean")]
    [InlineData("{}", "Any")]
    [InlineData("{type: object}", "Any")]
    [InlineData("{type: object, additionalProperties: {type: integer}}", "Map")]
    [InlineData("{type: integer, enum: [1, 2]}", "IntegerEnum")]
    public void Primitive_schemas_map_to_kinds(string schema, string expected)
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document($"    Holder:\n      type: object\n      properties:\n        value: {schema}\n"));

        Assert.Equal(expected, spec.Object("Holder").Property("value").Type.Kind.ToString());
    }
}
