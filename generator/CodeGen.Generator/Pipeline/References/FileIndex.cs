using System;
using System.Collections.Generic;

namespace CodeGen.Generator.Pipeline.References;

/// <summary>
/// Files by normalised absolute path: an exact match first, then one that differs only in case (as on Windows and
/// macOS), so a reference spelt <c>Pet.yaml</c> still finds <c>pet.yaml</c> when no file is spelt exactly so.
/// </summary>
/// <typeparam name="T">What is kept per file.</typeparam>
internal sealed class FileIndex<T>
    where T : class
{
    private readonly Dictionary<string, T> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _ignoringCase = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string path, T item)
    {
        string key = ReferencePath.Normalize(path);
        if (!_exact.ContainsKey(key))
        {
            _exact[key] = item;
        }

        if (!_ignoringCase.ContainsKey(key))
        {
            _ignoringCase[key] = item;
        }
    }

    public T? Find(string normalizedPath)
        => _exact.TryGetValue(normalizedPath, out T? exact) ? exact
            : _ignoringCase.TryGetValue(normalizedPath, out T? loose) ? loose
            : null;
}
