using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace AdviceIntake.Portal.Hosting;

public static class RepositoryDevelopmentSettings
{
    /// <summary>
    /// The development defaults live in appsettings.Development.json at the repository root. The build copies that file
    /// beside the portal's binaries; in Development it is read right after appsettings.json, so environment variables
    /// and the command line still override it.
    /// </summary>
    public static WebApplicationBuilder AddRepositoryDevelopmentSettings(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            return builder;
        }

        var sources = builder.Configuration.Sources;
        var appSettings = sources.OfType<JsonConfigurationSource>().FirstOrDefault(s => s.Path == "appsettings.json");
        var position = appSettings is null ? 0 : sources.IndexOf(appSettings) + 1;
        sources.Insert(position, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.Development.root.json",
            Optional = false,
            ReloadOnChange = false,
        });
        return builder;
    }
}
