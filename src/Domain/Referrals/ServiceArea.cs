using AdviceIntake.Domain.Common;

namespace AdviceIntake.Domain.Referrals;

/// <summary>Where a service helps people: the whole country, or a list of states.</summary>
public sealed record ServiceArea
{
    public const string NationalCode = "US";

    public static readonly ServiceArea National = new([]);

    private ServiceArea(IReadOnlyList<string> states) => States = states;

    /// <summary>Two-letter codes, in order; empty for a national service.</summary>
    public IReadOnlyList<string> States { get; }

    public bool IsNational => States.Count == 0;

    /// <summary>How it is stored and exported: "US", or codes such as "OR,WA".</summary>
    public string Code => IsNational ? NationalCode : string.Join(',', States);

    public string Display => IsNational ? "United States" : string.Join(", ", States.Select(s => UsStates.ByCode[s]));

    public bool Covers(string? state) => IsNational || state is null || States.Contains(state, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads "US", "National" or "United States", or states by code or name separated by commas or semicolons
    /// ("OR, Washington").
    /// </summary>
    public static ServiceArea Parse(string? text)
    {
        var parts = (text ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw new FormatException("Enter where the service helps people: \"US\" for the whole country, or state codes such as \"OR, WA\".");
        }

        if (parts is [var only] && (only.Equals(NationalCode, StringComparison.OrdinalIgnoreCase)
            || only.Equals("National", StringComparison.OrdinalIgnoreCase) || only.Equals("United States", StringComparison.OrdinalIgnoreCase)))
        {
            return National;
        }

        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var code = UsStates.IsKnown(part) ? part.ToUpperInvariant()
                : UsStates.ByCode.FirstOrDefault(s => s.Value.Equals(part, StringComparison.OrdinalIgnoreCase)).Key
                ?? throw new FormatException($"\"{part}\" is not a US state. Use codes such as \"OR, WA\", or \"US\" for the whole country.");
            codes.Add(code);
        }

        return new ServiceArea([.. codes]);
    }

    public bool Equals(ServiceArea? other) => other is not null && Code == other.Code;

    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Code;
}
