using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Testing;
using Microsoft.Extensions.DependencyInjection;

// Sends questions through the portal's own submission use case, one after another, and writes each reference to
// standard output the moment the use case returns it: the moment the intake page would show it to the person. The
// crash-safety test kills this process at random moments and checks that every reference it printed was kept.
// Usage: CrashLoad <data folder> [<PostgreSQL connection string>]
var settings = new Dictionary<string, string?>();
if (args.Length > 1)
{
    settings["Database:Provider"] = "PostgreSql";
    settings["ConnectionStrings:Portal"] = args[1];
}

await using var portal = new PortalServices(TimeProvider.System, args[0], settings);
var services = new ServiceCollection();
portal.AddTo(services);
await using var provider = services.BuildServiceProvider();
await PortalServices.MigrateAndSeedAsync(provider);
var submit = provider.GetRequiredService<SubmitQuestion>();
Console.Out.WriteLine("ready");

for (var i = 0; ; i++)
{
    var text = $"Question {Guid.NewGuid():N}: my sister and I have not spoken since our father's funeral, and I miss her.";
    var result = await submit.HandleAsync(new SubmitQuestion.Input(
        ScreeningAnswers.AllClear, Topic.Family, "My sister", text, null, null, null, "Missing Her", null, null, false, false));
    if (!result.Succeeded)
    {
        Console.Error.WriteLine(string.Join(" ", result.Errors.Select(e => e.Message)));
        return 1;
    }

    Console.Out.WriteLine($"{result.Reference} {text}");
    Console.Out.Flush();
}
