using System.Text;

namespace TeamGraph.Testing.Fuzzing;

/// <summary>
/// Shrinks a failing folder further than CsCheck's size-based shrinking: drops whole files, then lines of each file
/// (delta debugging, chunks halving down to single lines), keeping a change only while the run still fails with the
/// same <see cref="Key"/>. Files are shrunk as bytes split at <c>\n</c> (or <c>\r</c>), so odd encodings stay as they were.
/// </summary>
public static class FailureMinimiser
{
    /// <summary>What identifies a failure across inputs: the stage and the first line of what happened.</summary>
    public static string Key(PipelineFailure failure)
    {
        if (failure.Stage == "document budget")
        {
            return failure.Stage;
        }

        var firstLine = failure.What.Split('\n')[0];
        var cut = failure.Stage.StartsWith("diagnostic", StringComparison.Ordinal) || failure.Stage.StartsWith("re-ingest", StringComparison.Ordinal)
            ? firstLine.Split(' ')[0] + " " + (firstLine.Split(' ').ElementAtOrDefault(1) ?? "") // severity and code
            : firstLine;
        return $"{failure.Stage}: {cut}";
    }

    /// <summary>The smallest folder found that still fails with <paramref name="key"/>; at most <paramref name="maxRuns"/> pipeline runs.</summary>
    public static GeneratedFolder Minimise(GeneratedFolder folder, string key, int maxRuns = 400)
    {
        var runs = 0;
        bool Fails(GeneratedFolder candidate)
        {
            if (runs++ >= maxRuns)
            {
                return false;
            }

            var root = Directory.CreateTempSubdirectory("teamgraph-shrink-").FullName;
            try
            {
                candidate.WriteTo(root);
                return PipelineRun.Run(root).Failures.Any(f => Key(f) == key);
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }

        var files = folder.Files.ToList();
        for (var i = files.Count - 1; i >= 0 && files.Count > 1; i--)
        {
            var without = files.Where((_, j) => j != i).ToList();
            if (Fails(new GeneratedFolder(without)))
            {
                files = without;
            }
        }

        for (var f = 0; f < files.Count; f++)
        {
            var lines = Split(files[f].Bytes);
            for (var chunk = Math.Max(1, lines.Count / 2); chunk >= 1; chunk /= 2)
            {
                for (var start = 0; start < lines.Count;)
                {
                    var candidateLines = lines.Take(start).Concat(lines.Skip(start + chunk)).ToList();
                    var candidate = files.Select((file, j) => j == f ? file with { Bytes = Join(candidateLines) } : file).ToList();
                    if (candidateLines.Count < lines.Count && Fails(new GeneratedFolder(candidate)))
                    {
                        lines = candidateLines;
                        files = candidate;
                    }
                    else
                    {
                        start += chunk;
                    }
                }

                if (chunk == 1)
                {
                    break;
                }
            }
        }

        return new GeneratedFolder(files);
    }

    /// <summary>Writes <paramref name="folder"/> under <paramref name="directory"/> with a README.txt saying what fails.</summary>
    public static void Save(GeneratedFolder folder, string directory, string what)
    {
        Directory.CreateDirectory(directory);
        folder.WriteTo(directory);
        var readme = new StringBuilder().Append(what).Append("\n\nFiles:\n");
        foreach (var file in folder.Files)
        {
            readme.Append("  ").Append(file.Path).Append(" (").Append(file.How).Append(", ").Append(file.Bytes.Length).Append(" bytes)\n");
        }

        File.WriteAllText(Path.Combine(directory, "FAILURE.txt"), readme.ToString());
    }

    private static List<byte[]> Split(byte[] bytes)
    {
        // Files with CR line ends only are split at CR.
        var end = Array.IndexOf(bytes, (byte)'\n') >= 0 ? (byte)'\n' : (byte)'\r';
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == end)
            {
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add(bytes[start..]);
        }

        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => [.. lines.SelectMany(l => l)];
}
