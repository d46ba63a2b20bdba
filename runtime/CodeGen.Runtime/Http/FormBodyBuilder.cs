using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace CodeGen.Runtime.Http;

/// <summary>
/// Builds an <c>application/x-www-form-urlencoded</c> body. Each field is written like a query parameter of the
/// same style (the OpenAPI encoding object's default is form, exploded), so arrays repeat the name.
/// </summary>
public sealed class FormBodyBuilder
{
    private readonly StringBuilder _body = new();

    /// <summary>Adds a field. A <see langword="null"/> value adds nothing.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    /// <param name="style">The style of the field's encoding object; form by default.</param>
    /// <param name="explode">The explode keyword of the field's encoding object.</param>
    public FormBodyBuilder Add(string name, ParameterValue? value, ParameterStyle style = ParameterStyle.Form, bool explode = true)
    {
        if (value is { } present)
        {
            string pairs = ParameterSerializer.Query(name, present, style, explode, allowReserved: false);
            if (pairs.Length > 0)
            {
                _body.Append(_body.Length == 0 ? string.Empty : "&").Append(pairs);
            }
        }

        return this;
    }

    /// <summary>The body, with its length known.</summary>
    public HttpContent Build()
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(_body.ToString()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }
}
