using AdviceIntake.Domain.Risk.Reading;

namespace AdviceIntake.Domain.Risk;

/// <summary>
/// Which combinations of cues mean which danger at which level. Suicide follows the Columbia scale (a passive wish alone
/// is High; a method, intent, plan, preparation or recent attempt is Crisis); partner violence follows Campbell's Danger
/// Assessment (strangulation, a weapon with threats, threats to kill are Crisis).
/// </summary>
internal static class RiskRules
{
    public static IReadOnlyList<DangerRule> For(RiskLexicon x)
    {
        Need Near(params Cue[] cues) => new(Reach.Near, cues);
        Need Same(params Cue[] cues) => new(Reach.Sentence, cues);
        Need Anywhere(params Cue[] cues) => new(Reach.Question, cues);
        var deathFrame = new[] { x.DeathWish, x.SuicideThought, x.DeathWords };
        var partnerContext = Anywhere(x.Partner);

        return
        [
            // Suicide.
            new() { Label = "method", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Means], Needs = [Near(x.DeathWish, x.SuicideThought)] },
            new() { Label = "intent", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.SuicideThought], Needs = [Same(x.Intent, x.Plan)] },
            new() { Label = "plan", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Plan], Needs = [Near(deathFrame)] },
            new() { Label = "plan, out of reach", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Plan, x.Preparation, x.DeathWish, x.SuicideThought], Needs = [Near(x.Unreachable)] },
            new() { Label = "preparation", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Preparation, x.Farewell], Needs = [Anywhere(x.DeathWish, x.SuicideThought, x.DeathWords, x.Preparation, x.Farewell)] },
            new() { Label = "researching a method", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Research], Needs = [Near(x.Means, x.DeathWish, x.SuicideThought, x.DeathWords)] },
            new() { Label = "attempt", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Attempt] },
            new() { Label = "preparation", Concept = DangerConcept.Suicide, Level = RiskLevel.High, Anchors = [x.Preparation] },
            new() { Label = "thoughts of suicide", Concept = DangerConcept.Suicide, Level = RiskLevel.High, Anchors = [x.SuicideThought] },
            new() { Label = "mention of suicide", Concept = DangerConcept.Suicide, Level = RiskLevel.Elevated, Anchors = [x.SuicideWord] },
            new() { Label = "wish to be dead", Concept = DangerConcept.Suicide, Level = RiskLevel.High, Anchors = [x.DeathWish] },
            new() { Label = "self-harm", Concept = DangerConcept.SelfHarm, Level = RiskLevel.High, Anchors = [x.SelfHarm] },

            // Ingestion: a medicine swallowed in quantity or with signs of poisoning, any poison swallowed, an overdose named.
            new() { Label = "overdose", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.Ingest], Needs = [Same(x.Substance), Near(x.Excess, x.Symptom, x.GraveSymptom, x.DeathWish, x.SuicideThought)] },
            new() { Label = "poison swallowed", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.Ingest], Needs = [Same(x.Toxic)] },
            new() { Label = "overdose", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.Overdose], Unless = [Same(x.Fearful)] },
            new() { Label = "signs of an overdose", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.GraveSymptom], Needs = [Near(x.Substance, x.Toxic, x.Ingest)] },
            new() { Label = "a child got into medicines", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.GotInto], Needs = [Near(x.Child, x.Substance, x.Toxic)] },
            new() { Label = "quantity taken", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.Excess], Needs = [Same(x.Substance), Near(x.Symptom, x.GraveSymptom, x.Recent, x.Unreachable)] },

            // Danger right now.
            new() { Label = "danger right now", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Now, x.Hiding], Needs = [Near(x.Threat, x.KillWords, x.Strangle, x.Intrusion, x.Pursuit, x.Weapon)] },
            new() { Label = "someone breaking in", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Intrusion], Needs = [Near(x.Now, x.Hiding, x.Threat, x.Recent, x.Weapon)] },
            new() { Label = "being followed", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Pursuit], Needs = [Near(x.Now, x.Hiding)] },
            new() { Label = "being followed", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Pursuit], DistinctAnchors = 2 },
            new() { Label = "danger right now", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Crisis, Anchors = [x.Now, x.Hiding], Needs = [Near(x.Threat, x.KillWords, x.Strangle, x.Weapon), partnerContext] },

            // Partner violence.
            new() { Label = "strangulation", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Crisis, Anchors = [x.Strangle], Needs = [Near(x.HitMe, x.Strangle, x.Partner, x.Fight, x.Others)], Unless = [Anywhere(x.YoungWriter)] },
            new() { Label = "threat to kill", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Crisis, Anchors = [x.KillWords], Needs = [Same(x.ThreatFrame), partnerContext] },
            new() { Label = "weapon with threats", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Crisis, Anchors = [x.WeaponShown], Needs = [Near(x.KillWords, x.Threat, x.Consequence, x.PartnerFear), Anywhere(x.Partner, x.Fight)], Unless = [Same(x.WeaponSafe)] },
            new() { Label = "weapon", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.WeaponShown], Needs = [partnerContext], Unless = [Same(x.WeaponSafe)] },
            new() { Label = "weapon in a fight", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.WeaponShown], Needs = [Near(x.Fight)], Unless = [Same(x.WeaponSafe)] },
            new() { Label = "threats if they leave", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Consequence], Needs = [Same(x.Leaving), Same(x.ThreatFrame), partnerContext] },
            new() { Label = "violence", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.HitMe], Needs = [partnerContext], Unless = [Anywhere(x.YoungWriter)] },
            new() { Label = "violence at home", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.HitMe], Needs = [Near(x.Fight, x.Injury, x.Threat)], Unless = [Anywhere(x.YoungWriter)] },
            new() { Label = "injuries", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Injury], Needs = [Near(x.Fight, x.HitMe, x.Threat, x.Strangle, x.Abusive, x.CoverStory), partnerContext] },
            new() { Label = "injuries", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Injury], Needs = [Anywhere(x.Control, x.Stalking, x.Jealousy), partnerContext], Unless = [Anywhere(x.YoungWriter)] },
            new() { Label = "forced sex", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.NoConsent], Needs = [Near(x.Sexual, x.NoConsent), Near(x.Partner)] },
            new() { Label = "stalking", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Stalking], Needs = [partnerContext] },
            new() { Label = "fear of a partner", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.PartnerFear], Needs = [partnerContext, Anywhere(x.HitMe, x.Threat, x.Control, x.Jealousy, x.Escalation, x.Injury, x.Abusive, x.KillWords, x.Consequence)] },
            new() { Label = "abuse by a partner", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Abusive], Needs = [partnerContext], Unless = [Same(x.NotPhysicalAbuse)] },
            new() { Label = "a pattern of control", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Control, x.Jealousy, x.Escalation, x.Stalking, x.PartnerFear], Needs = [Anywhere(x.Partner, x.Others)], Unless = [Anywhere(x.YoungWriter)], DistinctAnchors = 2 },
            new() { Label = "control", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Elevated, Anchors = [x.Control, x.Jealousy, x.Escalation], Needs = [partnerContext] },

            // Children.
            new() { Label = "sexual abuse or grooming", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.Crisis, Anchors = [x.ChildSexual], Needs = [Anywhere(x.Child, x.YoungWriter)] },
            new() { Label = "sexual abuse or grooming", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.Crisis, Anchors = [x.ChildSexual], DistinctAnchors = 2 },
            new() { Label = "sexual contact with a child", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.Crisis, Anchors = [x.NoConsent, x.SexualAssaultWord], Needs = [Anywhere(x.YoungWriter)] },
            new() { Label = "physical harm", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.ChildHarm] },
            new() { Label = "marks on a child", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.ChildMarks], Needs = [Near(x.Child)] },
            new() { Label = "physical harm", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.HitMe, x.Injury, x.Strangle], Needs = [Anywhere(x.YoungWriter)] },
            new() { Label = "injuries", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.Injury], Needs = [Same(x.Child), Near(x.CoverStory, x.Fight, x.Threat, x.HitMe)] },
            new() { Label = "neglect or confinement", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.Neglect], Needs = [Near(x.Child)], Unless = [Anywhere(x.Elder)] },
            new() { Label = "neglect or confinement", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.Neglect], Needs = [Anywhere(x.YoungWriter)], Unless = [Anywhere(x.Elder)] },
            new() { Label = "urge to hurt a child", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.HarmUrge], Needs = [Near(x.Child)] },

            // Sexual assault.
            new() { Label = "no consent", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.NoConsent], Needs = [Near(x.Sexual)] },
            new() { Label = "no consent", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.NoConsent], DistinctAnchors = 2 },
            new() { Label = "froze", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.Froze], Needs = [Near(x.Sexual, x.NoConsent, x.SexualAssaultWord)] },
            new() { Label = "unwanted sexual touching", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.ChildSexual], Needs = [Anywhere(x.NoConsent, x.Froze)] },
            new() { Label = "sexual assault", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.SexualAssaultWord] },

            // Older and dependent adults.
            new() { Label = "neglect, harm or exploitation", Concept = DangerConcept.ElderAbuse, Level = RiskLevel.High, Anchors = [x.ElderHarm], Needs = [Anywhere(x.Elder)] },
        ];
    }
}
