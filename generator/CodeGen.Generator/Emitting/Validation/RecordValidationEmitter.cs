using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting.Validation;

/// <summary>
/// Writes <c>{Type}.Validation.g.cs</c>: the record's explicit <c>IValidatable</c> implementation, which checks each
/// member's constraints and required-ness at <c>path.member</c> and recurses into nested records, arrays and maps.
/// Only records in <see cref="ValidatedRecords"/> get one: the others have nothing to check.
/// </summary>
internal static class RecordValidationEmitter
{
    public static string Emit(ObjectSpec spec, string @namespace, ValidatedRecords records)
        => GeneratedFileLayout.Write(@namespace, writer =>
        {
            // Every part agrees with the record's main part: a base stays open.
            using (writer.Block($"public {(spec.IsSealed ? "sealed " : string.Empty)}partial record {spec.Name} : {ValidationTypes.IValidatable}"))
            {
                writer.WriteLine($"/// <summary>Adds every constraint of the <c>{XmlDocs.Escape(spec.SchemaPath)}</c> schema that this value breaks.</summary>");
                writer.WriteLine("/// <param name=\"collector\">Receives the errors.</param>");
                writer.WriteLine("/// <param name=\"path\">The JSON path of this value.</param>");
                using (writer.Block($"void {ValidationTypes.IValidatable}.CollectViolations({ValidationTypes.Collector} collector, string path)"))
                {
                    var names = new CheckNames("collector", prefix: string.Empty, records);
                    bool first = true;
                    // A derived record re-implements the interface, so it checks its inherited members too.
                    foreach (PropertySpec property in System.Linq.Enumerable.Concat(spec.InheritedProperties, spec.Properties))
                    {
                        if (WriteMember(writer, property, names, separate: !first, @namespace))
                        {
                            first = false;
                        }
                    }
                }
            }
        }, GeneratedFileLayout.AllowObsoleteUse);

    /// <summary>Whether a missing value of the member is an error of its own: a required reference that may not be null.</summary>
    public static bool ChecksRequired(PropertySpec property)
        => property.IsRequired && !property.IsNullable && !property.Type.IsValueType;

    /// <summary>Writes the checks of one member, after a blank line when <paramref name="separate"/>; whether it wrote any.</summary>
    private static bool WriteMember(SourceWriter writer, PropertySpec property, CheckNames names, bool separate, string @namespace)
    {
        // The server fills read-only members; a request carries them only by accident and they are never written.
        if (property.IsReadOnly)
        {
            return false;
        }

        bool checksRequired = ChecksRequired(property);
        bool checksValue = ValueChecks.Needed(property.Type, property.Constraints, names.Records) || property.FixedValue is not null;
        if (!checksRequired && !checksValue)
        {
            return false;
        }

        if (separate)
        {
            writer.WriteLine();
        }

        string member = "this." + property.Name;
        string path = $"{ValidationTypes.JsonPath}.Member(path, {CSharpLiteral.Quote(property.JsonName)})";
        bool mayBeNull = property.IsNullable || !property.IsRequired || !property.Type.IsValueType;
        if (!mayBeNull)
        {
            WriteValueChecks(writer, property, member, CheckPath.Computed(path), names, @namespace);
            return true;
        }

        if (!checksValue)
        {
            // Only its presence is checked: a required reference.
            using (writer.Block($"if ({member} is null)"))
            {
                writer.WriteLine($"{ValidationTypes.Rules}.Required(collector, {path});");
            }

            return true;
        }

        string value = names.Next("value");
        using (writer.Block($"if ({member} is {{ }} {value})"))
        {
            WriteValueChecks(writer, property, value, CheckPath.Computed(path), names, @namespace);
        }

        if (checksRequired)
        {
            using (writer.Block("else"))
            {
                writer.WriteLine($"{ValidationTypes.Rules}.Required(collector, {path});");
            }
        }

        return true;
    }

    private static void WriteValueChecks(SourceWriter writer, PropertySpec property, string value, CheckPath path, CheckNames names, string @namespace)
    {
        ValueChecks.Write(writer, property.Type, property.Constraints, value, path, names);
        WriteFixedValueCheck(writer, property, value, path, @namespace);
    }

    /// <summary><c>const</c> (or an enum of one value): the member holds exactly that value.</summary>
    private static void WriteFixedValueCheck(SourceWriter writer, PropertySpec property, string value, CheckPath path, string @namespace)
    {
        if (property.FixedValue is { } fixedValue)
        {
            string literal = CSharpLiteral.Of(fixedValue, property.Type, @namespace);
            ValueChecks.WriteWhenBroken(writer, $"!{value}.Equals({literal})", $"{ValidationTypes.Rules}.Const(collector, {path.OnFailure}, {CSharpLiteral.Quote(fixedValue.WireText)});");
        }
    }
}
