namespace AigcVideo.Cli.Tests;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("2s", 2_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("10m", 600_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("3", 3_000)]
    [InlineData("00:00:02", 2_000)]
    [InlineData(" 2S ", 2_000)]
    public void Parses_what_people_type(string text, int milliseconds)
    {
        Assert.True(DurationText.TryParse(text, out TimeSpan duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("soon")]
    [InlineData("1e400s")]
    [InlineData("NaN")]
    public void Rejects_nonsense(string text) => Assert.False(DurationText.TryParse(text, out _));

    [Theory]
    [InlineData(300, "300ms")]
    [InlineData(1_000, "1s")]
    [InlineData(1_500, "1.5s")]
    [InlineData(600_000, "10m")]
    [InlineData(7_200_000, "2h")]
    public void Formats_the_way_it_parses(int milliseconds, string expected)
    {
        Assert.Equal(expected, DurationText.Format(TimeSpan.FromMilliseconds(milliseconds)));
        Assert.True(DurationText.TryParse(expected, out TimeSpan back));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), back);
    }
}
