namespace AdviceIntake.Domain.Referrals;

/// <summary>A text-message line: the short code or number, and the word to send first, if any ("text START to 88788").</summary>
public sealed record TextLine
{
    private TextLine(string number, string? keyword)
    {
        Number = number;
        Keyword = keyword;
    }

    public string Number { get; }

    public string? Keyword { get; }

    public string Display => Keyword is null ? $"Text {Number}" : $"Text {Keyword} to {Number}";

    /// <summary>RFC 5724 form, which fills in the keyword on phones that support a body.</summary>
    public string SmsUri => Keyword is null ? $"sms:{Number}" : $"sms:{Number}?body={Uri.EscapeDataString(Keyword)}";

    public static TextLine? Create(string? number, string? keyword)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        var digits = number.Trim();
        if (digits.Length is < 3 or > 15 || !digits.All(char.IsAsciiDigit))
        {
            throw new FormatException($"'{digits}' is not a text line: use 3 to 15 digits.");
        }

        var word = string.IsNullOrWhiteSpace(keyword) ? null : keyword.Trim().ToUpperInvariant();
        return new TextLine(digits, word);
    }
}
