namespace TencentVod.Sdk
{
    /// <summary>How many first-frame and last-frame images a request holds, and which field names the last frame.</summary>
    internal readonly struct FrameCount
    {
        public FrameCount(int firstFrames, int lastFrames, string lastFrameField)
        {
            FirstFrames = firstFrames;
            LastFrames = lastFrames;
            LastFrameField = lastFrameField;
        }

        public int FirstFrames { get; }

        public int LastFrames { get; }

        public string LastFrameField { get; }
    }
}
