using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Parsing;

public sealed class RequiredNullableTests
{
    private const string Schemas30 = """
            Thing:
              type: object
              required: [req_plain, req_nullable]
              properties:
                req_plain: {type: string}
                req_nullable: {type: string, nullable: true}
                opt_plain: {type: integer}
                opt_nullable: {type: integer, nullable: true}

        """;

    private const string Document31 = """
        openapi: 3.1.0
        info: {title: Test, version: '1.0'}
        paths: {}
        components:
          schemas:
            Thing:
              type: object
              required: [req_plain, req_nullable]
              properties:
                req_plain: {type: string}
                req_nullable: {type: [string, 'null']}
                opt_plain: {type: integer}
                opt_nullable: {type: [integer, 'null']}
        """;

    public static TheoryData<string, string> Documents => new()
    {
        { "3.0 nullable", Specs.Document(Schemas30) },
        { "3.1 type arrays", Document31 },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Required_and_nullable_are_independent(string dialect, string yaml)
    {
        ObjectSpec thing = Specs.ParseValid(yaml).Object("Thing");

        Assert.True(dialect.Length > 0);
        AssertPresence(thing.Property("req_plain"), required: true, nullable: false);
        AssertPresence(thing.Property("req_nullable"), required: true, nullable: true);
        AssertPresence(thing.Property("opt_plain"), required: false, nullable: false);
        AssertPresence(thing.Property("opt_nullable"), required: false, nullable: true);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Nullability_never_changes_the_type(string dialect, string yaml)
    {
        ObjectSpec thing = Specs.ParseValid(yaml).Object("Thing");

        Assert.True(dialect.Length > 0);
        Assert.Equal(TypeKind.String, thing.Property("req_plain").Type.Kind);
        Assert.Equal(TypeKind.String, thing.Property("req_nullable").Type.Kind);
        Assert.Equal(TypeKind.Int32, thing.Property("opt_plain").Type.Kind);
        Assert.Equal(TypeKind.Int32, thing.Property("opt_nullable").Type.Kind);
    }

    [Fact]
    public void Properties_keep_document_order_and_get_pascal_names()
    {
        ObjectSpec thing = Specs.ParseValid(Specs.Document(Schemas30)).Object("Thing");

        Assert.Equal(new[] { "req_plain", "req_nullable", "opt_plain", "opt_nullable" }, thing.Properties.Select(p => p.JsonName));
        Assert.Equal(new[] { "ReqPlain", "ReqNullable", "OptPlain", "OptNullable" }, thing.Properties.Select(p => p.Name));
    }

    [Fact]
    public void Read_only_is_carried()
    {
        ObjectSpec thing = Specs.ParseValid(Specs.Document("""
                Thing:
                  type: object
                  properties:
                    id: {type: string, readOnly: true}
                    name: {type: string}

            """)).Object("Thing");

        Assert.True(thing.Property("id").IsReadOnly);
        Assert.False(thing.Property("name").IsReadOnly);
    }

    private static void AssertPresence(PropertySpec property, bool required, bool nullable)
    {
        Assert.True(property.IsRequired == required, $"{property.JsonName}: IsRequired is {property.IsRequired}, expected {required}");
        Assert.True(property.IsNullable == nullable, $"{property.JsonName}: IsNullable is {property.IsNullable}, expected {nullable}");
    }
}
