using System.Globalization;
using TeamGraph.Benchmarks;

// The floor of an ingest as a process of its own (bench/export-scale.sh): every *.md below the folder read and parsed
// by Markdig (MarkdigFloor), keeping nothing. Usage: TeamGraph.MarkdigFloor FOLDER
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: TeamGraph.MarkdigFloor FOLDER");
    return 2;
}

var files = Directory.GetFiles(args[0], "*.md", SearchOption.AllDirectories);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Length} files, {MarkdigFloor.ParseAll(files)} top-level blocks"));
return 0;
