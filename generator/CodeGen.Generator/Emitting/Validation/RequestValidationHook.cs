using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting.Validation;

/// <summary>
/// Writes the client's pre-send check of a request body: every violation is collected with its JSON path under
/// <c>$</c> and thrown as one <c>RequestValidationException</c> before the request is built. It is skipped when the
/// client's options turn validation off, and left out where the body has nothing to check.
/// </summary>
internal static class RequestValidationHook
{
    public static void Write(SourceWriter writer, OperationSpec operation)
    {
        if (operation.Body is not { } body || !ValueChecks.Needed(body.Type, null))
        {
            return;
        }

        var names = new CheckNames("__violations", prefix: "__");
        using (writer.Block("if (_connection.ValidatesRequests)"))
        {
            writer.WriteLine($"var __violations = new {ValidationTypes.Collector}();");
            if (body.IsRequired)
            {
                ValueChecks.Write(writer, body.Type, null, body.ParameterName, "\"$\"", names);
            }
            else
            {
                string present = names.Next("body");
                using (writer.Block($"if ({body.ParameterName} is {{ }} {present})"))
                {
                    ValueChecks.Write(writer, body.Type, null, present, "\"$\"", names);
                }
            }

            writer.WriteLine("__violations.ThrowIfAny();");
        }

        writer.WriteLine();
    }
}
