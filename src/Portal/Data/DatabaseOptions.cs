using System.ComponentModel.DataAnnotations;

namespace AdviceIntake.Portal.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the SQLite file and the Data Protection keys live; relative paths start at the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";
}
