using System;
using System.Collections.Generic;

namespace TencentVod.Sdk
{
    // The per-model rules the spec can only state in prose, checked before anything is sent.
    public sealed partial class AigcVideoClient
    {
        /// <summary>
        /// Checks <paramref name="request"/> against the constraints of the OpenAPI document and the per-model rules of
        /// the reference (last frame, scene type, duration, resolution, aspect ratio, model-only switches); see
        /// <see cref="AigcVideoRequestValidator"/>. <c>CreateTaskAsync</c> and <c>CreateAndWaitAsync</c> call it unless
        /// <see cref="AigcVideoTaskOptions.BypassValidation"/> is set.
        /// </summary>
        /// <param name="request">The request to check.</param>
        /// <exception cref="AigcVideoValidationException">At least one rule is broken; it lists all of them.</exception>
        public static void Validate(CreateAigcVideoTaskRequest request)
        {
            IReadOnlyList<ValidationProblem> problems = AigcVideoRequestValidator.Check(request ?? throw new ArgumentNullException(nameof(request)));
            if (problems.Count > 0)
            {
                throw new AigcVideoValidationException(problems);
            }
        }
    }
}
