using System.IO;

namespace TencentVod.Sdk
{
    /// <summary>Moves a finished file over its destination; netstandard2.0 has no <c>File.Move(…, overwrite)</c>.</summary>
    internal static class FileReplacement
    {
        public static void MoveOver(string source, string destination)
        {
#if NET8_0_OR_GREATER
            File.Move(source, destination, overwrite: true);
#else
            if (File.Exists(destination))
            {
                File.Replace(source, destination, destinationBackupFileName: null);
            }
            else
            {
                File.Move(source, destination);
            }
#endif
        }
    }
}
