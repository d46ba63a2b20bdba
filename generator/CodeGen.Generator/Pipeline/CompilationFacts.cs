using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Pipeline;

/// <summary>
/// What the consuming compilation already has that generated code depends on, as plain flags so that a C# edit
/// which changes none of them leaves everything downstream cached.
/// </summary>
/// <param name="ReferencesRuntime">CodeGen.Runtime is referenced: every generated file needs it.</param>
/// <param name="HasIsExternalInit">The <c>init</c> accessor's marker type is visible (it is not on netstandard2.0).</param>
/// <param name="HasRequiredMemberAttribute">C# 11's <c>required</c> marker is visible.</param>
/// <param name="HasCompilerFeatureRequiredAttribute">The attribute the compiler puts on constructors of types with required members.</param>
/// <param name="HasSetsRequiredMembersAttribute">The attribute hand-written constructors use to satisfy required members.</param>
/// <param name="ReferencesHttpClientFactory">Microsoft.Extensions.Http is referenced: the <c>Add{Client}</c> registration is emitted.</param>
/// <param name="HasNotNullWhenAttribute">The nullable-analysis attribute on union <c>TryGetX</c> out parameters is visible (it is not on netstandard2.0).</param>
/// <param name="HasDateOnlyFormats"><c>System.DateOnly</c> (net6.0+) and the runtime's <c>DateFormats</c> (its net8.0 build) are visible: <c>format: date</c>/<c>time</c> can be <c>DateOnly</c>/<c>TimeOnly</c>.</param>
internal sealed record CompilationFacts(
    bool ReferencesRuntime,
    bool HasIsExternalInit,
    bool HasRequiredMemberAttribute,
    bool HasCompilerFeatureRequiredAttribute,
    bool HasSetsRequiredMembersAttribute,
    bool ReferencesHttpClientFactory = false,
    bool HasNotNullWhenAttribute = true,
    bool HasDateOnlyFormats = false)
{
    public const string RuntimeMarkerType = "CodeGen.Runtime.ApiClientOptions";
    public const string IsExternalInitType = "System.Runtime.CompilerServices.IsExternalInit";
    public const string RequiredMemberAttributeType = "System.Runtime.CompilerServices.RequiredMemberAttribute";
    public const string CompilerFeatureRequiredAttributeType = "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute";
    public const string SetsRequiredMembersAttributeType = "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute";
    public const string DateOnlyType = "System.DateOnly";
    public const string RuntimeDateFormatsType = "CodeGen.Runtime.Json.DateFormats";
    public const string HttpClientFactoryExtensionsType = "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";
    public const string NotNullWhenAttributeType = "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute";

    public static CompilationFacts Read(Compilation compilation)
        => new(
            HasVisibleType(compilation, RuntimeMarkerType),
            HasVisibleType(compilation, IsExternalInitType),
            HasVisibleType(compilation, RequiredMemberAttributeType),
            HasVisibleType(compilation, CompilerFeatureRequiredAttributeType),
            HasVisibleType(compilation, SetsRequiredMembersAttributeType),
            HasVisibleType(compilation, HttpClientFactoryExtensionsType),
            HasVisibleType(compilation, NotNullWhenAttributeType),
            HasVisibleType(compilation, DateOnlyType) && HasVisibleType(compilation, RuntimeDateFormatsType));

    // GetTypeByMetadataName returns null when several assemblies define the type (common for polyfills), and an
    // internal copy in a referenced assembly is not usable here; both cases are decided by accessibility instead.
    private static bool HasVisibleType(Compilation compilation, string metadataName)
    {
        foreach (INamedTypeSymbol type in compilation.GetTypesByMetadataName(metadataName))
        {
            if (compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            {
                return true;
            }
        }

        return false;
    }
}
