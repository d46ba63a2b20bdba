namespace TencentVod.Sdk.Tests;

/// <summary>Settings that cannot work fail when the client is created, with a message that names the setting.</summary>
public sealed class TencentVodOptionsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_key_is_rejected_naming_the_environment_variable(string key)
    {
        var options = new TencentVodOptions { ApiKey = key };

        ArgumentException error = Assert.Throws<ArgumentException>(() => options.Validate());

        Assert.Equal(nameof(TencentVodOptions.ApiKey), error.ParamName);
        Assert.Contains(TencentVodOptions.ApiKeyVariable, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://gateway.example/")]
    [InlineData("file:///etc/passwd")]
    public void A_base_address_that_is_not_http_is_rejected(string address)
    {
        var options = new TencentVodOptions { ApiKey = "k", BaseAddress = new Uri(address) };

        ArgumentException error = Assert.Throws<ArgumentException>(() => options.ToClientOptions());

        Assert.Equal(nameof(TencentVodOptions.BaseAddress), error.ParamName);
    }

    [Fact]
    public void A_non_positive_body_limit_is_rejected()
    {
        var options = new TencentVodOptions { ApiKey = "k", MaxResponseBodyBytes = 0 };

        Assert.Equal(nameof(TencentVodOptions.MaxResponseBodyBytes), Assert.Throws<ArgumentException>(() => options.Validate()).ParamName);
    }

    [Fact]
    public void Client_options_carry_the_address_the_limit_and_a_bearer_token()
    {
        var options = new TencentVodOptions { ApiKey = " secret ", BaseAddress = new Uri("https://gateway.example/"), MaxResponseBodyBytes = 1024 };

        AigcVideoClientOptions client = options.ToClientOptions();

        Assert.Equal(new Uri("https://gateway.example/"), client.BaseAddress);
        Assert.Equal(1024, client.MaxResponseBodyBytes);
        Assert.NotNull(client.AccessTokenProvider);
    }

    [Fact]
    public void Without_an_address_the_client_uses_the_spec_default_gateway()
    {
        using var http = new HttpClient();

        AigcVideoClient client = AigcVideoClient.Create(new TencentVodOptions { ApiKey = "k" }, http);

        Assert.Equal(AigcVideoClient.DefaultBaseAddress, client.BaseAddress);
        Assert.Equal("https://api.fast-token.com/", client.BaseAddress.ToString());
    }

    [Fact]
    public void The_factory_rejects_null_arguments()
    {
        using var http = new HttpClient();

        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => AigcVideoClient.Create(null!, http)).ParamName);
        Assert.Equal("httpClient", Assert.Throws<ArgumentNullException>(() => AigcVideoClient.Create(new TencentVodOptions { ApiKey = "k" }, null!)).ParamName);
    }
}
