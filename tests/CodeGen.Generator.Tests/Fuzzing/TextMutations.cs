using System.Text;

namespace CodeGen.Generator.Tests.Fuzzing;

/// <summary>Mutations below the tree: truncation, junk characters, invalid UTF-8, byte-order marks and line endings.</summary>
internal static class TextMutations
{
    private const string Junk = ":{}[]-'\"#&*!|>?%@`,\n\t\0\r \\";

    public static (byte[] Bytes, string Description) ApplyOne(Random random, string text)
    {
        switch (random.Next(8))
        {
            case 0:
                int cut = random.Next(text.Length + 1);
                return (Utf8(text.Substring(0, cut)), $"truncate at {cut}");
            case 1:
                var chars = text.ToCharArray();
                int flips = random.Next(1, 6);
                for (int i = 0; i < flips && chars.Length > 0; i++)
                {
                    chars[random.Next(chars.Length)] = Junk[random.Next(Junk.Length)];
                }

                return (Utf8(new string(chars)), $"{flips} junk characters");
            case 2:
                byte[][] invalid = { new byte[] { 0xFF }, new byte[] { 0xC3 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0x80, 0x80 }, new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 } };
                var bytes = new List<byte>(Utf8(text));
                int at = random.Next(bytes.Count + 1);
                bytes.InsertRange(at, invalid[random.Next(invalid.Length)]);
                return (bytes.ToArray(), $"invalid UTF-8 at byte {at}");
            case 3:
                return (Utf8("\uFEFF" + text), "byte-order mark");
            case 4:
                return (Utf8(text.Replace("\n", "\r\n", StringComparison.Ordinal)), "CRLF line endings");
            case 5:
                return (Utf8(text.Replace("  ", "\t", StringComparison.Ordinal)), "tabs for indentation");
            case 6:
                return (Utf8(random.Next(2) == 0 ? string.Empty : " \n\n\t\n"), "empty");
            default:
                int start = random.Next(text.Length + 1);
                return (Utf8(text.Insert(start, text.Substring(start, Math.Min(200, text.Length - start)))), $"repeat 200 characters at {start}");
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
