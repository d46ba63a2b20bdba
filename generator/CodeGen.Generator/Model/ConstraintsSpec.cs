namespace CodeGen.Generator.Model;

/// <summary>
/// The validation keywords of one schema that the client checks before sending. Only usable values get here: the
/// reader reports and drops negative lengths, non-numeric or infinite bounds and invalid patterns.
/// </summary>
/// <param name="MinLength">Fewest characters of a string.</param>
/// <param name="MaxLength">Most characters of a string.</param>
/// <param name="Pattern">An ECMA-262 pattern the string must contain a match of.</param>
/// <param name="Format">A format that can be checked (<c>email</c>, <c>uri</c>, …, or <c>int32</c>/<c>int64</c> on a number).</param>
/// <param name="Minimum">Lower bound of a number.</param>
/// <param name="Maximum">Upper bound of a number.</param>
/// <param name="MinItems">Fewest items of an array.</param>
/// <param name="MaxItems">Most items of an array.</param>
/// <param name="UniqueItems">Whether the items of an array must differ.</param>
/// <param name="MinProperties">Fewest entries of a map.</param>
/// <param name="MaxProperties">Most entries of a map.</param>
/// <param name="Items">The constraints of each array item or map value.</param>
internal sealed record ConstraintsSpec(
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    string? Format,
    NumericBoundSpec? Minimum,
    NumericBoundSpec? Maximum,
    int? MinItems,
    int? MaxItems,
    bool UniqueItems,
    int? MinProperties,
    int? MaxProperties,
    ConstraintsSpec? Items);
