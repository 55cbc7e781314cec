/*
 * phonetic.h -- sound-alike codes and transliteration, for blocking keys.
 *
 * Duplicate detection compares only records that share a blocking key.
 * A phonetic key such as "soundex(last_name)" puts Meyer, Meier and Maier
 * in one block; transliterating first puts Иванов and Ivanov there too.
 *
 * The coders read ASCII letters, case-insensitively.  Soundex skips
 * everything else; Double Metaphone treats everything else as a silent
 * non-letter (except Ç and Ñ, which it knows, and ß, read as SS).  Run
 * non-Latin names through ph_translit() first.  The coders are pure:
 * thread-safe, no allocation, no blocking.
 *
 * A transliterator wraps an ICU UTransliterator.  The first one opened
 * costs about 15 ms (ICU builds its registry), later ones about 0.5 ms;
 * one must not be used by two threads at once: open one per thread (or
 * per scan) and keep it.
 */
#ifndef STEWARD_PHONETIC_H
#define STEWARD_PHONETIC_H

#include <stddef.h>

#define PH_SOUNDEX_LEN	5	/* a Soundex code and its NUL */
#define PH_DM_LEN	4	/* the usual Double Metaphone code length */
#define PH_MAXIN	255	/* characters a coder reads at most */
#define PH_TRANSLIT_MAX	4096	/* bytes ph_translit reads at most */

struct ph_translit;

/*
 * American Soundex of the ASCII letters of in: the first letter, then
 * the digits of the next consonants (BFPV 1, CGJKQSXZ 2, DT 3, L 4, MN 5,
 * R 6), where letters with the same digit count once when adjacent or
 * separated only by H or W (Ashcraft A261), but twice when a vowel (or
 * Y) is between them (Tymczak T522); the first letter's digit counts as
 * written (Pfister P236).  Padded with zeros to 4: Lee L000.  out gets
 * the code and a NUL; returns 4, or 0 and "" when in has no letter.
 */
size_t		 ph_soundex(const char *, size_t, char [PH_SOUNDEX_LEN]);

/*
 * Double Metaphone (Lawrence Philips, 2000) of in, as Apache
 * commons-codec's DoubleMetaphone computes it: primary and alternate
 * codes of at most maxlen characters each (PH_DM_LEN is the usual 4),
 * from the letters A..Z plus "0" for th (Smith SM0/XMT, Schmidt
 * XMT/SMT, Jose HS/HS).  Both buffers need maxlen + 1 bytes; alternate
 * may be NULL.  White space around in is trimmed, at most PH_MAXIN
 * characters are read, and empty input gives "" for both.  Faithful to
 * the reference down to its quirks: a J that ends the input adds a
 * space to the alternate code (Raj is "RJ" and "R ").
 */
void		 ph_double_metaphone(const char *, size_t, char *, char *,
		    size_t);

/*
 * Open a transliterator to lowercase ASCII: ICU's Russian-Latin/BGN for
 * Cyrillic, Greek-Latin/UNGEGN for Greek, Any-Latin for other scripts,
 * then Latin-ASCII and Lower (Иванов ivanov, Юлия yuliya, Ελένη eleni,
 * 王伟 wang wei, Müller muller, Łukasz lukasz).  BGN and UNGEGN give
 * the spellings people use in passports and e-mail rather than the
 * scholarly ones (Щукин shchukin, not sukin); their soft sign, hard
 * sign and separator marks are dropped (Ковальчук kovalchuk, Матсуев
 * matsuyev).  Han is read as Mandarin, also in Japanese names (山田
 * shan tian, not yamada); kana and Hangul are romanized.
 * Returns NULL on failure with the reason in err (NUL-terminated, cut
 * to errlen).  Free with ph_translit_close().
 */
struct ph_translit *ph_translit_open(char *, size_t);
/*
 * Transliterate in (UTF-8, at most PH_TRANSLIT_MAX bytes read) into out:
 * at most outlen - 1 bytes of lowercase ASCII and a NUL; returns the
 * bytes written.  Pure ASCII input is only lowercased, without ICU.
 * What ICU leaves non-ASCII (emoji, some symbols) is dropped; bytes that
 * are not UTF-8 read as U+FFFD and are dropped too.  If ICU fails (or t
 * is NULL) the result is the ASCII of in, lowercased.  Allocates only
 * for long input.
 */
size_t		 ph_translit(struct ph_translit *, const char *, size_t, char *,
		    size_t);
void		 ph_translit_close(struct ph_translit *);
/*
 * Free ICU's process-wide caches (the transliterator registry, a few
 * MB), so that leak checkers see a clean exit.  Call at most once, at
 * exit, after every transliterator is closed and while no other thread
 * uses ICU.
 */
void		 ph_cleanup(void);
/*
 * A blocking key: the primary Double Metaphone code (at most
 * PH_DM_LEN characters, and at most outlen - 1) of the transliteration
 * of in, so Иванов and Ivanov both give AFNF.  out gets the key and a
 * NUL; returns its length (0 when in has no letters).
 */
size_t		 ph_key(struct ph_translit *, const char *, size_t, char *,
		    size_t);

#endif
