using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace CodeGen.Runtime.Validation;

/// <summary>
/// The <c>format</c> values of text that can be checked without a network: <c>date-time</c>, <c>date</c>, <c>time</c>,
/// <c>email</c>, <c>uri</c>, <c>uri-reference</c>, <c>uuid</c>, <c>ipv4</c>, <c>ipv6</c> and <c>hostname</c>.
/// Other formats are annotations and always pass.
/// </summary>
public static class StringFormats
{
    // RFC 3339 section 5.6; the calendar check below catches 31 February and the like.
    private static readonly Regex s_dateTime = new(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex s_time = new(@"^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    // Uri accepts "/path" as an absolute file path on Unix; an RFC 3986 URI starts with its scheme.
    private static readonly Regex s_scheme = new(@"^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex s_hostname = new(@"^(?=.{1,253}\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether <paramref name="format"/> is one this class checks.</summary>
    /// <param name="format">The format name.</param>
    public static bool IsCheckable(string format) => format is "date-time" or "date" or "time" or "email" or "uri" or "uri-reference" or "uuid" or "ipv4" or "ipv6" or "hostname";

    /// <summary>Whether <paramref name="value"/> is valid for <paramref name="format"/>; <see langword="true"/> for a format not checked.</summary>
    /// <param name="format">The format name.</param>
    /// <param name="value">The text.</param>
    public static bool IsValid(string format, string value) => format switch
    {
        "date-time" => IsDateTime(value),
        "date" => DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "time" => s_time.IsMatch(value),
        "email" => IsEmail(value),
        "uri" => s_scheme.IsMatch(value) && Uri.TryCreate(value, UriKind.Absolute, out _),
        "uri-reference" => Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out _),
        "uuid" => Guid.TryParseExact(value, "D", out _),
        "ipv4" => IsIp(value, AddressFamily.InterNetwork) && value.Split('.').Length == 4,
        "ipv6" => IsIp(value, AddressFamily.InterNetworkV6),
        "hostname" => s_hostname.IsMatch(value),
        _ => true,
    };

    private static bool IsDateTime(string value)
        => s_dateTime.IsMatch(value)
            && DateTimeOffset.TryParse(value.Replace(' ', 'T'), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);

    // The addr-spec shape (one @, a non-empty local part, a domain with a dot-free or dotted host); full RFC 5322 is
    // not worth its cost for a pre-send check, and the server stays the judge.
    private static bool IsEmail(string value)
    {
        int at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1 || value.IndexOf('@') != at)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        string domain = value.Substring(at + 1);
        return !domain.StartsWith(".", StringComparison.Ordinal) && !domain.EndsWith(".", StringComparison.Ordinal) && !domain.Contains("..");
    }

    private static bool IsIp(string value, AddressFamily family)
        => value.IndexOf('%') < 0 && IPAddress.TryParse(value, out IPAddress? address) && address.AddressFamily == family;
}
