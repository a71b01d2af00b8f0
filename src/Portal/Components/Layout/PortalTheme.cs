using MudBlazor;

namespace AdviceIntake.Portal.Components.Layout;

/// <summary>Calm, high-contrast colours and the device's own fonts (no web font to download from anywhere).</summary>
public static class PortalTheme
{
    private static readonly string[] SystemFonts =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d5673",
            Secondary = "#5b4a8b",
            Tertiary = "#2e7d5b",
            Error = "#b3261e",
            Warning = "#8a5300",
            Success = "#2e7d32",
            AppbarBackground = "#1d5673",
            Background = "#f7f8fa",
            TextPrimary = "#1b1f24",
            TextSecondary = "#4a5560",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
            H1 = new H1Typography { FontFamily = SystemFonts, FontSize = "2rem", FontWeight = "700", LineHeight = "1.25" },
            H2 = new H2Typography { FontFamily = SystemFonts, FontSize = "1.5rem", FontWeight = "700", LineHeight = "1.3" },
            H3 = new H3Typography { FontFamily = SystemFonts, FontSize = "1.25rem", FontWeight = "600", LineHeight = "1.35" },
            // Sentence case reads more calmly than capitals, and screen readers do not spell capitals out.
            Button = new ButtonTypography { FontFamily = SystemFonts, TextTransform = "none", FontWeight = "600" },
        },
    };
}
