/*
 * token.c - split a document into tokens with byte spans and lower-case keys.
 *
 * Words are runs of letters and digits (UTF-8 letters included); a number is
 * a run of digits that may hold ',' or '.' between digits ("2,000", "1.6");
 * a number glued to letters ("1.6bn") gives two tokens.  Hyphens, apostrophes
 * and other punctuation are tokens of their own, so "Azerbaijan-Pakistan"
 * gives three tokens and "India's" gives "india" + "'s".  Typographic quotes
 * and dashes get the key of their ASCII twin (’ -> ', – -> -), two
 * apostrophes (or backquotes) the key of a double quote; the "won" of
 * "won't" is keyed "will" (wont_at), so no rule reads a contract won.  Line
 * breaks are tokens too: no unit of text crosses them.
 */
#include "extract/extract_internal.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <string.h>
#include <strings.h>

/* Is the two-byte UTF-8 letter c0 c1 (U+0100..U+017F, Latin Extended-A:
 * "Š", "Ł", "Ş", "Č", "İ") a capital?  The block pairs each capital with
 * its small letter, the capital first, on even code points up to U+0137
 * and from U+014A to U+0177, on odd ones between (stop 60: "Dovilė
 * Šakalienė" is a name). */
static int latin_ext_a_upper(unsigned char c0, unsigned char c1)
{
	unsigned cp = ((unsigned)(c0 & 0x1F) << 6) | (c1 & 0x3F);
	if (c1 < 0x80 || c1 > 0xBF || cp < 0x100 || cp > 0x17E || cp == 0x138 || cp == 0x149)
		return 0;
	if (cp == 0x178)
		return 1;
	if ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179)
		return cp & 1;
	return !(cp & 1);
}

static int push_key(tokens *t, const char *k, size_t n, uint32_t *off)
{
	if (t->keys_len + n + 1 > t->keys_cap) {
		size_t ncap = t->keys_cap ? t->keys_cap * 2 : 4096;
		char *nk;
		while (ncap < t->keys_len + n + 1)
			ncap *= 2;
		nk = ent__realloc(t->keys, ncap);
		if (!nk)
			return ENT_ENOMEM;
		t->keys = nk;
		t->keys_cap = ncap;
	}
	if (t->keys_len > UINT32_MAX - n - 1)
		return ENT_ETOOBIG;
	*off = (uint32_t)t->keys_len;
	memcpy(t->keys + t->keys_len, k, n);
	t->keys[t->keys_len + n] = '\0';
	t->keys_len += n + 1;
	return ENT_OK;
}

static int push(tokens *t, const char *text, size_t start, size_t end, tok_kind kind,
		int space, const char *key, size_t keylen)
{
	tok *x;
	char low[256];
	size_t i, n;
	if (t->n == t->cap) {
		size_t ncap = t->cap ? t->cap * 2 : 1024;
		tok *nv = ent__realloc(t->v, ncap * sizeof *nv);
		if (!nv)
			return ENT_ENOMEM;
		t->v = nv;
		t->cap = ncap;
	}
	x = &t->v[t->n];
	memset(x, 0, sizeof *x);
	x->start = (uint32_t)start;
	x->end = (uint32_t)end;
	x->kind = (uint8_t)kind;
	x->space_before = (uint8_t)space;
	if (!key) {
		int letters = 0, uppers = 0;
		n = end - start;
		if (n > sizeof low - 1)
			n = sizeof low - 1; /* keys of absurdly long words are cut */
		for (i = 0; i < n; i++) {
			unsigned char c = (unsigned char)text[start + i];
			if (c >= 'A' && c <= 'Z') {
				letters++;
				uppers++;
				c = (unsigned char)(c - 'A' + 'a');
			} else if (c >= 'a' && c <= 'z') {
				letters++;
			}
			low[i] = (char)c;
		}
		{
			unsigned char c0 = (unsigned char)text[start];
			unsigned char c1 = start + 1 < end ? (unsigned char)text[start + 1] : 0;
			x->upper = (c0 >= 'A' && c0 <= 'Z') ||
				   (c0 == 0xC3 && c1 >= 0x80 && c1 <= 0x9E) ||
				   ((c0 == 0xC4 || c0 == 0xC5) && latin_ext_a_upper(c0, c1));
		}
		/* an abbreviation with one small letter inside ("RoK", "MoD")
		 * is written in capitals as well */
		x->allcaps = letters > 0 && (letters == uppers ||
					     (letters >= 3 && letters <= 5 && uppers == letters - 1 &&
					      x->upper && text[end - 1] >= 'A' && text[end - 1] <= 'Z'));
		key = low;
		keylen = n;
		/* "war games" is read as "wargames", like "war-games" */
		if ((n == 5 || n == 4) && memcmp(low, "game", 4) == 0 && (n == 4 || low[4] == 's') &&
		    t->n > 0 && t->v[t->n - 1].keylen == 3 &&
		    memcmp(t->keys + t->v[t->n - 1].key, "war", 3) == 0) {
			memmove(low + 3, low, n);
			memcpy(low, "war", 3);
			keylen = n += 3;
		}
	}
	if (push_key(t, key, keylen, &x->key))
		return ENT_ENOMEM;
	x->keylen = (uint16_t)keylen;
	t->n++;
	return ENT_OK;
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

/* The length in bytes of an apostrophe at s[j] (', ’, ʼ; with `left`, ‘
 * too), or 0. */
static size_t apostrophe_len(const unsigned char *s, size_t len, size_t j, int left)
{
	if (j < len && s[j] == '\'')
		return 1;
	if (j + 2 < len && s[j] == 0xE2 && s[j + 1] == 0x80 &&
	    (s[j + 2] == 0x99 || (left && s[j + 2] == 0x98)))
		return 3;
	if (j + 1 < len && s[j] == 0xCA && s[j + 1] == 0xBC)
		return 2;
	return 0;
}

/* Is s[j] the letter c (either case) with no letter after it ("t" of
 * "won't", "s" of "India's")? */
static int lone_letter(const unsigned char *s, size_t len, size_t j, char c)
{
	return j < len && (s[j] | 32) == c &&
	       (j + 1 >= len || !(is_alpha(s[j + 1]) || s[j + 1] >= 0x80));
}

/* Do the three bytes at p spell a currency's code written against its
 * amount ("USD1.2 billion", "EUR500 million")? */
static int currency_code_at(const unsigned char *p)
{
	static const char codes[][4] = {"USD", "EUR", "GBP", "INR", "AUD", "CAD", "JPY",
					"CNY", "RUB", "PKR", "KRW", "TRY", "AED", "SAR"};
	size_t k;
	for (k = 0; k < sizeof codes / sizeof codes[0]; k++)
		if (p[0] == (unsigned char)codes[k][0] && p[1] == (unsigned char)codes[k][1] &&
		    p[2] == (unsigned char)codes[k][2])
			return 1;
	return 0;
}

/* Is the word s[i..j) "won" of "won't" (', ’ or ʼ then "t" and no letter
 * after)?  Its key is then "will", so that no rule reads a contract won. */
static int wont_at(const unsigned char *s, size_t len, size_t i, size_t j)
{
	size_t q;
	if (j - i != 3 || (s[i] | 32) != 'w' || (s[i + 1] | 32) != 'o' || (s[i + 2] | 32) != 'n')
		return 0;
	q = apostrophe_len(s, len, j, 0);
	return q && lone_letter(s, len, j + q, 't');
}

/* Length of the UTF-8 sequence at s (1 for ASCII or a stray byte). */
static size_t u8len(const unsigned char *s, size_t left)
{
	size_t n = 1;
	if (s[0] >= 0xF0)
		n = 4;
	else if (s[0] >= 0xE0)
		n = 3;
	else if (s[0] >= 0xC0)
		n = 2;
	return n <= left ? n : left;
}

/* Classify a multi-byte character: 0 letter, 1 punctuation, 2 space.  For
 * punctuation that has an ASCII twin, *twin receives it. */
static int u8class(const unsigned char *s, size_t n, char *twin)
{
	*twin = 0;
	if (n == 2 && s[0] == 0xC2) {
		if (s[1] == 0xA0)
			return 2;
		return 1; /* Latin-1 punctuation and symbols: ¡ £ « » ° ... */
	}
	if (n == 2 && s[0] == 0xC3 && s[1] == 0x97)
		return 1; /* × */
	if (n == 2 && s[0] == 0xCA && s[1] == 0xBC) {
		*twin = '\''; /* ʼ (modifier letter apostrophe: "Ukraineʼs") */
		return 1;
	}
	if (n == 3 && s[0] == 0xE2) {
		if (s[1] == 0x80) {
			if (s[2] <= 0x8A || s[2] == 0xAF)
				return 2; /* en quad .. hair space, narrow nbsp */
			if (s[2] >= 0x90 && s[2] <= 0x95)
				*twin = '-';
			else if (s[2] == 0x98 || s[2] == 0x99 || s[2] == 0x9B || s[2] == 0xB2)
				*twin = '\'';
			else if (s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x9F || s[2] == 0xB3)
				*twin = '"';
			return 1;
		}
		return 1; /* currency, arrows, maths, boxes ... */
	}
	if (n == 3 && s[0] == 0xE3 && s[1] == 0x80)
		return s[2] == 0x80 ? 2 : 1; /* CJK punctuation */
	if (n == 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return 2; /* BOM */
	if (n == 3 && s[0] == 0xEF && s[1] == 0xB8 && s[2] >= 0x80 && s[2] <= 0x8F)
		return 2; /* variation selectors: "▪️Oman" is a bullet, then a name
			   * (stop 62) */
	if (n == 4 && s[0] == 0xF0 && s[1] == 0x9F)
		return 1; /* emoji */
	return 0;
}

/* The end of the line [b, e) without its trailing blanks. */
static size_t line_end(const unsigned char *s, size_t b, size_t e)
{
	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	return e;
}

/* Does a line ending at byte e (exclusive; the line starts at b) end a
 * sentence or a heading: its last visible character is terminal
 * punctuation, or it is short? */
static int line_closed(const unsigned char *s, size_t b, size_t e)
{
	e = line_end(s, b, e);
	if (e - b < 30)
		return 1;
	switch (s[e - 1]) {
	case '.': case '!': case '?': case ':': case ';': case '"': case ')': case '|':
		return 1;
	default:
		/* closing quotes ’ ” (E2 80 99 / 9D) */
		return e - b >= 3 && s[e - 3] == 0xE2 && s[e - 2] == 0x80 &&
		       (s[e - 1] == 0x99 || s[e - 1] == 0x9D);
	}
}

/* Is the text hard-wrapped (wire copy, e-mail, PDF text): at least three
 * long lines, and a third of the long lines, end mid-sentence, and do
 * fewer than a quarter of them run longer than any wrapping width (150
 * bytes: a whole paragraph on a line)?  A page of one paragraph a line,
 * with a headline, a tweet, a date and links to read on open lines, is
 * not wrapped. */
static int hard_wrapped(const unsigned char *s, size_t len)
{
	size_t b = 0, i, open = 0, longl = 0, para = 0;
	for (i = 0; i <= len; i++) {
		if (i < len && s[i] != '\n')
			continue;
		if (i - b >= 30) {
			longl++;
			open += !line_closed(s, b, i);
			para += i - b > 150;
		}
		b = i + 1;
	}
	return open >= 3 && 3 * open >= longl && 4 * para < longl;
}

/* Does the line [b, e) end in a word no sentence ends with ("and",
 * "the", "of", "from" ...)? */
static int open_word(const unsigned char *s, size_t b, size_t e)
{
	static const char *const words[] = {"and", "or", "the", "a", "an", "of", "to", "in",
					    "from", "with", "by", "for", "at", "on", "that",
					    "which", "as", "its", "their", NULL};
	size_t w = e, k;
	while (w > b && is_alpha(s[w - 1]))
		w--;
	if (w == e || (w > b && s[w - 1] != ' '))
		return 0;
	for (k = 0; words[k]; k++)
		if (strlen(words[k]) == e - w && strncasecmp((const char *)s + w, words[k], e - w) == 0)
			return 1;
	return 0;
}

/* In hard-wrapped text, is the line break at i (s[i] == '\n') inside a
 * sentence: the line before is open, and the next line holds text that
 * is not a list item or a table row?  Returns the bytes the break takes
 * (1, or more over a blank line), 0 when it is a true break. */
static int soft_break(const unsigned char *s, size_t len, size_t i)
{
	size_t b = i, j = i + 1;
	while (b > 0 && s[b - 1] != '\n')
		b--;
	if (line_closed(s, b, i))
		return 0;
	while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
		j++;
	/* a page that set a blank line after every wrapped line ("Sailors
	 * from Chile, Peru, and\n\nthe United States began"): one blank
	 * line, then a line that goes on in small letters, or after a comma
	 * or a word no sentence ends with */
	if (j < len && s[j] == '\n') {
		size_t k = j + 1, e = i;
		while (k < len && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
			k++;
		e = line_end(s, b, e);
		if (k < len && s[k] != '\n' &&
		    ((s[k] >= 'a' && s[k] <= 'z') || s[e - 1] == ',' || open_word(s, b, e)))
			return (int)(k - i);
		return 0;
	}
	if (j >= len || s[j] == '\n' || s[j] == '-' || s[j] == '*' || s[j] == '|' || s[j] == '#' ||
	    s[j] == 0xE2 /* bullets, dashes */)
		return 0;
	/* rows of a pipe table without outer pipes ("France | India | 2016") */
	if (memchr(s + b, '|', i - b)) {
		const unsigned char *e = memchr(s + j, '\n', len - j);
		if (memchr(s + j, '|', (size_t)((e ? e : s + len) - (s + j))))
			return 0;
	}
	return 1;
}

/* In text that is not hard-wrapped, is the single line break at i inside
 * a sentence all the same: the line before ends with no closing mark and
 * the next one goes on in small letters ("However, the\nwar in Ukraine"),
 * or the line before ends in a word no sentence ends with ("plans to buy
 * jets from the\nUnited States")? */
static int broken_line(const unsigned char *s, size_t len, size_t i)
{
	size_t b = i, e = i, j = i + 1;
	while (b > 0 && s[b - 1] != '\n')
		b--;
	e = line_end(s, b, e);
	if (e == b || !(is_alpha(s[e - 1]) || s[e - 1] == ','))
		return 0;
	while (j < len && (s[j] == ' ' || s[j] == '\t'))
		j++;
	if (j >= len || !is_alpha(s[j]))
		return 0;
	return (s[j] >= 'a' && s[j] <= 'z') || open_word(s, b, e);
}

/* Is the apostrophe of q bytes at i, after the capitalised word opened at
 * b that ends in "s", the mark of a plural possessive ("the Philippines'
 * security", "the United States' decision"), not a closing quote ('Sea
 * Defenders' exercise)?  A space must follow it, and the nearest quote
 * mark before the word on its line must not be an opening one. */
static int plural_possessive(const unsigned char *s, size_t len, size_t b, size_t i, size_t q)
{
	size_t p;
	if (i == 0 || (s[i - 1] | 32) != 's' || !(s[b] >= 'A' && s[b] <= 'Z') || i + q >= len ||
	    s[i + q] != ' ')
		return 0;
	for (p = b; p > 0 && s[p - 1] != '\n'; p--) {
		unsigned char c = s[p - 1];
		if (p >= 3 && s[p - 3] == 0xE2 && s[p - 2] == 0x80 && c == 0x98)
			return 0; /* an opening typographic quote */
		if (c != '\'' && !(p >= 3 && s[p - 3] == 0xE2 && s[p - 2] == 0x80 && c == 0x99))
			continue;
		{
			size_t at = c == '\'' ? p - 1 : p - 3;
			int before = at > 0 && (is_alpha(s[at - 1]) || is_digit(s[at - 1]) ||
						s[at - 1] >= 0x80);
			int after = p < len && (is_alpha(s[p]) || s[p] >= 0x80);
			if (before && after)
				continue; /* inside a word: "India's" */
			return before; /* a closing mark ends the quote; an opening
					* one makes this mark its close */
		}
	}
	return 1;
}

int ent__tokenize(tokens *t, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;
	int space = 1, rc, wrapped, soft;
	memset(t, 0, sizeof *t);
	if (len >= UINT32_MAX)
		return ENT_ETOOBIG;
	wrapped = hard_wrapped(s, len);
	while (i < len) {
		unsigned char c = s[i];
		if (c == '\n' && wrapped && (soft = soft_break(s, len, i)) != 0) {
			i += (size_t)soft; /* a wrapped line goes on: the break is a space */
			space = 1;
			continue;
		}
		if (c == '\n' && !wrapped && broken_line(s, len, i)) {
			i++;
			space = 1;
			continue;
		}
		if (c == '\n') {
			if ((rc = push(t, text, i, i + 1, TK_NEWLINE, space, "\n", 1)))
				return rc;
			i++;
			space = 1;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0) {
			i++;
			space = 1;
			continue;
		}
		if (is_digit(c)) {
			size_t j = i + 1;
			while (j < len && (is_digit(s[j]) ||
					   ((s[j] == ',' || s[j] == '.') && j + 1 < len && is_digit(s[j + 1]))))
				j++;
			if ((rc = push(t, text, i, j, TK_NUM, space, NULL, 0)))
				return rc;
			i = j;
			space = 0;
			continue;
		}
		if (c >= 0x80 || is_alpha(c)) {
			size_t j = i;
			char twin;
			size_t n = u8len(s + i, len - i);
			int cls = c >= 0x80 ? u8class(s + i, n, &twin) : 0;
			if (cls == 2) {
				i += n;
				space = 1;
				continue;
			}
			if (cls == 1) {
				if ((rc = push(t, text, i, i + n, TK_PUNCT, space, twin ? &twin : NULL,
					       twin ? 1 : 0)))
					return rc;
				i += n;
				space = 0;
				continue;
			}
			/* a word: ASCII letters/digits and UTF-8 letters */
			while (j < len) {
				if (s[j] < 0x80) {
					if (is_alpha(s[j]) || is_digit(s[j]))
						j++;
					else
						break;
				} else {
					size_t m = u8len(s + j, len - j);
					/* "Bogotï¿½": U+FFFD read as Latin-1 and
					 * encoded again stands for a letter */
					if (j + 4 <= len && j >= 2 && s[j - 2] == 0xC3 &&
					    s[j - 1] == 0xAF && s[j] == 0xC2 && s[j + 1] == 0xBF &&
					    s[j + 2] == 0xC2 && s[j + 3] == 0xBD) {
						j += 4;
						continue;
					}
					if (u8class(s + j, m, &twin) != 0)
						break;
					j += m;
				}
			}
			if (j > i + 3 && is_digit(s[i + 3]) && currency_code_at(s + i))
				j = i + 3; /* "USD1.2 billion": the code, then the
					    * amount (stop 49) */
			else if (j > i + 2 && s[i] == 'F' && s[i + 1] == 'Y' && is_digit(s[i + 2]))
				j = i + 2; /* "FY2019": the fiscal year's mark,
					    * then the year (stop 52) */
			if ((rc = push(t, text, i, j, TK_WORD, space, NULL, 0)))
				return rc;
			if (wont_at(s, len, i, j)) {
				tok *w = &t->v[t->n - 1];
				if (push_key(t, "will", 4, &w->key))
					return ENT_ENOMEM;
				w->keylen = 4;
			}
			i = j;
			space = 0;
			/* possessive 's / ’s */
			if (i < len) {
				size_t q = apostrophe_len(s, len, i, 1);
				if (q == 1 && i + 1 < len && s[i + 1] == '\'')
					q = 0; /* not "the patrols''": a double mark */
				if (q && lone_letter(s, len, i + q, 's')) {
					if ((rc = push(t, text, i, i + q + 1, TK_WORD, 0, "'s", 2)))
						return rc;
					i += q + 1;
				} else if (q && plural_possessive(s, len, t->v[t->n - 1].start, i, q)) {
					/* "the Philippines' security": the mark alone */
					if ((rc = push(t, text, i, i + q, TK_WORD, 0, "'s", 2)))
						return rc;
					i += q;
				}
			}
			continue;
		}
		if ((c == '\'' || c == '`') && i + 1 < len && s[i + 1] == c) {
			/* "voiced ''resolute opposition''", "``so-called''": two
			 * marks stand for a double quote */
			if ((rc = push(t, text, i, i + 2, TK_PUNCT, space, "\"", 1)))
				return rc;
			i += 2;
			space = 0;
			continue;
		}
		{
			char k = (char)c;
			if (c == '`')
				k = '\'';
			if ((rc = push(t, text, i, i + 1, TK_PUNCT, space, &k, 1)))
				return rc;
			i++;
			space = 0;
		}
	}
	return ENT_OK;
}

void ent__tokens_destroy(tokens *t)
{
	ent__free(t->v);
	ent__free(t->keys);
	memset(t, 0, sizeof *t);
}
