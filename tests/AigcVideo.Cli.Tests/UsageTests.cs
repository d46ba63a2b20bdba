using AigcVideo.Cli.Targets;

namespace AigcVideo.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public async Task Base_url_without_the_api_key_exits_2_and_names_the_variable()
    {
        CliResult result = await Cli.RunAsync(["--base-url", "https://gateway.example/"]);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.ToString());
        Assert.Contains(ApiKey.EnvironmentVariable, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Status_with_base_url_and_no_api_key_exits_2()
    {
        CliResult result = await Cli.RunAsync(["status", "some-task", "--base-url", "https://gateway.example/", "--json"]);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.ToString());
        Assert.Contains(ApiKey.EnvironmentVariable, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--base-url", "not a url")]
    [InlineData("--base-url", "ftp://gateway.example/")]
    [InlineData("--poll-interval", "0")]
    [InlineData("--poll-interval", "soon")]
    [InlineData("--timeout", "-5s")]
    [InlineData("--duration", "five")]
    [InlineData("--priority", "high")]
    [InlineData("--no-such-option", "x")]
    [InlineData("--max-poll-interval", "never")]
    [InlineData("--wait", "--no-wait")]
    [InlineData("--no-wait", "--download")]
    [InlineData("--first-frame", "no-such-image.png")]
    public async Task Bad_arguments_exit_2_before_anything_is_started(string option, string value)
    {
        CliResult result = await Cli.RunAsync([option, value]);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.ToString());
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Help_lists_the_options_and_exits_0()
    {
        CliResult result = await Cli.RunAsync(["--help"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        foreach (string option in new[] { "--model", "--model-version", "--prompt", "--negative-prompt", "--resolution", "--aspect-ratio", "--duration", "--session-id", "--priority", "--no-wait", "--poll-interval", "--timeout", "--base-url", "--json",
                 "--first-frame", "--reference-image", "--last-frame", "--audio", "--wait", "--download", "--output", "--skip-validation", "--max-poll-interval" })
        {
            Assert.Contains(option, result.Output, StringComparison.Ordinal);
        }

        foreach (string command in new[] { "create", "status", "wait", "download" })
        {
            Assert.Contains(command, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("5 rate limited", result.Output, StringComparison.Ordinal);
    }
}
