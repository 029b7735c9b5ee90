namespace TeamGraph.Neo4j.Tests;

public sealed class Neo4jConfigurationTests : IDisposable
{
    private readonly string _passwordFile = Path.GetTempFileName();

    [Fact]
    public void Read_AllVariables_BuildsTheOptionsWithThePasswordFileWinning()
    {
        File.WriteAllText(_passwordFile, "from-file\n");
        var variables = new Dictionary<string, string>
        {
            ["NEO4J_URI"] = "https://graph.example:7473",
            ["NEO4J_USER"] = "ops",
            ["NEO4J_PASSWORD"] = "from-env",
            ["NEO4J_PASSWORD_FILE"] = _passwordFile,
            ["NEO4J_DATABASE"] = "teams",
        };

        var options = Neo4jConfiguration.Read(variables.GetValueOrDefault)!;

        Assert.Equal((new Uri("https://graph.example:7473"), "teams", "ops", "from-file"), (options.Uri, options.Database, options.User, options.Password));
    }

    [Fact]
    public void Read_NoUri_IsNull() => Assert.Null(Neo4jConfiguration.Read(_ => null));

    [Fact]
    public void Read_BoltUri_IsRefusedWithAHint()
    {
        var error = Assert.Throws<ArgumentException>(() => Neo4jConfiguration.Read(name => name == "NEO4J_URI" ? "bolt://localhost:7687" : null));

        Assert.Contains("http://localhost:7474", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NeverShowsThePasswordOrToken()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://localhost:7474"), User = "neo4j", Password = "hunter2", Token = "tok-123" };

        Assert.DoesNotContain("hunter2", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok-123", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("user=neo4j", options.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_passwordFile);
}
