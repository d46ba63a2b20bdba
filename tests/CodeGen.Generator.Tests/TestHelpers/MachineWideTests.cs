namespace CodeGen.Generator.Tests.TestHelpers;

/// <summary>
/// The tests that use every core for minutes: the fuzz campaign, whose per-case hang detector must not mistake a
/// starved machine for a hang, and the whole-document runs (GitHub's description takes 2.5 GB and both cores to
/// compile). xUnit runs the classes of one collection one after another, so they never overlap each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MachineWideTests
{
    public const string Name = "Machine-wide: fuzz campaign and whole-document runs";
}
