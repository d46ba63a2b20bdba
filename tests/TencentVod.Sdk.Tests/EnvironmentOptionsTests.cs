namespace TencentVod.Sdk.Tests;

/// <summary>Reads the process environment, so these tests run one at a time and restore what they change.</summary>
[Collection(nameof(EnvironmentOptionsTests))]
public sealed class EnvironmentOptionsTests : IDisposable
{
    private readonly string? _key = Environment.GetEnvironmentVariable(TencentVodOptions.ApiKeyVariable);
    private readonly string? _url = Environment.GetEnvironmentVariable(TencentVodOptions.BaseUrlVariable);

    [Fact]
    public void The_key_and_address_come_from_the_environment()
    {
        Environment.SetEnvironmentVariable(TencentVodOptions.ApiKeyVariable, "  from-env  ");
        Environment.SetEnvironmentVariable(TencentVodOptions.BaseUrlVariable, "http://127.0.0.1:9/");

        TencentVodOptions options = TencentVodOptions.FromEnvironment();

        Assert.Equal("from-env", options.ApiKey);
        Assert.Equal(new Uri("http://127.0.0.1:9/"), options.BaseAddress);
    }

    [Fact]
    public void A_missing_key_is_reported_when_validated_not_when_read()
    {
        Environment.SetEnvironmentVariable(TencentVodOptions.ApiKeyVariable, null);
        Environment.SetEnvironmentVariable(TencentVodOptions.BaseUrlVariable, null);

        TencentVodOptions options = TencentVodOptions.FromEnvironment();

        Assert.Null(options.BaseAddress);
        Assert.Throws<ArgumentException>(() => options.Validate());
    }

    [Fact]
    public void A_malformed_address_variable_is_rejected_naming_the_variable()
    {
        Environment.SetEnvironmentVariable(TencentVodOptions.BaseUrlVariable, "not a url");

        ArgumentException error = Assert.Throws<ArgumentException>(TencentVodOptions.FromEnvironment);

        Assert.Equal(TencentVodOptions.BaseUrlVariable, error.ParamName);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(TencentVodOptions.ApiKeyVariable, _key);
        Environment.SetEnvironmentVariable(TencentVodOptions.BaseUrlVariable, _url);
    }
}
