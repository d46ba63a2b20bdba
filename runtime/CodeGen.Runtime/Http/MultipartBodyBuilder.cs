using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;

namespace CodeGen.Runtime.Http;

/// <summary>
/// Builds a multipart body from fields and files, in the order they are added: <c>multipart/form-data</c> by
/// default, or another subtype such as <c>mixed</c> or <c>related</c>, whose parts carry
/// <c>Content-Disposition: inline; name="field"</c> (form-data's disposition is for forms only) and a content type
/// each, text parts being <c>text/plain; charset=utf-8</c>.
/// </summary>
public sealed class MultipartBodyBuilder
{
    private readonly MultipartContent _content;
    private readonly MultipartFormDataContent? _form;

    /// <summary>A <c>multipart/form-data</c> body.</summary>
    public MultipartBodyBuilder()
    {
        _form = new MultipartFormDataContent();
        _content = _form;
    }

    /// <summary>A body of another multipart subtype.</summary>
    /// <param name="subtype">The subtype, e.g. <c>mixed</c> or <c>related</c>; <c>form-data</c> gives a form.</param>
    public MultipartBodyBuilder(string subtype)
    {
        if (subtype is null)
        {
            throw new ArgumentNullException(nameof(subtype));
        }

        if (string.Equals(subtype, "form-data", StringComparison.OrdinalIgnoreCase))
        {
            _form = new MultipartFormDataContent();
            _content = _form;
        }
        else
        {
            _content = new MultipartContent(subtype);
        }
    }

    /// <summary>Adds a text field. A <see langword="null"/> value adds nothing.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The formatted value.</param>
    public MultipartBodyBuilder AddField(string name, string? value)
    {
        if (value is not null)
        {
            var part = new StringContent(value);
            if (_form is not null)
            {
                // A plain form field has no media type of its own; servers read an unlabelled part as text.
                part.Headers.ContentType = null;
            }

            Add(part, name, null);
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
            Add(json, name, null);
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
            Add(part, name, file.FileName);
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

    private void Add(HttpContent part, string name, string? fileName)
    {
        if (_form is not null)
        {
            if (fileName is null)
            {
                _form.Add(part, Quote(name));
            }
            else
            {
                _form.Add(part, Quote(name), Quote(fileName));
            }

            return;
        }

        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { Name = Quote(name), FileName = fileName is null ? null : Quote(fileName) };
        _content.Add(part);
    }

    // Quoted names survive spaces and non-ASCII letters; quotes and backslashes inside are escaped.
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
