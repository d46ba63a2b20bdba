using System.Linq;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting.Validation;

/// <summary>
/// Writes the client's pre-send check of a request: the constraints of its path, query and header parameters (at
/// <c>path.id</c>, <c>query.limit</c>, <c>header['X-Id']</c>), then its JSON body under <c>$</c>. Every violation is
/// collected and thrown as one <c>RequestValidationException</c> before the request is built. The check is skipped
/// when the client's options turn validation off, and left out where there is nothing to check.
/// </summary>
internal static class RequestValidationHook
{
    public static void Write(SourceWriter writer, OperationSpec operation, ValidatedRecords records)
    {
        ParameterSpec[] parameters = operation.Parameters.Where(p => IsChecked(p, records)).ToArray();
        // Only JSON bodies have a schema type to walk; form, multipart, binary and text bodies are sent as given.
        TypeRefSpec? bodyType = operation.Body is { Kind: RequestBodyKind.Json, Type: { } jsonType } ? jsonType : null;
        bool checksBody = bodyType is not null && ValueChecks.Needed(bodyType, null, records);
        if (parameters.Length == 0 && !checksBody)
        {
            return;
        }

        var names = new CheckNames("__violations", prefix: "__", records);
        using (writer.Block("if (_connection.ValidatesRequests)"))
        {
            writer.WriteLine($"var __violations = new {ValidationTypes.Collector}();");
            foreach (ParameterSpec parameter in parameters)
            {
                var path = CheckPath.Computed($"{ValidationTypes.JsonPath}.Member({CSharpLiteral.Quote(parameter.Location.ToString().ToLowerInvariant())}, {CSharpLiteral.Quote(parameter.WireName)})");
                WriteValue(writer, parameter.Type, parameter.Constraints, parameter.Name, isRequired: parameter.IsRequired, path, names);
            }

            if (checksBody)
            {
                RequestBodySpec requestBody = operation.Body!;
                WriteValue(writer, bodyType!, null, requestBody.ParameterName, requestBody.IsRequired, CheckPath.Ready("\"$\""), names);
            }

            writer.WriteLine("__violations.ThrowIfAny();");
        }

        writer.WriteLine();
    }

    // Parameters of record, map or free-form types travel as text the document does not constrain.
    private static bool IsChecked(ParameterSpec parameter, ValidatedRecords records)
        => parameter.Type.Kind is not (TypeKind.Object or TypeKind.Map or TypeKind.Any) && ValueChecks.Needed(parameter.Type, parameter.Constraints, records);

    /// <summary>A required argument was null-checked already; an optional one is checked when given.</summary>
    private static void WriteValue(SourceWriter writer, TypeRefSpec type, ConstraintsSpec? constraints, string argument, bool isRequired, CheckPath path, CheckNames names)
    {
        if (isRequired)
        {
            ValueChecks.Write(writer, type, constraints, argument, path, names);
            return;
        }

        string present = names.Next("value");
        using (writer.Block($"if ({argument} is {{ }} {present})"))
        {
            ValueChecks.Write(writer, type, constraints, present, path, names);
        }
    }
}
