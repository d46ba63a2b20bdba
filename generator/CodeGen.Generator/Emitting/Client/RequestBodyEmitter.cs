using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting.Client;

/// <summary>The method parameters a body adds, and the code that turns them into the request's content.</summary>
internal static class RequestBodyEmitter
{
    private const string FilePart = "global::CodeGen.Runtime.Http.FilePart";
    private const string Stream = "global::System.IO.Stream";

    /// <summary>The parameters of the body, required ones or optional ones (with their <c>= null</c>).</summary>
    public static IEnumerable<string> Signature(RequestBodySpec body, string ns, bool required)
    {
        if (body.Kind is RequestBodyKind.Multipart or RequestBodyKind.FormUrlEncoded)
        {
            foreach (FormFieldSpec field in body.Fields.Where(f => f.IsRequired == required))
            {
                yield return required ? $"{FieldType(field, ns)} {field.Name}" : $"{FieldType(field, ns)}? {field.Name} = null";
            }

            yield break;
        }

        if (body.IsRequired == required)
        {
            string type = BodyType(body, ns);
            yield return required ? $"{type} {body.ParameterName}" : $"{type}? {body.ParameterName} = null";
        }
    }

    /// <summary>The reference-type arguments that must not be <see langword="null"/>.</summary>
    public static IEnumerable<string> RequiredReferences(RequestBodySpec body)
    {
        if (body.Kind is RequestBodyKind.Multipart or RequestBodyKind.FormUrlEncoded)
        {
            return body.Fields.Where(f => f.IsRequired && (f.Type is null || !f.Type.IsValueType)).Select(f => f.Name);
        }

        return body.IsRequired && (body.Type is null || !body.Type.IsValueType) ? new[] { body.ParameterName } : Enumerable.Empty<string>();
    }

    /// <summary>The <c>param</c> docs of the body's parameters.</summary>
    public static void WriteDocs(SourceWriter writer, RequestBodySpec body, bool required)
    {
        if (body.Kind is RequestBodyKind.Multipart or RequestBodyKind.FormUrlEncoded)
        {
            foreach (FormFieldSpec field in body.Fields.Where(f => f.IsRequired == required))
            {
                string text = field.Description is { } description
                    ? XmlDocs.Escape(description)
                    : $"The <c>{XmlDocs.Escape(field.WireName)}</c> field of the {(body.Kind == RequestBodyKind.Multipart ? "multipart" : "form")} body.";
                XmlDocs.WriteTag(writer, "param", text, $"name=\"{field.Name.TrimStart('@')}\"");
            }

            return;
        }

        if (body.IsRequired == required)
        {
            string fallback = body.Kind switch
            {
                RequestBodyKind.Binary => $"The request body, sent as {XmlDocs.Escape(body.MediaType)}; it is read while the request is sent and stays open.",
                RequestBodyKind.Text => $"The request body, sent as {XmlDocs.Escape(body.MediaType)}.",
                _ => "The request body.",
            };
            XmlDocs.WriteTag(writer, "param", XmlDocs.Escape(body.Description ?? string.Empty) is { Length: > 0 } described ? described : fallback, $"name=\"{body.ParameterName}\"");
        }
    }

    /// <summary>Sets the request content from the body's parameters.</summary>
    public static void Write(SourceWriter writer, RequestBodySpec body, AdHocConverters converters)
    {
        switch (body.Kind)
        {
            case RequestBodyKind.Multipart:
                // multipart/form-data names its parts; another subtype (mixed, related) keeps its own name.
                string subtype = body.MediaType.Substring(body.MediaType.IndexOf('/') + 1);
                writer.WriteLine(subtype.Equals("form-data", System.StringComparison.OrdinalIgnoreCase)
                    ? "var multipartBody = new global::CodeGen.Runtime.Http.MultipartBodyBuilder();"
                    : $"var multipartBody = new global::CodeGen.Runtime.Http.MultipartBodyBuilder({CSharpLiteral.Quote(subtype.ToLowerInvariant())});");
                foreach (FormFieldSpec field in body.Fields)
                {
                    writer.WriteLine($"multipartBody.{MultipartAdd(field, converters)};");
                }

                writer.WriteLine("requestBuilder.WithContent(multipartBody.Build());");
                return;
            case RequestBodyKind.FormUrlEncoded:
                writer.WriteLine("var formBody = new global::CodeGen.Runtime.Http.FormBodyBuilder();");
                foreach (FormFieldSpec field in body.Fields)
                {
                    string value = field.IsRequired
                        ? ValueFormatting.ParameterValueOf(field.Type!, field.Name, converters)
                        : ValueFormatting.OptionalParameterValueOf(field.Type!, field.Name, converters);
                    writer.WriteLine($"formBody.Add({CSharpLiteral.Quote(field.WireName)}, {value}, {ValueFormatting.Style(field.Style)}, {ValueFormatting.Bool(field.Explode)});");
                }

                writer.WriteLine("requestBuilder.WithContent(formBody.Build());");
                return;
        }

        string content = body.Kind switch
        {
            RequestBodyKind.Binary => $"global::CodeGen.Runtime.Http.RawContent.Stream({body.ParameterName}, {CSharpLiteral.Quote(body.MediaType)})",
            RequestBodyKind.Text => $"global::CodeGen.Runtime.Http.RawContent.Text({body.ParameterName}, {CSharpLiteral.Quote(body.MediaType)})",

            // An optional body of a value type (an integer, a JsonElement) is a Nullable<T> in the signature: pass its value.
            _ => $"{KnownTypes.JsonRequestContent}.Create({(!body.IsRequired && body.Type!.IsValueType ? body.ParameterName + ".Value" : body.ParameterName)}, {converters.For(body.Type!)}.Instance{JsonMediaTypeArgument(body.MediaType)})",
        };
        if (body.IsRequired)
        {
            writer.WriteLine($"requestBuilder.WithContent({content});");
        }
        else
        {
            using (writer.Block($"if ({body.ParameterName} is not null)"))
            {
                writer.WriteLine($"requestBuilder.WithContent({content});");
            }
        }
    }

    // application/json is the runtime's default; a vendor type (application/vnd.acme+json) is sent as the document says.
    private static string JsonMediaTypeArgument(string mediaType)
        => mediaType.Equals("application/json", System.StringComparison.OrdinalIgnoreCase) || mediaType.IndexOf('*') >= 0
            ? string.Empty
            : ", " + CSharpLiteral.Quote(mediaType);

    private static string MultipartAdd(FormFieldSpec field, AdHocConverters converters)
    {
        string wireName = CSharpLiteral.Quote(field.WireName);
        string name = field.Name;
        switch (field.Kind)
        {
            case FormFieldKind.File:
                return $"AddFile({wireName}, {name})";
            case FormFieldKind.Files:
                return $"AddFiles({wireName}, {name})";
            case FormFieldKind.Json:
                string argument = !field.IsRequired && field.Type!.IsValueType ? name + ".Value" : name;
                string json = $"{KnownTypes.JsonRequestContent}.Create({argument}, {converters.For(field.Type!)}.Instance)";
                return field.IsRequired ? $"AddJson({wireName}, {json})" : $"AddJson({wireName}, {name} is null ? null : {json})";
        }

        TypeRefSpec type = field.Type!;
        if (type.Kind == TypeKind.Array)
        {
            string items = $"global::System.Linq.Enumerable.Select({name}, item => {ValueFormatting.ItemText(type.Element!, type.ElementIsNullable, "item", "itemValue")})";
            return field.IsRequired ? $"AddFields({wireName}, {items})" : $"AddFields({wireName}, {name} is null ? null : {items})";
        }

        if (field.IsRequired)
        {
            return $"AddField({wireName}, {ValueFormatting.Text(type, name)})";
        }

        string present = name.TrimStart('@') + "Value";
        return type.IsValueType
            ? $"AddField({wireName}, {name} is {{ }} {present} ? {ValueFormatting.Text(type, present)} : null)"
            : $"AddField({wireName}, {name} is null ? null : {ValueFormatting.Text(type, name)})";
    }

    private static string FieldType(FormFieldSpec field, string ns) => field.Kind switch
    {
        FormFieldKind.File => FilePart,
        FormFieldKind.Files => $"{KnownTypes.IReadOnlyListOf}<{FilePart}>",
        _ => CSharpTypeNames.Of(field.Type!, ns),
    };

    private static string BodyType(RequestBodySpec body, string ns) => body.Kind switch
    {
        RequestBodyKind.Binary => Stream,
        RequestBodyKind.Text => "string",
        _ => CSharpTypeNames.Of(body.Type!, ns),
    };
}
