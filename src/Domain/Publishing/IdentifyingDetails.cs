using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace AdviceIntake.Domain.Publishing;

/// <summary>What kind of detail may identify someone in a letter about to be published.</summary>
public enum DetailKind
{
    Email,
    Phone,
    Url,
    StreetAddress,
    Name,
    Place,
    AgeOrDate,
}

/// <param name="Start">Where the detail starts in the scanned text.</param>
/// <param name="Why">What the editor is told, in words.</param>
public sealed record IdentifyingDetail(DetailKind Kind, int Start, int Length, string Text, string Why);

/// <summary>
/// Marks what may identify the writer or someone they write about, for an editor to change before an answer is
/// published: contact details and links first (these must never be missed), then street addresses, names of people
/// and places, ages and dates. It errs towards marking: an editor dismisses a false mark in a second, while a missed
/// name can tell a reader who wrote. Plain patterns and word lists, so every mark says why it was made.
/// </summary>
public static partial class IdentifyingDetails
{
    /// <summary>
    /// A pen name: people often sign with their own first name and an initial ("Zephyrine Q"), which in running text
    /// would as often be "Plan B" or "Vitamin D". Pen names are written in title case ("Dragging Him to Therapy"), so a
    /// capital alone marks nothing here; known first names and places still do.
    /// </summary>
    public static IReadOnlyList<IdentifyingDetail> FindInPenName(string penName)
    {
        ArgumentNullException.ThrowIfNull(penName);
        var found = Find(penName).Where(d => d.Why is not (CapitalisedWord or CapitalisedPlace)).ToList();
        Add(found, penName, DetailKind.Name, NameAndInitial(), "a first name and an initial: perhaps their own");
        return [.. found.OrderBy(d => d.Start)];
    }

    private const string CapitalisedWord = "a name";
    private const string CapitalisedPlace = "perhaps the name of a place";

    public static IReadOnlyList<IdentifyingDetail> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<IdentifyingDetail>();

        // Most certain first: a span already marked is not marked again as something vaguer.
        Add(found, text, DetailKind.Email, Email(), "an email address");
        Add(found, text, DetailKind.Email, SpelledEmail(), "an email address written out");
        Add(found, text, DetailKind.Url, Url(), "a web address");
        Add(found, text, DetailKind.Url, BareDomain(), "a web address");
        Add(found, text, DetailKind.Url, Handle(), "a social media name");
        Add(found, text, DetailKind.Url, NamedHandle(), "a social media name");
        Add(found, text, DetailKind.Phone, Phone(), "a phone number");
        Add(found, text, DetailKind.Phone, InternationalPhone(), "a phone number");
        Add(found, text, DetailKind.StreetAddress, Street(), "a street address");
        Add(found, text, DetailKind.StreetAddress, PostBox(), "a postal address");
        Add(found, text, DetailKind.StreetAddress, StreetName(), "the name of a street");
        Add(found, text, DetailKind.StreetAddress, Road(), "a road");
        Add(found, text, DetailKind.Place, NumberPlate(), "a number plate or an ID");
        Add(found, text, DetailKind.AgeOrDate, Age(), "an age");
        Add(found, text, DetailKind.AgeOrDate, Date(), "a date");
        Add(found, text, DetailKind.AgeOrDate, HolidayInYear(), "a date");
        Add(found, text, DetailKind.Place, NamedInstitution(), "the name of a school, church, workplace or place");
        Add(found, text, DetailKind.Place, Saint(), "the name of a school, church, hospital or place");
        Add(found, text, DetailKind.Place, MultiWordPlace, "the name of a place");
        Add(found, text, DetailKind.Name, Titled(), "a person's name with a title");
        AddWords(found, text);
        return [.. found.OrderBy(d => d.Start)];
    }

    private static void Add(List<IdentifyingDetail> found, string text, DetailKind kind, Regex pattern, string why)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var group = match.Groups["d"].Success ? match.Groups["d"] : (Group)match;
            AddSpan(found, text, kind, group.Index, group.Length, why);
        }
    }

    private static void AddSpan(List<IdentifyingDetail> found, string text, DetailKind kind, int start, int length, string why)
    {
        var trimmed = text.AsSpan(start, length).TrimEnd(".,;:!?)'\"");
        length = trimmed.Length;
        if (length == 0 || found.Any(d => start < d.Start + d.Length && d.Start < start + length))
        {
            return;
        }

        found.Add(new IdentifyingDetail(kind, start, length, text.Substring(start, length), why));
    }

    // Capitalised words that are not the ordinary start of a sentence, and a known first name in any case: a name or a
    // place, unless the word is one that is capitalised anyway (days, months, holidays, languages, brands).
    private static void AddWords(List<IdentifyingDetail> found, string text)
    {
        foreach (Match match in Word().Matches(text))
        {
            var word = match.Value;
            var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
            if (bare.Length < 2 || AfterPetWord(text, match.Index))
            {
                continue;
            }

            var capitalised = char.IsUpper(bare[0]) && !bare.All(char.IsUpper);
            if (AfterRelation(text, match.Index) && (FirstNames.Contains(bare) || capitalised || LooksLikeName(bare)))
            {
                // "my sister-in-law April", "her new boyfriend rick", "my bff sienna": what follows a relation is a name.
                AddSpan(found, text, DetailKind.Name, match.Index, FullName(text, match.Index, bare.Length), "a person's name");
                continue;
            }

            if (NotNames.Contains(bare) || (bare.EndsWith('s') && NotNames.Contains(bare[..^1])))
            {
                continue;
            }

            var place = Places.Contains(bare);
            var known = FirstNames.Contains(bare);
            var startsSentence = StartsSentence(text, match.Index);
            if (place && capitalised)
            {
                AddSpan(found, text, DetailKind.Place, match.Index, bare.Length, "the name of a place");
            }
            else if (known && capitalised && !(startsSentence && AlsoWords.Contains(bare) && !FollowedBy(text, match.Index + word.Length, ',')))
            {
                // "Hope you can help" opening a sentence is not a name; "Bill, my husband" is.
                AddSpan(found, text, DetailKind.Name, match.Index, FullName(text, match.Index, bare.Length), "a person's name");
            }
            else if (capitalised && startsSentence && !CommonWords.Contains(bare) && !known && NameVerb().IsMatch(text, match.Index + word.Length))
            {
                // "Ernie drinks a twelve-pack": an unknown capitalised word doing something, at a sentence's start.
                AddSpan(found, text, DetailKind.Name, match.Index, bare.Length, CapitalisedWord);
            }
            else if (capitalised && !startsSentence && !CommonWords.Contains(bare))
            {
                var kind = AfterPlaceWord(text, match.Index) ? DetailKind.Place : DetailKind.Name;
                AddSpan(found, text, kind, match.Index, FullName(text, match.Index, bare.Length),
                    kind == DetailKind.Place ? CapitalisedPlace : CapitalisedWord);
            }
        }
    }

    // "Maria Elena Torres": the following capitalised words belong to the same name.
    private static int FullName(string text, int start, int length)
    {
        var end = start + length;
        var next = NextCapitalised().Match(text, end);
        while (next.Success && next.Index == end && !NotNames.Contains(next.Groups["w"].Value))
        {
            end = next.Index + next.Length;
            next = NextCapitalised().Match(text, end);
        }

        return end - start;
    }

    private static bool StartsSentence(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd(" \t\"'“‘(-–—*");
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n' or ':' or '¿' or '¡';
    }

    private static bool AfterRelation(string text, int index) => RelationBefore().IsMatch(text.AsSpan(Math.Max(0, index - 40), Math.Min(index, 40)).ToString());

    private static bool FollowedBy(string text, int index, char mark) => index < text.Length && text[index] == mark;

    // A word in lower case after a relation is a name when it is not an ordinary word or a verb's form.
    private static bool LooksLikeName(string word) =>
        !CommonWords.Contains(word) && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)
        && !word.EndsWith("ly", StringComparison.Ordinal) && !(word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal));

    private static bool AfterPetWord(string text, int index) => PetBefore().IsMatch(text.AsSpan(Math.Max(0, index - 20), Math.Min(index, 20)).ToString());

    private static bool AfterPlaceWord(string text, int index) => PlaceWordBefore().IsMatch(text.AsSpan(Math.Max(0, index - 12), Math.Min(index, 12)).ToString());

    [GeneratedRegex(@"[\w.+'-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b[\w.+-]+\s*[\(\[]?\s*at\s*[\)\]]?\s*[\w-]+\s*[\(\[]?\s*dot\s*[\)\]]?\s*(com|org|net|edu|gov|co|uk|us|io)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpelledEmail();

    [GeneratedRegex(@"\b(https?://|www\.)[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"\b[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.(com|org|net|edu|gov|io|co|us|info|me|ly|app|uk|ca|biz|tv|fm|page|site|online|shop|blog|ee|gl|be|to|gg|ai|xyz|link|dev|art|club|store|mx|es)\b(/[^\s<>""]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareDomain();

    [GeneratedRegex(@"(?<![\w.@])@[A-Za-z0-9_.]{2,30}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    // "on TikTok as keishab_nyc", "snap kbrown2": a name on a network, written without the @.
    [GeneratedRegex(@"\b(?:TikTok|Instagram|Insta|IG|Snapchat|Snap|Twitter|Discord|Facebook|FB|Reddit|Twitch|YouTube)\s+(?:as|is|:|name|handle|username)?\s*(?<d>(?=[A-Za-z0-9_.]*[\d_.])[A-Za-z0-9_.]{3,30})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedHandle();

    [GeneratedRegex(@"\b(?:Route|Highway|Hwy|Interstate|County Road|State Road|I-)\s?\d{1,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Road();

    // "HJK-4421": letters then digits, as plates, badge and case numbers are written.
    [GeneratedRegex(@"\b[A-Z]{2,3}[- ]?\d{3,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPlate();

    [GeneratedRegex(@"\b(?:Christmas|Halloween|Thanksgiving|Easter|Hanukkah|Diwali|Eid|Ramadan|New Year'?s?(?: Eve| Day)?|Mother's Day|Father's Day|Fourth of July|July 4th)\s+(?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex HolidayInYear();

    [GeneratedRegex(@"\b(?:St\.?|Saint)\s+\p{Lu}[\w'-]+(?:'s)?(?:\s+(?:Hospital|Church|School|Academy|College|Parish|Medical Center|Elementary|High))?", RegexOptions.CultureInvariant)]
    private static partial Regex Saint();

    // Seven or ten digits in the usual groupings, with or without +1; not part of a longer number or a price.
    [GeneratedRegex(@"(?<![\w$.,/-])(\+?1[\s.-]?)?(\(\d{3}\)\s?|\d{3}[\s.-]?)?\d{3}[\s.-]?\d{4}(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<![\w$])\+\d{1,3}[\s.-]?\(?\d{1,4}\)?([\s.-]?\d{2,5}){2,4}(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalPhone();

    [GeneratedRegex(@"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w.'-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Trail|Trl|Calle|Avenida)\b\.?(?:,?\s+(?:Apt|Apartment|Unit|Suite|#)\.?\s*\w+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Street();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}{2,}\s+\p{Lu}\b\.?", RegexOptions.CultureInvariant)]
    private static partial Regex NameAndInitial();

    // Without a number, only the full words: "Dr" and "St" alone are as often a doctor or a saint.
    [GeneratedRegex(@"\b(?:[A-Z][\w'-]*\s+){1,3}(?:Street|Avenue|Road|Lane|Drive|Boulevard|Court|Terrace|Circle|Highway|Parkway|Crescent|Close)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StreetName();

    [GeneratedRegex(@"\b(P\.?\s?O\.?\s+Box|Apt\.?|Apartment|Unit)\s+#?\w+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostBox();

    [GeneratedRegex(@"\b(?:(?:I\s+am|I'm|im|i'm|I’m|am|aged?|turned|turning|just\s+turned|is|was|tengo)\s+(?<d>\d{1,2})(?!\d|[,.]\d|/|\s*(?:kids|children|times|%|dollars|percent|pounds|lbs|kg|am|pm|o'clock|miles|hours)\b|\s*-?\s*(?:years?|yrs?|months?|weeks?|days?|minutes?)\b(?![\s-]*old))|(?<d>\d{1,3}\s*-?\s*(?:years?|yrs?)[\s-]*old|\d{1,2}\s?(?:yo|y/o|años))|(?<d>\d{1,2}\s?[MFmf])(?=[\s,.)]|$)|(?<d>\d{1,2}(?:st|nd|rd|th)\s+birthday)|(?<d>born\s+(?:in|on)\s+[\w ,]*?\d{4}))", RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    [GeneratedRegex(@"\b(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:,?\s+\d{4})?|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}|(?:in|since|of|from)\s+(?:19|20)\d{2}|\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    [GeneratedRegex(@"\b(?:St\.\s|Saint\s|Mount\s|Mt\.\s|Lake\s|Fort\s|New\s|San\s|Santa\s|Los\s|Las\s|El\s)?(?:[A-Z][\w'.-]*\s+){1,4}(?:High\s+School|Middle\s+School|Elementary(?:\s+School)?|Academy|University|College|Community\s+College|Church|Chapel|Temple|Mosque|Synagogue|Parish|Hospital|Medical\s+Center|Clinic|County|Township|Park|Mall|Plaza|Diner|Cafe|Café|Bakery|Bar|Pub|Restaurant|Salon|Gym|Farm|Ranch|Motors|Dental|Pharmacy|Library|Heights|Hills|Springs|Falls|Valley|Beach|Village|Estates|Apartments|Towers|Inc\.?|LLC|Corp\.?|Company|Co\.)(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex NamedInstitution();

    [GeneratedRegex(@"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Rev|Pastor|Father|Fr|Sister|Brother|Rabbi|Imam|Coach|Officer|Judge|Sheriff|Deacon|Aunt|Auntie|Uncle|Grandma|Grandpa|Nana|Abuela|Abuelo|Tía|Tia|Tío|Tio|Señor|Señora|Sr|Sra|Don|Doña)\.?\s+(?<d>[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Titled();

    [GeneratedRegex(@"\b(?:my|our|his|her|their|mi|su)\s+(?:(?:new|old|best|little|big|older|younger|late|ex|step|oldest|youngest|current)[\s-]+)?(?:bf|gf|boyfriend|girlfriend|husband|hubby|wife|son|daughter|brother|sister|bro|sis|friend|bestie|bff|mom|mum|dad|ex|boss|manager|supervisor|cousin|partner|fiance|fiancé|fiancée|coworker|co-worker|neighbor|neighbour|roommate|stepdad|stepmom|stepson|stepdaughter|uncle|aunt|nephew|niece|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|mother-in-law|father-in-law|sister-in-law|brother-in-law|son-in-law|daughter-in-law|teacher|therapist|pastor|landlord|sponsor|hijo|hija|esposo|esposa|novio|novia|hermano|hermana|amiga|amigo|suegra|suegro)\s*,?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationBefore();

    [GeneratedRegex(@"\b(?:dog|dogs|cat|cats|puppy|kitten|pup|pet|horse|pony|bird|parrot|hamster|rabbit|bunny|fish|perro|gato)\s*,?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PetBefore();

    [GeneratedRegex(@"\b(?:in|from|near|to|outside|across|around|of|en|de)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceWordBefore();

    [GeneratedRegex(@"\G\s+(?:says|said|keeps|kept|is|was|has|had|drinks|texts|texted|wants|thinks|told|tells|calls|called|lives|works|won't|doesn't|didn't|can't|never|always|just|and\s+I)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameVerb();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]*|\p{Ll}[\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\G\s+(?<w>\p{Lu}[\p{L}'’-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NextCapitalised();
}
