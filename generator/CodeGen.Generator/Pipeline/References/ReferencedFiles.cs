using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Parsing.References;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Pipeline.References;

/// <summary>
/// Gives a spec the texts of the AdditionalFiles its <c>$ref</c>s reach, following references inside those files
/// relative to each file's own location. Files that are not AdditionalFiles are left out: the parser reports them.
/// </summary>
internal static class ReferencedFiles
{
    /// <summary>The files a root's own text names, before any is looked up: cached per root text.</summary>
    public static EquatableArray<string> Named(SpecInput root)
        => ExternalReferenceScan.FileParts(root.Text)
            .Select(part => ReferencePath.Resolve(root.Path, part))
            .Distinct()
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>The root with the texts of every file it reaches; the root itself when it names none.</summary>
    public static SpecInput Attach(SpecInput root, EquatableArray<string> named, ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        if (named.IsEmpty)
        {
            return root;
        }

        var index = new FileIndex<AdditionalText>();
        foreach (AdditionalText file in files)
        {
            index.Add(file.Path, file);
        }

        string rootKey = ReferencePath.Normalize(root.Path);
        var found = new Dictionary<string, ReferencedFile>(System.StringComparer.Ordinal);
        var pending = new Queue<string>(named);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (index.Find(pending.Dequeue()) is not { } file)
            {
                continue;
            }

            string key = ReferencePath.Normalize(file.Path);
            if (key == rootKey || found.ContainsKey(key))
            {
                // The root is read already; a file seen before ends a cycle between files.
                continue;
            }

            string text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
            found[key] = new ReferencedFile(file.Path, text);
            foreach (string part in ExternalReferenceScan.FileParts(text))
            {
                pending.Enqueue(ReferencePath.Resolve(file.Path, part));
            }
        }

        return root with
        {
            ReferencedFiles = found.Values.OrderBy(file => file.Path, System.StringComparer.Ordinal).ToEquatableArray(),
        };
    }
}
