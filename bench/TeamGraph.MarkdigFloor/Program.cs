using System.Globalization;
using Markdig;

// The floor of an ingest as a process of its own (bench/export-scale.sh): every *.md below the folder read and parsed by
// Markdig with the extensions TeamGraph's cards use (pipe tables, YAML front matter), in parallel like the ingester,
// keeping nothing. Usage: TeamGraph.MarkdigFloor FOLDER
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: TeamGraph.MarkdigFloor FOLDER");
    return 2;
}

var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();
var files = Directory.GetFiles(args[0], "*.md", SearchOption.AllDirectories);
var blocks = files.AsParallel().Sum(file => Markdown.Parse(File.ReadAllText(file), pipeline).Count);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Length} files, {blocks} top-level blocks"));
return 0;
