/*
 * frames.c - the driver of the rules: units in document order become spans
 * (the tokens and mentions a rule looks at, with what a table row or list
 * implies), every rule runs on each span, and document-level passes
 * continue, restate, deny or call off the deals of earlier sentences.
 *
 * Every rule speaks of language, not of particular names: roles come from
 * verbs and prepositions ("X supplies ... to Y", "Y buys ... from X", "deal
 * with X", "between X and Y", passive "supplied by X"), values from money
 * phrases, stages from status words, and the names themselves from the
 * gazetteer.  The rules live by fact kind in frames_deal.c,
 * frames_exercise.c, frames_stance.c and frames_relation.c; what they share
 * is in frames_cand.c (candidates, goods, years, negation, anaphora),
 * frames_words.c (word lists and per-token word classes) and
 * frames_internal.h.
 *
 * Each candidate carries its evidence (the unit's byte span and text, and the
 * rule's name).  Document-level resolution (extract.c) later decides who
 * supplies whom when only a pair is known, and merges repeated statements.
 */
#include "extract/frames_internal.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- spans ------------------------------------------------------------------ */

void span_of_unit(const dctx *d, size_t ui, span *s)
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

void narrow(const dctx *d, span *s, size_t t0, size_t t1)
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
/* Is token i inside brackets that open and close within eight tokens of
 * it ("8.6bn euro ($12bn; 8.2bn)")? */
static int in_brackets(const dctx *d, const span *s, size_t i)
{
	size_t o, c;
	return bracket_around(d, s, i, 8, &o, &c);
}

/* A state (no possessive) starting at token j with a deal noun right
 * after it or one word on ("Indonesia pact", "Vietnam BrahMos deal")? */
int state_owns_deal_noun(const dctx *d, const span *s, size_t j)
{
	const mention *m = mention_at(d, s, j);
	if (!m || m->t0 != j || !ent__is_state_mention(m) || m->possessive || m->gz == GZ_FIRM)
		return 0;
	return (m->t1 < s->t1 && KIN(d, m->t1, w_deal_noun)) ||
	       (m->t1 + 1 < s->t1 && KIN(d, m->t1 + 1, w_deal_noun));
}

/* "Uganda received six helicopters delivered via Austria; five ex-Libyan
 * MiG-23BNs; two Y-12 aircraft from China; and ...": after ";" an item of
 * a list of goods, a count (over "and") and no verb up to the next ";" or
 * the span's end, continues the clause before (stop 65). */
static int semicolon_item(const dctx *d, const span *s, size_t i)
{
	static const char *w_finite[] = {"has", "have", "had", "will", "would", "said", "says",
					 NULL};
	size_t j = i + 1;
	if (j < s->t1 && kis(d, j, "and"))
		j++;
	if (j + 1 >= s->t1 || !(d->t.v[j].kind == TK_NUM || KIN(d, j, w_numwords)))
		return 0;
	for (; j < s->t1 && !kis(d, j, ";"); j++)
		if (KIN(d, j, w_supply_verb) || KIN(d, j, w_buy_verb) || KIN(d, j, w_sign) ||
		    kin(d, j, w_be) || kin(d, j, w_finite))
			return 0;
	return 1;
}

/* Is token i a clause boundary: ";" (not inside brackets) or ", and" / ", while" / ", but" not
 * followed by a state ("Pakistan, Azerbaijan, and Turkey")? */
int clause_break(const dctx *d, const span *s, size_t i)
{
	size_t k;
	if (kis(d, i, ";"))
		return !in_brackets(d, s, i) && !semicolon_item(d, s, i);
	/* '"...," a ministry statement said, "Following ..."': a quotation
	 * that opens after a verb of saying and its comma is one of its own */
	if (kis(d, i, ",") && i > s->t0 && i + 2 < s->t1 && KIN(d, i - 1, w_speech_verb) &&
	    kis(d, i + 1, "\""))
		return 1;
	/* "Vietnam BrahMos deal already signed, Indonesia pact in final
	 * stages": after a deal noun, a comma and a state right before a
	 * deal noun of its own (over one word) open another clause (stop
	 * 65) */
	if (kis(d, i, ",") && i > s->t0 + 1 && i + 3 < s->t1 && state_owns_deal_noun(d, s, i + 1) &&
	    find_in(d, s->t0, i, w_deal_noun) != NONE)
		return 1;
	/* "sold its Archer guns to the UK, allowing London to donate its
	 * AS90 guns to Y": a clause whose subject is the state allowed */
	if (kis(d, i, ",") && i + 3 < s->t1 &&
	    (kis(d, i + 1, "allowing") || kis(d, i + 1, "enabling") || kis(d, i + 1, "letting") ||
	     kis(d, i + 1, "permitting")))
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
	if (kis(d, i + 1, "and")) {
		/* "missiles, launchers, and related equipment": the last item
		 * of a list of goods, no clause */
		static const char *w_kit[] = {"equipment", "spares", "parts", "services", NULL};
		size_t j;
		for (j = i + 2; j < s->t1 && j < i + 5; j++) {
			if (kin(d, j, w_kit))
				return 0;
			if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
				break;
		}
		/* "the sale of long-range missiles, rockets, and launchers to
		 * Poland": goods before the comma, lower-case nouns that are
		 * no verbs after "and", then "to / from / for" (stop 50) */
		for (k = s->m0; k < s->m1 && M(d, k)->t1 < i; k++)
			;
		if (k < s->m1 && M(d, k)->t1 == i && M(d, k)->gz == GZ_WEAPON) {
			for (j = i + 2; j < s->t1 && j < i + 5; j++) {
				if (kis(d, j, "to") || kis(d, j, "from") || kis(d, j, "for"))
					return j == i + 2;
				size_t n = d->t.v[j].keylen;
				if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper ||
				    (n > 3 && !strcmp(K(j) + n - 2, "ed")) ||
				    KIN(d, j, w_supply_verb) || KIN(d, j, w_buy_verb) ||
				    KIN(d, j, w_det) || ends_ing(K(j)))
					break;
			}
		}
	}
	return 1;
}

int deal_trigger(const dctx *d, const span *s)
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
const mention *clause_subject(const dctx *d, const span *s)
{
	return subject_before(d, s, s->t1);
}

/* Prepositions that make the state after them a party of the transfer
 * before, not the subject of a transfer after it. */
const char *w_party_prep[] = {"to", "from", "for", "with", "by", "of", NULL};

/* Is mention m the object of a preposition of the transfer before it over
 * a "the" ("to the UAE", "from the Netherlands")? */
int party_over_the(const dctx *d, const span *s, const mention *m)
{
	return m->t0 > s->t0 + 1 && kis(d, m->t0 - 1, "the") && kin(d, m->t0 - 2, w_party_prep);
}

/* "sold Egypt the frigate Normandie, which was intended for the French
 * navy": a relative clause telling whom the goods were first meant for
 * names no party; the comma that opens it, or NONE. */
size_t intended_relative(const dctx *d, const span *s)
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

/* "In 2014, X ordered 18 jets and in 2015 the country purchased three
 * more": a span opening with "In <year>", then "and in <year>", a subject
 * of at most two words and a verb of buying with "N more" right after it.
 * Returns the token after that verb; *cut, *y1, *y2 as second_object. */
static size_t fronted_second_year(const dctx *d, const span *s, size_t *cut, int *y1,
				  int *y2)
{
	const mention *a, *b;
	size_t i, v;
	if (s->t0 + 4 >= s->t1 || !kis(d, s->t0, "in") || !(a = year_at(d, s, s->t0 + 1)))
		return NONE;
	for (i = s->t0 + 3; i + 6 < s->t1; i++) {
		if (!kis(d, i, "and") || !kis(d, i + 1, "in") || !(b = year_at(d, s, i + 2)))
			continue;
		for (v = i + 3; v < i + 6 && v < s->t1 && !KIN(d, v, w_buy_verb); v++)
			;
		if (v + 2 >= s->t1 || v == i + 3 || !KIN(d, v, w_buy_verb) ||
		    !(d->t.v[v + 1].kind == TK_NUM || KIN(d, v + 1, w_numwords)) ||
		    !kis(d, v + 2, "more") || b->year == a->year)
			return NONE;
		*cut = kis(d, i - 1, ",") ? i - 1 : i;
		*y1 = a->year;
		*y2 = b->year;
		return v + 1;
	}
	return NONE;
}

/* "Israel sold radars to India in 2004 and drones in 2005", "bought 12
 * jets from Russia in 2003, followed by eight more in 2009": a transfer
 * "in <year>", then "and" or "followed by" and a second object with a
 * year of its own ("in [Month] <year>"), goods or "N more", and no verb,
 * state or further year; or a verb of buying or supplying right after
 * "and" with "N more" right after it ("and bought two more in 2018").  Returns the token that starts the second part (after
 * the connective), sets *cut to the token the first part ends before and
 * *y1, *y2 to the two years; NONE when the sentence is no such thing. */
size_t second_object(const dctx *d, const span *s, size_t *cut, int *y1, int *y2)
{
	static const char *w_another[] = {"another", "further", "additional", NULL};
	static const char *w_article[] = {"a", "an", NULL};
	size_t i, j = 0, k, b0 = 0, verb = 0;
	const mention *a = NULL, *b = NULL;
	int goods = 0, nmore = 0;
	if ((b0 = fronted_second_year(d, s, cut, y1, y2)) != NONE)
		return b0;
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
	/* "and purchased two more ships in June 2018": a verb of buying or
	 * supplying right after "and", of the same subject, when "N more"
	 * follows it */
	if (b0 < s->t1 && (KIN(d, b0, w_buy_verb) || KIN(d, b0, w_supply_verb)) &&
	    !kis(d, b0 - 1, "by"))
		verb = ++b0;
	for (k = b0; k < s->t1 && !kis(d, k, ",") && !kis(d, k, ";") && !kis(d, k, "."); k++) {
		if (KIN(d, k, w_supply_verb) || KIN(d, k, w_buy_verb) || KIN(d, k, w_sign) ||
		    KIN(d, k, w_be))
			return NONE;
		if (kis(d, k, "more") && k > b0 &&
		    (d->t.v[k - 1].kind == TK_NUM || KIN(d, k - 1, w_numwords)))
			goods = 1, nmore |= k - 1 == b0;
		/* "and another 30 in 2021", "and a further six in 2019" */
		if (kin_local(d, k, w_another) && k + 1 < s->t1 &&
		    (d->t.v[k + 1].kind == TK_NUM || KIN(d, k + 1, w_numwords)) && !year_at(d, s, k + 1))
			goods = 1, nmore |= k == b0 || (k == b0 + 1 && kin_local(d, b0, w_article));
		if (d->t.v[k].kind == TK_NUM && year_at(d, s, k)) {
			if (b || !(kis(d, k - 1, "in") || (verb && kin(d, k - 1, w_months) &&
							   k - 2 >= b0 && kis(d, k - 2, "in"))))
				return NONE;
			b = year_at(d, s, k);
		}
	}
	if (!b || (verb && !nmore))
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
	    (find_in(d, s->t0, j, w_supply_verb) == NONE && find_in(d, s->t0, j, w_buy_verb) == NONE &&
	     (!verb || find_in(d, s->t0, j, w_sign) == NONE)))
		return NONE;
	*cut = j;
	*y1 = a->year;
	*y2 = b->year;
	return b0;
}

/* A leader's name stands for the state in the stance, membership and
 * rivalry rules only ("Erdogan condemned X"); deal and exercise rules,
 * where leaders sign, visit and attend for others, do not see it.  Nor do
 * they see a state after "anti-" or "pro-" ("an anti-American regime"). */
static void show_stance_mentions(dctx *d, const span *s, int on)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (d->m.v[k].leader)
			d->m.v[k].gz = on ? GZ_STATE : GZ_LEADER;
		else if (d->m.v[k].label)
			d->m.v[k].gz = on ? d->m.v[k].label : GZ_LABEL;
}

static int all_rules(dctx *d, const span *s)
{
	int rc;
	size_t from = d->ncands;
	if ((rc = rule_deals(d, s)) || (rc = rule_inventory(d, s)) || (rc = rule_fleet(d, s)) ||
	    (rc = rule_customers(d, s)) || (rc = rule_customer_list(d, s)) ||
	    (rc = rule_purchases_by(d, s)) || (rc = rule_in_service(d, s)) ||
	    (rc = rule_which_bought(d, s)) ||
	    (rc = rule_main_suppliers(d, s)) ||
	    (rc = rule_ranked_after(d, s)) ||
	    (rc = rule_list_parties(d, s)) ||
	    (rc = rule_recipient_list(d, s)) ||
	    (rc = rule_among_purchases(d, s)) || (rc = rule_departed_batch(d, s)) ||
	    (rc = rule_arrived_goods(d, s)) ||
	    (rc = rule_presented_goods(d, s)) || (rc = rule_chose_over(d, s)) ||
	    (rc = rule_thanked_gift(d, s)) || (rc = rule_trained_forces(d, s)) ||
	    (rc = rule_built_relative(d, s)) || (rc = rule_parenthetical_giver(d, s)) ||
	    (rc = rule_coproduce_pair(d, s)) ||
	    (rc = rule_replaced_goods(d, s)) || (rc = rule_rely_on(d, s)) ||
	    (rc = rule_widened_sources(d, s)) ||
	    (rc = rule_holdings_made(d, s)) || (rc = rule_owned_made(d, s)) ||
	    (rc = rule_owned_built(d, s)) ||
	    (rc = rule_used_goods(d, s)) || (rc = rule_armed_with(d, s)) ||
	    (rc = rule_aid_approved(d, s)) || (rc = rule_aid_resumed(d, s)) ||
	    (rc = rule_service_approved(d, s)) ||
	    (rc = rule_aid_package(d, s)) ||
	    (rc = rule_orders_placed_by(d, s)) ||
	    (rc = rule_added_to_arsenal(d, s)) || (rc = rule_induction_into(d, s)) ||
	    (rc = rule_commissioned(d, s)) ||
	    (rc = rule_built_for(d, s)) || (rc = rule_builds_for(d, s)) ||
	    (rc = rule_contracted_to_build(d, s)) ||
	    (rc = rule_goods_of_owner(d, s)) ||
	    (rc = rule_helped_service(d, s)) ||
	    (rc = rule_with_becoming(d, s)) ||
	    (rc = rule_origin_list(d, s)) || (rc = rule_tech_from(d, s)) ||
	    (rc = rule_production_in(d, s)) ||
	    (rc = rule_factory_in(d, s)) ||
	    (rc = rule_tech_shared(d, s)) ||
	    (rc = rule_source_of(d, s)) ||
	    (rc = rule_operates_type(d, s)) || (rc = rule_joined_operators(d, s)) ||
	    (rc = rule_customer_of(d, s)) || (rc = rule_relative_sent(d, s)) ||
	    (rc = rule_imports_included(d, s)) || (rc = rule_bought_passed_on(d, s)) ||
	    (rc = rule_other_customers(d, s)) || (rc = rule_these_include(d, s)) ||
	    (rc = rule_among_recipients(d, s)) ||
	    (rc = rule_exercises(d, s)))
		return rc;
	show_stance_mentions(d, s, 1);
	rc = rule_stance(d, s);
	if (!rc)
		rc = rule_aid_purpose(d, s, from);
	if (!rc)
		rc = rule_membership(d, s);
	if (!rc)
		rc = rule_rivalry(d, s);
	show_stance_mentions(d, s, 0);
	if (rc)
		return rc;
	drop_alternatives(d, s, from);
	called_off_in_unit(d, s, from);
	offer_declined(d, s, from);
	halted_sales(d, s, from);
	yearly_aid(d, s, from);
	budget_sum(d, s, from);
	cancelled_before_clause(d, s, from);
	cancelled_sale_to(d, s, from);
	conditional_deals(d, s, from);
	serviced_goods(d, s, from);
	by_gerund_supplier(d, s, from);
	along_with_suppliers(d, s, from);
	counted_from_another(d, s, from);
	if ((rc = expand_supplier_list(d, s, from)) || (rc = split_maker_list(d, s, from)) ||
	    (rc = gapped_sellers(d, s, from)) ||
	    (rc = ring_exchange(d, s, from)) || (rc = earlier_purchase(d, s, from)) ||
	    (rc = earlier_buyers(d, s, from)) ||
	    (rc = listed_recipients(d, s, from)) ||
	    (rc = expand_buyer_pair(d, s, from)) || (rc = expand_count_list(d, s, from)))
		return rc;
	return split_goods_kinds(d, s, from);
}

const char *w_aspect_deal[] = {"deal", "deals", "contract", "procurement", "purchase",
				      "acquisition", "acquisitions", "arms", NULL};
const char *w_aspect_ex[] = {"exercise", "exercises", "drills", "drill", NULL};

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

/* Whether every party of deal a (its recipient and suppliers, or the
 * pair of states not yet told apart) is one of b's. */
static int parties_within(const cand *a, const cand *b)
{
	size_t j;
	const char *pa[ENT_FACT_MAX_ACTORS + 2], *pb[ENT_FACT_MAX_ACTORS + 2];
	size_t na = 0, nb = 0, x, y;
	const cand *c[2] = {a, b};
	for (x = 0; x < 2; x++) {
		const char **p = x ? pb : pa;
		size_t *n = x ? &nb : &na;
		if (c[x]->f.recipient.s[0]) {
			p[(*n)++] = c[x]->f.recipient.s;
			for (j = 0; j < c[x]->f.nsuppliers && *n < ENT_FACT_MAX_ACTORS + 2; j++)
				p[(*n)++] = c[x]->f.suppliers[j].s;
		} else if (c[x]->pair[0][0]) {
			p[(*n)++] = c[x]->pair[0];
			p[(*n)++] = c[x]->pair[1];
		}
	}
	for (x = 0; x < na; x++) {
		for (y = 0; y < nb && strcmp(pa[x], pb[y]); y++)
			;
		if (y == nb)
			return 0;
	}
	return na > 0;
}

/* No deal but c, or deals of c's parties, told before unit ui: the
 * story's one deal, that "the deal" names paragraphs later. */
static int only_live_deal(const dctx *d, const cand *c, size_t ui)
{
	size_t k;
	for (k = 0; k < d->ncands; k++) {
		const cand *o = &d->cands[k];
		if (o == c || o->dropped || o->f.type != ENT_FACT_DEAL || o->unit >= (int)ui)
			continue;
		if (!parties_within(o, c) || !parties_within(c, o))
			return 0;
	}
	return 1;
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

/* The end of a deal read from a list item: the item's sum as its value,
 * the confidence of a list, the deal in play, the item as evidence. */
static int list_deal_done(dctx *d, cand *c, const span *s, size_t ui, const char *rule)
{
	const mention *mv = money_near(d, s, s->t0);
	if (mv)
		c->f.value = mv->value;
	c->f.confidence = 0.6;
	d->last_deal = (int)(c - d->cands);
	return ent__add_unit_evidence(d, c, (int)ui, rule);
}

/* "• Cambodia has bought or received $530 M worth of Chinese equipment":
 * an item that opens with a state other than the list's recipient, a
 * verb of buying or receipt within four words after it, tells its own
 * buyer (stop 64). */
static int item_own_buyer(const dctx *d, const span *s, const mention *m, const char *recipient)
{
	size_t e = m->t1 + 4 < s->t1 ? m->t1 + 4 : s->t1;
	if (!ent__is_state_mention(m) || m->possessive || m->gz == GZ_FIRM || m->t0 > s->t0 + 1 ||
	    !strcmp(m->code, recipient))
		return 0;
	return find_in(d, m->t1, e, w_buy_verb) != NONE ||
	       find_in(d, m->t1, e, w_delivered) != NONE;
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
	if (s.m0 < s.m1 && item_own_buyer(d, &s, M(d, s.m0), recipient))
		return all_rules(d, &s);
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
	return list_deal_done(d, c, &s, ui, "deal.list_item");
}

/* A list introduced by "Included in the package for Y are:" after a sale
 * was told ("cleared the sale of $4 billion in weapons to Y"): each item
 * that names goods and no other state ("- Two fast patrol boats ... The
 * estimated cost of this sale is $60.25 million.") is a deal of its own
 * between the package's parties, at its stage and year, with the item's
 * value. */
static int package_list_item(dctx *d, size_t ui, int package)
{
	span s;
	cand *c;
	const cand *p;
	size_t k;
	int rc;
	char sup[12], rec[12];
	ent_status st;
	int year;
	span_of_unit(d, ui, &s);
	p = &d->cands[package];
	if (p->dropped || p->f.nsuppliers != 1)
		return all_rules(d, &s);
	for (k = s.m0; k < s.m1; k++)
		if (ent__is_state_mention(M(d, k)) && M(d, k)->gz != GZ_FIRM &&
		    strcmp(M(d, k)->code, p->f.recipient.s) != 0)
			return all_rules(d, &s); /* an item of another pair */
	memcpy(sup, p->f.suppliers[0].s, sizeof sup);
	memcpy(rec, p->f.recipient.s, sizeof rec);
	st = p->f.status;
	year = p->f.year;
	if ((rc = ent__cand_new(d, ENT_FACT_DEAL, (int)ui, &c)))
		return rc; /* p may have moved */
	if ((rc = add_items(d, c, &s, NULL, NULL)))
		return rc;
	if (c->f.nitems == 0) {
		/* "The estimated cost of this sale is $27 million.": the
		 * value of the item this line began */
		const mention *mv = money_near(d, &s, s.t0);
		c->dropped = 1;
		if (mv && d->last_deal >= 0 && d->cands[d->last_deal].unit >= 0 &&
		    d->units[d->cands[d->last_deal].unit].line == d->units[ui].line &&
		    !d->cands[d->last_deal].f.value.present) {
			d->cands[d->last_deal].f.value = mv->value;
			return ent__add_unit_evidence(d, &d->cands[d->last_deal], (int)ui,
						      "deal.package_item");
		}
		return all_rules(d, &s);
	}
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup);
	ent_code_set(&c->f.recipient, rec);
	c->directed = 1;
	c->separate = 1; /* a part of the package, not the package told again */
	c->f.status = st;
	c->f.year = year;
	return list_deal_done(d, c, &s, ui, "deal.package_item");
}

/* Keep the states of a unit that names two or more: "both countries" in a
 * later unit means them. */
static void remember_states(dctx *d, const unit *u)
{
	char set[4][12];
	int n = 0;
	size_t k;
	for (k = u->m0; k < u->m1 && n < 4; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || described_possessor(d, m, u->t1))
			continue;
		if (!code_listed(set, n, m->code))
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
		/* "Egypt bought Rafale jets with the order of 24 jets" after a
		 * deal with Russia: goods of another maker, another deal */
		if (p->directed && !ent_fact_codes_subset(c->f.suppliers, c->f.nsuppliers,
							  p->f.suppliers, p->f.nsuppliers))
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
					"at", "from", "and", "or", "after", "before", "comes",
					"came", "follows", "followed", NULL};
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

/* "the contract, worth $920 million", "the deal was valued at $1 billion",
 * "The cost of the deal ... is $400 million": from the determiner at i, a
 * deal noun whose price the sentence states as such, which names the deal
 * as plainly as "the $920 million contract" does. */
static int priced_deal_noun(const dctx *d, const span *s, size_t i)
{
	static const char *price[] = {"cost", "value", "price", NULL};
	static const char *is_worth[] = {"worth", "valued", "priced", "estimated", "cost",
					 "costs", NULL};
	/* "The possible (proposed) sale is estimated to cost around $4.21bn"
	 * (stop 40) */
	static const char *w_hedge_adj[] = {"possible", "potential", "proposed", "planned", NULL};
	size_t j = i + 1, k, e;
	if (j + 2 < s->t1 && kin(d, j, price) && kis(d, j + 1, "of") && kis(d, j + 2, "the") &&
	    j + 3 < s->t1 && KIN(d, j + 3, w_deal_noun)) {
		for (k = s->m0; k < s->m1; k++)
			if (M(d, k)->kind == MK_MONEY && M(d, k)->t0 > j + 3)
				return 1; /* "The cost of the deal ... is $400 million" */
		return 0;
	}
	if (j + 1 < s->t1 && kin(d, j, w_hedge_adj))
		j++;
	if (j >= s->t1 ||
	    !(KIN(d, j, w_deal_noun) || kis(d, j, "sale") || kis(d, j, "purchase")))
		return 0;
	/* the price words within a few tokens of the noun ("the contract for
	 * the 42 aircraft was worth"), then the money right after them
	 * ("estimated at", "estimated to cost") */
	e = j + 10 < s->t1 ? j + 10 : s->t1;
	for (k = j + 1; k < e && !kis(d, k, "."); k++) {
		size_t w, m;
		if (!kin(d, k, is_worth))
			continue;
		w = k + 1 < s->t1 && kis(d, k + 1, "at") ? k + 2 : k + 1;
		if (kis(d, k, "estimated") && w + 1 < s->t1 && kis(d, w, "to") &&
		    (kis(d, w + 1, "cost") || kis(d, w + 1, "be")))
			w += 2;
		for (m = s->m0; m < s->m1; m++)
			if (M(d, m)->kind == MK_MONEY && M(d, m)->t0 >= w && M(d, m)->t0 <= w + 1)
				return 1;
		return 0;
	}
	return 0;
}

/* "It is worth $4.5 billion", "The country paid $329 million", "Athens
 * will pay $3 billion": a sentence whose subject is the deal or its buyer
 * ("it", "the country", the buyer's name or capital) and whose verb of
 * price or payment takes money goes on about the deal c. */
static int payer_subject(const dctx *d, const span *s, const cand *c)
{
	static const char *pron[] = {"it", "they", NULL};
	static const char *noun[] = {"country", "nation", "kingdom", "government", NULL};
	static const char *pay[] = {"paid", "pays", "pay", "paying", "spent", "spend", "spends",
				    "worth", "cost", "costs", NULL};
	size_t e = NONE, v, k;
	if (s->t0 + 2 >= s->t1)
		return 0;
	if (kin(d, s->t0, pron))
		e = s->t0 + 1;
	else if (kis(d, s->t0, "the") && kin(d, s->t0 + 1, noun))
		e = s->t0 + 2;
	else if (s->m0 < s->m1 && M(d, s->m0)->t0 == s->t0 && ent__is_state_mention(M(d, s->m0)) &&
		 !M(d, s->m0)->possessive && M(d, s->m0)->gz != GZ_DEMONYM &&
		 (!strcmp(M(d, s->m0)->code, c->f.recipient.s) ||
		  (!c->f.recipient.s[0] && c->pair[0][0] &&
		   (!strcmp(M(d, s->m0)->code, c->pair[0]) ||
		    !strcmp(M(d, s->m0)->code, c->pair[1])))))
		e = M(d, s->m0)->t1; /* the buyer, or a party of a deal of a pair */
	if (e == NONE)
		return 0;
	for (v = e; v < s->t1 && v < e + 3 && !kin(d, v, pay); v++)
		if (d->t.v[v].kind != TK_WORD || d->t.v[v].upper)
			return 0; /* only auxiliaries between: "will pay", "is worth" */
	if (v >= s->t1 || v >= e + 3)
		return 0;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->kind == MK_MONEY && M(d, k)->t0 > v && M(d, k)->t0 <= v + 2)
			return 1;
	return 0;
}

/* "They were delivered in 2017", "It arrived in 2020": a sentence whose
 * subject is a pronoun for the goods before, with a passive of delivery
 * or "arrived" right after it (only auxiliaries between), goes on about
 * the deal before. */
static int pronoun_stage(const dctx *d, const span *s)
{
	size_t at = NONE, i;
	int passive = 0;
	if (s->t0 + 2 >= s->t1 || !(kis(d, s->t0, "they") || kis(d, s->t0, "it")))
		return 0;
	/* only the goods' own arrival: "It also purchased ..." is the
	 * buyer's next deal, "They paid" the buyer's */
	if (status_at(d, s, &at) != ENT_STATUS_DELIVERED || at == NONE || at > s->t0 + 3)
		return 0;
	for (i = s->t0 + 1; i < at; i++) {
		if (d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
			return 0;
		passive |= kis(d, i, "was") || kis(d, i, "were") || kis(d, i, "been");
	}
	return passive || kis(d, at, "arrived") || kis(d, at, "arrive") || kis(d, at, "arrives");
}

/* A copy of candidate ci in unit ui for a deal apart (cand.separate): its
 * parties as ci has them (the direction may still be open), no evidence,
 * goods or price yet.  The array may move. */
static int blank_clone(dctx *d, size_t ci, size_t ui, cand **out)
{
	cand *one;
	int rc = cand_clone(d, ci, (int)ui, &one);
	if (rc)
		return rc;
	cand_clear_evidence(one);
	cand_clear_items(one);
	memset(&one->f.value, 0, sizeof one->f.value);
	one->separate = 1;
	one->directed = d->cands[ci].directed;
	memcpy(one->pair, d->cands[ci].pair, sizeof one->pair); /* oriented later */
	*out = one;
	return ENT_OK;
}

/* The deals of unit ui known only by their sum ("the $2 billion deal",
 * joined to a deal by value later) are dropped: the deals a list of the
 * unit tells apart carry the sums. */
static void drop_sum_only(dctx *d, size_t ui)
{
	size_t k;
	for (k = 0; k < d->ncands; k++)
		if (d->cands[k].unit == (int)ui && d->cands[k].anaphoric)
			d->cands[k].dropped = 1;
}

/* Token after the goods phrase that opens right after a deal noun at dn
 * ("contract to buy", "agreement to supply", "deal for (the purchase
 * of)"), or NONE. */
static size_t deal_goods_start(const dctx *d, const span *s, size_t dn)
{
	static const char *w_get[] = {"buy", "purchase", "acquire", "supply", "deliver", "build",
				      NULL};
	static const char *w_act[] = {"purchase", "acquisition", "supply", "delivery", "sale",
				      NULL};
	size_t j = dn + 1;
	if (j + 1 < s->t1 && kis(d, j, "to") && kin(d, j + 1, w_get))
		return j + 2;
	if (j < s->t1 && kis(d, j, "for")) {
		j++;
		if (j + 2 < s->t1 && kis(d, j, "the") && kin(d, j + 1, w_act) && kis(d, j + 2, "of"))
			j += 3;
		return j;
	}
	return NONE;
}

/* The deal nouns of s whose goods phrase (deal_goods_start) names goods
 * within six tokens, when one of them names a designated system of a kind
 * none of c's goods is, c's goods named by designation too ("the contract
 * to buy Su-30MK2 fighter jets" after a deal for Gepard-class frigates):
 * their tokens into at (up to max) and their number; 0 when none does. */
static size_t deals_of_other_goods(const dctx *d, const span *s, const cand *c, size_t *at,
				   size_t max)
{
	size_t dn, k, n = 0;
	int other = 0, named = 0;
	for (k = 0; k < c->f.nitems; k++)
		named |= c->f.items[k].designation != NULL;
	for (dn = find_in(d, s->t0, s->t1, w_deal_noun); dn != NONE && n < max;
	     dn = find_in(d, dn + 1, s->t1, w_deal_noun)) {
		size_t g = deal_goods_start(d, s, dn);
		if (g == NONE)
			continue;
		for (k = s->m0; k < s->m1; k++) {
			const mention *m = M(d, k);
			if (m->gz != GZ_WEAPON || m->t0 < g || m->t0 > g + 6)
				continue;
			if (m->canon && named && !ent_fact_has_designation(&c->f, m->canon) &&
			    !ent_fact_has_category(&c->f, (ent_category)m->category))
				other = 1;
			at[n++] = dn;
			break;
		}
	}
	return other ? n : 0;
}

/* "Besides the main contract, a separate agreement was inked ... for
 * the maintenance of the drones": a sentence going on about deal c that
 * calls its deal separate or another tells a deal of its own between the
 * same parties, with its own goods, stage and year (deal.separate).  With
 * two deal nouns of other goods or more (dns[0..nd), deals_of_other_goods)
 * it tells one such deal per noun. */
/* "In 2007 X transferred five aircraft to Y. Prior to this transfer it
 * provided two such aircraft previously in 2005": a sentence going on
 * about deal c that says "previously (earlier, prior to this)" and names
 * a year before c's tells an earlier transfer of its own (stop 46). */
static int earlier_transfer(const dctx *d, const span *s, const cand *c)
{
	static const char *w_before[] = {"previously", "earlier", "prior", NULL};
	int y;
	if (!c->f.year || find_in(d, s->t0, s->t1, w_before) == NONE)
		return 0;
	y = year_in(d, s);
	return y > 0 && y < c->f.year;
}

static int separate_continuation(dctx *d, cand *c, const span *s, size_t ui, const size_t *dns,
				 size_t nd)
{
	size_t ci = (size_t)(c - d->cands), at, k;
	cand *one;
	ent_status st;
	int rc;
	if (nd >= 2) {
		/* "the contract to buy Su-30MK2 jets, estimated at one billion
		 * dollars, as well as an agreement to supply six submarines
		 * worth over 2 bln dollars": one deal per deal noun, with the
		 * goods and the sum up to the next; the sentence's deal known
		 * by its sum alone ("the $2 billion deal" joining one by
		 * value) is one of these */
		drop_sum_only(d, ui);
		for (k = 0; k < nd; k++) {
			span part = *s;
			size_t q;
			narrow(d, &part, dns[k], k + 1 < nd ? dns[k + 1] : s->t1);
			if ((rc = separate_continuation(d, &d->cands[ci], &part, ui, NULL, 0)))
				return rc;
			one = &d->cands[d->ncands - 1];
			for (q = part.m0; q < part.m1 && !one->dropped; q++)
				if (M(d, q)->kind == MK_MONEY) {
					one->f.value = M(d, q)->value;
					break;
				}
		}
		return ENT_OK;
	}
	if ((rc = blank_clone(d, ci, ui, &one)))
		return rc;
	if ((rc = add_items(d, one, s, NULL, NULL)))
		return rc;
	if (ent_fact_has_category(&one->f, ENT_CAT_MAINTENANCE) ||
	    ent_fact_has_category(&one->f, ENT_CAT_TRAINING)) {
		/* "for the maintenance of the helicopters": the goods the
		 * service is for are the first deal's, not bought again */
		size_t i, w;
		for (i = w = 0; i < one->f.nitems; i++) {
			ent_item *it = &one->f.items[i];
			if (it->category != ENT_CAT_MAINTENANCE && it->category != ENT_CAT_TRAINING &&
			    ent_fact_has_category(&d->cands[ci].f, it->category)) {
				ent__free(it->text);
				ent__free(it->designation);
				continue;
			}
			one->f.items[w++] = *it;
		}
		one->f.nitems = w;
	}
	if (!one->f.nitems) {
		one->dropped = 1;
		return ENT_OK;
	}
	st = status_at(d, s, &at);
	if (at != NONE && !hedged(d, s, at)) {
		int sy = stage_year(d, s, at);
		if (sy <= 0)
			sy = year_in(d, s);
		one->f.status = st;
		if (sy > 0)
			one->f.year = sy;
	}
	return ent__add_unit_evidence(d, one, (int)ui, "deal.separate");
}

/* "The sales approved by the US State Department include an over $4
 * billion sale of 60 howitzers, 82 HIMARS launchers, more than $1 billion
 * in ALTIUS drones, and $353 million in TOW missiles": a sentence going on
 * about deal c whose plural subject ("the sales (packages, deals)")
 * "include(d)" a list of goods of several kinds, each opening with a count
 * or a sum, tells one sale per item, of c's parties, with its own sum
 * (split_by_item); c itself is left as it is.  *done when it did (stop
 * 37). */
static int package_items(dctx *d, cand *c, const span *s, size_t ui, int *done)
{
	static const char *w_include_v[] = {"include", "included", NULL};
	/* several sales include the goods; "the deal includes A, B and C"
	 * is one deal of them */
	static const char *w_sales_pl[] = {"sales", "packages", "deals", "contracts", "orders",
					   "agreements", NULL};
	size_t ci = (size_t)(c - d->cands), iv, before, k;
	cand *one;
	int rc;
	iv = find_in(d, s->t0, s->t1, w_include_v);
	if (iv == NONE || weapon_mentions(d, s) < 3 || find_in(d, s->t0, iv, w_sales_pl) == NONE)
		return ENT_OK;
	if ((rc = blank_clone(d, ci, ui, &one)))
		return rc;
	if ((rc = ent__add_unit_evidence(d, one, (int)ui, "deal.package_item")))
		return rc;
	before = d->ncands;
	if ((rc = split_by_item(d, &d->cands[before - 1], s, iv)))
		return rc;
	one = &d->cands[before - 1];
	if (d->ncands == before) {
		one->dropped = 1; /* no list of several kinds: a plain continuation */
		return ENT_OK;
	}
	*done = 1;
	for (k = before - 1; k < d->ncands; k++)
		d->cands[k].separate = 1; /* each sale of the list apart */
	drop_sum_only(d, ui);
	return ENT_OK;
}

/* "the contract for the acquisition of the howitzers": a deal noun at i
 * (after "the") whose goods, after "for (the purchase of) (the)", are
 * named by the last word of one of candidate c's items ("CAESAR
 * self-propelled howitzers"). */
static int names_own_goods(const dctx *d, const span *s, size_t i, const cand *c)
{
	static const char *act[] = {"acquisition", "purchase", "procurement", "supply", "sale",
				    "delivery", "deliveries", "transfer", NULL};
	size_t j = i + 1, k;
	if (!KIN(d, j, w_deal_noun) || j + 2 >= s->t1 || !kis(d, j + 1, "for"))
		return 0;
	j += 2;
	if (j + 2 < s->t1 && kis(d, j, "the") && kin(d, j + 1, act) && kis(d, j + 2, "of"))
		j += 3;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	for (k = 0; j < s->t1 && d->t.v[j].kind == TK_WORD && k < c->f.nitems; k++) {
		const char *t = c->f.items[k].text, *w;
		size_t n = d->t.v[j].keylen;
		if (!t || (w = strrchr(t, ' ')) == NULL)
			w = t ? t : "";
		else
			w++;
		if (strlen(w) == n && strncasecmp(w, K(j), n) == 0)
			return 1;
	}
	return 0;
}

/* "will begin production once the first batch is fully delivered", "until
 * the jets are delivered": a stage at token `at` that a clause of
 * condition or time waits for (the opener within eight words before it),
 * not one reached. */
static int awaited_stage(const dctx *d, const span *s, size_t at)
{
	static const char *w_await[] = {"once", "until", "till", "before", "unless", NULL};
	size_t i;
	for (i = at; i > s->t0 && i + 8 > at; i--) {
		if (kis(d, i - 1, ",") || kis(d, i - 1, ";"))
			return 0;
		if (kin(d, i - 1, w_await))
			return 1;
	}
	return 0;
}

/* Is token j a capitalised word of a class's name, "-class" or "class"
 * within three tokens after it ("Jose Rizal-class")? */
static int class_name_word(const dctx *d, const span *s, size_t j)
{
	size_t q;
	if (!d->t.v[j].upper || d->t.v[j].kind != TK_WORD)
		return 0;
	for (q = j + 1; q < s->t1 && q < j + 4; q++) {
		if (kis(d, q, "class") || kis(d, q, "type"))
			return kis(d, q - 1, "-") || d->t.v[q - 1].upper;
		if (!(d->t.v[q].upper || kis(d, q, "-")))
			return 0;
	}
	return 0;
}

/* The paragraph of the latest sentence (of the last four that went on
 * about candidate c) that named the deal itself, a deal, contract or
 * agreement in its quote, else c's own (continue_deal; stop 50). */
static int named_para(const dctx *d, const cand *c, size_t ui)
{
	int cp = d->units[c->unit].para;
	size_t k, q;
	for (k = c->f.nevidence; k > 1 && k + 4 > c->f.nevidence; k--) {
		const ent_evidence *ev = &c->f.evidence[k - 1];
		if (!ev->quote || !(strstr(ev->quote, "deal") || strstr(ev->quote, "contract") ||
				    strstr(ev->quote, "agreement")))
			continue;
		for (q = ui; q > 0 && ui - q < 64; q--)
			if (d->units[q - 1].start <= ev->start && ev->start < d->units[q - 1].end) {
				if (d->units[q - 1].para > cp)
					cp = d->units[q - 1].para;
				break;
			}
		break;
	}
	return cp;
}

/* May a reference in unit u reach a deal told in paragraph cp: the same
 * paragraph; or, in a story of one-sentence paragraphs, opening the next
 * one with the reference ("The deal, worth ..."), or naming it with
 * "this/these" within two paragraphs ("A contract for this frigate was
 * signed ..."); or, when the story has told one deal only, opening a
 * sentence within three paragraphs of it (continue_deal)? */
static int reach_para(const dctx *d, const unit *u, int cp, int refers, int opens, int near,
		      size_t lead, const cand *c, size_t ui)
{
	return cp == u->para || (u->para == cp + 1 && opens) ||
	       (refers == 2 && u->para <= cp + 2) || (refers == 3 && u->para == cp + 1) ||
	       (near && u->para == cp + 1) ||
	       (lead && u->para <= cp + 3 && only_live_deal(d, c, ui));
}

/* "the deal for five systems that India says it needs to contain a threat
 * from China", "to counter China": the state m is the one the goods are
 * to meet, no party of a deal (stop 52). */
static int adversary_named(const dctx *d, const span *s, const mention *m)
{
	static const char *w_menace[] = {"threat", "threats", "danger", "attack", "attacks",
					 "aggression", "pressure", NULL};
	static const char *w_meet[] = {"counter", "deter", "confront", NULL};
	size_t j = m->t0;
	if (j > s->t0 && kis(d, j - 1, "the"))
		j--;
	if (j < s->t0 + 1)
		return 0;
	return kin(d, j - 1, w_meet) ||
	       (j >= s->t0 + 2 && kis(d, j - 1, "from") && kin(d, j - 2, w_menace));
}

/* A sentence that goes on about the deal just stated ("Two of the warships
 * will be built in Karachi under a technology transfer arrangement", "Cairo
 * paid EUR 3.75 billion for the aircraft") adds what it names to that deal:
 * it must be in the same paragraph, refer back with a definite noun phrase,
 * and name no state outside the deal. */
static int continue_deal(dctx *d, size_t ui, int near)
{
	static const char *back[] = {"the", "this", "that", "these", "those", NULL};
	static const char *ref[] = {"deal", "agreement", "contract", "order", "package", "sales",
				    "packages",
				    "arrangement", "purchase", "sale", "acquisition", "procurement",
				    "system", "systems", "equipment",
				    "hardware", "weapons", "vehicles", "batch", "lot", "consignment",
				    "shipment", "deliveries", "delivery", "transfer", "battery", "batteries",
				    /* "The grant, valued at $106 million" (stop 50) */
				    "grant", "donation", "gift", "assistance", "aid", NULL};
	static const char *ordinal[] = {"first", "second", "third", "last", "final", "initial",
					"next", "latest", "new", NULL};
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
		    (KIN(d, after_money(d, &s, i), w_deal_noun) ||
		     kis(d, after_money(d, &s, i), "assistance")) && !refers) {
			refers = 3; /* "signed the $311 million contract" */
			continue;
		}
		if (kis(d, i, "the") && priced_deal_noun(d, &s, i)) {
			refers = 3; /* "the contract, worth $920 million" */
			continue;
		}
		if (kis(d, i, "the") && names_own_goods(d, &s, i, c)) {
			refers = 3; /* "the contract for the acquisition of the
				     * howitzers", a paragraph after the sale */
			continue;
		}
		/* "this 124m-long frigate": over a measure before the noun;
		 * "the two 2,600-ton Jose Rizal-class frigates": over a count
		 * and a class's name (stop 49); "the first six jets": over an
		 * ordinal before a count (stop 57) */
		if (j + 2 < s.t1 && kin(d, j, ordinal) && !kin(d, j + 1, ref))
			j++;
		size_t j0 = j;
		while (j + 1 < s.t1 && j < i + 12 &&
		       (kis(d, j, "-") || isdigit((unsigned char)K(j)[0]) ||
			(j == j0 && KIN(d, j, w_numwords)) || class_name_word(d, &s, j) ||
			(kis(d, j, ",") && j > j0 && isdigit((unsigned char)K(j - 1)[0]) &&
			 isdigit((unsigned char)K(j + 1)[0])) || /* "2,600-ton" */
			(j > j0 && !d->t.v[j].upper &&
			 (kis(d, j - 1, "-") || isdigit((unsigned char)K(j - 1)[0])))))
			j++;
		if (kin(d, j, ref) || (j + 1 < s.t1 && kin(d, j, ordinal) && kin(d, j + 1, ref)))
			refers = kin(d, i, w_this) ? 2 : 1; /* "the deal", "the first batch" */
		for (k = s.m0; k < s.m1 && !refers; k++)
			if (M(d, k)->gz == GZ_WEAPON && !M(d, k)->canon && M(d, k)->t0 == j)
				refers = kin(d, i, w_this) ? 2 : 1;
	}
	if (!refers && (payer_subject(d, &s, c) || pronoun_stage(d, &s)))
		refers = 1;
	if (!refers) {
		/* "In addition, a contract covers training pilots and the
		 * acquisition of ammunition": an addition to the deal */
		size_t j = s.t0;
		if (j + 2 < s.t1 && kis(d, j, "in") && kis(d, j + 1, "addition"))
			j += 2;
		else if (j + 1 < s.t1 && kis(d, j, "additionally"))
			j++;
		if (j > s.t0 && j + 2 < s.t1 && kis(d, j, ",") && kis(d, j + 1, "a") &&
		    kin(d, j + 2, ref))
			refers = 1;
	}
	if (!refers)
		return ENT_OK;
	int opens = s.t0 + 1 < s.t1 && kin(d, s.t0, back) && kin(d, s.t0 + 1, ref);
	for (k = s.m0; k < s.m1 && !opens && s.t0 + 1 < s.t1 && kin(d, s.t0, back); k++)
		if (M(d, k)->gz == GZ_WEAPON && !M(d, k)->canon && M(d, k)->t0 == s.t0 + 1)
			opens = 1; /* "The aircraft will be delivered ... under a $1 billion contract" */
	/* the reference opens the sentence, after a word and a comma at
	 * most ("Notably, the deal ..."): where it stands, or 0 */
	size_t lead = s.t0 + 3 < s.t1 && kis(d, s.t0 + 1, ",") && !kin(d, s.t0, back) ?
			      s.t0 + 2 : s.t0;
	if (!(lead > 0 && lead + 1 < s.t1 && kin(d, lead, back) && kin(d, lead + 1, ref)))
		lead = 0;
	/* counted from the deal's own paragraph or from that of the latest
	 * sentence that named the deal itself ("The deal was inked after ..."
	 * ... "Although reports said the deal was worth $3.5 billion", stop
	 * 50); one that went on about the goods only ("The ships will be
	 * built in Okpo") carries no deal on */
	if (!reach_para(d, u, d->units[c->unit].para, refers, opens, near, lead, c, ui) &&
	    !reach_para(d, u, named_para(d, c, ui), refers, opens, near, lead, c, ui))
		return ENT_OK;
	{
		/* "Notably, the deal, which was signed in July 2018 for $1.5
		 * billion, hit a roadblock after the United States halted the
		 * export of the engines": a reference opening the sentence is
		 * told up to a clause of time or cause; the states named in
		 * that clause are its own */
		static const char *sub[] = {"after", "because", "when", "since", "following",
					    NULL};
		size_t cut;
		if (lead && (cut = find_in(d, lead + 4, s.t1, sub)) != NONE)
			narrow(d, &s, s.t0, cut);
	}
	/* "That submarine deal would have been worth $34 billion": a deal
	 * that did not happen, not the one before */
	for (i = s.t0; i + 1 < s.t1; i++)
		if (kis(d, i, "would") && kis(d, i + 1, "have"))
			return ENT_OK;
	for (k = s.m0; k < s.m1; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || adversary_named(d, &s, m))
			continue;
		if (strcmp(m->code, c->f.recipient.s) &&
		    !ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, m->code) &&
		    !(c->pair[0][0] && (!strcmp(m->code, c->pair[0]) || !strcmp(m->code, c->pair[1]))))
			return ENT_OK;
	}
	{
		size_t dns[4], nd = deals_of_other_goods(d, &s, c, dns, 4);
		if (nd || separate_deal(d, &s, find_in(d, s.t0, s.t1, w_deal_noun)) ||
		    earlier_transfer(d, &s, c))
			return separate_continuation(d, c, &s, ui, dns, nd);
	}
	{
		int done = 0;
		if ((rc = package_items(d, c, &s, ui, &done)) || done)
			return rc;
		c = &d->cands[d->last_deal]; /* the array may have moved */
	}
	c = kind_sibling(d, c, &s);
	if (!c->f.value.present && !c->f.nitems) {
		/* "Two major sales to Egypt received approval ... The sale
		 * includes 12 C-130J aircraft for $2.2 billion, as well as
		 * three SPS-48 radars for $355 million": a deal told without
		 * goods or price, then goods each with its price, is one deal
		 * per price, as in one sentence (split_by_price; stop 67) */
		size_t ci = (size_t)(c - d->cands), n0 = d->ncands, q;
		if ((rc = split_by_price(d, c, &s, s.t0)))
			return rc;
		for (q = n0; q < d->ncands && !rc; q++)
			rc = ent__add_unit_evidence(d, &d->cands[q], (int)ui, "deal.continuation");
		c = &d->cands[ci]; /* the array may have moved */
		if (rc || d->ncands > n0)
			return rc ? rc : ent__add_unit_evidence(d, c, (int)ui, "deal.continuation");
	}
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
		if (st > c->f.status && st != ENT_STATUS_MOU && at != NONE && !hedged(d, &s, at) &&
		    !awaited_stage(d, &s, at)) {
			int sy = stage_year(d, &s, at);
			if (sy <= 0)
				sy = year_in(d, &s);
			/* a deal only reported has no year of a stage yet */
			if (sy > 0 && (!c->f.year || sy >= c->f.year ||
				       c->f.status == ENT_STATUS_REPORTED))
				c->f.year = sy;
			c->f.status = st;
		} else if (!c->f.year && at != NONE && st != ENT_STATUS_MOU &&
			   (st == c->f.status ||
			    (st == ENT_STATUS_SIGNED && c->f.status == ENT_STATUS_ORDERED)) &&
			   !hedged(d, &s, at)) {
			/* "The vessels were delivered in 2018", "The contract
			 * was signed in 2021": the stage the deal is at (or
			 * the signing of an order), told again with its year */
			int sy = stage_year(d, &s, at);
			if (sy > 0)
				c->f.year = sy;
		} else if (c->f.year && st == ENT_STATUS_DELIVERED && c->f.status == st &&
			   !hedged(d, &s, at) && !awaited_stage(d, &s, at)) {
			/* "received its first system in April 2024. The second
			 * batch arrived in April 2025": the latest delivery told
			 * dates the deal (stop 51) */
			int sy = stage_year(d, &s, at);
			if (sy > c->f.year && (!d->doc_year || sy <= d->doc_year))
				c->f.year = sy;
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
 * leaves the transfers the unit before gave it as a party unconfirmed:
 * a deal becomes reported, and each such transfer keeps a low
 * confidence (stop 53: analysts record a denied accusation as an
 * unconfirmed transfer, not as none). */
const char *w_deny_v[] = {"denies", "denied", "deny", "denying", "rejects", "rejected",
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
		    ent_fact_has_code(c->f.suppliers, c->f.nsuppliers, who->code)) {
			if (c->f.type == ENT_FACT_DEAL)
				c->f.status = ENT_STATUS_REPORTED;
			c->f.confidence = 0.25;
		}
	}
}

/* Words for what a denial takes back: "denied US claims that", "the
 * allegations that Beijing denies". */
static const char *w_denied_n[] = {"claim", "claims", "report", "reports", "allegation",
				  "allegations", "accusation", "accusations", "charge", "charges",
				  "suggestion", "suggestions", NULL};

/* "Reports that X sold missiles to Y are false", "claims of a sale ...
 * were refuted by Z": a noun of claim and "that/of/about" (no word of
 * transfer before it), then a verb "to be" and (an adverb and) a word of
 * falsity. */
static int claim_called_false(const dctx *d, const span *s)
{
	static const char *w_what[] = {"that", "of", "about", NULL};
	static const char *adv[] = {"completely", "entirely", "totally", "simply", "wholly",
				    "utterly", "all", "later", "since", "now", NULL};
	static const char *w_false[] = {"false", "baseless", "untrue", "unfounded", "groundless",
					"fabricated", "fake", "inaccurate", "incorrect", "wrong",
					"refuted", "denied", "dismissed", "rejected", "debunked",
					"disproved", "discredited", NULL};
	size_t n, i, j;
	/* a verb "to be" and a word of falsity (the verb's bit rules out
	 * most tokens), then a noun of claim before it */
	for (i = s->t0 + 2; i + 1 < s->t1; i++) {
		if (!KIN(d, i, w_be))
			continue;
		j = i + 1;
		if (kin_local(d, j, adv) && j + 1 < s->t1)
			j++;
		if (kin_local(d, j, w_false))
			break;
	}
	if (i + 1 >= s->t1)
		return 0;
	for (n = s->t0; n + 2 < i; n++) {
		if (!kin_local(d, n, w_denied_n))
			continue;
		if (kin_local(d, n + 1, w_what))
			break;
		/* "reports in the Yn press that", "claims by Y that": a
		 * phrase of source between the noun and "that" */
		if (kis(d, n + 1, "in") || kis(d, n + 1, "by") || kis(d, n + 1, "from")) {
			for (j = n + 2; j < i && j < n + 7 && !kis(d, j, "that") && !kis(d, j, ","); j++)
				;
			if (j < i && kis(d, j, "that"))
				break;
		}
	}
	return n + 2 < i && find_in(d, s->t0, n, w_supply_verb) == NONE &&
	       find_in(d, s->t0, n, w_buy_verb) == NONE;
}

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
		all = claim_called_false(d, s);
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

/* The seller of deal p: its supplier, or for a pair whose direction is
 * still open the party that makes a weapon its sentence names (as the
 * document's resolution will orient it), or NULL; *buyer is the other
 * party. */
static const char *seller_of(const dctx *d, const cand *p, const char **buyer)
{
	size_t i;
	if (p->f.nsuppliers == 1 && p->f.recipient.s[0]) {
		*buyer = p->f.recipient.s;
		return p->f.suppliers[0].s;
	}
	if (p->f.nsuppliers || !p->pair[0][0] || p->unit < 0)
		return NULL;
	for (i = d->units[p->unit].m0; i < d->units[p->unit].m1; i++) {
		const mention *m = &d->m.v[i];
		if (m->gz != GZ_WEAPON || !m->canon || !m->code)
			continue;
		if (!strcmp(m->code, p->pair[0]) || !strcmp(m->code, p->pair[1])) {
			*buyer = strcmp(m->code, p->pair[0]) ? p->pair[0] : p->pair[1];
			return m->code;
		}
	}
	return NULL;
}

/* "Patria signed a contract with Sweden for 20 Patria 6x6 vehicles. ...
 * The deliveries to Latvia have been ongoing since end of 2021": a
 * sentence that opens with "(The) deliveries (shipments) to Y", Y a state
 * outside the deal before and the only state the sentence names, tells a
 * delivery of the same goods by the same seller to Y, when that deal
 * (of the same or up to two paragraphs before) names its goods by a designation
 * (a release about one product).  "will" or a hedge makes it reported.
 * Sets *made when it adds one (deal.deliveries_to, stop 53). */
static int deliveries_to_other(dctx *d, size_t ui, const span *s, int *made)
{
	static const char *w_lead[] = {"the", "its", "their", NULL};
	static const char *w_deliv[] = {"deliveries", "delivery", "shipments", NULL};
	static const char *w_later[] = {"will", "would", "expected", "scheduled", "due", "planned",
					"set", NULL};
	const unit *u = &d->units[ui];
	const mention *y = NULL;
	cand *c;
	const cand *p;
	const char *seller, *buyer = NULL;
	char sup[12];
	size_t i = s->t0, k;
	int pi = d->last_deal, rc, named = 0, yr;
	*made = 0;
	if (pi < 0)
		return ENT_OK;
	p = &d->cands[pi];
	if (p->dropped || p->f.type != ENT_FACT_DEAL || p->unit < 0 || p->unit >= (int)ui ||
	    d->units[p->unit].para + 2 < u->para || !(seller = seller_of(d, p, &buyer)))
		return ENT_OK;
	for (k = 0; k < p->f.nitems && !named; k++)
		named = p->f.items[k].designation != NULL;
	if (!named)
		return ENT_OK;
	if (i < s->t1 && kin(d, i, w_lead))
		i++;
	if (i + 2 >= s->t1 || !kin(d, i, w_deliv) || !kis(d, i + 1, "to"))
		return ENT_OK;
	for (k = u->m0; k < u->m1; k++) {
		const mention *m = M(d, k);
		if (m->gz == GZ_BLOC)
			return ENT_OK;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || !strcmp(m->code, seller))
			continue;
		if (y || m->t0 != i + 2 || m->possessive || !strcmp(m->code, buyer))
			return ENT_OK;
		y = m;
	}
	if (!y || negated(d, s, s->t1))
		return ENT_OK;
	memcpy(sup, seller, sizeof sup); /* the candidates may move */
	if ((rc = ent__cand_new(d, ENT_FACT_DEAL, (int)ui, &c)))
		return rc;
	/* the array may have moved */
	if ((rc = add_goods_of(&c->f, &d->cands[pi].f)))
		return rc;
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup);
	ent_code_set(&c->f.recipient, y->code);
	c->directed = 1;
	c->f.status = hedged(d, s, i) || find_in(d, s->t0, s->t1, w_later) != NONE ?
			      ENT_STATUS_REPORTED :
			      ENT_STATUS_DELIVERED;
	/* the first year after the noun ("ongoing since end of 2021 and
	 * Finland received ... in 2022"), else the span's */
	for (k = s->m0, yr = 0; k < s->m1 && yr <= 0; k++)
		if (M(d, k)->kind == MK_YEAR && M(d, k)->t0 > i)
			yr = M(d, k)->year;
	if (yr <= 0)
		yr = year_in(d, s);
	c->f.year = yr > 0 ? yr : 0;
	c->f.confidence = 0.5;
	*made = 1;
	return ent__add_unit_evidence(d, c, (int)ui, "deal.deliveries_to");
}

/* "The State Department approved a possible sale of HIMARS to Morocco for
 * $524 million. It also approved a possible sale of JSOW for $250 million.":
 * a sentence that names no state but the parties of the deal stated before
 * and a "possible/potential/proposed sale of" goods with a USD value of its
 * own is a further sale between those parties (a release of several
 * notifications).
 * Sets *made when it adds one. */
static int further_sale(dctx *d, size_t ui, const span *s, int *made)
{
	static const char *hedge[] = {"possible", "potential", "proposed", NULL};
	static const char *w_sale_n[] = {"sale", "sales", NULL};
	const unit *u = &d->units[ui];
	const mention *mv;
	const cand *p;
	cand *c;
	char sup[12], rec[12];
	size_t i, j, at;
	int rc, sy, year, sale = 0;
	*made = 0;
	if (d->last_deal < 0)
		return ENT_OK;
	p = &d->cands[d->last_deal];
	if (p->dropped || !p->directed || p->f.type != ENT_FACT_DEAL || !p->f.recipient.s[0] ||
	    !p->f.nsuppliers || p->unit >= (int)ui)
		return ENT_OK;
	for (i = u->m0; i < u->m1; i++) {
		const mention *m = M(d, i);
		if (m->gz == GZ_BLOC || (ent__is_state_mention(m) && strcmp(m->code, p->f.recipient.s) &&
					 !ent_fact_has_code(p->f.suppliers, p->f.nsuppliers, m->code)))
			return ENT_OK; /* a state outside the deal */
	}
	for (i = s->t0; i < s->t1 && !sale; i++) {
		if (!kin(d, i, hedge))
			continue;
		for (j = i + 1; j < s->t1 && j < i + 4 && !sale; j++)
			if (kin(d, j, w_sale_n) && j + 1 < s->t1 &&
			    kis(d, j + 1, "of"))
				sale = 1;
	}
	mv = sale ? money_near(d, s, s->t0) : NULL;
	if (!mv || !mv->value.has_usd ||
	    (p->f.value.present && p->f.value.has_usd && mv->value.usd == p->f.value.usd) ||
	    negated(d, s, s->t1))
		return ENT_OK;
	year = p->f.year;
	memcpy(sup, p->f.suppliers[0].s, sizeof sup); /* the candidates may move */
	memcpy(rec, p->f.recipient.s, sizeof rec);
	if ((rc = ent__cand_new(d, ENT_FACT_DEAL, (int)ui, &c)))
		return rc;
	if ((rc = add_items(d, c, s, NULL, NULL)))
		return rc;
	if (c->f.nitems == 0) {
		c->dropped = 1;
		return ENT_OK;
	}
	ent_fact_add_code(c->f.suppliers, &c->f.nsuppliers, sup);
	ent_code_set(&c->f.recipient, rec);
	c->directed = 1;
	c->f.status = status_at(d, s, &at);
	if (c->f.status == ENT_STATUS_NONE)
		c->f.status = ENT_STATUS_REPORTED;
	sy = stage_year(d, s, at);
	c->f.year = sy >= 0 ? sy : year_in(d, s);
	if (c->f.year <= 0)
		c->f.year = year; /* the same release: the year of the deal before */
	c->f.value = mv->value;
	c->f.confidence = 0.6;
	d->last_deal = (int)(c - d->cands);
	*made = 1;
	return ent__add_unit_evidence(d, c, (int)ui, "deal.further_sale");
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

/* A heading that names a year and little else ("2019", "## 2023", "In
 * 2018", "Deliveries in 2021") frames the lines under it in that year: the
 * year, or 0 for a heading that is no year heading. */
static int heading_year(const dctx *d, size_t ui)
{
	/* a date line is no section: "Published on Feb 24, 2022", "APS - 13
	 * November 2020", "date 2023-09-05" */
	static const char *dated[] = {"january", "february", "march", "april", "may", "june",
				      "july", "august", "september", "october", "november",
				      "december", "published", "updated", "posted", "written",
				      "date", "dated", NULL};
	const unit *u = &d->units[ui];
	size_t k, j, yt = NONE;
	int year = 0, words = 0;
	for (k = u->m0; k < u->m1; k++) {
		const mention *m = M(d, k);
		if (m->kind == MK_YEAR && !m->from_month && !year && m->t1 == m->t0 + 1) {
			year = m->year;
			yt = m->t0;
		} else if (m->kind == MK_YEAR || m->kind == MK_ACTOR) {
			return 0;
		}
	}
	for (k = u->t0; year && k < u->t1; k++) {
		const char *key = TKEY(&d->t, k);
		size_t kl = d->t.v[k].keylen;
		if (k == yt || kis(d, k, "#") || kis(d, k, ":"))
			continue;
		if (d->t.v[k].kind != TK_WORD || ++words > 4)
			return 0;
		for (j = 0; dated[j]; j++)
			if (kl >= 3 && strncmp(key, dated[j], kl) == 0)
				return 0;
	}
	return year;
}

static const char *w_package_n[] = {"package", "packages", NULL};

/* A link to another article ("Related: X buys jets", "Read more: ...",
 * "Also read: ...", "See also: ...") tells that article's news, not this
 * one's. */
static int link_line(const dctx *d, const unit *u)
{
	size_t t = u->t0;
	if (t + 2 >= u->t1 || d->t.v[t].kind != TK_WORD)
		return 0;
	if (kis(d, t, "related"))
		return kis(d, t + 1, ":");
	if ((kis(d, t, "read") && (kis(d, t + 1, "more") || kis(d, t + 1, "also"))) ||
	    (kis(d, t, "also") && kis(d, t + 1, "read")) ||
	    (kis(d, t, "see") && kis(d, t + 1, "also")))
		return kis(d, t + 2, ":");
	return 0;
}

int ent__frames(dctx *d)
{
	size_t ui;
	int rc;
	char list_recipient[12] = "";
	int list_exercise = -1, section_year = 0, list_package = -1;
	size_t holders_goods = NONE; /* the goods of a factbox list of holders */
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
		if (link_line(d, u))
			continue;
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
		if (u->kind == UK_BULLET && list_package >= 0 && u->bullet_subject < 0) {
			if ((rc = package_list_item(d, ui, list_package)))
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
			list_package = -1;
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
		if (ui == 0 || d->units[ui - 1].para != u->para) {
			open_year(d, u);
			/* "AZERBAIJAN In Nagorno-Karabakh, ...": a holder of the
			 * goods of the list announced before (stop 47) */
			if (holders_goods != NONE && (rc = factbox_holder(d, ui, holders_goods)) <= 0) {
				if (rc < 0)
					return rc;
				holders_goods = NONE;
			}
		}
		if (u->kind == UK_HEADING)
			section_year = ui > 0 ? heading_year(d, ui) : 0;
		span_of_unit(d, ui, &s);
		s.year_def = section_year;
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
		} else if (!new_deal(d, before)) {
			int made;
			if ((rc = further_sale(d, ui, &s, &made)))
				return rc;
			if (!made && (rc = deliveries_to_other(d, ui, &s, &made)))
				return rc;
			if (!made && (rc = continue_deal(d, ui, 0)))
				return rc;
		}
		denied_before(d, ui, &s);
		denied_claims(d, ui, &s);
		called_off_before(d, ui, &s);
		remember_states(d, u);
		remember_year(d, u);
		if (u->ends_colon) {
			size_t k;
			holders_goods = factbox_intro(d, ui);
			for (k = before; k < d->ncands; k++)
				if (d->cands[k].f.type == ENT_FACT_EXERCISE && !d->cands[k].dropped)
					list_exercise = (int)k;
			/* "Included in the package for Y are:" after a sale */
			if (find_in(d, u->t0, u->t1, w_package_n) != NONE && d->last_deal >= 0 &&
			    !d->cands[d->last_deal].dropped &&
			    d->cands[d->last_deal].f.type == ENT_FACT_DEAL)
				list_package = d->last_deal;
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
