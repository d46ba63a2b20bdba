namespace CodeGen.Generator.Model;

/// <summary>Where a parameter travels.</summary>
internal enum ParameterLocationKind
{
    Path,
    Query,
    Header,
    Cookie,
}
