using TeamGraph.Api.Http.Logging;

namespace TeamGraph.Api.Tests.Http.Logging;

public sealed class LogValueTests
{
    [Theory]
    [InlineData("GetRoles", "GetRoles")]
    [InlineData("Q\nfake: line", @"Q\u000afake: line")]
    [InlineData("a\r\nb", @"a\u000d\u000ab")]
    [InlineData("\u001b[31mred\u001b[0m", @"\u001b[31mred\u001b[0m")]
    [InlineData("x\u0085y\u2028z\u202e", @"x\u0085y\u2028z\u202e")]
    [InlineData(@"a\u000ab", @"a\\u000ab")]
    [InlineData("Ролі", "Ролі")]
    public void Escape_WritesControlCharactersAsEscapes(string value, string expected) =>
        Assert.Equal(expected, LogValue.Escape(value));

    [Fact]
    public void Escape_CutsLongValues()
    {
        var escaped = LogValue.Escape(new string('a', 10_000))!;

        Assert.Equal(new string('a', LogValue.MaxLength) + "…(+9800)", escaped);
    }

    [Fact]
    public void Escape_Null_StaysNull() => Assert.Null(LogValue.Escape(null));
}
