namespace TencentVod.Sdk.Tests.Validation;

/// <summary>The spec's constraints and the per-model rules on hand-built requests: what they catch and how they say it.</summary>
public sealed class ValidatorTests
{
    private static readonly InputFileInfo FirstFrame = new() { Type = FileType.Url, Category = FileCategory.Image, Url = "https://example.com/first.png" };

    [Fact]
    public void A_request_the_simulator_accepts_passes()
    {
        Assert.Empty(AigcVideoRequestValidator.Check(Requests.Kling()));
    }

    [Fact]
    public void A_last_frame_on_a_model_version_without_one_names_field_model_and_what_is_allowed()
    {
        var request = Requests.Kling() with { ModelVersion = "2.5", FileInfos = [FirstFrame], LastFrameUrl = "https://example.com/last.png" };

        ValidationProblem problem = Assert.Single(AigcVideoRequestValidator.Check(request));

        Assert.Equal("$.last_frame_url", problem.Field);
        Assert.Contains("Kling", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2.1", problem.Message, StringComparison.Ordinal);
        Assert.Contains("1080P", problem.Message, StringComparison.Ordinal);
        Assert.Contains("got 2.5", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kling", "2.1", "1080P", true)]
    [InlineData("Kling", "2.1", "720P", false)]
    [InlineData("Vidu", "q2-pro", null, true)]
    [InlineData("Vidu", "q3", null, false)]
    [InlineData("GV", "3.1", null, true)]
    [InlineData("Hailuo", "2.3", null, false)]
    [InlineData("OS", "2.0", null, false)]
    public void Last_frame_support_follows_the_gateway_rules(string model, string version, string? resolution, bool allowed)
    {
        var request = new CreateAigcVideoTaskRequest
        {
            ModelName = model,
            ModelVersion = version,
            Prompt = "A boat",
            FileInfos = [FirstFrame, new InputFileInfo { Type = FileType.Url, Url = "https://example.com/last.png", Usage = FileUsage.LastFrame }],
            OutputConfig = resolution is null ? null : new OutputConfig { Resolution = resolution },
        };

        IReadOnlyList<ValidationProblem> problems = AigcVideoRequestValidator.Check(request);

        Assert.Equal(allowed, problems.Count == 0);
        Assert.All(problems, p => Assert.Equal("$.file_infos[1].usage", p.Field));
    }

    [Fact]
    public void A_last_frame_without_a_first_frame_is_reported()
    {
        var request = Requests.Kling() with { LastFrameUrl = "https://example.com/last.png", OutputConfig = new OutputConfig { Resolution = Resolution._1080P } };

        ValidationProblem problem = Assert.Single(AigcVideoRequestValidator.Check(request));

        Assert.Equal("$.last_frame_url", problem.Field);
        Assert.Contains("first frame", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_in_one_exception()
    {
        var request = new CreateAigcVideoTaskRequest
        {
            ModelName = ModelName.Hailuo,
            ModelVersion = "2.3",
            Prompt = "A boat",
            SceneType = SceneType.MotionControl,
            TasksPriority = 11,
            OutputConfig = new OutputConfig { Duration = 7, Resolution = Resolution._720P, AspectRatio = AspectRatio._16_9, AudioGeneration = Switch.Enabled },
        };

        var error = Assert.Throws<AigcVideoValidationException>(() => AigcVideoClient.Validate(request));

        Assert.Equal(
            ["$.tasks_priority", "$.output_config.duration", "$.output_config.resolution", "$.output_config.aspect_ratio", "$.output_config.audio_generation", "$.scene_type"],
            error.Problems.Select(p => p.Field));
        Assert.Contains("6 or 10 seconds for Hailuo 2.3 (got 7)", error.Message, StringComparison.Ordinal);
        Assert.Contains("768P, 1080P for Hailuo 2.3 (got '720P')", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(AigcVideoTaskOptions.BypassValidation), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vidu", "q2", "4:3", true)]
    [InlineData("Vidu", "q3", "4:3", false)]
    [InlineData("Hailuo", "H3", "21:9", true)]
    [InlineData("PixVerse", "v6", "3:2", true)]
    [InlineData("GV", "3.1", "1:1", false)]
    public void Aspect_ratios_depend_on_model_and_version(string model, string version, string aspectRatio, bool allowed)
    {
        var request = new CreateAigcVideoTaskRequest { ModelName = model, ModelVersion = version, Prompt = "A boat", OutputConfig = new OutputConfig { AspectRatio = aspectRatio } };

        Assert.Equal(allowed, AigcVideoRequestValidator.Check(request).Count == 0);
    }

    [Fact]
    public void Unknown_models_and_versions_are_reported_with_the_known_ones()
    {
        ValidationProblem model = Assert.Single(AigcVideoRequestValidator.Check(Requests.Kling() with { ModelName = "Seedance" }));
        ValidationProblem version = Assert.Single(AigcVideoRequestValidator.Check(Requests.Kling() with { ModelVersion = "9.9" }));

        Assert.Equal("$.model_name", model.Field);
        Assert.Contains("Kling, Vidu, Hailuo", model.Message, StringComparison.Ordinal);
        Assert.Equal("$.model_version", version.Field);
        Assert.Contains("2.1", version.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Base64_files_over_7_mb_are_reported()
    {
        var big = new InputFileInfo { Type = FileType.Base64, Category = FileCategory.Image, Base64 = new byte[AigcVideoRequestValidator.MaxBase64Bytes + 1] };

        ValidationProblem problem = Assert.Single(AigcVideoRequestValidator.Check(Requests.Kling() with { FileInfos = [big] }));

        Assert.Equal("$.file_infos", problem.Field);
        Assert.Contains("7 MB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_specs_limits_come_from_the_generated_validation_with_json_paths_and_keywords()
    {
        var request = Requests.Kling() with
        {
            SessionId = new string('s', 51),
            TasksPriority = 11,
            SessionContext = new string('c', 1001),
            OutputConfig = new OutputConfig { Resolution = Resolution._1080P, MediaName = new string('m', 65) },
        };

        var error = Assert.Throws<AigcVideoValidationException>(() => AigcVideoClient.Validate(request));

        Assert.Equal(
            [
                "$.output_config.media_name maxLength 64",
                "$.session_id maxLength 50",
                "$.session_context maxLength 1000",
                "$.tasks_priority maximum 10",
            ],
            error.Problems.Select(p => $"{p.Field} {p.Rule} {p.Limit}"));
        Assert.Contains("$.session_id: must be at most 50 characters long (it has 51).", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('s', 51), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spec_constraints_and_per_model_rules_are_listed_together_and_told_apart_by_rule()
    {
        var request = Requests.Kling() with { TasksPriority = -11, ModelVersion = "9.9" };

        IReadOnlyList<ValidationProblem> problems = AigcVideoRequestValidator.Check(request);

        Assert.Equal(["$.tasks_priority minimum", "$.model_version aigc-video"], problems.Select(p => $"{p.Field} {p.Rule}"));
        Assert.Equal(ValidationProblem.ModelRule, problems[1].Rule);
        Assert.Null(problems[1].Limit);
    }
}
