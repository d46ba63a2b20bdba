using System.Linq;
using CodeGen.Generator.Emitting.Client;
using CodeGen.Generator.Emitting.Validation;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// Writes the client: one async method per operation that builds the request, sends it through the injected
/// <c>HttpClient</c>, returns the typed success body and throws an <c>ApiException</c> for anything else.
/// </summary>
internal static class ClientEmitter
{
    public static string Emit(ApiSpec spec, ValidatedRecords validatedRecords)
        => GeneratedFileLayout.Write(spec.Namespace, writer =>
        {
            ClientSpec client = spec.Client;
            string ns = spec.Namespace;
            string options = CSharpTypeNames.Qualified(client.Name + "Options", ns);
            var adHocConverters = new AdHocConverters(ns);

            string summary = client.Title is null ? "A client for the OpenAPI document." : $"A client for {XmlDocs.Escape(client.Title)}{(client.Version is null ? string.Empty : " " + XmlDocs.Escape(client.Version))}.";
            XmlDocs.WriteTag(writer, "summary", summary);
            XmlDocs.WriteTag(writer, "remarks", client.Description is null ? null : XmlDocs.Escape(client.Description.Trim()));
            using (writer.Block($"public sealed partial class {client.Name}"))
            {
                writer.WriteLine($"private readonly {KnownTypes.ApiConnection} _connection;");
                writer.WriteLine();
                if (client.DefaultServerUrl is { } server)
                {
                    writer.WriteLine($"/// <summary>The first server of the OpenAPI document: <c>{XmlDocs.Escape(server)}</c>.</summary>");
                    writer.WriteLine($"public static {KnownTypes.Uri} DefaultBaseAddress {{ get; }} = new {KnownTypes.Uri}({CSharpLiteral.Quote(server)});");
                }
                else
                {
                    writer.WriteLine("/// <summary>The OpenAPI document names no absolute server, so one must be configured.</summary>");
                    writer.WriteLine($"public static {KnownTypes.Uri}? DefaultBaseAddress => null;");
                }

                writer.WriteLine($$"""

                    /// <summary>Creates a client with default options.</summary>
                    /// <param name="httpClient">Sends the requests; its lifetime belongs to the caller.</param>
                    public {{client.Name}}({{KnownTypes.HttpClient}} httpClient)
                        : this(httpClient, new {{options}}())
                    {
                    }

                    /// <summary>Creates a client.</summary>
                    /// <param name="httpClient">Sends the requests; its lifetime belongs to the caller.</param>
                    /// <param name="options">The server, credentials and limits.</param>
                    public {{client.Name}}({{KnownTypes.HttpClient}} httpClient, {{options}} options)
                    {
                        _connection = new {{KnownTypes.ApiConnection}}(httpClient, options, DefaultBaseAddress, {{CSharpLiteral.Quote(string.IsNullOrEmpty(ns) ? client.Name : ns + "." + client.Name)}});
                    """);
                writer.Indentation++;
                foreach (OperationGroupSpec group in client.Groups)
                {
                    writer.WriteLine($"{group.PropertyName} = new {group.ClassName}(_connection);");
                }

                writer.Indentation--;
                writer.WriteLine($$"""
                    }

                    /// <summary>The server every request goes to.</summary>
                    public {{KnownTypes.Uri}} BaseAddress => _connection.BaseAddress;
                    """);

                foreach (OperationGroupSpec group in client.Groups)
                {
                    writer.WriteLine();
                    XmlDocs.WriteTag(writer, "summary", $"The operations tagged <c>{XmlDocs.Escape(group.Tag)}</c>{(group.Description is null ? "." : ": " + XmlDocs.Escape(group.Description.Trim()))}");
                    writer.WriteLine($"public {group.ClassName} {group.PropertyName} {{ get; }}");
                }

                foreach (OperationSpec operation in client.Operations)
                {
                    writer.WriteLine();
                    OperationEmitter.Write(writer, operation, ns, adHocConverters, validatedRecords);
                }

                foreach (OperationGroupSpec group in client.Groups)
                {
                    writer.WriteLine();
                    WriteGroup(writer, group, ns, adHocConverters, validatedRecords);
                }

                adHocConverters.WriteAll(writer);
            }
        }, GeneratedFileLayout.AllowObsoleteUse);

    // A sub-client shares the main client's connection: same HttpClient, server, credentials and limits.
    private static void WriteGroup(SourceWriter writer, OperationGroupSpec group, string ns, AdHocConverters converters, ValidatedRecords validatedRecords)
    {
        XmlDocs.WriteTag(writer, "summary", $"The operations tagged <c>{XmlDocs.Escape(group.Tag)}</c>.");
        XmlDocs.WriteTag(writer, "remarks", group.Description is null ? null : XmlDocs.Escape(group.Description.Trim()));
        using (writer.Block($"public sealed partial class {group.ClassName}"))
        {
            writer.WriteLine($"private readonly {KnownTypes.ApiConnection} _connection;");
            writer.WriteLine();
            writer.WriteLine($"internal {group.ClassName}({KnownTypes.ApiConnection} connection) => _connection = connection;");
            foreach (OperationSpec operation in group.Operations)
            {
                writer.WriteLine();
                OperationEmitter.Write(writer, operation, ns, converters, validatedRecords);
            }
        }
    }
}
