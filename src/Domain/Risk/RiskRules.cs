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
        var partnerContext = Anywhere(x.Partner);

        return
        [
            // Suicide.
            new() { Label = "method", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Means], Needs = [Near(x.DeathWish, x.SuicideThought)], Unless = [Same(x.Prescribed)] },
            new() { Label = "intent", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.SuicideThought], Needs = [Same(x.Intent, x.Plan)] },
            new() { Label = "plan", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Plan], Needs = [Near(x.DeathWish, x.SuicideThought, x.DeathWords, x.Finality, x.Hopeless)] },
            new() { Label = "plan", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.When], Needs = [Same(x.DeathWish, x.SuicideThought, x.Finality)] },
            new() { Label = "plan, out of reach", Concept = DangerConcept.Suicide, Also = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Plan, x.When, x.Preparation, x.DeathWish, x.SuicideThought, x.Farewell], Needs = [Near(x.Unreachable)] },
            new() { Label = "preparation", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Preparation, x.Farewell], Needs = [Anywhere(x.DeathWish, x.SuicideThought, x.DeathWords, x.Preparation, x.Farewell, x.Finality, x.Hopeless, x.Means)], Unless = [Near(x.WeaponSafe, x.Ordinary)] },
            new() { Label = "researching a method", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Research], Needs = [Anywhere(x.Means, x.DeathWish, x.SuicideThought, x.DeathWords, x.Research, x.Hopeless)] },
            new() { Label = "attempt", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Attempt] },
            new() { Label = "overdose after a fight", Concept = DangerConcept.Suicide, Level = RiskLevel.High, Anchors = [x.Overdose], Needs = [Anywhere(x.Fight, x.Apology, x.Breakup)], Unless = [Near(x.Prescribed, x.Pet)] },
            new() { Label = "overdose after a fight", Concept = DangerConcept.Suicide, Level = RiskLevel.High, Anchors = [x.Excess], Needs = [Same(x.Substance, x.Toxic), Anywhere(x.Fight, x.Apology, x.Breakup)], Unless = [Near(x.Prescribed, x.Pet)] },
            new() { Label = "overdose with a wish to die", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Overdose], Needs = [Anywhere(x.DeathWish, x.SuicideThought, x.Hopeless, x.Farewell, x.Finality, x.Attempt)], Unless = [Near(x.Prescribed, x.Pet)] },
            new() { Label = "overdose with a wish to die", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Excess], Needs = [Near(x.Substance, x.Toxic), Anywhere(x.DeathWish, x.SuicideThought, x.Hopeless, x.Farewell, x.Finality, x.Attempt)], Unless = [Near(x.Prescribed, x.Pet)] },
            new() { Label = "a weapon, out of reach", Concept = DangerConcept.Suicide, Also = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.WeaponNow, x.MeansAtHand], Needs = [Near(x.Unreachable)], Unless = [Near(x.WeaponSafe)] },
            new() { Label = "overdose, then no answer", Concept = DangerConcept.Suicide, Also = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Overdose], Needs = [Near(x.Unreachable)], Unless = [Near(x.Prescribed, x.Pet)] },
            new() { Label = "poison with a wish to die", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Ingest], Needs = [Near(x.Toxic), Anywhere(x.DeathWish, x.SuicideThought, x.Hopeless, x.Farewell, x.Finality, x.Attempt)], Unless = [Near(x.Pet)] },
            new() { Label = "poison after a fight", Concept = DangerConcept.Suicide, Level = RiskLevel.High, Anchors = [x.Ingest], Needs = [Near(x.Toxic), Anywhere(x.Fight, x.Apology, x.Breakup)], Unless = [Near(x.Pet)] },
            new() { Label = "means and hopelessness", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Means, x.MeansAtHand], Needs = [Near(x.Hopeless, x.Finality)], Unless = [Near(x.Prescribed, x.WeaponSafe)] },
            new() { Label = "means at hand", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.MeansAtHand], Needs = [Anywhere(x.DeathWish, x.SuicideThought, x.Hopeless, x.Finality, x.Preparation, x.Farewell)] },
            new() { Label = "means at hand", Concept = DangerConcept.Suicide, Level = RiskLevel.High, Anchors = [x.MeansAtHand], Unless = [Near(x.WeaponSafe)] },
            new() { Label = "final arrangements", Concept = DangerConcept.Suicide, Level = RiskLevel.Crisis, Anchors = [x.Finality], Needs = [Anywhere(x.DeathWish, x.SuicideThought, x.Means, x.MeansAtHand, x.Preparation, x.Farewell, x.Plan)] },
            new() { Label = "preparation", Concept = DangerConcept.Suicide, Level = RiskLevel.High, Anchors = [x.Preparation], Unless = [Near(x.WeaponSafe, x.Ordinary)] },
            new() { Label = "thoughts of suicide", Concept = DangerConcept.Suicide, Level = RiskLevel.High, Anchors = [x.SuicideThought] },
            new() { Label = "mention of suicide", Concept = DangerConcept.Suicide, Level = RiskLevel.Elevated, Anchors = [x.SuicideWord] },
            new() { Label = "wish to be dead", Concept = DangerConcept.Suicide, Level = RiskLevel.High, Anchors = [x.DeathWish], Unless = [Anywhere(x.EndOfLife)] },
            new() { Label = "self-harm", Concept = DangerConcept.SelfHarm, Level = RiskLevel.High, Anchors = [x.SelfHarm] },

            // Ingestion: a medicine swallowed in quantity or with signs of poisoning, any poison swallowed, an overdose named.
            new() { Label = "overdose", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.Ingest], Needs = [Near(x.Substance), Near(x.Excess, x.GraveSymptom, x.DeathWish, x.SuicideThought, x.Farewell, x.Unreachable)], Unless = [Near(x.Pet), Near(x.Prescribed)] },
            new() { Label = "swallowed, then grave signs", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.RiskyIntake], Needs = [Near(x.Ingest, x.Excess), Anywhere(x.GraveSymptom, x.Symptom)], Unless = [Near(x.Pet)] },
            new() { Label = "overdose", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.Ingest], Needs = [Near(x.Substance), Anywhere(x.Symptom), Anywhere(x.Recent, x.Excess, x.Hopeless)], Unless = [Near(x.Pet), Near(x.Prescribed)] },
            new() { Label = "overdose", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.Excess], Needs = [Same(x.Substance), Anywhere(x.Symptom, x.GraveSymptom, x.Ingest, x.DeathWish, x.SuicideThought)], Unless = [Near(x.Pet), Near(x.Prescribed)] },
            new() { Label = "poison swallowed", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.Ingest], Needs = [Near(x.Toxic)], Unless = [Near(x.Pet)] },
            new() { Label = "poisoning", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.Toxic], Needs = [Anywhere(x.Ingest, x.Excess), Anywhere(x.Symptom, x.GraveSymptom, x.Recent)], Unless = [Near(x.Pet)] },
            new() { Label = "overdose", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.Overdose], Unless = [Near(x.Pet), Same(x.Fearful)] },
            new() { Label = "signs of an overdose", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.GraveSymptom], Needs = [Near(x.Substance, x.Toxic, x.Ingest)], Unless = [Near(x.Pet)] },
            new() { Label = "a child got into medicines", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.GotInto], Needs = [Near(x.Child, x.Substance, x.Toxic)], Unless = [Near(x.Pet)] },
            new() { Label = "quantity taken", Concept = DangerConcept.Ingestion, Level = RiskLevel.Crisis, Anchors = [x.Excess], Needs = [Same(x.Substance), Near(x.Symptom, x.GraveSymptom, x.Recent, x.Unreachable)], Unless = [Near(x.Pet)] },

            // Danger right now.
            new() { Label = "danger right now", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Now, x.Hiding], Needs = [Near(x.Threat, x.KillWords, x.Strangle, x.Intrusion, x.Pursuit, x.Weapon)] },
            new() { Label = "someone breaking in", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Intrusion], Needs = [Near(x.Now, x.Hiding, x.Threat, x.Weapon, x.WeaponNow, x.Intrusion)] },
            new() { Label = "an emergency", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Emergency] },
            // An older adult who wandered off is often named the sentence before ("Dad is 81. He went out at 2 and it's now 6").
            new() { Label = "a child missing", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Missing], Needs = [Same(x.Child)], Unless = [Near(x.Pet)] },
            new() { Label = "an older adult missing", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Missing], Needs = [Near(x.Elder)], Unless = [Near(x.Pet)] },
            new() { Label = "signs of an overdose right now", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.GraveSymptom], Needs = [Near(x.Now, x.Recent), Near(x.Substance, x.Toxic, x.Ingest, x.Overdose)] },
            new() { Label = "a plan or a goodbye, then no answer", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Farewell, x.Plan, x.Preparation, x.SuicideThought, x.MeansAtHand, x.SelfHarm], Needs = [Anywhere(x.Unreachable)] },
            new() { Label = "a plan for tonight", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Imminent], Needs = [Same(x.DeathWish, x.SuicideThought), Anywhere(x.Plan, x.Means, x.MeansAtHand, x.Preparation, x.Research, x.Farewell)] },
            new() { Label = "a plan for now", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.SuicideThought, x.Plan], Needs = [Same(x.Now), Anywhere(x.Means, x.MeansAtHand, x.Plan, x.Intent)] },
            new() { Label = "no answer, after leaving helpless", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Unreachable], Needs = [Near(x.NoConsent)] },
            new() { Label = "no answer, after violence", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Unreachable], Needs = [Anywhere(x.Strangle, x.KillWords, x.HitMe), partnerContext] },
            new() { Label = "held against their will", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Captivity] },
            new() { Label = "means at hand right now", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.MeansAtHand], Needs = [Near(x.Now)], Unless = [Near(x.WeaponSafe)] },
            new() { Label = "a weapon now", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.WeaponNow], Needs = [Near(x.Now, x.Hiding, x.Threat, x.KillWords, x.Captivity, x.ViolenceNow, x.Coming, x.Intrusion)], Unless = [Near(x.WeaponSafe)] },
            new() { Label = "hiding from someone", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Hiding], Needs = [Near(x.Threat, x.KillWords, x.Weapon, x.WeaponNow, x.Intrusion, x.Pursuit, x.ViolenceNow, x.Coming)] },
            new() { Label = "on their way with a threat", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Coming], Needs = [Near(x.Threat, x.KillWords, x.WeaponNow, x.Weapon)] },
            new() { Label = "violence happening", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.ViolenceNow], Needs = [Anywhere(x.Now, x.Hiding, x.Threat, x.KillWords, x.Strangle, x.WeaponNow)], Unless = [Same(x.ChildPlay)] },
            new() { Label = "being followed", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Pursuit], Needs = [Anywhere(x.Now, x.Hiding, x.Intrusion, x.Fearful)] },
            new() { Label = "being followed", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Pursuit], DistinctAnchors = 2 },
            new() { Label = "violence right now", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Strangle, x.KillWords, x.HitMe, x.WeaponShown], Needs = [Same(x.Now, x.Hiding, x.Coming, x.WeaponNow)], Unless = [Near(x.WeaponSafe)] },
            new() { Label = "danger right now", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Crisis, Anchors = [x.Now, x.Hiding, x.WeaponNow, x.Coming, x.ViolenceNow, x.Captivity, x.Intrusion], Needs = [Near(x.Threat, x.KillWords, x.Strangle, x.Weapon, x.WeaponNow, x.Intrusion), partnerContext], Unless = [Near(x.WeaponSafe)] },

            // Partner violence.
            new() { Label = "danger right now, stopped from leaving", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Crisis, Anchors = [x.Hiding, x.Intrusion], Needs = [Anywhere(x.Leaving)] },
            new() { Label = "intimate images as a threat", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.IntimateImages], Needs = [partnerContext] },
            new() { Label = "violence against someone close", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.HitsRelative], Needs = [partnerContext] },
            new() { Label = "violence against their mother", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.HitsMother], Unless = [Same(x.ChildPlay)] },
            new() { Label = "strangulation", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Crisis, Anchors = [x.Strangle], Needs = [Near(x.HitMe, x.Strangle, x.Partner, x.Fight, x.Others)], Unless = [Anywhere(x.YoungWriter), Near(x.ChildPlay)] },
            new() { Label = "strangulation", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Crisis, Anchors = [x.Breathless], Needs = [Same(x.HitMe, x.Strangle, x.Partner)], Unless = [Anywhere(x.YoungWriter)] },
            new() { Label = "threat to kill", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Crisis, Anchors = [x.KillWords], Needs = [Same(x.ThreatFrame), Same(x.Partner, x.Others), partnerContext] },
            new() { Label = "weapon with threats", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Crisis, Anchors = [x.WeaponShown], Needs = [Near(x.KillWords, x.Threat, x.Consequence, x.PartnerFear), Anywhere(x.Partner, x.Fight)], Unless = [Same(x.WeaponSafe)] },
            new() { Label = "weapon", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.WeaponShown], Needs = [partnerContext], Unless = [Near(x.WeaponSafe)] },
            new() { Label = "weapon with threats", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Crisis, Anchors = [x.WeaponNow], Needs = [Near(x.KillWords, x.Threat, x.Consequence), partnerContext], Unless = [Same(x.WeaponSafe)] },
            new() { Label = "weapon in a fight", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.WeaponShown], Needs = [Near(x.Fight)], Unless = [Same(x.WeaponSafe)] },
            new() { Label = "threats if they leave", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Consequence], Needs = [Same(x.Leaving), Same(x.ThreatFrame), partnerContext] },
            new() { Label = "threats if they leave", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Crisis, Anchors = [x.ThreatToAll], Needs = [Same(x.Leaving), Anywhere(x.Others)], Unless = [Anywhere(x.YoungWriter)] },
            new() { Label = "violence", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.HitMe], Needs = [partnerContext], Unless = [Same(x.ChildPlay)] },
            new() { Label = "violence", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.HitMe], Needs = [Anywhere(x.Others)], Unless = [Anywhere(x.YoungWriter, x.Elder), Same(x.ChildPlay)] },
            new() { Label = "coercive control", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Captivity], Needs = [partnerContext] },
            new() { Label = "violence at home", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.HitMe], Needs = [Near(x.Fight, x.Injury, x.Threat)], Unless = [Anywhere(x.YoungWriter), Same(x.ChildPlay)] },
            new() { Label = "injuries", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Injury], Needs = [Near(x.Fight, x.HitMe, x.Threat, x.Strangle, x.Abusive, x.CoverStory), partnerContext], Unless = [Same(x.ChildPlay)] },
            new() { Label = "injuries", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Injury], Needs = [Same(x.Fight, x.HitMe)], Unless = [Anywhere(x.YoungWriter, x.Elder), Near(x.ChildPlay)] },
            new() { Label = "injuries", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Injury], Needs = [Anywhere(x.Control, x.Stalking, x.Jealousy), partnerContext], Unless = [Anywhere(x.YoungWriter)] },
            new() { Label = "forced sex", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.NoConsent, x.SexualAssaultWord], Needs = [Anywhere(x.Sexual, x.SexualAssaultWord), Near(x.Partner)] },
            new() { Label = "forced sex", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.SaidNo], Needs = [Near(x.NoConsent, x.SexualAssaultWord), Near(x.Partner)] },
            new() { Label = "injuries explained away", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.ExcusedInjury], Needs = [Near(x.Injury, x.HitMe)], Unless = [Anywhere(x.YoungWriter), Near(x.ChildPlay)] },
            new() { Label = "stalking", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Stalking], Needs = [partnerContext] },
            new() { Label = "stalking", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Stalking], Needs = [Anywhere(x.Others)], DistinctAnchors = 2 },
            new() { Label = "fear of a partner", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.PartnerFear], Needs = [partnerContext, Anywhere(x.HitMe, x.Threat, x.Control, x.Jealousy, x.Escalation, x.Injury, x.Abusive, x.KillWords, x.Consequence)] },
            new() { Label = "abuse by a partner", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Abusive], Needs = [partnerContext], Unless = [Same(x.NotPhysicalAbuse), Anywhere(x.YoungWriter)] },
            new() { Label = "a pattern of control", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.High, Anchors = [x.Control, x.Escalation, x.Stalking, x.PartnerFear], Needs = [Anywhere(x.Partner, x.Others)], Unless = [Anywhere(x.YoungWriter)], DistinctAnchors = 2 },
            new() { Label = "control", Concept = DangerConcept.PartnerViolence, Level = RiskLevel.Elevated, Anchors = [x.Control, x.Jealousy, x.Escalation], Needs = [partnerContext] },

            // Children.
            new() { Label = "sexual abuse or grooming", Concept = DangerConcept.ChildMaltreatment, Also = DangerConcept.SexualAssault, Level = RiskLevel.Crisis, Anchors = [x.ChildSexual], Needs = [Anywhere(x.Child, x.YoungWriter)] },
            new() { Label = "sexual abuse or grooming", Concept = DangerConcept.ChildMaltreatment, Also = DangerConcept.SexualAssault, Level = RiskLevel.Crisis, Anchors = [x.ChildSexual], DistinctAnchors = 2 },
            new() { Label = "secrecy", Concept = DangerConcept.ChildMaltreatment, Also = DangerConcept.SexualAssault, Level = RiskLevel.Crisis, Anchors = [x.Secret], Needs = [Anywhere(x.ChildSexual), Anywhere(x.Child, x.YoungWriter)], Unless = [Near(x.Surprise)] },
            new() { Label = "night visits", Concept = DangerConcept.ChildMaltreatment, Also = DangerConcept.SexualAssault, Level = RiskLevel.Crisis, Anchors = [x.NightVisit], Needs = [Anywhere(x.YoungWriter), Near(x.Secret, x.Threat, x.Consequence, x.NoConsent, x.Froze, x.ChildSexual)] },
            new() { Label = "sexual contact with a child", Concept = DangerConcept.ChildMaltreatment, Also = DangerConcept.SexualAssault, Level = RiskLevel.Crisis, Anchors = [x.NoConsent, x.SexualAssaultWord], Needs = [Anywhere(x.YoungWriter)] },
            new() { Label = "physical harm", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.ChildHarm], Unless = [Same(x.ChildPlay)] },
            new() { Label = "marks on a child", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.ChildMarks], Needs = [Near(x.Child)], Unless = [Near(x.ChildPlay)] },
            new() { Label = "physical harm", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.HitMe, x.Injury, x.Strangle], Needs = [Anywhere(x.YoungWriter)], Unless = [Near(x.ChildPlay)] },
            new() { Label = "injuries", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.Injury], Needs = [Near(x.Child), Near(x.CoverStory, x.Fight, x.Threat, x.HitMe, x.ViolenceNow)], Unless = [Near(x.ChildPlay)] },
            new() { Label = "neglect or confinement", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.Neglect], Needs = [Near(x.Child)], Unless = [Near(x.Elder)] },
            new() { Label = "neglect or confinement", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.Neglect], Needs = [Anywhere(x.YoungWriter)], Unless = [Anywhere(x.Elder)] },
            new() { Label = "in danger right now", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.Crisis, Anchors = [x.Now, x.Intrusion], Needs = [Near(x.Threat, x.KillWords, x.WeaponNow, x.ViolenceNow, x.HitMe), Anywhere(x.YoungWriter)] },
            new() { Label = "in danger right now", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.Crisis, Anchors = [x.WeaponNow, x.ViolenceNow, x.Hiding], Needs = [Anywhere(x.YoungWriter)] },
            new() { Label = "hiding with a child", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.Crisis, Anchors = [x.Hiding], Needs = [Near(x.Child), Anywhere(x.Threat, x.KillWords, x.WeaponNow, x.ViolenceNow)] },
            new() { Label = "sexual abuse", Concept = DangerConcept.ChildMaltreatment, Also = DangerConcept.SexualAssault, Level = RiskLevel.Crisis, Anchors = [x.IntimateTouch], Needs = [Anywhere(x.Child, x.YoungWriter)], Unless = [Anywhere(x.Elder)] },
            new() { Label = "violence against a child right now", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.Crisis, Anchors = [x.ViolenceNow], Needs = [Near(x.Child), Same(x.Now)] },
            new() { Label = "a child in danger right now", Concept = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.Neglect, x.ChildHarm], Needs = [Near(x.Now), Anywhere(x.Child, x.YoungWriter)], Unless = [Anywhere(x.Elder)] },
            new() { Label = "sexual abuse of a minor", Concept = DangerConcept.ChildMaltreatment, Also = DangerConcept.SexualAssault, Level = RiskLevel.Crisis, Anchors = [x.SexualAssaultWord], Needs = [Near(x.MinorAge)], Unless = [Anywhere(x.Elder)] },
            new() { Label = "sexual abuse of a minor", Concept = DangerConcept.ChildMaltreatment, Also = DangerConcept.SexualAssault, Level = RiskLevel.Crisis, Anchors = [x.NoConsent], Needs = [Near(x.MinorAge), Near(x.Sexual, x.SexualAssaultWord, x.IntimateTouch, x.ChildSexual)], Unless = [Anywhere(x.Elder)] },
            new() { Label = "a child left in danger", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.Emergency], Needs = [Near(x.Child)] },
            new() { Label = "an adult in a relationship with a minor", Concept = DangerConcept.ChildMaltreatment, Also = DangerConcept.SexualAssault, Level = RiskLevel.Crisis, Anchors = [x.AdultPartner], Needs = [Near(x.YoungWriter, x.MinorAge)] },
            new() { Label = "urge to hurt a child", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.HarmUrge], Needs = [Anywhere(x.Child)] },
            new() { Label = "harm or neglect", Concept = DangerConcept.ChildMaltreatment, Level = RiskLevel.High, Anchors = [x.ChildRisk], Needs = [Anywhere(x.Child, x.YoungWriter)] },
            new() { Label = "grooming", Concept = DangerConcept.ChildMaltreatment, Also = DangerConcept.SexualAssault, Level = RiskLevel.Crisis, Anchors = [x.Grooming, x.ChildSexual], Needs = [Anywhere(x.Child, x.YoungWriter)], DistinctAnchors = 2 },
            new() { Label = "sexual abuse", Concept = DangerConcept.ChildMaltreatment, Also = DangerConcept.SexualAssault, Level = RiskLevel.Crisis, Anchors = [x.SexualAssaultWord, x.NoConsent], Needs = [Anywhere(x.Child), Anywhere(x.Grooming, x.ChildSexual)] },

            // Sexual assault.
            new() { Label = "no consent", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.NoConsent], Needs = [Near(x.Sexual, x.SexualAssaultWord)] },
            new() { Label = "no consent", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.SaidNo], Needs = [Near(x.NoConsent, x.SexualAssaultWord, x.Froze)] },
            new() { Label = "no consent", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.NoConsent], DistinctAnchors = 2 },
            new() { Label = "froze", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.Froze], Needs = [Near(x.Sexual, x.NoConsent, x.SexualAssaultWord)] },
            new() { Label = "unwanted sexual touching", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.ChildSexual], Needs = [Anywhere(x.NoConsent, x.Froze)] },
            new() { Label = "unwanted sexual touching", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.Secret], Needs = [Anywhere(x.NoConsent, x.Froze)], Unless = [Near(x.Surprise)] },
            new() { Label = "sexual assault", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.SexualAssaultWord] },
            new() { Label = "no consent, a child", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.NoConsent], Needs = [Anywhere(x.YoungWriter, x.MinorAge), Near(x.Sexual, x.SexualAssaultWord, x.IntimateTouch, x.ChildSexual)] },
            new() { Label = "no consent, held", Concept = DangerConcept.SexualAssault, Also = DangerConcept.ImmediateDanger, Level = RiskLevel.Crisis, Anchors = [x.NoConsent], Needs = [Near(x.Captivity, x.Now)] },
            new() { Label = "no consent, held", Concept = DangerConcept.SexualAssault, Level = RiskLevel.Crisis, Anchors = [x.SaidNo], Needs = [Near(x.Captivity)] },
            new() { Label = "sexual abuse", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.IntimateTouch], Needs = [Anywhere(x.Child, x.YoungWriter, x.Elder)] },
            new() { Label = "sexual abuse of a child", Concept = DangerConcept.SexualAssault, Level = RiskLevel.High, Anchors = [x.ChildSexual], Needs = [Anywhere(x.Child, x.YoungWriter), Near(x.Sexual, x.Secret, x.NoConsent, x.Froze, x.ChildSexual)] },

            // Older and dependent adults.
            new() { Label = "neglect, harm or exploitation", Concept = DangerConcept.ElderAbuse, Level = RiskLevel.High, Anchors = [x.ElderHarm], Needs = [Anywhere(x.Elder)], Unless = [Anywhere(x.NotAbused), Near(x.ChildPlay)] },
            new() { Label = "sexual abuse", Concept = DangerConcept.ElderAbuse, Level = RiskLevel.High, Anchors = [x.IntimateTouch], Needs = [Anywhere(x.Elder)] },
            new() { Label = "sexual assault", Concept = DangerConcept.ElderAbuse, Level = RiskLevel.High, Anchors = [x.SexualAssaultWord, x.NoConsent], Needs = [Anywhere(x.Elder), Near(x.Sexual, x.SexualAssaultWord, x.IntimateTouch)] },
            new() { Label = "violence against an older adult right now", Concept = DangerConcept.ElderAbuse, Level = RiskLevel.High, Anchors = [x.ViolenceNow], Needs = [Near(x.Elder)] },
            new() { Label = "threats against an older adult", Concept = DangerConcept.ElderAbuse, Level = RiskLevel.High, Anchors = [x.KillWords], Needs = [Same(x.ThreatFrame), Anywhere(x.Elder)] },
            new() { Label = "violence against an older adult", Concept = DangerConcept.ElderAbuse, Level = RiskLevel.High, Anchors = [x.HitMe], Needs = [Anywhere(x.Elder)], Unless = [Anywhere(x.NotAbused)] },
        ];
    }
}
