using AdviceIntake.Domain.Staff;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Staff;

public static class StaffServiceCollectionExtensions
{
    /// <summary>OWASP's 2023 figure for PBKDF2-HMAC-SHA512, the algorithm of Identity's V3 hash format.</summary>
    public const int PasswordHashIterations = 210_000;

    public const int PasswordMinimumLength = 12;

    /// <summary>Staff accounts: Identity with settings above its defaults, the staff policies, and the account use cases.</summary>
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddOptions<StaffOptions>()
            .BindConfiguration(StaffOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StaffOptions>, StaffOptionsValidator>();
        services.AddOptions<DevelopmentSeedOptions>().BindConfiguration(DevelopmentSeedOptions.Section);

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<SecondFactorChanges>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<StaffUser>(options =>
            {
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;

                // ASVS 5 (6.2): length, not composition, makes a password strong.
                options.Password.RequiredLength = PasswordMinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;

                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddErrorDescriber<StaffErrorDescriber>()
            .AddPasswordValidator<MaximumLengthPasswordValidator>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();

        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<StaffOptions>>((validator, staff) =>
            {
                validator.ValidationInterval = staff.Value.SessionRevalidationInterval;

                // The periodic check rebuilds the principal from the account; what this sign-in proved comes along.
                validator.OnRefreshingPrincipal = refreshing =>
                {
                    if (refreshing.CurrentPrincipal is { } current && refreshing.NewPrincipal?.Identities.First() is { } renewed)
                    {
                        renewed.AddClaims(current.Claims.Where(c => StaffClaims.KeptOnRenewal.Contains(c.Type))
                            .Select(c => new System.Security.Claims.Claim(c.Type, c.Value)));
                    }

                    return Task.CompletedTask;
                };
            });
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "AdviceIntake.Staff";
            cookie.LoginPath = "/Account/Login";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            // The server-side session decides when a sign-in ends; the cookie never outlives its longest possible life.
            cookie.ExpireTimeSpan = SessionLimits.Default.AbsoluteLifetime;
            cookie.SlidingExpiration = false;
            cookie.Events.OnValidatePrincipal = StaffSessionCookie.ChainAfter(cookie.Events.OnValidatePrincipal);
        });

        services.AddAuthorization(StaffPolicies.Configure);
        services.AddSingleton<IAuthorizationHandler, SecondFactorHandler>();

        services.AddSingleton<StaffSessions>();
        services.AddSingleton<SignInAttempts>();
        services.AddTransient<IStartupStep, SeedStaffRoles>();
        services.AddTransient<IStartupStep, SeedDevelopmentAccounts>();
        services.AddTransient<ListStaffAccounts>();
        services.AddTransient<GetStaffAccount>();
        services.AddTransient<CreateStaffAccount>();
        services.AddTransient<UpdateStaffAccount>();
        services.AddTransient<SetStaffAccountEnabled>();
        services.AddTransient<SetFirstPassword>();
        return services;
    }
}
