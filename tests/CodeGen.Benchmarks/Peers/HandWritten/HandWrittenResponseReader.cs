using System.Text.Json;
using CodeGen.Benchmarks.Peers.Dtos;

namespace CodeGen.Benchmarks.Peers.HandWritten;

/// <summary>
/// The floor's response parsing: one Utf8JsonReader pass over the body, property names compared as UTF-8,
/// unknown members skipped. What a careful engineer writes by hand for these two responses, and no more.
/// </summary>
internal static class HandWrittenResponseReader
{
    public static CreateTaskResponseDto ReadCreateResponse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        reader.ExpectStartObject();
        CreateTaskResultDto? result = null;
        while (reader.NextProperty())
        {
            if (reader.ValueTextEquals("Response"u8))
            {
                reader.Read();
                result = ReadCreateResult(ref reader);
            }
            else
            {
                reader.SkipValue();
            }
        }

        return new CreateTaskResponseDto { Response = result ?? throw new JsonException("Response is required") };
    }

    public static QueryTaskResponseDto ReadQueryResponse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        reader.ExpectStartObject();
        TaskDetailDto? detail = null;
        while (reader.NextProperty())
        {
            if (reader.ValueTextEquals("Response"u8))
            {
                reader.Read();
                detail = ReadTaskDetail(ref reader);
            }
            else
            {
                reader.SkipValue();
            }
        }

        return new QueryTaskResponseDto { Response = detail ?? throw new JsonException("Response is required") };
    }

    private static CreateTaskResultDto ReadCreateResult(ref Utf8JsonReader reader)
    {
        reader.ExpectStartObject();
        string? taskId = null, requestId = null;
        ApiErrorDto? error = null;
        while (reader.NextProperty())
        {
            if (reader.ValueTextEquals("TaskId"u8)) taskId = reader.ReadString();
            else if (reader.ValueTextEquals("RequestId"u8)) requestId = reader.ReadString();
            else if (reader.ValueTextEquals("Error"u8)) error = ReadError(ref reader);
            else reader.SkipValue();
        }

        return new CreateTaskResultDto { TaskId = taskId, RequestId = requestId ?? throw new JsonException("RequestId is required"), Error = error };
    }

    private static ApiErrorDto ReadError(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.ExpectStartObject();
        string? code = null, message = null;
        while (reader.NextProperty())
        {
            if (reader.ValueTextEquals("Code"u8)) code = reader.ReadString();
            else if (reader.ValueTextEquals("Message"u8)) message = reader.ReadString();
            else reader.SkipValue();
        }

        return new ApiErrorDto { Code = code ?? throw new JsonException("Code is required"), Message = message ?? throw new JsonException("Message is required") };
    }

    private static TaskDetailDto ReadTaskDetail(ref Utf8JsonReader reader)
    {
        reader.ExpectStartObject();
        string? taskType = null, status = null, requestId = null;
        DateTimeOffset? created = null, begun = null, finished = null;
        AigcVideoTaskDto? task = null;
        ApiErrorDto? error = null;
        while (reader.NextProperty())
        {
            if (reader.ValueTextEquals("TaskType"u8)) taskType = reader.ReadString();
            else if (reader.ValueTextEquals("Status"u8)) status = reader.ReadString();
            else if (reader.ValueTextEquals("CreateTime"u8)) created = reader.ReadDateTimeOffset();
            else if (reader.ValueTextEquals("BeginProcessTime"u8)) begun = reader.ReadDateTimeOffset();
            else if (reader.ValueTextEquals("FinishTime"u8)) finished = reader.ReadDateTimeOffset();
            else if (reader.ValueTextEquals("AigcVideoTask"u8)) task = ReadTask(ref reader);
            else if (reader.ValueTextEquals("RequestId"u8)) requestId = reader.ReadString();
            else if (reader.ValueTextEquals("Error"u8)) error = ReadError(ref reader);
            else reader.SkipValue();
        }

        return new TaskDetailDto
        {
            TaskType = taskType,
            Status = status,
            CreateTime = created,
            BeginProcessTime = begun,
            FinishTime = finished,
            AigcVideoTask = task,
            RequestId = requestId ?? throw new JsonException("RequestId is required"),
            Error = error,
        };
    }

    private static AigcVideoTaskDto ReadTask(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.ExpectStartObject();
        string? taskId = null, status = null, errCodeExt = null, message = null, sessionId = null, sessionContext = null;
        long? errCode = null, progress = null;
        AigcVideoTaskInputDto? input = null;
        AigcVideoTaskOutputDto? output = null;
        while (reader.NextProperty())
        {
            if (reader.ValueTextEquals("TaskId"u8)) taskId = reader.ReadString();
            else if (reader.ValueTextEquals("Status"u8)) status = reader.ReadString();
            else if (reader.ValueTextEquals("ErrCode"u8)) errCode = reader.ReadInt64();
            else if (reader.ValueTextEquals("ErrCodeExt"u8)) errCodeExt = reader.ReadString();
            else if (reader.ValueTextEquals("Message"u8)) message = reader.ReadString();
            else if (reader.ValueTextEquals("Progress"u8)) progress = reader.ReadInt64();
            else if (reader.ValueTextEquals("Input"u8)) input = ReadInput(ref reader);
            else if (reader.ValueTextEquals("Output"u8)) output = ReadOutput(ref reader);
            else if (reader.ValueTextEquals("SessionId"u8)) sessionId = reader.ReadString();
            else if (reader.ValueTextEquals("SessionContext"u8)) sessionContext = reader.ReadString();
            else reader.SkipValue();
        }

        return new AigcVideoTaskDto
        {
            TaskId = taskId ?? throw new JsonException("TaskId is required"),
            Status = status ?? throw new JsonException("Status is required"),
            ErrCode = errCode,
            ErrCodeExt = errCodeExt,
            Message = message,
            Progress = (int?)progress,
            Input = input,
            Output = output,
            SessionId = sessionId,
            SessionContext = sessionContext,
        };
    }

    private static AigcVideoTaskInputDto ReadInput(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.ExpectStartObject();
        string? modelName = null, modelVersion = null, lastFrameFileId = null, lastFrameUrl = null, prompt = null, negativePrompt = null;
        string? enhancePrompt = null, generationMode = null, inputRegion = null, sceneType = null;
        List<JsonElement>? fileInfos = null, subjectInfos = null;
        EchoOutputConfigDto? outputConfig = null;
        long? seed = null;
        while (reader.NextProperty())
        {
            if (reader.ValueTextEquals("ModelName"u8)) modelName = reader.ReadString();
            else if (reader.ValueTextEquals("ModelVersion"u8)) modelVersion = reader.ReadString();
            else if (reader.ValueTextEquals("FileInfos"u8)) fileInfos = ReadElements(ref reader);
            else if (reader.ValueTextEquals("SubjectInfos"u8)) subjectInfos = ReadElements(ref reader);
            else if (reader.ValueTextEquals("LastFrameFileId"u8)) lastFrameFileId = reader.ReadString();
            else if (reader.ValueTextEquals("LastFrameUrl"u8)) lastFrameUrl = reader.ReadString();
            else if (reader.ValueTextEquals("Prompt"u8)) prompt = reader.ReadString();
            else if (reader.ValueTextEquals("NegativePrompt"u8)) negativePrompt = reader.ReadString();
            else if (reader.ValueTextEquals("EnhancePrompt"u8)) enhancePrompt = reader.ReadString();
            else if (reader.ValueTextEquals("GenerationMode"u8)) generationMode = reader.ReadString();
            else if (reader.ValueTextEquals("OutputConfig"u8)) outputConfig = ReadOutputConfig(ref reader);
            else if (reader.ValueTextEquals("InputRegion"u8)) inputRegion = reader.ReadString();
            else if (reader.ValueTextEquals("SceneType"u8)) sceneType = reader.ReadString();
            else if (reader.ValueTextEquals("Seed"u8)) seed = reader.ReadInt64();
            else reader.SkipValue();
        }

        return new AigcVideoTaskInputDto
        {
            ModelName = modelName,
            ModelVersion = modelVersion,
            FileInfos = fileInfos,
            SubjectInfos = subjectInfos,
            LastFrameFileId = lastFrameFileId,
            LastFrameUrl = lastFrameUrl,
            Prompt = prompt,
            NegativePrompt = negativePrompt,
            EnhancePrompt = enhancePrompt,
            GenerationMode = generationMode,
            OutputConfig = outputConfig,
            InputRegion = inputRegion,
            SceneType = sceneType,
            Seed = seed,
        };
    }

    private static EchoOutputConfigDto ReadOutputConfig(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.ExpectStartObject();
        string? storageMode = null, mediaName = null, resolution = null, aspectRatio = null, audioGeneration = null, personGeneration = null;
        string? inputCheck = null, outputCheck = null, enhanceSwitch = null, offPeak = null, frameInterpolate = null, logoAdd = null, enableBgm = null;
        long? classId = null;
        DateTimeOffset? expireTime = null;
        float? duration = null;
        while (reader.NextProperty())
        {
            if (reader.ValueTextEquals("StorageMode"u8)) storageMode = reader.ReadString();
            else if (reader.ValueTextEquals("MediaName"u8)) mediaName = reader.ReadString();
            else if (reader.ValueTextEquals("ClassId"u8)) classId = reader.ReadInt64();
            else if (reader.ValueTextEquals("ExpireTime"u8)) expireTime = reader.ReadDateTimeOffset();
            else if (reader.ValueTextEquals("Duration"u8)) duration = reader.ReadSingle();
            else if (reader.ValueTextEquals("Resolution"u8)) resolution = reader.ReadString();
            else if (reader.ValueTextEquals("AspectRatio"u8)) aspectRatio = reader.ReadString();
            else if (reader.ValueTextEquals("AudioGeneration"u8)) audioGeneration = reader.ReadString();
            else if (reader.ValueTextEquals("PersonGeneration"u8)) personGeneration = reader.ReadString();
            else if (reader.ValueTextEquals("InputComplianceCheck"u8)) inputCheck = reader.ReadString();
            else if (reader.ValueTextEquals("OutputComplianceCheck"u8)) outputCheck = reader.ReadString();
            else if (reader.ValueTextEquals("EnhanceSwitch"u8)) enhanceSwitch = reader.ReadString();
            else if (reader.ValueTextEquals("OffPeak"u8)) offPeak = reader.ReadString();
            else if (reader.ValueTextEquals("FrameInterpolate"u8)) frameInterpolate = reader.ReadString();
            else if (reader.ValueTextEquals("LogoAdd"u8)) logoAdd = reader.ReadString();
            else if (reader.ValueTextEquals("EnableBgm"u8)) enableBgm = reader.ReadString();
            else reader.SkipValue();
        }

        return new EchoOutputConfigDto
        {
            StorageMode = storageMode,
            MediaName = mediaName,
            ClassId = classId,
            ExpireTime = expireTime,
            Duration = duration,
            Resolution = resolution,
            AspectRatio = aspectRatio,
            AudioGeneration = audioGeneration,
            PersonGeneration = personGeneration,
            InputComplianceCheck = inputCheck,
            OutputComplianceCheck = outputCheck,
            EnhanceSwitch = enhanceSwitch,
            OffPeak = offPeak,
            FrameInterpolate = frameInterpolate,
            LogoAdd = logoAdd,
            EnableBgm = enableBgm,
        };
    }

    private static AigcVideoTaskOutputDto ReadOutput(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.ExpectStartObject();
        List<OutputFileInfoDto>? files = null;
        List<string>? procedureTaskIds = null;
        TaskUsageDto? usage = null;
        while (reader.NextProperty())
        {
            if (reader.ValueTextEquals("FileInfos"u8))
            {
                reader.Read();
                files = new List<OutputFileInfoDto>(1);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    files.Add(ReadFile(ref reader));
                }
            }
            else if (reader.ValueTextEquals("ProcedureTaskIds"u8))
            {
                reader.Read();
                procedureTaskIds = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    procedureTaskIds.Add(reader.GetString()!);
                }
            }
            else if (reader.ValueTextEquals("Usage"u8)) usage = ReadUsage(ref reader);
            else reader.SkipValue();
        }

        return new AigcVideoTaskOutputDto { FileInfos = files, ProcedureTaskIds = procedureTaskIds, Usage = usage };
    }

    private static OutputFileInfoDto ReadFile(ref Utf8JsonReader reader)
    {
        reader.ExpectStartObject();
        string? storageMode = null, mediaName = null, fileType = null, fileUrl = null, fileContent = null, fileId = null, usageType = null;
        long? classId = null;
        DateTimeOffset? expireTime = null;
        JsonElement? metaData = null;
        while (reader.NextProperty())
        {
            if (reader.ValueTextEquals("StorageMode"u8)) storageMode = reader.ReadString();
            else if (reader.ValueTextEquals("MediaName"u8)) mediaName = reader.ReadString();
            else if (reader.ValueTextEquals("ClassId"u8)) classId = reader.ReadInt64();
            else if (reader.ValueTextEquals("ExpireTime"u8)) expireTime = reader.ReadDateTimeOffset();
            else if (reader.ValueTextEquals("FileType"u8)) fileType = reader.ReadString();
            else if (reader.ValueTextEquals("FileUrl"u8)) fileUrl = reader.ReadString();
            else if (reader.ValueTextEquals("FileContent"u8)) fileContent = reader.ReadString();
            else if (reader.ValueTextEquals("FileId"u8)) fileId = reader.ReadString();
            else if (reader.ValueTextEquals("MetaData"u8)) metaData = reader.ReadElement();
            else if (reader.ValueTextEquals("UsageType"u8)) usageType = reader.ReadString();
            else reader.SkipValue();
        }

        return new OutputFileInfoDto
        {
            StorageMode = storageMode,
            MediaName = mediaName,
            ClassId = classId,
            ExpireTime = expireTime,
            FileType = fileType,
            FileUrl = fileUrl,
            FileContent = fileContent,
            FileId = fileId,
            MetaData = metaData,
            UsageType = usageType,
        };
    }

    private static TaskUsageDto ReadUsage(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.ExpectStartObject();
        long? inputTokens = null, thoughtTokens = null, inputImageCount = null, inputSeconds = null, outputSeconds = null, totalSeconds = null;
        while (reader.NextProperty())
        {
            if (reader.ValueTextEquals("InputTokens"u8)) inputTokens = reader.ReadInt64();
            else if (reader.ValueTextEquals("ThoughtTokens"u8)) thoughtTokens = reader.ReadInt64();
            else if (reader.ValueTextEquals("InputImageCount"u8)) inputImageCount = reader.ReadInt64();
            else if (reader.ValueTextEquals("InputSeconds"u8)) inputSeconds = reader.ReadInt64();
            else if (reader.ValueTextEquals("OutputSeconds"u8)) outputSeconds = reader.ReadInt64();
            else if (reader.ValueTextEquals("TotalSeconds"u8)) totalSeconds = reader.ReadInt64();
            else reader.SkipValue();
        }

        return new TaskUsageDto
        {
            InputTokens = inputTokens,
            ThoughtTokens = thoughtTokens,
            InputImageCount = inputImageCount,
            InputSeconds = inputSeconds,
            OutputSeconds = outputSeconds,
            TotalSeconds = totalSeconds,
        };
    }

    private static List<JsonElement>? ReadElements(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var elements = new List<JsonElement>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            elements.Add(JsonElement.ParseValue(ref reader));
        }

        return elements;
    }
}
