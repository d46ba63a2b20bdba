using System.Globalization;
using AigcVideo.Cli.Tasks;

namespace AigcVideo.Cli.Progress;

/// <summary>The wording of a progress line, shared by the plain and the live view so both read the same.</summary>
internal static class ProgressText
{
    private const int BarWidth = 24;

    /// <summary><c>[00:03] PROCESSING  42%</c>: elapsed time since creation, status and percentage (if reported).</summary>
    public static string Line(TaskSnapshot snapshot, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"[{Elapsed(elapsed)}] {snapshot.Status,-10} {Percent(snapshot)}").TrimEnd();

    /// <summary>The same line with a bar before the percentage, for terminals.</summary>
    public static string LineWithBar(TaskSnapshot snapshot, TimeSpan elapsed)
    {
        int filled = Math.Clamp(snapshot.Progress ?? 0, 0, 100) * BarWidth / 100;
        string bar = new string('#', filled) + new string('.', BarWidth - filled);
        return string.Create(CultureInfo.InvariantCulture, $"[{Elapsed(elapsed)}] {snapshot.Status,-10} [{bar}] {Percent(snapshot)}").TrimEnd();
    }

    private static string Percent(TaskSnapshot snapshot) =>
        snapshot.Progress is { } progress ? string.Create(CultureInfo.InvariantCulture, $"{progress,3}%") : string.Empty;

    private static string Elapsed(TimeSpan elapsed) =>
        elapsed.TotalHours >= 1
            ? elapsed.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : elapsed.ToString(@"mm\:ss", CultureInfo.InvariantCulture);
}
