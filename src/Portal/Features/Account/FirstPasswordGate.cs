using AdviceIntake.Portal.Features.Staff;

namespace AdviceIntake.Portal.Features.Account;

/// <summary>
/// A staff member still holding the password an Admin chose reaches nothing but the page that changes it (and signing
/// out): the Admin knows that password, so nothing it opens is theirs alone until it is replaced.
/// </summary>
public static class FirstPasswordGate
{
    public const string ChangePasswordPath = "/Account/Manage/ChangePassword";

    private static readonly string[] Open = [ChangePasswordPath, "/Account/Logout", "/Account/AccessDenied"];

    public static IApplicationBuilder UseFirstPasswordGate(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path.Value ?? "/";
        if (context.User.HasClaim(c => c.Type == StaffClaims.MustChangePassword)
            && OpensSomething(context)
            && !Open.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }

        return next(context);
    });

    // Everything but the files a page needs (styles, scripts, icons), which open nothing; not judged by the path, since
    // a page's address may contain a dot too.
    private static bool OpensSomething(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null;
}
