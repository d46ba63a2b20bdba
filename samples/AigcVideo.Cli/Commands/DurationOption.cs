using System.CommandLine;
using System.CommandLine.Parsing;

namespace AigcVideo.Cli.Commands;

/// <summary>Options that take a duration as people type it (500ms, 2s, 10m), checked at parse time.</summary>
internal static class DurationOption
{
    // The simulator and the query API both forget a task after 3 days, so longer waits are pointless.
    private static readonly TimeSpan Longest = TimeSpan.FromDays(3);

    public static Option<TimeSpan?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "duration",
        CustomParser = Parse,
    };

    private static TimeSpan? Parse(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DurationText.TryParse(text, out TimeSpan duration) && duration > TimeSpan.Zero && duration <= Longest)
        {
            return duration;
        }

        string name = result.Parent is OptionResult option ? option.Option.Name : "duration";
        result.AddError($"{name} must be a positive duration of at most 3 days, such as 500ms, 2s, 10m or 1h (got '{text}').");
        return null;
    }
}
