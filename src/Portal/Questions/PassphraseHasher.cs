using System.Globalization;
using System.Security.Cryptography;
using AdviceIntake.Domain.Questions;

namespace AdviceIntake.Portal.Questions;

/// <summary>
/// Stores a passphrase as a salted PBKDF2-HMAC-SHA256 hash. The passphrase is machine-made with 45 bits of entropy and
/// look-ups lock after ten failures, so the iteration count is set for a stolen database (see the decision record),
/// not for guessable human passwords.
/// </summary>
public static class PassphraseHasher
{
    public const int Iterations = 5_000;
    private const int SaltLength = 16;
    private const int HashLength = 32;
    private const string Scheme = "pbkdf2-sha256";

    public static string Hash(Passphrase passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        var hash = Rfc2898DeriveBytes.Pbkdf2(passphrase.Value, salt, Iterations, HashAlgorithmName.SHA256, HashLength);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public static bool Verify(Passphrase passphrase, string stored)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(passphrase.Value, Convert.FromBase64String(parts[2]), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
