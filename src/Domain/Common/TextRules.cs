namespace AdviceIntake.Domain.Common;

internal static class TextRules
{
    /// <summary>Control characters never belong in a name or a one-line text; tabs and line breaks are checked by the caller.</summary>
    public static bool HasControlCharacters(string value) => value.Any(char.IsControl);

    /// <summary>Trims and collapses runs of inner white space, so "  Jane   Doe " is stored as "Jane Doe".</summary>
    public static string Tidy(string? value) =>
        string.Join(' ', (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
