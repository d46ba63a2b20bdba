using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Each is documented in docs/diagnostics.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "CodeGen.OpenApi";
    private const string HelpLinkBase = "https://github.com/codegen-dotnet/codegen/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor UnreadableDocument = Create(
        "CG0001",
        "The OpenAPI document cannot be read",
        "The OpenAPI document cannot be read: {0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DocumentError = Create(
        "CG0002",
        "The OpenAPI document has an error",
        "{0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DocumentWarning = Create(
        "CG0003",
        "The OpenAPI document has a problem",
        "{0}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "CG0004",
        "Unsupported construct",
        "{0} is not supported yet; {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "CG0005",
        "Invalid generator option",
        "The option {0} = '{1}' is invalid: {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateOutput = Create(
        "CG0006",
        "Two documents generate the same type",
        "This document generates {0}, which '{1}' generates too, so they are left out here; give each document its own namespace (CodeGen_Namespace) or client name (CodeGen_ClientName)",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "CG0007",
        "The generator failed on this document",
        "The generator failed on this document and produced no code: {0}. Please report it with the document attached.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RuntimeNotReferenced = Create(
        "CG0008",
        "The CodeGen.Runtime package is not referenced",
        "Generated clients need the CodeGen.Runtime package, which this project does not reference, so no code was generated; add <PackageReference Include=\"CodeGen.Runtime\" Version=\"{0}\" />",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Create(
        "CG0009",
        "The C# language version is too old for generated code",
        "Generated code needs C# {1} or later, but this project compiles with C# {0}, so no code was generated; set <LangVersion>{1}</LangVersion> or later (for example latest) in the project file",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EmptyDocument = Create(
        "CG0010",
        "The OpenAPI document is empty",
        "The OpenAPI document is empty; write an OpenAPI 3.x document (openapi, info and paths), or set CodeGen_OpenApi=\"false\" on the file to stop generating from it",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LimitExceeded = Create(
        "CG0011",
        "The OpenAPI document exceeds a safety limit",
        "The OpenAPI document {0} (the limit is {1}); no code is generated for it. {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SchemaTooDeep = Create(
        "CG0012",
        "Schema nesting is too deep",
        "Schemas nest more than {0} levels deep here (inline schemas or a chain of $refs); the value is kept as JsonElement. Flatten the schema or reference a component at a shallower level.",
        DiagnosticSeverity.Warning);

    // CG0110-CG0119: formats and member semantics (docs/openapi-schemas.md).
    public static readonly DiagnosticDescriptor ConstNotPrefilled = Create(
        "CG0110",
        "A const value C# cannot pre-fill",
        "The const value '{0}' does not fit the member's type as a C# constant; the member is not pre-filled and not checked before sending",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DateOnlyUnavailable = Create(
        "CG0111",
        "DateOnly and TimeOnly are not available",
        "CodeGen_DateType is DateOnly, but this compilation has no System.DateOnly (net6.0 or later) or its CodeGen.Runtime build lacks DateFormats; 'date' and 'time' members are strings",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ParameterStyleNotDefined = Create(
        "CG0120",
        "Parameter style not defined here",
        "The style '{0}' is not defined for {1}; the parameter is written in the '{2}' style instead",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SuccessBodiesDisagree = Create(
        "CG0121",
        "Success responses return different bodies",
        "The HTTP {0} response returns a different body than HTTP {1}, so the method returns {2} for every success",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidPattern = Create(
        "CG0160",
        "A pattern is not a valid regular expression",
        "The pattern '{0}' is not a valid regular expression ({1}); it is not checked before sending",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnusableConstraint = Create(
        "CG0161",
        "A constraint has an unusable value",
        "'{0}: {1}' is ignored by request validation: {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsatisfiableConstraints = Create(
        "CG0162",
        "Constraints no value can satisfy",
        "{0} is greater than {1}, so no value satisfies both; request validation rejects every value sent here",
        DiagnosticSeverity.Warning);

    // CG0140-CG0159: input, multi-file documents, names and filters (docs/large-documents.md).
    public static readonly DiagnosticDescriptor SpecificationRuleBroken = Create(
        "CG0140",
        "The OpenAPI document breaks a rule of the specification",
        "{0} (Microsoft.OpenApi rule {1}); the document is still read and code generated",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor FiltersKeepNothing = Create(
        "CG0141",
        "The operation filters keep no operation",
        "The operation filters of this document ({0}) keep none of its {1} operation(s), so the client has no methods; check the tag names, operationIds and path globs",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ExternalReference = Create(
        "CG0142",
        "A $ref points to another file",
        "The $ref '{0}' points outside this document; multi-file documents are not supported yet, so it is not loaded (the generator reads no files and no network). Bundle the document into one file, e.g. npx @redocly/cli bundle.",
        DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
