namespace CodeGen.Generator.Tests.Fuzzing;

/// <summary>
/// Shrinks a failing case by deleting chunks of lines (delta debugging) while the same kind of failure remains,
/// so the regression file kept under Fuzzing/Regressions is small enough to read.
/// </summary>
internal static class FuzzMinimizer
{
    private const int MaxAttempts = 300;

    public static byte[] Minimize(FuzzFile file, Func<FuzzFile, string?> check, string failure)
    {
        string kind = Kind(failure);
        List<byte[]> lines = Split(file.Bytes);
        int attempts = 0;
        for (int chunk = Math.Max(1, lines.Count / 2); chunk >= 1 && attempts < MaxAttempts; chunk /= 2)
        {
            for (int start = 0; start < lines.Count && attempts < MaxAttempts;)
            {
                List<byte[]> candidate = lines.Take(start).Concat(lines.Skip(start + chunk)).ToList();
                attempts++;
                if (check(file with { Bytes = Join(candidate) }) is { } still && Kind(still) == kind)
                {
                    lines = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        return Join(lines);
    }

    private static string Kind(string failure) => failure.Split(':')[0];

    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add(bytes[start..]);
        }

        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => lines.SelectMany(l => l).ToArray();
}
