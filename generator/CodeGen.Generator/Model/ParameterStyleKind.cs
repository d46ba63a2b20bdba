namespace CodeGen.Generator.Model;

/// <summary>The OpenAPI <c>style</c> of a parameter; the names match the runtime's <c>ParameterStyle</c>.</summary>
internal enum ParameterStyleKind
{
    Form,
    Simple,
    Label,
    Matrix,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}
