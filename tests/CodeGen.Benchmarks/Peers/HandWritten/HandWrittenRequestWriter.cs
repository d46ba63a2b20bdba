using System.Text.Json;
using CodeGen.Benchmarks.Peers.Dtos;

namespace CodeGen.Benchmarks.Peers.HandWritten;

/// <summary>The floor's request body: straight Utf8JsonWriter calls, nulls left out, as the generated converters do.</summary>
internal static class HandWrittenRequestWriter
{
    public static void Write(Utf8JsonWriter writer, CreateTaskRequestDto value)
    {
        writer.WriteStartObject();
        writer.WriteString("model_name"u8, value.ModelName);
        writer.WriteString("model_version"u8, value.ModelVersion);
        WriteIfSet(writer, "prompt"u8, value.Prompt);
        WriteIfSet(writer, "negative_prompt"u8, value.NegativePrompt);
        WriteIfSet(writer, "enhance_prompt"u8, value.EnhancePrompt);
        WriteIfSet(writer, "file_infos"u8, value.FileInfos);
        WriteIfSet(writer, "subject_infos"u8, value.SubjectInfos);
        WriteIfSet(writer, "last_frame_file_id"u8, value.LastFrameFileId);
        WriteIfSet(writer, "last_frame_url"u8, value.LastFrameUrl);
        if (value.OutputConfig is { } config)
        {
            writer.WritePropertyName("output_config"u8);
            Write(writer, config);
        }

        WriteIfSet(writer, "input_region"u8, value.InputRegion);
        WriteIfSet(writer, "scene_type"u8, value.SceneType);
        WriteIfSet(writer, "procedure"u8, value.Procedure);
        WriteIfSet(writer, "seed"u8, value.Seed);
        WriteIfSet(writer, "session_id"u8, value.SessionId);
        WriteIfSet(writer, "session_context"u8, value.SessionContext);
        WriteIfSet(writer, "tasks_priority"u8, value.TasksPriority);
        if (value.ExtInfo is { } ext)
        {
            writer.WritePropertyName("ext_info"u8);
            ext.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, OutputConfigDto value)
    {
        writer.WriteStartObject();
        WriteIfSet(writer, "storage_mode"u8, value.StorageMode);
        WriteIfSet(writer, "media_name"u8, value.MediaName);
        WriteIfSet(writer, "class_id"u8, value.ClassId);
        if (value.ExpireTime is { } expire)
        {
            writer.WriteString("expire_time"u8, expire);
        }

        if (value.Duration is { } duration)
        {
            writer.WriteNumber("duration"u8, duration);
        }

        WriteIfSet(writer, "resolution"u8, value.Resolution);
        WriteIfSet(writer, "aspect_ratio"u8, value.AspectRatio);
        WriteIfSet(writer, "audio_generation"u8, value.AudioGeneration);
        WriteIfSet(writer, "person_generation"u8, value.PersonGeneration);
        WriteIfSet(writer, "input_compliance_check"u8, value.InputComplianceCheck);
        WriteIfSet(writer, "output_compliance_check"u8, value.OutputComplianceCheck);
        WriteIfSet(writer, "enhance_switch"u8, value.EnhanceSwitch);
        WriteIfSet(writer, "off_peak"u8, value.OffPeak);
        WriteIfSet(writer, "frame_interpolate"u8, value.FrameInterpolate);
        WriteIfSet(writer, "logo_add"u8, value.LogoAdd);
        WriteIfSet(writer, "enable_bgm"u8, value.EnableBgm);
        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<JsonElement>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (JsonElement value in values)
        {
            value.WriteTo(writer);
        }

        writer.WriteEndArray();
    }
}
