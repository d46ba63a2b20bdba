namespace TencentVod.Sdk
{
    // The generated options type is partial: the SDK gives every instance Tencent's envelope check, so a client built
    // by hand (new AigcVideoClient(httpClient, new AigcVideoClientOptions())) reports Response.Error as well.
    public sealed partial class AigcVideoClientOptions
    {
        /// <summary>Creates options whose <see cref="CodeGen.Runtime.ApiClientOptions.ResponseInspector"/> reports Tencent's <c>Response.Error</c>.</summary>
        public AigcVideoClientOptions()
        {
            ResponseInspector = TencentEnvelopeInspector.Instance;
        }
    }
}
