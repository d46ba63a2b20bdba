using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// The parts of a base record's converter that hand a value to a derived record's converter: reading looks the
/// discriminator up on a copy of the reader (so it may come after other members) and reads the derived record it
/// names; writing writes the derived record the value holds, deepest type first.
/// </summary>
internal static class PolymorphicDispatchEmitter
{
    private const string DiscriminatorField = "s_discriminator";

    /// <summary>The encoded discriminator name, when the converter dispatches on read.</summary>
    public static void WriteDiscriminatorName(SourceWriter writer, ObjectSpec spec)
    {
        if (spec.DiscriminatorProperty is { } property)
        {
            writer.WriteLine($"private static readonly {KnownTypes.JsonEncodedText} {DiscriminatorField} = {KnownTypes.JsonEncodedText}.Encode({CSharpLiteral.Quote(property)});");
            writer.WriteLine();
        }
    }

    /// <summary>At the start of <c>Read</c>: returns the derived record the discriminator names.</summary>
    public static void WriteReadDispatch(SourceWriter writer, ObjectSpec spec, string @namespace)
    {
        if (spec.DiscriminatorProperty is null)
        {
            return;
        }

        writer.WriteLine("// The reader is passed by value: the copy looks ahead, this one stays on the object's start.");
        using (writer.Block($"switch ({KnownTypes.UnionReading}.FindDiscriminator(reader, {DiscriminatorField}.EncodedUtf8Bytes))"))
        {
            // A value is given to the first (deepest) derived type that claims it.
            DiscriminatorCases.Write(writer, spec.DerivedTypes.Select(derived => (derived.DiscriminatorValues, new[]
            {
                $"return {CSharpTypeNames.ConverterOf(derived.Name, @namespace)}.Instance.Read(ref reader, typeof({CSharpTypeNames.Qualified(derived.Name, @namespace)}), options)!;",
            })));
        }

        writer.WriteLine();
        writer.WriteLine("// No value, or one no derived type claims (added to the API later, say): read as this type, the value kept in its member.");
    }

    /// <summary>After the null check of <c>Write</c>: writes a derived record with its own converter.</summary>
    public static void WriteWriteDispatch(SourceWriter writer, ObjectSpec spec, string @namespace)
    {
        foreach (DerivedTypeSpec derived in spec.DerivedTypes)
        {
            writer.WriteLine();
            using (writer.Block($"if (value is {CSharpTypeNames.Qualified(derived.Name, @namespace)} {Local(derived)})"))
            {
                writer.WriteLine($"{CSharpTypeNames.ConverterOf(derived.Name, @namespace)}.Instance.Write(writer, {Local(derived)}, options);");
                writer.WriteLine("return;");
            }
        }
    }

    private static string Local(DerivedTypeSpec derived) => "as" + derived.Name;
}
