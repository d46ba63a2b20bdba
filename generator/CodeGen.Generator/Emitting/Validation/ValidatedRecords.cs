using System.Collections.Generic;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting.Validation;

/// <summary>
/// The records that have something to check: a constraint or a required reference member, declared or inherited, or a
/// member (directly, or as array items or map values) of a record that has; and the bases of such records, because a
/// value typed as the base may hold one. Only these implement <c>IValidatable</c>; a record outside the set gets no
/// validation file, and no check walks into it, since no value of it can break a rule.
/// </summary>
internal sealed class ValidatedRecords
{
    private readonly HashSet<string> _names;

    private ValidatedRecords(HashSet<string> names) => _names = names;

    /// <summary>No record has checks: for code that never reaches a record (tests of single values).</summary>
    public static ValidatedRecords None { get; } = new(new HashSet<string>());

    /// <summary>Whether the record named <paramref name="recordName"/> implements <c>IValidatable</c>.</summary>
    public bool Contains(string recordName) => _names.Contains(recordName);

    /// <summary>
    /// The least fixpoint over the records' references: records with checks of their own seed the set, then every
    /// record that refers to a member of the set, and every base of one, joins it. Cycles with no check anywhere stay out.
    /// </summary>
    public static ValidatedRecords Of(IEnumerable<ObjectSpec> records)
    {
        var names = new HashSet<string>();
        var pending = new Stack<string>();
        // Who depends on each record, so a record joining the set wakes exactly the records that depend on it.
        var referrers = new Dictionary<string, List<string>>();
        foreach (ObjectSpec record in records)
        {
            bool checksItself = false;
            // A derived record re-implements IValidatable and checks its inherited members with its own.
            foreach (PropertySpec property in System.Linq.Enumerable.Concat(record.InheritedProperties, record.Properties))
            {
                if (property.IsReadOnly)
                {
                    continue;
                }

                checksItself |= RecordValidationEmitter.ChecksRequired(property) || ValueChecks.Needed(property.Type, property.Constraints, None) || property.FixedValue is not null;
                if (ReferencedRecord(property.Type) is { } referenced)
                {
                    AddReferrer(referrers, referenced, record.Name);
                }
            }

            foreach (DerivedTypeSpec derived in record.DerivedTypes)
            {
                AddReferrer(referrers, derived.Name, record.Name);
            }

            if (checksItself && names.Add(record.Name))
            {
                pending.Push(record.Name);
            }
        }

        while (pending.Count > 0)
        {
            if (!referrers.TryGetValue(pending.Pop(), out List<string>? dependents))
            {
                continue;
            }

            foreach (string dependent in dependents)
            {
                if (names.Add(dependent))
                {
                    pending.Push(dependent);
                }
            }
        }

        return new ValidatedRecords(names);
    }

    private static void AddReferrer(Dictionary<string, List<string>> referrers, string record, string dependent)
    {
        if (!referrers.TryGetValue(record, out List<string>? list))
        {
            referrers[record] = list = new List<string>();
        }

        list.Add(dependent);
    }

    /// <summary>The record a member's checks would walk into: the type itself, or its (nested) items or map values.</summary>
    private static string? ReferencedRecord(TypeRefSpec type)
    {
        TypeRefSpec current = type;
        while (current.Kind is TypeKind.Array or TypeKind.Map && current.Element is { } element)
        {
            current = element;
        }

        return current.Kind == TypeKind.Object ? current.Name : null;
    }
}
