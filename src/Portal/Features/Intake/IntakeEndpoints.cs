using AdviceIntake.Portal.Components.Layout;
using AdviceIntake.Portal.Features.Home;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Intake;

public static class IntakeEndpoints
{
    public static string AutosavePath(string step) => $"/ask/{step}/draft";

    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder app)
    {
        // Quick exit works as a plain link: the draft and its cookie go, then the browser leaves for a neutral site.
        app.MapGet(QuickExit.QuickExitPath, async (HttpContext context, IntakeDrafts drafts, IOptions<PublicOptions> options) =>
        {
            await drafts.EraseAsync(context);
            return Results.Redirect(options.Value.QuickExitUrl);
        });

        // The enhancement's save as people type: the page's answers are kept without being checked, so a reload or a
        // lost connection keeps words not yet sent with Continue. The form's antiforgery token is checked.
        app.MapPost("/ask/{step}/draft", async (string step, IFormCollection form, HttpContext context, IntakeDrafts drafts) =>
        {
            if (!IntakeForm.HasFields(step))
            {
                return Results.NotFound();
            }

            var loaded = await drafts.LoadAsync(context);
            if (loaded.Sent)
            {
                return Results.Conflict();
            }

            IntakeForm.Read(form, step).ApplyTo(loaded.Draft, step);
            await drafts.SaveAsync(context, loaded.Draft);
            return Results.NoContent();
        });
        return app;
    }
}
