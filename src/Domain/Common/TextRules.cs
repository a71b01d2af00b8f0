namespace AdviceIntake.Domain.Common;

internal static class TextRules
{
    /// <summary>
    /// Control characters never belong in a name or a one-line text, and half of a surrogate pair is no character at
    /// all (nothing can store or show it). Longer texts may keep their tabs and line breaks.
    /// </summary>
    public static bool HasUnreadableCharacters(string value, bool allowLineBreaks = false)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Trims and collapses runs of inner white space, so "  Jane   Doe " is stored as "Jane Doe".</summary>
    public static string Tidy(string? value) =>
        string.Join(' ', (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
