using System;
using System.Text;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// An indenting writer. A multi-line string is re-indented line by line, so raw string blocks can be written
/// at their natural indentation. Lines end in <c>\n</c> on every OS, so the output is byte-identical everywhere.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new(4096);

    public int Indentation { get; set; }

    /// <summary>Whether the last line written closed a block, so that a following statement wants a blank line first.</summary>
    public bool LastLineClosedBlock { get; private set; }

    public SourceWriter WriteLine()
    {
        _builder.Append('\n');
        LastLineClosedBlock = false;
        return this;
    }

    /// <summary>Writes a blank line when the last line closed a block, as hand-written code separates a block from what follows.</summary>
    public SourceWriter SeparateFromBlock() => LastLineClosedBlock ? WriteLine() : this;

    public SourceWriter WriteLine(string text)
    {
        if (text.IndexOf('\n') < 0)
        {
            AppendLine(text);
            return this;
        }

        foreach (string line in text.Replace("\r\n", "\n").Split('\n'))
        {
            AppendLine(line);
        }

        return this;
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace, and indents until the returned scope is disposed.</summary>
    public Scope Block(string header)
    {
        WriteLine(header);
        WriteLine("{");
        Indentation++;
        return new Scope(this, "}");
    }

    /// <summary>Like <see cref="Block(string)"/>, closing with <paramref name="closing"/> (e.g. <c>};</c>).</summary>
    public Scope Block(string header, string closing)
    {
        WriteLine(header);
        WriteLine("{");
        Indentation++;
        return new Scope(this, closing);
    }

    public override string ToString() => _builder.ToString();

    private void AppendLine(string line)
    {
        LastLineClosedBlock = false;
        if (line.Length > 0)
        {
            for (int i = 0; i < Indentation; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    public readonly struct Scope : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _closing;

        public Scope(SourceWriter writer, string closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            _writer.Indentation--;
            _writer.WriteLine(_closing);
            _writer.LastLineClosedBlock = true;
        }
    }
}
