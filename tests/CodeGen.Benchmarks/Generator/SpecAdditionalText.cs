using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Benchmarks.Generator;

/// <summary>A spec handed to the driver as an AdditionalFile, held in memory so disk reads stay out of the timings.</summary>
internal sealed class SpecAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public SpecAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
