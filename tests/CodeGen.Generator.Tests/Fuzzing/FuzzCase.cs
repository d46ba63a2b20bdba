namespace CodeGen.Generator.Tests.Fuzzing;

/// <summary>One spec file of a fuzz case, as raw bytes so that invalid UTF-8 can be expressed.</summary>
/// <param name="Path">The AdditionalFile path; its extension picks the reader.</param>
/// <param name="Bytes">The content.</param>
/// <param name="Namespace">The <c>CodeGen_Namespace</c> metadata.</param>
/// <param name="ClientName">The <c>CodeGen_ClientName</c> metadata.</param>
internal sealed record FuzzFile(string Path, byte[] Bytes, string? Namespace = null, string? ClientName = null);

/// <summary>A generated test case: which seed, what was done to it, and the resulting files.</summary>
/// <param name="Index">The case number within the campaign.</param>
/// <param name="Description">The seed and the mutations, for the failure report.</param>
/// <param name="Files">The specs handed to the generator (usually one).</param>
internal sealed record FuzzCase(int Index, string Description, IReadOnlyList<FuzzFile> Files);
