using System;
using System.Collections.Generic;
using System.Linq;

namespace CodeGen.Runtime.Validation;

/// <summary>
/// A request breaks constraints of the API description (lengths, ranges, patterns, formats, required members).
/// It lists every broken constraint, and nothing was sent. Turn the check off with
/// <see cref="ApiClientOptions.ValidateRequests"/> when the server is known to accept more than the description says.
/// </summary>
public class RequestValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">Every broken constraint; at least one.</param>
    public RequestValidationException(IReadOnlyList<ValidationError> errors)
        : this(errors, Describe(errors))
    {
    }

    /// <summary>Creates the exception with a message of the caller's own.</summary>
    /// <param name="errors">Every broken constraint; at least one.</param>
    /// <param name="message">What went wrong, for people.</param>
    protected RequestValidationException(IReadOnlyList<ValidationError> errors, string message)
        : base(message)
    {
        if (errors is null || errors.Count == 0)
        {
            throw new ArgumentException("A validation exception needs at least one error.", nameof(errors));
        }

        Errors = errors;
    }

    /// <summary>Every broken constraint, in the order the request was walked.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>The text listing <paramref name="errors"/>, one per line, for messages of derived exceptions.</summary>
    /// <param name="errors">The errors to list.</param>
    protected static string ListOf(IReadOnlyList<ValidationError> errors)
        => string.Join(Environment.NewLine, (errors ?? Array.Empty<ValidationError>()).Select(e => "- " + e));

    private static string Describe(IReadOnlyList<ValidationError> errors)
        => errors is null || errors.Count == 0
            ? "The request is invalid."
            : $"The request breaks {errors.Count} constraint(s) of the API description; nothing was sent:{Environment.NewLine}{ListOf(errors)}";
}
