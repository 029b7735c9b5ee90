using System.CommandLine;

namespace TeamGraph.Cli;

/// <summary>
/// <c>teamgraph schema [-o file]</c>: the GraphQL API's schema in SDL, exactly as committed in <c>schema.graphql</c> and
/// served at <c>GET /graphql/schema.graphql</c>, so tools can generate clients without running the API. The committed
/// file is built into the tool (the API's tests hold it to the schema the API serves), so the command needs no GraphQL
/// library, which the tool compiled ahead of time could not build the schema with.
/// </summary>
internal sealed class SchemaCommand(TextWriter stdout, TextWriter stderr)
{

    private readonly Option<FileInfo?> _output = OutputFileOption.Create();

    public Command Create()
    {
        var command = new Command("schema", "Print the GraphQL API's schema (SDL), as served at /graphql/schema.graphql.") { _output };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parseResult)
    {
        var schema = BuiltInText.Read("TeamGraph.Cli.schema.graphql");
        var output = parseResult.GetValue(_output);
        if (output is null)
        {
            stdout.Write(schema);
            stdout.Flush();
            return ExitCodes.Success;
        }

        try
        {
            FileReplacement.WriteText(output.ToString(), schema);
        }
        catch (OutputFileException exception)
        {
            stderr.WriteLine($"error: {exception.Message}");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }
}
