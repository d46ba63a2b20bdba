using System;
using System.Collections.Generic;

namespace CodeGen.Runtime.Json;

/// <summary>The member names of one object variant of a union, used to recognise a JSON object that carries no discriminator.</summary>
public sealed class ObjectShape
{
    /// <summary>Describes an object variant.</summary>
    /// <param name="required">The members the variant requires.</param>
    /// <param name="known">Every member the variant declares.</param>
    public ObjectShape(string[] required, string[] known)
    {
        Required = required ?? throw new ArgumentNullException(nameof(required));
        Known = new HashSet<string>(known ?? throw new ArgumentNullException(nameof(known)), StringComparer.Ordinal);
    }

    internal string[] Required { get; }

    internal HashSet<string> Known { get; }
}
