/*
 * frames_relation.c - rules for memberships ("X joined Y", "member of Y")
 * and rivalries ("X's arch-rival Y", "rivalry between X and Y").
 */
#include "extract/frames_internal.h"
#include "entente/errors.h"

#include <string.h>

/* ---- memberships ------------------------------------------------------------ */

/* Nouns a bloc's name qualifies ("joined EU sanctions", "NATO exercises",
 * "EU countries"): the bloc is then no body joined (stop 53). */
static const char *w_bloc_mod[] = {"sanctions", "exercise", "exercises", "drills", "summit",
				   "statement", "mission", "missions", "call", "effort", "efforts",
				   "operation", "operations", "force", "forces", "troops",
				   "countries", "states", "nations", "governments", "members",
				   "partners", "leaders", "officials", "meeting", "talks",
				   "declaration", "rules", "standards", "funds", "funding", "aid",
				   "initiative", "plan", "-", NULL};

/* A membership of the state `code` in bloc `bloc` under rule. */
static int add_membership(dctx *d, const span *s, const char *code, const char *bloc,
			  double conf, const char *rule)
{
	cand *c;
	int rc;
	if ((rc = ent__cand_new(d, ENT_FACT_MEMBERSHIP, s->unit, &c)))
		return rc;
	ent_code_set(&c->f.actor, code);
	ent_code_set(&c->f.target, bloc);
	c->f.confidence = conf;
	return emit(d, c, s, rule);
}

/* "NATO member Turkey", "fellow NATO members Poland and the Czech
 * Republic", "in NATO ally Poland": a bloc's name, "member(s) / ally
 * (allies)" (maybe "state(s) / country"), then states joined by commas
 * and "and": each is a member (membership.title, stop 53). */
static int bloc_title_members(dctx *d, const span *s)
{
	static const char *w_title_n[] = {"member", "members", "ally", "allies", NULL};
	static const char *w_kind[] = {"state", "states", "country", "countries", "nation",
				       "nations", NULL};
	size_t k, j;
	int rc;
	for (k = s->m0; k < s->m1; k++) {
		const mention *b = M(d, k), *m;
		if (b->kind != MK_ACTOR || b->gz != GZ_BLOC || b->possessive ||
		    b->t1 + 1 >= s->t1 || !kin(d, b->t1, w_title_n) || negated(d, s, b->t0))
			continue;
		j = b->t1 + 1;
		if (kin(d, j, w_kind))
			j++;
		for (; j != NONE; j = list_next(d, s, m->t1)) {
			if (j < s->t1 && kis(d, j, "the"))
				j++;
			m = j < s->t1 ? mention_at(d, s, j) : NULL;
			if (!m || m->t0 != j || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
			    m->gz == GZ_DEMONYM || m->gz == GZ_BLOC || m->possessive)
				break;
			if ((rc = add_membership(d, s, m->code, b->code, 0.7, "membership.title")))
				return rc;
		}
	}
	return ENT_OK;
}

/* "X joined NATO", "X is a member of the CSTO", "X's membership in the
 * SCO": the bloc within eight words after the word of membership ("a
 * member of the Moscow-led Collective Security Treaty Organization"), unless
 * it qualifies a noun after it ("X joined EU sanctions against Y"); each
 * state before the word is a member, no demonym ("hosts a Russian
 * military base and is a member of ...") and no possessive but one right
 * before the word ("Armenia's membership"). */
int rule_membership(dctx *d, const span *s)
{
	size_t trig = find_in(d, s->t0, s->t1, w_member), k;
	const mention *bloc = NULL;
	int rc, n = 0;
	if ((rc = bloc_title_members(d, s)))
		return rc;
	if (trig == NONE || negated(d, s, trig))
		return ENT_OK;
	for (k = s->m0; k < s->m1 && !bloc; k++)
		if (M(d, k)->kind == MK_ACTOR && M(d, k)->gz == GZ_BLOC && M(d, k)->t0 > trig)
			bloc = M(d, k);
	if (!bloc || bloc->t0 > trig + 8 ||
	    (bloc->t1 < s->t1 && !d->t.v[bloc->t1].upper && kin(d, bloc->t1, w_bloc_mod)))
		return ENT_OK;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 >= trig)
			break;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || m->gz == GZ_DEMONYM ||
		    (m->possessive && m->t1 + 1 != trig))
			continue;
		if ((rc = add_membership(d, s, m->code, bloc->code, 0.8, "membership.member")))
			return rc;
		n++;
	}
	/* "Both countries are members of ...": the states last named together */
	if (!n) {
		char ana[4][12];
		int w, na = anaphor_states(d, s, ana);
		for (w = 0; w < na; w++)
			if ((rc = add_membership(d, s, ana[w], bloc->code, 0.6, "membership.both")))
				return rc;
	}
	return ENT_OK;
}

/* ---- rivalries -------------------------------------------------------------- */

int add_rivalry(dctx *d, const span *s, const char *a, const char *b, const char *rule)
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

int rule_rivalry(dctx *d, const span *s)
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
