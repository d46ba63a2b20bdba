using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;

namespace CodeGen.Runtime.Http;

/// <summary>
/// Builds one request from an OpenAPI path template: fills path parameters, encodes the query string and
/// collects headers and content.
/// </summary>
public sealed class ApiRequestBuilder
{
    private readonly HttpMethod _method;
    private readonly string _pathTemplate;
    private Dictionary<string, string>? _pathValues;
    private StringBuilder? _query;
    private List<KeyValuePair<string, string>>? _headers;
    private List<KeyValuePair<string, string>>? _cookies;
    private HttpContent? _content;

    /// <summary>Starts a request.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">The path as the OpenAPI document writes it, e.g. <c>/tasks/{task_id}</c>.</param>
    public ApiRequestBuilder(HttpMethod method, string pathTemplate)
    {
        _method = method ?? throw new ArgumentNullException(nameof(method));
        _pathTemplate = pathTemplate ?? throw new ArgumentNullException(nameof(pathTemplate));
    }

    /// <summary>Sets a path parameter; the value is percent-encoded as one path segment.</summary>
    /// <param name="name">The name between braces in the template.</param>
    /// <param name="value">The formatted value.</param>
    public ApiRequestBuilder WithPathParameter(string name, string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name, $"The path parameter '{name}' must not be null.");
        }

        (_pathValues ??= new Dictionary<string, string>(StringComparer.Ordinal))[name] = Uri.EscapeDataString(value);
        return this;
    }

    /// <summary>Adds <c>name=value</c> to the query string. A <see langword="null"/> value adds nothing.</summary>
    /// <param name="name">The query parameter name.</param>
    /// <param name="value">The formatted value.</param>
    public ApiRequestBuilder WithQueryParameter(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _query ??= new StringBuilder();
        _query.Append(_query.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(name))
            .Append('=')
            .Append(Uri.EscapeDataString(value));
        return this;
    }

    /// <summary>Adds a header. A <see langword="null"/> value adds nothing.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The formatted value.</param>
    public ApiRequestBuilder WithHeader(string name, string? value)
    {
        if (value is not null)
        {
            (_headers ??= new List<KeyValuePair<string, string>>()).Add(new KeyValuePair<string, string>(name, value));
        }

        return this;
    }

    /// <summary>Sets a path parameter written in <paramref name="style"/> (simple, label or matrix).</summary>
    /// <param name="name">The name between braces in the template.</param>
    /// <param name="value">The value.</param>
    /// <param name="style">The OpenAPI style.</param>
    /// <param name="explode">The OpenAPI <c>explode</c> keyword.</param>
    public ApiRequestBuilder WithPathParameter(string name, ParameterValue value, ParameterStyle style, bool explode)
    {
        (_pathValues ??= new Dictionary<string, string>(StringComparer.Ordinal))[name] = ParameterSerializer.Path(name, value, style, explode);
        return this;
    }

    /// <summary>Adds a query parameter written in <paramref name="style"/>. A <see langword="null"/> value adds nothing.</summary>
    /// <param name="name">The query parameter name.</param>
    /// <param name="value">The value, or <see langword="null"/> to leave the parameter out.</param>
    /// <param name="style">The OpenAPI style.</param>
    /// <param name="explode">The OpenAPI <c>explode</c> keyword.</param>
    /// <param name="allowReserved">The OpenAPI <c>allowReserved</c> keyword.</param>
    public ApiRequestBuilder WithQueryParameter(string name, ParameterValue? value, ParameterStyle style, bool explode, bool allowReserved = false)
    {
        if (value is not { } present)
        {
            return this;
        }

        string pairs = ParameterSerializer.Query(name, present, style, explode, allowReserved);
        if (pairs.Length > 0)
        {
            _query ??= new StringBuilder();
            _query.Append(_query.Length == 0 ? '?' : '&').Append(pairs);
        }

        return this;
    }

    /// <summary>Adds a header written in the simple style. A <see langword="null"/> value adds nothing.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value, or <see langword="null"/> to leave the header out.</param>
    /// <param name="explode">The OpenAPI <c>explode</c> keyword.</param>
    public ApiRequestBuilder WithHeader(string name, ParameterValue? value, bool explode)
        => value is { } present ? WithHeader(name, ParameterSerializer.Header(present, explode)) : this;

    /// <summary>Adds a cookie (the form style) to the <c>Cookie</c> header. A <see langword="null"/> value adds nothing.</summary>
    /// <param name="name">The cookie name.</param>
    /// <param name="value">The value, or <see langword="null"/> to leave the cookie out.</param>
    /// <param name="explode">The OpenAPI <c>explode</c> keyword.</param>
    public ApiRequestBuilder WithCookie(string name, ParameterValue? value, bool explode = true)
    {
        if (value is { } present)
        {
            (_cookies ??= new List<KeyValuePair<string, string>>()).AddRange(ParameterSerializer.Cookie(name, present, explode));
        }

        return this;
    }

    /// <summary>Sets the request body.</summary>
    /// <param name="content">The body.</param>
    public ApiRequestBuilder WithContent(HttpContent content)
    {
        _content = content ?? throw new ArgumentNullException(nameof(content));
        return this;
    }

    /// <summary>The path and query, relative to the server, with every parameter filled in.</summary>
    public string BuildPathAndQuery()
    {
        var path = new StringBuilder(_pathTemplate.Length + 32);
        int position = 0;
        while (position < _pathTemplate.Length)
        {
            int open = _pathTemplate.IndexOf('{', position);
            if (open < 0)
            {
                path.Append(_pathTemplate, position, _pathTemplate.Length - position);
                break;
            }

            int close = _pathTemplate.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new InvalidOperationException($"The path template '{_pathTemplate}' has an unclosed '{{'.");
            }

            path.Append(_pathTemplate, position, open - position);
            string name = _pathTemplate.Substring(open + 1, close - open - 1);
            if (_pathValues is null || !_pathValues.TryGetValue(name, out string? value))
            {
                throw new InvalidOperationException($"The path parameter '{name}' of '{_pathTemplate}' was not set.");
            }

            path.Append(value);
            position = close + 1;
        }

        if (_query is not null)
        {
            path.Append(_query);
        }

        return path.ToString();
    }

    /// <summary>Creates the request against <paramref name="baseAddress"/>, keeping any path the base address has.</summary>
    /// <param name="baseAddress">The server URL, e.g. <c>https://api.example.com/v2/</c>.</param>
    public HttpRequestMessage Build(Uri baseAddress)
    {
        if (baseAddress is null)
        {
            throw new ArgumentNullException(nameof(baseAddress));
        }

        string server = baseAddress.AbsoluteUri;
        string pathAndQuery = BuildPathAndQuery();
        string url = server.EndsWith("/", StringComparison.Ordinal) && pathAndQuery.StartsWith("/", StringComparison.Ordinal)
            ? server + pathAndQuery.Substring(1)
            : server + pathAndQuery;

        var request = new HttpRequestMessage(_method, new Uri(url, UriKind.Absolute));
        if (_headers is not null)
        {
            foreach (KeyValuePair<string, string> header in _headers)
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        if (_cookies is not null)
        {
            var cookie = new StringBuilder();
            foreach (KeyValuePair<string, string> pair in _cookies)
            {
                cookie.Append(cookie.Length == 0 ? string.Empty : "; ").Append(pair.Key).Append('=').Append(pair.Value);
            }

            request.Headers.TryAddWithoutValidation("Cookie", cookie.ToString());
        }

        request.Content = _content;
        return request;
    }
}
