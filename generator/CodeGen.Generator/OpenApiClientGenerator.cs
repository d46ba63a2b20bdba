using System;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Emitting;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Parsing;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Pipeline.References;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator;

/// <summary>
/// Generates records, open enums, JSON converters and a client from each OpenAPI document passed as an
/// AdditionalFile (<c>*.openapi.yaml</c>, <c>*.openapi.yml</c>, <c>*.openapi.json</c>, or any file with
/// <c>CodeGen_OpenApi="true"</c>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<SpecInput> rootInputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SpecInputReader.Read(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.SpecInputs);

        // Multi-file documents: each root names the files it needs from its own text (cached per root), and only
        // those texts join it, so an edit to any other AdditionalFile leaves the joined input, and the parse, as they were.
        IncrementalValuesProvider<SpecInput> specInputs = rootInputs
            .Select(static (input, _) => (Input: input, Named: ReferencedFiles.Named(input)))
            .Combine(context.AdditionalTextsProvider.Collect())
            .Select(static (pair, cancellationToken) => ReferencedFiles.Attach(pair.Left.Input, pair.Left.Named, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencedFiles);

        // Reduced to flags at once: the compilation changes on every edit, the flags almost never.
        IncrementalValueProvider<CompilationFacts> compilationFacts = context.CompilationProvider
            .Select(static (compilation, _) => CompilationFacts.Read(compilation))
            .WithTrackingName(TrackingNames.CompilationFacts);

        // DateOnly decides C# types the parse already needs (a union of `date` and `string` has one variant or two),
        // so this one flag reaches the parse; it only changes with the target framework, so C# edits keep the parse cached.
        IncrementalValueProvider<bool> dateOnlyAvailable = compilationFacts
            .Select(static (facts, _) => facts.HasDateOnlyFormats);

        IncrementalValuesProvider<ParsedSpec> parsedSpecs = specInputs
            .Combine(dateOnlyAvailable)
            .Select(static (pair, cancellationToken) => ApiSpecParser.Parse(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        // Only the language version is taken from the parse options, so C# edits never reach the parse or the emit.
        IncrementalValueProvider<EmitOptions> emitOptions = context.ParseOptionsProvider
            .Select(static (options, _) => EmitOptions.For(options))
            .WithTrackingName(TrackingNames.EmitOptions);

        IncrementalValueProvider<bool> hasSpecs = specInputs
            .Collect()
            .Select(static (inputs, _) => !inputs.IsDefaultOrEmpty);

        IncrementalValueProvider<ConsumerCheck> consumerCheck = compilationFacts
            .Combine(emitOptions)
            .Combine(hasSpecs)
            .Select(static (pair, _) => ConsumerCheck.Evaluate(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.ConsumerCheck);

        IncrementalValueProvider<EmitOptions> specEmitOptions = emitOptions
            .Combine(compilationFacts)
            .Select(static (pair, _) => pair.Left with { EmitsDependencyInjection = pair.Right.ReferencesHttpClientFactory });

        IncrementalValuesProvider<EmittedSpec> emittedSpecs = parsedSpecs
            .Combine(specEmitOptions)
            .Select(static (pair, cancellationToken) => Emit(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.EmittedSpecs)
            .WithUniqueHintNames();

        context.RegisterSourceOutput(consumerCheck, static (spc, check) => SourceOutput.Add(spc, check));
        context.RegisterSourceOutput(
            emittedSpecs.Combine(consumerCheck.Select(static (check, _) => check.CanEmit)),
            static (spc, pair) => SourceOutput.Add(spc, pair.Left, includeFiles: pair.Right));
    }

    private static EmittedSpec Emit(ParsedSpec parsed, EmitOptions options, System.Threading.CancellationToken cancellationToken)
    {
        if (parsed.Spec is null)
        {
            return new EmittedSpec(parsed.Path, EquatableArray<GeneratedFile>.Empty, parsed.Diagnostics);
        }

        try
        {
            return new EmittedSpec(parsed.Path, ApiSpecEmitter.Emit(parsed.Spec, options, cancellationToken), parsed.Diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>(parsed.Diagnostics)
            {
                DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.FileStart(parsed.Path), $"{exception.GetType().Name}: {exception.Message}"),
            };
            return new EmittedSpec(parsed.Path, EquatableArray<GeneratedFile>.Empty, diagnostics.ToEquatableArray());
        }
    }
}
