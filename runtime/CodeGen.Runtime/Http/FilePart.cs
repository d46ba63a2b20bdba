using System;
using System.IO;

namespace CodeGen.Runtime.Http;

/// <summary>A file sent in a <c>multipart/form-data</c> body: its bytes, the name the server sees and their media type.</summary>
public sealed class FilePart
{
    /// <summary>Describes a file to upload.</summary>
    /// <param name="content">The bytes, read when the request is sent; the caller keeps ownership and disposes it.</param>
    /// <param name="fileName">The file name the server sees, e.g. <c>photo.png</c>.</param>
    /// <param name="contentType">The media type, <c>application/octet-stream</c> when <see langword="null"/>.</param>
    public FilePart(Stream content, string fileName, string? contentType = null)
    {
        Content = content ?? throw new ArgumentNullException(nameof(content));
        FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
        ContentType = contentType;
    }

    /// <summary>The bytes.</summary>
    public Stream Content { get; }

    /// <summary>The file name the server sees.</summary>
    public string FileName { get; }

    /// <summary>The media type, or <see langword="null"/> for <c>application/octet-stream</c>.</summary>
    public string? ContentType { get; }
}
