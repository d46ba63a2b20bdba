using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary>
/// Unions without a discriminator choose their variant by checks before reading (token, scalar fit, member and
/// item look-ahead) and read it once: no exception is thrown, even internally, to find the variant.
/// </summary>
public sealed class UnionStructuralReadTests : IClassFixture<UnionStructuralReadTests.Document>, IClassFixture<SchemaDocument>
{
    private readonly Document _document;
    private readonly SchemaDocument _schemas;

    public UnionStructuralReadTests(Document document, SchemaDocument schemas)
    {
        _document = document;
        _schemas = schemas;
    }

    [Theory]
    [InlineData("\"2026-01-02T03:04:05+00:00\"", "DateTimeOffset")]
    [InlineData("\"not base64\"", "String")]
    [InlineData("\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"", "Guid")]
    [InlineData("\"P1DT2H\"", "Duration")]
    [InlineData("\"aGVsbG8=\"", "Bytes")]
    [InlineData("\"plain text\"", "String")]
    [InlineData("\"P\"", "String")]
    public void A_string_reads_as_the_first_string_variant_that_accepts_it(string json, string variant)
        => Assert.True(IsVariant(_document.RoundTrip(json, "Moment"), variant));

    [Theory]
    [InlineData("7", "Int32")]
    [InlineData("12345678901", "Int64")]
    [InlineData("1.5", "Double")]
    [InlineData("1e400", "Unknown")]
    public void A_number_reads_as_the_first_numeric_variant_it_fits(string json, string variant)
        => Assert.True(IsVariant(_document.RoundTrip(json, "Amount"), variant));

    [Theory]
    [InlineData("[1,2]", "Int32List")]
    [InlineData("""["a","b"]""", "StringList")]
    [InlineData("[true]", "BooleanList")]
    [InlineData("[]", "Int32List")]
    [InlineData("""[1,"a"]""", "Unknown")]
    public void A_list_reads_as_the_first_list_variant_whose_items_all_fit(string json, string variant)
        => Assert.True(IsVariant(_document.RoundTrip(json, "Lists"), variant));

    [Theory]
    [InlineData("""{"x":1,"y":2}""", "MapsPoint")]
    [InlineData("""{"a":1}""", "Int32Map")]
    [InlineData("""{"a":"b"}""", "StringMap")]
    [InlineData("""{"a":true}""", "Unknown")]
    public void An_object_reads_as_the_object_variant_whose_members_fit_then_as_a_map_whose_values_fit(string json, string variant)
        => Assert.True(IsVariant(_document.RoundTrip(json, "Maps"), variant));

    [Fact]
    public void Structural_reads_throw_no_exception_internally()
    {
        string[] documents =
        {
            """{"moment":"P","amount":1.5,"lists":[[1],["a"],[true],[1,"a"],[]],"maps":[{"x":1,"y":2},{"a":"b"},{"a":true},{"a":1}]}""",
            """{"moment":"not a date","amount":12345678901,"lists":[["x"]],"maps":[{"q":[1]}]}""",
        };
        int thrown = CountFirstChanceExceptions(() =>
        {
            foreach (string json in documents)
            {
                _document.RoundTrip(json, "Holder");
            }

            _schemas.RoundTrip("""{"shape":{"side":1},"inline":true,"tags":["a",2,["b"]]}""", "Drawing");
            _schemas.RoundTrip("""{"corners":3}""", "Shape");
            _schemas.RoundTrip("1.5", "Scalar");
            _schemas.RoundTrip("""{"a":1}""", "Scalar");
            _schemas.RoundTrip("""["a",["b",["c"]],[]]""", "Tree");
        });

        Assert.Equal(0, thrown);
    }

    [Fact]
    public void A_value_that_fits_a_variant_by_its_members_but_not_by_their_types_is_an_error()
        => Assert.ThrowsAny<JsonException>(() => _schemas.Deserialize("""{"radius":"wide"}""", "Shape"));

    [Fact]
    public void TryGet_gives_null_for_a_reference_variant_this_does_not_hold_and_says_so_to_nullable_analysis()
    {
        object shape = _schemas.Deserialize("""{"side":2}""", "Shape")!;

        (bool found, object? circle) = SchemaDocument.TryGet(shape, "Circle");
        (bool isSquare, object? square) = SchemaDocument.TryGet(shape, "Square");

        Assert.False(found);
        Assert.Null(circle);
        Assert.True(isSquare);
        Assert.NotNull(square);
        ParameterInfo parameter = shape.GetType().GetMethod("TryGetCircle")!.GetParameters().Single();
        Assert.Equal(NullabilityState.Nullable, new NullabilityInfoContext().Create(parameter).WriteState);
        Assert.True(parameter.GetCustomAttribute<NotNullWhenAttribute>()!.ReturnValue);
    }

    [Fact]
    public void TryGet_of_a_value_variant_stays_non_nullable()
    {
        ParameterInfo parameter = _document.Type("Amount").GetMethod("TryGetInt64")!.GetParameters().Single();

        Assert.Equal(typeof(long).MakeByRefType(), parameter.ParameterType);
    }

    private bool IsVariant(object union, string variant) => (bool)SchemaDocument.Get(union, "Is" + variant)!;

    /// <summary>Exceptions thrown on this thread while <paramref name="action"/> runs, caught or not.</summary>
    private static int CountFirstChanceExceptions(Action action)
    {
        int thread = Environment.CurrentManagedThreadId;
        int count = 0;
        void OnException(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (Environment.CurrentManagedThreadId == thread)
            {
                Interlocked.Increment(ref count);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += OnException;
        try
        {
            action();
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= OnException;
        }

        return count;
    }

    /// <summary>The code generated for <c>Schemas/TestData/union-checks.openapi.yaml</c>, compiled with no warnings and loaded.</summary>
    public sealed class Document : IDisposable
    {
        private const string Namespace = "UnionChecks.Client";
        private readonly LoadedGeneratedCode _code;

        public Document()
        {
            var spec = new SpecFile("/repo/tests/union-checks.openapi.yaml", File.ReadAllText(Path.Combine(RepoPaths.TestProject, "Schemas", "TestData", "union-checks.openapi.yaml")), Namespace: Namespace);
            _code = new LoadedGeneratedCode("CodeGen.Generator.Tests.UnionChecks", new[] { spec }, Namespace, "UnionChecksClientJsonTypeInfoResolver", warningsAreErrors: true);
            Assert.DoesNotContain(_code.DriverDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        }

        public Type Type(string name) => _code.Type(name);

        public object RoundTrip(string json, string typeName) => _code.RoundTrip(json, typeName);

        public void Dispose() => _code.Dispose();
    }
}
