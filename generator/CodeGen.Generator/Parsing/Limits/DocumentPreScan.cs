using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using SharpYaml;
using SharpYaml.Events;

namespace CodeGen.Generator.Parsing.Limits;

/// <summary>
/// One pass over the document's YAML events (JSON is read as YAML too) that enforces <see cref="DocumentLimits"/>
/// before Microsoft.OpenApi builds anything. SharpYaml's event parser is iterative and never expands aliases, so
/// this pass stays linear and shallow on the very documents it rejects.
/// </summary>
internal static class DocumentPreScan
{
    /// <summary>The first bound the text crosses, or <see langword="null"/>. Syntax errors are left to the reader.</summary>
    public static LimitViolation? Check(string text, CancellationToken cancellationToken)
    {
        if (text.Length > DocumentLimits.MaxInputChars)
        {
            return new LimitViolation(
                $"is {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long",
                $"{DocumentLimits.MaxInputChars.ToString("N0", CultureInfo.InvariantCulture)} characters",
                "Split the document, or remove embedded data such as large examples.",
                0);
        }

        var walker = new EventWalker();
        int events = 0;
        try
        {
            // The parser's own depth bound sits just above ours, so ours always trips first.
            IParser parser = Parser.CreateParser(new StringReader(text), DocumentLimits.MaxDepth + 8);
            while (parser.MoveNext())
            {
                if ((++events & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (parser.Current is { } current && walker.Visit(current) is { } violation)
                {
                    return violation;
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Malformed YAML: the reader reports it with its own message and position. The limits apply to what was read.
        }

        return walker.CheckReferenceChains();
    }

    private sealed class EventWalker
    {
        private readonly List<Frame> _frames = new();
        private readonly Dictionary<string, int> _anchorSizes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Target, int Index)> _componentAliases = new(StringComparer.Ordinal);
        private int _nodes;
        private int _expandedNodes;

        public LimitViolation? Visit(ParsingEvent current)
        {
            switch (current)
            {
                case MappingStart start:
                    return Open(start, start.Anchor, isMapping: true);
                case SequenceStart start:
                    return Open(start, start.Anchor, isMapping: false);
                case MappingEnd or SequenceEnd when _frames.Count > 0:
                    Frame closed = _frames[_frames.Count - 1];
                    _frames.RemoveAt(_frames.Count - 1);
                    if (closed.Anchor is not null)
                    {
                        _anchorSizes[closed.Anchor] = _nodes - closed.NodesBefore;
                    }

                    return null;
                case Scalar scalar:
                    return VisitScalar(scalar);
                case AnchorAlias alias:
                    return VisitAlias(alias);
                default:
                    return null;
            }
        }

        public LimitViolation? CheckReferenceChains()
        {
            foreach (KeyValuePair<string, (string Target, int Index)> start in _componentAliases)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal) { start.Key };
                int length = 1;
                string next = start.Value.Target;
                while (_componentAliases.TryGetValue(next, out (string Target, int Index) link) && seen.Add(next))
                {
                    if (++length > DocumentLimits.MaxReferenceChainLength)
                    {
                        return new LimitViolation(
                            $"chains more than {DocumentLimits.MaxReferenceChainLength} components that only $ref the next one, starting at '{start.Key}'",
                            $"{DocumentLimits.MaxReferenceChainLength} links",
                            "Point the $ref at the final component directly.",
                            start.Value.Index);
                    }

                    next = link.Target;
                }
            }

            return null;
        }

        private LimitViolation? Open(ParsingEvent start, string? anchor, bool isMapping)
        {
            string? key = EnterChild();
            if (_frames.Count >= DocumentLimits.MaxDepth)
            {
                return new LimitViolation(
                    $"nests deeper than {DocumentLimits.MaxDepth} levels",
                    $"{DocumentLimits.MaxDepth} levels",
                    "Move deeply nested schemas to components/schemas and reference them.",
                    start.Start.Index);
            }

            _frames.Add(new Frame(isMapping, key, anchor, _nodes));
            return CountNodes(1, start.Start.Index);
        }

        private LimitViolation? VisitScalar(Scalar scalar)
        {
            bool isKey = _frames.Count > 0 && _frames[_frames.Count - 1] is { IsMapping: true, ExpectKey: true };
            string? key = EnterChild();
            if (isKey)
            {
                _frames[_frames.Count - 1].PendingKey = scalar.Value;
            }
            else if (key == "$ref" && _frames.Count == 4 && _frames[1].Key == "components")
            {
                // A component that is a bare reference: #/components/{kind}/{name}: {$ref: ...}.
                string source = "#/components/" + JsonPointer.Escape(_frames[2].Key ?? string.Empty) + "/" + JsonPointer.Escape(_frames[3].Key ?? string.Empty);
                _componentAliases[source] = (scalar.Value, scalar.Start.Index);
            }

            if (scalar.Anchor is not null)
            {
                _anchorSizes[scalar.Anchor] = 1;
            }

            if (scalar.Value.Length > DocumentLimits.MaxScalarLength)
            {
                return new LimitViolation(
                    $"holds a value of {scalar.Value.Length.ToString("N0", CultureInfo.InvariantCulture)} characters",
                    $"{DocumentLimits.MaxScalarLength.ToString("N0", CultureInfo.InvariantCulture)} characters per value",
                    "Shorten the value, or move large examples out of the document.",
                    scalar.Start.Index);
            }

            return CountNodes(1, scalar.Start.Index);
        }

        private LimitViolation? VisitAlias(AnchorAlias alias)
        {
            EnterChild();
            int size = _anchorSizes.TryGetValue(alias.Value, out int known) ? known : 1;
            _expandedNodes += size;
            if (_expandedNodes > DocumentLimits.MaxAliasExpansionNodes || _expandedNodes < 0)
            {
                return new LimitViolation(
                    $"expands YAML aliases (*{alias.Value}) to more than {DocumentLimits.MaxAliasExpansionNodes.ToString("N0", CultureInfo.InvariantCulture)} nodes",
                    $"{DocumentLimits.MaxAliasExpansionNodes.ToString("N0", CultureInfo.InvariantCulture)} expanded nodes",
                    "Write the repeated parts out, or share them with $ref instead of YAML anchors.",
                    alias.Start.Index);
            }

            return CountNodes(size, alias.Start.Index);
        }

        /// <summary>Advances the parent mapping between key and value; returns the key a value sits under.</summary>
        private string? EnterChild()
        {
            if (_frames.Count == 0 || !_frames[_frames.Count - 1].IsMapping)
            {
                return null;
            }

            Frame parent = _frames[_frames.Count - 1];
            parent.ExpectKey = !parent.ExpectKey;
            if (!parent.ExpectKey)
            {
                // This child is a key; a non-scalar key has no name.
                parent.PendingKey = null;
                return null;
            }

            return parent.PendingKey;
        }

        private LimitViolation? CountNodes(int count, int index)
        {
            _nodes += count;
            return _nodes > DocumentLimits.MaxNodeCount || _nodes < 0
                ? new LimitViolation(
                    $"has more than {DocumentLimits.MaxNodeCount.ToString("N0", CultureInfo.InvariantCulture)} nodes",
                    $"{DocumentLimits.MaxNodeCount.ToString("N0", CultureInfo.InvariantCulture)} nodes",
                    "Split the document.",
                    index)
                : null;
        }
    }

    private sealed class Frame
    {
        public Frame(bool isMapping, string? key, string? anchor, int nodesBefore)
        {
            IsMapping = isMapping;
            Key = key;
            Anchor = anchor;
            NodesBefore = nodesBefore;
        }

        public bool IsMapping { get; }

        /// <summary>The mapping key this collection is the value of, if any.</summary>
        public string? Key { get; }

        public string? Anchor { get; }

        public int NodesBefore { get; }

        public bool ExpectKey { get; set; } = true;

        public string? PendingKey { get; set; }
    }
}
