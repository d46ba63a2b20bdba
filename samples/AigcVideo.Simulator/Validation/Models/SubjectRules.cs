namespace AigcVideo.Simulator.Validation.Models;

/// <summary>How a model uses <c>subject_infos</c> (reference §1.3).</summary>
/// <param name="RequiredKey">The key every subject must carry: <c>id</c> for Kling, <c>name</c> for Vidu.</param>
/// <param name="AcceptsMedia">Whether <c>voice_id</c>, <c>image_urls</c> and <c>video_urls</c> are allowed (Vidu only).</param>
internal sealed record SubjectRules(string RequiredKey, bool AcceptsMedia)
{
    /// <summary>At most this many <c>image_urls</c> per subject.</summary>
    public const int MaxImageUrls = 3;

    /// <summary>At most this many <c>video_urls</c> per subject.</summary>
    public const int MaxVideoUrls = 1;
}
