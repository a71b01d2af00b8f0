using System.Buffers;
using System.Collections.Frozen;

namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>
/// A question's words in the lexicon's normal form: lower case, accents folded ("está" is "esta"), apostrophes dropped
/// ("don't" is "dont"), a few emoji read as the word they stand for, and likely misspellings of key words corrected.
/// Each word remembers its sentence and clause (for how far a rule may reach and where a negation stops), whether it
/// sits inside double quotes, and where it came from in the original text (to quote it back to a counselor).
/// </summary>
internal sealed class RiskText : IDisposable
{
    private readonly char[] buffer;
    private readonly Token[] tokens;

    private RiskText(string original, char[] buffer, Token[] tokens, int count, int sentences)
    {
        Original = original;
        this.buffer = buffer;
        this.tokens = tokens;
        Count = count;
        Sentences = sentences;
    }

    public string Original { get; }

    public int Count { get; }

    public int Sentences { get; }

    public ref readonly Token this[int index] => ref tokens[index];

    public ReadOnlySpan<char> Word(int index)
    {
        ref readonly var token = ref tokens[index];
        return token.Corrected is { } corrected ? corrected.AsSpan() : buffer.AsSpan(token.Start, token.Length);
    }

    /// <summary>The words from <paramref name="first"/> to <paramref name="last"/> as the person wrote them.</summary>
    public string Quote(int first, int last)
    {
        var from = tokens[first].From;
        var to = tokens[last].To;
        var span = Original.AsSpan(from, to - from);
        return span.Length <= 80 ? span.ToString() : string.Concat(span[..77], "...");
    }

    /// <param name="negations">The <see cref="WordIds"/> of the words that deny what follows them.</param>
    public static RiskText Read(string text, Speller speller, FrozenSet<int> negations)
    {
        var buffer = ArrayPool<char>.Shared.Rent((text.Length * 3) + 8);
        var tokens = ArrayPool<Token>.Shared.Rent((text.Length / 2) + 2);
        var count = 0;
        var length = 0;
        var sentence = 0;
        var clause = 0;
        var quoted = false;
        var wordStart = -1;
        var wordFrom = 0;

        void EndWord(int to)
        {
            if (wordStart < 0)
            {
                return;
            }

            var word = buffer.AsSpan(wordStart, length - wordStart);
            var corrected = speller.Correct(word);
            var id = corrected is null ? WordIds.Find(word) : WordIds.Find(corrected);
            tokens[count++] = new Token(wordStart, word.Length, wordFrom, to, sentence, clause, quoted, corrected)
            {
                IsNegation = negations.Contains(id),
                WordId = id,
            };
            wordStart = -1;
        }

        void AddSymbol(string word, int from, int to)
        {
            EndWord(from);
            word.CopyTo(buffer.AsSpan(length));
            tokens[count++] = new Token(length, word.Length, from, to, sentence, clause, quoted, null) { WordId = WordIds.Find(word) };
            length += word.Length;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (wordStart < 0)
                {
                    wordStart = length;
                    wordFrom = i;
                }

                buffer[length++] = char.IsAscii(c) ? char.ToLowerInvariant(c) : Fold(char.ToLowerInvariant(c));
                continue;
            }

            if (c is '\'' or '\u2019' or '\u2018' or '`' && wordStart >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && Emoji(char.ConvertToUtf32(c, text[i + 1])) is { } meaning)
            {
                AddSymbol(meaning, i, i + 2);
                i++;
                continue;
            }

            // "at 12%" is a phone's battery, not an age.
            if (c == '%')
            {
                AddSymbol("percent", i, i + 1);
                continue;
            }

            EndWord(i);
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    clause++;
                    break;
                case '\u201C':
                    quoted = true;
                    clause++;
                    break;
                case '\u201D':
                    quoted = false;
                    clause++;
                    break;
                case '.' or '!' or '?' or ';' or '\n' or '\u2026':
                    if (count > 0 && tokens[count - 1].Sentence == sentence)
                    {
                        sentence++;
                    }

                    clause++;
                    quoted = quoted && c is not '\n';
                    break;
                case ',' or ':' or '(' or ')' or '\u2013' or '\u2014':
                    clause++;
                    break;
            }
        }

        EndWord(text.Length);
        var sentences = count == 0 ? 0 : tokens[count - 1].Sentence + 1;
        return new RiskText(text, buffer, tokens, count, sentences);
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(buffer);
        // Only the words read hold a corrected spelling to let go of; clearing the whole rented array cost more than reading.
        Array.Clear(tokens, 0, Count);
        ArrayPool<Token>.Shared.Return(tokens);
    }

    /// <summary>Spanish and French accents to plain letters, so "está" and "esta" are one word to the lexicon.</summary>
    private static char Fold(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => c,
    };

    /// <summary>Emoji that people use for a means of harm, or to say they are joking, read as the word.</summary>
    private static string? Emoji(int codePoint) => codePoint switch
    {
        0x1F48A => "pills",
        0x1F602 or 0x1F923 => "lol",
        0x1F52B => "gun",
        0x1F52A => "knife",
        0x1FAA2 => "rope",
        _ => null,
    };

    internal readonly record struct Token(int Start, int Length, int From, int To, int Sentence, int Clause, bool Quoted, string? Corrected)
    {
        public bool IsNegation { get; init; }

        /// <summary>The word's number in <see cref="WordIds"/>, or <see cref="WordIds.Unknown"/>.</summary>
        public int WordId { get; init; }
    }
}
