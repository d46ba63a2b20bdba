using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using CodeGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SharpYaml;
using SharpYaml.Events;

namespace CodeGen.Generator.Parsing;

/// <summary>
/// Maps a JSON pointer (<c>#/paths/~1pets/get</c>) or a reader position to a line and column of the spec,
/// so that diagnostics point at the offending node instead of line 1. The index is built on first use only:
/// documents without problems never pay for it.
/// </summary>
internal sealed class SourceLocator
{
    private static readonly Regex s_linePointer = new(@"^#?line=(\d+)", RegexOptions.CultureInvariant);
    private static readonly Regex s_lineColumnInMessage = new(@"\(Lin: (\d+), Col: (\d+)", RegexOptions.CultureInvariant);

    // System.Text.Json, for .json documents: "LineNumber: 3 | BytePositionInLine: 17." (both 0-based).
    private static readonly Regex s_jsonLineByteInMessage = new(@"LineNumber: (\d+) \| BytePositionInLine: (\d+)", RegexOptions.CultureInvariant);

    private readonly string _path;
    private readonly string _text;
    private SourceText? _sourceText;
    private Dictionary<string, TextSpan>? _index;

    public SourceLocator(string path, string text)
    {
        _path = path;
        _text = text;
    }

    private SourceText Source => _sourceText ??= SourceText.From(_text);

    /// <summary>Locates a reader error from its pointer or, failing that, the position in its message.</summary>
    public LocationInfo LocateError(string? pointer, string? message)
    {
        if (message is not null)
        {
            Match match = s_lineColumnInMessage.Match(message);
            if (match.Success)
            {
                // SharpYaml's "(Lin: n, Col: m" positions are 0-based.
                return AtLine(Number(match.Groups[1]) + 1, Number(match.Groups[2]) + 1);
            }

            Match json = s_jsonLineByteInMessage.Match(message);
            if (json.Success)
            {
                // A byte offset, not a character one: exact for ASCII, close enough to find the spot otherwise.
                return AtLine(Number(json.Groups[1]) + 1, Number(json.Groups[2]) + 1);
            }
        }

        return Locate(pointer);
    }

    /// <summary>Locates a JSON pointer, falling back to its nearest located ancestor, then to the file's start.</summary>
    public LocationInfo Locate(string? pointer)
    {
        if (pointer is not null)
        {
            Match line = s_linePointer.Match(pointer);
            if (line.Success)
            {
                return AtLine(Number(line.Groups[1]), 1);
            }

            Dictionary<string, TextSpan> index = _index ??= BuildIndex();
            string current = Normalize(pointer);
            while (true)
            {
                if (index.TryGetValue(current, out TextSpan span))
                {
                    return Create(span);
                }

                int slash = current.LastIndexOf('/');
                if (slash < 0)
                {
                    break;
                }

                current = current.Substring(0, slash);
            }
        }

        return Create(new TextSpan(0, 0));
    }

    /// <summary>Locates a character offset, e.g. a position the pre-scan reported.</summary>
    public LocationInfo LocateIndex(int index)
    {
        int start = Math.Max(0, Math.Min(index, Source.Length));
        TextLine line = Source.Lines.GetLineFromPosition(start);
        return Create(TextSpan.FromBounds(start, Math.Max(start, line.End)));
    }

    private static int Number(Group group)
        => int.TryParse(group.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : 0;

    private LocationInfo AtLine(int oneBasedLine, int oneBasedColumn)
    {
        SourceText source = Source;
        int lineIndex = Math.Max(0, Math.Min(oneBasedLine - 1, source.Lines.Count - 1));
        TextLine line = source.Lines[lineIndex];
        int start = Math.Min(line.Start + Math.Max(0, oneBasedColumn - 1), line.End);
        return Create(TextSpan.FromBounds(start, line.End));
    }

    private LocationInfo Create(TextSpan span)
    {
        SourceText source = Source;
        span = TextSpan.FromBounds(Math.Min(span.Start, source.Length), Math.Min(span.End, source.Length));
        return new LocationInfo(_path, span, source.Lines.GetLinePositionSpan(span));
    }

    private static string Normalize(string pointer)
    {
        string trimmed = pointer.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
        return trimmed.TrimEnd('/');
    }

    private Dictionary<string, TextSpan> BuildIndex()
    {
        var index = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var frames = new Stack<Frame>();
        try
        {
            IParser parser = Parser.CreateParser(new StringReader(_text), 1000);
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart start:
                        frames.Push(new Frame(RecordChild(frames, index, start), isMapping: true));
                        break;
                    case SequenceStart start:
                        frames.Push(new Frame(RecordChild(frames, index, start), isMapping: false));
                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        if (frames.Count > 0)
                        {
                            frames.Pop();
                        }

                        break;
                    case Scalar scalar when frames.Count > 0 && frames.Peek() is { IsMapping: true, PendingKey: null } mapping:
                        mapping.PendingKey = scalar.Value;
                        mapping.PendingKeySpan = TextSpan.FromBounds(scalar.Start.Index, Math.Max(scalar.Start.Index, scalar.End.Index));
                        break;
                    case Scalar or AnchorAlias:
                        RecordChild(frames, index, parser.Current);
                        break;
                }
            }
        }
        catch (Exception)
        {
            // A document that does not parse as YAML still gets the part of the index read so far.
        }

        return index;
    }

    private static string RecordChild(Stack<Frame> frames, Dictionary<string, TextSpan> index, ParsingEvent node)
    {
        if (frames.Count == 0)
        {
            index[string.Empty] = new TextSpan(node.Start.Index, 0);
            return string.Empty;
        }

        Frame parent = frames.Peek();
        string pointer;
        TextSpan span;
        if (parent.IsMapping)
        {
            pointer = parent.Pointer + "/" + JsonPointer.Escape(parent.PendingKey ?? string.Empty);
            span = parent.PendingKeySpan;
            parent.PendingKey = null;
        }
        else
        {
            pointer = parent.Pointer + "/" + parent.NextIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parent.NextIndex++;
            span = TextSpan.FromBounds(node.Start.Index, Math.Max(node.Start.Index, node.End.Index));
        }

        if (!index.ContainsKey(pointer))
        {
            index[pointer] = span;
        }

        return pointer;
    }

    private sealed class Frame
    {
        public Frame(string pointer, bool isMapping)
        {
            Pointer = pointer;
            IsMapping = isMapping;
        }

        public string Pointer { get; }

        public bool IsMapping { get; }

        public string? PendingKey { get; set; }

        public TextSpan PendingKeySpan { get; set; }

        public int NextIndex { get; set; }
    }
}
