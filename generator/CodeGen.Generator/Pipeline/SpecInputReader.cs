using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Generator.Pipeline;

/// <summary>Picks the AdditionalFiles that are OpenAPI documents and reads them with their options.</summary>
internal static class SpecInputReader
{
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.CodeGen_Namespace";
    public const string ClientNameMetadata = "build_metadata.AdditionalFiles.CodeGen_ClientName";
    public const string GroupByTagMetadata = "build_metadata.AdditionalFiles.CodeGen_GroupByTag";
    public const string DateTypeMetadata = "build_metadata.AdditionalFiles.CodeGen_DateType";
    public const string OptInMetadata = "build_metadata.AdditionalFiles.CodeGen_OpenApi";
    public const string RootNamespaceProperty = "build_property.RootNamespace";
    public const string IncludeTagsMetadata = "build_metadata.AdditionalFiles.CodeGen_IncludeTags";
    public const string ExcludeTagsMetadata = "build_metadata.AdditionalFiles.CodeGen_ExcludeTags";
    public const string IncludeOperationsMetadata = "build_metadata.AdditionalFiles.CodeGen_IncludeOperations";
    public const string ExcludeOperationsMetadata = "build_metadata.AdditionalFiles.CodeGen_ExcludeOperations";
    public const string IncludePathsMetadata = "build_metadata.AdditionalFiles.CodeGen_IncludePaths";
    public const string ExcludePathsMetadata = "build_metadata.AdditionalFiles.CodeGen_ExcludePaths";

    /// <summary>A cheap test on the path alone, before any options are looked up.</summary>
    public static bool HasOpenApiName(string path)
        => path.EndsWith(".openapi.yaml", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".openapi.yml", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".openapi.json", StringComparison.OrdinalIgnoreCase);

    public static SpecInput? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        AnalyzerConfigOptions fileOptions = optionsProvider.GetOptions(file);
        bool optedIn = fileOptions.TryGetValue(OptInMetadata, out string? flag) && string.Equals(flag?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        bool optedOut = flag is not null && string.Equals(flag.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        if (optedOut || (!optedIn && !HasOpenApiName(file.Path)))
        {
            return null;
        }

        string text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        fileOptions.TryGetValue(NamespaceMetadata, out string? @namespace);
        fileOptions.TryGetValue(ClientNameMetadata, out string? clientName);
        fileOptions.TryGetValue(GroupByTagMetadata, out string? groupByTag);
        fileOptions.TryGetValue(DateTypeMetadata, out string? dateType);
        optionsProvider.GlobalOptions.TryGetValue(RootNamespaceProperty, out string? rootNamespace);
        return new SpecInput(file.Path, text, new SpecOptions(Blank(@namespace), Blank(clientName), Blank(rootNamespace), Blank(groupByTag), ReadFilters(fileOptions), Blank(dateType)));
    }

    private static FilterOptions? ReadFilters(AnalyzerConfigOptions fileOptions)
    {
        var filters = new FilterOptions(
            Get(IncludeTagsMetadata),
            Get(ExcludeTagsMetadata),
            Get(IncludeOperationsMetadata),
            Get(ExcludeOperationsMetadata),
            Get(IncludePathsMetadata),
            Get(ExcludePathsMetadata));
        return filters == new FilterOptions(null, null, null, null, null, null) ? null : filters;

        string? Get(string key) => fileOptions.TryGetValue(key, out string? value) ? Blank(value) : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
