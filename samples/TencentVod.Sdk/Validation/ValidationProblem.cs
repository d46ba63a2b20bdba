using CodeGen.Runtime.Validation;

namespace TencentVod.Sdk
{
    /// <summary>One broken rule in a request.</summary>
    /// <param name="Field">The JSON path of the field at fault, e.g. <c>$.output_config.duration</c> or <c>$.file_infos[1].usage</c>.</param>
    /// <param name="Message">What is wrong and what is allowed, naming the model and version for per-model rules.</param>
    /// <param name="Rule">
    /// The JSON Schema keyword for a constraint of the OpenAPI document (<c>maxLength</c>, <c>maximum</c>, …), or
    /// <see cref="ModelRule"/> for a rule of the reference the document can only state in prose.
    /// </param>
    /// <param name="Limit">The document's limit for a keyword, e.g. <c>50</c>; <see langword="null"/> otherwise.</param>
    public sealed record ValidationProblem(string Field, string Message, string Rule = ValidationProblem.ModelRule, string? Limit = null)
    {
        /// <summary>The <see cref="Rule"/> of the SDK's own per-model and cross-field rules.</summary>
        public const string ModelRule = "aigc-video";

        /// <summary>A constraint of the OpenAPI document, as the generated validation reports it.</summary>
        /// <param name="error">The generated validation's error.</param>
        public static ValidationProblem FromSpec(ValidationError error)
            => new(error.Path, error.Message, error.Rule, error.Limit);

        /// <summary><c>Field: Message</c>.</summary>
        public override string ToString() => $"{Field}: {Message}";
    }
}
