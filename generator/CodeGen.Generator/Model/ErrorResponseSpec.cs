namespace CodeGen.Generator.Model;

/// <summary>A declared error payload.</summary>
/// <param name="StatusPattern">A code such as <c>404</c>, a range such as <c>5XX</c>, or <c>default</c>.</param>
/// <param name="Type">The payload type.</param>
/// <param name="Description">The response's description.</param>
internal sealed record ErrorResponseSpec(string StatusPattern, TypeRefSpec Type, string? Description);
