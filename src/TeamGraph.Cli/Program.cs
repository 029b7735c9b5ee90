using TeamGraph.Cli;

return TeamGraphCommandLine.Run(args, Console.Out, Console.Error);
