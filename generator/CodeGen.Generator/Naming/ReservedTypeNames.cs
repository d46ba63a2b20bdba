using System.Collections.Generic;

namespace CodeGen.Generator.Naming;

/// <summary>
/// Names a generated type cannot take because the type itself has a member of that name (CS0542): the members
/// the compiler synthesizes for records and inherits from object, and those every open enum struct declares.
/// </summary>
internal static class ReservedTypeNames
{
    public static IEnumerable<string> For(string clientName)
        => new[]
        {
            clientName, clientName + "Options", clientName + "JsonTypeInfoResolver",
            "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
            "EqualityContract", "PrintMembers", "Deconstruct", "Clone",
            "Value", "IsKnown", "KnownValues",
        };
}
