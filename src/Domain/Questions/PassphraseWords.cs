namespace AdviceIntake.Domain.Questions;

/// <summary>
/// 512 short, common, neutral words (nothing a person in distress could read as a message): five of them give
/// 45 bits, which, with the look-up lockout, no one guesses.
/// </summary>
internal static class PassphraseWords
{
    public static readonly string[] All =
    [
        "acorn", "acre", "actor", "adapt", "admire", "adult", "advice", "agent", "agile", "album", "alert", "alley",
        "almond", "aloe", "alpine", "amber", "amount", "anchor", "angle", "animal", "anise", "ankle", "answer",
        "apple", "apricot", "apron", "arbor", "arch", "arena", "argue", "armor", "arrow", "artist", "aspen", "atlas",
        "attic", "august", "autumn", "avenue", "award", "bacon", "badge", "bagel", "baker", "balcony", "ball",
        "bamboo", "banana", "band", "banjo", "banner", "barn", "barrel", "basil", "basin", "basket", "batch", "beach",
        "beacon", "bean", "beard", "beaver", "bedroom", "bee", "beetle", "bell", "bench", "berry", "bicycle", "bike",
        "birch", "bird", "biscuit", "bison", "blanket", "blaze", "blend", "blossom", "blue", "bluff", "board", "boat",
        "bonus", "book", "boots", "bottle", "boulder", "bowl", "bramble", "branch", "brave", "bread", "breadth",
        "breeze", "brick", "bridge", "bright", "bronze", "brook", "broom", "brush", "bubble", "bucket", "buffalo",
        "bugle", "bundle", "butter", "button", "cabbage", "cabin", "cable", "cactus", "cake", "calm", "camel",
        "camera", "camp", "canal", "candle", "canoe", "canvas", "canyon", "captain", "caramel", "card", "cargo",
        "carpet", "carrot", "cashew", "castle", "cattle", "cedar", "cello", "cereal", "chair", "chalk", "chapter",
        "cheese", "cherry", "chess", "chest", "chime", "chimney", "choir", "cider", "cinema", "circle", "circus",
        "citadel", "citrus", "city", "clam", "clay", "cliff", "clock", "cloud", "clover", "coast", "cobalt", "cobble",
        "cocoa", "coconut", "coffee", "comet", "compass", "concert", "copper", "coral", "cork", "corner", "cosmos",
        "cottage", "cotton", "couch", "county", "cousin", "cove", "crane", "crayon", "cream", "creek", "crescent",
        "cricket", "crocus", "crown", "crumb", "crystal", "cube", "cupboard", "curtain", "cushion", "cycle",
        "daffodil", "dahlia", "daisy", "dance", "dawn", "deck", "deer", "delta", "denim", "desert", "desk", "dew",
        "diamond", "diary", "dinner", "dipper", "dolphin", "donkey", "door", "dove", "dragon", "drawer", "dream",
        "drift", "drum", "duck", "dune", "eagle", "earth", "easel", "echo", "elbow", "elder", "elm", "ember",
        "emerald", "engine", "equal", "evening", "fable", "fabric", "falcon", "family", "farm", "fawn", "feather",
        "fence", "fern", "ferry", "festival", "fiddle", "field", "fiesta", "fig", "film", "finch", "fire", "fjord",
        "flag", "flame", "flannel", "flint", "flute", "focus", "fog", "forest", "fossil", "fountain", "fox", "frame",
        "friend", "frost", "fruit", "galaxy", "garden", "garlic", "garnet", "gate", "gecko", "gentle", "geyser",
        "giant", "ginger", "giraffe", "glacier", "glade", "glass", "globe", "glove", "goat", "golden", "goose",
        "grain", "granite", "grape", "grass", "gravel", "green", "grove", "guitar", "gull", "habit", "hammer",
        "hammock", "harbor", "harp", "harvest", "hat", "haven", "hazel", "hedge", "helmet", "herb", "heron", "hickory",
        "hill", "hive", "hobby", "honey", "hoop", "horizon", "horse", "hotel", "house", "humble", "hummus", "igloo",
        "iris", "island", "ivory", "jacket", "jade", "jar", "jasmine", "jelly", "jersey", "jewel", "jigsaw", "journey",
        "juice", "jungle", "juniper", "kayak", "kettle", "key", "kite", "kitten", "kiwi", "koala", "ladder", "lagoon",
        "lake", "lamp", "lantern", "laptop", "lark", "laurel", "lava", "lawn", "leaf", "lemon", "lesson", "letter",
        "library", "lilac", "lily", "lime", "linen", "lion", "lizard", "llama", "lobster", "locket", "lodge", "loft",
        "lotus", "lullaby", "lunar", "lunch", "magnet", "mango", "maple", "marble", "market", "marsh", "meadow",
        "melody", "melon", "meringue", "mesa", "metal", "meteor", "mint", "mirror", "mist", "mitten", "model",
        "monkey", "moon", "moose", "morning", "mosaic", "moss", "motor", "mountain", "muffin", "museum", "music",
        "napkin", "nectar", "needle", "nest", "nickel", "noodle", "north", "notebook", "nougat", "nutmeg", "oak",
        "oasis", "oat", "ocean", "olive", "onion", "opal", "orange", "orbit", "orchard", "organ", "otter", "oven",
        "owl", "oyster", "paddle", "paint", "palace", "palm", "panda", "paper", "paprika", "parade", "parrot",
        "parsley", "pasta", "pastel", "peach", "peanut", "pearl", "pebble", "pencil", "penguin", "peony", "pepper",
        "pepperoni", "petal", "pewter", "piano", "pickle", "picnic", "pillow", "pilot", "pine", "pinecone",
        "pistachio", "pixel", "pizza", "planet", "plaza", "plover", "plum", "pocket", "poem", "polar", "pond", "poppy",
        "porch", "potato", "prairie", "pretzel", "prism", "pudding", "pumpkin", "puzzle", "quail", "quartz", "quest",
        "quiet", "quilt", "quince", "rabbit", "radio", "raft", "rain", "rainbow", "raisin", "ranch", "raven", "recipe",
        "reef", "rhubarb", "ribbon", "rice", "ridge", "ripple", "river", "road", "robin", "rocket", "roof", "rose",
        "rosemary", "ruby", "saddle", "saffron", "sage", "sail", "salad", "salmon", "sand", "sandal",
    ];
}
