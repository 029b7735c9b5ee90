using TeamGraph.Cli;

return await TeamGraphCommandLine.Build().Parse(args).InvokeAsync();
