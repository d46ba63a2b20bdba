using System;
using System.Collections.Generic;
using System.Text.Json;

namespace CodeGen.Runtime.Json;

/// <summary>
/// Look-ahead helpers for generated union converters. Each takes the reader by value: the copy walks ahead
/// while the caller's reader stays on the value's first token, so a discriminator may come after other members.
/// </summary>
public static class UnionReading
{
    /// <summary>The value of a top-level member of the object under the reader, as text; <see langword="null"/> when absent or not a scalar.</summary>
    /// <param name="reader">A copy of the reader, positioned on a <see cref="JsonTokenType.StartObject"/>.</param>
    /// <param name="propertyName">The member's UTF-8 name.</param>
    public static string? FindDiscriminator(Utf8JsonReader reader, ReadOnlySpan<byte> propertyName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool match = reader.ValueTextEquals(propertyName);
            if (!reader.Read())
            {
                return null;
            }

            if (match)
            {
                return reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()),
                    _ => null,
                };
            }

            if (!reader.TrySkip())
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The object variants that may hold the object under the reader, best first: a variant is left out when a
    /// member it requires is absent; the rest are ordered by how many present members they do not declare (fewest
    /// first), then by how many they do (most first), then by their order in the document.
    /// </summary>
    /// <param name="reader">A copy of the reader, positioned on a <see cref="JsonTokenType.StartObject"/>.</param>
    /// <param name="shapes">The object variants, in document order.</param>
    /// <returns>Indexes into <paramref name="shapes"/>.</returns>
    public static int[] RankShapes(Utf8JsonReader reader, ObjectShape[] shapes)
    {
        var present = new List<string>();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                present.Add(reader.GetString()!);
                if (!reader.Read() || !reader.TrySkip())
                {
                    break;
                }
            }
        }

        var presentSet = new HashSet<string>(present, StringComparer.Ordinal);
        var candidates = new List<(int Index, int Unknown, int Known)>();
        for (int i = 0; i < shapes.Length; i++)
        {
            ObjectShape shape = shapes[i];
            if (Array.Exists(shape.Required, name => !presentSet.Contains(name)))
            {
                continue;
            }

            int known = 0;
            foreach (string name in presentSet)
            {
                if (shape.Known.Contains(name))
                {
                    known++;
                }
            }

            candidates.Add((i, presentSet.Count - known, known));
        }

        candidates.Sort((a, b) => a.Unknown != b.Unknown ? a.Unknown.CompareTo(b.Unknown) : a.Known != b.Known ? b.Known.CompareTo(a.Known) : a.Index.CompareTo(b.Index));
        int[] ranked = new int[candidates.Count];
        for (int i = 0; i < ranked.Length; i++)
        {
            ranked[i] = candidates[i].Index;
        }

        return ranked;
    }

    /// <summary>Whether an exception thrown while reading one variant only means the value is not that variant.</summary>
    /// <param name="exception">The exception.</param>
    public static bool IsMismatch(Exception exception)
        => exception is JsonException or InvalidOperationException or FormatException or OverflowException;
}
