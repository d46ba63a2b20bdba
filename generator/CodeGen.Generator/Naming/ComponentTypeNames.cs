using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CodeGen.Generator.Naming;

/// <summary>
/// Preferred type names for component schemas, chosen so that adding a component leaves existing names alone.
/// Keys that map to the same identifier (ignoring case, as file systems do) collide: a key that already is that
/// identifier keeps it, else the ordinally first key does; every other key gets a suffix computed from the key
/// itself (<c>PetItem_9C1E07</c>), which no other key can change.
/// </summary>
internal static class ComponentTypeNames
{
    /// <summary>The keys with their preferred names, keepers first, each group in ordinal order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Preferred(IEnumerable<string> componentKeys)
    {
        var keepers = new List<KeyValuePair<string, string>>();
        var suffixed = new List<KeyValuePair<string, string>>();
        IEnumerable<IGrouping<string, string>> groups = componentKeys
            .OrderBy(key => key, StringComparer.Ordinal)
            .GroupBy(key => Identifiers.ToPascalCase(key, "Schema"), StringComparer.OrdinalIgnoreCase);
        foreach (IGrouping<string, string> group in groups)
        {
            string[] keys = group.ToArray();
            string keeper = keys.FirstOrDefault(key => key == Identifiers.ToPascalCase(key, "Schema")) ?? keys[0];
            foreach (string key in keys)
            {
                string name = Identifiers.ToPascalCase(key, "Schema");
                if (key == keeper)
                {
                    keepers.Add(new KeyValuePair<string, string>(key, name));
                }
                else
                {
                    suffixed.Add(new KeyValuePair<string, string>(key, name + "_" + StableHash(key)));
                }
            }
        }

        return keepers.Concat(suffixed).ToArray();
    }

    /// <summary>FNV-1a over the UTF-16 code units, 24 bits in hex: the same on every machine and every run.</summary>
    private static string StableHash(string key)
    {
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (hash & 0xFFFFFF).ToString("X6", CultureInfo.InvariantCulture);
    }
}
