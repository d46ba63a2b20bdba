using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace CodeGen.Runtime.Http;

/// <summary>Bodies that are not JSON: a stream of bytes or a piece of text, labelled with the document's media type.</summary>
public static class RawContent
{
    /// <summary>A binary body read from <paramref name="content"/> while the request is sent.</summary>
    /// <param name="content">The bytes; the caller keeps ownership and disposes it.</param>
    /// <param name="mediaType">The media type, e.g. <c>application/octet-stream</c>.</param>
    public static HttpContent Stream(Stream content, string mediaType)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        var body = new CallerOwnedStreamContent(content);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return body;
    }

    /// <summary>A text body in UTF-8.</summary>
    /// <param name="content">The text.</param>
    /// <param name="mediaType">The media type, e.g. <c>text/plain</c>.</param>
    public static HttpContent Text(string content, string mediaType)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        var body = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        body.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return body;
    }
}
