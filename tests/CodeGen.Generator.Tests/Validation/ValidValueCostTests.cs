using CodeGen.Runtime.Validation;

namespace CodeGen.Generator.Tests.Validation;

/// <summary>
/// Every request the client sends is validated first, so a valid one must not pay for the error reporting it does
/// not need: bounds, lengths, counts and constants are tested before any JSON path string or error list is made.
/// Allocated bytes are counted, not timed, so the assertion is exact on any machine.
/// </summary>
public sealed class ValidValueCostTests : IClassFixture<ValidValueCostTests.Generated>
{
    private const string Yaml = """
        openapi: 3.0.3
        info: {title: Costs, version: '1'}
        paths:
          /orders:
            post:
              operationId: createOrder
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Order'}
              responses:
                '204': {description: Done.}
        components:
          schemas:
            Order:
              type: object
              required: [name, kind]
              properties:
                name: {type: string, minLength: 1, maxLength: 10}
                kind: {type: string, enum: [order]}
                count: {type: integer, minimum: 1, maximum: 10}
                ratio: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 1}
                amount: {type: number, format: decimal, maximum: 99.5}
                tags:
                  type: array
                  minItems: 1
                  maxItems: 3
                  items: {type: string}
                labels:
                  type: object
                  maxProperties: 2
                  additionalProperties: {type: string}
        """;

    // Each member at the edge of its constraints: the largest count, the inclusive ratio bound, 7 code points of 10.
    private static readonly (string Name, string Json)[] s_validMembers =
    {
        ("name", "\"Ünïcödé\""), ("kind", "\"order\""), ("count", "10"), ("ratio", "1"), ("amount", "99.5"),
        ("tags", "[\"a\",\"b\"]"), ("labels", "{\"k\":\"v\"}"),
    };

    private readonly ValidationHarness _harness;

    public ValidValueCostTests(Generated generated) => _harness = generated.Harness;

    [Fact]
    public void A_valid_value_is_checked_without_allocating()
    {
        object order = _harness.Read("Order", Json());
        var collector = new ValidationCollector();
        collector.Collect(order); // The first call runs the JIT and the class constructors.

        long before = GC.GetAllocatedBytesForCurrentThread();
        collector.Collect(order);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(collector.Errors);
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData("name", "\"\"", "$.name minLength 1")]
    [InlineData("name", "\"12345678901\"", "$.name maxLength 10")]
    [InlineData("kind", "\"other\"", "$.kind const order")]
    [InlineData("count", "0", "$.count minimum 1")]
    [InlineData("ratio", "0", "$.ratio exclusiveMinimum 0")]
    [InlineData("amount", "99.51", "$.amount maximum 99.5")]
    [InlineData("tags", "[]", "$.tags minItems 1")]
    [InlineData("labels", """{"a":"1","b":"2","c":"3"}""", "$.labels maxProperties 2")]
    public void The_same_checks_still_report_a_broken_value_at_its_path(string member, string jsonValue, string expected)
    {
        Assert.Equal(new[] { expected }, ValidationHarness.Describe(_harness.Errors("Order", Json(member, jsonValue))));
    }

    /// <summary>The valid order, with <paramref name="member"/> (if given) holding <paramref name="jsonValue"/> instead.</summary>
    private static string Json(string? member = null, string? jsonValue = null)
        => "{" + string.Join(",", s_validMembers.Select(m => $"\"{m.Name}\":{(m.Name == member ? jsonValue : m.Json)}")) + "}";

    /// <summary>The document generated and compiled once for all the cases.</summary>
    public sealed class Generated : IDisposable
    {
        internal ValidationHarness Harness { get; } = new(Yaml);

        public void Dispose() => Harness.Dispose();
    }
}
