using AdviceIntake.Portal.Features.Staff;

namespace AdviceIntake.Portal.Features.Account;

/// <summary>
/// A staff member still holding the password an Admin chose reaches nothing but the page that changes it (and signing
/// out): the Admin knows that password, so nothing it opens is theirs alone until it is replaced.
/// </summary>
public static class FirstPasswordGate
{
    public const string ChangePasswordPath = "/Account/Manage/ChangePassword";

    private static readonly string[] Open = [ChangePasswordPath, "/Account/Logout", "/Account/AccessDenied", "/_framework/", "/_content/", "/healthz"];

    public static IApplicationBuilder UseFirstPasswordGate(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path.Value ?? "/";
        var isAsset = Path.HasExtension(path);
        if (context.User.HasClaim(c => c.Type == StaffClaims.MustChangePassword)
            && !isAsset
            && !Open.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }

        return next(context);
    });
}
