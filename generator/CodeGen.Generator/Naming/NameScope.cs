using System;
using System.Collections.Generic;

namespace CodeGen.Generator.Naming;

/// <summary>
/// Hands out unique names within one C# scope. The first claimant keeps a name; later ones get a number,
/// so the order of claims must be stable for the output to be stable.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    public NameScope(IEnumerable<string>? reserved = null, bool ignoreCase = false)
    {
        _taken = new HashSet<string>(reserved ?? Array.Empty<string>(), ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    }

    public string Claim(string preferred)
    {
        if (_taken.Add(preferred))
        {
            return preferred;
        }

        for (int suffix = 2; ; suffix++)
        {
            string candidate = preferred + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    public bool IsTaken(string name) => _taken.Contains(name);
}
