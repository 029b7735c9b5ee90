using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace TeamGraph.Core.Docs;

/// <summary>
/// The few POSIX calls .NET does not offer: the type of a file (regular, FIFO, device, socket; .NET 10 still has no
/// public API for it, dotnet/runtime#85148), a non-blocking open, and <c>realpath</c>. On Linux the type comes from
/// <c>statx</c>, whose struct layout is fixed by the kernel on every architecture (unlike <c>struct stat</c>), and files
/// are opened with <c>O_NONBLOCK</c>, so opening a FIFO never waits for a writer even if the file is swapped for one
/// between the check and the open. Elsewhere (Windows, macOS) the managed calls are used, which cannot tell a FIFO.
/// </summary>
internal static partial class UnixFileSystem
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    private const int StatxModeOffset = 0x1C;
    private const int OpenReadOnlyNonBlocking = 0x800 | 0x100 | 0x80000; // O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC
    private const int FileTypeMask = 0xF000;

    /// <summary>The kind of file at <paramref name="path"/>, following links; <see cref="UnixFileKind.Unknown"/> when it cannot be told here.</summary>
    public static UnixFileKind KindOf(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return UnixFileKind.Unknown;
        }

        Span<byte> buffer = stackalloc byte[StatxSize];
        return Statx(AtFdCwd, path, 0, StatxType, ref MemoryMarshal.GetReference(buffer)) == 0 ? Kind(buffer) : UnixFileKind.Unknown;
    }

    /// <summary>
    /// Opens <paramref name="path"/> for reading without ever blocking in <c>open(2)</c>, and says what it opened: a
    /// handle only for a regular file (or, off Linux, whatever the managed open gives). Throws <see cref="IOException"/>
    /// or <see cref="UnauthorizedAccessException"/> when the file cannot be opened.
    /// </summary>
    public static (SafeFileHandle? Handle, UnixFileKind Kind) OpenRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return (File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), UnixFileKind.Unknown);
        }

        var descriptor = Open(path, OpenReadOnlyNonBlocking);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            var message = $"{Marshal.GetPInvokeErrorMessage(error)} (errno {error})";
            throw error is 1 or 13 ? new UnauthorizedAccessException(message) : new IOException(message);
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        Span<byte> buffer = stackalloc byte[StatxSize];
        var kind = Statx(descriptor, string.Empty, AtEmptyPath, StatxType, ref MemoryMarshal.GetReference(buffer)) == 0 ? Kind(buffer) : UnixFileKind.Unknown;
        if (kind is UnixFileKind.Regular or UnixFileKind.Unknown)
        {
            return (handle, kind);
        }

        handle.Dispose();
        return (null, kind);
    }

    /// <summary>
    /// <paramref name="path"/> with every symbolic link resolved (<c>realpath(3)</c>), or <see langword="null"/> when a
    /// link is broken or loops; off Unix, the full path with the final link resolved.
    /// </summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }

        var resolved = RealPathNative(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    private static UnixFileKind Kind(ReadOnlySpan<byte> statx) =>
        (BitConverter.ToUInt16(statx[StatxModeOffset..]) & FileTypeMask) switch
        {
            0x8000 => UnixFileKind.Regular,
            0x4000 => UnixFileKind.Directory,
            0x1000 => UnixFileKind.Fifo,
            0x2000 => UnixFileKind.CharacterDevice,
            0x6000 => UnixFileKind.BlockDevice,
            0xC000 => UnixFileKind.Socket,
            0xA000 => UnixFileKind.SymbolicLink,
            _ => UnixFileKind.Unknown,
        };

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr RealPathNative(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
