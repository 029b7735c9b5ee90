using System.Globalization;
using CsCheck;
using TeamGraph.Testing.Fuzzing;

namespace TeamGraph.Core.Tests.Fuzzing;

/// <summary>
/// How much the fuzz properties run. CI runs the default, a bounded number of folders per property; set
/// <c>TEAMGRAPH_FUZZ_FOLDERS</c> for more (or fewer), and replay one failure with CsCheck's own <c>CsCheck_Seed</c>
/// (the seed a failing property prints). Runs are single-threaded per property: xunit already runs classes in
/// parallel and the machine has two cores.
/// </summary>
internal static class FuzzSettings
{
    /// <summary>Folders generated per property (about 3.5 documents each).</summary>
    public static long Folders { get; } =
        long.TryParse(Environment.GetEnvironmentVariable("TEAMGRAPH_FUZZ_FOLDERS"), NumberStyles.None, CultureInfo.InvariantCulture, out var folders) ? folders : 250;

    /// <summary>Runs <paramref name="property"/> over generated folders written to disk, shrinking and printing the seed on failure.</summary>
    public static void Sample(Gen<GeneratedFolder> folders, Action<GeneratedFolder, string> property, long? iterations = null) =>
        folders.Sample(folder =>
        {
            var root = Directory.CreateTempSubdirectory("teamgraph-fuzz-").FullName;
            try
            {
                folder.WriteTo(root);
                property(folder, root);
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }, iter: iterations ?? Folders, threads: 1, print: folder => folder.ToString());
}
