namespace AigcVideo.Cli;

/// <summary>
/// A configuration problem found after parsing (e.g. no API key for a remote gateway). It is reported like a parse
/// error and exits with <see cref="ExitCodes.UsageError"/>, because the user has to change how the CLI is invoked.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
