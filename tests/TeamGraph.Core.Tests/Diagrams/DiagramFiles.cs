namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>Writes catalogued diagrams to files for the checking tools.</summary>
internal static class DiagramFiles
{
    /// <summary>A fresh folder holding <paramref name="diagrams"/>, one file each; returns the paths.</summary>
    public static IReadOnlyList<string> WriteAll(string folder, IEnumerable<CataloguedDiagram> diagrams)
    {
        var paths = new List<string>();
        foreach (var diagram in diagrams)
        {
            var path = Path.Combine(folder, diagram.FileName);
            File.WriteAllText(path, diagram.Result.Text);
            paths.Add(path);
        }

        return paths;
    }
}
