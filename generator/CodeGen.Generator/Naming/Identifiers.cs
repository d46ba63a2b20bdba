using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Naming;

/// <summary>Turns names from a spec (snake_case, kebab-case, dotted, unicode, leading digits) into C# identifiers.</summary>
internal static class Identifiers
{
    /// <summary><c>model_name</c> → <c>ModelName</c>, <c>16:9</c> → <c>_16_9</c>, <c>WAITING</c> → <c>Waiting</c>.</summary>
    public static string ToPascalCase(string name, string fallback = "Value")
    {
        List<string> words = SplitWords(name);
        var builder = new StringBuilder(name.Length + 1);
        string? previous = null;
        foreach (string word in words)
        {
            // Digit groups next to each other stay apart: "2.1" must not read as "21".
            if (previous is not null && char.IsDigit(previous[previous.Length - 1]) && char.IsDigit(word[0]))
            {
                builder.Append('_');
            }

            builder.Append(Capitalize(word));
            previous = word;
        }

        string result = builder.Length == 0 ? fallback : builder.ToString();
        return EnsureValidStart(result);
    }

    /// <summary><c>task_id</c> → <c>taskId</c>; keywords get an <c>@</c>.</summary>
    public static string ToCamelCase(string name, string fallback = "value")
    {
        string pascal = ToPascalCase(name, fallback);
        if (pascal[0] == '_')
        {
            return pascal;
        }

        int upper = 0;
        while (upper < pascal.Length && char.IsUpper(pascal[upper]))
        {
            upper++;
        }

        // "URLPath" → "urlPath", "ID" → "id", "Name" → "name".
        int lowerCount = upper <= 1 ? 1 : (upper == pascal.Length ? upper : upper - 1);
        string camel = pascal.Substring(0, lowerCount).ToLowerInvariant() + pascal.Substring(lowerCount);
        return EscapeKeyword(camel);
    }

    /// <summary>Prefixes <c>@</c> to a C# keyword so it can be used as an identifier.</summary>
    /// <remarks>
    /// <c>await</c> is only a keyword inside async methods, where every generated parameter lives, so it is escaped too.
    /// </remarks>
    public static string EscapeKeyword(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || identifier == "await" ? "@" + identifier : identifier;

    /// <summary>
    /// A name the user chose for a generated type or namespace: an identifier, not a keyword, and not a contextual
    /// keyword that changes meaning in generated code (<c>var</c>, <c>await</c>, …).
    /// </summary>
    public static bool IsUsableTypeName(string name)
        => SyntaxFacts.IsValidIdentifier(name)
            && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
            && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;

    private static string EnsureValidStart(string identifier)
    {
        char first = identifier[0];
        if (first == '_' || IsLetter(first))
        {
            return identifier;
        }

        return "_" + identifier;
    }

    private static List<string> SplitWords(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (!IsIdentifierPart(c))
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                char last = current[current.Length - 1];
                bool lowerToUpper = char.IsLower(last) && char.IsUpper(c);
                bool acronymEnd = char.IsUpper(last) && char.IsUpper(c) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                bool letterDigit = !char.IsDigit(last) && char.IsDigit(c);
                if (lowerToUpper || acronymEnd || letterDigit)
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    private static string Capitalize(string word)
    {
        // Shouting words become Pascal ("WAITING" → "Waiting"); short acronyms stay ("GV", "OS", "ID").
        bool allUpper = true;
        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                allUpper = false;
                break;
            }
        }

        if (allUpper && word.Length > 2)
        {
            return word.Substring(0, 1) + word.Substring(1).ToLowerInvariant();
        }

        return char.ToUpperInvariant(word[0]) + word.Substring(1);
    }

    private static bool IsLetter(char c)
        => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber;

    private static bool IsIdentifierPart(char c)
        => IsLetter(c) || char.IsDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation && c != '_';
}
