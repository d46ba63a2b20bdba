using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;

namespace CodeGen.Runtime.Http;

/// <summary>Builds a <c>multipart/form-data</c> body from fields and files, in the order they are added.</summary>
public sealed class MultipartBodyBuilder
{
    private readonly MultipartFormDataContent _content = new();

    /// <summary>Adds a text field. A <see langword="null"/> value adds nothing.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The formatted value.</param>
    public MultipartBodyBuilder AddField(string name, string? value)
    {
        if (value is not null)
        {
            var part = new StringContent(value);

            // A plain field has no media type of its own; servers read an unlabelled part as text.
            part.Headers.ContentType = null;
            _content.Add(part, Quote(name));
        }

        return this;
    }

    /// <summary>Adds one text field per item, all with the same name (a form array).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="values">The formatted items; <see langword="null"/> adds nothing.</param>
    public MultipartBodyBuilder AddFields(string name, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            foreach (string value in values)
            {
                AddField(name, value);
            }
        }

        return this;
    }

    /// <summary>Adds a JSON part, for a field whose schema is an object or array.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="json">The serialized JSON; <see langword="null"/> adds nothing.</param>
    public MultipartBodyBuilder AddJson(string name, HttpContent? json)
    {
        if (json is not null)
        {
            _content.Add(json, Quote(name));
        }

        return this;
    }

    /// <summary>Adds a file. A <see langword="null"/> file adds nothing.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="file">The file.</param>
    public MultipartBodyBuilder AddFile(string name, FilePart? file)
    {
        if (file is not null)
        {
            var part = new CallerOwnedStreamContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType ?? "application/octet-stream");
            _content.Add(part, Quote(name), Quote(file.FileName));
        }

        return this;
    }

    /// <summary>Adds several files under one field name.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="files">The files; <see langword="null"/> adds nothing.</param>
    public MultipartBodyBuilder AddFiles(string name, IEnumerable<FilePart>? files)
    {
        if (files is not null)
        {
            foreach (FilePart file in files)
            {
                AddFile(name, file);
            }
        }

        return this;
    }

    /// <summary>The body.</summary>
    public HttpContent Build() => _content;

    // Quoted names survive spaces and non-ASCII letters; quotes and backslashes inside are escaped.
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
