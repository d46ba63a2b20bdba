using System;
using System.Globalization;
using System.Linq;

namespace TencentVod.Sdk
{
    /// <summary>Which output durations a model takes, with the wording used in messages.</summary>
    internal sealed class DurationRule
    {
        private readonly Func<double, bool> _allows;

        private DurationRule(Func<double, bool> allows, string description)
        {
            _allows = allows;
            Description = description;
        }

        public string Description { get; }

        public static DurationRule Between(double min, double max) =>
            new DurationRule(d => d >= min && d <= max, $"{Format(min)} to {Format(max)} seconds");

        public static DurationRule WholeSecondsBetween(int min, int max) =>
            new DurationRule(d => d >= min && d <= max && Math.Floor(d) == d, $"a whole number of seconds from {min} to {max}");

        public static DurationRule OneOf(params double[] values) =>
            new DurationRule(d => values.Contains(d), $"{string.Join(" or ", values.Select(Format))} seconds");

        public bool Allows(double seconds) => _allows(seconds);

        private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
