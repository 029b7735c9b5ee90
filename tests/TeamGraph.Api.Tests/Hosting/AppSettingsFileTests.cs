using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using TeamGraph.Api.Hosting;

namespace TeamGraph.Api.Tests.Hosting;

/// <summary><c>src/TeamGraph.Api/appsettings.json</c> is the documented list of settings: it must say what the code does.</summary>
public sealed class AppSettingsFileTests
{
    private static readonly string FilePath = Path.Combine(TestPaths.RepoRoot, "src", "TeamGraph.Api", "appsettings.json");

    [Fact]
    public void TeamGraphSection_BindsToExactlyTheDefaultsOfTheCode()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(FilePath, optional: false).Build();
        var bound = new TeamGraphOptions();
        configuration.GetSection(TeamGraphOptions.SectionName).Bind(bound);

        Assert.Equal(JsonSerializer.Serialize(new TeamGraphOptions()), JsonSerializer.Serialize(bound));
    }

    [Fact]
    public void EverySetting_IsNamedInTheFile()
    {
        var text = File.ReadAllText(FilePath);
        var names = typeof(TeamGraphOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Concat(typeof(LimitsOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(property => property.Name);

        Assert.All(names, name => Assert.Contains($"\"{name}\"", text, StringComparison.Ordinal));
    }

    [Fact]
    public void LogLevels_AreTheDefaultsOfTheCode()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(FilePath, optional: false).Build();
        var levels = configuration.GetSection("Logging:LogLevel").GetChildren().ToDictionary(level => level.Path, level => level.Value, StringComparer.Ordinal);

        Assert.Equal(TeamGraphLoggingExtensions.DefaultLevels.OrderBy(l => l.Key, StringComparer.Ordinal), levels.OrderBy(l => l.Key, StringComparer.Ordinal));
    }
}
