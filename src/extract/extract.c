/*
 * extract.c - the extractor: gazetteer + rules, and the document-level work.
 *
 * For each document: tokenise, find money/years (patterns.c) and gazetteer
 * mentions, lay out units (layout.c), run the rules (frames.c), then:
 *   1. decide who supplies whom where a deal names only a pair: a weapon's
 *      maker, else the direction the document itself states for that pair,
 *      else the bigger arms exporter (data/exporters.tsv), else the party
 *      named first is taken as the buyer;
 *   2. join "the $2 billion deal" statements to the deal with that value;
 *   3. turn other states named in a deal's component rows into partners;
 *   4. merge statements of the same fact (ent_fact_same) into one fact with
 *      all their evidence.
 */
#include "extract/extract_internal.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

struct ent_extractor {
	gazetteer *gz;
};

int ent_extractor_new(ent_extractor **out, const ent_extract_options *opts, ent_error *err)
{
	ent_extractor *x;
	int rc;
	*out = NULL;
	if (opts && opts->version != ENT_EXTRACT_OPTIONS_VERSION)
		return ent_error_set(err, ENT_EUSAGE, "extract options version %u not supported",
				     opts->version);
	x = ent__calloc(1, sizeof *x);
	if (!x)
		return ent_error_set(err, ENT_ENOMEM, "out of memory");
	rc = ent__gazetteer_load(&x->gz, opts ? opts->data_dir : NULL,
				 opts ? opts->isocodes_dir : NULL, err);
	if (rc) {
		ent__free(x);
		return rc;
	}
	*out = x;
	return ENT_OK;
}

void ent_extractor_free(ent_extractor *x)
{
	if (!x)
		return;
	ent__gazetteer_free(x->gz);
	ent__free(x);
}

const char *ent_extractor_actor(ent_extractor *x, const char *name)
{
	return ent__gazetteer_actor(x->gz, name);
}

int ent__extractor_dump_phrases(ent_extractor *x, const char *path);
int ent__extractor_dump_phrases(ent_extractor *x, const char *path)
{
	return ent__gazetteer_dump_phrases(x->gz, path);
}

/* ---- mentions ---------------------------------------------------------------- */

static int cmp_mention(const void *a, const void *b)
{
	const mention *x = a, *y = b;
	if (x->t0 != y->t0)
		return x->t0 < y->t0 ? -1 : 1;
	return 0;
}

/* A demonym of two states ("Congolese": COG, else COD; also as "the
 * Congolese government", a state mention with alt set) stands for its
 * other state in a document that names that state (name or capital) and
 * never its first one ("the Democratic Republic of Congo ... the Congolese
 * government").  Two walks over the mentions. */
static int named_in(const char (*codes)[12], size_t n, const char *c)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strcmp(codes[i], c) == 0)
			return 1;
	return 0;
}

/* "the North" and "the South" of Korean reporting ("Seoul condemned the
 * North's missile launches"): in a document that names North Korea, "the
 * North" (capitalised, no capitalised word after it: not "the North
 * Atlantic") is it; "the South" is South Korea when the document names
 * both Koreas (not "the South China Sea"). */
/* Does one of the first n mentions hold token i? */
static int covered(const dctx *d, size_t n, size_t i)
{
	size_t k;
	for (k = 0; k < n; k++)
		if (d->m.v[k].t0 <= i && i < d->m.v[k].t1)
			return 1;
	return 0;
}

/* Is token i the word w (n letters)?  Its length first: most tokens fail
 * there without a comparison. */
static int tok_is(const dctx *d, size_t i, const char *w, size_t n)
{
	return d->t.v[i].keylen == n && memcmp(TKEY(&d->t, i), w, n) == 0;
}

/* Add a mention of the state code over tokens [t0, t1), possessive when
 * "'s" follows: a name the gazetteer does not know that the document makes
 * stand for a state ("the North", "the PN", "the Coast Guard"). */
static int push_state_mention(dctx *d, size_t t0, size_t t1, const char *code)
{
	mention y;
	memset(&y, 0, sizeof y);
	y.kind = MK_ACTOR;
	y.gz = GZ_STATE;
	y.t0 = t0;
	y.t1 = t1;
	y.start = d->t.v[t0].start;
	y.end = d->t.v[t1 - 1].end;
	y.code = code;
	y.possessive = t1 < d->t.n && strcmp(TKEY(&d->t, t1), "'s") == 0;
	return ent__mentions_push(&d->m, &y);
}

static int korea_short_names(dctx *d)
{
	/* the codes, not the mentions: pushing below may move d->m.v */
	const char *north = NULL, *south = NULL;
	size_t i, n = d->m.n;
	int rc;
	for (i = 0; i < n; i++) {
		const mention *m = &d->m.v[i];
		if (m->kind != MK_ACTOR || !m->code || m->gz == GZ_FIRM || m->gz == GZ_WEAPON)
			continue;
		if (!north && !strcmp(m->code, "PRK"))
			north = m->code;
		else if (!south && !strcmp(m->code, "KOR"))
			south = m->code;
	}
	if (!north)
		return ENT_OK;
	for (i = 1; i < d->t.n; i++) {
		const tok *t = &d->t.v[i], *nx = i + 1 < d->t.n ? &d->t.v[i + 1] : NULL;
		const char *code;
		if (t->kind != TK_WORD || !t->upper || t->keylen != 5 ||
		    strcmp(TKEY(&d->t, i - 1), "the") != 0)
			continue;
		if (!strcmp(TKEY(&d->t, i), "north"))
			code = north;
		else if (!strcmp(TKEY(&d->t, i), "south") && south)
			code = south;
		else
			continue;
		if (nx && nx->kind == TK_WORD && nx->upper)
			continue; /* "the North Atlantic", "the South China Sea" */
		if (covered(d, n, i))
			continue; /* a gazetteer name holds the word already */
		if ((rc = push_state_mention(d, i, i + 1, code)))
			return rc;
	}
	return ENT_OK;
}

static void alt_demonyms(dctx *d)
{
	char alts[8][12], named[8][12];
	size_t na = 0, nn = 0, k;
	for (k = 0; k < d->m.n; k++) {
		const mention *m = &d->m.v[k];
		if (m->kind == MK_ACTOR && m->alt && m->code && na < 7 &&
		    !named_in((const char (*)[12])alts, na, m->alt)) {
			snprintf(alts[na++], sizeof alts[0], "%s", m->alt);
			if (na < 8)
				snprintf(alts[na++], sizeof alts[0], "%s", m->code);
		}
	}
	if (!na)
		return;
	/* which of those codes the document names outright */
	for (k = 0; k < d->m.n; k++) {
		const mention *m = &d->m.v[k];
		if (m->kind == MK_ACTOR && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL) && m->code &&
		    !m->alt && named_in((const char (*)[12])alts, na, m->code) &&
		    !named_in((const char (*)[12])named, nn, m->code) && nn < 8)
			snprintf(named[nn++], sizeof named[0], "%s", m->code);
	}
	for (k = 0; k < d->m.n; k++) {
		mention *m = &d->m.v[k];
		if (m->kind == MK_ACTOR && m->alt && m->code &&
		    named_in((const char (*)[12])named, nn, m->alt) &&
		    !named_in((const char (*)[12])named, nn, m->code))
			m->code = m->alt;
	}
}

/* Abbreviations a document defines for a state's forces or bodies:
 * "the Pakistan Navy (PN)", "the Indian Air Force (IAF)", also the other
 * way round in brackets: "the Fuerza Aerea Colombiana (FAC — Colombian
 * Air Force)".  Later uses of
 * the abbreviation ("the PN inducted two frigates") stand for that state.
 * Gazetteer mentions are d->m.v[from..n), in token order. */
#define ABBR_MAX 8
static int abbreviations(dctx *d, size_t from)
{
	struct {
		const char *key;
		const char *code;
		size_t after;
	} ab[ABBR_MAX];
	size_t nab = 0, k, i, j, n = d->m.n;
	unsigned char *covered;
	int rc = ENT_OK;
	for (k = from; k < n && nab < ABBR_MAX; k++) {
		const mention *m = &d->m.v[k];
		if (m->kind != MK_ACTOR || (m->gz != GZ_STATE && m->gz != GZ_DEMONYM) || !m->code)
			continue;
		/* up to three capitalised words after the state, then "(ABBR)" */
		for (i = m->t1; i < d->t.n && i < m->t1 + 4; i++) {
			const tok *x = &d->t.v[i];
			if (x->kind == TK_PUNCT && strcmp(TKEY(&d->t, i), "(") == 0)
				break;
			if (x->kind != TK_WORD || !x->upper)
				break;
		}
		if (i == m->t1 || i + 2 >= d->t.n || strcmp(TKEY(&d->t, i), "(") != 0 ||
		    strcmp(TKEY(&d->t, i + 2), ")") != 0)
			continue;
		{
			const tok *a = &d->t.v[i + 1];
			if (a->kind != TK_WORD || !a->allcaps || a->keylen < 2 || a->keylen > 6)
				continue;
		}
		ab[nab].key = TKEY(&d->t, i + 1);
		ab[nab].code = m->code;
		ab[nab].after = i + 3;
		nab++;
	}
	/* "(FAC — Colombian Air Force)", "(PAF, the Pakistan Air Force)": the
	 * abbreviation first, then a dash or comma and the state's body */
	for (k = from; k < n && nab < ABBR_MAX; k++) {
		const mention *m = &d->m.v[k];
		const tok *a;
		i = m->t0;
		if (m->kind != MK_ACTOR || (m->gz != GZ_STATE && m->gz != GZ_DEMONYM) || !m->code)
			continue;
		if (i >= 1 && strcmp(TKEY(&d->t, i - 1), "the") == 0)
			i--;
		if (i < 3 || strcmp(TKEY(&d->t, i - 3), "(") != 0 ||
		    (strcmp(TKEY(&d->t, i - 1), "-") != 0 && strcmp(TKEY(&d->t, i - 1), ",") != 0))
			continue;
		a = &d->t.v[i - 2];
		if (a->kind != TK_WORD || !a->allcaps || a->keylen < 2 || a->keylen > 6)
			continue;
		/* a body of the state after it: "Colombian Air Force)" */
		for (j = m->t1; j < d->t.n && j < m->t1 + 4 && d->t.v[j].kind == TK_WORD &&
				d->t.v[j].upper;
		     j++)
			;
		if (j == m->t1 || j >= d->t.n || strcmp(TKEY(&d->t, j), ")") != 0)
			continue;
		ab[nab].key = TKEY(&d->t, i - 2);
		ab[nab].code = m->code;
		ab[nab].after = j + 1;
		nab++;
	}
	if (!nab)
		return ENT_OK;
	covered = ent__calloc(d->t.n ? d->t.n : 1, 1);
	if (!covered)
		return ENT_ENOMEM;
	for (k = 0; k < n; k++)
		for (i = d->m.v[k].t0; i < d->m.v[k].t1 && i < d->t.n; i++)
			covered[i] = 1;
	for (j = 0; j < nab && rc == ENT_OK; j++) {
		for (i = ab[j].after; i < d->t.n && rc == ENT_OK; i++) {
			const tok *x = &d->t.v[i];
			if (covered[i] || x->kind != TK_WORD || !x->allcaps ||
			    strcmp(TKEY(&d->t, i), ab[j].key) != 0)
				continue;
			covered[i] = 1;
			rc = push_state_mention(d, i, i + 1, ab[j].code);
		}
	}
	ent__free(covered);
	return rc;
}

/* "The flagship Multi-Mission Radar (MMR) ... 130 MMRs have been
 * delivered": an abbreviation in brackets right after a named system
 * stands, later, for that system (its plural with "s" too); a weapon
 * mention is added over each later use (stop 66).  Gazetteer mentions
 * are d->m.v[from..n), in token order. */
static int weapon_abbreviations(dctx *d, size_t from)
{
	size_t k, i, n = d->m.n, nab = 0;
	int rc = ENT_OK;
	for (k = from; k < n && rc == ENT_OK && nab < ABBR_MAX; k++) {
		const mention *m = &d->m.v[k];
		const tok *a;
		const char *key;
		size_t len;
		if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON || !m->canon || m->t1 + 2 >= d->t.n ||
		    !tok_is(d, m->t1, "(", 1) || !tok_is(d, m->t1 + 2, ")", 1))
			continue;
		a = &d->t.v[m->t1 + 1];
		if (a->kind != TK_WORD || !a->allcaps || a->keylen < 2 || a->keylen > 6)
			continue;
		key = TKEY(&d->t, m->t1 + 1);
		len = a->keylen;
		nab++; /* each definition scans the rest of the text once */
		for (i = m->t1 + 3; i < d->t.n && rc == ENT_OK; i++) {
			const tok *x = &d->t.v[i];
			mention y;
			size_t j;
			if (x->kind != TK_WORD || !x->upper ||
			    !(x->keylen == len ||
			      (x->keylen == len + 1 && TKEY(&d->t, i)[len] == 's')) ||
			    strncmp(TKEY(&d->t, i), key, len) != 0)
				continue; /* the abbreviation, or its plural */
			for (j = from; j < n; j++)
				if (d->m.v[j].t0 <= i && d->m.v[j].t1 > i)
					break;
			if (j < n)
				continue; /* a name the gazetteer knows */
			y = d->m.v[k];
			y.t0 = i;
			y.t1 = i + 1;
			y.start = x->start;
			y.end = x->end;
			rc = ent__mentions_push(&d->m, &y);
		}
	}
	return rc;
}

/* The words of a state's armed service that a text names with its owner
 * first ("U.S. Coast Guard", "the Colombian Navy", "Pakistan's Air Force")
 * and later bare ("The Coast Guard has transferred ..."). */
static const char *const body_words[][2] = {
	{"coast", "guard"}, {"air", "force"}, {"marine", "corps"}, {"navy", NULL}, {"army", NULL}};
#define NBODY (sizeof body_words / sizeof body_words[0])

/* The service of body_words that starts at token i, capitalised: its
 * index (its length in *len), or -1. */
static int body_at(const dctx *d, size_t i, size_t *len)
{
	size_t b, n = d->t.v[i].keylen;
	char c;
	if (!d->t.v[i].upper || d->t.v[i].kind != TK_WORD || n < 3 || n > 6)
		return -1;
	c = TKEY(&d->t, i)[0];
	if (c != 'c' && c != 'a' && c != 'm' && c != 'n')
		return -1; /* the first letter rules out most words */
	for (b = 0; b < NBODY; b++) {
		if (strcmp(TKEY(&d->t, i), body_words[b][0]) != 0)
			continue;
		if (!body_words[b][1]) {
			*len = 1;
			return (int)b;
		}
		if (i + 1 < d->t.n && d->t.v[i + 1].upper &&
		    strcmp(TKEY(&d->t, i + 1), body_words[b][1]) == 0) {
			*len = 2;
			return (int)b;
		}
	}
	return -1;
}

/* "The U.S. Coast Guard ... The Coast Guard has transferred patrol boats to
 * A and B": a service named after "the" with no owner stands for the state
 * that owned the same service the last time the text named it (a state,
 * demonym or possessive right before it); a mention of that state is added
 * over the service's words (stop 63). */
static int body_anaphora(dctx *d, size_t from)
{
	const char *owner[NBODY] = {NULL};
	int *end_at;
	size_t i, k, n = d->m.n, len = 0;
	int rc = ENT_OK, b;
	if (d->t.n < 3)
		return ENT_OK;
	/* most documents name no service twice: look before allocating */
	for (i = 1, k = 0; i + 1 < d->t.n && k < 2; i++)
		k += d->t.v[i].upper && body_at(d, i, &len) >= 0;
	if (k < 2)
		return ENT_OK;
	end_at = ent__calloc(d->t.n + 1, sizeof *end_at);
	if (!end_at)
		return ENT_ENOMEM;
	for (k = from; k < n; k++) {
		const mention *m = &d->m.v[k];
		/* the token after the owner: past the "'s" of a possessive */
		size_t after = m->possessive ? m->t1 + 1 : m->t1;
		if (m->kind == MK_ACTOR && m->code && after <= d->t.n &&
		    (m->gz == GZ_STATE || m->gz == GZ_DEMONYM))
			end_at[after] = (int)k + 1;
	}
	for (i = 1; i + 1 < d->t.n && rc == ENT_OK; i++) {
		if (!d->t.v[i].upper || (b = body_at(d, i, &len)) < 0)
			continue;
		if (end_at[i]) {
			owner[b] = d->m.v[end_at[i] - 1].code;
		} else if (owner[b] && strcmp(TKEY(&d->t, i - 1), "the") == 0) {
			rc = push_state_mention(d, i, i + len, owner[b]);
		}
		i += len - 1;
	}
	ent__free(end_at);
	return rc;
}

/* Is key one of the words of list (NULL-terminated)? */
static int key_in(const char *key, const char *const *list)
{
	size_t i;
	for (i = 0; list[i]; i++)
		if (strcmp(key, list[i]) == 0)
			return 1;
	return 0;
}

/* May token i follow "the latter (former)" standing for a state: "'s", an
 * auxiliary, "also", or a word in small letters ending in -ed? */
static int stands_alone_before(const tokens *t, size_t i)
{
	static const char *const aux[] = {"'s", "has", "had", "have", "is", "was", "were", "will",
					  "would", "also", "said", "says", "sold", "bought", "took",
					  "signed", "agreed", "then", "later", NULL};
	const char *k = TKEY(t, i);
	size_t n = strlen(k);
	return key_in(k, aux) || (!t->v[i].upper && n > 4 && !strcmp(k + n - 2, "ed"));
}

/* "... by Estonia and Latvia. On November 30, the latter signed": "the
 * latter" ("the former") stands for the second (first) of the latest pair
 * of states joined by "and" within the 80 tokens before it, no other
 * name of a state or firm between; a mention of that state is added over
 * the two words (stop 64). The mentions are not sorted yet: two tables by
 * token, built at the first such phrase, keep each look-up constant. */
static int latter_former(dctx *d)
{
	size_t i, j, k, n = d->m.n;
	int *end_at = NULL;     /* 1 + the first state mention ending at a token */
	size_t *min_end = NULL; /* the least end of a named actor starting there */
	int rc = ENT_OK;
	for (i = 1; i + 1 < d->t.n && rc == ENT_OK; i++) {
		const char *key;
		const mention *a = NULL, *b = NULL;
		if (d->t.v[i].keylen != 6) /* "latter", "former" */
			continue;
		key = TKEY(&d->t, i);
		if ((key[0] != 'l' || strcmp(key, "latter")) &&
		    (key[0] != 'f' || strcmp(key, "former")))
			continue;
		if (strcmp(TKEY(&d->t, i - 1), "the") != 0)
			continue;
		/* "the former Soviet Union", "the former president", "the
		 * latter half of 2023": only before punctuation, "'s", an
		 * auxiliary or a verb in -ed does the phrase stand alone */
		if (d->t.v[i + 1].kind == TK_WORD && !stands_alone_before(&d->t, i + 1))
			continue;
		if (!end_at) {
			end_at = ent__calloc(d->t.n + 1, sizeof *end_at);
			min_end = ent__calloc(d->t.n + 1, sizeof *min_end);
			if (!end_at || !min_end) {
				rc = ENT_ENOMEM;
				break;
			}
			for (k = n; k-- > 0;) {
				const mention *m = &d->m.v[k];
				if (m->kind != MK_ACTOR || !m->code || m->t1 > d->t.n)
					continue;
				if (!m->possessive && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL))
					end_at[m->t1] = (int)k + 1;
				if (m->gz != GZ_WEAPON &&
				    (!min_end[m->t0] || m->t1 < min_end[m->t0]))
					min_end[m->t0] = m->t1;
			}
		}
		for (j = i - 1; j > 2 && j + 80 > i && !b; j--) {
			size_t e;
			const mention *y = end_at[j] ? &d->m.v[end_at[j] - 1] : NULL;
			if (!y)
				continue;
			e = y->t0;
			if (e > 0 && strcmp(TKEY(&d->t, e - 1), "the") == 0)
				e--;
			if (e < 2 || strcmp(TKEY(&d->t, e - 1), "and") != 0)
				continue;
			a = end_at[e - 1] ? &d->m.v[end_at[e - 1] - 1] : NULL;
			if (a && strcmp(a->code, y->code))
				b = y;
		}
		/* another state named between: the pair is not the latest
		 * thing told ("... Romania and Ukraine have been Vietnam's
		 * suppliers ... Israeli products. The latter have included") */
		for (j = b ? b->t1 : i; j < i; j++)
			if (min_end[j] && min_end[j] < i)
				b = NULL;
		if (b)
			rc = push_state_mention(d, i - 1, i + 1, key[0] == 'l' ? b->code : a->code);
	}
	ent__free(end_at);
	ent__free(min_end);
	return rc;
}

/* Words of state power a demonym may stand before: "Turkish President",
 * "the Indian government", "Pakistani leadership". */
static int state_title(const char *key)
{
	static const char *const titles[] = {"president", "premier", "prime", "government",
					     "leadership", "authorities", "ministry", "king", "emir",
					     "chancellor", "foreign", "defence", "defense", NULL};
	return key_in(key, titles);
}

/* Does a combining form end before token h ("Indo" + "-French",
 * "Sino" + "-Pakistani"): a hyphen with no spaces, then a state, demonym
 * or another combining form ("Indo-Pacific" is none)? */
static int prefix_joins_state(const dctx *d, size_t h)
{
	const gz_entry *e;
	size_t n = 0;
	if (h + 1 >= d->t.n || strcmp(TKEY(&d->t, h), "-") != 0 || d->t.v[h].space_before ||
	    d->t.v[h + 1].space_before)
		return 0;
	e = ent__gazetteer_match(d->gz, &d->t, h + 1, &n);
	return e && (e->kind == GZ_STATE || e->kind == GZ_DEMONYM || e->kind == GZ_PREFIX);
}

/* Does "-based" follow a capital ending before token h, and no firm or
 * government within the three words after it ("the Paris-based FATF",
 * not "a Paris-based firm", "the Tripoli-based government")? */
static int capital_based_body(const dctx *d, size_t h)
{
	static const char *const own[] = {"firm", "company", "manufacturer", "maker",
					   "contractor", "shipbuilder", "shipyard", "group",
					   "government", "administration", "authorities", NULL};
	size_t j, k;
	if (h + 1 >= d->t.n || strcmp(TKEY(&d->t, h), "-") != 0 || d->t.v[h].space_before ||
	    strcmp(TKEY(&d->t, h + 1), "based") != 0)
		return 0;
	for (j = h + 2; j < d->t.n && j < h + 5; j++)
		for (k = 0; own[k]; k++)
			if (strcmp(TKEY(&d->t, j), own[k]) == 0)
				return 0;
	return 1;
}

/* Does a capital ending before token h name an event held there: a
 * capitalised "Air Show", "Airshow", "Summit", "Conference", "Forum" or
 * "Expo" right after it ("At the 2025 Paris Air Show, Embraer and the
 * Royal Netherlands Air Force signed", stop 59)? */
static int capital_event(const dctx *d, size_t h)
{
	static const char *const ev[] = {"airshow", "summit", "conference", "forum", "expo",
					  NULL};
	if (h >= d->t.n || !d->t.v[h].upper)
		return 0;
	if (key_in(TKEY(&d->t, h), ev))
		return 1;
	return h + 1 < d->t.n && !strcmp(TKEY(&d->t, h), "air") && d->t.v[h + 1].upper &&
	       !strcmp(TKEY(&d->t, h + 1), "show");
}

/* Is the one-word state name at token i a person's surname: a
 * capitalised given name before it, and a rank or form of address before
 * that ("Col. David Jordan", "Mr. Michael Chad")? */
static int titled_surname(const dctx *d, size_t i)
{
	size_t g, k;
	if (i < 2 || d->t.v[i - 1].kind != TK_WORD || !d->t.v[i - 1].upper ||
	    d->t.v[i - 1].allcaps)
		return 0;
	g = i - 2;
	if (strcmp(TKEY(&d->t, g), ".") == 0 && g > 0)
		g--;
	for (k = 0; w_rank[k]; k++)
		if (strcmp(TKEY(&d->t, g), w_rank[k]) == 0)
			return d->t.v[g].upper;
	return 0;
}

/* Is token i a verb of saying right next to a name ("said Jordan",
 * "Jordan said")? */
static int saying_word(const dctx *d, size_t i)
{
	static const char *const w[] = {"said", "says", "added", "told", "noted", NULL};
	return i < d->t.n && key_in(TKEY(&d->t, i), w);
}

static const char *const byline_months[] = {"january", "february", "march", "april", "may",
					    "june", "july", "august", "september", "october",
					    "november", "december", NULL};

/* Is token j a month's name or its abbreviation, capitalised? */
static int month_word(const dctx *d, size_t j)
{
	const char *key = TKEY(&d->t, j);
	size_t kl = d->t.v[j].keylen, k;
	if (kl < 3 || d->t.v[j].kind != TK_WORD || !d->t.v[j].upper)
		return 0;
	for (k = 0; byline_months[k]; k++)
		if (strncmp(key, byline_months[k], kl) == 0)
			return (int)k + 1;
	return 0;
}

/* Is token j a capitalised month name, or its first three letters or more,
 * with a day number after it ("June 21", "Jul 28")? */
static int byline_month(const dctx *d, size_t j)
{
	return j + 1 < d->t.n && d->t.v[j + 1].kind == TK_NUM && d->t.v[j + 1].keylen <= 2 &&
	       month_word(d, j);
}

/* Is token j part of a capitalised word in brackets, "(AFP)", "(Yonhap)"? */
static int bracketed_agency(const dctx *d, size_t j)
{
	size_t w;
	if (strcmp(TKEY(&d->t, j), "(") == 0)
		w = j + 1;
	else if (strcmp(TKEY(&d->t, j), ")") == 0 && j > 0)
		w = j - 1;
	else
		w = j;
	return w > 0 && w + 1 < d->t.n && d->t.v[w].kind == TK_WORD && d->t.v[w].upper &&
	       strcmp(TKEY(&d->t, w - 1), "(") == 0 && strcmp(TKEY(&d->t, w + 1), ")") == 0;
}

/* The end of the place of a wire dateline opening the line at token i: one
 * to four capitalised words and a comma, twice at most ("NEW DELHI,",
 * "ANKARA, Turkey,"); i when there is none. */
static size_t dateline_place_end(const dctx *d, size_t i)
{
	size_t j = i, end = i;
	int groups = 0, w;
	while (groups < 2) {
		for (w = 0; j < d->t.n && w < 4 && d->t.v[j].kind == TK_WORD && d->t.v[j].upper;
		     j++, w++)
			;
		if (!w || j >= d->t.n ||
		    (strcmp(TKEY(&d->t, j), ",") != 0 && strcmp(TKEY(&d->t, j), ":") != 0) ||
		    byline_month(d, j - 1))
			break;
		end = ++j;
		groups++;
	}
	return end;
}

/* The month of an ISO date whose year is token j ("2024-11-24", also
 * "2024/11/24"), or 0. */
static int iso_date_month(const dctx *d, size_t j)
{
	long mo, dd;
	if (j + 4 >= d->t.n ||
	    !(strcmp(TKEY(&d->t, j + 1), "-") == 0 || strcmp(TKEY(&d->t, j + 1), "/") == 0) ||
	    strcmp(TKEY(&d->t, j + 3), TKEY(&d->t, j + 1)) != 0 || d->t.v[j + 2].kind != TK_NUM ||
	    d->t.v[j + 2].keylen > 2 || d->t.v[j + 4].kind != TK_NUM || d->t.v[j + 4].keylen > 2)
		return 0;
	mo = strtol(TKEY(&d->t, j + 2), NULL, 10);
	dd = strtol(TKEY(&d->t, j + 4), NULL, 10);
	return mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 ? (int)mo : 0;
}

/* A short line of names that ends in a date, "Outlook Web Bureau 05
 * October 2018", "Staff Reporter October 5, 2018" (a wire's name in
 * brackets among them: "Washington DC (UPI) Feb 25, 2020"), or that opens with an
 * ISO date and a source, "2022-01-23, BNS/TBT Staff": a byline.  The line
 * starts at token i; sets *year and *month. */
static int names_and_date_line(const dctx *d, size_t i, int *year, int *month)
{
	size_t e, n = 0, j, last;
	long v;
	int mo;
	for (e = i; e < d->t.n && d->t.v[e].kind != TK_NEWLINE; e++)
		n++;
	if (n >= 6 && d->t.v[i].kind == TK_NUM && d->t.v[i].keylen == 4 &&
	    !strcmp(TKEY(&d->t, i + 5), ",") && (mo = iso_date_month(d, i)) != 0) {
		v = strtol(TKEY(&d->t, i), NULL, 10);
		if (v < 1950 || v > 2049)
			return 0;
		*year = (int)v;
		*month = mo;
		return 1;
	}
	if (n < 4 || n > 10)
		return 0;
	last = e - 1;
	v = strtol(TKEY(&d->t, last), NULL, 10);
	if (d->t.v[last].kind != TK_NUM || d->t.v[last].keylen != 4 || v < 1950 || v > 2049)
		return 0;
	j = last - 1;
	if (j > i && !strcmp(TKEY(&d->t, j), ","))
		j--;
	if (d->t.v[j].kind == TK_NUM && d->t.v[j].keylen <= 2 && j > i && month_word(d, j - 1))
		j--; /* "October 5, 2018" */
	if (!(mo = month_word(d, j)))
		return 0;
	if (j > i && d->t.v[j - 1].kind == TK_NUM && d->t.v[j - 1].keylen <= 2)
		j--; /* "05 October 2018" */
	if (j == i)
		return 0; /* a date alone: byline_date's own case */
	for (e = i; e < j; e++)
		if (!bracketed_agency(d, e) && /* "Washington DC (UPI) Feb 25, 2020" */
		    (d->t.v[e].kind != TK_WORD || !d->t.v[e].upper || month_word(d, e)))
			return 0;
	*year = (int)v;
	*month = mo;
	return 1;
}

/* A whole date with its weekday in the first twelve lines, inside other
 * words ("... signing bilateral agreements in Rio de Janeiro, Tuesday,
 * Dec. 23, 2008."): a photo caption's or a dateline's, the document's year
 * and month when neither a line of its own nor the document's metadata
 * gives them (stop 36). */
static void weekday_date(dctx *d)
{
	static const char *wd[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
				   "saturday", "sunday", NULL};
	size_t i, lines = 0;
	for (i = 0; i + 5 < d->t.n && lines < 12; i++) {
		size_t j;
		int mo;
		long y;
		if (d->t.v[i].kind == TK_NEWLINE) {
			lines++;
			continue;
		}
		if (!d->t.v[i].upper || !key_in(TKEY(&d->t, i), wd) ||
		    strcmp(TKEY(&d->t, i + 1), ",") != 0)
			continue;
		j = i + 2;
		if (!(mo = month_word(d, j)))
			continue;
		j++;
		if (strcmp(TKEY(&d->t, j), ".") == 0)
			j++; /* "Dec." */
		if (j + 2 >= d->t.n || d->t.v[j].kind != TK_NUM || d->t.v[j].keylen > 2 ||
		    strcmp(TKEY(&d->t, j + 1), ",") != 0 || d->t.v[j + 2].kind != TK_NUM ||
		    d->t.v[j + 2].keylen != 4)
			continue;
		y = strtol(TKEY(&d->t, j + 2), NULL, 10);
		if (y < 1950 || y > 2049)
			continue;
		d->doc_year = (int)y;
		d->doc_month = mo;
		return;
	}
}

/* A line near the top of a document that came without a date and holds
 * nothing but a date ("Sep 22, 2020", "Saturday, December 1, 2012, 11:37
 * AM") is its byline: the document's year and month.  So is the date of a
 * wire dateline before its dash ("NEW DELHI, March 3, 2021 (Reuters) -"). */
static void byline_date(dctx *d)
{
	static const char *ok[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
				   "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
				   "thur", "thurs", "fri", "sat", "sun", "am", "pm", "a.m.",
				   "p.m.", "gmt", "utc",
				   "updated", "published", "posted", "on", "at", ",", ".", ":", "-",
				   "|", "/", "ist", "est", "edt", "cst", "cdt", "pst", "pdt", "bst",
				   "cet", "cest", "msk", "pkt", "jst", "kst", "pt", "et", "ct", "mt",
				   "ict", "hkt", "sgt", "aest", "aedt", "wib", "gst", "eet", "eest",
				   "hrs", "min", "read", "last", NULL};
	size_t i = 0, lines = 0, j, k;
	while (i < d->t.n && lines < 12) {
		int month = 0, year = 0, bad = 0, n = 0, by = 0;
		size_t place = d->t.v[i].upper ? dateline_place_end(d, i) : i;
		if (names_and_date_line(d, i, &year, &month)) {
			d->doc_year = year;
			d->doc_month = month;
			return;
		}
		for (j = i; j < d->t.n && d->t.v[j].kind != TK_NEWLINE; j++) {
			const char *key = TKEY(&d->t, j);
			size_t kl = d->t.v[j].keylen;
			int hit = 0;
			n++;
			if (j < place)
				continue; /* the place of a dateline */
			if (place > i && !bad && month && year && n <= 18 &&
			    (strcmp(key, "-") == 0 ||
			     (strcmp(key, "(") == 0 && bracketed_agency(d, j)))) {
				/* "WARSAW, July 27, 2022 - ...", "New Delhi,
				 * October 29, 2014 (Agencies) Brushing aside" */
				d->doc_year = year;
				d->doc_month = month;
				return;
			}
			if (n > 1 && !bad && month && year && strcmp(key, "by") == 0) {
				/* "16th August 2022 By: Name - Editor": a date
				 * and then its author (stop 39) */
				d->doc_year = year;
				d->doc_month = month;
				return;
			}
			if (n == 1 && strcmp(key, "by") == 0) {
				/* "By Name Surname June 21, 2024": the names of a
				 * byline come before its date */
				by = 1;
				n = 0;
				continue;
			}
			if (by && !month && !byline_month(d, j)) {
				n = 0;
				continue;
			}
			if (strcmp(key, "published") == 0 || strcmp(key, "posted") == 0) {
				/* "(Source: Agency; published Oct 22, 2015)": the date
				 * after the word is the byline */
				month = year = bad = n = 0;
				continue;
			}
			if (bad || n > 18)
				continue; /* no date line, unless "published" follows */
			if (n == 1 && strcmp(key, "(") == 0)
				continue;
			if (strcmp(key, ")") == 0 && (j + 1 == d->t.n ||
						       d->t.v[j + 1].kind == TK_NEWLINE))
				continue;
			if ((k = (size_t)month_word(d, j)) != 0) {
				month = (int)k;
				hit = 1;
			}
			for (k = 0; ok[k] && !hit; k++)
				hit = strcmp(key, ok[k]) == 0;
			/* a time zone's offset: "Jul 10, 2024 (GMT+09:00)" */
			if (!hit && j + 1 < d->t.n && strcmp(key, "(") == 0)
				hit = strcmp(TKEY(&d->t, j + 1), "gmt") == 0 ||
				      strcmp(TKEY(&d->t, j + 1), "utc") == 0;
			if (!hit && j > i && (strcmp(key, "+") == 0 || strcmp(key, "-") == 0))
				hit = strcmp(TKEY(&d->t, j - 1), "gmt") == 0 ||
				      strcmp(TKEY(&d->t, j - 1), "utc") == 0;
			/* a wire dateline: the agency's name and a comma first
			 * ("Xinhua, August 5, 2015") */
			if (!hit && j == i && d->t.v[j].kind == TK_WORD && d->t.v[j].upper &&
			    j + 1 < d->t.n && strcmp(TKEY(&d->t, j + 1), ",") == 0)
				hit = 1;
			/* or the place and the agency in brackets ("Bogota
			 * (AFP) Nov 15, 2025") */
			if (!hit && j == i && d->t.v[j].kind == TK_WORD && d->t.v[j].upper &&
			    j + 1 < d->t.n && bracketed_agency(d, j + 1))
				hit = 1;
			/* a wire agency in brackets ("Stockholm, Dec 6 (AFP)
			 * Dec 06, 2024") */
			if (!hit)
				hit = bracketed_agency(d, j);
			/* "January 14th, 2024": a day with its ordinal ending */
			if (!hit && d->t.v[j].kind == TK_WORD && kl >= 3 && kl <= 4 &&
			    key[0] >= '0' && key[0] <= '9' &&
			    (!strcmp(key + kl - 2, "st") || !strcmp(key + kl - 2, "nd") ||
			     !strcmp(key + kl - 2, "rd") || !strcmp(key + kl - 2, "th")) &&
			    (kl == 3 || (key[1] >= '0' && key[1] <= '9')))
				hit = 1;
			if (!hit && j > i && d->t.v[j].kind == TK_WORD && kl == 2 &&
			    d->t.v[j - 1].kind == TK_NUM && d->t.v[j - 1].keylen <= 2 &&
			    d->t.v[j].start == d->t.v[j - 1].end &&
			    (!strcmp(key, "st") || !strcmp(key, "nd") || !strcmp(key, "rd") ||
			     !strcmp(key, "th")))
				hit = 1; /* "14" "th" as two tokens */
			/* "14.01.2024": day, month and year in one number */
			if (!hit && d->t.v[j].kind == TK_NUM && kl == 10 && key[2] == '.' &&
			    key[5] == '.') {
				long dd = strtol(key, NULL, 10), mo = strtol(key + 3, NULL, 10),
				     yy = strtol(key + 6, NULL, 10);
				if (dd >= 1 && dd <= 31 && mo >= 1 && mo <= 12 && yy >= 1950 &&
				    yy <= 2049) {
					year = (int)yy;
					month = (int)mo;
					hit = 1;
				}
			}
			/* "2024.08.29": year, month and day in one number */
			if (!hit && d->t.v[j].kind == TK_NUM && kl == 10 && key[4] == '.' &&
			    key[7] == '.') {
				long yy = strtol(key, NULL, 10), mo = strtol(key + 5, NULL, 10),
				     dd = strtol(key + 8, NULL, 10);
				if (dd >= 1 && dd <= 31 && mo >= 1 && mo <= 12 && yy >= 1950 &&
				    yy <= 2049) {
					year = (int)yy;
					month = (int)mo;
					hit = 1;
				}
			}
			if (!hit && d->t.v[j].kind == TK_NUM) {
				long v = strtol(key, NULL, 10);
				hit = 1;
				if (kl == 4 && v >= 1950 && v <= 2049) {
					year = (int)v;
					/* "2024-11-24": an ISO date, its month
					 * after the first dash */
					if (!month)
						month = iso_date_month(d, j);
				} else if (kl >= 6 && kl <= 7 && key[kl - 5] == ',' && v >= 1 &&
					 v <= 31 && (v = strtol(key + kl - 4, NULL, 10)) >= 1950 &&
					 v <= 2049)
					year = (int)v; /* "July 05,2023": the day glued to the year */
				else if (kl > 2)
					hit = 0;
				/* "Published on 16/08/2021 at 12:19": a date in
				 * figures, day/month/year (or month/day/year when
				 * the first is no month) */
				if (kl == 4 && year && j >= i + 4 && !month &&
				    strcmp(TKEY(&d->t, j - 1), "/") == 0 &&
				    strcmp(TKEY(&d->t, j - 3), "/") == 0 &&
				    d->t.v[j - 2].kind == TK_NUM && d->t.v[j - 4].kind == TK_NUM &&
				    d->t.v[j - 2].keylen <= 2 && d->t.v[j - 4].keylen <= 2) {
					long a = strtol(TKEY(&d->t, j - 4), NULL, 10);
					long b = strtol(TKEY(&d->t, j - 2), NULL, 10);
					if (b >= 1 && b <= 12 && a >= 1 && a <= 31)
						month = (int)b;
					else if (a >= 1 && a <= 12 && b >= 1 && b <= 31)
						month = (int)a;
				}
			}
			if (!hit && month && year && n <= 18 && d->t.v[j].kind == TK_WORD &&
			    strpbrk(key, "0123456789")) {
				/* "Updated: September 15, 2025 15:05
				 * IST2025-09-15T15:02": machine stamps glued
				 * after a whole date */
				d->doc_year = year;
				d->doc_month = month;
				return;
			}
			if (!hit)
				bad = 1;
		}
		if (n > 0) {
			if (!bad && month && year && n <= 18) {
				d->doc_year = year;
				d->doc_month = month;
				return;
			}
			lines++;
		}
		i = j + 1;
	}
}

static const char *const leader_titles[] = {"minister", "secretary", "leader", "vice",
					     "deputy", "crown", "prince", "supreme", "mr", "mrs",
					     "ms", "sheikh", "ayatollah", "chairman", "general",
					     NULL};

/* The first token of the titles of state that end at token i ("Prime
 * Minister" before a name), or i when there are none. */
static size_t title_start(const dctx *d, size_t i)
{
	size_t j = i, k;
	while (j > 0 && d->t.v[j - 1].kind == TK_WORD) {
		int title = state_title(TKEY(&d->t, j - 1));
		for (k = 0; leader_titles[k] && !title; k++)
			title = strcmp(TKEY(&d->t, j - 1), leader_titles[k]) == 0;
		if (!title)
			break;
		j--;
	}
	return j;
}

/* Does a title of state with a state before it end at token i ("Turkish
 * President", "Turkey's Foreign Minister")?  The name after it is the
 * titled person of find_persons, not a mention of its own. */
static int after_state_title(const dctx *d, size_t i)
{
	size_t j = title_start(d, i);
	const mention *m;
	if (j == i || !d->m.n)
		return 0;
	m = &d->m.v[d->m.n - 1];
	return m->kind == MK_ACTOR && (m->gz == GZ_STATE || m->gz == GZ_DEMONYM) &&
	       (m->t1 == j || (m->possessive && m->t1 + 1 == j));
}

/* Is the surname at token i written with a given name the table does not
 * know, inside a sentence ("to Hunter Biden"): another person? */
static int other_given_name(const dctx *d, size_t i)
{
	const tok *g;
	if (i < 2 || title_start(d, i) != i)
		return 0;
	g = &d->t.v[i - 1];
	return g->kind == TK_WORD && g->upper && !g->allcaps &&
	       (d->t.v[i - 2].kind == TK_WORD || strcmp(TKEY(&d->t, i - 2), ",") == 0);
}

/* The state a leader's name at token i (entry e, n tokens) stands for, or
 * NULL: a full name is its row's state (none after a state's title, where
 * find_persons takes it); a surname alone is the state of that surname's
 * full name seen earlier (seen[], nseen), else, when leaders.tsv lets it
 * stand alone, the one state of the rows with that surname, or of the
 * rows in office in the document's year. */
static const char *leader_state(const dctx *d, const gz_entry *e, size_t i, const char **seen,
				const char **seen_code, size_t *nseen, size_t cseen)
{
	size_t q;
	int titled = after_state_title(d, i);
	if (e->category == 0) {
		/* a full name after a state's title ("South Korean President
		 * Yoon Suk Yeol") is find_persons'; its surname later still
		 * stands for the state */
		for (q = 0; q < *nseen; q++)
			if (strcmp(seen[q], e->canon) == 0)
				break;
		if (q == *nseen && *nseen < cseen) {
			seen[*nseen] = e->canon;
			seen_code[(*nseen)++] = e->code;
		}
		return titled ? NULL : e->code;
	}
	if (titled || other_given_name(d, i))
		return NULL;
	/* by value: the full name's entry and the surname's each hold
	 * their own copy of the key */
	for (q = 0; q < *nseen; q++)
		if (strcmp(seen[q], e->canon) == 0)
			return seen_code[q];
	return e->category == 1 ? ent__gazetteer_leader(d->gz, e->canon, d->doc_year) : NULL;
}

/* Is the match [i, i+n) "America(n)" after a word that makes it a
 * region: "Latin / Central / South / North / Pan American", "South
 * America"? */
static int region_of_america(const dctx *d, size_t i, size_t n)
{
	static const char *const w_region[] = {"latin", "central", "south", "north", "pan",
					       "meso", "hispanic", NULL};
	const char *k = TKEY(&d->t, i);
	size_t r;
	if (n != 1 || i == 0 || !d->t.v[i - 1].upper ||
	    !(strcmp(k, "america") == 0 || strcmp(k, "american") == 0 ||
	      strcmp(k, "americans") == 0))
		return 0;
	for (r = 0; w_region[r]; r++)
		if (strcmp(TKEY(&d->t, i - 1), w_region[r]) == 0)
			return 1;
	/* "Latin-American": the hyphen between */
	return i >= 2 && strcmp(TKEY(&d->t, i - 1), "-") == 0 && d->t.v[i - 2].upper &&
	       (strcmp(TKEY(&d->t, i - 2), "latin") == 0 ||
		strcmp(TKEY(&d->t, i - 2), "south") == 0 ||
		strcmp(TKEY(&d->t, i - 2), "central") == 0);
}

/* After a state's name or demonym ending at token j: "News Agency",
 * "(Central / State / Official) News Agency", capitalised; the token after
 * "Agency", or 0. */
static size_t news_agency_after(const dctx *d, size_t j)
{
	if (j + 2 < d->t.n && d->t.v[j].upper && d->t.v[j + 1].upper && d->t.v[j + 2].upper &&
	    strcmp(TKEY(&d->t, j + 1), "news") == 0 && strcmp(TKEY(&d->t, j + 2), "agency") == 0)
		j++; /* one word before "News Agency" */
	if (j + 1 < d->t.n && d->t.v[j].upper && d->t.v[j + 1].upper &&
	    strcmp(TKEY(&d->t, j), "news") == 0 && strcmp(TKEY(&d->t, j + 1), "agency") == 0)
		return j + 2;
	return 0;
}

/* Does a carrier's noun follow token j ("cargo company", "-based freight
 * airline", "shipping firm")?  The state is the carrier's home, no party
 * to what it carries (stop 37: "delivered by a Ukraine-based cargo
 * company"). */
static int freight_carrier(const dctx *d, size_t j)
{
	static const char *const w_freight[] = {"cargo", "freight", "shipping", "logistics",
						"charter", NULL};
	static const char *const w_firm[] = {"company", "companies", "firm", "airline",
					     "carrier", "operator", NULL};
	if (j + 2 < d->t.n && !strcmp(TKEY(&d->t, j), "-") && !strcmp(TKEY(&d->t, j + 1), "based"))
		j += 2;
	return j + 1 < d->t.n && key_in(TKEY(&d->t, j), w_freight) &&
	       key_in(TKEY(&d->t, j + 1), w_firm);
}

/* Does a noun of the press follow token j ("news agency (agencies)",
 * "state media", "state television", "news outlets")?  Not "media" alone:
 * "According to Thai media, the country's navy ..." still names the
 * country. */
static int demonym_press(const dctx *d, size_t j)
{
	const char *a, *b;
	if (j >= d->t.n)
		return 0;
	a = TKEY(&d->t, j);
	b = j + 1 < d->t.n ? TKEY(&d->t, j + 1) : "";
	if (!strcmp(a, "news"))
		return !strcmp(b, "agency") || !strcmp(b, "agencies") || !strcmp(b, "outlet") ||
		       !strcmp(b, "outlets");
	if (!strcmp(a, "state"))
		return !strcmp(b, "media") || !strcmp(b, "television") || !strcmp(b, "tv");
	return 0;
}

/* A verb of selling, sending or giving, which may take its receiver
 * right after it ("sent Ukraine tanks")? */
static int give_verb_key(const char *k)
{
	static const char *const w_give[] = {"sell",     "sells",     "sold",     "send",
					     "sends",    "sent",      "give",     "gives",
					     "gave",     "gift",      "gifted",   "supply",
					     "supplies", "supplied",  "supplying", "provide",
					     "provides", "provided",  "providing", NULL};
	return key_in(k, w_give);
}

/* "a deal for US jets", "South Korea howitzers", "China drones": a state's
 * name right before goods, used as its demonym, names the goods' maker:
 * the mention reads as a demonym.  Not after a preposition of place or
 * direction ("sold to Ukraine tanks"), nor a possessive. */
static void attributive_states(dctx *d)
{
	static const char *const w_place_prep[] = {"to", "from", "with", "by", "in", "at", "into",
						   "against", "on", "of", NULL};
	size_t k, p;
	for (k = 0; k + 1 < d->m.n; k++) {
		mention *m = &d->m.v[k];
		const mention *w = &d->m.v[k + 1];
		int prep = 0;
		if (m->kind != MK_ACTOR || m->gz != GZ_STATE || m->possessive || !m->code ||
		    w->kind != MK_ACTOR || w->gz != GZ_WEAPON || w->t0 != m->t1)
			continue;
		/* goods of war, not a service ("Thailand upgrade its fleet"),
		 * and not an event ("Chile missile test angers Peru") */
		if (w->category == ENT_CAT_MAINTENANCE || w->category == ENT_CAT_TRAINING ||
		    w->category == ENT_CAT_TECHNOLOGY_TRANSFER || w->category == ENT_CAT_OTHER ||
		    (w->t1 < d->t.n && (strcmp(TKEY(&d->t, w->t1), "test") == 0 ||
					strcmp(TKEY(&d->t, w->t1), "tests") == 0 ||
					strcmp(TKEY(&d->t, w->t1), "launch") == 0 ||
					strcmp(TKEY(&d->t, w->t1), "launches") == 0 ||
					strcmp(TKEY(&d->t, w->t1), "strike") == 0 ||
					strcmp(TKEY(&d->t, w->t1), "strikes") == 0 ||
					strcmp(TKEY(&d->t, w->t1), "attack") == 0 ||
					strcmp(TKEY(&d->t, w->t1), "attacks") == 0)))
			continue;
		if (m->t0 > 0) {
			/* over "the": "versions of the US F-16" */
			size_t b = m->t0 - 1;
			if (b > 0 && strcmp(TKEY(&d->t, b), "the") == 0)
				b--;
			for (p = 0; w_place_prep[p] && !prep; p++)
				prep = strcmp(TKEY(&d->t, b), w_place_prep[p]) == 0;
			/* "the delivery of Challenger 2 tanks, France AMX-10 RC
			 * light tanks and ...": a name after a comma, its own
			 * goods after it, may be a seller with the verb left
			 * out (frames_deal.c gapped_sellers); it stays a name */
			if (b == m->t0 - 1 && strcmp(TKEY(&d->t, b), ",") == 0 &&
			    d->t.v[m->t0].upper && !d->t.v[m->t0].allcaps)
				prep = 1;
		}
		if (!prep && m->t0 > 0 && give_verb_key(TKEY(&d->t, m->t0 - 1))) {
			/* "The US sent Ukraine Abrams tanks": after a verb of
			 * giving, with no "to" further on, the state receives
			 * (frames_deal.c double_object_buyer); "sold US tanks
			 * to Y" keeps the maker */
			size_t j;
			prep = 1;
			for (j = w->t1; j < d->t.n && j < w->t1 + 10; j++) {
				const char *key = TKEY(&d->t, j);
				if (!strcmp(key, ".") || !strcmp(key, ";"))
					break;
				if (!strcmp(key, "to")) {
					prep = 0;
					break;
				}
			}
		}
		if (!prep) {
			m->gz = GZ_DEMONYM;
			m->name_on_goods = 1;
		}
	}
}

/* "Hyundai Rotem will ship K2 tanks", "to ship howitzers": is mention k the
 * word "ship(s)" after a modal or "to" (over a hyphen: "will-ship" in an
 * address), the verb and no goods? */
static int ship_verb_at(const dctx *d, size_t k)
{
	static const char *const w_modal_to[] = {"will", "would", "to", "can", "could", "shall",
						 "may", "might", "must", "should", "did", "does",
						 "do", NULL};
	const mention *m = &d->m.v[k];
	size_t b, p;
	if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON || m->t1 != m->t0 + 1 || m->t0 == 0 ||
	    (strcmp(TKEY(&d->t, m->t0), "ship") != 0 && strcmp(TKEY(&d->t, m->t0), "ships") != 0))
		return 0;
	b = m->t0 - 1;
	if (b > 0 && strcmp(TKEY(&d->t, b), "-") == 0)
		b--;
	for (p = 0; w_modal_to[p]; p++)
		if (strcmp(TKEY(&d->t, b), w_modal_to[p]) == 0)
			return 1;
	return 0;
}

/* "to China's Taiwan region", "China's Taiwan.": is mention k a state's
 * possessive right before another state's name that ends the phrase (a
 * word of region, or punctuation), a claimant of that state and no party
 * of the clause (the one claimed is)? */
static int claimant_at(const dctx *d, size_t k)
{
	static const char *const w_region[] = {"region", "province", "island", "territory", ",",
					       ".", ";", ")", NULL};
	const mention *m = &d->m.v[k], *y = k + 1 < d->m.n ? &d->m.v[k + 1] : NULL;
	size_t p;
	if (!y || m->kind != MK_ACTOR || !m->possessive || !m->code ||
	    !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL) || y->kind != MK_ACTOR ||
	    y->gz != GZ_STATE || !y->code || y->t0 != m->t1 + 1 || !strcmp(m->code, y->code))
		return 0;
	if (y->t1 >= d->t.n)
		return 1;
	for (p = 0; w_region[p]; p++)
		if (strcmp(TKEY(&d->t, y->t1), w_region[p]) == 0)
			return 1;
	return 0;
}

/* "the G7 (Group of Seven), which comprises the US, Canada, France ...":
 * is mention k a state listed in a relative clause that names a bloc's
 * members, no party of the clause around it (stop 37)?  Back from it over
 * the list (names, commas, "and", "the") to a verb of comprising, then
 * "which (that)", a comma, a bracket's gloss and the bloc. */
static int member_list_at(const dctx *d, size_t k)
{
	static const char *const w_comprise[] = {"comprises", "comprising", "includes",
						 "including", "groups", "grouping", NULL};
	const mention *m = &d->m.v[k];
	size_t i = m->t0, n, q;
	const char *w;
	if (m->kind != MK_ACTOR || !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL) || i < 4)
		return 0;
	for (n = 0; i > 0 && n < 40; i--, n++) {
		w = TKEY(&d->t, i - 1);
		if (!(d->t.v[i - 1].upper || !strcmp(w, ",") || !strcmp(w, "and") ||
		      !strcmp(w, "the")))
			break;
	}
	if (i < 3 || !key_in(TKEY(&d->t, i - 1), w_comprise))
		return 0;
	i--; /* at the verb */
	if (strcmp(TKEY(&d->t, i - 1), "which") && strcmp(TKEY(&d->t, i - 1), "that"))
		return 0;
	i--;
	if (strcmp(TKEY(&d->t, i - 1), ","))
		return 0;
	i--;
	if (i > 0 && !strcmp(TKEY(&d->t, i - 1), ")")) /* "(Group of Seven)" */
		for (n = 0; i > 0 && n < 8 && strcmp(TKEY(&d->t, i - 1), "("); i--, n++)
			;
	if (i > 0 && !strcmp(TKEY(&d->t, i - 1), "("))
		i--;
	for (q = k; q > 0; q--) {
		const mention *b = &d->m.v[q - 1];
		if (b->t1 < i)
			break;
		if (b->t1 == i && b->kind == MK_ACTOR && b->gz == GZ_BLOC)
			return 1;
	}
	return 0;
}

/* "the United States (US)": a state's own short name in brackets right
 * after its name (mentions sorted) repeats it, no second party (stop 63). */
static int echo_in_brackets(const dctx *d, size_t k)
{
	const mention *m = &d->m.v[k], *p;
	if (k == 0 || m->t0 < 2 || m->t1 >= d->t.n || !m->code ||
	    strcmp(TKEY(&d->t, m->t0 - 1), "(") != 0 || strcmp(TKEY(&d->t, m->t1), ")") != 0)
		return 0;
	p = &d->m.v[k - 1];
	return p->t1 + 1 == m->t0 && p->code && !p->possessive && !strcmp(p->code, m->code);
}

/* Is mention k, a state or its demonym, part of the name of a water: "the
 * Gulf of Thailand", "the Sea of Japan", "the Indian Ocean", "the
 * Philippine Sea"?  Such a name is a place, no state (stop 66; the drill
 * rules read it too, frames_exercise.c ex_water_name). */
static int water_named_at(const dctx *d, size_t k)
{
	static const char *const w_water[] = {"sea", "seas", "gulf", "strait", "straits", "bay",
					      "ocean", NULL};
	const mention *m = &d->m.v[k];
	if (m->kind != MK_ACTOR || (m->gz != GZ_STATE && m->gz != GZ_DEMONYM) || m->possessive)
		return 0;
	if (m->t0 >= 2 && d->t.v[m->t0 - 2].upper && tok_is(d, m->t0 - 1, "of", 2) &&
	    key_in(TKEY(&d->t, m->t0 - 2), w_water))
		return 1;
	return m->t1 < d->t.n && d->t.v[m->t1].upper && key_in(TKEY(&d->t, m->t1), w_water);
}

/* Is mention k a demonym that describes another state as once part of its
 * own, "a former Soviet Central Asian state", "the ex-Yugoslav
 * republics": after "former" (or "ex-"), a noun of statehood within three
 * words after it; no party (stop 67)? */
static int former_demonym_at(const dctx *d, size_t k)
{
	static const char *const w_statehood[] = {"state", "states", "republic", "republics",
						  "country", "countries", "nation", "nations",
						  "member", "members", "bloc", "space", NULL};
	const mention *m = &d->m.v[k];
	size_t j = m->t0, e;
	if (m->kind != MK_ACTOR || m->gz != GZ_DEMONYM || j < 1)
		return 0;
	if (!(tok_is(d, j - 1, "former", 6) ||
	      (j >= 2 && tok_is(d, j - 1, "-", 1) && tok_is(d, j - 2, "ex", 2))))
		return 0;
	for (e = m->t1; e < d->t.n && e < m->t1 + 3; e++)
		if (key_in(TKEY(&d->t, e), w_statehood))
			return 1;
	return 0;
}

/* Is mention k the origin of a design, or its maker, "radars modeled
 * after the American AN/TPQ-36", "a fighter based on the Russian Su-27",
 * "copied from the Israeli Harop": a lineage, no party nor goods (stop
 * 66)? */
static int design_origin_at(const dctx *d, size_t k)
{
	static const char *const w_modeled[] = {"modeled", "modelled", "based", "patterned",
						"derived", "copied", "reverse", NULL};
	const mention *m = &d->m.v[k];
	size_t j = m->t0, n;
	if (m->kind != MK_ACTOR ||
	    (m->gz != GZ_DEMONYM && !(m->gz == GZ_WEAPON && m->canon) && !m->possessive) || j < 2)
		return 0; /* a named design; not "derived from the patrol vessels that X built" */
	/* back over "the" and the maker's words before a design ("the
	 * Russian Su-27") */
	for (n = 0; j > 2 && n < 3 &&
		    (tok_is(d, j - 1, "the", 3) || d->t.v[j - 1].upper || tok_is(d, j - 1, "-", 1));
	     n++)
		j--;
	if (j < 2 || !(tok_is(d, j - 1, "after", 5) || tok_is(d, j - 1, "on", 2) ||
		       tok_is(d, j - 1, "from", 4)))
		return 0;
	/* "reverse-engineered from": the verb's first half, over the hyphen */
	if (j >= 4 && strcmp(TKEY(&d->t, j - 2), "engineered") == 0)
		j -= 2;
	return key_in(TKEY(&d->t, j - 2), w_modeled);
}

/* Is mention k a bidder that lost, "awarded a contract by Armenia, over
 * other contenders from Russia and Poland": a state in the list after
 * "from" (over names, "the", commas and "and") whose noun, at most three
 * words before "from", is one of rivals in a contest?  It is party to no
 * fact of the sentence (stop 66). */
static int rival_bidder_at(const dctx *d, size_t k)
{
	static const char *const w_rival[] = {"contenders", "contender", "competitors",
					      "competitor", "rivals", "bidders", "bidder",
					      "challengers", NULL};
	const mention *m = &d->m.v[k];
	size_t j = m->t0, n;
	if (m->kind != MK_ACTOR || m->t0 < 2)
		return 0;
	for (n = 0; j > 0 && n < 10; n++) {
		if (tok_is(d, j - 1, "from", 4))
			break;
		if (!(d->t.v[j - 1].upper || tok_is(d, j - 1, ",", 1) ||
		      tok_is(d, j - 1, "and", 3) || tok_is(d, j - 1, "the", 3)))
			return 0;
		j--;
	}
	if (j == 0 || !tok_is(d, j - 1, "from", 4))
		return 0;
	for (n = 0, j--; j > 0 && n < 3; n++, j--)
		if (key_in(TKEY(&d->t, j - 1), w_rival))
			return 1;
	return 0;
}

/* Drop the mentions that are no words of a party or of goods (ship_verb_at,
 * claimant_at, member_list_at, echo_in_brackets, water_named_at,
 * rival_bidder_at, design_origin_at, former_demonym_at); one walk, each test on the list as
 * read (a test may look at the mention after k, not yet moved). */
static void drop_mentions(dctx *d)
{
	size_t k, w = 0;
	for (k = 0; k < d->m.n; k++)
		if (!ship_verb_at(d, k) && !claimant_at(d, k) && !member_list_at(d, k) &&
		    !echo_in_brackets(d, k) && !water_named_at(d, k) && !rival_bidder_at(d, k) &&
		    !design_origin_at(d, k) && !former_demonym_at(d, k))
			d->m.v[w++] = d->m.v[k];
	d->m.n = w;
}

/* The second half of an adjective of reference after a state and a
 * hyphen: "-related", "-focused", "-centric", "-specific". */
static int reference_adjective(const char *key)
{
	return !strcmp(key, "related") || !strcmp(key, "focused") || !strcmp(key, "centric") ||
	       !strcmp(key, "specific");
}

/* Is the name at token i the object of "the fall (collapse, breakup,
 * dissolution, demise) of (the)"? */
static int state_end_before(const dctx *d, size_t i)
{
	static const char *const w_end_n[] = {"fall", "collapse", "breakup", "dissolution",
					       "demise", "disintegration", NULL};
	if (i > 0 && !strcmp(TKEY(&d->t, i - 1), "the"))
		i--;
	return i >= 2 && strcmp(TKEY(&d->t, i - 1), "of") == 0 &&
	       key_in(TKEY(&d->t, i - 2), w_end_n);
}

/* Navies' prefixes of ships' names. */
static const char *const w_ship_prefix[] = {"pns", "ins", "hms", "uss", "tcg", "brp", "kri",
					    "hmas", "hmcs", "rss", "ens", "ros", NULL};

/* Does a ship's pennant number ("F 280", "F-280") or a navy's prefix
 * ("PNS", "INS", "HMS", "USS", "TCG", "BRP", "KRI", "HMAS") end right
 * before token i? */
static int ship_name_before(const dctx *d, size_t i)
{
	size_t j;
	if (d->t.v[i - 1].allcaps && key_in(TKEY(&d->t, i - 1), w_ship_prefix))
		return 1;
	if (d->t.v[i - 1].kind != TK_NUM || i < 2)
		return 0;
	j = i - 2;
	if (j > 0 && !strcmp(TKEY(&d->t, j), "-"))
		j--;
	/* one capital letter: "F 280", "F-280" */
	return d->t.v[j].kind == TK_WORD && d->t.v[j].allcaps && d->t.v[j].keylen == 1;
}

/* Words that make "fighters" people: "jihadist fighters", "rebel fighters". */
static int fighter_people(const char *key)
{
	static const char *const w[] = {"jihadist", "jihadi", "islamist", "rebel", "militia",
					"militant", "insurgent", "guerrilla", "separatist",
					"tribal", "volunteer", "resistance", "opposition", "armed",
					"foreign", "extremist", "terrorist", "isis", "is", "wagner",
					"hamas", "hezbollah", "houthi", NULL};
	return key_in(key, w);
}

/* "four Gepard-class frigates ... the third Gepard was floated": a bare
 * name whose own row is another system (the Gepard gun) is the ship of the
 * class the document names; it takes that class's row.  Few documents
 * name a class, and fewer a bare name beside it. */
static void class_names(dctx *d)
{
	const mention *cls[8];
	size_t n = 0, k, q;
	for (k = 0; k < d->m.n && n < sizeof cls / sizeof *cls; k++) {
		const mention *m = &d->m.v[k];
		size_t l;
		if (m->gz != GZ_WEAPON || !m->canon || (l = strlen(m->canon)) < 7 ||
		    strcmp(m->canon + l - 6, "-class"))
			continue;
		for (q = 0; q < n && strcmp(cls[q]->canon, m->canon); q++)
			;
		if (q == n)
			cls[n++] = m;
	}
	for (k = 0; k < d->m.n && n; k++) {
		mention *m = &d->m.v[k];
		if (m->gz != GZ_WEAPON || !m->canon)
			continue;
		for (q = 0; q < n; q++) {
			size_t l = strlen(cls[q]->canon) - 6;
			if (m->canon != cls[q]->canon && strlen(m->canon) == l &&
			    !strncmp(m->canon, cls[q]->canon, l)) {
				m->canon = cls[q]->canon;
				m->code = cls[q]->code;
				m->category = cls[q]->category;
				break;
			}
		}
	}
}

static int find_mentions(dctx *d)
{
	size_t i = 0, k = 0, npat, nsur = 0;
	const char *surnames[8]; /* keys of state names read as surnames */
	const char *seen[16], *seen_code[16]; /* leaders named in full: surname, state */
	size_t nseen = 0;
	int rc;
	if ((rc = ent__find_patterns(d->text, &d->t, d->doc_year, d->doc_month, &d->m)))
		return rc;
	npat = d->m.n;
	/* gazetteer matches on tokens not inside a money/year mention */
	while (i < d->t.n) {
		size_t n = 0;
		const gz_entry *e;
		mention x;
		while (k < npat && d->m.v[k].t1 <= i)
			k++;
		if (k < npat && d->m.v[k].t0 <= i && i < d->m.v[k].t1) {
			i = d->m.v[k].t1;
			continue;
		}
		if (d->t.v[i].kind != TK_WORD && d->t.v[i].kind != TK_NUM) {
			i++;
			continue;
		}
		e = ent__gazetteer_match(d->gz, &d->t, i, &n);
		if (!e) {
			i++;
			continue;
		}
		/* "since the fall of the Soviet Union", "after the collapse of
		 * Yugoslavia": a state's end names a time, no party */
		if ((e->kind == GZ_STATE || e->kind == GZ_CAPITAL) && state_end_before(d, i)) {
			i += n;
			continue;
		}
		/* "around Lake Chad", "on Lake Malawi": a lake named after
		 * a state is a place, no party */
		if (e->kind == GZ_STATE && i > 0 && d->t.v[i - 1].upper &&
		    !strcmp(TKEY(&d->t, i - 1), "lake")) {
			i += n;
			continue;
		}
		/* "a Latin American country", "South America": a region,
		 * not the United States */
		if ((e->kind == GZ_STATE || e->kind == GZ_DEMONYM) && !strcmp(e->code, "USA") &&
		    region_of_america(d, i, n)) {
			i += n;
			continue;
		}
		/* "Press Trust of India reported", "the Times of Israel":
		 * an outlet, and no state in its name (media.tsv) */
		if (e->kind == GZ_MEDIA) {
			i += n;
			continue;
		}
		/* "Ukraine-related domestic needs", "China-focused policy": a
		 * state in an adjective of reference is no party */
		if ((e->kind == GZ_STATE || e->kind == GZ_DEMONYM) && i + n + 1 < d->t.n &&
		    !d->t.v[i + n].space_before && TKEY(&d->t, i + n)[0] == '-' &&
		    TKEY(&d->t, i + n)[1] == '\0' && !d->t.v[i + n + 1].space_before &&
		    reference_adjective(TKEY(&d->t, i + n + 1))) {
			i += n + 2;
			continue;
		}
		/* "Kuwait News Agency", "Korean Central News Agency": a
		 * state's news agency is no party either */
		if ((e->kind == GZ_STATE || e->kind == GZ_DEMONYM) && news_agency_after(d, i + n)) {
			i = news_agency_after(d, i + n);
			continue;
		}
		/* "Russian news agency Sputnik reported", "Iranian state
		 * media": the press of a state is a source, no party */
		if (e->kind == GZ_DEMONYM && demonym_press(d, i + n)) {
			i += n;
			continue;
		}
		if ((e->kind == GZ_STATE || e->kind == GZ_DEMONYM) && freight_carrier(d, i + n)) {
			i += n;
			continue;
		}
		if (e->kind == GZ_PREFIX && !prefix_joins_state(d, i + n)) {
			i += n; /* "Indo" only in "Indo-French", "Indo-US" */
			continue;
		}
		/* "a plant at Hisar (Haryana)": a system's name right after
		 * "at" is a place, no goods */
		if (e->kind == GZ_WEAPON && e->canon && i > 0 &&
		    strcmp(TKEY(&d->t, i - 1), "at") == 0) {
			i += n;
			continue;
		}
		/* "the first corvette, F 280 Babur", "PNS Babur": a ship's
		 * name after its pennant number or prefix, no weapon of that
		 * name */
		if (e->kind == GZ_WEAPON && e->canon && i > 0 && ship_name_before(d, i)) {
			i += n;
			continue;
		}
		/* "three HMS-X ASW sonars": a navy's prefix glued by a hyphen
		 * to what follows is part of a designation, no ship (stop 46) */
		if (e->kind == GZ_WEAPON && e->canon && n == 1 && d->t.v[i].allcaps &&
		    i + 2 < d->t.n && !strcmp(TKEY(&d->t, i + 1), "-") &&
		    !d->t.v[i + 1].space_before && !d->t.v[i + 2].space_before &&
		    key_in(TKEY(&d->t, i), w_ship_prefix)) {
			i += n;
			continue;
		}
		/* "jihadist fighters", "rebel fighters": people, no jets; so are
		 * "arms to fighters on one side of the war", those given to
		 * (stop 35) */
		if (e->kind == GZ_WEAPON && !e->canon && n == 1 && i > 0 &&
		    (!strcmp(TKEY(&d->t, i), "fighters") || !strcmp(TKEY(&d->t, i), "fighter")) &&
		    (fighter_people(TKEY(&d->t, i - 1)) || !strcmp(TKEY(&d->t, i - 1), "to"))) {
			i += n;
			continue;
		}
		/* "the Peace Onyx IV Program": US foreign military sales
		 * programmes are named "Peace" and a code word; a system's
		 * name there is the code word, no goods */
		if (e->kind == GZ_WEAPON && e->canon && i > 0 && d->t.v[i - 1].upper &&
		    strcmp(TKEY(&d->t, i - 1), "peace") == 0) {
			i += n;
			continue;
		}
		/* "four million U.S. dollars": the currency prices are given
		 * in anywhere, no party (a buyer's own currency, "Philippine
		 * pesos", still tells who pays) */
		if ((e->kind == GZ_STATE || e->kind == GZ_DEMONYM) && !strcmp(e->code, "USA") &&
		    i + n < d->t.n &&
		    (!strcmp(TKEY(&d->t, i + n), "dollars") || !strcmp(TKEY(&d->t, i + n), "dollar") ||
		     !strcmp(TKEY(&d->t, i + n), "$"))) {
			/* (also "U.S. $910 million", "US$5 million") */
			i += n;
			continue;
		}
		/* "a car carrier sailing under the Liberian flag", "a
		 * Panama-flagged ship": the state a ship is registered in,
		 * no party */
		if ((e->kind == GZ_STATE || e->kind == GZ_DEMONYM) && i + n < d->t.n &&
		    (!strcmp(TKEY(&d->t, i + n), "flag") || !strcmp(TKEY(&d->t, i + n), "flagged") ||
		     (i + n + 1 < d->t.n && !strcmp(TKEY(&d->t, i + n), "-") &&
		      !strcmp(TKEY(&d->t, i + n + 1), "flagged")))) {
			i += n;
			continue;
		}
		/* "the Paris-based FATF", "a London-based think tank": a
		 * capital where a body sits, no party (a firm or government
		 * based there is the state's) */
		if (e->kind == GZ_CAPITAL &&
		    (capital_based_body(d, i + n) || capital_event(d, i + n))) {
			i += n;
			continue;
		}
		if (e->kind == GZ_STATE && n == 1) {
			/* "Col. David Jordan, commander of ...": a person; so is
			 * the name alone later by a verb of saying ("said
			 * Jordan") */
			size_t q;
			int person = titled_surname(d, i);
			for (q = 0; q < nsur && !person; q++)
				person = strcmp(surnames[q], TKEY(&d->t, i)) == 0 &&
					 ((i > 0 && saying_word(d, i - 1)) || saying_word(d, i + 1));
			if (person) {
				if (nsur < sizeof surnames / sizeof *surnames)
					surnames[nsur++] = TKEY(&d->t, i);
				i += n;
				continue;
			}
		}
		memset(&x, 0, sizeof x);
		x.t0 = i;
		x.t1 = i + n;
		x.start = d->t.v[i].start;
		x.end = d->t.v[i + n - 1].end;
		x.gz = e->kind == GZ_PREFIX ? GZ_DEMONYM : e->kind;
		if ((e->kind == GZ_STATE || e->kind == GZ_DEMONYM) && i + n < d->t.n &&
		    d->t.v[i + n].upper &&
		    (!strcmp(TKEY(&d->t, i + n), "airways") || !strcmp(TKEY(&d->t, i + n), "airlines"))) {
			/* "Qatar Airways", "Turkish Airlines": the state's
			 * carrier, a firm of it, no party of a stance */
			x.gz = GZ_FIRM;
			x.t1 = i + n + 1;
			x.end = d->t.v[i + n].end;
		}
		x.canon = e->canon;
		x.code = e->code[0] ? e->code : NULL;
		if (e->kind == GZ_LEADER) {
			/* "Erdogan condemned ...", "talks between Putin and Xi":
			 * a leader stands for the state (leaders.tsv) */
			x.code = leader_state(d, e, i, seen, seen_code, &nseen,
					      sizeof seen / sizeof *seen);
			if (!x.code) {
				i += n;
				continue;
			}
			x.leader = 1;
			x.canon = NULL;
			/* "of President Putin's actions": the title is part
			 * of the name */
			x.t0 = title_start(d, i);
			x.start = d->t.v[x.t0].start;
			if (i + n < d->t.n && !strcmp(TKEY(&d->t, i + n), "administration")) {
				/* "the Trump administration approved the sale":
				 * the government, the state itself (stop 37) */
				x.gz = GZ_STATE;
				x.leader = 0;
				x.t1 = i + n + 1;
				x.end = d->t.v[i + n].end;
				n++;
			}
		}
		/* "(CMS, in Portuguese)": a language glossing a name, no state
		 * (stop 36) */
		if (e->kind == GZ_DEMONYM && i > 0 && x.t1 < d->t.n &&
		    !strcmp(TKEY(&d->t, i - 1), "in") && !strcmp(TKEY(&d->t, x.t1), ")")) {
			i += n;
			continue;
		}
		x.alt = e->alt[0] ? e->alt : NULL;
		x.category = e->category;
		/* every gazetteer mention has kind MK_ACTOR; gz tells actors,
		 * weapons and issues apart */
		x.kind = MK_ACTOR;
		/* "the Azerbaijani side" is the state in diplomatic speech */
		if (x.gz == GZ_DEMONYM && x.t1 < d->t.n && strcmp(TKEY(&d->t, x.t1), "side") == 0) {
			x.gz = GZ_STATE;
			x.t1++;
			x.end = d->t.v[x.t1 - 1].end;
			n++;
		}
		/* "Turkish President Erdogan's remarks", "the Indian government":
		 * a demonym before a title of state stands for the state */
		if (x.gz == GZ_DEMONYM && x.t1 < d->t.n && state_title(TKEY(&d->t, x.t1)))
			x.gz = GZ_STATE;
		/* "the Saudi-led coalition (bloc)" is led by the state, as
		 * "the US-led coalition" is */
		if (x.gz == GZ_DEMONYM && x.t1 + 1 < d->t.n && !d->t.v[x.t1].space_before &&
		    !strcmp(TKEY(&d->t, x.t1), "-") && !strcmp(TKEY(&d->t, x.t1 + 1), "led"))
			x.gz = GZ_STATE;
		if (x.t1 < d->t.n && strcmp(TKEY(&d->t, x.t1), "'s") == 0)
			x.possessive = 1;
		/* "an anti-American regime", "a pro-Russian government": the
		 * state is what a stance is against or for, no party */
		if ((x.gz == GZ_STATE || x.gz == GZ_DEMONYM) && x.t0 >= 2 &&
		    !d->t.v[x.t0].space_before && !d->t.v[x.t0 - 1].space_before &&
		    !strcmp(TKEY(&d->t, x.t0 - 1), "-") &&
		    (!strcmp(TKEY(&d->t, x.t0 - 2), "anti") ||
		     !strcmp(TKEY(&d->t, x.t0 - 2), "pro"))) {
			x.label = x.gz;
			x.gz = GZ_LABEL;
		}
		if ((rc = ent__mentions_push(&d->m, &x)))
			return rc;
		i += n;
	}
	/* "Mirage 2000", "Bharat 52": a number inside a weapon's name is no
	 * year or amount; nor is a year glued to its end by a hyphen */
	{
		/* both runs are in token order and the gazetteer's do not
		 * overlap: one walk over each */
		size_t w = 0, j = npat;
		for (k = 0; k < d->m.n; k++) {
			int inside = 0;
			if (k < npat) {
				while (j < d->m.n && d->m.v[j].t1 <= d->m.v[k].t0)
					j++;
				inside = j < d->m.n && d->m.v[j].gz == GZ_WEAPON &&
					 d->m.v[j].t0 <= d->m.v[k].t0 &&
					 d->m.v[k].t1 <= d->m.v[j].t1;
				/* "ATMOS-2000": glued by a hyphen to the name's
				 * end (stop 65) */
				if (!inside && j > npat && d->m.v[k].kind == MK_YEAR) {
					const mention *wm = &d->m.v[j - 1];
					size_t h = wm->t1;
					inside = wm->gz == GZ_WEAPON && h + 1 == d->m.v[k].t0 &&
						 !strcmp(TKEY(&d->t, h), "-") &&
						 !d->t.v[h].space_before &&
						 !d->t.v[h + 1].space_before;
				}
			}
			if (!inside)
				d->m.v[w++] = d->m.v[k];
		}
		npat -= d->m.n - w;
		d->m.n = w;
	}
	alt_demonyms(d);
	if ((rc = korea_short_names(d)))
		return rc;
	if ((rc = abbreviations(d, npat)) || (rc = weapon_abbreviations(d, npat)) ||
	    (rc = body_anaphora(d, npat)) ||
	    (rc = latter_former(d)))
		return rc;
	if (d->m.n > 1) /* qsort of a NULL array is undefined even when empty */
		qsort(d->m.v, d->m.n, sizeof *d->m.v, cmp_mention);
	attributive_states(d);
	class_names(d);
	drop_mentions(d);
	return ENT_OK;
}

/* The pair of states named together in the most units. */
static void focus_pair(dctx *d)
{
	typedef struct pc {
		char a[12], b[12];
		int n;
	} pc;
	pc pairs[64];
	size_t np = 0, ui, i, j, p;
	int best = 0;
	for (ui = 0; ui < d->nunits; ui++) {
		const unit *u = &d->units[ui];
		const char *codes[8];
		size_t nc = 0;
		for (i = u->m0; i < u->m1 && nc < 8; i++) {
			const mention *m = &d->m.v[i];
			if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
				continue;
			for (j = 0; j < nc; j++)
				if (strcmp(codes[j], m->code) == 0)
					break;
			if (j == nc)
				codes[nc++] = m->code;
		}
		for (i = 0; i < nc; i++)
			for (j = i + 1; j < nc; j++) {
				const char *a = strcmp(codes[i], codes[j]) < 0 ? codes[i] : codes[j];
				const char *b = a == codes[i] ? codes[j] : codes[i];
				for (p = 0; p < np; p++)
					if (!strcmp(pairs[p].a, a) && !strcmp(pairs[p].b, b))
						break;
				if (p == np) {
					if (np == 64)
						continue;
					memset(&pairs[np], 0, sizeof pairs[np]);
					memcpy(pairs[np].a, a, strlen(a));
					memcpy(pairs[np].b, b, strlen(b));
					np++;
				}
				pairs[p].n++;
			}
	}
	memset(d->focus, 0, sizeof d->focus);
	d->focus_n = 0;
	for (p = 0; p < np; p++)
		if (pairs[p].n > best) {
			best = pairs[p].n;
			d->focus_n = best;
			memcpy(d->focus[0], pairs[p].a, 12);
			memcpy(d->focus[1], pairs[p].b, 12);
		}
}

/* ---- resolution ------------------------------------------------------------- */

/* How often the document states that a supplies b. */
/* The directed deals and supplies of a document per (supplier, recipient)
 * pair: how many candidates name a as a supplier of b.  Orienting a
 * candidate counts it too, so later candidates see it, as a scan of all
 * candidates at each orientation would (that scan made a document with
 * thousands of deals quadratic). */
typedef struct vote_slot {
	char key[2 * sizeof(ent_code)]; /* "supplier\0recipient" */
	int n;
} vote_slot;

typedef struct votes_map {
	vote_slot *v;
	size_t cap; /* a power of two, at least twice the pairs */
} votes_map;

static vote_slot *vote_find(votes_map *m, const char *a, const char *b, int add)
{
	char key[2 * sizeof(ent_code)] = {0};
	uint64_t h = 1469598103934665603ULL;
	size_t i, la = strlen(a), lb = strlen(b);
	if (la >= sizeof(ent_code) || lb >= sizeof(ent_code))
		return NULL;
	memcpy(key, a, la);
	memcpy(key + sizeof(ent_code), b, lb);
	for (i = 0; i < sizeof key; i++) {
		h ^= (unsigned char)key[i];
		h *= 1099511628211ULL;
	}
	for (i = (size_t)h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		vote_slot *v = &m->v[i];
		if (v->n && memcmp(v->key, key, sizeof key) == 0)
			return v;
		if (!v->n) {
			if (!add)
				return NULL;
			memcpy(v->key, key, sizeof key);
			return v;
		}
	}
}

static void vote_add(votes_map *m, const ent_fact *f)
{
	size_t i, j;
	for (i = 0; i < f->nsuppliers; i++) {
		vote_slot *v;
		for (j = 0; j < i && strcmp(f->suppliers[j].s, f->suppliers[i].s) != 0; j++)
			;
		if (j < i) /* a supplier named twice votes once */
			continue;
		v = vote_find(m, f->suppliers[i].s, f->recipient.s, 1);
		if (v)
			v->n++;
	}
}

/* Room for every supplier of every deal and supply, then the directed
 * ones counted. */
static int votes_init(votes_map *m, const dctx *d)
{
	size_t i, pairs = 0;
	for (i = 0; i < d->ncands; i++)
		pairs += d->cands[i].f.nsuppliers + 1; /* + 1: an orientation adds one */
	for (m->cap = 16; m->cap < 2 * pairs; m->cap *= 2)
		;
	m->v = ent__calloc(m->cap, sizeof *m->v);
	if (!m->v)
		return ENT_ENOMEM;
	for (i = 0; i < d->ncands; i++) {
		const cand *c = &d->cands[i];
		if (!c->dropped && c->directed &&
		    (c->f.type == ENT_FACT_DEAL || c->f.type == ENT_FACT_SUPPLY))
			vote_add(m, &c->f);
	}
	return ENT_OK;
}

static int votes(votes_map *m, const char *a, const char *b)
{
	const vote_slot *v = vote_find(m, a, b, 0);
	return v ? v->n : 0;
}

static void orient(dctx *d, cand *c, votes_map *vm)
{
	const char *a = c->pair[0], *b = c->pair[1], *sup = NULL;
	size_t i;
	int va, vb, fa = 0, fb = 0;
	double ea, eb;
	/* a weapon's maker is its supplier; the same pass marks the parties a
	 * firm of the sentence stands for */
	for (i = c->unit >= 0 ? d->units[c->unit].m0 : 0;
	     c->unit >= 0 && i < d->units[c->unit].m1 && !sup; i++) {
		const mention *m = &d->m.v[i];
		if (m->gz == GZ_WEAPON && m->canon && m->code) {
			if (!strcmp(m->code, a))
				sup = a;
			else if (!strcmp(m->code, b))
				sup = b;
		} else if (m->gz == GZ_FIRM && m->code) {
			fa |= !strcmp(m->code, a);
			fb |= !strcmp(m->code, b);
		}
	}
	/* "Patria signed a contract with Sweden": a firm of one party sells
	 * to the other, named by no firm of its own (stop 53) */
	if (!sup && fa != fb)
		sup = fa ? a : b;
	if (!sup) {
		va = votes(vm, a, b);
		vb = votes(vm, b, a);
		if (va != vb)
			sup = va > vb ? a : b;
	}
	if (!sup) {
		ea = ent__gazetteer_exporter(d->gz, a);
		eb = ent__gazetteer_exporter(d->gz, b);
		if (ea > 2 * eb)
			sup = a;
		else if (eb > 2 * ea)
			sup = b;
	}
	if (!sup)
		sup = b; /* "A signed a deal with B": A buys */
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup);
	ent_code_set(&c->f.recipient, sup == a ? b : a);
	c->directed = 1;
	vote_add(vm, &c->f);
}

/* Are all the items of f arms of no stated kind ("arms", "weapons")? */
static int generic_items_only(const ent_fact *f)
{
	size_t i;
	for (i = 0; i < f->nitems; i++)
		if (f->items[i].category != ENT_CAT_OTHER || f->items[i].designation)
			return 0;
	return f->nitems > 0;
}

static int values_close(const ent_value *a, const ent_value *b)
{
	double hi;
	if (!a->present || !b->present || strcmp(a->currency, b->currency) != 0)
		return 0;
	hi = fabs(a->amount) > fabs(b->amount) ? fabs(a->amount) : fabs(b->amount);
	return fabs(a->amount - b->amount) <= 0.05 * hi;
}

/* Are designations x and y one design: the same, or one a variant of the
 * other ("F-16" and "F-16 Block 70": the shorter and a space, stop 53)? */
static int designations_akin(const char *x, const char *y)
{
	size_t nx = strlen(x), ny = strlen(y);
	if (nx > ny) {
		const char *t = x;
		x = y;
		y = t;
		nx = ny;
	}
	return !strncasecmp(x, y, nx) && (y[nx] == '\0' || y[nx] == ' ');
}

/* Does one of a and b have a designation the other lacks? */
static int other_designation(const ent_fact *a, const ent_fact *b)
{
	size_t i, j;
	for (i = 0; i < a->nitems; i++) {
		int found = 0;
		if (!a->items[i].designation)
			continue;
		for (j = 0; j < b->nitems; j++)
			if (b->items[j].designation &&
			    designations_akin(a->items[i].designation, b->items[j].designation))
				found = 1;
		if (!found && b->nitems && b->items[0].designation)
			return 1;
	}
	return 0;
}

/* The kind of craft or weapon an item's words name, finer than its
 * category ("submarines" and "frigates" are both naval, "helicopters" and
 * "fighter jets" both aircraft), or 0 for words of no kind ("warships",
 * "vessels", "aircraft", "equipment", a bare designation). */
static int item_kind(const ent_item *it)
{
	/* first match wins: "jet trainers" are trainers; "fighter",
	 * "warplane" and "jet" are one kind */
	static const struct {
		const char *word;
		int kind;
	} kinds[] = {{"submarine", 1}, {"frigate", 2},	  {"corvette", 3},  {"destroyer", 4},
		     {"patrol", 5},    {"helicopter", 6}, {"trainer", 7},   {"transport", 8},
		     {"tanker", 9},    {"tank", 10},	  {"howitzer", 11}, {"fighter", 12},
		     {"warplane", 12}, {"jet", 12}};
	char low[96];
	size_t i, n;
	if (!it->text)
		return 0;
	for (n = 0; it->text[n] && n + 1 < sizeof low; n++)
		low[n] = (char)tolower((unsigned char)it->text[n]);
	low[n] = 0;
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strstr(low, kinds[i].word))
			return kinds[i].kind;
	return 0;
}

/* Do two deals of one document, told in different sentences, name goods
 * of known kinds only, and no kind in common ("the third Hangor-class
 * submarine" ... "four naval frigates that China supplied"; "12
 * helicopters" ... "24 fighter jets")?  Then they are two deals, though
 * their categories meet (merge_same; goods listed in one sentence are
 * split_goods_kinds'). */
static int kinds_apart(const ent_fact *a, const ent_fact *b)
{
	size_t i, j;
	int shared = 0;
	/* over the pairs of items of one category: each of a known kind, and
	 * no kind in both ("upgrade" beside "submarine" is another category) */
	for (i = 0; i < a->nitems; i++)
		for (j = 0; j < b->nitems; j++) {
			int ka, kb;
			if (a->items[i].category != b->items[j].category)
				continue;
			/* kinds are told only for craft, vehicles and guns */
			if (a->items[i].category != ENT_CAT_NAVAL &&
			    a->items[i].category != ENT_CAT_AIRCRAFT &&
			    a->items[i].category != ENT_CAT_ARMOURED_VEHICLE &&
			    a->items[i].category != ENT_CAT_ARTILLERY)
				return 0;
			ka = item_kind(&a->items[i]);
			kb = item_kind(&b->items[j]);
			if (!ka || !kb || ka == kb)
				return 0;
			shared = 1;
		}
	return shared;
}

/* The Soviet Union sold nothing after 1991: a transfer of a later year
 * (or, with none, in a text dated later) whose seller reads as Soviet
 * ("Mi-8s, a Soviet-designed Russian transport helicopter") is Russia's,
 * the state that took over the Soviet makers. */
static void soviet_successor(dctx *d)
{
	size_t i, k, w;
	for (i = 0; i < d->ncands; i++) {
		ent_fact *f = &d->cands[i].f;
		int year = f->year ? f->year : d->doc_year;
		if (d->cands[i].dropped || (f->type != ENT_FACT_DEAL && f->type != ENT_FACT_SUPPLY) ||
		    year <= 1991 || !ent_fact_has_code(f->suppliers, f->nsuppliers, "SUN"))
			continue;
		if (ent_fact_has_code(f->suppliers, f->nsuppliers, "RUS")) {
			for (k = w = 0; k < f->nsuppliers; k++)
				if (strcmp(f->suppliers[k].s, "SUN") != 0)
					f->suppliers[w++] = f->suppliers[k];
			f->nsuppliers = w;
		} else {
			for (k = 0; k < f->nsuppliers; k++)
				if (!strcmp(f->suppliers[k].s, "SUN"))
					ent_code_set(&f->suppliers[k], "RUS");
		}
		if (!strcmp(f->recipient.s, "RUS") && f->nsuppliers == 1 &&
		    !strcmp(f->suppliers[0].s, "RUS"))
			d->cands[i].dropped = 1; /* "Soviet-made jets Russia received" */
	}
}

/* Within one document, are a and b two stages of one contract: the same
 * parties and category (no designation of one that the other lacks, no
 * disagreeing values), one stage later than the other and dated no
 * earlier ("signed a contract for four frigates in 2018" ... "last year
 * the navy inducted two of the frigates")? */
static int same_contract_later_stage(const ent_fact *a, const ent_fact *b)
{
	const ent_fact *early = a->status < b->status ? a : b, *late = early == a ? b : a;
	size_t i, j;
	int cat = 0;
	if (a->type != ENT_FACT_DEAL || b->type != ENT_FACT_DEAL || a->status == b->status ||
	    strcmp(a->recipient.s, b->recipient.s) != 0)
		return 0;
	if (early->status == ENT_STATUS_REPORTED &&
	    (late->status == ENT_STATUS_SIGNED || late->status == ENT_STATUS_ORDERED)) {
		/* "signed for four radars in 2020" ... "the radar will be
		 * delivered in November": a stage announced, dated no earlier
		 * than a contract not yet delivered, is that contract's
		 * (test_extract_region.c) */
		const ent_fact *t = early;
		early = late;
		late = t;
		if (!early->year || !late->year || late->year < early->year)
			return 0;
		/* "plans to purchase an additional 19 Leopard systems" is no
		 * stage of "a contract to acquire 44 Leopard 2A8 tanks"
		 * (stop 48) */
		if (!ent_fact_goods_twins(a, b))
			return 0;
	} else if (early->status == ENT_STATUS_REPORTED && late->status == ENT_STATUS_DELIVERED) {
		/* "in August 2017 Qatar decided to procure the ships" ... "the
		 * first was delivered in October 2020": a purchase planned,
		 * then delivered up to four years later, of the same goods
		 * (stop 50) */
		if (!early->year || !late->year || late->year < early->year ||
		    late->year > early->year + 4 || !ent_fact_goods_twins(a, b))
			return 0;
	} else if (early->status == ENT_STATUS_MOU && late->status > ENT_STATUS_MOU) {
		/* "signed a memorandum of understanding to build four corvettes
		 * in May 2017" ... "signed a contract for the acquisition of
		 * four ships": the contract an MoU led to, dated or not (within
		 * three years), when both name the same goods by count or
		 * designation (an MoU on cooperation that a purchase "follows"
		 * is an agreement of its own) */
		int same = 0;
		if (late->year && early->year &&
		    (late->year < early->year || late->year > early->year + 3))
			return 0;
		for (i = 0; i < a->nitems; i++)
			for (j = 0; j < b->nitems; j++) {
				const ent_item *x = &a->items[i], *y = &b->items[j];
				if (x->category != y->category)
					continue;
				if (x->quantity > 0 && y->quantity > 0 && x->quantity != y->quantity)
					return 0;
				if ((x->quantity > 0 && x->quantity == y->quantity) ||
				    (x->designation && y->designation &&
				     strcmp(x->designation, y->designation) == 0))
					same = 1;
			}
		if (!same)
			return 0;
	} else if (early->status < ENT_STATUS_SIGNED) {
		return 0;
	} else if (!early->year || !late->year || late->year < early->year) {
		return 0;
	}
	if (a->nsuppliers != b->nsuppliers ||
	    !ent_fact_codes_subset(a->suppliers, a->nsuppliers, b->suppliers, b->nsuppliers))
		return 0;
	if (a->value.present && b->value.present && !values_close(&a->value, &b->value))
		return 0;
	for (i = 0; i < a->nitems && !cat; i++)
		for (j = 0; j < b->nitems; j++)
			if (a->items[i].category == b->items[j].category)
				cat = 1;
	return cat && !other_designation(a, b) && !other_designation(b, a);
}

/* The bucket of a candidate for merging: only candidates in the same
 * bucket can be the same fact (ent_fact_same) or stages of one contract
 * (same_contract_later_stage): the type, and the recipient of a deal or
 * supply, the actor and target of a stance or membership. */
static void merge_key(const cand *c, char *key, size_t size)
{
	const ent_fact *f = &c->f;
	switch (f->type) {
	case ENT_FACT_DEAL:
	case ENT_FACT_SUPPLY:
		snprintf(key, size, "%d|%s", (int)f->type, f->recipient.s);
		break;
	case ENT_FACT_STANCE:
	case ENT_FACT_MEMBERSHIP:
		snprintf(key, size, "%d|%s|%s", (int)f->type, f->actor.s, f->target.s);
		break;
	default:
		snprintf(key, size, "%d", (int)f->type);
	}
}

typedef struct merge_ref {
	char key[40];
	size_t i;
} merge_ref;

static int cmp_merge_ref(const void *a, const void *b)
{
	const merge_ref *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

/* Merge src into dst, both of one document: a plan's year ("is likely to
 * start receiving the jets by the end of 2029", a deal reported) is no
 * year of the deal made ("signed on Monday"), whichever is told first.
 * Across documents a report may date a deal another left undated
 * (ent_fact_merge).  With stages (src a later or earlier stage of dst's
 * contract, same_contract_later_stage), an MoU gives way to the contract
 * it led to, stage and year. */
static int merge_stage(ent_fact *dst, const ent_fact *src, int stages)
{
	int year = dst->year, plan = 0, rc;
	ent_status late = ENT_STATUS_NONE; /* an MoU's later stage */
	if (dst->type == ENT_FACT_DEAL && src->type == ENT_FACT_DEAL) {
		if (stages && src->status == ENT_STATUS_MOU && dst->status > ENT_STATUS_MOU) {
			plan = 1; /* the year of an MoU is not the contract's */
			late = dst->status;
		} else if (stages && dst->status == ENT_STATUS_MOU &&
			   src->status > ENT_STATUS_MOU) {
			plan = 1;
			year = src->year;
			late = src->status;
		} else if (src->status == ENT_STATUS_REPORTED && dst->status > ENT_STATUS_REPORTED)
			plan = 1;
		else if (dst->status == ENT_STATUS_REPORTED && src->status > ENT_STATUS_REPORTED) {
			plan = 1;
			year = src->year;
		}
	}
	if ((rc = ent_fact_merge(dst, src)) != ENT_OK)
		return rc;
	if (plan)
		dst->year = year;
	if (late)
		dst->status = late;
	return ENT_OK;
}

/* "NATO will conduct its exercise ... in Norway. Finland and Sweden will
 * also participate in the exercise" (no name held) ... "Cold Response
 * exercise takes place every two years in Norway": a document that tells
 * two exercises of one year (or none), one named with only its host, the
 * other unnamed with two parties or more, tells one; the unnamed joins
 * the named (stop 50). */
static int merge_host_drill(dctx *d)
{
	size_t i, n = 0, named = (size_t)-1, bare = (size_t)-1;
	for (i = 0; i < d->ncands; i++) {
		const cand *c = &d->cands[i];
		if (c->dropped || c->f.type != ENT_FACT_EXERCISE)
			continue;
		if (++n > 2)
			return ENT_OK;
		if (c->f.name && c->f.nparticipants == 1)
			named = i;
		else if (!c->f.name && c->f.nparticipants > 1)
			bare = i;
	}
	if (n != 2 || named == (size_t)-1 || bare == (size_t)-1 ||
	    (d->cands[named].f.year && d->cands[bare].f.year &&
	     d->cands[named].f.year != d->cands[bare].f.year))
		return ENT_OK;
	d->cands[bare].dropped = 1;
	return ent_fact_merge(&d->cands[named].f, &d->cands[bare].f);
}

/* "Romania expects to sign an agreement with the United States to
 * purchase F-35 fighter jets" and "said in September it planned to buy 32
 * F-35s ... for $6.5 billion" (the September of the year before): one
 * purchase still planned, told twice in a document with years one apart
 * (the report's and a month's), of the same pair and a designation in
 * common, is one deal (stop 50). */
static int plan_told_twice(const ent_fact *a, const ent_fact *b)
{
	size_t i;
	int share = 0;
	if (a->type != ENT_FACT_DEAL || b->type != ENT_FACT_DEAL ||
	    a->status != ENT_STATUS_REPORTED || b->status != ENT_STATUS_REPORTED || !a->year ||
	    !b->year || (a->year - b->year != 1 && b->year - a->year != 1) ||
	    strcmp(a->recipient.s, b->recipient.s) != 0 ||
	    !(ent_fact_codes_subset(a->suppliers, a->nsuppliers, b->suppliers, b->nsuppliers) ||
	      ent_fact_codes_subset(b->suppliers, b->nsuppliers, a->suppliers, a->nsuppliers)) ||
	    (a->value.present && b->value.present && !values_close(&a->value, &b->value)) ||
	    !ent_fact_goods_twins(a, b))
		return 0;
	for (i = 0; i < a->nitems && !share; i++)
		share = a->items[i].designation &&
			ent_fact_has_designation(b, a->items[i].designation);
	return share;
}

/* Merge each candidate into the first earlier one that states the same
 * fact (pass 0), then into the first earlier one it is a later stage of
 * (pass 1).  Candidates are compared within their bucket (merge_key), in
 * document order, which finds the same first match as comparing every
 * pair but is not quadratic in a document with thousands of facts. */
static int merge_same(dctx *d)
{
	merge_ref *r;
	size_t n = 0, i, lo, hi, a, b;
	int rc = ENT_OK;
	if (d->ncands < 2)
		return ENT_OK;
	r = ent__calloc(d->ncands, sizeof *r);
	if (!r)
		return ENT_ENOMEM;
	for (i = 0; i < d->ncands; i++) {
		if (d->cands[i].dropped)
			continue;
		merge_key(&d->cands[i], r[n].key, sizeof r[n].key);
		r[n++].i = i;
	}
	qsort(r, n, sizeof *r, cmp_merge_ref);
	for (int pass = 0; pass < 2 && rc == ENT_OK; pass++) {
		for (lo = 0; lo < n && rc == ENT_OK; lo = hi) {
			for (hi = lo + 1; hi < n && strcmp(r[hi].key, r[lo].key) == 0; hi++)
				;
			for (a = lo + 1; a < hi && rc == ENT_OK; a++) {
				cand *c = &d->cands[r[a].i];
				if (c->dropped)
					continue;
				if (pass == 0 && c->part_of && c->f.type == ENT_FACT_DEAL) {
					/* "The agreement ... also includes": the
					 * latest earlier deal of its parties */
					for (b = a; b > lo; b--) {
						cand *t = &d->cands[r[b - 1].i];
						if (t->dropped || t->f.type != ENT_FACT_DEAL ||
						    !ent_fact_codes_subset(c->f.suppliers, c->f.nsuppliers,
									   t->f.suppliers, t->f.nsuppliers))
							continue;
						if ((rc = merge_stage(&t->f, &c->f, 0)) == ENT_OK)
							c->dropped = 1;
						break;
					}
					if (c->dropped || rc != ENT_OK)
						continue;
				}
				for (b = lo; b < a; b++) {
					cand *t = &d->cands[r[b].i];
					/* a further order is a deal of its own, not a
					 * stage or a restatement of the deal it adds to */
					if (t->dropped ||
					    ((t->earlier || c->earlier) &&
					     !(t->f.year && t->f.year == c->f.year)) ||
					    ((t->further || c->further) &&
					     (pass == 1 ||
					      (t->f.year && c->f.year && t->f.year != c->f.year))) ||
					    (t->unit != c->unit && kinds_apart(&t->f, &c->f)) ||
					    ((t->separate || c->separate) &&
					     !(t->factory && c->factory)) ||
					    (t->f.type == ENT_FACT_EXERCISE && t->earlier != c->earlier) ||
					    /* "will procure additional X" is no stage
					     * of X delivered (stop 51) */
					    (t->adds != c->adds && t->f.status != c->f.status) ||
					    !(pass == 0 ? ent_fact_same(&t->f, &c->f) ||
								  plan_told_twice(&t->f, &c->f)
							: same_contract_later_stage(&t->f, &c->f)))
						continue;
					if ((rc = merge_stage(&t->f, &c->f, pass)) != ENT_OK)
						break;
					c->dropped = 1;
					break;
				}
			}
		}
	}
	ent__free(r);
	return rc;
}

/* Does text end in a general word for goods ("weapons", "military
 * equipment", "hardware"), not a kind of its own ("night-vision goggles",
 * "body armour")? */
static int generic_word_last(const char *text)
{
	static const char *w_general[] = {"weapons", "arms", "weaponry", "armaments", "munitions",
					  "vehicles", "equipment", "hardware", "gear", "materiel",
					  "aid", "assistance", "supplies", "systems", "products",
					  "goods", NULL};
	const char *w;
	size_t n, i;
	if (!text)
		return 1;
	n = strlen(text);
	while (n && !isalpha((unsigned char)text[n - 1]))
		n--;
	for (w = text + n; w > text && isalpha((unsigned char)w[-1]); w--)
		;
	for (i = 0; w_general[i]; i++)
		if (strlen(w_general[i]) == (size_t)(text + n - w) &&
		    strncasecmp(w, w_general[i], (size_t)(text + n - w)) == 0)
			return 1;
	return 0;
}

/* Does deal f name its goods only generically ("donated vehicles to X",
 * "supplied weapons to Y"): items of category other, none with a
 * designation?  With valued set, a value may be stated ("signs $1.7bn
 * deal to buy arms"); without, none may. */
static int generic_goods(const ent_fact *f, int valued)
{
	size_t i;
	if (f->type != ENT_FACT_DEAL || !f->nitems || (!valued && f->value.present))
		return 0;
	for (i = 0; i < f->nitems; i++)
		if (f->items[i].category != ENT_CAT_OTHER || f->items[i].designation ||
		    !generic_word_last(f->items[i].text))
			return 0;
	return 1;
}

static int generic_only(const ent_fact *f) { return generic_goods(f, 0); }

/* Is t a deal, not dropped, to c's recipient from (at least) c's
 * suppliers, of no other year than c's: one c may be merged into
 * (merge_generic, merge_ties)? */
static int deal_of_pair(const cand *c, const cand *t)
{
	return !t->dropped && t->f.type == ENT_FACT_DEAL &&
	       strcmp(t->f.recipient.s, c->f.recipient.s) == 0 &&
	       ent_fact_codes_subset(c->f.suppliers, c->f.nsuppliers, t->f.suppliers,
				     t->f.nsuppliers) &&
	       !(c->f.year && t->f.year && c->f.year != t->f.year);
}

/* A transfer a document names only generically ("The US has donated
 * vehicles to X") restates the transfer of the same parties it tells in
 * detail ("provided $2.9 million worth of training and equipment"): it
 * joins the first such deal of no other year.  So does a generic deal
 * with a value ("Egypt signs $1.7bn deal to buy arms from Korea"), into
 * one of the same value ("signed a deal worth $1.7 billion to buy K9
 * howitzers"). */
static int generic_takes(const cand *c) { return generic_goods(&c->f, 1); }

static int generic_fits(const cand *c, const cand *t)
{
	/* a long-standing supply ("has bought weapons from Y for decades")
	 * is no purchase only planned */
	if (c->f.status == ENT_STATUS_NONE && t->f.status == ENT_STATUS_REPORTED)
		return 0;
	return !generic_only(&t->f) &&
	       (!c->f.value.present || (t->f.value.present && values_close(&t->f.value, &c->f.value)));
}

/* Each directed candidate c that takes(c) joins the first other deal of its
 * pair (deal_of_pair) that fits(c, t), and is dropped (merge_generic,
 * merge_ties). */
static int merge_into_deals(dctx *d, int (*takes)(const cand *c),
			    int (*fits)(const cand *c, const cand *t))
{
	size_t i, j;
	int rc;
	for (i = 0; i < d->ncands; i++) {
		cand *c = &d->cands[i];
		if (c->dropped || !c->directed || !takes(c))
			continue;
		for (j = 0; j < d->ncands; j++) {
			cand *t = &d->cands[j];
			if (j == i || !deal_of_pair(c, t) || !fits(c, t))
				continue;
			if ((rc = ent_fact_merge(&t->f, &c->f)))
				return rc;
			c->dropped = 1;
			break;
		}
	}
	return ENT_OK;
}

static int merge_generic(dctx *d) { return merge_into_deals(d, generic_takes, generic_fits); }

/* "The Royal Australian Navy has selected a Japanese proposal for its new
 * frigate acquisition plan. ... The deal, worth up to $6.5 billion, will be
 * Japan's largest-ever defense equipment export project": a deal whose
 * sentence opens with "The deal (contract ...)" is the deal told last
 * before it, of the same buyer and a seller in common, no other year, in
 * the same paragraph or the next one; it joins that deal. */
static int merge_told_deal(dctx *d)
{
	size_t i, j;
	int rc;
	for (i = 0; i < d->ncands; i++) {
		cand *c = &d->cands[i];
		cand *t = NULL;
		if (c->dropped || !c->told_deal || c->f.type != ENT_FACT_DEAL || c->unit < 0)
			continue;
		for (j = i; j > 0; j--) {
			cand *p = &d->cands[j - 1];
			if (p->dropped || p->f.type != ENT_FACT_DEAL || p->unit < 0 || p->unit >= c->unit)
				continue;
			t = p;
			break;
		}
		if (!t || d->units[c->unit].para > d->units[t->unit].para + 1 ||
		    strcmp(t->f.recipient.s, c->f.recipient.s) != 0 ||
		    (c->f.year && t->f.year && c->f.year != t->f.year) ||
		    !(ent_fact_codes_subset(c->f.suppliers, c->f.nsuppliers, t->f.suppliers,
					    t->f.nsuppliers) ||
		      ent_fact_codes_subset(t->f.suppliers, t->f.nsuppliers, c->f.suppliers,
					    c->f.nsuppliers)))
			continue;
		if ((rc = ent_fact_merge(&t->f, &c->f)))
			return rc;
		c->dropped = 1;
	}
	return ENT_OK;
}

/* Does the document give stance f's actor and polarity toward target
 * already? */
static int stance_told(const dctx *d, const ent_fact *f, const char *target)
{
	size_t i;
	for (i = 0; i < d->ncands; i++) {
		const ent_fact *g = &d->cands[i].f;
		if (!d->cands[i].dropped && g->type == ENT_FACT_STANCE &&
		    !strcmp(g->actor.s, f->actor.s) && !strcmp(g->target.s, target) &&
		    g->polarity == f->polarity)
			return 1;
	}
	return 0;
}

/* "Russia objects to the planned delivery of F-16 fighter jets to Ukraine"
 * gives Russia's opposition to the jets' maker; when the deal that
 * sentence also tells (after merging) has sellers the text names (the
 * Netherlands and Denmark), those are the ones opposed. */
static int seller_for_maker(dctx *d)
{
	size_t i, j, k, n = d->ncands;
	int rc;
	for (i = 0; i < n; i++) {
		cand *c = &d->cands[i];
		const unit *u;
		const cand *t = NULL;
		if (c->dropped || !c->maker_only || c->f.type != ENT_FACT_STANCE || c->unit < 0)
			continue;
		u = &d->units[c->unit];
		for (j = 0; j < n && !t; j++) {
			const cand *p = &d->cands[j];
			if (p->dropped || p->f.type != ENT_FACT_DEAL || !p->f.nsuppliers ||
			    strcmp(p->f.recipient.s, c->pair[1]) != 0 ||
			    ent_fact_has_code(p->f.suppliers, p->f.nsuppliers, c->f.target.s))
				continue;
			for (k = 0; k < p->f.nevidence && !t; k++)
				if (p->f.evidence[k].start <= u->start && u->end <= p->f.evidence[k].end)
					t = p;
		}
		if (!t)
			continue;
		{
			ent_code seller[ENT_FACT_MAX_ACTORS];
			size_t ns = t->f.nsuppliers;
			memcpy(seller, t->f.suppliers, ns * sizeof seller[0]);
			int first = 1;
			for (k = 0; k < ns; k++) {
				cand *x;
				if (!strcmp(seller[k].s, d->cands[i].f.actor.s) ||
				    stance_told(d, &d->cands[i].f, seller[k].s))
					continue;
				if (first) {
					ent_code_set(&d->cands[i].f.target, seller[k].s);
					first = 0;
					continue;
				}
				if ((rc = cand_clone(d, i, d->cands[i].unit, &x)))
					return rc;
				ent_code_set(&x->f.target, seller[k].s);
			}
			if (first)
				d->cands[i].dropped = 1; /* each seller's stance is told */
			d->cands[i].maker_only = 0;
		}
	}
	return ENT_OK;
}

/* Do deals a and b name a designation in common? */
static int share_designation(const ent_fact *a, const ent_fact *b)
{
	size_t i, j;
	for (i = 0; i < a->nitems; i++)
		for (j = 0; a->items[i].designation && j < b->nitems; j++)
			if (b->items[j].designation &&
			    !strcmp(a->items[i].designation, b->items[j].designation))
				return 1;
	return 0;
}

/* "Doha signs agreement to purchase two dozen Typhoon aircraft" (the
 * seller only the maker weapons.tsv gives the system) and "Qatar has
 * signed an agreement to buy 24 Typhoon fighter jets from Britain": a
 * deal whose seller is only its goods' maker tells ahead a deal the
 * document goes on to tell in full, to the same buyer, of the same
 * designation and no other year, with the seller stated; it joins that
 * deal, which keeps its seller.  (After that deal, "Romania will also buy
 * new F-16s" is another purchase, from the maker.) */
static int merge_maker_only(dctx *d)
{
	size_t i, j;
	int rc;
	for (i = 0; i < d->ncands; i++) {
		cand *c = &d->cands[i];
		if (c->dropped || !c->maker_only || c->f.type != ENT_FACT_DEAL)
			continue;
		for (j = 0; j < d->ncands; j++) {
			cand *t = &d->cands[j];
			if (j == i || t->dropped || t->maker_only || !t->directed || t->unit <= c->unit ||
			    t->f.type != ENT_FACT_DEAL ||
			    strcmp(t->f.recipient.s, c->f.recipient.s) != 0 ||
			    (c->f.year && t->f.year && c->f.year != t->f.year) ||
			    !share_designation(&c->f, &t->f) ||
			    ent_fact_codes_subset(c->f.suppliers, c->f.nsuppliers, t->f.suppliers,
						  t->f.nsuppliers))
				continue;
			c->f.nsuppliers = 0; /* the maker was a guess */
			if ((rc = ent_fact_merge(&t->f, &c->f)))
				return rc;
			c->dropped = 1;
			break;
		}
	}
	return ENT_OK;
}

/* Does deal f name the goods of tie item x: the same designation, or the
 * tie's words inside one of its items' ("submarines" in "attack
 * submarines"), of the same kind? */
static int tie_item_told(const ent_item *x, const ent_fact *f)
{
	size_t b;
	for (b = 0; b < f->nitems; b++) {
		const ent_item *y = &f->items[b];
		if (x->category != y->category)
			continue;
		if (x->designation && y->designation && !strcmp(x->designation, y->designation))
			return 1;
		if (!x->designation && x->text && y->text) {
			size_t n = strlen(x->text), m = strlen(y->text), k;
			for (k = 0; n && k + n <= m; k++)
				if (strncasecmp(y->text + k, x->text, n) == 0)
					return 1;
		}
	}
	return 0;
}

/* "... showed the junta importing $14.7 million in radar equipment. That
 * followed the delivery of $96 million worth of goods in December": a
 * delivery with a price of its own and no parties, that joins no deal by
 * value, is another delivery between the parties of the latest deal of
 * the sentence before (same paragraph); c takes them and stays, a deal of
 * its own. */
static void anaphoric_delivery(dctx *d, cand *c)
{
	const unit *u = &d->units[c->unit];
	size_t j;
	int delivery = 0;
	for (j = u->t0; j < u->t1 && !delivery; j++) {
		const char *k = TKEY(&d->t, j);
		delivery = !strcmp(k, "delivery") || !strcmp(k, "deliveries") ||
			   !strcmp(k, "shipment") || !strcmp(k, "shipments");
	}
	if (!delivery)
		return;
	for (j = d->ncands; j > 0; j--) {
		const cand *t = &d->cands[j - 1];
		if (t->dropped || t == c || t->f.type != ENT_FACT_DEAL || !t->directed ||
		    t->unit < 0 || t->unit >= c->unit)
			continue;
		if (t->unit + 1 != c->unit || d->units[t->unit].para != d->units[c->unit].para ||
		    t->f.nsuppliers == 0)
			return;
		memcpy(c->f.suppliers, t->f.suppliers, sizeof c->f.suppliers);
		c->f.nsuppliers = t->f.nsuppliers;
		ent_code_set(&c->f.recipient, t->f.recipient.s);
		c->directed = 1;
		c->anaphoric = 0;
		c->separate = 1;
		c->dropped = 0;
		c->f.status = ENT_STATUS_DELIVERED;
		return;
	}
}

/* A supply tie (a relation with no stage: "Thailand is the third buyer of
 * Chinese submarines after Pakistan and Bangladesh") of a pair whose deal
 * the same document tells ("Bangladesh took delivery of two submarines in
 * a $203 million deal"), with no goods or goods the deal names
 * (tie_item_told), and no other year, is that deal's: its evidence joins
 * the deal. */
static int tie_takes(const cand *c) { return c->f.type == ENT_FACT_SUPPLY; }

static int tie_fits(const cand *c, const cand *t)
{
	size_t a;
	if (!t->directed)
		return 0;
	for (a = 0; a < c->f.nitems; a++)
		if (!tie_item_told(&c->f.items[a], &t->f))
			return 0;
	return 1;
}

static int merge_ties(dctx *d) { return merge_into_deals(d, tie_takes, tie_fits); }

/* Is one name the initials of the other's capitalised words ("UFG",
 * "Ulchi Freedom Guardian")?  Two to six capitals, one per word. */
static int name_initials(const char *full, const char *acr)
{
	size_t n = strlen(acr), k = 0;
	const char *p = full;
	if (n < 2 || n > 6)
		return 0;
	while (*p) {
		while (*p == ' ' || *p == '-')
			p++;
		if (!*p)
			break;
		if (k >= n || *p != acr[k] || !(*p >= 'A' && *p <= 'Z'))
			return 0;
		k++;
		while (*p && *p != ' ' && *p != '-')
			p++;
	}
	return k == n;
}

/* Is short the last word of full, after a space ("AIKEYME", "Africa
 * India Key Maritime Engagement AIKEYME"), four letters or more? */
static int name_last_word(const char *full, const char *shrt)
{
	size_t n = strlen(full), m = strlen(shrt);
	return m >= 4 && n > m + 1 && full[n - m - 1] == ' ' && strcmp(full + n - m, shrt) == 0;
}

/* "the naval exercise titled 'AIKEYME'" (two co-hosts), then "Africa
 * India Key Maritime Engagement AIKEYME" with the whole list: the short
 * name is the full one's last word, the parties of one among the other's:
 * one drill, with the full name and every party (stop 57). */
static int named_drill(const cand *c)
{
	return c->f.type == ENT_FACT_EXERCISE && c->f.name != NULL;
}

static int drill_name_word(const cand *c, const cand *t)
{
	return named_drill(t) && !(t->f.year && c->f.year && t->f.year != c->f.year) &&
	       name_last_word(t->f.name, c->f.name) &&
	       (ent_fact_codes_subset(c->f.participants, c->f.nparticipants, t->f.participants,
				      t->f.nparticipants) ||
		ent_fact_codes_subset(t->f.participants, t->f.nparticipants, c->f.participants,
				      c->f.nparticipants));
}

static int merge_name_word(dctx *d)
{
	size_t i, j, k = 0, *ix;
	int rc = ENT_OK;
	/* among the named drills only: a long document names thousands of
	 * facts and few drills */
	for (i = 0; i < d->ncands; i++)
		k += !d->cands[i].dropped && named_drill(&d->cands[i]);
	if (k < 2)
		return ENT_OK;
	if (!(ix = ent__malloc(k * sizeof *ix)))
		return ENT_ENOMEM;
	for (i = 0, k = 0; i < d->ncands; i++)
		if (!d->cands[i].dropped && named_drill(&d->cands[i]))
			ix[k++] = i;
	for (i = 0; i < k && rc == ENT_OK; i++)
		for (j = 0; j < k; j++) {
			cand *c = &d->cands[ix[i]], *t = &d->cands[ix[j]];
			if (j == i || t->dropped || !drill_name_word(c, t))
				continue;
			if ((rc = ent_fact_merge(&t->f, &c->f)) == ENT_OK)
				c->dropped = 1;
			break;
		}
	ent__free(ix);
	return rc;
}

/* Do two names, on letters and digits in any case, differ only by two
 * adjacent letters swapped ("Druhzba 5", "Druzhba-5")? */
static int names_swapped(const char *a, const char *b)
{
	char x[64], y[64];
	size_t nx = 0, ny = 0, i, diff = 0, at = 0;
	for (; *a && nx < sizeof x; a++)
		if (isalnum((unsigned char)*a))
			x[nx++] = (char)tolower((unsigned char)*a);
	for (; *b && ny < sizeof y; b++)
		if (isalnum((unsigned char)*b))
			y[ny++] = (char)tolower((unsigned char)*b);
	if (nx != ny || nx < 5)
		return 0;
	for (i = 0; i < nx; i++)
		if (x[i] != y[i] && diff++ == 0)
			at = i;
	return diff == 2 && at + 1 < nx && x[at] == y[at + 1] && x[at + 1] == y[at] &&
	       isalpha((unsigned char)x[at]) && isalpha((unsigned char)x[at + 1]);
}

/* Does the document speak of civil aviation: two or more words for
 * airlines or airliners ("the airline", "Frontier Airlines",
 * "jetliners")? */
static int airline_text(const dctx *d)
{
	static const char *const w_airline[] = {"airline", "airlines", "airliner", "airliners",
						 "jetliner", "jetliners", NULL};
	size_t i, k, n = 0;
	for (i = 0; i < d->t.n && n < 2; i++) {
		const char *w = TKEY(&d->t, i);
		if (w[0] != 'a' && w[0] != 'j')
			continue;
		for (k = 0; w_airline[k]; k++)
			if (!strcmp(w, w_airline[k])) {
				n++;
				break;
			}
	}
	return n >= 2;
}

/* A deal whose goods are only aircraft named by no designation ("to
 * provide 33 jets and seven aircraft"). */
static int generic_aircraft_only(const ent_fact *f)
{
	size_t i;
	if ((f->type != ENT_FACT_DEAL && f->type != ENT_FACT_SUPPLY) || !f->nitems)
		return 0;
	for (i = 0; i < f->nitems; i++)
		if (f->items[i].category != ENT_CAT_AIRCRAFT || f->items[i].designation)
			return 0;
	return 1;
}

/* "approved $4.7 billion of potential weapons sales to A, B and C": a deal
 * of no goods, stated with plural "sales" (or a total), whose USD value is
 * more than that of a deal with goods between the same seller and buyer the
 * document also states, is the sum of those sales, no deal of its own. */
static int sales_total(const dctx *d, const cand *c)
{
	static const char *const w_total[] = {"sales", "total", "totaling", "totalling", NULL};
	const unit *u;
	size_t i, j, k;
	int said = 0;
	if (c->f.type != ENT_FACT_DEAL || c->f.nitems || !c->f.value.present ||
	    !c->f.value.has_usd || !c->f.nsuppliers || c->unit < 0)
		return 0;
	u = &d->units[c->unit];
	for (i = u->t0; i < u->t1 && !said; i++)
		for (k = 0; w_total[k] && !said; k++)
			said = !strcmp(TKEY(&d->t, i), w_total[k]);
	for (j = 0; said && j < d->ncands; j++) {
		const cand *t = &d->cands[j];
		if (t != c && !t->dropped && t->f.type == ENT_FACT_DEAL && t->f.nitems &&
		    t->f.value.present && t->f.value.has_usd && t->f.value.usd < c->f.value.usd &&
		    !strcmp(t->f.recipient.s, c->f.recipient.s) &&
		    ent_fact_has_code(t->f.suppliers, t->f.nsuppliers, c->f.suppliers[0].s))
			return 1;
	}
	return 0;
}

/* Do the goods of a and b share a category (or has a no goods)? */
static int goods_overlap(const ent_fact *a, const ent_fact *b)
{
	size_t i, j;
	if (!a->nitems)
		return 1;
	for (i = 0; i < a->nitems; i++)
		for (j = 0; j < b->nitems; j++)
			if (a->items[i].category == b->items[j].category)
				return 1;
	return 0;
}

/* Does unit u tell the other half of a swap ("In exchange for the
 * ammunition, Y provided X with tanks", "in return")? */
static int tells_swap(const dctx *d, int u)
{
	size_t i;
	if (u < 0)
		return 0;
	for (i = d->units[u].t0; i + 1 < d->units[u].t1; i++) {
		const tok *a = &d->t.v[i], *b = &d->t.v[i + 1];
		if (a->keylen == 2 && !memcmp(TKEY(&d->t, i), "in", 2) &&
		    ((b->keylen == 8 && !memcmp(TKEY(&d->t, i + 1), "exchange", 8)) ||
		     (b->keylen == 6 && !memcmp(TKEY(&d->t, i + 1), "return", 6))))
			return 1;
	}
	return 0;
}

/* The first exercise candidate after candidate i, not dropped, told in a
 * unit after after_unit (INT_MIN: any), with a name when named is set;
 * NULL when none. */
static cand *exercise_after(dctx *d, size_t i, int named, int after_unit)
{
	size_t j;
	for (j = i + 1; j < d->ncands; j++) {
		cand *x = &d->cands[j];
		if (!x->dropped && x->f.type == ENT_FACT_EXERCISE && (!named || x->f.name) &&
		    x->unit > after_unit)
			return x;
	}
	return NULL;
}

/* A transfer the document states once, against the direction it states
 * at least twice for the same two states and the same kind of goods
 * ("HHI delivered two frigates to the Philippines" twice, then "a deal
 * for the overhaul of two frigates that the shipbuilder delivered" read
 * with the Philippines as the seller), is read backwards: a sentence's
 * roles were lost in a relative or passive clause, and two states rarely
 * sell each other the same kind of arms in one story.  Its direction is
 * turned, so it joins the document's reading; a transfer of other goods
 * (corvettes one way, trainers the other) stays as it is, and so does
 * one whose sentence tells the other half of a swap ("in exchange for the
 * ammunition, Y provided X with ..."; tells_swap).  Counts are taken
 * before any is turned. */
static void against_the_document(dctx *d, votes_map *vm)
{
	size_t i, j;
	unsigned char *turn = NULL;
	for (i = 0; i < d->ncands; i++) {
		const cand *c = &d->cands[i];
		const char *s, *r;
		if (c->dropped || !c->directed || c->f.nsuppliers != 1 || c->f.npartners ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
			continue;
		s = c->f.suppliers[0].s;
		r = c->f.recipient.s;
		/* a seller read from the maker of the goods named (the Embraer
		 * C-390 a Swedish buyer wants, after Gripen sales the other
		 * way) is no role lost in a clause (stop 47) */
		if (!s[0] || !r[0] || votes(vm, s, r) != 1 || votes(vm, r, s) < 2 ||
		    c->maker_only || tells_swap(d, c->unit))
			continue;
		for (j = 0; j < d->ncands; j++) {
			const cand *o = &d->cands[j];
			if (j == i || o->dropped || !o->directed || strcmp(o->f.recipient.s, s) != 0 ||
			    !ent_fact_has_code(o->f.suppliers, o->f.nsuppliers, r) ||
			    (o->f.type != ENT_FACT_DEAL && o->f.type != ENT_FACT_SUPPLY))
				continue;
			if (goods_overlap(&c->f, &o->f))
				break;
		}
		if (j == d->ncands)
			continue;
		if (!turn && !(turn = ent__calloc(d->ncands, 1)))
			return; /* out of memory: the transfers stay as read */
		turn[i] = 1;
	}
	for (i = 0; turn && i < d->ncands; i++) {
		cand *c = &d->cands[i];
		ent_code s;
		if (!turn[i])
			continue;
		s = c->f.suppliers[0];
		ent_code_set(&c->f.suppliers[0], c->f.recipient.s);
		c->f.recipient = s;
	}
	ent__free(turn);
}

static int resolve(dctx *d)
{
	size_t i, j, k;
	int rc;
	/* 1. directions */
	{
		votes_map vm;
		if (votes_init(&vm, d) != ENT_OK)
			return ENT_ENOMEM;
		for (i = 0; i < d->ncands; i++) {
			cand *c = &d->cands[i];
			if (!c->dropped && !c->directed && !c->anaphoric && c->pair[0][0] &&
			    (c->f.type == ENT_FACT_DEAL || c->f.type == ENT_FACT_SUPPLY))
				orient(d, c, &vm);
		}
		against_the_document(d, &vm);
		ent__free(vm.v);
	}
	/* 2. "the $2 billion deal" joins the deal with that value */
	for (i = 0; i < d->ncands; i++) {
		cand *c = &d->cands[i];
		if (c->dropped || !c->anaphoric)
			continue;
		c->dropped = 1;
		for (j = 0; j < d->ncands; j++) {
			cand *t = &d->cands[j];
			if (t->dropped || t->anaphoric || t->f.type != ENT_FACT_DEAL)
				continue;
			if (values_close(&t->f.value, &c->f.value)) {
				for (k = 0; k < c->nothers; k++) {
					size_t q;
					for (q = 0; q < t->nothers; q++)
						if (!strcmp(t->others[q], c->others[k]))
							break;
					if (q == t->nothers && t->nothers < ENT_FACT_MAX_ACTORS)
						memcpy(t->others[t->nothers++], c->others[k], 12);
				}
				c->f.value.present = 0; /* keep t's own wording of the value */
				if ((rc = ent_fact_merge(&t->f, &c->f)))
					return rc;
				break;
			}
		}
		if (j == d->ncands && c->f.value.present && c->unit > 0)
			anaphoric_delivery(d, c);
	}
	/* 3. partners */
	for (i = 0; i < d->ncands; i++) {
		cand *c = &d->cands[i];
		if (c->dropped || c->f.type != ENT_FACT_DEAL)
			continue;
		for (k = 0; k < c->nothers; k++) {
			const char *o = c->others[k];
			if (!strcmp(o, c->f.recipient.s) ||
			    ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, o))
				continue;
			ent_fact_add_code(c->f.partners, &c->f.npartners, o);
		}
		ent_fact_sort_codes(c->f.partners, c->f.npartners);
	}
	/* 4. a supply tie stated in passing ("Italy's helicopter deliveries to
	 * Egypt", "Jordan has turned to Sweden for new fighters") by a
	 * document that also states a deal between the same supplier and
	 * recipient is that deal's evidence, not a second fact */
	for (i = 0; i < d->ncands; i++) {
		cand *c = &d->cands[i];
		size_t e;
		int only_verb = 1;
		if (c->dropped || c->f.type != ENT_FACT_SUPPLY || c->f.nsuppliers != 1)
			continue;
		for (e = 0; e < c->f.nevidence; e++)
			only_verb &= strcmp(c->f.evidence[e].rule, "supply.verb") == 0 ||
				     strcmp(c->f.evidence[e].rule, "supply.turned_to") == 0;
		if (!only_verb)
			continue;
		for (j = 0; j < d->ncands; j++) {
			cand *t = &d->cands[j];
			if (t->dropped || t->f.type != ENT_FACT_DEAL ||
			    strcmp(t->f.recipient.s, c->f.recipient.s) != 0 ||
			    !ent_fact_has_code(t->f.suppliers, t->f.nsuppliers, c->f.suppliers[0].s))
				continue;
			for (e = 0; e < c->f.nevidence; e++) {
				const ent_evidence *ev = &c->f.evidence[e];
				if ((rc = ent_fact_add_evidence(&t->f, ev->doc, ev->source, ev->start,
								ev->end, ev->quote, strlen(ev->quote),
								ev->rule)))
					return rc;
			}
			/* "a proposed Russian sale of fighter jets to Iran" ...
			 * "Iran is to sign an arms deal with Russia": the deal of
			 * arms of no stated kind takes the tie's goods */
			if (generic_items_only(&t->f))
				for (e = 0; e < c->f.nitems; e++) {
					const ent_item *it = &c->f.items[e];
					if ((rc = ent_fact_add_item(
						     &t->f, it->category, it->text,
						     it->text ? strlen(it->text) : 0,
						     it->designation, it->quantity)))
						return rc;
				}
			c->dropped = 1;
			break;
		}
	}
	/* an exercise name spelt twice in one document with two letters
	 * swapped ("DRUHZBA-5", "DRUZHBA 5"), or once in full and once by
	 * its initials ("Ulchi Freedom Guardian", "UFG"), same parties: one
	 * name */
	for (i = 0; i < d->ncands; i++) {
		cand *c = &d->cands[i];
		if (c->dropped || c->f.type != ENT_FACT_EXERCISE || !c->f.name)
			continue;
		for (j = 0; j < i; j++) {
			cand *t = &d->cands[j];
			char *nm;
			if (t->dropped || t->f.type != ENT_FACT_EXERCISE || !t->f.name ||
			    (t->f.year && c->f.year && t->f.year != c->f.year) ||
			    !ent_fact_codes_subset(t->f.participants, t->f.nparticipants,
						   c->f.participants, c->f.nparticipants) ||
			    t->f.nparticipants != c->f.nparticipants ||
			    !(names_swapped(t->f.name, c->f.name) ||
			      name_initials(t->f.name, c->f.name) ||
			      name_initials(c->f.name, t->f.name)))
				continue;
			if (!(nm = ent__strndup(t->f.name, strlen(t->f.name))))
				return ENT_ENOMEM;
			ent__free(c->f.name);
			c->f.name = nm;
			break;
		}
	}
	/* "... as part of the UNITAS LXI exercise" with one party named,
	 * then "This year's exercise includes forces from A, B and C": an
	 * unnamed drill of two parties or more right after (at most two
	 * sentences on, this paragraph or the next), of no other year, is the
	 * named one, and gives it its parties */
	for (i = 0; i < d->ncands; i++) {
		cand *c = &d->cands[i];
		if (c->dropped || c->f.type != ENT_FACT_EXERCISE || !c->f.name ||
		    c->f.nparticipants > 1 || c->unit < 0)
			continue;
		for (j = i + 1; j < d->ncands; j++) {
			cand *t = &d->cands[j];
			int mrc;
			if (t->dropped || t->f.type != ENT_FACT_EXERCISE || t->f.name || t->unit < 0 ||
			    t->unit <= c->unit || t->unit > c->unit + 2 ||
			    d->units[t->unit].para > d->units[c->unit].para + 1 ||
			    (t->f.year && c->f.year && t->f.year != c->f.year) ||
			    t->f.nparticipants < 2)
				continue;
			if ((mrc = ent_fact_merge(&c->f, &t->f)))
				return mrc;
			t->dropped = 1;
			break;
		}
	}
	/* "India is ready to take part in the bilateral exercise in the UAE
	 * ... . Six fighters will take off for the UAE to take part in the
	 * Desert Flag Exercise": an unnamed drill, then in the next sentence
	 * of the paragraph a named one with a party in common, of no other
	 * year and no other drill between, is that named drill */
	for (i = 0; i < d->ncands; i++) {
		cand *t = &d->cands[i], *c = NULL;
		size_t q;
		int mrc;
		if (t->dropped || t->f.type != ENT_FACT_EXERCISE || t->f.name || t->unit < 0)
			continue;
		for (j = i + 1; j < d->ncands && !c; j++) {
			cand *x = &d->cands[j];
			if (x->dropped || x->f.type != ENT_FACT_EXERCISE || x->unit < 0)
				continue;
			if (x->unit != t->unit + 1 || !x->f.name ||
			    d->units[x->unit].para != d->units[t->unit].para)
				break;
			c = x;
		}
		if (!c || (t->f.year && c->f.year && t->f.year != c->f.year))
			continue;
		for (q = 0; q < t->f.nparticipants; q++)
			if (ent_fact_has_code(c->f.participants, c->f.nparticipants,
					      t->f.participants[q].s))
				break;
		if (q == t->f.nparticipants)
			continue;
		if ((mrc = ent_fact_merge(&c->f, &t->f)))
			return mrc;
		t->dropped = 1;
	}
	/* "UAE and Saudi join major Arab military drills in Egypt" as a
	 * heading, then "... are taking part in the 'Shield of the Arabs 1'
	 * drills": an unnamed drill of a heading, or of the sentence right
	 * before, whose parties all take part in the first named drill told
	 * after it, of no other year, is that drill (stop 35) */
	for (i = 0; i < d->ncands; i++) {
		cand *t = &d->cands[i], *c = NULL;
		int mrc;
		if (t->dropped || t->f.type != ENT_FACT_EXERCISE || t->f.name || t->unit < 0)
			continue;
		c = exercise_after(d, i, 1, INT_MIN);
		if (!c || c->unit < 0 ||
		    !(d->units[t->unit].kind == UK_HEADING || c->unit == t->unit + 1) ||
		    (t->f.year && c->f.year && t->f.year != c->f.year) ||
		    !ent_fact_codes_subset(t->f.participants, t->f.nparticipants, c->f.participants,
					   c->f.nparticipants))
			continue;
		if ((mrc = ent_fact_merge(&c->f, &t->f)))
			return mrc;
		t->dropped = 1;
	}
	/* "China, Iran and Russia to take part in 'Caucus 2020' drills" as a
	 * heading, then the lede "Chinese, Iranian and Russian forces are to
	 * participate in joint exercises ..., alongside troops from A and B":
	 * the first drill told within six units after a heading's named one,
	 * unnamed, of no other year and with all its parties, is that drill
	 * told again (stop 36) */
	for (i = 0; i < d->ncands; i++) {
		cand *c = &d->cands[i], *t = NULL;
		int mrc;
		if (c->dropped || c->f.type != ENT_FACT_EXERCISE || !c->f.name || c->unit < 0 ||
		    d->units[c->unit].kind != UK_HEADING)
			continue;
		t = exercise_after(d, i, 0, c->unit);
		if (!t || t->f.name || t->unit > c->unit + 6 ||
		    (t->f.year && c->f.year && t->f.year != c->f.year) ||
		    !ent_fact_codes_subset(c->f.participants, c->f.nparticipants, t->f.participants,
					   t->f.nparticipants))
			continue;
		if ((mrc = ent_fact_merge(&c->f, &t->f)))
			return mrc;
		t->dropped = 1;
	}
	/* in a document on airlines, aircraft with no designation (or no
	 * goods named) are airliners an airline buys or leases, no arms */
	{
		int airline = -1; /* the text is read once, and only if need be */
		for (i = 0; i < d->ncands; i++) {
			/* a deal naming no goods at all ("signed a memorandum with
			 * the carrier for 30 787-9 Dreamliners ... about $7.7bn") is
			 * an airliner order there too */
			if (d->cands[i].dropped ||
			    !(generic_aircraft_only(&d->cands[i].f) ||
			      (d->cands[i].f.type == ENT_FACT_DEAL && d->cands[i].f.nitems == 0)))
				continue;
			if (airline < 0)
				airline = airline_text(d);
			if (airline)
				d->cands[i].dropped = 1;
		}
	}
	for (i = 0; i < d->ncands; i++)
		if (!d->cands[i].dropped && sales_total(d, &d->cands[i]))
			d->cands[i].dropped = 1;
	soviet_successor(d);
	if ((rc = ent__named_editions(d)))
		return rc;
	/* 5. merge repeated statements; 6. the stages of one contract a
	 * document tells (signed in one year, delivered in a later one) */
	if ((rc = merge_maker_only(d)) || (rc = merge_told_deal(d)) || (rc = merge_generic(d)))
		return rc;
	if ((rc = merge_same(d)) || (rc = merge_ties(d)) || (rc = merge_host_drill(d)) ||
	    (rc = merge_name_word(d)))
		return rc;
	return seller_for_maker(d);
}

/* The exercise names the text holds (exercises.tsv), for the exercise
 * rules: only a capitalised word can open one, and the gazetteer rules
 * out most of those by the hash of their key (dctx.thash, so after
 * ent__word_classes). */
static int find_exercise_names(dctx *d)
{
	size_t i, n;
	for (i = 0; i < d->t.n; i++) {
		/* upper: a word's first letter (never a number's) */
		if (!d->t.v[i].upper ||
		    !ent__gazetteer_exercise(d->gz, &d->t, i, d->thash[i], &n))
			continue;
		if (d->nxnames == d->cxnames) {
			size_t c = d->cxnames ? d->cxnames * 2 : 8;
			struct xname *nx = ent__realloc(d->xnames, c * sizeof *nx);
			if (!nx)
				return ENT_ENOMEM;
			d->xnames = nx;
			d->cxnames = c;
		}
		d->xnames[d->nxnames].t0 = i;
		d->xnames[d->nxnames++].t1 = i + n;
		i += n - 1;
	}
	return ENT_OK;
}

static void dctx_destroy(dctx *d)
{
	size_t i;
	for (i = 0; i < d->ncands; i++)
		ent_fact_destroy(&d->cands[i].f);
	ent__free(d->cands);
	ent__free(d->units);
	ent__free(d->cells);
	ent__free(d->row_cell0);
	ent__free(d->row_ncells);
	ent__free(d->tables);
	ent__free(d->tmask);
	ent__free(d->thash);
	ent__free(d->xnames);
	ent__mentions_destroy(&d->m);
	ent__tokens_destroy(&d->t);
}

int ent_extract(ent_extractor *x, const ent_doc *doc, ent_fact_list *out)
{
	dctx d;
	size_t i;
	int rc;
	memset(&d, 0, sizeof d);
	d.gz = x->gz;
	d.doc = doc;
	d.text = doc->text;
	if ((rc = ent__tokenize(&d.t, doc->text, doc->len)))
		goto done;
	/* the byline of the text is the article's own date; a published date
	 * the document came with (a header line, a page's metadata) only
	 * stands when the text has none */
	byline_date(&d);
	if (!d.doc_year) {
		d.doc_year = ent_doc_year(doc);
		d.doc_month = ent_doc_month(doc);
	}
	if (!d.doc_year)
		weekday_date(&d); /* a caption's date, last */
	if ((rc = find_mentions(&d)) || (rc = ent__layout(&d)))
		goto done;
	focus_pair(&d);
	if ((rc = ent__word_classes(&d)) || (rc = find_exercise_names(&d)) ||
	    (rc = ent__frames(&d)) || (rc = resolve(&d)))
		goto done;
	for (i = 0; i < d.ncands; i++) {
		cand *c = &d.cands[i];
		if (c->dropped)
			continue;
		if ((c->f.type == ENT_FACT_DEAL || c->f.type == ENT_FACT_SUPPLY) &&
		    (!c->f.nsuppliers || !c->f.recipient.s[0]))
			continue;
		if ((rc = ent_fact_list_push(out, &c->f)))
			goto done;
	}
done:
	dctx_destroy(&d);
	return rc;
}
