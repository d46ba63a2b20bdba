namespace CodeGen.Generator.Model;

/// <summary>A JSON request body.</summary>
/// <param name="ParameterName">The C# parameter name.</param>
/// <param name="Type">The body type.</param>
/// <param name="IsRequired">Whether the body must be sent.</param>
/// <param name="Description">Docs for the <c>param</c> tag.</param>
internal sealed record RequestBodySpec(string ParameterName, TypeRefSpec Type, bool IsRequired, string? Description);
