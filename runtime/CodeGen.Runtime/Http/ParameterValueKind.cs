namespace CodeGen.Runtime.Http;

/// <summary>The shapes of a <see cref="ParameterValue"/>.</summary>
public enum ParameterValueKind
{
    /// <summary>A string, number, boolean, date or similar single value.</summary>
    Primitive,

    /// <summary>An array.</summary>
    Array,

    /// <summary>An object: a record or a map.</summary>
    Object,
}
