using System.Runtime.CompilerServices;

// The parser, model and emitter are internal; their unit tests live in the generator test project.
[assembly: InternalsVisibleTo("CodeGen.Generator.Tests")]
