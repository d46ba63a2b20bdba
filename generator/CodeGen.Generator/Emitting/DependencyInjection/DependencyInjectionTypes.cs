namespace CodeGen.Generator.Emitting.DependencyInjection;

/// <summary>Fully qualified names of the Microsoft.Extensions types the service registration uses.</summary>
internal static class DependencyInjectionTypes
{
    public const string ActionOf = "global::System.Action";
    public const string IServiceProvider = "global::System.IServiceProvider";
    public const string IServiceCollection = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
    public const string IHttpClientBuilder = "global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder";
    public const string HttpClientFactoryServiceCollectionExtensions = "global::Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";
    public const string OptionsServiceCollectionExtensions = "global::Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions";
    public const string ServiceProviderServiceExtensions = "global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions";
    public const string IOptionsOf = "global::Microsoft.Extensions.Options.IOptions";
    public const string ILoggerFactory = "global::Microsoft.Extensions.Logging.ILoggerFactory";
}
