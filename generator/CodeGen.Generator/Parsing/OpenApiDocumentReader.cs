using System;
using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace CodeGen.Generator.Parsing;

/// <summary>Reads a document with Microsoft.OpenApi, bounded against hostile input, and never from disk or network.</summary>
internal static class OpenApiDocumentReader
{
    public static OpenApiDocument? Read(string path, string text, SourceLocator locator, List<DiagnosticInfo> diagnostics)
    {
        string format = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";
        var settings = new OpenApiReaderSettings
        {
            LoadExternalRefs = false,
        };
        settings.AddYamlReader(new OpenApiYamlReaderSettings
        {
            MaxDepth = 256,
            MaxAliasExpansionNodeCount = 100_000,
        });

        ReadResult result;
        try
        {
            result = OpenApiDocument.Parse(text, format, settings);
        }
        catch (Exception exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableDocument, locator.LocateError(null, exception.Message), exception.Message));
            return null;
        }

        if (result.Diagnostic is { } readerDiagnostic)
        {
            foreach (OpenApiError error in readerDiagnostic.Errors)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DocumentError, locator.LocateError(error.Pointer, error.Message), error.Message));
            }

            foreach (OpenApiError warning in readerDiagnostic.Warnings)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DocumentWarning, locator.LocateError(warning.Pointer, warning.Message), warning.Message));
            }
        }

        if (result.Document is null || result.Document.Info is null)
        {
            if (diagnostics.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableDocument, locator.Locate(null), "it is not an OpenAPI or Swagger document"));
            }

            return null;
        }

        return result.Document;
    }
}
