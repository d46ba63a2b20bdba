namespace TencentVod.Sdk
{
    /// <summary>What the last-frame rules look at.</summary>
    internal readonly struct LastFrameContext
    {
        public LastFrameContext(string version, string? resolution, int firstFrameImages)
        {
            Version = version;
            Resolution = resolution;
            FirstFrameImages = firstFrameImages;
        }

        public string Version { get; }

        public string? Resolution { get; }

        /// <summary>Images in FileInfos other than the last frame.</summary>
        public int FirstFrameImages { get; }
    }
}
