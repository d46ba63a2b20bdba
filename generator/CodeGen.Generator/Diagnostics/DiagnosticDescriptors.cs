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

    public static readonly DiagnosticDescriptor RequestMediaTypeNotSerialized = Create(
        "CG0122",
        "Request body media type not serialized",
        "The request body's media type '{0}' is not one the client serializes (JSON, multipart or form); the method takes the body already serialized, as a {1}",
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

    // CG0100-CG0109: allOf inheritance and polymorphism (docs/openapi-schemas.md#inheritance).
    public static readonly DiagnosticDescriptor InheritanceRedeclaredMember = Create(
        "CG0100",
        "allOf parts are merged instead of inherited",
        "'{0}' does not derive from '{1}': it declares the member '{2}' with another type than '{1}' does, so the allOf parts are merged into one record",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DiscriminatorNamesUnrelatedSchema = Create(
        "CG0101",
        "A discriminator mapping names a schema that does not derive from the base",
        "The discriminator value '{0}' maps to '{1}', which does not derive from '{2}' through allOf; a '{2}' with that value is read as '{2}'",
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
        "A $ref points to a file that is not an AdditionalFile",
        "The $ref '{0}' points to '{1}', which is not an AdditionalFile of this project; the generator reads no files itself, so add it: <AdditionalFiles Include=\"{1}\" /> (or a glob that covers it)",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RemoteReference = Create(
        "CG0143",
        "A $ref is an absolute URI",
        "The $ref '{0}' is an absolute URI; the generator never fetches anything from the network or the disk. Save the document into the project, add it as an AdditionalFile and refer to it by a relative path.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReferencedPointerMissing = Create(
        "CG0144",
        "A $ref points to nothing in its file",
        "The $ref '{0}' points to '{1}', which is not in '{2}'; check the JSON pointer after '#' (keys are case-sensitive; '/' inside a key is written ~1)",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReferencedFileUnreadable = Create(
        "CG0145",
        "A referenced file cannot be read",
        "The file '{0}', referenced from this document, cannot be read: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReferenceCycle = Create(
        "CG0146",
        "A $ref leads back to itself",
        "The $ref '{0}' leads back to itself through references alone, with nothing in between; it is read as free-form JSON",
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
