namespace AdviceIntake.Domain.Referrals;

/// <summary>Order matters: a referral sheet lists emergency and crisis lines before other services.</summary>
public enum ResourceKind
{
    Emergency = 0,
    CrisisLine = 1,
    National = 2,
    Local = 3,
}
