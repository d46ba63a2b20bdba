using System;
using System.Collections.Generic;

namespace CodeGen.Runtime.Validation;

/// <summary>Gathers the errors of one request, so that all of them are reported together.</summary>
public sealed class ValidationCollector
{
    // Made at the first error: a valid request, the common case, allocates no list.
    private List<ValidationError>? _errors;

    /// <summary>The errors so far, in the order they were found.</summary>
    public IReadOnlyList<ValidationError> Errors => (IReadOnlyList<ValidationError>?)_errors ?? Array.Empty<ValidationError>();

    /// <summary>Whether at least one error was found.</summary>
    public bool HasErrors => _errors is { Count: > 0 };

    /// <summary>Adds an error.</summary>
    /// <param name="error">The error.</param>
    public void Add(ValidationError error) => (_errors ??= new List<ValidationError>()).Add(error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Adds an error.</summary>
    /// <param name="path">Where the value sits, as a JSON path.</param>
    /// <param name="rule">The keyword broken.</param>
    /// <param name="message">What the rule asks.</param>
    /// <param name="limit">The limit as written in the API description, if any.</param>
    public void Add(string path, string rule, string message, string? limit = null) => Add(new ValidationError(path, rule, message, limit));

    /// <summary>Adds the errors of <paramref name="value"/> and everything it holds; nothing for <see langword="null"/>.</summary>
    /// <param name="value">A generated model.</param>
    /// <param name="path">Its JSON path; <c>$</c> for a whole body.</param>
    public void Collect(IValidatable? value, string path = "$") => value?.CollectViolations(this, path);

    /// <summary>
    /// Adds the errors of <paramref name="value"/> when it has rules to check. A generated record implements
    /// <see cref="IValidatable"/> only when its schema, or a record it holds, constrains something; any other
    /// value has nothing that could break, so this adds nothing. Code that validates whatever it is given can call
    /// this without knowing which records have rules.
    /// </summary>
    /// <param name="value">Any value, usually a generated model.</param>
    /// <param name="path">Its JSON path; <c>$</c> for a whole body.</param>
    public void Collect(object? value, string path = "$") => (value as IValidatable)?.CollectViolations(this, path);

    /// <summary>Throws a <see cref="RequestValidationException"/> listing every error, if there is any.</summary>
    /// <exception cref="RequestValidationException">At least one error was found.</exception>
    public void ThrowIfAny()
    {
        if (_errors is { Count: > 0 })
        {
            throw new RequestValidationException(_errors.ToArray());
        }
    }
}
