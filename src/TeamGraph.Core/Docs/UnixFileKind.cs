namespace TeamGraph.Core.Docs;

/// <summary>What a path names, as <c>stat(2)</c> tells it.</summary>
internal enum UnixFileKind
{
    /// <summary>Not known: the platform cannot tell, or the call failed.</summary>
    Unknown,

    /// <summary>A regular file, the only kind that is read.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A named pipe: opening it for reading waits for a writer.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c>.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A symbolic link (only seen when links are not followed).</summary>
    SymbolicLink,
}
