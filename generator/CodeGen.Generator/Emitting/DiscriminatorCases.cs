using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// The cases of a switch on a discriminator value, shared by unions and polymorphic records: one group of labels per
/// target, each value given to the first target that claims it, so a value listed twice never makes a duplicate case.
/// </summary>
internal static class DiscriminatorCases
{
    /// <param name="writer">Positioned inside the switch block.</param>
    /// <param name="targets">Each target's values, and the statements its case runs (ending in a return).</param>
    public static void Write(SourceWriter writer, IEnumerable<(EquatableArray<string> Values, string[] Statements)> targets)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach ((EquatableArray<string> values, string[] statements) in targets)
        {
            List<string> claimed = values.Where(seen.Add).ToList();
            if (claimed.Count == 0)
            {
                continue;
            }

            foreach (string value in claimed)
            {
                writer.WriteLine($"case {CSharpLiteral.Quote(value)}:");
            }

            writer.Indentation++;
            foreach (string statement in statements)
            {
                writer.WriteLine(statement);
            }

            writer.Indentation--;
        }
    }
}
