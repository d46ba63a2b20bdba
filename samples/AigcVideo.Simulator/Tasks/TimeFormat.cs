using System.Globalization;

namespace AigcVideo.Simulator.Tasks;

/// <summary>Formats times the way Tencent Cloud APIs do: ISO 8601, UTC, whole seconds, <c>Z</c> suffix.</summary>
internal static class TimeFormat
{
    /// <summary>Formats <paramref name="value"/> as e.g. <c>2026-11-23T10:00:00Z</c>.</summary>
    public static string Iso8601(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
