/*
 * frames_deal.c - rules for deals and supply ties: "X sells/supplies/
 * delivers ... to Y", "Y buys/orders/acquires ... from X", passives, "deal
 * between X and Y", X-made goods, fleets, holdings, customers and lists of
 * buyers, and the passes that split, expand or drop deals within a
 * sentence.
 */
#include "extract/frames_internal.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t find_local(const dctx *d, size_t t0, size_t t1, const char *const *l);
static int awaited_supply(const dctx *d, const span *s, size_t sv);
static int buying_body(const dctx *d, const span *s, size_t bv);
static int who_clause_before(const dctx *d, const span *s, const mention *m, size_t trig);
static int approval_given(const dctx *d, const span *s, size_t v);
static const mention *made_for_subject(const dctx *d, const span *s, size_t sv,
				       const mention **rec);

/* Word lists the rules of this file share.  Every list handed to kin(),
 * kin_local() or find_in() must have static storage: the lexicon keys its
 * entries by the list's address (frames_words.c lex_entry), so a compound
 * literal, whose address a later call may reuse for other words, must not
 * be one. */
static const char *w_clause_mark[] = {",", ";", NULL};
static const char *w_joined_v[] = {"joined", "joins", "join", "joining", NULL};
static const char *w_member_title[] = {"member", "members", "ally", "allies", NULL};
static const char *w_clause_and[] = {",", ";", "and", NULL};
static const char *w_prevent_v[] = {"prevent", "prevents", "prevented", "preventing",
				    "keep", "keeps", "kept", "keeping", NULL};
/* nouns of a supplier: "Armenia's principal supplier", "Baku's largest
 * arms seller" (stop 60) */
static const char *w_supplier_n[] = {"supplier", "suppliers", "seller", "sellers", "exporter",
				     NULL};

/* ---- deals and supply ties -------------------------------------------------- */

/* "Poland has been intensifying its arms procurement efforts after it
 * sent tanks to Ukraine": a noun of buying at bv with no goods after it,
 * then a clause opened by "after (before, when, as, since, because,
 * while)" whose subject ("it", a state) governs the verb of supply at sv;
 * the buying is background, the clause's supply the transfer (stop 37). */
static int buying_plan_before_clause(const dctx *d, const span *s, size_t bv, size_t sv)
{
	static const char *w_buy_n[] = {"procurement", "purchases", "purchase", "acquisition",
					"acquisitions", "imports", NULL};
	static const char *w_sub[] = {"after", "before", "when", "as", "since", "because",
				      "while", NULL};
	static const char *w_pron[] = {"it", "they", "he", "she", NULL};
	size_t j, q;
	const mention *m;
	if (!kin_local(d, bv, w_buy_n) || sv < bv + 3 || in_weapon(d, s, bv + 1))
		return 0;
	j = sv - 1;
	if (j > bv && (ly_adverb(d, j) || kis(d, j, "also") || kis(d, j, "had") ||
		       kis(d, j, "has") || kis(d, j, "have")))
		j--;
	if (kin_local(d, j, w_pron)) {
		j--;
	} else {
		m = mention_at_end(d, s, j);
		if (!m || !ent__is_state_mention(m) || m->t0 <= bv)
			return 0;
		j = m->t0 - 1;
	}
	if (j <= bv || !kin_local(d, j, w_sub))
		return 0;
	for (q = bv + 1; q < j; q++)
		if (in_weapon(d, s, q))
			return 0; /* "procurement of tanks after ..." */
	return 1;
}

/* "India, which ..., believes that arms deliveries to Pakistan are an
 * attempt": a verb of belief or saying and "that" before the trigger at
 * trig; the one who believes is no party of what the clause tells
 * (stop 41). */
static int belief_clause_before(const dctx *d, const span *s, size_t trig)
{
	static const char *w_believe[] = {"believes", "believe", "believed", "fears", "feared",
					  "thinks", "thought", "argues", "argued", "suspects",
					  "suspected", "worries", "claims", "claimed", NULL};
	size_t j;
	if (trig == NONE)
		return 0;
	for (j = s->t0 + 1; j < trig; j++)
		if (kis(d, j, "that") &&
		    (kin_local(d, j - 1, w_believe) || KIN(d, j - 1, w_speech_verb)))
			return 1;
	return 0;
}

/* "Russia must recognise that their actions alone have led to such systems
 * being provided": the state m is the subject of a verb of knowing or
 * saying (up to two auxiliaries between) right before "that", and the
 * trigger trig follows it: m tells of the transfer, no party (stop 60). */
static int knower_before_that(const dctx *d, const span *s, const mention *m, size_t trig)
{
	static const char *w_know[] = {"recognise", "recognize", "recognises", "recognizes",
				       "realise", "realize", "understand", "understands", "know",
				       "knows", "believes", "believe", "thinks", "says", "said",
				       NULL};
	size_t j = m->t1, n;
	if (m->possessive || trig == NONE || m->t1 >= trig)
		return 0;
	for (n = 0; j < trig && n < 2 && (KIN(d, j, w_modal) || KIN(d, j, w_be) ||
					  kis(d, j, "has") || kis(d, j, "have"));
	     j++, n++)
		;
	return j + 1 < trig && kin_local(d, j, w_know) && kis(d, j + 1, "that");
}

/* "counter India with arms sales to Pakistan": the state m right before
 * "with" (and at most "arms, weapons, military" and the like) and the
 * noun of transfer at sv is the object of a verb before it (a lowercase
 * word that is no joiner), not a giver (stop 41). */
static int instrument_object(const dctx *d, const span *s, const mention *m, size_t sv)
{
	static const char *w_prep[] = {"to", "from", "of", "for", "by", "in", "on", "at",
				       "between", "among", "against", "and", "or", NULL};
	size_t j = m->t1;
	if (j + 1 >= sv || !kis(d, j, "with") || sv > j + 3 || m->t0 <= s->t0 + 1 ||
	    m->possessive)
		return 0;
	for (j++; j < sv; j++)
		if (!(kin(d, j, w_arms_generic) || kis(d, j, "military") || kis(d, j, "defence") ||
		      kis(d, j, "defense")))
			return 0;
	j = m->t0 - 1;
	if (kis(d, j, "the"))
		j--;
	return j > s->t0 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
	       !KIN(d, j, w_det) && !kin_local(d, j, w_prep);
}

/* "The gift of the missiles to Y was supported (criticised, blocked) by
 * X": the agent of a verb of judging or stopping gives nothing (stop 41) */
static const char *w_judged[] = {"supported", "backed", "welcomed", "praised", "criticised",
				 "criticized", "condemned", "opposed", "denounced", "protested",
				 "slammed", "questioned", "blocked", "vetoed", "delayed", NULL};

/* The agent after "by" of a passive verb of supply at token sv ("were
 * supplied by Russia", "was sold and delivered by X"), or NULL; a second
 * verb of supply before "by" has that agent ("are being delivered to
 * Slovakia, to replace those sent by each country to Ukraine"). */
static const mention *passive_supplier(const dctx *d, const span *s, size_t sv)
{
	size_t i;
	for (i = sv + 1; i < s->t1 && i < sv + 20; i++) {
		if (kis(d, i, "by") && kin_local(d, i - 1, w_judged))
			return NULL;
		/* "tanks sent to Y will be destroyed by Z": "by" after another
		 * participle past a form of "be" names that one's agent ("...,
		 * where the type is assembled by PTDI" too; stop 63) */
		if (kis(d, i, "by") && i > sv + 2 &&
		    (KIN(d, i - 2, w_be) || kis(d, i - 2, "been")) &&
		    d->t.v[i - 1].keylen > 3 && !strcmp(K(i - 1) + d->t.v[i - 1].keylen - 2, "ed") &&
		    !KIN(d, i - 1, w_supply_verb))
			return NULL;
		if (kis(d, i, "by"))
			return after_prep(d, s, i, "by");
		if (KIN(d, i, w_supply_verb) && !kis(d, i - 1, "and") && !kis(d, i - 1, "or") &&
		    !kis(d, i - 1, ","))
			return NULL;
	}
	return NULL;
}

/* "Mali was handed over six more warplanes from Russia": a passive verb of
 * supply whose subject is a state, with no agent after "by", has its
 * giver after "from" (stop 36); that state, or NULL. */
static const mention *passive_from(const dctx *d, const span *s, size_t sv)
{
	static const char *w_pp[] = {"given", "sent", "sold", "shown", "lent", NULL};
	const mention *r, *g;
	size_t n = d->t.v[sv].keylen, i;
	/* a participle ("handed", "given"), not "are arming" */
	if (!((n > 3 && K(sv)[n - 2] == 'e' && K(sv)[n - 1] == 'd') || kin_local(d, sv, w_pp)))
		return NULL;
	r = actor_before(d, s, sv, 6, 1);
	if (!r || r->gz == GZ_FIRM || r->possessive || !ent__is_state_mention(r))
		return NULL;
	/* "from" in the verb's own clause, before any comma */
	for (i = sv + 1; i < s->t1 && i < sv + 10 && !kis(d, i, ",") && !kis(d, i, "from"); i++)
		;
	if (i >= s->t1 || !kis(d, i, "from"))
		return NULL;
	g = actor_after(d, s, i + 1, 3, 0);
	return g && g->gz != GZ_FIRM && strcmp(g->code, r->code) != 0 ? g : NULL;
}

/* "Germany has also joined its allies in pledging arms to Ukraine", "X
 * joined Y in supplying": the subject of "joined", and the state joined
 * when one is named, are the subjects of the gerund at sv (stop 36); their
 * count in out (two at most), 0 when the verb is not so placed. */
size_t joined_in_gerund(const dctx *d, const span *s, size_t sv, const mention **out)
{
	const mention *x, *y;
	size_t j, n = 0;
	if (sv < s->t0 + 3 || !((kis(d, sv - 1, "in") && ends_ing(K(sv))) ||
				(kis(d, sv - 1, "to") && !ends_ing(K(sv)))))
		return 0; /* "Norway joins Denmark, Netherlands to donate F-16s
			   * to Ukraine" (stop 59) */
	/* over the states joined, a list of them too ("joined Cyprus, Egypt,
	 * and France in voicing", stop 37) */
	for (j = sv - 1; j > s->t0 && j + 14 > sv && !kin_local(d, j - 1, w_joined_v); j--)
		if (kis(d, j - 1, ";") ||
		    (kis(d, j - 1, ",") && !(mention_at(d, s, j) || kis(d, j, "and"))))
			return 0;
	if (j == s->t0 || !kin_local(d, j - 1, w_joined_v))
		return 0;
	x = actor_before(d, s, j - 1, 6, 1);
	if (!x || x->gz == GZ_FIRM || x->possessive)
		return 0;
	out[n++] = x;
	y = actor_after(d, s, j, 2, 1);
	if (y && y->t1 < sv && y->gz != GZ_FIRM && !y->possessive && strcmp(y->code, x->code))
		out[n++] = y;
	return n;
}

/* "NATO-supplied F-16 fighter jets": goods g a bloc is said to give (a
 * bloc's name, "-" and "supplied / provided / donated" right before them)
 * have a giver the text names, no maker's state to stand in (stop 36). */
static int bloc_supplied(const dctx *d, const span *s, const mention *g)
{
	static const char *w_given_pp[] = {"supplied", "provided", "donated", "delivered",
					   NULL};
	const mention *b;
	if (g->t0 < s->t0 + 3 || !kin_local(d, g->t0 - 1, w_given_pp) ||
	    !kis(d, g->t0 - 2, "-"))
		return 0;
	b = mention_at(d, s, g->t0 - 3);
	return b && b->t1 == g->t0 - 2 && b->gz == GZ_BLOC;
}

/* "The US Embassy in Georgia", "the Turkish mission in Somalia": for a
 * state m named as the place of an embassy, consulate or mission, the
 * state whose body it is (a name, demonym or possessive right before the
 * noun), or NULL. */
static const mention *mission_of(const dctx *d, const span *s, const mention *m)
{
	static const char *w_mission[] = {"embassy", "embassies", "consulate", "mission",
					  "office", NULL};
	size_t k;
	if (m->t0 < s->t0 + 3 || !(kis(d, m->t0 - 1, "in") || kis(d, m->t0 - 1, "to")) ||
	    !kin_local(d, m->t0 - 2, w_mission))
		return NULL;
	for (k = s->m0; k < s->m1 && M(d, k)->t1 <= m->t0 - 2; k++) {
		const mention *o = M(d, k);
		if (ent__is_state_mention(o) && o->gz != GZ_FIRM &&
		    (o->t1 == m->t0 - 2 || (o->t1 + 1 == m->t0 - 2 && kis(d, o->t1, "'s"))) &&
		    strcmp(o->code, m->code) != 0)
			return o;
	}
	return NULL;
}

/* Nouns of a state's armed services: "the Uzbek air force", "Azerbaijani
 * forces", "the Pakistani navy" (holder_before, rule_used_goods,
 * service_subject, former_user, service_buyer). */
static const char *w_armed_service[] = {"force", "forces", "navy", "army", "military", "guard",
					"marines", "corps", "troops", NULL};

/* "received five former Royal Jordan Air Force Lockheed Martin F-16
 * Fighting Falcons": after the verb of buying at bv (within eight words),
 * a state or demonym, nouns of its armed service ("Royal" too) and, maybe
 * over a firm, the goods: the state whose service flew them sells them on,
 * not their maker; or NULL (stop 45, test_extract_deal_signed_roles.c). */
static const mention *service_goods_owner(const dctx *d, const span *s, size_t bv,
					  const mention *rec)
{
	size_t k, j, n;
	for (k = s->m0; k < s->m1; k++) {
		const mention *x = M(d, k), *g;
		if (x->t0 <= bv)
			continue;
		if (x->t0 > bv + 8)
			return NULL;
		if (!ent__is_state_mention(x) || x->gz == GZ_FIRM || x->possessive ||
		    (rec && !strcmp(x->code, rec->code)))
			continue;
		for (j = x->t1, n = 0; j < s->t1 && n < 3 &&
				       (kin_local(d, j, w_armed_service) || kis(d, j, "air") ||
					kis(d, j, "royal") || kis(d, j, "coast"));
		     j++, n++)
			;
		if (n == 0 || k + 1 >= s->m1)
			return NULL;
		g = M(d, k + 1);
		if (g->gz == GZ_FIRM && g->t0 == j && k + 2 < s->m1) {
			j = g->t1;
			g = M(d, k + 2);
		}
		return g->t0 == j && g->kind == MK_ACTOR && g->gz == GZ_WEAPON ? x : NULL;
	}
	return NULL;
}

/* "12 second-hand Mirage 2000-5 fighters, formerly flown by Qatar",
 * "jets previously operated by X", "jets that were used by the Qatari
 * air force": the state that used the goods before sells them
 * second-hand; that state, or NULL. */
static const mention *former_user(const dctx *d, const span *s)
{
	static const char *w_former[] = {"formerly", "previously", "once", NULL};
	static const char *w_used[] = {"flown", "operated", "used", "owned", "held", NULL};
	static const char *w_rel[] = {"that", "which", NULL};
	static const char *w_was[] = {"was", "were", "been", NULL};
	size_t i;
	for (i = s->t0; i + 3 < s->t1; i++) {
		/* "that (which) were (had been) used by" */
		int rel = kin_local(d, i, w_was) && i > s->t0 + 1 &&
			  (kin_local(d, i - 1, w_rel) ||
			   (kis(d, i - 1, "had") && kin_local(d, i - 2, w_rel)));
		if ((kin_local(d, i, w_former) || rel) && kin_local(d, i + 1, w_used) &&
		    kis(d, i + 2, "by")) {
			const mention *m = actor_after(d, s, i + 3, 1, 0);
			if (m && m->gz != GZ_FIRM && !m->possessive &&
			    (m->gz != GZ_DEMONYM ||
			     (m->t1 < s->t1 && (kin_local(d, m->t1, w_armed_service) ||
						kis(d, m->t1, "air")))))
				return m;
		}
	}
	return NULL;
}

/* A seller other than the maker that an earlier deal of the document
 * names for the same buyer and a design c's goods share: second-hand
 * goods of that seller's, told again without it (deal.second_hand,
 * test_extract_deal_clauses.c); NULL if none. */
static const char *seller_of_same_design(const dctx *d, const cand *c, const char *rec,
					 const char *maker)
{
	size_t k, i, j;
	for (k = 0; k < d->ncands; k++) {
		const cand *p = &d->cands[k];
		if (p == c || p->dropped || p->anaphoric || p->maker_only || !p->directed ||
		    p->f.type != ENT_FACT_DEAL || p->f.nsuppliers != 1 ||
		    strcmp(p->f.recipient.s, rec) != 0 || strcmp(p->f.suppliers[0].s, maker) == 0)
			continue;
		for (i = 0; i < c->f.nitems; i++)
			for (j = 0; c->f.items[i].designation && j < p->f.nitems; j++)
				if (p->f.items[j].designation &&
				    strcmp(c->f.items[i].designation, p->f.items[j].designation) == 0)
					return p->f.suppliers[0].s;
	}
	return NULL;
}

/* "Russian minister X said that the planned delivery of these new U.S.
 * weapons to Ukraine ...": the noun of transfer at v opens, after "that"
 * and words without a name, a clause whose goods are of a named make (a
 * state before "to" or the end of the span); the sayer before "that"
 * (m, or whoever a later fallback would find when m is NULL) is no giver,
 * the make is (stop 47); nor is a speaker the giver of "arms sales to Y"
 * after "said that" (stop 67). */
static int others_goods_told(const dctx *d, const span *s, size_t v, const mention *m)
{
	size_t i, k;
	if (!KIN(d, v, w_supply_noun))
		return 0;
	for (i = v; i > s->t0 && i + 5 > v && d->t.v[i - 1].kind == TK_WORD &&
		    !d->t.v[i - 1].upper && !kis(d, i - 1, "that");
	     i--)
		;
	if (i <= s->t0 || !kis(d, i - 1, "that") || (m && m->t1 >= i))
		return 0;
	/* "The spokesperson said that arms sales to Taiwan (severely)
	 * violate ...": a sale of no named giver that a speaker calls harmful
	 * is none of the speaker's (stop 67) */
	if (v + 3 < s->t1 && kis(d, v + 1, "to") && i >= s->t0 + 2 &&
	    KIN(d, i - 2, w_speech_verb)) {
		static const char *w_harm_v[] = {"violate", "violates", "undermine", "undermines",
						 "threaten", "threatens", "endanger", "endangers",
						 "harm", "harms", "damage", "damages", "destabilize",
						 "destabilise", "destabilizes", "destabilises",
						 "breach", "breaches", "contravene", "contravenes",
						 NULL};
		const mention *y = mention_at(d, s, v + 2 + (kis(d, v + 2, "the") ? 1 : 0));
		size_t j = y ? y->t1 : v + 2;
		if (j < s->t1 && ly_adverb(d, j))
			j++;
		if (y && j < s->t1 && kin_local(d, j, w_harm_v))
			return 1;
	}
	if (v + 1 >= s->t1 || !kis(d, v + 1, "of"))
		return 0;
	for (k = s->m0; k < s->m1; k++) {
		const mention *g = M(d, k);
		if (g->t0 <= v + 1)
			continue;
		if (g->t0 > v + 7 || kis(d, g->t0 - 1, "to"))
			break;
		if (ent__is_state_mention(g) && g->gz != GZ_FIRM)
			return 1;
	}
	return 0;
}

/* "designed to exhaust Kyiv's supplies of air defenses", "has depleted its
 * supply of shells": the noun at v after a possessive (a state's or a
 * pronoun's) and a verb of using up is a stock, no transfer (stop 47). */
static int stock_used_up(const dctx *d, const span *s, size_t v)
{
	static const char *w_use_up[] = {"exhaust", "exhausts", "exhausted", "exhausting",
					 "deplete", "depletes", "depleted", "depleting", "drain",
					 "drains", "drained", "draining", "dwindling", NULL};
	static const char *w_poss[] = {"its", "their", "his", "her", "our", NULL};
	size_t p, e;
	const mention *m;
	if (!(kis(d, v, "supplies") || kis(d, v, "supply")) || v < s->t0 + 2)
		return 0;
	if (kin_local(d, v - 1, w_poss))
		p = v - 1;
	else if (((m = mention_at_end(d, s, v)) != NULL ||
		  (kis(d, v - 1, "'s") && (m = mention_at_end(d, s, v - 1)) != NULL)) &&
		 m->possessive)
		p = m->t0;
	else
		return 0;
	/* not when a clause after tells a transfer ("..., which the US
	 * delivered in 2023") */
	e = s->unit >= 0 && d->units[s->unit].t1 > s->t1 ? d->units[s->unit].t1 : s->t1;
	return p > s->t0 && kin_local(d, p - 1, w_use_up) &&
	       find_in(d, v + 1, e, w_supply_verb) == NONE &&
	       find_in(d, v + 1, e, w_delivered) == NONE;
}

/* Verbs and nouns of stopping sales (rule_deal, rule_recipient_list). */
static const char *w_ban[] = {"banned", "bans", "ban", "barred", "bars", "blocked",
			     "blocks", "blocking", "embargoed", "prohibited", "prohibits",
			     "prohibit", "prohibiting", "halted", "suspended", "froze", "frozen", "halt",
			     "halting", "suspend", "suspending", "banning",
			     "freezing", "freeze", "stopped", "stop", "stops",
			     "stopping", "ceased", "cease", "ceases", "paused",
			     "pauses", "pause", "pausing", "limit", "limits",
			     "limited", "limiting", "curb", "curbs", "curbed",
			     "curbing", "curtail", "curtails", "curtailed",
			     "curtailing", "restricts", "restricted", "restrict",
			     "restricting",
			     /* "X's veto has grounded the sale of jets to Y"
			      * (stop 60) */
			     "grounded", "grounds", "stalled", "stalls", "obstructed",
			     "obstructs", "vetoed", "vetoes", NULL};

/* Nouns of states, one or many ("the first country to", "one of the few
 * nations to"). */
static const char *w_group_noun_sg[] = {"country", "countries", "nation", "nations", "state",
					"states", NULL};

/* "Azerbaijan said some countries are preparing to supply weapons to Y",
 * "We know which countries are ready to supply": the verb at v has for
 * subject a plural noun of states with a determiner and no name, after
 * state m (or with m NULL, anywhere); m is no seller. */
static int unnamed_group_subject(const dctx *d, const span *s, size_t v, const mention *m)
{
	static const char *w_plural_n[] = {"countries", "nations", "states", "governments",
					   "allies", "partners", NULL};
	/* not "the two governments", "both countries": the pair named */
	static const char *w_quant[] = {"which", "what", "some", "other", "many", "several",
					"few", "certain",
					/* "Western countries have provided Y with"
					 * (stop 61) */
					"western", "foreign", "allied", "european", "donor",
					NULL};
	static const char *w_ready[] = {"preparing", "planning", "ready", "willing", "going",
					"about", "set", "expected", "likely", "poised", "keen",
					"seeking", "trying", "continue", "continuing", NULL};
	static const char *w_aux[] = {"has", "have", "had", "will", "would", "could", "may",
				      "might", "can", "also", "still", NULL};
	static const char *w_phase[] = {"stop", "halt", "end", "cease", "resume", "continue",
					"start", "begin", NULL};
	size_t i = v;
	if (i > s->t0 + 1 && kis(d, i - 1, "to") && kin_local(d, i - 2, w_ready))
		i -= 2;
	/* "urged other countries to (stop) supplying weapons to Y": the
	 * object of the call */
	if (i > s->t0 && kin_local(d, i - 1, w_phase))
		i--;
	if (i > s->t0 + 3 && kis(d, i - 1, "to") && kin_local(d, i - 2, w_plural_n) &&
	    kin_local(d, i - 3, w_quant))
		return 1;
	while (i > s->t0 && (KIN(d, i - 1, w_be) || kin_local(d, i - 1, w_aux) || ly_adverb(d, i - 1)))
		i--;
	/* "A and two other countries will supply": A is one of them; m NULL:
	 * no state named before the group */
	return i > s->t0 + 2 && (!m || i > m->t1 + 1) && kin_local(d, i - 1, w_plural_n) &&
	       kin_local(d, i - 2, w_quant) && !kis(d, i - 3, "and") &&
	       !(kis(d, i - 2, "other") && kis(d, i - 4, "and"));
}

/* The first token of the verb group ending at v: the auxiliaries and
 * adverbs before a verb ("have already been", "were formally"). */
static size_t verb_group_start(const dctx *d, const span *s, size_t v)
{
	static const char *w_aux[] = {"has", "have", "had", "will", "would", "also", "already",
				      "now", "just", "finally", "recently", NULL};
	/* "has also pledged (promised, agreed ...) to provide" */
	static const char *w_to_v[] = {"pledged", "promised", "agreed", "decided", "vowed",
				       "offered", "planned", "plans", "intends", "pledges",
				       "promises", "agrees", "decides", "vows", "offers", NULL};
	for (;;) {
		while (v > s->t0 &&
		       (KIN(d, v - 1, w_be) || kin_local(d, v - 1, w_aux) || ly_adverb(d, v - 1)))
			v--;
		if (v > s->t0 + 1 && kis(d, v - 1, "to") && kin_local(d, v - 2, w_to_v))
			v -= 2;
		else
			return v;
	}
}

/* The goods (a weapon mention) that end right before token t, or NULL. */
static const mention *weapon_ending_at(const dctx *d, const span *s, size_t t)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t1 == t && M(d, k)->kind == MK_ACTOR && M(d, k)->gz == GZ_WEAPON)
			return M(d, k);
	return NULL;
}

/* The goods (a weapon mention) that start at token t, or NULL. */
static const mention *weapon_starting_at(const dctx *d, const span *s, size_t t)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 == t && M(d, k)->kind == MK_ACTOR && M(d, k)->gz == GZ_WEAPON)
			return M(d, k);
	return NULL;
}

/* "The 12 jets sold to Y by X in 2017 cost ...": a participle of supply
 * right after its goods (a weapon ending at sv) and before "to" is a
 * passive without "be"; its agent after "by" sells. */
static int goods_participle(const dctx *d, const span *s, size_t sv)
{
	if (sv <= s->t0 || sv + 1 >= s->t1 || !kis(d, sv + 1, "to"))
		return 0;
	return weapon_ending_at(d, s, sv) != NULL;
}

/* "a British-supplied Storm Shadow": the state or demonym glued by a
 * hyphen to the participle of supply at sv, or NULL. */
static const mention *hyphen_supplier(const dctx *d, const span *s, size_t sv)
{
	size_t k;
	if (sv < s->t0 + 2 || !kis(d, sv - 1, "-"))
		return NULL;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 == sv - 1 && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    !m->possessive)
			return m;
	}
	return NULL;
}

/* "... Storm Shadow cruise missile fired by Ukraine (Ukrainian forces)":
 * the state (or demonym) after "fired / used / launched / operated /
 * flown / deployed by" within twelve words after sv, no full stop or
 * semicolon between, other than the seller; or NULL. */
static const mention *used_by_after(const dctx *d, const span *s, size_t sv,
				    const mention *sup)
{
	static const char *w_use_pp[] = {"fired", "used", "launched", "operated", "flown",
					 "deployed", "employed", NULL};
	size_t j;
	for (j = sv + 1; j + 2 < s->t1 && j < sv + 12; j++) {
		const mention *m;
		if (kis(d, j, ";") || kis(d, j, "."))
			return NULL;
		if (!kin_local(d, j, w_use_pp) || !kis(d, j + 1, "by"))
			continue;
		m = actor_after(d, s, j + 2, 1, 0);
		return m && m->gz != GZ_FIRM && !m->possessive && strcmp(m->code, sup->code) != 0
			       ? m
			       : NULL;
	}
	return NULL;
}

/* "with Israeli-supplied high-tech drones helping Azerbaijan in its
 * conflict": after the goods the participle of supply at sv qualifies (a
 * weapon within six words), within three words and no mark, a verb of
 * help and the state it helps (a name, or a demonym on its forces), other
 * than the seller; or NULL (stop 45). */
static const mention *helped_by_goods(const dctx *d, const span *s, size_t sv,
				      const mention *sup)
{
	static const char *w_help[] = {"helping", "helped", "help", "helps", "aiding", "aided",
				       "aid", "aids", "assisting", "assisted", NULL};
	static const char *w_forces[] = {"army", "navy", "military", "forces", "troops", NULL};
	const mention *g = NULL, *y;
	size_t k, v;
	for (k = s->m0; k < s->m1 && M(d, k)->t0 <= sv + 6; k++)
		if (M(d, k)->t0 > sv && M(d, k)->gz == GZ_WEAPON)
			g = M(d, k);
	if (!g)
		return NULL;
	for (v = g->t1; v < s->t1 && v < g->t1 + 3 && !kin_local(d, v, w_help); v++)
		if (d->t.v[v].kind == TK_PUNCT)
			return NULL;
	if (v + 1 >= s->t1 || !kin_local(d, v, w_help) || negated(d, s, v))
		return NULL;
	y = actor_after(d, s, v + 1 + (kis(d, v + 1, "the") ? 1 : 0), 0, 0);
	if (!y || !ent__is_state_mention(y) || y->gz == GZ_FIRM || y->possessive ||
	    (y->gz == GZ_DEMONYM && !(y->t1 < s->t1 && kin_local(d, y->t1, w_forces))) ||
	    !strcmp(sup->code, y->code))
		return NULL;
	return y;
}

/* "Azerbaijan used drones supplied by Turkey", "X's offensive involving
 * artillery and drones - largely supplied by Israel and Turkey": a
 * participle of supply right after its goods (a dash, a comma, an
 * adverb or "built and" between) whose agent follows "by"; the first token of the
 * goods, or NONE. */
static size_t goods_before_agent(const dctx *d, const span *s, size_t sv)
{
	const mention *m;
	size_t p = sv;
	if (sv + 1 >= s->t1 || !kis(d, sv + 1, "by"))
		return NONE;
	static const char *w_made[] = {"built", "made", "manufactured", "produced", "developed",
				       NULL};
	for (;;) {
		if (p > s->t0 && (ly_adverb(d, p - 1) || kis(d, p - 1, "-") || kis(d, p - 1, ",")))
			p--;
		else if (p > s->t0 + 1 && kis(d, p - 1, "and") && kin_local(d, p - 2, w_made))
			p -= 2; /* "vehicles built and supplied by" */
		else
			break;
	}
	m = weapon_ending_at(d, s, p);
	return m ? m->t0 : NONE;
}

/* "an agreement for (on) greater (closer) military co-operation", "a
 * defence cooperation agreement": a deal noun of cooperation at dn, a
 * tie of policy, no sale (stop 39). */
static int cooperation_at(const dctx *d, const span *s, size_t j)
{
	return kis(d, j, "cooperation") ||
	       (j + 2 < s->t1 && kis(d, j, "co") && kis(d, j + 1, "-") &&
		kis(d, j + 2, "operation"));
}

static int cooperation_pact(const dctx *d, const span *s, size_t dn)
{
	size_t j = dn + 1, n;
	if (dn > s->t0 && (kis(d, dn - 1, "cooperation") ||
			   (dn > s->t0 + 2 && cooperation_at(d, s, dn - 3))))
		return 1;
	if (j >= s->t1 || !(kis(d, j, "for") || kis(d, j, "on")))
		return 0;
	for (j++, n = 0; j < s->t1 && n < 3 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
			 !cooperation_at(d, s, j);
	     j++, n++)
		;
	return j < s->t1 && cooperation_at(d, s, j);
}

/* "their trilateral defence pact", "a mutual security pact": a pact of
 * defence or security is an alliance, no sale (stop 55). */
static int alliance_pact(const dctx *d, const span *s, size_t dn)
{
	static const char *w_alliance[] = {"defence", "defense", "security", "trilateral",
					   "mutual", "alliance", NULL};
	return dn > s->t0 && (kis(d, dn, "pact") || kis(d, dn, "pacts")) &&
	       kin_local(d, dn - 1, w_alliance);
}

/* "Pyongyang sent dozens of ballistic missiles that Moscow's troops
 * launch against Ukraine": the state whose forces use (fire, launch,
 * deploy) the goods in a relative clause right after them receives them
 * (stop 39); so does the state that the goods are "to be used by".  That
 * state, or NULL. */
static const mention *user_in_relative(const dctx *d, const span *s, size_t sv,
				       const mention *sup)
{
	static const char *w_user_v[] = {"use", "uses", "used", "fire", "fires", "fired",
					 "launch", "launches", "launched", "deploy", "deploys",
					 "deployed", "operate", "operates", NULL};
	static const char *w_forces_n[] = {"troops", "forces", "army", "military", "soldiers",
					   NULL};
	size_t k, j;
	for (k = s->m0; k < s->m1; k++) {
		const mention *w = M(d, k), *u;
		if (w->t0 <= sv || w->gz != GZ_WEAPON)
			continue;
		if (w->t0 > sv + 6)
			return NULL;
		j = w->t1;
		while (k + 1 < s->m1 && M(d, k + 1)->gz == GZ_WEAPON && M(d, k + 1)->t0 == j)
			j = M(d, ++k)->t1; /* "ballistic missiles" told as two */
		if (j + 3 < s->t1 &&
		    ((kis(d, j, "to") && kis(d, j + 1, "be") && kis(d, j + 2, "used")) ||
		     (kis(d, j, "for") && kis(d, j + 1, "use"))) &&
		    (kis(d, j + 2, "by") || kis(d, j + 3, "by"))) {
			/* "has given six helicopters to be used by (for use by)
			 * the Kenya Defence Forces" (stop 50) */
			j += kis(d, j + 2, "by") ? 3 : 4;
			if (j < s->t1 && kis(d, j, "the"))
				j++;
			u = mention_at(d, s, j);
			return u && u->t0 == j && ent__is_state_mention(u) && u->gz != GZ_FIRM &&
					       u->gz != GZ_DEMONYM && strcmp(u->code, sup->code)
				       ? u
				       : NULL;
		}
		if (j + 2 >= s->t1 || !(kis(d, j, "that") || kis(d, j, "which")))
			return NULL;
		u = mention_at(d, s, j + 1);
		if (!u || u->t0 != j + 1 || !ent__is_state_mention(u) || u->gz == GZ_FIRM ||
		    !strcmp(u->code, sup->code))
			return NULL;
		j = u->t1;
		if (j < s->t1 && kis(d, j, "'s"))
			j++;
		if (j < s->t1 && kin(d, j, w_forces_n))
			j++;
		return j < s->t1 && kin(d, j, w_user_v) ? u : NULL;
	}
	return NULL;
}

/* "The Philippines has so far purchased Korean-made warships and
 * aircraft totaling about $3 billion": purchases "so far (to date)" with
 * a sum "totaling (in total)" are an aggregate of many deals, none told
 * (stop 39). */
static int aggregate_purchases(const dctx *d, const span *s)
{
	static const char *w_total[] = {"totaling", "totalling", "totaled", "totalled", NULL};
	size_t i;
	int so_far = 0, total = 0;
	for (i = s->t0; i + 1 < s->t1; i++) {
		so_far |= (kis(d, i, "so") && kis(d, i + 1, "far")) ||
			  (kis(d, i, "to") && kis(d, i + 1, "date"));
		total |= kin(d, i, w_total) || (kis(d, i, "in") && kis(d, i + 1, "total"));
	}
	return so_far && total;
}

/* People on board ships that arrive for a visit or a drill. */
static const char *w_troops_n[] = {"soldiers", "troops", "sailors", "marines", "personnel",
				   NULL};

/* People a state after "from" tells the origin of, no seller: "the
 * fight against militants from Somalia, hence the need to procure" */
static const char *w_people_from[] = {"militants", "rebels", "insurgents",
				      "terrorists", "refugees", "migrants", "troops",
				      "soldiers", "mercenaries", "jihadists", "gunmen", NULL};

/* "Russia destroyed (threatened to destroy) the jets supplied to Ukraine
 * (by its allies)": a participle of supply right after goods, then "to"
 * a state, with no state as agent after "by" and no maker right before
 * the goods, tells goods someone unnamed gave; the subject of the
 * sentence's own verb gave nothing (stop 39).  Is sv such a participle? */
static int unnamed_giver_participle(const dctx *d, const span *s, size_t sv)
{
	static const char *w_part[] = {"supplied", "delivered", "sent", "provided", "given",
				       "transferred", "donated", "shipped", "gifted", NULL};
	const mention *g, *by;
	size_t q;
	if (sv + 2 >= s->t1 || !kin_local(d, sv, w_part) || !kis(d, sv + 1, "to") ||
	    !(g = weapon_ending_at(d, s, sv)) || g->t0 < s->t0 + 3)
		return 0;
	by = after_prep(d, s, sv, "by");
	if (by && ent__is_state_mention(by))
		return 0;
	/* the goods are an object: a lowercase word that is no verb of
	 * supply before their determiners, not the maker "Turkish drones" */
	const mention *w2;
	while (g->t0 > s->t0 && (w2 = weapon_ending_at(d, s, g->t0)) != NULL)
		g = w2; /* "Challenger tanks": a designation, then its kind */
	for (q = g->t0; q > s->t0 && (KIN(d, q - 1, w_det) || kis(d, q - 1, "all") ||
				      kis(d, q - 1, "any") ||
				      d->t.v[q - 1].kind == TK_NUM || KIN(d, q - 1, w_numwords) ||
				      (q == g->t0 && d->t.v[q - 1].kind == TK_WORD &&
				       d->t.v[q - 1].upper && !mention_at(d, s, q - 1)));
	     q--)
		;
	if (q == g->t0 && q > s->t0 && (w2 = mention_at(d, s, q - 1)) != NULL && w2->t1 == q &&
	    ent__is_state_mention(w2))
		return 0;
	return q > s->t0 && d->t.v[q - 1].kind == TK_WORD && !d->t.v[q - 1].upper &&
	       !KIN(d, q - 1, w_supply_verb) && !KIN(d, q - 1, w_buy_verb) &&
	       !kis(d, q - 1, "of") && !kis(d, q - 1, "with") && !KIN(d, q - 1, w_be) &&
	       !kis(d, q - 1, "has") && !kis(d, q - 1, "had") && !kis(d, q - 1, "have") &&
	       !kis(d, q - 1, "got"); /* "X had 24 drones delivered to Y" */
}

/* The state that has and uses the goods starting at token g (see
 * goods_before_agent): a possessor ("Azerbaijan's offensive involving
 * ...") or the subject of a verb of use ("Azerbaijan used / relies on /
 * fielded ..."), or NULL; a state that only speaks of them ("Armenia
 * condemned the use of drones supplied by X") is none. */
static const mention *user_of_goods(const dctx *d, const span *s, size_t g)
{
	static const char *w_use[] = {"used", "uses", "using", "use", "deployed", "deploys",
				      "deploying", "deploy", "operates", "operated", "operating",
				      "operate", "fielded", "fields", "relies", "relied", "rely",
				      "relying", "involving", "involved", "employed", "employs",
				      "employing", "has", "have", "had", "with", "flies", "flew",
				      "flown", "flying",
				      /* "showed off (displayed, paraded) armoured
				       * vehicles recently delivered by China" (stop 59) */
				      "showed", "shows", "displayed", "displays", "paraded",
				      "parades", "showcased", "showcases", "unveiled", "unveils",
				      NULL};
	const mention *m = actor_before(d, s, g, 10, 1);
	size_t i;
	if (!m || m->gz == GZ_FIRM)
		return NULL;
	for (i = m->t1; i < g; i++)
		if (kis(d, i, "use") && i > m->t1 && kis(d, i - 1, "the"))
			return NULL; /* "condemned the use of" */
	if (m->possessive)
		return m;
	for (i = m->t1; i < g; i++)
		if (kin_local(d, i, w_use))
			return m;
	return NULL;
}

/* Words rules below look for: prepositions of a transfer's parties,
 * conjunctions of time or cause, object pronouns, "via". */
static const char *w_to_from_by[] = {"to", "from", "by", NULL};
static const char *w_time_conj[] = {"after", "before", "when", "since", "because", "once",
				    "until", NULL};
static const char *w_it_them[] = {"it", "them", NULL};
static const char *w_via[] = {"via", NULL};

/* Is the verb at v a participle qualifying a noun after a determiner:
 * "the newly-inducted ships", "their recently acquired jets", or in a
 * list: "including newly inducted helicopters"? */
static int attributive_participle(const dctx *d, const span *s, size_t v)
{
	static const char *w_det_own[] = {"the", "its", "their", "these", "those", "his",
					  "her", "our", NULL};
	size_t a = v;
	if (a > s->t0 && kis(d, a - 1, "-"))
		a--;
	/* "the already delivered FREMM frigate" too (stop 65) */
	if (a <= s->t0 + 1 || !(ly_adverb(d, a - 1) || kis(d, a - 1, "already")))
		return 0;
	/* "platforms including newly inducted helicopters": in a list */
	return kin_local(d, a - 2, w_det_own) || kis(d, a - 2, "including") ||
	       kis(d, a - 2, "with");
}

/* "in this handout image obtained on April 20", "In this file photo
 * provided by the Iranian Army": a participle of getting or giving right
 * after a word of media or documents moves no goods. */
static int media_obtained(const dctx *d, const span *s, size_t v)
{
	static const char *w_media_n[] = {"image", "images", "photo", "photos", "photograph",
					  "photographs", "picture", "pictures", "video", "videos",
					  "footage", "document", "documents", "letter", "copy",
					  "recording", "screenshot", "data", NULL};
	static const char *w_got[] = {"obtained", "acquired", "received", "provided", "released",
				      "supplied", "distributed", "shared", NULL};
	return v > s->t0 && kin_local(d, v, w_got) && kin_local(d, v - 1, w_media_n);
}

/* "assurances previously provided to the United Kingdom by Ukrainian
 * officials": a participle of giving right after (over one adverb) a noun
 * of words or pledges gives no goods (stop 65). */
static int words_given(const dctx *d, const span *s, size_t v)
{
	static const char *w_words_n[] = {"assurances", "assurance", "reassurances",
					  "guarantees", "details", "explanations",
					  "clarifications", "answers", "briefings", "updates",
					  "information", NULL};
	size_t n = v;
	if (n > s->t0 && ly_adverb(d, n - 1))
		n--;
	return n > s->t0 && d->t.v[v].keylen > 3 && !strcmp(K(v) + d->t.v[v].keylen - 2, "ed") &&
	       kin_local(d, n - 1, w_words_n);
}

/* Words of order a received delivery may carry: "took first delivery of",
 * "accepted initial delivery of". */
static const char *w_delivery_order[] = {"first", "initial", "final", "formal", NULL};

/* Does a verb of taking at token v take a delivery ("took delivery",
 * "accepted initial delivery", "took possession of")? */
static int take_delivery_after(const dctx *d, const span *s, size_t v)
{
	size_t i = v + 1;
	/* "took their first delivery of", "took its first deliveries" */
	if (i < s->t1 && (kis(d, i, "their") || kis(d, i, "its") || kis(d, i, "the")))
		i++;
	if (i < s->t1 && kin_local(d, i, w_delivery_order))
		i++;
	/* "took possession (charge) of the Russian missiles" (charge: stop
	 * 54) */
	return i < s->t1 && (kis(d, i, "delivery") ||
			     ((kis(d, i, "possession") || kis(d, i, "charge")) && i + 1 < s->t1 &&
			      kis(d, i + 1, "of")));
}

/* "Moscow has started (began) supplying Su-35 jets to Tehran": a gerund of
 * supply at i after a past verb of starting, no hedge (stop 62). */
static int supply_begun(const dctx *d, const span *s, size_t i)
{
	/* stage_word asks for every token of a deal's span: the word's bit
	 * first, then its ending */
	return KIN(d, i, w_supply_verb) && i > s->t0 && ends_ing(K(i)) &&
	       (kis(d, i - 1, "started") || kis(d, i - 1, "began") || kis(d, i - 1, "begun")) &&
	       !hedged(d, s, i - 1);
}

/* "Iran is planning (plans, intends, is preparing) to send ballistic
 * missiles to Russia": a transfer planned is a deal reported, no standing
 * tie (stop 62). */
static int supply_planned(const dctx *d, const span *s, size_t sv)
{
	static const char *w_plan_v[] = {"planning", "plans", "planned", "plan", "intends",
					 "intend", "intending", "preparing", "prepares", "prepared",
					 NULL};
	return sv > s->t0 + 1 && kis(d, sv - 1, "to") && kin_local(d, sv - 2, w_plan_v) &&
	       KIN(d, sv, w_supply_verb) && !negated(d, s, sv - 2);
}

/* "The ministry has confirmed (announced) signing (finalising) a contract":
 * a gerund of signing right after a verb of telling done, a deal noun
 * after it (stop 62). */
static int signing_confirmed(const dctx *d, const span *s, size_t i)
{
	static const char *w_signing[] = {"signing", "finalising", "finalizing", "concluding",
					  NULL};
	static const char *w_told_v[] = {"confirmed", "announced", "confirms", "announces",
					 NULL};
	size_t j = i + 1;
	if (!kin_local(d, i, w_signing) || !kin_local(d, i - 1, w_told_v) || negated(d, s, i))
		return 0;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	return j < s->t1 && KIN(d, j, w_deal_noun);
}

/* "The air force has confirmed (announced, celebrated) the delivery of the
 * first two of six helicopters": a delivery told as done in the past, a
 * verb of telling right before "the" (stop 62). */
static int delivery_told(const dctx *d, const span *s, size_t i)
{
	static const char *w_told_done[] = {"confirmed", "announced", "celebrated", "marked",
					    "welcomed", "hailed", "seen", "witnessed", NULL};
	static const char *w_to_come[] = {"next", "will", "later", "soon", "upcoming", NULL};
	return i > s->t0 + 1 && kis(d, i - 1, "the") && kin_local(d, i - 2, w_told_done) &&
	       i + 1 < s->t1 && kis(d, i + 1, "of") && find_local(d, i, s->t1, w_to_come) == NONE;
}

/* "The Philippine Air Force has (also) seen (welcomed, celebrated,
 * confirmed) the (recent) delivery of the first two of 12 FA-50s": the
 * subject of a verb of witnessing before "the delivery of", with no "to"
 * after it, receives the goods; that state, or NULL (stop 63). */
static const mention *witness_of_delivery(const dctx *d, const span *s, size_t sv)
{
	/* not "announced (confirmed)": "the UK has announced the delivery
	 * of Challenger 2 tanks" gives them */
	static const char *w_witness_v[] = {"seen", "saw", "witnessed", "celebrated", "welcomed",
					    "hailed", NULL};
	const char *maker;
	const mention *m;
	size_t j = sv, n;
	if (sv < s->t0 + 3 || sv + 2 >= s->t1 ||
	    !(kis(d, sv, "delivery") || kis(d, sv, "deliveries")) || !kis(d, sv + 1, "of"))
		return NULL;
	for (n = 0; j > s->t0 + 1 && n < 2 && !kis(d, j - 1, "the") &&
		    d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper;
	     j--, n++)
		; /* "the recent (long-awaited) delivery" */
	if (!kis(d, j - 1, "the") || j < s->t0 + 3 || !kin_local(d, j - 2, w_witness_v) ||
	    negated(d, s, j - 2) || after_prep(d, s, sv, "to"))
		return NULL;
	m = actor_before(d, s, j - 2, 8, 1);
	if (!m && (m = actor_before(d, s, j - 2, 8, 0)) != NULL &&
	    !(m->gz == GZ_DEMONYM && m->t1 + 1 < s->t1 &&
	      (kin_local(d, m->t1, w_armed_service) || kis(d, m->t1, "air"))))
		m = NULL; /* "The Philippine Air Force has seen" */
	/* goods of another state's make only */
	if (!m || m->gz == GZ_FIRM || !ent__is_state_mention(m) ||
	    !(maker = designation_maker(d, s, NULL)) || !strcmp(maker, m->code))
		return NULL;
	return m;
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

/* "obtained (secured) deals / a $920 million contract / two orders":
 * at v a verb of getting whose object, over at most four words, is a
 * contract: won by the seller, no purchase and no delivery (rule_deal,
 * stage_word). */
/* "Argentina secures (a) deal with Denmark for 24 F-16 jets": a state
 * that secures a deal "with" another state (at token w) buys, unless the
 * goods are of its own make ("Korea secures deal with Poland for K9
 * howitzers" sells); a firm's deal is its sale (contract_won). */
static int buyer_secures(const dctx *d, const span *s, size_t v, size_t w)
{
	const mention *subj, *with;
	const char *maker;
	size_t e = 0;
	if (w + 1 >= s->t1 || !kis(d, w, "with") || !(with = named_state(d, s, w + 1, &e)) ||
	    with->possessive || with->gz == GZ_FIRM)
		return 0;
	subj = actor_before(d, s, v, 8, 0);
	if (!subj || subj->gz == GZ_FIRM || !strcmp(subj->code, with->code))
		return 0;
	maker = designation_maker(d, s, NULL);
	return !(maker && !strcmp(maker, subj->code));
}

static int contract_won(const dctx *d, const span *s, size_t v)
{
	static const char *w_get_v[] = {"obtained", "obtains", "secured", "secures", "landed",
					"bagged", "clinched", "received", "receives", NULL};
	static const char *w_contract_n[] = {"deal", "deals", "contract", "contracts", "order",
					     "orders", NULL};
	size_t j, n;
	if (K(v)[0] != 'o' && K(v)[0] != 's' && K(v)[0] != 'l' && K(v)[0] != 'b' &&
	    K(v)[0] != 'c' && K(v)[0] != 'r')
		return 0;
	if (!kin_local(d, v, w_get_v))
		return 0;
	for (j = v + 1, n = 0; j < s->t1 && n < 6; j++, n++) {
		if (kin_local(d, j, w_contract_n))
			return !buyer_secures(d, s, v, j + 1);
		if (kis(d, j, "(")) {
			/* "a 8.5 billion euro ($9.1 billion) order" */
			size_t q;
			for (q = j + 1; q < s->t1 && q < j + 6 && !kis(d, q, ")"); q++)
				;
			if (q < s->t1 && kis(d, q, ")") &&
			    (kis(d, j + 1, "$") || d->t.v[j + 1].kind == TK_NUM ||
			     (j + 2 < q && kis(d, j + 2, "$")))) {
				j = q;
				n--;
				continue;
			}
		}
		if (d->t.v[j].kind == TK_NUM || kis(d, j, "$") || kis(d, j, "-") ||
		    (j + 1 < s->t1 && kis(d, j + 1, "$")))
			continue; /* "a $920 million contract", "a US$1.2 billion deal" */
		if (d->t.v[j].kind == TK_PUNCT || d->t.v[j].upper || kis(d, j, "from") ||
		    kis(d, j, "to"))
			return 0;
		/* "received the first batch of its order": goods of an order */
		if (K(v)[0] == 'r' && (kis(d, j, "of") || kis(d, j, "its") || kis(d, j, "their")))
			return 0;
	}
	return 0;
}

/* Past verbs of supply that w_delivered leaves out for its other uses. */
static const char *w_supplied_past[] = {"exported", "provided", "gave", "leased", NULL};

/* "completed the delivery": the noun at i after "completed/completes
 * (the)" ("completed delivery of the last of 21 Boxer vehicles", stop
 * 59). */
static int completed_noun(const dctx *d, const span *s, size_t i)
{
	size_t j, v = i > s->t0 && kis(d, i - 1, "the") ? i - 2 : i - 1;
	if (i > s->t0 + 1 && (kis(d, v, "completed") || kis(d, v, "completes")))
		return 1;
	/* "France's delivery of six jets to Y was completed in 2023" */
	for (j = i + 1; j + 1 < s->t1 && j <= i + 12; j++) {
		if (kis(d, j, ";") || kis(d, j, ","))
			return 0;
		if (KIN(d, j, w_be) && kis(d, j + 1, "completed"))
			return 1;
	}
	return 0;
}

/* "made another shipment of military products to Y", "has made the first
 * delivery": the noun of a lot at i after "made" and at most two words of
 * a determiner or an ordinal (stop 54). */
static int made_noun(const dctx *d, const span *s, size_t i)
{
	static const char *w_lotn[] = {"shipment", "shipments", "delivery", "deliveries", NULL};
	static const char *w_which[] = {"a", "an", "another", "the", "its", "their", "first",
					"second", "third", "fourth", "latest", "new", "further",
					"final", "last", "initial", NULL};
	size_t j = i, n;
	if (!kin_local(d, i, w_lotn))
		return 0;
	for (n = 0; n < 2 && j > s->t0 && kin_local(d, j - 1, w_which); n++)
		j--;
	return j > s->t0 && kis(d, j - 1, "made");
}

/* "An order from Y for N tanks was placed": a noun of order up to twelve
 * tokens before the passive "placed" at i, no clause break between. */
static int order_before(const dctx *d, const span *s, size_t i)
{
	size_t j;
	for (j = i - 1; j > s->t0 && j + 12 > i; j--) {
		if (kis(d, j - 1, ";") || kis(d, j - 1, "."))
			return 0;
		if (kis(d, j - 1, "order") || kis(d, j - 1, "orders"))
			return 1;
	}
	return 0;
}

/* "Egypt imported 24 jets", "Serbia has imported drones", "were imported
 * from X": "imported" at i is a verb of goods received (after a name, an
 * auxiliary or an adverb), not the adjective of "the imported jets". */
static int imported_as_verb(const dctx *d, const span *s, size_t i)
{
	static const char *w_aux[] = {"has", "have", "had", "also", "already", NULL};
	const char *p;
	size_t n;
	if (i == s->t0)
		return 0;
	p = K(i - 1);
	n = strlen(p);
	return (d->t.v[i - 1].upper && d->t.v[i - 1].kind == TK_WORD && !KIN(d, i - 1, w_det) &&
		!kis(d, i - 1, "its") && !kis(d, i - 1, "their")) ||
	       KIN(d, i - 1, w_be) || kin_local(d, i - 1, w_aux) ||
	       (n > 3 && strcmp(p + n - 2, "ly") == 0);
}

/* "Y commissioned two X-built frigates": goods commissioned at i are put
 * into service, a delivery; not "commissioned X to build" (a contract),
 * "once/until/before it is commissioned" (still to come), nor a participle
 * opening the sentence ("Commissioned in 1979, the frigate ...": its first
 * service, with its maker's navy). */
static int commissioned_into_service(const dctx *d, const span *s, size_t i)
{
	static const char *w_not_yet[] = {"once", "until", "before", "when", NULL};
	size_t j;
	if (i == s->t0)
		return 0;
	for (j = i + 1; j + 1 < s->t1 && j <= i + 5; j++)
		if (kis(d, j, "to") && d->t.v[j + 1].kind == TK_WORD && !d->t.v[j + 1].upper &&
		    !KIN(d, j + 1, w_det))
			return 0;
	for (j = i > s->t0 + 3 ? i - 3 : s->t0; j < i; j++)
		if (kin_local(d, j, w_not_yet))
			return 0;
	return 1;
}

/* "Serbia has long bought arms from Russia", "has for decades bought",
 * "have traditionally bought": a verb of buying or supply with a habitual
 * adverb before it (over at most two words, no year in the span), or "for
 * (many) decades / years" after it in its clause, states a
 * supply relation with no stage, the null status (test_extract_false_facts2.c). */
static int habitual_verb(const dctx *d, const span *s, size_t v)
{
	static const char *w_habit[] = {"long", "traditionally", "historically", "always",
					"decades", "years", NULL};
	size_t j, k;
	int habit = 0;
	if (v == NONE || !(KIN(d, v, w_buy_verb) || KIN(d, v, w_supply_verb)))
		return 0;
	/* "has bought weapons from Y for (many) decades / years", after the
	 * verb in its clause */
	for (j = v + 1; j + 1 < s->t1 && j < v + 20 && !kis(d, j, ";") && !habit; j++) {
		size_t q = j + 1;
		if (!kis(d, j, "for"))
			continue;
		if (kis(d, q, "many") || kis(d, q, "several"))
			q++;
		habit = q < s->t1 && (kis(d, q, "decades") || kis(d, q, "years"));
	}
	for (j = v > s->t0 + 3 ? v - 3 : s->t0; j < v && !habit; j++)
		habit = kin_local(d, j, w_habit) &&
			!((kis(d, j, "decades") || kis(d, j, "years")) &&
			  (j == s->t0 || !kis(d, j - 1, "for")));
	if (!habit)
		return 0;
	/* a year in the span names the stage */
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_YEAR)
			return 0;
	return 1;
}

/* A headline tells a done event in the present ("Hungary, Sweden Sign
 * Gripen Deal", "Greece Buys 18 Jets", "Serbia Receives Drones", "X
 * Hands Over Jets to Y", "X Delivers ..."): the
 * stage a present verb of token i states there (what is only to come, "To
 * Buy", is left to stage_pending; nor is a modal's, "Must Buy"). */
static ent_status headline_stage(const dctx *d, size_t i)
{
	static const char *sign[] = {"sign", "signs", "ink", "inks", "seal", "seals", "buy",
				     "buys", NULL};
	static const char *get[] = {"receive", "receives", "delivers", "hands", "supplies",
				    "sends", "gifts", "donates", NULL};
	static const char *modal[] = {"must", "should", "may", "might", "can", "could", "cannot",
				      "not", "never", NULL};
	if (d->t.v[i].kind != TK_WORD || (i > 0 && kin_local(d, i - 1, modal)))
		return ENT_STATUS_NONE; /* "Poland Must Buy More Tanks" */
	if (kin_local(d, i, sign))
		return ENT_STATUS_SIGNED;
	if (kin_local(d, i, get))
		return ENT_STATUS_DELIVERED;
	return ENT_STATUS_NONE;
}

/* "agreed to push to finalise a new contract", "agreed to work towards a
 * deal": an agreement to strive for a deal is none yet; nor is one of
 * policy ("when it agreed to normalize relations with Israel", stop 54). */
static int agreed_to_try(const dctx *d, const span *s, size_t i)
{
	static const char *w_try[] = {"push", "work", "try", "seek", "strive", "aim", "explore",
				      "consider", "discuss", "negotiate", "finalise", "finalize",
				      "conclude", "continue", "speed", "expedite", "pursue",
				      "accelerate", "study", "look", "step", "normalize",
				      "normalise", "restore", "establish", NULL};
	return kis(d, i, "agreed") && i + 2 < s->t1 && kis(d, i + 1, "to") &&
	       kin_local(d, i + 2, w_try);
}

/* Is the clause before token i told in a past or perfect tense ("has
 * been expanding", "was"), with no word of what is to come or hedged? */
static int past_clause(const dctx *d, const span *s, size_t i)
{
	static const char *w_past_aux[] = {"has", "have", "had", "was", "were", NULL};
	return find_in(d, s->t0, i, w_past_aux) != NONE && find_in(d, s->t0, i, w_future) == NONE &&
	       find_in(d, s->t0, i, w_hedge) == NONE;
}

/* Is mention m right after "to (the)" and a word of supply ("their
 * subsequent delivery to Ukraine", "weapons sent to X")? */
static int given_to(const dctx *d, const span *s, const mention *m)
{
	size_t j = m->t0;
	if (j > s->t0 && kis(d, j - 1, "the"))
		j--;
	return j > s->t0 + 1 && kis(d, j - 1, "to") && KIN(d, j - 2, w_supply_verb);
}

/* "Russia has been a traditional supplier of Serbia, but the Rafale
 * purchase deal could ...": a noun of buying at bv that ends the noun
 * phrase opening a clause of contrast (", but (yet, while, whereas) the
 * ..."), with no "of", "from" or "by" after it, names a deal told
 * elsewhere, whose buyer is no state of the sentence (stop 42). */
static int noun_opens_contrast(const dctx *d, const span *s, size_t bv)
{
	static const char *w_contrast[] = {"but", "yet", "while", "whereas", NULL};
	size_t j, k;
	if (K(bv)[0] != 'p' && K(bv)[0] != 'a' && K(bv)[0] != 's')
		return 0;
	if (!(kis(d, bv, "purchase") || kis(d, bv, "purchases") || kis(d, bv, "acquisition") ||
	      kis(d, bv, "sale")))
		return 0;
	if (bv + 1 < s->t1 && (kis(d, bv + 1, "of") || kis(d, bv + 1, "from") ||
			       kis(d, bv + 1, "by") || kis(d, bv + 1, "to")))
		return 0;
	/* the span may be the clause itself, right after ", but" */
	for (j = s->t0 >= 2 ? s->t0 - 2 : 0; j + 2 < bv; j++) {
		if (!kis(d, j, ",") || !kin_local(d, j + 1, w_contrast) || !KIN(d, j + 2, w_det))
			continue;
		for (k = j + 3; k < bv && (d->t.v[k].kind == TK_WORD || kis(d, k, "-")) &&
				!KIN(d, k, w_be);
		     k++)
			;
		return k == bv && bv <= j + 8;
	}
	return 0;
}

/* The verb of receiving at i, its object (over up to three words of
 * mod) a word of the list what: "received final approval", "at risk of
 * receiving sanctions". */
static int received_object(const dctx *d, const span *s, size_t i, const char *const *what)
{
	static const char *verb[] = {"received", "receives", "receive", "receiving",
				     "obtained", "obtains", "won", "wins", "got", "gets",
				     "gained", "secured", NULL};
	static const char *mod[] = {"the", "a", "an", "final", "formal", "official",
				    "congressional", "initial", "its", "their", "us", "u.s",
				    "american", "western", "new", "further", "more", NULL};
	size_t j = i + 1;
	if (!kin_local(d, i, verb))
		return 0;
	while (j < s->t1 && j < i + 4 && kin_local(d, j, mod))
		j++;
	return j < s->t1 && kin_local(d, j, what);
}

/* "Two sales to Egypt received approval from the State Department",
 * "obtained final clearance": a verb of receiving at i whose object is
 * consent receives no goods (stop 42). */
static int consent_received(const dctx *d, const span *s, size_t i)
{
	static const char *consent[] = {"approval", "approvals", "clearance", "consent", "nod",
					"authorization", "authorisation", "permission", NULL};
	return received_object(d, s, i, consent);
}

/* "put India at risk of receiving sanctions from the U.S", "received
 * criticism (a warning, an invitation) from X": a verb of receiving at i
 * whose object is a sanction, a rebuke or a call receives no goods
 * (stop 52). */
static int rebuke_received(const dctx *d, const span *s, size_t i)
{
	static const char *rebuke[] = {"sanctions", "sanction", "penalties", "fines", "criticism",
				       "threats", "threat", "warning", "warnings", "invitation",
				       "invitations", "condemnation", "backlash", "rebuke", NULL};
	return received_object(d, s, i, rebuke);
}

/* "the advance payment has been received", "has received the advance
 * payment from India": a payment received is an order paid, no goods
 * delivered (stop 48). */
static int payment_received(const dctx *d, const span *s, size_t i)
{
	static const char *w_pay_n[] = {"payment", "payments", "instalment", "installment", NULL};
	size_t j;
	if (!kis(d, i, "received") && !kis(d, i, "receives") && !kis(d, i, "receive"))
		return 0;
	for (j = i + 1; j < s->t1 && j < i + 4; j++) /* "received the advance payment" */
		if (kin_local(d, j, w_pay_n))
			return 1;
	for (j = i; j > s->t0 && i - j < 4; j--) /* "the payment has been received" */
		if (kin_local(d, j - 1, w_pay_n))
			return 1;
	return 0;
}

/* "(and) sent Vice President Pence in his place", "sent its defence
 * minister": a verb of sending whose object is a person or a body of
 * people states no delivery (stop 42). */
static int sends_people(const dctx *d, const span *s, size_t i)
{
	static const char *people[] = {"troops", "soldiers", "delegation", "delegations",
				       "officials", "diplomats", "observers", NULL};
	size_t j = i + 1;
	if (!kis(d, i, "sent"))
		return 0;
	while (j < s->t1 && j < i + 5 &&
	       (KIN(d, j, w_det) || kis(d, j, "its") || kis(d, j, "his") || kis(d, j, "her") ||
		kis(d, j, "their") || KIN(d, j, w_title_mod)))
		j++;
	return j < s->t1 && (KIN(d, j, w_title) || kin(d, j, people));
}

/* "is due to receive its third frigate ... under the United States
 * programme to transfer excess defence articles": a state (or demonym)
 * right after "under (the, a)" before a noun of programme, after the verb
 * of buying at bv, is the one whose programme gives; not the buyer rec
 * (stop 61). */
static const mention *under_programme_of(const dctx *d, const span *s, size_t bv,
					 const mention *rec)
{
	static const char *w_prog_n[] = {"programme", "program", "scheme", "initiative",
					 "grant", "grants", "framework", "assistance", "aid",
					 "mechanism", "facility", "fund", NULL};
	size_t i;
	for (i = bv + 1; i + 2 < s->t1 && i < bv + 16; i++) {
		const mention *m;
		size_t j, n;
		if (kis(d, i, ";"))
			return NULL;
		if (!kis(d, i, "under"))
			continue;
		j = i + 1 + (KIN(d, i + 1, w_det) ? 1 : 0);
		m = mention_at(d, s, j);
		if (!m || m->t0 != j || !ent__is_state_mention(m) || m->gz == GZ_FIRM || !m->code ||
		    !strcmp(m->code, rec->code) || m->t1 >= s->t1)
			return NULL;
		/* "under Japan's Official Security Assistance (OSA) Framework",
		 * "under Germany's Enable and Enhance Initiative": the owner's
		 * programme, up to four words of its name between, an "and"
		 * among capitalised ones (stop 67) */
		j = m->t1 + (kis(d, m->t1, "'s") ? 1 : 0);
		for (n = 0; j + 1 < s->t1 && n < 4 && !kin_local(d, j, w_prog_n) &&
			    d->t.v[j].kind == TK_WORD &&
			    (m->possessive || d->t.v[j].upper) &&
			    (d->t.v[j].upper || !kis(d, j, "and") || d->t.v[j + 1].upper);
		     j++, n++)
			;
		return j < s->t1 && kin_local(d, j, w_prog_n) ? m : NULL;
	}
	return NULL;
}

/* "X was (is, became) the first (second, only) country (after Z) to
 * receive (operate) the F-35": a receipt told as done; is the verb at i
 * such? (stop 61) */
static int first_to_receive(const dctx *d, const span *s, size_t i)
{
	static const char *w_got[] = {"receive", "operate", "field", "fly", NULL};
	static const char *w_ordinal_r[] = {"first", "second", "third", "fourth", "fifth",
					    "only", "latest", NULL};
	static const char *w_holder_n[] = {"country", "nation", "state", "customer", "operator",
					   "user", "member", "ally", NULL};
	static const char *w_cop[] = {"was", "is", "became", "becomes", "become", NULL};
	size_t j;
	if (i < s->t0 + 4 || !kin_local(d, i, w_got) || !kis(d, i - 1, "to"))
		return 0;
	for (j = i - 1; j > s->t0 + 2 && j + 9 > i; j--)
		if (kin_local(d, j - 1, w_holder_n) && kin_local(d, j - 2, w_ordinal_r))
			break;
	if (j <= s->t0 + 2 || j + 9 <= i)
		return 0;
	j -= 2; /* at the rank */
	if (j > s->t0 && kis(d, j - 1, "the"))
		j--;
	return j > s->t0 && kin_local(d, j - 1, w_cop);
}

/* "including the potential supplies of S-400 systems": "supplies" after a
 * determiner or a word of what may come is a noun, no transfer made
 * (stop 61). */
static int supplies_noun(const dctx *d, const span *s, size_t i)
{
	static const char *w_may_adj[] = {"potential", "possible", "future", "planned",
					  "further", "proposed", "prospective", NULL};
	return kis(d, i, "supplies") && i > s->t0 &&
	       (KIN(d, i - 1, w_det) || kin_local(d, i - 1, w_may_adj));
}

/* "Shortly after Macron arrived in Belgrade, Y signed": a person (a leader,
 * a person the text named with a title, a title, "he / she") arrives at
 * i, no goods: no delivery (stop 61). */
static int person_arrived(const dctx *d, const span *s, size_t i)
{
	static const char *w_arrive[] = {"arrived", "arrives", "arriving", NULL};
	static const char *w_people[] = {"he", "she", "delegation", "delegations", "officials",
					 "troops", "soldiers", "envoy", NULL};
	size_t j = i, k;
	if (K(i)[0] != 'a' || !kin_local(d, i, w_arrive))
		return 0;
	while (j > s->t0 && (kis(d, j - 1, "had") || kis(d, j - 1, "has") ||
			     kis(d, j - 1, "just") || kis(d, j - 1, "finally")))
		j--;
	if (j <= s->t0)
		return 0;
	j--;
	if (kin_local(d, j, w_people) || KIN(d, j, w_title) || person_at(d, j))
		return 1;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t1 == j + 1 && M(d, k)->leader)
			return 1;
	return 0;
}

/* "Y's navy accepted six patrol boats from X": the verb at i, goods (no
 * deal, offer or proposal) after it and a state after "from" (stop 52). */
static int accepted_goods(const dctx *d, const span *s, size_t i)
{
	static const char *w_terms[] = {"offer", "offers", "proposal", "proposals", "bid",
					"bids", "terms", "invitation", NULL};
	size_t j = i + 1;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	return j < s->t1 && !KIN(d, j, w_deal_noun) && !kin_local(d, j, w_terms) &&
	       after_prep(d, s, i, "from");
}

/* ", making Poland the first NATO member to purchase (operate) them",
 * ", making Y the latest buyer (customer)": the state after "making", or
 * NULL (stop 55). */
static const mention *made_first_buyer(const dctx *d, const span *s)
{
	static const char *w_order_n[] = {"first", "second", "third", "latest", "newest", "fourth",
				       "fifth", NULL};
	static const char *w_buyer_n[] = {"buyer", "customer", "operator", "user", "importer",
					  "client", NULL};
	static const char *w_operate[] = {"operate", "field", "deploy", NULL};
	size_t i, j;
	for (i = s->t0 + 1; i + 4 < s->t1; i++) {
		const mention *m;
		if (!kis(d, i, "making") || !kis(d, i - 1, ","))
			continue;
		m = mention_at(d, s, i + 1);
		if (!m || m->t0 != i + 1 || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    m->possessive || m->t1 + 1 >= s->t1 || !kis(d, m->t1, "the") ||
		    !kin_local(d, m->t1 + 1, w_order_n))
			return NULL;
		/* only a party named before ("making Indonesia the third buyer"
		 * after a deal of two others names none) */
		for (j = s->m0; j < s->m1; j++)
			if (M(d, j)->t1 < i && M(d, j)->code && !strcmp(M(d, j)->code, m->code) &&
			    ent__is_state_mention(M(d, j)))
				break;
		if (j == s->m1)
			return NULL;
		for (j = m->t1 + 2; j < s->t1 && j < m->t1 + 10 && !kis(d, j, ","); j++) {
			if (kin_local(d, j, w_buyer_n))
				return m;
			if (kis(d, j - 1, "to") &&
			    (KIN(d, j, w_buy_verb) || kin_local(d, j, w_operate)))
				return m;
		}
		return NULL;
	}
	return NULL;
}

/* "the ministry handed an order (a contract) for 16 helicopters to
 * Airbus": "hand" whose object is a deal noun gives no goods (stop 55);
 * not "gave an order", which may be a command.  The deal noun's token,
 * or NONE. */
static size_t order_handed(const dctx *d, const span *s, size_t sv)
{
	static const char *w_hand_v[] = {"handed", "hands", "handing", NULL};
	size_t j = sv + 1;
	if (!kin_local(d, sv, w_hand_v))
		return NONE;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	if (j + 1 >= s->t1 || !(kis(d, j, "order") || kis(d, j, "contract")) ||
	    !kis(d, j + 1, "for"))
		return NONE;
	return j;
}

/* "India's 2019 gift of two interceptor vessels to Y", "the donation of
 * rifles by X to Y was welcomed": a noun of giving with a possessive or a
 * year before it and "of" goods after it, no hedge before it and no word of
 * what is to come after it in the span ("will be handed over next month"),
 * is a gift made (stop 55). */
static int gift_made(const dctx *d, const span *s, size_t i)
{
	static const char *w_gift_n[] = {"gift", "donation", NULL};
	static const char *w_unmade[] = {"planned", "proposed", "promised", "pledged", "offered",
					 "possible", "potential", "future", NULL};
	size_t j;
	if (!kin_local(d, i, w_gift_n) || i <= s->t0 || i + 2 >= s->t1 || !kis(d, i + 1, "of"))
		return 0;
	if (!(kis(d, i - 1, "'s") || d->t.v[i - 1].kind == TK_NUM || kis(d, i - 1, "the")) ||
	    kin_local(d, i - 1, w_unmade) || hedged(d, s, i))
		return 0;
	for (j = i + 2; j < s->t1 && j < i + 8; j++) {
		const mention *g = mention_at(d, s, j);
		if (g && g->gz == GZ_WEAPON)
			break;
	}
	if (j >= s->t1 || j >= i + 8)
		return 0;
	for (j = i + 2; j < s->t1; j++)
		if (KIN(d, j, w_future) && !kis(d, j, "to") && !kis(d, j, "not"))
			return 0;
	return 1;
}

/* "has postponed (delayed) the signing of a contract", "the postponement
 * of the signing of", "ahead of the signing of": the signing at the
 * "the" at token t is not yet done (stop 56). */
static int signing_put_off(const dctx *d, const span *s, size_t t)
{
	static const char *w_put_off[] = {"postponed", "postpones", "postpone", "delayed",
					  "delays", "delay", "deferred", "defers", "suspended",
					  "halted", "awaiting", "awaits", "await", "before",
					  "pending", NULL};
	static const char *w_put_off_n[] = {"postponement", "delay", "delays", "ahead",
					    "cancellation", "suspension", NULL};
	if (t <= s->t0)
		return 0;
	if (kin_local(d, t - 1, w_put_off))
		return 1;
	return t > s->t0 + 1 && kis(d, t - 1, "of") && kin_local(d, t - 2, w_put_off_n);
}

/* The stage token i states, or ENT_STATUS_NONE: "delivered" (delivered),
 * "ordered", "paid", "placed an order" (ordered), "signed", "bought"
 * (signed), "MoU" (mou). */
/* "with an average of one aircraft delivered per month": a word of
 * delivery at i followed by a rate ("per (a, each, every) month (year,
 * week, quarter)") tells a pace, planned or not, no delivery (stop 63). */
static int delivery_rate(const dctx *d, const span *s, size_t i)
{
	static const char *w_per[] = {"per", "a", "each", "every", NULL};
	static const char *w_period[] = {"month", "year", "week", "quarter", "day", NULL};
	return i + 2 < s->t1 && kin_local(d, i + 1, w_per) && kin_local(d, i + 2, w_period);
}

static ent_status stage_word(const dctx *d, const span *s, size_t i)
{
	if (KIN(d, i, w_mou))
		return ENT_STATUS_MOU;
	if (((K(i)[0] == 'r' && d->t.v[i].keylen == 7) ||
	     (K(i)[0] == 'o' && d->t.v[i].keylen == 7) ||
	     (K(i)[0] == 'f' && (d->t.v[i].keylen == 3 || d->t.v[i].keylen == 5))) &&
	    first_to_receive(d, s, i))
		return ENT_STATUS_DELIVERED; /* "the first country to receive" */
	/* "gave approval for the sale": consent given, no goods (stop 61) */
	if (K(i)[0] == 'g' && KIN(d, i, w_supply_verb) && approval_given(d, s, i))
		return ENT_STATUS_NONE;
	if (KIN(d, i, w_delivered) &&
	    (sends_people(d, s, i) || consent_received(d, s, i) || person_arrived(d, s, i) ||
	     delivery_rate(d, s, i)))
		return ENT_STATUS_NONE;
	if (K(i)[0] == 'h') { /* "handed an order (a contract) for" (stop 55) */
		size_t o = order_handed(d, s, i);
		if (o != NONE)
			return kis(d, o, "order") ? ENT_STATUS_ORDERED : ENT_STATUS_SIGNED;
	}
	if (K(i)[0] == 'r' && KIN(d, i, w_delivered) && payment_received(d, s, i))
		return ENT_STATUS_ORDERED;
	if (KIN(d, i, w_delivered))
		return contract_won(d, s, i) ? ENT_STATUS_SIGNED : ENT_STATUS_DELIVERED;
	if (d->t.v[i].keylen > 4 && K(i)[d->t.v[i].keylen - 1] == 'g' && supply_begun(d, s, i))
		return ENT_STATUS_DELIVERED; /* the ending first: every token comes here */
	if (d->t.v[i].keylen >= 6 && d->t.v[i].keylen <= 7 &&
	    ((K(i)[0] == 's' && K(i)[1] == 'e' && K(i)[2] == 'c') ||
	     (K(i)[0] == 'l' && K(i)[1] == 'a' && K(i)[2] == 'n') ||
	     (K(i)[0] == 'b' && K(i)[1] == 'a' && K(i)[2] == 'g')) &&
	    contract_won(d, s, i))
		return ENT_STATUS_SIGNED; /* "secured a contract to supply" */
	/* "X exported / provided / gave N jets to Y": a past verb of supply
	 * states a transfer made (the verb's bit rules out most tokens) */
	if (KIN(d, i, w_supply_verb) && (kis(d, i, "delivers") || kis(d, i, "supplies") ||
					 kin_local(d, i, w_supplied_past)) &&
	    !(i + 1 < s->t1 && kis(d, i + 1, "abroad")) && /* "has been exported abroad" */
	    !supplies_noun(d, s, i))
		return ENT_STATUS_DELIVERED;
	if (KIN(d, i, w_supply_verb) && i > s->t0 + 1 && kis(d, i - 1, "been") &&
	    (kis(d, i - 2, "has") || kis(d, i - 2, "have") || kis(d, i - 2, "had")) &&
	    ends_ing(K(i)))
		return ENT_STATUS_DELIVERED; /* "has been supplying Y with N since 2021" */
	if (KIN(d, i, w_buy_verb) && kis(d, i, "imported") && imported_as_verb(d, s, i))
		return ENT_STATUS_DELIVERED; /* "Egypt (has) imported 24 jets from X" */
	if (K(i)[0] == 'c' && kis(d, i, "commissioned") && commissioned_into_service(d, s, i))
		return ENT_STATUS_DELIVERED;
	if (K(i)[0] == 'a' && kis(d, i, "accepted") && accepted_goods(d, s, i))
		return ENT_STATUS_DELIVERED; /* "accepted six patrol boats from X" (stop 52) */
	if (kis(d, i, "delivery") &&
	    (take_delivery_at(d, s, i) != NONE || completed_noun(d, s, i) ||
	     delivery_told(d, s, i)))
		return ENT_STATUS_DELIVERED; /* "took / completed the delivery of" */
	if (((K(i)[0] == 's' && K(i)[1] == 'h') || (K(i)[0] == 'd' && K(i)[1] == 'e')) &&
	    d->t.v[i].keylen >= 8 && made_noun(d, s, i))
		return ENT_STATUS_DELIVERED; /* "made another shipment of" (stop 54) */
	if ((K(i)[0] == 'g' || K(i)[0] == 'd') && gift_made(d, s, i))
		return ENT_STATUS_DELIVERED; /* "India's 2019 gift of two vessels" */
	if ((K(i)[0] == 'p' || K(i)[0] == 'c') &&
	    (kis(d, i, "possession") || kis(d, i, "charge")) && i > s->t0 &&
	    KIN(d, i - 1, w_take) && take_delivery_after(d, s, i - 1))
		return ENT_STATUS_DELIVERED; /* "took possession (charge) of" */
	if (KIN(d, i, w_ordered))
		return ENT_STATUS_ORDERED;
	if ((kis(d, i, "order") || kis(d, i, "orders")) && i > s->t0 + 1 &&
	    (kis(d, i - 2, "placed") || kis(d, i - 1, "placed")))
		return ENT_STATUS_ORDERED; /* "placed an order" */
	if (i > s->t0 + 2 && KIN(d, i - 1, w_be) && kis(d, i, "placed") && order_before(d, s, i))
		return ENT_STATUS_ORDERED; /* "an order for N tanks was placed" */
	if (d->t.v[i].keylen == 5 && K(i)[0] == 'o' && kis(d, i, "order") && i > s->t0 &&
	    kis(d, i - 1, "on") &&
	    !(i + 1 < s->t1 && kis(d, i + 1, "to")))
		return ENT_STATUS_ORDERED; /* "has N jets on order from Y" (stop 48) */
	if (K(i)[0] == 'p' && kis(d, i, "preliminary") && i + 1 < s->t1 &&
	    KIN(d, i + 1, w_deal_noun))
		return ENT_STATUS_MOU; /* "a preliminary deal (agreement)" (stop 50) */
	if (K(i)[0] == 'e' && (kis(d, i, "entered") || kis(d, i, "enters")) && i + 2 < s->t1 &&
	    kis(d, i + 1, "into") && !KIN(d, i - 1, w_modal) && !hedged(d, s, i)) {
		/* "has entered into a deal worth $500 million to sell"
		 * (stop 50) */
		size_t j;
		for (j = i + 2; j < s->t1 && j < i + 8 && !KIN(d, j, w_deal_noun); j++)
			if (d->t.v[j].kind == TK_PUNCT && !kis(d, j, "$") && !kis(d, j, "-"))
				break;
		if (j < s->t1 && KIN(d, j, w_deal_noun) && !KIN(d, j, w_mou))
			return ENT_STATUS_SIGNED;
	}
	/* "had signed off on Y's request to purchase": an approval, no
	 * signing (stop 49) */
	if (KIN(d, i, w_signed) && !agreed_to_try(d, s, i) &&
	    !(i + 1 < s->t1 && kis(d, i + 1, "off")))
		return ENT_STATUS_SIGNED;
	if (K(i)[0] == 's' && kis(d, i, "signing") && i > s->t0 && kis(d, i - 1, ","))
		return ENT_STATUS_SIGNED; /* "X shifted to Y, signing a contract to buy" */
	if (d->t.v[i].keylen == 7 && K(i)[0] == 's' && kis(d, i, "signing") && i > s->t0 + 1 &&
	    i + 2 < s->t1 &&
	    kis(d, i + 1, "of") && (kis(d, i - 1, "the") || kis(d, i - 2, "the")) &&
	    !signing_put_off(d, s, kis(d, i - 1, "the") ? i - 1 : i - 2))
		return ENT_STATUS_SIGNED; /* "the 2014 signing of a contract" (stop 48) */
	if ((K(i)[0] == 's' || K(i)[0] == 'f') && d->t.v[i].keylen >= 7 &&
	    K(i)[d->t.v[i].keylen - 1] == 'g' && i > s->t0 + 1 && signing_confirmed(d, s, i))
		return ENT_STATUS_SIGNED; /* "has confirmed finalising a contract" (stop 62) */
	if (K(i)[0] == 'r' && kis(d, i, "receiving") && i > s->t0 && kis(d, i - 1, ",") &&
	    past_clause(d, s, i))
		return ENT_STATUS_DELIVERED; /* "X has expanded its fleet, receiving two
					      * jets from Y in 2005" (stop 34) */
	if ((kis(d, i, "purchase") || kis(d, i, "acquisition") || kis(d, i, "sale")) &&
	    ((i > s->t0 + 1 &&
	      (kis(d, i - 1, "the") || kis(d, i - 1, "its") || kis(d, i - 1, "their")) &&
	      (kis(d, i - 2, "confirmed") || kis(d, i - 2, "confirms"))) ||
	     completed_noun(d, s, i)))
		return ENT_STATUS_SIGNED; /* "Brazil has confirmed the (its: stop 62)
					   * purchase of ..." */
	if (s->unit >= 0 && d->units[s->unit].kind == UK_HEADING)
		return headline_stage(d, i);
	return ENT_STATUS_NONE;
}

/* Is the stage word at i only announced ("will deliver", "is due to be
 * delivered", "has yet to deliver")?  "began to deliver" is a delivery. */
static int stage_pending(const dctx *d, const span *s, size_t i)
{
	static const char *noun[] = {"delivery", "deliveries", "arrival", "arrivals", "supplies",
				     NULL};
	static const char *after[] = {"due", "expected", "scheduled", "slated", "will", "planned",
				      "set", NULL};
	static const char *w_begun[] = {"began", "begun", "started", "completed", "ended",
					"finished", "continued", "resumed", NULL};
	static const char *w_to_start[] = {"begin", "start", "commence", "occur", "arrive",
					   NULL};
	size_t j, from = i > s->t0 + 3 ? i - 3 : s->t0;
	if (first_to_receive(d, s, i))
		return 0; /* "was the first country to receive": done (stop 61) */
	/* "with the rest of deliveries to occur until 2027", "deliveries are
	 * due in 2026": a noun of the stage followed by what is to come */
	if (kin(d, i, noun) && i + 1 < s->t1) {
		static const char *w_awaited[] = {"anticipated", "awaited", "expected", "delayed",
						  "postponed", NULL};
		size_t n = i + 1;
		if (kin(d, n, after) || (n + 1 < s->t1 && KIN(d, n, w_be) && kin(d, n + 1, after)))
			return 1;
		/* "with the first deliveries starting in 2032": a start to come,
		 * unless its year is past (stop 55) */
		if (kis(d, n, "starting") || kis(d, n, "beginning") || kis(d, n, "commencing")) {
			const mention *y = n + 2 < s->t1 && kis(d, n + 1, "in")
						   ? mention_at(d, s, n + 2) : NULL;
			return !(y && y->kind == MK_YEAR && d->doc_year && y->year <= d->doc_year);
		}
		/* "signed a deal ..., with deliveries from 2026 to 2032" in a
		 * document of 2025: a year after the document's (stop 60) */
		if ((kis(d, n, "from") || kis(d, n, "between") || kis(d, n, "in") ||
		     kis(d, n, "by")) && n + 1 < s->t1 && d->doc_year) {
			const mention *y = mention_at(d, s, n + 1);
			if (y && y->t0 == n + 1 && y->kind == MK_YEAR && y->year > d->doc_year)
				return 1;
		}
		/* "its arrival had been (highly) anticipated" (stop 53) */
		for (j = n; j < s->t1 && j < n + 4 &&
			    (KIN(d, j, w_be) || kis(d, j, "been") || kis(d, j, "had") ||
			     kis(d, j, "has") || kis(d, j, "have") || ly_adverb(d, j));
		     j++)
			;
		if (j > n && j < s->t1 && kin_local(d, j, w_awaited))
			return 1;
		if (kis(d, n, "to") && n + 1 < s->t1 && d->t.v[n + 1].kind == TK_WORD &&
		    !d->t.v[n + 1].upper && !KIN(d, n + 1, w_det) && !kis(d, n + 1, "its") &&
		    !kis(d, n + 1, "their"))
			return 1;
		/* "Deliveries of the Barak MX systems to Slovakia are expected
		 * to begin in 2025", "Supplies of ... to X Expected to Start":
		 * the clause's first verb, past the noun's phrase (stop 38) */
		size_t lim = n + 16;
		if (kis(d, n, "of"))
			for (j = n + 1; j + 1 < s->t1 && j < lim; j++) {
				size_t kl = d->t.v[j].keylen;
				/* "systems purchased from Israel": a participle
				 * of the noun's phrase */
				int part = kl > 3 && K(j)[kl - 2] == 'e' && K(j)[kl - 1] == 'd' &&
					   d->t.v[j - 1].kind == TK_WORD && !KIN(d, j - 1, w_be) &&
					   !kis(d, j - 1, "has") && !kis(d, j - 1, "have") &&
					   !kis(d, j - 1, "had");
				if (kis(d, j, ",") && j + 2 < s->t1 && kis(d, j + 1, "which")) {
					/* "The deliveries of the ships, which
					 * will be able to ..., will be made":
					 * over the relative clause (stop 44) */
					size_t q = j + 2;
					while (q < s->t1 && q < j + 24 && !kis(d, q, ","))
						q++;
					if (q < s->t1 && kis(d, q, ",")) {
						lim += q - j;
						j = q;
						continue;
					}
				}
				if (kis(d, j, ",") || kis(d, j, ";") || kis(d, j, "(") ||
				    kin_local(d, j, w_begun) ||
				    ((KIN(d, j, w_supply_verb) || KIN(d, j, w_buy_verb)) && !part))
					break;
				if (kis(d, j, "will") || kis(d, j, "expected") ||
				    kis(d, j, "scheduled") || kis(d, j, "slated"))
					return 1;
				/* "Riga expects deliveries of its HIMARS to begin
				 * in 2027" (stop 62) */
				if (kis(d, j, "to") && j + 1 < s->t1 &&
				    kin_local(d, j + 1, w_to_start))
					return 1;
				/* "are to take place between 2028 and 2030" (stop
				 * 61) */
				if (KIN(d, j, w_be))
					return kin(d, j + 1, after) ||
					       (kis(d, j + 1, "to") && j + 2 < s->t1 &&
						d->t.v[j + 2].kind == TK_WORD &&
						!d->t.v[j + 2].upper);
			}
	}
	for (j = from; j < i; j++) {
		if (!KIN(d, j, w_future))
			continue;
		if (kis(d, j, "to") && j > s->t0 &&
		    (kis(d, j - 1, "began") || kis(d, j - 1, "started") || kis(d, j - 1, "begun") ||
		     kis(d, j - 1, "continued") || kis(d, j - 1, "continues")))
			continue;
		if (kis(d, j, "to") && j + 1 < i &&
		    (d->t.v[j + 1].upper || d->t.v[j + 1].kind != TK_WORD || KIN(d, j + 1, w_det)))
			continue; /* "the sale of jets to Qatar was signed": a place */
		return 1;
	}
	return 0;
}

/* The latest stage the span states (stage words that are only announced
 * do not count); *at receives the token of the word that states it. */
ent_status status_at(const dctx *d, const span *s, size_t *at)
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

/* Do stage words a and b state one stage?  "signed a memorandum ... in
 * 2020": the signing and the MoU it signs are one, so a year nearer the
 * MoU word dates the signing and the other way round; so are an order
 * and the contract it was placed under ("ordered under a contract inked
 * in August 2013"). */
static int same_stage(ent_status a, ent_status b)
{
	if (a == ENT_STATUS_MOU || a == ENT_STATUS_ORDERED)
		a = ENT_STATUS_SIGNED;
	if (b == ENT_STATUS_MOU || b == ENT_STATUS_ORDERED)
		b = ENT_STATUS_SIGNED;
	return a == b;
}

/* Is year y a date of what is scheduled: "starting (in) 2026", "beginning
 * in", "from 2026", "due (in)", "expected in", "scheduled (slated) for",
 * "a (delivery) date / deadline of 2023"? */
static int schedule_year(const dctx *d, const span *s, const mention *y)
{
	static const char *w_sched[] = {"starting", "beginning", "commencing", "from", "due",
					"expected", "scheduled", "slated", NULL};
	size_t j = y->t0;
	/* "with an expected delivery date of 2023", "a deadline of 2030" */
	if (j > s->t0 + 1 && kis(d, j - 1, "of") &&
	    (kis(d, j - 2, "date") || kis(d, j - 2, "deadline")))
		return 1;
	if (j > s->t0 && (kis(d, j - 1, "in") || kis(d, j - 1, "for")))
		j--;
	if (j > s->t0 && KIN(d, j - 1, w_det))
		return 0; /* "from the 2026 budget" */
	return j > s->t0 && kin_local(d, j - 1, w_sched) &&
	       !(kis(d, j - 1, "from") && y->t1 + 1 < s->t1 &&
		 (kis(d, y->t1, "to") || kis(d, y->t1, "until"))); /* "from 2019 to 2021" */
}

/* With no stage word to bind years to: the first year that counts and is
 * no date of a schedule; 0 when every such year is scheduled; -1 when the
 * span names none (year_in then reads "that year"). */
static int unscheduled_year(const dctx *d, const span *s)
{
	size_t k;
	int any = 0;
	for (k = s->m0; k < s->m1; k++) {
		const mention *y = M(d, k);
		if (!year_counts(d, s, y))
			continue;
		if (!schedule_year(d, s, y))
			return y->year;
		any = 1;
	}
	return any ? 0 : -1;
}

/* Is a hedge ("expected", "will", "may") between tokens a and b?  The
 * month "May" ("in May 2023") has no word bits (frames_words.c
 * month_may), so KIN passes over it. */
static int hedge_between(const dctx *d, size_t a, size_t b)
{
	size_t j;
	for (j = a; j < b; j++)
		if (KIN(d, j, w_hedge))
			return 1;
	return 0;
}

/* The year of the stage stated at token `at`: each year named in the span
 * belongs to the stage word nearest to it ("bought in 2021, and the first
 * six were delivered this year": 2021 is the purchase's, this year the
 * delivery's).  Returns the nearest year that belongs to the stage at `at`;
 * 0 when every year named belongs to another stage; -1 when no year is
 * named or no stage word is (the caller then takes the first year). */
int stage_year(const dctx *d, const span *s, size_t at)
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
		/* "signed a deal to deliver 18 jets starting in 2026", "with
		 * deliveries due in 2026": a year of the schedule to come is
		 * no year of a signing or an order */
		if (stage_word(d, s, at) != ENT_STATUS_DELIVERED && schedule_year(d, s, y))
			continue;
		/* "under a 2017 contract, X supplied ... by 2020": a year
		 * that qualifies a deal's noun is its signing's, not the
		 * delivery's */
		if (y->t1 < s->t1 && KIN(d, y->t1, w_deal_noun) &&
		    stage_word(d, s, at) == ENT_STATUS_DELIVERED)
			continue;
		/* "has confirmed the delivery of the first two, with the
		 * remainder expected to arrive before Q2 2024" in a document
		 * of 2023: a year after the document's, past a hedge, is no
		 * year of the delivery done (stop 62) */
		if (d->doc_year && y->year > d->doc_year && y->t0 > at &&
		    stage_word(d, s, at) == ENT_STATUS_DELIVERED && hedge_between(d, at, y->t0) &&
		    !stage_pending(d, s, at))
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
		/* "and the remaining six will be delivered in 2025": the year
		 * of a stage still to come dates no stage done (stop 57) */
		if (near != at && hedged(d, s, near))
			continue;
		ys = stage_word(d, s, near);
		if (same_stage(ys, stage_word(d, s, at)) && nd < bestd) {
			bestd = nd;
			best = y->year;
		}
	}
	return any ? best : -1;
}

/* Is state mention m named as a place, right after "in" or "at" (over
 * "the")?  "The crews are in Turkey for training": a place is no
 * antecedent of a subject "it/they". */
static int named_as_place(const dctx *d, const mention *m)
{
	size_t i = m->t0;
	if (i > 0 && kis(d, i - 1, "the"))
		i--;
	return i > 0 && (kis(d, i - 1, "in") || kis(d, i - 1, "at"));
}

/* "at the Shangri-La Dialogue in Singapore", "on the sidelines of the
 * summit in X": is state m the place of a gathering, right after "in"
 * (over "the") that follows a noun of meetings (stop 65)? */
static int venue_place(const dctx *d, const span *s, const mention *m)
{
	static const char *w_venue[] = {"dialogue", "summit", "conference", "forum", "show",
					"exhibition", "expo", "meeting", "meetings", "talks",
					"ceremony", "airshow", "fair", "congress", "session",
					NULL};
	size_t i = m->t0;
	if (i > s->t0 && kis(d, i - 1, "the"))
		i--;
	return i > s->t0 + 1 && kis(d, i - 1, "in") && kin_local(d, i - 2, w_venue);
}

/* "fighter aircraft that can (could, may, might) be delivered quickly": a
 * participle of supply at sv after a relative pronoun, a modal and "be",
 * in a sentence with no verb of buying or signing and no deal noun. */
static int could_be_supplied(const dctx *d, const span *s, size_t sv)
{
	static const char *w_can[] = {"can", "could", "may", "might", NULL};
	static const char *w_rel[] = {"that", "which", NULL};
	return sv >= s->t0 + 3 && kis(d, sv - 1, "be") && kin_local(d, sv - 2, w_can) &&
	       !d->t.v[sv - 2].upper && kin_local(d, sv - 3, w_rel) &&
	       find_in(d, s->t0, s->t1, w_buy_verb) == NONE &&
	       find_in(d, s->t0, s->t1, w_sign) == NONE &&
	       find_in(d, s->t0, s->t1, w_deal_noun) == NONE;
}

/* "The Philippine Navy is purchasing frigates from A and patrol boats
 * from B", "the Nigerian Air Force has ordered": a demonym and a noun of
 * an armed service (or of government) as the subject of the verb of buying
 * at bv, only auxiliaries between; the demonym, or NULL. */
static const mention *service_buyer(const dctx *d, const span *s, size_t bv)
{
	static const char *w_aux[] = {"is", "are", "was", "were", "has", "have", "had", "will",
				      "would", "also", "now", "recently", "already", "to", "be",
				      "been", NULL};
	size_t j = bv, n, k;
	/* "have officially received" (stop 59) */
	for (n = 0; j > s->t0 && n < 3 && (kin_local(d, j - 1, w_aux) || ly_adverb(d, j - 1));
	     j--, n++)
		;
	if (j <= s->t0 || !(kin_local(d, j - 1, w_armed_service) || KIN(d, j - 1, w_gov_noun)))
		return NULL;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->gz == GZ_DEMONYM && !m->possessive && m->t1 < j && m->t1 + 2 >= j &&
		    (m->t1 + 1 == j || kis(d, m->t1, "air") || kis(d, m->t1, "armed") ||
		     kis(d, m->t1, "coast")))
			return m;
	}
	return NULL;
}

/* Is demonym m of unit pu a service named with "the" ("the Nigerian Air
 * Force", "The Pakistani navy", "the Turkish government"), a subject a
 * later "it" may stand for? */
static int service_subject(const dctx *d, const unit *pu, const mention *m)
{
	size_t j;
	if (!(m->t0 == pu->t0 || (m->t0 > pu->t0 && kis(d, m->t0 - 1, "the"))))
		return 0;
	for (j = m->t1; j < pu->t1 && j < m->t1 + 2; j++)
		if (kin_local(d, j, w_armed_service) || kis(d, j, "government") ||
		    kis(d, j, "ministry"))
			return 1;
	return 0;
}

/* The subject of the main clause of unit pu when it opens with a fronted
 * clause ("Now that X and Y have drones, Z is feeling left out", "While X
 * talks, Z buys"): the state (name or capital, "the" allowed) right after
 * the first comma; NULL when pu opens otherwise (stop 36). */
static const mention *fronted_main_subject(const dctx *d, const unit *pu)
{
	static const char *w_subord[] = {"although", "though", "while", "whereas", "because",
					 "since", "as", "when", "once", "if", "after", "unless",
					 "now", "even", NULL};
	size_t c, k, at;
	if (pu->t0 + 3 >= pu->t1 || !kin(d, pu->t0, w_subord) ||
	    ((kis(d, pu->t0, "now") || kis(d, pu->t0, "even")) &&
	     !(kis(d, pu->t0 + 1, "that") || kis(d, pu->t0 + 1, "as") ||
	       kis(d, pu->t0 + 1, "though"))))
		return NULL;
	for (c = pu->t0 + 2; c + 1 < pu->t1 && !kis(d, c, ","); c++)
		;
	if (c + 1 >= pu->t1)
		return NULL;
	at = kis(d, c + 1, "the") ? c + 2 : c + 1;
	for (k = pu->m0; k < pu->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 == at && ent__is_state_mention(m) &&
		    (m->gz == GZ_STATE || m->gz == GZ_CAPITAL) && !m->possessive)
			return m;
	}
	return NULL;
}

/* Verbs of saying whose subject "it" may stand for (sayer_of_it,
 * opening_sayer). */
static const char *w_say_it[] = {"said", "says", "announced", "stated", "confirmed", "declared",
				 NULL};

/* "X's defence ministry said (on) Tuesday that it was selling ...",
 * "Warsaw said last week it had signed": "it / they" right before token i
 * after a verb of saying, with "that", a day ("today / yesterday") or
 * "last (this, earlier this) week / month / year" between, is the state of
 * the sayer (named up to three tokens before the verb of saying), or NULL.
 * The words between take the sayer past actor_before's reach (stop 39;
 * without the day, and with the week, stop 45). */
static const mention *sayer_of_it(const dctx *d, const span *s, size_t i)
{
	static const char *days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
				     "saturday", "sunday", "today", "yesterday", NULL};
	static const char *periods[] = {"week", "month", "year", NULL};
	if (i < s->t0 + 3 || !(kis(d, i - 1, "it") || kis(d, i - 1, "they")))
		return NULL;
	i--;
	if (kis(d, i - 1, "that"))
		i--;
	if (i > s->t0 + 1 && kin_local(d, i - 1, days)) {
		i--;
		if (kis(d, i - 1, "on"))
			i--;
	} else if (i > s->t0 + 2 && kin_local(d, i - 1, periods) &&
		   (kis(d, i - 2, "last") || kis(d, i - 2, "this"))) {
		i -= 2;
		if (kis(d, i - 1, "earlier"))
			i--;
	}
	if (i < s->t0 + 2 || !kin(d, i - 1, w_say_it))
		return NULL;
	return actor_before(d, s, i - 1, 3, 0);
}

/* sayer_of_it for a verb of supply at t, past its auxiliaries. */
static const mention *said_it(const dctx *d, const span *s, size_t t)
{
	static const char *skip[] = {"has", "had", "have", "is", "was", "were", "are", "will",
				     "would", "also", "to", NULL};
	size_t i = t;
	while (i > s->t0 && kin(d, i - 1, skip))
		i--;
	return sayer_of_it(d, s, i);
}

/* "The South Korean company said the contract ... will see it deliver":
 * the state (or demonym) that opens the sentence, over "the" and at most
 * two words in lower case after it, as the subject of a verb of saying,
 * is what the pronoun at p stands for when no state stands between that
 * verb and p; NULL otherwise (stop 46). */
static const mention *opening_sayer(const dctx *d, const span *s, size_t p)
{
	const mention *m = mention_at(d, s, kis(d, s->t0, "the") ? s->t0 + 1 : s->t0);
	size_t j, k;
	if (!m || !ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive)
		return NULL;
	for (j = m->t1; j < p && j < m->t1 + 2 && d->t.v[j].kind == TK_WORD &&
			!d->t.v[j].upper && !kin(d, j, w_say_it);
	     j++)
		;
	if (j >= p || !kin(d, j, w_say_it))
		return NULL;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 > j && M(d, k)->t0 < p && ent__is_state_mention(M(d, k)))
			return NULL;
	return m;
}

/* Is m the place of the dateline that opens unit u ("MELBOURNE,
 * Australia - ...": dateline_place over the whole unit)? */
static int unit_dateline(const dctx *d, int u, const mention *m)
{
	span us;
	memset(&us, 0, sizeof us);
	us.unit = u;
	us.t0 = d->units[u].t0;
	us.t1 = d->units[u].t1;
	us.m0 = d->units[u].m0;
	us.m1 = d->units[u].m1;
	us.subject = -1;
	return dateline_place(d, &us, m);
}

/* "Russia is experiencing glitches with the drones it purchased from
 * Iran": "it" at token p right after a plural noun of goods (a reduced
 * relative clause) stands for the last state named before it in the
 * sentence as a subject (a name or capital no preposition governs, no
 * possessive); or NULL (stop 65). */
static const mention *reduced_relative_subject(const dctx *d, const span *s, size_t p)
{
	const mention *best = NULL;
	size_t k, n;
	if (p < s->t0 + 2 || d->t.v[p - 1].kind != TK_WORD || d->t.v[p - 1].upper)
		return NULL;
	n = d->t.v[p - 1].keylen;
	if (!(in_weapon(d, s, p - 1) ||
	      (n > 3 && K(p - 1)[n - 1] == 's' && K(p - 1)[n - 2] != 's')) ||
	    KIN(d, p - 1, w_be) || kis(d, p - 1, "as") || kis(d, p - 1, "was"))
		return NULL;
	for (k = s->m0; k < s->m1 && M(d, k)->t1 < p; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || m->possessive ||
		    (m->gz != GZ_STATE && m->gz != GZ_CAPITAL))
			continue;
		if (m->t0 > s->t0 && (kin(d, m->t0 - 1, w_party_prep) || kis(d, m->t0 - 1, "in") ||
				      party_over_the(d, s, m)))
			continue;
		best = m;
	}
	return best;
}

/* "Last year it signed ...": the subject pronoun right before the verb at
 * t (over "has", "also", "reportedly" ...) stands for the first state the
 * unit before names as a name or capital. */
const mention *pronoun_subject(const dctx *d, const span *s, size_t t)
{
	static const char *skip[] = {"has", "had", "have", "also", "then", "later", "reportedly",
				     "already", "recently", "subsequently", "finally", "since",
				     "now", "wants", "plans", "intends", "hopes", "aims", "seeks",
				     "is", "was", "set", "expected", "to", "will", "would", "may",
				     "might", "could", "soon", "reportedly", "considering",
				     "continues", "continued", "continue", "still", "began", "begins",
				     "started", "starts", "decided", "decides", "used", NULL};
	const unit *pu;
	const mention *sayer;
	size_t i = t, k;
	int u;
	while (i > s->t0 && kin(d, i - 1, skip))
		i--;
	if (i == s->t0 || !(kis(d, i - 1, "it") || kis(d, i - 1, "they")))
		return NULL;
	if ((sayer = sayer_of_it(d, s, i)) != NULL)
		return sayer; /* "Warsaw said last week it had signed" */
	if ((sayer = opening_sayer(d, s, i - 1)) != NULL)
		return sayer; /* "The South Korean company said the contract will see it deliver" */
	if ((sayer = reduced_relative_subject(d, s, i - 1)) != NULL)
		return sayer; /* "Russia has glitches with the drones it purchased" */
	/* in a clause after another ("..., in return for which it
	 * receives ..."), the pronoun is the clause before's subject */
	if (s->subj_def)
		return s->subj_def;
	if (s->unit <= 0)
		return NULL;
	/* the first state of the unit before; a unit that names states only
	 * as places passes to the one before it */
	for (u = s->unit - 1; u >= 0 && u + 2 >= s->unit; u--) {
		int places = 0;
		const mention *ms;
		pu = &d->units[u];
		if ((ms = fronted_main_subject(d, pu)))
			return ms;
		for (k = pu->m0; k < pu->m1; k++) {
			const mention *m = M(d, k);
			if (ent__is_state_mention(m) && m->gz == GZ_DEMONYM && service_subject(d, pu, m))
				return m; /* "The Nigerian Air Force plans ... It will" */
			if (!ent__is_state_mention(m) || (m->gz != GZ_STATE && m->gz != GZ_CAPITAL) ||
			    described_possessor(d, m, pu->t1))
				continue;
			if (!named_as_place(d, m) && !unit_dateline(d, u, m))
				return m;
			places = 1;
		}
		if (!places)
			return NULL;
	}
	return NULL;
}

/* modals before a word of supply that make it a verb ("will supply") */
static const char *w_modal_before_supply[] = {"will", "would", "shall", "can", "could", "may",
					      "might", "must", NULL};

/* "The delivery of the jets could lead to tensions with X, who ...",
 * "the sale angered Y": a verb of consequence between the deal's word at
 * a and token b; the states after it are no parties. */
static int consequence_between(const dctx *d, const span *s, size_t a, size_t b)
{
	static const char *w_lead[] = {"lead", "leads", "led", "leading", NULL};
	static const char *w_cause[] = {"sparked", "sparks", "spark", "triggered", "triggers",
					"trigger", "provoked", "provokes", "provoke", "angered",
					"angers", "anger", "alarmed", "alarms", "alarm", "fuelled",
					"fueled", "fuels", "fuel", "strained", "strains", "strain",
					NULL};
	size_t i;
	for (i = a + 1; i < b && i < s->t1; i++)
		if ((kin_local(d, i, w_lead) && i + 1 < s->t1 && kis(d, i + 1, "to")) ||
		    kin_local(d, i, w_cause))
			return 1;
	return 0;
}

/* Does a clause of contrast open between tokens a and b: "whereas", or
 * ", while" ("Israel supplied boats for the Navy whereas tanks arrived
 * from Ukraine and Russia": the states after it are another clause's)? */
static int contrast_between(const dctx *d, const span *s, size_t a, size_t b)
{
	size_t i;
	for (i = a + 1; i < b && i < s->t1; i++)
		if (kis(d, i, "whereas") || (kis(d, i, "while") && kis(d, i - 1, ",")))
			return 1;
	return 0;
}

/* Does the possessive m own a body of its state ("China's defence
 * ministry", "Y's government", "Y's navy"), up to two words before the
 * noun?  Such a body stands for the state and may own "its". */
static int owns_body(const dctx *d, const span *s, const mention *m)
{
	static const char *w_body_n[] = {"ministry", "navy", "force", "air", "coast", "guard",
					 "department", "president", "minister", NULL};
	size_t j = m->t1 + 1, n;
	for (n = 0; j < s->t1 && n < 3; j++, n++)
		if (KIN(d, j, w_gov_noun) || kin_local(d, j, w_body_n))
			return 1;
	return 0;
}

/* Does ", as / because / since / while / whereas / although" open a
 * clause of reason or contrast in [from, to)? */
static int reason_clause_between(const dctx *d, size_t from, size_t to)
{
	static const char *w_sub[] = {"as", "because", "since", "while", "whereas", "although",
				      "though", NULL};
	size_t i;
	for (i = from; i + 1 < to; i++)
		if (kis(d, i, ",") && kin_local(d, i + 1, w_sub))
			return 1;
	return 0;
}

/* "China reacted angrily to the US earlier this month approving a package
 * of arms sales to Taiwan": a state right before a gerund of approval (over
 * up to four words in small letters: "earlier this month") that comes at
 * most eight tokens before the noun of supply at sv is the seller (stop
 * 57); so is the owner of "X's (recent) decision (move, plan) to approve"
 * (stop 59); or NULL. */
static const mention *approving_gerund_subject(const dctx *d, const span *s, size_t sv)
{
	static const char *w_ok_ing[] = {"approving", "authorising", "authorizing", "clearing",
					 "okaying", "announcing", NULL};
	static const char *w_ok_inf[] = {"approve", "authorise", "authorize", "clear", NULL};
	static const char *w_resolve_n[] = {"decision", "move", "plan", NULL};
	size_t g, k, q;
	for (g = sv; g > s->t0 + 1 && g + 8 > sv && !kin_local(d, g - 1, w_ok_ing); g--)
		if (g >= s->t0 + 4 && kin_local(d, g - 1, w_ok_inf) && kis(d, g - 2, "to") &&
		    kin_local(d, g - 3, w_resolve_n)) {
			/* "The United States' recent decision to approve a
			 * record $11.1 billion arms sale": the owner of the
			 * decision, up to one word between (stop 59) */
			const mention *m = possessor_over(d, s, g - 3, s->t0);
			return m && ent__is_state_mention(m) && m->gz != GZ_FIRM ? m : NULL;
		}
	if (g <= s->t0 + 1 || !kin_local(d, g - 1, w_ok_ing))
		return NULL;
	g--;
	for (k = s->m1; k > s->m0; k--) {
		const mention *m = M(d, k - 1);
		if (m->t1 > g)
			continue;
		if (m->t1 + 4 < g || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    m->possessive)
			return NULL;
		for (q = m->t1; q < g; q++)
			if (d->t.v[q].kind != TK_WORD || d->t.v[q].upper)
				return NULL;
		return m;
	}
	return NULL;
}

/* Nouns of consent given to a sale: "approval (permission, clearance)
 * for" (approval_given, export_approved; stop 61). */
static const char *w_consent_n[] = {"approval", "permission", "clearance", "authorisation",
				    "authorization", NULL};

/* "gave (has given, granted) (preliminary, final) approval (permission,
 * clearance) for": a verb of giving at v whose object is consent to what
 * follows "for". */
static int approval_given(const dctx *d, const span *s, size_t v)
{
	size_t j = v + 1;
	while (j < s->t1 && j < v + 3 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
	       !kin_local(d, j, w_consent_n))
		j++;
	return j + 1 < s->t1 && kin_local(d, j, w_consent_n) && kis(d, j + 1, "for");
}

/* "The US approved (cleared, authorised) the sale of NASAMS to Taiwan",
 * "has given (preliminary) approval for (foreign military) sales of": the
 * state that approves its own export is the seller named right before the
 * verb, whatever the goods' maker. */
static int export_approved(const dctx *d, const span *s, const mention *sup, size_t sv)
{
	static const char *w_approve[] = {"approved", "approves", "approve", "cleared",
					  "clears", "authorised", "authorized", "authorises",
					  "authorizes", "okayed", NULL};
	size_t v = sv;
	if (v > s->t0 && (kis(d, v - 1, "the") || kis(d, v - 1, "a") || kis(d, v - 1, "an")))
		v--;
	/* "has given (preliminary) approval for (foreign military) sales of"
	 * (stop 61) */
	while (v > s->t0 + 1 && v + 3 > sv && d->t.v[v - 1].kind == TK_WORD &&
	       !d->t.v[v - 1].upper && !kis(d, v - 1, "for"))
		v--;
	if (v > s->t0 + 2 && kis(d, v - 1, "for") &&
	    (kin_local(d, v - 2, w_consent_n) || kis(d, v - 2, "approvals")) &&
	    sup->t1 + 5 >= v - 2 && sup->t1 <= v - 2)
		return 1;
	v = sv;
	/* "cleared a $4.7 billion sale": over the sum (stop 65) */
	if (v > s->t0) {
		const mention *mv = mention_at_end(d, s, v);
		if (mv && mv->kind == MK_MONEY && mv->t0 > s->t0)
			v = mv->t0;
	}
	if (v > s->t0 && (kis(d, v - 1, "the") || kis(d, v - 1, "a") || kis(d, v - 1, "an")))
		v--;
	return v > s->t0 + 1 && kin_local(d, v - 1, w_approve) && sup->t1 + 3 >= v - 1 &&
	       sup->t1 <= v - 1;
}

/* Does mention m name the state of an official: a state (no firm) as a
 * possessive ("X's president"), a leader, or before a title past its
 * modifiers ("Norwegian Prime Minister Jonas Store")?  his_country,
 * to_his_country. */
static int names_official(const dctx *d, const span *s, const mention *m)
{
	size_t j = m->t1;
	while (j < s->t1 && KIN(d, j, w_title_mod))
		j++;
	return ent__is_state_mention(m) && m->gz != GZ_FIRM &&
	       (m->possessive || m->leader || (j < s->t1 && KIN(d, j, w_title)));
}

/* "X's president said on Monday that his country will purchase": "his /
 * her country (nation, government)" as the subject of the verb at t (up
 * to four words between) is the state of the person before it in the
 * sentence: a possessor ("X's president") or a leader's state, the
 * nearest before "his"; NULL otherwise. */
static const mention *his_country(const dctx *d, const span *s, size_t t)
{
	static const char *noun[] = {"country", "nation", "government", NULL};
	size_t h, k;
	const mention *p = NULL;
	for (h = t; h > s->t0 + 1 && h + 6 > t; h--)
		if ((kis(d, h - 2, "his") || kis(d, h - 2, "her")) && kin_local(d, h - 1, noun))
			break;
	if (h <= s->t0 + 1 || h + 6 <= t)
		return NULL;
	for (k = h; k < t; k++)
		if (d->t.v[k].kind != TK_WORD || d->t.v[k].upper)
			return NULL; /* only auxiliaries: "will", "is to", "plans to" */
	for (k = s->m0; k < s->m1 && M(d, k)->t1 <= h - 2; k++)
		if (names_official(d, s, M(d, k)))
			p = M(d, k);
	return p;
}

/* "the delivery of shells from Rheinmetall's Spanish subsidiary", "a
 * Polish plant of the firm": a demonym right before a noun of a maker's
 * site or branch, or the firm named after it and a comma, tells where the
 * goods are made: no party of the open pair (stop 52). */
static int maker_site(const dctx *d, const span *s, const mention *m)
{
	static const char *w_site[] = {"subsidiary", "subsidiaries", "plant", "plants", "factory",
				       "factories", "affiliate", "branch", "division", NULL};
	if (m->gz == GZ_FIRM && m->t0 >= s->t0 + 2 && kis(d, m->t0 - 1, ",") &&
	    kin_local(d, m->t0 - 2, w_site))
		return 1; /* "its Spanish subsidiary, Rheinmetall Expal Munitions" */
	return m->gz == GZ_DEMONYM && m->t1 < s->t1 && kin_local(d, m->t1, w_site);
}

/* "to fight alongside French troops", "French, European and United
 * Nations troops": a demonym whose noun (past a list of names, at most six
 * words on) is one of armed people or forces names no party of a
 * transfer. */
static int demonym_of_people(const dctx *d, const span *s, const mention *m)
{
	/* not officials, who may sign ("Polish officials inked a deal",
	 * body_signs) */
	static const char *w_people_n[] = {"troops", "soldiers", "forces", "fighters",
					   "peacekeepers", "mercenaries", "contingent",
					   "contingents", "citizens", "nationals", NULL};
	size_t j;
	if (m->gz != GZ_DEMONYM)
		return 0;
	for (j = m->t1; j < s->t1 && j < m->t1 + 6; j++) {
		if (kin_local(d, j, w_people_n))
			return 1;
		if (!(kis(d, j, ",") || kis(d, j, "and") ||
		      (d->t.v[j].kind == TK_WORD && d->t.v[j].upper)))
			return 0;
	}
	return 0;
}

/* "Ukraine will receive five air defence systems from the allies. ...
 * Italy will also provide an additional SAMP-T system": a verb of supply
 * at sv with a seller sup and no recipient, "also" right before it (past
 * a modal) or "additional / more" within three words after it, goes to
 * the buyer told before without a seller (lone_buyer, in its paragraph or
 * the two before) or, else, the recipient of the latest deal of the text,
 * in its paragraph or the one before, when that is not sup; *out a
 * mention of it. */
static int also_recipient(const dctx *d, const span *s, size_t sv, const mention *sup,
			  mention *out)
{
	static const char *w_more[] = {"additional", "more", "another", "further", NULL};
	size_t j, q;
	int also = 0, para;
	for (j = sv; j > s->t0 && j + 3 > sv && !also; j--)
		also = kis(d, j - 1, "also");
	for (j = sv + 1; j < s->t1 && j < sv + 4 && !also; j++)
		also = kin_local(d, j, w_more);
	if (!also || s->unit < 0)
		return 0;
	para = d->units[s->unit].para;
	if (d->lone_buyer_unit >= 0 && d->lone_buyer_unit < s->unit &&
	    d->units[d->lone_buyer_unit].para + 2 >= para && strcmp(d->lone_buyer, sup->code) != 0) {
		code_mention(out, d->lone_buyer);
		return 1;
	}
	for (q = d->ncands; q > 0; q--) {
		const cand *c = &d->cands[q - 1];
		/* or in a clause before this one ("X delivered three batteries
		 * to Y, while Z has provided three more"; stop 64) */
		if (c->dropped || c->f.type != ENT_FACT_DEAL || !c->directed || c->unit < 0 ||
		    c->unit > s->unit ||
		    (c->unit == s->unit && s->t0 <= d->units[s->unit].t0))
			continue;
		if (d->units[c->unit].para + 1 < para || !strcmp(c->f.recipient.s, sup->code))
			return 0;
		code_mention(out, c->f.recipient.s);
		return 1;
	}
	return 0;
}

/* "The US approved ... the sale of F-16s to Jordan. Meanwhile, Saudi
 * Arabia was okayed (approved, cleared, authorized) to buy 31 terminals":
 * a buyer rec "was approved to buy" at bv with no seller buys from the
 * seller of the latest approval (a deal reported) of another buyer told in
 * its paragraph or the four before; *out a mention of that seller. */
static const char *w_ok_v[] = {"approved", "okayed", "cleared", "authorized", "authorised", NULL};

static int approved_to_buy(const dctx *d, const span *s, size_t bv, const mention *rec,
			   mention *out)
{
	size_t q;
	int para;
	if (bv < s->t0 + 3 || !kis(d, bv - 1, "to") || !kin_local(d, bv - 2, w_ok_v) ||
	    !KIN(d, bv - 3, w_be) || s->unit < 0)
		return 0;
	para = d->units[s->unit].para;
	for (q = d->ncands; q > 0; q--) {
		const cand *c = &d->cands[q - 1];
		if (c->dropped || c->f.type != ENT_FACT_DEAL || !c->directed || c->unit < 0 ||
		    c->unit >= s->unit)
			continue;
		if (d->units[c->unit].para + 4 < para)
			return 0;
		if (c->f.status != ENT_STATUS_REPORTED || c->f.nsuppliers != 1 ||
		    !strcmp(c->f.recipient.s, rec->code) ||
		    !strcmp(c->f.suppliers[0].s, rec->code))
			continue;
		code_mention(out, c->f.suppliers[0].s);
		return 1;
	}
	return 0;
}

/* "Morocco has been cleared (recently) by the US administration to buy 25
 * F-16s": the agent of a passive approval right before "to" and the verb
 * of buying at bv sells, the subject of the approval buys.  Returns the
 * agent and sets *rec to that subject (stop 67), or NULL. */
static const mention *approver_by(const dctx *d, const span *s, size_t bv,
				  const mention **rec)
{
	const mention *m, *sb;
	size_t b, v;
	if (bv < s->t0 + 5 || !kis(d, bv - 1, "to"))
		return NULL;
	m = mention_at_end(d, s, bv - 1);
	if (!m && KIN(d, bv - 2, w_gov_noun))
		m = mention_at_end(d, s, bv - 2); /* "by the US administration" */
	if (!m || !ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive)
		return NULL;
	b = m->t0 > s->t0 && kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
	if (b < s->t0 + 3 || !kis(d, b - 1, "by"))
		return NULL;
	v = b - 2;
	if (!kin_local(d, v, w_ok_v) && ly_adverb(d, v))
		v--; /* "cleared recently by" */
	if (v <= s->t0 || !kin_local(d, v, w_ok_v) ||
	    !(KIN(d, v - 1, w_be) || ly_adverb(d, v - 1)))
		return NULL;
	sb = actor_before(d, s, v, 4, 0);
	if (!sb || !strcmp(sb->code, m->code))
		return NULL;
	*rec = sb;
	return m;
}

/* "China Shipbuilding Industry Corp announced ... Pakistan has purchased
 * eight submarines from the shipbuilder": "from the <noun of a firm>"
 * within eight words after the verb of buying at bv, with no name after
 * the noun, is the latest firm the text named before the sentence, in
 * its paragraph or the two before, of a state other than the buyer rec;
 * *out a mention of that firm's state. */
static int firm_referred(const dctx *d, const span *s, size_t bv, const mention *rec,
			 mention *out)
{
	static const char *w_firm_n[] = {"shipbuilder", "shipyard", "manufacturer", "maker",
					  "company", "firm", "contractor", "corporation",
					  "producer", "builder", "manufacturers", NULL};
	size_t j, k;
	int para, u;
	for (j = bv + 1; j + 2 < s->t1 && j < bv + 8; j++)
		if (kis(d, j, "from") && kis(d, j + 1, "the") && kin_local(d, j + 2, w_firm_n))
			break;
	if (j + 2 >= s->t1 || j >= bv + 8 || s->unit < 0 ||
	    (j + 3 < s->t1 && d->t.v[j + 3].upper))
		return 0;
	para = d->units[s->unit].para;
	for (u = s->unit - 1; u >= 0 && d->units[u].para + 2 >= para; u--)
		for (k = d->units[u].m1; k > d->units[u].m0; k--) {
			const mention *m = M(d, k - 1);
			if (m->gz != GZ_FIRM || !m->code || !m->code[0])
				continue;
			if (!strcmp(m->code, rec->code))
				return 0;
			code_mention(out, m->code);
			return 1;
		}
	return 0;
}

/* "The US will send Ukraine NASAMS systems", "Turkey sold Somalia
 * drones": a state right after a verb of selling, sending or giving (past
 * "the"), no possessive, firm or seller, with goods (a weapon's name or a
 * word of arms) within the four words after it and no punctuation
 * between, is the buyer; after "arming" ("X is arming Y") it is with no
 * goods; NULL otherwise. */
static const mention *double_object_buyer(const dctx *d, const span *s, size_t sv,
					  const mention *sup)
{
	static const char *w_give_v[] = {"sell",  "sells", "sold",  "selling", "send",
					 "sends", "sent",  "sending", "give",  "gives",
					 "gave",  "given", "giving", "gift",  "gifted",
					 "gifts", "supply", "supplies", "supplied", "supplying",
					 "provide", "provides", "provided", "providing", NULL};
	const mention *m;
	size_t j, k;
	int arming = kis(d, sv, "arming");
	if (!arming && !kin_local(d, sv, w_give_v))
		return NULL;
	m = actor_after(d, s, sv + 1, 1, 1);
	if (!m || m->possessive || m->gz == GZ_FIRM || !strcmp(m->code, sup->code) ||
	    !(m->t0 == sv + 1 || (m->t0 == sv + 2 && kis(d, sv + 1, "the"))))
		return NULL;
	if (arming)
		return m; /* "The U.S. and Europe are arming Ukraine": no goods needed */
	/* "the flow of weapons Tehran is providing Moscow": goods right
	 * before the giver's name, whose clause they are the object of
	 * (stop 35) */
	if (sup->t0 > s->t0 && sup->t1 <= sv && kin(d, sup->t0 - 1, w_arms_generic))
		return m;
	for (j = m->t1; j < s->t1 && j < m->t1 + 4; j++) {
		if (d->t.v[j].kind == TK_PUNCT && !kis(d, j, "-"))
			return NULL;
		if (kin(d, j, w_arms_generic))
			return m;
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->t0 == j && M(d, k)->gz == GZ_WEAPON)
				return m;
	}
	return NULL;
}

/* "X's foreign minister said that Y has begun delivering to his country
 * the S-400 system", "Y is delivering jets to her country, X's president
 * said": "to his (her) country (nation)" within twelve words after the
 * verb of supply at sv is the state of the official the sentence names by
 * a possessive or a title, other than the seller; that state, or NULL. */
static const mention *to_his_country(const dctx *d, const span *s, size_t sv,
				     const mention *sup)
{
	static const char *noun[] = {"country", "nation", NULL};
	size_t j, k;
	for (j = sv + 1; j + 2 < s->t1 && j < sv + 12; j++)
		if (kis(d, j, "to") && (kis(d, j + 1, "his") || kis(d, j + 1, "her")) &&
		    kin_local(d, j + 2, noun))
			break;
	if (j + 2 >= s->t1 || j >= sv + 12)
		return NULL;
	for (k = s->m0; k < s->m1; k++)
		if (names_official(d, s, M(d, k)) && strcmp(M(d, k)->code, sup->code) != 0)
			return M(d, k);
	return NULL;
}

/* "The Philippines will procure additional BrahMos missiles", "buy more
 * jets": "additional / more" right after the verb of buying at v (over
 * "some", "the"), before goods: goods added to those held; not the deal's
 * own goods ("the deal to buy additional jets"; stop 51). */
static int goods_added(const dctx *d, const span *s, size_t v)
{
	static const char *more[] = {"additional", "more", NULL};
	size_t i;
	if (v == NONE || (v >= s->t0 + 2 && kis(d, v - 1, "to") && KIN(d, v - 2, w_deal_noun)))
		return 0;
	for (i = v + 1; i < s->t1 && i < v + 3; i++) {
		if (kin_local(d, i, more))
			return i + 1 < s->t1 && d->t.v[i + 1].kind == TK_WORD;
		if (!kis(d, i, "some") && !kis(d, i, "the"))
			return 0;
	}
	return 0;
}

/* "the alleged (reported, planned, proposed, suspected) transfer of Yn
 * missiles to Z", "X reportedly (allegedly) provided Y with tanks": a
 * word right before the noun or verb of supply at sv that states the
 * transfer as reported, a stage of its own (stop 51). */
static const char *w_reported_adj[] = {"alleged", "reported", "planned", "proposed",
				       "suspected", "potential", "possible", "prospective",
				       NULL};
/* "Russia reportedly provided Y with tanks": done, but unconfirmed */
static const char *w_unconfirmed[] = {"reportedly", "allegedly", NULL};

static int reported_transfer(const dctx *d, const span *s, size_t sv)
{
	static const char *w_these[] = {"these", "those", "such", "this", "that", NULL};
	/* not goods told before ("the planned delivery of these new U.S.
	 * weapons"): a tie that stands alone */
	return sv > s->t0 &&
	       (kin_local(d, sv - 1, w_reported_adj) || kin_local(d, sv - 1, w_unconfirmed)) &&
	       !(sv + 2 < s->t1 && kis(d, sv + 1, "of") && kin_local(d, sv + 2, w_these));
}

/* "A joint statement (letter, declaration) signed by the ministers of 48
 * countries condemned ...": the verb of signing at sg is that of a
 * statement, no deal's (stop 51). */
static int document_signed(const dctx *d, const span *s, size_t sg)
{
	static const char *doc[] = {"statement", "statements", "letter", "letters",
				    "declaration", "petition", "communique", "communiqué",
				    "appeal", "op-ed", NULL};
	return sg > s->t0 && kis(d, sg, "signed") && kin_local(d, sg - 1, doc);
}

/* "Bucharest plans to spend around RON 4.2 billion (U.S. $910 million)
 * to acquire new howitzers": the buyer of an infinitive of buying at bv
 * is the subject of the verb of spending before it, with a sum between
 * (a sum in two currencies may push it past the usual reach); or NULL
 * (stop 51). */
static const mention *spender_before(const dctx *d, const span *s, size_t bv)
{
	size_t j, k;
	if (bv < s->t0 + 4 || !kis(d, bv - 1, "to"))
		return NULL;
	for (j = bv - 2; j > s->t0 && j + 16 > bv && !kin(d, j, w_spend); j--)
		;
	if (!kin(d, j, w_spend))
		return NULL;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_MONEY && M(d, k)->t0 > j && M(d, k)->t1 < bv)
			return actor_before(d, s, j, 8, 1);
	return NULL;
}

/* "The country has also promised to supply ...", "The kingdom later
 * bought ...": a sentence that opens with "the country/nation/kingdom"
 * (no possessive) as the subject of the verb at t, with no state named
 * before t, speaks of the first state the unit before names (a name or
 * capital), like "it"; after a fronted clause and its comma ("Even as X
 * is in a dispute with Z, the country plans to buy") it is that clause's
 * subject. */
/* "after Cypriot reports that the government there had procured an air
 * defence system from Israel", "Israeli media said the government has
 * bought": "the government (there)" before the verb at t (over up to three
 * auxiliaries and adverbs) in a clause a state's reports (media, sources)
 * tell is that state's (stop 40); or NULL. */
static const mention *reported_government(const dctx *d, const span *s, size_t t)
{
	static const char *w_report_n[] = {"reports", "reported", "media", "sources", "said",
					   "says", "press", "outlets", NULL};
	size_t j = t, n, k;
	for (n = 0; j > s->t0 && n < 3 && d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper &&
		    !kis(d, j - 1, "there") && !kis(d, j - 1, "government");
	     n++)
		j--;
	if (j > s->t0 && kis(d, j - 1, "there"))
		j--;
	if (j < s->t0 + 3 || !kis(d, j - 1, "government") || !kis(d, j - 2, "the"))
		return NULL;
	j -= 2;
	if (kis(d, j - 1, "that"))
		j--;
	if (j == s->t0 || !kin_local(d, j - 1, w_report_n))
		return NULL;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM && !m->possessive &&
		    m->t1 + 2 >= j && m->t1 < j)
			return m;
	}
	return NULL;
}

static const mention *polity_subject(const dctx *d, const span *s, size_t t)
{
	static const char *w_gov_prep[] = {"with", "from", "to", "for", "by", "of", "against",
					   "in", "on", "over", "than", "between", NULL};
	static const char *noun[] = {"country", "nation", "kingdom", NULL};
	const unit *pu;
	size_t k, c;
	/* "Even as X is in a dispute with Z, the country plans to buy": the
	 * subject of the clause before the comma (in the unit: the span may
	 * be the main clause alone) */
	size_t u0 = s->unit >= 0 ? d->units[s->unit].t0 : s->t0;
	size_t um0 = s->unit >= 0 ? d->units[s->unit].m0 : s->m0;
	for (c = t; c > u0 + 1 && c + 24 > t; c--) {
		if (kis(d, c - 1, ";"))
			break;
		if (!kis(d, c - 1, ","))
			continue;
		if (c + 2 > t || !kis(d, c, "the") || !kin_local(d, c + 1, noun) ||
		    kis(d, c + 2, "'s"))
			break;
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->t0 >= c && M(d, k)->t0 < t && ent__is_state_mention(M(d, k)))
				return NULL;
		for (k = um0; k < s->m1 && M(d, k)->t1 < c; k++) {
			const mention *m = M(d, k);
			if (ent__is_state_mention(m) && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL) &&
			    !m->possessive && !(m->t0 > u0 && kin_local(d, m->t0 - 1, w_gov_prep)))
				return m;
		}
		break;
	}
	/* "The country is reportedly planning to seal a deal for the
	 * purchase of": up to 24 tokens, no comma between; "The European
	 * Union and NATO member said it planned to buy": the names of blocs
	 * (and "and") before "member" (stop 50) */
	size_t h = s->t0 + 1;
	for (k = s->m0; k < s->m1 && h < t && h < s->t0 + 6;)
		if (kis(d, h, "and"))
			h++;
		else if (M(d, k)->t0 < h)
			k++;
		else if (M(d, k)->t0 == h && M(d, k)->gz == GZ_BLOC)
			h = M(d, k++)->t1;
		else
			break;
	if (h > s->t0 + 1 && !kis(d, h, "member"))
		h = s->t0 + 1;
	if (s->unit <= 0 || t > s->t0 + 24 || t < h + 1 || !kis(d, s->t0, "the") ||
	    !(kin_local(d, h, noun) || (h == s->t0 + 1 && kis(d, h, "government")) ||
	      (h > s->t0 + 1 && kis(d, h, "member"))) ||
	    kis(d, h + 1, "'s") ||
	    (t > s->t0 + 8 && find_in(d, s->t0, t, w_clause_mark) != NONE))
		return NULL;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 < t && ent__is_state_mention(M(d, k)))
			return NULL;
	pu = &d->units[s->unit - 1];
	{
		const mention *ms = fronted_main_subject(d, pu);
		if (ms)
			return ms;
	}
	for (k = pu->m0; k < pu->m1; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL) &&
		    !described_possessor(d, m, pu->t1))
			return m;
	}
	return NULL;
}

/* "An Israeli delegation arrived in Germany this week to hand over the
 * Arrow 3": the state m is where the subject came ("arrived / came /
 * travelled / flew in (to)") with "to <verb of supply at sv>" a few words
 * on; the one who came (a state or demonym before the verb of coming), or
 * NULL. */
static const mention *arrived_to_give(const dctx *d, const span *s, size_t sv, const mention *m)
{
	static const char *w_came[] = {"arrived", "arrives", "came", "comes", "travelled",
				       "traveled", "went", "flew", "landed", NULL};
	const mention *g;
	if (m->t0 < s->t0 + 3 || m->t1 >= sv || sv > m->t1 + 5 || !kis(d, sv - 1, "to") ||
	    !(kis(d, m->t0 - 1, "in") || kis(d, m->t0 - 1, "to")) ||
	    !kin_local(d, m->t0 - 2, w_came))
		return NULL;
	g = actor_before(d, s, m->t0 - 2, 4, 0);
	return g && g->gz != GZ_FIRM && strcmp(g->code, m->code) ? g : NULL;
}

/* "Two planes landed in Lima, delivering Korean systems to Peru": a state
 * (or capital) named as a place ("in/at X") before a participle of supply
 * after a comma is where the goods arrive, not who sells them. */
static int place_before_participle(const dctx *d, const span *s, size_t sv, const mention *m)
{
	size_t w;
	if (!ends_ing(K(sv)) || sv < s->t0 + 2 || !kis(d, sv - 1, ",") ||
	    m->t0 <= s->t0 || m->t1 >= sv)
		return 0;
	w = m->t0 - 1;
	return kis(d, w, "in") || kis(d, w, "at");
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

/* The state the text is about before span s: of the states other than
 * `not`, named (as a name, capital, demonym or possessive) at least three
 * times in the thirty units before (400 mentions at most) and more often
 * than any other ("Leonardo to deliver jets to Nigerian Air Force ...
 * Nigeria's fleet ... a sale of 12 helicopters to the country"; stop 65).
 * Copies its code into out; 0 when there is none. */
static int text_state(const dctx *d, const span *s, const char *not, char out[12])
{
	const char *best = NULL, *second = NULL;
	size_t k, q, nb = 0, ns = 0;
	size_t m0 = d->units[s->unit > 30 ? s->unit - 30 : 0].m0, m1 = d->units[s->unit].m0;
	if (m1 > m0 + 400)
		m0 = m1 - 400; /* a bounded look back: the thirty units, 400 mentions before */
	for (k = m0; k < m1; k++) {
		const mention *m = M(d, k);
		size_t n = 0;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || !m->code ||
		    (not && !strcmp(not, m->code)))
			continue;
		if ((best && !strcmp(best, m->code)) || (second && !strcmp(second, m->code)))
			continue;
		for (q = k; q < m1; q++)
			n += ent__is_state_mention(M(d, q)) && M(d, q)->gz != GZ_FIRM &&
			     M(d, q)->code && !strcmp(M(d, q)->code, m->code);
		if (n > nb) {
			second = best;
			ns = nb;
			best = m->code;
			nb = n;
		} else if (n > ns) {
			second = m->code;
			ns = n;
		}
	}
	if (!best || nb < 3 || nb <= ns)
		return 0;
	snprintf(out, 12, "%s", best);
	return 1;
}

static int kingdom_ref_code(const dctx *d, const span *s, const char *not, char out[12],
			    int about);

/* "to the kingdom", "for the country", "the emirate": a reference to the
 * state the text is speaking of, the recipient of the latest deal of this
 * paragraph or the one before when it is not `not`.  Copies the code into
 * out; 0 when there is no such phrase or referent. */
static int kingdom_ref(const dctx *d, const span *s, const char *not, char out[12])
{
	static const char *noun[] = {"kingdom", "emirate", "republic", "country", "nation",
				     "island", "sultanate", NULL};
	static const char *w_forces[] = {"military", "army", "navy", NULL};
	size_t i, j = 0, k;
	int found = 0, force = 0, described = 0;
	for (i = s->t0; i + 1 < s->t1 && !found; i++) {
		found = (kis(d, i, "the") || kis(d, i, "that")) && kin(d, i + 1, noun) &&
			!(i > s->t0 && (kis(d, i - 1, "in") || kis(d, i - 1, "across")));
		/* "to the West African nation", "for the Gulf kingdom": up to
		 * three capitalised words of place before the noun, which no
		 * state's name holds ("the Czech Republic") (stop 66) */
		if (!found && i > s->t0 && (kis(d, i - 1, "to") || kis(d, i - 1, "for")) &&
		    kis(d, i, "the")) {
			for (j = i + 1; j < s->t1 && j < i + 4 && d->t.v[j].kind == TK_WORD &&
					d->t.v[j].upper;
			     j++)
				;
			if (j > i + 1 && j < s->t1 && kin(d, j, noun)) {
				for (k = s->m0; k < s->m1; k++)
					if (M(d, k)->t0 <= j && M(d, k)->t1 > j)
						break;
				found = described = k == s->m1;
			}
		}
		/* "France delivered missiles to the military": the forces
		 * of the recipient just told (stop 65) */
		if (!found && i > s->t0 && kis(d, i - 1, "to") && kis(d, i, "the") &&
		    kin_local(d, i + 1, w_forces) &&
		    (i + 2 >= s->t1 || d->t.v[i + 2].kind == TK_PUNCT || kis(d, i + 2, "in")))
			found = force = 1;
	}
	if (!found || s->unit < 0)
		return 0;
	/* "to the island (Indian Ocean) nation of Sri Lanka": the state
	 * after "of" (stop 66) */
	for (j = i; j < s->t1 && j < i + 5 && !kin(d, j, noun); j++)
		;
	while (j + 1 < s->t1 && kin(d, j + 1, noun))
		j++; /* "the island nation" */
	if (j + 2 < s->t1 && kin(d, j, noun) && kis(d, j + 1, "of")) {
		const mention *m = mention_at(d, s, j + 2);
		if (m && m->t0 == j + 2 && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    m->gz != GZ_DEMONYM && !m->possessive && m->code &&
		    !(not && !strcmp(not, m->code))) {
			snprintf(out, 12, "%s", m->code);
			return 1;
		}
	}
	if (force)
		return kingdom_ref_code(d, s, not, out, 0);
	if (described) {
		/* the one other state the sentence names before it ("ties with
		 * Niger, Russia has sent ... to the West African nation") */
		const char *one = NULL;
		for (k = s->m0; k < s->m1 && M(d, k)->t0 < i - 1; k++) {
			const mention *m = M(d, k);
			if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || !m->code ||
			    (not && !strcmp(not, m->code)))
				continue;
			if (one && strcmp(one, m->code))
				return 0;
			one = m->code;
		}
		if (one) {
			snprintf(out, 12, "%s", one);
			return 1;
		}
		return kingdom_ref_code(d, s, not, out, 1);
	}
	/* "a sale of 12 helicopters to the country" with no deal near: the
	 * state the text is about (stop 65) */
	return kingdom_ref_code(d, s, not, out,
				i - 1 > s->t0 && (kis(d, i - 2, "to") || kis(d, i - 2, "for")));
}

/* The state the text is speaking of for span s: the recipient of the
 * latest deal of this paragraph or the one before, not `not`; with no
 * such deal, when about is set, the state the text is about (text_state).
 * Copies the code into out; 0 when there is none. */
static int kingdom_ref_code(const dctx *d, const span *s, const char *not, char out[12],
			    int about)
{
	const cand *c;
	if (s->unit < 0)
		return 0;
	if (d->last_deal < 0 || d->cands[d->last_deal].dropped ||
	    d->units[s->unit].para - d->units[d->cands[d->last_deal].unit].para > 1)
		return about && text_state(d, s, not, out);
	c = &d->cands[d->last_deal];
	if (!c->directed || !c->f.recipient.s[0] || (not && !strcmp(not, c->f.recipient.s)))
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
	/* "X was dropped from the F-35 programme over its decision to buy
	 * S-400s": a state dropped from something, no deal called off (stop
	 * 46) */
	while (cw != NONE && cw + 1 < s->t1 && kis(d, cw + 1, "from"))
		cw = find_in(d, cw + 1, s->t1, w_cancel);
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

/* "..., adding that Chile might purchase Swedish missiles instead": a
 * purchase a modal ("might, could, may") puts as the alternative to a deal
 * told before is weighed, not made (deal.alternative_weighed). */
static int alternative_weighed(const dctx *d, const span *s, size_t v)
{
	static const char *may[] = {"might", "could", "may", NULL};
	size_t i;
	if (v == NONE || v < s->t0 + 1 || !kin_local(d, v - 1, may))
		return 0;
	for (i = v + 1; i < s->t1 && i < v + 14; i++) {
		if (kis(d, i, ",") || kis(d, i, ";"))
			return 0;
		if (kis(d, i, "instead"))
			return !(i + 1 < s->t1 && kis(d, i + 1, "of"));
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
	size_t i = v + 1, k, a;
	/* a part of them: "six of these drones", "half a dozen of these" */
	if (i + 3 < s->t1 && kis(d, i, "half") && kis(d, i + 1, "a") && kis(d, i + 2, "dozen"))
		i += 3;
	else if (i + 1 < s->t1 && (d->t.v[i].kind == TK_NUM || KIN(d, i, w_numwords)))
		i++;
	if (i > v + 1 && i + 1 < s->t1 && kis(d, i, "of") &&
	    (kin(d, i + 1, w_this) || kis(d, i + 1, "those")))
		i++;
	if (i + 1 < s->t1 && kis(d, i, "the") && kis(d, i + 1, "same"))
		i += 2;
	else if (i < s->t1 && (kin(d, i, w_this) || kis(d, i, "that") || kis(d, i, "those") ||
			       kis(d, i, "such")))
		i++;
	else
		return 0;
	/* over words that describe them: "these versatile and affordable
	 * drones" */
	for (a = i; a < s->t1 && a < i + 4 && d->t.v[a].kind == TK_WORD && !d->t.v[a].upper; a++)
		;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 < i)
			continue;
		return m->t0 <= a && m->kind == MK_ACTOR && m->gz == GZ_WEAPON && !m->canon;
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

/* Reported speech with no marks that closes on its speaker after the
 * last comma: "We did provide drones to Y, the Xn minister said." gives
 * the Xn mention (a state or demonym before at most five words, one a
 * speaker's noun, and a verb of saying that ends the span), or NULL. */
static const mention *tail_speaker(const dctx *d, const span *s, size_t v)
{
	size_t c, j, e, k;
	for (c = s->t1; c > v + 1 && !kis(d, c - 1, ","); c--)
		;
	if (c <= v + 1)
		return NULL;
	j = c;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 != j || !ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		int noun = 0;
		for (e = m->t1; e < s->t1 && e < m->t1 + 6 && !KIN(d, e, w_speech_verb) &&
				d->t.v[e].kind == TK_WORD;
		     e++)
			noun |= KIN(d, e, w_speaker_noun) != 0; /* "minister Yasar Guler" */
		if (e < s->t1 && e > m->t1 && noun && KIN(d, e, w_speech_verb) &&
		    (e + 1 == s->t1 || kis(d, e + 1, ".")))
			return m;
	}
	return NULL;
}

/* The one who says "we" ("us") at token pr, near the verb at v: the quote's
 * speaker, the person "he/she" after the quote stands for, or, outside a
 * quote, the speaker the sentence names after it; NULL if none. */
static const mention *speaker_state(const dctx *d, const span *s, size_t pr, size_t v)
{
	size_t i;
	const mention *p;
	for (i = s->unit >= 0 ? d->units[s->unit].t0 : s->t0; i < pr && !quote_mark(d, i); i++)
		;
	if (i == pr)
		return tail_speaker(d, s, v); /* not inside a quote */
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

/* "we have donated 19 F-16s to Ukraine", said in a quote: the state of
 * the one who says it (the quote's speaker, or the person "he/she" after
 * the quote stands for), or NULL. */
static const mention *we_state(const dctx *d, const span *s, size_t v)
{
	size_t pr = subject_pronoun(d, s, v);
	if (pr == NONE && v >= s->t0 + 3 && kis(d, v - 1, "to") && KIN(d, v - 2, w_be))
		pr = subject_pronoun(d, s, v - 2); /* "we are to receive" */
	if (pr == NONE || !kis(d, pr, "we"))
		return NULL;
	return speaker_state(d, s, pr, v);
}

/* "Ghana's air force has been expanding in recent years, receiving two
 * Mi-35s from Russia": a participle of buying right after the span's only
 * comma belongs to the sentence's subject, a state (possessive or not)
 * that opens it; that state, or NULL (stop 34). */
static const mention *participle_subject(const dctx *d, const span *s, size_t bv)
{
	size_t t = s->t0 + (kis(d, s->t0, "the") ? 1 : 0);
	const mention *m;
	if (bv < t + 3 || !kis(d, bv - 1, ",") || !ends_ing(K(bv)) ||
	    find_in(d, s->t0, bv - 1, w_clause_mark) != NONE)
		return NULL;
	m = mention_at(d, s, t);
	return m && ent__is_state_mention(m) && m->gz != GZ_FIRM ? m : NULL;
}

/* "..., but Turkey can't match that after it was expelled from the F-35
 * program after buying Russia's S-400": a gerund of buying after
 * "after / before / since" belongs to the nearest subject before it, a
 * state right before a verb, or "it / they" standing for the nearest such
 * state before them (back to the span's start or a clause's "but"); that
 * state, or NULL. */
static const mention *gerund_subject(const dctx *d, const span *s, size_t bv)
{
	static const char *w_time_p[] = {"after", "before", "since", NULL};
	size_t i;
	int pron = 0;
	if (bv < s->t0 + 2 || !ends_ing(K(bv)) ||
	    !kin_local(d, bv - 1, w_time_p))
		return NULL;
	for (i = bv - 1; i > s->t0; i--) {
		const mention *m = mention_at(d, s, i - 1);
		if (kis(d, i - 1, "but") || kis(d, i - 1, ";"))
			return NULL;
		if (kis(d, i - 1, "it") || kis(d, i - 1, "they")) {
			pron = 1;
			continue;
		}
		if (!m || m->t1 != i || !ent__is_state_mention(m) || m->possessive ||
		    m->gz == GZ_DEMONYM || m->gz == GZ_FIRM)
			continue;
		if (m->t0 > s->t0 && d->t.v[m->t0 - 1].kind == TK_WORD && !d->t.v[m->t0 - 1].upper &&
		    !kis(d, m->t0 - 1, "and") && !kis(d, m->t0 - 1, "but"))
			continue; /* "from Russia", "with Y": no subject */
		if (i < s->t1 && (d->t.v[i].kind == TK_WORD && !d->t.v[i].upper))
			return m; /* "Turkey can't", "Turkey was" */
		if (pron)
			return m;
	}
	return NULL;
}

/* "X's angst has driven (forced, prompted) Y to embrace the Rafale as an
 * alternative to the fighters planned for purchase": the state made to act
 * within 25 tokens before the verb of buying at bv, with no comma between,
 * is the subject of what follows; that state, or NULL. */
static const mention *causee_before(const dctx *d, const span *s, size_t bv)
{
	static const char *w_made_to_v[] = {"driven", "drove", "forced", "prompted", "pushed",
					    "compelled", "spurred", "persuaded", "convinced",
					    "encouraged", "led", NULL};
	size_t i, e = 0;
	const mention *m;
	for (i = bv; i > s->t0 + 1 && bv - i < 25 && !kis(d, i - 1, ",") && !kis(d, i - 1, ";");
	     i--) {
		if (!kin_local(d, i - 1, w_made_to_v))
			continue;
		m = named_state(d, s, i, &e);
		if (m && !m->possessive && m->gz != GZ_FIRM && m->gz != GZ_DEMONYM && e < bv &&
		    kis(d, e, "to"))
			return m;
		return NULL;
	}
	return NULL;
}

/* "Bosnia and Herzegovina — two Bayraktar TB2s were donated from Turkey in
 * 2025": a line that opens with a state and a dash (spaced, not a
 * compound's hyphen) is about that state, the receiver of the transfer
 * after it; the state, or NULL (or when it is the seller). */
static const mention *dash_topic(const dctx *d, const span *s, const mention *sup)
{
	const mention *m = mention_at(d, s, s->t0);
	if (!m || m->t0 != s->t0 || !ent__is_state_mention(m) || m->possessive ||
	    m->gz == GZ_FIRM || m->gz == GZ_DEMONYM || m->t1 + 1 >= s->t1 ||
	    !kis(d, m->t1, "-") || !d->t.v[m->t1].space_before ||
	    (sup && sup->code && m->code && !strcmp(sup->code, m->code)))
		return NULL;
	return m;
}

/* Is the dash at token e a hyphen of a compound word ("ex-Soviet",
 * "long-time", "Soviet-era"): glued to a word before and to the token
 * after, one of the two in lower case?  (A designation's hyphen, "MiG-29",
 * is left as it was.) */
static int word_hyphen(const dctx *d, const span *s, size_t e)
{
	return e > s->t0 && e + 1 < s->t1 && !d->t.v[e].space_before &&
	       !d->t.v[e + 1].space_before && d->t.v[e - 1].kind == TK_WORD &&
	       (!d->t.v[e - 1].upper ||
		(d->t.v[e + 1].kind == TK_WORD && !d->t.v[e + 1].upper));
}

/* "(as part of) a joint project (initiative, effort) with (the) Y",
 * "together with Y": Y gives with the subject, it receives nothing. */
static int joint_with(const dctx *d, const span *s, const mention *m)
{
	static const char *w_joint_n[] = {"project", "projects", "initiative", "effort",
					  "efforts", "venture", "programme", "program",
					  "coalition", "together", "jointly", NULL};
	size_t w = m->t0;
	if (w > s->t0 && kis(d, w - 1, "the"))
		w--;
	return w > s->t0 + 1 && kis(d, w - 1, "with") && kin_local(d, w - 2, w_joint_n);
}

/* "in talks with both A and B for (the) possible sale of": a noun of
 * transfer at trig after "for / on / over / about", the parties of talks
 * ("with" and states) and a word of interest before them. */
static int talks_with_parties(const dctx *d, const span *s, size_t trig)
{
	static const char *w_talk_on[] = {"for", "on", "over", "about", "regarding", "to", NULL};
	static const char *w_np[] = {"the", "a", "possible", "potential", "future", "proposed",
				     NULL};
	/* "talks were continuing (are ongoing) with A and B on procuring"
	 * (stop 61) */
	static const char *w_going_on[] = {"continuing", "continue", "continues", "continued",
					   "ongoing", "underway", "resumed", NULL};
	/* "negotiating with Gulf allies A and B to procure more" (stop 61) */
	static const char *w_allies_n[] = {"allies", "ally", "partners", "partner", "neighbours",
					   "neighbors", "countries", "states", NULL};
	size_t j = trig, n = 0, k;
	const mention *m;
	while (j > s->t0 && n < 3 && kin_local(d, j - 1, w_np)) {
		j--;
		n++;
	}
	if (j <= s->t0 + 2 || !kin_local(d, j - 1, w_talk_on))
		return 0;
	for (j--, n = 0; j > s->t0 + 1 && n < 12; n++) {
		m = mention_at(d, s, j - 1);
		if (m && ent__is_state_mention(m)) {
			j = m->t0;
			continue;
		}
		if (kis(d, j - 1, "with")) {
			if (n == 0)
				return 0;
			if (KIN(d, j - 2, w_interest))
				return 1;
			if (!kin_local(d, j - 2, w_going_on))
				return 0;
			for (k = j - 2; k > s->t0 && k + 4 > j; k--)
				if (kis(d, k - 1, "talks") || kis(d, k - 1, "negotiations"))
					return 1;
			return 0;
		}
		if (!(kis(d, j - 1, "and") || kis(d, j - 1, "both") || kis(d, j - 1, ",") ||
		      kis(d, j - 1, "the") || kin_local(d, j - 1, w_allies_n) ||
		      (d->t.v[j - 1].upper && d->t.v[j - 1].kind == TK_WORD &&
		       kin_local(d, j, w_allies_n))))
			return 0;
		j--;
	}
	return 0;
}

/* "aging U.S. models acquired before 1979": a state right before a noun
 * of goods that a participle of buying at bv follows (no "be" before it)
 * names where the goods come from; it buys nothing. */
static int origin_of_bought(const dctx *d, const span *s, const mention *m, size_t bv)
{
	static const char *w_kind_n[] = {"models", "model", "versions", "variants", "types",
					 "jets", "planes", "fighters", "tanks", "ships", "weapons",
					 "arms", "systems", "drones", "helicopters", "missiles",
					 "guns", NULL};
	const char *k = K(bv);
	size_t n = strlen(k);
	return m->t1 + 1 == bv && !m->possessive && m->gz != GZ_FIRM && n > 3 &&
	       strcmp(k + n - 2, "ed") == 0 && d->t.v[m->t1].kind == TK_WORD &&
	       !d->t.v[m->t1].upper && kin_local(d, m->t1, w_kind_n);
}

/* "announced new sanctions on Iran, (formally) accusing it of sending":
 * "it" after the verb of accusing at av is the state right before the
 * comma that opens its clause, an object of "on" or "against" or of a
 * verb in -ed ("sanctioned Iran, accusing it of"); it, or NULL (stop 67). */
static const mention *accused_it(const dctx *d, const span *s, size_t av)
{
	const mention *m;
	size_t c = av, b, n;
	if (c > s->t0 && ly_adverb(d, c - 1))
		c--;
	if (c < s->t0 + 3 || !kis(d, c - 1, ","))
		return NULL;
	m = mention_at_end(d, s, c - 1);
	if (!m || !ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive)
		return NULL;
	b = m->t0 > s->t0 && kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
	if (b <= s->t0)
		return NULL;
	n = strlen(K(b - 1));
	return kis(d, b - 1, "on") || kis(d, b - 1, "against") ||
			       (n > 4 && !strcmp(K(b - 1) + n - 2, "ed"))
		       ? m
		       : NULL;
}

/* "accused Iran of helping the war in Ukraine by providing drones to
 * Russia": a gerund of supply at sv whose doer is the state accused
 * ("accused / accuses / accusing A of") within fourteen words before it,
 * with no full stop or semicolon between; that state, or NULL.  "accusing
 * it of" takes accused_it's state and sets *it. */
static const mention *accused_doer(const dctx *d, const span *s, size_t sv, int *it)
{
	static const char *w_accuse_v[] = {"accused", "accuses", "accuse", "accusing",
					   "charged", "charges", "suspected", "suspects",
					   "blamed", "blames", NULL};
	size_t n, j, e = 0;
	const mention *m;
	if (!ends_ing(K(sv)))
		return NULL;
	for (j = sv, n = 0; j > s->t0 + 2 && n < 14; j--, n++) {
		if (kis(d, j - 1, ";"))
			return NULL;
		if (!kis(d, j - 1, "of"))
			continue;
		if (j > s->t0 + 3 && kis(d, j - 2, "it") && kin_local(d, j - 3, w_accuse_v)) {
			*it = 1;
			return accused_it(d, s, j - 3);
		}
		/* "A of": A right before "of", the verb of accusing before A */
		m = NULL;
		for (e = s->m0; e < s->m1; e++)
			if (M(d, e)->t1 == j - 1)
				m = M(d, e);
		if (!m || !ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive ||
		    m->t0 <= s->t0 || !kin_local(d, m->t0 - 1, w_accuse_v))
			return NULL;
		return m;
	}
	return NULL;
}

/* Nouns of firms a list of demonyms may qualify: "from American and
 * Israeli firms" names two sellers (test_extract_region.c). */
static const char *w_firm_n[] = {"firms", "companies", "manufacturers", "suppliers", "makers",
				 "producers", "contractors", NULL};

/* "The U.S. and its allies have condemned the invasion, imposed sanctions
 * on Russia and supplied Ukraine with arms", "its conflict with India ...
 * as the former provided Y": the state m nearest before the verb of
 * supply at sv is a preposition's object, so no subject; the clause's
 * subject named before it (a state that no preposition governs), or
 * NULL. */
static const mention *prep_object_subject(const dctx *d, const span *s, const mention *m,
						 size_t sv)
{
	/* not "to", "in": "the use of drones in Y provides" has a rule of its
	 * own; "with" only outside a deal ("signed a deal with Y to supply") */
	static const char *w_obj_prep[] = {"on", "against", "into", "at", "over", "with", NULL};
	/* "over the US decision to sell": the state owns the will to act */
	static const char *w_will_n[] = {"decision", "plan", "plans", "move", "bid", "offer",
					 "intention", "readiness", "willingness", "agreement",
					 NULL};
	const mention *sb;
	size_t p;
	if (m->possessive || m->gz == GZ_DEMONYM || m->gz == GZ_FIRM || m->t0 <= s->t0)
		return NULL;
	/* "countermeasures over US arms sales to Y": a name right before
	 * the noun of supply (over a word in small letters) qualifies it,
	 * as a demonym does (stop 57) */
	if (KIN(d, sv, w_supply_noun) && m->t1 <= sv && sv <= m->t1 + 1 &&
	    (m->t1 == sv || (d->t.v[m->t1].kind == TK_WORD && !d->t.v[m->t1].upper)))
		return NULL;
	if (m->t1 + 2 == sv && kis(d, sv - 1, "to") && kin_local(d, m->t1, w_will_n))
		return NULL;
	/* "sanctions on US companies selling arms to Y": the firms of the
	 * name sell, in a reduced relative (stop 67) */
	if (m->t1 + 1 == sv && kin_local(d, m->t1, w_firm_n) && ends_ing(K(sv)))
		return NULL;
	p = m->t0 - 1;
	if (p > s->t0 && kis(d, p, "the"))
		p--;
	if (!kin(d, p, w_obj_prep))
		return NULL;
	if (kis(d, p, "with") && (kis(d, sv - 1, "to") || find_in(d, s->t0, sv, w_sign) != NONE ||
				  find_in(d, s->t0, sv, w_deal_noun) != NONE))
		return NULL;
	sb = subject_before(d, s, m->t0);
	return sb && sb != m && sb->code && strcmp(sb->code, m->code) != 0 ? sb : NULL;
}

/* Verbs of a seller's offer or sale, read word by word: a document's
 * word classes keep "offered" in w_supply_verb only before its two
 * objects (frames_words.c give_double_object). */
static const char *w_sell_offer[] = {"offered", "offers", "offering", "sold", "sells",
				     "selling", NULL};

/* Auxiliaries that open a clause after a state's name. */
static const char *w_aux_v[] = {"has", "have", "had", "will", "would", "could", "may", "might",
				"should", "can", "must", NULL};

/* "Brazil has been spending on ... and Argentina has purchased radars":
 * is m, before the buyer rec, the subject of a clause of its own (a verb
 * of being or an auxiliary right after it, no verb of supply in it) that
 * "and (but, while, whereas)" right before rec closes? */
static int other_clause_subject(const dctx *d, const span *s, const mention *m,
				const mention *rec)
{
	static const char *w_join[] = {"and", "but", "while", "whereas", NULL};
	size_t j = rec->t0;
	if (m->t1 >= rec->t0 || m->possessive || m->t1 >= s->t1)
		return 0;
	if (j > s->t0 && kis(d, j - 1, "the"))
		j--;
	if (j <= m->t1 || !kin_local(d, j - 1, w_join) ||
	    !(KIN(d, m->t1, w_be) || kin_local(d, m->t1, w_aux_v)))
		return 0;
	/* "Russia has offered (sold) jets and India has purchased them": a
	 * seller's clause */
	return find_in(d, m->t1, j, w_supply_verb) == NONE &&
	       find_in(d, m->t1, j, w_sell_offer) == NONE;
}

/* "two French-Spanish (Franco-Spanish) submarines": the second demonym
 * of a hyphened pair right after the seller m, qualifying goods (a word
 * in small letters or a designation follows), makes them with it; or
 * NULL. */
static const mention *co_maker(const dctx *d, const span *s, const mention *m)
{
	const mention *o;
	if (m->gz != GZ_DEMONYM || m->possessive || m->t1 + 2 >= s->t1 || !kis(d, m->t1, "-") ||
	    (o = mention_at(d, s, m->t1 + 1)) == NULL || o->t0 != m->t1 + 1 ||
	    o->gz != GZ_DEMONYM || o->possessive || !o->code || o->t1 >= s->t1 ||
	    !strcmp(o->code, m->code))
		return NULL;
	if ((d->t.v[o->t1].kind == TK_WORD && !d->t.v[o->t1].upper) ||
	    (mention_at(d, s, o->t1) && mention_at(d, s, o->t1)->gz == GZ_WEAPON))
		return o;
	return NULL;
}

/* "the sale of Indian arms to Armenia", "sale of weapons by Israeli
 * companies to Azerbaijan": after a noun of transfer at sv and "of", the
 * demonym that qualifies the goods, or the agent after "by", before "to";
 * the seller, or NULL. */
static const mention *sale_of_seller(const dctx *d, const span *s, size_t sv)
{
	size_t j, k;
	if (!KIN(d, sv, w_supply_noun) || sv + 3 >= s->t1 || !kis(d, sv + 1, "of"))
		return NULL;
	for (j = sv + 2; j < s->t1 && j < sv + 8 && !kis(d, j, "to"); j++) {
		const mention *m;
		if (kis(d, j, "by"))
			return actor_after(d, s, j + 1, 1, 0);
		m = mention_at(d, s, j);
		if (!m || m->t0 != j || !ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		if (m->gz != GZ_DEMONYM)
			return NULL; /* "the sale of Armenia's ..." */
		for (k = s->m0; k < s->m1 && M(d, k) != m; k++)
			;
		if (k < s->m1 && (qualifies_weapon(d, s, k) ||
				  (m->t1 < s->t1 && kin(d, m->t1, w_arms_generic))))
			return m;
		return NULL;
	}
	return NULL;
}

/* "other Ugandan defence equipment deliveries over the last 15 years
 * include nine guns from Israel ...": a plural noun of supply owned by a
 * state (over lower-case modifiers), then "include (comprise)" within
 * eight tokens and "from" a state later in the clause: the owner
 * receives, the state after "from" sells (each item's own "from" splits
 * the deal later; stop 65).  1 with *sup, *rec set, or 0. */
static int deliveries_include(const dctx *d, const span *s, size_t sv, const mention **sup,
			      const mention **rec)
{
	static const char *w_plural[] = {"deliveries", "imports", "transfers", "supplies",
					 "shipments", NULL};
	static const char *w_include[] = {"include", "includes", "included", "including",
					  "comprise", "comprised", "comprises", NULL};
	const mention *own, *fr;
	size_t j, f;
	if (!kin_local(d, sv, w_plural) || sv < s->t0 + 1)
		return 0;
	for (j = sv; j > s->t0 && j + 4 > sv && d->t.v[j - 1].kind == TK_WORD &&
		     !d->t.v[j - 1].upper && !KIN(d, j - 1, w_det);
	     j--)
		;
	own = mention_at_end(d, s, j);
	if (!own || !ent__is_state_mention(own) || own->gz == GZ_FIRM)
		return 0;
	for (j = sv + 1; j < s->t1 && j < sv + 9 && !kin_local(d, j, w_include); j++)
		if (kis(d, j, "to") || kis(d, j, "from") || kis(d, j, ","))
			return 0;
	if (j >= s->t1 || j >= sv + 9)
		return 0;
	for (f = j + 1; f + 1 < s->t1 && !kis(d, f, "from"); f++)
		if (kis(d, f, "to"))
			return 0;
	if (f + 1 >= s->t1)
		return 0;
	fr = name_after_the(d, s, f + 1);
	if (!fr || !strcmp(fr->code, own->code))
		return 0;
	*sup = fr;
	*rec = own;
	return 1;
}

/* Does mention m stand in a list after "countries (nations, customers)
 * that include (including, such as, like)", over list words and other
 * names only?  (stop 65) */
static int in_customer_list(const dctx *d, const span *s, const mention *m)
{
	static const char *w_buyers_n[] = {"countries", "nations", "states", "customers",
					   "clients", "buyers", "importers", NULL};
	static const char *w_incl[] = {"include", "includes", "included", "including", "like",
				       NULL};
	size_t i = m->t0;
	const mention *p;
	while (i > s->t0 + 1) {
		if ((p = mention_at_end(d, s, i - 1)) != NULL)
			i = p->t0;
		else if (kis(d, i - 1, ",") || kis(d, i - 1, "and") || kis(d, i - 1, "the"))
			i--;
		else
			break;
	}
	if (i < s->t0 + 2)
		return 0;
	if (kis(d, i - 1, "as") && kis(d, i - 2, "such"))
		i--;
	else if (!kin_local(d, i - 1, w_incl))
		return 0;
	if (kis(d, i - 2, "that") || kis(d, i - 2, "which"))
		i--;
	return i >= s->t0 + 2 && kin_local(d, i - 2, w_buyers_n);
}

/* sale_of_seller with the buyer after "to": both into *sup, *rec and 1,
 * or 0 and neither set (the other rules read the sentence). */
static int sale_of_parties(const dctx *d, const span *s, size_t sv, const mention **sup,
			   const mention **rec)
{
	const mention *x = sale_of_seller(d, s, sv), *y;
	if (!x || !(y = after_prep(d, s, sv, "to")) || !x->code || !y->code ||
	    !strcmp(x->code, y->code))
		return 0;
	*sup = x;
	*rec = y;
	return 1;
}

/* Is m the place of a wire dateline that opens its unit ("Hanoi (VNA) -",
 * "MOSCOW, June 3 (Reuters) -", "BEIJING, Aug 27 (APP):", "ANKARA:",
 * "SANTIAGO, Chile -", "Brussels (Brussels Morning) A ...")?  A place, no
 * party (also of drills: frames_exercise.c ex_add_parties). */
int dateline_place(const dctx *d, const span *s, const mention *m)
{
	size_t j = m->t1, e, u0;
	if (s->unit < 0 || m->possessive || !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL) ||
	    j >= s->t1)
		return 0;
	u0 = d->units[s->unit].t0;
	if (m->t0 > u0 + 1 && kis(d, m->t0 - 1, "(") && d->t.v[u0].upper) {
		/* "Brussels (Brussels Morning) A ...": a place in the outlet's
		 * name in brackets after the dateline's place */
		for (e = u0; e < m->t0 - 1 && d->t.v[e].kind == TK_WORD && d->t.v[e].upper; e++)
			;
		if (e != m->t0 - 1)
			return 0;
		for (e = m->t1; e < s->t1 && e < m->t1 + 4 && d->t.v[e].kind == TK_WORD &&
				d->t.v[e].upper;
		     e++)
			;
		return e + 1 < s->t1 && kis(d, e, ")") &&
		       (kis(d, e + 1, "-") || (d->t.v[e + 1].kind == TK_WORD && d->t.v[e + 1].upper));
	}
	if (m->t0 != u0) {
		/* "SANTIAGO, Chile -", "KARACHI, Pakistan:": the state after
		 * a city of one to three capitalised words and a comma */
		if (m->t0 < u0 + 2 || m->t0 > u0 + 4 || !kis(d, m->t0 - 1, ","))
			return 0;
		for (e = u0; e < m->t0 - 1; e++)
			if (d->t.v[e].kind != TK_WORD || !d->t.v[e].upper)
				return 0;
	}
	if (kis(d, j, ":") ||
	    (kis(d, j, "-") && (d->t.v[j].space_before ||
				(j + 1 < s->t1 && d->t.v[j + 1].space_before))))
		return 1; /* "ANKARA - ", not "Kenya-Somalia drills" */
	if (!kis(d, j, ",") && !kis(d, j, "("))
		return 0;
	/* a date or an agency in brackets, then a dash; the hyphen of a
	 * compound word ("Serbia, whose army relies on ex-Soviet arms, ...")
	 * is no dash of a dateline */
	for (e = j + 1; e < s->t1 && e < j + 10; e++) {
		if (kis(d, e, "and"))
			return 0; /* "India, the United States, Japan and Australia
				   * - the four-nation group -": a list (stop 39) */
		if (kis(d, e, "-") && (word_hyphen(d, s, e) ||
				       (!d->t.v[e].space_before && e + 1 < s->t1 &&
					!d->t.v[e + 1].space_before)))
			continue; /* "ex-Soviet", "S-400": glued, no dash */
		if (kis(d, e, ")") && kis(d, j, "(") && m->t0 == u0 && e > j + 1 &&
		    e + 1 < s->t1 && d->t.v[e + 1].kind == TK_WORD && d->t.v[e + 1].upper) {
			/* "Brussels (Brussels Morning) A total of ...": an
			 * outlet of capitalised words in brackets, then the
			 * sentence */
			size_t q;
			for (q = j + 1; q < e && d->t.v[q].kind == TK_WORD && d->t.v[q].upper; q++)
				;
			if (q == e)
				return 1;
		}
		/* "BEIJING, Aug 27 (APP):" closes with a colon (stop 66) */
		if (kis(d, e, ")") || kis(d, e, "-"))
			return kis(d, e, "-") ||
			       (e + 1 < s->t1 && (kis(d, e + 1, "-") || kis(d, e + 1, ":")));
	}
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

/* Does a weapon's mention start at token j ("BAE's Typhoon fighters")? */
static int goods_at(const dctx *d, const span *s, size_t j)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 == j && M(d, k)->gz == GZ_WEAPON)
			return 1;
	return 0;
}

/* "Y was (is being) supplied (provided, equipped, armed) with (lethal)
 * German(-made) weapons": a passive of supply at sv with no agent, then
 * "with" and a demonym that qualifies the goods; that demonym, or NULL. */
static const mention *passive_with_origin(const dctx *d, const span *s, size_t sv)
{
	static const char *w_with_v[] = {"supplied", "provided", "equipped", "armed", NULL};
	/* "Y's armed forces were handed (given, gifted, lent) two Indian-made
	 * radars": the goods right after the passive (stop 63) */
	static const char *w_given_v[] = {"handed", "given", "gifted", "lent", NULL};
	const mention *m;
	size_t j, n;
	int with;
	if (sv < s->t0 + 2 || sv + 3 >= s->t1 ||
	    !(KIN(d, sv - 1, w_be) || kis(d, sv - 1, "being")))
		return NULL;
	with = kin_local(d, sv, w_with_v) && kis(d, sv + 1, "with");
	if (!with && !(kin_local(d, sv, w_given_v) && !kis(d, sv + 1, "over") &&
		       !kis(d, sv + 1, "to") && !after_prep(d, s, sv, "to") &&
		       !after_prep(d, s, sv, "by")))
		return NULL;
	for (j = sv + 1 + with, n = 0;
	     j < s->t1 && n < 3 &&
	     ((d->t.v[j].kind == TK_WORD && !d->t.v[j].upper) || d->t.v[j].kind == TK_NUM) &&
	     !kis(d, j, "by");
	     j++, n++)
		;
	m = j < s->t1 ? mention_at(d, s, j) : NULL;
	if (!m || !ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive || !m->code ||
	    m->t1 >= s->t1)
		return NULL;
	if (kis(d, m->t1, "-") && m->t1 + 2 < s->t1 && kis(d, m->t1 + 1, "made"))
		return m; /* "German-made", "US-made" */
	return m->gz == GZ_DEMONYM && d->t.v[m->t1].kind == TK_WORD && !d->t.v[m->t1].upper
		       ? m
		       : NULL;
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

/* "Argentina's broader military modernization plan, which also includes
 * the recent purchase of 24 F-16 jets": the state owning the noun a
 * relative of inclusion describes (over up to five words between the
 * owner and the comma, and "the" and one word before the noun of buying
 * at bv) buys; or NULL (stop 41). */
static const mention *relative_includes_owner(const dctx *d, const span *s, size_t bv)
{
	static const char *w_incl[] = {"included", "includes", "include", "comprises",
				       "comprised", "covers", "envisages", "foresees", NULL};
	size_t j = bv, c;
	const mention *o;
	if (j > s->t0 && d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper &&
	    !kin(d, j - 1, w_incl) && !kis(d, j - 1, "the"))
		j--; /* "the recent purchase" */
	if (j > s->t0 && kis(d, j - 1, "the"))
		j--;
	if (j < s->t0 + 4 || !kin(d, j - 1, w_incl))
		return NULL;
	j--;
	if (kis(d, j - 1, "also"))
		j--;
	if (j < s->t0 + 3 || !kis(d, j - 1, "which") || !kis(d, j - 2, ","))
		return NULL;
	for (c = j - 2; c > s->t0 && c + 7 > j - 2; c--) {
		o = mention_at_end(d, s, c);
		if (o && o->possessive && ent__is_state_mention(o) && o->gz != GZ_FIRM)
			return o;
		if (d->t.v[c - 1].kind != TK_WORD && !kis(d, c - 1, "'s") && !kis(d, c - 1, "-"))
			return NULL;
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

/* '"Russia will supply us with planes," Lukashenko said' (also with an
 * aside between dashes: "supply us - I won't say what - with"): the state
 * of the one who says "us" at token u, or NULL. */
static const mention *supplied_us_with(const dctx *d, const span *s, size_t sv, size_t u)
{
	size_t k = u + 1;
	if (kis(d, k, "-")) { /* dashes are keyed "-" (token.c) */
		for (k++; k < s->t1 && k < u + 16 && !kis(d, k, "-") && !quote_mark(d, k); k++)
			;
		k++;
	}
	return k < s->t1 && kis(d, k, "with") ? speaker_state(d, s, u, sv) : NULL;
}

/* "supplied Kyiv with arms (to fight X)", "provides the Peruvian army
 * (navy, armed forces, air force) with ...": the state right after the verb
 * of supply at sv, before "with", receives, whatever a later "to" names;
 * NULL when the object is not that. */
static const mention *supplied_with(const dctx *d, const span *s, size_t sv)
{
	const mention *o;
	size_t j = sv + 1, e;
	if (j >= s->t1 || (KIN(d, sv, w_supply_noun) && !(sv > s->t0 && kin(d, sv - 1, w_modal))))
		return NULL; /* the noun; but "will / to supply X with" is the verb */
	if (kis(d, j, "us") && !d->t.v[j].upper && j + 1 < s->t1)
		return supplied_us_with(d, s, sv, j);
	if (j + 2 < s->t1 && (kis(d, j, "its") || kis(d, j, "their"))) {
		/* "supplied its (close) ally Azerbaijan with UAVs" (stop 60) */
		static const char *w_kin_n[] = {"ally", "partner", "neighbour", "neighbor",
						"friend", "client", NULL};
		size_t q = j + 1;
		if (!kin_local(d, q, w_kin_n) && d->t.v[q].kind == TK_WORD && !d->t.v[q].upper)
			q++;
		if (q + 1 < s->t1 && kin_local(d, q, w_kin_n))
			j = q + 1;
	}
	o = named_state(d, s, j, &e);
	if (!o || e >= s->t1)
		return NULL;
	if (o->possessive) {
		/* "supplying Ethiopia's embattled Prime Minister Abiy Ahmed
		 * (the Yn army's units) with": words, no mark, up to "with" */
		size_t k;
		if (o->gz == GZ_DEMONYM || o->gz == GZ_FIRM)
			return NULL;
		for (k = e; k < s->t1 && k < e + 7 && d->t.v[k].kind == TK_WORD && !kis(d, k, "with");
		     k++)
			if (mention_at(d, s, k) && ent__is_state_mention(mention_at(d, s, k)))
				return NULL;
		return k < s->t1 && k > e && kis(d, k, "with") ? o : NULL;
	}
	if (o->gz == GZ_DEMONYM) {
		/* "the Peruvian army / government with" */
		if (KIN(d, e, w_gov_noun) || kis(d, e, "army") || kis(d, e, "military"))
			e++;
		else if (e + 2 < s->t1 && (kis(d, e, "armed") || kis(d, e, "air")) &&
			 (kis(d, e + 1, "forces") || kis(d, e + 1, "force")))
			e += 2; /* "the Peruvian Armed Forces / Air Force with" */
		else if (kis(d, e, "navy") || kis(d, e, "forces"))
			e++;
		else
			return NULL;
	}
	return e < s->t1 && kis(d, e, "with") ? o : NULL;
}

/* "Moscow is Baku's largest arms supplier (seller)": the noun of a
 * supplier at sv whose owner, right before it over words of rank and
 * arms, is the recipient rec (stop 60). */
static int supplier_owned(const dctx *d, size_t sv, const mention *rec)
{
	return rec && rec->possessive && rec->t1 < sv && kin_local(d, sv, w_supplier_n) &&
	       only_modifiers(d, rec->t1 + 1, sv);
}

/* The latest deal (or tie) to `recipient` from `supplier` told before c:
 * the deal the text was speaking of (supplier_of), or NULL. */
static const cand *discourse_deal(const dctx *d, const cand *c, const char *recipient,
				  const char *supplier)
{
	size_t i = (size_t)(c - d->cands);
	if (!supplier || !recipient[0])
		return NULL;
	while (i > 0) {
		const cand *o = &d->cands[--i];
		if (o->dropped || !o->directed || o->f.nsuppliers == 0 ||
		    (o->f.type != ENT_FACT_DEAL && o->f.type != ENT_FACT_SUPPLY))
			continue;
		if (!strcmp(o->f.recipient.s, recipient))
			return strcmp(o->f.suppliers[0].s, supplier) ? NULL : o;
	}
	return NULL;
}

/* "the wars against India", "fought against Iraq": a state right after
 * "against" (or "against the") is the foe of the sentence, no buyer. */
static int fought_against(const dctx *d, const span *s, const mention *m)
{
	static const char *w_strife[] = {"conflict", "conflicts", "war", "wars", "clash",
					 "clashes", "fighting", "hostilities", "skirmishes",
					 "standoff", "battles", "battle", NULL};
	static const char *w_struck[] = {"hit", "hits", "struck", "strike", "strikes", "attacked",
					 "attack", "attacks", "targeted", "target", "targets",
					 "bombarded", "bombard", "pounded", "pound", NULL};
	/* "a strategy against North Korea, China and Russia": each state
	 * of the list after "against" is judged as the list's first (stop
	 * 45) */
	size_t wb = list_word_before(d, s, m);
	if (wb == NONE)
		return 0;
	/* "drones that (which) hit (struck, targeted) Ukraine": the one
	 * struck, in a relative clause of the goods (stop 39) */
	if (wb > s->t0 && kin(d, wb, w_struck) &&
	    (kis(d, wb - 1, "that") || kis(d, wb - 1, "which")))
		return 1;
	/* "which Russia has used to strike Ukraine's infrastructure": the
	 * one an infinitive of striking aims at (stop 45) */
	if (wb > s->t0 && kin(d, wb, w_struck) && kis(d, wb - 1, "to"))
		return 1;
	/* "jets it used in conflicts with India", "the war with X": the
	 * enemy after "with" a noun of strife */
	return kis(d, wb, "against") ||
	       (kis(d, wb, "with") && wb > s->t0 && kin(d, wb - 1, w_strife));
}

/* Words that make a deal noun right after them an accord of policy or of
 * a civil trade, no sale: "its nuclear deal with world powers", "a
 * ceasefire deal", "a tourism deal worth $200 million", "a gas deal"
 * (stop 54). */
static const char *w_policy_deal[] = {"nuclear", "peace", "ceasefire", "truce", "grain",
				      "climate", "prisoner", "hostage", "migration", "gas", "oil",
				      "energy", "tourism", "fisheries", "fishing", "investment",
				      "visa", "mining", "electricity", "lithium", "minerals",
				      /* "the Reciprocal Access Agreement", "a basing pact":
				       * the use of bases, no sale (stop 58) */
				      "access", "basing", NULL};

/* "exported watches worth $2 billion to China": "worth" and a sum right
 * after a plain noun of goods (a lower-case word, no word of arms or
 * deals) that a verb of giving takes (stop 53). */
static int civil_worth(const dctx *d, const span *s, size_t w)
{
	static const char *w_not_civil[] = {"deal", "deals", "contract", "contracts", "package",
					    "packages", "agreement", "agreements", "order",
					    "orders", "sale", "sales", "aid", "assistance",
					    "systems", "system", "equipment", "items", "parts",
					    "spares", "components", NULL};
	const mention *m = w + 1 < s->t1 ? mention_at(d, s, w + 1) : NULL;
	if (!m || m->t0 != w + 1 || m->kind != MK_MONEY || w < s->t0 + 2)
		return 0;
	return d->t.v[w - 1].kind == TK_WORD && !d->t.v[w - 1].upper &&
	       !kin(d, w - 1, w_not_civil) && KIN(d, w - 2, w_supply_verb);
}

/* "exported $200 million worth of chemicals to Greece", "bilateral trade
 * grew, with Israel exporting $983 million to Greece": a sentence of
 * trade (the word "trade", "worth of" goods, or goods of civil_worth)
 * that names no weapon is commerce, no transfer of arms. */
static int civil_trade(const dctx *d, const span *s)
{
	static const char *w_arms[] = {"arms", "weapons", "weaponry", "armaments", "munitions",
				       "ammunition", "equipment", "hardware", "defense", "defence",
				       "military", NULL};
	size_t i;
	int trade = 0;
	/* "reached agreement on writing off Y's debts, which are estimated
	 * at $4.7bn": debts and loans are money owed, no goods */
	for (i = s->t0; i < s->t1 && !trade; i++)
		trade = kis(d, i, "trade") || kis(d, i, "debt") || kis(d, i, "debts") ||
			kis(d, i, "loan") || kis(d, i, "loans") ||
			(kis(d, i, "worth") && i + 1 < s->t1 &&
			 (kis(d, i + 1, "of") || civil_worth(d, s, i)));
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

/* "the missile developed (built, designed, made) by India and Russia": is
 * state m an agent of a participle of making, alone or in a list? */
static int made_by_agent(const dctx *d, const span *s, const mention *m)
{
	static const char *w_make_pp[] = {"developed", "co-developed", "designed", "built",
					  "made", "manufactured", "produced", NULL};
	size_t i = m->t0, k;
	while (i > s->t0 + 1) {
		if (kis(d, i - 1, "by"))
			return kin_local(d, i - 2, w_make_pp);
		if (!(kis(d, i - 1, "and") || kis(d, i - 1, ",") || kis(d, i - 1, "the")))
			break;
		i--;
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->t1 == i && ent__is_state_mention(M(d, k))) {
				i = M(d, k)->t0;
				break;
			}
	}
	return 0;
}

/* "delivered Y's first F-16 jet", "handed over Y's two new frigates": a
 * possessive state o before goods named within four tokens (numbers and
 * words in small letters between)? */
static int owned_goods(const dctx *d, const span *s, const mention *o)
{
	size_t i = o->t1, n;
	if (!o->possessive)
		return 0;
	if (i < s->t1 && (kis(d, i, "'s") || kis(d, i, "'")))
		i++;
	for (n = 0; i < s->t1 && n < 4; i++, n++) {
		const mention *g = mention_at(d, s, i);
		if (g && g->t0 == i && g->gz == GZ_WEAPON)
			return 1;
		if (g || !(d->t.v[i].kind == TK_NUM ||
			   (d->t.v[i].kind == TK_WORD && !d->t.v[i].upper)))
			return 0;
	}
	return 0;
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
 * sentence names none (deal.concern_over, test_extract_denials.c); so is
 * one after "commented on" or a headline's "X on" (stop 55). */
static int concern_over(const dctx *d, const span *s, size_t sv)
{
	static const char *w_worry[] = {"fears", "fear", "worries", "worry", "alarm", "anxiety",
					"anger", "outrage", "displeasure", "dismay", "unhappiness",
					"objection", "objections", "opposition", "criticism",
					"protest", "protests", "reservations", NULL};
	static const char *w_np[] = {"the", "a", "any", "this", "that", "these", "those", "its",
				     "their", "possible", "planned", "proposed", "latest", "new",
				     "recent", "arms", "weapons", "weapon", "military", "alleged",
				     "reported", "suspected", "continued", "ongoing", NULL};
	static const char *w_comment[] = {"commented", "comments", "comment", "commenting",
					  "remarks", "remarked", "spoke", "speaks", "statement",
					  "briefing", NULL};
	const mention *m;
	size_t p = sv, n;
	/* "transfer(s)" is also a verb; after a determiner or "weapons" it
	 * is the noun ("condemned the weapons transfers to Y") */
	if (!KIN(d, sv, w_supply_noun) && !kis(d, sv, "transfers") && !kis(d, sv, "transfer"))
		return 0;
	/* "concerns over arms exports", "displeasure over the possible sale",
	 * "on drone supplies" (a weapon's word, stop 55) */
	for (n = 0; p > s->t0 && n < 3; n++, p--) {
		if (kin(d, p - 1, w_np))
			continue;
		m = mention_at(d, s, p - 1);
		if (!(m && m->gz == GZ_WEAPON && m->t1 == p))
			break;
	}
	/* "X commented on drone supplies to Y", the headline "Kremlin on
	 * drone supplies to Y": what is spoken of is no seller's (stop 55) */
	if (p >= s->t0 + 2 && kis(d, p - 1, "on") &&
	    (kin_local(d, p - 2, w_comment) ||
	     ((m = mention_at(d, s, s->t0)) && m->t1 == p - 1 && ent__is_state_mention(m))))
		return 1;
	/* "Y, which has condemned the weapons transfers": the transfers are
	 * what the verb condemns, not the subject's */
	if (n > 0 && p > s->t0 && (KIN(d, p - 1, w_oppose_v) || kis(d, p - 1, "criticized")))
		return 1;
	return p >= s->t0 + 2 &&
	       (kis(d, p - 1, "over") || kis(d, p - 1, "about") || kis(d, p - 1, "at") ||
		kis(d, p - 1, "to") || kis(d, p - 1, "against")) &&
	       (KIN(d, p - 2, w_concern) || kin_local(d, p - 2, w_worry));
}

/* "IAI received $22 million from Morocco": a verb of receiving whose
 * object is only a sum of money, right before "from" and the state sup,
 * is a payment: sup pays and the receiver sells (test_extract_civil_commerce.c).
 * Not money given to spend ("received $22 million from Y to buy / for the
 * purchase of ..."): that is Y's funding of the receiver's purchase. */
static int paid_from(const dctx *d, const span *s, size_t bv, const mention *sup)
{
	static const char *w_receive[] = {"received", "receives", "receive", "receiving", NULL};
	static const char *w_spend_v[] = {"buy", "purchase", "procure", "acquire", "pay", "fund",
					  "finance", NULL};
	const mention *m;
	size_t i = bv + 1, e;
	if (!kin(d, bv, w_receive))
		return 0;
	if (i < s->t1 && (kis(d, i, "about") || kis(d, i, "some") || kis(d, i, "nearly")))
		i++;
	m = mention_at(d, s, i);
	if (!(m && m->kind == MK_MONEY && m->t0 == i && m->t1 + 1 < s->t1 &&
	      kis(d, m->t1, "from") && sup->t0 >= m->t1 + 1 && sup->t0 <= m->t1 + 2))
		return 0;
	e = sup->t1;
	if (e + 1 < s->t1 && (kis(d, e, "to") || kis(d, e, "for")) &&
	    (kin_local(d, e + 1, w_spend_v) || kis(d, e + 1, "the")))
		return 0; /* "to buy ...", "for the purchase of ..." */
	return 1;
}

/* "Coal shipments were delivered to A and B by ships", "oil exports to
 * X", "shipments of grain", "supplies X with oil": a noun of supply whose
 * goods are a raw commodity right before it or after "of", or a verb
 * whose goods after "with" are one, is trade, no transfer of arms
 * (deal.commodity, test_extract_denials.c). */
static int commodity_noun(const dctx *d, const span *s, size_t sv)
{
	static const char *w_commodity[] = {"coal", "oil", "petroleum", "crude", "fuel", "gas",
					    "grain", "wheat", "iron", "steel", "food", "fertiliser",
					    "fertilizer", "timber", "textiles", NULL};
	size_t i, k;
	/* "Y supplies X with oil": the goods after "with", none of them a
	 * weapon ("with fuel and 20 armoured vehicles" stays) */
	for (i = sv + 1; i + 1 < s->t1 && i < sv + 7; i++)
		if (kis(d, i, "with") && kin_local(d, i + 1, w_commodity)) {
			for (k = s->m0; k < s->m1; k++)
				if (M(d, k)->t0 > i && M(d, k)->kind == MK_ACTOR &&
				    M(d, k)->gz == GZ_WEAPON)
					return 0;
			return 1;
		}
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

/* Does "to" (maybe "to the") stand right before state m? */
static int after_to(const dctx *d, const span *s, const mention *m)
{
	size_t i = m->t0;
	if (i > s->t0 && kis(d, i - 1, "the"))
		i--;
	return i > s->t0 && kis(d, i - 1, "to");
}

/* "five aircraft to Peru and four to Chile", "arms to Peru and Chile":
 * two states joined by "and", the first after "to" and the second after
 * "to" too or right after the "and", are both on the receiving side, no
 * pair of one deal (test_extract_deal_precision2.c). */
static int parallel_recipients(const dctx *d, const span *s, const mention *a,
			       const mention *b)
{
	size_t i;
	if (!after_to(d, s, a) || b->t0 <= a->t1)
		return 0;
	if (!after_to(d, s, b))
		return b->t0 == a->t1 + 1 && kis(d, a->t1, "and");
	for (i = a->t1; i < b->t0; i++)
		if (kis(d, i, "and"))
			return 1;
	return 0;
}

/* "is due to receive five radars under Japan's new Official Security
 * Assistance framework": the state owning the programme (framework,
 * scheme, package) of aid after "under", within twelve words after the
 * verb of receiving at bv, gives the goods; NULL when none or when it is
 * rec (stop 46). */
static const mention *programme_owner(const dctx *d, const span *s, size_t bv,
				      const mention *rec)
{
	static const char *w_programme_n[] = {"programme", "program", "framework", "scheme",
					      "initiative", "package", "grant", NULL};
	const mention *m;
	size_t u, j;
	for (u = bv + 1; u < s->t1 && u < bv + 12 && !kis(d, u, "under"); u++)
		if (kis(d, u, ",") || kis(d, u, ";"))
			return NULL;
	if (u + 2 >= s->t1 || u >= bv + 12)
		return NULL;
	m = mention_at(d, s, u + 1);
	if (!m || m->t0 != u + 1 || !m->possessive || !ent__is_state_mention(m) ||
	    m->gz == GZ_FIRM || !strcmp(m->code, rec->code))
		return NULL;
	for (j = m->t1 + 1; j < s->t1 && j < m->t1 + 7; j++) {
		if (kin_local(d, j, w_programme_n))
			return m;
		if (d->t.v[j].kind != TK_WORD)
			return NULL;
	}
	return NULL;
}

/* "decided to buy the ships, against competition (notably) from the
 * American group Lockheed Martin": a maker named after "from" (over
 * "the" and at most three words) that a noun of rivalry opens names a
 * rival bidder, no seller (stop 46). */
static int rival_named(const dctx *d, const span *s, const mention *m)
{
	static const char *w_rival_n[] = {"competition", "rivalry", "competitors", "rivals",
					  NULL};
	size_t f = m->t0, n;
	for (n = 0; f > s->t0 + 1 && n < 4 && !kis(d, f - 1, "from"); f--, n++)
		if (d->t.v[f - 1].kind != TK_WORD)
			return 0;
	if (f <= s->t0 + 1 || !kis(d, f - 1, "from"))
		return 0;
	f--;
	if (f > s->t0 + 1 && kin_local(d, f - 1, w_notably))
		f--;
	return kin_local(d, f - 1, w_rival_n);
}

/* "from three NATO members - Bulgaria, Romania and Slovakia", "from
 * two countries: A and B", "from countries in Western Europe such as A,
 * B and C": the first state named after a noun of states and a dash,
 * colon or bracket, or past a short qualifier and "such as / including /
 * like", after "from" (following buy verb bv), or NULL. */
static const mention *sellers_named(const dctx *d, const span *s, size_t bv)
{
	static const char *w_states_n[] = {"countries", "members", "states", "nations",
					   "suppliers", "partners", "allies", "sources", NULL};
	size_t f, j, g = NONE;
	for (f = bv + 1; f < s->t1 && f < bv + 8 && !kis(d, f, "from"); f++)
		;
	for (j = f + 1; j + 1 < s->t1 && j < f + 9; j++) {
		if (kis(d, j, ",") || kis(d, j, "."))
			return NULL;
		if (g == NONE && kin(d, j, w_states_n))
			g = j;
		if (j > f + 1 && (kis(d, j, "-") || kis(d, j, ":") || kis(d, j, "(")) &&
		    kin(d, j - 1, w_states_n)) {
			const mention *x = actor_after(d, s, j + 1, 0, 1);
			return x && x->gz == GZ_STATE ? x : NULL;
		}
		if (g != NONE && j > g &&
		    ((kis(d, j, "such") && kis(d, j + 1, "as")) || kis(d, j, "including") ||
		     kis(d, j, "like"))) {
			const mention *x = actor_after(d, s, j + (kis(d, j, "such") ? 2 : 1), 0, 1);
			return x && x->gz == GZ_STATE ? x : NULL;
		}
	}
	return NULL;
}

/* "and later (then, subsequently) Y": one more seller of a list */
static const char *w_then_adv[] = {"later", "then", "subsequently", "afterwards", NULL};

/* The most further sellers seller_list reads. */
#define MAX_SELLERS 6

/* The states coordinated after the seller m of a buy verb ("from
 * Bulgaria, Romania and Slovakia", "from A and the B", "from American
 * and Israeli firms"), at most MAX_SELLERS, into out; their count. */
static size_t seller_list(const dctx *d, const span *s, const mention *m, const mention **out)
{
	size_t n = 0, j = m->t1;
	int last = 0;
	while (n < MAX_SELLERS && !last && j + 1 < s->t1) {
		const mention *x;
		/* "from Germany (20), Italy (24) and Spain (25)": past a
		 * count in brackets (stop 60) */
		if (j + 3 < s->t1 && kis(d, j, "(") && d->t.v[j + 1].kind == TK_NUM &&
		    kis(d, j + 2, ")"))
			j += 3;
		if (kis(d, j, "and") || kis(d, j, "or"))
			last = 1;
		else if (!kis(d, j, ","))
			break;
		j++;
		if (kis(d, j, "and")) /* ", and" */
			last = 1, j++;
		/* "by the Soviet Union and later (by) Russia" (stop 67) */
		if (last && j + 1 < s->t1 && kin_local(d, j, w_then_adv)) {
			j++;
			if (j + 1 < s->t1 && (kis(d, j, "by") || kis(d, j, "from")))
				j++;
		}
		if (j < s->t1 && kis(d, j, "the"))
			j++;
		x = actor_after(d, s, j, 0, m->gz != GZ_DEMONYM);
		if (!x || x->t0 != j || x->possessive ||
		    !(x->gz == GZ_STATE || (x->gz == GZ_DEMONYM && m->gz == GZ_DEMONYM)))
			break;
		/* "from Russia and Myanmar is getting equipment from India":
		 * a state before a verb opens a clause of its own */
		if (x->t1 < s->t1 && (KIN(d, x->t1, w_be) || kin_local(d, x->t1, w_aux_v) ||
				      KIN(d, x->t1, w_buy_verb) || KIN(d, x->t1, w_supply_verb)))
			break;
		out[n++] = x;
		j = x->t1;
	}
	if (m->gz == GZ_DEMONYM && !(j < s->t1 && kin_local(d, j, w_firm_n)))
		return 0; /* "from American and Israeli firms", not "Israeli rifles" */
	return n;
}

/* "Both A and B bought ...": a "both" right before token a opens the
 * sentence, its clause after a comma, or what a verb of saying tells
 * ("officials said (that) both A and B had requested", stop 41). */
static int opening_both(const dctx *d, const span *s, size_t a)
{
	return a > s->t0 && kis(d, a - 1, "both") &&
	       (a - 1 == s->t0 || kis(d, a - 2, ",") || kis(d, a - 2, "that") ||
		KIN(d, a - 2, w_speech_verb));
}

/* The first token of "including" or "such as" right before token a, or
 * NONE. */
static size_t list_intro_before(const dctx *d, const span *s, size_t a)
{
	if (a > s->t0 && kis(d, a - 1, "including"))
		return a - 1;
	if (a > s->t0 + 1 && kis(d, a - 1, "as") && kis(d, a - 2, "such"))
		return a - 2;
	return NONE;
}

/* The "to" before a list that opens with "including" or "such as" at
 * intro ("to several NATO members, including A, B and C", "to countries
 * such as A and B", "to many countries on the continent, including A"):
 * up to eight words, no state, between; or NONE. */
static size_t to_before_intro(const dctx *d, const span *s, size_t intro)
{
	size_t j;
	for (j = intro; j > s->t0 && j + 9 > intro; j--) {
		if (kis(d, j - 1, "to"))
			return j - 1;
		if (kis(d, j - 1, ".") || kis(d, j - 1, ";") || plain_state_at(d, s, j - 1))
			return NONE;
	}
	return NONE;
}

/* "sold systems to many countries on the continent, including A, B and
 * C": the first state of a list that "including" or "such as" opens
 * after "to" and a group of unnamed states (to_before_intro), within
 * twelve words after the verb at sv; or NULL. */
static const mention *group_member_after(const dctx *d, const span *s, size_t sv)
{
	size_t j, to = NONE;
	if (KIN(d, sv, w_supply_noun))
		return NULL; /* "These include sales to countries such as A":
			      * the seller is the deal's told before */
	for (j = sv + 1; j < s->t1 && j < sv + 12 && to == NONE; j++)
		if (kis(d, j, "to"))
			to = j;
	for (j = to; to != NONE && j + 1 < s->t1 && j < to + 10; j++) {
		const mention *m;
		if (kis(d, j, ".") || kis(d, j, ";"))
			return NULL;
		if (j > to + 1 && (m = plain_state_at(d, s, j)) != NULL)
			return list_intro_before(d, s, j) != NONE &&
					       to_before_intro(d, s, list_intro_before(d, s, j)) == to
				       ? m
				       : NULL;
	}
	return NULL;
}

/* "exported howitzers to Turkey, Poland, India and Norway": the states
 * listed after the recipient m of "to" are recipients too.  The list is
 * states (not possessives) joined by commas, its last by "and"/"or", and
 * it ends the clause or meets a preposition, a time word or punctuation
 * ("to India and China, officials said"; not "to India, Pakistan said");
 * with open_end, the list of a noun that opens the sentence may meet its
 * verb ("Supplies of arms to A and B form ...").  Writes up to cap further
 * recipients to out; 0 when m opens no list. */
static size_t recipient_list(const dctx *d, const span *s, const mention *m,
			     const mention **out, size_t cap, int open_end)
{
	static const char *w_list_end[] = {".", ",", ";", ":", "(", ")", "in", "on", "at", "for",
					   "since", "under", "between", "by", "from", "as", "over",
					   "during", "last", "this", "earlier", "after", "before",
					   "until", "with", "worth", "so", NULL};
	size_t n = 0, j = m->t1, w = m->t0;
	int last = 0;
	if (w > s->t0 && kis(d, w - 1, "the"))
		w--;
	if (w > s->t0 && !kis(d, w - 1, "to") && list_intro_before(d, s, w) != NONE &&
	    to_before_intro(d, s, list_intro_before(d, s, w)) != NONE)
		w = to_before_intro(d, s, list_intro_before(d, s, w)) + 1; /* "to N, including" */
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
		if (last && j < s->t1 && (kis(d, j, "even") || kis(d, j, "also")))
			j++; /* "... Ecuador and even Venezuela" */
		if (j < s->t1 && kis(d, j, "the"))
			j++;
		x = mention_at(d, s, j);
		if (x && x->t0 == j && x->gz == GZ_BLOC && x->t1 + 1 < s->t1 &&
		    kin_local(d, x->t1, w_member_title)) {
			/* "Qatar and NATO members Poland and Romania": the
			 * title opens a list of its own (stop 62) */
			j = x->t1 + 1;
			last = 0;
			x = actor_after(d, s, j, 0, 1);
			if (!x || x->t0 != j || x->gz != GZ_STATE || x->possessive)
				return 0;
			out[n++] = x;
			j = x->t1;
			continue;
		}
		x = actor_after(d, s, j, 0, 1);
		if (!x || x->t0 != j || x->gz != GZ_STATE || x->possessive)
			return 0;
		out[n++] = x;
		j = x->t1;
	}
	if (!last || (j < s->t1 && !kin(d, j, w_list_end) && d->t.v[j].kind != TK_NEWLINE &&
		      !(open_end && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper)))
		return 0;
	return n;
}

/* "handed over two OPVs, Varaha in April 2006 and Vigraha in August
 * 2008": goods named one by one after the verb, each with its own year,
 * are one transfer each.  c takes the first year; a copy of it each
 * other year. */
static int split_by_dated_name(dctx *d, cand *c, const span *s, size_t trig)
{
	int ys[4];
	size_t ny = 0, k, j, ci = (size_t)(c - d->cands);
	for (k = s->m0; k < s->m1 && ny < 4; k++) {
		const mention *y = M(d, k);
		size_t i;
		if (y->kind != MK_YEAR || y->t0 <= trig + 1 || y->from_month)
			continue;
		i = y->t0;
		if (kin(d, i - 1, w_months))
			i--;
		/* "<Name> in [Month] YEAR", after the first joined by "and" or "," */
		if (!kis(d, i - 1, "in") || i < s->t0 + 2 || !d->t.v[i - 2].upper ||
		    d->t.v[i - 2].kind != TK_WORD)
			continue;
		/* "to Portugal in 2023 and Hungary in 2024": a state is no
		 * name of goods, its years are dest_year_list's (stop 64) */
		const mention *st = mention_at(d, s, i - 2);
		if (st && ent__is_state_mention(st))
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

/* "X has been contracted by Y to supply", "X was hired by Y to deliver":
 * y, the agent of a passive of hiring right before "to" and the verb of
 * supply at sv, buys; the subject before the passive (X) sells.  Returns
 * X, or NULL when the sentence is no such thing. */
static const mention *hired_by(const dctx *d, const span *s, size_t sv, const mention *y)
{
	static const char *w_hired[] = {"contracted", "hired",  "commissioned", "chosen",
					"selected",   "tasked", "engaged",      "picked", NULL};
	size_t p;
	if (y->t1 != sv - 1 || !kis(d, sv - 1, "to") || y->t0 < s->t0 + 3 ||
	    !kis(d, y->t0 - 1, "by"))
		return NULL;
	p = y->t0 - 2;
	if (!kin_local(d, p, w_hired) || !KIN(d, p - 1, w_be))
		return NULL;
	return actor_before(d, s, p - 1, 4, 0);
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

/* "India also agreed to buy 36 (hundreds) of the fighters": a count, "of the" and a
 * plain term of goods after the buy verb at bv are some of the goods told
 * before; the seller of the latest deal of the document with a named
 * system of that category, to a buyer other than rec, sells them (stop
 * 35).  Its code, or NULL. */
static const char *partitive_goods_seller(const dctx *d, const span *s, size_t bv,
					  const mention *rec)
{
	/* "to buy hundreds (dozens) of the missiles" (stop 61) */
	static const char *w_many[] = {"hundreds", "dozens", "thousands", "scores", NULL};
	size_t i = bv + 1, k;
	const mention *g = NULL;
	if (i + 3 >= s->t1 ||
	    !(d->t.v[i].kind == TK_NUM || KIN(d, i, w_numwords) || kin_local(d, i, w_many)) ||
	    !kis(d, i + 1, "of") || !kis(d, i + 2, "the"))
		return NULL;
	for (k = s->m0; k < s->m1 && !g; k++)
		if (M(d, k)->t0 == i + 3 && M(d, k)->gz == GZ_WEAPON && !M(d, k)->canon)
			g = M(d, k);
	for (k = d->ncands; g && k > 0; k--) {
		const cand *c = &d->cands[k - 1];
		size_t j;
		if (c->dropped || c->f.type != ENT_FACT_DEAL || c->f.nsuppliers != 1 ||
		    !strcmp(c->f.recipient.s, rec->code) || !strcmp(c->f.suppliers[0].s, rec->code))
			continue;
		for (j = 0; j < c->f.nitems; j++)
			if (c->f.items[j].designation && (int)c->f.items[j].category == g->category)
				return c->f.suppliers[0].s;
	}
	return NULL;
}

/* Does the verb at v follow mention m over words of tense and "also /
 * recently" only ("Poland have also ordered")? */
static int verb_follows(const dctx *d, const span *s, const mention *m, size_t v)
{
	/* "are (were, have been) purchasing" (stop 64) */
	static const char *w_aux[] = {"has", "have", "had", "also", "recently", "too", "both",
				      "reportedly", "already", "will", "would", "are", "were",
				      "been", NULL};
	/* "A and B had requested purchases of the drones" (stop 41) */
	static const char *w_request[] = {"requested", "sought", "placed", "submitted", NULL};
	size_t i;
	int asked = 0;
	if (v < m->t1 || v > m->t1 + 4)
		return 0;
	for (i = m->t1; i < v; i++)
		if (!kin_local(d, i, w_aux) && (asked++ || !kin_local(d, i, w_request)))
			return 0;
	return v <= m->t1 + 3 + asked;
}

/* "announced plans (a decision, a bid) by A and B to acquire": a state
 * m after "by" and a noun of intent opens a pair of buyers. */
static int plans_by(const dctx *d, const span *s, const mention *m)
{
	static const char *w_intent_n[] = {"plans", "plan", "decision", "bid", "intention",
					   "move", "efforts", NULL};
	return m->t0 > s->t0 + 1 && kis(d, m->t0 - 1, "by") && kin_local(d, m->t0 - 2, w_intent_n);
}

/* "A and B have also ordered armed drones" with no seller named: with
 * "also" in the clause, the seller of the latest deal (told in this unit
 * or the two before, neither A nor B) is theirs too; its code, or NULL. */
static const char *seller_also(const dctx *d, const span *s, const mention *a,
			       const mention *b)
{
	static const char *w_also[] = {"also", "too", NULL};
	const cand *c;
	if (d->last_deal < 0 || find_in(d, s->t0, s->t1, w_also) == NONE)
		return NULL;
	c = &d->cands[d->last_deal];
	/* within two sentences, or in the same paragraph (stop 64) */
	if (c->dropped || !c->directed || c->f.nsuppliers != 1 || c->unit > s->unit ||
	    c->unit < 0 || s->unit < 0 ||
	    (s->unit - c->unit > 2 && d->units[c->unit].line != d->units[s->unit].line) ||
	    !strcmp(c->f.suppliers[0].s, a->code) ||
	    !strcmp(c->f.suppliers[0].s, b->code))
		return NULL;
	return c->f.suppliers[0].s;
}

/* "Greece and Croatia ordered Rafale jets": a pair that buys (no word of
 * signing, no deal noun) a system of a third state's make buys it, each
 * of the pair, from its maker; not a deal between the two. */
static int pair_buys_third_make(const dctx *d, const span *s, const mention *rec, size_t sg,
				size_t dn)
{
	/* "A and B have agreed to buy variants of the Type 26": agreeing to
	 * buy signs nothing between the two (stop 63) */
	int agreed = sg != NONE && sg + 1 < s->t1 && kis(d, sg + 1, "to") &&
		     (kis(d, sg, "agreed") || kis(d, sg, "agree") || kis(d, sg, "agrees"));
	const mention *a = (sg == NONE || agreed) && dn == NONE ? pair_first(d, s, rec) : NULL;
	const char *mk = a ? designation_maker(d, s, NULL) : NULL;
	return mk && strcmp(mk, rec->code) != 0 && strcmp(mk, a->code) != 0 &&
	       !designation_maker(d, s, mk);
}

static int emit_system_deal(dctx *d, const span *s, const mention *sys, const char *to,
			    ent_status st, const char *rule);

/* "help Cairo freeze any armed drone deal between Ankara and Addis
 * Ababa": a deal noun at dn that a verb of stopping takes as object with
 * "any" (over up to four words of goods) is no deal, only a fear of one
 * (stop 40). */
static int deal_stopped(const dctx *d, const span *s, size_t dn)
{
	static const char *w_stop_v[] = {"freeze", "froze", "freezes", "freezing", "block",
					 "blocks", "blocked", "blocking", "halt", "halts",
					 "halted", "halting", "stop", "stops", "stopped",
					 "stopping", "scuttle", "scuttled", "derail", "derailed",
					 NULL};
	size_t j = dn, n;
	for (n = 0; j > s->t0 && n < 4 && d->t.v[j - 1].kind == TK_WORD &&
		    !d->t.v[j - 1].upper && !kis(d, j - 1, "any");
	     n++)
		j--;
	/* only "any": "blocking a deal for 48 jets signed by X" was made */
	return j > s->t0 + 1 && kis(d, j - 1, "any") && kin_local(d, j - 2, w_stop_v) &&
	       !negated(d, s, j - 2);
}

/* "A and B (had, have) both ...", "A and B ordered (requested the
 * purchase of) ...": the two states of a coordinated subject (a first,
 * then b, joined by "and") act each on its own; a verb of buying right
 * after them makes both buyers (stop 39). */
static int both_after(const dctx *d, const span *s, const mention *a, const mention *b)
{
	size_t j = b->t1, e;
	if (a->t1 + 1 != b->t0 || !kis(d, a->t1, "and") || b->possessive || a->possessive)
		return 0;
	/* "A and B, Y's partner in NATO, also ordered": past an apposition */
	if (j < s->t1 && kis(d, j, ","))
		for (e = j + 1; e < s->t1 && e < j + 9; e++)
			if (kis(d, e, ",")) {
				j = e + 1;
				break;
			}
	if (j < s->t1 && (kis(d, j, "had") || kis(d, j, "have") || kis(d, j, "has")))
		j++;
	if (j < s->t1 && kis(d, j, "also"))
		j++;
	return j < s->t1 &&
	       (kis(d, j, "both") || KIN(d, j, w_buy_verb) ||
		(j + 2 < s->t1 && (kis(d, j, "requested") || kis(d, j, "sought")) &&
		 kis(d, j + 1, "the") && (kis(d, j + 2, "purchase") || kis(d, j + 2, "purchases"))));
}

/* A deal from the maker mk of the span's goods to each of a and b, at the
 * span's stage (deal.both_bought). */
static int both_buyers(dctx *d, const span *s, const mention *a, const mention *b, const char *mk)
{
	const mention *sys = NULL;
	size_t k;
	int rc;
	for (k = s->m0; k < s->m1 && !sys; k++)
		if (M(d, k)->gz == GZ_WEAPON && M(d, k)->canon && M(d, k)->code &&
		    !strcmp(M(d, k)->code, mk))
			sys = M(d, k);
	if (!sys)
		return ENT_OK;
	if ((rc = emit_system_deal(d, s, sys, a->code, status_of(d, s), "deal.both_bought")))
		return rc;
	return emit_system_deal(d, s, sys, b->code, status_of(d, s), "deal.both_bought");
}

/* "The arrival of the fighter jets in X comes at a time of ...": with no
 * state before the noun of arrival, the state the goods arrive in (the
 * first "in" after "of", within 10 tokens) receives them. */
static const mention *arrival_in(const dctx *d, const span *s, size_t bv)
{
	size_t i;
	if (!(kis(d, bv, "arrival") || kis(d, bv, "arrivals")) || bv + 1 >= s->t1 ||
	    !kis(d, bv + 1, "of"))
		return NULL;
	for (i = bv + 2; i < s->t1 && i < bv + 12; i++) {
		if (kis(d, i, ",") || kis(d, i, "from"))
			return NULL;
		if (kis(d, i, "in"))
			return actor_after(d, s, i + 1, 1, 1);
	}
	return NULL;
}

/* "Washington's sanctions against Ankara over the purchase of Russian
 * S-400s", "sanctions on Y for its purchase": the state sanctioned over the
 * noun of buying at bv bought, not the state that sanctions. That state,
 * or NULL. */
static const mention *sanctioned_buyer(const dctx *d, const span *s, size_t bv)
{
	size_t j = bv, k;
	if (j > s->t0 && (KIN(d, j - 1, w_det) || kis(d, j - 1, "its") || kis(d, j - 1, "their")))
		j--;
	if (j < s->t0 + 4 || !(kis(d, j - 1, "over") || kis(d, j - 1, "for")))
		return NULL;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 == j - 1 && m->t0 >= s->t0 + 2 && ent__is_state_mention(m) &&
		    m->gz != GZ_FIRM && (kis(d, m->t0 - 1, "against") || kis(d, m->t0 - 1, "on")) &&
		    KIN(d, m->t0 - 2, w_sanction_n))
			return m;
	}
	return NULL;
}

/* "Armenia thanked (turned to, met) France and bought jets from Russia",
 * "Turkey will train Somali troops and sell them drones": the state m
 * right before "and" and the verb (of buying, of supply) at bv, or a
 * demonym before at most three words in small letters there, is the
 * object of an earlier verb (a word in small letters before it, no "and"
 * or determiner), so the subject of that verb buys (sells); NULL when
 * there is none ("Peru and Chile bought": m is a subject). */
static const mention *coordinated_verb_subject(const dctx *d, const span *s, const mention *m,
						size_t bv)
{
	size_t a = m->t1, p = m->t0;
	const mention *sb;
	if (m->gz == GZ_DEMONYM)
		while (a < bv && a < m->t1 + 3 && d->t.v[a].kind == TK_WORD && !d->t.v[a].upper &&
		       !kis(d, a, "and"))
			a++;
	if (m->possessive || a + 1 > bv || !kis(d, a, "and"))
		return NULL;
	if (a + 1 < bv && !(a + 2 == bv && (kis(d, a + 1, "also") || kis(d, a + 1, "then") ||
					    kis(d, a + 1, "later"))))
		return NULL;
	if (p > s->t0 && kis(d, p - 1, "the"))
		p--;
	if (p <= s->t0 + 1 || d->t.v[p - 1].kind != TK_WORD || d->t.v[p - 1].upper ||
	    kis(d, p - 1, "and") || kis(d, p - 1, "or") || KIN(d, p - 1, w_det))
		return NULL;
	sb = subject_before(d, s, p - 1);
	return sb && sb != m && !sb->possessive && sb->gz != GZ_FIRM && sb->code && m->code &&
		       strcmp(sb->code, m->code) != 0
		   ? sb
		   : NULL;
}

/* Is m a demonym before a noun of kinship between states ("a Chinese
 * neighbour", "an American ally"): another state, described? */
static int described_state(const dctx *d, const span *s, const mention *m)
{
	static const char *w_kin_state_n[] = {"neighbour", "neighbor", "neighbours", "neighbors",
					      "ally", "allies", "rival", "rivals", "foe", "foes",
					      NULL};
	return m->gz == GZ_DEMONYM && m->t1 < s->t1 && kin(d, m->t1, w_kin_state_n);
}

/* Is the token at j, before the verb at v, a noun of a deal or tender,
 * or are the words from j to it a body's name ("Ministry of Defense
 * tender")?  At most four capitalised words and "of" between. */
static int names_the_deal(const dctx *d, size_t j, size_t v)
{
	static const char *w_tender_n[] = {"tender", "tenders", "competition", NULL};
	size_t n;
	for (n = 0; j < v && n < 5; j++, n++) {
		if (KIN(d, j, w_deal_noun) || kin_local(d, j, w_tender_n))
			return 1;
		if (!(d->t.v[j].kind == TK_WORD && (d->t.v[j].upper || kis(d, j, "of"))))
			return 0;
	}
	return 0;
}

/* "Turkey has helped Pakistan in upgrading both its F-16 fighter jets
 * acquired from the United States": goods that "its"/"their" owns, then a
 * participle of buying with "from", were bought by the state that owns
 * them, the state named right before the possessive (within five tokens),
 * when no comma or "and" comes between the possessive and the participle.
 * That state, or NULL. */
static const mention *possessor_of_bought(const dctx *d, const span *s, size_t bv)
{
	size_t i;
	if (bv + 1 >= s->t1 || !kis(d, bv + 1, "from") || !kin(d, bv, w_bought_pp))
		return NULL;
	for (i = bv; i > s->t0 && i + 12 > bv; i--) {
		if (kis(d, i - 1, ",") || kis(d, i - 1, "and") || kis(d, i - 1, ";"))
			return NULL;
		if (kis(d, i - 1, "its") || kis(d, i - 1, "their"))
			return actor_before(d, s, i - 1, 5, 1);
	}
	return NULL;
}

/* "Peru, which has long been close to Brazil, has bought ...": the state
 * whose non-restrictive relative clause (", which/who/whose ... ,", no
 * other comma inside, closed before token v) holds mention m is the one
 * the main verb at v speaks of.  That head state, or NULL when m is in no
 * such clause. */
static const mention *relative_head(const dctx *d, const span *s, const mention *m, size_t v)
{
	size_t i, c = NONE;
	for (i = m->t1; i < v && i < m->t1 + 20; i++)
		if (kis(d, i, ",")) {
			c = i;
			break;
		}
	if (c == NONE)
		return NULL;
	for (i = m->t0; i > s->t0 + 1 && i + 25 > m->t0; i--) {
		if (kis(d, i - 1, ","))
			return NULL;
		if ((kis(d, i - 1, "which") || kis(d, i - 1, "who") || kis(d, i - 1, "whose")) &&
		    kis(d, i - 2, ",")) {
			const mention *h = actor_before(d, s, i - 2, 0, 1);
			return h && h->t1 == i - 2 && !h->possessive ? h : NULL;
		}
	}
	return NULL;
}

/* "$5 billion combined in arms sales to X and Y", "sales to X and Y ...
 * worth $5 billion": one sum for two buyers is no value of either deal
 * (deal.shared_sum). */
static int shared_sum(const dctx *d, const span *s, const mention *mv, const mention *rec)
{
	size_t j;
	if ((mv->t1 < s->t1 && kis(d, mv->t1, "combined")) ||
	    (mv->t0 > s->t0 && kis(d, mv->t0 - 1, "combined")) ||
	    (mv->t0 > s->t0 + 1 && kis(d, mv->t0 - 2, "combined")))
		return 1;
	if (!rec || rec->possessive || rec->t1 + 1 >= s->t1 || !kis(d, rec->t1, "and") ||
	    rec->t0 == s->t0 || !kis(d, rec->t0 - 1, "to"))
		return 0;
	j = rec->t1 + 1;
	if (kis(d, j, "the"))
		j++;
	for (size_t k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 == j && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    m->gz != GZ_DEMONYM && !m->possessive)
			return 1;
	}
	return 0;
}

/* "... even as the latter reaps ~$1 billion in security assistance from
 * Washington each year": a sum of aid (loans, grants) "from" a state that
 * is none of the deal's parties (sup, rec, or the open pair pa, pb) is no
 * value of the deal (stop 59). */
static int others_aid(const dctx *d, const span *s, const mention *mv, const mention *sup,
		      const mention *rec, const char *pa, const char *pb)
{
	static const char *w_aid_n[] = {"aid", "assistance", "loans", "loan", "grants", "grant",
					"funding", "financing", NULL};
	const mention *g;
	size_t j = mv->t1, n;
	if (j >= s->t1 || !kis(d, j, "in"))
		return 0;
	for (j++, n = 0; j < s->t1 && n < 3 && !kin_local(d, j, w_aid_n); j++, n++)
		if (d->t.v[j].kind != TK_WORD)
			return 0;
	if (j + 2 >= s->t1 || !kin_local(d, j, w_aid_n) || !kis(d, j + 1, "from") ||
	    !(g = actor_after(d, s, j + 2, 1, 0)) || !ent__is_state_mention(g) || !g->code)
		return 0;
	return !(sup && sup->code && !strcmp(sup->code, g->code)) &&
	       !(rec && rec->code && !strcmp(rec->code, g->code)) && strcmp(pa, g->code) != 0 &&
	       strcmp(pb, g->code) != 0;
}

/* "ordered his military to conduct a drill", "orders live-fire missile
 * drills": "order" as a command (to forces or officials, or of a drill,
 * an inquiry or a withdrawal within six words) buys nothing
 * (deal.order_command). */
static int order_command(const dctx *d, const span *s, size_t v)
{
	static const char *w_order_v[] = {"ordered", "orders", "ordering", "order", NULL};
	static const char *w_cmd_obj[] = {"military", "troops", "army", "forces", "navy",
					  "commanders", "officials", "ministry", "government",
					  "him", "her", "them", "units", "police", "authorities",
					  "soldiers", "guard", "guards", NULL};
	/* not "attack" or "strike": "ordered attack helicopters" */
	static const char *w_cmd_deed[] = {"drill", "drills", "exercise", "exercises",
					   "investigation", "probe", "inquiry", "evacuation",
					   "withdrawal", "mobilisation", "mobilization", "review",
					   "crackdown", "retaliation", "deployment", NULL};
	size_t j;
	if (!kin_local(d, v, w_order_v))
		return 0;
	for (j = v + 1; j < s->t1 && j <= v + 7; j++) {
		if (kin_local(d, j, w_cmd_deed) && j <= v + 6)
			return 1;
		if (kis(d, j, "to") && j > v + 1 && kin_local(d, j - 1, w_cmd_obj))
			return 1;
		if (d->t.v[j].kind != TK_WORD && !kis(d, j, "-"))
			return 0; /* "live-fire" is one word */
	}
	return 0;
}

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
/* "opposes any (every) F-35 sale to Y": determiners of a noun that stands
 * for no one sale */
static const char *w_any[] = {"any", "every", NULL};

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
int ban_reversed(const dctx *d, const span *s, size_t b)
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

/* "to provide the country with ...": the verb of supply at sv takes as
 * its recipient a description that points back to the sentence's topic,
 * the signer of the contract, then "with" and the goods.  ("it" and "its
 * army" may point to either side, and are left to the order of the
 * sentence.) */
static int provides_signer_with(const dctx *d, const span *s, size_t sv)
{
	static const char *back[] = {"country", "kingdom", "nation", "republic", NULL};
	/* "to supply its air force (army, navy, forces) with" (stop 62) */
	static const char *w_own_force[] = {"army", "navy", "forces", "military", "force", NULL};
	size_t i = sv + 1;
	if (i + 2 < s->t1 && kis(d, i, "its")) {
		size_t j = i + 1 + (kis(d, i + 1, "air") ? 1 : 0);
		return j + 1 < s->t1 && kin_local(d, j, w_own_force) && kis(d, j + 1, "with");
	}
	return i + 2 < s->t1 && kis(d, i, "the") && kin(d, i + 1, back) && kis(d, i + 2, "with");
}

/* "Poland has signed a contract with Hyundai Rotem to deliver 180 tanks to
 * the Polish Armed Forces": the verb of supply at sv names, after "to"
 * within its clause, the signer w (a demonym on its forces too), so the
 * signer receives and the partner of "with" sells (stop 45). */
static int delivers_to_signer(const dctx *d, const span *s, size_t sv, const mention *w)
{
	size_t i;
	for (i = sv + 1; i + 1 < s->t1 && i < sv + 12; i++) {
		const mention *y;
		if (d->t.v[i].kind == TK_PUNCT)
			return 0;
		if (!kis(d, i, "to"))
			continue;
		y = actor_after(d, s, i + 1, 1, 0);
		return y && y->gz != GZ_FIRM && !strcmp(y->code, w->code);
	}
	return 0;
}

/* "Australia signs record military export contract with Germany for Boxer
 * vehicles": a deal noun that "export" qualifies (phrase_words took the
 * word's sense of supply), signed (sg) by a state before it and made
 * "with" a state right after it: the signer sells to the partner (stop
 * 45). */
static int export_deal_with(const dctx *d, const span *s, size_t sg, size_t dn,
			    const mention **sup, const mention **rec)
{
	const mention *x, *p;
	if (sg == NONE || dn == NONE || sg >= dn || dn == s->t0 || !kis(d, dn - 1, "export") ||
	    dn + 2 >= s->t1 || !kis(d, dn + 1, "with"))
		return 0;
	p = actor_after(d, s, dn + 2, 1, 0);
	x = actor_before(d, s, sg, 8, 1);
	if (!x)
		x = pronoun_subject(d, s, sg);
	if (!p || !x || p->gz == GZ_FIRM || x->gz == GZ_FIRM || !strcmp(p->code, x->code))
		return 0;
	*sup = x;
	*rec = p;
	return 1;
}

/* "the peacekeeping operation in Kosovo", "a battalion based at X": a
 * state named by "in" or "at" right after a lower-case word is a place
 * the noun phrase is in.  Not "the government in Kabul", whose state
 * acts. */
static int place_of_noun(const dctx *d, const span *s, const mention *m)
{
	static const char *w_rulers[] = {"government", "regime", "authorities", "leadership",
					 "administration", "rulers", "junta", NULL};
	size_t p = m->t0;
	if (p < s->t0 + 2 || !(kis(d, p - 1, "in") || kis(d, p - 1, "at")))
		return 0;
	if (m->gz == GZ_FIRM || m->possessive)
		return 0;
	return d->t.v[p - 2].kind == TK_WORD && !d->t.v[p - 2].upper &&
	       !kin_local(d, p - 2, w_rulers) && !kis(d, p - 2, "and") && !kis(d, p - 2, "or");
}

/* "sealed a deal with Y for supplying three batteries": a gerund of supply
 * after "for" states the purpose of the deal, like "to supply" does. */
static const char *w_supply_ing[] = {"supplying", "delivering", "exporting", "providing",
				     "selling", "transferring", NULL};

static int for_gerund(const dctx *d, const span *s, size_t sv)
{
	return sv > s->t0 && kis(d, sv - 1, "for") && kin(d, sv, w_supply_ing);
}

/* The nearest state named before token v (a name: no firm or demonym)
 * other than sup, or NULL: "it", "the country" after a verb of supply. */
static const mention *other_state_before(const dctx *d, const span *s, size_t v,
					 const mention *sup)
{
	const mention *o = NULL;
	size_t k;
	for (k = s->m0; k < s->m1 && M(d, k)->t1 <= v; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM && m->gz != GZ_DEMONYM &&
		    strcmp(m->code, sup->code) != 0)
			o = m;
	}
	return o;
}

/* The first token of the clause that "that" opens, the nearest "that"
 * before token from (from itself included) and after token lo, at most
 * reach - 1 tokens back; NONE when there is none. */
static size_t after_that(const dctx *d, size_t from, size_t lo, size_t reach)
{
	size_t t;
	for (t = from; t > lo && from - t < reach; t--)
		if (kis(d, t - 1, "that"))
			return t;
	return NONE;
}

/* "Israel has had an alliance with Y for decades, selling the country
 * weapons": a participle of supply opening a clause after a comma has the
 * sentence's subject (a name at its start) for seller, or the subject of
 * the clause after "that" ("... said that Yn factories are running at full
 * capacity, supplying weapons to Z"); that state, or NULL. */
static const mention *participle_clause_seller(const dctx *d, const span *s, size_t sv)
{
	const mention *m;
	size_t i;
	if (sv < s->t0 + 3 || !kis(d, sv - 1, ",") || !kin(d, sv, w_supply_ing))
		return NULL;
	/* "X's defence chief revealed that Yn munitions factories are
	 * running at full capacity, supplying weapons to Z": the subject of
	 * the clause after "that" (a name or a demonym opening it) */
	if ((i = after_that(d, sv - 1, s->t0, 15)) != NONE) {
		m = actor_after(d, s, i, 0, 0);
		if (m && !m->possessive && m->gz != GZ_FIRM && m->t1 < sv)
			return m;
	}
	m = actor_after(d, s, s->t0, 1, 1);
	if (m && !m->possessive && m->gz != GZ_FIRM && m->t1 < sv &&
	    (KIN(d, m->t1, w_be) || kis(d, m->t1, "has") || kis(d, m->t1, "have") ||
	     kis(d, m->t1, "had")))
		return m;
	/* "Since the war's inception in 2022, France has stood as a steadfast
	 * ally to Ukraine, providing military aid": the subject right after
	 * the comma that closes an opening phrase (stop 41) */
	for (i = s->t0 + 1; i + 2 < sv && !kis(d, i, ","); i++)
		;
	if (i + 2 >= sv)
		return NULL;
	m = actor_after(d, s, i + 1, 1, 1);
	if (!m || m->possessive || m->gz == GZ_FIRM || m->t1 >= sv ||
	    !(KIN(d, m->t1, w_be) || kis(d, m->t1, "has") || kis(d, m->t1, "have") ||
	      kis(d, m->t1, "had")))
		return NULL;
	return m;
}

/* The buyer of a participle clause of supply at sv whose seller is sup:
 * the state right after the verb ("selling Y weapons"), or the other
 * state before the comma for "it", "them" or "the (...) country"
 * ("... with Y, selling the country weapons"), or after "to". */
static const mention *participle_clause_buyer(const dctx *d, const span *s, size_t sv,
					      const mention *sup)
{
	static const char *w_country[] = {"country", "nation", "state", "republic", NULL};
	const mention *m = actor_after(d, s, sv + 1, 0, 1);
	size_t i;
	int other = 0;
	if (m && !m->possessive)
		return m;
	i = sv + 1;
	if (i < s->t1 && (kis(d, i, "it") || kis(d, i, "them")))
		other = 1;
	else if (i < s->t1 && kis(d, i, "the")) {
		for (i++; i < s->t1 && i < sv + 10 && !kin_local(d, i, w_country); i++)
			;
		other = i < s->t1 && kin_local(d, i, w_country);
	}
	m = other ? other_state_before(d, s, sv, sup) : NULL;
	if (!m)
		m = after_prep(d, s, sv, "to");
	return m && strcmp(m->code, sup->code) != 0 ? m : NULL;
}

/* "Israel has sold it ballistic missiles and drones": "it" right after a
 * verb of supply, with goods after it, is the buyer: the other state
 * named before the verb in the sentence ("According to reports from
 * Y, X has sold it ..."), else the first other state of the sentence
 * before in the same paragraph; its code, or NULL. */
static const char *it_object(const dctx *d, const span *s, size_t sv, const mention *sup)
{
	const mention *o = NULL;
	size_t k;
	int u;
	if (sv + 2 >= s->t1 || !kis(d, sv + 1, "it") || KIN(d, sv, w_supply_noun) ||
	    kis(d, sv + 2, "to"))
		return NULL;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 > sv + 1 && m->t0 <= sv + 14 && m->kind == MK_ACTOR && m->gz == GZ_WEAPON)
			break;
	}
	if (k == s->m1)
		return NULL;
	if ((o = other_state_before(d, s, sv, sup)) != NULL)
		return o->code;
	u = s->unit - 1;
	if (s->unit <= 0 || d->units[u].para != d->units[s->unit].para)
		return NULL;
	for (k = d->units[u].m0; k < d->units[u].m1; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM && m->gz != GZ_DEMONYM &&
		    !m->possessive && strcmp(m->code, sup->code) != 0)
			return m->code;
	}
	return NULL;
}

/* "Western arms deliveries", "foreign weapons supplies": a noun of supply
 * whose sellers are a group no state names, with no "from/by/to" state
 * after it, states no transfer between the states of the sentence. */
static int group_supplied(const dctx *d, const span *s, size_t sv)
{
	static const char *w_group_adj[] = {"western", "foreign", "allied", "international",
					    NULL};
	size_t i = sv;
	if (i > s->t0 && (kis(d, i - 1, "arms") || kis(d, i - 1, "weapons") ||
			  kis(d, i - 1, "military")))
		i--;
	if (i <= s->t0 || !kin_local(d, i - 1, w_group_adj))
		return 0;
	i = sv + 1;
	if (i + 2 < s->t1 && kis(d, i, "(") && kis(d, i + 2, ")"))
		i += 3; /* "a possible Foreign Military Sale (FMS) to Y" */
	if (i < s->t1 && (kis(d, i, "worth") || kis(d, i, "valued"))) {
		/* "a possible foreign military sale worth $2.2 billion to Y" */
		size_t j = i + 1;
		if (j < s->t1 && kis(d, j, "at"))
			j++;
		if (money_end(d, s, j) != j)
			i = money_end(d, s, j);
	}
	if (i < s->t1 && kis(d, i, "of")) {
		/* "a potential foreign military sale (FMS) of F-16 fighter
		 * jets and related equipment to Jordan": the goods between
		 * (stop 40), up to 24 tokens ("of High Mobility Artillery Rocket
		 * Systems (HIMARS) and Joint Stand Off Weapons (JSOW) to", stop
		 * 61) */
		size_t j;
		for (j = i + 1; j + 1 < s->t1 && j < i + 24 && !kis(d, j, ",") && !kis(d, j, ";") &&
				!kis(d, j, "to");
		     j++)
			;
		if (j + 1 < s->t1 && kis(d, j, "to"))
			i = j;
	}
	/* "to the Government of Morocco" (stop 61) */
	size_t g = i + 1;
	if (g + 3 < s->t1 && kis(d, g, "the") && kis(d, g + 1, "government") && kis(d, g + 2, "of"))
		g += 3;
	return !after_prep(d, s, sv, "from") && !after_prep(d, s, sv, "by") &&
	       !(i + 1 < s->t1 && kis(d, i, "to") && actor_after(d, s, g, 1, 0));
}

/* "The agreement between X and Y also includes (covers) ...", "The deal
 * includes ...": a definite deal noun at dn opening the sentence and "also"
 * with a verb of including after it, or that verb right after the noun,
 * tell more of the deal told before. */
static int also_includes(const dctx *d, const span *s, size_t dn)
{
	static const char *w_include[] = {"includes", "include", "included", "covers",
					  "covered", "involves", "involved", NULL};
	size_t i;
	if (dn == NONE || dn > s->t0 + 1 || (dn == s->t0 + 1 && !kis(d, s->t0, "the")) ||
	    (dn == s->t0 && !d->t.v[dn].upper))
		return 0;
	/* "The deal includes (the purchase of) ...": right after the noun */
	if (dn + 2 < s->t1 && kin_local(d, dn + 1, w_include))
		return 1;
	for (i = dn + 1; i + 1 < s->t1 && i < dn + 12; i++)
		if (kis(d, i, "also") && kin_local(d, i + 1, w_include))
			return 1;
	return 0;
}

/* Does s state a delivery (a word of w_delivered)?  A person who
 * "arrived in Hanoi to discuss deals" (a minister, a delegation, he) is no
 * goods arriving (stop 52). */
static int delivery_stated(const dctx *d, const span *s)
{
	static const char *w_arrive[] = {"arrived", "arrives", "arrive", "arriving", NULL};
	static const char *w_aux[] = {"has", "had", "have", "was", "were", "is", "also", "just",
				      "first", NULL};
	static const char *w_who[] = {"delegation", "delegations", "chief", "secretary", "he",
				      "she", "team", "officials", "general", "admiral", NULL};
	const mention *m;
	size_t i, j;
	for (i = find_in(d, s->t0, s->t1, w_delivered); i != NONE;
	     i = find_in(d, i + 1, s->t1, w_delivered)) {
		if (!kin_local(d, i, w_arrive))
			return 1;
		for (j = i; j > s->t0 && kin_local(d, j - 1, w_aux); j--)
			;
		if (j == s->t0)
			return 1;
		m = mention_at_end(d, s, j); /* "Putin arrived" */
		if (!(KIN(d, j - 1, w_title) || kin_local(d, j - 1, w_who) || (m && m->leader)))
			return 1;
	}
	return 0;
}

/* "X submitted a request to acquire ...", "its requests to buy", "did not
 * answer requests over a year ago to acquire": a request (up to four words
 * of its own between it and "to") is interest, no deal, unless the
 * sentence approves or grants it ("the State Department approved X's
 * request to buy"). */
static int request_to_buy(const dctx *d, const span *s, size_t trig)
{
	static const char *w_request[] = {"request", "requests", "requested", NULL};
	static const char *w_granted[] = {"approved", "approves", "approve", "approval",
					  "cleared", "clears", "granted", "grants", NULL};
	size_t i;
	/* "had requested that such a deal be made to help Y acquire air
	 * defence systems": what a request asks for is not yet done */
	for (i = trig; i > s->t0 + 1 && i + 16 > trig && !kis(d, i - 1, ";"); i--)
		if (kis(d, i - 1, "that") && kin(d, i - 2, w_request))
			return find_in(d, s->t0, s->t1, w_granted) == NONE &&
			       !delivery_stated(d, s);
	if (trig < s->t0 + 2 || !kis(d, trig - 1, "to"))
		return 0;
	for (i = trig - 2; i > s->t0 && i + 6 > trig && !kin(d, i, w_request) &&
			   d->t.v[i].kind != TK_PUNCT;
	     i--)
		;
	if (!kin(d, i, w_request))
		return 0;
	return find_in(d, s->t0, s->t1, w_granted) == NONE &&
	       !delivery_stated(d, s);
}

/* "Y is looking to purchase X-made missiles", "keen to acquire", "desires
 * (wants, hopes) to export": a wish to buy or sell is interest, no deal
 * yet, unless the sentence states a delivery; so
 * is a seller "considering / contemplating supplying" and a buyer
 * "considering ordering" (weighed, not done), and one deciding (debating)
 * "whether to buy (send)". */
static int looking_to_buy(const dctx *d, const span *s, size_t trig)
{
	static const char *w_wish[] = {"looking", "looks", "look", "keen", NULL};
	/* "was considering providing lethal aid to Y", "considering plans
	 * to supply arms": weighed, not done */
	static const char *w_weigh[] = {"considering", "contemplating", NULL};
	/* "considering plans to supply arms to Y" */
	int plans = trig >= s->t0 + 3 && kis(d, trig - 1, "to") &&
		    (kis(d, trig - 2, "plans") || kis(d, trig - 2, "plan")) &&
		    kin_local(d, trig - 3, w_weigh);
	static const char *w_thought[] = {"thought", "thinking", "think", "thinks", NULL};
	/* "India desires (wants, hopes) to export BrahMos missiles to Y":
	 * a wish to sell ("wants to procure" is a plan to buy: a deal
	 * reported) */
	static const char *w_desire[] = {"desires", "desire", "desired", "wants", "want",
					 "wanted", "hopes", "hope", "hoped", "aspires", "wishes",
					 "wish", NULL};
	/* "its potential (possible) decision to send the missiles to Y": a
	 * decision not made */
	static const char *w_maybe[] = {"potential", "possible", "eventual", NULL};
	return ((trig >= s->t0 + 2 && kis(d, trig - 1, "to") && kin(d, trig - 2, w_wish) &&
		 KIN(d, trig, w_buy_verb)) ||
		(trig >= s->t0 + 3 && kis(d, trig - 1, "to") && kis(d, trig - 2, "decision") &&
		 kin_local(d, trig - 3, w_maybe)) ||
		(trig >= s->t0 + 2 && kis(d, trig - 1, "to") && kin_local(d, trig - 2, w_desire) &&
		 KIN(d, trig, w_supply_verb)) ||
		/* "has not yet decided whether to buy (send) jets": a choice
		 * still open (stop 61) */
		(trig >= s->t0 + 2 && kis(d, trig - 1, "to") && kis(d, trig - 2, "whether") &&
		 (KIN(d, trig, w_buy_verb) || KIN(d, trig, w_supply_verb))) ||
		/* "has also thought of buying submarines from Y" */
		(trig >= s->t0 + 2 && kis(d, trig - 1, "of") && kin_local(d, trig - 2, w_thought) &&
		 KIN(d, trig, w_buy_verb)) ||
		((plans || (trig >= s->t0 + 1 && kin_local(d, trig - 1, w_weigh))) &&
		 (KIN(d, trig, w_supply_verb) || KIN(d, trig, w_buy_verb)))) &&
	       !delivery_stated(d, s);
}

/* "the Gripen jets, which Hungary leased in 2006": "leased" ("leases")
 * with no state right after it and no "to" before the clause ends is a
 * lease taken, not given: its subject receives (stop 66). */
static int lease_taken(const dctx *d, const span *s, size_t sv)
{
	const mention *m;
	size_t j;
	if (!kis(d, sv, "leased") && !kis(d, sv, "leases"))
		return 0;
	if ((m = mention_at(d, s, sv + 1)) != NULL && ent__is_state_mention(m))
		return 0; /* "leased Ukraine two ships" */
	for (j = sv + 1; j < s->t1 && !kis(d, j, ",") && !kis(d, j, ";") && !kis(d, j, "."); j++)
		if (kis(d, j, "to"))
			return 0;
	return 1;
}

/* The object of the verb of supply at sv is a model of a weapon: "gifted a
 * (scale) model of BrahMos", "presented replicas of the jet". */
static int replica_object(const dctx *d, const span *s, size_t sv)
{
	static const char *w_replica[] = {"model", "models", "replica", "replicas", "mock-up",
					  "mock-ups", "mockup", "mockups", "miniature", NULL};
	size_t i = sv + 1;
	if (i < s->t1 && KIN(d, i, w_det))
		i++;
	if (i < s->t1 && (kis(d, i, "scale") || kis(d, i, "miniature")))
		i++;
	return i + 1 < s->t1 && kin(d, i, w_replica) && kis(d, i + 1, "of");
}

/* The object of the verb of supply at sv is a service to aircraft or
 * ships, no goods: "were provided mid-air refuelling by Y", "provided an
 * escort to the jets". */
static int service_object(const dctx *d, const span *s, size_t sv)
{
	static const char *w_service[] = {"refuelling", "refueling", "fuelling", "fueling",
					  "escort", "escorts", "overflight", "landing",
					  "berthing", NULL};
	size_t i = sv + 1, n;
	if (i < s->t1 && KIN(d, i, w_det))
		i++;
	for (n = 0; i < s->t1 && n < 4; i++, n++) {
		if (kin(d, i, w_service)) {
			/* "refuelling aircraft", "escort ships": goods */
			const mention *m = i + 1 < s->t1 ? mention_at(d, s, i + 1) : NULL,
				      *w = mention_at(d, s, i);
			return !(m && m->gz == GZ_WEAPON) && !(w && w->gz == GZ_WEAPON);
		}
		if (!(kis(d, i, "-") || (d->t.v[i].kind == TK_WORD && !d->t.v[i].upper)))
			return 0;
	}
	return 0;
}

/* "are working on a deal", "working on the BrahMos deal": the words before
 * a deal noun (i the last of them, past its determiner) say the deal is
 * still being made; a capitalised name between "on" and the noun is
 * skipped. */
static int working_on(const dctx *d, const span *s, size_t i)
{
	static const char *w_work[] = {"working", "work", "works", NULL};
	if (i > s->t0 + 1 && d->t.v[i].upper && !kis(d, i, "on"))
		i--;
	if (i > s->t0 + 1 && KIN(d, i, w_det))
		i--;
	return i > s->t0 && kis(d, i, "on") && kin(d, i - 1, w_work);
}

/* A share in brackets right after the state m: "India (38 per cent)",
 * "China (17%)"? */
static int share_in_brackets(const dctx *d, const span *s, const mention *m)
{
	size_t j = m->t1;
	if (j + 3 >= s->t1 || !kis(d, j, "(") || d->t.v[j + 1].kind != TK_NUM)
		return 0;
	return kis(d, j + 2, "%") || kis(d, j + 2, "percent") ||
	       (kis(d, j + 2, "per") && kis(d, j + 3, "cent"));
}

/* A share right after the verb at v: "(about) 23% of", "38 per cent
 * of", "a third of"? */
static int share_after(const dctx *d, const span *s, size_t v)
{
	static const char *w_about[] = {"about", "around", "nearly", "almost", "roughly", "some",
					"over", "approximately", "just", NULL};
	static const char *w_part[] = {"half", "third", "quarter", "fifth", "two-thirds",
				       "majority", NULL};
	size_t j = v + 1;
	if (j < s->t1 && kin_local(d, j, w_about))
		j++;
	if (j + 2 < s->t1 && (kis(d, j, "a") || kis(d, j, "one")) && kin_local(d, j + 1, w_part))
		return kis(d, j + 2, "of");
	if (j + 2 >= s->t1 || d->t.v[j].kind != TK_NUM)
		return 0;
	j++;
	if (kis(d, j, "%") || kis(d, j, "percent"))
		j++;
	else if (kis(d, j, "per") && j + 1 < s->t1 && kis(d, j + 1, "cent"))
		j += 2;
	else
		return 0;
	return j < s->t1 && kis(d, j, "of");
}

/* Participles of giving: "F-16 jets provided by the US", "weapons sent to
 * Y", "(likely gifted by the UAE)" (that_clause_goods, goods_given_by,
 * giver_after). */
static const char *w_given_pp[] = {"provided", "supplied", "donated", "gifted", "delivered",
				   "transferred", "sold", "given", "sent", "granted", "handed",
				   NULL};

/* Is mention m the agent of a participle of giving before it ("patrol
 * boats donated by Italy", "gifted by the X")?  Such goods came from m
 * (built_abroad_after, rule_arrived_goods; stop 53). */
static int given_by_before(const dctx *d, const span *s, const mention *m)
{
	size_t i = m->t0;
	if (i > s->t0 && kis(d, i - 1, "the"))
		i--;
	return i >= s->t0 + 2 && kis(d, i - 1, "by") && kin_local(d, i - 2, w_given_pp);
}

/* Is the verb of supply at sv a participle after goods of no stated kind
 * ("weapons sent to Y") that open a clause after "that" (over up to three
 * words: "that all NATO weapons"), with no "by" after it? */
static int that_clause_goods(const dctx *d, const span *s, size_t sv)
{
	if (sv < s->t0 + 2 || sv + 1 >= s->t1 || !kin_local(d, sv, w_given_pp) ||
	    !kis(d, sv + 1, "to") ||
	    !kin(d, sv - 1, w_arms_generic) || after_prep(d, s, sv, "by"))
		return 0;
	return after_that(d, sv - 1, s->t0, 4) != NONE;
}

/* Is the verb of supply at sv one of promising ("pledged, promised,
 * offered") with an infinitive after "to" (over "also" and adverbs in
 * "-ly"): "pledging to also train Ukrainians", not "pledged to Ukraine"? */
static int pledge_to_infinitive(const dctx *d, const span *s, size_t sv)
{
	static const char *w_promise[] = {"pledged", "pledges", "pledging", "promised",
					  "promises", "promising", "offered", "offers",
					  "offering", NULL};
	size_t j = sv + 2;
	if (sv + 2 >= s->t1 || !kis(d, sv + 1, "to") || !kin_local(d, sv, w_promise))
		return 0;
	while (j + 1 < s->t1 && (kis(d, j, "also") || kis(d, j, "further") || ly_adverb(d, j)))
		j++;
	return d->t.v[j].kind == TK_WORD && !d->t.v[j].upper && !KIN(d, j, w_det) &&
	       !KIN(d, j, w_numwords) && !mention_at(d, s, j);
}

/* "tried (attempted, sought) to <verb at t>": a verb of attempt before
 * "to" right before t. */
static int attempt_before(const dctx *d, const span *s, size_t t)
{
	static const char *w_attempt[] = {"tried", "tries", "try", "trying", "attempted",
					  "attempts", "attempt", "attempting", "sought", NULL};
	size_t i;
	if (t == NONE || t < s->t0 + 2 || !kis(d, t - 1, "to"))
		return 0;
	for (i = t - 1; i > s->t0 && i + 4 > t; i--)
		if (kin_local(d, i - 1, w_attempt))
			return 1;
	return 0;
}

/* "After (two days of) talks with Israel, the US provided ...": talks at i
 * that a word of time opens (up to four words before them), in a phrase a
 * comma closes before the trigger, were held; the deal after them is no
 * interest (stop 41). */
static int talks_held_before(const dctx *d, const span *s, size_t i, size_t trig)
{
	static const char *w_time_prep[] = {"after", "following", "during", "amid", "since",
					    NULL};
	size_t j;
	int open = 0;
	if (trig == NONE || i >= trig)
		return 0;
	for (j = i; j > s->t0 && j + 5 > i && !open; j--)
		open = kin_local(d, j - 1, w_time_prep);
	if (!open)
		return 0;
	for (j = i + 1; j < trig; j++)
		if (kis(d, j, ","))
			return 1;
	return 0;
}

/* "Russia sent two Tu-160 strategic bombers to Venezuela", "for sending
 * warships to Cuba", "the arrival of two Russian long-range bombers in
 * Caracas": bombers and warships a state sends fly or sail on a visit, no
 * transfer, unless the sentence marks one (a gift, a donation, a handing
 * over, a sale) (stop 54). */
static int sent_on_visit(const dctx *d, const span *s, size_t sv)
{
	static const char *w_send[] = {"sent", "send", "sends", "sending", "dispatched",
				       "dispatch", "dispatches", "dispatching", "arrival", NULL};
	static const char *w_visitor[] = {"bombers", "bomber", "warships", "warship", NULL};
	static const char *w_given[] = {"gift", "gifted", "donated", "donation", "handed",
					"sold", "sale", "transferred", "leased", NULL};
	size_t j;
	if (!kin_local(d, sv, w_send))
		return 0;
	for (j = sv + 1; j < s->t1 && j < sv + 10 && !kis(d, j, "to"); j++)
		if (kin_local(d, j, w_visitor))
			return find_local(d, s->t0, s->t1, w_given) == NONE;
	return 0;
}

/* "was promised a chance (given the opportunity) to buy them": "chance /
 * opportunity to" right before the verb at trig is an offer, no purchase,
 * whatever stage another clause states (stop 54). */
static int chance_to(const dctx *d, const span *s, size_t trig)
{
	static const char *w_chance[] = {"chance", "opportunity", NULL};
	return trig != NONE && trig >= s->t0 + 2 && kis(d, trig - 1, "to") &&
	       kin_local(d, trig - 2, w_chance);
}

/* A word of interest in tokens [a, b) of s, other than the "seek" of "is
 * seeking (seeks) to buy ... from X" at trig: a buyer who seeks to buy from
 * a named source wants the goods, a deal reported, as "wants to procure"
 * (stop 36). */
static int interest_within(const dctx *d, const span *s, size_t a, size_t b, size_t trig)
{
	static const char *w_seek[] = {"seek", "seeks", "seeking", NULL};
	static const char *w_from[] = {"from", NULL};
	size_t i;
	for (i = find_in(d, a, b, w_interest); i != NONE; i = find_in(d, i + 1, b, w_interest))
		if (!(i + 2 == trig && i > s->t0 && kis(d, i + 1, "to") &&
		      kin_local(d, i, w_seek) && KIN(d, trig, w_buy_verb) &&
		      find_local(d, trig, s->t1, w_from) != NONE) &&
		    !talks_held_before(d, s, i, trig))
			return 1;
	return 0;
}

/* "X and Y have been in (under) negotiation since last year to supply":
 * "in negotiation" within eight tokens before the trigger, no comma
 * between (stop 61). */
static int in_negotiation(const dctx *d, const span *s, size_t trig)
{
	size_t i;
	for (i = trig; i > s->t0 + 1 && i + 8 > trig; i--) {
		if (kis(d, i - 1, ",") || kis(d, i - 1, ";"))
			return 0;
		if (kis(d, i - 1, "negotiation") && (kis(d, i - 2, "in") || kis(d, i - 2, "under")))
			return 1;
	}
	return 0;
}

/* "Russia previously delivered two Mi-24P helicopters", "had earlier
 * supplied": a transfer told as one before the one in play is a deal
 * apart (stop 36); the adverb right before the verb at trig (over an
 * auxiliary) or right after it. */
static int told_as_earlier(const dctx *d, const span *s, size_t trig)
{
	static const char *w_before_adv[] = {"previously", "earlier", "formerly", NULL};
	size_t i = trig;
	if (trig == NONE)
		return 0;
	if (i > s->t0 && kin_local(d, i - 1, w_before_adv))
		return 1;
	if (i > s->t0 + 1 && kin_local(d, i - 2, w_before_adv) &&
	    (kis(d, i - 1, "been") || kis(d, i - 1, "had") || kis(d, i - 1, "has")))
		return 1;
	return i + 1 < s->t1 && kis(d, i + 1, "previously");
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
	return (KIN(d, i, w_interest) || working_on(d, s, i)) &&
	       !delivery_stated(d, s);
}

/* The firm f in "f and (the State of / the government of) m", m a state
 * that is no firm: a firm and a state named together as the parties who
 * sign; NULL when m is not so joined to a firm of another state. */
static const mention *firm_and_state(const dctx *d, const span *s, const mention *m)
{
	static const char *w_polity_of[] = {"the", "state", "of", "government", "kingdom",
					   "republic", NULL};
	size_t i = m->t0, n = 0, k;
	if (m->gz == GZ_FIRM || !ent__is_state_mention(m))
		return NULL;
	while (i > s->t0 && n < 5 && kin(d, i - 1, w_polity_of))
		i--, n++;
	if (i < s->t0 + 2 || !kis(d, i - 1, "and"))
		return NULL;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t1 == i - 1 && M(d, k)->gz == GZ_FIRM &&
		    strcmp(M(d, k)->code, m->code) != 0)
			return M(d, k);
	return NULL;
}

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

/* "Abu Dhabi signed for 80 Rafale fighters from France": a verb of
 * signing right before "for" and goods (a weapon within five words),
 * with "from (with) <state>" after them or of a design whose maker is
 * known ("signed for eight F-16s in 2022", stop 54), is a purchase by the
 * subject; the maker's firm may stand before the design (stop 55).  The
 * verb's token, or NONE. */
static size_t signed_for_goods(const dctx *d, const span *s, size_t sg)
{
	size_t k, f = sg == NONE ? NONE : sg + 1;
	int made = 0;
	if (f != NONE && f + 3 < s->t1 && kis(d, f, "with")) {
		/* "Uruguay signed with France (Naval Group) for two patrol
		 * vessels": the partner, then "for" (stop 58) */
		const mention *w = mention_at(d, s, f + 1 + (kis(d, f + 1, "the") ? 1 : 0));
		/* "signed with South Korea's Hyundai Mipo for" (stop 63) */
		const mention *fm = w && w->possessive && w->gz != GZ_DEMONYM && w->t1 + 1 < s->t1
					    ? mention_at(d, s, w->t1 + 1)
					    : NULL;
		size_t fe = fm ? fm->t1 : NONE;
		while (fe != NONE && fe + 1 < s->t1 && fe < fm->t1 + 2 && d->t.v[fe].upper &&
		       d->t.v[fe].kind == TK_WORD)
			fe++; /* the rest of the firm's name ("Hyundai Mipo") */
		if (fm && fm->gz == GZ_FIRM && fm->t0 == w->t1 + 1 && fe < s->t1 &&
		    kis(d, fe, "for"))
			f = fe;
		else if (w && ent__is_state_mention(w) && !w->possessive && w->gz != GZ_DEMONYM &&
			 w->t1 < s->t1 && kis(d, w->t1, "for"))
			f = w->t1;
	}
	if (sg == NONE || sg == s->t0 || f + 1 >= s->t1 || !kis(d, f, "for") ||
	    kis(d, sg, "won") || kis(d, sg, "wins") || kis(d, sg, "approved") ||
	    kis(d, sg, "agreed") || kis(d, sg, "awarded"))
		return NONE;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 < f + 1 || m->kind != MK_ACTOR)
			continue;
		/* the maker's firm right before the design: "signed for six
		 * Embraer Super Tucano aircraft" (stop 55) */
		if (m->gz == GZ_FIRM && k + 1 < s->m1 && M(d, k + 1)->t0 == m->t1 &&
		    M(d, k + 1)->gz == GZ_WEAPON)
			continue;
		/* the maker's demonym right before the goods: "to sign for
		 * the Brazilian aircraft" (stop 59) */
		if (m->gz == GZ_DEMONYM && !made && k + 1 < s->m1 && M(d, k + 1)->t0 == m->t1 &&
		    M(d, k + 1)->gz == GZ_WEAPON) {
			made = 1;
			continue;
		}
		if (m->gz != GZ_WEAPON || m->t0 > f + 6)
			return NONE;
		return f > sg + 1 || made || after_prep(d, s, m->t1, "from") ||
				       after_prep(d, s, m->t1, "with") ||
				       (m->canon && m->code && m->code[0])
			       ? sg
			       : NONE;
	}
	return NONE;
}

/* "commissioned two South Korean-built frigates": a state or demonym with
 * "-built" ("-made", ...) within the six tokens after the verb at v, the
 * goods' maker; or "two frigates built by Y('s firm)", "built by the Yn
 * yard", the maker within ten tokens. */
static int built_abroad_after(const dctx *d, const span *s, size_t v)
{
	static const char *w_built[] = {"built", "made", "manufactured", "constructed", NULL};
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 <= v)
			continue;
		if (m->t0 > v + 10)
			return 0;
		if (m->t0 <= v + 6 && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    made_in(d, s, m))
			return 1;
		if (ent__is_state_mention(m) && m->t0 >= v + 4) {
			size_t by = m->t0 - 1; /* "by Y", "by the Yn firm" */
			if (KIN(d, by, w_det))
				by--;
			if (kis(d, by, "by") && kin_local(d, by - 1, w_built))
				return 1;
			if (given_by_before(d, s, m)) /* "two patrol boats donated by X" */
				return 1;
		}
	}
	return 0;
}

static const char *w_took[] = {"took", "takes", "take", "taking", NULL};

/* "Serbia gets new helicopters from Russia", "has secured from Russia
 * some MiG-29 warplanes": getting or securing goods of war from a state
 * is buying them; a contract or order got from a state is the seller's
 * win ("Hanwha secured an order from Poland"), so no deal noun may come
 * between the verb and "from".  The verb's token, or NONE. */
static size_t got_goods_from(const dctx *d, const span *s)
{
	static const char *w_get[] = {"gets", "got", "get", "getting", "secured", "secures",
				      "obtains", NULL};
	size_t v = find_in(d, s->t0, s->t1, w_get), i;
	/* "took over six helicopters donated by Y" (stop 58): "over" tested
	 * first, by its length */
	for (i = s->t0 + 1; v == NONE && i < s->t1; i++)
		if (kis(d, i, "over") && kin_local(d, i - 1, w_took))
			v = i - 1;
	if (v == NONE || weapon_mentions(d, s) == 0)
		return NONE;
	for (i = v + 1; i < s->t1 && i < v + 20; i++) {
		if (KIN(d, i, w_deal_noun))
			return NONE;
		if (kis(d, i, "from")) /* "from X", "from the US" */
			return plain_state_at(d, s, i + 1 + (i + 2 < s->t1 && kis(d, i + 1, "the")))
				       ? v
				       : NONE;
		/* "got six helicopters donated (gifted) by Y" (stop 58) */
		if (kis(d, i, "by") && kin_local(d, i - 1, w_given_pp))
			return plain_state_at(d, s, i + 1 + (i + 2 < s->t1 && kis(d, i + 1, "the")))
				       ? v
				       : NONE;
	}
	return NONE;
}

/* "The Indian defence ministry signed a contract with France", "Polish
 * officials inked a deal": a state's body (speaker noun) whose own verb of
 * signing follows within six words, with no punctuation between, is a
 * party of the deal, not one who speaks of it; so is one that says "it"
 * signed ("India's ministry said (that) it had signed ...") and a ministry
 * or officials agent of a passive signing ("a contract was signed by the
 * Indian defence ministry"). */
static int body_signs(const dctx *d, const mention *m, size_t sg)
{
	static const char *w_pron[] = {"it", "they", NULL};
	size_t i, j;
	if (sg == NONE)
		return 0;
	if (sg < m->t0) {
		/* a body, not a person ("signed by Kazakh president X
		 * during his visit to France") */
		j = m->t0 - 1;
		if (j > sg && kis(d, j, "the"))
			j--;
		if (j != sg + 1 || !kis(d, j, "by"))
			return 0;
		for (i = m->t1; i < m->t1 + 4 && i < d->t.n; i++)
			if (kis(d, i, "ministry") || kis(d, i, "officials"))
				return 1;
		return 0;
	}
	size_t br = 0; /* tokens of an abbreviation in brackets: "(IMOD)" */
	if (sg <= m->t1 || sg > m->t1 + 10)
		return 0;
	for (i = m->t1; i < sg; i++) {
		if (kis(d, i, "(") && i + 2 < sg && kis(d, i + 2, ")") && !br) {
			br = 3;
			i += 2;
			continue;
		}
		if (d->t.v[i].kind != TK_WORD && !kis(d, i, "'s"))
			return 0;
		if (!KIN(d, i, w_speech_verb))
			continue;
		/* "said (that) it (had) signed" */
		j = i + 1 < sg && kis(d, i + 1, "that") ? i + 2 : i + 1;
		if (j >= sg || !kin_local(d, j, w_pron))
			return 0;
		for (j++; j < sg; j++)
			if (!(KIN(d, j, w_be) || kis(d, j, "had") || kis(d, j, "has") ||
			      kis(d, j, "have") || kis(d, j, "also")))
				return 0;
		return i <= m->t1 + 6 + br;
	}
	return sg <= m->t1 + 6 + br;
}

/* "the US approval of a $2 billion weapons package for Taiwan": a package
 * (deal, sale) noun with "for" and a state right after it; that state
 * receives, and the nearest state before the noun (within 14 tokens, not
 * the receiver) gives.  1 when both are found. */
/* "influenced by the U.S. purchase", "after the French acquisition": a
 * state (or demonym) right before a noun of buying names the buyer of that
 * purchase, never the other party of another buyer's deal (rule_deal's
 * open pair). */
static int names_own_purchase(const dctx *d, const span *s, const mention *m, size_t bv)
{
	static const char *noun[] = {"purchase", "purchases", "acquisition", "acquisitions",
				     "procurement", "buy", NULL};
	size_t q = m->t1;
	if (m->t0 <= bv)
		return 0;
	if (q < s->t1 && kis(d, q, "'s"))
		q++;
	return q < s->t1 && kin_local(d, q, noun);
}

/* ", (and) two to Egypt": the state of the next item of a count list after the
 * recipient r (named right after "to", maybe "the", and up to three words
 * of its forces: "to the Italian navy, two to Egypt"), or NULL. */
static const mention *next_count_recipient(const dctx *d, const span *s, const mention *r)
{
	size_t j = r->t0, n;
	if (j > s->t0 && kis(d, j - 1, "the"))
		j--;
	if (j <= s->t0 || !kis(d, j - 1, "to"))
		return NULL;
	for (j = r->t1, n = 0; j < s->t1 && n < 3 && !kis(d, j, ",") && !kis(d, j, "and"); j++, n++)
		;
	if (j < s->t1 && kis(d, j, ","))
		j++;
	if (j < s->t1 && kis(d, j, "and"))
		j++;
	if (j + 2 >= s->t1 || j == r->t1 + n ||
	    !(d->t.v[j].kind == TK_NUM || KIN(d, j, w_numwords)) || !kis(d, j + 1, "to"))
		return NULL;
	j += 2;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	return j < s->t1 ? plain_state_at(d, s, j) : NULL;
}

/* "Dearsan has a presence in Turkmenistan since it has sold ...": the
 * state m named after "in" right before "since/where/as/because it|they"
 * and the verb of supply at sv is a place, and the pronoun is the
 * subject before it (the nearest state, demonym or firm before "in"),
 * which is returned; else NULL. */
static const mention *subject_of_place_pronoun(const dctx *d, const span *s, size_t sv,
					       const mention *m)
{
	static const char *conj[] = {"since", "where", "as", "because", NULL};
	const mention *sub;
	size_t p = m->t1;
	if (m->t0 <= s->t0 + 1 || !kis(d, m->t0 - 1, "in"))
		return NULL;
	if (p < sv && kis(d, p, ","))
		p++;
	if (p + 1 >= sv || !kin_local(d, p, conj) || !(kis(d, p + 1, "it") || kis(d, p + 1, "they")))
		return NULL;
	sub = actor_before(d, s, m->t0 - 1, 12, 0);
	return sub && sub != m && strcmp(sub->code, m->code) != 0 ? sub : NULL;
}

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

/* "Saab beat (rivals) Boeing and Dassault to win Colombia's order",
 * "outbid A to win", "edged out A to win": the token of the word of
 * beating (the verb, not its particle) when "to win" follows the list of
 * rivals within twelve words, else NONE. */
static size_t beaten_to_win(const dctx *d, const span *s)
{
	size_t i, j;
	if (!contest_in(d, s))
		return NONE;
	for (i = s->t0; i < s->t1; i++) {
		if (!beat_word_at(d, s, i))
			continue;
		for (j = i + 1; j + 1 < s->t1 && j < i + 12; j++)
			if (kis(d, j, "to") && (kis(d, j + 1, "win") || kis(d, j + 1, "secure")))
				return kis(d, i, "out") || kis(d, i, "off") ? i - 1 : i;
	}
	return NONE;
}

/* "Rivals for the contract included A, B and C", "Peru has shortlisted A
 * and B", "A is competing against B for Y's contract", "in competition
 * with A": a competition told with no winner, signing, purchase or
 * delivery is no deal. */
static int mere_competition(const dctx *d, const span *s)
{
	/* the words of contest and the nouns of rivals, for one probe */
	static const char *w_contest[] = {"shortlisted", "short-listed", "shortlist", "competing",
					  "compete", "competes", "vying", "vie", "vies", "rivals",
					  "competitors", "contenders", "bidders", "contestants",
					  NULL};
	static const char *w_list_verb[] = {"included", "include", "includes", "were", "are",
					    "comprised", "comprise", "comprises", NULL};
	static const char *w_done[] = {"sold", "bought", "ordered", "purchased", "acquired",
				       "exported", "procured", "leased", "chose", "selected",
				       "picked", NULL};
	size_t i, found = NONE;
	if (!contest_in(d, s))
		return 0;
	for (i = s->t0; i < s->t1 && found == NONE; i++) {
		char c0 = K(i)[0];
		if (!KIN(d, i, w_contest_any))
			continue;
		if (kis(d, i, "competition")) {
			if (i > s->t0 && kis(d, i - 1, "in") && i + 1 < s->t1 && kis(d, i + 1, "with"))
				found = i;
		} else if (!kin_local(d, i, w_contest)) {
			continue;
		} else if (c0 != 'r' && c0 != 'b' && !kis(d, i, "competitors") &&
			   !kis(d, i, "contenders") && !kis(d, i, "contestants")) {
			found = i; /* "shortlisted", "competing" */
		} else if (find_local(d, i + 1, i + 9 < s->t1 ? i + 9 : s->t1, w_list_verb) != NONE) {
			found = i; /* "rivals ... included" */
		}
	}
	if (found == NONE)
		return 0;
	if (find_in(d, s->t0, s->t1, w_sign) != NONE ||
	    delivery_stated(d, s) ||
	    find_local(d, s->t0, s->t1, w_done) != NONE || beaten_to_win(d, s) != NONE)
		return 0;
	/* "X will purchase frigates from Y, beating out competing bids
	 * from A and B": a winner told */
	for (i = s->t0; i < s->t1; i++)
		if (beat_word_at(d, s, i))
			return 0;
	return 1;
}

/* Is token i a noun of a message or a mission one sends ("missive",
 * "letter", "delegation")? */
static int message_sent(const dctx *d, size_t i)
{
	static const char *w_message_n[] = {"missive", "letter", "letters", "message", "messages",
					    "note", "notes", "delegation", "delegations", "team",
					    "envoy", "envoys", "invitation", "invitations", "request",
					    "requests", "proposal", "proposals", "signal", "signals",
					    "memo", "cable", "reply", "response", "condolences",
					    "greetings", "warning", "warnings", "query", NULL};
	return kin_local(d, i, w_message_n);
}

/* Is the verb at v one of sending ("send", "sent", "dispatched"), which
 * moves ships, troops and envoys as well as goods? */
static int sent_verb(const dctx *d, size_t v)
{
	static const char *w_send[] = {"send", "sent", "sends", "sending", "dispatched",
				       "dispatches", NULL};
	return kin_local(d, v, w_send);
}

/* "sent a letter (a formal request, its proposal) to": the object of a
 * verb of sending at v is a message or a mission (message_sent), no
 * goods. */
static int sent_message(const dctx *d, const span *s, size_t v)
{
	static const char *w_det_s[] = {"a", "an", "the", "its", "their", "his", "her", NULL};
	size_t i = v + 1, n;
	if (i < s->t1 && kin_local(d, i, w_det_s))
		i++;
	for (n = 0; i < s->t1 && n < 3; i++, n++) {
		if (message_sent(d, i))
			/* not "a letter of offer (acceptance, intent)": a paper
			 * of the deal itself */
			return !(i + 2 < s->t1 && kis(d, i + 1, "of") &&
				 (kis(d, i + 2, "offer") || kis(d, i + 2, "acceptance") ||
				  kis(d, i + 2, "intent")));
		if (d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
			return 0;
	}
	return 0;
}

/* "Athens had sent the signed Letter of Acceptance to the United States":
 * the buyer sends its acceptance (a signed letter or contract) back to the
 * seller, unlike "the US sent a letter of offer and acceptance to Y"
 * (stop 59).  Is the object of the verb of sending at v such? */
static int acceptance_sent(const dctx *d, const span *s, size_t v)
{
	size_t i = v + 1;
	int sig = 0;
	if (!sent_verb(d, v))
		return 0;
	if (i < s->t1 && (kis(d, i, "the") || kis(d, i, "a") || kis(d, i, "its")))
		i++;
	if (i < s->t1 && kis(d, i, "signed")) {
		sig = 1;
		i++;
	}
	if (i + 2 < s->t1 && kis(d, i, "letter") && kis(d, i + 1, "of") &&
	    kis(d, i + 2, "acceptance"))
		return 1;
	return sig && i < s->t1 &&
	       (kis(d, i, "letter") || kis(d, i, "loa") || kis(d, i, "contract"));
}

/* "Bangladesh's military personnel being sent to China for training",
 * "sends officers to Y for training": people sent to learn are trainees,
 * and the training they get is no goods the sender gives.  A noun of
 * people within four words before or after the verb of sending at v. */
static int trainees_sent(const dctx *d, const span *s, size_t v, const ent_fact *f)
{
	static const char *w_people[] = {"personnel", "officers", "cadets", "students", "pilots",
					 "soldiers", "troops", "trainees", "servicemen", "sailors",
					 "airmen", "officials", NULL};
	size_t i, k, lo = v > s->t0 + 4 ? v - 4 : s->t0, hi = v + 5 < s->t1 ? v + 5 : s->t1;
	for (k = 0; k < f->nitems; k++)
		if (f->items[k].category != ENT_CAT_TRAINING)
			return 0;
	for (i = lo; i < hi; i++)
		if (i != v && kin_local(d, i, w_people))
			return 1;
	return 0;
}

/* "signed a mutual logistics support agreement", "a reciprocal logistics
 * pact": access to each other's bases and supplies, no transfer one way
 * (not a deal), when the sentence names no goods but the logistics. */
static int logistics_pact(const dctx *d, const span *s)
{
	static const char *w_pact[] = {"agreement", "agreements", "pact", "accord", "arrangement",
				       NULL};
	static const char *w_link[] = {"support", "supply", "sharing", "exchange", "cooperation",
				       NULL};
	size_t i, j, k;
	for (i = s->t0; i + 1 < s->t1; i++) {
		if (!kis(d, i, "logistics") && !kis(d, i, "logistic"))
			continue;
		j = i + 1;
		if (j < s->t1 && kin_local(d, j, w_link))
			j++;
		if (j >= s->t1 || !kin_local(d, j, w_pact))
			continue;
		for (k = s->m0; k < s->m1; k++) {
			const mention *m = M(d, k);
			if (m->gz == GZ_WEAPON && !(m->t0 >= i && m->t1 <= j))
				return 0;
		}
		return 1;
	}
	return 0;
}

/* "Italy's Fincantieri won a contract to build frigates for the U.S. Navy":
 * a firm that wins a deal (a contract, a tender) right before the verb
 * sells, so its state supplies the other of the pair, whatever the two
 * export elsewhere.  The seller's code (pa or pb), or NULL. */
static const char *contract_winner(const dctx *d, const span *s, size_t sg, const char *pa,
				   const char *pb)
{
	const mention *w;
	if (sg == NONE || !(kis(d, sg, "won") || kis(d, sg, "wins"))) {
		/* "Saab beat Boeing and Dassault to win Colombia's order": the
		 * one that beats its rivals to win sells */
		size_t b = beaten_to_win(d, s);
		if (b == NONE || negated(d, s, b))
			return NULL;
		w = actor_before(d, s, b, 2, 0);
	} else {
		w = actor_before(d, s, sg, 2, 0);
		if (w && w->gz != GZ_FIRM)
			w = NULL;
		if (w && negated(d, s, sg))
			w = NULL;
	}
	if (!w)
		return NULL;
	if (!strcmp(w->code, pa))
		return pa;
	if (!strcmp(w->code, pb))
		return pb;
	return NULL;
}

/* "a contract with Bangladesh's Air Force": a state's possessive after
 * "with" before a word in capitals (its air force, ministry, navy). */
static int organ_after_with(const dctx *d, const span *s, const mention *m)
{
	size_t wp = word_before(d, s, m);
	return m->possessive && wp != NONE && kis(d, wp, "with") && m->t1 + 1 < s->t1 &&
	       d->t.v[m->t1 + 1].upper;
}

/* Is the deal noun at dn owned by a name in capitals that names no state
 * or firm the gazetteer knows ("Delta's order"; not "the Philippine
 * Navy's contract", "India's order")? */
static int foreign_owner(const dctx *d, const span *s, size_t dn)
{
	size_t i;
	if (dn < s->t0 + 2 || !kis(d, dn - 1, "'s"))
		return 0;
	for (i = dn - 1; i > s->t0 && dn - i <= 4 && d->t.v[i - 1].kind == TK_WORD &&
			 d->t.v[i - 1].upper;
	     i--)
		if (mention_at(d, s, i - 1))
			return 0;
	return i < dn - 1;
}

/* "the transfer(s) of ...": the noun of transfer the supply verbs' list
 * holds with the verb. */
static int transfer_noun(const dctx *d, const span *s, size_t sv)
{
	return sv + 1 < s->t1 && (kis(d, sv, "transfer") || kis(d, sv, "transfers")) &&
	       kis(d, sv + 1, "of");
}

/* "the transfer of Iranian missiles to Yemen", "the delivery of 12
 * Russian-made tanks": the demonym or "X-made" that qualifies the goods
 * right after "of" behind a noun of transfer at sv (numbers and words in
 * lower case between) names the transfer's own supplier, unless a seller
 * follows after "by" ("the sale of Russian-made jets by Belarus"); that
 * mention, or NULL (test_extract_deal_clauses.c). */
static const mention *goods_maker_of(const dctx *d, const span *s, size_t sv)
{
	size_t i = sv + 2, k;
	const mention *m, *by;
	if (i + 1 >= s->t1 || !kis(d, sv + 1, "of") ||
	    !(KIN(d, sv, w_supply_noun) || transfer_noun(d, s, sv)))
		return NULL;
	for (k = s->m0; k < s->m1 && M(d, k)->t0 < i; k++)
		;
	if (k == s->m1)
		return NULL;
	m = M(d, k);
	if (m->t0 > i + 3 || !ent__is_state_mention(m) || m->possessive ||
	    !((m->gz == GZ_DEMONYM && qualifies_weapon(d, s, k)) || made_in(d, s, m)))
		return NULL;
	for (; i < m->t0; i++)
		if (!(d->t.v[i].kind == TK_NUM ||
		      (d->t.v[i].kind == TK_WORD && !d->t.v[i].upper && !kin(d, i, w_party_prep))))
			return NULL;
	by = after_prep(d, s, sv, "by");
	if (by && !opinion_agent(d, s, by))
		return NULL;
	return m;
}

/* Is the verb of supply at sv a participle of giving right after goods
 * and before "by" ("F-16 jets provided by the US")? */
static int goods_given_by(const dctx *d, const span *s, size_t sv)
{
	return sv > s->t0 && sv + 2 < s->t1 && kis(d, sv + 1, "by") &&
	       kin_local(d, sv, w_given_pp) && weapon_ending_at(d, s, sv) != NULL;
}

/* Is m one of the sellers listed ("buying equipment from France, Germany
 * and Russia": none of them buys)? */
static int in_sellers(const mention *m, const mention *const *sellers, size_t n)
{
	size_t k;
	for (k = 0; k < n; k++)
		if (sellers[k] == m || !strcmp(sellers[k]->code, m->code))
			return 1;
	return 0;
}

/* Is mention m a demonym on goods ("Israeli and Turkish unmanned
 * systems", "Israeli drones") or a firm right before a weapon's name, its
 * maker ("donated two Bell UH-1H helicopters", stop 34)? */
static int goods_maker_mention(const dctx *d, const span *s, const mention *m)
{
	size_t k;
	if (m->gz != GZ_DEMONYM && m->gz != GZ_FIRM)
		return 0;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k) == m)
			return m->gz == GZ_DEMONYM ? qualifies_weapon(d, s, k)
			       : k + 1 < s->m1 && M(d, k + 1)->t0 == m->t1 &&
					 M(d, k + 1)->gz == GZ_WEAPON;
	return 0;
}

/* Is the state's name m right before a weapon's name ("has a fleet of US
 * F-16 fighters"), a word on the goods and no party of a clause? */
static int name_on_goods(const dctx *d, const span *s, const mention *m)
{
	size_t k;
	if (m->possessive || m->gz == GZ_DEMONYM || m->gz == GZ_FIRM || m < d->m.v ||
	    m >= d->m.v + d->m.n)
		return 0;
	k = (size_t)(m - d->m.v); /* a mention of the document's list */
	return k >= s->m0 && k + 1 < s->m1 && M(d, k + 1)->t0 == m->t1 &&
	       M(d, k + 1)->gz == GZ_WEAPON;
}

/* "four Wing Loongs initially acquired in 2020 (likely gifted by the
 * UAE)": a participle of giving with its agent within ten words after the
 * verb of buying at bv, over a bracket and an adverb; the agent, or
 * NULL. */
static const mention *giver_after(const dctx *d, const span *s, size_t bv)
{
	size_t i;
	const mention *m;
	for (i = bv + 1; i + 2 < s->t1 && i < bv + 11; i++)
		if (kin_local(d, i, w_given_pp) && kis(d, i + 1, "by") &&
		    (m = actor_after(d, s, i + 2, 1, 0)) != NULL && !m->possessive &&
		    m->gz != GZ_DEMONYM)
			return m;
	return NULL;
}

/* "U.S. companies that sell arms to Y", "firms involved in (arms) sales
 * to Y": a verb (noun) of supply at sv whose subject is a noun of firms;
 * sets *firms, and gives the state named right before that noun, or NULL
 * (no seller: the subject of the sentence sells nothing). */
static const mention *firms_head_seller(const dctx *d, const span *s, size_t sv, int *firms)
{
	static const char *w_firms_n[] = {"companies", "company", "firms", "firm",
					  "manufacturers", "makers", "contractors", "producers",
					  "suppliers", "vendors", "entities", NULL};
	size_t h;
	*firms = 0;
	if (sv < s->t0 + 2)
		return NULL;
	if (kis(d, sv - 1, "that") || kis(d, sv - 1, "which") || kis(d, sv - 1, "who"))
		h = sv - 2;
	else if (sv >= s->t0 + 3 && kis(d, sv - 1, "in") && kis(d, sv - 2, "involved"))
		h = sv - 3;
	else if (sv >= s->t0 + 4 && kis(d, sv - 2, "in") && kis(d, sv - 3, "involved") &&
		 d->t.v[sv - 1].kind == TK_WORD && !d->t.v[sv - 1].upper && !KIN(d, sv - 1, w_det))
		h = sv - 4; /* "involved in arms sales" */
	else
		return NULL;
	if (!kin_local(d, h, w_firms_n))
		return NULL;
	*firms = 1;
	for (size_t k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 == h && ent__is_state_mention(m) && !m->possessive)
			return m; /* "U.S. companies", "American firms" */
		if (m->t1 + 1 == h && ent__is_state_mention(m) && m->possessive)
			return m; /* "China's companies" ('s between) */
	}
	for (size_t k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 > sv && m->t0 <= sv + 6 && ent__is_state_mention(m) &&
		    ((m->gz == GZ_DEMONYM && qualifies_weapon(d, s, k)) || made_in(d, s, m)))
			return m; /* "firms that sell Iranian drones to Y" */
	}
	return NULL;
}

/* "foreign arms sales to Y", "concern with (over) arms sales to Y": a
 * noun of supply at sv after "foreign" (two words at most between) or a
 * noun of concern and its preposition: sales by others, no seller of the
 * clause's subject (stop 37). */
static int others_sales(const dctx *d, const span *s, size_t sv)
{
	static const char *w_concern_n[] = {"concern", "concerns", "worries", "worry",
					    "alarm", "unease", NULL};
	size_t j, n;
	for (j = sv + 1; j + 1 < s->t1 && j < sv + 12 && !kis(d, j, ","); j++)
		if ((kis(d, j, "by") || kis(d, j, "from")) &&
		    mention_at(d, s, j + 1 + kis(d, j + 1, "the")))
			return 0; /* "the sale of F-35s to Greece by the US" names it */
	for (j = sv, n = 0; j > s->t0 && n < 3; j--, n++) {
		if (kis(d, j - 1, "foreign"))
			return !kis(d, j, "military"); /* a "foreign military sale" is a US
							* programme's */
		if (d->t.v[j - 1].kind != TK_WORD || d->t.v[j - 1].upper)
			break;
	}
	for (j = sv, n = 0; j > s->t0 + 1 && n < 5; j--, n++) {
		if (mention_at(d, s, j - 1))
			return 0; /* "concern over Russian arms sales": Russia's */
		if ((kis(d, j - 1, "with") || kis(d, j - 1, "over") || kis(d, j - 1, "about")) &&
		    kin_local(d, j - 2, w_concern_n))
			return 1;
	}
	return 0;
}

/* A noun of concern followed by "over (about, at)" between tokens a and b:
 * "expresses concerns over the enhanced capability with the purchase". */
static int concern_between(const dctx *d, size_t a, size_t b)
{
	static const char *w_concern_n[] = {"concern", "concerns", "worries", "worry", "alarm",
					    "objections", "unease", "anxiety", NULL};
	size_t j;
	for (j = a; j + 1 < b; j++)
		if (kin(d, j, w_concern_n) &&
		    (kis(d, j + 1, "over") || kis(d, j + 1, "about") || kis(d, j + 1, "at")))
			return 1;
	return 0;
}

/* "the deal would bring drones from A to B": after the deal's noun at dn,
 * "from" a state and "to" a state right after it give the seller and the
 * buyer (no demonym, no possessive, no state named as background). */
static int from_to_pair(const dctx *d, const span *s, size_t dn, const mention **sup,
			const mention **rec)
{
	size_t j, e = 0, e2 = 0;
	const mention *a, *b;
	if (dn == NONE)
		return 0;
	for (j = dn + 1; j + 3 < s->t1; j++) {
		if (!kis(d, j, "from"))
			continue;
		a = named_state(d, s, j + 1, &e);
		if (!a || a->possessive || a->gz == GZ_DEMONYM || e + 1 >= s->t1 || !kis(d, e, "to"))
			continue;
		b = named_state(d, s, e + 1, &e2);
		if (!b || b->possessive || b->gz == GZ_DEMONYM || !strcmp(a->code, b->code) ||
		    background_state(d, s, a) || background_state(d, s, b))
			continue;
		*sup = a;
		*rec = b;
		return 1;
	}
	return 0;
}

/* "won a contract from (the Sultanate of) Y": "from" between the verb of
 * winning at sg and the state m, five words at most before it, no comma
 * between (deal.supply_verb, test_extract_deal_signers.c). */
static int won_from(const dctx *d, const span *s, size_t sg, const mention *m)
{
	size_t j;
	for (j = m->t0; j > sg && m->t0 - j < 6; j--) {
		if (kis(d, j - 1, ",") || kis(d, j - 1, ";"))
			return 0;
		if (kis(d, j - 1, "from"))
			return 1;
	}
	return 0;
}

static long count_at(const dctx *d, size_t i);

/* "the third country ... after", "the second international customer for
 * the J-10C, following": the ordinal before a noun of buyers (one
 * describing word between at most) before the "after/following" at j; the
 * ordinal's index, or NONE. */
static size_t ordinal_buyer_before(const dctx *d, const span *s, size_t j)
{
	static const char *w_ordinal[] = {"second", "third", "fourth", "fifth", "sixth",
					  "seventh", "eighth", "ninth", "tenth", "eleventh",
					  "twelfth", NULL};
	static const char *w_buyer_n[] = {"country", "nation", "state", "buyer", "customer",
					  "operator", "user", "importer", "client", NULL};
	size_t i;
	for (i = s->t0; i + 1 < j; i++) /* the first letter rules out most words */
		if (strchr("stfen", K(i)[0]) && kin_local(d, i, w_ordinal) &&
		    (kin(d, i + 1, w_buyer_n) || kin(d, i + 2, w_buyer_n)))
			return i;
	return NONE;
}

/* A state listed right after "after/following" that follows a noun of
 * buyers with an ordinal ("makes Egypt the second international customer
 * for the J-10C, following Pakistan"): an earlier buyer, no party. */
static int earlier_buyer_listed(const dctx *d, const span *s, const mention *m)
{
	span u = *s; /* a clause may open at "after": its sentence's words count */
	size_t j = m->t0;
	if (s->unit >= 0 && d->units[s->unit].t0 < s->t0)
		u.t0 = d->units[s->unit].t0;
	if (j > u.t0 && kis(d, j - 1, "the"))
		j--;
	j = list_head(d, &u, j, 4);
	return j > u.t0 + 3 && (kis(d, j - 1, "after") || kis(d, j - 1, "following")) &&
	       ordinal_buyer_before(d, &u, j - 1) != NONE;
}

/* "X became the second country after A and B to buy (to provide)": for m,
 * one of the states listed after "after", the state named before the
 * list's ordinal (a name, no possessive or firm), or NULL (stop 59). */
static const mention *earlier_list_subject(const dctx *d, const span *s, const mention *m)
{
	size_t lo = m->t0 > s->t0 && kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
	const mention *x = actor_before(d, s, list_head(d, s, lo, 4), 12, 1);
	return x && !x->possessive && x->gz != GZ_FIRM ? x : NULL;
}

/* "Latvia also hinted that it could be the second member state to
 * acquire the Turkish UCAVs": a transfer a state only hints at (signals,
 * suggests) in a "that" clause, within sixteen words, is interest. */
static int hinted_before(const dctx *d, const span *s, size_t trig)
{
	static const char *w_hint[] = {"hinted", "hints", "hinting", "signalled", "signaled",
				       "suggested", "suggests", NULL};
	size_t i;
	for (i = trig; i > s->t0 + 1 && i + 16 > trig; i--) {
		if (kis(d, i - 1, ";"))
			return 0;
		if (kis(d, i - 1, "that") && kin_local(d, i - 2, w_hint))
			return 1;
	}
	return 0;
}

/* "..., a package estimated at $10 billion": a deal noun at dn in an
 * apposition (a comma, "a" or "the", at most one word) that sums up the
 * clause before it. */
static int appositive_noun(const dctx *d, const span *s, size_t dn)
{
	size_t i = dn;
	if (i > s->t0 + 2 && d->t.v[i - 1].kind == TK_WORD && !KIN(d, i - 1, w_det) &&
	    !d->t.v[i - 1].upper && kis(d, i - 3, ","))
		i--; /* "a new package" */
	return i > s->t0 + 1 && (kis(d, i - 1, "a") || kis(d, i - 1, "the")) &&
	       kis(d, i - 2, ",");
}

/* "Two major sales to Egypt received approval from the US", "approved
 * three arms sales to Y": sales the text counts are deals made, not a tie
 * of supply, with goods of no stated kind (the sentence after may name
 * them; stop 42).  The noun at sv is "sales" after a count, over up to two
 * words of no capital. */
static int counted_sales(const dctx *d, const span *s, size_t sv)
{
	size_t i;
	if (sv == NONE || !kis(d, sv, "sales"))
		return 0;
	for (i = sv; i > s->t0 && i + 3 > sv; i--) {
		const tok *t = &d->t.v[i - 1];
		if (t->kind == TK_NUM || KIN(d, i - 1, w_numwords))
			return !kis(d, i - 1, "one");
		if (t->kind != TK_WORD || t->upper || KIN(d, i - 1, w_det))
			return 0;
	}
	return 0;
}

/* "signed an arms deal with Y", "on the verge of signing a massive weapons
 * contract with Y": one deal (singular) for arms of no stated kind, new to
 * the text (after "a / an" and at most two words, no "the", "its" or
 * possessive: "the proposed arms deal", "Israel's arms deals with Y" are
 * told elsewhere or are many); so are deals counted ("concluded three
 * arms deals with Y", stop 37), one fact for the set. */
static int new_arms_deal(const dctx *d, const span *s, size_t dn)
{
	/* words of a sum: scales, and a currency the patterns do not know */
	static const char *w_sum_n[] = {"million", "billion", "trillion", "bn", "mn", "m",
					"shilling", "shillings", NULL};
	size_t i, n;
	if (dn < s->t0 + 2 || !(kis(d, dn - 1, "arms") || kis(d, dn - 1, "weapons")))
		return 0;
	if ((kis(d, dn, "deals") || kis(d, dn, "contracts")) &&
	    (KIN(d, dn - 2, w_numwords) || d->t.v[dn - 2].kind == TK_NUM))
		return 1; /* "concluded three arms deals with Y": counted */
	if (!(kis(d, dn, "deal") || kis(d, dn, "contract")))
		return 0;
	for (i = dn - 1, n = 0; i > s->t0 && n < 3; i--, n++) {
		const mention *m;
		if (kis(d, i - 1, "a") || kis(d, i - 1, "an"))
			return 1;
		/* "a recent multibillion-dollar US arms deal with Y": a
		 * hyphen's words, and the seller's name (stop 42) */
		if (kis(d, i - 1, "-") && i - 1 > s->t0 && !d->t.v[i - 1].space_before &&
		    d->t.v[i - 2].kind == TK_WORD) {
			i--;
			n--; /* one word with the one before the hyphen */
			continue;
		}
		m = mention_at_end(d, s, i);
		if (m && ent__is_state_mention(m) && !m->possessive && m->gz != GZ_FIRM &&
		    m->t0 > s->t0) {
			i = m->t0 + 1;
			n--; /* the seller's name is no word of the three */
			continue;
		}
		/* "a Sh25 billion (25 billion shilling) arms deal": a sum, in a
		 * currency the patterns may not know, is no word of the three
		 * (stop 63) */
		size_t kl = d->t.v[i - 1].keylen;
		if (d->t.v[i - 1].kind == TK_NUM || kin_local(d, i - 1, w_sum_n) ||
		    (i < dn && d->t.v[i - 1].upper && kl <= 3 && d->t.v[i].kind == TK_NUM) ||
		    (d->t.v[i - 1].upper && kl > 2 && kl <= 6 && K(i - 1)[kl - 1] >= '0' &&
		     K(i - 1)[kl - 1] <= '9')) {
			n--;
			continue;
		}
		if (d->t.v[i - 1].kind != TK_WORD || d->t.v[i - 1].upper || kis(d, i - 1, "'s") ||
		    KIN(d, i - 1, w_det) || kis(d, i - 1, "its") || kis(d, i - 1, "their"))
			return 0;
	}
	return 0;
}

/* "Israel's ability to sign on to new Boeing jets depends on ...", "Israel
 * will be able to accommodate new F-15I buys", "could give Washington
 * flexibility to supply Y": a transfer a state could
 * make (within eight tokens of "able / ability to", no comma between) is
 * none yet; one it "was able to" make was made. */
static int able_to_before(const dctx *d, const span *s, size_t trig)
{
	/* "greater flexibility (the means, the capacity) to supply" (stop 52) */
	static const char *w_ability[] = {"ability", "capacity", "capability", "flexibility",
					  "means", "freedom", "leeway", NULL};
	size_t i;
	for (i = trig; i > s->t0 + 1 && i + 8 > trig; i--) {
		if (kis(d, i - 1, ",") || kis(d, i - 1, ";"))
			return 0;
		if (kis(d, i - 1, "to") && kin_local(d, i - 2, w_ability))
			return 1;
		if (kis(d, i - 1, "to") && kis(d, i - 2, "able"))
			return !(kis(d, i - 3, "was") || kis(d, i - 3, "were"));
	}
	return 0;
}

/* "Bayraktar drones continue to acquire appeal on a global scale",
 * "acquired great importance": a verb of buying whose object is a quality
 * or a standing buys nothing (stop 55), nor does "at the receiving end
 * of" (stop 56). */
static int abstract_object(const dctx *d, const span *s, size_t bv)
{
	static const char *w_quality[] = {"appeal", "popularity", "importance", "significance",
					  "prominence", "fame", "notoriety", "momentum", "traction",
					  "reputation", "experience", "expertise",
					  "knowledge", "skills", "influence", "confidence",
					  "legitimacy", "recognition", "urgency", NULL};
	static const char *w_qual_mod[] = {"a", "an", "the", "more", "new", "global", "wide",
					   "great", "greater", "considerable", "significant",
					   "growing", "increasing", "international", NULL};
	size_t j = bv + 1, n;
	if (kis(d, bv, "receiving")) /* "at the receiving end of" */
		return j < s->t1 && kis(d, j, "end");
	for (n = 0; j < s->t1 && n < 2 && kin_local(d, j, w_qual_mod); j++, n++)
		;
	return j < s->t1 && kin_local(d, j, w_quality);
}

/* Is token i a verb of contest a bidder's infinitive follows: "competed
 * (competing, vying, battling) to supply"? */
static int contest_verb(const dctx *d, size_t i)
{
	static const char *w_vie[] = {"competed", "competing", "compete", "competes", "vying",
				      "vie", "vied", "vies", "battling", "jostling", NULL};
	return kin_local(d, i, w_vie);
}

/* "plans to bid for the Dutch army's vehicle procurement project",
 * "competing for the navy's acquisition of frigates": a noun of buying a
 * bid or a contest is for (within eight words, no comma) is a tender, no
 * deal. */
static int bid_for(const dctx *d, const span *s, size_t bv)
{
	static const char *w_bid[] = {"bid", "bids", "bidding", "compete", "competes", "competing",
				      "contest", "contesting", "tender", "tendering", NULL};
	size_t i;
	for (i = bv; i > s->t0 + 1 && i + 8 > bv; i--) {
		if (kis(d, i - 1, ",") || kis(d, i - 1, ";"))
			return 0;
		if (kis(d, i - 1, "for") && kin_local(d, i - 2, w_bid))
			return 1;
	}
	return 0;
}

/* Is the deal noun at dn plural ("agreements", "contracts", "deals") and
 * are the goods of f two or more systems of different designations, every
 * item named? */
static int several_systems(const dctx *d, size_t dn, const ent_fact *f)
{
	static const char *w_deals_pl[] = {"agreements", "contracts", "deals", NULL};
	size_t i, j;
	if (!kin_local(d, dn, w_deals_pl) || f->nitems < 2)
		return 0;
	for (i = 0; i < f->nitems; i++) {
		if (!f->items[i].designation)
			return 0;
		for (j = 0; j < i; j++)
			if (!strcmp(f->items[i].designation, f->items[j].designation))
				return 0;
	}
	return 1;
}

/* Is the plural deal noun at dn in another clause than the deal's trigger
 * ("The information on agreements ... was revealed by a manager who said
 * that Russia will continue deliveries of Mi-8/Mi-17 and Mi-35M
 * helicopters to Angola": "who" or "that" between them; stop 60)? */
static int plural_noun_elsewhere(const dctx *d, size_t dn, size_t trig)
{
	static const char *w_clause_rel[] = {"that", "who", "which", NULL};
	if (trig == NONE || trig == dn)
		return 0;
	return find_local(d, dn < trig ? dn : trig, dn < trig ? trig : dn, w_clause_rel) != NONE;
}

/* A copy of emitted candidate ci in unit ui (cand_clone) with its parties
 * as ci has them, the direction open or not.  The array may move. */
static int clone_parties(dctx *d, size_t ci, int ui, cand **one)
{
	int rc = cand_clone(d, ci, ui, one);
	if (rc)
		return rc;
	memcpy((*one)->pair, d->cands[ci].pair, sizeof (*one)->pair);
	memcpy((*one)->others, d->cands[ci].others, sizeof (*one)->others);
	(*one)->nothers = d->cands[ci].nothers;
	(*one)->directed = d->cands[ci].directed;
	(*one)->maker_only = d->cands[ci].maker_only;
	return ENT_OK;
}

/* "in 2006, 2008 and 2019", "in 2015 and 2017": the years of a list after
 * "in" (no range: "from 2006 to 2008", "between ... and"), up to max, into
 * out; their number, 0 when there is no such list. */
static size_t year_list(const dctx *d, const span *s, int *out, size_t max)
{
	size_t k, n = 0, j;
	for (k = s->m0; k < s->m1 && n < 2; k++) {
		const mention *y = M(d, k);
		size_t q;
		if (y->kind != MK_YEAR || y->from_month || y->t0 <= s->t0 ||
		    !kis(d, y->t0 - 1, "in"))
			continue;
		n = 0;
		out[n++] = y->year;
		j = y->t1;
		for (q = k + 1; q < s->m1 && n < max; q++) {
			const mention *z = M(d, q);
			if (z->kind != MK_YEAR || z->from_month)
				break;
			if (!(z->t0 == j + 1 && (kis(d, j, ",") || kis(d, j, "and"))) &&
			    !(z->t0 == j + 2 && kis(d, j, ",") && kis(d, j + 1, "and")))
				break;
			out[n++] = z->year;
			j = z->t1;
		}
		if (n < 2)
			n = 0;
	}
	return n;
}

/* Years "in 2005 (, 2008) and 2014" right after token j: their number
 * (into y, at most max), the token after the last in *end; 0 if none. */
static size_t years_after_in(const dctx *d, const span *s, size_t j, int *y, size_t max,
			     size_t *end)
{
	size_t n = 0;
	const mention *m;
	if (j + 1 >= s->t1 || !kis(d, j, "in"))
		return 0;
	j++;
	while (n < max && (m = mention_at(d, s, j)) != NULL && m->t0 == j &&
	       m->kind == MK_YEAR && !m->from_month) {
		y[n++] = m->year;
		j = m->t1;
		if (j + 1 < s->t1 && (kis(d, j, "and") || kis(d, j, ",")) &&
		    (m = mention_at(d, s, j + 1)) != NULL && m->t0 == j + 1 && m->kind == MK_YEAR)
			j++;
		else
			break;
	}
	*end = j;
	return n;
}

/* "gifted patrol vessels to A in 2005 and 2014, to B in 2016 and 2017 and
 * (to) C in 2019": from the recipient rec on, each state (after "to") with
 * the years after "in" that follow it; (state, year) pairs into code and
 * year (at most max), their number, 0 unless two states are listed. */
static size_t dest_year_list(const dctx *d, const span *s, const mention *rec,
			     const char **code, int *year, size_t max)
{
	const mention *m = rec;
	size_t n = 0, nst = 0, j, e, q, ny;
	int y[4];
	for (;;) {
		ny = years_after_in(d, s, m->t1, y, 4, &e);
		if (!ny)
			break;
		nst++;
		for (q = 0; q < ny && n < max; q++) {
			code[n] = m->code;
			year[n++] = y[q];
		}
		j = e;
		if (j < s->t1 && kis(d, j, ","))
			j++;
		if (j < s->t1 && kis(d, j, "and"))
			j++;
		/* "to A in 2023, and B in 2024": "to" may go unsaid before a
		 * state with years of its own (stop 64) */
		if (j + 1 >= s->t1)
			break;
		if (kis(d, j, "to"))
			j++;
		if (kis(d, j, "the"))
			j++;
		m = mention_at(d, s, j);
		if (!m || m->t0 != j || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    m->gz == GZ_DEMONYM || m->possessive || !m->code)
			break;
	}
	return nst >= 2 ? n : 0;
}

/* "shells used (operated, fired) by X ... are supplied by Y": the state
 * after "used by" before the verb at sv, or NULL. */
static const mention *used_by_before(const dctx *d, const span *s, size_t sv)
{
	static const char *w_use_pp[] = {"used", "operated", "fired", "employed", NULL};
	size_t i;
	for (i = s->t0; i + 2 < sv; i++)
		if (kin_local(d, i, w_use_pp) && kis(d, i + 1, "by")) {
			const mention *u = actor_after(d, s, i + 2, 1, 1);
			size_t at = i + 2 + (kis(d, i + 2, "the") ? 1 : 0);
			return u && u->t0 == at && !u->possessive && u->gz != GZ_FIRM && u->t1 < sv
				       ? u
				       : NULL;
		}
	return NULL;
}

/* "for the fourth (second, tenth) time": a span that tells a repeated
 * coming, a visit. */
static int repeated_visit(const dctx *d, const span *s)
{
	static const char *w_nth[] = {"second", "third",   "fourth", "fifth", "sixth",
				      "seventh", "eighth", "ninth",  "tenth", "nth",
				      "umpteenth", NULL};
	size_t i;
	for (i = s->t0; i + 3 < s->t1; i++)
		if (kis(d, i, "for") && kis(d, i + 1, "the") && kis(d, i + 3, "time") &&
		    kin_local(d, i + 2, w_nth))
			return 1;
	return 0;
}

/* Is the verb of supply at v a gerund that a word of opposition governs
 * ("opposition (objections) to selling", "opposed (opposes) supplying",
 * "against sending")? (stop 43) */
static int opposed_gerund(const dctx *d, const span *s, size_t v)
{
	static const char *w_opp_to[] = {"opposition", "objection", "objections", "opposed",
					 "resistance", NULL};
	static const char *w_opp_v[] = {"opposed", "opposes", "oppose", "opposing", "against",
					NULL};
	if (v <= s->t0 + 1 || !ends_ing(K(v)))
		return 0;
	return kin_local(d, v - 1, w_opp_v) ||
	       (kis(d, v - 1, "to") && kin_local(d, v - 2, w_opp_to));
}

static const mention *system_in(const dctx *d, const span *s, size_t t0, size_t t1);

/* "The Czech army bought new helicopters, replacing Russian-made Mi-24
 * aircraft, some of which it has sent to Ukraine": a verb of supply at sv
 * in a relative clause on goods (", (some / many / most / all of) which
 * (it / they) (has / have / were) sent") is the goods' holder's, the
 * clause's subject before the comma, or NULL; *comma (when not NULL) gets
 * the comma the goods end at (stop 44). */
static const mention *relative_holder(const dctx *d, const span *s, size_t sv, size_t *comma)
{
	size_t j = sv, c;
	const mention *h;
	int pron = 0;
	while (j > s->t0 + 2 && j + 4 > sv &&
	       (kis(d, j - 1, "has") || kis(d, j - 1, "have") || kis(d, j - 1, "had") ||
		kis(d, j - 1, "were") || kis(d, j - 1, "was") || kis(d, j - 1, "been") ||
		kis(d, j - 1, "it") || kis(d, j - 1, "they") || kis(d, j - 1, "since") ||
		kis(d, j - 1, "already") || kis(d, j - 1, "also"))) {
		pron |= kis(d, j - 1, "it") || kis(d, j - 1, "they");
		j--;
	}
	if (j <= s->t0 + 2 || !kis(d, j - 1, "which"))
		return NULL;
	c = j - 2;
	if (kis(d, c, "of") && c > s->t0 + 1) {
		if (kis(d, c - 1, "none") || kis(d, c - 1, "neither"))
			return NULL; /* "none of which it has sent" */
		c -= 2; /* "some of which", "many of which" */
	}
	if (!kis(d, c, ",") || !mention_at_end(d, s, c) ||
	    mention_at_end(d, s, c)->gz != GZ_WEAPON)
		return NULL;
	/* "The Czech army ...": a demonym and a body of state opening the
	 * sentence; else the clause's subject (not the maker of "US-made") */
	h = mention_at(d, s, s->t0 + (kis(d, s->t0, "the") ? 1 : 0));
	if (h && !(h->gz == GZ_DEMONYM && h->t1 < c && KIN(d, h->t1, w_gov_noun)))
		h = NULL;
	if (!h)
		h = subject_before(d, s, c);
	if (h && h->t1 < s->t1 && kis(d, h->t1, "-"))
		return NULL;
	if (!h || !ent__is_state_mention(h) || h->gz == GZ_FIRM || h->possessive)
		return NULL;
	/* "X signed a contract for 12 radars, which were delivered in
	 * May": goods X signed for or bought, passive, reached X (stop 62) */
	if (!pron && h->t1 < c &&
	    (find_local(d, h->t1, c, w_sign) != NONE ||
	     find_local(d, h->t1, c, w_buy_verb) != NONE))
		return NULL;
	if (comma)
		*comma = c;
	return h;
}

/* "seeks to purchase Bell UH-1 helicopters recently retired by South
 * Korea": the state that retired the goods bought (a participle of
 * retiring and "by" within twelve words after the verb of buying at bv,
 * no punctuation between) sells them on, or NULL (stop 44). */
static const mention *retired_by(const dctx *d, const span *s, size_t bv)
{
	static const char *w_retired[] = {"retired", "decommissioned", "withdrawn", "surplus",
					  NULL};
	size_t j;
	const mention *m;
	for (j = bv + 1; j + 2 < s->t1 && j < bv + 12; j++) {
		if (d->t.v[j].kind == TK_PUNCT && !kis(d, j, "-"))
			return NULL;
		if (kin_local(d, j, w_retired) && kis(d, j + 1, "by") &&
		    (m = actor_after(d, s, j + 2, 1, 1)) != NULL && ent__is_state_mention(m) &&
		    m->gz != GZ_DEMONYM && !m->possessive)
			return m;
	}
	return NULL;
}

/* Participles of making before "with" and a firm, a partner in the making. */
static const char *w_made_with[] = {"developed", "designed", "produced", "built",
				    "manufactured", "co-developed", "co-produced", NULL};

/* "ballistic missile transfers (the transfer of missiles) between North
 * Korea and Russia", "voiced concern over the deal between X and Y on
 * submarines" (a deal noun, stop 55): a noun of transfer at sv, then
 * within six words "between" and two states joined by "and" or a comma;
 * they go to *a and *b (1), else 0 (stop 47); 2 when a third state follows
 * them. */
static int transfer_between(const dctx *d, const span *s, size_t sv, const mention **a,
			    const mention **b)
{
	size_t j;
	const mention *x, *y;
	if (!(KIN(d, sv, w_supply_noun) || KIN(d, sv, w_deal_noun) || kis(d, sv, "transfer") ||
	      kis(d, sv, "transfers")))
		return 0;
	for (j = sv + 1; j < s->t1 && j < sv + 7 && !kis(d, j, "between"); j++)
		if (d->t.v[j].kind == TK_PUNCT)
			return 0;
	if (j + 3 >= s->t1 || !kis(d, j, "between"))
		return 0;
	j += 1 + kis(d, j + 1, "the");
	x = mention_at(d, s, j);
	if (!x || x->t0 != j || !ent__is_state_mention(x) || x->gz == GZ_FIRM || x->possessive)
		return 0;
	j = x->t1;
	if (j + 1 >= s->t1 || !(kis(d, j, "and") || kis(d, j, ",")))
		return 0;
	j += 1 + kis(d, j + 1, "the");
	y = mention_at(d, s, j);
	if (!y || y->t0 != j || !ent__is_state_mention(y) || y->gz == GZ_FIRM || y->possessive ||
	    !strcmp(x->code, y->code))
		return 0;
	*a = x;
	*b = y;
	/* "between the US, the UK, and Australia": three parties, no pair
	 * and no direction (stop 55) */
	j = y->t1;
	if (j + 1 < s->t1 && kis(d, j, ",") && kis(d, j + 1, "and"))
		j++;
	if (j + 1 < s->t1 && (kis(d, j, "and") || kis(d, j, ","))) {
		const mention *z;
		j += 1 + kis(d, j + 1, "the");
		z = mention_at(d, s, j);
		if (z && z->t0 == j && ent__is_state_mention(z) && z->gz != GZ_FIRM)
			return 2;
	}
	return 1;
}

/* "the cruise missile, a joint venture between India and Russia": m is in
 * the list of states after "venture(s) between (of)", the makers of the
 * goods, no party of a deal the sentence tells (stop 47). */
static int in_venture_list(const dctx *d, const span *s, const mention *m)
{
	size_t i = m->t0, n;
	for (n = 0; i > s->t0 + 1 && n < 12; n++) {
		const mention *p;
		if (kis(d, i - 1, "between") || kis(d, i - 1, "of"))
			return kin(d, i - 2, w_venture);
		if (kis(d, i - 1, ",") || kis(d, i - 1, "and") || kis(d, i - 1, "the")) {
			i--;
			continue;
		}
		if ((p = mention_at_end(d, s, i)) != NULL && ent__is_state_mention(p)) {
			i = p->t0;
			continue;
		}
		return 0;
	}
	return 0;
}

/* "a partnership between Sweden, Austria, and the Netherlands": is m in a
 * list of three states or more after "between" (a group, no pair with a
 * direction)?  (stop 64) */
static int in_group_between(const dctx *d, const span *s, const mention *m)
{
	size_t i = m->t0, n;
	const mention *p;
	for (n = 0; i > s->t0 + 1 && n < 12 && !kis(d, i - 1, "between"); n++) {
		if (kis(d, i - 1, ",") || kis(d, i - 1, "and") || kis(d, i - 1, "the"))
			i--;
		else if ((p = mention_at_end(d, s, i)) != NULL && ent__is_state_mention(p))
			i = p->t0;
		else
			return 0;
	}
	if (i <= s->t0 + 1 || !kis(d, i - 1, "between"))
		return 0;
	for (n = 0; i < s->t1;) {
		if (kis(d, i, ",") || kis(d, i, "and") || kis(d, i, "the")) {
			i++;
			continue;
		}
		p = mention_at(d, s, i);
		if (!p || p->t0 != i || !ent__is_state_mention(p) || p->gz == GZ_FIRM)
			break;
		n++;
		i = p->t1;
	}
	return n >= 3;
}

/* Are all the states of the span but the seller sup (if any) in a group
 * of three or more after "between", and is there one?  ("The acquisition
 * is part of a partnership between A, B, and C": no buyer; stop 64) */
static int only_group_between(const dctx *d, const span *s, const mention *sup)
{
	size_t k;
	int any = 0;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || (sup && !strcmp(m->code, sup->code)))
			continue;
		if (!in_group_between(d, s, m))
			return 0;
		any = 1;
	}
	return any;
}

/* "arguing that buying European systems is crucial", "says selling arms
 * to Y means complicity": a gerund of buying or supply at bv right after
 * "that", a verb of saying or a quotation mark, the subject of "is (are,
 * was, would be, means)" within six words, no state's name between but a
 * demonym or the one it goes to, tells of the trade in general, no deal
 * (stop 64). */
static int gerund_as_subject(const dctx *d, const span *s, size_t bv)
{
	/* "selling arms to Y means complicity" (stop 64) */
	static const char *w_cop[] = {"is", "are", "was", "were", "would", "remains", "means",
				      "constitutes", "amounts", "takes", "costs", "requires",
				      "will", "can", "could", NULL};
	size_t j, k;
	if (!ends_ing(K(bv)) ||
	    !(bv == s->t0 || (bv > s->t0 && (kis(d, bv - 1, "that") || kin(d, bv - 1, w_say_it) ||
					       quote_mark(d, bv - 1) || kis(d, bv - 1, "but")))))
		return 0;
	for (j = bv + 1; j < s->t1 && j < bv + 7 && !kin_local(d, j, w_cop); j++)
		if (d->t.v[j].kind == TK_PUNCT)
			return 0;
	if (j >= s->t1 || j >= bv + 7)
		return 0;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 > bv && m->t1 <= j && ent__is_state_mention(m) && m->gz != GZ_DEMONYM &&
		    !(m->t0 > s->t0 && kis(d, m->t0 - 1, "to")))
			return 0;
	}
	return 1;
}

/* "a German-made diesel engine", "the Chinese submarine": is mention k an
 * origin on goods ("X-made", or a demonym right before a term of goods),
 * not a buyer ("the Chilean purchase of F-16s")?  (stop 64) */
static int maker_on_goods(const dctx *d, const span *s, size_t k)
{
	const mention *m = M(d, k);
	if (made_in(d, s, m))
		return 1;
	return m->gz == GZ_DEMONYM && !m->possessive && weapon_starting_at(d, s, m->t1) != NULL;
}

/* Is there a word of likeness ("resembles", "similar to", "compared
 * with", "akin to") between the trigger at trig and mention m, within the
 * fourteen words before m?  The states after it own the goods the deal's
 * are compared to (stop 64). */
static int compared_after(const dctx *d, const span *s, size_t trig, const mention *m)
{
	static const char *w_resemble[] = {"resembles", "resemble", "resembled", "resembling",
					   NULL};
	static const char *w_like_adj[] = {"similar", "compared", "akin", "comparable",
					   "identical", NULL};
	size_t j = m->t0 > trig + 14 ? m->t0 - 14 : trig + 1;
	for (; j < m->t0; j++) {
		if (kis(d, j, ";"))
			return 0;
		if (kin_local(d, j, w_resemble))
			return 1;
		if (kin_local(d, j, w_like_adj) && j + 1 < m->t0 &&
		    (kis(d, j + 1, "to") || kis(d, j + 1, "with")))
			return 1;
	}
	return 0;
}

/* Nouns a licensor's demonym qualifies ("under a Russian license"). */
static const char *w_licence_n[] = {"license", "licence", "licenses", "licences", "design",
				    "designs", NULL};

/* "North Korean (military, nuclear) threats", "Chinese aggression": a
 * state's name or adjective right before a noun of menace names the foe
 * the goods are to meet, no party of a deal (stop 64). */
static int menace_named(const dctx *d, const span *s, const mention *m)
{
	static const char *w_menace[] = {"threat", "threats", "aggression", "provocations",
					 "provocation", "incursions", "expansionism", NULL};
	static const char *w_kind[] = {"military", "nuclear", "missile", "naval", "maritime",
				       NULL};
	size_t j = m->t1;
	if (m->possessive || j >= s->t1)
		return 0;
	if (kin_local(d, j, w_kind) && j + 1 < s->t1)
		j++;
	return kin_local(d, j, w_menace);
}

/* The mention that starts right after the verb at v, over "the"; or
 * NULL (state_object, force_object). */
static const mention *object_after(const dctx *d, const span *s, size_t v)
{
	size_t j = v + 1 + (v + 1 < s->t1 && kis(d, v + 1, "the") ? 1 : 0);
	return j < s->t1 ? mention_at(d, s, j) : NULL;
}

/* The state named right after the verb at v (over "the") as its object:
 * not a demonym, a firm or a possessive ("equipped Tokyo with", not
 * "equipped its navy with" or "equipped Japan's navy with"); or NULL. */
static const mention *state_object(const dctx *d, const span *s, size_t v)
{
	const mention *m = object_after(d, s, v);
	if (!m || !ent__is_state_mention(m) || m->gz == GZ_DEMONYM || m->gz == GZ_FIRM ||
	    m->possessive)
		return NULL;
	return m;
}

/* "(re-)equip the Sudanese army with": a demonym before a noun of armed
 * forces right after the verb at v (over "the") names the state equipped;
 * the mention whose last token is the noun's, or NULL (stop 49). */
static const mention *force_object(const dctx *d, const span *s, size_t v)
{
	static const char *w_force_n[] = {"army", "navy", "military", "forces", "troops",
					  "marines", NULL};
	const mention *m = object_after(d, s, v);
	size_t j;
	if (!m || m->gz != GZ_DEMONYM || !ent__is_state_mention(m) || m->possessive ||
	    m->t1 >= s->t1)
		return NULL;
	j = m->t1;
	if (j + 1 < s->t1 && (kis(d, j, "air") || kis(d, j, "armed")) &&
	    (kis(d, j + 1, "force") || kis(d, j + 1, "forces")))
		return m;
	return kin_local(d, j, w_force_n) ? m : NULL;
}

/* "Washington has equipped Tokyo with Patriot systems", "Russia armed
 * Syria with S-300s": a verb of equipping, active, with a state for its
 * object and "with" within four words after it, gives like "provided Y
 * with" (stop 47); its token, or NONE. */
static size_t equip_state_with(const dctx *d, const span *s)
{
	/* not "arms", mostly a noun */
	static const char *w_equip_v[] = {"equipped", "equips", "equip", "equipping", "armed",
					  "arming", "rearmed", NULL};
	size_t v, j;
	const mention *m;
	for (v = s->t0 + 1; v + 3 < s->t1; v++) {
		if (K(v)[0] != 'e' && K(v)[0] != 'a' && K(v)[0] != 'r')
			continue;
		if (!kin_local(d, v, w_equip_v) || KIN(d, v - 1, w_be) || kis(d, v - 1, "been") ||
		    ((m = state_object(d, s, v)) == NULL && (m = force_object(d, s, v)) == NULL))
			continue;
		for (j = m->t1; j < s->t1 && j < m->t1 + 4 && !kis(d, j, "with"); j++)
			if (d->t.v[j].kind == TK_PUNCT)
				break;
		if (j < s->t1 && kis(d, j, "with"))
			return v;
	}
	return NONE;
}

/* "purchased 12 frigates (, all) built in Norway", "drones made in
 * Turkey": the state right after "made / built / manufactured / produced
 * in" (over "the"), whose participle follows goods bought after the verb
 * at bv (within four words of the goods), is where they come from; or
 * NULL (stop 49). */
static const mention *made_in_state(const dctx *d, const span *s, size_t bv)
{
	static const char *w_made[] = {"made", "built", "manufactured", "produced", NULL};
	size_t k, j;
	for (k = s->m0; k < s->m1; k++) {
		const mention *g = M(d, k), *m;
		if (g->t0 <= bv || g->kind != MK_ACTOR || g->gz != GZ_WEAPON)
			continue;
		for (j = g->t1; j + 2 < s->t1 && j < g->t1 + 4 && !kin_local(d, j, w_made); j++)
			if (!(kis(d, j, ",") || kis(d, j, "all") || kis(d, j, "both") ||
			      kis(d, j, "which") || kis(d, j, "were") || kis(d, j, "was") ||
			      in_weapon(d, s, j)))
				break;
		if (j + 2 >= s->t1 || !kin_local(d, j, w_made) || !kis(d, j + 1, "in"))
			return NULL;
		j += 2;
		if (kis(d, j, "the") && j + 1 < s->t1)
			j++;
		m = mention_at(d, s, j);
		return m && m->t0 == j && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
			       m->gz != GZ_DEMONYM && !m->possessive
			       ? m
			       : NULL;
	}
	return NULL;
}

/* "Germany announced (completed, began) the transfer of the third Patriot
 * system to Kyiv": the subject right before a verb of carrying out (or
 * telling of) its own transfer, "the" and the noun of supply at sv, gives
 * the goods, whoever made them (not "approved the transfer": a maker's
 * leave to pass its goods on; stop 49). */
static int own_transfer_act(const dctx *d, const span *s, const mention *sup, size_t sv)
{
	static const char *w_own_act[] = {"announced", "announces", "completed", "completes",
					  "began", "begins", "started", "starts", "finished",
					  "confirmed", "confirms", "made", "makes", NULL};
	size_t v, e;
	/* the noun: the word of supply after "the" ("the transfer") */
	if (!sup || sup->possessive || sup->gz == GZ_FIRM || sv < s->t0 + 2 ||
	    !kis(d, sv - 1, "the"))
		return 0;
	e = sup->t1;
	{
		/* "Romanian President Klaus Iohannis (the Romanian
		 * government) announced the transfer": the subject ends past
		 * a title and its holder's name, or a government (stop 59) */
		size_t t = e;
		while (t < sv && KIN(d, t, w_title_mod))
			t++;
		if (t < sv && (KIN(d, t, w_title) || KIN(d, t, w_gov_noun)))
			for (e = t + 1; e < sv && d->t.v[e].kind == TK_WORD && d->t.v[e].upper;
			     e++)
				;
	}
	v = sv - 2;
	if (!kin_local(d, v, w_own_act))
		return 0;
	/* the subject, over "had / has / previously / also" */
	while (v > e && (kis(d, v - 1, "had") || kis(d, v - 1, "has") || kis(d, v - 1, "have") ||
			 kis(d, v - 1, "also") || ly_adverb(d, v - 1)))
		v--;
	return v == e;
}

/* "a law aimed at preventing countries from purchasing Russian arms",
 * "sanctions on nations buying its oil": the buyers of the verb at bv are
 * countries unnamed, and no state of the sentence buys there ("the two
 * countries" are the ones in play, "United States" one) (stop 52). */
static int unnamed_buyers(const dctx *d, const span *s, size_t bv)
{
	static const char *w_states_n[] = {"countries", "nations", "states", "governments",
					   NULL};
	static const char *w_these[] = {"two", "both", "three", "these", "those", "the", NULL};
	size_t j;
	if (bv < s->t0 + 2)
		return 0;
	j = bv - 1;
	if (kis(d, j, "from") || kis(d, j, "that") || kis(d, j, "who"))
		j--;
	return !d->t.v[j].upper && kin_local(d, j, w_states_n) &&
	       !(j > s->t0 && kin_local(d, j - 1, w_these));
}

static const char *w_over_for[] = {"over", "for", NULL};

/* "a (decades-long) ban (embargo) on arms exports (sales)": the noun of
 * supply at sv is what a ban forbids, "on (of)" and up to two words
 * before it (stop 58). */
static int export_banned(const dctx *d, const span *s, size_t sv)
{
	static const char *w_ban_n[] = {"ban", "bans", "embargo", "embargoes", "prohibition",
					NULL};
	size_t j;
	for (j = sv; j > s->t0 + 1 && j + 3 > sv && d->t.v[j - 1].kind == TK_WORD; j--)
		if (kis(d, j - 1, "on") || kis(d, j - 1, "of"))
			return kin_local(d, j - 2, w_ban_n);
	return 0;
}

/* Is state m (a name or demonym, no possessive) followed, over up to two
 * words or a weapon's name, by a deal noun: "the Moroccan F-35 deal"? */
static int owns_later_deal(const dctx *d, const span *s, const mention *m)
{
	size_t j = m->t1, n;
	if (m->possessive)
		return 0;
	for (n = 0; j < s->t1 && n < 3; n++) {
		const mention *g = mention_at(d, s, j);
		if (KIN(d, j, w_deal_noun))
			return 1;
		if (g && g->t0 == j && g->gz == GZ_WEAPON)
			j = g->t1;
		else if (d->t.v[j].kind == TK_WORD || kis(d, j, "-"))
			j++;
		else
			return 0;
	}
	return j < s->t1 && KIN(d, j, w_deal_noun);
}

/* "Norway sold salmon to Chile", "Czech brewers sold beer to Germany":
 * between the verb of supply at sv and "(to) (the)" before the recipient
 * rec, one to four words in small letters and no name, none of them a
 * general word for arms or gear, nor a pronoun or an adverb: goods that
 * are no arms, so no tie (stop 59). */
static int plain_object(const dctx *d, const span *s, size_t sv, const mention *rec)
{
	static const char *w_keeps_tie[] = {"equipment", "hardware", "gear", "kit", "materiel",
					     "technology", "technologies", "system", "systems",
					     "components", "parts", "spares", "platforms",
					     "stocks", "stockpiles", "supplies", "aid",
					     "assistance", "items", "products", "goods", "them",
					     "it", "these", "those", "more", "most", "much",
					     "some", "all", "military", "defence", "defense",
					     "ammunition", "missiles", "rockets", "shells",
					     "bombs", "guns", "rifles", "tanks", "jets",
					     "aircraft", "planes", "ships", "boats", "drones",
					     "helicopters", "radars", "batteries", "units", NULL};
	size_t e = rec->t0, j;
	if (e > s->t0 && kis(d, e - 1, "the"))
		e--;
	if (e <= sv + 2 || !kis(d, e - 1, "to") || e - 1 - sv > 4)
		return 0;
	/* "sold dairy (farm, consumer) products to Y": a word of civil goods
	 * before the general noun (stop 61) */
	static const char *w_civil_q[] = {"dairy", "agricultural", "farm", "food", "consumer",
					  "pharmaceutical", "household", "textile", NULL};
	for (j = sv + 1; j < e - 1; j++)
		if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper || mention_at(d, s, j) ||
		    (kin_local(d, j, w_keeps_tie) &&
		     !(j > sv + 1 && kin_local(d, j - 1, w_civil_q))) ||
		    kin(d, j, w_arms_generic) || ly_adverb(d, j) || KIN(d, j, w_det))
			return 0;
	return 1;
}

/* Is m an airline: a firm named "... Airlines (Airways)", or a state
 * whose (national) airline or carrier is meant ("Cape Verde's airline",
 * "the Kenyan national carrier")? */
static int civil_carrier(const dctx *d, const span *s, const mention *m)
{
	static const char *w_airline[] = {"airline", "airlines", "airways", "carrier", NULL};
	size_t j = m->t1;
	if (m->gz == GZ_FIRM)
		return m->t1 > m->t0 && kin_local(d, m->t1 - 1, w_airline) &&
		       !kis(d, m->t1 - 1, "carrier");
	if (j < s->t1 && kis(d, j, "'s"))
		j++;
	if (j < s->t1 && (kis(d, j, "national") || kis(d, j, "state")))
		j++;
	/* "the Kenyan national carrier", not "the Indian carrier INS Vikrant" */
	return j < s->t1 && kin_local(d, j, w_airline) &&
	       (!kis(d, j, "carrier") || kis(d, j - 1, "national"));
}

/* Does "involved in" stand within four words before the noun of supply at
 * sv ("companies involved in the arms sales")? */
static int involved_in_before(const dctx *d, size_t sv)
{
	size_t j;
	for (j = sv - 1; j + 4 > sv && j > 0; j--)
		if (kis(d, j, "in") && kis(d, j - 1, "involved"))
			return 1;
	return 0;
}

/* Does state m impose sanctions: "m (will, has) impose(d) (new) sanctions
 * (an embargo)" right after it (stop 58), or weigh them ("m, Y and Z mull
 * (weigh, threaten) new sanctions", over the states listed with m, stop
 * 60)? */
static int imposes_sanctions(const dctx *d, const span *s, const mention *m)
{
	static const char *w_aux[] = {"will", "would", "has", "have", "had", "is", "are", "to",
				      "also", "now", "then", "later", NULL};
	static const char *w_weigh[] = {"weigh", "weighs", "weighing", "mull", "mulls",
					"mulling", "consider", "considers", "considering",
					"threaten", "threatens", "threatened", "threatening",
					"prepare", "prepares", "preparing", NULL};
	const mention *o;
	size_t j = m->t1, n;
	/* "UK, France, Germany mull", "A and B impose" */
	while (j + 1 < s->t1 && (kis(d, j, ",") || kis(d, j, "and")) &&
	       (o = mention_at(d, s, kis(d, j + 1, "and") ? j + 2 : j + 1)) != NULL &&
	       ent__is_state_mention(o) && o->gz != GZ_FIRM && !o->possessive)
		j = o->t1;
	for (n = 0; j < s->t1 && n < 2 && kin_local(d, j, w_aux); j++, n++)
		;
	if (j >= s->t1 || !(KIN(d, j, w_impose) || kin_local(d, j, w_weigh)))
		return 0;
	for (j++, n = 0; j < s->t1 && n < 3; j++, n++)
		if (KIN(d, j, w_sanction_n))
			return 1;
	return 0;
}

/* "Germany will finance (fund, pay for) the purchase of 14 Piranha
 * vehicles": the noun of buying at bv is the object of a verb of paying
 * whose subject is rec (stop 65)? */
static int funded_purchase(const dctx *d, const span *s, size_t bv, const mention *rec)
{
	static const char *w_fund[] = {"finance", "finances", "financed", "financing", "fund",
				       "funds", "funded", "funding", "cover", "covers", "covered",
				       "bankroll", "bankrolled", "sponsor", "sponsored", NULL};
	size_t v = bv;
	if (v > s->t0 && (kis(d, v - 1, "the") || kis(d, v - 1, "a")))
		v--;
	if (v > s->t0 + 1 && kis(d, v - 1, "for") && kin(d, v - 2, w_spend))
		v--; /* "will pay for the purchase" */
	return v > s->t0 && (kin_local(d, v - 1, w_fund) || kin(d, v - 1, w_spend)) &&
	       rec->t1 < v && rec->t1 + 4 >= v - 1;
}

/* Is the buyer rec found for the word of buying at bv the subject of a
 * verb of punishing ("imposed sanctions on", "expelled", "removed",
 * "excluded", "kicked out") whose reason, "over (for, after)" within eight
 * tokens before bv, holds the purchase?  Then 1, with *pu the state
 * punished named between the verb and the reason ("Turkey's industry",
 * "Ankara"), or NULL when it is named by a pronoun only; else 0 (stop
 * 65). */
static int punished_buyer(const dctx *d, const span *s, size_t bv, const mention *rec,
			  const mention **pu)
{
	static const char *w_reason[] = {"over", "for", "after", "because", NULL};
	static const char *w_expel[] = {"expelled", "expels", "expel", "removed", "removes",
					"remove", "excluded", "excludes", "exclude", "kicked",
					"ousted", "barred", "suspended", "dropped", NULL};
	span u;
	size_t r, v, k;
	*pu = NULL;
	if (s->unit < 0 || !rec->code)
		return 0;
	for (r = bv; r > s->t0 && r + 8 > bv && !kin_local(d, r - 1, w_reason); r--)
		;
	if (r == s->t0 || r + 8 <= bv || !kin_local(d, r - 1, w_reason))
		return 0;
	r--;
	span_of_unit(d, (size_t)s->unit, &u);
	/* the punisher: rec itself in this sentence, right before its verb */
	for (k = u.m0; k < u.m1; k++)
		if (M(d, k)->t0 == rec->t0 && M(d, k)->t1 == rec->t1 && M(d, k)->code &&
		    !strcmp(M(d, k)->code, rec->code))
			break;
	if (k == u.m1 || rec->t1 >= r)
		return 0;
	if (imposes_sanctions(d, &u, rec)) {
		v = rec->t1;
	} else {
		for (v = rec->t1; v < r && v < rec->t1 + 3 && !kin_local(d, v, w_expel); v++)
			;
		/* "Turkey was expelled ... after buying": the subject of the
		 * passive is the one punished */
		if (v >= r || !kin_local(d, v, w_expel) || (v > rec->t1 && KIN(d, v - 1, w_be)))
			return 0;
	}
	for (k = u.m0; k < u.m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 > v && m->t1 <= r && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    m->gz != GZ_DEMONYM && m->code && strcmp(m->code, rec->code) != 0) {
			*pu = m;
			break;
		}
	}
	return 1;
}

/* Participles of making: "built (made) by China's shipyards". */
static const char *w_made_pp[] = {"built", "made", "manufactured", "constructed", "produced",
				  NULL};

/* "two submarines built (made) by China's shipyards (state firms)": a
 * possessive after "by" and a participle of making, before a noun of
 * makers (stop 58). */
static int possessive_builder(const dctx *d, const span *s, const mention *m)
{
	static const char *w_makers_n[] = {"shipyard", "shipyards", "yard", "yards", "firm",
					   "firms", "company", "companies", "industry",
					   "manufacturer", "manufacturers", "shipbuilder",
					   "shipbuilders", NULL};
	size_t e = m->t1 + (kis(d, m->t1, "'s") ? 1 : 0), n;
	if (m->t0 < s->t0 + 2 || !kis(d, m->t0 - 1, "by") || !kin_local(d, m->t0 - 2, w_made_pp))
		return 0;
	for (n = 0; e < s->t1 && n < 4 && !kin_local(d, e, w_makers_n) &&
		    ((d->t.v[e].kind == TK_WORD && !d->t.v[e].upper) || kis(d, e, "-"));
	     e++, n++)
		;
	return e < s->t1 && kin_local(d, e, w_makers_n);
}

/* "X selected (chose, picked) (the French company) Thales to supply
 * radars": a firm picked right before "to" and the verb of supply at sv,
 * a verb of picking before it over up to four words (stop 58). */
static int maker_picked_to(const dctx *d, const span *s, size_t sv)
{
	static const char *w_pick_v[] = {"selected", "chose", "chosen", "picked", "tapped",
					 "contracted", "hired", NULL};
	const mention *f;
	size_t j, n;
	if (sv == NONE || sv < s->t0 + 3 || !kis(d, sv - 1, "to"))
		return 0;
	f = mention_at_end(d, s, sv - 1);
	if (!f || f->gz != GZ_FIRM)
		return 0;
	for (j = f->t0, n = 0; j > s->t0 && n < 4 && !kin_local(d, j - 1, w_pick_v); j--, n++)
		if (d->t.v[j - 1].kind != TK_WORD)
			return 0;
	return j > s->t0 && kin_local(d, j - 1, w_pick_v);
}

/* Have states a and b both bought from one seller in the deals told in
 * the thirty units before span s, and sold nothing there?  Then a deal
 * "with both nations" is theirs together with that seller, not one
 * between them (rw/002, stop 66).  The look-back is bounded, so a long
 * document stays linear. */
static int co_buyers(const dctx *d, const span *s, const char *a, const char *b)
{
	const char *sellers[16]; /* the sellers to a, two walks over the deals */
	size_t i, k, ns = 0, i0;
	int u0 = s->unit > 30 ? s->unit - 30 : 0;
	for (i0 = d->ncands; i0 > 0 && d->cands[i0 - 1].unit >= u0; i0--)
		;
	for (i = i0; i < d->ncands; i++) {
		const cand *c = &d->cands[i];
		if (c->dropped || !c->directed || !c->f.nsuppliers ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
			continue;
		if (ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, a) ||
		    ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, b))
			return 0;
		if (ns < 16 && !strcmp(c->f.recipient.s, a))
			sellers[ns++] = c->f.suppliers[0].s;
	}
	for (i = i0; ns && i < d->ncands; i++) {
		const cand *c = &d->cands[i];
		if (c->dropped || !c->directed || !c->f.nsuppliers || strcmp(c->f.recipient.s, b) ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
			continue;
		for (k = 0; k < ns; k++)
			if (!strcmp(sellers[k], c->f.suppliers[0].s))
				return 1;
	}
	return 0;
}

/* "X and Y signed an MoI for masts for fitment on Yn naval warships (for
 * the Yn navy, for Y's air force)": of an open pair a and b, the one whose
 * armed service the goods are "for" buys; its code, or NULL (stop 58). */
static const char *pair_served(const dctx *d, const span *s, const char *a, const char *b)
{
	static const char *w_fit_n[] = {"fitment", "installation", "use", "induction",
					"integration", NULL};
	static const char *w_fit_p[] = {"on", "by", "in", "into", "aboard", NULL};
	size_t i, j, e;
	for (i = s->t0; i + 2 < s->t1; i++) {
		const mention *m;
		if (!kis(d, i, "for"))
			continue;
		j = i + 1;
		if (kin_local(d, j, w_fit_n) && j + 2 < s->t1 && kin_local(d, j + 1, w_fit_p))
			j += 2;
		if (kis(d, j, "the"))
			j++;
		m = mention_at(d, s, j);
		if (!m || !ent__is_state_mention(m) || m->gz == GZ_FIRM || m->t1 >= s->t1 ||
		    (strcmp(m->code, a) != 0 && strcmp(m->code, b) != 0))
			continue;
		e = m->t1 + (kis(d, m->t1, "'s") ? 1 : 0);
		if ((m->gz == GZ_DEMONYM || m->possessive) && e + 1 < s->t1 &&
		    (kin_local(d, e, w_armed_service) || kis(d, e, "naval") ||
		     (kis(d, e, "air") && kis(d, e + 1, "force"))))
			return m->code;
	}
	return NULL;
}

static int caused_to(const dctx *d, const span *s, const mention *m);

int rule_deal(dctx *d, const span *s)
{
	size_t sv = find_in(d, s->t0, s->t1, w_supply_verb);
	size_t equip = sv == NONE ? equip_state_with(d, s) : NONE;
	if (equip != NONE)
		sv = equip;
	size_t bv = find_in(d, s->t0, s->t1, w_buy_verb);
	/* where the goods of "the Russian S-400 purchase" start, or NONE */
	size_t own_goods = NONE;
	/* "a joint venture to produce, sell and market drones": the selling
	 * is the venture's, to others, no transfer between the partners */
	if (sv != NONE &&
	    find_in(d, sv > s->t0 + 6 ? sv - 6 : s->t0, sv, w_venture) != NONE)
		sv = NONE;
	/* "Spain has built a patrol boat for Ghana, its first such export":
	 * a transfer called "such" is one told by other words, whose own
	 * subject is no seller */
	while (sv != NONE && sv > s->t0 &&
	       (kis(d, sv - 1, "such") ||
		(sv > s->t0 + 1 && (kis(d, sv - 1, "a") || kis(d, sv - 1, "an")) &&
		 kis(d, sv - 2, "such")))) /* "to agree to such a transfer" (stop 35) */
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	/* "an agreement providing for the purchase of 48 jets": "provide
	 * for" a transaction states a term, and gives nothing */
	while (sv != NONE && provides_for_terms(d, s, sv))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	if (bv != NONE && sv != NONE && bv < sv && buying_plan_before_clause(d, s, bv, sv))
		bv = NONE;
	/* "concern with foreign arms sales to Y": sales by others, of no
	 * seller the sentence names there (stop 37) */
	while (sv != NONE && KIN(d, sv, w_supply_noun) && others_sales(d, s, sv))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	/* "long-standing opposition to selling advanced weapons to Arab
	 * countries", "has long opposed selling jets to Y": a transfer
	 * opposed is none (stop 43) */
	while (sv != NONE && opposed_gerund(d, s, sv))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	/* "Supplies put India at risk of sanctions": a noun of supply that
	 * opens the sentence, with no "to", "of" ... or state after it, is
	 * the subject of another verb, and names no party (stop 52) */
	if (sv == s->t0 && sv + 1 < s->t1 && KIN(d, sv, w_supply_noun) &&
	    d->t.v[sv + 1].kind == TK_WORD && !d->t.v[sv + 1].upper) {
		static const char *w_noun_prep[] = {"to", "of", "from", "by", "for", "and",
						    "worth", "under", NULL};
		if (!kin_local(d, sv + 1, w_noun_prep))
			sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	}
	/* "engaging in hands-on experience": an adjective, no verb (stop 40) */
	while (sv != NONE && kis(d, sv, "hands") && sv + 2 < s->t1 && kis(d, sv + 1, "-") &&
	       kis(d, sv + 2, "on"))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	/* "Arms exports to Turkey were halted by Germany": a flow stopped is
	 * no transfer (stop 40) */
	while (sv != NONE && passive_halt_verb(d, s, sv) != NONE)
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	{
		/* "Israel banned drone sales to Georgia", "halted arms exports
		 * to X": a transfer stopped is none; the sentence may still
		 * state another deal */
		/* "The US halted delivery of F-35 fighters to Turkey": the
		 * noun of receiving right after the verb of stopping */
		size_t hb = bv != NONE && bv > s->t0 + 1 ? bv - 1 : NONE;
		if (hb != NONE && kis(d, hb, "the") && hb > s->t0 + 1)
			hb--;
		if (hb != NONE && kin(d, hb, w_ban) && !ban_reversed(d, s, hb) && bv + 1 < s->t1 &&
		    kis(d, bv + 1, "of") && !hedged(d, s, hb))
			bv = find_in(d, bv + 1, s->t1, w_buy_verb);
		/* over the seller's name and kinds of arms too: "banned U.S.
		 * offensive weapons sales to Riyadh" (no comma between) */
		size_t bn = sv != NONE ? find_in(d, sv > s->t0 + 8 ? sv - 8 : s->t0, sv, w_ban)
				       : NONE;
		if (bn != NONE && bn + 3 < sv &&
		    find_in(d, bn, sv, w_clause_and) != NONE)
			bn = NONE;
		if (bn != NONE && !ban_reversed(d, s, bn))
			sv = find_in(d, sv + 1, s->t1, w_supply_verb);
		/* "Trump rules out sending Tomahawk missiles to Ukraine" */
		else if (sv != NONE && sv > s->t0 + 1 && kis(d, sv - 1, "out") &&
			 (kis(d, sv - 2, "rules") || kis(d, sv - 2, "ruled") ||
			  kis(d, sv - 2, "rule") || kis(d, sv - 2, "ruling")))
			sv = find_in(d, sv + 1, s->t1, w_supply_verb);
		/* "a law that restricts defence purchases from A, B and C":
		 * purchases stopped are none (stop 48) */
		size_t bb = bv != NONE ? find_in(d, bv > s->t0 + 3 ? bv - 3 : s->t0, bv, w_ban)
				       : NONE;
		for (size_t q = bb; bb != NONE && q < bv; q++)
			if (d->t.v[q].kind != TK_WORD || d->t.v[q].upper)
				bb = NONE; /* not "tried to stop Turkey from buying" */
		if (bb != NONE && !ban_reversed(d, s, bb))
			bv = find_in(d, bv + 1, s->t1, w_buy_verb);
	}
	/* "Following unsuccessful efforts to purchase an air defence system
	 * from the US, Ankara signed a contract ... to purchase the Russian
	 * S-400s": a purchase tried in vain is none; the sentence may tell
	 * another (stop 60) */
	size_t tried = NONE, tried_end = NONE; /* a purchase tried in vain */
	while (bv != NONE && tried_in_vain(d, s, bv)) {
		tried = bv;
		bv = find_in(d, bv + 1, s->t1, w_buy_verb);
	}
	if (tried != NONE)
		for (tried_end = tried; tried_end < s->t1 && !kis(d, tried_end, ","); tried_end++)
			;
	/* "..., the first time the Arrow system has been exported abroad": a
	 * record of the goods' exports, no transfer of its own; the deal noun
	 * before it tells the deal (stop 60) */
	while (sv != NONE && sv + 1 < s->t1 && kis(d, sv + 1, "abroad") &&
	       (bv != NONE || find_in(d, s->t0, sv, w_deal_noun) != NONE))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	/* "through the (US) Foreign Military Sales program / route / (FMS)":
	 * the name of a channel of sales, no transfer of its own */
	while (sv != NONE && kis(d, sv, "sales") && sv > s->t0 + 1 && kis(d, sv - 1, "military") &&
	       kis(d, sv - 2, "foreign") && sv + 1 < s->t1 &&
	       (kis(d, sv + 1, "program") || kis(d, sv + 1, "programme") ||
		kis(d, sv + 1, "route") || kis(d, sv + 1, "process") || kis(d, sv + 1, "(")))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	while (sv != NONE && (media_obtained(d, s, sv) || words_given(d, s, sv)))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb); /* "photo provided by X" */
	/* "operated by the Egyptian Navy, after the already delivered FREMM
	 * frigate in 2015": a participle of giving after a determiner and
	 * an adverb qualifies its noun; with no "to, from, by" after it the
	 * clause tells no transfer of its own (stop 65) */
	while (sv != NONE && attributive_participle(d, s, sv) &&
	       find_local(d, sv + 1, sv + 9 < s->t1 ? sv + 9 : s->t1, w_to_from_by) == NONE)
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	/* "pledging to also train Ukrainians": a promise of a deed names
	 * no goods; a verb of supply after "to" is the transfer (stop 63) */
	while (sv != NONE && pledge_to_infinitive(d, s, sv))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	/* "HIMARS, which Kyiv has praised for destroying Russian command
	 * posts, are included in the potential sale.": "the (one word) sale"
	 * closing its clause is the deal told before, whose parties are not
	 * the states around it (stop 50) */
	while (sv != NONE && sv > s->t0 + 1 && KIN(d, sv, w_supply_noun) &&
	       (sv + 1 >= s->t1 || kis(d, sv + 1, ".") || kis(d, sv + 1, ";")) &&
	       (kis(d, sv - 1, "the") || kis(d, sv - 1, "this") ||
		((kis(d, sv - 2, "the") || kis(d, sv - 2, "this")) &&
		 d->t.v[sv - 1].kind == TK_WORD && !d->t.v[sv - 1].upper)))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	/* "X is filling an order of six drones for Y, with delivery expected
	 * in March": the stage of the deal the clause tells, no transfer of
	 * its own whose parties stand around it (stop 50) */
	while (sv != NONE && sv > s->t0 && kis(d, sv - 1, "with") && KIN(d, sv, w_supply_noun) &&
	       !(sv + 1 < s->t1 && (kis(d, sv + 1, "of") || kis(d, sv + 1, "to"))))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	/* "Tanks provided by X were delivered to Y": a participle of giving
	 * right after the goods, with its agent, qualifies them; the clause's
	 * verb of transfer comes later */
	if (sv != NONE && goods_given_by(d, s, sv)) {
		size_t nx = find_in(d, sv + 1, s->t1, w_supply_verb);
		/* not "The aircraft gifted by X to Y was handed over": the
		 * participle names both parties itself (stop 54) */
		const mention *ag = actor_after(d, s, sv + 2, 1, 0);
		if (nx != NONE && !(ag && ag->t1 + 1 < s->t1 && kis(d, ag->t1, "to") &&
				    actor_after(d, s, ag->t1 + 1, 1, 0)))
			sv = nx;
	}
	/* "handed an order for 16 helicopters to Airbus": a contract given to
	 * its seller, no goods given (stop 55) */
	size_t handed = NONE;
	while (sv != NONE && order_handed(d, s, sv) != NONE) {
		handed = sv;
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	}
	/* "a diplomatic missive sent to X", "a delegation sent to X": what
	 * is sent is a message or people, not goods */
	while (sv != NONE && sv > s->t0 && sent_verb(d, sv) && message_sent(d, sv - 1))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	/* "gifted a model of the missile to the minister": a replica is no
	 * weapon, so no transfer */
	while (sv != NONE && (replica_object(d, s, sv) || service_object(d, s, sv)))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	if (sv != NONE && (bv == NONE || sv < bv) && lease_taken(d, s, sv)) {
		bv = sv; /* the lessee takes the goods */
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	}
	if (sv != NONE && sv <= s->t0 + 2 && KIN(d, sv, w_supply_noun)) {
		/* "The donation - mostly howitzers - was officially handed over
		 * by X's ambassador to Y": the subject's noun of giving, then
		 * the passive verb that tells the giving */
		size_t nx = find_in(d, sv + 1, s->t1, w_supply_verb), b;
		for (b = nx; nx != NONE && b > sv + 1 && b + 4 > nx && !KIN(d, b - 1, w_be); b--)
			;
		/* not "India's gift of a Dornier aircraft to Y was handed over":
		 * a noun a state owns names its giver (stop 55) */
		const mention *own = sv > s->t0 + 1 && kis(d, sv - 1, "'s")
					     ? mention_at(d, s, s->t0) : NULL;
		if (nx != NONE && !KIN(d, nx, w_supply_noun) && b > sv + 1 && KIN(d, b - 1, w_be) &&
		    !(own && own->t1 == sv - 1 && ent__is_state_mention(own) &&
		      own->gz != GZ_FIRM))
			sv = nx;
	}
	/* "a donation of $5 million to the fund": a gift names goods of war
	 * ("a gift of F-6 fighters to Bangladesh") to be a transfer */
	while (sv != NONE && (kis(d, sv, "donation") || kis(d, sv, "donations") || kis(d, sv, "gift")) &&
	       weapon_mentions(d, s) == 0)
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
	{
		/* "in breach of arms export controls", "export licences":
		 * rules about exports, no transfer; nor are "import and export
		 * activities" a firm is barred from (rv/005, stop 61) */
		static const char *w_rules_n[] = {"controls", "control", "licence", "licences",
						  "license", "licenses", "regime", "regimes",
						  "restrictions", "rules", "laws", "law", "permit",
						  "permits", "policy", "policies", "ban", "bans",
						  "embargo", "embargoes", "criteria", "curbs",
						  "activities", "activity", "operations", NULL};
		while (sv != NONE && sv + 1 < s->t1 && (kis(d, sv, "export") || kis(d, sv, "exports")) &&
		       kin(d, sv + 1, w_rules_n))
			sv = find_in(d, sv + 1, s->t1, w_supply_verb);
		/* "talks were continuing with A and B on procuring jets, after
		 * a deal it inked with Z to buy 20": the purchase under talks
		 * is none; a later verb of buying may be (stop 61) */
		while (bv != NONE && find_in(d, bv + 1, s->t1, w_sign) != NONE &&
		       talks_with_parties(d, s, bv))
			bv = find_in(d, bv + 1, s->t1, w_buy_verb);
		while (bv != NONE && bv + 3 < s->t1 && (kis(d, bv, "import") || kis(d, bv, "imports")) &&
		       (kin(d, bv + 1, w_rules_n) ||
			(kis(d, bv + 1, "and") && kis(d, bv + 2, "export") && kin(d, bv + 3, w_rules_n))))
			bv = find_in(d, bv + 1, s->t1, w_buy_verb);
	}
	/* "ahead of the arrival of the US warships": the arrival of a
	 * state's own ships or forces is a visit, unless it names the state
	 * they arrive in ("the arrival of the Turkish-built ships in X") */
	while (bv != NONE && (kis(d, bv, "arrival") || kis(d, bv, "arrivals")) &&
	       arrival_of_own(d, s, bv) && !after_prep(d, s, bv, "in") &&
	       !after_prep(d, s, bv, "at"))
		bv = find_in(d, bv + 1, s->t1, w_buy_verb);
	/* "The USS Porter destroyer arrived in Romania for the fourth time;
	 * its first arrival was in 2006": what arrives again and again
	 * visits (stop 35) */
	if (bv != NONE &&
	    (kis(d, bv, "arrival") || kis(d, bv, "arrivals") || kis(d, bv, "arrived")) &&
	    repeated_visit(d, s))
		return ENT_OK;
	/* "the newly-inducted ships", "its recently acquired jets": a
	 * participle after an adverb and a determiner qualifies its noun,
	 * and is no verb of the clause ("X's newly acquired jets", with
	 * its buyer named, stays) */
	while (bv != NONE && (attributive_participle(d, s, bv) || media_obtained(d, s, bv)))
		bv = find_in(d, bv + 1, s->t1, w_buy_verb);
	/* "Despite X's arms purchases, it continues to buy ... from Y": a
	 * word of transfer inside a fronted "despite/amid" phrase is
	 * background when the main clause has one of its own */
	bv = past_fronted_phrase(d, s, bv, w_buy_verb);
	while (bv != NONE && (order_command(d, s, bv) || bid_for(d, s, bv) ||
			      abstract_object(d, s, bv)))
		bv = find_in(d, bv + 1, s->t1, w_buy_verb);
	/* "Two sales to Egypt received approval": the noun of giving is
	 * the subject of a verb that receives no goods (stop 42); "X
	 * received permission to sell" stays one that gives nothing */
	while (bv != NONE && sv != NONE && sv < bv && KIN(d, sv, w_supply_noun) &&
	       consent_received(d, s, bv))
		bv = find_in(d, bv + 1, s->t1, w_buy_verb);
	/* "KAI has obtained deals to supply jets to X": a contract obtained
	 * is the seller's win, no purchase */
	while (bv != NONE && contract_won(d, s, bv))
		bv = find_in(d, bv + 1, s->t1, w_buy_verb);
	while (bv != NONE && (unnamed_buyers(d, s, bv) || rebuke_received(d, s, bv) ||
			      buying_body(d, s, bv)))
		bv = find_in(d, bv + 1, s->t1, w_buy_verb);
	if (bv != NONE && !KIN(d, bv, w_supply_noun)) {
		/* "because of the Russian weapons purchase and has been unable
		 * to buy the jets from the US": "from" goes with the verb of
		 * buying right before it */
		const mention *f = after_prep(d, s, bv, "from");
		size_t lb = NONE, q;
		for (q = f ? find_in(d, bv + 1, f->t0, w_buy_verb) : NONE; q != NONE;
		     q = find_in(d, q + 1, f->t0, w_buy_verb))
			lb = q;
		if (lb != NONE && negated(d, s, lb))
			bv = lb;
	}
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
		 * France": ships commissioned from a state are bought from it;
		 * so are goods leased from it ("Brazil leased a submarine from
		 * France"), goods accepted from it ("Y's navy accepted six
		 * patrol boats from X", stop 52; "will commission", stop 58)
		 * and foreign-built goods
		 * commissioned ("Y commissioned two French-built frigates") */
		static const char *w_commission[] = {"commissioned", "commissions", "leased",
						     "leases", "lease", "leasing", "accepted",
						     /* "will commission new corvettes
						      * from Y" (stop 58) */
						     "commission", NULL};
		size_t cm = find_in(d, s->t0, s->t1, w_commission);
		/* "accepted an offer from X and leased a submarine from Y":
		 * terms accepted take nothing; a later verb still may */
		while (cm != NONE && kis(d, cm, "accepted") && !accepted_goods(d, s, cm))
			cm = find_in(d, cm + 1, s->t1, w_commission);
		/* "commission" is a verb only after "will (would, to, also)":
		 * not "a commission from Y" */
		while (cm != NONE && kis(d, cm, "commission") &&
		       !(cm > s->t0 && (kis(d, cm - 1, "will") || kis(d, cm - 1, "would") ||
					kis(d, cm - 1, "to") || kis(d, cm - 1, "also"))))
			cm = find_in(d, cm + 1, s->t1, w_commission);
		if (cm != NONE && (after_prep(d, s, cm, "from") ||
				   ((kis(d, cm, "commissioned") || kis(d, cm, "commissions")) &&
				    built_abroad_after(d, s, cm))))
			bv = cm;
		else
			bv = got_goods_from(d, s);
	}
	size_t dn = find_in(d, s->t0, s->t1, w_deal_noun);
	if (dn != NONE && dn > s->t0 + 1 && kis(d, dn, "order") && d->t.v[dn].upper &&
	    d->t.v[dn - 1].upper && d->t.v[dn - 1].kind == TK_WORD && kis(d, dn - 2, "the") &&
	    (s->unit < 0 || d->units[s->unit].kind != UK_HEADING) &&
	    !(mention_at(d, s, dn - 1) && mention_at(d, s, dn - 1)->gz == GZ_WEAPON))
		/* "presented the Karabakh Order to Z": a decoration, no
		 * order of goods (a headline capitalises every word) */
		dn = find_in(d, dn + 1, s->t1, w_deal_noun);
	if (dn != NONE && bv == NONE && sv == NONE && deal_stopped(d, s, dn))
		return ENT_OK;
	/* "duties on Delta's order of CSeries jets from Canada's
	 * Bombardier": an order owned by a name that is no state's (an
	 * airline, a firm the gazetteer does not know) is none of a state
	 * (stop 48) */
	if (dn != NONE && bv == NONE && sv == NONE && foreign_owner(d, s, dn))
		return ENT_OK;
	size_t sg = find_in(d, s->t0, s->t1, w_sign);
	/* "when it agreed to normalize relations": no signing (stop 54) */
	while (sg != NONE && (document_signed(d, s, sg) || agreed_to_try(d, s, sg)))
		sg = find_in(d, sg + 1, s->t1, w_sign);
	if (sg == NONE)
		sg = handed; /* an order handed to its seller is awarded (stop 55) */
	/* "Y's government, which began the procedure for the acquisition of
	 * drones in 2022, signed a contract with X": a word of buying in the
	 * subject's relative clause is background to the signing (stop 55) */
	if (bv != NONE && sg != NONE && bv < sg) {
		const mention *h = apposition_subject(d, s, sg);
		if (h && h->t1 < bv)
			bv = find_in(d, sg, s->t1, w_buy_verb);
	}
	if (bv == NONE && sv == NONE && dn == NONE)
		bv = signed_for_goods(d, s, sg);
	if (dn == NONE && sg != NONE && (kis(d, sg, "won") || kis(d, sg, "wins"))) {
		/* "Aselsan won the tender to upgrade Qatar's frigates": a
		 * tender won is a contract */
		static const char *w_tender[] = {"tender", "tenders", "bid", "competition", NULL};
		size_t i = sg + 1;
		if (i < s->t1 && KIN(d, i, w_det))
			i++;
		i = money_end(d, s, i); /* "won a $1 billion tender" */
		{
			/* "won a Uruguayan (Uruguay's, the Uruguayan navy's)
			 * tender" (stop 62) */
			const mention *o = i < s->t1 ? mention_at(d, s, i) : NULL;
			if (o && o->t0 == i && ent__is_state_mention(o) && o->gz != GZ_FIRM &&
			    (o->gz == GZ_DEMONYM || o->possessive)) {
				i = o->t1;
				if (i < s->t1 && kis(d, i, "'s")) /* "’s" is keyed so too */
					i++;
				if (i + 1 < s->t1 && kin_local(d, i, w_armed_service) &&
				    kis(d, i + 1, "'s"))
					i += 2;
			}
		}
		if (i < s->t1 && kin(d, i, w_tender))
			dn = i;
	}
	size_t trig;
	const mention *sup = NULL, *rec = NULL, *mv, *origin = NULL, *firm_owner_sup = NULL;
	const char *also_seller = NULL; /* seller_also */
	int pair_buyers = 0;
	mention third_men;
	mention also_men;
	mention ref_men; /* a seller referred to: firm_referred, approved_to_buy */
	const mention *approver; /* approver_by */
	mention part_men; /* partitive_goods_seller */
	mention via_men;  /* used goods "via" their last owner */
	mention carried_men; /* the maker of goods a carrier delivers */
	mention owner_maker_men; /* a maker for the owner of a delivery (stop 40) */
	const mention *group[6];
	size_t ngroup = 0, k;
	int sayer_out = 0; /* the subject before "that" is no giver (others_goods_told) */
	cand *c;
	int designation = 0, quantity = 0, year, rc, dated;
	int supply_only, directional, accepted = 0;
	const char *maker = NULL, *disc = NULL, *used;
	int disc_items = 0;
	const char *rule;
	char pa[12] = "", pb[12] = "";
	const char *served;
	size_t on = NONE; /* "X's order of" */
	const mention *sellers[MAX_SELLERS];
	size_t nsellers = 0; /* further sellers: "from Bulgaria, Romania and Slovakia" */

	/* "main supplier of X" in a list item is a supply tie, handled by the list rule */
	if (sv == NONE && bv == NONE && dn == NONE && !s->forced_deal)
		return ENT_OK;
	trig = sv != NONE ? sv : bv != NONE ? bv : dn != NONE ? dn : s->t0;
	if (sg != NONE && sg < trig)
		trig = sg;
	if (negated(d, s, trig) || called_off(d, s) || alternative_weighed(d, s, trig))
		return ENT_OK;
	/* "Any supply of weapons to Y (would be) negative", "any arms sales
	 * to Y": a transfer supposed, none told */
	if (!s->forced_deal && trig > s->t0 &&
	    (kis(d, trig - 1, "any") ||
	     (trig > s->t0 + 1 && kis(d, trig - 2, "any") && d->t.v[trig - 1].kind == TK_WORD &&
	      !d->t.v[trig - 1].upper)))
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
	/* "bought 23% of all Yn weapons", "supplied 38 per cent of X's arms
	 * imports": a share, an aggregate statistic, no deal */
	if (!s->forced_deal && ((bv != NONE && share_after(d, s, bv)) ||
				(sv != NONE && share_after(d, s, sv))))
		return ENT_OK;
	/* "to prevent Iran from acquiring nuclear weapons", "keep X from
	 * buying": what one keeps another from doing is no deal ("tried to
	 * stop X from buying" still tells X's purchase) */
	if (!s->forced_deal && bv != NONE && bv > s->t0 + 2 && kis(d, bv - 1, "from") &&
	    find_in(d, bv > s->t0 + 6 ? bv - 6 : s->t0, bv, w_prevent_v) != NONE)
		return ENT_OK;
	/* "pledged that all NATO weapons sent to Y would burn": goods with
	 * a participle of supply opening a clause after "that", with no agent,
	 * name no seller; the subject of the main clause is none */
	if (!s->forced_deal && sv != NONE && trig == sv && that_clause_goods(d, s, sv))
		return ENT_OK;
	/* "Y needs fighter aircraft that can be delivered quickly": goods
	 * wished for, told by what could be done with them, are no transfer */
	if (!s->forced_deal && sv != NONE && trig == sv && could_be_supplied(d, s, sv))
		return ENT_OK;
	if (!s->forced_deal && sv != NONE && trig == sv && sent_on_visit(d, s, sv))
		return ENT_OK;
	/* "warned Israel against retaliating by supplying arms to Y": a deed
	 * warned against is none */
	if (!s->forced_deal && warned_against(d, s, trig))
		return ENT_OK;
	/* "had tried to sell warplanes to X", "sought to supply": an attempt,
	 * no deal (up to two words between: "tried hard to", "also tried to") */
	if (!s->forced_deal && attempt_before(d, s, trig) &&
	    !delivery_stated(d, s))
		return ENT_OK;
	if (!s->forced_deal && chance_to(d, s, trig) && !delivery_stated(d, s))
		return ENT_OK;
	/* "interested in buying", "talks to acquire", "in talks with both A
	 * and B for possible sale of": interest, not a deal; "..., but no
	 * deal has been signed" signs none (stop 59) */
	if ((sg == NONE || negated(d, s, sg)) && !s->forced_deal &&
	    (interest_within(d, s, trig > s->t0 + 6 ? trig - 6 : s->t0,
			     trig + 4 < s->t1 ? trig + 4 : s->t1, trig) ||
	     in_negotiation(d, s, trig) ||
	     (trig == dn && appositive_noun(d, s, dn) &&
	      find_in(d, s->t0, trig, w_interest) != NONE) ||
	     talks_with_parties(d, s, trig)) &&
	    !delivery_stated(d, s))
		return ENT_OK;

	if ((sg == NONE || negated(d, s, sg)) && !s->forced_deal && deal_under_talks(d, s, dn))
		return ENT_OK;
	if (!s->forced_deal && able_to_before(d, s, trig) &&
	    !delivery_stated(d, s))
		return ENT_OK;
	if (!s->forced_deal && hinted_before(d, s, trig) &&
	    !delivery_stated(d, s))
		return ENT_OK;
	if (!s->forced_deal && logistics_pact(d, s))
		return ENT_OK;
	/* "the JF-17 deal was not signed", "has not been signed yet": a
	 * deal named only to say it was not made */
	if (sg != NONE && sv == NONE && bv == NONE && !s->forced_deal && negated(d, s, sg))
		return ENT_OK;
	if (sg == NONE && !s->forced_deal && looking_to_buy(d, s, trig))
		return ENT_OK;
	if (sg == NONE && !s->forced_deal && request_to_buy(d, s, trig))
		return ENT_OK;
	if (!s->forced_deal && mere_competition(d, s))
		return ENT_OK;

	if (bv != NONE && (sv == NONE || bv < sv) && receives_no_goods(d, s, bv))
		return ENT_OK;
	/* "has given (preliminary) approval for the sale of X to Y": the
	 * approval given is no goods, the sale after it the transfer (stop 61) */
	if (sv != NONE && (bv == NONE || sv < bv) && approval_given(d, s, sv))
		sv = find_in(d, sv + 1, s->t1, w_supply_verb);
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
		if (KIN(d, sv, w_supply_noun) && group_supplied(d, s, sv))
			return ENT_OK; /* "propelled by Western arms deliveries" */
		if (commodity_noun(d, s, sv))
			return ENT_OK; /* "coal shipments were delivered to X by ships" */
		const mention *placed = NULL; /* "presence in Y since it sold" */
		if ((rec = witness_of_delivery(d, s, sv)) != NULL) {
			/* "The PAF has seen the recent delivery of 12 FA-50s":
			 * the goods' maker sells (designation_maker below) */
			sup = NULL;
		} else if (sv > s->t0 &&
		    (KIN(d, sv - 1, w_be) || /* "were officially handed over by" */
		     (sv > s->t0 + 1 && ly_adverb(d, sv - 1) && KIN(d, sv - 2, w_be))) &&
		    ((sup = passive_supplier(d, s, sv)) || (sup = passive_from(d, s, sv)))) {
			const mention *to = after_prep(d, s, sv, "to");
			/* "The jets, built in the US, were sold to Y by X": the
			 * state right after "to" buys, not one of an aside
			 * before the verb (stop 57) */
			rec = to && sv + 1 < s->t1 && kis(d, sv + 1, "to") && to->t0 <= sv + 3
				      ? to
				      : actor_before(d, s, sv, 6, 1);
			if (!rec)
				rec = to;
			if (rec && described_state(d, s, rec))
				rec = NULL; /* "given a warship to a Chinese neighbour" */
			/* "were supplied to Y by A and B": each agent of the
			 * list gives (stop 47) */
			if (sup->t0 > s->t0 && kis(d, sup->t0 - 1 - (kis(d, sup->t0 - 1, "the") &&
								      sup->t0 > s->t0 + 1),
						  "by"))
				nsellers = seller_list(d, s, sup, sellers);
		} else if (sv > s->t0 && KIN(d, sv - 1, w_be) && !after_prep(d, s, sv, "to") &&
			   (sup = made_for_subject(d, s, sv, &rec)) != NULL) {
			/* "The vessel built in France for Senegal was delivered" */
		} else if ((sup = passive_with_origin(d, s, sv)) != NULL &&
			   (rec = actor_before(d, s, sv, 6, 0)) != NULL && rec->code &&
			   rec->gz != GZ_FIRM && strcmp(rec->code, sup->code) != 0) {
			/* "Y (the Yn army) is being supplied with Xn-made
			 * weapons" */
		} else if (goods_participle(d, s, sv) && (sup = passive_supplier(d, s, sv)) &&
			   (rec = after_prep(d, s, sv, "to")) != NULL) {
			/* "the tanks delivered to Y by X" */
		} else if (sv > s->t0 && KIN(d, sv - 1, w_be) &&
			   (rec = after_prep(d, s, sv, "to")) != NULL && rec->t0 <= sv + 3 &&
			   (sup = under_programme_of(d, s, sv, rec)) != NULL) {
			/* "The equipment was provided to Y under X's Official
			 * Security Assistance Framework" (stop 67) */
		} else if (passive_to_from(d, s, sv, &sup, &rec)) {
			/* "94 tanks have been transferred to Y from X" */
		} else if ((sup = participle_clause_seller(d, s, sv)) != NULL) {
			rec = participle_clause_buyer(d, s, sv, sup);
			if (!rec)
				return ENT_OK;
		} else if ((sup = hyphen_supplier(d, s, sv)) != NULL &&
			   ((rec = used_by_after(d, s, sv, sup)) != NULL ||
			    (rec = helped_by_goods(d, s, sv, sup)) != NULL)) {
			/* "a British-supplied Storm Shadow missile fired by
			 * Ukraine": the user the agent names receives; so does
			 * the state "Israeli-supplied drones" help (stop 45) */
		} else if (deliveries_include(d, s, sv, &sup, &rec)) {
			/* "Ugandan deliveries include guns from Israel" */
		} else if (sale_of_parties(d, s, sv, &sup, &rec)) {
			/* "slams (the) sale of Indian arms to Armenia", "the sale
			 * of weapons by Israeli companies to Azerbaijan" */
		} else if ((k = goods_before_agent(d, s, sv)) != NONE &&
			   (sup = after_prep(d, s, sv, "by")) != NULL) {
			/* "X used drones supplied by Y (and Z)": the agent
			 * sells, each of a list; the user of the goods buys */
			static const char *w_against_only[] = {"against", NULL};
			rec = user_of_goods(d, s, k);
			if (!rec && sup->t1 + 1 < s->t1 && kis(d, sup->t1, "to") &&
			    (rec = after_prep(d, s, sup->t1, "to")) != NULL &&
			    (find_in(d, sup->t1 + 1, rec->t0, w_locprep) != NONE ||
			     find_in(d, sup->t1 + 1, rec->t0, w_against_only) != NONE))
				rec = NULL; /* "the boats donated by Y to Z" (stop 46),
					     * not "... by Y to fight in Z" */
			if (!rec || sup->gz == GZ_FIRM)
				return ENT_OK;
			nsellers = seller_list(d, s, sup, sellers);
		} else if (unnamed_giver_participle(d, s, sv)) {
			/* "any tanks sent to Ukraine from Britain": the state
			 * after "from" gives */
			const mention *fr = after_prep(d, s, sv, "from");
			if (!fr || !ent__is_state_mention(fr) || fr->gz == GZ_FIRM ||
			    !(rec = after_prep(d, s, sv, "to")))
				return ENT_OK;
			sup = fr;
		} else {
			int firms = 0;
			const mention *fs = firms_head_seller(d, s, sv, &firms);
			if (firms && !fs)
				return ENT_OK; /* "sanctions on companies that sell arms to Y" */
			if (fs) {
				group[0] = fs;
				ngroup = 1;
			} else if ((ngroup = joined_in_gerund(d, s, sv, group)) != 0) {
				/* "X joined its allies (Y) in pledging arms to Z" */
			} else {
				ngroup = actors_group_before(d, s, sv, group, 6);
				if (ngroup > 0) {
					/* "Unlike (Besides) A and B, X sold": the
					 * states set aside sell nothing */
					size_t q, w = 0, early = 0;
					const mention *x;
					for (q = 0; q < ngroup; q++)
						if (earlier_buyer_listed(d, s, group[q]))
							early++;
						else if (ngroup == 1 ||
							 !background_state(d, s, group[q]))
							group[w++] = group[q];
					if (w) {
						ngroup = w;
					} else if (early == ngroup &&
						   (x = earlier_list_subject(d, s, group[0]))) {
						/* "X has become the third nation after
						 * A and B to pledge to provide": the
						 * ones before did so earlier; X gives
						 * (stop 59) */
						group[0] = x;
						ngroup = 1;
					}
				}
			}
			if (!ngroup && sv >= s->t0 + 3 && kis(d, sv - 1, "to") &&
			    kin(d, sv - 2, w_group_noun_sg)) {
				/* "The Netherlands is one of a handful of
				 * countries to donate": the subject of "is" */
				const mention *g0 = actor_before(d, s, sv, 12, 1);
				size_t q;
				for (q = g0 ? g0->t1 : sv; q < sv && d->t.v[q].kind == TK_WORD &&
							   !d->t.v[q].upper;
				     q++)
					;
				if (g0 && q == sv && KIN(d, g0->t1, w_be)) {
					group[0] = g0;
					ngroup = 1;
				}
			}
			if (!ngroup) {
				/* "Four Slovak MiG-29 fighter jets have already
				 * been handed over to Y": the subject ends before
				 * the auxiliaries, not before the verb */
				size_t vg = verb_group_start(d, s, sv);
				if (vg < sv)
					ngroup = actors_group_before(d, s, vg, group, 6);
			}
			if (ngroup >= 1 && KIN(d, sv, w_supply_noun) &&
			    instrument_object(d, s, group[ngroup - 1], sv)) {
				/* "China tries to counter India with arms sales
				 * to Pakistan": the object before "with" gives
				 * nothing; the clause's subject does (stop 41) */
				const mention *ob = group[ngroup - 1];
				const mention *sb = subject_before(d, s, ob->t0);
				ngroup = 0;
				if (sb && sb->t1 <= ob->t0 && !sb->possessive) {
					group[0] = sb;
					ngroup = 1;
				}
			}
			if (ngroup == 1 && place_before_participle(d, s, sv, group[0]))
				ngroup = 0;
			if (ngroup == 1 && group[0]->gz == GZ_CAPITAL && group[0]->t0 > s->t0 + 1 &&
			    (kis(d, group[0]->t0 - 1, "in") || kis(d, group[0]->t0 - 1, "at")))
				/* "signed a contract with Y in Warsaw to supply": the
				 * city is where, the state before it the party (stop 37) */
				ngroup = actors_group_before(d, s, group[0]->t0 - 1, group, 6);
			if (ngroup == 1 && (mv = arrived_to_give(d, s, sv, group[0])) != NULL) {
				/* "An Xn delegation arrived in Y to hand over": the
				 * one who came gives, the place receives (stop 36) */
				rec = group[0];
				group[0] = mv;
			}
			if (ngroup == 1 && (mv = mission_of(d, s, group[0])) != NULL)
				group[0] = mv; /* "The US Embassy in Georgia handed over" */
			int gerund_object = 0;
			if (sv > s->t0 + 1 && for_gerund(d, s, sv)) {
				/* "imposed sanctions on Iran for supplying drones to
				 * Russia", "criticised A, B and C for supplying Y": the
				 * state (or list) right before "for" is the gerund's
				 * subject (not a deal's partner after "with": "a deal
				 * with Y for supplying") */
				size_t q;
				for (q = s->m0; q < s->m1 && !gerund_object; q++)
					if (M(d, q)->t1 == sv - 1 && ent__is_state_mention(M(d, q)) &&
					    M(d, q)->gz != GZ_FIRM && !M(d, q)->possessive &&
					    M(d, q)->t0 > s->t0 &&
					    !kis(d, M(d, q)->t0 - 1, "with") &&
					    !kis(d, M(d, q)->t0 - 1, "to") &&
					    !kis(d, M(d, q)->t0 - 1, "from")) {
						ngroup = actors_group_before(d, s, sv - 1, group, 6);
						gerund_object = 1;
					}
			}
			if (ngroup == 1 && (mv = coordinated_verb_subject(d, s, group[0], sv)) != NULL) {
				/* "X will train Yn troops and sell them drones" */
				if (sv + 1 < s->t1 && kis(d, sv + 1, "them"))
					rec = group[0];
				group[0] = mv;
			}
			if (ngroup == 1 && (mv = subject_of_place_pronoun(d, s, sv, group[0])) != NULL) {
				/* "X has a presence in Y since it has sold": X
				 * sells, in Y */
				placed = group[0];
				group[0] = mv;
			}
			if (ngroup && (mv = apposition_subject(d, s, sv)) != NULL &&
			    mv->t0 < group[0]->t0) {
				/* "China, which denies arming Russia in its war against
				 * Ukraine, has supplied ...": the state before the
				 * relative clause, not the last one inside it */
				group[0] = mv;
				ngroup = 1;
			}
			if (ngroup == 1 && !fs && !gerund_object &&
			    (mv = prep_object_subject(d, s, group[0], sv)) != NULL)
				group[0] = mv; /* "imposed sanctions on X and supplied Y" */
			if (ngroup == 1 && background_state(d, s, group[0]) &&
			    (mv = subject_before(d, s, group[0]->t0)) != NULL && mv != group[0] &&
			    !background_state(d, s, mv))
				group[0] = mv; /* "Iran ... in response to tensions with
						* the US, including due to supplying" */
			int acc_it = 0;
			if (ngroup == 1 && group[0]->t0 < sv &&
			    (mv = accused_doer(d, s, sv, &acc_it)) != NULL &&
			    (mv->t0 < group[0]->t0 || acc_it))
				group[0] = mv; /* "accused A of helping the war in Y by
						* providing drones to Z" */
			if (ngroup && unnamed_group_subject(d, s, sv, group[ngroup - 1]))
				ngroup = 0; /* "said some countries are preparing to supply" */
			if (ngroup && others_goods_told(d, s, sv, group[ngroup - 1])) {
				ngroup = 0; /* "X said that the delivery of U.S. weapons" */
				sayer_out = 1;
			}
			if (ngroup && sv > s->t0 && kis(d, sv - 1, "that") && ends_ing(K(sv)) &&
			    group[ngroup - 1]->t1 < sv - 1)
				ngroup = 0; /* "warned that supplying (of) weapons to Y
					     * would ...": a gerund as subject has no
					     * giver */
			if (ngroup && group[0]->possessive && KIN(d, sv, w_supply_noun) &&
			    group[0]->t1 < sv && find_local(d, group[0]->t1, sv, w_comma) != NONE)
				ngroup = 0; /* "ratify Y's application, depending on the
					     * sale of F-16 jets to Z": Y owns another
					     * noun, not the sale (stop 61) */
			if (ngroup)
				sup = group[0];
			if ((mv = relative_holder(d, s, sv, NULL)) != NULL) {
				sup = mv; /* "replacing Mi-24 aircraft, some of which it
					   * has sent to Y": their holder gives them */
				ngroup = 0;
			}
			if (ngroup == 1 && (group[0]->gz == GZ_DEMONYM || group[0]->gz == GZ_FIRM) &&
			    group[0]->t1 < sv && group[0]->t1 + 8 >= sv) {
				/* "A chartered Ukrainian (Antonov An-124) transport
				 * aircraft delivered five helicopters": the carrier's
				 * home gives nothing; the goods' maker may (stop 44) */
				size_t q;
				int cargo = 0;
				for (q = group[0]->t1;
				     q < sv && (d->t.v[q].kind != TK_PUNCT || kis(d, q, "-")); q++)
					cargo |= kis(d, q, "transport") || kis(d, q, "cargo");
				if (q == sv && cargo) {
					const mention *g = system_in(d, s, sv + 1, s->t1);
					if (!g)
						return ENT_OK;
					sup = code_mention(&carried_men, g->code);
				}
			}
			if (ngroup == 1 && group[0]->t0 > s->t0 && kis(d, group[0]->t0 - 1, "in") &&
			    supplied_with(d, s, sv) &&
			    !(group[0]->t1 + 1 < s->t1 && kis(d, group[0]->t1, ",") &&
			      (kis(d, group[0]->t1 + 1, "which") || kis(d, group[0]->t1 + 1, "who"))))
				return ENT_OK; /* "the use of drones in X provides Y with data"
						* (not "in X, which will provide Y with") */
			if (ngroup && (mv = hired_by(d, s, sv, group[0])) != NULL) {
				rec = group[0]; /* "X was contracted by Y to supply" */
				sup = mv;
				ngroup = 0;
			} else if (ngroup && sg != NONE && sg < group[0]->t0 &&
			    (kis(d, sv - 1, "to") || for_gerund(d, s, sv))) {
				/* "KAI has signed a deal with the Philippine defence
				 * ministry to export 12 jets": the partner of "with"
				 * receives, the one who signs sells */
				size_t wp = word_before(d, s, firm_owner(d, s, group[0]));
				const mention *w = actor_before(d, s, sg, 10, 0);
				if (wp != NONE && wp > sg && kis(d, wp, "with") && w &&
				    strcmp(w->code, group[0]->code) != 0) {
					/* "... a contract with South Korea to provide
					 * the country with ...": the verb's own
					 * recipient is the signer, so the partner sells */
					int back = provides_signer_with(d, s, sv) ||
						   delivers_to_signer(d, s, sv, w);
					rec = back ? w : group[0];
					sup = back ? group[0] : w;
					ngroup = 0;
				} else if (w && (kis(d, sg, "won") || kis(d, sg, "wins") ||
						 kis(d, sg, "secured") || kis(d, sg, "secures")) &&
					   !group[0]->possessive && group[0]->t1 < sv &&
					   names_the_deal(d, group[0]->t1, sv) &&
					   strcmp(w->code, group[0]->code) != 0) {
					/* "X's LIG Nex1 wins $2.8 bln Iraq deal to
					 * export missiles", "Rafael won a Romanian
					 * Ministry of Defense tender to supply": the
					 * state naming the deal buys, the winner sells */
					rec = group[0];
					sup = w;
					ngroup = 0;
				} else if (w && (kis(d, sg, "won") || kis(d, sg, "wins") ||
						 kis(d, sg, "secured") || kis(d, sg, "secures")) &&
					   won_from(d, s, sg, group[0]) &&
					   strcmp(w->code, group[0]->code) != 0) {
					/* "BAE Systems has won a contract from the
					 * Sultanate of Y and is to provide": the state
					 * the contract comes from buys */
					rec = group[0];
					sup = w;
					ngroup = 0;
				}
			}
			/* "X signed a contract for six jets, which will be
			 * delivered": a passive verb of supply after the
			 * signing leaves the signer the buyer (stop 62) */
			else if (sg != NONE && sg < sv &&
				 (!KIN(d, sv, w_supply_noun) || kis(d, sv - 1, "to")) &&
				 !(sv > sg + 1 && KIN(d, sv - 1, w_be)) &&
				 !(ngroup && group[0]->t0 > sg && !group[0]->possessive &&
				   group[0]->gz != GZ_DEMONYM && group[0]->gz != GZ_FIRM)) {
				sup = actor_before(d, s, sg, 6, 0); /* "X won a contract to supply" */
				if (sup && coordinated_pair(d, s, sup)) {
					/* "A and B signed a contract to export (to
					 * supply) two frigates": which one sells is for
					 * orient(); with a third state named to receive
					 * ("A and B agreed to supply Kyiv with 14
					 * tanks"), both give (stop 61) */
					const mention *r3 = supplied_with(d, s, sv), *g2[6];
					size_t ng = 0, q;
					if (!r3)
						r3 = after_prep(d, s, sv, "to");
					if (r3 && r3->t0 > sv && r3->gz != GZ_FIRM)
						ng = actors_group_before(d, s, sg, g2, 6);
					for (q = 0; q < ng && strcmp(g2[q]->code, r3->code); q++)
						;
					if (ng >= 2 && q == ng) {
						memcpy(group, g2, ng * sizeof g2[0]);
						ngroup = ng;
						sup = group[0];
					} else {
						sup = NULL;
					}
				}
			}
			/* else "X and Y signed an agreement under which X supplies
			 * ... to Y": the subject of the verb of supply sells */
			if (!sup && !ngroup && !sayer_out)
				sayer_out = others_goods_told(d, s, sv, NULL);
			/* "Western (other) countries have provided Y with ...":
			 * givers no state names, so none of the fallbacks below
			 * (stop 61) */
			int group_giver = !sup && !ngroup && unnamed_group_subject(d, s, sv, NULL);
			if (group_giver)
				sayer_out = 1;
			if (!sup && !ngroup && !sayer_out)
				sup = we_state(d, s, sv); /* "we have donated ...," he said */
			if (!sup && !ngroup && !sayer_out)
				sup = his_country(d, s, verb_group_start(d, s, sv));
			if (!sup && !ngroup && !sayer_out)
				sup = polity_subject(d, s, sv);
			if (!sup && s->subj_def && !KIN(d, sv, w_supply_noun) && !group_giver)
				sup = s->subj_def;
			/* "It will supply (would deliver) two frigates to X":
			 * a word of supply after a modal is a verb (stop 39) */
			/* "for the export of 12 jets": "export" after an article
			 * is a noun, like "supply" (stop 46) */
			int sv_verb = !(KIN(d, sv, w_supply_noun) ||
					(kis(d, sv, "export") && sv > s->t0 && KIN(d, sv - 1, w_det))) ||
				      (sv > s->t0 && kin(d, sv - 1, w_modal_before_supply));
			/* "China is a close ally. It sold two frigates to X":
			 * "it / they" before the verb is the state the sentence
			 * before is about, as for verbs of buying (stop 35) */
			if (!sup && !ngroup && sv_verb)
				sup = said_it(d, s, sv);
			if (!sup && !ngroup && sv_verb)
				sup = pronoun_subject(d, s, sv);
			if (group_giver && !sup)
				return ENT_OK; /* no state gives: no deal (stop 61) */
			/* "Azerbaijan (Azerbaijan's President) slams sale of
			 * Indian arms": who opposes a sale is none of its
			 * parties; a possessive before a title speaks for its
			 * state (stop 40) */
			/* "X sanctioned 19 entities for providing military aid
			 * to Y": nor is who punishes the ones who give (a
			 * gerund after "for"; stop 43) */
			if (sup &&
			    (!sv_verb || (sv > s->t0 && kis(d, sv - 1, "for") && ends_ing(K(sv)))) &&
			    (!sup->possessive ||
			     (sup->t1 + 1 < sv && d->t.v[sup->t1 + 1].upper))) {
				mention subj = *sup;
				subj.possessive = 0;
				if (opposing_subject(d, s, &subj, sv)) {
					sup = NULL;
					ngroup = 0;
				}
			}
			/* "the supply of these weapons": a noun with its own
			 * determiner has no subject before it */
			/* "signed a contract with Bangladesh's Air Force for
			 * supply of five helicopters": a noun of supply right
			 * after "for" has no subject either, and a state's
			 * organ after "with" is its buyer (stop 48) */
			int for_noun = sup && !sv_verb && sv > sup->t1 && kis(d, sv - 1, "for") &&
				       sv + 1 < s->t1 && kis(d, sv + 1, "of");
			/* "(said that) North Korea is the largest supplier of
			 * weapons to Y": the subject of "is" the supplier is it
			 * (stop 49) */
			int copula_supplier =
				sup && !sup->possessive && sup->t1 + 2 < sv &&
				kin_local(d, sv, w_supplier_n) && KIN(d, sup->t1, w_be) &&
				KIN(d, sup->t1 + 1, w_det) &&
				only_modifiers(d, sup->t1 + 2, sv);
			if (sup && !copula_supplier && !own_transfer_act(d, s, sup, sv) &&
			    (!sv_verb || transfer_noun(d, s, sv)) &&
			    (!sup->possessive || (for_noun && organ_after_with(d, s, sup))) &&
			    !kis(d, sv - 1, "to") && !export_approved(d, s, sup, sv) &&
			    (find_in(d, sup->t1, sv, w_det) != NONE ||
			     find_in(d, sup->t1, sv, w_demonstrative) != NONE ||
			     find_in(d, sup->t1, sv, w_any) != NONE || for_noun ||
			     (sv > sup->t1 + 1 && kis(d, sv - 2, "for") && sv - 1 > sup->t1 &&
			      d->t.v[sv - 1].kind == TK_WORD && !d->t.v[sv - 1].upper))) {
				/* "Azerbaijan signed a contract with the Ukraine for
				 * the delivery of" ("for missile sales"): the
				 * partner of "with" sells */
				size_t wp = word_before(d, s, sup);
				const mention *b = NULL;
				if (wp != NONE && kis(d, wp, "with") && sg != NONE && sg < wp)
					b = actor_before(d, s, sg, 8, 1);
				if (b && background_state(d, s, b))
					b = NULL; /* "Prior to the deal with X, a contract was signed with Y" */
				const char *mk = b ? designation_maker(d, s, sup->code) : NULL;
				if (b && (b->gz == GZ_FIRM || (mk && strcmp(mk, b->code) == 0))) {
					/* "Russia signed an agreement with China on
					 * the supply of Su-35s": the signer whose make
					 * the goods are sells, the partner of "with"
					 * buys; so does a firm that signs ("X's LIG
					 * Nex1 signed a contract with Y for missile
					 * sales") */
					rec = sup;
					sup = b;
				} else if (b && strcmp(b->code, sup->code) != 0) {
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
			/* the agent of the transfer, in its clause ("calling it
			 * \"an escalation by both Iran and Russia\"" names none;
			 * stop 67) */
			if (concern_over(d, s, sv) && !after_prep(d, s, sv, "from") &&
			    (!(mv = after_prep(d, s, sv, "by")) ||
			     find_local(d, sv, mv->t0, w_comma) != NONE) &&
			    !goods_maker_of(d, s, sv))
				return ENT_OK; /* "amid concerns over exports of arms to X" */
			size_t fr = sv + 1;
			if (fr + 1 < s->t1 && kis(d, fr, "of")) {
				/* "the supply of (artillery) weapons from X" */
				size_t n;
				for (fr++, n = 0; fr < s->t1 && n < 6 && !kis(d, fr, "from") &&
						  !kis(d, fr, "to") && !kis(d, fr, "by") &&
						  !kis(d, fr, "for");
				     n++) {
					/* "the transfer of American-made F-16 fighter
					 * jets from Denmark": named goods and their
					 * maker's mark pass (stop 59) */
					const mention *g = mention_at(d, s, fr);
					if (g && g->t0 == fr &&
					    (g->gz == GZ_WEAPON ||
					     (g->gz == GZ_DEMONYM && !g->possessive)))
						fr = g->t1;
					else if (kis(d, fr, "-") ||
						 (d->t.v[fr].kind == TK_WORD && !d->t.v[fr].upper))
						fr++;
					else
						break;
				}
			}
			int from_seller = 0;
			if (fr + 1 < s->t1 && kis(d, fr, "from")) {
				/* "condemned the arms transfers from X to Y": the
				 * source after the noun sells, not the subject */
				const mention *f = actor_after(d, s, fr + 1, 1, 0);
				if (f && ent__is_state_mention(f) && f->gz != GZ_FIRM &&
				    (!sup || strcmp(f->code, sup->code) != 0)) {
					sup = f;
					ngroup = 0;
					from_seller = 1;
				}
			}
			if (!from_seller && !(sup && sup->possessive) && !own_transfer_act(d, s, sup, sv) &&
			    (mv = goods_maker_of(d, s, sv)) != NULL) {
				/* "sanctions on firms involved in the transfer of
				 * Iranian missiles to Yemen": the goods' maker sells,
				 * not the subject that sanctions */
				sup = mv;
				ngroup = 0;
			}
			if (gerund_as_subject(d, s, sv))
				return ENT_OK; /* "says selling arms to Y means
						* complicity" (stop 64) */
			if (!rec)
				rec = supplied_with(d, s, sv);
			if (!rec)
				rec = after_prep(d, s, sv, "to");
			const mention *dobj = !rec && sup ? double_object_buyer(d, s, sv, sup) : NULL;
			if (dobj)
				rec = dobj;
			const mention *user = !rec && sup ? user_in_relative(d, s, sv, sup) : NULL;
			if (user)
				rec = user;
			if (rec && described_state(d, s, rec))
				rec = NULL; /* "given a warship to a Chinese neighbour" */
			if (!rec && placed)
				rec = placed;
			if (!rec)
				rec = there_place(d, s, sv, sup);
			if (!rec)
				rec = group_member_after(d, s, sv);
			if (!rec)
				rec = dash_topic(d, s, sup);
			if (rec && thanked(d, s, rec))
				rec = NULL;
			if (!rec && to_unnamed_states(d, s, sv))
				return ENT_OK;
			/* "sent" moves ships and troops as well as goods: only "sent
			 * ... to <a state>" is a transfer ("Russia has sent a naval
			 * group" to a drill is none) */
			char sent_to[12];
			if (!rec && sent_verb(d, sv) &&
			    !kingdom_ref(d, s, sup ? sup->code : NULL, sent_to))
				return ENT_OK; /* not "sent ... to the West African
						* nation" (stop 66) */
			/* ... and the state right after "to": "countries sending
			 * forces to participate are X, Y" names no recipient */
			if (rec && rec != dobj && sent_verb(d, sv) &&
			    rec->t0 > sv && !kis(d, word_before(d, s, rec), "to") && rec != user)
				return ENT_OK;
			if (!rec)
				rec = after_prep(d, s, sv, "for");
			if (!rec) {
				/* "gifted Ukraine 49 howitzers", "provide Armenia with
				 * ..."; not a firm, the maker of the goods ("donated two
				 * Bell UH-1H helicopters", stop 34) */
				const mention *o = actor_after(d, s, sv + 1, 0, 1);
				if (o && o->gz != GZ_FIRM && (!o->possessive || forces_with(d, s, o)))
					rec = o;
				/* "has handed over (delivered) Y's first F-16": the
				 * owner of the goods given receives them (stop 61) */
				o = sv + 2 < s->t1 && kis(d, sv + 1, "over")
					    ? actor_after(d, s, sv + 2, 0, 1)
					    : o;
				if (!rec && o && o->gz != GZ_FIRM && owned_goods(d, s, o))
					rec = o;
			}
			if (!rec && sup && sup->possessive && sup->gz != GZ_FIRM &&
			    KIN(d, sv, w_supply_noun) && sup->t1 + 1 <= sv && sup->t1 + 3 >= sv &&
			    (sup->t1 + 1 == sv ||
			     (d->t.v[sv - 1].kind == TK_WORD && !d->t.v[sv - 1].upper))) {
				/* "reacted to India's impending delivery of the
				 * Russian S-400 systems": the owner of a delivery
				 * of goods another state makes, with no state
				 * after "to", receives them (stop 40) */
				const mention *gm = goods_maker_of(d, s, sv);
				const char *mc = gm ? gm->code : designation_maker(d, s, sup->code);
				if (mc && strcmp(mc, sup->code)) {
					rec = sup;
					sup = code_mention(&owner_maker_men, mc);
					ngroup = 0;
				}
			}
			if (sup && sup->possessive && kin_local(d, sv, w_supplier_n) &&
			    only_modifiers(d, sup->t1 + 1, sv)) {
				/* "Russia has long been Armenia's principal supplier" */
				if (!rec)
					rec = sup;
				sup = actor_before(d, s, sup->t0, 6, 1);
				ngroup = 0;
			}
		}
		if (!sup && (sup = approving_gerund_subject(d, s, sv)) != NULL)
			nsellers = 0; /* "reacted to the US approving arms sales to Y" */
		rule = "deal.supply_verb";
	} else if (bv != NONE) {
		/* Y buys/orders/acquires ... from X */
		if (respectively(d, s, bv, &rc))
			return rc;
		if (from_unnamed_states(d, s, bv)) {
			/* "bought jets from western countries", "Ukraine will
			 * receive five systems from the allies": no seller, but a
			 * buyer a later "X will also provide" may name
			 * (also_recipient) */
			const mention *b = actor_before(d, s, bv, 8, 1);
			if (b && !b->possessive && b->gz != GZ_FIRM && weapon_mentions(d, s) > 0 &&
			    s->unit >= 0) {
				snprintf(d->lone_buyer, sizeof d->lone_buyer, "%s", b->code);
				d->lone_buyer_unit = s->unit;
			}
			return ENT_OK;
		}
		rec = reported_government(d, s, bv);
		if (!rec)
			rec = actor_before(d, s, bv, 8, 1);
		if (!rec && sg != NONE && sg < bv && sg + 8 > bv &&
		    (mv = actor_before(d, s, sg, 10, 0)) != NULL && mv->possessive &&
		    body_signs(d, mv, sg))
			rec = mv; /* "Israel's defence ministry has signed a contract
				   * for the purchase of": the body's state signs
				   * and buys (stop 64) */
		if (rec && earlier_buyer_listed(d, s, rec))
			/* "Malaysia became the second country after Poland to
			 * buy the FA-50": the state before the ordinal buys
			 * (earlier_buyers gives Poland its copy; stop 59) */
			rec = earlier_list_subject(d, s, rec);
		if (!rec)
			rec = spender_before(d, s, bv);
		if (noun_opens_contrast(d, s, bv))
			return ENT_OK; /* "X is a supplier, but the Rafale purchase
					* deal ...": a deal told elsewhere */
		if (rec && rec->t0 > s->t0 + 2) {
			/* "It is one of the major clients of the US having made
			 * significant purchases of F-16 jets": the state whose
			 * clients they are sells; the subject buys (stop 40) */
			/* "Jordan is a key ally of the United States and has
			 * received": so does the subject of an ally (stop 48) */
			static const char *w_client_n[] = {"clients", "customers", "buyers", "client",
							   "customer", "buyer", "ally", "allies",
							   "partner", "partners", NULL};
			size_t o = rec->t0 - (kis(d, rec->t0 - 1, "the") ? 2 : 1);
			if (kis(d, o, "of") && o > s->t0 && kin_local(d, o - 1, w_client_n))
				rec = kis(d, s->t0, "it") || kis(d, s->t0, "they")
					      ? pronoun_subject(d, s, s->t0 + 1)
					      : subject_before(d, s, o - 1);
		}
		/* "the fight against militants from Somalia, hence the need to
		 * procure": where people come from buys nothing (stop 39) */
		while (rec && rec->t0 > s->t0 + 1 && kis(d, rec->t0 - 1, "from") &&
		       kin(d, rec->t0 - 2, w_people_from))
			rec = actor_before(d, s, rec->t0, 30, 1);
		/* "As tensions remain high on the border with Pakistan, the
		 * Indian Air Force has received": a demonym's service right
		 * before the verb is its subject, not a state before it
		 * (stop 45) */
		if (rec && (mv = service_buyer(d, s, bv)) != NULL && mv->t0 > rec->t1 &&
		    !kis(d, mv->t0 - 1, "'s"))
			rec = mv;
		/* "the battalion serving in the operation in Kosovo received
		 * 43 vehicles": a state after a noun and "in" is where the
		 * buyer is, not the buyer (stop 45) */
		while (rec && place_of_noun(d, s, rec))
			rec = actor_before(d, s, rec->t0, 30, 1);
		/* "13 Israeli IAI Kfirs will be purchased": a maker right before
		 * its goods buys nothing; the buyer is further back */
		while (rec && (rec->gz == GZ_FIRM || rec->gz == GZ_DEMONYM) && rec->t0 > s->t0 &&
		       weapon_starting_at(d, s, rec->t1))
			rec = actor_before(d, s, rec->t0, 8, 1);
		while (rec && origin_of_bought(d, s, rec, bv)) {
			/* the owner of the goods named further back buys
			 * ("Iran's air force has ... U.S. models acquired") */
			origin = rec;
			rec = actor_before(d, s, rec->t0, 30, 1);
		}
		for (k = s->m0; !origin && bv > s->t0 + 1 && k < s->m1 && M(d, k)->t0 < bv; k++)
			if (M(d, k)->t1 + 1 == bv && ent__is_state_mention(M(d, k)) &&
			    origin_of_bought(d, s, M(d, k), bv))
				origin = M(d, k); /* "aging French models acquired" */
		if (origin && !rec)
			rec = actor_before(d, s, origin->t0, 30, 1);
		if (rec && (mv = coordinated_verb_subject(d, s, rec, bv)) != NULL)
			rec = mv; /* "Armenia thanked France and bought jets" */
		if ((mv = his_country(d, s, bv)) != NULL)
			rec = mv; /* "X reviewed drills with Z and said his country
				   * planned to buy": not Z */
		if (dn != NONE && dn < bv && dn + 3 < bv &&
		    (kis(d, dn + 1, "it") || kis(d, dn + 1, "they")) && KIN(d, dn + 2, w_sign) &&
		    (mv = subject_before(d, s, dn)) != NULL && mv->gz != GZ_FIRM)
			rec = mv; /* "X said talks went on with A and B, after a
				   * deal it inked with Z to buy": "it" is the
				   * subject, X (stop 61) */
		if (rec && (mv = polity_subject(d, s, bv)) != NULL)
			rec = mv; /* "Even as X ... with Z, the country plans to buy" */
		if (!rec && bv > s->t0 + 1 && kis(d, bv - 1, "of") && ends_ing(K(bv)) &&
		    find_in(d, s->t0, bv, w_clause_mark) == NONE)
			/* "X's air force is to move on with the process of
			 * purchasing": the subject owns the gerund's process */
			rec = actor_before(d, s, bv, 16, 1);
		if (rec && dateline_place(d, s, rec)) {
			/* "SANTIAGO, Chile - The Yn army decided to buy": another
			 * state named before the verb buys, not the place of
			 * the dateline ("ANKARA - The government will buy") */
			for (k = s->m0; k < s->m1; k++)
				if (M(d, k)->t0 >= rec->t1 && M(d, k)->t1 <= bv &&
				    ent__is_state_mention(M(d, k)) && M(d, k)->gz != GZ_FIRM &&
				    strcmp(M(d, k)->code, rec->code) != 0)
					break;
			/* that state, "PARIS - The Indonesian Navy signed a
			 * contract to buy" (it had dropped the deal; stop 48) */
			if (k < s->m1)
				rec = M(d, k);
		}
		if (rec && bv > s->t0 && (kis(d, bv - 1, "its") || kis(d, bv - 1, "their")) &&
		    (mv = subject_before(d, s, bv)) != NULL && mv != rec && !mv->possessive &&
		    mv->gz != GZ_FIRM && mv->t1 <= rec->t0 && rec->t1 < s->t1 &&
		    (KIN(d, rec->t1, w_sanction_n) || (rec->possessive && !owns_body(d, s, rec))))
			rec = mv; /* "X faced US sanctions over its purchase",
				   * "X dismissed Y's concerns regarding its
				   * acquisition": the subject owns "its", the
				   * state of the sanctions (concerns) is none */
		if (rec && background_state(d, s, rec)) {
			/* "Bangladesh takes a leaf from the recent Pakistan-India
			 * clash, to buy Chinese jets": the subject buys */
			mv = subject_before(d, s, bv);
			rec = mv && !background_state(d, s, mv) ? mv : NULL;
		}
		if (rec && named_as_place(d, rec) && (mv = pronoun_subject(d, s, bv)) != NULL)
			/* "the crews are in Turkey for training, adding that
			 * they also bought": the pronoun right before the verb
			 * (which pronoun_subject requires) is the subject, the
			 * place before it none */
			rec = mv;
		if (!rec && dn != NONE && dn < bv && bv > s->t0 + 1 && kis(d, bv - 1, "to") &&
		    dn + 10 >= bv)
			/* "Canberra ditched a longstanding deal worth billions
			 * of euros to buy": the subject of the deal's verb */
			rec = actor_before(d, s, dn, 8, 1);
		if (!rec)
			rec = possessor_of_bought(d, s, bv);
		if (!rec)
			rec = arrival_in(d, s, bv);
		if (!rec)
			rec = participle_subject(d, s, bv);
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
		size_t tv = bv;
		if (kis(d, bv, "purchase") || kis(d, bv, "acquisition")) {
			/* "Ankara's decision to go ahead with the Russian S-400
			 * purchase": the noun of buying ends the infinitive's
			 * object (stop 44) */
			for (tv = bv; tv > s->t0 + 3 && tv + 9 > bv && !kis(d, tv - 1, "to"); tv--)
				if ((d->t.v[tv - 1].kind == TK_PUNCT && !kis(d, tv - 1, "-")) ||
				    kis(d, tv - 1, "and"))
					break;
			if (tv <= s->t0 + 3 || !kis(d, tv - 1, "to"))
				tv = bv;
		}
		if (tv > s->t0 + 3 && kis(d, tv - 1, "to")) {
			/* "in response to a Turkish decision (Turkey's plan)
			 * to procure": the state whose will it is buys */
			static const char *w_will_n[] = {"decision", "plan", "plans", "bid",
							 "move", "intention", "efforts", NULL};
			const mention *w = NULL;
			size_t q;
			for (q = s->m0; q < s->m1 && kin_local(d, tv - 2, w_will_n); q++)
				if (M(d, q)->t1 == tv - 2 ||
				    (M(d, q)->possessive && M(d, q)->t1 + 1 == tv - 2 &&
				     kis(d, tv - 3, "'s")))
					w = M(d, q);
			if (w && ent__is_state_mention(w) && w->gz != GZ_FIRM &&
			    (w->gz == GZ_DEMONYM || w->possessive))
				rec = w;
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
		if (rec && rec->t1 <= bv) {
			const mention *h = relative_head(d, s, rec, bv);
			if (h)
				rec = h;
		}
		while (rec && (background_state(d, s, rec) || fought_against(d, s, rec)))
			rec = actor_before(d, s, rec->t0, 12, 1);
		if ((mv = sanctioned_buyer(d, s, bv)) != NULL)
			rec = mv; /* "against" names no foe here */
		if (rec && rec->t0 > s->t0 + 1 && named_as_place(d, rec) &&
		    kin(d, rec->t0 - 2, w_conflict)) {
			/* "X ... since the war in Ukraine and announced the
			 * acquisition of": a war's place is no buyer; the
			 * clause's subject is */
			const mention *sb = subject_before(d, s, bv);
			rec = sb && sb != rec && !named_as_place(d, sb) ? sb : NULL;
		}
		if (rec && coordinated_pair(d, s, rec) && !pair_buys_third_make(d, s, rec, sg, dn)) {
			const mention *pf = sg == NONE && dn == NONE ? pair_first(d, s, rec) : NULL;
			if (pf && verb_follows(d, s, rec, bv) && (also_seller = seller_also(d, s, pf, rec))) {
				/* "Ukraine and Poland have also ordered armed
				 * drones": both buy, from the seller just told
				 * (the second one by expand_buyer_pair) */
				rec = pf;
			} else {
				/* "Turkey and the UK sign deal to purchase 20
				 * jets": which one buys is for orient(); but
				 * "A and B ordered drones" names two buyers, no
				 * deal between them */
				pair_buyers = pf && verb_follows(d, s, rec, bv);
				rec = NULL;
			}
		}
		if (!rec)
			rec = pronoun_subject(d, s, bv);
		if (!rec)
			rec = we_state(d, s, bv); /* '"We bought X from Y," the minister said' */
		if (!rec)
			rec = apposition_subject(d, s, bv); /* "Y's ministry, which ..., ordered" */
		if (!rec && sg != NONE && sg < bv)
			/* "Y's defense minister, <name>, signed an agreement to
			 * purchase" (stop 60) */
			rec = apposition_subject(d, s, sg);
		if (!rec)
			rec = polity_subject(d, s, bv);
		if (!rec)
			rec = this_included(d, s, bv);
		if (!rec)
			rec = relative_includes_owner(d, s, bv);
		if (!rec)
			rec = causee_before(d, s, bv);
		if (!rec)
			rec = gerund_subject(d, s, bv);
		if (!rec)
			rec = service_buyer(d, s, bv);
		if (!rec)
			rec = s->subj_def;
		if (rec && rec->gz == GZ_FIRM && rec->t1 < bv && !kis(d, rec->t1, "'s") &&
		    (mv = subject_before(d, s, bv)) != NULL && mv != rec && mv->t1 <= rec->t0 &&
		    !mv->possessive && mv->gz != GZ_FIRM && ent__is_state_mention(mv) &&
		    strcmp(mv->code, rec->code) != 0) {
			/* "X has shifted to Y's Elbit Systems as its partner,
			 * signing a contract to purchase": a firm sells, the
			 * clause's subject buys */
			firm_owner_sup = rec;
			rec = mv;
		} else if (rec && rec->gz == GZ_FIRM && rec->possessive && rec->t1 + 1 < bv &&
			   kis(d, rec->t1, "'s") && goods_at(d, s, rec->t1 + 1) &&
			   (mv = subject_before(d, s, rec->t0)) != NULL && !mv->possessive &&
			   mv->gz != GZ_FIRM && mv->gz != GZ_DEMONYM && ent__is_state_mention(mv) &&
			   strcmp(mv->code, rec->code) != 0) {
			/* "Saudi Arabia operates 72 BAE's Typhoon fighters
			 * from the first batch ordered in 2007": the firm whose
			 * goods they are sells, the clause's subject buys */
			firm_owner_sup = rec;
			rec = mv;
		}
		approver = approver_by(d, s, bv, &rec);
		sup = after_prep(d, s, bv, "from");
		if (sup && background_state(d, s, sup))
			sup = NULL; /* "bought it despite objections from Washington" */
		if (!sup)
			sup = approver; /* "was cleared by the US to buy" */
		if (sup && rec && !strcmp(sup->code, rec->code) && rec->t1 <= bv &&
		    (mv = subject_before(d, s, bv)) != NULL && mv->t1 <= rec->t0 &&
		    !mv->possessive && mv->gz != GZ_FIRM && ent__is_state_mention(mv) &&
		    strcmp(mv->code, sup->code) != 0)
			rec = mv; /* "X deepened ties with Y, signing a contract to
				   * buy howitzers from Y": the subject buys */
		if (!sup)
			sup = retired_by(d, s, bv);
		if (!sup)
			sup = service_goods_owner(d, s, bv, rec);
		if (!sup)
			sup = origin; /* "U.S. models acquired": their origin sells */
		if (!sup)
			sup = made_in_state(d, s, bv);
		if (!sup)
			sup = firm_owner_sup;
		if (!sup)
			sup = sellers_named(d, s, bv);
		if (!sup && rec)
			sup = under_programme_of(d, s, bv, rec);
		if (!sup && (sup = giver_after(d, s, bv)) != NULL && rec &&
		    !strcmp(rec->code, sup->code))
			rec = NULL; /* "Wing Loongs acquired in 2020 (likely gifted
				     * by the UAE)": the giver is no buyer */
		if (!sup && rec && (sup = with_maker(d, s, bv)) != NULL && sup->t0 < rec->t0)
			sup = NULL; /* the maker is after the buying */
		if (!sup && rec && rec->t1 <= bv && !KIN(d, bv, w_delivered)) {
			/* "the Czechs seek to obtain 800,000 shells for Ukraine":
			 * bought for another state, no seller named: the buyer
			 * supplies it */
			static const char *w_after_for[] = {"and", "in", "by", "as", "under", "at",
							    "on", "from", "with", "through", "over",
							    "next", "this", "last", "within", "before",
							    "after", "to", NULL};
			const mention *f = after_prep(d, s, bv, "for");
			/* the state right after "for" ("for patrols near X" is
			 * none), not a modifier ("for US nuclear-powered
			 * vessels") */
			if (f && (f->t0 < 2 || !(kis(d, f->t0 - 1, "for") ||
						 (kis(d, f->t0 - 1, "the") && kis(d, f->t0 - 2, "for")))))
				f = NULL;
			/* "purchased the Mistral carriers intended for Russia":
			 * the buyer the goods were first meant for (stop 44) */
			if (f && f->t0 >= 3 &&
			    (kis(d, f->t0 - 2, "intended") || kis(d, f->t0 - 2, "meant") ||
			     kis(d, f->t0 - 2, "destined") || kis(d, f->t0 - 2, "built") ||
			     kis(d, f->t0 - 2, "designed")))
				f = NULL;
			if (f && f->t1 < s->t1 && d->t.v[f->t1].kind == TK_WORD &&
			    !kin_local(d, f->t1, w_after_for))
				f = NULL;
			if (f && f->t0 > bv && strcmp(f->code, rec->code) != 0 &&
			    f->gz != GZ_DEMONYM && f->gz != GZ_FIRM && !f->possessive) {
				sup = rec;
				rec = f;
			}
		}
		if (!sup && !also_seller && rec && firm_referred(d, s, bv, rec, &ref_men))
			sup = &ref_men; /* "purchased eight submarines from the shipbuilder" */
		else if (!sup && !also_seller && rec && approved_to_buy(d, s, bv, rec, &ref_men))
			sup = &ref_men; /* "Saudi Arabia was okayed to buy 31 terminals" */
		if (!sup && also_seller)
			sup = code_mention(&also_men, also_seller);
		if (sup)
			nsellers = seller_list(d, s, sup, sellers);
		/* "with Israel's Rafael": the word before the firm's owner */
		size_t wp = rec ? word_before(d, s, firm_owner(d, s, rec)) : NONE;
		if (wp != NONE && kis(d, wp, "with") &&
		    (!sup || (sg != NONE && sg < wp && strcmp(sup->code, rec->code) == 0))) {
			/* "Indonesia signed an MoU with Turkey('s shipyard) to buy
			 * two frigates": the partner of "with" sells, the subject
			 * of the signing buys; so when the seller after "from"
			 * is the partner's own ("a deal with the US to buy
			 * drones from General Atomics") */
			const mention *w = rec, *b = actor_before(d, s, wp, 16, 1);
			/* "Egypt has a fleet of US F-16 fighters and signed an
			 * agreement with Russia": the name on the goods signs
			 * nothing */
			while (b && name_on_goods(d, s, b) && b->t0 + 16 > wp)
				b = actor_before(d, s, b->t0, 16 - (wp - b->t0), 1);
			if (!b && sg != NONE && sg < wp)
				/* a long price between ("worth almost $2 billion
				 * (around Rs 12,881 crore) with Y"): the signer */
				b = actor_before(d, s, sg, 6, 1);
			if (!b && sg != NONE)
				b = pronoun_subject(d, s, sg);
			if (!b)
				b = s->subj_def;
			if (b && strcmp(b->code, w->code) != 0) {
				rec = b;
				sup = w;
				/* "Belgium will sign an agreement with the
				 * Netherlands to acquire the Norwegian NASAMS
				 * system jointly": a system of a third state's
				 * make is bought from its maker (stop 64) */
				const char *mk = designation_maker(d, s, NULL);
				size_t q;
				/* unless the text calls the goods the partner's
				 * ("the Chilean Anka drone") */
				for (q = s->m0; mk && q < s->m1; q++)
					if (!strcmp(M(d, q)->code ? M(d, q)->code : "", w->code) &&
					    M(d, q)->gz == GZ_DEMONYM && qualifies_weapon(d, s, q))
						mk = NULL;
				if (mk && strcmp(mk, w->code) && strcmp(mk, b->code) &&
				    !designation_maker(d, s, mk))
					sup = code_mention(&third_men, mk);
			}
		}
		if (!sup && rec && (sup = owner_of_goods_bought(d, s, bv)) != NULL &&
		    strcmp(sup->code, rec->code) == 0)
			sup = NULL;
		if (!sup && rec) {
			const char *ps = partitive_goods_seller(d, s, bv, rec);
			if (ps)
				sup = code_mention(&part_men, ps); /* "36 of the fighters" */
		}
		for (k = s->m0; !sup && rec && k < s->m1 && M(d, k)->t1 < bv &&
				(kis(d, bv, "purchase") || kis(d, bv, "acquisition"));
		     k++) {
			/* "the F-35s ... as a punishment for Ankara's decision to
			 * go ahead with the Russian S-400 purchase": the maker on
			 * the goods right before the noun sells, not the maker
			 * of goods told before (stop 44) */
			const mention *m = M(d, k);
			if (m->gz == GZ_DEMONYM && m->t0 > rec->t1 && m->t1 + 6 >= bv &&
			    qualifies_weapon(d, s, k) && strcmp(m->code, rec->code) != 0) {
				sup = m;
				own_goods = m->t0;
			}
		}
		if (!sup && rec)
			sup = programme_owner(d, s, bv, rec);
		for (k = s->m0; k < s->m1 && !sup && rec; k++) {
			/* "obtained four second-hand Mi-8 helicopters via
			 * Bulgaria": the last owner sells (stop 65) */
			const mention *m = M(d, k);
			const char *o;
			int st;
			if (m->t0 <= bv || m->kind != MK_ACTOR || m->gz != GZ_WEAPON)
				continue;
			o = item_owner(d, s, k, &st);
			if (o && st && strcmp(o, rec->code) &&
			    find_local(d, m->t1, m->t1 + 6 < s->t1 ? m->t1 + 6 : s->t1, w_via) !=
				    NONE)
				sup = code_mention(&via_men, o);
			break;
		}
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
				    (!rec || strcmp(m->code, rec->code) != 0) &&
				    !replaced_at(d, s, m->t0 > bv + 8 ? m->t0 - 8 : bv, m->t0) &&
				    !rival_named(d, s, m) &&
				    /* "... will speed up the Moroccan F-35 deal"
				     * (stop 59) */
				    !owns_later_deal(d, s, m))
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
		if (sup && rec && paid_from(d, s, bv, sup)) {
			/* "X received $22 million from Y": Y pays, X sells */
			const mention *payer = sup;
			sup = rec;
			rec = payer;
			nsellers = 0;
		}
		if (!sup && pair_buyers)
			return ENT_OK; /* two buyers and no seller: no deal */
		if (aggregate_purchases(d, s))
			return ENT_OK; /* "has so far purchased warships and aircraft
					* totaling $3 billion": a sum of many deals
					* (stop 39) */
		if ((kis(d, bv, "arrival") || kis(d, bv, "arrived") || kis(d, bv, "arrive") ||
		     kis(d, bv, "arrives")) &&
		    (span_has(d, s, w_exercise) || find_in(d, bv, s->t1, w_troops_n) != NONE ||
		     sent_on_visit(d, s, bv)))
			return ENT_OK; /* "the arrival of three Chinese naval vessels,
					* carrying soldiers who will take part in the
					* exercises": a visit, no delivery (stop 39) */
		if (rec && rec->gz == GZ_FIRM && (!sup || sup->gz != GZ_FIRM) && rec->t1 <= bv &&
		    bv + 1 < s->t1 && KIN(d, bv + 1, w_deal_noun) &&
		    (kis(d, bv, "acquisition") || kis(d, bv, "purchase") ||
		     kis(d, bv, "procurement"))) {
			/* "Baykar signed acquisition contracts with the Saudi
			 * Defense Ministry": the maker signs contracts of the
			 * other's buying, and sells (stop 50) */
			const mention *w = sup ? sup : after_prep(d, s, bv, "with");
			if (w && w->gz != GZ_FIRM && strcmp(w->code, rec->code) != 0) {
				sup = rec;
				rec = w;
				nsellers = 0;
			}
		}
		if (gerund_as_subject(d, s, bv))
			return ENT_OK; /* "arguing that buying European systems
					* is crucial": buying in general (stop 64) */
		if (!rec && only_group_between(d, s, sup))
			return ENT_OK; /* a group of three, no buyer (stop 64) */
		rule = "deal.buy_verb";
	} else {
		/* "after agreements with Poland and Ukraine": the states joined
		 * after "deals with" are each a partner of a third, and no pair
		 * of one deal */
		if (!s->forced_deal && dn != NONE && deal_with_pair(d, s, dn))
			return ENT_OK;
		if (!s->forced_deal && civil_trade(d, s))
			return ENT_OK; /* "signed trade deals worth $250 billion" */
		/* "its nuclear deal with world powers" (stop 37), "under an
		 * agreement for greater military co-operation" (stop 39),
		 * "unveiled their trilateral defence pact" (stop 55): no sale;
		 * a later deal noun of the sentence may still be one ("..., which
		 * saw Canberra ditch a $66 billion submarine deal with Paris") */
		while (!s->forced_deal && dn != NONE &&
		       ((dn > s->t0 && kin_local(d, dn - 1, w_policy_deal)) ||
			cooperation_pact(d, s, dn) || alliance_pact(d, s, dn)))
			dn = find_in(d, dn + 1, s->t1, w_deal_noun);
		if (!s->forced_deal && dn == NONE)
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
		else if (!rec && !sup && !s->forced_deal && from_to_pair(d, s, dn, &sup, &rec))
			; /* "the deal would bring drones from Iran to Russia" */
		else if (!s->forced_deal && export_deal_with(d, s, sg, dn, &sup, &rec))
			; /* "Australia signs export contract with Germany" */
		else if (sg != NONE && !s->forced_deal && (sup = after_prep(d, s, sg, "from"))) {
			/* "Abu Dhabi signed for 80 Rafale fighters from France" */
			rec = actor_before(d, s, sg, 8, 1);
			if (!rec)
				rec = pronoun_subject(d, s, sg);
			if (!rec)
				rec = s->subj_def;
			if (!rec) {
				sup = NULL;
			} else if ((kis(d, sg, "won") || kis(d, sg, "wins") || kis(d, sg, "secured") ||
				    kis(d, sg, "secures")) && dn != NONE &&
				   (rec->gz == GZ_FIRM || kis(d, dn, "contract") ||
				    kis(d, dn, "order") || kis(d, dn, "contracts") ||
				    kis(d, dn, "orders"))) {
				/* "Saab won a contract from Colombia": the
				 * winner sells, the one it won from buys */
				const mention *w = rec;
				rec = sup;
				sup = w;
			}
		}
	}

	if (sv != NONE && sv > s->t0 + 4 && KIN(d, sv, w_delivered)) {
		/* "all eight Leopard 2 tanks committed by Canada to Ukraine
		 * have been delivered to Poland": goods a participle of
		 * pledging gives "by X to Y" go from X to Y, wherever they are
		 * delivered on the way (stop 50) */
		static const char *w_pledged_pp[] = {"committed", "pledged", "promised",
						     "earmarked", "allocated", NULL};
		size_t p, e;
		for (p = s->t0 + 1; p + 4 < sv; p++) {
			const mention *x, *y;
			if (!kis(d, p + 1, "by") || !kin_local(d, p, w_pledged_pp) ||
			    !weapon_ending_at(d, s, p))
				continue;
			x = named_state(d, s, p + 2, &e);
			if (!x || x->possessive || x->gz == GZ_DEMONYM || e + 1 >= sv ||
			    !kis(d, e, "to") || !(y = named_state(d, s, e + 1, &e)) ||
			    y->possessive || y->gz == GZ_DEMONYM || !strcmp(x->code, y->code))
				break;
			sup = x;
			rec = y;
			ngroup = 0;
			break;
		}
	}
	/* "the arms transfers, which Russia has used to strike Ukraine": the
	 * state struck is no recipient (stop 45) */
	if (rec && sv != NONE && rec->t0 > sv && fought_against(d, s, rec))
		rec = NULL;
	/* "went to three countries: India (38 per cent), China (17 per
	 * cent)": shares of a total, a statistic, no transfer */
	if (rec && share_in_brackets(d, s, rec))
		return ENT_OK;
	/* "Half of the artillery shells used by Russia in Ukraine are
	 * supplied by North Korea": the user of the goods before a passive
	 * verb of supply receives them (stop 35) */
	if (sup && sv != NONE && sv + 1 < s->t1 && kis(d, sv + 1, "by") && sv > s->t0 &&
	    KIN(d, sv - 1, w_be)) {
		const mention *u = used_by_before(d, s, sv);
		if (u && strcmp(u->code, sup->code) != 0)
			rec = u;
	}
	if (sv != NONE && sup && (!rec || !strcmp(rec->code, sup->code))) {
		/* "Y has begun delivering to his country the Russian S-400",
		 * said X's minister: the minister's state, not the maker */
		const mention *h = to_his_country(d, s, sv, sup);
		if (h)
			rec = h;
	}
	/* "..., making Poland the first NATO member to purchase them": the
	 * state the clause makes a buyer buys (stop 55) */
	if ((sv != NONE || dn != NONE) && (!rec || (sup && !strcmp(rec->code, sup->code)))) {
		const mention *fb = made_first_buyer(d, s);
		if (fb && !(sup && !strcmp(fb->code, sup->code)))
			rec = fb;
	}
	/* a state delivering to its own forces is no transfer, but the next
	 * recipient of a count list after them is ("ten to the Italian navy,
	 * two to Egypt and two to the US") */
	if (sup && rec && strcmp(sup->code, rec->code) == 0 &&
	    !(rec = next_count_recipient(d, s, rec)))
		return ENT_OK;
	directional = sv != NONE || bv != NONE;
	mention kmen;
	char kref[12];
	if (!rec && directional && kingdom_ref(d, s, sup ? sup->code : NULL, kref)) {
		/* "to supply ... batteries to the kingdom" */
		code_mention(&kmen, kref);
		rec = &kmen;
	}
	if (!rec && directional)
		rec = that_country(d, s, sup);
	mention amen;
	if (!rec && sup && sv != NONE && (bv == NONE || sv < bv) &&
	    also_recipient(d, s, sv, sup, &amen))
		rec = &amen; /* "Italy will also provide an additional SAMP-T system" */
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
		code_mention(&pmen, fp);
		rec = &pmen;
	}
	mention fund_men;
	char fund_to[12]; /* fund_men's code */
	if (rec && !sup && bv != NONE && (sv == NONE || bv < sv) &&
	    funded_purchase(d, s, bv, rec)) {
		/* "Germany will finance the purchase of 14 more Piranha
		 * vehicles": the funder gives them to the state the text is
		 * speaking of (stop 65) */
		if (!kingdom_ref_code(d, s, rec->code, fund_to, 1))
			return ENT_OK;
		sup = rec;
		rec = code_mention(&fund_men, fund_to);
	}
	if (rec && bv != NONE && (sv == NONE || bv < sv)) {
		/* "The U.S. imposed sanctions on Turkey's industry over its
		 * acquisition of Russia's S-400", "the U.S. removed it from the
		 * program after it acquired S-400s": who punishes buys
		 * nothing; the punished does (stop 65) */
		const mention *pu = NULL;
		int r = punished_buyer(d, s, bv, rec, &pu);
		if (r && !pu)
			return ENT_OK;
		if (r)
			rec = pu;
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
		code_mention(&lmen, d->lone_buyer);
		rec = &lmen;
		lone_items = 1;
	}
	mention imen;
	const char *ic;
	if (!rec && sup && sv != NONE && (bv == NONE || sv < bv) &&
	    (ic = it_object(d, s, sv, sup)) != NULL) {
		/* "Israel has sold it ballistic missiles": "it" is the other
		 * state of the sentence, or of the sentence before */
		code_mention(&imen, ic);
		rec = &imen;
	}
	mention rmen;
	const char *rc_of;
	if (!rec && sup && sv != NONE && (bv == NONE || sv < bv) &&
	    (!KIN(d, sv, w_supply_noun) || supply_as_verb(d, s, sv, sup)) &&
	    (rc_of = recipient_of(d, s, sup->code)) != NULL && strcmp(rc_of, sup->code) != 0) {
		/* "India has earlier handed over two OPVs, ..." after a
		 * delivery of India's to Sri Lanka: the recipient of the
		 * supplier's deal the text was speaking of */
		code_mention(&rmen, rc_of);
		rec = &rmen;
	}
	mention fmen;
	int fo = -1;
	if (!sup && !rec && (fo = follow_on(d, s)) >= 0) {
		/* "An additional contract for another two ships was signed in
		 * 2018": a further order of the deal just stated */
		code_mention(&fmen, d->cands[fo].f.recipient.s);
		rec = &fmen;
		maker = d->cands[fo].f.suppliers[0].s;
	}
	int further = -1;
	if (rec && !sup && !maker && bv != NONE && (further = further_order(d, s, rec->code)) >= 0)
		maker = d->cands[further].f.suppliers[0].s;
	if (rec && !sup && !maker) {
		/* the Pakistani JF-17 delivered to Pakistan's air force: domestic */
		if (designation_maker(d, s, NULL) && !designation_maker(d, s, rec->code))
			return ENT_OK;
		maker = designation_maker(d, s, rec->code);
		if (maker && (mv = former_user(d, s)) != NULL && strcmp(mv->code, rec->code) != 0)
			maker = mv->code; /* "Mirage fighters formerly flown by Qatar" */
	}

	int prev_goods = 0;
	if (rec && !sup && !maker && directional &&
	    (pronoun_object(d, s, sv != NONE && (bv == NONE || sv < bv) ? sv : bv) ||
	     demonstrative_goods(d, s, sv != NONE && (bv == NONE || sv < bv) ? sv : bv) ||
	     (sv != NONE && (bv == NONE || sv < bv) && sv > s->t0 && KIN(d, sv - 1, w_be) &&
	      goods_anaphor_subject(d, s, sv)))) {
		/* "The army showed the Russian Pantsir system. Serbia had
		 * acquired this in 2020": the goods of the unit before, and
		 * the seller they name; so for "The type has also been
		 * exported to Sudan" (stop 65) */
		if ((maker = prev_items_owner(d, s, rec->code)) != NULL)
			prev_goods = 1;
	}

	/* "condemned (targets) ballistic missile transfers between North Korea
	 * and Russia": the two states after "between" are the pair, whoever
	 * speaks of the transfers (stop 47) */
	const mention *ba = NULL, *bb = NULL;
	int tb = sv != NONE ? transfer_between(d, s, sv, &ba, &bb)
		 : bv == NONE && dn != NONE ? transfer_between(d, s, dn, &ba, &bb)
					    : 0;
	if (tb == 2)
		return ENT_OK;
	if (tb) {
		sup = rec = NULL;
		maker = NULL;
	}
	/* a buyer named without a seller, kept for a later "were supplied by X" */
	const mention *lone_rec =
		rec && !sup && !maker && bv != NONE && (sv == NONE || bv < sv) ? rec : NULL;
	if ((!sup || !rec) && !maker) {
		/* an open pair: "Y signed a deal with X", "a deal between X and Y",
		 * "the X-Y deal", or the pair of the table */
		const mention *a = NULL, *b = NULL, *fa = ba, *fb = bb;
		int a_mk = 0, b_mk = 0;
		const mention *rl[ENT_FACT_MAX_ACTORS];
		if (!sup && !rec && dn != NONE && sv == NONE && bv == NONE && dn + 2 < s->t1 &&
		    kis(d, dn + 1, "with")) {
			/* "reports that Baku is hoping to finalize a $2 billion
			 * arms deal with Israel": the subject before the deal
			 * noun and the partner after "with" are the pair */
			fb = actor_after(d, s, dn + 2, 1, 1);
			fa = actor_before(d, s, dn, 10, 1);
			if (!fa || !fb || fb->possessive || fa->possessive ||
			    !strcmp(fa->code, fb->code) || background_state(d, s, fa))
				fa = fb = NULL;
		}
		size_t nrl = rec && !sup && sv != NONE && (bv == NONE || sv < bv) && rec->t0 > sv
				     ? recipient_list(d, s, rec, rl, ENT_FACT_MAX_ACTORS, 0)
				     : 0,
		       q;
		for (k = s->m0; k < s->m1; k++) {
			const mention *m = M(d, k);
			if (!ent__is_state_mention(m) || described_possessor(d, m, s->t1))
				continue;
			for (q = 0; q < nrl && rl[q] != m; q++)
				;
			if (q < nrl)
				continue; /* "sold to Ukraine, Qatar and Azerbaijan": buyers all */
			if (fa && m != fa && m != fb)
				continue;
			if (fought_against(d, s, m))
				continue; /* "against X", "used in conflicts with X" */
			if (in_venture_list(d, s, m))
				continue; /* "a joint venture between India and Russia" */
			if (m->gz == GZ_FIRM && m->t0 >= s->t0 + 2 && kis(d, m->t0 - 1, "with") &&
			    kin_local(d, m->t0 - 2, w_made_with))
				continue; /* "the jet, which KAI co-developed with Lockheed
					   * Martin": a maker, no party (stop 47) */
			if (m->gz == GZ_FIRM && m->t0 > s->t0 + 1 &&
			    (by_carrier(d, s, m->t0 - 1) ||
			     (KIN(d, m->t0 - 1, w_det) && by_carrier(d, s, m->t0 - 2))))
				continue; /* "by an Antonov-124 cargo plane" (stop 47) */
			if (m != sup && m != rec && m->t0 >= s->t0 + 2 &&
			    kis(d, m->t0 - 1, "from") && kin(d, m->t0 - 2, w_people_from))
				continue; /* "militants from Somalia": where people
					   * come from (stop 39) */
			if (m != sup && m != rec &&
			    (demonym_of_people(d, s, m) || maker_site(d, s, m)))
				continue; /* "alongside French, European and UN troops",
					   * "from Rheinmetall's Spanish subsidiary" */
			if (trig != NONE && m->t0 > trig && consequence_between(d, s, trig, m->t0))
				continue; /* "the delivery could lead to tensions with X" */
			if (m != sup && m != rec && trig != NONE && m->t0 > trig &&
			    contrast_between(d, s, trig, m->t0))
				continue; /* "X supplied boats whereas tanks arrived from Y" */
			if (bv != NONE && m != rec && names_own_purchase(d, s, m, bv))
				continue; /* "influenced by the U.S. purchase" */
			if (dateline_place(d, s, m) && m != sup && m != rec)
				continue; /* "Hanoi (VNA) - Thailand signed ..." */
			if (m != sup && m != rec && venue_place(d, s, m))
				continue; /* "speaking at the Shangri-La Dialogue in
					   * Singapore" (stop 65) */
			if (m != sup && m != rec && in_sellers(m, sellers, nsellers))
				continue; /* "from A and B": B sells with A */
			if (m != sup && m != rec && ngroup > 2 && in_sellers(m, group, ngroup))
				continue; /* "A, B, C and D supplied us arms": a
					   * giver, whoever "us" is */
			if (bv != NONE && m != sup && m != rec && m->t1 < bv &&
			    (concern_between(d, m->t1, bv) ||
			     (m->gz == GZ_DEMONYM && made_in(d, s, m))))
				continue; /* "X expresses concerns over ... the purchase",
					   * "its Chinese-made missiles along with
					   * hardware purchased from Y" */
			/* with a verb of transfer, "Kazakhstan's neighbours" is not a
			 * party; "built by China's shipyards" is (stop 58) */
			if (directional && m->possessive && m != sup && m != rec &&
			    !possessive_builder(d, s, m))
				continue;
			if (speaker(d, s, m) && m != sup && m != rec && !body_signs(d, m, sg))
				continue; /* "Turkish media reported" */
			if (m != sup && m != rec && earlier_buyer_listed(d, s, m))
				continue; /* "the second customer ..., following Pakistan" */
			if (m != sup && m != rec && trig != NONE && m->t1 <= trig &&
			    (KIN(d, trig, w_supply_verb) || KIN(d, trig, w_buy_verb)) &&
			    unnamed_group_subject(d, s, trig, m))
				continue; /* "X knows which countries are ready to supply" */
			if ((opinion_agent(d, s, m) || opposing_subject(d, s, m, trig)) && m != sup &&
			    m != rec)
				continue; /* "a sale opposed by India", "India opposed the sale" */
			if (thanked(d, s, m) && m != sup && m != rec)
				continue; /* "his gratitude to Poland for the package" */
			if (m != sup && m != rec && knower_before_that(d, s, m, trig))
				continue; /* "Russia must recognise that ... such
					   * systems being provided" (stop 60) */
			if (tried != NONE && m->t0 > tried && m->t0 < tried_end && m != sup &&
			    m != rec)
				continue; /* "unsuccessful efforts to purchase ... from the
					   * US, ...": the seller tried (stop 60) */
			if (m != sup && m != rec && trig != NONE && m->t0 > trig + 2 &&
			    kis(d, m->t0 - 1, "that") && KIN(d, m->t0 - 2, w_speech_verb))
				continue; /* "progress in selling 48 jets to Y and
					   * noted that Poland needs 32": what the
					   * speaker tells after the deal (stop 60) */
			if (m != sup && m != rec && sv != NONE && imposes_sanctions(d, s, m))
				continue; /* "Due to the supply of missiles to Y, X will
					   * impose sanctions against Z": a judge,
					   * no party (stop 58) */
			if (background_state(d, s, m) && m != sup && m != rec)
				continue; /* "amid ... after Russia's invasion of Ukraine" */
			if (m != sup && m != rec && instead_of_named(d, s, m))
				continue; /* "an order for air defence systems
					   * instead of American alternatives": the
					   * goods not bought (stop 64) */
			if (m != sup && m != rec && m->gz == GZ_DEMONYM && m->t1 < s->t1 &&
			    kin_local(d, m->t1, w_licence_n))
				continue; /* "tanks assembled under a Russian
					   * license": the licensor, no buyer
					   * (stop 64) */
			if (m != sup && m != rec && trig != NONE && compared_after(d, s, trig, m))
				continue; /* "an order for 44 tanks that closely
					   * resembles the Al Khalid tanks in the
					   * service of the Pakistan army" (stop 64) */
			if (m != sup && m != rec && menace_named(d, s, m))
				continue; /* "to procure 20 more F-35s, countering
					   * North Korean threats": the foe (stop 64) */
			/* "The JF-17, jointly developed by Pakistan and China, has
			 * emerged as one of Pakistan's defence exports": a
			 * noun of supply too (stop 64) */
			if (m != sup && m != rec &&
			    ((dn != NONE && trig == dn && sv == NONE) ||
			     (sv != NONE && trig == sv && KIN(d, sv, w_supply_noun))) &&
			    bv == NONE && made_by_agent(d, s, m))
				continue; /* "the first export order for the BrahMos
					   * missile developed by India and Russia":
					   * its makers, no party (stop 61) */
			if (a && !b && m->t0 == a->t1 + 1 && kis(d, a->t1, "-") &&
			    k + 1 < s->m1 && M(d, k + 1)->gz == GZ_WEAPON &&
			    M(d, k + 1)->t0 <= m->t1 + 1)
				continue; /* "the Sino-Pakistan JF-17": co-makers, no pair */
			if (sup && !rec && m != sup && seller_phrase(d, s, m))
				continue; /* "..., a Rafale deal with France and Typhoons from
					   * Britain": other sellers, no buyer */
			if (m->t0 > s->t0 + 1 && kis(d, m->t0 - 1, "with") &&
			    (KIN(d, m->t0 - 2, w_interest) || kis(d, m->t0 - 2, "relations") ||
			     KIN(d, m->t0 - 2, w_conflict)))
				continue; /* "talks with Washington", "a dispute with
					   * China": no party to the deal */
			if (m != sup && m != rec && joint_with(d, s, m))
				continue; /* "as part of a joint project with the
					   * Netherlands": a partner of the giver */
			if (m != sup && m != rec && trig != NONE &&
			    who_clause_before(d, s, m, trig))
				continue; /* "Chavez, who accused the US government of
					   * plans to invade, has signed deals with
					   * Moscow": no party (stop 62) */
			if (directional && m != sup && m != rec) {
				/* "delivered in South Korea": a place, no party */
				static const char *w_near[] = {"near", "along", "toward", "towards",
							       "off", NULL};
				static const char *w_border[] = {"border", "borders", "frontier",
								 "frontiers", "boundary", NULL};
				/* "discovered in Mexico and Colombia": each of the
				 * places coordinated (stop 34) */
				size_t wb = list_word_before(d, s, m);
				if (wb != NONE && (kis(d, wb, "in") || kis(d, wb, "at")) && wb > trig)
					continue;
				/* "the battalion serving in Kosovo received": a
				 * place of the subject's noun (stop 45) */
				if (trig != NONE && m->t1 <= trig && place_of_noun(d, s, m))
					continue;
				/* "by the French-based African news outlet": a
				 * source, no party (stop 41) */
				if (media_demonym(d, s, m))
					continue;
				/* "was supported by the US": a judge, no party
				 * (stop 41) */
				if (wb != NONE && wb > trig + 1 && kis(d, wb, "by") &&
				    kin_local(d, wb - 1, w_judged))
					continue;
				/* "finalized during the minister's visit to
				 * Denmark": a place visited after the trigger
				 * (stop 41) */
				if (wb != NONE && wb > trig + 1 && kis(d, wb, "to") &&
				    kin_local(d, wb - 1, w_travel_n))
					continue;
				/* "US officials who visited New Delhi last week":
				 * the object of a verb of visiting is a place
				 * (stop 42) */
				if (wb != NONE && (kis(d, wb, "visited") || kis(d, wb, "visiting")))
					continue;
				/* "along the contested frontier with China",
				 * "near China": a place, no party */
				if (wb != NONE && wb > trig &&
				    (kin_local(d, wb, w_near) ||
				     (kis(d, wb, "with") && wb > s->t0 &&
				      kin_local(d, wb - 1, w_border))))
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
			if (a && !b && !sup && parallel_recipients(d, s, a, m))
				continue; /* "five jets to Peru and four to Chile" */
			if (replaced_at(d, s, m->t0 > s->t0 + 8 ? m->t0 - 8 : s->t0, m->t0))
				continue; /* "to replace its Russian-made MiG-29s" */
			if (described_state(d, s, m))
				continue; /* "a Chinese neighbour": another state */
			{
				/* "..., according to the U.S. State Department":
				 * the source of the report, no party; a state after
				 * the source's comma ("According to reports,
				 * Turkey has won ...") is one */
				size_t p;
				int src = 0;
				for (p = m->t0; p >= s->t0 + 2 && p + 6 > m->t0 && !src &&
						!kis(d, p - 1, ",");
				     p--)
					src = kis(d, p - 1, "to") && kis(d, p - 2, "according");
				if (src)
					continue;
			}
			if (bv != NONE && !sup && rec && m != rec && m->t1 <= rec->t0 &&
			    rec->t1 <= bv && reason_clause_between(d, m->t1, rec->t0))
				continue; /* "X would need submarines, as Y had bought
					   * ten": X is in another clause */
			if (!a) {
				a = m;
				a_mk = maker_on_goods(d, s, k);
			} else if (strcmp(m->code, a->code) != 0 && !b) {
				b = m;
				b_mk = maker_on_goods(d, s, k);
			}
		}
		if (!sup && !rec && a && a_mk && (!b || b_mk) && dn != NONE && sv == NONE &&
		    bv == NONE && !s->forced_deal && !s->subj_def &&
		    (sg == NONE || (a->t0 > sg && !pronoun_subject(d, s, sg))))
			return ENT_OK; /* "The agreement for the Chinese submarine
					* stipulated a German-made engine": makers
					* only, no buyer (stop 64) */
		if (!rec && a && b && sv != NONE && bv == NONE && sg == NONE && dn == NONE &&
		    !KIN(d, sv, w_supply_noun) && b->t1 < sv && coordinated_pair(d, s, b) &&
		    b->t0 == a->t1 + 1 + (kis(d, a->t1 + 1, "the") ? 1 : 0) && !s->forced_deal)
			return ENT_OK; /* "Both A and B were ready to hand over their
					* planes": two givers, no pair */
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
		} else if (!b && s->subj_def && a && strcmp(s->subj_def->code, a->code) != 0 &&
			   !belief_clause_before(d, s, trig) &&
			   !(trig != NONE && a->t1 <= trig && !a->possessive &&
			     bv != NONE && bv == trig)) {
			/* "..., and placed an order with South Korea"; not "...,
			 * but Japan plans to buy hundreds of the missiles", whose
			 * buyer is its own subject (stop 61) */
			b = s->subj_def;
		}
		if (sup && !rec) {
			/* supplier known, recipient from the others; not the
			 * maker named on goods ("and other Israeli unmanned
			 * systems") */
			if (a && strcmp(a->code, sup->code) != 0 && !goods_maker_mention(d, s, a) &&
			    !in_sellers(a, sellers, nsellers))
				rec = a;
			else if (b && strcmp(b->code, sup->code) != 0 && !goods_maker_mention(d, s, b) &&
				 !in_sellers(b, sellers, nsellers))
				rec = b;
		} else if (rec && !sup) {
			/* "The Kuwait deal follows Oman's order of 12 jets": a
			 * state before a noun of another deal sells nothing in
			 * the order owned (stop 35) */
			if (a && on != NONE && a->t1 < on && !a->possessive &&
			    KIN(d, a->t1, w_deal_noun))
				a = NULL;
			if (a && other_clause_subject(d, s, a, rec))
				a = NULL; /* "A has been spending ... and Y has
					   * purchased radars" */
			/* "with their subsequent delivery to Ukraine": a state
			 * goods are given to sells nothing (stop 42) */
			if (a && given_to(d, s, a))
				a = NULL;
			if (b && given_to(d, s, b))
				b = NULL;
			/* "Russian minister X said that the delivery of U.S.
			 * weapons to Y": the sayer sells nothing (stop 47) */
			if (sayer_out && a && sv != NONE && a->t1 <= sv)
				a = NULL;
			if (sayer_out && b && sv != NONE && b->t1 <= sv)
				b = NULL;
			/* "The arms sale to Taiwan prompted (spurred) Beijing
			 * to act": a state moved to act sells nothing (stop 59) */
			if (a && caused_to(d, s, a))
				a = NULL;
			if (b && caused_to(d, s, b))
				b = NULL;
			if (a && strcmp(a->code, rec->code) != 0)
				sup = a;
			else if (b && strcmp(b->code, rec->code) != 0)
				sup = b;
			/* "other countries from which Baku buys weapons: Iran,
			 * Ukraine and Belarus": each of a list after the colon
			 * sells (stop 60) */
			if (sup && bv != NONE && sup->t0 > bv && nsellers == 0 && bv > s->t0 + 3 &&
			    kis(d, sup->t0 - 1, ":")) {
				size_t fw;
				for (fw = s->t0; fw + 1 < bv && !(kis(d, fw, "from") &&
								   kis(d, fw + 1, "which"));
				     fw++)
					;
				if (fw + 1 < bv)
					nsellers = seller_list(d, s, sup, sellers);
			}
		}
		/* "five jets to Peru and four to Chile, with deliveries ...":
		 * both receive, neither sells */
		if (sup && rec && !s->forced_deal && nsellers == 0 &&
		    (parallel_recipients(d, s, rec, sup) || parallel_recipients(d, s, sup, rec)))
			return ENT_OK;
		/* "The exports have been carried out to countries that include
		 * Bangladesh, Thailand, ...": a list of customers holds no
		 * seller (stop 65) */
		if (sup && rec && !s->forced_deal && sv != NONE && (bv == NONE || sv < bv) &&
		    in_customer_list(d, s, sup) && in_customer_list(d, s, rec))
			return ENT_OK;
		/* "US concerned over Iran, Turkey, UAE-supplied drones": the
		 * state concerned about goods "X-supplied" is none of their
		 * buyers (stop 35) */
		if (sv != NONE && sv > s->t0 + 1 && kis(d, sv - 1, "-")) {
			size_t cw = find_in(d, s->t0, sv, w_concern);
			if (cw != NONE && ((rec && rec->t1 <= cw) || (sup && sup->t1 <= cw)))
				return ENT_OK;
		}
		if (!rec && a && !b && (!sup || (sg != NONE && sv != NONE && sg < sv && sup == a)) &&
		    (sg != NONE || bv != NONE || dn != NONE) && !a_mk &&
		    !(bv != NONE && noun_opens_contrast(d, s, bv))) {
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
		/* "buying military equipment from France, Germany and
		 * Russia" with the buyer unnamed: no pair among the sellers */
		if (!rec && !maker && nsellers > 1 && !s->forced_deal)
			return ENT_OK;
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
			} else if (a && b && mk && strcmp(mk, a->code) && strcmp(mk, b->code) &&
				   both_after(d, s, a, b)) {
				/* "Ethiopia and Morocco had both requested purchases
				 * of the TB2 drones in agreements": each buys from
				 * the goods' maker, no pair */
				return both_buyers(d, s, a, b, mk);
			} else if (a && b && !mk && bv != NONE && b->t1 <= bv &&
				   both_after(d, s, a, b)) {
				/* "Ukraine and Poland also ordered armed drones":
				 * both buy, from a seller not named (stop 39) */
			} else if (a && b && sv != NONE && bv == NONE && b->t0 > sv &&
				   b->gz == GZ_DEMONYM && !b->name_on_goods && b->t1 < s->t1 &&
				   (weapon_starting_at(d, s, b->t1) || kis(d, b->t1, "-")) &&
				   goods_maker_mention(d, s, b)) {
				/* "Poland agreed to supply its Soviet-era T-72
				 * tanks": the maker on the goods a giver supplies
				 * buys nothing (stop 39) */
			} else if (a && b &&
				   !(sup == a && b->gz == GZ_FIRM && goods_maker_mention(d, s, b))) {
				/* not a giver with the firm named on the goods
				 * ("Taiwan donated two Bell UH-1H helicopters"), unlike
				 * a buyer ("Niger ordered the TAI Hurkus") */
				memcpy(pa, a->code, 12);
				memcpy(pb, b->code, 12);
			} else if (anaphor_states(d, s, ana) == 2) {
				if (co_buyers(d, s, ana[0], ana[1]))
					return ENT_OK; /* "a final deal with both
							* nations placing a joint
							* order": buyers of one
							* seller, no pair (stop 66) */
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

	if (sv != NONE && (bv == NONE || sv < bv) && export_banned(d, s, sv))
		return ENT_OK; /* "reversed a decades-long ban on arms exports":
				* a rule, no transfer (stop 58) */
	if (sv != NONE && (bv == NONE || sv < bv) && sv > s->t0 + 1 && kis(d, sv - 1, "to") &&
	    contest_verb(d, sv - 2))
		return ENT_OK; /* "US and French manufacturers had also competed
				* to supply warplanes to Y": bidders, no
				* transfer (stop 59) */
	if (sup && sv != NONE && sv > sup->t1 && sv > s->t0 + 3 &&
	    find_in(d, sv - 3, sv, w_over_for) != NONE && imposes_sanctions(d, s, sup))
		return ENT_OK; /* "X imposed new sanctions on Z over drone
				* transfers (to Y)": X judges, sells nothing
				* (stop 58) */
	if (sup && sv != NONE && sv > sup->t1 + 4 && involved_in_before(d, sv) &&
	    find_in(d, sup->t1, sv, w_sanction_n) != NONE)
		return ENT_OK; /* "X will take measures, including imposing
				* sanctions against Zn companies involved in the
				* arms sales to Y": X judges (stop 59) */
	if ((rec && civil_carrier(d, s, rec)) || (sup && civil_carrier(d, s, sup)))
		return ENT_OK; /* "Ethiopian Airlines ordered 20 Boeing jets",
				* "Cape Verde's airline leased planes": a
				* carrier's fleet, no arms (stop 59) */
	if (rec && rec->gz == GZ_DEMONYM && rec->t1 < s->t1) {
		/* "sells a few helicopters to Chinese companies": private
		 * buyers of a state are no state buying */
		static const char *w_private[] = {"companies", "firms", "businesses", "airlines",
						  "carriers", "clients", NULL};
		if (kin_local(d, rec->t1, w_private))
			return ENT_OK;
	}
	{
		/* the year of the stage the span ends at, else the first named */
		size_t at;
		int sy;
		ent_status st = status_at(d, s, &at);
		sy = stage_year(d, s, at);
		if (sy < 0 && st != ENT_STATUS_DELIVERED && (dn != NONE || sg != NONE))
			sy = unscheduled_year(d, s); /* "a deal to deliver jets from 2026" */
		year = sy >= 0 ? sy : year_in(d, s);
		if (!year)
			year = s->year_def;
	}
	mv = money_near(d, s, trig);
	if (mv && (shared_sum(d, s, mv, rec) || others_aid(d, s, mv, sup, rec, pa, pb)))
		mv = NULL;

	/* a transfer stated as done ("gifted", "delivered") is an event, a deal;
	 * "X supplies Y", "X's supplies to Y" without particulars is a tie */
	supply_only = sv != NONE && (bv == NONE || sv < bv) && !KIN(d, sv, w_delivered) &&
		      !supply_begun(d, s, sv) && !supply_planned(d, s, sv) &&
		      !mv && !s->value_def.present && !year && dn == NONE && sg == NONE &&
		      !s->forced_deal && !counted_sales(d, s, sv) && !reported_transfer(d, s, sv) &&
		      !gift_made(d, s, sv);

	/* "SIG Sauer announced a procurement contract with India's ministry
	 * to supply rifles", "India signed a contract with SIG Sauer to
	 * supply rifles": a firm is no buyer from a state in a contract
	 * whose noun of buying qualifies it, or whose verb of supply is an
	 * infinitive; the firm sells (stop 66) */
	if (sup && rec && rec->gz == GZ_FIRM && sup->gz != GZ_FIRM && !rec->possessive &&
	    ((bv != NONE && (sv == NONE || bv < sv) && bv + 1 < s->t1 &&
	      KIN(d, bv + 1, w_deal_noun)) ||
	     (sv != NONE && (bv == NONE || sv < bv) && sv > s->t0 && kis(d, sv - 1, "to") &&
	      rec->t1 < sv))) {
		const mention *x = sup;
		sup = rec;
		rec = x;
	}
	/* parties read off earlier candidates point into the array
	 * ent__cand_new may move: keep copies */
	mention sup_pin, rec_pin, lone_pin;
	ent_code sup_code, rec_code, mk_code, lone_code, disc_code;
	int lone_is_rec = lone_rec && lone_rec == rec;
	disc = pin_code(d, &disc_code, disc);
	rec = pin_mention(d, &rec_pin, &rec_code, rec);
	sup = pin_mention(d, &sup_pin, &sup_code, sup);
	lone_rec = lone_is_rec ? rec : pin_mention(d, &lone_pin, &lone_code, lone_rec);
	maker = pin_code(d, &mk_code, maker);
	if ((rc = ent__cand_new(d, supply_only ? ENT_FACT_SUPPLY : ENT_FACT_DEAL, s->unit, &c)))
		return rc;
	{
		span gs = *s;
		if (own_goods != NONE)
			narrow(d, &gs, own_goods, bv + 1);
		if ((rc = add_items(d, c, &gs, &designation, &quantity)))
			return rc;
	}
	c->further = further >= 0;
	c->adds = goods_added(d, s, bv);
	c->separate = separate_deal(d, s, dn) || told_as_earlier(d, s, trig);
	if (c->f.nitems == 0 && further >= 0) {
		/* the goods of the deal it adds to, without its numbers */
		if ((rc = add_goods_of(&c->f, &d->cands[further].f)))
			return rc;
	}
	if (c->f.nitems == 0 && lone_items) {
		span prev;
		span_of_unit(d, (size_t)d->lone_buyer_unit, &prev);
		if ((rc = add_items(d, c, &prev, NULL, NULL)))
			return rc;
	}
	size_t back = c->f.nitems == 0 ? refers_back(d, s) : NONE;
	if (c->f.nitems == 0 && (disc_items || prev_goods || back != NONE) && s->unit > 0) {
		/* "that hardware", "these weapons": the items of the sentence
		 * before, with the count of this one ("gifted Ukraine 49 such
		 * systems"), not of that one */
		span prev;
		const cand *dc = disc_items ? discourse_deal(d, c, pa, disc) : NULL;
		span_of_unit(d, (size_t)s->unit - 1, &prev);
		if ((rc = add_items(d, c, &prev, NULL, NULL)))
			return rc;
		if (dc && dc->unit != s->unit - 1 && c->f.nitems > 0) {
			/* "Hungary is purchasing the vehicles": the goods of the
			 * deal the text was speaking of, told before the unit
			 * before, not those the unit before names (stop 60) */
			cand_clear_items(c);
			if ((rc = add_goods_of(&c->f, &dc->f)))
				return rc;
		}
		if (back != NONE) {
			long n = back > s->t0 ? count_at(d, back - 1) : -1;
			for (k = 0; k < c->f.nitems; k++)
				c->f.items[k].quantity = c->f.nitems == 1 ? n : -1;
		}
	}
	/* "Norway has provided artillery and munitions to Ukraine", "were
	 * provided": goods "provided" (not "provides", "are provided") were
	 * handed over, as "supplied" (stop 52); with no goods named,
	 * "provided military supplies" stays a tie */
	int provided = supply_only && kis(d, sv, "provided") && c->f.nitems > 0 &&
		       !(sv > s->t0 && (kis(d, sv - 1, "is") || kis(d, sv - 1, "are")));
	if (supply_only && c->f.nitems > 0 && maker_picked_to(d, s, sv))
		provided = 1; /* "X selected (the French company) Thales to
			       * supply radars": a contract's maker (stop 58) */
	if (supply_only && (designation || quantity || provided)) {
		c->f.type = ENT_FACT_DEAL;
		supply_only = 0;
	}
	if (maker && rec) {
		c->maker_only = fo < 0 && further < 0 && !prev_goods;
		if (c->maker_only && sv != NONE && (bv == NONE || sv < bv) &&
		    (used = seller_of_same_design(d, c, rec->code, maker)) != NULL) {
			/* "Slovakia handed four MiG-29s to Ukraine. Another nine
			 * MiG-29s will be transferred to Ukraine": more of the
			 * goods a state named before gave the same buyer */
			maker = used;
			c->maker_only = 0;
		}
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, maker);
		ent_code_set(&c->f.recipient, rec->code);
		c->directed = 1;
	} else if (sup && rec) {
		const mention *co = co_maker(d, s, sup);
		if (bv != NONE && (sv == NONE || bv < sv) && payment_received(d, s, bv) && ngroup < 2) {
			/* "Russia has received the advance payment from India":
			 * the payee sells (stop 48) */
			const mention *x = sup;
			sup = rec;
			rec = x;
			co = NULL;
		} else if (sv != NONE && (bv == NONE || sv < bv) && ngroup < 2 &&
			   sup->t1 < sv && awaited_supply(d, s, sv) &&
			   !(rec->t0 > sv && kis(d, rec->t0 - 1, "to"))) {
			/* "Riga expects deliveries of its HIMARS to begin in
			 * 2027": who awaits the deliveries receives them */
			const mention *x = sup;
			sup = rec;
			rec = x;
			co = NULL;
		} else if (sv != NONE && (bv == NONE || sv < bv) && ngroup < 2 &&
			   sup->t1 <= sv && rec->t0 > sv && acceptance_sent(d, s, sv)) {
			const mention *x = sup; /* the sender of its acceptance buys */
			sup = rec;
			rec = x;
			co = NULL;
			accepted = 1;
		}
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup->code);
		if (co && strcmp(co->code, rec->code) != 0)
			ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, co->code);
		for (k = 1; k < ngroup; k++)
			if (strcmp(group[k]->code, rec->code) != 0)
				ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, group[k]->code);
		ent_fact_sort_codes(c->f.suppliers, c->f.nsuppliers);
		ent_code_set(&c->f.recipient, rec->code);
		c->directed = 1;
	} else if (pa[0] && contract_winner(d, s, sg, pa, pb)) {
		const char *w = contract_winner(d, s, sg, pa, pb);
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, w);
		ent_code_set(&c->f.recipient, w == pa ? pb : pa);
		c->directed = 1;
	} else if (pa[0] && (served = pair_served(d, s, pa, pb)) != NULL) {
		/* "for Indian naval warships": India buys of the pair */
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, strcmp(served, pa) ? pa : pb);
		ent_code_set(&c->f.recipient, served);
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
	/* "delivered ... between 2013 and 2016": the stage is of the period,
	 * whose years are no stage's, not of the dateline (stop 48) */
	dated = year != 0 || span_has_period(d, s);
	c->f.status = supply_only || habitual_verb(d, s, trig) ? ENT_STATUS_NONE : status_of(d, s);
	if (accepted && c->f.status > ENT_STATUS_SIGNED)
		c->f.status = ENT_STATUS_SIGNED; /* an acceptance sent signs */
	if (sg != NONE && c->f.status == ENT_STATUS_SIGNED && negated(d, s, sg))
		c->f.status = ENT_STATUS_REPORTED; /* "wants to buy ..., but no
						    * contract has been signed
						    * yet" (stop 59) */
	/* "The Philippine Air Force got a second radar from Japan": goods got
	 * from a state, in the past, were delivered (stop 66) */
	if (bv != NONE && (sv == NONE || bv < sv) && c->f.status == ENT_STATUS_REPORTED &&
	    kis(d, bv, "got") && !hedged(d, s, bv) && !negated(d, s, bv))
		c->f.status = ENT_STATUS_DELIVERED;
	/* "has equipped Tokyo with": a past verb of equipping delivered */
	if (equip != NONE && sv == equip && c->f.status == ENT_STATUS_REPORTED &&
	    d->t.v[sv].keylen > 2 && !strcmp(K(sv) + d->t.v[sv].keylen - 2, "ed") &&
	    !hedged(d, s, sv))
		c->f.status = ENT_STATUS_DELIVERED;
	c->part_of = also_includes(d, s, dn);
	c->told_deal = dn != NONE && dn == s->t0 + 1 && kis(d, s->t0, "the") && s->unit >= 0 &&
		       s->t0 == d->units[s->unit].t0 && !separate_deal(d, s, dn);
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
	/* "Russia reportedly (allegedly) provided Y with tanks": a transfer
	 * told as done but unconfirmed is reported (stop 51) */
	if (!supply_only && sv != NONE && sv > s->t0 && trig == sv &&
	    kin_local(d, sv - 1, w_unconfirmed) && c->f.status > ENT_STATUS_REPORTED)
		c->f.status = ENT_STATUS_REPORTED;
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
		if (g == NONE && c->directed && (sv != NONE || bv != NONE) &&
		    !stage_pending(d, s, trig)) {
			/* "received Russian military instructors and
			 * equipment": gear after a word of war (stop 66) */
			static const char *w_gear_n[] = {"equipment", "hardware", NULL};
			static const char *w_war_adj[] = {"military", "defence", "defense", NULL};
			size_t lim = gv + 7 < s->t1 ? gv + 7 : s->t1;
			size_t e = find_local(d, gv + 1, lim, w_gear_n);
			size_t q = e != NONE ? find_local(d, gv + 1, e, w_war_adj) : NONE;
			for (; q != NONE && q < e; q++)
				if (d->t.v[q].kind != TK_WORD || d->t.v[q].upper ||
				    kis(d, q, "to") || kis(d, q, "from"))
					break; /* words of one noun phrase only */
			if (q == e)
				g = e;
		}
		/* "Poland sent military aid (defence assistance) to Ukraine":
		 * aid of war sent is arms of no stated kind (stop 65) */
		if (g == NONE && c->directed && sv != NONE && (bv == NONE || sv < bv) &&
		    sent_verb(d, sv) && sv + 2 < s->t1 &&
		    (kis(d, sv + 2, "aid") || kis(d, sv + 2, "assistance")) &&
		    (kis(d, sv + 1, "military") || kis(d, sv + 1, "defence") ||
		     kis(d, sv + 1, "defense")))
			g = sv + 2;
		/* "Iran signed an arms (a weapons) deal with Russia": arms of
		 * no stated kind */
		if (g == NONE && !valued && dn != NONE && sv == NONE && bv == NONE &&
		    new_arms_deal(d, s, dn))
			g = dn - 1;
		if (g != NONE) {
			if ((rc = ent_fact_add_item(&c->f, ENT_CAT_OTHER, d->text + d->t.v[g].start,
						    d->t.v[g].end - d->t.v[g].start, NULL, -1)))
				return rc;
		} else if (!valued && !counted_sales(d, s, sv)) {
			c->dropped = 1;
		}
	}
	/* a supply tie is only stated by "X supplies ... to Y" itself; with
	 * the noun ("Russia's arms shipments"), Y follows it */
	if (supply_only && c->f.nitems == 0 && sv != NONE && rec && plain_object(d, s, sv, rec))
		c->dropped = 1; /* "Norway sold salmon to Chile": goods that
				 * are no arms (stop 59) */
	if (supply_only && (!c->directed || sv == NONE))
		c->dropped = 1;
	/* "dispatched troops (a delegation) to Y": no goods or money, no
	 * transfer */
	if (sv != NONE && c->f.nitems == 0 && !c->f.value.present && sent_verb(d, sv)) {
		/* "is sending (captured Western) weapons to Y": arms of no
		 * stated kind right after the verb are goods */
		size_t g = find_in(d, sv + 1, sv + 5 < s->t1 ? sv + 5 : s->t1, w_arms_generic);
		if (g != NONE && find_in(d, sv + 1, g, w_clause_and) == NONE)
			rc = ent_fact_add_item(&c->f, ENT_CAT_OTHER, d->text + d->t.v[g].start,
					       d->t.v[g].end - d->t.v[g].start, NULL, -1);
		else
			c->dropped = 1;
		if (rc)
			return rc;
	}
	/* "sent a letter to the Indian embassy, with the details of a BrahMos
	 * deal": what is sent is a message, no goods */
	if (sv != NONE && sent_verb(d, sv) &&
	    (sent_message(d, s, sv) || (c->f.nitems && trainees_sent(d, s, sv, &c->f))))
		c->dropped = 1;
	if (supply_only && sv != NONE && KIN(d, sv, w_supply_noun) && !(rec && rec->t0 > sv) &&
	    !supplier_owned(d, sv, rec))
		c->dropped = 1;
	if (sv != NONE && stock_used_up(d, s, sv))
		c->dropped = 1; /* "to exhaust Kyiv's supplies of air defenses" */
	if (c->dropped)
		return ENT_OK;
	if (c->f.type == ENT_FACT_DEAL && !c->anaphoric)
		d->last_deal = (int)(c - d->cands);
	if ((rc = emit(d, c, s, supply_only ? "supply.verb" : rule)))
		return rc;
	if (!supply_only && dn != NONE && c->f.type == ENT_FACT_DEAL &&
	    several_systems(d, dn, &c->f) && !plural_noun_elsewhere(d, dn, trig)) {
		/* "Warsaw signed multiple agreements with South Korea for K2
		 * tanks, K9 howitzers and FA-50 aircraft": a plural noun of
		 * deal over named systems is one deal each, their sum none's
		 * (stop 35) */
		size_t ci = (size_t)(c - d->cands), n = c->f.nitems, j;
		for (j = 1; j < n; j++) {
			cand *one;
			if ((rc = clone_parties(d, ci, s->unit, &one)))
				return rc;
			cand_keep_item(one, j);
			memset(&one->f.value, 0, sizeof one->f.value);
		}
		c = &d->cands[ci]; /* the array may have moved */
		cand_keep_item(c, 0);
		memset(&c->f.value, 0, sizeof c->f.value);
	}
	int yl[4];
	size_t nyl;
	if (!supply_only && c->f.type == ENT_FACT_DEAL && c->f.nitems == 1 &&
	    c->f.status >= ENT_STATUS_SIGNED && (nyl = year_list(d, s, yl, 4)) > 1 &&
	    c->f.items[0].quantity == (long)nyl) {
		/* "India has gifted the navy three patrol vessels in 2006,
		 * 2008 and 2019": as many goods as years, one a year, each a
		 * transfer of its own ("six OPVs in 2011 and 2013" stays one;
		 * stop 35) */
		size_t ci = (size_t)(c - d->cands), j;
		for (j = 1; j < nyl; j++) {
			cand *one;
			if ((rc = clone_parties(d, ci, s->unit, &one)))
				return rc;
			one->f.year = yl[j];
			memset(&one->f.value, 0, sizeof one->f.value);
			one->f.items[0].quantity = 1;
		}
		c = &d->cands[ci]; /* the array may have moved */
		c->f.year = yl[0];
		memset(&c->f.value, 0, sizeof c->f.value);
		c->f.items[0].quantity = 1;
	}
	const char *dcode[8];
	int dyear[8];
	size_t ndy;
	if (!supply_only && c->f.type == ENT_FACT_DEAL && c->directed && rec &&
	    c->f.status >= ENT_STATUS_SIGNED &&
	    (ndy = dest_year_list(d, s, rec, dcode, dyear, 8)) > 1) {
		/* "has gifted patrol vessels to A in 2005 and 2014, to B in
		 * 2016 and to C in 2019": a transfer to each state in each
		 * year (stop 61) */
		size_t ci = (size_t)(c - d->cands), j;
		for (j = 1; j < ndy; j++) {
			cand *one;
			if ((rc = clone_parties(d, ci, s->unit, &one)))
				return rc;
			ent_code_set(&one->f.recipient, dcode[j]);
			one->f.year = dyear[j];
			memset(&one->f.value, 0, sizeof one->f.value);
		}
		c = &d->cands[ci]; /* the array may have moved */
		ent_code_set(&c->f.recipient, dcode[0]);
		c->f.year = dyear[0];
		memset(&c->f.value, 0, sizeof c->f.value);
	}
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
	} else if (!supply_only && c->directed && nsellers && designation && sup && rec &&
		   ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, sup->code)) {
		/* "received Leopard 1 tanks from Germany and Denmark": a system
		 * from several states is one transfer they make together */
		for (k = 0; k < nsellers; k++)
			if (strcmp(sellers[k]->code, rec->code) != 0)
				ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers,
						  sellers[k]->code);
	}
	if (c->directed && rec && sv != NONE && (bv == NONE || sv < bv) && rec->t0 > sv &&
	    !strcmp(c->f.recipient.s, rec->code)) {
		/* "exported howitzers to Turkey, Poland and Norway": one
		 * transfer to each state of the list */
		const mention *more[ENT_FACT_MAX_ACTORS];
		/* a noun's list may close its subject: "Supplies of Yn
		 * weapons to A and B form a balance" */
		size_t nmore = recipient_list(d, s, rec, more, ENT_FACT_MAX_ACTORS,
					      KIN(d, sv, w_supply_noun) && sv < rec->t0 &&
						      find_in(d, s->t0, sv, w_clause_mark) == NONE),
		       ci;
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
	if (!supply_only && c->directed && c->f.recipient.s[0] &&
	    ((bv != NONE && bv == spv) ||
	     (sv != NONE && (bv == NONE || sv < bv) && weapon_mentions(d, s) >= 2))) {
		/* "spent $12 billion on A, $10 billion on B", and after a sale
		 * "$4.69bn worth of equipment for tanks, along with $630m in
		 * Hellfire missiles and $30m in munitions" (stop 37): one deal
		 * per sum; each sum's goods name their own seller */
		size_t ci = (size_t)(c - d->cands), before = d->ncands;
		if ((rc = split_by_sum(d, c, s, bv != NONE && bv == spv ? spv : sv)))
			return rc;
		c = &d->cands[ci];
		if (d->ncands > before)
			return ENT_OK;
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
		if ((rc = split_by_owner(d, c, s, (sup != NULL && !maker) || fo >= 0)))
			return rc;
		c = &d->cands[ci];
	}
	/* "Turkish-Pakistani supplies to Y": a supply tie for each supplier;
	 * so for "the role of A, B and C in supplying Y with ..." (not "X
	 * joined Z in supplying": stop 62) */
	while (supply_only && c->f.nsuppliers > 1 &&
	       (KIN(d, sv, w_supply_noun) ||
		(sv > s->t0 && kis(d, sv - 1, "in") && ends_ing(K(sv)) &&
		 find_local(d, s->t0, sv, w_joined_v) == NONE))) {
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

/* "X expects (awaits, anticipates) (the first) deliveries of ...": a noun
 * of supply at sv right after a verb of awaiting, a determiner or "first"
 * between (stop 62). */
static int awaited_supply(const dctx *d, const span *s, size_t sv)
{
	static const char *w_await_v[] = {"expects", "expect", "expected", "awaits", "await",
					  "awaited", "awaiting", "anticipates", "anticipated",
					  "expecting", NULL};
	size_t j = sv;
	if (!KIN(d, sv, w_supply_noun))
		return 0;
	while (j > s->t0 + 1 && j + 3 > sv &&
	       (KIN(d, j - 1, w_det) || kis(d, j - 1, "first") || kis(d, j - 1, "further")))
		j--;
	return j > s->t0 + 1 && kin_local(d, j - 1, w_await_v) && !KIN(d, j - 2, w_be);
}

/* Is the noun of buying at bv the name of a body that buys, not a purchase:
 * "a state arms procurement agency", "the Defense Acquisition Program
 * Administration", "The Capability Acquisition and Sustainment Group"
 * (a capitalised word inside a name, outside a headline; stop 62)? */
static int buying_body(const dctx *d, const span *s, size_t bv)
{
	static const char *w_body_n[] = {"agency", "agencies", "administration", "office",
					 "department", "directorate", "bureau", "authority",
					 "board", "chief", "chiefs", "official", "officials", NULL};
	size_t u0;
	if (bv + 1 < s->t1 && kin_local(d, bv + 1, w_body_n))
		return 1;
	if (!d->t.v[bv].upper || s->unit < 0 || d->units[s->unit].kind == UK_HEADING)
		return 0;
	u0 = d->units[s->unit].t0;
	return bv > u0 && d->t.v[bv - 1].kind == TK_WORD && d->t.v[bv - 1].upper &&
	       !KIN(d, bv - 1, w_det) && bv + 1 < s->t1 && d->t.v[bv + 1].kind == TK_WORD &&
	       (d->t.v[bv + 1].upper || kis(d, bv + 1, "and"));
}

/* Is m inside a relative clause on a person or a body, ", who (whose)
 * ... ,", that closes before the trigger at trig (stop 62)? */
static int who_clause_before(const dctx *d, const span *s, const mention *m, size_t trig)
{
	size_t j, c;
	if (m->t1 >= trig)
		return 0;
	for (j = m->t0; j > s->t0 + 1 && m->t0 - j < 16; j--) {
		if (kis(d, j - 1, ",") || kis(d, j - 1, ";"))
			return 0;
		if ((kis(d, j - 1, "who") || kis(d, j - 1, "whose")) && kis(d, j - 2, ","))
			break;
	}
	if (j <= s->t0 + 1 || m->t0 - j >= 16)
		return 0;
	for (c = m->t1; c < trig && !kis(d, c, ","); c++)
		;
	return c < trig;
}

/* ---- clauses a deal does not reach (test_extract_deal_clauses.c) ---------- */

/* "such as X", "as well as X", "known as X": no clause */
static const char *w_as_not[] = {"such", "well", "known", "same", "regarded", "seen",
				 "described", NULL};

/* What a word that may open another clause's phrase is (open_word). */
enum {
	OW_NONE = 0,
	OW_SUB = 1,     /* a conjunction of subordination: "before", "while", "as" */
	OW_VERB = 2,    /* what a purchase is made "to" do: "counter", "match", "rival" */
	OW_NOUN = 4,    /* a noun of an answer: "in response to", "as an answer to" */
	OW_AMID = 8,    /* "amid X's" */
	OW_LIKE = 16,   /* "like X's", "unlike X's", ", like X," */
	OW_ALIKE = 32   /* "similar to X's", "comparable to X's" */
};

/* "sales to rival Azerbaijan": "rival" before a bare state name is an
 * adjective, not a purpose ("to rival India's jets", "to rival Indian
 * power"). */
static int rival_adjective(const dctx *d, const span *s, size_t i)
{
	const mention *m;
	size_t e = 0;
	return kis(d, i, "rival") && (m = named_state(d, s, i + 1, &e)) != NULL &&
	       !m->possessive && m->gz != GZ_DEMONYM;
}

/* The kinds (OW_*) of the word at token i, by its first letter and then
 * whole keys (no list look-up: it is asked for the few tokens before each
 * mention of a deal's sentence). */
static int open_word(const dctx *d, size_t i)
{
	const tok *t = &d->t.v[i];
	if (t->kind != TK_WORD || t->keylen < 2 || t->keylen > 14)
		return OW_NONE;
	switch (K(i)[0]) {
	case 'a':
		if (kis(d, i, "after") || kis(d, i, "as") || kis(d, i, "although"))
			return OW_SUB;
		if (kis(d, i, "amid") || kis(d, i, "amidst"))
			return OW_AMID;
		if (kis(d, i, "answer"))
			return OW_NOUN;
		return kis(d, i, "akin") ? OW_ALIKE : OW_NONE;
	case 'b':
		if (kis(d, i, "before") || kis(d, i, "because"))
			return OW_SUB;
		return kis(d, i, "balance") ? OW_VERB : OW_NONE;
	case 'c':
		if (kis(d, i, "counter") || kis(d, i, "counterbalance"))
			return OW_VERB | OW_NOUN;
		if (kis(d, i, "confront"))
			return OW_VERB;
		if (kis(d, i, "counterweight"))
			return OW_NOUN;
		return kis(d, i, "comparable") ? OW_ALIKE : OW_NONE;
	case 'd':
		return kis(d, i, "deter") ? OW_VERB : OW_NONE;
	case 'i':
		return kis(d, i, "identical") ? OW_ALIKE : OW_NONE;
	case 'l':
		return kis(d, i, "like") ? OW_LIKE : OW_NONE;
	case 'm':
		return kis(d, i, "match") ? OW_VERB : OW_NONE;
	case 'n':
		return kis(d, i, "neutralise") || kis(d, i, "neutralize") ? OW_VERB : OW_NONE;
	case 'o':
		if (kis(d, i, "once"))
			return OW_SUB;
		return kis(d, i, "offset") || kis(d, i, "outmatch") || kis(d, i, "outgun") ? OW_VERB
											    : OW_NONE;
	case 'r':
		if (kis(d, i, "rival"))
			return OW_VERB;
		return kis(d, i, "response") || kis(d, i, "reply") || kis(d, i, "riposte") ||
				       kis(d, i, "reaction") || kis(d, i, "retaliation")
			       ? OW_NOUN
			       : OW_NONE;
	case 's':
		if (kis(d, i, "since"))
			return OW_SUB;
		return kis(d, i, "similar") ? OW_ALIKE : OW_NONE;
	case 't':
		return kis(d, i, "till") || kis(d, i, "though") ? OW_SUB : OW_NONE;
	case 'u':
		if (kis(d, i, "until"))
			return OW_SUB;
		return kis(d, i, "unlike") ? OW_LIKE : OW_NONE;
	case 'w':
		return kis(d, i, "while") || kis(d, i, "whilst") || kis(d, i, "when") ||
				       kis(d, i, "whereas")
			       ? OW_SUB
			       : OW_NONE;
	default:
		return OW_NONE;
	}
}

/* Is token i a finite verb: a form of "be" or an auxiliary, a word in -ed
 * or a common irregular past ("launched", "was", "had", "began")?  After
 * a plain name (plain) a word in -s is one too ("while Egypt mediates"),
 * where a plural noun cannot stand. */
static int finite_verb(const dctx *d, const span *s, size_t i, int plain)
{
	static const char *w_aux[] = {"has", "have", "had", "did", "does", "do", "will", "would",
				      "could", "can", "may", "might", "must", "should", "shall",
				      NULL};
	static const char *w_past[] = {"began", "came", "went", "took", "made", "said", "sent",
				       "won", "lost", "fought", "struck", "broke", "led", "held",
				       "left", "became", "gave", "got", "saw", "ran", "rose", "fell",
				       "met", "withdrew", "retook", "overran", "stood", "kept", "set",
				       "put", "cut", "shut", "froze", "sought", "spoke", "told",
				       "wrote", "built", "sold", "bought", "hit", "shot", "drew",
				       "chose", "threw", "grew", "knew", "drove", "thought", "brought",
				       "sank", NULL};
	const tok *t;
	const char *k;
	if (i >= s->t1)
		return 0;
	t = &d->t.v[i];
	if (t->kind != TK_WORD || t->upper || t->keylen < 2)
		return 0;
	k = K(i);
	if (KIN(d, i, w_be))
		return !kis(d, i, "be") && !kis(d, i, "been") && !kis(d, i, "being");
	if (t->keylen > 3 && k[t->keylen - 2] == 'e' && k[t->keylen - 1] == 'd')
		return 1;
	if (plain && t->keylen > 3 && k[t->keylen - 1] == 's' && !strchr("siu", k[t->keylen - 2]))
		return 1;
	return kin_local(d, i, w_aux) || kin_local(d, i, w_past);
}

/* "before Azerbaijan launched its offensive", "while the US was
 * mediating", "after Russian forces invaded": the conjunction at c has a
 * state for subject (two joined by "and"), or a possessive or demonym with
 * up to three words of its noun, then a finite verb, adverbs between; the
 * verb's token, or NONE. */
static size_t subordinate_verb(const dctx *d, const span *s, size_t c, const mention **subj)
{
	static const char *w_adv[] = {"also", "already", "still", "then", "first", "again",
				      "later", "itself", "too", "reportedly", NULL};
	size_t i = c + 1, n;
	const mention *m;
	int plain;
	if (i < s->t1 && kis(d, i, "the"))
		i++;
	m = mention_at(d, s, i);
	if (!m || !ent__is_state_mention(m))
		return NONE;
	plain = !m->possessive && m->gz != GZ_DEMONYM;
	*subj = m;
	i = m->t1 + (m->possessive ? 1 : 0);
	while (plain && i + 1 < s->t1 && kis(d, i, "and")) {
		const mention *o = mention_at(d, s, kis(d, i + 1, "the") ? i + 2 : i + 1);
		if (!o || !ent__is_state_mention(o) || o->possessive)
			return NONE;
		i = o->t1;
	}
	for (n = 0; !plain && n < 3 && i < s->t1 && d->t.v[i].kind == TK_WORD &&
		    !d->t.v[i].upper && !finite_verb(d, s, i, 0) && !kin(d, i, w_party_prep);
	     n++, i++)
		;
	if (!plain && n == 0)
		return NONE;
	while (i < s->t1 && (ly_adverb(d, i) || kin_local(d, i, w_adv)))
		i++;
	return finite_verb(d, s, i, plain) ? i : NONE;
}

/* Does a state's name (no possessive, demonym or firm) end right before
 * token t? */
static int state_ends_at(const dctx *d, const span *s, size_t t)
{
	const mention *m = actor_before(d, s, t, 0, 1);
	return m && m->t1 == t && !m->possessive && m->gz != GZ_FIRM;
}

/* Is a possessive state the first thing after token i, over "the" ("amid
 * Pakistan's purchase", "like the UAE's jets")? */
static int possessive_after(const dctx *d, const span *s, size_t i)
{
	const mention *m;
	if (i < s->t1 && kis(d, i, "the"))
		i++;
	m = mention_at(d, s, i);
	return m && m->possessive && ent__is_state_mention(m);
}

/* Does [a, b) name a state that the rest of span s does not name ("while
 * Egypt was mediating" after a transfer to Sudan; not "after Kyiv asked"
 * after a transfer to Ukraine)? */
static int foreign_state_in(const dctx *d, const span *s, size_t a, size_t b)
{
	size_t k, j;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 < a || m->t1 > b || !ent__is_state_mention(m))
			continue;
		for (j = s->m0; j < s->m1; j++) {
			const mention *o = M(d, j);
			if ((o->t1 <= a || o->t0 >= b) && ent__is_state_mention(o) &&
			    strcmp(o->code, m->code) == 0)
				break;
		}
		if (j == s->m1)
			return 1;
	}
	return 0;
}

/* Is the first mention after token v, within three tokens, a state or
 * goods ("to counter India's jets", "in response to the US sale"; not "to
 * balance its relations with ...")? */
static int names_after(const dctx *d, const span *s, size_t v)
{
	size_t k;
	for (k = s->m0; k < s->m1 && M(d, k)->t0 <= v; k++)
		;
	return k < s->m1 && M(d, k)->t0 <= v + 3 &&
	       (ent__is_state_mention(M(d, k)) || M(d, k)->gz == GZ_WEAPON);
}

/* The end of a phrase of purpose or answer opened before token v: the
 * first ",", ";" or ":" after v, or "and/but" with a verb after it ("to
 * counter X's jets and signed ..."), else the end of the span. */
static size_t phrase_end(const dctx *d, const span *s, size_t v)
{
	size_t e;
	for (e = v + 1; e < s->t1; e++) {
		if (kis(d, e, ",") || kis(d, e, ";") || kis(d, e, ":"))
			break;
		if ((kis(d, e, "and") || kis(d, e, "but")) && finite_verb(d, s, e + 1, 0))
			break;
	}
	return e;
}

/* Does a gerund that is no verb of transfer or dealing follow the
 * conjunction at token g - 1, with up to three words between it and the
 * state at token m ("after rejecting a French offer", "before visiting
 * Turkey"; not "after receiving drones from Turkey", a transfer of its
 * own)? */
static int gerund_opening(const dctx *d, const span *s, size_t g, size_t m)
{
	const uint64_t deal_bits = (uint64_t)1 << LB_w_supply_verb | (uint64_t)1 << LB_w_buy_verb |
				   (uint64_t)1 << LB_w_deal_noun | (uint64_t)1 << LB_w_signed |
				   (uint64_t)1 << LB_w_delivered | (uint64_t)1 << LB_w_ordered;
	const tok *t;
	if (g >= m || m > g + 4 || g >= s->t1)
		return 0;
	t = &d->t.v[g];
	if (t->kind != TK_WORD || t->upper || !ends_ing(K(g)))
		return 0;
	return !(d->tmask && (d->tmask[g] & deal_bits));
}

enum { CL_SUB = 1, CL_ANSWER, CL_REL };

/* "Against the backdrop of tensions with neighbouring Turkey, Greece
 * ordered ... from France", "Amid a row with X, Y bought ...", "Despite
 * objections from X, ...", "In the face of threats from X, ...": an
 * opening phrase of setting, up to its comma, that names a state and no
 * deal of its own, while a state follows the comma.  The comma's token,
 * or NONE. */
static size_t setting_opening(const dctx *d, const span *s)
{
	const uint64_t deal_bits = (uint64_t)1 << LB_w_supply_verb | (uint64_t)1 << LB_w_buy_verb |
				   (uint64_t)1 << LB_w_deal_noun | (uint64_t)1 << LB_w_signed |
				   (uint64_t)1 << LB_w_delivered | (uint64_t)1 << LB_w_ordered;
	size_t i = s->t0, c, k;
	int before = 0, after = 0;
	if (i + 4 >= s->t1)
		return NONE;
	if (kis(d, i, "against") && kis(d, i + 1, "the") &&
	    (kis(d, i + 2, "backdrop") || kis(d, i + 2, "background")))
		;
	else if (kis(d, i, "in") && kis(d, i + 1, "the") && kis(d, i + 2, "face"))
		;
	else if (!(kis(d, i, "amid") || kis(d, i, "amidst") || kis(d, i, "despite")))
		return NONE;
	for (c = i + 1; c < s->t1 && c < i + 24 && !kis(d, c, ","); c++)
		if (kis(d, c, ";") || kis(d, c, ":") || (d->tmask && (d->tmask[c] & deal_bits)))
			return NONE;
	if (c >= s->t1 || !kis(d, c, ","))
		return NONE;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m))
			continue;
		if (m->t1 <= c)
			before = 1;
		else if (m->t0 > c)
			after = 1;
	}
	return before && after ? c : NONE;
}

/* "After failing to sell the Rafale abroad for years, France won a
 * contract ...", "Despite trying to buy jets from X, Y ...": an opening
 * phrase of an attempt that failed or was only made, up to its comma,
 * while a state and a word of dealing follow the comma; what it tells is
 * no deal (stop 35).  The comma's token, or NONE. */
static size_t attempt_opening(const dctx *d, const span *s)
{
	static const char *w_try_ing[] = {"failing", "trying", "attempting", "struggling",
					  "seeking", "hoping", NULL};
	const uint64_t deal_bits = (uint64_t)1 << LB_w_supply_verb | (uint64_t)1 << LB_w_buy_verb |
				   (uint64_t)1 << LB_w_deal_noun | (uint64_t)1 << LB_w_signed;
	size_t i = s->t0, c, k;
	if (i + 5 >= s->t1 ||
	    !(kis(d, i, "after") || kis(d, i, "despite") || kis(d, i, "before")) ||
	    !kin_local(d, i + 1, w_try_ing) || !kis(d, i + 2, "to"))
		return NONE;
	for (c = i + 3; c < s->t1 && c < i + 24 && !kis(d, c, ","); c++)
		if (kis(d, c, ";") || kis(d, c, ":"))
			return NONE;
	if (c >= s->t1 || !kis(d, c, ","))
		return NONE;
	for (k = s->m0; k < s->m1; k++) /* a state of the attempt's own */
		if (ent__is_state_mention(M(d, k)) && M(d, k)->t0 < c)
			return NONE;
	for (k = c + 1; d->tmask && k < s->t1 && !(d->tmask[k] & deal_bits); k++)
		;
	return k < s->t1 ? c : NONE;
}

/* The first phrase of span s from token `from` that is another clause than
 * the one a deal of the span is told in (test_extract_deal_clauses.c):
 * - a subordinate clause with a subject of its own ("before Azerbaijan
 *   launched its offensive", up to the next comma) that names a state the
 *   rest of the span does not;
 * - a phrase of purpose or answer on another's arms, a state or goods
 *   within three words ("to counter/match/rival X's ...", "in response
 *   to", "as an answer/a counter to", "amid X's", "like/similar to X's",
 *   "A, like B, bought"), up to the next comma;
 * - a relative clause (", which/who/whose ... ,") right after a state's
 *   name, with a verb after it, that names a state the rest does not.
 * Its kind (CL_*), with [*h0, *h1) the tokens it takes (a comma that
 * closes it included), *e the end of its own words, *verb the verb of a
 * subordinate clause and *head the subject of a subordinate clause or, for
 * a relative one, the state it is about; 0 when none. */
static int other_clause(const dctx *d, const span *s, size_t from, size_t *h0, size_t *h1,
			size_t *e, size_t *verb, const mention **head)
{
	size_t i, k, v;
	if (d->tmask) {
		/* a span with no word of transfer or deal has no deal a phrase
		 * could reach into (deal_trigger) */
		const uint64_t bits = (uint64_t)1 << LB_w_supply_verb | (uint64_t)1 << LB_w_buy_verb |
				      (uint64_t)1 << LB_w_deal_noun | (uint64_t)1 << LB_w_signed;
		for (i = s->t0; i < s->t1 && !(d->tmask[i] & bits); i++)
			;
		if (i == s->t1)
			return 0;
	}
	if (from <= s->t0 &&
	    ((i = setting_opening(d, s)) != NONE || (i = attempt_opening(d, s)) != NONE)) {
		*head = NULL;
		*h0 = s->t0;
		*e = i;
		*h1 = i + 1;
		return CL_ANSWER;
	}
	/* every phrase names a state or goods within a few words of the
	 * word that opens it: look before each such mention */
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		int st = ent__is_state_mention(m);
		if (!st && m->gz != GZ_WEAPON)
			continue;
		for (i = m->t0 > from + 4 ? m->t0 - 4 : from; i < m->t0; i++) {
			int ow = open_word(d, i), kind = 0;
			if (!ow)
				continue;
			*head = NULL;
			v = i;
			if ((ow & OW_SUB) && st &&
			    (i + 1 == m->t0 || (i + 2 == m->t0 && kis(d, i + 1, "the"))) &&
			    !(kis(d, i, "as") && i > s->t0 && kin_local(d, i - 1, w_as_not)) &&
			    (v = subordinate_verb(d, s, i, head)) != NONE) {
				kind = CL_SUB;
				*h0 = i;
			} else if ((ow & OW_VERB) && i > s->t0 && kis(d, i - 1, "to") &&
				   names_after(d, s, i) && !rival_adjective(d, s, i)) {
				kind = CL_ANSWER; /* "to counter India's jets" */
				*h0 = i - 1;
				v = i;
			} else if ((ow & OW_NOUN) && i > s->t0 && i + 1 < s->t1 &&
				   (kis(d, i + 1, "to") || kis(d, i + 1, "for")) &&
				   (kis(d, i - 1, "in") || KIN(d, i - 1, w_det)) &&
				   names_after(d, s, i + 1)) {
				/* "in response to", "(as) an answer to" */
				kind = CL_ANSWER;
				*h0 = i - 1;
				if (KIN(d, i - 1, w_det) && i - 1 > s->t0 && kis(d, i - 2, "as"))
					*h0 = i - 2;
				v = i + 1;
			} else if ((ow & (OW_AMID | OW_LIKE)) && possessive_after(d, s, i + 1)) {
				kind = CL_ANSWER; /* "amid Pakistan's purchase of J-10 jets" */
				*h0 = i;
			} else if ((ow & OW_LIKE) && i > s->t0 + 1 && kis(d, i - 1, ",") &&
				   state_ends_at(d, s, i - 1) &&
				   state_ends_at(d, s, kis(d, i + 1, "the") ? i + 3 : i + 2)) {
				kind = CL_ANSWER; /* "Saudi Arabia, like the UAE, bought" */
				*h0 = i;
			} else if ((ow & OW_ALIKE) && i + 1 < s->t1 && kis(d, i + 1, "to") &&
				   possessive_after(d, s, i + 2)) {
				kind = CL_ANSWER; /* "similar to Brazil's jets" */
				*h0 = i;
				v = i + 1;
			} else if ((ow & OW_SUB) && st && (i == s->t0 || kis(d, i - 1, ",")) &&
				   gerund_opening(d, s, i + 1, m->t0)) {
				/* "After rejecting a French offer, the Philippine
				 * Army ordered ...": an opening phrase with no
				 * subject of its own, up to its comma */
				kind = CL_ANSWER;
				*h0 = i;
				v = i + 1;
			}
			if (!kind)
				continue;
			if (kind == CL_SUB) {
				for (*e = v + 1; *e < s->t1 && !kis(d, *e, ",") && !kis(d, *e, ";") &&
						 !kis(d, *e, ":");
				     (*e)++)
					;
				/* "as India prepares to finalize two agreements
				 * with France, which include the acquisition of":
				 * a relative clause after the comma is the
				 * clause's own (stop 51) */
				while (*e + 1 < s->t1 && kis(d, *e, ",") &&
				       (kis(d, *e + 1, "which") || kis(d, *e + 1, "who")))
					for ((*e)++; *e < s->t1 && !kis(d, *e, ",") &&
						     !kis(d, *e, ";") && !kis(d, *e, ":");
					     (*e)++)
						;
				if (!foreign_state_in(d, s, i, *e))
					continue; /* "after Kyiv asked": a party of the deal */
				*verb = v;
			} else {
				*e = phrase_end(d, s, v);
			}
			*h1 = *e < s->t1 && kis(d, *e, ",") ? *e + 1 : *e;
			return kind;
		}
		if (st && m->t1 + 2 < s->t1 && m->t0 >= from && kis(d, m->t1, ",") &&
		    (kis(d, m->t1 + 1, "which") || kis(d, m->t1 + 1, "who") ||
		     kis(d, m->t1 + 1, "whose")) &&
		    !m->possessive && m->gz != GZ_FIRM && m->gz != GZ_DEMONYM) {
			/* "Morocco, which already operates US-made F-16s, is now
			 * buying ...": a relative clause between the subject and
			 * its verb */
			size_t c, a;
			i = m->t1 + 1;
			for (c = i + 1; c < s->t1 && c < i + 30 && !kis(d, c, ","); c++)
				if (kis(d, c, ";") || kis(d, c, ":"))
					break;
			if (c >= s->t1 || !kis(d, c, ","))
				continue;
			for (a = c + 1; a < s->t1 && (ly_adverb(d, a) || kis(d, a, "now") ||
						      kis(d, a, "also") || kis(d, a, "still"));
			     a++)
				;
			if (a >= s->t1 || (!finite_verb(d, s, a, 1) && !KIN(d, a, w_buy_verb) &&
					   !KIN(d, a, w_supply_verb) && !KIN(d, a, w_sign)))
				continue;
			if (!foreign_state_in(d, s, i, c))
				continue;
			*h0 = i - 1;
			*e = c;
			*h1 = c + 1;
			*head = m;
			return CL_REL;
		}
	}
	return 0;
}

/* Read a sentence of second_object: the first part as a sentence, then
 * each deal it gave in the first year again with the second part's goods
 * (the first's for "N more") and year, no value. */
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
			const char *own;
			cand_clear_items(two);
			if ((rc = add_items(d, two, &b, NULL, NULL)))
				return rc;
			/* "two Mi-35s from Russia in 2005 and then the Super
			 * Tucanos in 2011": goods of another maker are that
			 * maker's (stop 34) */
			own = first_item_owner(d, &b);
			if (own && strcmp(own, two->f.recipient.s) != 0) {
				two->f.nsuppliers = 0;
				ent_fact_add_code(two->f.suppliers, &two->f.nsuppliers, own);
			}
		}
		memset(&two->f.value, 0, sizeof two->f.value);
		two->f.year = y2;
	}
	return ENT_OK;
}

/* Is the verb at v, over auxiliaries ("was buying", "had sold"), one of
 * transfer or signing ("before Russia bought drones from Iran"; not "while
 * the US was reviewing its sale")? */
static int transfer_verb_at(const dctx *d, const span *s, size_t v)
{
	static const char *w_aux[] = {"has", "have", "had", "will", "would", "also", "then",
				      NULL};
	static const char *w_told[] = {"announced", "announces", "confirmed", "confirms",
				       "revealed", "reveals", NULL};
	static const char *w_pron[] = {"it", "they", "he", "she", NULL};
	/* "a day after the UAE said (that) it would buy ...": the verb
	 * reported is the clause's */
	if (v + 2 < s->t1 && (KIN(d, v, w_speech_verb) || kin_local(d, v, w_told))) {
		size_t r = v + 1 + kis(d, v + 1, "that");
		if (r < s->t1 && kin_local(d, r, w_pron))
			v = r + 1;
	}
	while (v < s->t1 && (KIN(d, v, w_be) || kin_local(d, v, w_aux)))
		v++;
	return v < s->t1 && !KIN(d, v, w_supply_noun) &&
	       (KIN(d, v, w_supply_verb) || KIN(d, v, w_buy_verb) || KIN(d, v, w_sign));
}

/* The first year mention of span s, 0 when none. */
static int first_year(const dctx *d, const span *s)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_YEAR)
			return M(d, k)->year;
	return 0;
}

static int deals_from(dctx *d, const span *s, size_t open_from);

/* "plans to bid ... with its Redback IFVs that won a 3.2 trillion won arms
 * deal with Australia in December": goods with a maker (weapons.tsv) after
 * other words, then "that/which", a verb of winning and, before the span's
 * end with no comma, a deal noun and "with" a state: the index of "that",
 * *g0 the goods' first token; NONE when there is none. */
static size_t won_relative(const dctx *d, const span *s, size_t *g0)
{
	static const char *w_won[] = {"won", "secured", "clinched", "bagged", "landed", NULL};
	size_t k, j;
	for (k = s->m0; k < s->m1; k++) {
		const mention *w = M(d, k);
		size_t th = w->t1;
		if (w->kind != MK_ACTOR || w->gz != GZ_WEAPON || !w->canon || !w->code ||
		    !w->code[0] || w->t0 < s->t0 + 3)
			continue;
		if (th < s->t1 && k + 1 < s->m1 && M(d, k + 1)->t0 == th &&
		    M(d, k + 1)->gz == GZ_WEAPON)
			th = M(d, k + 1)->t1; /* "Redback IFVs" */
		/* over a plain noun or two: "Boxer vehicles" */
		for (j = 0; j < 2 && th + 1 < s->t1 && d->t.v[th].kind == TK_WORD &&
			    !d->t.v[th].upper && !kis(d, th, "that") && !kis(d, th, "which");
		     j++)
			th++;
		if (th + 3 >= s->t1 || !(kis(d, th, "that") || kis(d, th, "which")) ||
		    !kin_local(d, th + 1, w_won))
			continue;
		for (j = th + 2; j + 1 < s->t1 && j < th + 12; j++) {
			if (kis(d, j, ",") || kis(d, j, ";"))
				break;
			if (KIN(d, j, w_deal_noun) && kis(d, j + 1, "with") &&
			    actor_after(d, s, j + 2, 1, 1)) {
				*g0 = w->t0;
				return th;
			}
		}
	}
	return NONE;
}

/* "The (proposed) deal comes as ...": a clause that only names a deal
 * told before, with no name, sum, year or goods, tells no transfer of its
 * own (stop 43). */
static int bare_deal_clause(const dctx *d, const span *a)
{
	size_t i = a->t0;
	if (a->m0 < a->m1 || i >= a->t1 || !(kis(d, i, "the") || kis(d, i, "this") ||
					       kis(d, i, "that")))
		return 0;
	for (i++; i < a->t1 && i < a->t0 + 4 && d->t.v[i].kind == TK_WORD; i++)
		if (KIN(d, i, w_deal_noun))
			return i + 3 >= a->t1;
	return 0;
}

/* Read span s around the phrase [h0, h1) of another clause (other_clause,
 * kind): the deal of the clause from the words before and after it, the
 * part after it taking the subject and year of the part before; a
 * subordinate or relative clause with a transfer of its own ([.., e)) is
 * read alone, a relative one with the state it is about for subject.  A
 * clause whose words outside the phrase state no transfer is read whole
 * (the phrase is then the only transfer the sentence tells). */
static int deals_around(dctx *d, const span *s, int kind, size_t h0, size_t h1, size_t e,
			size_t verb, const mention *head)
{
	span a = *s, b = *s, c = *s;
	int ta, tb, rc;
	narrow(d, &a, s->t0, h0);
	narrow(d, &b, h1, s->t1);
	ta = h0 > s->t0 && deal_trigger(d, &a) && !bare_deal_clause(d, &a);
	tb = h1 < s->t1 && deal_trigger(d, &b);
	if (!ta && !tb)
		return deals_from(d, s, h1);
	/* "has provided military aid to Y since the Russian invasion was
	 * launched, including artillery and munitions": the list after a
	 * subordinate clause that moves no goods names the goods of the
	 * clause before it; the sentence is read whole (stop 52) */
	if (kind == CL_SUB && ta && !tb && h1 < s->t1 &&
	    (kis(d, h1, "including") || (kis(d, h1, "such") && h1 + 1 < s->t1 &&
					 kis(d, h1 + 1, "as"))) &&
	    !transfer_verb_at(d, s, verb))
		return deals_from(d, s, h1);
	if (ta && (rc = rule_deals(d, &a)))
		return rc;
	if (tb) {
		b.subj_def = h0 > s->t0 ? clause_subject(d, &a) : NULL;
		/* "After Turkey was expelled from the programme, it bought
		 * ...": "it" is the fronted clause's subject */
		if (!b.subj_def && kind == CL_SUB && h0 == s->t0 && h1 < s->t1 &&
		    (kis(d, h1, "it") || kis(d, h1, "they")))
			b.subj_def = head;
		if (!b.subj_def)
			b.subj_def = s->subj_def;
		if (!b.year_def && h0 > s->t0 && !first_year(d, &b))
			b.year_def = first_year(d, &a);
		if ((rc = rule_deals(d, &b)))
			return rc;
	}
	if (kind == CL_SUB && !transfer_verb_at(d, s, verb))
		return ENT_OK;
	narrow(d, &c, kind == CL_REL ? h0 + 1 : h0, e);
	if (kind == CL_ANSWER) {
		/* an answer to another's arms is no deal of its own, unless it
		 * tells one whole: "in response to Rafales bought by India
		 * from France" */
		size_t v = find_in(d, c.t0, c.t1, w_buy_verb);
		if (v == NONE || v + 2 >= c.t1 || !kis(d, v + 1, "by") ||
		    !actor_after(d, &c, v + 2, 1, 1) || !after_prep(d, &c, v, "from"))
			return ENT_OK;
	}
	if (!deal_trigger(d, &c))
		return ENT_OK;
	c.subj_def = kind == CL_REL ? head : NULL;
	if (!c.year_def && h0 > s->t0 && !first_year(d, &c))
		c.year_def = first_year(d, &a); /* "In 2019, after X ordered ..." */
	return rule_deals(d, &c);
}

/* "The new vessels will replace two recently decommissioned Chilean
 * warships which were acquired second-hand from the Netherlands in 2004":
 * goods (with their count, words of age and the demonym of their owner)
 * whose relative clause tells how they were bought are read alone from the
 * start of their noun phrase, when the words before it hold no transfer of
 * their own; that start, or NONE (no demonym: the owner is told before,
 * "it also has 100 Leopard 2A4 that were purchased from Y"). */
static size_t goods_relative(const dctx *d, const span *s)
{
	size_t k, j, i;
	int owned;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->gz != GZ_WEAPON || m->kind != MK_ACTOR || m->t1 + 3 >= s->t1 ||
		    !(kis(d, m->t1, "which") || kis(d, m->t1, "that")))
			continue;
		j = m->t1 + 1;
		if (kis(d, j, "had") || kis(d, j, "have") || kis(d, j, "has"))
			j++;
		if (!(kis(d, j, "were") || kis(d, j, "was") || kis(d, j, "been")))
			continue;
		if (j + 1 >= s->t1 || !kin(d, j + 1, w_bought_pp))
			continue;
		/* back over the noun phrase: a demonym, a count, words of
		 * age ("recently decommissioned", "second-hand") */
		for (i = m->t0, owned = 0; i > s->t0; i--) {
			const mention *o = mention_at(d, s, i - 1);
			const char *w = K(i - 1);
			size_t n = strlen(w);
			if (o && o->t1 == i && (o->gz == GZ_DEMONYM || o->gz == GZ_WEAPON)) {
				owned |= o->gz == GZ_DEMONYM;
				i = o->t0 + 1;
				continue;
			}
			if (d->t.v[i - 1].kind == TK_NUM || KIN(d, i - 1, w_numwords) ||
			    kis(d, i - 1, "-") ||
			    (d->t.v[i - 1].kind == TK_WORD && !d->t.v[i - 1].upper && n > 3 &&
			     (!strcmp(w + n - 2, "ed") || !strcmp(w + n - 2, "ly"))))
				continue;
			break;
		}
		if (i == s->t0 || i == m->t0 || !owned ||
		    find_in(d, s->t0, i, w_buy_verb) != NONE ||
		    find_in(d, s->t0, i, w_supply_verb) != NONE ||
		    find_in(d, s->t0, i, w_deal_noun) != NONE)
			return NONE;
		return i;
	}
	return NONE;
}

int rule_deals(dctx *d, const span *s)
{
	return deals_from(d, s, s->t0);
}

/* ", which (has) (also) bought ...": the state whose name ends right
 * before the comma at i when a relative pronoun and then, over
 * auxiliaries and adverbs, a verb of buying or supply follow (stop 34);
 * NULL otherwise. */
static const mention *rel_clause_head(const dctx *d, const span *s, size_t i)
{
	static const char *w_aux[] = {"has", "have", "had", "also", "already", "since", "later",
				      "itself", NULL};
	const mention *m;
	size_t v;
	if (!kis(d, i, ",") || i + 3 >= s->t1 || i <= s->t0 || !kis(d, i + 1, "which") ||
	    !(m = mention_at_end(d, s, i)) || !ent__is_state_mention(m) || m->possessive ||
	    m->gz == GZ_FIRM || m->gz == GZ_DEMONYM)
		return NULL;
	for (v = i + 2; v < s->t1 && v < i + 6 && (kin(d, v, w_aux) || ly_adverb(d, v)); v++)
		;
	return v < s->t1 && (KIN(d, v, w_buy_verb) || KIN(d, v, w_supply_verb)) &&
			       !ends_ing(K(v))
		       ? m
		       : NULL;
}

/* "(Y's purchase) pushes (led, forced, prompted) Algeria to ...": the
 * state m is the object of a verb of causing and the subject of the
 * infinitive after it (stop 43). */
static int caused_to(const dctx *d, const span *s, const mention *m)
{
	static const char *w_push_v[] = {"pushes", "pushed", "push", "led", "leads", "forced",
					  "forces", "prompted", "prompts", "spurred", "spurs",
					  "drove", "drives", "encouraged", "encourages", NULL};
	return m->t0 > s->t0 && m->t1 + 1 < s->t1 && kis(d, m->t1, "to") &&
	       kin_local(d, m->t0 - 1, w_push_v);
}

/* "an interim replacement for the 32 AS90s which the UK has donated to
 * Ukraine": the clause of the subject subj (after a first verb of
 * transfer at first) is a relative one; it begins with the goods before
 * "which (that)": weapon mentions, numbers and "the, its, their" (stop
 * 65).  The token the second clause begins at (subj's own without such
 * goods). */
static size_t relative_goods_start(const dctx *d, const span *s, size_t first,
				   const mention *subj)
{
	size_t w = subj->t0, q, n = 0;
	if (w > s->t0 && kis(d, w - 1, "the"))
		w--;
	if (w <= first + 2 || !(kis(d, w - 1, "which") || kis(d, w - 1, "that")))
		return subj->t0;
	q = w - 1;
	while (q > first + 1 && n < 6 &&
	       (in_weapon(d, s, q - 1) || d->t.v[q - 1].kind == TK_NUM || kis(d, q - 1, "the") ||
		kis(d, q - 1, "its") || kis(d, q - 1, "their"))) {
		q--;
		n++;
	}
	for (n = q; n < w - 1; n++)
		if (in_weapon(d, s, n))
			return q;
	return subj->t0;
}

/* rule_deals, with phrases of other clauses looked for from open_from on. */
static int deals_from(dctx *d, const span *s, size_t open_from)
{
	size_t i, first = NONE;
	int rc;
	if (!s->forced_deal) {
		/* "... with its Redback IFVs that won a 3.2 trillion won arms
		 * deal with Australia": the goods and their relative clause
		 * are read alone, after the words before them (which keep no
		 * goods) */
		size_t g0, th = won_relative(d, s, &g0);
		if (th != NONE) {
			span a = *s, c = *s;
			int rc2;
			narrow(d, &a, s->t0, g0);
			narrow(d, &c, g0, s->t1);
			if ((rc2 = rule_deals(d, &a)))
				return rc2;
			return rule_deals(d, &c);
		}
	}
	if (!s->forced_deal) {
		size_t h0, h1, he, hv = NONE;
		const mention *hh;
		int kind = other_clause(d, s, open_from, &h0, &h1, &he, &hv, &hh);
		if (kind)
			return deals_around(d, s, kind, h0, h1, he, hv, hh);
	}
	if (!s->forced_deal) {
		size_t np0 = goods_relative(d, s);
		if (np0 != NONE) {
			span c = *s;
			narrow(d, &c, np0, s->t1);
			return rule_deals(d, &c);
		}
	}
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
			/* "a $1.9 billion deal ... to India, in addition to a
			 * 2015 contract for the sale of 22 Apaches": another
			 * deal of its own */
			int addition = kis(d, i, ",") && i + 5 < s->t1 && kis(d, i + 1, "in") &&
				       kis(d, i + 2, "addition") && kis(d, i + 3, "to") &&
				       KIN(d, i + 4, w_det) &&
				       find_in(d, i + 5, i + 8 < s->t1 ? i + 8 : s->t1,
					       w_deal_noun) != NONE;
			/* "France won a contract from Egypt for 24 jets, followed
			 * by the sale to Qatar": the deal after "followed by" is
			 * one of its own, of the same subject (stop 35) */
			if (!addition && kis(d, i, ",") && i + 4 < s->t1 &&
			    kis(d, i + 1, "followed") && kis(d, i + 2, "by") &&
			    KIN(d, i + 3, w_det) &&
			    (KIN(d, i + 4, w_supply_noun) || KIN(d, i + 4, w_deal_noun)))
				addition = 3;
			/* "India may purchase 26 Rafale jets from France besides
			 * inking a deal to manufacture three Scorpene submarines":
			 * the deal after "besides" and a gerund is one of its own */
			if (!addition && kis(d, i, "besides") && i + 3 < s->t1 && i > s->t0 &&
			    ends_ing(K(i + 1)) &&
			    find_in(d, i + 2, i + 5 < s->t1 ? i + 5 : s->t1, w_deal_noun) != NONE)
				addition = 2;
			/* "China sold tanks to Bangladesh, which has also bought
			 * arms from Italy": a relative clause on the state that
			 * closes a clause of transfer is its own, of that state */
			const mention *rel = rel_clause_head(d, s, i);
			/* "KAI provided 12 jets to Y while Hyundai won the
			 * contract to build two frigates for Y": "while" with no
			 * comma before a party opens a clause of its own (stop 53) */
			const mention *wm = NULL;
			if (K(i)[0] == 'w' && kis(d, i, "while") && !kis(d, i - 1, ","))
				wm = mention_at(d, s, i + 1);
			int whilst = wm && wm->t0 == i + 1 && ent__is_state_mention(wm) &&
				     wm->gz != GZ_DEMONYM && !wm->possessive;
			if (!swap && !colon && !addition && !rel && !whilst &&
			    !clause_break(d, s, i))
				continue;
			narrow(d, &a, s->t0, i);
			/* ", Indonesia pact in final stages": the state opens
			 * the clause (stop 65) */
			int owned = kis(d, i, ",") && state_owns_deal_noun(d, s, i + 1);
			size_t b0 =
				kis(d, i, ";") || swap || colon || whilst || owned ? i + 1 : i + 2;
			narrow(d, &b,
			       addition == 2   ? i + 1
			       : addition == 3 ? i + 3
			       : addition      ? i + 4
					     : b0,
			       s->t1);
			if (kis(d, i, ";") && deal_trigger(d, &a) && !deal_trigger(d, &b)) {
				/* "Azerbaijan acquires JF-17s from Pakistan;
				 * Armenia boosts defense with Indian Akash
				 * missiles": a clause after ";" with a state of its
				 * own and no transfer word gives the first no goods
				 * (stop 50) */
				size_t q;
				for (k = b.m0; k < b.m1; k++) {
					const mention *x = M(d, k);
					if (!ent__is_state_mention(x) || x->gz == GZ_FIRM ||
					    x->gz == GZ_DEMONYM)
						continue;
					for (q = a.m0; q < a.m1; q++)
						if (ent__is_state_mention(M(d, q)) &&
						    !strcmp(M(d, q)->code, x->code))
							break;
					if (q == a.m1)
						return rule_deals(d, &a);
				}
			}
			if (!deal_trigger(d, &a) || !deal_trigger(d, &b))
				continue;
			if (rel) {
				b.subj_def = rel;
				if ((rc = rule_deals(d, &a)))
					return rc;
				return rule_deals(d, &b);
			}
			/* "..., and the first six were delivered this year" names no
			 * party of its own: the same transfer, read whole */
			for (k = b.m0; k < b.m1 && !ent__is_state_mention(M(d, k)); k++)
				;
			if (k == b.m1 && !addition)
				continue;
			b.subj_def = clause_subject(d, &a);
			if (s->subj_def && b.subj_def) {
				/* "(Dhaka,) which has sourced arms from Italy and
				 * Russia, while announcing ...": a state after the
				 * first verb of a clause with no subject of its own
				 * is no subject (stop 34) */
				size_t fv = find_in(d, a.t0, a.t1, w_buy_verb), sv2;
				sv2 = find_in(d, a.t0, fv == NONE ? a.t1 : fv, w_supply_verb);
				if (sv2 != NONE)
					fv = sv2;
				if (fv != NONE && b.subj_def->t0 > fv)
					b.subj_def = NULL;
			}
			if (!b.subj_def)
				b.subj_def = s->subj_def;
			if (owned)
				b.subj_def = NULL; /* its own state */
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
		/* "... pushed Algeria to order Russian jets": "order" after
		 * "to" is a verb (stop 43) */
		if (!KIN(d, i, w_supply_verb) && !KIN(d, i, w_buy_verb) &&
		    !(first != NONE && i > s->t0 && kis(d, i, "order") && kis(d, i - 1, "to")))
			continue;
		if (first == NONE) {
			first = i;
			continue;
		}
		/* "X is still finalizing the purchase of A and has previously
		 * procured B": a transfer told as an earlier one after "and",
		 * with no subject of its own, is a clause of its own with the
		 * first one's subject (stop 61) */
		if (!s->forced_deal && i > s->t0 + 3 && told_as_earlier(d, s, i)) {
			size_t q;
			for (q = i; q > first + 1 && q + 4 > i && !kis(d, q - 1, "and"); q--)
				;
			if (q > first + 1 && kis(d, q - 1, "and")) {
				span a = *s, b = *s;
				narrow(d, &a, s->t0, q - 1);
				narrow(d, &b, q, s->t1);
				b.subj_def = clause_subject(d, &a);
				if (b.subj_def) {
					if ((rc = rule_deal(d, &a)))
						return rc;
					return rule_deals(d, &b);
				}
			}
		}
		/* "X has been buying arms after it sent military aid to Y":
		 * a clause of time or cause with a pronoun subject is read
		 * alone, "it" the first clause's subject; not after a noun of
		 * transfer ("its arms procurement efforts") nor when "it
		 * (them)" is the first clause's object (stop 65) */
		if (!s->forced_deal && i > first + 3 && i > s->t0 + 2 && first > s->t0 &&
		    (kis(d, i - 1, "it") || kis(d, i - 1, "they")) &&
		    kin_local(d, i - 2, w_time_conj) && !KIN(d, first - 1, w_det) &&
		    d->t.v[first - 1].kind == TK_WORD && !kis(d, first - 1, "its") &&
		    !kis(d, first - 1, "their") && !kis(d, first - 1, "arms") &&
		    find_local(d, s->t0, i - 2, w_it_them) == NONE) {
			span a = *s, b = *s;
			narrow(d, &a, s->t0, i - 2);
			narrow(d, &b, i - 1, s->t1);
			b.subj_def = clause_subject(d, &a);
			if (b.subj_def) {
				if ((rc = rule_deal(d, &a)))
					return rc;
				return rule_deals(d, &b);
			}
		}
		subj = actor_before(d, s, i, 3, 1);
		/* "sold vehicles to Ethiopia, a sale that ...": the object of a
		 * preposition of the first transfer is no subject of a second */
		if (subj && subj->t0 > s->t0 && kin(d, subj->t0 - 1, w_party_prep) &&
		    !(kis(d, subj->t0 - 1, "for") && subj->t1 + 1 == i && kis(d, subj->t1, "to")))
			subj = NULL; /* but "demands for Iran to supply Y": its subject */
		/* "sold jets to the UAE despite export rules": over "the" too */
		if (subj && party_over_the(d, s, subj))
			subj = NULL;
		/* "under the United States programme to transfer": the object
		 * of "under" is no subject (stop 61) */
		if (subj && subj->t0 > s->t0 + 1 &&
		    (kis(d, subj->t0 - 1, "under") ||
		     (kis(d, subj->t0 - 1, "the") && kis(d, subj->t0 - 2, "under"))))
			subj = NULL;
		const mention *mv;
		/* "received six Bell 206 helicopters delivered via Austria":
		 * a firm before a model's number or a system names the
		 * goods' maker, no subject (stop 65) */
		if (subj && subj->gz == GZ_FIRM && subj->t1 < s->t1 &&
		    (d->t.v[subj->t1].kind == TK_NUM ||
		     ((mv = mention_at(d, s, subj->t1)) != NULL && mv->gz == GZ_WEAPON)))
			subj = NULL;
		if (subj && (subj->t0 > first + 3 || caused_to(d, s, subj)) && !s->forced_deal) {
			span a = *s, b = *s;
			size_t cut = relative_goods_start(d, s, first, subj);
			narrow(d, &a, s->t0, cut);
			narrow(d, &b, cut, s->t1);
			if ((rc = rule_deal(d, &a)))
				return rc;
			return rule_deals(d, &b);
		}
	}
	return rule_deal(d, s);
}

/* "Included in the Kenyan inventory are T-72 tanks and Piranha vehicles",
 * "Kenya's inventory includes ...": a state's holdings of systems the
 * gazetteer knows with their makers are supply ties, one per maker. */
int rule_inventory(dctx *d, const span *s)
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
static const char *w_fleet_end[] = {"after", "before", "against", "instead", "rather", "while",
				    "whereas", "but", NULL};

int rule_fleet(dctx *d, const span *s)
{
	static const char *w_fleet[] = {"fleet", "fleets", NULL};
	static const char *w_holds[] = {"of", "consisting", "comprising", "includes", "including",
					"comprises", "included", NULL};
	const mention *owner;
	const char *sup[8];
	size_t ns = 0, i, g, k, j, e;
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
	/* the fleet's phrase ends at its verb: "X's fleet of F-16s is at
	 * risk with the arrival of Rafale jets" holds no Rafales; so it does
	 * at a clause of time or contrast: "..., after deciding against
	 * Boeing's F-18 and the Rafale" */
	for (e = g + 1; e < s->t1; e++)
		if (KIN(d, e, w_be) || kis(d, e, "has") || kis(d, e, "have") || kis(d, e, "had") ||
		    (KIN(d, e, w_modal) && !kis(d, e, "to")) || kin_local(d, e, w_fleet_end))
			break;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k), *w = k + 1 < s->m1 ? M(d, k + 1) : NULL;
		const char *code = NULL;
		if (m->t0 <= g || m->t0 >= e)
			continue;
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM && !m->possessive && w &&
		    w->gz == GZ_WEAPON && w->kind == MK_ACTOR &&
		    (w->t0 == m->t1 || (m->gz == GZ_DEMONYM && qualifies_weapon(d, s, k))))
			code = m->code; /* "American F-16s", "US F-5 trainers" */
		else if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON && m->canon && m->code &&
			 m->code[0] && !(k > s->m0 && ent__is_state_mention(M(d, k - 1)) &&
					 M(d, k - 1)->t1 == m->t0) &&
			 /* "its fleet of 13 Soviet-era MiG-29s": made by a
			  * state gone, no supply by the maker's heir (stop 50) */
			 !(k > s->m0 && M(d, k - 1)->code && !strcmp(M(d, k - 1)->code, "SUN") &&
			   M(d, k - 1)->t1 + 3 >= m->t0))
			code = m->code; /* a designation's maker */
		if (!code || !strcmp(code, owner->code) || !strcmp(code, "SUN"))
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
			if (m->t0 <= g || m->t0 >= e || m->kind != MK_ACTOR || m->gz != GZ_WEAPON)
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

/* A supply tie from..to with one item, the goods mention w counted qty
 * (-1: no count), under rule. */
static int emit_goods_tie(dctx *d, const span *s, const mention *w, long qty, const char *from,
			  const char *to, const char *rule)
{
	cand *c;
	ent_code fc, tc;
	int rc;
	from = pin_code(d, &fc, from); /* either may lie in an earlier candidate */
	to = pin_code(d, &tc, to);
	if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
		return rc;
	if (ent_fact_add_item(&c->f, (ent_category)w->category, d->text + w->start,
			      w->end - w->start, w->canon, qty))
		return ENT_ENOMEM;
	return emit_tie(d, c, s, from, to, rule);
}

/* "Below is a list of some countries with TB2 drones in their
 * inventories:": a unit ending in a colon that announces a list of
 * countries (operators, users, customers) and names goods of a known
 * maker; the index of the goods' mention, or NONE (stop 47). */
size_t factbox_intro(const dctx *d, size_t ui)
{
	static const char *w_holders[] = {"countries", "nations", "states", "operators", "users",
					  "customers", "buyers", NULL};
	const unit *u = &d->units[ui];
	size_t i, j, k;
	if (!u->ends_colon)
		return NONE;
	for (i = u->t0; i + 2 < u->t1; i++) {
		if (!kis(d, i, "list") || !kis(d, i + 1, "of"))
			continue;
		for (j = i + 2; j < u->t1 && j < i + 6 && !kin_local(d, j, w_holders); j++)
			;
		if (j >= u->t1 || j >= i + 6)
			continue;
		for (k = u->m0; k < u->m1; k++) {
			const mention *m = M(d, k);
			if (m->t0 > j && m->kind == MK_ACTOR && m->gz == GZ_WEAPON && m->code &&
			    m->code[0])
				return k;
		}
	}
	return NONE;
}

/* A paragraph of such a list that opens on a state's name in capitals
 * ("KYRGYZSTAN The armed forces ordered ..."): a supply tie from the
 * maker of the goods (mention gk) to that state; 1 when the paragraph
 * opens so (the list goes on), 0 when not, an error (< 0). */
int factbox_holder(dctx *d, size_t ui, size_t gk)
{
	const unit *u = &d->units[ui];
	const mention *g = M(d, gk), *m = u->m0 < u->m1 ? M(d, u->m0) : NULL;
	const char *p;
	span s;
	int rc;
	if (!m || m->t0 != u->t0 || !ent__is_state_mention(m) || m->gz == GZ_DEMONYM ||
	    m->gz == GZ_FIRM || m->end - m->start < 2)
		return 0;
	for (p = d->text + m->start; p < d->text + m->end; p++)
		if (islower((unsigned char)*p))
			return 0;
	if (!strcmp(m->code, g->code) || tie_known(d, g->code, m->code, -1))
		return 1;
	span_of_unit(d, ui, &s);
	rc = emit_goods_tie(d, &s, g, -1, g->code, m->code, "supply.factbox_holder");
	return rc ? rc : 1;
}

/* "(will replace) Soviet-era tanks (that) Poland donated to Ukraine": goods
 * g a state gave away in a relative clause right after them are no
 * longer its holdings (stop 61). */
static int given_away(const dctx *d, const span *s, const mention *g)
{
	const mention *m;
	size_t j = g->t1;
	while (j < s->t1 && (m = mention_at(d, s, j)) != NULL && m->t0 == j && m->gz == GZ_WEAPON)
		j = m->t1; /* "T-72 tanks" */
	if (j < s->t1 && (kis(d, j, "that") || kis(d, j, "which")))
		j++;
	m = j < s->t1 ? mention_at(d, s, j) : NULL;
	if (!m || m->t0 != j || !ent__is_state_mention(m) || m->possessive || m->gz == GZ_FIRM)
		return 0;
	for (j = m->t1; j < s->t1 && (kis(d, j, "has") || kis(d, j, "had") || ly_adverb(d, j));
	     j++)
		;
	/* "gave" is a verb of supply only before two objects (frames_words.c) */
	return j < s->t1 && ((KIN(d, j, w_supply_verb) && !KIN(d, j, w_supply_noun)) ||
			     kis(d, j, "gave"));
}

/* "The jets will replace the Mirage aircraft", "to replace Romania's
 * Hawk launchers", "replacing its Russian MiG-29K jets": the goods
 * replaced, with a maker (a state right before them or a designation's
 * origin), are the holdings of the owner (a possessive before them; for
 * "its"/"the", the buyer of a deal of this unit or the latest deal of this
 * paragraph or the one before): a supply tie from the maker, when the
 * text gives none so far. */
int rule_replaced_goods(dctx *d, const span *s)
{
	static const char *w_replace[] = {"replace", "replaces", "replacing", "replaced", NULL};
	const mention *goods = NULL, *owner_m = NULL;
	const char *maker = NULL, *owner = NULL;
	size_t v, k, q;
	for (v = s->t0; v < s->t1; v++) /* the first letter rules out most words */
		if (K(v)[0] == 'r' && kin_local(d, v, w_replace))
			break;
	/* "could be replaced with (by) M1 Abrams from X": the goods after
	 * are the new ones, no holdings (stop 61) */
	if (v == s->t1 || negated(d, s, v) ||
	    (v + 1 < s->t1 && (kis(d, v + 1, "with") || kis(d, v + 1, "by"))))
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
	if (!goods || !maker || given_away(d, s, goods))
		return ENT_OK;
	if (!owner_m && v + 1 < s->t1 && (kis(d, v + 1, "its") || kis(d, v + 1, "their"))) {
		/* "The Danish military is replacing its F-16 fleet": the
		 * subject before the verb owns them (stop 47) */
		static const char *w_break[] = {",", ";", ":", "which", "that", "who", "while",
						"but", "and", NULL};
		/* "X bought jets from Y to replace its Kfir jets": not a state
		 * after a preposition (stop 58) */
		static const char *w_prep[] = {"from", "to", "with", "by", "of", "for", "in",
					       NULL};
		for (k = s->m0; k < s->m1 && M(d, k)->t1 <= v; k++)
			if (ent__is_state_mention(M(d, k)) && M(d, k)->gz != GZ_FIRM &&
			    !M(d, k)->possessive && M(d, k)->t0 + 10 > v &&
			    !(M(d, k)->t0 > s->t0 && kin_local(d, M(d, k)->t0 - 1, w_prep)) &&
			    find_in(d, M(d, k)->t1, v, w_break) == NONE)
				owner_m = M(d, k);
	}
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
	return emit_goods_tie(d, s, goods, -1, maker, owner, "supply.replaced_goods");
}

/* "Chinese and Russian-made planes": the demonym joined by "and" ("or",
 * a comma) right before mention k, an "X-made" one, which shares its mark;
 * or NULL (stop 64). */
static const mention *shared_made_before(const dctx *d, const span *s, size_t k)
{
	const mention *m = M(d, k), *p;
	size_t j = m->t0;
	if (k <= s->m0 || !made_in(d, s, m) || j < s->t0 + 2 ||
	    !(kis(d, j - 1, "and") || kis(d, j - 1, "or") || kis(d, j - 1, ",")))
		return NULL;
	p = M(d, k - 1);
	return p->t1 == j - 1 && p->gz == GZ_DEMONYM && !p->possessive && p->code &&
		       strcmp(p->code, m->code) != 0
		       ? p
		       : NULL;
}

/* "the Korean-Italian made jets", "Swedish-Finnish-built boats": a hyphen
 * chain of states or demonyms from mention k, then "made/built/..." (with
 * or without a hyphen).  The token after the mark, or 0; *last is the
 * chain's last mention. */
static size_t chain_made(const dctx *d, const span *s, size_t k, size_t *last)
{
	static const char *w_made[] = {"made", "built", "manufactured", "produced", NULL};
	size_t n = k;
	const mention *e;
	while (n + 1 < s->m1 && kis(d, M(d, n)->t1, "-") && M(d, n + 1)->t0 == M(d, n)->t1 + 1 &&
	       ent__is_state_mention(M(d, n + 1)) && M(d, n + 1)->gz != GZ_FIRM &&
	       !M(d, n + 1)->possessive)
		n++;
	if (n == k)
		return 0;
	e = M(d, n);
	*last = n;
	if (made_in(d, s, e))
		return e->t1 + 2;
	return e->t1 < s->t1 && kin_local(d, e->t1, w_made) ? e->t1 + 1 : 0;
}

/* The owner of goods held, when the subject before `before` is a service
 * ("The Uzbek air force operates ...", "Peru's navy flies ..."): the
 * subject_before state, else a demonym opening the sentence or the clause
 * after a fronted phrase and its comma (after "The") with a service noun
 * within the next three words; or NULL. */
static const mention *holder_before(const dctx *d, const span *s, size_t before)
{
	const mention *m = subject_before(d, s, before);
	size_t j, o = s->t0;
	if (m || s->m0 >= s->m1)
		return m;
	m = M(d, s->m0);
	/* "According to several reports, the Ethiopian military has used":
	 * the service may open the clause after a fronted phrase (stop 37) */
	for (j = s->t0; j < m->t0; j++)
		if (kis(d, j, ","))
			o = j + 1;
	if (m->gz != GZ_DEMONYM || !ent__is_state_mention(m) || m->t1 >= before ||
	    !(m->t0 == o || (m->t0 == o + 1 && kis(d, o, "the"))))
		return NULL;
	for (j = m->t1; j < before && j < m->t1 + 3; j++)
		if (kin_local(d, j, w_armed_service))
			return m;
	return NULL;
}

/* Drop the deals and ties of unit s that a list of buyers rules out: one
 * whose seller is in list[0..nl), and an open pair with a state of the
 * list (with pair_both, only a pair of two of them).  With no_firms, firms
 * in the list are passed over. */
static void drop_list_ties(dctx *d, const span *s, const mention *const *list, size_t nl,
			   int no_firms, int pair_both)
{
	size_t q, x;
	for (q = 0; q < d->ncands; q++) {
		cand *o = &d->cands[q];
		int pin = 0;
		if (o->dropped || o->unit != s->unit ||
		    (o->f.type != ENT_FACT_DEAL && o->f.type != ENT_FACT_SUPPLY))
			continue;
		for (x = 0; x < nl; x++) {
			if (no_firms && list[x]->gz == GZ_FIRM)
				continue;
			if (ent_fact_has_code(o->f.suppliers, o->f.nsuppliers, list[x]->code))
				o->dropped = 1;
			pin += !o->directed && (!strcmp(o->pair[0], list[x]->code) ||
						!strcmp(o->pair[1], list[x]->code));
		}
		if (pin >= (pair_both ? 2 : 1))
			o->dropped = 1;
	}
}

/* "With orders for the Su-35 having already been placed by China,
 * Indonesia and, according to some reports, Sudan": orders placed by a
 * list of states are each one's order from the maker of the system the
 * sentence names (deal.orders_placed_by); a pair other rules made of two
 * states of the list is none. */
int rule_orders_placed_by(dctx *d, const span *s)
{
	static const char *w_order_n[] = {"order", "orders", NULL};
	const mention *list[ENT_FACT_MAX_ACTORS];
	const char *maker;
	size_t v, j, k, nl = 0;
	int rc;
	for (v = s->t0 + 2; v + 2 < s->t1; v++)
		if (K(v)[0] == 'p' && kis(d, v, "placed") && kis(d, v + 1, "by") &&
		    (KIN(d, v - 1, w_be) || kis(d, v - 1, "been")))
			break;
	if (v + 2 >= s->t1 || negated(d, s, v) ||
	    find_in(d, v > s->t0 + 12 ? v - 12 : s->t0, v, w_order_n) == NONE)
		return ENT_OK;
	for (j = v + 2; j < s->t1 && nl < ENT_FACT_MAX_ACTORS;) {
		const mention *m = plain_state_at(d, s, j);
		if (m && !m->possessive) {
			if (m->t1 < s->t1 && (KIN(d, m->t1, w_be) || kis(d, m->t1, "has") ||
					      kis(d, m->t1, "have") || kis(d, m->t1, "had") ||
					      kis(d, m->t1, "will")))
				break; /* "..., Algeria has emerged as": a clause */
			list[nl++] = m;
			j = m->t1;
		} else if (kis(d, j, ",") || kis(d, j, "and") || kis(d, j, "the")) {
			j++;
		} else if (kis(d, j, "according") && j > v + 2 && kis(d, j - 1, ",")) {
			/* ", according to some reports, Sudan" */
			while (j < s->t1 && !kis(d, j, ","))
				j++;
		} else {
			break;
		}
	}
	if (!nl || !(maker = designation_maker(d, s, NULL)))
		return ENT_OK;
	/* an open pair of two buyers of the list is none; one with a seller
	 * ("An order ... will be placed by Romania" with the US) stays */
	drop_list_ties(d, s, list, nl, 0, 1);
	for (k = 0; k < nl; k++) {
		cand *c;
		if (!strcmp(list[k]->code, maker) || tie_known(d, maker, list[k]->code, s->unit))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)) ||
		    (rc = add_items(d, c, s, NULL, NULL)))
			return rc;
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, maker);
		ent_code_set(&c->f.recipient, list[k]->code);
		c->directed = 1;
		c->f.status = KIN(d, v - 2, w_future) || KIN(d, v - 2, w_modal) || hedged(d, s, v)
				      ? ENT_STATUS_REPORTED
				      : ENT_STATUS_ORDERED;
		c->f.confidence = 0.6;
		if ((rc = emit(d, c, s, "deal.orders_placed_by")))
			return rc;
	}
	return ENT_OK;
}

/* Goods w of maker's make that reached state `to` (added to its arsenal,
 * taken into its navy): a deal from the maker, delivered (reported when
 * the text only reports it), in the year the sentence names. */
static int emit_goods_arrived(dctx *d, const span *s, const mention *w, const char *maker,
			      const char *to, int reported, const char *rule)
{
	int y = year_in(d, s);
	cand *c;
	int rc = emit_goods_tie(d, s, w, quantity_before(d, s, w), maker, to, rule);
	if (rc)
		return rc;
	c = &d->cands[d->ncands - 1];
	c->f.type = ENT_FACT_DEAL;
	c->f.status = reported ? ENT_STATUS_REPORTED : ENT_STATUS_DELIVERED;
	if (y > 0)
		c->f.year = y;
	return ENT_OK;
}

/* A state's forces at token j: "(the) X Navy", "the Xn Air Force / army",
 * "the navy of X"; the state, or NULL. */
static const mention *forces_named(const dctx *d, const span *s, size_t j)
{
	const mention *m;
	size_t e;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	if (j + 2 < s->t1 && kin_local(d, j, w_armed_service) && kis(d, j + 1, "of"))
		return actor_after(d, s, j + 2, 1, 1); /* "the navy of Peru" */
	m = mention_at(d, s, j);
	if (!m || !ent__is_state_mention(m) || m->gz == GZ_FIRM)
		return NULL;
	if (m->gz != GZ_DEMONYM)
		return m;
	e = m->t1;
	if (e + 1 < s->t1 && (kis(d, e, "air") || kis(d, e, "coast")))
		e++; /* "the Uruguayan Coast Guard" (stop 61) */
	return e < s->t1 && (kin_local(d, e, w_armed_service) || KIN(d, e, w_gov_noun) ||
			     kis(d, e, "fleet") || (kis(d, e, "guard") && kis(d, e - 1, "coast")))
		       ? m
		       : NULL;
}

/* "the commissioning of a Chinese-origin HQ-9/P system into the Pakistan
 * Army", "the induction of the MILGEM class corvette PNS Babur into the
 * Pakistan Navy": goods of a known maker (a designation's origin, or a
 * state before them, "-made / -origin" allowed) taken into a state's
 * forces are a delivery from the maker to that state, when the text gives
 * no tie of the pair so far (deal.induction_into). */
int rule_induction_into(dctx *d, const span *s)
{
	static const char *w_induct_n[] = {"induction", "commissioning", NULL};
	const mention *to = NULL, *w = NULL;
	const char *maker = NULL;
	size_t v, k, j;
	for (v = s->t0; v + 4 < s->t1; v++)
		if ((K(v)[0] == 'i' || K(v)[0] == 'c') && kin_local(d, v, w_induct_n) &&
		    kis(d, v + 1, "of"))
			break;
	if (v + 4 >= s->t1 || negated(d, s, v))
		return ENT_OK;
	for (j = v + 2; j + 1 < s->t1 && j < v + 28 && !kis(d, j, "into"); j++)
		if (kis(d, j, ";") || KIN(d, j, w_supply_verb) || KIN(d, j, w_buy_verb))
			return ENT_OK; /* commas of an apposition pass ("(HIMADS), HQ-9/P,") */
	if (j + 1 >= s->t1 || !kis(d, j, "into"))
		return ENT_OK;
	if (!(to = forces_named(d, s, j + 1)))
		return ENT_OK;
	for (k = s->m0; k < s->m1 && !w; k++) {
		const mention *m = M(d, k), *p = k > s->m0 ? M(d, k - 1) : NULL;
		if (m->t0 <= v + 1 || m->t0 >= j || m->kind != MK_ACTOR || m->gz != GZ_WEAPON)
			continue;
		w = m;
		if (m->canon && m->code && m->code[0])
			maker = m->code;
		else if (p && p->t0 > v + 1 && ent__is_state_mention(p) && !p->possessive &&
			 p->gz != GZ_FIRM && p->t1 + 3 >= m->t0)
			maker = p->code;
	}
	for (k = s->m0; k < s->m1 && w && !maker; k++) {
		/* "a Chinese-origin High to Medium Air Defence System (HIMADS),
		 * HQ-9/P": a demonym before the goods' words */
		const mention *m = M(d, k);
		if (m->t0 > v + 1 && m->t1 <= w->t0 && m->gz == GZ_DEMONYM && m->t1 + 1 < s->t1 &&
		    kis(d, m->t1, "-"))
			maker = m->code;
	}
	if (!w || !maker || !strcmp(to->code, maker) || tie_known(d, maker, to->code, -1))
		return ENT_OK;
	return emit_goods_arrived(d, s, w, maker, to->code, hedged(d, s, v),
				  "deal.induction_into");
}

/* The first goods (a weapon mention) after the verb at v and before token
 * j, into *w, and their maker: a designation's origin, else the state
 * right before them, with made_ok a name or demonym glued to them or
 * marked "-made / -built" ("two Chinese-built frigates"), without it a
 * demonym glued to them ("Turkish drones"); NULL when there is none (*w
 * may still be set). */
static const char *goods_maker_between(const dctx *d, const span *s, size_t v, size_t j,
				       int made_ok, const mention **w)
{
	size_t k;
	*w = NULL;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k), *p = k > s->m0 ? M(d, k - 1) : NULL;
		if (m->t0 <= v || m->t0 >= j || m->kind != MK_ACTOR || m->gz != GZ_WEAPON)
			continue;
		*w = m;
		if (m->canon && m->code && m->code[0])
			return m->code;
		if (!p)
			return NULL;
		if (made_ok)
			return ent__is_state_mention(p) && p->gz != GZ_FIRM && !p->possessive &&
					       p->t0 > v && (p->t1 == m->t0 || made_in(d, s, p))
				       ? p->code
				       : NULL;
		return p->gz == GZ_DEMONYM && p->t1 == m->t0 ? p->code : NULL;
	}
	return NULL;
}

/* Goods w of maker's make that the subject before the verb at v holds now
 * (commissioned, added to its arsenal) arrived from the maker
 * (emit_goods_arrived), unless the subject is a firm, the maker itself,
 * or the text gave the pair's tie already. */
static int goods_arrived_to_holder(dctx *d, const span *s, size_t v, const mention *w,
				   const char *maker, int reported, const char *rule)
{
	const mention *sub = holder_before(d, s, v);
	if (!sub || sub->gz == GZ_FIRM || !strcmp(sub->code, maker) ||
	    tie_known(d, maker, sub->code, -1))
		return ENT_OK;
	return emit_goods_arrived(d, s, w, maker, sub->code, reported, rule);
}

/* "Pakistan has commissioned the J-6 fighter", "the Pakistan Navy
 * commissioned two Chinese-built frigates": goods of a known maker (a
 * designation's origin, or a demonym or "X-made / -built" right before
 * them) that the subject (a state or its service) commissioned are a
 * delivery from the maker, when the text gives no tie of the pair so far;
 * not passive, not negated, not an infinitive, and "into" is the
 * induction rule's (deal.commissioned). */
int rule_commissioned(dctx *d, const span *s)
{
	static const char *w_comm_v[] = {"commissioned", "commissions", NULL};
	const mention *w = NULL;
	const char *maker = NULL;
	size_t v, j;
	for (v = s->t0 + 1; v + 1 < s->t1; v++)
		if (K(v)[0] == 'c' && kin_local(d, v, w_comm_v))
			break;
	if (v + 1 >= s->t1 || negated(d, s, v) || KIN(d, v - 1, w_be) || kis(d, v - 1, "been") ||
	    kis(d, v - 1, "to"))
		return ENT_OK;
	/* the goods are the object's head: "a study of the J-10" is none */
	for (j = v + 1; j < s->t1 && j < v + 10; j++)
		if (kis(d, j, ",") || kis(d, j, ";") || kis(d, j, "into") || kis(d, j, "by") ||
		    kis(d, j, "of"))
			break;
	if (!(maker = goods_maker_between(d, s, v, j, 1, &w)))
		return ENT_OK;
	return goods_arrived_to_holder(d, s, v, w, maker, hedged(d, s, v), "deal.commissioned");
}

/* The year of span s, else the dateline's (0 when there is none): the
 * year of a deal a rule below makes of a sentence. */
static int year_or_dateline(const dctx *d, const span *s)
{
	int y = year_in(d, s);
	return y ? y : d->doc_year;
}

/* "The US approved (an additional) $800 million in military aid to
 * Ukraine", "Biden signed off on $800 million in military aid to Kyiv": a
 * verb of approval, a sum "in" aid of arms ("military / security / lethal
 * aid, assistance") and "to (for)" a state: a deal of that sum from the
 * approving state to it, signed; announced, only reported (the goods the
 * sentence names join it; deal.aid_approved, stop 40). */
int rule_aid_approved(dctx *d, const span *s)
{
	static const char *w_approve[] = {"approved", "approves", "authorized", "authorised",
					  "authorizes", "authorises", "announced", "announces",
					  "unveiled", "unveils", "allocate", "allocates",
					  "allocated", "allocating", "earmarked", "earmarks",
					  NULL};
	static const char *w_more[] = {"an", "a", "additional", "another", "new", "further",
				       "extra", NULL};
	static const char *w_arms_adj[] = {"military", "security", "lethal", "defence", "defense",
					   "arms", "weapons", NULL};
	static const char *w_aid_n[] = {"aid", "assistance", NULL};
	const mention *mv, *sup, *rec;
	size_t v, j, n, e;
	cand *c;
	int rc;
	for (v = s->t0 + 1; v + 6 < s->t1; v++) {
		/* the first letter and the length rule out most words */
		char c0 = K(v)[0];
		int off;
		if ((c0 != 'a' && c0 != 'u' && c0 != 's' && c0 != 'e') || d->t.v[v].keylen < 6)
			continue;
		off = kis(d, v, "signed") && kis(d, v + 1, "off") && kis(d, v + 2, "on");
		if (!off && (d->t.v[v].keylen < 7 || !kin_local(d, v, w_approve)))
			continue;
		j = v + (off ? 3 : 1);
		for (n = 0; j < s->t1 && n < 3 && kin_local(d, j, w_more); n++)
			j++;
		mv = mention_at(d, s, j);
		if (!mv || mv->kind != MK_MONEY || mv->t0 != j || mv->t1 + 4 >= s->t1 ||
		    !(kis(d, mv->t1, "in") || kis(d, mv->t1, "of")))
			continue;
		j = mv->t1 + 1;
		if (!kin_local(d, j, w_arms_adj) || !kin_local(d, j + 1, w_aid_n) ||
		    !(kis(d, j + 2, "to") || kis(d, j + 2, "for")))
			continue;
		rec = named_state(d, s, j + 3, &e);
		sup = subject_before(d, s, v);
		if (!sup)
			sup = actor_before(d, s, v, 6, 0);
		/* "intends to (will) allocate": a sum meant, reported with
		 * less confidence; a hedged approval is none (stop 66) */
		int allot = K(v)[0] == 'e' || (K(v)[0] == 'a' && K(v)[1] == 'l');
		int hedge = hedged(d, s, v);
		if (!rec || !sup || rec->possessive || rec->gz == GZ_DEMONYM || sup->gz == GZ_FIRM ||
		    !strcmp(rec->code, sup->code) || negated(d, s, v) || (hedge && !allot))
			return ENT_OK;
		if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
			return rc;
		if ((rc = add_items(d, c, s, NULL, NULL)))
			return rc;
		if (c->f.nitems == 0 &&
		    (rc = ent_fact_add_item(&c->f, ENT_CAT_OTHER, d->text + d->t.v[j].start,
					    d->t.v[j + 1].end - d->t.v[j].start, NULL, -1)))
			return rc;
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup->code);
		ent_code_set(&c->f.recipient, rec->code);
		c->directed = 1;
		c->f.value = mv->value;
		/* announced, unveiled, allocated or earmarked: told, not yet
		 * approved (stop 66) */
		int told = (K(v)[0] == 'a' && K(v)[1] == 'n') || K(v)[0] == 'u' || allot;
		c->f.status = told ? ENT_STATUS_REPORTED : ENT_STATUS_SIGNED;
		c->f.year = year_or_dateline(d, s);
		c->f.confidence = hedge ? 0.5 : 0.7;
		d->last_deal = (int)(c - d->cands);
		return emit(d, c, s, "deal.aid_approved");
	}
	return ENT_OK;
}

/* "Washington resumed some of the annual $1.5 billion in aid to Cairo,
 * including 10 Apache helicopter gunships", "The US restored military aid
 * to Egypt": a verb of resuming, "aid (assistance)" within twelve tokens
 * after it ("some of the annual $1.5 billion in aid") and "to" a state;
 * aid of arms ("military aid") or goods named in the sentence: a deal
 * from the subject to that state, delivered, with no sum (a sum there is
 * the aid's whole; deal.aid_resumed, wg/001, stop 67). */
int rule_aid_resumed(dctx *d, const span *s)
{
	static const char *w_resume[] = {"resumed", "resumes", "restored", "restores",
					 "unfroze", "unfreezes", "reinstated", "reinstates", NULL};
	static const char *w_arms_adj[] = {"military", "security", "lethal", "defence", "defense",
					   "arms", NULL};
	static const char *w_aid_n[] = {"aid", "assistance", NULL};
	const mention *sup, *rec;
	size_t v, j, k, e;
	cand *c;
	int rc;
	for (v = s->t0 + 1; v + 3 < s->t1; v++) {
		/* the length and the first letters rule out most words */
		size_t len = d->t.v[v].keylen;
		const char *kv = K(v);
		if (len < 7 || len > 10 ||
		    !((kv[0] == 'r' && kv[1] == 'e' && (kv[2] == 's' || kv[2] == 'i')) ||
		      (kv[0] == 'u' && kv[1] == 'n' && kv[2] == 'f')) ||
		    !kin_local(d, v, w_resume))
			continue;
		for (j = v + 1; j + 2 < s->t1 && j < v + 13; j++)
			if (kis(d, j, ".") || kis(d, j, ";") || kin_local(d, j, w_aid_n))
				break;
		if (j + 2 >= s->t1 || j >= v + 13 || !kin_local(d, j, w_aid_n) || !kis(d, j + 1, "to"))
			continue;
		rec = named_state(d, s, j + 2, &e);
		sup = subject_before(d, s, v);
		if (!sup)
			sup = actor_before(d, s, v, 6, 0);
		if (!rec || !sup || rec->possessive || rec->gz == GZ_DEMONYM || sup->gz == GZ_FIRM ||
		    !strcmp(rec->code, sup->code) || negated(d, s, v))
			return ENT_OK;
		for (k = s->m0; k < s->m1 && M(d, k)->gz != GZ_WEAPON; k++)
			;
		if (k == s->m1 && !kin_local(d, j - 1, w_arms_adj))
			return ENT_OK; /* "resumed humanitarian aid to Y" */
		if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
			return rc;
		if ((rc = add_items(d, c, s, NULL, NULL)))
			return rc;
		if (c->f.nitems == 0 &&
		    (rc = ent_fact_add_item(&c->f, ENT_CAT_OTHER, d->text + d->t.v[j - 1].start,
					    d->t.v[j].end - d->t.v[j - 1].start, NULL, -1)))
			return rc;
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup->code);
		ent_code_set(&c->f.recipient, rec->code);
		c->directed = 1;
		c->f.status = hedged(d, s, v) ? ENT_STATUS_REPORTED : ENT_STATUS_DELIVERED;
		c->f.year = year_or_dateline(d, s);
		c->f.confidence = 0.7;
		d->last_deal = (int)(c - d->cands);
		return emit(d, c, s, "deal.aid_resumed");
	}
	return ENT_OK;
}

/* "Washington also approved the modernization of 23 F-16s already in the
 * Moroccan air force fleet, for $983 million", "approved a $500 million
 * upgrade of Y's F-16 jets": a verb of approval, then a noun of upgrade
 * (overhaul, refurbishment) "of" goods owned by a state (its possessive
 * before them, or its demonym on a service after them): a maintenance deal
 * from the approver to the owner, reported, with the sentence's sum
 * (deal.service_approved, stop 59). */
int rule_service_approved(dctx *d, const span *s)
{
	static const char *w_approve[] = {"approved", "approves", "authorized", "authorised",
					  "authorizes", "authorises", "cleared", "clears", NULL};
	static const char *w_upgrade_n[] = {"modernization", "modernisation", "upgrade",
					    "upgrades", "upgrading", "refurbishment", "overhaul",
					    NULL};
	const mention *g = NULL, *own = NULL, *sup, *mv;
	size_t v, j, k, e;
	cand *c;
	int rc;
	for (v = s->t0 + 1; v + 4 < s->t1; v++) {
		/* the first letter and the length rule out most words */
		char c0 = K(v)[0];
		if ((c0 != 'a' && c0 != 'c') || d->t.v[v].keylen < 6 || !kin_local(d, v, w_approve))
			continue;
		j = v + 1;
		if (kis(d, j, "the") || kis(d, j, "a") || kis(d, j, "an"))
			j++;
		if ((mv = mention_at(d, s, j)) && mv->t0 == j && mv->kind == MK_MONEY)
			j = mv->t1; /* "a $500 million upgrade" */
		if (j + 2 >= s->t1 || !kin_local(d, j, w_upgrade_n) || !kis(d, j + 1, "of"))
			continue;
		for (k = s->m0; k < s->m1 && !g; k++)
			if (M(d, k)->gz == GZ_WEAPON && M(d, k)->t0 > j + 1 && M(d, k)->t0 <= j + 6)
				g = M(d, k);
		if (!g)
			return ENT_OK;
		own = possessor_over(d, s, g->t0 - (g->t0 > j + 2 &&
						     d->t.v[g->t0 - 1].kind == TK_NUM ? 1 : 0),
				     j + 2);
		for (k = s->m0; k < s->m1 && !own; k++) {
			const mention *m = M(d, k);
			if (m->t0 < g->t1 || m->t0 > g->t1 + 8)
				continue;
			e = m->t0 > s->t0 && kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
			if (m->gz == GZ_DEMONYM && !m->possessive && forces_named(d, s, e) == m)
				own = m; /* "already in the Moroccan air force fleet" */
		}
		sup = subject_before(d, s, v);
		if (!sup)
			sup = actor_before(d, s, v, 6, 0);
		if (!own || !sup || !own->code || sup->gz == GZ_FIRM || sup->possessive ||
		    !strcmp(own->code, sup->code) || negated(d, s, v))
			return ENT_OK;
		if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
			return rc;
		if ((rc = ent_fact_add_item(&c->f, ENT_CAT_MAINTENANCE, d->text + d->t.v[j].start,
					    d->t.v[j].end - d->t.v[j].start, NULL, -1)))
			return rc;
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup->code);
		ent_code_set(&c->f.recipient, own->code);
		c->directed = 1;
		mv = money_near(d, s, j);
		if (mv)
			c->f.value = mv->value;
		c->f.status = ENT_STATUS_REPORTED;
		c->f.year = year_or_dateline(d, s);
		c->f.confidence = 0.6;
		return emit(d, c, s, "deal.service_approved");
	}
	return ENT_OK;
}

/* "Canada is providing a new military aid package for Ukraine": a package
 * of aid of arms ("military / security / defence aid (assistance)
 * package") "to / for" a state after a verb of giving or announcing
 * within six words before it, with no sum (rule_aid_approved's) and no
 * deal of the pair in the unit yet, is a deal from the verb's subject:
 * delivered after a past verb of giving, signed after one of approval,
 * else reported (the sentence after it may give its sum and goods:
 * "this $31 million assistance includes ..."; deal.aid_package, stop
 * 50). */
int rule_aid_package(dctx *d, const span *s)
{
	static const char *w_give[] = {"providing", "provide", "provides", "provided", "sending",
				       "send", "sends", "sent", "announced", "announces",
				       "announcing", "unveiled", "unveils", "approved", "approves",
				       "pledged", "pledges", "delivered", "delivering", NULL};
	static const char *w_given[] = {"provided", "sent", "delivered", NULL};
	static const char *w_arms_adj[] = {"military", "security", "defence", "defense", NULL};
	const mention *sup, *rec;
	size_t p, v, e, k;
	cand *c;
	int rc;
	for (p = s->t0 + 3; p + 2 < s->t1; p++) {
		if (K(p)[0] != 'p' || !(kis(d, p, "package") || kis(d, p, "packages")) ||
		    !(kis(d, p - 1, "aid") || kis(d, p - 1, "assistance")) ||
		    !kin_local(d, p - 2, w_arms_adj) ||
		    !(kis(d, p + 1, "to") || kis(d, p + 1, "for")))
			continue;
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->kind == MK_MONEY && M(d, k)->t1 <= p && M(d, k)->t1 + 4 >= p)
				return ENT_OK; /* a sum: rule_aid_approved or rule_deal */
		for (v = p - 2; v > s->t0 && v + 7 > p && !kin_local(d, v - 1, w_give); v--)
			if (d->t.v[v - 1].kind != TK_WORD)
				return ENT_OK;
		if (v == s->t0 || !kin_local(d, v - 1, w_give))
			return ENT_OK;
		v--;
		rec = named_state(d, s, p + 2, &e);
		sup = subject_before(d, s, v);
		if (!rec || !sup || rec->possessive || rec->gz == GZ_DEMONYM ||
		    sup->gz == GZ_FIRM || sup->possessive || !strcmp(rec->code, sup->code) ||
		    negated(d, s, v) ||
		    tie_known(d, sup->code, rec->code, s->unit))
			return ENT_OK;
		if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)) ||
		    (rc = ent_fact_add_item(&c->f, ENT_CAT_OTHER, d->text + d->t.v[p - 2].start,
					    d->t.v[p].end - d->t.v[p - 2].start, NULL, -1)))
			return rc;
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup->code);
		ent_code_set(&c->f.recipient, rec->code);
		c->directed = 1;
		c->f.status = hedged(d, s, v) || KIN(d, v - 1, w_modal) ? ENT_STATUS_REPORTED
			      : kin_local(d, v, w_given)		 ? ENT_STATUS_DELIVERED
			      : kis(d, v, "approved") || kis(d, v, "approves") ? ENT_STATUS_SIGNED
									 : ENT_STATUS_REPORTED;
		c->f.year = year_or_dateline(d, s);
		c->f.confidence = 0.6;
		d->last_deal = (int)(c - d->cands);
		return emit(d, c, s, "deal.aid_package");
	}
	return ENT_OK;
}

/* "Tajikistan reportedly followed suit, adding Bayraktar drones to its own
 * arsenal", "X added 12 Su-30s to its fleet": goods of a known maker (a
 * designation's origin, or a demonym right before them) added to the
 * subject's arsenal, fleet or inventory are a delivery from the maker
 * (reported when hedged), when the text gives none so far
 * (deal.added_to_arsenal). */
int rule_added_to_arsenal(dctx *d, const span *s)
{
	static const char *w_add[] = {"added", "adds", "adding", "add", NULL};
	static const char *w_stock[] = {"arsenal", "arsenals", "fleet", "fleets", "inventory",
					"inventories", "stock", "stocks", NULL};
	const mention *w = NULL;
	const char *maker = NULL;
	size_t v, j;
	for (v = s->t0 + 1; v + 3 < s->t1; v++)
		if (K(v)[0] == 'a' && kin_local(d, v, w_add))
			break;
	if (v + 3 >= s->t1 || negated(d, s, v))
		return ENT_OK;
	/* "to its (own) arsenal" within twelve tokens */
	for (j = v + 1; j + 2 < s->t1 && j < v + 12 && !kis(d, j, "to"); j++)
		;
	if (j + 2 >= s->t1 || !kis(d, j, "to"))
		return ENT_OK;
	j++;
	if (kis(d, j, "its") || kis(d, j, "their") || kis(d, j, "the"))
		j++;
	if (j < s->t1 && kis(d, j, "own"))
		j++;
	/* "to air force fleet", "to its naval inventory": up to two words
	 * of a service before the noun */
	if (j + 1 < s->t1 && !kin_local(d, j, w_stock) &&
	    (kis(d, j, "air") || kis(d, j, "naval") || kis(d, j, "army") || kis(d, j, "military")))
		j += kis(d, j, "air") && kis(d, j + 1, "force") ? 2 : 1;
	if (j >= s->t1 || !kin_local(d, j, w_stock))
		return ENT_OK;
	if (!(maker = goods_maker_between(d, s, v, j, 0, &w)))
		return ENT_OK;
	{
		/* goods added to an arsenal have arrived */
		static const char *w_reportedly[] = {"reportedly", "allegedly", NULL};
		return goods_arrived_to_holder(
			d, s, v, w, maker,
			hedged(d, s, v) || find_in(d, s->t0, v, w_reportedly) != NONE,
			"deal.added_to_arsenal");
	}
}

/* "Azerbaijani forces used Israeli drones", "Russia has used Iranian-made
 * Shahed drones against Ukraine", "Azerbaijan's military deployed
 * Israeli-made drones", "the Yn air force operates (flies) Russian
 * Su-30 jets": goods of a foreign make (a demonym, or a state
 * with "-made", right before them) that the subject used, deployed or
 * fielded are a supply tie from the maker (no stage), when the text gives
 * none so far; not negated, not passive, not an infinitive ("to use"),
 * not the subject's own make. So is a designation whose origin
 * weapons.tsv gives right after the verb ("deployed the J-10C"). */
static const char *w_relative_whose[] = {"whose", "which", NULL};

/* The demonym of "<Yn> origin" (or "Yn-made") at token j, over "of";
 * NULL if none. */
static const mention *origin_at(const dctx *d, const span *s, size_t j)
{
	const mention *m;
	if (j < s->t1 && kis(d, j, "of"))
		j++;
	m = j < s->t1 ? mention_at(d, s, j) : NULL;
	if (!m || !ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive ||
	    m->t1 >= s->t1)
		return NULL;
	if (m->gz == GZ_DEMONYM && kis(d, m->t1, "origin"))
		return m; /* "of Turkish origin" */
	return made_in(d, s, m) ? m : NULL; /* "Turkish-made" */
}

/* Is mention k of s a state's possessive right before a designated
 * system ("Turkiye's Bayraktar TB2"): the state as its maker (stop 36)? */
static int possessive_maker(const dctx *d, const span *s, size_t k)
{
	const mention *m = M(d, k), *g;
	if (!m->possessive || m->gz != GZ_STATE || k + 1 >= s->m1)
		return 0;
	g = M(d, k + 1);
	return g->gz == GZ_WEAPON && g->canon && g->t0 <= m->t1 + 1 && g->t0 >= m->t1;
}

/* "Egypt operates American F-16s, Russian MiG-29s, Su-35 and French
 * Rafales": after the first goods held (w), the further items of the list
 * (commas and "and" between), each with its own maker (a demonym or
 * "X-made" right before it, else its designation's origin), are ties
 * from those makers to the holder too (supply.used_goods). */
static int used_goods_list(dctx *d, const span *s, const mention *w, const mention *sub)
{
	size_t j = w->t1, k;
	int rc;
	while (j + 1 < s->t1) {
		const mention *m, *g = NULL, *own = NULL;
		/* commas, "and", and the rest of a word glued to the goods
		 * ("F-16s") */
		if (kis(d, j, ",") || kis(d, j, "and") ||
		    (!d->t.v[j].space_before && d->t.v[j].kind == TK_WORD) ||
		    (kis(d, j, "the") && j > w->t1 && kis(d, j - 1, "and"))) {
			j++;
			continue;
		}
		m = mention_at(d, s, j);
		if (!m || m->t0 != j || m->kind != MK_ACTOR)
			break;
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    ((!m->possessive && (m->gz == GZ_DEMONYM || made_in(d, s, m))) ||
		     possessive_maker(d, s, (size_t)(m - d->m.v)))) {
			size_t e = made_in(d, s, m) ? m->t1 + 2 : m->t1;
			if (m->possessive && e < s->t1 && kis(d, e, "'s"))
				e++; /* "Turkey's Bayraktar TB2" */
			own = m;
			for (k = s->m0; k < s->m1 && !g; k++)
				if (M(d, k)->t0 == e && M(d, k)->gz == GZ_WEAPON)
					g = M(d, k);
		} else if (m->gz == GZ_WEAPON) {
			g = m;
		}
		if (!g)
			break;
		{
			const char *mk = own ? own->code : g->canon && g->code && g->code[0] ? g->code : NULL;
			if (mk && strcmp(mk, sub->code) != 0 && !tie_known(d, mk, sub->code, -1) &&
			    (rc = emit_goods_tie(d, s, g, quantity_before(d, s, g), mk, sub->code,
						 "supply.used_goods")))
				return rc;
		}
		j = g->t1;
		/* the head word after a designation: "Su-35 jets" */
		while (j < s->t1 && (m = mention_at(d, s, j)) != NULL && m->t0 == j &&
		       m->gz == GZ_WEAPON && !m->canon)
			j = m->t1;
	}
	return ENT_OK;
}

/* Goods of a foreign make a state used, the make told after them: "X used
 * drones of Turkish origin" (the goods right after the verb at v), "the
 * drones used by X were of Turkish origin (Turkish-made)" (the goods right
 * before, the user after "by"); the maker, with the goods in *w and the
 * user in *sub (NULL: the clause's holder), or NULL. */
static const mention *origin_of_used(const dctx *d, const span *s, size_t v,
				     const mention **w, const mention **sub)
{
	size_t k;
	*sub = NULL;
	for (k = s->m0; k < s->m1; k++) {
		const mention *g = M(d, k), *a, *mk;
		size_t j;
		if (g->kind != MK_ACTOR || g->gz != GZ_WEAPON)
			continue;
		if (g->t0 == v + 1 && (mk = origin_at(d, s, g->t1)) != NULL &&
		    kis(d, g->t1, "of")) {
			*w = g;
			return mk; /* "used drones of Turkish origin" */
		}
		if (g->t1 != v || v + 3 >= s->t1 || !kis(d, v + 1, "by") ||
		    (a = actor_after(d, s, v + 2, 1, 1)) == NULL || a->possessive)
			continue;
		j = a->t1;
		if (j < s->t1 && KIN(d, j, w_be))
			j++;
		else
			continue;
		if ((mk = origin_at(d, s, j)) != NULL) {
			*w = g;
			*sub = a; /* "the drones used by X were of Turkish origin" */
			return mk;
		}
	}
	return NULL;
}

/* "Ethiopia has used Iranian, Turkish, UAE and Chinese drones": a list of
 * makers (demonyms, or states' names used as such) joined by commas and
 * "and", from mention k right after the verb of use at v, then the goods:
 * one tie from each maker to the holder before the verb (stop 37). *done
 * is set when the list was read. */
static int used_makers_list(dctx *d, const span *s, size_t v, size_t k, int *done)
{
	const mention *mk[ENT_FACT_MAX_ACTORS], *w = NULL, *sub;
	size_t n = 0, q, i;
	int rc;
	for (q = k; q < s->m1 && n < ENT_FACT_MAX_ACTORS; q++) {
		const mention *m = M(d, q);
		if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON) {
			if (n >= 2 && m->t0 == mk[n - 1]->t1)
				w = m;
			break;
		}
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive)
			return ENT_OK;
		if (n) {
			/* only "," / "and" between the makers */
			for (i = mk[n - 1]->t1; i < m->t0; i++)
				if (!kis(d, i, ",") && !kis(d, i, "and"))
					return ENT_OK;
		}
		mk[n++] = m;
	}
	if (!w || !(sub = holder_before(d, s, v)) || sub->gz == GZ_FIRM)
		return ENT_OK;
	*done = 1;
	for (i = 0; i < n; i++)
		if (strcmp(sub->code, mk[i]->code) && !tie_known(d, mk[i]->code, sub->code, -1) &&
		    (rc = emit_goods_tie(d, s, w, quantity_before(d, s, w), mk[i]->code, sub->code,
					 "supply.used_goods")))
			return rc;
	return ENT_OK;
}

/* "(pledged training for) Poland's use of Korean weapons systems",
 * "Russia's use of Iranian drones", "India's deployment (induction) of
 * French Dassault Rafale planes" (stop 60): the owner of "use" holds goods
 * the demonym after "of" makes (over a maker's name), a supply tie (stop
 * 39). */
static int use_of_goods(dctx *d, const span *s)
{
	static const char *w_use_n[] = {"use", "usage", "deployment", "induction", NULL};
	size_t k;
	for (k = s->m0; k + 1 < s->m1; k++) {
		const mention *o = M(d, k), *mk = M(d, k + 1);
		const mention *w = k + 2 < s->m1 ? M(d, k + 2) : NULL;
		size_t u = o->t1 + 1, j;
		cand *c;
		int rc;
		if (!o->possessive || o->gz != GZ_STATE || u + 2 >= s->t1 ||
		    !(kis(d, o->t1, "'s") || kis(d, o->t1, "'")) || !kin_local(d, u, w_use_n) ||
		    !kis(d, u + 1, "of"))
			continue;
		if (w && w->gz == GZ_FIRM && w->t0 == mk->t1 && k + 3 < s->m1)
			w = M(d, k + 3); /* "French Dassault Rafale planes" */
		j = u + 2 + (KIN(d, u + 2, w_det) ? 1 : 0);
		if (mk->t0 != j || mk->gz != GZ_DEMONYM || mk->possessive || mk->t1 >= s->t1 ||
		    !strcmp(mk->code, o->code) || tie_known(d, mk->code, o->code, -1))
			continue;
		if (w && w->gz == GZ_WEAPON && w->t0 >= mk->t1 && w->t0 <= mk->t1 + 2)
			return emit_goods_tie(d, s, w, -1, mk->code, o->code, "supply.used_goods");
		if (!kin(d, mk->t1, w_arms_generic))
			continue;
		/* "Korean weapons (arms)": goods of no stated kind */
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
			return rc;
		return emit_tie(d, c, s, mk->code, o->code, "supply.used_goods");
	}
	return ENT_OK;
}

/* Where the goods a verb of use holds start, from token a: over a
 * determiner and a vague count ("a small number of", "a fleet of", "a
 * few", "several"; stop 43). */
static size_t used_goods_start(const dctx *d, const span *s, size_t a)
{
	static const char *w_vague[] = {"several", "some", "few", NULL};
	static const char *w_size[] = {"small", "large", "limited", "modest", NULL};
	static const char *w_body[] = {"number", "fleet", "handful", "squadron", NULL};
	size_t g = a;
	if (g + 3 < s->t1 && kis(d, g, "a")) {
		size_t q = g + 1 + (kin_local(d, g + 1, w_size) ? 1 : 0);
		if (q + 1 < s->t1 && kin_local(d, q, w_body) && kis(d, q + 1, "of"))
			return q + 2 + (q + 2 < s->t1 && kis(d, q + 2, "the") ? 1 : 0);
		if (kis(d, g + 1, "few"))
			return g + 2;
	}
	if (g < s->t1 && kin_local(d, g, w_vague))
		return g + 1;
	return g + (g < s->t1 && KIN(d, g, w_det) ? 1 : 0);
}

/* "... that the Sudanese army (Y, Y's navy) has used (has been using,
 * operates, flies)": the state whose forces open the relative clause at
 * token j and use what the clause is about, or NULL. Only words between
 * the forces and the verb: auxiliaries and adverbs. */
static const mention *used_in_relative(const dctx *d, const span *s, size_t j)
{
	static const char *w_use_rel[] = {"used", "uses", "operates", "operated", "flies",
					  "flew", "flown", "fielded", "fields", "deployed",
					  "deploys", "using", "operating", NULL};
	static const char *w_aux[] = {"has", "have", "had", "been", "already", "also", "long",
				      "still", "now", "is", "was", NULL};
	const mention *h = forces_named(d, s, j), *m;
	size_t v;
	m = h ? mention_at(d, s, kis(d, j, "the") ? j + 1 : j) : NULL;
	if (!m)
		return NULL;
	v = m->t1;
	if (h->possessive && !(v + 1 < s->t1 && kis(d, v, "'s") &&
			       (kin_local(d, v + 1, w_armed_service) || kis(d, v + 1, "air"))))
		return NULL; /* "Peru's air force (navy)" */
	v += h->possessive;
	for (; v < s->t1 && v < m->t1 + 3 && d->t.v[v].kind == TK_WORD &&
			!kin_local(d, v, w_aux) && !kin_local(d, v, w_use_rel);
	     v++)
		; /* the service's words ("Air Force") */
	while (v < s->t1 && kin_local(d, v, w_aux))
		v++;
	if (v >= s->t1 || !kin_local(d, v, w_use_rel) || negated(d, s, v))
		return NULL;
	/* "using", "operating" only after "is (was, been)" */
	if (K(v)[d->t.v[v].keylen - 1] == 'g' && !(KIN(d, v - 1, w_be) || kis(d, v - 1, "been")))
		return NULL;
	return h;
}

/* "the Russian missile batteries currently used by the Egyptian army":
 * goods a demonym qualifies, then (an adverb and) "used (operated, flown,
 * fielded, deployed) by" a state or its forces, are a supply tie from the
 * demonym's state to the holder (stop 59).  1 when one is told (the
 * emitter's code in *rc). */
static int used_by_holder(dctx *d, const span *s, int *rc)
{
	static const char *w_use_pp[] = {"used", "operated", "flown", "fielded", "deployed",
					 NULL};
	static const char *w_taken[] = {"captured", "seized", "trophy", "trophies", "abandoned",
					NULL};
	size_t k, j;
	int told = 0;
	*rc = ENT_OK;
	for (k = s->m0; k + 1 < s->m1; k++) {
		const mention *m = M(d, k), *w = M(d, k + 1), *h;
		if (m->gz != GZ_DEMONYM || m->possessive || !m->code || w->gz != GZ_WEAPON ||
		    !(w->t0 == m->t1 || (w->t0 == m->t1 + 2 && made_in(d, s, m))))
			continue; /* "Russian", "Israeli-made" right before */
		while (k + 2 < s->m1 && M(d, k + 2)->gz == GZ_WEAPON && M(d, k + 2)->t0 == w->t1)
			w = M(d, ++k + 1); /* "missile batteries" told as two */
		j = w->t1;
		if (j + 3 < s->t1 && (kis(d, j, "that") || kis(d, j, "which")) &&
		    (h = used_in_relative(d, s, j + 1)) != NULL) {
			/* "Iranian drones that the Sudanese army has used since
			 * 2023" (stop 63) */
			if (h->gz == GZ_FIRM || !strcmp(h->code, m->code) ||
			    tie_known(d, m->code, h->code, -1))
				continue;
			if ((*rc = emit_goods_tie(d, s, w, -1, m->code, h->code,
						  "supply.used_goods")))
				return 1;
			told = 1;
			continue;
		}
		if (j + 1 < s->t1 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		    !kin_local(d, j, w_use_pp) && kin_local(d, j + 1, w_use_pp))
			j++; /* "S-300 batteries used by" */
		if (j < s->t1 && ly_adverb(d, j))
			j++; /* "currently used by" */
		if (j + 2 >= s->t1 || !kin_local(d, j, w_use_pp) || !kis(d, j + 1, "by") ||
		    find_local(d, s->t0, s->t1, w_taken) != NONE) /* war booty */
			continue;
		h = forces_named(d, s, j + 2);
		if (!h || !h->code || h->gz == GZ_FIRM || !strcmp(h->code, m->code) ||
		    tie_known(d, m->code, h->code, -1))
			continue;
		if ((*rc = emit_goods_tie(d, s, w, -1, m->code, h->code, "supply.used_goods")))
			return 1;
		told = 1;
	}
	return told;
}

/* "Thailand accused Cambodian troops of employing Russian-built rocket
 * launchers": the state (or its forces) accused "of" the gerund at g is
 * the one that uses the goods; it, or NULL (stop 64). */
static const mention *accused_user(const dctx *d, const span *s, size_t g)
{
	static const char *w_accuse[] = {"accused", "accusing", "accuses", "accuse", "charged",
					 NULL};
	static const char *w_force_n[] = {"troops", "forces", "army", "military", "soldiers",
					  "navy", "units", NULL};
	size_t j, k;
	if (g < s->t0 + 3 || !kis(d, g - 1, "of"))
		return NULL;
	j = g - 1;
	if (kin_local(d, j - 1, w_force_n))
		j--;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		size_t b;
		if (m->t1 != j || !ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		b = m->t0 > s->t0 && kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
		return b > s->t0 && kin_local(d, b - 1, w_accuse) ? m : NULL;
	}
	return NULL;
}

int rule_used_goods(dctx *d, const span *s)
{
	static const char *w_use_v[] = {"used", "uses", "deployed", "deploys", "employed",
					 "employs", "fielded", "fields", "using", "deploying",
					 "employing", "fielding", "operates", "operating", "flies",
					 "flying", "possesses", "possess", "possessing", NULL};
	const mention *sub, *mk = NULL, *w = NULL;
	mention dmen;
	size_t v, k, j, a;
	int ing, urc;
	if ((urc = use_of_goods(d, s)))
		return urc;
	if (used_by_holder(d, s, &urc))
		return urc;
	/* the first and last letters and the length rule out most words */
	for (v = s->t0; v < s->t1; v++) {
		size_t n = d->t.v[v].keylen;
		if (n >= 4 && n <= 9 &&
		    (K(v)[n - 1] == 'd' || K(v)[n - 1] == 's' || K(v)[n - 1] == 'g') &&
		    strchr("udefop", K(v)[0]) && kin_local(d, v, w_use_v))
			break;
	}
	/* "has been using", "is deploying": a progressive is active */
	ing = v < s->t1 && K(v)[d->t.v[v].keylen - 1] == 'g';
	/* "deployed drones such as (including) the Israeli-made Harop": the
	 * goods named after the examples' word (stop 36) */
	a = v + 1;
	if (v + 4 < s->t1) {
		const mention *gen = mention_at(d, s, a);
		size_t e;
		if (gen && gen->t0 == a && gen->gz == GZ_WEAPON && !gen->canon &&
		    (e = gen->t1) + 1 < s->t1 &&
		    ((kis(d, e, "such") && kis(d, e + 1, "as")) || kis(d, e, "including"))) {
			a = kis(d, e, "such") ? e + 2 : e + 1;
			if (a < s->t1 && kis(d, a, "the"))
				a++;
		}
	}
	if (v + 2 < s->t1 && !negated(d, s, v) && v > s->t0 &&
	    !(d->t.v[v - 1].kind == TK_NUM || KIN(d, v - 1, w_det) || KIN(d, v - 1, w_numwords))) {
		/* "Pakistan's air force deployed the J-10C": a designation
		 * ("sold 24 used F-16 jets": an adjective, no verb)
		 * whose origin weapons.tsv gives, right after the verb */
		size_t g = used_goods_start(d, s, a);
		const mention *fm = mention_at(d, s, g);
		/* "the Boeing F/A-18D": the maker's firm before its design */
		if (fm && fm->t0 == g && fm->gz == GZ_FIRM)
			g = fm->t1;
		else
			fm = NULL;
		for (k = s->m0; k < s->m1; k++) {
			const mention *m = M(d, k);
			if (m->t0 == g && m->kind == MK_ACTOR && m->gz == GZ_WEAPON && m->canon &&
			    m->code && m->code[0] &&
			    (!fm || (fm->code && !strcmp(fm->code, m->code)))) {
				code_mention(&dmen, m->code);
				mk = &dmen;
				w = m;
				break;
			}
		}
	}
	/* "wants to use": no holding; "is known to possess" is one (stop 46) */
	if (v + 2 >= s->t1 || negated(d, s, v) ||
	    (v > s->t0 && ((kis(d, v - 1, "to") && !(v > s->t0 + 1 && kis(d, v - 2, "known"))) ||
			   (!ing && (KIN(d, v - 1, w_be) || kis(d, v - 1, "been"))))))
		return ENT_OK;
	/* "India, whose navy operates Russian frigates, is buying ...": what
	 * a state holds, told in passing, is no tie of its own */
	if ((K(v)[0] == 'o' || K(v)[0] == 'f') && find_in(d, s->t0, v, w_relative_whose) != NONE)
		return ENT_OK;
	/* "is already (still, also) using": an adverb may stand between (stop
	 * 48), one in "-ly" too ("is actively using", stop 60) */
	size_t pv = v > s->t0 + 1 && (kis(d, v - 1, "already") || kis(d, v - 1, "still") ||
				      kis(d, v - 1, "also") || kis(d, v - 1, "currently") ||
				      ly_adverb(d, v - 1))
			    ? v - 1
			    : v;
	const mention *acc = ing ? accused_user(d, s, pv) : NULL;
	if (ing && pv > s->t0 && !(KIN(d, pv - 1, w_be) || kis(d, pv - 1, "been")) && !acc)
		return ENT_OK; /* "by using", "the drones using": no progressive */
	for (k = s->m0; k < s->m1 && !mk; k++) {
		const mention *m = M(d, k);
		if (m->t0 < a)
			continue;
		if (m->t0 > a + 3 || m->kind != MK_ACTOR || !ent__is_state_mention(m) ||
		    m->gz == GZ_FIRM || (m->possessive && !possessive_maker(d, s, k)))
			break;
		j = made_in(d, s, m) ? m->t1 + 2 : m->t1;
		if (k + 2 < s->m1 && M(d, k + 1)->gz == GZ_FIRM && M(d, k + 1)->t0 == j &&
		    M(d, k + 1)->code && !strcmp(M(d, k + 1)->code, m->code)) {
			/* "Russian Sukhoi Su-30MKM jets": the maker's own firm
			 * between */
			j = M(d, k + 1)->t1;
			k++;
		}
		if ((m->gz == GZ_DEMONYM || j > m->t1 || m->possessive) && k + 1 < s->m1 &&
		    M(d, k + 1)->kind == MK_ACTOR && M(d, k + 1)->gz == GZ_WEAPON &&
		    M(d, k + 1)->t0 >= j && M(d, k + 1)->t0 <= j + 2) {
			mk = m;
			w = M(d, k + 1);
		} else if (m->gz == GZ_DEMONYM && !m->possessive) {
			int done = 0, rc = used_makers_list(d, s, v, k, &done);
			if (rc || done)
				return rc;
		}
		break;
	}
	if (!mk && (mk = origin_of_used(d, s, v, &w, &sub)) != NULL) {
		if (!sub)
			sub = holder_before(d, s, v);
		if (!sub || sub->gz == GZ_FIRM || !strcmp(sub->code, mk->code) ||
		    tie_known(d, mk->code, sub->code, -1))
			return ENT_OK;
		return emit_goods_tie(d, s, w, quantity_before(d, s, w), mk->code, sub->code,
				      "supply.used_goods");
	}
	sub = mk ? (acc ? acc : holder_before(d, s, v)) : NULL;
	if (sub && !acc) {
		/* "X and Y have said that Z has been using ...": the subject of
		 * the clause "that" opens, not the speakers */
		size_t t = after_that(d, v, sub->t1, 12);
		const mention *z = t != NONE ? mention_at(d, s, t) : NULL;
		if (z && z->t0 == t && ent__is_state_mention(z) && z->gz != GZ_FIRM &&
		    z->gz != GZ_DEMONYM && !z->possessive && z->t1 <= v)
			sub = z;
	}
	if (mk && sub && sub->t1 < v) {
		/* "X stated that according to Xn data, Y has already used
		 * Zn-made missiles": the state right before the verb, over its
		 * auxiliaries and adverbs, is the one that used them (stop 58) */
		static const char *w_aux_adv[] = {"has", "have", "had", "already", "still", "also",
						  "currently", "reportedly", "now", "been", NULL};
		const mention *z;
		for (j = v; j > sub->t1 && kin_local(d, j - 1, w_aux_adv); j--)
			;
		z = j < v ? mention_at_end(d, s, j) : NULL;
		if (z && z != sub && ent__is_state_mention(z) && z->gz != GZ_FIRM &&
		    z->gz != GZ_DEMONYM && !z->possessive)
			sub = z;
	}
	if (mk && !sub) {
		/* "In 2016, Azerbaijani forces used": a service named by its
		 * demonym after a fronted phrase */
		for (k = s->m0; k < s->m1 && M(d, k)->t1 <= v; k++) {
			const mention *m = M(d, k);
			if (m->kind != MK_ACTOR)
				continue;
			if (m->gz == GZ_DEMONYM && m->t0 > s->t0 + 1 &&
			    (kis(d, m->t0 - 1, ",") ||
			     (kis(d, m->t0 - 1, "the") && kis(d, m->t0 - 2, ","))) &&
			    m->t1 + 1 == v && kin_local(d, m->t1, w_armed_service))
				sub = m;
			/* "The Malaysian air force operates Russian jets": a
			 * service opening the sentence */
			if (m->gz == GZ_DEMONYM &&
			    (m->t0 == s->t0 || (m->t0 == s->t0 + 1 && kis(d, s->t0, "the"))) &&
			    ((m->t1 + 1 == v && kin_local(d, m->t1, w_armed_service)) ||
			     (m->t1 + 2 == v && kis(d, m->t1, "air") && kis(d, m->t1 + 1, "force"))))
				sub = m;
			break;
		}
	}
	if (!mk || !sub || sub->gz == GZ_FIRM)
		return ENT_OK;
	if (strcmp(sub->code, mk->code) != 0 && !tie_known(d, mk->code, sub->code, -1)) {
		int rc = emit_goods_tie(d, s, w, quantity_before(d, s, w), mk->code, sub->code,
					"supply.used_goods");
		if (rc)
			return rc;
	}
	return used_goods_list(d, s, w, sub);
}

/* "Azerbaijan, armed with Turkish and Pakistani weapons,", "X is armed
 * with Israeli drones": arms of each state whose demonym (or "Y-made")
 * qualifies the goods after "armed with" are a supply tie from that state
 * to the holder (the subject, or a state's service), unless its own make
 * or a tie the text gives already (supply.armed_with). */
int rule_armed_with(dctx *d, const span *s)
{
	const mention *mk[4], *sub, *w = NULL;
	size_t v, k, j, g = NONE, n = 0;
	int rc;
	/* "X equipped (replenished) its drone fleet with Turkish TB2s": an
	 * object of at most four words between the verb and "with" (stop
	 * 46) */
	static const char *w_equip[] = {"equipped", "equips", "replenished", "replenishes",
					"rearmed", "rearms", "bolstered", "bolsters", NULL};
	size_t wv = NONE;
	for (v = s->t0; v + 3 < s->t1 && wv == NONE; v++) {
		if (((K(v)[0] == 'a' && kis(d, v, "armed")) ||
		     (K(v)[0] == 'e' && kis(d, v, "equipped"))) &&
		    kis(d, v + 1, "with")) {
			wv = v + 1; /* "is equipped with Israeli-made rifles" (stop 61) */
		} else if (strchr("erb", K(v)[0]) && kin_local(d, v, w_equip) && v > s->t0 &&
			   !KIN(d, v - 1, w_be) && !kis(d, v - 1, "been") &&
			   !state_object(d, s, v)) {
			/* not "equipped Tokyo with": a state equipped is
			 * given the goods (equip_state_with) */
			size_t q;
			for (q = v + 1; q < s->t1 && q < v + 6 && d->t.v[q].kind == TK_WORD &&
					!kis(d, q, "with");
			     q++)
				;
			if (q > v + 1 && q < s->t1 && kis(d, q, "with"))
				wv = q;
		}
	}
	if (wv == NONE)
		return ENT_OK;
	v--;
	if (wv + 2 >= s->t1 || negated(d, s, v))
		return ENT_OK;
	/* the makers: "Turkish and Pakistani", "Israeli-made" */
	for (j = wv + 1, k = s->m0; k < s->m1 && M(d, k)->t0 < j; k++)
		;
	for (; k < s->m1 && n < 4; k++) {
		const mention *m = M(d, k);
		if (m->t0 != j || !ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive ||
		    !(m->gz == GZ_DEMONYM || made_in(d, s, m)))
			break;
		mk[n++] = m;
		j = made_in(d, s, m) ? m->t1 + 2 : m->t1;
		if (j < s->t1 && kis(d, j, ","))
			j++;
		if (j < s->t1 && kis(d, j, "and"))
			j++;
	}
	if (!n || j >= s->t1)
		return ENT_OK;
	/* the goods: a weapon within two words, or arms of no stated kind */
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 < j)
			continue;
		if (m->t0 > j + 2)
			break;
		if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON) {
			w = m;
			break;
		}
	}
	if (!w)
		g = find_in(d, j, j + 3 < s->t1 ? j + 3 : s->t1, w_arms_generic);
	if (!w && g == NONE)
		return ENT_OK;
	sub = v > s->t0 ? holder_before(d, s, v) : NULL;
	if (!sub && v > s->t0 + 1 && kis(d, v - 1, ","))
		sub = actor_before(d, s, v - 1, 2, 0); /* "X, armed with" */
	if (!sub && v == s->t0) {
		/* "Armed with Yn drones, Xn forces reclaimed ...": the
		 * subject after the phrase's comma */
		size_t c;
		const mention *m;
		for (c = j; c < s->t1 && c < j + 8 && !kis(d, c, ","); c++)
			;
		m = c < s->t1 && kis(d, c, ",") ? actor_after(d, s, c + 1, 1, 0) : NULL;
		if (m && (m->gz != GZ_DEMONYM ||
			  (m->t1 < s->t1 && kin_local(d, m->t1, w_armed_service))))
			sub = m;
	}
	if (sub && sub->possessive) {
		/* "Cameroon's elite battalion is equipped with": the state
		 * owning the unit holds (stop 61) */
		static const char *w_unit_n[] = {"battalion", "battalions", "brigade", "brigades",
						 "army", "navy", "forces", "troops", "units", "unit",
						 "regiment", "division", "military", NULL};
		size_t q = sub->t1 + (sub->t1 < s->t1 && kis(d, sub->t1, "'s") ? 1 : 0), e;
		for (e = q; e < s->t1 && e < q + 3 && !kin_local(d, e, w_unit_n) &&
			    d->t.v[e].kind == TK_WORD && !d->t.v[e].upper;
		     e++)
			;
		if (!(e < s->t1 && e < q + 3 && kin_local(d, e, w_unit_n) && e < v))
			sub = NULL;
	}
	if (!sub || sub->gz == GZ_FIRM)
		return ENT_OK;
	for (k = 0; k < n; k++) {
		cand *c;
		if (!strcmp(sub->code, mk[k]->code) || tie_known(d, mk[k]->code, sub->code, -1))
			continue;
		if (w) {
			if ((rc = emit_goods_tie(d, s, w, quantity_before(d, s, w), mk[k]->code,
						 sub->code, "supply.armed_with")))
				return rc;
			continue;
		}
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
			return rc;
		if (ent_fact_add_item(&c->f, ENT_CAT_OTHER, d->text + d->t.v[g].start,
				      d->t.v[g].end - d->t.v[g].start, NULL, -1))
			return ENT_ENOMEM;
		if ((rc = emit_tie(d, c, s, mk[k]->code, sub->code, "supply.armed_with")))
			return rc;
	}
	/* "... with Turkish TB2 drones and Israeli SkyStriker drones": the
	 * further goods of the list, each with its own maker */
	return w && n == 1 ? used_goods_list(d, s, w, sub) : ENT_OK;
}

/* The verb of holding that governs a count at token c of s, or NONE: the
 * word right before the count ("operates 12"), or one before "a (diverse,
 * large) fleet of / that includes / including / comprising" the count
 * ("operates a diverse fleet that includes 36 ..."; stop 36). */
static size_t holding_verb(const dctx *d, const span *s, size_t c, const char *const *w_hold)
{
	static const char *w_fleet_link[] = {"of", "includes", "including", "comprising",
					     "comprises", NULL};
	size_t i, f;
	if (c <= s->t0)
		return NONE;
	if (kin_local(d, c - 1, w_hold))
		return c - 1;
	if (!kin_local(d, c - 1, w_fleet_link))
		return NONE;
	f = c - 1;
	if (f > s->t0 && kis(d, f - 1, "that"))
		f--; /* "a fleet that includes" */
	if (f <= s->t0 + 1 || !kis(d, f - 1, "fleet"))
		return NONE;
	for (i = f - 1; i > s->t0 && i + 4 > f; i--) /* "a (diverse, large) fleet" */
		if (KIN(d, i - 1, w_det))
			return i - 1 > s->t0 && kin_local(d, i - 2, w_hold) ? i - 2 : NONE;
	return NONE;
}

/* The verb of holding (holding_verb) of goods at token c when it tells
 * what the subject holds now (not "had / operated / fielded", not negated)
 * and a holder stands before it (*sub); NONE otherwise. */
static size_t held_now(const dctx *d, const span *s, size_t c, const char *const *w_hold,
		       const mention **sub)
{
	size_t hv = holding_verb(d, s, c, w_hold);
	if (hv == NONE || kis(d, hv, "had") || kis(d, hv, "operated") || kis(d, hv, "fielded") ||
	    negated(d, s, hv) || !(*sub = holder_before(d, s, hv)))
		return NONE;
	return hv;
}

/* "Currently, Myanmar has 11 JF-17 aircraft", "Peru operates 12 Su-25
 * jets", "operates a fleet that includes 36 Dassault Rafale jets and 48
 * Boeing F-15QA fighters": a count of a designated system whose maker
 * weapons.tsv gives (a firm's name may stand between), right after a verb
 * of holding in the present (has, operates, fields, flies) or its fleet,
 * is a supply tie from the maker to the subject (no stage); so is each
 * counted system a list joins to it. Not the subject's own make, nor "had"
 * (what it no longer holds). */
static int holdings_counted(dctx *d, const span *s, const char *const *w_hold)
{
	const mention *sub = NULL;
	size_t v = NONE, k, prev_end = NONE;
	int rc;
	/* from the goods (few mentions): a count right before a designation,
	 * a verb of holding right before the count */
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k), *w = m, *named = NULL;
		const char *maker;
		size_t c;
		if (!(m->kind == MK_ACTOR && m->gz == GZ_WEAPON && m->canon && m->code &&
		      m->code[0] && m->t0 >= s->t0 + 2))
			continue;
		c = m->t0 - 1;
		if (k > s->m0 && M(d, k - 1)->gz == GZ_FIRM && M(d, k - 1)->t1 == m->t0 &&
		    M(d, k - 1)->t0 > s->t0 + 1)
			c = M(d, k - 1)->t0 - 1; /* "36 Dassault Rafale jets" */
		else if (k > s->m0 && M(d, k - 1)->t1 == m->t0 && M(d, k - 1)->t0 > s->t0 + 1 &&
			 ent__is_state_mention(M(d, k - 1)) && !M(d, k - 1)->possessive)
			named = M(d, k - 1); /* "a fleet of US (American) F-16 fighters" */
		maker = named ? named->code : w->code;
		if (named && kis(d, named->t0 - 1, "of")) {
			/* an uncounted system of a fleet, its maker named */
			if (v != NONE || (v = held_now(d, s, named->t0, w_hold, &sub)) == NONE)
				continue;
		} else if (!(d->t.v[c].kind == TK_NUM || KIN(d, c, w_numwords))) {
			continue;
		} else if (v != NONE && prev_end != NONE && c > prev_end && c <= prev_end + 3 &&
			   (kis(d, c - 1, "and") || kis(d, c - 1, ","))) {
			/* "... 36 Rafale jets and 48 F-15QA fighters" */
		} else if (v == NONE) {
			if ((v = held_now(d, s, c, w_hold, &sub)) == NONE)
				continue;
		} else {
			continue;
		}
		prev_end = w->t1;
		if (!strcmp(sub->code, maker) || tie_known(d, maker, sub->code, -1))
			continue;
		if ((rc = emit_goods_tie(d, s, w, quantity_before(d, s, w), maker, sub->code,
					 "supply.holdings_counted")))
			return rc;
	}
	return ENT_OK;
}

/* "X has 17 Chinese-origin T-59 tanks", "X operates Russian-made
 * helicopters", "X was said to have some units of Chinese origin T-59
 * tanks": goods of a foreign make that the subject has, operates, fields or
 * flies are a supply tie from the maker (no stage), when the text gives none
 * so far.  The maker is a state or demonym with "-made/-built/-origin" (or
 * "origin" after a space) right before the goods, within ten words after the
 * verb (eighteen over "..., of which 36 are Chinese-made F-7s"). */
int rule_holdings_made(dctx *d, const span *s)
{
	static const char *w_hold[] = {"has", "have", "had", "having", "operates", "operate",
				       "operated", "operating", "fields", "field", "fielded",
				       "flies", "fly", "possesses", "possess", "possessed", NULL};
	const mention *sub, *mk = NULL;
	size_t v, k, j, mk_k = 0, mk_last = 0, last;
	cand *c;
	int rc;
	/* first a maker's mark ("-made", "origin") after a state: most
	 * sentences have none */
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if ((m->gz == GZ_DEMONYM || m->gz == GZ_STATE) && m->t1 + 1 < s->t1 &&
		    (K(m->t1)[0] == '-' || K(m->t1)[0] == 'o') && ent__is_state_mention(m) &&
		    (made_in(d, s, m) || kis(d, m->t1, "origin") || chain_made(d, s, k, &last)))
			break;
	}
	if (k == s->m1)
		return holdings_counted(d, s, w_hold);
	for (v = s->t0; v < s->t1; v++) /* the first letter rules out most words */
		if (strchr("hofp", K(v)[0]) && kin_local(d, v, w_hold))
			break;
	{
		/* "X have said that Y has been flying Zn-made jets": the verb
		 * nearest before the maker's mark, not one of saying before */
		size_t u, mt = M(d, k)->t0;
		for (u = v + 1; u < mt; u++)
			if (strchr("hofp", K(u)[0]) && kin_local(d, u, w_hold))
				v = u;
	}
	if (v + 1 >= s->t1 || negated(d, s, v) || kis(d, v + 1, "no"))
		return ENT_OK;
	{
		/* "a deal that would have Athens send 40 of its Soviet-made
		 * BMP-1s": a causative "have", a state and a verb */
		const mention *o = mention_at(d, s, v + 1);
		if (o && ent__is_state_mention(o) && o->gz != GZ_DEMONYM && !o->possessive &&
		    o->t1 < s->t1 && d->t.v[o->t1].kind == TK_WORD && !d->t.v[o->t1].upper &&
		    !KIN(d, o->t1, w_det))
			return ENT_OK;
	}
	{
		/* "have signed a contract for repairing ...": an auxiliary */
		static const char *w_pp[] = {"been", "got", "made", "built", "taken", "given",
					     "sold", "bought", "won", "begun", "become", "chosen",
					     "sent", "spent", "had", NULL};
		static const char *w_adv[] = {"already", "also", "now", "since", "just", "still",
					      "recently", "reportedly", "previously", NULL};
		/* "Y has already used Zn-made missiles": past an adverb (stop 58) */
		size_t a = v + 2 < s->t1 && kin_local(d, v + 1, w_adv) ? v + 2 : v + 1;
		const char *nk = K(a);
		size_t nl = strlen(nk);
		if ((nl > 3 && !strcmp(nk + nl - 2, "ed")) || kin_local(d, a, w_pp))
			return ENT_OK;
	}
	static const char *w_of_which[] = {"which", NULL};
	size_t reach = 10;
	/* "operates 212 aircraft, including 44 fighter jets, of which 36 are
	 * Chinese-made F-7s": the count's own list reaches further */
	if (find_in(d, v + 1, v + 16 < s->t1 ? v + 16 : s->t1, w_of_which) != NONE)
		reach = 18;
	for (k = s->m0; k < s->m1 && !mk; k++) {
		const mention *m = M(d, k), *w;
		if (m->t0 <= v || m->t0 > v + reach)
			continue;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive)
			continue;
		j = m->t1;
		last = k;
		if (made_in(d, s, m))
			j += 2;
		else if (j < s->t1 && kis(d, j, "origin"))
			j++;
		else if (!(j = chain_made(d, s, k, &last)))
			continue;
		/* "tanks of Chinese origin": the goods before "of" */
		if (kis(d, j - 1, "origin") && m->t0 > v + 1 && kis(d, m->t0 - 1, "of") && k > s->m0 &&
		    (w = M(d, k - 1))->kind == MK_ACTOR && w->gz == GZ_WEAPON && w->t0 > v &&
		    w->t1 == m->t0 - 1) {
			mk = m;
			break;
		}
		/* "Chinese-origin T-59 tanks": the goods right after */
		if (last + 1 < s->m1 && (w = M(d, last + 1))->kind == MK_ACTOR &&
		    w->gz == GZ_WEAPON && w->t0 >= j && w->t0 <= j + 4) {
			mk = m;
			mk_k = k;
			mk_last = last;
		}
	}
	if (!mk || !(sub = holder_before(d, s, v)) || !strcmp(sub->code, mk->code) ||
	    tie_known(d, mk->code, sub->code, -1))
		return ENT_OK;
	if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
		return rc;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 + 1 >= mk->t0 && m->t0 <= M(d, mk_last)->t1 + 4 && m->kind == MK_ACTOR &&
		    m->gz == GZ_WEAPON &&
		    ent_fact_add_item(&c->f, (ent_category)m->category, d->text + m->start,
				      m->end - m->start, m->canon, quantity_before(d, s, m)))
			return ENT_ENOMEM;
	}
	/* the other makers of a chain ("Korean-Italian made") */
	for (k = mk_k + 1; k <= mk_last && mk_last > mk_k; k++)
		if (strcmp(M(d, k)->code, sub->code))
			ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, M(d, k)->code);
	if ((rc = emit_tie(d, c, s, mk->code, sub->code, "supply.holdings_made")))
		return rc;
	/* "Chinese and Russian-made planes": the maker before shares the
	 * mark (stop 64) */
	const mention *sh = shared_made_before(d, s, mk_k);
	if (sh && strcmp(sh->code, sub->code) && !tie_known(d, sh->code, sub->code, -1) &&
	    mk_last + 1 < s->m1 && M(d, mk_last + 1)->gz == GZ_WEAPON)
		return emit_goods_tie(d, s, M(d, mk_last + 1), -1, sh->code, sub->code,
				      "supply.holdings_made");
	return ENT_OK;
}

/* "Most equipment consists of older weapons of British, Swiss and Finnish
 * origin", "Peru's navy sails vessels of German and Italian origin": a list
 * of two makers or more (demonyms or states joined by commas and "and/or")
 * between "of" and "origin", right after goods (a noun of arms or a
 * system), is a supply tie from each maker to the owner: a possessive or
 * demonym state of the clause before the goods, else the one state the
 * unit before names (none other), unless negated or already known. */
int rule_origin_list(dctx *d, const span *s)
{
	static const char *w_goods[] = {"weapons", "equipment", "arms", "hardware", "materiel",
					"weaponry", "systems", "vessels", "ships", "aircraft",
					"vehicles", "tanks", "guns", "jets", NULL};
	const char *owner = NULL, *makers[8];
	size_t i, k, of, nm = 0, q;
	int rc;
	for (i = s->t0 + 4; i < s->t1; i++) /* the first letters rule out most words */
		if (K(i)[0] == 'o' && K(i)[1] == 'r' && K(i)[2] == 'i' && kis(d, i, "origin"))
			break;
	if (i >= s->t1)
		return ENT_OK;
	/* the makers, walking back from "origin" to "of" */
	for (k = s->m1, of = i; k > s->m0; k--) {
		const mention *m = M(d, k - 1);
		if (m->t0 >= i)
			continue;
		if (m->t1 != of || !ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive ||
		    nm == 8)
			break;
		makers[nm++] = m->code;
		of = m->t0;
		if (of > s->t0 && (kis(d, of - 1, ",") || kis(d, of - 1, "and") || kis(d, of - 1, "or")))
			of--;
		if (of > s->t0 && kis(d, of - 1, ",") && (kis(d, of, "and") || kis(d, of, "or")))
			of--;
	}
	if (nm < 2 || of <= s->t0 + 1 || !kis(d, of - 1, "of") || negated(d, s, of))
		return ENT_OK;
	/* the goods right before "of" */
	if (!kin_local(d, of - 2, w_goods) && !in_weapon(d, s, of - 2))
		return ENT_OK;
	/* the owner: a possessive or demonym state before the goods, and no
	 * other state in the clause */
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 >= of - 1)
			break;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		if (owner || !(m->possessive || m->gz == GZ_DEMONYM))
			return ENT_OK;
		owner = m->code;
	}
	if (!owner && s->unit > 0) {
		const unit *un = &d->units[s->unit - 1];
		for (k = un->m0; k < un->m1; k++) {
			const mention *m = M(d, k);
			if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
				continue;
			if (owner && strcmp(owner, m->code) != 0)
				return ENT_OK;
			owner = m->code;
		}
	}
	if (!owner)
		return ENT_OK;
	for (q = nm; q > 0; q--) {
		cand *c;
		if (!strcmp(makers[q - 1], owner) || tie_known(d, makers[q - 1], owner, -1))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
			return rc;
		if ((rc = emit_tie(d, c, s, makers[q - 1], owner, "supply.origin_list")))
			return rc;
	}
	return ENT_OK;
}

/* The one state (or firm's home) other than `not` the clause names before
 * token t; else, when the clause names none, the one the text has named so
 * far, else the one the nearest unit before that names any does (two units
 * back at most).  NULL when none or more than one. */
static const char *sole_party_before(const dctx *d, const span *s, size_t t, const char *not)
{
	const char *one = NULL;
	size_t k;
	int u;
	for (k = s->m0; k < s->m1 && M(d, k)->t0 < t; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || (not && !strcmp(m->code, not)))
			continue;
		if (one && strcmp(one, m->code) != 0)
			return NULL;
		one = m->code;
	}
	if (one || s->unit <= 0)
		return one;
	/* the one state of the text so far ("India cleared an order ... The
	 * state firm will build them ...") */
	for (k = 0; k < d->units[s->unit].m0; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || (not && !strcmp(m->code, not)))
			continue;
		if (one && strcmp(one, m->code) != 0) {
			one = NULL;
			break;
		}
		one = m->code;
	}
	if (one)
		return one;
	for (u = s->unit - 1; u >= 0 && u >= s->unit - 2; u--) {
		const unit *un = &d->units[u];
		for (k = un->m0; k < un->m1; k++) {
			const mention *m = M(d, k);
			if (!ent__is_state_mention(m) || (not && !strcmp(m->code, not)))
				continue;
			if (one && strcmp(one, m->code) != 0)
				return NULL;
			one = m->code;
		}
		if (one)
			break;
	}
	return one;
}

/* A transfer of technology from sup to rec at stage st, its item the text
 * of tokens k0..k1 ("under licence", "technology transfer", "co-produce"),
 * with the goods the span names when `goods` is set (rule_tech_from,
 * licensed_goods, rule_coproduce_pair; not tech_given). */
static int emit_tech_deal_items(dctx *d, const span *s, size_t k0, size_t k1, const char *sup,
				const char *rec, ent_status st, const char *rule, int goods)
{
	cand *c;
	int rc;
	if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
		return rc;
	if (ent_fact_add_item(&c->f, ENT_CAT_TECHNOLOGY_TRANSFER, d->text + d->t.v[k0].start,
			      d->t.v[k1].end - d->t.v[k0].start, NULL, -1))
		return ENT_ENOMEM;
	if (goods && (rc = add_items(d, c, s, NULL, NULL)))
		return rc;
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup);
	ent_code_set(&c->f.recipient, rec);
	c->directed = 1;
	c->f.status = st;
	c->f.year = year_in(d, s);
	c->f.confidence = 0.5;
	d->last_deal = (int)(c - d->cands);
	return emit(d, c, s, rule);
}

/* The same, with the other goods of the span as items. */
static int emit_tech_deal(dctx *d, const span *s, size_t k0, size_t k1, const char *sup,
			  const char *rec, ent_status st, const char *rule)
{
	return emit_tech_deal_items(d, s, k0, k1, sup, rec, st, rule, 1);
}

/* "Harop is produced in Azerbaijan under the Israeli state defense concern
 * IAI's license", "built under Russia's licence": a licence whose owner
 * the words after "under" name (a state, demonym or firm, the first of
 * them, within eight words and no mark before "licence") and a verb of
 * making before "under": a transfer of technology from that owner to the
 * state after "in" right after the verb, else to the clause's subject;
 * reported (stop 45, test_extract_deal_signed_roles.c).  *hit when the
 * sentence has this form, deal or none. */
static int owned_licence(dctx *d, const span *s, size_t u, const char *const *w_make,
			 const char *const *w_licence, int *hit)
{
	const mention *own = NULL, *to = NULL;
	size_t l, v, k;
	*hit = 0;
	for (l = u + 1; l < s->t1 && l < u + 9 && !kin_local(d, l, w_licence); l++)
		if (d->t.v[l].kind == TK_PUNCT && !kis(d, l, "'s") && !kis(d, l, "-"))
			return ENT_OK;
	if (l >= s->t1 || l < u + 3 || !kin_local(d, l, w_licence))
		return ENT_OK; /* "under (a) licence" itself is licensed_goods' */
	for (k = s->m0; k < s->m1 && !own; k++)
		if (M(d, k)->t0 > u && M(d, k)->t1 <= l && ent__is_state_mention(M(d, k)))
			own = M(d, k);
	if (!own || (v = find_in(d, s->t0, u, w_make)) == NONE)
		return ENT_OK;
	*hit = 1;
	if (negated(d, s, v))
		return ENT_OK;
	if (v + 2 < u && kis(d, v + 1, "in"))
		to = actor_after(d, s, v + 2, 1, 1);
	if (!to)
		to = holder_before(d, s, v);
	if (!to || to->gz == GZ_FIRM || !strcmp(to->code, own->code) ||
	    tie_known(d, own->code, to->code, s->unit))
		return ENT_OK;
	return emit_tech_deal(d, s, u, l + 1, own->code, to->code, ENT_STATUS_REPORTED,
			      "deal.licensed_goods");
}

/* "Kazakhstan will produce Turkish Anka drones under licence", "X builds
 * the Y-made jets under a licence": goods with a foreign maker (a state
 * or demonym right before them, else the designation's origin) made
 * under licence by the clause's subject are a transfer of technology from
 * the maker (reported), unless negated, the maker itself, or a deal of
 * the pair in this unit exists already. */
static int licensed_goods(dctx *d, const span *s, size_t u, const char *const *w_make,
			  const char *const *w_licence)
{
	const mention *w = NULL, *sub;
	const char *maker = NULL;
	size_t v, k;
	int rc, hit;
	if ((rc = owned_licence(d, s, u, w_make, w_licence, &hit)) || hit)
		return rc;
	/* the first "under" of the sentence at u: "under (a) licence" */
	if (u + 1 >= s->t1 ||
	    !(kin_local(d, u + 1, w_licence) ||
	      (KIN(d, u + 1, w_det) && u + 2 < s->t1 && kin_local(d, u + 2, w_licence))) ||
	    (v = find_in(d, s->t0, u, w_make)) == NONE || negated(d, s, v) ||
	    !(sub = holder_before(d, s, v)))
		return ENT_OK;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 <= v)
			continue;
		if (m->t0 >= u)
			break;
		if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON) {
			w = m;
			break;
		}
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM && !m->possessive)
			maker = m->code; /* "Turkish (-made) Anka drones" */
	}
	if (!w)
		return ENT_OK;
	if (!maker && w->canon && w->code && w->code[0])
		maker = w->code;
	if (!maker || !strcmp(maker, sub->code) || tie_known(d, maker, sub->code, s->unit))
		return ENT_OK;
	return emit_tech_deal(d, s, u, u + 1, maker, sub->code, ENT_STATUS_REPORTED,
			      "deal.licensed_goods");
}

/* "Production of Turkish Anka drones in Kazakhstan will begin in 2024",
 * "Turkish Aerospace will assemble Anka drones in Kazakhstan": goods of a
 * foreign make (a demonym or a state with "-made" right before them, else
 * the subject firm's or state's) produced or assembled "in" another state
 * are a transfer of technology to that state (reported), unless negated
 * or a deal of the pair in this unit exists already. */
int rule_production_in(dctx *d, const span *s)
{
	static const char *w_prod[] = {"production", "assembly", "manufacture", "manufacturing",
				       "produce", "produces", "producing", "assemble",
				       "assembles", "assembling", "manufactures", NULL};
	const mention *w = NULL, *mk = NULL, *place = NULL, *m;
	size_t v, k, e = 0;
	for (v = s->t0; v < s->t1; v++) /* the first letter rules out most words */
		if ((K(v)[0] == 'p' || K(v)[0] == 'a' || K(v)[0] == 'm') &&
		    d->t.v[v].keylen >= 7 && kin_local(d, v, w_prod))
			break;
	if (v + 3 >= s->t1 || negated(d, s, v))
		return ENT_OK;
	k = v + 1;
	if (kis(d, k, "of"))
		k++;
	else if (!(K(v)[d->t.v[v].keylen - 1] == 'e' || K(v)[d->t.v[v].keylen - 1] == 's' ||
		   K(v)[d->t.v[v].keylen - 1] == 'g'))
		return ENT_OK; /* a noun needs "of" */
	if (k < s->t1 && KIN(d, k, w_det))
		k++;
	/* the goods within three words, with a maker right before them */
	for (; k < s->t1 && k < v + 6; k++) {
		if ((m = mention_at(d, s, k)) == NULL)
			continue;
		if (m->gz == GZ_WEAPON) {
			w = m;
			break;
		}
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM && !m->possessive &&
		    (m->gz == GZ_DEMONYM || made_in(d, s, m)))
			mk = m;
		k = m->t1 - 1;
	}
	if (!w)
		return ENT_OK;
	if (!mk) {
		/* the subject's: "Turkish Aerospace will assemble ..." */
		const mention *sub = actor_before(d, s, v, 4, 0);
		if (!sub || kis(d, v, "production") || kis(d, v, "assembly") ||
		    kis(d, v, "manufacture") || kis(d, v, "manufacturing"))
			return ENT_OK;
		mk = sub;
	}
	/* "in X" after the goods, within eight words */
	for (k = w->t1; k + 1 < s->t1 && k < w->t1 + 8; k++)
		if (kis(d, k, "in") && (place = named_state(d, s, k + 1, &e)) != NULL)
			break;
	if (!place || place->possessive || place->gz == GZ_DEMONYM || place->gz == GZ_FIRM ||
	    !strcmp(place->code, mk->code) || tie_known(d, mk->code, place->code, s->unit))
		return ENT_OK;
	{
		int rc = emit_tech_deal(d, s, v, w->t1 - 1, mk->code, place->code,
					ENT_STATUS_REPORTED, "deal.production_in");
		int y = 0;
		if (rc)
			return rc;
		/* a year after the verb dates the production to come ("to
		 * begin in 2024"), no stage; one before it stays ("In 2022,
		 * production of ... began") */
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->kind == MK_YEAR && M(d, k)->t1 <= v && year_counts(d, s, M(d, k)))
				y = M(d, k)->year;
		d->cands[d->last_deal].f.year = y;
		return ENT_OK;
	}
}

/* "Moscow has given Pyongyang technology to help it ...", "X provided Y
 * know-how": a verb of giving with a state for its first object and a
 * noun of technology right after it (one word between at most) is a
 * transfer of technology from the clause's subject; delivered when the
 * verb is past and no modal or hedge is before it, else reported (stop
 * 49; deal.tech_given).  *hit when the sentence has this form. */
static int tech_given(dctx *d, const span *s, const char *const *w_tech_n, int *hit)
{
	static const char *w_give[] = {"given", "gave", "give", "gives", "giving", "provided",
				       "provide", "provides", "providing", "handed",
				       "transferred", "supplied", NULL};
	static const char *w_give_past[] = {"given", "gave", "provided", "handed",
					    "transferred", "supplied", NULL};
	const mention *to, *from;
	size_t v, n;
	ent_status st;
	/* most spans name no technology: the noun first ("t"/"k" rule out
	 * most words), as rule_tech_shared does */
	for (n = s->t0; n < s->t1 && !((K(n)[0] == 't' || K(n)[0] == 'k') &&
				      kin_local(d, n, w_tech_n));
	     n++)
		;
	if (n >= s->t1)
		return ENT_OK;
	for (v = s->t0 + 1; v + 2 < s->t1; v++) {
		if (!strchr("ghpts", K(v)[0]) || !kin_local(d, v, w_give))
			continue;
		to = actor_after(d, s, v + 1, 0, 1);
		if (!to || to->t0 != v + 1 || to->possessive || to->gz == GZ_FIRM ||
		    to->gz == GZ_DEMONYM || to->t1 >= s->t1)
			continue;
		n = kin_local(d, to->t1, w_tech_n) ? to->t1
		    : to->t1 + 1 < s->t1 && d->t.v[to->t1].kind == TK_WORD &&
				    !d->t.v[to->t1].upper && kin_local(d, to->t1 + 1, w_tech_n)
			    ? to->t1 + 1
			    : NONE;
		if (n == NONE)
			continue;
		*hit = 1;
		from = subject_before(d, s, v);
		if (!from || from->possessive || from->gz == GZ_FIRM || negated(d, s, v) ||
		    !strcmp(from->code, to->code) || tie_known(d, from->code, to->code, s->unit))
			return ENT_OK;
		st = kin_local(d, v, w_give_past) && !KIN(d, v - 1, w_modal) && !hedged(d, s, v)
			     ? ENT_STATUS_DELIVERED
			     : ENT_STATUS_REPORTED;
		/* the technology alone: what it helps to make ("to help it
		 * improve tanks") is no goods given */
		return emit_tech_deal_items(d, s, to->t1, n, from->code, to->code, st,
					    "deal.tech_given", 0);
	}
	return ENT_OK;
}

/* "extending US nuclear submarine technology to Australia", "X agreed to
 * share its drone technology with Y": technology (know-how) a state
 * shares or extends "to/with" another (right after the noun) is a transfer
 * of technology from the state or demonym before the noun, else the
 * clause's subject; reported, not negated, nor a deal of the pair in this
 * unit already (deal.tech_shared). */
int rule_tech_shared(dctx *d, const span *s)
{
	static const char *w_share[] = {"share", "shares", "shared", "sharing", "extend",
					"extends", "extended", "extending", NULL};
	static const char *w_tech_n[] = {"technology", "technologies", "know-how", NULL};
	const mention *from = NULL, *to, *m;
	size_t v, n, k;
	int hit = 0, rc = tech_given(d, s, w_tech_n, &hit);
	if (rc || hit)
		return rc;
	/* the noun first ("t"/"k" rule out most words), then the verb at most
	 * seven words before it */
	for (n = s->t0 + 2; n + 2 < s->t1; n++)
		if ((K(n)[0] == 't' || K(n)[0] == 'k') && kin_local(d, n, w_tech_n) &&
		    (kis(d, n + 1, "to") || kis(d, n + 1, "with")))
			break;
	if (n + 2 >= s->t1)
		return ENT_OK;
	for (v = n - 1; v >= s->t0 && v + 7 > n && !kin_local(d, v, w_share); v--)
		if (v == s->t0)
			return ENT_OK;
	if (v + 7 <= n || !kin_local(d, v, w_share) || negated(d, s, v))
		return ENT_OK;
	for (n = v + 1; n < s->t1 && n < v + 7 && !kin_local(d, n, w_tech_n); n++) {
		if (d->t.v[n].kind != TK_WORD && !kis(d, n, "-"))
			return ENT_OK;
		if ((m = mention_at(d, s, n)) != NULL && ent__is_state_mention(m) &&
		    m->gz != GZ_FIRM && !from) {
			from = m;
			n = m->t1 - 1;
		}
	}
	if (n + 2 >= s->t1 || !kin_local(d, n, w_tech_n) ||
	    !(kis(d, n + 1, "to") || kis(d, n + 1, "with")))
		return ENT_OK;
	to = actor_after(d, s, n + 2, 1, 1);
	if (!to || to->possessive)
		return ENT_OK;
	if (!from) {
		for (k = s->m0; k < s->m1; k++) {
			m = M(d, k);
			if (m->t1 > v)
				break;
			if (ent__is_state_mention(m) && m->gz != GZ_FIRM && !m->possessive &&
			    !(m->t0 > s->t0 && kin(d, m->t0 - 1, w_party_prep)))
				from = m;
		}
	}
	if (!from || !strcmp(from->code, to->code) || tie_known(d, from->code, to->code, s->unit))
		return ENT_OK;
	return emit_tech_deal(d, s, v + 1, n, from->code, to->code, ENT_STATUS_REPORTED,
			      "deal.tech_shared");
}

/* "Moscow has agreed to build a Kalashnikov rifle factory in Venezuela",
 * "X will set up an ammunition plant in Y": a plant for goods of war (a
 * weapon word or "arms/weapons/ammunition/munitions/defence" before the
 * noun) that a state or firm builds in another state is a transfer of
 * technology to it: signed after "agreed/signed (a deal) to", else
 * reported; not negated, nor a deal of the pair in this unit already
 * (deal.factory_in). */
int rule_factory_in(dctx *d, const span *s)
{
	static const char *w_build[] = {"build", "builds", "building", "construct", "constructs",
					"constructing", "establish", "establishes", "establishing",
					"set", "sets", "setting", "open", "opens", "opening",
					"inaugurate", "inaugurates", "inaugurating",
					/* done: delivered (stop 53) */
					"opened", "inaugurated", "built", "constructed",
					"established", NULL};
	static const char *w_done[] = {"opened", "inaugurated", "built", "constructed",
				       "established", NULL};
	static const char *w_make_base[] = {"produce", "make", "manufacture", "build", "assemble",
					    NULL};
	static const char *w_plant[] = {"factory", "factories", "plant", "plants", NULL};
	static const char *w_war[] = {"arms", "weapons", "ammunition", "munitions", "defence",
				      "defense", "rifle", "rifles", "shell", "shells", NULL};
	const mention *sub, *place;
	size_t v, k, n, e = 0;
	int war = 0;
	ent_status st = ENT_STATUS_REPORTED;
	/* the noun first ("f"/"p" rule out most words), then the verb at
	 * most seven words before it */
	for (n = s->t0 + 3; n + 2 < s->t1; n++)
		if ((K(n)[0] == 'f' || K(n)[0] == 'p') && kin_local(d, n, w_plant) &&
		    kis(d, n + 1, "in"))
			break;
	if (n + 2 >= s->t1)
		return ENT_OK;
	for (v = n - 1; v > s->t0 && v + 8 > n; v--)
		if (kin_local(d, v, w_build) && (!kis(d, v, "set") || kis(d, v + 1, "up")))
			break;
	if (v <= s->t0 || v + 8 <= n || !kin_local(d, v, w_build) || negated(d, s, v))
		return ENT_OK;
	k = v + 1 + (kis(d, v + 1, "up") != 0);
	if (k < s->t1 && KIN(d, k, w_det))
		k++;
	for (n = k; n < s->t1 && n < k + 5 && !kin_local(d, n, w_plant); n++) {
		const mention *m = mention_at(d, s, n);
		/* "a Baykar factory": a defence firm's plant (stop 48) */
		if (kin_local(d, n, w_war) || (m && (m->gz == GZ_WEAPON || m->gz == GZ_FIRM)))
			war = 1;
		if (d->t.v[n].kind != TK_WORD && !kis(d, n, "-"))
			return ENT_OK;
	}
	if (n + 2 >= s->t1 || !kin_local(d, n, w_plant) || !kis(d, n + 1, "in") ||
	    !(place = named_state(d, s, n + 2, &e)) || place->possessive ||
	    place->gz == GZ_DEMONYM || place->gz == GZ_FIRM)
		return ENT_OK;
	/* "a factory in Ukraine to produce Bayraktar drones": the goods of
	 * the purpose after the place (stop 48) */
	if (!war && e + 2 < s->t1 && kis(d, e, "to") && kin_local(d, e + 1, w_make_base)) {
		size_t q;
		for (q = e + 2; q < s->t1 && q < e + 6 && !war; q++) {
			const mention *m = mention_at(d, s, q);
			war = m && m->gz == GZ_WEAPON;
		}
	}
	if (!war)
		return ENT_OK;
	if (!(sub = actor_before(d, s, v, 6, 0)) || sub->gz == GZ_DEMONYM ||
	    !strcmp(sub->code, place->code) || tie_known(d, sub->code, place->code, s->unit))
		return ENT_OK;
	for (e = sub->t1; e < v; e++)
		if (kis(d, e, "agreed") || kis(d, e, "signed") || kis(d, e, "agrees"))
			st = ENT_STATUS_SIGNED;
	/* "Iran opened (inaugurated) a drone factory in Y": a plant done, not
	 * "has been built by" (a passive names the builder after "by") */
	if (kin_local(d, v, w_done) && !KIN(d, v - 1, w_be) && !kis(d, v - 1, "been") &&
	    !hedged(d, s, v))
		st = ENT_STATUS_DELIVERED;
	{
		/* a plant is a deal apart from the goods it will make */
		int rc = emit_tech_deal(d, s, k, n, sub->code, place->code, st, "deal.factory_in");
		if (!rc) {
			d->cands[d->last_deal].separate = 1;
			d->cands[d->last_deal].factory = 1;
			/* a plant opened "on Tuesday": the dateline's year */
			if (st == ENT_STATUS_DELIVERED && !d->cands[d->last_deal].f.year)
				d->cands[d->last_deal].f.year = year_or_dateline(d, s);
		}
		return rc;
	}
}

/* "Mexico will build the vehicles through a transfer of technology from
 * France", "The arsenal will build them with technology transfer from
 * German firm X", "assembled in Mexico under licence from France": making
 * goods (a verb of making before) with technology or a licence "from" a
 * state or firm is a transfer of technology from it to the builder: the
 * one state the clause names before, else the one of the unit before
 * (sole_party_before); reported, unless negated or a deal of the pair in
 * this unit exists already. */
int rule_tech_from(dctx *d, const span *s)
{
	static const char *w_make[] = {"build", "builds", "built", "building", "produce",
				       "produces", "produced", "producing", "manufacture",
				       "manufactures", "manufactured", "manufacturing", "assemble",
				       "assembles", "assembled", "assembling", "make", "made", NULL};
	static const char *w_licence[] = {"licence", "license", NULL};
	const mention *sup = NULL;
	const char *rec;
	size_t t, t0 = NONE, v, k;
	size_t under = NONE;
	for (t = s->t0 + 3; t < s->t1; t++) { /* "from" first: few tokens */
		if (under == NONE && K(t)[0] == 'u' && K(t)[1] == 'n' && kis(d, t, "under"))
			under = t;
		if (K(t)[0] != 'f' || K(t)[1] != 'r' || !kis(d, t, "from"))
			continue;
		if (kis(d, t - 1, "technology") && kis(d, t - 2, "of") && kis(d, t - 3, "transfer"))
			t0 = t - 3;
		else if (kis(d, t - 1, "transfer") && kis(d, t - 2, "technology"))
			t0 = t - 2;
		else if (kin_local(d, t - 1, w_licence) &&
			 (kis(d, t - 2, "under") || (KIN(d, t - 2, w_det) && kis(d, t - 3, "under"))))
			t0 = t - 1; /* "under (a) licence from" */
		if (t0 != NONE)
			break;
	}
	if (t0 == NONE)
		return under == NONE ? ENT_OK : licensed_goods(d, s, under, w_make, w_licence);
	if ((v = find_in(d, s->t0, t0, w_make)) == NONE || negated(d, s, v))
		return ENT_OK;
	/* the seller right after "from" ("from (the) German firm X") */
	for (k = s->m0; k < s->m1 && !sup; k++) {
		const mention *m = M(d, k);
		if (m->t0 > t && m->t0 <= t + 3 && ent__is_state_mention(m))
			sup = m;
	}
	if (!sup || !(rec = sole_party_before(d, s, t0, sup->code)) ||
	    tie_known(d, sup->code, rec, s->unit))
		return ENT_OK;
	return emit_tech_deal(d, s, t0, t - 1, sup->code, rec, ENT_STATUS_REPORTED,
			      "deal.tech_from");
}

/* "France has been the main source of weapons for Peru", "X was a regular
 * source of army equipment": a state that is (was, has been, remains) a
 * source of arms (a noun of arms within three words after "of") supplies
 * the state after "for/to", else the one other state of the clause, the
 * text so far or the units before (sole_party_before): a supply tie, no
 * stage, unless negated or known already. */
int rule_source_of(dctx *d, const span *s)
{
	static const char *w_arms[] = {"arms", "weapons", "weaponry", "equipment", "hardware",
				       "materiel", NULL};
	static const char *w_is[] = {"is", "was", "been", "remains", "remained", NULL};
	const mention *sup, *m;
	const char *rec = NULL;
	size_t v, j, k, a = NONE;
	cand *c;
	int rc;
	for (v = s->t0 + 2; v + 2 < s->t1; v++) /* the first letters rule out most words */
		if (K(v)[0] == 's' && K(v)[1] == 'o' && K(v)[2] == 'u' && kis(d, v, "source") &&
		    kis(d, v + 1, "of"))
			break;
	if (v + 2 >= s->t1)
		return ENT_OK;
	for (j = v + 2; j < s->t1 && j <= v + 4 && a == NONE; j++)
		if (kin_local(d, j, w_arms))
			a = j;
	for (j = v - 1; j > s->t0 && j + 4 > v && !kin_local(d, j, w_is); j--)
		;
	if (a == NONE || !kin_local(d, j, w_is) || negated(d, s, v) ||
	    !(sup = subject_before(d, s, j)) || sup->possessive)
		return ENT_OK;
	/* "for Peru", "to Peru's army" */
	if (a + 2 < s->t1 && (kis(d, a + 1, "for") || kis(d, a + 1, "to")))
		for (k = s->m0; k < s->m1 && !rec; k++)
			if ((m = M(d, k))->t0 == a + 2 && ent__is_state_mention(m))
				rec = m->code;
	if (!rec)
		rec = sole_party_before(d, s, v, sup->code);
	if (!rec || !strcmp(rec, sup->code) || tie_known(d, sup->code, rec, -1))
		return ENT_OK;
	if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
		return rc;
	return emit_tie(d, c, s, sup->code, rec, "supply.source_of");
}

/* "Saudi Arabian forces showcased their ...": a demonym and a body's noun
 * ("forces", "army", "military") that open the sentence before token e;
 * the demonym, or NULL. */
static const mention *forces_subject(const dctx *d, const span *s, size_t e)
{
	size_t b = s->t0 + (kis(d, s->t0, "the") ? 1 : 0);
	const mention *m = mention_at(d, s, b);
	if (!m || (m->gz != GZ_DEMONYM && m->gz != GZ_STATE) || m->possessive ||
	    !ent__is_state_mention(m) || m->t1 + 1 >= e ||
	    !KIN(d, m->t1, w_gov_noun))
		return NULL;
	return m;
}

/* "a deal that would have Athens send 40 of its ...": a state name
 * right before a verb of supply or buying, within eight tokens before
 * "its" at i and no comma between, is the one "its" speaks of; or NULL. */
static const mention *verb_subject_before(const dctx *d, const span *s, size_t i)
{
	static const char *w_break[] = {",", ";", NULL};
	size_t k = s->m1;
	while (k > s->m0) {
		const mention *m = M(d, --k);
		if (m->t1 > i)
			continue;
		if (m->t1 + 8 < i)
			return NULL;
		if (!ent__is_state_mention(m) || m->gz == GZ_DEMONYM || m->gz == GZ_FIRM ||
		    m->possessive || m->t1 >= i)
			continue;
		if (find_in(d, m->t1, i, w_break) != NONE)
			return NULL;
		return KIN(d, m->t1, w_supply_verb) || KIN(d, m->t1, w_buy_verb) ? m : NULL;
	}
	return NULL;
}

/* "Chile's Scorpene submarines were built by France's Naval Group",
 * "Chile's two submarines, built in France, entered service": goods a
 * state owns (a possessive over up to two small words before them) that
 * were built (made, designed) by or in another state (its name, its
 * possessive or a firm of it) are a supply tie from the builder, unless
 * negated, or a tie the text gives already (supply.built_holdings, stop
 * 58). */
int rule_owned_built(dctx *d, const span *s)
{
	size_t v, j, k, wk;
	for (v = s->t0 + 2; v + 2 < s->t1; v++) {
		const mention *w, *own, *y;
		const char *from;
		char c0 = K(v)[0];
		if ((c0 != 'b' && c0 != 'm' && c0 != 'c' && c0 != 'd' && c0 != 'p') ||
		    !(kis(d, v + 1, "by") || kis(d, v + 1, "in")) ||
		    !(kin_local(d, v, w_made_pp) || kis(d, v, "designed")))
			continue;
		j = v;
		if (KIN(d, j - 1, w_be) || kis(d, j - 1, "been"))
			j--;
		if (j > s->t0 + 1 && (kis(d, j - 1, "had") || kis(d, j - 1, "have")))
			j--;
		if (j > s->t0 + 1 && kis(d, j - 1, ","))
			j--;
		for (k = s->m0, wk = NONE; k < s->m1 && M(d, k)->t1 <= j; k++)
			if (M(d, k)->t1 == j && M(d, k)->kind == MK_ACTOR &&
			    M(d, k)->gz == GZ_WEAPON)
				wk = k;
		if (wk == NONE || negated(d, s, v))
			continue;
		/* back to the first goods mention of the run ("Scorpene
		 * submarines") */
		while (wk > s->m0 && M(d, wk - 1)->gz == GZ_WEAPON &&
		       M(d, wk - 1)->t1 == M(d, wk)->t0)
			wk--;
		w = M(d, wk);
		own = possessor_over(d, s, w->t0, s->t0);
		if (!own || !ent__is_state_mention(own) || own->gz == GZ_FIRM ||
		    own->gz == GZ_DEMONYM)
			continue;
		j = v + 2 + (kis(d, v + 2, "the") ? 1 : 0);
		y = mention_at(d, s, j);
		/* "by the French shipyard (firm)": a demonym before a noun of
		 * makers */
		if (!y || !ent__is_state_mention(y) || !y->code ||
		    (y->gz == GZ_DEMONYM &&
		     !(y->t1 < s->t1 && (kis(d, y->t1, "shipyard") || kis(d, y->t1, "shipyards") ||
					 kis(d, y->t1, "firm") || kis(d, y->t1, "company")))))
			continue;
		from = y->code;
		if (!strcmp(from, own->code) || tie_known(d, from, own->code, -1))
			continue;
		return emit_goods_tie(d, s, w, quantity_before(d, s, w), from, own->code,
				      "supply.built_holdings");
	}
	return ENT_OK;
}

/* "Peru is worried about the safety of its Korean-made jets", "two of
 * Chile's Italian-built frigates": goods of a foreign make ("<State>-made/
 * -built ...", the goods within four words) that a state owns (a
 * possessive state right before the maker, or "its/their" and the
 * clause's subject) are a supply tie from the maker, unless negated, the
 * owner's own make, or a tie the text gives already. */
int rule_owned_made(dctx *d, const span *s)
{
	const mention *m, *w, *own;
	size_t k;
	int rc;
	for (k = s->m0 + 1; k + 1 < s->m1; k++) {
		m = M(d, k);
		/* a maker's mark first: most mentions have none */
		if (m->t1 >= s->t1 || K(m->t1)[0] != '-' || !ent__is_state_mention(m) ||
		    m->gz == GZ_FIRM || m->possessive || !made_in(d, s, m))
			continue;
		w = M(d, k + 1);
		if (w->kind != MK_ACTOR || w->gz != GZ_WEAPON || w->t0 < m->t1 + 2 ||
		    w->t0 > m->t1 + 6)
			continue;
		own = M(d, k - 1);
		if (ent__is_state_mention(own) && own->possessive && own->gz != GZ_FIRM &&
		    own->t1 <= m->t0 && own->t1 + 1 >= m->t0)
			;
		else if (m->t0 > s->t0 && (kis(d, m->t0 - 1, "its") || kis(d, m->t0 - 1, "their"))) {
			own = verb_subject_before(d, s, m->t0 - 1);
			if (!own)
				own = subject_before(d, s, m->t0 - 1)
					      ? subject_before(d, s, m->t0 - 1)
					      : forces_subject(d, s, m->t0 - 1);
		} else
			continue;
		if (!own || !strcmp(own->code, m->code) || negated(d, s, m->t0) ||
		    tie_known(d, m->code, own->code, -1))
			continue;
		if ((rc = emit_goods_tie(d, s, w, quantity_before(d, s, w), m->code, own->code,
					 "supply.owned_made")))
			return rc;
	}
	return ENT_OK;
}

/* The helper of "(it/the country) ... helping X modernize": the first
 * state (name or capital) of the sentence before the verb of help at h,
 * else, for a sentence that opens with "it" or "the country/nation", the
 * first state of the unit before. */
static const mention *helper_of(const dctx *d, const span *s, size_t h)
{
	static const char *noun[] = {"country", "nation", NULL};
	const mention *m = subject_before(d, s, h);
	const unit *pu;
	size_t k;
	if (m || s->unit <= 0 ||
	    !(kis(d, s->t0, "it") || (kis(d, s->t0, "the") && s->t0 + 1 < s->t1 &&
				      kin_local(d, s->t0 + 1, noun))))
		return m;
	pu = &d->units[s->unit - 1];
	for (k = pu->m0; k < pu->m1; k++) {
		m = M(d, k);
		if (ent__is_state_mention(m) && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL))
			return m;
	}
	return NULL;
}

/* The state "it" stands for after a verb of help at token h: the sayer of
 * a clause of saying that holds it ("Venezuela said in 2012 that Iran was
 * helping it build drones"), or NULL; *helper gets the state that opens
 * the clause after "that". */
static const mention *helped_it(const dctx *d, const span *s, size_t h, const mention **helper)
{
	size_t t, v, k;
	const mention *m;
	for (t = h; t > s->t0 && !kis(d, t - 1, "that"); t--)
		;
	if (t <= s->t0 + 2)
		return NULL;
	for (k = s->m0; k < s->m1 && !ent__is_state_mention(M(d, k)); k++)
		;
	if (k == s->m1)
		return NULL;
	m = M(d, k); /* the sentence's first state, then a verb of saying */
	if (m->possessive || m->t1 >= t - 1 ||
	    !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL))
		return NULL;
	v = find_in(d, m->t1, t - 1, w_speech_verb);
	if (v == NONE || v >= m->t1 + 2)
		return NULL;
	*helper = mention_at(d, s, t);
	if (!*helper || (*helper)->t0 != t || !ent__is_state_mention(*helper) ||
	    (*helper)->possessive || (*helper)->t1 >= h)
		return NULL; /* "that Iran was helping it" */
	return m;
}

/* "Turkey is helping Pakistan (to) modernize its ships", "France helped
 * Egypt upgrade its Mirage jets": a verb of help, a state, then a verb of
 * upgrade or repair with goods for its object (a weapon within three
 * words, or "its fleet/navy/equipment"; not "its military") is a
 * maintenance tie from the helper to that state, unless negated or a tie
 * the unit gives already.  A verb of building ("Iran is helping Venezuela
 * build drones", "X said that Y was helping it build drones": the sayer)
 * with a weapon for its object is a transfer of technology (stop 53). */
int rule_helped_service(dctx *d, const span *s)
{
	static const char *help[] = {"help", "helps", "helped", "helping", "assist", "assists",
				     "assisted", "assisting", NULL};
	static const char *service[] = {"modernize", "modernise", "upgrade", "overhaul",
					"repair", "refit", "refurbish", "maintain", NULL};
	static const char *build[] = {"build", "produce", "manufacture", "develop", "assemble",
				      NULL};
	static const char *fleet[] = {"fleet", "fleets", "navy", "equipment", "arsenal", NULL};
	const mention *x, *h, *helper = NULL;
	mention it;
	size_t k, v, i;
	cand *c;
	int rc, made;
	for (i = s->t0 + 1; i + 2 < s->t1; i++) {
		/* a verb of help right before the state first: most have none
		 * (the first letter rules out most words) */
		if (!(K(i)[0] == 'h' && K(i)[1] == 'e' && K(i)[2] == 'l') &&
		    !(K(i)[0] == 'a' && K(i)[1] == 's' && K(i)[2] == 's'))
			continue;
		if (!kin_local(d, i, help))
			continue;
		x = mention_at(d, s, i + 1);
		if (x && x->t0 == i + 1) {
			if (!ent__is_state_mention(x) || x->possessive ||
			    !(x->gz == GZ_STATE || x->gz == GZ_CAPITAL))
				continue;
		} else if (kis(d, i + 1, "it") && (h = helped_it(d, s, i, &helper)) != NULL) {
			it = *h;
			it.t0 = i + 1;
			it.t1 = i + 2;
			x = &it;
		} else {
			continue;
		}
		for (k = s->m0; k < s->m1 && M(d, k)->t0 <= x->t1; k++)
			;
		v = x->t1 < s->t1 && kis(d, x->t1, "to") ? x->t1 + 1 : x->t1;
		made = v + 1 < s->t1 && kin_local(d, v, build);
		if (v + 1 >= s->t1 || !(made || kin_local(d, v, service)) ||
		    !((k < s->m1 && M(d, k)->gz == GZ_WEAPON && M(d, k)->t0 <= v + 3) ||
		      (!made && v + 2 < s->t1 && (kis(d, v + 1, "its") || kis(d, v + 1, "their")) &&
		       kin_local(d, v + 2, fleet))))
			continue; /* goods, not "its military" */
		h = x == &it ? helper : helper_of(d, s, i);
		if (!h || !strcmp(h->code, x->code) || negated(d, s, i) ||
		    tie_known(d, h->code, x->code, s->unit))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
			return rc;
		if (made && (rc = add_items(d, c, s, NULL, NULL)))
			return rc;
		if (ent_fact_add_item(&c->f,
				      made ? ENT_CAT_TECHNOLOGY_TRANSFER : ENT_CAT_MAINTENANCE,
				      d->text + d->t.v[v].start, d->t.v[v].end - d->t.v[v].start,
				      NULL, 0))
			return ENT_ENOMEM;
		if ((rc = emit_tie(d, c, s, h->code, x->code,
				   made ? "supply.helped_build" : "supply.helped_service")))
			return rc;
	}
	return ENT_OK;
}

/* "X has widened its defence procurement to nations such as A, B and C",
 * "X diversified its arms imports to include B and C": a verb of
 * widening, a noun of buying within five words, "to" (maybe "include"),
 * maybe "nations/countries/partners such as", then a list of states:
 * each listed state supplies the subject (a supply tie, no stage), and a
 * tie of the unit that makes a listed state a recipient of another state
 * is dropped (supply.widened_sources). */
int rule_widened_sources(dctx *d, const span *s)
{
	static const char *w_widen[] = {"widened", "expanded", "extended", "diversified",
					"broadened", "widening", "expanding", "diversifying",
					"broadening", "widen", "expand", "diversify", NULL};
	static const char *w_sourcing[] = {"procurement", "purchases", "purchasing", "imports",
					   "acquisitions", "sourcing", "suppliers", NULL};
	static const char *w_group[] = {"nations", "countries", "partners", "states",
					"suppliers", "sources", NULL};
	const mention *sub, *list[ENT_FACT_MAX_ACTORS];
	size_t v, p = NONE, j, k, q, nl = 0;
	cand *c;
	int rc;
	for (q = s->m0; q < s->m1 && nl < 2; q++) /* a buyer and a source at least */
		nl += ent__is_state_mention(M(d, q));
	if (nl < 2)
		return ENT_OK;
	nl = 0;
	for (v = s->t0 + 1; v + 4 < s->t1; v++) /* the first letter rules out most words */
		if (((K(v)[0] == 'w' && K(v)[1] == 'i') || (K(v)[0] == 'e' && K(v)[1] == 'x') ||
		     (K(v)[0] == 'd' && K(v)[1] == 'i') || (K(v)[0] == 'b' && K(v)[1] == 'r')) &&
		    kin_local(d, v, w_widen))
			break;
	if (v + 4 >= s->t1 || negated(d, s, v))
		return ENT_OK;
	for (j = v + 1; j < s->t1 && j < v + 6 && p == NONE; j++)
		if (kin_local(d, j, w_sourcing) && j + 1 < s->t1 && kis(d, j + 1, "to"))
			p = j;
	/* the subject: a state at most three words (no comma) before the verb */
	for (sub = NULL, q = s->m0; q < s->m1 && M(d, q)->t1 <= v; q++) {
		const mention *m = M(d, q);
		if (!ent__is_state_mention(m) || m->possessive || m->t1 + 3 < v)
			continue;
		for (k = m->t1; k < v && !kis(d, k, ","); k++)
			;
		if (k == v)
			sub = m;
	}
	if (p == NONE || !sub || sub->gz == GZ_FIRM)
		return ENT_OK;
	j = p + 2;
	if (j < s->t1 && kis(d, j, "include"))
		j++;
	if (j + 2 < s->t1 && kin_local(d, j, w_group) && kis(d, j + 1, "such") &&
	    kis(d, j + 2, "as"))
		j += 3;
	else if (j < s->t1 && kin_local(d, j, w_group) && kis(d, j + 1, "including"))
		j += 2;
	/* the list: states joined by commas and "and", nothing else */
	for (q = s->m0; q < s->m1 && nl < ENT_FACT_MAX_ACTORS; q++) {
		const mention *m = M(d, q);
		if (m->t0 < j)
			continue;
		for (k = j; k < m->t0; k++)
			if (!kis(d, k, ",") && !kis(d, k, "and") && !kis(d, k, "the"))
				break;
		if (k < m->t0 || !ent__is_state_mention(m) || m->possessive ||
		    m->gz == GZ_DEMONYM || m->gz == GZ_FIRM || m->gz == GZ_BLOC)
			break;
		list[nl++] = m;
		j = m->t1;
	}
	if (nl == 0)
		return ENT_OK;
	for (k = 0; k < d->ncands; k++) {
		cand *o = &d->cands[k];
		for (q = 0; q < nl && !o->dropped; q++)
			if (o->unit == s->unit && o->directed &&
			    (o->f.type == ENT_FACT_DEAL || o->f.type == ENT_FACT_SUPPLY) &&
			    !strcmp(o->f.recipient.s, list[q]->code))
				o->dropped = 1;
	}
	for (q = 0; q < nl; q++) {
		if (!strcmp(list[q]->code, sub->code) ||
		    tie_known(d, list[q]->code, sub->code, s->unit))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
			return rc;
		if ((rc = emit_tie(d, c, s, list[q]->code, sub->code, "supply.widened_sources")))
			return rc;
	}
	return ENT_OK;
}

/* "built by the Turkish shipyard for the Pakistan Navy", "made by Spain
 * for Morocco", "built in France for Senegal": the mention k is a maker
 * after a participle of making and "by" (a state, firm or demonym) or "in"
 * (a state named, stop 60), with "for" a state within three words after
 * it; that state, or NULL.  The participle's token goes to *by. */
static const mention *made_by_for(const dctx *d, const span *s, size_t k, size_t *by)
{
	const mention *m = M(d, k);
	size_t j, f, b;
	/* "by (the/a)" right before the maker first: most mentions have none */
	b = m->t0 > s->t0 + 1 && KIN(d, m->t0 - 1, w_det) ? m->t0 - 2 : m->t0 - 1;
	if (b <= s->t0 || b >= s->t1 || !ent__is_state_mention(m) ||
	    !(kis(d, b, "by") || (kis(d, b, "in") && m->gz != GZ_FIRM && m->gz != GZ_DEMONYM &&
				  !m->possessive)) ||
	    !kin_local(d, b - 1, w_made_pp))
		return NULL;
	for (f = m->t1; f < s->t1 && f <= m->t1 + 3 && !kis(d, f, "for"); f++)
		;
	if (f >= s->t1 || f > m->t1 + 3)
		return NULL;
	*by = b;
	for (j = k + 1; j < s->m1; j++)
		if (M(d, j)->t0 > f && M(d, j)->t0 <= f + 2 && ent__is_state_mention(M(d, j)) &&
		    M(d, j)->gz != GZ_FIRM)
			return M(d, j);
	return NULL;
}

/* "The patrol vessel built by France (in France) for Senegal was
 * delivered": a passive verb of supply at sv with no agent after it, whose
 * subject holds goods made by (in) a state for another, passes them from
 * the maker to that state (stop 60); the maker, the buyer in *rec. */
static const mention *made_for_subject(const dctx *d, const span *s, size_t sv,
				       const mention **rec)
{
	size_t k, by;
	const mention *r;
	for (k = s->m0; k < s->m1 && M(d, k)->t1 < sv; k++)
		if (M(d, k)->t0 + 16 > sv && (r = made_by_for(d, s, k, &by)) != NULL &&
		    r->t1 < sv && M(d, k)->code && r->code && strcmp(M(d, k)->code, r->code)) {
			*rec = r;
			return M(d, k);
		}
	return NULL;
}

/* "corvettes built by the Turkish shipyard for the Pakistan Navy", "boats
 * made by Spain for Morocco", "vessels built in France for Senegal": goods
 * (a weapon within twelve words before) with a participle of making, a
 * maker and a state it makes them for (made_by_for) are a supply tie from
 * the maker's state, unless negated, the maker's own forces, or a tie the
 * text gives already. */
int rule_built_for(dctx *d, const span *s)
{
	const mention *m, *r, *w;
	size_t k, j, by;
	int rc;
	for (k = s->m0; k < s->m1; k++) {
		m = M(d, k);
		if (!(r = made_by_for(d, s, k, &by)))
			continue;
		for (w = NULL, j = s->m0; j < k && !w; j++)
			if (M(d, j)->kind == MK_ACTOR && M(d, j)->gz == GZ_WEAPON &&
			    M(d, j)->t1 <= by - 1 && M(d, j)->t1 + 12 >= by - 1)
				w = M(d, j);
		if (!r || !w || !m->code || !r->code || !strcmp(m->code, r->code) ||
		    negated(d, s, by - 1) || tie_known(d, m->code, r->code, -1))
			continue;
		if ((rc = emit_goods_tie(d, s, w, quantity_before(d, s, w), m->code, r->code,
					 "supply.built_for")))
			return rc;
	}
	return ENT_OK;
}

/* "several French-made Rafale jets of the Indian Air Force", "the F-16s of
 * the Pakistani air force": goods of a maker (a state or demonym with
 * "-made/-built" or a demonym right before them, else a designation's
 * origin) "of" a state's armed service ("of the Yn / Y Air Force, Navy,
 * Army") are that state's holdings: a supply tie from the maker, when the
 * text gives none so far (supply.goods_of_owner). */
int rule_goods_of_owner(dctx *d, const span *s)
{
	const mention *w = NULL, *o = NULL;
	const char *maker = NULL;
	size_t k, j, e;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON)
			continue;
		/* "of (the)" right after the goods (over a generic word:
		 * "Rafale jets of") */
		j = m->t1;
		if (k + 1 < s->m1 && M(d, k + 1)->gz == GZ_WEAPON && M(d, k + 1)->t0 == j)
			j = M(d, k + 1)->t1;
		if (j + 2 >= s->t1 || !kis(d, j, "of"))
			continue;
		j++;
		if (kis(d, j, "the"))
			j++;
		o = named_state(d, s, j, &e);
		if (!o || o->possessive || o->gz == GZ_FIRM || e >= s->t1 ||
		    !(kin_local(d, e, w_armed_service) || kis(d, e, "air") || kis(d, e, "armed")))
			continue;
		w = m;
		if (k > s->m0 && ent__is_state_mention(M(d, k - 1)) && !M(d, k - 1)->possessive &&
		    (M(d, k - 1)->t1 == m->t0 ||
		     (made_in(d, s, M(d, k - 1)) && M(d, k - 1)->t1 + 2 == m->t0)) &&
		    M(d, k - 1)->gz != GZ_FIRM)
			maker = M(d, k - 1)->code;
		else if (m->canon && m->code && m->code[0])
			maker = m->code;
		break;
	}
	if (!w || !maker || !o->code || !strcmp(maker, o->code) || tie_known(d, maker, o->code, -1))
		return ENT_OK;
	return emit_goods_tie(d, s, w, quantity_before(d, s, w), maker, o->code,
			      "supply.goods_of_owner");
}

static const char *w_build_v[] = {"built", "builds", "building", "constructed",
				   "constructs", "constructing", "launched", "launches",
				   "build", "construct", NULL};

static int builds_for_at(dctx *d, const span *s, size_t v);

/* "Turkey built two corvettes for Ukraine", "Turkey's RMK Marine has
 * launched the first Ada-class corvette for the government of Ukraine":
 * a maker (a state, or a firm's state) that builds or launches goods
 * (a weapon within eight words after the verb) "for" a state (within
 * six words after the goods, over a bracket: "a Type 039B (Yuan-class)
 * submarine for"; "the government / navy of Y", "the Yn
 * navy") has a contract with it (signed), unless negated, passive, or a
 * tie the text gives already (deal.built_for); one that "will build" or
 * "was selected to construct" them has one reported. */
int rule_builds_for(dctx *d, const span *s)
{
	size_t v;
	int rc;
	for (v = s->t0 + 1; v + 3 < s->t1; v++)
		if ((K(v)[0] == 'b' || K(v)[0] == 'c' || K(v)[0] == 'l') &&
		    kin_local(d, v, w_build_v) && (rc = builds_for_at(d, s, v)))
			return rc;
	return ENT_OK;
}

/* "Navantia launched Saudi Arabia's final Avante 2200 corvette": a ship
 * owned by a state (its possessive right before the goods, over two
 * words: "final", "first") right after a verb of building is built for
 * it (stop 56); the owner, or NULL. */
static const mention *ship_owner(const dctx *d, const span *s, size_t v, const mention *w)
{
	const mention *o;
	if (w->category != ENT_CAT_NAVAL)
		return NULL;
	o = possessor_over(d, s, w->t0, v + 1);
	return o && o->t0 == v + 1 && ent__is_state_mention(o) && o->gz != GZ_FIRM &&
		       o->gz != GZ_DEMONYM
		       ? o
		       : NULL;
}

/* The state "for" which goods w are built: "for (the government / navy
 * of) Y", "for the Yn navy", within six words after the goods, over a
 * bracket; or NULL (builds_for_at). */
static const mention *built_for_whom(const dctx *d, const span *s, const mention *w)
{
	static const char *w_body[] = {"government", "navy", "army", "military", "forces",
				       "air", NULL};
	const mention *r = NULL;
	size_t j, k, f, n;
	for (f = w->t1, n = 0; f < s->t1 && n <= 6 && !kis(d, f, "for"); f++, n++) {
		if (kis(d, f, "(")) {
			/* "a Type 039B (Yuan-class) diesel submarine for" */
			size_t q = f + 1;
			while (q < s->t1 && q < f + 6 && !kis(d, q, ")"))
				q++;
			if (q >= s->t1 || !kis(d, q, ")"))
				return NULL;
			f = q;
			continue;
		}
		if (d->t.v[f].kind == TK_PUNCT && !kis(d, f, "-"))
			return NULL;
	}
	if (f + 1 >= s->t1 || n > 6 || !kis(d, f, "for"))
		return NULL;
	j = f + 1;
	if (kis(d, j, "the"))
		j++;
	if (j + 2 < s->t1 && kin_local(d, j, w_body) && kis(d, j + 1, "of"))
		j += 2; /* "for the government of Ukraine" */
	for (k = s->m0; k < s->m1 && !r; k++) {
		const mention *m = M(d, k);
		if (m->t0 != j || !ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive)
			continue;
		if (m->gz == GZ_DEMONYM && !(m->t1 < s->t1 && kin_local(d, m->t1, w_body)))
			break; /* "for the Ukrainian navy", not "for Ukrainian use" */
		r = m;
	}
	return r;
}

/* rule_builds_for at the verb of building v. */
static int builds_for_at(dctx *d, const span *s, size_t v)
{
	/* "was selected (chosen, contracted) to build": the maker picked */
	static const char *w_picked[] = {"selected", "chosen", "picked", "contracted", "hired",
					 NULL};
	static const char *w_maker_n[] = {"shipyard", "shipyards", "shipbuilder", "firm", "firms",
					  "company", "companies", "consortium", "group",
					  "manufacturer", "manufacturers", "yard", "builder",
					  "contractor", NULL};
	static const char *w_project_n[] = {"project", "programme", "program", NULL};
	static const char *w_begun_v[] = {"launched", "launches", "started", "starts", "began",
					  "begins", "kicked", NULL};
	const mention *mk, *r, *w = NULL;
	size_t k;
	cand *c;
	int rc, y, base, maker_n, project;
	if (negated(d, s, v))
		return ENT_OK;
	/* the base form only after a modal ("will build") or after "to" of
	 * a maker picked ("was selected to construct"): a plan, reported */
	base = kis(d, v, "build") || kis(d, v, "construct");
	/* "has launched (started) a project to build 12 vessels for Y": the
	 * work begun, a contract (stop 62) */
	project = base && v > s->t0 + 3 && kis(d, v - 1, "to") &&
		  kin_local(d, v - 2, w_project_n) &&
		  (kin_local(d, v - 3, w_begun_v) ||
		   (KIN(d, v - 3, w_det) && kin_local(d, v - 4, w_begun_v)));
	if (base && !project && !(KIN(d, v - 1, w_modal) && !kis(d, v - 1, "to")) &&
	    !(v > s->t0 + 1 && kis(d, v - 1, "to") && kin_local(d, v - 2, w_picked)))
		return ENT_OK;
	if ((!base && kis(d, v - 1, "to")) ||
	    (!base && (KIN(d, v - 1, w_be) || kis(d, v - 1, "been")) && !kis(d, v, "building") &&
	     !kis(d, v, "constructing")))
		return ENT_OK; /* passive: rule_built_for */
	for (k = s->m0; k < s->m1 && !w; k++)
		if (M(d, k)->t0 > v && M(d, k)->t0 <= v + 8 && M(d, k)->kind == MK_ACTOR &&
		    M(d, k)->gz == GZ_WEAPON)
			w = M(d, k);
	if (!w)
		return ENT_OK;
	if (!(r = ship_owner(d, s, v, w)))
		r = built_for_whom(d, s, w);
	/* "Turkey's RMK Marine has launched": the firm's; "X's shipyard near
	 * Z city of W State has launched a project to build": further back */
	mk = actor_before(d, s, v, project ? 20 : base ? 12 : 8, 0);
	/* "A French shipyard (Franco-Italian consortium) will build": a
	 * demonym on a noun of makers (stop 57) */
	maker_n = mk && mk->gz == GZ_DEMONYM && !mk->possessive && mk->t1 < v &&
		  kin_local(d, mk->t1, w_maker_n);
	if (!r || !mk || (mk->gz == GZ_DEMONYM && !mk->possessive && !maker_n) || !mk->code ||
	    !r->code || !strcmp(mk->code, r->code) || tie_known(d, mk->code, r->code, -1))
		return ENT_OK;
	if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)) || (rc = add_items(d, c, s, NULL, NULL)))
		return rc;
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, mk->code);
	if (maker_n && mk->t0 > s->t0 + 1 && kis(d, mk->t0 - 1, "-")) {
		const mention *co = mention_at_end(d, s, mk->t0 - 1);
		if (co && co->gz == GZ_DEMONYM && co->code && strcmp(co->code, r->code))
			ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, co->code);
		ent_fact_sort_codes(c->f.suppliers, c->f.nsuppliers);
	}
	ent_code_set(&c->f.recipient, r->code);
	c->directed = 1;
	{
		/* "... for the Peruvian Navy for 640.6 billion won ($470
		 * million)": the first sum the sentence names after the goods */
		const mention *sum = NULL;
		for (k = s->m0; k < s->m1 && !sum; k++)
			if (M(d, k)->kind == MK_MONEY && M(d, k)->t0 >= w->t1)
				sum = M(d, k);
		if (sum && (sum = money_near(d, s, sum->t0)) != NULL)
			c->f.value = sum->value; /* the US figure in brackets, if any */
	}
	c->f.status = base && !project ? ENT_STATUS_REPORTED : ENT_STATUS_SIGNED;
	y = year_in(d, s);
	c->f.year = y > 0 ? y : 0;
	c->f.confidence = 0.6;
	return emit(d, c, s, "deal.built_for");
}

/* "Indonesia's defence ministry contracted the Netherlands' Damen to build
 * two frigates": the subject of an active verb of hiring (contracted,
 * hired, commissioned, tasked) buys from the state or firm it hired,
 * right before "to" and a verb of building or supply with goods after it
 * (within eight words): a contract signed, unless negated, hedged or a
 * tie the text gives already (stop 51). */
int rule_contracted_to_build(dctx *d, const span *s)
{
	static const char *w_hire[] = {"contracted", "hired", "commissioned", "tasked", NULL};
	static const char *w_make[] = {"build", "construct", "supply", "deliver", "produce",
				       "manufacture", NULL};
	const mention *mk, *r, *w = NULL;
	size_t v, o, k;
	cand *c;
	int rc;
	for (v = s->t0 + 1; v + 4 < s->t1; v++)
		if ((K(v)[0] == 'c' || K(v)[0] == 'h' || K(v)[0] == 't') && kin_local(d, v, w_hire) &&
		    !KIN(d, v - 1, w_be) && !kis(d, v - 1, "been"))
			break;
	if (v + 4 >= s->t1 || negated(d, s, v) || hedged(d, s, v))
		return ENT_OK;
	o = v + 1 + (kis(d, v + 1, "the") ? 1 : 0);
	mk = mention_at(d, s, o);
	if (!mk || mk->t0 != o || !ent__is_state_mention(mk) || !mk->code)
		return ENT_OK;
	k = mk->t1;
	if (k + 3 >= s->t1)
		return ENT_OK;
	if (mk->possessive) {
		/* "the Netherlands' Damen": the firm after the owner */
		const mention *f = mention_at(d, s, k + (kis(d, k, "'s") || kis(d, k, "'") ? 1 : 0));
		if (!f || f->gz != GZ_FIRM)
			return ENT_OK;
		k = f->t1;
	}
	if (k + 2 >= s->t1 || !kis(d, k, "to") || !kin_local(d, k + 1, w_make))
		return ENT_OK;
	for (o = s->m0; o < s->m1 && !w; o++)
		if (M(d, o)->t0 > k + 1 && M(d, o)->t0 <= k + 9 && M(d, o)->kind == MK_ACTOR &&
		    M(d, o)->gz == GZ_WEAPON)
			w = M(d, o);
	r = actor_before(d, s, v, 8, 1);
	if (!w || !r || !r->code || r->gz == GZ_FIRM || !strcmp(mk->code, r->code) ||
	    tie_known(d, mk->code, r->code, -1))
		return ENT_OK;
	if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
		return rc;
	{
		span gs = *s;
		narrow(d, &gs, k + 1, s->t1);
		if ((rc = add_items(d, c, &gs, NULL, NULL)))
			return rc;
	}
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, mk->code);
	ent_code_set(&c->f.recipient, r->code);
	c->directed = 1;
	c->f.status = ENT_STATUS_SIGNED;
	c->f.year = year_or_dateline(d, s);
	c->f.confidence = 0.6;
	return emit(d, c, s, "deal.contracted_to_build");
}

/* "..., with Poland (last year) becoming the first state to acquire drones
 * from X": a state that an absolute "with" makes the subject of
 * "becoming/being", then a verb of buying and "from" a state (within ten
 * and five words), buys from that state: a supply tie (no stage), unless
 * negated or a tie the text gives already. */
int rule_with_becoming(dctx *d, const span *s)
{
	const mention *r = NULL, *sup = NULL, *w = NULL;
	size_t i, j, k, b = NONE, f = NONE;
	for (i = s->t0 + 2; i + 3 < s->t1 && !r; i++) {
		/* ", with" first: few tokens */
		if (K(i)[0] != ',' || !kis(d, i + 1, "with"))
			continue;
		for (k = s->m0; k < s->m1; k++) {
			const mention *m = M(d, k);
			if (m->t0 != i + 2 && !(m->t0 == i + 3 && kis(d, i + 2, "the")))
				continue;
			if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || m->gz == GZ_DEMONYM)
				break;
			for (j = m->t1; j < s->t1 && j <= m->t1 + 3 && d->t.v[j].kind != TK_PUNCT; j++)
				if (kis(d, j, "becoming") || kis(d, j, "being")) {
					r = m;
					b = j;
				}
			break;
		}
	}
	if (!r)
		return ENT_OK;
	for (j = b + 1; j < s->t1 && j <= b + 10 && !KIN(d, j, w_buy_verb); j++)
		if (d->t.v[j].kind == TK_PUNCT)
			return ENT_OK;
	if (j >= s->t1 || j > b + 10 || negated(d, s, j))
		return ENT_OK;
	for (f = j + 1; f < s->t1 && f <= j + 5 && !kis(d, f, "from"); f++)
		;
	if (f >= s->t1 || f > j + 5)
		return ENT_OK;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 > j && m->t0 < f && m->kind == MK_ACTOR && m->gz == GZ_WEAPON && !w)
			w = m;
		if ((m->t0 == f + 1 || (m->t0 == f + 2 && kis(d, f + 1, "the"))) &&
		    ent__is_state_mention(m))
			sup = m;
	}
	if (!sup || !w || !sup->code || !r->code || !strcmp(sup->code, r->code) ||
	    tie_known(d, sup->code, r->code, -1))
		return ENT_OK;
	return emit_goods_tie(d, s, w, quantity_before(d, s, w), sup->code, r->code,
			      "supply.with_becoming");
}

/* "The JF-17 ... Myanmar also operates/flies/fields the type": "the type"
 * after a verb of holding (not "the type of") is the latest system with a
 * maker (weapons.tsv origin) named in the units before, in this paragraph
 * or the one before: a supply tie from its maker to the clause's subject,
 * unless negated, the maker itself, or a tie the text gives already. */
int rule_operates_type(dctx *d, const span *s)
{
	static const char *w_op[] = {"operates", "operate", "operated", "flies",  "fly",
				     "flew",     "fields",  "field",    "fielded", NULL};
	const mention *sub, *sys = NULL;
	size_t v, k;
	int ui;
	for (v = s->t0 + 2; v < s->t1; v++) /* the first letter rules out most words */
		if (K(v)[0] == 't' && kis(d, v, "type") && kis(d, v - 1, "the") &&
		    kin_local(d, v - 2, w_op))
			break;
	if (v >= s->t1 || (v + 1 < s->t1 && kis(d, v + 1, "of")) || negated(d, s, v - 2))
		return ENT_OK;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_ACTOR && M(d, k)->gz == GZ_WEAPON)
			return ENT_OK; /* goods of its own: other rules */
	if (!(sub = subject_before(d, s, v - 2)))
		return ENT_OK;
	for (ui = (int)s->unit - 1; ui >= 0 && !sys && (int)s->unit - ui <= 6 &&
				    d->units[s->unit].para - d->units[ui].para <= 1;
	     ui--) {
		span p;
		span_of_unit(d, (size_t)ui, &p);
		for (k = p.m1; k > p.m0 && !sys; k--) {
			const mention *m = M(d, k - 1);
			if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON && m->canon && m->code &&
			    m->code[0])
				sys = m;
		}
	}
	if (!sys || !strcmp(sys->code, sub->code) || tie_known(d, sys->code, sub->code, -1))
		return ENT_OK;
	return emit_goods_tie(d, s, sys, -1, sys->code, sub->code, "supply.operates_type");
}

/* Is token i a capitalised adjective of a region ("African", "European",
 * "Asian", "Gulf"), no state of its own?  ("NATO" is a mention: a bloc.) */
static int region_adjective(const dctx *d, const span *s, size_t i)
{
	static const char *w_region_adj[] = {"african", "european", "asian", "latin", "american",
					     "arab", "gulf", "western", "eastern", "middle", "south",
					     "north", "southeast", "foreign", NULL};
	return d->t.v[i].upper && kin_local(d, i, w_region_adj) && !mention_at(d, s, i);
}

/* "After A, B and C, X is the fourth user of the system w": the states of
 * the list that opens the span, up to the subject sub, held w before: a
 * supply tie each from w's maker, unless it is the maker or the tie is
 * known (stop 62). */
static int fronted_buyers(dctx *d, const span *s, const mention *w, const mention *sub)
{
	const mention *list[32]; /* more than any list a sentence opens with */
	size_t n, k;
	int rc;
	if (!(kis(d, s->t0, "after") || kis(d, s->t0, "following")))
		return ENT_OK;
	n = states_listed(d, s, s->t0 + 1, sub->t0, list, sizeof list / sizeof list[0]);
	for (k = 0; k < n; k++) {
		const char *y = list[k]->code;
		if (strcmp(y, w->code) != 0 && !tie_known(d, w->code, y, -1) &&
		    (rc = emit_goods_tie(d, s, w, -1, w->code, y, "supply.customer_of")))
			return rc;
	}
	return ENT_OK;
}

/* ", which arrived (have arrived, were delivered) ..." within three words
 * after token j, the goods' end (stop 62)? */
static int arrived_after(const dctx *d, const span *s, size_t j)
{
	size_t q;
	for (q = j; q < s->t1 && q < j + 3 && !kis(d, q, ","); q++)
		;
	if (q + 2 >= s->t1 || !kis(d, q, ",") || !kis(d, q + 1, "which"))
		return 0;
	q += 2;
	if (q < s->t1 && (kis(d, q, "have") || kis(d, q, "has") || kis(d, q, "had") ||
			  kis(d, q, "were") || kis(d, q, "was")))
		q++;
	return q < s->t1 && (kis(d, q, "arrived") || kis(d, q, "delivered")) && !hedged(d, s, q);
}

/* "Mali is Africa's fourth confirmed Akinci user", "Egypt became the second
 * Rafale customer": a designation with a maker (weapons.tsv origin) right
 * before a noun of clients, a verb of being and at most six describing
 * words (a region's possessive among them) before it: a supply tie from
 * the maker to the subject; with a list after a fronted "After", the
 * states listed held the goods first (earlier_buyers; stop 62). */
static int designation_client(dctx *d, const span *s, const char *const *w_client_n,
			      const char *const *w_is_v)
{
	const mention *w = NULL, *sub;
	size_t n, v, c = 0;
	int rc;
	for (n = s->t0 + 3; n < s->t1 && !w; n++)
		if (strchr("cbou", K(n)[0]) && kin_local(d, n, w_client_n) &&
		    (w = mention_at_end(d, s, n)) != NULL &&
		    !(w->kind == MK_ACTOR && w->gz == GZ_WEAPON && w->canon && w->code &&
		      w->code[0]))
			w = NULL;
	if (!w)
		return ENT_OK;
	for (v = w->t0; v > s->t0 && c < 6 && !kin_local(d, v - 1, w_is_v) &&
			(d->t.v[v - 1].kind == TK_WORD || quote_mark(d, v - 1) ||
			 kis(d, v - 1, "'")) &&
			!KIN(d, v - 1, w_negation) && !mention_at(d, s, v - 1);
	     v--, c++)
		;
	if (v <= s->t0 || v == w->t0 || !kin_local(d, v - 1, w_is_v) || negated(d, s, v - 1) ||
	    !(sub = holder_before(d, s, v - 1)) || !strcmp(w->code, sub->code))
		return ENT_OK;
	if (!tie_known(d, w->code, sub->code, -1) &&
	    (rc = emit_goods_tie(d, s, w, -1, w->code, sub->code, "supply.customer_of")))
		return rc;
	return fronted_buyers(d, s, w, sub);
}

/* "Nigeria has become the latest customer of the Chinese Wing Loong II",
 * "Egypt is the first foreign operator of the Rafale", "X is among the
 * buyers of the Turkish drone": a state said (is, was, became, remains)
 * to be a customer (buyer, operator, user) of goods with a foreign maker
 * (a state or demonym, "-made" or not, right before them, or the
 * designation's origin in weapons.tsv) holds them: a supply tie from the
 * maker (no stage), unless negated, the maker itself, or a tie the text
 * gives already. */
int rule_customer_of(dctx *d, const span *s)
{
	static const char *w_client_n[] = {"customer", "customers", "buyer", "buyers", "operator",
					   "operators", "user", "users", NULL};
	static const char *w_is_v[] = {"is", "was", "are", "were", "became", "become", "becomes",
				       "remains", "remained", "been", NULL};
	const mention *sub, *w = NULL;
	const char *maker = NULL;
	size_t n, j, v, k, c = 0, before;
	int rc;
	/* "of" first: it rules out most words; "the seventh customer for the
	 * Airbus Helicopters H225M Caracal" (stop 44) */
	for (n = s->t0 + 2; n + 2 < s->t1; n++)
		if (((d->t.v[n + 1].keylen == 2 && K(n + 1)[0] == 'o' && K(n + 1)[1] == 'f') ||
		     (d->t.v[n + 1].keylen == 3 && K(n + 1)[0] == 'f' && kis(d, n + 1, "for"))) &&
		    kin_local(d, n, w_client_n))
			break;
	if (n + 2 >= s->t1)
		return designation_client(d, s, w_client_n, w_is_v);
	for (v = n; v > s->t0 && c < 6 && d->t.v[v - 1].kind == TK_WORD &&
		    (!d->t.v[v - 1].upper || region_adjective(d, s, v - 1)) &&
		    !kin_local(d, v - 1, w_is_v) && !KIN(d, v - 1, w_negation);
	     v--, c++)
		; /* "the latest", "the first foreign", "among the", "the
		   * latest African" (stop 52) */
	if (v <= s->t0 || v == n || !kin_local(d, v - 1, w_is_v) || negated(d, s, v - 1) ||
	    !(sub = holder_before(d, s, v - 1)))
		return ENT_OK;
	j = n + 2;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 < j)
			continue;
		if (m->t0 > j + 4)
			break;
		if (!maker && m->t0 == j && ent__is_state_mention(m)) {
			/* "the Chinese (-made) Wing Loong II", "of France's
			 * Rafale jets", "the Airbus Helicopters H225M" */
			maker = m->code;
			continue;
		}
		if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON) {
			w = m;
			break;
		}
		if (!maker)
			break;
	}
	if (!w)
		return ENT_OK;
	if (!maker && w->t0 == j && w->canon && w->code && w->code[0])
		maker = w->code;
	if (!maker || !strcmp(maker, sub->code))
		return ENT_OK;
	if (tie_known(d, maker, sub->code, -1)) {
		/* "Thailand is the third foreign buyer of Chinese submarines,
		 * after Pakistan and Bangladesh", Thailand's deal told before:
		 * the tie is said again for the earlier buyers after "after"
		 * (earlier_buyers), then goes */
		static const char *w_after[] = {"after", NULL};
		before = d->ncands;
		if (find_in(d, w->t1, s->t1, w_after) == NONE)
			return ENT_OK;
		if ((rc = emit_goods_tie(d, s, w, -1, maker, sub->code, "supply.customer_of")) ||
		    (rc = earlier_buyers(d, s, before)))
			return rc;
		if (before < d->ncands)
			d->cands[before].dropped = 1;
		return ENT_OK;
	}
	before = d->ncands;
	if ((rc = emit_goods_tie(d, s, w, -1, maker, sub->code, "supply.customer_of")))
		return rc;
	if (before < d->ncands && !d->cands[before].dropped && arrived_after(d, s, w->t1)) {
		/* "the first foreign buyer of Y's Pinaka launchers, which
		 * arrived this year": delivered (stop 62) */
		d->cands[before].f.type = ENT_FACT_DEAL;
		d->cands[before].f.status = ENT_STATUS_DELIVERED;
	}
	return w->canon && w->code && !strcmp(w->code, maker) ? fronted_buyers(d, s, w, sub)
							      : ENT_OK;
}

/* "X has joined A and B as the only countries operating the Wing Loong
 * II": the states joined and the subject operate a system of a foreign
 * make (weapons.tsv origin): a supply tie from its maker to each (not the
 * maker itself), when the text gives none so far.  Needs "as (the)", at
 * most two words, a noun of states or operators and "operating", "to
 * operate", "that operate(s)", "flying" or "to fly" right before the
 * system, or "of" ("as purchasers of JF-17 jets", stop 52). */
int rule_joined_operators(dctx *d, const span *s)
{
	static const char *w_users[] = {"countries", "nations", "states", "operators", "users",
					"militaries", "air", "buyers", "purchasers", "customers",
					NULL};
	static const char *w_op[] = {"operating", "operate", "operates", "flying", "fly",
				     "fielding", "field", "using", "use", "uses", NULL};
	const mention *list[ENT_FACT_MAX_ACTORS], *sub, *w = NULL;
	size_t v, j, k, a, nl = 0;
	int rc;
	for (v = s->t0 + 1; v < s->t1; v++) /* the first letter rules out most words */
		if (K(v)[0] == 'j' && kin_local(d, v, w_joined_v))
			break;
	if (v + 4 >= s->t1 || negated(d, s, v))
		return ENT_OK;
	/* the states joined: names, "the", "and" and commas, up to "as" */
	for (j = v + 1, k = s->m0; j < s->t1 && !kis(d, j, "as"); j++) {
		if (kis(d, j, "the") || kis(d, j, "and") || kis(d, j, ","))
			continue;
		while (k < s->m1 && M(d, k)->t0 < j)
			k++;
		if (k >= s->m1 || M(d, k)->t0 != j || !ent__is_state_mention(M(d, k)) ||
		    M(d, k)->gz == GZ_FIRM || nl == ENT_FACT_MAX_ACTORS)
			return ENT_OK;
		list[nl++] = M(d, k);
		j = M(d, k)->t1 - 1;
	}
	if (!nl || j + 3 >= s->t1)
		return ENT_OK;
	a = j + 1;
	if (kis(d, a, "the"))
		a++;
	for (j = a; j < s->t1 && j < a + 3 && !kin_local(d, j, w_users); j++)
		;
	if (j >= s->t1 || j >= a + 3)
		return ENT_OK;
	if (kis(d, j, "air") && j + 1 < s->t1 && kis(d, j + 1, "forces"))
		j++;
	j++;
	if (j < s->t1 && (kis(d, j, "to") || kis(d, j, "that")))
		j++;
	/* "joins A and B as purchasers (operators) of the JF-17" (stop 52) */
	if (j >= s->t1 || !(kin_local(d, j, w_op) || kis(d, j, "of")))
		return ENT_OK;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 > j && m->t0 <= j + 3 && m->kind == MK_ACTOR && m->gz == GZ_WEAPON &&
		    m->code && m->code[0]) {
			w = m;
			break;
		}
	}
	if (!w)
		return ENT_OK;
	sub = subject_before(d, s, v);
	if (sub && sub->code && nl < ENT_FACT_MAX_ACTORS)
		list[nl++] = sub;
	for (k = 0; k < nl; k++) {
		const char *r = list[k]->code;
		if (!r || !r[0] || !strcmp(r, w->code) || tie_known(d, w->code, r, -1))
			continue;
		if ((rc = emit_goods_tie(d, s, w, -1, w->code, r, "supply.joined_operators")))
			return rc;
	}
	return ENT_OK;
}

/* "... for Myanmar's Air Force, which relies heavily on": the state (its
 * possessive, or its name) at most three words before ", which" right
 * before the verb at v (over adverbs); or NULL (stop 64). */
static const mention *which_antecedent(const dctx *d, const span *s, size_t v)
{
	size_t w = v, k;
	/* over the verb itself when v is an adverb after it ("relies
	 * heavily") and the adverbs and auxiliaries before it */
	if (w > s->t0 && ly_adverb(d, w))
		w--;
	while (w > s->t0 + 2 && (ly_adverb(d, w - 1) || kis(d, w - 1, "also") ||
				 kis(d, w - 1, "still") || kis(d, w - 1, "has")))
		w--;
	if (w < s->t0 + 3 || !kis(d, w - 1, "which") || !kis(d, w - 2, ","))
		return NULL;
	for (k = s->m1; k > s->m0; k--) {
		const mention *m = M(d, k - 1);
		if (m->t1 > w - 2)
			continue;
		if (m->t1 + 4 < w - 2)
			break;
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM)
			return m;
	}
	return NULL;
}

/* "With its navy relying on Chinese-built frigates, Pakistan has ...":
 * an absolute phrase opening the sentence with "its (their)" before the
 * verb at v has for owner the state that opens the clause after a comma
 * (the first one a state follows; stop 65); or NULL. */
static const mention *with_its_owner(const dctx *d, const span *s, size_t v)
{
	size_t i;
	if (v < s->t0 + 3 || v > s->t0 + 5 || !kis(d, s->t0, "with") ||
	    !(kis(d, s->t0 + 1, "its") || kis(d, s->t0 + 1, "their")))
		return NULL;
	/* the first comma a state follows: "..., and its alliances
	 * fading, Pakistan has ..." */
	for (i = v + 1; i + 1 < s->t1 && i < v + 24; i++) {
		const mention *m;
		size_t at = i + (kis(d, i + 1, "the") ? 2 : 1);
		if (!kis(d, i, ","))
			continue;
		m = mention_at(d, s, at);
		if (m && m->t0 == at && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    m->gz != GZ_DEMONYM && !m->possessive)
			return m;
	}
	return NULL;
}

/* "Myanmar is forced to depend on Russian-made Yak-130 and MiG-29 jets
 * and Chinese K-8 fighters": after "rely/depend on" (verb at v, object at
 * token j), each demonym or "X-made" on goods names a supplier of the
 * subject: a supply tie (no stage) per maker, with the goods it qualifies. */
static int rely_on_goods(dctx *d, const span *s, size_t v, size_t j)
{
	const mention *sub = which_antecedent(d, s, v);
	size_t k, q;
	int rc;
	if (!sub)
		sub = with_its_owner(d, s, v);
	if (!sub)
		sub = subject_before(d, s, v);
	if (!sub)
		return ENT_OK;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k), *w = NULL;
		if (m->t0 < j)
			continue;
		if (kis(d, m->t0 > 0 ? m->t0 - 1 : 0, ";"))
			break;
		int generic = m->gz == GZ_DEMONYM && m->t1 < s->t1 && kin(d, m->t1, w_arms_generic);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || !strcmp(m->code, sub->code) ||
		    !((m->gz == GZ_DEMONYM && qualifies_weapon(d, s, k)) || made_in(d, s, m) ||
		      generic || (k + 1 < s->m1 && shared_made_before(d, s, k + 1) == m)))
			continue;
		for (q = k + 1; q < s->m1 && !w; q++)
			if (M(d, q)->kind == MK_ACTOR && M(d, q)->gz == GZ_WEAPON)
				w = M(d, q);
		if (!w && generic && !tie_known(d, m->code, sub->code, s->unit)) {
			/* "relies on Israeli weapons": arms of no stated
			 * kind (stop 62) */
			cand *c;
			size_t g = m->t1;
			if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
				return rc;
			if (ent_fact_add_item(&c->f, ENT_CAT_OTHER, d->text + d->t.v[g].start,
					      d->t.v[g].end - d->t.v[g].start, NULL, -1))
				return ENT_ENOMEM;
			if ((rc = emit_tie(d, c, s, m->code, sub->code, "supply.rely_on")))
				return rc;
			continue;
		}
		if (!w || tie_known(d, m->code, sub->code, s->unit))
			continue;
		if ((rc = emit_goods_tie(d, s, w, quantity_before(d, s, w), m->code, sub->code,
					 "supply.rely_on")))
			return rc;
	}
	return ENT_OK;
}

/* "X has relied on Y to buy weapons", "X depends on Y for its fighter
 * jets", "X is reliant on Y for arms", "X has (increasingly) turned to Y
 * and Z for arms" (each of the list): the state relied on supplies the
 * subject (a supply tie, no stage) when arms or named goods follow "for" or
 * a verb of buying, or "to equip/arm/supply its forces (army, military)"
 * ("X depended on Y to equip its armed forces").  A reversed deal the
 * buying verb gave in this unit ("Y to buy weapons" read as Y buying from
 * X) is dropped. */
int rule_rely_on(dctx *d, const span *s)
{
	static const char *w_rely[] = {"relied", "relies", "rely", "relying", "reliant",
				       "depends", "depended", "depend", "depending", "dependent",
				       NULL};
	static const char *w_equip[] = {"equip", "arm", "supply", "provision", NULL};
	static const char *w_forces[] = {"armed", "military", "army", "navy", "forces",
					 "troops", "air", NULL};
	static const char *w_turn[] = {"turned", "turns", "turning", "turn", NULL};
	const mention *sub, *y = NULL, *ys[4];
	size_t v, j, q, k, g = NONE, ny = 0, w;
	cand *c;
	int rc, turn = 0;
	for (v = s->t0; v < s->t1; v++) /* the first letter rules out most words */
		if (((K(v)[0] == 'r' && K(v)[1] == 'e' && K(v)[2] == 'l') ||
		     (K(v)[0] == 'd' && K(v)[1] == 'e' && K(v)[2] == 'p')) &&
		    kin_local(d, v, w_rely))
			break;
		else if (K(v)[0] == 't' && K(v)[1] == 'u' && kin_local(d, v, w_turn) &&
			 v + 1 < s->t1 && kis(d, v + 1, "to")) {
			turn = 1; /* "X has (increasingly) turned to Y for arms" */
			break;
		}
	if (!turn && v + 2 < s->t1 && ly_adverb(d, v + 1))
		v++; /* "relies heavily on" (stop 62) */
	if (v + 3 >= s->t1 ||
	    !(turn || kis(d, v + 1, "on") || kis(d, v + 1, "upon")) || negated(d, s, v))
		return ENT_OK;
	j = v + 2;
	if (KIN(d, j, w_det))
		j++;
	y = mention_at(d, s, j);
	if (!turn && y && ent__is_state_mention(y) && (y->gz == GZ_DEMONYM || made_in(d, s, y)))
		return rely_on_goods(d, s, v, j);
	if (!y || !ent__is_state_mention(y) || y->gz == GZ_FIRM || y->possessive ||
	    y->gz == GZ_DEMONYM)
		return ENT_OK;
	ys[ny++] = y;
	j = y->t1;
	/* "turned to France and India": each state of the list */
	while (turn && ny < 4 && j + 1 < s->t1 && (kis(d, j, "and") || kis(d, j, ","))) {
		const mention *z = mention_at(d, s, kis(d, j + 1, "and") ? j + 2 : j + 1);
		if (!z || !ent__is_state_mention(z) || z->gz == GZ_FIRM || z->possessive ||
		    z->gz == GZ_DEMONYM)
			break;
		ys[ny++] = z;
		j = z->t1;
	}
	if (turn && !(j < s->t1 && kis(d, j, "for")))
		return ENT_OK; /* "turned to X for arms" only */
	if (j + 1 >= s->t1)
		return ENT_OK;
	if (kis(d, j, "for"))
		j++;
	else if (kis(d, j, "to") && KIN(d, j + 1, w_buy_verb))
		j += 2;
	else if (kis(d, j, "to") && kin_local(d, j + 1, w_equip) && j + 3 < s->t1 &&
		 (kis(d, j + 2, "its") || kis(d, j + 2, "their")) &&
		 kin_local(d, j + 3, w_forces))
		g = j += 1; /* "to equip its armed forces": the verb says arms */
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
	if (g == NONE || !sub)
		return ENT_OK;
	for (w = 0; w < ny; w++) {
		y = ys[w];
		if (!strcmp(sub->code, y->code))
			continue;
		for (q = 0; q < d->ncands; q++) {
			cand *o = &d->cands[q];
			if (!o->dropped && o->unit == s->unit && o->directed &&
			    (o->f.type == ENT_FACT_DEAL || o->f.type == ENT_FACT_SUPPLY) &&
			    !strcmp(o->f.recipient.s, y->code) &&
			    ent_fact_has_code(o->f.suppliers, o->f.nsuppliers, sub->code))
				o->dropped = 1;
		}
		if (tie_known(d, y->code, sub->code, s->unit))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
			return rc;
		for (k = s->m0; k < s->m1; k++) {
			const mention *m = M(d, k);
			if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON && m->t0 >= j &&
			    ent_fact_add_item(&c->f, (ent_category)m->category, d->text + m->start,
					      m->end - m->start, m->canon, quantity_before(d, s, m)))
				return ENT_ENOMEM;
		}
		if ((rc = emit_tie(d, c, s, y->code, sub->code,
				   turn ? "supply.turned_to" : "supply.rely_on")))
			return rc;
	}
	return ENT_OK;
}

/* "The hardware has (also) been sold to ...", "This drone was exported
 * to ...": a subject of "the/this" and a generic word for goods (at most
 * two words, no name) right before the verb group that ends at verb i
 * means the system of the unit before, as "it" does (rule_customers). */
static int generic_subject(const dctx *d, const span *s, size_t i)
{
	static const char *w_goods_n[] = {"hardware", "system", "systems", "equipment", "weapon",
					  "weapons", "platform", NULL};
	static const char *w_def[] = {"the", "this", "these", "that", NULL};
	size_t k, e = s->t0 + 1;
	int goods = 0;
	if (!kin_local(d, s->t0, w_def))
		return 0;
	while (e < i && !KIN(d, e, w_be) && !kis(d, e, "has") && !kis(d, e, "have"))
		e++;
	if (e == s->t0 + 1 || e > s->t0 + 3 || e >= i)
		return 0;
	for (k = s->t0 + 1; k < e; k++)
		if (d->t.v[k].kind != TK_WORD || d->t.v[k].upper)
			return 0;
	goods = kin_local(d, e - 1, w_goods_n);
	for (k = s->m0; k < s->m1 && !goods; k++)
		if (M(d, k)->gz == GZ_WEAPON && !M(d, k)->canon && M(d, k)->t1 == e)
			goods = 1; /* "the drone", "these jets" */
	return goods;
}

/* The states named from token j on, joined by commas and "and" ("Turkey
 * and Pakistan", "A, B and the C"), names not possessives, at most cap,
 * into out; their count, 0 when a state does not open the list at j. */
static size_t listed_states(const dctx *d, const span *s, size_t j, const mention **out,
			    size_t cap)
{
	size_t n = 0;
	while (j < s->t1 && n < cap) {
		const mention *m = mention_at(d, s, j);
		if (kis(d, j, "the") && j + 1 < s->t1) {
			m = mention_at(d, s, j + 1);
			j++;
		}
		if (!m || m->t0 != j || !ent__is_state_mention(m) || m->possessive ||
		    m->gz == GZ_FIRM || m->gz == GZ_DEMONYM)
			break;
		out[n++] = m;
		j = m->t1;
		if (j < s->t1 && kis(d, j, ","))
			j++;
		if (j < s->t1 && (kis(d, j, "and") || kis(d, j, "or")))
			j++;
		else if (!(j > 0 && kis(d, j - 1, ",")))
			break;
	}
	return n;
}

/* "Egypt's main arms suppliers are Russia and France", "Chile relies on
 * its two major suppliers, France and the United States": the noun of
 * suppliers at n, owned by a possessive state before its words (at most
 * four: "main", "two", "arms") or, after "its / their", by the sentence's
 * first state, then a list after a comma or a form of "be (include)": a
 * supply tie from each to the owner (stop 47). */
static int owned_suppliers(dctx *d, const span *s, size_t n)
{
	static const char *w_link[] = {"are", "were", "include", "included", "includes", "remain",
				       NULL};
	const mention *list[ENT_FACT_MAX_ACTORS], *y = NULL;
	size_t p = n, k, cnt = 0, a;
	int rc;
	cand *c;
	while (p > s->t0 && p + 4 > n && d->t.v[p - 1].kind != TK_PUNCT &&
	       !d->t.v[p - 1].upper && !kis(d, p - 1, "its") && !kis(d, p - 1, "their") &&
	       !kis(d, p - 1, "'s"))
		p--;
	if (p <= s->t0)
		return ENT_OK;
	if (kis(d, p - 1, "'s") || (y = mention_at_end(d, s, p)) != NULL) {
		if (!y)
			y = mention_at_end(d, s, p - 1);
		if (!y || !y->possessive)
			return ENT_OK;
	} else if (kis(d, p - 1, "its") || kis(d, p - 1, "their")) {
		for (k = s->m0; k < s->m1 && M(d, k)->t1 <= p && !y; k++)
			if (ent__is_state_mention(M(d, k)) && !M(d, k)->possessive &&
			    M(d, k)->gz != GZ_FIRM && M(d, k)->gz != GZ_DEMONYM)
				y = M(d, k);
	}
	if (!y || !ent__is_state_mention(y) || y->gz == GZ_FIRM || y->gz == GZ_DEMONYM)
		return ENT_OK;
	a = n + 1;
	if (a < s->t1 && (kis(d, a, ",") || kis(d, a, ":") || kin_local(d, a, w_link)))
		a++;
	else
		return ENT_OK;
	if (a < s->t1 && kis(d, a, "been"))
		a++;
	cnt = listed_states(d, s, a, list, ENT_FACT_MAX_ACTORS);
	if (cnt < 2 && kis(d, n + 1, ","))
		return ENT_OK; /* an apposition lists two at least */
	for (k = 0; k < cnt; k++) {
		if (!strcmp(list[k]->code, y->code) || list[k]->gz == GZ_FIRM)
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)) ||
		    (rc = emit_tie(d, c, s, list[k]->code, y->code, "supply.main_suppliers")))
			return rc;
	}
	return ENT_OK;
}

/* "Turkey and Pakistan have been the main arms suppliers to Azerbaijan",
 * "The main arms suppliers to Azerbaijan (in ...) have been Turkey and
 * Pakistan": the plural noun of suppliers "to / of Y", joined by a form
 * of "be" (or "include") to a list of states, gives a supply tie from
 * each of them to Y (supply.main_suppliers). */
int rule_main_suppliers(dctx *d, const span *s)
{
	static const char *w_link[] = {"are", "were", "been", "remain", "remained", "include",
				       "included", "includes", NULL};
	const mention *list[ENT_FACT_MAX_ACTORS], *y;
	size_t n, j, k, cnt = 0;
	int rc;
	cand *c;
	for (n = s->t0 + 1; n + 2 < s->t1 && !kis(d, n, "suppliers"); n++)
		;
	if (n + 2 < s->t1 && !(kis(d, n + 1, "to") || kis(d, n + 1, "of")) && !negated(d, s, n))
		return owned_suppliers(d, s, n);
	if (n + 2 >= s->t1 || !(kis(d, n + 1, "to") || kis(d, n + 1, "of")) || negated(d, s, n))
		return ENT_OK;
	y = mention_at(d, s, kis(d, n + 2, "the") ? n + 3 : n + 2);
	if (!y || !ent__is_state_mention(y) || y->possessive || y->gz == GZ_FIRM ||
	    y->gz == GZ_DEMONYM)
		return ENT_OK;
	/* the list before: "A and B have (long) been (the) (main) ... suppliers" */
	for (j = n; j > s->t0 && j + 8 > n && !kin_local(d, j - 1, w_link); j--)
		if (d->t.v[j - 1].kind != TK_WORD || d->t.v[j - 1].upper)
			break;
	if (j > s->t0 && kin_local(d, j - 1, w_link)) {
		size_t v = j - 1;
		while (v > s->t0 && (kis(d, v - 1, "have") || kis(d, v - 1, "has") ||
				     kis(d, v - 1, "had") || kis(d, v - 1, "long") ||
				     kis(d, v - 1, "also") || kis(d, v - 1, "been")))
			v--;
		for (k = s->m0; k < s->m1 && M(d, k)->t1 <= v; k++)
			if (ent__is_state_mention(M(d, k)) && M(d, k)->t0 >= s->t0 &&
			    (cnt = listed_states(d, s, M(d, k)->t0, list, ENT_FACT_MAX_ACTORS)) > 0)
				break;
		if (cnt && list[cnt - 1]->t1 != v)
			cnt = 0; /* the list ends right before the verb */
	}
	/* the list after: "The main suppliers to Y ... have been A and B" */
	if (!cnt && kis(d, s->t0, "the"))
		for (j = y->t1; j < s->t1 && j < y->t1 + 10 && !cnt; j++)
			if (kin_local(d, j, w_link) && !kis(d, j, ",")) {
				size_t a = j + 1;
				if (a < s->t1 && kis(d, a, "been"))
					a++;
				cnt = listed_states(d, s, a, list, ENT_FACT_MAX_ACTORS);
			}
	for (k = 0; k < cnt; k++) {
		if (!strcmp(list[k]->code, y->code))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)) ||
		    (rc = emit_tie(d, c, s, list[k]->code, y->code, "supply.main_suppliers")))
			return rc;
	}
	return ENT_OK;
}

/* "Germany is the fourth largest exporter of weapons to Saudi Arabia after
 * the United States, the United Kingdom and France", "Y's third largest
 * arms supplier after A and B is X": the states after "after" that follows
 * a superlative noun of suppliers ("largest / biggest ... supplier(s),
 * exporter(s), seller(s), source(s)") supply Y more: a supply tie from each
 * to Y (Y after "to" before "after", or a possessive before the noun),
 * unless negated or a tie the text gives already (supply.ranked_after). */
int rule_ranked_after(dctx *d, const span *s)
{
	static const char *w_sup_n[] = {"supplier", "suppliers", "exporter", "exporters", "seller",
					"sellers", "source", "sources", NULL};
	static const char *w_most[] = {"largest", "biggest", NULL};
	static const char *w_rank_end[] = {"in", "with", "for", "among", "during", "since", "over",
					   "and", "respectively", "is", "was", "remains", NULL};
	const mention *list[ENT_FACT_MAX_ACTORS], *y = NULL;
	size_t n, a, j, k, cnt;
	int rc;
	/* "largest / biggest" first (rarer), then the noun at most three
	 * words after it */
	for (n = s->t0 + 2; n + 2 < s->t1; n++) {
		if ((K(n)[0] != 'l' && K(n)[0] != 'b') || !kin_local(d, n, w_most))
			continue;
		for (j = n + 1; j + 2 < s->t1 && j < n + 4 && !kin_local(d, j, w_sup_n); j++)
			;
		if (j + 2 < s->t1 && kin_local(d, j, w_sup_n)) {
			n = j;
			break;
		}
	}
	if (n + 2 >= s->t1 || negated(d, s, n))
		return ENT_OK;
	for (a = n + 1; a < s->t1 && a < n + 10 && !kis(d, a, "after"); a++)
		if (kis(d, a, ",") || kis(d, a, ";") || KIN(d, a, w_be))
			return ENT_OK;
	if (a + 1 >= s->t1 || !kis(d, a, "after") ||
	    !(cnt = listed_states(d, s, a + 1, list, ENT_FACT_MAX_ACTORS)))
		return ENT_OK;
	/* a list of suppliers, no clause: "after Russia cut deliveries" */
	j = list[cnt - 1]->t1;
	if (j < s->t1 && d->t.v[j].kind == TK_WORD && !kin_local(d, j, w_rank_end))
		return ENT_OK;
	/* Y: "to Y" between the noun and "after", or "Y's" before it */
	for (j = n + 1; j < a && !y; j++)
		if (kis(d, j, "to") && (y = actor_after(d, s, j + 1, 1, 1)) && y->t0 >= a)
			y = NULL;
	for (k = s->m0; k < s->m1 && !y; k++) {
		const mention *m = M(d, k);
		if (m->possessive && m->t1 <= n && m->t1 + 5 > n && ent__is_state_mention(m) &&
		    m->gz != GZ_FIRM)
			y = m;
	}
	if (!y || y->gz == GZ_DEMONYM)
		return ENT_OK;
	for (k = 0; k < cnt; k++) {
		cand *c;
		if (!strcmp(list[k]->code, y->code) || tie_known(d, list[k]->code, y->code, -1))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)) ||
		    (rc = emit_tie(d, c, s, list[k]->code, y->code, "supply.ranked_after")))
			return rc;
	}
	return ENT_OK;
}

/* A supply tie from seller to each state of list[0..cnt), with the goods
 * of the deal told last (d->last_deal), under rule; none to the seller
 * itself or for a tie the text gives already.  seller is a copy: making a
 * candidate may move the array the last deal is in. */
static int ties_from_last_deal(dctx *d, const span *s, ent_code seller, const mention **list,
			       size_t cnt, const char *rule)
{
	size_t k;
	int rc;
	for (k = 0; k < cnt; k++) {
		const char *to = list[k]->code;
		cand *c;
		if (!strcmp(seller.s, to) || tie_known(d, seller.s, to, -1))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
			return rc;
		if ((rc = add_goods_of(&c->f, &d->cands[d->last_deal].f)))
			return rc;
		if ((rc = emit_tie(d, c, s, seller.s, to, rule)))
			return rc;
	}
	return ENT_OK;
}

/* "Other African customers have included Ethiopia, Morocco and Tunisia",
 * "Other buyers are A and B": customers called "other", with no goods of
 * their own ("of ..."), are further buyers of the seller of the deal told
 * last (in this paragraph or the one before, one seller): a supply tie
 * from that seller to each listed state with the deal's goods, unless
 * negated, the seller itself, or a tie the text gives already. */
int rule_other_customers(dctx *d, const span *s)
{
	static const char *w_client_n[] = {"customers", "buyers", "clients", "operators", "users",
					   "importers", NULL};
	static const char *w_link[] = {"include", "included", "includes", "are", "were", NULL};
	const mention *list[ENT_FACT_MAX_ACTORS];
	const cand *last;
	size_t n, j, cnt;
	if (!kis(d, s->t0, "other") || d->last_deal < 0)
		return ENT_OK;
	for (n = s->t0 + 1; n < s->t1 && n < s->t0 + 4 && !kin_local(d, n, w_client_n); n++)
		if (d->t.v[n].kind != TK_WORD)
			return ENT_OK; /* "Other African customers" */
	if (n + 2 >= s->t1 || !kin_local(d, n, w_client_n) || negated(d, s, n))
		return ENT_OK;
	j = n + 1;
	if (kis(d, j, "have") || kis(d, j, "has"))
		j++;
	if (j < s->t1 && kis(d, j, "been"))
		j++;
	else if (j < s->t1 && kin_local(d, j, w_link))
		j++;
	else
		return ENT_OK;
	if (j < s->t1 && kis(d, j, ":"))
		j++;
	if (!(cnt = listed_states(d, s, j, list, ENT_FACT_MAX_ACTORS)))
		return ENT_OK;
	last = &d->cands[d->last_deal];
	if (last->dropped || last->f.nsuppliers != 1 || last->unit < 0 ||
	    d->units[s->unit].para - d->units[last->unit].para > 1)
		return ENT_OK;
	return ties_from_last_deal(d, s, last->f.suppliers[0], list, cnt, "supply.other_customers");
}

/* "Japan provides non-lethal defence equipment to partner countries, with
 * Malaysia among the recipients this year, alongside the Philippines,
 * Bangladesh, and Fiji": a verb of supply to a group of unnamed states,
 * then ", with Y among the recipients (beneficiaries, buyers, customers)"
 * and maybe "alongside (along with, together with) A, B and C" within six
 * words: a supply tie from the verb's subject to each state (stop 63). */
int rule_among_recipients(dctx *d, const span *s)
{
	static const char *w_recipient_n[] = {"recipients", "beneficiaries", "buyers",
					      "customers", "users", "operators", NULL};
	const mention *list[ENT_FACT_MAX_ACTORS], *y, *x;
	size_t i, j, sv, n = 0, k;
	int rc;
	for (i = s->t0 + 4; i + 2 < s->t1; i++)
		if (d->t.v[i].keylen == 5 && K(i)[0] == 'a' && kis(d, i, "among") &&
		    kis(d, i + 1, "the") && kin_local(d, i + 2, w_recipient_n))
			break;
	if (i + 2 >= s->t1 || !(y = mention_at_end(d, s, i)) || y->possessive ||
	    !ent__is_state_mention(y) || y->gz == GZ_FIRM || y->gz == GZ_DEMONYM ||
	    y->t0 < s->t0 + 4 || !kis(d, y->t0 - 1, "with") || !kis(d, y->t0 - 2, ","))
		return ENT_OK;
	sv = find_in(d, s->t0, y->t0, w_supply_verb);
	if (sv == NONE || negated(d, s, sv))
		return ENT_OK;
	int to = 0;
	for (j = sv + 1; j < y->t0; j++) {
		if (plain_state_at(d, s, j))
			return ENT_OK; /* a recipient named after the verb */
		to |= kis(d, j, "to");
	}
	if (!to)
		return ENT_OK;
	x = actor_before(d, s, sv, 8, 1);
	if (!x || x->gz == GZ_FIRM || x->gz == GZ_DEMONYM || !ent__is_state_mention(x))
		return ENT_OK;
	list[n++] = y;
	for (j = i + 3; j + 1 < s->t1 && j < i + 9; j++) {
		if (kis(d, j, "alongside") ||
		    ((kis(d, j, "along") || kis(d, j, "together")) && kis(d, j + 1, "with"))) {
			j += kis(d, j, "alongside") ? 1 : 2;
			n += listed_states(d, s, j, list + n, ENT_FACT_MAX_ACTORS - n);
			break;
		}
		if (kis(d, j, ".") || kis(d, j, ";"))
			break;
	}
	for (k = 0; k < n; k++) {
		cand *c;
		if (!strcmp(list[k]->code, x->code) ||
		    tie_known(d, x->code, list[k]->code, s->unit))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)) ||
		    (rc = emit_tie(d, c, s, x->code, list[k]->code, "supply.among_recipients")))
			return rc;
	}
	return ENT_OK;
}

/* States listed from token j: "Pakistan and the fellow Turkic nations of
 * Azerbaijan and Kyrgyzstan" (a second list after "and the ... of", at
 * most four words between), at most cap into out; their count. */
static size_t listed_states_of(const dctx *d, const span *s, size_t j, const mention **out,
			       size_t cap)
{
	size_t n = listed_states(d, s, j, out, cap), k;
	if (!n || n >= cap)
		return n;
	j = out[n - 1]->t1;
	if (j + 2 < s->t1 && kis(d, j, "and") && kis(d, j + 1, "the")) {
		for (k = j + 2; k < s->t1 && k < j + 7 && !kis(d, k, "of"); k++)
			if (d->t.v[k].kind != TK_WORD)
				return n;
		if (k + 1 < s->t1 && kis(d, k, "of"))
			n += listed_states(d, s, k + 1, out + n, cap - n);
	}
	return n;
}

/* The side of the undirected pair of c whose make the goods of c's unit
 * are ("Baykar signed a contract with Y for Akinci drones": Turkey), into
 * *out; 0 when none. */
static int pair_maker(const dctx *d, const cand *c, ent_code *out)
{
	size_t k;
	if (c->unit < 0 || !c->pair[0][0] || !c->pair[1][0])
		return 0;
	for (k = d->units[c->unit].m0; k < d->units[c->unit].m1; k++) {
		const mention *m = M(d, k);
		if (m->gz != GZ_WEAPON || !m->canon || !m->code)
			continue;
		if (!strcmp(m->code, c->pair[0]) || !strcmp(m->code, c->pair[1])) {
			ent_code_set(out, m->code);
			return 1;
		}
	}
	return 0;
}

/* "Baykar has signed seven export contracts. These include sales to other
 * key friendly countries such as Pakistan and the fellow Turkic nations of
 * Azerbaijan and Kyrgyzstan": a sentence that opens with "These (They)
 * include(d)" and a noun of sales "to" (up to eight words before the list)
 * names buyers of the seller of the deal told last, this paragraph or the
 * one before: a supply tie to each, with that deal's goods
 * (supply.these_include). */
int rule_these_include(dctx *d, const span *s)
{
	static const char *w_these[] = {"these", "they", "those", NULL};
	static const char *w_incl[] = {"include", "included", "includes", NULL};
	static const char *w_sales_n[] = {"sales", "exports", "deliveries", "contracts", "deals",
					  NULL};
	const mention *list[ENT_FACT_MAX_ACTORS];
	const cand *last;
	ent_code seller;
	size_t j, cnt, n;
	if (!kin_local(d, s->t0, w_these) || s->t0 + 4 >= s->t1 || s->unit < 0 ||
	    !kin_local(d, s->t0 + 1, w_incl) || d->last_deal < 0)
		return ENT_OK;
	j = s->t0 + 2;
	if (!kin_local(d, j, w_sales_n) || !kis(d, j + 1, "to"))
		return ENT_OK;
	for (j += 2, n = 0; j < s->t1 && n < 8 && !mention_at(d, s, j); j++, n++)
		if (d->t.v[j].kind != TK_WORD)
			return ENT_OK;
	if (!(cnt = listed_states_of(d, s, j, list, ENT_FACT_MAX_ACTORS)))
		return ENT_OK;
	last = &d->cands[d->last_deal];
	if (last->dropped || last->unit < 0 ||
	    d->units[s->unit].para - d->units[last->unit].para > 1)
		return ENT_OK;
	if (last->f.nsuppliers == 1)
		seller = last->f.suppliers[0]; /* a copy: cand_new may move the cands */
	else if (last->f.nsuppliers || !pair_maker(d, last, &seller))
		return ENT_OK; /* "Baykar signed a contract with Y for Akinci drones" */
	return ties_from_last_deal(d, s, seller, list, cnt, "supply.these_include");
}

/* A deal of the system sys (its words, its designation) from its maker to
 * the state `to`, at stage st, under rule; confidence 0.6 (a list read
 * off a sentence about the system). */
static int emit_system_deal(dctx *d, const span *s, const mention *sys, const char *to,
			    ent_status st, const char *rule)
{
	cand *c;
	int rc;
	if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
		return rc;
	if (ent_fact_add_item(&c->f, (ent_category)sys->category, d->text + sys->start,
			      sys->end - sys->start, sys->canon, -1))
		return ENT_ENOMEM;
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sys->code);
	ent_code_set(&c->f.recipient, to);
	c->directed = 1;
	c->f.status = st;
	c->f.confidence = 0.6;
	return emit(d, c, s, rule);
}

/* "The K5 has been exported to four countries, including Chile and Peru",
 * "it has already been adopted by countries such as Peru", "is also used
 * by several other nations, including A and B": the states
 * listed after a passive of export, adoption or use are customers of the
 * system the clause (or, for a pronoun subject, the unit before) names,
 * each a deal with that system's maker.  Only designations with a maker
 * in weapons.tsv, and only the list right after "to"/"by". */
int rule_customers(dctx *d, const span *s)
{
	static const char *w_cust_v[] = {"exported", "adopted", "sold", "used", NULL};
	static const char *w_cust_skip[] = {"countries", "nations", "states", "such", "as",
					    "including", "like", "so", "far", "to", "date",
					    "among", "them", "others", ",", "several", "other",
					    "many", NULL};
	const mention *sys = NULL;
	size_t i, j, k, lo;
	int adopted = 0, rc;
	/* a passive: "has (already) been exported (to)", "was sold (to)",
	 * "is also used (adopted) by"; the first such verb */
	for (i = s->t0 + 2; i + 2 < s->t1; i++) {
		/* "(already) in use by A and B" (stop 64) */
		if (kis(d, i, "use") && kis(d, i - 1, "in") && kis(d, i + 1, "by")) {
			adopted = 1;
			break;
		}
		if (!((KIN(d, i, w_supply_verb) || kis(d, i, "adopted") || kis(d, i, "used")) &&
		      kin_local(d, i, w_cust_v)))
			continue;
		adopted = kis(d, i, "adopted") || kis(d, i, "used");
		if (kis(d, i + 1, adopted ? "by" : "to") &&
		    (KIN(d, i - 1, w_be) || (KIN(d, i - 2, w_be) && ly_adverb(d, i - 1)) ||
		     (KIN(d, i - 2, w_be) && (kis(d, i - 1, "already") || kis(d, i - 1, "also")))))
			break;
	}
	if (i + 2 >= s->t1 || negated(d, s, i))
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
	if (!sys && s->unit > 0 && (kis(d, s->t0, "it") || generic_subject(d, s, i))) {
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
	if (adopted) {
		/* "Harop drones were used by the Azerbaijani army": one
		 * user, a demonym on its forces (stop 45) */
		static const char *w_forces[] = {"army", "navy", "military", "forces", "troops",
						 "marines", "air", "armed", NULL};
		const mention *u;
		j = i + 2 + (kis(d, i + 2, "the") ? 1 : 0);
		u = actor_after(d, s, j, 0, 0);
		if (u && u->t0 == j && u->possessive && !strcmp(u->code, sys->code) &&
		    u->t1 + 3 < s->t1 && kin_local(d, u->t1 + 1, w_forces) &&
		    kis(d, u->t1 + 2, "and")) {
			/* "in use by China's military and the Sudanese armed
			 * forces": past the maker's own (stop 64) */
			j = u->t1 + 3 + (kis(d, u->t1 + 3, "the") ? 1 : 0);
			u = actor_after(d, s, j, 0, 0);
		}
		if (u && u->t0 == j && u->gz == GZ_DEMONYM && u->t1 < s->t1 &&
		    kin_local(d, u->t1, w_forces))
			return strcmp(u->code, sys->code)
				       ? emit_system_deal(d, s, sys, u->code, ENT_STATUS_NONE,
							  "deal.customers")
				       : ENT_OK;
	}
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
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->t0 == j && ent__is_state_mention(M(d, k)) &&
			    M(d, k)->gz != GZ_FIRM && M(d, k)->gz != GZ_DEMONYM)
				m = M(d, k);
		if (!m) {
			if (j >= lo && !kis(d, j, ",") && !kis(d, j, "and") && !kis(d, j, "the"))
				break;
			continue;
		}
		j = m->t1 - 1;
		lo = m->t1;
		if (!strcmp(m->code, sys->code))
			continue;
		if ((rc = emit_system_deal(d, s, sys, m->code,
					   adopted ? ENT_STATUS_NONE : ENT_STATUS_DELIVERED,
					   "deal.customers")))
			return rc;
	}
	return ENT_OK;
}

/* "Qatar acquired Patriot missiles, which other Gulf countries such as
 * Kuwait, Saudi Arabia and the UAE have purchased in the past": the states
 * a relative clause on goods of known make lists as the subject of a past
 * verb of buying each bought them from the maker (deal.which_bought).  The
 * list may follow up to six words ("other Gulf countries such as"). */
int rule_which_bought(dctx *d, const span *s)
{
	static const char *w_bought_v[] = {"purchased", "bought", "acquired", "ordered", NULL};
	const mention *list[ENT_FACT_MAX_ACTORS], *sys = NULL;
	size_t i, j, k, cnt, n;
	int rc;
	for (i = s->t0 + 2; i + 3 < s->t1; i++)
		if (kis(d, i, "which") && kis(d, i - 1, ","))
			break;
	if (i + 3 >= s->t1)
		return ENT_OK;
	/* the goods right before the comma: a designation with a maker, and
	 * the generic words after it ("Patriot missiles") */
	for (k = s->m0; k < s->m1 && M(d, k)->t0 < i - 1; k++) {
		const mention *m = M(d, k);
		if (m->gz != GZ_WEAPON || m->kind != MK_ACTOR)
			continue;
		if (m->canon && m->code && m->code[0])
			sys = m->t1 <= i - 1 && m->t1 + 3 >= i - 1 ? m : NULL;
		if (sys && m->t1 == i - 1)
			break;
	}
	if (k == s->m1 || !sys || M(d, k)->t1 != i - 1)
		return ENT_OK;
	for (j = i + 1, n = 0; j < s->t1 && n < 7; j++, n++) {
		const mention *m = mention_at(d, s, j);
		if ((m && m->t0 == j && ent__is_state_mention(m)) ||
		    (kis(d, j, "the") && j + 1 < s->t1 && mention_at(d, s, j + 1)))
			break;
		if (d->t.v[j].kind != TK_WORD)
			return ENT_OK;
	}
	if (!(cnt = listed_states(d, s, j, list, ENT_FACT_MAX_ACTORS)))
		return ENT_OK;
	j = list[cnt - 1]->t1;
	if (j < s->t1 && (kis(d, j, "have") || kis(d, j, "has") || kis(d, j, "had")))
		j++;
	if (j < s->t1 && (kis(d, j, "also") || kis(d, j, "already")))
		j++;
	if (j >= s->t1 || !kin_local(d, j, w_bought_v) || negated(d, s, j))
		return ENT_OK;
	for (k = 0; k < cnt; k++) {
		if (!strcmp(list[k]->code, sys->code) || tie_known(d, sys->code, list[k]->code, -1))
			continue;
		if ((rc = emit_system_deal(d, s, sys, list[k]->code, ENT_STATUS_SIGNED,
					   "deal.which_bought")))
			return rc;
	}
	return ENT_OK;
}

/* The state named at token j as a plain name (not a demonym, firm or
 * bloc), or NULL. */
const mention *plain_state_at(const dctx *d, const span *s, size_t j)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 == j && ent__is_state_mention(M(d, k)) && M(d, k)->gz != GZ_FIRM &&
		    M(d, k)->gz != GZ_DEMONYM && M(d, k)->gz != GZ_BLOC)
			return M(d, k);
	return NULL;
}

/* The most states a list of customers holds: each is a deal of its own,
 * so the list may be longer than a fact's parties ("in service in
 * Morocco, Niger, Ethiopia, ... and Tunisia", nine; stop 60). */
#define CUSTOMERS_MAX 16

/* The states listed from token a: plain names (not possessive) joined by
 * commas, "and" and "the", each maybe with its number ("Poland with 48",
 * "Indonesia (22)"); qty[i] is -1 when none.  The count listed, at most
 * CUSTOMERS_MAX. */
static size_t customer_states(const dctx *d, const span *s, size_t a, const mention **list,
			      long *qty)
{
	size_t j, n = 0;
	for (j = a; j < s->t1 && n < CUSTOMERS_MAX;) {
		const mention *m = plain_state_at(d, s, j);
		size_t q = NONE;
		if (!m) {
			const mention *b;
			if (kis(d, j, ",") || kis(d, j, "and") || kis(d, j, "the")) {
				j++;
				continue;
			}
			if ((b = mention_at(d, s, j)) != NULL && b->t0 == j && b->gz == GZ_BLOC) {
				j = b->t1; /* "Switzerland, the European Union and
					    * Canada": a bloc is no state (stop 60) */
				continue;
			}
			break;
		}
		if (m->possessive)
			break; /* "and India's own army" */
		j = m->t1;
		if (j + 1 < s->t1 && kis(d, j, "with") && d->t.v[j + 1].kind == TK_NUM)
			q = j + 1;
		else if (j + 2 < s->t1 && kis(d, j, "(") && d->t.v[j + 1].kind == TK_NUM &&
			 kis(d, j + 2, ")"))
			q = j + 1;
		qty[n] = -1;
		if (q != NONE) {
			long v = strtol(d->text + d->t.v[q].start, NULL, 10);
			if (v > 0 && v < 100000 && !(v >= 1950 && v <= 2049))
				qty[n] = v;
			j = kis(d, j, "(") ? q + 2 : q + 1;
		} else if (j + 2 < s->t1 && kis(d, j, "(")) {
			/* "Mexico (12 aircraft)", "Indonesia (six aircraft)",
			 * "Brazil (whose 50 aircraft are built at ...)": over
			 * the aside, its count when it opens with one and
			 * closes two words on (stop 44) */
			size_t e = j + 1;
			while (e < s->t1 && e < j + 24 && !kis(d, e, ")") && !kis(d, e, "("))
				e++;
			if (e >= s->t1 || !kis(d, e, ")"))
				break;
			if (e <= j + 4 && count_at(d, j + 1) > 0)
				qty[n] = count_at(d, j + 1);
			j = e + 1;
		}
		list[n++] = m;
	}
	return n;
}

/* Is m a designation with a maker (weapons.tsv origin)? */
static int is_system(const mention *m)
{
	return m->kind == MK_ACTOR && m->gz == GZ_WEAPON && m->canon && m->code && m->code[0];
}

/* The first designation with a maker in tokens [t0, t1) of span s, or
 * NULL. */
static const mention *system_in(const dctx *d, const span *s, size_t t0, size_t t1)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 >= t0 && m->t1 <= t1 && is_system(m))
			return m;
	}
	return NULL;
}

/* The designation with a maker that starts last in span s and ends by
 * token end (the first told of those that start together), or NULL. */
static const mention *system_before(const dctx *d, const span *s, size_t end)
{
	const mention *best = NULL;
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 >= s->t0 && m->t1 <= end && is_system(m) && (!best || m->t0 > best->t0))
			best = m;
	}
	return best;
}

/* The first firm in tokens [t0, t1) of span s, or NULL. */
static const mention *firm_in(const dctx *d, const span *s, size_t t0, size_t t1)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 >= t0 && m->t1 <= t1 && m->gz == GZ_FIRM && m->code && m->code[0])
			return m;
	}
	return NULL;
}

/* The stage a verb of buying or choosing at token v gives a list of
 * buyers ("ordered" ordered; "bought/purchased/acquired/procured" signed;
 * "selected/chosen/picked/tapped", "chose", "opted (for)" reported, or
 * signed when the sentence names a contract), or ENT_STATUS_NONE for any
 * other word.  pass: participles only ("has been picked by"). */
static ent_status list_verb_status(const dctx *d, const span *s, size_t v, int pass)
{
	static const char *w_ord[] = {"ordered", NULL};
	static const char *w_buy[] = {"bought", "purchased", "acquired", "procured", NULL};
	static const char *w_pick[] = {"selected", "chosen", "picked", "tapped", NULL};
	static const char *w_pick_a[] = {"chose", "opted", NULL};
	static const char *w_contract[] = {"contract", "contracts", NULL};
	if (kin_local(d, v, w_ord))
		return ENT_STATUS_ORDERED;
	if (kin_local(d, v, w_buy))
		return ENT_STATUS_SIGNED;
	if (!kin_local(d, v, w_pick) && (pass || !kin_local(d, v, w_pick_a)))
		return ENT_STATUS_NONE;
	return find_in(d, s->t0, s->t1, w_contract) != NONE ? ENT_STATUS_SIGNED
							    : ENT_STATUS_REPORTED;
}

/* The verb of holding a list of states' verb group opens at v: "(already)
 * operate / use / fly / field", "are (among those, among the countries)
 * (already, currently) operating / using / flying / fielding" (stop 36);
 * its token, or NONE. */
static size_t list_holds(const dctx *d, const span *s, size_t v)
{
	static const char *w_hold_v[] = {"operate", "use", "fly", "field", "operating", "using",
					 "flying", "fielding", NULL};
	static const char *w_adv[] = {"already", "currently", "now", "also", "still", NULL};
	static const char *w_group_n[] = {"those", "countries", "states", "nations", "users",
					  "operators", NULL};
	size_t i = v;
	int be = 0;
	if (i < s->t1 && (kis(d, i, "are") || kis(d, i, "were"))) {
		be = 1;
		i++;
		if (i + 1 < s->t1 && kis(d, i, "among")) {
			i++;
			if (i < s->t1 && kis(d, i, "the"))
				i++;
			if (i >= s->t1 || !kin_local(d, i, w_group_n))
				return NONE;
			i++;
		}
	}
	while (i < s->t1 && kin_local(d, i, w_adv))
		i++;
	if (i >= s->t1 || !kin_local(d, i, w_hold_v) || be != ends_ing(K(i)))
		return NONE;
	return i;
}

/* Is the subject of the verb group that ends before token t a generic
 * word for goods after "the/this" ("the aircraft", "this jet", "the
 * system"; a weapon term with no designation), opening the sentence or
 * its clause after a comma ("To date, the aircraft has been ordered by")? */
static int generic_goods_before(const dctx *d, const span *s, size_t t)
{
	static const char *w_goods_n[] = {"system", "systems", "hardware", "equipment",
					  "platform", "type", "design", "jet", "plane", NULL};
	static const char *w_def[] = {"the", "this", "that", "these", NULL};
	size_t e = t, k;
	while (e > s->t0 && (KIN(d, e - 1, w_be) || kis(d, e - 1, "has") ||
			     kis(d, e - 1, "have") || kis(d, e - 1, "also") ||
			     kis(d, e - 1, "now") || kis(d, e - 1, "already")))
		e--;
	if (e < s->t0 + 2 || e == t)
		return 0;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 == e && m->gz == GZ_WEAPON && !m->canon && m->t0 > s->t0 &&
		    kin_local(d, m->t0 - 1, w_def))
			return m->t0 - 1 == s->t0 || kis(d, m->t0 - 2, ",");
	}
	if (!kin_local(d, e - 1, w_goods_n))
		return 0;
	if (kin_local(d, e - 2, w_def))
		return e - 2 == s->t0 || kis(d, e - 3, ",");
	/* "The drone system is used in ..." (stop 60) */
	return e >= s->t0 + 3 && kin_local(d, e - 3, w_def) && d->t.v[e - 2].kind == TK_WORD &&
	       !d->t.v[e - 2].upper && (e - 3 == s->t0 || kis(d, e - 4, ","));
}

/* Words of an unstated number before a group of buyers: "bought by many
 * countries including", "Several countries, such as A, B and C, ...". */
static const char *w_some[] = {"many", "several", "various", "numerous", "other", "some",
			       NULL};

/* The verb of a group of states that word i ("several, many ...") opens:
 * over words of no capital that qualify the group ("foreign"), a noun of
 * states ("countries, militaries"), adverbs and auxiliaries, a verb of
 * holding ("field, operate, use, fly": *st none) or buying (its stage);
 * its token, or NONE (stop 43). */
static size_t group_verb(const dctx *d, const span *s, size_t i, ent_status *st)
{
	static const char *w_group_n[] = {"countries", "states", "nations", "militaries",
					  "armies", "governments", NULL};
	static const char *w_op_v[] = {"operate", "use", "fly", "field", NULL};
	static const char *w_aux[] = {"have", "had", "already", "also", "now", "so", "far", NULL};
	size_t g = i + 1, v;
	while (g < s->t1 && g < i + 3 && d->t.v[g].kind == TK_WORD && !d->t.v[g].upper &&
	       !kin_local(d, g, w_group_n))
		g++;
	if (g >= s->t1 || !kin_local(d, g, w_group_n))
		return NONE;
	for (v = g + 1; v < s->t1 && (kin_local(d, v, w_aux) || ly_adverb(d, v)); v++)
		;
	if (v >= s->t1)
		return NONE;
	*st = ENT_STATUS_NONE;
	if (kin_local(d, v, w_op_v) || (*st = list_verb_status(d, s, v, 0)) != ENT_STATUS_NONE)
		return v;
	return NONE;
}

/* Is token j a word, number, "/" or "-" of a modifier of the weapon named
 * within five tokens after it, none of them a name or other punctuation
 * ("buyers of Block 70/72 standard F-16s are", stop 61)? */
static int modifies_weapon(const dctx *d, const span *s, size_t j)
{
	size_t k;
	for (k = j; k < s->t1 && k < j + 6; k++) {
		const mention *m = mention_at(d, s, k);
		if (m && m->t0 == k && m->gz == GZ_WEAPON)
			return k > j;
		if (m || (d->t.v[k].kind == TK_PUNCT && !kis(d, k, "/") && !kis(d, k, "-")))
			return 0;
	}
	return 0;
}

/* Where a list of customers starts in span s, or NONE; *st gets the stage
 * the words give, *t the word to test for negation, *kind 1 for a noun of
 * buyers ("customers include"), 2 for "states that bought ... are", 3 for
 * "is operated by / in service with" or a group's verb before the list
 * ("several militaries field X, including"). */
static size_t customer_list_start(const dctx *d, const span *s, size_t from, ent_status *st,
				  size_t *t, int *kind)
{
	static const char *w_cust_n[] = {"customers", "buyers", "operators", "users", "clients",
					 NULL};
	static const char *w_group_n[] = {"countries", "states", "nations", "militaries",
					  "customers", "buyers", "others", NULL};
	static const char *w_prospect[] = {"potential", "prospective", "possible", "likely",
					   "future", "interested", "would-be", "target", NULL};
	static const char *w_incl[] = {"include", "includes", "included", "are", "were",
				       "comprise", "comprised", ":", NULL};
	static const char *w_filler[] = {"of", "for", "the", "so", "far", "now", "to", "date",
					 "today", "currently", "also", "already", "have", "has",
					 "had", "been", "this", "system", NULL};
	static const char *w_rel[] = {"that", "which", "who", NULL};
	static const char *w_ord_v[] = {"ordered", NULL};
	static const char *w_buy_v[] = {"bought", "purchased", "acquired", NULL};
	static const char *w_got_v[] = {"received", NULL};
	static const char *w_op_v[] = {"operate", "operates", "operated", "use", "uses", "fly",
				       "flies", "field", "fields", NULL};
	static const char *w_aux[] = {"have", "has", "had", "already", "also", "so", "far",
				      NULL};
	static const char *w_pass[] = {"operated", "flown", "used", "fielded", NULL};
	size_t i, j, b;
	for (i = from; i + 2 < s->t1; i++) {
		const char *k0 = K(i);
		ent_status pst;
		/* 3: "Several (foreign) militaries (currently) field the
		 * HIMARS, including A, B and C", "many countries have bought
		 * the jet, such as A and B": a group of some states, a verb
		 * of holding or buying, its goods, then the list (stop 43) */
		if (kin_local(d, i, w_some) && (j = group_verb(d, s, i, &pst)) != NONE) {
			for (b = j + 1; b + 2 < s->t1 && b < j + 10 && !kis(d, b, ","); b++)
				;
			if (b + 2 < s->t1 && kis(d, b, ",") &&
			    (kis(d, b + 1, "including") ||
			     (kis(d, b + 1, "such") && kis(d, b + 2, "as")))) {
				*st = pst;
				*t = j;
				*kind = 3;
				return b + (kis(d, b + 1, "such") ? 3 : 2);
			}
		}
		/* 3: "has been ordered / bought / selected by" */
		if (kis(d, i + 1, "by") && (pst = list_verb_status(d, s, i, 1)) != ENT_STATUS_NONE &&
		    i > s->t0 + 1 &&
		    (KIN(d, i - 1, w_be) || (KIN(d, i - 2, w_be) && (kis(d, i - 1, "also") ||
								    kis(d, i - 1, "now") ||
								    ly_adverb(d, i - 1))))) {
			*st = pst;
			*t = i;
			*kind = 3;
			/* "purchased by (many) customers (countries) including
			 * A, B" */
			j = i + 2;
			while (j < s->t1 && j < i + 5 &&
			       (kin_local(d, j, w_some) || d->t.v[j].kind == TK_NUM))
				j++;
			if (j + 1 < s->t1 &&
			    (kin_local(d, j, w_cust_n) || kin_local(d, j, w_group_n)) &&
			    kis(d, j + 1, "including"))
				return j + 2;
			return i + 2;
		}
		/* 3: "is (also) operated by", "(is) in service with (in, stop
		 * 60)", "has (already) entered service in / with" */
		if (k0[0] == 'i' && kis(d, i, "in") && kis(d, i + 1, "service") &&
		    i + 2 < s->t1 && (kis(d, i + 2, "with") || kis(d, i + 2, "in"))) {
			*st = ENT_STATUS_DELIVERED;
			*t = i;
			*kind = 3;
			/* "in service with the armed forces of several
			 * countries, including A, B and C" */
			j = i + 3;
			if (j + 3 < s->t1 && kis(d, j, "the") && kis(d, j + 1, "armed") &&
			    kis(d, j + 2, "forces") && kis(d, j + 3, "of"))
				j += 4;
			b = j;
			while (j < s->t1 && j < b + 2 && kin_local(d, j, w_some))
				j++;
			if (j > b && j + 2 < s->t1 && kin_local(d, j, w_group_n) &&
			    (kis(d, j + 1, "including") ||
			     (kis(d, j + 1, ",") && kis(d, j + 2, "including"))))
				return j + (kis(d, j + 1, ",") ? 3 : 2);
			return b;
		}
		if (k0[0] == 'e' && (kis(d, i, "entered") || kis(d, i, "enters")) &&
		    kis(d, i + 1, "service") && i + 2 < s->t1 &&
		    (kis(d, i + 2, "with") || kis(d, i + 2, "in"))) {
			*st = ENT_STATUS_DELIVERED;
			*t = i;
			*kind = 3;
			return i + 3;
		}
		if (strchr("ofu", k0[0]) && kin_local(d, i, w_pass) &&
		    (kis(d, i + 1, "by") || kis(d, i + 1, "in")) && i > s->t0 + 1 &&
		    (KIN(d, i - 1, w_be) || (KIN(d, i - 2, w_be) && (kis(d, i - 1, "also") ||
								    kis(d, i - 1, "now") ||
								    ly_adverb(d, i - 1))))) {
			if (kis(d, i + 1, "in")) {
				/* "is used in many countries including A, B
				 * and C" (stop 60): a group of states, then the
				 * list */
				for (j = i + 2; j < s->t1 && j < i + 4 && kin_local(d, j, w_some);
				     j++)
					;
				if (!(j + 2 < s->t1 && kin_local(d, j, w_group_n) &&
				      (kis(d, j + 1, "including") ||
				       (kis(d, j + 1, ",") && kis(d, j + 2, "including")))))
					continue;
				*st = ENT_STATUS_NONE;
				*t = i;
				*kind = 3;
				return j + (kis(d, j + 1, ",") ? 3 : 2);
			}
			*st = ENT_STATUS_NONE;
			*t = i;
			*kind = 3;
			return i + 2;
		}
		/* 2: "states that (have) ordered the Rafale are" */
		if (kin_local(d, i, w_group_n) && kin_local(d, i + 1, w_rel)) {
			for (j = i + 2; j < s->t1 && j < i + 6 && kin_local(d, j, w_aux); j++)
				;
			if (j >= s->t1 || j >= i + 6)
				continue;
			if (kin_local(d, j, w_ord_v))
				*st = ENT_STATUS_ORDERED;
			else if (kin_local(d, j, w_buy_v))
				*st = ENT_STATUS_SIGNED;
			else if (kin_local(d, j, w_got_v))
				*st = ENT_STATUS_DELIVERED;
			else if (kin_local(d, j, w_op_v))
				*st = ENT_STATUS_NONE;
			else
				continue;
			for (b = j + 1; b < s->t1 && b < j + 8 && !kin_local(d, b, w_incl); b++)
				if (plain_state_at(d, s, b) || kis(d, b, ",") || kis(d, b, "."))
					break;
			if (b >= s->t1 || !kin_local(d, b, w_incl))
				continue;
			*t = j;
			*kind = 2;
			return b + 1;
		}
		/* 1: "(export) orders (soon) came from A, B and C" (stop 44) */
		if (k0[0] == 'o' && kis(d, i, "orders") &&
		    !(i > s->t0 && kin_local(d, i - 1, w_prospect))) {
			static const char *w_came[] = {"came", "come", "followed", "poured",
						       NULL};
			const mention *og;
			j = i + 1;
			/* "Orders for the Gripen have since come in from" */
			if (j + 1 < s->t1 && kis(d, j, "for") &&
			    (og = mention_at(d, s, j + 1 + (kis(d, j + 1, "the") ? 1 : 0))) != NULL &&
			    og->gz == GZ_WEAPON && og->t1 < j + 7)
				j = og->t1;
			while (j < s->t1 && j < i + 12 &&
			       (ly_adverb(d, j) || kis(d, j, "soon") || kis(d, j, "then") ||
				kis(d, j, "also") || kis(d, j, "later") || kis(d, j, "have") ||
				kis(d, j, "had") || kis(d, j, "since")))
				j++;
			if (j + 2 < s->t1 && kin_local(d, j, w_came)) {
				j++;
				if (kis(d, j, "in"))
					j++;
				if (j + 1 < s->t1 && kis(d, j, "from")) {
					*st = ENT_STATUS_ORDERED;
					*t = i;
					*kind = 1;
					return j + 1;
				}
			}
		}
		/* 1: "(export) customers (of the K9) include" */
		if (kin_local(d, i, w_cust_n)) {
			size_t p;
			int prospect = 0;
			for (p = i > s->t0 + 3 ? i - 3 : s->t0; p < i; p++)
				prospect |= kin_local(d, p, w_prospect);
			if (prospect)
				continue;
			for (j = i + 1; j < s->t1 && j < i + 12; j++) {
				const mention *m = mention_at(d, s, j);
				if (m && m->gz == GZ_WEAPON) {
					j = m->t1 - 1;
					continue;
				}
				if (kis(d, j, "outside") && j + 1 < s->t1) {
					/* "outside (of) Turkey": the maker's home,
					 * no customer (rule_customer_list) */
					size_t q = j + 1 + (kis(d, j + 1, "of") ? 1 : 0);
					if ((m = actor_after(d, s, q, 1, 1)) != NULL) {
						j = m->t1 - 1;
						continue;
					}
				}
				if (kin_local(d, j, w_incl) ||
				    (!kin_local(d, j, w_filler) && !modifies_weapon(d, s, j)))
					break;
			}
			if (j >= s->t1 || !kin_local(d, j, w_incl))
				continue;
			*st = ENT_STATUS_NONE;
			*t = j;
			*kind = 1;
			for (j++; j < s->t1 && (kis(d, j, "so") || kis(d, j, "far") ||
						kis(d, j, "now") || kis(d, j, ":"));
			     j++)
				;
			return j;
		}
	}
	return NONE;
}

/* One deal from seller to each state of list[0..nl) (qty: each one's
 * count, or NULL), with the system sys as its goods, at stage st, after
 * dropping the deals and ties other rules made between states of the list
 * (a buyer list is no seller and buyer); a state the seller is, or already
 * ties to in this unit, gets none.  With no_firms, firms in the list are
 * passed over. */
static int emit_list_deals(dctx *d, const span *s, const mention *const *list, const long *qty,
			   size_t nl, const mention *sys, const char *seller, ent_status st,
			   int no_firms, const char *rule)
{
	size_t k;
	int rc;
	drop_list_ties(d, s, list, nl, no_firms, 0);
	for (k = 0; k < nl; k++) {
		cand *c;
		if ((no_firms && list[k]->gz == GZ_FIRM) || !strcmp(list[k]->code, seller) ||
		    tie_known(d, seller, list[k]->code, s->unit))
			continue;
		if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
			return rc;
		if (sys && ent_fact_add_item(&c->f, (ent_category)sys->category,
					     d->text + sys->start, sys->end - sys->start,
					     sys->canon, qty ? qty[k] : -1))
			return ENT_ENOMEM;
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, seller);
		ent_code_set(&c->f.recipient, list[k]->code);
		c->directed = 1;
		c->f.status = st;
		c->f.confidence = 0.6;
		if ((rc = emit(d, c, s, rule)))
			return rc;
	}
	return ENT_OK;
}

/* "Customers of the K239 include Poland with 288, the UAE and Norway",
 * "Other states that have ordered the Rafale are Greece and Egypt", "The
 * TB2 is operated by A, B and C", "The K9 is in service with A and B",
 * "Its buyers are A and B" (after a sentence naming the system or its
 * maker): one deal per state listed, from the maker of the system
 * (weapons.tsv origin) or the firm the sentence names, else the system or
 * firm of the unit before in the paragraph.  The stage is the verb's
 * ("ordered" ordered, "bought" signed, "received/in service with"
 * delivered); a noun of buyers and "operated by" give none.  Not for
 * prospective buyers, when negated, for the maker itself; deals other
 * rules made between two states of the list are dropped. */
/* "Others that have ordered the latest version of the type are ...": a
 * word for the system in play ("type", "version", "variant", "model")
 * between the verb at t and the list at a. */
static int type_named(const dctx *d, size_t t, size_t a)
{
	static const char *w_type_n[] = {"type", "version", "variant", "model", NULL};
	size_t j;
	for (j = t + 1; j < a; j++)
		if (kin_local(d, j, w_type_n))
			return 1;
	return 0;
}

/* "Purchases by Qatar, India and Greece have turned the plane into one of
 * France's main defence industry successes", "Orders (of the Rafale) by A
 * and B": a sentence that opens with a plural noun of buying and "by" a
 * list of states gives one deal per state, of the system the sentence
 * names, else the system of the unit before in the paragraph, from its
 * maker (purchases signed, orders ordered); not negated (stop 36). */
int rule_purchases_by(dctx *d, const span *s)
{
	static const char *w_buys_n[] = {"purchases", "orders", "acquisitions", NULL};
	const mention *list[CUSTOMERS_MAX], *sys;
	long qty[CUSTOMERS_MAX];
	size_t j = s->t0, b, nl;
	if (j + 3 >= s->t1 || !kin_local(d, j, w_buys_n))
		return ENT_OK;
	for (b = j + 1; b < s->t1 && b < j + 6 && !kis(d, b, "by"); b++)
		;
	if (b + 1 >= s->t1 || !kis(d, b, "by") || negated(d, s, b))
		return ENT_OK;
	nl = customer_states(d, s, b + 1, list, qty);
	if (!nl)
		return ENT_OK;
	sys = system_in(d, s, s->t0, s->t1);
	if (!sys && s->unit > 0 && d->units[s->unit].para - d->units[s->unit - 1].para <= 1) {
		span p;
		span_of_unit(d, (size_t)s->unit - 1, &p);
		sys = system_in(d, &p, p.t0, p.t1);
	}
	if (!sys)
		return ENT_OK;
	return emit_list_deals(d, s, list, NULL, nl, sys, sys->code,
			       kis(d, j, "orders") ? ENT_STATUS_ORDERED : ENT_STATUS_SIGNED, 0,
			       "deal.purchases_by");
}

int rule_customer_list(dctx *d, const span *s)
{
	static const char *w_list_end[] = {"include", "includes", "included", "are", "were",
					   "comprise", "comprised", ":", "by", "with", "including",
					   "from", NULL};
	const mention *list[CUSTOMERS_MAX], *sys = NULL, *firm = NULL;
	long qty[CUSTOMERS_MAX];
	const char *seller;
	size_t a, t = NONE, k, nl;
	ent_status st = ENT_STATUS_NONE;
	int kind = 0;
	/* most units list no state right after a word that ends a trigger
	 * ("include", "are", "by", "with", ":"): look only near one */
	a = NONE;
	for (k = s->m0; k < s->m1 && a == NONE; k++) {
		const mention *m = M(d, k);
		size_t p = m->t0;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || p <= s->t0 + 1)
			continue;
		p--;
		while (p > s->t0 + 1 && (kis(d, p, "the") || kis(d, p, "so") || kis(d, p, "far") ||
					 kis(d, p, "now")))
			p--;
		if (kin_local(d, p, w_list_end) ||
		    (kis(d, p, "as") && p > s->t0 + 1 && kis(d, p - 1, "such")) ||
		    (kis(d, p, "in") && p > s->t0 + 1 && kis(d, p - 1, "service")) ||
		    (kis(d, p, "of") && p > s->t0 + 1 && kis(d, p - 1, "forces")))
			a = p > s->t0 + 24 ? p - 24 : s->t0;
	}
	if (a == NONE)
		return ENT_OK;
	a = customer_list_start(d, s, a, &st, &t, &kind);
	if (a == NONE || a >= s->t1 || negated(d, s, t) || negated(d, s, a))
		return ENT_OK;
	nl = customer_states(d, s, a, list, qty);
	if (!nl)
		return ENT_OK;
	sys = system_in(d, s, s->t0, a);
	if (!sys && kind == 1)
		firm = firm_in(d, s, s->t0, a);
	/* "Its customers include", "Buyers include", "It is operated by":
	 * the system (or, for buyers, the firm) of the unit before */
	size_t c0 = s->t0;
	if (kind == 1 && kis(d, t, "orders"))
		/* "Some 14 were ordered for Y's air force, and export orders
		 * soon came from": the clause's start (stop 44) */
		for (k = t; k > s->t0 && k + 6 > t; k--)
			if (kis(d, k - 1, ",") || kis(d, k - 1, ";")) {
				c0 = k;
				break;
			}
	if (!sys && !firm && s->unit > 0 &&
	    ((t <= c0 + 6 && (kind == 1 || kis(d, s->t0, "it"))) ||
	     (kind == 3 && t <= s->t0 + 9 && generic_goods_before(d, s, t)) ||
	     (kind == 2 && t <= s->t0 + 6 && type_named(d, t, a))) &&
	    d->units[s->unit].para - d->units[s->unit - 1].para <= 1) {
		span p;
		span_of_unit(d, (size_t)s->unit - 1, &p);
		sys = system_in(d, &p, p.t0, p.t1);
		if (!sys && kind == 1)
			firm = firm_in(d, &p, p.t0, p.t1);
	}
	seller = sys ? sys->code : firm ? firm->code : NULL;
	if (!seller && kind == 1) {
		/* "Other customers of the UAS outside of Turkey have included
		 * ...": the home the customers are outside of makes it */
		for (k = s->t0; k + 1 < a && !seller; k++)
			if (kis(d, k, "outside")) {
				const mention *h = actor_after(d, s, k + 1, 2, 1);
				if (h && h->t1 <= a)
					seller = h->code;
			}
	}
	if (!seller)
		return ENT_OK;
	/* a deal other rules made inside the list ("Greece" selling to
	 * "Croatia") is none */
	return emit_list_deals(d, s, list, qty, nl, sys, seller, st, 0, "deal.customer_list");
}

/* "TB2s have recently emerged in Kyrgyz and Turkmen service", "the K9
 * is in service with the Polish army", "entered service with the Kyrgyz
 * air force": a designated system in service of the demonyms listed (not
 * its maker's own) was delivered by its maker, one deal each (stop 38;
 * names after "in service with" are rule_customer_list's). */
int rule_in_service(dctx *d, const span *s)
{
	static const char *w_arm_n[] = {"army", "armies", "navy", "navies", "military",
					"militaries", "forces", "force", "troops", "service",
					NULL};
	static const char *w_service[] = {"service", NULL};
	const mention *list[ENT_FACT_MAX_ACTORS], *sys, *m;
	size_t v = find_in(d, s->t0, s->t1, w_service), j, in, nl = 0;
	if (v == NONE || v < s->t0 + 2 || negated(d, s, v))
		return ENT_OK;
	if (v + 3 < s->t1 && kis(d, v + 1, "with") &&
	    (kis(d, v - 1, "in") || kis(d, v - 1, "entered") || kis(d, v - 1, "enter") ||
	     kis(d, v - 1, "enters"))) {
		/* "in service with the Kyrgyz army (and the Turkmen air
		 * force)" */
		size_t n0 = 0;
		in = v - 1;
		for (j = v + 2; j < s->t1 && nl < ENT_FACT_MAX_ACTORS;) {
			if (kis(d, j, "the") || kis(d, j, "and") || kis(d, j, ",")) {
				j++;
			} else if ((m = mention_at(d, s, j)) != NULL && m->t0 == j &&
				   m->gz == GZ_DEMONYM && !m->possessive && m->t1 < s->t1) {
				/* "the Indian and Greek air forces": the
				 * demonyms before one noun share it */
				list[nl++] = m;
				j = m->t1;
				if (kis(d, j, "air") && j + 1 < s->t1)
					j++;
				if (kin_local(d, j, w_arm_n))
					n0 = nl, j++;
				else if (!kis(d, j, "and") && !kis(d, j, ","))
					break;
			} else {
				break;
			}
		}
		nl = n0; /* only demonyms before a noun of forces */
	} else {
		/* "in Kyrgyz and Turkmen service" */
		for (j = v; j > s->t0 && nl < ENT_FACT_MAX_ACTORS;) {
			if (kis(d, j - 1, "and") || kis(d, j - 1, ",")) {
				j--;
				continue;
			}
			m = mention_at_end(d, s, j);
			if (!m || m->gz != GZ_DEMONYM || m->possessive || m->t1 != j)
				break;
			list[nl++] = m;
			j = m->t0;
		}
		if (j <= s->t0 || !kis(d, j - 1, "in"))
			return ENT_OK;
		in = j - 1;
	}
	if (!nl)
		return ENT_OK;
	/* the system nearest before: "X operates the Wing Loong, while TB2s
	 * have emerged in Kyrgyz service" */
	if (!(sys = system_before(d, s, in)))
		return ENT_OK;
	{
		/* "The Indian Navy's 26 Rafale will join the 36 Rafale already
		 * in service with the Indian Air Force": goods already held are
		 * a deal apart from the one the sentence tells, with their own
		 * count (stop 60) */
		size_t before = d->ncands, q;
		long qty[ENT_FACT_MAX_ACTORS];
		int already = in > s->t0 && kis(d, in - 1, "already"), rc;
		for (q = 0; q < nl; q++)
			qty[q] = already && nl == 1 ? quantity_before(d, s, sys) : -1;
		if ((rc = emit_list_deals(d, s, list, qty, nl, sys, sys->code,
					  ENT_STATUS_DELIVERED, 0, "deal.in_service")))
			return rc;
		for (q = before; already && q < d->ncands; q++)
			d->cands[q].separate = 1;
		return ENT_OK;
	}
}

/* The firm or plain state (no possessive) named at token j, or NULL. */
static const mention *party_at(const dctx *d, const span *s, size_t j)
{
	const mention *m = mention_at(d, s, j);
	if (!m || m->t0 != j || m->possessive || !ent__is_state_mention(m) ||
	    m->gz == GZ_DEMONYM || m->gz == GZ_BLOC || !m->code || !m->code[0])
		return NULL;
	return m;
}

/* Several buyers in one clause (deal.list_parties):
 * "Embraer, the Netherlands and Austria signed a contract for ...": a firm
 * and states that sign together, the firm's state sells to each state;
 * "Poland and Romania signed contracts with Raytheon for ...": the firm
 * after "with" sells to each state of the list that signs;
 * "Nations such as A, B and C have (also) tapped / picked / selected /
 * opted for / bought the X (the aircraft)": each state of the list buys X
 * (or the system the unit before names, for a generic word or "it") from
 * its maker.  The list opens the sentence (maybe after "countries such as
 * / including"); no "from" after the verb (other rules read the seller
 * there); not negated.  Pairs other rules made between states of the list,
 * or with one of them as seller, are dropped. */
int rule_list_parties(dctx *d, const span *s)
{
	static const char *w_group_n[] = {"countries", "states", "nations", "governments",
					  "militaries", NULL};
	static const char *w_aux[] = {"have", "has", "had", "also", "already", "recently",
				      "jointly", "each", "all", "now", "both", "so", "far", NULL};
	static const char *w_sign_v[] = {"signed", "inked", "sealed", "concluded", "finalised",
					 "finalized", "clinched", NULL};
	static const char *w_deal_n[] = {"contract", "contracts", "deal", "deals", "order",
					 "orders", "agreement", "agreements", NULL};
	static const char *w_it[] = {"it", "them", NULL};
	const mention *list[ENT_FACT_MAX_ACTORS], *firm = NULL, *sys = NULL, *m;
	const char *seller = NULL;
	size_t j = s->t0, v, nl = 0, nstates = 0, k, q, g0 = NONE, ndem = 0;
	ent_status st;
	int sign, apposed = 0;
	if (s->m0 == s->m1 || s->t1 < s->t0 + 6)
		return ENT_OK;
	if (quote_mark(d, j))
		j++; /* '"Egypt, Saudi Arabia and Iraq have all acquired' (stop 64) */
	{
		/* "Nine nations outside of Korea, including A, B and C, have
		 * purchased", "Several countries, such as A, B and C, ...": a
		 * count and a short qualifier before the group's list */
		size_t g = j, c;
		if (g < s->t1 &&
		    (d->t.v[g].kind == TK_NUM || KIN(d, g, w_numwords) || kin_local(d, g, w_some)))
			g++;
		if (g > j && g + 3 < s->t1 && kin_local(d, g, w_group_n)) {
			/* the qualifier names a state only after "of /
			 * outside" ("outside of Korea") */
			for (c = g + 1; c < s->t1 && c < g + 6 && !kis(d, c, ","); c++)
				if (mention_at(d, s, c) && mention_at(d, s, c)->t0 == c &&
				    !kis(d, c - 1, "of") && !kis(d, c - 1, "outside"))
					break;
			if (c + 2 < s->t1 && kis(d, c, ",") &&
			    (kis(d, c + 1, "including") || kis(d, c + 1, "like") ||
			     (kis(d, c + 1, "such") && kis(d, c + 2, "as")))) {
				j = c + (kis(d, c + 1, "such") ? 3 : 2);
				apposed = 1;
			}
		}
	}
	if (!apposed && M(d, s->m0)->t0 > s->t0 + 4) {
		/* "In addition to X, nations such as A, B and C have also
		 * tapped ...": the list after a fronted phrase */
		for (k = s->t0 + 2; k + 4 < s->t1 && k < s->t0 + 20; k++)
			if (kis(d, k, ",") && kin_local(d, k + 1, w_group_n) &&
			    ((kis(d, k + 2, "such") && kis(d, k + 3, "as")) ||
			     kis(d, k + 2, "including") || kis(d, k + 2, "like")))
				break;
		if (k + 4 >= s->t1 || k >= s->t0 + 20)
			return ENT_OK;
		j = k + 1;
	}
	if (!apposed && kin_local(d, j, w_group_n) && j + 2 < s->t1) {
		if (kis(d, j + 1, "such") && kis(d, j + 2, "as"))
			j += 3;
		else if (kis(d, j + 1, "including") || kis(d, j + 1, "like"))
			j += 2;
	}
	/* the list: parties joined by commas and "and"; or demonyms before a
	 * plural noun of forces ("Indian, Algerian and Azerbaijani militaries
	 * have purchased", stop 53) */
	while (j < s->t1 && nl < ENT_FACT_MAX_ACTORS) {
		if (kis(d, j, "the"))
			j++;
		if (apposed && nl >= 2 && j < s->t1 && kis(d, j - 1, ",") && !party_at(d, s, j))
			break; /* "..., including A, B and C, have purchased" */
		if (j < s->t1 && !apposed && (m = mention_at(d, s, j)) != NULL && m->t0 == j &&
		    m->gz == GZ_DEMONYM && !m->possessive && m->code && m->code[0] &&
		    ndem == nl) {
			ndem++;
		} else if (j >= s->t1 || !(m = party_at(d, s, j)) || ndem) {
			return ENT_OK;
		}
		if (m->gz == GZ_FIRM) {
			if (firm)
				return ENT_OK;
			firm = m;
		} else {
			nstates++;
		}
		list[nl++] = m;
		if ((j = list_next(d, s, m->t1)) == NONE) {
			j = m->t1;
			break;
		}
	}
	if (ndem) {
		static const char *w_forces_pl[] = {"militaries", "armies", "navies", "forces",
						    NULL};
		if (ndem != nl || j >= s->t1)
			return ENT_OK;
		if (kis(d, j, "air") && j + 1 < s->t1 && kis(d, j + 1, "forces"))
			j++;
		if (!kin_local(d, j, w_forces_pl))
			return ENT_OK;
		j++;
	}
	if (nstates < (firm ? 1u : 2u) || nl < 2)
		return ENT_OK;
	q = list[nl - 1]->t0 - 1;
	if (kis(d, q, "the"))
		q--;
	if (!kis(d, q, "and"))
		return ENT_OK; /* "A and B" closes the list */
	if (j < s->t1 && quote_mark(d, j))
		j++; /* 'A and B "had already selected the C-390 ..."' (stop 44) */
	for (v = j; v < s->t1 && v < j + 4 && kin_local(d, v, w_aux); v++)
		;
	if (v + 1 >= s->t1 || negated(d, s, v))
		return ENT_OK;
	sign = kin_local(d, v, w_sign_v);
	if (sign) {
		size_t w = find_in(d, v + 1, s->t1 < v + 8 ? s->t1 : v + 8, w_deal_n);
		st = ENT_STATUS_SIGNED;
		if (firm) {
			seller = firm->code;
		} else if (w != NONE && w + 2 < s->t1 && kis(d, w + 1, "with") &&
			   (m = party_at(d, s, w + 2)) != NULL && m->gz == GZ_FIRM) {
			seller = m->code;
			g0 = m->t1;
		}
		if (!seller)
			return ENT_OK;
		if (g0 == NONE)
			g0 = v + 1;
		/* goods, or a contract: not "a research cooperation pact" */
		for (k = s->m0; k < s->m1 && !sys; k++)
			if (M(d, k)->t0 >= g0 && M(d, k)->kind == MK_ACTOR &&
			    M(d, k)->gz == GZ_WEAPON)
				sys = M(d, k);
		if (!sys && find_in(d, v + 1, s->t1, w_deal_n) == NONE)
			return ENT_OK;
		if (sys && sys->canon && sys->code && sys->code[0] && strcmp(sys->code, seller))
			sys = NULL; /* the firm sells another's make: the goods stay unnamed */
	} else {
		size_t o = v + 1, hv = list_holds(d, s, v);
		if (firm)
			return ENT_OK;
		if (hv != NONE) {
			/* "A, B and C are among those already operating the
			 * K9": holders, a supply relation with no stage */
			v = hv;
			o = v + 1;
			st = ENT_STATUS_NONE;
		} else if ((st = list_verb_status(d, s, v, 0)) == ENT_STATUS_NONE) {
			return ENT_OK;
		}
		if (kis(d, v, "opted")) {
			if (!kis(d, o, "for"))
				return ENT_OK;
			o++;
		}
		if (find_in(d, v + 1, s->t1, (const char *const[]){"from", NULL}) != NONE)
			return ENT_OK;
		sys = system_in(d, s, o, s->t1 < o + 5 ? s->t1 : o + 5);
		if (!sys && o < s->t1 &&
		    (kin_local(d, o, w_it) ||
		     ((kis(d, o, "the") || kis(d, o, "this")) && o + 1 < s->t1 &&
		      (((m = mention_at(d, s, o + 1)) && m->t0 == o + 1 && m->gz == GZ_WEAPON &&
			!m->canon) || kis(d, o + 1, "jet") || kis(d, o + 1, "plane") ||
		       kis(d, o + 1, "system")))) &&
		    s->unit > 0 && d->units[s->unit].para - d->units[s->unit - 1].para <= 1) {
			span p;
			span_of_unit(d, (size_t)s->unit - 1, &p);
			sys = system_in(d, &p, p.t0, p.t1);
		}
		if (!sys)
			return ENT_OK;
		seller = sys->code;
	}
	/* pairs other rules made inside the list are none */
	return emit_list_deals(d, s, list, NULL, nl, sys, seller, st, 1, "deal.list_parties");
}

/* "supplied 150 jets to countries that include Iraq, Peru and Senegal",
 * "sold vehicles to countries such as A, B and C": a deal of this unit to
 * the first state of the list goes to every state listed (a copy each). */
int listed_recipients(dctx *d, const span *s, size_t from)
{
	static const char *w_group_n[] = {"countries", "states", "nations", "customers",
					  "buyers", NULL};
	const mention *list[CUSTOMERS_MAX];
	long qty[CUSTOMERS_MAX];
	size_t j, a = NONE, k, nl, n = d->ncands, ci = NONE;
	int rc;
	if (from == n)
		return ENT_OK; /* most units state no deal */
	/* a state right after "include(ing)", "as" or "like" */
	for (k = s->m0; k < s->m1 && a == NONE; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && m->t0 > s->t0 + 3 &&
		    (kis(d, m->t0 - 1, "include") || kis(d, m->t0 - 1, "including") ||
		     kis(d, m->t0 - 1, "as") || kis(d, m->t0 - 1, "like")))
			a = m->t0;
	}
	if (a == NONE)
		return ENT_OK;
	a = NONE;
	for (j = s->t0 + 1; j + 2 < s->t1 && a == NONE; j++) {
		size_t g = j;
		if (!kin_local(d, j, w_group_n) || !kis(d, j - 1, "to"))
			continue;
		if (kis(d, g + 1, "that") || kis(d, g + 1, "which"))
			g++;
		if (kis(d, g + 1, "include") || kis(d, g + 1, "including"))
			a = g + 2;
		else if (g == j && kis(d, j + 1, "such") && kis(d, j + 2, "as"))
			a = j + 3;
		else if (g == j && kis(d, j + 1, "like"))
			a = j + 2;
	}
	if (a == NONE || a >= s->t1)
		return ENT_OK;
	nl = customer_states(d, s, a, list, qty);
	if (nl < 2)
		return ENT_OK;
	for (k = from; k < n && ci == NONE; k++) {
		const cand *c = &d->cands[k];
		if (!c->dropped && c->unit == s->unit && c->directed &&
		    (c->f.type == ENT_FACT_DEAL || c->f.type == ENT_FACT_SUPPLY) &&
		    c->f.nsuppliers == 1 && !strcmp(c->f.recipient.s, list[0]->code))
			ci = k;
	}
	if (ci == NONE)
		return ENT_OK;
	for (k = 1; k < nl; k++) {
		cand *one;
		const cand *c = &d->cands[ci];
		if (!strcmp(list[k]->code, c->f.suppliers[0].s) ||
		    tie_known(d, c->f.suppliers[0].s, list[k]->code, s->unit))
			continue;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		ent_code_set(&one->f.recipient, list[k]->code);
		one->directed = 1;
	}
	return ENT_OK;
}

static int recent_buyer(const dctx *d, const span *s, const char *code);

/* "a host (range, number) of friendly nations, from A to B (to C)": from
 * token j, up to five words that end in a plural noun of states, a comma,
 * then "from" and a state; the index of that state, or NONE. */
static size_t range_of_group(const dctx *d, const span *s, size_t j)
{
	static const char *w_states_n[] = {"countries", "nations", "states", "customers",
					   "buyers", "partners", "allies", "governments", NULL};
	size_t g;
	for (g = j; g < s->t1 && g < j + 6 && !kin_local(d, g, w_states_n); g++)
		if (d->t.v[g].kind != TK_WORD || plain_state_at(d, s, g))
			return NONE;
	if (g + 3 >= s->t1 || g >= j + 6 || !kis(d, g + 1, ",") || !kis(d, g + 2, "from") ||
	    !plain_state_at(d, s, g + 3))
		return NONE;
	return g + 3;
}

/* "confirmed deals for the Gripen earlier this year to Hungary, Brazil and
 * Thailand", "sales of the Rafale to three countries: Egypt, Greece and
 * India", "deals in Greece, Egypt and Croatia": a noun of sale followed
 * (over goods and time words, no state) by "to/in/with" and a list of two
 * states or more makes each state a buyer, of the maker of the system the
 * sentence names or else of the state before the noun; a pair the other
 * rules made of two states of the list is none (deal.recipient_list). */
int rule_recipient_list(dctx *d, const span *s)
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
		/* "to a host of friendly nations, from A to B to C": a range
		 * names the members of the group (stop 63) */
		size_t rg = range_of_group(d, s, p + 1);
		if (rg != NONE)
			j = rg;
		for (; j < s->t1 && nl < ENT_FACT_MAX_ACTORS; j++) {
			const mention *m = plain_state_at(d, s, j);
			if (m && (m->possessive || m->gz == GZ_DEMONYM))
				break; /* "a deal with Y, Z's president said", "..., Zn
					* President X has said": the speaker's */
			if (m) {
				size_t q;
				for (q = 0; q < nl && strcmp(list[q]->code, m->code) != 0; q++)
					;
				if (q == nl) /* "with Ankara, Turkish President ...": one state */
					list[nl++] = m;
				j = m->t1 - 1;
			} else if ((m = mention_at(d, s, j)) != NULL && m->t0 == j &&
				   m->gz == GZ_BLOC && m->t1 < s->t1 &&
				   kin_local(d, m->t1, w_member_title)) {
				j = m->t1; /* "Qatar and NATO members Poland and
					    * Romania" (stop 62) */
			} else if (!kis(d, j, ",") && !kis(d, j, "and") && !kis(d, j, "the") &&
				   !(rg != NONE && nl > 0 && kis(d, j, "to"))) {
				break;
			}
		}
		/* "Italy blocks arms sales to A, B", "issued a temporary pause
		 * to arms sales to A and B": sales stopped, none made (stop 47) */
		if (nl >= 2) {
			size_t bn = find_in(d, n > s->t0 + 6 ? n - 6 : s->t0, n, w_ban);
			if (bn != NONE && !ban_reversed(d, s, bn))
				return ENT_OK;
			/* "X has long opposed the sale of the fighter planes to
			 * A and B": who opposes sales makes none (stop 48) */
			size_t ov = find_in(d, n > s->t0 + 6 ? n - 6 : s->t0, n, w_oppose_v);
			size_t q = ov;
			while (q != NONE && q < n && !plain_state_at(d, s, q))
				q++;
			if (ov != NONE && q == n)
				return ENT_OK; /* not "accused Iran of sales of drones to" */
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
	/* "X signs a (defence) cooperation deal with Y, Z": a tie of
	 * cooperation or partnership with the list, no supply direction */
	if (!seller && kis(d, p, "with") && n > s->t0 &&
	    (cooperation_at(d, s, n - 1) || kis(d, n - 1, "partnership") ||
	     (n > s->t0 + 2 && cooperation_at(d, s, n - 3))))
		return ENT_OK;
	if (!seller && civil_trade(d, s))
		return ENT_OK; /* "after a trade deal with X, a trade agreement with Y" */
	int buys = 0;
	if (!seller) {
		/* "The US accused Iran of sales of drones to A and B": the
		 * state after the word of opposing sells, not its subject */
		size_t ov = find_in(d, n > s->t0 + 6 ? n - 6 : s->t0, n, w_oppose_v);
		for (k = s->m0; k < s->m1 && !seller; k++)
			if (M(d, k)->t1 <= n && ent__is_state_mention(M(d, k)) &&
			    M(d, k)->gz != GZ_BLOC && (ov == NONE || M(d, k)->t0 > ov))
				seller = M(d, k)->code;
		/* "Doha has also struck deals with the US and Italy", no
		 * system named: a subject the text told buying just before
		 * buys from each partner of "with" */
		buys = seller && kis(d, p, "with") && recent_buyer(d, s, seller);
	}
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
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, buys ? list[k]->code : seller);
		ent_code_set(&c->f.recipient, buys ? seller : list[k]->code);
		c->directed = 1;
		c->f.status = st;
		c->f.confidence = 0.6;
		if ((rc = emit(d, c, s, "deal.recipient_list")))
			return rc;
	}
	return ENT_OK;
}

/* Did the deals of the eight units up to span s's make code a buyer and
 * never a seller? */
static int recent_buyer(const dctx *d, const span *s, const char *code)
{
	size_t k;
	int bought = 0;
	for (k = 0; k < d->ncands; k++) {
		const cand *c = &d->cands[k];
		if (c->dropped || !c->directed || c->unit > s->unit || c->unit + 8 < s->unit ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
			continue;
		if (ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, code))
			return 0;
		bought |= !strcmp(c->f.recipient.s, code);
	}
	return bought;
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
void drop_alternatives(dctx *d, const span *s, size_t from)
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

/* "led to the US suspending arms sales for two years", "after X halted
 * its arms exports": the state right before a word of halting whose
 * object (over "its/arms") is its sales or exports sells nothing in the
 * unit (deal.halted_sales). */
void halted_sales(dctx *d, const span *s, size_t from)
{
	static const char *halt[] = {"suspending", "suspended", "halting", "halted",
				     "freezing", "froze", "frozen", NULL};
	static const char *sales[] = {"sales", "exports", "deliveries", "transfers", NULL};
	size_t k, j, c;
	if (from == d->ncands)
		return;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		j = m->t1;
		if (!ent__is_state_mention(m) || j + 1 >= s->t1 || !kin_local(d, j, halt))
			continue;
		j++;
		if (j + 1 < s->t1 && (kis(d, j, "its") || kis(d, j, "arms") || kis(d, j, "weapons")))
			j++;
		if (j + 1 < s->t1 && (kis(d, j, "arms") || kis(d, j, "weapons")))
			j++;
		if (!kin_local(d, j, sales))
			continue;
		for (c = from; c < d->ncands; c++) {
			cand *x = &d->cands[c];
			if (x->unit == s->unit &&
			    (x->f.type == ENT_FACT_DEAL || x->f.type == ENT_FACT_SUPPLY) &&
			    ((x->f.nsuppliers == 1 && !strcmp(x->f.suppliers[0].s, m->code)) ||
			     (!x->f.nsuppliers && (!strcmp(x->pair[0], m->code) ||
						   !strcmp(x->pair[1], m->code)))))
				x->dropped = 1;
		}
	}
}

/* Drop the deals from cands[from] on that unit s stated with a sum and no
 * goods: the sum was a budget or yearly aid, no price (yearly_aid,
 * budget_sum). */
static void drop_priced_without_goods(dctx *d, const span *s, size_t from)
{
	size_t c;
	for (c = from; c < d->ncands; c++) {
		cand *x = &d->cands[c];
		if (x->unit == s->unit && x->f.type == ENT_FACT_DEAL && !x->f.nitems &&
		    x->f.value.amount > 0)
			x->dropped = 1;
	}
}

/* "X sends $1.3 billion in annual military assistance to Y", "$40 million
 * a year in aid": a sum of aid marked as yearly ("annual", "yearly",
 * "annually", "a/per/each/every year" within three words after the sum)
 * is a standing budget, no transfer: deals of the unit with that sum and
 * no goods are dropped (deal.yearly_aid). */
void yearly_aid(dctx *d, const span *s, size_t from)
{
	static const char *w_yearly[] = {"annual", "yearly", "annually", NULL};
	static const char *w_per[] = {"a", "per", "each", "every", NULL};
	static const char *w_aid[] = {"aid", "assistance", "funding", "financing", NULL};
	size_t k, j;
	if (from == d->ncands)
		return;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		int yearly = 0;
		if (m->kind != MK_MONEY)
			continue;
		for (j = m->t1; j < s->t1 && j < m->t1 + 4 && !yearly; j++)
			yearly = kin_local(d, j, w_yearly) ||
				 (j + 1 < s->t1 && kin_local(d, j, w_per) && kis(d, j + 1, "year"));
		/* "each year" may also close the clause */
		for (j = m->t1; j + 1 < s->t1 && !yearly; j++)
			yearly = (kis(d, j, "each") || kis(d, j, "every")) && kis(d, j + 1, "year");
		if (!yearly || find_in(d, s->t0, s->t1, w_aid) == NONE)
			continue;
		drop_priced_without_goods(d, s, from);
	}
}

/* "money from its EUR100 billion special defence fund": a sum right before
 * a noun of budget (fund, budget, reserve; at most two words between) is
 * the size of the budget, no price: the unit's deals with a sum and no
 * goods are dropped (deal.budget_sum). */
void budget_sum(dctx *d, const span *s, size_t from)
{
	static const char *w_budget[] = {"fund", "funds", "budget", "budgets", "reserve", NULL};
	size_t k, j;
	if (from == d->ncands)
		return;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->kind != MK_MONEY)
			continue;
		for (j = m->t1; j < s->t1 && j < m->t1 + 3 && !kin_local(d, j, w_budget) &&
				d->t.v[j].kind == TK_WORD;
		     j++)
			;
		if (j >= s->t1 || !kin_local(d, j, w_budget))
			continue;
		drop_priced_without_goods(d, s, from);
	}
}

/* "The sale of jets to Qatar by Norway was cancelled (called off)": a
 * sentence whose subject is a deal's noun (after "the", "its / their" or
 * a possessive, at its start) and whose verb says the deal was called
 * off tells no deal (stop 49). */
static int subject_deal_called_off(const dctx *d, const span *s, const char *const *what)
{
	size_t i = s->t0, j;
	const mention *m = mention_at(d, s, i);
	if (kis(d, i, "the") || kis(d, i, "its") || kis(d, i, "their"))
		i++;
	else if (m && m->possessive)
		i = m->t1 + 1;
	else
		return 0;
	if (i >= s->t1 || !kin_local(d, i, what))
		return 0;
	for (j = i + 1; j + 1 < s->t1; j++) {
		if (kis(d, j, ",") || kis(d, j, ";"))
			return 0;
		if (!(kis(d, j, "was") || kis(d, j, "were") || kis(d, j, "been")))
			continue;
		j++;
		if (j + 1 < s->t1 && (kis(d, j, "later") || kis(d, j, "eventually")))
			j++;
		return KIN(d, j, w_cancel) ||
		       (j + 1 < s->t1 && kis(d, j, "called") && kis(d, j + 1, "off"));
	}
	return 0;
}

/* "... but the deal never made progress (never materialised, fell
 * through, collapsed)": at j, "the (that) deal" and words saying it came
 * to nothing, not called off by a party (called_off_in_unit, stop 58). */
static int deal_came_to_nothing(const dctx *d, const span *s, size_t j, const char **what)
{
	static const char *w_never_v[] = {"materialised", "materialized", "happened",
					  "progressed", "made", "went", "took", "came", NULL};
	static const char *w_failed_v[] = {"collapsed", "stalled", "foundered", "faltered",
					   "fizzled", NULL};
	if (kis(d, j, "the") || kis(d, j, "that") || kis(d, j, "this"))
		j++;
	if (j + 2 >= s->t1 || !kin_local(d, j, what))
		return 0;
	j++;
	if (kis(d, j, "never") && kin_local(d, j + 1, w_never_v))
		return !kis(d, j + 1, "made") ||
		       (j + 2 < s->t1 && kis(d, j + 2, "progress")); /* "made progress" */
	return kin_local(d, j, w_failed_v) || (kis(d, j, "fell") && kis(d, j + 1, "through"));
}

/* Drop the deals and ties unit s stated from candidate `from` on. */
static void drop_unit_deals(dctx *d, const span *s, size_t from)
{
	size_t k;
	for (k = from; k < d->ncands; k++)
		if (d->cands[k].unit == s->unit &&
		    (d->cands[k].f.type == ENT_FACT_DEAL || d->cands[k].f.type == ENT_FACT_SUPPLY))
			d->cands[k].dropped = 1;
}

/* "Saab won a tender to sell 20 jets to X, but the tender was cancelled":
 * a clause after ", but" saying the deal (tender, contract, sale) was
 * called off takes back the deals the unit stated before it; so does
 * "but" and an active verb of calling off with the deal or plan as its
 * object ("planned to buy jets from Y but dropped the plan")
 * (deal.called_off_in_unit). */
void called_off_in_unit(dctx *d, const span *s, size_t from)
{
	static const char *what[] = {"tender", "deal", "contract", "sale", "order", "purchase",
				     "agreement", "competition", NULL};
	size_t i, j;
	if (from == d->ncands)
		return;
	if (subject_deal_called_off(d, s, what)) {
		drop_unit_deals(d, s, from);
		return;
	}
	for (i = s->t0 + 1; i + 4 < s->t1; i++) {
		/* "X had planned to buy jets from Y but dropped the plan", "...
		 * but the deal never made progress" */
		if (kis(d, i, "but") &&
		    ((KIN(d, i + 1, w_cancel) &&
		      (kis(d, i + 2, "the") || kis(d, i + 2, "its") || kis(d, i + 2, "their")) &&
		      (kin_local(d, i + 3, what) || kis(d, i + 3, "plan") ||
		       kis(d, i + 3, "plans"))) ||
		     deal_came_to_nothing(d, s, i + 1, what))) {
			drop_unit_deals(d, s, from);
			return;
		}
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
		drop_unit_deals(d, s, from);
		return;
	}
}

/* The state that refuses at token r ("declined", "rejected", "turned
 * down"): named right before it (over "had", "has", "later"), or, after
 * "which", the state before the comma; or NULL. */
static const mention *refuser_at(const dctx *d, const span *s, size_t r)
{
	size_t j = r;
	static const char *w_aux[] = {"had", "has", "later", "eventually", NULL};
	while (j > s->t0 && kin_local(d, j - 1, w_aux))
		j--;
	if (j > s->t0 + 1 && kis(d, j - 1, "which") && kis(d, j - 2, ","))
		j -= 2;
	return j > s->t0 ? actor_before(d, s, j, 1, 0) : NULL;
}

/* "X offered its jets to Y, but Y (which) declined (rejected the offer,
 * turned it down)", "... . Y declined the offer.": an offer its buyer
 * refused is no deal, in its sentence or, with "the (its) offer", the
 * sentence after; only deals not yet signed are dropped (stop 57). */
void offer_declined(dctx *d, const span *s, size_t from)
{
	static const char *w_refuse[] = {"declined", "rejected", "refused", "spurned", "rebuffed",
					 "turned", NULL};
	static const char *w_offer[] = {"offered", "offers", "offering", "offer", NULL};
	size_t r, o, k;
	const mention *y;
	/* most units follow no deal still to be signed: no word is read */
	for (k = d->ncands; k > 0 && d->cands[k - 1].unit + 1 >= s->unit; k--)
		if (!d->cands[k - 1].dropped && d->cands[k - 1].f.status <= ENT_STATUS_REPORTED &&
		    (d->cands[k - 1].f.type == ENT_FACT_DEAL ||
		     d->cands[k - 1].f.type == ENT_FACT_SUPPLY))
			break;
	if (k == 0 || d->cands[k - 1].unit + 1 < s->unit)
		return;
	for (r = find_local(d, s->t0 + 1, s->t1, w_refuse); r != NONE;
	     r = find_local(d, r + 1, s->t1, w_refuse)) {
		int here, next_offer;
		if (kis(d, r, "turned") && !(r + 1 < s->t1 && kis(d, r + 1, "down")) &&
		    !(r + 2 < s->t1 && kis(d, r + 2, "down")))
			continue; /* "turned down", "turned it down" */
		if (negated(d, s, r) || (y = refuser_at(d, s, r)) == NULL || !y->code)
			continue;
		o = find_local(d, s->t0, r, w_offer);
		here = o != NONE && o < y->t0;
		/* the sentence after the offer: "Y declined the (Xn) offer" */
		next_offer = !here && r + 2 < s->t1 && find_local(d, r + 1, r + 4, w_offer) != NONE;
		for (k = here ? from : 0; k < d->ncands; k++) {
			cand *c = &d->cands[k];
			int unit_ok = here ? c->unit == s->unit
					   : next_offer && s->unit > 0 && c->unit == s->unit - 1;
			if (c->dropped || !unit_ok || c->f.status > ENT_STATUS_REPORTED ||
			    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY) ||
			    strcmp(c->f.recipient.s, y->code) != 0)
				continue;
			c->dropped = 1;
		}
	}
}

/* Drop the deals and ties of the unit of span s (from `from` on) that are
 * not delivered and have party code (any party when code is NULL). */
static void drop_undelivered_of_unit(dctx *d, const span *s, const char *code, size_t from)
{
	size_t k;
	for (k = from; k < d->ncands; k++) {
		cand *c = &d->cands[k];
		if (c->dropped || c->unit != s->unit || c->f.status == ENT_STATUS_DELIVERED ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
			continue;
		if (!code || !strcmp(c->f.recipient.s, code) ||
		    ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, code) ||
		    !strcmp(c->pair[0], code) || !strcmp(c->pair[1], code))
			c->dropped = 1;
	}
}

/* "If X bought jets from Y, Z would object", "was asked whether it would
 * buy tanks from Y", "Would X buy jets from Y?": a clause of condition or
 * doubt ("if", "whether", "unless" and its subject, a state or "it/they",
 * up to the next comma) with a verb of buying or supply in it states no
 * deal of a state it names; nor does a
 * question that opens with a modal.  Those deals and ties of the unit are
 * dropped, unless delivered (deal.conditional). */
void conditional_deals(dctx *d, const span *s, size_t from)
{
	static const char *w_cond[] = {"if", "whether", "unless", NULL};
	static const char *w_qmodal[] = {"would", "will", "could", "should", "can", "might",
					"may", "shall", NULL};
	size_t i, e, k, last;
	const mention *m0;
	if (from == d->ncands || s->t1 <= s->t0)
		return;
	for (last = s->t1 - 1; last > s->t0 && quote_mark(d, last); last--)
		;
	if (kis(d, last, "?") && kin_local(d, s->t0, w_qmodal)) {
		drop_undelivered_of_unit(d, s, NULL, from);
		return;
	}
	for (i = s->t0; i + 2 < s->t1; i++) {
		const char *key = K(i);
		/* the first letters rule out most words before the list */
		if (!((key[0] == 'i' && key[1] == 'f') || (key[0] == 'w' && key[1] == 'h' &&
							      key[2] == 'e') ||
		      (key[0] == 'u' && key[1] == 'n' && key[2] == 'l')) ||
		    !kin_local(d, i, w_cond) ||
		    (i > s->t0 && (kis(d, i - 1, "even") || kis(d, i - 1, "as"))))
			continue;
		/* a clause with a subject: "if X bought", "whether it would
		 * buy"; not "over whether to provide arms to X" */
		e = i + 1 < s->t1 && kis(d, i + 1, "the") ? i + 2 : i + 1;
		if (e >= s->t1 || !(kis(d, e, "it") || kis(d, e, "they") ||
				     ((m0 = mention_at(d, s, e)) && ent__is_state_mention(m0))))
			continue;
		for (e = i + 1; e < s->t1 && !kis(d, e, ",") && !kis(d, e, ";"); e++)
			;
		if (find_in(d, i + 1, e, w_buy_verb) == NONE &&
		    find_in(d, i + 1, e, w_supply_verb) == NONE)
			continue;
		for (k = s->m0; k < s->m1; k++) {
			const mention *m = M(d, k);
			if (ent__is_state_mention(m) && m->t0 > i && m->t1 <= e)
				drop_undelivered_of_unit(d, s, m->code, from);
		}
		i = e;
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
int expand_supplier_list(dctx *d, const span *s, size_t from)
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

/* The demonym mention right after the joint at token j (",", "and", "or",
 * ", and"), or NULL. */
static const mention *demonym_after_joint(const dctx *d, const span *s, size_t j)
{
	const mention *m;
	if (j < s->t1 && kis(d, j, ","))
		j++;
	if (j < s->t1 && (kis(d, j, "and") || kis(d, j, "or")))
		j++;
	else if (j < s->t1 && !kis(d, j - 1, ","))
		return NULL;
	m = mention_at(d, s, j);
	return m && m->t0 == j && m->gz == GZ_DEMONYM && !m->possessive && m->code ? m : NULL;
}

/* "Uzbekistan placed orders for the Chinese and Turkish drones", "is
 * acquiring Chinese and Russian air defence weapons": a deal whose one
 * seller is a demonym of a list of makers joined by commas and "and (or)"
 * right before its goods is one deal per maker, each with the deal's
 * buyer, stage and goods but no price: the price is of them all (stop
 * 57).  A hyphened pair ("Franco-Italian frigates") is one maker of two
 * states, not a list. */
int split_maker_list(dctx *d, const span *s, size_t from)
{
	size_t k, q, n = d->ncands, nl, i;
	int rc;
	for (k = from; k < n; k++) {
		const mention *list[ENT_FACT_MAX_ACTORS], *m = NULL;
		const cand *c = &d->cands[k];
		char rcode[12];
		if (c->dropped || c->unit != s->unit || c->f.type != ENT_FACT_DEAL ||
		    !c->directed || c->f.nsuppliers != 1 || !c->f.recipient.s[0])
			continue;
		for (q = s->m0; q < s->m1 && !m; q++)
			if (M(d, q)->gz == GZ_DEMONYM && !M(d, q)->possessive && M(d, q)->code &&
			    !strcmp(M(d, q)->code, c->f.suppliers[0].s))
				m = M(d, q);
		if (!m)
			continue;
		/* back to the list's first maker, then forward to its last */
		for (q = 0; q < 8; q++) {
			const mention *p = NULL;
			size_t e;
			for (e = s->m0; e < s->m1; e++)
				if (M(d, e)->t1 < m->t0 && M(d, e)->t1 + 3 >= m->t0)
					p = M(d, e);
			if (!p || p->gz != GZ_DEMONYM || demonym_after_joint(d, s, p->t1) != m)
				break;
			m = p;
		}
		for (nl = 0; m && nl < ENT_FACT_MAX_ACTORS; m = demonym_after_joint(d, s, m->t1))
			list[nl++] = m;
		if (nl < 2 || !qualifies_weapon(d, s, (size_t)(list[nl - 1] - M(d, 0))))
			continue;
		memcpy(rcode, c->f.recipient.s, sizeof rcode);
		for (i = 0; i < nl; i++) {
			cand *one;
			size_t o;
			int known = !strcmp(list[i]->code, rcode);
			for (o = from; o < d->ncands && !known; o++)
				known = !d->cands[o].dropped && d->cands[o].unit == s->unit &&
					d->cands[o].f.type == ENT_FACT_DEAL &&
					!strcmp(d->cands[o].f.recipient.s, rcode) &&
					ent_fact_has_code(d->cands[o].f.suppliers,
							  d->cands[o].f.nsuppliers, list[i]->code);
			if (known)
				continue;
			if ((rc = cand_clone(d, k, s->unit, &one)))
				return rc;
			one->f.nsuppliers = 0;
			ent_fact_add_code(one->f.suppliers, &one->f.nsuppliers, list[i]->code);
			memset(&one->f.value, 0, sizeof one->f.value);
			/* the price is of all the makers' goods together */
			memset(&d->cands[k].f.value, 0, sizeof d->cands[k].f.value);
		}
	}
	return ENT_OK;
}

/* A state right before goods of its own at token j: "France AMX-10 RC
 * light tanks", "the Netherlands a Patriot battery" (an article or a count
 * between at most); the goods' weapon mention, or NULL. */
static const mention *gapped_goods(const dctx *d, const span *s, const mention *m)
{
	size_t g = m->t1;
	if (g < s->t1 && (kis(d, g, "a") || kis(d, g, "an") || kis(d, g, "its") ||
			  d->t.v[g].kind == TK_NUM || KIN(d, g, w_numwords)))
		g++;
	return weapon_starting_at(d, s, g);
}

/* "the UK has announced the delivery of Challenger 2 tanks, France AMX-10
 * RC light tanks and the Netherlands a Patriot battery": after a
 * transfer's goods, ", <State> <goods>" and "and (the) <State> <goods>"
 * name further sellers with the verb and the buyer left out.  The deal the
 * span gave keeps the goods before the first such state and its seller;
 * each state sells its own goods to that deal's buyer, or, when the deal
 * took one of those states for its buyer, to the buyer of the latest deal
 * told before (none: no deal). */
int gapped_sellers(dctx *d, const span *s, size_t from)
{
	const mention *g[ENT_FACT_MAX_ACTORS], *w[ENT_FACT_MAX_ACTORS];
	size_t ng = 0, k, i, ci = NONE, sv;
	char rec[12] = "";
	int rc;
	if (from == d->ncands || (sv = find_in(d, s->t0, s->t1, w_supply_verb)) == NONE)
		return ENT_OK;
	for (k = s->m0; k < s->m1 && ng < ENT_FACT_MAX_ACTORS; k++) {
		const mention *m = M(d, k), *x;
		size_t b = m->t0;
		if (m->t0 <= sv + 1 || !ent__is_state_mention(m) || m->possessive ||
		    m->gz == GZ_FIRM || m->gz == GZ_DEMONYM)
			continue;
		if (kis(d, b - 1, "the"))
			b--;
		if (!(kis(d, b - 1, ",") || kis(d, b - 1, "and")) || !(x = gapped_goods(d, s, m)))
			continue;
		g[ng] = m;
		w[ng++] = x;
	}
	if (!ng)
		return ENT_OK;
	for (k = from; k < d->ncands && ci == NONE; k++) {
		cand *c = &d->cands[k];
		if (c->dropped || c->f.type != ENT_FACT_DEAL || c->unit != s->unit)
			continue;
		if (!c->directed && c->pair[0][0] && c->pair[1][0]) {
			/* a pair left open, one of them a gapped state: the
			 * other sells, the gapped one is no buyer */
			for (i = 0; i < ng && strcmp(g[i]->code, c->pair[0]) &&
				    strcmp(g[i]->code, c->pair[1]);
			     i++)
				;
			if (i == ng)
				continue;
			c->directed = 1;
			c->f.nsuppliers = 0;
			ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers,
					  strcmp(g[i]->code, c->pair[0]) ? c->pair[0] : c->pair[1]);
			ent_code_set(&c->f.recipient, g[i]->code);
		}
		if (c->directed && c->f.nsuppliers == 1 && c->f.recipient.s[0])
			ci = k;
	}
	if (ci == NONE)
		return ENT_OK;
	memcpy(rec, d->cands[ci].f.recipient.s, 12);
	for (i = 0; i < ng && strcmp(g[i]->code, rec); i++)
		;
	if (i < ng) {
		/* the buyer read is one of the sellers: the buyer of the
		 * latest deal told before */
		rec[0] = '\0';
		for (k = from; k > 0 && !rec[0]; k--) {
			const cand *c = &d->cands[k - 1];
			if (!c->dropped && c->directed && c->f.recipient.s[0] &&
			    (c->f.type == ENT_FACT_DEAL || c->f.type == ENT_FACT_SUPPLY))
				memcpy(rec, c->f.recipient.s, 12);
		}
		if (!rec[0]) {
			d->cands[ci].dropped = 1;
			return ENT_OK;
		}
	}
	for (i = 0; i < ng; i++)
		if (!strcmp(g[i]->code, rec) || !strcmp(g[i]->code, d->cands[ci].f.suppliers[0].s))
			return ENT_OK;
	/* the first seller keeps the goods before the first gapped state */
	{
		span a = *s;
		cand *c = &d->cands[ci];
		narrow(d, &a, sv + 1, g[0]->t0);
		cand_clear_items(c);
		ent_code_set(&c->f.recipient, rec);
		if ((rc = add_items(d, c, &a, NULL, NULL)))
			return rc;
	}
	for (i = 0; i < ng; i++) {
		span a = *s;
		cand *one;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		narrow(d, &a, w[i]->t0, i + 1 < ng ? g[i + 1]->t0 : s->t1);
		cand_clear_items(one);
		one->directed = 1;
		one->f.nsuppliers = 0;
		ent_fact_add_code(one->f.suppliers, &one->f.nsuppliers, g[i]->code);
		ent_code_set(&one->f.recipient, rec);
		memset(&one->f.value, 0, sizeof one->f.value);
		if ((rc = add_items(d, one, &a, NULL, NULL)))
			return rc;
	}
	return ENT_OK;
}

/* "Germany will deliver IFVs to Greece so it can hand over Soviet-style
 * weapons to Ukraine": a clause of purpose "so (that) it / they can
 * (could, would, will) hand over (send, give, transfer, supply, deliver,
 * pass on) <goods> to Z" after a transfer makes the transfer's buyer the
 * seller of a further deal to Z, reported (a ring exchange; deal.ring). */
int ring_exchange(dctx *d, const span *s, size_t from)
{
	static const char *w_can_v[] = {"can", "could", "would", "will", "may", "might", NULL};
	static const char *w_pass_v[] = {"hand", "send", "give", "transfer", "supply", "deliver",
					 "pass", "donate", NULL};
	size_t i, j, k, g, ci = NONE;
	const mention *z;
	cand *one;
	span a;
	int rc;
	if (from == d->ncands)
		return ENT_OK;
	for (k = from; k < d->ncands && ci == NONE; k++) {
		const cand *c = &d->cands[k];
		if (!c->dropped && c->directed && c->unit == s->unit && c->f.nsuppliers == 1 &&
		    c->f.recipient.s[0] &&
		    (c->f.type == ENT_FACT_DEAL || c->f.type == ENT_FACT_SUPPLY))
			ci = k;
	}
	if (ci == NONE)
		return ENT_OK;
	for (i = s->t0 + 3; i + 5 < s->t1; i++) {
		if (!kis(d, i, "so"))
			continue;
		j = i + 1;
		if (kis(d, j, "that"))
			j++;
		if (!(kis(d, j, "it") || kis(d, j, "they")) || !kin_local(d, j + 1, w_can_v) ||
		    !kin_local(d, j + 2, w_pass_v))
			continue;
		j += 3;
		if (j < s->t1 && (kis(d, j, "over") || kis(d, j, "on")))
			j++;
		for (k = j; k < s->t1 && k < j + 10 && !kis(d, k, "to"); k++)
			if (kis(d, k, ",") || kis(d, k, ";"))
				break;
		if (k + 1 >= s->t1 || !kis(d, k, "to"))
			return ENT_OK;
		z = actor_after(d, s, k + 1, 1, 1);
		if (!z || z->possessive || z->gz == GZ_FIRM ||
		    !strcmp(z->code, d->cands[ci].f.recipient.s))
			return ENT_OK;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		a = *s;
		narrow(d, &a, j, k);
		cand_clear_items(one);
		one->directed = 1;
		one->f.type = ENT_FACT_DEAL;
		one->f.nsuppliers = 0;
		ent_fact_add_code(one->f.suppliers, &one->f.nsuppliers,
				  d->cands[ci].f.recipient.s);
		ent_code_set(&one->f.recipient, z->code);
		one->f.status = ENT_STATUS_REPORTED;
		memset(&one->f.value, 0, sizeof one->f.value);
		if ((rc = add_items(d, one, &a, NULL, NULL)))
			return rc;
		/* "Soviet-style weapons": arms of no stated kind */
		g = one->f.nitems == 0 ? find_in(d, j, k, w_arms_generic) : NONE;
		if (g != NONE &&
		    (rc = ent_fact_add_item(&one->f, ENT_CAT_OTHER, d->text + d->t.v[g].start,
					    d->t.v[g].end - d->t.v[g].start, NULL, -1)))
			return rc;
		if (one->f.nitems == 0) {
			one->dropped = 1;
			return ENT_OK;
		}
		/* the first transfer keeps the goods before "so" */
		a = *s;
		narrow(d, &a, s->t0, i);
		if (weapon_mentions(d, &a) > 0) {
			cand *c = &d->cands[ci];
			cand_clear_items(c);
			if ((rc = add_items(d, c, &a, NULL, NULL)))
				return rc;
		}
		return ENT_OK;
	}
	return ENT_OK;
}

/* The start of the goods of "follows the 2015 purchase of", "follows a
 * previous agreement made in December 2017 for", "after a previous $375
 * million sale of" (stop 36) at token i of s, with the year mention of that
 * earlier deal in *y (before the goods, or "in 2022" after them), its
 * noun's token in *noun and a price between the article and the noun in
 * *price (else NULL); NONE when i opens no such phrase or it has no year. */
static size_t earlier_deal_phrase(const dctx *d, const span *s, size_t i, const mention **y,
				  size_t *noun, const mention **price)
{
	static const char *w_follow[] = {"follows", "followed", "following", "after", NULL};
	static const char *w_buy_n[] = {"purchase", "acquisition", "order", "delivery", "deal",
					"contract", "agreement", "sale", NULL};
	static const char *w_prior[] = {"previous", "earlier", "original", "initial", "prior",
					"first", NULL};
	static const char *w_made[] = {"made", "signed", "concluded", "reached", "placed",
				       "agreed", "struck", NULL};
	size_t j = i + 1, n, k, g;
	*price = NULL;
	if (!kin_local(d, i, w_follow) || j >= s->t1 ||
	    !(kis(d, j, "the") || kis(d, j, "a") || kis(d, j, "an")))
		return NONE;
	for (j++; j < s->t1 && j < i + 8 && !kin_local(d, j, w_buy_n); j++) {
		const mention *m = mention_at(d, s, j);
		if (m && m->kind == MK_MONEY) {
			*price = m; /* "a previous $375 million sale" (stop 36) */
			j = m->t1 - 1;
			continue;
		}
		if (!kin_local(d, j, w_prior) && d->t.v[j].kind != TK_NUM)
			return NONE; /* "the 2015", "a previous" */
	}
	if (j >= s->t1 || !kin_local(d, j, w_buy_n))
		return NONE;
	*noun = n = j++;
	if (j < s->t1 && kin_local(d, j, w_made))
		j++;
	if (j < s->t1 && kis(d, j, "in")) /* "in (December) 2017" */
		for (j++; j < s->t1 && j < n + 6 && !kis(d, j, "for") && !kis(d, j, "of"); j++)
			;
	if (j + 1 >= s->t1 || !(kis(d, j, "of") || kis(d, j, "for")))
		return NONE;
	g = j + 1;
	*y = NULL;
	for (k = s->m0; k < s->m1 && !*y; k++)
		if (M(d, k)->kind == MK_YEAR && M(d, k)->t0 > i && M(d, k)->t1 <= g)
			*y = M(d, k);
	/* "of BrahMos missiles in 2022": the year after the goods, in the
	 * phrase (stop 36) */
	for (j = g; !*y && j + 1 < s->t1 && j < g + 10 && !kis(d, j, ",") && !kis(d, j, ";");
	     j++)
		if (kis(d, j, "in"))
			for (k = s->m0; k < s->m1 && !*y; k++)
				if (M(d, k)->kind == MK_YEAR && M(d, k)->t0 == j + 1)
					*y = M(d, k);
	return *y ? g : NONE;
}

/* "The order, which follows the 2015 purchase of 24 Rafale jets", "...,
 * following the 2015 purchase of 24 jets", "The latest purchase follows a
 * previous agreement made in December 2017 for 24 Typhoons, valued at
 * about 6 billion pounds": an earlier deal of the same parties, with its
 * own year, goods and the price told right after them, told as what this
 * one follows. The latest deal (of this span, else the one told before in
 * this paragraph or the one before) gives the parties; this span's own deal
 * takes neither that year nor that price (deal.earlier_purchase). */
int earlier_purchase(dctx *d, const span *s, size_t from)
{
	size_t i, e, k, g = NONE, ci = NONE, noun = NONE, ear = NONE;
	const mention *y = NULL, *price = NULL, *own_price = NULL;
	cand *one;
	span a;
	int rc;
	for (i = s->t0; i + 5 < s->t1 && g == NONE; i++)
		if (K(i)[0] == 'f' || K(i)[0] == 'a') /* "follows", "after" */
			g = earlier_deal_phrase(d, s, i, &y, &noun, &price);
	if (g == NONE)
		return ENT_OK;
	i--; /* the loop stepped past the phrase's first word */
	for (k = d->ncands; k > 0 && ci == NONE; k--) {
		const cand *c = &d->cands[k - 1];
		/* directed, or a pair whose direction the document settles ("a
		 * deal for 30 jets with France"; stop 36) */
		if (c->dropped || c->f.type != ENT_FACT_DEAL || c->unit < 0 ||
		    (c->directed ? c->f.nsuppliers != 1 || !c->f.recipient.s[0]
				 : !c->pair[0][0] || k - 1 < from))
			continue;
		if (k - 1 < from && d->units[c->unit].para + 1 < d->units[s->unit].para)
			break;
		if (k - 1 >= from && c->earlier && c->f.year == y->year) {
			ear = k - 1; /* the earlier deal rule_deal made of the year */
			continue;
		}
		ci = k - 1;
	}
	if (ci == NONE)
		return ENT_OK;
	/* the goods of the phrase: up to a comma or the clause's end */
	for (e = g; e < s->t1 && e < g + 9 && !kis(d, e, ",") && !kis(d, e, ";") &&
		    !kis(d, e, ".");
	     e++)
		;
	a = *s;
	narrow(d, &a, g, e);
	if (weapon_mentions(d, &a) == 0)
		return ENT_OK;
	/* ", valued at (about) 6 billion pounds", ", worth $2 billion" */
	for (k = s->m0; k < s->m1 && !price && e + 1 < s->t1 && kis(d, e, ","); k++)
		if (M(d, k)->kind == MK_MONEY && M(d, k)->t0 > e && M(d, k)->t0 <= e + 4 &&
		    (kis(d, e + 1, "valued") || kis(d, e + 1, "worth")))
			price = M(d, k);
	if (ci >= from) {
		/* this span's deal: not of the earlier year, nor its goods */
		span b = *s;
		cand *c = &d->cands[ci];
		if (c->f.year == y->year)
			c->f.year = 0;
		if (price && c->f.value.amount == price->value.amount &&
		    !strcmp(c->f.value.currency, price->value.currency)) {
			/* its own price, if the span tells one before the
			 * earlier deal's ("a deal worth over $200 million ...
			 * after a previous $375 million sale") */
			memset(&c->f.value, 0, sizeof c->f.value);
			for (k = s->m0; k < s->m1 && !own_price; k++)
				if (M(d, k)->kind == MK_MONEY && M(d, k)->t1 <= i)
					own_price = M(d, k);
			if (own_price)
				c->f.value = own_price->value;
		}
		narrow(d, &b, s->t0, i);
		if (weapon_mentions(d, &b) > 0) {
			cand_clear_items(c);
			if ((rc = add_items(d, c, &b, NULL, NULL)))
				return rc;
		}
	}
	if (ear != NONE) {
		one = &d->cands[ear];
	} else if ((rc = clone_parties(d, ci, s->unit, &one))) {
		return rc; /* an open pair goes with the copy, for the document to orient */
	}
	cand_clear_items(one);
	one->f.year = y->year;
	one->f.status = kis(d, noun, "delivery") ? ENT_STATUS_DELIVERED : ENT_STATUS_SIGNED;
	memset(&one->f.value, 0, sizeof one->f.value);
	if (price)
		one->f.value = price->value;
	one->separate = 1;
	return add_items(d, one, &a, NULL, NULL);
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
int expand_count_list(dctx *d, const span *s, size_t from)
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

/* Do the directed deals of span s from cands[from] have more than one
 * seller? */
static int several_sellers(const dctx *d, const span *s, size_t from)
{
	const char *one = NULL;
	size_t k;
	for (k = from; k < d->ncands; k++) {
		const cand *c = &d->cands[k];
		if (c->dropped || c->unit != s->unit || c->f.type != ENT_FACT_DEAL ||
		    !c->directed || c->f.nsuppliers < 1)
			continue;
		if (c->f.nsuppliers > 1 || (one && strcmp(one, c->f.suppliers[0].s) != 0))
			return 1;
		one = c->f.suppliers[0].s;
	}
	return 0;
}

/* Is state code the maker of goods with a designation in span s? */
static int maker_of(const dctx *d, const span *s, const char *code)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->gz == GZ_WEAPON && M(d, k)->canon && M(d, k)->code &&
		    !strcmp(M(d, k)->code, code))
			return 1;
	return 0;
}

/* "Chile and Peru discussed the jets, which Peru bought (has leased) in
 * 2009", "India and China clashed in 2020; since then India bought": a
 * mention of state code after token t whose verb of buying follows, at
 * most two words in small letters between; the clause names its own buyer
 * (stop 66; not only after "which" or "that" since stop 67). */
static int clause_buyer_named(const dctx *d, const span *s, const char *code, size_t t)
{
	size_t k, j;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 <= t || !m->code || strcmp(m->code, code) != 0)
			continue;
		for (j = m->t1; j < s->t1 && j < m->t1 + 3; j++) {
			if (KIN(d, j, w_buy_verb) || lease_taken(d, s, j))
				return 1;
			if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
				break;
		}
	}
	return 0;
}

/* "Estonia and Latvia signed an agreement with Germany to purchase ...",
 * "Sweden and Norway bought trucks from Finland": two states joined by
 * "and" that open the sentence (or its clause after a comma, or follow
 * "plans by") buy
 * together, so a deal of this sentence whose buyer is one of them and whose
 * seller is neither is also a deal of the other (without the price, which
 * is the pair's; not with "respectively") (deal.buyer_pair). */
int expand_buyer_pair(dctx *d, const span *s, size_t from)
{
	const mention *a = NULL, *b = NULL, *list[ENT_FACT_MAX_ACTORS];
	const char *maker;
	size_t k, j, n = d->ncands, nl = 0, i, intro;
	int rc, opened, owned;
	for (k = from; k < n; k++) {
		const cand *c = &d->cands[k];
		if (!c->dropped && c->unit == s->unit && c->f.type == ENT_FACT_DEAL &&
		    (c->directed || c->pair[0][0]))
			break;
	}
	if (k == n || s->m0 == s->m1)
		return ENT_OK;
	for (j = s->t0; j < s->t1; j++)
		if (kis(d, j, "respectively") && several_sellers(d, s, from))
			return ENT_OK; /* "A and B buy from C and D, respectively";
					* not "A and B ordered 24 and 12 jets
					* respectively" (one seller) */
	/* the pair: the sentence's first mention, at its start, after "the" or
	 * after a comma, then "and (the)" and a second state; past a speaker
	 * before a verb of saying ("A Turkish official said A and B had both
	 * requested ...") */
	size_t m0 = s->m0;
	while (m0 + 1 < s->m1 && M(d, m0)->gz == GZ_DEMONYM && speaker(d, s, M(d, m0)))
		m0++;
	a = plain_state_at(d, s, M(d, m0)->t0);
	owned = 0;
	if (M(d, m0)->possessive &&
	    (M(d, m0)->t0 <= s->t0 + 1 || kis(d, M(d, m0)->t0 - 1, ","))) {
		a = NULL;
		/* "Thailand's neighbouring countries such as A and B buy":
		 * a group of the owner opening the sentence, then its list */
		static const char *w_group_n[] = {"countries", "neighbours", "neighbors",
						  "nations", "states", "allies", "partners", NULL};
		size_t q = M(d, m0)->t1 + 1, n2;
		for (n2 = 0; q < s->t1 && n2 < 2 && !kin_local(d, q, w_group_n) &&
			     d->t.v[q].kind == TK_WORD && !d->t.v[q].upper;
		     q++, n2++)
			;
		if (q + 2 < s->t1 && kin_local(d, q, w_group_n)) {
			q++;
			if (kis(d, q, "such") && kis(d, q + 1, "as"))
				q += 2;
			else if (kis(d, q, "including") || kis(d, q, "like"))
				q++;
			else
				q = s->t1;
			if (q < s->t1 && (a = plain_state_at(d, s, q)) != NULL)
				owned = 1;
		}
	}
	if (!a)
		return ENT_OK;
	opened = owned || a->t0 == s->t0 || kis(d, a->t0 - 1, "the") || kis(d, a->t0 - 1, ",") ||
		 opening_both(d, s, a->t0) || plans_by(d, s, a) ||
		 (m0 > s->m0 && (KIN(d, a->t0 - 1, w_speech_verb) ||
				 (kis(d, a->t0 - 1, "that") && a->t0 >= s->t0 + 2 &&
				  KIN(d, a->t0 - 2, w_speech_verb))));
	intro = list_intro_before(d, s, a->t0);
	if (!opened && intro == NONE)
		return ENT_OK;
	list[nl++] = a;
	j = a->t1;
	/* "A, B and C", "countries including A, B, and C": more buyers joined
	 * by commas before the "and" (deal.buyer_list) */
	while (j + 1 < s->t1 && kis(d, j, ",") && nl + 1 < ENT_FACT_MAX_ACTORS) {
		size_t q = j + 1;
		if (kis(d, q, "the"))
			q++;
		b = plain_state_at(d, s, q);
		if (!b)
			break;
		list[nl++] = b;
		j = b->t1;
	}
	if (nl >= 3 && opened && j < s->t1 &&
	    (KIN(d, j, w_be) || kis(d, j, "have") || kis(d, j, "has"))) {
		/* "A, B, C, D are just some of the countries that have
		 * procured": three or more states without "and" that open
		 * the sentence before its verb */
	} else {
		if (nl > 1 && j < s->t1 && kis(d, j, ","))
			j++; /* ", and" */
		if (j >= s->t1 || !kis(d, j, "and") || nl >= ENT_FACT_MAX_ACTORS)
			return ENT_OK;
		j++;
		if (j < s->t1 && kis(d, j, "the"))
			j++;
		b = plain_state_at(d, s, j);
		if (!b || !strcmp(a->code, b->code) || b->t1 >= s->t1 || kis(d, b->t1, "'s") ||
		    kis(d, b->t1, ","))
			return ENT_OK; /* "Estonia and Latvia's ...", "A and B, C ..." */
		list[nl++] = b;
	}
	if (!opened && nl < 3 && intro > s->t0 + 2)
		return ENT_OK; /* a pair after "including" is no list of buyers,
				* unless the list opens the sentence ("Countries
				* such as A and B have bought") */
	for (k = from; k < n; k++) {
		cand *one;
		size_t q, r, own = NONE, sold = NONE, mk = NONE;
		const cand *c = &d->cands[k];
		if (c->dropped || c->unit != s->unit || c->f.type != ENT_FACT_DEAL)
			continue;
		if (!c->directed && c->pair[0][0] && c->pair[1][0] && nl >= 3) {
			/* an open pair of the list: the maker of its goods sells
			 * (to the pair and, below, to the rest of the list) */
			for (i = 0; i < nl && !maker_of(d, s, list[i]->code); i++)
				;
			maker = i < nl ? list[i]->code : designation_maker(d, s, NULL);
			if (!maker || !strcmp(maker, c->pair[0]) || !strcmp(maker, c->pair[1]))
				continue;
			ent_fact_add_code(d->cands[k].f.suppliers, &d->cands[k].f.nsuppliers,
					  maker);
			ent_code_set(&d->cands[k].f.recipient, c->pair[0]);
			d->cands[k].directed = 1;
		}
		if (!c->directed || c->f.nsuppliers != 1)
			continue;
		for (i = 0; i < nl; i++) {
			if (!strcmp(c->f.suppliers[0].s, list[i]->code))
				sold = i;
			else if (!strcmp(c->f.recipient.s, list[i]->code))
				own = i;
			if (mk == NONE && nl >= 3 && maker_of(d, s, list[i]->code))
				mk = i;
		}
		/* "A, B, C and D have signed an LoI on the purchase of CV90
		 * vehicles" (D's make): of three or more states listed, one
		 * sells only as the maker of the goods, to each of the others
		 * (stop 58) */
		if (sold != NONE && mk == NONE && nl >= 3 &&
		    (maker = designation_maker(d, s, NULL)) != NULL &&
		    strcmp(maker, c->f.recipient.s) != 0) {
			/* "A, B and C signed an LoI on the purchase of TB2
			 * drones": the maker, listed or not, sells */
			ent_code_set(&d->cands[k].f.suppliers[0], maker);
			sold = NONE;
		}
		if (own == NONE || (sold != NONE && mk == NONE) || own == mk ||
		    clause_buyer_named(d, s, c->f.recipient.s, list[nl - 1]->t1))
			continue;
		if (sold != NONE && sold != mk) {
			ent_code_set(&d->cands[k].f.suppliers[0], list[mk]->code);
			sold = mk;
		}
		for (i = 0; i < nl; i++) {
			const char *other = list[i]->code;
			int dup = 0;
			if (i == own || i == sold || !strcmp(other, c->f.recipient.s))
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
int rule_among_purchases(dctx *d, const span *s)
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

/* Is goods mention w named with a word of repair, overhaul or upgrade
 * right after it or up to five words before it? */
static int goods_serviced(const dctx *d, const span *s, const mention *w)
{
	static const char *service[] = {"repair", "repairs", "repairing", "overhaul", "overhauls",
					"overhauling", "maintenance", "servicing", "upgrade",
					"upgrading", "modernisation", "modernization",
					"refurbishment", NULL};
	size_t i;
	for (i = w->t1; i < s->t1 && i < w->t1 + 2; i++)
		if (kin_local(d, i, service))
			return 1; /* "MiG-29 Fighter Repair" */
	for (i = w->t0 > s->t0 + 5 ? w->t0 - 5 : s->t0; i < w->t0; i++)
		if (kin_local(d, i, service))
			return 1; /* "for repairing the ..." */
	return 0;
}

/* "Poland, Slovakia Sign Contract for MiG-29 Fighter Repair", "a contract
 * with Poland for repairing the Russian-made MiG-29s": goods named with a
 * word of repair, overhaul or upgrade are serviced, not sold, so a deal of
 * the unit whose seller is named only as their maker is none when the
 * unit names another state that may do the work (deal.serviced_goods). */
void serviced_goods(dctx *d, const span *s, size_t from)
{
	size_t k, q;
	int near = 0;
	if (from == d->ncands)
		return;
	for (k = s->m0; k < s->m1 && !near; k++) {
		const mention *w = M(d, k);
		near = w->gz == GZ_WEAPON && w->canon && goods_serviced(d, s, w);
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
				named |= m->gz != GZ_DEMONYM || !qualifies_weapon(d, s, q) ||
					 /* "F-16 upgrade kits ... the Russian S-400
					  * purchase": the maker on goods no word
					  * of service is near (stop 44) */
					 (q + 1 < s->m1 && M(d, q + 1)->gz == GZ_WEAPON &&
					  !goods_serviced(d, s, M(d, q + 1)));
			else if (strcmp(m->code, c->f.recipient.s) && m->gz != GZ_DEMONYM)
				other = 1;
		}
		if (!named && other)
			c->dropped = 1;
	}
}

/* Are the tokens [a, b) states only, joined by "and" / "the" / commas
 * ("Iran and the United Arab Emirates"), and at least one? */
static int states_only(const dctx *d, const span *s, size_t a, size_t b)
{
	size_t j;
	int n = 0;
	for (j = a; j < b; j++) {
		const mention *m = plain_state_at(d, s, j);
		if (m && m->t1 <= b) {
			n++;
			j = m->t1 - 1;
		} else if (!kis(d, j, "and") && !kis(d, j, "the") && !kis(d, j, ",")) {
			return 0;
		}
	}
	return n > 0;
}

/* "Turkey, along with Iran and the United Arab Emirates, has been
 * supplying Ethiopia with drones": the state before ", along / together
 * with ...," and the states inside the phrase supply together, when a verb
 * of supply follows the phrase's closing comma (over up to three words of
 * tense); a deal of the unit that has one of them for a supplier gets them
 * all (deal.along_with). */
void along_with_suppliers(dctx *d, const span *s, size_t from)
{
	const mention *co[ENT_FACT_MAX_ACTORS];
	const mention *x;
	size_t i, j, e, k, q, n = 0;
	if (from == d->ncands)
		return;
	for (i = s->t0 + 2; i + 2 < s->t1; i++)
		if ((kis(d, i, "along") || kis(d, i, "together")) && kis(d, i + 1, "with") &&
		    kis(d, i - 1, ","))
			break;
	if (i + 2 >= s->t1)
		return;
	x = plain_state_at(d, s, i - 2);
	if (!x) {
		const mention *m = actor_before(d, s, i - 1, 0, 1);
		x = m && m->t1 == i - 1 && !m->possessive && m->gz != GZ_FIRM ? m : NULL;
	}
	if (!x)
		return;
	co[n++] = x;
	for (j = i + 2; j < s->t1 && !kis(d, j, ","); j++)
		;
	if (j >= s->t1 || !states_only(d, s, i + 2, j))
		return; /* "along with its allies": not only states */
	for (q = i + 2; q < j; q++) {
		const mention *m = plain_state_at(d, s, q);
		if (m) {
			if (n < ENT_FACT_MAX_ACTORS)
				co[n++] = m;
			q = m->t1 - 1;
		}
	}
	for (e = j + 1; e < s->t1 && e < j + 4 && !KIN(d, e, w_supply_verb); e++)
		if (d->t.v[e].kind != TK_WORD || d->t.v[e].upper)
			return;
	if (e >= s->t1 || !KIN(d, e, w_supply_verb))
		return;
	for (k = from; k < d->ncands; k++) {
		cand *c = &d->cands[k];
		int ours = 0;
		if (c->dropped || c->unit != s->unit || !c->directed ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
			continue;
		for (q = 0; q < n; q++) {
			if (!strcmp(c->f.recipient.s, co[q]->code))
				break;
			ours |= ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, co[q]->code);
		}
		if (q < n || !ours)
			continue;
		for (q = 0; q < n; q++)
			if (!ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, co[q]->code))
				ent_fact_add_code_max(c->f.suppliers, &c->f.nsuppliers,
						      ENT_FACT_MAX_ACTORS, co[q]->code);
		ent_fact_sort_codes(c->f.suppliers, c->f.nsuppliers);
	}
}

/* "Israel will help modernise the forces of the Philippines by providing
 * technology", "France backed Egypt by supplying missiles": a gerund of
 * supply right after "by" has the subject of the clause for its agent.
 * When a state opens the unit and a tie or deal of the unit has for its
 * supplier a state named between it and "by", the opening state is the
 * supplier, and the recipient unless "to" names one (deal.by_gerund). */
void by_gerund_supplier(dctx *d, const span *s, size_t from)
{
	size_t i, k, q, g = NONE;
	const mention *subj;
	if (from == d->ncands)
		return;
	subj = plain_state_at(d, s, s->t0);
	if (!subj && kis(d, s->t0, "the"))
		subj = plain_state_at(d, s, s->t0 + 1);
	if (!subj || subj->possessive)
		return;
	for (i = subj->t1; i + 1 < s->t1 && g == NONE; i++) {
		const tok *x = &d->t.v[i + 1];
		if (KIN(d, i + 1, w_supply_verb) && kis(d, i, "by") && x->end - x->start > 4 &&
		    !memcmp(d->text + x->end - 3, "ing", 3))
			g = i;
	}
	if (g == NONE)
		return;
	for (k = from; k < d->ncands; k++) {
		cand *c = &d->cands[k];
		const mention *sup = NULL;
		char code[12];
		if (c->dropped || c->unit != s->unit || !c->directed || c->f.nsuppliers != 1 ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY) ||
		    !strcmp(c->f.suppliers[0].s, subj->code))
			continue;
		for (q = s->m0; q < s->m1 && !sup; q++) {
			const mention *m = M(d, q);
			if (m->t0 >= subj->t1 && m->t1 <= g && ent__is_state_mention(m) &&
			    !strcmp(m->code, c->f.suppliers[0].s))
				sup = m;
		}
		if (!sup)
			continue;
		snprintf(code, sizeof code, "%s", c->f.suppliers[0].s);
		c->f.nsuppliers = 0;
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, subj->code);
		if (!strcmp(c->f.recipient.s, subj->code))
			ent_code_set(&c->f.recipient, code);
	}
}

/* "Romania has bought 32 F-16 jets from Norway, to add to 17 acquired
 * from Portugal since 2016": a count right before a participle of buying
 * and "from" a state, no goods named between, is a purchase of the same
 * goods by the same buyer from that state, a deal of its own at the stage
 * the participle tells (stop 50). */
void counted_from_another(dctx *d, const span *s, size_t from)
{
	static const char *w_got_pp[] = {"received", "imported", "obtained", "inducted", NULL};
	size_t i, k, first = NONE;
	const mention *x;
	for (k = from; k < d->ncands && first == NONE; k++)
		if (!d->cands[k].dropped && d->cands[k].unit == s->unit &&
		    d->cands[k].f.type == ENT_FACT_DEAL && d->cands[k].directed &&
		    d->cands[k].f.nsuppliers == 1 && d->cands[k].f.nitems == 1)
			first = k;
	if (first == NONE)
		return;
	for (i = s->t0 + 2; i + 3 < s->t1; i++) {
		cand *c;
		size_t e, p = kis(d, i - 1, "the") ? i - 2 : i - 1, at = i + 3;
		long n;
		if (!kin(d, i + 1, w_bought_pp) || !kis(d, i + 2, "from") || in_weapon(d, s, i) ||
		    (n = count_at(d, i)) < 0)
			continue;
		/* "to add to 17", "adding to the two", "besides 17", "plus 17" */
		if (!(kis(d, p, "to") || kis(d, p, "besides") || kis(d, p, "plus")))
			continue;
		if (kis(d, at, "the") && at + 1 < s->t1)
			at++;
		if (!(x = plain_state_at(d, s, at)) || x->possessive ||
		    !strcmp(x->code, d->cands[first].f.recipient.s) ||
		    ent_fact_has_code(d->cands[first].f.suppliers, 1, x->code))
			continue;
		for (k = from; k < d->ncands; k++)
			if (!d->cands[k].dropped && d->cands[k].f.type == ENT_FACT_DEAL &&
			    ent_fact_has_code(d->cands[k].f.suppliers, d->cands[k].f.nsuppliers,
					      x->code))
				break;
		if (k < d->ncands || cand_clone(d, first, s->unit, &c))
			continue;
		c->f.nsuppliers = 0;
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, x->code);
		c->f.items[0].quantity = (int)n;
		c->f.status = kin_local(d, i + 1, w_got_pp) ? ENT_STATUS_DELIVERED
			      : kis(d, i + 1, "ordered")   ? ENT_STATUS_ORDERED
							   : ENT_STATUS_SIGNED;
		e = x->t1;
		c->f.year = e + 1 < s->t1 && kis(d, e, "in") && d->t.v[e + 1].kind == TK_NUM &&
				    d->t.v[e + 1].keylen == 4
			    ? (int)strtol(K(e + 1), NULL, 10)
			    : 0;
		c->separate = 1;
	}
}

/* "after their sale to Russia was cancelled by France", "the delivery to
 * Iran had been scrapped", "the sale of F-16 jets by X to Y was
 * cancelled": a noun of supply (maybe "of" goods, designations and a "by"
 * phrase among them), "to" a
 * state, then a passive of cancellation within four words takes that
 * state out of the unit's deals and ties: those in which it is a party are
 * dropped, unless delivered (deal.cancelled_sale_to). */
void cancelled_sale_to(dctx *d, const span *s, size_t from)
{
	size_t i, j, k;
	const mention *x;
	if (from == d->ncands || find_in(d, s->t0, s->t1, w_cancel) == NONE)
		return;
	for (i = s->t0; i + 4 < s->t1; i++) {
		size_t t = i + 1;
		if (!KIN(d, i, w_supply_noun))
			continue;
		if (kis(d, t, "of")) /* "the sale of the two ships to X" */
			for (t++; t < s->t1 && t < i + 12 &&
				  (d->t.v[t].kind == TK_WORD || d->t.v[t].kind == TK_NUM ||
				   kis(d, t, "-")) &&
				  !kis(d, t, "to");
			     t++)
				;
		if (t + 1 >= s->t1 || !kis(d, t, "to"))
			continue;
		x = plain_state_at(d, s, t + 1);
		if (!x && kis(d, t + 1, "the") && t + 2 < s->t1)
			x = plain_state_at(d, s, t + 2);
		if (!x || x->possessive)
			continue;
		for (j = x->t1; j < s->t1 && j < x->t1 + 3 && (KIN(d, j, w_be) || kis(d, j, "had") ||
							       kis(d, j, "has") || kis(d, j, "have"));
		     j++)
			;
		if (j == x->t1 || j >= s->t1 || !KIN(d, j, w_cancel))
			continue;
		for (k = from; k < d->ncands; k++) {
			cand *c = &d->cands[k];
			if (c->dropped || c->unit != s->unit || c->f.status == ENT_STATUS_DELIVERED ||
			    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
				continue;
			if (!strcmp(c->f.recipient.s, x->code) ||
			    (c->f.nsuppliers == 1 && !strcmp(c->f.suppliers[0].s, x->code)) ||
			    !strcmp(c->pair[0], x->code) || !strcmp(c->pair[1], x->code))
				c->dropped = 1;
		}
	}
}

/* "Peru has rejected reports claiming that it is going to buy JF-17
 * fighters from Pakistan": a state that denies or rejects reports
 * (claims) of a purchase takes back every deal the document gives it with
 * the seller the denial names, unless that deal went further than
 * reported (deal.denied_reports).  Run on the whole document. */
void denied_reports(dctx *d)
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

/* "the purchase (deal, order, contract, sale, plan) was (ultimately, later)
 * scrapped (cancelled, abandoned)" from token j, to the end of the span's
 * clause? */
static int deal_called_off_after(const dctx *d, const span *s, size_t j)
{
	static const char *w_deal_n[] = {"deal", "order", "contract", "sale", "purchase",
					 "plan", "plans", "project", "acquisition", "tender", NULL};
	static const char *w_then[] = {"ultimately", "later", "eventually", "subsequently",
				       "finally", "then", "also", NULL};
	if (j < s->t1 && kis(d, j, "but"))
		j++;
	if (j + 3 >= s->t1 || !kis(d, j, "the") || !kin_local(d, j + 1, w_deal_n) ||
	    !(kis(d, j + 2, "was") || kis(d, j + 2, "were")))
		return 0;
	j += 3;
	if (j < s->t1 && kin_local(d, j, w_then))
		j++;
	return j < s->t1 && KIN(d, j, w_cancel);
}

/* "The jets were meant for sale to X before the country cancelled",
 * "... until Cairo scrapped the order": a clause "before/until" whose verb
 * (within five words) calls the deal off, or one after a semicolon
 * (deal_called_off_after), takes back the deals the unit stated but
 * deliveries (deal.cancelled_before_clause). */
void cancelled_before_clause(dctx *d, const span *s, size_t from)
{
	static const char *w_until[] = {"before", "until", NULL};
	static const char *w_what[] = {"the", "deal", "order", "contract", "sale", "purchase",
				       "it", "them", "plans", "plan", NULL};
	size_t i, j, k;
	if (from == d->ncands || find_in(d, s->t0, s->t1, w_cancel) == NONE)
		return;
	for (i = s->t0 + 1; i + 2 < s->t1; i++) {
		if (kis(d, i, ";") && deal_called_off_after(d, s, i + 1))
			break; /* "...; the purchase was ultimately scrapped" (stop 63) */
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
		break;
	}
	if (i + 2 >= s->t1)
		return;
	/* goods delivered before the rest was called off stay */
	for (k = from; k < d->ncands; k++)
		if (d->cands[k].unit == s->unit && d->cands[k].f.status != ENT_STATUS_DELIVERED &&
		    (d->cands[k].f.type == ENT_FACT_DEAL || d->cands[k].f.type == ENT_FACT_SUPPLY))
			d->cands[k].dropped = 1;
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

/* Emit a delivery from `from` to `to` of the span's goods, dated by the
 * span or else the dateline (confidence 0.6), as the deal in play;
 * nothing when the span names no goods.  Shared by rule_departed_batch and rule_presented_goods. */
/* emit_staged with a second maker `also` of the goods, or NULL ("the
 * Franco-Italian SAMP-T": co_maker; stop 64). */
static int emit_staged_with(dctx *d, const span *s, const mention *from, const mention *also,
			    const mention *to, ent_status st, const char *rule)
{
	cand *c;
	int rc;
	if ((rc = ent__cand_new(d, ENT_FACT_DEAL, s->unit, &c)))
		return rc;
	if ((rc = add_items(d, c, s, NULL, NULL)))
		return rc;
	if (c->f.nitems == 0) {
		c->dropped = 1;
		return ENT_OK;
	}
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, from->code);
	if (also && strcmp(also->code, to->code) != 0)
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, also->code);
	ent_code_set(&c->f.recipient, to->code);
	c->directed = 1;
	c->f.status = st;
	c->f.year = year_in(d, s);
	/* with no year of its own, as in rule_deal: the dateline's, unless
	 * the span tells a period (stop 49) */
	if (!c->f.year && d->doc_year && !span_has_period(d, s))
		c->f.year = d->doc_year;
	c->f.confidence = 0.6;
	d->last_deal = (int)(c - d->cands);
	return emit(d, c, s, rule);
}

static int emit_staged(dctx *d, const span *s, const mention *from, const mention *to,
		       ent_status st, const char *rule)
{
	return emit_staged_with(d, s, from, NULL, to, st, rule);
}

static int emit_delivered(dctx *d, const span *s, const mention *from, const mention *to,
			  const char *rule)
{
	return emit_staged(d, s, from, to, ENT_STATUS_DELIVERED, rule);
}

/* "The Czech army bought new helicopters, replacing Russian-made Mi-24
 * aircraft, some of which it has sent to Ukraine": a past verb of supply
 * in a relative clause on goods, then "to" and a state: the goods' holder
 * (relative_holder) delivered them, when no rule tied the two in the unit
 * (deal.relative_sent, stop 44, test_extract_deal_former_owners.c). */
int rule_relative_sent(dctx *d, const span *s)
{
	static const char *w_sent[] = {"sent", "supplied", "delivered", "donated", "given",
				       "transferred", "handed", "shipped", "gifted", NULL};
	size_t i;
	for (i = s->t0 + 3; i + 2 < s->t1; i++) {
		const mention *h, *y, *g;
		span gs;
		size_t c;
		if (K(i + 1)[0] != 't' || !kis(d, i + 1, "to") || !kin_local(d, i, w_sent) ||
		    negated(d, s, i) || !(h = relative_holder(d, s, i, &c)))
			continue;
		y = actor_after(d, s, i + 2, 1, 1);
		if (!y || !ent__is_state_mention(y) || y->gz == GZ_FIRM || y->gz == GZ_DEMONYM ||
		    !strcmp(y->code, h->code) || tie_known(d, h->code, y->code, s->unit))
			continue;
		/* the goods end at the comma before "(some of) which"
		 * (relative_holder found them there) */
		g = mention_at_end(d, s, c);
		gs = *s;
		narrow(d, &gs, g->t0, c);
		return emit_delivered(d, &gs, h, y, "deal.relative_sent");
	}
	return ENT_OK;
}

/* "Germany will purchase US-made Patriot systems and deliver them to
 * Ukraine", "X bought tanks from Spain and sent them on to Y": goods
 * bought and, after "and", passed on ("them") to a state: the buyer (the
 * subject before the verb of buying) supplies that state, delivered for a
 * past verb, reported otherwise, when no rule tied the two in the unit
 * (deal.bought_passed_on, stop 44, test_extract_deal_former_owners.c). */
int rule_bought_passed_on(dctx *d, const span *s)
{
	static const char *w_pass_v[] = {"deliver", "delivered", "send", "sent", "transfer",
					 "transferred", "give", "gave", "hand", "handed",
					 "donate", "donated", "ship", "shipped", NULL};
	static const char *w_past[] = {"delivered", "sent", "transferred", "gave", "handed",
				       "donated", "shipped", NULL};
	size_t i, j, bv;
	for (i = s->t0 + 3; i + 3 < s->t1; i++) {
		const mention *y, *b;
		span gs;
		if (K(i + 1)[0] != 't' || !kis(d, i + 1, "them") || !kis(d, i - 1, "and") ||
		    !kin_local(d, i, w_pass_v) || negated(d, s, i))
			continue;
		j = i + 2;
		if (kis(d, j, "on"))
			j++;
		if (j + 1 >= s->t1 || !kis(d, j, "to"))
			continue;
		y = actor_after(d, s, j + 1, 1, 1);
		if (!y || !ent__is_state_mention(y) || y->gz == GZ_FIRM || y->gz == GZ_DEMONYM ||
		    y->possessive)
			continue;
		for (bv = i - 1; bv > s->t0 && !KIN(d, bv - 1, w_buy_verb); bv--)
			;
		if (bv == s->t0 || bv + 12 < i)
			continue;
		bv--;
		b = subject_before(d, s, bv);
		if (!b || b->possessive || !strcmp(b->code, y->code) ||
		    tie_known(d, b->code, y->code, s->unit))
			continue;
		gs = *s;
		narrow(d, &gs, bv + 1, i - 1);
		return emit_staged(d, &gs, b, y,
				   kin_local(d, i, w_past) ? ENT_STATUS_DELIVERED : ENT_STATUS_REPORTED,
				   "deal.bought_passed_on");
	}
	return ENT_OK;
}

/* The first state named (not a demonym or firm) in the paragraph of unit
 * ui, up to and including it, or NULL: whom "its imports" belong to. */
static const mention *paragraph_state(const dctx *d, int ui)
{
	size_t k;
	int u0 = ui;
	while (u0 > 0 && d->units[u0 - 1].para == d->units[ui].para)
		u0--;
	for (k = 0; k < d->m.n; k++) {
		const mention *m = &d->m.v[k];
		if (m->t0 < d->units[u0].t0)
			continue;
		if (m->t0 >= d->units[ui].t1)
			break;
		if (ent__is_state_mention(m) && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL))
			return m;
	}
	return NULL;
}

/* "Its imports included '36 combat aircraft from France, 36 from the USA
 * and 8 from the UK, as well as 3 frigates from Italy'": a noun of imports
 * owned by a possessive state (or "its / their": the paragraph's first
 * state), "included", then counts of goods each "from" a state: one
 * delivery per state to the owner, its goods those of its own part or,
 * with a count only, of the part before (deal.imports_included, stop 44,
 * test_extract_deal_former_owners.c). */
int rule_imports_included(dctx *d, const span *s)
{
	static const char *w_imports_n[] = {"imports", "purchases", "acquisitions", "deliveries",
					    NULL};
	static const char *w_incl_v[] = {"included", "include", "includes", NULL};
	const mention *own = NULL;
	size_t i, j, g0 = NONE, g1 = NONE;
	int rc;
	if (s->unit < 0)
		return ENT_OK;
	/* "included" first: its first letter rules out most words */
	for (i = s->t0 + 1; i + 4 < s->t1; i++)
		if (K(i + 1)[0] == 'i' && kin_local(d, i + 1, w_incl_v) &&
		    kin_local(d, i, w_imports_n))
			break;
	if (i + 4 >= s->t1 || negated(d, s, i + 1))
		return ENT_OK;
	if (kis(d, i - 1, "its") || kis(d, i - 1, "their")) {
		own = paragraph_state(d, s->unit);
	} else if (kis(d, i - 1, "'s") && i >= s->t0 + 2) {
		own = mention_at_end(d, s, i - 1);
		if (own && !own->possessive)
			own = NULL;
	}
	if (!own || !ent__is_state_mention(own) || own->gz == GZ_FIRM || own->gz == GZ_DEMONYM)
		return ENT_OK;
	for (j = i + 2; j < s->t1;) {
		size_t p0, f, e;
		const mention *x;
		span gs;
		while (j < s->t1 && (quote_mark(d, j) || kis(d, j, ",") || kis(d, j, "and") ||
				     kis(d, j, "as") || kis(d, j, "well")))
			j++;
		if (j >= s->t1 || count_at(d, j) < 0)
			break;
		p0 = j;
		for (f = j + 1; f < s->t1 && f < j + 8 && !kis(d, f, "from"); f++)
			if (d->t.v[f].kind == TK_PUNCT)
				break;
		if (f >= s->t1 || !kis(d, f, "from"))
			break;
		x = named_state(d, s, f + 1, &e);
		if (!x || x->gz == GZ_DEMONYM || x->possessive || !strcmp(x->code, own->code))
			break;
		if (f > p0 + 1) {
			g0 = p0;
			g1 = f;
		}
		if (g0 == NONE)
			break;
		gs = *s;
		narrow(d, &gs, g0, g1);
		if ((rc = emit_delivered(d, &gs, x, own, "deal.imports_included")))
			return rc;
		if (d->ncands && !d->cands[d->ncands - 1].f.year)
			d->cands[d->ncands - 1].f.year = year_in(d, s); /* the sentence's */
		j = e;
	}
	return ENT_OK;
}

/* Drop the deals and supply ties of the unit of s in which state code
 * supplies (sup, or any when NULL) recipient rec (any when NULL). */
static void drop_unit_ties(dctx *d, const span *s, const char *sup, const char *rec)
{
	size_t k;
	for (k = 0; k < d->ncands; k++) {
		cand *c = &d->cands[k];
		if (c->dropped || c->unit != s->unit ||
		    (c->f.type != ENT_FACT_DEAL && c->f.type != ENT_FACT_SUPPLY))
			continue;
		if (!c->directed) {
			if ((sup && (!strcmp(c->pair[0], sup) || !strcmp(c->pair[1], sup))) ||
			    (rec && (!strcmp(c->pair[0], rec) || !strcmp(c->pair[1], rec))))
				c->dropped = 1;
			continue;
		}
		if ((!sup || ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, sup)) &&
		    (!rec || !strcmp(c->f.recipient.s, rec)))
			c->dropped = 1;
	}
}

/* "to train Ukrainians in Britain", "Iraqis": a one-word name of a state's
 * people in the plural (ending in -ans or -is), not before a noun it
 * would qualify (stop 66). */
static int people_named(const dctx *d, const span *s, const mention *y)
{
	size_t n = d->t.v[y->t0].keylen;
	const char *k = K(y->t0);
	if (y->t1 != y->t0 + 1 || y->possessive || n < 5 || y->gz == GZ_FIRM ||
	    !ent__is_state_mention(y) ||
	    !(strcmp(k + n - 3, "ans") == 0 || strcmp(k + n - 2, "is") == 0))
		return 0;
	return y->t1 >= s->t1 || d->t.v[y->t1].kind != TK_WORD || d->t.v[y->t1].upper ||
	       KIN(d, y->t1, w_locprep);
}

/* "The UAE has deployed troops to train the Chadian soldiers", "Russia
 * and India helping train Vietnamese crews", "has been training Y's coast
 * guard personnel": a verb of training before a demonym or possessive of
 * Y and, over up to three words, a noun of armed people is a supply of
 * training to Y by the state named before the verb (not a place: "were
 * in Maldives to train"), and by a state coordinated with it (stop 35). */
int rule_trained_forces(dctx *d, const span *s)
{
	static const char *w_train_v[] = {"train", "trains", "trained", "training", NULL};
	static const char *w_armed_n[] = {
		"soldiers", "troops", "military", "forces", "crews", "pilots", "officers",
		"sailors", "personnel", "commandos", "army", "navy", "marines", "cadets",
		"servicemen", "recruits", "units", "guardsmen", NULL};
	const mention *y = NULL, *x = NULL, *xs[ENT_FACT_MAX_ACTORS];
	size_t v, j, k, n, nx;
	cand *c;
	int rc;
	for (v = find_in(d, s->t0, s->t1, w_train_v); v != NONE && !y;
	     v = find_in(d, v + 1, s->t1, w_train_v)) {
		if (v == s->t0 || d->t.v[v].upper)
			continue;
		j = v + 1 + (v + 1 < s->t1 && kis(d, v + 1, "the"));
		y = mention_at(d, s, j);
		if (y && y->t0 == j && people_named(d, s, y))
			break; /* "to train Ukrainians in Britain" (stop 66) */
		if (!y || y->t0 != j || !ent__is_state_mention(y) || y->gz == GZ_FIRM ||
		    !(y->gz == GZ_DEMONYM || y->possessive)) {
			y = NULL;
			continue;
		}
		for (j = y->t1 + (y->possessive ? 1 : 0), n = 0;
		     j < s->t1 && n < 3 && !kin_local(d, j, w_armed_n) &&
		     d->t.v[j].kind == TK_WORD && !d->t.v[j].upper;
		     j++, n++)
			;
		if (j >= s->t1 || !kin_local(d, j, w_armed_n) || negated(d, s, v))
			y = NULL;
	}
	if (!y)
		return ENT_OK;
	v = y->t0;
	for (k = s->m1; k > s->m0 && !x; k--) {
		const mention *m = M(d, k - 1);
		if (m->t1 > v || m->t0 < s->t0 || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    !strcmp(m->code, y->code))
			continue;
		if (m->t0 > s->t0 && KIN(d, m->t0 - 1, w_locprep))
			continue; /* "were in Maldives to train" */
		if (m->t0 > s->t0 && kis(d, m->t0 - 1, "to"))
			continue; /* "will send servicemen to Britain to train" */
		x = m;
	}
	if (!x)
		return ENT_OK;
	/* "Russia and India helping train", "Sweden, Finland, Canada and
	 * Denmark send instructors": the trainers listed together, one tie
	 * as with a verb of supply (stop 66) */
	nx = actors_group_before(d, s, x->t1, xs, ENT_FACT_MAX_ACTORS);
	if (nx == 0 || xs[0] != x)
		xs[0] = x, nx = 1;
	if ((rc = ent__cand_new(d, ENT_FACT_SUPPLY, s->unit, &c)))
		return rc;
	if ((rc = ent_fact_add_item(&c->f, ENT_CAT_TRAINING, "training", 8, NULL, -1)))
		return rc;
	for (k = 0; k < nx; k++)
		if (strcmp(xs[k]->code, y->code) != 0 &&
		    (xs[k] == x || (!xs[k]->possessive && xs[k]->gz != GZ_FIRM)))
			ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, xs[k]->code);
	ent_fact_sort_codes(c->f.suppliers, c->f.nsuppliers);
	ent_code_set(&c->f.recipient, y->code);
	c->directed = 1;
	c->f.year = year_in(d, s);
	c->f.confidence = 0.6;
	return emit(d, c, s, "supply.trained_forces");
}

/* "A thanked B for gifting / donating / supplying / providing /
 * delivering / handing over / sending goods", "for the gift / donation /
 * delivery of goods": B gives, A (the subject of the thanks) receives,
 * or the state after "to" when the goods go to another; a delivery.  No
 * goods ("for hosting the talks", "for its support"), no gift. */
int rule_thanked_gift(dctx *d, const span *s)
{
	static const char *w_gift_ing[] = {"gifting", "donating", "supplying", "providing",
					   "delivering", "handing", "sending", "giving", NULL};
	static const char *w_gift_noun[] = {"gift", "donation", "delivery", "supply",
					    "transfer", "gifting", NULL};
	const mention *giver, *to, *r;
	size_t v, f, g, i, k;
	/* from the states (few mentions), not over every word: "for" right
	 * after one, the word of thanks right before it (over "the") */
	for (k = s->m0; k < s->m1; k++) {
		giver = M(d, k);
		if (giver->t1 >= s->t1 || !kis(d, giver->t1, "for") || giver->t0 <= s->t0 + 1 ||
		    !ent__is_state_mention(giver) || giver->possessive)
			continue;
		v = kis(d, giver->t0 - 1, "the") ? giver->t0 - 2 : giver->t0 - 1;
		if (!kin_local(d, v, w_thank_v))
			continue;
		f = giver->t1 + 1;
		if (f < s->t1 && ly_adverb(d, f))
			f++; /* "for generously supplying" */
		if (f + 2 < s->t1 && kis(d, f, "the") && kin_local(d, f + 1, w_gift_noun) &&
		    kis(d, f + 2, "of"))
			g = f + 2;
		else if (f < s->t1 && kin_local(d, f, w_gift_ing))
			g = f;
		else
			continue;
		to = actor_before(d, s, v, 3, 0); /* "Somalia has thanked" */
		if (!to || negated(d, s, v) || negated(d, s, g))
			continue;
		for (i = g + 1; i < s->t1 && !kis(d, i, "to"); i++)
			;
		if (i < s->t1 && (r = actor_after(d, s, i + 1, 1, 0)) && !r->possessive)
			to = r; /* "donating vehicles to Somalia" */
		if (!strcmp(to->code, giver->code))
			continue;
		drop_unit_ties(d, s, to->code, giver->code);
		if (tie_known(d, giver->code, to->code, s->unit)) {
			/* "thanked B for donating / supplying": the transfer
			 * the verb of supply gave this unit is the gift, and
			 * one thanked for is done */
			for (i = 0; i < d->ncands; i++) {
				cand *o = &d->cands[i];
				if (!o->dropped && o->unit == s->unit && o->directed &&
				    o->f.type == ENT_FACT_DEAL && !strcmp(o->f.recipient.s, to->code) &&
				    ent_fact_has_code(o->f.suppliers, o->f.nsuppliers, giver->code))
					o->f.status = ENT_STATUS_DELIVERED;
			}
			return ENT_OK;
		}
		return emit_delivered(d, s, giver, to, "deal.thanked_gift");
	}
	return ENT_OK;
}

/* "The vice chief of the Indian Navy, who is on a visit to the country,
 * accompanied by the envoy in Colombo, handed over a radar to Y": a verb
 * of transfer right after a chain of parenthetical phrases (", who /
 * which ...,", ", accompanied / flanked / escorted by ...,", ", along /
 * together with ...,") takes its giver from the head of the subject
 * before them (its last state: "the Indian Navy", "India's"); a state
 * named only inside the phrases is no party of the unit's deals. */
int rule_parenthetical_giver(dctx *d, const span *s)
{
	static const char *w_paren[] = {"who", "which", "accompanied", "flanked", "escorted",
					"along", "together", NULL};
	static const char *w_give[] = {"handed", "delivered", "supplied", "gifted", "donated",
				       "transferred", "gave", "provided", "presented", "sent",
				       NULL};
	const mention *giver, *m, *r;
	size_t v, j, c, h0, k, q, i, co0, co1;
	ent_status st;
	for (v = s->t0 + 2; v < s->t1; v++) {
		if (!kis(d, v - 1, ",") || !(kin(d, v, w_supply_verb) || kin(d, v, w_buy_verb)))
			continue;
		/* walk back over the parenthetical phrases; "along / together
		 * with" states give too (along_with_suppliers) */
		for (j = v - 1, co0 = co1 = NONE;;) {
			for (c = j; c > s->t0 && !kis(d, c - 1, ","); c--)
				;
			if (c <= s->t0 + 1 || c >= j || !kin_local(d, c, w_paren))
				break;
			if ((kis(d, c, "along") || kis(d, c, "together")) && kis(d, c + 1, "with") &&
			    states_only(d, s, c + 2, j)) {
				co0 = c;
				co1 = j;
			}
			j = c - 1; /* the comma that opens the phrase */
		}
		if (j == v - 1)
			continue;
		for (h0 = j; h0 > s->t0 && !kis(d, h0 - 1, ","); h0--)
			;
		/* states named only inside the phrases are no party */
		for (k = s->m0; k < s->m1; k++) {
			m = M(d, k);
			if (m->t0 < j || m->t1 > v || !ent__is_state_mention(m) || !m->code ||
			    (co0 != NONE && m->t0 >= co0 && m->t1 <= co1))
				continue;
			for (q = s->m0; q < s->m1; q++)
				if ((M(d, q)->t0 < j || M(d, q)->t0 >= v) &&
				    ent__is_state_mention(M(d, q)) && M(d, q)->code &&
				    !strcmp(M(d, q)->code, m->code))
					break;
			if (q == s->m1) {
				drop_unit_ties(d, s, m->code, NULL);
				drop_unit_ties(d, s, NULL, m->code);
			}
		}
		if (!kin_local(d, v, w_give) || negated(d, s, v))
			return ENT_OK;
		for (giver = NULL, k = s->m0; k < s->m1; k++)
			if (M(d, k)->t0 >= h0 && M(d, k)->t1 <= j && ent__is_state_mention(M(d, k)))
				giver = M(d, k);
		for (i = v + 1, r = NULL; i < s->t1 && !r; i++)
			if (kis(d, i, "to"))
				r = actor_after(d, s, i + 1, 2, 0);
		if (!giver || !r || !giver->code || !r->code || !strcmp(giver->code, r->code) ||
		    tie_known(d, giver->code, r->code, s->unit))
			return ENT_OK;
		st = status_of(d, s);
		return emit_staged(d, s, giver, r, st ? st : ENT_STATUS_DELIVERED,
				   "deal.parenthetical_giver");
	}
	return ENT_OK;
}

/* "The submarines China is building for Egypt", "the frigates (that)
 * Turkey built for Pakistan", "the jets France is supplying to India": a
 * state right after goods (over "that/which"), an auxiliary or two, a
 * participle of building or supplying and "for"/"to" a state is a
 * reduced relative clause: the first supplies, the second receives,
 * whatever the main clause's verb makes of them; at the main clause's
 * stage. */
int rule_built_relative(dctx *d, const span *s)
{
	static const char *w_aux[] = {"is", "was", "are", "were", "has", "have", "had", "been",
				      "being", "will", "be", NULL};
	static const char *w_make[] = {"building", "built", "making", "made", "constructing",
				       "constructed", "supplying", "supplied", "delivering",
				       "delivered", "providing", "provided", "producing",
				       "produced", NULL};
	const mention *m, *w, *r;
	size_t k, i, v;
	ent_status st;
	int rc;
	for (k = s->m0 + 1; k < s->m1; k++) {
		m = M(d, k);
		w = M(d, k - 1);
		if (!ent__is_state_mention(m) || m->possessive || w->kind != MK_ACTOR ||
		    w->gz != GZ_WEAPON)
			continue;
		i = w->t1;
		if (i < m->t0 && (kis(d, i, "that") || kis(d, i, "which")))
			i++;
		if (i != m->t0)
			continue;
		for (v = m->t1; v < s->t1 && v < m->t1 + 2 && kin_local(d, v, w_aux); v++)
			;
		if (v + 1 >= s->t1 || !kin_local(d, v, w_make) ||
		    !(kis(d, v + 1, "for") || kis(d, v + 1, "to")))
			continue;
		r = actor_after(d, s, v + 2, 1, 0);
		if (!r || !m->code || !r->code || !strcmp(m->code, r->code) || negated(d, s, v))
			continue;
		drop_unit_ties(d, s, r->code, m->code);
		if (tie_known(d, m->code, r->code, s->unit))
			continue;
		st = status_of(d, s);
		if ((rc = emit_staged(d, s, m, r, st, "deal.built_relative")))
			return rc;
	}
	return ENT_OK;
}

/* "The first batch of six A-29 aircraft has departed the United States
 * for Nigeria / en route (to) Nigeria": a batch (consignment, shipment,
 * lot, tranche) of goods that departs or leaves a state for another is a
 * delivery from the one to the other, of the year the sentence names.  A
 * ship that departs a port for a visit is no batch. */
int rule_departed_batch(dctx *d, const span *s)
{
	static const char *w_depart[] = {"departed", "left", NULL};
	static const char *w_lot[] = {"batch", "consignment", "shipment", "lot", "tranche", NULL};
	const mention *from, *to = NULL;
	size_t v, i, k;
	int lot = 0;
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
	return emit_delivered(d, s, from, to, "deal.departed_batch");
}

/* Is weapon g the object of "with" after the verb of arriving v and its
 * place ("arrived in Niger with an air defence system and other
 * equipment"), over an article and up to two small words? */
static int with_goods(const dctx *d, const span *s, size_t v, const mention *g)
{
	size_t i;
	for (i = g->t0; i > v && i + 5 > g->t0; i--)
		if (kis(d, i - 1, "with"))
			return i - 1 > v + 2;
		else if (d->t.v[i - 1].kind != TK_WORD || d->t.v[i - 1].upper)
			return 0;
	return 0;
}

/* Past "at (in) <a place named in capitals>" from token i ("arrived at
 * Sembawang Air Base from France", stop 59): the token after the place,
 * or i when no such place starts there. */
static size_t past_named_place(const dctx *d, const span *s, size_t i)
{
	size_t j = i + 1, n = 0;
	if (i + 2 >= s->t1 || !(kis(d, i, "at") || kis(d, i, "in")))
		return i;
	if (kis(d, j, "the"))
		j++;
	while (j < s->t1 && n < 5 && d->t.v[j].kind == TK_WORD && d->t.v[j].upper &&
	       !mention_at(d, s, j)) {
		j++;
		n++;
	}
	return n && j < s->t1 && kis(d, j, "from") ? j : i;
}

/* Goods that do not visit when they arrive: air defence, armour,
 * artillery, radars, small arms, electronic warfare (rule_arrived_goods). */
static int staying_goods(const mention *g)
{
	return g->category == ENT_CAT_AIR_DEFENCE || g->category == ENT_CAT_ARMOURED_VEHICLE ||
	       g->category == ENT_CAT_ARTILLERY || g->category == ENT_CAT_RADAR ||
	       g->category == ENT_CAT_SMALL_ARMS || g->category == ENT_CAT_ELECTRONIC_WARFARE;
}

/* "The first F-16 jets from Denmark arrived in Ukraine", "The first batch
 * of Chinese-made J-10C fighters has arrived (landed) in Pakistan", "The first
 * Rafale jets arrived in India from France": goods (a weapon, at most ten
 * tokens before the verb) that arrive "in" a state are a delivery to it.
 * The seller is the state "from" which they come (after the goods or after
 * the place), else a demonym or "X-made" on the goods, else the maker of
 * their design.  Goods that may only be visiting need a mark of transfer:
 * "from X", or a first batch, shipment or lot; a sentence of exercises,
 * visits, deployments or missions is none.  "will arrive", "expected to
 * arrive" is reported, not delivered. */
int rule_arrived_goods(dctx *d, const span *s)
{
	static const char *w_arrive[] = {"arrived", "arrive", "arrives", "landed", "lands",
					 "unloaded", "offloaded", "reached", "reaches",
					 "commissioned", "inducted", "entered", "joined", NULL};
	static const char *w_lot[] = {"batch", "consignment", "shipment", "shipments", "lot",
				      "tranche", "first", "delivery", "deliveries", NULL};
	static const char *w_stay[] = {"visit", "visits", "port", "call", "deployment", "deployed",
				       "rotation", "mission", "policing", "patrol", "patrols",
				       "patrolling",
				       "goodwill", "troops", "soldiers", "crews", "show", "airshow",
				       "exhibition", "parade", NULL};
	const mention *g = NULL, *to, *from = NULL, *m;
	size_t v = NONE, i, k, gk = 0;
	mention mk;
	int lot = 0;
	int with = 0;
	int owned = 0; /* the receiver owns the goods: "Y's jets arrived from X" */
	int marked = 0; /* "from X" or "X-built" names the seller */
	for (k = s->m0; k < s->m1 && v == NONE; k++) {
		m = M(d, k);
		if (m->kind != MK_ACTOR || m->gz != GZ_WEAPON)
			continue;
		v = find_local(d, m->t1, m->t1 + 10 < s->t1 ? m->t1 + 10 : s->t1, w_arrive);
		g = m;
		gk = k;
	}
	if (v == NONE) {
		/* "Russian military instructors have arrived in Niger with an air
		 * defence system": the goods after "with", the makers' demonym
		 * on the people who bring them */
		v = find_local(d, s->t0, s->t1, w_arrive);
		g = NULL;
		for (k = s->m0; v != NONE && k < s->m1 && !g; k++) {
			m = M(d, k);
			if (m->kind == MK_ACTOR && m->gz == GZ_WEAPON && m->t0 > v + 3 &&
			    m->t0 < v + 12 && with_goods(d, s, v, m))
				g = m, gk = k, with = 1;
		}
		if (!g)
			return ENT_OK;
	}
	if (v == NONE || negated(d, s, v) || find_in(d, s->t0, s->t1, w_exercise) != NONE)
		return ENT_OK;
	/* a port call, a visit, troops: no goods; goods "unloaded at the
	 * port" are cargo */
	for (i = find_local(d, s->t0, s->t1, w_stay); i != NONE;
	     i = find_local(d, i + 1, s->t1, w_stay))
		if (!(kis(d, i, "port") && (kis(d, v, "unloaded") || kis(d, v, "offloaded"))) &&
		    !(i >= g->t0 && i < g->t1)) /* "patrol boats" are the goods */
			return ENT_OK;
	for (i = g->t1; i < v; i++)
		if (d->t.v[i].kind == TK_PUNCT && !kis(d, i, "-") &&
		    !(kis(d, i, ",") && i + 2 >= v && i + 1 < v && !d->t.v[i + 1].upper &&
		      !kis(d, i + 1, "which") && !kis(d, i + 1, "that")))
			return ENT_OK; /* "jets, which arrived in ...": another clause
					* (not "air defence system, trainers arrive") */
	/* "The first 6 of 24 Rafale jets for Greece's Air Force arrived in
	 * the country on Wednesday": the state after "for" between the goods
	 * and the verb receives (stop 49) */
	const mention *for_to = NULL;
	for (i = g->t1; i + 1 < v && !for_to; i++) {
		if (!kis(d, i, "for"))
			continue;
		if ((for_to = actor_after(d, s, i + 1, 1, 1)) != NULL &&
		    (for_to->t1 > v || !ent__is_state_mention(for_to) || for_to->gz == GZ_FIRM))
			for_to = NULL;
		/* "the first C-390 for the Portuguese Air Force arrived at
		 * Beja": a demonym on the forces (stop 59) */
		if (!for_to && (for_to = forces_named(d, s, i + 1)) != NULL && for_to->t1 >= v)
			for_to = NULL;
	}
	i = v + 1;
	/* "was commissioned (inducted) into the Ivorian navy", "entered
	 * service with the Paraguayan navy": taken into a state's forces, a
	 * transfer made; "reached Jordan" (stop 54) */
	if (kis(d, v, "commissioned") || kis(d, v, "inducted") || kis(d, v, "entered")) {
		if (kis(d, v, "entered") && i + 1 < s->t1 && kis(d, i, "service") &&
		    kis(d, i + 1, "with"))
			i += 2;
		else if (i < s->t1 && kis(d, i, "into"))
			i++;
		else if (i < s->t1 && kis(d, i, "by") && !kis(d, v, "entered") &&
			 KIN(d, v - 1, w_be))
			i++; /* "was commissioned by the Yn Coast Guard" (stop 61) */
		else
			return ENT_OK;
		if (!(to = forces_named(d, s, i)))
			return ENT_OK;
		lot = 1;
	} else if (kis(d, v, "joined")) {
		/* "A Chinese-built patrol ship joined the Mauritanian navy": a
		 * state's forces as the object; a ship that may only be sailing
		 * with them needs its seller marked ("X-built", "from X"), other
		 * goods may have their design's maker ("F-16 aircraft joined
		 * the Pakistani fleet", stop 60) */
		if (!(to = forces_named(d, s, i)))
			return ENT_OK;
		marked = g->category == ENT_CAT_NAVAL;
		lot = 1;
	} else if ((i = past_named_place(d, s, i)) + 1 < s->t1 && kis(d, i, "from") &&
		   g->t0 >= s->t0 + 2 &&
		   (m = possessor_over(d, s, g->t0, s->t0)) && ent__is_state_mention(m) &&
		   m->gz != GZ_FIRM) {
		/* "Uruguay's Super Tucano jets arrived from Brazil": the owner
		 * of the goods receives them from the state after "from" */
		to = m;
		owned = 1;
	} else if (kis(d, v, "reached") || kis(d, v, "reaches")) {
		to = actor_after(d, s, i, 1, 1);
		if (to && to->t0 != i + (i < s->t1 && kis(d, i, "the") ? 1 : 0))
			to = NULL;
	} else if (for_to &&
		   !(i + 1 < s->t1 && kis(d, i, "in") && actor_after(d, s, i + 1, 1, 1))) {
		to = for_to;
	} else if (i < s->t1 && kis(d, i, "in")) {
		to = actor_after(d, s, i + 1, 1, 1);
	} else if (i + 2 < s->t1 && kis(d, i, "at") && kis(d, i + 1, "the")) {
		/* "were unloaded at the Polish port city of Gdynia": a place
		 * of the state the demonym names */
		static const char *w_site[] = {"port", "city", "base", "airport", "airbase",
					       "harbour", "harbor", "naval", "air", NULL};
		to = actor_after(d, s, i + 2, 0, 0);
		if (to && !(to->t1 < s->t1 && kin_local(d, to->t1, w_site)))
			to = NULL;
	} else {
		return ENT_OK;
	}
	if (!to || (to->possessive && to != for_to && !owned))
		return ENT_OK;
	/* "from X" between the goods and the verb, or after the place */
	for (k = s->m0; k < s->m1 && !from; k++) {
		m = M(d, k);
		if (m->t0 >= 2 && m->t0 > g->t1 && m->t0 < v + 8 && m != to &&
		    ent__is_state_mention(m) && !m->possessive &&
		    (kis(d, m->t0 - 1, "from") ||
		     (kis(d, m->t0 - 1, "the") && kis(d, m->t0 - 2, "from")) ||
		     given_by_before(d, s, m))) /* "two patrol boats donated by X arrived" */
			from = m;
	}
	for (i = g->t0 > s->t0 + 6 ? g->t0 - 6 : s->t0; i < g->t0 && !lot; i++)
		lot = kin_local(d, i, w_lot);
	/* goods that do not visit (air defence, armour, artillery, radars,
	 * small arms) need no mark of transfer to arrive; ships and aircraft
	 * may only be calling, missiles land as strikes; one such of a list
	 * of goods before the verb will do ("Russian military trainers and
	 * air defence system arrive in Niger", stop 60) */
	for (k = gk; !from && !lot && !staying_goods(g) && k + 1 < s->m1 && M(d, k + 1)->t1 <= v;
	     k++)
		if (M(d, k + 1)->kind == MK_ACTOR && M(d, k + 1)->gz == GZ_WEAPON &&
		    staying_goods(M(d, k + 1)) &&
		    (kis(d, M(d, k + 1)->t0 - 1, "and") ||
		     (KIN(d, M(d, k + 1)->t0 - 1, w_det) && kis(d, M(d, k + 1)->t0 - 2, "and"))))
			g = M(d, k + 1);
	if (!from && !lot && (!staying_goods(g) || kis(d, v, "landed") || kis(d, v, "lands")))
		return ENT_OK; /* not "a missile went astray and landed in Y" */
	for (k = s->m0; k < gk + 1 && !from; k++) {
		m = M(d, k);
		if (m->t1 <= g->t0 && m->t1 + 4 >= g->t0 && ent__is_state_mention(m) &&
		    ((m->gz == GZ_DEMONYM && qualifies_weapon(d, s, k) && !marked) ||
		     made_in(d, s, m)))
			from = m;
	}
	for (k = s->m0; k < s->m1 && !from && with; k++) {
		m = M(d, k);
		if (m->t1 <= v && m->gz == GZ_DEMONYM && ent__is_state_mention(m) && m->t0 == s->t0 +
		    (kis(d, s->t0, "the") ? 1 : 0))
			from = m; /* "Russian military instructors have arrived" */
	}
	if (!from && g->canon && g->code && !bloc_supplied(d, s, g) && !marked) {
		code_mention(&mk, g->code);
		from = &mk;
	}
	if (!from || !from->code || !to->code || !strcmp(from->code, to->code))
		return ENT_OK;
	for (i = v > s->t0 + 3 ? v - 3 : s->t0; i < v; i++)
		if (kis(d, i, "will") || kis(d, i, "expected") || kis(d, i, "due") ||
		    kis(d, i, "scheduled") || kis(d, i, "set"))
			return emit_staged(d, s, from, to, ENT_STATUS_REPORTED, "deal.arrived");
	return emit_delivered(d, s, from, to, "deal.arrived");
}

/* "the United States just presented to the Lebanese Army three Huey 2
 * helicopters as a gift": "presented to" a state (a demonym on its forces
 * too), then, within four words after the state and its forces' noun and
 * no mark, goods: a gift from the state before the verb (stop 45,
 * test_extract_deal_signed_roles.c); so are goods after "presented (the)
 * Y's forces with" (stop 57). */
static int presented_to_first(dctx *d, const span *s, const char *const *w_present)
{
	static const char *w_forces[] = {"army", "navy", "military", "forces", "air", "force",
					 "armed", "coast", "guard", "police", NULL};
	const mention *to, *from;
	size_t v, j, k, q;
	for (v = find_local(d, s->t0, s->t1, w_present); v != NONE;
	     v = find_local(d, v + 1, s->t1, w_present)) {
		int with;
		if (v + 3 >= s->t1 || negated(d, s, v))
			continue;
		/* "presented (the) Y('s army) with goods": the state first,
		 * its goods after "with" (stop 57) */
		with = !kis(d, v + 1, "to");
		to = actor_after(d, s, v + 1 + !with, 1, 0);
		if (!to || !ent__is_state_mention(to) || to->gz == GZ_FIRM || to->possessive ||
		    (with && to->t0 > v + 1 && !kis(d, v + 1, "the")))
			continue;
		for (j = to->t1; j < s->t1 && j < to->t1 + 3 && kin_local(d, j, w_forces); j++)
			;
		if (with && !(j + 1 < s->t1 && kis(d, j, "with") && j++))
			continue;
		for (k = s->m0; k < s->m1; k++) {
			const mention *g = M(d, k);
			if (g->t0 < j || g->kind != MK_ACTOR || g->gz != GZ_WEAPON)
				continue;
			if (g->t0 > j + 4)
				break;
			for (q = j; q < g->t0 && d->t.v[q].kind != TK_PUNCT; q++)
				;
			if (q < g->t0)
				break;
			from = actor_before(d, s, v, 20, 0);
			if (!from || from->gz == GZ_FIRM || !strcmp(from->code, to->code))
				return ENT_OK;
			return emit_delivered(d, s, from, to, "deal.presented");
		}
	}
	return ENT_OK;
}

/* "As part of India's commitment ..., the Air Chief presented AN-32
 * propellers to the Sri Lankan Air Force", "Britain presented two radars
 * to Kenya": goods right after "presented" (over a count, an article or
 * an adjective; not "its plan for", "a report on") and "to" a state are
 * a gift from the state before the verb (the subject, or the state whose
 * commitment or programme the sentence names, within twenty tokens). */
int rule_presented_goods(dctx *d, const span *s)
{
	static const char *w_present[] = {"presented", "presents", NULL};
	static const char *w_not_gift[] = {"of", "on", "about", "for", "regarding", "over", "its",
					   "their", "his", "her", NULL};
	const mention *g = NULL, *to = NULL, *from;
	size_t v, i, k;
	/* from the goods (few mentions): the verb up to four tokens before */
	for (k = s->m0, v = NONE; k < s->m1 && v == NONE; k++) {
		g = M(d, k);
		if (g->kind == MK_ACTOR && g->gz == GZ_WEAPON)
			v = find_local(d, g->t0 > s->t0 + 4 ? g->t0 - 4 : s->t0, g->t0, w_present);
	}
	if (v == NONE)
		return presented_to_first(d, s, w_present);
	if (negated(d, s, v))
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
	return emit_delivered(d, s, from, to, "deal.presented");
}

/* "Colombia chose Saab's Gripen over Dassault's Rafale", "Egypt selected
 * the Rafale over the F-16": the state that chooses one seller's goods over
 * a rival's buys them from the chosen one (status reported: a choice, no
 * contract yet); the rival after "over" is no party (rival_party) and its
 * goods no goods (weapon_is_rival).  Without a rival ("Switzerland
 * selected the F-35 as its next fighter", "Colombia has picked Saab's
 * Gripen E"), the chosen goods must follow the verb closely, before a
 * comma or "as / to / for", and name their maker (a designation, a firm or
 * "X's").  Not a passive ("was selected by"), nor a choice of no goods
 * ("selected for the final round").  A sentence with a word of deal, sale
 * or purchase is rule_deal's. */
/* Past "an upgraded (a modified, a new) version of (the)" at token j: the
 * first token of the goods; j when there is no such phrase. */
static size_t version_of(const dctx *d, const span *s, size_t j)
{
	size_t q = j, n;
	if (q < s->t1 && (kis(d, q, "a") || kis(d, q, "an") || kis(d, q, "the")))
		q++;
	for (n = 0; q < s->t1 && n < 2 && d->t.v[q].kind == TK_WORD && !d->t.v[q].upper &&
		    !kis(d, q, "version");
	     q++, n++)
		;
	if (q + 1 >= s->t1 || !kis(d, q, "version") || !kis(d, q + 1, "of"))
		return j;
	q += 2;
	return q < s->t1 && kis(d, q, "the") ? q + 1 : q;
}

int rule_chose_over(dctx *d, const span *s)
{
	/* "opted for" (stop 64) */
	static const char *w_choose[] = {"chose", "chooses", "selected", "selects", "picked",
					 "picks", "preferred", "prefers", "opted", NULL};
	static const char *w_end[] = {",", ";", "as", "to", "for", "after", "because", NULL};
	const mention *g = NULL, *rival = NULL, *y;
	size_t o, v, k, e;
	if (!contest_in(d, s))
		return ENT_OK; /* no word of choice */
	v = find_local(d, s->t0 + 1, s->t1, w_choose);
	if (v != NONE && v > s->t0 + 4 && (kis(d, v - 1, "been") || KIN(d, v - 1, w_be)) &&
	    !(v + 1 < s->t1 && kis(d, v + 1, "by")) && !negated(d, s, v)) {
		/* "In April 2015, Poland announced that the H225M Caracal had
		 * been selected to meet a requirement": a passive told after
		 * "that" by a state, the system before it (stop 44) */
		static const char *w_tell[] = {"announced", "announces", "said", "says",
					       "confirmed", "confirms", "declared", NULL};
		size_t th;
		for (th = v - 1; th > s->t0 + 1 && th + 10 > v && !kis(d, th, "that"); th--)
			;
		if (!kis(d, th, "that") || !kin_local(d, th - 1, w_tell))
			return ENT_OK;
		g = system_in(d, s, th + 1, v);
		y = actor_before(d, s, th - 1, 6, 1);
		if (!g || !y || !ent__is_state_mention(y) || y->gz == GZ_FIRM ||
		    !strcmp(y->code, g->code))
			return ENT_OK;
		return emit_staged(d, s, g, y, ENT_STATUS_REPORTED, "deal.chosen");
	}
	if (v == NONE || negated(d, s, v) || find_in(d, s->t0, s->t1, w_deal_noun) != NONE ||
	    find_in(d, s->t0, s->t1, w_supply_verb) != NONE ||
	    find_in(d, s->t0, s->t1, w_buy_verb) != NONE)
		return ENT_OK;
	if (kis(d, v, "opted")) {
		if (v + 2 >= s->t1 || !kis(d, v + 1, "for"))
			return ENT_OK;
		v++; /* the goods follow "for" */
	}
	for (o = v + 1; o + 1 < s->t1 && o <= v + 8; o++)
		if (kis(d, o, "over"))
			break;
	if (o + 1 >= s->t1 || o > v + 8 || !kis(d, o, "over")) {
		/* no rival: the goods end at the first word that closes them
		 * ("selected an upgraded version of the Yn Navy's Mogami-class
		 * as": past the words of a version) */
		size_t g0 = version_of(d, s, v + 1);
		o = NONE;
		if (v + 1 < s->t1 && kis(d, v + 1, "by"))
			return ENT_OK; /* "was selected by X" */
		for (e = g0; e < s->t1 && e <= g0 + (g0 == v + 1 ? 6 : 12) && !kin(d, e, w_end); e++)
			;
	} else {
		e = o;
	}
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->kind != MK_ACTOR || !m->code)
			continue;
		if (!g && m->t0 > v && m->t1 <= e &&
		    (m->gz == GZ_WEAPON || m->gz == GZ_FIRM ||
		     (o != NONE && m->gz == GZ_DEMONYM && qualifies_weapon(d, s, k)) ||
		     (ent__is_state_mention(m) && m->possessive)))
			g = m;
		if (o != NONE && !rival && m->t0 > o && m->t0 <= o + 3)
			rival = m;
	}
	y = actor_before(d, s, v, 8, 1);
	if (!y && (y = actor_before(d, s, v, 8, 0)) != NULL &&
	    !(y->gz == GZ_DEMONYM && y->t1 < v && KIN(d, y->t1, w_gov_noun)))
		y = NULL; /* "The Australian government has selected" */
	if (!g || (o != NONE && !rival) || !y || !ent__is_state_mention(y) || y->gz == GZ_FIRM ||
	    !strcmp(y->code, g->code))
		return ENT_OK;
	if (o == NONE && g->gz == GZ_WEAPON && !g->canon)
		return ENT_OK; /* "selected the jets": goods of no make */
	const char *rule = o != NONE ? "deal.chosen_over" : "deal.chosen";
	const mention *co = co_maker(d, s, g); /* "the Franco-Italian SAMP-T" */
	if (!co && g->gz == GZ_WEAPON) {
		/* the pair before a designation names its two makers */
		for (k = s->m0; k < s->m1 && !co; k++) {
			const mention *m = M(d, k);
			if (m->gz == GZ_DEMONYM && m->t1 + 2 == g->t0 && (co = co_maker(d, s, m)))
				g = m;
		}
	}
	int rc = emit_staged_with(d, s, g, co, y, ENT_STATUS_REPORTED, rule);
	/* "as countries such as A and B opted for US Patriots": each of the
	 * pair chose (stop 64) */
	const mention *pf = rc ? NULL : pair_first(d, s, y);
	if (pf && !pf->possessive && pf->gz != GZ_FIRM && strcmp(pf->code, g->code) != 0 &&
	    strcmp(pf->code, y->code) != 0)
		rc = emit_staged_with(d, s, g, co, pf, ENT_STATUS_REPORTED, rule);
	return rc;
}

/* A kind of goods a deal is about (not training, maintenance, technology
 * transfer or goods of no stated kind). */
int main_kind(int cat)
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

/* Split deal candidate ci into one deal per kind marked in kinds: each
 * kind but first goes to a copy with no value; ci keeps first (and the
 * goods of kinds not split off), and loses its value when drop_value. */
static int split_into_kinds(dctx *d, size_t ci, const span *s, const int *kinds, int first,
			    int drop_value)
{
	int cat, rc;
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
	if (drop_value)
		memset(&d->cands[ci].f.value, 0, sizeof d->cands[ci].f.value);
	return ENT_OK;
}

/* "approved the sale of ammunition and logistics support in two separate
 * deals", "signed two contracts to buy frigates and trainers": does the
 * span speak of several deals (a number from two, or "separate", before a
 * plural deal noun)? */
static int several_deals(const dctx *d, const span *s)
{
	static const char *w_deals[] = {"deals", "contracts", "agreements", "packages", NULL};
	static const char *w_buys[] = {"purchases", "orders", "acquisitions", "deals",
				       "contracts", "imports", NULL};
	static const char *w_include[] = {"include", "included", "including", NULL};
	size_t i;
	for (i = s->t0 + 1; i < s->t1; i++) {
		size_t j = i - 1;
		if (kin_local(d, j, w_buys)) {
			/* "key purchases include A, B and C", "key orders in
			 * the past five years include" */
			size_t q;
			for (q = i; q < s->t1 && q < i + 7 && d->t.v[q].kind != TK_PUNCT &&
				    !kin_local(d, q, w_include);
			     q++)
				;
			if (q < s->t1 && q < i + 7 && kin_local(d, q, w_include))
				return 1;
		}
		if (!kin_local(d, i, w_deals))
			continue;
		if (kis(d, j, "separate") && j > s->t0 && !kis(d, j - 1, "two") &&
		    !KIN(d, j - 1, w_numwords))
			return 1;
		if (kis(d, j, "separate") && j > s->t0)
			j--;
		if (KIN(d, j, w_numwords))
			return 1;
		if (KIN(d, j, w_sign) && kis(d, i + 1, "with"))
			return 1; /* "signed agreements with X to buy" */
	}
	return 0;
}

/* Does the span name no contract (deal, contract, agreement, package,
 * order, sale)?  Then a list of named systems is no one contract's. */
static int no_contract_noun(const dctx *d, const span *s)
{
	static const char *w_contract_n[] = {"deal",	  "deals",	"contract", "contracts",
					     "agreement", "agreements", "package",  "packages",
					     "order",	  "orders",	"sale",	    "sales", NULL};
	return find_in(d, s->t0, s->t1, w_contract_n) == NONE;
}

/* A deal of several kinds of goods in a span that speaks of several deals
 * (several_deals: "two deals", "separate contracts", a plural deal noun
 * after a verb of signing and before "with": "signed agreements with
 * X"), or of systems of three main kinds named by their designations, is
 * one deal per kind, counted or not, support goods (training,
 * maintenance) a kind of their own; the price, one sum for all, stays
 * with none.  Three named systems or more of two main kinds in a span
 * with no contract noun are two purchases too. */
static int split_several_deals(dctx *d, const span *s, size_t from)
{
	size_t ci, n = d->ncands, t;
	int rc, several = -1;
	for (ci = from; ci < n; ci++) {
		int kinds[ENT_CAT__COUNT] = {0}, named[ENT_CAT__COUNT] = {0}, nk = 0, nmain = 0,
		    cat, first = -1, ndesig = 0;
		const cand *c = &d->cands[ci];
		if (c->dropped || c->anaphoric || c->f.type != ENT_FACT_DEAL || !c->directed ||
		    c->f.nitems < 2)
			continue;
		for (t = 0; t < c->f.nitems; t++) {
			cat = (int)c->f.items[t].category;
			if (cat == ENT_CAT_OTHER)
				continue;
			if (first < 0)
				first = cat;
			if (!kinds[cat]++)
				nk++;
		}
		if (nk < 2)
			continue;
		/* systems named by designation of three main kinds or more
		 * ("including Abrams tanks, F-35 fighters and Patriot systems")
		 * are several purchases, whatever the sentence says */
		for (t = 0; t < c->f.nitems; t++)
			if (c->f.items[t].designation) {
				named[(int)c->f.items[t].category] = 1;
				ndesig++;
			}
		for (cat = 0; cat < ENT_CAT__COUNT; cat++)
			nmain += named[cat] && main_kind(cat);
		if (nmain == 2 && ndesig >= 3 && no_contract_noun(d, s))
			nmain = 3; /* "bought S-300s, MiG-29s and Ka-52s" */
		if (nmain < 3) {
			if (several < 0)
				several = several_deals(d, s);
			if (!several)
				continue;
		}
		if ((rc = split_into_kinds(d, ci, s, kinds, first, 1)))
			return rc;
	}
	return ENT_OK;
}

/* "Since 2015 it has bought 24 Rafale jets, a FREMM frigate and two
 * Mistrals", "will receive 1,000 tanks, 600 howitzers and 48 FA-50 jets
 * under these contracts": a purchase of goods of several kinds that no
 * single contract noun holds together is one deal per kind of counted
 * goods (the goods of other kinds, training or maintenance stay with the
 * first kind).  A price stays with the first kind, unless the sentence
 * names several sums. */
int split_goods_kinds(dctx *d, const span *s, size_t from)
{
	static const char *w_one_contract[] = {"deal", "contract", "agreement", "package",
					       "order", "sale", "purchase", "acquisition",
					       "include", "includes", "included", "including",
					       "comprise", "comprising", "consisting", NULL};
	size_t ci, n = d->ncands, t, k, nmoney = 0;
	int rc, scanned = 0;
	if ((rc = split_several_deals(d, s, from)))
		return rc;
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
		if ((rc = split_into_kinds(d, ci, s, kinds, first, nmoney >= 2)))
			return rc;
	}
	return ENT_OK;
}

/* "X is the third country to have bought these tanks from Y after A and
 * B", "X became the second buyer after A to order ...": the states listed
 * after "after" (names, "and" and commas between) bought the same goods
 * from the same seller before: one deal each, with the deal's goods but no
 * price, year or stage.  Only with an ordinal before a noun
 * of buyers and a deal of this unit with one seller, or a pair of which
 * the state right before "the <ordinal>" buys ("..., making B the third
 * foreign buyer of this system after C and D"). */
int earlier_buyers(dctx *d, const span *s, size_t from)
{
	const mention *list[ENT_FACT_MAX_ACTORS];
	size_t i, j, k, nl = 0, n = d->ncands, ci = NONE;
	int rc, giver;
	for (k = from; k < n && ci == NONE; k++) {
		const cand *c = &d->cands[k];
		if (!c->dropped && c->unit == s->unit &&
		    (c->f.type == ENT_FACT_DEAL || c->f.type == ENT_FACT_SUPPLY) &&
		    ((c->directed && c->f.nsuppliers == 1 && c->f.recipient.s[0]) ||
		     (!c->directed && c->pair[0][0] && c->pair[1][0])))
			ci = k;
	}
	if (ci == NONE)
		return ENT_OK; /* most units state no deal */
	for (j = s->t0 + 3; j + 1 < s->t1 && !(K(j)[0] == 'a' && kis(d, j, "after")) &&
			    !(K(j)[0] == 'f' && kis(d, j, "following"));
	     j++)
		;
	if (j + 1 >= s->t1)
		return ENT_OK;
	if ((i = ordinal_buyer_before(d, s, j)) == NONE)
		return ENT_OK;
	if (!d->cands[ci].directed) {
		/* "A and B signed a contract to supply ..., making B the third
		 * buyer after C": the state right before the ordinal ("B
		 * the") buys, the other of the pair sells */
		cand *c = &d->cands[ci];
		const mention *b = NULL;
		int w;
		for (k = s->m0; k < s->m1 && i >= s->t0 + 2 && kis(d, i - 1, "the"); k++)
			if (M(d, k)->t1 == i - 1)
				b = M(d, k);
		if (!b) {
			/* "Vietnam is Russia's sixth customer country":
			 * the possessor of the ordinal sells, the other of the
			 * pair buys (stop 62) */
			for (k = s->m0; k < s->m1; k++) {
				const mention *o = M(d, k);
				if (o->possessive && o->t1 < i && o->t1 + 2 >= i &&
				    ent__is_state_mention(o) && o->gz != GZ_FIRM)
					b = o;
			}
			w = !b ? -1
			       : !strcmp(b->code, c->pair[0]) ? 1
			       : !strcmp(b->code, c->pair[1]) ? 0
							       : -1;
			if (w < 0)
				return ENT_OK;
			b = NULL;
		} else {
			if (!ent__is_state_mention(b) || b->possessive)
				return ENT_OK;
			w = !strcmp(b->code, c->pair[0])   ? 0
			    : !strcmp(b->code, c->pair[1]) ? 1
							   : -1;
			if (w < 0)
				return ENT_OK;
		}
		ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, c->pair[1 - w]);
		ent_code_set(&c->f.recipient, c->pair[w]);
		c->directed = 1;
	}
	for (j++; j < s->t1 && nl < ENT_FACT_MAX_ACTORS;) {
		const mention *m;
		if (kis(d, j, "the") && j + 1 < s->t1)
			j++; /* "after Denmark and the Netherlands" (stop 59) */
		if ((kis(d, j, "neighboring") || kis(d, j, "neighbouring")) && j + 1 < s->t1)
			j++; /* "..., Myanmar, and neighboring Laos" (stop 62) */
		m = mention_at(d, s, j);
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
	{
		/* "Norway has become the third nation after Denmark to pledge
		 * to provide Ukraine with F-16s": the subject before the
		 * ordinal gives, so those listed gave before (stop 59) */
		const mention *sb = actor_before(d, s, i, 8, 1);
		giver = sb && !sb->possessive && d->cands[ci].directed &&
			!strcmp(sb->code, d->cands[ci].f.suppliers[0].s);
	}
	for (k = 0; k < nl; k++) {
		cand *one;
		const cand *c = &d->cands[ci];
		if (!strcmp(list[k]->code, c->f.recipient.s) ||
		    !strcmp(list[k]->code, c->f.suppliers[0].s) ||
		    (!giver && tie_known(d, c->f.suppliers[0].s, list[k]->code, s->unit)) ||
		    (giver && tie_known(d, list[k]->code, c->f.recipient.s, s->unit)))
			continue;
		if ((rc = cand_clone(d, ci, s->unit, &one)))
			return rc;
		if (giver) {
			one->f.nsuppliers = 0;
			ent_fact_add_code(one->f.suppliers, &one->f.nsuppliers, list[k]->code);
		} else {
			ent_code_set(&one->f.recipient, list[k]->code);
		}
		memset(&one->f.value, 0, sizeof one->f.value);
		one->f.year = 0;
		one->f.status = ENT_STATUS_NONE;
		one->directed = 1;
	}
	return ENT_OK;
}

/* "The US and India will co-produce Stryker armoured vehicles", "X and Y
 * are to jointly build K9 howitzers": two states that make a system
 * together, one of them its maker (the weapons table's origin), are a
 * transfer of technology from the maker to the other, with the system as
 * goods: reported when planned ("will", "are to"), signed when "agreed
 * to"; the present tense ("X and Y co-produce Z") is a standing venture. */
int rule_coproduce_pair(dctx *d, const span *s)
{
	static const char *w_coprod[] = {"co-produce", "co-produced", "co-produces",
					 "co-producing", "coproduce", "co-develop",
					 "co-developed", "co-develops", "co-manufacture", NULL};
	static const char *w_make[] = {"produce", "produced", "manufacture", "manufactured",
				       "build", "built", "develop", "developed", NULL};
	const mention *g = NULL, *group[4], *other = NULL;
	size_t v = NONE, ve = NONE, i, k, n;
	static const char *w_agreed[] = {"agreed", "agree", "agrees", NULL};
	int planned;
	/* from the goods (few mentions): the verb up to four tokens before */
	for (k = s->m0; k < s->m1 && v == NONE; k++) {
		g = M(d, k);
		if (g->kind != MK_ACTOR || g->gz != GZ_WEAPON || !g->canon || !g->code)
			continue;
		for (i = g->t0 > s->t0 + 4 ? g->t0 - 4 : s->t0; i < g->t0 && v == NONE; i++) {
			if (kin_local(d, i, w_coprod))
				v = i;
			else if (i > s->t0 && kis(d, i - 1, "jointly") && kin_local(d, i, w_make))
				v = i - 1; /* "jointly build" */
			else if (i > s->t0 + 1 && kis(d, i - 1, "-") && kis(d, i - 2, "co") &&
				 kin_local(d, i, w_make))
				v = i - 2; /* "co-produce" split at the hyphen */
			if (v != NONE)
				ve = i;
		}
	}
	if (v == NONE || v <= s->t0 + 1 || negated(d, s, v))
		return ENT_OK;
	/* a plan or an agreement ("will", "are to", "agreed to"); "X and Y
	 * co-produce Z" in the present tells a standing venture */
	planned = kis(d, v - 1, "to") || hedged(d, s, v);
	if (!planned)
		return ENT_OK;
	n = actors_group_before(d, s, v, group, 4);
	if (n != 2)
		return ENT_OK;
	if (!strcmp(group[0]->code, g->code))
		other = group[1];
	else if (!strcmp(group[1]->code, g->code))
		other = group[0];
	if (!other || !strcmp(other->code, g->code))
		return ENT_OK;
	return emit_tech_deal(d, s, v, ve, g->code, other->code,
			      kis(d, v - 1, "to") && kin(d, v - 2, w_agreed) ? ENT_STATUS_SIGNED
									: ENT_STATUS_REPORTED,
			      "deal.coproduce_pair");
}
