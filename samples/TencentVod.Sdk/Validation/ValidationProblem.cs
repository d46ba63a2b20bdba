namespace TencentVod.Sdk
{
    /// <summary>One broken rule in a request.</summary>
    /// <param name="Field">The C# path of the field at fault, e.g. <c>OutputConfig.Duration</c> or <c>FileInfos[1].Usage</c>.</param>
    /// <param name="Message">What is wrong and what is allowed, naming the model and version.</param>
    public sealed record ValidationProblem(string Field, string Message)
    {
        /// <summary><c>Field: Message</c>.</summary>
        public override string ToString() => $"{Field}: {Message}";
    }
}
