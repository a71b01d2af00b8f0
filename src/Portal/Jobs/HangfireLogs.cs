using Hangfire.Logging;

namespace AdviceIntake.Portal.Jobs;

/// <summary>
/// Hangfire keeps one log provider for the whole process. Where several hosts share a process (the tests, two nodes in
/// one), the one it holds may belong to a host already stopped: then its messages are dropped instead of failing the
/// job that wanted to log.
/// </summary>
internal sealed class HangfireLogs(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new ForwardedLog(factory.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new ForwardedLog(null);
        }
    }

    private sealed class ForwardedLog(ILogger? logger) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                Hangfire.Logging.LogLevel.Trace => Microsoft.Extensions.Logging.LogLevel.Trace,
                Hangfire.Logging.LogLevel.Debug => Microsoft.Extensions.Logging.LogLevel.Debug,
                Hangfire.Logging.LogLevel.Info => Microsoft.Extensions.Logging.LogLevel.Information,
                Hangfire.Logging.LogLevel.Warn => Microsoft.Extensions.Logging.LogLevel.Warning,
                Hangfire.Logging.LogLevel.Error => Microsoft.Extensions.Logging.LogLevel.Error,
                _ => Microsoft.Extensions.Logging.LogLevel.Critical,
            };
            try
            {
                if (logger is null || !logger.IsEnabled(level))
                {
                    return false;
                }

                if (messageFunc is not null)
                {
#pragma warning disable CA2254 // Hangfire's messages arrive already formatted.
                    logger.Log(level, exception, messageFunc());
#pragma warning restore CA2254
                }

                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
