using TeamGraph.Cli;

return TeamGraphCommandLine.Run(args, Console.Out, Console.Error,
    new CommandConsole(Console.Error, TerminalCapabilities.Detect(Environment.GetEnvironmentVariable)));
