/*
 * frames_cand.c - what every rule shares: actors before and after a word,
 * candidate facts and their evidence, goods and quantities, splitting one
 * statement into several deals, money and years near a verb, hedges and
 * negation, and plural anaphora ("both countries", "the two sides").
 */
#include "extract/frames_internal.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- candidates ------------------------------------------------------------ */

int ent__cand_new(dctx *d, ent_fact_type type, int ui, cand **out)
{
	cand *c;
#ifdef ENT_GROW_MOVES
	if (d->ncands < d->ccands && d->ncands < ENT_GROW_MOVES_MAX) {
		cand *mv = ent__move(d->cands, d->ncands * sizeof *mv, d->ccands * sizeof *mv);
		if (!mv)
			return ENT_ENOMEM;
		d->cands = mv;
	}
#endif
	if (d->ncands == d->ccands) {
		size_t n = d->ccands ? d->ccands * 2 : 64;
		cand *nv = ent__realloc(d->cands, n * sizeof *nv);
		if (!nv)
			return ENT_ENOMEM;
		d->cands = nv;
		d->ccands = n;
	}
	c = &d->cands[d->ncands++];
	memset(c, 0, sizeof *c);
	ent_fact_init(&c->f, type);
	c->unit = ui;
	*out = c;
	return ENT_OK;
}

/* A new candidate of unit ui whose fact is a copy of candidate ci's.  The
 * array may move: pointers into it are to be taken again after the call. */
int cand_clone(dctx *d, size_t ci, int ui, cand **out)
{
	ent_fact copy;
	int rc = ent_fact_copy(&copy, &d->cands[ci].f);
	if (rc)
		return rc;
	if ((rc = ent__cand_new(d, copy.type, ui, out))) {
		ent_fact_destroy(&copy);
		return rc;
	}
	ent_fact_destroy(&(*out)->f);
	(*out)->f = copy;
	return ENT_OK;
}

/* "a separate agreement was inked", "signed another contract": a deal
 * noun at or after dn called separate or another (at most two words
 * between) tells a deal apart from those told before; so does "another
 * batch (tranche, consignment, shipment)" anywhere in s (stop 36: "Belarus
 * will receive another batch of Su-30SM2 aircraft"). */
int separate_deal(const dctx *d, const span *s, size_t dn)
{
	static const char *w_apart[] = {"separate", "another", NULL};
	static const char *w_batch[] = {"batch", "tranche", "consignment", "shipment", NULL};
	static const char *w_option[] = {"option", "options", NULL};
	size_t i;
	for (i = s->t0; i + 1 < s->t1; i++)
		if (K(i)[0] == 'a' && kis(d, i, "another") &&
		    /* "has the option to order another 20 F-35s": an option of
		     * the contract told, no purchase of its own (stop 59) */
		    find_in(d, i > s->t0 + 4 ? i - 4 : s->t0, i, w_option) == NONE &&
		    (kin_local(d, i + 1, w_batch) ||
		     (i + 2 < s->t1 && kin_local(d, i + 2, w_batch)) ||
		     /* "Poland bought another 250 Abrams": more of a kind, a
		      * purchase of its own (stop 36) */
		     (d->t.v[i + 1].kind == TK_NUM && i + 2 < s->t1 && in_weapon(d, s, i + 2))))
			return 1;
	for (; dn != NONE; dn = find_in(d, dn + 1, s->t1, w_deal_noun))
		for (i = dn; i > s->t0 && i + 3 > dn; i--)
			if (kin_local(d, i - 1, w_apart))
				return 1;
	return 0;
}

/* m made a stand-in mention of the state code (a name with no place in
 * the text, unless the caller gives it one), for a party a rule knows by
 * code only; returns m. */
const mention *code_mention(mention *m, const char *code)
{
	memset(m, 0, sizeof *m);
	m->kind = MK_ACTOR;
	m->gz = GZ_STATE;
	m->code = code;
	return m;
}

/* Does p point into the array of candidates (which ent__cand_new may move)? */
static int in_cands(const dctx *d, const void *p)
{
	uintptr_t a = (uintptr_t)p, b = (uintptr_t)d->cands;
	return d->cands && a >= b && a < b + d->ccands * sizeof *d->cands;
}

/* code, or a copy of it in *buf when it lies in an earlier candidate: a
 * rule that read a party off a candidate keeps it across ent__cand_new,
 * which may move the array (stop 66). */
const char *pin_code(const dctx *d, ent_code *buf, const char *code)
{
	if (!code || !in_cands(d, code))
		return code;
	ent_code_set(buf, code);
	return buf->s;
}

/* m, or a copy in *keep whose code is pinned to *buf (pin_code). */
const mention *pin_mention(const dctx *d, mention *keep, ent_code *buf, const mention *m)
{
	if (!m || !m->code || !in_cands(d, m->code))
		return m;
	*keep = *m;
	keep->code = pin_code(d, buf, m->code);
	return keep;
}

/* Drop the goods of candidate c's fact (a part of a split takes its own). */
void cand_clear_items(cand *c)
{
	size_t i;
	for (i = 0; i < c->f.nitems; i++) {
		ent__free(c->f.items[i].text);
		ent__free(c->f.items[i].designation);
	}
	c->f.nitems = 0;
}

/* Brackets of the span around token i, each within reach tokens of it
 * ("($12bn; 8.2bn)", frames.c in_brackets; "(Uzbekistan is not
 * participating)", a drill's aside, reach the span): 1 with *open and
 * *close at them, else 0. */
int bracket_around(const dctx *d, const span *s, size_t i, size_t reach, size_t *open,
		   size_t *close)
{
	size_t j;
	for (j = i; j > s->t0 && j + reach > i && !kis(d, j - 1, ")"); j--)
		if (kis(d, j - 1, "("))
			break;
	if (j == s->t0 || j + reach <= i || !kis(d, j - 1, "("))
		return 0;
	*open = j - 1;
	for (j = i + 1; j < s->t1 && j < i + reach && !kis(d, j, "("); j++)
		if (kis(d, j, ")")) {
			*close = j;
			return 1;
		}
	return 0;
}

/* Drop the evidence of candidate c's fact (a copy told by another unit). */
void cand_clear_evidence(cand *c)
{
	size_t e;
	for (e = 0; e < c->f.nevidence; e++) {
		ent__free(c->f.evidence[e].source);
		ent__free(c->f.evidence[e].quote);
		ent__free(c->f.evidence[e].rule);
	}
	c->f.nevidence = 0;
}

/* Keep goods item j of c alone, freeing the others (none when j is past
 * the last). */
void cand_keep_item(cand *c, size_t j)
{
	size_t i;
	for (i = 0; i < c->f.nitems; i++)
		if (i != j) {
			ent__free(c->f.items[i].text);
			ent__free(c->f.items[i].designation);
		}
	if (j < c->f.nitems) {
		c->f.items[0] = c->f.items[j];
		c->f.nitems = 1;
	} else {
		c->f.nitems = 0;
	}
}

/* Part i of a split of candidate ci (emitted) in unit ui: ci itself for
 * the first part, else a directed copy of it; either way without goods.
 * The array may move (cand_clone). */
static int cand_part(dctx *d, size_t ci, size_t i, int ui, cand **one)
{
	int rc;
	if (i == 0) {
		*one = &d->cands[ci];
	} else {
		if ((rc = cand_clone(d, ci, ui, one)))
			return rc;
		(*one)->directed = 1;
	}
	cand_clear_items(*one);
	return ENT_OK;
}

int ent__add_unit_evidence(dctx *d, cand *c, int ui, const char *rule)
{
	const unit *u = &d->units[ui];
	return ent_fact_add_evidence(&c->f, d->doc->sha256, d->doc->source, u->start, u->end,
				     d->text + u->start, u->end - u->start, rule);
}

int emit(dctx *d, cand *c, const span *s, const char *rule)
{
	char name[64];
	snprintf(name, sizeof name, "%s%s", s->rule_prefix ? s->rule_prefix : "", rule);
	return ent__add_unit_evidence(d, c, s->unit, name);
}

int add_others(cand *c, const char *code)
{
	size_t i;
	for (i = 0; i < c->nothers; i++)
		if (strcmp(c->others[i], code) == 0)
			return 0;
	if (c->nothers < ENT_FACT_MAX_ACTORS)
		memcpy(c->others[c->nothers++], code, 12);
	return 0;
}

static const char *w_standard[] = {"block", "batch", "lot", "tranche", "phase", "mk", "mark",
				   "flight", "series", "increment", "standard", "version", NULL};

/* Armed services a counted weapon may be named for: "three navy frigates". */
static const char *w_service_noun[] = {"navy", "naval", "army", "marine", "marines", NULL};

/* Whether token i is a wheel count of a drive: an even number from 2 to 12
 * ("8" of "8 x 8"). */
static int drive_wheels(const dctx *d, size_t i)
{
	const tok *x = &d->t.v[i];
	long v = 0;
	size_t c;
	if (x->kind != TK_NUM || x->end - x->start > 2)
		return 0;
	for (c = x->start; c < x->end; c++) {
		if (d->text[c] < '0' || d->text[c] > '9')
			return 0;
		v = v * 10 + (d->text[c] - '0');
	}
	return v >= 2 && v <= 12 && v % 2 == 0;
}

/* Quantity written just before a weapon mention ("24 JF-17", "12 new
 * helicopters", "two frigates"); -1 when none. */
long quantity_before(const dctx *d, const span *s, const mention *w)
{
	static const char *w_measure_unit[] = {"meter", "metre", "foot", "feet", "ton", "tonne",
					       "mm", "km", "m", "ft", NULL};
	size_t i, back = 0;
	for (i = w->t0; i > s->t0 && back < 3; back++) {
		const tok *x;
		i--;
		x = &d->t.v[i];
		if (i > s->t0 + 1 && kin_local(d, i, w_measure_unit) && kis(d, i - 1, "-") &&
		    d->t.v[i - 2].kind == TK_NUM) {
			i -= 2; /* "10 40-meter patrol boats": a size, the count before */
			back = 0;
			continue;
		}
		if (i > s->t0 + 1 && (kis(d, i, "made") || kis(d, i, "built")) &&
		    kis(d, i - 1, "-") && d->t.v[i - 2].kind == TK_WORD) {
			i -= 2; /* "44 German-made Leopard tanks" (stop 48) */
			back = 0;
			continue;
		}
		if (x->kind == TK_NUM && i > s->t0 + 1 &&
		    (kis(d, i - 1, "\xc3\x97") || kis(d, i - 1, "x")) &&
		    d->t.v[i - 2].kind == TK_NUM &&
		    ((!x->space_before && !d->t.v[i - 1].space_before) ||
		     (drive_wheels(d, i) && drive_wheels(d, i - 2)))) {
			i -= 2; /* "the Yoruk 4x4 armored vehicle": a drive, no count
				 * (stop 35); spaced, "8 x 8", when both are wheel
				 * counts (stop 36) */
			back = 0;
			continue;
		}
		if (x->kind == TK_WORD && x->keylen > 1 && K(i)[0] == 'x' && i > s->t0 &&
		    !x->space_before && d->t.v[i - 1].kind == TK_NUM &&
		    strspn(K(i) + 1, "0123456789") == (size_t)x->keylen - 1) {
			i--; /* "20 6x6 armored vehicles": "6" "x6" */
			back = 0;
			continue;
		}
		if (x->kind == TK_NUM) {
			/* "1,200 rifles": the thousands' commas are no end */
			long v = 0;
			size_t c, run = 0;
			for (c = x->start; c < x->end; c++) {
				/* a comma followed by three digits groups thousands */
				if (d->text[c] == ',' && run && c + 3 < x->end &&
				    (c + 4 == x->end || d->text[c + 4] == ',')) {
					run = 0;
					continue;
				}
				if (d->text[c] < '0' || d->text[c] > '9' || v > 100000000L)
					break;
				v = v * 10 + (d->text[c] - '0');
				run++;
			}
			if (c < x->end)
				return -1; /* "1,5": a decimal comma, no count */
			if (i + 1 < s->t1 && (kis(d, i + 1, "%") || kis(d, i + 1, "percent") ||
					      kis(d, i + 1, "per")))
				return -1; /* "100% technology transfer": a share */
			if ((i > s->t0 && kis(d, i - 1, "-") && !x->space_before) ||
			    (i + 1 < s->t1 && !d->t.v[i + 1].space_before &&
			     d->t.v[i + 1].kind == TK_WORD))
				return -1; /* "CH-92A", "Su-30MKI": part of a name */
			if (i > s->t0 && kis(d, i - 1, "project")) {
				i--; /* "four project 11661 frigates": a class's
				      * number, the count before it */
				back = 0;
				continue;
			}
			int comma = memchr(d->text + x->start, '.', x->end - x->start) != NULL;
			if (comma || v <= 0 || (v >= 1950 && v <= 2049) || v > 100000)
				return -1;
			if (i > s->t0 && (kis(d, i - 1, "$") || kis(d, i - 1, "usd")))
				return -1;
			/* "the Block 15 aircraft", "Tranche 3 Typhoons": a
			 * production standard, not a number of pieces; "four
			 * Bell 412 helicopters": a model number */
			if (i > s->t0 && (kin(d, i - 1, w_standard) ||
					  (d->t.v[i - 1].kind == TK_WORD && d->t.v[i - 1].upper &&
					   i - 1 > s->t0 && !kis(d, i - 2, ".") &&
					   d->t.v[i - 2].kind != TK_NEWLINE)))
				return -1;
			return v;
		}
		if (KIN(d, i, w_numwords)) {
			size_t k;
			for (k = 0; w_numwords[k]; k++)
				if (kis(d, i, w_numwords[k]))
					break;
			/* "half a dozen drones" are six, "two dozen" 24 */
			if (k == 11 && i > s->t0 + 1 && kis(d, i - 1, "a") && kis(d, i - 2, "half"))
				return 6;
			if (k == 11 && i > s->t0) {
				size_t m;
				for (m = 0; m < 11 && !kis(d, i - 1, w_numwords[m]); m++)
					;
				if (m < 11)
					return 12 * ((long)m + 2);
			}
			return k == 11 ? 12 : (long)k + 2;
		}
		if (x->kind != TK_WORD || x->upper)
			continue; /* "24 JF-17 Block III": skip designation words */
		/* a part of goods named before: "ordered six of these/the
		 * howitzers" counts six */
		if (i > s->t0 + 1 && (kis(d, i, "these") || kis(d, i, "those") || kis(d, i, "the")) &&
		    kis(d, i - 1, "of")) {
			i--;
			continue;
		}
		if (kis(d, i, "new") || kis(d, i, "more") || kis(d, i, "additional") ||
		    kis(d, i, "advanced") || kis(d, i, "modern") || kis(d, i, "used") ||
		    kis(d, i, "military"))
			continue; /* "12 military helicopters" */
		if (kin_local(d, i, w_service_noun))
			continue; /* "three navy frigates", "two army helicopters" */
		return -1;
	}
	return -1;
}

/* Nouns of a maker a weapon word may qualify: "drone maker Baykar",
 * "Dutch aircraft manufacturer Fokker" name a firm, not an item. */
static const char *w_maker_noun[] = {"maker", "makers", "manufacturer", "manufacturers",
				     "producer", "producers", "builder", "builders", "firm",
				     "firms", "company", "companies", "industry", "industries",
				     "contractor", "contractors", "sector", NULL};

/* Verbs of spending: with money and "on/for" goods, a purchase. */
const char *w_spend[] = {"spent", "spend", "spends", "spending", "shelled", "paid", "pays",
			 /* "will pay $950 million for six frigates" (stop 51) */
			 "pay", "paying", NULL};

/* Is the spending verb at v followed, within its clause, by money and then
 * "on"/"for" and a weapon term?  A state paid stands for the money: "Y
 * paid X for the upgrade of its Kfir jets" (the goods within six words
 * after "for"; stop 56). */
int spent_on_goods(const dctx *d, const span *s, size_t v)
{
	size_t i, k, reach = 4;
	int money = 0;
	const mention *p = v + 1 < s->t1 ? mention_at(d, s, v + 1) : NULL;
	if (p && p->t0 == v + 1 && ent__is_state_mention(p) && p->gz != GZ_DEMONYM &&
	    !p->possessive && (kis(d, v, "paid") || kis(d, v, "pays") || kis(d, v, "pay")) &&
	    p->t1 < s->t1 && kis(d, p->t1, "for")) {
		money = 1;
		reach = 6;
	}
	for (i = v + 1; i < s->t1 && i < v + 12; i++) {
		if (kis(d, i, ";") || kis(d, i, "."))
			return 0;
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->kind == MK_MONEY && M(d, k)->t0 == i)
				money = 1;
		if (money && (kis(d, i, "on") || kis(d, i, "for"))) {
			for (k = s->m0; k < s->m1; k++) {
				const mention *m = M(d, k);
				if (m->gz == GZ_WEAPON && m->kind == MK_ACTOR && m->t0 > i &&
				    m->t0 <= i + reach)
					return 1;
			}
			return 0;
		}
	}
	return 0;
}

/* Does "second hand (second-hand, secondhand)" stand between eight tokens
 * before t0 and t1? */
static int second_hand_near(const dctx *d, const span *s, size_t t0, size_t t1)
{
	size_t i;
	for (i = t0 > s->t0 + 8 ? t0 - 8 : s->t0; i < t1 && i < s->t1; i++)
		if (kis(d, i, "secondhand") ||
		    (kis(d, i, "second") && i + 1 < s->t1 &&
		     (kis(d, i + 1, "hand") ||
		      (kis(d, i + 1, "-") && i + 2 < s->t1 && kis(d, i + 2, "hand")))))
			return 1;
	return 0;
}

/* The supplier an item of a list names for itself: a demonym right
 * before it ("Turkish Bayraktar TB2s"), "from X" or "deal with X" right
 * after it ("F-15 planes from the United States"), else its designation's
 * maker; NULL when none. */
const char *item_owner(const dctx *d, const span *s, size_t k, int *stated)
{
	const mention *m = M(d, k);
	size_t j, i;
	*stated = 1;
	if (k > s->m0) {
		/* "Turkish Bayraktar TB2s", "China's J-10", "U.S.-made F-15EX" */
		const mention *p = M(d, k - 1);
		if (p->t1 <= m->t0 && ent__is_state_mention(p) &&
		    ((p->gz == GZ_DEMONYM && p->t1 + 2 >= m->t0) ||
		     (p->possessive && p->t1 + 3 >= m->t0) ||
		     (made_in(d, s, p) && p->t1 + 4 >= m->t0)))
			return p->code;
	}
	/* "from (the) X" or "deal with X" within four tokens after */
	for (j = k + 1; j < s->m1; j++) {
		const mention *x = M(d, j);
		if (x->t0 > m->t1 + 5)
			break;
		if (!ent__is_state_mention(x) || x->t0 < m->t1)
			continue;
		for (i = m->t1; i < x->t0; i++)
			if (kis(d, i, ",") || kis(d, i, "and") || kis(d, i, ";"))
				break;
		if (i < x->t0)
			break;
		i = x->t0 - 1;
		if (kis(d, i, "the") && i > m->t1)
			i--;
		if (kis(d, i, "from") || (kis(d, i, "with") && i > m->t1 && KIN(d, i - 1, w_deal_noun)))
			return x->code;
		/* "six second hand Bell 206 helicopters delivered via
		 * Austria": used goods come "via" their last owner (stop 65) */
		if (kis(d, i, "via") && second_hand_near(d, s, m->t0, x->t0))
			return x->code;
		break;
	}
	*stated = 0;
	return m->canon && m->code ? m->code : NULL;
}

/* Is token i inside a weapon mention of the span (or, with demonyms, a
 * demonym: "the Russian S-300")? */
static int in_weapon_or(const dctx *d, const span *s, size_t i, int demonyms)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if ((M(d, k)->gz == GZ_WEAPON || (demonyms && M(d, k)->gz == GZ_DEMONYM)) &&
		    M(d, k)->t0 <= i && i < M(d, k)->t1)
			return 1;
	return 0;
}

int in_weapon(const dctx *d, const span *s, size_t i)
{
	return in_weapon_or(d, s, i, 0);
}

/* Is the weapon mention m a target or a model, not goods ("can repel
 * aircraft, missiles and drones", "based on the Russian S-300 system")?
 * The words before it are walked back over a list of such terms. */
int weapon_is_target(const dctx *d, const span *s, const mention *m)
{
	static const char *glue[] = {",", "and", "or", "the", "a", "an", "enemy", "incoming",
				     "hostile", "cruise", "ballistic", NULL};
	size_t i = m->t0;
	while (i > s->t0 && (kin(d, i - 1, glue) || in_weapon_or(d, s, i - 1, 1)))
		i--;
	if (i <= s->t0)
		return 0;
	if (kin(d, i - 1, w_target_v))
		return !(kis(d, i - 1, "down") && !(i - 1 > s->t0 && (kis(d, i - 2, "shoot") ||
								      kis(d, i - 2, "shoots") ||
								      kis(d, i - 2, "shot"))));
	/* "based on", "a version of", "a copy of": the model, not the goods */
	if (i - 1 > s->t0 && kis(d, i - 1, "on") && kis(d, i - 2, "based"))
		return 1;
	if (i - 1 > s->t0 && kis(d, i - 1, "of") &&
	    (kis(d, i - 2, "version") || kis(d, i - 2, "variant") || kis(d, i - 2, "copy") ||
	     kis(d, i - 2, "derivative"))) {
		/* but "selected (bought) an upgraded version of X": the
		 * version chosen is X's kind of goods */
		static const char *w_pick[] = {"selected", "selects", "chose", "chooses", "picked",
					       "picks", "preferred", "prefers", NULL};
		size_t q = i - 2, n;
		for (n = 0; q > s->t0 && n < 3 && d->t.v[q - 1].kind == TK_WORD &&
			    !d->t.v[q - 1].upper && !kin_local(d, q - 1, w_pick) &&
			    !KIN(d, q - 1, w_buy_verb);
		     q--, n++)
			;
		return !(q > s->t0 && (kin_local(d, q - 1, w_pick) || KIN(d, q - 1, w_buy_verb)));
	}
	return 0;
}

/* Is the weapon mention m only a qualifier of a maker noun, or a target? */
int weapon_names_a_maker_or_target(const dctx *d, const span *s, const mention *m)
{
	return (m->t1 < s->t1 && kin(d, m->t1, w_maker_noun)) || weapon_is_target(d, s, m);
}

/* The words without which no rival_party or mere_competition is told (a
 * bit of each token's word classes, so a span without any costs a bit
 * test a token): beating, contest, rivals, choosing, losing. */
const char *w_contest_any[] = {
	"beat", "beats", "beating", "defeat", "defeated", "defeats", "defeating", "outbid",
	"outbids", "outbidding", "outbidded", "edged", "edges", "edging", "edge", "saw", "sees",
	"seeing", "seen", "see", "fended", "fends", "fending", "fend", "shortlisted",
	"short-listed", "shortlist", "competing", "compete", "competes", "competed", "competition",
	"contest", "bidding", "bid", "bids", "vying", "vie", "vies", "pitted", "rivals", "rival",
	"competitors", "competitor", "contenders", "bidders", "contestants", "chose", "chooses",
	"choose", "choosing", "selected", "selects", "picked", "picks", "preferred", "prefers",
	"lost", "loses", "losing", "opted", NULL};

/* May span s tell a contest: a word of w_contest_any in its unit (or a
 * span that is not one unit's)? */
int contest_in(const dctx *d, const span *s)
{
	const unit *u;
	if (s->unit < 0 || (size_t)s->unit >= d->nunits)
		return 1;
	u = &d->units[s->unit];
	return u->contest || s->t0 < u->t0 || s->t1 > u->t1;
}

/* Does token i end a word of beating a rival: "beat", "defeated",
 * "outbid", or the particle of "edged out", "saw off", "fended off"? */
int beat_word_at(const dctx *d, const span *s, size_t i)
{
	static const char *w_beat[] = {"beat", "beats", "beating", "defeat", "defeated", "defeats",
				       "defeating", "outbid", "outbids", "outbidding", "outbidded",
				       NULL};
	static const char *w_beat_off[] = {"edged", "edges", "edging", "edge", "saw", "sees",
					   "seeing", "seen", "see", "fended", "fends", "fending",
					   "fend", NULL};
	if (kis(d, i, "out") || kis(d, i, "off"))
		return i > s->t0 && kin_local(d, i - 1, w_beat_off);
	return (K(i)[0] == 'b' || K(i)[0] == 'd' || K(i)[0] == 'o') && kin_local(d, i, w_beat);
}

/* Is mention m named as a rival in a competition for a contract, no party
 * of its deal: in the list after a word of beating ("Saab beat (rivals)
 * Boeing and Dassault to win"), of contest ("competing against A", "in
 * competition with A", "shortlisted A and B"), of choice ("Y chose X's jet
 * over A's"), of a list of rivals ("bidders for the contract were A, B and
 * C"), or one that lost or bid ("A lost out to X", "which A had also bid
 * for")?  The list is walked back over names, commas, "and" and words in
 * lower case, up to a stop: "to", "win", a clause word, a verb of deal. */
int rival_party(const dctx *d, const span *s, const mention *m)
{
	/* every word the walk stops or decides at, for one probe a word */
	static const char *w_walk[] = {"to", "win", "won", "wins", "which", "who", "that", "while",
				       "but", "whereas", "after", "when", "in", "for", "at", "on",
				       "during", "beat", "beats", "beating", "defeat", "defeated",
				       "defeats", "defeating", "outbid", "outbids", "outbidding",
				       "outbidded", "out", "off", "shortlisted", "short-listed",
				       "against", "with", "over", "included", "include", "includes",
				       "were", "are", "comprised", "comprise", "comprises", NULL};
	static const char *w_list_stop[] = {"to", "win", "won", "wins", "which", "who", "that",
					    "while", "but", "whereas", "after", "when", "in",
					    "for", "at", "on", "during", NULL};
	static const char *w_contest[] = {"competing", "compete", "competes", "competed", "bidding",
					  "bid", "vying", "pitted", "competition", "contest", NULL};
	static const char *w_rivals_n[] = {"rivals", "rival", "competitors", "competitor",
					   "contenders", "bidders", "contestants", NULL};
	static const char *w_list_verb[] = {"included", "include", "includes", "were", "are",
					    "comprised", "comprise", "comprises", NULL};
	static const char *w_choose[] = {"chose", "chooses", "choose", "choosing", "selected",
					 "selects", "picked", "picks", "preferred", "prefers",
					 NULL};
	static const char *w_lost[] = {"lost", "loses", "losing", "bid", "bids", "bidding",
				       "competed", NULL};
	size_t i, n, j, e;
	/* cheap first: a word of contest in the unit, in the walk's reach */
	if (!contest_in(d, s))
		return 0;
	i = m->t0 > s->t0 + 24 ? m->t0 - 24 : s->t0;
	e = m->t1 + 8 < s->t1 ? m->t1 + 8 : s->t1;
	for (; i < e && !KIN(d, i, w_contest_any); i++)
		;
	if (i == e)
		return 0;
	for (i = m->t0, n = 0; i > s->t0 && n < 14; i--, n++) {
		size_t p = i - 1;
		const tok *t = &d->t.v[p];
		if (t->kind == TK_PUNCT && !kis(d, p, ",") && !kis(d, p, "-") && !kis(d, p, "/"))
			break;
		if (KIN(d, p, w_sign) || KIN(d, p, w_supply_verb) || KIN(d, p, w_buy_verb))
			break;
		if (t->kind != TK_WORD || !kin_local(d, p, w_walk))
			continue;
		if (!t->upper && kin_local(d, p, w_list_stop))
			break;
		if (beat_word_at(d, s, p))
			return 1;
		if (kis(d, p, "shortlisted") || kis(d, p, "short-listed"))
			return 1;
		/* "competing against A", "against rivals A" */
		if (kis(d, p, "against") &&
		    ((p > s->t0 && kin_local(d, p - 1, w_contest)) ||
		     (p > s->t0 + 1 && kin_local(d, p - 2, w_contest)) ||
		     (p + 1 < s->t1 && kin_local(d, p + 1, w_rivals_n))))
			return 1;
		/* "in competition with A", "competing with A" (not "amid
		 * competition with China") */
		if (kis(d, p, "with") && p > s->t0 && kin_local(d, p - 1, w_contest) &&
		    (!kis(d, p - 1, "competition") || (p > s->t0 + 1 && kis(d, p - 2, "in"))))
			return 1;
		/* "Y chose X over A" */
		if (kis(d, p, "over") && p > s->t0 && find_in(d, s->t0, p, w_choose) != NONE)
			return 1;
		/* "rivals for the contract included A, B and C" */
		if (kin_local(d, p, w_list_verb) &&
		    find_in(d, p > s->t0 + 8 ? p - 8 : s->t0, p, w_rivals_n) != NONE)
			return 1;
	}
	/* "A lost out to X", "which A had also bid for": past the firm a
	 * possessive state owns ("Japan's Mitsubishi lost out") */
	j = m->t1;
	if (m->possessive && j < s->t1 && kis(d, j, "'s"))
		j++;
	for (n = 0; j < s->t1 && n < 5 && d->t.v[j].kind == TK_WORD && d->t.v[j].upper; j++, n++)
		;
	for (n = 0; j < s->t1 && n < 2 &&
		    (kis(d, j, "had") || kis(d, j, "has") || kis(d, j, "also") ||
		     kis(d, j, "narrowly") || kis(d, j, "unsuccessfully"));
	     j++, n++)
		;
	return j < s->t1 && (K(j)[0] == 'l' || K(j)[0] == 'b' || K(j)[0] == 'c') &&
	       kin_local(d, j, w_lost) && !(kis(d, j, "bid") && j + 1 < s->t1 && KIN(d, j + 1, w_det));
}

/* "a success against its competitors such as the Russian Su-35", "beat
 * rivals like the F-16": a weapon named as a rival of the goods (a word of
 * rivalry in the five words before it, or a rival's place: rival_party)
 * is no goods. */
static int weapon_is_rival(const dctx *d, const span *s, const mention *m)
{
	static const char *w_rival_model[] = {"competitors", "competitor", "rivals", "rival",
					"competition", "contenders", NULL};
	size_t r = m->t0 > s->t0 + 5 ? m->t0 - 5 : s->t0;
	/* cheap first: only words in c- or r- are looked up */
	for (; r < m->t0; r++)
		if ((K(r)[0] == 'c' || K(r)[0] == 'r') && kin_local(d, r, w_rival_model))
			break;
	if (r < m->t0 && (r + 1 == m->t0 || kis(d, r + 1, "such") || kis(d, r + 1, "like") ||
			  kis(d, r + 1, "including") || kis(d, r + 1, "the")))
		return 1;
	return rival_party(d, s, m) || instead_of_named(d, s, m);
}

/* "instead of American alternatives", "instead of the US Patriot": is m
 * within three words after "instead of" (or "rather than"), the state of
 * goods not taken?  (stop 64) */
int instead_of_named(const dctx *d, const span *s, const mention *m)
{
	size_t j, n;
	for (j = m->t0, n = 0; j > s->t0 + 1 && n < 3; j--, n++)
		if ((kis(d, j - 1, "of") && kis(d, j - 2, "instead")) ||
		    (kis(d, j - 1, "than") && kis(d, j - 2, "rather")))
			return 1;
	return 0;
}

/* "to replace some of its F-5 interceptors", "as a replacement for the
 * Mirage 2000", "to replace its Russian-made MiG-29s": token t names
 * the goods replaced or their maker (not "replace them with X", "replaced
 * by X"), a word of replacing in [from, t) and no "with", "by", comma or
 * "and" after it. */
int replaced_at(const dctx *d, const span *s, size_t from, size_t t)
{
	static const char *w_replace[] = {"replace", "replaces", "replacing", "replaced",
					  "replacement", NULL};
	size_t r = NONE, j;
	for (j = from; j < t; j++)
		if (K(j)[0] == 'r' && kin_local(d, j, w_replace))
			r = j;
	if (r == NONE)
		return 0;
	for (j = r + 1; j < t; j++) {
		if (kis(d, j, "with") || kis(d, j, "by") || kis(d, j, ","))
			return 0;
		/* "to replace its D-30 howitzers and 2A65 Msta-B howitzers":
		 * a list of the goods replaced goes on; "and buy X" does not */
		if (kis(d, j, "and") &&
		    (find_in(d, j + 1, t, w_buy_verb) != NONE ||
		     find_in(d, j + 1, t, w_supply_verb) != NONE || t > j + 4))
			return 0;
	}
	/* "to replace six Soviet-built Mi-17s bought in 1987": goods of a
	 * purchase told after them */
	for (j = t + 1; j < s->t1 && j < t + 6; j++)
		if (kin(d, j, w_bought_pp) && j + 1 < s->t1 &&
		    (kis(d, j + 1, "in") || kis(d, j + 1, "from")))
			return 0;
	/* "to replace the 32 AS90s which the UK has donated to Ukraine": a
	 * relative clause of transfer right after them (no comma) tells
	 * their own transfer (stop 65) */
	for (j = t + 1; j + 1 < s->t1 && j < t + 4 && !kis(d, j, ","); j++)
		if (kis(d, j, "which") || kis(d, j, "that")) {
			size_t v;
			for (v = j + 1; v < s->t1 && v < j + 7; v++)
				if (KIN(d, v, w_supply_verb) || KIN(d, v, w_buy_verb))
					return 0;
			break;
		}
	return 1;
}

/* "halted delivery of new F-35 fighters to Y": goods of a transfer
 * stopped (a verb of stopping, then a noun of transfer and "of" right
 * before them, within the eight words before m). */
static int weapon_halted(const dctx *d, const span *s, const mention *m, size_t from)
{
	static const char *w_halt[] = {"halted", "halts", "halt", "halting", "suspended",
				       "suspends", "suspend", "suspending", "froze", "frozen",
				       "freezes", "freeze", "freezing", "blocked", "blocks",
				       "block", "blocking", "paused", "pauses", "pause", "pausing",
				       NULL};
	static const char *w_flow[] = {"delivery", "deliveries", "transfer", "transfers",
				       "shipment", "shipments", "sale", "sales", "supply",
				       "supplies", "export", "exports", NULL};
	size_t j;
	for (j = from; j + 2 < m->t0; j++) {
		size_t q = j + 1;
		/* not "could also suspend deliveries of Z to Y": they go on */
		if (!kin_local(d, j, w_halt) || ban_reversed(d, s, j) || hedged(d, s, j))
			continue;
		if (kis(d, q, "the"))
			q++;
		if (q + 1 < m->t0 && kin_local(d, q, w_flow) && kis(d, q + 1, "of"))
			return 1;
	}
	return 0;
}

/* "In addition to the 80 Rafales, the UAE signed a contract for 12
 * Caracal helicopters", "acquired Mi-28 helicopters from Russia in
 * addition to the Su-35 fighter jets": goods after "in addition to" (no
 * comma between) belong to another deal (stop 48), and so do goods after
 * "along with" or "apart from" that open the sentence (stop 60), and goods
 * alone after "After (the)" opening it (stop 61), and goods "replaced with"
 * them (stop 61). */
static int weapon_in_addition(const dctx *d, const span *s, const mention *m)
{
	size_t i, n;
	for (i = m->t0, n = 0; i >= s->t0 + 2 && n < 8; i--, n++) {
		if (kis(d, i - 1, ",") || kis(d, i - 1, ";"))
			return 0;
		/* "the T-72s sent to Y could be replaced with M1 Abrams from
		 * X": the goods that replace the ones given are none of their
		 * transfer (stop 61) */
		if ((kis(d, i - 1, "with") || kis(d, i - 1, "by")) &&
		    (kis(d, i - 2, "replaced") || kis(d, i - 2, "replace")))
			return 1;
		/* "Along with (Apart from) Rafale jets, India has also agreed
		 * to purchase three submarines": opening the sentence, with a
		 * comma after them (stop 60) */
		if (s->unit >= 0 && (size_t)s->unit < d->nunits && i - 2 == d->units[s->unit].t0 &&
		    ((kis(d, i - 1, "with") && kis(d, i - 2, "along")) ||
		     (kis(d, i - 1, "from") && kis(d, i - 2, "apart")))) {
			for (i = m->t1; i < s->t1 && i < m->t1 + 6 && !kis(d, i, ","); i++)
				;
			return i < s->t1 && kis(d, i, ",");
		}
		/* "After the Mirage 5 and Mirage 2000, this Rafale contract
		 * ...": goods alone after "After (the)" opening the sentence
		 * came before (stop 61) */
		if (s->unit >= 0 && (size_t)s->unit < d->nunits &&
		    ((i - 1 == d->units[s->unit].t0 && kis(d, i - 1, "after")) ||
		     (i - 2 == d->units[s->unit].t0 && kis(d, i - 2, "after") &&
		      kis(d, i - 1, "the")))) {
			for (i = m->t1; i < s->t1 && i < m->t1 + 6 && !kis(d, i, ","); i++)
				if (!(kis(d, i, "and") || d->t.v[i].kind == TK_NUM ||
				      d->t.v[i].upper || in_weapon(d, s, i)))
					return 0;
			return i < s->t1 && kis(d, i, ",");
		}
		if (i < s->t0 + 3)
			return 0;
		if (kis(d, i - 1, "to") && kis(d, i - 2, "addition") && kis(d, i - 3, "in"))
			break;
	}
	if (i < s->t0 + 3 || n == 8 || !kis(d, i - 1, "to"))
		return 0;
	/* "in addition to four frigates that China supplied to Egypt": the
	 * goods of the clause after them */
	for (i = m->t1, n = 0; i < s->t1 && n < 5; i++, n++)
		if (kis(d, i, "that") || kis(d, i, "which"))
			return 0;
	return 1;
}

/* "Following unsuccessful efforts to purchase an air defence system from
 * the US, Ankara signed ...": goods of a purchase tried in vain (a verb of
 * buying after "unsuccessful (failed) efforts (attempts, bids) to", no
 * comma between it and the goods, a comma after them) belong to no deal
 * of the sentence (stop 60). */
int tried_in_vain(const dctx *d, const span *s, size_t v)
{
	static const char *w_tries_n[] = {"efforts", "effort", "attempts", "attempt", "bids",
					  "bid", NULL};
	static const char *w_vain_adj[] = {"unsuccessful", "failed", "fruitless", "futile",
					   NULL};
	return v > s->t0 + 3 && kis(d, v - 1, "to") && kin_local(d, v - 2, w_tries_n) &&
	       kin_local(d, v - 3, w_vain_adj);
}

static int weapon_tried(const dctx *d, const span *s, const mention *m)
{
	size_t i, n;
	for (i = m->t0, n = 0; i > s->t0 + 3 && n < 6; i--, n++) {
		if (kis(d, i - 1, ",") || kis(d, i - 1, ";"))
			return 0;
		if (KIN(d, i - 1, w_buy_verb) && tried_in_vain(d, s, i - 1))
			break;
	}
	if (i <= s->t0 + 3 || n == 6)
		return 0;
	for (i = m->t1; i < s->t1 && i < m->t1 + 8 && !kis(d, i, ","); i++)
		;
	return i < s->t1 && kis(d, i, ",");
}

/* "an increase in assertive acts by Chinese vessels", "incursions by
 * Russian drones": goods that act, after "by" and a noun of acts (over a
 * demonym and one word), are no goods sold (stop 43). */
static int weapon_acting(const dctx *d, const span *s, const mention *m)
{
	static const char *w_acts_n[] = {"acts", "actions", "attacks", "strikes", "incursions",
					 "intrusions", "violations", "activities", "activity",
					 "harassment", "patrols", "provocations", "raids",
					 "manoeuvres", "maneuvers", "flights", "sorties",
					 "shelling", "aggression", NULL};
	size_t j = m->t0, k;
	for (k = 0; k < 2 && j > s->t0 + 1 && !kis(d, j - 1, "by"); k++) {
		const mention *o = mention_at_end(d, s, j);
		if (o && o != m && o->gz == GZ_DEMONYM)
			j = o->t0;
		else if (d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper)
			j--;
		else
			return 0;
	}
	return j > s->t0 + 1 && kis(d, j - 1, "by") && kin_local(d, j - 2, w_acts_n);
}

/* "delivered to Serbia by An-124 Ruslan aircraft", "flown in aboard
 * Russian Il-76 cargo planes", "A Russian transport aircraft delivered
 * the system": an aircraft or ship that carries the goods is no goods.
 * After a verb of delivery, the craft follows "by / aboard / via / using"
 * or a carrier's "company (airline ...) with" (past a determiner, a count,
 * a demonym and words of cargo), or as "transport (cargo) aircraft" it is
 * the subject of that verb. */
static int weapon_carrier(const dctx *d, const span *s, const mention *m)
{
	static const char *w_cargo[] = {"transport", "cargo", "military", "chartered", "a", "an",
					"the", NULL};
	static const char *w_via[] = {"by", "aboard", "via", "using", NULL};
	static const char *w_carried[] = {"flown", "flew", "airlifted", "carried", "brought",
					  "ferried", NULL};
	static const char *w_carrier_n[] = {"company", "firm", "carrier", "airline", "operator",
					    NULL};
	size_t j = m->t0, k;
	if (m->category != ENT_CAT_AIRCRAFT && m->category != ENT_CAT_NAVAL)
		return 0;
	/* back over words of cargo, a designation and its name ("by
	 * An-124 Ruslan aircraft") and a demonym ("aboard Russian Il-76
	 * cargo planes") */
	for (k = s->m1; k > s->m0 && M(d, k - 1)->t0 >= m->t0; k--)
		;
	while (j > s->t0) {
		if (kin_local(d, j - 1, w_cargo) ||
		    (d->t.v[j - 1].kind == TK_NUM && !(k > s->m0 && M(d, k - 1)->t1 == j)) ||
		    (d->t.v[j - 1].upper && d->t.v[j - 1].kind == TK_WORD &&
		     !(k > s->m0 && M(d, k - 1)->t1 == j && M(d, k - 1)->gz != GZ_WEAPON &&
		       M(d, k - 1)->gz != GZ_DEMONYM))) {
			j--;
		} else if (k > s->m0 && M(d, k - 1)->t1 == j &&
			   (M(d, k - 1)->gz == GZ_WEAPON || M(d, k - 1)->gz == GZ_DEMONYM)) {
			j = M(d, --k)->t0;
		} else
			break;
		while (k > s->m0 && M(d, k - 1)->t1 > j)
			k--;
	}
	if ((j > s->t0 && kin_local(d, j - 1, w_via)) ||
	    /* "by a cargo company with Il-76 aircraft" (stop 37) */
	    (j > s->t0 + 1 && kis(d, j - 1, "with") && kin_local(d, j - 2, w_carrier_n))) {
		for (k = s->t0; k + 1 < j; k++)
			if (KIN(d, k, w_delivered) || kin_local(d, k, w_carried))
				return 1;
		return 0;
	}
	/* "the Indian Air Force sent its American-origin C-17 transport
	 * aircraft with the missiles to Y": a craft of the sender's own
	 * ("its / their" right after a verb of sending, up to eight words
	 * before) that goes "with" goods carries them (stop 49) */
	size_t wi = m->t1;
	while (wi < s->t1 && wi < m->t1 + 6 && !kis(d, wi, "with") &&
	       (kis(d, wi, "-") || (d->t.v[wi].kind == TK_WORD && d->t.v[wi].upper) ||
		kin_local(d, wi, w_cargo) || in_weapon(d, s, wi)))
		wi++; /* "C-17 Globemaster transport aircraft with" */
	if (wi + 1 < s->t1 && kis(d, wi, "with")) {
		static const char *w_sent[] = {"sent", "sends", "send", "dispatched", "flew",
					       "deployed", NULL};
		size_t q, w;
		for (q = m->t0; q > s->t0 + 1 && q + 8 > m->t0; q--) {
			if (!(kis(d, q - 1, "its") || kis(d, q - 1, "their")))
				continue;
			if (!kin_local(d, q - 2, w_sent))
				break;
			for (w = wi + 1; w < s->t1 && w < wi + 4; w++) {
				const mention *g = mention_at(d, s, w);
				if (g && g->t0 == w && g->gz == GZ_WEAPON)
					return 1;
			}
			break;
		}
	}
	/* "A Russian transport aircraft delivered": the words of cargo in
	 * the mention itself, right before the verb ("The cargo aircraft
	 * that brought ...", stop 50) */
	size_t v = m->t1 + 1 < s->t1 && (kis(d, m->t1, "that") || kis(d, m->t1, "which"))
			   ? m->t1 + 1
			   : m->t1;
	if (v < s->t1 && m->canon && (KIN(d, v, w_delivered) || kin_local(d, v, w_carried))) {
		/* "An An-124 delivered six Wing Loong drones to Y": a craft
		 * named by its designation, other goods after the verb
		 * (stop 50) */
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->t0 > v && M(d, k)->t0 <= v + 5 && M(d, k)->gz == GZ_WEAPON &&
			    M(d, k)->canon && strcmp(M(d, k)->canon, m->canon) != 0)
				return 1;
	}
	if (v < s->t1 && (KIN(d, v, w_delivered) || kin_local(d, v, w_carried)) &&
	    !m->canon) {
		for (k = m->t0; k < m->t1; k++)
			if (kis(d, k, "transport") || kis(d, k, "cargo"))
				return 1;
		if (m->t0 > s->t0 && (kis(d, m->t0 - 1, "transport") || kis(d, m->t0 - 1, "cargo")))
			return 1;
	}
	/* "A chartered Ukrainian Antonov An-124 transport aircraft delivered
	 * five helicopters": a designation before the words of cargo (stop
	 * 44) */
	if (m->canon && m->t1 + 2 < s->t1 &&
	    (kis(d, m->t1, "transport") || kis(d, m->t1, "cargo"))) {
		k = m->t1 + 1;
		if (kis(d, k, "aircraft") || kis(d, k, "plane") || kis(d, k, "jet") ||
		    kis(d, k, "ship") || kis(d, k, "vessel"))
			k++;
		if (k < s->t1 && (KIN(d, k, w_delivered) || kin_local(d, k, w_carried)))
			return 1;
	}
	return 0;
}

/* "a formidable combat helicopter squadron", "artillery battalions", "its
 * air defence forces": a weapon word naming a formation of forces is no
 * goods ("four radar units" are goods); nor is one naming a use of arms,
 * "a submarine threat", "drone strikes". */
static int weapon_formation(const dctx *d, const span *s, const mention *m)
{
	static const char *w_formation[] = {"squadron", "squadrons", "battalion", "battalions",
					    "brigade",  "brigades",  "regiment",  "regiments",
					    "forces",   "troops",    "crews",     "personnel",
					    "command",  "threat",    "threats",   "strikes",
					    NULL};
	static const char *w_unit_n[] = {"squadron", "squadrons", "regiment", "regiments",
					 "battalion", "battalions", NULL};
	static const char *w_delivery_n[] = {"delivery", "deliveries", NULL};
	if (m->t1 >= s->t1 || !kin_local(d, m->t1, w_formation))
		return 0;
	/* "has taken delivery of the third S-400 squadron": a designated
	 * system's unit received is goods (stop 62) */
	if (m->canon && kin_local(d, m->t1, w_unit_n) &&
	    (find_in(d, s->t0, m->t0, w_delivered) != NONE ||
	     find_in(d, s->t0, m->t0, w_delivery_n) != NONE))
		return 0;
	return 1;
}

/* "signed an agreement on joint training", "will organise 79 joint
 * programmes, including flotilla training, ... and marksmanship
 * training": training the parties do together (a word of jointness up to
 * twenty words before, not of a "joint venture", no ";") is no goods one
 * gives the other. */
static int weapon_joint_training(const dctx *d, const span *s, const mention *m)
{
	static const char *w_joint[] = {"joint", "mutual", "combined", "bilateral", NULL};
	static const char *w_firm[] = {"venture", "ventures", "production", "company", NULL};
	size_t i;
	if (m->category != ENT_CAT_TRAINING)
		return 0;
	for (i = m->t0; i > s->t0 && i + 20 > m->t0; i--) {
		if (kis(d, i - 1, ";") || kis(d, i - 1, "."))
			return 0;
		if (kin_local(d, i - 1, w_joint))
			return !kin_local(d, i, w_firm);
	}
	return 0;
}

/* "Turkey was expelled from the F-35 program after buying Russia's
 * S-400": a designation naming a programme one is in or out of ("from /
 * in / of (the) X program(me)") is no goods of the sentence's deal, nor
 * is its maker a seller ("Chile's F-16 programme" may be). */
static int weapon_programme(const dctx *d, const span *s, const mention *m)
{
	static const char *w_effort_n[] = {"efforts", "effort", "drive", "push", "plan", "plans",
					   "agenda", "goals", NULL};
	size_t b = m->t0, e = m->t1, n;
	/* "with the Philippine Navy's modernisation efforts": a service
	 * word owned by the buyer names its own drive, no goods (stop 58) */
	if (m->category == ENT_CAT_MAINTENANCE && !m->canon && e < s->t1 && b > s->t0 &&
	    kis(d, b - 1, "'s") && kin_local(d, e, w_effort_n))
		return 1;
	/* "from its elite F-35 fighter-jet program" (stop 40): up to three
	 * small words before, and a kind of craft after */
	for (n = 0; b > s->t0 && n < 3 && d->t.v[b - 1].kind == TK_WORD && !d->t.v[b - 1].upper &&
		    !kis(d, b - 1, "from") && !kis(d, b - 1, "in") && !kis(d, b - 1, "of");
	     n++)
		b--;
	for (n = 0; e < s->t1 && n < 3 &&
		    ((d->t.v[e].kind == TK_WORD && !d->t.v[e].upper && !kis(d, e, "program") &&
		      !kis(d, e, "programme") && !kis(d, e, "programs") &&
		      !kis(d, e, "programmes")) ||
		     kis(d, e, "-"));
	     n++)
		e++;
	return m->canon && e < s->t1 && b > s->t0 &&
	       (kis(d, b - 1, "from") || kis(d, b - 1, "in") || kis(d, b - 1, "of")) &&
	       (kis(d, e, "program") || kis(d, e, "programme") || kis(d, e, "programs") ||
		kis(d, e, "programmes"));
}

/* "to phase out UN bans on Iranian weapons deals and ballistic missiles
 * work", "an embargo on the export of tanks": goods within ten words after
 * a ban (embargo, restrictions) "on", no comma between, are what is banned,
 * no goods. */
static int weapon_banned(const dctx *d, const span *s, const mention *m)
{
	static const char *w_ban_n[] = {"ban", "bans", "embargo", "embargoes", "restrictions",
					"prohibition", NULL};
	size_t j;
	for (j = m->t0; j > s->t0 + 1 && j + 10 > m->t0; j--) {
		if (d->t.v[j - 1].kind == TK_PUNCT && !kis(d, j - 1, "-"))
			return 0;
		if (kis(d, j - 1, "on") && kin_local(d, j - 2, w_ban_n))
			return 1;
	}
	return 0;
}

/* "Sukhoi-30 jets, comparable to American F-15E fighter bombers", "more
 * agile than the F-16": goods named to compare with are no goods (back
 * over at most four words: a determiner, a demonym, a state's name). */
static int weapon_compared(const dctx *d, const span *s, const mention *m)
{
	static const char *w_compare_adj[] = {"comparable", "similar", "equivalent", "akin",
					      "compared",   "analogous", "superior", "inferior",
					      "identical",  NULL};
	size_t j = m->t0, n, k;
	const mention *o;
	for (k = s->m0; k < s->m1 && M(d, k)->t0 < m->t0; k++)
		if (M(d, k)->t1 == m->t0 && M(d, k)->gz == GZ_WEAPON)
			return weapon_compared(d, s, M(d, k)); /* "F-15E fighter bombers" */
	for (n = 0; j > s->t0 && n < 6; n++, j--) {
		if (kis(d, j - 1, "than"))
			return 1;
		if ((kis(d, j - 1, "to") || kis(d, j - 1, "with")) && j > s->t0 + 1)
			return kin_local(d, j - 2, w_compare_adj);
		if ((o = mention_at_end(d, s, j)) != NULL && ent__is_state_mention(o) &&
		    o->gz != GZ_FIRM) {
			j = o->t0 + 1; /* "American", "US" */
			continue;
		}
		if ((kis(d, j - 1, "and") || kis(d, j - 1, ",")) && j > s->t0 + 1 &&
		    (o = mention_at_end(d, s, j - 1)) != NULL && ent__is_state_mention(o))
			continue; /* "than American and European UAVs" */
		if (d->t.v[j - 1].kind == TK_WORD && d->t.v[j - 1].upper && j > s->t0 + 1 &&
		    (kis(d, j - 2, "and") || kis(d, j - 2, "than")))
			continue; /* "European", "Western": a qualifier in the list */
		if (!KIN(d, j - 1, w_det))
			return 0;
	}
	return 0;
}

/* Is the weapon mention m no goods of the span's deal: a maker's
 * qualifier, a target, a rival, goods of a deal called off before it
 * ("after the cancellation of its order for Russian fighters"), goods
 * replaced or halted, the craft that carries the goods, or a formation? */
int weapon_names_a_maker(const dctx *d, const span *s, const mention *m)
{
	size_t from = m->t0 > s->t0 + 8 ? m->t0 - 8 : s->t0;
	/* a list of goods replaced may be long: "to replace the obsolete
	 * D-30 122 mm towed howitzers and 2A65 Msta-B ..." */
	size_t from16 = m->t0 > s->t0 + 16 ? m->t0 - 16 : s->t0;
	return weapon_names_a_maker_or_target(d, s, m) || find_in(d, from, m->t0, w_cancel) != NONE ||
	       weapon_is_rival(d, s, m) || replaced_at(d, s, from16, m->t0) ||
	       weapon_halted(d, s, m, from) || weapon_carrier(d, s, m) || weapon_formation(d, s, m) ||
	       weapon_joint_training(d, s, m) || weapon_compared(d, s, m) || weapon_banned(d, s, m) ||
	       weapon_programme(d, s, m) || weapon_acting(d, s, m) || weapon_in_addition(d, s, m) ||
	       weapon_tried(d, s, m);
}

/* The last mention of the run that weapon mention k opens: for a
 * designation, the generic words right after it ("HIMARS artillery
 * missile systems", "F-16 fighter jets"), which describe it and are no
 * items of their own; k itself otherwise. */
static size_t designation_run(const dctx *d, const span *s, size_t k)
{
	size_t t = M(d, k)->t1;
	if (!M(d, k)->canon)
		return k;
	while (k + 1 < s->m1 && M(d, k + 1)->gz == GZ_WEAPON && !M(d, k + 1)->canon &&
	       M(d, k + 1)->t0 == t)
		t = M(d, ++k)->t1;
	return k;
}

/* "eight K10 ammunition transport vehicles", "ammunition trucks",
 * "missile carriers": a word of munitions (no designation) before a
 * vehicle that carries them names the vehicle, its category (trucks are
 * of no stated kind) and its words (stop 48). */
static void carrier_of_goods(const dctx *d, const span *s, const mention *m, ent_category *cat,
			     uint32_t *end)
{
	static const char *w_carry[] = {"transport", "resupply", "supply", "loading", "handling",
					NULL};
	static const char *w_vehicle[] = {"vehicle", "vehicles", "carrier", "carriers",
					  "transporter", "transporters", NULL};
	static const char *w_truck[] = {"truck", "trucks", "lorry", "lorries", NULL};
	size_t j = m->t1;
	if (m->canon || (*cat != ENT_CAT_AMMUNITION && *cat != ENT_CAT_MISSILE))
		return;
	if (j < s->t1 && kin_local(d, j, w_carry))
		j++;
	if (j >= s->t1 || mention_at(d, s, j))
		return;
	if (kin_local(d, j, w_vehicle))
		*cat = ENT_CAT_ARMOURED_VEHICLE;
	else if (kin_local(d, j, w_truck))
		*cat = ENT_CAT_OTHER;
	else
		return;
	*end = d->t.v[j].end;
}

/* Add the span's weapon mentions to c as items; with `only`, just those
 * whose own supplier (item_owner) is `only`, and the unowned ones too when
 * `unowned`.  With `stated_only`, an owner known only from a designation's
 * maker counts as none (the sentence names the seller of the list). */
static int add_items_of(dctx *d, cand *c, const span *s, const char *only, int unowned,
			int stated_only, int *designation, int *quantity)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		uint32_t end = m->end;
		long q;
		if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON)
			continue;
		if (weapon_names_a_maker(d, s, m)) {
			if (weapon_programme(d, s, m))
				k = designation_run(d, s, k); /* "its F-35 fighter-jet program" */
			continue;
		}
		/* "aid for the army's modernisation programme": the buyer's
		 * plan, no upgrade bought */
		if (m->category == ENT_CAT_MAINTENANCE && !m->canon && m->t1 < s->t1 &&
		    (kis(d, m->t1, "programme") || kis(d, m->t1, "program") ||
		     kis(d, m->t1, "plan") || kis(d, m->t1, "drive")))
			continue;
		if (only) {
			int st;
			const char *o = item_owner(d, s, k, &st);
			if (stated_only && !st)
				o = NULL;
			if (o ? strcmp(o, only) != 0 : !unowned)
				continue;
		}
		/* "a $450 million F-16 (fleet) sustainment package", "F-16
		 * maintenance": the service the system gets is the item, not
		 * the system (stop 40) */
		if (m->canon && k + 1 < s->m1 && M(d, k + 1)->gz == GZ_WEAPON &&
		    !M(d, k + 1)->canon &&
		    (M(d, k + 1)->category == ENT_CAT_MAINTENANCE ||
		     M(d, k + 1)->category == ENT_CAT_TRAINING) &&
		    (M(d, k + 1)->t0 == m->t1 ||
		     (M(d, k + 1)->t0 == m->t1 + 1 && kis(d, m->t1, "fleet"))) &&
		    !(k + 2 < s->m1 && M(d, k + 2)->gz == GZ_WEAPON &&
		      M(d, k + 2)->t0 == M(d, k + 1)->t1)) /* not "F-16 training jets" */
			continue;
		/* "Harop drones", "Super Mushshak trainer aircraft": the generic
		 * words after a designation describe it, they are not an item */
		k = designation_run(d, s, k);
		end = M(d, k)->end;
		q = quantity_before(d, s, m);
		ent_category cat = (ent_category)m->category;
		carrier_of_goods(d, s, m, &cat, &end);
		if (ent_fact_add_item(&c->f, cat, d->text + m->start, end - m->start, m->canon, q))
			return ENT_ENOMEM;
		if (m->canon && designation)
			*designation = 1;
		if (q >= 0 && quantity)
			*quantity = 1;
	}
	return ENT_OK;
}

int add_items(dctx *d, cand *c, const span *s, int *designation, int *quantity)
{
	return add_items_of(d, c, s, NULL, 1, 0, designation, quantity);
}

/* The number of weapon mentions of the span that name an item. */
size_t weapon_mentions(const dctx *d, const span *s)
{
	size_t k, n = 0;
	for (k = s->m0; k < s->m1; k++)
		n += M(d, k)->kind == MK_ACTOR && M(d, k)->gz == GZ_WEAPON &&
		     !weapon_names_a_maker(d, s, M(d, k));
	return n;
}

/* "three Tetras from France in 2012": the year right after "from (via)
 * <the state of code> in (Month)", or 0. */
static int year_after_seller(const dctx *d, const span *s, const char *code)
{
	size_t k, i;
	const mention *y;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || !m->code ||
		    strcmp(m->code, code) != 0 || m->t0 == s->t0 ||
		    !(kis(d, m->t0 - 1, "from") || kis(d, m->t0 - 1, "via")))
			continue;
		i = m->t1;
		if (i + 1 >= s->t1 || !kis(d, i, "in"))
			continue;
		i += kin(d, i + 1, w_months) ? 2 : 1;
		if (i < s->t1 && (y = mention_at(d, s, i)) != NULL && y->kind == MK_YEAR)
			return y->year;
	}
	return 0;
}

/* A list of purchases whose items name their own suppliers ("has bought
 * Israeli drones, Turkish Bayraktar TB2s and Russian S-300 systems") is
 * one deal per supplier: c keeps the first supplier's items (and the
 * unowned ones), a new candidate takes each other supplier's.  c has been
 * emitted; the copies carry its evidence.  When the sentence names the
 * seller (sup_stated: "... and one Su-27UB from Georgia"), a designation's
 * maker alone makes no other supplier. */
int split_by_owner(dctx *d, cand *c, const span *s, int sup_stated)
{
	const char *owners[ENT_FACT_MAX_ACTORS];
	int years[ENT_FACT_MAX_ACTORS], ndated = 0;
	size_t n = 0, k, i, ci = (size_t)(c - d->cands);
	int rc;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		const char *o;
		int st;
		if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON || weapon_names_a_maker(d, s, m))
			continue;
		o = item_owner(d, s, k, &st);
		/* "US-built F-16 fighter jets from Denmark": the generic words
		 * after a designation are the same item, of the designation's
		 * owner */
		k = designation_run(d, s, k);
		if (!o || !strcmp(o, c->f.recipient.s) ||
		    (sup_stated && !st))
			continue;
		for (i = 0; i < n && strcmp(owners[i], o); i++)
			;
		if (i == n && n < ENT_FACT_MAX_ACTORS)
			owners[n++] = o;
	}
	if (n < 2)
		return ENT_OK;
	/* "three Super Tucanos from Brazil in 2011, three Tetras from France
	 * in 2012": each seller's own year, when two or more are dated
	 * (stop 34) */
	for (i = 0; i < n; i++)
		ndated += (years[i] = year_after_seller(d, s, owners[i])) != 0;
	for (i = 1; i < n; i++) {
		cand *one;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		cand_clear_items(one);
		one->directed = 1;
		one->f.nsuppliers = 0;
		ent_fact_add_code(one->f.suppliers, &one->f.nsuppliers, owners[i]);
		if (ndated >= 2 && years[i])
			one->f.year = years[i];
		memset(&one->f.value, 0, sizeof one->f.value); /* the list's price is no item's */
		if ((rc = add_items_of(d, one, s, owners[i], 0, sup_stated, NULL, NULL)))
			return rc;
	}
	/* the first candidate: the first supplier's items and the unowned */
	c = &d->cands[ci];
	if (ndated >= 2 && years[0])
		c->f.year = years[0];
	cand_clear_items(c);
	c->f.nsuppliers = 0;
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, owners[0]);
	return add_items_of(d, c, s, owners[0], 1, sup_stated, NULL, NULL);
}

/* The seller the first goods of span s name for themselves (item_owner),
 * or NULL. */
const char *first_item_owner(const dctx *d, const span *s)
{
	const char *own = NULL;
	size_t q;
	for (q = s->m0; q < s->m1 && !own; q++) {
		int st;
		if (M(d, q)->kind == MK_ACTOR && M(d, q)->gz == GZ_WEAPON)
			own = item_owner(d, s, q, &st);
	}
	return own;
}

/* Part i of a list split by sums or prices: a copy of candidate ci
 * (cand_part) narrowed to tokens t0..t1 of s, with its own value and the
 * goods there.  The goods' own seller (a demonym, a designation's maker)
 * wins over the list's; a buyer, when given, replaces the recipient, and
 * a part whose buyer is one of its sellers is dropped. */
static int emit_list_part(dctx *d, size_t ci, size_t i, const span *s, size_t t0, size_t t1,
			  const ent_value *value, const char *buyer)
{
	cand *one;
	span part = *s;
	const char *own;
	int rc;
	narrow(d, &part, t0, t1);
	own = first_item_owner(d, &part);
	if ((rc = cand_part(d, ci, i, s->unit, &one)))
		return rc;
	one->f.value = *value;
	if (buyer) {
		if (ent_fact_has_code(one->f.suppliers, one->f.nsuppliers, buyer)) {
			one->dropped = 1; /* a seller named as a buyer */
			return ENT_OK;
		}
		ent_code_set(&one->f.recipient, buyer);
	}
	if (own && strcmp(own, one->f.recipient.s)) {
		one->f.nsuppliers = 0;
		ent_fact_add_code(one->f.suppliers, &one->f.nsuppliers, own);
	}
	return add_items(d, one, &part, NULL, NULL);
}

/* A list of sums spent ("spent $12 billion on Apache helicopters, $10
 * billion on HIMARS and $4 billion on Patriot systems") is one purchase
 * per sum: each sum followed by "on/for/in" (or "worth of") and goods takes
 * the goods up to the next sum; sums after "including / of which" are
 * parts of one told before, and split nothing (in_sum_part).  The sums
 * share the buyer, or a list of buyers names each one's ("Germany, which
 * shelled out $8.5 billion for Chinook helicopters; Bulgaria, which spent
 * $1.5 billion on armored vehicles"): a state between two sums is the next
 * buyer only in such a parallel clause ("; Y, which ..."), else the list
 * ends there.  c (emitted) keeps the first sum and its goods; the goods'
 * own seller (a demonym, a designation's maker) wins, else the list's
 * seller stays. */
/* Does a word of inclusion stand between tokens a and b ("$1 billion,
 * including (of which) $300 million in ...": the second sum a part of the
 * first)? */
static int in_sum_part(const dctx *d, size_t a, size_t b)
{
	static const char *w_part[] = {"including", "includes", "include", "included",
				       "comprising", NULL};
	size_t i;
	for (i = a; i < b; i++)
		if (kin_local(d, i, w_part) ||
		    (kis(d, i, "of") && i + 1 < b && kis(d, i + 1, "which")))
			return 1;
	return 0;
}

int split_by_sum(dctx *d, cand *c, const span *s, size_t from)
{
	const mention *sums[ENT_FACT_MAX_ACTORS];
	const char *buyer[ENT_FACT_MAX_ACTORS];
	const char *next_buyer = NULL;
	size_t n = 0, k, i, ci = (size_t)(c - d->cands);
	int rc;
	for (k = s->m0; k < s->m1 && n < ENT_FACT_MAX_ACTORS; k++) {
		const mention *m = M(d, k);
		size_t j;
		if (m->t0 < from)
			continue;
		if (n && ent__is_state_mention(m)) {
			/* "; (and) Bulgaria, which spent ..." */
			size_t b = m->t0 > s->t0 ? m->t0 - 1 : m->t0;
			if (b > s->t0 && kis(d, b, "and"))
				b--;
			if (m->gz == GZ_FIRM || m->gz == GZ_DEMONYM || next_buyer ||
			    !kis(d, b, ";") || m->t1 + 1 >= s->t1 || !kis(d, m->t1, ",") ||
			    !kis(d, m->t1 + 1, "which"))
				break;
			next_buyer = m->code;
			continue;
		}
		if (m->kind != MK_MONEY)
			continue;
		j = m->t1;
		if (in_sum_part(d, n ? sums[n - 1]->t1 : from, m->t0))
			return ENT_OK; /* "$1 billion, including $300 million in ...": a part */
		if (j + 1 < s->t1 && kis(d, j, "worth") && kis(d, j + 1, "of"))
			j += 2;
		else if (j < s->t1 && (kis(d, j, "on") || kis(d, j, "for") || kis(d, j, "in") ||
				       (kis(d, j, "of") && kis(d, j - 1, "worth"))))
			j++; /* "$4.69bn worth of": "worth" read with the sum */
		else
			continue;
		for (i = k + 1; i < s->m1 && M(d, i)->t0 <= j + 4; i++)
			if (M(d, i)->kind == MK_ACTOR && M(d, i)->gz == GZ_WEAPON && M(d, i)->t0 >= j)
				break;
		if (i < s->m1 && M(d, i)->t0 <= j + 4 && M(d, i)->gz == GZ_WEAPON) {
			buyer[n] = next_buyer;
			sums[n++] = m;
			next_buyer = NULL;
		}
	}
	if (n < 2)
		return ENT_OK;
	for (i = 0; i < n; i++)
		if ((rc = emit_list_part(d, ci, i, s, sums[i]->t0,
					 i + 1 < n ? sums[i + 1]->t0 : s->t1, &sums[i]->value,
					 buyer[i])))
			return rc;
	return ENT_OK;
}

/* A list of goods each with its price after it ("bought 24 MH-60R
 * helicopters for $2.1 billion and six Apache helicopters for $796
 * million from the US") is one purchase per price: each "for <sum>"
 * after the verb takes the goods between the sum before it (or the
 * verb) and itself; a figure in another currency takes its USD twin in
 * brackets right after it ("for Rs 5,691 crore ($796 million)").  c
 * (emitted) keeps the first price and its goods; each further one is a
 * copy of c with its own (the goods' own seller wins, as for
 * split_by_sum).  Only when every price has goods of its own. */
int split_by_price(dctx *d, cand *c, const span *s, size_t from)
{
	const mention *price[ENT_FACT_MAX_ACTORS];
	size_t start[ENT_FACT_MAX_ACTORS], stop[ENT_FACT_MAX_ACTORS];
	size_t n = 0, k, i, q, ci = (size_t)(c - d->cands), at = from + 1;
	int rc;
	for (k = s->m0; k < s->m1 && n < ENT_FACT_MAX_ACTORS; k++) {
		const mention *m = M(d, k), *v = m;
		size_t end = m->t1;
		int goods = 0;
		if (m->kind != MK_MONEY || m->t0 <= at || !kis(d, m->t0 - 1, "for"))
			continue;
		if (!m->value.has_usd && k + 1 < s->m1 && M(d, k + 1)->kind == MK_MONEY &&
		    M(d, k + 1)->value.has_usd && M(d, k + 1)->t0 <= m->t1 + 2 &&
		    kis(d, m->t1, "(")) {
			v = M(d, ++k); /* "Rs 5,691 crore ($796 million)" */
			end = v->t1;
		}
		for (q = s->m0; q < s->m1; q++)
			if (M(d, q)->kind == MK_ACTOR && M(d, q)->gz == GZ_WEAPON &&
			    M(d, q)->t0 >= at && M(d, q)->t1 <= m->t0)
				goods = 1;
		if (!goods)
			return ENT_OK; /* a price of no goods of its own: no list */
		start[n] = at;
		stop[n] = end;
		price[n++] = v;
		at = end;
	}
	if (n < 2)
		return ENT_OK;
	for (i = 0; i < n; i++)
		if ((rc = emit_list_part(d, ci, i, s, start[i], stop[i], &price[i]->value, NULL)))
			return rc;
	return ENT_OK;
}

/* The token past a sum that starts at token j ("won a $1 billion
 * tender", "worth $2.2 billion to Y"), or j itself when none does. */
size_t money_end(const dctx *d, const span *s, size_t j)
{
	size_t k, e = j;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_MONEY && M(d, k)->t0 == j)
			e = M(d, k)->t1;
	return e;
}

/* Does a sum start at token j? */
static int money_at(const dctx *d, const span *s, size_t j)
{
	return money_end(d, s, j) != j;
}

/* A list of goods bought, each counted or with an article ("has bought
 * 24 Rafale jets, a FREMM frigate and two Mistral ships", "acquired 366
 * tanks, 96 Apache helicopters and 48 Patriot launchers") is one purchase
 * per item (a purchase done; "will buy 72 launchers and 410 rockets" may
 * be one contract of parts): an item starts after a comma or "and" with a
 * number, "a/an" or a sum, and runs to the next such item (words of goods
 * without a count, "air and missile defense launchers", stay with the
 * item before).  Only for items of one seller (split_by_owner parts the
 * others) after the verb v, and only when the items are of more than one
 * kind ("12 F-16 jets and six C-130 transports" stay one purchase, as in
 * split_goods_kinds).  c (emitted) keeps the first item; each further one
 * is a copy of c with its own goods and its own sum, if any. */
int split_by_item(dctx *d, cand *c, const span *s, size_t v)
{
	size_t start[ENT_FACT_MAX_ACTORS];
	int cat[ENT_FACT_MAX_ACTORS], kinds = 0;
	size_t n = 0, k, i, q, ci = (size_t)(c - d->cands), last = NONE;
	const char *owner = NULL;
	int rc;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		size_t j, b;
		int sep = 0, st;
		const char *own;
		if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON || m->t0 <= v ||
		    weapon_names_a_maker(d, s, m))
			continue;
		own = item_owner(d, s, k, &st);
		if (own && owner && strcmp(own, owner))
			return ENT_OK; /* several sellers */
		if (own)
			owner = own;
		/* the first word of the item: back over its words to the
		 * verb or to a comma / "and" */
		for (b = m->t0; b > (last == NONE ? v + 1 : last); b--)
			if (kis(d, b - 1, ",") || kis(d, b - 1, "and") || kis(d, b - 1, ";")) {
				sep = 1;
				break;
			}
		if (last == NONE)
			b = v + 1;
		else if (!sep)
			continue; /* "Apache attack helicopters": one item */
		j = b;
		if (!(d->t.v[j].kind == TK_NUM || KIN(d, j, w_numwords) || kis(d, j, "a") ||
		      kis(d, j, "an") || money_at(d, s, j)))
			continue; /* no count: goods of the item before */
		if (n == ENT_FACT_MAX_ACTORS)
			return ENT_OK;
		cat[n] = m->category;
		kinds |= n > 0 && cat[n] != cat[0];
		start[n++] = b;
		last = m->t1;
	}
	if (n < 2 || !kinds)
		return ENT_OK;
	for (i = 0; i < n; i++) {
		cand *one;
		span part = *s;
		narrow(d, &part, start[i], i + 1 < n ? start[i + 1] : s->t1);
		if ((rc = cand_part(d, ci, i, s->unit, &one)))
			return rc;
		memset(&one->f.value, 0, sizeof one->f.value);
		for (q = part.m0; q < part.m1; q++)
			if (M(d, q)->kind == MK_MONEY) {
				one->f.value = M(d, q)->value;
				break;
			}
		if ((rc = add_items(d, one, &part, NULL, NULL)))
			return rc;
		c = &d->cands[ci];
	}
	return ENT_OK;
}

/* Money mention nearest to token t.  "Rs 2,000 crore (about $245 million)":
 * when a USD figure follows another currency within a few tokens, the text
 * gives the USD value too, and that one is taken. */
const mention *money_near(const dctx *d, const span *s, size_t t)
{
	size_t k, bk = 0;
	const mention *best = NULL;
	size_t bestd = (size_t)-1;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		size_t dist;
		if (m->kind != MK_MONEY)
			continue;
		dist = m->t0 > t ? m->t0 - t : t - m->t0;
		if (dist < bestd) {
			best = m;
			bestd = dist;
			bk = k;
		}
	}
	if (best && !best->value.has_usd) {
		/* the US figure right after, or anywhere in the brackets that
		 * open after it ("Aus$50 billion (31 billion euros, $36.5
		 * billion)") */
		size_t lim = best->t1 + 4, c;
		if (best->t1 < s->t1 && kis(d, best->t1, "("))
			for (c = best->t1 + 1; c < s->t1 && c < best->t1 + 14; c++)
				if (kis(d, c, ")")) {
					lim = c;
					break;
				}
		for (k = bk + 1; k < s->m1; k++) {
			const mention *m = M(d, k);
			if (m->t0 > lim)
				break;
			if (m->kind == MK_MONEY && m->value.has_usd)
				return m;
		}
		/* "a US$1 billion (S$1.3 billion) order": the figure in
		 * brackets converts the US one right before it */
		if (bk > s->m0) {
			/* "(S$1.3 billion)": the bracket may stand before the
			 * currency's letters */
			const mention *m = M(d, bk - 1);
			size_t i;
			if (m->kind == MK_MONEY && m->value.has_usd && m->t1 + 3 >= best->t0)
				for (i = m->t1; i < best->t0; i++)
					if (kis(d, i, "("))
						return m;
		}
		/* "¥950 billion ($6.5 billion USD or $10 billion AUD)": a
		 * foreign figure inside brackets with a US one before it in
		 * them */
		{
			size_t i, open = NONE;
			for (i = best->t0; i > s->t0 && i + 12 > best->t0; i--) {
				if (kis(d, i - 1, ")"))
					break;
				if (kis(d, i - 1, "(")) {
					open = i - 1;
					break;
				}
			}
			for (k = bk; open != NONE && k > s->m0; k--) {
				const mention *m = M(d, k - 1);
				if (m->t0 <= open)
					break;
				if (m->kind == MK_MONEY && m->value.has_usd)
					return m;
			}
		}
	}
	return best;
}

/* Is year y the date of another, earlier contract the span refers to ("a
 * follow-up order to the contract signed in 2017", "under the original
 * deal of 2015")?  Only when the span states a stage of its own before. */
static int earlier_contract_year(const dctx *d, const span *s, const mention *y)
{
	static const char *def[] = {"the", "that", "previous", "earlier", "original", "first",
				    "initial", "prior", NULL};
	static const char *w_frame[] = {"cooperation", "framework", "partnership", NULL};
	size_t i = y->t0, n;
	if (i > s->t0 && (kis(d, i - 1, "in") || kis(d, i - 1, "of")))
		i--;
	{
		/* "signed with Paris in 2021": over the partner (stop 55) */
		const mention *p = mention_at_end(d, s, i);
		if (p && p->t0 > s->t0 + 1 && kis(d, p->t0 - 1, "with") &&
		    ent__is_state_mention(p) && kis(d, p->t0 - 2, "signed"))
			i = p->t0 - 1;
	}
	if (i > s->t0 && (kis(d, i - 1, "signed") || kis(d, i - 1, "concluded") ||
			  kis(d, i - 1, "agreed") || kis(d, i - 1, "awarded")))
		i--;
	/* "the contract signed in 2017", or a framework: "as part of a
	 * defence cooperation agreement signed with Paris in 2021" (stop 55) */
	if (i <= s->t0 + 1 || !KIN(d, i - 1, w_deal_noun) ||
	    !(kin(d, i - 2, def) || kin_local(d, i - 2, w_frame)))
		return 0;
	/* the sentence's own stage word, before that reference */
	for (n = s->t0; n + 2 < i; n++)
		if (KIN(d, n, w_sign) || KIN(d, n, w_delivered) || KIN(d, n, w_ordered))
			return 1;
	return 0;
}

/* The year of an earlier deal of the same parties the span names besides
 * its own ("..., following an initial deal signed in 2014 to supply 12
 * jets"), or 0.  Only with a word that makes it another deal. */
int earlier_deal_year(const dctx *d, const span *s)
{
	static const char *adj[] = {"previous", "earlier", "original", "first", "initial", "prior",
				    NULL};
	size_t k, i;
	for (k = s->m0; k < s->m1; k++) {
		const mention *y = M(d, k);
		if (y->kind != MK_YEAR || !earlier_contract_year(d, s, y))
			continue;
		for (i = y->t0; i > s->t0 && i + 6 > y->t0; i--)
			if (KIN(d, i, w_deal_noun))
				return kin(d, i - 1, adj) ? y->year : 0;
	}
	return 0;
}

/* Is token i a year written out ("2019")? */
static int year_token(const dctx *d, size_t i)
{
	const char *k = K(i);
	return strlen(k) == 4 && isdigit((unsigned char)k[0]) && isdigit((unsigned char)k[1]) &&
	       isdigit((unsigned char)k[2]) && isdigit((unsigned char)k[3]) &&
	       (k[0] == '1' || k[0] == '2');
}

/* Is token i a dash between two years? */
static int year_dash(const dctx *d, size_t i)
{
	return kis(d, i, "-") || kis(d, i, "\xe2\x80\x93"); /* "-", en dash */
}

static const char *w_range_open[] = {"between", "from", NULL};
static const char *w_range_join[] = {"and", "to", "until", "till", "through", NULL};

/* Is year y one end of a period ("between 2019 and 2024", "from 1991 to
 * 2016")?  A period is a span of activity, not the year of a stage. */
int year_of_period(const dctx *d, const span *s, const mention *y)
{
	size_t a = y->t0, b = y->t1;
	if (a > s->t0 && kin(d, a - 1, w_range_open) && b + 1 < s->t1 && kin(d, b, w_range_join) &&
	    year_token(d, b + 1))
		return 1;
	if (a >= s->t0 + 3 && kin(d, a - 1, w_range_join) && year_token(d, a - 2) &&
	    kin(d, a - 3, w_range_open))
		return 1;
	/* "in 2013-2016", "2013–16" (stop 48) */
	if (b + 1 < s->t1 && year_dash(d, b) && year_token(d, b + 1))
		return 1;
	return a >= s->t0 + 2 && year_dash(d, a - 1) && year_token(d, a - 2);
}

/* Does the span tell a period ("between 2013 and 2016")?  Then a stage
 * with no year of its own is of that period, not of the dateline. */
int span_has_period(const dctx *d, const span *s)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_YEAR && year_of_period(d, s, M(d, k)))
			return 1;
	return 0;
}

/* A word of the future before token t ("expected to arrive by 2030"),
 * the "to" of a recipient aside ("supplied 40 tanks to India by 2020":
 * "to" before a capital, a number or a determiner is a preposition). */
static int future_before(const dctx *d, const span *s, size_t t)
{
	size_t i;
	for (i = s->t0; i < t; i++) {
		if (!KIN(d, i, w_future))
			continue;
		if (kis(d, i, "to") && i + 1 < t &&
		    (d->t.v[i + 1].upper || d->t.v[i + 1].kind == TK_NUM || KIN(d, i + 1, w_det)))
			continue;
		return 1;
	}
	return 0;
}

/* "has flown the type since 2017, when it bought 30", "has been growing
 * since 2018 when Dhaka bought": the year after "since" is the year of
 * what the "when" clause right after it (over a comma or none) tells. */
static int since_when(const dctx *d, const span *s, const mention *y)
{
	/* "since the 2014 signing of a contract to supply": the year of the
	 * stage the noun after it names (stop 48) */
	static const char *w_stage_n[] = {"signing", "purchase", "delivery", "deliveries",
					  "contract", "deal", "order", "acquisition", "sale",
					  NULL};
	size_t w = y->t1 < s->t1 && kis(d, y->t1, ",") ? y->t1 + 1 : y->t1;
	if (y->t1 < s->t1 && kin_local(d, y->t1, w_stage_n))
		return 1;
	return w < s->t1 && kis(d, w, "when");
}

/* the nouns of a text or an event a year before them dates ("the 1960
 * treaties"): not a stage of a deal or a drill */
static const char *w_dated_event_n[] = {
	"treaty", "treaties", "accord", "accords", "convention", "conventions", "constitution",
	"charter", "resolution", "resolutions", "declaration", "election", "elections", "census",
	"ceasefire", "cease-fire", "armistice", "truce", "olympics", "referendum", "summit",
	"coup", "coups", "putsch", "uprising", "revolution", "earthquake", NULL};

/* "in violation of the 1960 Treaties", "the 2020 elections": year y
 * dates another text or event, the noun after it. */
int year_names_event(const dctx *d, const span *s, const mention *y)
{
	size_t b = y->t0, e = y->t1, n;
	if (b > s->t0 && kin(d, b - 1, w_months))
		b--; /* "the July 2023 military coup" */
	/* up to two words before the noun: "military", "failed" */
	for (n = 0; e < s->t1 && n < 2 && d->t.v[e].kind == TK_WORD && !d->t.v[e].upper &&
		    !kin_local(d, e, w_dated_event_n);
	     e++, n++)
		;
	return b > s->t0 && e < s->t1 && kis(d, b - 1, "the") && kin_local(d, e, w_dated_event_n);
}

/* "Y's government, which launched the procedure for the acquisition in
 * September 2022, signed a contract": year y in a relative clause between
 * commas whose own verb neither buys, supplies nor signs dates that verb's
 * event, not the main clause's (stop 55); "Y, which bought them in 2019,"
 * still dates the purchase. */
static int relative_clause_year(const dctx *d, const span *s, const mention *y)
{
	size_t b = y->t0, v, e;
	for (; b > s->t0 + 1 && y->t0 - b < 20; b--)
		if (kis(d, b - 1, ","))
			break;
	if (b <= s->t0 + 1 || !kis(d, b - 1, ",") || !(kis(d, b, "which") || kis(d, b, "who")))
		return 0;
	for (e = y->t1; e < s->t1 && e < y->t1 + 12 && !kis(d, e, ","); e++)
		;
	if (e >= s->t1 || !kis(d, e, ","))
		return 0; /* the clause closes the sentence */
	v = b + 1;
	{
		/* "which Rwanda ordered from France in 2022": over the clause's
		 * own subject */
		const mention *sb = mention_at(d, s, v);
		if (sb && sb->t0 == v && ent__is_state_mention(sb))
			v = sb->t1;
		else if (kis(d, v, "it") || kis(d, v, "they") || kis(d, v, "we"))
			v++;
	}
	while (v < y->t0 && (kis(d, v, "has") || kis(d, v, "had") || KIN(d, v, w_be) ||
			     kis(d, v, "been") || ly_adverb(d, v)))
		v++;
	return v < y->t0 && !KIN(d, v, w_buy_verb) && !KIN(d, v, w_supply_verb) &&
	       !KIN(d, v, w_sign);
}

/* A year read from a month without its year ("in November") gives way to
 * a year the span states ("follows Israel's purchase in 2010"). */
int year_counts(const dctx *d, const span *s, const mention *y)
{
	size_t k;
	if (y->kind != MK_YEAR)
		return 0;
	if (earlier_contract_year(d, s, y))
		return 0;
	if (year_of_period(d, s, y))
		return 0;
	{
		/* "under the country's new principles on defence equipment
		 * transfer, adopted in 2014": the year of a rule or body made
		 * (stop 48) */
		static const char *w_made_pp[] = {"adopted", "enacted", "introduced", "passed",
						  "established", "founded", "amended", "revised",
						  "formed", "drafted", "promulgated", NULL};
		if (y->t0 >= s->t0 + 2 && kis(d, y->t0 - 1, "in") &&
		    kin_local(d, y->t0 - 2, w_made_pp))
			return 0;
	}
	/* "expected to arrive by 2030": a target date ("delivered by 2020"
	 * is a date reached); "since the 2008 war": a date of something else;
	 * "would be completed by the end of 2026" too (stop 61) */
	{
		size_t b = y->t0;
		if (b > s->t0 + 3 && kis(d, b - 1, "of") && kis(d, b - 2, "end"))
			b -= kis(d, b - 3, "the") ? 3 : 2;
		if (b > s->t0 && (kis(d, b - 1, "by") || kis(d, b - 1, "until")) &&
		    (future_before(d, s, b) || (d->doc_year && y->year > d->doc_year)))
			return 0;
	}
	/* "with deliveries from (in) 2026" in a document of 2025: the year
	 * of a stage to come, no date of the deal (stop 60) */
	if (y->t0 > s->t0 + 1 && d->doc_year && y->year > d->doc_year &&
	    (kis(d, y->t0 - 1, "from") || kis(d, y->t0 - 1, "in") ||
	     kis(d, y->t0 - 1, "between")) &&
	    (kis(d, y->t0 - 2, "deliveries") || kis(d, y->t0 - 2, "delivery") ||
	     kis(d, y->t0 - 2, "arrival") || kis(d, y->t0 - 2, "arrivals")))
		return 0;
	/* "allocated for the purchase through 2026", "(in service) till
	 * 2019": the end of a stretch of time, no date of a stage */
	if (y->t0 > s->t0 + 1 && (kis(d, y->t0 - 1, "through") || kis(d, y->t0 - 1, "till") ||
				  kis(d, y->t0 - 1, "until")) &&
	    d->t.v[y->t0 - 2].kind == TK_WORD && !kis(d, y->t0 - 2, "from"))
		return 0;
	/* "delivered by Washington before 1979", "prior to 2014", "to
	 * exercise this option after 2030" (stop 59): a bound, no date of the
	 * stage (stop 36) */
	if (y->t0 > s->t0 && (kis(d, y->t0 - 1, "before") || kis(d, y->t0 - 1, "after") ||
			      (y->t0 > s->t0 + 1 && kis(d, y->t0 - 1, "to") &&
			       kis(d, y->t0 - 2, "prior"))))
		return 0;
	/* "a partnership towards 2030": a horizon, no date of a stage (a
	 * programme's name, "Saudi Vision 2030", is no year at all:
	 * patterns.c named_event_year_at) */
	if (y->t0 > s->t0 &&
	    (kis(d, y->t0 - 1, "towards") || kis(d, y->t0 - 1, "toward") ||
	     kis(d, y->t0 - 1, "beyond")))
		return 0;
	/* "Baghdad is set to receive the system in early 2026 as part of a
	 * contract signed in September 2024": a year of the future, when the
	 * span dates a signing after it, is no date of the stage (stop 39) */
	if (future_before(d, s, y->t0) && !(d->doc_year && y->year <= d->doc_year)) {
		size_t g = find_in(d, y->t1, s->t1, w_sign), q;
		for (q = s->m0; g != NONE && q < s->m1; q++)
			if (M(d, q)->kind == MK_YEAR && M(d, q)->t0 > g && M(d, q)->t0 <= g + 10 &&
			    M(d, q)->year < y->year)
				return 0;
	}
	/* "The contract has been signed and the supplies will begin in
	 * 2018": the year deliveries are to start dates no signing the span
	 * tells (stop 39) */
	if (y->t0 > s->t0 + 2 && kis(d, y->t0 - 1, "in") &&
	    (kis(d, y->t0 - 2, "begin") || kis(d, y->t0 - 2, "start") ||
	     kis(d, y->t0 - 2, "commence")) &&
	    future_before(d, s, y->t0 - 2) && find_in(d, s->t0, y->t0, w_sign) != NONE)
		return 0;
	if (y->t0 > s->t0 && (kis(d, y->t0 - 1, "since") ||
			      (y->t0 > s->t0 + 1 && kis(d, y->t0 - 1, "the") &&
			       kis(d, y->t0 - 2, "since"))) &&
	    !since_when(d, s, y))
		return 0;
	/* "a coup in August 2020", "since the country underwent a coup in
	 * 2020": a year told of an event noun before it, or in a clause
	 * "since" opens, is another event's date (stop 36) */
	{
		size_t b = y->t0, n;
		if (b > s->t0 && kin(d, b - 1, w_months))
			b--;
		if (b > s->t0 + 1 && (kis(d, b - 1, "in") || kis(d, b - 1, "of")) &&
		    kin_local(d, b - 2, w_dated_event_n))
			return 0;
		/* not "since it bought them in 2018": the clause's own verb of
		 * buying or supply is dated (stop 54) */
		for (n = 0; b > s->t0 && n < 8 && !kis(d, b - 1, ",") && !kis(d, b - 1, ";");
		     b--, n++)
			if (kis(d, b - 1, "since") && !since_when(d, s, y) &&
			    find_in(d, b, y->t0, w_buy_verb) == NONE &&
			    find_in(d, b, y->t0, w_supply_verb) == NONE)
				return 0;
	}
	if (relative_clause_year(d, s, y))
		return 0;
	/* "during the 2008 war (with Russia)": the year names a war, no stage */
	if (y->t1 < s->t1 && KIN(d, y->t1, w_conflict))
		return 0;
	if (year_names_event(d, s, y))
		return 0;
	if (!y->from_month)
		return 1;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_YEAR && !M(d, k)->from_month)
			return 0;
	return 1;
}

int year_in(const dctx *d, const span *s)
{
	size_t k, i;
	for (k = s->m0; k < s->m1; k++)
		if (year_counts(d, s, M(d, k)))
			return M(d, k)->year;
	/* "that year", "the same year", "later that year": the year the
	 * paragraph named last; "three years later", "a year after", "the
	 * following year", "two years earlier": counted from it */
	if (s->unit < 0 || !d->para_year || d->para_of_year != d->units[s->unit].para)
		return 0;
	for (i = s->t0; i + 1 < s->t1; i++) {
		long n = 0;
		if ((kis(d, i, "that") || kis(d, i, "same")) && kis(d, i + 1, "year"))
			return d->para_year;
		if (i > s->t0 && kis(d, i - 1, "the") &&
		    (kis(d, i, "following") || kis(d, i, "next")) && kis(d, i + 1, "year"))
			return d->para_year + 1;
		if (i + 2 >= s->t1 || !(kis(d, i + 1, "year") || kis(d, i + 1, "years")))
			continue;
		if (kis(d, i, "a") || kis(d, i, "one"))
			n = 1;
		else if (d->t.v[i].kind == TK_NUM)
			n = strtol(d->text + d->t.v[i].start, NULL, 10);
		else
			for (k = 0; w_numwords[k] && k < 11; k++)
				if (kis(d, i, w_numwords[k]))
					n = (long)k + 2;
		if (n < 1 || n > 30)
			continue;
		if (kis(d, i + 2, "later") || kis(d, i + 2, "after"))
			return d->para_year + (int)n;
		if (kis(d, i + 2, "earlier") || kis(d, i + 2, "before"))
			return d->para_year - (int)n;
	}
	return 0;
}

/* Is there a hedge word shortly before token t (or anywhere before it in a
 * short clause)? */
int hedged(const dctx *d, const span *s, size_t t)
{
	size_t i, from = t > s->t0 + 6 ? t - 6 : s->t0;
	for (i = from; i < t; i++)
		if (KIN(d, i, w_hedge) &&
		    !(i > s->t0 && d->t.v[i].upper && kis(d, i, "may")))
			return 1; /* "said in May that": a month, no hedge */
	/* "Azerbaijan is to buy", "set to acquire" */
	return t >= s->t0 + 2 && kis(d, t - 1, "to") && KIN(d, t - 2, w_be);
}

/* "X warned (cautioned) Y against (retaliating by) supplying arms to Z":
 * a verb of warning, then "against" within eight words before the verb of
 * transfer t, with no stop between. */
int warned_against(const dctx *d, const span *s, size_t t)
{
	static const char *w_warn[] = {"warned", "warns", "warn", "warning", "cautioned",
				       "cautions", "caution", NULL};
	size_t i, a = NONE;
	if (t == NONE)
		return 0;
	for (i = t; i > s->t0 && i + 9 > t; i--) {
		if (kis(d, i - 1, ";") || kis(d, i - 1, "."))
			return 0;
		if (kis(d, i - 1, "against")) {
			a = i - 1;
			break;
		}
	}
	if (a == NONE)
		return 0;
	for (i = a; i > s->t0 && i + 6 > a; i--)
		if (kin_local(d, i - 1, w_warn))
			return 1;
	return 0;
}

/* "it is not known (clear, disclosed) when (how, where) X ordered": the
 * deed is told, only its details are not (stop 58) */
static int details_unknown(const dctx *d, size_t i)
{
	static const char *w_known[] = {"known", "clear", "disclosed", "revealed", "specified",
					"certain", NULL};
	static const char *w_wh[] = {"when", "how", "where", "what", "which", "why", NULL};
	return kis(d, i, "not") && kin_local(d, i + 1, w_known) && kin_local(d, i + 2, w_wh);
}

/* A word of negation in the four tokens before t, unless a stop the
 * sentence takes back ("reversed its decision to halt the shipment") or
 * a secret denied ("made no secret of its support", stop 39); or
 * a refusal whose owner stands between it and the "to" before t ("the
 * refusal of German manufacturer MTU to supply the engines"); not "it is
 * not known when ..." (details_unknown). */
int negated(const dctx *d, const span *s, size_t t)
{
	size_t i, from = t > s->t0 + 4 ? t - 4 : s->t0;
	for (i = from; i < t; i++)
		if (KIN(d, i, w_negation) && !ban_reversed(d, s, i) &&
		    !(kis(d, i, "no") && kis(d, i + 1, "secret")) && !details_unknown(d, i))
			return 1; /* "made no secret of its hostility": said openly */
	if (t < s->t0 + 2 || !kis(d, t - 1, "to"))
		return 0;
	for (i = t - 1; i > s->t0 && i + 9 > t && d->t.v[i - 1].kind != TK_PUNCT; i--)
		if (kis(d, i - 1, "refusal") || kis(d, i - 1, "refusals"))
			return 1;
	return 0;
}

int add_goods_of(ent_fact *dst, const ent_fact *src)
{
	size_t k;
	for (k = 0; k < src->nitems; k++) {
		const ent_item *it = &src->items[k];
		if (ent_fact_add_item(dst, it->category, it->text, it->text ? strlen(it->text) : 0,
				      it->designation, -1))
			return ENT_ENOMEM;
	}
	return ENT_OK;
}

/* The token after the separator that follows a list item ending at j
 * (", ", " and ", ", and "), or NONE when the list ends there. */
size_t list_next(const dctx *d, const span *s, size_t j)
{
	int comma = j < s->t1 && kis(d, j, ",");
	if (comma)
		j++;
	if (j < s->t1 && kis(d, j, "and"))
		return j + 1;
	return comma ? j : NONE;
}

int span_has(const dctx *d, const span *s, const char *const *l)
{
	return find_in(d, s->t0, s->t1, l) != NONE;
}

/* Collect the states that stand together before token t: "Turkish-Pakistani",
 * "India and France", "Pakistan's". */
size_t actors_group_before(const dctx *d, const span *s, size_t t, const mention **out,
				  size_t max)
{
	const mention *m = actor_before(d, s, t, 6, 0);
	size_t n = 0;
	int listed = 0; /* an "and" (or "as well as") joined the states after */
	while (m && n < max) {
		size_t k;
		out[n++] = m;
		/* a joiner right before m: "-", "and", "," */
		if (m->t0 == 0 || m->t0 <= s->t0)
			break;
		k = m->t0 - 1;
		if (k > s->t0 && kis(d, k, "the"))
			k--; /* "Germany and the Netherlands" */
		if (k >= s->t0 + 2 && kis(d, k, "as") && kis(d, k - 1, "well") &&
		    kis(d, k - 2, "as")) {
			k -= 2; /* "France as well as Denmark" */
			listed = 1;
		} else if (kis(d, k, "and")) {
			listed = 1;
			if (k > s->t0 + 1 && kis(d, k - 1, ","))
				k--; /* "A, B, and C" */
		} else if (!(kis(d, k, "-") || kis(d, k, ",") || kis(d, k, "/"))) {
			break;
		}
		m = actor_before(d, s, k, 0, 0);
		if (m && kis(d, k, "-") && dateline_place(d, s, m))
			break; /* "MELBOURNE, Australia - Korea Aerospace
				* Industries has won": the dateline's place */
		if (m && kis(d, k, ",") && !listed && m->t0 > s->t0 && !kis(d, m->t0 - 1, ","))
			break; /* "When shells fell on Palestinians, the US
				* provided": a clause before, no list; a list
				* of commas alone opens the sentence ("A, B, C
				* supplied"; stop 41) */
	}
	return n;
}

/* "Pakistan-made", "Israeli-built": the state whose industry made it */
int made_in(const dctx *d, const span *s, const mention *m)
{
	size_t i = m->t1;
	return i + 1 < s->t1 && kis(d, i, "-") &&
	       (kis(d, i + 1, "made") || kis(d, i + 1, "built") || kis(d, i + 1, "manufactured") ||
		kis(d, i + 1, "produced") || kis(d, i + 1, "developed") || kis(d, i + 1, "origin"));
}

/* Does the demonym mention k qualify a weapon, i.e. is it followed within
 * three tokens by a weapon term ("Turkish drones", "Israeli-made Harop",
 * "French Caesar howitzers")?  A demonym elsewhere in the sentence ("after
 * its use by the Ukrainian forces") names users, not the maker. */
int qualifies_weapon(const dctx *d, const span *s, size_t k)
{
	const mention *m = M(d, k);
	size_t j;
	for (j = k + 1; j < s->m1; j++) {
		const mention *w = M(d, j);
		if (w->t0 < m->t1)
			continue;
		if (w->t0 > m->t1 + 3)
			return 0;
		if (w->gz == GZ_WEAPON)
			return 1;
	}
	return 0;
}

/* Words for arms of no stated kind. */
const char *w_arms_generic[] = {"weapons",   "arms",     "weaponry", "armaments",
				       "munitions", "vehicles", NULL};

/* "received a stock of protective equipment provided by the United
 * States": a general word for gear (no arms word) is goods of no stated
 * kind when a participle of giving and "by" the seller of f follow it.
 * The token of the word, looked for from a up to b, or NONE. */
size_t gear_given_by(const dctx *d, const span *s, size_t a, size_t b, const ent_fact *f)
{
	static const char *w_gear[] = {"equipment", "hardware", "gear", NULL};
	static const char *w_given[] = {"provided", "donated", "supplied", "gifted", "granted",
					"delivered", "handed", NULL};
	size_t i, by;
	const mention *m;
	for (i = a; i < b && i + 2 < s->t1; i++) {
		if (!kin_local(d, i, w_gear) || !kin_local(d, i + 1, w_given))
			continue;
		by = kis(d, i + 2, "over") ? i + 3 : i + 2; /* "handed over by" */
		if (by < s->t1 && kis(d, by, "by") && (m = actor_after(d, s, by + 1, 3, 0)) &&
		    m->code && ent_fact_has_code(f->suppliers, f->nsuppliers, m->code))
			return i;
	}
	return NONE;
}

/* Objects that a verb of giving can take which are no goods: "grant India
 * a waiver", "exporting terror", "provide access", "provide another
 * insight into", "providing safe havens to militants". */
static const char *w_not_goods[] = {"waiver", "waivers", "exemption", "exemptions", "permission",
				    "approval", "access", "asylum", "terror", "terrorism",
				    "extremism", "instability", "visas", "visa", "support",
				    "backing", "insight", "insights", "glimpse", "evidence", "proof",
				    "clarity", "assurance", "assurances", "haven", "havens",
				    "sanctuary", "sanctuaries", "refuge", "funds", "funding",
				    "revenue", "information", "details", "explanations", "guarantees",
				    /* "delivering a setback (blow) to Russia" (stop 39) */
				    "setback", "setbacks", "blow", "blows",
				    /* "a significant value is provided by Yn suppliers"
				     * (stop 53) */
				    "value", "expertise", "advice", "guidance", NULL};

/* Verbs of opinion or obstruction before "by": "a sale opposed by India"
 * names a critic, not a party. */
static const char *w_opinion_pp[] = {"opposed", "criticised", "criticized", "condemned",
				     "blocked", "rejected", "vetoed", "questioned", "denounced",
				     "protested", "slammed", "welcomed", "praised", "hailed",
				     "feared", NULL};

/* Nouns for the buying side: "the first export customer of the ATAGS". */
const char *w_customer[] = {"customer", "customers", "buyer", "buyers", "client",
				   "clients", "importer", "operator", NULL};

/* Civil goods and services a verb of giving can take: "supplies X with
 * oil", "providing medical services", "provides food to Y"; no goods of a
 * deal unless a weapon is named after the verb (test_extract_deal_precision2.c). */
static const char *w_civil_goods[] = {"oil", "crude", "fuel", "electricity", "food", "grain",
				      "wheat", "medical", "dental", "health", "healthcare", "medicine",
				      "medicines", "semiconductors", "microchips", "chips",
				      "smartphones",
				      /* "exported irrigation systems", "agricultural
				       * machinery", "solar panels" (stop 51) */
				      "irrigation", "agricultural", "farming", "solar", "vaccines",
				      "textiles",
				      /* "hands over final documents to the US" (stop 58) */
				      "documents", "document", "papers", "credentials", NULL};

/* Raw goods a verb of buying or supply may take further on, after a
 * measure: "shipped billions of dollars' worth of Iranian oil", "bought
 * millions of barrels of crude". */
static const char *w_commodity_far[] = {"oil", "crude", "petroleum", "wheat", "grain",
					"barley", "maize", "fertiliser", "fertilizer", "copper",
					"coal", "lng", "coffee", "rice", "sugar", "soybeans",
					"corn", "cotton", "timber", "cocoa", "potash", "diesel",
					/* "sold fish to Y", "exported lithium"
					 * (stop 57) */
					"fish", "seafood", "beef", "meat", "tea", "fruit",
					"lithium", "cobalt", "nickel", "bauxite", "ore",
					"minerals",
					/* "sold peanuts (gems) to China" (stop 58) */
					"peanuts", "groundnuts", "cashews", "gems", "gemstones",
					"diamonds", NULL};

/* Does the span name a weapon after token v?  Civil goods after a verb of
 * giving stay goods when a weapon follows ("fuel and 20 tanks"). */
static int weapon_after(const dctx *d, const span *s, size_t v)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 > v && M(d, k)->gz == GZ_WEAPON)
			return 1;
	return 0;
}

/* Measures of bulk goods: "200 tonnes of salmon", "4.5 billion cubic
 * metres of gas" (stop 51); and what such a measure may hold that is
 * still materiel: "300 tonnes of ammunition", "tons of military cargo". */
static const char *w_bulk[] = {"tonnes", "tons", "barrels", "metres", "meters", "litres",
			       "liters", "gallons", "kilograms", "kilos", "bushels", "bales",
			       NULL};
static const char *w_bulk_arms[] = {"ammunition", "munitions", "shells", "explosives",
				    "weapons", "arms", "equipment", "materiel", "military",
				    "ordnance", "rounds", "cargo", "supplies", "missiles",
				    "bombs", "gunpowder", "tnt", "rockets", NULL};

/* Is the object of the verb at v (up to ten tokens on, before a comma) a
 * raw commodity, or bulk goods by measure, with no weapon named after the
 * verb? */
static int commodity_goods(const dctx *d, const span *s, size_t v)
{
	size_t i;
	for (i = v + 1; i < s->t1 && i <= v + 10; i++) {
		if (kis(d, i, ",") || kis(d, i, ";"))
			return 0;
		if (!kin(d, i, w_commodity_far) &&
		    !(i + 2 < s->t1 && kin(d, i, w_bulk) && kis(d, i + 1, "of") &&
		      !kin(d, i + 2, w_bulk_arms)))
			continue;
		return !weapon_after(d, s, v);
	}
	return 0;
}

/* Words of relief that make aid civil: "$1 million in emergency aid",
 * "humanitarian assistance", "disaster relief supplies"; and the use that
 * makes goods civil: "for civilian / civil / peaceful applications". */
static const char *w_relief[] = {"emergency", "humanitarian", "disaster", "relief", "flood",
				 "earthquake", "quake", "famine", "drought",
				 /* "a financial assistance package of $1.4 billion"
				  * (stop 62) */
				 "financial", "economic", "development", "budget", "budgetary",
				 "macro-financial", "fiscal", NULL};
static const char *w_aid_n[] = {"aid", "assistance", "relief", "supplies", "package", "loan",
				"loans", "grant", "grants", "credit", "support", NULL};
static const char *w_civ[] = {"civilian", "civil", "peaceful", NULL};
/* "drones for crop spraying (dusting, monitoring)", "for farming" (stop 56) */
static const char *w_farm[] = {"crop", "crops", "farming", "agriculture", NULL};
static const char *w_use[] = {"use", "uses", "applications", "application", "purposes",
			      "purpose", NULL};

/* Is the object of the verb at v (up to ten tokens on, before a comma)
 * aid of relief ("provide $1 million in emergency aid") or goods for
 * civilian use ("export technologies for civilian applications to X"),
 * with no weapon named after the verb?  Goods "for crop spraying
 * (farming, agricultural use)" are civil whatever they are (stop 56). */
static int civil_object(const dctx *d, const span *s, size_t v)
{
	size_t i;
	for (i = v + 1; i < s->t1 && i <= v + 10; i++) {
		if (kis(d, i, ",") || kis(d, i, ";"))
			return 0;
		/* goods bought for farming are the farm's, weapons' words
		 * or not ("drones for crop spraying") */
		if (i + 1 < s->t1 && kis(d, i, "for") &&
		    (kin(d, i + 1, w_farm) ||
		     (kis(d, i + 1, "agricultural") && i + 2 < s->t1 && kin(d, i + 2, w_use))))
			return 1;
		if (!(i + 1 < s->t1 && kin(d, i, w_relief) && kin(d, i + 1, w_aid_n)) &&
		    !(i + 2 < s->t1 && kis(d, i, "for") && kin(d, i + 1, w_civ) &&
		      kin(d, i + 2, w_use)))
			continue;
		return !weapon_after(d, s, v);
	}
	return 0;
}

/* Civil vehicles and craft: "sold 40,000 cars to X", "buses",
 * "tractors"; "passenger / regional / commercial / civilian jets
 * (aircraft, planes, helicopters)"; "cruise (container, fishing,
 * merchant) ships" (stop 54); "fire-fighting (firefighting) planes", "a
 * container ship" (stop 55). */
static const char *w_civil_vehicle[] = {"cars", "car", "buses", "tractors", "airliners",
					"airliner", "locomotives", "ferries", NULL};
static const char *w_civil_kind[] = {"passenger", "regional", "commercial", "civilian", "civil",
				     "airline", "cruise", "container", "fishing", "merchant",
				     "firefighting", "fighting", NULL};
static const char *w_civil_craft[] = {"jet", "jets", "aircraft", "plane", "planes",
				      "helicopters", "helicopter", "airplanes", "trains", "boats",
				      "ships", "ship", "vessels", NULL};
static const char *w_armoured[] = {"armoured", "armored", "combat", "patrol", "military",
				   "armed", NULL};

/* Is the object of the verb at v (up to ten tokens on, before a comma) a
 * civil vehicle or craft ("sold 50 passenger jets to X", "bought 5,000
 * buses"; before a passive verb: "50 passenger jets were sold to X"),
 * with no weapon named after the verb?  "armoured cars" stay goods
 * (test_extract_false_facts2.c). */
static int civil_vehicle(const dctx *d, const span *s, size_t v)
{
	size_t i, k, from = v + 1;
	/* a passive: the object is the subject before "was/were sold" */
	if (v >= s->t0 + 2 && KIN(d, v - 1, w_be))
		from = v > s->t0 + 10 ? v - 10 : s->t0;
	for (i = from; i < s->t1 && i <= v + 10; i++) {
		if (i == v)
			continue;
		if (kis(d, i, ",") || kis(d, i, ";")) {
			if (i > v)
				return 0;
			continue;
		}
		if (kin(d, i, w_civil_vehicle)) {
			if (i > s->t0 && kin(d, i - 1, w_armoured))
				return 0;
		} else if (!(i + 1 < s->t1 && kin(d, i, w_civil_kind) &&
			     kin(d, i + 1, w_civil_craft)) ||
			   (kis(d, i, "fighting") &&
			    !(i >= s->t0 + 2 && kis(d, i - 1, "-") && kis(d, i - 2, "fire")))) {
			/* "fighting" only in "fire-fighting planes" (stop 55) */
			continue;
		}
		/* a weapon in the object, other than the craft's own
		 * generic word ("jets", "helicopters") */
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->t0 >= from && M(d, k)->t0 != v && M(d, k)->t0 != i + 1 &&
			    M(d, k)->gz == GZ_WEAPON)
				return 0;
		return 1;
	}
	return 0;
}

/* Is the direct object of the verb of buying at v a firm or a share of
 * one ("Rheinmetall bought a Hungarian firm", "bought a stake in")?  A
 * preposition before the noun ("bought tanks from a firm") ends it. */
static int firm_object(const dctx *d, const span *s, size_t v)
{
	static const char *firm[] = {"firm", "firms", "company", "companies", "stake", "stakes",
				     "subsidiary", "startup", "shares", "shipyard", NULL};
	static const char *prep[] = {"from", "with", "by", "to", "for", "of", "through", "via",
				     "under", "in", NULL};
	size_t i;
	for (i = v + 1; i < s->t1 && i <= v + 5; i++) {
		if (kin(d, i, prep) || kis(d, i, ",") || kis(d, i, ";"))
			return 0;
		if (kin(d, i, firm))
			return 1;
	}
	return 0;
}

/* "The law provides, among other things, for Washington to step up ...",
 * "the plan provides for X to ...": "provide(s/d) for" a state and "to"
 * (an aside between commas allowed after the verb) stipulates, it gives
 * no goods. */
static int provides_for_state_to(const dctx *d, const span *s, size_t v)
{
	static const char *w_provide[] = {"provide", "provides", "provided", NULL};
	size_t i = v + 1, e;
	const mention *m;
	if (!kin(d, v, w_provide))
		return 0;
	if (i < s->t1 && kis(d, i, ",")) {
		for (e = i + 1; e < s->t1 && e < i + 7 && !kis(d, e, ","); e++)
			;
		if (e >= s->t1 || !kis(d, e, ","))
			return 0;
		i = e + 1;
	}
	if (i + 2 >= s->t1 || !kis(d, i, "for"))
		return 0;
	i++;
	if (kis(d, i, "the"))
		i++;
	m = mention_at(d, s, i);
	return m && m->t0 == i && ent__is_state_mention(m) && m->t1 < s->t1 && kis(d, m->t1, "to");
}

/* Is the word after a verb of giving (within three tokens) one of the
 * non-goods objects, or its object a raw commodity, aid of relief or
 * goods for civilian use, or does the verb stipulate ("provides for X
 * to")? */
int gives_no_goods(const dctx *d, const span *s, size_t v)
{
	size_t i;
	if (commodity_goods(d, s, v) || civil_object(d, s, v) || civil_vehicle(d, s, v) ||
	    provides_for_state_to(d, s, v))
		return 1;
	if (v >= s->t0 + 2 && kin(d, v - 2, w_not_goods) &&
	    (kis(d, v - 1, "it") || kis(d, v - 1, "they") || kis(d, v - 1, "we")))
		return 1; /* "the support it provided to X": a relative clause */
	if (v > s->t0) {
		/* "a significant value is provided by X", "the guidance
		 * provided by X": the noun before a passive participle */
		i = KIN(d, v - 1, w_be) && v > s->t0 + 1 ? v - 2 : v - 1;
		if (kin(d, i, w_not_goods) && !in_weapon(d, s, i))
			return 1;
		/* "Myanmar's gems were sold to buyers from China" (stop 58) */
		if (i < v - 1 && kin(d, i, w_commodity_far) && !in_weapon(d, s, i))
			return 1;
	}
	/* "C-17 aircraft, which delivered personnel and cargo": what a
	 * transport carries (not "delivered cargo aircraft"; stop 40) */
	if (v + 1 < s->t1 &&
	    (kis(d, v + 1, "personnel") || kis(d, v + 1, "passengers") || kis(d, v + 1, "cargo")) &&
	    !in_weapon(d, s, v + 1) && !(v + 2 < s->t1 && in_weapon(d, s, v + 2)))
		return 1;
	for (i = v + 1; i < s->t1 && i <= v + 4; i++) {
		/* "provides arms and political support to Y": arms named
		 * first are goods, whatever follows */
		if (kin(d, i, w_arms_generic) && i + 1 < s->t1 && kis(d, i + 1, "and"))
			return 0;
		/* "Two sales to Egypt received approval from X": a noun of
		 * giving whose clause receives what follows (stop 42) */
		if (KIN(d, v, w_supply_noun) && i > v + 1 && KIN(d, i - 1, w_buy_verb))
			return 0;
		/* "technical (maintenance) support": a service of weapons.tsv,
		 * not the backing "support" stands for alone */
		if (kin(d, i, w_not_goods) && !in_weapon(d, s, i))
			return 1;
		/* "had provided crucial intelligence about jihadist groups",
		 * not "intelligence-gathering drones" (stop 60) */
		if (kis(d, i, "intelligence") && !in_weapon(d, s, i) && !weapon_after(d, s, v))
			return 1;
		if (!kin(d, i, w_civil_goods))
			continue;
		return !weapon_after(d, s, v);
	}
	return 0;
}

/* What a state may receive that is no goods: "received the long-awaited
 * freedom from France", "received an invitation from X", "obtained the
 * status of preferred supplier" (a standing, not a purchase), "upon
 * receiving information from the X frigate" (word, not the frigate); nor
 * is an act ordered ("ordered his assault on Y"). */
static const char *w_not_received[] = {"freedom", "independence", "recognition", "invitation",
				       "invitations", "assurances", "guarantees", "delegation",
				       "visit", "condolences", "congratulations", "status",
				       "certification", "accreditation", "information",
				       "intelligence", "letter", "letters", "message", "messages",
				       "call", "calls", "news", "word", "briefing", "briefings",
				       "warning", "warnings", "complaint", "complaints", "reply",
				       "signal", "signals",
				       /* "received permission from the US to sell"
					* (stop 39) */
				       "permission", "approval", "authorization",
				       "authorisation", "consent", "clearance", "nod",
				       /* "Putin ordered his assault on Y" (stop 36) */
				       "assault", "attack", "attacks", "invasion", "offensive",
				       "withdrawal", "mobilisation", "mobilization", "evacuation",
				       "investigation", "probe", "inquiry", NULL};

/* Is the object of a verb of receiving (up to six tokens on, before any
 * weapon or comma) one of those? */
int receives_no_goods(const dctx *d, const span *s, size_t v)
{
	size_t i, k = s->m0;
	if (commodity_goods(d, s, v) || civil_object(d, s, v) || civil_vehicle(d, s, v) ||
	    firm_object(d, s, v))
		return 1; /* "purchased millions of barrels of oil" */
	for (i = v + 1; i < s->t1 && i <= v + 6; i++) {
		if (kis(d, i, ",") || kis(d, i, ";"))
			return 0;
		while (k < s->m1 && M(d, k)->t1 <= i)
			k++;
		if (k < s->m1 && M(d, k)->t0 <= i && M(d, k)->gz == GZ_WEAPON)
			return 0;
		/* a capital in a sentence whose verb has none is a name's word
		 * ("31 Multifunctional Information Distribution System
		 * terminals"); a headline capitalises every word */
		if (kin(d, i, w_not_received) && !(d->t.v[i].upper && !d->t.v[v].upper))
			return 1;
	}
	return 0;
}

/* Nouns of a conflict a state's possessive may own: "Russia's invasion". */
static const char *w_conflict_act[] = {"invasion", "war", "aggression", "attack", "attacks",
				       "annexation", "occupation", "threat", "threats", "offensive",
				       "incursion", "assault", "invasions", "build-up", "buildup",
				       NULL};

/* Nouns of a conflict a state's name may modify: "the Ukraine war". */
static const char *w_conflict_named[] = {"war", "wars", "conflict", "conflicts", "crisis",
					 "clash", "clashes", "standoff", "skirmishes", NULL};

/* "despite/amid Armenia (also) receiving tanks from Russia": the state
 * right after the preposition at p is the subject of a gerund of buying
 * or supply: the phrase states a transfer, its states are parties to it,
 * no background. */
static int gerund_party(const dctx *d, const span *s, size_t p)
{
	const mention *m = mention_at(d, s, kis(d, p + 1, "the") ? p + 2 : p + 1);
	size_t g;
	const char *k;
	if (!m || !ent__is_state_mention(m))
		return 0;
	g = m->t1;
	if (g < s->t1 && (kis(d, g, "also") || kis(d, g, "still")))
		g++;
	if (g >= s->t1 || !(KIN(d, g, w_buy_verb) || KIN(d, g, w_supply_verb)))
		return 0;
	k = K(g);
	return strlen(k) > 3 && !strcmp(k + strlen(k) - 3, "ing");
}

/* "from Paris, London and Washington", "blames the USA and France": q
 * the first token of a state of a list (its "the" included); the first
 * token of the list's first state, back over at most max states joined by
 * commas and "and" (q itself when none is before it). */
size_t list_head(const dctx *d, const span *s, size_t q, size_t max)
{
	size_t k, n;
	for (n = 0; n < max && q > s->t0 + 1 && (kis(d, q - 1, "and") || kis(d, q - 1, ","));
	     n++) {
		for (k = s->m0; k < s->m1 && M(d, k)->t1 != q - 1; k++)
			;
		if (k == s->m1 || !ent__is_state_mention(M(d, k)))
			break;
		q = M(d, k)->t0;
		if (q > s->t0 && kis(d, q - 1, "the"))
			q--;
	}
	return q;
}

/* "In a move that has left China fuming, X approved ...", "In a bid
 * to counter Russia, ...": is m inside a fronted phrase of a move (step,
 * bid, decision) that opens the span (after its dateline) and ends at
 * its first comma, not as the owner of something ("Peru's shift")?  A
 * deal told there ("In a deal with France, ...") is no such phrase. */
static int fronted_move(const dctx *d, const span *s, const mention *m)
{
	static const char *w_move_n[] = {"move", "step", "bid", "decision", "development",
					 "gesture", "signal", "snub", "rebuke", "blow", NULL};
	size_t j = s->t0, n;
	/* past a dateline: "WASHINGTON, U.S. - In a move ..." */
	for (n = 0; j < s->t1 && n < 8 && !kis(d, j, "-") && !kis(d, j, ":"); j++, n++)
		if (!(d->t.v[j].kind == TK_WORD && d->t.v[j].upper) && !kis(d, j, ",") &&
		    !kis(d, j, "."))
			break;
	j = j < s->t1 && j > s->t0 && (kis(d, j, "-") || kis(d, j, ":")) ? j + 1 : s->t0;
	/* "In a move that signifies Peru's shift away from Chile, the
	 * government ...": the owner of the move is the actor to come */
	if (m->possessive || j + 3 >= s->t1 || !kis(d, j, "in") ||
	    !(kis(d, j + 1, "a") || kis(d, j + 1, "an")))
		return 0;
	for (j += 2, n = 0; j < s->t1 && n < 2 && !kin_local(d, j, w_move_n); j++, n++)
		if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
			return 0; /* two lower-case words at most: "a surprise move" */
	if (j >= s->t1 || !kin_local(d, j, w_move_n) || m->t0 <= j)
		return 0;
	for (; j < m->t0; j++)
		if (kis(d, j, ",") || kis(d, j, ";"))
			return 0;
	for (j = m->t1; j < s->t1 && !kis(d, j, ","); j++)
		;
	return j + 1 < s->t1;
}

/* Is mention m a state named only as background: the owner or the other
 * side of a conflict ("after Russia's (full-scale) invasion of Ukraine")
 * or inside an "amid/despite" or "defying" phrase with no comma between,
 * or in a fronted "In a move ..." phrase (fronted_move), or compared
 * after "than"? */
int background_state(const dctx *d, const span *s, const mention *m)
{
	size_t i, n;
	if (m->gz == GZ_DEMONYM && !m->possessive) {
		/* "to protect its cities from Russian air strikes": the
		 * attacker's demonym on an attack */
		static const char *w_strike_n[] = {"strikes", "airstrikes", "attacks", "shelling",
						   "bombing", "bombardment", "raids", "aggression",
						   "invasion", "offensive", NULL};
		for (i = m->t1, n = 0; i < s->t1 && n < 3; i++, n++) {
			if (kin_local(d, i, w_strike_n))
				return 1;
			if (!(kis(d, i, "-") || (d->t.v[i].kind == TK_WORD && !d->t.v[i].upper)))
				break;
		}
	}
	if (m->possessive) {
		for (i = m->t1 + 1, n = 0; i < s->t1 && n < 3; i++, n++) {
			if (kin(d, i, w_conflict_act))
				return 1;
			if (!(kis(d, i, "-") ||
			      (d->t.v[i].kind == TK_WORD && !d->t.v[i].upper)))
				break;
		}
	}
	/* a name as the modifier of a conflict noun: "since the start of the
	 * Ukraine conflict", "the Gaza war" (not a demonym: "Russian war
	 * planes") */
	if (!m->possessive && m->gz != GZ_DEMONYM && m->t1 < s->t1 &&
	    kin(d, m->t1, w_conflict_named))
		return 1;
	/* "the first nation outside (of) the US to obtain", "other than X",
	 * "apart from X": a state set aside, no party */
	{
		/* the words before a span that starts at the state, in its
		 * unit, count: "it has diversified its sourcing beyond the
		 * United States, buying" (stop 59) */
		size_t q = m->t0, b = s->unit >= 0 && d->units[s->unit].t0 < s->t0 &&
					      m->t0 <= s->t0 + 1
					      ? d->units[s->unit].t0
					      : s->t0;
		if (q > b && kis(d, q - 1, "the"))
			q--;
		if (q > b && kis(d, q - 1, "of") && q - 1 > b && kis(d, q - 2, "outside"))
			q--;
		if (q > b + 1 && ((kis(d, q - 1, "outside") && !kis(d, q - 2, "from")) ||
				      (kis(d, q - 1, "than") && kis(d, q - 2, "other")) ||
				      (kis(d, q - 1, "from") && kis(d, q - 2, "apart")) ||
				      /* "a shift away from India" */
				      (kis(d, q - 1, "from") && kis(d, q - 2, "away")) ||
				      /* "seeks to distance itself from Chinese
				       * sourcing" (stop 38) */
				      (kis(d, q - 1, "from") && q > b + 2 &&
				       (kis(d, q - 2, "itself") || kis(d, q - 2, "themselves")) &&
				       (kis(d, q - 3, "distance") || kis(d, q - 3, "distancing") ||
					kis(d, q - 3, "wean") || kis(d, q - 3, "weaning"))) ||
				      kis(d, q - 1, "besides") ||
				      /* "diversified its sourcing beyond the US" */
				      kis(d, q - 1, "beyond")))
			return 1;
	}
	/* the other side of the conflict: "invasion of Ukraine", "war on X";
	 * a source of danger: "threats from North Korea" */
	if (m->t0 >= s->t0 + 2 &&
	    (kis(d, m->t0 - 1, "of") || kis(d, m->t0 - 1, "on") || kis(d, m->t0 - 1, "against") ||
	     kis(d, m->t0 - 1, "from") || kis(d, m->t0 - 1, "in")) &&
	    kin(d, m->t0 - 2, w_conflict_act))
		return 1; /* also the war's place: "for the war in Ukraine" */
	/* a critic: "drew warnings (criticism, objections) from X", "defied
	 * sanctions by X" */
	{
		static const char *w_critic_n[] = {"warnings", "warning", "criticism",
						   "objections", "protests", "condemnation",
						   "complaints", "sanctions", "pressure", NULL};
		size_t q = m->t0;
		if (q > s->t0 && kis(d, q - 1, "the"))
			q--;
		/* "warnings from Paris, London and Washington": back over the
		 * list to its first critic */
		q = list_head(d, s, q, 4);
		if (q >= s->t0 + 2 && (kis(d, q - 1, "from") || kis(d, q - 1, "by")) &&
		    kin(d, q - 2, w_critic_n))
			return 1;
	}
	if (fronted_move(d, s, m))
		return 1;
	/* "at a lower cost than American and European UAVs": goods of a
	 * comparison are no party's */
	{
		size_t q = list_head(d, s, m->t0, 4);
		if (q > s->t0 && kis(d, q - 1, "the"))
			q--;
		if (q > s->t0 && kis(d, q - 1, "than"))
			return 1;
	}
	for (i = m->t0, n = 0; i > s->t0 && n < 12; i--, n++) {
		if (kis(d, i - 1, ",") || kis(d, i - 1, ";"))
			break;
		if (kis(d, i - 1, "amid") || kis(d, i - 1, "amidst") || kis(d, i - 1, "despite"))
			return !gerund_party(d, s, i - 1);
		/* "Defying the United States, Russia agreed to sell ...",
		 * "in defiance of X", "angering X": the state defied */
		if (kis(d, i - 1, "defying") || kis(d, i - 1, "defiance") ||
		    kis(d, i - 1, "ignoring") || kis(d, i - 1, "snubbing") ||
		    kis(d, i - 1, "angering") || kis(d, i - 1, "irking") ||
		    kis(d, i - 1, "flouting"))
			return 1;
	}
	/* "acquired during its time as part of the Soviet Union": a whole
	 * its part once belonged to, the name ending its phrase (not "as part
	 * of the US aid package", where it qualifies a noun; stop 67) */
	if (m->gz == GZ_STATE && !m->possessive && m->t0 > s->t0 + 2 &&
	    (m->t1 >= s->t1 || (d->t.v[m->t1].kind != TK_WORD && !kis(d, m->t1, "-")) ||
	     d->t.v[m->t1].upper ||
	     kis(d, m->t1, "until") || kis(d, m->t1, "before") || kis(d, m->t1, "and"))) {
		size_t q = kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
		if (q > s->t0 + 1 && kis(d, q - 1, "of") && kis(d, q - 2, "part"))
			return 1;
	}
	/* "violate the one-China principle", "its One China policy": the
	 * state of a doctrine's name (stop 67; a stance of adherence reads
	 * it, so the mention stays) */
	if (m->gz == GZ_STATE && !m->possessive && m->t0 > s->t0 && m->t1 < s->t1 &&
	    (d->t.v[m->t1].keylen == 9 || d->t.v[m->t1].keylen == 6) &&
	    (kis(d, m->t1, "principle") || kis(d, m->t1, "policy")) &&
	    (kis(d, m->t0 - 1, "one") ||
	     (m->t0 > s->t0 + 1 && kis(d, m->t0 - 1, "-") && kis(d, m->t0 - 2, "one"))))
		return 1;
	/* "amid tensions in the sea, where Vietnam and China have clashed":
	 * the subjects of a verb of fighting are its sides (stop 67) */
	{
		static const char *w_clash_v[] = {"clashed", "clash", "clashes", "fought",
						  "feuded", "sparred", "quarrelled", "quarreled",
						  "skirmished", NULL};
		static const char *w_aux[] = {"have", "has", "had", "repeatedly", "often",
					      "frequently", "recently", "long", NULL};
		size_t e = m->t1;
		for (n = 0; n < 4 && e + 1 < s->t1 && (kis(d, e, "and") || kis(d, e, ","));
		     n++) {
			const mention *o = mention_at(d, s, kis(d, e + 1, "the") ? e + 2 : e + 1);
			if (!o || !ent__is_state_mention(o))
				break;
			e = o->t1;
		}
		/* the first letters rule out most words before a look-up */
		for (n = 0; n < 2 && e < s->t1 &&
			    (K(e)[0] == 'h' || K(e)[0] == 'r' || K(e)[0] == 'o' || K(e)[0] == 'f' ||
			     K(e)[0] == 'l') &&
			    kin_local(d, e, w_aux);
		     n++)
			e++;
		if (e < s->t1 &&
		    (K(e)[0] == 'c' || K(e)[0] == 'f' || K(e)[0] == 's' || K(e)[0] == 'q') &&
		    kin_local(d, e, w_clash_v))
			return 1;
	}
	/* "tensions (clashes, a dispute) between them and X", "mock dog
	 * fights with Turkish jets": a side of a quarrel is no party to a
	 * transfer */
	{
		static const char *w_quarrel_n[] = {"tensions", "tension", "rivalry", "clashes",
						    "dispute", "disputes", "conflict", "conflicts",
						    "hostilities", "standoff", "skirmishes",
						    "hostility", "friction", NULL};
		static const char *w_fight_n[] = {"fights", "dogfights", "clashes", "skirmishes",
						  "battles", "confrontation", "confrontations",
						  "war", "standoff", NULL};
		size_t q = m->t0;
		if (q > s->t0 && kis(d, q - 1, "the"))
			q--;
		/* "dog fights with Turkish jets", "its war with Y", "regional
		 * tensions with the United States" */
		if (q > s->t0 + 1 && kis(d, q - 1, "with") &&
		    (kin_local(d, q - 2, w_fight_n) || kin_local(d, q - 2, w_quarrel_n)))
			return 1;
		/* "on the Polish-Ukrainian border": a border of two states is
		 * a place */
		{
			size_t e = m->t1;
			const mention *o;
			if (e + 1 < s->t1 && kis(d, e, "-") && (o = mention_at(d, s, e + 1)) != NULL &&
			    o->t0 == e + 1 && ent__is_state_mention(o))
				e = o->t1;
			if (e < s->t1 && (kis(d, e, "border") || kis(d, e, "borders") ||
					  kis(d, e, "frontier")))
				return 1;
		}
		/* "at odds with (regional power) Egypt": two lower-case words
		 * of description at most between */
		for (q = m->t0, n = 0; q > s->t0 + 2 && n < 3 && !kis(d, q - 1, "with"); q--, n++)
			if (d->t.v[q - 1].kind != TK_WORD || d->t.v[q - 1].upper)
				break;
		if (q > s->t0 + 2 && kis(d, q - 1, "with") && kis(d, q - 2, "odds") &&
		    kis(d, q - 3, "at"))
			return 1;
		q = m->t0;
		for (n = 0; q > s->t0 + 1 && n < 10; q--, n++) {
			const mention *o = mention_at(d, s, q - 1);
			if (kis(d, q - 1, "between"))
				return kin_local(d, q - 2, w_quarrel_n);
			if (!(kis(d, q - 1, "and") || kis(d, q - 1, ",") || kis(d, q - 1, "the") ||
			      kis(d, q - 1, "them") || kis(d, q - 1, "us") ||
			      (o && ent__is_state_mention(o))))
				break;
		}
	}
	/* "Prior to the agreement with Egypt, ...", "Unlike X, ...", "Apart
	 * from A and B, ...": a phrase opening the sentence, up to its
	 * comma, sets the scene */
	if ((kis(d, s->t0, "unlike") || kis(d, s->t0, "like") || kis(d, s->t0, "besides") ||
	     ((kis(d, s->t0, "prior") || kis(d, s->t0, "apart") || kis(d, s->t0, "aside")) &&
	      s->t0 + 1 < s->t1 && (kis(d, s->t0 + 1, "to") || kis(d, s->t0 + 1, "from")))) &&
	    m->t0 > s->t0) {
		for (i = s->t0 + 1; i < m->t0 && !kis(d, i, ","); i++)
			;
		if (i == m->t0)
			return 1;
	}
	/* a rival for the contract: "Saab beat Boeing to win" */
	return rival_party(d, s, m);
}

/* The token before mention m, over one "the" ("with the United States"),
 * or NONE at the start of the span. */
size_t word_before(const dctx *d, const span *s, const mention *m)
{
	size_t i = m->t0;
	if (i > s->t0 && kis(d, i - 1, "the"))
		i--;
	/* "with Western-backed Ukraine", "the war-torn Sudan": past a
	 * compound modifier of a word, "-" and a lower-case word (stop 49) */
	if (i > s->t0 + 3 && kis(d, i - 2, "-") && d->t.v[i - 1].kind == TK_WORD &&
	    !d->t.v[i - 1].upper && d->t.v[i - 3].kind == TK_WORD) {
		i -= 3;
		if (i > s->t0 && kis(d, i - 1, "the"))
			i--;
	}
	return i > s->t0 ? i - 1 : NONE;
}

/* The token before the first state of the list of states joined by ",",
 * "and" or "or" that mention m ends, over one "the" before each ("a
 * strategy against North Korea, China and Russia": "against"), or NONE
 * at the start of the span; word_before when m ends no list.  Each step
 * looks at the mention before first (mentions come in order), so a long
 * list costs one step per state. */
size_t list_word_before(const dctx *d, const span *s, const mention *m)
{
	size_t wb = word_before(d, s, m);
	while (wb != NONE && (kis(d, wb, "and") || kis(d, wb, ",") || kis(d, wb, "or"))) {
		const mention *h = NULL;
		if (m >= d->m.v && m < d->m.v + d->m.n && m > d->m.v + s->m0 && m[-1].t1 == wb)
			h = m - 1;
		else
			h = mention_at_end(d, s, wb);
		if (!h || !ent__is_state_mention(h) || h->t0 <= s->t0)
			break;
		m = h;
		wb = word_before(d, s, m);
	}
	return wb;
}

/* Is the firm mention m described by the demonym o of its home before
 * it (a demonym before a body's noun may be read as the state): right
 * before it ("the French Dassault Aviation company"), or lower-case words
 * ending in a maker noun between ("Turkish state-owned defense contractor
 * ASFAT", "the Turkish firm STM")? */
static int demonym_describes_firm(const dctx *d, const mention *o, const mention *m)
{
	size_t i;
	if ((o->gz != GZ_DEMONYM && o->gz != GZ_STATE) || o->possessive || o->t1 > m->t0 ||
	    m->t0 > o->t1 + 6)
		return 0;
	if (o->t1 == m->t0)
		return o->gz == GZ_DEMONYM; /* "the French Dassault Aviation company" */
	if (!(kin(d, m->t0 - 1, w_maker_noun) || kis(d, m->t0 - 1, "shipyard") ||
	      kis(d, m->t0 - 1, "shipbuilder")))
		return 0;
	for (i = o->t1; i < m->t0; i++)
		if (d->t.v[i].upper || (d->t.v[i].kind != TK_WORD && !kis(d, i, "-")) ||
		    kis(d, i, "and") || kis(d, i, "or"))
			return 0;
	return 1;
}

/* The mention that stands for firm m's place in the sentence: the
 * possessive state right before it of the same home ("with Israel's
 * Rafael") or its home's demonym with the firm's description ("with
 * Turkish defence contractor ASFAT"), else m itself. */
const mention *firm_owner(const dctx *d, const span *s, const mention *m)
{
	size_t k;
	if (m->gz != GZ_FIRM)
		return m;
	for (k = s->m0; k < s->m1; k++) {
		const mention *o = M(d, k);
		if (ent__is_state_mention(o) && strcmp(o->code, m->code) == 0 &&
		    ((o->possessive && o->t1 + 1 == m->t0) || demonym_describes_firm(d, o, m)))
			return o;
	}
	return m;
}

/* Is mention m the second of two states joined by "and" ("Turkey and the
 * United Kingdom")? */
int coordinated_pair(const dctx *d, const span *s, const mention *m)
{
	size_t p = word_before(d, s, m), k;
	if (p == NONE || p == s->t0 || !kis(d, p, "and"))
		return 0;
	for (k = s->m0; k < s->m1; k++) {
		const mention *x = M(d, k);
		if (x->t1 == p && ent__is_state_mention(x) && x->gz != GZ_FIRM)
			return 1;
	}
	return 0;
}

/* Is mention m named as a seller: "from (the) X", "deal/contract with X"? */
int seller_phrase(const dctx *d, const span *s, const mention *m)
{
	size_t p = word_before(d, s, m);
	if (p == NONE)
		return 0;
	return kis(d, p, "from") || (kis(d, p, "with") && p > s->t0 && KIN(d, p - 1, w_deal_noun));
}

/* Is mention m the agent of an opinion verb ("opposed by India")? */
int opinion_agent(const dctx *d, const span *s, const mention *m)
{
	return m->t0 >= s->t0 + 2 && kis(d, m->t0 - 1, "by") && kin(d, m->t0 - 2, w_opinion_pp);
}

/* Verbs of sanctioning and probing a transfer. */
static const char *w_probe_v[] = {"sanctioned", "sanctioning", "blacklisted", "blacklists",
				  "investigating", "investigated", "investigates", "probing",
				  "probed", "probes", NULL};

static const char *w_block_v[] = {"blocked", "blocks", "block", "blocking", "vetoed", "vetoes",
				  "thwarted", "thwarts", NULL};

/* Is m, before the deal word at trig, the subject of a verb or noun of
 * opposition within its next five words ("China strongly opposes the
 * sale", "X lodged a protest / stern representations over ...", "X
 * summoned the envoy to protest against the sale", "X blocked (vetoed)
 * Y's procurement")?  It speaks of the
 * deal; it is no party to it. */
int opposing_subject(const dctx *d, const span *s, const mention *m, size_t trig)
{
	size_t i, k;
	if (trig == NONE || m->t1 > trig || m->possessive)
		return 0;
	for (i = m->t1, k = 0; i < trig && k < 6; i++, k++) {
		const mention *o;
		/* "Chile, Peru(, and the UK) condemn": over the states listed
		 * after m (stop 60) */
		size_t j = i + 1 + (i + 1 < trig && kis(d, i + 1, "and"));
		if (j < trig && kis(d, j, "the"))
			j++;
		if (kis(d, i, ",") && j < trig && (o = mention_at(d, s, j)) != NULL &&
		    ent__is_state_mention(o) && o->gz != GZ_FIRM && !o->possessive) {
			i = o->t1 - 1;
			k = 0;
			continue;
		}
		if (kis(d, i, ",") || kis(d, i, ";"))
			return 0;
		if (KIN(d, i, w_oppose_v) || KIN(d, i, w_oppose_n) || kis(d, i, "representations") ||
		    kis(d, i, "summoned") || kis(d, i, "summons"))
			return 1;
		/* "the UK has blocked Y's aircraft procurement" */
		if ((K(i)[0] == 'b' || K(i)[0] == 'v' || K(i)[0] == 't') && kin_local(d, i, w_block_v))
			return 1;
		/* "Washington imposed sanctions on firms involved in the
		 * transfer", "X is investigating the delivery": who
		 * sanctions or probes a transfer is no party; nor is who
		 * reports one ("X reported the transfer of"; not "X reported
		 * that it signed") */
		if (KIN(d, i, w_sanction_n) ||
		    ((K(i)[0] == 's' || K(i)[0] == 'b' || K(i)[0] == 'i' || K(i)[0] == 'p') &&
		     kin_local(d, i, w_probe_v)))
			return 1;
		if ((kis(d, i, "reported") || kis(d, i, "reports")) && i + 2 == trig &&
		    KIN(d, i + 1, w_det) && KIN(d, trig, w_supply_verb))
			return 1;
	}
	return 0;
}

/* The maker of a weapon designation named in the span (not `not`), or NULL.
 * A maker the text puts right before the designation ("BAE-made
 * Eurofighter Typhoons", "UK-built Typhoons") overrides the data file's,
 * which for a system of several states' industries names one of them. */
const char *designation_maker(const dctx *d, const span *s, const char *not)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k), *p = k > s->m0 ? M(d, k - 1) : NULL;
		const char *code = m->code;
		if (m->gz != GZ_WEAPON || !m->canon || !code || weapon_names_a_maker(d, s, m))
			continue;
		if (p && p->code && p->gz != GZ_WEAPON && p->t1 + 2 == m->t0 && made_in(d, s, p))
			code = p->code;
		if (!not || strcmp(code, not))
			return code;
	}
	return NULL;
}

/* Are tokens [i, j) only words that qualify a supplier ("main", "principal
 * arms")? */
int only_modifiers(const dctx *d, size_t i, size_t j)
{
	static const char *mods[] = {"main", "principal", "key", "largest", "top", "biggest",
				     "major", "leading", "traditional", "chief", "primary", "sole",
				     "arms", "weapons", "defence", "defense", "military", "long",
				     "time", "-", "second", "third", "largest", "single", NULL};
	for (; i < j; i++)
		if (!kin(d, i, mods))
			return 0;
	return 1;
}

void set_pair(cand *c, const char *a, const char *b)
{
	ent_code_set((ent_code *)c->pair[0], a);
	ent_code_set((ent_code *)c->pair[1], b);
}

/* ---- plural anaphora ---------------------------------------------------------- */

const char *w_group_noun[] = {"countries", "nations", "sides", "states", "governments",
				     "members", "neighbours", "neighbors", "allies", "partners",
				     "capitals", "leaders", "presidents", NULL};
const char *w_group_num[] = {"both", "two", "three", "four", NULL};

/* "both countries", "the two sides", "all three nations": how many states
 * the phrase stands for (0 when the span has no such phrase). */
static int plural_anaphor(const dctx *d, const span *s, size_t *at)
{
	size_t i, j;
	for (i = s->t0; i < s->t1; i++) {
		*at = i;
		/* "our countries", "our nations" said by one of a pair */
		if (kis(d, i, "our") && i + 1 < s->t1 && KIN(d, i + 1, w_group_noun) &&
		    !kis(d, i + 1, "members") && !kis(d, i + 1, "allies") &&
		    !kis(d, i + 1, "partners"))
			return 2;
		/* "Three years later they signed an agreement on the supply
		 * of another 124 tanks": "they" that signs (concludes, inks)
		 * stands for a pair (stop 40) */
		if (kis(d, i, "they") && i + 1 < s->t1 &&
		    (kis(d, i + 1, "signed") || kis(d, i + 1, "concluded") ||
		     kis(d, i + 1, "inked") || kis(d, i + 1, "sealed")))
			return 2;
		if (!KIN(d, i, w_group_num))
			continue;
		if (i > s->t0 + 1 && kis(d, i - 1, "-") && d->t.v[i - 2].kind == TK_WORD)
			continue; /* "Thirty-two countries": a count, no pair
				   * (stop 41) */
		for (j = i + 1; j < s->t1 && j <= i + 3; j++) {
			if (KIN(d, j, w_group_noun)) {
				if (kis(d, i, "three"))
					return 3;
				if (kis(d, i, "four"))
					return 4;
				return 2;
			}
			if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
				break;
		}
	}
	return 0;
}

/* Words of a further order: "another two ships", "an additional contract",
 * "a follow-on order", "a second batch". */
static const char *w_further[] = {"another", "additional", "further", "follow", "second", "third",
				  "more", NULL};

/* A span that names no state but a further order ("An additional contract
 * for another two ships was signed in 2018") continues the latest directed
 * deal of its paragraph or the one before: its index, or -1.  Goods of
 * another maker than that deal's continue the latest deal in reach from
 * their maker instead ("India ordered 310 T-90s ... and Pakistan's
 * decision to purchase the T-80 from Ukraine. An agreement was also
 * signed for another 1,000 T-90s"; stop 64). */
int follow_on(const dctx *d, const span *s)
{
	const cand *c;
	const char *mk;
	size_t k;
	int q;
	if (d->last_deal < 0 || s->unit < 0)
		return -1;
	c = &d->cands[d->last_deal];
	if (c->dropped || !c->directed || c->f.nsuppliers != 1 || !c->f.recipient.s[0] ||
	    c->unit < 0 || d->units[s->unit].para > d->units[c->unit].para + 1)
		return -1;
	for (k = s->m0; k < s->m1; k++)
		if (ent__is_state_mention(M(d, k)))
			return -1;
	if (find_in(d, s->t0, s->t1, w_further) == NONE)
		return -1;
	mk = designation_maker(d, s, NULL);
	if (!mk || !strcmp(mk, c->f.suppliers[0].s))
		return d->last_deal;
	for (q = d->last_deal - 1; q >= 0; q--) {
		const cand *o = &d->cands[q];
		if (o->unit < 0 || d->units[s->unit].para > d->units[o->unit].para + 1)
			break;
		if (!o->dropped && o->directed && o->f.nsuppliers == 1 && o->f.recipient.s[0] &&
		    !strcmp(o->f.suppliers[0].s, mk))
			return q;
	}
	return d->last_deal;
}

/* "..., while Egypt purchased two more in 2014": a clause whose buyer is
 * the recipient of an earlier deal and that names no goods but "N more",
 * "another N" is a further order of the latest such deal: its index, or
 * -1. */
int further_order(const dctx *d, const span *s, const char *rec)
{
	static const char *more[] = {"more", "another", "additional", "further", NULL};
	size_t k, i;
	int found = -1;
	if (d->last_deal < 0 || s->unit < 0 || !rec)
		return -1;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_ACTOR && M(d, k)->gz == GZ_WEAPON)
			return -1;
	for (i = s->t0; i < s->t1 && found < 0; i++) {
		if (!kin(d, i, more))
			continue;
		/* "two more", "another two", "another batch": a number, or a
		 * word of quantity, next to it */
		if ((i > s->t0 && (d->t.v[i - 1].kind == TK_NUM || KIN(d, i - 1, w_numwords))) ||
		    (i + 1 < s->t1 && (d->t.v[i + 1].kind == TK_NUM || KIN(d, i + 1, w_numwords))))
			found = 0;
	}
	if (found < 0)
		return -1;
	/* the latest deal with goods of this buyer: "more" speaks of it */
	for (k = d->ncands; k > 0; k--) {
		const cand *c = &d->cands[k - 1];
		if (c->dropped || c->anaphoric || c->f.type != ENT_FACT_DEAL || !c->f.nitems)
			continue;
		if (c->directed && c->f.nsuppliers == 1 && !strcmp(c->f.recipient.s, rec))
			return (int)(k - 1);
	}
	return -1;
}

/* Does "the" (or "this", "these") come before token tw, over at most two
 * words in lower case ("the first drills", "these joint exercises"; stop
 * 48)? */
static int definite_before(const dctx *d, const span *s, size_t tw)
{
	size_t j;
	if (tw == NONE)
		return 0;
	for (j = tw; j > s->t0 && tw - j <= 2; j--) {
		if (kis(d, j - 1, "the") || kis(d, j - 1, "this") || kis(d, j - 1, "these"))
			return 1;
		if (d->t.v[j - 1].kind != TK_WORD || d->t.v[j - 1].upper)
			return 0;
	}
	return 0;
}

/* The first drill word of span s: one of w_exercise, or "train(s, ed,
 * ing)" before "together / with" ("soldiers from both countries will
 * train together", stop 48); NONE when none. */
static size_t drill_word_in(const dctx *d, const span *s)
{
	static const char *w_train[] = {"train", "trains", "trained", "training", NULL};
	size_t i, e = find_in(d, s->t0, s->t1, w_exercise);
	for (i = s->t0; i + 1 < s->t1 && i < e; i++)
		if (kin_local(d, i, w_train) && (kis(d, i + 1, "together") || kis(d, i + 1, "with")))
			return i;
	return e;
}

/* Is code among the first n codes of set? */
int code_listed(const char set[][12], int n, const char *code)
{
	int k;
	for (k = 0; k < n; k++)
		if (!strcmp(set[k], code))
			return 1;
	return 0;
}

/* Does the plural anaphor at token at ("the two countries", at "two")
 * open a relative clause: ", where (when) the two ..."? */
static int relative_at(const dctx *d, const span *s, size_t at)
{
	size_t t0 = s->unit >= 0 ? d->units[s->unit].t0 : s->t0;
	size_t w = at > t0 && kis(d, at - 1, "the") ? at - 1 : at;
	return s->unit >= 0 && w >= t0 + 2 &&
	       (kis(d, w - 1, "where") || kis(d, w - 1, "when")) && kis(d, w - 2, ",");
}

/* The states a plural anaphor refers to: the latest unit that named that
 * many; else, for a pair, the document's main pair.  Returns the count
 * copied into out (0 when unresolved). */
int anaphor_states(const dctx *d, const span *s, char out[4][12])
{
	size_t at = 0, q;
	int n = plural_anaphor(d, s, &at), k, here = 0;
	if (!n)
		return 0;
	/* "... the armed forces of Chile and Argentina ... both nations": the
	 * states the sentence itself names before the phrase, when they are
	 * as many as it counts */
	for (q = s->m0; q < s->m1 && here <= n; q++) {
		const mention *m = M(d, q);
		if (m->t0 >= at)
			break;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || described_possessor(d, m, s->t1))
			continue;
		if (code_listed(out, here < 4 ? here : 4, m->code))
			continue;
		if (here < 4)
			memcpy(out[here], m->code, 12);
		here++;
	}
	if (here == n)
		return n;
	if (relative_at(d, s, at)) {
		/* "until X's leader made a visit to Budapest, where the two
		 * countries agreed to a deal": the last states the sentence
		 * names before the relative clause, the visitor and the place
		 * (stop 58) */
		const unit *u = &d->units[s->unit];
		here = 0;
		for (q = u->m1; q > u->m0 && here < n; q--) {
			const mention *m = M(d, q - 1);
			if (m->t0 >= at || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
			    described_possessor(d, m, u->t1))
				continue;
			if (!code_listed(out, here, m->code))
				memcpy(out[here++], m->code, 12);
		}
		if (here == n)
			return n;
	}
	if (d->last_exercise >= 0 && s->unit >= 0 && drill_word_in(d, s) != NONE) {
		/* "... completed joint maritime exercises with Japan and the
		 * United States. The activity ... involving the three nations
		 * included drills": the parties of the drill just told, when
		 * they are as many */
		const cand *x = &d->cands[d->last_exercise];
		if (at > s->t0 && kis(d, at - 1, "same")) {
			/* "the same three countries": the latest drill of as
			 * many parties, however far back (stop 37) */
			size_t c;
			for (c = d->ncands; c > 0; c--) {
				const cand *y = &d->cands[c - 1];
				if (y->f.type == ENT_FACT_EXERCISE && !y->dropped && y->unit >= 0 &&
				    y->unit < s->unit && y->f.nparticipants == (size_t)n) {
					x = y;
					break;
				}
			}
		}
		/* "The drills named ... will include units from all four
		 * countries": a definite drill word reaches the drill five
		 * units back (stop 46) */
		/* "soldiers from both countries will train together": "both"
		 * reaches as far (stop 48) */
		size_t tw = drill_word_in(d, s);
		int reach = definite_before(d, s, tw) || kis(d, at, "both") ? 5 : 2;
		if (!x->dropped && x->unit >= 0 && x->unit < s->unit &&
		    (s->unit - x->unit <= reach || x != &d->cands[d->last_exercise]) &&
		    x->f.nparticipants == (size_t)n) {
			for (k = 0; k < n; k++)
				memcpy(out[k], x->f.participants[k].s, 12);
			return n;
		}
	}
	if (d->nlast_set > n && n == 2 && d->focus[0][0] &&
	    code_listed(d->last_set, d->nlast_set, d->focus[0]) &&
	    code_listed(d->last_set, d->nlast_set, d->focus[1])) {
		/* "... moving away from relying on Russia, India has deepened
		 * its ties to Israel. Last year, the two countries signed":
		 * of three states, the document's main pair (stop 66) */
		memcpy(out[0], d->focus[0], 12);
		memcpy(out[1], d->focus[1], 12);
		return 2;
	}
	if (d->nlast_set >= n) {
		for (k = 0; k < n; k++)
			memcpy(out[k], d->last_set[k], 12);
		return n;
	}
	if (n == 2 && d->focus[0][0]) {
		memcpy(out[0], d->focus[0], 12);
		memcpy(out[1], d->focus[1], 12);
		return 2;
	}
	return 0;
}

/* "rejected Indian criticism of the sale to the country": a demonym that
 * owns a word of opinion names whose opinion it is, not the country the
 * sentence goes on about. */
static int opinion_of(const dctx *d, const span *s, const mention *m)
{
	static const char *w_opinion[] = {"criticism", "criticisms", "objection", "objections",
					  "opposition", "concern", "concerns", "protest",
					  "protests", "anger", "reaction", "reactions", "claims",
					  "claim", "allegations", "accusations", "complaints", NULL};
	return m->t1 < s->t1 && kin(d, m->t1, w_opinion);
}

/* "to that country", "the country": the latest state named before, in this
 * unit or the one before, other than `not`. */
const mention *that_country(const dctx *d, const span *s, const mention *not)
{
	size_t i, k, first;
	for (i = s->t0; i + 1 < s->t1; i++) {
		if (!(kis(d, i, "that") || kis(d, i, "the")) || !kis(d, i + 1, "country"))
			continue;
		if (kis(d, i, "the") && i > s->t0 && (kis(d, i - 1, "in") || kis(d, i - 1, "across")))
			continue; /* "station a brigade in the country": a place */
		/* mentions are sorted: walk back from the phrase over this unit
		 * and the one before */
		first = s->unit > 0 ? d->units[s->unit - 1].m0 : d->units[s->unit].m0;
		const mention *place = NULL;
		for (k = s->m1; k > first; k--) {
			const mention *m = M(d, k - 1);
			if (m->t0 >= i)
				continue;
			/* "South Korea evacuated 163 nationals from Israel
			 * following the Israel-Hamas war. ... the country's
			 * project": in the sentence before, a place after
			 * "from (in)" or the name of a war is no antecedent
			 * while a state before it may be (stop 64) */
			if (m->t0 < s->t0 && ent__is_state_mention(m) && m->gz == GZ_STATE &&
			    ((m->t0 > 0 &&
			      (kis(d, m->t0 - 1, "from") || kis(d, m->t0 - 1, "in"))) ||
			     (m->t1 < d->t.n && kis(d, m->t1, "-")))) {
				if (!place)
					place = m;
				continue;
			}
			/* "A Nigerian newspaper reported that the country's ...":
			 * a demonym of this sentence that qualifies no weapon */
			int demonym_here = m->gz == GZ_DEMONYM && m->t0 >= s->t0 && k - 1 >= s->m0 &&
					   !qualifies_weapon(d, s, k - 1) && !opinion_of(d, s, m);
			if (ent__is_state_mention(m) && m->gz != GZ_FIRM &&
			    (m->gz != GZ_DEMONYM || demonym_here) &&
			    (!not || strcmp(m->code, not->code)))
				return m;
		}
		if (place && (!not || strcmp(place->code, not->code)))
			return place;
	}
	return NULL;
}

/* The supplier of the latest deal or supply tie found for this recipient. */
const char *supplier_of(const dctx *d, const char *recipient)
{
	size_t i = d->ncands;
	while (i > 0) {
		const cand *c = &d->cands[--i];
		if (c->dropped || !c->directed || c->f.nsuppliers == 0)
			continue;
		if ((c->f.type == ENT_FACT_DEAL || c->f.type == ENT_FACT_SUPPLY) &&
		    !strcmp(c->f.recipient.s, recipient))
			return c->f.suppliers[0].s;
	}
	return NULL;
}

/* The recipient of the latest deal of supplier `supplier` in this
 * paragraph or the one before, or NULL. */
const char *recipient_of(const dctx *d, const span *s, const char *supplier)
{
	size_t i = d->ncands;
	while (i > 0) {
		const cand *c = &d->cands[--i];
		if (c->dropped || !c->directed || c->f.type != ENT_FACT_DEAL)
			continue;
		if (d->units[c->unit].para + 1 < d->units[s->unit].para)
			return NULL;
		if (ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, supplier))
			return c->f.recipient.s;
	}
	return NULL;
}

/* "that hardware", "these weapons", "such systems", "49 such 155
 * millimeter truck-mounted systems": a reference to the equipment named
 * before; the token of its determiner, or NONE.  The noun comes within
 * eight tokens, with no punctuation but hyphens between. */
size_t refers_back(const dctx *d, const span *s)
{
	static const char *det[] = {"that", "those", "these", "such", NULL};
	static const char *noun[] = {"hardware", "weapons", "equipment", "systems", "system",
				     "arms", "weaponry", NULL};
	size_t i, j;
	for (i = s->t0; i + 1 < s->t1; i++)
		if (kin(d, i, det))
			for (j = i + 1; j < s->t1 && j <= i + 8; j++) {
				if (kin(d, j, noun))
					return i;
				if (d->t.v[j].kind == TK_PUNCT && !kis(d, j, "-"))
					break;
			}
	return NONE;
}

/* "The systems were supplied by X", "They have been delivered by X": a
 * subject of the clause before the verb of transfer at sv that names the
 * goods told before (a definite noun phrase of goods or "they") and no
 * state. */
int goods_anaphor_subject(const dctx *d, const span *s, size_t sv)
{
	static const char *det[] = {"the", "these", "those", "both", "all", NULL};
	static const char *noun[] = {"assets", "systems", "equipment", "hardware", "weapons",
				     "items", "vessels", "ships", "boats", "aircraft", "vehicles",
				     "launchers", "platforms", "arms", "weaponry", "jets", "guns",
				     /* "The type has also been exported to" (stop 65) */
				     "type", "model", "variant", "system", "platform", NULL};
	size_t i, k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 < sv && ent__is_state_mention(M(d, k)))
			return 0;
	if (sv <= s->t0)
		return 0;
	if (kis(d, s->t0, "they"))
		return 1;
	if (!kin_local(d, s->t0, det))
		return 0;
	for (i = s->t0 + 1; i < sv && i <= s->t0 + 4; i++) {
		if (kin_local(d, i, noun) || in_weapon(d, s, i))
			return 1;
		if (KIN(d, i, w_be))
			break;
	}
	return 0;
}

/* The other state of the document's main pair when `sup` is one of it,
 * the pair was named together in two units or more, the other is named
 * in this paragraph or the one before, and the span names no state but
 * `sup`: "Argentina turns to China for arms. ... Among the deals was an
 * order for Chinese fighter jets" (Argentina buys).  NULL otherwise. */
const char *focus_partner(const dctx *d, const span *s, const mention *sup)
{
	const char *other;
	size_t k;
	int u;
	if (d->focus_n < 2 || s->unit < 0 || !d->focus[0][0])
		return NULL;
	if (!strcmp(sup->code, d->focus[0]))
		other = d->focus[1];
	else if (!strcmp(sup->code, d->focus[1]))
		other = d->focus[0];
	else
		return NULL;
	for (k = s->m0; k < s->m1; k++)
		if (ent__is_state_mention(M(d, k)) && strcmp(M(d, k)->code, sup->code) != 0)
			return NULL;
	for (u = s->unit; u >= 0 && d->units[u].para + 1 >= d->units[s->unit].para; u--) {
		const unit *un = &d->units[u];
		for (k = un->m0; k < un->m1; k++)
			if (ent__is_state_mention(M(d, k)) && M(d, k)->gz != GZ_FIRM &&
			    !strcmp(M(d, k)->code, other))
				return other;
	}
	return NULL;
}
