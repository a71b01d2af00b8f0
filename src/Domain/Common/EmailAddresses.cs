using System.Text.RegularExpressions;

namespace AdviceIntake.Domain.Common;

public static partial class EmailAddresses
{
    public const int MaxLength = 254;

    /// <summary>
    /// Stricter than EmailAddressAttribute, and what mail servers actually deliver to: no spaces, brackets or quotes,
    /// and a dot in the domain.
    /// </summary>
    public static bool IsValid(string address) =>
        address.Length <= MaxLength && !TextRules.HasUnreadableCharacters(address) && Pattern().IsMatch(address);

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
