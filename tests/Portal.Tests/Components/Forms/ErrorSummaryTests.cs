using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Components.Forms;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace AdviceIntake.Portal.Tests.Components.Forms;

public sealed class ErrorSummaryTests : BunitContext
{
    private sealed class Model
    {
        public string? Name { get; set; }

        public string? Email { get; set; }
    }

    [Fact]
    public void A_valid_form_shows_no_summary()
    {
        var context = new EditContext(new Model());

        var summary = Render<CascadingValue<EditContext>>(p => p
            .Add(c => c.Value, context)
            .AddChildContent<ErrorSummary>(s => s.Add(e => e.Fields, ["Name", "Email"])));

        Assert.Empty(summary.FindAll(".error-summary"));
    }

    [Fact]
    public void Problems_are_listed_in_the_order_of_the_form_and_link_to_their_fields()
    {
        var context = new EditContext(new Model());
        var summary = Render<CascadingValue<EditContext>>(p => p
            .Add(c => c.Value, context)
            .AddChildContent<ErrorSummary>(s => s.Add(e => e.Fields, ["Name", "Email"])));

        summary.InvokeAsync(() => new ServerErrors(context).Show(
        [
            new FieldError("Email", "Enter an email address in the right format"),
            new FieldError(string.Empty, "This account no longer exists."),
            new FieldError("Name", "Enter a name"),
        ]));

        var items = summary.FindAll(".error-summary-list li");
        Assert.Equal("There is a problem", summary.Find("#error-summary-title").TextContent);
        Assert.Equal(["This account no longer exists.", "Enter a name", "Enter an email address in the right format"], items.Select(i => i.TextContent.Trim()));
        Assert.Empty(items[0].QuerySelectorAll("a"));
        Assert.EndsWith("#field-Name", items[1].QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith("#field-Email", items[2].QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_a_message_is_shown_as_text()
    {
        var context = new EditContext(new Model());
        var summary = Render<CascadingValue<EditContext>>(p => p
            .Add(c => c.Value, context)
            .AddChildContent<ErrorSummary>(s => s.Add(e => e.Fields, ["Name"])));

        summary.InvokeAsync(() => new ServerErrors(context).Show([new FieldError("Name", "<script>alert(1)</script>")]));

        Assert.Empty(summary.FindAll("script"));
        Assert.Equal("<script>alert(1)</script>", summary.Find(".error-summary-list a").TextContent);
    }
}
