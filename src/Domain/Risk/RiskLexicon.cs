using AdviceIntake.Domain.Risk.Reading;

namespace AdviceIntake.Domain.Risk;

/// <summary>
/// The words of danger, curated with the service's clinicians: word classes, then cues (each a concept said many ways),
/// then <see cref="RiskRules"/> combine cues into dangers. Written in the reader's normal form: lower case, no accents,
/// no apostrophes ("don't" is "dont"). Phrase syntax is in <see cref="PhrasePattern"/>; how to add a phrase or a concept
/// is in docs/decisions/0009-risk-model.md. Every change is measured against the corpus in tests/Domain.Tests/Risk/corpus.
/// </summary>
internal sealed class RiskLexicon
{
    private readonly Dictionary<string, string[]> classes = new(StringComparer.Ordinal);
    private readonly List<PhrasePattern> patterns = [];

    public RiskLexicon()
    {
        // Word classes: one word each, used inside phrases as @name.
        Class("me", "me|us|mi");
        Class("i", "i|im|ive|id|ill|iam|yo|me");
        Class("myself", "myself|meself|mself|myslef|mysef");
        Class("themself", "himself|herself|themselves|themself|hisself");
        Class("anyself", "myself|meself|mself|myslef|mysef|himself|herself|themselves|themself|hisself|yourself");
        Class("poss", "my|his|her|their|your|our|mi|su|sus|mis");
        Class("obj", "me|him|her|them|us|you|u|mi");
        Class("he", "he|she|they|hes|shes|theyre|hed|shed|theyd|hell|shell|theyll");
        Class("partner", "husband|husbands|hubby|hubs|wife|wifes|wifey|boyfriend|boyfriends|bf|girlfriend|girlfriends|gf|partner|partners|spouse|fiance|fiancee|ex|exes|exhusband|exwife|exboyfriend|exgirlfriend|esposo|esposa|marido|novio|novia|pareja|bd|bm|babydaddy|man|boo|hus");
        Class("child", "child|children|childs|kid|kids|kiddo|kiddos|son|sons|daughter|daughters|stepson|stepdaughter|stepkid|stepkids|stepchild|stepchildren|baby|babies|infant|infants|toddler|toddlers|newborn|preschooler|boy|boys|girl|girls|niece|nephew|nieces|nephews|grandson|granddaughter|grandkids|grandchildren|grandchild|student|students|pupil|hijo|hija|hijos|hijas|nino|nina|ninos|ninas|bebe|nene|nena|sobrino|sobrina|nieto|nieta|hijastra|hijastro|chamaco|chamaca|brother|sister|bro|sis|siblings|twins");
        Class("parent", "mom|mum|mother|mama|mommy|dad|father|papa|daddy|parents|stepdad|stepfather|stepmom|stepmother|madre|padre|padrastro|madrastra|mami|papi");
        Class("grownup", "stepdad|stepfather|stepmom|stepmother|uncle|uncles|tio|coach|teacher|tutor|pastor|priest|babysitter|nanny|neighbor|neighbour|grandpa|grandfather|cousin|padrastro|entrenador|maestro|vecino|abuelo|man|guy|adult|boyfriend|bf|husband|mom|dad|mother|father|parents|mama|papa|padre|madre");
        Class("elder", "elderly|elder|elders|aging|aged|grandma|grandpa|grandmother|grandfather|granny|grandparents|grandparent|nana|nan|gran|abuela|abuelo|abuelita|abuelito|abuelos|anciana|anciano|ancianos|viejita|viejito");
        Class("pill", "pill|pills|pils|pillz|tablet|tablets|caps|capsules|meds|med|medication|medications|medicine|medicines|prescription|prescriptions|sleepers|bars|xans|xannies|xanax|alprazolam|ambien|zolpidem|trazodone|seroquel|quetiapine|lithium|lexapro|zoloft|sertraline|prozac|fluoxetine|wellbutrin|klonopin|clonazepam|valium|diazepam|ativan|lorazepam|benzos|benzo|oxy|oxys|oxycodone|oxycontin|percocet|percocets|percs|perc|vicodin|hydrocodone|norco|tramadol|codeine|morphine|fentanyl|heroin|opioids|opiates|painkillers|tylenol|paracetamol|acetaminophen|ibuprofen|advil|motrin|aleve|naproxen|excedrin|aspirin|benadryl|diphenhydramine|nyquil|unisom|melatonin|insulin|gabapentin|lasix|digoxin|clonidine|adderall|m30|m30s|blues|patches|pastillas|pastilla|medicinas|medicamentos|pildoras|sedantes|somniferos|antidepressants|antidepresivos|sleeping|tylenols|iron|lamictal|lamotrigine|propranolol|metformin|warfarin|amitriptyline|nortriptyline");
        Class("toxic", "bleach|antifreeze|poison|poisons|pesticide|pesticides|roundup|lye|drano|ammonia|gasoline|cleaner|detergent|pods|cloro|veneno|lejia|anticongelante|raticida|insecticida|methanol|turpentine|paint");
        Class("alcohol", "vodka|whiskey|whisky|wine|beer|beers|alcohol|liquor|tequila|rum|booze|gin|bourbon|drinks|shots|fireball|cerveza|alcol|licor");
        Class("weapon", "gun|guns|pistol|pistols|handgun|handguns|revolver|rifle|rifles|shotgun|shotguns|firearm|firearms|glock|ar15|strap|piece|knife|knives|machete|blade|hammer|bat|crowbar|weapon|weapons|pistola|arma|armas|cuchillo|navaja|escopeta|rifle|fierro");
        Class("hit", "hit|hits|hitting|hiting|hitt|punch|punched|punches|punching|slap|slapped|slaps|slapping|kick|kicked|kicks|kicking|shove|shoved|shoves|shoving|push|pushed|pushes|pushing|beat|beats|beating|beaten|smack|smacked|smacks|smacking|bit|bites|biting|grab|grabbed|grabs|grabbing|drag|dragged|drags|dragging|threw|throws|throwing|spit|spat|shook|shakes|shaking|headbutted|elbowed|kneed|attacked|attacks|attacking|struck|strikes|whooped|whoops|whoop|slammed|slams|slamming|tackled|socked|decked|clocked|pinned|pins|pinch|pinched|pinches|scratched|whip|whipped|whips|whipping|strangled|choked|chokes|choking|abuses|abused|abusing|beats|batters|battered|knocked|belted|spanked|spanks|shook|hitted|bashed|bashes|slaped|smaked|puched|kickd|pushd|shoved");
        Class("body", "face|head|arm|arms|wrist|wrists|neck|throat|back|stomach|belly|ribs|chest|leg|legs|eye|eyes|jaw|mouth|lip|lips|nose|hair|shoulder|shoulders|thigh|thighs|side");
        Class("now", "now|rn|currently|tonight|ahora|ahorita");
        Class("room", "room|bedroom|bed|bathroom|closet|basement|garage|attic|cuarto|recamara|cama|bano");
        Class("family", "mom|mum|mother|dad|father|brother|sister|son|daughter|friend|bestie|bff|roommate|cousin|niece|nephew|aunt|uncle|grandma|grandpa|coworker|neighbor|neighbour|wife|husband|partner|boyfriend|girlfriend|bf|gf|teen|teenager|kid|child|student|classmate|hermana|hermano|hija|hijo|amiga|amigo|mama|papa|tia|tio|prima|primo|esposo|esposa|novio|novia");
        Class("fear", "afraid|scared|terrified|frightened|fear|fearing|petrified|scares|terrifies|frightens|asustada|asustado|miedo|aterrada|aterrado");
        Class("tell", "said|says|say|saying|told|tells|tell|telling|texted|texts|text|wrote|writes|posted|posts|messaged|screamed|screams|yelled|yells|whispered|keeps|threatened|threatens|threatening|threats|threat|swore|swears|promised|warned|warns|dijo|dice|grito|amenaza|amenazo");

        // Suicide and self-harm, after the Columbia Suicide Severity Rating Scale.
        Cue(DeathWish,
            "wish i ~0 was|were|could|would|wasnt|werent ~3 dead|die|disappear|vanish|gone|born|here|alive|exist|sleep|asleep",
            "wish i ~2 never ~2 born|exist|existed|woke",
            "hope|hoping|hoped|wish|wishing|pray|praying ~4 get|gets|got|would get|d get ~1 hit|killed|run over|cancer|sick|in a wreck|in an accident|in a crash|into an accident|struck",
            "hope|hoping|wish|wishing|pray|praying ~4 takes me out|hits me|kills me|runs me over|take me out|hit me|kill me|run me over",
            "so i ~1 could|can|would|wouldnt|dont ~1 die|have to|wake",
            "wont|dont|wouldnt|will not ~4 need ~3 much longer|anymore|where im going|after",
            "dont|cant|do not|cannot ~1 see ~4 next year|future|version|myself|me ~3 in|alive|there|being|im in|around",
            "felt|feel|feels|feeling ~3 calm|peaceful|at peace|lighter|relieved ~3 since i|since deciding|now that i",
            "since i decided|ive decided|i have decided|made up my mind|made my peace",
            "no queria|ya no queria|no quiero|ya no quiero ~1 vivir|seguir|despertar",
            "dont|didnt|do|never ~1 want|wanna|wanted ~2 to? ~1 wake|be|live|exist|stay|keep|continue|go ~2 up|here|alive|on|living|around|going|anymore|existing",
            "not wake up|never wake up|not to wake up|not waking up|not waking|dont wake up|never woke up|not open my eyes|dont open my eyes|never open my eyes",
            "sleep|asleep ~2 forever|and never|and not|permanently",
            "better off ~3 dead|without me|gone|if i|died|without us",
            "everyone|everybody|world|family|kids|they|people ~4 better|happier|easier|easyer ~3 without me|if i|off",
            "think|thinking|thought ~2 about ~1 being|be ~1 dead|ded|gone",
            "tired|sick|exhausted|done ~1 of|with ~1 living|being alive|life|existing|being here|everything|it all",
            "no|any|zero ~1 point|reason|purpose ~2 in|to|for ~1 living|live|going|being|life|keep|go|stay|wake",
            "nothing ~1 to live for|left to live for|left for me",
            "want|wanna|wants|wanted|wish|wishing|ready ~2 to ~1 die|disappear|vanish|be dead|stop existing|not exist|cease|be gone|go to sleep",
            "rather ~1 be ~1 dead|die|gone",
            "not be|not being|wont be|stop being|wont be|will not be ~1 here|around|alive",
            "just not be here|just not exist|stop existing|not exist anymore|cease to exist",
            "take me|take her|take him ~2 home|away|in my sleep|now",
            "pray|praying|prayed|hope|hoping|hoped ~3 not|dont|never|doesnt ~2 wake|open|see",
            "want|wanted ~2 it|everything|things|this|the pain ~2 to ~1 end|stop|be over",
            "ended|end|over ~1 for good",
            "no quiero vivir|quiero morir|quiero morirme|me quiero morir|ganas de morir|ganas de morirme|ganas de desaparecer|no quiero despertar|no despertar|ya no quiero estar|mejor muerta|mejor muerto|mejor sin mi|estar muerta|estar muerto|no haber nacido|no vale la pena vivir|desaparecer para siempre|dormir para siempre",
            "unalive|unaliving|unalived|sewerslide|sewer slide|su1cide|suicid3|s00icide|ctb|catch the bus",
            "want to|wanna|gonna|going to ~1 rope",
            "kms|kmsl",
            "wanna die|want die|want to dye|wanna dye|wish to die|wish i died|wish i had died|hope i die|hope i died|could just die in my sleep|die in my sleep");
        Cue(SuicideThought,
            "kill|kil|killing|killed|kills|kiling|off|offing|hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|unalive|kys|kms ~0 @anyself",
            "kill|kil|killing ~1 my|me ~1 self",
            "id|ill|gonna|wanna|could|would|should|i ~1 kys",
            "end|ending|take|taking|took ~1 @poss ~1 own? ~1 life|lives",
            "end it|end things|end everything|ending it|ending things|ending everything ~1 all|tonight|now|soon|today|for good|forever",
            "end it all|end everything|ending it all",
            "suicidal|suicidally|suicidarme|suicidarse|suicidar|suicida",
            "commit|committing|commited|thinking|think|thought|thoughts|considering|contemplating|consider|ideation|pensando|pienso ~2 suicide|suicidio",
            "suicide ~1 thoughts|ideation|plan|plans",
            "putting|put|stick|sticking|hold|holding ~3 it|gun|barrel|pistol ~2 in my mouth|to my head|under my chin",
            "aventar|tirar|lanzar|aventarme|tirarme|lanzarme ~2 del|de un|desde|de la ~1 puente|edificio|techo|azotea|carro",
            "matarme|matarse|quitarme la vida|quitarse la vida|acabar con mi vida|acabar con todo|me voy a matar|me quiero matar|quiero matarme|colgarme|ahorcarme|tirarme|aventarme",
            "jump|jumping|leap|leaping ~2 off|from|in front ~3 bridge|roof|building|train|cliff|balcony|overpass|ledge|parking|window|tracks|truck",
            "slit|slitting|cut|cutting|open ~1 @poss ~1 wrists|throat|veins",
            "step|stepping|walk|walking ~2 in front of ~2 train|bus|truck|traffic|car");
        Cue(SuicideWord, "suicide|suicidio|sucide|suicde|suiside");
        Cue(Intent,
            "want|wanna|wants|wanted|going|gonna|will|ll|plan|plans|planning|planned|decided|ready|about to|intend|intending|tonight|tomorrow|soon|weekend|friday|saturday|sunday|monday|date|quiero|voy|va",
            "this|next ~1 week|weekend|month|time",
            "when|after|once|before ~2 everyone|everybody|kids|the|my ~2 asleep|sleeps|gone|leave|leaves|funeral|wedding|holidays|christmas|birthday|graduation|exams|paid|settled");
        Cue(Means,
            "@pill", "<dose>", "@toxic",
            "gun|guns|pistol|handgun|revolver|rifle|shotgun|firearm|glock|bullet|bullets|ammo|pistola|arma",
            "rope|noose|cord|belt|ligature|cuerda|soga",
            "bridge|overpass|ledge|roof|rooftop|cliff|tracks|train|traffic|highway|freeway|balcony|puente|tren|vias|azotea|parking garage|parking structure|parking deck|tall building|top floor",
            "razor|razors|blade|blades|knife|sharpener",
            "carbon monoxide|exhaust|charcoal|helium|car running|engine running",
            "drive|driving|drove|crash|crashing|swerve|swerving|steer ~4 off|into ~3 bridge|wall|tree|traffic|river|lake|truck|pole|overpass|barrier|median|semi|oncoming",
            "jump|jumping|hang|hanging|drown|drowning|overdose|overdosing|od",
            "units",
            "sleeping pills|sleeping tablets");
        Cue(DeathWords,
            "to|will|just|gonna|wanna|could|should|would|ll|might ~0 die|dying|morir|morirme",
            "lethal|fatal|deadly|bleed out|bled out",
            "how many|how much ~4 take|kill|die|lethal|enough|fatal|od|overdose|to be sure",
            "enough to ~3 kill|die|not|never|do it|end|be sure|sleep|stop",
            "not wake|never wake|not come back|go through with|gone through with|go through with it");
        Cue(Preparation,
            "saving|saved|save|stockpil*|hoard*|stash*|collecting|collected|collect|squirrel*|hiding|hid|hidden|counting|counted|guardando|juntando|putting aside|put aside|setting aside|set aside|keeping back|kept back ~4 @pill",
            "refilling|refill|refilled|filling ~4 early|two pharmacies|different pharmacies|extra",
            "bought|buy|buying|got|getting|ordered|purchased|purchase|picked up|found ~3 rope|gun|pistol|rifle|shotgun|noose|charcoal|helium|razor|blades|bullets|ammo|pistola|cuerda",
            "wrote|written|writing|write|drafted|drafting|left|leave|scheduled|schedule|recorded|recording|typed ~4 goodbye|goodbyes|despedida|suicide",
            "scheduled|schedule|scheduling ~3 email|emails|message|messages|post|text|texts",
            "letters|notes ~2 to ~2 everyone|each|all my|my kids|my family|my parents|my wife|my husband|my sister|my brother",
            "explains|explaining|explained|listing|listed ~3 where|passwords|who gets|who should get",
            "carta|cartas|mensaje|nota|notas ~1 de ~1 despedida",
            "goodbye|suicide ~1 note|notes|letter|letters|message|messages|email|emails|video|post|text|texts|carta|cartas",
            "affairs in order|put everything in order|updated my will|made a will|wrote a will|who gets my|who will take|who would take|rehome|rehoming|find a home for|so nobody gets stuck|so no one gets stuck",
            "final|last ~1 message|goodbye|letter|post");
        Cue(Farewell,
            "thanks for everything|thank you for everything|hugged ~4 too long|like it was the last|said goodbye|saying goodbye|said my goodbyes|tell ~2 i love|take care of ~2 my cat|take care of ~2 my dog|look after ~2 my",
            "giving|gave|give|given|gives|regalando|regale ~3 away|things|stuff|belongings|possessions|cosas");
        Cue(Research,
            "looked|looking|look|searched|searching|search|googled|googling|researched|researching|research|reading|read|checking|checked|calculated|calculating|figured|figuring|busque|buscando|tabs ~4 how many|how much|how to|ways to|lethal|dose|doses|painless|methods|method|what it takes|how long|quickest|fastest|height|how high|tallest|highest|bleed out|overdose",
            "lethal|fatal|deadly ~1 dose|doses|amount|amounts|combination");
        Cue(Unreachable,
            "not|isnt|stopped|wont|doesnt|hasnt|quit|stop ~1 answering|responding|picking up|replying|answer|respond|reply",
            "location ~2 off|cant reach|cant get hold|phone is off|phone off|turned her phone off|turned his phone off|door is locked|locked the door");
        Cue(Plan,
            "have|got|made|making|has|had|tengo ~1 a|the ~1 plan|plans|plan|method",
            "picked|chosen|chose|set|choosing|pick ~2 a|the ~1 date|day|spot|place|time|bridge|method",
            "planned|planning|plan|plans ~3 to|how|when|where|out|it|suicide",
            "tonight|tomorrow|this weekend|this week|on friday|on saturday|on sunday|on my birthday|esta noche|manana",
            "everything|it all|all|things ~1 ready|set|planned|sorted ~2 for|by ~1 tonight|tomorrow|the weekend|friday");
        Cue(Attempt,
            "tried|try|trying|attempted|attempt|attempting|intente|intento ~4 kill|end|hang|overdose|od|die|suicide|unalive|take my life|take her life|take his life|matarme|suicidarme|quitarme",
            "suicide attempt|suicide attempts|attempted suicide|attempt on my life|tried to end it|tried ending it|survived ~2 attempt|failed attempt|last attempt|my attempt",
            "woke up in ~2 hospital|icu|er|ambulance|emergency",
            "stomach pumped|pumped my stomach|psych ward|psych hold|72 hour hold|5150",
            "angry|sad|disappointed|mad|upset|pissed ~3 it didnt work|im still here|i survived|i woke up|i lived|it failed",
            "it didnt work|wasnt enough to|woke up anyway");
        Cue(SelfHarm,
            "cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|harm|harming|hitting|punching|scratch|scratching|carve|carving|carved|stab|stabbing|bang|banging|starve|starving ~1 @myself",
            "self harm|self harming|self harmed|self injury|self injure|self injuring|selfharm|self-harm|self mutilation",
            "relapsed|relapse|relapsing|clean|urges|urge ~3 sh|cutting|self harm|selfharm|cut|burn",
            "cut|cutting|cuts|carve|carving|burn|burning|scratch|scratching ~3 my|on my|into my ~1 arm|arms|wrist|wrists|thigh|thighs|legs|leg|skin|stomach|hip|hips|ankles",
            "razor|blade|blades|sharpener|compass|safety pin|lighter|scissors|glass ~5 my ~1 arm|arms|wrist|wrists|thigh|thighs|skin|legs|stomach|hip",
            "scars|cuts|burns|marks ~2 on my ~1 arms|wrists|thighs|legs|stomach|hips",
            "cortarme|me corto|me cortaba|me corte|lastimarme|hacerme dano|me lastimo|me quemo");

        // Swallowed: an overdose or poison, now or just now.
        Cue(Ingest,
            "took|tooke|tookd|taken|take|takes|taking|swallowed|swallowd|swalled|swallow|swallowing|swallows|drank|drink|drinks|drinking|drunk|ate|eaten|eat|eats|downed|popped|pop|popping|chugged|chug|had|ingested|ingest|consumed|overdid|snorted|injected|shot up|mixed|mixing|washed|chased|tome|tomo|tomado|tomaste|trague|trago|bebio|bebi|comio|ingirio",
            "got into|gotten into|get into|into the|into her|into my|into his ~3 @pill|medicine|cabinet|bottle|purse|pills");
        Cue(Substance, "@pill", "<dose>");
        Cue(Toxic, "@toxic", "rat poison|weed killer|drain cleaner|windshield fluid|lighter fluid|tide pods|laundry pods|button battery|button batteries|dishwasher pods|cleaning products");
        Cue(Excess,
            "whole|hole|entire|full|complete ~1 bottle|bottel|botle|bottl|pack|packs|box|packet|strip|sheet|blister|thing|supply|prescription|month|months|container|jar|tube",
            "all|most|half|rest ~2 of? ~2 the|a|my|her|his|their|them|those|these|mom|moms|dad|dads ~2 @pill|pills|tablets|bottle|box|pack|meds|of",
            "a lot|lots|a bunch|bunch|a handful|handful|handfuls|fistful|fistfuls|a fistful|pile|ton|tons|heap|shitload|bunch|mouthful|buncha|hella ~1 of",
            "too many|too much|to many|to much|way too|way more|so many|double|triple|quadruple|extra|twice|a few times|several times|three times|again and again|double dose|extra dose",
            "<many> ~1 of",
            "<many> ~3 @pill|pills|tablets|caps|units|of",
            "more than ~4 should|supposed|prescribed|safe|allowed|label|max|maximum|daily|usual",
            "every hour|every half hour|every couple hours|every couple of hours|kept taking|keep taking|kept popping|everything in|everything left|all that was left|cant tell how many|dont know how many|not sure how many",
            "empty|empties|emptied ~2 bottle|pack|packets|blister|bottles|box",
            "toda|todas|todo ~2 la|las|el|los|mis|sus ~1 caja|botella|pastillas|frasco|medicinas",
            "muchas|un monton|varias|montones|un puno|un punado|punados ~2 de ~1 pastillas|pildoras|@pill",
            "@alcohol ~4 with|and|on top|plus|mixed|con|y ~3 @pill",
            "@pill ~4 with|and|plus|con|y ~3 @alcohol");
        Cue(GotInto,
            "got into|gotten into|get into|gets into|climbed into|into the ~3 medicine|cabinet|pills|purse|bottle|cleaning|supplements|vitamins|meds");
        Cue(Recent,
            "ago|earlier|just|tonight|this morning|last night|right now|minutes|an hour|hour|hours|moments|hace|ahorita|recien|few mins|a while|anoche|today|hoy");
        Cue(GraveSymptom,
            "unresponsive|limp|floppy|not breathing|barely breathing|turning blue|blue lips|lips ~2 blue|seizure|seizing|convulsing|gurgl*|foaming",
            "wont|cant|can not|cannot|couldnt|not ~1 wake|waking|respond|responding",
            "cant|couldnt ~1 get ~2 to ~1 open ~2 eyes|wake|respond",
            "snoring ~3 weird|strange|funny|loud|gurgl*",
            "wont stop bleeding|bleeding won t stop|keeps bleeding",
            "no responde|no despierta|no reacciona|desmayada|desmayado");
        Cue(Symptom,
            "drowsy|sleepy|groggy|unresponsive|limp|floppy|lethargic|woozy|incoherent|delirious|fading|nodding",
            "passed out|blacked out|went out|out cold|wont wake|cant wake|not waking|hard to wake|wake him|wake her|wake up|waking up|wont respond|not responding|isnt responding",
            "breathing ~3 slow|slowly|shallow|weird|funny|strange|barely|wrong|hard",
            "not breathing|barely breathing|lips ~4 blue|turning blue|throwing up|vomit|vomiting|vomited|puking|puked|seizure|seizing|convulsing|confused|slurring|foaming|heart racing|ringing|ears ringing|stomach hurts|burning throat|throat burning|dizzy|shaking",
            "no responde|no despierta|respira ~1 lento|somnolienta|somnoliento|mareada|mareado|vomitando|desmayada|desmayado|dormida y no|no reacciona");
        Cue(Overdose,
            "overdose|overdosed|overdosing|overdoses|ovedose|overdosd|sobredosis|oding|oded|odded",
            "i|he|she|they|mom|dad|brother|sister|friend|son|daughter ~1 od|oded|odded",
            "think|thought|probably|maybe ~1 i|he|she|they ~1 odd|od");
        Cue(Fearful, "@fear", "worried|worry|worries|worrying|terrified|might|could|may|risk|preocupa|preocupada");

        // Danger now.
        Cue(Now,
            "rn|currently|ahorita",
            "right now|typing this|as i text|hiding and|at the moment|as we speak|as i type|as im typing|as i write|as im writing|this minute|this second|en este momento|ahora mismo",
            "outside ~3 my|the|our|her|his ~1 door|house|window|apartment|room|building|car|place|home|trailer|work",
            "at|on ~2 my|the|our|her|his|front|back ~1 door|window|windows|porch",
            "banging|pounding|kicking|knocking|hammering|beating|bashing|slamming|punching|ramming ~2 on? ~2 my|the|our|her|are|ur ~1 door|window|doors|windows",
            "inside ~1 the|my|our|her ~1 house|home|apartment",
            "under the bed|in the closet",
            "on|in ~1 his|her|their|the ~1 way ~1 here|over|back|to",
            "coming ~2 over|here|back|for|to get",
            "parked|waiting|sitting|standing ~2 outside|out front|across|down the street|in the driveway",
            "wont leave|refuses to leave",
            "afuera|en la puerta|tocando la puerta|golpeando la puerta|rompiendo|esta aqui|viene para aca|viene en camino");
        Cue(Weapon, "@weapon", "crowbar|something long|a bat|aluminum bat|baseball bat");
        Cue(WeaponSafe, "safe|locked|lockbox|unloaded|hunting|hunter|hunt|range|safety|deer|collection|collector|permit|license");
        Cue(Hiding,
            "hiding|hide|hid|hidden|barricaded|crouched|crouching|escondida|escondido ~4 in|inside|under|behind|bathroom|closet|room|car|basement|attic|bed|dryer",
            "locked|locking ~2 myself|me|us|the door ~3 in|inside ~2 the|my|a|our ~1 @room|car",
            "in the closet|under the bed|on silent|whispering|phone on silent|encerrada en|encerrado en|in the basement|in the basment|in the attic|my locked car|locked in my car|locked in the car|lockd in|locked in the bathroom|locked in my room");
        Cue(Intrusion,
            "breaking|broke|break|busting|kicked|kicking ~0 in|into|down|through",
            "broke|smashed|busted|breaking ~1 the|a|my|our ~1 window|door|glass|lock",
            "intruder|intruders|burglar|burglars|someone ~3 inside|in ~2 the|my|her|our ~1 house|apartment|home|place",
            "trying ~2 the|my|our|her ~1 door|doors|handle|window|windows|sliding|lock",
            "glass ~1 break|broke|breaking|shatter|shattered",
            "footsteps|boot prints|prints down|door ~3 standing open|door was open|thumped inside|somebody inside|something inside|someone inside",
            "climbing|climbed|climbs ~3 window|through|fence|balcony",
            "se metio|se metieron|alguien adentro|alguien en la casa|rompio la ventana|forzando la puerta");
        Cue(Pursuit,
            "followed|following|follows|chasing|chased|circling|stalking ~1 me|us|her",
            "staring|watching ~3 at me|right at me|through",
            "walking|coming|heading|running ~2 toward|towards|at ~1 me|my|us",
            "blocked|blocking|boxed ~3 me|my car|in|back out",
            "pulled up|posted outside|waiting for me");
        Cue(Threat,
            "kill|killing|kil|murder|finish|finish it|get me|get us|end me|end us|shoot|stab|smoke me|pop me|blast me|cap me|matar|matarme|matarnos|amenaza|amenazando|try me|acabar",
            "hurt|hurting ~1 me|us",
            "threaten|threatening|threatened|threatens|threting|thretening|threatning|threating|screaming|yelling|raging|attacking|attacked|beating|punching|choking|stabbing|shooting|shot|swinging|chasing|drunk and|high and|violent|furious|enraged|gritando|golpeando",
            "@hit ~1 @me");

        // A partner or ex, after Campbell's Danger Assessment.
        Cue(Partner,
            "@partner",
            "we|were ~2 married|dating|together|engaged|living together",
            "baby daddy|baby mama|babys father|kids dad|kids father|father of my|mother of my|his wife|her husband|my man|my ex|mi ex|el papa de mis|the dad of my|the father of|married|marriage|relationship|dating|divorced|separated|separation|divorce|custody|broke up|our kids|our son|our daughter|our baby|our house|our home|our bed|our apartment|live together|moved in together|live with him|live with her|lives with us|leave him|leave her|leaving him|leaving her|left him|left her|bring up leaving|if i leave|when i leave|if i ever leave");
        Cue(Strangle,
            "chok*|strangl*|strangeled|stranggled|ahorc*|asfixi* ~1 @obj|her|him|out|until|me|mi",
            "hands|hand|arm|arms|forearm|fingers|belt|rope|cord ~3 around|on|round|against|across ~2 my|her|his ~1 neck|throat",
            "by ~1 my|her|his|the ~1 neck|throat",
            "squeez*|grabb*|grab|grabs|pinned|pin|held|holds|pressed|press|press* ~3 my|her|his ~1 neck|throat",
            "cant|couldnt|could not|cannot|could barely|couldnt even ~1 breathe|breath|breth|breathing",
            "everything went black|went black|blacked out|passed out|saw stars",
            "cuello|no podia respirar|me apreto|me ahorco|me ahorcaba");
        Cue(WeaponShown,
            "keeps|kept|keep|has|had|have|got|bought|buys|owns|showed|shows|show|pointed|points|pointing|held|holds|holding|waved|waves|waving|cleaning|cleans|cleaned|loaded|loading|loads|put|puts|left|leaves|pulled|pulls|pulling|grabbed|grabs|took|sleeps|brought|brings|carries|carrying|tiene|saco|guarda|puso ~4 @weapon",
            "@weapon ~5 at me|at my|to my|my head|my face|reminder|table|nightstand|pillow|drawer|glovebox|glove box|in his|on his|on her|in her|in the car|loaded|in my face|next to|beside|la mesa|recordatorio|up by|up to|by my|at her|at him");
        Cue(KillWords,
            "kill|kil|murder|shoot|stab|strangle|bury|end|finish|destroy|slit|gut|slice|smoke|matar|mato ~2 @obj|both|everyone|us all|the kids|my kids|the baby|my family|u",
            "me va a acabar|va a acabar conmigo|me va a hacer dano|me va a golpear|me va a matar|te voy a matar|nos va a matar",
            "end up|wind up|be found|turn up ~1 dead|in a ditch|in the river|in pieces|missing|in a bag",
            "youll|you will|you ll|youre gonna|youre going to|youd ~1 be|end up|wind up ~1 dead|sorry|found",
            "nobody|no one ~3 find|miss|will find ~2 you|me|your body|my body|the body",
            "make ~1 you|me|her ~1 disappear",
            "aint|wont|not|never ~2 leaving|leavin|leave|make it out|walk out|getting out ~3 alive",
            "body bag|six feet under|in a box",
            "if i cant have you|if he cant have me|if she cant have me|if i cant have u",
            "burn ~4 house|place ~3 with ~1 me|us|you|her ~1 inside|in it|in there",
            "te voy a matar|me va a matar|nos va a matar|te mato|me matara|me mataria|te matare|matarme|matarte|matarnos");
        Cue(ThreatFrame, "@tell", "going|gonna|will|ll|would|wants|tried|try|trying|if|when|swear|va|vas|voy");
        Cue(Leaving,
            "leave|leaving|left|leaves|walk out|walking out|kick him out|kick her out|kicked him out|divorce|divorcing|break up|breaking up|split|splitting|move out|moving out|go to the police|call the police|call the cops|tell anyone|tell someone|tell my|report|take the kids|ever leave|get out|dejarlo|dejarla|lo dejo|la dejo|divorcio|irme");
        Cue(Consequence,
            "kill|hurt|find|hunt|regret|ruin|destroy|pay|sorry|hell|come after|burn|make sure|never see|what happens|what will happen|what would happen|what could happen|take the kids|take my kids|take them|take the baby|custody|end us|end me|end you|track|matar|lastimar|quitar los ninos|encontrar");
        Cue(HitMe,
            "@hit ~2 @me",
            "@hit ~2 my ~1 @body",
            "threw|throws|throwing|hurled|chucked|flung ~4 at|into ~1 me|my",
            "put|puts|laid|lays|putting|puttin|laying ~2 his|her|their ~1 hands|hand ~1 on ~1 me",
            "swings|swung|swinging|swing ~1 on|at ~1 me",
            "closed fist|his fist|her fist|his knee|her knee|his boot|her boot",
            "@he|@partner ~2 hurt|hurts|hurting ~1 me",
            "hands on me",
            "beat ~3 out of me",
            "beat my ass|beat my butt|whooped my ass|kicked my ass|beat me up|beats me up|roughs me up|roughed me up|knocked me|shoved me",
            "me pega|me golpea|me pego|me golpeo|me empuja|me empujo|me cacheteo|me cachetea|me jala|me jalo|me pateo|me patea|me aventaba|me avento|me lastima|me lastimo|me maltrata|me aventó");
        Cue(Injury,
            "bruise|bruises|bruised|bruising|brusies|bruses|bruzes|bruices|black eye|black eyes|busted lip|split lip|fat lip|bloody nose|moretones|moreton|morado|morados|cut lip|limp|a cast|in a cast",
            "lip ~2 split|busted|bleeding",
            "cracked|broken|broke|fractured ~2 rib|ribs|nose|arm|wrist|jaw|tooth|teeth|finger|orbital|collarbone|costilla",
            "stitches|concussion|sprained|dislocated|welts|welt",
            "marks|scratches|handprints|fingerprints|finger marks ~3 on|around ~1 my|her|his ~1 @body",
            "cover|covered|covering|hide|hiding|hid ~4 makeup|concealer|foundation|sleeves|turtleneck|sunglasses|scarf",
            "told|tell|telling|say|said ~4 i ~1 fell|walked into|tripped|bumped|ran into|slipped",
            "to|in|at ~1 the ~1 er|hospital|emergency room|urgent care");
        Cue(CoverStory,
            "@i|@he|they ~2 fell|walked into|ran into|tripped|slipped|bumped into|fell off|fell down|bumped",
            "hide|hiding|hid|cover|covered|covering ~3 it|them|the bruises|the marks");
        Cue(Fight,
            "fight|fights|fighting|fought|argument|arguments|argue|argued|arguing|drunk|drinks|drinking|temper|rage|raged|rages|angry|mad|snaps|snapped|explodes|exploded|blows up|blew up|pelea|peleamos|discusion|enoja|enojo|borracho");
        Cue(Control,
            "checks|checking|checked|controls|controlling|controlled|takes|took|tracks|tracking|monitors|monitoring|reads|goes through|went through|keeps|kept|holds|has|revisa|controla|quita ~2 my|our|her|his|the|el|mi|todo ~1 car|phone|money|paycheck|paychecks|messages|location|texts|emails|bank|accounts|card|cards|keys|car keys|passport|id|everything|finances|dinero|telefono|celular",
            "wont|doesnt|didnt|wouldnt|never ~1 let|allow|allows ~1 me|us ~3 leave|go|see|have|work|drive|talk|use|visit|out|call|get|keep",
            "not allowed ~2 to ~2 see|go|leave|have|talk|work|drive|use|visit|out|text",
            "locks|locked|lock ~1 me ~1 in|out",
            "ask|asking ~1 permission|him for money|her for money",
            "allowance",
            "isolated|isolates|isolating|cut|cuts ~2 me ~2 off|from",
            "no me deja|no me dejaba");
        Cue(Stalking,
            "tracker|trackers|tracking device|airtag|airtags|air tag|gps|spyware|tracking app|stalkerware|rastreador",
            "follows|followed|following|follow|stalks|stalked|stalking|stalker ~2 me|us|my|around|her",
            "shows|showed|showing|turns|turned|turning|popping|pops ~1 up ~4 at|outside|everywhere|work|job|house|gym|school|apartment|parents|church|store",
            "watching|watches|watched ~2 my|our|the|her ~1 house|apartment|place|window|windows|kids|home",
            "parked|sitting ~3 outside|across|down the street|down the block|near my|by my|up the street",
            "drives|drove|driving ~2 by|past|around ~2 my|our|the|her",
            "hundreds|dozens|<many> ~2 of? ~2 texts|calls|messages|voicemails|emails",
            "new|different|burner ~1 numbers|accounts|profiles ~3 text|call|message|contact|reach",
            "wont leave me alone|wont leave her alone|wont stop contacting|keeps contacting",
            "knows|knew|know ~3 where i ~1 am|was|go|went|live|work",
            "me sigue|me persigue|me vigila|me espia|me rastrea");
        Cue(PartnerFear,
            "@fear ~3 of|for ~2 him|her|my|what|going|to go|de ~2 @partner|life|el|ella|him|her|home|it happening|what he|what she|next|safety",
            "fear for my life|fear for her life|walking on eggshells|walk on eggshells|tengo miedo");
        Cue(Escalation,
            "getting|gotten|got|grown|growing ~1 worse|more violent|rougher|scarier|out of hand|more often|bolder",
            "escalat*|more and more|more often|every week now|every day now|worse than ever|never been this bad|worse every|each time its worse",
            "first time ~3 hit|grabbed|pushed|put|shoved|slapped");
        Cue(Jealousy,
            "jealous|jealousy|possessive|celos|celoso|celosa",
            "accuses|accused|accusing|accuse ~3 cheating|cheat|sleeping with|flirting|of seeing");
        Cue(Abusive, "abusive|abuses|abused|abusing|abuse|abuser|maltrato|maltrata|abusivo|abusiva|violent|violento|violencia|domestic violence|dv");
        Cue(NotPhysicalAbuse, "emotional|emotionally|verbal|verbally|financial|financially|narcissistic|mental|mentally|psychological|psychologically");

        // Children, after child-maltreatment practice: physical harm, sexual abuse and grooming, neglect and confinement.
        Cue(Child,
            "@child",
            "<minor> ~1 year|years|yr|yrs|yo ~1 old",
            "<num> ~1 month|months|mo|week|weeks ~1 old",
            "<minor> yo|yr old|year old|years old",
            "little one|little ones|little brother|little sister|baby brother|baby sister|younger brother|younger sister|my kids");
        Cue(YoungWriter,
            "im|i am|iam|am|i|me ~1 only|just|turning|a? ~1 <minor>",
            "i am a <minor>|im a <minor>|<minor> year old here|<minor> years old and i",
            "in ~1 the? ~1 5th|6th|7th|8th|9th|10th|11th|12th|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth ~1 grade",
            "middle school|junior high|high school freshman|freshman in high school|sophomore in high school|im a freshman|im a sophomore|im in high school|in high school",
            "tengo <minor> anos|tengo <minor>",
            "grounded|my homework|my school|my middle school",
            "school counselor|my teacher|at school|after school|in class|homework");
        Cue(ChildHarm,
            "@hit ~3 @child",
            "@child ~3 get|gets|got|getting|are|is|was|were|being|been ~1 @hit|beaten|whipped|slapped|punched|kicked|burned|choked",
            "@hit|beaten|whipped|whooped ~3 with ~2 a|the|his|her|an? ~1 belt|cord|hanger|switch|spoon|paddle|wire|stick|shoe|chancla|cinturon|extension",
            "@hit|yanking|yanked|yanks ~2 him|her|them ~3 across|by|into|against|face|arm|arms|hair|head|wall|floor|down",
            "@hit ~2 him|her|them ~4 belt|cord|hanger|spoon|switch|fist|shoe|wire|extension|stick|closed",
            "belt|cord|cords|extension cord|hanger|switch|wooden spoon|paddle|wire|chancla|cinturon ~4 marks|welts|bruises|bruise|bleeding|blood|on|across|back|legs",
            "shook|shakes|shaking|shake|shaken ~3 the|my|our|him|her ~1 baby|infant|newborn|hard|until",
            "shaken baby",
            "held|holds|pressed|press|put ~3 hand|hands|arm|fingers ~3 stove|burner|iron|hot|boiling|oven",
            "burned|burnt|burns|scalded ~2 him|her|them|@child",
            "threw|throws|thrown|slammed|slams ~3 @child|him|her ~2 against|across|into|down|on the",
            "le da con|les da con|con el cinturon|con la chancla|le pega|les pega|le pego|les pego|golpea a|golpeo a|los golpea|lo golpea|la golpea|le da con el cinturon|les da con");
        Cue(ChildMarks,
            "marks|welts|welps|bruises|bruising|burns ~6 her|his|their ~1 @body|backs|bottom|butt",
            "marks|welts|welps|bruises|bruising|burns|burn marks|cigarette burns|black eye|broken arm|broken wrist|broken leg|fracture|fractures|cuts|bite marks ~4 @child");
        Cue(ChildSexual,
            "mature for|too mature|so mature|walks in on me|walking in on me|walked in on me|molest*|sexually abus*|sexual abuse|child abuse|pedophile|pedo|pedos|predator|groom|grooming|groomed|grooms|inappropriate|inappropriately|abuso sexual|abusa|abuso de|la toca|lo toca|me toca|me toco|me tocaba|nos toca",
            "our|a|their|his|her|little|are|its ~1 secret|secrets",
            "dont|not|never|wont|cant|mustnt ~2 tell|telling|mention|say ~2 anyone|anybody|mom|mommy|your|my|his|her|nobody|dad|people",
            "keep ~3 secret|quiet|between us",
            "nuestro secreto|no le digas|no decirle|no digas nada",
            "touch|touches|touched|touching|rubs|rubbed|rubbing|feels|felt|grabs|grabbed|puts his hand|put his hand ~4 private|privates|down there|chest|breasts|boobs|butt|bottom|thighs|between|under|inside|body|places|parts|legs|pants|shirt|underwear|skirt",
            "sit|sits|sitting|sat ~3 on ~1 his|her ~1 lap",
            "@grownup ~4 touch*|touchs|rubs|rubbed|feels|felt ~1 me|her|him|my",
            "walks|walking|walked|comes|barges|came ~2 in|into ~2 bathroom|room|shower ~4 changing|shower|showering|undressed|naked|dressed|bath",
            "se bana con|se banaba con|la sienta en sus piernas|lo sienta en sus piernas|en sus piernas|regalos|le compra",
            "shower|showers|showering|bathe|bathes|bathing|baths|bath ~3 with ~1 her|him|my|them|me",
            "pictures|photos|pics|videos|nudes|selfies|picture|photo ~5 naked|undressed|bath|body|underwear|bra|without clothes|of me|of her|privately",
            "send|sends|sent|asked|asks|asking|wants ~3 pictures|photos|pics|nudes|videos",
            "special ~1 friend|game|games|time|relationship|bond|attention|hugs|secret",
            "alone with ~2 her|him|me|my|the kids|them",
            "into|in|to|climbs into|gets into|crawls into ~1 my|her|his|their|the ~1 bed|room|bedroom|shower ~6 night|nights|asleep|sleeping|late|dark|bedtime|noche",
            "at night ~6 my|her|his ~1 room|bed|bedroom",
            "sleeps|sleep|sleeping|lies|lie|lay ~2 in ~1 my|her|his ~1 bed",
            "gifts|presents|money|candy|phone|vape ~5 if|so|secret|dont tell|for me|only me",
            "boyfriend|bf ~3 <minor>|older|twenty|thirties|adult|grown");
        Cue(Neglect,
            "neglects|neglected|neglecting|neglect|abandoned|abandons",
            "lights|power|electricity|water|heat ~2 shut off|cut off|got cut|turned off|got shut",
            "run out of|ran out of|last of the|nothing left ~2 eat|food|cereal|diapers|formula|milk",
            "hasnt|has not|havent ~2 been|come ~2 home|back",
            "left ~3 monday|tuesday|wednesday|thursday|friday|saturday|sunday|days ago|last week|and hasnt",
            "locked|locks|lock|locking|locks|shut|shuts ~3 in|inside|up ~3 room|closet|basement|bathroom|garage|cage|crate|shed|dark|bedroom|all day|for hours|for days",
            "no|without|not enough|never any ~1 food|dinner|meals|eating|water|groceries|breakfast|lunch",
            "not ~1 fed|feeding|eating|being fed",
            "hungry|starving|starve|starved|malnourished|hambre|sin comer|sin comida",
            "left|leaves|leaving|leave ~4 alone ~3 days|day|night|nights|overnight|weekend|hours|week|all",
            "alone for ~2 days|hours|the weekend|nights|a week",
            "dirty|soiled|full ~1 diaper|diapers|clothes|same clothes",
            "wandering|walking|wanders|wandered ~3 out|alone|outside|street|night|road|parking",
            "got out ~4 at night|alone|outside|street|road|in a diaper|in just",
            "no heat|no electricity|no power|no water|in the cold|in the dark",
            "lo encierra|la encierra|los encierra|lo encerro|la encerro|los encerro|los deja solos|lo deja solo|la deja sola|solos por dias");
        Cue(HarmUrge,
            "urge|urges|thoughts|thougts|thought|picturing|pictured|imagining|imagined|intrusive|scared i|afraid i|scared ill|afraid ill|want to|wanted to ~4 hurt|hurting|shake|shaking|smother|smothering|harm|harming|drop|dropping|drown|drowning|suffocate|suffocating|throw|throwing|put a pillow|pillow over");

        // Sexual assault: sex or sexual touching without consent.
        Cue(Sexual,
            "sex|sexual|sexually|slept with|sleep with|sleeping with|hooked up|hook up|hookup|intercourse|penetrat*|inside me|on top of me|on top|undress*|clothes|pants|shirt|dress|underwear|panties|bra|naked|nude|kiss|kissed|kissing|touch*|grop*|fondl*|fingered|oral|blowjob|bj|went down|his hand|her hand|stuff to me|did things|things to me|do things|smashed|smash|hit it|relaciones|sexo|me toco|desnuda|desnudo|encima de mi|la ropa|me beso|cama|bed",
            "hands ~2 up|under|down|in ~1 my|her",
            "he did it|did it to me|the whole time he|date|went out with|his place|his apartment|his room|his car|back to his|her place|rape kit|in the shower|a room|un cuarto|me tapo la boca|tinder|hinge|bumble|dating app|couch");
        Cue(NoConsent,
            "said|saying|say|told|tell|kept saying|begged|beg|asked|asking|dije|decia ~3 no|stop|didnt want|dont want|wasnt ready|to stop|que no|que parara",
            "kept going|keep going|didnt stop|wouldnt stop|did not stop|would not stop|never stopped|kept on|carried on|didnt care",
            "too|so|very|super|completely ~1 drunk|high|wasted|out of it|gone|blacked out|fucked up|messed up|faded ~3 to|stand|walk|talk|move|remember|consent|know",
            "blacked|passed ~1 out",
            "out cold|unconscious|asleep|sleeping|half asleep|barely conscious|dormida|inconsciente",
            "woke|woken|wake|waking|awoke|came to|desperte ~5 and|with|to|while|he|she|him|someone|a guy|naked|on top|inside|undressed|pants|clothes|sin ropa",
            "woke up ~7 underwear|naked|clothes|pants|undressed|bra|dress",
            "couldnt feel my legs|could not feel my legs|couldnt move my|cant remember how|no idea how i got",
            "until|unless ~1 i ~3 went down|had sex|slept|did it|gave him|touched|kissed",
            "only did it because|did it because i was scared|did it so he would|was too scared to say no",
            "needed|wanted|had ~1 to ~1 leave|go|stop",
            "forced it|forced himself|forced herself|forced his way|had his way",
            "held|pinned|pressed|pushed ~1 me|her ~1 against|to|onto|on the|into",
            "made|makes|make|forced|forces|force|forcing|pressured|pressures|guilted|coerced|coerces|obligo|obliga|forzo ~1 me|her|him|himself|herself ~4 have|sleep|do|touch|give|into|sex|it|on me|suck|perform",
            "pinned|pins|held|holding|hold|holds|pinning ~1 me|her ~1 down",
            "doesnt take no|wont take no|didnt take no|not take no",
            "no memory|dont remember|didnt remember|cant remember|could barely stand|couldnt stand|could barely walk|couldnt walk|barely conscious|no paro|no se detuvo|siguio",
            "pinned me|pinned her",
                        "drugged|roofied|roofies|roofie|spiked|something in ~1 my|her|his ~1 drink|slipped me|slipped her|me drogo|me drogaron",
            "without ~2 consent|permission|asking|my ok",
            "didnt|never|did not|couldnt|could not ~1 consent|agree",
            "took advantage",
            "cried|crying|was crying|sobbing ~4 he|she|him|kept|didnt|wouldnt",
            "didnt|wouldnt|did not|would not ~1 stop ~4 crying|cried|begged|said|cry",
            "push|pushed|pushing|pull|pulled ~2 his|her ~1 hand|hands ~1 away|off",
            "tries again|tried again|keeps trying|kept trying",
            "no queria|no quise|me forzo|me obligo|sin mi consentimiento|abuso de mi|se aprovecho");
        Cue(Froze, "froze|frozen|freeze|freezing|couldnt move|could not move|couldnt fight|could not fight|paralyzed|me paralice|no me pude mover|just laid there|just lay there");
        Cue(SexualAssaultWord,
            "hand|hands ~3 between my legs|up my skirt|down my pants|in my pants|under my shirt|up my shirt|between her legs|up her skirt|down her pants",
            "manoseo|me manoseo|me manoseaba|me bajo el pantalon|rape|raped|raping|rapist|rapes|rapped|r4ped|r4pe|r*ped|grape*|sexually assault*|sexual assault|sexually abused|sexual abuse|date rape|assaulted me|assaulted her|assault me|molested me|molested her|groped me|groped her|violada|violado|violacion|me violo|la violo|abuso sexual|abusaron de mi|abuso de mi|non consensual|nonconsensual|sa d me|sad me");

        // Older and dependent adults: neglect, harm, exploitation.
        Cue(Elder,
            "@elder",
            "old|older|elderly|aging|aged|frail|ailing|sick|widowed|disabled ~1 mom|mother|dad|father|parents|parent|man|woman|lady|neighbor|neighbour|aunt|uncle|people|folks|lady",
            "<old> ~1 year|years|yr|yo ~1 old",
            "<old> yo|year old|years old",
            "in ~1 his|her|their ~1 70s|80s|90s|seventies|eighties|nineties",
            "hes|shes|is|aged|age|tiene ~0 <old>",
            "hes|shes ~1 old|elderly|frail",
            "dementia|alzheimers|alzheimer|parkinsons|memory care|nursing home|care home|assisted living|retirement home|group home|home health|caregiver|caregivers|carer|carers|aide|aides|home aide|attendant|bedridden|wheelchair|hospice|oxygen|walker|stroke|facility",
            "disabled|disability|down syndrome|downs syndrome|cerebral palsy|nonverbal|non verbal|autistic|intellectual disability|special needs|paralyzed|paralysed|quadriplegic|dependent adult|vulnerable adult|conservatorship|guardian|guardianship|ssi|disability check",
            "anciana|anciano|ancianos|mayor|silla de ruedas|demencia|asilo|residencia|cuidadora|cuidador|abuelita|abuelito");
        Cue(ElderHarm,
            "soiled|soaked|wet|dirty|filthy|urine|poop|feces ~3 clothes|sheets|diaper|diapers|depends|bed|pants|brief|briefs",
            "in ~1 soiled|dirty|wet ~1 clothes|sheets|diaper|diapers|depends|bed",
            "bedsore|bedsores|bed sores|bed sore|pressure sores|pressure sore|sores|ulcers|a sore|open sore|sore on",
            "not|isnt|wasnt|never|barely|hasnt|havent|hadnt|arent|werent|dont|doesnt|forget|forgets|forgetting|forgot ~3 fed|feeding|bathed|bathing|washed|changed|changing|given|eating|getting|feed|bathe|chang*|give",
            "no food|no water|nothing to eat|without food|without water|hungry|starving",
            "dehydrated|malnourished|losing weight|lost weight|skin and bones|so thin|wasting",
            "left|leaves|leaving ~3 alone|sitting|lying|in the dark|locked|for days|all day",
            "withhold*|withheld|hides|hid|hiding|keeps|kept|takes away|took away|won t give ~3 meds|medication|medicine|pills|oxygen|walker|glasses|hearing aid|phone|insulin|pain pills",
            "tied|strapped|restrained|ties ~3 chair|bed|wheelchair",
            "sedat*|drugged|drugging|overmedicat*|drugs her|drugs him|knock her out|knock him out|knocked out|like a zombie|to keep her calm|to keep him calm|to keep her quiet|to keep him quiet|doped up|drugged up",
            "really thin|so thin|very thin|skinny|bandage|bandaged|wouldnt let me in|wont let me see|wont let me visit|wont let me in|unless shes in the room|unless hes in the room",
            "locked ~2 in",
            "no heat|no ac|no air|air conditioning off|turned off the heat|turned off the ac",
            "bruise*|bruzes|bruses|marks|mark|cuts|cut|handprint|handprints|burns|skin tears|scratches|fractured|black eye|welts|moretones ~4 arms|arm|wrists|face|neck|forehead|cheek|her|his|on|en",
            "@hit|pinch*|shov*|slap*|grab*|yell*|scream*|rough|roughly|tosses|tossed ~2 her|him|with her|with him|grandma|grandpa|mom|dad|my mom|my dad",
            "drain*|empt*|took|taking|takes|stole|steal*|stealing|cash*|using|used|spending|spent|pocket*|keeps|kept|wiped|siphon*|finess*|scam*|robbing|robbed|ripping off|ripped off|blew|blowing|blown ~3 her|his|their|grandmas|grandpas|moms|dads|mothers|fathers ~1 money|account|accounts|savings|checks|check|pension|social|ssi|card|cards|credit|benefits|retirement|funds|bank",
            "sign ~4 over|house|deed|will|power of attorney|checks|papers",
            "changed|change|rewrote|rewrite ~3 will|deed|beneficiary|beneficiaries",
            "pressur*|forc*|trick*|manipulat*|coerc*|bully*|bullied ~3 sign|into signing|giving|hand over",
            "elder abuse|elderly abuse|abuse|abused|abusing|abuses|neglect|neglected|neglecting|neglects|exploit*|mistreat*|maltrato|maltrata|abuso|abusan",
            "le quita|le roba|le quitan|le roban|se queda con ~3 dinero|cheques|pension|cheque",
            "amarrado|amarrada|atado|atada|faltan cheques|dejarlo solo|dejarla sola|sin comida|la deja sola|lo deja solo|no le da de comer|sin comer|sucia|sucio|panales|le pega|la golpea|lo golpea|la empuja|lo empuja|la insulta");

        // Frames that change what a sentence's danger words mean.
        Frame(Story,
            "movie|movies|film|films|series|episode|episodes|novel|novels|book|books|lyrics|lyric|song|songs|album|podcast|podcasts|documentary|documentaries|netflix|hbo|hulu|anime|manga|comics|fanfic|fiction|screenplay|script|musical|opera|halloween|costume|cosplay|pelicula|serie|cancion|libro|corrido|corridos|telenovela|poem|poems|poetry|verse|chorus|playlist|sitcom|thriller|audition|rehearsal|shakespeare|hamlet|juliet|villain|protagonist|manuscript|escape room|haunted house",
            "tv show|video game|short story|my character|the character|his character|her character|in the game|in the show|the show|a show|this show|writing a|voice act|audio drama|true crime",
            "sang|sing|singing|sings|listening");
        Frame(News,
            "news|article|articles|headline|headlines|reported|reporter|journalist|celebrity|celebrities|famous|singer|rapper|influencer|youtuber|tiktoker|politician|verdict|shooting|shootings|war|wars|noticias|noticia|anniversary of|memorial|obituary|nationwide|statistics|read about|on tv|the school held|assembly");
        Frame(Work,
            "im|i am|iam|work|worked|working|soy|trabajo|trabaje ~1 a|an|as|in|at|como|de ~3 nurse|nurses|nursing|paramedic|emt|medic|social worker|caseworker|therapist|counselor|counseling|dispatcher|pharmacist|pharmacy|cop|officer|doctor|physician|volunteer|chaplain|firefighter|veterinarian|clinician|intern|teacher|er|icu|hospice|shelter|jail|prison|corrections|crisis line|hotline|ambulance|enfermera|enfermero|paramedico|trabajadora social|urgencias",
            "my|our ~1 patients|clients|callers|caseload|unit|ward",
            "we see|i see|i hear|we get ~3 every day|all the time|a lot|constantly|every shift|daily|de todo",
            "on shift|mandated reporter|in training|safeguarding training|vemos de todo|twelve hour shifts|12 hour shifts");
        Frame(Past,
            "years ago|decades ago|long time ago|long ago|lifetime ago|years back|ages ago|a decade|hace anos|hace mucho",
            "when i was|when we were|when he was|when she was ~2 a|in|young|younger|little|small|teenager|teenagers|teen|teens|kid|kids|child|children|girl|girls|boy|boys|<num>|<minor>|growing|married|with him|with her",
            "as a ~1 kid|child|teen|teenager|young|little girl|little boy",
            "in ~1 my|his|her|their|our ~1 college|high school|twenties|20s|teens|youth|first marriage|late teens|early twenties|thirties|30s",
            "in college|in high school|back then|used to|in the past|at the time|at that time",
            "cuando era|cuando tenia");
        Frame(Resolved,
            "recovered|healed|survivor|its behind me|thats behind me|put it behind me|long over|in prison|went to prison|years of therapy|therapy helped|decade|decades|a lifetime ago|before we met|long before",
            "in|since ~1 199*|198*|197*|200*|201*",
            "been ~2 sober|clean|stable|well|fine|safe|good|healthy|free|out ~3 for|since|years",
            "years ago|decades ago|long time ago|long ago|years back|ages ago|hace anos|hace mucho");
        Frame(Present,
            "still|again|lately|recently|these days|currently|every night|every day|this week|last week|last night|yesterday|today|tonight|this morning|keeps|keep|coming back|came back|back again|started again|started back|returned|relapsed|todavia|aun|otra vez|de nuevo|now|whenever|every time|each time|usually|always|when i get|when i feel|sometimes",
            "<num> ~1 weeks|days|months ~1 ago");
        Frame(Hypothetical,
            "what if|hypothetically|suppose|supposing|imagine|in theory|signs|warning signs|how to talk|how do i talk|how to tell if|how do i know if|how can i tell if|how would i know|is it normal|how do you know|how to bring up|should i worry|how do i help|how can i help|how to help|talk to my kids about|explain ~3 to my ~1 kids|son|daughter|child|children",
            "joke|joking|jokes|joked|kidding|jk|lol|lmao|haha|jaja|jajaja|sarcastic|sarcasm|meme|memes|dark humor");
        Frame(Others, "@family", "he|she|they|him|her|them|hes|shes|his|their|theyre|el|ella");

        // Figures of speech: their words raise nothing.
        Idiom(
            "killing it|killed it|kill it|kills it|killin it|killer|killers|kill time|killing time|kill two birds|kill the mood|kill the vibe|kill the lights|kill the engine|kill for|could kill for|would kill for|kill me now|cracks me up|killing myself laughing|killed myself laughing|kill myself laughing|kill the conversation",
            "this|that|it|work|job|commute|heat|weather|suspense|traffic|feet|back|knees|wait|waiting|boss|school|homework|cold|hangover|stress|silence|curiosity|exam|exams|finals|deadline|shift|schedule|project|cramps|migraine|headache|diet|guilt|budget|laundry|bill|bills|prices|rent|dishes|baby|toddler|teething|kids|noise|neighbors|mortgage|insomnia|allergies|pollen|jetlag|tiredness|wedding|planning|price|gas|loneliness|anxiety ~3 is|are|was|were|been|its|keeps ~1 killing|kill ~1 me|us",
            "dying to|dying for|to die for|die of embarrassment|die of shame|die of laughter|died of embarrassment|died laughing|dying laughing|dying of laughter|almost died laughing|nearly died laughing|i died|im dead|im dying|was dying|dying over|could have died|couldve died|could just die|could die|wanted to die of|wanted to crawl|crawl into a hole|crawl under|die a little|died a little|die inside|dead tired|dead serious|dead end|deadline|deadlines|dead on|dead set|dead battery|dead phone|dead weight|dead last|drop dead|deadpan|dead heat|dead silence|dead center|dead giveaway|deadbeat|dead of night|dead of winter|flogging a dead|beating a dead horse|dead horse|over my dead body|bored to death|bored me to death|scared to death|scares me to death|scared me to death|worried to death|worried sick|sick to death|death by|death stare|to death about|loves to death|love him to death|love her to death|love them to death|love you to death|death grip|death trap|near death experience|my death bed|deathbed",
            "shoot me a|shoot you a|shoot her a|shoot him a|shoot them a|shoot hoops|shoot pool|shoot the breeze|shoot for|shot for|shoot my shot|shot my shot|take a shot|took a shot|a shot of|shots of|flu shot|booster|photo shoot|photoshoot|shooting star|shooting stars|shoot photos|shoot a video|shoot the video|jump the gun|jumped the gun|stick to my guns|stuck to my guns|smoking gun|top gun|under the gun|big guns|gun to my head metaphorically|nail gun|glue gun|hot glue|water gun|nerf gun|gun show",
            "career suicide|social suicide|political suicide|financial suicide|suicide squeeze|suicide doors|suicide door|suicide sprints|suicides|suicide run|suicide runs|suicide squad|suicide mission|suicide king|suicide burpees|suicide lines|suicide drill|suicide drills|suicide wings",
            "choke up|choked up|choking up|chokes up|choke on|choked on|choking on|chokes on|choke hold in jiu|choked in the|choke under|choked under|choked at|choke at|choke in the|choked during|choking hazard|choked back|choke back|choke down|choked down|chokehold|choke hold|choking game",
            "stab at|stabbed at|took a stab|take a stab|stab in the back|stabbed me in the back|stabbed in the back|backstab|backstabbing|backstabber",
            "hit me up|hits me up|hit me back|hit me up later|hit it off|hit the road|hit the gym|hit the hay|hit the sack|hit the books|hit the wall|hit a wall|hit rock bottom|hit home|hit me hard|hits me hard|hit me like|hits me like|it hit me|that hit me|then it hit me|reality hit|finally hit me|hit a nerve|hit the ceiling|hit the roof|hit a deer|hit my head|hit the brakes|big hit|smash hit|hit song|hit list|hit and miss|hit or miss|hit the jackpot|hit the spot|hit send|hit reply|hit the lottery|hit puberty|hit rock|hit 30|hit 40|hit 50|hit my limit|hit a milestone|hit by a car|hit by a ball|hit the target|hit the town|hit a snag|hit a rough patch|hit a low",
            "overdosed on|overdose on|overdosing on|od on|od d on|odd on|an overdose of sugar|sugar overdose|sugar high|caffeine overdose|cuteness overdose",
            "pills to swallow|tough pill|bitter pill|hard pill|chill pill|happy pill",
            "murder mystery|murder mysteries|murder show|murder podcast|murder board|murder hornet|murder hornets|murder my|murdered it|murder it|murdering it|murder of crows|my mom is going to murder me|going to murder me|gonna murder me|will murder me|would murder me|murder each other",
            "knife set|knife block|knives set|butter knife|sharpen the knives|knife skills|knife sharpener|under the knife|like a knife|cut the tension|locked in a safe|gun safe|in a safe|locked up in|locked away",
            "me muero de|me muero por|me mata el|me mata la|me mata de|me estoy muriendo de|me mori de|me moria de|me queria morir de|me quiero morir de|muerta de risa|muerto de risa|muerta de hambre|muerto de hambre|muerta de sueno|muerto de sueno|muerta de cansancio|muerto de cansancio|muertos de hambre|me va a matar cuando llegue|me van a matar cuando|me mata con|me matan con",
            "choke the chicken|slay|slayed|slaying|kill shot|killstreak|killcam|headshot|headshots|friendly fire|respawn|spawn|boss fight|final boss",
            "beat me to it|beat me at|beat me in|beats me why|beats me how|beats me what|beat me by|beat me again|beaten me at|beat us in|beat us at|beat them|beat the|beat it|beat up about|beat myself up|beating myself up|beat yourself up|beats himself up|beat herself up|beating herself up|beating himself up|kick myself|kicking myself|kicked myself|kick me out|kicked me out|kicks me out|kick me off|kicked me off|kicked out|punch line|punchline|kick off|kicked off|kicks off|kickback|kickball|kickboxing",
            "pushed me to|pushes me to|push me to|pushing me to|push me away|pushed me away|pushes me away|pushing me away|push my buttons|pushes my buttons|pushing my buttons|push me out|pushed me out|pushes me too|pushed me too|pushing me too|push me too",
            "grabbed me a|grab me a|grabbed me some|grab me some|grabs me a|grabbed my attention|grabs my attention|grab my attention|grabbed my hand|grabbed my arm to|grab my hand|takes my breath|took my breath|take my breath|breath away|catch my breath|caught my breath|out of breath|hold my breath|held my breath|holding my breath",
            "bruised ego|bruised my ego|bruised pride|bruised heart|bruised feelings|my ego|bruise easily|bruises easily|bruise so easily",
            "hang out|hanging out|hung out|hangs out|hang in there|hanging in there|hang up|hung up|hangs up|hanging up|hang on|hanging on|hang around|hangover|hung over|hang loose|hang with|hanging with",
            "end it with|ended it with|ending it with|end things with|ended things with|ending things with|end the relationship|ended the relationship|end the marriage|ended the marriage|end it between|end it for good with|end our|end my relationship|end my marriage|ended my marriage|ended my relationship|end of my rope|end of the rope|end of my tether|end of the world",
            "take my life back|taking my life back|took my life back|take back my life|taking back my life|my life back",
            "slit my eyes|slit of",
            "sleep like the dead|slept like the dead|dead to the world|dead asleep|dead sleep|sleep forever on weekends",
            "die hard|diehard|die hards|die hard fan|tie dye|do or die|never say die|die trying|the dice|die cast",
            "goodbye party|goodbye dinner|goodbye card|goodbye letter to my students|goodbye to my class|said goodbye to my dad|say goodbye to my grandma|say goodbye to grandma|said goodbye to grandma|goodbye to my mom|goodbye to my dog|goodbye to the dog|goodbye to our dog|goodbye to our cat|goodbye to my cat|say goodbye to the house|said goodbye to the house",
            "gave away the|give away the|giveaway|give away my position|gave away my age|gives away the ending|give away the ending|give away the surprise",
            "@child|old|yo|olds ~1 hit|hits|bit|bites|kicked|kicks|pushed|pushes|punched|hitting|biting ~2 another|other|a|his|her|the ~1 @child|kid|boy|girl|classmate|kids",
            "le pego a otro|le pega a otros|le pego a un|pego a otro",
            "<minor> weeks|days|hours|minutes|mins|hrs|times|percent|dollars|bucks|pounds|lbs|miles|inches|months pregnant|weeks pregnant|years of marriage|years married|years together|years sober|year anniversary|degrees|kg|k|grand");
    }

    public Cue DeathWish { get; } = new("passive wish to die", CueKind.Signal);

    public Cue SuicideThought { get; } = new("thoughts of suicide", CueKind.Signal);

    public Cue Intent { get; } = new("intent", CueKind.Signal);

    public Cue Means { get; } = new("means", CueKind.Signal);

    public Cue DeathWords { get; } = new("death", CueKind.Signal);

    public Cue Preparation { get; } = new("preparation", CueKind.Signal);

    public Cue Plan { get; } = new("plan", CueKind.Signal);

    public Cue Farewell { get; } = new("farewells", CueKind.Signal);

    public Cue Research { get; } = new("researching a method", CueKind.Signal);

    public Cue Unreachable { get; } = new("out of reach", CueKind.Signal);

    public Cue Attempt { get; } = new("attempt", CueKind.Signal);

    public Cue SelfHarm { get; } = new("self-harm", CueKind.Signal);

    public Cue Ingest { get; } = new("swallowed", CueKind.Signal);

    public Cue Substance { get; } = new("substance", CueKind.Signal);

    public Cue Excess { get; } = new("quantity", CueKind.Signal);

    public Cue Recent { get; } = new("just now", CueKind.Signal);

    public Cue Symptom { get; } = new("symptoms", CueKind.Signal);

    public Cue Toxic { get; } = new("poison", CueKind.Signal);

    public Cue GraveSymptom { get; } = new("signs of poisoning", CueKind.Signal);

    public Cue Weapon { get; } = new("weapon", CueKind.Signal);

    public Cue WeaponSafe { get; } = new("weapon kept safely", CueKind.Frame);

    public Cue SuicideWord { get; } = new("mention of suicide", CueKind.Signal);

    public Cue GotInto { get; } = new("got into medicines", CueKind.Signal);

    public Cue Froze { get; } = new("froze", CueKind.Signal);

    public Cue Hiding { get; } = new("hiding", CueKind.Signal);

    public Cue Intrusion { get; } = new("someone breaking in", CueKind.Signal);

    public Cue Pursuit { get; } = new("being followed", CueKind.Signal);

    public Cue CoverStory { get; } = new("cover story", CueKind.Signal);

    public Cue Overdose { get; } = new("overdose", CueKind.Signal);

    public Cue Fearful { get; } = new("fear of it happening", CueKind.Frame);

    public Cue Now { get; } = new("happening now", CueKind.Signal);

    public Cue Threat { get; } = new("threat", CueKind.Signal);

    public Cue Partner { get; } = new("partner", CueKind.Frame);

    public Cue Strangle { get; } = new("strangulation", CueKind.Signal);

    public Cue WeaponShown { get; } = new("weapon", CueKind.Signal);

    public Cue KillWords { get; } = new("threat to kill", CueKind.Signal);

    public Cue ThreatFrame { get; } = new("threatening", CueKind.Frame);

    public Cue Leaving { get; } = new("leaving", CueKind.Frame);

    public Cue Consequence { get; } = new("consequence", CueKind.Signal);

    public Cue HitMe { get; } = new("violence", CueKind.Signal);

    public Cue Injury { get; } = new("injuries", CueKind.Signal);

    public Cue Fight { get; } = new("fights", CueKind.Frame);

    public Cue Control { get; } = new("control", CueKind.Signal);

    public Cue Stalking { get; } = new("stalking", CueKind.Signal);

    public Cue PartnerFear { get; } = new("fear of a partner", CueKind.Signal);

    public Cue Escalation { get; } = new("escalation", CueKind.Signal);

    public Cue Jealousy { get; } = new("jealousy", CueKind.Signal);

    public Cue Abusive { get; } = new("abuse", CueKind.Signal);

    public Cue NotPhysicalAbuse { get; } = new("emotional abuse", CueKind.Frame);

    public Cue Child { get; } = new("a child", CueKind.Frame);

    public Cue YoungWriter { get; } = new("writer under 18", CueKind.Frame);

    public Cue ChildHarm { get; } = new("physical harm", CueKind.Signal);

    public Cue ChildSexual { get; } = new("sexual abuse or grooming", CueKind.Signal);

    public Cue Neglect { get; } = new("neglect or confinement", CueKind.Signal);

    public Cue HarmUrge { get; } = new("urge to hurt a child", CueKind.Signal);

    public Cue Sexual { get; } = new("sexual contact", CueKind.Frame);

    public Cue NoConsent { get; } = new("no consent", CueKind.Signal);

    public Cue SexualAssaultWord { get; } = new("sexual assault", CueKind.Signal);

    public Cue Elder { get; } = new("older or dependent adult", CueKind.Frame);

    public Cue ElderHarm { get; } = new("neglect, harm or exploitation", CueKind.Signal);

    public Cue Story { get; } = new("a story or song", CueKind.Frame);

    public Cue News { get; } = new("the news", CueKind.Frame);

    public Cue Work { get; } = new("work in the field", CueKind.Frame);

    public Cue Past { get; } = new("the past", CueKind.Frame);

    public Cue Resolved { get; } = new("resolved", CueKind.Frame);

    public Cue ChildMarks { get; } = new("marks on a child", CueKind.Signal);

    public Cue Present { get; } = new("the present", CueKind.Frame);

    public Cue Hypothetical { get; } = new("a hypothetical or a joke", CueKind.Frame);

    public Cue Others { get; } = new("someone else", CueKind.Frame);

    private Cue IdiomCue { get; } = new("figure of speech", CueKind.Idiom);

    public IReadOnlyList<PhrasePattern> Patterns => patterns;

    /// <summary>Key words long and distinctive enough to correct when misspelt.</summary>
    public static IReadOnlyList<string> SpellingKeys { get; } =
    [
        "suicide", "suicidal", "overdose", "overdosed", "overdosing", "strangled", "strangling", "strangle", "molested", "molesting",
        "sexually", "assaulted", "acetaminophen", "paracetamol", "ibuprofen", "tylenol", "antifreeze", "sleeping", "myself",
        "himself", "herself", "threatened", "threatening", "threatens", "bruises", "bruised", "bruising", "breathe",
        "unconscious", "swallowed", "stockpiling", "goodbye", "tablets", "medication", "medications", "unalive", "disappear",
        "punched", "slapped", "choked", "choking", "kicked", "grabbed", "shoved", "touches", "touched", "touching",
        "boyfriend", "girlfriend", "husband", "raped", "killing", "pills", "bottle", "drowsy", "breathing", "consent",
        "whole", "stepdad", "stepfather", "secret", "wrists", "dementia", "grandma", "grandpa", "nursing", "caregiver",
        "neglect", "neglected", "neglecting", "bedsores", "strangling", "matarme", "pastillas", "suicidarme", "violada", "sobredosis", "moretones",
    ];

    /// <summary>Real words one letter from a key word, which must stay themselves.</summary>
    public static IReadOnlyList<string> RealWords { get; } =
    [
        "overdoes", "bottles", "bottled", "pillow", "pillows", "killings", "secrets", "secreto", "slapped", "grabbed", "shoved",
        "toucher", "wholes", "kicker", "choker", "choked", "dementia", "goodbyes", "himself", "herself", "husbands", "whole",
        "breath", "breathed", "breathes", "sleepings", "touchy", "sleeping", "boyfriends", "girlfriends", "assaulter",
        "nursing", "nurses", "nursery", "secrete", "secreted", "tablet", "stepdads", "wrist", "killing", "spilling", "filling",
        "willing", "billing", "milling", "tilling", "killings", "grandmas", "grandpas", "myself", "consents", "consented",
        "content", "contest", "sexual", "punches", "punchy", "choice", "unlive", "lighting", "kissing", "missing", "hissing",
        "pisses", "piling", "threaded", "threads", "bruiser", "suited", "suitable", "showed", "shower", "showers", "picked", "slipped",
        "clipped", "stepped", "chased", "rapper", "rapped", "graded", "overdoing", "overdone", "kicking", "sticking", "tricking",
        "pillar", "spills", "spilled", "bottom", "wholesome", "secretly", "secretary", "nurse", "wrist", "shoved", "chocked", "hitter",
    ];

    public IReadOnlyList<string> Negations { get; } =
    [
        "not", "never", "no", "dont", "didnt", "doesnt", "wouldnt", "wont", "isnt", "wasnt", "cant", "couldnt", "cannot",
        "havent", "hasnt", "hadnt", "nor", "without", "neither", "arent", "werent", "shouldnt", "nunca", "jamas", "ni",
        "nobody",
    ];

    /// <summary>Words after a negation that mean it denies nothing: "no longer", "can't stop", "not sure".</summary>
    public IReadOnlyList<string> NotNegatingAfter { get; } =
    [
        "longer", "only", "sure", "stop", "help", "matter", "wonder", "just", "one", "know", "even", "really", "anymore",
        "believe", "think", "care", "remember", "understand", "keep", "escape", "seem", "fight", "thought", "imagined",
        "expected", "tell", "told", "say", "said", "realize", "realized", "notice", "mean", "le", "les", "lo", "la", "se", "sabe", "puedo",
        "puede", "sure", "wait",
    ];

    private void Class(string name, string words) => classes[name] = words.Split('|');

    private void Cue(Cue cue, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            foreach (var alternative in Alternatives(phrase))
            {
                patterns.Add(PhrasePattern.Parse(alternative, cue, classes));
            }
        }
    }

    private void Frame(Cue cue, params string[] phrases) => Cue(cue, phrases);

    private void Idiom(params string[] phrases) => Cue(IdiomCue, phrases);

    /// <summary>
    /// Between gaps and special slots, a run of words with a bar is one slot of single-word choices ("hit|hits me"),
    /// unless a choice has a space in it: then each choice is a phrase of its own ("right now|at the moment") and the
    /// pattern is written out once per choice. A gap of ~0 separates a fixed word from a slot of choices.
    /// </summary>
    private static IEnumerable<string> Alternatives(string phrase)
    {
        IEnumerable<string> expanded = [string.Empty];
        var group = new List<string>();

        IEnumerable<string> Append(IEnumerable<string> heads, IReadOnlyList<string> tail) =>
            tail.Count == 0 ? heads : heads.SelectMany(h => tail.Select(t => h.Length == 0 ? t : $"{h} {t}")).ToList();

        IReadOnlyList<string> Choices(List<string> words)
        {
            if (words.Count == 0)
            {
                return [];
            }

            var run = string.Join(' ', words);
            var pieces = run.Split('|');
            return pieces.Length > 1 && pieces.Any(p => p.Contains(' ', StringComparison.Ordinal)) ? pieces : [run];
        }

        foreach (var token in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith('~') || (token.StartsWith('<') || token.StartsWith('@')) && !token.Contains('|', StringComparison.Ordinal))
            {
                expanded = Append(Append(expanded, Choices(group)), [token]);
                group.Clear();
            }
            else
            {
                group.Add(token);
            }
        }

        return Append(expanded, Choices(group)).Select(p => p.Replace(" ~0 ", " ", StringComparison.Ordinal));
    }
}
