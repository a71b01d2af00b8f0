namespace AdviceIntake.Portal.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
