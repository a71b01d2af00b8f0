using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace AdviceIntake.Domain.Publishing;

/// <summary>The word lists the scan reads by. An editor who finds a name missed adds it to <see cref="FirstNames"/>.</summary>
public static partial class IdentifyingDetails
{
    private static FrozenSet<string> Set(string words) =>
        words.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Common first names in the US, Spanish-speaking and other communities, nicknames included.</summary>
    private static readonly FrozenSet<string> FirstNames = Set("""
        aaron abby abigail adam adrian aidan aiden alan albert alex alexa alexander alexis alice alicia alison allison alyssa amanda amber amelia amy ana andrea andrew andy angel angela angie anna anne annie anthony antonio april aria ariana arthur ashley aubrey audrey austin ava avery
        barbara becky ben benjamin beth betty beverly bill billy blake bob bobby brad brandon brenda brendan brian brianna brittany brooke bruce bryan caitlin caleb cameron camila carl carla carlos carmen carol caroline carolyn carter casey catherine cathy charles charlie charlotte chase chelsea cheryl chloe chris christian christina christine christopher cindy claire clara cody colin connor courtney craig crystal cynthia
        dakota dan dana daniel danielle danny darius dave david dawn dean debbie deborah debra denise dennis derek destiny devin diana diane diego dominic don donald donna doris dorothy doug dylan eddie edward elena eli elijah elizabeth ella ellie emily emma eric erica erik erin ethan eva evan evelyn ezra
        faith frank gabriel gabriela gabby gary gavin george gerald gina giovanni gloria grace greg gregory hailey hannah harold harper harry heather heidi helen henry holly hope hunter ian isaac isabel isabella isaiah jack jackie jackson jacob jada jake james jamie jan jane janet janice jared jasmine jason javier jay jayden jean jeff jeffrey jen jenna jennifer jenny jeremy jerry jesse jessica jesus jill jim jimmy joan joanne joe joel john johnny jon jonathan jordan jorge jose josé joseph josh joshua joy joyce juan judith judy julia julian julie justin
        kaitlyn karen kate katherine kathleen kathy katie kayla keith kelly ken kenneth kevin kim kimberly kyle laura lauren leah lee leo leon liam lily linda lindsay lisa logan lori louis lucas lucy luis luke lydia madison maggie marcus margaret maria maría marie marilyn mario mark marsha martha martin mary mason matt matthew maya megan melissa mia michael michelle miguel mike mila molly monica morgan nancy natalie nathan nicholas nick nicole noah nora olivia oscar owen pablo pam pamela patricia patrick paul paula peggy peter phil philip phyllis rachel ralph randy ray raymond rebecca regina rick ricky riley rob robert robin rodney roger ron ronald rosa rose ruby russell ruth ryan
        sadie sam samantha samuel sandra sara sarah savannah scott sean seth shannon sharon shawn sheila shirley sofia sophia sophie stacy stephanie stephen steve steven sue susan sydney tammy tanya tara taylor ted teresa terry theresa thomas tim timothy tina todd tom tommy tony tracy travis trevor troy tyler valerie vanessa victor victoria vincent virginia walter wanda wayne wendy will william willie wyatt xavier zach zachary zoe
        alejandra alejandro ana-maría beatriz carolina catalina consuelo daniela eduardo esperanza fernanda fernando francisco guadalupe guillermo gustavo héctor hector ignacio inés isabela jaime jesús joaquín josefina leticia lorena lupe manuel marisol marta mateo mercedes nicolás pedro rafael ramón raúl ricardo roberto rodrigo rosario santiago sergio valentina ximena yolanda
        aaliyah ahmed ali amir aisha deshawn dmitri fatima hiroshi imani jamal kenji lakisha latoya malik mohammed muhammad nia omar priya raj rashid sanjay tyrone wei yusuf
        """);

    /// <summary>Cities and regions people name, and the states of one word (<see cref="Common.UsStates"/>).</summary>
    private static readonly FrozenSet<string> Places = Set(string.Join(' ', Common.UsStates.ByCode.Values.Where(v => !v.Contains(' ', StringComparison.Ordinal))) + " " + """
        albuquerque anchorage atlanta austin baltimore birmingham boise boston brooklyn buffalo charlotte chicago cincinnati cleveland columbus dallas dayton denver detroit fresno hartford honolulu houston indianapolis jacksonville knoxville lexington lincoln louisville lubbock madison memphis miami milwaukee minneapolis nashville newark oakland omaha orlando philadelphia phoenix pittsburgh portland providence queens raleigh reno richmond rochester sacramento seattle spokane tacoma tampa toledo topeka tucson tulsa wichita bronx manhattan harlem compton
        toronto vancouver montreal london manchester dublin glasgow sydney melbourne mexico guadalajara monterrey tijuana juárez oaxaca puebla bogotá lima caracas havana managua tegucigalpa guatemala salvador quito manila lagos nairobi mumbai delhi karachi
        """);

    /// <summary>Words written with a capital that are not a person or a place: the writer's own "I", family titles, days, brands.</summary>
    private static readonly FrozenSet<string> NotNames = Set("""
        i i'm i've i'd i'll im mom mum mommy mama dad daddy papa mother father grandma grandpa granny nana god jesus lord christ allah bible church heaven hell
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
        christmas easter thanksgiving halloween hanukkah ramadan eid passover valentine's valentines diwali
        english spanish french german chinese mexican american black white latino latina latinx hispanic asian african catholic christian muslim jewish mormon baptist methodist lutheran buddhist hindu
        facebook instagram tiktok snapchat twitter whatsapp youtube google amazon netflix spotify venmo zelle paypal iphone android uber lyft walmart target costco mcdonald's starbucks tinder hinge bumble reddit discord xbox playstation
        aa na alcoholics anonymous narcotics al-anon covid ptsd adhd ocd ssi ssdi medicaid medicare cps dcfs army navy marines air force national guard va tv ok okay dear sincerely thanks thank please sorry hi hello hey p.s ps
        dr mr mrs ms miss sir madam ma'am aunt auntie uncle cousin grandma grandpa step gamblers overeaters debtors mass communion confirmation baptism sabbath eve hallmark googling googled
        suboxone methadone narcan xanax adderall zoloft prozac lexapro ambien oxycontin percocet vicodin tylenol advil ozempic wellbutrin ritalin
        """);

    /// <summary>First names that are also ordinary words: not a name when they open a sentence ("Hope you can help").</summary>
    private static readonly FrozenSet<string> AlsoWords = Set("""
        hope will grace faith joy may june april mark bill rose frank dawn art chase hunter grant jack ray sue pat guy drew rich skip summer autumn ivy lily heather holly amber crystal destiny angel sunny
        """);

    /// <summary>Frequent words that a capital does not turn into a name ("we go to Church", "my son Will" is kept by the names list).</summary>
    private static readonly FrozenSet<string> CommonWords = Set("""
        a about after again against all almost also always am an and any anyone anything are aren't around as at away back bad be because been before being best better between big both but by can can't cannot could couldn't day days did didn't do does doesn't doing don't done down during each even ever every everyone everything family feel feels felt few find first for friend friends from get gets getting give go goes going gone good got great had has hasn't have haven't having he he's her here hers him his home how however i if in into is isn't it it's its just keep kind know last least leave left less let life like little long look lot lots love made make makes many me might mine more most much must my myself never new next no nobody none nor not nothing now of off often oh old on once one only or other others our out over own people please really right said same say says see seem seems she she's should shouldn't since so some someone something sometimes soon still such sure take tell than that that's the their them then there these they they're thing things think this those though through time times to today told too tried try trying two under until up upon us very want wanted wants was wasn't way we we're well went were weren't what when where whether which while who whole why will with without won't work would wouldn't year years yes yet you you're your yours
        is and but so he she they and who has was just lol omg idk tbh ngl rn bc cuz ur u im its dont cant wont wasnt didnt doesnt
        says said told wants keeps thinks texted called asked left moved lives lived works worked got gets has had is was and or then who which that because since when after before again also still never always really
        el la los las un una y o que de en con por para es está son pero mi tu su yo él ella nosotros muy más no sí adolescente mayor menor dice quiere
        kept found came went got said told made took gave left felt knew thought brought bought sent spent lost won ran saw met sat stood paid heard died lied tried cried already just also who and but is was has had will would can could did does never always still even only again too now then
        """);

    /// <summary>Places of more than one word, matched as a whole before single words are looked at.</summary>
    private static readonly Regex MultiWordPlace = new(
        @"\b(?:" + string.Join('|', Common.UsStates.ByCode.Values.Where(v => v.Contains(' ', StringComparison.Ordinal)).Select(Regex.Escape)
            .Concat(["Los Angeles", "San Francisco", "San Diego", "San Antonio", "San Jose", "Las Vegas", "New Orleans", "Salt Lake City",
                "St\\. Louis", "Saint Louis", "Kansas City", "Oklahoma City", "Fort Worth", "El Paso", "Long Beach", "Virginia Beach",
                "Colorado Springs", "Des Moines", "Baton Rouge", "Santa Fe", "Mexico City", "Ciudad Juárez", "Staten Island",
                "Long Island", "Bay Area", "Twin Cities", "South Side", "West Side", "East Side", "Upper West Side"]))
        + @")\b", RegexOptions.CultureInvariant);
}
