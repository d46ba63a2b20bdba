using System;

namespace CodeGen.Runtime.Validation;

/// <summary>One constraint of the API description that a request breaks.</summary>
public sealed class ValidationError
{
    /// <summary>Creates the error.</summary>
    /// <param name="path">Where the value sits in the request, as a JSON path such as <c>$.file_infos[2].url</c>.</param>
    /// <param name="rule">The JSON Schema keyword broken, such as <c>maxLength</c>, or a name for a rule of the caller's own.</param>
    /// <param name="message">What the rule asks, for people; it never repeats the value itself.</param>
    /// <param name="limit">The limit as the API description writes it, such as <c>50</c>; <see langword="null"/> when the rule has none.</param>
    public ValidationError(string path, string rule, string message, string? limit = null)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Rule = rule ?? throw new ArgumentNullException(nameof(rule));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Limit = limit;
    }

    /// <summary>Where the value sits in the request, as a JSON path such as <c>$.file_infos[2].url</c>.</summary>
    public string Path { get; }

    /// <summary>The JSON Schema keyword broken, such as <c>maxLength</c>, <c>minimum</c> or <c>required</c>.</summary>
    public string Rule { get; }

    /// <summary>What the rule asks, for people.</summary>
    public string Message { get; }

    /// <summary>The limit as the API description writes it, such as <c>50</c>, or <see langword="null"/>.</summary>
    public string? Limit { get; }

    /// <summary><c>Path: Message</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
