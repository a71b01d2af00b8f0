using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// Refuses passwords that guessing tools try first (ASVS 5, 6.2.4 and 6.2.11): one of the 30,000 most common passwords,
/// that password with digits or symbols around it or repeated, or one built on the account's own address or the
/// service's name. The list (common-passwords.txt) is the password dictionary zxcvbn ranks from Mark Burnett's
/// ten million leaked passwords, as shipped in zxcvbn (Dropbox, MIT licence); it is lower case, as the check is.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    private const int ShortestWordWorthNaming = 4;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        // An overlong password is refused by its own rule, with its own message.
        var refusal = password is null or { Length: > MaximumLengthPasswordValidator.MaximumLength } ? null : Check(password, user.Email);
        return Task.FromResult(refusal is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = refusal }));
    }

    /// <summary>Why the password is too easy to guess, or null when it is not.</summary>
    public static string? Check(string password, string? email)
    {
        var plain = new string([.. password.ToLowerInvariant().Where(c => !char.IsWhiteSpace(c))]);
        var core = plain.Trim("0123456789!@#$%^&*()-_=+.,?~`'\"".ToCharArray());
        if (core.Length == 0 || IsCommon(plain) || (core.Length >= ShortestWordWorthNaming && IsCommon(core)) || IsRepeated(plain))
        {
            return "This password is one of the most common, or built on one: it is tried first by anyone guessing. " +
                   "Choose another, such as three or four unrelated words.";
        }

        var name = email?.Split('@')[0].ToLowerInvariant();
        if ((name is { Length: >= ShortestWordWorthNaming } && plain.Contains(name, StringComparison.Ordinal))
            || plain.Contains("adviceintake", StringComparison.Ordinal))
        {
            return "A password must not contain your email address or the service's name. Choose another.";
        }

        return null;
    }

    private static bool IsCommon(string text) => Common.Value.Contains(text);

    // "trustno1trustno1", "abcabcabcabc": a short or common piece said again and again.
    private static bool IsRepeated(string text)
    {
        for (var length = 1; length <= text.Length / 2; length++)
        {
            if (text.Length % length == 0)
            {
                var piece = text[..length];
                if (string.Concat(Enumerable.Repeat(piece, text.Length / length)) == text && (length <= ShortestWordWorthNaming || IsCommon(piece)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("AdviceIntake.Portal.Features.Staff.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words;
    }
}
