using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting.Client;

/// <summary>Writes the builder call that puts one parameter into the path, query string, headers or cookies.</summary>
internal static class ParameterEmitter
{
    public static void Write(SourceWriter writer, ParameterSpec parameter, AdHocConverters converters)
    {
        if (parameter.IsPlain)
        {
            WritePlain(writer, parameter);
            return;
        }

        if (parameter.IsJsonContent)
        {
            WriteJsonContent(writer, parameter, converters);
            return;
        }

        string wireName = CSharpLiteral.Quote(parameter.WireName);
        string value = parameter.IsRequired
            ? ValueFormatting.ParameterValueOf(parameter.Type, parameter.Name, converters)
            : ValueFormatting.OptionalParameterValueOf(parameter.Type, parameter.Name, converters);
        string style = ValueFormatting.Style(parameter.Style);
        string explode = ValueFormatting.Bool(parameter.Explode);
        writer.WriteLine(parameter.Location switch
        {
            ParameterLocationKind.Path => $"requestBuilder.WithPathParameter({wireName}, {value}, {style}, {explode});",
            ParameterLocationKind.Query => $"requestBuilder.WithQueryParameter({wireName}, {value}, {style}, {explode}, {ValueFormatting.Bool(parameter.AllowReserved)});",
            ParameterLocationKind.Header => $"requestBuilder.WithHeader({wireName}, {value}, {explode});",
            _ => $"requestBuilder.WithCookie({wireName}, {value}, {explode});",
        });
    }

    // A content: {application/json: ...} parameter: its JSON text is the value, percent-encoded in a path, query or
    // cookie like any other value; in a header it goes as written (the writer escapes non-ASCII, so it stays ASCII).
    private static void WriteJsonContent(SourceWriter writer, ParameterSpec parameter, AdHocConverters converters)
    {
        string wireName = CSharpLiteral.Quote(parameter.WireName);
        string converter = converters.For(parameter.Type) + ".Instance";
        string present = parameter.Name.TrimStart('@') + "Value";
        string argument = !parameter.IsRequired && parameter.Type.IsValueType ? present : parameter.Name;
        string json = $"{KnownTypes.ParameterFormatter}.FormatJson({argument}, {converter})";

        // A cookie goes through the form-style writer, which percent-encodes it like any cookie value.
        string cookie = $"global::CodeGen.Runtime.Http.ParameterValue.Of({json})";
        string missing = parameter.Location == ParameterLocationKind.Cookie ? "(global::CodeGen.Runtime.Http.ParameterValue?)null" : "null";
        string value = parameter.Location == ParameterLocationKind.Cookie ? cookie : json;
        if (!parameter.IsRequired)
        {
            value = parameter.Type.IsValueType
                ? $"{parameter.Name} is {{ }} {present} ? {value} : {missing}"
                : $"{parameter.Name} is null ? {missing} : {value}";
        }

        writer.WriteLine(parameter.Location switch
        {
            ParameterLocationKind.Path => $"requestBuilder.WithPathParameter({wireName}, {value});",
            ParameterLocationKind.Query => $"requestBuilder.WithQueryParameter({wireName}, {value});",
            ParameterLocationKind.Header => $"requestBuilder.WithHeader({wireName}, {value});",
            _ => $"requestBuilder.WithCookie({wireName}, {value}, true);",
        });
    }

    // A primitive in its location's default style: the plain builder calls, as before styles existed.
    private static void WritePlain(SourceWriter writer, ParameterSpec parameter)
    {
        string wireName = CSharpLiteral.Quote(parameter.WireName);
        string method = parameter.Location switch
        {
            ParameterLocationKind.Path => "WithPathParameter",
            ParameterLocationKind.Query => "WithQueryParameter",
            _ => "WithHeader",
        };

        if (parameter.IsRequired)
        {
            writer.WriteLine($"requestBuilder.{method}({wireName}, {ValueFormatting.Text(parameter.Type, parameter.Name)});");
        }
        else
        {
            string present = parameter.Name.TrimStart('@') + "Value";
            writer.WriteLine($"requestBuilder.{method}({wireName}, {parameter.Name} is {{ }} {present} ? {ValueFormatting.Text(parameter.Type, present)} : null);");
        }
    }
}
