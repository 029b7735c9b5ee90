using System.Text;
using SharpFuzz;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Decoding;
using TeamGraph.Core.Ingestion.Markdown;
using TeamGraph.Core.Ingestion.Mermaid;

// Coverage-guided fuzzing of the three stages that take untrusted input, with AFL++ (Debian's afl++) through SharpFuzz.
// Usage (bench/README.md, "Coverage-guided fuzzing"): build in Release, instrument TeamGraph.Core.dll with the
// sharpfuzz tool, then
//   AFL_SKIP_BIN_CHECK=1 afl-fuzz -i bench/TeamGraph.SharpFuzz/corpus/<target> -o findings -t 5000 -m none -- \
//       dotnet bench/TeamGraph.SharpFuzz/bin/Release/net10.0/TeamGraph.SharpFuzz.dll <target>
// where <target> is decoder, card or mermaid. Each stage promises never to throw on bad input, so any exception is a
// crash for AFL to keep; a hang past -t is a timeout.
var target = args.FirstOrDefault() ?? "decoder";
Action<byte[]> run = target switch
{
    "decoder" => bytes => new DocumentDecoder().Decode("fuzz.md", bytes),
    "card" => bytes => new RoleCardParser().Parse("fuzz.md", Encoding.UTF8.GetString(bytes), new List<Diagnostic>()),
    "mermaid" => bytes => new MermaidFlowchartParser().Parse(new MermaidBlock(Encoding.UTF8.GetString(bytes), 1, "fuzz.md"), new List<Diagnostic>()),
    _ => throw new ArgumentException($"Unknown target {target}: decoder, card or mermaid."),
};

if (args.Length > 1)
{
    // Replay: run one input file outside AFL and let an exception show its stack trace.
    run(File.ReadAllBytes(args[1]));
    return;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    run(memory.ToArray());
});
