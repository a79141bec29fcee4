/*
 * frames_words.c - the word lists the rules test tokens against, and the
 * per-document word classes: one 64-bit mask per token whose bits say which
 * lexicon lists (LEXICON in frames_internal.h) its key belongs to, so that
 * KIN() is one shift and mask instead of a walk through a list.
 */
#include "extract/frames_internal.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

/* a word list's entry in the table of lists (below, before lex_build) */
struct lex_list {
	_Atomic(const char *const *) list;
	int bit;           /* the lexicon's bit, or -1 */
	uint32_t off;      /* the set: list_words[off .. off + mask] */
	uint32_t mask;     /* slots - 1; 0: no set, compare word by word */
};
static const struct lex_list *lex_entry(const char *const *l);
static int list_has(const struct lex_list *e, uint32_t h, const char *key);
static int list_scan(const char *key, const char *const *l);

/* ---- word lists ------------------------------------------------------------ */

const char *w_supply_verb[] = {
	"sell", "sells", "sold", "selling", "supply", "supplies", "supplied", "supplying",
	"deliver", "delivers", "delivered", "delivering", "delivery", "deliveries", "export",
	"exports", "exported", "exporting", "provide", "provides", "provided", "providing",
	"transfer", "transfers", "transferred", "transferring", "handed", "hands", "gifted",
	"gifts", "donated", "donates", "donate", "donating", "sale", "sales", "shipped", "ships",
	"ship", "airlifted",
	"supplier", "exporter", "seller", "sellers",
	"send", "sent", "sends", "sending", "dispatched", "dispatches", "shipment",
	"shipments", "handover", "handovers", "turnover",
	"donation", "donations", "gift", "give", "gives", "gave", "given", "giving", "promised", "promises", "pledged", "pledges",
	"promising", "pledging",
	"offered", "offers", "offering",
	"handing", "furnish", "furnishes", "furnished", "furnishing",
	"leased", "leasing", "lease", "leases", "hand", "arming",
	/* "agreed to lend the United States 500,000 shells" (stop 52) */
	"lend", "lends", "lent", "lending", "loaned",
	/* "is equipping Greek islands with weapons" (stop 40) */
	"equips", "equipping", NULL};
const char *w_supply_noun[] = {"supply",  "supplies", "delivery", "deliveries",
				      "exports", "sale",     "sales",    "supplier", "exporter",
				      "suppliers", "shipment", "shipments", "donation",
				      "donations", "gift", "seller", "sellers", "handover",
				      "handovers", "turnover", NULL};
const char *w_det[] = {"the", "a", "an", NULL};
/* A comma alone, for find_in / find_local over a stretch of tokens. */
const char *w_comma[] = {",", NULL};
/* What joins the names of a list of states: "A, B, and the C". */
const char *w_list_joint[] = {",", "and", "the", NULL};
/* Nouns of travel: a state after "visit (trip ...) to" is a place visited
 * ("told journalists on a trip to Israel"; after_prep, rule_deal). */
const char *w_travel_n[] = {"visit", "visits", "trip", "trips", "tour", "journey", NULL};
const char *w_take[] = {"took", "take", "takes", "taken", "taking", "accepted", "accepts",
			       "accept", NULL};
const char *w_buy_verb[] = {
	"buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing",
	"acquire", "acquires", "acquired", "acquiring", "acquisition", "procure", "procures",
	"procured", "procuring", "procurement", "ordered", "orders", "ordering", "import", "imports", "imported",
	"sourcing", "sourced",
	"importing", "receive", "receives", "received", "receiving", "obtained", "inducted",
	"induct", "inducts", "arrival", "arrivals", "receipt", NULL};
const char *w_deal_noun[] = {
	"deal", "deals", "contract", "contracts", "agreement", "agreements", "pact", "mou",
	"mous", "memorandum", "order", "package", "accord", NULL};
const char *w_sign[] = {
	"signed", "sign", "signs", "signing", "inked", "ink", "inks", "finalised", "finalized",
	"finalises", "finalizes", "finalizing", "finalising", "finalize", "finalise", "sealed",
	"seals", "concluded", "struck", "strikes", "clinched",
	"agreed", "awarded", "approved", "won", "wins", "secured", "secures", NULL};
const char *w_delivered[] = {
	"delivered", "delivers", "deliveries", "delivering", "handed", "received", "receives", "inducted",
	"gifted", "donated", "arrived", "arrival", "arrivals", "supplied", "shipped", "airlifted",
	"transferred", "sent",
	"obtained", "furnished", "receipt", NULL};
const char *w_this[] = {"this", "these", NULL};
/* A company the partners set up: "a joint venture to produce and sell". */
const char *w_venture[] = {"venture", "ventures", NULL};
/* Participles of buying that can follow the goods ("Mi-17s bought in 1984"). */
const char *w_bought_pp[] = {"bought", "purchased", "acquired", "procured", "ordered",
				    "received", "imported", "obtained", "inducted", NULL};
/* Verbs of buying whose object may be a list of separate purchases. */
const char *w_bought_list[] = {"bought", "purchased", "acquired", "procured", NULL};
const char *w_ordered[] = {"ordered", "orders", "ordering", "paid", NULL};
const char *w_signed[] = {
	"signed", "signs", "inked", "inks", "finalised", "finalized", "sealed", "concluded",
	"struck", "clinched", "agreed", "awarded", "bought", "purchased", "acquired", "procured",
	"won", "sold", "reached", "secured", "secures", "sourced", NULL};
const char *w_mou[] = {"mou", "mous", "memorandum", "intent", NULL};
const char *w_hedge[] = {
	"may", "might", "could", "would", "likely", "plans", "planned", "planning", "plan",
	"intends", "intend", "proposed", "potential", "possible", "expected", "set", "will",
	"reportedly", "considering", "wants", "aims", "hopes", NULL};
const char *w_interest[] = {
	"talks", "negotiations", "negotiating", "negotiate", "discussed", "discussing",
	"discuss", "discussions", "consultations", "interest", "interested", "seek", "seeks",
	"seeking", "explore", "exploring",
	"explored", "mulling", "eyeing", "talk", "weighing", "weighs", "weigh", "studying",
	"evaluating", "examining", "assessing", "possibility", "possibilities", "attempts",
	NULL};
const char *w_negation[] = {
	"not", "no", "never", "denied", "denies", "deny", "rejected", "cancelled", "canceled",
	"scrapped", "halted", "suspended", "refused", "n't", "cannot", "suspending", "suspend",
	"suspends", "halting", "halt", "halts", "refuses", "refuse", "refusing", "declined",
	"declines", "unable", "unwilling", "reluctant", "refrained", "refrains", "refrain",
	"refraining",
	/* "announced a moratorium (freeze) on arms sales to Y" (stop 44) */
	"moratorium", "suspension", "freeze", "froze", "frozen", NULL};
/* Words that make a stage word that follows them not (yet) a stage: "will
 * deliver", "due to be delivered", "has yet to deliver", "failed to supply". */
const char *w_future[] = {"will", "would", "shall", "should", "to", "due", "expected", "yet",
				 "not", "n't", "never", "failed", "fails", "awaiting", "await",
				 "awaits", "pending", "could", "can", "may", "might", "planned",
				 "considering", "mulling", "weighing", "eyeing", "contemplating",
				 NULL};
/* Words that call a deal off: "the cancellation of a project to build
 * submarines", "That deal was dropped". */
const char *w_cancel[] = {"cancellation", "cancelled", "canceled", "cancel", "cancels",
				 "scrapped", "scrapping", "dropped", "abandoned", "terminated",
				 "termination", "annulled", "revoked", NULL};
/* Verbs whose objects are targets, not goods: "can repel aircraft,
 * missiles and drones", "designed to intercept cruise missiles". */
const char *w_target_v[] = {"repel", "repels", "intercept", "intercepts", "intercepting",
				   "counter", "counters", "countering", "destroy", "destroys",
				   "detect", "detects", "detecting", "track", "tracks", "engage",
				   "engages", "down", "against", NULL};
/* Words after a weapon that stand for it as the thing bought: "acquired
 * this in 2020", "bought them". */
const char *w_obj_pronoun[] = {"this", "it", "them", "these", "those", NULL};
const char *w_be[] = {"was", "were", "is", "are", "been", "being", "be", NULL};
const char *w_exercise[] = {
	"exercise", "exercises", "drill", "drills", "wargames", "wargame", "manoeuvres",
	"maneuvers", "war-games", "passex", "passexs", NULL};
const char *w_support_v[] = {
	"supports", "supported", "backs", "backed", "endorses", "endorsed", "champions",
	"championed", "reaffirmed", "reiterated", "supporting", NULL};
const char *w_support_n[] = {"support", "backing", "solidarity", "supporter", "backer",
				    "champion", "praise", NULL};
const char *w_oppose_v[] = {
	"condemns", "condemned", "condemn", "criticises", "criticizes", "criticised",
	"criticized", "criticise", "criticize", "denounces", "denounced", "opposes", "opposed",
	"oppose", "slammed", "slams", "warned", "warns", "accused", "accuses", "regretted",
	"regrets", "protested", "rebuked", "rebukes", "rebuke", "chided", "chides", "lambasted",
	"lambasts", "censured", "censures", "castigated", "castigates", "stings", "stung",
	"slam", "accuse", "accusing", "warning", "objected", "objects", "protesting", "denounce",
	"denouncing", "condemning", "criticising", "criticizing", "blasted", "blasts",
	"decried", "decries", "deplored", "deplores", "assailed", "assails", "berated",
	"berates", "excoriated", "excoriates", "slamming", "lambasting", "rebuking", "lamented",
	"laments", "lamenting", "rebuffed", "rebuffs", "rebuffing", "punish", "punishes",
	"punished", "punishing", "chastised", "chastises", "chastise", "chastising",
	"admonished", "admonishes", "reprimanded", "reprimands", "scolded", "scolds",
	/* "Bolivia sued Chile at the International Court of Justice" (stop 57) */
	"sued", "sues", "suing",
	/* "Sudan implicated Chad in facilitating the transfer" (stop 63) */
	"implicated", "implicates",
	/* "Moscow has cautioned Stockholm and Helsinki about joining" (stop 63) */
	"cautioned", "cautions", NULL};
/* nouns of opposition: "Tehran's skepticism of Baku", "raised objections to X" */
const char *w_oppose_n[] = {
	"criticism", "criticisms", "condemnation", "skepticism", "scepticism", "objection",
	"objections", "opposition", "distrust", "mistrust", "displeasure", "hostility",
	"dissatisfaction", "frustration", "protest", "protests", "demarche", "demarches",
	"complaint", "complaints", "grudge", "grudges", "disdain", "animosity", "antipathy",
	"enmity", "lawsuit", "lawsuits", "rebuke", "rebukes", NULL};
const char *w_oppose_prep[] = {"of", "to", "about", "over", "towards", "toward",
				      "against", "with", NULL};
/* verbs that voice a stance noun: "Belarus voiced support", "X raised objections" */
const char *w_voice[] = {"voiced", "voices", "expressed", "expresses", "pledged",
				"pledges", "offered", "offers", "declared", "declares",
				"extended", "lent", "threw", "throws", "signalled", "signaled",
				"raised", "raises", "lodged", "registered", "aired", "issued",
				"issues", "lodge", "voice", "express", "raise", "file", "filed",
				"voicing", "expressing", "pledging", "affirmed", "affirms",
				"released", "releases", "confirmed", "confirms", "confirming",
				"reaffirms", "reaffirming", "reiterates", "reiterating",
				"reaffirmed", "reiterated", "renewed", "renews", "renew",
				"renewing", "show", "showed", "shows", "showing", NULL};
/* "called on X to end ...": what the call asks X to stop */
const char *w_call[] = {"called", "calls", "call", "calling", "urged", "urges", "urge",
			       "urging", "pressed", "presses", "asked", "asks", NULL};
const char *w_stop[] = {"end", "stop", "halt", "cease", "withdraw", "refrain", "abstain",
			       "abandon", "leave", "release", "reverse", "pull", "put",
			       "rein", "curb", "desist", "reconsider", "drop", "cancel", "reassess",
			       "rethink", "revoke", "rescind", NULL};
const char *w_sanction_n[] = {"sanctions", "sanction", "embargo", "embargoes", NULL};
const char *w_impose[] = {"imposed", "imposes", "impose", "imposing", "slapped",
				 "slaps", "slap", "slapping", "levied", "levies", "levying",
				 "placed", "places", "introduced", "issued", "issues", NULL};
/* who stands behind words or acts: "statements by the Pakistani leadership" */
const char *w_gov_noun[] = {"leadership", "government", "authorities", "officials",
				   "leaders", "regime", "administration", "army", "military",
				   "forces", "side", "establishment", "parliament", "cabinet",
				   "ministry", "lawmakers", NULL};
/* "will back X": "back" as a verb after a modal */
const char *w_modal[] = {"will", "would", "shall", "must", "should", "to", "can",
				"could", NULL};
/* a rank or form of address before a person's name: "Col. David Jordan",
 * "General Michael Kurilla" */
const char *const w_rank[] = {"col", "colonel", "gen", "general", "lt", "lieutenant", "maj",
			      "major", "capt", "captain", "cdr", "cmdr", "commander", "adm",
			      "admiral", "sgt", "sergeant", "brig", "brigadier", "marshal",
			      "mr", "mrs", "ms", "dr", "senior", NULL};
/* a title before a person's name: "Turkish President Recep Tayyip Erdogan" */
const char *w_title[] = {"president", "minister", "chancellor", "premier", "king",
				"emir", "prince", "leader", "ambassador", "envoy", "spokesperson",
				"spokesman", "spokeswoman", "counterpart", "representative", NULL};
const char *w_title_mod[] = {"prime", "foreign", "defence", "defense", "deputy", "vice",
				    "external", "affairs", "interior", "crown", "supreme", "of",
				    "ministry", "permanent", NULL};
const char *w_not_name[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "on", "said", NULL};
/* a person "attacking" a state attacks it in words */
const char *w_attack[] = {"attacking", "attacked", "attacks", "attack", NULL};
const char *w_concern[] = {"concerned", "concern", "concerns", "worried", "alarmed", "worry",
				  "worries", NULL};
const char *w_with[] = {"with", NULL};
const char *w_relations[] = {"relations", "ties", NULL};
const char *w_interpret[] = {"viewed", "seen", "regarded", "perceived", "interpreted",
				    "described", NULL};
const char *w_member[] = {"member", "members", "membership", "joined", "accession",
				 "founding", NULL};
const char *w_rival[] = {"rival", "rivals", "enemy", "enemies", "adversary",
				"adversaries", "foe", "foes", "nemesis", NULL};
const char *w_conflict[] = {"conflict", "war", "wars", "hostilities", "enmity",
				   "dispute", "clashes", "standoff", NULL};
const char *w_procure[] = {"procurement", "suppliers", "supplier", "imports",
				  "purchases", "acquisitions", "sources", "sourcing", "orders",
				  "contracts", NULL};
const char *w_locprep[] = {"in", "near", "at", "outside", NULL};
const char *w_name_stop[] = {
	"joint", "military", "naval", "air", "army", "defence", "defense", "trilateral",
	"tri", "bilateral", "multinational", "international", "annual", "large", "scale",
	"first", "second", "third", "new", "the", "a", "an", "special", "combined", "command",
	"staff", "tactical", "live", "fire", "field", "training", "exercise", "exercises",
	"drills", "drill", "major", "recent", "latest", "this", "that", "these", "those", "its",
	"their", "his", "her", "-", "lateral", "mountain", "counter", "terrorism", "border", "sea",
	"land", "during", "in", "and", "of", "for", "with", "on", "similar", "such", "previous",
	"earlier", "past", "several", "many", "regular", "routine", "frequent",
	/* a title-case headline: "Military Exercise Between A, B and C" */
	"between", "among", "amongst", "under", "begins", "begin", "ends", "starts", "near", "former",
	"off", "at", "to",
	/* "... Naval Drill As 'Impediment'", "Drill Seen As No Threat",
	 * "Drills Kick Off Amid Tension" (stop 51) */
	"as", "seen", "amid", "after", "kicks", "kick", "opens", "concludes", "wraps",
	NULL};
/* The months by full name, lower-case keys ("in March 2021"). */
const char *w_months[] = {"january", "february", "march",     "april",   "may",      "june",
			  "july",    "august",   "september", "october", "november", "december",
			  NULL};
const char *w_numwords[] = {"two", "three", "four", "five", "six", "seven", "eight",
				   "nine", "ten", "eleven", "twelve", "dozen", NULL};

/* Is token i's key in the list of entry e (list l): kin and find_in. */
static inline __attribute__((always_inline)) int entry_has(const dctx *d,
							  const struct lex_list *e, size_t i,
							  const char *const *l)
{
	if (e->bit >= 0)
		return (d->tmask[i] >> e->bit) & 1;
	if (e->mask)
		return list_has(e, d->thash[i], K(i));
	return list_scan(K(i), l);
}

/* Is token i's key in list l?  The lexicon's lists (w_* of LEXICON) are
 * answered from the per-token bit masks ent__word_classes computes once per
 * document; any other list from a hash set of its words, built the first
 * time a rule asks for the list (see lex_entry below). */
int kin(const dctx *d, size_t i, const char *const *l)
{
	if (d->thash) /* ent__word_classes built the lexicon */
		return entry_has(d, lex_entry(l), i, l);
	return list_scan(K(i), l);
}

/* Is token i's key in list l, compared word by word even when l is one of
 * the lexicon's (whose bits a document's word classes may have changed). */
int kin_local(const dctx *d, size_t i, const char *const *l)
{
	if (d->thash) {
		const struct lex_list *e = lex_entry(l);
		if (e->mask)
			return list_has(e, d->thash[i], K(i));
	}
	return list_scan(K(i), l);
}

/* A lower-case adverb in -ly at token i ("immediately", "swiftly"). */
int ly_adverb(const dctx *d, size_t i)
{
	/* words in -ly that are no adverbs: verbs and nouns */
	static const char *not_adv[] = {"comply", "apply", "supply", "reply", "imply",
					"multiply", "assembly", "family", "rally", "bully",
					"anomaly", "monopoly", "homily", NULL};
	const char *k = K(i);
	size_t n = strlen(k);
	return d->t.v[i].kind == TK_WORD && !d->t.v[i].upper && n > 4 && strcmp(k + n - 2, "ly") == 0 &&
	       !list_scan(k, not_adv);
}

int ends_ing(const char *k)
{
	size_t n = strlen(k);
	return n > 4 && strcmp(k + n - 3, "ing") == 0;
}

/* First token in [t0, t1) whose key is in l, or (size_t)-1. */
size_t find_in(const dctx *d, size_t t0, size_t t1, const char *const *l)
{
	size_t i;
	if (d->thash && t0 < t1) { /* the list's entry once, not per token */
		const struct lex_list *e = lex_entry(l);
		for (i = t0; i < t1; i++)
			if (entry_has(d, e, i, l))
				return i;
		return (size_t)-1;
	}
	for (i = t0; i < t1; i++)
		if (list_scan(K(i), l))
			return i;
	return (size_t)-1;
}

/* For "Y's arch-rival", "Y's long-time rival", "Y's closest ally": the
 * index of the describing noun after the possessive, or (size_t)-1. */
size_t rival_word_after(const dctx *d, const mention *m, size_t t1)
{
	size_t i = m->t1 + 1, n;
	if (!m->possessive)
		return (size_t)-1;
	for (n = 0; i < t1 && n < 4; n++, i++) {
		if (KIN(d, i, w_rival) || kis(d, i, "ally") || kis(d, i, "allies") ||
		    kis(d, i, "neighbour") || kis(d, i, "neighbor") || kis(d, i, "backer") ||
		    kis(d, i, "supporter") || kis(d, i, "patron") || kis(d, i, "partner") ||
		    kis(d, i, "partners")) /* "Poland, Turkey's partner in NATO, ..." */
			return i;
		if (!(kis(d, i, "-") || (d->t.v[i].kind == TK_WORD && !d->t.v[i].upper)))
			break;
		/* "Y's arms sales to rival Z": past a preposition the noun
		 * describes another state */
		if (kis(d, i, "to") || kis(d, i, "with") || kis(d, i, "for") || kis(d, i, "from") ||
		    kis(d, i, "against") || kis(d, i, "by") || kis(d, i, "of"))
			break;
	}
	return (size_t)-1;
}

/* Is mention m a state that is merely described ("Y's arch-rival", "Y's
 * ally") or a model another takes after ("has adopted Y's role as",
 * "following in Y's footsteps")?  Those possessors are not parties. */
int described_possessor(const dctx *d, const mention *m, size_t t1)
{
	static const char *w_model[] = {"role", "roles", "mantle", "footsteps", "example",
					"place", NULL};
	size_t i = rival_word_after(d, m, t1), n;
	if (i != (size_t)-1)
		return 1;
	if (!m->possessive)
		return 0;
	/* "Y's role", "Y's former role", "Y's traditional place" */
	for (i = m->t1 + 1, n = 0; i < t1 && n < 3; i++, n++) {
		if (kin_local(d, i, w_model))
			return 1;
		if (d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
			break;
	}
	return 0;
}

/* Is state mention m the "of" object of an apposition to a state before
 * it: "X, a close ally of Y, ...", "X, an enemy of Y, ..." (m is Y)? */
static int in_apposition_of(const dctx *d, const span *s, const mention *m)
{
	size_t j, n;
	if (m->t1 >= s->t1 || !kis(d, m->t1, ",") || m->t0 < s->t0 + 4 || !kis(d, m->t0 - 1, "of"))
		return 0;
	for (j = m->t0 - 1, n = 0; j > s->t0 && n < 5; j--, n++) {
		const tok *x = &d->t.v[j - 1];
		if (kis(d, j - 1, "a") || kis(d, j - 1, "an") || kis(d, j - 1, "the"))
			break;
		if (x->kind != TK_WORD || x->upper)
			return 0;
	}
	if (j <= s->t0 + 2 || n >= 5 || !kis(d, j - 2, ","))
		return 0;
	/* a state right before the comma */
	for (n = s->m0; n < s->m1; n++)
		if (M(d, n)->t1 == j - 2 && ent__is_state_mention(M(d, n)))
			return 1;
	return 0;
}

/* Nearest state mention ending at or before token t in [s->m0, ..), within
 * maxdist tokens; names only when names_only. */
const mention *actor_before(const dctx *d, const span *s, size_t t, size_t maxdist,
				   int names_only)
{
	size_t k = s->m1;
	while (k > s->m0) {
		const mention *m = M(d, --k);
		if (m->t1 > t)
			continue;
		if (t - m->t1 > maxdist && t - m->t1 <= maxdist + 2) {
			/* "also" and adverbs in -ly add no distance */
			size_t j, far = t - m->t1;
			for (j = m->t1; j < t && far > maxdist; j++)
				if (kis(d, j, "also") || ly_adverb(d, j))
					far--;
			if (far > maxdist)
				return NULL;
		} else if (t - m->t1 > maxdist) {
			return NULL;
		}
		if (!ent__is_state_mention(m))
			continue;
		if (names_only && m->gz == GZ_DEMONYM)
			continue;
		if (described_possessor(d, m, s->t1))
			continue; /* "Croatia, Serbia's regional rival, ordered" */
		if (in_apposition_of(d, s, m))
			continue; /* "Azerbaijan, a close ally of Turkey, bought" */
		return m;
	}
	return NULL;
}

/* "all security aid to Pakistan was suspended by Trump", "arms exports to
 * Turkey were halted": a noun of flow at `noun`, "to (the)" a state and a
 * passive of halting (one adverb may stand in it); the verb's token, or
 * NONE.  Stopped, the flow is no transfer (deal.c) and the one who stopped
 * it opposes the state (stance.passive_halt, stop 40). */
size_t passive_halt_verb(const dctx *d, const span *s, size_t noun)
{
	static const char *w_flow[] = {"aid", "assistance", "funding", "exports", "sales",
				       "deliveries", "supplies", "shipments", "transfers",
				       "export", "sale", "delivery", "supply", "shipment",
				       "transfer", NULL};
	static const char *w_aux[] = {"was", "were", "been", "is", "are", "be", NULL};
	static const char *w_halted[] = {"suspended", "halted", "frozen", "stopped", "blocked",
					 "banned", "paused", "cut", "withheld", "cancelled",
					 "canceled", NULL};
	const mention *y;
	size_t j = noun + 1;
	if (j + 3 >= s->t1 || !kis(d, j, "to") || !kin_local(d, noun, w_flow))
		return NONE;
	j += kis(d, j + 1, "the") ? 2 : 1;
	y = mention_at(d, s, j);
	if (!y || y->t0 != j || !ent__is_state_mention(y) || y->possessive || y->gz == GZ_FIRM)
		return NONE;
	j = y->t1;
	if (j + 1 < s->t1 && (kis(d, j, "has") || kis(d, j, "have") || kis(d, j, "had")))
		j++;
	if (j + 1 >= s->t1 || !kin_local(d, j, w_aux))
		return NONE;
	j++;
	if (j + 1 < s->t1 && d->t.v[j].kind == TK_WORD && d->t.v[j].keylen > 4 &&
	    !strcmp(K(j) + d->t.v[j].keylen - 2, "ly"))
		j++; /* "was abruptly halted" */
	if (j + 2 < s->t1 && kis(d, j, "put") && kis(d, j + 1, "on") && kis(d, j + 2, "hold"))
		return j; /* "was put on hold" (stop 67) */
	return kin_local(d, j, w_halted) ? j : NONE;
}

const mention *actor_after(const dctx *d, const span *s, size_t t, size_t maxdist,
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

/* The state named at token j, over one "the": a name (no demonym, no
 * firm) whose mention starts right there ("to the UAE", "to Qatar"); or
 * NULL. */
const mention *name_after_the(const dctx *d, const span *s, size_t j)
{
	size_t p = j < s->t1 && kis(d, j, "the") ? j + 1 : j, k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 < p)
			continue;
		if (m->t0 > p)
			return NULL;
		if (ent__is_state_mention(m) && m->gz != GZ_DEMONYM && m->gz != GZ_FIRM)
			return m;
	}
	return NULL;
}

int seen_warily(const dctx *d, const span *s, size_t i, size_t *verb)
{
	static const char *w_see_v[] = {"regarded", "regards", "regard", "viewed", "views",
					"view", "sees", "saw", "see", "seen", "eyed", "eyes",
					"watched", "watches", "watch", "treated", "treats", NULL};
	static const char *w_wary_n[] = {"apprehension", "suspicion", "concern", "alarm",
					 "distrust", "mistrust", "wariness", "hostility",
					 "unease", "anxiety", "worry", "gravity", NULL};
	static const char *w_wary_adj[] = {"great", "deep", "some", "growing", "utmost", "grave",
					   "serious", "extreme", "particular", "increasing", NULL};
	size_t v, w, n;
	if (kis(d, i, "with") && i > s->t0 && kin_local(d, i - 1, w_see_v)) {
		/* "views with utmost gravity the ...": the verb right before */
		v = i;
		w = i;
	} else {
		for (v = i; v > s->t0 && v + 12 > i; v--)
			if (kin_local(d, v - 1, w_see_v))
				break;
		if (v == s->t0 || v + 12 <= i || !kin_local(d, v - 1, w_see_v))
			return 0;
		for (w = i + 1; w + 1 < s->t1 && w < i + 14 && !kis(d, w, "with"); w++)
			if (kis(d, w, ",") || kis(d, w, ";"))
				return 0;
		if (w + 1 >= s->t1 || w >= i + 14)
			return 0;
	}
	/* "with (utmost) gravity / suspicion" */
	n = w + 1;
	if (n + 1 < s->t1 && kin_local(d, n, w_wary_adj))
		n++;
	if (n >= s->t1 || !kin_local(d, n, w_wary_n))
		return 0;
	*verb = v - 1;
	return 1;
}

/* "the West African state of Togo", "the Gulf nation of Qatar": the state
 * a noun of state and "of" name from token t on (over "the" and up to four
 * words of description); or "our (its, the) nearest neighbour (ally,
 * partner), Y": the state in apposition; or NULL. */
static const mention *state_of_after(const dctx *d, const span *s, size_t t)
{
	static const char *w_neighbour_n[] = {"neighbour", "neighbor", "ally", "partner",
					      "friend", NULL};
	static const char *w_state_n[] = {"state", "country", "nation", "kingdom", "emirate",
					  "republic", NULL};
	size_t j = t, n;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	for (n = 0; j + 2 < s->t1 && n < 5; j++, n++) {
		if (kin(d, j, w_state_n) && kis(d, j + 1, "of")) {
			const mention *m = actor_after(d, s, j + 2, 0, 1);
			return m && m->t0 == j + 2 ? m : NULL;
		}
		if (kin_local(d, j, w_neighbour_n) && kis(d, j + 1, ",") && n < 4 &&
		    (KIN(d, t, w_det) || kis(d, t, "our") || kis(d, t, "its") ||
		     kis(d, t, "their"))) {
			/* "to our nearest neighbour, Papua New Guinea": a state
			 * in apposition to a noun of a state (stop 63) */
			size_t a = j + 2 + (kis(d, j + 2, "the") ? 1 : 0);
			const mention *m = actor_after(d, s, a, 0, 1);
			return m && m->t0 == a && !m->possessive && m->gz != GZ_DEMONYM &&
					       m->gz != GZ_FIRM
				       ? m
				       : NULL;
		}
		if (d->t.v[j].kind != TK_WORD && !kis(d, j, "-"))
			return NULL;
	}
	return NULL;
}

/* A demonym that heads a news outlet, its source and no party: "the
 * French newspaper Z", "the French-based African news outlet" (over up
 * to four words and hyphens; stop 41). */
int media_demonym(const dctx *d, const span *s, const mention *m)
{
	static const char *w_media_n[] = {"newspaper", "daily", "outlet", "agency", "broadcaster",
					  "media", "magazine", "paper", "journal", "website",
					  "weekly", "tabloid", "television", "radio", "press",
					  NULL};
	const mention *o;
	size_t j;
	if (m->gz != GZ_DEMONYM || m->t1 >= s->t1)
		return 0;
	if (kin(d, m->t1, w_media_n))
		return 1;
	if (!kis(d, m->t1, "-") && !kis(d, m->t1, "news"))
		return 0; /* "French rifles" */
	for (j = m->t1 + 1; j < s->t1 && j < m->t1 + 6; j++) {
		if (kin(d, j, w_media_n))
			return 1;
		o = mention_at(d, s, j);
		if (!(kis(d, j, "-") || (d->t.v[j].kind == TK_WORD && (!o || o->gz == GZ_DEMONYM))))
			return 0;
	}
	return 0;
}

/* Adverbs that may stand between a noun and its preposition: "against
 * competition notably from the American group" (after_prep,
 * frames_deal.c rival_named; stop 46). */
const char *w_notably[] = {"notably", "mainly", "mostly", "chiefly", "especially", "particularly",
			   NULL};

/* "were delivered from Russia by an Antonov-124 cargo plane (by a chartered
 * ship, by rail)": "by" at token b names how goods travel, no giver (the
 * maker of the plane sells nothing; stop 47). */
int by_carrier(const dctx *d, const span *s, size_t b)
{
	static const char *w_carrier[] = {"plane", "planes", "aircraft", "airplane", "jet",
					  "ship", "ships", "vessel", "vessels", "freighter", "ferry",
					  "train", "trains", "rail", "road", "sea", "air", "truck",
					  "trucks", "lorry", "lorries", "convoy", "convoys", "flight",
					  "flights", "airlift", "airlifter", "transporter", NULL};
	static const char *w_by_stop[] = {"and", "or", "to", "from", "in", "on", "with", NULL};
	size_t i;
	const mention *m;
	if (!kis(d, b, "by"))
		return 0;
	for (i = b + 1; i < s->t1 && i < b + 9; i++) {
		if (kin_local(d, i, w_carrier))
			return 1;
		if ((d->t.v[i].kind == TK_PUNCT && !kis(d, i, "-")) || kin_local(d, i, w_by_stop))
			return 0;
		/* "by Poland ..., shipped by sea": a state first is the agent */
		if ((m = mention_at(d, s, i)) != NULL && ent__is_state_mention(m) && m->gz != GZ_FIRM)
			return 0;
	}
	return 0;
}

/* The state after preposition `prep` following token t (within 20 tokens). */
const mention *after_prep(const dctx *d, const span *s, size_t t, const char *prep)
{
	static const char *danger[] = {"threat", "threats", "attack", "attacks", "danger",
				       "dangers", "aggression", "incursions", "incursion",
				       "warning", "warnings", "criticism", "objections",
				       "protests", "condemnation", "pressure", "complaints",
				       "competition", "rivalry", NULL};
	/* "apart from X", "aside from X", "away from X": no source */
	static const char *w_apart[] = {"apart", "aside", "away", "far", "different", "distinct",
					"separate", NULL};
	/* "according to the Brazilian firm", "thanks to X": a source or a
	 * cause, no party; "could lead to tensions with X": a consequence;
	 * "drawing closer to X", "similar to X": a likeness or a nearness */
	static const char *w_not_party[] = {"according", "thanks", "owing", "due", "lead", "leads",
					    "led", "leading", "contribute", "contributes",
					    "contributed", "contributing", "closer", "nearer",
					    "adjacent", "similar", "comparable",
					    /* "sent bombers close to Russian airspace"
					     * (stop 50) */
					    "close", "next", "near", NULL};
	static const char *w_others_of[] = {"adversaries", "enemies", "rivals", "foes", "allies",
					    "partners", NULL};
	size_t i;
	for (i = t; i < s->t1 && i < t + 20; i++) {
		/* "threats from North Korea": a source of danger, no party;
		 * nor of words ("drew warnings from the US that") */
		if (kis(d, i, prep) && !(i > s->t0 && kin(d, i - 1, danger)) &&
		    !(i > s->t0 + 1 && kin(d, i - 1, w_notably) && kin(d, i - 2, danger)) &&
		    !(i > s->t0 && prep[0] == 't' && kin(d, i - 1, w_not_party)) &&
		    /* "on a trip to Israel": a place visited (stop 62) */
		    !(i > s->t0 && prep[0] == 't' && kin(d, i - 1, w_travel_n)) &&
		    !(i > s->t0 && !strcmp(prep, "from") && kin(d, i - 1, w_apart))) {
			const mention *m = actor_after(d, s, i + 1, 3, 0);
			if (!m)
				m = state_of_after(d, s, i + 1);
			if (!m) {
				/* "from Western powers such as the US": the first
				 * example of the group (stop 36) */
				size_t j;
				for (j = i + 2; j + 2 < s->t1 && j < i + 5 &&
						d->t.v[j - 1].kind == TK_WORD &&
						!(kis(d, j, "such") && kis(d, j + 1, "as")) &&
						!kis(d, j, "including") && !kis(d, j, "like");
				     j++)
					;
				if (j + 2 < s->t1 && j < i + 5 && d->t.v[j - 1].kind == TK_WORD)
					m = actor_after(d, s, kis(d, j, "such") ? j + 2 : j + 1, 2, 0);
				if (m && m->gz == GZ_FIRM)
					m = NULL;
			}
			if (m && media_demonym(d, s, m))
				continue; /* "a report from the French newspaper Z" */
			if (m && prep[0] == 'b' && by_carrier(d, s, i))
				continue; /* "by an Antonov-124 cargo plane" */
			if (m && !m->possessive && m->t1 < s->t1 && kin(d, m->t1, w_others_of)) {
				/* "from US adversaries including Russia": the
				 * group's examples, not the state it is of; with
				 * none, no one (stop 40) */
				size_t j = m->t1 + 1 + (m->t1 + 1 < s->t1 && kis(d, m->t1 + 1, ","));
				if (j + 2 < s->t1 && kis(d, j, "such") && kis(d, j + 1, "as"))
					m = actor_after(d, s, j + 2, 1, 0);
				else if (j + 1 < s->t1 &&
					 (kis(d, j, "including") || kis(d, j, "like")))
					m = actor_after(d, s, j + 1, 1, 0);
				else
					m = NULL;
				if (!m)
					continue;
			}
			if (m)
				return m;
		}
	}
	return NULL;
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

/* a table several times the words' count keeps probes short; each slot
 * keeps its word's hash, so a probe compares letters only on a match */
#define LEX_SLOTS 4096

static struct lex_slot {
	const char *key;
	uint64_t mask;
	uint32_t h;
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

/* Every word list a rule tests, in a table keyed by the list's address:
 * the lexicon's lists with their bit (entered by lex_build), any other
 * list with a hash set of its words in list_words (entered under
 * lex_lists_lock the first time kin sees it, then read without a lock:
 * an entry's list pointer is stored last, with release order).  kin asks
 * this for every token it tests. */
#define LEX_LIST_BITS 12
#define LEX_LISTS (1 << LEX_LIST_BITS)
static struct lex_list lex_lists[LEX_LISTS];
static pthread_mutex_t lex_lists_lock = PTHREAD_MUTEX_INITIALIZER;
static size_t lex_lists_used; /* under lex_lists_lock, after lex_build */

/* the words of the sets; a few hundred lists of a few to a hundred words */
#define LIST_WORDS (1u << 15)
static struct list_word {
	uint32_t h;
	const char *w;
} list_words[LIST_WORDS];
static uint32_t list_words_used; /* under lex_lists_lock */

static size_t lex_list_slot(const char *const *l)
{
	/* the high bits of a multiplicative hash: lists sit 8-byte aligned,
	 * a few hundred bytes apart; a table several times the number of
	 * lists ends most probes at the first slot */
	return (size_t)((uint32_t)((uintptr_t)l >> 3) * 0x9E3779B1u) >> (32 - LEX_LIST_BITS);
}

/* Build the key -> mask table once per process (the word lists are
 * constants, so every thread sees the same table). */
static void lex_build(void)
{
	size_t b, k;
	for (b = 0; lexicon[b]; b++) {
		size_t slot = lex_list_slot(lexicon[b]);
		while (atomic_load_explicit(&lex_lists[slot].list, memory_order_relaxed))
			slot = (slot + 1) & (LEX_LISTS - 1);
		lex_lists[slot].bit = (int)b;
		atomic_store_explicit(&lex_lists[slot].list, lexicon[b], memory_order_release);
		lex_lists_used++;
		for (k = 0; lexicon[b][k]; k++) {
			const char *w = lexicon[b][k];
			uint32_t h = (uint32_t)lex_hash(w);
			size_t j = (size_t)(h & (LEX_SLOTS - 1));
			while (lex_table[j].key && strcmp(lex_table[j].key, w) != 0)
				j = (j + 1) & (LEX_SLOTS - 1);
			lex_table[j].key = w;
			lex_table[j].h = h;
			lex_table[j].mask |= (uint64_t)1 << b;
		}
	}
}

/* The lexicon bits of key, whose hash (lex_hash) is h. */
static uint64_t lex_mask(const char *key, uint32_t h)
{
	size_t j = (size_t)(h & (LEX_SLOTS - 1));
	while (lex_table[j].key) {
		if (lex_table[j].h == h && strcmp(lex_table[j].key, key) == 0)
			return lex_table[j].mask;
		j = (j + 1) & (LEX_SLOTS - 1);
	}
	return 0;
}

/* Compare key with the words of list l one by one. */
static int list_scan(const char *key, const char *const *l)
{
	size_t k;
	for (k = 0; l[k]; k++) /* the first byte rules out most words without a call */
		if (key[0] == l[k][0] && strcmp(key, l[k]) == 0)
			return 1;
	return 0;
}

/* Is key (whose hash is h) in the set of entry e? */
static int list_has(const struct lex_list *e, uint32_t h, const char *key)
{
	uint32_t j = h & e->mask;
	for (;;) {
		const struct list_word *w = &list_words[e->off + j];
		if (!w->w)
			return 0;
		if (w->h == h && strcmp(w->w, key) == 0)
			return 1;
		j = (j + 1) & e->mask;
	}
}

/* Enter list l (not in the table yet) with the set of its words, under
 * the lock; another thread may have entered it meanwhile.  With the table
 * or the words' space full, an entry without a set (compare word by word)
 * that is not stored.  The table is keyed by the list's address, so every
 * list a rule passes to kin(), kin_local() or find_in() must have static
 * storage: a compound literal's address is reused by later calls for
 * other words, which would then read this list's set. */
static const struct lex_list *lex_enter(const char *const *l)
{
	static const struct lex_list no_set = {NULL, -1, 0, 0};
	const struct lex_list *found = &no_set;
	const char *const *x;
	size_t j, n = 0, k;
	uint32_t slots = 4;
	pthread_mutex_lock(&lex_lists_lock);
	for (j = lex_list_slot(l);
	     (x = atomic_load_explicit(&lex_lists[j].list, memory_order_relaxed)) != NULL;
	     j = (j + 1) & (LEX_LISTS - 1))
		if (x == l) {
			found = &lex_lists[j];
			goto out;
		}
	while (l[n])
		n++;
	while (slots < 2 * n)
		slots <<= 1;
	if (lex_lists_used >= LEX_LISTS / 2 || slots > LIST_WORDS - list_words_used)
		goto out;
	lex_lists[j].bit = -1;
	lex_lists[j].off = list_words_used;
	lex_lists[j].mask = slots - 1;
	for (k = 0; k < n; k++) {
		uint32_t h = (uint32_t)lex_hash(l[k]), s = h & (slots - 1);
		struct list_word *w;
		while ((w = &list_words[list_words_used + s])->w && strcmp(w->w, l[k]) != 0)
			s = (s + 1) & (slots - 1);
		w->h = h;
		w->w = l[k];
	}
	list_words_used += slots;
	lex_lists_used++;
	atomic_store_explicit(&lex_lists[j].list, l, memory_order_release);
	found = &lex_lists[j];
out:
	pthread_mutex_unlock(&lex_lists_lock);
	return found;
}

/* The entry of list l; the lexicon must be built (lex_once). */
static const struct lex_list *lex_entry(const char *const *l)
{
	const char *const *x;
	size_t j;
	for (j = lex_list_slot(l);
	     (x = atomic_load_explicit(&lex_lists[j].list, memory_order_acquire)) != NULL;
	     j = (j + 1) & (LEX_LISTS - 1))
		if (x == l)
			return &lex_lists[j];
	return lex_enter(l);
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
static const char *w_give_v[] = {"give", "gives", "gave", "given", "giving", "promised", "promises",
				 "pledged", "pledges", "offered", "offers", "offering", NULL};

/* Mark verb v of giving as one of transfer; the past ("gave Ukraine
 * tanks", "has given military equipment to Ukraine") tells the goods
 * handed over, as "supplied" does. */
static void give_mark(dctx *d, size_t v)
{
	d->tmask[v] |= (uint64_t)1 << LB_w_supply_verb;
	if (kis(d, v, "gave") || kis(d, v, "given"))
		d->tmask[v] |= (uint64_t)1 << LB_w_delivered;
}

/* "military aid", "defence assistance" at token n (n > 0): aid of war. */
static int war_aid_at(const dctx *d, size_t n)
{
	return (!strcmp(K(n), "aid") || !strcmp(K(n), "assistance")) &&
	       (!strcmp(K(n - 1), "military") || !strcmp(K(n - 1), "defence") ||
		!strcmp(K(n - 1), "defense"));
}

/* Is token i "given" (its length first)? */
static int is_given(const dctx *d, size_t i)
{
	return d->t.v[i].keylen == 5 && !memcmp(K(i), "given", 5);
}

/* Is token i a form of "be" or "been" (a passive's auxiliary)? */
static int passive_aux(const dctx *d, size_t i)
{
	return kin_local(d, i, w_be) || !strcmp(K(i), "been");
}

/* Nouns of statehood: "to the island nation of Y". */
static const char *const w_statehood_n[] = {"nation", "country", "state", "island",
					    "islands", "kingdom", "republic", "archipelago",
					    "emirate", "sultanate", NULL};

/* Clear the mark of transfer on every verb of giving, then give it back to
 * those right before a state (or "the" and a state) whose next mention, at
 * most five words on, is a weapon, and to those right before goods that
 * go "to" a state.  Two passes over the mentions. */
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
		/* "gave Y 13 Soviet-era (Russian-made) MiG-29 jets": the
		 * goods' maker before them (stop 39) */
		int over_maker = w->kind == MK_ACTOR && w->gz == GZ_DEMONYM && !w->possessive &&
				 k + 2 < d->m.n && w->t0 >= m->t1 && w->t0 <= m->t1 + 5;
		if (over_maker)
			w = &d->m.v[k + 2];
		if (w->kind != MK_ACTOR || w->gz != GZ_WEAPON || w->t0 < m->t1 ||
		    w->t0 > m->t1 + (over_maker ? 8 : 5))
			continue;
		/* a hyphen of "Soviet-made" stands between only after a maker;
		 * "given Turkey another year to deliver the helicopters" is no
		 * double object */
		for (i = m->t1; i < w->t0; i++)
			if ((d->t.v[i].kind == TK_PUNCT && !(over_maker && !strcmp(K(i), "-"))) ||
			    !strcmp(K(i), "to"))
				break;
		if (i == w->t0)
			give_mark(d, v);
	}
	/* "gave (pledged, offered) tanks to Ukraine": the goods right after
	 * the verb (up to four words before them: "has given humanitarian aid
	 * and military equipment to"), then "to" and a state */
	for (k = 0; k + 1 < d->m.n; k++) {
		const mention *w = &d->m.v[k], *m;
		size_t v, e, j, lim;
		if (w->kind != MK_ACTOR || w->gz != GZ_WEAPON || w->t0 == 0)
			continue;
		for (v = w->t0; v > 0 && v + 5 > w->t0; v--)
			if ((d->t.v[v - 1].kind != TK_WORD && d->t.v[v - 1].kind != TK_NUM) ||
			    !strcmp(K(v - 1), "that"))
				break; /* "pledged that all NATO weapons sent to Y would
					* burn": a clause, no object */
			else if (kin_local(d, v - 1, w_give_v))
				break;
		if (v == 0 || !kin_local(d, v - 1, w_give_v) || (d->tmask[v - 1] & bit))
			continue;
		/* the goods' run (a list: "Eurofighters and Patriot systems")
		 * up to "to" */
		for (e = w->t1, j = k + 1; e < d->t.n && e < w->t1 + 8 && strcmp(K(e), "to"); e++)
			if (d->t.v[e].kind == TK_PUNCT && strcmp(K(e), ",") && strcmp(K(e), "-"))
				break;
		if (e >= d->t.n || strcmp(K(e), "to") || e + 1 >= d->t.n)
			continue;
		/* "to countries such as (like, including) Y" (stop 37) */
		lim = e + 2;
		if (!strcmp(K(e + 1), "countries") || !strcmp(K(e + 1), "nations") ||
		    !strcmp(K(e + 1), "states"))
			lim = e + 5;
		/* "given six helicopters to be used by (the) Y" (stop 50) */
		if (e + 4 < d->t.n && !strcmp(K(e + 1), "be") && !strcmp(K(e + 2), "used") &&
		    !strcmp(K(e + 3), "by"))
			lim = e + 5;
		/* "to the island (Indian Ocean) nation of Y" (stop 66) */
		if (!strcmp(K(e + 1), "the"))
			for (j = e + 3; j < d->t.n && j < e + 7; j++)
				if (!strcmp(K(j), "of") && kin_local(d, j - 1, w_statehood_n)) {
					lim = j + 1;
					break;
				}
		j = k + 1;
		for (; j < d->m.n && d->m.v[j].t0 <= lim; j++) {
			m = &d->m.v[j];
			if (m->t0 > e && m->kind == MK_ACTOR && ent__is_state_mention(m) &&
			    !m->possessive && m->gz != GZ_FIRM && m->gz != GZ_BLOC) {
				give_mark(d, v - 1);
				break;
			}
		}
	}
	/* "pledged (gave, offered) new weapons (arms, military equipment) to
	 * Ukraine": a general word of goods, no mention, up to six words (a
	 * sum among them) after the verb, then "to" and a state */
	for (i = 0; i + 3 < d->t.n; i++) {
		static const char *w_general[] = {"weapons", "arms", "weaponry", "munitions",
						  "equipment", "hardware", NULL};
		size_t n, e;
		/* the first letter rules out most words */
		if ((d->tmask[i] & bit) || d->t.v[i].kind != TK_WORD ||
		    !K(i)[0] || !strchr("gpo", K(i)[0]) || !kin_local(d, i, w_give_v))
			continue;
		/* over a sum too: "pledged 700m euros in new arms aid to" */
		for (n = i + 1; n < d->t.n && n < i + 8 &&
				(d->t.v[n].kind == TK_WORD || d->t.v[n].kind == TK_NUM ||
				 !strcmp(K(n), "$") || !strcmp(K(n), "€")) &&
				!kin_local(d, n, w_general) && strcmp(K(n), "to") &&
				!(n > i + 1 && war_aid_at(d, n));
		     n++)
			;
		/* "pledged 700 million euros in military aid": aid of war
		 * (not offered: an offer of help is no transfer yet) */
		if (n + 2 < d->t.n && n > i + 1 && war_aid_at(d, n)) {
			if (K(i)[0] == 'o')
				continue;
		} else if (n + 2 >= d->t.n || !kin_local(d, n, w_general)) {
			continue;
		}
		for (e = n + 1; e < d->t.n && e < n + 7 && strcmp(K(e), "to"); e++)
			if (d->t.v[e].kind == TK_PUNCT && strcmp(K(e), "$") && strcmp(K(e), "€") &&
			    strcmp(K(e), "."))
				break;
		if (e + 1 >= d->t.n || strcmp(K(e), "to"))
			continue;
		for (k = 0; k < d->m.n && d->m.v[k].t0 <= e + 2; k++) {
			const mention *m = &d->m.v[k];
			if (m->t0 > e && m->kind == MK_ACTOR && ent__is_state_mention(m) &&
			    !m->possessive && m->gz != GZ_FIRM && m->gz != GZ_BLOC) {
				give_mark(d, i);
				break;
			}
		}
	}
	/* "Y has been (was) given two helicopters by X": the passive of a
	 * double object, goods right after it (within four words) and then
	 * "by" and a state (stop 58) */
	for (k = 0; k + 1 < d->m.n; k++) {
		const mention *w = &d->m.v[k], *m;
		size_t v, e;
		if (w->kind != MK_ACTOR || w->gz != GZ_WEAPON || w->t0 < 3)
			continue;
		for (v = w->t0; v > 1 && v + 5 > w->t0; v--)
			if (d->t.v[v - 1].kind != TK_WORD && d->t.v[v - 1].kind != TK_NUM)
				break;
			else if (is_given(d, v - 1))
				break;
		if (v < 2 || !is_given(d, v - 1) || (d->tmask[v - 1] & bit) ||
		    !passive_aux(d, v - 2))
			continue;
		for (e = w->t1; e < d->t.n && e < w->t1 + 6 && strcmp(K(e), "by"); e++)
			if (d->t.v[e].kind == TK_PUNCT && strcmp(K(e), "-"))
				break;
		if (e + 1 >= d->t.n || strcmp(K(e), "by"))
			continue;
		for (i = k + 1; i < d->m.n && d->m.v[i].t0 <= e + 2; i++) {
			m = &d->m.v[i];
			if (m->t0 > e && m->kind == MK_ACTOR && ent__is_state_mention(m) &&
			    !m->possessive && m->gz != GZ_BLOC) {
				give_mark(d, v - 1);
				break;
			}
		}
	}
	/* "Two helicopters were given to Y by X": goods (ending at most four
	 * words before the verb), "to" a state and "by" a state */
	for (k = 0; k + 2 < d->m.n; k++) {
		const mention *w = &d->m.v[k], *y = &d->m.v[k + 1], *x = &d->m.v[k + 2];
		size_t v;
		if (w->kind != MK_ACTOR || w->gz != GZ_WEAPON || y->kind != MK_ACTOR ||
		    !ent__is_state_mention(y) || y->possessive || y->t0 < 2 ||
		    x->kind != MK_ACTOR || !ent__is_state_mention(x) || x->possessive ||
		    x->t0 != y->t1 + 1 || strcmp(K(y->t1), "by") != 0)
			continue;
		v = y->t0 - 2; /* "given to Y", "given to the Y" */
		if (!strcmp(K(y->t0 - 1), "the") && v > 0)
			v--;
		if (v < 1 || strcmp(K(v + 1), "to") || !is_given(d, v) ||
		    (d->tmask[v] & bit) ||
		    !passive_aux(d, v - 1) ||
		    w->t1 > v - 1 || w->t1 + 4 < v - 1)
			continue;
		give_mark(d, v);
	}
}

/* Is the noun "procurement" at i owned: a possessive up to two words
 * before it ("India's recent procurement"), "approved (authorised,
 * cleared) the" before it (stop 55), or "from" / "by" within ten words
 * after it, before any punctuation but a hyphen? */
static int procurement_owned(const dctx *d, size_t i)
{
	size_t j;
	for (j = i; j > 0 && j + 3 > i; j--)
		if (!strcmp(K(j - 1), "'s") || !strcmp(K(j - 1), "its") || !strcmp(K(j - 1), "their"))
			return 1;
	/* "has approved (authorised, cleared) the procurement of" (stop 55) */
	if (i >= 2 && !strcmp(K(i - 1), "the") &&
	    (!strcmp(K(i - 2), "approved") || !strcmp(K(i - 2), "authorised") ||
	     !strcmp(K(i - 2), "authorized") || !strcmp(K(i - 2), "cleared")))
		return 1;
	/* over the hyphen of "diesel-electric" */
	for (j = i + 1; j < d->t.n && j < i + 11 &&
			(d->t.v[j].kind != TK_PUNCT || !strcmp(K(j), "-"));
	     j++)
		if (!strcmp(K(j), "from") || !strcmp(K(j), "by"))
			return 1;
	return 0;
}

/* Classes that hang on the words around (one pass over the tokens,
 * keyed on the first letter):
 * - "Turkiye's leading exporter of armed drones, Baykar, has signed ...":
 *   an exporter the apposition after it names (a comma, then a
 *   capitalised name) sells nothing there itself;
 * - "the seventh export contract", "export deals": "export" before a deal
 *   noun qualifies it, no verb whose subject sells;
 * - "officially turned over five coastal radar systems to Y": "turn over"
 *   with goods within eight words after gives, like "hand over" ("turned
 *   over" delivers); not "turned over the suspects";
 * - "in order to (that)": no order placed;
 * - "has started (began) to deliver (supply, ship)": a delivery under way. */
static void phrase_words(dctx *d)
{
	const uint64_t supply = ((uint64_t)1 << LB_w_supply_noun) | ((uint64_t)1 << LB_w_supply_verb);
	size_t i, j, k;
	for (i = 0; i + 1 < d->t.n; i++) {
		const char *w = K(i);
		switch (w[0]) {
		case 'e':
			if (!strcmp(w, "export")) {
				if (d->tmask[i + 1] & ((uint64_t)1 << LB_w_deal_noun))
					d->tmask[i] &= ~supply;
			} else if (!strcmp(w, "exporter") || !strcmp(w, "exporters")) {
				for (j = i + 1; j < d->t.n && j < i + 9 &&
						(d->t.v[j].kind != TK_PUNCT || !strcmp(K(j), "-"));
				     j++)
					;
				if (j + 1 < d->t.n && !strcmp(K(j), ",") &&
				    d->t.v[j + 1].kind == TK_WORD && d->t.v[j + 1].upper &&
				    strcmp(K(j + 1), "the"))
					d->tmask[i] &= ~supply;
			}
			break;
		case 'c':
			/* "France has committed 18 Caesar artillery systems to
			 * Ukraine": committing counted goods to a state pledges
			 * them (stop 65) */
			if ((!strcmp(w, "committed") || !strcmp(w, "commits") ||
			     !strcmp(w, "commit")) &&
			    (d->t.v[i + 1].kind == TK_NUM || KIN(d, i + 1, w_numwords) ||
			     !strcmp(K(i + 1), "more") || !strcmp(K(i + 1), "additional"))) {
				for (k = 0; k < d->m.n && !(d->m.v[k].t0 > i + 1 &&
							    d->m.v[k].t0 <= i + 5 &&
							    d->m.v[k].kind == MK_ACTOR &&
							    d->m.v[k].gz == GZ_WEAPON);
				     k++)
					;
				for (j = i + 2; j < d->t.n && j < i + 10 && strcmp(K(j), "to"); j++)
					;
				if (k < d->m.n && j < d->t.n && j < i + 10)
					d->tmask[i] |= (uint64_t)1 << LB_w_supply_verb;
			}
			break;
		case 'd':
		case 's':
			/* "The US signed over two decommissioned frigates to
			 * Taiwan": "sign over" with goods within eight words after
			 * gives them, no contract signed; "signed over" delivers
			 * (stop 45) */
			if (w[0] == 's' && !strcmp(K(i + 1), "over") &&
			    (!strcmp(w, "signed") || !strcmp(w, "signs") || !strcmp(w, "sign"))) {
				for (k = 0; k < d->m.n &&
					    !(d->m.v[k].t0 > i + 1 && d->m.v[k].t0 <= i + 9 &&
					      d->m.v[k].kind == MK_ACTOR && d->m.v[k].gz == GZ_WEAPON);
				     k++)
					;
				if (k < d->m.n) {
					d->tmask[i] &= ~((uint64_t)1 << LB_w_sign);
					d->tmask[i] |= (uint64_t)1 << LB_w_supply_verb;
					if (!strcmp(w, "signed"))
						d->tmask[i] |= (uint64_t)1 << LB_w_delivered;
				}
			}
			/* "a supply ship of the Chinese Navy": after a
			 * determiner or a count, a kind of ship (stop 65) */
			if (w[0] == 's' && i > 0 && !strcmp(w, "supply") &&
			    (!strcmp(K(i + 1), "ship") || !strcmp(K(i + 1), "ships") ||
			     !strcmp(K(i + 1), "vessel") || !strcmp(K(i + 1), "vessels")) &&
			    (KIN(d, i - 1, w_det) || KIN(d, i - 1, w_numwords) ||
			     d->t.v[i - 1].kind == TK_NUM || !strcmp(K(i - 1), "its") ||
			     !strcmp(K(i - 1), "their") || !strcmp(K(i - 1), "new")))
				d->tmask[i] &= ~supply;
			/* "the best-selling US Patriot": an adjective of selling
			 * sells nothing (stop 64) */
			if (i > 1 && w[0] == 's' && !strcmp(w, "selling") && !strcmp(K(i - 1), "-") &&
			    !d->t.v[i].space_before &&
			    (!strcmp(K(i - 2), "best") || !strcmp(K(i - 2), "top") ||
			     !strcmp(K(i - 2), "fast") || !strcmp(K(i - 2), "well")))
				d->tmask[i] &= ~((uint64_t)1 << LB_w_supply_verb);
			/* "has started (began) to deliver some of them": the
			 * delivery is under way */
			if (i > 1 && !strcmp(K(i - 1), "to") &&
			    (!strcmp(w, "deliver") || !strcmp(w, "supply") || !strcmp(w, "ship")) &&
			    (!strcmp(K(i - 2), "started") || !strcmp(K(i - 2), "began") ||
			     !strcmp(K(i - 2), "begun") || !strcmp(K(i - 2), "starts") ||
			     !strcmp(K(i - 2), "begins")))
				d->tmask[i] |= (uint64_t)1 << LB_w_delivered;
			break;
		case 'w':
			/* "a 4.26 trillion-won initiative", "500 billion won":
			 * the won of a sum is its currency, no verb of signing
			 * (stop 64) */
			if (i > 0 && w[1] == 'o' && !strcmp(w, "won")) {
				static const char *w_scale[] = {"million", "billion", "trillion",
								"mn", "bn", NULL};
				j = i - 1;
				if (!strcmp(K(j), "-") && j > 0)
					j--;
				if (d->t.v[j].kind == TK_NUM || list_scan(K(j), w_scale))
					d->tmask[i] &= ~(((uint64_t)1 << LB_w_sign) |
							 ((uint64_t)1 << LB_w_signed));
			}
			break;
		case 'o':
			if (i > 0 && !strcmp(w, "order") && !strcmp(K(i - 1), "in") &&
			    (!strcmp(K(i + 1), "to") || !strcmp(K(i + 1), "that")))
				d->tmask[i] &= ~((uint64_t)1 << LB_w_deal_noun);
			break;
		case 't':
			/* "took over two corvettes from China": goods taken
			 * over are received (stop 64) */
			if (w[1] == 'o' && !strcmp(K(i + 1), "over") &&
			    (!strcmp(w, "took") || !strcmp(w, "taken"))) {
				for (k = 0; k < d->m.n; k++)
					if (d->m.v[k].t0 > i + 1 && d->m.v[k].t0 <= i + 6 &&
					    d->m.v[k].kind == MK_ACTOR && d->m.v[k].gz == GZ_WEAPON)
						break;
				if (k < d->m.n)
					d->tmask[i] |= (uint64_t)1 << LB_w_delivered;
				break;
			}
			if (w[1] != 'u' || strcmp(K(i + 1), "over") ||
			    !(!strcmp(w, "turned") || !strcmp(w, "turns") || !strcmp(w, "turn") ||
			      !strcmp(w, "turning")))
				break;
			for (k = 0; k < d->m.n && !(d->m.v[k].t0 > i + 1 && d->m.v[k].t0 <= i + 9 &&
						    d->m.v[k].kind == MK_ACTOR &&
						    d->m.v[k].gz == GZ_WEAPON);
			     k++)
				;
			if (k == d->m.n)
				break;
			d->tmask[i] |= (uint64_t)1 << LB_w_supply_verb;
			if (!strcmp(w, "turned"))
				d->tmask[i] |= (uint64_t)1 << LB_w_delivered;
			break;
		default:
			break;
		}
	}
}

/* "a letter (declaration) of intent for two frigates": the "intent" of
 * such a document is a deal's noun, as "MoU" is; "the intent of" alone is
 * none, nor is an intent "to" do something ("letters of intent to join
 * the initiative": the verb after "to" tells what is meant). */
static void letter_of_intent(dctx *d, size_t i)
{
	static const char *doc[] = {"letter", "letters", "declaration", "declarations", NULL};
	if (!strcmp(K(i - 1), "of") && kin_local(d, i - 2, doc) &&
	    !(i + 1 < d->t.n && !strcmp(K(i + 1), "to")))
		d->tmask[i] |= (uint64_t)1 << LB_w_deal_noun;
}

int ent__word_classes(dctx *d)
{
	size_t i;
	pthread_once(&lex_once, lex_build);
	d->tmask = ent__calloc(d->t.n ? d->t.n : 1, sizeof *d->tmask);
	d->thash = ent__malloc((d->t.n ? d->t.n : 1) * sizeof *d->thash);
	if (!d->tmask || !d->thash)
		return ENT_ENOMEM;
	/* FNV-1a, the gazetteer's hash too: ent__gazetteer_exercise takes
	 * these for the words that may open an exercise name */
	for (i = 0; i < d->t.n; i++)
		d->thash[i] = (uint32_t)lex_hash(K(i));
	for (i = 0; i < d->t.n; i++)
		if (d->t.v[i].kind == TK_WORD && !month_may(d, i))
			d->tmask[i] = lex_mask(K(i), d->thash[i]);
	/* "ships" and "hands" after a determiner, a possessive or a number
	 * are nouns ("the ships", "two ships", "into its own hands"), no
	 * verbs of transfer; nor is "hand" but before "over", and not then
	 * after such a word ("the upper hand over Y") */
	for (i = 1; i < d->t.n; i++) {
		static const char *before_noun[] = {"the", "a", "its", "their", "his", "her",
						    "our", "own", "these", "those", "two", "three",
						    "four", "five", "new", "more", "'s", NULL};
		if ((d->tmask[i] & ((uint64_t)1 << LB_w_supply_verb)) &&
		    (!strcmp(K(i), "ships") || !strcmp(K(i), "hands")) &&
		    (d->t.v[i - 1].kind == TK_NUM || kin_local(d, i - 1, before_noun)))
			d->tmask[i] &= ~((uint64_t)1 << LB_w_supply_verb);
		/* "hand" is a verb of transfer only in "(will) hand over" */
		if ((d->tmask[i] & ((uint64_t)1 << LB_w_supply_verb)) && !strcmp(K(i), "hand") &&
		    (!(i + 1 < d->t.n && !strcmp(K(i + 1), "over")) ||
		     kin_local(d, i - 1, before_noun) || !strcmp(K(i - 1), "upper") ||
		     !strcmp(K(i - 1), "free") || !strcmp(K(i - 1), "first")))
			d->tmask[i] &= ~((uint64_t)1 << LB_w_supply_verb);
		if ((d->tmask[i] & ((uint64_t)1 << LB_w_mou)) && i > 1 && !strcmp(K(i), "intent"))
			letter_of_intent(d, i);
		/* "a letter of (offer and) acceptance for 20 F-35 jets", "the
		 * LOA": the contract of a foreign military sale (stop 58) */
		if (d->t.v[i].keylen == 10 && !strcmp(K(i), "acceptance") && i > 1 &&
		    ((!strcmp(K(i - 1), "of") && !strcmp(K(i - 2), "letter")) ||
		     (i > 3 && !strcmp(K(i - 1), "and") && !strcmp(K(i - 2), "offer") &&
		      !strcmp(K(i - 3), "of") && !strcmp(K(i - 4), "letter"))))
			d->tmask[i] |= (uint64_t)1 << LB_w_deal_noun;
		if (d->t.v[i].keylen == 3 && d->t.v[i].allcaps && !strcmp(K(i), "loa"))
			d->tmask[i] |= (uint64_t)1 << LB_w_deal_noun;
	}
	/* a word inside a weapon term is not a verb of transfer or stance:
	 * "Norwegian ships", "technology transfer", "early warning aircraft",
	 * "a ship" ("will ship" is no weapon term: extract.c ship_verb_at) */
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
	/* one pass, keyed on the first letter, for words whose class hangs on
	 * their neighbours (phrase_words) */
	phrase_words(d);
	/* a contracted "n't" ("doesn't" is "doesn" + "'" + "t") negates like
	 * "not": its "t" takes the negation bit ("won't" is "won" keyed
	 * "will", token.c: a key longer than its word) */
	for (i = 2; i < d->t.n; i++)
		if (K(i)[0] == 't' && K(i)[1] == '\0' && K(i - 1)[0] == '\'' &&
		    !d->t.v[i].space_before && !d->t.v[i - 1].space_before &&
		    d->t.v[i - 2].kind == TK_WORD && d->t.v[i - 2].keylen >= 2 &&
		    (K(i - 2)[d->t.v[i - 2].keylen - 1] == 'n' ||
		     d->t.v[i - 2].end - d->t.v[i - 2].start < d->t.v[i - 2].keylen))
			d->tmask[i] |= (uint64_t)1 << LB_w_negation;
	give_double_object(d);
	/* "procurement" buys only with its buyer or seller told: "X's (recent)
	 * procurement of", "the procurement of jets from (by) Y"; "this
	 * signing starts the procurement of the missiles" refers back */
	for (i = 0; i < d->t.n; i++)
		if ((d->tmask[i] & ((uint64_t)1 << LB_w_buy_verb)) && !strcmp(K(i), "procurement") &&
		    !procurement_owned(d, i))
			d->tmask[i] &= ~((uint64_t)1 << LB_w_buy_verb);
	/* "has agreed to give us another year (to deliver the helicopters)",
	 * "more time to deliver": a span of time granted for a transfer is
	 * a deadline, no transfer told */
	for (i = 3; i < d->t.n; i++) {
		static const char *w_span[] = {"year", "years", "month", "months", "weeks",
					       "time", "extension", NULL};
		size_t j = i - 1;
		if (!(d->tmask[i] & ((uint64_t)1 << LB_w_supply_verb)) || strcmp(K(j), "to"))
			continue;
		if (!strcmp(K(j - 1), "("))
			j--;
		if (j >= 2 && kin_local(d, j - 1, w_span) &&
		    (!strcmp(K(j - 2), "another") || !strcmp(K(j - 2), "more") ||
		     !strcmp(K(j - 2), "extra") || !strcmp(K(j - 2), "an")))
			d->tmask[i] &= ~((uint64_t)1 << LB_w_supply_verb);
	}
	/* "gave (given) the green light to Y": a verb of backing, as
	 * "backed" is, when "to" follows */
	for (i = 3; i + 1 < d->t.n; i++)
		if (!strcmp(K(i), "light") && !strcmp(K(i - 1), "green") && !strcmp(K(i - 2), "the") &&
		    !strcmp(K(i + 1), "to") && kin_local(d, i - 3, w_give_v))
			d->tmask[i] |= (uint64_t)1 << LB_w_support_v;
	/* the units with a word of contest (rival_party's first test) */
	for (i = 0; i < d->nunits; i++) {
		unit *u = &d->units[i];
		size_t t;
		for (t = u->t0; t < u->t1 && t < d->t.n && !u->contest; t++)
			u->contest = (d->tmask[t] >> LB_w_contest_any) & 1;
	}
	return ENT_OK;
}

/* The states listed from token j up to token end ("After A, B, and C, X
 * ...", "Like A and B, X ..."): over ",", "and", "the", each a state's
 * name, capital or demonym that opens at its token, no possessive or
 * firm; the list stops at the first other token.  Written into out (at
 * most max); their count. */
size_t states_listed(const dctx *d, const span *s, size_t j, size_t end, const mention **out,
		     size_t max)
{
	size_t n = 0;
	while (j < end && n < max) {
		const mention *m;
		if (kin(d, j, w_list_joint)) {
			j++;
			continue;
		}
		m = mention_at(d, s, j);
		if (!m || m->t0 != j || !ent__is_state_mention(m) || m->possessive ||
		    m->gz == GZ_FIRM)
			break;
		out[n++] = m;
		j = m->t1;
	}
	return n;
}
