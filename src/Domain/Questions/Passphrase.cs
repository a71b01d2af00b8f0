using System.Security.Cryptography;

namespace AdviceIntake.Domain.Questions;

/// <summary>Five common words, shown once at submission, that with the reference open the status page.</summary>
public sealed record Passphrase
{
    public const int WordCount = 5;

    private Passphrase(string value) => Value = value;

    /// <summary>The words in lower case, separated by single spaces: the form that is hashed and compared.</summary>
    public string Value { get; }

    public static Passphrase New()
    {
        var words = new string[WordCount];
        for (var i = 0; i < WordCount; i++)
        {
            words[i] = PassphraseWords.All[RandomNumberGenerator.GetInt32(PassphraseWords.All.Length)];
        }

        return new Passphrase(string.Join(' ', words));
    }

    /// <summary>Accepts what a person types back: any case, extra spaces, hyphens or commas between the words.</summary>
    public static Passphrase Normalise(string? typed) =>
        new(string.Join(' ', (typed ?? string.Empty).ToLowerInvariant()
            .Split([' ', '-', ',', '.', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));

    public override string ToString() => Value;
}
