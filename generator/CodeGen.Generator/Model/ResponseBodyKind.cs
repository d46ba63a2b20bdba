namespace CodeGen.Generator.Model;

/// <summary>How a success body is handed to the caller.</summary>
internal enum ResponseBodyKind
{
    /// <summary>Read as JSON into <see cref="SuccessResponseSpec.Type"/>.</summary>
    Json,

    /// <summary>Handed over unread as a <c>Stream</c> the caller disposes.</summary>
    Stream,

    /// <summary>Read as a <c>string</c>.</summary>
    Text,
}
