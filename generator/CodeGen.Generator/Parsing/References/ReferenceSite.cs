using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Parsing.References;

/// <summary>
/// Where a <c>$ref</c> is written: its file and the pointer of the object that holds it. Located only when a
/// diagnostic needs it, because locating builds the file's position index, which a sound document never pays for.
/// </summary>
/// <param name="File">The file that holds the reference.</param>
/// <param name="Pointer">The JSON pointer of the object with the <c>$ref</c>.</param>
internal readonly record struct ReferenceSite(LoadedFile File, string Pointer)
{
    public LocationInfo Locate() => File.Locator.Locate(Pointer + "/$ref");
}
