using AdviceIntake.Portal;
using AdviceIntake.Portal.Components;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Account;
using AdviceIntake.Portal.Features.Answers;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Referrals;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Status;
using AdviceIntake.Portal.Hosting;
using AdviceIntake.Portal.Jobs;
using AdviceIntake.Portal.Realtime;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
builder.AddRepositoryDevelopmentSettings();

builder.Services.AddPortalData(builder.Configuration, builder.Environment);
builder.Services.AddQueueFeed(PortalDatabase.From(builder.Configuration, builder.Environment));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddTransportSecurity();
builder.Services.AddNodeOperation();
// A question (10,000 characters) or an answer (40,000) in Chinese or Arabic is three bytes a character, and more as JSON:
// SignalR's 32 KB default would drop the connection and the words with it.
builder.Services.AddRazorComponents().AddInteractiveServerComponents().AddHubOptions(hub => hub.MaximumReceiveMessageSize = 512 * 1024);
builder.Services.AddMudServices(mud =>
{
    mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft;
    mud.SnackbarConfiguration.SnackbarVariant = MudBlazor.Variant.Filled;
});
builder.Services.AddPortalFeatures();

var app = builder.Build();
if (AuditCommand.IsRequested(args))
{
    return await AuditCommand.RunAsync(app.Services, args, Console.Out);
}

app.UseTransportSecurity();
app.UseNodeAffinity();
app.UseCircuitHandOver();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UsePublicFormLimits();
app.UseAntiforgery();
app.UseUnreadableFormsNotice();
app.UseFirstPasswordGate();
app.UseJobsDashboard();

app.MapStaticAssets();
app.MapHealth();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapStaffEndpoints();
app.MapAnswerEndpoints();
app.MapStatusEndpoints();
app.MapIntakeEndpoints();
app.MapDirectoryEndpoints();

app.Run();
return 0;

/// <summary>Visible to the test host.</summary>
public partial class Program;
