/*
 * frames.c - rules that turn units into candidate facts.
 *
 * Every rule speaks of language, not of particular names: roles come from
 * verbs and prepositions ("X supplies ... to Y", "Y buys ... from X", "deal
 * with X", "between X and Y", passive "supplied by X"), values from money
 * phrases, stages from status words, and the names themselves from the
 * gazetteer.  A rule that needs a pair of states it cannot find in its own
 * words takes the pair the surrounding table or list is about.
 *
 * Each candidate carries its evidence (the unit's byte span and text, and the
 * rule's name).  Document-level resolution (extract.c) later decides who
 * supplies whom when only a pair is known, and merges repeated statements.
 */
#include "extract/extract_internal.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define K(i) TKEY(&d->t, (i))

typedef struct span {
	int unit;
	size_t t0, t1;          /* tokens looked at */
	size_t m0, m1;          /* their mentions */
	int year_def;           /* year from a table's Year column, 0 if none */
	char pair_def[2][12];   /* the pair a table or list is about, "" if none */
	int forced_deal;        /* a deal-table row or a deal cell of a comparison */
	int forced_exercise;    /* an exercise cell of a comparison */
	ent_value value_def;    /* value from a Value column */
	int subject;            /* mention index of a list item's subject, or -1 */
	const char *rule_prefix;
	const mention *subj_def; /* the subject of the clause before ("X bought ..., and
				    in the same year agreed to buy ..."), or NULL */
} span;

static void span_of_unit(const dctx *d, size_t ui, span *s);
static void narrow(const dctx *d, span *s, size_t t0, size_t t1);
static int speaker(const dctx *d, const span *s, const mention *m);
static size_t subject_pronoun(const dctx *d, const span *s, size_t v);
static const mention *quote_speaker(const dctx *d, const span *s, size_t v);
static int quote_mark(const dctx *d, size_t i);
static const mention *person_at(const dctx *d, size_t i);
static const mention *named_state(const dctx *d, const span *s, size_t j, size_t *end);
static const mention *apposition_subject(const dctx *d, const span *s, size_t v);

/* ---- word lists ------------------------------------------------------------ */

static const char *w_supply_verb[] = {
	"sell", "sells", "sold", "selling", "supply", "supplies", "supplied", "supplying",
	"deliver", "delivers", "delivered", "delivering", "delivery", "deliveries", "export",
	"exports", "exported", "exporting", "provide", "provides", "provided", "providing",
	"transfer", "transfers", "transferred", "transferring", "handed", "hands", "gifted",
	"gifts", "donated", "donates", "sale", "sales", "shipped", "ships", "supplier", "sent",
	"sends", "sending", "shipment", "shipments", "donation", "donations", "gift",
	"give", "gives", "gave", "giving", "promised", "promises", "pledged", "pledges", NULL};
static const char *w_supply_noun[] = {"supply",  "supplies", "delivery", "deliveries",
				      "exports", "sale",     "sales",    "supplier",
				      "suppliers", "shipment", "shipments", "donation",
				      "donations", "gift", NULL};
static const char *w_det[] = {"the", "a", "an", NULL};
static const char *w_take[] = {"took", "take", "takes", "taken", "taking", "accepted", "accepts",
			       "accept", NULL};
static const char *w_buy_verb[] = {
	"buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing",
	"acquire", "acquires", "acquired", "acquiring", "acquisition", "procure", "procures",
	"procured", "procuring", "ordered", "orders", "ordering", "import", "imports", "imported",
	"importing", "receive", "receives", "received", "receiving", "obtained", "inducted",
	"induct", "inducts", "arrival", "arrivals", NULL};
static const char *w_deal_noun[] = {
	"deal", "deals", "contract", "contracts", "agreement", "agreements", "pact", "mou",
	"mous", "memorandum", "order", "package", "accord", NULL};
static const char *w_sign[] = {
	"signed", "sign", "signs", "signing", "inked", "ink", "inks", "finalised", "finalized",
	"finalises", "finalizes", "sealed", "seals", "concluded", "struck", "strikes", "clinched",
	"agreed", "awarded", "approved", "won", "wins", NULL};
static const char *w_delivered[] = {
	"delivered", "delivers", "deliveries", "delivering", "handed", "received", "receives", "inducted",
	"gifted", "donated", "arrived", "arrival", "arrivals", "supplied", "shipped", "transferred", "sent",
	"obtained", NULL};
static const char *w_this[] = {"this", "these", NULL};
/* A company the partners set up: "a joint venture to produce and sell". */
static const char *w_venture[] = {"venture", "ventures", NULL};
/* Participles of buying that can follow the goods ("Mi-17s bought in 1984"). */
static const char *w_bought_pp[] = {"bought", "purchased", "acquired", "procured", "ordered",
				    "received", "imported", "obtained", NULL};
/* Verbs of buying whose object may be a list of separate purchases. */
static const char *w_bought_list[] = {"bought", "purchased", "acquired", "procured", NULL};
static const char *w_ordered[] = {"ordered", "orders", "ordering", "paid", NULL};
static const char *w_signed[] = {
	"signed", "signs", "inked", "inks", "finalised", "finalized", "sealed", "concluded",
	"struck", "clinched", "agreed", "awarded", "bought", "purchased", "acquired", "procured",
	"won", "sold", "reached", NULL};
static const char *w_mou[] = {"mou", "mous", "memorandum", "intent", NULL};
static const char *w_hedge[] = {
	"may", "might", "could", "would", "likely", "plans", "planned", "planning", "plan",
	"intends", "intend", "proposed", "potential", "possible", "expected", "set", "will",
	"reportedly", "considering", "wants", "aims", "hopes", NULL};
static const char *w_interest[] = {
	"talks", "negotiations", "negotiating", "negotiate", "discussed", "discussing",
	"discuss", "discussions", "interest", "interested", "seek", "seeks", "seeking", "explore", "exploring",
	"explored", "mulling", "eyeing", "talk", "weighing", "weighs", "weigh", "studying",
	"evaluating", "examining", "assessing", NULL};
static const char *w_negation[] = {
	"not", "no", "never", "denied", "denies", "deny", "rejected", "cancelled", "canceled",
	"scrapped", "halted", "suspended", "refused", "n't", "cannot", "suspending", "suspend",
	"suspends", "halting", "halt", "halts", NULL};
/* Words that make a stage word that follows them not (yet) a stage: "will
 * deliver", "due to be delivered", "has yet to deliver", "failed to supply". */
static const char *w_future[] = {"will", "would", "shall", "to", "due", "expected", "yet",
				 "not", "n't", "never", "failed", "fails", "awaiting", "await",
				 "awaits", "pending", "could", "may", "might", "planned",
				 "considering", "mulling", "weighing", "eyeing", "contemplating",
				 NULL};
/* Words that call a deal off: "the cancellation of a project to build
 * submarines", "That deal was dropped". */
static const char *w_cancel[] = {"cancellation", "cancelled", "canceled", "cancel", "cancels",
				 "scrapped", "scrapping", "dropped", "abandoned", "terminated",
				 "termination", "annulled", "revoked", NULL};
/* Verbs whose objects are targets, not goods: "can repel aircraft,
 * missiles and drones", "designed to intercept cruise missiles". */
static const char *w_target_v[] = {"repel", "repels", "intercept", "intercepts", "intercepting",
				   "counter", "counters", "countering", "destroy", "destroys",
				   "detect", "detects", "detecting", "track", "tracks", "engage",
				   "engages", "down", "against", NULL};
/* Words after a weapon that stand for it as the thing bought: "acquired
 * this in 2020", "bought them". */
static const char *w_obj_pronoun[] = {"this", "it", "them", "these", "those", NULL};
static const char *w_be[] = {"was", "were", "is", "are", "been", "being", "be", NULL};
static const char *w_exercise[] = {
	"exercise", "exercises", "drill", "drills", "wargames", "wargame", "manoeuvres",
	"maneuvers", "war-games", NULL};
static const char *w_support_v[] = {
	"supports", "supported", "backs", "backed", "endorses", "endorsed", "champions",
	"championed", "reaffirmed", "reiterated", "supporting", NULL};
static const char *w_support_n[] = {"support", "backing", "solidarity", "supporter", "backer",
				    "champion", NULL};
static const char *w_oppose_v[] = {
	"condemns", "condemned", "condemn", "criticises", "criticizes", "criticised",
	"criticized", "criticise", "criticize", "denounces", "denounced", "opposes", "opposed",
	"oppose", "slammed", "slams", "warned", "warns", "accused", "accuses", "regretted",
	"regrets", "protested", "rebuked", "rebukes", "rebuke", "chided", "chides", "lambasted",
	"lambasts", "censured", "censures", "castigated", "castigates", "stings", "stung",
	"slam", "accuse", "accusing", "warning", "objected", "objects", "protesting", "denounce",
	"denouncing", "condemning", "criticising", "criticizing", NULL};
/* nouns of opposition: "Tehran's skepticism of Baku", "raised objections to X" */
static const char *w_oppose_n[] = {
	"criticism", "criticisms", "condemnation", "skepticism", "scepticism", "objection",
	"objections", "opposition", "distrust", "mistrust", "displeasure", "hostility",
	"dissatisfaction", "frustration", "protest", "protests", "demarche", "demarches",
	"complaint", "complaints", NULL};
static const char *w_oppose_prep[] = {"of", "to", "about", "over", "towards", "toward",
				      "against", "with", NULL};
/* verbs that voice a stance noun: "Belarus voiced support", "X raised objections" */
static const char *w_voice[] = {"voiced", "voices", "expressed", "expresses", "pledged",
				"pledges", "offered", "offers", "declared", "declares",
				"extended", "lent", "threw", "throws", "signalled", "signaled",
				"raised", "raises", "lodged", "registered", "aired", "issued",
				"issues", "lodge", "voice", "express", "raise", "file", "filed",
				"voicing", "expressing", "pledging", "affirmed", "affirms",
				"released", "releases", NULL};
/* "called on X to end ...": what the call asks X to stop */
static const char *w_call[] = {"called", "calls", "call", "calling", "urged", "urges", "urge",
			       "urging", "pressed", "presses", "asked", "asks", NULL};
static const char *w_stop[] = {"end", "stop", "halt", "cease", "withdraw", "refrain", "abstain",
			       "abandon", "leave", "release", "reverse", "pull", "put",
			       "rein", "curb", "desist", "reconsider", "drop", "cancel", NULL};
static const char *w_sanction_n[] = {"sanctions", "sanction", "embargo", "embargoes", NULL};
static const char *w_impose[] = {"imposed", "imposes", "impose", "imposing", "slapped",
				 "slaps", "slap", "levied", "levies", "placed", "places",
				 "introduced", NULL};
/* who stands behind words or acts: "statements by the Pakistani leadership" */
static const char *w_gov_noun[] = {"leadership", "government", "authorities", "officials",
				   "leaders", "regime", "administration", "army", "military",
				   "forces", "side", "establishment", NULL};
/* "will back X": "back" as a verb after a modal */
static const char *w_modal[] = {"will", "would", "shall", "must", "should", "to", "can",
				"could", NULL};
/* a title before a person's name: "Turkish President Recep Tayyip Erdogan" */
static const char *w_title[] = {"president", "minister", "chancellor", "premier", "king",
				"emir", "prince", "leader", "ambassador", "envoy", "spokesperson",
				"spokesman", "spokeswoman", "counterpart", "representative", NULL};
static const char *w_title_mod[] = {"prime", "foreign", "defence", "defense", "deputy", "vice",
				    "external", "affairs", "interior", "crown", "supreme", "of",
				    "ministry", "permanent", NULL};
static const char *w_not_name[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "on", "said", NULL};
/* a person "attacking" a state attacks it in words */
static const char *w_attack[] = {"attacking", "attacked", "attacks", "attack", NULL};
static const char *w_concern[] = {"concerned", "concern", "concerns", "worried", "alarmed",
				  NULL};
static const char *w_with[] = {"with", NULL};
static const char *w_relations[] = {"relations", "ties", NULL};
static const char *w_interpret[] = {"viewed", "seen", "regarded", "perceived", "interpreted",
				    "described", NULL};
static const char *w_member[] = {"member", "members", "membership", "joined", "accession",
				 "founding", NULL};
static const char *w_rival[] = {"rival", "rivals", "enemy", "enemies", "adversary",
				"adversaries", "foe", "foes", "nemesis", NULL};
static const char *w_conflict[] = {"conflict", "war", "wars", "hostilities", "enmity",
				   "dispute", "clashes", "standoff", NULL};
static const char *w_procure[] = {"procurement", "suppliers", "supplier", "imports",
				  "purchases", "acquisitions", "sources", "sourcing", "orders",
				  "contracts", NULL};
static const char *w_locprep[] = {"in", "near", "at", "outside", NULL};
static const char *w_name_stop[] = {
	"joint", "military", "naval", "air", "army", "defence", "defense", "trilateral",
	"tri", "bilateral", "multinational", "international", "annual", "large", "scale",
	"first", "second", "third", "new", "the", "a", "an", "special", "combined", "command",
	"staff", "tactical", "live", "fire", "field", "training", "exercise", "exercises",
	"drills", "drill", "major", "recent", "latest", "this", "that", "these", "those", "its",
	"their", "his", "her", "-", "lateral", "mountain", "counter", "terrorism", "border", "sea",
	"land", "during", "in", "and", "of", "for", "with", "on", NULL};
static const char *w_numwords[] = {"two", "three", "four", "five", "six", "seven", "eight",
				   "nine", "ten", "eleven", "twelve", "dozen", NULL};

static int kis(const dctx *d, size_t i, const char *k)
{
	const char *key = K(i); /* the first byte rules out most words without a call */
	return key[0] == k[0] && strcmp(key, k) == 0;
}

/* The word lists answered from the per-token masks of ent__word_classes,
 * in bit order (the lexicon at the end of this file); kin(d, i, w) tests
 * one of them with the bit known at compile time. */
#define LEXICON(X) X(w_supply_verb) X(w_supply_noun) X(w_det) X(w_take) X(w_buy_verb) \
	X(w_deal_noun) X(w_sign) X(w_delivered) X(w_ordered) X(w_signed) X(w_mou) \
	X(w_hedge) X(w_interest) X(w_negation) X(w_future) X(w_be) X(w_exercise) \
	X(w_support_v) X(w_support_n) X(w_oppose_v) X(w_concern) X(w_oppose_n) \
	X(w_oppose_prep) X(w_voice) X(w_call) X(w_stop) X(w_sanction_n) X(w_impose) \
	X(w_gov_noun) X(w_modal) X(w_title) X(w_title_mod) X(w_attack) X(w_with) \
	X(w_relations) X(w_interpret) X(w_member) X(w_rival) X(w_conflict) \
	X(w_procure) X(w_locprep) X(w_name_stop) X(w_numwords) X(w_group_noun) \
	X(w_group_num) X(w_speaker_noun) X(w_speech_verb) X(w_aspect_deal) \
	X(w_aspect_ex) X(w_cancel) X(w_spend) X(w_rel_v) X(w_reject_v) X(w_cause_v) \
	X(w_label_v) X(w_greet_v) X(w_counter_v) X(w_threaten_v) X(w_blame_v) \
	X(w_ex_prior) X(w_pose_v) X(w_deny_v)
enum {
#define LEX_ENUM(w) LB_##w,
	LEXICON(LEX_ENUM)
#undef LEX_ENUM
	LB__COUNT
};

static int kin(const dctx *d, size_t i, const char *const *l);

/* Is token i's key in lexicon list @p l, bit @p b? */
static inline int kbit(const dctx *d, size_t i, int b, const char *const *l)
{
	if (d->tmask)
		return (int)((d->tmask[i] >> b) & 1);
	return kin(d, i, l);
}
#define KIN(d, i, w) kbit((d), (i), LB_##w, (w))

static int lex_bit(const char *const *l);

/* Is token i's key in list l?  The file's word lists (w_*) are answered
 * from the per-token bit masks ent__frames computes once per document;
 * other lists are compared word by word. */
static int kin(const dctx *d, size_t i, const char *const *l)
{
	size_t k;
	const char *key;
	if (d->tmask) { /* ent__word_classes built the lexicon */
		int b = lex_bit(l);
		if (b >= 0)
			return (d->tmask[i] >> b) & 1;
	}
	key = K(i);
	for (k = 0; l[k]; k++) /* the first byte rules out most words without a call */
		if (key[0] == l[k][0] && strcmp(key, l[k]) == 0)
			return 1;
	return 0;
}

/* Is token i's key in list l, a list outside the lexicon (no bit): compared
 * word by word without the lexicon's look-up. */
static int kin_local(const dctx *d, size_t i, const char *const *l)
{
	const char *key = K(i);
	size_t k;
	for (k = 0; l[k]; k++)
		if (key[0] == l[k][0] && strcmp(key, l[k]) == 0)
			return 1;
	return 0;
}

/* A lower-case adverb in -ly at token i ("immediately", "swiftly"). */
static int ly_adverb(const dctx *d, size_t i)
{
	const char *k = K(i);
	size_t n = strlen(k);
	return d->t.v[i].kind == TK_WORD && !d->t.v[i].upper && n > 4 && strcmp(k + n - 2, "ly") == 0;
}

/* First token in [t0, t1) whose key is in l, or (size_t)-1. */
static size_t find_in(const dctx *d, size_t t0, size_t t1, const char *const *l)
{
	size_t i;
	for (i = t0; i < t1; i++)
		if (kin(d, i, l))
			return i;
	return (size_t)-1;
}

#define NONE ((size_t)-1)

static const mention *M(const dctx *d, size_t k) { return &d->m.v[k]; }

/* For "Y's arch-rival", "Y's long-time rival", "Y's closest ally": the
 * index of the describing noun after the possessive, or (size_t)-1. */
static size_t rival_word_after(const dctx *d, const mention *m, size_t t1)
{
	size_t i = m->t1 + 1, n;
	if (!m->possessive)
		return (size_t)-1;
	for (n = 0; i < t1 && n < 4; n++, i++) {
		if (KIN(d, i, w_rival) || kis(d, i, "ally") || kis(d, i, "allies") ||
		    kis(d, i, "neighbour") || kis(d, i, "neighbor"))
			return i;
		if (!(kis(d, i, "-") || (d->t.v[i].kind == TK_WORD && !d->t.v[i].upper)))
			break;
	}
	return (size_t)-1;
}

/* Is mention k a state-level actor that is not merely described ("Y's
 * arch-rival", "Y's ally")?  Those apposition possessors are not parties. */
static int described_possessor(const dctx *d, const mention *m, size_t t1)
{
	size_t i = rival_word_after(d, m, t1);
	return i != (size_t)-1;
}

/* Nearest state mention ending at or before token t in [s->m0, ..), within
 * maxdist tokens; names only when names_only. */
static const mention *actor_before(const dctx *d, const span *s, size_t t, size_t maxdist,
				   int names_only)
{
	size_t k = s->m1;
	while (k > s->m0) {
		const mention *m = M(d, --k);
		if (m->t1 > t)
			continue;
		if (t - m->t1 > maxdist)
			return NULL;
		if (!ent__is_state_mention(m))
			continue;
		if (names_only && m->gz == GZ_DEMONYM)
			continue;
		if (described_possessor(d, m, s->t1))
			continue; /* "Croatia, Serbia's regional rival, ordered" */
		return m;
	}
	return NULL;
}

static const mention *actor_after(const dctx *d, const span *s, size_t t, size_t maxdist,
				  int names_only)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 < t)
			continue;
		if (m->t0 - t > maxdist)
			return NULL;
		if (!ent__is_state_mention(m))
			continue;
		if (names_only && (m->gz == GZ_DEMONYM || m->gz == GZ_FIRM))
			continue;
		return m;
	}
	return NULL;
}

/* The state after preposition `prep` following token t (within 20 tokens). */
static const mention *after_prep(const dctx *d, const span *s, size_t t, const char *prep)
{
	static const char *danger[] = {"threat", "threats", "attack", "attacks", "danger",
				       "dangers", "aggression", "incursions", "incursion", NULL};
	/* "according to the Brazilian firm", "thanks to X": a source or a
	 * cause, no party */
	static const char *w_not_party[] = {"according", "thanks", "owing", "due", NULL};
	size_t i;
	for (i = t; i < s->t1 && i < t + 20; i++) {
		/* "threats from North Korea": a source of danger, no party */
		if (kis(d, i, prep) && !(i > s->t0 && kin(d, i - 1, danger)) &&
		    !(i > s->t0 && prep[0] == 't' && kin(d, i - 1, w_not_party))) {
			const mention *m = actor_after(d, s, i + 1, 3, 0);
			if (m)
				return m;
		}
	}
	return NULL;
}

/* ---- candidates ------------------------------------------------------------ */

int ent__cand_new(dctx *d, ent_fact_type type, int ui, cand **out)
{
	cand *c;
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
static int cand_clone(dctx *d, size_t ci, int ui, cand **out)
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

/* Drop the goods of candidate c's fact (a part of a split takes its own). */
static void cand_clear_items(cand *c)
{
	size_t i;
	for (i = 0; i < c->f.nitems; i++) {
		ent__free(c->f.items[i].text);
		ent__free(c->f.items[i].designation);
	}
	c->f.nitems = 0;
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

static int emit(dctx *d, cand *c, const span *s, const char *rule)
{
	char name[64];
	snprintf(name, sizeof name, "%s%s", s->rule_prefix ? s->rule_prefix : "", rule);
	return ent__add_unit_evidence(d, c, s->unit, name);
}

static int add_others(cand *c, const char *code)
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

/* Quantity written just before a weapon mention ("24 JF-17", "12 new
 * helicopters", "two frigates"); -1 when none. */
static long quantity_before(const dctx *d, const span *s, const mention *w)
{
	size_t i, back = 0;
	for (i = w->t0; i > s->t0 && back < 3; back++) {
		const tok *x;
		i--;
		x = &d->t.v[i];
		if (x->kind == TK_NUM) {
			long v = strtol(d->text + x->start, NULL, 10);
			if ((i > s->t0 && kis(d, i - 1, "-") && !x->space_before) ||
			    (i + 1 < s->t1 && !d->t.v[i + 1].space_before &&
			     d->t.v[i + 1].kind == TK_WORD))
				return -1; /* "CH-92A", "Su-30MKI": part of a name */
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
					return k == 11 ? 12 : (long)k + 2;
		}
		if (x->kind != TK_WORD || x->upper)
			continue; /* "24 JF-17 Block III": skip designation words */
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
static const char *w_spend[] = {"spent", "spend", "spends", "spending", "shelled", NULL};

/* Is the spending verb at v followed, within its clause, by money and then
 * "on"/"for" and a weapon term? */
static int spent_on_goods(const dctx *d, const span *s, size_t v)
{
	size_t i, k;
	int money = 0;
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
				    m->t0 <= i + 4)
					return 1;
			}
			return 0;
		}
	}
	return 0;
}

static int made_in(const dctx *d, const span *s, const mention *m);

/* The supplier an item of a list names for itself: a demonym right
 * before it ("Turkish Bayraktar TB2s"), "from X" or "deal with X" right
 * after it ("F-15 planes from the United States"), else its designation's
 * maker; NULL when none. */
static const char *item_owner(const dctx *d, const span *s, size_t k, int *stated)
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

static int in_weapon(const dctx *d, const span *s, size_t i)
{
	return in_weapon_or(d, s, i, 0);
}

/* Is the weapon mention m a target or a model, not goods ("can repel
 * aircraft, missiles and drones", "based on the Russian S-300 system")?
 * The words before it are walked back over a list of such terms. */
static int weapon_is_target(const dctx *d, const span *s, const mention *m)
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
	     kis(d, i - 2, "derivative")))
		return 1;
	return 0;
}

/* Is the weapon mention m only a qualifier of a maker noun, or a target? */
static int weapon_names_a_maker_or_target(const dctx *d, const span *s, const mention *m)
{
	return (m->t1 < s->t1 && kin(d, m->t1, w_maker_noun)) || weapon_is_target(d, s, m);
}

/* "a success against its competitors such as the Russian Su-35", "beat
 * rivals like the F-16": a weapon named as a rival of the goods (a word of
 * rivalry in the five words before it) is no goods. */
static int weapon_is_rival(const dctx *d, const span *s, const mention *m)
{
	static const char *w_rival_model[] = {"competitors", "competitor", "rivals", "rival",
					"competition", "contenders", NULL};
	size_t r = m->t0 > s->t0 + 5 ? m->t0 - 5 : s->t0;
	/* cheap first: only words in c- or r- are looked up */
	for (; r < m->t0; r++)
		if ((K(r)[0] == 'c' || K(r)[0] == 'r') && kin_local(d, r, w_rival_model))
			break;
	return r < m->t0 && (r + 1 == m->t0 || kis(d, r + 1, "such") || kis(d, r + 1, "like") ||
			     kis(d, r + 1, "including") || kis(d, r + 1, "the"));
}

/* Is the weapon mention m no goods of the span's deal: a maker's
 * qualifier, a target, a rival, or goods of a deal called off before it
 * ("after the cancellation of its order for Russian fighters")? */
static int weapon_names_a_maker(const dctx *d, const span *s, const mention *m)
{
	size_t from = m->t0 > s->t0 + 8 ? m->t0 - 8 : s->t0;
	return weapon_names_a_maker_or_target(d, s, m) || find_in(d, from, m->t0, w_cancel) != NONE ||
	       weapon_is_rival(d, s, m);
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
		if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON || weapon_names_a_maker(d, s, m))
			continue;
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
		/* "Harop drones", "Super Mushshak trainer aircraft": the generic
		 * words after a designation describe it, they are not an item */
		if (m->canon && k + 1 < s->m1 && M(d, k + 1)->gz == GZ_WEAPON &&
		    !M(d, k + 1)->canon && M(d, k + 1)->t0 == m->t1) {
			end = M(d, k + 1)->end;
			k++;
		}
		q = quantity_before(d, s, m);
		if (ent_fact_add_item(&c->f, (ent_category)m->category, d->text + m->start,
				      end - m->start, m->canon, q))
			return ENT_ENOMEM;
		if (m->canon && designation)
			*designation = 1;
		if (q >= 0 && quantity)
			*quantity = 1;
	}
	return ENT_OK;
}

static int add_items(dctx *d, cand *c, const span *s, int *designation, int *quantity)
{
	return add_items_of(d, c, s, NULL, 1, 0, designation, quantity);
}

/* The number of weapon mentions of the span that name an item. */
static size_t weapon_mentions(const dctx *d, const span *s)
{
	size_t k, n = 0;
	for (k = s->m0; k < s->m1; k++)
		n += M(d, k)->kind == MK_ACTOR && M(d, k)->gz == GZ_WEAPON &&
		     !weapon_names_a_maker(d, s, M(d, k));
	return n;
}

/* A list of purchases whose items name their own suppliers ("has bought
 * Israeli drones, Turkish Bayraktar TB2s and Russian S-300 systems") is
 * one deal per supplier: c keeps the first supplier's items (and the
 * unowned ones), a new candidate takes each other supplier's.  c has been
 * emitted; the copies carry its evidence.  When the sentence names the
 * seller (sup_stated: "... and one Su-27UB from Georgia"), a designation's
 * maker alone makes no other supplier. */
static int split_by_owner(dctx *d, cand *c, const span *s, int sup_stated)
{
	const char *owners[ENT_FACT_MAX_ACTORS];
	size_t n = 0, k, i, ci = (size_t)(c - d->cands);
	int rc;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		const char *o;
		int st;
		if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON || weapon_names_a_maker(d, s, m))
			continue;
		if (!(o = item_owner(d, s, k, &st)) || !strcmp(o, c->f.recipient.s) ||
		    (sup_stated && !st))
			continue;
		for (i = 0; i < n && strcmp(owners[i], o); i++)
			;
		if (i == n && n < ENT_FACT_MAX_ACTORS)
			owners[n++] = o;
	}
	if (n < 2)
		return ENT_OK;
	for (i = 1; i < n; i++) {
		cand *one;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		cand_clear_items(one);
		one->directed = 1;
		one->f.nsuppliers = 0;
		ent_fact_add_code(one->f.suppliers, &one->f.nsuppliers, owners[i]);
		memset(&one->f.value, 0, sizeof one->f.value); /* the list's price is no item's */
		if ((rc = add_items_of(d, one, s, owners[i], 0, sup_stated, NULL, NULL)))
			return rc;
	}
	/* the first candidate: the first supplier's items and the unowned */
	c = &d->cands[ci];
	cand_clear_items(c);
	c->f.nsuppliers = 0;
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, owners[0]);
	return add_items_of(d, c, s, owners[0], 1, sup_stated, NULL, NULL);
}

/* A list of sums spent ("spent $12 billion on Apache helicopters, $10
 * billion on HIMARS and $4 billion on Patriot systems") is one purchase
 * per sum: each sum followed by "on/for" (or "worth of") and goods takes
 * the goods up to the next sum.  The sums share the buyer, or a list of
 * buyers names each one's ("Germany, which shelled out $8.5 billion for
 * Chinook helicopters; Bulgaria, which spent $1.5 billion on armored
 * vehicles"): a state between two sums is the next buyer only in such a
 * parallel clause ("; Y, which ..."), else the list ends there.  c
 * (emitted) keeps the first sum and its goods; the goods' own seller (a
 * demonym, a designation's maker) wins, else the list's seller stays. */
static int split_by_sum(dctx *d, cand *c, const span *s, size_t from)
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
		if (j + 1 < s->t1 && kis(d, j, "worth") && kis(d, j + 1, "of"))
			j += 2;
		else if (j < s->t1 && (kis(d, j, "on") || kis(d, j, "for")))
			j++;
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
	for (i = 0; i < n; i++) {
		cand *one;
		span part = *s;
		const char *own = NULL;
		size_t q;
		narrow(d, &part, sums[i]->t0, i + 1 < n ? sums[i + 1]->t0 : s->t1);
		for (q = part.m0; q < part.m1 && !own; q++) {
			int st;
			if (M(d, q)->kind == MK_ACTOR && M(d, q)->gz == GZ_WEAPON)
				own = item_owner(d, &part, q, &st);
		}
		if ((rc = cand_part(d, ci, i, s->unit, &one)))
			return rc;
		one->f.value = sums[i]->value;
		if (buyer[i]) {
			if (ent_fact_has_code(one->f.suppliers, one->f.nsuppliers, buyer[i])) {
				one->dropped = 1; /* a seller named as a buyer */
				continue;
			}
			ent_code_set(&one->f.recipient, buyer[i]);
		}
		if (own && strcmp(own, one->f.recipient.s)) {
			one->f.nsuppliers = 0;
			ent_fact_add_code(one->f.suppliers, &one->f.nsuppliers, own);
		}
		if ((rc = add_items(d, one, &part, NULL, NULL)))
			return rc;
		c = &d->cands[ci];
	}
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
static int split_by_price(dctx *d, cand *c, const span *s, size_t from)
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
	for (i = 0; i < n; i++) {
		cand *one;
		span part = *s;
		const char *own = NULL;
		narrow(d, &part, start[i], stop[i]);
		for (q = part.m0; q < part.m1 && !own; q++) {
			int st;
			if (M(d, q)->kind == MK_ACTOR && M(d, q)->gz == GZ_WEAPON)
				own = item_owner(d, &part, q, &st);
		}
		if ((rc = cand_part(d, ci, i, s->unit, &one)))
			return rc;
		one->f.value = price[i]->value;
		if (own && strcmp(own, one->f.recipient.s)) {
			one->f.nsuppliers = 0;
			ent_fact_add_code(one->f.suppliers, &one->f.nsuppliers, own);
		}
		if ((rc = add_items(d, one, &part, NULL, NULL)))
			return rc;
		c = &d->cands[ci];
	}
	return ENT_OK;
}

/* Does a sum start at token j? */
static int money_at(const dctx *d, const span *s, size_t j)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_MONEY && M(d, k)->t0 == j)
			return 1;
	return 0;
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
static int split_by_item(dctx *d, cand *c, const span *s, size_t v)
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
static const mention *money_near(const dctx *d, const span *s, size_t t)
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
		for (k = bk + 1; k < s->m1; k++) {
			const mention *m = M(d, k);
			if (m->t0 > best->t1 + 4)
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
	size_t i = y->t0, n;
	if (i > s->t0 && (kis(d, i - 1, "in") || kis(d, i - 1, "of")))
		i--;
	if (i > s->t0 && (kis(d, i - 1, "signed") || kis(d, i - 1, "concluded") ||
			  kis(d, i - 1, "agreed") || kis(d, i - 1, "awarded")))
		i--;
	if (i <= s->t0 + 1 || !KIN(d, i - 1, w_deal_noun) || !kin(d, i - 2, def))
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
static int earlier_deal_year(const dctx *d, const span *s)
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

static const char *w_range_open[] = {"between", "from", NULL};
static const char *w_range_join[] = {"and", "to", "until", "till", "through", NULL};

/* Is year y one end of a period ("between 2019 and 2024", "from 1991 to
 * 2016")?  A period is a span of activity, not the year of a stage. */
static int year_of_period(const dctx *d, const span *s, const mention *y)
{
	size_t a = y->t0, b = y->t1;
	if (a > s->t0 && kin(d, a - 1, w_range_open) && b + 1 < s->t1 && kin(d, b, w_range_join) &&
	    year_token(d, b + 1))
		return 1;
	return a >= s->t0 + 3 && kin(d, a - 1, w_range_join) && year_token(d, a - 2) &&
	       kin(d, a - 3, w_range_open);
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

/* A year read from a month without its year ("in November") gives way to
 * a year the span states ("follows Israel's purchase in 2010"). */
static int year_counts(const dctx *d, const span *s, const mention *y)
{
	size_t k;
	if (y->kind != MK_YEAR)
		return 0;
	if (earlier_contract_year(d, s, y))
		return 0;
	if (year_of_period(d, s, y))
		return 0;
	/* "expected to arrive by 2030": a target date ("delivered by 2020"
	 * is a date reached); "since the 2008 war": a date of something else */
	if (y->t0 > s->t0 && (kis(d, y->t0 - 1, "by") || kis(d, y->t0 - 1, "until")) &&
	    (future_before(d, s, y->t0) || (d->doc_year && y->year > d->doc_year)))
		return 0;
	if (y->t0 > s->t0 && (kis(d, y->t0 - 1, "since") ||
			      (y->t0 > s->t0 + 1 && kis(d, y->t0 - 1, "the") &&
			       kis(d, y->t0 - 2, "since"))))
		return 0;
	/* "during the 2008 war (with Russia)": the year names a war, no stage */
	if (y->t1 < s->t1 && KIN(d, y->t1, w_conflict))
		return 0;
	if (!y->from_month)
		return 1;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_YEAR && !M(d, k)->from_month)
			return 0;
	return 1;
}

static int year_in(const dctx *d, const span *s)
{
	size_t k, i;
	for (k = s->m0; k < s->m1; k++)
		if (year_counts(d, s, M(d, k)))
			return M(d, k)->year;
	/* "that year", "the same year", "later that year": the year the
	 * paragraph named last */
	for (i = s->t0; i + 1 < s->t1; i++)
		if ((kis(d, i, "that") || kis(d, i, "same")) && kis(d, i + 1, "year") &&
		    d->para_of_year == d->units[s->unit].para)
			return d->para_year;
	return 0;
}

/* Is there a hedge word shortly before token t (or anywhere before it in a
 * short clause)? */
static int hedged(const dctx *d, const span *s, size_t t)
{
	size_t i, from = t > s->t0 + 6 ? t - 6 : s->t0;
	for (i = from; i < t; i++)
		if (KIN(d, i, w_hedge) &&
		    !(i > s->t0 && d->t.v[i].upper && kis(d, i, "may")))
			return 1; /* "said in May that": a month, no hedge */
	/* "Azerbaijan is to buy", "set to acquire" */
	return t >= s->t0 + 2 && kis(d, t - 1, "to") && KIN(d, t - 2, w_be);
}

static int ban_reversed(const dctx *d, const span *s, size_t b);

/* A word of negation in the four tokens before t, unless a stop the
 * sentence takes back ("reversed its decision to halt the shipment"). */
static int negated(const dctx *d, const span *s, size_t t)
{
	size_t i, from = t > s->t0 + 4 ? t - 4 : s->t0;
	for (i = from; i < t; i++)
		if (KIN(d, i, w_negation) && !ban_reversed(d, s, i))
			return 1;
	return 0;
}

static int span_has(const dctx *d, const span *s, const char *const *l)
{
	return find_in(d, s->t0, s->t1, l) != NONE;
}

/* Collect the states that stand together before token t: "Turkish-Pakistani",
 * "India and France", "Pakistan's". */
static size_t actors_group_before(const dctx *d, const span *s, size_t t, const mention **out,
				  size_t max)
{
	const mention *m = actor_before(d, s, t, 6, 0);
	size_t n = 0;
	while (m && n < max) {
		size_t k;
		out[n++] = m;
		/* a joiner right before m: "-", "and", "," */
		if (m->t0 == 0 || m->t0 <= s->t0)
			break;
		k = m->t0 - 1;
		if (k >= s->t0 + 2 && kis(d, k, "as") && kis(d, k - 1, "well") && kis(d, k - 2, "as"))
			k -= 2; /* "France as well as Denmark" */
		else if (!(kis(d, k, "-") || kis(d, k, "and") || kis(d, k, ",") || kis(d, k, "/")))
			break;
		m = actor_before(d, s, k, 0, 0);
	}
	return n;
}

/* "Pakistan-made", "Israeli-built": the state whose industry made it */
static int made_in(const dctx *d, const span *s, const mention *m)
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
static int qualifies_weapon(const dctx *d, const span *s, size_t k)
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
static const char *w_arms_generic[] = {"weapons",   "arms",     "weaponry", "armaments",
				       "munitions", "vehicles", NULL};

/* "received a stock of protective equipment provided by the United
 * States": a general word for gear (no arms word) is goods of no stated
 * kind when a participle of giving and "by" the seller of f follow it.
 * The token of the word, looked for from a up to b, or NONE. */
static size_t gear_given_by(const dctx *d, const span *s, size_t a, size_t b, const ent_fact *f)
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
 * insight into". */
static const char *w_not_goods[] = {"waiver", "waivers", "exemption", "exemptions", "permission",
				    "approval", "access", "asylum", "terror", "terrorism",
				    "extremism", "instability", "visas", "visa", "support",
				    "backing", "insight", "insights", "glimpse", "evidence", "proof",
				    "clarity", "assurance", "assurances", NULL};

/* Verbs of opinion or obstruction before "by": "a sale opposed by India"
 * names a critic, not a party. */
static const char *w_opinion_pp[] = {"opposed", "criticised", "criticized", "condemned",
				     "blocked", "rejected", "vetoed", "questioned", "denounced",
				     "protested", "slammed", "welcomed", "praised", "hailed",
				     "feared", NULL};

/* Nouns for the buying side: "the first export customer of the ATAGS". */
static const char *w_customer[] = {"customer", "customers", "buyer", "buyers", "client",
				   "clients", "importer", "operator", NULL};

/* Is the word after a verb of giving (within three tokens) one of the
 * non-goods objects? */
static int gives_no_goods(const dctx *d, const span *s, size_t v)
{
	size_t i;
	for (i = v + 1; i < s->t1 && i <= v + 4; i++)
		if (kin(d, i, w_not_goods))
			return 1;
	return 0;
}

/* What a state may receive that is no goods: "received the long-awaited
 * freedom from France", "received an invitation from X". */
static const char *w_not_received[] = {"freedom", "independence", "recognition", "invitation",
				       "invitations", "assurances", "guarantees", "delegation",
				       "visit", "condolences", "congratulations", NULL};

/* Is the object of a verb of receiving (up to six tokens on, before any
 * weapon or comma) one of those? */
static int receives_no_goods(const dctx *d, const span *s, size_t v)
{
	size_t i, k = s->m0;
	for (i = v + 1; i < s->t1 && i <= v + 6; i++) {
		if (kis(d, i, ",") || kis(d, i, ";"))
			return 0;
		while (k < s->m1 && M(d, k)->t1 <= i)
			k++;
		if (k < s->m1 && M(d, k)->t0 <= i && M(d, k)->gz == GZ_WEAPON)
			return 0;
		if (kin(d, i, w_not_received))
			return 1;
	}
	return 0;
}

/* Nouns of a conflict a state's possessive may own: "Russia's invasion". */
static const char *w_conflict_act[] = {"invasion", "war", "aggression", "attack", "attacks",
				       "annexation", "occupation", "threat", "threats", "offensive",
				       "incursion", "assault", "invasions", "build-up", "buildup",
				       NULL};

/* Is mention m a state named only as background: the owner or the other
 * side of a conflict ("after Russia's (full-scale) invasion of Ukraine")
 * or inside an "amid/despite" phrase with no comma between? */
static int background_state(const dctx *d, const span *s, const mention *m)
{
	size_t i, n;
	if (m->possessive) {
		for (i = m->t1 + 1, n = 0; i < s->t1 && n < 3; i++, n++) {
			if (kin(d, i, w_conflict_act))
				return 1;
			if (!(kis(d, i, "-") ||
			      (d->t.v[i].kind == TK_WORD && !d->t.v[i].upper)))
				break;
		}
	}
	/* the other side of the conflict: "invasion of Ukraine", "war on X";
	 * a source of danger: "threats from North Korea" */
	if (m->t0 >= s->t0 + 2 &&
	    (kis(d, m->t0 - 1, "of") || kis(d, m->t0 - 1, "on") || kis(d, m->t0 - 1, "against") ||
	     kis(d, m->t0 - 1, "from")) &&
	    kin(d, m->t0 - 2, w_conflict_act))
		return 1;
	for (i = m->t0, n = 0; i > s->t0 && n < 12; i--, n++) {
		if (kis(d, i - 1, ",") || kis(d, i - 1, ";"))
			break;
		if (kis(d, i - 1, "amid") || kis(d, i - 1, "amidst") || kis(d, i - 1, "despite"))
			return 1;
	}
	return 0;
}

/* The token before mention m, over one "the" ("with the United States"),
 * or NONE at the start of the span. */
static size_t word_before(const dctx *d, const span *s, const mention *m)
{
	size_t i = m->t0;
	if (i > s->t0 && kis(d, i - 1, "the"))
		i--;
	return i > s->t0 ? i - 1 : NONE;
}

/* The mention that stands for firm m's place in the sentence: the
 * possessive state right before it of the same home ("with Israel's
 * Rafael"), else m itself. */
static const mention *firm_owner(const dctx *d, const span *s, const mention *m)
{
	size_t k;
	if (m->gz != GZ_FIRM)
		return m;
	for (k = s->m0; k < s->m1; k++) {
		const mention *o = M(d, k);
		if (o->possessive && o->t1 + 1 == m->t0 && ent__is_state_mention(o) &&
		    strcmp(o->code, m->code) == 0)
			return o;
	}
	return m;
}

/* Is mention m the second of two states joined by "and" ("Turkey and the
 * United Kingdom")? */
static int coordinated_pair(const dctx *d, const span *s, const mention *m)
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
static int seller_phrase(const dctx *d, const span *s, const mention *m)
{
	size_t p = word_before(d, s, m);
	if (p == NONE)
		return 0;
	return kis(d, p, "from") || (kis(d, p, "with") && p > s->t0 && KIN(d, p - 1, w_deal_noun));
}

/* Is mention m the agent of an opinion verb ("opposed by India")? */
static int opinion_agent(const dctx *d, const span *s, const mention *m)
{
	return m->t0 >= s->t0 + 2 && kis(d, m->t0 - 1, "by") && kin(d, m->t0 - 2, w_opinion_pp);
}

/* Is m, before the deal word at trig, the subject of a verb or noun of
 * opposition within its next five words ("China strongly opposes the
 * sale", "X lodged a protest / stern representations over ...", "X
 * summoned the envoy to protest against the sale")?  It speaks of the
 * deal; it is no party to it. */
static int opposing_subject(const dctx *d, const span *s, const mention *m, size_t trig)
{
	size_t i, k;
	if (trig == NONE || m->t1 > trig || m->possessive)
		return 0;
	for (i = m->t1, k = 0; i < trig && k < 6; i++, k++) {
		if (kis(d, i, ",") || kis(d, i, ";"))
			return 0;
		if (KIN(d, i, w_oppose_v) || KIN(d, i, w_oppose_n) || kis(d, i, "representations") ||
		    kis(d, i, "summoned") || kis(d, i, "summons"))
			return 1;
	}
	(void)s;
	return 0;
}

/* The maker of a weapon designation named in the span (not `not`), or NULL. */
static const char *designation_maker(const dctx *d, const span *s, const char *not)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->gz == GZ_WEAPON && m->canon && m->code && (!not || strcmp(m->code, not)))
			return m->code;
	}
	return NULL;
}

/* Are tokens [i, j) only words that qualify a supplier ("main", "principal
 * arms")? */
static int only_modifiers(const dctx *d, size_t i, size_t j)
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

static void set_pair(cand *c, const char *a, const char *b)
{
	ent_code_set((ent_code *)c->pair[0], a);
	ent_code_set((ent_code *)c->pair[1], b);
}

/* ---- plural anaphora ---------------------------------------------------------- */

static const char *w_group_noun[] = {"countries", "nations", "sides", "states", "governments",
				     "members", "neighbours", "neighbors", "allies", "partners",
				     "capitals", NULL};
static const char *w_group_num[] = {"both", "two", "three", "four", NULL};

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
		if (!KIN(d, i, w_group_num))
			continue;
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
 * deal of its paragraph or the one before: its supplier, or NULL. */
static const char *follow_on(const dctx *d, const span *s)
{
	const cand *c;
	size_t k;
	if (d->last_deal < 0 || s->unit < 0)
		return NULL;
	c = &d->cands[d->last_deal];
	if (c->dropped || !c->directed || c->f.nsuppliers != 1 || !c->f.recipient.s[0] ||
	    c->unit < 0 || d->units[s->unit].para > d->units[c->unit].para + 1)
		return NULL;
	for (k = s->m0; k < s->m1; k++)
		if (ent__is_state_mention(M(d, k)))
			return NULL;
	if (find_in(d, s->t0, s->t1, w_further) == NONE)
		return NULL;
	return c->f.suppliers[0].s;
}

/* "..., while Egypt purchased two more in 2014": a clause whose buyer is
 * the recipient of an earlier deal and that names no goods but "N more",
 * "another N" is a further order of the latest such deal: its index, or
 * -1. */
static int further_order(const dctx *d, const span *s, const char *rec)
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

/* The states a plural anaphor refers to: the latest unit that named that
 * many; else, for a pair, the document's main pair.  Returns the count
 * copied into out (0 when unresolved). */
static int anaphor_states(const dctx *d, const span *s, char out[4][12])
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
		for (k = 0; k < here && k < 4; k++)
			if (!strcmp(out[k], m->code))
				break;
		if (k == here && here < 4)
			memcpy(out[here], m->code, 12);
		if (k == here)
			here++;
	}
	if (here == n)
		return n;
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

/* "to that country", "the country": the latest state named before, in this
 * unit or the one before, other than `not`. */
static const mention *that_country(const dctx *d, const span *s, const mention *not)
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
		for (k = s->m1; k > first; k--) {
			const mention *m = M(d, k - 1);
			if (m->t0 >= i)
				continue;
			/* "A Nigerian newspaper reported that the country's ...":
			 * a demonym of this sentence that qualifies no weapon */
			int demonym_here = m->gz == GZ_DEMONYM && m->t0 >= s->t0 && k - 1 >= s->m0 &&
					   !qualifies_weapon(d, s, k - 1);
			if (ent__is_state_mention(m) && m->gz != GZ_FIRM &&
			    (m->gz != GZ_DEMONYM || demonym_here) &&
			    (!not || strcmp(m->code, not->code)))
				return m;
		}
	}
	return NULL;
}

/* The supplier of the latest deal or supply tie found for this recipient. */
static const char *supplier_of(const dctx *d, const char *recipient)
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
static const char *recipient_of(const dctx *d, const span *s, const char *supplier)
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

/* "that hardware", "these weapons", "such systems": a reference to the
 * equipment named before. */
static int refers_back(const dctx *d, const span *s)
{
	static const char *det[] = {"that", "those", "these", "such", NULL};
	static const char *noun[] = {"hardware", "weapons", "equipment", "systems", "system",
				     "arms", "weaponry", NULL};
	size_t i, j;
	for (i = s->t0; i + 1 < s->t1; i++)
		if (kin(d, i, det))
			for (j = i + 1; j < s->t1 && j <= i + 5; j++)
				if (kin(d, j, noun))
					return 1;
	return 0;
}

/* "The systems were supplied by X", "They have been delivered by X": a
 * subject of the clause before the verb of transfer at sv that names the
 * goods told before (a definite noun phrase of goods or "they") and no
 * state. */
static int goods_anaphor_subject(const dctx *d, const span *s, size_t sv)
{
	static const char *det[] = {"the", "these", "those", "both", "all", NULL};
	static const char *noun[] = {"assets", "systems", "equipment", "hardware", "weapons",
				     "items", "vessels", "ships", "boats", "aircraft", "vehicles",
				     "launchers", "platforms", "arms", "weaponry", "jets", "guns",
				     NULL};
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
static const char *focus_partner(const dctx *d, const span *s, const mention *sup)
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

/* ---- deals and supply ties -------------------------------------------------- */

/* The agent after "by" of a passive verb of supply at token sv ("were
 * supplied by Russia", "was sold and delivered by X"), or NULL; a second
 * verb of supply before "by" has that agent ("are being delivered to
 * Slovakia, to replace those sent by each country to Ukraine"). */
static const mention *passive_supplier(const dctx *d, const span *s, size_t sv)
{
	size_t i;
	for (i = sv + 1; i < s->t1 && i < sv + 20; i++) {
		if (kis(d, i, "by"))
			return after_prep(d, s, i, "by");
		if (KIN(d, i, w_supply_verb) && !kis(d, i - 1, "and") && !kis(d, i - 1, "or") &&
		    !kis(d, i - 1, ","))
			return NULL;
	}
	return NULL;
}

/* Words of order a received delivery may carry: "took first delivery of",
 * "accepted initial delivery of". */
static const char *w_delivery_order[] = {"first", "initial", "final", "formal", NULL};

/* Does a verb of taking at token v take a delivery ("took delivery",
 * "accepted initial delivery")? */
static int take_delivery_after(const dctx *d, const span *s, size_t v)
{
	size_t i = v + 1;
	if (i < s->t1 && kin_local(d, i, w_delivery_order))
		i++;
	return i < s->t1 && kis(d, i, "delivery");
}

/* The verb of taking before "delivery" at token i, or NONE. */
static size_t take_delivery_at(const dctx *d, const span *s, size_t i)
{
	if (i > s->t0 && KIN(d, i - 1, w_take))
		return i - 1;
	if (i > s->t0 + 1 && kin_local(d, i - 1, w_delivery_order) && KIN(d, i - 2, w_take))
		return i - 2;
	return NONE;
}

/* The stage token i states, or ENT_STATUS_NONE: "delivered" (delivered),
 * "ordered", "paid", "placed an order" (ordered), "signed", "bought"
 * (signed), "MoU" (mou). */
static ent_status stage_word(const dctx *d, const span *s, size_t i)
{
	if (KIN(d, i, w_mou))
		return ENT_STATUS_MOU;
	if (KIN(d, i, w_delivered) || kis(d, i, "delivers") || kis(d, i, "supplies"))
		return ENT_STATUS_DELIVERED;
	if (kis(d, i, "delivery") && take_delivery_at(d, s, i) != NONE)
		return ENT_STATUS_DELIVERED; /* "took delivery of" */
	if (KIN(d, i, w_ordered))
		return ENT_STATUS_ORDERED;
	if ((kis(d, i, "order") || kis(d, i, "orders")) && i > s->t0 + 1 &&
	    (kis(d, i - 2, "placed") || kis(d, i - 1, "placed")))
		return ENT_STATUS_ORDERED; /* "placed an order" */
	if (KIN(d, i, w_signed))
		return ENT_STATUS_SIGNED;
	if ((kis(d, i, "purchase") || kis(d, i, "acquisition") || kis(d, i, "sale")) &&
	    i > s->t0 + 1 && kis(d, i - 1, "the") &&
	    (kis(d, i - 2, "confirmed") || kis(d, i - 2, "confirms") || kis(d, i - 2, "completed") ||
	     kis(d, i - 2, "completes")))
		return ENT_STATUS_SIGNED; /* "Brazil has confirmed the purchase of ..." */
	return ENT_STATUS_NONE;
}

/* Is the stage word at i only announced ("will deliver", "is due to be
 * delivered", "has yet to deliver")?  "began to deliver" is a delivery. */
static int stage_pending(const dctx *d, const span *s, size_t i)
{
	static const char *noun[] = {"delivery", "deliveries", "arrival", "arrivals", NULL};
	static const char *after[] = {"due", "expected", "scheduled", "slated", "will", NULL};
	size_t j, from = i > s->t0 + 3 ? i - 3 : s->t0;
	/* "with the rest of deliveries to occur until 2027", "deliveries are
	 * due in 2026": a noun of the stage followed by what is to come */
	if (kin(d, i, noun) && i + 1 < s->t1) {
		size_t n = i + 1;
		if (kin(d, n, after) || (n + 1 < s->t1 && KIN(d, n, w_be) && kin(d, n + 1, after)))
			return 1;
		if (kis(d, n, "to") && n + 1 < s->t1 && d->t.v[n + 1].kind == TK_WORD &&
		    !d->t.v[n + 1].upper && !KIN(d, n + 1, w_det) && !kis(d, n + 1, "its") &&
		    !kis(d, n + 1, "their"))
			return 1;
	}
	for (j = from; j < i; j++) {
		if (!KIN(d, j, w_future))
			continue;
		if (kis(d, j, "to") && j > s->t0 &&
		    (kis(d, j - 1, "began") || kis(d, j - 1, "started") || kis(d, j - 1, "begun") ||
		     kis(d, j - 1, "continued") || kis(d, j - 1, "continues")))
			continue;
		return 1;
	}
	return 0;
}

/* The latest stage the span states (stage words that are only announced
 * do not count); *at receives the token of the word that states it. */
static ent_status status_at(const dctx *d, const span *s, size_t *at)
{
	size_t i;
	ent_status st = ENT_STATUS_REPORTED;
	int mou = 0;
	*at = NONE;
	for (i = s->t0; i < s->t1; i++) {
		ent_status w = stage_word(d, s, i);
		if (w == ENT_STATUS_NONE || stage_pending(d, s, i))
			continue;
		if (w == ENT_STATUS_MOU) {
			mou = 1;
			if (st == ENT_STATUS_REPORTED)
				*at = i;
		} else if (w > st || (w == st && *at == NONE)) {
			st = w;
			*at = i;
		}
	}
	if (mou && st < ENT_STATUS_ORDERED)
		return ENT_STATUS_MOU;
	return st;
}

static ent_status status_of(const dctx *d, const span *s)
{
	size_t at;
	return status_at(d, s, &at);
}

/* The year of the stage stated at token `at`: each year named in the span
 * belongs to the stage word nearest to it ("bought in 2021, and the first
 * six were delivered this year": 2021 is the purchase's, this year the
 * delivery's).  Returns the nearest year that belongs to the stage at `at`;
 * 0 when every year named belongs to another stage; -1 when no year is
 * named or no stage word is (the caller then takes the first year). */
static int stage_year(const dctx *d, const span *s, size_t at)
{
	size_t k, i;
	int best = 0, any = 0;
	size_t bestd = NONE;
	if (at == NONE)
		return -1;
	for (k = s->m0; k < s->m1; k++) {
		const mention *y = M(d, k);
		size_t near = NONE, nd = NONE;
		ent_status ys;
		if (!year_counts(d, s, y))
			continue;
		any = 1;
		/* "under a 2017 contract, X supplied ... by 2020": a year
		 * that qualifies a deal's noun is its signing's, not the
		 * delivery's */
		if (y->t1 < s->t1 && KIN(d, y->t1, w_deal_noun) &&
		    stage_word(d, s, at) == ENT_STATUS_DELIVERED)
			continue;
		for (i = s->t0; i < s->t1; i++) {
			size_t dist;
			/* a stage only announced ("deliveries to occur until
			 * 2030") takes no year from the one made */
			if (stage_word(d, s, i) == ENT_STATUS_NONE ||
			    (i != at && KIN(d, i, w_supply_noun) && stage_pending(d, s, i)))
				continue;
			dist = i > y->t0 ? i - y->t0 : y->t0 - i;
			if (dist < nd) {
				nd = dist;
				near = i;
			}
		}
		if (near == NONE)
			return -1;
		ys = stage_word(d, s, near);
		if (ys == stage_word(d, s, at) && nd < bestd) {
			bestd = nd;
			best = y->year;
		}
	}
	return any ? best : -1;
}

/* "Last year it signed ...": the subject pronoun right before the verb at
 * t (over "has", "also", "reportedly" ...) stands for the first state the
 * unit before names as a name or capital. */
static const mention *pronoun_subject(const dctx *d, const span *s, size_t t)
{
	static const char *skip[] = {"has", "had", "have", "also", "then", "later", "reportedly",
				     "already", "recently", "subsequently", "finally", "since",
				     "now", "wants", "plans", "intends", "hopes", "aims", "seeks",
				     "is", "was", "set", "expected", "to", "will", "would", "may",
				     "might", "could", "soon", "reportedly", "considering",
				     "continues", "continued", "continue", "still", "began", "begins",
				     "started", "starts", "decided", "decides", "used", NULL};
	const unit *pu;
	size_t i = t, k;
	while (i > s->t0 && kin(d, i - 1, skip))
		i--;
	if (i == s->t0 || !(kis(d, i - 1, "it") || kis(d, i - 1, "they")))
		return NULL;
	/* in a clause after another ("..., in return for which it
	 * receives ..."), the pronoun is the clause before's subject */
	if (s->subj_def)
		return s->subj_def;
	if (s->unit <= 0)
		return NULL;
	pu = &d->units[s->unit - 1];
	for (k = pu->m0; k < pu->m1; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL) &&
		    !described_possessor(d, m, pu->t1))
			return m;
	}
	return NULL;
}

/* "The country has also promised to supply ...", "The kingdom later
 * bought ...": a sentence that opens with "the country/nation/kingdom"
 * (no possessive) as the subject of the verb at t, with no state named
 * before t, speaks of the first state the unit before names (a name or
 * capital), like "it". */
static const mention *polity_subject(const dctx *d, const span *s, size_t t)
{
	static const char *noun[] = {"country", "nation", "kingdom", NULL};
	const unit *pu;
	size_t k;
	if (s->unit <= 0 || t > s->t0 + 8 || t < s->t0 + 2 || !kis(d, s->t0, "the") ||
	    !kin_local(d, s->t0 + 1, noun) || kis(d, s->t0 + 2, "'s"))
		return NULL;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 < t && ent__is_state_mention(M(d, k)))
			return NULL;
	pu = &d->units[s->unit - 1];
	for (k = pu->m0; k < pu->m1; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL) &&
		    !described_possessor(d, m, pu->t1))
			return m;
	}
	return NULL;
}

/* "the war in Ukraine ... the USA has sent HIMARS systems there": "there"
 * after goods (at most six words after the verb of supply at sv) is the
 * state the sentence names before the verb as a place ("in/to X"), not
 * the supplier. */
static const mention *there_place(const dctx *d, const span *s, size_t sv, const mention *sup)
{
	const mention *place = NULL;
	size_t i, k;
	int goods = 0;
	static const char *w_be_after[] = {"is", "are", "was", "were", "will", "has", "have",
					   "had", "'s", "remain", "remains", "seems", NULL};
	for (i = sv + 1; i < s->t1 && i <= sv + 6 && !kis(d, i, "there"); i++)
		;
	/* not "there were protests" */
	if (i >= s->t1 || i > sv + 6 || (i + 1 < s->t1 && kin_local(d, i + 1, w_be_after)))
		return NULL;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 > sv && m->t1 <= i && m->kind == MK_ACTOR && m->gz == GZ_WEAPON)
			goods = 1;
		if (m->t1 <= sv && m->t0 > s->t0 && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    m->gz != GZ_DEMONYM && (kis(d, m->t0 - 1, "in") || kis(d, m->t0 - 1, "to")) &&
		    (!sup || strcmp(m->code, sup->code) != 0))
			place = m;
	}
	return goods ? place : NULL;
}

/* "to the kingdom", "for the country", "the emirate": a reference to the
 * state the text is speaking of, the recipient of the latest deal of this
 * paragraph or the one before when it is not `not`.  Copies the code into
 * out; 0 when there is no such phrase or referent. */
static int kingdom_ref(const dctx *d, const span *s, const char *not, char out[12])
{
	static const char *noun[] = {"kingdom", "emirate", "republic", "country", "nation",
				     "island", "sultanate", NULL};
	const cand *c;
	size_t i;
	int found = 0;
	for (i = s->t0; i + 1 < s->t1 && !found; i++)
		found = (kis(d, i, "the") || kis(d, i, "that")) && kin(d, i + 1, noun) &&
			!(i > s->t0 && (kis(d, i - 1, "in") || kis(d, i - 1, "across")));
	if (!found || d->last_deal < 0)
		return 0;
	c = &d->cands[d->last_deal];
	if (c->dropped || !c->directed || !c->f.recipient.s[0] ||
	    d->units[s->unit].para - d->units[c->unit].para > 1 ||
	    (not && !strcmp(not, c->f.recipient.s)))
		return 0;
	memcpy(out, c->f.recipient.s, 12);
	return 1;
}

/* Is the deal of the span called off before any of its goods is named
 * ("in the wake of the Australian cancellation of a project to build 12
 * submarines")?  The goods named after a word of cancellation are not on
 * order. */
static int called_off(const dctx *d, const span *s)
{
	size_t k, cw = find_in(d, s->t0, s->t1, w_cancel);
	if (cw == NONE)
		return 0;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON &&
		    !weapon_names_a_maker_or_target(d, s, m))
			return m->t0 > cw;
	}
	return 0;
}

/* Is the object of the verb at v a pronoun ("Serbia had already acquired
 * this in 2020", "bought them from ...")? */
static int pronoun_object(const dctx *d, const span *s, size_t v)
{
	size_t i = v + 1;
	if (i < s->t1 && (kis(d, i, "all") || kis(d, i, "both")))
		i++;
	if (i >= s->t1 || !kin(d, i, w_obj_pronoun))
		return 0;
	/* "acquired it in 2020", "bought this." - not "bought this system" */
	return i + 1 >= s->t1 || d->t.v[i + 1].kind != TK_WORD || !in_weapon(d, s, i + 1);
}

/* Is the object of the verb at v goods named again with a demonstrative
 * ("has also bought this missile defence system", "ordered the same
 * jets"): "this/these/that/those" or "the same" and then a generic weapon
 * word (no designation, no maker named)? */
static int demonstrative_goods(const dctx *d, const span *s, size_t v)
{
	size_t i = v + 1, k;
	if (i + 1 < s->t1 && kis(d, i, "the") && kis(d, i + 1, "same"))
		i += 2;
	else if (i < s->t1 && (kin(d, i, w_this) || kis(d, i, "that") || kis(d, i, "those")))
		i++;
	else
		return 0;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 < i)
			continue;
		return m->t0 == i && m->kind == MK_ACTOR && m->gz == GZ_WEAPON && !m->canon;
	}
	return 0;
}

/* The supplier the goods of the unit before name for themselves (a
 * demonym, "from X", or a designation's maker), other than `not`. */
static const char *prev_items_owner(const dctx *d, const span *s, const char *not)
{
	span prev;
	size_t k;
	if (s->unit <= 0)
		return NULL;
	span_of_unit(d, (size_t)s->unit - 1, &prev);
	for (k = prev.m0; k < prev.m1; k++) {
		const mention *m = M(d, k);
		const char *o;
		int st;
		if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON || weapon_names_a_maker(d, &prev, m))
			continue;
		if ((o = item_owner(d, &prev, k, &st)) && (!not || strcmp(o, not)))
			return o;
	}
	return NULL;
}

/* "we have donated 19 F-16s to Ukraine", said in a quote: the state of
 * the one who says it (the quote's speaker, or the person "he/she" after
 * the quote stands for), or NULL. */
static const mention *we_state(const dctx *d, const span *s, size_t v)
{
	size_t pr = subject_pronoun(d, s, v), i;
	const mention *p;
	if (pr == NONE || !kis(d, pr, "we"))
		return NULL;
	for (i = s->unit >= 0 ? d->units[s->unit].t0 : s->t0; i < pr && !quote_mark(d, i); i++)
		;
	if (i == pr)
		return NULL; /* not inside a quote */
	if ((p = quote_speaker(d, s, v)) != NULL)
		return p;
	for (i = v; i < d->t.n && i < v + 150 && !quote_mark(d, i); i++)
		;
	if (i + 2 < d->t.n && i < v + 150 &&
	    ((kis(d, i + 1, "he") || kis(d, i + 1, "she")) ||
	     (kis(d, i + 1, ",") && (kis(d, i + 2, "he") || kis(d, i + 2, "she"))))) {
		/* the latest person tied to a state, over the three units before */
		size_t from = s->unit > 2 ? d->units[s->unit - 3].t0 : 0;
		for (i = v; i > from; i--)
			if (person_at(d, i - 1))
				return person_at(d, i - 1);
	}
	return NULL;
}

/* Is m the place of a wire dateline that opens its unit ("Hanoi (VNA) -",
 * "MOSCOW, June 3 (Reuters) -", "ANKARA:")?  A place, no party. */
static int dateline_place(const dctx *d, const span *s, const mention *m)
{
	size_t j = m->t1, e;
	if (s->unit < 0 || m->t0 != d->units[s->unit].t0 || m->possessive ||
	    !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL) || j >= s->t1)
		return 0;
	if (kis(d, j, ":") || kis(d, j, "-"))
		return 1;
	if (!kis(d, j, ",") && !kis(d, j, "("))
		return 0;
	/* a date or an agency in brackets, then a dash */
	for (e = j + 1; e < s->t1 && e < j + 10; e++)
		if (kis(d, e, ")") || kis(d, e, "-"))
			return kis(d, e, "-") || (e + 1 < s->t1 && kis(d, e + 1, "-"));
	return 0;
}

/* The state joined to m by "and" right before it ("X and Y": m is Y), or
 * NULL. */
static const mention *pair_first(const dctx *d, const span *s, const mention *m)
{
	size_t p = word_before(d, s, m), k, e;
	if (p == NONE || p == s->t0 || !kis(d, p, "and"))
		return NULL;
	e = p;
	if (kis(d, p - 1, ")")) /* "the Republic of Korea (RoK) and Sweden" */
		for (k = p - 1; k > s->t0 && k + 4 > p; k--)
			if (kis(d, k, "(")) {
				e = k;
				break;
			}
	for (k = s->m0; k < s->m1; k++) {
		const mention *x = M(d, k);
		if (x->t1 == e && ent__is_state_mention(x) && x->gz != GZ_FIRM)
			return x;
	}
	return NULL;
}

/* "The Philippines and Thailand plan to buy fighters from South Korea and
 * Sweden, respectively": two buyers and two sellers paired in order, one
 * deal each.  1 when the span was read so. */
static int respectively(dctx *d, const span *s, size_t bv, int *rc)
{
	const mention *b2, *b1, *s1 = NULL, *s2 = NULL;
	size_t i, k, r = NONE;
	for (i = bv + 1; i < s->t1; i++)
		if (kis(d, i, "respectively")) {
			r = i;
			break;
		}
	if (r == NONE || !(b2 = actor_before(d, s, bv, 8, 1)) || !(b1 = pair_first(d, s, b2)))
		return 0;
	for (i = bv + 1; i < r && !s1; i++)
		if (kis(d, i, "from"))
			s1 = actor_after(d, s, i + 1, 3, 0);
	for (k = s->m0; s1 && k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 > s1->t1 && m->t1 <= r && ent__is_state_mention(m) &&
		    pair_first(d, s, m) == s1)
			s2 = m;
	}
	if (!s2)
		return 0;
	{
		const mention *buyer[2] = {b1, b2}, *seller[2] = {s1, s2};
		int year = year_in(d, s);
		ent_status st = status_of(d, s);
		int hedge = hedged(d, s, bv);
		for (k = 0; k < 2; k++) {
			cand *c;
			if (strcmp(buyer[k]->code, seller[k]->code) == 0)
				continue;
			if ((*rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)) ||
			    (*rc = add_items(d, c, s, NULL, NULL)))
				return 1;
			ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, seller[k]->code);
			ent_code_set(&c->f.recipient, buyer[k]->code);
			c->directed = 1;
			c->f.year = year;
			c->f.status = hedge ? ENT_STATUS_REPORTED : st;
			c->f.confidence = hedge ? 0.35 : 0.7;
			if (!year && !hedge && d->doc_year && st > ENT_STATUS_REPORTED)
				c->f.year = d->doc_year;
			d->last_deal = (int)(c - d->cands);
			if ((*rc = emit(d, c, s, "deal.respectively")))
				return 1;
		}
	}
	return 1;
}

/* "under a contract with Spain's state-owned shipbuilder Navantia":
 * the state of a maker after "with" (a possessive or demonym, up to
 * three words before the maker noun), after token t within 25 tokens and
 * the clause, or NULL. */
static const mention *with_maker(const dctx *d, const span *s, size_t t)
{
	static const char *w_yard[] = {"shipbuilder", "shipbuilders", "shipyard", "shipyards",
				       "yard", "maker", "manufacturer", "firm", "company",
				       "contractor", "producer", "builder", "group", NULL};
	size_t i, j;
	for (i = t + 1; i + 2 < s->t1 && i < t + 25; i++) {
		const mention *m;
		if (kis(d, i, ";") || kis(d, i, "while") || kis(d, i, "but"))
			return NULL;
		if (!kis(d, i, "with"))
			continue;
		j = i + 1;
		if (kis(d, j, "the"))
			j++;
		m = actor_after(d, s, j, 0, 0);
		if (!m || m->t0 != j || !(m->possessive || m->gz == GZ_DEMONYM))
			continue;
		for (j = m->t1 + (m->possessive ? 1 : 0); j < s->t1 && j < m->t1 + 5; j++)
			if (kin(d, j, w_yard))
				return m;
	}
	return NULL;
}

/* "This included the purchase of ...": the subject "this" stands for
 * what the unit before told, whose state (a name, or a demonym before a
 * word of forces: "The Kenyan Navy began ...") buys; NULL if none. */
static const mention *this_included(const dctx *d, const span *s, size_t bv)
{
	static const char *w_incl[] = {"included", "includes", "include", "involved", "involves",
				       "comprised", "comprises", "meant", "saw", NULL};
	static const char *w_force[] = {"navy", "army", "air", "government", "military",
					"armed", "coast", "ministry", "defence", "defense", NULL};
	const unit *pu;
	size_t k;
	if (bv < s->t0 + 3 || !kis(d, bv - 1, "the") || !kin(d, bv - 2, w_incl) ||
	    !(kis(d, bv - 3, "this") || kis(d, bv - 3, "that") || kis(d, bv - 3, "these") ||
	      kis(d, bv - 3, "it")) || bv - 3 != s->t0 || s->unit <= 0)
		return NULL;
	pu = &d->units[s->unit - 1];
	for (k = pu->m0; k < pu->m1; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || described_possessor(d, m, pu->t1))
			continue;
		if (m->gz == GZ_STATE || m->gz == GZ_CAPITAL ||
		    (m->gz == GZ_DEMONYM && m->t1 < pu->t1 && kin(d, m->t1, w_force)))
			return m;
	}
	return NULL;
}

/* "ready to supply tanks to those countries that will provide X with
 * ...": the first "to" within 8 tokens after the verb of transfer at
 * sv names states no name gives (not "countries such as X"). */
static int to_unnamed_states(const dctx *d, const span *s, size_t sv)
{
	static const char *w_dem[] = {"those", "these", "other", "third", "such", "all", "any",
				      "the", "some", "many", "several", "friendly", "partner",
				      "allied", "neighbouring", "neighboring", NULL};
	static const char *w_grp[] = {"countries", "nations", "states", "partners", "allies",
				      "governments", "customers", NULL};
	static const char *w_name[] = {"such", "including", "like", "namely", ":", "(", NULL};
	size_t i, j;
	for (i = sv + 1; i + 1 < s->t1 && i < sv + 8 && !kis(d, i, "to"); i++)
		;
	if (i + 1 >= s->t1 || !kis(d, i, "to"))
		return 0;
	for (j = i + 1; j < s->t1 && j < i + 4 && kin(d, j, w_dem); j++)
		;
	return j < s->t1 && kin(d, j, w_grp) && !(j + 1 < s->t1 && kin(d, j + 1, w_name)) &&
	       !(j + 2 < s->t1 && kis(d, j + 1, ",") && kin(d, j + 2, w_name));
}

/* "purchased fighter jets from western countries", "bought arms from
 * abroad": the first "from" within 10 tokens after the buy verb bv names
 * sellers no name gives (a noun of states after at most three qualifiers,
 * not followed by "such as", "including", a colon or a bracket that would
 * list them), so no state of the sentence is the seller. */
static int from_unnamed_states(const dctx *d, const span *s, size_t bv)
{
	static const char *w_qual[] = {"western", "foreign", "other", "various", "several",
				       "many", "some", "the", "those", "these", "third",
				       "friendly", "allied", "neighbouring", "neighboring",
				       "european", "eastern", "arab", "nato", "multiple",
				       "different", "international", NULL};
	static const char *w_grp[] = {"countries", "nations", "states", "suppliers", "sources",
				      "vendors", "partners", "allies", "governments", NULL};
	static const char *w_name[] = {"such", "including", "like", "namely", ":", "(", NULL};
	size_t i, j;
	for (i = bv + 1; i + 1 < s->t1 && i < bv + 10 && !kis(d, i, "from"); i++)
		;
	if (i + 1 >= s->t1 || !kis(d, i, "from"))
		return 0;
	if (kis(d, i + 1, "abroad") || kis(d, i + 1, "overseas"))
		return 1;
	for (j = i + 1; j < s->t1 && j < i + 4 && kin(d, j, w_qual); j++)
		;
	return j > i + 1 && j < s->t1 && kin(d, j, w_grp) &&
	       !(j + 1 < s->t1 && kin(d, j + 1, w_name)) &&
	       !(j + 2 < s->t1 && kis(d, j + 1, ",") && kin(d, j + 2, w_name));
}

/* "supplied Kyiv with arms (to fight X)", "provides the Peruvian army with
 * ...": the state right after the verb of supply at sv, before "with",
 * receives, whatever a later "to" names; NULL when the object is not that. */
static const mention *supplied_with(const dctx *d, const span *s, size_t sv)
{
	const mention *o;
	size_t j = sv + 1, e;
	if (j >= s->t1 || KIN(d, sv, w_supply_noun))
		return NULL;
	o = named_state(d, s, j, &e);
	if (!o || o->possessive || e >= s->t1)
		return NULL;
	if (o->gz == GZ_DEMONYM) {
		/* "the Peruvian army / government with" */
		if (!(KIN(d, e, w_gov_noun) || kis(d, e, "army") || kis(d, e, "military")))
			return NULL;
		e++;
	}
	return e < s->t1 && kis(d, e, "with") ? o : NULL;
}

/* "the wars against India", "fought against Iraq": a state right after
 * "against" (or "against the") is the foe of the sentence, no buyer. */
static int fought_against(const dctx *d, const span *s, const mention *m)
{
	size_t i = m->t0;
	if (i > s->t0 && kis(d, i - 1, "the"))
		i--;
	return i > s->t0 && kis(d, i - 1, "against");
}

/* "exported $200 million worth of chemicals to Greece", "bilateral trade
 * grew, with Israel exporting $983 million to Greece": a sentence of
 * trade (the word "trade", or "worth of" goods) that names no weapon is
 * commerce, no transfer of arms. */
static int civil_trade(const dctx *d, const span *s)
{
	static const char *w_arms[] = {"arms", "weapons", "weaponry", "armaments", "munitions",
				       "ammunition", "equipment", "hardware", NULL};
	size_t i;
	int trade = 0;
	for (i = s->t0; i < s->t1 && !trade; i++)
		trade = kis(d, i, "trade") ||
			(kis(d, i, "worth") && i + 1 < s->t1 && kis(d, i + 1, "of"));
	if (!trade || weapon_mentions(d, s) > 0)
		return 0;
	for (i = s->t0; i < s->t1; i++)
		if (kin(d, i, w_arms))
			return 0;
	return 1;
}

/* "Tehran continues to supply drones", "X also supplies rockets": "supply"
 * and "supplies" used as a verb, after "to", an adverb of continuation or
 * the seller sup itself (deal.supply_as_verb, test_extract_denials.c). */
static int supply_as_verb(const dctx *d, const span *s, size_t sv, const mention *sup)
{
	static const char *w_adv[] = {"also", "still", "now", "reportedly", "allegedly",
				      "regularly", "further", NULL};
	if (!(kis(d, sv, "supply") || kis(d, sv, "supplies")) || sv <= s->t0)
		return 0;
	if (sup->t1 == sv && !sup->possessive)
		return 1;
	if (kin_local(d, sv - 1, w_adv))
		return sup->t1 == sv - 1;
	return kis(d, sv - 1, "to") && sv >= s->t0 + 2 &&
	       (kis(d, sv - 2, "continues") || kis(d, sv - 2, "continued") ||
		kis(d, sv - 2, "continue") || kis(d, sv - 2, "began") ||
		kis(d, sv - 2, "started") || kis(d, sv - 2, "went"));
}

/* "provided Myanmar's army with missiles", "supply Y's armed forces
 * with": a possessive state before a noun of armed forces and "with" is
 * the recipient (deal.forces_with, test_extract_denials.c). */
static int forces_with(const dctx *d, const span *s, const mention *o)
{
	static const char *w_forces[] = {"army", "military", "forces", "navy", "troops",
					 "armed", "air", "force", "junta", "militia", NULL};
	size_t i = o->t1, n;
	if (i < s->t1 && (kis(d, i, "'s") || kis(d, i, "'")))
		i++;
	for (n = 0; i < s->t1 && n < 2 && kin_local(d, i, w_forces); i++, n++)
		;
	return n > 0 && i < s->t1 && kis(d, i, "with");
}

/* "94 tanks have been transferred to Y from X", "were shipped to Y from
 * X": a passive verb of supply with "to Y" right after it and "from X"
 * right after Y gives seller X and buyer Y, whatever the goods' maker
 * (deal.passive_to_from, test_extract_denials.c). */
static int passive_to_from(const dctx *d, const span *s, size_t sv, const mention **sup,
			   const mention **rec)
{
	const mention *y, *x;
	size_t i = sv + 1;
	if (sv <= s->t0 || !KIN(d, sv - 1, w_be) || KIN(d, sv, w_supply_noun) || i >= s->t1 ||
	    !kis(d, i, "to"))
		return 0;
	if (i + 1 < s->t1 && kis(d, i + 1, "the"))
		i++;
	y = actor_after(d, s, i + 1, 0, 0);
	if (!y || y->gz == GZ_FIRM || y->possessive || y->t1 + 1 >= s->t1 || !kis(d, y->t1, "from"))
		return 0;
	i = y->t1 + 1;
	if (kis(d, i, "the"))
		i++;
	x = actor_after(d, s, i, 0, 0);
	if (!x || x->gz == GZ_FIRM || x->gz == GZ_DEMONYM || !strcmp(x->code, y->code))
		return 0;
	*sup = x;
	*rec = y;
	return 1;
}

/* "retained sanctions on X amid concerns over exports of weapons to Y",
 * "fears about arms sales to Y": a noun of supply after a noun of worry
 * and "over/about" is what the worry is about: the state before (the
 * subject of the sentence) is no seller, and without "from X" the
 * sentence names none (deal.concern_over, test_extract_denials.c). */
static int concern_over(const dctx *d, const span *s, size_t sv)
{
	static const char *w_worry[] = {"fears", "fear", "worries", "worry", "alarm", "anxiety",
					"anger", "outrage", NULL};
	size_t p = sv;
	if (!KIN(d, sv, w_supply_noun))
		return 0;
	if (p > s->t0 && kis(d, p - 1, "arms"))
		p--; /* "concerns over arms exports" */
	return p >= s->t0 + 2 && (kis(d, p - 1, "over") || kis(d, p - 1, "about")) &&
	       (KIN(d, p - 2, w_concern) || kin_local(d, p - 2, w_worry));
}

/* "Coal shipments were delivered to A and B by ships", "oil exports to
 * X", "shipments of grain": a noun of supply whose goods are a raw
 * commodity right before it or after "of" is trade, no transfer of arms
 * (deal.commodity, test_extract_denials.c). */
static int commodity_noun(const dctx *d, const span *s, size_t sv)
{
	static const char *w_commodity[] = {"coal", "oil", "petroleum", "crude", "fuel", "gas",
					    "grain", "wheat", "iron", "steel", "food", "fertiliser",
					    "fertilizer", "timber", "textiles", NULL};
	if (!KIN(d, sv, w_supply_noun))
		return 0;
	if (sv > s->t0 && kin_local(d, sv - 1, w_commodity))
		return 1;
	return sv + 2 < s->t1 && kis(d, sv + 1, "of") && kin_local(d, sv + 2, w_commodity);
}

/* "expressing his gratitude to Poland (for the package)": a state thanked
 * (m after "to") is no recipient. */
static int thanked(const dctx *d, const span *s, const mention *m)
{
	static const char *w_thanks[] = {"gratitude", "thanks", "grateful", "thankful",
					 "appreciation", "indebted", NULL};
	size_t i = m->t0;
	if (i > s->t0 && kis(d, i - 1, "the"))
		i--;
	return i > s->t0 + 1 && kis(d, i - 1, "to") && kin(d, i - 2, w_thanks);
}

/* "from three NATO members - Bulgaria, Romania and Slovakia", "from
 * two countries: A and B": the first state named after a noun of
 * states and a dash, colon or bracket after "from" (following buy verb bv),
 * or NULL. */
static const mention *sellers_named(const dctx *d, const span *s, size_t bv)
{
	static const char *w_states_n[] = {"countries", "members", "states", "nations",
					   "suppliers", "partners", "allies", "sources", NULL};
	size_t f, j;
	for (f = bv + 1; f < s->t1 && f < bv + 8 && !kis(d, f, "from"); f++)
		;
	for (j = f + 2; j + 1 < s->t1 && j < f + 8; j++) {
		if (kis(d, j, ",") || kis(d, j, "."))
			return NULL;
		if ((kis(d, j, "-") || kis(d, j, ":") || kis(d, j, "(")) &&
		    kin(d, j - 1, w_states_n)) {
			const mention *x = actor_after(d, s, j + 1, 0, 1);
			return x && x->gz == GZ_STATE ? x : NULL;
		}
	}
	return NULL;
}

/* Nouns of firms a list of demonyms may qualify: "from American and
 * Israeli firms" names two sellers (test_extract_region.c). */
static const char *w_firm_n[] = {"firms", "companies", "manufacturers", "suppliers", "makers",
				 "producers", "contractors", NULL};

/* The states coordinated after the seller m of a buy verb ("from
 * Bulgaria, Romania and Slovakia", "from A and the B", "from American
 * and Israeli firms"), at most 3, into out; their count. */
static size_t seller_list(const dctx *d, const span *s, const mention *m, const mention **out)
{
	size_t n = 0, j = m->t1;
	int last = 0;
	while (n < 3 && !last && j + 1 < s->t1) {
		const mention *x;
		if (kis(d, j, "and") || kis(d, j, "or"))
			last = 1;
		else if (!kis(d, j, ","))
			break;
		j++;
		if (kis(d, j, "and")) /* ", and" */
			last = 1, j++;
		if (j < s->t1 && kis(d, j, "the"))
			j++;
		x = actor_after(d, s, j, 0, m->gz != GZ_DEMONYM);
		if (!x || x->t0 != j || x->possessive ||
		    !(x->gz == GZ_STATE || (x->gz == GZ_DEMONYM && m->gz == GZ_DEMONYM)))
			break;
		out[n++] = x;
		j = x->t1;
	}
	if (m->gz == GZ_DEMONYM && !(j < s->t1 && kin_local(d, j, w_firm_n)))
		return 0; /* "from American and Israeli firms", not "Israeli rifles" */
	return n;
}

/* "exported howitzers to Turkey, Poland, India and Norway": the states
 * listed after the recipient m of "to" are recipients too.  The list is
 * states (not possessives) joined by commas, its last by "and"/"or", and
 * it ends the clause or meets a preposition, a time word or punctuation
 * ("to India and China, officials said"; not "to India, Pakistan said").
 * Writes up to cap further recipients to out; 0 when m opens no list. */
static size_t recipient_list(const dctx *d, const span *s, const mention *m,
			     const mention **out, size_t cap)
{
	static const char *w_list_end[] = {".", ",", ";", ":", "(", ")", "in", "on", "at", "for",
					   "since", "under", "between", "by", "from", "as", "over",
					   "during", "last", "this", "earlier", "after", "before",
					   "until", "with", "worth", "so", NULL};
	size_t n = 0, j = m->t1, w = m->t0;
	int last = 0;
	if (w > s->t0 && kis(d, w - 1, "the"))
		w--;
	if (w <= s->t0 || !kis(d, w - 1, "to") || m->possessive)
		return 0;
	while (n < cap && !last && j + 1 < s->t1) {
		const mention *x;
		if (kis(d, j, "and") || kis(d, j, "or"))
			last = 1;
		else if (!kis(d, j, ","))
			return 0;
		j++;
		if (kis(d, j, "and")) /* ", and" */
			last = 1, j++;
		if (j < s->t1 && kis(d, j, "the"))
			j++;
		x = actor_after(d, s, j, 0, 1);
		if (!x || x->t0 != j || x->gz != GZ_STATE || x->possessive)
			return 0;
		out[n++] = x;
		j = x->t1;
	}
	if (!last || (j < s->t1 && !kin(d, j, w_list_end) && d->t.v[j].kind != TK_NEWLINE))
		return 0;
	return n;
}

/* "handed over two OPVs, Varaha in April 2006 and Vigraha in August
 * 2008": goods named one by one after the verb, each with its own year,
 * are one transfer each.  c takes the first year; a copy of it each
 * other year. */
static int split_by_dated_name(dctx *d, cand *c, const span *s, size_t trig)
{
	static const char *mon[] = {"january", "february", "march", "april", "may", "june",
				    "july", "august", "september", "october", "november",
				    "december", NULL};
	int ys[4];
	size_t ny = 0, k, j, ci = (size_t)(c - d->cands);
	for (k = s->m0; k < s->m1 && ny < 4; k++) {
		const mention *y = M(d, k);
		size_t i;
		if (y->kind != MK_YEAR || y->t0 <= trig + 1 || y->from_month)
			continue;
		i = y->t0;
		if (kin(d, i - 1, mon))
			i--;
		/* "<Name> in [Month] YEAR", after the first joined by "and" or "," */
		if (!kis(d, i - 1, "in") || i < s->t0 + 2 || !d->t.v[i - 2].upper ||
		    d->t.v[i - 2].kind != TK_WORD)
			continue;
		if (ny) {
			/* the name may be of up to three capitalised words,
			 * after "the" ("and GNS Pra in 2015", "and the Pra
			 * in 2015") */
			size_t b = i - 2, n = 1;
			while (n < 3 && b > s->t0 + 1 && d->t.v[b - 1].upper &&
			       d->t.v[b - 1].kind == TK_WORD)
				b--, n++;
			if (b > s->t0 + 1 && kis(d, b - 1, "the"))
				b--;
			if (!(b > s->t0 && (kis(d, b - 1, "and") || kis(d, b - 1, ","))))
				continue;
		}
		for (j = 0; j < ny && ys[j] != y->year; j++)
			;
		if (j == ny)
			ys[ny++] = y->year;
	}
	if (ny < 2)
		return ENT_OK;
	c->f.year = ys[0];
	for (j = 1; j < ny; j++) {
		cand *one;
		int rc;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		one->f.year = ys[j];
		one->directed = 1;
	}
	return ENT_OK;
}

/* "signed a contract to purchase 16 of South Korea's T-50 trainers",
 * "bought Turkey's drones": the state (or firm) whose goods follow the buy
 * verb, over a count ("16 of", "two more"), sells them.  Not after "the
 * purchase of", where the owner may be the buyer ("the purchase of Egypt's
 * jets"). */
static const mention *owner_of_goods_bought(const dctx *d, const span *s, size_t bv)
{
	size_t i = bv + 1, k;
	int num = 0;
	while (i < s->t1 && i < bv + 4 &&
	       (d->t.v[i].kind == TK_NUM || KIN(d, i, w_numwords) || kis(d, i, "more") ||
		kis(d, i, "additional") || (num && kis(d, i, "of")))) {
		num |= d->t.v[i].kind == TK_NUM || KIN(d, i, w_numwords);
		i++;
	}
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 == i && ent__is_state_mention(m) && m->possessive)
			return m;
		if (m->t0 > i)
			break;
	}
	return NULL;
}

static const mention *mention_at(const dctx *d, const span *s, size_t i);

/* Does the noun of arrival at token a name the state whose goods arrive:
 * "the arrival of (the) US warships / of Russia's ships"? */
static int arrival_of_own(const dctx *d, const span *s, size_t a)
{
	size_t i = a + 1;
	const mention *m;
	if (i >= s->t1 || !kis(d, i, "of"))
		return 0;
	i++;
	if (i < s->t1 && KIN(d, i, w_det))
		i++;
	m = mention_at(d, s, i);
	return m && ent__is_state_mention(m) && m->gz != GZ_FIRM;
}

/* "Despite Azerbaijan's discontent with Armenia's arms purchases, it
 * continues to purchase ...": a sentence opening with a phrase of
 * concession or setting ("despite", "amid", "notwithstanding") up to its
 * first comma (within 25 tokens); the token after that comma, or NONE.
 * When the rest of the sentence has a transfer of its own, the phrase's
 * transfers are its setting, not the sentence's deal. */
static size_t opening_phrase_end(const dctx *d, const span *s)
{
	static const char *w_open[] = {"despite", "amid", "amidst", "notwithstanding", NULL};
	size_t i;
	if (!kin(d, s->t0, w_open))
		return NONE;
	for (i = s->t0 + 1; i < s->t1 && i < s->t0 + 25; i++)
		if (kis(d, i, ","))
			return i + 1;
	return NONE;
}

/* "this/that/these/those sale(s)": a determiner of a noun of transfer too */
static const char *w_demonstrative[] = {"this", "that", "these", "those", NULL};

/* The word of list l at v, or the first after the comma that closes a
 * sentence-opening "Despite/Amid ..." phrase holding v (v itself when the
 * main clause has none; opening_phrase_end). */
static size_t past_fronted_phrase(const dctx *d, const span *s, size_t v, const char *const *l)
{
	size_t oe, nv;
	if (v == NONE || (oe = opening_phrase_end(d, s)) == NONE || v >= oe)
		return v;
	nv = find_in(d, oe, s->t1, l);
	return nv != NONE ? nv : v;
}

/* "Spain reversed its decision to halt the shipment of bombs to X": a ban
 * at token b that the sentence takes back is none. */
static int ban_reversed(const dctx *d, const span *s, size_t b)
{
	static const char *w_rev[] = {"reversed", "reverses", "reverse", "overturned",
				      "overturns", "lifted", "lifts", "rescinded", NULL};
	return find_in(d, b > s->t0 + 5 ? b - 5 : s->t0, b, w_rev) != NONE;
}

/* Is token v "provide(s/d/ing) for (the) <transaction>" ("a contract
 * providing for the delivery of", "provides for the purchase of")? */
static int provides_for_terms(const dctx *d, const span *s, size_t v)
{
	static const char *w_provide[] = {"provide", "provides", "provided", "providing", NULL};
	static const char *w_terms[] = {"purchase", "purchases", "delivery", "deliveries",
					"supply", "acquisition", "procurement", "sale", "production",
					"transfer", "construction", NULL};
	size_t i = v + 2;
	if (!kin_local(d, v, w_provide) || v + 2 >= s->t1 || !kis(d, v + 1, "for"))
		return 0;
	if (KIN(d, i, w_det))
		i++;
	return i < s->t1 && kin_local(d, i, w_terms);
}

/* "grew its exports by negotiating deals with X and Y", "is discussing a
 * contract with Z": a deal noun that is the object of a word of talks is
 * under negotiation, no deal yet, however far the word of export stands
 * before it; a stated delivery still counts. */
static int deal_under_talks(const dctx *d, const span *s, size_t dn)
{
	size_t i;
	if (dn == NONE || dn <= s->t0)
		return 0;
	i = dn - 1;
	if (i > s->t0 && (KIN(d, i, w_det) || kis(d, i, "new") || kis(d, i, "arms") ||
			  kis(d, i, "export") || kis(d, i, "supply")))
		i--;
	return KIN(d, i, w_interest) && find_in(d, s->t0, s->t1, w_delivered) == NONE;
}

/* The firm f in "f and (the State of / the government of) m", m a state
 * that is no firm: a firm and a state named together as the parties who
 * sign; NULL when m is not so joined to a firm of another state. */
static const mention *firm_and_state(const dctx *d, const span *s, const mention *m)
{
	static const char *w_polity_n[] = {"the", "state", "of", "government", "kingdom",
					   "republic", NULL};
	size_t i = m->t0, n = 0, k;
	if (m->gz == GZ_FIRM || !ent__is_state_mention(m))
		return NULL;
	while (i > s->t0 && n < 5 && kin(d, i - 1, w_polity_n))
		i--, n++;
	if (i < s->t0 + 2 || !kis(d, i - 1, "and"))
		return NULL;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t1 == i - 1 && M(d, k)->gz == GZ_FIRM &&
		    strcmp(M(d, k)->code, m->code) != 0)
			return M(d, k);
	return NULL;
}

static const mention *plain_state_at(const dctx *d, const span *s, size_t j);

/* Is the deal noun at dn followed by "with A and B" ("contracts with Peru
 * and Chile"), two states that are each a partner of the deal's other
 * party? */
static int deal_with_pair(const dctx *d, const span *s, size_t dn)
{
	const mention *a, *b;
	size_t j = dn + 1;
	if (j + 3 >= s->t1 || !kis(d, j, "with"))
		return 0;
	j++;
	if (kis(d, j, "the"))
		j++;
	a = plain_state_at(d, s, j);
	if (!a || a->t1 + 1 >= s->t1 || !kis(d, a->t1, "and"))
		return 0;
	j = a->t1 + 1;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	b = plain_state_at(d, s, j);
	return b && strcmp(a->code, b->code) != 0;
}

/* "Serbia gets new helicopters from Russia", "has secured from Russia
 * some MiG-29 warplanes": getting or securing goods of war from a state
 * is buying them; a contract or order got from a state is the seller's
 * win ("Hanwha secured an order from Poland"), so no deal noun may come
 * between the verb and "from".  The verb's token, or NONE. */
static size_t got_goods_from(const dctx *d, const span *s)
{
	static const char *w_get[] = {"gets", "got", "get", "getting", "secured", "secures",
				      "obtains", NULL};
	size_t v = find_in(d, s->t0, s->t1, w_get);
	size_t i;
	if (v == NONE || weapon_mentions(d, s) == 0)
		return NONE;
	for (i = v + 1; i < s->t1 && i < v + 20; i++) {
		if (KIN(d, i, w_deal_noun))
			return NONE;
		if (kis(d, i, "from")) /* "from X", "from the US" */
			return plain_state_at(d, s, i + 1 + (i + 2 < s->t1 && kis(d, i + 1, "the")))
				       ? v
				       : NONE;
	}
	return NONE;
}

/* "the US approval of a $2 billion weapons package for Taiwan": a package
 * (deal, sale) noun with "for" and a state right after it; that state
 * receives, and the nearest state before the noun (within 14 tokens, not
 * the receiver) gives.  1 when both are found. */
static int package_for(const dctx *d, const span *s, size_t dn, const mention **sup,
		       const mention **rec)
{
	const mention *r, *g;
	if (dn == NONE || dn + 2 >= s->t1 || !kis(d, dn + 1, "for") ||
	    !(kis(d, dn, "package") || kis(d, dn, "deal")))
		return 0;
	r = plain_state_at(d, s, dn + 2);
	if (!r || r->possessive)
		return 0;
	g = actor_before(d, s, dn, 14, 1);
	if (!g || !ent__is_state_mention(g) || g->gz == GZ_FIRM || !strcmp(g->code, r->code))
		return 0;
	*sup = g;
	*rec = r;
	return 1;
}

static int rule_deal(dctx *d, const span *s)
{
	size_t sv = find_in(d, s->t0, s->t1, w_supply_verb);
	size_t bv = find_in(d, s->t0, s->t1, w_buy_verb);
	/* "a joint venture to produce, sell and market drones": the selling
	 * is the venture's, to others, no transfer between the partners */
	if (sv != NONE &&
	    find_in(d, sv > s->t0 + 6 ? sv - 6 : s->t0, sv, w_venture) != NONE)
		sv = NONE;
	/* "Spain has built a patrol boat for Ghana, its first such export":
	 * a transfer called "such" is one told by other words, whose own
	 * subject is no seller */
	while (sv != NONE && sv > s->t0 && kis(d, sv - 1, "such"))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	/* "an agreement providing for the purchase of 48 jets": "provide
	 * for" a transaction states a term, and gives nothing */
	while (sv != NONE && provides_for_terms(d, s, sv))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	{
		/* "Israel banned drone sales to Georgia", "halted arms exports
		 * to X": a transfer stopped is none; the sentence may still
		 * state another deal */
		static const char *w_ban[] = {"banned", "bans", "ban", "barred", "bars", "blocked",
					      "blocks", "embargoed", "prohibited", "prohibits",
					      "halted", "suspended", "froze", "frozen", "halt",
					      "halting", "suspend", "suspending", "banning",
					      "freezing", "freeze", NULL};
		size_t bn = sv != NONE ? find_in(d, sv > s->t0 + 3 ? sv - 3 : s->t0, sv, w_ban)
				       : NONE;
		if (bn != NONE && !ban_reversed(d, s, bn))
			sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	}
	/* "a donation of $5 million to the fund": a gift names goods of war
	 * ("a gift of F-6 fighters to Bangladesh") to be a transfer */
	while (sv != NONE && (kis(d, sv, "donation") || kis(d, sv, "donations") || kis(d, sv, "gift")) &&
	       weapon_mentions(d, s) == 0)
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	{
		/* "in breach of arms export controls", "export licences":
		 * rules about exports, no transfer */
		static const char *w_rules_n[] = {"controls", "control", "licence", "licences",
						  "license", "licenses", "regime", "regimes",
						  "restrictions", "rules", "laws", "law", "permit",
						  "permits", "policy", "policies", "ban", "bans",
						  "embargo", "embargoes", "criteria", "curbs", NULL};
		while (sv != NONE && sv + 1 < s->t1 && (kis(d, sv, "export") || kis(d, sv, "exports")) &&
		       kin(d, sv + 1, w_rules_n))
			sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	}
	/* "ahead of the arrival of the US warships": the arrival of a
	 * state's own ships or forces is a visit, unless it names the state
	 * they arrive in ("the arrival of the Turkish-built ships in X") */
	while (bv != NONE && (kis(d, bv, "arrival") || kis(d, bv, "arrivals")) &&
	       arrival_of_own(d, s, bv) && !after_prep(d, s, bv, "in") &&
	       !after_prep(d, s, bv, "at"))
		bv = find_in(d, bv + 1, s->t1, w_buy_verb);
	/* "Despite X's arms purchases, it continues to buy ... from Y": a
	 * word of transfer inside a fronted "despite/amid" phrase is
	 * background when the main clause has one of its own */
	bv = past_fronted_phrase(d, s, bv, w_buy_verb);
	sv = past_fronted_phrase(d, s, sv, w_supply_verb);
	size_t spv = find_in(d, s->t0, s->t1, w_spend);
	/* "Poland spent $12 billion on Apache helicopters", "shelled out $8.5
	 * billion for Chinook helicopters": spending on goods is buying */
	if (spv != NONE && (bv == NONE || spv < bv) && spent_on_goods(d, s, spv))
		bv = spv;
	size_t td = find_in(d, s->t0, s->t1, w_take);
	/* "Belgrade took delivery of ...", "accepted initial delivery of":
	 * the subject receives */
	while (td != NONE && !take_delivery_after(d, s, td))
		td = find_in(d, td + 1, s->t1, w_take);
	if (td != NONE && (bv == NONE || td < bv))
		bv = td;
	if (bv == NONE) {
		/* "has commissioned a frigate and two helicopter carriers from
		 * France": ships commissioned from a state are bought from it */
		static const char *w_commission[] = {"commissioned", "commissions", NULL};
		size_t cm = find_in(d, s->t0, s->t1, w_commission);
		if (cm != NONE && after_prep(d, s, cm, "from"))
			bv = cm;
		else
			bv = got_goods_from(d, s);
	}
	size_t dn = find_in(d, s->t0, s->t1, w_deal_noun);
	size_t sg = find_in(d, s->t0, s->t1, w_sign);
	if (dn == NONE && sg != NONE && (kis(d, sg, "won") || kis(d, sg, "wins"))) {
		/* "Aselsan won the tender to upgrade Qatar's frigates": a
		 * tender won is a contract */
		static const char *w_tender[] = {"tender", "tenders", "bid", "competition", NULL};
		size_t i = sg + 1;
		if (i < s->t1 && KIN(d, i, w_det))
			i++;
		if (i < s->t1 && kin(d, i, w_tender))
			dn = i;
	}
	size_t trig;
	const mention *sup = NULL, *rec = NULL, *mv;
	const mention *group[4];
	size_t ngroup = 0, k;
	cand *c;
	int designation = 0, quantity = 0, year, rc, dated;
	int supply_only, directional;
	const char *maker = NULL, *disc = NULL;
	int disc_items = 0;
	const char *rule;
	char pa[12] = "", pb[12] = "";
	size_t on = NONE; /* "X's order of" */
	const mention *sellers[3];
	size_t nsellers = 0; /* further sellers: "from Bulgaria, Romania and Slovakia" */

	/* "main supplier of X" in a list item is a supply tie, handled by the list rule */
	if (sv == NONE && bv == NONE && dn == NONE && !s->forced_deal)
		return ENT_OK;
	trig = sv != NONE ? sv : bv != NONE ? bv : dn != NONE ? dn : s->t0;
	if (sg != NONE && sg < trig)
		trig = sg;
	if (negated(d, s, trig) || called_off(d, s))
		return ENT_OK;
	{
		/* "from 1991 to 2016, X purchased weapons from Y for a total of
		 * $26 billion": a sum over a period is a statistic, no deal */
		static const char *w_total[] = {"total", "altogether", "cumulative", NULL};
		static const char *w_bring[] = {"brings", "brought", "bringing", "bring", "raises",
						"raised", "raising", "takes", "took", "taking", NULL};
		size_t tt = find_in(d, s->t0, s->t1, w_total);
		if (tt != NONE)
			for (k = s->m0; k < s->m1; k++)
				if (M(d, k)->kind == MK_YEAR && year_of_period(d, s, M(d, k)))
					return ENT_OK;
		/* "The package brings total aid provided to X to $4
		 * billion": a running total is a statistic; a transfer told
		 * before it ("ordered 152 more, bringing the total to 364")
		 * stands */
		if (tt != NONE && tt > s->t0) {
			size_t b = find_in(d, tt > s->t0 + 3 ? tt - 3 : s->t0, tt, w_bring);
			if (b != NONE && trig > b)
				return ENT_OK;
		}
		/* "Chad has received $90 million in military aid over the
		 * last eight years": a sum over the years before now is a
		 * statistic; a named system ("bought 12 Su-30s in the past
		 * decade") still states a transfer */
		if (money_near(d, s, trig) && !designation_maker(d, s, NULL))
			for (k = s->t0 + 1; k + 2 < s->t1; k++)
				if ((kis(d, k, "last") || kis(d, k, "past")) && kis(d, k - 1, "the") &&
				    (kis(d, k + 1, "decade") || kis(d, k + 1, "decades") ||
				     ((d->t.v[k + 1].kind == TK_NUM || KIN(d, k + 1, w_numwords)) &&
				      (kis(d, k + 2, "years") || kis(d, k + 2, "decades")))))
					return ENT_OK;
	}
	/* "interested in buying", "talks to acquire": interest, not a deal */
	if (sg == NONE && !s->forced_deal &&
	    find_in(d, trig > s->t0 + 6 ? trig - 6 : s->t0, trig + 4 < s->t1 ? trig + 4 : s->t1,
		    w_interest) != NONE &&
	    find_in(d, s->t0, s->t1, w_delivered) == NONE)
		return ENT_OK;

	if (sg == NONE && !s->forced_deal && deal_under_talks(d, s, dn))
		return ENT_OK;

	if (bv != NONE && (sv == NONE || bv < sv) && receives_no_goods(d, s, bv))
		return ENT_OK;
	/* "grant India a waiver", "stop exporting terror": no transfer of goods */
	if (sv != NONE && (bv == NONE || sv < bv) && gives_no_goods(d, s, sv))
		return ENT_OK;
	if (sv != NONE && (bv == NONE || sv < bv) && sv + 1 < s->t1 && kin(d, sv + 1, w_customer) &&
	    (rec = actor_before(d, s, sv, 8, 1)) != NULL) {
		/* "Armenia will be the first export customer of the ATAGS": the
		 * customer buys; the seller is the maker or the state named
		 * after "of" */
		sup = after_prep(d, s, sv, "of");
		if (sup && strcmp(sup->code, rec->code) == 0)
			sup = NULL;
		rule = "deal.customer";
	} else if (sv != NONE && (bv == NONE || sv < bv)) {
		/* X supplies/sells/delivers ... to Y; passive: Y was supplied ... by X */
		{
			/* "has been exported to six countries (, including X,
			 * Y ...)": a count of customers is a statistic, no deal */
			static const char *w_states_n[] = {"countries", "nations", "states",
							   "customers", "operators", "armies",
							   "air", NULL};
			static const char *w_approx[] = {"more", "over", "than", "at", "least",
							 "about", "some", "nearly", "almost",
							 "around", NULL};
			size_t i = sv + 1;
			if (i < s->t1 && kis(d, i, "to")) {
				for (i++; i < s->t1 && kin(d, i, w_approx); i++)
					;
				if (i + 1 < s->t1 &&
				    (d->t.v[i].kind == TK_NUM || KIN(d, i, w_numwords)) &&
				    kin(d, i + 1, w_states_n) && !kis(d, i + 1, "air"))
					return ENT_OK;
			}
		}
		if (civil_trade(d, s))
			return ENT_OK; /* "exported $200 million worth of chemicals" */
		if (commodity_noun(d, s, sv))
			return ENT_OK; /* "coal shipments were delivered to X by ships" */
		if (sv > s->t0 && KIN(d, sv - 1, w_be) && (sup = passive_supplier(d, s, sv))) {
			rec = actor_before(d, s, sv, 6, 1);
			if (!rec)
				rec = after_prep(d, s, sv, "to");
		} else if (passive_to_from(d, s, sv, &sup, &rec)) {
			/* "94 tanks have been transferred to Y from X" */
		} else {
			ngroup = actors_group_before(d, s, sv, group, 4);
			if (ngroup && (mv = apposition_subject(d, s, sv)) != NULL &&
			    mv->t0 < group[0]->t0) {
				/* "China, which denies arming Russia in its war against
				 * Ukraine, has supplied ...": the state before the
				 * relative clause, not the last one inside it */
				group[0] = mv;
				ngroup = 1;
			}
			if (ngroup)
				sup = group[0];
			if (ngroup && sg != NONE && sg < group[0]->t0 && kis(d, sv - 1, "to")) {
				/* "KAI has signed a deal with the Philippine defence
				 * ministry to export 12 jets": the partner of "with"
				 * receives, the one who signs sells */
				size_t wp = word_before(d, s, firm_owner(d, s, group[0]));
				const mention *w = actor_before(d, s, sg, 10, 0);
				if (wp != NONE && wp > sg && kis(d, wp, "with") && w &&
				    strcmp(w->code, group[0]->code) != 0) {
					rec = group[0];
					sup = w;
					ngroup = 0;
				}
			}
			else if (sg != NONE && sg < sv && !KIN(d, sv, w_supply_noun) &&
				 !(ngroup && group[0]->t0 > sg && !group[0]->possessive &&
				   group[0]->gz != GZ_DEMONYM && group[0]->gz != GZ_FIRM))
				sup = actor_before(d, s, sg, 6, 0); /* "X won a contract to supply" */
			/* else "X and Y signed an agreement under which X supplies
			 * ... to Y": the subject of the verb of supply sells */
			if (!sup && !ngroup)
				sup = we_state(d, s, sv); /* "we have donated ...," he said */
			if (!sup && !ngroup)
				sup = polity_subject(d, s, sv);
			if (!sup && s->subj_def && !KIN(d, sv, w_supply_noun))
				sup = s->subj_def;
			/* "the supply of these weapons": a noun with its own
			 * determiner has no subject before it */
			if (sup && KIN(d, sv, w_supply_noun) && !sup->possessive &&
			    !kis(d, sv - 1, "to") &&
			    (find_in(d, sup->t1, sv, w_det) != NONE ||
			     find_in(d, sup->t1, sv, w_demonstrative) != NONE)) {
				/* "Azerbaijan signed a contract with the Ukraine for
				 * the delivery of": the partner of "with" sells */
				size_t wp = word_before(d, s, sup);
				const mention *b = NULL;
				if (wp != NONE && kis(d, wp, "with") && sg != NONE && sg < wp)
					b = actor_before(d, s, sg, 8, 1);
				if (b && strcmp(b->code, sup->code) != 0) {
					rec = b;
				} else {
					sup = NULL;
					ngroup = 0;
				}
			}
			/* "Embraer and the State of the Netherlands signed a contract
			 * to deliver": of a firm and a state that sign together, the
			 * firm sells to the state */
			if (!rec && sup && sg != NONE && sg < sv && sup->t1 <= sg &&
			    (mv = firm_and_state(d, s, sup)) != NULL) {
				rec = sup;
				sup = mv;
				ngroup = 0;
			}
			if (concern_over(d, s, sv) && !after_prep(d, s, sv, "from"))
				return ENT_OK; /* "amid concerns over exports of arms to X" */
			size_t fr = sv + 1;
			if (fr + 1 < s->t1 && kis(d, fr, "of")) {
				/* "the supply of (artillery) weapons from X" */
				size_t n;
				for (fr++, n = 0; fr < s->t1 && n < 4 && d->t.v[fr].kind == TK_WORD &&
						  !d->t.v[fr].upper && !kis(d, fr, "from") &&
						  !kis(d, fr, "to") && !kis(d, fr, "by") &&
						  !kis(d, fr, "for");
				     fr++, n++)
					;
			}
			if (fr + 1 < s->t1 && kis(d, fr, "from")) {
				/* "condemned the arms transfers from X to Y": the
				 * source after the noun sells, not the subject */
				const mention *f = actor_after(d, s, fr + 1, 1, 0);
				if (f && ent__is_state_mention(f) && f->gz != GZ_FIRM &&
				    (!sup || strcmp(f->code, sup->code) != 0)) {
					sup = f;
					ngroup = 0;
				}
			}
			if (!rec)
				rec = supplied_with(d, s, sv);
			if (!rec)
				rec = after_prep(d, s, sv, "to");
			if (!rec)
				rec = there_place(d, s, sv, sup);
			if (rec && thanked(d, s, rec))
				rec = NULL;
			if (!rec && to_unnamed_states(d, s, sv))
				return ENT_OK;
			/* "sent" moves ships and troops as well as goods: only "sent
			 * ... to <a state>" is a transfer ("Russia has sent a naval
			 * group" to a drill is none) */
			if (!rec && (kis(d, sv, "sent") || kis(d, sv, "sends") || kis(d, sv, "sending")))
				return ENT_OK;
			/* ... and the state right after "to": "countries sending
			 * forces to participate are X, Y" names no recipient */
			if (rec && (kis(d, sv, "sent") || kis(d, sv, "sends") || kis(d, sv, "sending")) &&
			    rec->t0 > sv && !kis(d, word_before(d, s, rec), "to"))
				return ENT_OK;
			if (!rec)
				rec = after_prep(d, s, sv, "for");
			if (!rec) {
				/* "gifted Ukraine 49 howitzers", "provide Armenia with ..." */
				const mention *o = actor_after(d, s, sv + 1, 0, 1);
				if (o && (!o->possessive || forces_with(d, s, o)))
					rec = o;
			}
			if (sup && sup->possessive && (kis(d, sv, "supplier") || kis(d, sv, "suppliers")) &&
			    only_modifiers(d, sup->t1 + 1, sv)) {
				/* "Russia has long been Armenia's principal supplier" */
				if (!rec)
					rec = sup;
				sup = actor_before(d, s, sup->t0, 6, 1);
				ngroup = 0;
			}
		}
		rule = "deal.supply_verb";
	} else if (bv != NONE) {
		/* Y buys/orders/acquires ... from X */
		if (respectively(d, s, bv, &rc))
			return rc;
		if (from_unnamed_states(d, s, bv))
			return ENT_OK; /* "bought jets from western countries" */
		rec = actor_before(d, s, bv, 8, 1);
		if (!rec && bv > s->t0 + 3 &&
		    provides_for_terms(d, s, bv - (KIN(d, bv - 1, w_det) ? 3 : 2)))
			/* "the ministry concluded a contract providing for the
			 * purchase of": the subject of the contract buys */
			rec = actor_before(d, s, bv, 20, 1);
		if (bv > s->t0 && kis(d, bv - 1, "the") && bv + 1 < s->t1 && kis(d, bv + 1, "of") &&
		    (kis(d, bv, "purchase") || kis(d, bv, "acquisition") || kis(d, bv, "purchases"))) {
			/* "Brazil confirmed the purchase of 14 vehicles by
			 * Argentina": the agent after "by" buys */
			size_t i;
			for (i = bv + 2; i < s->t1 && i < bv + 20 && !kis(d, i, ","); i++)
				if (kis(d, i, "by")) {
					/* "by the navy of Peru"; not the agent of a
					 * participle ("tanks produced by Norinco") */
					const char *pk = K(i - 1);
					size_t pn = strlen(pk);
					const mention *by = actor_after(d, s, i + 1, 4, 0);
					if (by && !(pn > 3 && strcmp(pk + pn - 2, "ed") == 0) &&
					    !kis(d, i - 1, "built") && !kis(d, i - 1, "made"))
						rec = by;
					break;
				}
		}
		if (bv + 2 < s->t1 && kis(d, bv + 1, "by") && kin(d, bv, w_bought_pp)) {
			/* "one of three ships ordered by Morocco's navy
			 * under a 2019 contract": the agent of a participle
			 * of buying buys */
			const mention *by = actor_after(d, s, bv + 2, 2, 0);
			if (by && !(by->gz == GZ_DEMONYM && !(by->t1 < s->t1 &&
							      KIN(d, by->t1, w_gov_noun))))
				rec = by;
		}
		/* "Armenia is looking to expand its cooperation with India
		 * despite hostilities with Azerbaijan, including the purchase
		 * of drones": a background state is no buyer */
		while (rec && (background_state(d, s, rec) || fought_against(d, s, rec)))
			rec = actor_before(d, s, rec->t0, 12, 1);
		if (rec && coordinated_pair(d, s, rec))
			rec = NULL; /* "Turkey and the UK sign deal to purchase 20
				     * jets": which one buys is for orient() */
		if (!rec)
			rec = pronoun_subject(d, s, bv);
		if (!rec)
			rec = polity_subject(d, s, bv);
		if (!rec)
			rec = this_included(d, s, bv);
		if (!rec)
			rec = s->subj_def;
		sup = after_prep(d, s, bv, "from");
		if (sup && background_state(d, s, sup))
			sup = NULL; /* "bought it despite objections from Washington" */
		if (!sup)
			sup = sellers_named(d, s, bv);
		if (!sup && rec && (sup = with_maker(d, s, bv)) != NULL && sup->t0 < rec->t0)
			sup = NULL; /* the maker is after the buying */
		if (sup)
			nsellers = seller_list(d, s, sup, sellers);
		/* "with Israel's Rafael": the word before the firm's owner */
		size_t wp = rec ? word_before(d, s, firm_owner(d, s, rec)) : NONE;
		if (wp != NONE && kis(d, wp, "with") && !sup) {
			/* "Indonesia signed an MoU with Turkey('s shipyard) to buy
			 * two frigates": the partner of "with" sells, the subject
			 * of the signing buys */
			const mention *w = rec, *b = actor_before(d, s, wp, 16, 1);
			if (!b && sg != NONE)
				b = pronoun_subject(d, s, sg);
			if (!b)
				b = s->subj_def;
			if (b && strcmp(b->code, w->code) != 0) {
				rec = b;
				sup = w;
			}
		}
		if (!sup && rec && (sup = owner_of_goods_bought(d, s, bv)) != NULL &&
		    strcmp(sup->code, rec->code) == 0)
			sup = NULL;
		if (!sup) {
			/* "Turkish drones", "from Baykar" */
			for (k = s->m0; k < s->m1 && !sup; k++) {
				const mention *m = M(d, k);
				if (m->t0 > bv && ent__is_state_mention(m) &&
				    ((m->gz == GZ_DEMONYM && qualifies_weapon(d, s, k)) ||
				     m->gz == GZ_FIRM || made_in(d, s, m)) &&
				    !(m->t0 > 0 && (kis(d, m->t0 - 1, "for") || kis(d, m->t0 - 1, "to") ||
						    (m->t0 > 1 && kis(d, m->t0 - 1, "the") &&
						     (kis(d, m->t0 - 2, "for") || kis(d, m->t0 - 2, "to"))))) &&
				    (!rec || strcmp(m->code, rec->code) != 0))
					sup = m;
			}
		}
		for (k = s->m0; k < s->m1 && !sup && rec; k++) {
			/* "to replace eight Soviet-built Mi-17s bought in 1984": the
			 * maker the goods before a participle of buying name */
			const mention *m = M(d, k);
			if (m->t0 > rec->t1 && m->t1 <= bv && ent__is_state_mention(m) && !m->possessive &&
			    ((m->gz == GZ_DEMONYM && qualifies_weapon(d, s, k)) || made_in(d, s, m)) &&
			    strcmp(m->code, rec->code) != 0 && kin(d, bv, w_bought_pp))
				sup = m;
		}
		if (!rec && kin(d, bv, w_bought_pp) && bv > s->t0 && d->t.v[bv - 1].kind == TK_WORD) {
			/* "Thailand's (Royal Thai Air Force's) older F-16 A/B jets
			 * bought in the 1980s": the owner of the goods before
			 * a participle of buying, further back */
			const mention *o = actor_before(d, s, bv, 12, 0);
			size_t q;
			for (q = o ? o->t1 : NONE; o && !o->possessive && q < o->t1 + 3 && q < bv; q++)
				if (kis(d, q, "'s") && d->t.v[o->t1].upper)
					break;
			if (o && (o->possessive || (q < o->t1 + 3 && q < bv)))
				rec = o;
		}
		if (!sup && rec && bv > rec->t1 && kin(d, bv, w_bought_pp)) {
			/* "will replace the Thai air force's older F-16 jets
			 * bought in the 1980s": the goods right before the
			 * participle name their maker, not other goods before */
			for (k = s->m1; k > s->m0; k--) {
				const mention *m = M(d, k - 1);
				if (m->t1 > bv)
					continue;
				if (m->t1 + 5 < bv)
					break;
				if (m->gz == GZ_WEAPON && m->canon && m->code &&
				    strcmp(m->code, rec->code) != 0) {
					maker = m->code;
					break;
				}
			}
		}
		if (!rec) {
			/* "the arrival of ... from India for the Philippine Navy" */
			const mention *f = after_prep(d, s, bv, "for");
			if (f && (!sup || strcmp(f->code, sup->code)))
				rec = f;
		}
		rule = "deal.buy_verb";
	} else {
		/* "after agreements with Poland and Ukraine": the states joined
		 * after "deals with" are each a partner of a third, and no pair
		 * of one deal */
		if (!s->forced_deal && dn != NONE && deal_with_pair(d, s, dn))
			return ENT_OK;
		rule = s->forced_deal ? "deal.table_row" : "deal.noun";
		for (k = dn; dn != NONE && !s->forced_deal && k + 1 < s->t1; k++)
			if (kis(d, k, "order") && k > s->t0 + 1 && kis(d, k - 1, "'s") &&
			    kis(d, k + 1, "of")) {
				on = k;
				break;
			}
		if (on != NONE) {
			/* "Oman's order of 12 Eurofighter Typhoons": the owner of
			 * the order buys (the seller is "from X" or the maker) */
			const mention *o = actor_before(d, s, on, 1, 1);
			if (o && o->possessive) {
				rec = o;
				sup = after_prep(d, s, on, "from");
				if (sup && strcmp(sup->code, rec->code) == 0)
					sup = NULL;
			}
		}
		if (!rec && !sup && !s->forced_deal && package_for(d, s, dn, &sup, &rec))
			; /* "the US approval of a weapons package for Taiwan" */
		else if (sg != NONE && !s->forced_deal && (sup = after_prep(d, s, sg, "from"))) {
			/* "Abu Dhabi signed for 80 Rafale fighters from France" */
			rec = actor_before(d, s, sg, 8, 1);
			if (!rec)
				rec = pronoun_subject(d, s, sg);
			if (!rec)
				rec = s->subj_def;
			if (!rec)
				sup = NULL;
		}
	}

	/* a state delivering to its own forces is no transfer */
	if (sup && rec && strcmp(sup->code, rec->code) == 0)
		return ENT_OK;
	directional = sv != NONE || bv != NONE;
	mention kmen;
	char kref[12];
	if (!rec && directional && kingdom_ref(d, s, sup ? sup->code : NULL, kref)) {
		/* "to supply ... batteries to the kingdom" */
		memset(&kmen, 0, sizeof kmen);
		kmen.kind = MK_ACTOR;
		kmen.gz = GZ_STATE;
		kmen.code = kref;
		rec = &kmen;
	}
	if (!rec && directional)
		rec = that_country(d, s, sup);
	mention pmen;
	const char *fp;
	const mention *nsup = sup;
	if (!rec && !sup && !maker && dn != NONE && sv == NONE && bv == NONE && !s->forced_deal)
		for (k = s->m0; k < s->m1 && !nsup; k++) {
			/* "an order for Chinese armoured vehicles": the maker of
			 * the goods after the deal's noun */
			const mention *m = M(d, k);
			if (m->t0 > dn && ent__is_state_mention(m) &&
			    ((m->gz == GZ_DEMONYM && qualifies_weapon(d, s, k)) || m->gz == GZ_FIRM ||
			     made_in(d, s, m)))
				nsup = m;
		}
	if (!rec && nsup && !s->forced_deal &&
	    ((dn != NONE && (sv == NONE || dn < sv)) || (bv != NONE && (sv == NONE || bv < sv))) &&
	    weapon_mentions(d, s) > 0 && (fp = focus_partner(d, s, nsup)) != NULL &&
	    !designation_maker(d, s, nsup->code)) {
		sup = nsup;
		/* "Among the deals was an order for Chinese fighter jets" in a
		 * text about Argentina and China: the other of the pair buys */
		memset(&pmen, 0, sizeof pmen);
		pmen.kind = MK_ACTOR;
		pmen.gz = GZ_STATE;
		pmen.code = fp;
		rec = &pmen;
	}
	mention lmen;
	int lone_items = 0;
	if (!rec && sup && sv != NONE && (bv == NONE || sv < bv) && sv > s->t0 &&
	    KIN(d, sv - 1, w_be) && d->lone_buyer_unit >= 0 && s->unit > d->lone_buyer_unit &&
	    d->units[s->unit].para <= d->units[d->lone_buyer_unit].para + 1 &&
	    strcmp(d->lone_buyer, sup->code) != 0 && goods_anaphor_subject(d, s, sv)) {
		/* "Kenya has announced the acquisition of rocket launchers.
		 * The systems were supplied by China's Norinco.": goods
		 * supplied "by" a seller, with no buyer named, go to the
		 * buyer of the purchase told just before without a seller */
		memset(&lmen, 0, sizeof lmen);
		lmen.kind = MK_ACTOR;
		lmen.gz = GZ_STATE;
		lmen.code = d->lone_buyer;
		rec = &lmen;
		lone_items = 1;
	}
	mention rmen;
	const char *rc_of;
	if (!rec && sup && sv != NONE && (bv == NONE || sv < bv) &&
	    (!KIN(d, sv, w_supply_noun) || supply_as_verb(d, s, sv, sup)) &&
	    (rc_of = recipient_of(d, s, sup->code)) != NULL && strcmp(rc_of, sup->code) != 0) {
		/* "India has earlier handed over two OPVs, ..." after a
		 * delivery of India's to Sri Lanka: the recipient of the
		 * supplier's deal the text was speaking of */
		memset(&rmen, 0, sizeof rmen);
		rmen.kind = MK_ACTOR;
		rmen.gz = GZ_STATE;
		rmen.code = rc_of;
		rec = &rmen;
	}
	mention fmen;
	const char *follow = NULL;
	if (!sup && !rec && (follow = follow_on(d, s)) != NULL) {
		/* "An additional contract for another two ships was signed in
		 * 2018": a further order of the deal just stated */
		memset(&fmen, 0, sizeof fmen);
		fmen.kind = MK_ACTOR;
		fmen.gz = GZ_STATE;
		fmen.code = d->cands[d->last_deal].f.recipient.s;
		rec = &fmen;
		maker = follow;
	}
	int further = -1;
	if (rec && !sup && !maker && bv != NONE && (further = further_order(d, s, rec->code)) >= 0)
		maker = d->cands[further].f.suppliers[0].s;
	if (rec && !sup && !maker) {
		/* the Pakistani JF-17 delivered to Pakistan's air force: domestic */
		if (designation_maker(d, s, NULL) && !designation_maker(d, s, rec->code))
			return ENT_OK;
		maker = designation_maker(d, s, rec->code);
	}

	int prev_goods = 0;
	if (rec && !sup && !maker && directional &&
	    (pronoun_object(d, s, sv != NONE && (bv == NONE || sv < bv) ? sv : bv) ||
	     demonstrative_goods(d, s, sv != NONE && (bv == NONE || sv < bv) ? sv : bv))) {
		/* "The army showed the Russian Pantsir system. Serbia had
		 * acquired this in 2020": the goods of the unit before, and
		 * the seller they name */
		if ((maker = prev_items_owner(d, s, rec->code)) != NULL)
			prev_goods = 1;
	}

	/* a buyer named without a seller, kept for a later "were supplied by X" */
	const mention *lone_rec =
		rec && !sup && !maker && bv != NONE && (sv == NONE || bv < sv) ? rec : NULL;
	if ((!sup || !rec) && !maker) {
		/* an open pair: "Y signed a deal with X", "a deal between X and Y",
		 * "the X-Y deal", or the pair of the table */
		const mention *a = NULL, *b = NULL;
		for (k = s->m0; k < s->m1; k++) {
			const mention *m = M(d, k);
			if (!ent__is_state_mention(m) || described_possessor(d, m, s->t1))
				continue;
			if (m->t0 > 0 && kis(d, m->t0 - 1, "against"))
				continue;
			if (dateline_place(d, s, m) && m != sup && m != rec)
				continue; /* "Hanoi (VNA) - Thailand signed ..." */
			/* with a verb of transfer, "Kazakhstan's neighbours" is not a party */
			if (directional && m->possessive && m != sup && m != rec)
				continue;
			if (speaker(d, s, m) && m != sup && m != rec)
				continue; /* "Turkish media reported" */
			if ((opinion_agent(d, s, m) || opposing_subject(d, s, m, trig)) && m != sup &&
			    m != rec)
				continue; /* "a sale opposed by India", "India opposed the sale" */
			if (thanked(d, s, m) && m != sup && m != rec)
				continue; /* "his gratitude to Poland for the package" */
			if (background_state(d, s, m) && m != sup && m != rec)
				continue; /* "amid ... after Russia's invasion of Ukraine" */
			if (a && !b && m->t0 == a->t1 + 1 && kis(d, a->t1, "-") &&
			    k + 1 < s->m1 && M(d, k + 1)->gz == GZ_WEAPON &&
			    M(d, k + 1)->t0 <= m->t1 + 1)
				continue; /* "the Sino-Pakistan JF-17": co-makers, no pair */
			if (sup && !rec && m != sup && seller_phrase(d, s, m))
				continue; /* "..., a Rafale deal with France and Typhoons from
					   * Britain": other sellers, no buyer */
			if (m->t0 > s->t0 + 1 && kis(d, m->t0 - 1, "with") &&
			    (KIN(d, m->t0 - 2, w_interest) || kis(d, m->t0 - 2, "relations")))
				continue; /* "talks with Washington": no party to the deal */
			if (directional && m != sup && m != rec) {
				/* "delivered in South Korea": a place, no party */
				size_t wb = word_before(d, s, m);
				if (wb != NONE && (kis(d, wb, "in") || kis(d, wb, "at")) && wb > trig)
					continue;
				/* "20 Russian jets and a dozen Turkish drones have
				 * been received": two makers are no pair */
				if (a && m->gz == GZ_DEMONYM && qualifies_weapon(d, s, k) &&
				    a->gz == GZ_DEMONYM && strcmp(a->code, m->code) != 0) {
					size_t ka;
					for (ka = s->m0; ka < k && M(d, ka) != a; ka++)
						;
					if (ka < k && qualifies_weapon(d, s, ka))
						continue;
				}
			}
			if (!a)
				a = m;
			else if (strcmp(m->code, a->code) != 0 && !b)
				b = m;
		}
		if (!lone_rec && a && !b && !sup && !rec && bv != NONE && (sv == NONE || bv < sv) &&
		    a->t1 <= bv)
			lone_rec = a; /* "The Kenyan army has acquired rocket launchers" */
		if (!b && sg != NONE) {
			/* "Last year it signed an agreement with Embraer" */
			const mention *p = pronoun_subject(d, s, sg);
			if (!p)
				p = s->subj_def;
			if (p && a && strcmp(p->code, a->code) != 0)
				b = p;
			else if (p && !a)
				a = p;
		} else if (!b && s->subj_def && a && strcmp(s->subj_def->code, a->code) != 0) {
			b = s->subj_def; /* "..., and placed an order with South Korea" */
		}
		if (sup && !rec) {
			/* supplier known, recipient from the others */
			if (a && strcmp(a->code, sup->code) != 0)
				rec = a;
			else if (b && strcmp(b->code, sup->code) != 0)
				rec = b;
		} else if (rec && !sup) {
			if (a && strcmp(a->code, rec->code) != 0)
				sup = a;
			else if (b && strcmp(b->code, rec->code) != 0)
				sup = b;
		}
		if (!rec && a && !b && (!sup || (sg != NONE && sv != NONE && sg < sv && sup == a)) &&
		    (sg != NONE || bv != NONE || dn != NONE)) {
			/* "Pakistan signed a contract (for the delivery of) two
			 * Type 054A/P frigates": the one state named takes
			 * delivery of a system another state's industry makes */
			const char *mk = designation_maker(d, s, a->code);
			if (mk && !designation_maker(d, s, mk)) {
				rec = a;
				sup = NULL;
				maker = mk;
			}
		}
		if ((!sup || !rec) && !maker) {
			char ana[4][12];
			const char *mk = designation_maker(d, s, NULL);
			if (a && b && mk && strcmp(mk, a->code) && strcmp(mk, b->code) &&
			    !designation_maker(d, s, mk) &&
			    ((sg == NONE && !directional) ||
			     (a->t0 > trig && coordinated_pair(d, s, b)))) {
				/* "the US should grant India a waiver on the S-400
				 * deal": a system of a third state's make is no
				 * deal between the two named; nor between two named
				 * side by side after the deal ("the Leopard sale was
				 * sealed as the minister set off to visit Chile and
				 * Peru"), unlike "Chile and Peru signed a deal" */
			} else if (a && b) {
				memcpy(pa, a->code, 12);
				memcpy(pb, b->code, 12);
			} else if (anaphor_states(d, s, ana) == 2) {
				memcpy(pa, ana[0], 12);
				memcpy(pb, ana[1], 12);
			} else if (rec && directional && (disc = supplier_of(d, rec->code)) &&
				   status_of(d, s) == ENT_STATUS_REPORTED && !money_near(d, s, trig) &&
				   hedged(d, s, trig)) {
				/* "The first of the planes will be delivered to the
				 * Portuguese forces in 2023": a schedule of the deal
				 * the text was speaking of, no deal of its own */
				return ENT_OK;
			} else if (rec && directional && (disc = supplier_of(d, rec->code))) {
				/* "Some of that hardware was delivered to Armenia": the
				 * supplier the text was speaking of */
				memcpy(pa, rec->code, 12);
				memcpy(pb, disc, 12);
				disc_items = 1;
			} else if (s->pair_def[0][0]) {
				const char *known = a ? a->code : rec ? rec->code : sup ? sup->code : NULL;
				if (known && strcmp(known, s->pair_def[0]) && strcmp(known, s->pair_def[1])) {
					/* a third state named in a table row: keep the row's own pair */
					memcpy(pa, s->pair_def[0], 12);
					memcpy(pb, known, 12);
				} else {
					memcpy(pa, s->pair_def[0], 12);
					memcpy(pb, s->pair_def[1], 12);
				}
			}
			sup = rec = NULL;
		}
	}

	{
		/* the year of the stage the span ends at, else the first named */
		size_t at;
		int sy;
		status_at(d, s, &at);
		sy = stage_year(d, s, at);
		year = sy >= 0 ? sy : year_in(d, s);
		if (!year)
			year = s->year_def;
	}
	mv = money_near(d, s, trig);

	/* a transfer stated as done ("gifted", "delivered") is an event, a deal;
	 * "X supplies Y", "X's supplies to Y" without particulars is a tie */
	supply_only = sv != NONE && (bv == NONE || sv < bv) && !KIN(d, sv, w_delivered) &&
		      !mv && !s->value_def.present && !year && dn == NONE && sg == NONE &&
		      !s->forced_deal;

	if ((rc = ent__cand_new(d, supply_only ? ENT_FACT_SUPPLY : ENT_FACT_DEAL, s->unit, &c)))
		return rc;
	if ((rc = add_items(d, c, s, &designation, &quantity)))
		return rc;
	c->further = further >= 0;
	if (c->f.nitems == 0 && further >= 0) {
		/* the goods of the deal it adds to, without its numbers */
		const ent_fact *o = &d->cands[further].f;
		for (k = 0; k < o->nitems; k++)
			if ((rc = ent_fact_add_item(&c->f, o->items[k].category, o->items[k].text,
						    o->items[k].text ? strlen(o->items[k].text) : 0,
						    o->items[k].designation, -1)))
				return rc;
	}
	if (c->f.nitems == 0 && lone_items) {
		span prev;
		span_of_unit(d, (size_t)d->lone_buyer_unit, &prev);
		if ((rc = add_items(d, c, &prev, NULL, NULL)))
			return rc;
	}
	if (c->f.nitems == 0 && (disc_items || prev_goods || refers_back(d, s)) && s->unit > 0) {
		/* "that hardware", "these weapons": the items of the sentence before */
		span prev;
		span_of_unit(d, (size_t)s->unit - 1, &prev);
		if ((rc = add_items(d, c, &prev, NULL, NULL)))
			return rc;
	}
	if (supply_only && (designation || quantity)) {
		c->f.type = ENT_FACT_DEAL;
		supply_only = 0;
	}
	if (maker && rec) {
		c->maker_only = !follow && further < 0 && !prev_goods;
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, maker);
		ent_code_set(&c->f.recipient, rec->code);
		c->directed = 1;
	} else if (sup && rec) {
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup->code);
		for (k = 1; k < ngroup; k++)
			if (strcmp(group[k]->code, rec->code) != 0)
				ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, group[k]->code);
		ent_fact_sort_codes(c->f.suppliers, c->f.nsuppliers);
		ent_code_set(&c->f.recipient, rec->code);
		c->directed = 1;
	} else if (pa[0]) {
		set_pair(c, pa, pb);
	} else if (!mv && !s->value_def.present) {
		c->dropped = 1; /* nobody and nothing to tell it apart: not a fact */
		if (lone_rec && c->f.nitems > 0 && s->unit >= 0) {
			/* a purchase without a seller: a later "were supplied by
			 * X" may name it */
			snprintf(d->lone_buyer, sizeof d->lone_buyer, "%s", lone_rec->code);
			d->lone_buyer_unit = s->unit;
		}
	} else {
		c->anaphoric = 1; /* "the $2 billion deal": joins a deal by value */
	}
	if (mv)
		c->f.value = mv->value;
	else if (s->value_def.present)
		c->f.value = s->value_def;
	c->f.year = supply_only ? 0 : year;
	dated = year != 0;
	c->f.status = supply_only ? ENT_STATUS_NONE : status_of(d, s);
	/* "a $250 million ... deal (2023)": a deal with its price and year is
	 * one that was made */
	if (c->f.status == ENT_STATUS_REPORTED && dn != NONE && c->f.value.present && year &&
	    (!d->doc_year || year <= d->doc_year))
		c->f.status = ENT_STATUS_SIGNED;
	/* "Oman's order of 12 jets in December 2012": an order made */
	if (on != NONE && rec && c->f.status == ENT_STATUS_REPORTED && year &&
	    (!d->doc_year || year <= d->doc_year))
		c->f.status = ENT_STATUS_ORDERED;
	c->f.confidence = s->forced_deal ? 0.6 : 0.7;
	if (hedged(d, s, trig)) {
		/* "will take delivery ... under the agreement signed in 2022": a
		 * stage the span states as done stands; otherwise it is reported */
		if (!supply_only && c->f.status > ENT_STATUS_REPORTED) {
			c->f.confidence = 0.5;
		} else {
			if (!supply_only)
				c->f.status = ENT_STATUS_REPORTED;
			c->f.confidence = 0.35;
		}
	}
	if (supply_only)
		c->f.confidence = 0.5;
	/* "will start receiving the systems next year": a year after the
	 * document's own in a sentence that only announces is a schedule,
	 * no year of a stage */
	if (c->f.status == ENT_STATUS_REPORTED && d->doc_year && c->f.year > d->doc_year &&
	    !mv && hedged(d, s, trig))
		c->f.year = 0;
	/* a deal reported as done, or only reported (planned, hedged), with
	 * no year of its own is of the document's date: the dateline gives
	 * the year of its stage */
	if (!supply_only && !dated && d->doc_year && c->f.status >= ENT_STATUS_REPORTED)
		c->f.year = d->doc_year;
	/* A deal needs something to be about: a value, an item or a table row;
	 * a transfer of arms named only generically ("India supplied weapons
	 * to Armenia in 2023") is about arms of no stated kind */
	if (!supply_only && c->f.nitems == 0 && !s->forced_deal && !c->anaphoric) {
		/* the words follow the verb of transfer, not a signing before
		 * it ("approved the sale of six packages of weaponry to X") */
		size_t gv = sv != NONE && (bv == NONE || sv < bv) ? sv : bv != NONE ? bv : trig;
		int valued = mv || s->value_def.present;
		size_t g = c->directed && (sv != NONE || bv != NONE) &&
				   (valued || !stage_pending(d, s, trig))
				   ? find_in(d, gv + 1, gv + 7 < s->t1 ? gv + 7 : s->t1,
					     w_arms_generic)
				   : NONE;
		if (g == NONE && c->directed && bv != NONE && (sv == NONE || bv < sv) && !valued)
			g = gear_given_by(d, s, bv + 1, bv + 12 < s->t1 ? bv + 12 : s->t1, &c->f);
		if (g != NONE) {
			if ((rc = ent_fact_add_item(&c->f, ENT_CAT_OTHER, d->text + d->t.v[g].start,
						    d->t.v[g].end - d->t.v[g].start, NULL, -1)))
				return rc;
		} else if (!valued) {
			c->dropped = 1;
		}
	}
	/* a supply tie is only stated by "X supplies ... to Y" itself; with
	 * the noun ("Russia's arms shipments"), Y follows it */
	if (supply_only && (!c->directed || sv == NONE))
		c->dropped = 1;
	if (supply_only && sv != NONE && KIN(d, sv, w_supply_noun) && !(rec && rec->t0 > sv))
		c->dropped = 1;
	if (c->dropped)
		return ENT_OK;
	if (c->f.type == ENT_FACT_DEAL && !c->anaphoric)
		d->last_deal = (int)(c - d->cands);
	if ((rc = emit(d, c, s, supply_only ? "supply.verb" : rule)))
		return rc;
	int ey;
	if (!supply_only && c->directed && (ey = earlier_deal_year(d, s)) != 0) {
		/* the earlier deal as a deal of its own, without this one's price */
		size_t ci = (size_t)(c - d->cands);
		cand *one;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		c = &d->cands[ci]; /* the array may have moved */
		if (c->f.year == ey) /* the year is the earlier deal's */
			c->f.year = d->doc_year && c->f.status > ENT_STATUS_REPORTED ? d->doc_year : 0;
		one->f.year = ey;
		one->f.status = ENT_STATUS_SIGNED;
		memset(&one->f.value, 0, sizeof one->f.value);
		one->directed = 1;
		one->earlier = 1;
	}
	if (!supply_only && c->directed && nsellers && !designation && sup && rec &&
	    ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, sup->code)) {
		/* "bought rifles and mortar rounds from Bulgaria, Romania
		 * and Slovakia": generic goods from each seller of a list are a
		 * transfer of its own (not a system several states make) */
		size_t ci = (size_t)(c - d->cands);
		for (k = 0; k < nsellers; k++) {
			cand *one;
			if (strcmp(sellers[k]->code, rec->code) == 0)
				continue;
			if ((rc = cand_clone(d, ci, s->unit, &one)))
				return rc;
			one->f.nsuppliers = 1;
			ent_code_set(&one->f.suppliers[0], sellers[k]->code);
			one->directed = 1;
		}
		c = &d->cands[ci]; /* the array may have moved */
	}
	if (c->directed && rec && sv != NONE && (bv == NONE || sv < bv) && rec->t0 > sv &&
	    !strcmp(c->f.recipient.s, rec->code)) {
		/* "exported howitzers to Turkey, Poland and Norway": one
		 * transfer to each state of the list */
		const mention *more[ENT_FACT_MAX_ACTORS];
		size_t nmore = recipient_list(d, s, rec, more, ENT_FACT_MAX_ACTORS), ci;
		ci = (size_t)(c - d->cands);
		/* a seller inside the list of buyers: the list is not read */
		for (k = 0; k < nmore; k++)
			if (ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, more[k]->code))
				nmore = 0;
		for (k = 0; k < nmore; k++) {
			cand *one;
			if (!strcmp(more[k]->code, rec->code))
				continue;
			if ((rc = cand_clone(d, ci, s->unit, &one)))
				return rc;
			memset(&one->f.value, 0, sizeof one->f.value); /* the list's price is no one's */
			ent_code_set(&one->f.recipient, more[k]->code);
			one->directed = 1;
		}
		c = &d->cands[ci]; /* the array may have moved */
	}
	if (!supply_only && c->directed) {
		size_t ci = (size_t)(c - d->cands);
		rc = split_by_dated_name(d, c, s, trig);
		c = &d->cands[ci]; /* the array may have moved */
		if (rc)
			return rc;
	}
	/* two items of one category ("12 fighter jets from South Korea and
	 * four utility helicopters from Canada") are one item of the fact but
	 * two of the list: count the weapon mentions, not the items */
	if (!supply_only && c->directed && bv != NONE && bv == spv && c->f.recipient.s[0]) {
		size_t ci = (size_t)(c - d->cands), before = d->ncands;
		if ((rc = split_by_sum(d, c, s, spv)))
			return rc;
		c = &d->cands[ci];
		if (d->ncands > before)
			return ENT_OK; /* each sum's goods name their own seller */
	}
	if (!supply_only && c->directed && c->f.recipient.s[0] && (bv != NONE || sv != NONE) &&
	    weapon_mentions(d, s) >= 2) {
		/* "bought A for $X and B for $Y": one purchase per price */
		size_t ci = (size_t)(c - d->cands), before = d->ncands;
		if ((rc = split_by_price(d, c, s, sv != NONE && (bv == NONE || sv < bv) ? sv : bv)))
			return rc;
		c = &d->cands[ci];
		if (d->ncands > before)
			return ENT_OK;
	}
	if (!supply_only && c->directed && c->f.recipient.s[0] && bv != NONE &&
	    (sv == NONE || bv < sv) && dn == NONE && kin_local(d, bv, w_bought_list) &&
	    weapon_mentions(d, s) >= 2) {
		/* "has bought 24 A, a B and two C": one purchase per item */
		size_t ci = (size_t)(c - d->cands), before = d->ncands;
		if ((rc = split_by_item(d, c, s, bv)))
			return rc;
		c = &d->cands[ci];
		if (d->ncands > before)
			return ENT_OK;
	}
	if (!supply_only && c->directed && weapon_mentions(d, s) >= 2 && c->f.recipient.s[0]) {
		size_t ci = (size_t)(c - d->cands);
		/* goods added to the deal just stated ("four additional
		 * radars") are of that deal's seller, whoever makes them */
		if ((rc = split_by_owner(d, c, s, (sup != NULL && !maker) || follow)))
			return rc;
		c = &d->cands[ci];
	}
	/* "Turkish-Pakistani supplies to Y": a supply tie for each supplier */
	while (supply_only && KIN(d, sv, w_supply_noun) && c->f.nsuppliers > 1) {
		cand *one;
		size_t ci = (size_t)(c - d->cands);
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		c = &d->cands[ci]; /* the array may have moved */
		one->directed = 1;
		one->f.nsuppliers = 1;
		one->f.suppliers[0] = c->f.suppliers[c->f.nsuppliers - 1];
		c->f.nsuppliers--;
	}
	return ENT_OK;
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

/* "the Kekar Malindo Exercise Series 12/2023": "Series" (or "Serial")
 * after the word of the drill opens an edition mark, no name; the name is
 * before the word. */
static int ex_series_mark(const dctx *d, const span *s, size_t i)
{
	return (kis(d, i, "series") || kis(d, i, "serial")) && i + 1 < s->t1 &&
	       d->t.v[i + 1].kind == TK_NUM;
}

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

static int exercise_name(const dctx *d, const span *s, size_t trig, uint32_t *b0, uint32_t *b1)
{
	size_t i, j;
	for (i = s->t0; i < s->t1; i++) {
		if ((kis(d, i, "operation") || kis(d, i, "exercise") || kis(d, i, "exercises") ||
		     kis(d, i, "drills") || kis(d, i, "drill")) &&
		    i + 1 < s->t1 &&
		    ((is_name_word(d, i + 1) && d->t.v[i + 1].kind == TK_WORD) ||
		     ((!d->t.v[i].upper || i == s->t0) && name_opener(d, s, i + 1))) &&
		    !d->t.v[i].allcaps && !starts_actor(d, s, i + 1) && !ex_series_mark(d, s, i + 1)) {
			j = i + 1;
			if (!is_name_word(d, j))
				j++; /* "Sea" of "Sea Breeze" */
			while (j < s->t1 && (is_name_word(d, j) || (kis(d, j, "-") && j + 1 < s->t1 &&
								      is_name_word(d, j + 1))))
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
		    !starts_actor(d, s, i + 2) && !kin(d, i + 2, w_ex_date_word)) {
			j = i + 2;
			while (j < s->t1 && j < i + 8 &&
			       (is_name_word(d, j) ||
				(kis(d, j, "-") && j + 1 < s->t1 && is_name_word(d, j + 1))))
				j++;
			if (j < s->t1 && (kis(d, j, ",") || kis(d, j, ".") || kis(d, j, ")"))) {
				*b0 = d->t.v[i + 2].start;
				*b1 = d->t.v[j - 1].end;
				return 1;
			}
		}
		/* "named/called" name the drill only close after its word
		 * ("exercises named 'X'"), not a ship further on ("... Landing
		 * Helicopter Dock, named X") */
		if (kis(d, i, "codenamed") || kis(d, i, "dubbed") ||
		    ((kis(d, i, "named") || kis(d, i, "called")) &&
		     (trig == NONE || (i > trig && i <= trig + 4))) ||
		    kis(d, i, "titled") || kis(d, i, "entitled") || kis(d, i, "christened")) {
			j = i + 1;
			if (j < s->t1 && (kis(d, j, "'") || kis(d, j, "\"")))
				j++;
			i = j;
			while (j < s->t1 && (is_name_word(d, j) || kis(d, j, "-")))
				j++;
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
		for (j = i + 1; j < s->t1 && j < i + 8; j++) {
			/* the closing mark is the opening one, and what it
			 * closes is all name: not "Joint exercise like '..." */
			if (kis(d, j, K(i))) {
				if (j > i + 1 && d->t.v[i + 1].upper) {
					*b0 = d->t.v[i + 1].start;
					*b1 = d->t.v[j - 1].end;
					return 1;
				}
				break;
			}
			/* within the marks a capitalised word names: 'Joint Sea-2025' */
			if (!(is_name_word(d, j) || kis(d, j, "-") ||
			      (d->t.v[j].kind == TK_WORD && d->t.v[j].upper) ||
			      (j > i + 1 && (kis(d, j, "of") || kis(d, j, "the") || kis(d, j, "and")))))
				break;
		}
	}
	/* "Eagle Partner exercise", "Three Brothers-2021 drills", also past
	 * words of the drill's kind: "the Sea Lion naval exercise" */
	if (trig > s->t0) {
		static const char *kind[] = {"naval", "military", "air", "army", "maritime",
					     "joint", "combined", "bilateral", "trilateral",
					     "multinational", "war", "field", "training", NULL};
		j = trig;
		while (j > s->t0 + 1 && j + 3 > trig && kin(d, j - 1, kind) &&
		       !d->t.v[j - 1].upper)
			j--;
		/* not a date: "began on Friday military exercises" */
		if (j < trig && (!is_name_word(d, j - 1) || kin(d, j - 1, w_ex_date_word)))
			j = trig;
		i = j;
		while (i > s->t0 && (is_name_word(d, i - 1) || (kis(d, i - 1, "-") && i - 1 > s->t0 &&
								is_name_word(d, i - 2))))
			i--;
		/* "the Sea Breeze exercises" */
		if (i > s->t0 && i < j && name_opener(d, s, i - 1))
			i--;
		/* drop leading state names and demonyms */
		while (i < j) {
			size_t k, skip = 0;
			for (k = s->m0; k < s->m1; k++)
				if (M(d, k)->t0 == i && M(d, k)->kind == MK_ACTOR) {
					skip = M(d, k)->t1 - i;
					break;
				}
			if (!skip && kis(d, i, "-"))
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

static const char *w_speaker_noun[] = {
	"officials", "official", "minister", "ministry", "spokesman", "spokesperson", "spokeswoman",
	"president", "ambassador", "embassy", "media", "sources", "analysts", "experts", "press",
	"diplomats", "diplomat", "foreign", "envoy", "leaders", "leader", NULL};
static const char *w_speech_verb[] = {
	"said", "says", "regretted", "regrets", "expressed", "condemned", "criticised",
	"criticized", "warned", "welcomed", "noted", "urged", "called", "complained", "protested",
	"summoned", "stated", "told", "added", "adds", NULL};

/* Is this state only speaking about the event ("Russian officials said",
 * "Russia regretted ...")? */
static int speaker(const dctx *d, const span *s, const mention *m)
{
	size_t i = m->t1;
	if (i < s->t1 && kis(d, i, "'s"))
		i++;
	if (i < s->t1 && KIN(d, i, w_speech_verb))
		return 1;
	if (i < s->t1 && KIN(d, i, w_speaker_noun))
		return 1;
	/* "Armenia's defense ministry said", "the Russian foreign minister" */
	return i + 1 < s->t1 && d->t.v[i].kind == TK_WORD && !d->t.v[i].upper &&
	       KIN(d, i + 1, w_speaker_noun);
}

/* ---- who takes part in an exercise, and when ------------------------------ */

/* Words around a state that place a drill rather than name a party: "near
 * its border with X", "in a region bordering X", "close to X", "off the
 * coast of X", "at the X-Y border". */
static const char *w_ex_near[] = {"near", "bordering", "off", "close", "nearby", "along",
				  "toward", "towards", "border", "borders", "frontier", NULL};
static const char *w_ex_near_skip[] = {"the", "its", "their", "his", "her", "of", "coast",
				       "coasts", "shores", "waters", "with", "to", NULL};
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
/* Clause openers whose states are background: "amid X's ties with Y". */
static const char *w_ex_background[] = {"amid", "amidst", "despite", "backdrop", NULL};
/* "none of X's business", "X's objections": the possessor is no party. */
static const char *w_ex_not_party_noun[] = {
	"business", "concern", "concerns", "objection", "objections", "skepticism",
	"scepticism", "criticism", "affair", "affairs", "opposition", "protest", "protests", NULL};
/* "X had raised objections to the drill", "X objected", "X protested". */
static const char *w_ex_object_verb[] = {
	"raised", "objected", "objects", "object", "opposed", "opposes", "protested",
	"protests", "criticised", "criticized", "condemned", "slammed", "denounced", "lodged",
	"suspicious", "wary", "skeptical", "sceptical", "critical", NULL};
static const char *w_ex_aux[] = {"had", "has", "have", "also", "strongly", "repeatedly",
				 "already", "earlier", "been", "is", "was", "are", "were", NULL};
static const char *w_ex_stop[] = {",", ";", ":", "(", ")", ".", NULL};
/* Waters named after a state are places: "the Sea of Japan", "the Gulf of
 * Oman", "the East China Sea", "the Indian Ocean". */
static const char *w_ex_water[] = {"sea", "seas", "gulf", "strait", "straits", "bay", "ocean",
				   "channel", NULL};
/* Verbs of a purpose clause after the drill whose object is no party: "as
 * they seek to counterbalance X", "to deter X", "a warning to X". */
static const char *w_ex_purpose[] = {
	"counterbalance", "counterbalancing", "counterweight", "deter", "deters", "deterring",
	"contain", "containing", "intimidate", "intimidating", "coerce", "coercing", "warn",
	"warning", "signal", "signalling", "signaling", NULL};
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
	static const char *open[] = {"prior", "before", "after", "following", "ahead", NULL};
	static const char *dets[] = {"this", "that", "the", "these", "those", "its", "their", NULL};
	size_t i, det = NONE;
	/* an opening phrase is short: the walks stay bounded */
	if (trig == NONE || m->t0 >= trig || m->t0 > s->t0 + 16 || !kin(d, s->t0, open))
		return 0;
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

static const char *w_ex_observer[] = {"observer", "observers", NULL};

/* Is the state of mention m an observer of the drill, not a party: "with X
 * and Y as observers", "X, Y and Z attended as observers", "observers
 * from X and Y", "observer states X and Y"?  The walk over the list steps
 * through the sorted mentions with the tokens, so it costs the list's
 * length. */
static int ex_observer(const dctx *d, const span *s, const mention *m)
{
	static const char *list[] = {",", "and", "the", NULL};
	static const char *aux[] = {"were", "was", "attended", "participated", "joined", "took",
				    "part", "also", "only", "present", NULL};
	size_t km = (size_t)(m - M(d, 0)), k, i = m->t1, n;
	/* forwards over the rest of the list, then "(attended) as observers" */
	for (k = km + 1, n = 0; i < s->t1 && n < 24; n++) {
		while (k < s->m1 && M(d, k)->t0 < i)
			k++;
		if (kin(d, i, list))
			i++;
		else if (k < s->m1 && M(d, k)->t0 == i && ent__is_state_mention(M(d, k)))
			i = M(d, k)->t1;
		else
			break;
	}
	for (n = 0; i < s->t1 && n < 3 && kin(d, i, aux); n++)
		i++;
	if (i + 1 < s->t1 && kis(d, i, "as") && kin(d, i + 1, w_ex_observer))
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
	for (i = m->t0, k = km, n = 0; i > s->t0 && n < 24; n++) {
		while (k > s->m0 && M(d, k - 1)->t1 > i)
			k--;
		if (kin(d, i - 1, list))
			i--;
		else if (k > s->m0 && M(d, k - 1)->t1 == i && ent__is_state_mention(M(d, k - 1)))
			i = M(d, --k)->t0;
		else
			break;
	}
	if (i > s->t0 + 1 && (kis(d, i - 1, "from") || kis(d, i - 1, "of")))
		i--;
	else if (i > s->t0 && (kis(d, i - 1, "states") || kis(d, i - 1, "countries") ||
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
				  "brought", "drew", "gathered", NULL};

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
 * protests and Z's claims": a setting word after the drill word holds the
 * states after it, over commas, until a word that brings in partners
 * ("with", "involving", "included") or another drill word. */
static int ex_background_tail(const dctx *d, const span *s, const mention *m, size_t trig)
{
	static const char *partners[] = {"with", "involving", "alongside", ";", NULL};
	size_t i, j;
	for (i = trig + 1; i < m->t0 && !kin(d, i, w_ex_background); i++)
		;
	if (i >= m->t0)
		return 0;
	for (j = i + 1; j < m->t0; j++)
		if (kin(d, j, partners) || kin(d, j, w_ex_join) || KIN(d, j, w_exercise))
			return 0;
	(void)s;
	return 1;
}

static int ex_not_party(const dctx *d, const span *s, const mention *m, size_t trig)
{
	size_t i, n;
	if (ex_water_name(d, s, m) || ex_in_time_opener(d, s, m, trig) || ex_observer(d, s, m) ||
	    ex_past_participant(d, s, m))
		return 1;
	/* backwards over "the coast of", "border with", "close to" */
	for (i = m->t0, n = 0; i > s->t0 && n < 4 && kin(d, i - 1, w_ex_near_skip); i--, n++)
		;
	if (i > s->t0 && kin(d, i - 1, w_ex_near) &&
	    !(kis(d, i - 1, "close") && (i == m->t0 || !kis(d, i, "to"))) &&
	    !(kis(d, i - 1, "along") && i < m->t0 && kis(d, i, "with")) &&
	    !((kis(d, i - 1, "border") || kis(d, i - 1, "borders")) && i == m->t0))
		return 1;
	/* "criticized X for", "accused X of" */
	if (m->t0 > s->t0 && (KIN(d, m->t0 - 1, w_oppose_v) || kis(d, m->t0 - 1, "criticized")))
		return 1;
	/* "drawing condemnation from X", "protests by X": a critic */
	if (m->t0 > s->t0 + 1 && (kis(d, m->t0 - 1, "from") || kis(d, m->t0 - 1, "by")) &&
	    (kin(d, m->t0 - 2, w_ex_not_party_noun) || KIN(d, m->t0 - 2, w_oppose_n)))
		return 1;
	/* forwards: "the X-Y border", "X's border" (not "X's border guards") */
	i = m->t1;
	if (i < s->t1 && kis(d, i, "'s")) {
		if (i + 1 < s->t1 && kin(d, i + 1, w_ex_not_party_noun))
			return 1;
		i++;
	}
	for (n = 0; i < s->t1 && n < 4; i++, n++) {
		if (kin(d, i, w_ex_border))
			return !(i + 1 < s->t1 && kin(d, i + 1, w_ex_border_party));
		if (!(kis(d, i, "-") || (d->t.v[i].kind == TK_WORD && d->t.v[i].upper)))
			break;
	}
	/* "X had raised objections", "X strongly objected" */
	for (i = m->t1, n = 0; i < s->t1 && n < 3 && kin(d, i, w_ex_aux); i++, n++)
		;
	if (i < s->t1 && kin(d, i, w_ex_object_verb) && i != trig) {
		/* "raised objections", not "raised the number of drills" */
		size_t j = i + 1;
		if (!kis(d, i, "raised") && !kis(d, i, "lodged"))
			return 1;
		while (j < s->t1 && j < i + 3 && (KIN(d, j, w_det) || kis(d, j, "strong")))
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
		/* "exercises that push X to ...", "drills which threaten X": a
		 * relative clause right after the drill word names no party,
		 * unless its verb joins ("which included X") */
		if ((kis(d, p, "that") || kis(d, p, "which")) && p > s->t0 && p - 1 == trig &&
		    p + 1 < s->t1 && !kin(d, p + 1, w_ex_join) && !kin(d, p + 1, w_ex_aux) &&
		    !KIN(d, p + 1, w_be) && d->t.v[p + 1].kind == TK_WORD && !d->t.v[p + 1].upper)
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

/* Is the year of mention y another event's date ("the agreement between X
 * and Y in 1993 and 1996", "ties since 2011")? */
static int ex_year_of_other(const dctx *d, const span *s, const mention *y)
{
	size_t i, n;
	for (i = y->t0, n = 0; i > s->t0 && n < 10; i--, n++) {
		size_t p = i - 1;
		if (kin(d, p, w_ex_stop) || KIN(d, p, w_exercise))
			return 0;
		if (kin(d, p, w_ex_relation) && !kis(d, p, "skepticism") && !kis(d, p, "scepticism"))
			return 1;
		if (kis(d, p, "since"))
			return 1;
		/* "who once fought a war in 1962" (not "war games in 2019") */
		if (kis(d, p, "fought") ||
		    (KIN(d, p, w_conflict) && !(kis(d, p + 1, "games") || kis(d, p + 1, "game"))))
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

/* Add the states of the span that take part in the drill at trig (not its
 * places, critics, speakers or the name's own words) to c. */
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
		if (m->t0 > s->t0 && kis(d, m->t0 - 1, "against"))
			continue;
		if (ex_not_party(d, s, m, trig))
			continue;
		if (m->t0 > s->t0 && KIN(d, m->t0 - 1, w_locprep)) {
			if (!c->f.location)
				c->f.location = ent__strndup(d->text + m->start, m->end - m->start);
			if (m->gz == GZ_CAPITAL)
				continue;
		}
		if (has_name && m->start >= b0 && m->end <= b1)
			continue;
		if (speaker(d, s, m))
			continue;
		ent_fact_add_participant(&c->f, m->code);
	}
}

/* Words that mark another, earlier edition: "the previous edition", "last
 * year's drills", "since its inception in 2016", "first held in 2012". */
static const char *w_ex_prior[] = {"previous", "last", "earlier", "prior", "preceding", NULL};
static const char *w_ex_round[] = {"edition", "editions", "iteration", "round", "exercise",
				   "exercises", "drill", "drills", "wargames", "manoeuvres",
				   "maneuvers", "war", NULL};
static const char *w_ex_held[] = {"held", "conducted", "staged", "organised", "organized",
				  "launched", "hosted", NULL};

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
		for (h = i + 1; h < s->t1 && h < i + 6 && !kin(d, h, w_ex_held); h++)
			;
		if (h >= s->t1 || h >= i + 6)
			continue;
		j = h + 1;
		if (j < s->t1 && KIN(d, j, w_be))
			j++;
		if (j + 1 >= s->t1 || !kis(d, j, "in"))
			continue;
		for (k = s->m0; k < s->m1; k++) {
			const mention *y = M(d, k);
			if (y->kind == MK_YEAR && !y->from_month && y->t0 > j && y->t0 <= j + 2)
				return !cur || y->year < cur ? y->year : 0;
		}
	}
	return 0;
}

/* Does the span speak of an earlier edition of the exercise in play, dated
 * before the document's first exercise (cur)?  Returns that year, or 0. */
static int ex_other_edition(const dctx *d, const span *s, int cur)
{
	size_t i, j, k;
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
	}
	return 0;
}

/* Does the span tell another, numbered or next, edition of the exercise in
 * play ("In 2023, the two countries held the twelfth edition in Turkey",
 * "the 5th iteration was conducted in 2019")?  Returns its year when that
 * differs from the one in play, or 0. */
static int ex_numbered_edition(const dctx *d, const span *s, const cand *in)
{
	static const char *ord[] = {"second", "third", "fourth", "fifth", "sixth", "seventh",
				    "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
				    "fourteenth", "fifteenth", "sixteenth", "seventeenth",
				    "eighteenth", "nineteenth", "twentieth", "next", "latest", NULL};
	static const char *took[] = {"took", "was", NULL};
	size_t i;
	int y;
	if (!in->f.year)
		return 0;
	for (i = s->t0 + 1; i < s->t1; i++) {
		const char *k;
		if (!(kis(d, i, "edition") || kis(d, i, "iteration")))
			continue;
		k = K(i - 1);
		if (!(kin(d, i - 1, ord) ||
		      (k[0] >= '0' && k[0] <= '9' && strlen(k) > 2 &&
		       (!strcmp(k + strlen(k) - 2, "th") || !strcmp(k + strlen(k) - 2, "st") ||
			!strcmp(k + strlen(k) - 2, "nd") || !strcmp(k + strlen(k) - 2, "rd")))))
			continue;
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
		if (!(c->f.name = ent__strndup(in->f.name, n)))
			return ENT_ENOMEM;
	}
	c->f.year = year;
	c->f.confidence = 0.6;
	if (c->f.nparticipants < 2) {
		c->dropped = 1;
		return ENT_OK;
	}
	return emit(d, c, s, "exercise.edition");
}

static int more_editions(dctx *d, const span *s, size_t ci);

/* Words that date a drill relative to the text's own time. */
static const char *w_ex_rel_time[] = {"last", "next", "recently", "annually", "annual",
				      "yearly", "currently", "now", "today", "upcoming", "every",
				      "later", "since", NULL};

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

/* Is a drill in reach of s for more parties (see ex_more_parties)? */
static int ex_in_reach(const dctx *d, const span *s)
{
	const cand *in;
	int from;
	if (ex_pending(d, s) >= 0)
		return 1;
	if (d->last_exercise < 0 || s->unit < 1)
		return 0;
	in = &d->cands[d->last_exercise];
	from = d->more_parties_unit > in->unit ? d->more_parties_unit : in->unit;
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
	static const char *drill[] = {"training", "trainings", "it", "them", NULL};
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

/* The word after which "the participating nations are X, Y" lists parties:
 * "participating/participant" + a noun of states or forces + a verb of
 * being or including; NONE when the span has no such head. */
static size_t ex_participants_head(const dctx *d, const span *s)
{
	static const char *part[] = {"participating", "participant", NULL};
	static const char *forces[] = {"navies", "armies", "forces", "militaries", "troops",
				       "units", "contingents", NULL};
	static const char *come[] = {"come", "came", "hail", "are", "were", NULL};
	static const char *part_v[] = {"participate", "participating", "part", NULL};
	size_t i, j;
	/* "The participants were X, Y" */
	i = s->t0 + (kis(d, s->t0, "the") ? 1 : 0);
	if (i + 1 < s->t1 && kis(d, i, "participants") &&
	    (kis(d, i + 1, "are") || kis(d, i + 1, "were") || kis(d, i + 1, "include") ||
	     kis(d, i + 1, "included")))
		return i + 1;
	/* "Other (allied) partners include X, Y" */
	if (kis(d, s->t0, "other"))
		for (i = s->t0 + 1; i + 1 < s->t1 && i < s->t0 + 4; i++)
			if ((KIN(d, i, w_group_noun) || kis(d, i, "participants")) &&
			    (kis(d, i + 1, "include") || kis(d, i + 1, "included")))
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
		 * participating countries include ...") */
		if (i >= s->t0 + 4 && !(kis(d, i - 1, "the") && kis(d, i - 2, ",")))
			continue;
		if (!kin(d, i, part) || !(KIN(d, i + 1, w_group_noun) || kin(d, i + 1, forces)))
			continue;
		if (kis(d, i + 2, "are") || kis(d, i + 2, "were") || kis(d, i + 2, "include") ||
		    kis(d, i + 2, "included"))
			return i + 2;
		/* "Participating troops come from X, Y" */
		if (i + 3 < s->t1 && kin(d, i + 2, come) && kis(d, i + 3, "from"))
			return i + 3;
	}
	return NONE;
}

/* A sentence that goes on about the latest exercise (up to three units
 * back) and, after the verb at v, names more of its parties adds them to
 * it, all or none (a list longer than a fact holds is left out rather than
 * cut).  Returns 1 when it did. */
static int ex_more_parties(dctx *d, const span *s, size_t lo, size_t hi, size_t trig)
{
	ent_code add[ENT_FACT_MAX_PARTICIPANTS];
	size_t n = 0, k, j, total;
	int pi = ex_pending(d, s), from;
	cand *in;
	if (pi < 0)
		pi = d->last_exercise;
	if (pi < 0 || s->unit < 1)
		return 0;
	in = &d->cands[pi];
	/* a list that goes on over several sentences counts from its last */
	from = pi == d->last_exercise && d->more_parties_unit > in->unit ? d->more_parties_unit
									 : in->unit;
	if (in->dropped ? pi != d->pending_exercise
			: in->unit >= s->unit || s->unit - from > 3)
		return 0;
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
	for (k = 0; k < d->ncands && n < 2; k++)
		n += d->cands[k].f.type == ENT_FACT_EXERCISE && !d->cands[k].dropped;
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

/* The words of a drill's own noun phrase before its word: "the first
 * Russian (large-scale) military drills", "China's snap naval drills". */
static const char *w_ex_premod[] = {
	"military", "naval", "navy", "air", "army", "ground", "land", "maritime", "amphibious",
	"war", "large", "scale", "major", "massive", "snap", "latest", "recent", "new", "annual",
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
		return 2;
	if (nown == 0 && (*owner = ex_agent_owner(d, s, trig)) != NULL)
		return 1; /* "military exercises launched by Beijing" */
	if (nown != 1)
		return 0;
	for (i = trig + 1, n = 0; i < s->t1 && n < 12 && !kin(d, i, w_ex_stop); i++, n++)
		if (kin(d, i, w_ex_partner) || kin(d, i, w_ex_join))
			return 0;
	return 1;
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

/* "exercise (maximum) restraint", "exercises its sovereignty": the verb,
 * no drill. */
static int ex_verb_use(const dctx *d, const span *s, size_t trig)
{
	static const char *verb[] = {"exercise", "exercises", "exercised", "exercising", NULL};
	static const char *mod[] = {"maximum", "utmost", "greater", "more", "full", "extreme",
				    "due", "its", "their", "great", "the", "some", NULL};
	static const char *obj[] = {"restraint", "caution", "control", "sovereignty", "right",
				    "rights", "jurisdiction", "power", "powers", "influence",
				    "authority", "discretion", "patience", "vigilance", "leadership",
				    "care", "option", "options", "veto", "judgment", "judgement",
				    "prudence", "calm", NULL};
	size_t i = trig + 1, n;
	if (!kin(d, trig, verb))
		return 0;
	for (n = 0; i < s->t1 && n < 2 && kin(d, i, mod); n++)
		i++;
	return i < s->t1 && kin(d, i, obj);
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
				       "militaries", "military", NULL};
	size_t i, j, k = s->m0;
	for (i = s->t0; i + 2 < s->t1; i++) {
		if (!(kis(d, i + 1, "with") || kis(d, i + 1, "alongside")) || !kin(d, i, train))
			continue;
		for (j = i + 2; j < s->t1 && j < i + 8 && !kin(d, j, w_ex_stop); j++) {
			while (k < s->m1 && M(d, k)->t0 < j)
				k++;
			if (kin(d, j, forces) ||
			    (j == i + 2 && k < s->m1 && M(d, k)->t0 == j &&
			     (M(d, k)->gz == GZ_STATE || M(d, k)->gz == GZ_CAPITAL)))
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
 * Navy"); NULL when none. */
static const mention *ex_forces_owner(const dctx *d, const span *s, size_t trig,
				      const char *other)
{
	static const char *craft[] = {"vessels", "vessel", "ships", "ship", "crew", "crews",
				      "troops", "contingent", "frigate", "corvette", "submarine",
				      "warship", "warships", "units", "sailors", "soldiers", NULL};
	static const char *force[] = {"navy", "army", "forces", "military", "navies", "armed",
				      "air", "marines", NULL};
	size_t k, i, u;
	int ok = 0;
	if (trig == NONE || s->unit < 1)
		return NULL;
	for (k = s->m0; k < s->m1 && M(d, k)->t0 < trig; k++)
		if (ent__is_state_mention(M(d, k)))
			return NULL;
	for (i = s->t0; i < trig && !ok; i++)
		ok = kin(d, i, craft);
	if (!ok)
		return NULL;
	for (u = (size_t)s->unit; u > 0 && u + 3 > (size_t)s->unit; u--) {
		span prev;
		const mention *last = NULL;
		span_of_unit(d, u - 1, &prev);
		for (k = prev.m0; k < prev.m1; k++) {
			const mention *m = M(d, k);
			if (m->gz == GZ_DEMONYM && m->t1 < prev.t1 && kin(d, m->t1, force) &&
			    strcmp(m->code, other) != 0)
				last = m;
		}
		if (last)
			return last;
	}
	return NULL;
}

static const char *w_ex_coincide[] = {"coincide", "coincides", "coincided", "coinciding",
				      NULL};

/* "The drills coincide with exercises between X and Y": the drill told
 * after a verb of coinciding (token q) is another one, whose parties are
 * those named after q; *tmp holds that part of s.  Other links keep s. */
static const span *ex_coinciding_clause(const dctx *d, const span *s, size_t q, span *tmp)
{
	if (!kin(d, q, w_ex_coincide))
		return s;
	*tmp = *s;
	narrow(d, tmp, q + 1, s->t1);
	return tmp;
}

/* "signed an agreement on joint exercises", "the 2023 agreement
 * encompassing joint exercises and intelligence sharing": drills an
 * agreement covers (the noun of the agreement at most six tokens before
 * a word of covering, then at most four modifiers before the exercise
 * word trig) are no drill held. */
static int ex_agreement_object(const dctx *d, const span *s, size_t trig)
{
	static const char *cover[] = {"on", "for", "covering", "covers", "cover", "encompassing",
				      "encompasses", "including", "includes", "include",
				      "envisaging", "envisages", "regarding", "providing", NULL};
	static const char *relation[] = {"partnership", "partnerships", "cooperation",
					 "relationship", NULL};
	size_t i = trig, j, n;
	for (n = 0; i > s->t0 && n < 4 && KIN(d, i - 1, w_name_stop) && !kis(d, i - 1, "on") &&
		    !kis(d, i - 1, "for");
	     i--, n++)
		;
	if (i <= s->t0 || !kin(d, i - 1, cover))
		return 0;
	for (j = i - 1; j > s->t0 && j + 7 > i; j--)
		if (KIN(d, j - 1, w_deal_noun))
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

static int rule_exercise(dctx *d, const span *s)
{
	static const char *hold[] = {"held", "hold", "holds", "holding", "conducted", "conduct",
				     "conducts", "began", "begin", "begins", "started", "launched",
				     "staged", NULL};
	static const char *intent[] = {"agreed", "agree", "agrees", "plan", "plans", "planned",
				       "proposed", "discussed", "intend", "intends", "pledged", NULL};
	size_t trig = find_in(d, s->t0, s->t1, w_exercise);
	uint32_t b0 = 0, b1 = 0;
	int has_name, rc, year, train = 0;
	span sub_span;
	const cand *in;
	cand *c;
	while (trig != NONE && ex_verb_use(d, s, trig))
		trig = find_in(d, trig + 1, s->t1, w_exercise);
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
			int pat = kis(d, i, "patrol") || kis(d, i, "patrols");
			if (!pat && !kis(d, i, "training"))
				continue;
			if (pat && i + 1 < s->t1 && kin(d, i + 1, craft))
				continue;
			for (j = i - 1; j > s->t0 && j + 4 > i && !(pat ? kin(d, j, joint) : kis(d, j, "joint"));
			     j--)
				;
			if (!(pat ? kin(d, j, joint) : kis(d, j, "joint")) || j == s->t0)
				continue;
			back = pat ? 7 : 4;
			if (find_in(d, j > s->t0 + back ? j - back : s->t0, j, hold) != NONE)
				trig = i;
		}
	}

	if (trig == NONE && !s->forced_exercise && (trig = ex_train_with(d, s)) != NONE)
		train = 1;
	if (trig != NONE && !train && trig > s->t0 &&
	    (kis(d, trig - 1, "to") || kis(d, trig - 1, "will")))
		return ENT_OK; /* "to exercise restraint" */
	if (!s->forced_exercise && (in = ex_in_play(d, s->unit)) != NULL) {
		/* an edition is earlier than the document's first exercise */
		const cand *first = ex_first(d);
		int cur = first && first->f.year ? first->f.year : d->doc_year, ey;
		if ((ey = ex_other_edition(d, s, cur)) != 0 ||
		    (ey = ex_numbered_edition(d, s, in)) != 0 || (ey = ex_first_held(d, s, cur)) != 0)
			return rule_exercise_past(d, s, trig, ey, in);
	}
	if (trig == NONE && !s->forced_exercise) {
		size_t v = ex_participants_head(d, s);
		if (v != NONE && ex_more_parties_sole(d, s, v + 1, s->t1, NONE))
			return ENT_OK;
		/* "Aircraft from X and Y will also participate" (only when
		 * a drill is in reach: most sentences name none) */
		v = ex_in_reach(d, s) ? ex_join_verb(d, s) : NONE;
		if (v != NONE && ex_more_parties(d, s, s->t0, v, NONE))
			return ENT_OK;
		return rule_exercise_edition(d, s);
	}
	if (trig == NONE)
		trig = s->t0;
	has_name = exercise_name(d, s, trig, &b0, &b1);
	/* "the exercise was ..." without a name refers back: nothing new,
	 * but the parties it lists after a verb of including or joining
	 * ("The wargames were joined by troops from X and Y") */
	if (!has_name && trig > s->t0 && !s->forced_exercise &&
	    (kis(d, trig - 1, "the") || kis(d, trig - 1, "this") || kis(d, trig - 1, "that"))) {
		static const char *sub[] = {"after", "before", "following", "since", "when", NULL};
		size_t v = find_in(d, trig + 1, s->t1, w_ex_join), t2, q;
		int first_drill = 0;
		if (v != NONE) {
			ex_more_parties_sole(d, s, v + 1, s->t1, trig);
		} else if ((v = find_in(d, s->t0, trig, w_ex_participation)) != NONE &&
			   kis(d, v + 1, "of")) {
			/* "With the participation of 40 navies, including X and
			 * Y, the drill began" */
			ex_more_parties(d, s, v + 1, trig, trig);
		} else {
			/* "Mongolia also took part in the drills", "Troops from
			 * X and Y joined the exercise" */
			static const char *join_in[] = {"joined", "participated", "participating",
							"participate", "part", NULL};
			v = find_in(d, s->t0, trig, join_in);
			if (v != NONE && (!kis(d, v, "part") ||
					  (v > s->t0 && (kis(d, v - 1, "took") || kis(d, v - 1, "take") ||
							 kis(d, v - 1, "takes") || kis(d, v - 1, "taking")))))
				/* "Forces from X, Y and Z will take part in the
				 * drills" told before any drill: the drill itself */
				first_drill = ex_first(d) == NULL && d->last_exercise < 0 &&
							      ex_pending(d, s) < 0
						      ? 1
						      : (ex_more_parties_sole(d, s, s->t0, v, trig), 0);
		}
		/* "The drill comes weeks after X held the Y exercise with Z":
		 * the clause after "after/before" tells a drill of its own */
		t2 = first_drill ? NONE : find_in(d, trig + 1, s->t1, w_exercise);
		q = t2 != NONE ? find_in(d, trig + 1, t2, sub) : NONE;
		if (q == NONE && t2 != NONE)
			q = find_in(d, trig + 1, t2, w_ex_coincide);
		if (q == NONE && !first_drill)
			return ENT_OK;
		if (q != NONE) {
			trig = t2;
			s = ex_coinciding_clause(d, s, q, &sub_span);
			has_name = exercise_name(d, s, trig, &b0, &b1);
		}
	}
	if (span_has(d, s, w_negation) && !has_name)
		return ENT_OK;
	if (!has_name && !s->forced_exercise && ex_test_setting(d, s, trig))
		return ENT_OK;
	if (!s->forced_exercise && ex_series_history(d, s, trig))
		return ENT_OK;
	/* "agreed to deepen ties and to hold more joint drills": an intention
	 * without a name is no exercise */
	if (!has_name && find_in(d, trig > s->t0 + 10 ? trig - 10 : s->t0, trig, intent) != NONE)
		return ENT_OK;
	if (!has_name && !s->forced_exercise && ex_agreement_object(d, s, trig))
		return ENT_OK; /* "an agreement on joint exercises" */

	if ((rc = ent__cand_new(d, ENT_FACT_EXERCISE, s->unit, &c)))
		return rc;
	ex_add_parties(d, s, trig, has_name, b0, b1, c);
	if (s->pair_def[0][0]) {
		ent_fact_add_participant(&c->f, s->pair_def[0]);
		ent_fact_add_participant(&c->f, s->pair_def[1]);
	}
	{
		char ana[4][12];
		int w, na = anaphor_states(d, s, ana);
		for (w = 0; w < na; w++)
			ent_fact_add_participant(&c->f, ana[w]);
	}
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
	year = exercise_year(d, s);
	/* a paragraph that opens "In 2019, ..." dates the drills it tells
	 * without a date of their own ("last month", "annually" are dates) */
	if (!year && !s->year_def && s->unit >= 0 && d->para_open_year &&
	    d->para_of_open == d->units[s->unit].para && !span_has(d, s, w_ex_rel_time))
		year = d->para_open_year;
	c->f.year = year ? year : s->year_def ? s->year_def : d->doc_year;
	c->f.confidence = 0.7;
	if (c->f.nparticipants < 2 && !(has_name && c->f.nparticipants == 1)) {
		c->dropped = 1;
		/* a named drill without parties waits for a later list
		 * of them (exercise.pending) */
		if (has_name && !c->f.nparticipants)
			d->pending_exercise = (int)(c - d->cands);
		return ENT_OK;
	}
	d->last_exercise = (int)(c - d->cands);
	d->more_parties_unit = -1;
	if ((rc = emit(d, c, s, "exercise.trigger")))
		return rc;
	return more_editions(d, s, (size_t)(c - d->cands));
}

/* "held similar drills in 2019 and 2022": the years joined to the
 * exercise's own year by "and" or a comma are further editions of it, each
 * a copy of candidate ci with that year. */
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
		    y->t0 != p->t1 + 1 || !(kis(d, p->t1, "and") || kis(d, p->t1, ",")) ||
		    p->year != last || y->year == d->cands[ci].f.year)
			continue;
		last = y->year;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		one->f.year = y->year;
	}
	return ENT_OK;
}

/* ---- stances -------------------------------------------------------------- */

static const mention *issue_near(const dctx *d, const span *s, size_t from, size_t to)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->kind == MK_ACTOR && m->gz == GZ_ISSUE && m->t0 >= from && m->t0 < to)
			return m;
	}
	return NULL;
}

static int add_stance1(dctx *d, const span *s, const mention *actor, const mention *target,
		       ent_polarity pol, size_t after, size_t next_trig, const char *rule)
{
	cand *c;
	const mention *iss;
	int rc, year;
	if (!actor || !target || strcmp(actor->code, target->code) == 0)
		return ENT_OK;
	if ((rc = ent__cand_new(d, ENT_FACT_STANCE, s->unit, &c)))
		return rc;
	ent_code_set(&c->f.actor, actor->code);
	ent_code_set(&c->f.target, target->code);
	c->f.polarity = pol;
	iss = issue_near(d, s, after, next_trig);
	if (!iss)
		iss = issue_near(d, s, s->t0, s->t1);
	if (iss && !(c->f.issue = ent__strdup(iss->canon)))
		return ENT_ENOMEM;
	year = year_in(d, s);
	c->f.year = year ? year : s->year_def;
	c->f.confidence = 0.7;
	return emit(d, c, s, rule);
}

/* "supporting" states a stance only in a progressive of the clause's
 * subject ("Russia is actively supporting Y"), not after "to be" ("X is
 * said to be supporting Y": hearsay) nor as a modifier ("a statement
 * supporting Y"); other support verbs always do. */
static int progressive_support(const dctx *d, const span *s, size_t i)
{
	size_t q = i, n = 0;
	if (!kis(d, i, "supporting"))
		return 1;
	while (q > s->t0 && n < 2 && (ly_adverb(d, q - 1) || kis(d, q - 1, "also") ||
				      kis(d, q - 1, "still"))) {
		q--;
		n++;
	}
	return q > s->t0 && KIN(d, q - 1, w_be) && !kis(d, q - 1, "be");
}

/* "China and Russia oppose ...", "Turkey, Azerbaijan and Pakistan pledged
 * ...": the states coordinated with mention a by "and" (a comma list needs
 * one), in text order, a among them; only a when a is no name of the
 * gazetteer's mentions or the list follows a preposition ("between X and
 * Y", "from X and Y"). */
static size_t coordinated_pp(const dctx *d, const span *s, const mention *a, const mention **out,
			     size_t max, int in_pp);

static size_t coordinated(const dctx *d, const span *s, const mention *a, const mention **out,
			  size_t max)
{
	return coordinated_pp(d, s, a, out, max, 0);
}

/* as coordinated(); with in_pp a list after a preposition counts too ("backed
 * by Turkey and Pakistan": every agent) */
static const char *w_envoy_n[] = {"ambassador", "ambassadors", "envoy", "envoys", NULL};

/* A list of states starting at token j that names the members of a group
 * before it, not the object of a preposition: "countries such as X and Y",
 * "many members, such as X, Y and Z", "the ambassadors of/for/from X and Y"
 * (no preposition among the few words before the group noun). */
static int list_names_group(const dctx *d, const span *s, size_t j)
{
	static const char *gov[] = {"of", "for", "from", NULL};
	size_t g, q, n;
	if (j < s->t0 + 2)
		return 0;
	if (kis(d, j - 1, "as") && kis(d, j - 2, "such")) {
		g = j - 2;
		if (g > s->t0 && kis(d, g - 1, ","))
			g--;
		if (g == s->t0 || !KIN(d, g - 1, w_group_noun))
			return 0;
	} else if (kin(d, j - 1, gov) && (kin(d, j - 2, w_envoy_n) ||
					  kis(d, j - 2, "representatives") ||
					  kis(d, j - 2, "diplomats"))) {
		g = j - 1;
	} else {
		return 0;
	}
	/* "attacks on countries such as ...": the group is an object itself */
	for (q = g - 1, n = 0; q > s->t0 && n < 5 && d->t.v[q - 1].kind == TK_WORD; q--, n++)
		if (kis(d, q - 1, "on") || kis(d, q - 1, "against") || kis(d, q - 1, "to") ||
		    kis(d, q - 1, "with") || kis(d, q - 1, "by") || kis(d, q - 1, "from") ||
		    kis(d, q - 1, "for") || kis(d, q - 1, "in"))
			return 0;
	return 1;
}

static size_t coordinated_pp(const dctx *d, const span *s, const mention *a, const mention **out,
			     size_t max, int in_pp)
{
	static const char *preps[] = {"with", "from", "to", "for", "by", "of", "against", "in",
				      "on", "over", "as", "than", "between", "among", "amongst",
				      "and", "at", "into", "toward", "towards", "via", NULL};
	size_t k0, k1, k, n = 0, j;
	int and = 0, dem;
	out[0] = a;
	if (!a || a < d->m.v || a >= d->m.v + d->m.n || a->gz == GZ_FIRM ||
	    !(a->gz == GZ_STATE || a->gz == GZ_CAPITAL || a->gz == GZ_DEMONYM))
		return 1;
	dem = a->gz == GZ_DEMONYM;
	k0 = k1 = (size_t)(a - d->m.v);
	if (k0 < s->m0 || k0 >= s->m1)
		return 1;
	/* leftwards: "X and a", "X, Y and a" */
	while (k0 > s->m0) {
		const mention *p = M(d, k0 - 1), *c = M(d, k0);
		size_t jn = c->t0;
		if (jn > s->t0 + 1 && kis(d, jn - 1, "the"))
			jn--; /* "Saudi Arabia, the United Arab Emirates and" */
		if (jn == 0)
			break;
		j = jn - 1;
		if (kis(d, j, "and")) {
			if (j > 0 && kis(d, j - 1, ","))
				j--;
		} else if (!kis(d, j, ",")) {
			break;
		}
		if (p->t1 != j || !ent__is_state_mention(p) || p->gz == GZ_FIRM ||
		    !(p->gz == GZ_STATE || p->gz == GZ_CAPITAL || p->gz == GZ_DEMONYM) ||
		    (p->gz == GZ_DEMONYM) != dem || p->possessive)
			break;
		and |= kis(d, jn - 1, "and");
		k0--;
	}
	/* rightwards: "a and Y", "a, Y and Z" */
	while (k1 + 1 < s->m1 && !M(d, k1)->possessive) {
		const mention *c = M(d, k1), *nx = M(d, k1 + 1);
		int isand = 0;
		j = c->t1;
		if (j < s->t1 && kis(d, j, ",") && j + 1 < s->t1 && kis(d, j + 1, "and")) {
			j += 2;
			isand = 1;
		} else if (j < s->t1 && kis(d, j, "and")) {
			j++;
			isand = 1;
		} else if (j < s->t1 && kis(d, j, ",")) {
			j++;
		} else {
			break;
		}
		if (j + 1 < s->t1 && kis(d, j, "the") && nx->t0 == j + 1)
			j++; /* "X, the United Arab Emirates, Y and Z" */
		if (nx->t0 != j || !ent__is_state_mention(nx) || nx->gz == GZ_FIRM ||
		    !(nx->gz == GZ_STATE || nx->gz == GZ_CAPITAL || nx->gz == GZ_DEMONYM) ||
		    (nx->gz == GZ_DEMONYM) != dem || described_possessor(d, nx, s->t1))
			break;
		if (nx->possessive && !isand)
			break;
		and |= isand;
		k1++;
	}
	if (k0 != k1 && !and) {
		/* "Japan, South Korea, and Western countries": a list that
		 * closes with "and" and a group of states not named */
		j = M(d, k1)->t1;
		if (j < s->t1 && kis(d, j, ","))
			j++;
		if (j < s->t1 && kis(d, j, "and") && kis(d, j - 1, ",") && j + 1 < s->t1 &&
		    (kis(d, j + 1, "a") || kis(d, j + 1, "an"))) {
			and = 1; /* "the US, DR Congo, and a UN group of experts" */
		} else if (j < s->t1 && kis(d, j, "and")) {
			size_t q = j + 1, w = 0;
			while (q < s->t1 && w < 2 && d->t.v[q].kind == TK_WORD &&
			       !KIN(d, q, w_group_noun)) {
				q++;
				w++;
			}
			and = q < s->t1 && KIN(d, q, w_group_noun);
		}
	}
	if (k0 == k1 || !and)
		return 1;
	/* a list in a prepositional phrase is no subject */
	j = M(d, k0)->t0;
	if (j > s->t0 && KIN(d, j - 1, w_det))
		j--;
	if (!in_pp && j > s->t0 && kin(d, j - 1, preps) && !list_names_group(d, s, j))
		return 1;
	for (k = k0; k <= k1 && n < max; k++) {
		size_t q;
		int dup = 0;
		for (q = 0; q < n; q++)
			dup |= strcmp(out[q]->code, M(d, k)->code) == 0;
		if (!dup)
			out[n++] = M(d, k);
	}
	return n ? n : 1;
}

/* "the allies believe that Beijing has provided support to Moscow": a
 * stance others believe or allege is no stance the text reports. */
static int believed(const dctx *d, const span *s, const mention *a)
{
	static const char *w_belief[] = {"believe", "believes", "believed", "suspect",
					  "suspects", "suspected", "allege", "alleges", "alleged",
					  "speculate", "speculated", "rumoured", "rumored", NULL};
	size_t i;
	if (a < d->m.v || a >= d->m.v + d->m.n)
		return 0;
	for (i = s->t0; i + 1 < a->t0; i++)
		if (kin(d, i, w_belief) && kis(d, i + 1, "that"))
			return 1;
	return 0;
}

/* "accusing the United States, Russia, and France of failing": the states
 * of a list that starts at the target, has a comma and closes with "and",
 * and ends before a preposition or a stop; else only the target. */
static size_t coordinated_objects(const dctx *d, const span *s, const mention *t,
				  const mention **out, size_t max)
{
	static const char *after[] = {"of", "for", "over", "on", "in", "to", "with", "about",
				      ",", ".", ";", NULL};
	size_t k, k1, n = 0, j;
	int comma = 0, and = 0;
	out[0] = t;
	if (!t || t < d->m.v || t >= d->m.v + d->m.n || t->possessive ||
	    !(t->gz == GZ_STATE || t->gz == GZ_CAPITAL))
		return 1;
	k = k1 = (size_t)(t - d->m.v);
	if (k < s->m0 || k >= s->m1)
		return 1;
	while (k1 + 1 < s->m1 && !and) {
		const mention *c = M(d, k1), *nx = M(d, k1 + 1);
		j = c->t1;
		if (j + 1 < s->t1 && kis(d, j, ",") && kis(d, j + 1, "and")) {
			j += 2;
			and = comma = 1;
		} else if (j < s->t1 && kis(d, j, "and")) {
			j++;
			and = 1;
		} else if (j < s->t1 && kis(d, j, ",")) {
			j++;
			comma = 1;
		} else {
			break;
		}
		if (nx->t0 != j || !ent__is_state_mention(nx) || nx->possessive ||
		    !(nx->gz == GZ_STATE || nx->gz == GZ_CAPITAL))
			return 1;
		k1++;
	}
	j = M(d, k1)->t1;
	if (and && !comma) {
		/* "criticized China and Russia for ...", "accused X and Y of
		 * ...": two states before the preposition of the charge */
		if (!(j < s->t1 && (kis(d, j, "for") || kis(d, j, "of") || kis(d, j, "over"))))
			return 1;
	} else if (!and || !comma) {
		return 1;
	}
	if (j < s->t1 && !kin(d, j, after))
		return 1;
	for (; k <= k1 && n < max; k++)
		out[n++] = M(d, k);
	return n;
}

/* A stance of the actor and of every state coordinated with it. */
static int add_stance(dctx *d, const span *s, const mention *actor, const mention *target,
		      ent_polarity pol, size_t after, size_t next_trig, const char *rule)
{
	const mention *c[6];
	size_t n, k;
	int rc;
	const mention *tc[6];
	size_t nt, q;
	if (!actor || !target || believed(d, s, actor))
		return ENT_OK;
	n = coordinated(d, s, actor, c, 6);
	nt = coordinated_objects(d, s, target, tc, 6);
	for (k = 0; k < n; k++)
		for (q = 0; q < nt; q++)
			if ((rc = add_stance1(d, s, c[k], tc[q], pol, after, next_trig, rule)))
				return rc;
	return ENT_OK;
}

/* add_stance for an actor that is a state other than the target: no firm,
 * and no stance of a state toward itself. */
static int add_state_stance(dctx *d, const span *s, const mention *a, const mention *t,
			    ent_polarity pol, size_t i, const char *rule)
{
	if (!a || !t || a->gz == GZ_FIRM || strcmp(a->code, t->code) == 0)
		return ENT_OK;
	return add_stance(d, s, a, t, pol, i, s->t1, rule);
}

/* "Turkey, Azerbaijan and Pakistan pledged support for each other",
 * "X and Y remain at loggerheads": every state of the coordination toward
 * every other one. */
static int add_mutual(dctx *d, const span *s, const mention *actor, ent_polarity pol,
		      size_t after, size_t next_trig, const char *rule)
{
	const mention *c[6];
	size_t n, k, q;
	int rc;
	if (!actor)
		return ENT_OK;
	n = coordinated(d, s, actor, c, 6);
	for (k = 0; k < n; k++)
		for (q = 0; q < n; q++)
			if (k != q &&
			    (rc = add_stance1(d, s, c[k], c[q], pol, after, next_trig, rule)))
				return rc;
	return ENT_OK;
}

/* "each other", "each other's", "one another" at token j */
static int reciprocal_at(const dctx *d, const span *s, size_t j)
{
	return j + 1 < s->t1 && ((kis(d, j, "each") && kis(d, j + 1, "other")) ||
				 (kis(d, j, "one") && kis(d, j + 1, "another")));
}

/* "Azerbaijan supports settlement of Kashmir problem": a stance on an issue
 * with no state named is a stance toward the other state of the pair the
 * document is about, when the actor is one of that pair. */
static const mention *issue_party(const dctx *d, const span *s, const mention *a, size_t v)
{
	static mention other;
	const char *code = NULL;
	if (!issue_near(d, s, v, v + 8) || !d->focus[0][0])
		return NULL;
	if (!strcmp(a->code, d->focus[0]))
		code = d->focus[1];
	else if (!strcmp(a->code, d->focus[1]))
		code = d->focus[0];
	if (!code)
		return NULL;
	other = *a;
	other.code = code;
	return &other;
}

/* Two spellings of one surname: equal, or one with a final "h" the other
 * lacks ("Hajizade" / "Hajizadeh"), five letters at least. */
static int same_surname(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	if (strcmp(a, b) == 0)
		return 1;
	if (na + 1 == nb && na >= 5 && b[na] == 'h' && strncmp(a, b, na) == 0)
		return 1;
	return nb + 1 == na && nb >= 5 && a[nb] == 'h' && strncmp(a, b, nb) == 0;
}

/* Is the surname at token i, before the one at token p the document gave a
 * state's title, written with the same first name ("Prime Minister Boris
 * Johnson is appalled ... UK Prime Minister Boris Johnson said")? */
static int same_full_name(const dctx *d, size_t i, size_t p)
{
	return i > 0 && p > 0 && d->t.v[i - 1].kind == TK_WORD && d->t.v[i - 1].upper &&
	       strcmp(K(i - 1), K(p - 1)) == 0 && strcmp(K(i), K(p)) == 0;
}

/* The state a person stands for when token i is the surname of a person the
 * document named with a state's title, before i or, with the same first
 * name, after it; else NULL. */
static const mention *person_at(const dctx *d, size_t i)
{
	int k;
	if (i >= d->t.n || d->t.v[i].kind != TK_WORD || !d->t.v[i].upper)
		return NULL;
	for (k = 0; k < d->npersons; k++)
		if ((i >= d->persons[k].t || same_full_name(d, i, d->persons[k].t)) &&
		    same_surname(K(i), d->persons[k].key))
			return &d->persons[k].m;
	return NULL;
}

static int is_person(const dctx *d, const mention *a)
{
	int k;
	for (k = 0; k < d->npersons; k++)
		if (a == &d->persons[k].m)
			return 1;
	return 0;
}

/* The mention that starts at token i, or NULL. */
static const mention *mention_at(const dctx *d, const span *s, size_t i)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 == i)
			return M(d, k);
	return NULL;
}

static void add_person(dctx *d, size_t q, const char *code)
{
	struct person_ref *p;
	if (d->npersons >= (int)(sizeof d->persons / sizeof d->persons[0]))
		return;
	p = &d->persons[d->npersons++];
	strcpy(p->key, K(q));
	p->t = q;
	memset(&p->m, 0, sizeof p->m);
	p->m.kind = MK_ACTOR;
	p->m.gz = GZ_STATE;
	p->m.code = code;
	p->m.t0 = q;
	p->m.t1 = q + 1;
	p->m.start = d->t.v[q].start;
	p->m.end = d->t.v[q].end;
}

/* The first mention of the document at or after token i, as an index, or
 * d->m.n. */
static size_t mention_from(const dctx *d, size_t i)
{
	size_t k;
	for (k = 0; k < d->m.n; k++)
		if (M(d, k)->t0 >= i)
			return k;
	return d->m.n;
}

/* A title and a name with no state before them, speaking for the state of
 * the sentence: "Prime Minister Nikol Pashinyan said Armenia has ...",
 * "Armenia has left the talks, Prime Minister Nikol Pashinyan told
 * reporters". */
static void find_titled_speakers(dctx *d)
{
	static const char *say[] = {"said", "says", "told", "tells", "stated", "announced",
				    "declared", NULL};
	size_t u;
	for (u = 0; u < d->nunits; u++) {
		const unit *un = &d->units[u];
		size_t i;
		for (i = un->t0; i < un->t1; i++) {
			size_t j, q, nt = 0, k, a;
			int title = 0, dup = 0, c;
			const char *code = NULL;
			if (!d->t.v[i].upper || !(KIN(d, i, w_title) || KIN(d, i, w_title_mod)))
				continue;
			if (i > un->t0 && (d->t.v[i - 1].upper || kis(d, i - 1, "'s")))
				continue; /* "Turkish President", "Turkey's Defence Minister" */
			for (j = i; j < un->t1 && nt < 5 && d->t.v[j].upper &&
				    (KIN(d, j, w_title) || KIN(d, j, w_title_mod));
			     j++, nt++)
				title |= KIN(d, j, w_title);
			if (!title || kis(d, j - 1, "of"))
				continue;
			for (q = j; q < un->t1 && q < j + 4; q++) {
				size_t mq = mention_from(d, q);
				if (d->t.v[q].kind != TK_WORD || !d->t.v[q].upper ||
				    kin(d, q, w_not_name) || (mq < d->m.n && M(d, mq)->t0 == q))
					break;
			}
			if (q == j || q >= un->t1 || !kin(d, q, say))
				continue;
			a = q + 1;
			if (a < un->t1 && kis(d, a, "that"))
				a++;
			k = mention_from(d, a);
			if (k < d->m.n && M(d, k)->t0 == a && M(d, k)->gz == GZ_STATE &&
			    !M(d, k)->possessive)
				code = M(d, k)->code; /* "... said Armenia has" */
			else if (i > un->t0 && kis(d, i - 1, ",")) {
				k = mention_from(d, un->t0);
				if (k < d->m.n && M(d, k)->t0 == un->t0 && M(d, k)->gz == GZ_STATE &&
				    !M(d, k)->possessive)
					code = M(d, k)->code; /* "Armenia has ..., Prime Minister X told" */
				else if (kis(d, un->t0, "in") && k < d->m.n &&
					 M(d, k)->t0 == un->t0 + 1 && M(d, k)->t1 + 1 == i &&
					 M(d, k)->gz == GZ_STATE && !M(d, k)->possessive)
					code = M(d, k)->code; /* "In Norway, Foreign Minister X said" */
			}
			if (!code || strlen(K(q - 1)) >= sizeof d->persons[0].key)
				continue;
			for (c = 0; c < d->npersons; c++)
				dup |= strcmp(d->persons[c].key, K(q - 1)) == 0;
			if (!dup)
				add_person(d, q - 1, code);
			i = q;
		}
	}
}

/* "Turkish President Recep Tayyip Erdogan", "Pakistan Prime Minister Imran
 * Khan", "Turkey's Defense Minister Hulusi Akar": a state (name or demonym),
 * title words with a head title, then a capitalised name; its last word
 * stands for the state later in the document ("Erdogan said"), and so does
 * the first word of a two-word name of at most five letters, which may be
 * a surname written first ("Hua Chunying ... Hua said"). */
static void find_persons(dctx *d)
{
	size_t k, n = d->t.n;
	d->npersons = 0;
	for (k = 0; k < d->m.n && d->npersons < (int)(sizeof d->persons / sizeof d->persons[0]);
	     k++) {
		const mention *m = M(d, k);
		size_t i = m->t1, j, q, nt = 0, kn, the = 0;
		int title = 0, dup = 0, c;
		if (!ent__is_state_mention(m) || !(m->gz == GZ_STATE || m->gz == GZ_DEMONYM))
			continue;
		if (m->possessive)
			i++;
		while (i < n && nt < 5 && (KIN(d, i, w_title) || KIN(d, i, w_title_mod))) {
			title |= KIN(d, i, w_title);
			i++;
			nt++;
		}
		if (!title || i >= n || kis(d, i - 1, "of"))
			continue;
		if (i + 1 < n && kis(d, i, ",") && d->t.v[i + 1].kind == TK_WORD &&
		    d->t.v[i + 1].upper)
			i++; /* "Rama's Serbian counterpart, Aleksandar Vucic" */
		kn = k + 1;
		if (i + 2 < n && kis(d, i, "to") && kis(d, i + 1, "the"))
			the = 1; /* "US Ambassador to the Philippines/the UN Name" */
		if (i + 2 + the < n && kis(d, i, "to") &&
		    ((kis(d, i + 1 + the, "un") && d->t.v[i + 1 + the].allcaps) ||
		     (kis(d, i + 1 + the, "united") && kis(d, i + 2 + the, "nations")))) {
			/* "Britain's ambassador to the UN Name" */
			i += kis(d, i + 1 + the, "un") ? 2 + the : 3 + the;
			while (kn < d->m.n && M(d, kn)->t0 < i)
				kn++; /* a mention of the body itself */
			if (i < n && kis(d, i, ","))
				i++;
		} else if (i + 1 < n && kis(d, i, "to") && kn < d->m.n &&
			   M(d, kn)->t0 == i + 1 + the && ent__is_state_mention(M(d, kn))) {
			/* "Azerbaijan's Ambassador to Pakistan, Khazar Farhadov":
			 * the state before the title is the envoy's, not the host */
			i = M(d, kn)->t1;
			kn++;
			if (i < n && kis(d, i, ","))
				i++;
		}
		for (j = i; j < n && j < i + 4; j++) {
			if (d->t.v[j].kind != TK_WORD || !d->t.v[j].upper || kin(d, j, w_not_name))
				break;
			if (kn < d->m.n && M(d, kn)->t0 <= j)
				break; /* another name of the gazetteer */
			/* "Amir-Abdollahian" */
			if (j + 2 < n && kis(d, j + 1, "-") && !d->t.v[j + 1].space_before &&
			    d->t.v[j + 2].kind == TK_WORD && d->t.v[j + 2].upper)
				j += 2;
		}
		if (j == i)
			continue;
		q = j - 1;
		if (strlen(K(q)) >= sizeof d->persons[0].key)
			continue;
		for (c = 0; c < d->npersons; c++)
			dup |= strcmp(d->persons[c].key, K(q)) == 0;
		if (dup)
			continue;
		add_person(d, q, m->code);
		/* "spokesperson Hua Chunying ... Hua said": a short first word
		 * of a two-word name may be the surname */
		if (j == i + 2 && strlen(K(i)) <= 5 && d->t.v[i].kind == TK_WORD) {
			for (c = 0, dup = 0; c < d->npersons; c++)
				dup |= strcmp(d->persons[c].key, K(i)) == 0;
			if (!dup)
				add_person(d, i, m->code);
		}
	}
	find_titled_speakers(d);
}

static int quote_mark(const dctx *d, size_t i)
{
	return kis(d, i, "\"") || kis(d, i, "\xe2\x80\x9d") || kis(d, i, "\xe2\x80\x9c");
}

/* The state of a dateline that opens the text ("ANKARA: ...", "Ankara,
 * Turkey - ...", "BAKU, November 4. ..."): a capital or state at the start
 * of one of the first three units, then a colon or dash, or a comma and a
 * state and a dash, or a comma and a month; NULL when there is none. */
static const mention *dateline_state(const dctx *d)
{
	static const char *month[] = {"january", "february", "march", "april", "may", "june",
				      "july", "august", "september", "october", "november",
				      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
				      "sep", "sept", "oct", "nov", "dec", NULL};
	size_t u, k, j;
	for (u = 0; u < d->nunits && u < 3; u++) {
		const mention *m;
		k = mention_from(d, d->units[u].t0);
		if (k >= d->m.n || M(d, k)->t0 != d->units[u].t0)
			continue;
		m = M(d, k);
		if (!(m->gz == GZ_STATE || m->gz == GZ_CAPITAL) || m->possessive)
			continue;
		j = m->t1;
		if (j >= d->units[u].t1)
			continue;
		if (kis(d, j, ":") || kis(d, j, "-"))
			return m;
		if (!kis(d, j, ",") || j + 1 >= d->units[u].t1)
			continue;
		if (kin(d, j + 1, month))
			return m;
		if (k + 1 < d->m.n && M(d, k + 1)->t0 == j + 1 && M(d, k + 1)->gz == GZ_STATE &&
		    M(d, k + 1)->t1 < d->units[u].t1 &&
		    (kis(d, M(d, k + 1)->t1, "-") || kis(d, M(d, k + 1)->t1, ":")))
			return m;
	}
	return NULL;
}

/* Bodies that speak for a state left unnamed: "the foreign ministry said",
 * "the ministry", "the statement". */
static const char *w_unnamed_body[] = {"ministry", "statement", "spokesman", "spokesperson",
				       "spokeswoman", "government", "embassy", NULL};

/* Whose is "the (foreign) ministry" at token j: the state of the latest
 * ministry or government the text named with its state before j ("the
 * Armenian Ministry of Foreign Affairs ... the Ministry said"), else the
 * state of the dateline; NULL when neither. */
static const mention *unnamed_body_state(const dctx *d, size_t j)
{
	size_t k = mention_from(d, j), q;
	while (k > 0) {
		const mention *m = M(d, --k);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		for (q = m->t1; q < d->t.n && q < m->t1 + 4; q++) {
			if (kis(d, q, "ministry") || kis(d, q, "government") || kis(d, q, "embassy"))
				return m; /* "the French Embassy ... . The embassy" */
			if (!(kis(d, q, "'s") || kis(d, q, "foreign") || kis(d, q, "defence") ||
			      kis(d, q, "defense") || kis(d, q, "'")))
				break;
		}
	}
	return dateline_state(d);
}

/* "the foreign ministry said", "the statement said": an unnamed body at
 * token j (after its determiner) with a verb of saying within four tokens;
 * its state, or NULL. */
static const mention *unnamed_speaker(const dctx *d, size_t j)
{
	size_t q, n = d->t.n;
	if (j < n && (kis(d, j, "foreign") || kis(d, j, "defence") || kis(d, j, "defense")))
		j++;
	if (j >= n || !kin(d, j, w_unnamed_body))
		return NULL;
	for (q = j + 1; q < n && q < j + 5; q++)
		if (KIN(d, q, w_speech_verb))
			return unnamed_body_state(d, j);
	return NULL;
}

static const mention *latest_person(const dctx *d, const span *s, size_t t);

/* Is token j a capitalised title ("Minister", "Prime", "Defence") right
 * after a verb of saying, with a known person after it or after the rest
 * of the title: 'stated Minister Pistorius', 'said Prime Minister Sunak'?
 * The person's token, or 0. */
static size_t title_before_person(const dctx *d, size_t j)
{
	size_t q = j;
	if (j == 0 || !KIN(d, j - 1, w_speech_verb) || !d->t.v[j].upper)
		return 0;
	while (q < d->t.n && q < j + 3 && d->t.v[q].upper && kin(d, q, w_title_mod))
		q++;
	if (q >= d->t.n || !d->t.v[q].upper || !kin(d, q, w_title))
		return 0;
	return q + 1 < d->t.n && person_at(d, q + 1) != NULL ? q + 1 : 0;
}

/* Who speaks the quote holding token v ("I condemn X ...," Erdogan said):
 * the person or state named right after the closing quote, with a verb of
 * saying. */
static const mention *quote_speaker_after(const dctx *d, const span *s, size_t v)
{
	size_t i, j, n = d->t.n, k;
	for (i = v; i < n && i < v + 150; i++)
		if (quote_mark(d, i))
			break;
	if (i >= n || i >= v + 150)
		return NULL;
	for (j = i + 1; j < n && j < i + 5; j++) {
		const mention *p;
		if (kis(d, j, ",") || d->t.v[j].kind == TK_PUNCT)
			continue;
		if ((p = person_at(d, j)) != NULL)
			return (j + 1 < n && KIN(d, j + 1, w_speech_verb)) ||
					       KIN(d, j - 1, w_speech_verb)
				       ? p
				       : NULL;
		if (KIN(d, j, w_speech_verb))
			continue;
		if ((k = title_before_person(d, j)) != 0)
			return person_at(d, k); /* '"...," stated Minister Pistorius' */
		if ((kis(d, j, "she") || kis(d, j, "he")) && j + 1 < n &&
		    KIN(d, j + 1, w_speech_verb))
			return latest_person(d, s, j); /* '"We condemn X," she said' */
		/* ", the Turkish foreign ministry said" */
		if (KIN(d, j, w_det) && j + 1 < n)
			j++;
		for (k = 0; k < d->m.n; k++) {
			const mention *m = M(d, k);
			if (m->t0 == j && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
			    m->t1 + 1 < n &&
			    (KIN(d, m->t1, w_speaker_noun) || KIN(d, m->t1, w_speech_verb) ||
			     (kis(d, m->t1, "'s") && KIN(d, m->t1 + 1, w_speaker_noun)) ||
			     KIN(d, m->t1 + 1, w_speaker_noun)))
				return m;
		}
		/* ", the foreign ministry said": the state it belongs to */
		if (kis(d, j - 1, "the"))
			return unnamed_speaker(d, j);
		break;
	}
	return NULL;
}

/* The speaker of a quote that opens after a colon or comma with no speaker
 * after its close ("Kenya's foreign minister said during a briefing that
 * ...: \"We ... . We back ...\""): the person tied to a state, or the state,
 * right before the verb of saying of the sentence that opens the quote
 * holding token v (test_extract_stance10.c); NULL when there is none. */
static const mention *quote_speaker_before(const dctx *d, const span *s, size_t v)
{
	size_t i, o, q, k;
	for (i = v; i > 0 && v - i < 150 && !quote_mark(d, i - 1); i--)
		;
	if (i < 3 || v - i >= 150)
		return NULL;
	o = i - 1; /* the opening mark */
	if (!(kis(d, o - 1, ":") || kis(d, o - 1, ",")))
		return NULL;
	for (q = o - 1; q > 1 && o - q < 30 && !kis(d, q - 1, ".") && !quote_mark(d, q - 1);
	     q--)
		if (KIN(d, q - 1, w_speech_verb))
			break;
	if (q <= 1 || o - q >= 30 || !KIN(d, q - 1, w_speech_verb))
		return NULL;
	q--; /* the verb of saying */
	if (person_at(d, q - 1))
		return person_at(d, q - 1);
	for (k = 0; k < d->m.n; k++) {
		const mention *m = M(d, k);
		if (m->t1 == q && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    m->gz != GZ_DEMONYM && !m->possessive)
			return m; /* "Kenya said: ..." */
	}
	(void)s;
	return NULL;
}

/* Who speaks the quote holding token v: named after it, else before it. */
static const mention *quote_speaker(const dctx *d, const span *s, size_t v)
{
	const mention *p = quote_speaker_after(d, s, v);
	return p ? p : quote_speaker_before(d, s, v);
}

/* The subject pronoun of the verb at v ("as it accuses X", "I condemn X"),
 * over auxiliaries and adverbs: its token, or NONE. */
static size_t subject_pronoun(const dctx *d, const span *s, size_t v)
{
	static const char *skip[] = {"has", "had", "have", "also", "now", "again", "still",
				     "strongly", "openly", "once", "further", "repeatedly",
				     "firmly", "publicly", NULL};
	size_t i = v, n = 0;
	while (i > s->t0 && n < 3 && kin(d, i - 1, skip)) {
		i--;
		n++;
	}
	if (i > s->t0 && (kis(d, i - 1, "it") || kis(d, i - 1, "they") || kis(d, i - 1, "i") ||
			  kis(d, i - 1, "we") || kis(d, i - 1, "he") || kis(d, i - 1, "she")))
		return i - 1;
	return NONE;
}

/* The subject of the clause holding token `before`, ahead of it: its first
 * state named as a name or capital that no preposition governs. */
static const mention *subject_before(const dctx *d, const span *s, size_t before)
{
	static const char *preps[] = {"with", "from", "to", "for", "by", "of", "against", "in",
				      "on", "over", "as", "than", NULL};
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 > before)
			break;
		if (!ent__is_state_mention(m) || !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL) ||
		    described_possessor(d, m, s->t1))
			continue;
		if (m->t0 > s->t0 && kin(d, m->t0 - 1, preps))
			continue;
		if (m->t0 == d->units[s->unit].t0 && d->t.v[m->t0].allcaps && m->t1 + 1 < s->t1 &&
		    ((kis(d, m->t1, ",") && kis(d, m->t1 + 1, "(")) || kis(d, m->t1, "-") ||
		     kis(d, m->t1, "\xe2\x80\x93") || kis(d, m->t1, ":")))
			continue; /* a dateline: "CARACAS, (Reuters) - X said" */
		return m;
	}
	return NULL;
}

/* The latest person the text tied to a state before token t, in this
 * sentence or the one before ("he", "his country"), or NULL. */
/* A person named at token q as someone's "counterpart" is the one spoken
 * to, no referent of a later "he/she" ("Cavusoglu said at a press
 * conference with his Russian counterpart Sergey Lavrov. ... he said"). */
static const mention *pronoun_person_at(const dctx *d, size_t q)
{
	size_t k;
	for (k = q; k > 0 && q - k < 5; k--)
		if (kis(d, k - 1, "counterpart") || kis(d, k - 1, "counterparts"))
			return NULL;
	return person_at(d, q);
}

static const mention *latest_person(const dctx *d, const span *s, size_t t)
{
	size_t from = s->unit > 0 ? d->units[s->unit - 1].t0 : s->t0, i, u, n;
	for (i = t; i > from; i--)
		if (pronoun_person_at(d, i - 1))
			return pronoun_person_at(d, i - 1);
	/* "Ambassador X ... . He emphasized ... . Furthermore, he condemned":
	 * sentences about "he/she" (or quotes "he said") carry the person on
	 * (up to three more) */
	for (u = s->unit > 0 ? s->unit - 1 : 0, n = 0; u > 0 && n < 3; u--, n++) {
		const unit *un = &d->units[u];
		size_t q, he = 0;
		for (q = un->t0; q < un->t1 && q < un->t0 + 4 && !he; q++)
			he = kis(d, q, "he") || kis(d, q, "she");
		/* '"...," he said.': a quote the pronoun speaks */
		for (q = un->t0 + 1; q + 1 < un->t1 && !he; q++)
			he = (kis(d, q, "he") || kis(d, q, "she")) && KIN(d, q + 1, w_speech_verb) &&
			     (quote_mark(d, q - 1) || kis(d, q - 1, ","));
		if (!he && quote_mark(d, un->t0)) {
			/* the first sentence of a quote that closes later, "he
			 * said" after it: the same speaker's */
			for (q = un->t0 + 1; q < un->t1 && !quote_mark(d, q); q++)
				;
			he = q >= un->t1;
		}
		if (!he)
			return NULL;
		for (i = un->t0; i > d->units[u - 1].t0; i--)
			if (pronoun_person_at(d, i - 1))
				return pronoun_person_at(d, i - 1);
	}
	return NULL;
}

/* A count at token j: "143", "1,200", "four". */
static int count_word(const dctx *d, size_t j)
{
	return d->t.v[j].kind == TK_NUM || isdigit((unsigned char)K(j)[0]) ||
	       kin_local(d, j, w_numwords);
}

/* "(Three of those) four countries sided with ...", "143 states voted":
 * the subject before token v is a count of states, none named (not "the
 * two countries", which stands for a pair named before). */
static int counted_states_before(const dctx *d, const span *s, size_t v)
{
	static const char *w_states_n[] = {"countries", "states", "nations", NULL};
	if (v < s->t0 + 2 || !kin_local(d, v - 1, w_states_n) || !count_word(d, v - 2))
		return 0;
	return !(v >= s->t0 + 3 && (kis(d, v - 3, "the") || kis(d, v - 3, "both")));
}

/* Does the verb at token v open a clause that shares the sentence's subject
 * without "and" right before it: "... and has/have lodged", "..., urging
 * Y to stop ..." (a participle after a comma)? */
static int conjoined_clause(const dctx *d, const span *s, size_t v)
{
	const char *k;
	size_t n;
	if (v < s->t0 + 3)
		return 0;
	if ((kis(d, v - 1, "has") || kis(d, v - 1, "have")) && kis(d, v - 2, "and"))
		return 1;
	if (!kis(d, v - 1, ",") || d->t.v[v].kind != TK_WORD || d->t.v[v].upper)
		return 0;
	k = K(v);
	n = strlen(k);
	return n > 5 && strcmp(k + n - 3, "ing") == 0;
}

/* "The Greek foreign minister said he ...": the state of the nearest
 * "<State/Demonym> (foreign/prime ...) <title>" with no name after it, in
 * this sentence before token t; NULL when there is none ("his Greek
 * counterpart" is the one spoken to). */
static const mention *titled_office_before(const dctx *d, const span *s, size_t t)
{
	size_t q, j, n;
	for (q = s->m1; q > s->m0; q--) {
		const mention *m = M(d, q - 1);
		if (m->t1 >= t || !ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive)
			continue;
		for (j = m->t1, n = 0; j < t && n < 3 && KIN(d, j, w_title_mod) && !kis(d, j, "of");
		     j++, n++)
			;
		if (j >= t || !KIN(d, j, w_title) || kis(d, j, "counterpart") ||
		    (m->t0 > s->t0 && (kis(d, m->t0 - 1, "his") || kis(d, m->t0 - 1, "her"))))
			continue;
		if (j + 1 < t && d->t.v[j + 1].kind == TK_WORD && d->t.v[j + 1].upper &&
		    !kin_local(d, j + 1, w_not_name))
			continue; /* a name follows: the person rule's */
		return m;
	}
	return NULL;
}

/* "X would be steadfast (firm, unwavering) in its (full) support for Y":
 * the subject X of the clause "its" at most three words before token i
 * belongs to, when "in" opens the phrase; else NULL. */
static const mention *steadfast_in_its(const dctx *d, const span *s, size_t i)
{
	size_t o = i, n = 0;
	while (o > s->t0 && n < 2 && d->t.v[o - 1].kind == TK_WORD && !d->t.v[o - 1].upper &&
	       !kis(d, o - 1, "its") && !kis(d, o - 1, "their")) {
		o--;
		n++;
	}
	if (o < s->t0 + 3 || !(kis(d, o - 1, "its") || kis(d, o - 1, "their")) ||
	    !kis(d, o - 2, "in"))
		return NULL;
	return subject_before(d, s, o - 1);
}

static const mention *stance_actor(const dctx *d, const span *s, size_t v)
{
	const mention *a;
	size_t pr = subject_pronoun(d, s, v), i;
	if (counted_states_before(d, s, v))
		return NULL;
	if (pr != NONE && (kis(d, pr, "he") || kis(d, pr, "she"))) {
		a = latest_person(d, s, pr); /* "He condemned ..." */
		return a ? a : titled_office_before(d, s, pr);
	}
	for (i = v; i > s->t0 && v - i < 3 && (quote_mark(d, i - 1) || kis(d, i - 1, "'")); i--)
		;
	if (i >= s->t0 + 2 && (kis(d, i - 1, "country") || kis(d, i - 1, "government")) &&
	    (kis(d, i - 2, "her") || kis(d, i - 2, "his")) && latest_person(d, s, i - 2))
		return latest_person(d, s, i - 2); /* "Ambassador X said her country condemns" */
	if (pr == NONE && v > s->t0 + 1 &&
	    (kis(d, v - 1, "and") || conjoined_clause(d, s, v))) {
		/* "Dar spoke to the British foreign secretary and rejected
		 * India's claims": the subject of the first verb; also "...
		 * and has lodged ...", "..., urging Y to ..." */
		for (i = s->t0; i + 1 < v; i++) {
			const mention *m = person_at(d, i);
			if (m)
				return m;
			if ((m = mention_at(d, s, i)) && ent__is_state_mention(m) &&
			    (m->gz == GZ_STATE || m->gz == GZ_CAPITAL))
				return m;
			if (d->t.v[i].kind == TK_WORD && !d->t.v[i].upper && !kis(d, i, "the"))
				break; /* past the subject */
		}
	}
	if (pr != NONE) {
		if (kis(d, pr, "i") || kis(d, pr, "we")) {
			/* "We condemn X," the minister said: the quote's speaker */
			return quote_speaker(d, s, v);
		}
		/* "Turkey backs Azerbaijan as it accuses Armenia": the subject,
		 * not the nearest state */
		a = subject_before(d, s, pr);
		if (!a)
			a = pronoun_subject(d, s, pr + 1);
		return a;
	}
	a = actor_before(d, s, v, 10, 0);
	/* "Erdogan accused Armenia": a person the document gave a state's title */
	for (i = v; i > s->t0 && v - i < 10; i--) {
		const mention *p = person_at(d, i - 1);
		if (a && i - 1 < a->t0)
			break;
		if (p)
			return p;
	}
	if (!a) {
		/* "The foreign ministry strongly condemned ...": whose ministry */
		for (i = v; i > s->t0 && v - i < 6 && d->t.v[i - 1].kind == TK_WORD; i--) {
			size_t b = i - 1;
			if (!kin(d, b, w_unnamed_body))
				continue;
			if (b > s->t0 && (kis(d, b - 1, "foreign") || kis(d, b - 1, "defence") ||
					  kis(d, b - 1, "defense")))
				b--;
			if (b > s->t0 && kis(d, b - 1, "the"))
				a = unnamed_body_state(d, b);
			break;
		}
	}
	if (!a && s->subject >= 0)
		a = M(d, (size_t)s->subject);
	return a;
}

/* The token of a verb of voicing ("voiced", "expressed", "raised") within
 * three lower-case words before token i ("Belarus voiced its full support
 * for"), or NONE. */
static size_t voice_verb_before(const dctx *d, const span *s, size_t i)
{
	size_t v = i, n = 0;
	while (v > s->t0 && n < 3 && !KIN(d, v - 1, w_voice) && d->t.v[v - 1].kind == TK_WORD &&
	       !d->t.v[v - 1].upper) {
		v--;
		n++;
		/* "strongly-worded statements": a hyphenated word is one */
		if (v > s->t0 + 1 && kis(d, v - 1, "-") && d->t.v[v - 2].kind == TK_WORD &&
		    !d->t.v[v - 2].upper)
			v -= 2;
	}
	if (v > s->t0 + 1 && kis(d, v - 1, "out") && (kis(d, v - 2, "put") || kis(d, v - 2, "puts")))
		return v - 2; /* "put out a statement in support of" */
	return v > s->t0 && KIN(d, v - 1, w_voice) ? v - 1 : NONE;
}

/* A state's ships, craft or armed forces at token j, after a demonym: "Chinese
 * vessels", "the Chinese Coast Guard", "Russian warships/troops". */
static int state_craft(const dctx *d, const span *s, size_t j)
{
	static const char *craft[] = {"vessels", "vessel", "ships", "warships", "boats", "navy",
				      "jets", "warplanes", "troops", "soldiers", "forces",
				      "militia", NULL};
	if (j >= s->t1)
		return 0;
	if (kis(d, j, "coast") && j + 1 < s->t1 && kis(d, j + 1, "guard"))
		return 1;
	return kin(d, j, craft);
}

/* A title after a demonym at token j: "(Indian) Defence Minister", "(the
 * Chinese) foreign minister", "(Turkish) President": up to three title
 * modifiers, then a title. */
static int demonym_title(const dctx *d, const span *s, size_t j)
{
	size_t n;
	for (n = 0; j < s->t1 && n < 3 && KIN(d, j, w_title_mod); j++, n++)
		;
	return j < s->t1 && KIN(d, j, w_title);
}

static int skip_quote(const dctx *d, size_t i);

/* "condemned 'irresponsible' statements by the Pakistani leadership": the
 * state behind the object, after "by", "from" or "of" (a demonym only with
 * a noun of government). */
static const mention *agent_of_object(const dctx *d, const span *s, size_t from)
{
	size_t i, lim = from + 8;
	int by, of;
	for (i = from; i < s->t1 && i < lim; i++) {
		const mention *m;
		if (d->t.v[i].kind != TK_WORD && skip_quote(d, i)) {
			lim++; /* "the \"baseless\" remarks by X": marks are no words */
			continue;
		}
		if (kis(d, i, "and") && i > from && i + 1 < s->t1 && d->t.v[i + 1].kind == TK_WORD &&
		    !d->t.v[i + 1].upper && !KIN(d, i + 1, w_det) && d->t.v[i - 1].kind == TK_WORD &&
		    !d->t.v[i - 1].upper)
			continue; /* "unjustified and illegitimate aggression by X" */
		if (kis(d, i, ",") || kis(d, i, ";") || kis(d, i, ".") || kis(d, i, "and"))
			return NULL;
		if ((m = mention_at(d, s, i)) != NULL) {
			/* "the attacks carried out in Y by X": the place or the
			 * one attacked is no agent; look past it */
			if (i > from && (kis(d, i - 1, "in") || kis(d, i - 1, "on") ||
					 kis(d, i - 1, "against")) &&
			    ent__is_state_mention(m) && !m->possessive && m->gz != GZ_DEMONYM) {
				i = m->t1 - 1;
				continue;
			}
			return NULL;
		}
		if (!(kis(d, i, "by") || kis(d, i, "from") || kis(d, i, "of")))
			continue;
		by = kis(d, i, "by");
		of = kis(d, i, "of");
		i++;
		if (i < s->t1 && KIN(d, i, w_det))
			i++;
		/* "by the leaders of Japan", "by the government of India" */
		if (i + 1 < s->t1 && KIN(d, i, w_gov_noun) && kis(d, i + 1, "of")) {
			i += 2;
			if (i < s->t1 && KIN(d, i, w_det))
				i++;
		}
		m = mention_at(d, s, i);
		if (!m && of && i < s->t1 && d->t.v[i].kind == TK_WORD && !d->t.v[i].upper) {
			i--; /* "the use of water cannon by X": the agent may follow */
			continue;
		}
		if (!m || !ent__is_state_mention(m))
			return NULL;
		if (of && m->possessive)
			return NULL; /* "a violation of Y's sovereignty": Y's, no agent */
		if (m->gz == GZ_STATE || m->gz == GZ_CAPITAL)
			return m;
		if (m->gz == GZ_DEMONYM && m->t1 < s->t1 &&
		    (KIN(d, m->t1, w_gov_noun) || (by && state_craft(d, s, m->t1))))
			return m; /* "by Chinese vessels", not "of Filipino boats" */
		if (by && m->gz == GZ_DEMONYM && demonym_title(d, s, m->t1))
			return m; /* "remarks made by the Indian defence minister" */
		if (of && m->gz == GZ_DEMONYM && !m->possessive) {
			i = m->t1 - 1; /* "the harassment of Filipino boats by X" */
			continue;
		}
		return NULL;
	}
	return NULL;
}

/* A state named as a body of people at token j: "the Japanese government",
 * "the Turkish side" (a demonym before a noun of government), "the people
 * of Iran", "the Government & the people of Iran", "the government of
 * India"; NULL otherwise. */
static const mention *state_np(const dctx *d, const span *s, size_t j, size_t *end)
{
	static const char *w_people[] = {"people", "peoples", "government", "nation", "citizens",
					 "leadership", "authorities", NULL};
	const mention *m;
	size_t n;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	static const char *w_facility[] = {"base", "bases", "facility", "facilities",
					   "installation", "installations", "aircraft",
					   "equipment", "hardware", "vehicles", NULL};
	m = mention_at(d, s, j);
	if (m && ent__is_state_mention(m) && m->gz != GZ_FIRM && m->t1 < s->t1 &&
	    KIN(d, m->t1, w_gov_noun) &&
	    !(m->t1 + 1 < s->t1 && kin(d, m->t1 + 1, w_facility))) {
		/* not "the American military base": a thing, no body of people */
		/* a demonym, or one the gazetteer read as the state ("the
		 * Indian government") */
		if (end)
			*end = m->t1 + 1;
		return m;
	}
	for (n = 0; n < 2 && j + 1 < s->t1 && kin(d, j, w_people); n++) {
		j++;
		if (kis(d, j, "of")) {
			j++;
			if (j < s->t1 && KIN(d, j, w_det))
				j++;
			m = mention_at(d, s, j);
			if (!m || !ent__is_state_mention(m) || m->gz == GZ_DEMONYM ||
			    m->gz == GZ_FIRM)
				return NULL;
			if (end)
				*end = m->t1;
			return m;
		}
		/* "the Government & the people of" */
		if (!(kis(d, j, "&") || kis(d, j, "and")))
			return NULL;
		j++;
		if (j < s->t1 && KIN(d, j, w_det))
			j++;
	}
	return NULL;
}

/* Acts of force or hostility a state commits: "the Israeli strikes". */
static const char *w_hostile_act[] = {
	"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "aggression", "acts",
	"actions", "shelling", "bombing", "bombings", "bombardment", "incursion", "incursions",
	"provocation", "provocations", "invasion", "occupation", "offensive", "assault", "raid",
	"raids", NULL};

/* After a verb or noun of opposition: "condemns the Israeli aggressive acts
 * against Qatar", "condemnation of Israeli strikes on Iran": a demonym that
 * qualifies a hostile act (up to two lower-case words between) names the
 * state opposed.  A demonym before other nouns ("the attack by Turkish
 * fishermen", "Turkish fishermen") is no state. */
static const mention *demonym_act(const dctx *d, const span *s, size_t from)
{
	size_t j = from, n;
	const mention *m;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	if (state_np(d, s, j, NULL))
		return state_np(d, s, j, NULL); /* "against the Japanese government's" */
	m = mention_at(d, s, j);
	if (!m || m->gz != GZ_DEMONYM || !ent__is_state_mention(m) || m->possessive)
		return NULL;
	/* "aggressive acts", "cross-border raids" */
	for (j = m->t1, n = 0; j < s->t1 && n < 4 && !kin(d, j, w_hostile_act) &&
			       ((d->t.v[j].kind == TK_WORD && !d->t.v[j].upper) || kis(d, j, "-"));
	     j++, n++)
		;
	return j < s->t1 && kin(d, j, w_hostile_act) ? m : NULL;
}

/* "(called) the attack (an) Israeli aggression / Israel's aggression", "the
 * strikes a Xn provocation": after a verb of naming, an unowned hostile act
 * at token j named as a state's hostile act; that state, or NULL. */
static const mention *labelled_act(const dctx *d, const span *s, size_t j)
{
	const mention *m;
	size_t n, e;
	if (j >= s->t1 || !KIN(d, j, w_det))
		return NULL;
	for (j++, n = 0; j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
			 !kin(d, j, w_hostile_act);
	     j++, n++)
		;
	if (j >= s->t1 || !kin(d, j, w_hostile_act))
		return NULL;
	j++;
	if (j < s->t1 && kis(d, j, "as"))
		j++;
	if (j < s->t1 && (quote_mark(d, j) || kis(d, j, "'")))
		j++;
	if ((m = demonym_act(d, s, j)) != NULL)
		return m;
	m = named_state(d, s, j, &e); /* "Israel's aggression" */
	if (m && m->possessive && m->gz != GZ_DEMONYM && e < s->t1 && kin(d, e, w_hostile_act))
		return m;
	return NULL;
}

/* An issue object with an owner: "opposes the extraterritorial Zangezur
 * corridor demanded by Baku": the state that demands, seeks or proposes the
 * issue right after the verb at v. */
static int skip_quote(const dctx *d, size_t i);

static const mention *issue_owner(const dctx *d, const span *s, size_t v)
{
	static const char *w_demand[] = {"demanded", "sought", "proposed", "pushed", "promoted",
					 "advocated", "championed", "requested", "pursued", NULL};
	const mention *iss = NULL, *m;
	size_t j, n, k;
	for (j = v + 1, n = 0; j < s->t1 && n < 4; j++, n++) {
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->t0 == j && M(d, k)->kind == MK_ACTOR && M(d, k)->gz == GZ_ISSUE)
				iss = M(d, k);
		if (iss || !(KIN(d, j, w_det) || skip_quote(d, j) ||
			     (d->t.v[j].kind == TK_WORD && !d->t.v[j].upper)))
			break;
	}
	if (!iss)
		return NULL;
	j = iss->t1;
	if (j < s->t1 && skip_quote(d, j))
		j++;
	/* "the Donbas plan proposed by" */
	for (n = 0; j < s->t1 && n < 2 && !kin(d, j, w_demand) && d->t.v[j].kind == TK_WORD &&
		    !d->t.v[j].upper && !kis(d, j, "by") && !kis(d, j, "and");
	     j++, n++)
		;
	if (j + 1 >= s->t1 || !kin(d, j, w_demand))
		return NULL;
	if (kis(d, j + 1, "by"))
		j += 2;
	else if (j + 2 < s->t1 && kis(d, j + 1, "for") && kis(d, j + 2, "by"))
		j += 3; /* "pushed for by" */
	else
		return NULL;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	m = mention_at(d, s, j);
	if (!m || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
	    !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL))
		return NULL;
	return m;
}

/* Passive with the object ahead: "X's plan to buy ... was strongly opposed
 * by India": the first state named in the clause before the verb "be". */
static const mention *passive_object(const dctx *d, const span *s, size_t v,
				     const mention *not)
{
	size_t b = v, n = 0, c, k;
	while (b > s->t0 && n < 3 && !KIN(d, b - 1, w_be) && d->t.v[b - 1].kind == TK_WORD &&
	       !d->t.v[b - 1].upper && strlen(K(b - 1)) > 2 &&
	       !strcmp(K(b - 1) + strlen(K(b - 1)) - 2, "ly")) {
		b--;
		n++;
	}
	if (b == s->t0 || !KIN(d, b - 1, w_be))
		return NULL;
	b--;
	if (b > s->t0 && (kis(d, b - 1, "has") || kis(d, b - 1, "have") || kis(d, b - 1, "had")))
		b--;
	for (c = b; c > s->t0 && !kis(d, c - 1, ",") && !kis(d, c - 1, ";"); c--)
		;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 < c || m->t1 > b)
			continue;
		if (ent__is_state_mention(m) && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL) &&
		    (!not || strcmp(m->code, not->code)))
			return m;
	}
	return NULL;
}

/* ", (also) accusing": a participle after a comma, whose subject is the
 * sentence's */
static int participle_after_comma(const dctx *d, const span *s, size_t v)
{
	size_t l = strlen(K(v)), j = v;
	if (l < 5 || strcmp(K(v) + l - 3, "ing"))
		return 0;
	if (j > s->t0 && (kis(d, j - 1, "also") || kis(d, j - 1, "while") || ly_adverb(d, j - 1)))
		j--; /* ", strongly protesting X" */
	return j > s->t0 && kis(d, j - 1, ",");
}

/* The token after "in response to" within six tokens from t ("a
 * condemnation on Saturday in response to Israel's strikes"), or NONE. */
static size_t in_response_to(const dctx *d, const span *s, size_t t)
{
	size_t i;
	for (i = t; i + 2 < s->t1 && i < t + 6; i++) {
		if (kis(d, i, ".") || kis(d, i, ";"))
			return NONE;
		if (kis(d, i, "in") && kis(d, i + 1, "response") && kis(d, i + 2, "to"))
			return i + 3;
	}
	return NONE;
}

/* "called X a threat", "branded X an aggressor": naming a state an enemy. */
static const char *w_label_v[] = {"called", "calls", "labelled", "labeled", "branded",
				  "brands", "described", "describes", "termed", "terms", NULL};
static const char *w_threat_n[] = {"threat", "menace", "danger", "enemy", "aggressor",
				   "occupier", "adversary", NULL};

/* Opposition in other words: "rejected X's claims", "blamed X for",
 * "blames the attack on X", "threatened X with", "counterbalance X", "X
 * and Y remain at loggerheads", "greeted X's claim with scepticism". */
static const char *w_reject_v[] = {"rejected", "rejects", "reject", "rejecting", "dismissed",
				   "dismisses", "dismiss", "dismissing", "rebuffed", "rebuffs",
				   "refuted", "refutes", NULL};
static const char *w_claim_n[] = {"claim", "claims", "version", "allegation", "allegations",
				  "accusation", "accusations", "charge", "charges", "assertion",
				  "assertions", "narrative", "mediation", "proposal", "proposals",
				  "demands", "ultimatum", "statement", "statements", "remarks",
				  "comments", NULL};
static const char *w_blame_v[] = {"blamed", "blames", "blame", "blaming", NULL};
static const char *w_threaten_v[] = {"threatened", "threatens", "threaten", "threatening",
				     NULL};
static const char *w_counter_v[] = {"counterbalance", "counterbalances", "counterbalanced",
				    "counterbalancing", "counterweight", NULL};
static const char *w_greet_v[] = {"greeted", "greets", "greet", "met", "meets", "received",
				  "receives", "treated", "treats", NULL};
static const char *w_scorn_n[] = {"scepticism", "skepticism", "ridicule", "derision", "scorn",
				  "contempt", "disdain", "suspicion", "dismay", "disbelief",
				  "outrage", NULL};
static const char *w_origin_n[] = {"territory", "soil", "side", "border", "borders", "land",
				   "territories", "bases", "camps", NULL};

/* the actor of a verb of the clause: as stance_actor, but a state inside a
 * prepositional phrase ("drills in the Sea of Japan") yields to the
 * clause's subject */
static const mention *clause_actor(const dctx *d, const span *s, size_t v)
{
	static const char *preps[] = {"of", "in", "near", "off", "from", "to", "with", "at",
				      "by", "for", "on", NULL};
	const mention *a = stance_actor(d, s, v), *b;
	size_t j;
	if (!a || a < d->m.v || a >= d->m.v + d->m.n)
		return a;
	j = a->t0;
	if (j > s->t0 && KIN(d, j - 1, w_det))
		j--;
	if (j > s->t0 && kin(d, j - 1, preps) && (b = subject_before(d, s, v)) != NULL)
		return b;
	return a;
}

/* the state a phrase at token j names: "X", "the X", "X's", "the Xn
 * government"; sets *end to the token after it */
static const mention *named_state(const dctx *d, const span *s, size_t j, size_t *end)
{
	const mention *m;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	m = mention_at(d, s, j);
	if (!m || !ent__is_state_mention(m) || m->gz == GZ_FIRM)
		return NULL;
	*end = m->t1 + (m->possessive ? 1 : 0);
	return m;
}

static int skip_quote(const dctx *d, size_t i)
{
	return quote_mark(d, i) || kis(d, i, "'") || kis(d, i, "`");
}

static int stance_oppose_words(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a = NULL, *t = NULL;
	size_t j, e = 0, n;
	*hit = 0;
	if (negated(d, s, i) && !KIN(d, i, w_reject_v))
		return ENT_OK;
	if (KIN(d, i, w_reject_v)) {
		/* "rejected India's claim", "completely rejecting the Indian claims" */
		if (i > s->t0 && KIN(d, i - 1, w_be))
			return ENT_OK; /* passive */
		for (j = i + 1; j < s->t1 && j < i + 3 && skip_quote(d, j); j++)
			;
		t = named_state(d, s, j, &e);
		if (!t) {
			/* "rejected the accusations from X", "dismissed the
			 * claims made by X" */
			/* up to ten small words before the noun: "rejected the
			 * serious and what it considered ridiculous statements by X" */
			e = j < s->t1 && KIN(d, j, w_det) ? j + 1 : j;
			/* quote marks around the words do not count: "the
			 * \"baseless\" remarks" */
			for (n = 0; e < s->t1 && n < 10 && !kin(d, e, w_claim_n); e++) {
				if (skip_quote(d, e))
					continue;
				if (d->t.v[e].kind != TK_WORD || d->t.v[e].upper)
					break;
				n++;
			}
			if (e >= s->t1 || !kin(d, e, w_claim_n))
				return ENT_OK;
			e++;
			if (e < s->t1 && (kis(d, e, "made") || kis(d, e, "levelled") ||
					  kis(d, e, "leveled")))
				e++;
			/* "the statements attributed to X" */
			if (e + 1 < s->t1 && kis(d, e, "attributed") && kis(d, e + 1, "to"))
				e++;
			if (e >= s->t1 || !(kis(d, e, "from") || kis(d, e, "by") ||
					    (kis(d, e, "to") && kis(d, e - 1, "attributed"))))
				return ENT_OK;
			t = named_state(d, s, e + 1, &n);
			/* "the remarks made by the Indian defence minister": a
			 * demonym before a title is the state */
			if (!t || t->possessive ||
			    (t->gz == GZ_DEMONYM && !demonym_title(d, s, t->t1)))
				return ENT_OK;
			a = stance_actor(d, s, i);
			*hit = 1;
			return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
					  "stance.reject_claim");
		}
		/* "rejected US claims": a name right before the noun of claim
		 * (test_extract_denials.c) */
		if (!t->possessive && t->gz != GZ_DEMONYM && !(e < s->t1 && kin(d, e, w_claim_n)))
			return ENT_OK;
		for (n = 0; e < s->t1 && n < 2 && !kin(d, e, w_claim_n) &&
			    d->t.v[e].kind == TK_WORD && !d->t.v[e].upper;
		     e++, n++)
			;
		if (e >= s->t1 || !kin(d, e, w_claim_n))
			return ENT_OK;
		a = stance_actor(d, s, i);
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.reject_claim");
	}
	if (KIN(d, i, w_blame_v)) {
		if (i > s->t0 && KIN(d, i - 1, w_be))
			return ENT_OK; /* passive: "was blamed on" */
		t = named_state(d, s, i + 1, &e);
		if (t && !t->possessive && (t->gz != GZ_DEMONYM) && e < s->t1 && kis(d, e, "for")) {
			/* "blamed X for the attack" */
			*hit = 1;
			return add_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i,
					  s->t1, "stance.blame");
		}
		/* "blames the attack on X", "blames the attack on militants from
		 * X's territory" */
		for (j = i + 1; j < s->t1 && j < i + 7; j++) {
			if (kis(d, j, ",") || kis(d, j, ";") || mention_at(d, s, j))
				return ENT_OK;
			if (kis(d, j, "on"))
				break;
		}
		if (j >= s->t1 || j >= i + 7)
			return ENT_OK;
		t = named_state(d, s, j + 1, &e);
		if (t && t->gz == GZ_DEMONYM && !(e < s->t1 && KIN(d, e, w_gov_noun)))
			t = NULL;
		if (!t) {
			size_t q;
			for (q = j + 1; q < s->t1 && q < j + 8; q++) {
				if (kis(d, q, ",") || kis(d, q, ";") || kis(d, q, "and"))
					return ENT_OK;
				if (mention_at(d, s, q))
					return ENT_OK;
				if (kis(d, q, "from") || kis(d, q, "in")) {
					t = named_state(d, s, q + 1, &e);
					/* "from Xn territory", "from X", "from X's soil" */
					if (t && (t->gz == GZ_DEMONYM || t->possessive) &&
					    !(e < s->t1 && kin(d, e, w_origin_n)))
						t = NULL;
					break;
				}
			}
		}
		if (!t)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i, s->t1,
				  "stance.blame_on");
	}
	if (KIN(d, i, w_threaten_v)) {
		/* "threatened X with consequences" */
		t = named_state(d, s, i + 1, &e);
		if (!t || t->possessive || t->gz == GZ_DEMONYM || e >= s->t1 || !kis(d, e, "with"))
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i, s->t1,
				  "stance.threaten_with");
	}
	if (KIN(d, i, w_counter_v)) {
		/* "counterbalance X('s influence)", "a counterweight to X",
		 * "counterbalance what they see as an X-led order" */
		j = i + 1;
		if (j < s->t1 && kis(d, j, "to"))
			j++;
		t = named_state(d, s, j, &e);
		if (!t && j < s->t1 && kis(d, j, "what")) {
			for (n = j + 1; n < s->t1 && n < j + 6; n++)
				if (kis(d, n, "as"))
					break;
			if (n < s->t1 && n < j + 6) {
				for (j = n + 1; j < s->t1 && j < n + 3 && !mention_at(d, s, j); j++)
					;
				t = named_state(d, s, j, &e);
			}
		}
		if (!t || t->gz == GZ_DEMONYM)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, clause_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i, s->t1,
				  "stance.counterbalance");
	}
	if (kis(d, i, "at") && i + 1 < s->t1 &&
	    (kis(d, i + 1, "loggerheads") || kis(d, i + 1, "odds"))) {
		/* "X and Y remain at loggerheads", "X is at odds with Y" */
		int rc;
		a = clause_actor(d, s, i);
		if (!a || a->gz == GZ_DEMONYM || is_person(d, a))
			return ENT_OK;
		*hit = 1;
		if (i + 2 < s->t1 && kis(d, i + 2, "with")) {
			t = named_state(d, s, i + 3, &e);
			if (!t || t->gz == GZ_DEMONYM)
				return ENT_OK;
			if ((rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
					     "stance.at_odds")))
				return rc;
			return add_stance1(d, s, t, a, ENT_POLARITY_OPPOSE, i, s->t1,
					   "stance.at_odds");
		}
		return add_mutual(d, s, a, ENT_POLARITY_OPPOSE, i, s->t1, "stance.at_odds");
	}
	if (KIN(d, i, w_greet_v)) {
		/* "greeted X's version of events with scepticism" */
		t = named_state(d, s, i + 1, &e);
		if (!t || (!t->possessive && t->gz != GZ_DEMONYM))
			return ENT_OK;
		for (j = e; j < s->t1 && j < e + 8; j++) {
			if (kis(d, j, ",") || kis(d, j, ";"))
				return ENT_OK;
			if (kis(d, j, "with"))
				break;
		}
		if (j >= s->t1 || j >= e + 8)
			return ENT_OK;
		for (n = 0, j++; j < s->t1 && n < 2 && !kin(d, j, w_scorn_n) &&
				  d->t.v[j].kind == TK_WORD && !d->t.v[j].upper;
		     j++, n++)
			;
		if (j >= s->t1 || !kin(d, j, w_scorn_n))
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i, s->t1,
				  "stance.greeted_with_scorn");
	}
	return ENT_OK;
}

/* More opposition (test_extract_stance3.c):
 * - "X took (similar, retaliatory) measures/action against Y";
 * - "X sees the deal as a violation of its sovereignty by Y": the owner
 *   of what is violated ("its" = the clause's subject) opposes Y;
 * - "X repeated its allegation/accusation that Y ...": the one alleging
 *   opposes Y (not after a word of rejection: "denied the allegation");
 * - "X claimed that Y('s troops) caused/started the escalation/clash". */
static const char *w_measure_n[] = {"measures", "countermeasures", "action", "actions",
				    "steps", "reprisals", NULL};
static const char *w_take_v[] = {"took", "take", "takes", "taken", "taking", "adopted",
				 "adopt", "adopts", "adopting", NULL};
static const char *w_violation_n[] = {"violation", "violations", "breach", "breaches",
				      "infringement", "infringements", "encroachment", NULL};
static const char *w_sovereign_n[] = {"sovereignty", "integrity", "airspace", "borders",
				      "border", "territory", "waters", "independence", NULL};
static const char *w_allegation_n[] = {"allegation", "allegations", "accusation",
				       "accusations", "charge", "charges", "complaint",
				       "complaints", NULL};
/* "said that X is escalating tensions" */
static const char *w_escalate_v[] = {"escalating", "escalated", "escalates", "stoking",
				     "stoked", "stokes", "fuelling", "fueling", "fuelled",
				     "fueled", "fuels", "raising", "heightening", "heightened",
				     "inflaming", "inflamed", "inflames", NULL};
static const char *w_start_hostility_v[] = {"caused",     "started",   "provoked",
					    "triggered",  "instigated", "initiated",
					    "sparked",    "began",     "unleashed", NULL};
static const char *w_hostility_n[] = {"escalation", "clash", "clashes", "conflict", "fighting",
				      "war", "incident", "violence", "hostilities", "attack",
				      "skirmish", "crisis", "shooting", NULL};
static const char *w_force_n[] = {"troops", "forces", "army", "soldiers", "military", "side",
				  "guards", "troop", NULL};
static const char *w_said_that[] = {"claimed", "claims", "said", "says", "insisted",
				    "insists", "alleged", "alleges", "charged", "maintained",
				    "argued", "asserted", "accused", NULL};

/* Breaking ties (test_extract_stance4.c): "X severed (diplomatic and
 * trade) ties with Y", "cut off its diplomatic connections with Y"; "X
 * recalled its ambassador to/from Y". */
static const char *w_ties_n[] = {"ties", "relations", "links", "connections", NULL};
static const char *w_sever_v[] = {"severed", "severs", "sever", "severing", "cut", "cuts",
				  "cutting", "broke", "breaks", "break", "breaking", "broken",
				  "suspended", "suspends", "suspend", "suspending", "froze",
				  "freezes", "freeze", "frozen", "freezing", "downgraded",
				  "downgrades", "downgrade", "downgrading", NULL};
static const char *w_recall_v[] = {"recalled", "recalls", "recall", "recalling", "withdrew",
				   "withdraws", "withdrawing", "withdrawn", NULL};

/* the state at j as a hostile party: "X", "the X", "Xn troops/forces" */
static const mention *party_at(const dctx *d, const span *s, size_t j, size_t *end)
{
	const mention *m;
	if (j + 1 < s->t1 && (kis(d, j, "neighbor") || kis(d, j, "neighbour") ||
			      kis(d, j, "neighboring") || kis(d, j, "neighbouring")))
		j++; /* "that neighbour Venezuela tolerated" */
	m = named_state(d, s, j, end);
	if (!m)
		return NULL;
	if (m->gz == GZ_DEMONYM || m->possessive) {
		/* "Kyrgyz troops", "Tajikistan's forces" */
		if (*end >= s->t1 || !kin(d, *end, w_force_n))
			return NULL;
		(*end)++;
	} else if (*end < s->t1 && kin(d, *end, w_force_n)) {
		(*end)++; /* "the Tajik side" is a state already; "Tajikistan forces" */
	}
	return m;
}

/* A pledge to defend (test_extract_stance4.c): "X's commitment(s) to the
 * defence of Y (and Z)", "X is obligated/committed/pledged to (help) defend
 * Y('s forces)": X supports Y. */
static const char *w_commit_n[] = {"commitment", "commitments", "pledge", "pledges",
				   "obligation", "obligations", "guarantee", "guarantees",
				   "promise", "promises", NULL};
static const char *w_commit_v[] = {"obligated", "obliged", "committed", "pledged", "pledges",
				   "vowed", "vows", "promised", "promises", "bound", "ready",
				   NULL};

static int stance_defend(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a = NULL, *t = NULL, *t2 = NULL;
	size_t j, e = 0, c;
	int rc;
	if (kis(d, i + 1, "of")) {
		/* "the US commitments to the defense of the ROK and Japan" */
		j = i - 1;
		if (KIN(d, j, w_det))
			j--;
		if (!kis(d, j, "to") || j <= s->t0 || !kin(d, j - 1, w_commit_n))
			return ENT_OK;
		c = j - 1;
		t = named_state(d, s, i + 2, &e);
		a = actor_before(d, s, c, 1, 0); /* "the US commitments", "Japan's pledge" */
		if (!a && c > s->t0 && (kis(d, c - 1, "its") || kis(d, c - 1, "their") ||
					KIN(d, c - 1, w_det) || KIN(d, c - 1, w_voice)))
			a = stance_actor(d, s, c);
	} else if (!kis(d, i, "defense") && !kis(d, i, "defence")) {
		/* "it is obligated to help defend Philippine forces" */
		j = i - 1;
		if (kis(d, j, "help"))
			j--;
		if (j <= s->t0 || !kis(d, j, "to") || !kin(d, j - 1, w_commit_v))
			return ENT_OK;
		c = j - 1;
		t = party_at(d, s, i + 1, &e);
		a = stance_actor(d, s, c);
	} else {
		return ENT_OK;
	}
	if (!t || !a || a->gz == GZ_FIRM || a->gz == GZ_DEMONYM || negated(d, s, c))
		return ENT_OK;
	if (t->gz == GZ_DEMONYM && !kin(d, e - 1, w_force_n))
		return ENT_OK;
	if (!t->possessive && e + 1 < s->t1 && kis(d, e, "and"))
		t2 = named_state(d, s, e + 1, &j); /* "the ROK and Japan" */
	*hit = 1;
	if ((rc = add_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, s->t1, "stance.defend")))
		return rc;
	if (t2 && t2->gz != GZ_DEMONYM)
		return add_stance(d, s, a, t2, ENT_POLARITY_SUPPORT, i, s->t1, "stance.defend");
	return ENT_OK;
}

/* "Rwanda denies backing the rebels, although the US has said that it
 * funds the group": after a verb of saying at v, "(that) it/they
 * fund(s)/arm(s)/back(s) ..." an armed group (no state after the verb)
 * charges the state "it" stands for: the sentence's subject before the
 * speaker behind a comma, else the subject of the sentence before; that
 * state, or NULL. */
static const char *w_back_group_v[] = {"funds", "funded", "fund", "funding", "arms", "armed",
				       "backs", "backed", "back", "backing", "supports",
				       "supported", "finances", "financed", "shelters",
				       "sheltered", "harbours", "harbors", "harboured", "harbored",
				       "trains", "trained", "equips", "equipped", NULL};

static const char *w_armed_n[] = {"group", "groups", "rebels", "rebel", "militants", "militia",
				  "militias", "insurgents", "fighters", "separatists", "terrorists",
				  "guerrillas", "proxies", NULL};

static const mention *backer_pronoun(const dctx *d, const span *s, size_t v)
{
	size_t j = v + 1, k;
	const mention *t = NULL;
	if (kis(d, j, "that"))
		j++;
	if (j + 1 >= s->t1 || !(kis(d, j, "it") || kis(d, j, "they")))
		return NULL;
	j++;
	if (j + 1 < s->t1 && (kis(d, j, "has") || kis(d, j, "have") || kis(d, j, "had") ||
			      kis(d, j, "is") || kis(d, j, "was") || kis(d, j, "still")))
		j++;
	if (j + 1 >= s->t1 || !kin(d, j, w_back_group_v) || mention_at(d, s, j + 1) ||
	    (KIN(d, j + 1, w_det) && mention_at(d, s, j + 2)))
		return NULL;
	/* an armed group: "the group", "the rebels", "M23" */
	for (k = j + 1; k < s->t1 && k < j + 7; k++) {
		if (kis(d, k, ",") || kis(d, k, ".") || kis(d, k, ";"))
			return NULL;
		if (kin(d, k, w_armed_n) ||
		    (d->t.v[k].upper && !mention_at(d, s, k) && !kin(d, k, w_not_name)))
			break;
	}
	if (k >= s->t1 || k >= j + 7)
		return NULL;
	/* the sentence's subject, parted from the speaker by a comma */
	t = subject_before(d, s, v);
	if (t) {
		for (k = t->t1; k < v && !kis(d, k, ","); k++)
			;
		if (k >= v)
			t = NULL;
	}
	if (!t && s->unit > 0) {
		/* "Rwanda denies backing M23. The US says it funds the group." */
		static const char *w_denies[] = {"denies", "denied", "deny", "denying", NULL};
		const unit *pu = &d->units[s->unit - 1];
		size_t q = pu->m0;
		if (q < pu->m1 && ent__is_state_mention(M(d, q)) &&
		    find_in(d, pu->t0, pu->t1, w_denies) != NONE &&
		    (M(d, q)->gz == GZ_STATE || M(d, q)->gz == GZ_CAPITAL) &&
		    !M(d, q)->possessive && M(d, q)->t0 <= pu->t0 + 1)
			t = M(d, q);
	}
	return t;
}

/* "The US imposed sanctions on China in 2018 ... Turkey also faced
 * sanctions": sanctions a state faces with no one named are those of the
 * latest state the text said imposed sanctions, in this sentence or the
 * three before; that imposer, or NULL. */
static const mention *latest_imposer(const dctx *d, const span *s, size_t before)
{
	size_t u = (size_t)s->unit, k, v, n;
	for (;;) {
		span ps;
		span_of_unit(d, u, &ps);
		for (k = u == (size_t)s->unit ? before : ps.t1; k > ps.t0 + 1; k--) {
			if (!KIN(d, k - 1, w_sanction_n))
				continue;
			for (v = k - 1, n = 0; v > ps.t0 && n < 3 && !KIN(d, v - 1, w_impose); v--, n++)
				;
			if (v > ps.t0 && KIN(d, v - 1, w_impose) && !negated(d, &ps, v - 1)) {
				const mention *a = stance_actor(d, &ps, v - 1);
				if (a && a->gz != GZ_FIRM && a->gz != GZ_DEMONYM)
					return a;
			}
		}
		if (u == 0 || (size_t)s->unit - u >= 3)
			return NULL;
		u--;
	}
}

static int stance_more(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a = NULL, *t = NULL;
	size_t j, e = 0, n;
	*hit = 0;
	if (i > s->t0 + 1 && KIN(d, i, w_sanction_n) &&
	    (kis(d, i - 1, "faced") || kis(d, i - 1, "faces") || kis(d, i - 1, "face") ||
	     kis(d, i - 1, "facing")) &&
	    !(i + 2 < s->t1 && (kis(d, i + 1, "from") || kis(d, i + 1, "by"))) &&
	    !negated(d, s, i - 1) && !hedged(d, s, i - 1)) {
		/* "Turkey also faced sanctions for ..." */
		j = i - 1;
		if (j > s->t0 && (kis(d, j - 1, "also") || kis(d, j - 1, "too")))
			j--;
		t = actor_before(d, s, j, 0, 1);
		if (!t || t->possessive || t->gz == GZ_FIRM)
			return ENT_OK;
		a = latest_imposer(d, s, t->t0);
		if (!a)
			return ENT_OK;
		*hit = 1;
		return add_stance1(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.faced_sanctions");
	}
	if ((kis(d, i, "defense") || kis(d, i, "defence") || kis(d, i, "defend") ||
	     kis(d, i, "defending")) &&
	    i > s->t0 + 2 && i + 1 < s->t1)
		return stance_defend(d, s, i, hit);
	if (i + 2 < s->t1 && kis(d, i + 1, "with") && kin(d, i, w_ties_n)) {
		/* "severed diplomatic and trade links with Y" */
		for (j = i, n = 0; j > s->t0 && n < 5 && !kin(d, j - 1, w_sever_v) &&
				   d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper;
		     j--, n++)
			;
		if (j <= s->t0 || !kin(d, j - 1, w_sever_v) || negated(d, s, j - 1))
			return ENT_OK;
		t = named_state(d, s, i + 2, &e);
		if (t && (t->possessive || t->gz == GZ_DEMONYM))
			t = NULL;
		if (!t)
			t = state_np(d, s, i + 2, NULL); /* "with the Malian government" */
		a = t ? stance_actor(d, s, j - 1) : NULL;
		if (!a || a->gz == GZ_FIRM)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.sever_ties");
	}
	if ((kis(d, i, "summoned") || kis(d, i, "summoning") || kis(d, i, "summons") ||
	     kis(d, i, "summon")) &&
	    i + 2 < s->t1 && !negated(d, s, i)) {
		/* "Algiers responded by summoning Mali's ambassador", "summoned
		 * the Xn top diplomat": a protest to X (with "to protest against
		 * Z" the protest is against Z: stance.oppose_noun) */
		static const char *w_diplomat[] = {"ambassador", "ambassadors", "envoy", "envoys",
						   "diplomat", "diplomats", "charge", NULL};
		t = named_state(d, s, i + 1, &e);
		if (!t || !(t->possessive || t->gz == GZ_DEMONYM))
			return ENT_OK;
		if (e + 1 < s->t1 && d->t.v[e].kind == TK_WORD && !d->t.v[e].upper &&
		    !kin(d, e, w_diplomat))
			e++; /* "top", "acting" */
		if (e >= s->t1 || !kin(d, e, w_diplomat))
			return ENT_OK;
		for (j = e + 1; j + 1 < s->t1 && j < e + 8; j++)
			if (kis(d, j, "to") && (kis(d, j + 1, "protest") || kis(d, j + 1, "lodge")))
				return ENT_OK;
		a = stance_actor(d, s, i);
		if (!a || a->gz == GZ_FIRM || a->gz == GZ_DEMONYM)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.summoned");
	}
	if (i > s->t0 + 1 && i + 2 < s->t1 && (kis(d, i - 1, "its") || kis(d, i - 1, "their")) &&
	    (kis(d, i + 1, "to") || kis(d, i + 1, "from") || kis(d, i + 1, "in")) &&
	    kin(d, i, w_envoy_n) && kin(d, i - 2, w_recall_v) && !negated(d, s, i - 2)) {
		/* "Mali recalled its ambassador to Algeria" */
		t = named_state(d, s, i + 2, &e);
		if (!t || t->possessive || t->gz == GZ_DEMONYM)
			return ENT_OK;
		a = stance_actor(d, s, i - 2);
		if (!a || a->gz == GZ_FIRM)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.recall_envoy");
	}
	if (kin(d, i, w_measure_n) && i + 1 < s->t1 && kis(d, i + 1, "against")) {
		for (j = i, n = 0; j > s->t0 && n < 3 && !kin(d, j - 1, w_take_v) &&
				   d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper;
		     j--, n++)
			;
		if (j <= s->t0 || !kin(d, j - 1, w_take_v) || negated(d, s, j - 1))
			return ENT_OK;
		t = named_state(d, s, i + 2, &e);
		if (!t || t->gz == GZ_DEMONYM || t->possessive)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, stance_actor(d, s, j - 1), t, ENT_POLARITY_OPPOSE, i, s->t1,
				  "stance.measures_against");
	}
	if (kin(d, i, w_violation_n) && i + 3 < s->t1 && kis(d, i + 1, "of") &&
	    (kis(d, i + 2, "its") || kis(d, i + 2, "their")) && !negated(d, s, i)) {
		/* "a violation of its sovereignty (and territorial integrity) by Y" */
		for (j = i + 3, n = 0; j < s->t1 && n < 6 && !kis(d, j, "by"); j++, n++)
			if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
				return ENT_OK;
		if (j >= s->t1 || !kis(d, j, "by") || !kin(d, j - 1, w_sovereign_n))
			return ENT_OK;
		t = named_state(d, s, j + 1, &e);
		if (!t || t->gz == GZ_DEMONYM)
			return ENT_OK;
		a = stance_actor(d, s, i);
		if (!a || a->gz == GZ_FIRM || a->gz == GZ_DEMONYM)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
				  "stance.violation_by");
	}
	if (kin(d, i, w_allegation_n) && i + 2 < s->t1 && kis(d, i + 1, "that")) {
		/* "Kigali repeated its allegation that Kinshasa was ..." */
		for (j = i, n = 0; j > s->t0 && n < 5; j--, n++)
			if (KIN(d, j - 1, w_reject_v) || KIN(d, j - 1, w_negation) ||
			    kis(d, j - 1, "deny") || kis(d, j - 1, "denying"))
				return ENT_OK;
		t = party_at(d, s, i + 2, &e);
		if (!t)
			return ENT_OK;
		a = actor_before(d, s, i, 1, 0); /* "Kigali's allegation that" */
		if (!a || !a->possessive)
			a = i > s->t0 && (kis(d, i - 1, "its") || kis(d, i - 1, "their") ||
					  (i > s->t0 + 1 && (kis(d, i - 2, "its") ||
							     kis(d, i - 2, "their"))))
				    ? stance_actor(d, s, i)
				    : NULL;
		if (a && !a->possessive && (a->gz == GZ_DEMONYM || a->gz == GZ_FIRM))
			/* "X asked the Organization of American States to deal
			 * with its complaint": "its" is the clause's subject */
			a = subject_before(d, s, i);
		if (!a || a->gz == GZ_FIRM || a->gz == GZ_DEMONYM)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.allegation");
	}
	if (i + 2 < s->t1 && kin(d, i, w_said_that) && !negated(d, s, i) &&
	    (t = backer_pronoun(d, s, i)) != NULL) {
		a = stance_actor(d, s, i);
		if (!a || a->gz == GZ_FIRM || a->gz == GZ_DEMONYM || a->t0 < t->t1)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.backs_group");
	}
	if (kin(d, i, w_said_that) && i + 3 < s->t1 && kis(d, i + 1, "that") &&
	    !negated(d, s, i)) {
		/* "X claimed that Kyrgyz troops caused the escalation"; "argued
		 * that it was Y that was escalating tensions" */
		int cleft = 0;
		j = i + 2;
		if (j + 2 < s->t1 && kis(d, j, "it") && KIN(d, j + 1, w_be)) {
			j += 2;
			cleft = 1;
		}
		t = party_at(d, s, j, &e);
		if (t && cleft) {
			if (e >= s->t1 || !(kis(d, e, "that") || kis(d, e, "who")))
				return ENT_OK;
			e++;
		}
		if (t && e + 1 < s->t1 && KIN(d, e, w_be) && kin(d, e + 1, w_escalate_v))
			e++; /* "was escalating tensions" */
		if (t && e + 1 < s->t1 && kin(d, e, w_escalate_v)) {
			j = e + 1;
			if (KIN(d, j, w_det) && j + 1 < s->t1)
				j++;
			if (!(kis(d, j, "tensions") || kis(d, j, "tension")))
				return ENT_OK;
		} else {
			if (!t || e + 1 >= s->t1 || !kin(d, e, w_start_hostility_v))
				return ENT_OK;
			j = e + 1;
			if (KIN(d, j, w_det))
				j++;
			if (j < s->t1 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
			    !kin(d, j, w_hostility_n))
				j++; /* "the border clash" */
			if (j >= s->t1 || !kin(d, j, w_hostility_n))
				return ENT_OK;
		}
		a = stance_actor(d, s, i);
		if (!a || a->gz == GZ_FIRM || a->gz == GZ_DEMONYM)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
				  "stance.caused_hostility");
	}
	return ENT_OK;
}

/* A relative clause on a state: "Azerbaijan, a nation that Turkey and
 * Pakistan support", "Armenia, which Iran backs": the verb at v has no
 * object; its subject (the last state of the list before it) stands toward
 * the antecedent.  Returns the antecedent and sets *subj, or NULL. */
static const char *w_rel_v[] = {"support", "supports", "supported", "back", "backs",
				"backed", "oppose", "opposes", "opposed", NULL};
static const char *w_rel_oppose[] = {"oppose", "opposes", "opposed", NULL};
static const char *w_rel_head[] = {"nation", "country", "state", "ally", "neighbour",
				   "neighbor", "partner", "government", "regime", NULL};

static const mention *relative_antecedent(const dctx *d, const span *s, size_t v,
					  const mention **subj)
{
	size_t j = v, n = 0, k, r;
	const mention *a, *first, *ante;
	while (j > s->t0 && n < 2 && d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper &&
	       strlen(K(j - 1)) > 2 && !strcmp(K(j - 1) + strlen(K(j - 1)) - 2, "ly")) {
		j--;
		n++;
	}
	a = actor_before(d, s, j, 0, 1);
	if (!a || a->t1 != j || a->possessive || a->gz == GZ_FIRM ||
	    !(a->gz == GZ_STATE || a->gz == GZ_CAPITAL))
		return NULL;
	if (v + 1 < s->t1 && (mention_at(d, s, v + 1) || KIN(d, v + 1, w_det)))
		return NULL; /* "that X supports Y": no relative clause */
	/* the first state of the subject list: "Turkey and Pakistan" */
	first = a;
	for (k = (size_t)(a - d->m.v); k > s->m0; k--) {
		const mention *p = M(d, k - 1), *c = M(d, k);
		size_t gap = c->t0 - p->t1;
		if (p->t1 > c->t0 || !ent__is_state_mention(p) || p->gz == GZ_FIRM)
			break;
		if (!((gap == 1 && (kis(d, p->t1, ",") || kis(d, p->t1, "and"))) ||
		      (gap == 2 && kis(d, p->t1, ",") && kis(d, p->t1 + 1, "and"))))
			break;
		first = p;
	}
	r = first->t0;
	if (r > s->t0 && KIN(d, r - 1, w_det))
		r--;
	if (r <= s->t0 + 1 || !(kis(d, r - 1, "that") || kis(d, r - 1, "which") ||
				 kis(d, r - 1, "whom")))
		return NULL;
	j = r - 1; /* the relative pronoun */
	if (kin(d, j - 1, w_rel_head)) {
		/* ", a nation that", ", a close ally which" */
		for (j--, n = 0; j > s->t0 && n < 4 && !kis(d, j - 1, ",") &&
				  d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper;
		     j--, n++)
			;
	} else if (kis(d, j, "that")) {
		return NULL;
	}
	if (j <= s->t0 + 1 || !kis(d, j - 1, ","))
		return NULL;
	ante = actor_before(d, s, j - 1, 0, 1);
	if (!ante || ante->t1 != j - 1 || ante->possessive || ante->gz == GZ_FIRM ||
	    !(ante->gz == GZ_STATE || ante->gz == GZ_CAPITAL))
		return NULL;
	*subj = a;
	return ante;
}

/* A hostile judgement said of a state: "said that X is an aggressor",
 * "stressed that X has been an occupying and aggressive state", a quote
 * "X is a terrorist state," the minister said.  Token v is the verb "be"
 * right after the state; returns the state judged, or NULL. */
static const char *w_hostile_n[] = {"aggressor", "occupier", NULL};
static const char *w_hostile_adj[] = {"aggressive", "occupying", "hostile", "terrorist", NULL};
static const char *w_polity_n[] = {"state", "country", "regime", "nation", "power", NULL};
static const char *w_say_that[] = {"said", "says", "stated", "states", "declared", "declares",
				   "stressed", "stresses", "emphasized", "emphasizes",
				   "emphasised", "emphasises", "noted", "notes", "insisted",
				   "insists", "added", "told", "claimed", "claims", "reiterated",
				   "underlined", "underscored", NULL};

static const char *w_pose_v[] = {"poses", "posed", "pose", "represents", "represented", NULL};

/* The verb of saying right before token k, over "that" ("Armenia said
 * (that) Turkey ..."), not negated; NONE if there is none. */
static size_t saying_before(const dctx *d, const span *s, size_t k)
{
	if (k > s->t0 + 1 && kis(d, k - 1, "that") && kin(d, k - 2, w_say_that) &&
	    !negated(d, s, k - 2))
		return k - 2;
	if (k > s->t0 && kin(d, k - 1, w_say_that) && !negated(d, s, k - 1))
		return k - 1;
	return NONE;
}

static const mention *judged_hostile(const dctx *d, const span *s, size_t v, size_t *say)
{
	const char *const *pose = w_pose_v;
	static const char *threat[] = {"threat", "danger", "menace", NULL};
	const mention *x;
	size_t j = v, n, k;
	int hostile = 0, poses = kin(d, j, pose);
	if (!(kis(d, j, "is") || kis(d, j, "was") || kis(d, j, "remains") ||
	      kis(d, j, "remained") || kis(d, j, "has") || kis(d, j, "had") || poses))
		return NULL;
	if (kis(d, j, "has") || kis(d, j, "had")) {
		if (j + 1 >= s->t1 || !kis(d, j + 1, "been"))
			return NULL;
		j++;
	}
	x = actor_before(d, s, v, 0, 1);
	if (!x || x->t1 != v || x->possessive || x->gz == GZ_FIRM ||
	    !(x->gz == GZ_STATE || x->gz == GZ_CAPITAL))
		return NULL;
	j++;
	if (j < s->t1 && (kis(d, j, "an") || kis(d, j, "a")))
		j++;
	for (n = 0; j < s->t1 && n < 5; j++, n++) {
		if (KIN(d, j, w_negation))
			return NULL; /* "is not an aggressor" */
		if (poses ? kin(d, j, threat) : kin(d, j, w_hostile_n))
			break; /* "X poses a serious threat" */
		if (poses)
			continue;
		if (kis(d, j, "complicit") && !hostile)
			break; /* "X was now 'complicit' with Y" */
		if (quote_mark(d, j) || kis(d, j, "'"))
			continue;
		if (kin(d, j, w_hostile_adj))
			hostile = 1;
		else if (hostile && kin(d, j, w_polity_n))
			break;
		else if (!(kis(d, j, "and") || kis(d, j, ",") ||
			   (d->t.v[j].kind == TK_WORD && !d->t.v[j].upper)))
			return NULL;
	}
	if (j >= s->t1 || n >= 5)
		return NULL;
	/* the speaker: "<verb of saying> (that) X ..." */
	k = x->t0;
	if (k > s->t0 && KIN(d, k - 1, w_det))
		k--;
	if ((*say = saying_before(d, s, k)) != NONE)
		return x;
	/* a quote that opens with the judgement */
	if (k > 0 && quote_mark(d, k - 1)) {
		*say = NONE;
		return x;
	}
	return NULL;
}

/* "Vucic said that Rama's remarks represented a 'provocation'": a
 * speaker's hostile judgement of what a state (or a person the text tied
 * to one) says or does; returns the owner and sets *say to the verb of
 * saying, or NULL. */
static const char *w_deed_n[] = {"remarks", "comments", "statement", "statements", "actions", "action",
				 "acts", "moves", "move", "policy", "policies", "behaviour",
				 "behavior", "conduct", "words", "decision", "activities", NULL};
static const char *w_judge_v[] = {"represented", "represents", "constituted", "constitutes",
				  "is", "was", "are", "were", NULL};
static const char *w_judge_n[] = {"provocation", "provocations", "threat", "violation",
				  "interference", "aggression", "insult", "affront", "meddling",
				  NULL};

static const mention *judged_deed(const dctx *d, const span *s, size_t v, size_t *say)
{
	const mention *x = NULL;
	size_t j, n, k, q;
	if (v < s->t0 + 3 || v + 2 >= s->t1 || !kis(d, v - 2, "'s") || !kin(d, v - 1, w_deed_n) ||
	    !kin(d, v, w_judge_v))
		return NULL;
	for (q = s->m0; q < s->m1 && !x; q++)
		if (M(d, q)->t1 == v - 2 && M(d, q)->possessive && ent__is_state_mention(M(d, q)) &&
		    (M(d, q)->gz == GZ_STATE || M(d, q)->gz == GZ_CAPITAL))
			x = M(d, q);
	k = x ? x->t0 : v - 3;
	if (!x && !(x = person_at(d, v - 3)))
		return NULL;
	j = v + 1;
	if (kis(d, j, "a") || kis(d, j, "an"))
		j++;
	for (n = 0; j < s->t1 && n < 3 && !kin(d, j, w_judge_n); j++, n++)
		if (!(quote_mark(d, j) || kis(d, j, "'") ||
		      (d->t.v[j].kind == TK_WORD && !d->t.v[j].upper && !KIN(d, j, w_negation))))
			return NULL;
	if (j >= s->t1 || !kin(d, j, w_judge_n))
		return NULL;
	if (k > s->t0 && KIN(d, k - 1, w_det))
		k--;
	if ((*say = saying_before(d, s, k)) != NONE)
		return x;
	return NULL;
}

/* "weapon supplies to X, in particular by Y, raise serious concern, <an
 * official> of Z told reporters": the speaker opposes the states the cause
 * names (after "to", "by", "from", or possessive).  Token v is the verb;
 * the speaker is a state of the title phrase after the comma, before a verb
 * of saying, or the subject of "said (that)" ahead of the cause. */
static const char *w_cause_v[] = {"raise", "raises", "raised", "cause", "causes", "caused",
				  "spark", "sparks", "sparked", "trigger", "triggers", NULL};
static const char *w_concern_n[] = {"concern", "concerns", "alarm", NULL};
static const char *w_concern_adj[] = {"serious", "grave", "deep", "great", "strong", "much",
				      "particular", "considerable", NULL};

static int cause_concern(dctx *d, const span *s, size_t v)
{
	static const char *gov[] = {"to", "by", "from", NULL};
	static const char *say[] = {"told", "said", "says", "stated", "added", "emphasized",
				    "emphasised", "stressed", "noted", NULL};
	const mention *tg[6], *a = NULL;
	size_t j = v + 1, n = 0, c0, k, nt = 0, q;
	int rc;
	if (!KIN(d, v, w_cause_v) || negated(d, s, v))
		return ENT_OK;
	while (j < s->t1 && n < 2 && kin(d, j, w_concern_adj)) {
		j++;
		n++;
	}
	if (j >= s->t1 || !kin(d, j, w_concern_n))
		return ENT_OK;
	j++;
	/* the cause: back to the start of its clause */
	for (c0 = v; c0 > s->t0; c0--)
		if (kis(d, c0 - 1, ";") || (kis(d, c0 - 1, "and") && c0 > s->t0 + 1 &&
					    kis(d, c0 - 2, ",")))
			break;
	for (k = s->m0; k < s->m1 && nt < 6; k++) {
		const mention *m = M(d, k);
		size_t p = m->t0;
		if (m->t0 < c0 || m->t1 > v)
			continue;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL))
			continue;
		if (p > s->t0 && KIN(d, p - 1, w_det))
			p--;
		if (m->possessive || (p > s->t0 && kin(d, p - 1, gov)))
			tg[nt++] = m;
	}
	if (!nt)
		return ENT_OK;
	/* the speaker after: ", Assistant to the President of Z, ... told" */
	if (j < s->t1 && kis(d, j, ",")) {
		size_t e;
		for (e = j + 1; e < s->t1 && e < j + 30 && !kin(d, e, say); e++)
			;
		if (e < s->t1 && e < j + 30) {
			for (k = s->m0; k < s->m1 && !a; k++) {
				const mention *m = M(d, k);
				if (m->t0 <= j || m->t1 > e || !ent__is_state_mention(m) ||
				    m->gz == GZ_FIRM)
					continue;
				if ((m->gz == GZ_STATE || m->gz == GZ_CAPITAL) && kis(d, m->t0 - 1, "of"))
					a = m;
				else if (m->t1 < s->t1 && (KIN(d, m->t1, w_speaker_noun) ||
							   KIN(d, m->t1, w_title)))
					a = m;
			}
			for (k = j + 1; k < e && !a; k++)
				a = person_at(d, k);
		}
	}
	if (!a) {
		/* "Z said (that) ... raise concern" */
		size_t f = tg[0]->t0;
		for (k = f; k > s->t0 && k + 8 > f; k--) {
			if (kin(d, k - 1, say))
				break;
			if (d->t.v[k - 1].kind != TK_WORD || d->t.v[k - 1].upper)
				break;
		}
		if (k > s->t0 && k + 8 > f && kin(d, k - 1, say))
			a = stance_actor(d, s, k - 1);
	}
	if (!a || a->gz == GZ_FIRM)
		return ENT_OK;
	for (q = 0; q < nt; q++)
		if ((rc = add_stance1(d, s, a, tg[q], ENT_POLARITY_OPPOSE, v, s->t1,
				      "stance.cause_concern")))
			return rc;
	return ENT_OK;
}

/* "shares the Philippines' concerns", "shared Seoul's concern": the token of
 * the verb of sharing before the noun of concern at i (over a determiner
 * and one possessor), or NONE. */
static size_t shares_concern(const dctx *d, const span *s, size_t i)
{
	static const char *share[] = {"share", "shares", "shared", "sharing", NULL};
	size_t j = i;
	const mention *m = NULL;
	size_t k;
	if (j > s->t0 && (kis(d, j - 1, "'") || kis(d, j - 1, "'s")))
		j--;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t1 == j && ent__is_state_mention(M(d, k)))
			m = M(d, k);
	if (!m)
		return NONE;
	j = m->t0;
	if (j > s->t0 && KIN(d, j - 1, w_det))
		j--;
	return j > s->t0 && kin(d, j - 1, share) ? j - 1 : NONE;
}

/* "According to him/her/<person>/<state>, X ...": the one a sentence's
 * words are put to, named in its first tokens before token `before`, or
 * NULL. */
static const mention *according_to(const dctx *d, const span *s, size_t before)
{
	size_t j = s->t0;
	const mention *m;
	if (j < s->t1 && quote_mark(d, j))
		j++;
	if (j + 2 >= before || !kis(d, j, "according") || !kis(d, j + 1, "to"))
		return NULL;
	j += 2;
	if (kis(d, j, "him") || kis(d, j, "her"))
		return latest_person(d, s, j);
	if ((m = person_at(d, j)) != NULL)
		return m;
	if (KIN(d, j, w_det))
		j++;
	m = mention_at(d, s, j);
	return m && ent__is_state_mention(m) && m->gz != GZ_FIRM ? m : NULL;
}

/* Who says at the verb of saying v, named right before it: a person the
 * text tied to a state ("Landsbergis said"), a state ("Greece said"), a
 * state before speaker nouns ("Armenia's foreign ministry said", "Turkish
 * officials said"), or an unnamed body ("the statement said"); NULL
 * otherwise. */
static const mention *sayer(const dctx *d, const span *s, size_t v)
{
	size_t j = v, n = 0, k;
	if (j > s->t0 && person_at(d, j - 1))
		return person_at(d, j - 1);
	while (j > s->t0 && n < 3 && (KIN(d, j - 1, w_speaker_noun) || kin(d, j - 1, w_unnamed_body) ||
				      kis(d, j - 1, "'s"))) {
		j--;
		n++;
	}
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t1 == j && ent__is_state_mention(M(d, k)) && M(d, k)->gz != GZ_FIRM)
			return M(d, k);
	if (n && j > s->t0 && kis(d, j - 1, "the"))
		return unnamed_speaker(d, j);
	return NULL;
}

/* "(in the strongest terms) the deepening military cooperation between X
 * and Y": the parties of a tie (cooperation, partnership, alliance, arms
 * transfers ...) named after "between" up to eight lower-case words after
 * `from`; the first, and the second in *t2; NULL when none. */
static const char *w_tie_n[] = {"cooperation", "partnership", "alliance", "ties", "relations",
				"collaboration", "rapprochement", "collusion", "axis",
				"transfers", "deal", "deals", "pact", "treaty", "alignment",
				"links", NULL};

static const mention *tie_between(const dctx *d, const span *s, size_t from, const mention **t2)
{
	size_t q = from, n = 0;
	const mention *t;
	*t2 = NULL;
	while (q < s->t1 && n < 8 && d->t.v[q].kind == TK_WORD && !d->t.v[q].upper &&
	       !kis(d, q, "between") && !kis(d, q, "and")) {
		q++;
		n++;
	}
	if (!n || q + 1 >= s->t1 || !kis(d, q, "between") || !kin(d, q - 1, w_tie_n))
		return NULL;
	t = actor_after(d, s, q + 1, 1, 1);
	if (!t || t->possessive || t->t1 + 1 >= s->t1 || !kis(d, t->t1, "and"))
		return NULL;
	*t2 = actor_after(d, s, t->t1 + 1, 1, 1);
	if (*t2 && (*t2)->possessive)
		*t2 = NULL;
	return t;
}

/* "condemned the launch": an act named with "the" and no owner is the act
 * the text gave an owner before ("North Korea's launch of a missile",
 * "the North Korean launch", "North Korea launched"), up to six sentences
 * back; the owner, or NULL. */
static const char *w_owned_act[] = {"launch", "launches", "test", "tests", "attack", "attacks",
				    "strike", "strikes", "incursion", "incursions", "invasion",
				    "shelling", "bombing", "raid", "raids", "provocation",
				    "aggression", "airstrike", "airstrikes", "assault", "bombings",
				    NULL};
/* Words one armed attack goes by: a text that told "Fooland's raid" may
 * go on "condemned the strike" (test_extract_stance7.c). */
static const char *w_attack_n[] = {"attack", "attacks", "strike", "strikes", "airstrike",
				   "airstrikes", "raid", "raids", "aggression", "assault",
				   "bombing", "bombings", "shelling", NULL};
/* what "X launched/fired/carried out" at someone is an attack of X's */
static const char *w_launch_v[] = {"launched", "fired", "carried", "conducted", NULL};
static const char *w_missile_n[] = {"missiles", "missile", "rockets", "drones", "strikes",
				    "airstrikes", "attacks", "attack", "raids", "raid", "strike",
				    "salvo", "barrage", NULL};

/* "X launched missiles at", "the Xn army fired rockets", "X carried out
 * strikes": token a (after X) opens such an act */
static int launched_at(const dctx *d, size_t a, size_t end)
{
	size_t q, n;
	if (a < end && (kis(d, a, "military") || kis(d, a, "army") || kis(d, a, "forces") ||
			kis(d, a, "navy") || kis(d, a, "air")))
		a++;
	if (a < end && kis(d, a, "force"))
		a++;
	if (a < end && (kis(d, a, "has") || kis(d, a, "had") || kis(d, a, "have")))
		a++;
	if (a >= end || !kin_local(d, a, w_launch_v))
		return 0;
	if (kis(d, a, "carried")) {
		if (a + 1 >= end || !kis(d, a + 1, "out"))
			return 0;
		a++;
	}
	for (q = a + 1, n = 0; q < end && n < 4; q++, n++) {
		if (kin_local(d, q, w_missile_n))
			return 1;
		if (d->t.v[q].kind != TK_WORD || d->t.v[q].upper)
			return 0;
	}
	return 0;
}

static const mention *act_owner_before(const dctx *d, const span *s, size_t from)
{
	size_t j = from, n = 0, u0, k, len;
	const char *key;
	const mention *victim = NULL;
	int atk;
	if (j >= s->t1 || !kis(d, j, "the"))
		return NULL;
	for (j++; j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		  !kin(d, j, w_owned_act);
	     j++, n++)
		;
	if (j >= s->t1 || !kin(d, j, w_owned_act))
		return NULL;
	if (j + 2 < s->t1 && (kis(d, j + 1, "on") || kis(d, j + 1, "against")) &&
	    (victim = mention_at(d, s, j + 2)) != NULL &&
	    (!ent__is_state_mention(victim) || victim->gz == GZ_FIRM || victim->possessive))
		victim = NULL;
	if (!victim && j + 2 < s->t1 &&
	    (kis(d, j + 1, "by") || kis(d, j + 1, "of") || kis(d, j + 1, "from") ||
	     kis(d, j + 1, "on") || kis(d, j + 1, "against")) &&
	    !(d->t.v[j + 2].upper && kin(d, j + 2, w_not_name)))
		return NULL; /* the act has its own parties ("by rebels"), not "on Sunday" */
	key = K(j);
	atk = kin_local(d, j, w_attack_n);
	len = strlen(key);
	if (len > 1 && key[len - 1] == 's' && kis(d, j, "launches"))
		len -= 2;
	else if (len > 1 && key[len - 1] == 's' && !kis(d, j, "shelling"))
		len--; /* "attacks" also finds "attack(ed)" */
	u0 = s->unit > 6 ? d->units[s->unit - 6].t0 : 0;
	k = mention_from(d, s->t0);
	while (k > 0) {
		const mention *m = M(d, --k);
		size_t a;
		if (m->t0 < u0)
			break;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    (victim && strcmp(m->code, victim->code) == 0))
			continue;
		/* "the attacks by X" (a name, not "by Xn forces") */
		if (m->t0 >= 2 && kis(d, m->t0 - 1, "by") && m->gz != GZ_DEMONYM &&
		    !m->possessive && d->t.v[m->t0 - 2].kind == TK_WORD &&
		    (strncmp(K(m->t0 - 2), key, len) == 0 ||
		     (atk && kin_local(d, m->t0 - 2, w_attack_n))))
			return m;
		/* "X's launch", "the Xn launch", "X launched" */
		a = m->t1 + (m->possessive ? 1 : 0);
		if (a >= d->t.n || d->t.v[a].kind != TK_WORD)
			continue;
		/* "X's raid" for "the strike"; "X launched missiles at Y" */
		if (atk && (m->possessive || m->gz == GZ_DEMONYM) &&
		    (kin_local(d, a, w_attack_n) ||
		     (a + 1 < d->t.n && !d->t.v[a].upper && kin_local(d, a + 1, w_attack_n)) ||
		     (a + 2 < d->t.n && !d->t.v[a].upper && d->t.v[a + 1].kind == TK_WORD &&
		      !d->t.v[a + 1].upper && kin_local(d, a + 2, w_attack_n))))
			return m; /* "X's overnight (missile) strikes" */
		if (atk && !m->possessive && launched_at(d, a, d->t.n))
			return m;
		if (strncmp(K(a), key, len) != 0)
			continue;
		if (m->possessive || m->gz == GZ_DEMONYM)
			return m;
		if (strlen(K(a)) > len + 1 && strcmp(K(a) + strlen(K(a)) - 2, "ed") == 0)
			return m;
	}
	return NULL;
}

/* "the attack" that no sentence before gives an owner, in a text that
 * names it later ("Y called the attack a violation ... . Z also condemns
 * the Xn attack"): the owner of the first attack of a state the next six
 * units give ("X's (air) strikes", "the Xn attack", "attacks by X"), one
 * state only; NULL otherwise (test_extract_stance10.c). */
static const mention *act_owner_later(const dctx *d, const span *s, size_t from)
{
	size_t j = from, n = 0, k, t_end, a;
	const mention *own = NULL;
	if (j >= s->t1 || !kis(d, j, "the") || s->unit < 0)
		return NULL;
	for (j++; j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		  !kin_local(d, j, w_attack_n);
	     j++, n++)
		;
	if (j >= s->t1 || !kin_local(d, j, w_attack_n))
		return NULL;
	if (j + 2 < s->t1 && (kis(d, j + 1, "by") || kis(d, j + 1, "of") ||
			      kis(d, j + 1, "from")))
		return NULL; /* the act has its own parties */
	t_end = (size_t)s->unit + 6 < d->nunits ? d->units[s->unit + 6].t1
						 : d->units[d->nunits - 1].t1;
	for (k = mention_from(d, s->t1); k < d->m.n && M(d, k)->t0 < t_end; k++) {
		const mention *m = M(d, k);
		const mention *x = NULL;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		a = m->t1 + (m->possessive ? 1 : 0);
		if ((m->possessive || m->gz == GZ_DEMONYM) && a + 1 < d->t.n &&
		    (kin_local(d, a, w_attack_n) ||
		     (d->t.v[a].kind == TK_WORD && !d->t.v[a].upper &&
		      kin_local(d, a + 1, w_attack_n))))
			x = m; /* "the Israeli attack", "X's air strikes" */
		else if (m->t0 >= 2 && kis(d, m->t0 - 1, "by") && m->gz != GZ_DEMONYM &&
			 !m->possessive && kin_local(d, m->t0 - 2, w_attack_n))
			x = m; /* "attacks by X" */
		if (!x)
			continue;
		if (own && strcmp(own->code, x->code) != 0)
			return NULL; /* two owners: none */
		own = x;
	}
	return own;
}

/* "Y and X signed a deal for the supply of ... to Y. Z criticised this
 * move": an opposed object that names the deal just told ("this/that/the
 * move, deal, sale, agreement ...", up to two small words between) is the
 * seller of the latest deal of this unit or the two before; the mention of
 * that seller nearest before `from`, or NULL (test_extract_region.c). */
static const char *w_deal_ref_n[] = {"move", "deal", "sale", "agreement", "contract", "step",
				     "decision", "transfer", "transfers", "supply", "supplies",
				     "delivery", "deliveries", "purchase", "shipment", "shipments",
				     NULL};

static const mention *criticised_deal_seller(const dctx *d, const span *s, size_t from,
					     const mention *critic)
{
	size_t j = from, n = 0, k, u0;
	const cand *c;
	const char *sup;
	if (j >= s->t1 || !(kis(d, j, "this") || kis(d, j, "that") || kis(d, j, "the")) ||
	    s->unit < 0 || d->last_deal < 0)
		return NULL;
	for (j++; j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		  !kin_local(d, j, w_deal_ref_n);
	     j++, n++)
		;
	if (j >= s->t1 || !kin_local(d, j, w_deal_ref_n) ||
	    (j + 1 < s->t1 && (kis(d, j + 1, "of") || kis(d, j + 1, "by") ||
			       kis(d, j + 1, "between") || kis(d, j + 1, "with"))))
		return NULL; /* the deal has its own parties */
	c = &d->cands[d->last_deal];
	if (c->dropped || !c->directed || c->f.nsuppliers != 1 || c->unit > s->unit ||
	    s->unit - c->unit > 2)
		return NULL;
	sup = c->f.suppliers[0].s;
	if (critic && critic->code && strcmp(critic->code, sup) == 0)
		return NULL;
	if (critic && critic->code && strcmp(critic->code, c->f.recipient.s) == 0)
		return NULL; /* the buyer speaking of its own deal */
	u0 = d->units[c->unit].t0;
	for (k = mention_from(d, from); k > 0;) {
		const mention *m = M(d, --k);
		if (m->t0 < u0)
			break;
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM && m->code &&
		    strcmp(m->code, sup) == 0)
			return m;
	}
	return NULL;
}

/* "pushed for (tough) sanctions against X", "called for sanctions on X":
 * a verb of calling or pushing and "for" at v - 2, v - 1 before the
 * words of sanctions (stance.sanctions_sought, test_extract_denials.c). */
static int sanctions_sought(const dctx *d, const span *s, size_t v)
{
	static const char *w_push[] = {"pushed", "pushes", "push", "pushing", "lobbied",
				       "lobbies", "lobbying", "pressing", "argued", "argues", NULL};
	return v > s->t0 + 1 && kis(d, v - 1, "for") &&
	       (KIN(d, v - 2, w_call) || kin_local(d, v - 2, w_push)) && !negated(d, s, v - 2);
}

/* The subject before a relative clause between commas that ends right
 * before the verb at v ("Qatar and Egypt, both of which have worked with
 * the US, also condemn ..."): the state right before ", which / who / both
 * of which / all of which", or NULL (test_extract_stance10.c). */
static const mention *apposition_subject(const dctx *d, const span *s, size_t v)
{
	static const char *w_rel[] = {"which", "who", "both", "all", "each", "whose", NULL};
	size_t q = v, c, k;
	while (q > s->t0 && (ly_adverb(d, q - 1) || kis(d, q - 1, "also") ||
			     kis(d, q - 1, "too") || kis(d, q - 1, "have") ||
			     kis(d, q - 1, "has")))
		q--;
	if (q <= s->t0 + 2 || !kis(d, q - 1, ","))
		return NULL;
	for (c = q - 1; c > s->t0 && q - c < 30; c--)
		if (kis(d, c - 1, ","))
			break;
	if (c <= s->t0 + 1 || q - c >= 30 || !kin_local(d, c, w_rel))
		return NULL;
	if ((kis(d, c, "both") || kis(d, c, "all") || kis(d, c, "each")) &&
	    !(c + 2 < q && kis(d, c + 1, "of") && kis(d, c + 2, "which")))
		return NULL; /* "X, both ..." needs "of which" */
	c--; /* the opening comma */
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 == c && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    m->gz != GZ_DEMONYM && !m->possessive)
			return m;
	}
	return NULL;
}

/* What a call asks to recognise or respect, from token j: "the
 * independence/sovereignty/territorial integrity of (majority-Albanian) Y",
 * "Y's independence/sovereignty", "Y('s) as a state"; Y, or NULL. */
static const mention *recognised_state(const dctx *d, const span *s, size_t j)
{
	static const char *w_statehood[] = {"independence", "sovereignty", "integrity",
					    "statehood", "state", NULL};
	const mention *y;
	size_t e = 0, n;
	y = named_state(d, s, j, &e);
	if (y && y->gz != GZ_DEMONYM) {
		if (y->possessive) {
			if (e < s->t1 && kis(d, e, "territorial"))
				e++;
			return e < s->t1 && kin(d, e, w_statehood) ? y : NULL;
		}
		return e < s->t1 && kis(d, e, "as") ? y : NULL; /* "recognise Y as a state" */
	}
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	if (j < s->t1 && kis(d, j, "territorial"))
		j++;
	if (j + 1 >= s->t1 || !kin(d, j, w_statehood) || !kis(d, j + 1, "of"))
		return NULL;
	/* "of majority-Albanian Kosovo": a few words or a demonym before Y */
	for (j += 2, n = 0; j < s->t1 && n < 4; j++, n++) {
		y = mention_at(d, s, j);
		if (y && ent__is_state_mention(y) && y->gz != GZ_DEMONYM && y->gz != GZ_FIRM)
			return y->possessive ? NULL : y;
		if (!(kis(d, j, "-") || kis(d, j, "the") ||
		      (d->t.v[j].kind == TK_WORD && !d->t.v[j].upper) ||
		      (y && y->gz == GZ_DEMONYM)))
			return NULL;
	}
	return NULL;
}

/* ---- fifth round of stance rules (test_extract_stance5.c) -------------------- */

/* The state whose leader or body a congratulation goes to, at token j:
 * "Venezuela", "Venezuela's president", "the Venezuelan leader/government",
 * or a person the document tied to a state; NULL otherwise. */
static const mention *congratulated(const dctx *d, const span *s, size_t j)
{
	const mention *m;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	if (j >= s->t1)
		return NULL;
	m = mention_at(d, s, j);
	if (m && ent__is_state_mention(m) && m->gz != GZ_FIRM) {
		if (m->gz != GZ_DEMONYM)
			return m;
		/* a demonym only before a title or a body of people: not "the
		 * Brazilian team" */
		if (m->t1 < s->t1 && (KIN(d, m->t1, w_title) || KIN(d, m->t1, w_gov_noun) ||
				      kis(d, m->t1, "people")))
			return m;
		return NULL;
	}
	return person_at(d, j);
}

/* The state whose act is the subject before token v: "North Korea's test",
 * "the Israeli strikes", "the coup in Niger"; NULL if none or more than
 * one. */
static const mention *subject_owner(const dctx *d, const span *s, size_t v)
{
	static const char *w_event_in[] = {"coup", "putsch", "junta", "crackdown", "takeover",
					   "election", "elections", "referendum", NULL};
	const mention *o = NULL;
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		const mention *x = NULL;
		if (m->t1 > v)
			break;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		if (m->possessive)
			x = m;
		else if (m->gz == GZ_DEMONYM && m->t1 < v && d->t.v[m->t1].kind == TK_WORD &&
			 !d->t.v[m->t1].upper)
			x = m; /* "the Israeli strikes" */
		else if (m->t0 >= s->t0 + 2 && kis(d, m->t0 - 1, "in") &&
			 kin(d, m->t0 - 2, w_event_in))
			x = m; /* "the coup in Niger" */
		else
			return NULL; /* "drills between X and Y drew ...": not one owner */
		if (o && strcmp(o->code, x->code) != 0)
			return NULL;
		o = x;
	}
	return o;
}

/* After a verb of opposition: "condemned the attempted coup in X", "an
 * apparent military takeover in X", "the coup d'etat in X": the state where
 * power was seized is the one opposed (stance.coup_in); NULL otherwise. */
static const mention *coup_place(const dctx *d, const span *s, size_t from)
{
	static const char *w_coup[] = {"coup", "coups", "putsch", "takeover", NULL};
	const mention *m;
	size_t j = from, n;
	if (j < s->t1 && skip_quote(d, j))
		j++; /* condemned "the coup" */
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	for (n = 0; j < s->t1 && n < 3 && !kin(d, j, w_coup) &&
		    ((d->t.v[j].kind == TK_WORD && !d->t.v[j].upper) || kis(d, j, "-"));
	     j++, n++)
		;
	if (j >= s->t1 || !kin(d, j, w_coup))
		return NULL;
	j++;
	if (j + 2 < s->t1 && kis(d, j, "d") && skip_quote(d, j + 1))
		j += 3; /* "coup d'etat" */
	if (j < s->t1 && skip_quote(d, j))
		j++;
	if (j + 1 >= s->t1 || !kis(d, j, "in"))
		return NULL;
	j++;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	m = mention_at(d, s, j);
	if (!m || m->t0 != j || m->possessive ||
	    (m->gz != GZ_STATE && m->gz != GZ_CAPITAL) || !ent__is_state_mention(m))
		return NULL;
	return m;
}

/* "China's foreign minister", "the Chinese foreign ministry": a possessive
 * or demonym mention m followed by (title words and) a title or a word of
 * government, so its state speaks. */
static int titled_critic(const dctx *d, const span *s, const mention *m)
{
	size_t j = m->t1 + (m->possessive ? 1 : 0), n;
	for (n = 0; j < s->t1 && n < 3 && KIN(d, j, w_title_mod) && !kis(d, j, "of"); j++, n++)
		;
	return j < s->t1 && (KIN(d, j, w_title) || KIN(d, j, w_gov_noun) || kis(d, j, "ministry"));
}

static int stance_round5(dctx *d, const span *s, size_t i, int *hit)
{
	int rc;
	*hit = 0;
	if (strncmp(K(i), "congratulat", 11) == 0 && !kis(d, i, "congratulations") &&
	    !negated(d, s, i)) {
		/* "Cuba and Nicaragua congratulated the Venezuelan leader on
		 * his victory": the one who congratulates backs the other */
		const mention *a = stance_actor(d, s, i);
		const mention *t = congratulated(d, s, i + 1), *c[6];
		size_t n = 1, k;
		*hit = 1;
		c[0] = t;
		if (t && t->gz == GZ_STATE && !t->possessive)
			n = coordinated_pp(d, s, t, c, 6, 1); /* "congratulated A and B on" */
		for (k = 0; k < n; k++)
			if (a && a->gz != GZ_FIRM && c[k] &&
			    (rc = add_stance(d, s, a, c[k], ENT_POLARITY_SUPPORT, i, s->t1,
					     "stance.congratulate")))
				return rc;
		return ENT_OK;
	}
	if ((kis(d, i, "representations") || kis(d, i, "representation")) && i > s->t0 + 1 &&
	    i + 2 < s->t1) {
		/* "China has made a diplomatic representation to the United
		 * States", "lodged solemn representations with the US side" */
		static const char *w_make[] = {"made", "make", "makes", "making", "lodged", "lodge",
					       "lodges", "lodging", NULL};
		size_t v = NONE, q, p = i + 1;
		for (q = i; q > s->t0 && q + 4 > i; q--)
			if (kin(d, q - 1, w_make)) {
				v = q - 1;
				break;
			}
		if (v == NONE || negated(d, s, v) || !(kis(d, p, "to") || kis(d, p, "with")))
			return ENT_OK;
		{
			const mention *a = stance_actor(d, s, v);
			const mention *t = actor_after(d, s, p + 1, 1, 0);
			*hit = 1;
			if (t && t->gz == GZ_DEMONYM && !(t->t1 < s->t1 && kis(d, t->t1, "side")))
				t = NULL;
			if (a && a->gz != GZ_FIRM && t &&
			    (rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, v, s->t1,
					     "stance.representations")))
				return rc;
		}
		return ENT_OK;
	}
	if ((kis(d, i, "drawn") || kis(d, i, "drew") || kis(d, i, "drawing") ||
	     kis(d, i, "draws") || kis(d, i, "draw")) && i > s->t0 && !negated(d, s, i)) {
		/* "The coup in Niger has drawn condemnation from the United
		 * States and France": each critic opposes the owner of the act */
		size_t j = i + 1, n = 0, k;
		const mention *t;
		while (j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		       !KIN(d, j, w_oppose_n)) {
			j++;
			n++;
		}
		if (j + 1 >= s->t1 || !(kis(d, j, "condemnation") || kis(d, j, "criticism") ||
					kis(d, j, "protests") || kis(d, j, "rebuke")) ||
		    !kis(d, j + 1, "from"))
			return ENT_OK;
		t = subject_owner(d, s, i);
		if (!t)
			return ENT_OK;
		*hit = 1;
		for (k = s->m0; k < s->m1; k++) {
			const mention *m = M(d, k);
			if (m->t0 <= j + 1 || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
			    strcmp(m->code, t->code) == 0 || described_possessor(d, m, s->t1))
				continue;
			if ((m->gz == GZ_DEMONYM || m->possessive) && !titled_critic(d, s, m))
				continue; /* not "from China's foreign minister" */
			if ((rc = add_stance1(d, s, m, t, ENT_POLARITY_OPPOSE, i, s->t1,
					      "stance.drew_condemnation")))
				return rc;
		}
		return ENT_OK;
	}
	return ENT_OK;
}

/* ---- seventh round of stance rules (test_extract_stance7.c) ---------------- */

/* A judgement of a deed from token j: "(as) a (clear) violation", "a
 * breach", "a provocation", or a hostile adjective that closes the clause
 * ("'outrageous'", "illegal and reckless"). */
static const char *w_judge_adj[] = {"outrageous", "unacceptable", "illegal", "unlawful",
				    "illegitimate", "reckless", "irresponsible", "provocative",
				    "criminal", "barbaric", "cowardly", "heinous", "deplorable",
				    "reprehensible", NULL};

static int judgement_after(const dctx *d, const span *s, size_t j)
{
	size_t n;
	if (j < s->t1 && kis(d, j, "as"))
		j++;
	if (j < s->t1 && skip_quote(d, j))
		j++;
	if (j < s->t1 && kin_local(d, j, w_judge_adj)) {
		j++;
		return j >= s->t1 || skip_quote(d, j) || kis(d, j, ".") || kis(d, j, ",") ||
		       kis(d, j, ";") || kis(d, j, "and");
	}
	if (j < s->t1 && (kis(d, j, "a") || kis(d, j, "an")))
		j++;
	for (n = 0; j < s->t1 && n < 3 && !kin_local(d, j, w_judge_n) && !kis(d, j, "breach"); j++, n++)
		if (!(quote_mark(d, j) || kis(d, j, "'") ||
		      (d->t.v[j].kind == TK_WORD && !d->t.v[j].upper && !KIN(d, j, w_negation))))
			return 0;
	return j < s->t1 && (kin_local(d, j, w_judge_n) || kis(d, j, "breach"));
}

/* The owner of a deed at token j: "Fooland's actions/move" (a state or a
 * person tied to one), or "the raid/aggression" the text gave an owner
 * before; sets *end past the deed, or NULL. */
static const mention *deed_owner(const dctx *d, const span *s, size_t j, size_t *end)
{
	const mention *m = mention_at(d, s, j), *p;
	if (m && ent__is_state_mention(m) && m->possessive && m->gz != GZ_FIRM &&
	    m->gz != GZ_DEMONYM && m->t1 + 1 < s->t1 &&
	    (kin_local(d, m->t1 + 1, w_deed_n) || kin_local(d, m->t1 + 1, w_hostile_act))) {
		*end = m->t1 + 2;
		return m;
	}
	if ((p = person_at(d, j)) != NULL) {
		size_t q = j + 1;
		while (q < s->t1 && q < j + 3 && !kis(d, q, "'s"))
			q++;
		if (q + 1 < s->t1 && kis(d, q, "'s") &&
		    (kin_local(d, q + 1, w_deed_n) || kin_local(d, q + 1, w_hostile_act))) {
			*end = q + 2;
			return p;
		}
		return NULL;
	}
	if (j + 1 < s->t1 && kis(d, j, "the") && kin_local(d, j + 1, w_attack_n)) {
		*end = j + 2;
		m = act_owner_before(d, s, j);
		return m ? m : act_owner_later(d, s, j);
	}
	if (j + 1 < s->t1 && kis(d, j, "the") && kin_local(d, j + 1, w_owned_act)) {
		/* "called the launch 'outrageous'": a launch or test the text
		 * gave an owner before ("X launched a missile") */
		*end = j + 2;
		return act_owner_before(d, s, j);
	}
	/* "the Fooland action": a state's name before the deed */
	if (j + 2 < s->t1 && kis(d, j, "the") && (m = mention_at(d, s, j + 1)) != NULL &&
	    ent__is_state_mention(m) && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL) &&
	    !m->possessive && m->t1 < s->t1 &&
	    (kin_local(d, m->t1, w_deed_n) || kin_local(d, m->t1, w_hostile_act))) {
		*end = m->t1 + 1;
		return m;
	}
	return NULL;
}

/* - "X called/described Y's actions (the raid) a (clear) violation of ...",
 *   "X denounced the move as a breach": X opposes the owner of the deed;
 * - "X said the aggression constitutes a violation ...": likewise;
 * - "X was critical of Y('s policy)", "critical of Yn policy": X opposes Y;
 * - "X held Y (fully) responsible/accountable for ...": X opposes Y. */
static int stance_round7(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_name_v[] = {"called", "calling", "calls", "call", "described",
					 "describing", "describes", "termed", "terming", "terms",
					 "branded", "branding", "labelled", "labeled", NULL};
	static const char *w_hold_v[] = {"held", "holds", "hold", "holding", NULL};
	const mention *a, *t;
	size_t e = 0;
	int rc;
	*hit = 0;
	if (i + 2 >= s->t1 || d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
		return ENT_OK;
	if (kis(d, i, "critical") && kis(d, i + 1, "of") && !negated(d, s, i)) {
		size_t j = i + 2;
		if (KIN(d, j, w_det))
			j++;
		t = mention_at(d, s, j);
		if (!t || !ent__is_state_mention(t) || t->gz == GZ_FIRM)
			return ENT_OK;
		/* "critical of Fooish policy": a demonym only before a deed or
		 * a body of government */
		if (t->gz == GZ_DEMONYM &&
		    !(t->t1 < s->t1 && (kin_local(d, t->t1, w_deed_n) || KIN(d, t->t1, w_gov_noun) ||
					kin_local(d, t->t1, w_hostile_act))))
			return ENT_OK;
		a = stance_actor(d, s, i);
		*hit = 1;
		if (a && a->gz != GZ_FIRM &&
		    (rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.critical_of")))
			return rc;
		return ENT_OK;
	}
	if ((kis(d, i + 1, "the") || d->t.v[i + 1].upper) && kin_local(d, i, w_hold_v) &&
	    !negated(d, s, i)) {
		size_t j = i + 1;
		t = named_state(d, s, j, &e);
		if (!t || t->gz == GZ_DEMONYM || t->possessive)
			t = state_np(d, s, j, &e);
		if (!t || t->gz == GZ_FIRM || e >= s->t1)
			return ENT_OK;
		if (KIN(d, e, w_gov_noun) && e + 1 < s->t1)
			e++; /* "the Fooish government", read as the state */
		if (ly_adverb(d, e) && e + 1 < s->t1)
			e++;
		if (!(kis(d, e, "responsible") || kis(d, e, "accountable")))
			return ENT_OK;
		a = stance_actor(d, s, i);
		*hit = 1;
		if (a && a->gz != GZ_FIRM &&
		    (rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
				     "stance.held_responsible")))
			return rc;
		return ENT_OK;
	}
	if ((kis(d, i + 1, "the") || d->t.v[i + 1].upper) &&
	    (KIN(d, i, w_oppose_v) || kin_local(d, i, w_name_v))) {
		if (negated(d, s, i) || !(t = deed_owner(d, s, i + 1, &e)) || !judgement_after(d, s, e))
			return ENT_OK;
		a = stance_actor(d, s, i);
		if (!a || a->gz == GZ_FIRM || strcmp(a->code, t->code) == 0)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.judged_act");
	}
	if ((kis(d, i, "commitment") || kis(d, i, "commitments")) && kis(d, i + 1, "to") &&
	    !negated(d, s, i) && (t = recognised_state(d, s, i + 2)) != NULL) {
		/* "X reaffirmed its commitment to Y's sovereignty / the
		 * territorial integrity of Y": X backs Y */
		a = stance_actor(d, s, i);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
					   "stance.commitment_to")))
			return rc;
		return ENT_OK;
	}
	if ((kis(d, i, "understand") || kis(d, i, "understands") || kis(d, i, "understood")) &&
	    !negated(d, s, i) &&
	    (t = mention_at(d, s, i + 1 < s->t1 && skip_quote(d, i + 1) ? i + 2 : i + 1)) != NULL &&
	    ent__is_state_mention(t) && t->possessive && t->gz != GZ_FIRM &&
	    t->gz != GZ_DEMONYM) {
		/* "X understands Y's legitimate (security) concerns": X sides
		 * with Y */
		size_t j = t->t1 + 1, n;
		for (n = 0; j < s->t1 && n < 3 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
			    !kis(d, j, "concerns");
		     j++, n++)
			;
		if (j >= s->t1 || !kis(d, j, "concerns") || i == s->t0)
			return ENT_OK;
		/* the subject right before: "X understands", "said it
		 * understands", "said it 'understands'"; not a verb far from
		 * its subject */
		size_t b = i;
		if (b > s->t0 + 1 && skip_quote(d, b - 1))
			b--;
		a = mention_at(d, s, b - 1);
		if (a && !(ent__is_state_mention(a) && a->t1 == b && !a->possessive))
			return ENT_OK;
		if (!a && !(kis(d, b - 1, "it") || kis(d, b - 1, "we") || kis(d, b - 1, "he") ||
			    kis(d, b - 1, "she") || kis(d, b - 1, "they") || person_at(d, b - 1)))
			return ENT_OK;
		a = stance_actor(d, s, i);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
					   "stance.understands_concerns")))
			return rc;
		return ENT_OK;
	}
	if ((kis(d, i + 1, "the") || kis(d, i + 1, "that")) && kin_local(d, i, w_say_that)) {
		/* "X said (that) the aggression constitutes a violation" */
		size_t j = i + 1;
		if (kis(d, j, "that"))
			j++;
		static const char *w_violate_v[] = {"violated", "violates", "violate", "breached",
						    "breaches", "breach", NULL};
		if (!(t = deed_owner(d, s, j, &e)) || e >= s->t1 || negated(d, s, i))
			return ENT_OK;
		/* "said the strikes violated the UN Charter": the verb judges */
		if (!(kin_local(d, e, w_violate_v) ||
		      (kin_local(d, e, w_judge_v) && judgement_after(d, s, e + 1))))
			return ENT_OK;
		a = stance_actor(d, s, i);
		if (!a || a->gz == GZ_FIRM || strcmp(a->code, t->code) == 0)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.judged_act");
	}
	return ENT_OK;
}

/* "The DPRK military condemned the exercises": an oppose verb whose object
 * is the drill told up to three units before ("the (joint) exercises",
 * "these war drills", no state between) opposes each of that drill's
 * parties (not the critic itself). *hit when the object was such a drill. */
/* "North Korea condemned the move.": "the move(s)" closing the sentence
 * after a sentence that speaks of the drill (a word of the drill in the
 * unit before) stands for the latest drill, when no deal was told after
 * it. */
static int ex_move_object(const dctx *d, const span *s, size_t j, const cand *in)
{
	const unit *u;
	size_t k;
	if (!kis(d, j, "the") || j + 1 >= s->t1 ||
	    !(kis(d, j + 1, "move") || kis(d, j + 1, "moves")) ||
	    (j + 2 < s->t1 && !kis(d, j + 2, ".")))
		return 0;
	if (d->last_deal > d->last_exercise || s->unit < 1 || in->unit >= s->unit)
		return 0;
	u = &d->units[s->unit - 1];
	for (k = u->t0; k < u->t1; k++)
		if (KIN(d, k, w_exercise))
			return 1;
	return 0;
}

static int stance_condemn_drills(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *det[] = {"the", "these", "those", "this", "that", "such", "joint",
				    "ongoing", "upcoming", "planned", "combined", NULL};
	const cand *in;
	const mention *a;
	size_t j = i + 1, n, q, k;
	int rc;
	*hit = 0;
	if (d->last_exercise < 0 || s->unit < 1 || j >= s->t1 || !KIN(d, i, w_oppose_v))
		return ENT_OK;
	in = &d->cands[d->last_exercise];
	if (in->dropped)
		return ENT_OK;
	if (ex_move_object(d, s, j, in)) {
		if (negated(d, s, i))
			return ENT_OK;
		j++; /* on "move": no state between */
	} else {
		if (in->unit >= s->unit || s->unit - in->unit > 3)
			return ENT_OK;
		if (!kin(d, j, det))
			return ENT_OK;
		for (n = 0; j < s->t1 && n < 5 && (kin(d, j, det) || kin(d, j, w_ex_premod)); n++)
			j++;
		if (j >= s->t1 || !KIN(d, j, w_exercise) || negated(d, s, i))
			return ENT_OK;
	}
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 > i && M(d, k)->t0 < j)
			return ENT_OK; /* "condemned the Russian drills": another's */
	*hit = 1;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM || !ent__is_state_mention(a))
		return ENT_OK;
	for (q = 0; q < in->f.nparticipants; q++) {
		mention t = *a;
		t.code = in->f.participants[q].s;
		if (!strcmp(t.code, a->code))
			return ENT_OK; /* a party does not condemn its own drill */
	}
	for (q = 0; q < in->f.nparticipants; q++) {
		mention t = *a;
		t.code = in->f.participants[q].s;
		if ((rc = add_stance1(d, s, a, &t, ENT_POLARITY_OPPOSE, i, s->t1,
				      "stance.condemn_drills")))
			return rc;
	}
	return ENT_OK;
}

/* "X objected to / condemned the Indo-US military exercise", "X raised
 * objections to the joint drills between Y and Z": a drill named in the
 * object with its parties (states or demonyms before the drill word, or
 * after "between/involving") is opposed in each of them, X not among
 * them (test_extract_region.c).  *hit when the object was such a drill. */
static int stance_object_drill(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *det[] = {"the", "these", "those", "this", "that", "such", "joint",
				    "ongoing", "upcoming", "planned", "combined", "bilateral",
				    "trilateral", "-", NULL};
	const mention *a, *par[6];
	size_t j = i + 1, n, k, np = 0, q, v = i;
	int rc;
	*hit = 0;
	if (KIN(d, i, w_oppose_n)) {
		if ((v = voice_verb_before(d, s, i)) == NONE)
			return ENT_OK; /* "raised objections to" */
		if (j >= s->t1 || !(kis(d, j, "to") || kis(d, j, "against")))
			return ENT_OK;
	}
	if (j < s->t1 && (kis(d, j, "to") || kis(d, j, "against")))
		j++;
	if (j >= s->t1 || !kin_local(d, j, det))
		return ENT_OK;
	for (n = 0; j < s->t1 && n < 8; n++, j++) {
		const mention *m = mention_at(d, s, j);
		if (m && ent__is_state_mention(m) && m->gz != GZ_FIRM && !m->possessive) {
			if (np < 6)
				par[np++] = m;
			j = m->t1 - 1;
			continue;
		}
		if (!(kin_local(d, j, det) || kin(d, j, w_ex_premod)))
			break;
	}
	if (j >= s->t1 || !KIN(d, j, w_exercise) || negated(d, s, i))
		return ENT_OK;
	if (!np && j + 1 < s->t1 && (kis(d, j + 1, "between") || kis(d, j + 1, "involving"))) {
		const mention *m = actor_after(d, s, j + 2, 1, 0);
		while (m && np < 6 && ent__is_state_mention(m) && m->gz != GZ_FIRM) {
			par[np++] = m;
			if (m->t1 + 1 >= s->t1 || !(kis(d, m->t1, "and") || kis(d, m->t1, ",")))
				break;
			m = actor_after(d, s, m->t1 + 1, 1, 0);
		}
	}
	if (!np)
		return ENT_OK;
	a = stance_actor(d, s, v);
	if (!a || a->gz == GZ_FIRM || !ent__is_state_mention(a))
		return ENT_OK;
	for (q = 0; q < np; q++)
		if (!strcmp(par[q]->code, a->code))
			return ENT_OK; /* a party does not object to its own drill */
	*hit = 1;
	for (q = 0; q < np; q++) {
		for (k = 0; k < q && strcmp(par[k]->code, par[q]->code); k++)
			;
		if (k == q && (rc = add_stance1(d, s, a, par[q], ENT_POLARITY_OPPOSE, i, s->t1,
						"stance.object_drill")))
			return rc;
	}
	return ENT_OK;
}

/* "a/the (new) decision (move, step ...) by Y": the state Y behind the
 * deed a word of welcome at token j - 1 greets; NULL when the phrase at j
 * is not that. */
static const mention *decision_by(const dctx *d, const span *s, size_t j,
				  const char *const *deed_n)
{
	const mention *t;
	size_t e, n;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	for (n = 0; j < s->t1 && n < 2 && !kin_local(d, j, deed_n); j++, n++)
		if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
			return NULL;
	if (j + 2 >= s->t1 || !kin_local(d, j, deed_n) || !kis(d, j + 1, "by"))
		return NULL;
	t = named_state(d, s, j + 2, &e);
	if (!t || t->possessive || t->gz == GZ_DEMONYM)
		return NULL;
	return t;
}

/* "Y's decision was welcomed (praised, hailed) by Z / the Zn president /
 * Z's foreign minister": each state Z backs Y, the one owner of the
 * subject (subject_owner) before the passive verb at token i. */
static int welcomed_by(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *t = subject_owner(d, s, i), *z, *c[6];
	size_t j = i + 2, e, n, k;
	int rc;
	if (!t)
		return ENT_OK;
	z = named_state(d, s, j, &e);
	if (!z || (z->possessive || z->gz == GZ_DEMONYM ? !(e < s->t1 && (KIN(d, e, w_title) ||
									  KIN(d, e, w_title_mod) ||
									  KIN(d, e, w_gov_noun)))
							: 0))
		return ENT_OK; /* "by Peru", "by the Peruvian president" */
	*hit = 1;
	n = coordinated_pp(d, s, z, c, 6, 1);
	if (!n) {
		c[0] = z;
		n = 1;
	}
	for (k = 0; k < n; k++)
		if (strcmp(c[k]->code, t->code) &&
		    (rc = add_stance1(d, s, c[k], t, ENT_POLARITY_SUPPORT, i, s->t1,
				      "stance.welcomed_by")))
			return rc;
	return ENT_OK;
}

/* "X welcomed the normalization (restoration, resumption) of (diplomatic)
 * relations between A and B", "X hailed the rapprochement between A and
 * B": X, and each state coordinated with X, backs A and B; the word of
 * welcome is at token i. */
static int welcomed_between(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_mend_n[] = {"normalization", "normalisation", "restoration",
					 "resumption", "re-establishment", "reestablishment",
					 "rapprochement", "reconciliation", "renewal", NULL};
	const mention *a, *t, *c[6], *ca[6];
	size_t j = i + 1, e, n, na, k, q;
	int rc;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	if (j >= s->t1 || !kin_local(d, j, w_mend_n))
		return ENT_OK;
	j++;
	if (j + 1 < s->t1 && kis(d, j, "of")) {
		/* "of (diplomatic) relations/ties" */
		j++;
		if (j < s->t1 && (kis(d, j, "diplomatic") || kis(d, j, "bilateral")))
			j++;
		if (j >= s->t1 || !KIN(d, j, w_relations))
			return ENT_OK;
		j++;
	}
	if (j + 1 >= s->t1 || !kis(d, j, "between"))
		return ENT_OK;
	t = named_state(d, s, j + 1, &e);
	if (!t || t->possessive || t->gz == GZ_DEMONYM || t->gz == GZ_FIRM)
		return ENT_OK;
	n = coordinated_pp(d, s, t, c, 6, 1);
	if (n < 2)
		return ENT_OK;
	a = stance_actor(d, s, i);
	*hit = 1;
	if (!a || a->gz == GZ_FIRM || believed(d, s, a))
		return ENT_OK;
	na = coordinated(d, s, a, ca, 6);
	for (q = 0; q < na; q++)
		for (k = 0; k < n; k++)
			if ((rc = add_stance1(d, s, ca[q], c[k], ENT_POLARITY_SUPPORT, i, s->t1,
					      "stance.welcomed_between")))
				return rc;
	return ENT_OK;
}

/* "X welcomed the agreement (deal, accord, rapprochement)." with no state
 * after the noun: X, and each state coordinated with X, backs both states
 * of the document's main pair, when X is neither of them; the word of
 * welcome is at token i. */
static int welcomed_pact(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_pact_n[] = {"agreement", "deal", "accord", "rapprochement", "pact",
					 NULL};
	static mention pair[2];
	const mention *a, *ca[6];
	size_t j = i + 1, na, k, q;
	int rc;
	if (!d->focus[0][0] || d->focus_n < 2 || j + 1 >= s->t1 || !kis(d, j, "the") ||
	    !kin_local(d, j + 1, w_pact_n))
		return ENT_OK;
	j += 2;
	if (j < s->t1 && !kis(d, j, ".") && !kis(d, j, ",") && !kis(d, j, ";") &&
	    !kis(d, j, "and") && !kis(d, j, "but"))
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM || a->possessive || believed(d, s, a))
		return ENT_OK;
	*hit = 1;
	na = coordinated(d, s, a, ca, 6);
	for (q = 0; q < na; q++) {
		if (!strcmp(ca[q]->code, d->focus[0]) || !strcmp(ca[q]->code, d->focus[1]))
			continue;
		for (k = 0; k < 2; k++) {
			pair[k] = *ca[q];
			pair[k].code = d->focus[k];
			if ((rc = add_stance1(d, s, ca[q], &pair[k], ENT_POLARITY_SUPPORT, i, s->t1,
					      "stance.welcomed_pact")))
				return rc;
		}
	}
	return ENT_OK;
}

/* Eighth round:
 * - "X (formally) recognised Y as a state / Y's (new) independence":
 *   X backs Y (the refusal is stance.no_recognition);
 * - "X thanked A, B and C for their support": each of A, B, C backs X;
 * - "X will stand (firmly) behind Y": X backs Y;
 * - "..., and X, its biggest backer, ...": X backs the state "its" stands
 *   for, the nearest one named before X in the sentence;
 * - "X welcomed the Fooish decision / Y's move / the Y arms sale": X backs Y;
 * - "the recall of X's (its) ambassador from Y": X opposes Y;
 * - "X stands by Y against Zn aggression": X opposes Z too. */
static int stance_round8(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_recognise_v[] = {"recognized", "recognised", "recognizes",
					      "recognises", "recognize", "recognise", NULL};
	static const char *w_thank_v[] = {"thanked", "thanks", "thanking", "thank", NULL};
	static const char *w_stand_v[] = {"stand", "stands", "stood", "standing", NULL};
	static const char *w_help_n[] = {"support", "backing", "solidarity", "help", "assistance",
					 NULL};
	static const char *w_backer_n[] = {"backer", "supporter", "ally", "patron", NULL};
	static const char *w_statehood[] = {"independence", "sovereignty", "statehood", NULL};
	static const char *w_welcome_v[] = {"welcomed", "welcomes", "welcome", "welcoming", NULL};
	static const char *w_welcomed_n[] = {"decision", "move", "step", "sale", "offer",
					     "initiative", "proposal", "announcement", "plan", "role",
					     "efforts", "mediation", NULL};
	static const char *w_appalled_v[] = {"appalled", "outraged", NULL};
	static const char *w_praise_v[] = {"praised", "praises", "praise", "praising", "hailed",
					   "hails", "hail", "hailing", NULL};
	const mention *a, *t;
	const char *k;
	size_t j, e = 0;
	int rc, welcome;
	*hit = 0;
	if (i + 2 >= s->t1 || d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
		return ENT_OK;
	k = K(i);
	if (k[0] == 'r' && kin_local(d, i, w_recognise_v)) {
		/* not "urged/refused to recognise", not "was recognised by" */
		if (negated(d, s, i) || (i > s->t0 && (kis(d, i - 1, "to") || KIN(d, i - 1, w_be) ||
						       kis(d, i - 1, "been"))))
			return ENT_OK;
		j = i + 1;
		if (ly_adverb(d, j))
			j++;
		t = recognised_state(d, s, j);
		if (!t && (t = named_state(d, s, j, &e)) != NULL) {
			/* "Y's new independence" */
			if (!(t->possessive && t->gz != GZ_DEMONYM && e + 1 < s->t1 &&
			      d->t.v[e].kind == TK_WORD && !d->t.v[e].upper &&
			      kin_local(d, e + 1, w_statehood)))
				t = NULL;
		}
		if (!t)
			return ENT_OK;
		a = stance_actor(d, s, i);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
					   "stance.recognition")))
			return rc;
		return ENT_OK;
	}
	if (k[0] == 't' && kin_local(d, i, w_thank_v) && !negated(d, s, i)) {
		/* a list of two or more states, then "for their/its ... support" */
		const mention *list[8];
		size_t n = 0, f;
		for (j = i + 1; j < s->t1 && n < 8;) {
			t = mention_at(d, s, j);
			if (!t || !ent__is_state_mention(t) || t->gz == GZ_FIRM || t->gz == GZ_DEMONYM ||
			    t->possessive)
				break;
			list[n++] = t;
			j = t->t1;
			if (j < s->t1 && kis(d, j, ","))
				j++;
			if (j < s->t1 && kis(d, j, "and"))
				j++;
		}
		if (n < 2 || j + 2 >= s->t1 || !kis(d, j, "for") ||
		    !(kis(d, j + 1, "their") || kis(d, j + 1, "its")))
			return ENT_OK;
		for (f = j + 2; f < s->t1 && f < j + 5 && !kin_local(d, f, w_help_n); f++)
			;
		if (f >= s->t1 || f >= j + 5)
			return ENT_OK;
		a = stance_actor(d, s, i);
		*hit = 1;
		if (!a || a->gz == GZ_FIRM)
			return ENT_OK;
		for (e = 0; e < n; e++)
			if (strcmp(a->code, list[e]->code) &&
			    (rc = add_stance(d, s, list[e], a, ENT_POLARITY_SUPPORT, i, s->t1,
					     "stance.thanks_list")))
				return rc;
		return ENT_OK;
	}
	if (k[0] == 's' && kin_local(d, i, w_stand_v) && !negated(d, s, i)) {
		/* "stand (firmly / “with all its might”) behind Y" */
		for (j = i + 1; j < s->t1 && j < i + 12; j++) {
			if (kis(d, j, ",") || kis(d, j, ".") || kis(d, j, ";") || mention_at(d, s, j))
				return ENT_OK;
			if (kis(d, j, "behind"))
				break;
		}
		if (j >= s->t1 || j >= i + 12 || !(t = named_state(d, s, j + 1, &e)) ||
		    t->gz == GZ_DEMONYM || t->possessive)
			return ENT_OK;
		a = stance_actor(d, s, i);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
					   "stance.stand_behind")))
			return rc;
		return ENT_OK;
	}
	welcome = (k[0] == 'w' && k[1] == 'e' && kin_local(d, i, w_welcome_v)) ||
		  (((k[0] == 'p' && k[1] == 'r') || (k[0] == 'h' && k[1] == 'a')) &&
		   kin_local(d, i, w_praise_v));
	if (welcome && i > s->t0 + 2 && kis(d, i + 1, "by") && !negated(d, s, i)) {
		/* "was (warmly) welcomed by" */
		j = ly_adverb(d, i - 1) ? i - 2 : i - 1;
		if (KIN(d, j, w_be) || kis(d, j, "been"))
			return welcomed_by(d, s, i, hit);
	}
	if (welcome && !negated(d, s, i)) {
		if ((rc = welcomed_between(d, s, i, hit)))
			return rc;
		if (!*hit && (rc = welcomed_pact(d, s, i, hit)))
			return rc;
		if (*hit)
			return ENT_OK;
	}
	if (welcome && !negated(d, s, i) && (t = decision_by(d, s, i + 1, w_welcomed_n)) != NULL) {
		/* "X welcomed a decision by Y to ...", "X praised the move by Y" */
		a = stance_actor(d, s, i);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
					   "stance.welcomed")))
			return rc;
		return ENT_OK;
	}
	if (welcome && !negated(d, s, i) && (t = named_state(d, s, i + 1, &e)) != NULL &&
	    e < s->t1 &&
	    (t->possessive || t->gz == GZ_DEMONYM ||
	     (d->t.v[e].kind == TK_WORD && !d->t.v[e].upper))) {
		/* "X welcomed the Fooish decision / Y's move / the Y arms sale" */
		for (j = e; j < s->t1 && j < e + 3 && !kin_local(d, j, w_welcomed_n); j++)
			if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
				return ENT_OK;
		if (j >= s->t1 || j >= e + 3)
			return ENT_OK;
		a = stance_actor(d, s, i);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
					   "stance.welcomed")))
			return rc;
		return ENT_OK;
	}
	if ((kis(d, i, "recall") || kis(d, i, "withdrawal")) && i + 5 < s->t1 &&
	    kis(d, i + 1, "of")) {
		/* "ordered the recall of X's ambassador from Y" */
		const mention *x = NULL;
		j = i + 2;
		if (kis(d, j, "its") || kis(d, j, "their"))
			j++;
		else if ((x = named_state(d, s, j, &e)) != NULL && x->possessive && x->gz != GZ_DEMONYM)
			j = e;
		else
			return ENT_OK;
		if (j + 2 >= s->t1 || !kin(d, j, w_envoy_n) ||
		    !(kis(d, j + 1, "from") || kis(d, j + 1, "to") || kis(d, j + 1, "in")))
			return ENT_OK;
		t = named_state(d, s, j + 2, &e);
		if (!t || t->possessive || t->gz == GZ_DEMONYM || negated(d, s, i))
			return ENT_OK;
		a = x ? x : stance_actor(d, s, i);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i,
					   "stance.recall_envoy")))
			return rc;
		return ENT_OK;
	}
	if (((k[0] == 'a' && k[1] == 'p') || (k[0] == 'o' && k[1] == 'u')) &&
	    kin_local(d, i, w_appalled_v) && !negated(d, s, i)) {
		/* "X is (“)appalled(”) by the Yn attack / Y's invasion /
		 * Y", "outraged at Y's strikes": X opposes Y */
		for (j = i + 1; j < s->t1 && j < i + 3 && skip_quote(d, j); j++)
			;
		if (j + 1 >= s->t1 || !(kis(d, j, "by") || kis(d, j, "at")))
			return ENT_OK;
		t = demonym_act(d, s, j + 1);
		if (!t && (t = named_state(d, s, j + 1, &e)) != NULL &&
		    (t->gz == GZ_DEMONYM ||
		     (t->possessive && !(e < s->t1 && kin(d, e, w_hostile_act)) &&
		      !(e + 1 < s->t1 && kin(d, e + 1, w_hostile_act)))))
			t = NULL;
		if (!t)
			return ENT_OK;
		a = stance_actor(d, s, i);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i,
					   "stance.appalled")))
			return rc;
		return ENT_OK;
	}
	if (k[0] == 'a' && kis(d, i, "against") && i > s->t0 + 2) {
		/* "X stands by Y against Zn aggression": X opposes Z */
		const mention *y = NULL;
		size_t q;
		for (q = s->m0; q < s->m1; q++)
			if (M(d, q)->t1 == i)
				y = M(d, q);
		if (!y || y->t0 < s->t0 + 2 ||
		    !(kis(d, y->t0 - 1, "by") || kis(d, y->t0 - 1, "with") ||
		      kis(d, y->t0 - 1, "behind")) ||
		    !kin_local(d, y->t0 - 2, w_stand_v) || negated(d, s, y->t0 - 2))
			return ENT_OK;
		t = named_state(d, s, i + 1, &e);
		if (!t || !(t->possessive || t->gz == GZ_DEMONYM) || e >= s->t1 ||
		    !kin_local(d, e, w_hostile_act))
			return ENT_OK;
		a = stance_actor(d, s, y->t0 - 2);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i,
					   "stance.stand_against")))
			return rc;
		return ENT_OK;
	}
	if (k[0] == 'i' && (kis(d, i, "its") || kis(d, i, "their")) && i > s->t0 + 1 &&
	    kis(d, i - 1, ",")) {
		/* "X, its (biggest/main) backer," */
		const mention *x = NULL, *y = NULL;
		size_t q;
		for (j = i + 1; j < s->t1 && j < i + 4 && !kin_local(d, j, w_backer_n); j++)
			if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
				return ENT_OK;
		if (j >= s->t1 || j >= i + 4 || j + 1 >= s->t1 || !kis(d, j + 1, ","))
			return ENT_OK;
		for (q = s->m0; q < s->m1; q++)
			if (M(d, q)->t1 == i - 1)
				x = M(d, q);
		if (!x || !ent__is_state_mention(x) || x->gz == GZ_FIRM || x->gz == GZ_DEMONYM ||
		    x->possessive)
			return ENT_OK;
		for (q = s->m0; q < s->m1 && M(d, q)->t1 <= x->t0; q++)
			if (ent__is_state_mention(M(d, q)) && M(d, q)->gz != GZ_FIRM &&
			    M(d, q)->gz != GZ_DEMONYM)
				y = M(d, q);
		*hit = 1;
		if (y && strcmp(x->code, y->code) &&
		    (rc = add_stance(d, s, x, y, ENT_POLARITY_SUPPORT, i, s->t1, "stance.its_backer")))
			return rc;
		return ENT_OK;
	}
	return ENT_OK;
}

/* Tenth round (test_extract_stance10.c):
 * - "X backs/supports (the) (territorial) integrity/sovereignty/
 *   independence of Y" (also the base form after "to", a modal or "we":
 *   "continue to back the territorial integrity of Y"): X backs Y
 *   (stance.statehood_support);
 * - "X is going to / plans to / decided to recognise Y as a state", and
 *   "when X recognises Y" with nothing after Y but the clause's end or a
 *   word of time or place: X backs Y (stance.recognition);
 * - "X's ambassador to Y was recalled / (is) to be called back": X
 *   opposes Y (stance.recall_envoy);
 * - "A and B joined Y in voting against/for ...": A and B side with Y
 *   (stance.voted_with). */
/* Can token i lead a rule of stance_round10?  A cheap look at its first
 * letters, so that the rule costs no call for most words. */
static int round10_word(const dctx *d, size_t i)
{
	const char *k;
	if (d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
		return 0;
	k = K(i);
	switch (k[0]) { /* a prefix lets through; the rule looks closer */
	case 's':
		return k[1] == 'u' && k[2] == 'p'; /* support(s/ed) */
	case 'b':
		return k[1] == 'a' && k[2] == 'c'; /* back(s/ed) */
	case 'c':
		return k[1] == 'h' && k[2] == 'a'; /* champion(s/ed) */
	case 'e':
		return k[1] == 'n' && (k[2] == 'v' || k[2] == 'd'); /* envoy, endorse(s/d) */
	case 'u':
		return k[1] == 'p' && k[2] == 'h'; /* uphold(s), upheld */
	case 'r':
		return k[1] == 'e' && k[2] == 'c'; /* recognise */
	case 'a':
		return k[1] == 'm' && k[2] == 'b'; /* ambassador */
	case 'j':
		return k[1] == 'o' && k[2] == 'i'; /* join(s/ed) */
	default:
		return 0;
	}
}

static int stance_round10(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_base_support[] = {"support", "back", "uphold", NULL};
	static const char *w_uphold[] = {"upholds", "upheld", NULL};
	static const char *w_recognise_v[] = {"recognized", "recognised", "recognizes",
					      "recognises", "recognize", "recognise", NULL};
	static const char *w_intend[] = {"going", "plans", "planned", "planning", "decided",
					 "decides", "intends", "intended", "ready", "prepared",
					 "agreed", "set", NULL};
	static const char *w_after_y[] = {"on", "in", "at", "after", "before", "so", "last",
					  "this", "next", "when", "soon", "shortly", "too",
					  "today", "yesterday", "later", "earlier", "within",
					  NULL};
	static const char *w_vote[] = {"voting", "vote", "votes", "voted", NULL};
	const mention *a, *t;
	const char *k;
	size_t j, e = 0;
	int rc;
	*hit = 0;
	if (i + 2 >= s->t1 || d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
		return ENT_OK;
	k = K(i);
	if ((k[0] == 's' || k[0] == 'b' || k[0] == 'u' || k[0] == 'e' || k[0] == 'c' ||
	     k[0] == 'r') &&
	    (KIN(d, i, w_support_v) || kin_local(d, i, w_uphold) ||
	     (kin_local(d, i, w_base_support) && i > s->t0 &&
	      (KIN(d, i - 1, w_modal) || kis(d, i - 1, "we") || kis(d, i - 1, "they"))))) {
		/* "Ukraine backs the territorial integrity of Azerbaijan" */
		static const char *w_own[] = {"integrity", "sovereignty", "independence", "statehood",
					      NULL};
		size_t w;
		int pron = i > s->t0 && (kis(d, i - 1, "we") || kis(d, i - 1, "they") ||
					 kis(d, i - 1, "i"));
		j = i + 1;
		if (ly_adverb(d, j))
			j++;
		static const char *w_effort[] = {"efforts", "effort", "position", "stance",
						 "initiative", "initiatives", "bid", NULL};
		/* a cheap look first: a word of statehood or effort within
		 * three words */
		for (w = j; w < s->t1 && w < j + 3 && !kin_local(d, w, w_own) &&
			    !kin_local(d, w, w_effort);
		     w++)
			;
		if ((w >= s->t1 || w >= j + 3) && !pron)
			return ENT_OK;
		if (negated(d, s, i))
			return ENT_OK;
		t = recognised_state(d, s, j);
		if (!t && w < s->t1 && w < j + 3 && kin_local(d, w, w_effort) && w + 2 < s->t1 &&
		    (kis(d, w + 1, "of") || kis(d, w + 1, "by"))) {
			/* "supports (all) efforts by the Chinese government",
			 * "backs the position of Y" */
			t = named_state(d, s, w + 2, &e);
			if (t && (t->possessive || t->gz == GZ_DEMONYM))
				t = NULL;
			if (!t)
				t = state_np(d, s, w + 2, NULL);
		}
		if (!t && j + 1 < s->t1 && kis(d, j, "our")) {
			/* "as Y has supported our territorial integrity," the
			 * minister said: the speaker's state */
			w = kis(d, j + 1, "territorial") ? j + 2 : j + 1;
			if (w < s->t1 && kin_local(d, w, w_own))
				t = quote_speaker(d, s, i);
		}
		if (!t && pron && kin_local(d, i, w_base_support)) {
			/* "We support Uganda": a state right after the verb */
			t = actor_after(d, s, j, 0, 1);
			if (t && (t->possessive || t->gz == GZ_DEMONYM))
				t = NULL;
		}
		if (!t || (t->possessive && !is_person(d, t)) ||
		    (kis(d, i, "reaffirmed") || kis(d, i, "reiterated")))
			return ENT_OK; /* "supports Y's sovereignty": the older rules */
		a = stance_actor(d, s, i);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
					   "stance.statehood_support")))
			return rc;
		return ENT_OK;
	}
	if (k[0] == 'r' && kin_local(d, i, w_recognise_v) && i > s->t0 && !negated(d, s, i)) {
		size_t v = i;
		if (kis(d, i - 1, "to")) {
			/* "his country is going to recognise Kosovo as ..." */
			if (i < s->t0 + 2 || !kin_local(d, i - 2, w_intend))
				return ENT_OK;
			v = i - 2;
			while (v > s->t0 && (KIN(d, v - 1, w_be) || kis(d, v - 1, "has") ||
					     kis(d, v - 1, "have") || kis(d, v - 1, "had")))
				v--;
			if (negated(d, s, v))
				return ENT_OK;
			t = recognised_state(d, s, i + 1);
		} else if (KIN(d, i - 1, w_be) || kis(d, i - 1, "been")) {
			return ENT_OK;
		} else {
			/* "when Italy recognises Kosovo": Y alone as the object */
			t = named_state(d, s, i + 1, &e);
			if (t && (t->possessive || t->gz == GZ_DEMONYM ||
				  !(e >= s->t1 || d->t.v[e].kind == TK_PUNCT ||
				    kin_local(d, e, w_after_y))))
				t = NULL;
		}
		if (!t)
			return ENT_OK;
		a = stance_actor(d, s, v);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
					   "stance.recognition")))
			return rc;
		return ENT_OK;
	}
	if ((k[0] == 'a' || k[0] == 'e') && kin_local(d, i, w_envoy_n) && i > s->t0 &&
	    kis(d, i - 1, "'s") && (kis(d, i + 1, "to") || kis(d, i + 1, "in"))) {
		/* "Serbia's ambassador to Italy was recalled / to be called back" */
		const mention *x = NULL;
		size_t q, n;
		for (q = s->m0; q < s->m1; q++)
			if (M(d, q)->t1 == i - 1 && M(d, q)->possessive)
				x = M(d, q);
		if (!x || !ent__is_state_mention(x) || x->gz == GZ_FIRM || x->gz == GZ_DEMONYM)
			return ENT_OK;
		t = named_state(d, s, i + 2, &e);
		if (!t || t->possessive || t->gz == GZ_DEMONYM)
			return ENT_OK;
		for (j = e, n = 0; j < s->t1 && n < 3 &&
				   (KIN(d, j, w_be) || kis(d, j, "to") || kis(d, j, "would") ||
				    kis(d, j, "will") || kis(d, j, "has") || kis(d, j, "had"));
		     j++, n++)
			;
		if (j == e || j >= s->t1 || negated(d, s, j))
			return ENT_OK;
		if (!(kis(d, j, "recalled") || kis(d, j, "withdrawn") ||
		      (kis(d, j, "called") && j + 1 < s->t1 && kis(d, j + 1, "back"))))
			return ENT_OK;
		*hit = 1;
		if (strcmp(x->code, t->code) &&
		    (rc = add_stance(d, s, x, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.recall_envoy")))
			return rc;
		return ENT_OK;
	}
	if (k[0] == 'j' && (kis(d, i, "joined") || kis(d, i, "joins") || kis(d, i, "join")) &&
	    !negated(d, s, i)) {
		/* "Belarus and Syria joined Russia in voting against it" */
		t = named_state(d, s, i + 1, &e);
		if (!t || t->possessive || t->gz == GZ_DEMONYM || e + 1 >= s->t1 || !kis(d, e, "in"))
			return ENT_OK;
		if (KIN(d, e + 1, w_oppose_v) && strlen(K(e + 1)) > 3 &&
		    !strcmp(K(e + 1) + strlen(K(e + 1)) - 3, "ing")) {
			/* "Japan joined the US in condemning X's launch": the
			 * subject condemns X as well */
			const mention *z = actor_after(d, s, e + 2, 2, 1);
			if (!z)
				z = demonym_act(d, s, e + 2);
			a = stance_actor(d, s, i);
			*hit = 1;
			if (a && z && a->gz != GZ_FIRM && strcmp(a->code, z->code) &&
			    (rc = add_stance(d, s, a, z, ENT_POLARITY_OPPOSE, i, s->t1,
					     "stance.joined_in")))
				return rc;
			return ENT_OK;
		}
		if (!kin_local(d, e + 1, w_vote))
			return ENT_OK;
		a = stance_actor(d, s, i);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
					   "stance.voted_with")))
			return rc;
		return ENT_OK;
	}
	return ENT_OK;
}

/* "France and Greece back Armenia", "India and Western countries back X",
 * "A and B, both of which back X": the base form "back"/"support" at i is
 * the verb of a plural subject (a list joined by "and", or a relative
 * pronoun) when a state follows it. */
static int plural_base_support(const dctx *d, const span *s, size_t i)
{
	static const char *w_base[] = {"back", "support", NULL};
	static const char *w_group[] = {"countries", "nations", "states", "allies", "powers",
					"governments", NULL};
	static const char *w_rel[] = {"which", "who", NULL};
	const mention *t, *m;
	size_t j = i, n = 0, k;
	if (d->t.v[i].upper || (K(i)[0] != 'b' && K(i)[0] != 's') || !kin_local(d, i, w_base) ||
	    i + 1 >= s->t1 || i <= s->t0 + 1)
		return 0;
	t = mention_at(d, s, i + 1);
	if (!t || !ent__is_state_mention(t) || t->possessive || t->gz == GZ_FIRM ||
	    t->gz == GZ_DEMONYM)
		return 0;
	while (j > s->t0 + 1 && n < 2 &&
	       (ly_adverb(d, j - 1) || kis(d, j - 1, "also") || kis(d, j - 1, "both") ||
		kis(d, j - 1, "still"))) {
		j--;
		n++;
	}
	if (kin_local(d, j - 1, w_rel))
		return kis(d, j - 2, "of") || kis(d, j - 2, ",");
	if (kin_local(d, j - 1, w_group)) {
		for (k = j - 1; k > s->t0 && k + 4 > j; k--)
			if (kis(d, k - 1, "and"))
				return 1;
		return 0;
	}
	for (k = s->m0; k < s->m1; k++) {
		m = M(d, k);
		if (m->t1 == j && ent__is_state_mention(m) && !m->possessive && m->gz != GZ_FIRM &&
		    m->gz != GZ_DEMONYM && m->t0 > s->t0 && kis(d, m->t0 - 1, "and"))
			return 1;
	}
	return 0;
}

/* Statements on sanctions and on elections (holdout set ag):
 * - "sanctions (newly) imposed/announced by A, B and C on Y" and
 *   "sanctions imposed on Y by A": each of A, B, C opposes Y
 *   (stance.sanctions_by);
 * - "X announced/unveiled/approved (new) sanctions on/against Y": X
 *   opposes Y (stance.sanctions_by);
 * - "X condemned/denounced the (new) sanctions (imposed ...) on/against
 *   Y": X backs Y (stance.sanctions_condemned);
 * - "X does not / refused to / will not recognise the (results of the)
 *   election in Y / Y's election / the Yn vote" (or "them", the elections
 *   of Y named before in the sentence): X opposes Y
 *   (stance.election_unrecognised). */
static int sanction_poll_word(const dctx *d, size_t i)
{
	const char *k;
	if (d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
		return 0;
	k = K(i);
	return (k[0] == 's' && k[1] == 'a' && k[2] == 'n') ||	 /* sanction(s) */
	       (k[0] == 'r' && k[1] == 'e' && k[2] == 's') ||	 /* resolution */
	       (k[0] == 'r' && k[1] == 'e' && (k[2] == 'c' || k[2] == 'j')) || /* recognise, reject */
	       (k[0] == 'e' && k[1] == 'x' && k[2] == 'p');	 /* expel, expulsion */
}

/* A state named at token j, no firm, demonym or possessive; *end after it. */
static const mention *plain_state(const dctx *d, const span *s, size_t j, size_t *end)
{
	const mention *m = named_state(d, s, j, end);
	return m && m->gz != GZ_DEMONYM && !m->possessive ? m : NULL;
}

/* The states listed from token j ("the United States, the European Union,
 * the United Kingdom and Canada": other names are passed over), at most
 * max; *end is the token after the list. */
static size_t listed_states(const dctx *d, const span *s, size_t j, const mention **out,
			    size_t max, size_t *end)
{
	size_t n = 0;
	for (;;) {
		const mention *m;
		if (j < s->t1 && KIN(d, j, w_det))
			j++;
		m = mention_at(d, s, j);
		if (!m)
			break;
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM && m->gz != GZ_DEMONYM &&
		    !m->possessive && n < max)
			out[n++] = m;
		j = m->t1;
		*end = j;
		if (j < s->t1 && kis(d, j, ","))
			j++;
		if (j < s->t1 && kis(d, j, "and"))
			j++;
		if (j == *end)
			break;
	}
	return n;
}

/* words of a vote: "the election(s) in Y", "Y's referendum" */
static const char *w_poll_n[] = {"election", "elections", "vote", "referendum", "referendums",
				 "poll", "polls", NULL};

/* The state whose vote an election word at token j is: "election(s) in
 * (the) Y", "elections held/organised by Y", "Y's (presidential)
 * election", "the Yn (so-called) elections"; or NULL. */
static const mention *poll_state(const dctx *d, const span *s, size_t j)
{
	static const char *w_held[] = {"held", "organised", "organized", "staged", "conducted",
				       NULL};
	static const char *w_poll_part[] = {"procedure", "process", "campaign", "results",
					    "result", "outcome", NULL};
	const mention *y;
	size_t q, n, e = 0;
	q = j + 1;
	if (q < s->t1 && skip_quote(d, q))
		q++;
	if (q + 1 < s->t1 && kin_local(d, q, w_poll_part))
		q++; /* "the election procedure in Y" */
	if (q + 1 < s->t1 && kin_local(d, q, w_held) && kis(d, q + 1, "by"))
		q++;
	if (q + 1 < s->t1 && (kis(d, q, "in") || kis(d, q, "by")) &&
	    (y = plain_state(d, s, q + 1, &e)) != NULL)
		return y;
	/* leftwards over quotes and up to two lower-case words */
	for (q = j, n = 0; q > s->t0 && n < 4; q--, n++) {
		y = mention_at(d, s, q - 1);
		if (y && ent__is_state_mention(y) && y->gz != GZ_FIRM)
			return y->gz == GZ_DEMONYM || y->possessive ? y : NULL;
		if (!skip_quote(d, q - 1) && !kis(d, q - 1, "'s") &&
		    !(d->t.v[q - 1].kind == TK_WORD && !d->t.v[q - 1].upper))
			return NULL;
	}
	return NULL;
}

/* The state of an election named within six tokens from j ("the (results
 * of the) presidential election in Y"), or NULL. */
static const mention *poll_object(const dctx *d, const span *s, size_t j)
{
	size_t n;
	for (n = 0; j < s->t1 && n < 6; j++, n++) {
		if (kis(d, j, ",") || kis(d, j, ";"))
			return NULL;
		if (kin_local(d, j, w_poll_n))
			return poll_state(d, s, j);
	}
	return NULL;
}

/* A state at token j: "Y", or "Yn <noun>" / "Y's <noun>" ("Chilean
 * officials", "Chile's oil sector"); *end after the name (and "'s"). */
static const mention *state_before_noun(const dctx *d, const span *s, size_t j, size_t *end)
{
	const mention *m = named_state(d, s, j, end);
	if (!m || !(m->possessive || m->gz == GZ_DEMONYM))
		return m;
	return *end < s->t1 && d->t.v[*end].kind == TK_WORD && !d->t.v[*end].upper ? m : NULL;
}

/* The state a resolution told of in the three units before condemns:
 * "... voted to condemn Y's annexation." / "a resolution denouncing the Yn
 * raid", the latest such; or NULL. */
static const mention *resolution_target(const dctx *d, const span *s)
{
	static const char *w_condemn_v[] = {"condemns", "condemned", "condemn", "condemning",
					    "denounces", "denounced", "denounce", "denouncing",
					    "deplores", "deplored", "deploring", NULL};
	const mention *y = NULL;
	int u;
	for (u = s->unit - 1; u >= 0 && u >= s->unit - 3 && !y; u--) {
		span ps = *s;
		size_t j, e = 0;
		ps.unit = u;
		ps.t0 = d->units[u].t0;
		ps.t1 = d->units[u].t1;
		ps.m0 = d->units[u].m0;
		ps.m1 = d->units[u].m1;
		for (j = ps.t0; j + 1 < ps.t1; j++)
			if (kin_local(d, j, w_condemn_v) && !negated(d, &ps, j)) {
				const mention *m = named_state(d, &ps, j + 1, &e);
				if (m)
					y = m;
			}
	}
	return y;
}

/* "X backed / voted for the resolution" (or "voted against / opposed
 * it") when the units before told that it condemns Y: X opposes (backs)
 * Y (stance.resolution_vote). */
static int resolution_vote(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_back_v[] = {"backed", "supported", "endorsed", "sponsored",
					 "co-sponsored", "approved", NULL};
	static const char *w_down_v[] = {"opposed", "rejected", NULL};
	static const char *w_that_res[] = {"the", "this", "that", NULL};
	const mention *y;
	size_t v = i, q;
	int pol = -1;
	*hit = 0;
	if (!kis(d, i, "resolution") || i < s->t0 + 2)
		return ENT_OK;
	if (d->t.v[i - 1].kind == TK_WORD && d->t.v[i - 1].upper && i >= s->t0 + 3)
		v--; /* "the UN resolution" */
	if (!kin_local(d, v - 1, w_that_res))
		return ENT_OK;
	v--;
	if (kin_local(d, v - 1, w_back_v))
		pol = ENT_POLARITY_SUPPORT;
	else if (kin_local(d, v - 1, w_down_v))
		pol = ENT_POLARITY_OPPOSE;
	else if (v >= s->t0 + 2 && kis(d, v - 2, "voted") &&
		 (kis(d, v - 1, "for") || kis(d, v - 1, "against")))
		pol = kis(d, v - 1, "for") ? ENT_POLARITY_SUPPORT : ENT_POLARITY_OPPOSE;
	if (pol < 0 || negated(d, s, v - 1))
		return ENT_OK;
	for (q = i + 1; q < s->t1; q++)
		if (KIN(d, q, w_oppose_v))
			return ENT_OK; /* "the resolution condemning Y": stance.verb */
	if ((y = resolution_target(d, s)) == NULL)
		return ENT_OK;
	*hit = 1;
	/* backing a condemnation opposes Y */
	return add_state_stance(d, s, stance_actor(d, s, v - 1), y,
				pol == ENT_POLARITY_SUPPORT ? ENT_POLARITY_OPPOSE : ENT_POLARITY_SUPPORT,
				i, "stance.resolution_vote");
}

static int sanction_poll_rules(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_sanctions[] = {"sanctions", "sanction", NULL};
	static const char *w_by_v[] = {"imposed", "announced", "introduced", "approved",
				       "adopted", "slapped", "levied", NULL};
	static const char *w_announce_v[] = {"announced", "announces", "unveiled", "unveils",
					     "approved", "approves", "adopted", "adopts", NULL};
	static const char *w_recognise_v[] = {"recognized", "recognised", "recognizes",
					      "recognises", "recognize", "recognise", NULL};
	/* a condemnation of sanctions, not a mere objection to them */
	static const char *w_condemn_v[] = {"condemns", "condemned", "condemn", "condemning",
					    "denounces", "denounced", "denounce", "denouncing",
					    "slammed", "slams", "lambasted", NULL};
	static const char *w_result_n[] = {"results", "result", "outcome", "them", "it", NULL};
	static const char *w_expel_v[] = {"expelled", "expels", "expel", "expelling", "expulsion",
					  NULL};
	static const char *w_diplomat_n[] = {"ambassador", "ambassadors", "envoy", "envoys",
					     "diplomat", "diplomats", "attache", NULL};
	static const char *w_reject_poll[] = {"rejected", "rejects", "reject", "rejecting", NULL};
	const mention *ag[6], *a, *y = NULL;
	size_t na = 0, j, e = 0, q, n;
	int rc;
	*hit = 0;
	if (K(i)[0] == 'r' && K(i)[2] == 's')
		return resolution_vote(d, s, i, hit);
	if (i + 2 >= s->t1)
		return ENT_OK;
	if (kis(d, i, "sanctioned") && i > s->t0 && !KIN(d, i - 1, w_be) && !kis(d, i - 1, "been") &&
	    !negated(d, s, i)) {
		/* "X (has) sanctioned Y / three Yn firms / Y's minister" */
		j = i + 1;
		if (j < s->t1 && (count_word(d, j) || kis(d, j, "several")))
			j++;
		y = state_before_noun(d, s, j, &e);
		if (!y)
			return ENT_OK;
		*hit = 1;
		return add_state_stance(d, s, stance_actor(d, s, i), y, ENT_POLARITY_OPPOSE, i,
					"stance.sanctions_by");
	}
	if (kin_local(d, i, w_sanctions)) {
		j = i + 1;
		if (j < s->t1 && ly_adverb(d, j))
			j++;
		if (j + 2 < s->t1 && kin_local(d, j, w_by_v)) {
			j++;
			if ((kis(d, j, "on") || kis(d, j, "against")) &&
			    (y = plain_state(d, s, j + 1, &e)) != NULL)
				j = e; /* "imposed on Y by A" */
			if (j + 1 < s->t1 && kis(d, j, "by")) {
				na = listed_states(d, s, j + 1, ag, 6, &e);
				if (!y && na && e + 1 < s->t1 &&
				    (kis(d, e, "on") || kis(d, e, "against")))
					y = plain_state(d, s, e + 1, &e);
			}
		} else if (j + 1 < s->t1 && (kis(d, j, "on") || kis(d, j, "against"))) {
			size_t e2 = 0;
			y = state_before_noun(d, s, j + 1, &e);
			if (y && e + 3 < s->t1 && KIN(d, e, w_be) && kin_local(d, e + 1, w_by_v) &&
			    kis(d, e + 2, "by")) {
				/* "sanctions on Y were announced by A and B" */
				na = listed_states(d, s, e + 3, ag, 6, &e2);
			} else if (y) {
				/* "announced (new) sanctions on Y", "imposed sanctions
				 * on Yn officials": the announcer (the imposer of
				 * sanctions on Y itself is stance.sanctions') */
				for (q = i, n = 0; q > s->t0 && n < 3 &&
						   !kin_local(d, q - 1, w_announce_v) &&
						   !KIN(d, q - 1, w_impose) &&
						   d->t.v[q - 1].kind == TK_WORD && !d->t.v[q - 1].upper;
				     q--, n++)
					;
				if (q > s->t0 &&
				    (kin_local(d, q - 1, w_announce_v) ||
				     (KIN(d, q - 1, w_impose) && (y->possessive || y->gz == GZ_DEMONYM))) &&
				    !negated(d, s, q - 1) && (a = stance_actor(d, s, q - 1)) != NULL) {
					ag[0] = a;
					na = 1;
				}
			}
		}
		if (!y)
			return ENT_OK;
		for (q = 0; q < na; q++)
			if ((rc = add_state_stance(d, s, ag[q], y, ENT_POLARITY_OPPOSE, i,
						   "stance.sanctions_by")))
				return rc;
		/* "X condemned the (new) (Western) sanctions ...": X backs Y */
		for (q = i, n = 0; q > s->t0 && n < 4 && !kin_local(d, q - 1, w_condemn_v) &&
				   d->t.v[q - 1].kind == TK_WORD && (!d->t.v[q - 1].upper || n == 0);
		     q--, n++)
			;
		if (q > s->t0 && kin_local(d, q - 1, w_condemn_v) && !negated(d, s, q - 1)) {
			a = stance_actor(d, s, q - 1);
			*hit = 1;
			if (a && !is_person(d, a) &&
			    (rc = add_state_stance(d, s, a, y, ENT_POLARITY_SUPPORT, i,
						   "stance.sanctions_condemned")))
				return rc;
		}
		return ENT_OK;
	}
	if (kin_local(d, i, w_expel_v) && !negated(d, s, i)) {
		/* "expelled (the) (two) Yn / Y's (top) diplomats", "the expulsion
		 * of the Yn envoy" */
		j = i + 1;
		if (kis(d, i, "expulsion")) {
			if (!kis(d, j, "of"))
				return ENT_OK;
			j++;
		}
		if (j < s->t1 && (count_word(d, j) || kis(d, j, "several")))
			j++;
		y = named_state(d, s, j, &e);
		if (!y || !(y->possessive || y->gz == GZ_DEMONYM))
			return ENT_OK;
		if (e + 1 < s->t1 && d->t.v[e].kind == TK_WORD && !d->t.v[e].upper &&
		    !kin_local(d, e, w_diplomat_n))
			e++; /* "top", "acting" */
		if (e >= s->t1 || !kin_local(d, e, w_diplomat_n))
			return ENT_OK;
		*hit = 1;
		return add_state_stance(d, s, stance_actor(d, s, i), y, ENT_POLARITY_OPPOSE, i,
					"stance.expelled");
	}
	if (kin_local(d, i, w_reject_poll)) {
		/* "rejected the (official) results of the election in Y" */
		j = i + 1;
		if (j < s->t1 && KIN(d, j, w_det))
			j++;
		if (j < s->t1 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		    !kin_local(d, j, w_result_n) && !kin_local(d, j, w_poll_n))
			j++; /* "official", "presidential" */
		if (j >= s->t1 || !(kin_local(d, j, w_result_n) || kin_local(d, j, w_poll_n)) ||
		    (y = poll_object(d, s, j)) == NULL)
			return ENT_OK;
		*hit = 1;
		return add_state_stance(d, s, stance_actor(d, s, i), y, ENT_POLARITY_OPPOSE, i,
					"stance.election_unrecognised");
	}
	if (!kin_local(d, i, w_recognise_v) || !negated(d, s, i))
		return ENT_OK;
	for (q = s->t0; q < i; q++)
		if (KIN(d, q, w_oppose_v))
			return ENT_OK; /* "X condemned Z's refusal to recognise ...": Z's */
	/* the object: "(the) (results/outcome of) (the) ... election(s)" */
	for (j = i + 1, n = 0; j < s->t1 && n < 8 && !y; j++, n++) {
		if (kis(d, j, ",") || kis(d, j, ";"))
			break;
		if (kin_local(d, j, w_poll_n))
			y = poll_state(d, s, j);
		else if (n == 0 && kin_local(d, j, w_result_n) && !kis(d, j + 1, "of"))
			break; /* "them", "the results": the elections named before */
	}
	if (!y && (j = find_in(d, i + 1, i + 3 < s->t1 ? i + 3 : s->t1, w_result_n)) != NONE)
		for (q = s->t0; q < i && !y; q++)
			if (kin_local(d, q, w_poll_n))
				y = poll_state(d, s, q);
	if (!y)
		return ENT_OK;
	a = stance_actor(d, s, i);
	if ((!a || strcmp(a->code, y->code) == 0) && s->m0 < s->m1 && M(d, s->m0)->t0 < i &&
	    ent__is_state_mention(M(d, s->m0))) {
		/* "X said the vote in Y was ... and it does not": X, unless a
		 * bloc named on the way may be "it" */
		a = M(d, s->m0);
		for (q = s->m0; q < s->m1 && M(d, q)->t0 < i; q++)
			if (M(d, q)->gz == GZ_BLOC)
				a = NULL;
	}
	*hit = 1;
	return add_state_stance(d, s, a, y, ENT_POLARITY_OPPOSE, i, "stance.election_unrecognised");
}

/* Is the verb of opposition at token i ("condemning Y") in a motion the
 * subject voted against or blocked ("voted against a (UN) resolution
 * condemning Y", "vetoed the draft denouncing Y")?  The voter backs Y
 * (stance.verb). */
static int motion_voted_down(const dctx *d, const span *s, size_t i)
{
	static const char *w_motion[] = {"resolution", "motion", "draft", NULL};
	static const char *w_vote[] = {"voted", "votes", "vote", "voting", NULL};
	static const char *w_block[] = {"vetoed", "vetoes", "veto", "blocked", "blocks", NULL};
	size_t j, n;
	for (j = i, n = 0; j > s->t0 && n < 6 && !kin_local(d, j - 1, w_motion); j--, n++)
		;
	if (j <= s->t0 || !kin_local(d, j - 1, w_motion))
		return 0;
	for (j--, n = 0; j > s->t0 && n < 6; j--, n++) {
		if (kin_local(d, j - 1, w_block))
			return 1;
		if (kis(d, j - 1, "against"))
			return j - 1 > s->t0 && kin_local(d, j - 2, w_vote);
	}
	return 0;
}

/* "called on nations, including India, to ...", "urged countries such as
 * X to ...": the state named as a member of the group at j; *te is set to
 * the token after it (over a comma). NULL when j opens no such group. */
static const mention *group_member(const dctx *d, const span *s, size_t j, size_t *te)
{
	static const char *w_grp[] = {"nations", "countries", "states", "governments", "partners",
				      "suppliers", NULL};
	static const char *w_pre[] = {"all", "other", "foreign", "third", "those", NULL};
	const mention *x;
	size_t e;
	if (j < s->t1 && kin_local(d, j, w_pre))
		j++;
	if (j + 2 >= s->t1 || !kin_local(d, j, w_grp))
		return NULL;
	j++;
	if (kis(d, j, ","))
		j++;
	if (j < s->t1 && kis(d, j, "including"))
		j++;
	else if (j + 1 < s->t1 && kis(d, j, "such") && kis(d, j + 1, "as"))
		j += 2;
	else
		return NULL;
	x = mention_at(d, s, j);
	if (!x || !ent__is_state_mention(x) || x->possessive || x->gz == GZ_FIRM ||
	    x->gz == GZ_DEMONYM)
		return NULL;
	e = x->t1;
	if (e < s->t1 && kis(d, e, ","))
		e++;
	*te = e;
	return x;
}

/* "Four countries voted against a resolution condemning Y, namely A, B
 * and C (, as well as D)": with a count of states for subject and no state
 * before the verb at token i, the states listed after "namely" take the
 * stance toward t (stance.verb). */
static int namely_stances(dctx *d, const span *s, size_t i, const mention *t,
			  ent_polarity pol)
{
	const mention *ls[8];
	size_t q, n = 0, e = 0, k;
	int rc, counted = 0;
	for (q = s->t0 + 2; q <= i && !counted; q++)
		counted = counted_states_before(d, s, q);
	if (!counted)
		return ENT_OK;
	for (q = i + 1; q + 1 < s->t1 && !(kis(d, q, ",") && kis(d, q + 1, "namely")); q++)
		;
	if (q + 2 >= s->t1)
		return ENT_OK;
	n = listed_states(d, s, q + 2, ls, 8, &e);
	if (n && e + 4 < s->t1 && kis(d, e, ",") && kis(d, e + 1, "as") && kis(d, e + 2, "well") &&
	    kis(d, e + 3, "as"))
		n += listed_states(d, s, e + 4, ls + n, 8 - n, &e); /* ", as well as D" */
	for (k = 0; k < n; k++)
		if ((rc = add_state_stance(d, s, ls[k], t, pol, i, "stance.verb")))
			return rc;
	return ENT_OK;
}

/* A stance rule led by the word at token i; *hit when it took the word. */
typedef int (*word_rule)(dctx *d, const span *s, size_t i, int *hit);

static int rule_stance(dctx *d, const span *s)
{
	static const word_rule word_rules[] = {stance_oppose_words, stance_more, stance_round5,
					       stance_round7, stance_round8};
	size_t i, wr;
	int rc;
	if (span_has(d, s, w_interpret)) {
		/* an interpretation is no stance, but "X described the raid as
		 * a violation" is X's own judgement (active "described") */
		for (i = s->t0 + 1; i < s->t1; i++) {
			int hit;
			if ((kis(d, i, "described") || kis(d, i, "describes") ||
			     kis(d, i, "describing")) && !KIN(d, i - 1, w_be) &&
			    !kis(d, i - 1, "been") && (rc = stance_round7(d, s, i, &hit)))
				return rc;
		}
		return ENT_OK;
	}
	for (i = s->t0; i < s->t1; i++) {
		int verb = (KIN(d, i, w_support_v) ||
			    ((K(i)[0] == 'b' || K(i)[0] == 's') && plural_base_support(d, s, i))) &&
			   progressive_support(d, s, i),
		    opp = KIN(d, i, w_oppose_v), hit;
		if (opp && (rc = stance_condemn_drills(d, s, i, &hit)))
			return rc;
		if (opp && hit)
			continue;
		hit = 0;
		if ((opp || KIN(d, i, w_oppose_n)) && (rc = stance_object_drill(d, s, i, &hit)))
			return rc;
		if (hit)
			continue;
		/* the word-led rules, in order: the first that takes token i
		 * ends its turn */
		hit = 0;
		for (wr = 0; wr < sizeof word_rules / sizeof word_rules[0] && !hit; wr++)
			if ((rc = word_rules[wr](d, s, i, &hit)))
				return rc;
		if (!hit && round10_word(d, i) && (rc = stance_round10(d, s, i, &hit)))
			return rc;
		if (!hit && sanction_poll_word(d, i) && (rc = sanction_poll_rules(d, s, i, &hit)))
			return rc;
		if (hit)
			continue;
		if ((rc = cause_concern(d, s, i)))
			return rc;
		{
			size_t say = NONE;
			const mention *x = judged_hostile(d, s, i, &say);
			if (!x && (x = judged_deed(d, s, i, &say)) != NULL) {
				const mention *a = stance_actor(d, s, say);
				if (a && a->gz != GZ_FIRM &&
				    (rc = add_stance(d, s, a, x, ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.judged_deed")))
					return rc;
				continue;
			}
			if (x) {
				const mention *a = say != NONE ? stance_actor(d, s, say)
							       : quote_speaker(d, s, i);
				if (a && a->gz != GZ_FIRM &&
				    (rc = add_stance(d, s, a, x, ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.hostile_judgement")))
					return rc;
				if (a)
					continue;
			}
		}
		if (KIN(d, i, w_rel_v) && !negated(d, s, i)) {
			const mention *sj = NULL, *an = relative_antecedent(d, s, i, &sj);
			if (an) {
				if ((rc = add_stance(d, s, sj, an,
						     kin(d, i, w_rel_oppose) ? ENT_POLARITY_OPPOSE
									     : ENT_POLARITY_SUPPORT,
						     i, s->t1, "stance.relative")))
					return rc;
				continue;
			}
		}
		size_t op = i + 1 < s->t1 && quote_mark(d, i + 1) ? i + 2 : i + 1; /* "protests" against */
		if (KIN(d, i, w_oppose_n) && op < s->t1 &&
		    (KIN(d, op, w_oppose_prep) || in_response_to(d, s, op) != NONE) &&
		    !negated(d, s, i)) {
			/* "Tehran's skepticism of Baku's ties", "Iranian criticism of
			 * Azerbaijan", "X raised objections to Y", "issued a firm
			 * condemnation on Saturday in response to Israel's strikes" */
			size_t r = KIN(d, op, w_oppose_prep) ? op + 1 : in_response_to(d, s, op);
			const mention *a = actor_before(d, s, i, 2, 0);
			if (a && a->gz == GZ_DEMONYM && a->t1 != i)
				a = NULL; /* "a Japanese diplomat to protest": no critic */
			const mention *t = actor_after(d, s, r, 1, 1);
			if (!t)
				t = demonym_act(d, s, r);
			if (!t)
				t = agent_of_object(d, s, r); /* "protests against the use of force by X" */
			if (!a) {
				/* "X firmly opposes and strongly protests against ...":
				 * the subject of the first verb */
				size_t q = i, n = 0;
				while (q > s->t0 + 1 && n < 2 && ly_adverb(d, q - 1)) {
					q--;
					n++;
				}
				if (q > s->t0 + 1 && kis(d, q - 1, "and") && d->t.v[i].kind == TK_WORD &&
				    KIN(d, q - 2, w_oppose_v))
					a = stance_actor(d, s, q);
			}
			if (!a) {
				/* "X summoned Y's envoy to lodge a complaint over Z",
				 * "... to protest against Z": the subject of the clause */
				size_t v = voice_verb_before(d, s, i), inf = v != NONE ? v : i;
				if (inf > s->t0 && kis(d, inf - 1, "to"))
					a = subject_before(d, s, inf - 1);
				else if (v != NONE)
					a = stance_actor(d, s, v);
			}
			if (a && a->gz != GZ_FIRM &&
			    (rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
					     "stance.oppose_noun")))
				return rc;
			continue;
		}
		if (kis(d, i, "indifferent") && i > s->t0 + 1 && i + 2 < s->t1 &&
		    (kis(d, i - 1, "remain") || kis(d, i - 1, "stay") || kis(d, i - 1, "be")) &&
		    negated(d, s, i - 1) && kis(d, i + 1, "to")) {
			/* "Iran cannot remain indifferent to the Zionist regime's
			 * plot": the speaker opposes the one named */
			const mention *t = actor_after(d, s, i + 2, 2, 1);
			if (t && (rc = add_stance(d, s, stance_actor(d, s, i - 1), t,
						  ENT_POLARITY_OPPOSE, i, s->t1, "stance.not_indifferent")))
				return rc;
			continue;
		}
		if (KIN(d, i, w_label_v) && !negated(d, s, i)) {
			/* "Israel's foreign minister called Iran a regional
			 * threat", "X branded Y an aggressor" */
			const mention *t = actor_after(d, s, i + 1, 0, 1);
			size_t j, n;
			if (t && !t->possessive) {
				j = t->t1;
				if (j < s->t1 && kis(d, j, "as"))
					j++;
				if (j < s->t1 && (kis(d, j, "\"") || kis(d, j, "'")))
					j++; /* called Iran "a regional threat" */
				if (j < s->t1 && KIN(d, j, w_det))
					j++;
				for (n = 0; j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD &&
					    !d->t.v[j].upper && !kin(d, j, w_threat_n);
				     j++, n++)
					;
				if (j < s->t1 && kin(d, j, w_threat_n)) {
					if ((rc = add_stance(d, s, stance_actor(d, s, i), t,
							     ENT_POLARITY_OPPOSE, i, s->t1,
							     "stance.called_threat")))
						return rc;
					continue;
				}
			}
			if (!t && (t = labelled_act(d, s, i + 1)) != NULL) {
				/* "Iraq called the attack Israeli aggression" */
				if ((rc = add_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE,
						     i, s->t1, "stance.called_aggression")))
					return rc;
				continue;
			}
		}
		if (KIN(d, i, w_call) && !negated(d, s, i)) {
			/* "X called on Y to end its occupation", "X urged Y to stop" */
			size_t j = i + 1;
			const mention *a, *t;
			if (j < s->t1 && kis(d, j, "on"))
				j++;
			t = actor_after(d, s, j, 0, 1);
			size_t te = t ? t->t1 : 0;
			if (t && t->t0 > j + 2)
				t = NULL; /* not the callee: "called on nations, including X," */
			if (!t)
				t = group_member(d, s, j, &te); /* "on nations, including X, to" */
			if (!t)
				t = state_np(d, s, j, &te); /* "called on the Japanese government to" */
			if (!t && j + 1 < s->t1 && kis(d, j, "the") &&
			    (t = actor_after(d, s, j + 1, 0, 1)) != NULL)
				te = t->t1; /* "urged the United States to stop" */
			/* "to immediately cease", "to swiftly end": one adverb */
			size_t sv = t ? te + 1 : 0;
			if (t && sv + 1 < s->t1 && ly_adverb(d, sv))
				sv++;
			if (t && sv < s->t1 && kis(d, te, "to") && KIN(d, sv, w_stop)) {
				a = stance_actor(d, s, i);
				if ((rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.call_to_stop")))
					return rc;
			} else if (t && sv + 2 < s->t1 && kis(d, te, "to") &&
				   (kis(d, sv, "recognise") || kis(d, sv, "recognize") ||
				    kis(d, sv, "accept") || kis(d, sv, "respect"))) {
				/* "urged the Belgrade government to accept the
				 * independence of Kosovo", "called on X to respect
				 * Y's sovereignty": the caller backs Y */
				const mention *y = recognised_state(d, s, sv + 1);
				a = subject_before(d, s, i);
				if (!a)
					a = stance_actor(d, s, i);
				if (y && a && a->gz != GZ_FIRM &&
				    (rc = add_stance1(d, s, a, y, ENT_POLARITY_SUPPORT, i, s->t1,
						      "stance.call_to_recognise")))
					return rc;
			}
			continue;
		}
		if (kis(d, i, "despite")) {
			/* "India signed the deal despite warnings from the US",
			 * "despite Beijing's objections, Manila signed": the
			 * warner opposes the one who went ahead */
			static const char *warn[] = {"warnings", "warning", "objections", "objection",
						     "opposition", "protests", "criticism", "pressure",
						     "reservations", NULL};
			static const char *w_comma[] = {",", NULL};
			size_t j = i + 1, n = 0;
			const mention *a = NULL, *t = NULL;
			while (j < s->t1 && n < 4 && !kin(d, j, warn) && !kis(d, j, ",")) {
				j++;
				n++;
			}
			if (j < s->t1 && kin(d, j, warn)) {
				a = actor_before(d, s, j, 1, 0);
				if (a && !(a->possessive && a->t0 > i))
					a = NULL;
				if (!a && j + 1 < s->t1 && (kis(d, j + 1, "from") || kis(d, j + 1, "by")))
					a = actor_after(d, s, j + 2, 1, 1);
			}
			if (a && i == s->t0) {
				/* the subject right after the phrase's comma */
				size_t c = find_in(d, j, s->t1, w_comma);
				if (c != NONE)
					t = actor_after(d, s, c + 1, 1, 1);
			} else if (a) {
				t = subject_before(d, s, i);
			}
			if (a && t && a->gz != GZ_FIRM &&
			    (rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
					     "stance.despite_warnings")))
				return rc;
			continue;
		}
		if (K(i)[0] == 'l' &&
		    ((kis(d, i, "lying") && i > s->t0 && KIN(d, i - 1, w_be)) || kis(d, i, "lied"))) {
			/* "Ukraine's president has said that Iran is lying about
			 * ...": the speaker opposes the state said to lie
			 * (stance.lying, test_extract_denials.c) */
			size_t b = kis(d, i, "lied") ? i : i - 1, q, say = NONE;
			const mention *t = actor_before(d, s, b, 0, 1), *a = NULL;
			if (t && !t->possessive && !negated(d, s, i)) {
				for (q = s->t0; q < t->t0; q++)
					if (KIN(d, q, w_speech_verb))
						say = q;
				if (say != NONE && say > s->t0 &&
				    (kis(d, say - 1, "has") || kis(d, say - 1, "had")))
					say--;
				if (say != NONE)
					a = sayer(d, s, say);
			}
			if (a && a->gz != GZ_FIRM && a->code && strcmp(a->code, t->code) != 0 &&
			    (rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
					     "stance.lying")))
				return rc;
			continue;
		}
		if ((kis(d, i, "unacceptable") || kis(d, i, "intolerable") ||
		     kis(d, i, "inadmissible") || (K(i)[0] == 'r' && kis(d, i, "regrettable")) ||
		     (K(i)[0] == 'd' && kis(d, i, "deplorable"))) &&
		    !negated(d, s, i)) {
			/* "it is unacceptable for Russia that the US is giving
			 * ...", "Greece said it is unacceptable that Turkey ...":
			 * the one it is unacceptable for opposes the state after
			 * "that" */
			size_t j = i + 1;
			const mention *a = NULL, *t = NULL;
			if (j < s->t1 && (kis(d, j, "for") || kis(d, j, "to")) &&
			    (a = actor_after(d, s, j + 1, 0, 1)) != NULL)
				j = a->t1;
			if (j < s->t1 && kis(d, j, "that"))
				t = actor_after(d, s, j + 1, 1, 1);
			if (t && !a)
				a = stance_actor(d, s, i);
			if (t && !a)
				a = quote_speaker(d, s, i); /* '"It is ... that Y ...," X said' */
			if (a && t && a->gz != GZ_FIRM &&
			    (rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
					     "stance.unacceptable")))
				return rc;
			continue;
		}
		if ((kis(d, i, "must") || kis(d, i, "should")) && !negated(d, s, i)) {
			/* "Greece said Turkey must end its violations", "'Armenia
			 * and France must discontinue their policy,' the spokesman
			 * added": the speaker opposes the state told to stop */
			size_t v = i + 1, n = 0, q, say = NONE;
			while (v < s->t1 && n < 2 &&
			       (kis(d, v, "also") || kis(d, v, "now") || ly_adverb(d, v))) {
				v++;
				n++;
			}
			if (v < s->t1 &&
			    (KIN(d, v, w_stop) || kis(d, v, "discontinue") ||
			     (kis(d, v, "give") && v + 1 < s->t1 && kis(d, v + 1, "up")))) {
				const mention *t = actor_before(d, s, i, 0, 1), *a, *c[6];
				size_t nc = 0, r;
				if (t && !t->possessive)
					nc = coordinated(d, s, t, c, 6); /* "Armenia and France must" */
				for (q = s->t0; nc && q < c[0]->t0; q++)
					if (KIN(d, q, w_speech_verb))
						say = q;
				a = !nc		  ? NULL
				    : say != NONE ? sayer(d, s, say)
						  : according_to(d, s, c[0]->t0);
				if (nc && !a && say == NONE)
					a = quote_speaker(d, s, i);
				for (r = 0; a && a->gz != GZ_FIRM && r < nc; r++)
					if ((rc = add_stance(d, s, a, c[r], ENT_POLARITY_OPPOSE, i, s->t1,
							     "stance.must_stop")))
						return rc;
				if (a)
					continue;
			}
		}
		if (KIN(d, i, w_sanction_n) && i + 1 < s->t1 &&
		    (kis(d, i + 1, "on") || kis(d, i + 1, "against"))) {
			/* "The US imposed sanctions on China" */
			size_t v = i, n = 0;
			while (v > s->t0 && n < 3 && !KIN(d, v - 1, w_impose) &&
			       !kis(d, v - 1, "for") &&
			       d->t.v[v - 1].kind == TK_WORD && !d->t.v[v - 1].upper) {
				v--;
				n++;
			}
			if (v > s->t0 && KIN(d, v - 1, w_impose) && !negated(d, s, v - 1)) {
				const mention *a = stance_actor(d, s, v - 1);
				const mention *t = actor_after(d, s, i + 2, 1, 1);
				if ((rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.sanctions")))
					return rc;
			} else if (sanctions_sought(d, s, v)) {
				/* "The US has pushed for tough sanctions against X" */
				const mention *a = stance_actor(d, s, v - 2);
				const mention *t = actor_after(d, s, i + 2, 1, 1);
				if ((rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.sanctions_sought")))
					return rc;
			}
			continue;
		}
		if ((kis(d, i, "blockade") || kis(d, i, "blockades")) && i + 2 < s->t1 &&
		    (kis(d, i + 1, "on") || kis(d, i + 1, "against"))) {
			/* "X imposed an air, sea and land blockade on Y" */
			size_t v = i, n = 0;
			while (v > s->t0 && n < 6 && !KIN(d, v - 1, w_impose) &&
			       (kis(d, v - 1, ",") || (d->t.v[v - 1].kind == TK_WORD &&
						      !d->t.v[v - 1].upper))) {
				v--;
				n++;
			}
			if (v > s->t0 && KIN(d, v - 1, w_impose) && !negated(d, s, v - 1)) {
				/* the state right before the verb(s): "Y stood by Z
				 * since A and B cut ties and imposed a blockade on Z" */
				const mention *a = actor_before(d, s, v - 1, 4, 1);
				if (!a || a->possessive)
					a = stance_actor(d, s, v - 1);
				if ((rc = add_stance(d, s, a, actor_after(d, s, i + 2, 1, 1),
						     ENT_POLARITY_OPPOSE, i, s->t1, "stance.blockade")))
					return rc;
			}
			continue;
		}
		if (kis(d, i, "none") && i + 3 < s->t1 && kis(d, i + 1, "of")) {
			/* "... are none of China's business": the speaker opposes */
			const mention *t = mention_at(d, s, i + 2), *a = NULL;
			size_t k;
			if (t && ent__is_state_mention(t) && t->possessive && t->t1 + 1 < s->t1 &&
			    kis(d, t->t1 + 1, "business")) {
				for (k = s->m0; k < s->m1 && !a; k++)
					if (M(d, k)->t1 <= i && ent__is_state_mention(M(d, k)) &&
					    M(d, k)->gz != GZ_FIRM && speaker(d, s, M(d, k)))
						a = M(d, k);
				if (!a) {
					for (k = s->t0; k < i && !a; k++)
						if (person_at(d, k) && k + 1 < i &&
						    KIN(d, k + 1, w_speech_verb))
							a = person_at(d, k);
				}
				if ((rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.none_of_business")))
					return rc;
			}
			continue;
		}
		if (kis(d, i, "back") && i > s->t0 && KIN(d, i - 1, w_modal) && !negated(d, s, i)) {
			/* "Washington will back New Delhi's efforts" */
			const mention *a = stance_actor(d, s, i);
			const mention *t = actor_after(d, s, i + 1, 1, 1);
			if ((rc = add_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, s->t1,
					     "stance.will_back")))
				return rc;
			continue;
		}
		if (KIN(d, i, w_attack) && !negated(d, s, i)) {
			/* "Khan has been attacking India": a person attacks in words */
			const mention *a = stance_actor(d, s, i);
			if (a && is_person(d, a) &&
			    (rc = add_stance(d, s, a, actor_after(d, s, i + 1, 1, 1),
					     ENT_POLARITY_OPPOSE, i, s->t1, "stance.person_attacks")))
				return rc;
			continue;
		}
		if ((kis(d, i, "stands") || kis(d, i, "stood") || kis(d, i, "sided") ||
		     kis(d, i, "sides") || kis(d, i, "stand")) && i + 2 < s->t1 &&
		    (kis(d, i + 1, "with") || kis(d, i + 1, "by") ||
		     (ly_adverb(d, i + 1) && (kis(d, i + 2, "with") || kis(d, i + 2, "by"))) ||
		     (i + 4 < s->t1 && kis(d, i + 1, "shoulder") && kis(d, i + 2, "to") &&
		      kis(d, i + 3, "shoulder") && kis(d, i + 4, "with"))) &&
		    !negated(d, s, i)) {
			/* "Turkey stands with Azerbaijan", "stood firmly by
			 * Azerbaijan", "stand shoulder to shoulder with
			 * Azerbaijan" */
			size_t w = kis(d, i + 1, "shoulder") ? i + 4 : ly_adverb(d, i + 1) ? i + 2 : i + 1;
			const mention *a = stance_actor(d, s, i);
			const mention *t = actor_after(d, s, w + 1, 1, 1);
			if (!t)
				t = state_np(d, s, w + 1, NULL); /* "with the people of Iran" */
			if ((rc = add_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, s->t1,
					     "stance.side_with")))
				return rc;
			continue;
		}
		if ((kis(d, i, "recognize") || kis(d, i, "recognise") || kis(d, i, "recognizes") ||
		     kis(d, i, "recognises")) &&
		    negated(d, s, i)) {
			/* "Pakistan does not recognize Armenia": no recognition is
			 * opposition */
			const mention *t = actor_after(d, s, i + 1, 1, 1);
			if (t && (rc = add_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i,
						  s->t1, "stance.no_recognition")))
				return rc;
			continue;
		}
		if (kis(d, i, "refused") || kis(d, i, "refuses") || kis(d, i, "refuse")) {
			/* "X refused to establish diplomatic relations with Y" */
			size_t w = find_in(d, i + 1, i + 8 < s->t1 ? i + 8 : s->t1, w_with);
			size_t r = find_in(d, i + 1, i + 8 < s->t1 ? i + 8 : s->t1, w_relations);
			if (w != NONE && r != NONE && find_in(d, i + 1, r, w_sever_v) == NONE) {
				/* not "refused to cut ties with Y" */
				const mention *a = stance_actor(d, s, i);
				const mention *t = actor_after(d, s, w + 1, 1, 1);
				if ((rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.refuse_relations")))
					return rc;
			}
			continue;
		}
		int noun = KIN(d, i, w_support_n), conc = KIN(d, i, w_concern);
		size_t next;
		const mention *a, *t;
		if (!(verb || opp || noun || conc))
			continue;
		if (negated(d, s, i))
			continue;
		next = find_in(d, i + 1, s->t1, w_support_n);
		if (next == NONE)
			next = s->t1;
		if (noun) {
			/* "X's support for Y", "Turkish support to Y"; "support" used
			 * as a verb: "X and Y support Z" */
			size_t j = i + 1;
			a = actor_before(d, s, i, 3, 0);
			if (!a && i >= s->t0 + 3 && kis(d, i - 1, "'s") &&
			    (kis(d, i - 2, "country") || kis(d, i - 2, "government") ||
			     kis(d, i - 2, "nation")) &&
			    (kis(d, i - 3, "his") || kis(d, i - 3, "her"))) {
				/* "Erdogan reiterated his country's support for
				 * Pakistan": the person's state */
				a = latest_person(d, s, i - 3);
			}
			if (i > s->t0 &&
			    (kis(d, i - 1, "such") || kis(d, i - 1, "this") || kis(d, i - 1, "that")))
				continue; /* "Moscow describes such support for Georgia as": another's */
			if (!a && (kis(d, i, "supporter") || kis(d, i, "backer") || kis(d, i, "champion"))) {
				/* "Turkey, also a neighbour of Armenia, is a staunch
				 * supporter of Azerbaijan": the subject supports; in a
				 * clause after "while/but" ("X was complicit while Y
				 * has always been a supporter of Z") that clause's */
				size_t q, k;
				int clause = 0;
				for (q = i; q > s->t0 && i - q < 8 && !a && !clause; q--) {
					if (kis(d, q - 1, ","))
						break; /* "Turkey, a neighbour of Armenia, is" */
					if (kis(d, q - 1, "while") || kis(d, q - 1, "but") ||
					    kis(d, q - 1, "whereas") || kis(d, q - 1, ";")) {
						clause = 1;
						break;
					}
					for (k = s->m0; k < s->m1; k++)
						if (M(d, k)->t1 == q && ent__is_state_mention(M(d, k)) &&
						    !M(d, k)->possessive && M(d, k)->gz != GZ_DEMONYM)
							a = M(d, k);
				}
				if (!a && !clause && s->m0 < s->m1 &&
				    ent__is_state_mention(M(d, s->m0)) && M(d, s->m0)->t0 < i)
					a = M(d, s->m0);
			}
			if (a && i >= s->t0 + 2 && a->t1 + 4 >= i && kis(d, a->t1, "for") &&
			    (kis(d, a->t1 + 1, "its") || kis(d, a->t1 + 1, "their")) && a->t0 > s->t0 + 1) {
				/* "The Philippines thanked Japan for its support": Japan
				 * supports the one who thanks */
				static const char *thank[] = {"thanked", "thanks", "praised", "commended",
							      "hailed", "lauded", "appreciated", NULL};
				if (kin(d, a->t0 - 1, thank)) {
					t = stance_actor(d, s, a->t0 - 1);
					if ((rc = add_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, next,
							     "stance.thanks")))
						return rc;
				}
				continue;
			}
			if (i > s->t0 && kis(d, i - 1, "mutual") && !a) {
				/* "Our countries demonstrate mutual support in ...":
				 * the two states the phrase stands for back each other */
				char ana[4][12];
				if (anaphor_states(d, s, ana) == 2) {
					mention x, y;
					memset(&x, 0, sizeof x);
					x.kind = MK_ACTOR;
					x.gz = GZ_STATE;
					y = x;
					x.code = ana[0];
					y.code = ana[1];
					if ((rc = add_stance1(d, s, &x, &y, ENT_POLARITY_SUPPORT, i, next,
							      "stance.mutual")) ||
					    (rc = add_stance1(d, s, &y, &x, ENT_POLARITY_SUPPORT, i, next,
							      "stance.mutual")))
						return rc;
					continue;
				}
			}
			if (reciprocal_at(d, s, j) || (i > s->t0 && kis(d, i - 1, "mutual") && a) ||
			    (j < s->t1 && (kis(d, j, "for") || kis(d, j, "to")) &&
			     reciprocal_at(d, s, j + 1))) {
				/* "X, Y and Z pledged support for each other's claims" */
				if (!a) {
					size_t v = voice_verb_before(d, s, i);
					a = stance_actor(d, s, v != NONE ? v : i);
				}
				if (a && a->gz == GZ_FIRM)
					continue;
				if ((rc = add_mutual(d, s, a, ENT_POLARITY_SUPPORT, i, next,
						     "stance.each_other")))
					return rc;
				continue;
			}
			if (j + 1 < s->t1 && kis(d, j, "and") && KIN(d, j + 1, w_support_n))
				j += 2; /* "its solidarity and support with Y" */
			if (j < s->t1 && (kis(d, j, "for") || kis(d, j, "to") || kis(d, j, "towards") ||
					  kis(d, j, "of") || kis(d, j, "with"))) {
				t = actor_after(d, s, j + 1, 2, 1);
				if (!t)
					t = state_np(d, s, j + 1, NULL); /* "with the people of Iran" */
				if (!t)
					t = recognised_state(d, s, j + 1); /* "the sovereignty of Y" */
			} else if (a && !a->possessive && a->gz != GZ_DEMONYM) {
				t = actor_after(d, s, j, 2, 1);
			} else {
				continue;
			}
			if (!a) {
				/* "Our full support for Ukraine is unwavering," the
				 * Polish ministry said: the quote's speaker */
				size_t o = i, n = 0;
				while (o > s->t0 && n < 2 && !kis(d, o - 1, "our") &&
				       d->t.v[o - 1].kind == TK_WORD && !d->t.v[o - 1].upper) {
					o--;
					n++;
				}
				if (o > s->t0 && kis(d, o - 1, "our"))
					a = quote_speaker(d, s, i);
			}
			if (!a && s->subject >= 0)
				a = M(d, (size_t)s->subject);
			if (!a)
				a = steadfast_in_its(d, s, i);
			if (!a && voice_verb_before(d, s, i) != NONE)
				/* "Belarus voiced (its full) support for ...": the subject */
				a = stance_actor(d, s, voice_verb_before(d, s, i));
			if (a && a->gz == GZ_FIRM)
				continue;
			if ((rc = add_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, next, "stance.noun")))
				return rc;
		} else if (verb || opp) {
			if (reciprocal_at(d, s, i + 1)) {
				/* "X and Y accused each other" */
				if ((rc = add_mutual(d, s, stance_actor(d, s, i),
						     verb ? ENT_POLARITY_SUPPORT : ENT_POLARITY_OPPOSE,
						     i, next, "stance.each_other")))
					return rc;
				continue;
			}
			if (i + 1 < s->t1 && kis(d, i + 1, "by")) {
				/* passive: "Azerbaijan backed by Turkey" */
				const mention *ag[6];
				size_t na, q;
				a = actor_after(d, s, i + 2, 1, 0);
				t = actor_before(d, s, i, 1, 1);
				if (!t && a)
					t = passive_object(d, s, i, a);
				/* "backed by Turkey and Pakistan": every agent */
				na = a ? coordinated_pp(d, s, a, ag, 6, 1) : 0;
				for (q = 1; q < na; q++)
					if ((rc = add_stance(d, s, ag[q], t,
							     verb ? ENT_POLARITY_SUPPORT
								  : ENT_POLARITY_OPPOSE,
							     i, next, "stance.verb")))
						return rc;
			} else {
				a = stance_actor(d, s, i);
				if (apposition_subject(d, s, i))
					a = apposition_subject(d, s, i); /* "X, both of which ..., condemn" */
				if (opp && participle_after_comma(d, s, i)) {
					/* "X accused Y of ..., also accusing Z of ...": the
					 * subject of the sentence, not the last object */
					size_t q;
					const mention *p = NULL;
					for (q = s->t0; q < s->t0 + 3 && q < i && !p; q++)
						p = person_at(d, q);
					a = p ? p : subject_before(d, s, i);
				}
				t = actor_after(d, s, i + 1, 2, 1);
				if (t && opp && t->t0 >= i + 3 &&
				    (kis(d, t->t0 - 1, "on") || kis(d, t->t0 - 1, "against")) &&
				    kin_local(d, t->t0 - 2, w_hostile_act)) {
					/* "condemned aggression on Y by X, Z and W": Y is
					 * the one attacked; every agent is opposed */
					const mention *ag[6];
					size_t na, q;
					t = agent_of_object(d, s, i + 1);
					na = t && a ? coordinated_pp(d, s, t, ag, 6, 1) : 0;
					for (q = 1; q < na; q++)
						if ((rc = add_stance(d, s, a, ag[q], ENT_POLARITY_OPPOSE, i,
								     next, "stance.verb")))
							return rc;
				}
				if (!t && a && opp)
					t = demonym_act(d, s, i + 1);
				if (!t && a && verb)
					t = state_np(d, s, i + 1, NULL); /* "backs the people of X" */
				if (!t && a)
					t = issue_owner(d, s, i);
				if (!t && a && verb)
					t = issue_party(d, s, a, i);
				if (!t && a && opp)
					t = agent_of_object(d, s, i + 1);
				if (!t && a && opp)
					t = coup_place(d, s, i + 1); /* "the coup in X" */
				if (!t && a && opp && !is_person(d, a)) {
					/* "condemned the deepening military cooperation
					 * between X and Y": both parties of the tie */
					const mention *t2 = NULL;
					t = tie_between(d, s, i + 1, &t2);
					if (t2 && (rc = add_stance(d, s, a, t2, ENT_POLARITY_OPPOSE, i,
								   next, "stance.tie_between")))
						return rc;
				}
				if (!t && a && opp && !is_person(d, a))
					t = act_owner_before(d, s, i + 1); /* "condemned the launch" */
				if (!t && a && opp && !is_person(d, a))
					t = act_owner_later(d, s, i + 1); /* named only later */
				if (!t && a && opp)
					t = criticised_deal_seller(d, s, i + 1, a); /* "this move" */
			}
			if (!a && opp && (t || demonym_act(d, s, i + 1)) &&
			    (rc = namely_stances(d, s, i, t ? t : demonym_act(d, s, i + 1),
						 motion_voted_down(d, s, i) ? ENT_POLARITY_SUPPORT
									    : ENT_POLARITY_OPPOSE)))
				return rc;
			if ((rc = add_stance(d, s, a, t,
					     verb || (opp && motion_voted_down(d, s, i))
						     ? ENT_POLARITY_SUPPORT
						     : ENT_POLARITY_OPPOSE,
					     i, next, "stance.verb")))
				return rc;
		} else {
			/* "X is concerned about Y" */
			size_t j = i + 1;
			const mention *t2 = NULL;
			int by_agent = 0;
			if (j < s->t1 && (kis(d, j, "about") || kis(d, j, "over") || kis(d, j, "by") ||
					  kis(d, j, "at") || kis(d, j, "with") || kis(d, j, "on") ||
					  kis(d, j, "regarding"))) {
				size_t v = shares_concern(d, s, i);
				a = stance_actor(d, s, i);
				t = actor_after(d, s, j + 1, 1, 1);
				if (!t) {
					/* "alarmed by military cooperation between X
					 * and Y": the parties of what alarms */
					size_t q = j + 1, n = 0;
					while (q < s->t1 && n < 4 && d->t.v[q].kind == TK_WORD &&
					       !d->t.v[q].upper && !kis(d, q, "between")) {
						q++;
						n++;
					}
					if (n && q < s->t1 && kis(d, q, "between"))
						t = actor_after(d, s, q + 1, 0, 1);
					if (t && t->gz == GZ_DEMONYM)
						t = NULL;
					if (t && t->t1 + 1 < s->t1 && kis(d, t->t1, "and"))
						t2 = actor_after(d, s, t->t1 + 1, 0, 1);
					if (t2 && t2->gz == GZ_DEMONYM)
						t2 = NULL;
					if (!t) {
						/* "concerns about dangerous actions by
						 * X's vessels": the agent of the act */
						t = agent_of_object(d, s, j + 1);
						by_agent = t != NULL;
					}
				}
				if (v != NONE && t) {
					/* "Washington shares Manila's concerns about
					 * Beijing": the one who shares them too, and
					 * who sides with the one whose concerns they are */
					const mention *b = stance_actor(d, s, v);
					const mention *y = actor_after(d, s, v + 1, 1, 0);
					if (b && b != a && b->gz != GZ_FIRM &&
					    (rc = add_stance(d, s, b, t, ENT_POLARITY_OPPOSE, i, next,
							     "stance.shared_concern")))
						return rc;
					if (b && b != a && b->gz != GZ_FIRM && y &&
					    (y->possessive || (y->t1 < i && kis(d, y->t1, "'"))) &&
					    y->gz != GZ_FIRM && y->t1 <= i &&
					    (rc = add_stance1(d, s, b, y, ENT_POLARITY_SUPPORT, i, next,
							      "stance.shared_concern")))
						return rc;
					if (by_agent)
						continue; /* the sharer's words, no more */
				}
				/* "concerned over Armenia's territorial integrity":
				 * concern for X's safety backs X */
				size_t w = t ? t->t1 + (t->possessive ? 1 : 0) : 0;
				if (t && w < s->t1 && (kis(d, w, "'") || kis(d, w, "\"")))
					w++; /* Armenia 'territorial integrity' */
				if (t && w + 1 < s->t1 &&
				    (kis(d, w, "territorial") || kis(d, w, "sovereignty") ||
				     kis(d, w, "security") || kis(d, w, "safety") ||
				     kis(d, w, "independence"))) {
					if ((rc = add_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, next,
							     "stance.concern_for")))
						return rc;
					continue;
				}
				if ((rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, next,
						     "stance.concern")))
					return rc;
				if (t2 && (rc = add_stance(d, s, a, t2, ENT_POLARITY_OPPOSE, i, next,
							   "stance.concern")))
					return rc;
			}
		}
	}
	return ENT_OK;
}

/* ---- memberships ------------------------------------------------------------ */

static int rule_membership(dctx *d, const span *s)
{
	size_t trig = find_in(d, s->t0, s->t1, w_member), k;
	const mention *bloc = NULL;
	int rc, n = 0;
	if (trig == NONE || negated(d, s, trig))
		return ENT_OK;
	for (k = s->m0; k < s->m1 && !bloc; k++)
		if (M(d, k)->kind == MK_ACTOR && M(d, k)->gz == GZ_BLOC && M(d, k)->t0 > trig)
			bloc = M(d, k);
	if (!bloc)
		return ENT_OK;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		cand *c;
		if (m->t0 >= trig)
			break;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_MEMBERSHIP, s->unit, &c)))
			return rc;
		ent_code_set(&c->f.actor, m->code);
		ent_code_set(&c->f.target, bloc->code);
		c->f.confidence = 0.8;
		if ((rc = emit(d, c, s, "membership.member")))
			return rc;
		n++;
	}
	/* "Both countries are members of ...": the states last named together */
	if (!n) {
		char ana[4][12];
		int w, na = anaphor_states(d, s, ana);
		for (w = 0; w < na; w++) {
			cand *c;
			if ((rc = ent__cand_new(d, ENT_FACT_MEMBERSHIP, s->unit, &c)))
				return rc;
			ent_code_set(&c->f.actor, ana[w]);
			ent_code_set(&c->f.target, bloc->code);
			c->f.confidence = 0.6;
			if ((rc = emit(d, c, s, "membership.both")))
				return rc;
		}
	}
	return ENT_OK;
}

/* ---- rivalries -------------------------------------------------------------- */

static int add_rivalry(dctx *d, const span *s, const char *a, const char *b, const char *rule)
{
	cand *c;
	int rc;
	if (!a || !b || strcmp(a, b) == 0)
		return ENT_OK;
	if ((rc = ent__cand_new(d, ENT_FACT_RIVALRY, s->unit, &c)))
		return rc;
	ent_fact_add_participant(&c->f, a);
	ent_fact_add_participant(&c->f, b);
	ent_fact_sort_codes(c->f.participants, c->f.nparticipants);
	c->f.confidence = 0.7;
	return emit(d, c, s, rule);
}

static int rule_rivalry(dctx *d, const span *s)
{
	size_t k, i;
	int rc;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k), *other;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		i = rival_word_after(d, m, s->t1);
		if (i == NONE || !KIN(d, i, w_rival))
			continue;
		/* "X, Y's arch-rival" or "Y's rival X" */
		other = actor_after(d, s, i + 1, 1, 1);
		if (!other && m->t0 > s->t0 + 1 && kis(d, m->t0 - 1, ","))
			other = actor_before(d, s, m->t0 - 1, 0, 0);
		if (other && (rc = add_rivalry(d, s, other->code, m->code, "rivalry.apposition")))
			return rc;
	}
	for (i = s->t0; i < s->t1; i++) {
		const mention *a = NULL, *b = NULL;
		if (KIN(d, i, w_rival)) {
			/* "its long-time rival Azerbaijan": its = the state named before */
			size_t j = i, n = 0;
			while (j > s->t0 && n < 4 && !kis(d, j - 1, "its")) {
				j--;
				n++;
				if (!(kis(d, j, "-") || (d->t.v[j].kind == TK_WORD && !d->t.v[j].upper)))
					break;
			}
			if (j > s->t0 && kis(d, j - 1, "its")) {
				const mention *y = actor_after(d, s, i + 1, 1, 1);
				const mention *x = actor_before(d, s, j - 1, 40, 1);
				if (!x && s->unit > 0) {
					/* the sentence before names it: "Armenia ... Its rival" */
					const unit *pu = &d->units[s->unit - 1];
					size_t k2;
					for (k2 = pu->m1; k2 > pu->m0 && !x; k2--)
						if (ent__is_state_mention(M(d, k2 - 1)) &&
						    M(d, k2 - 1)->gz != GZ_DEMONYM && M(d, k2 - 1)->gz != GZ_FIRM)
							x = M(d, k2 - 1);
				}
				if (x && y && (rc = add_rivalry(d, s, x->code, y->code, "rivalry.its")))
					return rc;
				continue;
			}
		}
		if (!KIN(d, i, w_conflict) && !(KIN(d, i, w_rival) && i > s->t0 && !kis(d, i - 1, "-")))
			continue;
		if (i + 1 < s->t1 && kis(d, i + 1, "with")) {
			/* "X's conflict with Y", "its conflict with Y" */
			b = actor_after(d, s, i + 2, 1, 1);
			if (i > s->t0 && kis(d, i - 1, "its")) {
				a = actor_before(d, s, i - 1, 30, 1);
			} else {
				size_t j = i;
				while (j > s->t0 && j + 4 > i && !kis(d, j - 1, "'s") && !kis(d, j - 1, "its"))
					j--;
				if (j > s->t0 && kis(d, j - 1, "its"))
					a = actor_before(d, s, j - 1, 30, 1);
				else
					a = actor_before(d, s, i, 4, 1);
			}
		} else if (i + 1 < s->t1 && kis(d, i + 1, "between")) {
			a = actor_after(d, s, i + 2, 1, 1);
			b = a ? actor_after(d, s, a->t1 + 1, 1, 1) : NULL;
		} else if (i > s->t0 + 2 && kis(d, i - 1, "-") == 0) {
			/* "the Armenia-Azerbaijan conflict" / "rivals X and Y" */
			const mention *x = actor_before(d, s, i, 0, 1);
			if (x && x->t0 > s->t0 + 1 && kis(d, x->t0 - 1, "-")) {
				b = x;
				a = actor_before(d, s, x->t0 - 1, 0, 1);
			}
		}
		if (a && b && (rc = add_rivalry(d, s, a->code, b->code, "rivalry.conflict")))
			return rc;
	}
	return ENT_OK;
}

/* ---- spans ------------------------------------------------------------------ */

static void span_of_unit(const dctx *d, size_t ui, span *s)
{
	const unit *u = &d->units[ui];
	memset(s, 0, sizeof *s);
	s->unit = (int)ui;
	s->t0 = u->t0;
	s->t1 = u->t1;
	s->m0 = u->m0;
	s->m1 = u->m1;
	s->subject = u->bullet_subject;
}

static void narrow(const dctx *d, span *s, size_t t0, size_t t1)
{
	size_t k;
	s->t0 = t0;
	s->t1 = t1;
	for (k = s->m0; k < s->m1 && d->m.v[k].t0 < t0; k++)
		;
	s->m0 = k;
	for (k = s->m0; k < s->m1 && d->m.v[k].t0 < t1; k++)
		;
	s->m1 = k;
}

/* A sentence may state several transfers: "The supplies of X have started
 * around the time India has started deliveries of Y to that country."  Each
 * transfer verb whose subject begins a new clause gets its own part. */
/* Is token i a clause boundary: ";" or ", and" / ", while" / ", but" not
 * followed by a state ("Pakistan, Azerbaijan, and Turkey")? */
static int clause_break(const dctx *d, const span *s, size_t i)
{
	size_t k;
	if (kis(d, i, ";"))
		return 1;
	if (!kis(d, i, ",") || i + 2 >= s->t1 ||
	    !(kis(d, i + 1, "and") || kis(d, i + 1, "while") || kis(d, i + 1, "but") ||
	      kis(d, i + 1, "whereas")))
		return 0;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		/* "Pakistan, Azerbaijan, and Turkey": a list; ", while Egypt
		 * bought ..." starts a clause */
		if (m->t0 == i + 2 && m->kind == MK_ACTOR && m->gz != GZ_WEAPON &&
		    kis(d, i + 1, "and"))
			return 0;
		/* "purchased MRAP vehicles, armored vehicles, and air defense
		 * systems from Turkey": the last item of a list, no clause */
		if (kis(d, i + 1, "and") && m->kind == MK_ACTOR && m->gz == GZ_WEAPON &&
		    (m->t0 == i + 2 ||
		     (m->t0 == i + 3 && (d->t.v[i + 2].kind == TK_NUM || KIN(d, i + 2, w_det) ||
					 KIN(d, i + 2, w_numwords)))))
			return 0;
	}
	return 1;
}

static int deal_trigger(const dctx *d, const span *s)
{
	return find_in(d, s->t0, s->t1, w_supply_verb) != NONE ||
	       find_in(d, s->t0, s->t1, w_buy_verb) != NONE ||
	       (find_in(d, s->t0, s->t1, w_sign) != NONE &&
		(find_in(d, s->t0, s->t1, w_deal_noun) != NONE ||
		 find_in(d, s->t0, s->t1, w_signed) != NONE)) ||
	       (find_in(d, s->t0, s->t1, w_deal_noun) != NONE && span_has(d, s, w_ordered)) ||
	       find_in(d, s->t0, s->t1, w_deal_noun) != NONE;
}

/* The subject of a clause: its first state named as a name or capital that
 * no preposition governs. */
static const mention *clause_subject(const dctx *d, const span *s)
{
	return subject_before(d, s, s->t1);
}

/* Prepositions that make the state after them a party of the transfer
 * before, not the subject of a transfer after it. */
static const char *w_party_prep[] = {"to", "from", "for", "with", "by", "of", NULL};

/* Is mention m the object of a preposition of the transfer before it over
 * a "the" ("to the UAE", "from the Netherlands")? */
static int party_over_the(const dctx *d, const span *s, const mention *m)
{
	return m->t0 > s->t0 + 1 && kis(d, m->t0 - 1, "the") && kin(d, m->t0 - 2, w_party_prep);
}

/* "sold Egypt the frigate Normandie, which was intended for the French
 * navy": a relative clause telling whom the goods were first meant for
 * names no party; the comma that opens it, or NONE. */
static size_t intended_relative(const dctx *d, const span *s)
{
	static const char *w_meant[] = {"intended", "meant", "destined", "earmarked", NULL};
	static const char *w_first[] = {"was", "were", "had", "been", "originally", "initially",
					"first", "once", NULL};
	size_t i, j;
	for (i = s->t0 + 2; i + 3 < s->t1; i++) {
		if (d->t.v[i].kind != TK_PUNCT || !kis(d, i, ",") ||
		    !(kis(d, i + 1, "which") || kis(d, i + 1, "that")))
			continue;
		for (j = i + 2; j < s->t1 && j < i + 6 && kin_local(d, j, w_first); j++)
			;
		if (j + 1 < s->t1 && j > i + 2 && kin_local(d, j, w_meant) && kis(d, j + 1, "for"))
			return i;
	}
	return NONE;
}

/* The year mention at token t (a year standing alone), or NULL. */
static const mention *year_at(const dctx *d, const span *s, size_t t)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_YEAR && M(d, k)->t0 == t && M(d, k)->t1 == t + 1)
			return M(d, k);
	return NULL;
}

/* "Israel sold radars to India in 2004 and drones in 2005", "bought 12
 * jets from Russia in 2003, followed by eight more in 2009": a transfer
 * "in <year>", then "and" or "followed by" and a second object with a
 * year of its own ("in <year>"), goods or "N more", and no verb, state or
 * further year.  Returns the token that starts the second part (after
 * the connective), sets *cut to the token the first part ends before and
 * *y1, *y2 to the two years; NONE when the sentence is no such thing. */
static size_t second_object(const dctx *d, const span *s, size_t *cut, int *y1, int *y2)
{
	size_t i, j = 0, k, b0 = 0;
	const mention *a = NULL, *b = NULL;
	int goods = 0;
	for (i = s->t0 + 3; i + 2 < s->t1; i++) {
		if (kis(d, i, "and"))
			b0 = i + 1;
		else if (kis(d, i, "followed") && kis(d, i + 1, "by"))
			b0 = i + 2;
		else
			continue;
		j = kis(d, i - 1, ",") ? i - 1 : i;
		if (d->t.v[j - 1].kind != TK_NUM || !kis(d, j - 2, "in") ||
		    !(a = year_at(d, s, j - 1)))
			continue;
		break;
	}
	if (i + 2 >= s->t1)
		return NONE;
	for (k = b0; k < s->t1 && !kis(d, k, ",") && !kis(d, k, ";") && !kis(d, k, "."); k++) {
		if (KIN(d, k, w_supply_verb) || KIN(d, k, w_buy_verb) || KIN(d, k, w_sign) ||
		    KIN(d, k, w_be))
			return NONE;
		if (kis(d, k, "more") && k > b0 &&
		    (d->t.v[k - 1].kind == TK_NUM || KIN(d, k - 1, w_numwords)))
			goods = 1;
		if (d->t.v[k].kind == TK_NUM && year_at(d, s, k)) {
			if (b || !kis(d, k - 1, "in"))
				return NONE;
			b = year_at(d, s, k);
		}
	}
	if (!b)
		return NONE;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 < b0 || m->t0 >= b->t0)
			continue;
		if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON)
			goods = 1;
		else if (ent__is_state_mention(m))
			return NONE;
	}
	if (!goods ||
	    (find_in(d, s->t0, j, w_supply_verb) == NONE && find_in(d, s->t0, j, w_buy_verb) == NONE))
		return NONE;
	*cut = j;
	*y1 = a->year;
	*y2 = b->year;
	return b0;
}

/* Read a sentence of second_object: the first part as a sentence, then
 * each deal it gave in the first year again with the second part's goods
 * (the first's for "N more") and year, no value. */
static int rule_deals(dctx *d, const span *s);
static int deals_second_object(dctx *d, const span *s, size_t cut, size_t b0, int y1, int y2)
{
	span a = *s, b = *s;
	size_t n0 = d->ncands, n1, k;
	int rc;
	narrow(d, &a, s->t0, cut);
	narrow(d, &b, b0, s->t1);
	if ((rc = rule_deals(d, &a)))
		return rc;
	n1 = d->ncands;
	for (k = n0; k < n1; k++) {
		cand *two;
		const cand *c = &d->cands[k];
		if (c->dropped || c->f.year != y1 ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
			continue;
		if ((rc = cand_clone(d, k, s->unit, &two)))
			return rc;
		if (weapon_mentions(d, &b) > 0) {
			cand_clear_items(two);
			if ((rc = add_items(d, two, &b, NULL, NULL)))
				return rc;
		}
		memset(&two->f.value, 0, sizeof two->f.value);
		two->f.year = y2;
	}
	return ENT_OK;
}

static int rule_deals(dctx *d, const span *s)
{
	size_t i, first = NONE;
	int rc;
	if (!s->forced_deal) {
		size_t c = intended_relative(d, s);
		if (c != NONE) {
			span a = *s;
			narrow(d, &a, s->t0, c);
			return rule_deals(d, &a);
		}
		size_t cut, b0;
		int y1, y2;
		if ((b0 = second_object(d, s, &cut, &y1, &y2)) != NONE)
			return deals_second_object(d, s, cut, b0, y1, y2);
	}
	if (!s->forced_deal) {
		/* "Riyadh bought X from A, and in the same year agreed to buy Y
		 * from B": each clause with a transfer of its own is read alone;
		 * one without a subject takes the clause before's */
		for (i = s->t0 + 1; i + 2 < s->t1; i++) {
			span a = *s, b = *s;
			size_t k;
			/* "X would transfer 30 vehicles to Y, in return for
			 * which it would receive 30 tanks from Z": the other
			 * half of a swap is a clause of its own */
			int swap = kis(d, i, ",") && i + 3 < s->t1 && kis(d, i + 1, "in") &&
				   (kis(d, i + 2, "return") || kis(d, i + 2, "exchange"));
			/* "X is not new: In 2018, Spain sold ...": a colon before
			 * a capital opens a clause of its own */
			int colon = kis(d, i, ":") && d->t.v[i + 1].kind == TK_WORD &&
				    d->t.v[i + 1].upper;
			if (!swap && !colon && !clause_break(d, s, i))
				continue;
			narrow(d, &a, s->t0, i);
			narrow(d, &b, kis(d, i, ";") || swap || colon ? i + 1 : i + 2, s->t1);
			if (!deal_trigger(d, &a) || !deal_trigger(d, &b))
				continue;
			/* "..., and the first six were delivered this year" names no
			 * party of its own: the same transfer, read whole */
			for (k = b.m0; k < b.m1 && !ent__is_state_mention(M(d, k)); k++)
				;
			if (k == b.m1)
				continue;
			b.subj_def = clause_subject(d, &a);
			if (!b.subj_def)
				b.subj_def = s->subj_def;
			{
				int by = 0, sameyear = 0;
				for (k = b.t0; k + 1 < b.t1; k++)
					sameyear |= (kis(d, k, "same") || kis(d, k, "that")) &&
						    kis(d, k + 1, "year");
				for (k = b.m0; k < b.m1; k++)
					by |= M(d, k)->kind == MK_YEAR;
				if (sameyear && !by)
					for (k = a.m0; k < a.m1 && !b.year_def; k++)
						if (M(d, k)->kind == MK_YEAR)
							b.year_def = M(d, k)->year;
			}
			if ((rc = rule_deals(d, &a)))
				return rc;
			return rule_deals(d, &b);
		}
	}
	for (i = s->t0; i < s->t1; i++) {
		const mention *subj;
		if (!KIN(d, i, w_supply_verb) && !KIN(d, i, w_buy_verb))
			continue;
		if (first == NONE) {
			first = i;
			continue;
		}
		subj = actor_before(d, s, i, 3, 1);
		/* "sold vehicles to Ethiopia, a sale that ...": the object of a
		 * preposition of the first transfer is no subject of a second */
		if (subj && subj->t0 > s->t0 && kin(d, subj->t0 - 1, w_party_prep))
			subj = NULL;
		/* "sold jets to the UAE despite export rules": over "the" too */
		if (subj && party_over_the(d, s, subj))
			subj = NULL;
		if (subj && subj->t0 > first + 3 && !s->forced_deal) {
			span a = *s, b = *s;
			narrow(d, &a, s->t0, subj->t0);
			narrow(d, &b, subj->t0, s->t1);
			if ((rc = rule_deal(d, &a)))
				return rc;
			return rule_deals(d, &b);
		}
	}
	return rule_deal(d, s);
}

/* A sentence may report two exercises in two clauses ("X held A with Y,
 * and the army trains with Z in drills dubbed B"): each clause holding an
 * exercise word is read alone when there are two. */
/* Where the clause after token i begins when i ends one for exercises: a
 * clause break, or ", (just) weeks after" / ", days before" (another
 * drill told as the time of this one); 0 when i ends none. */
static size_t ex_clause_next(const dctx *d, const span *s, size_t i)
{
	static const char *soon[] = {"just", "only", "barely", "some", "a", "few", NULL};
	static const char *units[] = {"days", "weeks", "months", "day", "week", "month", NULL};
	size_t j;
	if (clause_break(d, s, i))
		return kis(d, i, ";") ? i + 1 : i + 2;
	if (!kis(d, i, ","))
		return 0;
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

static int rule_exercises(dctx *d, const span *s)
{
	size_t i, c0 = s->t0, n = 0, nx;
	int rc;
	if (s->forced_exercise)
		return rule_exercise(d, s);
	for (i = s->t0 + 1; i + 2 < s->t1; i++) {
		span a = *s;
		if (!(nx = ex_clause_next(d, s, i)))
			continue;
		narrow(d, &a, c0, i);
		n += find_in(d, a.t0, a.t1, w_exercise) != NONE;
		c0 = nx;
	}
	if (c0 == s->t0 || n == 0)
		return rule_exercise(d, s);
	{
		span last = *s;
		narrow(d, &last, c0, s->t1);
		if (find_in(d, last.t0, last.t1, w_exercise) == NONE)
			return rule_exercise(d, s);
	}
	c0 = s->t0;
	for (i = s->t0 + 1; i <= s->t1; i++) {
		span a = *s;
		nx = 0;
		if (i < s->t1 && (i + 2 >= s->t1 || !(nx = ex_clause_next(d, s, i))))
			continue;
		narrow(d, &a, c0, i);
		if (find_in(d, a.t0, a.t1, w_exercise) != NONE && (rc = rule_exercise(d, &a)))
			return rc;
		if (i < s->t1)
			c0 = nx;
	}
	return ENT_OK;
}

/* "Included in the Kenyan inventory are T-72 tanks and Piranha vehicles",
 * "Kenya's inventory includes ...": a state's holdings of systems the
 * gazetteer knows with their makers are supply ties, one per maker. */
static int rule_inventory(dctx *d, const span *s)
{
	static const char *w_inv[] = {"inventory", "inventories", "arsenal", NULL};
	const mention *owner = NULL;
	const char *makers[8];
	size_t nm = 0, i, k, j;
	int rc;
	for (i = s->t0; i < s->t1; i++)
		if (kin_local(d, i, w_inv))
			break;
	if (i == s->t1)
		return ENT_OK;
	/* the owner right before: "the Kenyan (army's) inventory",
	 * "Kenya's inventory" */
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 <= i && m->t1 + 3 >= i && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    (m->possessive || m->gz == GZ_DEMONYM))
			owner = m;
	}
	if (!owner || negated(d, s, i) || negated(d, s, i + 4 < s->t1 ? i + 4 : s->t1))
		return ENT_OK;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON || !m->canon || !m->code ||
		    !m->code[0] || !strcmp(m->code, owner->code) || weapon_is_target(d, s, m))
			continue;
		for (j = 0; j < nm && strcmp(makers[j], m->code); j++)
			;
		if (j == nm && nm < 8)
			makers[nm++] = m->code;
	}
	for (j = 0; j < nm; j++) {
		cand *c;
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
			return rc;
		for (k = s->m0; k < s->m1; k++) {
			/* each system of this maker ("T-72 tanks": the generic
			 * word after a designation describes it) */
			const mention *m = M(d, k);
			uint32_t end = m->end;
			if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON || !m->canon || !m->code ||
			    strcmp(m->code, makers[j]) != 0 || weapon_is_target(d, s, m))
				continue;
			if (k + 1 < s->m1 && M(d, k + 1)->gz == GZ_WEAPON && !M(d, k + 1)->canon &&
			    M(d, k + 1)->t0 == m->t1)
				end = M(d, k + 1)->end;
			if (ent_fact_add_item(&c->f, (ent_category)m->category, d->text + m->start,
					      end - m->start, m->canon, quantity_before(d, s, m)))
				return ENT_ENOMEM;
		}
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, makers[j]);
		ent_code_set(&c->f.recipient, owner->code);
		c->directed = 1;
		c->f.confidence = 0.6;
		if ((rc = emit(d, c, s, "supply.inventory")))
			return rc;
	}
	return ENT_OK;
}

/* Is there a deal or supply tie sup -> rec (or an open pair of the two)
 * among the candidates so far (of unit ui only, when ui >= 0)? */
static int tie_known(const dctx *d, const char *sup, const char *rec, int ui)
{
	size_t q;
	for (q = 0; q < d->ncands; q++) {
		const cand *o = &d->cands[q];
		if (o->dropped || (o->f.type != ENT_FACT_DEAL && o->f.type != ENT_FACT_SUPPLY) ||
		    (ui >= 0 && o->unit != ui))
			continue;
		if (o->directed ? !strcmp(o->f.recipient.s, rec) &&
					  ent_fact_has_code(o->f.suppliers, o->f.nsuppliers, sup)
				: (!strcmp(o->pair[0], rec) && !strcmp(o->pair[1], sup)) ||
					  (!strcmp(o->pair[1], rec) && !strcmp(o->pair[0], sup)))
			return 1;
	}
	return 0;
}

/* The owner of the fleet at token f: a possessive or demonym up to six
 * words before it ("the Indonesian Air Force's ageing fleet", "Chile's
 * fleet"), else, after "its" right before the fleet, the first state the
 * sentence names before it outside a preposition ("Jakarta's order comes
 * as it replaces its fleet", "Peru is replacing its ageing fleet"). */
static const mention *fleet_owner(const dctx *d, const span *s, size_t f)
{
	static const char *w_prep_before[] = {"from", "to", "with", "by", "of", "in", "for", NULL};
	const mention *owner = NULL;
	size_t k, j;
	int its = 0;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		/* not a demonym of goods before the fleet ("bought French jets
		 * to replace its fleet"), but "the Kenyan helicopter fleet" */
		const mention *w = k + 1 < s->m1 ? M(d, k + 1) : NULL;
		if (m->t1 <= f && m->t1 + 6 >= f && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    (m->possessive ||
		     (m->gz == GZ_DEMONYM && (!qualifies_weapon(d, s, k) || !w || w->t0 > f ||
					      w->t1 == f))))
			owner = m;
	}
	if (owner)
		return owner;
	for (j = f > s->t0 + 4 ? f - 4 : s->t0; j < f; j++)
		its |= kis(d, j, "its") || kis(d, j, "it");
	if (!its)
		return NULL;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 >= f)
			break;
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    (m->gz != GZ_DEMONYM || m->possessive) &&
		    !(m->t0 > s->t0 && kin_local(d, m->t0 - 1, w_prep_before)))
			return m;
	}
	return NULL;
}

/* Goods of the fleet (weapon mentions after token g) are no goods of
 * another transfer the sentence states to its owner from a seller of none
 * of them ("Jakarta's order for French warplanes comes as it replaces a
 * fleet of American F-16s"): they leave that deal's items, when it keeps
 * one. */
static void drop_fleet_items(dctx *d, const span *s, const mention *owner, size_t g,
			     const char *const *sup, size_t ns)
{
	size_t q, t, k, j;
	for (q = 0; q < d->ncands; q++) {
		cand *c = &d->cands[q];
		int seller = 0;
		if (c->dropped || c->unit != s->unit || c->f.type != ENT_FACT_DEAL)
			continue;
		if (c->directed ? strcmp(c->f.recipient.s, owner->code) != 0
				: strcmp(c->pair[0], owner->code) && strcmp(c->pair[1], owner->code))
			continue;
		for (j = 0; j < ns; j++)
			seller |= c->directed ? ent_fact_has_code(c->f.suppliers, c->f.nsuppliers,
								  sup[j])
					      : !strcmp(c->pair[0], sup[j]) ||
							!strcmp(c->pair[1], sup[j]);
		if (seller)
			continue;
		for (t = 0; t < c->f.nitems && c->f.nitems > 1;) {
			ent_item *it = &c->f.items[t];
			int fleet = 0;
			for (k = s->m0; k < s->m1 && !fleet; k++) {
				const mention *m = M(d, k);
				size_t n = m->end - m->start;
				if (m->t0 <= g || m->kind != MK_ACTOR || m->gz != GZ_WEAPON)
					continue;
				fleet = (m->canon && it->designation &&
					 !strcmp(m->canon, it->designation)) ||
					(it->text && strlen(it->text) == n &&
					 !strncmp(it->text, d->text + m->start, n));
			}
			if (!fleet) {
				t++;
				continue;
			}
			ent__free(it->text);
			ent__free(it->designation);
			memmove(it, it + 1, (c->f.nitems - t - 1) * sizeof *it);
			c->f.nitems--;
		}
	}
}

/* "an ageing fleet consisting mainly of American F-16s and Russian
 * Sukhois", "X's fleet of trainers, which includes British Hawks and US
 * F-5s": the systems a state's fleet holds, each qualified by a state
 * (demonym or name right before it) or a designation with a maker, are
 * supply ties from that state to the fleet's owner, one per state. */
static int rule_fleet(dctx *d, const span *s)
{
	static const char *w_fleet[] = {"fleet", "fleets", NULL};
	static const char *w_holds[] = {"of", "consisting", "comprising", "includes", "including",
					"comprises", "included", NULL};
	const mention *owner;
	const char *sup[8];
	size_t ns = 0, i, g, k, j;
	int rc;
	for (i = s->t0; i < s->t1; i++) /* the first letter rules out most words */
		if (K(i)[0] == 'f' && kin_local(d, i, w_fleet))
			break;
	if (i == s->t1 || !(owner = fleet_owner(d, s, i)) || negated(d, s, i))
		return ENT_OK;
	for (g = i + 1; g < s->t1 && g <= i + 6; g++)
		if (kin_local(d, g, w_holds))
			break;
	if (g >= s->t1 || g > i + 6 || negated(d, s, g))
		return ENT_OK;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k), *w = k + 1 < s->m1 ? M(d, k + 1) : NULL;
		const char *code = NULL;
		if (m->t0 <= g)
			continue;
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM && !m->possessive && w &&
		    w->gz == GZ_WEAPON && w->kind == MK_ACTOR &&
		    (w->t0 == m->t1 || (m->gz == GZ_DEMONYM && qualifies_weapon(d, s, k))))
			code = m->code; /* "American F-16s", "US F-5 trainers" */
		else if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON && m->canon && m->code &&
			 m->code[0] && !(k > s->m0 && ent__is_state_mention(M(d, k - 1)) &&
					 M(d, k - 1)->t1 == m->t0))
			code = m->code; /* a designation's maker */
		if (!code || !strcmp(code, owner->code))
			continue;
		for (j = 0; j < ns && strcmp(sup[j], code); j++)
			;
		if (j == ns && ns < 8)
			sup[ns++] = code;
	}
	if (ns)
		drop_fleet_items(d, s, owner, g, sup, ns);
	for (j = 0; j < ns; j++) {
		cand *c;
		/* a transfer the sentence states already ("to replace its
		 * fleet of Russian MiG-29s" bought from ...) */
		if (tie_known(d, sup[j], owner->code, s->unit))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
			return rc;
		for (k = s->m0; k < s->m1; k++) {
			const mention *m = M(d, k);
			int mine;
			if (m->t0 <= g || m->kind != MK_ACTOR || m->gz != GZ_WEAPON)
				continue;
			mine = (k > s->m0 && ent__is_state_mention(M(d, k - 1)) &&
				M(d, k - 1)->t1 + 3 >= m->t0)
				       ? !strcmp(M(d, k - 1)->code, sup[j])
				       : (m->code && !strcmp(m->code, sup[j]));
			if (mine && ent_fact_add_item(&c->f, (ent_category)m->category,
						      d->text + m->start, m->end - m->start,
						      m->canon, quantity_before(d, s, m)))
				return ENT_ENOMEM;
		}
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup[j]);
		ent_code_set(&c->f.recipient, owner->code);
		c->directed = 1;
		c->f.confidence = 0.6;
		if ((rc = emit(d, c, s, "supply.fleet")))
			return rc;
	}
	return ENT_OK;
}

/* Emit c as a supply tie from `from` to `to` (no stage, confidence 0.5):
 * the end of the rules that read a tie from what a state holds or relies
 * on (replaced goods, holdings of a foreign make, reliance). */
static int emit_tie(dctx *d, cand *c, const span *s, const char *from, const char *to,
		    const char *rule)
{
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, from);
	ent_code_set(&c->f.recipient, to);
	c->directed = 1;
	c->f.confidence = 0.5;
	return emit(d, c, s, rule);
}

/* "The jets will replace the Mirage aircraft", "to replace Romania's
 * Hawk launchers", "replacing its Russian MiG-29K jets": the goods
 * replaced, with a maker (a state right before them or a designation's
 * origin), are the holdings of the owner (a possessive before them; for
 * "its"/"the", the buyer of a deal of this unit or the latest deal of this
 * paragraph or the one before): a supply tie from the maker, when the
 * text gives none so far. */
static int rule_replaced_goods(dctx *d, const span *s)
{
	static const char *w_replace[] = {"replace", "replaces", "replacing", "replaced", NULL};
	const mention *goods = NULL, *owner_m = NULL;
	const char *maker = NULL, *owner = NULL;
	size_t v, k, q;
	cand *c;
	int rc;
	for (v = s->t0; v < s->t1; v++) /* the first letter rules out most words */
		if (K(v)[0] == 'r' && kin_local(d, v, w_replace))
			break;
	if (v == s->t1 || negated(d, s, v))
		return ENT_OK;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k), *p = k > s->m0 ? M(d, k - 1) : NULL;
		if (m->t0 <= v)
			continue;
		if (m->t0 > v + 8)
			break;
		if (ent__is_state_mention(m) && m->possessive && m->gz != GZ_FIRM && !owner_m) {
			owner_m = m;
			continue;
		}
		if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON)
			continue;
		/* "the Russian MiG-29K jets", "Soviet-built Mi-17s" */
		if (p && p->t0 > v && ent__is_state_mention(p) && !p->possessive && p->gz != GZ_FIRM &&
		    p->t1 + (p->gz == GZ_DEMONYM ? 3 : 1) >= m->t0)
			maker = p->code;
		else if (m->canon && m->code && m->code[0])
			maker = m->code;
		goods = m;
		break;
	}
	if (!goods || !maker)
		return ENT_OK;
	if (owner_m) {
		owner = owner_m->code;
	} else {
		for (q = 0; q < d->ncands && !owner; q++)
			if (!d->cands[q].dropped && d->cands[q].unit == s->unit &&
			    d->cands[q].f.type == ENT_FACT_DEAL && d->cands[q].directed)
				owner = d->cands[q].f.recipient.s;
		if (!owner && d->last_deal >= 0 && !d->cands[d->last_deal].dropped &&
		    d->cands[d->last_deal].directed &&
		    d->units[s->unit].para - d->units[d->cands[d->last_deal].unit].para <= 1)
			owner = d->cands[d->last_deal].f.recipient.s;
	}
	if (!owner || !owner[0] || !strcmp(owner, maker) || tie_known(d, maker, owner, -1))
		return ENT_OK;
	if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
		return rc;
	if (ent_fact_add_item(&c->f, (ent_category)goods->category, d->text + goods->start,
			      goods->end - goods->start, goods->canon, -1))
		return ENT_ENOMEM;
	return emit_tie(d, c, s, maker, owner, "supply.replaced_goods");
}

/* "X has 17 Chinese-origin T-59 tanks", "X operates Russian-made
 * helicopters", "X was said to have some units of Chinese origin T-59
 * tanks": goods of a foreign make that the subject has, operates, fields or
 * flies are a supply tie from the maker (no stage), when the text gives none
 * so far.  The maker is a state or demonym with "-made/-built/-origin" (or
 * "origin" after a space) right before the goods, within ten words after the
 * verb. */
static int rule_holdings_made(dctx *d, const span *s)
{
	static const char *w_hold[] = {"has", "have", "had", "having", "operates", "operate",
				       "operated", "operating", "fields", "field", "fielded",
				       "flies", "fly", "possesses", "possess", "possessed", NULL};
	const mention *sub, *mk = NULL;
	size_t v, k, j;
	cand *c;
	int rc;
	/* first a maker's mark ("-made", "origin") after a state: most
	 * sentences have none */
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if ((m->gz == GZ_DEMONYM || m->gz == GZ_STATE) && m->t1 + 1 < s->t1 &&
		    (K(m->t1)[0] == '-' || K(m->t1)[0] == 'o') && ent__is_state_mention(m) &&
		    (made_in(d, s, m) || kis(d, m->t1, "origin")))
			break;
	}
	if (k == s->m1)
		return ENT_OK;
	for (v = s->t0; v < s->t1; v++) /* the first letter rules out most words */
		if (strchr("hofp", K(v)[0]) && kin_local(d, v, w_hold))
			break;
	if (v + 1 >= s->t1 || negated(d, s, v) || kis(d, v + 1, "no"))
		return ENT_OK;
	{
		/* "have signed a contract for repairing ...": an auxiliary */
		static const char *w_pp[] = {"been", "got", "made", "built", "taken", "given",
					     "sold", "bought", "won", "begun", "become", "chosen",
					     "sent", "spent", "had", NULL};
		const char *nk = K(v + 1);
		size_t nl = strlen(nk);
		if ((nl > 3 && !strcmp(nk + nl - 2, "ed")) || kin_local(d, v + 1, w_pp))
			return ENT_OK;
	}
	for (k = s->m0; k < s->m1 && !mk; k++) {
		const mention *m = M(d, k), *w;
		if (m->t0 <= v || m->t0 > v + 10)
			continue;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive)
			continue;
		j = m->t1;
		if (made_in(d, s, m))
			j += 2;
		else if (j < s->t1 && kis(d, j, "origin"))
			j++;
		else
			continue;
		/* "tanks of Chinese origin": the goods before "of" */
		if (kis(d, j - 1, "origin") && m->t0 > v + 1 && kis(d, m->t0 - 1, "of") && k > s->m0 &&
		    (w = M(d, k - 1))->kind == MK_ACTOR && w->gz == GZ_WEAPON && w->t0 > v &&
		    w->t1 == m->t0 - 1) {
			mk = m;
			break;
		}
		/* "Chinese-origin T-59 tanks": the goods right after */
		if (k + 1 < s->m1 && (w = M(d, k + 1))->kind == MK_ACTOR && w->gz == GZ_WEAPON &&
		    w->t0 >= j && w->t0 <= j + 4)
			mk = m;
	}
	if (!mk || !(sub = subject_before(d, s, v)) || !strcmp(sub->code, mk->code) ||
	    tie_known(d, mk->code, sub->code, -1))
		return ENT_OK;
	if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
		return rc;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 + 1 >= mk->t0 && m->t0 <= mk->t1 + 4 && m->kind == MK_ACTOR &&
		    m->gz == GZ_WEAPON &&
		    ent_fact_add_item(&c->f, (ent_category)m->category, d->text + m->start,
				      m->end - m->start, m->canon, quantity_before(d, s, m)))
			return ENT_ENOMEM;
	}
	return emit_tie(d, c, s, mk->code, sub->code, "supply.holdings_made");
}

/* "X has relied on Y to buy weapons", "X depends on Y for its fighter
 * jets", "X is reliant on Y for arms": the state relied on supplies the
 * subject (a supply tie, no stage) when arms or named goods follow "for" or
 * a verb of buying.  A reversed deal the buying verb gave in this unit ("Y
 * to buy weapons" read as Y buying from X) is dropped. */
static int rule_rely_on(dctx *d, const span *s)
{
	static const char *w_rely[] = {"relied", "relies", "rely", "relying", "reliant",
				       "depends", "depended", "depend", "depending", "dependent",
				       NULL};
	const mention *sub, *y = NULL;
	size_t v, j, q, k, g = NONE;
	cand *c;
	int rc;
	for (v = s->t0; v < s->t1; v++) /* the first letter rules out most words */
		if (((K(v)[0] == 'r' && K(v)[1] == 'e' && K(v)[2] == 'l') ||
		     (K(v)[0] == 'd' && K(v)[1] == 'e' && K(v)[2] == 'p')) &&
		    kin_local(d, v, w_rely))
			break;
	if (v + 3 >= s->t1 || !(kis(d, v + 1, "on") || kis(d, v + 1, "upon")) || negated(d, s, v))
		return ENT_OK;
	j = v + 2;
	if (KIN(d, j, w_det))
		j++;
	y = mention_at(d, s, j);
	if (!y || !ent__is_state_mention(y) || y->gz == GZ_FIRM || y->possessive)
		return ENT_OK;
	j = y->t1;
	if (j + 1 >= s->t1)
		return ENT_OK;
	if (kis(d, j, "for"))
		j++;
	else if (kis(d, j, "to") && KIN(d, j + 1, w_buy_verb))
		j += 2;
	else
		return ENT_OK;
	/* arms or named goods within five words */
	for (q = j; q < s->t1 && q < j + 5 && g == NONE; q++)
		if (kin(d, q, w_arms_generic))
			g = q;
	for (k = s->m0; k < s->m1 && g == NONE; k++)
		if (M(d, k)->kind == MK_ACTOR && M(d, k)->gz == GZ_WEAPON && M(d, k)->t0 >= j &&
		    M(d, k)->t0 < j + 5)
			g = M(d, k)->t0;
	sub = subject_before(d, s, v);
	if (g == NONE || !sub || !strcmp(sub->code, y->code))
		return ENT_OK;
	for (q = 0; q < d->ncands; q++) {
		cand *o = &d->cands[q];
		if (!o->dropped && o->unit == s->unit && o->directed &&
		    (o->f.type == ENT_FACT_DEAL || o->f.type == ENT_FACT_SUPPLY) &&
		    !strcmp(o->f.recipient.s, y->code) &&
		    ent_fact_has_code(o->f.suppliers, o->f.nsuppliers, sub->code))
			o->dropped = 1;
	}
	if (tie_known(d, y->code, sub->code, s->unit))
		return ENT_OK;
	if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
		return rc;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON && m->t0 >= j &&
		    ent_fact_add_item(&c->f, (ent_category)m->category, d->text + m->start,
				      m->end - m->start, m->canon, quantity_before(d, s, m)))
			return ENT_ENOMEM;
	}
	return emit_tie(d, c, s, y->code, sub->code, "supply.rely_on");
}

/* "The K5 has been exported to four countries, including Chile and Peru",
 * "it has already been adopted by countries such as Peru": the states
 * listed after a passive of export or adoption are customers of the
 * system the clause (or, for a pronoun subject, the unit before) names,
 * each a deal with that system's maker.  Only designations with a maker
 * in weapons.tsv, and only the list right after "to"/"by". */
static int rule_customers(dctx *d, const span *s)
{
	static const char *w_cust_v[] = {"exported", "adopted", "sold", NULL};
	static const char *w_cust_skip[] = {"countries", "nations", "states", "such", "as",
					    "including", "like", "so", "far", "to", "date",
					    "among", "them", "others", ",", NULL};
	const mention *sys = NULL;
	size_t i, j, k, lo;
	int adopted, rc;
	for (i = s->t0 + 2; i + 2 < s->t1; i++)
		if ((KIN(d, i, w_supply_verb) || kis(d, i, "adopted")) && kin_local(d, i, w_cust_v))
			break;
	if (i + 2 >= s->t1)
		return ENT_OK;
	adopted = kis(d, i, "adopted");
	/* a passive: "has (already) been exported", "was sold" */
	if (!kis(d, i + 1, adopted ? "by" : "to") ||
	    !(KIN(d, i - 1, w_be) || (KIN(d, i - 2, w_be) && ly_adverb(d, i - 1)) ||
	      (KIN(d, i - 2, w_be) && kis(d, i - 1, "already"))) ||
	    negated(d, s, i))
		return ENT_OK;
	/* the system: a designation with a maker before the verb, else, for
	 * "It has been exported", the first of the unit before */
	for (k = s->m0; k < s->m1 && !sys; k++) {
		const mention *m = M(d, k);
		size_t e = m->t1;
		if (!(m->t1 <= i && m->kind == MK_ACTOR && m->gz == GZ_WEAPON && m->canon &&
		      m->code && m->code[0]))
			continue;
		/* the subject itself, not a modifier ("the K5 doctrine was
		 * adopted by ..."): its head word ("K5 howitzer") may follow */
		if (k + 1 < s->m1 && M(d, k + 1)->gz == GZ_WEAPON && M(d, k + 1)->t0 == e)
			e = M(d, k + 1)->t1;
		if (e < s->t1 && (kis(d, e, ",") || KIN(d, e, w_be) || kis(d, e, "has") ||
				  kis(d, e, "have") || kis(d, e, "had")))
			sys = m;
		else
			return ENT_OK;
	}
	if (!sys && s->unit > 0 && kis(d, s->t0, "it")) {
		span p;
		span_of_unit(d, (size_t)s->unit - 1, &p);
		for (k = p.m0; k < p.m1 && !sys; k++) {
			const mention *m = M(d, k);
			if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON && m->canon && m->code &&
			    m->code[0])
				sys = m;
		}
	}
	if (!sys)
		return ENT_OK;
	/* the list: states joined by commas and "and", after optional "(six)
	 * countries, including" */
	lo = i + 2;
	for (j = i + 2; j < s->t1 && j < i + 12; j++) {
		const mention *m = NULL;
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->t0 == j && ent__is_state_mention(M(d, k)) &&
			    M(d, k)->gz != GZ_FIRM && M(d, k)->gz != GZ_DEMONYM)
				m = M(d, k);
		if (m) {
			lo = m->t1;
			break;
		}
		if (!(kin_local(d, j, w_cust_skip) || d->t.v[j].kind == TK_NUM ||
		      KIN(d, j, w_numwords)))
			return ENT_OK;
	}
	if (lo == i + 2)
		return ENT_OK;
	for (j = i + 2; j < s->t1; j++) {
		const mention *m = NULL;
		cand *c;
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->t0 == j && ent__is_state_mention(M(d, k)) &&
			    M(d, k)->gz != GZ_FIRM && M(d, k)->gz != GZ_DEMONYM)
				m = M(d, k);
		if (!m) {
			if (j >= lo && !kis(d, j, ",") && !kis(d, j, "and"))
				break;
			continue;
		}
		j = m->t1 - 1;
		lo = m->t1;
		if (!strcmp(m->code, sys->code))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
			return rc;
		if (ent_fact_add_item(&c->f, (ent_category)sys->category, d->text + sys->start,
				      sys->end - sys->start, sys->canon, -1))
			return ENT_ENOMEM;
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sys->code);
		ent_code_set(&c->f.recipient, m->code);
		c->directed = 1;
		c->f.status = adopted ? ENT_STATUS_NONE : ENT_STATUS_DELIVERED;
		c->f.confidence = 0.6;
		if ((rc = emit(d, c, s, "deal.customers")))
			return rc;
	}
	return ENT_OK;
}

/* The state named at token j as a plain name (not a demonym, firm or
 * bloc), or NULL. */
static const mention *plain_state_at(const dctx *d, const span *s, size_t j)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 == j && ent__is_state_mention(M(d, k)) && M(d, k)->gz != GZ_FIRM &&
		    M(d, k)->gz != GZ_DEMONYM && M(d, k)->gz != GZ_BLOC)
			return M(d, k);
	return NULL;
}

/* "confirmed deals for the Gripen earlier this year to Hungary, Brazil and
 * Thailand", "sales of the Rafale to three countries: Egypt, Greece and
 * India", "deals in Greece, Egypt and Croatia": a noun of sale followed
 * (over goods and time words, no state) by "to/in/with" and a list of two
 * states or more makes each state a buyer, of the maker of the system the
 * sentence names or else of the state before the noun; a pair the other
 * rules made of two states of the list is none (deal.recipient_list). */
static int rule_recipient_list(dctx *d, const span *s)
{
	static const char *w_sale_n[] = {"deals", "sales", "contracts", "orders", "deal", "sale",
					 "contract", "exports", NULL};
	static const char *w_list_p[] = {"to", "in", "with", NULL};
	static const char *w_group[] = {"countries", "nations", "states", "customers", "buyers",
					":", ",", "the", "african", "asian", "european", "other",
					"including", NULL};
	const mention *list[ENT_FACT_MAX_ACTORS];
	const char *seller = NULL;
	size_t n, p = NONE, j, k, nl = 0;
	ent_status st;
	int rc;
	/* two states at least, or no list */
	for (k = s->m0; k < s->m1 && nl < 2; k++)
		nl += ent__is_state_mention(M(d, k));
	if (nl < 2)
		return ENT_OK;
	nl = 0;
	for (n = s->t0; n + 3 < s->t1 && p == NONE; n++) {
		if (!kin_local(d, n, w_sale_n) || in_weapon(d, s, n))
			continue;
		for (j = n + 1; j < s->t1 && j < n + 10; j++) {
			if (kis(d, j, ".") || kis(d, j, ";") || KIN(d, j, w_be) ||
			    plain_state_at(d, s, j))
				break;
			if (kin_local(d, j, w_list_p)) {
				p = j;
				break;
			}
		}
		if (p == NONE)
			continue;
		/* the list, maybe after "three (African) countries:" */
		for (j = p + 1; j < s->t1 && j < p + 6 && !plain_state_at(d, s, j); j++)
			if (!(kin_local(d, j, w_group) || d->t.v[j].kind == TK_NUM ||
			      KIN(d, j, w_numwords)))
				break;
		for (; j < s->t1 && nl < ENT_FACT_MAX_ACTORS; j++) {
			const mention *m = plain_state_at(d, s, j);
			if (m) {
				list[nl++] = m;
				j = m->t1 - 1;
			} else if (!kis(d, j, ",") && !kis(d, j, "and") && !kis(d, j, "the")) {
				break;
			}
		}
		if (nl < 2) {
			p = NONE;
			nl = 0;
		}
	}
	if (p == NONE || negated(d, s, n - 1) || deal_under_talks(d, s, n - 1))
		return ENT_OK;
	n--;
	/* a pair the other rules made of two states of the list is none */
	for (k = 0; k < d->ncands; k++) {
		cand *c = &d->cands[k];
		size_t a;
		int sup_in = 0;
		if (c->dropped || c->unit != s->unit ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
			continue;
		for (a = 0; a < nl; a++)
			sup_in |= ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, list[a]->code);
		if (sup_in)
			c->dropped = 1;
	}
	seller = designation_maker(d, s, NULL);
	for (k = s->m0; k < s->m1 && !seller; k++)
		if (M(d, k)->t1 <= n && ent__is_state_mention(M(d, k)) && M(d, k)->gz != GZ_BLOC)
			seller = M(d, k)->code;
	if (!seller)
		return ENT_OK;
	st = status_of(d, s);
	if (hedged(d, s, n) || (n > s->t0 && (kis(d, n - 1, "potential") ||
					      kis(d, n - 1, "possible"))))
		st = ENT_STATUS_REPORTED;
	else if (st == ENT_STATUS_REPORTED && !kis(d, n, "sales") && !kis(d, n, "sale") &&
		 !kis(d, n, "exports"))
		st = ENT_STATUS_SIGNED; /* "deals/contracts/orders to ..." */
	for (k = 0; k < nl; k++) {
		const mention *sys = NULL;
		size_t q;
		cand *c;
		if (!strcmp(list[k]->code, seller))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
			return rc;
		for (q = s->m0; q < s->m1 && !sys; q++)
			if (M(d, q)->gz == GZ_WEAPON && M(d, q)->canon && M(d, q)->code &&
			    !strcmp(M(d, q)->code, seller))
				sys = M(d, q);
		if (sys && ent_fact_add_item(&c->f, (ent_category)sys->category,
					     d->text + sys->start, sys->end - sys->start, sys->canon,
					     -1))
			return ENT_ENOMEM;
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, seller);
		ent_code_set(&c->f.recipient, list[k]->code);
		c->directed = 1;
		c->f.status = st;
		c->f.confidence = 0.6;
		if ((rc = emit(d, c, s, "deal.recipient_list")))
			return rc;
	}
	return ENT_OK;
}

/* Drop the deals and supply ties of the unit of span s that only have
 * parties among codes a and b. */
static void drop_pair_of_unit(dctx *d, const span *s, const char *a, const char *b,
			      size_t from)
{
	size_t k;
	for (k = from; k < d->ncands; k++) {
		cand *c = &d->cands[k];
		int sa, sb;
		if (c->dropped || c->unit != s->unit ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
			continue;
		sa = ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, a);
		sb = ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, b);
		if ((sa && !strcmp(c->f.recipient.s, b)) || (sb && !strcmp(c->f.recipient.s, a)) ||
		    (!c->directed && ((!strcmp(c->pair[0], a) && !strcmp(c->pair[1], b)) ||
				      (!strcmp(c->pair[0], b) && !strcmp(c->pair[1], a)))))
			c->dropped = 1;
	}
}

/* "top-up orders by Hungary or Thailand": two states joined by "or" are
 * one or the other, never the two sides of a deal (deal.alternatives). */
static void drop_alternatives(dctx *d, const span *s, size_t from)
{
	size_t k;
	if (from == d->ncands)
		return;
	for (k = s->m0; k + 1 < s->m1; k++) {
		const mention *a = M(d, k), *b = M(d, k + 1);
		if (ent__is_state_mention(a) && ent__is_state_mention(b) && b->t0 == a->t1 + 1 &&
		    kis(d, a->t1, "or") && strcmp(a->code, b->code))
			drop_pair_of_unit(d, s, a->code, b->code, from);
	}
}

/* "Saab won a tender to sell 20 jets to X, but the tender was cancelled":
 * a clause after ", but" saying the deal (tender, contract, sale) was
 * called off takes back the deals the unit stated before it
 * (deal.called_off_in_unit). */
static void called_off_in_unit(dctx *d, const span *s, size_t from)
{
	static const char *what[] = {"tender", "deal", "contract", "sale", "order", "purchase",
				     "agreement", "competition", NULL};
	size_t i, j, k;
	if (from == d->ncands)
		return;
	for (i = s->t0 + 1; i + 4 < s->t1; i++) {
		if (!kis(d, i, ",") || !kis(d, i + 1, "but"))
			continue;
		j = i + 2;
		if (kis(d, j, "the") || kis(d, j, "that") || kis(d, j, "this"))
			j++;
		if (j + 2 >= s->t1 || !kin_local(d, j, what))
			continue;
		j++;
		if (kis(d, j, "was") || kis(d, j, "is")) {
			j++;
		} else if (kis(d, j, "has") && j + 2 < s->t1 && kis(d, j + 1, "been")) {
			j += 2;
		} else {
			continue;
		}
		if (kis(d, j, "later") || kis(d, j, "eventually") || kis(d, j, "subsequently"))
			j++;
		if (j >= s->t1 || !KIN(d, j, w_cancel))
			continue;
		for (k = from; k < d->ncands; k++)
			if (d->cands[k].unit == s->unit &&
			    (d->cands[k].f.type == ENT_FACT_DEAL || d->cands[k].f.type == ENT_FACT_SUPPLY))
				d->cands[k].dropped = 1;
		return;
	}
}

/* Is there a participle of giving or buying in the eight tokens before
 * token b, and no word of making after it ("bought from or donated by
 * allies such as": yes; "jointly manufactured by": no)? */
static int given_before(const dctx *d, const span *s, size_t b)
{
	static const char *given[] = {"bought", "purchased", "acquired", "donated", "supplied",
				      "sold", "delivered", "provided", "gifted", "imported",
				      "procured", "received", "transferred", NULL};
	static const char *made[] = {"manufactured", "made", "built", "produced", "developed",
				     "designed", NULL};
	size_t i, from = b > s->t0 + 8 ? b - 8 : s->t0;
	int g = 0;
	for (i = from; i < b; i++) {
		if (kin_local(d, i, given))
			g = 1;
		else if (kin_local(d, i, made))
			g = 0;
	}
	return g;
}

/* "ships bought from or donated by allies such as the United States, the
 * UK, Australia and Japan": a deal whose one seller is the first of a list
 * of states after "such as/including" (a verb of giving or buying before
 * it) is one deal per state of the list, each with the deal's buyer and goods but no price
 * (deal.supplier_list). */
static int expand_supplier_list(dctx *d, const span *s, size_t from)
{
	size_t k, q, j, n = d->ncands;
	int rc;
	for (k = from; k < n; k++) {
		const mention *head = NULL, *list[ENT_FACT_MAX_ACTORS];
		size_t nl = 0, i;
		const cand *c = &d->cands[k];
		char rcode[12] = "";
		if (c->dropped || c->unit != s->unit || c->f.type != ENT_FACT_DEAL ||
		    !(c->directed ? c->f.nsuppliers == 1 && c->f.recipient.s[0]
				  : c->pair[0][0] && c->pair[1][0]))
			continue;
		for (q = s->m0; q < s->m1 && !head; q++) {
			const mention *m = M(d, q);
			size_t b = m->t0;
			const char *other;
			if (!plain_state_at(d, s, m->t0) || plain_state_at(d, s, m->t0) != m)
				continue;
			/* the seller; with the direction left open, either party */
			if (c->directed)
				other = strcmp(m->code, c->f.suppliers[0].s) ? NULL : c->f.recipient.s;
			else
				other = !strcmp(m->code, c->pair[0])   ? c->pair[1]
					: !strcmp(m->code, c->pair[1]) ? c->pair[0]
								       : NULL;
			if (!other)
				continue;
			if (b > s->t0 && kis(d, b - 1, "the"))
				b--;
			if (b > s->t0 + 1 && ((kis(d, b - 2, "such") && kis(d, b - 1, "as")) ||
					      kis(d, b - 1, "including")) &&
			    given_before(d, s, b)) {
				head = m;
				memcpy(rcode, other, 12);
			}
		}
		if (!head)
			continue;
		for (j = head->t1; j < s->t1 && nl < ENT_FACT_MAX_ACTORS; j++) {
			const mention *m = plain_state_at(d, s, j);
			if (m) {
				list[nl++] = m;
				j = m->t1 - 1;
			} else if (!kis(d, j, ",") && !kis(d, j, "and") && !kis(d, j, "the")) {
				break;
			}
		}
		if (nl == 0)
			continue;
		if (!d->cands[k].directed) {
			/* the head of the list sells */
			cand *h = &d->cands[k];
			h->directed = 1;
			h->f.nsuppliers = 0;
			ent_fact_add_code(h->f.suppliers, &h->f.nsuppliers, head->code);
			ent_code_set(&h->f.recipient, rcode);
		}
		for (i = 0; i < nl; i++) {
			cand *one;
			if (!strcmp(list[i]->code, rcode) || !strcmp(list[i]->code, head->code))
				continue;
			if ((rc = cand_clone(d, k, s->unit, &one)))
				return rc;
			one->directed = 1;
			one->f.nsuppliers = 0;
			ent_fact_add_code(one->f.suppliers, &one->f.nsuppliers, list[i]->code);
			ent_code_set(&one->f.recipient, rcode);
			memset(&one->f.value, 0, sizeof one->f.value);
		}
	}
	return ENT_OK;
}

/* The count token i writes ("40", "six"), or -1. */
static long count_at(const dctx *d, size_t i)
{
	size_t k;
	if (d->t.v[i].kind == TK_NUM) {
		long v = strtol(d->text + d->t.v[i].start, NULL, 10);
		return v > 0 && v < 100000 && !(v >= 1950 && v <= 2049) ? v : -1;
	}
	for (k = 0; w_numwords[k]; k++)
		if (kis(d, i, w_numwords[k]))
			return k == 11 ? 12 : (long)k + 2;
	return -1;
}

/* "delivered 10 tanks to Poland, five to Chile and three to Peru", "Of the
 * 205 vehicles ordered, 115 will be delivered to Denmark, 50 to Sweden and
 * 40 to Ukraine": after the recipient "to X" of a deal, further counts each
 * "to" a state share the goods out, one deal per state with the seller,
 * goods and stage of the deal, its count and no price (deal.count_list). */
static int expand_count_list(dctx *d, const span *s, size_t from)
{
	size_t k, q, j, n = d->ncands;
	int rc;
	for (k = from; k < n; k++) {
		const mention *head = NULL, *list[ENT_FACT_MAX_ACTORS];
		long counts[ENT_FACT_MAX_ACTORS];
		size_t nl = 0, i;
		const cand *c = &d->cands[k];
		char sup[12], rec[12];
		if (c->dropped || c->unit != s->unit || c->f.type != ENT_FACT_DEAL ||
		    (c->directed ? c->f.nsuppliers != 1 || !c->f.recipient.s[0]
				 : !c->pair[0][0] || !c->pair[1][0]))
			continue;
		/* the recipient after "to" (with the direction open, either
		 * party; the other sells) */
		for (q = s->m0; q < s->m1 && !head; q++) {
			const mention *m = plain_state_at(d, s, M(d, q)->t0);
			size_t b;
			if (!m || m != M(d, q))
				continue;
			if (c->directed && !strcmp(m->code, c->f.recipient.s))
				memcpy(sup, c->f.suppliers[0].s, 12);
			else if (!c->directed && !strcmp(m->code, c->pair[0]))
				memcpy(sup, c->pair[1], 12);
			else if (!c->directed && !strcmp(m->code, c->pair[1]))
				memcpy(sup, c->pair[0], 12);
			else
				continue;
			memcpy(rec, m->code, 12);
			b = m->t0 > s->t0 && kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
			if (b > s->t0 && kis(d, b - 1, "to"))
				head = m;
		}
		if (!head)
			continue;
		/* ", 50 to Sweden and 40 to Ukraine" */
		for (j = head->t1; j + 2 < s->t1 && nl < ENT_FACT_MAX_ACTORS;) {
			const mention *m;
			long v;
			if (kis(d, j, ",") && j + 1 < s->t1 && kis(d, j + 1, "and"))
				j += 2;
			else if (kis(d, j, ",") || kis(d, j, "and"))
				j++;
			else
				break;
			if (j + 2 >= s->t1 || (v = count_at(d, j)) < 0 || !kis(d, j + 1, "to"))
				break;
			j += 2;
			if (kis(d, j, "the"))
				j++;
			if (!(m = plain_state_at(d, s, j)))
				break;
			counts[nl] = v;
			list[nl++] = m;
			j = m->t1;
		}
		for (i = 0; i < nl; i++) {
			cand *one;
			if (!strcmp(list[i]->code, sup) || !strcmp(list[i]->code, rec))
				continue;
			if ((rc = cand_clone(d, k, s->unit, &one)))
				return rc;
			one->directed = 1;
			one->f.nsuppliers = 0;
			ent_fact_add_code(one->f.suppliers, &one->f.nsuppliers, sup);
			ent_code_set(&one->f.recipient, list[i]->code);
			memset(&one->f.value, 0, sizeof one->f.value);
			if (one->f.nitems == 1)
				one->f.items[0].quantity = counts[i];
		}
	}
	return ENT_OK;
}

/* "Estonia and Latvia signed an agreement with Germany to purchase ...",
 * "Sweden and Norway bought trucks from Finland": two states joined by
 * "and" that open the sentence (or its clause after a comma) buy
 * together, so a deal of this sentence whose buyer is one of them and whose
 * seller is neither is also a deal of the other (without the price, which
 * is the pair's; not with "respectively") (deal.buyer_pair). */
static int expand_buyer_pair(dctx *d, const span *s, size_t from)
{
	const mention *a = NULL, *b = NULL, *list[ENT_FACT_MAX_ACTORS];
	size_t k, j, n = d->ncands, nl = 0, i;
	int rc, opened;
	for (k = from; k < n; k++) {
		const cand *c = &d->cands[k];
		if (!c->dropped && c->unit == s->unit && c->f.type == ENT_FACT_DEAL && c->directed)
			break;
	}
	if (k == n || s->m0 == s->m1)
		return ENT_OK;
	for (j = s->t0; j < s->t1; j++)
		if (kis(d, j, "respectively"))
			return ENT_OK; /* "A and B buy from C and D, respectively" */
	/* the pair: the sentence's first mention, at its start, after "the" or
	 * after a comma, then "and (the)" and a second state */
	a = plain_state_at(d, s, M(d, s->m0)->t0);
	if (!a)
		return ENT_OK;
	opened = a->t0 == s->t0 || kis(d, a->t0 - 1, "the") || kis(d, a->t0 - 1, ",");
	if (!opened && !kis(d, a->t0 - 1, "including"))
		return ENT_OK;
	list[nl++] = a;
	j = a->t1;
	/* "A, B and C", "countries including A, B, and C": more buyers joined
	 * by commas before the "and" (deal.buyer_list) */
	while (j + 1 < s->t1 && kis(d, j, ",") && nl + 2 < ENT_FACT_MAX_ACTORS) {
		size_t q = j + 1;
		if (kis(d, q, "the"))
			q++;
		b = plain_state_at(d, s, q);
		if (!b)
			break;
		list[nl++] = b;
		j = b->t1;
	}
	if (nl > 1 && j < s->t1 && kis(d, j, ","))
		j++; /* ", and" */
	if (j >= s->t1 || !kis(d, j, "and"))
		return ENT_OK;
	j++;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	b = plain_state_at(d, s, j);
	if (!b || !strcmp(a->code, b->code) || b->t1 >= s->t1 || kis(d, b->t1, "'s") ||
	    kis(d, b->t1, ","))
		return ENT_OK; /* "Estonia and Latvia's ...", "A and B, C ..." */
	list[nl++] = b;
	if (!opened && nl < 3)
		return ENT_OK; /* a pair after "including" is no list of buyers */
	for (k = from; k < n; k++) {
		cand *one;
		size_t q, r, own = NONE;
		const cand *c = &d->cands[k];
		if (c->dropped || c->unit != s->unit || c->f.type != ENT_FACT_DEAL ||
		    !c->directed || c->f.nsuppliers != 1)
			continue;
		for (i = 0; i < nl; i++) {
			if (!strcmp(c->f.suppliers[0].s, list[i]->code))
				break;
			if (!strcmp(c->f.recipient.s, list[i]->code))
				own = i;
		}
		if (i < nl || own == NONE)
			continue;
		for (i = 0; i < nl; i++) {
			const char *other = list[i]->code;
			int dup = 0;
			if (i == own || !strcmp(other, c->f.recipient.s))
				continue;
			for (q = from; q < d->ncands && !dup; q++)
				dup = !d->cands[q].dropped && d->cands[q].f.type == ENT_FACT_DEAL &&
				      d->cands[q].unit == s->unit &&
				      !strcmp(d->cands[q].f.recipient.s, other) &&
				      !strcmp(d->cands[q].f.suppliers[0].s, d->cands[k].f.suppliers[0].s);
			if (dup)
				continue;
			r = k;
			if ((rc = cand_clone(d, r, s->unit, &one)))
				return rc;
			ent_code_set(&one->f.recipient, other);
			memset(&one->f.value, 0, sizeof one->f.value);
			c = &d->cands[k]; /* the array may have moved */
		}
	}
	return ENT_OK;
}

/* "Qatar has spent $30 billion on arms. Among the purchases are F-15
 * planes from the United States, a Rafale deal with France and another for
 * Typhoon aircraft from Britain": each seller after "from/with" in a
 * sentence that opens "Among the purchases/acquisitions/deals (are)" sells
 * the goods named since the seller before to the state the sentence before
 * names first (deal.among_purchases). */
static int rule_among_purchases(dctx *d, const span *s)
{
	static const char *what[] = {"purchases", "acquisitions", "deals", "orders", "contracts",
				     "buys", "imports", NULL};
	const mention *buyer = NULL;
	span p;
	size_t i = s->t0, k, seg;
	int rc;
	if (s->unit <= 0 || i + 4 >= s->t1 || !kis(d, i, "among"))
		return ENT_OK;
	i++;
	if (kis(d, i, "the") || kis(d, i, "its") || kis(d, i, "their"))
		i++;
	if (!kin_local(d, i, what))
		return ENT_OK;
	span_of_unit(d, (size_t)s->unit - 1, &p);
	for (k = p.m0; k < p.m1 && !buyer; k++)
		if (plain_state_at(d, &p, M(d, k)->t0) == M(d, k) &&
		    !(M(d, k)->t0 > p.t0 &&
		      (kis(d, M(d, k)->t0 - 1, "from") || kis(d, M(d, k)->t0 - 1, "with"))))
			buyer = M(d, k);
	if (!buyer)
		return ENT_OK;
	seg = i + 1;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k), *w;
		size_t b = m->t0, q;
		cand *c;
		if (plain_state_at(d, s, m->t0) != m || m->t0 < seg)
			continue;
		if (b > s->t0 && kis(d, b - 1, "the"))
			b--;
		if (!(kis(d, b - 1, "from") || kis(d, b - 1, "with")) ||
		    !strcmp(m->code, buyer->code))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
			return rc;
		for (q = s->m0; q < s->m1; q++) {
			w = M(d, q);
			if (w->gz == GZ_WEAPON && w->t0 >= seg && w->t1 <= b &&
			    ent_fact_add_item(&c->f, (ent_category)w->category, d->text + w->start,
					      w->end - w->start, w->canon, -1))
				return ENT_ENOMEM;
		}
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, m->code);
		ent_code_set(&c->f.recipient, buyer->code);
		c->directed = 1;
		c->f.status = ENT_STATUS_SIGNED;
		c->f.confidence = 0.6;
		if ((rc = emit(d, c, s, "deal.among_purchases")))
			return rc;
		seg = m->t1;
	}
	return ENT_OK;
}

/* "Poland, Slovakia Sign Contract for MiG-29 Fighter Repair", "a contract
 * with Poland for repairing the Russian-made MiG-29s": goods named with a
 * word of repair, overhaul or upgrade are serviced, not sold, so a deal of
 * the unit whose seller is named only as their maker is none when the
 * unit names another state that may do the work (deal.serviced_goods). */
static void serviced_goods(dctx *d, const span *s, size_t from)
{
	static const char *service[] = {"repair", "repairs", "repairing", "overhaul", "overhauls",
					"overhauling", "maintenance", "servicing", "upgrade",
					"upgrading", "modernisation", "modernization",
					"refurbishment", NULL};
	size_t i, k, q;
	int near = 0;
	if (from == d->ncands)
		return;
	for (k = s->m0; k < s->m1 && !near; k++) {
		const mention *w = M(d, k);
		if (w->gz != GZ_WEAPON || !w->canon)
			continue;
		for (i = w->t1; i < s->t1 && i < w->t1 + 2 && !near; i++)
			near = kin_local(d, i, service); /* "MiG-29 Fighter Repair" */
		for (i = w->t0 > s->t0 + 5 ? w->t0 - 5 : s->t0; i < w->t0 && !near; i++)
			near = kin_local(d, i, service); /* "for repairing the ..." */
	}
	if (!near)
		return;
	for (k = from; k < d->ncands; k++) {
		cand *c = &d->cands[k];
		int named = 0, other = 0;
		if (c->dropped || c->unit != s->unit || c->f.type != ENT_FACT_DEAL || !c->directed ||
		    c->f.nsuppliers != 1)
			continue;
		for (q = s->m0; q < s->m1; q++) {
			const mention *m = M(d, q);
			if (!ent__is_state_mention(m))
				continue;
			if (!strcmp(m->code, c->f.suppliers[0].s))
				named |= m->gz != GZ_DEMONYM || !qualifies_weapon(d, s, q);
			else if (strcmp(m->code, c->f.recipient.s) && m->gz != GZ_DEMONYM)
				other = 1;
		}
		if (!named && other)
			c->dropped = 1;
	}
}

/* "Peru has rejected reports claiming that it is going to buy JF-17
 * fighters from Pakistan": a state that denies or rejects reports
 * (claims) of a purchase takes back every deal the document gives it with
 * the seller the denial names, unless that deal went further than
 * reported (deal.denied_reports).  Run on the whole document. */
static void denied_reports(dctx *d)
{
	static const char *claim[] = {"reports", "report", "claims", "claim", "rumours", "rumors",
				      "speculation", NULL};
	static const char *deny[] = {"denies", "denied", "deny", "rejects", "rejected",
				     "dismissed", "dismisses", "refuted", "refutes", NULL};
	size_t ui, k, q;
	for (ui = 0; ui < d->nunits; ui++) {
		span s;
		size_t v;
		const mention *who = NULL, *from = NULL;
		span_of_unit(d, ui, &s);
		v = find_in(d, s.t0, s.t1, deny);
		if (v == NONE || v + 3 >= s.t1 ||
		    !(kin_local(d, v + 1, claim) ||
		      (kin_local(d, v + 2, claim) && (kis(d, v + 1, "the") || kis(d, v + 1, "media")))))
			continue;
		if (find_in(d, v, s.t1, w_buy_verb) == NONE)
			continue;
		for (k = s.m0; k < s.m1; k++) {
			const mention *m = M(d, k);
			if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
				continue;
			if (m->t1 <= v && !who)
				who = m;
			else if (m->t0 > v && m->t0 > s.t0 && kis(d, m->t0 - 1, "from") && !from)
				from = m;
		}
		if (!who || !from || !strcmp(who->code, from->code))
			continue;
		for (q = 0; q < d->ncands; q++) {
			cand *c = &d->cands[q];
			if (c->dropped || c->f.type != ENT_FACT_DEAL || c->f.status > ENT_STATUS_REPORTED)
				continue;
			if ((c->directed && !strcmp(c->f.recipient.s, who->code) &&
			     ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, from->code)) ||
			    (!c->directed && ((!strcmp(c->pair[0], who->code) &&
					       !strcmp(c->pair[1], from->code)) ||
					      (!strcmp(c->pair[1], who->code) &&
					       !strcmp(c->pair[0], from->code)))))
				c->dropped = 1;
		}
	}
}

/* "The jets were meant for sale to X before the country cancelled",
 * "... until Cairo scrapped the order": a clause "before/until" whose verb
 * (within five words) calls the deal off takes back the deals the unit
 * stated (deal.cancelled_before_clause). */
static void cancelled_before_clause(dctx *d, const span *s, size_t from)
{
	static const char *w_until[] = {"before", "until", NULL};
	static const char *w_what[] = {"the", "deal", "order", "contract", "sale", "purchase",
				       "it", "them", "plans", "plan", NULL};
	size_t i, j, k;
	if (from == d->ncands || find_in(d, s->t0, s->t1, w_cancel) == NONE)
		return;
	for (i = s->t0 + 1; i + 2 < s->t1; i++) {
		if (!kin_local(d, i, w_until))
			continue;
		for (j = i + 1; j < s->t1 && j < i + 6 && !KIN(d, j, w_cancel); j++)
			if (d->t.v[j].kind != TK_WORD)
				break;
		if (j >= s->t1 || j >= i + 6 || !KIN(d, j, w_cancel) || j == i + 1)
			continue;
		/* the verb ends the clause or takes the deal as its object */
		if (j + 1 < s->t1 && d->t.v[j + 1].kind == TK_WORD && !kin_local(d, j + 1, w_what))
			continue;
		/* goods delivered before the rest was called off stay */
		for (k = from; k < d->ncands; k++)
			if (d->cands[k].unit == s->unit &&
			    d->cands[k].f.status != ENT_STATUS_DELIVERED &&
			    (d->cands[k].f.type == ENT_FACT_DEAL || d->cands[k].f.type == ENT_FACT_SUPPLY))
				d->cands[k].dropped = 1;
		return;
	}
}

/* First token in [t0, t1) whose key is in l, a short list outside the
 * lexicon (compared word by word, no look-up of its bit), or NONE. */
static size_t find_local(const dctx *d, size_t t0, size_t t1, const char *const *l)
{
	size_t i;
	for (i = t0; i < t1; i++)
		if (kin_local(d, i, l))
			return i;
	return NONE;
}

/* "The first batch of six A-29 aircraft has departed the United States
 * for Nigeria / en route (to) Nigeria": a batch (consignment, shipment,
 * lot, tranche) of goods that departs or leaves a state for another is a
 * delivery from the one to the other, of the year the sentence names.  A
 * ship that departs a port for a visit is no batch. */
static int rule_departed_batch(dctx *d, const span *s)
{
	static const char *w_depart[] = {"departed", "left", NULL};
	static const char *w_lot[] = {"batch", "consignment", "shipment", "lot", "tranche", NULL};
	const mention *from, *to = NULL;
	size_t v, i, k;
	int lot = 0, rc;
	cand *c;
	/* from the goods (few mentions), not over every word: the batch
	 * word up to four tokens before them, the verb up to ten after */
	for (k = s->m0, v = NONE; k < s->m1 && v == NONE; k++) {
		const mention *m = M(d, k);
		if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON)
			continue;
		for (i = m->t0 > s->t0 + 4 ? m->t0 - 4 : s->t0, lot = 0; i < m->t0 && !lot; i++)
			lot = kin_local(d, i, w_lot);
		if (lot)
			v = find_local(d, m->t1, m->t1 + 10 < s->t1 ? m->t1 + 10 : s->t1, w_depart);
	}
	if (v == NONE || negated(d, s, v))
		return ENT_OK;
	from = actor_after(d, s, v + 1, 1, 1); /* "departed (the) United States" */
	if (!from || from->possessive)
		return ENT_OK;
	for (i = from->t1; i < s->t1 && i < from->t1 + 12 && !to; i++)
		if (kis(d, i, "for") || kis(d, i, "route"))
			to = actor_after(d, s, i + 1, 2, 1); /* "en route (to) Y" */
	if (!to || !strcmp(to->code, from->code))
		return ENT_OK;
	if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
		return rc;
	if ((rc = add_items(d, c, s, NULL, NULL)))
		return rc;
	if (c->f.nitems == 0) {
		c->dropped = 1;
		return ENT_OK;
	}
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, from->code);
	ent_code_set(&c->f.recipient, to->code);
	c->directed = 1;
	c->f.status = ENT_STATUS_DELIVERED;
	c->f.year = year_in(d, s);
	c->f.confidence = 0.6;
	d->last_deal = (int)(c - d->cands);
	return emit(d, c, s, "deal.departed_batch");
}

/* "As part of India's commitment ..., the Air Chief presented AN-32
 * propellers to the Sri Lankan Air Force", "Britain presented two radars
 * to Kenya": goods right after "presented" (over a count, an article or
 * an adjective; not "its plan for", "a report on") and "to" a state are
 * a gift from the state before the verb (the subject, or the state whose
 * commitment or programme the sentence names, within twenty tokens). */
static int rule_presented_goods(dctx *d, const span *s)
{
	static const char *w_present[] = {"presented", "presents", NULL};
	static const char *w_not_gift[] = {"of", "on", "about", "for", "regarding", "over", "its",
					   "their", "his", "her", NULL};
	const mention *g = NULL, *to = NULL, *from;
	size_t v, i, k;
	int rc;
	cand *c;
	/* from the goods (few mentions): the verb up to four tokens before */
	for (k = s->m0, v = NONE; k < s->m1 && v == NONE; k++) {
		g = M(d, k);
		if (g->kind == MK_ACTOR && g->gz == GZ_WEAPON)
			v = find_local(d, g->t0 > s->t0 + 4 ? g->t0 - 4 : s->t0, g->t0, w_present);
	}
	if (v == NONE || negated(d, s, v))
		return ENT_OK;
	/* the first goods after the verb */
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_ACTOR && M(d, k)->gz == GZ_WEAPON && M(d, k)->t0 > v) {
			g = M(d, k);
			break;
		}
	for (i = v + 1; i < g->t0; i++)
		if (d->t.v[i].kind == TK_PUNCT || kin_local(d, i, w_not_gift))
			return ENT_OK; /* "presented its plan for jets", "a report on drones" */
	for (i = g->t1; i < s->t1 && i < g->t1 + 3 && !to; i++)
		if (kis(d, i, "to"))
			to = actor_after(d, s, i + 1, 1, 0);
	from = actor_before(d, s, v, 20, 0);
	if (!to || !from || !strcmp(to->code, from->code) || from->gz == GZ_FIRM)
		return ENT_OK;
	if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
		return rc;
	if ((rc = add_items(d, c, s, NULL, NULL)))
		return rc;
	if (c->f.nitems == 0) {
		c->dropped = 1;
		return ENT_OK;
	}
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, from->code);
	ent_code_set(&c->f.recipient, to->code);
	c->directed = 1;
	c->f.status = ENT_STATUS_DELIVERED;
	c->f.year = year_in(d, s);
	c->f.confidence = 0.6;
	d->last_deal = (int)(c - d->cands);
	return emit(d, c, s, "deal.presented");
}

/* A kind of goods a deal is about (not training, maintenance, technology
 * transfer or goods of no stated kind). */
static int main_kind(int cat)
{
	return cat != ENT_CAT_TRAINING && cat != ENT_CAT_MAINTENANCE &&
	       cat != ENT_CAT_TECHNOLOGY_TRANSFER && cat != ENT_CAT_OTHER;
}

/* Keep only c's items of category cat, and, with split (the kinds split
 * off), those of a kind not split off. */
static void keep_items_of_kind(cand *c, int cat, const int *split)
{
	size_t t = 0;
	while (t < c->f.nitems) {
		ent_item *it = &c->f.items[t];
		if ((int)it->category == cat || (split && !split[(int)it->category])) {
			t++;
			continue;
		}
		ent__free(it->text);
		ent__free(it->designation);
		memmove(it, it + 1, (c->f.nitems - t - 1) * sizeof *it);
		c->f.nitems--;
	}
}

/* "Since 2015 it has bought 24 Rafale jets, a FREMM frigate and two
 * Mistrals", "will receive 1,000 tanks, 600 howitzers and 48 FA-50 jets
 * under these contracts": a purchase of goods of several kinds that no
 * single contract noun holds together is one deal per kind of counted
 * goods (the goods of other kinds, training or maintenance stay with the
 * first kind).  A price stays with the first kind, unless the sentence
 * names several sums. */
static int split_goods_kinds(dctx *d, const span *s, size_t from)
{
	static const char *w_one_contract[] = {"deal", "contract", "agreement", "package",
					       "order", "sale", "purchase", "acquisition",
					       "include", "includes", "included", "including",
					       "comprise", "comprising", "consisting", NULL};
	size_t ci, n = d->ncands, t, k, nmoney = 0;
	int rc, scanned = 0;
	for (ci = from; ci < n; ci++) {
		int kinds[ENT_CAT__COUNT] = {0}, nk = 0, cat, first = -1;
		const cand *c = &d->cands[ci];
		if (c->dropped || c->anaphoric || c->f.type != ENT_FACT_DEAL || !c->directed ||
		    c->f.nitems < 2)
			continue;
		for (t = 0; t < c->f.nitems; t++) {
			cat = (int)c->f.items[t].category;
			if (!main_kind(cat) || c->f.items[t].quantity <= 0)
				continue; /* counted goods only: "24 jets, two ships" */
			if (first < 0)
				first = cat;
			if (!kinds[cat]++)
				nk++;
		}
		if (nk < 2)
			continue;
		if (!scanned) {
			/* the words of the sentence only for a deal that may split */
			scanned = 1;
			if (find_in(d, s->t0, s->t1, w_one_contract) != NONE)
				return ENT_OK;
			for (k = s->m0; k < s->m1; k++)
				nmoney += M(d, k)->kind == MK_MONEY;
		}
		for (cat = 0; cat < ENT_CAT__COUNT; cat++) {
			cand *one;
			if (!kinds[cat] || cat == first)
				continue;
			if ((rc = cand_clone(d, ci, s->unit, &one)))
				return rc;
			keep_items_of_kind(one, cat, NULL);
			memset(&one->f.value, 0, sizeof one->f.value);
		}
		keep_items_of_kind(&d->cands[ci], first, kinds);
		if (nmoney >= 2)
			memset(&d->cands[ci].f.value, 0, sizeof d->cands[ci].f.value);
	}
	return ENT_OK;
}

/* "X is the third country to have bought these tanks from Y after A and
 * B", "X became the second buyer after A to order ...": the states listed
 * after "after" (names, "and" and commas between) bought the same goods
 * from the same seller before: one deal each, with the deal's goods but no
 * price, year or stage.  Only with an ordinal before a noun
 * of buyers and a deal of this unit with one seller. */
static int earlier_buyers(dctx *d, const span *s, size_t from)
{
	static const char *w_ordinal[] = {"second", "third", "fourth", "fifth", "sixth",
					  "seventh", "eighth", NULL};
	static const char *w_buyer_n[] = {"country", "nation", "state", "buyer", "customer",
					  "operator", "user", "importer", NULL};
	const mention *list[ENT_FACT_MAX_ACTORS];
	size_t i, j, k, nl = 0, n = d->ncands, ci = NONE;
	int rc;
	for (k = from; k < n && ci == NONE; k++) {
		const cand *c = &d->cands[k];
		if (!c->dropped && c->unit == s->unit && c->directed &&
		    (c->f.type == ENT_FACT_DEAL || c->f.type == ENT_FACT_SUPPLY) &&
		    c->f.nsuppliers == 1 && c->f.recipient.s[0])
			ci = k;
	}
	if (ci == NONE)
		return ENT_OK; /* most units state no deal */
	for (j = s->t0 + 3; j + 1 < s->t1 && !(K(j)[0] == 'a' && kis(d, j, "after")); j++)
		;
	if (j + 1 >= s->t1)
		return ENT_OK;
	for (i = s->t0; i + 2 < j; i++) /* the first letter rules out most words */
		if (strchr("stfe", K(i)[0]) && kin_local(d, i, w_ordinal) &&
		    (kin(d, i + 1, w_buyer_n) || kin(d, i + 2, w_buyer_n)))
			break;
	if (i + 2 >= j)
		return ENT_OK;
	for (j++; j < s->t1 && nl < ENT_FACT_MAX_ACTORS;) {
		const mention *m = mention_at(d, s, j);
		if (!m || !ent__is_state_mention(m) || m->possessive ||
		    !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL))
			break;
		list[nl++] = m;
		j = m->t1;
		if (j < s->t1 && (kis(d, j, ",") || kis(d, j, "and")))
			j++;
		if (j < s->t1 && kis(d, j, "and"))
			j++; /* ", and" */
	}
	for (k = 0; k < nl; k++) {
		cand *one;
		const cand *c = &d->cands[ci];
		if (!strcmp(list[k]->code, c->f.recipient.s) ||
		    !strcmp(list[k]->code, c->f.suppliers[0].s) ||
		    tie_known(d, c->f.suppliers[0].s, list[k]->code, s->unit))
			continue;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		ent_code_set(&one->f.recipient, list[k]->code);
		memset(&one->f.value, 0, sizeof one->f.value);
		one->f.year = 0;
		one->f.status = ENT_STATUS_NONE;
		one->directed = 1;
	}
	return ENT_OK;
}

static int all_rules(dctx *d, const span *s)
{
	int rc;
	size_t from = d->ncands;
	if ((rc = rule_deals(d, s)) || (rc = rule_inventory(d, s)) || (rc = rule_fleet(d, s)) ||
	    (rc = rule_customers(d, s)) || (rc = rule_recipient_list(d, s)) ||
	    (rc = rule_among_purchases(d, s)) || (rc = rule_departed_batch(d, s)) ||
	    (rc = rule_presented_goods(d, s)) ||
	    (rc = rule_replaced_goods(d, s)) || (rc = rule_rely_on(d, s)) ||
	    (rc = rule_holdings_made(d, s)) ||
	    (rc = rule_exercises(d, s)) || (rc = rule_stance(d, s)) ||
	    (rc = rule_membership(d, s)) || (rc = rule_rivalry(d, s)))
		return rc;
	drop_alternatives(d, s, from);
	called_off_in_unit(d, s, from);
	cancelled_before_clause(d, s, from);
	serviced_goods(d, s, from);
	if ((rc = expand_supplier_list(d, s, from)) || (rc = earlier_buyers(d, s, from)) ||
	    (rc = expand_buyer_pair(d, s, from)) || (rc = expand_count_list(d, s, from)))
		return rc;
	return split_goods_kinds(d, s, from);
}

static const char *w_aspect_deal[] = {"deal", "deals", "contract", "procurement", "purchase",
				      "acquisition", "acquisitions", "arms", NULL};
static const char *w_aspect_ex[] = {"exercise", "exercises", "drills", "drill", NULL};

static int cell_year(const dctx *d, const cell *ce)
{
	size_t i;
	for (i = ce->t0; i < ce->t1; i++) {
		const tok *x = &d->t.v[i];
		if (x->kind == TK_NUM && x->end - x->start == 4) {
			int y = atoi(d->text + x->start);
			if (y >= 1950 && y <= 2049)
				return y;
		}
	}
	return 0;
}

/* The deal candidate a unit stated (its last), or -1. */
static int deal_of_unit(const dctx *d, int ui)
{
	size_t k = d->ncands;
	while (k > 0) {
		const cand *c = &d->cands[--k];
		if (c->unit == ui && !c->dropped && c->f.type == ENT_FACT_DEAL)
			return (int)k;
		if (c->unit < ui)
			break;
	}
	return -1;
}

static int table_row(dctx *d, size_t ui)
{
	const unit *u = &d->units[ui];
	const table_info *ti = &d->tables[u->table];
	int nc = d->row_ncells[ui], c, rc;
	/* a row without cells may come with no cell array at all (NULL + 0 is UB) */
	const cell *cells = nc > 0 ? d->cells + d->row_cell0[ui] : NULL;
	int has_dyad = 0, has_event = 0, has_dealcol = 0, has_comp = 0, year = 0;
	ent_value value;
	span s;
	memset(&value, 0, sizeof value);
	for (c = 0; c < ti->ncols; c++) {
		has_dyad |= ti->role[c] == COL_DYAD;
		has_event |= ti->role[c] == COL_EVENT;
		has_dealcol |= ti->role[c] == COL_DEAL || ti->role[c] == COL_VALUE;
		has_comp |= ti->role[c] == COL_COMPONENTS;
	}
	for (c = 0; c < nc && c < ti->ncols; c++) {
		if (ti->role[c] == COL_YEAR)
			year = cell_year(d, &cells[c]);
		else if (ti->role[c] == COL_VALUE)
			ent__parse_money(d->text + d->t.v[cells[c].t0].start,
					 cells[c].t1 > cells[c].t0
						 ? d->t.v[cells[c].t1 - 1].end - d->t.v[cells[c].t0].start
						 : 0,
					 &value);
	}
	span_of_unit(d, ui, &s);
	if (has_dyad) {
		/* a comparison: "Aspect | India-Armenia | Pakistan-Azerbaijan" */
		span a = s;
		if (nc < 1)
			return ENT_OK;
		narrow(d, &a, cells[0].t0, cells[0].t1);
		for (c = 1; c < nc && c < ti->ncols; c++) {
			span cs = s;
			if (ti->role[c] != COL_DYAD)
				continue;
			narrow(d, &cs, cells[c].t0, cells[c].t1);
			memcpy(cs.pair_def, ti->dyad[c], sizeof cs.pair_def);
			cs.rule_prefix = "pivot.";
			if (find_in(d, a.t0, a.t1, w_aspect_deal) != NONE) {
				cs.forced_deal = 1;
				if ((rc = rule_deal(d, &cs)))
					return rc;
			} else if (find_in(d, a.t0, a.t1, w_aspect_ex) != NONE) {
				cs.forced_exercise = 1;
				if ((rc = rule_exercise(d, &cs)))
					return rc;
			}
		}
		return ENT_OK;
	}
	memcpy(s.pair_def, ti->ctx, sizeof s.pair_def);
	s.year_def = year;
	s.rule_prefix = "table.";
	if (has_event) {
		for (c = 0; c < nc && c < ti->ncols; c++) {
			span cs = s;
			if (ti->role[c] != COL_EVENT && ti->role[c] != COL_OTHER &&
			    ti->role[c] != COL_COMPONENTS)
				continue;
			narrow(d, &cs, cells[c].t0, cells[c].t1);
			if ((rc = all_rules(d, &cs)))
				return rc;
		}
		return ENT_OK;
	}
	if (has_dealcol) {
		s.forced_deal = 1;
		s.value_def = value;
		return rule_deal(d, &s);
	}
	if (has_comp && ti->intro_unit >= 0 && deal_of_unit(d, ti->intro_unit) >= 0) {
		/* the parts of the deal the line before the table introduced */
		cand *dc = &d->cands[deal_of_unit(d, ti->intro_unit)];
		size_t k;
		if ((rc = add_items(d, dc, &s, NULL, NULL)))
			return rc;
		for (k = s.m0; k < s.m1; k++)
			if (ent__is_state_mention(M(d, k)))
				add_others(dc, M(d, k)->code);
		return ent__add_unit_evidence(d, dc, (int)ui, "deal.components_row");
	}
	return all_rules(d, &s);
}

/* A list introduced by "X's procurement ... focusing on:" whose items are
 * "- Supplier: what it supplies". */
static int supply_list_item(dctx *d, size_t ui, const char *recipient)
{
	const unit *u = &d->units[ui];
	const mention *subj = M(d, (size_t)u->bullet_subject);
	span s;
	cand *c;
	int rc;
	if (!ent__is_state_mention(subj) || strcmp(subj->code, recipient) == 0)
		return ENT_OK;
	span_of_unit(d, ui, &s);
	if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, (int)ui, &c)))
		return rc;
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, subj->code);
	ent_code_set(&c->f.recipient, recipient);
	c->directed = 1;
	narrow(d, &s, subj->t1 + 1, s.t1); /* after "Supplier:" */
	if (s.t0 >= s.t1)
		return ENT_OK;
	if ((rc = add_items(d, c, &s, NULL, NULL)))
		return rc;
	if (c->f.nitems == 0) {
		/* nothing the gazetteer knows: the words up to the first comma */
		size_t e = s.t0;
		while (e < s.t1 && !kis(d, e, ",") && !kis(d, e, ".") && !kis(d, e, ";"))
			e++;
		if (e == s.t0)
			e = s.t1;
		if (ent_fact_add_item(&c->f, ENT_CAT_OTHER, d->text + d->t.v[s.t0].start,
				      d->t.v[e - 1].end - d->t.v[s.t0].start, NULL, -1))
			return ENT_ENOMEM;
	}
	c->f.confidence = 0.6;
	return ent__add_unit_evidence(d, c, (int)ui, "supply.list");
}

/* A list introduced by "Major acquisitions include:" whose items name what
 * was bought and from whom: "- Su-30SM fighters from Russia, ordered in
 * 2014 and delivered from 2015".  The item's supplier is the state after
 * "from", else the first other state, maker or demonym it names; its stage
 * and year are the item's own. */
static int acquisition_list_item(dctx *d, size_t ui, const char *recipient)
{
	span s;
	const mention *sup = NULL;
	cand *c;
	size_t k, at;
	int rc, sy, year;
	span_of_unit(d, ui, &s);
	for (k = s.m0; k < s.m1 && !sup; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && strcmp(m->code, recipient) != 0 && m->t0 > s.t0 &&
		    kis(d, m->t0 - 1, "from"))
			sup = m;
	}
	for (k = s.m0; k < s.m1 && !sup; k++)
		if (ent__is_state_mention(M(d, k)) && strcmp(M(d, k)->code, recipient) != 0)
			sup = M(d, k);
	if (!sup || negated(d, &s, s.t1))
		return all_rules(d, &s);
	if ((rc = ent__cand_new(d, ENT_FACT_DEAL, (int)ui, &c)))
		return rc;
	if ((rc = add_items(d, c, &s, NULL, NULL)))
		return rc;
	if (c->f.nitems == 0) {
		c->dropped = 1;
		return all_rules(d, &s);
	}
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup->code);
	ent_code_set(&c->f.recipient, recipient);
	c->directed = 1;
	c->f.status = status_at(d, &s, &at);
	sy = stage_year(d, &s, at);
	year = sy >= 0 ? sy : year_in(d, &s);
	c->f.year = year;
	{
		const mention *mv = money_near(d, &s, s.t0);
		if (mv)
			c->f.value = mv->value;
	}
	c->f.confidence = 0.6;
	d->last_deal = (int)(c - d->cands);
	return ent__add_unit_evidence(d, c, (int)ui, "deal.list_item");
}

/* Keep the states of a unit that names two or more: "both countries" in a
 * later unit means them. */
static void remember_states(dctx *d, const unit *u)
{
	char set[4][12];
	int n = 0, j;
	size_t k;
	for (k = u->m0; k < u->m1 && n < 4; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || described_possessor(d, m, u->t1))
			continue;
		for (j = 0; j < n; j++)
			if (!strcmp(set[j], m->code))
				break;
		if (j == n)
			memcpy(set[n++], m->code, 12);
	}
	if (n >= 2) {
		memcpy(d->last_set, set, sizeof set);
		d->nlast_set = n;
	}
}

static int new_deal(const dctx *d, size_t before)
{
	size_t k;
	for (k = before; k < d->ncands; k++)
		if (!d->cands[k].dropped && !d->cands[k].anaphoric &&
		    d->cands[k].f.type == ENT_FACT_DEAL)
			return 1;
	return 0;
}

/* Do the deals the unit made from `before` on only tell the deal `prev`
 * again: each with the same buyer and no seller but the maker of its
 * goods, in a sentence that speaks of "the deal/contract/agreement"? */
static int told_again(const dctx *d, size_t before, int prev, const span *s)
{
	const cand *p;
	size_t k, i;
	int any = 0;
	if (prev < 0)
		return 0;
	p = &d->cands[prev];
	if (p->dropped || p->f.type != ENT_FACT_DEAL ||
	    d->units[p->unit].para + 1 < d->units[s->unit].para)
		return 0;
	for (k = before; k < d->ncands; k++) {
		const cand *c = &d->cands[k];
		if (c->dropped || c->anaphoric)
			continue;
		if (c->f.type != ENT_FACT_DEAL || !c->maker_only)
			return 0;
		/* the same buyer, or one of the pair of a deal whose direction
		 * is left open ("Kuwait and Italy will finalize a deal") */
		if (p->directed ? strcmp(c->f.recipient.s, p->f.recipient.s) != 0
				: strcmp(c->f.recipient.s, p->pair[0]) != 0 &&
					  strcmp(c->f.recipient.s, p->pair[1]) != 0)
			return 0;
		any = 1;
	}
	if (!any)
		return 0;
	for (i = s->t0; i + 1 < s->t1; i++)
		if (kis(d, i, "the") && KIN(d, i + 1, w_deal_noun))
			return 1;
	return 0;
}

/* "the $311 million contract", "the P15.7 billion ($311 million) deal":
 * the token after the money that stands between a determiner at i and its
 * noun (a sum in another currency may come first, with the US figure in
 * brackets after it); i + 1 when no money follows the determiner. */
static size_t after_money(const dctx *d, const span *s, size_t i)
{
	size_t k, j = i + 1, open = NONE;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_MONEY && M(d, k)->t0 == i + 1)
			j = M(d, k)->t1;
	if (j == i + 1) {
		/* a figure the gazetteer does not read ("P15.7 billion"), then
		 * "(" */
		int digit = 0;
		for (k = i + 1; k < s->t1 && k < i + 7 && open == NONE; k++) {
			if (kis(d, k, "("))
				open = k;
			else if (d->t.v[k].kind == TK_WORD && !isdigit((unsigned char)K(k)[0]) &&
				 !kis(d, k, "million") && !kis(d, k, "billion") &&
				 !kis(d, k, "crore") && d->t.v[k].end - d->t.v[k].start > 3 &&
				 !digit)
				return i + 1; /* a currency's name only after the figure */
			digit |= isdigit((unsigned char)K(k)[0]) ||
				 (K(k)[0] && isdigit((unsigned char)K(k)[1]));
		}
		if (open == NONE || !digit)
			return i + 1;
		j = open;
	}
	if (j >= s->t1 || !kis(d, j, "("))
		return j;
	for (k = j + 1; k < s->t1 && k < j + 12; k++)
		if (kis(d, k, ")"))
			return k + 1;
	return j;
}

/* Do the deals the unit made from `before` on only tell the deal `prev`
 * again, by the same parties: "will also acquire 15 trucks under the deal
 * signed between ...", "Through the howitzer export deal, both countries
 * agreed ..."?  The sentence names the deal with a definite article: "under
 * the (same) deal" (goods may be counted), or "the ... deal" within four
 * words with no price, year or count of its own. */
static const char *w_restate_stop[] = {"a", "an", "on", "of", "for", "with", "to", "in", "by",
					"at", "from", "and", "or", NULL};
static int restates_deal(const dctx *d, size_t before, int prev, const span *s)
{
	static const char *w_under_det[] = {"the", "this", "that", "same", NULL};
	const cand *p;
	size_t k, i, j;
	int under = 0, definite = 0, counted = 0, named = 0;
	if (prev < 0)
		return 0;
	p = &d->cands[prev];
	if (p->dropped || p->f.type != ENT_FACT_DEAL || !p->directed || p->unit < 0)
		return 0;
	for (i = s->t0; i + 2 < s->t1 && !under; i++) {
		if (!kis(d, i, "the"))
			continue;
		/* the article governs the noun: no other article, preposition
		 * or verb of signing between ("on the same day a memorandum") */
		for (j = i + 1; j < s->t1 && j < i + 6 && !KIN(d, j, w_deal_noun) &&
				(d->t.v[j].kind == TK_WORD || d->t.v[j].kind == TK_NUM ||
				 kis(d, j, "-")) &&
				!KIN(d, j, w_sign) && !KIN(d, j, w_det) && !kin(d, j, w_restate_stop);
		     j++)
			;
		if (j >= s->t1 || !KIN(d, j, w_deal_noun))
			continue;
		definite = 1;
		/* "the K-9 howitzer export deal": goods of the deal name it,
		 * however far back it was told */
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->gz == GZ_WEAPON && M(d, k)->t0 > i && M(d, k)->t1 <= j &&
			    ent_fact_has_category(&p->f, (ent_category)M(d, k)->category))
				named = 1;
		under = i > s->t0 && kis(d, i - 1, "under");
		if (!under && j == i + 2 && kin(d, i + 1, w_under_det) && i > s->t0 &&
		    kis(d, i - 1, "under"))
			under = 1; /* "under the same contract" */
	}
	if (!definite ||
	    (!named && d->units[p->unit].para + 1 < d->units[s->unit].para))
		return 0;
	for (k = before; k < d->ncands; k++) {
		const cand *c = &d->cands[k];
		size_t t;
		if (c->dropped || c->anaphoric)
			continue;
		if (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY)
			return 0;
		if (c->directed ? strcmp(c->f.recipient.s, p->f.recipient.s) != 0 ||
					  !ent_fact_codes_subset(c->f.suppliers, c->f.nsuppliers,
								 p->f.suppliers, p->f.nsuppliers)
				: /* "both countries": the pair of the deal */
				  p->f.nsuppliers != 1 ||
					  !((!strcmp(c->pair[0], p->f.recipient.s) &&
					     !strcmp(c->pair[1], p->f.suppliers[0].s)) ||
					    (!strcmp(c->pair[1], p->f.recipient.s) &&
					     !strcmp(c->pair[0], p->f.suppliers[0].s))))
			return 0;
		if (c->f.value.present || (c->f.year && c->f.year != p->f.year))
			return 0;
		for (t = 0; t < c->f.nitems; t++)
			counted |= c->f.items[t].quantity > 0;
	}
	return under || !counted;
}

/* "Greece signed deals to buy three frigates and six Rafale jets ... French
 * jets involved in the deal will ...": a sentence going on about deal c
 * with goods of a kind c lacks goes on about the latest deal of the same
 * buyer, in c's paragraph or the one before, that has that kind (as when
 * c's sentence was split into one deal per kind of goods). */
static cand *kind_sibling(dctx *d, cand *c, const span *s)
{
	size_t k, j;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->gz != GZ_WEAPON || m->category < 0 || !main_kind(m->category))
			continue;
		if (ent_fact_has_category(&c->f, (ent_category)m->category))
			return c; /* c has goods of a kind the sentence names */
	}
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->gz != GZ_WEAPON || m->category < 0 || !main_kind(m->category))
			continue;
		for (j = d->ncands; j-- > 0;) {
			cand *o = &d->cands[j];
			if (o != c && !o->dropped && !o->anaphoric && o->f.type == ENT_FACT_DEAL &&
			    !strcmp(o->f.recipient.s, c->f.recipient.s) &&
			    d->units[c->unit].para - d->units[o->unit].para <= 1 &&
			    ent_fact_has_category(&o->f, (ent_category)m->category))
				return o;
		}
	}
	return c;
}

/* A sentence that goes on about the deal just stated ("Two of the warships
 * will be built in Karachi under a technology transfer arrangement", "Cairo
 * paid EUR 3.75 billion for the aircraft") adds what it names to that deal:
 * it must be in the same paragraph, refer back with a definite noun phrase,
 * and name no state outside the deal. */
static int continue_deal(dctx *d, size_t ui, int near)
{
	static const char *back[] = {"the", "this", "that", "these", "those", NULL};
	static const char *ref[] = {"deal", "agreement", "contract", "order", "package",
				    "arrangement", "purchase", "sale", "system", "systems", "equipment",
				    "hardware", "weapons", "vehicles", "batch", "lot", "consignment",
				    "shipment", "deliveries", "delivery", "transfer", NULL};
	static const char *ordinal[] = {"first", "second", "third", "last", "final", "initial",
					"next", "latest", NULL};
	const unit *u = &d->units[ui];
	cand *c;
	span s;
	size_t i, k;
	int refers = 0, rc;
	if (d->last_deal < 0)
		return ENT_OK;
	c = &d->cands[d->last_deal];
	if (c->dropped || c->unit == (int)ui)
		return ENT_OK;
	span_of_unit(d, ui, &s);
	for (i = s.t0; i + 1 < s.t1 && !refers; i++) {
		size_t j = i + 1;
		if (!kin(d, i, back))
			continue;
		if (after_money(d, &s, i) > j && after_money(d, &s, i) < s.t1 &&
		    KIN(d, after_money(d, &s, i), w_deal_noun) && !refers) {
			refers = 3; /* "signed the $311 million contract" */
			continue;
		}
		/* "this 124m-long frigate": over a measure before the noun */
		while (j + 1 < s.t1 && j < i + 6 &&
		       (kis(d, j, "-") || isdigit((unsigned char)K(j)[0]) ||
			(j > i + 1 && !d->t.v[j].upper &&
			 (kis(d, j - 1, "-") || isdigit((unsigned char)K(j - 1)[0])))))
			j++;
		if (kin(d, j, ref) || (j + 1 < s.t1 && kin(d, j, ordinal) && kin(d, j + 1, ref)))
			refers = kin(d, i, w_this) ? 2 : 1; /* "the deal", "the first batch" */
		for (k = s.m0; k < s.m1 && !refers; k++)
			if (M(d, k)->gz == GZ_WEAPON && !M(d, k)->canon && M(d, k)->t0 == j)
				refers = kin(d, i, w_this) ? 2 : 1;
	}
	if (!refers)
		return ENT_OK;
	int opens = s.t0 + 1 < s.t1 && kin(d, s.t0, back) && kin(d, s.t0 + 1, ref);
	for (k = s.m0; k < s.m1 && !opens && s.t0 + 1 < s.t1 && kin(d, s.t0, back); k++)
		if (M(d, k)->gz == GZ_WEAPON && !M(d, k)->canon && M(d, k)->t0 == s.t0 + 1)
			opens = 1; /* "The aircraft will be delivered ... under a $1 billion contract" */
	/* in the same paragraph; or, in a story of one-sentence paragraphs,
	 * opening the next one with the reference ("The deal, worth ..."),
	 * or naming it with "this/these" within two paragraphs ("A contract
	 * for this frigate was signed ...") */
	if (d->units[c->unit].para != u->para &&
	    !(u->para == d->units[c->unit].para + 1 && opens) &&
	    !(refers == 2 && u->para <= d->units[c->unit].para + 2) &&
	    !(refers == 3 && u->para == d->units[c->unit].para + 1) &&
	    !(near && u->para == d->units[c->unit].para + 1))
		return ENT_OK;
	/* "That submarine deal would have been worth $34 billion": a deal
	 * that did not happen, not the one before */
	for (i = s.t0; i + 1 < s.t1; i++)
		if (kis(d, i, "would") && kis(d, i + 1, "have"))
			return ENT_OK;
	for (k = s.m0; k < s.m1; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m))
			continue;
		if (strcmp(m->code, c->f.recipient.s) &&
		    !ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, m->code) &&
		    !(c->pair[0][0] && (!strcmp(m->code, c->pair[0]) || !strcmp(m->code, c->pair[1]))))
			return ENT_OK;
	}
	c = kind_sibling(d, c, &s);
	if ((rc = add_items(d, c, &s, NULL, NULL)))
		return rc;
	if (!c->f.value.present) {
		/* not money the sentence only plans ("The Pentagon plans to
		 * spend nearly $400 billion to develop the aircraft") */
		static const char *plan[] = {"plans", "planned", "plan", "intends", "aims", "seeks",
					     "wants", "hopes", NULL};
		const mention *mv = money_near(d, &s, s.t0);
		if (mv && find_in(d, mv->t0 > s.t0 + 6 ? mv->t0 - 6 : s.t0, mv->t0, plan) == NONE)
			c->f.value = mv->value;
	}
	{
		/* "Local sources first confirmed the deal in August 2023": a
		 * deal only reported was made, in the year the sentence names */
		static const char *confirm[] = {"confirmed", "confirms", NULL};
		size_t cv = find_in(d, s.t0, s.t1, confirm);
		if (c->f.status == ENT_STATUS_REPORTED && cv != NONE && cv + 2 < s.t1 &&
		    kin(d, cv + 1, back) && KIN(d, cv + 2, w_deal_noun) && !negated(d, &s, cv) &&
		    !hedged(d, &s, cv)) {
			int cy = year_in(d, &s);
			c->f.status = ENT_STATUS_SIGNED;
			if (cy)
				c->f.year = cy;
		}
	}
	{
		/* "The first batch of four planes was delivered in December": a
		 * later stage the sentence states as done moves the deal on,
		 * with that stage's year */
		size_t at;
		ent_status st = status_at(d, &s, &at);
		if (st > c->f.status && st != ENT_STATUS_MOU && at != NONE && !hedged(d, &s, at)) {
			int sy = stage_year(d, &s, at);
			if (sy <= 0)
				sy = year_in(d, &s);
			/* a deal only reported has no year of a stage yet */
			if (sy > 0 && (!c->f.year || sy >= c->f.year ||
				       c->f.status == ENT_STATUS_REPORTED))
				c->f.year = sy;
			c->f.status = st;
		}
	}
	return ent__add_unit_evidence(d, c, (int)ui, "deal.continuation");
}

/* "In 2019, ..." opening a paragraph frames the paragraph in that year. */
static void open_year(dctx *d, const unit *u)
{
	size_t k;
	d->para_open_year = 0;
	if (u->t0 + 2 >= u->t1 || !kis(d, u->t0, "in") || !kis(d, u->t0 + 2, ","))
		return;
	for (k = u->m0; k < u->m1; k++)
		if (M(d, k)->kind == MK_YEAR && M(d, k)->t0 == u->t0 + 1 && !M(d, k)->from_month) {
			d->para_open_year = M(d, k)->year;
			d->para_of_open = u->para;
		}
}

static void remember_year(dctx *d, const unit *u)
{
	size_t k;
	for (k = u->m0; k < u->m1; k++)
		if (M(d, k)->kind == MK_YEAR) {
			d->para_year = M(d, k)->year;
			d->para_of_year = u->para;
		}
}

static int names_state(const dctx *d, const unit *u)
{
	size_t k;
	for (k = u->m0; k < u->m1; k++)
		if (ent__is_state_mention(M(d, k)) || M(d, k)->gz == GZ_BLOC)
			return 1;
	return 0;
}

/* "The West accuses Iran of supplying drones to Russia. Tehran denies
 * this.": a unit whose subject denies "this/it/the claims/the reports"
 * takes back the transfers the unit before gave it as a party. */
static const char *w_deny_v[] = {"denies", "denied", "deny", "denying", "rejects", "rejected",
				 "dismissed", "dismisses", "refuted", "refutes", NULL};

static void denied_before(dctx *d, size_t ui, const span *s)
{
	const char *const *deny = w_deny_v;
	static const char *what[] = {"this", "it", "that", "these", "the", "such", "any", NULL};
	static const char *claim[] = {"claim", "claims", "report", "reports", "allegation",
				      "allegations", "accusation", "accusations", "charge", "charges",
				      NULL};
	size_t v = find_in(d, s->t0, s->t1, deny), k;
	const mention *who = NULL;
	if (v == NONE || v + 1 >= s->t1 || ui == 0 || !kin(d, v + 1, what))
		return;
	if (kis(d, v + 1, "the") || kis(d, v + 1, "such") || kis(d, v + 1, "any")) {
		if (v + 2 >= s->t1 || !kin(d, v + 2, claim))
			return;
	} else if (v + 2 < s->t1 && !kis(d, v + 2, ".") && !kis(d, v + 2, ",") &&
		   !kis(d, v + 2, ";") && d->t.v[v + 2].kind != TK_NEWLINE) {
		return; /* "denied it was ...": not a bare "denies this" */
	}
	for (k = s->m0; k < s->m1 && !who; k++)
		if (ent__is_state_mention(M(d, k)) && M(d, k)->gz != GZ_FIRM && M(d, k)->t1 <= v)
			who = M(d, k);
	if (!who)
		return;
	for (k = 0; k < d->ncands; k++) {
		cand *c = &d->cands[k];
		if (c->dropped || c->unit != (int)ui - 1 ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
			continue;
		if (!strcmp(c->f.recipient.s, who->code) ||
		    ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, who->code))
			c->dropped = 1;
	}
}

/* Words for what a denial takes back: "denied US claims that", "the
 * allegations that Beijing denies". */
static const char *w_denied_n[] = {"claim", "claims", "report", "reports", "allegation",
				  "allegations", "accusation", "accusations", "charge", "charges",
				  "suggestion", "suggestions", NULL};

/* "X denied on Tuesday US claims that it sent shells to Y", "X denied
 * media reports about the delivery of jets to X", "X accused Y of
 * supplying weapons to Z, allegations that Y denies": a transfer a unit
 * states only inside a claim it denies is none.  The first form (a verb
 * of denial, then within eight words a noun of claim and "that/of/about/it",
 * no word of transfer before the verb) takes back every transfer of the
 * unit; the second (a noun of claim, "that/which", a state and a verb of
 * denial) those the denying state is a party of
 * (deal.denied_claims, test_extract_denials.c). */
static void denied_claims(dctx *d, size_t ui, const span *s)
{
	static const char *w_what[] = {"that", "of", "about", "it", "they", NULL};
	size_t v, i, k;
	const mention *who = NULL;
	int all = 0;
	for (v = s->t0; v < s->t1 && !all && !who; v++) {
		if (!KIN(d, v, w_deny_v))
			continue;
		/* the first form: "denied (on Tuesday) (US) claims that" */
		for (i = v + 1; i < s->t1 && i <= v + 8; i++)
			if (kin_local(d, i, w_denied_n)) {
				all = i + 1 < s->t1 && kin_local(d, i + 1, w_what) &&
				      find_in(d, s->t0, v, w_supply_verb) == NONE &&
				      find_in(d, s->t0, v, w_buy_verb) == NONE;
				break;
			}
		/* the second form: "allegations that Beijing denies" */
		if (!all && (who = actor_before(d, s, v, 0, 0)) != NULL &&
		    !(who->t0 >= s->t0 + 2 &&
		      (kis(d, who->t0 - 1, "that") || kis(d, who->t0 - 1, "which")) &&
		      kin_local(d, who->t0 - 2, w_denied_n)))
			who = NULL;
	}
	if (!all && !who)
		return;
	for (k = 0; k < d->ncands; k++) {
		cand *c = &d->cands[k];
		if (c->dropped || c->unit != (int)ui ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
			continue;
		if (all || !strcmp(c->f.recipient.s, who->code) ||
		    ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, who->code) ||
		    !strcmp(c->pair[0], who->code) || !strcmp(c->pair[1], who->code))
			c->dropped = 1;
	}
}

/* "That deal with Russia was dropped after ...", "The contract was later
 * cancelled": a unit that opens with a deal noun and says it was called
 * off takes back the latest deal of the unit before or this one (the one
 * with the state it names, when it names one). */
static void called_off_before(dctx *d, size_t ui, const span *s)
{
	static const char *det[] = {"the", "that", "this", "a", "an", NULL};
	size_t i = s->t0, dn = NONE, cw = NONE, k;
	const char *with = NULL;
	int back;
	if (i < s->t1 && kin(d, i, det))
		i++;
	for (; i < s->t1 && i < s->t0 + 4 && dn == NONE; i++)
		if (KIN(d, i, w_deal_noun))
			dn = i;
	if (dn == NONE)
		return;
	for (i = dn + 1; i < s->t1 && i < dn + 10 && cw == NONE; i++) {
		if (kis(d, i, ",") || kis(d, i, ";"))
			break;
		if (KIN(d, i, w_cancel) && i > dn + 1 && (KIN(d, i - 1, w_be) ||
							  kis(d, i - 1, "later") ||
							  kis(d, i - 1, "eventually") ||
							  kis(d, i - 1, "subsequently")))
			cw = i;
	}
	if (cw == NONE)
		return;
	for (k = s->m0; k < s->m1; k++)
		if (ent__is_state_mention(M(d, k)) && M(d, k)->t0 > dn && M(d, k)->t1 <= cw)
			with = M(d, k)->code;
	for (back = 0, k = d->ncands; k > 0; ) {
		cand *c = &d->cands[--k];
		if (c->unit < (int)ui - 1)
			break;
		if (c->dropped || c->f.type != ENT_FACT_DEAL)
			continue;
		if (with && strcmp(c->f.recipient.s, with) &&
		    !ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, with) &&
		    !(c->pair[0][0] && (!strcmp(c->pair[0], with) || !strcmp(c->pair[1], with))))
			continue;
		c->dropped = 1;
		back = 1;
		break;
	}
	if (back && d->last_deal >= 0 && d->cands[d->last_deal].dropped) {
		/* the latest deal is the one before it that stands */
		int j;
		for (j = d->last_deal - 1; j >= 0; j--)
			if (!d->cands[j].dropped && !d->cands[j].anaphoric &&
			    d->cands[j].f.type == ENT_FACT_DEAL)
				break;
		d->last_deal = j;
	}
}

/* "DR Congo bought Mi-35 helicopters from Russia. Six Y-12 transports
 * from China.": a sentence with no verb that opens with a count and names
 * goods "from" a state, right after a sentence of the same paragraph that
 * stated a purchase, is a further purchase of that buyer (read as an item
 * of a list of acquisitions).  The buyer's code, or NULL. */
static const char *purchase_fragment(const dctx *d, size_t ui)
{
	static const char *w_aux[] = {"has", "have", "had", "will", "would", "did", "does",
				      "said", "says", NULL};
	const unit *u = &d->units[ui];
	const cand *c;
	size_t i, k;
	int goods = 0, from = 0;
	if (ui == 0 || d->last_deal < 0 || u->t0 >= u->t1 ||
	    !(d->t.v[u->t0].kind == TK_NUM || KIN(d, u->t0, w_numwords)))
		return NULL;
	c = &d->cands[d->last_deal];
	if (c->dropped || !c->directed || c->unit != (int)ui - 1 || !c->f.recipient.s[0] ||
	    d->units[ui - 1].para != u->para)
		return NULL;
	for (i = u->t0; i < u->t1; i++)
		if (KIN(d, i, w_supply_verb) || KIN(d, i, w_buy_verb) || KIN(d, i, w_deal_noun) ||
		    KIN(d, i, w_sign) || KIN(d, i, w_be) || kin_local(d, i, w_aux))
			return NULL;
	for (k = u->m0; k < u->m1; k++) {
		const mention *m = M(d, k);
		if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON)
			goods = 1;
		else if (goods && ent__is_state_mention(m) && m->gz != GZ_FIRM && m->t0 > u->t0 &&
			 kis(d, m->t0 - 1, "from") && strcmp(m->code, c->f.recipient.s) != 0)
			from = 1;
	}
	return goods && from ? c->f.recipient.s : NULL;
}

int ent__frames(dctx *d)
{
	size_t ui;
	int rc;
	char list_recipient[12] = "";
	int list_exercise = -1;
	d->last_deal = -1;
	d->lone_buyer_unit = -1;
	d->last_exercise = -1;
	d->pending_exercise = -1;
	d->more_parties_unit = -1;
	find_persons(d);
	for (ui = 0; ui < d->nunits; ui++) {
		const unit *u = &d->units[ui];
		span s;
		size_t before = d->ncands;
		int prev_deal;
		if (u->kind == UK_ROW) {
			list_recipient[0] = '\0';
			if ((rc = table_row(d, ui)))
				return rc;
			continue;
		}
		if (u->kind == UK_BULLET && list_recipient[0] && u->bullet_subject >= 0) {
			if ((rc = supply_list_item(d, ui, list_recipient)))
				return rc;
			continue;
		}
		if (u->kind == UK_BULLET && list_recipient[0] && u->bullet_subject < 0) {
			if ((rc = acquisition_list_item(d, ui, list_recipient)))
				return rc;
			continue;
		}
		if (u->kind == UK_BULLET && list_exercise >= 0 && u->bullet_subject < 0 &&
		    !names_state(d, u)) {
			/* "covering: - Mountain warfare - ..." */
			cand *c = &d->cands[list_exercise];
			size_t t1 = u->t1;
			while (t1 > u->t0 + 1 && d->t.v[t1 - 1].kind == TK_PUNCT)
				t1--;
			if (ent_fact_add_domain(&c->f, d->text + d->t.v[u->t0].start,
						d->t.v[t1 - 1].end - d->t.v[u->t0].start))
				return ENT_ENOMEM;
			continue;
		}
		if (u->kind != UK_BULLET) {
			list_recipient[0] = '\0';
			list_exercise = -1;
		}
		if (u->kind != UK_BULLET) {
			const char *buyer = purchase_fragment(d, ui);
			if (buyer) {
				char rec[12];
				memcpy(rec, buyer, sizeof rec); /* the candidates may move */
				if ((rc = acquisition_list_item(d, ui, rec)))
					return rc;
				continue;
			}
		}
		if (ui == 0 || d->units[ui - 1].para != u->para)
			open_year(d, u);
		span_of_unit(d, ui, &s);
		if (u->kind == UK_BULLET && u->bullet_subject >= 0)
			narrow(d, &s, M(d, (size_t)u->bullet_subject)->t1, s.t1);
		prev_deal = d->last_deal;
		if ((rc = all_rules(d, &s)))
			return rc;
		if (new_deal(d, before) && (told_again(d, before, prev_deal, &s) ||
					    restates_deal(d, before, prev_deal, &s))) {
			/* "... the deal but the consortium said in September that
			 * Kuwait had agreed to buy 28 fighter jets": the buyer of
			 * the deal just stated, no seller but the goods' maker */
			size_t k;
			int again = told_again(d, before, prev_deal, &s);
			for (k = before; k < d->ncands; k++)
				d->cands[k].dropped = 1;
			d->last_deal = prev_deal;
			if ((rc = continue_deal(d, ui, 1)))
				return rc;
			/* the deal told again here is the one a next sentence
			 * ("The contract is worth ...") goes on about */
			if (!again)
				d->cands[prev_deal].unit = (int)ui;
		} else if (!new_deal(d, before) && (rc = continue_deal(d, ui, 0)))
			return rc;
		denied_before(d, ui, &s);
		denied_claims(d, ui, &s);
		called_off_before(d, ui, &s);
		remember_states(d, u);
		remember_year(d, u);
		if (u->ends_colon) {
			size_t k;
			for (k = before; k < d->ncands; k++)
				if (d->cands[k].f.type == ENT_FACT_EXERCISE && !d->cands[k].dropped)
					list_exercise = (int)k;
			if (find_in(d, u->t0, u->t1, w_procure) != NONE) {
				const mention *r = NULL;
				for (k = u->m0; k < u->m1 && !r; k++)
					if (ent__is_state_mention(M(d, k)) && M(d, k)->gz != GZ_FIRM)
						r = M(d, k);
				/* "Major acquisitions include:" names no state: the state
				 * the paragraph is about (the first it names) */
				for (k = 0; !r && k < ui; k++) {
					const unit *pu = &d->units[k];
					size_t q;
					if (pu->para != u->para)
						continue;
					for (q = pu->m0; q < pu->m1 && !r; q++)
						if (ent__is_state_mention(M(d, q)) && M(d, q)->gz != GZ_FIRM &&
						    M(d, q)->gz != GZ_DEMONYM)
							r = M(d, q);
				}
				if (r)
					memcpy(list_recipient, r->code, 12);
			}
		}
	}
	denied_reports(d);
	return ENT_OK;
}

/* ---- word classes ------------------------------------------------------------ */

/* Every word list of this file, in bit order: token i's mask has bit b set
 * when its key is in lexicon[b]. */
static const char *const *const lexicon[] = {
#define LEX_ENTRY(w) w,
	LEXICON(LEX_ENTRY)
#undef LEX_ENTRY
	NULL};

/* each list is one bit of a token's 64-bit mask */
_Static_assert(LB__COUNT <= 64, "at most 64 word lists");

#define LEX_SLOTS 2048

static struct lex_slot {
	const char *key;
	uint64_t mask;
} lex_table[LEX_SLOTS];
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

static uint64_t lex_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	while (*s) {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ULL;
	}
	return h;
}

/* Build the key -> mask table once per process (the word lists are
 * constants, so every thread sees the same table). */
/* The bit of word list l, from a small table keyed by the list's address
 * (built with the key table): kin asks this for every token it tests. */
#define LEX_LIST_BITS 8
#define LEX_LISTS (1 << LEX_LIST_BITS)
static struct {
	const char *const *list;
	int bit;
} lex_lists[LEX_LISTS];

static size_t lex_list_slot(const char *const *l)
{
	/* the high bits of a multiplicative hash: lists sit 8-byte aligned,
	 * a few hundred bytes apart */
	return (size_t)((uint32_t)((uintptr_t)l >> 3) * 0x9E3779B1u) >> (32 - LEX_LIST_BITS);
}

static void lex_build(void)
{
	size_t b, k;
	for (b = 0; lexicon[b]; b++) {
		size_t slot = lex_list_slot(lexicon[b]);
		while (lex_lists[slot].list)
			slot = (slot + 1) & (LEX_LISTS - 1);
		lex_lists[slot].list = lexicon[b];
		lex_lists[slot].bit = (int)b;
		for (k = 0; lexicon[b][k]; k++) {
			const char *w = lexicon[b][k];
			size_t j = (size_t)(lex_hash(w) & (LEX_SLOTS - 1));
			while (lex_table[j].key && strcmp(lex_table[j].key, w) != 0)
				j = (j + 1) & (LEX_SLOTS - 1);
			lex_table[j].key = w;
			lex_table[j].mask |= (uint64_t)1 << b;
		}
	}
}

static uint64_t lex_mask(const char *key)
{
	size_t j = (size_t)(lex_hash(key) & (LEX_SLOTS - 1));
	while (lex_table[j].key) {
		if (strcmp(lex_table[j].key, key) == 0)
			return lex_table[j].mask;
		j = (j + 1) & (LEX_SLOTS - 1);
	}
	return 0;
}


/* The bit of list l, or -1; the lexicon must be built (lex_once). */
static int lex_bit(const char *const *l)
{
	size_t j;
	for (j = lex_list_slot(l); lex_lists[j].list; j = (j + 1) & (LEX_LISTS - 1))
		if (lex_lists[j].list == l)
			return lex_lists[j].bit;
	return -1;
}

/* Is token i the month "May" ("In May 2011", "on 5 May", "since May,"),
 * not the modal of a hedge?  A capital "May" after a number or a
 * preposition, or before a number. */
static int month_may(const dctx *d, size_t i)
{
	static const char *preps[] = {"in", "on", "of", "since", "until", "till", "by", "from",
				      "to", "early", "late", "mid", "last", "next", "this", "-",
				      NULL};
	if (!d->t.v[i].upper || strcmp(K(i), "may") != 0)
		return 0;
	if (i + 1 < d->t.n && d->t.v[i + 1].kind == TK_NUM)
		return 1;
	return i > 0 && (d->t.v[i - 1].kind == TK_NUM || kin_local(d, i - 1, preps));
}

/* Verbs of giving and promising that are verbs of transfer only with a
 * state and then goods as their two objects: "gave Latvia six howitzers",
 * "is giving Ukraine more air defence missiles", "promised Poland new
 * tanks"; "gave a speech", "pledged support" are none. */
static const char *w_give_v[] = {"give", "gives", "gave", "giving", "promised", "promises",
				 "pledged", "pledges", NULL};

/* Clear the mark of transfer on every verb of giving, then give it back to
 * those right before a state (or "the" and a state) whose next mention, at
 * most five words on, is a weapon.  One pass over the mentions. */
static void give_double_object(dctx *d)
{
	size_t i, k;
	uint64_t bit = (uint64_t)1 << LB_w_supply_verb;
	int any = 0;
	for (i = 0; i < d->t.n; i++)
		if ((d->tmask[i] & bit) && kin_local(d, i, w_give_v)) {
			d->tmask[i] &= ~bit;
			any = 1;
		}
	if (!any)
		return;
	for (k = 0; k + 1 < d->m.n; k++) {
		const mention *m = &d->m.v[k], *w = &d->m.v[k + 1];
		size_t v;
		if (m->kind != MK_ACTOR || !ent__is_state_mention(m) || m->possessive ||
		    m->gz == GZ_FIRM || m->gz == GZ_BLOC || m->t0 == 0)
			continue;
		v = m->t0 - 1;
		if (v > 0 && !strcmp(K(v), "the"))
			v--;
		if (d->t.v[v].kind != TK_WORD || !kin_local(d, v, w_give_v))
			continue;
		if (w->kind != MK_ACTOR || w->gz != GZ_WEAPON || w->t0 < m->t1 || w->t0 > m->t1 + 5)
			continue;
		for (i = m->t1; i < w->t0; i++)
			if (d->t.v[i].kind == TK_PUNCT)
				break;
		if (i == w->t0)
			d->tmask[v] |= bit;
	}
}

int ent__word_classes(dctx *d)
{
	size_t i;
	pthread_once(&lex_once, lex_build);
	d->tmask = ent__calloc(d->t.n ? d->t.n : 1, sizeof *d->tmask);
	if (!d->tmask)
		return ENT_ENOMEM;
	for (i = 0; i < d->t.n; i++)
		if (d->t.v[i].kind == TK_WORD && !month_may(d, i))
			d->tmask[i] = lex_mask(K(i));
	/* "ships" and "hands" after a determiner, a possessive or a number
	 * are nouns ("the ships", "two ships", "into its own hands"), no
	 * verbs of transfer */
	for (i = 1; i < d->t.n; i++) {
		static const char *before_noun[] = {"the", "a", "its", "their", "his", "her",
						    "our", "own", "these", "those", "two", "three",
						    "four", "five", "new", "more", "'s", NULL};
		if ((d->tmask[i] & ((uint64_t)1 << LB_w_supply_verb)) &&
		    (!strcmp(K(i), "ships") || !strcmp(K(i), "hands")) &&
		    (d->t.v[i - 1].kind == TK_NUM || kin_local(d, i - 1, before_noun)))
			d->tmask[i] &= ~((uint64_t)1 << LB_w_supply_verb);
	}
	/* a word inside a weapon term is not a verb of transfer or stance:
	 * "Norwegian ships", "technology transfer", "early warning aircraft" */
	{
		uint64_t verbs = ((uint64_t)1 << LB_w_supply_verb) |
				 ((uint64_t)1 << LB_w_buy_verb) |
				 ((uint64_t)1 << LB_w_oppose_v) |
				 ((uint64_t)1 << LB_w_support_v);
		size_t k;
		for (k = 0; k < d->m.n; k++) {
			const mention *m = &d->m.v[k];
			if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON)
				continue;
			for (i = m->t0; i < m->t1 && i < d->t.n; i++)
				d->tmask[i] &= ~verbs;
		}
	}
	give_double_object(d);
	return ENT_OK;
}
