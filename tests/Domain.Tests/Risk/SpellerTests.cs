using System.Globalization;
using System.Text;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Domain.Risk.Reading;

namespace AdviceIntake.Domain.Tests.Risk;

/// <summary>
/// The speller corrects a misspelt key word ("sucide"), but a real word one edit from a key word is what its writer
/// meant: read as "choking", "cooking for him" raised strangulation. Every word of the English and Spanish dictionaries
/// (Debian's wamerican-large and wspanish, which test.sh installs) is tried, so a key word a clinician adds cannot
/// silently swallow an ordinary one.
/// </summary>
public sealed class SpellerTests
{
    private static readonly string[] Dictionaries = ["/usr/share/dict/american-english-large", "/usr/share/dict/spanish"];

    /// <summary>Real words that may become a key word: its own inflections and spellings, which mean the same.</summary>
    private static readonly HashSet<string> SameMeaning =
    [
        "babysitters", "bedsore", "breakings", "breathings", "bruise", "caregivers", "chocking", "chokes", "closets", "comings",
        "concent", "daughters", "demencia", "disappears", "drawer", "drowse", "fallowing", "followings", "goodby", "goodbys",
        "grandam", "grandmothers", "handfuls", "handsful", "hidings", "kidnaped", "kidnapper", "medicacion", "molester",
        "neglecter", "neglects", "outsides", "overdoses", "paracetamols", "pastilla", "pastilles", "poundings", "secreta",
        "shoves", "someones", "stepfathers", "strangles", "suicida", "suicidarse", "suicides", "swallower", "tableta",
        "threaten", "touchings", "violado", "windows",
    ];

    [Theory]
    [InlineData("cooking", null)]
    [InlineData("closed", null)]
    [InlineData("tables", null)]
    [InlineData("hiking", null)]
    [InlineData("sucide", "suicide")]
    [InlineData("strangeled", "strangled")]
    [InlineData("chocking", "choking")]
    public void A_misspelt_key_word_is_corrected_and_a_real_word_is_left_alone(string word, string? expected) =>
        Assert.Equal(expected, NewSpeller().Correct(word));

    [Fact]
    public void No_word_of_the_dictionaries_becomes_a_key_word_of_another_meaning()
    {
        var speller = NewSpeller();
        var words = Dictionaries.SelectMany(File.ReadLines).Where(w => !w.Contains('\'', StringComparison.Ordinal)).Select(Folded).ToHashSet();
        Assert.True(words.Count > 100_000, "The dictionaries are missing: test.sh installs them.");

        var changed = words.Where(w => !SameMeaning.Contains(w) && speller.Correct(w) is { } c && c != w)
            .Select(w => $"{w} -> {speller.Correct(w)}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(changed.Count == 0, $"Real words read as a key word (add them to RiskLexicon.RealWords): {string.Join(", ", changed)}");
    }

    private static Speller NewSpeller() => new(RiskLexicon.SpellingKeys, RiskLexicon.RealWords);

    /// <summary>Lower case with accents taken off, as the lexicon's normal form has it.</summary>
    private static string Folded(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)]);
    }
}
