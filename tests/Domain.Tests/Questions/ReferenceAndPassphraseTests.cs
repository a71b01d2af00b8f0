using AdviceIntake.Domain.Questions;

namespace AdviceIntake.Domain.Tests.Questions;

public sealed class ReferenceAndPassphraseTests
{
    [Fact]
    public void A_new_reference_is_ten_unambiguous_characters_in_groups_of_four_four_two()
    {
        var code = ReferenceCode.New();

        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$", code.ToString());
        Assert.Equal(10, code.Value.Length);
    }

    [Fact]
    public void Ten_thousand_references_are_all_different()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => ReferenceCode.New().Value).ToHashSet();

        Assert.Equal(10_000, codes.Count);
    }

    [Theory]
    [InlineData("K7QF-M2XD-9R", "K7QFM2XD9R")]
    [InlineData("k7qf m2xd 9r", "K7QFM2XD9R")]
    [InlineData("K7QFM2XD9R", "K7QFM2XD9R")]
    [InlineData("O0IL-1111-11", "0011111111")]
    public void A_reference_is_read_back_however_it_is_typed(string typed, string value)
    {
        Assert.True(ReferenceCode.TryParse(typed, out var code));
        Assert.Equal(value, code.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("K7QF-M2XD")]
    [InlineData("K7QF-M2XD-9R-1")]
    [InlineData("K7QF-M2XD-9U")]
    [InlineData("<script>alert</script>")]
    public void Anything_else_is_not_a_reference(string typed)
    {
        Assert.False(ReferenceCode.TryParse(typed, out _));
    }

    [Fact]
    public void A_passphrase_is_five_common_words()
    {
        var passphrase = Passphrase.New();

        var words = passphrase.Value.Split(' ');
        Assert.Equal(5, words.Length);
        Assert.All(words, w => Assert.Matches("^[a-z]{3,9}$", w));
    }

    [Fact]
    public void The_word_list_has_512_different_words()
    {
        Assert.Equal(512, PassphraseWords.All.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("Maple river  CANDLE-otter, spruce", "maple river candle otter spruce")]
    [InlineData("  maple river candle otter spruce ", "maple river candle otter spruce")]
    public void A_typed_passphrase_is_compared_in_one_form(string typed, string value)
    {
        Assert.Equal(value, Passphrase.Normalise(typed).Value);
    }

    [Fact]
    public void After_ten_failures_look_ups_are_refused_for_fifteen_minutes()
    {
        var start = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        var guard = StatusLookupGuard.For("K7QFM2XD9R");

        for (var i = 0; i < 9; i++)
        {
            guard.RecordFailure(start.AddSeconds(i));
        }

        Assert.False(guard.IsLocked(start.AddSeconds(10)));
        guard.RecordFailure(start.AddSeconds(10));
        Assert.True(guard.IsLocked(start.AddSeconds(11)));
        Assert.True(guard.IsLocked(start.AddSeconds(10).AddMinutes(14)));
        Assert.False(guard.IsLocked(start.AddSeconds(10).AddMinutes(15)));
    }

    [Fact]
    public void Failures_spread_beyond_the_window_start_counting_again()
    {
        var start = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        var guard = StatusLookupGuard.For("client");

        for (var i = 0; i < 9; i++)
        {
            guard.RecordFailure(start);
        }

        guard.RecordFailure(start.AddMinutes(16));

        Assert.Equal(1, guard.Failures);
        Assert.False(guard.IsLocked(start.AddMinutes(16)));
    }
}
