using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Naming;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing.Operations;

/// <summary>
/// Groups operations into per-tag sub-clients. Each operation goes to its first tag; operations without a tag
/// stay on the main client. Groups come in the order their tags first appear among the operations, so names
/// and order are stable as long as the document's order is.
/// </summary>
internal static class TagGrouper
{
    /// <summary>The <c>CodeGen_GroupByTag</c> values.</summary>
    public static readonly string[] Modes = { "auto", "true", "false" };

    /// <summary>
    /// Whether to group: <c>true</c> groups whenever an operation has a tag, <c>false</c> never does, and
    /// <c>auto</c> (the default) groups when the operations span two or more tags.
    /// </summary>
    public static bool ShouldGroup(string mode, EquatableArray<OperationSpec> operations)
    {
        int tags = operations.Select(o => o.Tag).Where(t => t is not null).Distinct(StringComparer.Ordinal).Count();
        return mode switch
        {
            "true" => tags >= 1,
            "false" => false,
            _ => tags >= 2,
        };
    }

    /// <summary>The operations left on the main client and the groups, with names claimed from <paramref name="memberNames"/>.</summary>
    public static (EquatableArray<OperationSpec> Ungrouped, EquatableArray<OperationGroupSpec> Groups) Group(EquatableArray<OperationSpec> operations, OpenApiDocument document, NameScope memberNames)
    {
        var order = new List<string>();
        var byTag = new Dictionary<string, List<OperationSpec>>(StringComparer.Ordinal);
        var ungrouped = new List<OperationSpec>();
        foreach (OperationSpec operation in operations)
        {
            if (operation.Tag is not { } tag)
            {
                ungrouped.Add(operation);
                continue;
            }

            if (!byTag.TryGetValue(tag, out List<OperationSpec>? list))
            {
                byTag[tag] = list = new List<OperationSpec>();
                order.Add(tag);
            }

            list.Add(operation);
        }

        var groups = new List<OperationGroupSpec>();
        foreach (string tag in order)
        {
            string baseName = Identifiers.ToPascalCase(tag, "Tag");
            string property = memberNames.Claim(baseName);
            string className = memberNames.Claim(property + "Operations");
            string? description = document.Tags?.FirstOrDefault(t => t?.Name == tag)?.Description;
            groups.Add(new OperationGroupSpec(property, className, tag, description, byTag[tag].ToEquatableArray()));
        }

        return (ungrouped.ToEquatableArray(), groups.ToEquatableArray());
    }
}
