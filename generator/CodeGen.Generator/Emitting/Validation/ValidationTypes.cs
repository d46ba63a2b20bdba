namespace CodeGen.Generator.Emitting.Validation;

/// <summary>Fully qualified names of the runtime's validation types.</summary>
internal static class ValidationTypes
{
    public const string IValidatable = "global::CodeGen.Runtime.Validation.IValidatable";
    public const string Collector = "global::CodeGen.Runtime.Validation.ValidationCollector";
    public const string Rules = "global::CodeGen.Runtime.Validation.ValidationRules";
    public const string JsonPath = "global::CodeGen.Runtime.Validation.JsonPath";
}
