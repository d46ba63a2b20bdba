using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CodeGen.Runtime.Validation;

/// <summary>
/// The checks generated validation calls, one per JSON Schema keyword. Each adds an error to the collector when the
/// value breaks the rule. Messages name the rule and the limit, never the value, so nothing secret is repeated.
/// </summary>
public static class ValidationRules
{
    /// <summary>A required member holds <see langword="null"/>.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The member's JSON path.</param>
    public static void Required(ValidationCollector collector, string path)
        => collector.Add(path, "required", "is required and must not be null.");

    /// <summary>
    /// <c>const</c> (or an enum of one value): the member does not hold the one value the schema allows. Generated code
    /// compares the value with the constant's C# literal and calls this only when they differ.
    /// </summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The member's JSON path.</param>
    /// <param name="expected">The constant as the API description writes it.</param>
    public static void Const(ValidationCollector collector, string path, string expected)
        => collector.Add(path, "const", $"must be {expected}.", expected);

    /// <summary><c>minLength</c>: at least <paramref name="limit"/> characters, counted as Unicode code points like JSON Schema.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="value">The text.</param>
    /// <param name="limit">The fewest characters.</param>
    public static void MinLength(ValidationCollector collector, string path, string value, int limit)
    {
        int length = CodePoints(value);
        if (length < limit)
        {
            collector.Add(path, "minLength", $"must be at least {Text(limit)} characters long (it has {Text(length)}).", Text(limit));
        }
    }

    /// <summary><c>maxLength</c>: at most <paramref name="limit"/> characters, counted as Unicode code points like JSON Schema.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="value">The text.</param>
    /// <param name="limit">The most characters.</param>
    public static void MaxLength(ValidationCollector collector, string path, string value, int limit)
    {
        int length = CodePoints(value);
        if (length > limit)
        {
            collector.Add(path, "maxLength", $"must be at most {Text(limit)} characters long (it has {Text(length)}).", Text(limit));
        }
    }

    /// <summary><c>pattern</c>: the text contains a match of <paramref name="pattern"/> (see <see cref="PatternCache"/>).</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="value">The text.</param>
    /// <param name="pattern">The regular expression of the API description.</param>
    public static void Pattern(ValidationCollector collector, string path, string value, string pattern)
    {
        try
        {
            if (!PatternCache.Get(pattern).IsMatch(value))
            {
                collector.Add(path, "pattern", $"must match the pattern {pattern}.", pattern);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Sending a value nobody could check would defeat the point; the caller can switch validation off.
            collector.Add(path, "pattern", $"could not be checked against the pattern {pattern} within {PatternCache.MatchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.", pattern);
        }
    }

    /// <summary><c>minimum</c> or <c>exclusiveMinimum</c> for integers.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="value">The number.</param>
    /// <param name="limit">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is out of range.</param>
    /// <param name="limitText">The bound as the API description writes it.</param>
    public static void Minimum(ValidationCollector collector, string path, long value, long limit, bool exclusive, string limitText)
        => CheckMinimum(collector, path, exclusive ? value > limit : value >= limit, exclusive, limitText);

    /// <summary><c>minimum</c> or <c>exclusiveMinimum</c> for floating-point numbers.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="value">The number.</param>
    /// <param name="limit">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is out of range.</param>
    /// <param name="limitText">The bound as the API description writes it.</param>
    public static void Minimum(ValidationCollector collector, string path, double value, double limit, bool exclusive, string limitText)
        => CheckMinimum(collector, path, double.IsNaN(value) || (exclusive ? value > limit : value >= limit), exclusive, limitText);

    /// <summary><c>minimum</c> or <c>exclusiveMinimum</c> for decimals.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="value">The number.</param>
    /// <param name="limit">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is out of range.</param>
    /// <param name="limitText">The bound as the API description writes it.</param>
    public static void Minimum(ValidationCollector collector, string path, decimal value, decimal limit, bool exclusive, string limitText)
        => CheckMinimum(collector, path, exclusive ? value > limit : value >= limit, exclusive, limitText);

    /// <summary><c>maximum</c> or <c>exclusiveMaximum</c> for integers.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="value">The number.</param>
    /// <param name="limit">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is out of range.</param>
    /// <param name="limitText">The bound as the API description writes it.</param>
    public static void Maximum(ValidationCollector collector, string path, long value, long limit, bool exclusive, string limitText)
        => CheckMaximum(collector, path, exclusive ? value < limit : value <= limit, exclusive, limitText);

    /// <summary><c>maximum</c> or <c>exclusiveMaximum</c> for floating-point numbers.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="value">The number.</param>
    /// <param name="limit">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is out of range.</param>
    /// <param name="limitText">The bound as the API description writes it.</param>
    public static void Maximum(ValidationCollector collector, string path, double value, double limit, bool exclusive, string limitText)
        => CheckMaximum(collector, path, double.IsNaN(value) || (exclusive ? value < limit : value <= limit), exclusive, limitText);

    /// <summary><c>maximum</c> or <c>exclusiveMaximum</c> for decimals.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="value">The number.</param>
    /// <param name="limit">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is out of range.</param>
    /// <param name="limitText">The bound as the API description writes it.</param>
    public static void Maximum(ValidationCollector collector, string path, decimal value, decimal limit, bool exclusive, string limitText)
        => CheckMaximum(collector, path, exclusive ? value < limit : value <= limit, exclusive, limitText);

    /// <summary><c>minItems</c>.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The array's JSON path.</param>
    /// <param name="count">How many items it has.</param>
    /// <param name="limit">The fewest items.</param>
    public static void MinItems(ValidationCollector collector, string path, int count, int limit)
    {
        if (count < limit)
        {
            collector.Add(path, "minItems", $"must have at least {Text(limit)} item(s) (it has {Text(count)}).", Text(limit));
        }
    }

    /// <summary><c>maxItems</c>.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The array's JSON path.</param>
    /// <param name="count">How many items it has.</param>
    /// <param name="limit">The most items.</param>
    public static void MaxItems(ValidationCollector collector, string path, int count, int limit)
    {
        if (count > limit)
        {
            collector.Add(path, "maxItems", $"must have at most {Text(limit)} item(s) (it has {Text(count)}).", Text(limit));
        }
    }

    /// <summary><c>minProperties</c> of a map.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The map's JSON path.</param>
    /// <param name="count">How many entries it has.</param>
    /// <param name="limit">The fewest entries.</param>
    public static void MinProperties(ValidationCollector collector, string path, int count, int limit)
    {
        if (count < limit)
        {
            collector.Add(path, "minProperties", $"must have at least {Text(limit)} entr(ies) (it has {Text(count)}).", Text(limit));
        }
    }

    /// <summary><c>maxProperties</c> of a map.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The map's JSON path.</param>
    /// <param name="count">How many entries it has.</param>
    /// <param name="limit">The most entries.</param>
    public static void MaxProperties(ValidationCollector collector, string path, int count, int limit)
    {
        if (count > limit)
        {
            collector.Add(path, "maxProperties", $"must have at most {Text(limit)} entr(ies) (it has {Text(count)}).", Text(limit));
        }
    }

    /// <summary><c>uniqueItems</c>, comparing items with their own equality.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The array's JSON path.</param>
    /// <param name="items">The items.</param>
    /// <remarks>
    /// Generated records compare member by member, but a list inside a record compares by reference, so two records
    /// that differ only in list instances with equal contents count as different here.
    /// </remarks>
    public static void UniqueItems<T>(ValidationCollector collector, string path, IReadOnlyList<T> items)
        => CheckUnique(collector, path, items, EqualityComparer<T>.Default);

    /// <summary><c>uniqueItems</c> for free-form JSON, comparing the JSON text.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The array's JSON path.</param>
    /// <param name="items">The items.</param>
    public static void UniqueItems(ValidationCollector collector, string path, IReadOnlyList<JsonElement> items)
        => CheckUnique(collector, path, items, JsonTextComparer.Instance);

    /// <summary><c>uniqueItems</c> for binary items, comparing bytes.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The array's JSON path.</param>
    /// <param name="items">The items.</param>
    public static void UniqueItems(ValidationCollector collector, string path, IReadOnlyList<byte[]?> items)
        => CheckUnique(collector, path, items, ByteArrayComparer.Instance);

    /// <summary><c>format</c> of a text value, for the formats that can be checked offline (see <see cref="StringFormats"/>).</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="value">The text.</param>
    /// <param name="format">The format name, such as <c>email</c>.</param>
    public static void Format(ValidationCollector collector, string path, string value, string format)
    {
        if (!StringFormats.IsValid(format, value))
        {
            collector.Add(path, "format", $"must be a valid {format}.", format);
        }
    }

    /// <summary>An <c>int32</c> or <c>int64</c> <c>format</c> on a number: a whole number in that range.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="value">The number.</param>
    /// <param name="format"><c>int32</c> or <c>int64</c>.</param>
    public static void IntegerFormat(ValidationCollector collector, string path, double value, string format)
    {
        bool valid = Math.Floor(value) == value && (format == "int32"
            ? value >= int.MinValue && value <= int.MaxValue
            : value >= -9.2233720368547758E+18 && value < 9.2233720368547758E+18);
        if (!valid)
        {
            collector.Add(path, "format", $"must be a whole number in the {format} range.", format);
        }
    }

    /// <summary>An <c>int32</c> or <c>int64</c> <c>format</c> on a decimal number: a whole number in that range.</summary>
    /// <param name="collector">Receives the error.</param>
    /// <param name="path">The value's JSON path.</param>
    /// <param name="value">The number.</param>
    /// <param name="format"><c>int32</c> or <c>int64</c>.</param>
    public static void IntegerFormat(ValidationCollector collector, string path, decimal value, string format)
    {
        bool valid = decimal.Truncate(value) == value && (format == "int32"
            ? value >= int.MinValue && value <= int.MaxValue
            : value >= long.MinValue && value <= long.MaxValue);
        if (!valid)
        {
            collector.Add(path, "format", $"must be a whole number in the {format} range.", format);
        }
    }

    private static void CheckMinimum(ValidationCollector collector, string path, bool valid, bool exclusive, string limitText)
    {
        if (!valid)
        {
            collector.Add(path, exclusive ? "exclusiveMinimum" : "minimum", exclusive ? $"must be greater than {limitText}." : $"must be at least {limitText}.", limitText);
        }
    }

    private static void CheckMaximum(ValidationCollector collector, string path, bool valid, bool exclusive, string limitText)
    {
        if (!valid)
        {
            collector.Add(path, exclusive ? "exclusiveMaximum" : "maximum", exclusive ? $"must be less than {limitText}." : $"must be at most {limitText}.", limitText);
        }
    }

    private static void CheckUnique<T>(ValidationCollector collector, string path, IReadOnlyList<T> items, IEqualityComparer<T> comparer)
    {
        var seen = new Dictionary<Box<T>, int>(new BoxComparer<T>(comparer));
        for (int i = 0; i < items.Count; i++)
        {
            var key = new Box<T>(items[i]);
            if (seen.TryGetValue(key, out int first))
            {
                collector.Add(JsonPath.Index(path, i), "uniqueItems", $"repeats item {Text(first)}; the items must be unique.");
                continue;
            }

            seen.Add(key, i);
        }
    }

    /// <summary>
    /// The length of <paramref name="value"/> as <c>minLength</c> and <c>maxLength</c> count it: Unicode code points,
    /// so a surrogate pair is one character. Generated code tests a length with it before it calls
    /// <see cref="MinLength"/> or <see cref="MaxLength"/>, so that a valid value costs no JSON path.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <returns>The number of code points.</returns>
    public static int CodePointLength(string value)
        => CodePoints(value ?? throw new ArgumentNullException(nameof(value)));

    private static int CodePoints(string value)
    {
        int count = value.Length;
        for (int i = 0; i + 1 < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Dictionary keys cannot be null; the box lets null items take part in the comparison.
    private readonly struct Box<T>
    {
        public Box(T value) => Value = value;

        public T Value { get; }
    }

    private sealed class BoxComparer<T> : IEqualityComparer<Box<T>>
    {
        private readonly IEqualityComparer<T> _inner;

        public BoxComparer(IEqualityComparer<T> inner) => _inner = inner;

        public bool Equals(Box<T> x, Box<T> y) => x.Value is null ? y.Value is null : y.Value is not null && _inner.Equals(x.Value, y.Value);

        public int GetHashCode(Box<T> obj) => obj.Value is null ? 0 : _inner.GetHashCode(obj.Value);
    }

    private sealed class JsonTextComparer : IEqualityComparer<JsonElement>
    {
        public static JsonTextComparer Instance { get; } = new();

        public bool Equals(JsonElement x, JsonElement y) => Raw(x) == Raw(y);

        public int GetHashCode(JsonElement obj) => StringComparer.Ordinal.GetHashCode(Raw(obj));

        private static string Raw(JsonElement element) => element.ValueKind == JsonValueKind.Undefined ? string.Empty : element.GetRawText();
    }

    private sealed class ByteArrayComparer : IEqualityComparer<byte[]?>
    {
        public static ByteArrayComparer Instance { get; } = new();

        public bool Equals(byte[]? x, byte[]? y)
        {
            if (x is null || y is null)
            {
                return x is null && y is null;
            }

            if (x.Length != y.Length)
            {
                return false;
            }

            for (int i = 0; i < x.Length; i++)
            {
                if (x[i] != y[i])
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(byte[]? obj) => obj is null ? 0 : obj.Length;
    }
}
