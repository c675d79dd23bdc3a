namespace SalesBot.Core.Text.Language;

/// <summary>The languages the detector knows. Adding one is adding a profile here; scoring it is a separate decision.</summary>
public static class LanguageProfiles
{
    public static readonly LanguageProfile English = new("en", "English",
    [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from", "by", "about", "is", "are", "was",
        "were", "be", "been", "it", "it's", "that", "that's", "this", "these", "those", "i", "i'm", "i'd", "i'll", "i've", "you", "you're",
        "your", "we", "we're", "we've", "our", "they", "their", "them", "he", "she", "his", "her", "my", "me", "us", "not", "no", "do",
        "does", "did", "don't", "can", "can't", "could", "would", "will", "won't", "should", "have", "has", "had", "what", "what's",
        "how", "who", "when", "where", "which", "why", "if", "so", "than", "then", "there", "here", "just", "more", "most", "any",
        "some", "all", "one", "get", "let", "let's", "make", "see", "know", "think", "want", "need", "time", "fair", "yes", "ok", "okay",
        "thanks", "sure", "much", "many", "very", "really", "also", "only", "into", "over", "out", "up", "now", "today", "next", "week",
    ]);

    public static readonly LanguageProfile Spanish = new("es", "Spanish",
    [
        "el", "la", "los", "las", "un", "una", "unos", "unas", "y", "o", "pero", "de", "del", "al", "en", "con", "por", "para", "que",
        "qué", "es", "son", "está", "están", "ser", "estar", "se", "lo", "le", "les", "me", "te", "nos", "su", "sus", "mi", "mis", "tu",
        "tus", "yo", "usted", "ustedes", "nosotros", "como", "cómo", "cuando", "cuándo", "donde", "dónde", "quién", "cuál", "muy", "más",
        "sí", "no", "si", "ya", "todo", "todos", "esto", "eso", "este", "esta", "ese", "esa", "hay", "puedo", "podemos", "podríamos",
        "hacer", "tiene", "tienen", "entiendo", "gracias", "vale", "bien", "también", "porque", "pasa", "pasará", "año", "semana",
    ], "ñ¿¡áéíóú");

    public static readonly LanguageProfile German = new("de", "German",
    [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "aber", "von", "zu", "zum",
        "zur", "mit", "für", "auf", "im", "in", "an", "am", "ist", "sind", "war", "sein", "haben", "hat", "ich", "sie", "wir", "ihr",
        "ihnen", "ihre", "ihrem", "ihren", "es", "nicht", "kein", "keine", "auch", "noch", "nur", "schon", "sehr", "wie", "was", "wer",
        "wann", "wo", "warum", "dass", "wenn", "weil", "doch", "ja", "nein", "gut", "klar", "danke", "bitte", "uns", "unser", "unsere",
        "mich", "mir", "dich", "dir", "kann", "können", "könnten", "würde", "geht", "gibt", "letzten", "beim", "vom", "um", "uhr",
        "darf", "frage", "verstehe", "eher", "damit",
    ], "äöüß");

    public static readonly LanguageProfile French = new("fr", "French",
    [
        "le", "la", "les", "un", "une", "des", "et", "ou", "mais", "de", "du", "au", "aux", "en", "dans", "avec", "pour", "par", "sur",
        "que", "qui", "quoi", "est", "sont", "être", "avoir", "je", "vous", "nous", "il", "elle", "ils", "elles", "ce", "cette", "ces",
        "mon", "ma", "mes", "votre", "vos", "notre", "nos", "leur", "leurs", "ne", "pas", "plus", "très", "bien", "oui", "non", "merci",
        "comment", "quand", "où", "pourquoi", "c'est", "j'ai", "je", "peut", "pouvons", "pourrions", "suis", "aussi", "comprends",
    ], "çœàèùâêîôû");

    public static readonly LanguageProfile Portuguese = new("pt", "Portuguese",
    [
        "o", "os", "a", "as", "um", "uma", "e", "ou", "mas", "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "com",
        "por", "para", "que", "é", "são", "está", "estão", "ser", "você", "vocês", "nós", "eu", "ele", "ela", "seu", "sua", "meu",
        "minha", "não", "sim", "muito", "mais", "como", "quando", "onde", "porque", "obrigado", "obrigada", "também", "isso", "isto",
        "entendo", "podemos", "poderíamos",
    ], "ãõç");

    public static readonly LanguageProfile Italian = new("it", "Italian",
    [
        "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "o", "ma", "di", "del", "della", "dei", "in", "nel", "nella",
        "con", "per", "su", "che", "è", "sono", "essere", "avere", "io", "lei", "noi", "voi", "loro", "suo", "sua", "mio", "mia",
        "non", "sì", "molto", "più", "come", "quando", "dove", "perché", "grazie", "anche", "questo", "questa", "capisco",
        "possiamo", "potremmo",
    ], "ìò");

    public static readonly LanguageProfile Dutch = new("nl", "Dutch",
    [
        "de", "het", "een", "en", "of", "maar", "van", "voor", "met", "op", "aan", "in", "is", "zijn", "was", "ik", "je", "jij", "u",
        "wij", "we", "jullie", "hij", "zij", "ze", "niet", "geen", "ook", "nog", "al", "heel", "wat", "hoe", "wie", "wanneer", "waar",
        "waarom", "dat", "dit", "als", "omdat", "ja", "nee", "dank", "bedankt", "kunnen", "wij", "onze", "uw", "jouw", "begrijp",
    ], "ĳ");

    public static IReadOnlyList<LanguageProfile> All { get; } = [English, Spanish, German, French, Portuguese, Italian, Dutch];
}
