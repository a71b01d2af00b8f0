using System.Net;
using System.Net.Sockets;

namespace AdviceIntake.Portal.Hosting;

/// <summary>
/// Who is asking, for counting attempts: the visitor's address (the one a known proxy forwarded, see
/// <see cref="TransportSecurity"/>). An IPv6 address counts by its /64 network, since one household or phone is given a
/// whole /64 and could otherwise take a fresh address for every attempt.
/// </summary>
public static class ClientKey
{
    public const string Unknown = "unknown";

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }

    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);
}
