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
        Class("partner", "husban|husbnd|husbend|hubsand|boyfreind|boyfrend|girlfreind|girlfrend|fiancé|novio|marido|esposo|husband|husbands|hubby|hubs|wife|wifes|wifey|boyfriend|boyfriends|bf|girlfriend|girlfriends|gf|partner|partners|spouse|fiance|fiancee|ex|exes|exhusband|exwife|exboyfriend|exgirlfriend|esposo|esposa|marido|novio|novia|pareja|bd|bm|babydaddy|man|boo|hus");
        Class("child", "child|children|childs|kid|kids|kiddo|kiddos|son|sons|daughter|daughters|stepson|stepdaughter|stepkid|stepkids|stepchild|stepchildren|baby|babies|infant|infants|toddler|toddlers|newborn|preschooler|boy|boys|girl|girls|niece|nephew|nieces|nephews|grandson|granddaughter|grandkids|grandchildren|grandchild|student|students|pupil|hijo|hija|hijos|hijas|nino|nina|ninos|ninas|bebe|nene|nena|sobrino|sobrina|nieto|nieta|hijastra|hijastro|chamaco|chamaca|brother|sister|bro|sis|siblings|twins");
        Class("parent", "mom|mum|mother|mama|mommy|dad|father|papa|daddy|parents|stepdad|stepfather|stepmom|stepmother|madre|padre|padrastro|madrastra|mami|papi");
        Class("grownup", "stepdad|stepfather|stepmom|stepmother|uncle|uncles|tio|coach|teacher|tutor|pastor|priest|babysitter|nanny|neighbor|neighbour|grandpa|grandfather|cousin|padrastro|entrenador|maestro|vecino|abuelo|man|guy|adult|boyfriend|bf|husband|mom|dad|mother|father|parents|mama|papa|padre|madre");
        Class("elder", "grandad|granddad|grandads|granddads|grampa|gramps|nans|nanna|grandmas|grandpas|pensioner|pension|elder|elders|aging|grandma|grandpa|grandmother|grandfather|granny|grandparents|grandparent|nana|nan|gran|abuela|abuelo|abuelita|abuelito|abuelos|anciana|anciano|ancianos|viejita|viejito");
        Class("pill", "zopiclone|zopiclona|temazepam|mirtazapine|iron tablets|pastillas de la presion|xanex|adderal|robitussin|caplets|gelcaps|capsules|pain medication|pain medicine|nicotine juice|cough syrup|syrup|long acting|long-acting|correction|klonopin|maximum strength|effexor|venlafaxine|elavil|amitriptyline|amlodopine|tramadal|kratom|loperamide|loperamid|immodium|imodium|nicotine|vape juice|e liquid|cough syrup|dm|dxm|extra strength|ambien|insulin|units|diabetes|medicina|medicinas|la medicina|del corazon|del dolor|norco|coumadin|benadril|seroqel|klonapin|gabapentine|hydrocodon|propranolol|metoprolol|amlodipine|lisinopril|losartan|atenolol|carvedilol|methotrexate|colchicine|cyclobenzaprine|flexeril|hydroxyzine|lyrica|pregabalin|buspirone|bupropion|topamax|depakote|tegretol|lamictal|abilify|risperdal|zyprexa|olanzapine|haldol|ritalin|vyvanse|suboxone|methadone|dilaudid|xans|bars|blues|molly|ecstasy|mdma|ketamine|special k|ghb|lean|tussin|dxm|robitussin|codeine|edibles|gummies|mushrooms|shrooms|lsd|meth|cocaine|crack|fent|percs|narcotics|opioid|pain pills|pain meds|sleeping pills|sleep aids|visine|eye drops|iron pills|vitamins|supplements|tylenol pm|advil pm|zzzquil|dramamine|imodium|digoxin|warfarin|eliquis|xarelto|prednisone|antibiotics|pill|pills|pils|pillz|tablet|tablets|caps|capsules|meds|med|medication|medications|medicine|medicines|prescription|prescriptions|sleepers|bars|xans|xannies|xanax|alprazolam|ambien|zolpidem|trazodone|seroquel|quetiapine|lithium|lexapro|zoloft|sertraline|prozac|fluoxetine|wellbutrin|klonopin|clonazepam|valium|diazepam|ativan|lorazepam|benzos|benzo|oxy|oxys|oxycodone|oxycontin|percocet|percocets|percs|perc|vicodin|hydrocodone|norco|tramadol|codeine|morphine|fentanyl|heroin|opioids|opiates|painkillers|tylenol|paracetamol|acetaminophen|ibuprofen|advil|motrin|aleve|naproxen|excedrin|aspirin|benadryl|diphenhydramine|nyquil|unisom|melatonin|insulin|gabapentin|lasix|digoxin|clonidine|adderall|m30|m30s|blues|patches|pastillas|pastilla|medicinas|medicamentos|pildoras|sedantes|somniferos|antidepressants|antidepresivos|sleeping|tylenols|iron|lamictal|lamotrigine|propranolol|metformin|warfarin|amitriptyline|nortriptyline");
        Class("toxic", "paraquat|glyphosate|organophosphate|sheep dip|drench|strychnine|cyanide|arsenic|foxglove|foxgloves|oleander|yew|hemlock|nightshade|button battery|button batteries|coin battery|coin batteries|round batteries|round battery|aphid spray|concentrate|spray|rat bait|bait|floor cleaner|limpiar el piso|liquido para limpiar|cleaning liquid|mushrooms|coolant|forklift coolant|toilet bowl cleaner|bowl cleaner|cleener|cleaner|laundry pod|laundry pods|drain opener|gel|mushrooms|wild mushrooms|bleech|degreaser|sanitizer|hand sanitizer|rubbing alcohol|isopropyl|pine sol|pinesol|clorox|lamp oil|tiki|kerosene|lighter fluid|windshield|washer fluid|weed killer|insecticide|chlorine|pool chlorine|lye|drain opener|oven cleaner|mouthwash|nail polish remover|acetone|bug spray|rat poison|mothballs|bleach|antifreeze|poison|poisons|pesticide|pesticides|roundup|lye|drano|ammonia|gasoline|cleaner|detergent|pods|cloro|veneno|lejia|anticongelante|raticida|insecticida|methanol|turpentine|paint");
        Class("alcohol", "cans|tinnies|vodka|whiskey|whisky|wine|beer|beers|alcohol|liquor|tequila|rum|booze|gin|bourbon|drinks|shots|fireball|cerveza|alcol|licor");
        Class("weapon", "pistle|pistal|gunn|knif|nife|knfe|kinfe|screwdriver|shears|kitchen shears|scissors|gun|guns|pistol|pistols|handgun|handguns|revolver|rifle|rifles|shotgun|shotguns|firearm|firearms|glock|ar15|knife|knives|machete|crowbar|weapon|weapons|pistola|arma|armas|cuchillo|navaja|escopeta|rifle|fierro");
        Class("hit", "hit|hits|backhand|backhanded|backhands|yoked|yoke|yokes|twisted|twists|twist|pinches|popped|pops|smackin|smacking|stabbed|stabed|stabs|stab|burned|burnt|scalded|slams|slammed|slam|dragged|drags|jabbed|elbowed|headlocked|chokeslammed|bodied|hitting|hitting|hiting|hitt|punch|punched|punches|punching|slap|slapped|slaps|slapping|kick|kicked|kicks|kicking|shove|shoved|shoves|shoving|push|pushed|pushes|pushing|beat|beats|beating|beaten|smack|smacked|smacks|smacking|bit|bites|biting|grab|grabbed|grabs|grabbing|drag|dragged|drags|dragging|threw|throws|throwing|spit|spat|headbutted|elbowed|kneed|attacked|attacks|attacking|struck|strikes|whooped|whoops|whoop|slammed|slams|slamming|tackled|socked|decked|clocked|pinned|pins|pinch|pinched|pinches|scratched|whip|whipped|whips|whipping|strangled|choked|chokes|choking|abuses|abused|abusing|beats|batters|battered|knocked|belted|spanked|spanks|shook|hitted|bashed|bashes|slaped|smaked|puched|kickd|pushd");
        Class("body", "face|head|arm|arms|wrist|wrists|neck|throat|back|stomach|belly|ribs|chest|leg|legs|eye|eyes|jaw|mouth|lip|lips|nose|hair|shoulder|shoulders|thigh|thighs|side");
        Class("now", "now|rn|currently|tonight|ahora|ahorita");
        Class("room", "room|bedroom|bed|bathroom|closet|basement|garage|attic|cuarto|recamara|cama|bano");
        Class("family", "mom|mum|mother|dad|father|brother|sister|son|daughter|friend|bestie|bff|roommate|cousin|niece|nephew|aunt|uncle|grandma|grandpa|coworker|neighbor|neighbour|wife|husband|partner|boyfriend|girlfriend|bf|gf|teen|teenager|kid|child|student|classmate|hermana|hermano|hija|hijo|amiga|amigo|mama|papa|tia|tio|prima|primo|esposo|esposa|novio|novia");
        Class("fear", "afraid|scared|terrified|frightened|fear|fearing|petrified|scares|terrifies|frightens|asustada|asustado|miedo|aterrada|aterrado");
        Class("tell", "said|says|say|saying|told|tells|tell|telling|texted|texts|text|wrote|writes|posted|posts|messaged|screamed|screams|yelled|yells|whispered|keeps|threatened|threatens|threatening|threats|threat|swore|swears|promised|warned|warns|dijo|dice|grito|amenaza|amenazo");

        // Suicide and self-harm, after the Columbia Suicide Severity Rating Scale.
        Cue(DeathWish,
            "wasnt an accident|was not an accident|wasn t an accident|it was an accident ~4 nobody|no one|they",
            "wanted|want|wanting|wish ~1 to be gone",
            "walk|walking|wade|wading ~1 into ~1 the ~1 sea|river|lake|water|ocean|loch ~8 keep going|keep walking|left the bottom|not come back|never come back",
            "had the right idea|has the right idea|got the right idea",
            "be seeing ~2 mother|mum|mom|wife|husband|her|him|dad|father ~2 soon|soon enough",
            "me jogar|me atirar ~2 no|na|do|da ~1 rio|ponte|mar|predio",
            "quero morrer|nao quero mais viver|não quero mais viver|acabar com tudo|me matar",
            "happily ~3 walk into|step in front|drive into|not wake",
            "wont be|won t be|will not be|not be ~0 your|a|anyones ~0 problem|burden ~2 much longer|for much longer|for long",
            "go|drive|drove|going ~0 straight ~0 through|into ~2 barrier|wall|tree|river|quarry|railing|guardrail",
            "not gonna be here|not going to be here|wont be here|won t be here|will not be here ~3 for|by|when|at",
            "wish|wishing|hope|hoping|pray|praying ~4 wouldnt|didnt|dont|would not|did not ~0 wake ~1 up?",
            "sleep for a really long time|sleep for a long time|sleep forever ~6 not have to come back|never have to come back|not come back|never come back",
            "not have to come back|never have to come back|never wake up again",
            "ya no quiere|ya no quiero|no quiere|no quiero|ya no queria ~0 seguir ~0 viviendo|vivir",
            "dont think id mind|dont think i would mind|wouldnt mind|would not mind ~6 van|car|bus|truck|lorry ~4 hit|hits|came|comes|took",
            "how easy it d be|how easy itd be|how easy it would be ~6 not make it|not wake up|disappear|fall|let go",
            "not make it to the other side",
            "how easy it would be to ~6 into|off|over",
            "call it anything but an accident|look like an accident|would look like an accident|think it was an accident",
            "would do fine|would be fine|would be better|would do better|d do fine|d be fine|d be better ~6 without me",
            "catch myself ~6 drift|drifting|swerve|swerving|steer|steering|aiming ~4 into|off|toward|towards",
            "won t have to deal with me|wont have to deal with me|don t have to deal with me|dont have to deal with me|so they won t have to|so they wont have to",
            "easier|better ~3 if ~5 drifted into|swerved into|crashed into|ran into|hit ~1 me|my lane|my car",
            "if a semi|if a truck|if a bus ~4 hit|drifted|swerved|crashed",
            "if i didnt wake up|if i didn t wake up|if i did not wake up ~4 ok|okay|fine|relieved|happy",
            "nobody would ~1 even? ~0 notice if ~1 i|she|he ~1 was|were ~1 gone",
            "would not|wouldnt|wouldn t ~1 be ~1 needing",
            "expecting not to wake|expected not to wake|expecting to die|expected to die",
            "cant|can t|cannot|dont|do not ~1 picture|see|imagine ~2 still|myself ~1 being|be ~1 around|here|alive",
            "wont be around|will not be around|not be around ~3 after|by|much",
            "wish ~6 finished the job|finished me off|had killed me|killed me|taken me|had hit harder",
            "be along shortly|ill be along|i ll be along|be with her soon|be with him soon|join her soon|join him soon|see her soon|see him soon",
            "let down|disappointed|sorry|annoyed|upset ~2 that? ~1 i ~1 woke|woken|wake ~1 up",
            "rather be ~3 wherever|where ~2 he is|she is|they are|with her|with him",
            "wouldnt|won t|wont|will not ~1 be ~1 needing ~2 them|it|anything ~2 after",
            "if i ~1 didnt|did not|never ~1 wake ~1 up ~6 relief|releif|blessing|mercy",
            "stick around|be around much longer|want to be around",
            "more room without|better without him|better without her|better off without him|better off without her",
            "didnt exist|did not exist|just didnt exist|stopped existing|stop existing|not exist anymore",
            "dont|didnt|do not|never ~1 want|wanna|wanted ~2 to? ~0 live|exist|wake up|be alive|be here|go on|keep going|keep living|continue|be around|be here anymore",
            "keeping me from ending it|keeping me here|only reason im still here|reason im still alive|only thing keeping me|im out no cap",
            "being dead|ded all the time|about being gone",
            "hope|hoping|wish|kinda hope|kind of hope ~6 skips me|skip me|doesnt stop|dont stop|wont stop|crashes|goes down|it all stops|all stopping|it would all stop|never comes|doesnt come|never wake",
            "didnt|wouldnt|dont|do not ~1 mind ~4 stopping|dying|not waking|it all|the idea",
            "should of gone with|should have gone with|shouldve gone with|go with her|go with him|join her|join him|be with her again|be with him again|ready to go see|go be with",
            "faded out|fade out|fade away|slip away|slipped away|just disappear and",
            "no use to nobody|no use to anyone|no use to anybody|useless to everyone|waste of space|waste of air|waste of oxygen|a waste",
            "picture|picturing|imagine|imagining ~3 my own ~1 funeral|service|grave",
            "relieved at the idea|relief at the idea|not in the picture|wasnt in the picture|breathe easier if",
            "lord takes me|god takes me|takes me in my sleep|take me in my sleep|me lleve dios|dios me lleve",
            "wont have to put up with me|wont have to deal with me|wont have to worry about ~1 me|her|him ~1 anymore|much longer",
            "dont want to be here without|no quiero estar aqui sin|quiero irme con",
            "hope|hoping|hoped|wish|wishing|pray|praying|wouldnt mind|would not mind|be grateful|be kind of grateful|be fine|be okay|be relieved|kinda hoping|kind of hoping|part of me ~6 hit|clipped|run over|crash|crashed|goes down|went down|went over|go over|lose my balance|fell|accident|heart attack|struck|killed|take me|dont wake|never wake|didnt wake|stay asleep|over the side",
            "ask|asking|pray|praying|beg|begging|pido|rezo ~4 god|allah|lord|jesus|dios|him|heaven ~4 take me|to take me|recoja|lleve|call me home",
            "que me recoja|que me lleve|llevarme con el",
            "dont|do not|cant|cannot|no longer ~1 see ~2 the|a|any ~1 point|reason|way forward|future",
            "no le veo sentido|no tiene sentido|sin sentido vivir|ya no puedo mas|estoy cansada de todo|estoy cansado de todo",
            "idc|dont care|do not care ~3 if i ~1 live|die|wake up|make it",
            "live or die",
            "easier|better|happier ~4 without me|than with me around|with me gone|with me around",
            "if|when|once|after ~1 i|im ~1 was|were|am? ~1 gone|dead|not around|not here",
            "never remember me|forget about me|remarry someone|raise her better|raise him better|raise them better|someone who isnt broken",
            "wishes|wished|wish ~2 she|he|they|i ~1 were|was|werent|wasnt ~1 dead|gone|never born|not alive",
            "wont|will not|dont|do not ~1 have to worry about me ~2 much longer|anymore|soon|for long",
            "a weight on|a burden on|a burden to|such a burden|dead weight|not be a burden|no longer be a burden|not a weight",
            "debt|debts ~3 die with me|dies with me|go away with me",
            "stay asleep|sleep forever|never wake up|not wake up again",
            "the way out|only way out|a way out|my way out|way to go|quieter way to go|easier way to go",
            "wish i ~0 was|were|could|would|wasnt|werent ~3 dead|die|disappear|vanish|gone|born|here|alive|exist|sleep|asleep",
            "wish i ~2 never ~2 born|exist|existed|woke",
            "hope|hoping|hoped|wish|wishing|pray|praying ~4 get|gets|got|would get|d get ~1 hit|killed|run over|cancer|sick|in a wreck|in an accident|in a crash|into an accident|struck",
            "hope|hoping|wish|wishing|pray|praying ~4 takes me out|hits me|kills me|runs me over|take me out|hit me|kill me|run me over",
            "so i ~1 could|can|would|wouldnt|dont ~1 die|wake",
            "so i ~1 wouldnt|would not|dont|do not ~1 have to ~1 wake up|be here|live|exist|feel anything|go on",
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
            "want|wanna|wants|wanted|wish|wishing|ready ~2 to ~1 die|disappear forever|disappear for good|vanish forever|be dead|stop existing|not exist|cease|be gone forever|go to sleep forever",
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
            "thinking through|thought through|catch myself thinking|thinking about|planning out ~3 how id do it|how i d do it|how i would do it|how to do it|exactly how",
            "take all|take the lot|take them all|swallow all|swallow the lot ~3 @pill|pills|tablets|pens|insulin|her pills|his pills|mums pills|moms pills",
            "yeet|yeeting ~0 myself|meself ~0 off",
            "overdosed on purpose|took them on purpose|took it on purpose|did it on purpose|i did it on purpose",
            "photo of ~2 empty ~1 bottle ~12 sorry|said sorry|she s sorry|shes sorry|he s sorry|hes sorry",
            "cutting the wheel|cut the wheel|drive off the|swerve into the|drive into the ~1 river|lake|wall|pole|tree",
            "looking over the edge|look over the edge|looked over the edge",
            "picture stepping off|picture walking into|picturing walking into|picturing stepping off|standing on the overpass|stepping off the edge",
            "if i didnt wake up|if i didn t wake up ~3 relieved",
            "if i just wasnt here|if i just wasn t here",
            "jumpin|jumpn|yeeting|yeet|yeetin ~3 off|from ~3 the|a ~1 bridge|brige|bridg|roof|building|tower|overpass|deck|garage|balcony|cliff|ledge",
            "yeeting|yeet|yeetin ~0 myself",
            "jump|jumping|jumped|leap|throw myself ~3 off|from|in front of ~3 the|a ~1 bridge|roof|building|tower|overpass|train|deck|garage|balcony|cliff|ledge",
            "walk|walking|step|stepping ~2 into|in front of ~2 traffic|the train|a train|the light rail|a bus|the bus|a truck",
            "keep walking in|walk into the river|walk into the lake|walk into the ocean|drive off|drive into|went at my wrists|go at my wrists",
            "thinkin|thinkn|thinkng|thiking ~2 about ~1 suicide|killing myself|ending it|dying",
            "ending it|end it|unaliving ~2 if|when|once",
            "drawings|drew|drawing|pictures ~3 of ~1 herself|himself|myself ~2 hanging|dead|in a coffin|with a noose",
            "kill|kil|killing|killed|kills|kiling|off|offing|hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|unalive|kys|kms ~0 @anyself",
            "kill|kil|killing ~1 my|me ~1 self",
            "id|ill|gonna|wanna|could|would|should|i ~1 kys",
            "end|ending|take|taking|took ~0 @poss ~0 own? ~0 life|lives",
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
        Cue(Hopeless,
            "whats even the point|what is even the point|whats the point anymore|no point anymore",
            "hopeless|no hope|nothing left|nothings left|nothing left to fix|tried everything|no point|pointless|give up|gave up|giving up|no way out|trapped|nobody cares|no one cares|nobody would notice|no one would notice|nobody would miss me|no one would miss me|nothing matters|whats the point|cant keep doing this|cant do this anymore|im done|i am done|so tired of|exhausted of|no puedo mas|ya no aguanto|no hay salida");
        Cue(Finality,
            "last ~1 msg|message|post|goodbye|words|thing i needed|thing left to do|thing i had to do",
            "before i go|where im headed|where im going|made peace with it|made my peace with|im out no cap|i think im almost ready|it will be the|itll be the|its happening|this is it|end of the line|my mind is made up|calmer than i have|calmer than ive|prob my last|probably my last",
            "loose ends|tidy before|in order before|everything in order|things in order|tying up");
        Cue(MeansAtHand,
            "sitting with it|sit with it|sat with it ~6 truck|car|night|creek|garage|shed|lap",
            "havent loaded it|haven t loaded it|not loaded it ~2 yet",
            "rope ~3 over ~2 the? ~1 beam|rafter|branch|banister|bannister|joist",
            "stand|stood|standing ~1 under it ~4 stool|chair|nights",
            "working out|worked out|work out ~3 where ~3 get up|get onto|climb|get over",
            "look at|looking at|stare at|staring at|stand looking at ~2 the ~1 water|river|tracks|drop ~3 long time|for ages|for hours|at night",
            "eight packets|six packets|ten packets|packets|boxes ~3 in my ~1 work? ~1 bag|drawer|car|locker",
            "@weapon ~2 in my lap|on my lap|on the seat",
            "loaded ~4 passenger seat|on the seat|beside me|next to me|on my lap|in my lap",
            "pistol|gun|glock|revolver ~1 in my lap|in my mouth|to my head",
            "climbed|climb|climbing ~2 over ~2 the? ~1 railing|rail|fence|barrier|guardrail",
            "tested|test|testing|checked|check ~3 whether|if ~3 the? ~1 beam|crossbeam|rafter|rope|belt|rod|hook|branch ~3 take|hold|would hold|my weight",
            "knotted|tied ~3 into a loop|loop around|around the bar|around the beam|into a noose",
            "barrel ~3 under my chin|in my mouth|to my head|against my head|under my chin",
            "clean it|cleaned it|cleaning it ~3 kitchen table|every night|at night",
            "loaded it|loaded the|loaded my",
            "rocks in my ~1 coat|pockets|walked down to the dock|walk into the lake|walking into the lake|walking into the river",
            "syringe|syringes ~3 home|from the unit|from work",
            "which drug|what drug ~3 id use|i would use|and how much",
            "collecting what i need|got what i need|have what i need|bought what i need",
            "sat|sit|sitting|stood|stand|standing|went up ~4 on|at|up on|over ~2 the|a ~1 railing|rail|edge|ledge|roof|crossing|tracks|platform|bridge|brige",
            "legs over the edge|loaded one round|one round", "moved the ~3 beside|by|next to ~2 the? ~1 bed",
            "holding it|held it|against my forearm|against my wrist|against my arm|to my temple|in my mouth",
            "looking at|staring at|stared at ~2 the ~1 beam|crossbeam|rafter|rope|drop|edge",
            "engine running|timing it|timing the train|practisd|practiced|practicing|practice ~4 noose|nooce|knot|rope|shoelace",
            "holding my head under|hold my head under|almost didnt come up",
            "cleaned|loaded|took out|sitting with|holding|stare at|look at|staring at|looking at|counted|counting|lined up|laid out ~5 @weapon|@pill|rope|noose|belt|hose|bottle|jar|sock",
            "across my knees|by the bed|by my bed|lined up on|in a sock|vitamin jar|rope in my trunk|rope in the trunk|soga en la camioneta",
            "stood|standing|stand|climbed|climb|was on|got on|sat on ~4 chair|railing|ledge|edge|stool|tailgate");
        Cue(When,
            "tonight|tomorrow|this weekend|this week|on friday|on saturday|on sunday|on my birthday|esta noche|manana|tonite|2nite|tmrw|tomorow");
        Cue(Breathless,
            "cant|couldnt|could not|cannot|could barely|couldnt even ~1 breathe|breath|breth|breathing",
            "no podia respirar");
        Cue(ThreatToAll,
            "we both die|both of us die|we both go|kill us both|take us both|we ll both die|well both die",
            "make sure none of us|none of us makes it|none of us make it|none of us are around|none of us will be around|none of us will make it|kill us all|take us all with him");
        Cue(Intent,
            "instead of doing it|writing this instead of",
            "want|wanna|wants|wanted|going|gonna|will|ll|plan|plans|planning|planned|decided|ready|about to|intend|intending|tonight|tomorrow|soon|weekend|friday|saturday|sunday|monday|date|quiero|voy|va",
            "this|next ~1 week|weekend|month|time",
            "when|after|once|before ~2 everyone|everybody|kids|the|my ~2 asleep|sleeps|gone|leave|leaves|funeral|wedding|holidays|christmas|birthday|graduation|exams|paid|settled");
        Cue(Means,
            "viaduct|the viaduct|railway line|the railway|the line|car exhaust|paracetamol|paraquat|weedkiller|controlled drugs",
            "lead rope|length of rope|length of lead rope|a rope up to|rope up to the ~2 barn|loft|hayloft|rafters",
            "gun safe key|key to the gun safe|where ~2 keeps the gun|hides the gun",
            "wasted vials|potassium|rope from the move|rope is still",
            "crossbeam|sidearm|freight|the crossing|the tracks|floors|14 floors|rail|nooce|units|pens|insulin pens|chefs knife|the block|engine running|door shut|closet rod|closet door|head under|under water|navaja|frasco|brige|bridg|the bridge|el puente|la carretera",
            "12 gauge|gauge|30 06|22|9mm|handgun|barrel|trigger|the gun|his gun|my gun|dads gun|pistal|deer rifle|hunting rifle",
            "hose|duct tape|tailpipe|idling|door down|garage door|car running|truck running",
            "beam|rafter|looped|noose|soga|cuerda",
            "river|the lake|ocean|the water|keep walking in",
            "railing|the edge|ledge|platform|light rail|subway|water tower|nets|no nets|no fence|top level|top floor|parking deck",
            "heart pills|water pills|blood pressure pills|insulin|oxycodone|amitriptyline|amlodipine",
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
            "keeping|kept|started keeping ~2 the ~1 @pill ~4 i buy|instead|bag|drawer|hidden",
            "given|gave|giving ~2 his|her|my ~1 good? ~1 tools|golf clubs|clubs|fishing gear|rods|guitar|car ~2 to|away",
            "sorted|sorting|arranged ~2 his|her|my ~1 funeral",
            "labelled|labeled|marked ~2 for when",
            "keep it forever|keep them forever|to remember me by",
            "take|have|keep|look after ~3 dog|cat|kids|children|plants|bruno ~6 if anything happens|if anything happened|if something happens|when im gone",
            "ya compre|ya compré|ya tengo ~0 las ~0 pastillas|pastillas ~2 escondidas|guardadas",
            "undid|unbuckled|took off|unclipped ~0 my ~0 seatbelt|seat belt",
            "pastillas|pills|tablets ~0 guardadas|saved|stashed|hidden ~4 mochila|backpack|bag|drawer",
            "wont|not|will not ~0 be ~0 needing ~4 where ~2 headed|going",
            "gave|giving ~1 me|away ~4 wont be needing|will not be needing",
            "gave my ~1 switch|hoodies|xbox|ps5|games|hoodie ~4 to",
            "wrote a few notes|wrote some notes|wrote notes ~4 drawer|desk|nightstand",
            "wrote the notes|wrote my notes|already wrote the notes|notes are in the|put them in the nightstand",
            "handing|handed|giving|gave ~2 my ~1 stuff|things|belongings ~2 off|away",
            "gave|giving|handed ~1 away ~1 his|her|their ~2 switch|xbox|playstation|sneakers|games|guitar|stuff|things",
            "won t be needing|wont be needing|will not be needing|won t need|wont need ~1 them|it|those|my",
            "neighbor|neighbour|friend ~3 taking|take|takes ~1 the ~1 cat|dog ~2 on|friday|monday|tuesday|wednesday|thursday|saturday|sunday",
            "giving my dogs away|giving away my|gave away my|giving my ~1 dog|dogs|cat|cats ~1 away",
            "quit|stopped ~1 taking ~1 my ~1 heart pills|heart medicine|insulin|blood pressure pills|water pill",
            "stopped my dialysis|quit dialysis|skipping dialysis",
            "wrote each of my|letters to each of my|wrote letters to my",
            "signed|signing|sign ~2 the? ~1 title|deed ~3 over",
            "signed ~3 over to",
            "picked the date|the date is picked|chose the date|set the date",
            "leave a will|write a will|make a will|update my will",
            "make sure ~3 last check|last paycheck ~2 goes to",
            "written|wrote|writing ~3 letters|a letter|a long letter ~2 to|explaining",
            "leave the door unlocked|leave the back door unlocked|so whoever comes|whoever finds me",
            "goodbye|goodby|goodbyes ~1 messages|message|posts|post",
            "se despidio|se despidió|despidio de todos|que le cuide|cuide a su perro|cuiden a mi",
            "regalo su|regaló su|le regalo su|le regaló su",
            "told ~4 he|she|they ~1 can have my",
            "sorry mom|sorry dad|im sorry mom|sorry for everything",
            "my will|a will|the hymns|hymns|paid for the plot|the plot|burial plot|picked out ~3 hymns|casket|headstone|plot",
            "letter|letters|cartas ~5 kids|each of|sealed|none of it was|hijos",
            "sealed them|list of ~2 passwords|house deed",
            "regale|regalé ~2 mi|mis",
            "giving ~2 my ~1 stuff|things ~1 away|gave ~2 my ~1 account|watch|truck keys|ring|hoodies|switch",
            "guardo las pastillas|ya junte|ya junté|set aside|setting aside", "putting ~3 aside",
            "cancelled|canceled|cancelling ~4 gym|subscriptions|streaming|accounts|phone|lease",
            "deleted|deleting ~3 my ~1 instagram|accounts|social media|account|facebook",
            "paid back everyone|paid everyone back|paid back everybody|paid off everything|paid off my|gave notice",
            "found|finding|find ~2 a ~1 good? ~1 home|homes|family ~2 for ~1 my",
            "rehomed|rehome",
            "handing|handed|hand ~1 out ~2 my",
            "life insurance|group life|the policy|my policy|payout|suicide clause|self inflicted|self-inflicted|exclusion period",
            "school forms", "left|filled out ~3 forms",
            "compre|compré ~2 una ~1 soga|cuerda|pistola",
            "bought|got|picked up ~4 hose|duct tape|rope|noose|charcoal|tarp|ammo|bullets|shells",
            "saving|saved|save|stockpil*|hoard*|stash*|collecting|collected|collect|squirrel*|hiding|counting|counted|guardando|juntando|putting aside|put aside|setting aside|set aside|keeping back|kept back ~4 @pill",
            "@pill ~2 saved up|stockpiled|stashed|hoarded|put aside|set aside|hidden away|squirrelled away|squirreled away|guardadas|juntadas",
            "@pill ~1 saved ~0 and|in|under|for|behind|away|somewhere",
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
            "last stream|my last stream|her last stream|his last stream|last live|last post|last video ~8 goodbye|thanked|thank",
            "queria que alguien supiera|wanted someone to know|just wanted someone to know ~2 antes|before",
            "dejo|dejó|dejo una|left ~0 una|a ~0 nota|carta|note ~8 perdonemos|perdone|forgive|sorry|love us|nos quiere",
            "wrote|written|writing|escribi|escribí ~3 everyone|each of you|my family|my sister|mi hermanita|mi hermana|my mum|my mom ~1 a|una ~0 note|notes|letter|letters|carta|cartas",
            "gracias por todo ~4 perdonenme|perdoname|perdónenme|perdóname|los quiero|lo siento",
            "thank you for everything|thanks for everything ~4 sorry|forgive me|love you all",
            "thank u for everything|thank you for everything|thanks for everything ~6 sorry",
            "sorry i was so much|sorry for being so much|sorry i was too much",
            "letter ~3 find after|find it after|ll find after",
            "won t need them where|wont need them where|won t need it where|wont need it where",
            "posted a goodbye|goodbye on his|goodbye on her|goodbye post",
            "handed me her|gave me her|handed me his ~3 necklace|ring|watch",
            "thanks for everything|love you all|turned her phone off|turned his phone off",
            "just wanted someone to know|needed to tell somebody before|tell somebody before|gave my roommate my good|wrote down my phone password|handed me all his|gave me all his|not gonna be around|not going to be around much longer",
            "returned ~3 every tool|everything he|everything she|all the tools",
            "take ~2 his|her|my ~1 dog|cat|horse ~2 for good",
            "thanks for everything|thank you for everything|like it was the last|said goodbye|saying goodbye|said my goodbyes", "hugged ~4 too long", "tell ~2 i love", "take care of ~2 my cat|my dog", "look after ~2 my",
            "giving|gave|give|given|gives|regalando|regale ~3 away|things|stuff|belongings|possessions|cosas");
        Cue(Research,
            "how long ~4 car|engine|exhaust ~6 garage|fill",
            "como hacer un nudo|cómo hacer un nudo|cuanto peso aguanta|cuánto peso aguanta",
            "how long it takes ~3 to work|to kick in",
            "searches about how ~3 long|many|much",
            "which side ~3 fence|railing",
            "doesnt have the fence|doesn t have the fence|doesn t have a fence|no railing",
            "researching|research|researched|looking into|looked into ~2 ways to ~2 end|die|do it|kill",
            "how many units|how to tie|tie a noose|tie a nooce|too many for somebody|how quick it|how quick itd be|how fast it",
            "painless ways|painless way|does it hurt|how long before|lose consciousness|how high is high enough|how high|no nets|without nets|would stop a heart|stop my heart|how many of my|pays if|policy pays",
            "googling|googled|searching|searched|search history|reading forums|forums ~6 how|painless|bridges|high|lethal|pills|tylenol|ways|long",
            "looked|looking|look|searched|searching|search|googled|googling|researched|researching|research|reading|read|checking|checked|calculated|calculating|figured|figuring|busque|buscando|tabs ~4 how many|how much|how to|ways to|lethal|dose|doses|painless|methods|method|what it takes|how long|quickest|fastest|height|how high|tallest|highest|bleed out|overdose",
            "lethal|fatal|deadly ~1 dose|doses|amount|amounts|combination");
        Cue(Unreachable,
            "ya no contesta|no contesta el telefono|no contesta el teléfono",
            "not|isnt|stopped|wont|doesnt|hasnt|quit|stop ~1 answering|responding|picking up|replying|answer|respond|reply",
            "location ~2 off|cant reach|cant get hold|phone is off|phone off|turned her phone off|turned his phone off|door is locked|locked the door");
        Cue(Plan,
            "already picked|already chosen|ive picked|i ve picked|picked|chosen ~0 the ~0 day|date|night",
            "tomorrow after my shift|after my shift tomorrow|tomorrow after work",
            "picked the day|picked a day|chose the day",
            "is the day|the day is|el domingo voy|voy al puente|for good this|logging off for good|plan for ~2 break|weekend",
            "have|got|made|making|has|had|tengo ~1 a|the ~1 plan|plans|plan|method",
            "picked|chosen|chose|set|choosing|pick ~2 a|the ~1 date|day|spot|place|time|bridge|method",
            "planned|planning|plan|plans ~3 to|how|when|where|out|it|suicide",
            "everything|it all|all|things ~1 ready|set|planned|sorted ~2 for|by ~1 tonight|tomorrow|the weekend|friday");
        Cue(Attempt,
            "taped ~4 door|doors|windows|vents ~8 charcoal|barbecue|smell|gas",
            "stepped|jumped|walked|threw myself ~0 off ~8 on purpose",
            "wasnt high enough|was not high enough|not high enough|wasnt far enough|not far enough",
            "in the garage with ~4 running ~6 door ~2 down|shut|closed|pulled down",
            "found me in the garage|found me in the car|found me unconscious|found me on the floor",
            "go through with it|went through with it|tried to go through|rod pulled out|trying again|try again ~3 when|if",
            "before ~2 i tried|since i tried|when i tried",
            "discharged ~4 after|the thing with the|almost didnt come up|on purpose|lucky my|came home early|found me in time",
            "tried|tryed|try|trying|attempted ~3 to? ~1 hang|hanging|jump|drown|overdose|od|slit|shoot|gas|suffocate",
            "climbed back|stepped back|got down|talked me down|talked to me until|pulled me back|pulled me down|caught me",
            "rod broke|rope broke|belt broke|branch broke|wasnt deep enough|not deep enough|didnt go deep enough|didnt work|did not work",
            "stopped taking ~4 on purpose|to go|so i could go|so i would die|quieter way",
            "tried|try|trying|attempted|attempt|attempting|intente|intento ~4 kill|end|hang|overdose|od|die|suicide|unalive|take my life|take her life|take his life|matarme|suicidarme|quitarme",
            "suicide attempt|suicide attempts|attempted suicide|attempt on my life|tried to end it|tried ending it|failed attempt|last attempt|my attempt", "survived ~2 attempt",
            "woke up in ~2 hospital|icu|er|ambulance|emergency",
            "stomach pumped|pumped my stomach|psych ward|psych hold|72 hour hold|5150",
            "angry|sad|disappointed|mad|upset|pissed ~3 it didnt work|im still here|i survived|i woke up|i lived|it failed",
            "it didnt work|wasnt enough to|woke up anyway");
        Cue(SelfHarm,
            "cutting again|cutting otra vez|me corto otra vez|cortandome|been cutting ~0 myself|again|otra vez",
            "cutting|cut|cuts ~0 deeper",
            "along the wrist|along my wrist|along the arm ~4 not across",
            "soaked ~3 towel|towels|through|thru",
            "take|took|takes ~1 the ~1 lighter ~8 to my|against my|on my|under my ~2 arm|arms|skin|leg|legs|thigh|wrist|hand",
            "touching the blade|touch the blade|the blade again|back to the blade",
            "back to doing it ~3 on ~1 my ~2 arms|arm|thighs|thigh|legs|wrists",
            "explain ~3 the long sleeves|hide the cuts|hide my arms",
            "fresh cuts|cuts all up|straight lines on",
            "hair straightener on my|straightener on my|lines going up and down|lines on her wrists|lines on his wrists|showed me her wrists|showed me his wrists",
            "hold|held|holding|press|pressed|pressing ~3 flat iron|curling iron|iron|lighter|hot spoon|hot knife ~4 against|to|on ~2 my ~1 thigh|arm|skin|wrist|leg|stomach|hip",
            "slamming|slam|slammed|banging|bang ~3 my ~1 forehead|head ~4 tile|wall|floor|until i see spots",
            "cuting|cuttin|cutting|did some cutting|did some cuting ~3 on my ~1 hip|hips|thigh|stomach|arm|ankle",
            "scratching|scratched|carving|carved ~5 into my ~1 forearm|arm|skin|wrist|leg",
            "ran|run|running|dragged ~2 a ~1 box cutter|razor|blade|knife ~3 along|across|over ~3 my ~1 wrist|arm|skin|thigh",
            "rows of ~2 cuts|thin straight cuts|straight cuts|thin cuts|fresh cuts|cuts on her forearms|cuts on his forearms",
            "tally marks",
            "cutting|cuting|cuttin|cut|burning ~2 again|agian|myself|my self|my arms|my thighs|my legs",
            "started cutting|started burning|cutting again|cuting agian",
            "punch|punching|punched ~2 the ~1 wall|walls ~4 till|until|knuckles",
            "bang|banging ~2 my ~1 forehead|head ~3 on|against ~2 the ~1 door|wall|frame|floor",
            "me corto|me cortaba|me corté|con una navaja|los brazos con",
            "fresh cuts|neat lines|cuts on her|cuts on his|cuts on my|scars changing|razer|razor ~3 arms|arm|thighs",
            "bang|banging|banged|hit|hitting|punch|punching|slam|slamming ~2 my ~1 head|fists|hand",
            "head ~2 on|against ~2 the? ~1 wall|tiles|floor|door",
            "bite|biting|bit ~3 my|the inside of my ~1 arm|arms|hand|hands|lip|wrist",
            "pour|pouring|poured ~5 kettle|boiling|hot water|scalding",
            "scratch|scratching|pick|picking|dig|digging|claw|clawing ~4 my ~1 skin|arms|forearms|legs|scabs",
            "until ~1 it|they|i ~1 bleed|bleeds|blister|blisters|bruise|bruises|burn",
            "punish|punishing|hurt|hurting ~1 myself",
            "relapse|relapsed ~2 on ~1 cutting|sh|self harm",
            "cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|harm|harming|hitting|punching|scratch|scratching|carve|carving|carved|stab|stabbing|bang|banging|starve|starving ~1 @myself",
            "self harm|self harming|self harmed|self injury|self injure|self injuring|selfharm|self-harm|self mutilation",
            "relapsed|relapse|relapsing|clean|urges|urge ~3 sh|cutting|self harm|selfharm|cut|burn",
            "cut|cutting|cuts|carve|carving|burn|burning|scratch|scratching ~3 my|on my|into my ~1 arm|arms|wrist|wrists|thigh|thighs|legs|leg|skin|stomach|hip|hips|ankles",
            "razor|blade|blades|sharpener|compass|safety pin|lighter|scissors|glass ~5 my ~1 arm|arms|wrist|wrists|thigh|thighs|skin|legs|stomach|hip",
            "scars|cuts|burns ~2 on my ~1 arms|wrists|thighs|legs|stomach|hips",
            "cortarme|me corto|me cortaba|me corte|lastimarme|hacerme dano|me lastimo|me quemo");

        // Swallowed: an overdose or poison, now or just now.
        Cue(Ingest,
            "necked|necking|downed|downing ~3 @pill|pills|adderall|tablets",
            "chewing|chewed|eating|ate ~2 leaves|berries|mushrooms",
            "snorted|snorting|sniffed|railed",
            "me tome|me tomé|me tomo|me tomó|se tomo|se tomó",
            "swigged|swigging|chewing through|chewing|tok|toook|tooked|split ~2 bottles",
            "in her mouth|in his mouth|some in her mouth|some in his mouth",
            "drank it|drink it|drunk it",
            "se tomo del|se tomó del|tomo del|tomó del",
            "gave myself ~3 twice|dose twice|two doses|double dose",
            "sauteed|sautéed|fried up|cooked ~3 picked|batch|found",
            "swallowed the rest|took the rest",
            "bit into|bit in to|took a big swig|big swig|a swig|swig|dialing the pen|pushing the pen|kept dialing|took another|another and another|lost count|se comio|se comió|me tome dos veces|me tomé dos veces|fried them|ate them|doubled|tripled|doubled and then tripled",
            "washed down|wash down|got a mouthful|a mouthful|mouthful|mouthfuls|sipping|sippin|been eating|did a|did some|did like|doing lines|snorted|shot up|hit a|smoked|vaped|inhaled|breathed|breathing in|fumes|ate some|ate like|drank some|drank out of|drank from|drank a|swalowed|swollowed|swallowd|chugged|tomo|tomó|se tomo|se tomó|bebio|bebió|se trago|se tragó|tragó", "eating ~2 like candy",
            "took|tooke|tookd|taken|take|takes|taking|swallowed|swallowd|swalled|swallow|swallowing|swallows|drank|drink|drinks|drinking|drunk|ate|eaten|eat|eats|downed|popped|pop|popping|chugged|chug|had|ingested|ingest|consumed|overdid|snorted|injected|shot up|mixed|mixing|washed|chased|tome|tomo|tomado|tomaste|trague|trago|bebio|bebi|comio|ingirio",
            "got into|gotten into|get into|into the|into her|into my|into his ~3 @pill|medicine|cabinet|bottle|purse|pills");
        Cue(Substance,
            "button battery|coin battery|round flat battery|flat round battery|little round battery|magnets|magnet",
            "blue 30|blue 30s|m30s|pressed pill|pressed pills|pills a guy was selling|pills someone was selling",
            "tabs|ket|khole|k hole|pingers|bump of|a bump",
            "ibuprofenos|pastillas de|aspirinas|tylenoles",
            "xanax s|xanaxs|xannies|xans|fentanyl patch|fentanyl patches|klonopins|klonopin", "@pill", "<dose>");
        Cue(Toxic,
            "dishwasher pod|dishwasher pods|dishwasher stuff|dish pod|dish pods",
            "paraquat|diquat|herbicide",
            "pressed perc|pressed percs|pressed pills|pressed bar|pressed bars",
            "weedkiller|weed killer|roundup|blue jug|baggie|little baggie", "@toxic", "rat poison|weed killer|drain cleaner|windshield fluid|lighter fluid|tide pods|laundry pods|button battery|button batteries|dishwasher pods|cleaning products");
        Cue(Excess,
            "como|unas|unos ~0 diez|veinte|quince ~0 de ~1 sus|mis",
            "<num> ~0 of ~0 my ~0 zopiclone|zolpidem|sleeping tablets|tablets ~3 plus|and ~2 cans|drinks|beers|wine",
            "a bunch of|everything in his|everything in her|everything in my ~1 medicine cabinet|everything in the medicine cabinet",
            "como 15|como 20|como 10|como 30|like 8 of|like 8",
            "three of his|three of her|two of his ~2 patches|patch",
            "instead of one",
            "like 10 of|like 6|like ten of",
            "foil card|blister pack|bubbles ~3 empty|popped|open",
            "empty ones|two empty|bottles of|split some bottles",
            "twenty some|twenty-some|thirty some|the lot|taken the lot|took the lot",
            "box|bottle|pack|packet ~4 empty",
            "a good deal of|straight from the jug|straight from the bottle",
            "almost empty|half empty|nearly empty|the rest of the bottle|rest of the bottle|about forty|about thirty|about twenty",
            "lost count|another and another|big pile|a pile|whole new strip|<num> tabs|organizer empty|weekly organizer|bottle open|dos veces|como seis|unas pastillas|doubled|tripled|three times|90 units|<many> units",
            "whats left|what was left|the rest|rest of the|rest of my|every compartment|pill box|pillbox|pill organizer|week of|weeks worth|month of|whole script|whole card|whole strip|whole pack|whole week|all at once|at once|in one go|on top of|a few extra|few extra|extra ones|more than prescribed|way fewer|fewer than|missing from|gone since|counted|like candy|a glass of|a cup of|a good amount|some of the|how much|dont know how many|cant remember how many|dont remember how many|a dozen|dozen|dozens|handfull|two whole|2 whole",
            "whole|hole|entire|full|complete ~1 bottle|bottel|botle|bottl|pack|packs|box|packet|strip|sheet|blister|thing|supply|prescription|month|months|container|jar|tube",
            "all|most|half|rest ~2 of? ~2 the|a|my|her|his|their|them|those|these|mom|moms|dad|dads ~2 @pill|pills|tablets|bottle|box|pack|meds|of",
            "a lot|lots|a bunch|bunch|a handful|handful|handfuls|fistful|fistfuls|a fistful|pile|ton|tons|heap|shitload|bunch|mouthful|buncha|hella ~1 of",
            "too many|too much|to many|to much|way too|way more|so many|double|triple|quadruple|extra|twice|a few times|several times|three times|again and again|double dose|extra dose",
            "<many> ~1 @pill|pills|tablets|caps|units",
            "<many> of ~1 them|her|his|my|the|those",
            "more than ~4 should|supposed|prescribed|safe|allowed|label|max|maximum|daily|usual",
            "every hour|every half hour|every couple hours|every couple of hours|kept taking|keep taking|kept popping|everything in|everything left|all that was left|cant tell how many|dont know how many|not sure how many",
            "empty|empties|emptied ~2 bottle|pack|packets|blister|bottles|box",
            "toda|todas|todo ~2 la|las|el|los|mis|sus ~1 caja|botella|pastillas|frasco|medicinas",
            "muchas|un monton|varias|montones|un puno|un punado|punados ~2 de ~1 pastillas|pildoras|@pill",
            "@alcohol ~4 with|and|on top|plus|mixed|con|y ~3 @pill",
            "@pill ~4 with|and|plus|con|y ~3 @alcohol");
        Cue(GotInto,
            "battery is missing|battery missing|battery ~3 missing from",
            "gap in the strip|missing from the strip|one missing from",
            "crushing|crushes|crushed ~3 tablets|pills|sleeping tablets ~4 into|in ~0 his|her|my ~0 tea|drink|food|coffee",
            "got into ~0 the ~1 bathroom|medicine|kitchen ~0 cabinet|cupboard",
            "open ~4 half ~1 of it ~0 gone|missing",
            "crushed ~0 tablets|pills ~6 my|his|her ~0 drink|flask|tea|coffee|food",
            "found her with|found him with|found them with ~3 pods|pills|bottle|cleaner|bleach",
            "bitten open|chewed open|bit into",
            "found ~3 sitting on the floor with ~4 purse|pills|card|bottle|medicine",
            "got into|gotten into|get into|gets into|climbed into|into the ~3 medicine|cabinet|pills|purse|bottle|cleaning|supplements|vitamins|meds");
        Frame(Prescribed,
            "for a headache|for my headache|for the headache|for a migraine|for my back|for period pain",
            "as directed|exactly as|pain contract|pain management|same dose|for years",
            "stable on|therapy and medication|on meds|on medication|my meds|right meds|the right medication",
            "organizer|pill organizer|blood pressure pill|statin|thyroid|vitamins|fills|filled her own|filled his own",
            "birth control|birth control pills|the pill pack|contraceptive|prenatal vitamins|allergy pill|allergy pills",
            "a day|per day|each day|nine pills|pills a day|pill box|pillbox",
            "as prescribed|prescribed|my doctor|psychiatrist|every morning|every night|each morning|each night|daily|each day|once a day|twice a day|with breakfast|with my coffee|started|started taking|bumped|went from|switched|taper|tapering|diagnosed|refill|como me dijo|todos los dias|el doctor|la doctora|my pharmacist|pharmacist|dose was|on it for|been on");
        Cue(Recent,
            "ago|earlier|just|tonight|this morning|last night|right now|minutes|an hour|hour|hours|moments|hace|ahorita|recien|few mins|a while|anoche|today|hoy");
        Cue(GraveSymptom,
            "lips ~2 tingly|grey|gray|blue|purple",
            "keep nodding|nodding off|keeps nodding",
            "snoring ~2 gurgl*|gurgling|gurgle",
            "not answering|not responding|wont answer|doesnt answer ~0 to ~1 his|her|their ~0 name",
            "staring at ~4 making noises",
            "breathing sounds wrong|breathing sounds weird|breathing sounds off|gurgling|gurgling sound|feeling so floaty",
            "vomite sangre|vomité sangre|salio sangre|salió sangre|un poquito de sangre|vomité|vomite",
            "heart is pounding so hard|heart pounding so hard|pounding so hard it hurts|can t stop shaking|cant stop shaking",
            "breathing ~3 slow|weird|wierd|shallow|funny",
            "can t keep my eyes open|cant keep my eyes open|cannot keep my eyes open",
            "snoring ~3 strange|weird|funny|odd",
            "can t get him|cant get him|can t get her|cant get her ~3 wake up|to wake|awake",
            "can t feel my hands|cant feel my hands|everything is spinning|coughing and drooling|drooling a lot",
            "chest feels tight|chest is tight|habla raro|muy mareada|muy mareado",
            "throat and stomach are burning|stomach is burning|stomach are burning|mouth is burning",
            "words are slurred|slurred|nodding out|lips r gray|lips are gray|lips gray|lips grey|gray lips|grey lips",
            "lips kind of blue|lips are blue|lips look blue|lips turning blue|lips going blue|lips feel tingly|lips are tingly|nodding off|huge pupils|sweating buckets|throat s burning|throats burning|throat is burning|acting drunk|slurring",
            "mumbles when|cant rouse|wont rouse|shake her shoulder|shake his shoulder|line went quiet",
            "unresponsive|limp|floppy|not breathing|barely breathing|turning blue|blue lips|lips ~2 blue|seizure|seizing|convulsing|gurgl*|foaming",
            "wont|cant|can not|cannot|couldnt|not ~1 wake|waking|respond|responding",
            "cant|couldnt ~1 get ~2 to ~1 open ~2 eyes|wake|respond",
            "snoring ~3 weird|strange|funny|loud|gurgl*",
            "wont stop bleeding|bleeding won t stop|keeps bleeding",
            "no responde|no despierta|no reacciona|desmayada|desmayado");
        Cue(Symptom,
            "boiling hot|jaw going|heart racing|heart is racing|heart is going crazy|stopped making sense|seeing spiders|seeing bugs|hallucinating",
            "chest ~2 pounding|arm ~2 tingly|tingly arm",
            "no se puede parar|muy palida|mareada|mareado|dizzy|heart ~3 skipping|floating above",
            "vomit*|puking|puke|threw up|throwing up|throwin up|nauseous|nausea|diarrhea|the runs|cramping|cramps|stomach ~2 burning|hurts|pain|belly ~2 cramping|hurts|burning",
            "dizzy|lightheaded|light headed|swimmy|spinning|woozy|faint|about to pass out|pass out|passing out|floaty|heavy|numb|tingly|tingling|weak",
            "heart ~3 racing|pounding|skipping|skiping|slow|weird|crazy|going crazy|fluttering|beating fast|funny",
            "pulse|heartbeat|heart rate|palpitations",
            "breathing|breathe|breath|breething|breathless|wheezing|coughing|cofing|cough|chest tight|chest is tight|short of breath",
            "confused|confusion|babbling|mumbling|slurring|slurred|cant stay awake|can't stay awake|nodding|nodding off|nodding out|half awake|barely answer|cant answer|not making sense|seeing things|seeing bugs|hallucinating|talking to people who arent",
            "shaking|twitching|seizure|fit|convulsing|jaw clenching|clammy|sweating|drooling|pale|cold|flushed|hot skin|fever",
            "vision|blurry|snowy|halos|eyes ~3 jumping|watering|yellow",
            "bleed|bleeding|bruising|burns|burned|burning|throat burns|mouth burns|foam|spitting foam|sores",
            "cant pee|cant walk|fell|slumped|unsteady|drunk but|acting drunk",
            "vomitando|mareada|mareado|no puede respirar|le arde|se desmayo|temblando|convulsiones");
        Cue(Symptom,
            "drowsy|sleepy|groggy|unresponsive|limp|floppy|lethargic|woozy|incoherent|delirious|fading|nodding",
            "passed out|blacked out|went out|out cold|wont wake|cant wake|not waking|hard to wake|wake him|wake her|wake up|waking up|wont respond|not responding|isnt responding",
            "breathing ~3 slow|slowly|shallow|weird|funny|strange|barely|wrong|hard",
            "not breathing|barely breathing|lips ~4 blue|turning blue|throwing up|vomit|vomiting|vomited|puking|puked|seizure|seizing|convulsing|confused|slurring|foaming|heart racing|ringing|ears ringing|stomach hurts|burning throat|throat burning|dizzy|shaking",
            "no responde|no despierta|respira ~1 lento|somnolienta|somnoliento|mareada|mareado|vomitando|desmayada|desmayado|dormida y no|no reacciona");
        Cue(Overdose,
            "se tomo|se tomó|me tome|me tomé ~3 frasco entero|todas las pastillas|un frasco",
            "bottle ~4 almost empty|nearly empty",
            "empty ~1 blister packs|blister pack|pill packets|pill packs|pill bottle",
            "blister packs ~5 empty",
            "many times over",
            "swallowed|swallow|took|take|taken|downed|popped|ate|chugged ~2 bottle|bottles|jar|pack|packet|box|sheet|strip|handful|fistful|bunch ~1 of ~2 @pill",
            "od d on|odd on|od on my|empty bottle of ~1 her|his|my ~0 @pill",
            "i|he|she|they ~1 odd ~1 on|off|last|again|yesterday|an|like|earlier",
            "overdose|overdosed|overdosing|overdoses|ovedose|overdosd|sobredosis|oding|oded|odded",
            "i|he|she|they|mom|dad|brother|sister|friend|son|daughter ~1 od|oded|odded",
            "think|thought|probably|maybe ~1 i|he|she|they ~1 odd|od");
        Cue(Fearful, "@fear", "worried|worry|worries|worrying|terrified|might|could|may|risk|preocupa|preocupada");

        // Danger now.
        Cue(Now,
            "in 10 min|in ten minutes|in 10 minutes|in 5 min|in five minutes|ends in 10",
            "outside my crib|outside the crib",
            "ahorita|rn|as we speak|still behind me|still out there|on the stairs",
            "a minute ago|minutes ago|ten minutes ago|just now|right under me|right now",
            "just now|right now|rn",
            "rn|currently|ahorita",
            "right now|typing this|as i text|hiding and|at the moment|as we speak|as i type|as im typing|as i write|as im writing|this minute|this second|en este momento|ahora mismo",
            "outside ~3 my|the|our|her|his ~1 door|house|window|apartment|room|building|car|place|home|trailer|work",
            "at|on ~2 my|the|our|her|his|front|back ~1 door|window|windows|porch",
            "banging|pounding|kicking|knocking|hammering|beating|bashing|slamming|punching|ramming ~2 on? ~2 my|the|our|her|are|ur ~1 door|window|doors|windows",
            "inside ~1 the|my|our|her ~1 house|home|apartment",
            "on|in ~1 his|her|their ~1 way ~1 here|over",
            "coming ~2 over|here|for me|to get me",
            "parked|waiting|sitting|standing ~2 outside|out front|across|down the street|in the driveway",
            "wont leave|refuses to leave",
            "afuera|en la puerta|tocando la puerta|golpeando la puerta|rompiendo|esta aqui|viene para aca|viene en camino");
        Cue(Weapon, "@weapon", "crowbar|something long|a bat|aluminum bat|baseball bat");
        Cue(WeaponSafe,
            "fox|foxes|rabbits|coyote|coyotes|henhouse|hen house|vermin|pest|pests|livestock",
            "line cook|chef|slicing onions|knife skills|cooking class|sharpening stone",
            "knife set|cooks every night",
            "hunting|hunter safety|deer season|deer hunting",
            "cooking videos|recipe", "locked|locked up|kept locked|in a locked|trigger lock|lockbox|lock box|unloaded|locked away|for hunting|hunting season|deer season|hunter safety|safety course|gun safety|collector|collection|display case|range|permit|license|bajo llave|caja fuerte|para cazar|guardado|guardada", "ammo|ammunition ~3 separate|separately");
        Cue(Captivity,
            "locked ~3 door ~2 from outside|from the outside",
            "not going anywhere tonight|youre not going anywhere|you re not going anywhere|wont let me leave|won t let me leave|not letting me leave",
            "blocking|blocks|blocked ~0 the ~0 door|doorway|exit|way out",
            "smoke ~4 under|through ~2 door ~8 cant get out|locked me in|locked in",
            "locked me in ~6 smoke|fire",
            "locked the doors and|skipped my exit|won t let me out|wont let me out|wouldn t let me out|wouldnt let me out",
            "not letting her leave|not leting her leave|won t let her leave|wont let her leave|not letting him leave|won t let him leave|wont let him leave",
            "between me and the ~1 front|back? ~0 door",
            "blocking the door|blocking the front door|blocking the way out",
            "child locks are on|child locks|wont let me out|won t let me out|took my phone and keys|took her car keys|blocking the stairs|blocking the door|sitting against the door|took the door handle|door handle off|trunk of a car|from the trunk|they re driving him|driving him somewhere", "grabbed him ~3 driving",
            "held against my will|holding me against my will|kidnap*|kidnaped|kidnapped|abducted|trafficked|trafficking",
            "wont|won t|will not|wouldnt|doesnt ~2 let ~1 me|us|her|him ~2 leave|get out ~4 room|house|car|van|apartment|place|building|motel|bathroom|bedroom",
            "locked ~2 me|us|her|him ~3 in|inside|down here|up|the back|the trunk|a room|the room|the van|the car",
            "took ~2 my|our|her ~1 phone|phones|keys|passport|wallet|purse ~4 and|then ~3 locked|wont|drove|driving",
            "child locks|doors wont open|wont unlock|wont stop the car|wont let me out|let me out|trunk of", "back of ~2 van|car",
            "not leaving until|not coming up till|no salgo hasta|me encerro|me encerró|no me deja salir|se llevo mi pasaporte|se llevó mi pasaporte");
        Cue(Hiding,
            "chair|wardrobe|dresser|bed|chest of drawers ~2 against ~2 the ~1 bedroom? ~1 door",
            "door blocked|blocked the door|door is blocked|blocked with the",
            "crammed|crouched|hiding|hidden|squeezed ~3 in ~2 the ~1 supply? ~1 closet|cupboard|wardrobe|bathroom|cellar|attic",
            "escondida|escondido|escondidos|escondidas ~4 debajo|bajo|dentro|en",
            "dont call|do not call|dont ring ~4 hell hear|he will hear|shell hear|theyll hear|hear it|hear the phone",
            "i have locked|ive locked|i locked|i ve locked ~0 my|the ~0 door|office",
            "im hiding|i m hiding|hiding in the back",
            "chair under the door|wedged a chair|chair against the door|wedged ~3 under the door handle",
            "around the corner with the engine running|in my car around the corner|engine running",
            "i locked the door|locked myself in|locked the doors",
            "in the ~1 laundry room|bathroom|closet|bedroom|basement ~1 with the door shut|with the door locked",
            "se encerro|se encerró|me encerre|me encerré|encerrada|escondida|escondido|nos encerramos",
            "hiding in the bathtub|in the bathtub with",
            "shes whispering|she s whispering|she is whispering",
            "dresser against the door|barricaded in|dresser against",
            "im alone|i m alone|im by myself|i m by myself|i am alone|i am by myself|ran back inside|ran back in",
            "under my covers|under the covers|in the cellar|down in the cellar|in the attic|im in the attic|in the break room|couch pushed up against|pushed ~2 against the door|locked myself in|escondida en|escondido en",
            "im under the bed|i m under the bed|im in the closet|under my bed|im hiding|hiding under",
            "writing this from inside|from inside the|crouched under my desk|under my desk|hiding in the linen closet|linen closet|walk in cooler|walk-in cooler",
            "closet under the stairs|under the stairs|lights off|in the bedroom and i can hear|sitting in the bedroom|down in the basement|dresser shoved|shoved the dresser|dresser against|locked bedroom|locked in my bedroom|locked in the bedroom|locked in her bathroom|shes locked in",
            "hid in|hid under|hid behind|hid in the|im hiding|i'm hiding|hiding in|hidding in|escondida|me escondi",
            "on the floor in my room|locked herself in|locked himself in|locked myself in",
            "in his bathroom|in her bathroom|hiding in the bathroom|in the kids room|in the bathroom at|cant go home|can t go home|in the parking lot in my car|locked in a bathroom|locked in the bathroom|lokced|door locked",
            "hidin|hidding|ducked into|crammed in|barricaded|barred the door|lights off|with the lights off|on the floor in my room|under my bed|locked myself in|locked in the bathroom|me encerre|me encerré|escondida en|escondido en|estoy escondida|estoy escondido", "shoved ~3 in front of ~2 door",
            "behind ~1 the ~1 bar|counter|couch|car|dumpster|shed|door",
            "hiding|barricaded|crouched|crouching|escondida|escondido ~4 in|inside|under|behind|bathroom|closet|room|car|basement|attic|bed|dryer",
            "locked|locking ~2 myself|me|us|the door ~3 in|inside ~2 the|my|a|our ~1 @room|car",
            "hiding in the closet|hiding under the bed|on silent|whispering|phone on silent|encerrada en|encerrado en|hiding in the basement|hiding in the basment|my locked car|locked in my car|locked in the car|lockd in|locked in the bathroom|locked in my room");
        Cue(Intrusion,
            "broken|broke|smashed|smashing ~2 the ~1 glass|window|pane ~4 back door|front door|door|kitchen",
            "going through ~2 the ~1 kitchen? ~1 drawers|cupboards ~4 downstairs|kitchen|hear",
            "intentando|tratando de|trata de|intenta ~0 forzar|abrir|romper ~3 ventana|puerta|cerradura",
            "forzando|rompiendo ~3 la ~0 ventana|puerta|cerradura",
            "forzando la ventana|forzando la puerta|tratando de entrar|quiere entrar|intentando entrar",
            "tried the back door|tried the front door|cut the yard light|cut the porch light|someone in the barn|someone in the garage|someone is in the barn|someone is in the garage",
            "in the driveway|in my driveway|in our driveway|pulled up outside|pulled up at",
            "walking around downstairs|someone downstairs|somebody downstairs",
            "jimmying|prying ~2 my|the ~1 window|door|screen|lock",
            "kick|kicking|kicked ~2 my|the|our ~1 door ~0 in",
            "he got in|she got in|he s inside|hes inside|got inside",
            "men|man ~1 in ~2 kitchen|house|garage ~2 taking",
            "un hombre dentro de|hombre dentro de su casa|hombre en su casa",
            "someone|somebody|a man ~1 in ~1 my ~1 hous|howse|appartment",
            "turning|turned|jiggling|rattling ~2 the ~1 knob|doorknob|door handle",
            "heard the glass|glass ~3 break|broke|breaking|shatter",
            "ski mask",
            "knows she s in there|knows shes in there|knows he s in there|knows i m in here|knows im in here",
            "hes in the yard|he s in the yard|he is in the yard",
            "hay alguien ~2 dentro de|en ~1 mi|la ~1 casa",
            "alguien ~1 dentro de ~1 mi ~1 casa",
            "escucho pasos|oigo pasos",
            "man|someone|somebody|guy ~1 in ~1 her|my|his|the ~1 house|apartment ~3 going through|drawers",
            "going through ~1 her|my|his|the ~1 drawers",
            "parked outside my ~1 apartment|house|place|work",
            "i see your light on|i can see you|flashing his headlights",
            "break|breaking|broke|bust|busting ~0 into ~2 my|the|our|her ~1 house|apartment|home|room|place|trailer|car",
            "hes here|he s here|he is here|shes here|she s here",
            "in my back seat|in my backseat|back seat of my car",
            "keeps knocking|knocking saying",
            "jiggling|jiggled|rattling|trying ~2 the ~1 doorknob|door handle|knob|handle",
            "tryna|trying to|tried to ~1 kick in|break in|get in|open ~2 my|the ~1 door|window|windo",
            "outside ~1 my ~1 window|windo|door",
            "tratando de entrar|quiere entrar|intentando entrar",
            "laying|lying ~1 flat? ~1 in ~1 my ~1 back seat|backseat",
            "got into her apartment|got into my apartment|got into the house|going room to room|room to room",
            "knows im in here|knows i m in here|know youre in there|open up",
            "trying|tryin|tryng|tried ~2 to ~1 get|break|brake|come ~1 in|into|inside|thru|through",
            "working something into the lock|picking the lock|screen rip|screen ripped",
            "walking round and round|round and round my house|around my house ~3 trying",
            "trying ~2 each|every ~1 door|handle|window",
            "tapped|tapping|knocked|knocking ~2 on ~2 my ~1 bedroom? ~1 window",
            "came in with ~2 bandanas|masks|ski masks|guns|a pistol|a gun",
            "open the safe|opened the safe",
            "a man|someone|somebody|stranger ~2 in ~2 her|my|the ~1 front room|living room|kitchen|bedroom|house",
            "tried ~2 my|the ~1 door ~1 handle|knob",
            "rattling|jiggling|jiggled|rattled ~2 the ~1 knob|nob|handle|door",
            "jammed at the door|jammed at the door handle",
            "prying|pried ~3 window|door|lock",
            "window to window|from window to window|flashlight",
            "let himself in|let herself in|let himself into|let herself into|let themselves in",
            "someone|somebody|a man|he|she ~2 is ~1 in ~1 my|her|his|our ~1 backyard|yard",
            "walking up my front|walking up to my|coming up my|coming up the",
            "tryng to brake|trying to break|tryin to break|brake my door|break my door|kick in the door|kick the door in|trying every window|going room to room|room to room",
            "attic hatch|shuffling above|someone in the attic|pull at the screen|pulled at the screen|garage keypad|keypad beeping|back door was unlocked|door was unlocked|his boots are in|trying to lift|trying to open|tratando de abrir|mueve la manija|empujo la puerta|empujó la puerta|en mi recamara|man in my kitchen|man in my kitchin|going through the cupboards|going threw the cupbords|is in the house|in the house right now|found the new place|changed the locks",
            "rang the doorbell|ringing the doorbell ~3 times|again",
            "breaking|broke|break|busting|kicked|kicking|brake|braking|breakin ~0 in|into|down|through",
            "trying|tryin|tried ~2 to ~1 get|break|brake|come ~1 in|inside",
            "prying|jiggling|jiggled|knob turned|handle turned|testing the door|tried the handle|trying every window|trying the windows|trying the door|screen ~3 cut|off",
            "someone|somebody|a man|a guy|stranger|someone s ~3 in|inside|at ~2 my|the|our ~1 garage|window|door|porch|yard|bedroom|room|house|basement|kitchen",
            "face at my window|at my window|at the window|in my yard|in the yard right now|keycard|ringing the bell|ringing the doorbell",
            "tratando de entrar|rompio el vidrio|rompió el vidrio|alguien ~2 afuera|esta afuera",
            "broke|smashed|busted|breaking ~1 the|a|my|our ~1 window|door|glass|lock",
            "intruder|intruders|burglar|burglars|someone ~3 inside|in ~2 the|my|her|our ~1 house|apartment|home|place",
            "trying ~2 the|my|our|her ~1 door|doors|handle|window|windows|sliding|lock",
            "glass ~1 break|broke|breaking|shatter|shattered",
            "footsteps|boot prints|prints down|door was open|thumped inside|somebody inside|something inside|someone inside", "door ~3 standing open",
            "climbing|climbed|climbs ~3 window|through|fence|balcony",
            "se metio|se metieron|alguien adentro|alguien en la casa|rompio la ventana|forzando la puerta");
        Cue(Pursuit,
            "parked outside ~2 my ~0 house|flat|door ~2 rn|right now|now",
            "keeps saying come out|saying come outside|telling me to come out",
            "waiting on me|waiting for me ~6 outside|downstairs|block|gate",
            "tried|trying|tries ~0 the ~1 side gate|back door|door handle|back gate|windows",
            "walking|following|walked ~4 behind me ~8 streets|blocks|roads|minutes",
            "stopped|stops ~0 too|as well ~4 pretended|pretending",
            "hes here|shes here|he s here|he found me|she found me|theyve found me|they found me",
            "sitting|parked|waiting ~6 car park|parking lot|outside ~4 my ~1 block|building|flat|house ~4 right now",
            "staring at me through|sitting in his truck|sitting in his car ~3 staring|watching me",
            "followed me ~3 off|home|from the bar|from the train|from the bus",
            "still behind me|said my name and i dont know him|sitting in his car watching|watching the door",
            "end of my lane|end of my driveway|end of the driveway ~5 headlights off|lights off|an hour",
            "photo of my own ~3 from outside|taken from outside",
            "circling it|circling the|circling my|been circling|idling out front|idling outside|followed me from", "walked past ~3 twice|again",
            "folowed me|been circling|circling it|circling the|lookin for me|looking for me|ran up in|esta afuera esperando|afuera esperando", "followed me ~4 to|from",
            "being followed|getting followed|folowing|followin|on me since|same car|same guy|same dude|same man|me viene siguiendo|me sigue|siguiendo", "behind me ~3 for|since|every|through|turn|turns",
            "standing ~2 outside ~4 staring|watching|looking",
            "followed|following|follows|chasing|chased|circling|stalking ~1 me|us|her",
            "staring|watching ~3 at me|right at me|through",
            "walking|coming|heading|running ~2 toward|towards|at ~1 me|my|us",
            "blocked|blocking|boxed ~3 me|my car|in|back out",
            "pulled up|posted outside|waiting for me");
        Cue(Coming,
            "<num> min away|<num> mins away|<num> minutes away|comes up|coming up|come down or|waiting on me|waiting for me|sitting in his whip|sitting in her car|at the exit|in the lobby|in the parking lot waiting",
            "coming over|coming in|im coming|i m coming|on my way|on his way|on her way|finna pull up|pull up|pulling up|pulled up|see you soon|come outside|mins out|minutes out|minutes away|ya voy para|viene para|va para alla|estoy afuera|ahi voy");
        Cue(WeaponNow,
            "walking|walks|walking round|pacing ~4 with ~2 a ~1 kitchen? ~1 knife|machete|bat|gun",
            "stabbing|stabs|slashing ~2 the ~1 sofa|couch|door|wall|bed",
            "pointing|points|pointed|aiming|aims ~1 it ~1 at me",
            "loading|loaded ~2 his|her|the|a ~1 gun|handgun|pistol|rifle|shotgun ~6 pointing|points|at me",
            "got|has|had|pulled ~0 the|a ~0 gun|knife|rifle|shotgun ~0 out",
            "with|got ~0 a ~0 shank|blade|machete ~6 waiting|outside|looking for me|after me",
            "waving|pointing ~0 the|a|his ~0 gun|knife|rifle",
            "someone shooting|somebody shooting|shooting at the|active shooter|shots fired",
            "splitting maul|with the maul|with an axe|with the axe|with a hatchet|with the hatchet",
            "went out to the truck for his shotgun|went for his gun|went to get his gun|getting his gun|got his shotgun|went for his shotgun|went to get his shotgun",
            "gun in his waistband|showed me the gun|show me the gun|flashed a gun|flashed his gun|lifted his shirt to show",
            "sharpening ~3 knives|knife|knifes|the knives|every knife",
            "con el machete|con un machete|con un cuchillo|con la pistola",
            "with a tire iron|tire iron",
            "with straps|with a strap|with guns|strapped up",
            "pacing|waving|holding|has|with ~2 a|the ~1 hammer|rifle|knife|bat|machete|axe|gun|pistol",
            "poured gas|pouring gas|gasoline ~3 porch|house|door|light it",
            "jagged|broken bottle|jagged neck|with a screwdriver|something in his hand|something in her hand|gas can|splashing|across his lap|across her lap",
            "pacing|pasing|pacin ~3 with ~2 his|her|a ~1 @weapon|pistle|gun|knife|screwdriver|bat",
            "with|w ~3 @weapon|cleaver|meat cleaver|axe|wood axe|hatchet|tire iron|carving knife|hunting knife|hunting rifle|gunn|knif|pipe|golf club|box cutter|scissors|machete|crowbar",
            "has|got|took|grabbed|pulled ~3 the|a|his|her ~1 tire iron|hatchet|cleaver|carving knife|hunting knife|hunting rifle|axe",
            "with a knife|with a gun|with the gun|with his gun|with her gun|with an axe|with a machete|with a bat|with a hammer|with a crowbar|with a hatchet|con un cuchillo|con una pistola|con un machete",
            "took the machete|took the knife|took the gun|has the hatchet|has the gun out|gun out|got the belt|getting his gun|geting his gun|getting the gun|went to get his gun|loading the gun|with a knif|w a blade|with a blade|flashed a knife|flashed a gun|flashed his gun|showed me a knife|rifle lying on|rifle on my pillow|gun in her lap|gun in his lap|in her lap|in his lap",
            "has|got|grabbed ~1 my ~1 handgun|gun|rifle|knife|shotgun",
            "has|got|carrying|holding|waving|pointing|swinging|brandishing|pulled|pulled out|lifted|showed|reaching|strapped|tiene|trae ~4 @weapon|knife|nife|gunn|cleaver|axe|ax|pipe|club|9 iron|golf club|box cutter|scissors|hammer|crowbar|bat|machete|blick|strap|shotgun|something metal|something long",
            "strapped|got a blick|got the strap|has a strap|with a strap|con un machete|con una pistola|con un cuchillo");
        Cue(ViolenceNow,
            "heard a bang|heard shots|heard gunshots|heard a gunshot|shots fired",
            "pushed past me ~8 shouting|hitting|smashing",
            "screaming|shouting|yelling ~8 going to kill her|gonna kill her|going to kill him|kill her|kill him",
            "things being thrown|being thrown and smashed|smashed through the wall|through the wall ~4 screaming|smashing",
            "screaming|screeming|crying|yelling|gritando ~4 help|stop|choking|ayuden|ayuda|let me go|please",
            "thuds|thud|glass ~1 breaking|braking|shattering|smashing|smashed|smash|bustin|busting up|la esta golpeando|lo esta golpeando|vidrios rotos",
            "is|are|s|hes|shes|theyre|esta ~2 hitting|beating|kicking|attacking|stabbing|shooting|smashing|chasing|correteando|golpeando|pegando",
            "choking ~1 me|her|him|mi");
        Cue(Threat,
            "burn|burning ~2 the ~1 house|flat|place ~2 down ~3 with me|with us|with you|with the kids",
            "photo|photos|picture|pictures ~2 of ~1 my ~1 daughter|son|kids|children ~3 school|gate|playground",
            "what happens to ~1 women|wives|people|girls ~0 who ~2 run off|leave|run away",
            "send|share|post|leak ~0 photos|pictures|pics|videos ~6 if i ~3 leave|stop|end",
            "something ~0 in|inside ~0 his|her ~0 bag|pocket|coat ~2 for me",
            "refusing|refuses ~0 to ~0 leave ~4 reception|building|office|the door",
            "get what s coming|get whats coming|gonna get what|knows where i moved|knows where i live now",
            "not making it home|won t make it home|wont make it home|will not make it home",
            "make sure none of us|none of us makes it|none of us will make it|make sure we never",
            "this is what happens to|what happens to liars|what happens to people who",
            "the order was served|order was served|served with the order|restraining order|protective order|order of protection",
            "kick it in|kick the door in|kick in the door",
            "break it down|break down the door|kick the door in|kick in the door",
            "threatened|threatens|threatening|says|said ~2 to ~0 kill|hurt|shoot|stab ~1 the|my|our|his|her ~1 kids|children|baby|son|daughter|dog|family",
            "light it|burn it down|burn the house|get the knife|gonna get the knife|going to get the knife|come out or|better come out",
            "says he ll kill|says hell kill|saying he ll kill|screaming that he ll kill|screaming he ll kill",
            "kill|killing|kil|murder|finish|finish it|get me|get us|end me|end us|shoot|stab|smoke me|pop me|blast me|cap me|matar|matarme|matarnos|amenaza|amenazando|try me|acabar",
            "hurt|hurting ~1 me|us",
            "regret|end you|end u|make me pay|make you pay|te mato|me mata|you ll see|youll see|you will see|pay for|gonna get you|gonna get u",
            "threaten|threatening|threatened|threatens|threting|threatning|threatned|thretening|threatning|threating|screaming|yelling|raging|attacking|attacked|beating|punching|choking|stabbing|shooting|shot|swinging|chasing|drunk and|high and|violent|furious|enraged|gritando|golpeando",
            "@hit ~1 @me");

        // A partner or ex, after Campbell's Danger Assessment.
        Cue(Partner,
            "the couple|couple next door|her husband|her boyfriend|her new husband|his wife|his girlfriend",
            "my ol man|my old man|bloke|hubs|my man|mi esposo|married|we split|split up in|we broke up|broke up in",
            "@partner",
            "we|were ~2 married|dating|together|engaged|living together",
            "baby daddy|baby mama|babys father|kids dad|kids father|father of my|mother of my|his wife|her husband|my man|my ex|mi ex|el papa de mis|the dad of my|the father of|married|marriage|relationship|dating|divorced|separated|separation|divorce|custody|broke up|our kids|our son|our daughter|our baby|our house|our home|our bed|our apartment|live together|moved in together|live with him|live with her|lives with us|leave him|leave her|leaving him|leaving her|left him|left her|bring up leaving|if i leave|when i leave|if i ever leave");
        Cue(Strangle,
            "hands ~0 round|around ~0 my ~0 neck|throat",
            "squeezed ~3 until ~4 sparks|blacked out|passed out|legs went|couldnt breathe",
            "marks|bruises|bruising|fingerprints|finger-shaped bruises|finger shaped bruises ~5 my|her ~1 throat|neck",
            "squeezed|squeezes|squeezing ~3 neck|throat|a little",
            "pillow ~3 over|on ~1 my|her ~1 face|head",
            "head under ~2 the ~1 water|bath|bathwater",
            "till i ~1 couldnt|was ~1 breathe|coughing|seeing spots|passed out|blacked out",
            "knee|knees|hand|hands|arm|forearm|elbow ~3 on|across|against ~1 my|her ~1 throat|throte|neck|windpipe",
            "sat on my chest|seeing stars|saw stars|till i blacked out|until i blacked out|until i passed out|me ahorco|me ahorcó|la ahorco",
            "chok*|strangl*|strangeled|stranggled|ahorc*|asfixi* ~1 @obj|her|him|out|until|me|mi",
            "hands|hand|arm|arms|forearm|fingers|belt|rope|cord ~3 around|on|round|against|across ~2 my|her|his ~1 neck|throat",
            "by ~1 my|her|his|the ~1 neck|throat",
            "squeez*|grabb*|grab|grabs|pinned|pin|held|holds|pressed|press|press* ~3 my|her|his ~1 neck|throat",
            "everything went black|went black|blacked out|passed out|saw stars",
            "cuello|no podia respirar|me apreto|me ahorco|me ahorcaba");
        Cue(WeaponShown,
            "shot|fired ~3 beside|next to|near|past ~1 my ~0 head",
            "cleans|cleaning|cleaned ~0 the|his|her ~0 @weapon ~8 while|tells|telling|staring|looking at me",
            "photo|picture|pic|selfie ~2 of ~1 his|her|a ~1 rifle|gun|pistol|shotgun|knife",
            "keeps|sleeping with|sleeps with ~2 his|the|a ~2 rifle|gun|pistol|knife|butcher knife ~2 by the bed|under his pillow|under the pillow|under the bed",
            "cleans|cleaning ~2 his ~1 pistol|gun|rifle",
            "taps|tapped|taps on ~1 it|the gun|the strap|his gun",
            "keeps a strap|a strap in|strap in the",
            "sets|set|puts|put|lays|laid ~3 it|his gun|the gun|his service weapon|his weapon ~3 on the table|between us|supper table",
            "service weapon|his service weapon ~4 table|cleans it",
            "held|holds|holding|pressed ~2 them|it|the knife|the shears|the gun ~2 to|against ~1 my",
            "laid|put|placed ~3 it|the rifle|the gun ~3 on the bed|between our pillows|on my pillow",
            "keeps|kept|keep|has|had|have|got|bought|buys|owns|showed|shows|show|pointed|points|pointing|held|holds|holding|waved|waves|waving|cleaning|cleans|cleaned|loaded|loading|loads|put|puts|left|leaves|pulled|pulls|pulling|grabbed|grabs|took|sleeps|brought|brings|carries|carrying|tiene|saco|guarda|puso ~4 @weapon",
            "@weapon ~5 at me|at my|to my|my head|my face|reminder|table|nightstand|pillow|drawer|glovebox|glove box|in his|on his|on her|in her|in the car|loaded|in my face|next to|beside|la mesa|recordatorio|up by|up to|by my|at her|at him");
        Cue(KillWords,
            "desfigurar|desfigurarte|desfigurarme ~2 la ~0 cara",
            "te voy a matar|me va a matar|nos va a matar",
            "next time ~3 wont miss|won t miss|will not miss",
            "kill ~0 me|us ~0 and ~0 then ~0 herself|himself|themselves",
            "burn|burning ~0 the ~0 house|flat|place ~0 down ~4 with ~0 me|us|you|them ~2 in it|inside",
            "off me if|off me when|nobody would ever find me|no one would ever find me|wont stop halfway|won t stop halfway",
            "what happens to wives|what happens to women who|what happens to people who|nobody would ever question|nobody would question|no one would question",
            "cave ~1 my|his|her|your ~1 head ~1 in",
            "dead man|a dead man|your a dead man|youre a dead man",
            "kill us all|kill all of us|kill everyone",
            "end this tonight|end this tonite|end this",
            "if he cant live there|if she cant live there|nobody can live|burn it down|burn the house|burn down the",
            "put|drive|crash|wreck ~2 us ~1 both? ~2 into|off ~2 the? ~1 median|wall|tree|road|bridge|ditch|river",
            "swerved at|swerve into|aimed the car",
            "if ~1 i|you ~1 wanted|want ~1 to live",
            "use it on me|use this on me|use it on you|use that on me|use the gun on me|gonna finish it|gonna finsh it|finish it|finish me|finish the job|come down or ~2 comes up|come down or he",
            "something for my ~2 boyfriend|girlfriend|husband|wife",
            "burn ~3 house|place ~3 with me|with us|with her ~1 in it|inside",
            "poured gas|pour gas|gasoline on",
            "the lake is deep|the river is deep|nobody would find|no one would find|people go missing|accidents happen",
            "this time youre dead|youre dead|you are dead|your dead|ur dead",
            "what happens to things i love|what happens to you|show me what happens",
            "si no soy de el|si no eres mia|no eres de nadie",
            "wont|will not|not ~1 live to|make it",
            "none of us ~1 make it|will make it",
            "drown|kill|hurt|take ~2 them|the kids|the girls|the boys|my kids|the baby ~3 before|if|in the tub",
            "use this on you|use it on you|use this on u|next time its|next time it ll be|nxt time",
            "let go|drop ~2 the dog|the cat|her|him",
            "hoy si te mato|te voy a matar|ya te mato",
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
            "take the kids and go|take the kids and leave|take the kids ~4 for good|leave with the kids|leave him for good",
            "leve him|leve her|leav him|leav her|leaf him",
            "leave|leaving|left|leaves|walk out|walking out|kick him out|kick her out|kicked him out|divorce|divorcing|break up|breaking up|split|splitting|move out|moving out|go to the police|call the police|call the cops|tell anyone|tell someone|tell my|report|take the kids|ever leave|get out|dejarlo|dejarla|lo dejo|la dejo|divorcio|irme");
        Cue(Consequence,
            "call ice|tell immigration|get me deported|send me back ~4 without|sin ~0 my|mi",
            "never see|never get to see|will not see|wont see ~0 my|our|the ~0 son|daughter|kids|children|baby",
            "kill|hurt|find|hunt|regret|ruin|destroy|pay|sorry|hell|come after|burn|make sure|never see|what happens|what will happen|what would happen|what could happen|take the kids|take my kids|take them|take the baby|custody|end us|end me|end you|track|matar|lastimar|quitar los ninos|encontrar");
        Cue(HitMe,
            "shoved|pushed|slammed ~0 me ~0 into ~2 doorframe|door frame|wall|door",
            "me ha pegado|me a pegado|ya me pego|ya me a pegado|me ha golpeado",
            "me dio ~1 una ~0 cachetada|bofetada|patada|golpiza",
            "me cacheteo|me golpeo|me pego|me empujo|me pateo|me ahorco",
            "pushed|shoved|threw ~0 me ~0 down the stairs",
            "slams|slammed|shoves|shoved|pins|pinned ~0 me ~0 into|against ~2 wall|door|floor",
            "threw ~4 at ~0 my ~0 head|face",
            "shoved|pushed|threw ~1 her|me|him ~1 down ~2 the ~1 stairs|basement stairs",
            "@hit ~1 my|our ~1 mom|mother|mum|mama|madre",
            "kicked me|kicks me|kicking me",
            "pushed me out of ~2 car|truck",
            "pulled me by the hair|pulls me by the hair|by my hair",
            "shoved me down|pushed me down ~2 stairs",
            "punched the wall next to|punched the wall by",
            "twists|twisted|twisting ~1 my ~1 wrist|arm|fingers",
            "bites|bit|biting ~0 me|my",
            "locked me out|locks me out ~4 midnight|cold|winter|snow|night",
            "@he|@partner ~2 broke ~3 my|her ~1 fingers|finger|arm|wrist|nose|rib|ribs|jaw",
            "pressed|put|stubbed ~3 cigarette ~3 into|against|on ~1 my|her",
            "burned me|burnt me ~3 cigarette|iron|lighter",
            "youre hurting me|you re hurting me|stop hurting me|hes hurting me|hes hurting her",
            "me pegaba|me golpeaba|la golpeaba|le pegaba",
            "bet me up|beat me up|beat the crap outta me|beat the crap out of me|beat the shit out of me",
            "put|threw|shoved ~2 me ~3 through|into|against ~2 the ~1 wall|plasterboard|drywall|door|window|table",
            "stomped|stomps|stomping ~3 my",
            "slammed ~3 my ~1 fingers|hand|head ~3 in|into",
            "dragged ~2 by ~2 my|her ~1 braids|hair|arm|feet",
            "used the belt on me|belt on my back|used a belt on",
            "put me up against|pinned me up against",
            "my eye is swollen|eye swollen shut|eye is swolen",
            "discipline me|his right to discipline",
            "drowned my cat|drowned the cat|killed my cat|killed my dog|hurt the dog|kicked the dog",
            "threw|throws|poured|pours|splashed ~4 on|at ~1 me|my|her",
            "came|comes|coming|drove|charged|lunged|ran ~2 right? ~1 at|toward|towards ~1 me",
            "tried to run me over|try to run me over|swerved at me",
            "sat|sits|kneeling|knelt ~2 on ~1 my|her ~1 chest|back|neck|throat|stomach",
            "held|holds|pressed|presses ~5 against|on|to ~1 my|her ~1 arm|forearm|cheek|face|skin|neck|throat|head",
            "put|puts|putting ~2 hands|his hands|her hands ~1 on ~1 me|her",
            "got physical|it got physical|things got physical|getting physical|gets physical",
            "caught a case for|puttin hands|putting hands",
            "@he ~3 broke ~1 my|her ~1 arm|nose|wrist|rib|ribs|jaw|finger|tooth",
            "la golpea|lo golpea|la golpeo|lo golpeo|le pega|le pego|la empuja|le dejo el ojo",
            "@hit ~2 @me",
            "@hit ~2 my ~1 @body",
            "threw|throws|throwing|hurled|chucked|flung ~4 at|into ~1 me|my",
            "put|puts|laid|lays|putting|puttin|laying ~2 his|her|their ~1 hands|hand ~1 on ~1 me",
            "swings|swung|swinging|swing ~1 on|at ~1 me",
            "closed fist",
            "@he|@partner ~2 hurt|hurts|hurting ~1 me",
            "hands on me",
            "beat ~3 out of me",
            "beat my ass|beat my butt|whooped my ass|kicked my ass|beat me up|beats me up|roughs me up|roughed me up|knocked me|shoved me",
            "me pega|me golpea|me pego|me golpeo|me empuja|me empujo|me cacheteo|me cachetea|me jala|me jalo|me pateo|me patea|me aventaba|me avento|me lastima|me lastimo|me maltrata|me aventó");
        Cue(Injury,
            "jaw was wired|jaw wired shut|wired shut",
            "black eyes|finger marks|fingermarks|finger shaped bruises",
            "black eye|blacked eye|handprint on|a handprint",
            "bite mark|teeth marks|a mark on my ~1 shoulder|arm|neck|face",
            "a cast|in a cast|cast on her|cast on my|cast on his",
            "bruise|bruises|bruised|bruising|brusies|bruses|bruzes|bruices|black eye|black eyes|busted lip|split lip|fat lip|bloody nose|moretones|moreton|morado|morados|cut lip|limp|a cast|in a cast",
            "lip ~2 split|busted|bleeding",
            "cracked|broken|broke|fractured ~2 rib|ribs|nose|arm|wrist|jaw|tooth|teeth|finger|orbital|collarbone|costilla",
            "stitches|concussion|sprained|dislocated|welts|welt",
            "marks|scratches|handprints|fingerprints|finger marks ~3 on|around ~1 my|her|his ~1 @body",
            "cover|covered|covering|hide|hiding|hid ~4 makeup|concealer|foundation|sleeves|turtleneck|sunglasses|scarf",
            "told|tell|telling|say|said ~4 i ~1 fell|walked into|tripped|bumped|ran into|slipped",
            "to|in|at ~1 the ~1 er|hospital|emergency room|urgent care");
        Cue(CoverStory,
            "story ~3 different|changes|changed|doesnt add up|didnt add up",
            "fell off|fell down|walked into|ran into|tripping on|tripped on|slipped on",
            "@i|@he|they ~2 fell|walked into|ran into|tripped|slipped|bumped into|fell off|fell down|bumped",
            "hide|hiding|hid|cover|covered|covering ~3 the bruises|the marks");
        Cue(Fight,
            "throwing things|throws things|throw things|starts throwing",
            "fight|fights|fighting|fought|argument|arguments|argue|argued|arguing|drunk|drinks|drinking|temper|rage|raged|rages|angry|mad|snaps|snapped|explodes|exploded|blows up|blew up|pelea|peleamos|discusion|enoja|enojo|borracho");
        Cue(Control,
            "hides|hid|hiding|keeps|controls ~1 my ~2 meds|medication|tablets|pills|hormones|hiv meds|insulin|papers|passport|visa",
            "threatens|threatened|threatening ~2 to ~1 out me|tell ~3 im positive|i m positive|im gay|im trans",
            "hides|hid|hiding ~2 the|my ~0 car keys|keys|bank card",
            "keeps|took|hides ~2 my ~0 insulin|medication|meds|inhaler|epipen ~6 earn|back|argue",
            "call ice|tell immigration|report me to immigration|have me deported|get me deported|send me back|llamar a ice",
            "not allowed to ~2 take|see|have|go|work|learn|leave",
            "no me deja ~0 tener|salir|ver|trabajar|hablar",
            "hand over ~2 the|my ~0 receipts|wages|pay",
            "wages|pay|salary|paycheck ~0 go|goes|went|paid ~2 into ~0 his|her ~0 account",
            "takes|took|taken ~0 the ~0 car keys|keys",
            "goes through|checks|reads ~0 my ~0 phone ~2 every night|every day|all the time",
            "havent seen|haven t seen|not seen|dont see ~0 my ~0 friends|family ~2 since|in months|for months",
            "taken|took|takes|taking|kept|keeps|hid|hidden ~2 my ~0 passport|documents|id|bank card|cards|car keys",
            "changed|changes ~1 the ~1 wifi|wi fi ~0 password",
            "revisa|revisaba|checa ~0 mi ~0 celular|telefono|cel",
            "me prohibio|me prohibe|me prohibió ~3 ver|salir|hablar",
            "threatens to out me|threatened to out me|out me to",
            "locked me out ~4 overnight|all night|in the cold|in february|on the balcony",
            "takes my whole paycheck|takes my paycheck|passcode to my phone|ask him for gas money|ask him for money|me quita el cheque",
            "checkin my location|checking my location|blows up my phone|pulls up on me",
            "not allowed to eat|drops her off and picks her up|drops me off and picks me up",
            "pulls the charger|takes the battery|pops the battery|stuck in the bedroom|stuck in bed|takes my wheelchair|takes away my chair",
            "smash|smashes|smashing|breaks|broke ~2 my ~1 phone|phones|glasses|laptop",
            "keeps ~2 my ~1 sim|sim card",
            "shares|share|sharing ~2 her|his|my ~1 location",
            "calls ~3 the second|times a day|every hour|nine times|ten times",
            "lock on the outside|locks on the outside|a lock on the outside",
            "smashed ~3 my ~1 phone|glasses|laptop",
            "keeps getting smashed",
            "makes|made|make ~2 me ~2 keep|share|turn on ~2 location|my location|snap map|life360",
            "tracked|tracks|tracking|track ~2 my ~1 phone|location|car|every move",
            "checks|checking ~3 odometer|mileage|receipts|my location",
            "facetime him|facetime her|video call him ~4 show|prove",
            "changed|changes ~2 my ~1 password|passwords",
            "reads|read|reading ~2 all? ~1 my ~1 dms|messages|texts|emails",
            "goes|goin|going|go|stay goin|went ~1 thru|through ~1 my ~1 phone",
            "took|takes|taking ~2 my ~1 phone|wallet|walet|keys|truck keys|car keys|id|passport|debit card|card|paycheck|money|hearing aids|glasses",
            "locks|locked|lock ~3 from the outside|on the outside",
            "opened ~4 in my name|credit cards in my name|loans in my name",
            "wont|doesnt ~2 give me ~2 my",
            "checks|checking|checked|controls|controlling|controlled|takes|took|tracks|tracking|monitors|monitoring|reads|goes through|went through|keeps|kept|holds|has|revisa|controla|quita ~2 my|our|her|his|the|el|mi|todo ~1 car|phone|money|paycheck|paychecks|messages|location|texts|emails|bank|accounts|card|cards|keys|car keys|passport|id|everything|finances|dinero|telefono|celular",
            "wont|doesnt|didnt|wouldnt|never ~1 let|allow|allows ~1 me|us ~3 leave|go|see|have|work|drive|talk|use|visit|out|call|get|keep",
            "not allowed ~2 to ~2 see|go|leave|have|talk|work|drive|use|visit|out|text",
            "locks|locked|lock ~1 me ~1 in|out",
            "ask|asking ~1 permission|him for money|her for money",
            "allowance",
            "isolated|isolates|isolating|cut|cuts ~2 me ~2 off|from",
            "no me deja|no me dejaba");
        Cue(Stalking,
            "tag|tracker|airtag|gps ~3 taped|stuck|hidden|under ~3 wheel arch|bumper|car|seat",
            "turns up|shows up|turning up|showing up ~1 wherever|everywhere",
            "photos|photo|pictures|picture ~2 of ~1 my ~1 own? ~1 house|home|flat|window|kitchen window|car ~3 at night|light on",
            "found ~2 my ~1 new ~1 address|at my new address",
            "pulling up to my job|pulls up to my job|posting my location|outside my work|outside my job",
            "tracking ~1 disc|device|tag|tile",
            "parking|parked ~3 across|outside|in front ~5 most mornings|every morning|every day|every night|most nights",
            "<num>|eleven|twelve|several|many|different ~1 different? ~1 numbers",
            "aparece ~3 en|cada|todos",
            "me manda mensajes ~4 con quien|donde|que ropa",
            "work schedule|my schedule|dead roses",
            "at the gym when i go|sat ~4 behind me|shows up where i am|where i am|<many> texts|pics of my parents|my work schedule|i see you|im watching you",
            "pullin up|pulling up|pulls up|pulled up ~3 on me|everywhere|at my",
            "had|has|still had|still has ~1 my location",
            "waited|waits|waiting ~2 outside|for me outside",
            "screenshots of my|knew about|knows about ~3 i only|appointment|texted",
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
        Cue(Abusive, "domestic violence|dv|violencia domestica",
            "abusive ~2 @partner|relationship|marriage|husband|boyfriend|girlfriend|wife|partner|ex",
            "@partner ~3 is|was|has been|became|gets|got|getting ~1 physically? ~1 abusive|violent|rough",
            "abuses|abused|abusing|hurts|beats ~1 me|mi",
            "me maltrata|me golpea|es abusivo");
        Cue(NotPhysicalAbuse, "emotional|emotionally|verbal|verbally|financial|financially|narcissistic|mental|mentally|psychological|psychologically");

        // Children, after child-maltreatment practice: physical harm, sexual abuse and grooming, neglect and confinement.
        Cue(Child,
            "friend|cousin ~2 is ~0 <minor> ~1 like ~1 me",
            "is|shes|hes ~0 <minor> like me",
            "grandbabys|grandbabies|grandbaby|little girl|little boy",
            "@child|sister|brother|sis|bro|niece|nephew|lil ~3 is|shes|hes|s ~0 <minor>",
            "@child ~2 <minor>",
            "<minor> and <minor> year old|<minor> months|<num> months old|meses",
            "bracitos|nieto|nieta|mi nino|mi nina|mi hija de|mi hijo de|su hija de|su hijo de",
            "kindergarten|first grader|second grader|third grader|grade teacher|school bus|my riders|my students|little girl|little boy|little ones|my lil|lil bro|lil sis|todler|toddler|bassinet|crib|nieto|nieta|solitos|ninos|bebe|mi bebe",
            "<minor> ~1 anos|ano",
            "<minor> f|m",
            "@child",
            "<minor> ~1 year|years|yr|yrs|yo ~1 old",
            "<num> ~1 month|months|mo|week|weeks ~1 old",
            "<minor> ~0 yo|yr old|year old|years old",
            "little one|little ones|little brother|little sister|baby brother|baby sister|younger brother|younger sister|my kids");
        Cue(YoungWriter,
            "my teacher|my homeroom|my principal|at recess|my school counselor",
            "i am <minor>|im <minor>|tengo <minor>",
            "tengo <minor> anos|im <minor>|i am <minor>|iam <minor>|hi im <minor>",
            "me ~1 <minor> ~0 f|m",
            "im|i am|iam|i m ~0 only|just|turning? ~0 <minor>",
            "i am a <minor> year|im a <minor> year|i am a <minor> yo|im a <minor> yo|<minor> year old here|<minor> years old and i",
            "im in|i am in|im in the|i am in the ~1 5th|6th|7th|8th|9th|10th|11th|12th|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth ~1 grade",
            "middle school|junior high|high school freshman|freshman in high school|sophomore in high school|im a freshman|im a sophomore|im in high school|in high school",
            "tengo <minor> anos|tengo <minor>",
            "grounded|my homework|my school|my middle school",
            "<minor> ~1 f|m|yo|years old|year old ~1 here");
        Cue(ChildHarm,
            "hands|hand ~1 on|round|around ~1 my|her|his ~1 neck|throat ~6 couldnt breathe|could not breathe|red marks",
            "slapping sounds|sound of slapping|hitting sounds|sounds of him hitting",
            "beats my ass|beat my ass|whoops my ass|whips me|whipped me ~3 cord|belt|extension cord",
            "with the extension cord|with an extension cord|with a cord|with the cord",
            "hand|hands|fingers ~3 under the hot|hot tap|hot water|on the stove|on the burner",
            "whoopin|whooping|beat|beats|beating|hit|hits ~4 leaving marks|left marks|leaves marks","whoopin on us|whooping on us|whoopin us",
            "across the room into a wall|across the room into the wall|across the room against the wall",
            "threw|throw|throws|thrown|throwing ~5 across the room into|into a wall|into the wall|against the wall",
            "buckle end|with his belt|with the belt ~3 cut|bled|marks",
            "soft swollen spot|swollen spot on her head|swollen spot on his head|rolled off the couch",
            "handprint on his cheek|handprint on her cheek|hoarding snacks|hoarding food",
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
            "spiral fracture|spiral fractures|fractured skull|broken femur",
            "brusies|bruses|new brusies",
            "welts|welt|blisters|blistered|round burns|cigarette burns|small burns|burn marks",
            "marks|welts|welps|bruises|bruising|burns ~6 her|his|their ~1 @body|backs|bottom|butt",
            "marks|welts|welps|bruises|bruising|burns|burn marks|cigarette burns|black eye|broken arm|broken wrist|broken leg|fracture|fractures|cuts|bite marks ~4 @child");
        Cue(ChildSexual,
            "send|post|leak|share ~0 my|the|those ~0 pics|vids|videos|photos|nudes ~8 unless|whole school|to everyone|my mum|my mom",
            "unless i send more|unless i pay",
            "sends|sent|gives|gave ~1 him|her|me ~0 robux|vbucks|gift cards",
            "camera on ~3 in the bathroom|in the bath|undressed|in bed",
            "besitos secretos|besos secretos|secret kisses|special kisses|tickle game|the tickle game|special game",
            "showers|showering|bathes|baths ~0 with ~2 our|my|his|her ~0 @child",
            "showers|showering ~0 with ~2 <minor>",
            "older men|different men|men ~0 come ~0 round|over|by ~4 every|each|at night",
            "going into|goes into|keeps going into ~4 room at night|room at nite",
            "touchs me|tuches me|touchs|touches me ~3 at nite|at night|secret",
            "pictures of ~4 in the bath|photos of ~4 in the bath|fotos sin ropa|pidio fotos|pidió fotos",
            "gets under the covers|under the covers with me|says it s our thing|says its our thing",
            "le toca sus partes|toca sus partes|juego secreto",
            "under my clothes|under her clothes|under his clothes|tickle game",
            "showed|shows|showing ~2 her|him|me ~2 his|her ~1 private|privet|privates|parts",
            "tickles|tickled|touches|touched|touching|rubs ~2 pee pee|peepee|pee-pee|wee wee|weewee|privates|private parts",
            "lying on top of|laying on top of|on top of a little",
            "pulling up his pants|pulling up his zipper|zipping up his|buckling his belt|came out of ~3 room ~3 pulling",
            "bath|baths|shower ~4 door locked|locks the door|keeps the door locked",
            "hand ~3 under ~2 my|her|his ~1 blanket|covers|sheets|shirt|pajamas|nightgown",
            "sitting on my bed|sits on my bed|sitting on her bed|sits on her bed|on the edge of my bed",
            "down there|sore down there|red down there|played doctor|play doctor|playing doctor|blanket game",
            "made|makes|make ~2 her|him|me ~1 touch ~1 him|her|his|it",
            "still pure|purity|checked ~4 pure|virgin|in her room with the door closed|with the door closed",
            "mature for|too mature|so mature|walks in on me|walking in on me|walked in on me|molest*|sexually abus*|sexual abuse|child abuse|pedophile|pedo|pedos|groom|grooming|groomed|grooms|inappropriate|inappropriately|abuso sexual|abusa|abuso de|la toca|lo toca|me toca|me toco|me tocaba|nos toca",
            "mom|mommy|mama|dad|your mom|your mother|anyone|anybody ~3 would|will ~2 get|go ~1 mad|jealous|upset|angry|taken away|in trouble",
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
            "into|climbs into|gets into|crawls into|comes into|came into|sneaks into ~1 my|her|his|their|the ~1 bed|room|bedroom|shower ~6 night|nights|asleep|sleeping|late|dark|bedtime|noche",
            "at night ~6 my|her|his ~1 room|bed|bedroom",
            "sleeps|sleep|sleeping|lies|lie|lay ~2 in ~1 my|her|his ~1 bed",
            "gifts|presents|money|candy|phone|vape ~5 if|so|secret|dont tell|for me|only me",
            "boyfriend|bf ~3 <minor>|older|twenty|thirties|adult|grown");
        Cue(Secret,
            "if i tell ~6 my fault|lose the house|get in trouble|break up|go to prison|be sad",
            "no puede decir nada|no le digas a nadie|es nuestro secreto",
            "dont tell mommy|don t tell mommy|dont tell your mom|don t tell your mom|dont tell mom|don t tell mom",
            "dont|not|never|wont|cant|mustnt ~2 tell|telling|mention|say ~2 anyone|anybody|mom|mommy|your|my|his|her|nobody|dad|people",
            "our|their|his|are|its ~1 little? ~1 secret|secrets",
            "keep ~3 secret|quiet|between us",
            "alone with ~2 her|him|me|my|the kids|them",
            "special ~1 secret");
        Frame(ChildPlay,
            "mario kart|controller",
            "epilepsy|epileptic|seizure disorder",
            "jiu jitsu|jiujitsu|bjj|martial arts|mma|boxing|sparring|roller derby|rugby|hockey|skating|skiing|climbing|snowboarding|biking|cast for|chokes and armbars",
            "daycare|preschool|playground|monkey bars|incident report|wrestling|wrestle|luchitas|soccer|football|practice|trampoline|tantrum|tantrums|time out|timeout|teething|guarderia|hermanito|hermanita|siblings|roughhousing|rough housing",
            "se enoja|bites|biting|bit another|bit a");
        Cue(ChildRisk,
            "threatened|threatens|threatening|says|said ~2 to ~0 kill|hurt|shoot|stab|drown ~1 the|my|our|his|her ~1 kids|children|baby|son|daughter|kid",
            "digging|digs|dug|going ~3 trash|garbage|dumpster ~3 for food|food scraps",
            "nothing in the house to eat|any bread|no shoes|asking if we had|gone to ~3 for a few days|for a few days",
            "round scars|healed crooked|never had set|nobody ever had set|covers his head|covers her head|flinches and covers",
            "welt|welts ~4 legs|back|looped cord|shape of",
            "not to tell his dad|not to tell her dad|not to tell his mom|not to tell her mom",
            "hoards|hoarding ~3 food|breakfast bars|bread",
            "without a coat|no coat",
            "encerrados en el carro|en el carro todo el dia|ventanas casi cerradas|ya ni lloraba",
            "puts|put|locks|locked|shuts|shut ~3 him|her|them ~2 in ~2 the? ~1 closet|hall closet|basement|dark|bathroom",
            "begging to come out|hours in the closet|in there for ~3 hours",
            "bolted ~3 outside|from the outside|being punished",
            "leaves|leave|left|leaving ~4 alone|by themselves|by themself|solos|solitos",
            "in her car|in his car|in their car ~4 shift|hours|heat|windows",
            "hold|holds|held|holding ~3 arms ~1 up ~3 hour|hours",
            "soles of his feet|soles of her feet|wooden rod|with a rod|with a stick",
            "kneel|kneeling|kneels ~3 rice|uncooked rice|for hours",
            "knees were bleeding",
            "held|holds|pressed|put ~3 it|his hand|her hand ~3 on ~2 the? ~1 stove|burner|iron|hot",
            "round burn|round burns|round scars|cigarette tip|size of a cigarette|cigarette burns",
            "hair missing|patch of hair|bald patch",
            "look like fingers|finger marks|finger-shaped|fingermarks|finger shaped",
            "marks|bruises|welts ~4 both|upper ~1 arms|legs",
            "not supposed to talk about",
            "by themselves|by theirselves|solos ~3 fin de semana|todo el|dias",
            "left ~6 at home ~3 day|days|week",
            "dint|didnt|havent|hasnt|no ~1 fed|feed|eaten", "fed us|no food since|not eaten since",
            "no food punishment|without food|with out feeding|without feeding|sin comer|pidiendo comida|asking for food|takes food out of|lunchboxes",
            "same clothes|lice|sores on|healing sores|rash is bleeding|bottles are mostly water|so small for|clean diaper",
            "broken wrist|broken arm|broken bone|third thing broken|quemaduras|cigarette burns|purple stripes|stripes on|split my eyebrow|busted lip|knot on her head|knot on his head",
            "throws|threw|throwing ~3 whatever|things|stuff ~3 at me|at us|closest",
            "stand ~3 in the garage|outside|in the cold|in his underwear|in her underwear",
            "hot sauce ~3 mouth", "tapes ~3 mouth", "dog crate|in a crate|in the crate",
            "held|holds|pushed ~3 my|his|her ~1 head under",
            "spanks|spanked|spanking ~9 until|snaps|stripes|bruises|marks|welts",
            "lo castigo|lo castigó|la castigo|la castigó|le pego|le pegó",
            "uses|use|used|using ~3 a|the|his|her ~1 koboko|slipper|chancla|belt|cord|wire|hanger|hose|manguera|rolling pin|switch|paddle|stick|spoon|cane|broom|remote ~3 on ~1 me|us|him|her|them",
            "koboko|rolling pin|wire hanger|manguera|pedazo de manguera|la chancla|el cinturon",
            "hand ~3 on ~2 a|the ~1 hot ~1 stove|stove eye|burner|iron|comal",
            "comal caliente|en el comal|ampollas",
            "finger shaped|finger marks|welts ~3 on|across|calves|legs|back",
            "skin ~3 around ~2 his|her|eye ~2 purple|black|bruised",
            "piernas ~2 moradas|morados|todas moradas",
            "leaves|leave|left|deja|dejo ~3 me|us|him|her|them|the kids|the baby|sus ~2 alone|solos|solitos|with chips|in the car|for the weekend|by ourselves",
            "left|leaves|leaving|leave ~4 in the car|windows cracked",
            "no lights|lights went off|aint had lights|no food|no coat|no heat|no electricity|sin luz|sin comida",
            "smelling of|smells of|smelling like|matted|same clothes|same leggings|roaches|roachs|dog poop|poop all over|rash all over|dirty diaper",
            "eating ~2 out of|from ~1 the ~1 dumpster|trash|garbage",
            "buscando comida|keeps asking for food|asking for food|we only eat at school|one meal|lock on the fridge|padlock on the fridge|locked fridge|chain on the fridge",
            "never been to a doctor|no shots|no checkups|hasnt seen a doctor|no lo llevaron|wont take him to the doctor|wont take her to the doctor|forgets the insulin|forgot the insulin|inhaler ran out|no inhaler|cheek is swollen", "wont give ~3 insulin", "tooth ~4 hurting ~3 months",
            "nodding out|noddin|nodding off|passed out|forgot to pick up|se olvidan de nosotros|se olvidan de", "high ~3 with the baby",
            "deadbolt|chain lock|padlocking|padlocked|padlock ~4 outside|door|me|laundry",
            "lock|locks|locked ~2 me|him|her|them ~1 in ~3 every night|all weekend|room|basement|closet|laundry",
            "pee in a bottle|a bucket|slide food",
            "makes ~2 him|her|me ~2 sleep in the garage|eat in the basement|eat alone|stand in the corner",
            "ate dinner alone in the basement|on the concrete floor");
        Cue(Grooming,
            "special time|our special time|our time",
            "get me drunk|gets me drunk|tryna get me drunk|trying to get me drunk",
            "walked|walks|came ~0 in ~4 shower|bath ~6 didnt leave|did not leave|stayed|watched",
            "money|cash|gift cards|robux|vbucks ~0 for ~0 pictures|pics|photos|nudes",
            "meet me ~6 come alone|alone",
            "special grown up|grown up things|grown up games|special games|special things ~6 alone|when were alone|at night",
            "comes|came|coming ~0 in|into ~0 my ~0 room ~6 at night|after ~2 falls asleep|when everyone",
            "just cuddles|only cuddles|special cuddles",
            "buys|bought|gets|gives ~0 me ~4 stuff|things|airpods|trainers|presents|gifts|phone|vapes",
            "dont mention|don t mention|not to mention|dont tell|not to tell ~4 parents|mum|mom|dad|anyone",
            "quiet game|keep my eyes shut|keep her eyes shut|keep his eyes shut",
            "don t tell mom|dont tell mom|don t tell your mom|dont tell your mom ~3 sad|or she ll|or she will|or you ll",
            "grown man s car|grown mans car|he s at least 30|hes at least 30|at least 30|twice her age|twice his age",
            "que los borre|que las borre|borra los mensajes|borrar los mensajes|fotos sin ropa|fotos desnuda|fotos desnudo|pidio fotos|pidió fotos",
            "overnight ~2 trips|trip|mentoring ~6 just the two of them",
            "just the two of them|alone with him overnight|alone with her overnight",
            "mailed him|mailed her|sent him|sent her ~1 a ~1 gift card|gift cards|phone|present",
            "a grown man|grown man online|an adult online|older man online",
            "gift cards|giving her gift|giving him gift",
            "messaging|messages|texting|texts|dms ~1 her|him ~2 at night|late at night",
            "their thing|our thing|shouldn t tell|shouldnt tell|not to tell ~3 me|mom|parents|anyone",
            "comes in my room at|comes into my room at ~1 night|nite",
            "are secret|our secrit|our secret|its a secret|it s a secret",
            "out alone on|taking ~3 out alone|takes him out alone|takes her out alone|wrestling game",
            "sleeps with the light on|won t go to church|wont go to church|cries at night",
            "on his lap|secret game|our little secret",
            "delete ~2 their|the|our ~1 messages|chats|texts",
            "gift cards",
            "closet alone|alone and closing the door|alone and shuts the door|alone and locks the door",
            "cries when he sees him|cries when she sees her|screams when he sees him|scared of him when",
            "sends me pictures|sent me pictures|sends me photos|sent me photos|asks me for pictures|asked me for pictures|asks for pictures|wants pictures",
            "one on one|one-on-one|mentoring drives|between him and god|just between us|made her promise not to tell|made him promise not to tell|teach her grown up things|grown up things|grown-up things|takes baths with|locks the door",
            "tickles my|tickle my|entra al bano|no le diga a mi mama|no le digas a tu mama|wetting the bed again",
            "wetting the bed|bedwetting|nightmares|wont let me wash|cries when|screams when ~3 tuck|goes stiff|flinches",
            "second phone|secret phone|after midnight|texting ~2 after midnight",
            "more mature than|mature for her age|mature for his age",
            "model|modeling|modelling ~4 photos|pictures|swim trunks|underwear",
            "takes photos|taking photos|takes pictures|taking pictures",
            "cash|new sneakers|video games|buying him|buying her",
            "special|speshal ~1 student|boy|girl|friend|helper",
            "send|sends ~3 pictures|picturs|pics|photos ~3 shower|showers|bath",
            "solo ~1 drives|rides|trips",
            "snaps me at night|snaps her at night|texts me at night|messages at 2am|mensajes raros|a las 2am|soy su favorita|your my favorite|im his favorite|im her favorite|special connection|i was chosen|god wants us close|between us|just between us",
            "gave me his|gave her his|me regalo|me regaló|bought her a phone|phone he bought her|new airpods",
            "parks somewhere|takes her out on|dates|on dates|picks her up from|boyfriend turns out to be|turns out to be <num>",
            "under the blanket|plays a game with him|plays a game with her|a game with me|le duele|alla abajo|allá abajo",
            "get in bed with|gets in bed with|in bed with her|in bed with him|tuck her in|tuck him in|sleeps in her bed|sleeps in his bed",
            "grown up stuff|grown-up stuff|asks if i want to try|body checks|weigh ins|model in his|model for him|calls her his wife|his wife as a joke|squirms",
            "bana a|baña a|le baña|la baña|lo baña",
            "marrying her to|marry her to|forced to marry|casar con",
            "stay after|stay over|sleepover|sleep over|alone with|one on one|rides|giving him beer|gave him beer|vapes|airpods|gift card|gifts|regala|dulces|dinero|prepaid phone|secret phone|texting me every night|late at night|more mature|so mature|mature for|god put me|special interest|took an interest|traded pics|pics|videos cochinos|dirty videos|porn|airdropping|airdropped|picks me up|around the corner|so my mom doesnt|dont tell my mom|doesnt want my parents", "drives ~2 her|him|me ~1 home", "sent ~2 a ~1 phone", "messages ~2 late at night", "collects the ~2 phones",
            "<num> m|<num>m|is 23|is 24|is 25|is 26|is 28|is 30|hes 23|hes 24|hes 25|hes 26|hes 30|like 30",
            "puts ~2 his|her ~1 hand ~2 where|on my|under",
            "acting sleep|pretend to sleep|pretending to sleep|act asleep",
            "rapes her|raped her|rapes him|molests",
            "le ensena|le enseña|la lleva a pasear|lo lleva a pasear");
        Frame(NotAbused,
            "wonderful|great care|good care|well cared|well taken care|loves it there|happy there|amazing staff|staff are great|the nurses are wonderful|doing great|doing well|thriving|in good hands");
        Cue(Neglect,
            "out ~1 on ~1 the ~1 balcony ~6 alone|on his own|on her own|for hours|crying|in a nappy|in the cold|in the rain",
            "crying and banging ~3 door|glass|window",
            "leaves|left|leaving ~2 kids|children|@child ~3 alone ~2 overnight|all night|for days",
            "asked ~6 if ~1 she|he|we|i|they ~0 had ~1 any ~0 bread|food|anything to eat",
            "goes|go|went ~0 to ~0 work ~6 doesnt come back|does not come back|comes back ~2 next day|till the next day",
            "look after my ~2 brother|sister ~4 im <minor>",
            "nobody got ~2 stitched|never got ~2 stitched|healed open|nobody took ~2 to the doctor|no one took ~2 to the doctor",
            "food ~0 out of|from ~0 the ~1 bin|bins",
            "not allowed to eat|isnt allowed to eat|is not allowed to eat",
            "in just|only ~0 t shirts|nappies|diapers ~4 at night|10pm|11pm|in november|in winter|cold",
            "locked out ~8 pyjamas|crying|cold|dark|night",
            "back door locked ~8 crying|pyjamas|night",
            "asked ~4 if i had ~1 any ~0 bread|food|anything to eat",
            "never seems to go to school|never goes to school|not even to school|doesnt go to school",
            "gone since|been gone for ~3 thursday|friday|monday|days|a week|the weekend",
            "eating dry cereal|dry cereal out of the box|flinchs",
            "me encierra|me encierran|no me da de comer|no me dan de comer|sin comer todo|solo agua del",
            "haven t bought groceries|havent bought groceries|no groceries in|no food in the house|living on the bag|lives on the bag",
            "comes in starving|come in starving|hoarding crackers",
            "flinched|flinches|flinch when",
            "nobody evr comes|nobody ever comes|leave ~3 with a suitcase|alone in ~3 hot car|in a hot car",
            "alone ~4 for ~1 three|two|four|five|<num> ~0 days",
            "asked me for bread|asked for bread|asking for food|asked me for food",
            "havent seen their mom|haven t seen their mom|havent seen their dad",
            "neglects|neglected|neglecting|neglect|abandoned|abandons",
            "lights|power|electricity|water|heat ~2 shut off|cut off|got cut|turned off|got shut",
            "run out of|ran out of|last of the|havent heard from her since|havent heard from him since", "nothing left ~2 eat|food|cereal|diapers|formula|milk",
            "hasnt|has not|havent ~2 been|come ~2 home|back",
            "left ~3 monday|tuesday|wednesday|thursday|friday|saturday|sunday|days|last|and",
            "locked|locks|lock|locking|locks|shut|shuts ~3 in|inside|up ~3 room|closet|basement|bathroom|garage|cage|crate|shed|dark|bedroom|all day|for hours|for days",
            "no|without|not enough|never any ~1 food|dinner|meals|eating|water|groceries|breakfast|lunch",
            "not ~1 fed|being fed",
            "hungry|starving|starve|starved|malnourished|hambre|sin comer|sin comida",
            "left|leaves|leaving|leave ~4 alone ~3 days|day|night|nights|overnight|weekend|hours|week|all",
            "alone for ~2 days|hours|the weekend|nights|a week",
            "dirty|soiled|full ~1 diaper|diapers|clothes|same clothes",
            "wandering|walking|wanders|wandered ~3 out|alone|outside|street|night|road|parking",
            "got out ~4 at night|alone|outside|street|road|in a diaper|in just",
            "no heat|no electricity|no power|no water|in the cold|in the dark",
            "lo encierra|la encierra|los encierra|lo encerro|la encerro|los encerro|los deja solos|lo deja solo|la deja sola|solos por dias");
        Cue(HarmUrge,
            "pillow over ~2 face",
            "thoughts of ~2 throwin|throwing|shaking|hurting|smothering|dropping",
            "standing over ~3 bassinet|crib ~3 holding|with",
            "ganas de ~2 taparle|aventarlo|sacudirlo|pegarle",
            "urge|urges|thoughts|thougts|thought|picturing|pictured|imagining|imagined|intrusive|scared i|afraid i|scared ill|afraid ill|want to|wanted to ~4 hurt|hurting|shake|shaking|smother|smothering|harm|harming|drop|dropping|drown|drowning|suffocate|suffocating|put a pillow|pillow over",
            "throw|throwing ~2 him|her|the baby|my baby ~3 wall|against|across|down");

        // Sexual assault: sex or sexual touching without consent.
        Cue(Sexual,
            "between my legs|between her legs|touching between",
            "a wifes body|a wife s body|her body|my body is not my own|not being her own|wifely|motel room|hotel room",
            "does not refuse|doesnt refuse|wife does not|his wife|wifely|marital|estar con el|estar con ella|cumplir",
            "leggings|jeans|scrubs|mattress|matress|guest room|couch|the bed|his place|his room|back seat|the bathroom|locked it|his truck|his car|hotel room|my room",
            "oral|preform oral|perform oral|topless|posing me|bikini|shorts|gown|senos|mis partes|alla abajo|inner thighs|tights|panties|condom|condum|took it off|finished inside|pushed in|went for more|fooling around|messing around|messin around|making out|handsy|all over me|hand down|hand inside|hand under|tent|bunk|mi cama|en mi cama|se mete|bathroom|one last time|did things|did stuff|being nice|purity|first night|shower|showers|sin ropa|pants off|encima",
            "sex|sexual|sexually|slept with|sleep with|sleeping with|hooked up|hook up|hookup|intercourse|penetrat*|inside me|on top of me|on top|undress*|clothes|pants|shirt|dress|underwear|panties|bra|naked|nude|kiss|kissed|kissing|touch*|grop*|fondl*|fingered|oral|blowjob|bj|went down|his hand|her hand|stuff to me|did things|things to me|do things|smashed|smash|hit it|relaciones|sexo|me toco|desnuda|desnudo|encima de mi|la ropa|me beso|cama|bed",
            "hands ~2 up|under|down|in ~1 my|her",
            "he did it|did it to me|the whole time he|date|went out with|his place|his apartment|his room|his car|back to his|her place|rape kit|in the shower|a room|un cuarto|me tapo la boca|tinder|hinge|bumble|dating app");
        Cue(SaidNo,
            "le dije que no|dije que no|le decia que no|i tell him no|told him no",
            "told him ~3 times to stop|told him to stop ~3 times|told him like 3 times",
            "said|saying|say|told him|told her|tell him|kept saying|begged|beg|asked him|asked her ~1 no|stop|didnt want|dont want|wasnt ready|to stop|i didnt want to|i dont want to",
            "le dije que no|dije que no|decia que no",
            "keep saying no|kept saying no|i said no|said no");
        Cue(NoConsent,
            "do|did|doing ~1 stuff|things ~6 didnt want to|did not want to|didn t want to",
            "made me|makes me|forced me to ~1 preform|perform|give|do ~1 oral",
            "done|did ~0 stuff|things ~2 i said no to|i didnt want",
            "didnt feel like i had a choice|didnt have a choice|had no choice ~6 his place|work it off|sex",
            "la obliga a|me obliga a|me obligo a|la obligo a ~2 cosas|hacer cosas|tener relaciones",
            "touches|touched ~0 me ~0 in ways ~4 arent|not",
            "puts|put|putting|shoved|stuck ~0 his|her ~0 hands|hand ~0 down|up|inside ~0 my ~0 trousers|pants|shirt|skirt|top|knickers",
            "me tapo la boca|me tapó la boca|covered my mouth|hand over my mouth|put his hand over my mouth",
            "touches|touched|touching ~0 me ~0 in places|where ~6 no need|shouldnt|should not|tell him to stop",
            "had me kneel|made me kneel|made me get on my knees",
            "do i want to keep my job|if i want to keep my job|my visa depends|visa depends on",
            "say no|said no|i tell him no|told him no ~4 carries on|carried on|keeps going|kept going|doesnt stop|didnt stop|just carries on",
            "held|pinned|holding ~1 my|her|your ~0 wrists|arms|hands ~3 down",
            "finished anyway|kept going anyway|carried on anyway|did it anyway",
            "went still|just went still|go still|froze and ~3 waited ~4 over|waited for it to be over",
            "took advantage of ~0 me|her|him",
            "too intoxicated|too drunk|too out of it ~2 to ~0 stand|walk|consent|say|move",
            "woke up|waking up|desperto|despertó ~6 hotel room|room i didnt|strange room|ropa al reves|sin ropa ~6 sore|moretones|bruises|alone|dolor",
            "moved|put|slid ~0 his|her ~0 hands|hand ~4 somewhere|where ~4 hadnt|had not|didnt|did not ~0 agreed|agree|want",
            "doesn t remember how she got home|doesnt remember how she got home|don t remember how i got home|dont remember how i got home",
            "has a video of her|has a video of me|has a video of him",
            "came to with|woke up with ~2 my ~1 pants|jeans|shorts|underwear ~1 down|off",
            "no recuerda nada|no recuerdo nada ~4 trago|primer trago|fiesta",
            "sin su ropa interior|sin mi ropa interior|sin ropa interior|desperto sin|despertó sin|desperte sin|desperté sin",
            "next thing i remember|next thing i knew ~5 bed|his bed|guys bed|jeans|pants|clothes",
            "jeans are off|jeans were off|pants were off|pants are off|clothes were off",
            "to drunk|too drunk ~3 stand|stand up|walk|move|talk ~10 anyways|anyway|still",
            "rough ~3 even when i cry|even though i cry|even when im crying|even when i m crying",
            "to drunk|too drunk ~3 stand|stand up|walk|move|talk ~5 still|anyway",
            "said i m not sure|said im not sure|said i wasn t sure|said i wasnt sure ~6 kept going|keep going|didn t stop|didnt stop",
            "wouldnt let go|wouldn t let go|would not let go",
            "wouldnt stop when i|wouldn t stop when i|didnt stop when i|didn t stop when i|kept goin|kept going when",
            "me forzo|me forzó|me arrincono|me arrinconó|me metio la mano|me metió la mano|debajo del vestido|no me dejaba ir",
            "carrying her upstairs|carried her upstairs|wouldnt unlock|wouldn t unlock|until i gave him|pulled my tights down|pulled my pants down|pulled my skirt up",
            "too drunk to say no|to drunk to say no|with me anyway|had sex with me anyway",
            "wouldnt let her out|wouldn t let her out|wouldnt let me out|wouldn t let me out|gave him what he wanted",
            "holding my arms while|one holding my arms|woke up with two guys",
            "without asking|without saying anything|without my permission|longer than he needs",
            "took the condom off|removed the condom|stealthing|held my wrists when|held me down when i",
            "forced him into|forced her into|forced me into|wouldnt leave until|would not leave until|got into bed with|while she was blackout|while i was blackout|blackout drunk and|me obligo a|obligo a hacer|cosas sexuales",
            "pinned my wrists|pinned her wrists|locked the door and i froze|did what he did|touched me there|moved the towel",
            "goes ahead regardless|went ahead regardless|regardless of what i say|regardless of what i said",
            "waking up in ~4 motel|hotel|strangers|room|bed",
            "dress on backwards|clothes on backwards|was sore in|i was sore",
            "tasted ~2 salty|weird|funny|strange",
            "in a strangers bed|strangers bed|in a stranger s bed",
            "so i let him|i let him|had no choice|or he would ~4 evict|eviction|fire|deport|file",
            "forced|pushed|held|pinned ~1 me ~1 down",
            "too scared to scream|too scared to move|too scared to say",
            "holds|held|holding|hold|pins|pinned|pinning ~2 my|her ~1 wrists|arms|hands ~1 down",
            "doesnt stop|does not stop|wont stop when|no para hasta|no paraba",
            "did everything he said|did what he said|thought hed hurt me|thought he would hurt me|because i was scared",
            "couldnt get any words out|couldnt speak|couldnt talk|couldnt say anything|no words came out",
            "said nobody would believe|nobody believes|nobody would believe|left a hundred|owed him|i owed him|pay for shoots|in exchange|or ill fire|or he would",
            "pretended to be asleep|pretend to be asleep|pretending to be asleep",
            "everything went black|everything went heavy|went heavy|hit way different|threw up in his car|cant stand up wasted|cant stand wasted",
            "me echaron algo|echaron algo|me pusieron algo|me drogaron|roofied|roofies",
            "said chill|said no thanks|kept saying relax|u want this|you want this",
            "goes ahead anyway|went ahead anyway|did it anyway|does it anyway|keeps going anyway|made me do stuff|made me do things|duty as a wife|wifely duty|my duty|his right|obligation as|me obliga|obliga a tener|mi deber como|mi obligacion|su obligacion",
            "without telling me|without asking|wouldnt take no|would not take no|didnt respect my no|take no for an answer",
            "said ~3 wait|not ready|take it slow|nah im good|im good|i need time|please no",
            "just kept|kept on going|turned me over|held my wrists|held my arm|held my arms|held him down|held her down|pinning my hands|pinned my hands|pins my arms|pinned my arms|forcing it|forcing himself|forsed|forced it on",
            "or kicked out|get me kicked out|get me fired|lose my job|call immigration|le llama a la migra|migra|inmigracion|depended on|contract renewal|unless i came|unless i did",
            "too faded|too slumped|too out of it|too weak|too wasted|unconcious|unconsious|came to|no idea how", "lost ~1 four|three|two|several|a few ~1 hours",
            "something in my|put something in|algo en la bebida|me pusieron algo|no me acuerdo|dont remember agreeing|didnt say yes|i just lay there|just lay there|crying into the pillow|stopped fighting|stop fighting|pushed his hands away|pushed her hands away|le digo que no y sigue|me quede congelada|congelada|congelado|no me podia mover",
            "que parara|que se detuviera",
            "kept going|didnt stop|wouldnt stop|did not stop|would not stop|never stopped|kept on|carried on|didnt care",
            "too|so|very|super|completely ~1 drunk|high|wasted|out of it|gone|blacked out|fucked up|messed up|faded ~3 to|stand|walk|talk|move|remember|consent|know",
            "blacked|passed ~1 out",
            "while|when ~2 i|she|he|was ~1 was? ~1 asleep|sleeping|passed out|unconscious|blacked out|out cold|half asleep|dormida|inconsciente",
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
                        "drugged|roofied|roofies|roofie|spiked|slipped me|slipped her|me drogo|me drogaron", "something in ~1 my|her|his ~1 drink",
            "without ~2 consent|permission|asking|my ok",
            "didnt|never|did not|couldnt|could not ~1 consent|agree",
            "took advantage",
            "cried|crying|was crying|sobbing ~4 he|she|him|kept|didnt|wouldnt",
            "didnt|wouldnt|did not|would not ~1 stop ~4 crying|cried|begged|said|cry",
            "push|pushed|pushing|pull|pulled ~2 his|her ~1 hand|hands ~1 away|off",
            "tries again|tried again|keeps trying|kept trying",
            "no queria|no quise|me forzo|me obligo|sin mi consentimiento|abuso de mi|se aprovecho");
        Cue(Froze,
            "lie there ~3 wait ~4 over|end|finish",
            "too shocked to move|couldnt move|could not move|couldn t move", "froze|frozen|freeze|freezing|couldnt move|could not move|couldnt fight|could not fight|paralyzed|me paralice|no me pude mover|just laid there|just lay there");
        Cue(SexualAssaultWord,
            "got sa d|got sa ed|got sad|was sa d|sa d me|sa ed|sexually assaulted|wouldnt let her leave|wouldn t let her leave",
            "me violaron|me violo|violada|violacion|me abuso|abuso de mi",
            "@grownup ~1 touches|touching|touched|rubs|rubbing|feels ~0 me ~3 at night|in my bed|in my room|under my|down there|my privates|my private",
            "hands all over me|mouth ~3 all over me|hands under my ~1 dress|skirt|shirt|blouse|top",
            "hand|hands ~2 inside|in|under|up ~2 my ~1 bra|blouse|top",
            "touched|grabbed|groped|fondled ~2 my ~1 breasts|breast|crotch|chest ~3 between my legs",
            "touched ~3 between my legs|between my legs",
            "put his fingers in me|fingers inside me|his fingers in|without gloves",
            "bruises on the insides of my thighs|insides of my thighs|inner thighs",
            "pushed|pushes|pushing|kept pushing ~2 me ~2 back ~1 down",
            "climbed over|climbed on top|got on top|on top of me|encima de mi",
            "got in my bed|got into my bed|slid his hand under|slid her hand under", "came into ~2 guest room", "my room ~3 touching",
            "moving my knees apart|spread my legs|bends me over|bent me over|how models pay",
            "hand on my breast|hands on my breast|kept his hands on me|grabbing between my legs|grabbed between my legs|grabbed me from behind|held my mouth shut|covered my mouth|pulled my scrubs|pulled my shorts|pulled my pants|peeling my jeans|pulled my leggings|leggings pulled down|pants pulled down|jeans were unzipped|pants undone|no pants|underwear gone|underwar gone|sin mi ropa interior|sin ropa interior",
            "shoved my hand|forced my hand|put my hand on him",
            "wouldnt let her leave|wouldnt let me out ~4 til|until", "til he was done|until he was done|till he finished|until he finished",
            "forsed himself|forced himself|forced herself",
            "hand|hands ~2 down|inside|in|under|up ~2 my|her ~1 shorts|pants|bikini|gown|shirt|skirt|dress|underwear|bottoms",
            "feelin all over me|feeling all over me|got handsy|groped|grabbed my ~1 breast|breasts|butt|crotch|ass",
            "pushed|pulled|put ~2 my hand|my hands ~2 down onto|on ~1 him|his",
            "took off the condom|took the condom off|slipped it off|stealthed|stealthing",
            "did things to|did stuff to ~1 me|him|her",
            "me toca mis partes|me toco los senos|me toca|me tocó|me manosea",
            "hand|hands ~3 between my legs|up my skirt|down my pants|in my pants|under my shirt|up my shirt|between her legs|up her skirt|down her pants",
            "manoseo|me manoseo|me manoseaba|me bajo el pantalon|rape|raped|raping|rapist|rapes|rapped|r4ped|r4pe|sexually assault*|sexual assault|sexually abused|sexual abuse|date rape|assaulted me|assaulted her|assault me|molested me|molested her|groped me|groped her|violada|violado|violacion|me violo|la violo|abuso sexual|abusaron de mi|abuso de mi|non consensual|nonconsensual|sa d me|sad me");

        // Older and dependent adults: neglect, harm, exploitation.
        Cue(Elder,
            "downs syndrome|down s syndrome|learning disability|learning disabilities|advanced ms|motor neurone|has ms",
            "memory care|a resident|residents",
            "moved his mother in|moved her mother in|moved his father in|moved her father in|his elderly|her elderly",
            "group home|down syndrome|disabled brother|disabled sister|special needs|after her stroke|after his stroke|went blind|had a stroke",
            "lola|lolo|nanay|tatay|papaw|mamaw|meemaw|pawpaw",
            "gramma|grandmom|granma|gran ma",
            "representative payee",
            "is about|about|around|almost|nearly ~0 <old>",
            "caretaker|caretakers",
            "im|i am|iam|i m ~0 <old>",
            "shes|hes|she s|he s|she is|he is ~0 <old>",
            "tengo <old> anos|tengo <old>",
            "mother in law|father in law|mother-in-law|old lady|old man|useless old|old bag|grandmas|grandpas|abuela|abuelo|widow from|dads home|moms home",
            "hip surgery|hip replacement|arthritis|cane|walker|hearing aids|dentures|widow|widower|pension|discapacidad|discapacidad intelectual|disabeled|disibility|schizophrenia|payee",
            "@elder|@parent|dad|mom|grandma|grandpa|grandmother|mother|father|man|lady|guy|mr|mrs|abuelito|abuelita ~3 <old>",
            "mid 80s|mid 70s|mid 90s|late 80s|late 70s|<old> btw|de <old>|<old> anos",
            "board and care|care home|the home|facility|memory care|group home|assisted living|asisted living|nursing home|home health|meals on wheels|hospice|live in helper|live-in helper|aide|agency",
            "intellectual disability|cerebral palsy|brain injury|autism|autisim|autistic|down syndrome|lewy body|dementia|alzheimers|parkinson|stroke|congestive heart|hip replacement|bone cancer",
            "widowed|widow|widower|va disability|pension|social security|annuity|ssi|retirement",
            "@elder",
            "old|older|elderly|aging|aged|frail|ailing|sick|widowed|disabled ~1 mom|mother|dad|father|parents|parent|man|woman|lady|neighbor|neighbour|aunt|uncle|people|folks|lady",
            "<old> ~1 year|years|yr|yo ~1 old",
            "<old> ~0 yo|year old|years old",
            "in ~1 his|her|their ~1 70s|80s|90s|seventies|eighties|nineties",
            "hes|shes|is|aged|age|tiene ~0 <old>",
            "hes|shes ~1 old|elderly|frail",
            "dementia|alzheimers|alzheimer|parkinsons|memory care|nursing home|care home|assisted living|retirement home|group home|home health|caregiver|caregivers|carer|carers|aide|aides|home aide|attendant|bedridden|wheelchair|hospice|oxygen|walker|stroke|facility",
            "disabled|disability|down syndrome|downs syndrome|cerebral palsy|nonverbal|non verbal|autistic|intellectual disability|special needs|paralyzed|paralysed|quadriplegic|dependent adult|vulnerable adult|conservatorship|guardian|guardianship|ssi|disability check",
            "anciana|anciano|ancianos|mayor|silla de ruedas|demencia|asilo|residencia|cuidadora|cuidador|abuelita|abuelito");
        Cue(ElderHarm,
            "kinder if we|better if we ~2 went|go|both went ~1 together",
            "take her with me|take him with me|go together quietly",
            "pressure sores|bedsores|bed sores ~6 worse|getting worse|not being turned|heels",
            "pain patches|patches ~4 gone|missing|early",
            "hair matted|matted hair|not been turned|not being turned",
            "signed ~2 the ~1 farm|house|bungalow|flat ~2 over",
            "does all the talking|mouthed ~1 help",
            "withdrawing|withdrew|taking out|took out|pulled ~3 thousands|cash ~6 he|she|younger man|nephew",
            "using his|using her|use his|use her ~1 place|flat|house ~4 drink|drinking|dealing",
            "buying|buys|bought ~2 their ~2 food|fags|drink|drinks ~3 with his|with her ~1 benefits|money",
            "selling ~2 his|her ~1 farm|house|home ~4 doesnt know|does not know|without",
            "power of attorney|poa ~8 selling|sold|without asking|without telling",
            "shouts at me til i sign|until i sign|makes me sign|made me sign",
            "fingermarks|finger marks|grip marks",
            "soaked|soiled|wet ~0 pad|pads ~4 at|all day|afternoon",
            "had him wire|had her wire|wire her|wired her|wire him|wired him ~4 over|money",
            "nicking|stealing|taking|swapping ~0 her|his ~0 morphine|patches|meds|medication|painkillers",
            "shouting|calling|crying ~0 for help ~4 letterbox|door|window",
            "my|her|his ~0 pension ~0 goes|went|paid ~2 into",
            "have to ask ~2 for ~0 money|my own money",
            "withdrawals ~6 casino|i didnt make|i did not make|betting",
            "says ~0 i|she|he ~0 signed ~0 the ~0 forms|papers",
            "keeps|has|took|taken ~0 my|her|his ~0 bank card|pension card|cards",
            "eat|eats ~0 once a day|one meal a day",
            "no drink|no water ~2 in reach|within reach",
            "lips ~2 cracked|hadnt passed urine|hasnt passed urine|left in bed ~3 since|all day",
            "changed the locks|told me ive no right|told me i have no right|sleeping on a camp bed",
            "keeps ~0 signing ~4 doesnt know|does not know|cant read|without her glasses|without his glasses",
            "cobro|cobra|cobraba|se queda con ~2 su ~0 pension|jubilacion|cheque",
            "desnutrido|desnutrida|llagas|escaras|bedsores|pressure sores|malnourished|starving",
            "locked from outside|locked from the outside|la encierra|lo encierra|encerrada|encerrado ~4 con llave",
            "savings ~4 went from|gone from|dropped from|down to|under",
            "slurring ~8 cut|bruise|bruises ~4 head|face|arm ~4 wont explain|won t explain|doesnt explain",
            "wont let ~0 us|me|anyone ~0 see|visit|talk to ~0 him|her",
            "im so cold|i m so cold|so cold ~4 letterbox|door|please",
            "mojada|mojado|sucia|sucio ~3 y ~0 llorando",
            "account is basically empty|basically empty|maxed out",
            "has scratches|has bruises|no hurting",
            "slap a resident|slapped a resident|slaps residents|takes residents",
            "dirty diaper|dirty diper|soiled diaper|room was freezing|room was freezng",
            "ties ~2 to her chair|tied to her chair|ties grandma|ties grandpa|tied to his chair",
            "calling out for water|calling for water|begging for water|sounded like a slap|sound of a slap",
            "took her purse|took his wallet|took her wallet",
            "touches my breasts|touched my breasts|between my legs|when he helps me bathe|when she helps me bathe",
            "checking account is empty|account is empty|can t even afford her|cant even afford her|can t afford her heart|cant afford her heart",
            "account is down|account went down|down ~2 thousand dollars|forty thousand|thousands of dollars gone",
            "same nightgown|same clothes every time|same clothes every",
            "new scratches|new bruises|new marks",
            "doesn t give him|doesnt give him|doesn t give her|doesnt give her|won t give him|wont give him|won t give her|wont give her ~2 his|her ~1 insulin|meds|medication|medicine|pills",
            "added herself|added himself ~2 to the deed|to the account",
            "changed his number|changed her number|so we can t reach him|so we cant reach him|so we can t reach her|so we cant reach her",
            "social security is gone|check is gone|gone by the|fridge is empty",
            "has my debit card|has her debit card|has his debit card|takes the money before|gets ugly when",
            "locks me in|locked me in|locks me in the back room",
            "slaps|slapped|hits ~1 my ~1 lola|lolo|grandma|grandpa|nana|granny|abuela",
            "recliner all day|pee on the floor|hasnt had his meds|hasn t had his meds|hasnt had her meds|cusses him out|cusses her out",
            "stealin|stealing|steals ~2 her|his ~2 pain pills|pills|meds",
            "pushs him around|pushes him around|pushes her around|dont feed him|don t feed him|doesnt feed him|doesn t feed him|dont feed her|doesnt feed her",
            "answers the door and says|asleep every time|never see him outside|never see her outside",
            "gets into bed with her|comes into her room at night",
            "steals|stealing|stole|takes|took|jacking|jacked|cashes|spends ~2 her|his|grandmas|grandpas ~2 pension|penshun|social security|ssi|check|checks|benefits|disability",
            "going to her account|going into her account|going to his account|fridge was empty|eating the cat s food|eating cat food|cat food",
            "padlocks|padlocking|locks her in|locks him in|from the outside",
            "coat in bed|no heat|hasnt paid|hasn t paid|degrees in her|degrees in his",
            "le pegan|marcas en la cara|la saque de ahi|lo saque de ahi",
            "not up for visitors|wont let me see her|won t let me see her|wont let me see him|won t let me see him",
            "unheated garage|sleep in the garage|sleeps in the garage|on a cot in",
            "robbing|robbed ~2 blind",
            "robbing ~1 my|her|his ~1 nana|grandma|grandpa|mom|dad|mother|father",
            "yanks|yanked|yanking ~2 my|her|his ~1 arm",
            "skin tears|if i complain|make it worse",
            "running out too early|runs out too early|keeps running out|always has money now",
            "stealing|stole|steals ~3 from ~1 our|their",
            "pushed me so i fell|pushed me and i fell|shoved me so i fell|shoved me and i fell|pushed her so she fell|pushed him so he fell",
            "shoves her when|shoved her when|shoves him when|shoved him when|shoves her around|shoves him around",
            "bruised cheek|walked into a door|arm in a ~1 sling|homemade sling",
            "took|takes|taken ~2 my|her|his ~2 car keys|bank cards|checkbook|check book",
            "too old to handle money|go to a home if|put me in a home|short for my prescriptions|always short for|afford groceries|cant afford groceries",
            "now on his bank account|now on her bank account|shes on his bank account|hes on her bank account|will was changed|changed his will|changed her will|change his will|change her will|too tired for visits",
            "gave him her checkbook|gave her his checkbook|her checkbook|his checkbook|keeps asking for more|asking for more money",
            "extra ~2 sleeping ~1 medicine|meds|pills|barely recognizes|keeps her drugged|keeps him drugged",
            "back room|only feeds ~1 her|him ~2 once|feeds her once|feeds him once",
            "bedsores|bed sores|sheets were soaked|soaked sheets|soaked in urine|refuses to be changed|sitting in her own|sitting in his own",
            "stealing|steal|stole|steeling|stealin ~3 our|her|his ~1 jewelry|jewlery|jewellery|pain meds|meds|money|pension|rings",
            "scamming|scammed|scam ~4 her|him|abuela|grandma|grandpa|out of",
            "wire|wired|wiring ~2 him|her|them ~3 retirement|savings|money|life savings",
            "me encierra|me encierran|no me deja usar|no me dejan usar|me quita el dinero|me quitan el dinero",
            "calling ~3 for water|for help",
            "havent seen him in|havent seen her in|haven t seen him in",
            "slap|slapped|slaps ~2 mama|papa|mom|dad|grandma|grandpa|her|him ~3 across the face|face",
            "sweater ~3 sold|sold her|sold his",
            "selling ~2 it|my|her|his ~2 pills|oxycodone|meds|medication|pain",
            "drug seeker",
            "reverse mortgage|took out a ~2 mortgage|loan on her house|loan on his house|never agreed to",
            "keeps her in her bedroom|keeps him in his bedroom",
            "taken away ~2 her|his ~1 car keys|keys|telephone|phone",
            "keeping ~3 them|her pills|his pills|her meds|his meds|most of them",
            "bottles are empty|empty way too early|always in pain",
            "borrows|borrowed|borrowing ~3 pension|money|check|checks",
            "unfinished basement|only allowed upstairs|only allowed|teeth ~2 rotting|rotting teeth|mattress on the floor|sleeps on a mattress",
            "forged|signature forged|gone from her savings|gone from his savings|keeps asking her for more|keeps asking him for more",
            "added ~2 him|her ~3 bank account|account",
            "took over ~2 her|his ~1 car|house|accounts|money",
            "listens on speaker|sounds scared|sounded scared|sounded hungry|afraid to be alone with",
            "wont give it to her|wont give it to him|food stamp card|ebt card",
            "disappeared|gone missing ~4 ring|watch|cash|jewelry",
            "keep quiet or|put her in a home|put him in a home",
            "takin|taking|took ~2 money ~2 from ~2 his|her ~1 acount|account",
            "checks to her|checks to him|checks to herself|checks to himself",
            "wont let me talk to ~2 alone",
            "keeps him in his room|keeps her in her room",
            "dont give him|doesnt give him|dont give her|doesnt give her ~3 meds|medication|food",
            "spends ~3 disability|disibility|check|pension",
            "hits him with|hits her with ~3 cane|walker",
            "jacking|jacked ~2 her|his ~1 pain meds|meds|bank card|money",
            "lights ~2 cut off",
            "le quita el cheque|le quita su cheque|a veces no le da",
            "in the dark|wet chair|rope around his waist|rope around her waist",
            "stealing|steal|stole|stolen|robbing|robbed ~3 from ~1 her|him|my|mom|dad|grandma|grandpa",
            "rings are gone|are gone|went from|padlocked|not allowed to|whispered|online banking|banking password|account went from|credit card in her name|credit card in his name|adding himself|added himself|loans|pocketing|cleaning him out|cleaning her out|finessing|took over the store|took over the house|making fun of|posts videos|yank|yanked|got rough|handprint|finger shaped|quemaduras|encerrado|encerrada|le grita|tiene hambre|ramen every day|upped her meds|upped his meds|always asleep|asleep when i call", "jewelry|tv|car|savings ~3 gone",
            "lost ~3 lbs|pounds|weight",
            "comes back with nothing|nothing left in|checks ~3 missing|checks are missing",
            "tied|tying|tie|knotted|strapped|strapt|velcro|restraints|restrained|tied to|amarrado|amarrada",
            "drugged|drugd|drugged up|zonked|over medicated|overmedicated|extra seroquel|a little extra|sleep all day|keep him quiet|keep her quiet|keep dad quiet|keep mom quiet|cant feed himself|cant feed herself|slumped over|can barely open",
            "sign|signed|signing|firmar|firmó|firmo ~5 power of attorney|atorney|papers|deed|quitclaim|annuity|checks|cheques|over",
            "selling ~2 his|her ~1 farm|house|gabapentin|pills",
            "took over ~2 his|her ~1 checks|benefits|account|disability",
            "added to ~3 account|pension is ours|her pension|his pension|bank card|debit card|takeing her|using it at|borrowing his|borrowing her|loans in his name|loans in her name|seed offering|new truck|new f 150|disappeared|gone missing|went missing|missing",
            "isolat*|changed ~3 phone number|unplugged|doesnt want visitors|wont let anyone|no deja que nadie|wouldnt let me in|wont let me see|says she is napping|every single time",
            "keeps water away|no water|dehydrated|same clothes|same sweatshirt|wet recliner|wets herself|wets himself|same depends|depends all day|food tray|cant reach|fat lip|busted lip|knot on his head|broken collarbone|so many falls|unexplained falls|bandaged|ojo morado|le grita y le pega|le pega|slap her|slapped her|slap him|slapped him",
            "space heater|a bucket|furnace|no heat|ac off|turns off the ac|degrees inside|camper behind|sleep in the garage|chain on the fridge|in the basement when",
            "makes ~2 her|him|grandma|grandpa ~3 watch|babysit|cook|sleep",
            "swap|swaps|swapped|takes ~2 grandmas|grandpas|his|her|dads|moms ~1 oxycodone|pain pills|norco|pills|meds",
            "using dads|using moms|gives her plain|gives him plain",
            "electric ~2 shut off|power shut off",
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
            "stealth game|a game where|game where you|games where you|in game|ingame",
            "poem|poetry|english class|a unit on|in her style|in his style|for class|class assignment",
            "in the movie|in a movie|the movie where|a movie where|in the film|a film where|series|episode of|this episode|last episode|new episode|episodes|novel|novels|book|books|lyrics|lyric|song|songs|album|podcast|podcasts|documentary|documentaries|netflix|hbo|hulu|anime|manga|comics|fanfic|fiction|screenplay|script|musical|opera|halloween|costume|cosplay|pelicula|serie|cancion|libro|corrido|corridos|telenovela|poem|poems|poetry|verse|chorus|playlist|sitcom|thriller|dress rehearsal|shakespeare|hamlet|juliet|villain|protagonist|manuscript|escape room|haunted house",
            "law and order|svu|call of duty|gta|fortnite|headset|gaming|xbox|playstation|tv show|video game|short story|my character|the character|his character|her character|in the game|in the show|the show|this show|writing a|voice act|audio drama|true crime",
            "sang along|singing along|sings along",
            "nightmare|nightmares|bad dream|bad dreams|dreamt|dreamed|night terrors",
            "screenwriter|screenwriting|novelist|crime writer|tv drama|drama series|cosy mystery|cozy mystery|mystery novel|crime novel|the plot|my plot");
        Frame(News,
            "local paper|front page|front-page|the paper|newspaper|our town",
            "trial|coverage|amber alert|alert went off|pop star|an interview with|interviewed|news|report about|the report|investigation|scandal|diocese|article|articles|headline|headlines|reported|reporter|journalist|celebrity|celebrities|famous|singer|rapper|influencer|youtuber|tiktoker|politician|verdict|shooting|shootings|war|wars|noticias|noticia|anniversary of|memorial|obituary|nationwide|statistics|read about|on tv|the school held|assembly");
        Frame(Work,
            "ward manager|healthcare assistants|training session|run a session|spotting signs|spot the signs",
            "support worker|care worker|support workers|i support ~3 adults|people|men|women",
            "part of his condition|part of her condition|we followed his plan|followed her plan",
            "psychology student|nursing student|social work student|medical student|counselling student|counseling student",
            "practising|practicing|practice ~3 risk assessment|interviews|role play|role-play",
            "deploys|deployment|the unit requires|unit requires|completely standard",
            "911 dispatcher|dispatcher|dispatchers|er nurse|icu nurse|hospice nurse|nurse here",
            "im|i am|iam|work|worked|working|soy|trabajo|trabaje ~1 a|an|as|in|at|como|de ~3 teller|bank|nurse|nurses|nursing|paramedic|emt|medic|social worker|caseworker|therapist|counselor|counseling|dispatcher|pharmacist|pharmacy|cop|officer|doctor|physician|volunteer|chaplain|firefighter|veterinarian|clinician|intern|teacher|er|icu|hospice|shelter|jail|prison|corrections|crisis line|hotline|ambulance|enfermera|enfermero|paramedico|trabajadora social|urgencias",
            "my|our ~1 patients|clients|callers|caseload|ward",
            "we see|i see|i hear|we get ~3 every day|all the time|a lot|constantly|every shift|daily|de todo",
            "nurse|caseworker|teller|paramedic|emt|dispatcher|pharmacist|social worker|cop|officer|firefighter|chaplain|volunteer ~0 here",
            "school nurse|hospice nurse|er nurse|icu nurse|bank teller|cps caseworker|case manager|social worker here",
            "on shift|mandated reporter|in training|safeguarding training|vemos de todo|twelve hour shifts|12 hour shifts",
            "i volunteer|we volunteer|volunteering|i answer calls ~4 line|hotline|helpline|listening line|crisis line|shelter|hospice|lifeline");
        Frame(Past,
            "yrs ago|years ago",
            "i was in foster care|in foster care|as a foster kid|foster care from",
            "years ago|decades ago|long time ago|long ago|lifetime ago|years back|ages ago|a decade|hace anos|hace mucho",
            "when i was|when we were|when he was|when she was ~2 a|in|young|younger|little|small|teenager|teenagers|teen|teens|kid|kids|child|children|girl|girls|boy|boys|<num>|<minor>|growing|married|with him|with her",
            "as a ~1 kid|child|teen|teenager|young|little girl|little boy",
            "in ~1 my|his|her|their|our ~1 college|high school|twenties|20s|teens|youth|first marriage|late teens|early twenties|thirties|30s",
            "spent my 20s|spent my 30s|spent my twenties|spent my thirties|first marriage|previous marriage|my ex used to|back at|in college|in high school|back then|used to|in the past|at the time|at that time|growing up|back in the|in the 60s|in the 70s|in the 80s|in the 90s|at age <num>|at <minor>|back at <num>|back when",
            "when ~1 my? ~1 @family|@child|son|daughter ~1 was|were",
            "199*|198*|197*|196*|200*",
            "in ~1 the? ~1 5th|6th|7th|8th|9th|10th|11th|12th|sixth|seventh|eighth|ninth|tenth|eleventh ~1 grade ~1 i|my|we|when",
            "cuando era|cuando tenia");
        Frame(Resolved,
            "bank refunded|refunded most of it|police caught|got it back",
            "sold my guns|sold the guns|sleep fine these days|sleep fine now|got treatment at the va|got treatment years ago",
            "now stable|im stable now|i m stable now|i am stable now|stable now|a great life|good life now",
            "came from a home|removed from|in our care|gaining weight|doing well now|doing well with us",
            "that was|this was|it was|its been|that s been ~2 <num>|many|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty ~1 years|yrs ~1 ago",
            "havent|have not|never ~3 since|in years|again since",
            "havent|have not|hasnt|has not ~4 for ~1 <num>|many|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty ~1 years|yrs",
            "he died|she died|he passed|she passed|he passed away|she passed away|he is dead|she is dead|hes dead|shes dead ~3 years ago|years back|long ago|since",
            "doing much better|much better now|been dead for|passed away|at peace with it|done a lot of therapy|no contact|finally safe|moved on|got help|prosecuted|went to prison|long gone",
            "safe now|shes safe|hes safe|im safe now|were safe now|behind me now|happy now|im happy|im 31 now|now happily|happily married", "the worst is ~2 behind me",
            "its been|it s been|been like|been over|been about ~3 years|yrs|decades",
            "in a really good place|in a good place|doing well now|doing great now|stable now|stable on|finished therapy|years of recovery|long recovered|all in the past|im fine now|im okay now|healthy now",
            "sober ~2 <num> ~1 years|yrs",
            "recovered|healed|survivor|its behind me|thats behind me|put it behind me|long over|in prison|went to prison|years of therapy|therapy helped|decade|decades|a lifetime ago|before we met|long before",
            "in|since ~1 199*|198*|197*|196*|200*|201*",
            "been ~2 sober|clean|stable|well|fine|safe|good|healthy|free|out ~3 for|since|years",
            "decades ago|a lifetime ago");
        Frame(Present,
            "still|again|lately|recently|these days|currently|every night|every day|last night|yesterday|today|tonight|this morning|keeps|keep|coming back|came back|back again|started again|started back|returned|relapsed|todavia|aun|otra vez|de nuevo|whenever|every time|each time|usually|always|when i get|when i feel|sometimes",
            "<num> ~1 weeks|days|months ~1 ago");
        Frame(Hypothetical,
            "it s a meme|its a meme|literally a meme|a meme for us|as a joke|just a joke",
            "worry about taking|worried about taking|afraid of taking ~3 double dose|two doses|by accident",
            "how much ~4 is too much",
            "before i just double up",
            "not really|ok not really|okay not really|just kidding|kidding",
            "what if|hypothetically|suppose|supposing|imagine|in theory|signs|warning signs|how to talk|how do i talk|how to tell if|how do i know if|how can i tell if|how would i know|is it normal|how do you know|how to bring up|should i worry|how do i help|how can i help|how to help|talk to my kids about|explain ~3 to my ~1 kids|son|daughter|child|children",
            "joke|joking|jokes|joked|kidding|jk|lol|lmao|haha|jaja|jajaja|sarcastic|sarcasm|meme|memes|dark humor|es broma|broma|bromeando|asked me what|what does|what it means|what that means");
        Frame(Real,
            "based on me|its about me|it s about me|about me really|this is real|its real|it s real|really happening|still happening|its still happening|it still happens|happening to me now",
            "all i could think|all i can think|i keep thinking about|ive been looking at|i ve been looking at");
        Frame(Serious,
            "not joking|not even joking|no joke|not kidding|im serious|i m serious|i mean it|deadass|no es broma|en serio|lo digo en serio");
        Frame(Others, "@family", "he|she|they|him|her|them|hes|shes|his|their|theyre|el|ella");

        // Figures of speech: their words raise nothing.
        Idiom("live with|live in|live near|live there|live together|live apart|live at|live alone|live closer|live on my own|live on campus|live at home");
        Idiom(
            "we say kms|say kms|saying kms|im literally dead ~6 whenever|when something|cringe",
            "absolutely murdered me|murdered me",
            "wanted to die right there|wanted the floor to swallow me|floor to swallow me",
            "killing myself working|killing myself with work|killing yourself working|killing myself at work",
            "rather shoot myself than|rather kill myself than|rather die than ~3 sit|go|attend|watch|do",
            "absolutely destroy me|totally destroy me|going to destroy me|gonna destroy me ~4 when|once|if ~2 finds out|find out|sees|notices",
            "killing it|killed it|kill it|kills it|killin it|killer|killers|kill time|killing time|kill two birds|kill the mood|kill the vibe|kill the lights|kill the engine|kill for|could kill for|would kill for|kill me now|cracks me up|killing myself laughing|killed myself laughing|kill myself laughing|kill the conversation",
            "this|that|it|work|job|commute|heat|weather|suspense|traffic|feet|back|knees|wait|waiting|boss|school|homework|cold|hangover|stress|silence|curiosity|exam|exams|finals|deadline|shift|schedule|project|cramps|migraine|headache|diet|guilt|budget|laundry|bill|bills|prices|rent|dishes|baby|toddler|teething|kids|noise|neighbors|mortgage|insomnia|allergies|pollen|jetlag|tiredness|wedding|planning|price|gas|loneliness|anxiety ~3 is|are|was|were|been|its|keeps ~1 killing|kill ~1 me|us",
            "dying to|dying for|to die for|die of embarrassment|die of shame|die of laughter|died of embarrassment|died laughing|dying laughing|dying of laughter|almost died laughing|nearly died laughing|i died|im dead|im dying|was dying|dying over|could have died|couldve died|could just die|could die|wanted to die of|wanted to crawl|crawl into a hole|crawl under|die a little|died a little|die inside|dead tired|dead serious|dead end|deadline|deadlines|dead on|dead set|dead battery|dead phone|dead weight|dead last|drop dead|deadpan|dead heat|dead silence|dead center|dead giveaway|deadbeat|dead of night|dead of winter|flogging a dead|beating a dead horse|dead horse|over my dead body|bored to death|bored me to death|scared to death|scares me to death|scared me to death|worried to death|worried sick|sick to death|death by|death stare|to death about|loves to death|love him to death|love her to death|love them to death|love you to death|death grip|death trap|near death experience|my death bed|deathbed",
            "shoot me a|shoot you a|shoot her a|shoot him a|shoot them a|shoot hoops|shoot pool|shoot the breeze|shoot for|shot for|shoot my shot|shot my shot|take a shot|took a shot|a shot of|shots of|flu shot|booster|photo shoot|photoshoot|shooting star|shooting stars|shoot photos|shoot a video|shoot the video|jump the gun|jumped the gun|stick to my guns|stuck to my guns|smoking gun|top gun|under the gun|big guns|gun to my head metaphorically|nail gun|glue gun|hot glue|water gun|nerf gun|gun show|bb gun|toy gun|airsoft|paintball|real guns",
            "career suicide|social suicide|political suicide|financial suicide|suicide squeeze|suicide doors|suicide door|suicide sprints|suicides|suicide run|suicide runs|suicide squad|suicide mission|suicide king|suicide burpees|suicide lines|suicide drill|suicide drills|suicide wings",
            "choke up|choked up|choking up|chokes up|choke on|choked on|choking on|chokes on|choke hold in jiu|choked in the|choke under|choked under|choked at|choke at|choke in the|choked during|choking hazard|choked back|choke back|choke down|choked down|chokehold|choke hold|choking game",
            "stab at|stabbed at|took a stab|take a stab|stab in the back|stabbed me in the back|stabbed in the back|backstab|backstabbing|backstabber",
            "hit me up|hits me up|hit me back|hit me up later|hit it off|hit the road|hit the gym|hit the hay|hit the sack|hit the books|hit the wall|hit a wall|hit rock bottom|hit home|hit me hard|hits me hard|hit me like|hits me like|it hit me|that hit me|then it hit me|reality hit|finally hit me|hit a nerve|hit the ceiling|hit the roof|hit a deer|hit my head|hit the brakes|big hit|smash hit|hit song|hit list|hit and miss|hit or miss|hit the jackpot|hit the spot|hit send|hit reply|hit the lottery|hit puberty|hit rock|hit 30|hit 40|hit 50|hit my limit|hit a milestone|hit by a car|hit by a ball|hit the target|hit the town|hit a snag|hit a rough patch|hit a low",
            "overdosed|overdose|overdosing|od|od d|odd ~0 on ~1 sugar|candy|caffeine|coffee|chocolate|netflix|tv|drama|memes|anime|love|cuteness|cake|cookies|sweets|halloween|espresso|energy drinks",
            "overdosed|overdose|overdosing|od|od d|odd ~0 on ~4 christmas cookies|holiday cookies|her cookies|his cookies|pie|candy|cake|cookies|sweets|fudge|pizza|tacos|carbs|leftovers",
            "an overdose of sugar|sugar overdose|sugar high|caffeine overdose|cuteness overdose",
            "pills to swallow|tough pill|bitter pill|hard pill|chill pill|happy pill",
            "murder mystery|murder mysteries|murder show|murder podcast|murder board|murder hornet|murder hornets|murder my|murdered it|murder it|murdering it|murder of crows|my mom is going to murder me|going to murder me|gonna murder me|will murder me|would murder me|murder each other",
            "knife set|knife block|knives set|butter knife|sharpen the knives|knife skills|knife sharpener|under the knife|like a knife|cut the tension|locked in a safe|gun safe|in a safe|locked up in|locked away",
            "me muero de|me muero por|me mata el|me mata la|me mata de|me estoy muriendo de|me mori de|me moria de|me queria morir de|me quiero morir de|muerta de risa|muerto de risa|muerta de hambre|muerto de hambre|muerta de sueno|muerto de sueno|muerta de cansancio|muerto de cansancio|muertos de hambre|me va a matar cuando llegue|me van a matar cuando|me mata con|me matan con",
            "mom|mother|mum|dad|father|abuela|grandma|nana|boss|teacher|coach|sister|brother|parents|mama|prep|diet|workout|commute ~3 going to|gonna|will|is going to|va a ~2 literally? ~1 kill|murder|matar ~1 me",
            "bang|banging ~1 my ~1 head against ~1 a|the ~1 wall|brick wall",
            "bang|banging ~1 my ~1 head on ~1 my|the ~1 desk|keyboard|table",
            "threw|throw|throws|thrown ~1 me|him|her|us ~1 under the bus",
            "under the bus|threw me a|throw me a|threw me off|throws me off|threw me for|thrown off|a tattoo|the tattoo|my tattoo",
            "gun to my head|a gun to my head|put a gun to my head|die on this hill|die on that hill|pocket knife|swiss army|follows me around|follow me around|following me around|sits on my chest|on my chest",
            "im going to|im gonna|ill|i will|i could|i swear ~2 strangle|kill|murder ~1 him|her|them",
            "push ~2 adult child|push him to|push her to|push them to|pushing him to|pushing her to|push a kid to|pushes him to|pushes her to",
            "lost ~6 to ~1 a|an|his|her ~1 fentanyl? ~0 overdose|od",
            "died of|died from|death from|deaths|lost her to|lost him to ~2 overdose|overdoses|an overdose",
            "following|follows|followed|follow ~2 her|me|him|us ~1 around",
            "it|this ~0 would|will|ll|might|d ~0 kill ~0 him|her|them|me",
            "burn in hell|burning in hell|go to hell|going to hell",
            "hit on me|hits on me|hitting on me|hit on her|hits on her|hitting on her|hit on him|hits on him",
            "dragged me to|drag me to|dragged me along|dragged me out|drags me to",
            "throw ~2 a party|a surprise|a shower|a baby shower|party|parties",
            "could murder a|could murder an|could murder some|murder a burger|murder a cheeseburger",
            "break up|broke up|breaking up|breakup",
            "no big deal|no problem|no worries|no thanks|no idea|no way|no sense",
            "it|that|this|reality|grief ~2 hit|hits|hitting ~1 me",
            "shook me|shakes me|shaken me|shook me up|shook us|shaken up",
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

    public Cue Hopeless { get; } = new("hopelessness", CueKind.Signal);

    public Cue Finality { get; } = new("final arrangements", CueKind.Signal);

    public Cue MeansAtHand { get; } = new("means at hand", CueKind.Signal);

    public Cue When { get; } = new("a time", CueKind.Signal);

    public Cue Breathless { get; } = new("could not breathe", CueKind.Signal);

    public Cue Secret { get; } = new("secrecy", CueKind.Signal);

    public Cue ChildPlay { get; } = new("children at play", CueKind.Frame);

    public Cue Captivity { get; } = new("held against their will", CueKind.Signal);

    public Cue Coming { get; } = new("on their way", CueKind.Signal);

    public Cue WeaponNow { get; } = new("a weapon now", CueKind.Signal);

    public Cue ViolenceNow { get; } = new("violence happening", CueKind.Signal);

    public Cue ChildRisk { get; } = new("harm or neglect of a child", CueKind.Signal);

    public Cue Grooming { get; } = new("grooming", CueKind.Signal);

    public Cue NotAbused { get; } = new("cared for well", CueKind.Frame);

    public Cue Prescribed { get; } = new("taken as prescribed", CueKind.Frame);

    public Cue SaidNo { get; } = new("said no", CueKind.Signal);

    public Cue ThreatToAll { get; } = new("threat to kill the family", CueKind.Signal);

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

    /// <summary>Said beside a story or the news, the writer's own life: "it's kind of based on me", "all I could think".</summary>
    public Cue Real { get; } = new("the writer's own life", CueKind.Frame);

    public Cue News { get; } = new("the news", CueKind.Frame);

    public Cue Work { get; } = new("work in the field", CueKind.Frame);

    public Cue Past { get; } = new("the past", CueKind.Frame);

    public Cue Resolved { get; } = new("resolved", CueKind.Frame);

    public Cue ChildMarks { get; } = new("marks on a child", CueKind.Signal);

    public Cue Present { get; } = new("the present", CueKind.Frame);

    public Cue Hypothetical { get; } = new("a hypothetical or a joke", CueKind.Frame);

    /// <summary>"Not even joking": a joke frame beside it does not lower the danger.</summary>
    public Cue Serious { get; } = new("said in earnest", CueKind.Frame);

    public Cue Others { get; } = new("someone else", CueKind.Frame);

    private Cue IdiomCue { get; } = new("figure of speech", CueKind.Idiom);

    public IReadOnlyList<PhrasePattern> Patterns => patterns;

    /// <summary>Key words long and distinctive enough to correct when misspelt.</summary>
    public static IReadOnlyList<string> SpellingKeys { get; } =
    [
        "hiding", "someone", "somebody", "daughter", "babysitter", "grandmother", "coming", "closet", "stairs", "upstairs", "outside", "window", "breaking", "yelling",
        "screaming", "drawers", "banging", "pounding", "strangers", "stranger",
        "suicide", "suicidal", "overdose", "overdosed", "bleach", "benadryl", "seroquel", "klonopin", "gabapentin", "hydrocodone", "handful", "following", "kidnapped", "overdosing", "strangled", "strangling", "strangle", "molested", "molesting",
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
        "pillar", "snapped", "snapping", "spills", "spilled", "bottom", "wholesome", "secretly", "secretary", "nurse", "wrist", "shoved", "chocked", "hitter",
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
    /// Between gaps (~N), a run of words with bars is one slot of single-word choices ("hit|hits"), unless a choice has
    /// a space in it: then the run is one slot whose choices are phrases ("right now|at the moment"). A gap of ~0
    /// separates fixed words from a slot of choices ("wish i ~0 was|were").
    /// </summary>
    private static IEnumerable<string> Alternatives(string phrase)
    {
        IEnumerable<string> expanded = [string.Empty];
        foreach (var segment in SplitAtGaps(phrase))
        {
            // Several-word choices become one slot of phrases, so a pattern is not written out once per choice.
            var choice = segment.Split('|') is { Length: > 1 } pieces && pieces.Any(p => p.Contains(' ', StringComparison.Ordinal))
                ? "{" + string.Join('|', pieces.Select(p => p.Trim().Replace(' ', '_'))) + "}"
                : segment;
            expanded = expanded.Select(head => head.Length == 0 ? choice.Trim() : $"{head} {choice.Trim()}").ToList();
        }

        return expanded.Select(p => p.Replace(" ~0 ", " ", StringComparison.Ordinal));
    }

    private static IEnumerable<string> SplitAtGaps(string phrase)
    {
        var run = new List<string>();
        foreach (var token in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith('~'))
            {
                if (run.Count > 0)
                {
                    yield return string.Join(' ', run);
                    run.Clear();
                }

                yield return token;
            }
            else
            {
                run.Add(token);
            }
        }

        if (run.Count > 0)
        {
            yield return string.Join(' ', run);
        }
    }
}
