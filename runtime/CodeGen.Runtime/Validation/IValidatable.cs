namespace CodeGen.Runtime.Validation;

/// <summary>
/// A generated model that knows the constraints its OpenAPI schema places on it. Generated records implement it
/// explicitly, so the method never clashes with a member named after the document.
/// </summary>
public interface IValidatable
{
    /// <summary>Adds every constraint this value breaks, nested values included, to <paramref name="collector"/>.</summary>
    /// <param name="collector">Receives the errors.</param>
    /// <param name="path">The JSON path of this value, <c>$</c> for a whole request body.</param>
    void CollectViolations(ValidationCollector collector, string path);
}
