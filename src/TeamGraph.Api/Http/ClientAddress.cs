using System.Net;

namespace TeamGraph.Api.Http;

/// <summary>How the per-client limits (failed API keys, subscriptions) tell clients apart: by their address.</summary>
internal static class ClientAddress
{
    /// <summary>IPv4 addresses mapped into IPv6 count as themselves; no address (in-memory tests) is one client.</summary>
    public static IPAddress Key(IPAddress? address) =>
        address is null ? IPAddress.IPv6None : address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
