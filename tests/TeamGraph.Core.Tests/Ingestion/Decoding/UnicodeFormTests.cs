using System.Text;
using TeamGraph.Core.Ingestion.Decoding;

namespace TeamGraph.Core.Tests.Ingestion.Decoding;

public class UnicodeFormTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00 }, "utf-32le", 4)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00 }, "utf-16le", 2)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x41 }, "utf-16be", 2)]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41 }, "utf-32be", 4)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 }, "utf-8", 3)]
    public void FromByteOrderMark_EachMark_IsRecognisedWithItsLength(byte[] bytes, string name, int bomLength)
    {
        var form = UnicodeForm.FromByteOrderMark(bytes);

        Assert.NotNull(form);
        Assert.Equal((name, bomLength), (form.Name, form.BomLength));
    }

    [Fact]
    public void FromZeroBytePattern_RussianProseInUtf16_IsRecognised()
    {
        var bytes = Encoding.BigEndianUnicode.GetBytes("Съешь же ещё этих мягких французских булок, да выпей чаю.");

        Assert.Equal("utf-16be", UnicodeForm.FromZeroBytePattern(bytes)?.Name);
    }

    [Fact]
    public void FromZeroBytePattern_ZerosAtBothParities_IsNotUtf16()
    {
        byte[] bytes = [0x00, 0x01, 0x02, 0x00, 0x00, 0x00, 0x7F, 0x45, 0x00, 0x10];

        Assert.Null(UnicodeForm.FromZeroBytePattern(bytes));
    }
}
