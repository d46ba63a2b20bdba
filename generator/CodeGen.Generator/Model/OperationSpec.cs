using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>One client method.</summary>
/// <param name="MethodName">The C# method name, ending in <c>Async</c>.</param>
/// <param name="HttpMethod">The HTTP method in upper case.</param>
/// <param name="PathTemplate">The path as written in the document.</param>
/// <param name="Documentation">Summary and description.</param>
/// <param name="Parameters">Path, query, header and cookie parameters, in C# signature order.</param>
/// <param name="Body">The request body, if any.</param>
/// <param name="Success">What a success returns.</param>
/// <param name="Errors">Declared error payloads by status.</param>
/// <param name="UsesBearerToken">Whether the operation's security includes HTTP bearer.</param>
/// <param name="Tag">The first tag, which decides the sub-client when operations are grouped.</param>
internal sealed record OperationSpec(
    string MethodName,
    string HttpMethod,
    string PathTemplate,
    DocumentationSpec Documentation,
    EquatableArray<ParameterSpec> Parameters,
    RequestBodySpec? Body,
    SuccessResponseSpec Success,
    EquatableArray<ErrorResponseSpec> Errors,
    bool UsesBearerToken,
    string? Tag = null);
