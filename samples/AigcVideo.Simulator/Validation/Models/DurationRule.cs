using System.Globalization;

namespace AigcVideo.Simulator.Validation.Models;

/// <summary>Which <c>output_config.duration</c> values (seconds) a model accepts.</summary>
internal sealed class DurationRule
{
    private readonly Func<double, bool> _allows;

    private DurationRule(Func<double, bool> allows, string description)
    {
        _allows = allows;
        Description = description;
    }

    /// <summary>The rule in words, for error messages (e.g. <c>3 to 15 seconds</c>).</summary>
    public string Description { get; }

    /// <summary>Any number of seconds from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public static DurationRule Between(double min, double max) =>
        new(d => d >= min && d <= max, $"{Format(min)} to {Format(max)} seconds");

    /// <summary>A whole number of seconds from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public static DurationRule WholeSecondsBetween(int min, int max) =>
        new(d => d >= min && d <= max && Math.Floor(d) == d, $"a whole number of seconds from {min} to {max}");

    /// <summary>Exactly one of <paramref name="values"/>.</summary>
    public static DurationRule OneOf(params double[] values) =>
        new(d => values.Contains(d), $"{string.Join(" or ", values.Select(Format))} seconds");

    /// <summary>Whether <paramref name="seconds"/> is allowed.</summary>
    public bool Allows(double seconds) => _allows(seconds);

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
