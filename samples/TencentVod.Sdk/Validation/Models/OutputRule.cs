using System.Collections.Generic;

namespace TencentVod.Sdk
{
    /// <summary>
    /// The OutputConfig values one model version takes (reference §1.4). <see langword="null"/> means undocumented, so not
    /// checked; an empty list means the field is not supported at all.
    /// </summary>
    internal sealed class OutputRule
    {
        public OutputRule(DurationRule? duration, IReadOnlyList<string>? resolutions, IReadOnlyList<string>? aspectRatios)
        {
            Duration = duration;
            Resolutions = resolutions;
            AspectRatios = aspectRatios;
        }

        public static OutputRule Undocumented { get; } = new OutputRule(null, null, null);

        public DurationRule? Duration { get; }

        public IReadOnlyList<string>? Resolutions { get; }

        public IReadOnlyList<string>? AspectRatios { get; }
    }
}
