using System;
using System.Collections.Generic;
using System.Globalization;

namespace CodeGen.Runtime.Errors;

/// <summary>Reads <c>Retry-After</c> in both of its forms: delta-seconds, or an HTTP date.</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        if (!TryFirst(headers, "Retry-After", out string value))
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, (long)TimeSpan.MaxValue.TotalSeconds));
        }

        if (!DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset retryAt))
        {
            return null;
        }

        // Measured against the server's own Date header when it sent one, so clock skew between the machines cancels out.
        DateTimeOffset now = TryFirst(headers, "Date", out string date)
            && DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset serverNow)
                ? serverNow
                : DateTimeOffset.UtcNow;
        TimeSpan wait = retryAt - now;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static bool TryFirst(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string name, out string value)
    {
        value = string.Empty;
        if (!headers.TryGetValue(name, out IReadOnlyList<string>? values) || values.Count == 0)
        {
            return false;
        }

        value = values[0].Trim();
        return value.Length > 0;
    }
}
