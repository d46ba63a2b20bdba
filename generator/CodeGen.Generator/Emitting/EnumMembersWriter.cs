using System;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// The parts string and integer open enums share: one static property per listed value, <c>KnownValues</c>, and
/// <c>IsKnown</c> as a switch over the wire value. Only the literal of a value differs between the two.
/// </summary>
internal static class EnumMembersWriter
{
    public static void WriteMembers(SourceWriter writer, EnumSpec spec, string name, Func<EnumMemberSpec, string> literal)
    {
        foreach (EnumMemberSpec member in spec.Members)
        {
            writer.WriteLine();
            // Through WriteTag: a wire value may hold line breaks, which must not end the comment.
            XmlDocs.WriteTag(writer, "summary", $"<c>{XmlDocs.Escape(member.Value)}</c>");
            writer.WriteLine($"public static {name} {member.Name} {{ get; }} = new {name}({literal(member)});");
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>Every value the OpenAPI document lists, in its order.</summary>");
        writer.WriteLine($"public static {KnownTypes.IReadOnlyListOf}<{name}> KnownValues {{ get; }} = new {name}[]");
        writer.WriteLine("{");
        writer.Indentation++;
        foreach (EnumMemberSpec member in spec.Members)
        {
            writer.WriteLine(member.Name + ",");
        }

        writer.Indentation--;
        writer.WriteLine("};");
    }

    public static void WriteIsKnown(SourceWriter writer, EnumSpec spec, string switchedValue, Func<EnumMemberSpec, string> literal)
    {
        writer.WriteLine("/// <summary>Whether the OpenAPI document lists this value.</summary>");
        using (writer.Block("public bool IsKnown"))
        {
            using (writer.Block("get"))
            {
                using (writer.Block($"switch ({switchedValue})"))
                {
                    foreach (EnumMemberSpec member in spec.Members)
                    {
                        writer.WriteLine($"case {literal(member)}:");
                    }

                    if (spec.Members.Count > 0)
                    {
                        writer.Indentation++;
                        writer.WriteLine("return true;");
                        writer.Indentation--;
                    }

                    writer.WriteLine("default:");
                    writer.Indentation++;
                    writer.WriteLine("return false;");
                    writer.Indentation--;
                }
            }
        }
    }
}
