using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>Writes the options type of a client, its own so that several clients can be configured side by side.</summary>
internal static class ClientOptionsEmitter
{
    public static string Emit(ApiSpec spec)
        => GeneratedFileLayout.Write(spec.Namespace, writer =>
        {
            string client = CSharpTypeNames.Qualified(spec.Client.Name, spec.Namespace);
            writer.WriteLine($$"""
                /// <summary>Settings of <see cref="{{client}}"/>: server, credentials and limits.</summary>
                public sealed partial class {{spec.Client.Name}}Options : {{KnownTypes.ApiClientOptions}}
                {
                }
                """);
        });
}
