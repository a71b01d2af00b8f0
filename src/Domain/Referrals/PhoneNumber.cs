namespace AdviceIntake.Domain.Referrals;

/// <summary>A number as people read it ("1-800-799-7233") and as a phone dials it ("tel:18007997233").</summary>
public sealed record PhoneNumber
{
    private PhoneNumber(string display, string digits)
    {
        Display = display;
        Digits = digits;
    }

    public string Display { get; }

    public string Digits { get; }

    public string TelUri => $"tel:{Digits}";

    public static PhoneNumber? Parse(string? display)
    {
        if (string.IsNullOrWhiteSpace(display))
        {
            return null;
        }

        var trimmed = display.Trim();
        if (trimmed.Any(c => !char.IsAsciiDigit(c) && c is not '-' and not ' ' and not '(' and not ')' and not '+' and not '.'))
        {
            throw new FormatException($"'{trimmed}' is not a phone number: use digits, spaces, dashes or brackets.");
        }

        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        // Three digits covers the N11 numbers (911, 988); fifteen is the E.164 maximum.
        if (digits.Length is < 3 or > 15)
        {
            throw new FormatException($"'{trimmed}' is not a phone number: it needs 3 to 15 digits.");
        }

        return new PhoneNumber(trimmed, digits);
    }
}
