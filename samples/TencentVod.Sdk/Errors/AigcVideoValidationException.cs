using System;
using System.Collections.Generic;
using System.Linq;

namespace TencentVod.Sdk
{
    /// <summary>
    /// A request breaks the rules of the aigc-video API: constraints of the OpenAPI document (lengths, ranges, counts,
    /// checked by the generated validation) or per-model rules the document can only describe in prose (last frame,
    /// scene type, duration, resolution, …). Lists every problem at once, each with its JSON path. Nothing was sent.
    /// When the service's rules have moved ahead of the SDK's, set <see cref="AigcVideoTaskOptions.BypassValidation"/>.
    /// </summary>
    public sealed class AigcVideoValidationException : AigcVideoException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="problems">What is wrong; at least one.</param>
        public AigcVideoValidationException(IReadOnlyList<ValidationProblem> problems)
            : base(Describe(problems))
        {
            Problems = problems;
        }

        /// <summary>Every problem found, in field order.</summary>
        public IReadOnlyList<ValidationProblem> Problems { get; }

        private static string Describe(IReadOnlyList<ValidationProblem> problems)
        {
            if (problems is null || problems.Count == 0)
            {
                throw new ArgumentException("A validation exception needs at least one problem.", nameof(problems));
            }

            string lines = string.Join(Environment.NewLine, problems.Select(p => "- " + p));
            return $"The request breaks {problems.Count} rule(s) of the aigc-video API (set {nameof(AigcVideoTaskOptions)}.{nameof(AigcVideoTaskOptions.BypassValidation)} if the service now allows it):{Environment.NewLine}{lines}";
        }
    }
}
