using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using AdviceIntake.Portal.Features.Account.Pages;
using AdviceIntake.Portal.Features.Account.Pages.Manage;
using AdviceIntake.Portal.Features.Staff;

namespace AdviceIntake.Portal.Features.Account;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    // Sign-out and the passkey ceremonies need plain endpoints beside the Identity components.
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var accountGroup = endpoints.MapGroup("/Account");

        // Without the sign-out form's token, any page elsewhere could sign staff out behind their backs.
        accountGroup.MapPost("/Logout", async (
            HttpContext context,
            [FromServices] SignInManager<StaffUser> signInManager,
            [FromServices] IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            await signInManager.SignOutAsync();
            return Results.LocalRedirect("~/Account/Login");
        });

        accountGroup.MapPost("/PasskeyCreationOptions", async (
            HttpContext context,
            [FromServices] UserManager<StaffUser> userManager,
            [FromServices] SignInManager<StaffUser> signInManager,
            [FromServices] SecondFactorChanges factorChanges,
            [FromServices] IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            var user = await userManager.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.NotFound();
            }

            if (!await factorChanges.AllowedAsync(user, context.User))
            {
                return Results.Text("To change your passkeys, sign out and sign in again with one of them.", statusCode: StatusCodes.Status403Forbidden);
            }

            if (!factorChanges.Recent(context.User))
            {
                return Results.Text("To change your passkeys, confirm your password again first: reload the page.", statusCode: StatusCodes.Status403Forbidden);
            }

            var userId = await userManager.GetUserIdAsync(user);
            var userName = await userManager.GetUserNameAsync(user) ?? "User";
            var optionsJson = await signInManager.MakePasskeyCreationOptionsAsync(new()
            {
                Id = userId,
                Name = userName,
                DisplayName = userName
            });
            return Results.Content(optionsJson, contentType: "application/json");
        }).RequireAuthorization();

        // The same options for everyone: naming an account's passkeys here would tell anyone which accounts exist and
        // which have passkeys. Passkeys are discoverable, so the browser finds the right one without a list.
        accountGroup.MapPost("/PasskeyRequestOptions", async (
            HttpContext context,
            [FromServices] SignInManager<StaffUser> signInManager,
            [FromServices] IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            var optionsJson = await signInManager.MakePasskeyRequestOptionsAsync(user: null);
            return Results.Content(optionsJson, contentType: "application/json");
        });

        return accountGroup;
    }
}
