using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting.DependencyInjection;

/// <summary>
/// Writes <c>services.Add{Client}(...)</c>: the client registered as an <c>IHttpClientFactory</c> typed client, its
/// options from the <c>IOptions</c> pipeline, its logger from the container. Emitted only when the consumer references
/// Microsoft.Extensions.Http, so clients of applications without dependency injection gain no dependency.
/// </summary>
internal static class ServiceRegistrationEmitter
{
    public static string TypeName(ApiSpec spec) => spec.Client.Name + "ServiceCollectionExtensions";

    public static string Emit(ApiSpec spec)
        => GeneratedFileLayout.Write(spec.Namespace, writer =>
        {
            string name = spec.Client.Name;
            string client = CSharpTypeNames.Qualified(name, spec.Namespace);
            string options = CSharpTypeNames.Qualified(name + "Options", spec.Namespace);
            writer.WriteLine($$"""
                /// <summary>Registers <see cref="{{client}}"/> in an <see cref="{{DependencyInjectionTypes.IServiceCollection}}"/>.</summary>
                public static partial class {{TypeName(spec)}}
                {
                    /// <summary>
                    /// Registers the client as a typed client of <c>IHttpClientFactory</c>, with its options configured by
                    /// <paramref name="configure"/> on top of any other configuration of <see cref="{{options}}"/>.
                    /// </summary>
                    /// <param name="services">The container.</param>
                    /// <param name="configure">Sets the server, credentials and limits.</param>
                    /// <returns>The client's HTTP builder, to add handlers such as <c>AddStandardResilienceHandler()</c>.</returns>
                    public static {{DependencyInjectionTypes.IHttpClientBuilder}} Add{{name}}(this {{DependencyInjectionTypes.IServiceCollection}} services, {{DependencyInjectionTypes.ActionOf}}<{{options}}> configure)
                    {
                        if (services is null)
                        {
                            throw new {{KnownTypes.ArgumentNullException}}(nameof(services));
                        }

                        if (configure is null)
                        {
                            throw new {{KnownTypes.ArgumentNullException}}(nameof(configure));
                        }

                        {{DependencyInjectionTypes.OptionsServiceCollectionExtensions}}.Configure(services, configure);
                        return Add{{name}}(services);
                    }

                    /// <summary>
                    /// Registers the client as a typed client of <c>IHttpClientFactory</c>, with the options bound elsewhere,
                    /// e.g. <c>services.Configure&lt;{{XmlDocs.Escape(name)}}Options&gt;(configuration.GetSection("{{XmlDocs.Escape(name)}}"))</c>.
                    /// </summary>
                    /// <param name="services">The container.</param>
                    /// <returns>The client's HTTP builder, to add handlers such as <c>AddStandardResilienceHandler()</c>.</returns>
                    public static {{DependencyInjectionTypes.IHttpClientBuilder}} Add{{name}}(this {{DependencyInjectionTypes.IServiceCollection}} services)
                    {
                        if (services is null)
                        {
                            throw new {{KnownTypes.ArgumentNullException}}(nameof(services));
                        }

                        // The container's logger factory unless the options name their own.
                        {{DependencyInjectionTypes.OptionsServiceCollectionExtensions}}.AddOptions<{{options}}>(services)
                            .PostConfigure<{{DependencyInjectionTypes.ILoggerFactory}}>(static (options, loggerFactory) => options.LoggerFactory ??= loggerFactory);
                        return {{DependencyInjectionTypes.HttpClientFactoryServiceCollectionExtensions}}.AddHttpClient<{{client}}, {{client}}>(
                            services,
                            static ({{KnownTypes.HttpClient}} httpClient, {{DependencyInjectionTypes.IServiceProvider}} serviceProvider) => new {{client}}(
                                httpClient,
                                {{DependencyInjectionTypes.ServiceProviderServiceExtensions}}.GetRequiredService<{{DependencyInjectionTypes.IOptionsOf}}<{{options}}>>(serviceProvider).Value));
                    }
                }
                """);
        });
}
