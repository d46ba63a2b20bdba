#if NET6_0_OR_GREATER
using System;
using System.Globalization;
using System.Text.Json;

namespace CodeGen.Runtime.Json;

/// <summary>
/// Readers and writers for <c>format: date</c> (<see cref="DateOnly"/>, RFC 3339 <c>full-date</c>) and
/// <c>format: time</c> (<see cref="TimeOnly"/>, RFC 3339 <c>partial-time</c>). Only on targets that have those
/// types; the generator falls back to <see cref="string"/> elsewhere, and checks that this type exists first.
/// </summary>
public static class DateFormats
{
    private const string DatePattern = "yyyy'-'MM'-'dd";
    private const string SecondsPattern = "HH':'mm':'ss";

    /// <summary>Reads an RFC 3339 <c>full-date</c> such as <c>2024-05-01</c>.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static DateOnly ReadDate(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.String && TryParseDate(reader.GetString()!, out DateOnly date))
        {
            return date;
        }

        throw new JsonException($"Expected a date (yyyy-MM-dd) for '{memberName}' but found {Describe(ref reader)}.");
    }

    /// <summary>Reads an RFC 3339 <c>partial-time</c> such as <c>13:45:30</c> or <c>13:45:30.25</c>; an offset is refused, <see cref="TimeOnly"/> has none.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static TimeOnly ReadTime(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.String && TryParseTime(reader.GetString()!, out TimeOnly time))
        {
            return time;
        }

        throw new JsonException($"Expected a time of day (HH:mm:ss[.fraction]) for '{memberName}' but found {Describe(ref reader)}.");
    }

    /// <summary>Parses exactly <c>yyyy-MM-dd</c>, in the invariant culture.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when the text is one.</param>
    public static bool TryParseDate(string text, out DateOnly date)
        => DateOnly.TryParseExact(text, DatePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// Parses <c>HH:mm:ss</c> with an optional fraction of any length (digits beyond the 100 ns that
    /// <see cref="TimeOnly"/> holds are dropped); RFC 3339 allows <c>60</c> for a leap second, read as <c>59.9999999</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="time">The time, when the text is one.</param>
    public static bool TryParseTime(string text, out TimeOnly time)
    {
        time = default;
        if (text.Length < 8 || text[2] != ':' || text[5] != ':'
            || !TwoDigits(text, 0, out int hour) || !TwoDigits(text, 3, out int minute) || !TwoDigits(text, 6, out int second)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        long fractionTicks = 0;
        if (text.Length > 8)
        {
            if (text[8] != '.' || text.Length == 9)
            {
                return false;
            }

            long scale = TimeSpan.TicksPerSecond;
            for (int i = 9; i < text.Length; i++)
            {
                char c = text[i];
                if (c is < '0' or > '9')
                {
                    return false;
                }

                scale /= 10;
                fractionTicks += (c - '0') * scale;
            }
        }

        long ticks = second == 60
            ? new TimeSpan(hour, minute, 59).Ticks + TimeSpan.TicksPerSecond - 1
            : new TimeSpan(hour, minute, second).Ticks + fractionTicks;
        time = new TimeOnly(ticks);
        return true;
    }

    /// <summary>Writes <c>yyyy-MM-dd</c>, whatever the current culture.</summary>
    /// <param name="value">The date.</param>
    public static string FormatDate(DateOnly value) => value.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>Writes <c>HH:mm:ss</c>, with as many fraction digits as the value needs (none for whole seconds).</summary>
    /// <param name="value">The time.</param>
    public static string FormatTime(TimeOnly value)
    {
        string seconds = value.ToString(SecondsPattern, CultureInfo.InvariantCulture);
        long fraction = value.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0
            ? seconds
            : seconds + "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    private static bool TwoDigits(string text, int start, out int value)
    {
        char high = text[start];
        char low = text[start + 1];
        value = (high - '0') * 10 + (low - '0');
        return high is >= '0' and <= '9' && low is >= '0' and <= '9';
    }

    private static string Describe(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String ? $"'{reader.GetString()}'" : reader.TokenType.ToString();
}
#endif
