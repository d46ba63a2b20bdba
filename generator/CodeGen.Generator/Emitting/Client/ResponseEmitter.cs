using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting.Client;

/// <summary>The <c>switch</c> over the status code: success bodies returned, everything else thrown as an <c>ApiException</c>.</summary>
internal static class ResponseEmitter
{
    public const string Stream = "global::System.IO.Stream";

    /// <summary>The awaited result type of the method, or <see langword="null"/> when it returns a plain Task.</summary>
    public static string? ResultType(SuccessResponseSpec success, string ns)
    {
        bool mayReturnNothing = success.EmptyStatusCodes.Count > 0;
        return success.BodyKind switch
        {
            ResponseBodyKind.Stream => mayReturnNothing ? Stream + "?" : Stream,
            ResponseBodyKind.Text => mayReturnNothing ? "string?" : "string",
            _ => success.Type is null ? null : CSharpTypeNames.Of(success.Type, ns, mayReturnNothing),
        };
    }

    public static void WriteSuccessCases(SourceWriter writer, OperationSpec operation, AdHocConverters converters)
    {
        SuccessResponseSpec success = operation.Success;
        bool handsOver = success.BodyKind == ResponseBodyKind.Stream;
        foreach (int code in success.EmptyStatusCodes)
        {
            writer.WriteLine($"case {code.ToString(CultureInfo.InvariantCulture)}:");
        }

        if (success.EmptyStatusCodes.Count > 0)
        {
            writer.Indentation++;
            writer.WriteLine(success.HasBody ? "return null;" : "return;");
            writer.Indentation--;
        }

        // The document lists the typed codes; a 2xx it does not list still succeeded, so it is read the same way
        // rather than failing a call that worked.
        if (success.StatusCodes.Count > 0)
        {
            writer.WriteLine($"// Documented: {string.Join(", ", success.StatusCodes.Select(c => c.ToString(CultureInfo.InvariantCulture)))}.");
        }

        writer.WriteLine("case >= 200 and < 300:");
        writer.Indentation++;
        if (handsOver)
        {
            // From here the stream owns the response; it is released when the caller disposes the stream.
            writer.WriteLine("responseHandedOver = true;");
        }

        writer.WriteLine(success.BodyKind switch
        {
            ResponseBodyKind.Stream => $"return await {KnownTypes.ApiResponseReader}.ReadStreamAsync(httpResponse, cancellationToken).ConfigureAwait(false);",
            ResponseBodyKind.Text => $"return await {KnownTypes.ApiResponseReader}.ReadTextAsync(httpResponse, _connection.MaxResponseBodyBytes, cancellationToken).ConfigureAwait(false);",
            _ => success.Type is null
                ? "return;"
                : $"return await _connection.ReadSuccessAsync(httpResponse, {CSharpLiteral.Quote(operation.MethodName)}, {CSharpLiteral.Quote(operation.PathTemplate)}, {converters.For(success.Type)}.Instance, cancellationToken).ConfigureAwait(false);",
        });
        writer.Indentation--;
    }

    public static void WriteErrorCases(SourceWriter writer, OperationSpec operation, AdHocConverters converters)
    {
        IEnumerable<ErrorResponseSpec> ordered = operation.Errors
            .Where(e => e.StatusPattern != "default" && !e.StatusPattern.EndsWith("XX", System.StringComparison.Ordinal))
            .Concat(operation.Errors.Where(e => e.StatusPattern.EndsWith("XX", System.StringComparison.Ordinal)));
        foreach (IGrouping<TypeRefSpec, ErrorResponseSpec> group in ordered.GroupBy(e => e.Type))
        {
            foreach (ErrorResponseSpec error in group)
            {
                writer.WriteLine(CaseLabel(error.StatusPattern));
            }

            writer.Indentation++;
            writer.WriteLine($"throw await {KnownTypes.ApiResponseReader}.CreateExceptionAsync(httpResponse, {converters.For(group.Key)}.Instance, _connection.MaxResponseBodyBytes, cancellationToken).ConfigureAwait(false);");
            writer.Indentation--;
        }

        writer.WriteLine("default:");
        writer.Indentation++;
        ErrorResponseSpec? fallback = operation.Errors.FirstOrDefault(e => e.StatusPattern == "default");
        writer.WriteLine(fallback is null
            ? $"throw await {KnownTypes.ApiResponseReader}.CreateExceptionAsync(httpResponse, _connection.MaxResponseBodyBytes, cancellationToken).ConfigureAwait(false);"
            : $"throw await {KnownTypes.ApiResponseReader}.CreateExceptionAsync(httpResponse, {converters.For(fallback.Type)}.Instance, _connection.MaxResponseBodyBytes, cancellationToken).ConfigureAwait(false);");
        writer.Indentation--;
    }

    private static string CaseLabel(string statusPattern)
    {
        if (statusPattern.Length == 3 && statusPattern.EndsWith("XX", System.StringComparison.Ordinal))
        {
            int hundreds = (statusPattern[0] - '0') * 100;
            return $"case >= {hundreds.ToString(CultureInfo.InvariantCulture)} and < {(hundreds + 100).ToString(CultureInfo.InvariantCulture)}:";
        }

        return $"case {statusPattern}:";
    }
}
