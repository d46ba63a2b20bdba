namespace CodeGen.Generator.Emitting;

/// <summary>Fully qualified names of the framework and runtime types the generated code uses.</summary>
internal static class KnownTypes
{
    public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string JsonSerializerOptions = "global::System.Text.Json.JsonSerializerOptions";
    public const string JsonTokenType = "global::System.Text.Json.JsonTokenType";
    public const string JsonEncodedText = "global::System.Text.Json.JsonEncodedText";
    public const string JsonException = "global::System.Text.Json.JsonException";
    public const string JsonElement = "global::System.Text.Json.JsonElement";
    public const string JsonConverterOf = "global::System.Text.Json.Serialization.JsonConverter";
    public const string JsonConverterAttribute = "global::System.Text.Json.Serialization.JsonConverterAttribute";
    public const string IJsonTypeInfoResolver = "global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver";
    public const string JsonTypeInfo = "global::System.Text.Json.Serialization.Metadata.JsonTypeInfo";
    public const string JsonMetadataServices = "global::System.Text.Json.Serialization.Metadata.JsonMetadataServices";
    public const string Type = "global::System.Type";
    public const string Uri = "global::System.Uri";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string ArgumentOutOfRangeException = "global::System.ArgumentOutOfRangeException";
    public const string ObsoleteAttribute = "global::System.ObsoleteAttribute";
    public const string IEquatableOf = "global::System.IEquatable";
    public const string StringComparer = "global::System.StringComparer";
    public const string StringComparison = "global::System.StringComparison";
    public const string ListOf = "global::System.Collections.Generic.List";
    public const string DictionaryOf = "global::System.Collections.Generic.Dictionary";
    public const string IReadOnlyListOf = "global::System.Collections.Generic.IReadOnlyList";
    public const string IReadOnlyDictionaryOf = "global::System.Collections.Generic.IReadOnlyDictionary";
    public const string KeyValuePairOf = "global::System.Collections.Generic.KeyValuePair";
    public const string HttpClient = "global::System.Net.Http.HttpClient";
    public const string HttpMethod = "global::System.Net.Http.HttpMethod";
    public const string HttpRequestMessage = "global::System.Net.Http.HttpRequestMessage";
    public const string HttpResponseMessage = "global::System.Net.Http.HttpResponseMessage";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string CancellationToken = "global::System.Threading.CancellationToken";

    public const string ApiClientOptions = "global::CodeGen.Runtime.ApiClientOptions";
    public const string ApiConnection = "global::CodeGen.Runtime.Http.ApiConnection";
    public const string ApiRequestBuilder = "global::CodeGen.Runtime.Http.ApiRequestBuilder";
    public const string ApiResponseReader = "global::CodeGen.Runtime.Http.ApiResponseReader";
    public const string JsonRequestContent = "global::CodeGen.Runtime.Http.JsonRequestContent";
    public const string ParameterFormatter = "global::CodeGen.Runtime.Http.ParameterFormatter";
    public const string ApiException = "global::CodeGen.Runtime.Errors.ApiException";
    public const string JsonReading = "global::CodeGen.Runtime.Json.JsonReading";
    public const string JsonWriting = "global::CodeGen.Runtime.Json.JsonWriting";
    public const string JsonFormats = "global::CodeGen.Runtime.Json.JsonFormats";
    public const string DateFormats = "global::CodeGen.Runtime.Json.DateFormats";
    public const string UnionReading = "global::CodeGen.Runtime.Json.UnionReading";
    public const string ObjectShape = "global::CodeGen.Runtime.Json.ObjectShape";
    public const string UnionTokens = "global::CodeGen.Runtime.Json.UnionTokens";
    public const string NotNullWhenAttribute = "global::System.Diagnostics.CodeAnalysis.NotNullWhenAttribute";
}
