using System.Collections.Generic;

namespace TencentVod.Sdk
{
    /// <summary>
    /// FileInfos and the last-frame fields (reference §1.1, §1.2): each item names its source, Base64 data stays under
    /// 7 MB in total, frames are images, at most one first and one last frame, and a last frame needs a first frame.
    /// </summary>
    internal static class FileInfoChecks
    {
        public static FrameCount Check(CreateAigcVideoTaskRequest request, List<ValidationProblem> problems)
        {
            int firstFrames = 0;
            int explicitFirstFrames = 0;
            int lastFrames = 0;
            string? lastFrameField = null;
            long base64Bytes = 0;

            IReadOnlyList<InputFileInfo> items = request.FileInfos ?? new List<InputFileInfo>();
            for (int i = 0; i < items.Count; i++)
            {
                InputFileInfo item = items[i];
                string path = $"$.file_infos[{i}]";
                CheckSource(item, path, problems);
                base64Bytes += item.Base64?.LongLength ?? 0;

                // Usage defaults to FirstFrame (§1.2), so an item without one is a first frame.
                FileUsage usage = item.Usage ?? FileUsage.FirstFrame;
                bool isFrame = usage == FileUsage.FirstFrame || usage == FileUsage.LastFrame;
                if (isFrame && item.Category is { } category && category != FileCategory.Image)
                {
                    problems.Add(new ValidationProblem($"{path}.category", $"a {usage} must be an Image (got '{category}')."));
                }

                if (usage == FileUsage.LastFrame)
                {
                    lastFrames++;
                    lastFrameField ??= $"{path}.usage";
                }
                else if (usage == FileUsage.FirstFrame)
                {
                    firstFrames++;
                    explicitFirstFrames += item.Usage is null ? 0 : 1;
                }
            }

            lastFrames += CountLastFrameField(request.LastFrameUrl, "$.last_frame_url", ref lastFrameField);
            lastFrames += CountLastFrameField(request.LastFrameFileId, "$.last_frame_file_id", ref lastFrameField);

            if (base64Bytes > AigcVideoRequestValidator.MaxBase64Bytes)
            {
                problems.Add(new ValidationProblem("$.file_infos", $"Base64 files may total at most 7 MB (got {base64Bytes / (1024.0 * 1024.0):0.0} MB); send larger files by Url or FileId."));
            }

            if (explicitFirstFrames > 1)
            {
                problems.Add(new ValidationProblem("$.file_infos", $"may hold at most one item with Usage FirstFrame (got {explicitFirstFrames})."));
            }

            if (lastFrames > 1)
            {
                problems.Add(new ValidationProblem(lastFrameField!, $"a request may carry one last frame (got {lastFrames} among FileInfos, LastFrameUrl and LastFrameFileId)."));
            }

            if (lastFrames > 0 && firstFrames == 0)
            {
                problems.Add(new ValidationProblem(lastFrameField!, "a last frame needs a first frame too: add a FileInfos image with Usage FirstFrame."));
            }

            return new FrameCount(firstFrames, lastFrames, lastFrameField ?? "$.last_frame_url");
        }

        private static int CountLastFrameField(string? value, string field, ref string? lastFrameField)
        {
            if (string.IsNullOrEmpty(value))
            {
                return 0;
            }

            lastFrameField ??= field;
            return 1;
        }

        private static void CheckSource(InputFileInfo item, string path, List<ValidationProblem> problems)
        {
            FileType type = item.Type ?? (item.Url is not null ? FileType.Url : item.Base64 is not null ? FileType.Base64 : FileType.File);
            bool present = type == FileType.Url ? !string.IsNullOrEmpty(item.Url)
                : type == FileType.Base64 ? item.Base64 is { Length: > 0 }
                : type == FileType.File ? !string.IsNullOrEmpty(item.FileId)
                : true;
            if (!present)
            {
                string field = type == FileType.Url ? "url" : type == FileType.Base64 ? "base64" : "file_id";
                problems.Add(new ValidationProblem($"{path}.{field}", $"is needed when Type is {type}."));
            }
        }
    }
}
