using System.Security.Cryptography;

namespace AdviceIntake.Domain.Questions;

/// <summary>
/// The public reference of a question, such as K7QF-M2XD-9R: ten characters of Crockford's base 32 (no I, L, O or U),
/// grouped to be read aloud or copied by hand. Typing O for 0, or I or L for 1, still finds the question.
/// </summary>
public sealed record ReferenceCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 10;

    private ReferenceCode(string value) => Value = value;

    /// <summary>The ten characters without separators, as stored.</summary>
    public string Value { get; }

    public static ReferenceCode New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new ReferenceCode(new string(chars));
    }

    public static bool TryParse(string? text, out ReferenceCode code)
    {
        code = default!;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        Span<char> chars = stackalloc char[Length];
        var count = 0;
        foreach (var c in text)
        {
            if (c is '-' or ' ' or '\u2010' or '\u2011' or '\u2013')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (count == Length || !Alphabet.Contains(upper, StringComparison.Ordinal))
            {
                return false;
            }

            chars[count++] = upper;
        }

        if (count != Length)
        {
            return false;
        }

        code = new ReferenceCode(new string(chars));
        return true;
    }

    /// <summary>A reference as the database keeps it; anything else there is a broken row, not input to correct.</summary>
    public static ReferenceCode FromStored(string value) =>
        value.Length == Length && TryParse(value, out var code) && code.Value == value
            ? code
            : throw new FormatException("A stored reference must be ten characters of the reference alphabet.");

    public override string ToString() => $"{Value[..4]}-{Value[4..8]}-{Value[8..]}";
}
