/*
 * frames_exercise.c - rules for exercises: drill words and names, who
 * takes part ("joint exercise between X and Y", "the participants were
 * ..."), where and when, and drills carried across sentences.
 */
#include "extract/frames_internal.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int more_editions(dctx *d, const span *s, size_t ci);
static int drills_after_years(dctx *d, const span *s, size_t ci);
static int ex_paired_name(dctx *d, const span *s, size_t ci, uint32_t b0);
static int bilateral_named(const dctx *d, const span *s, size_t trig, uint32_t b0);
static const char *name_matches(const char *name, const char *t, const char *end);
static int ex_pending(const dctx *d, const span *s);

/* "Bilateral (military) cooperation has included joint exercises", "Their
 * defence ties include joint drills": a sentence that opens with
 * "bilateral" or "their", a noun of ties within three words and a verb of
 * including before the drill word at trig (stop 58). */
static int cooperation_included(const dctx *d, const span *s, size_t trig)
{
	static const char *w_ties_n[] = {"cooperation", "co-operation", "ties", "relations",
					 "partnership", NULL};
	static const char *w_incl_v[] = {"included", "includes", "include", "including", NULL};
	size_t j = s->t0, n;
	if (trig == NONE || !(kis(d, j, "bilateral") || kis(d, j, "their")))
		return 0;
	for (j++, n = 0; j < trig && n < 3 && !kin_local(d, j, w_ties_n); j++, n++)
		;
	if (j >= trig || !kin_local(d, j, w_ties_n))
		return 0;
	return find_in(d, j + 1, trig, w_incl_v) != NONE;
}

/* ---- exercises -------------------------------------------------------------- */

/* Does a state, demonym or bloc mention start at token i? */
static int starts_actor(const dctx *d, const span *s, size_t i)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 == i && M(d, k)->gz != GZ_WEAPON && M(d, k)->gz != GZ_ISSUE)
			return 1;
	return 0;
}

/* Capitalised words that date rather than name: "the exercise, Monday, ..." */
static const char *w_ex_date_word[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "however", "meanwhile", NULL};

static int is_name_word(const dctx *d, size_t i)
{
	const tok *x = &d->t.v[i];
	if (x->kind == TK_NUM)
		return 1;
	return x->kind == TK_WORD && x->upper && !KIN(d, i, w_name_stop);
}

/* Is token i four digits, a year as a name or a date writes it ("2019")? */
static int four_digits(const dctx *d, size_t i)
{
	return d->t.v[i].keylen == 4 && strspn(K(i), "0123456789") == 4;
}

/* "the Kekar Malindo Exercise Series 12/2023": "Series" (or "Serial")
 * after the word of the drill opens an edition mark, no name; the name is
 * before the word. */
static int ex_series_mark(const dctx *d, const span *s, size_t i)
{
	return (kis(d, i, "series") || kis(d, i, "serial")) && i + 1 < s->t1 &&
	       d->t.v[i + 1].kind == TK_NUM;
}

/* a body of troops a quoted name may name: "'Golani' fighters" */
static const char *w_ex_unit_n[] = {"fighters", "troops", "soldiers", "brigade", "brigades",
				    "battalion", "battalions", "unit", "units", "regiment",
				    "division", "delegation", "commandos", "marines", "pilots",
				    "sailors", "squadron", "contingent", NULL};

/* Find an exercise name in the span: "Operation X", "Exercise X", a quoted
 * name, "X exercise" with X capitalised, or "codenamed X".  Writes the byte
 * span of the name; returns 1 if found. */
/* A capitalised word of the drill's kind that opens a name after the drill
 * word: "exercises Sea Breeze 2015", "exercise Air Defender" (the next
 * word names too). */
static int name_opener(const dctx *d, const span *s, size_t i)
{
	const tok *x = &d->t.v[i];
	return x->kind == TK_WORD && x->upper && !x->allcaps && i + 2 < s->t1 &&
	       KIN(d, i, w_name_stop) && is_name_word(d, i + 1) &&
	       d->t.v[i + 1].kind == TK_WORD && !kis(d, i, "the") && !kis(d, i, "a") &&
	       !kis(d, i, "an") && !kis(d, i, "this") && !kis(d, i, "that") &&
	       !kis(d, i, "its") && !kis(d, i, "their");
}

/* "held on the occasion of X's 'Navy Day'", "to mark 'Unity Day'": a
 * quoted name that opens at token q after a word of an occasion (past a
 * possessor and determiners) is the day the drill marks, not its name. */
static int ex_quoted_occasion(const dctx *d, const span *s, size_t q)
{
	static const char *occasion[] = {"occasion", "mark", "marks", "marking", "celebrate",
					 "celebrates", "celebrating", "commemorate",
					 "commemorating", NULL};
	size_t i = q, n;
	for (n = 0; i > s->t0 && n < 4; n++) {
		i--;
		if (kin(d, i, occasion))
			return 1;
		if (!(kis(d, i, "of") || kis(d, i, "'s") || KIN(d, i, w_det) ||
		      (d->t.v[i].kind == TK_WORD && d->t.v[i].upper)))
			return 0;
	}
	return 0;
}

/* "before the exercises, General Michael Kurilla, commander of ...": a
 * rank or title opens a person's name, not the drill's (at token i, past
 * the rank's full stop: "Lt. Gen. ..."). */
static int ex_person_after(const dctx *d, const span *s, size_t i)
{
	(void)s;
	return kin(d, i, w_rank) || KIN(d, i, w_title);
}

/* "Pointing to the drill, Ramin Mehmanparast, the Iranian Foreign
 * Ministry spokesman, said": a title within the few words after the
 * name's comma makes the name a person's (from token i). */
static int ex_title_after(const dctx *d, const span *s, size_t i)
{
	size_t j;
	for (j = i; j < s->t1 && j < i + 7; j++) {
		if (kis(d, j, ",") || kis(d, j, "."))
			return 0;
		if (KIN(d, j, w_title))
			return 1;
	}
	return 0;
}

static int exercise_name_at(const dctx *d, const span *s, size_t trig, uint32_t *b0,
			    uint32_t *b1);

/* The exercise's name in the span (exercise_name_at), unless it opens with
 * a word that dates ("joint exercises Thursday", "drill May 26-31"): a day
 * or a month is no name (test_extract_exercise_names.c). */
static int exercise_name(const dctx *d, const span *s, size_t trig, uint32_t *b0, uint32_t *b1)
{
	static const char *w_kind_word[] = {"joint", "navy", "naval", "military", "army", "air",
					    "force", "combined", "maritime", "war", "live",
					    "fire", "drills", "drill", "exercise", "exercises",
					    "new", "major", "large", "annual", "first", "second",
					    "third", "largest", "biggest", NULL};
	size_t k, e;
	if (!exercise_name_at(d, s, trig, b0, b1))
		return 0;
	for (k = s->t0; k < s->t1 && d->t.v[k].start < *b0; k++)
		;
	if (k < s->t1 && d->t.v[k].start == *b0 && d->t.v[k].kind == TK_WORD &&
	    kin(d, k, w_ex_date_word) && !(k + 1 < s->t1 && d->t.v[k + 1].upper))
		return 0;
	/* "Kick Off Joint Navy Drills" in a headline: words of the drill's
	 * kind alone are no name; nor are they with an ordinal and the
	 * parties ("First UK-Japan Exercise ...", stop 46) */
	for (e = k; e < s->t1 && d->t.v[e].end <= *b1; e++) {
		const mention *m = mention_at(d, s, e);
		if (m && m->t0 == e && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    d->t.v[m->t1 - 1].end <= *b1) {
			e = m->t1 - 1;
			continue;
		}
		if (!(d->t.v[e].kind == TK_WORD && kin(d, e, w_kind_word)) && !kis(d, e, "-"))
			return 1;
	}
	return e == k;
}

/* At token j, at most two small words (list w_small) and then a
 * capitalised word: "of Friendship", "of the Seas" inside a quoted name. */
static int small_then_name(const dctx *d, const span *s, size_t j, const char **w_small)
{
	size_t n;
	for (n = 0; j < s->t1 && n < 2 && kin(d, j, w_small); j++, n++)
		;
	return n > 0 && j < s->t1 && d->t.v[j].kind != TK_PUNCT &&
	       (is_name_word(d, j) || d->t.v[j].upper);
}

/* '"Peace Mission 2010," a multi-national anti-terror military drill,
 * concluded ...': a name opening the sentence (quoted or not, its edition
 * year after it) in apposition to "a (an) ... <drill word>" at trig, up to
 * nine words and hyphens between (stop 40); 1 with its bytes, else 0. */
static int ex_opening_name(const dctx *d, const span *s, size_t trig, uint32_t *b0,
			   uint32_t *b1)
{
	size_t a = s->t0, e, c, n;
	if (trig == NONE || trig < s->t0 + 4)
		return 0;
	if (quote_mark(d, a))
		a++;
	for (e = a; e < trig; e++)
		if (!is_name_word(d, e) &&
		    !(e > a && four_digits(d, e)) &&
		    !(kis(d, e, "-") && e > a && e + 1 < trig && is_name_word(d, e + 1)))
			break;
	if (e == a || starts_actor(d, s, a))
		return 0;
	c = e;
	if (c < trig && quote_mark(d, c) && a > s->t0)
		c++; /* 'X",' */
	if (c >= trig || !kis(d, c, ","))
		return 0;
	c++;
	if (c < trig && quote_mark(d, c) && a > s->t0)
		c++; /* 'X,"' */
	if (c >= trig || !(kis(d, c, "a") || kis(d, c, "an")))
		return 0;
	for (c++, n = 0; c < trig && n < 9; c++, n++)
		if (!((d->t.v[c].kind == TK_WORD && !d->t.v[c].upper) || kis(d, c, "-")))
			return 0;
	if (c != trig)
		return 0;
	*b0 = d->t.v[a].start;
	*b1 = d->t.v[e - 1].end;
	return 1;
}

static int exercise_name_at(const dctx *d, const span *s, size_t trig, uint32_t *b0,
			    uint32_t *b1)
{
	size_t i, j;
	if (ex_opening_name(d, s, trig, b0, b1))
		return 1;
	for (i = s->t0; i < s->t1; i++) {
		if ((kis(d, i, "operation") || kis(d, i, "exercise") || kis(d, i, "exercises") ||
		     kis(d, i, "drills") || kis(d, i, "drill")) &&
		    i + 1 < s->t1 &&
		    ((is_name_word(d, i + 1) && d->t.v[i + 1].kind == TK_WORD) ||
		     ((!d->t.v[i].upper || i == s->t0) && name_opener(d, s, i + 1))) &&
		    !d->t.v[i].allcaps && !starts_actor(d, s, i + 1) && !ex_series_mark(d, s, i + 1) &&
		    !kis(d, i + 1, "program") && !kis(d, i + 1, "programme")) {
			/* ("a Joint Exercise Program multinational exercise":
			 * a programme of drills, no name) */
			j = i + 1;
			if (!is_name_word(d, j))
				j++; /* "Sea" of "Sea Breeze" */
			/* "Nasl al Behr": an Arabic article between name words */
			while (j < s->t1 && (is_name_word(d, j) ||
					     ((kis(d, j, "-") || kis(d, j, "al") || kis(d, j, "el")) &&
					      j + 1 < s->t1 && is_name_word(d, j + 1))))
				j++;
			if (j > i + 1) {
				/* "Operation Sindoor" keeps its first word; "exercise
				 * Steppe Shield 2024" names Steppe Shield 2024 */
				*b0 = d->t.v[i].upper ? d->t.v[i].start : d->t.v[i + 1].start;
				*b1 = d->t.v[j - 1].end;
				return 1;
			}
		}
		/* "their coordinated patrol (CORPAT)" */
		if (i == trig && i + 3 < s->t1 && kis(d, i + 1, "(") && d->t.v[i + 2].allcaps &&
		    d->t.v[i + 2].kind == TK_WORD && kis(d, i + 3, ")") && !starts_actor(d, s, i + 2)) {
			*b0 = d->t.v[i + 2].start;
			*b1 = d->t.v[i + 2].end;
			return 1;
		}
		/* apposition: "a joint training exercise, Shaheen-IX, at ..." */
		if (i == trig && i + 2 < s->t1 && kis(d, i + 1, ",") && !d->t.v[i].upper &&
		    is_name_word(d, i + 2) && d->t.v[i + 2].kind == TK_WORD &&
		    !starts_actor(d, s, i + 2) && !kin(d, i + 2, w_ex_date_word) &&
		    !ex_person_after(d, s, i + 2)) {
			j = i + 2;
			while (j < s->t1 && j < i + 8 &&
			       (is_name_word(d, j) ||
				(kis(d, j, "-") && j + 1 < s->t1 && is_name_word(d, j + 1))))
				j++;
			if (j < s->t1 && (kis(d, j, ",") || kis(d, j, ".") || kis(d, j, ")")) &&
			    !(kis(d, j, ",") && ex_title_after(d, s, j + 1))) {
				*b0 = d->t.v[i + 2].start;
				*b1 = d->t.v[j - 1].end;
				return 1;
			}
		}
		/* "named/called" name the drill only close after its word
		 * ("exercises named 'X'"), not a ship further on ("... Landing
		 * Helicopter Dock, named X") */
		if (kis(d, i, "codenamed") || kis(d, i, "dubbed") ||
		    (kis(d, i, "as") && i > s->t0 && kis(d, i - 1, "known") &&
		     (trig == NONE || (i > trig && i <= trig + 5) ||
		      (i == s->t0 + 1 && trig < i + 12))) || /* not "the group known as
							      * Quad kicked off drills" */
		    /* "under the name 'X'" (stop 37), "under the codename X"
		     * (stop 60) */
		    ((kis(d, i, "name") || kis(d, i, "codename")) && i > s->t0 + 1 &&
		     kis(d, i - 1, "the") && kis(d, i - 2, "under")) ||
		    ((kis(d, i, "named") || kis(d, i, "called")) &&
		     (trig == NONE || (i > trig && i <= trig + 4) ||
		      (i == s->t0 && trig < i + 12))) ||
		    kis(d, i, "titled") || kis(d, i, "entitled") || kis(d, i, "christened")) {
			static const char *w_small[] = {"the", "a", "an", "in", "on", "of", "and",
							"for", "with", "at", "by", NULL};
			size_t q = NONE;
			j = i + 1;
			/* "code named – 'Sincere Partners 2019'" (stop 54) */
			if (j + 1 < s->t1 && (kis(d, j, "-") || kis(d, j, ":")) &&
			    (kis(d, j + 1, "'") || kis(d, j + 1, "\"")))
				j++;
			if (j < s->t1 && (kis(d, j, "'") || kis(d, j, "\"")))
				q = j++;
			i = j;
			/* after the naming verb any capitalised word names ("named
			 * Sea Shield 24", "dubbed Joint Sea-2025"); inside quote
			 * marks small words too ("code named 'Defenders of
			 * Friendship 2016'") */
			while (j < s->t1 &&
			       (is_name_word(d, j) || kis(d, j, "-") ||
				(d->t.v[j].kind == TK_WORD && d->t.v[j].upper && !kin(d, j, w_small) &&
				 !starts_actor(d, s, j)) ||
				(q != NONE && j > i && small_then_name(d, s, j, w_small))))
				j++;
			while (j > i && kis(d, j - 1, "-"))
				j--; /* "dubbed Selenga-2024 - began": the dash closes
				      * the aside (stop 46) */
			if (j > i) {
				*b0 = d->t.v[i].start;
				*b1 = d->t.v[j - 1].end;
				return 1;
			}
		}
	}
	/* quoted: 'Three Brothers 2021' */
	for (i = s->t0; i < s->t1; i++) {
		if (!(kis(d, i, "'") || kis(d, i, "\"")) || ex_quoted_occasion(d, s, i))
			continue;
		/* a quoted word far from the drill word names something else:
		 * "platforms including Helicopter WSI 'RUDRA', Mi-17s ... will
		 * be utilised in the exercise" */
		if (trig != NONE && (i > trig + 12 || i + 16 < trig))
			continue;
		for (j = i + 1; j < s->t1 && j < i + 8; j++) {
			/* the closing mark is the opening one, and what it
			 * closes is all name: not "Joint exercise like '..." */
			if (kis(d, j, K(i))) {
				/* "12 'Golani' fighters", "the brigade 'Golani'":
				 * the name of a unit, no drill */
				if ((j + 1 < s->t1 && kin(d, j + 1, w_ex_unit_n)) ||
				    (i > s->t0 && kin(d, i - 1, w_ex_unit_n)))
					break;
				/* "(seen) as 'Impediment'": a word the drill is
				 * judged by, no name (stop 51) */
				if (i > s->t0 && kis(d, i - 1, "as"))
					break;
				if (j > i + 1 && d->t.v[i + 1].upper) {
					*b0 = d->t.v[i + 1].start;
					*b1 = d->t.v[j - 1].end;
					return 1;
				}
				break;
			}
			/* '"Sea Shield 24," in which ...': a comma of the
			 * sentence inside the closing mark (stop 54) */
			if (kis(d, j, ",") && j + 1 < s->t1 && kis(d, j + 1, K(i)) && j > i + 1 &&
			    d->t.v[i + 1].upper && !(i > s->t0 && kis(d, i - 1, "as")) &&
			    !(i > s->t0 && kin(d, i - 1, w_ex_unit_n))) {
				*b0 = d->t.v[i + 1].start;
				*b1 = d->t.v[j - 1].end;
				return 1;
			}
			/* within the marks a capitalised word names: 'Joint Sea-2025' */
			if (!(is_name_word(d, j) || kis(d, j, "-") ||
			      (d->t.v[j].kind == TK_WORD && d->t.v[j].upper) ||
			      (j > i + 1 && (kis(d, j, "of") || kis(d, j, "the") || kis(d, j, "and")))))
				break;
		}
	}
	/* "Naseem-Al-Bahr is a bilateral naval drill which ...": the
	 * capitalised words before "is (was) a/an", up to four lowercase words
	 * of the drill's kind before its word, are its name */
	if (trig != NONE && trig > s->t0 + 2 && !d->t.v[trig].upper) {
		j = trig;
		while (j > s->t0 + 2 && j + 5 > trig && d->t.v[j - 1].kind == TK_WORD &&
		       !d->t.v[j - 1].upper && !kis(d, j - 1, "a") && !kis(d, j - 1, "an") &&
		       !kis(d, j - 1, "the"))
			j--;
		/* also "Peace Unity 2024 marks the fourth joint military
		 * exercise between A and B" */
		if (j > s->t0 + 1 &&
		    (((kis(d, j - 1, "a") || kis(d, j - 1, "an")) &&
		      (kis(d, j - 2, "is") || kis(d, j - 2, "was"))) ||
		     (kis(d, j - 1, "the") && (kis(d, j - 2, "marks") || kis(d, j - 2, "marked"))))) {
			size_t e = j - 2;
			i = e;
			while (i > s->t0 && (is_name_word(d, i - 1) ||
					     (kis(d, i - 1, "-") && i - 1 > s->t0 &&
					      is_name_word(d, i - 2))))
				i--;
			if (i < e && d->t.v[i].kind == TK_WORD && !starts_actor(d, s, i) &&
			    (i == s->t0 || kis(d, i - 1, ","))) {
				*b0 = d->t.v[i].start;
				*b1 = d->t.v[e - 1].end;
				return 1;
			}
		}
	}
	/* "Eagle Partner exercise", "Three Brothers-2021 drills", also past
	 * words of the drill's kind: "the Sea Lion naval exercise", "the
	 * Zapad-2021 strategic exercises" */
	if (trig > s->t0) {
		static const char *kind[] = {"naval", "military", "air", "army", "maritime",
					     "joint", "combined", "bilateral", "trilateral",
					     "multinational", "war", "field", "training",
					     "strategic", "tactical", "annual", "amphibious",
					     "aerial", "operational", NULL};
		j = trig;
		/* "War Games" is one drill word: "War" is no name */
		if (j > s->t0 + 1 && kis(d, j - 1, "war") && K(j)[0] == 'w' && d->t.v[j].keylen >= 7)
			j--;
		while (j > s->t0 + 1 && j + 3 > trig && kin(d, j - 1, kind) &&
		       !d->t.v[j - 1].upper)
			j--;
		/* not a date: "began on Friday military exercises" */
		if (j < trig && (!is_name_word(d, j - 1) || kin(d, j - 1, w_ex_date_word)))
			j = trig;
		/* "the Zapad 2021 Russian-Belarusian military exercise": the
		 * parties' demonyms close the name before them */
		for (;;) {
			size_t k, k0 = j;
			for (k = s->m0; k < s->m1; k++)
				if (M(d, k)->t1 == j && M(d, k)->gz == GZ_DEMONYM && M(d, k)->t0 < j)
					k0 = M(d, k)->t0;
			if (k0 == j)
				break;
			j = k0;
			if (j > s->t0 + 1 && kis(d, j - 1, "-"))
				j--; /* "Russian-" of "Russian-Belarusian" */
		}
		i = j;
		while (i > s->t0 && (is_name_word(d, i - 1) || (kis(d, i - 1, "-") && i - 1 > s->t0 &&
								is_name_word(d, i - 2))))
			i--;
		/* "the Sea Breeze exercises" */
		if (i > s->t0 && i < j && name_opener(d, s, i - 1))
			i--;
		/* a headline in title case: "Israeli Navy Concludes Drill
		 * With ...", "Indian Army Starts Exercise": the name, if any,
		 * follows the verb */
		{
			static const char *w_head_verb[] = {
				"concludes", "concluded", "starts", "started", "begins", "began",
				"holds", "held", "launches", "launched", "conducts", "conducted",
				"kicks", "ends", "ended", "wraps", "hosts", "hosted", "joins",
				"joined", "stages", "staged", "completes", "completed", "opens",
				"to", "hold", "host", "conduct", "launch", "begin", "start", "join",
				"stage", "complete", NULL};
			size_t h;
			for (h = j; h > i; h--)
				if (kin_local(d, h - 1, w_head_verb)) {
					i = h;
					break;
				}
		}
		/* drop leading state names and demonyms, and in a title
		 * words of how often or with whom ("Biennial Blue Flag
		 * Exercise") */
		while (i < j) {
			static const char *w_how_often[] = {"annual", "biennial", "biannual",
							    "yearly", "bilateral", "trilateral",
							    "multinational", NULL};
			size_t k, skip = 0;
			for (k = s->m0; k < s->m1; k++)
				if (M(d, k)->t0 == i && M(d, k)->kind == MK_ACTOR) {
					skip = M(d, k)->t1 - i;
					break;
				}
			/* "major Arab military drills": a word of a region
			 * alone names no drill (stop 35) */
			static const char *w_region_adj[] = {
				"arab", "african", "european", "asian", "western", "eastern",
				"gulf", "nordic", "baltic", "latin", "caribbean", "mediterranean",
				"balkan", "arctic", "scandinavian", "islamic", "muslim", NULL};
			if (!skip && (kis(d, i, "-") || (i + 1 < j && kin(d, i, w_how_often)) ||
				      (i + 1 == j && kin_local(d, i, w_region_adj))))
				skip = 1;
			if (!skip)
				break;
			i += skip;
		}
		if (j > i && d->t.v[i].kind == TK_WORD) {
			*b0 = d->t.v[i].start;
			*b1 = d->t.v[j - 1].end;
			return 1;
		}
	}
	return 0;
}

const char *w_speaker_noun[] = {
	"officials", "official", "minister", "ministry", "spokesman", "spokesperson", "spokeswoman",
	"president", "ambassador", "embassy", "media", "sources", "analysts", "experts", "press",
	"diplomats", "diplomat", "foreign", "envoy", "leaders", "leader", "attache", "attaché",
	"secretary", "presidency", NULL};
const char *w_speech_verb[] = {
	"said", "says", "regretted", "regrets", "expressed", "condemned", "criticised",
	"criticized", "warned", "welcomed", "noted", "urged", "called", "complained", "protested",
	"summoned", "stated", "told", "added", "adds", "claims", "claimed", "alleged", "alleges",
	"insisted", "insists", "urges", "warns", "condemns", "criticises", "criticizes",
	"welcomes", "notes", "complains", "protests", "expresses", "tells", "tweeted", "tweets",
	"wrote", "posted",
	/* "X emphasised (stressed) that ..." (stop 61) */
	"emphasised", "emphasized", "stressed", "underlined", "reiterated",
	/* '"...," Pistorius explained (remarked)' (stop 62); not "concluded",
	 * which deals are too */
	"explained", "remarked", NULL};

/* "(Russia said) it held (will hold, would conduct) joint drills with
 * China", "(said) its navy took part": the speaker tells of its own drill
 * and is a party; j is the token after the verb of saying (stop 49). */
static int says_it_holds(const dctx *d, const span *s, size_t j)
{
	static const char *w_own[] = {"it", "they", "we", NULL};
	static const char *w_own_force[] = {"navy", "army", "forces", "troops", "military",
					    "air", "force", "warships", "ships", "jets", NULL};
	static const char *w_hold_v[] = {"held", "hold", "holds", "holding", "conducted",
					 "conduct", "conducts", "conducting", "staged", "stage",
					 "stages", "staging", "joined", "join", "joins", "joining",
					 "participated", "participate", "participates", "took",
					 "take", "takes", "taking", "began", "begin", "begins",
					 "started", "start", "starts", "launched", "launch",
					 "launches", "carried", "carry", "completed",
					 /* the host: "said it has invited Y to
					  * participate" */
					 "invited", "invites", "hosted", "host", "hosts",
					 "hosting", "organised", "organized", NULL};
	static const char *w_aux[] = {"will", "would", "had", "has", "have", "was", "were",
				      "is", "are", "also", "jointly", "successfully", "to",
				      "planned", "plans", "plan", "recently", "just", NULL};
	size_t n;
	if (j < s->t1 && kis(d, j, "that"))
		j++;
	if (j + 1 < s->t1 && kis(d, j, "its")) {
		for (j++, n = 0; j < s->t1 && n < 2 && kin_local(d, j, w_own_force); j++, n++)
			;
		if (!n)
			return 0;
	} else if (j < s->t1 && kin_local(d, j, w_own)) {
		j++;
	} else {
		return 0;
	}
	for (n = 0; j < s->t1 && n < 3 && kin_local(d, j, w_aux); j++, n++)
		;
	return j < s->t1 && kin_local(d, j, w_hold_v);
}

/* Is this state only speaking about the event ("Russian officials said",
 * "Russia regretted ...")? Not one that says it holds the drill. */
int speaker(const dctx *d, const span *s, const mention *m)
{
	size_t i = m->t1, c;
	if (i < s->t1 && kis(d, i, "'s"))
		i++;
	/* "Norway, a NATO member, urged", "Norway on Monday urged",
	 * "Norway also urged": past an apposition and words of time (stop
	 * 49) */
	if (i + 2 < s->t1 && kis(d, i, ",") &&
	    (kis(d, i + 1, "a") || kis(d, i + 1, "an") || kis(d, i + 1, "the"))) {
		for (c = i + 2; c < s->t1 && c < i + 12 && !kis(d, c, ","); c++)
			;
		if (c < s->t1 && kis(d, c, ","))
			i = c + 1;
	}
	for (c = 0; i < s->t1 && c < 3; c++) {
		if (i + 1 < s->t1 && kis(d, i, "on") && kin(d, i + 1, w_ex_date_word))
			i += 2;
		else if (kis(d, i, "also") || kis(d, i, "yesterday") || kis(d, i, "today"))
			i++;
		else
			break;
	}
	if (i < s->t1 && KIN(d, i, w_speech_verb))
		return !says_it_holds(d, s, i + 1);
	{
		/* "Russia has announced that it will follow the drill" */
		static const char *aux[] = {"has", "have", "had", NULL};
		static const char *announce[] = {"announced", "announces", "declared", "declares",
						 NULL};
		size_t j = i < s->t1 && kin(d, i, aux) ? i + 1 : i;
		if (j + 1 < s->t1 && kin(d, j, announce) && kis(d, j + 1, "that"))
			return 1; /* not "announced a drill": its host */
	}
	if (i < s->t1 && KIN(d, i, w_speaker_noun))
		return !(i + 1 < s->t1 && KIN(d, i + 1, w_speech_verb) &&
			 says_it_holds(d, s, i + 2));
	/* "The US government said it is worrisome for any country to hold
	 * drills with Russia": a government that speaks (not one that holds
	 * drills) */
	if (i + 1 < s->t1 &&
	    (kis(d, i, "government") || kis(d, i, "administration") || kis(d, i, "authorities")) &&
	    KIN(d, i + 1, w_speech_verb))
		return !says_it_holds(d, s, i + 2);
	/* "Armenia's defense ministry said", "the Russian foreign minister";
	 * not "Russia's defence ministry said it held drills with X" */
	return i + 1 < s->t1 && d->t.v[i].kind == TK_WORD && !d->t.v[i].upper &&
	       KIN(d, i + 1, w_speaker_noun) &&
	       !(i + 2 < s->t1 && KIN(d, i + 2, w_speech_verb) && says_it_holds(d, s, i + 3));
}

/* ---- who takes part in an exercise, and when ------------------------------ */

/* Words around a state that place a drill rather than name a party: "near
 * its border with X", "in a region bordering X", "close to X", "off the
 * coast of X", "at the X-Y border". */
static const char *w_ex_near[] = {"near", "bordering", "off", "close", "nearby", "along",
				  "toward", "towards", "border", "borders", "frontier", "around",
				  "surrounding", "encircling", "closer", "nearer", NULL};
static const char *w_ex_near_skip[] = {"the", "its", "their", "his", "her", "of", "coast",
				       "coasts", "shores", "waters", "with", "to", "member",
				       "fellow", "neighbouring", "neighboring", "island",
				       "islands", "territory", NULL};
static const char *w_ex_border[] = {"border", "borders", "frontier", "frontiers", "boundary",
				    "coast", NULL};
static const char *w_ex_border_party[] = {"guard", "guards", "troops", "police", "service",
					  "forces", "units", NULL};
/* Nouns of a relation or an accord whose "with"/"between" object is no party
 * of the drill: "ties with X", "the agreement between X and Y in 1993". */
static const char *w_ex_relation[] = {"ties", "relations", "relationship", "agreement",
				      "agreements", "treaty", "treaties", "accord", "accords",
				      "pact", "pacts", "signed", "skepticism", "scepticism",
				      "rapprochement", NULL};
/* Clause openers whose states are background: "amid X's ties with Y",
 * "coincides with the first anniversary of X's invasion of Y". */
static const char *w_ex_background[] = {"amid", "amidst", "despite", "notwithstanding",
					"backdrop", "anniversary", "anniversaries", NULL};
/* where a place lies: "sits (lies, is located) between X and Y" */
static const char *w_ex_lie_v[] = {"sits", "sit", "lies", "lie", "located", "situated",
				   "sandwiched", "wedged", NULL};
/* the drill going on, before a clause of "as": "take place as", "come as" */
static const char *w_ex_going_on[] = {"place", "come", "comes", "came", "coming", "began",
				      "begin", "begins", "started", "start", "starts", "off",
				      "opened", "opens", "continue", "continues", "continued",
				      NULL};
/* "none of X's business", "X's objections": the possessor is no party. */
static const char *w_ex_not_party_noun[] = {
	"business", "concern", "concerns", "objection", "objections", "skepticism",
	"scepticism", "criticism", "affair", "affairs", "opposition", "protest", "protests",
	"warning", "warnings", "remarks", "comments", "statement", "statements", "reaction",
	"reactions", "response",
	/* "the views of the Biden Administration on X's participation"
	 * (stop 42) */
	"views", "view", "opinion", "position", "stance", NULL};
/* "X had raised objections to the drill", "X objected", "X protested". */
static const char *w_ex_object_verb[] = {
	"raised", "issued", "objected", "objects", "object", "opposed", "opposes", "protested",
	"protests", "criticised", "criticized", "condemned", "slammed", "denounced", "lodged",
	"suspicious", "wary", "skeptical", "sceptical", "critical", "criticises", "criticizes",
	"condemns", "slams", "denounces", "warned", "warns", "blasted", "blasts", "accused",
	"accuses", "rejects", "rejected", "reject", "condemn", "criticise", "criticize",
	"slam", "denounce", "oppose", "protest", "labeled", "labelled", "labels", "branded",
	"brands", "derided", "derides", "decried", "decries", "mocked", "mocks", "lashed",
	"lashes", "angry", "upset", "unhappy", "furious", "irked", "annoyed", "displeased",
	"alarmed",
	/* "the reason why Beijing is objecting to the drill" (stop 51) */
	"objecting", "opposing", "protesting", "condemning", "criticising", "criticizing",
	"denouncing", "slamming", NULL};
static const char *w_ex_aux[] = {"had", "has", "have", "also", "strongly", "repeatedly",
				 "already", "earlier", "been", "is", "was", "are", "were",
				 /* "X has long condemned joint drills" (stop 56) */
				 "long", "often", "routinely", "regularly", "consistently",
				 "again", "sharply", "swiftly", "yesterday", "today",
				 /* "X on Tuesday seemed irked by" (stop 49) */
				 "seemed", "seems", "appeared", "appears", NULL};
static const char *w_ex_stop[] = {",", ";", ":", "(", ")", ".", NULL};
/* "The military exercise dubbed Poisk 2021 will be conducted for
 * reconnaissance troops of the CSTO member nations", "CSTO drills": a drill
 * that names fewer than two states, with a small bloc of
 * data/bloc-members.tsv within eight tokens before its word at trig or twenty
 * tokens after it (not after "against / near / with", nor "a member of the
 * CSTO"), takes each of the bloc's members as a party (stop 37). */
static void ex_bloc_members(dctx *d, const span *s, size_t trig, cand *c)
{
	const char *mem[ENT_BLOC_MEMBERS_MAX];
	size_t k;
	int n, q;
	if (trig == NONE)
		return;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		size_t b;
		if (m->kind != MK_ACTOR || m->gz != GZ_BLOC || !m->code || m->t0 + 8 < trig ||
		    m->t0 > trig + 20)
			continue;
		b = m->t0 > s->t0 && kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
		if (b > s->t0 && (kis(d, b - 1, "against") || kis(d, b - 1, "near") ||
				  kis(d, b - 1, "with") ||
				  (kis(d, b - 1, "of") && b > s->t0 + 1 && kis(d, b - 2, "member"))))
			continue;
		if ((n = ent__gazetteer_bloc_members(d->gz, m->code, mem)) <= 0)
			continue;
		for (q = 0; q < n; q++)
			ent_fact_add_participant(&c->f, mem[q]);
		return;
	}
}

/* Waters named after a state are places: "the Sea of Japan", "the Gulf of
 * Oman", "the East China Sea", "the Indian Ocean". */
static const char *w_ex_water[] = {"sea", "seas", "gulf", "strait", "straits", "bay", "ocean",
				   "channel", NULL};
/* Verbs of a purpose clause after the drill whose object is no party: "as
 * they seek to counterbalance X", "to deter X", "a warning to X", "a
 * missile system capable of hitting the Chinese mainland". */
static const char *w_ex_purpose[] = {
	"counterbalance", "counterbalancing", "counterweight", "deter", "deters", "deterring",
	"contain", "containing", "intimidate", "intimidating", "coerce", "coercing", "warn",
	"warning", "signal", "signalling", "signaling", "hitting", "striking", "targeting",
	"targetting", "reaching", "challenge", "challenging", "counter", "countering", "confront",
	"confronting", NULL};
/* "aimed at X", "directed at X", "targeted at X" */
static const char *w_ex_aimed[] = {"aimed", "aiming", "directed", "targeted", NULL};

/* Is mention m part of the name of a water: "Sea of X", "X Sea"? */
static int ex_water_name(const dctx *d, const span *s, const mention *m)
{
	if (m->t0 >= s->t0 + 2 && kis(d, m->t0 - 1, "of") && kin(d, m->t0 - 2, w_ex_water) &&
	    d->t.v[m->t0 - 2].upper)
		return 1;
	return m->t1 < s->t1 && kin(d, m->t1, w_ex_water) && d->t.v[m->t1].upper;
}

/* Is the state of mention m only where, or why, the drill is held (a
 * location, a relation's other side, a critic or an objector)? */
/* Is mention m in an opening phrase that dates the drill by another event
 * ("Prior to this operation in Japan, ...", "After the drills in X, ...")? */
static int ex_in_time_opener(const dctx *d, const span *s, const mention *m, size_t trig)
{
	static const char *open[] = {"prior", "before", "after", "following", "ahead", "amid",
				     "amidst", "despite", NULL};
	static const char *dets[] = {"this", "that", "the", "these", "those", "its", "their", NULL};
	size_t i, det = NONE;
	/* an opening phrase is short: the walks stay bounded */
	if (trig == NONE || m->t0 >= trig || m->t0 > s->t0 + 16 || !kin(d, s->t0, open))
		return 0;
	/* "Amid (Despite) the Russia-Ukraine war, ..." sets the scene with
	 * or without a determiner (stop 50) */
	if (kis(d, s->t0, "amid") || kis(d, s->t0, "amidst") || kis(d, s->t0, "despite"))
		det = s->t0;
	for (i = s->t0 + 1; i < m->t0; i++) {
		if (kis(d, i, ","))
			return 0;
		if (det == NONE && kin(d, i, dets))
			det = i;
	}
	if (det == NONE)
		return 0;
	for (i = m->t1; i < trig && i < m->t1 + 8; i++)
		if (kis(d, i, ","))
			return 1;
	return 0;
}

/* "the first drills held between the two allies since Azerbaijan's
 * victory in Karabakh", "... following US house speaker Nancy Pelosi's
 * visit": a state in the clause of time "since (following, after) ..." after
 * the drill word dates the drill by another event and takes no part,
 * unless a word that lists or joins parties comes after "since" ("since
 * 2015 with X", "after Japan joined India") (stop 48). */
static int ex_in_since_clause(const dctx *d, const span *s, const mention *m, size_t trig)
{
	static const char *w_lists_parties[] = {"with", "by", "between", "involving", "including",
						"among", "joined", "joins", "join", "joining",
						"participated", "part", NULL};
	size_t i, since = NONE;
	if (trig == NONE || m->t0 <= trig)
		return 0;
	for (i = trig + 1; i < m->t0 && i < trig + 24; i++)
		if (kis(d, i, "since") ||
		    ((kis(d, i, "following") || kis(d, i, "after")) && !kis(d, i - 1, "the")))
			since = i;
	if (since == NONE)
		return 0;
	for (i = since + 1; i < s->t1 && !(i >= m->t1 && (kis(d, i, ",") || kis(d, i, ";"))); i++)
		if (kin_local(d, i, w_lists_parties) || (i < m->t0 && kis(d, i, ";")))
			return 0;
	return 1;
}

/* "with a former US air base chosen to host the event": the state that
 * owns (owned) a base names a place, no party (stop 48). */
static int ex_base_owner(const dctx *d, const span *s, const mention *m)
{
	static const char *w_base_kind[] = {"air", "naval", "military", "army", "navy", NULL};
	size_t i = m->t1;
	if (m->possessive)
		i++;
	if (i < s->t1 && kin_local(d, i, w_base_kind))
		i++;
	return i < s->t1 && (kis(d, i, "base") || kis(d, i, "bases") || kis(d, i, "airbase"));
}

static const char *w_ex_observer[] = {"observer", "observers", NULL};

/* Does "observed / watched by (military) representatives" end just before
 * token i (the "from" of "... from X and Y")? */
static const char *w_ex_seen[] = {"observed", "watched", "monitored", "witnessed", "observes",
				  "watches", "monitors", NULL};

static int ex_observed_by(const dctx *d, const span *s, size_t i)
{
	size_t j, from = i > s->t0 + 5 ? i - 5 : s->t0;
	for (j = from; j + 1 < i; j++)
		if (kin(d, j, w_ex_seen) && kis(d, j + 1, "by"))
			return 1;
	return 0;
}

/* Is the state of mention m an observer of the drill, not a party: "with X
 * and Y as observers", "X, Y and Z attended as observers", "observers
 * from X and Y", "observer states X and Y", "observed by officials from X
 * and Y"?  The walk over the list steps
 * through the sorted mentions with the tokens, so it costs the list's
 * length. */
static int ex_observer(const dctx *d, const span *s, const mention *m)
{
	static const char *list[] = {",", "and", "the", NULL};
	static const char *aux[] = {"were", "was", "attended", "participated", "joined", "took",
				    "part", "also", "only", "present", "attending",
				    "participating", "taking", "joining", "are", "is", "will",
				    "be",
				    /* "has been invited to participate as observers"
				     * (stop 50) */
				    "has", "have", "had", "been", "invited", "to", "participate",
				    "attend", "join", "defence", "defense", "military",
				    "government", NULL};
	size_t km = (size_t)(m - M(d, 0)), k, i = m->t1, n;
	/* forwards over the rest of the list, then "(attended) as observers";
	 * a list of fifteen states with its commas walks some forty tokens
	 * (stop 48) */
	for (k = km + 1, n = 0; i < s->t1 && n < 48; n++) {
		while (k < s->m1 && M(d, k)->t0 < i)
			k++;
		if (kin(d, i, list))
			i++;
		else if (k < s->m1 && M(d, k)->t0 == i && ent__is_state_mention(M(d, k)))
			i = M(d, k)->t1;
		else
			break;
	}
	for (n = 0; i < s->t1 && n < 7 && kin(d, i, aux); n++)
		i++;
	/* "are also participating in the Hercules-2022 drills as observers":
	 * over the drill's phrase */
	if (i + 2 < s->t1 && kis(d, i, "in")) {
		size_t q;
		for (q = i + 1, n = 0; q < s->t1 && n < 7 && !KIN(d, q, w_exercise); q++, n++)
			if (d->t.v[q].kind == TK_PUNCT && !kis(d, q, "-"))
				break;
		if (q < s->t1 && KIN(d, q, w_exercise) && q + 1 < s->t1 && kis(d, q + 1, "as"))
			i = q + 1;
	}
	/* "as observers", "as an observer" */
	if (i + 1 < s->t1 && kis(d, i, "as") &&
	    (kin(d, i + 1, w_ex_observer) ||
	     (i + 2 < s->t1 && (kis(d, i + 1, "an") || kis(d, i + 1, "a")) &&
	      kin(d, i + 2, w_ex_observer))))
		return 1;
	if (i < s->t1 && kis(d, i, "observing") &&
	    (i + 1 == s->t1 || kis(d, i + 1, ".") || kis(d, i + 1, ",") || kis(d, i + 1, ";")))
		return 1; /* "with X and Y observing" */
	/* "Brazilian observers attended ...", "X were observers"; "X
	 * observed / watched the drills of Y and Z" (not "observed by") */
	if (i < s->t1 && (kin(d, i, w_ex_observer) ||
			  (kin(d, i, w_ex_seen) && i + 1 < s->t1 && !kis(d, i + 1, "by") &&
			   !kis(d, i + 1, "that"))))
		return 1;
	{
		/* "X and Y will send (military) observers to the drills" */
		static const char *send[] = {"will", "would", "to", "send", "sent", "sends",
					     "sending", "dispatch", "dispatched", "dispatches",
					     "military", NULL};
		size_t j = i;
		for (n = 0; j < s->t1 && n < 4 && kin(d, j, send); n++)
			j++;
		if (j > i && j < s->t1 && kin(d, j, w_ex_observer))
			return 1;
	}
	/* backwards over the list before it, then "observers from" */
	for (i = m->t0, k = km, n = 0; i > s->t0 && n < 48; n++) {
		while (k > s->m0 && M(d, k - 1)->t1 > i)
			k--;
		if (kin(d, i - 1, list))
			i--;
		else if (k > s->m0 && M(d, k - 1)->t1 == i && ent__is_state_mention(M(d, k - 1)))
			i = M(d, --k)->t0;
		else
			break;
	}
	if (i > s->t0 + 1 && kis(d, i - 1, "by") && KIN(d, i - 2, w_oppose_v))
		return 1; /* "a joint drill condemned by X": a critic */
	if (i > s->t0 + 1 && (kis(d, i - 1, "from") || kis(d, i - 1, "of"))) {
		i--;
		if (ex_observed_by(d, s, i))
			return 1;
	} else if (i > s->t0 && (kis(d, i - 1, "states") || kis(d, i - 1, "countries") ||
			       kis(d, i - 1, "nations")))
		i--;
	return i > s->t0 && kin(d, i - 1, w_ex_observer);
}

/* Verbs by which a sentence that goes on about the exercise in play lists
 * more of its parties: "The exercise included navies from X and Y", "The
 * wargames were joined by troops from X", "The participating nations are X,
 * Y and Z". */
static const char *w_ex_participation[] = {"participation", NULL};
static const char *w_ex_join[] = {"included", "includes", "include", "involved", "involves",
				  "involve",
				  "joined", "featured", "features", "comprised", "comprises",
				  "brought", "brings", "bring", "drew", "gathered", "see", "sees",
				  "saw", NULL};

/* Verbs of hosting a drill that a sentence going on about it may take:
 * "X and Y are co-hosting the exercise" (exercise.more_parties). */
static const char *w_ex_cohost[] = {"hosting", "co-hosting", "cohosting", "hosts", "co-hosts",
				    "cohosts", "host", "co-host", "cohost", NULL};

/* After the drill word: where a list of its parties starts in "with
 * participation (and support) (coming) from (32 countries in total:) X,
 * Y", or with bare_with (after a verb of hosting) "with X and Y" (a state
 * right after "with"); NONE when there is none.  Not "with the aim of",
 * nor "..., with X attending as observers" (no hosting verb). */
static size_t ex_participants_after(const dctx *d, const span *s, size_t from, int bare_with)
{
	size_t i, j;
	for (i = from; i + 1 < s->t1 && i < from + 8; i++) {
		if (kis(d, i, ",") || kis(d, i, ";"))
			return NONE;
		if (!kis(d, i, "with"))
			continue;
		if (bare_with && mention_at(d, s, i + 1) &&
		    ent__is_state_mention(mention_at(d, s, i + 1)))
			return i + 1;
		if (!kis(d, i + 1, "participation"))
			return NONE;
		for (j = i + 2; j < s->t1 && j < i + 12; j++)
			if (kis(d, j, "from") || kis(d, j, ":"))
				return j + 1;
		return NONE;
	}
	return NONE;
}

/* "The Blue Flag drill ...; earlier participants include the US and
 * France": states listed after "earlier/past participants" took part in
 * other editions, not this one. */
static int ex_past_participant(const dctx *d, const span *s, const mention *m)
{
	static const char *w_ex_past[] = {"earlier", "previous", "prior", "past", "former", NULL};
	size_t i, n;
	for (i = m->t0, n = 0; i > s->t0 + 1 && n < 16; i--, n++) {
		size_t p = i - 1;
		if (kis(d, p, ";") || kis(d, p, ".") || KIN(d, p, w_exercise))
			return 0;
		if ((kis(d, p, "participants") || kis(d, p, "participant")) &&
		    kin(d, p - 1, w_ex_past))
			return 1;
	}
	return 0;
}

/* "The drill is taking place against (in) the backdrop of X's crisis, Y's
 * protests and Z's claims", "..., days after X accused Y": a setting word
 * (or a time told by another event) after the drill word holds the
 * states after it, over commas, until a word that brings in partners
 * ("with", "involving", "included") or another drill word. */
static int ex_background_tail(const dctx *d, const span *s, const mention *m, size_t trig)
{
	static const char *partners[] = {"with", "involving", "alongside", ";", NULL};
	static const char *units[] = {"hours", "days", "weeks", "months", "shortly", "soon",
				      "just", "right", NULL};
	size_t i, j;
	/* also "..., (just) days after X accused Y of ...", "come shortly
	 * after a Chinese military parade": the time of the drill told by
	 * another event */
	for (i = trig + 1; i < m->t0 && !kin(d, i, w_ex_background) &&
			   !((kis(d, i, "after") || kis(d, i, "before")) && kin(d, i - 1, units));
	     i++)
		;
	if (i >= m->t0)
		return 0;
	for (j = i + 1; j < m->t0; j++)
		if (((kin(d, j, partners) || kin(d, j, w_ex_join)) &&
		     kin(d, i, w_ex_background)) || /* another event's "with" is its own */
		    KIN(d, j, w_exercise))
			return 0;
	(void)s;
	return 1;
}

/* "tensions / a dispute / the rivalry between X and Y": the pair at odds is
 * the setting of the drill, not its parties. */
static int ex_rival_pair(const dctx *d, const span *s, const mention *m)
{
	static const char *w_ex_rift[] = {"tension", "tensions", "dispute", "disputes", "rivalry",
					  "row", "standoff", "feud", "hostility", "enmity", NULL};
	size_t j, n, stop = m->t0 > s->t0 + 8 ? m->t0 - 8 : s->t0;
	/* "Deep-Running Iran-Azerbaijan Tensions": a pair joined by a hyphen
	 * before a word of rift (over the other name and the hyphen) */
	for (j = m->t1, n = 0; j < s->t1 && n < 5; j++, n++) {
		if (kin(d, j, w_ex_rift))
			return n > 0 || kis(d, m->t0 > s->t0 ? m->t0 - 1 : m->t0, "-");
		if (!(kis(d, j, "-") || (d->t.v[j].kind == TK_WORD && d->t.v[j].upper)))
			break;
	}
	for (j = m->t0; j > stop + 1; j--) {
		if (kis(d, j - 1, ".") || kis(d, j - 1, ";"))
			return 0;
		if (kis(d, j - 1, "between"))
			return kin(d, j - 2, w_ex_rift);
	}
	return 0;
}

/* "condemned X and Y for planning their joint drills", "warned X over
 * drills": the list that holds mention m is followed by "for" or "over"
 * and, close after, the drill word in play: those charged with the drill
 * hold it. */
static int ex_charged_with_drill(const dctx *d, const span *s, const mention *m, size_t trig)
{
	static const char *list[] = {",", "and", "the", NULL};
	size_t i = m->t1, n;
	const mention *o;
	if (trig == NONE || trig < m->t1)
		return 0;
	/* "criticised South Africa's decision (plan, move) to hold military
	 * exercises with X": the possessor holds the drill */
	if (m->possessive && trig > m->t1 + 2) {
		static const char *w_plan_n[] = {"decision", "plan", "plans", "move", "intention",
						 "bid", NULL};
		size_t j = m->t1 + (kis(d, m->t1, "'s") ? 1 : 0);
		if (j + 2 < trig && kin(d, j, w_plan_n) && kis(d, j + 1, "to") &&
		    trig <= j + 6)
			return 1;
	}
	for (n = 0; i < trig && n < 24; n++) {
		if (kin(d, i, list))
			i++;
		else if ((o = mention_at(d, s, i)) && ent__is_state_mention(o))
			i = o->t1;
		else
			break;
	}
	if (i >= trig || !(kis(d, i, "for") || kis(d, i, "over")))
		return 0;
	for (i++; i < trig; i++)
		if (kin(d, i, w_ex_stop))
			return 0;
	return trig - m->t1 <= 40;
}

/* Does a word of labelling or of holding come before "by" at token b,
 * within its clause ("described as threats to regional security by",
 * "labelled intimidation by", "illegally occupied by")?  Not when a word
 * of drill comes first: "criticized a joint exercise by the United States
 * and Japan" names who holds it (stop 56). */
static int ex_labelled_by(const dctx *d, const span *s, size_t b)
{
	static const char *label[] = {"described", "labelled", "labeled", "branded", "called",
				      "denounced", "condemned", "criticised", "criticized",
				      "slammed", "decried", "occupied", "seized", "annexed",
				      "claimed", "rejected", "opposed", "hailed", "praised",
				      "welcomed", "lauded", NULL};
	size_t i, n;
	for (i = b, n = 0; i > s->t0 && n < 8; i--, n++) {
		if (kin(d, i - 1, w_ex_stop) || kis(d, i - 1, "and"))
			return kin(d, i - 1, label);
		if (kin(d, i - 1, label))
			return 1;
		if (KIN(d, i - 1, w_exercise))
			return 0;
	}
	return 0;
}

/* "the United States on Tuesday said it was concerned about ...", "X
 * said it was worried": the state that voices concern over the drill is
 * no party (after mention m). */
static int ex_said_concerned(const dctx *d, const span *s, const mention *m)
{
	size_t i = m->t1, n;
	for (n = 0; i < s->t1 && n < 3; n++) {
		if (kis(d, i, "on") && i + 1 < s->t1 && kin(d, i + 1, w_ex_date_word))
			i += 2;
		else if (kis(d, i, ",") || kin(d, i, w_ex_aux))
			i++;
		else
			break;
	}
	if (i + 3 >= s->t1 || !(kis(d, i, "said") || kis(d, i, "says")))
		return 0;
	i++;
	if (kis(d, i, "that"))
		i++;
	if (!(kis(d, i, "it") || kis(d, i, "they")))
		return 0;
	for (i++, n = 0; i < s->t1 && n < 3 && (kin(d, i, w_ex_aux) || kis(d, i, "deeply")); n++)
		i++;
	return i < s->t1 && (KIN(d, i, w_concern) || kis(d, i, "worried") || kis(d, i, "alarmed"));
}

/* The token of the verb by which an invitation to m was withdrawn:
 * "revoked (withdrew, rescinded) an (its) invitation to (for) X",
 * "rescinding X's invitation", "disinvited X"; NONE when there is none. */
size_t ex_uninvited(const dctx *d, const span *s, const mention *m)
{
	static const char *w_revoke[] = {"revoked", "revokes", "withdrew", "withdrawn",
					 "withdraws", "rescinded", "rescinds", "cancelled",
					 "canceled", "retracted", "withdrawal", "revocation",
					 "rescinding", "revoking", "withdrawing", "cancelling",
					 "canceling", NULL};
	size_t j = m->t0, k;
	if (m->possessive && m->t1 + 1 < s->t1 && kis(d, m->t1 + 1, "invitation")) {
		/* "was rescinding China's invitation to participate" */
		for (k = m->t0; k > s->t0 && k + 3 > m->t0; k--)
			if (kin(d, k - 1, w_revoke))
				return k - 1;
		return NONE;
	}
	if (j > s->t0 && kis(d, j - 1, "the"))
		j--;
	if (j > s->t0 && (kis(d, j - 1, "disinvited") || kis(d, j - 1, "disinvites")))
		return j - 1;
	if (j < s->t0 + 2 || !(kis(d, j - 1, "to") || kis(d, j - 1, "for")) ||
	    !kis(d, j - 2, "invitation"))
		return NONE;
	for (k = j - 2; k > s->t0 && k + 5 > j; k--)
		if (kin(d, k - 1, w_revoke))
			return k - 1;
	return NONE;
}

/* "Although X is aligned with Z, and was designated an ally in 2003, it
 * also conducts drills with Y": a token of an opening concessive clause
 * (up to the last comma before the drill word trig) other than the
 * clause's own subject right after the conjunction. */
static int ex_in_concession(const dctx *d, const span *s, size_t t0, size_t trig)
{
	static const char *w_concede[] = {"although", "though", "while", "whereas", NULL};
	size_t c, sub = s->t0 + 1;
	if (!kin(d, s->t0, w_concede) || t0 <= sub || t0 >= trig)
		return 0;
	for (c = trig; c > t0 && !kis(d, c - 1, ","); c--)
		;
	if (c <= t0)
		return 0;
	/* the clause's subject: "Although Thailand is ..."; no subject,
	 * no clause of a concession ("While in Brazil, Z visited ...") */
	if (kis(d, sub, "the"))
		sub++;
	if (sub >= s->t1 || !d->t.v[sub].upper)
		return 0;
	return t0 != sub;
}

/* "has disinvited China from the exercise", "the withdrawal of the
 * invitation for the Chinese navy to participate": a state whose
 * invitation is taken back takes no part (stop 49). */
static int ex_disinvited(const dctx *d, const span *s, const mention *m)
{
	static const char *w_disinvite[] = {"disinvited", "disinvite", "disinvites",
					    "disinviting", "uninvited", NULL};
	static const char *w_take_back[] = {"withdrawal", "withdrew", "withdrawn", "withdraws",
					    "rescinded", "revoked", "cancelled", "canceled",
					    "retracted", NULL};
	size_t b = m->t0 > s->t0 && kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0, j;
	if (b > s->t0 && kin_local(d, b - 1, w_disinvite))
		return 1;
	if (b < s->t0 + 3 || !(kis(d, b - 1, "for") || kis(d, b - 1, "to")) ||
	    !(kis(d, b - 2, "invitation") || kis(d, b - 2, "invite")))
		return 0;
	for (j = b - 2; j > s->t0 && j + 5 > b; j--)
		if (kin_local(d, j - 1, w_take_back))
			return 1;
	return 0;
}

/* "The joint exercise took place about a week after Modi had a summit with
 * his Vietnamese counterpart ... in the face of China's ...": a definite
 * drill (its word after "the / this", no name) whose verb of taking place
 * has a clause of time after it; the states of that clause take no part. */
static int ex_in_time_after(const dctx *d, const span *s, const mention *m, size_t trig)
{
	static const char *w_took[] = {"took", "takes", "take", "held", "began", "begins", "came",
				       "comes", "started", "starts", "ended", "ends", NULL};
	static const char *w_when[] = {"after", "before", "following", NULL};
	size_t i, n;
	if (trig == NONE || m->t0 <= trig || trig <= s->t0)
		return 0;
	for (i = trig, n = 0; i > s->t0 && n < 3 && d->t.v[i - 1].kind == TK_WORD &&
			      !kis(d, i - 1, "the") && !kis(d, i - 1, "this");
	     i--, n++)
		if (d->t.v[i - 1].upper && i - 1 != s->t0)
			return 0; /* a name: "the Malabar exercise" */
	if (i == s->t0 || !(kis(d, i - 1, "the") || kis(d, i - 1, "this")))
		return 0;
	for (i = trig + 1; i < m->t0 && i < trig + 4 && !kin_local(d, i, w_took); i++)
		;
	if (i >= m->t0 || !kin_local(d, i, w_took))
		return 0;
	for (; i < m->t0; i++)
		if (kin_local(d, i, w_when))
			return 1;
	return 0;
}

/* "apart from joint exercises with South Korea, the UAE also conducts
 * joint aerial exercises with China": a state inside a phrase set apart
 * ("apart from, aside from, besides, in addition to" and a drill word, up
 * to a comma, with no comma between it and the state) before a clause
 * with a drill of its own belongs to another drill (stop 60). */
static int ex_set_apart(const dctx *d, const span *s, const mention *m)
{
	size_t p, c, n;
	for (p = m->t0, n = 0; p > s->t0 && n < 10; p--, n++) {
		if (kis(d, p - 1, ",") || kis(d, p - 1, ";"))
			return 0;
		if (kis(d, p - 1, "besides") ||
		    (p >= s->t0 + 2 && kis(d, p - 1, "from") &&
		     (kis(d, p - 2, "apart") || kis(d, p - 2, "aside"))) ||
		    (p >= s->t0 + 3 && kis(d, p - 1, "to") && kis(d, p - 2, "addition") &&
		     kis(d, p - 3, "in")))
			break;
	}
	/* the phrase names a drill of its own: "apart from joint exercises
	 * with X", not "Besides Chile, Peru and Bolivia joined" */
	if (p <= s->t0 || n == 10 || find_in(d, p, m->t0, w_exercise) == NONE)
		return 0;
	for (c = m->t1; c < s->t1 && c < m->t1 + 6 && !kis(d, c, ","); c++)
		;
	return c < s->t1 && kis(d, c, ",") && find_in(d, c + 1, s->t1, w_exercise) != NONE;
}

static int ex_not_party(const dctx *d, const span *s, const mention *m, size_t trig)
{
	static const char *w_counter_ing[] = {"counter", "countering", "deter", "deterring",
					      "contain", "containing", "confront", "confronting",
					      NULL};
	size_t i, n;
	{
		/* "(Uzbekistan is not participating)": a state an aside
		 * leaves out (stop 40) */
		size_t o, c;
		if (bracket_around(d, s, m->t0, s->t1 - s->t0, &o, &c) &&
		    find_in(d, o, c, w_negation) != NONE)
			return 1;
	}
	/* "... Naval Drill As 'Impediment' - Pentagon": the source a
	 * headline ends in, after a spaced dash (stop 51) */
	if (m->t0 > s->t0 + 3 && kis(d, m->t0 - 1, "-") && d->t.v[m->t0 - 1].space_before &&
	    (m->t1 == s->t1 || (m->t1 + 1 == s->t1 && d->t.v[m->t1].kind == TK_PUNCT)))
		return 1;
	if (ex_water_name(d, s, m) || ex_in_time_opener(d, s, m, trig) || ex_observer(d, s, m) ||
	    ex_past_participant(d, s, m) || ex_rival_pair(d, s, m) ||
	    ex_in_concession(d, s, m->t0, trig) || ex_in_time_after(d, s, m, trig) ||
	    ex_in_since_clause(d, s, m, trig) || ex_base_owner(d, s, m) || ex_set_apart(d, s, m))
		return 1;
	/* "in response to U.S.-Taiwan 'provocation'", "in response to what
	 * Beijing says was provocation from the U.S.": the ones answered take
	 * no part (within twenty tokens, no comma) */
	for (i = m->t0, n = 0; i > s->t0 + 2 && n < 20; i--, n++) {
		if (kis(d, i - 1, ",") || kis(d, i - 1, ";"))
			break;
		/* not the drill responded to itself: "made the remarks in
		 * response to the annual drills between A and B" (stop 48) */
		if (kis(d, i - 1, "to") && kis(d, i - 2, "response") && kis(d, i - 3, "in")) {
			if (trig == NONE || trig < i - 3)
				return 1;
			break;
		}
	}
	{
		/* "..., leading (prompting) Turkey to issue a diplomatic
		 * protest": the state a drill moves to act takes no part
		 * (stop 40) */
		static const char *w_consequence[] = {"leading", "prompting", "forcing", "causing",
						      "pushing", "provoking", "spurring", "drawing",
						      NULL};
		/* "Greek-Egyptian military exercises irritate Turkey": nor
		 * the state they vex */
		static const char *w_vex_v[] = {"irritate", "irritates", "irritated", "anger",
						"angers", "angered", "annoy", "annoys", "annoyed",
						"alarm", "alarms", "alarmed", "upset", "upsets",
						"rattle", "rattles", "rattled", "infuriate",
						"infuriates", "infuriated", "unnerve", "unnerves",
						"unnerved", "worry", "worries", "worried",
						/* "that will likely inflame China" (stop
						 * 59) */
						"inflame", "inflames", "inflamed", "provoke",
						"provokes", "provoked", "antagonise",
						"antagonises", "antagonised", "antagonize",
						"antagonizes", "antagonized", "irk", "irks",
						"irked", NULL};
		size_t b = m->t0 > s->t0 && kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
		if (b > s->t0 + 1 && kin_local(d, b - 1, w_consequence) && kis(d, b - 2, ",") &&
		    !m->possessive && m->t1 < s->t1 &&
		    (kis(d, m->t1, "to") || kis(d, m->t1, "into")))
			return 1;
		if (b > s->t0 && b > trig && kin_local(d, b - 1, w_vex_v) && !m->possessive)
			return 1;
	}
	/* "as the war in Ukraine rages on", "the conflict in X": the place of
	 * a war takes no part */
	if (m->t0 > s->t0 + 1 && kis(d, m->t0 - 1, "in") &&
	    (kis(d, m->t0 - 2, "war") || kis(d, m->t0 - 2, "conflict") ||
	     kis(d, m->t0 - 2, "fighting") || kis(d, m->t0 - 2, "invasion")))
		return 1;
	/* "a base that housed US forces during the Vietnam War": a war a
	 * state names, and those a place once housed, take no part */
	if (!m->possessive && m->gz != GZ_DEMONYM && m->t1 < s->t1 &&
	    (kis(d, m->t1, "war") || kis(d, m->t1, "wars") || kis(d, m->t1, "conflict")) &&
	    /* "games" after "war" has the key "wargames" (token.c; stop 42) */
	    !(m->t1 + 1 < s->t1 &&
	      (kis(d, m->t1 + 1, "wargames") || kis(d, m->t1 + 1, "wargame"))))
		return 1; /* not "US war games with Japan" */
	{
		/* "the Russia-Ukraine war", "the war between Russia and
		 * Ukraine": the sides of a war take no part (stop 50) */
		const mention *o = m->t1 + 1 < s->t1 && kis(d, m->t1, "-")
					   ? mention_at(d, s, m->t1 + 1)
					   : NULL;
		size_t b = m->t0;
		if (o && o->t0 == m->t1 + 1 && ent__is_state_mention(o) && o->t1 < s->t1 &&
		    (kis(d, o->t1, "war") || kis(d, o->t1, "conflict")) &&
		    !(o->t1 + 1 < s->t1 && (kis(d, o->t1 + 1, "wargames") ||
					     kis(d, o->t1 + 1, "wargame"))))
			return 1;
		if (b > s->t0 + 2 && kis(d, b - 1, "and") &&
		    (o = mention_at(d, s, b - 2)) != NULL && o->t1 == b - 1 &&
		    ent__is_state_mention(o))
			b = o->t0;
		if (b > s->t0 + 1 && kis(d, b - 1, "between") &&
		    (kis(d, b - 2, "war") || kis(d, b - 2, "conflict") ||
		     kis(d, b - 2, "fighting")))
			return 1;
	}
	if (m->t0 > s->t0 + 1 &&
	    (kis(d, m->t0 - 1, "housed") || kis(d, m->t0 - 1, "hosted")) &&
	    (kis(d, m->t0 - 2, "that") || kis(d, m->t0 - 2, "which")))
		return 1;
	/* "... troops begin war games; US reacts": a state that answers in a
	 * clause of its own after ";" takes no part (stop 61) */
	if (trig != NONE && trig < m->t0 && !m->possessive && m->t1 < s->t1) {
		static const char *w_react_v[] = {"reacts", "reacted", "responds", "responded",
						  "warns", "warned", "protests", "protested",
						  "objects", "objected", "slams", "slammed",
						  "says", "said", NULL};
		size_t j = m->t0;
		while (j > trig && !kis(d, j - 1, ";") && !kis(d, j - 1, ","))
			j--;
		if (j > trig && kis(d, j - 1, ";") && kin_local(d, m->t1, w_react_v))
			return 1;
	}
	/* "Alarmed (Scared) by Russia, Finland and Sweden held a drill": the
	 * one feared */
	if (m->t0 > s->t0 + 1 && kis(d, m->t0 - 1, "by")) {
		static const char *w_fear_pp[] = {"alarmed", "scared", "frightened", "worried",
						  "threatened", "spooked", "rattled", "unnerved",
						  "provoked", "concerned", NULL};
		if (kin_local(d, m->t0 - 2, w_fear_pp))
			return 1;
	}
	/* "drills aimed at enhancing defenses against potential Chinese
	 * aggression": the one feared */
	if (m->gz == GZ_DEMONYM && m->t0 > s->t0 && m->t1 < s->t1) {
		static const char *w_feared[] = {"aggression", "attack", "attacks", "invasion",
						 "threat", "threats", "incursion", "incursions",
						 "provocation", "provocations", NULL};
		static const char *w_against[] = {"against", "potential", "possible", "any",
						  "future", NULL};
		if (kin(d, m->t1, w_feared) && kin(d, m->t0 - 1, w_against))
			return 1;
	}
	/* "deploying US-supplied HIMARS during its Han Kuang exercise": the
	 * maker or giver of goods named on them takes no part */
	if (made_in(d, s, m))
		return 1; /* "Russian-made", "US-built" */
	if (m->t1 + 1 < s->t1 && kis(d, m->t1, "-")) {
		static const char *w_given[] = {"supplied", "provided", "donated", "gifted",
						"funded", "financed", NULL};
		if (kin(d, m->t1 + 1, w_given))
			return 1;
	}
	/* "revoked an (its) invitation to China to the drill", "disinvited
	 * China from RIMPAC": one who was asked and is no longer */
	if (ex_uninvited(d, s, m) != NONE)
		return 1;
	/* "According to a US report", "A US Naval War College report
	 * indicates that China's joint exercises ...": the state of a
	 * report is its source */
	{
		static const char *w_report_n[] = {"report", "reports", "study", "survey",
						   "analysis", "assessment", "estimate",
						   "estimates", "data", "figures", NULL};
		for (i = m->t1, n = 0; i < s->t1 && n < 4; i++, n++) {
			if (kin(d, i, w_report_n))
				return 1;
			if (d->t.v[i].kind != TK_WORD || !d->t.v[i].upper)
				break;
		}
	}
	/* "China's behavior is inconsistent with the principles of the
	 * RIMPAC exercise": a state whose conduct is judged takes no part */
	if (m->possessive && m->t1 + 1 < s->t1) {
		static const char *w_conduct[] = {"behavior", "behaviour", "conduct", "actions",
						  "militarization", "militarisation", "policy",
						  "policies", "claims", "stance", "position",
						  "rhetoric", "ambitions", "expansionism",
						  "assertiveness", "aggressiveness", "aggression",
						  "buildup", "build-up", NULL};
		/* over up to two lower-case words: "worry over China's
		 * growing aggressiveness" (stop 34) */
		for (i = m->t1 + 1, n = 0; i + 1 < s->t1 && n < 2 && !kin(d, i, w_conduct) &&
					   d->t.v[i].kind == TK_WORD && !d->t.v[i].upper;
		     i++, n++)
			;
		if (kin(d, i, w_conduct))
			return 1;
	}
	/* "drills ... which officials linked to Baku's ties with Israel": after
	 * the drill's word, the owner of ties (relations) with another state
	 * is background, as that state is (stop 36) */
	if (m->possessive && trig != NONE && m->t0 > trig && m->t1 + 2 < s->t1) {
		i = m->t1 + 1;
		if (d->t.v[i].kind == TK_WORD && !d->t.v[i].upper && !kin(d, i, w_ex_relation))
			i++; /* "X's military ties with" */
		if (i + 1 < s->t1 && kin(d, i, w_ex_relation) && kis(d, i + 1, "with"))
			return 1;
	}
	/* "in an interview with Turkey's Anadolu state news agency": who
	 * speaks to a state's outlet, and the outlet's state, take no part
	 * (stop 36) */
	if (m->t0 >= s->t0 + 2 && kis(d, m->t0 - 1, "with") &&
	    (kis(d, m->t0 - 2, "interview") || kis(d, m->t0 - 2, "interviews")))
		return 1;
	if (m->possessive) {
		static const char *w_outlet[] = {"agency", "newspaper", "broadcaster", "channel",
						 "television", "daily", "outlet", NULL};
		for (i = m->t1 + 1, n = 0; i < s->t1 && n < 4 && d->t.v[i].kind == TK_WORD; i++, n++)
			if (kin_local(d, i, w_outlet))
				return 1;
	}
	/* "praised the Kornet missiles purchased from Russia": the seller of
	 * goods shown at the drill takes no part */
	if (m->t0 >= s->t0 + 2 && kis(d, m->t0 - 1, "from") && kin(d, m->t0 - 2, w_bought_pp))
		return 1;
	/* "Drill to Counter North Korea", "aimed at countering X's ...": the
	 * one the drill is meant against */
	i = m->t0 > s->t0 && kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
	/* also over up to two lower-case words: "to counter growing Chinese
	 * assertiveness" (stop 34) */
	for (n = 0; i > s->t0 + 1 && n < 2 && d->t.v[i - 1].kind == TK_WORD &&
		    !d->t.v[i - 1].upper && !kin_local(d, i - 1, w_counter_ing);
	     n++)
		i--;
	if (i > s->t0 && kin_local(d, i - 1, w_counter_ing))
		return 1;
	/* backwards over "the coast of", "border with", "close to" */
	for (i = m->t0, n = 0; i > s->t0 && n < 6 &&
			       (kin(d, i - 1, w_ex_near_skip) ||
				(d->t.v[i - 1].allcaps && d->t.v[i - 1].kind == TK_WORD)); /* "NATO" */
	     i--, n++)
		;
	if (i > s->t0 && kin(d, i - 1, w_ex_near) &&
	    !((kis(d, i - 1, "close") || kis(d, i - 1, "closer") || kis(d, i - 1, "nearer")) &&
	      (i == m->t0 || !kis(d, i, "to"))) &&
	    !(kis(d, i - 1, "along") && i < m->t0 && kis(d, i, "with")) &&
	    !((kis(d, i - 1, "border") || kis(d, i - 1, "borders")) && i == m->t0))
		return 1;
	/* "with some entering Taiwan's contiguous zone", "closer to Taiwan's
	 * main island": the place a possessive owns (stop 50) */
	if (m->possessive && m->t1 + 1 < s->t1) {
		static const char *w_place[] = {"zone", "airspace", "waters", "territory",
						"island", "islands", "coast", "coastline", "shores",
						"eez", NULL};
		size_t j = m->t1 + (kis(d, m->t1, "'s") ? 1 : 0);
		for (n = 0; j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD &&
			    !d->t.v[j].upper && !kin_local(d, j, w_place);
		     j++, n++)
			;
		if (j < s->t1 && kin_local(d, j, w_place))
			return 1;
	}
	/* "nearly 300 kilometers (miles) (away) from Taiwan": a distance
	 * measured from a place (stop 50) */
	if (m->t0 >= s->t0 + 2 && kis(d, m->t0 - 1, "from")) {
		static const char *w_dist[] = {"kilometers", "kilometres", "km", "miles", "mile",
					       "away", "nm", NULL};
		if (kin_local(d, m->t0 - 2, w_dist))
			return 1;
	}
	/* "near its borders with Russia and China": the second state of a
	 * pair of places (stop 46) */
	if (m->t0 >= s->t0 + 5 && kis(d, m->t0 - 1, "and")) {
		const mention *p = mention_at(d, s, m->t0 - 2);
		if (p && p->t1 == m->t0 - 1 && p->t0 >= s->t0 + 2 && kis(d, p->t0 - 1, "with") &&
		    kin_local(d, p->t0 - 2, w_ex_border))
			return 1;
	}
	if (ex_disinvited(d, s, m))
		return 1;
	/* "criticized X for", "accused X of"; not "condemned X and Y for
	 * holding their joint drills", whose drill is the one in play */
	if (m->t0 > s->t0 && (KIN(d, m->t0 - 1, w_oppose_v) || kis(d, m->t0 - 1, "criticized")) &&
	    !ex_charged_with_drill(d, s, m, trig))
		return 1;
	/* "drills described as threats by X's president", "labelled
	 * intimidation by X": who labels them is a critic; "territory
	 * occupied by X": whose hold the place is in */
	i = m->t0 > s->t0 && kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
	if (i > s->t0 + 1 && kis(d, i - 1, "by") && ex_labelled_by(d, s, i - 1))
		return 1;
	/* "drawing condemnation from X", "protests by X", "criticism from
	 * the Kremlin": a critic */
	if (i > s->t0 + 1 && (kis(d, i - 1, "from") || kis(d, i - 1, "by")) &&
	    (kin(d, i - 2, w_ex_not_party_noun) || KIN(d, i - 2, w_oppose_n)))
		return 1;
	/* "the views (comments, concerns) of the Biden Administration on
	 * X's participation": whose views they are (stop 42) */
	if (i > s->t0 + 1 && kis(d, i - 1, "of") && kin(d, i - 2, w_ex_not_party_noun))
		return 1;
	/* forwards: "the X-Y border", "X's border" (not "X's border guards") */
	i = m->t1;
	if (i < s->t1 && kis(d, i, "'s")) {
		if (i + 1 < s->t1 && kin(d, i + 1, w_ex_not_party_noun))
			return 1;
		i++;
	}
	{
		/* "the attention of Chinese spy ships", "X's surveillance
		 * vessels shadowed the drill": who watches it, no party */
		static const char *w_watcher[] = {"spy", "surveillance", "intelligence",
						  "intelligence-gathering", "spying", NULL};
		static const char *w_craft[] = {"ship", "ships", "vessel", "vessels", "plane",
						"planes", "aircraft", "balloon", "balloons",
						"trawler", "trawlers", NULL};
		if (i + 1 < s->t1 && kin_local(d, i, w_watcher) &&
		    (kin_local(d, i + 1, w_craft) ||
		     (i + 2 < s->t1 && kis(d, i + 1, "-") && kin_local(d, i + 2, w_craft))))
			return 1;
	}
	for (n = 0; i < s->t1 && n < 4; i++, n++) {
		if (kin(d, i, w_ex_border))
			return !(i + 1 < s->t1 && kin(d, i + 1, w_ex_border_party));
		if (!(kis(d, i, "-") || (d->t.v[i].kind == TK_WORD && d->t.v[i].upper)))
			break;
	}
	/* "X had raised objections", "X strongly objected", "X on Friday
	 * condemned", past a relative clause: "X, which claims Y as its
	 * territory, has labeled the drills" */
	i = m->t1;
	/* "The Chinese Defense Ministry on Thursday condemned": the
	 * capitalised words of a body after the state (stop 66) */
	for (n = 0; !m->possessive && i < s->t1 && i < trig && n < 3 &&
		    d->t.v[i].kind == TK_WORD && d->t.v[i].upper;
	     i++, n++)
		;
	if (i + 2 < s->t1 && kis(d, i, ",") && (kis(d, i + 1, "which") || kis(d, i + 1, "who"))) {
		size_t c;
		for (c = i + 2; c < s->t1 && c < i + 16 && !kis(d, c, ","); c++)
			;
		if (c < s->t1 && kis(d, c, ","))
			i = c + 1;
	}
	if (i + 2 < s->t1 && kis(d, i, "(")) {
		/* "The Democratic People's Republic of Korea (DPRK) on
		 * Sunday condemned": past a short bracket */
		size_t c;
		for (c = i + 1; c < s->t1 && c < i + 5 && !kis(d, c, ")"); c++)
			;
		if (c < s->t1 && kis(d, c, ")"))
			i = c + 1;
	} else if (i < s->t1 && kis(d, i, ")") && m->t0 > s->t0 && kis(d, m->t0 - 1, "(")) {
		i++; /* the "(DPRK)" itself */
	}
	for (n = 0; i < s->t1 && n < 3; i++, n++) {
		if (kis(d, i, "on") && i + 1 < s->t1 && kin(d, i + 1, w_ex_date_word))
			i++;
		else if (!kin(d, i, w_ex_aux))
			break;
	}
	/* "X pulled out of (withdrew from, boycotted, skipped) the joint
	 * drills with Y": X takes no part (stop 49) */
	{
		static const char *w_quit[] = {"withdrew", "withdrawn", "withdraws", "boycotted",
					       "boycotts", "skipped", "skips", "quit", "quits",
					       NULL};
		if (i + 1 < s->t1 && i < trig &&
		    (kin_local(d, i, w_quit) ||
		     ((kis(d, i, "pulled") || kis(d, i, "pulls")) && kis(d, i + 1, "out"))))
			return 1;
	}
	/* "X was concerned about (countries joining) the drills": the state
	 * whose concern it is, no party */
	if (i + 1 < s->t1 && KIN(d, i, w_concern) && (kis(d, i + 1, "about") || kis(d, i + 1, "over")))
		return 1;
	{
		/* "Moscow is (closely) following / watching the progress of
		 * the drills": an onlooker, no party */
		static const char *w_watch[] = {"following", "follows", "watching", "watches",
						"monitoring", "monitors", "tracking", "tracks", NULL};
		size_t w = i;
		if (w < s->t1 && ly_adverb(d, w))
			w++;
		if (w < s->t1 && kin_local(d, w, w_watch) && w < trig)
			return 1;
	}
	/* "while it is at war with X", "engaged in a war with / against X":
	 * the other side of a war, no party */
	if (m->t0 >= s->t0 + 2 && (kis(d, m->t0 - 1, "with") || kis(d, m->t0 - 1, "against")) &&
	    KIN(d, m->t0 - 2, w_conflict))
		return 1;
	/* "X on Tuesday said it was concerned about ...": a critic */
	if (ex_said_concerned(d, s, m))
		return 1;
	{
		/* "In a snub to China, ...", "in a strong message to X", "a
		 * warning to X": whom the drill is addressed to, no party */
		static const char *w_ex_message[] = {"snub", "message", "rebuke", "warning",
						     "signal", "challenge", "riposte", "reply",
						     NULL};
		size_t q = m->t0;
		if (q > s->t0 && kis(d, q - 1, "the"))
			q--;
		if (q >= s->t0 + 2 && kis(d, q - 1, "to") && kin(d, q - 2, w_ex_message))
			return 1;
	}
	{
		/* "X considers the war games between A and B (to be)
		 * counterproductive": a judge, no party */
		static const char *w_deem[] = {"considers", "considered", "deems", "deemed",
					       "views", "viewed",
					       /* "The US military does not view (see)
						* the drill as an impediment" (stop 51) */
					       "view", "see", "sees", NULL};
		static const char *w_ill[] = {"counterproductive", "provocative", "dangerous",
					      "destabilising", "destabilizing", "illegal",
					      "unacceptable", "reckless", "provocation",
					      "threat", "impediment", NULL};
		static const char *w_own[] = {"'s", "military", "navy", "army", "government",
					      "officials", "does", "do", "did", "not", NULL};
		size_t v = i;
		while (v < s->t1 && v < i + 4 && kin(d, v, w_own))
			v++;
		if (v < s->t1 && kin(d, v, w_deem) && find_in(d, v + 1, s->t1, w_ill) != NONE)
			return 1;
	}
	/* "X has voiced (expressed) concerns over drills conducted by A and
	 * B": a critic, as one who raised objections (stop 56) */
	if (i < s->t1 && i != trig &&
	    (kin(d, i, w_ex_object_verb) || KIN(d, i, w_oppose_v) || KIN(d, i, w_voice))) {
		/* "raised objections", not "raised the number of drills" */
		size_t j = i + 1;
		if (!KIN(d, i, w_voice))
			return 1;
		/* "issued a sharp (strong, stern) warning" */
		while (j < s->t1 && j < i + 4 &&
		       (KIN(d, j, w_det) ||
			(d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
			 !kin(d, j, w_ex_not_party_noun) && !KIN(d, j, w_concern))))
			j++;
		if (j < s->t1 && (kin(d, j, w_ex_not_party_noun) || KIN(d, j, w_concern)))
			return 1;
	}
	/* in the scope, after the drill, of "ties with", "the agreement
	 * between", "amid" ("Y deepened ties with X through drills" keeps X) */
	if (trig == NONE || m->t0 < trig)
		return 0;
	if (ex_background_tail(d, s, m, trig))
		return 1;
	for (i = m->t0, n = 0; i > s->t0 && n < 14; i--, n++) {
		size_t p = i - 1;
		if (kin(d, p, w_ex_stop) || p == trig || KIN(d, p, w_exercise))
			return 0;
		if (kin(d, p, w_ex_background) || kin(d, p, w_ex_purpose))
			return 1;
		/* "the manoeuvres are taking place as Russian forces advance in
		 * Y", "the drills come as tensions rise with Y": the clause of
		 * "as" after the drill's going on is its background */
		if (kis(d, p, "as") && p > s->t0 && kin(d, p - 1, w_ex_going_on))
			return 1;
		/* "..., at a time when X and Y have been holding drills": a
		 * clause of the time it happens in, with parties of its own */
		if (kis(d, p, "when") && p > s->t0 + 2 && kis(d, p - 1, "time") &&
		    (kis(d, p - 2, "a") || kis(d, p - 2, "the")) && kis(d, p - 3, "at"))
			return 1;
		/* "exercises that push X to ...", "drills which threaten X": a
		 * relative clause right after the drill word names no party,
		 * unless its verb joins ("which included X") or tells where
		 * it goes on ("which takes place between X and Y") */
		if ((kis(d, p, "that") || kis(d, p, "which")) && p > s->t0 && p - 1 == trig &&
		    p + 1 < s->t1 && !kin(d, p + 1, w_ex_join) && !kin(d, p + 1, w_ex_aux) &&
		    !(p + 2 < s->t1 && kis(d, p + 2, "place")) &&
		    !KIN(d, p + 1, w_be) && d->t.v[p + 1].kind == TK_WORD && !d->t.v[p + 1].upper)
			return 1;
		/* "a stretch of land that sits between X and the Yn exclave":
		 * where a place lies names no party */
		if ((kis(d, p, "between") || kis(d, p, "near") || kis(d, p, "along")) &&
		    p > s->t0 && kin(d, p - 1, w_ex_lie_v))
			return 1;
		/* "aimed at X", "aimed at the X" */
		if (kis(d, p, "at") && p > s->t0 && kin(d, p - 1, w_ex_aimed) &&
		    (p + 1 == m->t0 || (p + 2 == m->t0 && KIN(d, p + 1, w_det))))
			return 1;
		if ((kis(d, p, "with") || kis(d, p, "between") || kis(d, p, "of")) && p > s->t0 &&
		    kin(d, p - 1, w_ex_relation) &&
		    !(kis(d, p, "between") && (kis(d, p - 1, "ties") || kis(d, p - 1, "relations") ||
					       kis(d, p - 1, "relationship"))))
			return 1;
	}
	return 0;
}

static const char *w_ex_held[] = {"held", "conducted", "staged", "organised", "organized",
				  "launched", "hosted", "occurring", "occurred", NULL};

/* Is the year of mention y another event's date ("the agreement between X
 * and Y in 1993 and 1996", "ties since 2011")? */
static int ex_year_of_other(const dctx *d, const span *s, const mention *y)
{
	static const char *w_ex_grow[] = {"increasing", "increased", "up", "rising", "rose",
					  "growing", "grew", "grown", "jumping", "jumped", "down",
					  "falling", "fell", NULL};
	size_t i, n;
	for (i = y->t1; i < s->t1 && !KIN(d, i, w_exercise); i++)
		;
	if (i < s->t1 && ex_in_concession(d, s, y->t0, i))
		return 1; /* "Although X ... was designated an ally in 2003, it holds drills" */
	if (year_names_event(d, s, y))
		return 1; /* "in violation of the 1960 Treaties" */
	for (i = y->t0, n = 0; i > s->t0 && n < 10; i--, n++) {
		size_t p = i - 1;
		if (kin(d, p, w_ex_stop) || KIN(d, p, w_exercise))
			return 0;
		if (kin(d, p, w_ex_relation) && !kis(d, p, "skepticism") && !kis(d, p, "scepticism"))
			return 1;
		if (kis(d, p, "since"))
			return 1;
		/* "training dating (that dates) back to 1995": the start of a
		 * series */
		if (kis(d, p, "to") && p > s->t0 + 1 && kis(d, p - 1, "back") &&
		    (kis(d, p - 2, "dating") || kis(d, p - 2, "dates") || kis(d, p - 2, "date") ||
		     kis(d, p - 2, "dated") || kis(d, p - 2, "goes") || kis(d, p - 2, "going")))
			return 1;
		/* "increasing from 8 countries in 2016 and 20 in 2018", "up
		 * from", "compared with": a comparison with other editions */
		if ((kis(d, p, "from") && p > s->t0 && kin(d, p - 1, w_ex_grow)) ||
		    kis(d, p, "compared") || kis(d, p, "than"))
			return 1;
		/* "with the first occurring in 2015", "last held in 2021": the
		 * year of another edition */
		if (kin(d, p, w_ex_held) && p > s->t0 &&
		    (kis(d, p - 1, "first") || kis(d, p - 1, "last")))
			return 1;
		/* "who once fought a war in 1962" (not "war games in 2019") */
		if (kis(d, p, "fought") ||
		    (KIN(d, p, w_conflict) &&
		     !(kis(d, p + 1, "wargames") || kis(d, p + 1, "wargame"))))
			return 1;
	}
	return 0;
}

/* The drill's own year: the first year of the sentence that dates no other
 * event; none when every year dates something else. */
static int exercise_year(const dctx *d, const span *s)
{
	size_t k;
	int any = 0;
	for (k = s->m0; k < s->m1; k++) {
		if (M(d, k)->kind != MK_YEAR)
			continue;
		if (!ex_year_of_other(d, s, M(d, k)))
			return M(d, k)->year;
		any = 1;
	}
	return any ? 0 : year_in(d, s);
}

/* Verbs of founding a series of drills (ex_series_history, ex_first_held). */
static const char *w_founded[] = {"instituted", "established", "inaugurated", "launched",
				  "founded", "initiated", NULL};

/* "the X series of exercises began in 2011 and has since gone through six
 * iterations": the history of a series, not one exercise of that year. */
static int ex_series_history(const dctx *d, const span *s, size_t trig)
{
	static const char *hist[] = {"since", "iterations", "iteration", "editions", "inception",
				     "inaugurated", "began", "started", NULL};
	static const char *rounds[] = {"iterations", "editions", NULL};
	int series = (trig >= s->t0 + 2 && kis(d, trig - 1, "of") && kis(d, trig - 2, "series")) ||
		     (trig + 1 < s->t1 && kis(d, trig + 1, "series") &&
		      !ex_series_mark(d, s, trig + 1));
	if (series && span_has(d, s, hist))
		return 1;
	{
		/* "Talisman Sabre began in 2005 as a biennial joint exercise
		 * between X and Y", told in a later year: when the series
		 * began, no edition held that year */
		static const char *began[] = {"began", "started", "begun", NULL};
		size_t i, k;
		for (i = s->t0; d->doc_year && i + 2 < s->t1; i++) {
			if (!kin(d, i, began) || !kis(d, i + 1, "in"))
				continue;
			for (k = s->m0; k < s->m1; k++) {
				const mention *y = M(d, k);
				if (y->kind == MK_YEAR && y->t0 == i + 2 && !y->from_month &&
				    y->year < d->doc_year && y->t1 < s->t1 && kis(d, y->t1, "as"))
					return 1;
			}
		}
	}
	{
		/* "Northern Coasts was launched in 2007 by the German Navy",
		 * told after this year's edition: the year the series was
		 * founded, no drill of that year (stop 47) */
		int pi = ex_pending(d, s), cur = d->doc_year, named = 0;
		size_t i, k;
		if (pi < 0)
			pi = d->last_exercise;
		if (pi >= 0 && d->cands[pi].f.year && (!cur || d->cands[pi].f.year < cur))
			cur = d->cands[pi].f.year;
		/* undated: a name of exercises.tsv opening the sentence, any
		 * year */
		for (k = 0; !cur && k < d->nxnames && d->xnames[k].t0 <= s->t0 + 1; k++)
			named |= d->xnames[k].t0 == s->t0 ||
				 (d->xnames[k].t0 == s->t0 + 1 && kis(d, s->t0, "the"));
		for (i = s->t0 + 1; (cur || named) && i + 2 < s->t1; i++) {
			if (!(kin(d, i, w_founded) || kis(d, i, "created")) ||
			    !(kis(d, i - 1, "was") || kis(d, i - 1, "were")) ||
			    !kis(d, i + 1, "in"))
				continue;
			for (k = s->m0; k < s->m1; k++) {
				const mention *y = M(d, k);
				if (y->kind == MK_YEAR && y->t0 == i + 2 && !y->from_month &&
				    (!cur || y->year < cur))
					return 1;
			}
		}
	}
	static const char *since[] = {"since", NULL};
	return span_has(d, s, rounds) && span_has(d, s, since);
}

/* "Last year, it was conducted at ... in October 2021", right after a
 * sentence that reported an exercise: an earlier edition of that exercise,
 * with its parties and name, in the year given.  Only a sentence that says
 * the edition is an earlier one ("last year", "previous", "earlier"), or
 * follows one that calls the exercise annual, is read so. */
static int rule_exercise_edition(dctx *d, const span *s)
{
	static const char *held[] = {"conducted", "held", "hosted", "staged", NULL};
	static const char *earlier[] = {"last", "previous", "earlier", "prior", NULL};
	static const char *annual[] = {"annual", "annually", "yearly", "biennial", "every", NULL};
	size_t i, pi, k;
	int year, rc;
	const unit *pu;
	cand *c;
	if (d->last_exercise < 0 || s->unit < 1 || s->forced_exercise)
		return ENT_OK;
	pi = (size_t)d->last_exercise;
	if (d->cands[pi].dropped || d->cands[pi].unit != s->unit - 1)
		return ENT_OK;
	pu = &d->units[s->unit - 1];
	if (pu->para != d->units[s->unit].para)
		return ENT_OK;
	for (i = s->t0; i + 2 < s->t1; i++) {
		size_t v = i + 2;
		if (!kis(d, i, "it"))
			continue;
		if (kis(d, i + 1, "had") && kis(d, i + 2, "been"))
			v = i + 3;
		else if (!kis(d, i + 1, "was"))
			continue;
		if (v < s->t1 && kin(d, v, held))
			break;
	}
	if (i + 2 >= s->t1)
		return ENT_OK;
	year = exercise_year(d, s);
	if (!year || year == d->cands[pi].f.year)
		return ENT_OK;
	if (!span_has(d, s, earlier) &&
	    !(find_in(d, pu->t0, pu->t1, annual) != NONE && d->cands[pi].f.year &&
	      year < d->cands[pi].f.year))
		return ENT_OK;
	if ((rc = ent__cand_new(d, ENT_FACT_EXERCISE, s->unit, &c)))
		return rc;
	for (k = 0; k < d->cands[pi].f.nparticipants; k++)
		ent_fact_add_participant(&c->f, d->cands[pi].f.participants[k].s);
	if (d->cands[pi].f.name && !(c->f.name = ent__strndup(d->cands[pi].f.name,
							      strlen(d->cands[pi].f.name))))
		return ENT_ENOMEM;
	c->f.year = year;
	c->f.confidence = 0.6;
	return emit(d, c, s, "exercise.edition");
}

/* "Last year's Balikatan featured tests of ...", after the text told this
 * year's drill of that name (its name, or the name told in a unit since
 * the drill when it has none): the edition of the year before, with the
 * drill's parties (stop 47).  1 when s tells one (emitted), else 0; an
 * error (< 0). */
static int rule_last_years_edition(dctx *d, const span *s)
{
	size_t x, k;
	const cand *in;
	cand *c;
	int year, rc;
	if (d->last_exercise < 0 || s->unit < 1)
		return 0;
	in = &d->cands[d->last_exercise];
	if (in->dropped || in->unit >= s->unit || s->unit - in->unit > 8)
		return 0;
	for (x = 0; x < d->nxnames && d->xnames[x].t0 < s->t1; x++) {
		const struct xname *n = &d->xnames[x];
		const char *t = d->text + d->t.v[n->t0].start;
		size_t len = d->t.v[n->t1 - 1].end - d->t.v[n->t0].start, y;
		int told = 0;
		if (n->t0 < s->t0 + 3 || n->t1 > s->t1 || !kis(d, n->t0 - 1, "'s") ||
		    !kis(d, n->t0 - 2, "year") || !kis(d, n->t0 - 3, "last"))
			continue;
		if (in->f.name)
			told = name_matches(in->f.name, t, t + len) != NULL;
		else
			for (y = 0; y < x && !told; y++)
				told = d->xnames[y].t0 >= d->units[in->unit].t0 &&
				       d->xnames[y].t1 - d->xnames[y].t0 == n->t1 - n->t0 &&
				       !strncasecmp(d->text + d->t.v[d->xnames[y].t0].start, t, len);
		year = in->f.year ? in->f.year : d->doc_year;
		if (!told || !year)
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_EXERCISE, s->unit, &c)))
			return rc;
		in = &d->cands[d->last_exercise]; /* the array may have moved */
		for (k = 0; k < in->f.nparticipants; k++)
			ent_fact_add_participant(&c->f, in->f.participants[k].s);
		if (!(c->f.name = ent__strndup(t, len)))
			return ENT_ENOMEM;
		c->f.year = year - 1;
		c->f.confidence = 0.6;
		c->earlier = 1;
		rc = emit(d, c, s, "exercise.edition");
		return rc ? rc : 1;
	}
	return 0;
}

/* Is mention m in a list of states right after the word w ("against X,
 * Y and Z")?  The walk back steps over the list's states and commas. */
static int ex_listed_after(const dctx *d, const span *s, const mention *m, const char *w)
{
	static const char *list[] = {",", "and", "the", NULL};
	size_t i = m->t0, k = (size_t)(m - M(d, 0)), n;
	for (n = 0; i > s->t0 && n < 24; n++) {
		while (k > s->m0 && M(d, k - 1)->t1 > i)
			k--;
		if (kis(d, i - 1, w))
			return 1;
		if (kin(d, i - 1, list))
			i--;
		else if (k > s->m0 && M(d, k - 1)->t1 == i && ent__is_state_mention(M(d, k - 1)))
			i = M(d, --k)->t0;
		else
			break;
	}
	return 0;
}

/* Add the states of the span that take part in the drill at trig (not its
 * places, critics, speakers or the name's own words) to c. */
/* "the Israeli made Barak-8", "Italian-built frigates": a demonym that
 * names the maker of goods used in a drill, not a party to it. */
static int ex_maker_only(const dctx *d, const span *s, const mention *m)
{
	static const char *w_made[] = {"made", "built", "manufactured", "produced", "supplied",
				       NULL};
	size_t i = m->t1;
	if (i < s->t1 && kis(d, i, "-"))
		i++;
	return i < s->t1 && kin_local(d, i, w_made);
}

/* "X said (that) the (joint) drills with Y ...", "X said its drills with
 * Y ...": the speaker of a drill it holds with another state right after
 * its verb of saying takes part (the drill word at trig, "with" after
 * it). */
static int speaker_drills_with(const dctx *d, const span *s, const mention *m, size_t trig)
{
	static const char *w_confirm[] = {"confirmed", "confirms", "announced", "announces", NULL};
	size_t i = m->t1, n;
	if (trig == NONE || trig + 1 >= s->t1 || !kis(d, trig + 1, "with") || m->possessive)
		return 0;
	/* "The Chinese Ministry of Defense has also confirmed the joint
	 * exercises with Y": a speaker's noun, "of ...", auxiliaries before
	 * the verb (stop 36) */
	for (n = 0; i < s->t1 && n < 6 && !KIN(d, i, w_speech_verb) && !kin_local(d, i, w_confirm);
	     i++, n++)
		if (!(KIN(d, i, w_speaker_noun) || kis(d, i, "of") || kis(d, i, "has") ||
		      kis(d, i, "have") || kis(d, i, "also") || kis(d, i, "defense") ||
		      kis(d, i, "defence") || kis(d, i, "'s") || kis(d, i, "national")))
			return 0;
	if (i >= s->t1 || !(KIN(d, i, w_speech_verb) || kin_local(d, i, w_confirm)))
		return 0;
	i++;
	if (i < s->t1 && kis(d, i, "that"))
		i++;
	if (i >= s->t1 || !(kis(d, i, "the") || kis(d, i, "its") || kis(d, i, "their") ||
			    kis(d, i, "our")))
		return 0;
	for (i++, n = 0; i < trig && n < 3; i++, n++)
		if (d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
			return 0;
	return i == trig;
}

/* "X has announced (said) that a group of its warships has arrived in Y to
 * take part in exercises with Y and Z": the speaker whose own forces ("its
 * warships / troops / navy") are the subject of the clause after "that",
 * before the drill's word at trig, takes part (stop 36). */
static int speaker_own_forces(const dctx *d, const span *s, const mention *m, size_t trig)
{
	static const char *w_own_forces[] = {"warships", "ships", "vessels", "troops", "forces",
					     "soldiers", "navy", "army", "jets", "aircraft",
					     "personnel", "units", "sailors", "marines", "fleet",
					     "servicemen", NULL};
	/* a word of taking part before the drill, not of watching it */
	static const char *w_take_part[] = {"participate", "participating", "part", "join",
					    "joining", "joined", "hold", "holding", "conduct",
					    "conducting", NULL};
	size_t i, t;
	if (trig == NONE || m->possessive)
		return 0;
	for (t = m->t1; t < trig && t < m->t1 + 5 && !kis(d, t, "that"); t++)
		;
	if (t >= trig || !kis(d, t, "that"))
		return 0;
	for (i = t + 1; i + 1 < trig && i < t + 7; i++)
		if (kis(d, i, "its") &&
		    (kin_local(d, i + 1, w_own_forces) ||
		     (i + 2 < trig && kin_local(d, i + 2, w_own_forces))))
			return find_in(d, i + 2, trig, w_take_part) != NONE;
	return 0;
}

/* "..., a Chinese foreign ministry spokesperson said": a state that
 * comments through its foreign ministry (its foreign minister) is no host
 * (stop 48); "a top official at Oman's Ministry of Defence has said" may
 * be. */
static int foreign_office_speaker(const dctx *d, const span *s, const mention *m)
{
	size_t i = m->t1;
	if (i < s->t1 && kis(d, i, "'s"))
		i++;
	return i + 1 < s->t1 && kis(d, i, "foreign") && speaker(d, s, m);
}

/* Does the span name m's state again, elsewhere (not in a dateline)?
 * Not when one of those mentions only looks at the drill at trig
 * ("WASHINGTON (...) - The US military does not view the exercise as an
 * impediment, the Pentagon spokesman told reporters": the state is an
 * onlooker, stop 51). */
static int named_again(const dctx *d, const span *s, const mention *m, size_t trig)
{
	size_t k;
	int again = 0;
	for (k = s->m0; k < s->m1; k++) {
		const mention *o = M(d, k);
		if (o == m || !ent__is_state_mention(o) || !o->code || strcmp(o->code, m->code) ||
		    dateline_place(d, s, o) || foreign_office_speaker(d, s, o))
			continue;
		/* a speaker before the drill too: "BEIJING: China welcomed
		 * the joint drills of A and B"; not "Muscat: Joint exercise
		 * X is ..., an official at Oman's ministry said" (stop 66) */
		if (ex_not_party(d, s, o, trig) ||
		    (trig != NONE && o->t0 < trig && speaker(d, s, o) &&
		     !speaker_drills_with(d, s, o, trig) && !speaker_own_forces(d, s, o, trig)))
			return 0;
		again = 1;
	}
	return again;
}

/* "China expressed opposition to the joint military drills between India
 * and the US, claiming that they go against the accords that Beijing and
 * New Delhi signed": a state after the drill word in a clause of saying
 * that a comma opens is in a claim, no party (stop 41). */
static int ex_in_claim(const dctx *d, const span *s, const mention *m, size_t trig)
{
	static const char *w_claiming[] = {"claiming", "saying", "arguing", "adding", "insisting",
					   "stating", "noting", "warning", "alleging", NULL};
	size_t j;
	if (m->t0 <= trig)
		return 0;
	for (j = trig + 1; j + 1 < m->t0; j++)
		if (kis(d, j, ",") && kin_local(d, j + 1, w_claiming))
			return 1;
	return 0;
}

static void ex_add_parties(const dctx *d, const span *s, size_t trig, int has_name, uint32_t b0,
			   uint32_t b1, cand *c)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		if (described_possessor(d, m, s->t1))
			continue;
		if (ex_listed_after(d, s, m, "against"))
			continue;
		if (ex_not_party(d, s, m, trig) || ex_in_claim(d, s, m, trig))
			continue;
		if (dateline_place(d, s, m) && !named_again(d, s, m, trig))
			continue; /* "BRUSSELS (Reuters) - 32 states embarked on";
				   * not "Muscat: ..., an official at Oman's
				   * ministry said" */
		if (m->gz == GZ_DEMONYM && ex_maker_only(d, s, m))
			continue; /* "live-firing of the Israeli made Barak-8" */
		if (m->t0 > s->t0 && KIN(d, m->t0 - 1, w_locprep)) {
			if (!c->f.location)
				c->f.location = ent__strndup(d->text + m->start, m->end - m->start);
			if (m->gz == GZ_CAPITAL)
				continue;
		}
		if (has_name && m->start >= b0 && m->end <= b1)
			continue;
		if (speaker(d, s, m) && !speaker_drills_with(d, s, m, trig) &&
		    !speaker_own_forces(d, s, m, trig))
			continue;
		ent_fact_add_participant(&c->f, m->code);
	}
}

/* Words that mark another, earlier edition: "the previous edition", "last
 * year's drills", "since its inception in 2016", "first held in 2012". */
const char *w_ex_prior[] = {"previous", "last", "earlier", "prior", "preceding", "similar",
			    "past", NULL};
static const char *w_ex_round[] = {"edition", "editions", "iteration", "round", "rounds",
				   "exercise", "exercises", "drill", "drills", "wargames",
				   "manoeuvres", "maneuvers", "war", NULL};

/* The exercise a sentence about another edition speaks of: the one the
 * sentence before reported, else the document's first. */
static const cand *ex_first(const dctx *d)
{
	size_t k;
	for (k = 0; k < d->ncands; k++)
		if (d->cands[k].f.type == ENT_FACT_EXERCISE && !d->cands[k].dropped)
			return &d->cands[k];
	return NULL;
}

static const cand *ex_in_play(const dctx *d, int u)
{
	if (d->last_exercise >= 0 && !d->cands[d->last_exercise].dropped &&
	    d->cands[d->last_exercise].unit == u - 1)
		return &d->cands[d->last_exercise];
	return ex_first(d);
}

/* The year of the mention that starts at token t, or 0. */
static int ex_year_at(const dctx *d, const span *s, size_t t)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_YEAR && M(d, k)->t0 == t)
			return M(d, k)->year;
	return 0;
}

/* After "last year's": the token past the name of that edition, quoted or
 * in capitals ("last year's \"Ramses 2016\" exercises", "last year's Cope
 * India drills"), or j when no name follows. */
static size_t ex_skip_edition_name(const dctx *d, const span *s, size_t j)
{
	size_t i = j, n = 0;
	if (j < s->t1 && quote_mark(d, j)) {
		for (i = j + 1; i < s->t1 && i < j + 7; i++)
			if (quote_mark(d, i))
				return i + 1;
		return j;
	}
	while (i < s->t1 && n < 4 &&
	       ((d->t.v[i].kind == TK_WORD && d->t.v[i].upper) ||
		(n && (d->t.v[i].kind == TK_NUM || kis(d, i, "-"))))) {
		i++;
		n++;
	}
	return i < s->t1 && kin(d, i, w_ex_round) ? i : j;
}

/* "The first time the exercise was held was in April 2018", "was first
 * conducted in May 2012": an earlier, first edition dated before cur (or
 * any year when the edition in play has none); that year, or 0. */
static int ex_first_held(const dctx *d, const span *s, int cur)
{
	size_t i, h, j, k;
	for (i = s->t0; i + 2 < s->t1; i++) {
		if (!kis(d, i, "first"))
			continue;
		if (i >= s->t0 + 3 && kis(d, i + 1, "time") && kis(d, i - 1, "the") &&
		    kis(d, i - 2, "for") && kin(d, i - 3, w_ex_held)) {
			/* "The Joint Sea exercises were held for the first time
			 * in 2012" (stop 48) */
			j = i + 2;
		} else {
			/* "the first edition of the joint military exercise was
			 * conducted": up to nine words, no comma (stop 40) */
			for (h = i + 1; h < s->t1 && h < i + 10 && !kin(d, h, w_ex_held) &&
					!kis(d, h, ",");
			     h++)
				;
			if (h >= s->t1 || h >= i + 10 || !kin(d, h, w_ex_held))
				continue;
			j = h + 1;
			if (j < s->t1 && KIN(d, j, w_be))
				j++;
		}
		if (i > s->t0 + 4 && kis(d, i - 1, "the") && kis(d, i - 2, "and")) {
			/* "VINBAX was instituted in 2018 and the first edition
			 * ... was conducted at Jabalpur": the year the series
			 * was founded (stop 40) */
			for (k = s->m0; k < s->m1; k++) {
				const mention *y = M(d, k);
				if (y->kind == MK_YEAR && !y->from_month && y->t1 == i - 2 &&
				    y->t0 > s->t0 + 1 && kis(d, y->t0 - 1, "in") &&
				    kin(d, y->t0 - 2, w_founded))
					return !cur || y->year < cur ? y->year : 0;
			}
		}
		if (j + 1 >= s->t1 || !(kis(d, j, "in") || kis(d, j, "at")))
			continue; /* "conducted at Jabalpur in 2018" */
		for (k = s->m0; k < s->m1; k++) {
			const mention *y = M(d, k);
			size_t q;
			if (y->kind != MK_YEAR || y->from_month || y->t0 <= j || y->t0 > j + 8)
				continue;
			/* "held in Pakistan in March 2011": past a place, not
			 * past a comma or "and" */
			for (q = j; q < y->t0 && !kis(d, q, ",") && !kis(d, q, "and") &&
				    !kis(d, q, ";");
			     q++)
				;
			if (q == y->t0)
				return !cur || y->year < cur ? y->year : 0;
		}
	}
	return 0;
}

/* "The first such drill was held in Pakistan in March 2011, the second in
 * China in September 2013, and the third ... in May last year": after the
 * first edition (candidate ci, told by ex_first_held), each "the second
 * (third, ...)" of the sentence is one more edition with the year its
 * clause names (none when it names none), a copy of ci. */
static int ordinal_editions(dctx *d, const span *s, size_t ci)
{
	static const char *w_nth[] = {"second", "third", "fourth", "fifth", "sixth", NULL};
	size_t i, k;
	int rc;
	for (i = s->t0 + 1; i < s->t1; i++) {
		cand *one;
		size_t e;
		int year = 0;
		if (!kin_local(d, i, w_nth) || !kis(d, i - 1, "the"))
			continue;
		for (e = i + 1; e < s->t1 && !(kin_local(d, e, w_nth) && kis(d, e - 1, "the")); e++)
			;
		for (k = s->m0; k < s->m1 && !year; k++)
			if (M(d, k)->kind == MK_YEAR && M(d, k)->t0 > i && M(d, k)->t0 < e)
				year = M(d, k)->year;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		one->f.year = year;
	}
	return ENT_OK;
}

/* Does the span speak of an earlier edition of the exercise in play, dated
 * before the document's first exercise (cur; with none dated and no date
 * of the document, 0: any year is earlier)?  Returns that year, or 0. */
static int ex_other_edition(const dctx *d, const span *s, int cur)
{
	size_t i, j, k;
	if (!cur)
		cur = 10000;
	for (i = s->t0; i < s->t1; i++) {
		/* "since its inception in 2016", "first held in 2012", "last
		 * held in 2021" */
		j = NONE;
		if (kis(d, i, "inception") || kis(d, i, "inaugurated"))
			j = i + 1;
		else if ((kis(d, i, "first") || kis(d, i, "last")) && i + 1 < s->t1 &&
			 kin(d, i + 1, w_ex_held))
			j = i + 2; /* "was last held in 2021" */
		if (j != NONE && j + 1 < s->t1 && kis(d, j, "in")) {
			int y = ex_year_at(d, s, j + 1);
			if (y && y < cur)
				return y;
		}
		/* "follows the Sea Anchor of last year": a name or drill word
		 * before "of last year" */
		if (kis(d, i, "of") && i > s->t0 && i + 2 < s->t1 && kis(d, i + 1, "last") &&
		    kis(d, i + 2, "year") && (d->t.v[i - 1].upper || kin(d, i - 1, w_ex_round)) &&
		    cur < 10000)
			return cur - 1;
		/* "the previous edition", "last year's drills", "earlier joint
		 * exercises" */
		if (!KIN(d, i, w_ex_prior))
			continue;
		j = i + 1;
		if (j + 1 < s->t1 && kis(d, j, "year") && kis(d, j + 1, "'s"))
			j = ex_skip_edition_name(d, s, j + 2);
		if (j + 1 < s->t1 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		    !kin(d, j, w_ex_round) && kin(d, j + 1, w_ex_round))
			j++;
		if (j >= s->t1 || !kin(d, j, w_ex_round))
			continue;
		/* its year: the first in the sentence before the current one's */
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->kind == MK_YEAR && M(d, k)->year < cur)
				return M(d, k)->year;
		/* "last year's drills", "the previous rounds ... last year"
		 * with no year written: the year before */
		for (k = s->t0; k + 1 < s->t1 && cur < 10000; k++)
			if (kis(d, k, "last") && kis(d, k + 1, "year"))
				return cur - 1;
	}
	return 0;
}

/* Is token p the suffix of a numeral ordinal joined to its number ("40th"
 * is read as "40" and "th"), with the number at or after t0? */
static int ordinal_suffix(const dctx *d, size_t t0, size_t p)
{
	return (kis(d, p, "th") || kis(d, p, "st") || kis(d, p, "nd") || kis(d, p, "rd")) &&
	       p > t0 && d->t.v[p - 1].kind == TK_NUM && !d->t.v[p].space_before;
}

/* Does the span tell another, numbered or next, edition of the exercise in
 * play ("In 2023, the two countries held the twelfth edition in Turkey",
 * "the 5th iteration was conducted in 2019"; stop 38: "In 2023, China
 * hosted the fifth such exercise", also when the drill in play has no
 * year)?  Returns its year when that differs from the one in play, or 0. */
static int ex_numbered_edition(const dctx *d, const span *s, const cand *in)
{
	static const char *ord[] = {"second", "third", "fourth", "fifth", "sixth", "seventh",
				    "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
				    "fourteenth", "fifteenth", "sixteenth", "seventeenth",
				    "eighteenth", "nineteenth", "twentieth", "next", "latest", NULL};
	static const char *took[] = {"took", "was", NULL};
	size_t i, o;
	int y, such;
	for (i = s->t0 + 1; i < s->t1; i++) {
		/* "In 2023, X hosted the fifth such exercise": an ordinal
		 * drill told "such", in a sentence that opens on its year,
		 * is an edition even when the drill in play has no year */
		such = kis(d, i - 1, "such") && KIN(d, i, w_exercise) && i >= s->t0 + 2;
		if (!(kis(d, i, "edition") || kis(d, i, "iteration") || such))
			continue;
		/* "the fifth edition", "the 5th edition" */
		o = such ? i - 2 : i - 1;
		if (!(kin(d, o, ord) || ordinal_suffix(d, s->t0, o)))
			continue;
		if (!in->f.year && !(such && kis(d, s->t0, "in") && s->t0 + 2 < s->t1 &&
				     mention_at(d, s, s->t0 + 1) &&
				     mention_at(d, s, s->t0 + 1)->kind == MK_YEAR))
			return 0;
		if (find_in(d, s->t0, s->t1, w_ex_held) == NONE && find_in(d, s->t0, s->t1, took) == NONE)
			return 0;
		y = exercise_year(d, s);
		return y && y != in->f.year && !span_has(d, s, w_future) ? y : 0;
	}
	return 0;
}

/* A sentence about an earlier edition of the exercise in play: a fact of
 * its own for that year, with the name and parties of the exercise in play
 * (and any parties of its own), which does not join the current edition. */
/* Does the name (n bytes at p) end on a year other than year? */
static int ex_name_other_year(const char *p, size_t n, int year)
{
	if (n < 5 || strspn(p + n - 4, "0123456789") != 4 || (p[n - 5] != ' ' && p[n - 5] != '-'))
		return 0;
	return atoi(p + n - 4) != year;
}

static int rule_exercise_past(dctx *d, const span *s, size_t trig, int year, const cand *in)
{
	uint32_t b0 = 0, b1 = 0;
	int has_name = trig != NONE && exercise_name(d, s, trig, &b0, &b1), rc, own;
	size_t k, pi = (size_t)(in - d->cands);
	cand *c;
	if ((rc = ent__cand_new(d, ENT_FACT_EXERCISE, s->unit, &c)))
		return rc;
	in = &d->cands[pi]; /* cand_new may have moved the array */
	ex_add_parties(d, s, trig, has_name, b0, b1, c);
	/* "the last exercise between X and Y, in 2019" names its own pair;
	 * "Z took part in last year's exercise" joins the parties in play */
	own = c->f.nparticipants >= 2 &&
	      !ent_fact_codes_subset(c->f.participants, c->f.nparticipants, in->f.participants,
			       in->f.nparticipants);
	for (k = 0; !own && k < in->f.nparticipants; k++)
		ent_fact_add_participant(&c->f, in->f.participants[k].s);
	ent_fact_sort_codes(c->f.participants, c->f.nparticipants);
	if (has_name && ex_name_other_year(d->text + b0, b1 - b0, year)) {
		/* "The "X 2017" drills follow last year's ...": the name of
		 * the drill in play, not of this edition */
	} else if (has_name) {
		if (b1 - b0 > 9 && !strncmp(d->text + b0, "Exercise ", 9))
			b0 += 9;
		if (!(c->f.name = ent__strndup(d->text + b0, b1 - b0)))
			return ENT_ENOMEM;
	} else if (in->f.name && !own) {
		/* "KAZIND-2024" was this year's; the edition is "KAZIND" */
		size_t n = strlen(in->f.name);
		if (n > 5 && (in->f.name[n - 5] == '-' || in->f.name[n - 5] == ' ') &&
		    strspn(in->f.name + n - 4, "0123456789") == 4)
			n -= 5;
		else {
			/* "Ataturk-XI", "Druzhba 5": the edition's own mark goes */
			size_t m = n;
			while (m > 0 && strchr("IVXLC0123456789", in->f.name[m - 1]))
				m--;
			if (m > 1 && m < n && (in->f.name[m - 1] == '-' || in->f.name[m - 1] == ' '))
				n = m - 1;
		}
		/* "Maritime Security Belt – 2024": no dash left at the end */
		while (n > 1 && !isalnum((unsigned char)in->f.name[n - 1]))
			n--;
		if (!(c->f.name = ent__strndup(in->f.name, n)))
			return ENT_ENOMEM;
	}
	c->f.year = year;
	c->f.confidence = 0.6;
	c->earlier = 1; /* never one with an undated current edition */
	if (c->f.nparticipants < 2) {
		c->dropped = 1;
		return ENT_OK;
	}
	return emit(d, c, s, "exercise.edition");
}

/* The latest drill of the text, told within the two units before s,
 * still there and with no name of its own: one a name told now may
 * name (dubbed_in_play, definite_dubbed_in_play, the_named_in_play)? */
static int unnamed_in_play(const dctx *d, const span *s)
{
	const cand *in = &d->cands[d->last_exercise];
	return !in->dropped && !in->f.name && in->unit < s->unit && s->unit - in->unit <= 2;
}

/* "X and Y are also participating in the Hercules-2022 drills as
 * observers": a named drill whose states are all observers names the
 * latest drill of the text, told within the two units before, when that
 * one has none. */
static int observers_in_play(const dctx *d, const span *s)
{
	size_t i;
	if (d->last_exercise < 0 || s->unit < 0)
		return 0;
	for (i = s->t0; i + 1 < s->t1; i++)
		if (kis(d, i, "as") && (kis(d, i + 1, "observers") || kis(d, i + 1, "observer")))
			return unnamed_in_play(d, s);
	return 0;
}

/* A sentence that opens by naming a drill ("Dubbed / Named / Codenamed
 * 'X'," ) and speaks of "the / this (joint ...) exercise" at trig names
 * the latest drill of the text, told within the two units before,
 * when that one has no name of its own. */
static const char *w_ex_called[] = {"dubbed", "named", "codenamed", "called", "titled", NULL};

static int dubbed_in_play(const dctx *d, const span *s, size_t trig)
{
	size_t j = trig, n = 0;
	if (!kin(d, s->t0, w_ex_called) || d->last_exercise < 0 || s->unit < 0)
		return 0;
	/* "the 14-day exercise": a count and a hyphen too (stop 39) */
	while (j > s->t0 && n < 5 && !kis(d, j - 1, "the") && !kis(d, j - 1, "this") &&
	       ((d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper) ||
		d->t.v[j - 1].kind == TK_NUM || kis(d, j - 1, "-"))) {
		j--;
		n++;
	}
	if (j == s->t0 || !(kis(d, j - 1, "the") || kis(d, j - 1, "this")))
		return 0;
	return unnamed_in_play(d, s);
}

/* "... are taking part in the war games, officially dubbed Anaconda-2016":
 * a definite drill word at trig ("the / this / these" up to five small
 * words before it, a hyphen joining two of them) with a word of naming
 * after it (past a comma and an adverb in -ly) names the latest drill of
 * the text, told within the two units before, when that one has none. */
static int definite_dubbed_in_play(const dctx *d, const span *s, size_t trig)
{
	size_t j = trig, n = 0;
	if (trig == NONE || d->last_exercise < 0 || s->unit < 0)
		return 0;
	/* "the joint anti-terrorist drills": a hyphen joins two words (stop
	 * 36) */
	while (j > s->t0 && n < 5 && !kis(d, j - 1, "the") && !kis(d, j - 1, "this") &&
	       !kis(d, j - 1, "these") &&
	       ((d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper) ||
		(kis(d, j - 1, "-") && !d->t.v[j - 1].space_before))) {
		j--;
		n++;
	}
	if (j == s->t0 || !(kis(d, j - 1, "the") || kis(d, j - 1, "this") || kis(d, j - 1, "these")))
		return 0;
	j = trig + 1;
	if (j < s->t1 && kis(d, j, "training"))
		j++; /* "the joint training", its word at "joint" */
	if (j < s->t1 && kis(d, j, ","))
		j++;
	if (j < s->t1 && ly_adverb(d, j))
		j++;
	/* "the joint training is code named 'X'" (stop 54) */
	if (j + 1 < s->t1 && (kis(d, j, "is") || kis(d, j, "was")) &&
	    (kin(d, j + 1, w_ex_called) || kis(d, j + 1, "code")))
		j++;
	if (j + 1 < s->t1 && kis(d, j, "code") && kis(d, j + 1, "named"))
		j++; /* "The drill, code named ..." */
	if (j + 1 < s->t1 && kis(d, j, "known") && kis(d, j + 1, "as"))
		return unnamed_in_play(d, s); /* "the ongoing drill, known as 'X'" (stop 37) */
	if (j >= s->t1 || !kin(d, j, w_ex_called))
		return 0;
	return unnamed_in_play(d, s);
}

/* "Russia and Belarus have begun military exercises. The Zapad 2025
 * manoeuvres, which run until Tuesday, ...": a sentence that opens with
 * "The" and a drill's name (b0, its first byte; a quote may stand before
 * it) names the latest drill of the text, told within the two units
 * before, when that one has none. */
static int the_named_in_play(const dctx *d, const span *s, size_t b0)
{
	size_t n = s->t0 + 1;
	/* "The 'Garuda VII' exercise began ...": a quote before the name
	 * (stop 36) */
	if (n + 1 < s->t1 && (quote_mark(d, n) || kis(d, n, "'")))
		n++;
	if (!kis(d, s->t0, "the") || n >= s->t1 || d->t.v[n].start != b0 ||
	    d->last_exercise < 0 || s->unit < 0)
		return 0;
	return unnamed_in_play(d, s);
}

/* "These maneuvers involved 600 Russian military personnel, 300
 * Belarusians ...", "57 attachés from 42 countries attended as observers
 * for this joint exercise, including Germany ...": a drill word after
 * "this / these" (up to four small words between), right after the drill
 * the text told in the unit before or two before (five, for observers),
 * is that drill when its states are among that drill's parties or the
 * sentence speaks of observers (stop 39). */
static int demonstrative_in_play(const dctx *d, const span *s, size_t trig, const cand *c)
{
	const cand *in;
	size_t j = trig, n = 0, q;
	int obs = 0;
	if (trig == NONE || d->last_exercise < 0 || s->unit < 0)
		return 0;
	for (q = s->t0; q < s->t1 && !obs; q++)
		obs = kis(d, q, "observers") || kis(d, q, "observer");
	in = &d->cands[d->last_exercise];
	if (in->dropped || in->unit < 0 || in->unit >= s->unit ||
	    s->unit - in->unit > (obs ? 5 : 2))
		return 0;
	while (j > s->t0 && n < 4 && !kis(d, j - 1, "this") && !kis(d, j - 1, "these") &&
	       d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper) {
		j--;
		n++;
	}
	if (j == s->t0 || !(kis(d, j - 1, "this") || kis(d, j - 1, "these")))
		return 0;
	return obs || (c->f.nparticipants > 0 &&
			      ent_fact_codes_subset(c->f.participants, c->f.nparticipants,
						    in->f.participants, in->f.nparticipants));
}

/* Words that date a drill relative to the text's own time; a weekday
 * too ("launched a drill on Tuesday"). */
static const char *w_ex_rel_time[] = {"last", "next", "recently", "annually", "annual",
				      "yearly", "currently", "now", "today", "upcoming", "every",
				      "later", "since", "monday", "tuesday", "wednesday",
				      "thursday", "friday", "saturday", "sunday", NULL};

/* "sponsored by X", "hosted by X": a party named before the verb of joining */
static const char *w_ex_by_party[] = {"sponsored", "hosted", "led", "organised", "organized",
				      "co-hosted", NULL};

/* A document that opens on a named drill without its parties ("Exercise
 * Pitch Black began on Monday") and lists them a few units on: that drill
 * (up to six units before s, no exercise told before it) as a candidate
 * index, or -1. */
static int ex_pending(const dctx *d, const span *s)
{
	int p = d->pending_exercise;
	const cand *c, *first;
	if (p < 0 || s->unit < 1)
		return -1;
	c = &d->cands[p];
	if (!c->dropped || c->unit >= s->unit || s->unit - c->unit > 6)
		return -1;
	first = ex_first(d);
	if (first && first->unit <= c->unit)
		return -1;
	return p;
}

static int named_at_start(const dctx *d, const span *s);

/* The unit more parties of the drill told at unit `told` count from, for a
 * sentence at unit `at`: `told`, or a later one that goes on with its list
 * (`more`), or a later one that speaks of a drill again by a determiner
 * ("the first where the Indian Air Force will take part in such a
 * multilateral exercise"). */
static int ex_reach_from(const dctx *d, int told, int more, int at)
{
	static const char *w_again[] = {"the", "this", "that", "such", NULL};
	int u, from = more > told ? more : told;
	for (u = at - 1; u > from && at - u <= 3; u--) {
		size_t i, t0 = d->units[u].t0, t1 = d->units[u].t1;
		for (i = t0 + 1; i < t1; i++)
			if (KIN(d, i, w_exercise) &&
			    (kin_local(d, i - 1, w_again) ||
			     (i >= t0 + 2 && kin_local(d, i - 2, w_again)) ||
			     (i >= t0 + 3 && kis(d, i - 3, "such"))))
				return u;
	}
	return from;
}

/* Is a drill in reach of s for more parties (see ex_more_parties)?  A
 * drill the sentence opens by naming is, wherever it was told. */
static int ex_in_reach(const dctx *d, const span *s)
{
	const cand *in;
	int from;
	if (ex_pending(d, s) >= 0 || named_at_start(d, s) >= 0)
		return 1;
	if (d->last_exercise < 0 || s->unit < 1)
		return 0;
	in = &d->cands[d->last_exercise];
	from = ex_reach_from(d, in->unit, d->more_parties_unit, s->unit);
	return !in->dropped && in->unit < s->unit && s->unit - from <= 3;
}

/* "X, Y and Z will (also) participate / are taking part (with ...)", a
 * sentence without a drill word: the verb of joining after its subjects,
 * not joining something else ("took part in the talks"; "in the training"
 * is the drill); NONE when the span has none. */
static size_t ex_join_verb(const dctx *d, const span *s)
{
	static const char *take[] = {"take", "takes", "took", "taking", "taken", NULL};
	static const char *part[] = {"participate", "participates", "participated",
				     "participating", NULL};
	/* "took part in it (the training, the event)": the drill in play */
	static const char *drill[] = {"training", "trainings", "it", "them", "event", NULL};
	size_t i;
	for (i = s->t0 + 1; i < s->t1; i++) {
		size_t v = i;
		if (K(i)[0] != 'p')
			continue; /* "part", "participate": most words go here */
		if (kis(d, i, "part") && kin(d, i - 1, take))
			v = i - 1;
		else if (!kin(d, i, part) || kis(d, i - 1, "the"))
			continue;
		if (i + 1 < s->t1 && kis(d, i + 1, "in") &&
		    !(i + 2 < s->t1 && (kin(d, i + 2, drill) ||
					(kis(d, i + 2, "the") && i + 3 < s->t1 && kin(d, i + 3, drill)))))
			return NONE;
		return v;
	}
	return NONE;
}

/* "The U.S. and Indonesia will be joined by participants from A, B and
 * C", a sentence without a drill word after one that told the drill: a
 * passive "joined by" after a state that takes part in the drill in play;
 * the token of "by", or NONE (stop 35). */
static size_t ex_joined_by(const dctx *d, const span *s)
{
	size_t i, k;
	const cand *in = d->last_exercise >= 0 ? &d->cands[d->last_exercise] : NULL;
	if (!in || in->dropped)
		return NONE;
	for (i = s->t0 + 2; i + 2 < s->t1; i++) {
		if (K(i)[0] != 'j' || !kis(d, i, "joined") || !kis(d, i + 1, "by") ||
		    !(KIN(d, i - 1, w_be) || kis(d, i - 1, "been")))
			continue;
		for (k = s->m0; k < s->m1 && M(d, k)->t1 <= i; k++)
			if (ent__is_state_mention(M(d, k)) && M(d, k)->gz != GZ_FIRM &&
			    ent_fact_has_code(in->f.participants, in->f.nparticipants,
					      M(d, k)->code))
				return i + 1;
		return NONE;
	}
	return NONE;
}

/* "Navies from X, Y and Z attended this year's edition", a sentence with
 * no drill word after one that told the drill: "attend" with "edition" or
 * "iteration" among the next four words; NONE when the span has none. */
static size_t ex_attend_verb(const dctx *d, const span *s)
{
	static const char *attend[] = {"attended", "attend", "attends", "attending", NULL};
	static const char *round[] = {"edition", "iteration", NULL};
	size_t i, j;
	for (i = s->t0 + 1; i < s->t1; i++) {
		if (K(i)[0] != 'a' || !kin(d, i, attend))
			continue;
		for (j = i + 1; j < s->t1 && j < i + 5; j++)
			if (kin(d, j, round))
				return i;
		return NONE;
	}
	return NONE;
}

/* Nouns that stand for a named drill held again. */
static const char *w_edition_n[] = {"iteration", "edition", NULL};

/* "Phoenix Express 2021 brought together navies from X, Y and Z", a
 * sentence without a drill word that names the drill in reach (the first
 * word of its name, capitalised, before the verb, or "this year's
 * iteration (edition)" right before it) as the subject of a verb of
 * including or joining: the verb, or NONE. */
static size_t ex_named_subject(const dctx *d, const span *s)
{
	int pi = ex_pending(d, s);
	const char *name, *e;
	size_t v, i, n;
	if (pi < 0)
		pi = d->last_exercise;
	if (pi < 0 || (v = find_in(d, s->t0, s->t1, w_ex_join)) == NONE)
		return NONE;
	if (v > s->t0 && kin_local(d, v - 1, w_edition_n))
		return v; /* "This year's iteration (edition) brought together" */
	if (!(name = d->cands[pi].f.name))
		return NONE;
	for (e = name; *e && *e != ' ' && *e != '-'; e++)
		;
	n = (size_t)(e - name);
	if (n < 3)
		return NONE;
	for (i = s->t0; i < v; i++)
		if (d->t.v[i].upper && d->t.v[i].keylen == n && !strncasecmp(K(i), name, n))
			return v;
	return NONE;
}

/* "Scheduled for Aug. 19 to 30, it will include personnel and ships from
 * X, Y": "it" opening the sentence or its clause after a comma, right
 * before a verb of including (or "will" and one); that verb, or NONE
 * (stop 54). */
static size_t ex_it_includes(const dctx *d, const span *s)
{
	size_t v, i;
	/* no drill told yet: nothing to include parties in (most sentences) */
	if (d->last_exercise < 0 && ex_pending(d, s) < 0)
		return NONE;
	v = find_in(d, s->t0, s->t1, w_ex_join);
	if (v == NONE || v == s->t0)
		return NONE;
	i = v - 1;
	if (i > s->t0 && (kis(d, i, "will") || kis(d, i, "would")))
		i--;
	return kis(d, i, "it") && (i == s->t0 || kis(d, i - 1, ",")) ? v : NONE;
}

/* "Taking part are four republics -- X, Y", "Participating in the drills
 * were X and Y": a verb of taking part opens the sentence and its subjects
 * follow a verb of being within five words; that verb, or NONE (stop 34). */
static size_t ex_part_inverted(const dctx *d, const span *s)
{
	size_t i = s->t0, j;
	if (kis(d, i, "taking") && i + 1 < s->t1 && kis(d, i + 1, "part"))
		i += 2;
	else if (kis(d, i, "participating"))
		i++;
	else
		return NONE;
	for (j = i; j < s->t1 && j < i + 5 && d->t.v[j].kind == TK_WORD; j++)
		if (kis(d, j, "are") || kis(d, j, "were"))
			return j;
	return NONE;
}

/* The end of the list of parties that starts at token i: a clause of
 * contrast closes it ("A, B and C, while D is absent"). */
static size_t ex_list_end(const dctx *d, const span *s, size_t i)
{
	static const char *contrast[] = {"while", "but", "whereas", "although", "though", NULL};
	for (; i < s->t1; i++)
		if (kin(d, i, contrast))
			return i;
	return s->t1;
}

/* The word after which "the participating nations are X, Y" lists parties:
 * "participating/participant" + a noun of states or forces + a verb of
 * being or including ("the 12 nations are X, Y"); NONE when the span has
 * no such head. */
static size_t ex_participants_head(const dctx *d, const span *s)
{
	static const char *part[] = {"participating", "participant", NULL};
	static const char *forces[] = {"navies", "armies", "forces", "militaries", "troops",
				       "units", "contingents", NULL};
	static const char *come[] = {"come", "came", "hail", "are", "were", NULL};
	static const char *part_v[] = {"participate", "participating", "part", NULL};
	size_t i, j;
	/* "Desert Flag 10 saw the participation of 11 nations, including X,
	 * Y, ...": the list after "including" */
	for (i = s->t0 + 1; i + 4 < s->t1 && i < s->t0 + 10; i++)
		if (kis(d, i, "participation") && kis(d, i + 1, "of"))
			for (j = i + 2; j < s->t1 && j < i + 7; j++)
				if (kis(d, j, "including"))
					return j;
	/* "... observers from 15 countries. They are X, Y, Z": "they / these"
	 * opening the sentence with a verb of being or including, the unit
	 * before naming a count of states */
	if (s->unit > 0 && s->t0 + 2 < s->t1 && (kis(d, s->t0, "they") || kis(d, s->t0, "these")) &&
	    (kis(d, s->t0 + 1, "are") || kis(d, s->t0 + 1, "were") ||
	     kis(d, s->t0 + 1, "include") || kis(d, s->t0 + 1, "included"))) {
		const unit *pu = &d->units[s->unit - 1];
		for (j = pu->t0; j + 1 < pu->t1; j++)
			if ((d->t.v[j].kind == TK_NUM || KIN(d, j, w_numwords)) &&
			    KIN(d, j + 1, w_group_noun))
				return s->t0 + 1;
	}
	/* "According to the navy, the 12 nations are X, Y, ...": "the", a
	 * count and a noun of states opening the sentence or its clause after
	 * a comma, then a verb of being or including (stop 54) */
	for (i = s->t0; i + 3 < s->t1 && i < s->t0 + 12; i++)
		if (kis(d, i, "the") && (i == s->t0 || kis(d, i - 1, ",")) &&
		    (d->t.v[i + 1].kind == TK_NUM || KIN(d, i + 1, w_numwords)) &&
		    KIN(d, i + 2, w_group_noun) &&
		    (kis(d, i + 3, "are") || kis(d, i + 3, "were") || kis(d, i + 3, "include") ||
		     kis(d, i + 3, "included")))
			return i + 3;
	if ((j = ex_part_inverted(d, s)) != NONE)
		return j;
	/* "The participants were X, Y", "Among the participants will be X" */
	i = s->t0 + (kis(d, s->t0, "among") ? 1 : 0);
	i += i < s->t1 && kis(d, i, "the") ? 1 : 0;
	if (i + 2 < s->t1 && kis(d, i, "participants") && kis(d, i + 1, "will") &&
	    kis(d, i + 2, "be"))
		return i + 2;
	if (i + 1 < s->t1 && kis(d, i, "participants") &&
	    (kis(d, i + 1, "are") || kis(d, i + 1, "were") || kis(d, i + 1, "include") ||
	     kis(d, i + 1, "included")))
		return i + 1;
	/* "Other (allied) partners include X, Y", "Other participants are X" */
	if (kis(d, s->t0, "other"))
		for (i = s->t0 + 1; i + 1 < s->t1 && i < s->t0 + 4; i++)
			if ((KIN(d, i, w_group_noun) || kis(d, i, "participants")) &&
			    (kis(d, i + 1, "include") || kis(d, i + 1, "included") ||
			     ((kis(d, i + 1, "are") || kis(d, i + 1, "were")) && i + 2 < s->t1 &&
			      mention_at(d, s, i + 2 + (kis(d, i + 2, "the") ? 1 : 0)))))
				return i + 1;
	for (i = s->t0; i + 2 < s->t1; i++) {
		/* "the seven countries sending troops to participate are X,
		 * Y", "the nations taking part are X, Y" */
		if (i < s->t0 + 4 && KIN(d, i, w_group_noun)) {
			for (j = i + 1; j + 1 < s->t1 && j < i + 9 && d->t.v[j].kind == TK_WORD &&
					!KIN(d, j, w_be);
			     j++)
				if (kin(d, j, part_v) && (kis(d, j + 1, "are") || kis(d, j + 1, "were") ||
							  kis(d, j + 1, "include") ||
							  kis(d, j + 1, "included")))
					return j + 1;
		}
		/* near the start, or after "the" ("According to X, the
		 * participating countries include ...") or a comma ("In
		 * addition to A and B, participating countries include", stop
		 * 61) */
		if (i >= s->t0 + 4 && !(kis(d, i - 1, "the") && kis(d, i - 2, ",")) &&
		    !kis(d, i - 1, ","))
			continue;
		if (!kin(d, i, part) || !(KIN(d, i + 1, w_group_noun) || kin(d, i + 1, forces)))
			continue;
		/* "Participating forces also include X, Y" */
		if (kis(d, i + 2, "also") && i + 3 < s->t1 &&
		    (kis(d, i + 3, "include") || kis(d, i + 3, "included")))
			return i + 3;
		if (kis(d, i + 2, "are") || kis(d, i + 2, "were") || kis(d, i + 2, "include") ||
		    kis(d, i + 2, "included"))
			return i + 2;
		/* "Participating troops come from X, Y" */
		if (i + 3 < s->t1 && kin(d, i + 2, come) && kis(d, i + 3, "from"))
			return i + 3;
	}
	return NONE;
}

/* Does span s open with "In addition to", "Besides", "Along with" or
 * "Apart from", its phrase closed by a comma before token v? */
static int ex_besides_open(const dctx *d, const span *s, size_t v)
{
	size_t j = s->t0;
	if (j + 3 < s->t1 && kis(d, j, "in") && kis(d, j + 1, "addition") && kis(d, j + 2, "to"))
		j += 3;
	else if (j + 1 < s->t1 && kis(d, j, "besides"))
		j++;
	else if (j + 2 < s->t1 && (kis(d, j, "along") || kis(d, j, "apart")) &&
		 (kis(d, j + 1, "with") || kis(d, j + 1, "from")))
		j += 2;
	else
		return 0;
	return find_in(d, j, v, w_comma) != NONE;
}

/* Is token i a dash or a colon that opens or closes a list? */
static int ex_dash(const dctx *d, size_t i)
{
	return kis(d, i, "-") || kis(d, i, "\xe2\x80\x93") || kis(d, i, "\xe2\x80\x94") ||
	       kis(d, i, ":");
}

/* "countries (nations, navies) participating (taking part) in the
 * (combat) drills - X, Y": the dash after the drill word trig when a noun
 * of states and a verb of taking part come just before it; NONE else. */
static size_t ex_participants_dash(const dctx *d, const span *s, size_t trig)
{
	static const char *part_v[] = {"participating", "part", "involved", NULL};
	size_t j, n;
	if (trig + 2 >= s->t1 || !ex_dash(d, trig + 1))
		return NONE;
	/* back over "the", "joint", "combat", "military" ... to "in" */
	for (j = trig, n = 0; j > s->t0 && n < 4 && !kis(d, j - 1, "in"); j--, n++)
		if (d->t.v[j - 1].kind != TK_WORD || d->t.v[j - 1].upper)
			return NONE;
	if (j < s->t0 + 3 || !kis(d, j - 1, "in") || !kin(d, j - 2, part_v))
		return NONE;
	j -= 2; /* at the verb */
	if (kis(d, j, "part") && !(j > s->t0 && kis(d, j - 1, "taking")))
		return NONE;
	if (kis(d, j, "part"))
		j--;
	if (j == s->t0 || !KIN(d, j - 1, w_group_noun))
		return NONE;
	return trig + 1;
}

/* Does the drill name run along text t (to end), letter by letter and
 * digit by digit in any case, other characters passed over on both sides
 * ("Anatolian Eagle 2023" runs along "Anatolian Eagle – 2023 ...")?  The
 * character of t after the name, or NULL. */
static const char *name_matches(const char *name, const char *t, const char *end)
{
	const unsigned char *p = (const unsigned char *)name, *q = (const unsigned char *)t;
	for (;;) {
		while (*p && !isalnum(*p))
			p++;
		if (!*p)
			return (const char *)q;
		while ((const char *)q < end && *q && !isalnum(*q))
			q++;
		if ((const char *)q >= end || tolower(*p) != tolower(*q))
			return NULL;
		p++;
		q++;
	}
}

/* Does unit u name the drill `name` (its words, a year at its end left
 * out), in any case, at a word's start and up to a word's end?  (stop 64) */
static int ex_named_in_unit(const dctx *d, const char *name, size_t u)
{
	size_t len = strlen(name), i;
	if (len > 5 && name[len - 5] == ' ' && isdigit((unsigned char)name[len - 4]) &&
	    isdigit((unsigned char)name[len - 1]))
		len -= 5;
	if (len < 4 || u >= d->nunits)
		return 0;
	for (i = d->units[u].t0; i < d->units[u].t1; i++) {
		const char *t = d->text + d->t.v[i].start;
		size_t left = d->t.v[d->units[u].t1 - 1].end - d->t.v[i].start;
		if (!d->t.v[i].upper || left < len || strncasecmp(t, name, len) != 0)
			continue;
		if (left == len || !isalnum((unsigned char)t[len]))
			return 1;
	}
	return 0;
}

/* "Desert Flag 10 saw the participation of 11 nations, including ...": a
 * sentence that opens with the name of a drill the text told (its letters
 * and digits, in any case) goes on about that drill, whatever was told
 * since; its cand, or -1. */
static int named_at_start(const dctx *d, const span *s)
{
	size_t k, b = s->t0;
	const char *t;
	if (b + 1 < s->t1 && (kis(d, b, "in") || kis(d, b, "at") || kis(d, b, "during")))
		b++; /* "In UNITAS's 60th edition, navies from X, Y and Z took part" */
	if (b < s->t1 && kis(d, b, "the"))
		b++;
	if (b >= s->t1 || !d->t.v[b].upper)
		return -1;
	t = d->text + d->t.v[b].start;
	for (k = d->ncands; k > 0; k--) {
		const cand *c = &d->cands[k - 1];
		const char *q;
		if (c->f.type != ENT_FACT_EXERCISE || !c->f.name || c->unit >= s->unit)
			continue;
		q = name_matches(c->f.name, t, d->text + d->t.v[s->t1 - 1].end);
		if (q && !isalnum((unsigned char)*q))
			return (int)(k - 1);
	}
	return -1;
}

/* A sentence that goes on about the latest exercise (up to three units
 * back) and, after the verb at v, names more of its parties adds them to
 * it, all or none (a list longer than a fact holds is left out rather than
 * cut).  Returns 1 when it did. */
static int ex_more_parties(dctx *d, const span *s, size_t lo, size_t hi, size_t trig)
{
	ent_code add[ENT_FACT_MAX_PARTICIPANTS];
	size_t n = 0, k, j, total;
	int pi = named_at_start(d, s), from, named = pi >= 0;
	cand *in;
	if (pi < 0)
		pi = ex_pending(d, s);
	if (pi < 0)
		pi = d->last_exercise;
	if (pi < 0 || s->unit < 1)
		return 0;
	in = &d->cands[pi];
	/* a list that goes on over several sentences counts from its last */
	from = ex_reach_from(d, in->unit, pi == d->last_exercise ? d->more_parties_unit : -1,
			     s->unit);
	/* "This year marks the 21st iteration of Khaan Quest. Over 900
	 * participants from A, B ... took part": a unit that names the drill
	 * again brings it in reach (stop 64) */
	if (s->unit - from > 3 && in->f.name && s->unit >= 1 &&
	    ex_named_in_unit(d, in->f.name, (size_t)s->unit - 1))
		from = s->unit - 1;
	if (in->dropped ? pi != d->pending_exercise
			: in->unit >= s->unit || (s->unit - from > 3 && !named))
		return 0; /* a drill named again is in reach wherever it was told */
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		if ((m->t0 < lo || m->t1 > hi) &&
		    !(m->t0 >= s->t0 + 2 && kis(d, m->t0 - 1, "by") && kin(d, m->t0 - 2, w_ex_by_party)))
			continue;
		if (described_possessor(d, m, s->t1) || ex_not_party(d, s, m, trig) ||
		    speaker(d, s, m))
			continue;
		{
			/* "Russia (has) declined to take part", "X will not
			 * join": a state that stays out (stop 50) */
			size_t q;
			for (q = m->t1; q < s->t1 && q < m->t1 + 4 && d->t.v[q].kind == TK_WORD &&
					!KIN(d, q, w_negation);
			     q++)
				;
			if (q < s->t1 && q < m->t1 + 4 && KIN(d, q, w_negation))
				continue;
		}
		/* "in Lima, Peru", "at a base in X": a place */
		if (m->t0 > s->t0 && KIN(d, m->t0 - 1, w_locprep))
			continue;
		if (ent_fact_has_code(add, n, m->code))
			continue;
		if (n == ENT_FACT_MAX_PARTICIPANTS)
			return 0;
		ent_code_set(&add[n++], m->code);
	}
	if (!n)
		return 0;
	total = in->f.nparticipants;
	for (j = 0; j < n; j++)
		total += !ent_fact_has_code(in->f.participants, in->f.nparticipants, add[j].s);
	if (total > ENT_FACT_MAX_PARTICIPANTS)
		return 0;
	for (j = 0; j < n; j++)
		ent_fact_add_participant(&in->f, add[j].s);
	ent_fact_sort_codes(in->f.participants, in->f.nparticipants);
	if (in->dropped) {
		/* the named drill told before its parties is one now */
		in->dropped = 0;
		d->pending_exercise = -1;
		d->last_exercise = pi;
		if (ent__add_unit_evidence(d, in, in->unit, "exercise.pending") != ENT_OK)
			return 0;
	}
	d->more_parties_unit = s->unit;
	return ent__add_unit_evidence(d, in, s->unit, "exercise.more_parties") == ENT_OK;
}

/* "X, Y and Z are the other nations participating in the exercises"
 * (trig the drill word after "the"): the list before the verb names more
 * parties of the drill in play; the token of the verb, or NONE. */
static size_t ex_listed_as_parties(const dctx *d, const span *s, size_t trig)
{
	static const char *w_be_pl[] = {"are", "were", NULL};
	static const char *w_nations[] = {"nations", "countries", "states", "participants",
					  NULL};
	static const char *w_taking[] = {"participating", "taking", "involved", "joining",
					 NULL};
	size_t v, j;
	for (v = s->t0 + 1; v + 4 < trig && !kin(d, v, w_be_pl); v++)
		;
	if (v + 4 >= trig)
		return NONE;
	j = v + 1;
	if (kis(d, j, "the"))
		j++;
	if (kis(d, j, "other"))
		j++;
	if (!kin(d, j, w_nations) || !kin(d, ++j, w_taking))
		return NONE;
	if (kis(d, j, "taking") && kis(d, j + 1, "part"))
		j++;
	return kis(d, j + 1, "in") && j + 3 == trig ? v : NONE;
}

/* "the two-week exercise", "the 11-day drills", "the week-long exercise":
 * the token that opens the length of time right before the drill word at
 * trig (a number or a number word, a hyphen, a unit of time, "long"), or
 * trig when there is none (stop 48). */
static size_t ex_past_duration(const dctx *d, const span *s, size_t trig)
{
	static const char *w_unit[] = {"day", "days", "week", "weeks", "month", "months",
				       "long", NULL};
	size_t j = trig;
	int timed = 0;
	while (j > s->t0 + 1 && trig - j < 5 &&
	       (kin_local(d, j - 1, w_unit) || kis(d, j - 1, "-") || d->t.v[j - 1].kind == TK_NUM ||
		KIN(d, j - 1, w_numwords))) {
		timed |= kin_local(d, j - 1, w_unit);
		j--;
	}
	return timed ? j : trig;
}

/* Are a and b the same drill by name: both named, the same letters and
 * digits in any case ("Anatolian Eagle 2023", "Anatolian Eagle – 2023")? */
static int same_named_drill(const ent_fact *a, const ent_fact *b)
{
	const char *q;
	if (!a->name || !b->name)
		return 0;
	q = name_matches(a->name, b->name, b->name + strlen(b->name));
	while (q && *q && !isalnum((unsigned char)*q))
		q++;
	return q && !*q;
}

/* ex_more_parties for a sentence that names its drill only as "the
 * exercise" or opens on "The participants were": in a document that has
 * told one exercise, and no named drill waits for its parties, the text
 * that goes on speaking of a drill (a drill word, "event", "engagement",
 * "edition") still speaks of that one: its three-unit reach counts from the
 * latest unit with a drill word (a wire report lists the parties in its
 * last paragraph), not across units about other things. */
static int ex_more_parties_sole(dctx *d, const span *s, size_t lo, size_t hi, size_t trig)
{
	static const char *event[] = {"event", "engagement", "edition", NULL};
	int save = d->more_parties_unit, n = 0, u, last, stop;
	size_t k;
	if (d->last_exercise < 0 || ex_pending(d, s) >= 0 || s->unit < 1)
		return ex_more_parties(d, s, lo, hi, trig);
	/* one exercise: reports of it under its name ("joined Anatolian
	 * Eagle 2023", "arrived to take part in Anatolian Eagle 2023") count
	 * once */
	for (k = 0; k < d->ncands && n < 2; k++)
		n += d->cands[k].f.type == ENT_FACT_EXERCISE && !d->cands[k].dropped &&
		     !((int)k != d->last_exercise && same_named_drill(&d->cands[k].f,
								      &d->cands[d->last_exercise].f));
	if (n != 1 || d->cands[d->last_exercise].dropped)
		return ex_more_parties(d, s, lo, hi, trig);
	/* a chain of units with a drill word, none three units from the
	 * next, back to the drill or the list before */
	stop = d->cands[d->last_exercise].unit > save ? d->cands[d->last_exercise].unit : save;
	for (u = s->unit - 1, last = s->unit; u >= stop; u--) {
		if (u > stop && find_in(d, d->units[u].t0, d->units[u].t1, w_exercise) == NONE &&
		    find_in(d, d->units[u].t0, d->units[u].t1, event) == NONE)
			continue;
		if (last - u > 3)
			return ex_more_parties(d, s, lo, hi, trig);
		last = u;
	}
	d->more_parties_unit = s->unit - 1;
	if (ex_more_parties(d, s, lo, hi, trig))
		return 1;
	d->more_parties_unit = save;
	return 0;
}

/* Does a word of negation deny the drill of s?  Not "not" in "last but not
 * least" or "not only ... but also" (test_extract_exercise_errors.c). */
/* Is the drill of s put off: "postponed its joint exercise with Y", "the
 * exercise was called off"? */
static int ex_put_off(const dctx *d, const span *s)
{
	static const char *put_off[] = {"postponed", "postpone", "postpones", "postponing",
					"deferred", NULL};
	static const char *call[] = {"called", "call", "calls", "calling", NULL};
	size_t i;
	if (find_in(d, s->t0, s->t1, put_off) != NONE)
		return 1;
	for (i = find_in(d, s->t0, s->t1, call); i != NONE; i = find_in(d, i + 1, s->t1, call))
		if (i + 1 < s->t1 && kis(d, i + 1, "off"))
			return 1;
	return 0;
}

/* "X invited Y to take part in the drills", "urged / called on / asked Y
 * (and Z) to join the exercise" (the drill word after the verb of
 * joining, none before the invitation): an invitation, no drill held
 * (test_extract_false_facts2.c). */
static int ex_invitation(const dctx *d, const span *s)
{
	static const char *invite[] = {"invited", "invites", "inviting", "urged", "urges",
				       "urging", "asked", "asks", "on", NULL};
	static const char *join[] = {"join", "take", "participate", "attend", NULL};
	size_t i, j, n;
	for (i = find_in(d, s->t0, s->t1, invite); i != NONE;
	     i = find_in(d, i + 1, s->t1, invite)) {
		if (kis(d, i, "on") && !(i > s->t0 && (kis(d, i - 1, "called") ||
						       kis(d, i - 1, "calls") ||
						       kis(d, i - 1, "calling"))))
			continue;
		/* over the invited states to "to" and a verb of joining */
		for (j = i + 1, n = 0; j + 1 < s->t1 && n < 12 && !kis(d, j, "to"); j++, n++)
			if (kis(d, j, ".") || kis(d, j, ";") || kis(d, j, "by"))
				break;
		/* the drill word after the verb of joining, none before */
		if (j + 1 < s->t1 && j > i + 1 && kis(d, j, "to") && kin(d, j + 1, join) &&
		    find_in(d, s->t0, i, w_exercise) == NONE &&
		    find_in(d, j + 2, j + 10 < s->t1 ? j + 10 : s->t1, w_exercise) != NONE)
			return 1;
	}
	return 0;
}

/* "The drills ... don't run counter to international law", "are not
 * aimed at (directed against, a threat to) any third country": the
 * negation at i denies a purpose or a wrong of the drill, not the drill
 * itself ("not", "n't", "never" and at most three words before such a
 * word). */
static int not_aimed_at(const dctx *d, const span *s, size_t i)
{
	static const char *w_aim[] = {"aimed", "directed", "targeted", "target", "targeting",
				      "targets", "pose", "poses", "threat",
				      "intended", "meant", "violate", "violates", "contradict",
				      "contradicts", "against", "counter", "provocative",
				      "threaten", "threatens", NULL};
	size_t j;
	if (!(kis(d, i, "not") || kis(d, i, "n't") || kis(d, i, "never") || kis(d, i, "t")))
		return 0; /* ("t" of "don't": token.c keeps "don" + "'" + "t") */
	for (j = i + 1; j < s->t1 && j <= i + 4; j++) {
		if (kin_local(d, j, w_aim))
			return 1;
		if (d->t.v[j].kind != TK_WORD)
			return 0;
	}
	return 0;
}

/* Is token i inside a relative clause set off by a comma ("Finland and
 * Sweden, both of which are not members of NATO, will ...")? */
static int in_comma_relative(const dctx *d, const span *s, size_t i)
{
	size_t c;
	for (c = i; c > s->t0 && c + 8 > i && !kis(d, c - 1, ","); c--)
		;
	if (c == s->t0 || !kis(d, c - 1, ","))
		return 0;
	if (c + 2 < i && (kis(d, c, "both") || kis(d, c, "all") || kis(d, c, "neither")) &&
	    kis(d, c + 1, "of"))
		c += 2;
	return c < i && (kis(d, c, "which") || kis(d, c, "who") || kis(d, c, "whom"));
}

/* "does not view (see, consider, regard) the exercise as an impediment":
 * the "not" at i denies a judgement of the drill, not the drill (stop
 * 51). */
static int judgement_denied(const dctx *d, const span *s, size_t i)
{
	static const char *w_judge[] = {"view", "views", "see", "sees", "consider",
					"considers", "regard", "regards", "think", "believe", NULL};
	return kis(d, i, "not") && i + 1 < s->t1 &&
	       (kin_local(d, i + 1, w_judge) ||
		(i + 2 < s->t1 && ly_adverb(d, i + 1) && kin_local(d, i + 2, w_judge)));
}

static int ex_negated(const dctx *d, const span *s)
{
	size_t i, o, c;
	if (ex_put_off(d, s) || ex_invitation(d, s))
		return 1;
	for (i = find_in(d, s->t0, s->t1, w_negation); i != NONE;
	     i = find_in(d, i + 1, s->t1, w_negation))
		if (!(kis(d, i, "not") && i + 1 < s->t1 &&
		      (kis(d, i + 1, "least") || kis(d, i + 1, "only"))) &&
		    !not_aimed_at(d, s, i) && !bracket_around(d, s, i, s->t1 - s->t0, &o, &c) &&
		    !in_comma_relative(d, s, i) /* stop 50 */ && !judgement_denied(d, s, i))
			return 1;
	return 0;
}

/* The words of a drill's own noun phrase before its word: "the first
 * Russian (large-scale) military drills", "China's snap naval drills". */
const char *w_ex_premod[] = {
	"military", "naval", "navy", "air", "army", "ground", "land", "maritime", "amphibious",
	"war", "large", "scale", "major", "massive", "snap", "latest", "recent", "new", "annual",
	"great", "big", "biggest", "largest", "huge", "extensive", "regular", "routine",
	"first", "own", "live", "fire", "missile", "nuclear", "strategic", "combat", "readiness",
	"tactical", "field", "forces", "aerial", "sea", "artillery", "anti", "aircraft",
	"defence", "defense", "-", "'s", "(", ")", "simultaneous", "separate", "parallel",
	"respective", "rival", "independent", "competing", "dangerous", "aggressive",
	"provocative", "unsafe", "risky", "reckless", "hostile", "unprofessional", "coercive",
	"illegal", NULL};
/* ... that make the drills each state's own: "Russia and Ukraine held
 * simultaneous drills" */
static const char *w_ex_separate[] = {"simultaneous", "separate", "parallel", "respective",
				      "rival", "independent", "competing", NULL};
/* ... or a drill of several: "joint", "US-led" */
static const char *w_ex_joint_mod[] = {"joint", "combined", "bilateral", "trilateral",
				       "multilateral", "multinational", "international",
				       "allied", "coalition", "led", "hosted", "sponsored", NULL};
/* words after the drill word that bring in partners: "drills with X" */
static const char *w_ex_partner[] = {"with", "alongside", "involving", "between", "among",
				     "amongst", "together", "including", NULL};

/* "exercises launched/held/staged by X" with no word of several before the
 * drill word: the one state after "by" (no list) owns the drills alone;
 * NULL otherwise (test_extract_stance10.c). */
static const mention *ex_agent_owner(const dctx *d, const span *s, size_t trig)
{
	static const char *w_held[] = {"launched", "held", "conducted", "staged", "started",
				       "begun", "organised", "organized", NULL};
	const mention *m;
	size_t e = 0, i;
	if (trig + 3 >= s->t1 || !kin_local(d, trig + 1, w_held) || !kis(d, trig + 2, "by"))
		return NULL;
	if (trig > s->t0 && kin(d, trig - 1, w_ex_joint_mod))
		return NULL;
	m = named_state(d, s, trig + 3, &e);
	if (!m || m->possessive || m->gz == GZ_DEMONYM)
		return NULL;
	if (e < s->t1 && (kis(d, e, "and") || kis(d, e, ",") || kis(d, e, "with") ||
			  kis(d, e, "together") || kis(d, e, "alongside")))
		return NULL; /* "held by X and Y", "by X with Y" */
	for (i = s->t0; i < trig; i++)
		if (kin(d, i, w_ex_join) || (kis(d, i, "part") && kis(d, i + 1, "in")) ||
		    kis(d, i, "participated") ||
		    kis(d, i, "participate") || kis(d, i, "participates") || kis(d, i, "attended"))
			return NULL; /* "Peru joined the drills held by Brazil" */
	return m;
}

/* Whose drill is it by its own noun phrase?  Returns 2 for drills each
 * state holds on its own ("simultaneous / separate / parallel drills"), 1
 * with *owner set for the drills of one state ("the Russian drills",
 * "China's naval drills", "US drills") when no word of several ("joint",
 * "-led") is in the phrase and none brings in partners after the drill
 * word ("with X", "involving", "included"), else 0.  The walk is bounded
 * (eight words back, twelve on), one pass over the span's mentions. */
/* "part" of "took part in" and the verbs of participating before "in" */
static const char *w_part_v[] = {"part", "participated", "participate", "participates",
				 "participating", NULL};

/* Is the drill phrase that opens at token i the object of joining ("X
 * joined Y's drills", "took part / participated in Y's drills")? */
static int ex_joined_phrase(const dctx *d, const span *s, size_t i)
{
	static const char *join[] = {"joined", "join", "joins", "joining", NULL};
	if (i > s->t0 && kis(d, i - 1, "the"))
		i--;
	if (i <= s->t0)
		return 0;
	if (kin(d, i - 1, join))
		return 1;
	return i - 1 > s->t0 && kis(d, i - 1, "in") && kin(d, i - 2, w_part_v);
}

static int ex_owner(const dctx *d, const span *s, size_t trig, const mention **owner)
{
	size_t i, k, n;
	int sep = 0, nown = 0;
	*owner = NULL;
	if (trig == NONE || trig <= s->t0)
		return 0;
	k = s->m1;
	for (i = trig, n = 0; i > s->t0 && n < 8; n++) {
		const mention *m = NULL;
		while (k > s->m0 && M(d, k - 1)->t0 >= i)
			k--;
		if (k > s->m0 && M(d, k - 1)->t1 == i && ent__is_state_mention(M(d, k - 1)) &&
		    M(d, k - 1)->gz != GZ_FIRM)
			m = M(d, k - 1);
		if (m) {
			if (!*owner || strcmp((*owner)->code, m->code) != 0)
				nown++;
			*owner = m;
			i = m->t0;
			continue;
		}
		if (kin(d, i - 1, w_ex_joint_mod))
			return 0;
		if (!kin(d, i - 1, w_ex_premod))
			break;
		sep |= kin(d, i - 1, w_ex_separate);
		i--;
	}
	if (sep)
		/* "held separate exercises with a Japanese carrier": separate
		 * from another drill, joint with the partner (stop 38) */
		return trig + 1 < s->t1 && kis(d, trig + 1, "with") ? 0 : 2;
	if (nown == 0 && (*owner = ex_agent_owner(d, s, trig)) != NULL)
		return 1; /* "military exercises launched by Beijing" */
	if (nown != 1)
		return 0;
	if (ex_joined_phrase(d, s, i))
		return 0; /* "X joined / took part in Y's annual drills" */
	for (i = trig + 1, n = 0; i < s->t1 && n < 12 && !kin(d, i, w_ex_stop); i++, n++)
		if (kin(d, i, w_ex_partner) || kin(d, i, w_ex_join))
			return 0;
	return 1;
}

/* Does a state mention of span s begin before token v? */
static int ex_state_before(const dctx *d, const span *s, size_t v)
{
	size_t k;
	for (k = s->m0; k < s->m1 && M(d, k)->t0 < v; k++)
		if (ent__is_state_mention(M(d, k)))
			return 1;
	return 0;
}

/* "Russia and Ukraine held simultaneous drills": no drill of theirs told
 * before without a name is a joint one (the headline "Russia, Ukraine
 * hold drills"). */
static void ex_drop_separate(dctx *d, const span *s, size_t trig)
{
	size_t k, q, r;
	for (k = 0; k < d->ncands; k++) {
		cand *c = &d->cands[k];
		int all = 1;
		if (c->dropped || c->f.type != ENT_FACT_EXERCISE || c->f.name || c->unit > s->unit)
			continue;
		for (q = 0; q < c->f.nparticipants && all; q++) {
			int in = 0;
			for (r = s->m0; r < s->m1 && !in; r++)
				in = ent__is_state_mention(M(d, r)) && M(d, r)->t0 < trig &&
				     strcmp(M(d, r)->code, c->f.participants[q].s) == 0;
			all = in;
		}
		if (all)
			c->dropped = 1;
	}
}

/* "a joint fire (earthquake, evacuation) drill", "a joint football
 * training camp", "a joint census exercise": a drill of civil life, no
 * exercise of forces (stop 50).
 * Is the drill word (or "training") at trig such, by one of the two words
 * before it? */
static int ex_civil(const dctx *d, const span *s, size_t trig)
{
	static const char *civil[] = {"fire", "earthquake", "quake", "evacuation", "tsunami",
				      "football", "soccer", "sports", "sporting", "cricket",
				      "basketball", "firefighting", "fire-fighting", "school",
				      /* "a joint rugby training camp" (stop 59) */
				      "rugby", "volleyball", "tennis", "hockey", "athletics",
				      "olympic", "swimming", "boxing",
				      /* "a joint census (vaccination, mapping) exercise"
				       * (stop 53) */
				      "census", "vaccination", "immunisation", "immunization",
				      "mapping", "polling", "voting", "accounting", "auditing",
				      "branding", "budgeting", NULL};
	/* "Greek and French students took part in a joint robotics
	 * exercise", "firefighters held a joint drill" (stop 51) */
	static const char *people[] = {"students", "firefighters", "fire-fighters", "doctors",
				       "nurses", "paramedics", "athletes", "teachers", "scientists",
				       "volunteers", "schoolchildren", "pupils", NULL};
	size_t j;
	for (j = trig; j > s->t0 && j + 2 > trig; j--)
		if ((kin_local(d, j - 1, civil) || kis(d, j - 1, "robotics")) &&
		    !(kis(d, j - 1, "fire") && j > s->t0 + 1 &&
		      (kis(d, j - 2, "-") || kis(d, j - 2, "live")))) /* "live-fire drills" */
			return 1;
	/* "a joint coastal clean-up drill" */
	if (trig >= s->t0 + 3 && kis(d, trig - 1, "up") && kis(d, trig - 2, "-") &&
	    kis(d, trig - 3, "clean"))
		return 1;
	for (j = trig > s->t0 + 10 ? trig - 10 : s->t0; j < trig; j++)
		if (kin_local(d, j, people))
			return 1;
	return 0;
}

/* "exercise (maximum) restraint", "exercises its sovereignty": the verb,
 * no drill; nor is a title, "Timothy Gill, an exercise coordinator" (its
 * capitalised words before are a person, no drill's name). */
static int ex_verb_use(const dctx *d, const span *s, size_t trig)
{
	static const char *title[] = {"coordinator", "coordinators", "commander", "commanders",
				      "director", "directors", "planner", "planners",
				      "spokesman", "spokeswoman", "spokesperson", "controller",
				      "controllers", NULL};
	static const char *verb[] = {"exercise", "exercises", "exercised", "exercising", NULL};
	static const char *mod[] = {"maximum", "utmost", "greater", "more", "full", "extreme",
				    "due", "its", "their", "great", "the", "some", NULL};
	static const char *obj[] = {"restraint", "caution", "control", "sovereignty", "right",
				    "rights", "jurisdiction", "power", "powers", "influence",
				    "authority", "discretion", "patience", "vigilance", "leadership",
				    "care", "option", "options", "veto", "judgment", "judgement",
				    "prudence", "calm", NULL};
	/* "four Harpoon Block II Exercise Missiles", "20 exercise
	 * torpedoes": munitions for training, no drill (not "rounds", a
	 * verb as well: "the exercise rounds off"; stop 49) */
	static const char *munition[] = {"missile", "missiles", "torpedo", "torpedoes", "bomb",
					 "bombs", "mines", "munitions", "warheads", "shells",
					 "cartridges", NULL};
	size_t i = trig + 1, n;
	if (KIN(d, trig, w_exercise) && i < s->t1 && (kin(d, i, title) || kin(d, i, munition)))
		return 1;
	if (!kin(d, trig, verb))
		return 0;
	for (n = 0; i < s->t1 && n < 2 && kin(d, i, mod); n++)
		i++;
	return i < s->t1 && kin(d, i, obj);
}

/* Does a state or its demonym start at token i, over "the" ("trained
 * (the) Ukrainian soldiers": training given, no drill)? */
static int state_object(const dctx *d, const span *s, size_t i)
{
	const mention *m;
	if (i < s->t1 && kis(d, i, "the"))
		i++;
	m = i < s->t1 ? mention_at(d, s, i) : NULL;
	return m && ent__is_state_mention(m);
}

/* Do the six tokens before the verb at v hold forces of two states, "X
 * and Y marines (troops, sailors ...)": two state or demonym mentions of
 * different states joined by "and", the forces word right after? */
static int two_forces_before(const dctx *d, const span *s, size_t v)
{
	static const char *forces[] = {"troops", "forces", "soldiers", "sailors", "marines",
				       "navies", "armies", "paratroopers", "commandos", "pilots",
				       "units", "warships", "jets", "crews", "guards", NULL};
	size_t j;
	for (j = v; j > s->t0 && j + 4 > v; j--) {
		const mention *b, *a;
		if (!kin(d, j - 1, forces))
			continue;
		b = mention_at_end(d, s, j - 1);
		/* "X and Y border guards (special forces)": one word between
		 * (stop 58) */
		if (!b && j > s->t0 + 2 && d->t.v[j - 2].kind == TK_WORD && !d->t.v[j - 2].upper)
			b = mention_at_end(d, s, j - 2);
		if (!b || !ent__is_state_mention(b) || b->t0 < s->t0 + 2 || !kis(d, b->t0 - 1, "and"))
			return 0;
		a = mention_at_end(d, s, b->t0 - 1);
		return a && ent__is_state_mention(a) && strcmp(a->code, b->code) != 0;
	}
	return 0;
}

/* "US Marines joined Norwegian troops for winter warfare training": the
 * verb at v, a state's forces within three tokens after it, "for" and a
 * drill word or "training" within four tokens on. */
static int joined_for_training(const dctx *d, const span *s, size_t v)
{
	static const char *forces[] = {"troops", "forces", "soldiers", "sailors", "marines",
				       "navy", "army", "paratroopers", "commandos", "pilots",
				       "counterparts", NULL};
	size_t j, f;
	if (!state_object(d, s, v + 1))
		return 0;
	for (j = v + 2; j < s->t1 && j < v + 5 && !kin(d, j, forces); j++)
		;
	if (j >= s->t1 || !kin(d, j, forces) || j + 1 >= s->t1 || !kis(d, j + 1, "for"))
		return 0;
	for (f = j + 2; f < s->t1 && f < j + 6; f++)
		if (kis(d, f, "training") || KIN(d, f, w_exercise))
			return 1;
	return 0;
}

/* "staged (carried out, conducted, flew) a joint landing (jump, air
 * policing sorties)": the verb at v, "a joint" or "joint" after it (over
 * "out"), and a noun of a military act within two words on (stop 52). */
static int joint_activity(const dctx *d, const span *s, size_t v)
{
	static const char *w_do[] = {"staged", "stage", "stages", "carried", "conducted",
				     "conduct", "conducts", "flew", "performed", "made", NULL};
	static const char *w_act[] = {"landing", "landings", "jump", "jumps", "sorties", "sortie",
				      "assault", "airdrop", "airdrops", "parachute", NULL};
	size_t j = v + 1, k;
	const char c = K(v)[0]; /* the first letter rules out most words */
	if ((c != 's' && c != 'c' && c != 'f' && c != 'p' && c != 'm') || !kin_local(d, v, w_do))
		return 0;
	if (j < s->t1 && kis(d, j, "out"))
		j++;
	if (j < s->t1 && (kis(d, j, "a") || kis(d, j, "an")))
		j++;
	if (j >= s->t1 || !kis(d, j, "joint"))
		return 0;
	for (k = j + 1; k < s->t1 && k < j + 4; k++)
		if (kin_local(d, k, w_act))
			return 1;
	return 0;
}

/* Is there, in the six tokens before the verb at v, a craft word or a
 * weapon ("French Rafale jets", "Australian F-35s")? */
static int craft_subject(const dctx *d, const span *s, size_t v, const char *const *craft)
{
	size_t j, k;
	for (j = v; j > s->t0 && j + 6 > v; j--)
		if (kin(d, j - 1, craft))
			return 1;
	for (k = s->m0; k < s->m1 && M(d, k)->t0 < v; k++)
		if (M(d, k)->gz == GZ_WEAPON && M(d, k)->t1 <= v && M(d, k)->t1 + 6 > v)
			return 1;
	return 0;
}

/* "conducted training with Colombian Navy crews on how to operate and
 * maintain the vessels": training whose aim (within twelve words of the
 * word at i) is to operate (maintain, use, fly) goods is a course that
 * comes with a transfer, no drill (stop 63). */
static int operator_training(const dctx *d, const span *s, size_t i)
{
	static const char *w_operate[] = {"operate", "maintain", "use", "fly", "handle",
					  "service", "repair", NULL};
	size_t j;
	for (j = i + 2; j + 1 < s->t1 && j < i + 12; j++)
		if (kis(d, j, "to") && kin(d, j + 1, w_operate))
			return 1;
	return 0;
}

/* "a flotilla arrived to train with ships from the X, Y and Z navies",
 * "trained alongside the X army", "trained with Y": training with forces
 * or a state named (not "with Ugandan support") is a drill; the token of
 * "train", or NONE. */
static size_t ex_train_with(const dctx *d, const span *s)
{
	static const char *train[] = {"train", "trains", "trained", "training", NULL};
	static const char *forces[] = {"ships", "vessels", "troops", "forces", "units", "navies",
				       "armies", "navy", "army", "soldiers", "sailors", "marines",
				       "pilots", "counterparts", "warships", "contingents",
				       "militaries", "military",
				       /* "trained alongside Ivorian commandos" (stop 56) */
				       "commandos", "paratroopers",
				       /* "trained with a US carrier group (warship)"
					* (stop 59) */
				       "group", "squadron", "flotilla", "fleet", "warship",
				       "destroyer", "frigate", "ship", "vessel", NULL};
	/* "X and Y jets trained together" (not "trained with Xn jets",
	 * which are goods; stop 50) */
	static const char *craft[] = {"jets", "fighters", "bombers", "warplanes", "aircrews",
				      "crews", "helicopters",
				      /* "X and Y submarines drilled together" (stop 58) */
				      "submarines", "frigates", "destroyers", "corvettes",
				      "ships", "vessels", NULL};
	/* "French jets drilled with Greek F-16s"; "X and Y marines
	 * practised landings" (stop 51) */
	static const char *drilled[] = {"drilled", "drilling",
					/* "X's army exercised with US troops" (stop 57) */
					"exercised", "exercising", NULL};
	static const char *together_v[] = {"exercised", "exercise", "exercising", "drilled",
					   "drill", "practised", "practiced", NULL};
	static const char *practised[] = {"practised", "practiced", "rehearsed", "trained",
					  "drilled", NULL};
	size_t i, j, k = s->m0;
	for (i = s->t0; i + 2 < s->t1; i++) {
		int crafted;
		if (kis(d, i + 1, "together") &&
		    (kin(d, i, train) || kin(d, i, together_v))) {
			/* "X and Y special forces trained (exercised, stop 55)
			 * together" */
			for (j = i; j > s->t0 && j + 6 > i; j--)
				if (kin(d, j - 1, forces) || kin(d, j - 1, craft))
					return i;
			continue;
		}
		if (i > s->t0 && (K(i)[0] == 'p' || K(i)[0] == 'r' || K(i)[0] == 't' ||
				  K(i)[0] == 'd') &&
		    kin(d, i, practised) && two_forces_before(d, s, i) && !state_object(d, s, i + 1))
			return i; /* "X and Y marines practised landings" */
		if (kis(d, i, "joined") && joined_for_training(d, s, i))
			return i;
		if (i > s->t0 && joint_activity(d, s, i) && two_forces_before(d, s, i))
			return i; /* "X and Y paratroopers staged a joint landing" */
		if (!(kis(d, i + 1, "with") || kis(d, i + 1, "alongside")) ||
		    !(kin(d, i, train) || kin(d, i, drilled)))
			continue;
		if (operator_training(d, s, i))
			continue; /* "training with Yn crews on how to operate the
				   * vessels": goods handed over (stop 63) */
		/* craft with craft: "X's F-35s trained alongside Yn jets" */
		crafted = craft_subject(d, s, i, craft);
		for (j = i + 2; j < s->t1 && j < i + 8 && !kin(d, j, w_ex_stop); j++) {
			while (k < s->m1 && M(d, k)->t1 <= j)
				k++;
			if (kin(d, j, forces) ||
			    ((j == i + 2 || (j == i + 3 && kis(d, i + 2, "the"))) && k < s->m1 &&
			     M(d, k)->t0 == j &&
			     (M(d, k)->gz == GZ_STATE || M(d, k)->gz == GZ_CAPITAL)) ||
			    (crafted && (kin(d, j, craft) || (k < s->m1 && M(d, k)->t0 <= j &&
							       M(d, k)->gz == GZ_WEAPON))))
				return i;
		}
	}
	return NONE;
}

/* "after trial tests in military exercises", "tested during drills": the
 * drill is the setting of a test of goods, no exercise told. */
static int ex_test_setting(const dctx *d, const span *s, size_t trig)
{
	static const char *in[] = {"in", "during", "at", NULL};
	static const char *test[] = {"test", "tests", "tested", "testing", "trial", "trials",
				     "evaluation", "evaluated", "evaluations", "proven",
				     "validated", NULL};
	size_t i, n;
	if (trig == NONE)
		return 0;
	for (i = trig, n = 0; i > s->t0 && n < 4; i--, n++)
		if (kin(d, i - 1, in))
			break;
	if (i == s->t0 || n == 4 || !kin(d, i - 1, in))
		return 0;
	for (i--, n = 0; i > s->t0 && n < 3; i--, n++)
		if (kin(d, i - 1, test))
			return 1;
	return 0;
}

/* "(Both) the vessels took part in a joint exercise with the X Navy": a
 * drill with one state named after the drill word, whose sentence names
 * no state before it but ships or forces, has the state of the forces the
 * text named last in the three units before ("handed over to the Egyptian
 * Navy", or the same craft: "two Russian Tu-160 bombers ... The bombers
 * arrived to participate in joint exercises with the X air force"); NULL
 * when none. */
static const mention *ex_forces_owner(const dctx *d, const span *s, size_t trig,
				      const char *other)
{
	static const char *craft[] = {"vessels", "vessel", "ships", "ship", "crew", "crews",
				      "troops", "contingent", "frigate", "corvette", "submarine",
				      "warship", "warships", "units", "sailors", "soldiers",
				      "bombers", "jets", "fighters", "aircraft", "planes",
				      "helicopters", NULL};
	static const char *force[] = {"navy", "army", "forces", "military", "navies", "armed",
				      "air", "marines", NULL};
	size_t k, i, u, j, ck = NONE;
	if (trig == NONE || s->unit < 1)
		return NULL;
	for (k = s->m0; k < s->m1 && M(d, k)->t0 < trig; k++)
		if (ent__is_state_mention(M(d, k)))
			return NULL;
	for (i = s->t0; i < trig && ck == NONE; i++)
		if (kin(d, i, craft))
			ck = i;
	if (ck == NONE)
		return NULL;
	for (u = (size_t)s->unit; u > 0 && u + 3 > (size_t)s->unit; u--) {
		span prev;
		const mention *last = NULL;
		span_of_unit(d, u - 1, &prev);
		for (k = prev.m0; k < prev.m1; k++) {
			const mention *m = M(d, k);
			int same = 0;
			if (m->gz != GZ_DEMONYM || m->t1 >= prev.t1 || strcmp(m->code, other) == 0)
				continue;
			/* "two Russian Tu-160 bombers landed. The bombers ...":
			 * the same craft, a demonym right before them */
			for (j = m->t1; j < prev.t1 && j < m->t1 + 4 && !same; j++)
				same = !strcmp(K(j), K(ck));
			if (kin(d, m->t1, force) || same)
				last = m;
		}
		if (last)
			return last;
	}
	return NULL;
}

static const char *w_ex_coincide[] = {"coincide", "coincides", "coincided", "coinciding",
				      NULL};

/* "The drills coincide with exercises between X and Y", "... drills
 * last week after previous exercises by X and Y": the drill told after a
 * verb of coinciding or "after/following" (token q) is another one, whose
 * parties are those named after q; *tmp holds that part of s.  Other
 * links keep s. */
static const span *ex_coinciding_clause(const dctx *d, const span *s, size_t q, span *tmp)
{
	if (!kin(d, q, w_ex_coincide) && !(kis(d, q, "after") || kis(d, q, "following")))
		return s;
	*tmp = *s;
	narrow(d, tmp, q + 1, s->t1);
	return tmp;
}

/* "signed an agreement on joint exercises", "the 2023 agreement
 * encompassing joint exercises and intelligence sharing": drills an
 * agreement covers (the noun of the agreement at most six tokens before
 * a word of covering, then at most four modifiers before the exercise
 * word trig, or a list of small words: "also includes military
 * cooperation, joint air force exercises") are no drill held. */
static int ex_agreement_object(const dctx *d, const span *s, size_t trig)
{
	static const char *cover[] = {"on", "for", "covering", "covers", "cover", "encompassing",
				      "encompasses", "including", "includes", "include",
				      "envisaging", "envisages", "regarding", "providing", NULL};
	static const char *relation[] = {"partnership", "partnerships", "cooperation",
					 "relationship", NULL};
	static const char *w_talks_n[] = {"talks", "discussions", "negotiations", "consultations",
					  NULL};
	size_t i = trig, j, n;
	for (n = 0; i > s->t0 && n < 4 && KIN(d, i - 1, w_name_stop) && !kis(d, i - 1, "on") &&
		    !kis(d, i - 1, "for");
	     i--, n++)
		;
	if (i > s->t0 && !kin(d, i - 1, cover)) {
		/* an item of a list after a verb of including: "includes
		 * military cooperation, joint air force exercises ..." */
		static const char *include[] = {"covering", "covers", "encompassing",
						"encompasses", "including", "includes", "include",
						NULL};
		for (j = i, n = 0; j > s->t0 && n < 8 && !kin(d, j - 1, include) &&
				   (kis(d, j - 1, ",") || kis(d, j - 1, "and") ||
				    (d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper)) &&
				   !(kis(d, j - 1, "and") && j > s->t0 + 1 && kis(d, j - 2, ","));
		     j--, n++)
			; /* not over ", and": "a deal including jets, and held" */
		if (j > s->t0 && kin(d, j - 1, include))
			i = j;
	}
	if (i <= s->t0 || !kin(d, i - 1, cover))
		return 0;
	/* "held talks on a joint training programme" (stop 54) */
	for (j = i - 1; j > s->t0 && j + 7 > i; j--)
		if (KIN(d, j - 1, w_deal_noun) || kin_local(d, j - 1, w_talks_n))
			return 1;
	/* "a long-standing partnership that includes military exercises":
	 * a relation that covers drills in general, with no year of one */
	for (j = i - 1; j > s->t0 && j + 4 > i; j--)
		if (kin(d, j - 1, relation)) {
			size_t k;
			for (k = s->m0; k < s->m1 && M(d, k)->kind != MK_YEAR; k++)
				;
			return k == s->m1;
		}
	return 0;
}

/* "signed an agreement ... to facilitate (enable, allow) joint
 * exercises", "paves the way for joint drills": drills a measure makes
 * possible are no drill held (test_extract_exercise_names.c). */
static int ex_enabled_purpose(const dctx *d, const span *s, size_t trig)
{
	static const char *enable[] = {"facilitate", "facilitates", "facilitating", "enable",
				       "enables", "enabling", "allow", "allows", "allowing",
				       "permit", "permits", "permitting", "ease", "easing", NULL};
	size_t i = trig, n;
	/* "paves the way for more joint training and exercises" (stop 39) */
	for (n = 0; i > s->t0 && n < 6 &&
		    (KIN(d, i - 1, w_name_stop) ||
		     (d->t.v[i - 1].kind == TK_WORD && !d->t.v[i - 1].upper)) &&
		    !kin(d, i - 1, enable) && !kis(d, i - 1, "for");
	     i--, n++)
		;
	if (i <= s->t0)
		return 0;
	if (kin(d, i - 1, enable))
		return 1;
	if (i > s->t0 + 3 && kis(d, i - 1, "for") && kis(d, i - 2, "way") && kis(d, i - 3, "the"))
		return 1;
	/* "a pact that would allow their troops to enter each other's
	 * territory for joint military exercises": the verb of enabling
	 * before the purpose "for" (stop 60) */
	if (kis(d, i - 1, "for"))
		for (i--, n = 0; i > s->t0 && n < 12; i--, n++) {
			if (d->t.v[i - 1].kind == TK_PUNCT && !kis(d, i - 1, "'s") &&
			    !kis(d, i - 1, "'"))
				return 0;
			if (kin(d, i - 1, enable))
				return 1;
		}
	return 0;
}

/* "agreed to hold the first trilateral drills in 2027": an intention that
 * gives the drill its year, one after the document's, right after the
 * drill word is a drill scheduled, told like one held. */
static int ex_dated_plan(const dctx *d, const span *s, size_t trig)
{
	size_t j, n;
	int y;
	if (trig + 2 >= s->t1)
		return 0;
	if (kis(d, trig + 1, "in") && four_digits(d, trig + 2)) {
		y = atoi(K(trig + 2));
		return d->doc_year && y > d->doc_year;
	}
	/* "plan to hold joint naval exercises in the western part of the
	 * Mediterranean Sea": a drill given its place is one scheduled, but
	 * not "more drills" (stop 50) */
	for (j = trig, n = 0; j > s->t0 && n < 3; j--, n++)
		if (kis(d, j - 1, "more") || kis(d, j - 1, "further"))
			return 0;
	if (!(kis(d, trig + 1, "in") || kis(d, trig + 1, "off") || kis(d, trig + 1, "near")))
		return 0;
	for (j = trig + 2, n = 0; j < s->t1 && n < 7; j++, n++) {
		if (d->t.v[j].kind == TK_WORD && d->t.v[j].upper)
			return !kin(d, j, w_months);
		if (d->t.v[j].kind != TK_WORD)
			return 0;
	}
	return 0;
}

/* ---- exercises known by name (data/exercises.tsv) -------------------------- */

/* Where the text would need a drill word, a name of exercises.tsv is the
 * drill's: after a verb of holding or joining ("Thailand and the US opened
 * Cobra Gold 2024", "troops from X and Y participated in African Lion"), as
 * the subject of one ("RIMPAC 2024 began ..."), or before a drill word.  The
 * name used for something else ("Indra Systems", "the Malabar coast") is
 * none: the word after it must be one a drill's name takes. */
static const char *w_kn_hold[] = {
	"held", "hold", "holds", "holding", "hosted", "host", "hosts", "hosting", "opened",
	"open", "opens", "began", "begin", "begins", "beginning", "launched", "launch",
	"launches", "launching", "concluded", "conclude", "concludes", "concluding",
	"completed", "complete", "completes", "conducted", "conduct", "conducts", "conducting",
	"staged", "stage", "stages", "staging", "started", "start", "starts", "commenced",
	"commence", "commences", "organised", "organized", "organises", "organizes", NULL};
/* ... verbs of joining, which one state may do alone ("Japan joined RIMPAC") */
static const char *w_kn_join[] = {"joined", "join", "joins", "joining", "attended", "attend",
				  "attends", "attending", NULL};
static const char *w_kn_kick[] = {"kicked", "kick", "kicks", "kicking", NULL};
static const char *w_kn_wrap[] = {"wrapped", "wrap", "wraps", "wrapping", NULL};
static const char *w_kn_send[] = {"sent", "send", "sends", "sending", "deployed", "deploy",
				  "deploys", "deploying", "dispatched", "dispatch", "dispatches",
				  "dispatching", NULL};
/* words between such a verb and the name: "joined this year's US-led RIMPAC",
 * "took part in the 40th edition of Cobra Gold" (not "last year's": another
 * edition) */
static const char *w_kn_fill[] = {
	"the", "a", "an", "this", "its", "their", "his", "her", "our", "year", "'s", "annual",
	"biennial", "yearly", "latest", "upcoming", "first", "second", "third", "fourth", "fifth",
	"sixth", "seventh", "eighth", "ninth", "tenth", "edition", "iteration", "round", "phase",
	"of", "multinational", "multilateral", "joint", "bilateral", "trilateral", "combined",
	"international", "large", "scale", "-", "military", "naval", "air", "major", "massive",
	NULL};
/* verbs of the name as a subject: "RIMPAC 2024 began", "... was held", "...
 * brought together navies from X and Y" */
static const char *w_kn_subj[] = {
	"began", "begins", "opened", "opens", "concluded", "concludes", "ended", "ends",
	"started", "starts", "commenced", "commences", "brought", "brings", "involved",
	"involves", "included", "includes", "featured", "features", "drew", "draws", "gathered",
	"gathers", "runs", "ran",
	/* "will begin", "is set (due, scheduled) to begin" (stop 61) */
	"begin", "start", "open", "conclude", "end", "run", "commence", "bring", "involve",
	"include", "feature", "draw", "gather", NULL};
static const char *w_kn_passive[] = {"held", "hosted", "conducted", "staged", "launched",
				     "organised", "organized", "opened", "attended", "joined",
				     NULL};
static const char *w_kn_aux[] = {"was", "were", "is", "are", "be", "been", "being", "has",
				 "have", "had", "will", "also", NULL};
/* words that may follow a drill's name (past its edition mark), besides
 * the verbs of the name as a subject and their auxiliaries */
static const char *w_kn_next[] = {
	"in", "on", "at", "with", "from", "and", "or", "but", "for", "off", "near", "between",
	"alongside", "involving", "including", "featuring", "together", "which", "that", "to",
	"as", "along", "over", "since", "until", "till", "amid", "amidst", "despite", "after",
	"before", "during", "across", "around", "within", "into", "under", "by", "this",
	"last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "every", "each",
	"twice", "once", "where", "when", "while", "who", "would", "got", "gets", "kicked",
	"kicks", "wrapped", "wraps", "continued", "continues", "took", "takes", "came",
	"comes", "saw", "sees", "led", "sponsored", "aimed", "designed", "focused", "naval",
	"military", "air", "joint", "combined", "multinational", "bilateral", "trilateral",
	"maritime", "field", "training", "edition", "iteration", "series", "phase", "war",
	NULL};

/* The edition mark after a known name ending at token n1: "-2021", " 2024",
 * " 24", " 24-1", "-IX", " 5".  Returns the token past it (n1 when none);
 * *year is the year it gives, or 0: two digits are a year only within a
 * year of the text's ("RIMPAC 24" in a text of 2024; "Medusa-13", the
 * thirteenth, in a text of 2023 is no year). */
static size_t kn_suffix(const dctx *d, const span *s, size_t n1, int *year)
{
	size_t i = n1, n, k;
	const char *key;
	int y;
	*year = 0;
	if (i + 1 < s->t1 && kis(d, i, "-") && !d->t.v[i].space_before &&
	    !d->t.v[i + 1].space_before)
		i++;
	if (i >= s->t1)
		return n1;
	key = K(i);
	n = d->t.v[i].keylen;
	if (d->t.v[i].kind == TK_NUM) {
		if (strspn(key, "0123456789") != n)
			return n1; /* "2,000" */
		y = atoi(key);
		if (n == 4 && y >= 1950 && y <= 2049)
			*year = y;
		else if (n == 2 && d->doc_year && 2000 + y <= d->doc_year + 1 &&
			 2000 + y + 1 >= d->doc_year)
			*year = 2000 + y;
		else if (n > 2)
			return n1;
		i++;
		/* "Red Flag 24-1": a round of that year */
		if (i + 1 < s->t1 && kis(d, i, "-") && !d->t.v[i].space_before &&
		    d->t.v[i + 1].keylen <= 2 && strspn(K(i + 1), "0123456789") == d->t.v[i + 1].keylen)
			i += 2;
		return i;
	}
	/* a roman numeral in capitals: "Shaheen-IX", "Khanjar XI" (not "I") */
	for (k = 0; k < n && strchr("ivxlc", key[k]); k++)
		;
	if (k == n && d->t.v[i].kind == TK_WORD && d->t.v[i].allcaps && (n > 1 || i > n1))
		return i + 1;
	return n1;
}

/* May token e follow a drill's name: a word of the drill or of a clause
 * ("... opened Cobra Gold 2024 in Chonburi", "RIMPAC 2024 began"), a state,
 * a date or punctuation, not a noun the name names something else by ("the
 * Malabar coast", "Indra Systems")? */
static int kn_next_ok(const dctx *d, const span *s, size_t e)
{
	const tok *x;
	const mention *m;
	if (e >= s->t1)
		return 1;
	x = &d->t.v[e];
	if (x->kind == TK_PUNCT)
		return !(kis(d, e, "-") && !x->space_before); /* not "Indra-built" */
	if (x->kind != TK_WORD || kis(d, e, "'s"))
		return x->kind == TK_WORD; /* not "RIMPAC 2,000": no name */
	if (x->upper) {
		m = mention_at(d, s, e);
		return (m && ent__is_state_mention(m) && m->gz != GZ_FIRM) ||
		       kin(d, e, w_ex_date_word);
	}
	return kin(d, e, w_kn_next) || kin(d, e, w_kn_subj) || kin(d, e, w_kn_passive) ||
	       kin(d, e, w_kn_aux) || KIN(d, e, w_exercise) || ly_adverb(d, e);
}

/* "joined (the) US troops (forces, sailors ...)": a noun of forces at
 * token f, up to three words after a verb of joining; that verb in *v. */
static int kn_joined_forces(const dctx *d, const span *s, size_t f, size_t *v)
{
	static const char *w_forces_n[] = {"troops", "forces", "soldiers", "sailors", "marines",
					   "airmen", "personnel", "counterparts", "units", NULL};
	size_t j;
	if (!kin_local(d, f, w_forces_n))
		return 0;
	for (j = f; j > s->t0 && j + 4 > f; j--)
		if (kin(d, j - 1, w_kn_join)) {
			*v = j - 1;
			return 1;
		}
	return 0;
}

/* Is token p the last of a verb of holding (1) or joining (2) before the
 * name: "held", "joined", "took part in", "kicked off", "wrapped up", "sent
 * 500 troops to"?  0 when not, and when the verb is an infinitive after
 * "to" ("invited X to join", "agreed to hold", "is set to host"): a drill
 * meant, not told. */
static int kn_verb_before(const dctx *d, const span *s, size_t p)
{
	size_t j, v = p;
	int kind = 0;
	if (kin(d, p, w_kn_hold))
		kind = 1;
	else if (kin(d, p, w_kn_join))
		kind = 2;
	else if (p == s->t0)
		return 0;
	else if (kis(d, p, "in") && kin(d, p - 1, w_part_v)) {
		kind = 2;
		v = p - 1;
		if (kis(d, v, "part") && v > s->t0 && kin(d, v - 1, w_take))
			v--;
	} else if (kis(d, p, "in") && p > s->t0 + 2 && kn_joined_forces(d, s, p - 1, &v)) {
		kind = 2; /* "joined US troops in Tradewinds 2024" (stop 59) */
	} else if ((kis(d, p, "off") && kin(d, p - 1, w_kn_kick)) ||
		   (kis(d, p, "up") && kin(d, p - 1, w_kn_wrap))) {
		kind = 1;
		v = p - 1;
	} else if (kis(d, p, "to")) {
		/* "sent (1,200 troops / two frigates) to" */
		for (j = p; j > s->t0 && j + 8 > p && !kind; j--) {
			if (kin(d, j - 1, w_kn_send)) {
				kind = 2;
				v = j - 1;
			} else if (d->t.v[j - 1].kind == TK_PUNCT || KIN(d, j - 1, w_exercise))
				break;
		}
	}
	if (kind && v > s->t0 && kis(d, v - 1, "to"))
		return 0;
	return kind;
}

/* Does a verb of holding follow the name as its subject (e: past the name
 * and its mark): "began", "kicked off", "got under way", "was held"? */
static int kn_subject_verb(const dctx *d, const span *s, size_t e)
{
	size_t j = e, n;
	int be = 0;
	static const char *w_due[] = {"set", "due", "scheduled", "slated", "expected", NULL};
	for (n = 0; j < s->t1 && n < 3 && (kin(d, j, w_kn_aux) || ly_adverb(d, j)); n++, j++)
		be |= KIN(d, j, w_be);
	/* "is set (due, scheduled, expected) to begin" (stop 61) */
	if (be && j + 2 < s->t1 && kin_local(d, j, w_due) && kis(d, j + 1, "to")) {
		j += 2;
		be = 0;
	}
	if (j >= s->t1)
		return 0;
	if (kin(d, j, w_kn_subj) || (be && kin(d, j, w_kn_passive)))
		return 1;
	if (j + 1 >= s->t1)
		return 0;
	return (kin(d, j, w_kn_kick) && kis(d, j + 1, "off")) ||
	       (kin(d, j, w_kn_wrap) && kis(d, j + 1, "up")) ||
	       ((kis(d, j, "got") || kis(d, j, "gets")) &&
		(kis(d, j + 1, "under") || kis(d, j + 1, "underway")));
}

/* "the three-day operations, called \"Joint Sea-2025\"": a quoted name
 * (opening at token i) after "called/named/dubbed/codenamed" that a noun
 * of a military event (operations, manoeuvres, games, patrols) names. */
static int kn_called_event(const dctx *d, const span *s, size_t i)
{
	static const char *w_event[] = {"operations", "operation", "manoeuvres", "maneuvers",
					"games", "wargames", "patrols", "patrol", "training",
					NULL};
	size_t q;
	if (i < s->t0 + 3 || !(kis(d, i - 1, "\"") || kis(d, i - 1, "'")) ||
	    !kin_local(d, i - 2, w_ex_called))
		return 0;
	q = i - 3;
	if (kis(d, q, ",") && q > s->t0)
		q--;
	return kin_local(d, q, w_event) || KIN(d, q, w_exercise);
}

/* Is the name of exercises.tsv at tokens [n0, n1) of s told where a drill
 * word would stand (see above)?  *e: past its edition mark; *year: the
 * mark's year, or 0; *join: 1 when only a verb of joining tells it (one
 * state may take part alone).  A name that is also a firm or a weapon
 * ("Indra") needs an edition mark. */
static int kn_context(const dctx *d, const span *s, size_t n0, size_t n1, size_t *e, int *year,
		      int *join)
{
	size_t i = n0, n, k, end;
	int v = 0, led = 0;
	end = kn_suffix(d, s, n1, year);
	if (!kn_next_ok(d, s, end))
		return 0;
	/* the firm "Indra" or a weapon's designation over the mark (not the
	 * vehicle "Cobra" inside "Cobra Gold") */
	for (k = s->m0; k < s->m1 && M(d, k)->t0 < n1; k++) {
		const mention *m = M(d, k);
		if (m->t1 > n0 && (m->gz == GZ_FIRM || m->gz == GZ_WEAPON) &&
		    (m->t1 > n1 || (m->t0 <= n0 && m->t1 == n1 && end == n1)))
			return 0;
	}
	/* back over the words between a verb and the name, and the states
	 * of a "US-led" or "Thailand's" */
	for (n = 0; i > s->t0 && n < 8; n++) {
		size_t p = i - 1;
		const mention *m = NULL;
		for (k = s->m0; k < s->m1 && M(d, k)->t0 < i; k++)
			if (M(d, k)->t1 == i && ent__is_state_mention(M(d, k)))
				m = M(d, k);
		if (m) {
			i = m->t0;
			continue;
		}
		/* "the 40th edition of" */
		if (ordinal_suffix(d, s->t0, p)) {
			i = p - 1;
			continue;
		}

		/* "the 2024 Cobra Gold", "the US-led RIMPAC" */
		if (kin(d, p, w_kn_fill) || (d->t.v[p].kind == TK_NUM && d->t.v[p].keylen == 4))
			i = p;
		else if ((kis(d, p, "led") || kis(d, p, "hosted") || kis(d, p, "sponsored")) &&
			 p > s->t0 + 1 && kis(d, p - 1, "-") && !kis(d, p - 2, "co")) {
			i = p;
			led = 1;
		} else
			break;
	}
	if (kn_called_event(d, s, i))
		v = 1; /* "the three-day operations, called \"Joint Sea-2025\"" */
	else if (i > s->t0 + 1 && i == n0 && quote_mark(d, i - 1) && !kis(d, i - 2, ","))
		v = kn_verb_before(d, s, i - 2); /* "participating in \"Talisman Sabre,\"" */
	else if (i > s->t0 && !kis(d, i - 1, ","))
		v = kn_verb_before(d, s, i - 1);
	else if (kn_subject_verb(d, s, end))
		v = 1;
	/* "for the United States-led Rim of the Pacific (RIMPAC)": a leader
	 * of the named event tells a drill whatever verb comes before */
	if (!v && led)
		v = 1;
	if (!v) {
		/* "the Cobra Gold 2024 multinational exercise" */
		for (k = end, n = 0; k < s->t1 && n < 3 && kin(d, k, w_ex_premod); k++, n++)
			;
		v = k < s->t1 && KIN(d, k, w_exercise);
	}
	*e = end;
	*join = v == 2;
	return v != 0;
}

/* The first name of exercises.tsv in s told as a drill (kn_context): its
 * first token, or NONE. */
static size_t known_name(const dctx *d, const span *s, size_t *e, int *year, int *join)
{
	size_t x;
	for (x = 0; x < d->nxnames && d->xnames[x].t0 < s->t1; x++)
		if (d->xnames[x].t0 >= s->t0 && d->xnames[x].t1 <= s->t1 &&
		    kn_context(d, s, d->xnames[x].t0, d->xnames[x].t1, e, year, join))
			return d->xnames[x].t0;
	return NONE;
}

/* A name found by the drill word that holds part of a name of exercises.tsv
 * ("Gold" of "the Cobra Gold drills", whose "Cobra" is a vehicle's name)
 * grows to the whole of it: [*b0, *b1) takes in that name's bytes. */
static void kn_widen(const dctx *d, const span *s, uint32_t *b0, uint32_t *b1)
{
	size_t x;
	for (x = 0; x < d->nxnames && d->xnames[x].t0 < s->t1; x++) {
		const struct xname *n = &d->xnames[x];
		if (n->t0 < s->t0 || n->t1 > s->t1 || d->t.v[n->t0].start >= *b1 ||
		    d->t.v[n->t1 - 1].end <= *b0)
			continue;
		if (d->t.v[n->t0].start < *b0)
			*b0 = d->t.v[n->t0].start;
		if (d->t.v[n->t1 - 1].end > *b1)
			*b1 = d->t.v[n->t1 - 1].end;
	}
}

/* Does a name of exercises.tsv stand in s told as a drill (a clause with a
 * drill of its own, like one with a drill word)? */
static int kn_drill_in(const dctx *d, const span *s)
{
	size_t e;
	int y, j;
	return d->nxnames && known_name(d, s, &e, &y, &j) != NONE;
}

/* verbs of a passive agent after the drill word: "the drills held by X" */
static const char *w_ex_held_by[] = {"held", "conducted", "staged", "organised", "organized",
				     "hosted", "led", NULL};

/* "the drills held by X", "the exercise was (being) conducted by X":
 * the token after "by", or NONE. */
static size_t ex_held_by(const dctx *d, const span *s, size_t trig)
{
	static const char *aux[] = {"was", "were", "is", "are", "being", "been", "be", "will",
				    "has", "have", "had", NULL};
	size_t h = trig + 1, n;
	for (n = 0; h < s->t1 && n < 3 && kin(d, h, aux); n++)
		h++;
	return h + 2 < s->t1 && kin(d, h, w_ex_held_by) && kis(d, h + 1, "by") ? h + 2 : NONE;
}

/* "X announced a sale to Y as Z launched drills with W", "Z held drills
 * while X bought jets": "as", "while" or "whereas" right before a state
 * that opens a clause of its own (a small word, its verb, follows the
 * name) parts the sentence; that token when it lies apart from the drill
 * word at trig, else NONE. */
static size_t ex_clause_split(const dctx *d, const span *s, size_t trig)
{
	static const char *w_sub[] = {"as", "while", "whereas", NULL};
	static const char *w_not_verb[] = {"and", "or", "-", ",", "'s", "as", NULL};
	size_t i;
	for (i = s->t0 + 1; i + 2 < s->t1; i++) {
		const mention *m;
		size_t j = i + 1;
		if (i == trig || !kin_local(d, i, w_sub) || kis(d, i - 1, "such") ||
		    kis(d, i - 1, "well") || kis(d, i - 1, "as"))
			continue;
		if (kis(d, j, "the"))
			j++;
		m = mention_at(d, s, j);
		if (!m || !ent__is_state_mention(m) || m->possessive || m->gz == GZ_DEMONYM ||
		    m->gz == GZ_FIRM || m->t1 >= s->t1 || d->t.v[m->t1].kind != TK_WORD ||
		    d->t.v[m->t1].upper || kin_local(d, m->t1, w_not_verb))
			continue;
		return i;
	}
	return NONE;
}

/* The count right before the drill word at trig, over up to three
 * lower-case words ("30 joint military exercises", "twelve naval drills"):
 * its value, 0 when none or when the drill word is no plural. */
static long drill_count_before(const dctx *d, const span *s, size_t trig)
{
	static const char *w_num3[] = {"three", "four", "five", "six", "seven", "eight", "nine",
				       "ten", "eleven", "twelve", "dozens", "hundreds", NULL};
	static const char *w_drills[] = {"exercises", "drills", "manoeuvres", "maneuvers",
					 "wargames", NULL};
	static const char *w_period[] = {"day", "days", "week", "weeks", "month", "months",
					 "hours", NULL};
	size_t i = trig, n, k;
	/* a count of drills, not of days ("the 12 day exercise") */
	for (k = trig; k < s->t1 && k < trig + 4 && !kin_local(d, k, w_drills); k++)
		;
	if (k == s->t1 || k == trig + 4)
		return 0;
	for (n = 0; n < 3 && i > s->t0 + 1 && d->t.v[i - 1].kind == TK_WORD &&
		    K(i - 1)[0] >= 'a' && K(i - 1)[0] <= 'z' && !kin_local(d, i - 1, w_num3);
	     n++) {
		/* "three weeks of joint exercises": a count of time */
		if (kis(d, i - 1, "of") || kin_local(d, i - 1, w_period))
			return 0;
		i--;
	}
	if (i == s->t0 || d->t.v[i - 1].kind == TK_PUNCT)
		return 0;
	if (kin_local(d, i - 1, w_num3))
		return 3;
	/* up to three digits and nothing else ("1,200" and "2.5" are none) */
	if (d->t.v[i - 1].keylen > 3 || strspn(K(i - 1), "0123456789") != d->t.v[i - 1].keylen)
		return 0;
	return strtol(K(i - 1), NULL, 10);
}

/* "X has carried out similar military exercises with a number of other
 * countries over the past few years including Y, Z": drills of a kind
 * ("similar", "several" up to four words before the drill word at trig)
 * summed over a stretch of years ("over the past / last (few) years
 * (decades)", "in recent years") are no one exercise; "numerous (various,
 * many) ... exercises" never are, nor "such ... exercises" without a year
 * ("X views such US-led exercises as invasion rehearsals"), nor a count of
 * three or more ("carried out 30 joint military exercises with 20
 * countries", stop 54). */
static int ex_summary(const dctx *d, const span *s, size_t trig, int named)
{
	static const char *w_kind[] = {"similar", "such", "several", "numerous", "various", NULL};
	static const char *w_many[] = {"numerous", "various", "many", "countless", NULL};
	static const char *w_stretch[] = {"past", "last", NULL};
	size_t i;
	int kind = 0;
	if (!named && drill_count_before(d, s, trig) >= 3)
		return 1;
	for (i = trig; i > s->t0 && i + 5 > trig && !kind; i--) {
		/* "numerous bilateral and multilateral ASW exercises": drills
		 * without number are no one exercise, over any time, named or
		 * not */
		if (kin_local(d, i - 1, w_many))
			return 1;
		/* "such US-led exercises" with no year of their own */
		if (kis(d, i - 1, "such") && !kis(d, i, "as") && !year_in(d, s))
			return 1;
		kind = kin_local(d, i - 1, w_kind);
	}
	if (!kind || named)
		return 0;
	for (i = s->t0; i + 2 < s->t1; i++) {
		size_t y;
		if (kis(d, i, "in") && kis(d, i + 1, "recent") && kis(d, i + 2, "years"))
			return 1;
		if (!kis(d, i, "over") || !kis(d, i + 1, "the") || !kin_local(d, i + 2, w_stretch))
			continue;
		for (y = i + 3; y < s->t1 && y < i + 6; y++) /* "past few years" */
			if (kis(d, y, "years") || kis(d, y, "decades"))
				return 1;
	}
	return 0;
}

/* "Norway hosted US bombers for a week of joint training", "arrived in
 * X for two weeks of joint training": "for" in the four tokens before
 * "joint" at j, and a verb of holding (or one of arrival) in the six
 * before it (stop 51). */
static int for_joint_training(const dctx *d, const span *s, size_t j, const char *const *hold)
{
	static const char *came[] = {"arrived", "arrive", "arrives", "joined", "deployed",
				     "came", NULL};
	size_t f, from;
	for (f = j; f > s->t0 && f + 4 > j && !kis(d, f - 1, "for"); f--)
		;
	if (f == s->t0 || f + 4 <= j || !kis(d, f - 1, "for"))
		return 0;
	from = f - 1 > s->t0 + 6 ? f - 7 : s->t0;
	return find_in(d, from, f - 1, hold) != NONE || find_in(d, from, f - 1, came) != NONE;
}

/* "was planning to expand its joint military maneuvers with Y", "wants
 * more joint exercises", "by boosting joint military exercises with the
 * US": a verb of growing or wanting whose object is the drill word at trig
 * (over words in small letters, no comma) speaks of drills to come, none
 * held (stop 59). */
static int drills_to_grow(const dctx *d, const span *s, size_t trig)
{
	static const char *w_grow_v[] = {"want", "wants", "wanted", "expand", "expanding",
					 "increase", "increasing", "intensify", "intensifying",
					 "boost", "boosts", "boosting", NULL};
	size_t j, n;
	for (j = trig, n = 0; j > s->t0 && n < 5; j--, n++) {
		if (kin_local(d, j - 1, w_grow_v))
			return 1;
		if (d->t.v[j - 1].kind != TK_WORD || d->t.v[j - 1].upper)
			return 0;
	}
	return 0;
}

int rule_exercise(dctx *d, const span *s)
{
	static const char *hold[] = {"held", "hold", "holds", "holding", "conducted", "conduct",
				     "conducts", "began", "begin", "begins", "started", "launched",
				     "staged", "carry", "carried", "carries", "carrying",
				     "concluded", "completed", "undertook", "undertaken", "wrapped",
				     "hosted", "hosts", "hosting",
				     /* "flew a joint patrol" (stop 50) */
				     "flew", "flown", "fly", "flies", "flying", NULL};
	static const char *intent[] = {"agreed", "agree", "agrees", "plan", "plans", "planned",
				       "proposed", "discussed", "intend", "intends", "pledged",
				       /* "offered to host future exercises" (stop 54) */
				       "offered", "offers", "future", NULL};
	size_t trig = find_in(d, s->t0, s->t1, w_exercise), kn = NONE, kn_end = NONE;
	uint32_t b0 = 0, b1 = 0;
	int has_name, rc, year, train = 0, kn_year = 0, kn_join = 0;
	span sub_span;
	const cand *in;
	cand *c;
	while (trig != NONE && (ex_verb_use(d, s, trig) || ex_civil(d, s, trig)))
		trig = find_in(d, trig + 1, s->t1, w_exercise);
	if (!s->forced_exercise && d->nxnames && (rc = rule_last_years_edition(d, s)) != 0)
		return rc < 0 ? rc : ENT_OK;
	/* "Thailand and the US opened Cobra Gold 2024": a name of
	 * exercises.tsv where a drill word would stand is the drill */
	if (trig == NONE && !s->forced_exercise && d->nxnames) {
		kn = known_name(d, s, &kn_end, &kn_year, &kn_join);
		if (kn != NONE && ex_negated(d, s))
			return ENT_OK;
		trig = kn;
	}
	if (trig == NONE && !s->forced_exercise) {
		/* "held their first joint mountain training"; "conducted a
		 * joint air patrol", "held the 30th edition of their
		 * coordinated patrol" (not "joint patrol vessels") */
		static const char *joint[] = {"joint", "coordinated", "combined", NULL};
		static const char *craft[] = {"vessel", "vessels", "boat", "boats", "ship", "ships",
					      "aircraft", "craft", "plane", "planes", NULL};
		size_t i;
		for (i = s->t0 + 1; i < s->t1 && trig == NONE; i++) {
			size_t j, back;
			/* "will conduct a (multilateral) maritime cooperative
			 * activity": a joint sail, held as a patrol (stop 57) */
			int mca = (kis(d, i, "activity") || kis(d, i, "activities")) &&
				  kis(d, i - 1, "cooperative");
			int pat = mca || kis(d, i, "patrol") || kis(d, i, "patrols");
			if ((!pat && !kis(d, i, "training")) || ex_civil(d, s, i))
				continue;
			if (pat && i + 1 < s->t1 && kin(d, i + 1, craft))
				continue;
			for (j = i - 1; !mca && j > s->t0 && j + 4 > i &&
					!(pat ? kin(d, j, joint) : kis(d, j, "joint"));
			     j--)
				;
			if (!pat && !kis(d, j, "joint") && i > s->t0 + 2) {
				/* "X and Y border guards carried out counter-terrorism
				 * training": forces of two states before a verb of
				 * holding, up to four words before "training" (stop
				 * 58) */
				size_t hv = find_in(d, i > s->t0 + 5 ? i - 5 : s->t0, i, hold);
				if (hv != NONE && two_forces_before(d, s, hv))
					trig = i;
				continue;
			}
			if (!(mca || (pat ? kin(d, j, joint) : kis(d, j, "joint"))) || j == s->t0)
				continue;
			/* "wrapped up a two-week joint training" (stop 58) */
			back = pat ? 7 : 6;
			if (find_in(d, j > s->t0 + back ? j - back : s->t0, j, hold) != NONE ||
			    (!pat && for_joint_training(d, s, j, hold)))
				trig = i;
			else if (!pat) {
				/* "The joint military training 'Samsam 7' between
				 * A and B has commenced": a name may stand before
				 * "between" (stop 36) */
				size_t k = i + 1, n = 0;
				while (k < s->t1 && n < 5 &&
				       (quote_mark(d, k) || kis(d, k, "'") ||
					d->t.v[k].kind == TK_NUM ||
					(d->t.v[k].kind == TK_WORD && d->t.v[k].upper))) {
					k++;
					n++;
				}
				if (k < s->t1 && kis(d, k, "between"))
					trig = i;
				/* "The joint training is code named 'X'",
				 * "The joint training, dubbed 'X', ..." (stop
				 * 54) */
				k = i + 1;
				if (k < s->t1 &&
				    (kis(d, k, ",") || kis(d, k, "is") || kis(d, k, "was")))
					k++;
				if (k < s->t1 && (kin(d, k, w_ex_called) || kis(d, k, "code")))
					trig = i;
			}
		}
	}

	if (trig == NONE && !s->forced_exercise && (trig = ex_train_with(d, s)) != NONE)
		train = 1;
	if (trig != NONE && !train && kn == NONE && trig > s->t0 &&
	    (kis(d, trig - 1, "to") || kis(d, trig - 1, "will")))
		return ENT_OK; /* "to exercise restraint" */
	if (trig != NONE && !s->forced_exercise && trig > s->t0 + 2 && kis(d, trig - 2, ",") &&
	    ends_ing(K(trig - 1)) && d->t.v[trig - 1].kind == TK_WORD && !d->t.v[trig - 1].upper) {
		/* "That includes supplying drones to Russia, running drills in
		 * a border region with Azerbaijan and bombing positions in
		 * Iraq": a gerund phrase after a comma is an act of its own,
		 * read alone up to the next comma or "and" with a gerund (stop
		 * 35) */
		size_t e, j;
		int list;
		for (e = trig + 1; e < s->t1 && !kis(d, e, ",") && !kis(d, e, ";") &&
				   !(kis(d, e, "and") && e + 1 < s->t1 && ends_ing(K(e + 1)));
		     e++)
			;
		/* another act of the list: "and bombing" after it, or a gerund
		 * opening a phrase before it ("includes supplying ...,") */
		list = e + 1 < s->t1 && kis(d, e, "and");
		for (j = s->t0 + 1; j + 2 < trig && !list; j++)
			list = ends_ing(K(j)) && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
			       (kis(d, j - 1, ",") || kis(d, j - 1, "includes") ||
				kis(d, j - 1, "included") || kis(d, j - 1, "including"));
		if (list) {
			sub_span = *s;
			narrow(d, &sub_span, trig - 1, e);
			s = &sub_span;
		}
	}
	if (trig != NONE && !s->forced_exercise) {
		/* "France announced a sale to Armenia as Azerbaijan launched
		 * drills with Turkey": the drill's clause alone */
		size_t b = ex_clause_split(d, s, trig);
		if (b != NONE) {
			sub_span = *s;
			if (b < trig)
				narrow(d, &sub_span, b + 1, s->t1);
			else
				narrow(d, &sub_span, s->t0, b);
			s = &sub_span;
		}
	}
	const mention *by_first = trig != NONE && !s->forced_exercise && trig + 2 < s->t1 &&
					  kis(d, trig + 1, "by")
				  ? plain_state_at(d, s, trig + 2)
				  : NULL;
	if (by_first && !by_first->possessive && !ex_agreement_object(d, s, trig)) {
		/* "previous military exercises by Turkey and Azerbaijan in the
		 * area": the parties are the states listed after "by" */
		size_t j = trig + 2;
		const mention *m;
		while (j < s->t1) {
			if ((m = plain_state_at(d, s, j)) != NULL && !m->possessive)
				j = m->t1;
			else if (kis(d, j, ",") || kis(d, j, "and") || kis(d, j, "the"))
				j++;
			else
				break;
		}
		if (s != &sub_span)
			sub_span = *s;
		narrow(d, &sub_span, trig, j);
		s = &sub_span;
	}
	if (!s->forced_exercise && (in = ex_in_play(d, s->unit)) != NULL) {
		/* an edition is earlier than the document's first exercise */
		const cand *first = ex_first(d);
		int cur = first && first->f.year ? first->f.year : d->doc_year, ey;
		size_t q;
		for (q = d->ncands; !cur && q > 0; q--)
			if (d->cands[q - 1].f.type == ENT_FACT_EXERCISE && !d->cands[q - 1].dropped)
				cur = d->cands[q - 1].f.year; /* a drill dated by its name */
		int first_held = 0;
		if ((ey = ex_other_edition(d, s, cur)) != 0 ||
		    (ey = ex_numbered_edition(d, s, in)) != 0 ||
		    (first_held = (ey = ex_first_held(d, s, cur)) != 0)) {
			/* "previous joint exercises held in 2019 and 2022": an
			 * edition per year of the run, none joining the current */
			size_t n = d->ncands;
			int rc2 = rule_exercise_past(d, s, trig, ey, in);
			if (rc2 || d->ncands == n || d->cands[n].dropped)
				return rc2;
			if ((rc2 = more_editions(d, s, n)) ||
			    (first_held && (rc2 = ordinal_editions(d, s, n))))
				return rc2;
			for (q = n; q < d->ncands; q++)
				d->cands[q].earlier = 1;
			return ENT_OK;
		}
	}
	if (trig != NONE && !s->forced_exercise) {
		/* "(ambassadors from) five countries participating in the
		 * drills - X, Y and Z - were present": more parties of the
		 * drill told before */
		size_t v = ex_participants_dash(d, s, trig), e;
		for (e = v == NONE ? v : v + 1; e != NONE && e < s->t1 && !ex_dash(d, e); e++)
			;
		if (v != NONE && ex_more_parties_sole(d, s, v + 1, e, NONE))
			return ENT_OK;
		/* "Participating in the drills were X and Y" */
		v = ex_part_inverted(d, s);
		if (v != NONE && trig < v &&
		    ex_more_parties_sole(d, s, v + 1, ex_list_end(d, s, v + 1), trig))
			return ENT_OK;
		/* "The participants of the multinational exercises this year
		 * were X, Y, ...": the parties of the drill told before */
		v = s->t0 + (kis(d, s->t0, "the") ? 1 : 0);
		if (v + 2 < trig && trig < v + 6 && kis(d, v, "participants") && kis(d, v + 1, "of")) {
			for (e = trig + 1; e < s->t1 && e < trig + 5 &&
					   !(kis(d, e, "are") || kis(d, e, "were") ||
					     kis(d, e, "include") || kis(d, e, "included"));
			     e++)
				;
			if (e < s->t1 && e < trig + 5 && ex_more_parties_sole(d, s, e + 1, s->t1, trig))
				return ENT_OK;
		}
	}
	if (trig == NONE && !s->forced_exercise) {
		size_t v = ex_participants_head(d, s);
		/* "In addition to (Besides, Along with) A and B, participating
		 * countries include C, D": the states set first take part too
		 * (stop 61) */
		size_t lf = v != NONE && ex_besides_open(d, s, v) ? s->t0 : v + 1;
		if (v != NONE && ex_more_parties_sole(d, s, lf, ex_list_end(d, s, v + 1), NONE))
			return ENT_OK;
		/* "Aircraft from X and Y will also participate" (only when
		 * a drill is in reach: most sentences name none) */
		/* the verb first: most sentences have none, and the reach of
		 * a drill named at the start looks at every drill told */
		v = ex_join_verb(d, s);
		if (v != NONE && ex_in_reach(d, s) && ex_more_parties(d, s, s->t0, v, NONE))
			return ENT_OK;
		v = ex_joined_by(d, s);
		if (v != NONE && ex_in_reach(d, s) &&
		    ex_more_parties(d, s, v + 1, ex_list_end(d, s, v + 1), NONE))
			return ENT_OK;
		v = ex_attend_verb(d, s);
		if (v != NONE && ex_in_reach(d, s) && ex_more_parties(d, s, s->t0, v, NONE))
			return ENT_OK;
		v = ex_named_subject(d, s);
		if (v != NONE && ex_in_reach(d, s) && ex_more_parties(d, s, v + 1, s->t1, NONE))
			return ENT_OK;
		v = ex_it_includes(d, s);
		if (v != NONE && ex_more_parties_sole(d, s, v + 1, s->t1, NONE))
			return ENT_OK;
		return rule_exercise_edition(d, s);
	}
	if (trig == NONE)
		trig = s->t0;
	has_name = kn == NONE && exercise_name(d, s, trig, &b0, &b1);
	if (!s->forced_exercise && trig > s->t0 && trig + 2 < s->t1 &&
	    (kis(d, trig - 1, "the") || kis(d, trig - 1, "this")) &&
	    (kis(d, trig + 1, "is") || kis(d, trig + 1, "was")) && kin(d, trig + 2, w_ex_called) &&
	    !(trig + 3 < s->t1 && kis(d, trig + 3, "off")) && ex_in_play(d, s->unit) &&
	    !unnamed_in_play(d, s))
		return ENT_OK; /* "In Indonesian, the exercise is called X": the
				* drill in play by another name */
	if (!s->forced_exercise && ex_summary(d, s, trig, has_name || kn != NONE))
		return ENT_OK;
	{
		/* "X has regarded Yn exercises ... with apprehension": drills
		 * judged, none held (stance.seen_warily) */
		size_t sv;
		if (!has_name && kn == NONE && !s->forced_exercise && seen_warily(d, s, trig, &sv))
			return ENT_OK;
	}
	/* a drill word with no name of its own: "opened Cobra Gold 2024, the
	 * largest exercise in Asia" */
	if (!has_name && kn == NONE && !s->forced_exercise && d->nxnames)
		kn = known_name(d, s, &kn_end, &kn_year, &kn_join);
	if (kn != NONE) {
		has_name = 1;
		b0 = d->t.v[kn].start;
		b1 = d->t.v[kn_end - 1].end;
	} else if (has_name && d->nxnames)
		kn_widen(d, s, &b0, &b1);
	/* "the exercise was ..." without a name refers back: nothing new,
	 * but the parties it lists after a verb of including or joining
	 * ("The wargames were joined by troops from X and Y") */
	size_t dur = trig;
	/* "The two-week exercise is being joined by ...", after a drill
	 * told and with no state before it, refers back too (stop 48) */
	if (!has_name && (d->last_exercise >= 0 || ex_pending(d, s) >= 0) &&
	    !ex_state_before(d, s, trig))
		dur = ex_past_duration(d, s, trig);
	/* "participate in the Australia-led exercise", after a drill told:
	 * the one in play, its leader named (stop 61) */
	if (!has_name && (d->last_exercise >= 0 || ex_pending(d, s) >= 0) && trig > s->t0 + 3 &&
	    (kis(d, trig - 1, "led") || kis(d, trig - 1, "hosted")) && kis(d, trig - 2, "-")) {
		const mention *ld = mention_at(d, s, trig - 3);
		if (ld && ld->t1 == trig - 2 && ent__is_state_mention(ld) && ld->t0 > s->t0 &&
		    kis(d, ld->t0 - 1, "the"))
			dur = ld->t0;
	}
	if (!has_name && trig > s->t0 && !s->forced_exercise &&
	    (kis(d, dur - 1, "the") || kis(d, dur - 1, "this") || kis(d, dur - 1, "that"))) {
		static const char *sub[] = {"after", "before", "following", "since", "when", NULL};
		size_t v = find_in(d, trig + 1, s->t1, w_ex_join), t2, q;
		int first_drill = 0;
		if (v != NONE) {
			/* "The exercise involved troops from X, Y and Z" told
			 * before any drill, no state before the drill word: the
			 * drill itself */
			if (ex_first(d) == NULL && d->last_exercise < 0 && ex_pending(d, s) < 0 &&
			    !ex_state_before(d, s, trig))
				first_drill = 1;
			else
				ex_more_parties_sole(d, s, v + 1, s->t1, trig);
		} else if ((v = find_in(d, trig + 1, s->t1, w_ex_participation)) != NONE &&
			   v + 2 < s->t1 && kis(d, v + 1, "of")) {
			/* "The drill was held with the participation of X, Y
			 * and Z" */
			ex_more_parties_sole(d, s, v + 2, s->t1, trig);
		} else if ((v = find_in(d, s->t0, trig, w_ex_cohost)) != NONE) {
			/* "X and Y are co-hosting the exercise (with Z and
			 * W)": the hosts and those it is held with take part */
			ex_more_parties_sole(d, s, s->t0, v, trig);
			if ((v = ex_participants_after(d, s, trig + 1, 1)) != NONE)
				ex_more_parties_sole(d, s, v, s->t1, trig);
			v = NONE;
		} else if ((v = ex_participants_after(d, s, trig + 1, 0)) != NONE) {
			/* "the exercise, with participation coming from 32
			 * countries in total: X, Y, ..." */
			ex_more_parties_sole(d, s, v, s->t1, trig);
			v = NONE;
		} else if ((v = find_in(d, s->t0, trig, w_ex_participation)) != NONE &&
			   kis(d, v + 1, "of")) {
			/* "With the participation of 40 navies, including X and
			 * Y, the drill began" */
			ex_more_parties(d, s, v + 1, trig, trig);
		} else if ((v = ex_held_by(d, s, trig)) != NONE) {
			/* "the drills (were) held by X and Y": the drill itself
			 * when none was told before, else more parties */
			if (ex_first(d) == NULL && d->last_exercise < 0 && ex_pending(d, s) < 0)
				first_drill = 1;
			else
				ex_more_parties_sole(d, s, v, s->t1, trig);
			v = NONE;
		} else {
			/* "Mongolia also took part in the drills", "Troops from
			 * X and Y joined the exercise" */
			static const char *join_in[] = {"joined", "participated", "participating",
							"participate", "part", "join", "joins",
							"joining", NULL};
			v = find_in(d, s->t0, trig, join_in);
			if (v != NONE && (!kis(d, v, "part") ||
					  (v > s->t0 && (kis(d, v - 1, "took") || kis(d, v - 1, "take") ||
							 kis(d, v - 1, "takes") || kis(d, v - 1, "taking"))))) {
				/* "Forces from X, Y and Z will take part in the
				 * drills" told before any drill: the drill itself */
				first_drill = ex_first(d) == NULL && d->last_exercise < 0 &&
							      ex_pending(d, s) < 0
						      ? 1
						      : (ex_more_parties_sole(d, s, s->t0, v, trig), 0);
				/* "X is expected to join the exercise, along with
				 * (NATO members) A, B and C": those too */
				if (!first_drill && trig + 3 < s->t1 && kis(d, trig + 1, ",") &&
				    kis(d, trig + 2, "along") && kis(d, trig + 3, "with"))
					ex_more_parties_sole(d, s, trig + 4, s->t1, trig);
				/* "Forces from 17 nations participated in the
				 * exercise, including X, Y and Z" */
				else if (!first_drill && trig + 2 < s->t1 && kis(d, trig + 1, ",") &&
					 kis(d, trig + 2, "including"))
					ex_more_parties_sole(d, s, trig + 3,
							     ex_list_end(d, s, trig + 3), trig);
			}
		}
		/* "The drill comes weeks after X held the Y exercise with Z":
		 * the clause after "after/before" tells a drill of its own */
		t2 = first_drill ? NONE : find_in(d, trig + 1, s->t1, w_exercise);
		q = t2 != NONE ? find_in(d, trig + 1, t2, sub) : NONE;
		if (q == NONE && t2 != NONE)
			q = find_in(d, trig + 1, t2, w_ex_coincide);
		if (q == NONE && !first_drill) {
			/* "..., but the exercise was called off": the unnamed
			 * drill just told in this sentence is none */
			if (v == NONE && d->last_exercise >= 0 &&
			    d->cands[d->last_exercise].unit == s->unit &&
			    !d->cands[d->last_exercise].f.name &&
			    (ex_put_off(d, s) || find_in(d, trig + 1, s->t1, w_cancel) != NONE))
				d->cands[d->last_exercise].dropped = 1;
			else if ((q = ex_listed_as_parties(d, s, trig)) != NONE)
				ex_more_parties(d, s, s->t0, q, trig);
			return ENT_OK;
		}
		if (q != NONE) {
			trig = t2;
			s = ex_coinciding_clause(d, s, q, &sub_span);
			has_name = exercise_name(d, s, trig, &b0, &b1);
		}
	}
	if (!has_name && ex_negated(d, s))
		return ENT_OK;
	if (!has_name && !s->forced_exercise && ex_test_setting(d, s, trig))
		return ENT_OK;
	if (!s->forced_exercise && ex_series_history(d, s, trig))
		return ENT_OK;
	/* "agreed to deepen ties and to hold more joint drills": an intention
	 * without a name is no exercise */
	if (!has_name && find_in(d, trig > s->t0 + 10 ? trig - 10 : s->t0, trig, intent) != NONE &&
	    !ex_dated_plan(d, s, trig))
		return ENT_OK;
	if (!has_name && drills_to_grow(d, s, trig))
		return ENT_OK;
	if (!has_name && !s->forced_exercise &&
	    (ex_agreement_object(d, s, trig) || ex_enabled_purpose(d, s, trig)))
		return ENT_OK; /* "an agreement on joint exercises" */

	if ((rc = ent__cand_new(d, ENT_FACT_EXERCISE, s->unit, &c)))
		return rc;
	ex_add_parties(d, s, trig, has_name, b0, b1, c);
	if (s->pair_def[0][0]) {
		ent_fact_add_participant(&c->f, s->pair_def[0]);
		ent_fact_add_participant(&c->f, s->pair_def[1]);
	}
	if (s->subj_def && s->subj_def->code && c->f.nparticipants > 0)
		/* "..., and held exercises with B": the first clause's
		 * subject (rule_exercises) */
		ent_fact_add_participant(&c->f, s->subj_def->code);
	{
		char ana[4][12];
		int w, na = anaphor_states(d, s, ana);
		for (w = 0; w < na; w++)
			ent_fact_add_participant(&c->f, ana[w]);
	}
	if (c->f.nparticipants < 2)
		ex_bloc_members(d, s, trig, c); /* "troops of the CSTO member nations" */
	{
		/* "the Russian drills" are Russia's alone; "simultaneous
		 * drills" are no joint one */
		const mention *own;
		int o = s->forced_exercise ? 0 : ex_owner(d, s, trig, &own);
		if (o == 2) {
			ex_drop_separate(d, s, trig);
			if (!has_name) {
				c->dropped = 1;
				return ENT_OK;
			}
		} else if (o == 1) {
			c->f.nparticipants = 0;
			ent_fact_add_participant(&c->f, own->code);
		}
	}
	if (!has_name && !s->forced_exercise && demonstrative_in_play(d, s, trig, c)) {
		c->dropped = 1; /* "These maneuvers involved 600 Russian ...":
				 * the drill in play told again (stop 39) */
		return ENT_OK;
	}
	if (c->f.nparticipants == 1 && !has_name && !s->forced_exercise) {
		const mention *fo = ex_forces_owner(d, s, trig, c->f.participants[0].s);
		if (fo)
			ent_fact_add_participant(&c->f, fo->code);
	}
	ent_fact_sort_codes(c->f.participants, c->f.nparticipants);
	if (has_name) {
		/* "Exercise Eagle Partner" is named Eagle Partner */
		if (b1 - b0 > 9 && !strncmp(d->text + b0, "Exercise ", 9))
			b0 += 9;
		c->f.name = ent__strndup(d->text + b0, b1 - b0);
		if (!c->f.name)
			return ENT_ENOMEM;
	}
	/* "Zapad-2021", "RIMPAC 24": the name's mark dates the drill */
	year = kn_year ? kn_year : exercise_year(d, s);
	/* a paragraph that opens "In 2019, ..." dates the drills it tells
	 * without a date of their own ("last month", "annually", "on
	 * Tuesday" are dates) */
	if (!year && !s->year_def && s->unit >= 0 && d->para_open_year &&
	    d->para_of_open == d->units[s->unit].para && !span_has(d, s, w_ex_rel_time))
		year = d->para_open_year;
	c->f.year = year ? year : s->year_def ? s->year_def : d->doc_year;
	c->f.confidence = 0.7;
	if (!has_name && c->f.nparticipants <= 1 && !s->forced_exercise &&
	    cooperation_included(d, s, trig)) {
		/* "Bilateral military cooperation has included joint
		 * exercises, a Japanese radar aid package ...": the pair the
		 * text is about, not the maker of goods named too (stop 58) */
		c->f.nparticipants = 0;
		if (d->nlast_set == 2) {
			ent_fact_add_participant(&c->f, d->last_set[0]);
			ent_fact_add_participant(&c->f, d->last_set[1]);
		} else if (d->focus[0][0]) {
			ent_fact_add_participant(&c->f, d->focus[0]);
			ent_fact_add_participant(&c->f, d->focus[1]);
		}
	}
	if (has_name && c->f.nparticipants == 0 && bilateral_named(d, s, trig, b0)) {
		/* "The bilateral 'Varuna' naval exercise will take place":
		 * a bilateral drill with no parties of its own is the
		 * document's main pair's */
		ent_fact_add_participant(&c->f, d->focus[0]);
		ent_fact_add_participant(&c->f, d->focus[1]);
	}
	/* a known name held by one state ("X launched Zapad") is no joint
	 * drill told; one state joining it is */
	if (c->f.nparticipants < 2 &&
	    !(has_name && c->f.nparticipants == 1 && (kn == NONE || kn_join))) {
		c->dropped = 1;
		if (has_name && c->f.nparticipants == 0 &&
		    (dubbed_in_play(d, s, trig) || the_named_in_play(d, s, b0) ||
		     definite_dubbed_in_play(d, s, trig) || observers_in_play(d, s))) {
			/* 'Dubbed "Sea Shield 2024," the joint exercise ...',
			 * "The Zapad 2025 manoeuvres ...": the name (and its
			 * year) of the drill just told */
			cand *lx = &d->cands[d->last_exercise];
			free(lx->f.name);
			lx->f.name = c->f.name;
			c->f.name = NULL;
			if (year && (!lx->f.year || lx->f.year == d->doc_year))
				lx->f.year = year;
			return ENT_OK;
		}
		/* a named drill without parties, or with its host alone ("The
		 * UAE hosted Desert Flag 10"), waits for a later list of them
		 * (exercise.pending) */
		if (has_name)
			d->pending_exercise = (int)(c - d->cands);
		return ENT_OK;
	}
	{
		/* "earlier (military) drills by X, Y and Z", "previous
		 * exercises by X": a drill before the one in play, of its
		 * own (merged with none of another year or name) */
		size_t b = trig, n = 0, u0 = s->unit >= 0 ? d->units[s->unit].t0 : s->t0;
		while (b > u0 && n < 2 && d->t.v[b - 1].kind == TK_WORD &&
		       !d->t.v[b - 1].upper && !kin(d, b - 1, w_ex_prior)) {
			b--;
			n++;
		}
		if (!has_name && b > u0 && kin(d, b - 1, w_ex_prior) && ex_first(d) != c)
			c->earlier = 1;
		/* "another joint anti-terrorist exercise, Desert Shield 2022,
		 * will take place": a drill other than the one in play, merged
		 * with none (stop 39) */
		for (b = trig, n = 0; b > u0 && n < 6 && !c->separate; b--, n++)
			if (kis(d, b - 1, "another"))
				c->separate = 1;
			else if (!(d->t.v[b - 1].kind == TK_WORD && !d->t.v[b - 1].upper) &&
				 !kis(d, b - 1, "-"))
				break;
	}
	{
		/* '"Peace Mission 2010," a ... military drill, concluded in
		 * Kazakhstan. ... During the 15-day joint drill, troops from
		 * A, B and C ...': an unnamed drill of several, the first
		 * told since a named one waited for its parties, is that
		 * drill (stop 40) */
		int pi = !has_name && !c->earlier && !c->separate && c->f.nparticipants >= 2
				 ? ex_pending(d, s)
				 : -1;
		int lone = 0;
		if (pi < 0 && !has_name && !c->earlier && !c->separate &&
		    c->f.nparticipants >= 2 && d->last_exercise >= 0 && s->unit >= 0) {
			/* ... or one told with its host alone ("concluded in
			 * Kazakhstan") */
			const cand *x = &d->cands[d->last_exercise];
			if (!x->dropped && x->f.nparticipants == 1 && x->unit < s->unit &&
			    s->unit - x->unit <= 6 &&
			    ent_fact_has_code(c->f.participants, c->f.nparticipants,
					      x->f.participants[0].s)) {
				pi = d->last_exercise;
				lone = 1;
			}
		}
		if (pi >= 0 && (!d->cands[pi].f.name ||
				(c->f.year && d->cands[pi].f.year &&
				 c->f.year != d->cands[pi].f.year)))
			pi = -1;
		if (pi >= 0) {
			cand *p = &d->cands[pi];
			c->f.name = p->f.name;
			p->f.name = NULL;
			if (!c->f.year)
				c->f.year = p->f.year;
			if (lone)
				p->dropped = 1;
			else
				d->pending_exercise = -1;
		}
	}
	d->last_exercise = (int)(c - d->cands);
	d->more_parties_unit = -1;
	if ((rc = emit(d, c, s, kn != NONE ? "exercise.known_name" : "exercise.trigger")))
		return rc;
	if ((rc = more_editions(d, s, (size_t)(c - d->cands))) ||
	    (rc = drills_after_years(d, s, (size_t)(c - d->cands))) || !has_name)
		return rc;
	return ex_paired_name(d, s, (size_t)(c - d->cands), b0);
}

/* Is the named exercise (trigger trig, name starting at byte b0) called
 * "bilateral" within three words before its name or trigger, in a document
 * whose main pair of states is named together in two units or more? */
static int bilateral_named(const dctx *d, const span *s, size_t trig, uint32_t b0)
{
	size_t i, first = trig;
	if (d->focus_n < 2 || !d->focus[0][0] || !d->focus[1][0])
		return 0;
	for (i = s->t0; i < trig; i++)
		if (d->t.v[i].start >= b0) {
			first = i;
			break;
		}
	for (i = first > s->t0 + 3 ? first - 3 : s->t0; i < first; i++)
		if (kis(d, i, "bilateral"))
			return 1;
	return 0;
}

/* "were held in 2014 in Kigamboni, Dar es Salaam, in 2019 in Mapinga,
 * and in September last year": is the year at token b joined to the one
 * ending before token a by places alone (commas, "and", "in / at / near",
 * capitalised words, short particles), its own "in (month)" right before
 * it?  Stop 39. */
static int edition_gap(const dctx *d, size_t a, size_t b)
{
	size_t i, in = b;
	if (b > a && d->t.v[b - 1].upper && kin(d, b - 1, w_months))
		in = b - 1;
	if (in <= a + 1 || b > a + 14 || !kis(d, in - 1, "in"))
		return 0;
	for (i = a; i + 1 < in; i++)
		if (!(kis(d, i, ",") || kis(d, i, "and") || kis(d, i, "in") || kis(d, i, "at") ||
		      kis(d, i, "near") ||
		      (d->t.v[i].kind == TK_WORD && (d->t.v[i].upper || d->t.v[i].keylen <= 3))))
			return 0;
	return 1;
}

/* "held similar drills in 2019 and 2022": the years joined to the
 * exercise's own year by "and" or a comma, or by places (edition_gap),
 * are further editions of it, each a copy of candidate ci with that
 * year; "2019/2020" is one edition. */
static int more_editions(dctx *d, const span *s, size_t ci)
{
	size_t k;
	int rc, last = d->cands[ci].f.year;
	for (k = s->m0 + 1; k < s->m1; k++) {
		const mention *y = M(d, k), *p = M(d, k - 1);
		cand *one;
		/* a run of years joined to the exercise's own: "in 2019, 2021
		 * and 2022" */
		if (y->kind != MK_YEAR || p->kind != MK_YEAR || y->from_month || p->from_month ||
		    p->year != last || y->year == d->cands[ci].f.year)
			continue;
		if (y->t0 == p->t1 + 1 && kis(d, p->t1, "/")) {
			last = y->year; /* "in 2019/2020": one edition */
			continue;
		}
		if (!(y->t0 == p->t1 + 1 && (kis(d, p->t1, "and") || kis(d, p->t1, ","))) &&
		    !edition_gap(d, p->t1, y->t0))
			continue;
		last = y->year;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		one->f.year = y->year;
	}
	return ENT_OK;
}

/* "the fourth joint exercise between Tanzania and China, after exercises
 * in 2014, 2019/20, and September 2023": drills of the same parties held
 * before, one per year of the run after "after (following) (earlier)
 * exercises (drills) in" ("2019/20" one), each an unnamed copy of
 * candidate ci (stop 65). */
static int drills_after_years(dctx *d, const span *s, size_t ci)
{
	static const char *w_after[] = {"after", "following", NULL};
	static const char *w_adj[] = {"the", "earlier", "previous", "past", "similar", "joint",
				      "bilateral", "military", NULL};
	static const char *w_drills[] = {"exercises", "drills", "manoeuvres", "maneuvers", NULL};
	size_t i, j = 0, k;
	int rc, last = 0;
	for (i = s->t0 + 1; i + 3 < s->t1; i++) {
		if (!kin_local(d, i, w_after))
			continue;
		for (j = i + 1; j < s->t1 && j < i + 4 && kin_local(d, j, w_adj); j++)
			;
		if (j + 2 < s->t1 && kin_local(d, j, w_drills) && kis(d, j + 1, "in"))
			break;
	}
	if (i + 3 >= s->t1)
		return ENT_OK;
	j += 2;
	for (k = s->m0; k < s->m1 && M(d, k)->t0 < j; k++)
		;
	for (; k < s->m1; k++) {
		const mention *y = M(d, k);
		cand *one;
		size_t q;
		if (y->kind != MK_YEAR || y->from_month)
			break;
		for (q = j; q < y->t0; q++)
			if (!(kis(d, q, ",") || kis(d, q, "and") || kis(d, q, "/") ||
			      kin(d, q, w_months) || d->t.v[q].kind == TK_NUM))
				break;
		if (q < y->t0)
			break;
		j = y->t1;
		if (y->year == last || y->year == d->cands[ci].f.year || y->t0 < 1 ||
		    kis(d, y->t0 - 1, "/"))
			continue;
		last = y->year;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		ent__free(one->f.name);
		one->f.name = NULL;
		one->f.year = y->year;
		one->earlier = 1;
	}
	return ENT_OK;
}

/* "the Shygys 2019 and Center 2019 military drills": a name (capitalised
 * words, up to four, then its edition year) joined by "and" to the name of
 * exercise candidate ci (starting at byte b0) is another drill of the same
 * parties, a copy of ci with that name and year. */
static int ex_paired_name(dctx *d, const span *s, size_t ci, uint32_t b0)
{
	size_t i, j, end, first, n = 0;
	int rc, year;
	cand *one;
	for (i = s->t0 + 2; i < s->t1 && d->t.v[i].start < b0; i++)
		;
	if (i >= s->t1 || d->t.v[i].start != b0 || !kis(d, i - 1, "and"))
		return ENT_OK;
	end = j = i - 2;
	/* "the Sahel and Saharan exercise" is one name: the first ends on
	 * its edition year */
	if (j == s->t0 || !four_digits(d, j))
		return ENT_OK;
	year = atoi(K(j));
	j--;
	for (first = NONE; is_name_word(d, j) && !starts_actor(d, s, j); j--) {
		first = j;
		if (++n == 4 || j == s->t0)
			break;
	}
	if (first == NONE)
		return ENT_OK;
	if ((rc = cand_clone(d, ci, s->unit, &one)))
		return rc;
	ent__free(one->f.name);
	one->f.name = ent__strndup(d->text + d->t.v[first].start,
				   d->t.v[end].end - d->t.v[first].start);
	if (!one->f.name)
		return ENT_ENOMEM;
	one->f.year = year;
	return ENT_OK;
}

/* Does a clause with no subject of its own open at token v: ", and"
 * right before it, a verb of holding at v and a drill word within three
 * words after it ("..., and held separate exercises with B")? */
static int subjectless_drill_clause(const dctx *d, const span *s, size_t v)
{
	size_t j;
	if (v < s->t0 + 2 || v + 1 >= s->t1 || !kis(d, v - 1, "and") || !kis(d, v - 2, ",") ||
	    !kin(d, v, w_ex_held))
		return 0;
	for (j = v + 1; j < s->t1 && j < v + 4; j++)
		if (KIN(d, j, w_exercise))
			return 1;
	return 0;
}

/* The subject of the clause before token end: its first state, a name
 * or a demonym ("US ships conducted drills"), that no preposition
 * governs; or NULL. */
static const mention *ex_clause_subject(const dctx *d, const span *s, size_t end)
{
	static const char *preps[] = {"with", "from", "to", "for", "by", "of", "against", "in",
				      "near", "off", "at", "on", NULL};
	size_t k;
	for (k = s->m0; k < s->m1 && M(d, k)->t1 <= end; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || !m->code)
			continue;
		if (m->t0 > s->t0 && kin(d, m->t0 - 1, preps))
			continue;
		return m;
	}
	return NULL;
}

/* A sentence may report two exercises in two clauses ("X held A with Y,
 * and the army trains with Z in drills dubbed B"): each clause holding an
 * exercise word is read alone when there are two. */
/* Where the clause after token i begins when i ends one for exercises: a
 * clause break, "after/following" itself, or ", (just) weeks after" /
 * ", days before" (another drill told as the time of this one); 0 when i
 * ends none. */
static size_t ex_clause_next(const dctx *d, const span *s, size_t i)
{
	static const char *soon[] = {"just", "only", "barely", "some", "a", "few", NULL};
	static const char *units[] = {"days", "weeks", "months", "day", "week", "month", NULL};
	size_t j;
	if (clause_break(d, s, i))
		return kis(d, i, ";") ? i + 1 : i + 2;
	/* "The army held drills last week after previous exercises by X
	 * and Y": the drill after "after" is another one */
	if ((kis(d, i, "after") || kis(d, i, "following")) && i > s->t0 + 2 &&
	    !kis(d, i - 1, ","))
		return i + 1;
	/* "The drills followed (preceded) similar exercises between A and
	 * B": the object drill is another one */
	if ((kis(d, i, "followed") || kis(d, i, "follows") || kis(d, i, "preceded") ||
	     kis(d, i, "precedes")) &&
	    i > s->t0 + 1) {
		for (j = i + 1; j < s->t1 && j < i + 4; j++)
			if (KIN(d, j, w_exercise))
				return i + 1;
	}
	if (!kis(d, i, ","))
		return 0;
	/* "X conducted drills with A, and held separate exercises with B":
	 * a second drill, its subject the first clause's (stop 38) */
	if (subjectless_drill_clause(d, s, i + 2))
		return i + 2;
	/* cheap first: "after"/"before" within five words of the comma */
	for (j = i + 2; j < s->t1 && j < i + 6; j++)
		if (kis(d, j, "after") || kis(d, j, "before"))
			break;
	if (j >= s->t1 || j >= i + 6)
		return 0;
	for (j = i + 1; j < s->t1 && j < i + 4 && (kin(d, j, soon) || KIN(d, j, w_numwords) ||
						    d->t.v[j].kind == TK_NUM);
	     j++)
		;
	if (j == i + 1 || j >= s->t1 || !kin(d, j, units))
		return 0;
	j++;
	if (j + 2 < s->t1 && (kis(d, j, "after") || kis(d, j, "before")))
		return j + 1;
	return 0;
}

/* "It is the seventh edition of the bilateral exercise ... The first,
 * third and fifth editions were conducted in India in 2003, 2006 and 2014":
 * an ordinal ending a list right before "editions" and a verb of holding
 * after it (or before the list: "India had conducted the first, third and
 * fifth editions in 2003, 2006 and 2014", stop 65), with years: one
 * earlier edition per year of the drill in play (told within four units
 * before, two parties or more), a copy of it (stop 36). *made is set when
 * it made them. */
static int listed_editions(dctx *d, const span *s, int *made)
{
	static const char *w_nth[] = {"first", "second", "third", "fourth", "fifth", "sixth",
				      "seventh", "eighth", "ninth", "tenth", NULL};
	size_t e, k, v;
	int rc, ci = d->last_exercise;
	*made = 0;
	for (e = s->t0 + 1; e + 3 < s->t1 && !kis(d, e, "editions"); e++)
		;
	if (e + 3 >= s->t1 || !kin_local(d, e - 1, w_nth) || ci < 0 || s->unit < 0 ||
	    d->cands[ci].dropped || d->cands[ci].f.type != ENT_FACT_EXERCISE ||
	    d->cands[ci].f.nparticipants < 2 || d->cands[ci].unit < 0 ||
	    d->cands[ci].unit + 4 < s->unit)
		return ENT_OK;
	for (v = e + 1; v < s->t1 && v < e + 4 && !kin(d, v, w_ex_held); v++)
		;
	if (v >= s->t1 || v >= e + 4) {
		/* "India had conducted the first, third and fifth editions in
		 * 2003, 2006 and 2014": the verb before the ordinals (stop
		 * 65) */
		for (v = e; v > s->t0 && v + 10 > e && !kin(d, v - 1, w_ex_held); v--)
			;
		if (v == s->t0 || v + 10 <= e || !kin(d, v - 1, w_ex_held))
			return ENT_OK;
		v = e;
	}
	for (k = s->m0; k < s->m1; k++) {
		const mention *y = M(d, k);
		cand *one;
		if (y->kind != MK_YEAR || y->t0 <= v)
			continue;
		if ((rc = cand_clone(d, (size_t)ci, s->unit, &one)))
			return rc;
		one->f.year = y->year;
		one->earlier = 1;
		*made = 1;
	}
	return ENT_OK;
}

int rule_exercises(dctx *d, const span *s)
{
	size_t i, c0 = s->t0, n = 0, nx;
	int rc, made;
	if ((rc = listed_editions(d, s, &made)) || made)
		return rc;
	if (s->forced_exercise)
		return rule_exercise(d, s);
	for (i = s->t0 + 1; i + 2 < s->t1; i++) {
		span a = *s;
		if (!(nx = ex_clause_next(d, s, i)))
			continue;
		narrow(d, &a, c0, i);
		n += find_in(d, a.t0, a.t1, w_exercise) != NONE || kn_drill_in(d, &a);
		c0 = nx;
	}
	if (c0 == s->t0 || n == 0)
		return rule_exercise(d, s);
	{
		span last = *s;
		narrow(d, &last, c0, s->t1);
		if (find_in(d, last.t0, last.t1, w_exercise) == NONE && !kn_drill_in(d, &last))
			return rule_exercise(d, s);
	}
	c0 = s->t0;
	for (i = s->t0 + 1; i <= s->t1; i++) {
		span a = *s;
		nx = 0;
		if (i < s->t1 && (i + 2 >= s->t1 || !(nx = ex_clause_next(d, s, i))))
			continue;
		narrow(d, &a, c0, i);
		/* the first clause's subject holds the second drill too */
		a.subj_def = c0 > s->t0 && subjectless_drill_clause(d, s, c0)
				     ? ex_clause_subject(d, s, c0 - 2)
				     : NULL;
		if ((find_in(d, a.t0, a.t1, w_exercise) != NONE || kn_drill_in(d, &a)) &&
		    (rc = rule_exercise(d, &a)))
			return rc;
		if (i < s->t1)
			c0 = nx;
	}
	return ENT_OK;
}

/* Has the document an exercise of year y with the parties of c? */
static int edition_known(const dctx *d, const cand *c, int y)
{
	size_t k, q;
	for (k = 0; k < d->ncands; k++) {
		const cand *x = &d->cands[k];
		if (x->dropped || x->f.type != ENT_FACT_EXERCISE || x->f.year != y ||
		    x->f.nparticipants != c->f.nparticipants)
			continue;
		for (q = 0; q < c->f.nparticipants; q++)
			if (strcmp(x->f.participants[q].s, c->f.participants[q].s))
				break;
		if (q == c->f.nparticipants)
			return 1;
	}
	return 0;
}

/* "Saudi Arabia and China have launched their third joint naval exercise,
 * Blue Sword 2025 ... the Blue Sword series, which began with Blue Sword
 * 2019 in Jeddah. The second round, Blue Sword 2023, was held in
 * Zhanjiang": a drill of two states named with its edition's year, named
 * again anywhere in the document with another year (not after the
 * document's), is that edition of the same pair, told in the sentence that
 * names it (exercise.named_edition, stop 40).  A drill of more states is
 * left alone: the parties of a multilateral series change.  One pass over
 * the year tokens, each compared with the names (at most 32), so a long
 * document of many drills costs no more than a pass per name. */
int ent__named_editions(dctx *d)
{
	enum { MAXQ = 32 };
	size_t q[MAXQ], nq = 0, ci, n = d->ncands, a, j, ui = 0;
	/* the drills of a pair named with a year, one per name */
	for (ci = 0; ci < n && nq < MAXQ; ci++) {
		const char *name = d->cands[ci].f.name;
		size_t len = name ? strlen(name) : 0;
		if (d->cands[ci].dropped || d->cands[ci].f.type != ENT_FACT_EXERCISE || len < 7 ||
		    d->cands[ci].f.nparticipants != 2 || strspn(name + len - 4, "0123456789") != 4 ||
		    name[len - 5] != ' ' || !isupper((unsigned char)name[0]) ||
		    d->cands[ci].f.year <= 0)
			continue;
		for (a = 0; a < nq; a++)
			if (strlen(d->cands[q[a]].f.name) == len &&
			    !strncmp(d->cands[q[a]].f.name, name, len - 5))
				break;
		if (a == nq)
			q[nq++] = ci;
	}
	/* each year token of the text after one of those names: one pass */
	for (j = 1; nq && j < d->t.n; j++) {
		size_t k = j - 1;
		if (!four_digits(d, j))
			continue;
		if (kis(d, k, "-") && k > 0)
			k--;
		for (a = 0; a < nq; a++) {
			const cand *c = &d->cands[q[a]];
			size_t plen = strlen(c->f.name) - 5, at;
			uint32_t e = d->t.v[k].end;
			int rc, y = atoi(K(j)), base = c->f.year;
			cand *one;
			if (e < plen || strncmp(d->text + e - plen, c->f.name, plen))
				continue;
			/* the name opens on a token of its own */
			for (at = k; at > 0 && d->t.v[at].start > e - plen; at--)
				;
			if (d->t.v[at].start != e - plen || !d->t.v[at].upper)
				continue;
			if (y == base || y < 1950 || y > (d->doc_year > base ? d->doc_year : base) ||
			    edition_known(d, c, y))
				continue;
			while (ui + 1 < d->nunits && d->units[ui].t1 <= j)
				ui++;
			if ((rc = cand_clone(d, q[a], (int)ui, &one)))
				return rc;
			cand_clear_evidence(one);
			one->f.year = y;
			ent__free(one->f.name);
			one->f.name = ent__strndup(d->text + d->t.v[at].start,
						   d->t.v[j].end - d->t.v[at].start);
			if (!one->f.name)
				return ENT_ENOMEM;
			if ((rc = ent__add_unit_evidence(d, one, (int)ui, "exercise.named_edition")))
				return rc;
		}
	}
	return ENT_OK;
}
