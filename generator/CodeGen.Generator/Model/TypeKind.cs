namespace CodeGen.Generator.Model;

/// <summary>The shapes a schema can take in C#.</summary>
internal enum TypeKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    DateTimeOffset,
    Guid,
    /// <summary>Base64 text on the wire, <c>byte[]</c> in C#.</summary>
    Bytes,
    /// <summary><c>format: uri</c>: <c>System.Uri</c>, written back as its original text.</summary>
    Uri,
    /// <summary><c>format: duration</c>: <c>TimeSpan</c>, ISO 8601 (<c>P1DT2H</c>) on the wire.</summary>
    Duration,
    /// <summary><c>format: date</c> where the consumer has it: <c>System.DateOnly</c>, RFC 3339 <c>full-date</c> on the wire.</summary>
    Date,
    /// <summary><c>format: time</c> where the consumer has it: <c>System.TimeOnly</c>, RFC 3339 <c>partial-time</c> on the wire.</summary>
    Time,
    /// <summary>Free-form JSON kept as <c>JsonElement</c>.</summary>
    Any,
    /// <summary>A generated record.</summary>
    Object,
    /// <summary>A generated open enum.</summary>
    Enum,
    /// <summary>A generated open integer enum.</summary>
    IntegerEnum,
    /// <summary>A list of <see cref="TypeRefSpec.Element"/>.</summary>
    Array,
    /// <summary>A string-keyed dictionary of <see cref="TypeRefSpec.Element"/>.</summary>
    Map,
    /// <summary>A generated union (<c>oneOf</c>/<c>anyOf</c>, or several types).</summary>
    Union,
}
