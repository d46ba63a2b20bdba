namespace CodeGen.Generator.Emitting.Validation;

/// <summary>
/// The JSON path of a checked value, as generated code gets it. A valid request must cost no strings, so a computed
/// path (<c>JsonPath.Member(path, "name")</c>) is built only inside a check that already failed; a check that
/// always needs it (a pattern, a nested record, the items of an array) first stores it in a local, once.
/// </summary>
internal sealed class CheckPath
{
    private string _expression;
    private bool _isComputed;

    private CheckPath(string expression, bool isComputed)
    {
        _expression = expression;
        _isComputed = isComputed;
    }

    /// <summary>A path still to be built, such as <c>JsonPath.Member(path, "name")</c>.</summary>
    public static CheckPath Computed(string expression) => new(expression, isComputed: true);

    /// <summary>A path that costs nothing to pass: a string literal or a local that holds it already.</summary>
    public static CheckPath Ready(string expression) => new(expression, isComputed: false);

    /// <summary>The expression for code that runs only after a check failed.</summary>
    public string OnFailure => _expression;

    /// <summary>The expression for code that runs whatever the value; writes the local the first time it is needed.</summary>
    public string Always(SourceWriter writer, CheckNames names)
    {
        if (_isComputed)
        {
            string local = names.Next("path");
            writer.WriteLine($"string {local} = {_expression};");
            _expression = local;
            _isComputed = false;
        }

        return _expression;
    }
}
