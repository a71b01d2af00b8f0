using AdviceIntake.Domain.Letters;

namespace AdviceIntake.Domain.Tests.Letters;

public sealed class AnswerMarkupTests
{
    [Fact]
    public void Blank_lines_separate_paragraphs_and_single_line_breaks_join_a_paragraph()
    {
        var blocks = AnswerMarkup.Parse("First line\ncontinues here.\n\n\nSecond paragraph.");

        Assert.Equal(["First line continues here.", "Second paragraph."], blocks.Cast<Paragraph>().Select(p => p.PlainText));
    }

    [Fact]
    public void Stars_and_underscores_mark_bold_and_italic_words()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(AnswerMarkup.Parse("You are **not** to blame, *truly* and _always_.")));

        Assert.Equal(
            [new("You are "), new("not", Emphasis.Bold), new(" to blame, "), new("truly", Emphasis.Italic), new(" and "), new("always", Emphasis.Italic), new TextRun(".")],
            paragraph.Runs);
    }

    [Theory]
    [InlineData("5 * 3 is fifteen")]
    [InlineData("*sigh, another week")]
    [InlineData("snake_case_words stay")]
    [InlineData("<b>tags</b> & <script>alert(1)</script> stay as typed")]
    public void Marks_that_do_not_close_and_html_stay_as_typed(string text)
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(AnswerMarkup.Parse(text)));

        Assert.Equal(text, paragraph.PlainText);
        Assert.All(paragraph.Runs, r => Assert.Equal(Emphasis.None, r.Emphasis));
    }

    [Fact]
    public void Dashes_make_a_bulleted_list_and_numbers_a_numbered_one()
    {
        var blocks = AnswerMarkup.Parse("Try this:\n- one\n- **two**\n  still two\n\n1. first\n2) second");

        Assert.Equal("Try this:", Assert.IsType<Paragraph>(blocks[0]).PlainText);
        var bullets = Assert.IsType<ListBlock>(blocks[1]);
        Assert.False(bullets.Numbered);
        Assert.Equal(["one", "two still two"], bullets.Items.Select(i => string.Concat(i.Select(r => r.Text))));
        Assert.Equal(Emphasis.Bold, bullets.Items[1][0].Emphasis);
        var numbered = Assert.IsType<ListBlock>(blocks[2]);
        Assert.True(numbered.Numbered);
        Assert.Equal(2, numbered.Items.Count);
    }

    [Fact]
    public void Nothing_typed_is_no_blocks()
    {
        Assert.Empty(AnswerMarkup.Parse("  \n\n "));
    }

    [Fact]
    public void Plain_text_reads_the_blocks_back_as_words()
    {
        var text = AnswerMarkup.PlainText(AnswerMarkup.Parse("Hello **there**.\n\n- a\n- b"));

        Assert.Equal("Hello there.\n\n• a\n• b", text);
    }
}
