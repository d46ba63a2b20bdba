namespace CodeGen.Generator.Pipeline;

/// <summary>One generated source file.</summary>
/// <param name="HintName">The unique name passed to <c>AddSource</c>.</param>
/// <param name="Text">The C# source.</param>
internal sealed record GeneratedFile(string HintName, string Text);
