using System.Globalization;

namespace CodeGen.Generator.Emitting.Validation;

/// <summary>
/// Names the locals of generated checks, and knows which records they may walk into. Inside a client method the names start with <c>__</c>, which no name taken
/// from a document can produce, so they never clash with the method's parameters.
/// </summary>
internal sealed class CheckNames
{
    private readonly string _prefix;
    private int _next;

    public CheckNames(string collector, string prefix, ValidatedRecords records)
    {
        Collector = collector;
        _prefix = prefix;
        Records = records;
    }

    /// <summary>The expression of the <c>ValidationCollector</c>.</summary>
    public string Collector { get; }

    /// <summary>The records a check may walk into; the others have nothing to check.</summary>
    public ValidatedRecords Records { get; }

    /// <summary>A fresh local name such as <c>value3</c>.</summary>
    public string Next(string stem) => _prefix + stem + (++_next).ToString(CultureInfo.InvariantCulture);
}
