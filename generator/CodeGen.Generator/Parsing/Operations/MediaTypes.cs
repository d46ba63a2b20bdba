using System;
using System.Collections.Generic;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Parsing.Operations;

/// <summary>
/// Classifies media types and picks one when a body offers several. The preference order is JSON, then
/// multipart/form-data, then application/x-www-form-urlencoded, then binary, then text: the first one the
/// document lists of the best kind wins, so the choice never depends on dictionary order.
/// </summary>
internal static class MediaTypes
{
    /// <summary>The chosen key of <paramref name="keys"/> and its kind, or <see langword="null"/> when it has no key.</summary>
    public static (string Key, RequestBodyKind Kind)? Choose(IEnumerable<string>? keys)
    {
        if (keys is null)
        {
            return null;
        }

        (string Key, RequestBodyKind Kind)? best = null;
        foreach (string key in keys)
        {
            RequestBodyKind kind = Classify(key);
            if (best is null || Rank(kind) < Rank(best.Value.Kind))
            {
                best = (key, kind);
            }
        }

        return best;
    }

    /// <summary>The kind of body a media type carries.</summary>
    public static RequestBodyKind Classify(string key)
    {
        string mediaType = Essence(key);
        if (IsJson(mediaType))
        {
            return RequestBodyKind.Json;
        }

        if (mediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) || mediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return RequestBodyKind.Multipart;
        }

        if (mediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return RequestBodyKind.FormUrlEncoded;
        }

        return mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ? RequestBodyKind.Text : RequestBodyKind.Binary;
    }

    /// <summary>
    /// Whether <paramref name="mediaType"/> is a concrete <c>type/subtype</c> of RFC 9110 token characters, which
    /// HttpClient accepts as a Content-Type. Wildcards and malformed keys are replaced by their kind's default.
    /// </summary>
    public static bool IsSendable(string mediaType)
    {
        int slash = mediaType.IndexOf('/');
        if (slash <= 0 || slash == mediaType.Length - 1 || mediaType.IndexOf('/', slash + 1) >= 0 || mediaType.IndexOf('*') >= 0)
        {
            return false;
        }

        foreach (char c in mediaType)
        {
            bool token = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '/' or '!' or '#' or '$' or '&' or '^' or '_' or '.' or '+' or '-';
            if (!token)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The type and subtype, without parameters such as <c>charset</c>.</summary>
    public static string Essence(string key) => key.Split(';')[0].Trim();

    /// <summary>
    /// JSON proper, any <c>+json</c> suffix (<c>application/vnd.foo+json</c>, <c>application/problem+json</c>), and
    /// the wildcard, which documents use for "whatever the server sends", in practice JSON.
    /// </summary>
    public static bool IsJson(string mediaType)
        => mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("*/*", StringComparison.Ordinal);

    private static int Rank(RequestBodyKind kind) => kind switch
    {
        RequestBodyKind.Json => 0,
        RequestBodyKind.Multipart => 1,
        RequestBodyKind.FormUrlEncoded => 2,
        RequestBodyKind.Binary => 3,
        _ => 4,
    };
}
