using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Tests.Referrals;

public sealed class ContactDetailsTests
{
    [Theory]
    [InlineData("988", "tel:988")]
    [InlineData("911", "tel:911")]
    [InlineData("1-800-799-7233", "tel:18007997233")]
    [InlineData("(866) 488-7386", "tel:8664887386")]
    public void A_phone_number_keeps_its_display_and_dials_its_digits(string display, string tel)
    {
        var phone = PhoneNumber.Parse(display)!;

        Assert.Equal(display, phone.Display);
        Assert.Equal(tel, phone.TelUri);
    }

    [Theory]
    [InlineData("call us")]
    [InlineData("12")]
    [InlineData("javascript:alert(1)")]
    public void Anything_but_a_phone_number_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => PhoneNumber.Parse(text));
    }

    [Fact]
    public void No_phone_number_is_no_phone_number()
    {
        Assert.Null(PhoneNumber.Parse("  "));
    }

    [Fact]
    public void A_text_line_with_a_keyword_reads_and_links_as_people_use_it()
    {
        var text = TextLine.Create("88788", "start")!;

        Assert.Equal("Text START to 88788", text.Display);
        Assert.Equal("sms:88788?body=START", text.SmsUri);
    }

    [Fact]
    public void A_text_line_without_a_keyword_links_to_the_number_alone()
    {
        var text = TextLine.Create("988", null)!;

        Assert.Equal("Text 988", text.Display);
        Assert.Equal("sms:988", text.SmsUri);
    }

    [Theory]
    [InlineData("88 788")]
    [InlineData("START")]
    public void A_text_line_needs_digits(string number)
    {
        Assert.Throws<FormatException>(() => TextLine.Create(number, "START"));
    }
}
