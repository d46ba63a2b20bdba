using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing.Operations;

/// <summary>
/// The style and explode of a parameter, defaulted as the OpenAPI spec says, and checked against the places
/// and shapes the spec's style table defines.
/// </summary>
internal static class ParameterStyles
{
    /// <summary>The default style of a location: form for query and cookie, simple for path and header.</summary>
    public static ParameterStyleKind DefaultFor(ParameterLocationKind location)
        => location is ParameterLocationKind.Query or ParameterLocationKind.Cookie ? ParameterStyleKind.Form : ParameterStyleKind.Simple;

    /// <summary>The style the document names, or <see langword="null"/> when it names none.</summary>
    public static ParameterStyleKind? From(ParameterStyle? style) => style switch
    {
        ParameterStyle.Form => ParameterStyleKind.Form,
        ParameterStyle.Simple => ParameterStyleKind.Simple,
        ParameterStyle.Label => ParameterStyleKind.Label,
        ParameterStyle.Matrix => ParameterStyleKind.Matrix,
        ParameterStyle.SpaceDelimited => ParameterStyleKind.SpaceDelimited,
        ParameterStyle.PipeDelimited => ParameterStyleKind.PipeDelimited,
        ParameterStyle.DeepObject => ParameterStyleKind.DeepObject,
        _ => null,
    };

    /// <summary>
    /// Whether the spec defines <paramref name="style"/> for a parameter in <paramref name="location"/> of shape
    /// <paramref name="type"/>. The delimited styles write arrays and objects; deepObject writes objects only.
    /// </summary>
    public static bool IsDefined(ParameterStyleKind style, ParameterLocationKind location, TypeRefSpec type)
    {
        bool isObject = type.Kind is TypeKind.Object or TypeKind.Map;
        bool isArray = type.Kind == TypeKind.Array;
        return (style, location) switch
        {
            (ParameterStyleKind.Simple, ParameterLocationKind.Path or ParameterLocationKind.Header) => true,
            (ParameterStyleKind.Label or ParameterStyleKind.Matrix, ParameterLocationKind.Path) => true,
            (ParameterStyleKind.Form, ParameterLocationKind.Query or ParameterLocationKind.Cookie) => true,
            (ParameterStyleKind.SpaceDelimited or ParameterStyleKind.PipeDelimited, ParameterLocationKind.Query) => isArray || isObject,
            (ParameterStyleKind.DeepObject, ParameterLocationKind.Query) => isObject,
            _ => false,
        };
    }
}
