using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>Reads a .nupkg as the zip it is: its entries, its nuspec and the DLLs inside.</summary>
internal sealed class Nupkg
{
    private readonly string _path;

    public Nupkg(string path)
    {
        _path = path;
        using ZipArchive zip = ZipFile.OpenRead(path);
        Entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/", StringComparison.Ordinal) && !n.StartsWith("_rels/", StringComparison.Ordinal) && n != "[Content_Types].xml").OrderBy(n => n, StringComparer.Ordinal).ToArray();
        string nuspecName = Entries.Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal) && !e.Contains('/', StringComparison.Ordinal));
        using Stream nuspec = zip.GetEntry(nuspecName)!.Open();
        Nuspec = XDocument.Load(nuspec);
    }

    public string[] Entries { get; }

    public XDocument Nuspec { get; }

    public string? Metadata(string element)
        => Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata").Elements().FirstOrDefault(e => e.Name.LocalName == element)?.Value;

    public XElement? MetadataElement(string element)
        => Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata").Elements().FirstOrDefault(e => e.Name.LocalName == element);

    /// <summary>The ids of every package dependency, over all framework groups.</summary>
    public string[] DependencyIds
        => Nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).Distinct().OrderBy(i => i, StringComparer.Ordinal).ToArray();

    public string ReadText(string entry)
    {
        using ZipArchive zip = ZipFile.OpenRead(_path);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The debug directory entry types of a DLL in the package (embedded PDB, reproducible build, ...).</summary>
    public DebugDirectoryEntryType[] DebugEntries(string entry)
    {
        using ZipArchive zip = ZipFile.OpenRead(_path);
        using var buffer = new MemoryStream();
        using (Stream dll = zip.GetEntry(entry)!.Open())
        {
            dll.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        return pe.ReadDebugDirectory().Select(d => d.Type).ToArray();
    }
}
