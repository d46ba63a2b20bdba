using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Naming;
using CodeGen.Generator.Parsing.Filtering;
using CodeGen.Generator.Parsing.Operations;
using CodeGen.Generator.Pipeline;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing;

/// <summary>
/// Parses one spec into an <see cref="ApiSpec"/>. The only entry into Microsoft.OpenApi: nothing outside
/// Parsing/ sees its types. It never throws; every problem becomes a located diagnostic.
/// </summary>
internal static class ApiSpecParser
{
    public static ParsedSpec Parse(SpecInput input, CancellationToken cancellationToken)
        => Parse(input, dateOnlyAvailable: false, cancellationToken);

    /// <summary>Parses <paramref name="input"/>; <paramref name="dateOnlyAvailable"/> says whether the consumer can use <c>DateOnly</c>/<c>TimeOnly</c>.</summary>
    public static ParsedSpec Parse(SpecInput input, bool dateOnlyAvailable, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var locator = new SourceLocator(input.Path, input.Text);
        ApiSpec? spec = null;

        try
        {
            OpenApiDocument? document = OpenApiDocumentReader.Read(input.Path, input.Text, locator, diagnostics, cancellationToken, input.ReferencedFiles);
            cancellationToken.ThrowIfCancellationRequested();
            if (document is not null)
            {
                spec = Build(document, input, dateOnlyAvailable, locator, diagnostics, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, locator.Locate(null), $"{exception.GetType().Name}: {exception.Message}"));
            spec = null;
        }

        return new ParsedSpec(input.Path, spec, diagnostics.ToEquatableArray());
    }

    private static ApiSpec Build(OpenApiDocument document, SpecInput input, bool dateOnlyAvailable, SourceLocator locator, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        string fileStem = FileStem(input.Path);
        string @namespace = ChooseNamespace(input.Options, fileStem, locator, diagnostics);
        string clientName = ChooseClientName(input.Options, document.Info?.Title, fileStem, locator, diagnostics);
        ApplyFilters(document, input.Options, locator, diagnostics);

        var catalog = new SchemaCatalog(
            document,
            locator,
            diagnostics,
            ReservedTypeNames.For(clientName),
            cancellationToken)
        {
            UsesDateOnly = ChooseDateOnly(input.Options, dateOnlyAvailable, locator, diagnostics),
        };
        catalog.ResolveAllComponents();
        var operationReader = new OperationReader(document, catalog, locator, diagnostics, clientName, cancellationToken);
        EquatableArray<OperationSpec> operations = operationReader.ReadAll();
        EquatableArray<OperationGroupSpec> groups = default;
        if (TagGrouper.ShouldGroup(ChooseGrouping(input.Options, locator, diagnostics), operations))
        {
            (operations, groups) = TagGrouper.Group(operations, document, operationReader.MemberNames);
        }

        var client = new ClientSpec(
            clientName,
            document.Info?.Title,
            document.Info?.Description,
            document.Info?.Version,
            DefaultServerUrl(document),
            operations,
            groups);
        return new ApiSpec(@namespace, client, catalog.Objects, catalog.Enums, catalog.Unions);
    }

    private static void ApplyFilters(OpenApiDocument document, SpecOptions options, SourceLocator locator, List<DiagnosticInfo> diagnostics)
    {
        OperationFilter filter = OperationFilterReader.Read(options.Filters, locator, diagnostics);
        if (filter.IsEmpty)
        {
            return;
        }

        int before = DocumentFilter.CountOperations(document);
        if (DocumentFilter.Apply(document, filter) == 0 && before > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FiltersKeepNothing, locator.Locate(null), options.Filters!.Describe(), before.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static string ChooseNamespace(SpecOptions options, string fileStem, SourceLocator locator, List<DiagnosticInfo> diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(options.Namespace))
        {
            string requested = options.Namespace!.Trim();
            if (IsNamespace(requested))
            {
                return requested;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, locator.Locate(null), "CodeGen_Namespace", requested, "it must be a dotted list of C# identifiers that are not keywords (nor contextual ones such as var or await), e.g. Acme.Pets"));
        }

        if (!string.IsNullOrWhiteSpace(options.RootNamespace) && IsNamespace(options.RootNamespace!.Trim()))
        {
            return options.RootNamespace!.Trim();
        }

        return Identifiers.ToPascalCase(fileStem, "OpenApi");
    }

    private static string ChooseGrouping(SpecOptions options, SourceLocator locator, List<DiagnosticInfo> diagnostics)
    {
        string? requested = options.GroupByTag?.Trim().ToLowerInvariant();
        if (requested is null || requested.Length == 0)
        {
            return "auto";
        }

        if (Array.IndexOf(TagGrouper.Modes, requested) >= 0)
        {
            return requested;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, locator.Locate(null), "CodeGen_GroupByTag", options.GroupByTag!, "it must be auto, true or false"));
        return "auto";
    }

    private static bool ChooseDateOnly(SpecOptions options, bool available, SourceLocator locator, List<DiagnosticInfo> diagnostics)
    {
        string? requested = options.DateType?.Trim();
        if (requested is null || string.Equals(requested, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return available;
        }

        if (string.Equals(requested, "string", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(requested, "DateOnly", StringComparison.OrdinalIgnoreCase))
        {
            if (!available)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DateOnlyUnavailable, locator.Locate(null)));
            }

            return available;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, locator.Locate(null), "CodeGen_DateType", options.DateType!, "it must be auto, DateOnly or string"));
        return available;
    }

    private static string ChooseClientName(SpecOptions options, string? title, string fileStem, SourceLocator locator, List<DiagnosticInfo> diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(options.ClientName))
        {
            string requested = options.ClientName!.Trim();
            if (Identifiers.IsUsableTypeName(requested))
            {
                return requested;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, locator.Locate(null), "CodeGen_ClientName", requested, "it must be a C# identifier that is not a keyword (nor a contextual one such as var or await)"));
        }

        string baseName = Identifiers.ToPascalCase(string.IsNullOrWhiteSpace(title) ? fileStem : title!, "Api");
        return baseName.EndsWith("Client", StringComparison.Ordinal) ? baseName : baseName + "Client";
    }

    private static bool IsNamespace(string candidate)
    {
        foreach (string part in candidate.Split('.'))
        {
            if (!Identifiers.IsUsableTypeName(part))
            {
                return false;
            }
        }

        return true;
    }

    private static string FileStem(string path)
    {
        string name = Path.GetFileName(path);
        foreach (string suffix in new[] { ".openapi.yaml", ".openapi.yml", ".openapi.json", ".yaml", ".yml", ".json" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name.Substring(0, name.Length - suffix.Length);
            }
        }

        return name;
    }

    private static string? DefaultServerUrl(OpenApiDocument document)
    {
        if (document.Servers is not { Count: > 0 } || document.Servers[0].Url is not { } url)
        {
            return null;
        }

        if (document.Servers[0].Variables is { } variables)
        {
            foreach (KeyValuePair<string, OpenApiServerVariable> variable in variables)
            {
                url = url.Replace("{" + variable.Key + "}", variable.Value.Default ?? string.Empty);
            }
        }

        return Uri.TryCreate(url, UriKind.Absolute, out Uri? absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute.AbsoluteUri
            : null;
    }
}
