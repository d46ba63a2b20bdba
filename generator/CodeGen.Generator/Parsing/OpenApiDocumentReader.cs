using System;
using System.Collections.Generic;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Parsing.Limits;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace CodeGen.Generator.Parsing;

/// <summary>Reads a document with Microsoft.OpenApi, bounded against hostile input, and never from disk or network.</summary>
internal static class OpenApiDocumentReader
{
    public static OpenApiDocument? Read(string path, string text, SourceLocator locator, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken, IReadOnlyList<Pipeline.ReferencedFile> referencedFiles)
    {
        if (IsBlank(text))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyDocument, locator.Locate(null)));
            return null;
        }

        if (DocumentPreScan.Check(text, cancellationToken) is { } violation)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LimitExceeded, locator.LocateIndex(violation.Index), violation.What, violation.Limit, violation.Fix));
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        string format = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";

        // Most documents refer only to their own components, which Microsoft.OpenApi reads as written. Others (other
        // files, pointers into paths) are bundled first into one JSON document from the AdditionalFiles alone.
        if (References.ExternalReferenceScan.NeedsBundling(text)
            && References.DocumentBundler.Bundle(path, text, locator, referencedFiles, diagnostics, cancellationToken) is { } bundled)
        {
            text = bundled;
            format = "json";
        }
        var settings = new OpenApiReaderSettings
        {
            LoadExternalRefs = false,
        };
        // The pre-scan enforces the limits with located messages; these are a second line of defence, set just above.
        settings.AddYamlReader(new OpenApiYamlReaderSettings
        {
            MaxDepth = DocumentLimits.MaxDepth + 8,
            MaxNodeCount = DocumentLimits.MaxNodeCount + 1,
            MaxAliasExpansionNodeCount = DocumentLimits.MaxAliasExpansionNodes + 1,
            MaxScalarLength = DocumentLimits.MaxScalarLength + 1,
            MaxInputByteCount = (DocumentLimits.MaxInputChars * 4) + 1,
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
                // Some validator findings (a response-less operation, a discriminator not in required, a missing
                // description) leave nothing the generator relies on: worth a warning, not a refusal to generate.
                // The others (a response key that is no status code, a path without '/', a missing info) stay errors.
                if (error is OpenApiValidatorError ruleBroken && s_harmlessRules.Contains(ruleBroken.RuleName))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SpecificationRuleBroken, locator.LocateError(error.Pointer, error.Message), error.Message, ruleBroken.RuleName));
                    continue;
                }

                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DocumentError, locator.LocateError(error.Pointer, error.Message), error.Message));
            }

            foreach (OpenApiError warning in readerDiagnostic.Warnings)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DocumentWarning, locator.LocateError(warning.Pointer, warning.Message), warning.Message));
            }
        }

        if (result.Document is null || result.Document.Info is null)
        {
            // Rule findings (CG0140) are only warnings: a document with nothing but those still needs its error.
            if (!diagnostics.Exists(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableDocument, locator.Locate(null), "it is not an OpenAPI or Swagger document"));
            }

            return null;
        }

        return result.Document;
    }

    private static readonly HashSet<string> s_harmlessRules = new(StringComparer.Ordinal)
    {
        "ResponsesMustContainAtLeastOneResponse",
        "ValidateSchemaDiscriminator",
        "ResponseRequiredFields",
        "EmailMustBeEmailFormat",
        "LicenseRequiredFields",
        "UrlIsRequired",
        "TagRequiredFields",
        "ExtensionNameMustStartWithXDash",
        "GetOperationShouldNotHaveRequestBody",
        // Two templates that differ only in parameter names ('/a/{id}' and '/a/{name}', as in GitHub's description)
        // confuse a server's routing, not a client: each operation is still its own method with its own path.
        "PathMustBeUnique",
    };

    private static bool IsBlank(string text)
    {
        foreach (char c in text)
        {
            // A byte-order mark alone is as empty as nothing.
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }
}
