/*
 * frames_stance.c - rules for stances: support, opposition, condemnation,
 * concern, sanctions, recognition, votes, envoys and quoted speakers, each
 * from an actor (a state, its government, office or spokesperson) towards a
 * target state or issue.
 */
#include "extract/frames_internal.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* "along with" / "together with" ending at token j - 1 ("Peru, along with
 * Bolivia, condemned ..."): the token of "along"/"together", or NONE
 * (stance.along_with, test_extract_stance_actors.c). */
static size_t along_with_before(const dctx *d, const span *s, size_t j)
{
	if (j < s->t0 + 2 || !kis(d, j - 1, "with") ||
	    !(kis(d, j - 2, "along") || kis(d, j - 2, "together")))
		return NONE;
	return j - 2;
}

static size_t coordinated_pp(const dctx *d, const span *s, const mention *a, const mention **out,
			     size_t max, int in_pp);
static const mention *latest_person(const dctx *d, const span *s, size_t t);
static const mention *label_reporter(const dctx *d, const span *s, size_t i, size_t b);
static int skip_quote(const dctx *d, size_t i);

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

/* "warnings from Brussels": the capital that is the seat of the EU and
 * NATO speaks for them, not for its state (a mention of the text only). */
static int eu_seat(const dctx *d, const mention *m)
{
	return m >= d->m.v && m < d->m.v + d->m.n && m->gz == GZ_CAPITAL &&
	       kis(d, m->t0, "brussels");
}

/* Participles of hearsay before "to": "X is said (reported) to back Y"
 * (hearsay_before, progressive_support). */
static const char *w_told_pp[] = {"said", "reported", NULL};

/* Is the stance whose trigger is at token v told as hearsay: "X is
 * (also) said (reported) to ...", "reportedly", "allegedly" before it? */
static int hearsay_before(const dctx *d, const span *s, size_t v)
{
	size_t i;
	for (i = s->t0; i < v && i < s->t1; i++)
		if ((K(i)[0] == 'r' || K(i)[0] == 'a') &&
		    (kis(d, i, "reportedly") || kis(d, i, "allegedly")))
			return 1;
		else if (i > s->t0 && i + 1 < v && kin_local(d, i, w_told_pp) &&
			 kis(d, i + 1, "to") &&
			 (KIN(d, i - 1, w_be) || (i > s->t0 + 1 && kis(d, i - 1, "also") &&
						  KIN(d, i - 2, w_be))))
			return 1;
	return 0;
}

static int add_stance1(dctx *d, const span *s, const mention *actor, const mention *target,
		       ent_polarity pol, size_t after, size_t next_trig, const char *rule)
{
	cand *c;
	const mention *iss;
	int rc, year;
	if (!actor || !target || strcmp(actor->code, target->code) == 0)
		return ENT_OK;
	if (eu_seat(d, actor) || eu_seat(d, target))
		return ENT_OK;
	if (actor->gz == GZ_BLOC || target->gz == GZ_BLOC) {
		/* "The G7 condemned Y", "X condemned the GCC letter": a stance
		 * of (toward) each member of a small bloc of
		 * bloc-members.tsv; none for another bloc */
		const mention *b = actor->gz == GZ_BLOC ? actor : target;
		const char *mem[ENT_BLOC_MEMBERS_MAX];
		int n = ent__gazetteer_bloc_members(d->gz, b->code, mem), k;
		if (actor->gz == GZ_BLOC && target->gz == GZ_BLOC)
			return ENT_OK;
		for (k = 0; k < n; k++) {
			mention x;
			code_mention(&x, mem[k]);
			if ((rc = add_stance1(d, s, b == actor ? &x : actor, b == actor ? target : &x,
					      pol, after, next_trig, rule)))
				return rc;
		}
		return ENT_OK;
	}
	{
		/* either party may have been read off an earlier candidate */
		ent_code ac, tc;
		const char *acode = pin_code(d, &ac, actor->code);
		const char *tcode = pin_code(d, &tc, target->code);
		if ((rc = ent__cand_new(d, ENT_FACT_STANCE, s->unit, &c)))
			return rc;
		ent_code_set(&c->f.actor, acode);
		ent_code_set(&c->f.target, tcode);
	}
	c->f.polarity = pol;
	iss = issue_near(d, s, after, next_trig);
	if (!iss)
		iss = issue_near(d, s, s->t0, s->t1);
	if (iss && !(c->f.issue = ent__strdup(iss->canon)))
		return ENT_ENOMEM;
	year = year_in(d, s);
	c->f.year = year ? year : s->year_def;
	/* hearsay ("is said to back Y") is a stance less sure (stop 53) */
	c->f.confidence = hearsay_before(d, s, after) ? 0.5 : 0.7;
	return emit(d, c, s, rule);
}

/* "..., while (also) (publicly) supporting Y's claim": the "while" before
 * the gerund at i (over "also", "still" and adverbs in -ly), or NONE
 * (stop 65). */
static size_t while_gerund(const dctx *d, const span *s, size_t i)
{
	size_t q = i, n = 0;
	if (!ends_ing(K(i)))
		return NONE;
	while (q > s->t0 && n < 2 &&
	       (ly_adverb(d, q - 1) || kis(d, q - 1, "also") || kis(d, q - 1, "still"))) {
		q--;
		n++;
	}
	return q > s->t0 + 1 && (kis(d, q - 1, "while") || kis(d, q - 1, "whilst")) ? q - 1
										      : NONE;
}

/* "supporting" states a stance only in a progressive of the clause's
 * subject ("Russia is actively supporting Y"; "X is (also) said to be
 * supporting Y" too, as hearsay: stop 53), after "continue (keep)", or in
 * a motion voted on ("voted for a resolution supporting Y"; stop 56), or
 * after "while (also)" (stop 65); not after another "to be" nor as a
 * modifier ("a statement supporting Y"); other support verbs always do. */
static int progressive_support(const dctx *d, const span *s, size_t i)
{
	static const char *w_motion_n[] = {"resolution", "resolutions", "motion", "draft", NULL};
	static const char *w_vote_v[] = {"voted", "votes", "vote", "voting", "vetoed", "vetoes",
					 "veto", "blocked", "sponsored", "co-sponsored", NULL};
	static const char *w_go_on[] = {"continue", "continues", "continued", "continuing",
					"keep", "keeps", "kept", NULL};
	size_t q = i, n = 0;
	if (!kis(d, i, "supporting"))
		return 1;
	/* "will continue supporting Y" (stop 56) */
	if (i > s->t0 && kin_local(d, i - 1, w_go_on))
		return 1;
	/* "voted for (against) a (UN) resolution supporting Y": the motion's
	 * verb, when a vote on it is told within eight words (stop 56) */
	if (i > s->t0 + 1 && kin_local(d, i - 1, w_motion_n)) {
		for (q = i - 1, n = 0; q > s->t0 && n < 8; q--, n++)
			if (kin_local(d, q - 1, w_vote_v))
				return 1;
		return 0;
	}
	while (q > s->t0 && n < 2 && (ly_adverb(d, q - 1) || kis(d, q - 1, "also") ||
				      kis(d, q - 1, "still"))) {
		q--;
		n++;
	}
	/* "France has emerged as a supplier, while also publicly supporting
	 * India's claim": a clause of the subject's own (stop 65; q is where
	 * while_gerund looks for "while") */
	if (q > s->t0 + 1 && (kis(d, q - 1, "while") || kis(d, q - 1, "whilst")))
		return 1;
	/* "X is (also) said (reported) to be supporting Y", as "is said to
	 * support Y" (stop 53) */
	if (q > s->t0 + 3 && kis(d, q - 1, "be") && kis(d, q - 2, "to") &&
	    kin_local(d, q - 3, w_told_pp)) {
		q -= 3;
		if (q > s->t0 + 1 && (ly_adverb(d, q - 1) || kis(d, q - 1, "also")))
			q--; /* "is also said to be" */
		return KIN(d, q - 1, w_be);
	}
	return q > s->t0 && KIN(d, q - 1, w_be) && !kis(d, q - 1, "be");
}

/* "China and Russia oppose ...", "Turkey, Azerbaijan and Pakistan pledged
 * ...": the states coordinated with mention a by "and" (a comma list needs
 * one), in text order, a among them; only a when a is no name of the
 * gazetteer's mentions or the list follows a preposition ("between X and
 * Y", "from X and Y"). */

static size_t coordinated(const dctx *d, const span *s, const mention *a, const mention **out,
			  size_t max)
{
	return coordinated_pp(d, s, a, out, max, 0);
}

/* as coordinated(); with in_pp a list after a preposition counts too ("backed
 * by Turkey and Pakistan": every agent) */
static const char *w_envoy_n[] = {"ambassador", "ambassadors", "envoy", "envoys", NULL};
/* plural nouns of those who speak for states ("the foreign ministers of X
 * and Y", "the leaders of X and Y", "the foreign ministries of X, Y and Z";
 * stance.officials_of_list) */
static const char *w_officials_pl[] = {"representatives", "diplomats", "ministers", "leaders",
				       "presidents", "governments", "officials", "premiers",
				       "spokespeople", "spokesmen", "ministries", "delegations",
				       NULL};

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
					  kin(d, j - 2, w_officials_pl))) {
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

/* "accused (its) longtime power broker X of ...": after a verb of
 * accusing at v, two to four small words that describe X, then X and "of"
 * or "and";
 * X, or NULL (stance.verb, test_extract_armsales.c). */
static const mention *accused_described(const dctx *d, const span *s, size_t v)
{
	size_t j, n;
	const mention *m;
	if (!(kis(d, v, "accused") || kis(d, v, "accuses") || kis(d, v, "accuse") ||
	      kis(d, v, "accusing")))
		return NULL;
	for (j = v + 1, n = 0; j < s->t1 && n < 4; j++, n++)
		if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper || kis(d, j, "of"))
			break;
	m = n >= 2 ? mention_at(d, s, j) : NULL;
	if (!m || m->t0 != j || !ent__is_state_mention(m) || m->gz == GZ_DEMONYM ||
	    m->gz == GZ_FIRM || m->possessive || m->t1 >= s->t1 ||
	    !(kis(d, m->t1, "of") || kis(d, m->t1, "and")))
		return NULL; /* "... X of", "... X and Y of" */
	return m;
}

/* Is token i a lower-case word of more than five letters in "-ing"? */
static int lower_ing(const dctx *d, size_t i)
{
	const char *k = K(i);
	size_t n = strlen(k);
	return d->t.v[i].kind == TK_WORD && !d->t.v[i].upper && n > 5 &&
	       strcmp(k + n - 3, "ing") == 0;
}

/* "With X and Y backing Z, ...": a list right after a "with" that opens the
 * sentence (or its quote), followed by an -ing word, is the subject of
 * that participle, not the object of "with" (test_extract_armsales.c). */
static int with_absolute(const dctx *d, const span *s, size_t j, size_t e)
{
	if (j <= s->t0 || !kis(d, j - 1, "with") ||
	    !(j - 1 == s->t0 || (j - 2 == s->t0 && d->t.v[s->t0].kind == TK_PUNCT)) ||
	    e >= s->t1)
		return 0;
	return lower_ing(d, e);
}

/* A bloc as one item of a list of states ("Peru, the African Union, Chile
 * and Canada condemned ..."): passed over, never listed, so the states on
 * both sides of it stay one list (stance.list_bloc,
 * test_extract_stance_lists.c). */
static int list_bloc(const mention *b)
{
	return b->gz == GZ_BLOC && !b->possessive;
}

/* "Peru, Chile condemn Bolivia raid": a headline joins its states with a
 * comma alone; the list (ending at token e) counts when the unit is a
 * heading and a small word (the verb) follows it (stance.heading_list,
 * test_extract_stance_lists.c). */
static int heading_list(const dctx *d, const span *s, size_t e)
{
	return s->unit >= 0 && d->units[s->unit].kind == UK_HEADING && e < s->t1 &&
	       d->t.v[e].kind == TK_WORD && !d->t.v[e].upper && !kis(d, e, "and") &&
	       !kis(d, e, "'s");
}

/* "Kenya voiced concern as Peru and Chile condemned ...": "as" that opens a
 * clause whose subject is the list from token j to e, followed by a small
 * word (its verb) that is no preposition; "such as", "as well as" and "as
 * ... as" are no clause (stance.as_clause_list, test_extract_stance_lists.c). */
static int as_clause_list(const dctx *d, const span *s, size_t j, size_t e,
			  const char *const *preps)
{
	size_t q;
	if (!kis(d, j - 1, "as") || e >= s->t1 || d->t.v[e].kind != TK_WORD || d->t.v[e].upper ||
	    kin(d, e, preps) || kis(d, e, "'s") || kis(d, e, "well") ||
	    (j >= s->t0 + 2 && (kis(d, j - 2, "such") || kis(d, j - 2, "well"))))
		return 0;
	for (q = s->t0; q + 1 < j; q++)
		if (kis(d, q, "as"))
			return 0; /* "as many as", "the same as" */
	return 1;
}

static size_t coordinated_pp(const dctx *d, const span *s, const mention *a, const mention **out,
			     size_t max, int in_pp)
{
	static const char *preps[] = {"with", "from", "to", "for", "by", "of", "against", "in",
				      "on", "over", "as", "than", "between", "among", "amongst",
				      "and", "at", "into", "toward", "towards", "via", NULL};
	size_t k0, k1, k, n = 0, j;
	int and = 0, dem, asw = 0;
	out[0] = a;
	if (!a || a < d->m.v || a >= d->m.v + d->m.n || a->gz == GZ_FIRM ||
	    !(a->gz == GZ_STATE || a->gz == GZ_CAPITAL || a->gz == GZ_DEMONYM))
		return 1;
	dem = a->gz == GZ_DEMONYM;
	k0 = k1 = (size_t)(a - d->m.v);
	if (k0 < s->m0 || k0 >= s->m1)
		return 1;
	/* "X, Y, and the Republic of Korea (ROK) condemn": a short name in
	 * brackets after the same state's name stands where that name does
	 * (stop 35) */
	if (k0 > s->m0 && a->t0 > s->t0 + 1 && kis(d, a->t0 - 1, "(") &&
	    M(d, k0 - 1)->t1 == a->t0 - 1 && !strcmp(M(d, k0 - 1)->code, a->code))
		k0--;
	/* leftwards: "X and a", "X, Y and a" */
	while (k0 > s->m0) {
		const mention *p = M(d, k0 - 1), *c = M(d, k0);
		size_t jn = c->t0;
		if (jn > s->t0 + 1 && kis(d, jn - 1, "the"))
			jn--; /* "Saudi Arabia, the United Arab Emirates and" */
		if (jn == 0)
			break;
		j = jn - 1;
		if (!dem && along_with_before(d, s, jn) != NONE) {
			/* "X, along with a": X ends before "along" or its comma */
			j = along_with_before(d, s, jn);
			if (j > s->t0 && kis(d, j - 1, ","))
				j--;
			if (p->t1 != j || !ent__is_state_mention(p) || p->possessive ||
			    !(p->gz == GZ_STATE || p->gz == GZ_CAPITAL))
				break;
			and = 1;
			k0--;
			continue;
		}
		if (jn >= s->t0 + 4 && kis(d, j, "as") && kis(d, j - 1, "well") &&
		    kis(d, j - 2, "as")) {
			j -= 2; /* "X as well as a" (stop 44) */
			asw = 1;
		} else if (kis(d, j, "and")) {
			if (j > 0 && kis(d, j - 1, ","))
				j--;
		} else if (!kis(d, j, ",")) {
			break;
		}
		if (j > s->t0 + 2 && kis(d, j - 1, ")")) {
			/* "Saudi Arabia, United Arab Emirates (UAE), Bahrain":
			 * past a short name in brackets (its mention joins the
			 * list, a name said twice) */
			size_t q;
			for (q = j - 1; q > s->t0 + 1 && q + 4 > j && !kis(d, q - 1, "("); q--)
				;
			if (q > s->t0 + 1 && kis(d, q - 1, "(")) {
				while (k0 > s->m0 && M(d, k0 - 1)->t0 >= q - 1 &&
				       M(d, k0 - 1)->t1 <= j)
					k0--;
				if (k0 == s->m0)
					break;
				j = q - 1;
				p = M(d, k0 - 1);
			}
		}
		if (!dem && p->t1 == j && list_bloc(p)) {
			and |= kis(d, jn - 1, "and");
			k0--;
			continue;
		}
		if (p->t1 != j || !ent__is_state_mention(p) || p->gz == GZ_FIRM ||
		    !(p->gz == GZ_STATE || p->gz == GZ_CAPITAL || p->gz == GZ_DEMONYM) ||
		    (p->gz == GZ_DEMONYM) != dem || p->possessive)
			break;
		and |= kis(d, jn - 1, "and") || asw;
		asw = 0;
		k0--;
	}
	/* rightwards: "a and Y", "a, Y and Z" */
	while (k1 + 1 < s->m1 && !M(d, k1)->possessive) {
		const mention *c = M(d, k1), *nx = M(d, k1 + 1);
		int isand = 0;
		j = c->t1;
		if (!dem && j < s->t1 && kis(d, j, ","))
			j++;
		if (!dem && j + 2 < s->t1 && along_with_before(d, s, j + 2) == j) {
			j += 2; /* "a, along with Y" */
			isand = 1;
		} else if ((j = c->t1) < s->t1 && kis(d, j, ",") && j + 1 < s->t1 &&
			   kis(d, j + 1, "and")) {
			j += 2;
			isand = 1;
		} else if (j < s->t1 && kis(d, j, "and")) {
			j++;
			isand = 1;
		} else if (j + 3 < s->t1 && kis(d, j, "as") && kis(d, j + 1, "well") &&
			   kis(d, j + 2, "as")) {
			j += 3; /* "warned X as well as Y" (stop 44) */
			isand = 1;
		} else if (j < s->t1 && kis(d, j, ",")) {
			j++;
		} else {
			break;
		}
		if (j + 1 < s->t1 && kis(d, j, "the") && nx->t0 == j + 1)
			j++; /* "X, the United Arab Emirates, Y and Z" */
		if (!dem && nx->t0 == j && list_bloc(nx)) {
			and |= isand;
			k1++;
			continue;
		}
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
				/* "and the (other) Arab states": "other" is free,
				 * so are the words of "a number of (other)" */
				w += !kis(d, q, "other") && !kis(d, q, "a") && !kis(d, q, "number") &&
				     !kis(d, q, "of");
				q++;
			}
			and = q < s->t1 && KIN(d, q, w_group_noun);
		}
	}
	if (k0 != k1 && !and && heading_list(d, s, M(d, k1)->t1))
		and = 1;
	if (k0 == k1 || !and)
		return 1;
	/* a list in a prepositional phrase is no subject */
	j = M(d, k0)->t0;
	if (j > s->t0 && KIN(d, j - 1, w_det))
		j--;
	if (!in_pp && j > s->t0 && kin(d, j - 1, preps) && !list_names_group(d, s, j) &&
	    !with_absolute(d, s, j, M(d, k1)->t1) && !as_clause_list(d, s, j, M(d, k1)->t1, preps) &&
	    /* ", and A and B are ...": a clause's subject (stop 37) */
	    !(kis(d, j - 1, "and") && j > s->t0 + 1 && kis(d, j - 2, ",")))
		return 1;
	for (k = k0; k <= k1 && n < max; k++) {
		size_t q;
		int dup = 0;
		if (M(d, k)->gz == GZ_BLOC)
			continue;
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

/* "lodged protests with X and Y in ...", "condemned X and Y.": a pair of
 * objects (target t, the pair ending at token j) that closes the clause,
 * before a stop or a preposition of place, time or purpose, and that no
 * "between / among / of / and" governs (stance.pair_object,
 * test_extract_actor_binding.c). */
static int pair_object_ends(const dctx *d, const span *s, const mention *t, size_t j)
{
	static const char *end[] = {"in", "on", "to", "after", "over", "about", ".", ";", ",", NULL};
	if (j < s->t1 && !kin(d, j, end))
		return 0;
	return !(t->t0 > s->t0 && (kis(d, t->t0 - 1, "between") || kis(d, t->t0 - 1, "among") ||
				   kis(d, t->t0 - 1, "of") || kis(d, t->t0 - 1, "and")));
}

/* "accusing the United States, Russia, and France of failing": the states
 * of a list that starts at the target, has a comma and closes with "and",
 * and ends before a preposition or a stop; else only the target. */
static size_t coordinated_objects(const dctx *d, const span *s, const mention *t,
				  const mention **out, size_t max)
{
	static const char *after[] = {"of", "for", "over", "on", "in", "to", "with", "about",
				      "against", ",", ".", ";", NULL};
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
		} else if (j + 3 < s->t1 && kis(d, j, "as") && kis(d, j + 1, "well") &&
			   kis(d, j + 2, "as")) {
			j += 3; /* "warned X as well as Y against" (stop 44) */
			and = 1;
		} else if (j < s->t1 && kis(d, j, ",")) {
			j++;
			comma = 1;
		} else {
			break;
		}
		if (j + 1 < s->t1 && kis(d, j, "the") && nx->t0 == j + 1)
			j++; /* "X, the European Union, the United Kingdom and Y" */
		if (nx->t0 == j && list_bloc(nx)) {
			k1++;
			continue;
		}
		if (and && nx->t0 == j && nx->possessive && ent__is_state_mention(nx) &&
		    kis(d, j - 1, "and") && !kis(d, j - 2, ",") && /* not ", and X's" */
		    (nx->gz == GZ_STATE || nx->gz == GZ_CAPITAL) && nx->t1 + 1 < s->t1 &&
		    d->t.v[nx->t1 + 1].kind == TK_WORD && !d->t.v[nx->t1 + 1].upper) {
			/* "backs Sweden and Finland's membership": the owner
			 * closing the list owns the noun with the others (stop
			 * 66) */
			for (k1++; k <= k1 && n < max; k++)
				if (M(d, k)->gz != GZ_BLOC)
					out[n++] = M(d, k);
			return n ? n : 1;
		}
		if (nx->t0 != j || !ent__is_state_mention(nx) || nx->possessive ||
		    !(nx->gz == GZ_STATE || nx->gz == GZ_CAPITAL))
			return 1;
		k1++;
	}
	j = M(d, k1)->t1;
	/* "opposition (objected) to Sweden and Finland joining the bloc":
	 * the subjects of a gerund after "to" (stop 63) */
	int gerund = and && j < s->t1 && t->t0 > s->t0 &&
		     (kis(d, t->t0 - 1, "to") || kis(d, t->t0 - 1, "against")) &&
		     d->t.v[j].kind == TK_WORD && !d->t.v[j].upper && ends_ing(K(j));
	if (and && !comma) {
		/* "criticized China and Russia for ...", "accused X and Y of
		 * ...": two states before the preposition of the charge */
		if (!(j < s->t1 && (kis(d, j, "for") || kis(d, j, "of") || kis(d, j, "over") ||
				    kis(d, j, "against"))) &&
		    !pair_object_ends(d, s, t, j) && !gerund)
			return 1;
	} else if (!and || !comma) {
		return 1;
	}
	if (j < s->t1 && !kin(d, j, after) && !gerund)
		return 1;
	for (; k <= k1 && n < max; k++)
		if (M(d, k)->gz != GZ_BLOC)
			out[n++] = M(d, k);
	return n ? n : 1;
}

/* "Both countries condemned Y", "The two nations also criticised Y's
 * plans": a sentence that opens with a plural anaphor as the subject of
 * the stance word at v (only adverbs or auxiliaries between) gives a
 * stance of each state it stands for (anaphor_states). */
static int plural_subject_stance(dctx *d, const span *s, const mention *target,
				 ent_polarity pol, size_t v, size_t next_trig, const char *rule)
{
	char ana[4][12];
	size_t e = s->t0, i;
	int n, k, rc, det;
	/* "These three countries are among the critics of Y" (stop 57) */
	det = kis(d, e, "the") || kis(d, e, "these") || kis(d, e, "those");
	if (det)
		e++;
	if (e + 1 >= s->t1 || !KIN(d, e, w_group_num) || !KIN(d, e + 1, w_group_noun) ||
	    kis(d, e + 1, "members") || kis(d, e + 1, "allies") || kis(d, e + 1, "partners"))
		return ENT_OK;
	if (det == kis(d, e, "both"))
		return ENT_OK; /* "both countries", "the two sides" */
	e += 2;
	if (v < e || v > e + 2)
		return ENT_OK;
	for (i = e; i < v; i++)
		if (d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
			return ENT_OK;
	n = anaphor_states(d, s, ana);
	for (k = 0; k < n; k++) {
		mention x;
		code_mention(&x, ana[k]);
		if ((rc = add_stance1(d, s, &x, target, pol, v, next_trig, rule)))
			return rc;
	}
	return ENT_OK;
}

static size_t mention_from(const dctx *d, size_t i);

/* The most signatories of a joint statement kept. */
#define STMT_SIGNERS_MAX 16

/* Nouns of a joint statement and of those who issue it together. */
static const char *w_joint_doc_n[] = {"statement", "declaration", "communique", "communiqué",
				      "letter", "document", NULL};
static const char *w_stress_v[] = {"emphasized", "emphasised", "stressed", "declared", "wrote",
				   NULL};
static const char *w_joint_signer_n[] = {"ministers", "signatories", "leaders", "heads",
					 "participants", NULL};

/* The states of the list of states joined by ",", "and" and "the" that
 * opens at token j, added to out (n of them already, at most max): the
 * new count. */
static int states_from(const dctx *d, size_t j, const char **out, int n, int max)
{
	size_t k = mention_from(d, j);
	while (j < d->t.n) {
		if (kis(d, j, ",") || kis(d, j, "and") || kis(d, j, "the")) {
			j++;
			continue;
		}
		while (k < d->m.n && M(d, k)->t0 < j)
			k++;
		if (k >= d->m.n || M(d, k)->t0 != j || M(d, k)->kind != MK_ACTOR)
			break;
		/* a state, or a name read as a demonym that no noun follows
		 * ("Japan, New Zealand and the United States") */
		if ((M(d, k)->gz == GZ_STATE ||
		     (M(d, k)->gz == GZ_DEMONYM && M(d, k)->t1 < d->t.n &&
		      (kis(d, M(d, k)->t1, ",") || kis(d, M(d, k)->t1, "and")))) &&
		    n < max)
			out[n++] = M(d, k)->code;
		j = M(d, k)->t1;
	}
	return n;
}

/* The token where the list of states (joined by ",", "and" and "the")
 * that ends right before token i opens; i when none ends there. */
static size_t states_list_start(const dctx *d, size_t i)
{
	size_t k = mention_from(d, i), j = i, start = i;
	while (j > 0) {
		if (kis(d, j - 1, ",") || kis(d, j - 1, "and") || kis(d, j - 1, "the")) {
			j--;
			continue;
		}
		while (k > 0 && M(d, k - 1)->t1 > j)
			k--;
		if (k == 0 || M(d, k - 1)->t1 != j || M(d, k - 1)->kind != MK_ACTOR)
			break;
		j = start = M(d, --k)->t0;
	}
	return start;
}

/* A joint statement's signatories, anywhere in the document (at least
 * two states; up to STMT_SIGNERS_MAX in out), or 0 (stance.signatories):
 * - "The statement (declaration, letter) was signed (, in particular,) by
 *   (representatives of) A, B, C and D";
 * - "A, B and C joined D and the EU in the joint statement";
 * - "A, B and C issued (released, adopted) a joint statement". */
static int statement_signatories(const dctx *d, const char *out[STMT_SIGNERS_MAX])
{
	static const char *w_delegate_n[] = {"representatives", "ministers", "leaders", "envoys",
					     "officials", "delegates", "heads", NULL};
	static const char *w_issue_v[] = {"issued", "released", "adopted", "published", NULL};
	size_t i, j, q;
	int n;
	for (i = 2; i + 2 < d->t.n; i++) {
		int passive = kis(d, i - 1, "was") || kis(d, i - 1, "were");
		if (kis(d, i, "joined") || (kin(d, i, w_issue_v) && !passive)) {
			size_t a = states_list_start(d, i);
			if (a == i)
				continue;
			j = i + 1;
			n = states_from(d, a, out, 0, STMT_SIGNERS_MAX);
			if (kis(d, i, "joined")) { /* the states joined, then "in the statement" */
				n = states_from(d, j, out, n, STMT_SIGNERS_MAX);
				for (q = j; q < d->t.n && q < j + 12 && !kis(d, q, "in"); q++)
					;
				j = q + 1;
			}
			if (j < d->t.n && (kis(d, j, "a") || kis(d, j, "the")))
				j++;
			if (j + 1 < d->t.n && kis(d, j, "joint") && kin(d, j + 1, w_joint_doc_n) &&
			    n >= 2)
				return n;
			continue;
		}
		/* "The statement was issued by the foreign ministers of A, B
		 * and C" (stop 63) */
		if (!(kis(d, i, "signed") || kin(d, i, w_issue_v)) || !passive)
			continue;
		for (q = i - 1; q > 0 && q + 5 > i; q--)
			if (kin(d, q - 1, w_joint_doc_n))
				break;
		if (q == 0 || q + 5 <= i)
			continue;
		j = i + 1;
		if (kis(d, j, ",")) { /* ", in particular," */
			for (q = j + 1; q < d->t.n && q < j + 5 && !kis(d, q, ","); q++)
				;
			if (q >= d->t.n || !kis(d, q, ","))
				continue;
			j = q + 1;
		}
		if (j + 1 >= d->t.n || !kis(d, j, "by"))
			continue;
		j++;
		if (j + 2 < d->t.n && kis(d, j, "the"))
			j++;
		if (j + 2 < d->t.n && (kis(d, j, "foreign") || kis(d, j, "defence") ||
				       kis(d, j, "defense")))
			j++;
		if (j + 1 < d->t.n && kin(d, j, w_delegate_n) &&
		    (kis(d, j + 1, "of") || kis(d, j + 1, "from")))
			j += 2;
		if ((n = states_from(d, j, out, 0, STMT_SIGNERS_MAX)) >= 2)
			return n;
	}
	return 0;
}

/* Does the stance word at v speak for a joint statement's signatories: a
 * sentence that opens with "The (Foreign) Ministers", "The (joint)
 * statement" or "The signatories" as its subject, or a quote the
 * ministers speak ('"We ...," the Foreign Ministers said')? */
static int signatories_speak(const dctx *d, const span *s, size_t v)
{
	static const char *w_read_v[] = {"read", "reads", "said", "says", "stated", "states",
					 "added", "noted", NULL};
	size_t j = s->t0, q;
	if (kis(d, j, "in") && j + 4 < v && kis(d, j + 1, "the")) {
		/* "In the (joint) statement, the participants also condemned" */
		j += 2;
		if (kis(d, j, "joint"))
			j++;
		if (!kin(d, j, w_joint_doc_n) || !kis(d, j + 1, ","))
			return 0;
		j += 2;
	}
	if (kis(d, j, "the")) {
		j++;
		if (j < v && (kis(d, j, "foreign") || kis(d, j, "joint") || kis(d, j, "defence") ||
			      kis(d, j, "defense")))
			j++;
		if (j < v && (kin(d, j, w_joint_doc_n) || kin(d, j, w_joint_signer_n)))
			return 1;
	}
	/* the quote holding v, and its speaker after the closing mark */
	for (q = v; q < d->t.n && q < v + 150 && !quote_mark(d, q); q++)
		;
	if (q >= d->t.n || q >= v + 150)
		return 0;
	for (j = q + 1; j < d->t.n && j < q + 3 && (kis(d, j, ",") || quote_mark(d, j)); j++)
		;
	if (j + 2 >= d->t.n)
		return 0;
	if (kis(d, j, "they")) /* '"We ...," they wrote in the statement' */
		return KIN(d, j + 1, w_speech_verb) || kin(d, j + 1, w_stress_v);
	if (!kis(d, j, "the"))
		return 0;
	j++;
	if (kis(d, j, "foreign") || kis(d, j, "defence") || kis(d, j, "defense") ||
	    kis(d, j, "joint"))
		j++;
	if (j + 1 < d->t.n && kin(d, j, w_joint_doc_n) && kin(d, j + 1, w_read_v))
		return 1; /* '"Our governments ...," the joint statement read' */
	return j + 1 < d->t.n && kin(d, j, w_joint_signer_n) &&
	       (KIN(d, j + 1, w_speech_verb) || kin(d, j + 1, w_stress_v));
}

/* Does the stance word at v speak for the signatories of a joint
 * statement the document lists? */
static int signatory_voice(const dctx *d, const span *s, size_t v)
{
	const char *sig[STMT_SIGNERS_MAX];
	return signatories_speak(d, s, v) && statement_signatories(d, sig) > 0;
}

/* A stance with no actor named, spoken by a joint statement or its
 * signing ministers: a stance of each signatory the document lists;
 * *hit when so. */
static int signatory_stance(dctx *d, const span *s, const mention *target, ent_polarity pol,
			    size_t v, size_t next_trig, const char *rule, int *hit)
{
	const char *sig[STMT_SIGNERS_MAX];
	int n, k, rc;
	*hit = 0;
	if (!signatories_speak(d, s, v) || (n = statement_signatories(d, sig)) == 0)
		return ENT_OK;
	*hit = 1;
	for (k = 0; k < n; k++) {
		mention x;
		if (!strcmp(sig[k], target->code))
			continue;
		code_mention(&x, sig[k]);
		if ((rc = add_stance1(d, s, &x, target, pol, v, next_trig, rule)))
			return rc;
	}
	return ENT_OK;
}

/* A bloc of bloc-members.tsv at mention m, or NULL. */
static const mention *small_bloc(const dctx *d, const mention *m)
{
	const char *mem[ENT_BLOC_MEMBERS_MAX];
	return m && m->kind == MK_ACTOR && m->gz == GZ_BLOC && m->code &&
			       ent__gazetteer_bloc_members(d->gz, m->code, mem) > 0
		       ? m
		       : NULL;
}

/* "The Gulf Cooperation Council, a six-nation bloc, on Sunday endorsed",
 * "The foreign ministers of the G7 countries have condemned": a small
 * bloc named in the first eight words of the sentence, with no state
 * between it and the verb at v (at most fifteen words on), is the
 * subject; NULL when none. */
static const mention *bloc_subject(const dctx *d, const span *s, size_t v)
{
	size_t k, q;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = small_bloc(d, M(d, k));
		if (!m || m->t1 > v || v - m->t1 > 15 || m->t0 > s->t0 + 8)
			continue;
		for (q = k + 1; q < s->m1 && M(d, q)->t0 < v; q++)
			if (ent__is_state_mention(M(d, q)))
				return NULL;
		return m;
	}
	return NULL;
}

/* "X condemned the GCC letter (statement)": a small bloc right after the
 * verb at v (or after "the"); NULL when none. */
static const mention *bloc_object(const dctx *d, const span *s, size_t v)
{
	size_t o = v + 1;
	if (o < s->t1 && kis(d, o, "the"))
		o++;
	return o < s->t1 ? small_bloc(d, mention_at(d, s, o)) : NULL;
}

/* "Chinese President Xi Jinping and Russian President Vladimir Putin
 * pledged support for each other": two states named before token t, each
 * by a demonym or name before a title, joined by "and", none after a
 * preposition; their mentions in out (2), or 0. */
static size_t titled_pair(const dctx *d, const span *s, size_t t, const mention **out)
{
	size_t k, n = 0, j;
	int and = 0;
	for (k = s->m0; k < s->m1 && M(d, k)->t1 <= t; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive)
			continue;
		if (m->t0 > s->t0 && (kis(d, m->t0 - 1, "with") || kis(d, m->t0 - 1, "to") ||
				      kis(d, m->t0 - 1, "against") || kis(d, m->t0 - 1, "from")))
			return 0; /* "with X": no subject */
		if (m->t1 >= s->t1 || !KIN(d, m->t1, w_title))
			continue;
		if (n && !strcmp(out[0]->code, m->code))
			continue;
		if (n == 2)
			return 0;
		out[n++] = m;
	}
	if (n != 2)
		return 0;
	for (j = out[0]->t1; j < out[1]->t0 && !and; j++)
		and = kis(d, j, "and");
	return and ? 2 : 0;
}

/* A stance of the actor and of every state coordinated with it. */
/* "Spain alongside (together with, along with) Ireland, Slovenia, and
 * Norway issued a statement": the state before "alongside" when the
 * actor's list opens right after it, or NULL (stop 62). */
static const mention *alongside_head(const dctx *d, const span *s, const mention *a)
{
	size_t j = a->t0;
	const mention *h;
	if (j < s->t0 + 2)
		return NULL;
	if (kis(d, j - 1, "alongside"))
		j--;
	else if (j >= s->t0 + 3 && kis(d, j - 1, "with") &&
		 (kis(d, j - 2, "together") || kis(d, j - 2, "along")))
		j -= 2;
	else
		return NULL;
	h = mention_at_end(d, s, j);
	return h && h->t1 == j && ent__is_state_mention(h) && !h->possessive &&
			       (h->gz == GZ_STATE || h->gz == GZ_CAPITAL) &&
			       strcmp(h->code, a->code) != 0
		       ? h
		       : NULL;
}

/* "Like Mali and Burkina Faso, ..., Niger has rejected ...": the states of
 * a list after "Like" opening the sentence take the stance of the actor
 * named after the list too; written into out (at most max), their count
 * (stop 62). */
static size_t like_list(const dctx *d, const span *s, const mention *actor,
			const mention **out, size_t max)
{
	size_t j = s->unit >= 0 ? d->units[s->unit].t0 : s->t0, n, k;
	if (!kis(d, j, "like") || !d->t.v[j].upper || actor->t0 <= j)
		return 0;
	n = states_listed(d, s, j + 1, actor->t0, out, max);
	for (k = 0; k < n; k++) {
		if (!(out[k]->gz == GZ_STATE || out[k]->gz == GZ_CAPITAL))
			return k; /* names only: the list ends before a demonym */
		if (!strcmp(out[k]->code, actor->code))
			return 0; /* the actor is in the list: no comparison */
	}
	return n;
}

/* "support for Armenia's neighbour, Azerbaijan": the state named after a
 * noun of kinship between states that a possessive t owns, or t itself
 * (stop 62). */
static const mention *named_after_kin(const dctx *d, const span *s, const mention *t)
{
	static const char *w_kin_n[] = {"neighbor", "neighbour", "ally", "rival", "enemy",
					"partner", "foe", "adversary", "archrival", "arch-rival",
					NULL};
	const mention *y;
	size_t j = t->t1;
	if (j < s->t1 && (kis(d, j, "'s") || kis(d, j, "'")))
		j++; /* the possessive's "'s" ("’s" is keyed so too) */
	if (!t->possessive || j + 2 >= s->t1 || !kin_local(d, j, w_kin_n) || !kis(d, j + 1, ","))
		return t;
	y = mention_at(d, s, j + 2);
	return y && y->t0 == j + 2 && ent__is_state_mention(y) && !y->possessive &&
			       (y->gz == GZ_STATE || y->gz == GZ_CAPITAL)
		       ? y
		       : t;
}

/* "following the support of NATO allies Italy, Spain, and the United
 * Kingdom": "of", maybe "the", "our" or a capitalised word, then a noun of
 * allies (partners, members) and a list of states at j + 1 on: each backs
 * the owner of a request (bid, application) named before the noun of
 * support at i, a demonym or a possessive state ("the Turkish request");
 * with no such owner nothing is told.  *hit when the list was read. */
static int allies_support_of(dctx *d, const span *s, size_t i, size_t j, size_t next, int *hit)
{
	static const char *w_allies[] = {"allies", "partners", "members", "countries", "nations",
					 NULL};
	static const char *w_request[] = {"request", "requests", "bid", "application", "demand",
					  "candidacy", NULL};
	const mention *list[6], *own = NULL;
	size_t q = j + 1, n, k, r;
	int rc;
	*hit = 0;
	if (q < s->t1 && (kis(d, q, "the") || kis(d, q, "our") || kis(d, q, "its")))
		q++;
	if (q < s->t1 && d->t.v[q].upper && !kin_local(d, q, w_allies))
		q++; /* "NATO" */
	if (q + 1 >= s->t1 || !kin_local(d, q, w_allies))
		return ENT_OK;
	n = states_listed(d, s, q + 1, s->t1, list, 6);
	if (n == 0)
		return ENT_OK;
	*hit = 1;
	for (r = s->t0 + 1; r < i && !kin_local(d, r, w_request); r++)
		;
	if (r >= i)
		return ENT_OK;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 <= r && m->t1 + 2 >= r && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    (m->gz == GZ_DEMONYM || m->possessive))
			own = m;
	}
	if (!own)
		return ENT_OK;
	for (k = 0; k < n; k++)
		if (strcmp(list[k]->code, own->code) &&
		    (rc = add_stance1(d, s, list[k], own, ENT_POLARITY_SUPPORT, i, next,
				      "stance.allies_support")))
			return rc;
	return ENT_OK;
}

static int add_stance(dctx *d, const span *s, const mention *actor, const mention *target,
		      ent_polarity pol, size_t after, size_t next_trig, const char *rule)
{
	const mention *c[6];
	size_t n, k;
	int rc;
	const mention *tc[6];
	size_t nt, q;
	if (!actor && target && s->t0 < after) {
		int hit;
		if ((rc = signatory_stance(d, s, target, pol, after, next_trig, rule, &hit)) || hit)
			return rc;
		return plural_subject_stance(d, s, target, pol, after, next_trig, rule);
	}
	if (!actor || !target || believed(d, s, actor))
		return ENT_OK;
	n = coordinated(d, s, actor, c, 6);
	if (n < 2) {
		/* "South Korean President Yoon and Polish President Duda
		 * condemned ...": two titled leaders joined by "and", the
		 * actor the second (by the state or the leader's name) */
		const mention *tp[2];
		if (titled_pair(d, s, after, tp) == 2 && !strcmp(tp[1]->code, actor->code) &&
		    tp[1]->t0 <= actor->t0 && actor->t0 < tp[1]->t1 + 4) {
			c[0] = tp[0];
			c[1] = tp[1];
			n = 2;
		}
	}
	n += like_list(d, s, actor, c + n, 6 - n);
	if (n < 6 && (c[n] = alongside_head(d, s, c[0])) != NULL)
		n++; /* "Spain alongside Ireland, Slovenia, and Norway issued" */
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
	if (n < 2)
		n = titled_pair(d, s, after, c);
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

/* "support against threats to each other's security": "to (for)" and a
 * reciprocal within six words in small letters after token j (stop 66). */
static int reciprocal_after(const dctx *d, const span *s, size_t j)
{
	size_t q;
	for (q = j; q + 2 < s->t1 && q < j + 6; q++) {
		if (d->t.v[q].kind != TK_WORD || d->t.v[q].upper)
			return 0;
		if ((kis(d, q, "to") || kis(d, q, "for")) && reciprocal_at(d, s, q + 1))
			return 1;
	}
	return 0;
}

/* "Azerbaijan supports settlement of Kashmir problem": a stance on an issue
 * with no state named is a stance toward the other state of the pair the
 * document is about, when the actor is one of that pair. The mention is
 * written into *other, the caller's. */
static const mention *issue_party(const dctx *d, const span *s, const mention *a, size_t v,
				  mention *other)
{
	const char *code = NULL;
	if (!issue_near(d, s, v, v + 8) || !d->focus[0][0])
		return NULL;
	if (!strcmp(a->code, d->focus[0]))
		code = d->focus[1];
	else if (!strcmp(a->code, d->focus[1]))
		code = d->focus[0];
	if (!code)
		return NULL;
	*other = *a;
	other->code = code;
	return other;
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
const mention *person_at(const dctx *d, size_t i)
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
const mention *mention_at(const dctx *d, const span *s, size_t i)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 == i)
			return M(d, k);
	return NULL;
}

/* Is a person of the document keyed as token q? */
static int person_known(const dctx *d, size_t q)
{
	int c;
	for (c = 0; c < d->npersons; c++)
		if (strcmp(d->persons[c].key, K(q)) == 0)
			return 1;
	return 0;
}

static void add_person(dctx *d, size_t q, const char *code)
{
	struct person_ref *p;
	if (d->npersons >= (int)(sizeof d->persons / sizeof d->persons[0]))
		return;
	p = &d->persons[d->npersons++];
	strcpy(p->key, K(q));
	p->t = q;
	code_mention(&p->m, code);
	p->m.t0 = q;
	p->m.t1 = q + 1;
	p->m.start = d->t.v[q].start;
	p->m.end = d->t.v[q].end;
}

/* The first mention of the document at or after token i, as an index, or
 * d->m.n. */
static size_t mention_from(const dctx *d, size_t i)
{
	size_t lo = 0, hi = d->m.n;
	/* mentions come in order of their first token: a binary search */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (M(d, mid)->t0 >= i)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
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
			int title = 0;
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
			if (!person_known(d, q - 1))
				add_person(d, q - 1, code);
			i = q;
		}
	}
}

/* A leader named without a state's title ("President Emmanuel Macron said",
 * "Erdogan condemned ..."; leaders.tsv) is a person tied to that state too,
 * so "he said" and "..., Macron added" after it are that state's. */
static void leader_persons(dctx *d)
{
	size_t k;
	for (k = 0; k < d->m.n; k++) {
		const mention *m = M(d, k);
		size_t q = m->t1 - 1;
		if (!m->leader || strlen(K(q)) >= sizeof d->persons[0].key)
			continue;
		if (!person_known(d, q))
			add_person(d, q, m->code);
	}
}

/* "Senior Colonel Zhang Xiaogang (Chinese script), spokesperson for
 * China's defense ministry", "Ana Ruiz, the spokeswoman of Peru's
 * foreign ministry": a name of two or three capitalised words (an aside
 * in brackets after it), a comma, (the) a head title and "for (of)" the
 * state mention k (a rank before the name is none of it); the name's last
 * word, and a first word of at most five letters of a two-word name (a
 * surname written first: "Zhang said"), stand for the state later
 * (stop 67). */
static void title_for_person(dctx *d, size_t k)
{
	const mention *m = M(d, k);
	size_t b = m->t0, t, e, q, f;
	if (b > 0 && kis(d, b - 1, "the"))
		b--;
	if (b < 5 || !(kis(d, b - 1, "for") || kis(d, b - 1, "of")) || !KIN(d, b - 2, w_title))
		return;
	t = b - 2;
	while (t > 0 && KIN(d, t - 1, w_title_mod) && !kis(d, t - 1, "of"))
		t--; /* "chief spokesperson", "deputy minister" */
	if (t > 0 && kis(d, t - 1, "the"))
		t--;
	if (t < 3 || !kis(d, t - 1, ","))
		return;
	e = t - 1;
	if (kis(d, e - 1, ")")) { /* "Zhang Xiaogang (...)," */
		for (q = e - 1; q > 0 && q + 8 > e && !kis(d, q, "("); q--)
			;
		if (!kis(d, q, "("))
			return;
		e = q;
	}
	/* no gazetteer name starts at a word of the name */
	for (f = e; f > 0 && f + 3 > e && d->t.v[f - 1].kind == TK_WORD && d->t.v[f - 1].upper &&
		    !kin(d, f - 1, w_not_name) && !KIN(d, f - 1, w_title) &&
		    !KIN(d, f - 1, w_title_mod) && !kin(d, f - 1, w_rank) &&
		    ((q = mention_from(d, f - 1)) >= d->m.n || M(d, q)->t0 != f - 1);
	     f--)
		;
	/* a name of two words at least */
	if (f + 2 > e || strlen(K(e - 1)) >= sizeof d->persons[0].key)
		return;
	if (!person_known(d, e - 1))
		add_person(d, e - 1, m->code);
	if (f + 2 == e && strlen(K(f)) <= 5 && !person_known(d, f))
		add_person(d, f, m->code);
}

/* "Ana Ruiz, Peru's foreign minister, ...", "Ana Ruiz, the Peruvian foreign
 * minister, said": a name of two capitalised words (no gazetteer name, no
 * day or month) right before ", (the) X title" (mention k, its titles
 * ending at token e) that a comma or a small word follows; the token of the
 * surname, or 0 (stance.apposed_name, test_extract_stance_actors.c). */
static size_t apposed_name(const dctx *d, size_t k, size_t e)
{
	const mention *m = M(d, k);
	size_t b = m->t0;
	if (b > 0 && kis(d, b - 1, "the"))
		b--;
	if (b < 3 || !kis(d, b - 1, ",") || e >= d->t.n ||
	    !(kis(d, e, ",") || (d->t.v[e].kind == TK_WORD && !d->t.v[e].upper)))
		return 0;
	if (d->t.v[b - 2].kind != TK_WORD || !d->t.v[b - 2].upper || kin(d, b - 2, w_not_name) ||
	    d->t.v[b - 3].kind != TK_WORD || !d->t.v[b - 3].upper || kin(d, b - 3, w_not_name) ||
	    (k > 0 && M(d, k - 1)->t1 > b - 3))
		return 0;
	return b - 2;
}

/* "Turkish President Recep Tayyip Erdogan", "Pakistan Prime Minister Imran
 * Khan", "Turkey's Defense Minister Hulusi Akar": a state (name or demonym),
 * title words with a head title, then a capitalised name; its last word
 * stands for the state later in the document ("Erdogan said"), and so does
 * the first word of a two-word name of at most five letters, which may be
 * a surname written first ("Hua Chunying ... Hua said"). */
void find_persons(dctx *d)
{
	size_t k, n = d->t.n;
	d->npersons = 0;
	for (k = 0; k < d->m.n && d->npersons < (int)(sizeof d->persons / sizeof d->persons[0]);
	     k++) {
		const mention *m = M(d, k);
		size_t i = m->t1, j, q, nt = 0, kn, the = 0;
		int title = 0;
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
		if (j == i && !(q = apposed_name(d, k, i)))
			continue;
		if (j == i)
			j = i = q + 1; /* the name before the title: one word, no short surname */
		q = j - 1;
		if (strlen(K(q)) >= sizeof d->persons[0].key)
			continue;
		if (person_known(d, q))
			continue;
		add_person(d, q, m->code);
		/* "spokesperson Hua Chunying ... Hua said": a short first word
		 * of a two-word name may be the surname */
		if (j == i + 2 && strlen(K(i)) <= 5 && d->t.v[i].kind == TK_WORD) {
			if (!person_known(d, i))
				add_person(d, i, m->code);
		}
	}
	for (k = 0; k < d->m.n; k++)
		if (ent__is_state_mention(M(d, k)) &&
		    (M(d, k)->gz == GZ_STATE || M(d, k)->gz == GZ_DEMONYM))
			title_for_person(d, k);
	find_titled_speakers(d);
	leader_persons(d);
}

int quote_mark(const dctx *d, size_t i)
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
		/* a leader's name of several tokens ("Amir-Abdollahian said"):
		 * the person its last token names */
		for (k = 0; k < d->m.n; k++)
			if (M(d, k)->t0 == j && M(d, k)->leader && M(d, k)->t1 > j + 1 &&
			    M(d, k)->t1 < n && KIN(d, M(d, k)->t1, w_speech_verb) &&
			    (p = person_at(d, M(d, k)->t1 - 1)) != NULL)
				return p;
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
			size_t e;
			if (m->t0 != j || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
			    m->t1 + 1 >= n)
				continue;
			if (KIN(d, m->t1, w_speaker_noun) || KIN(d, m->t1, w_speech_verb) ||
			    (kis(d, m->t1, "'s") && KIN(d, m->t1 + 1, w_speaker_noun)) ||
			    KIN(d, m->t1 + 1, w_speaker_noun))
				return m;
			/* "Turkey's defence minister said": lower-case words
			 * of the office before its noun */
			if (kis(d, m->t1, "'s")) {
				for (e = m->t1 + 1; e < n && e < m->t1 + 4 &&
						    d->t.v[e].kind == TK_WORD && !d->t.v[e].upper &&
						    !KIN(d, e, w_speaker_noun);
				     e++)
					;
				if (e < n && e > m->t1 + 1 && KIN(d, e, w_speaker_noun))
					return m;
			}
			/* "the US State Department said", "US State Department
			 * spokesman Ned Price said": a body's capitalised name
			 * between the state and the speaker */
			for (e = m->t1; e < n && e < m->t1 + 3 && d->t.v[e].kind == TK_WORD &&
					d->t.v[e].upper;
			     e++)
				;
			if (e > m->t1 && e < n &&
			    (KIN(d, e, w_speaker_noun) || KIN(d, e, w_speech_verb)))
				return m;
		}
		/* ", the foreign ministry said": the state it belongs to */
		if (kis(d, j - 1, "the"))
			return unnamed_speaker(d, j);
		break;
	}
	return NULL;
}

/* The opening mark of the quote holding token v (within 150 tokens
 * back), or NONE. */
static size_t quote_opening(const dctx *d, size_t v)
{
	size_t i;
	for (i = v; i > 0 && v - i < 150 && !quote_mark(d, i - 1); i--)
		;
	return i > 0 && v - i < 150 ? i - 1 : NONE;
}

/* The speaker of a quote that opens after a colon or comma with no speaker
 * after its close ("Kenya's foreign minister said during a briefing that
 * ...: \"We ... . We back ...\""): the person tied to a state, or the state,
 * right before the verb of saying of the sentence that opens the quote
 * holding token v (test_extract_stance10.c); NULL when there is none. */
static const mention *quote_speaker_before(const dctx *d, const span *s, size_t v)
{
	size_t o = quote_opening(d, v), q, k;
	if (o == NONE || o < 2)
		return NULL;
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
		size_t b;
		if (m->t1 != q || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    m->gz == GZ_DEMONYM || m->possessive)
			continue;
		/* "the Russian Embassy in the USA tweeted, ...": the embassy's
		 * state speaks, not its host (stop 39) */
		b = m->t0 > 1 && kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
		if (b > 2 && kis(d, b - 1, "in") &&
		    (kis(d, b - 2, "embassy") || kis(d, b - 2, "mission"))) {
			size_t e;
			for (e = 0; e < d->m.n; e++)
				if (M(d, e)->t1 == b - 2 && ent__is_state_mention(M(d, e)) &&
				    M(d, e)->gz != GZ_FIRM)
					return M(d, e);
		}
		return m; /* "Kenya said: ..." */
	}
	/* "The Russian Embassy (foreign ministry) said, ...": the body's
	 * state (stop 39) */
	if (q > 1 && (kis(d, q - 1, "embassy") || kis(d, q - 1, "ministry") ||
		      kis(d, q - 1, "government") || kis(d, q - 1, "mission")))
		for (k = 0; k < d->m.n; k++) {
			const mention *m = M(d, k);
			if ((m->t1 == q - 1 ||
			     (q > 2 && m->t1 == q - 2 && kis(d, q - 2, "foreign"))) &&
			    ent__is_state_mention(m) && m->gz != GZ_FIRM)
				return m;
		}
	(void)s;
	return NULL;
}

/* The speaker of a quote that makes a sentence of its own right after
 * another quote's sentence ('"...," the Dutch foreign minister told
 * Axios. "We stand with Y."'): the earlier quote's speaker, when only its
 * speaker's clause stands between the two (stop 56); NULL when none. */
static const mention *quote_speaker_prev(const dctx *d, const span *s, size_t v)
{
	size_t o = quote_opening(d, v), c; /* right after the sentence before */
	if (o == NONE || o < 3)
		return NULL;
	if (!kis(d, o - 1, "."))
		return NULL;
	for (c = o - 1; c > 0 && o - c < 20 && !quote_mark(d, c - 1); c--)
		if (kis(d, c - 1, ".") || kis(d, c - 1, ";"))
			return NULL;
	if (c == 0 || o - c >= 20)
		return NULL;
	return quote_speaker_after(d, s, c - 1);
}

/* Who speaks the quote holding token v: named after it, else before it,
 * else the speaker of the quote just before. */
const mention *quote_speaker(const dctx *d, const span *s, size_t v)
{
	const mention *p = quote_speaker_after(d, s, v);
	if (!p)
		p = quote_speaker_before(d, s, v);
	return p ? p : quote_speaker_prev(d, s, v);
}

/* Bodies a demonym before them makes a state's voice: "The American
 * Embassy", "the Serbian government". */
static const char *w_envoy_body_n[] = {"embassy", "government", "administration", "ministry",
				       "foreign", "defence", "defense", "president", "presidency",
				       NULL};

/* The token right after the subject of the verb at v: v, back over at
 * most four auxiliaries, modals and adverbs ("has also", "will continue
 * to", "would always"). */
static size_t past_auxiliaries(const dctx *d, const span *s, size_t v)
{
	static const char *skip[] = {"has", "had", "have", "also", "now", "again", "still",
				     "strongly", "openly", "once", "further", "repeatedly",
				     "firmly", "publicly", "will", "would", "shall", "must",
				     "should", "can", "could", "continue", "to", "always",
				     "fully", "resolutely", "unequivocally", "did", "do", "does",
				     "indeed", "actually", NULL};
	size_t i = v, n = 0;
	while (i > s->t0 && n < 4 && kin(d, i - 1, skip)) {
		i--;
		n++;
	}
	return i;
}

/* The subject pronoun of the verb at v ("as it accuses X", "I condemn X",
 * "we will continue to support X"), over auxiliaries, modals and adverbs:
 * its token, or NONE. */
size_t subject_pronoun(const dctx *d, const span *s, size_t v)
{
	size_t i = past_auxiliaries(d, s, v);
	if (i > s->t0 && (kis(d, i - 1, "it") || kis(d, i - 1, "they") || kis(d, i - 1, "i") ||
			  kis(d, i - 1, "we") || kis(d, i - 1, "he") || kis(d, i - 1, "she")))
		return i - 1;
	return NONE;
}

/* Is m a name of the wire dateline that opens its unit: "CARACAS,
 * (Reuters) - X said", "ANKARA: ...", "SANTIAGO, Chile - ..." (the city
 * and the state after it)?  The unit opens with a word in capitals, and
 * only capitalised words and commas stand before m. */
static int dateline_name(const dctx *d, const span *s, const mention *m)
{
	size_t u0 = d->units[s->unit].t0, e, j = m->t1;
	const mention *n;
	if (m->t0 == u0 && j + 1 < s->t1 && kis(d, j, ":") && d->t.v[j + 1].upper)
		return 1; /* "New Delhi: Turkey's role ...", "Islamabad: The ..." */
	if (!d->t.v[u0].allcaps || m->t0 > u0 + 5 || j + 1 >= s->t1)
		return 0;
	for (e = u0; e < m->t0; e++)
		if (!((d->t.v[e].kind == TK_WORD && d->t.v[e].upper) || kis(d, e, ",")))
			return 0;
	if (kis(d, j, "-") || kis(d, j, "\xe2\x80\x93") || kis(d, j, ":"))
		return 1;
	if (!kis(d, j, ","))
		return 0;
	if (kis(d, j + 1, "("))
		return 1;
	/* "SANTIAGO, Chile -": the city, when a state and a dash follow */
	n = mention_at(d, s, j + 1);
	return n && n->t1 < s->t1 && ent__is_state_mention(n) &&
	       (kis(d, n->t1, "-") || kis(d, n->t1, ":"));
}

/* "The Ministry of Defense of X ...", "The Government of X": a state after
 * "of" that ends a capitalised body's name opening the sentence speaks as
 * its subject. */
static int body_of_subject(const dctx *d, const span *s, const mention *m)
{
	static const char *w_body_n[] = {"ministry", "government", "president", "minister",
					 "army", "navy", "parliament", "council", "cabinet",
					 "embassy", "presidency", "department", "office", NULL};
	size_t j;
	int cap = 0;
	if (m->t0 < s->t0 + 2 || !kis(d, m->t0 - 1, "of"))
		return 0;
	for (j = s->t0; j + 1 < m->t0; j++) {
		if (kis(d, j, "of") || kis(d, j, "the") || kis(d, j, "and"))
			continue;
		if (d->t.v[j].kind != TK_WORD || !d->t.v[j].upper || mention_at(d, s, j))
			return 0;
		cap |= kin_local(d, j, w_body_n) || KIN(d, j, w_gov_noun);
	}
	return cap;
}

/* Is m in a list of states after "After (Like, Unlike, Following)" that
 * a comma closes before token `before` ("After Burkina Faso, Ethiopia, and
 * Libya, Mali is ...": the list is no subject)? */
static int fronted_list(const dctx *d, const span *s, const mention *m, size_t before)
{
	static const char *w_fronted[] = {"after", "like", "unlike", "following", NULL};
	size_t j = m->t0;
	int and_seen = 0;
	const mention *n;
	for (;;) {
		if (j > s->t0 && kin(d, j - 1, w_list_joint))
			j--;
		else if ((n = mention_at_end(d, s, j)) != NULL && ent__is_state_mention(n) &&
			 n->t0 < j)
			j = n->t0;
		else
			break;
	}
	if (j <= s->t0 || !kin_local(d, j - 1, w_fronted) ||
	    !(j - 1 == s->t0 || kis(d, j - 2, ",")))
		return 0;
	for (j = m->t1; j < before;) {
		if (kis(d, j, "and") || kis(d, j, "the")) {
			and_seen |= kis(d, j, "and");
			j++;
		} else if ((n = mention_at(d, s, j)) != NULL && ent__is_state_mention(n)) {
			j = n->t1;
		} else if (kis(d, j, ",")) {
			n = j + 1 < before ? mention_at(d, s, j + 1) : NULL;
			if (and_seen || !(j + 1 < before && (kis(d, j + 1, "and") ||
			    (n && ent__is_state_mention(n) && n->t1 < before &&
			     (kis(d, n->t1, ",") || kis(d, n->t1, "and"))))))
				return 1; /* the comma that closes the list */
			j++;
		} else {
			return 0;
		}
	}
	return 0;
}

/* The subject of the clause holding token `before`, ahead of it: its first
 * state named as a name or capital that no preposition governs. */
const mention *subject_before(const dctx *d, const span *s, size_t before)
{
	static const char *preps[] = {"with", "from", "to", "for", "by", "of", "against", "in",
				      "on", "over", "as", "than", "into", "at", "across", "onto",
				      "toward", "towards", "inside", "within", "near", NULL};
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 > before)
			break;
		if (!ent__is_state_mention(m) || !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL) ||
		    described_possessor(d, m, s->t1))
			continue;
		if (m->t0 > s->t0 && kin(d, m->t0 - 1, preps) && !body_of_subject(d, s, m))
			continue;
		if (dateline_name(d, s, m))
			continue; /* a dateline: "CARACAS, (Reuters) - X said" */
		if (fronted_list(d, s, m, before))
			continue; /* "After A and B, X became ..." (stop 62) */
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
	const mention *p = person_at(d, q), *o;
	size_t k;
	for (k = q; p && k > 0 && q - k < 5; k--) {
		if (kis(d, k - 1, "counterpart") || kis(d, k - 1, "counterparts"))
			return NULL;
		if ((o = person_at(d, k - 1)) != NULL && o != p && o->t1 < q && kis(d, o->t1, ","))
			break; /* "with his Yn counterpart, Z, X said he": the
				* counterpart is Z, X speaks */
	}
	return p;
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
 * Y to stop ..." (a participle after a comma), "X warns ... will fail,
 * urges Y to ..." (a headline's present)? */
static int conjoined_clause(const dctx *d, const span *s, size_t v)
{
	if (v < s->t0 + 3)
		return 0;
	if ((kis(d, v - 1, "has") || kis(d, v - 1, "have")) && kis(d, v - 2, "and"))
		return 1;
	if (!kis(d, v - 1, ","))
		return 0;
	/* "China warns Taiwan's \"independence\" efforts will fail, urges US
	 * to halt support": a headline's second verb in the present, after
	 * a clause's last word (stop 59) */
	if (d->t.v[v].kind == TK_WORD && !d->t.v[v].upper && d->t.v[v].keylen > 3 &&
	    K(v)[d->t.v[v].keylen - 1] == 's' && K(v)[d->t.v[v].keylen - 2] != 's' &&
	    d->t.v[v - 2].kind == TK_WORD && !d->t.v[v - 2].upper && !mention_at_end(d, s, v - 1))
		return 1;
	return lower_ing(d, v);
}

/* "The Greek foreign minister said he ...": the state of the nearest
 * "<State/Demonym> (foreign/prime ...) <title>" with no name after it, in
 * this sentence before token t; NULL when there is none ("his Greek
 * counterpart" is the one spoken to). */
static const mention *titled_office_in(const dctx *d, size_t m0, size_t m1, size_t t0,
				       size_t t, int poss)
{
	size_t q, j, n;
	for (q = m1; q > m0; q--) {
		const mention *m = M(d, q - 1);
		if (m->t1 >= t || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    (m->possessive && !poss))
			continue;
		for (j = m->t1 + (m->possessive ? 1 : 0), n = 0; j < t && n < 3 && KIN(d, j, w_title_mod) && !kis(d, j, "of");
		     j++, n++)
			;
		if (j >= t || !KIN(d, j, w_title) || kis(d, j, "counterpart") ||
		    (m->t0 > t0 && (kis(d, m->t0 - 1, "his") || kis(d, m->t0 - 1, "her"))))
			continue;
		if (j + 1 < t && d->t.v[j + 1].kind == TK_WORD && d->t.v[j + 1].upper &&
		    !kin_local(d, j + 1, w_not_name))
			continue; /* a name follows: the person rule's */
		return m;
	}
	return NULL;
}

static const mention *titled_office_before(const dctx *d, const span *s, size_t t)
{
	return titled_office_in(d, s->m0, s->m1, s->t0, t, 0);
}

/* "The Fooish foreign minister spoke on Monday. He also condemned ...": a
 * "he/she" at token pr that opens its sentence continues an unnamed titled
 * office ("the Fooish minister", "Foo's minister") that opens the sentence
 * before (after "The" at most); that
 * office's state, or NULL (stance.office_continued,
 * test_extract_stance_actors.c). */
static const mention *titled_office_prev(const dctx *d, const span *s, size_t pr)
{
	const unit *un;
	const mention *m;
	size_t m0;
	if (s->unit <= 0 || pr > s->t0 + 1)
		return NULL;
	un = &d->units[s->unit - 1];
	m0 = mention_from(d, un->t0);
	if (m0 >= d->m.n || M(d, m0)->t0 > un->t0 + 1 || M(d, m0)->t0 >= un->t1)
		return NULL;
	m = titled_office_in(d, m0, m0 + 1, un->t0, un->t1, 1); /* also "Foo's minister" */
	return m && m->t0 <= un->t0 + 1 ? m : NULL;
}

static const mention *stance_actor(const dctx *d, const span *s, size_t v);
static const mention *effort_owner(const dctx *d, const span *s, size_t j);

/* "X would be steadfast (firm, unwavering) in its (full) support for Y",
 * "X (He) has made no secret of its (his) hostility toward Y": the
 * subject of the clause "its (their, his, her)" at most three words
 * before token i belongs to, when "in" or "no secret of" opens the
 * phrase; else NULL.  A person's "his (her)" is the sentence's opening
 * name or "he (she)" (stop 39). */
static const mention *steadfast_in_its(const dctx *d, const span *s, size_t i)
{
	static const char *const owners[] = {"its", "their", "his", "her", NULL};
	const mention *a;
	size_t o = i, n = 0;
	while (o > s->t0 && n < 2 && d->t.v[o - 1].kind == TK_WORD && !d->t.v[o - 1].upper &&
	       !kin(d, o - 1, owners)) {
		o--;
		n++;
	}
	if (o < s->t0 + 3 || !kin(d, o - 1, owners))
		return NULL;
	if (!kis(d, o - 2, "in") &&
	    !(o >= s->t0 + 4 && kis(d, o - 2, "of") && kis(d, o - 3, "secret") &&
	      kis(d, o - 4, "no")))
		return NULL;
	if ((a = subject_before(d, s, o - 1)) != NULL ||
	    !(kis(d, o - 1, "his") || kis(d, o - 1, "her")))
		return a;
	if (kis(d, s->t0, "he") || kis(d, s->t0, "she"))
		return stance_actor(d, s, s->t0 + 1);
	return person_at(d, s->t0);
}

/* "The leaders condemned arms exports to X, (and) urged Y to stop ...": X,
 * the object of a preposition that closes an earlier verb phrase right
 * before ", (and)" and the verb at token v, is no subject of that verb. */
static int prep_object_before(const dctx *d, const span *s, const mention *a, size_t v)
{
	static const char *w_obj_prep[] = {"to", "against", "into", "toward", "towards", "on",
					   "with", "for", NULL};
	size_t j;
	if (!a || a->possessive || a->t0 <= s->t0 || !kin_local(d, a->t0 - 1, w_obj_prep) ||
	    along_with_before(d, s, a->t0) != NONE)
		return 0;
	j = a->t1;
	if (j >= v || !kis(d, j, ","))
		return 0;
	j++;
	if (j < v && kis(d, j, "and"))
		j++;
	return j == v;
}

/* "the Fooish embassy in X", "Foo's consulate in X": X, the state after
 * "in", only hosts the mission, and X after "the Fooish envoy/ambassador
 * to" only receives him; the owner (the demonym or possessive state right
 * before the mission or envoy noun) speaks (stance.mission_owner,
 * test_extract_actor_binding.c, test_extract_stance_actors.c).  The owner,
 * or NULL. */
static const mention *mission_owner(const dctx *d, const span *s, const mention *a)
{
	static const char *w_mission[] = {"embassy", "embassies", "consulate", "mission", NULL};
	size_t e, k;
	if (a->t0 < s->t0 + 3 ||
	    !((kis(d, a->t0 - 1, "in") && kin(d, a->t0 - 2, w_mission)) ||
	      (kis(d, a->t0 - 1, "to") && kin(d, a->t0 - 2, w_envoy_n))))
		return NULL; /* "the Fooish envoy to X" (stance.envoy_to) */
	e = a->t0 - 2;
	for (k = s->m0; k < s->m1 && M(d, k)->t1 <= e; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    (m->t1 == e || (m->t1 + 1 == e && kis(d, m->t1, "'s"))))
			return m;
	}
	return NULL;
}

/* '"Foo strongly backs Y. We condemn Z," the statement said': "we" at
 * token w inside a quote whose first words (at most four after the opening
 * mark, in this unit or one of the two before) name a state as their
 * subject, a state speaking of itself; that state, or NULL
 * (stance.quote_own_subject, test_extract_actor_binding.c). */
static const mention *quote_own_subject(const dctx *d, const span *s, size_t w)
{
	size_t lo = s->unit >= 2 ? d->units[s->unit - 2].t0 : (s->unit == 1 ? d->units[0].t0 : s->t0);
	size_t q = w, k;
	while (q > lo && !quote_mark(d, q - 1))
		q--;
	if (q == lo)
		return NULL;
	/* q: the first token after the opening mark */
	for (k = mention_from(d, q); k < d->m.n && M(d, k)->t0 < q + 4 && M(d, k)->t0 < w; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL) ||
		    m->possessive || m->t1 >= w)
			continue;
		if (d->t.v[m->t1].kind == TK_WORD && !d->t.v[m->t1].upper)
			return m;
	}
	return NULL;
}

/* "condemned attempts (efforts, bids, plans) to drag the region of Y into
 * ...": a state named after the infinitive of an attempt that opens the
 * object at token o (its agent unnamed: no "by" and no owner before Y) is
 * what the attempt is done to, no target of the condemnation
 * (stance.attempt_patient, test_extract_actor_binding.c). */
static int attempt_patient(const dctx *d, const span *s, size_t o, const mention *t)
{
	static const char *w_attempt[] = {"attempts", "attempt", "efforts", "effort", "bids",
					  "bid", "plans", "moves", NULL};
	size_t q;
	if (o < s->t1 && (kis(d, o, "the") || kis(d, o, "any") || kis(d, o, "all")))
		o++;
	if (o + 2 >= s->t1 || !kin(d, o, w_attempt) || !kis(d, o + 1, "to") ||
	    t->t0 <= o + 2 || t->possessive || t->gz == GZ_DEMONYM)
		return 0;
	for (q = o + 2; q < t->t0; q++)
		if (kis(d, q, "by") || kis(d, q, "'s"))
			return 0;
	return 1;
}

/* "Turkey's opposition party condemned Y", "Vietnamese fishermen protested
 * against Y": a state's possessive or demonym that a group outside the
 * state (parties, the press, activists, analysts) heads before the verb at
 * v names whose group it is, no state actor (stance.private_group,
 * test_extract_false_facts.c). */
static int private_group(const dctx *d, const span *s, const mention *a, size_t v)
{
	static const char *w_group[] = {"opposition", "party", "parties", "fishermen",
					"activists", "protesters", "protestors", "students",
					"newspaper", "newspapers", "media", "press", "analysts",
					"experts", "critics", "commentators", "diaspora", "dissidents",
					"rebels", "insurgents", "unions", "farmers", "villagers",
					"fans", "ngos", "clergy", "academics", "scholars", NULL};
	size_t j;
	if (a && a->t1 <= v && a->t0 >= s->t0 + 2) {
		/* "analysts in New Delhi warning that ...", "experts from the
		 * US": the state where the group is (stop 49) */
		j = kis(d, a->t0 - 1, "the") ? a->t0 - 1 : a->t0;
		if (j >= s->t0 + 2 && (kis(d, j - 1, "in") || kis(d, j - 1, "from")) &&
		    kin_local(d, j - 2, w_group))
			return 1;
	}
	if (!a || !(a->possessive || a->gz == GZ_DEMONYM || kis(d, a->t1, "'")) || a->t1 >= v ||
	    v - a->t1 > 8)
		return 0;
	for (j = a->t1; j < v && j < a->t1 + 4; j++)
		if (d->t.v[j].kind == TK_WORD && kin_local(d, j, w_group))
			return 1;
	return 0;
}

/* "X expresses protest ... and intends (plans, wants, vows) to impose
 * sanctions on Y": the verb at v is the infinitive of a second verb of
 * the first clause's subject. */
static int intends_after_and(const dctx *d, const span *s, size_t v)
{
	static const char *w_intend_v[] = {"intends", "intended", "plans", "planned", "wants",
					   "wanted", "vows", "vowed", "threatens", "threatened",
					   "seeks", "sought", "decided", "decides", "aims", NULL};
	return v >= s->t0 + 4 && kis(d, v - 1, "to") && kis(d, v - 3, "and") &&
	       kin_local(d, v - 2, w_intend_v);
}

/* The mention of the span that ends right before token i, or NULL. */
const mention *mention_at_end(const dctx *d, const span *s, size_t i)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t1 == i)
			return M(d, k);
	return NULL;
}

/* The possessive mention that ends right before token j ("Peru's" before
 * "jets", over its "'s"), or NULL. */
const mention *possessor_before(const dctx *d, const span *s, size_t j)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->possessive && (M(d, k)->t1 == j || M(d, k)->t1 + 1 == j))
			return M(d, k);
	return NULL;
}

/* The possessive mention before token j over at most two lower-case words
 * ("Peru's final" before "corvette", "Peru's legitimate" before "right"),
 * going back no further than token lo; or NULL. */
const mention *possessor_over(const dctx *d, const span *s, size_t j, size_t lo)
{
	size_t n;
	for (n = 0; j > lo && n < 2 && d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper &&
		    !kis(d, j - 1, "'s");
	     j--, n++)
		;
	return possessor_before(d, s, j);
}

/* "Iran warns (tells, assures) Azerbaijan it will not ...": when o, the
 * state before "it", is the object of a verb of telling, "it" is the one
 * who tells: the subject of that verb; else NULL. */
static const mention *teller_of(const dctx *d, const span *s, const mention *o)
{
	static const char *w_tell_v[] = {"warns", "warned", "tells", "told", "assures",
					 "assured", "informs", "informed", "reminds", "reminded",
					 NULL};
	const mention *a;
	if (!o || !ent__is_state_mention(o) || o->possessive || o->t0 <= s->t0 ||
	    !kin_local(d, o->t0 - 1, w_tell_v))
		return NULL;
	a = subject_before(d, s, o->t0 - 1);
	return a && a != o && a->code && o->code && strcmp(a->code, o->code) != 0 ? a : NULL;
}

/* The state that opens the sentence before s (its first word, after
 * "The" at most: "Japan summoned ...", "Japan's envoy ..."), or NULL. */
static const mention *prev_opening_state(const dctx *d, const span *s)
{
	const unit *un;
	const mention *m;
	size_t m0;
	if (s->unit <= 0)
		return NULL;
	un = &d->units[s->unit - 1];
	m0 = mention_from(d, un->t0);
	if (m0 >= d->m.n)
		return NULL;
	m = M(d, m0);
	if (m->t0 >= un->t1 || m->t0 > un->t0 + (kis(d, un->t0, "the") ? 1 : 0) ||
	    !ent__is_state_mention(m) || m->gz == GZ_FIRM || !m->code)
		return NULL;
	return m;
}

/* "The (defence) minister lauded ...": a title with no state as the
 * subject that opens the sentence, right before the verb at v (past its
 * auxiliaries); the token of "the", or NONE. */
static size_t titled_subject(const dctx *d, const span *s, size_t v)
{
	static const char *w_title_n[] = {"minister", "president", "premier", "spokesman",
					  "spokeswoman", "spokesperson", "ambassador",
					  "chancellor", "secretary", "envoy", "ministry",
					  "government", NULL};
	size_t i = past_auxiliaries(d, s, v), j;
	while (i > s->t0 + 2 && ly_adverb(d, i - 1))
		i--; /* "The ministry strongly condemned" */
	if (i > s->t0 + 2 && kis(d, i - 1, "also"))
		i--;
	if (i <= s->t0 + 1 || !kin_local(d, i - 1, w_title_n) || !kis(d, s->t0, "the"))
		return NONE;
	for (j = s->t0 + 1; j + 1 < i; j++)
		if (d->t.v[j].kind != TK_WORD || j > s->t0 + 2 || mention_at(d, s, j))
			return NONE; /* "the defence minister"; not "the Yn minister" */
	return s->t0;
}

static const mention *stance_actor_named(const dctx *d, const span *s, size_t v);

/* "X slammed Western powers that have voiced support for Y": the verb of
 * stance at v, past its auxiliaries (from i), opens a relative clause on
 * a noun that is no state, whose subject that noun is; the sentence's
 * state does not speak in it (stop 56).  Not when the noun names the
 * subject ("X is among (one of) the states that", "it was the country
 * that"). */
static int relative_no_state(const dctx *d, const span *s, size_t i, size_t v)
{
	static const char *w_rel[] = {"that", "who", "which", NULL};
	static const char *w_names_subject[] = {"among", "of", "was", "is", "are", "were",
						"became", "becomes", "remains", "remained", NULL};
	const mention *m;
	size_t j, n;
	if (!(KIN(d, v, w_voice) || KIN(d, v, w_support_v) || KIN(d, v, w_oppose_v)) ||
	    !kin_local(d, i - 1, w_rel) || d->t.v[i - 2].kind != TK_WORD)
		return 0;
	m = mention_at_end(d, s, i - 1);
	if (m && ent__is_state_mention(m))
		return 0;
	for (j = i - 1, n = 0; j > s->t0 && n < 4 && d->t.v[j - 1].kind == TK_WORD &&
			       !d->t.v[j - 1].upper;
	     j--, n++)
		if (kin_local(d, j - 1, w_names_subject))
			return 0;
	return 1;
}

/* "a trilateral partnership that has challenged New Delhi's interests and
 * openly backed Islamabad": the verb at v, after "and", ends a relative
 * clause ("that", "which", "who" after a noun phrase of a determiner and
 * words in small letters, no state, no comma or stop between) whose
 * subject is that noun (stop 66). */
static int and_in_relative(const dctx *d, const span *s, size_t v)
{
	static const char *w_rel[] = {"that", "which", "who", NULL};
	size_t j, k, n;
	for (j = v; j > s->t0 + 1 && v - j < 16; j--) {
		const mention *m;
		if (kis(d, j - 1, ",") || kis(d, j - 1, ";") || kis(d, j - 1, "–") ||
		    kis(d, j - 1, "-"))
			return 0;
		if (!kin_local(d, j - 1, w_rel))
			continue;
		m = mention_at_end(d, s, j - 1);
		if (d->t.v[j - 2].kind != TK_WORD || d->t.v[j - 2].upper ||
		    (m && ent__is_state_mention(m)))
			return 0;
		/* a noun phrase: a determiner, then words in small letters
		 * ("a trilateral partnership that"; not "it is concerned that") */
		for (k = j - 2, n = 0; k > s->t0 && n < 3 && d->t.v[k - 1].kind == TK_WORD &&
				       !d->t.v[k - 1].upper && !KIN(d, k - 1, w_det);
		     k--, n++)
			;
		return k > s->t0 && KIN(d, k - 1, w_det) && !kis(d, k - 1, "that");
	}
	return 0;
}

/* The state that takes the stance whose verb is at v; when the sentence
 * names none and opens with "The (foreign) ministry (government)", the
 * state that opens the sentence before ("X summoned ... The foreign
 * ministry condemned ..."), not a dateline's place. */
static const mention *stance_actor(const dctx *d, const span *s, size_t v)
{
	const mention *a = stance_actor_named(d, s, v);
	size_t i, j;
	span p;
	if (a || (i = titled_subject(d, s, v)) == NONE)
		return a;
	for (j = i + 1; j < v && !kis(d, j, "ministry") && !kis(d, j, "government"); j++)
		;
	if (j == v || !(a = prev_opening_state(d, s)))
		return NULL;
	span_of_unit(d, (size_t)s->unit - 1, &p);
	return dateline_place(d, &p, a) ? NULL : a;
}

static const mention *stance_actor_named(const dctx *d, const span *s, size_t v)
{
	const mention *a, *t;
	size_t pr = subject_pronoun(d, s, v), i;
	if (counted_states_before(d, s, v))
		return NULL;
	if (pr == NONE && (i = titled_subject(d, s, v)) != NONE) {
		/* "X's Defence Minister Z received ... The defence minister
		 * lauded ...": the person told before, as for "he" */
		a = latest_person(d, s, i);
		if (!a)
			a = titled_office_prev(d, s, i);
		if (a)
			return a;
	}
	if (pr != NONE && (kis(d, pr, "he") || kis(d, pr, "she"))) {
		a = latest_person(d, s, pr); /* "He condemned ..." */
		if (!a)
			a = titled_office_before(d, s, pr);
		return a ? a : titled_office_prev(d, s, pr);
	}
	for (i = v; i > s->t0 && v - i < 3 && (quote_mark(d, i - 1) || kis(d, i - 1, "'")); i--)
		;
	i = past_auxiliaries(d, s, i);
	if (i >= s->t0 + 2 && (kis(d, i - 1, "country") || kis(d, i - 1, "government")) &&
	    (kis(d, i - 2, "her") || kis(d, i - 2, "his"))) {
		/* "Ambassador X said her country condemns", "the Turkish
		 * ambassador said his country will continue to support" */
		a = latest_person(d, s, i - 2);
		if (!a)
			a = titled_office_before(d, s, i - 2);
		if (a)
			return a;
	}
	if (pr == NONE && v > s->t0 + 1 &&
	    (kis(d, v - 1, "and") || (i < v && i > s->t0 + 1 && kis(d, i - 1, "and"))) &&
	    and_in_relative(d, s, v))
		return NULL; /* "a partnership that has challenged X's interests
			      * and openly backed Y": the noun's clause (stop 66) */
	if (pr == NONE && v > s->t0 + 1 &&
	    (kis(d, v - 1, "and") || (i < v && i > s->t0 + 1 && kis(d, i - 1, "and")) ||
	     conjoined_clause(d, s, v) || intends_after_and(d, s, v))) {
		/* "Dar spoke to the British foreign secretary and rejected
		 * India's claims": the subject of the first verb; also "...
		 * and has lodged ...", "..., urging Y to ...", "... and
		 * intends to impose ..." */
		for (i = s->t0; i + 1 < v; i++) {
			const mention *m = person_at(d, i);
			if (m)
				return m;
			if (kis(d, i, "i") || kis(d, i, "we")) {
				/* '"We met X and thanked Y," the minister said' */
				a = quote_speaker(d, s, v);
				return a || !kis(d, i, "we") ? a : quote_own_subject(d, s, i);
			}
			if ((m = mention_at(d, s, i)) && ent__is_state_mention(m) &&
			    (m->gz == GZ_STATE || m->gz == GZ_CAPITAL)) {
				if (!fronted_list(d, s, m, v))
					return m;
				i = m->t1 - 1; /* "Like A and B, ..., X ... and
						* rejected" (stop 62) */
				continue;
			}
			if (m && m->t0 == i && m->gz == GZ_DEMONYM && !m->possessive &&
			    m->t1 < v && kin_local(d, m->t1, w_envoy_body_n))
				return m; /* "The American Embassy in X reiterated ...
					   * and called on Y" (stop 46) */
			if (d->t.v[i].kind == TK_WORD && !d->t.v[i].upper && !kis(d, i, "the"))
				break; /* past the subject */
		}
	}
	if (pr != NONE) {
		if (kis(d, pr, "i") || kis(d, pr, "we")) {
			/* "We condemn X," the minister said: the quote's speaker */
			a = quote_speaker(d, s, v);
			if (!a && kis(d, pr, "we") && signatory_voice(d, s, v))
				return NULL; /* the signatories speak: add_stance */
			if (!a && kis(d, pr, "we"))
				a = quote_own_subject(d, s, pr); /* '"X backs Y. We ..."' */
			return a;
		}
		if (kis(d, pr, "it") && (a = teller_of(d, s, mention_at_end(d, s, pr))) != NULL)
			return a; /* "Iran warns Azerbaijan it will not ..." */
		/* "Turkey backs Azerbaijan as it accuses Armenia": the subject,
		 * not the nearest state */
		a = subject_before(d, s, pr);
		if (!a)
			a = pronoun_subject(d, s, pr + 1);
		return a;
	}
	if (i > s->t0 + 1 && relative_no_state(d, s, i, v))
		return NULL;
	a = actor_before(d, s, v, 10, 0);
	if (a && a->t1 < v && kis(d, a->t1, "it") && (t = teller_of(d, s, a)) != NULL)
		a = t; /* "Iran warns Azerbaijan it will not ..." */
	if (prep_object_before(d, s, a, v))
		a = NULL; /* "... exports to X, urged Y to stop" */
	{
		/* "Niger's military regime, which took power in a coup,
		 * expelled ...": the subject before the relative clause */
		const mention *ap = apposition_subject(d, s, v);
		if (ap)
			a = ap;
	}
	if (a && mission_owner(d, s, a))
		a = mission_owner(d, s, a); /* "the Fooish embassy in X said" */
	if (private_group(d, s, a, v))
		return NULL; /* "X's opposition party condemned" */
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
	while (v > s->t0 && n < 3 && !KIN(d, v - 1, w_voice) &&
	       ((d->t.v[v - 1].kind == TK_WORD && !d->t.v[v - 1].upper) || quote_mark(d, v - 1))) {
		v--;
		n++; /* (a quote mark passes: "its \"full support\" for Y") */
		/* "strongly-worded statements": a hyphenated word is one */
		if (v > s->t0 + 1 && kis(d, v - 1, "-") && d->t.v[v - 2].kind == TK_WORD &&
		    !d->t.v[v - 2].upper)
			v -= 2;
	}
	if (v > s->t0 + 1 && kis(d, v - 1, "out") && (kis(d, v - 2, "put") || kis(d, v - 2, "puts")))
		return v - 2; /* "put out a statement in support of" */
	return v > s->t0 && KIN(d, v - 1, w_voice) ? v - 1 : NONE;
}

/* "assistance" ("aid", stop 39: "pledged to provide aid to one another")
 * at token i as a noun of support when a verb of offering
 * comes within three lower-case words before it: "pledged (to continue
 * offering) assistance to Y", "extended its full assistance to Y"; not
 * "provided assistance", "asked for assistance".  The token of that verb,
 * or NONE. */
static size_t assistance_offered(const dctx *d, const span *s, size_t i)
{
	static const char *w_offer[] = {"pledged", "pledges", "pledging", "offered", "offers",
					"offering", "extended", "extends", "extending", "promised",
					"promises", "promising", NULL};
	size_t v, n;
	if (!kis(d, i, "assistance") && !kis(d, i, "aid")) /* "aid", stop 39 */
		return NONE;
	for (v = i, n = 0; v > s->t0 && n < 3 && d->t.v[v - 1].kind == TK_WORD &&
			   !d->t.v[v - 1].upper;
	     v--, n++)
		if (kin(d, v - 1, w_offer))
			return v - 1;
	return NONE;
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

/* A noun of deploying force ending at token j, before "of": "deployment",
 * "build-up", "buildup", "massing", "concentration", "stationing",
 * "sending", "dispatch(ing)", "deploying", "presence" (stop 49). */
static int deploy_noun(const dctx *d, const span *s, size_t j)
{
	static const char *w_deploy_n[] = {"deployment", "deployments", "buildup", "massing",
					   "concentration", "stationing", "sending", "dispatch",
					   "dispatching", "deploying", "presence", NULL};
	if (j < s->t0 || j >= s->t1)
		return 0;
	if (kin(d, j, w_deploy_n))
		return 1;
	return kis(d, j, "up") && j >= s->t0 + 2 && kis(d, j - 1, "-") && kis(d, j - 2, "build");
}

/* Acts of force or hostility a state commits: "the Israeli strikes". */
static const char *w_hostile_act[] = {
	"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "aggression", "acts",
	"actions", "shelling", "bombing", "bombings", "bombardment", "incursion", "incursions",
	"provocation", "provocations", "invasion", "occupation", "offensive", "assault", "raid",
	"raids", "interference", "meddling", "intimidation", "aggressions", "annexation",
	"blockade", "blockades", "militarisation", "militarization", "launches", "violations",
	"encroachment", "encroachments", "harassment", "imperialism", "hegemony", "hegemonism",
	"expansionism", "aggressiveness", "belligerence", "bullying", "coercion", NULL};

/* "the strikes (that) X launched on Y": the state m at token i opens a
 * relative clause on a hostile act (after "that" / "which" or at once) and
 * is the subject of a verb of carrying it out; that state is the agent. */
static int relative_agent(const dctx *d, const span *s, size_t i, const mention *m)
{
	static const char *w_carry_out[] = {"launched", "carried", "conducted", "staged",
					    "mounted", "fired", "committed", "unleashed",
					    "waged", "perpetrated", "executed", NULL};
	size_t k = i;
	if (!ent__is_state_mention(m) || m->possessive || m->gz == GZ_DEMONYM ||
	    m->t1 >= s->t1 || !kin(d, m->t1, w_carry_out) || k <= s->t0)
		return 0;
	if (kis(d, k - 1, "that") || kis(d, k - 1, "which"))
		k--;
	return k > s->t0 && kin(d, k - 1, w_hostile_act);
}

/* "condemned 'irresponsible' statements by the Pakistani leadership": the
 * state behind the object, after "by", "from" or "of" (a demonym only with
 * a noun of government). */
static const char *w_more_adj[] = {"more", "additional", "further", "extra", "fresh", NULL};

static const mention *agent_of_object(const dctx *d, const span *s, size_t from)
{
	static const char *w_wronged_n[] = {"sovereignty", "integrity", "territory", "airspace",
					    "borders", "waters", NULL};
	size_t i, lim = from + 8, ofi;
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
			if (relative_agent(d, s, i, m))
				return m; /* "the strikes (that) X launched on Y" */
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
		ofi = i;
		i++;
		if (i < s->t1 && KIN(d, i, w_det))
			i++;
		/* "by the leaders of Japan", "by the government of India" */
		if (i + 1 < s->t1 && KIN(d, i, w_gov_noun) && kis(d, i + 1, "of")) {
			i += 2;
			if (i < s->t1 && KIN(d, i, w_det))
				i++;
		}
		/* "the deployment of more (additional, further) Yn troops" */
		if (of && i + 1 < s->t1 && kin_local(d, i, w_more_adj))
			i++;
		m = mention_at(d, s, i);
		if (!m && of && i < s->t1 && d->t.v[i].kind == TK_WORD && !d->t.v[i].upper) {
			i--; /* "the use of water cannon by X": the agent may follow */
			continue;
		}
		if (!m || !ent__is_state_mention(m))
			return NULL;
		if (of && m->possessive)
			return NULL; /* "a violation of Y's sovereignty": Y's, no agent */
		if (of && ofi > s->t0 && kin(d, ofi - 1, w_wronged_n))
			return NULL; /* "a violation of the sovereignty of Y": Y is wronged */
		if (m->gz == GZ_STATE || m->gz == GZ_CAPITAL)
			return m;
		if (m->gz == GZ_DEMONYM && m->t1 < s->t1 &&
		    (KIN(d, m->t1, w_gov_noun) || (by && state_craft(d, s, m->t1))))
			return m; /* "by Chinese vessels", not "of Filipino boats" */
		if (by && m->gz == GZ_DEMONYM && demonym_title(d, s, m->t1))
			return m; /* "remarks made by the Indian defence minister" */
		if (of && m->gz == GZ_DEMONYM && !m->possessive && ofi > s->t0 &&
		    deploy_noun(d, s, ofi - 1) && state_craft(d, s, m->t1))
			return m; /* "the build-up of Russian troops": who deploys them */
		if (of && m->gz == GZ_DEMONYM && !m->possessive) {
			i = m->t1 - 1; /* "the harassment of Filipino boats by X" */
			continue;
		}
		return NULL;
	}
	return NULL;
}

/* A word that qualifies a government between its demonym and its noun:
 * "the Malian transitional authorities", "the Sudanese military
 * government". */
static int gov_modifier(const dctx *d, size_t j)
{
	static const char *w_gov_adj[] = {"transitional", "interim", "ruling", "federal",
					  "central", "caretaker", "provisional", "military",
					  "new", "current", NULL};
	return d->t.v[j].kind == TK_WORD && !d->t.v[j].upper && kin(d, j, w_gov_adj);
}

/* A state named as a body of people at token j: "the Japanese government",
 * "the Turkish side" (a demonym before a noun of government), "the people
 * of Iran", "the Government & the people of Iran", "the government of
 * India"; NULL otherwise. */
static const mention *state_np(const dctx *d, const span *s, size_t j, size_t *end)
{
	static const char *w_people[] = {"people", "peoples", "government", "nation", "citizens",
					 "leadership", "authorities", NULL};
	/* "stand with its Sri Lankan friends (brothers)": a demonym and a
	 * noun of kinship after a possessive pronoun */
	static const char *w_own[] = {"its", "our", "their", "his", "her", NULL};
	static const char *w_kin_n[] = {"friends", "brothers", "brethren", "partners", "allies",
					"counterparts", "neighbours", "neighbors", NULL};
	const mention *m;
	size_t n;
	if (j + 2 < s->t1 && kin_local(d, j, w_own) && (m = mention_at(d, s, j + 1)) != NULL &&
	    m->gz == GZ_DEMONYM && m->t1 < s->t1 && kin_local(d, m->t1, w_kin_n)) {
		if (end)
			*end = m->t1 + 1;
		return m;
	}
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	static const char *w_facility[] = {"base", "bases", "facility", "facilities",
					   "installation", "installations", "aircraft",
					   "equipment", "hardware", "vehicles", NULL};
	m = mention_at(d, s, j);
	if (m && ent__is_state_mention(m) && m->gz != GZ_FIRM && m->t1 + 1 < s->t1 &&
	    gov_modifier(d, m->t1) && KIN(d, m->t1 + 1, w_gov_noun)) {
		/* "the Malian transitional authorities" */
		if (end)
			*end = m->t1 + 2;
		return m;
	}
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

/* "the blatant Israeli strikes", "deadly Russian attacks": up to two
 * lower-case words that are neither function words nor acts themselves
 * before a demonym; the token of that demonym, or j when there is none. */
static size_t adjectives_before_demonym(const dctx *d, const span *s, size_t j)
{
	static const char *w_function[] = {"of", "by", "on", "in", "against", "to", "for", "with",
					   "and", "or", "that", "which", "from", "at", "as", NULL};
	size_t k, n;
	for (k = j, n = 0; n < 2 && k + 1 < s->t1 && d->t.v[k].kind == TK_WORD &&
			   !d->t.v[k].upper && !KIN(d, k, w_det) && !kin(d, k, w_function) &&
			   !kin(d, k, w_hostile_act);
	     k++, n++) {
		const mention *m = mention_at(d, s, k + 1);
		if (m && m->gz == GZ_DEMONYM)
			return k + 1;
	}
	return j;
}

/* "the Yn and Zn incursions": the demonym after "and"/"or" right after
 * the demonym m, or NULL. */
static const mention *and_demonym(const dctx *d, const span *s, const mention *m)
{
	const mention *z;
	if (m->t1 + 1 >= s->t1 || !(kis(d, m->t1, "and") || kis(d, m->t1, "or")))
		return NULL;
	z = mention_at(d, s, m->t1 + 1);
	return z && z->gz == GZ_DEMONYM && ent__is_state_mention(z) && !z->possessive ? z : NULL;
}

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
	if (j + 1 < s->t1 && quote_mark(d, j))
		j++; /* "the \"cowardly Yn aggression\"": the mark is no word */
	j = adjectives_before_demonym(d, s, j);
	m = mention_at(d, s, j);
	if (!m || m->gz != GZ_DEMONYM || !ent__is_state_mention(m) || m->possessive)
		return NULL;
	/* "aggressive acts", "cross-border raids"; "the Yn and Zn raids" */
	for (j = and_demonym(d, s, m) ? and_demonym(d, s, m)->t1 : m->t1, n = 0; j < s->t1 && n < 4 && !kin(d, j, w_hostile_act) &&
			       ((d->t.v[j].kind == TK_WORD && !d->t.v[j].upper) || kis(d, j, "-"));
	     j++, n++)
		;
	return j < s->t1 && kin(d, j, w_hostile_act) ? m : NULL;
}

/* Words that make a flow of goods one of arms: "arms sales", "military
 * deliveries" (demonym_transfer, suspended_exports). */
static const char *w_arms_word[] = {"arms", "weapons", "weapon", "military", "defence", "defense",
				    NULL};

/* "Russian weapons sales to Y", "Yn arms deliveries": a demonym (after a
 * determiner) before a noun of transfer of arms at token from; the
 * demonym's mention, or NULL.  Criticism of the transfers opposes their
 * seller. */
static const mention *demonym_transfer(const dctx *d, const span *s, size_t from)
{
	static const char *w_flow_n[] = {"sales", "exports", "deliveries", "transfers",
					 "supplies", "shipments", NULL};
	size_t j = from;
	const mention *m;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	j = adjectives_before_demonym(d, s, j); /* "possible Russian transfers" */
	m = mention_at(d, s, j);
	if (!m || m->gz != GZ_DEMONYM || !ent__is_state_mention(m) || m->possessive)
		return NULL;
	j = m->t1;
	if (j < s->t1 && kin_local(d, j, w_arms_word))
		j++;
	if (j == m->t1 && j + 2 < s->t1 && kin_local(d, j, w_flow_n) && kis(d, j + 1, "of")) {
		/* "Russian transfers of (sensitive) missile technology":
		 * goods of war after "of" make them arms (stop 35) */
		size_t k;
		for (k = mention_from(d, j + 2); k < s->m1 && M(d, k)->t0 < j + 6; k++)
			if (M(d, k)->gz == GZ_WEAPON)
				return m;
		return NULL;
	}
	return j > m->t1 && j < s->t1 && kin_local(d, j, w_flow_n) ? m : NULL;
}

/* "(condemned) what it called Yn aggression", "to discuss what X
 * characterizes as \"ongoing Y aggression\"": the one naming (X, or the
 * clause's subject for "it/they") opposes Y (stance.what_called;
 * test_extract_blame_frame.c).  i is "what". */
static int what_called(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_what_label_v[] = {"called", "calls", "call", "characterizes",
					       "characterized", "characterises", "characterised",
					       "describes", "described", "describe", "terms",
					       "termed", "labels", "labelled", "labeled", NULL};
	const mention *a = NULL, *t;
	size_t j = i + 1, e = 0, n;
	if (!kis(d, i, "what") || i + 4 >= s->t1)
		return ENT_OK;
	if (kis(d, j, "it") || kis(d, j, "they")) {
		e = j + 1;
	} else {
		a = named_state(d, s, j, &e);
		if (!a || a->possessive || a->gz == GZ_DEMONYM)
			return ENT_OK;
	}
	if (e >= s->t1 || !kin_local(d, e, w_what_label_v))
		return ENT_OK;
	j = e + 1;
	if (j < s->t1 && kis(d, j, "as"))
		j++;
	while (j < s->t1 && skip_quote(d, j))
		j++;
	if (j < s->t1 && (kis(d, j, "a") || kis(d, j, "an")))
		j++;
	/* "ongoing", "blatant": up to two small words before the state */
	for (n = 0; j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		    !KIN(d, j, w_det);
	     j++, n++)
		;
	t = demonym_act(d, s, j);
	if (!t) {
		/* "US aggression", "Y's aggression", "Y's illegal occupation",
		 * "Y's \"indiscriminate and reckless missile and drone
		 * attacks\"" (a quoted label of up to six words) */
		int quoted = 0;
		t = named_state(d, s, j, &e);
		for (n = 0; t && e + 1 < s->t1 && n < (quoted ? 6 : 2); e++) {
			if (skip_quote(d, e) && !quoted) {
				quoted = 1;
				continue;
			}
			if (d->t.v[e].kind != TK_WORD || d->t.v[e].upper || kin(d, e, w_hostile_act))
				break;
			n++;
		}
		if (!t || t->gz == GZ_DEMONYM || e >= s->t1 || !kin(d, e, w_hostile_act))
			return ENT_OK;
	}
	if (!a)
		a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM || a->gz == GZ_DEMONYM ||
	    (a->code && t->code && !strcmp(a->code, t->code)))
		return ENT_OK;
	*hit = 1;
	return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.what_called");
}

static int judgement_after(const dctx *d, const span *s, size_t j);
static int judge_noun_at(const dctx *d, const span *s, size_t j);

/* verbs of condemning told of a deed after it: "a move X condemned",
 * "a decision criticised by X", "which X denounced" */
static const char *w_condemned_v[] = {"condemned", "criticised", "criticized", "denounced",
				      "slammed", "decried", "deplored", "lambasted", "blasted",
				      "castigated", "censured", "rebuked", "protested", NULL};

/* Judging the deed of the clause before a comma, after it:
 * - "Y sent a ship to the area, in a move (that) X called illegal (a
 *   violation)" (stance.move_called);
 * - "Y held drills in the Baltic, (in) a move (step, decision) (that) X
 *   condemned", "..., a move (widely) criticised by X", "..., which X
 *   denounced" (stance.move_condemned):
 * X opposes the subject Y of the clause the move sums up; not negated,
 * not when X is Y (test_extract_blame_frame.c).  i is "move" (also
 * "step", "decision" or "which" for the second form). */
static int move_called(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_move_label_v[] = {"called", "calls", "termed", "terms",
					       "branded", "brands", "labelled", "labeled",
					       NULL};
	static const char *w_move_n[] = {"move", "step", "decision", NULL};
	const mention *a, *t;
	size_t j = i + 1, e = 0, c, v;
	int condemned = 1; /* stance.move_condemned, else stance.move_called */
	if (i < s->t0 + 2 || i + 2 >= s->t1)
		return ENT_OK;
	if (kis(d, i, "which")) {
		/* ", which X condemned" */
		c = i - 1;
		if (!kis(d, c, ","))
			return ENT_OK;
		a = named_state(d, s, j + (kis(d, j, "the") ? 1 : 0), &e);
		if (a && e + 1 < s->t1 && ly_adverb(d, e) && kin_local(d, e + 1, w_condemned_v))
			e++;
		if (!a || a->possessive || a->gz == GZ_DEMONYM || e >= s->t1 ||
		    !kin_local(d, e, w_condemned_v) ||
		    !(e + 1 == s->t1 || kis(d, e + 1, ",") || kis(d, e + 1, "as") ||
		      d->t.v[e + 1].kind == TK_PUNCT))
			return ENT_OK;
		v = e;
	} else {
		if (!kin_local(d, i, w_move_n) || !kis(d, i - 1, "a"))
			return ENT_OK;
		if (kis(d, i - 2, "in") && i < s->t0 + 3)
			return ENT_OK;
		c = kis(d, i - 2, "in") ? i - 3 : i - 2;
		if (!kis(d, c, ","))
			return ENT_OK;
		if (kis(d, j, "that") || kis(d, j, "which"))
			j++;
		if (j < s->t1 && ly_adverb(d, j))
			j++;
		if (j + 1 < s->t1 && kin_local(d, j, w_condemned_v) && kis(d, j + 1, "by")) {
			/* "a move condemned by X" */
			v = j;
			a = named_state(d, s, j + 2, &e);
			/* "by Xn President Z": a demonym before a title */
			if (!a || a->possessive ||
			    (a->gz == GZ_DEMONYM && !(e < s->t1 && d->t.v[e].upper)))
				return ENT_OK;
		} else {
			a = named_state(d, s, j + (kis(d, j, "the") ? 1 : 0), &e);
			if (!a || a->possessive || a->gz == GZ_DEMONYM || e + 1 >= s->t1)
				return ENT_OK;
			if ((kis(d, e, "has") || kis(d, e, "had") || kis(d, e, "have")) &&
			    kin_local(d, e + 1, w_condemned_v))
				e++; /* "a move Vietnam has protested" (stop 46) */
			if (ly_adverb(d, e) && kin_local(d, e + 1, w_condemned_v))
				e++; /* "that X strongly condemned" */
			v = e;
			if (!kin_local(d, e, w_condemned_v)) {
				if (!kis(d, i, "move") || !kis(d, i - 2, "in") ||
				    !kin_local(d, e, w_move_label_v) || !judgement_after(d, s, e + 1))
					return ENT_OK;
				condemned = 0;
			}
		}
	}
	if (negated(d, s, v))
		return ENT_OK;
	t = subject_before(d, s, c);
	if (!t && condemned) {
		/* "Yn forces began drills ..., a move X condemned": a
		 * demonym opening the sentence */
		t = mention_at(d, s, s->t0 + (kis(d, s->t0, "the") ? 1 : 0));
		if (t && t->gz != GZ_DEMONYM)
			t = NULL;
	}
	if (!t || t->gz == GZ_FIRM || (t->gz == GZ_DEMONYM && !condemned) ||
	    (a->code && t->code && !strcmp(a->code, t->code)))
		return ENT_OK;
	*hit = 1;
	return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
			  condemned ? "stance.move_condemned" : "stance.move_called");
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
	if (b > s->t0 && kis(d, b - 1, "and")) {
		/* "Flintlock involves the armies of A and B and is supported
		 * by X": the passive's subject opens the sentence, not a
		 * state of the verb phrase before "and" (stop 57) */
		const mention *m = mention_at(d, s, s->t0 + (kis(d, s->t0, "the") ? 1 : 0));
		return m && m->t0 <= s->t0 + 1 && ent__is_state_mention(m) && !m->possessive &&
			       (m->gz == GZ_STATE || m->gz == GZ_CAPITAL) &&
			       (!not || strcmp(m->code, not->code))
			       ? m
			       : NULL;
	}
	for (c = b; c > s->t0 && !kis(d, c - 1, ",") && !kis(d, c - 1, ";"); c--)
		;
	if (c + 1 == b && c > s->t0 + 1 && (kis(d, c, "which") || kis(d, c, "who"))) {
		/* "Azerbaijan, which is backed by Turkey": the state before
		 * the relative pronoun */
		const mention *m = actor_before(d, s, c - 1, 0, 1);
		return m && !m->possessive && m->gz != GZ_FIRM && (!not || strcmp(m->code, not->code))
			       ? m
			       : NULL;
	}
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 < c || m->t1 > b)
			continue;
		if (ent__is_state_mention(m) && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL) &&
		    (!not || strcmp(m->code, not->code)))
			return m;
	}
	{
		/* "The Yn incursions were condemned by X": the demonym of a
		 * hostile act that opens the clause */
		const mention *m = demonym_act(d, s, c);
		if (m && m->t1 < b && (!not || strcmp(m->code, not->code)))
			return m;
	}
	return NULL;
}

/* "The Azerbaijani army, backed by Turkey,": the state (or its demonym)
 * of a body ("army", "government", ...) right before the comma before the
 * participle at v, not the agent; NULL otherwise. */
static const mention *body_before_comma(const dctx *d, const span *s, size_t v,
					const mention *not)
{
	const mention *m;
	if (v < s->t0 + 3 || !kis(d, v - 1, ",") || !KIN(d, v - 2, w_gov_noun))
		return NULL;
	m = actor_before(d, s, v - 2, 0, 0);
	if (!m || m->gz == GZ_FIRM || m->possessive || !strcmp(m->code, not->code))
		return NULL;
	return m;
}

static int trade_measure_of(const dctx *d, const span *s, const mention *t);

/* "(supported) the (legitimate) right of X to defend itself": the state
 * whose right the object at o names; NULL otherwise. */
static const mention *right_of(const dctx *d, const span *s, size_t o)
{
	size_t j = o, e = 0;
	const mention *m;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	if (j < s->t1 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper && !kis(d, j, "right") &&
	    !kis(d, j, "rights"))
		j++; /* "the legitimate right" */
	if (j + 2 >= s->t1 || !(kis(d, j, "right") || kis(d, j, "rights")) || !kis(d, j + 1, "of"))
		return NULL;
	m = named_state(d, s, j + 2, &e);
	/* "the legitimate rights of the Palestinian people" (stop 63) */
	return m && !m->possessive &&
			       (m->gz != GZ_DEMONYM || (e < s->t1 && kis(d, e, "people")))
		       ? m
		       : NULL;
}

/* "criticised what he termed as X's 'militarization' policy": the object
 * at token o that opens "what it/he/she/they called (termed, described
 * ...) (as)" goes on after those words; o otherwise. */
static size_t past_what_called(const dctx *d, const span *s, size_t o)
{
	static const char *w_pron[] = {"it", "he", "she", "they", "officials", NULL};
	static const char *w_label[] = {"called", "termed", "described", "characterized",
					"characterised", "labelled", "labeled", "dubbed", "calls",
					"terms", "describes", NULL};
	static const char *w_said[] = {"said", "says", "claimed", "claims", "alleged",
				       "alleges", NULL};
	size_t j = o;
	if (j + 4 < s->t1 && kis(d, j, "what") && kin_local(d, j + 1, w_pron) &&
	    kin_local(d, j + 2, w_said) && (kis(d, j + 3, "was") || kis(d, j + 3, "is"))) {
		/* "condemned what it said was Y's decision to supply drones":
		 * the thing reported, a state's own (stop 49) */
		const mention *m = mention_at(d, s, j + 4);
		return m && m->t0 == j + 4 && m->possessive ? j + 4 : o;
	}
	if (j + 3 >= s->t1 || !kis(d, j, "what") || !kin_local(d, j + 1, w_pron) ||
	    !kin_local(d, j + 2, w_label))
		return o;
	j += 3;
	if (kis(d, j, "as"))
		j++;
	{
		/* the label is a hostile word or in quotation marks
		 * ("France's \"militarization\" policy", "\"Greece's
		 * maximalist claims\""); not "what it called China's trade
		 * policy" */
		int opened = j + 1 < s->t1 && quote_mark(d, j);
		const mention *m = j + opened < s->t1 ? mention_at(d, s, j + opened) : NULL;
		size_t q, e;
		if (!m || !m->possessive)
			return o;
		if (opened)
			return j + 1;
		e = m->t1 + (m->t1 < s->t1 && kis(d, m->t1, "'s") ? 1 : 0);
		for (q = e; q < s->t1 && q < e + 3; q++)
			if (quote_mark(d, q) || kin(d, q, w_hostile_act))
				return j;
	}
	return o;
}

/* ", (also) accusing": a participle after a comma, whose subject is the
 * sentence's */
/* "..., but also Turkey, which has increased its war of words with
 * Armenia, first blaming Yerevan for ...": the state before ", which"
 * (or ", who") ahead of token v is the subject of a participle in the
 * relative clause; NULL if none. */
static const mention *which_antecedent(const dctx *d, const span *s, size_t v)
{
	size_t w;
	for (w = v; w > s->t0 + 2; w--) {
		const mention *m;
		if (kis(d, w - 1, ";"))
			return NULL;
		if (!(kis(d, w - 1, "which") || kis(d, w - 1, "who")) || !kis(d, w - 2, ","))
			continue;
		m = actor_before(d, s, w - 2, 0, 1);
		return m && m->t1 == w - 2 && !m->possessive && m->gz != GZ_FIRM ? m : NULL;
	}
	return NULL;
}

static int participle_after_comma(const dctx *d, const span *s, size_t v)
{
	size_t j = v;
	if (!ends_ing(K(v)))
		return 0;
	int n = 0;
	/* ", strongly protesting X", "..., and most recently slamming X" */
	while (j > s->t0 && n < 3 &&
	       (kis(d, j - 1, "also") || kis(d, j - 1, "while") || kis(d, j - 1, "most") ||
		kis(d, j - 1, "first") || kis(d, j - 1, "then") || ly_adverb(d, j - 1))) {
		j--;
		n++;
	}
	return j > s->t0 && (kis(d, j - 1, ",") || (n && kis(d, j - 1, "and")));
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
const char *w_label_v[] = {"called", "calls", "labelled", "labeled", "branded",
				  "brands", "described", "describes", "termed", "terms", NULL};
static const char *w_threat_n[] = {"threat", "menace", "danger", "enemy", "aggressor",
				   "occupier", "adversary", NULL};

/* Opposition in other words: "rejected X's claims", "blamed X for",
 * "blames the attack on X", "threatened X with", "counterbalance X", "X
 * and Y remain at loggerheads", "greeted X's claim with scepticism". */
const char *w_reject_v[] = {"rejected", "rejects", "reject", "rejecting", "dismissed",
				   "dismisses", "dismiss", "dismissing", "rebuffed", "rebuffs",
				   "refuted", "refutes", "downplayed", "downplays", "downplaying",
				   "brushed", NULL};
/* Does a weapon's mention open within n tokens from token j? */
static int weapon_within(const dctx *d, const span *s, size_t j, size_t n)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 >= j && M(d, k)->t0 < j + n && M(d, k)->kind == MK_ACTOR &&
		    M(d, k)->gz == GZ_WEAPON)
			return 1;
	return 0;
}

static const char *w_claim_n[] = {"claim", "claims", "version", "allegation", "allegations",
				  "insinuation", "insinuations",
				  "accusation", "accusations", "charge", "charges", "assertion",
				  "assertions", "narrative", "mediation", "proposal", "proposals",
				  "demands", "ultimatum", "statement", "statements", "remarks",
				  "comments", "request", "requests", "demand", "threats",
				  "ultimatums", "pressure", "concerns", "criticism", "objections",
				  "fears", "worries", "warning", "warnings", "threat",
				  /* "rejected Y's (unilateral) actions" (stop 50) */
				  "actions", "moves", "plans", "policy", "policies", "measures",
				  /* "rejected Kosovo's application to join" (stop 62) */
				  "application", "applications", "candidacy", NULL};
const char *w_blame_v[] = {"blamed", "blames", "blame", "blaming", NULL};
const char *w_threaten_v[] = {"threatened", "threatens", "threaten", "threatening",
				     NULL};
const char *w_counter_v[] = {"counterbalance", "counterbalances", "counterbalanced",
				    "counterbalancing", "counterweight", NULL};
const char *w_greet_v[] = {"greeted", "greets", "greet", "met", "meets", "received",
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
const mention *named_state(const dctx *d, const span *s, size_t j, size_t *end)
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

/* After a state's name or demonym ending at token j: a title, up to four capitalised name
 * words and 's: "(Turkish) President Recep Tayyip Erdogan's", "(the
 * Turkish) president's"; the token after the 's, or 0. */
static size_t titled_owner_end(const dctx *d, const span *s, size_t j)
{
	size_t n;
	if (!demonym_title(d, s, j))
		return 0;
	for (n = 0; j < s->t1 && n < 3 && KIN(d, j, w_title_mod); j++, n++)
		;
	j++; /* the title */
	for (n = 0; j < s->t1 && n < 4 && d->t.v[j].kind == TK_WORD && d->t.v[j].upper; j++, n++)
		;
	return j < s->t1 && kis(d, j, "'s") ? j + 1 : 0;
}

/* "blamed Y's provocations for ...", "blamed Yn aggression for ...",
 * "blaming the (provocative) actions of (Z and mainly) Y for ...": the
 * blamer opposes the state that owns the hostile act (stance.blame_act;
 * test_extract_blame_frame.c).  i is the verb of blaming. */
static int blame_act_of(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_blame_act_n[] = {"interventions", "intervention", "activities",
					      "policies", "policy", "behaviour", "behavior",
					      NULL};
	const mention *t = NULL;
	size_t j = i + 1, e = 0, n;
	while (j < s->t1 && skip_quote(d, j))
		j++;
	t = named_state(d, s, j, &e);
	if (t && !(t->possessive || t->gz == GZ_DEMONYM))
		return ENT_OK; /* "blamed X for": stance.blame */
	if (!t && j < s->t1 && KIN(d, j, w_det))
		j++;
	/* the act: up to four small words, "and", commas and quote marks before it */
	for (j = t ? e : j, n = 0; j < s->t1 && n < 8; j++, n++) {
		if (kin(d, j, w_hostile_act) || kin(d, j, w_blame_act_n))
			break;
		if (!(skip_quote(d, j) || kis(d, j, ",") ||
		      (d->t.v[j].kind == TK_WORD && !d->t.v[j].upper)))
			return ENT_OK;
	}
	if (j >= s->t1 || n >= 8)
		return ENT_OK;
	/* more act nouns: "the interventions and provocative actions" */
	for (e = j + 1; e < s->t1 && e < j + 5 && d->t.v[e].kind == TK_WORD && !d->t.v[e].upper &&
			!kis(d, e, "of") && !kis(d, e, "by") && !kis(d, e, "for");
	     e++)
		;
	if (!t) {
		/* "of (NATO and mainly) Y", "by Y" */
		if (e + 1 >= s->t1 || !(kis(d, e, "of") || kis(d, e, "by")))
			return ENT_OK;
		for (j = e + 1, n = 0; j < s->t1 && n < 6; n++) {
			t = named_state(d, s, j, &e);
			if (t && (t->possessive || t->gz == GZ_DEMONYM))
				return ENT_OK;
			if (t)
				break;
			/* only names, "and", "the" and "mainly" in between */
			if (!(d->t.v[j].upper || kis(d, j, "and") || kis(d, j, "the") ||
			      kis(d, j, "mainly") || kis(d, j, "especially") ||
			      kis(d, j, "particularly") || kis(d, j, ",")))
				return ENT_OK;
			j++;
		}
		if (!t)
			return ENT_OK;
	}
	while (e < s->t1 && skip_quote(d, e))
		e++;
	if (e >= s->t1 || !kis(d, e, "for"))
		return ENT_OK;
	*hit = 1;
	return add_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i, s->t1,
			  "stance.blame_act");
}

/* The state whose words the sentence before (in the same paragraph)
 * tells, for "X rejected the accusation": its first state other than
 * code, a name or possessive, or a demonym before a title ("Armenian
 * Prime Minister ... termed the exodus ethnic cleansing"); NULL if none. */
static const mention *prev_unit_speaker(const dctx *d, const span *s, const char *code)
{
	const unit *u;
	size_t k;
	if (s->unit <= 0 || d->units[s->unit - 1].para != d->units[s->unit].para)
		return NULL;
	u = &d->units[s->unit - 1];
	for (k = u->t0; k < u->t1; k++)
		if (KIN(d, k, w_speech_verb) || KIN(d, k, w_label_v) || KIN(d, k, w_blame_v) ||
		    kis(d, k, "accused") || kis(d, k, "accuses") || kis(d, k, "alleged") ||
		    kis(d, k, "claimed") || kis(d, k, "termed") || kis(d, k, "charged"))
			break;
	if (k == u->t1)
		return NULL; /* the sentence before says nothing */
	for (k = u->m0; k < u->m1; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || !strcmp(m->code, code))
			continue;
		if (m->gz == GZ_DEMONYM && !demonym_title(d, s, m->t1))
			continue;
		return m;
	}
	return NULL;
}

static size_t owners_in_object(const dctx *d, const span *s, size_t j, const mention **par,
			       size_t max);

/* A judges the deed that the sentence's subject names before token i: A
 * opposes each owner of that deed but itself ("Y's drills were viewed by
 * A as a provocation", "the deployment of troops by Y is unacceptable to
 * A"); sets *hit when the subject names an owner. */
static int oppose_subject_owners(dctx *d, const span *s, const mention *a, size_t i,
				 const char *rule, int *hit)
{
	const mention *par[6];
	size_t np = owners_in_object(d, s, s->t0, par, 6), q;
	int rc;
	if (!np || par[0]->t0 >= i)
		return ENT_OK;
	*hit = 1;
	for (q = 0; q < np; q++)
		if (strcmp(par[q]->code, a->code) &&
		    (rc = add_state_stance(d, s, a, par[q], ENT_POLARITY_OPPOSE, i, rule)))
			return rc;
	return ENT_OK;
}

/* "X and Y launched drills, as the (longstanding, two) allies seek to
 * counter Z": a plural noun of partners within six words before token i,
 * after "the / both", stands for the sentence's subject before it; that
 * state (its coordination holds the others), or NULL (stop 34). */
static const mention *allies_subject(const dctx *d, const span *s, size_t i)
{
	static const char *w_pair_n[] = {"allies", "partners", "countries", "nations", "sides",
					 "neighbours", "neighbors", "governments", NULL};
	size_t j, b;
	for (j = i; j > s->t0 + 1 && j + 6 > i; j--) {
		if (!kin_local(d, j - 1, w_pair_n))
			continue;
		if (kis(d, j, "of"))
			return NULL; /* "the allies of Y aim to": not the subject */
		for (b = j - 1; b > s->t0 && b + 3 > j - 1 && !kis(d, b - 1, "the") &&
				!kis(d, b - 1, "both");
		     b--)
			if (d->t.v[b - 1].kind != TK_WORD || d->t.v[b - 1].upper)
				return NULL;
		if (b == s->t0 || b + 3 <= j - 1)
			return NULL;
		return subject_before(d, s, b - 1);
	}
	return NULL;
}

/* words that end a clause's subject before its verb */
static const char *w_clause_break[] = {",", ";", ":", "while", "but", "which", "who", "that",
				      NULL};

/* "counter growing Chinese assertiveness", "counter the rising Chinese
 * military presence": up to two lower-case words from token j, then a
 * demonym or a possessive state and a noun of a power's conduct; that
 * state, or NULL (stop 34). */
static const mention *conduct_owner(const dctx *d, const span *s, size_t j)
{
	static const char *w_conduct[] = {
		"assertiveness", "influence",	 "aggression", "aggressiveness", "expansion",
		"expansionism",	 "ambitions",	 "presence",   "power",		 "threat",
		"threats",	 "dominance",	 "hegemony",   "belligerence",	 "militarisation",
		"militarization", "advances",	 "encroachment", "coercion",	 "buildup",
		"build-up",	 "might",	 "clout",      "reach",		 "attempts",
		"moves",	 "claims",	 "activities", "actions",	 "provocations",
		NULL};
	const mention *m;
	size_t n, e;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	for (n = 0; n < 2 && j < s->t1 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		    !mention_at(d, s, j);
	     n++)
		j++;
	m = mention_at(d, s, j);
	if (!m || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
	    (m->gz != GZ_DEMONYM && !m->possessive))
		return NULL;
	e = m->t1 + (m->possessive ? 1 : 0);
	/* "Chinese military presence": one more word */
	for (n = 0; n < 2 && e < s->t1 && !kin_local(d, e, w_conduct) &&
		    d->t.v[e].kind == TK_WORD && !d->t.v[e].upper;
	     n++)
		e++;
	return e < s->t1 && kin_local(d, e, w_conduct) ? m : NULL;
}

/* "Aiming (Seeking) to restrain China's advances ..., Japan has decided
 * to ...": a purpose at i (at most four words into the sentence) in a
 * phrase that opens it with an -ing word: the state named right after the
 * phrase's comma, or NULL. */
static const mention *opening_purpose_subject(const dctx *d, const span *s, size_t i)
{
	size_t j, t0 = s->unit >= 0 ? d->units[s->unit].t0 : s->t0, e = 0;
	const mention *m;
	if (!ends_ing(K(t0)) || i > t0 + 4)
		return NULL;
	for (j = i; j < d->t.n && j < i + 20 && !kis(d, j, ",") && !kis(d, j, "."); j++)
		if (KIN(d, j, w_be))
			return NULL; /* "Trying to counter Z is hard, X said": a subject */
	if (j + 1 >= d->t.n || !kis(d, j, ","))
		return NULL;
	m = named_state(d, s, j + 1, &e);
	return m && !m->possessive && m->gz != GZ_DEMONYM && m->gz != GZ_FIRM ? m : NULL;
}

/* The state a relative clause holding token i is about: "..., which (who)"
 * right after a state named by name (not a possessive or demonym), with no
 * ";" or other relative clause between ("allies of the United States,
 * which has been strengthening its alliances to counter China"); NULL. */
static const mention *which_clause_state(const dctx *d, const span *s, size_t i)
{
	/* the clause may begin before the span: the unit's start and mentions */
	size_t j, t0 = s->unit >= 0 ? d->units[s->unit].t0 : s->t0, k;
	size_t m0 = s->unit >= 0 ? d->units[s->unit].m0 : s->m0;
	for (j = i; j > t0 + 1; j--) {
		const mention *m = NULL;
		if (kis(d, j - 1, ";") || kis(d, j - 1, ","))
			return NULL; /* the clause closed before i */
		if (!(kis(d, j - 1, "which") || kis(d, j - 1, "who")) || !kis(d, j - 2, ","))
			continue;
		for (k = m0; k < d->m.n && M(d, k)->t0 < j - 2 && !m; k++)
			if (M(d, k)->t1 == j - 2)
				m = M(d, k);
		if (!m || !ent__is_state_mention(m) || m->possessive || m->gz == GZ_DEMONYM ||
		    m->gz == GZ_FIRM)
			return NULL;
		return m;
	}
	return NULL;
}

/* "X blames the USA and France and threatens Y": before the "and" at a, a
 * list of states that is the object of a verb in lower case; that verb's
 * subject (the subject of a second verb after the list), or NULL. */
static const mention *object_list_subject(const dctx *d, const span *s, size_t a)
{
	const mention *m = mention_at_end(d, s, a), *sb;
	size_t p;
	if (!m || !ent__is_state_mention(m))
		return NULL;
	p = m->t0;
	if (p > s->t0 && kis(d, p - 1, "the"))
		p--;
	p = list_head(d, s, p, 3); /* four states at most, the last one m */
	/* a list with an item that is no state ("A, the EU and B") is none */
	if (p <= s->t0 + 1 || kis(d, p - 1, "and") || kis(d, p - 1, ",") ||
	    d->t.v[p - 1].kind != TK_WORD || d->t.v[p - 1].upper || KIN(d, p - 1, w_det))
		return NULL;
	sb = subject_before(d, s, p - 1);
	if (!sb)
		sb = stance_actor(d, s, p - 1); /* "The Ministry of Defense of X blames" */
	return sb && sb->gz != GZ_FIRM && sb->t1 < p ? sb : NULL;
}

/* A word of a group of unnamed states in a list ("European allies"): a
 * word or hyphen, no joiner, no state named but a demonym. */
static int group_word(const dctx *d, const span *s, size_t q)
{
	const mention *m = mention_at(d, s, q);
	return !kis(d, q, ",") && !kis(d, q, "and") &&
	       (d->t.v[q].kind == TK_WORD || kis(d, q, "-")) && !(m && m->gz != GZ_DEMONYM);
}

/* "(the) help (aid, assistance, offers of help) from (former colonial
 * power) X" opening at token j: the token where X may open after at most
 * four small words, or NONE. */
static size_t help_from_end(const dctx *d, const span *s, size_t j)
{
	static const char *w_help_n[] = {"help", "aid", "assistance", "support", NULL};
	size_t q, n;
	if (j < s->t1 && (kis(d, j, "the") || kis(d, j, "any")))
		j++;
	if (j + 2 < s->t1 && kis(d, j, "offers") && kis(d, j + 1, "of"))
		j += 2;
	if (j + 2 >= s->t1 || !kin_local(d, j, w_help_n) || !kis(d, j + 1, "from"))
		return NONE;
	for (q = j + 2, n = 0; q < s->t1 && n < 4 && d->t.v[q].kind == TK_WORD &&
			       !d->t.v[q].upper && !mention_at(d, s, q);
	     q++, n++)
		;
	return q < s->t1 ? q : NONE;
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
		if (i > s->t0 && (kis(d, i - 1, "not") || kis(d, i - 1, "never")))
			return ENT_OK; /* "did not reject Y's claims" */
		j = i + 1;
		if (kis(d, i, "brushed")) {
			/* "brushed aside Y's concerns" */
			if (j >= s->t1 || !kis(d, j, "aside"))
				return ENT_OK;
			j++;
		}
		for (; j < s->t1 && j < i + 4 && skip_quote(d, j); j++)
			;
		t = named_state(d, s, j, &e);
		if (!t && (n = help_from_end(d, s, j)) != NONE) {
			/* "has rejected help from former colonial power
			 * France": who refuses the help opposes its giver
			 * (stop 62) */
			t = named_state(d, s, n, &e);
			a = stance_actor(d, s, i);
			if (!t || t->possessive || t->gz == GZ_FIRM || t->gz == GZ_DEMONYM || !a)
				return ENT_OK;
			*hit = 1;
			return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
					  "stance.reject_claim");
		}
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
					    (kis(d, e, "to") && kis(d, e - 1, "attributed")))) {
				/* "Azerbaijan rejected the accusation": the
				 * accuser the sentence before names */
				a = stance_actor(d, s, i);
				if (!(j < s->t1 && (kis(d, j, "the") || kis(d, j, "these") ||
						    kis(d, j, "this"))) ||
				    !a || !(t = prev_unit_speaker(d, s, a->code)))
					return ENT_OK;
				*hit = 1;
				return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
						  "stance.reject_claim");
			}
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
		/* "rejected Turkish President X's comments": the state
		 * owns the titled person's words (test_extract_titled_owner.c);
		 * "rejected US claims": a name right before the noun of claim
		 * (test_extract_denials.c) */
		if (!t->possessive && (n = titled_owner_end(d, s, e)) != 0)
			e = n;
		else if (!t->possessive && t->gz != GZ_DEMONYM && !(e < s->t1 && kin(d, e, w_claim_n)))
			return ENT_OK;
		/* up to four small words, hyphens between ("China's
		 * nine-dash line claims", stop 57) */
		/* "strongly rejected Y's military operation in Gaza": an act
		 * of Y's rejected (stop 62) */
		static const char *w_hostile_act_n[] = {"operation", "operations", "offensive",
							"strikes", "attacks", "attack", "bombing",
							"bombardment", "incursion", "incursions",
							"blockade", NULL};
		for (n = 0; e < s->t1 && n < 4 && !kin(d, e, w_claim_n) &&
			    !kin_local(d, e, w_hostile_act_n) &&
			    ((d->t.v[e].kind == TK_WORD && !d->t.v[e].upper) || kis(d, e, "-"));
		     e++)
			n += !kis(d, e, "-");
		if (e >= s->t1 || !(kin(d, e, w_claim_n) || kin_local(d, e, w_hostile_act_n)))
			return ENT_OK;
		*hit = 1;
		/* "rejected Kiev's demands (requests) for the M1 Abrams": a
		 * supply turned down, no stance against the one who asked */
		if (e + 2 < s->t1 && kis(d, e + 1, "for") && weapon_within(d, s, e + 2, 3))
			return ENT_OK;
		a = stance_actor(d, s, i);
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.reject_claim");
	}
	if (KIN(d, i, w_blame_v)) {
		if (i > s->t0 && KIN(d, i - 1, w_be))
			return ENT_OK; /* passive: "was blamed on" */
		if (kis(d, i, "blame") && i + 2 < s->t1 &&
		    (kis(d, i + 1, "lies") || kis(d, i + 1, "rests") || kis(d, i + 1, "lay")) &&
		    kis(d, i + 2, "with") && !negated(d, s, i)) {
			/* "they believe the (ultimate) blame lies with X" */
			t = named_state(d, s, i + 3, &e);
			if (!t || t->possessive || t->gz == GZ_DEMONYM || t->gz == GZ_FIRM)
				return ENT_OK;
			*hit = 1;
			return add_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i,
					  s->t1, "stance.blame");
		}
		t = named_state(d, s, i + 1, &e);
		if (!t && i + 4 < s->t1 && kis(d, i + 1, "its")) {
			/* "blamed its arch-rival X of (for) shelling" (stop 35) */
			for (j = i + 2, n = 0;
			     j < s->t1 && n < 4 &&
			     ((d->t.v[j].kind == TK_WORD && !d->t.v[j].upper) || kis(d, j, "-"));
			     j++, n++)
				;
			t = n ? named_state(d, s, j, &e) : NULL;
		}
		if (t && !t->possessive && (t->gz != GZ_DEMONYM) && e < s->t1 &&
		    (kis(d, e, "for") || kis(d, e, "of"))) {
			/* "blamed X for the attack" */
			*hit = 1;
			return add_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i,
					  s->t1, "stance.blame");
		}
		if (t && !t->possessive && t->gz != GZ_DEMONYM && !negated(d, s, i)) {
			/* "blames the USA and France and threatens Y", "blamed X
			 * and Y.": the states blamed, the list closing the
			 * clause */
			const mention *bl[4], *m;
			size_t nb = 0, q, e2 = 0;
			int rc;
			bl[nb++] = t;
			while (nb < 4 && e + 1 < s->t1 && (kis(d, e, "and") || kis(d, e, ",")) &&
			       (m = named_state(d, s, e + 1, &e2)) != NULL && !m->possessive &&
			       m->gz != GZ_DEMONYM) {
				bl[nb++] = m;
				e = e2;
			}
			if (e >= s->t1 || kis(d, e, "for") || kis(d, e, ".") || kis(d, e, ",") ||
			    kis(d, e, ";") ||
			    (e + 1 < s->t1 && kis(d, e, "and") && d->t.v[e + 1].kind == TK_WORD &&
			     !d->t.v[e + 1].upper && !KIN(d, e + 1, w_det))) {
				a = stance_actor(d, s, i);
				*hit = 1;
				for (q = 0; q < nb; q++)
					if ((rc = add_stance(d, s, a, bl[q], ENT_POLARITY_OPPOSE, i,
							     s->t1, "stance.blame")))
						return rc;
				return ENT_OK;
			}
		}
		{
			int brc = blame_act_of(d, s, i, hit);
			if (brc || *hit)
				return brc;
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
	if (KIN(d, i, w_threaten_v) && i + 5 < s->t1 && kis(d, i + 1, "to") && kis(d, i + 2, "use")) {
		/* "has threatened to use (military) force if Y attempts ...",
		 * "... force against Y": X opposes Y (stance.threaten_force,
		 * test_extract_stance_purpose.c) */
		for (j = i + 3, n = 0; j < s->t1 && n < 2 && !kis(d, j, "force") &&
				       d->t.v[j].kind == TK_WORD && !d->t.v[j].upper;
		     j++, n++)
			;
		if (j + 2 < s->t1 && kis(d, j, "force") &&
		    (kis(d, j + 1, "against") || kis(d, j + 1, "if") || kis(d, j + 1, "should")) &&
		    (t = named_state(d, s, j + 2, &e)) != NULL && t->gz != GZ_DEMONYM &&
		    !t->possessive && !negated(d, s, i)) {
			*hit = 1;
			return add_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i,
					  s->t1, "stance.threaten_force");
		}
	}
	if (KIN(d, i, w_threaten_v)) {
		/* "threatened X with consequences" */
		t = named_state(d, s, i + 1, &e);
		if (!t || t->possessive || t->gz == GZ_DEMONYM || e >= s->t1 || !kis(d, e, "with"))
			return ENT_OK;
		*hit = 1;
		/* "X blames A and B and threatens Y with ...": the subject of
		 * the first verb threatens */
		a = i > s->t0 && kis(d, i - 1, "and") ? object_list_subject(d, s, i - 1) : NULL;
		if (!a && i > s->t0 + 2 && kis(d, i - 1, "while") && kis(d, i - 2, ","))
			a = object_list_subject(d, s, i - 2); /* "accusing A and B, while
								* threatening Y" */
		return add_stance(d, s, a ? a : stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i,
				  s->t1, "stance.threaten_with");
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
	if ((kis(d, i, "unacceptable") || kis(d, i, "inadmissible")) && i + 2 < s->t1 &&
	    (kis(d, i + 1, "for") || kis(d, i + 1, "to") ||
	     (quote_mark(d, i + 1) && i + 3 < s->t1 &&
	      (kis(d, i + 2, "for") || kis(d, i + 2, "to"))))) {
		/* "the deployment of US infrastructure in Central Asia is
		 * "totally unacceptable" for Russia": the state it is
		 * unacceptable to opposes the owner of the subject's deed
		 * (stance.unacceptable_to, test_extract_stance_purpose.c) */
		size_t p = i + 1 + (quote_mark(d, i + 1) ? 1 : 0);
		a = named_state(d, s, p + 1, &e);
		if (!a || a->gz == GZ_DEMONYM || a->possessive || negated(d, s, i))
			return ENT_OK;
		return oppose_subject_owners(d, s, a, i, "stance.unacceptable_to", hit);
	}
	if (K(i)[0] == 'u' && kis(d, i, "under") && i > s->t0 + 1 && i + 3 < s->t1 &&
	    (KIN(d, i - 1, w_be) || kis(d, i - 1, "been") || kis(d, i - 1, "came") ||
	     kis(d, i - 1, "come") || kis(d, i - 1, "comes")) &&
	    !negated(d, s, i - 1)) {
		/* "Y is under strong pressure from the Kremlin not to join":
		 * the one who presses opposes Y (stance.under_pressure,
		 * test_extract_stance_purpose.c) */
		for (j = i + 1, n = 0; j < s->t1 && n < 2 && !kis(d, j, "pressure") &&
				       d->t.v[j].kind == TK_WORD && !d->t.v[j].upper;
		     j++, n++)
			;
		if (j + 2 < s->t1 && kis(d, j, "pressure") && kis(d, j + 1, "from") &&
		    (a = named_state(d, s, j + 2, &e)) != NULL && a->gz != GZ_DEMONYM &&
		    !a->possessive && (t = subject_before(d, s, i)) != NULL &&
		    strcmp(t->code, a->code)) {
			/* "from Ukraine, European allies and the United States":
			 * each state of the list presses, past a group of
			 * unnamed states (stop 41) */
			const mention *more;
			size_t q = e, e2 = 0, w;
			int rc;
			*hit = 1;
			while (q + 1 < s->t1 && (kis(d, q, ",") || kis(d, q, "and"))) {
				q++;
				if (kis(d, q, "and"))
					q++;
				more = named_state(d, s, q, &e2);
				if (more && more->gz != GZ_DEMONYM && !more->possessive) {
					if (strcmp(more->code, t->code) &&
					    (rc = add_stance(d, s, more, t, ENT_POLARITY_OPPOSE, i,
							     s->t1, "stance.under_pressure")))
						return rc;
					q = e2;
					continue;
				}
				for (w = 0; q < s->t1 && w < 3 && group_word(d, s, q); q++, w++)
					;
				if (!w)
					break;
			}
			return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
					  "stance.under_pressure");
		}
	}
	if ((kis(d, i, "counter") || kis(d, i, "countering") || kis(d, i, "deter") ||
	     kis(d, i, "deterring") || kis(d, i, "restrain") || kis(d, i, "restraining") ||
	     kis(d, i, "contain") || kis(d, i, "containing")) &&
	    i > s->t0 + 1 &&
	    (kis(d, i - 1, "to") || (kis(d, i - 1, "at") && kis(d, i - 2, "aimed"))) &&
	    !negated(d, s, i)) {
		/* "X and Y agreed to expand drills to counter Z's maritime
		 * assertiveness", "talks aimed at deterring Z": a purpose
		 * against Z, each subject opposes it (stance.counter_purpose,
		 * test_extract_stance_purpose.c) */
		const mention *c[6];
		size_t nc, k;
		int rc;
		static const char *w_needed[] = {"necessary", "needed", "designed", "intended",
						 "meant", "essential", "crucial", "vital", NULL};
		const mention *ra, *oa = NULL, *rep = NULL;
		t = named_state(d, s, i + 1, &e);
		if (!t || t->gz == GZ_DEMONYM)
			t = conduct_owner(d, s, i + 1); /* a demonym only so */
		a = clause_actor(d, s, i);
		if (!a)
			a = allies_subject(d, s, i);
		if (!a && (a = subject_before(d, s, i)) != NULL &&
		    (a->t0 > s->t0 + 1 || find_in(d, a->t1, i, w_clause_break) != NONE))
			a = NULL; /* "X and Y had started to strengthen their
				   * cooperation in the summer of 2020 to counter
				   * Z": the sentence's own subject (stop 37) */
		if (!a && i > s->t0 + 2 && kis(d, i - 1, "to") && kin_local(d, i - 2, w_needed) &&
		    (rep = label_reporter(d, s, i, i)) != NULL && rep->t0 > i)
			a = rep; /* "The drill is necessary to counter Z's threats,
				  * Y's ministry said": the speaker after (stop 35) */
		if ((ra = which_clause_state(d, s, i)) != NULL)
			a = ra; /* "allies of the US, which has been strengthening
				 * its alliances to counter Z" */
		else if ((oa = opening_purpose_subject(d, s, i)) != NULL)
			a = oa; /* "Aiming to restrain Z's advances, Japan ..." */
		/* "India's strategic efforts to counter Z" (stop 63) */
		const mention *eo = kis(d, i - 1, "to") ? effort_owner(d, s, i - 1) : NULL;
		if (eo && (!a || a->possessive))
			a = eo;
		if (!t || !a || a->gz == GZ_DEMONYM || (a->possessive && a != rep && a != eo) ||
		    is_person(d, a) || (a->t0 > i && a != oa && a != rep))
			return ENT_OK;
		if (a->t1 + 1 < i && (kis(d, a->t1, "allies") || kis(d, a->t1, "partners"))) {
			/* "as the two U.S. allies increase cooperation to counter
			 * Z": the allies, not the US; "U.S. allies X and Y
			 * agreed": the allies named after (stop 58) */
			const mention *x = mention_at(d, s, a->t1 + 1);
			/* "X and Y, both U.S. allies, agreed" */
			if (kis(d, a->t1 + 1, ",") && a->t0 > s->t0 + 2 &&
			    kis(d, a->t0 - 1, "both") && kis(d, a->t0 - 2, ","))
				x = mention_at_end(d, s, a->t0 - 2);
			if (!x || !ent__is_state_mention(x) || x->gz == GZ_DEMONYM ||
			    x->gz == GZ_FIRM)
				return ENT_OK;
			a = x;
		}
		*hit = 1;
		nc = ra ? 1 : coordinated(d, s, a, c, 6);
		if (ra)
			c[0] = ra;
		for (k = 0; k < nc; k++)
			if (strcmp(c[k]->code, t->code) &&
			    (rc = add_stance(d, s, c[k], t, ENT_POLARITY_OPPOSE, i, s->t1,
					     "stance.counter_purpose")))
				return rc;
		return ENT_OK;
	}
	if (kis(d, i, "at") && i + 1 < s->t1 &&
	    (kis(d, i + 1, "loggerheads") || kis(d, i + 1, "odds"))) {
		/* "X and Y remain at loggerheads", "X is at odds with Y": a
		 * state of relations the writer describes, no stance either
		 * takes; a rivalry of the two (rivalry.at_odds) */
		const mention *c[6];
		size_t nc, k, q;
		int rc;
		a = clause_actor(d, s, i);
		if (!a || a->gz == GZ_DEMONYM || is_person(d, a))
			return ENT_OK;
		*hit = 1;
		if (i + 2 < s->t1 && kis(d, i + 2, "with")) {
			t = named_state(d, s, i + 3, &e);
			if (!t || t->gz == GZ_DEMONYM)
				return ENT_OK;
			return add_rivalry(d, s, a->code, t->code, "rivalry.at_odds");
		}
		nc = coordinated(d, s, a, c, 6);
		for (k = 0; k < nc; k++)
			for (q = k + 1; q < nc; q++)
				if ((rc = add_rivalry(d, s, c[k]->code, c[q]->code, "rivalry.at_odds")))
					return rc;
		return ENT_OK;
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
/* verbs that put measures in place or promise them: "announced / imposed /
 * unveiled / vowed punitive steps against Y" */
static const char *w_measure_v[] = {"announced", "announces", "announce", "imposed", "imposes",
				    "impose", "unveiled", "unveils", "vowed", "vows", "introduced",
				    "introduces", "approved", "ordered", "slapped", NULL};
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

/* "X said (that) Y broke its commitments", "saying Y and Z violated the
 * accord", "argued that Y had breached the ceasefire": a state's speech
 * whose complement makes Y the agent of breaking an undertaking
 * (stance.said_broke; test_extract_blame_frame.c).  i is the speech verb. */
static const char *w_break_pact_v[] = {"broke", "broken", "violated", "breached", "flouted",
				       "reneged", "violate", "violates", "breach", "breaches",
				       NULL};
static const char *w_undertaking_n[] = {"commitments", "commitment", "promises", "promise",
				 "obligations", "obligation", "pledges", "pledge", "agreement",
				 "agreements", "accord", "accords", "treaty", "treaties",
				 "ceasefire", "truce", "resolution", "deal", "sovereignty",
				 "airspace", "law", "word", "embargo", "resolutions", NULL};

/* nouns of a transfer of goods: "the sale (supply, delivery) of ..." */
static const char *w_transfer_n[] = {"sale", "sales", "supply", "supplies", "delivery",
				     "deliveries", "transfer", "transfers", "export", "exports",
				     "shipment", "shipments", NULL};

/* "a proposed Russian sale of fighter jets to Iran would violate": a sale
 * (supply, transfer ...) qualified by a demonym or a possessive state
 * from token j, its "of ... to ..." phrase (no comma) and a modal; the
 * seller, with *end at the verb after them, or NULL. */
static const mention *sale_agent_at(const dctx *d, const span *s, size_t j, size_t *end)
{
	static const char *w_would[] = {"would", "will", "could", "might", "may", NULL};
	const mention *m = NULL;
	size_t n, k;
	if (j < s->t1 && (kis(d, j, "a") || kis(d, j, "an") || kis(d, j, "the")))
		j++;
	for (n = 0; j < s->t1 && n < 4 && !kin_local(d, j, w_transfer_n); n++) {
		const mention *o = mention_at(d, s, j);
		if (o && !m && ent__is_state_mention(o) && o->gz != GZ_FIRM &&
		    (o->gz == GZ_DEMONYM || o->possessive)) {
			m = o;
			j = o->t1 + (o->possessive ? 1 : 0);
		} else if (d->t.v[j].kind == TK_WORD && !d->t.v[j].upper) {
			j++;
		} else {
			return NULL;
		}
	}
	if (!m || j >= s->t1 || !kin_local(d, j, w_transfer_n))
		return NULL;
	for (k = j + 1; k < s->t1 && k < j + 12; k++) {
		if (d->t.v[k].kind == TK_PUNCT && !kis(d, k, "-"))
			return NULL;
		if (kin_local(d, k, w_would)) {
			*end = k + 1;
			return m;
		}
	}
	return NULL;
}

/* "dropped (withdrew, lifted, waived) its objections to": an opposition
 * noun at i (over "its / their / all") ended by a verb before it, no
 * stance (ru/001, stop 61). */
static int objection_dropped(const dctx *d, const span *s, size_t i)
{
	static const char *w_drop_v[] = {"dropped", "drops", "drop", "dropping", "withdrew",
					 "withdrawn", "withdraws", "lifted", "lifts", "waived",
					 "abandoned", "shelved", NULL};
	size_t j = i;
	while (j > s->t0 && j + 3 > i &&
	       (kis(d, j - 1, "its") || kis(d, j - 1, "their") || kis(d, j - 1, "all") ||
		kis(d, j - 1, "the") || kis(d, j - 1, "longstanding") ||
		kis(d, j - 1, "long-standing")))
		j--;
	return j > s->t0 && kin_local(d, j - 1, w_drop_v);
}

static int said_broke(dctx *d, const span *s, size_t i, int said, int *hit)
{
	const mention *a, *t;
	const char *k = K(i);
	size_t j = i + 1, e = 0, n;
	/* said: token i is in w_said_that (the caller's test); else
	 * "saying", tested by its letters first */
	if (!said && !(k[0] == 's' && k[1] == 'a' && k[2] == 'y' && k[3] == 'i' &&
		       !strcmp(k, "saying")))
		return ENT_OK;
	if (i + 3 >= s->t1 ||
	    !(d->t.v[i + 1].upper || kis(d, i + 1, "that") || kis(d, i + 1, "the") ||
	      kis(d, i + 1, "on")) ||
	    negated(d, s, i))
		return ENT_OK;
	if (j + 2 < s->t1 && kis(d, j, "on") && d->t.v[j + 1].upper && kis(d, j + 2, "that"))
		j += 2; /* "said on Thursday that" */
	if (kis(d, j, "that"))
		j++;
	t = party_at(d, s, j, &e);
	if ((!t || t->possessive) && (t = sale_agent_at(d, s, j, &e)) != NULL) {
		/* "said that a proposed Russian sale of jets to Y would
		 * violate a UN arms embargo": the seller breaks it */
		if (e >= s->t1 || !(kis(d, e, "violate") || kis(d, e, "breach")))
			return ENT_OK;
	} else if (!t || t->possessive) {
		return ENT_OK;
	}
	/* "the United States and NATO broke": one more conjunct, named */
	if (e + 1 < s->t1 && kis(d, e, "and")) {
		e++;
		if (e + 1 < s->t1 && kis(d, e, "the"))
			e++; /* "and the OAS" */
		for (n = 0; e < s->t1 && n < 3 && d->t.v[e].kind == TK_WORD && d->t.v[e].upper;
		     e++, n++)
			;
		if (!n)
			return ENT_OK;
	}
	if (e + 1 < s->t1 && (kis(d, e, "had") || kis(d, e, "has") || kis(d, e, "have")))
		e++;
	if (e + 1 >= s->t1 || !kin(d, e, w_break_pact_v))
		return ENT_OK;
	if (kis(d, e, "reneged") && kis(d, e + 1, "on"))
		e++;
	/* the object: up to three words before a noun of undertaking */
	for (j = e + 1, n = 0; j < s->t1 && n < 4 && !kin(d, j, w_undertaking_n); j++, n++)
		if (d->t.v[j].kind != TK_WORD || kis(d, j, "no"))
			return ENT_OK; /* "would violate no law" */
	if (j >= s->t1 || !kin(d, j, w_undertaking_n))
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a == t || a->gz == GZ_FIRM || a->gz == GZ_DEMONYM)
		return ENT_OK;
	*hit = 1;
	return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.said_broke");
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

/* "X spoke / came / rose in (to) Y's defence", "X came to the defense of
 * Y": X backs Y (stance.spoke_in_defence); i is the noun "defense". */
static int spoke_in_defence(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_come_v[] = {"spoke", "speaks", "spoken", "came", "comes", "come",
					 "rose", "rises", "rushed", "rushes", "leapt", "leaped",
					 "jumped", "stepped", "sprang", NULL};
	const mention *a, *t = NULL;
	size_t j = i, q, e = 0;
	if (!kis(d, i, "defense") && !kis(d, i, "defence"))
		return ENT_OK;
	if (kis(d, i - 1, "'s")) {
		/* "in Y's defense": the possessive state ends at the 's */
		for (q = s->m0; q < s->m1 && !t; q++)
			if (M(d, q)->t1 == i - 1 && M(d, q)->possessive && M(d, q)->t0 > s->t0 + 1)
				t = M(d, q);
		if (!t || !ent__is_state_mention(t) || t->gz == GZ_DEMONYM || t->gz == GZ_FIRM)
			return ENT_OK;
		j = t->t0;
	} else if (i + 2 < s->t1 && kis(d, i + 1, "of")) {
		/* "in defense of Y", "to the defence of Y" */
		t = named_state(d, s, i + 2, &e);
		if (!t || t->possessive || t->gz == GZ_DEMONYM || t->gz == GZ_FIRM)
			return ENT_OK;
		if (kis(d, j - 1, "the"))
			j--;
	} else {
		return ENT_OK;
	}
	if (j < s->t0 + 2 || !(kis(d, j - 1, "in") || kis(d, j - 1, "to")) ||
	    !kin_local(d, j - 2, w_come_v) || negated(d, s, j - 2))
		return ENT_OK;
	a = stance_actor(d, s, j - 2);
	if (!a)
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, "stance.spoke_in_defence");
}

/* "commitment to (supporting / preserving) Y's security": the state whose
 * security (or defence) a commitment is to, after at most one gerund, or
 * the state defended ("to defending the Philippines"); NULL when j does
 * not start such a phrase. */
static const mention *security_of_state(const dctx *d, const span *s, size_t j)
{
	static const char *w_keep_g[] = {"supporting", "preserving", "protecting", "defending",
					 "safeguarding", "ensuring", "guaranteeing", "upholding",
					 "maintaining", "strengthening", "strengthen", "enhancing",
					 "enhance", "bolstering", "bolster", "boosting", "boost",
					 "increase", "increasing",
					 "modernising", "modernizing", "modernise", "modernize",
					 "building", "build", "improving", "improve", NULL};
	static const char *w_security[] = {"security", "defense", "defence", "safety", "armed",
					   NULL};
	static const char *w_defend_g[] = {"defending", "protecting", "defend", "protect", NULL};
	static const char *w_upgrade_n[] = {"modernisation", "modernization", "strengthening",
					    NULL};
	static const char *w_capability_n[] = {"capabilities", "capability", "capacity",
					       "capacities", "forces", NULL};
	const mention *y;
	size_t e = 0;
	int defend = j < s->t1 && kin(d, j, w_defend_g);
	if (j < s->t1 && (defend || kin(d, j, w_keep_g)))
		j++;
	/* "the modernisation of Y's defence forces" */
	if (j + 2 < s->t1 && kis(d, j, "the") && kin(d, j + 1, w_upgrade_n) && kis(d, j + 2, "of"))
		j += 3;
	/* "(enhancing) the security capabilities of Y" */
	if (j + 3 < s->t1 && kis(d, j, "the") && kin(d, j + 1, w_security) &&
	    kin(d, j + 2, w_capability_n) && kis(d, j + 3, "of")) {
		y = named_state(d, s, j + 4, &e);
		if (y && !y->possessive && y->gz != GZ_DEMONYM && y->gz != GZ_FIRM)
			return y;
		return NULL;
	}
	/* "(to increase) the combat capabilities of the Yn armed forces (of
	 * Y's armed forces)" */
	if (j + 3 < s->t1 && kis(d, j, "the") && kis(d, j + 1, "combat") &&
	    kin(d, j + 2, w_capability_n) && kis(d, j + 3, "of")) {
		size_t q = j + 4;
		if (q < s->t1 && kis(d, q, "the"))
			q++;
		y = named_state(d, s, q, &e);
		if (!y || y->gz == GZ_FIRM)
			return NULL;
		if (y->possessive || y->gz == GZ_DEMONYM)
			return e + 1 < s->t1 && kis(d, e, "armed") && kis(d, e + 1, "forces") ? y
												: NULL;
		return y;
	}
	y = named_state(d, s, j, &e);
	if (y && defend && !y->possessive && y->gz != GZ_DEMONYM && y->gz != GZ_FIRM)
		return y; /* "(its commitment to) defending the Philippines" */
	if (!y || !y->possessive || y->gz == GZ_DEMONYM || y->gz == GZ_FIRM)
		return NULL;
	return e < s->t1 && kin(d, e, w_security) ? y : NULL;
}

static int stance_defend(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a = NULL, *t = NULL, *t2 = NULL;
	size_t j, e = 0, c;
	int rc;
	if ((rc = spoke_in_defence(d, s, i, hit)) || *hit)
		return rc;
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
		if (j > s->t0 && (kis(d, j, "would") || kis(d, j, "will")) &&
		    (kis(d, j - 1, "it") || kis(d, j - 1, "they"))) {
			/* "X said it would defend Y (if attacked)" (stop 58) */
			c = j;
		} else if (j <= s->t0 || !kis(d, j, "to") || !kin(d, j - 1, w_commit_v)) {
			return ENT_OK;
		} else {
			c = j - 1;
		}
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

/* "summoned John Okello, Uganda's ambassador": the envoy's own name and its
 * comma (up to four capitalised words) go before the state; i otherwise. */
static size_t summoned_envoy_at(const dctx *d, const span *s, size_t i)
{
	size_t j, e = 0;
	for (j = i; j < s->t1 && j < i + 4 && d->t.v[j].kind == TK_WORD && d->t.v[j].upper; j++)
		if (named_state(d, s, j, &e))
			return i;
	if (j > i && j + 1 < s->t1 && kis(d, j, ","))
		return j + 1;
	return i;
}

/* After "to protest / to lodge" at p: does the protest name its own state
 * ("to protest against Z", "lodge a protest against Z") within eight words?
 * "to lodge a strong protest over the incursion" names none. */
static int protest_names_state(const dctx *d, const span *s, size_t p)
{
	size_t j, e = 0;
	for (j = p; j + 1 < s->t1 && j < p + 8; j++)
		if ((kis(d, j, "against") || kis(d, j, "with")) && named_state(d, s, j + 1, &e))
			return 1;
	return 0;
}

/* "called for tougher measures against Y", "urged stricter punishment
 * measures against Y", "demanded sanctions against Y": the token of the
 * verb that asks for the measures at i (over at most three small words
 * before them), or NONE (stance.measures_called_for). */
static size_t measures_called_for(const dctx *d, const span *s, size_t i)
{
	static const char *w_ask_for_v[] = {"called", "calls", "call", "calling", "pressed",
					    "presses", "pushed", "pushes", "pushing", "appealed",
					    "appeals", NULL};
	static const char *w_ask_v[] = {"urged", "urges", "urging", "demanded", "demands",
					"demanding", "sought", "seeks", NULL};
	static const char *w_undo[] = {"lifting", "lift", "easing", "ease", "ending", "end",
				       "removing", "remove", "relaxing", "relax", "halting",
				       "halt", "no", "fewer", NULL};
	size_t j, n;
	for (j = i, n = 0; j > s->t0 + 1 && n < 4; j--, n++) {
		if (kis(d, j - 1, "for") && kin(d, j - 2, w_ask_for_v))
			return j - 2;
		if (kin(d, j - 1, w_ask_v))
			return j - 1;
		if (d->t.v[j - 1].kind != TK_WORD || d->t.v[j - 1].upper || KIN(d, j - 1, w_det) ||
		    kin(d, j - 1, w_undo))
			return NONE; /* "called for lifting sanctions against Y" */
	}
	return NONE;
}

/* The stance of a call for measures against Y at the noun i (measures_called_for);
 * extern (frames_internal.h) so that it stays out of line: stance_more runs
 * on every token. */
int measures_call_stance(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *t;
	size_t e = 0, cv = measures_called_for(d, s, i);
	if (cv == NONE || negated(d, s, cv))
		return ENT_OK;
	t = named_state(d, s, i + 2, &e);
	if (!t || t->gz == GZ_DEMONYM || t->possessive)
		return ENT_OK;
	*hit = 1;
	return add_stance(d, s, stance_actor(d, s, cv), t, ENT_POLARITY_OPPOSE, i, s->t1,
			  "stance.measures_called_for");
}

/* "vowed (swore, promised, threatened) (harsh) revenge / retaliation":
 * the verb before the noun at i (over one word), or NONE (stop 51). */
static size_t revenge_vowed(const dctx *d, const span *s, size_t i)
{
	static const char *w_revenge[] = {"revenge", "retaliation", "vengeance", "reprisals",
					  "reprisal", NULL};
	static const char *w_vow[] = {"vowed", "vows", "vow", "swore", "swears", "promised",
				      "promises", "threatened", "threatens", "pledged", NULL};
	/* "vowed a harsh (crushing, decisive) response" (stop 57) */
	static const char *w_hard[] = {"harsh", "crushing", "decisive", "firm", "strong",
				       "forceful", "severe", "painful", "resolute", "tough",
				       NULL};
	size_t j;
	if (!kin_local(d, i, w_revenge) &&
	    !(kis(d, i, "response") && i > s->t0 && kin_local(d, i - 1, w_hard)))
		return NONE;
	for (j = i; j > s->t0 && j + 3 > i; j--)
		if (kin_local(d, j - 1, w_vow))
			return j - 1;
	return NONE;
}

/* "X vowed to resist Yn (Y's) pressure", "X demanded an apology from Y"
 * at token i (stop 58); out of line, as stance_more runs on every token. */
static __attribute__((noinline)) int resisted_or_apology(dctx *d, const span *s, size_t i,
							 int *hit)
{
	const mention *a, *t;
	size_t e = 0, n;
	if ((kis(d, i, "resist") || kis(d, i, "resisted") || kis(d, i, "resists") ||
	     kis(d, i, "resisting")) &&
	    i > s->t0 && i + 2 < s->t1 && !negated(d, s, i)) {
		/* "X vowed to resist Yn (Y's) pressure (aggression)": X
		 * opposes Y (stance.resisted, stop 58) */
		static const char *w_press_n[] = {"pressure", "pressures", "threats", "demands",
						  NULL};
		size_t q;
		t = named_state(d, s, i + 1, &e);
		if (!t || !(t->possessive || t->gz == GZ_DEMONYM))
			return ENT_OK;
		for (q = e, n = 0; q < s->t1 && n < 2 && d->t.v[q].kind == TK_WORD &&
				   !d->t.v[q].upper && !kin_local(d, q, w_press_n) &&
				   !kin_local(d, q, w_hostile_act);
		     q++, n++)
			;
		if (q >= s->t1 || !(kin_local(d, q, w_press_n) || kin_local(d, q, w_hostile_act)))
			return ENT_OK;
		a = stance_actor(d, s, i);
		if (!a || a->gz == GZ_FIRM || !strcmp(a->code, t->code))
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.resisted");
	}
	if (kis(d, i, "apology") && i > s->t0 + 1 && i + 2 < s->t1 &&
	    kis(d, i + 1, "from")) {
		/* "X demanded (sought) an (official) apology from Y": X opposes
		 * Y (stance.apology_demanded, stop 58) */
		static const char *w_demand_v[] = {"demanded", "demands", "demand", "demanding",
						   "sought", "seeks", "seek", NULL};
		size_t q;
		for (q = i, n = 0; q > s->t0 && n < 3 && !kin_local(d, q - 1, w_demand_v) &&
				   d->t.v[q - 1].kind == TK_WORD && !d->t.v[q - 1].upper;
		     q--, n++)
			;
		if (q == s->t0 || !kin_local(d, q - 1, w_demand_v) || negated(d, s, q - 1))
			return ENT_OK;
		t = named_state(d, s, i + 2, &e);
		a = stance_actor(d, s, q - 1);
		if (!t || t->possessive || t->gz == GZ_DEMONYM || !a || a->gz == GZ_FIRM ||
		    !strcmp(a->code, t->code))
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
				  "stance.apology_demanded");
	}
	return ENT_OK;
}

/* "threatened (to take unspecified ...) countermeasures": a verb of
 * threat within ten words before the noun at i, no comma between; the
 * verb, or NONE (stop 58). */
static size_t countermeasures_threatened(const dctx *d, const span *s, size_t i)
{
	static const char *w_threat_v[] = {"threatened", "threatens", "threaten", "vowed",
					   "vows", "promised", "pledged", "warned", "warns",
					   NULL};
	size_t j;
	for (j = i; j > s->t0 && j + 10 > i; j--) {
		if (kis(d, j - 1, ",") || kis(d, j - 1, ";"))
			return NONE;
		if (kin_local(d, j - 1, w_threat_v))
			return j - 1;
	}
	return NONE;
}

static int stance_more(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a = NULL, *t = NULL;
	size_t j, e = 0, n, vow;
	int rc, said;
	*hit = 0;
	if (i > s->t0 + 1 && i + 2 < s->t1 &&
	    (kis(d, i + 1, "against") || kis(d, i + 1, "on") || kis(d, i + 1, "to")) &&
	    (K(i)[0] == 'r' || K(i)[0] == 'v') && (vow = revenge_vowed(d, s, i)) != NONE) {
		/* "Tehran vowed revenge against Israel" (stop 51); "a harsh
		 * response to Y('s attack)" (stop 57) */
		static const char *w_attack_n[] = {"attack", "attacks", "aggression", "strike",
						   "strikes", "assault", NULL};
		t = named_state(d, s, i + 2 + (kis(d, i + 2, "the") ? 1 : 0), &e);
		a = stance_actor(d, s, vow);
		if (!t || t->gz == GZ_DEMONYM || negated(d, s, vow) ||
		    (t->possessive && !(e < s->t1 && kin_local(d, e, w_attack_n))))
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.revenge");
	}
	if ((K(i)[0] == 'r' || K(i)[0] == 'a') && d->t.v[i].keylen >= 6 &&
	    d->t.v[i].keylen <= 9 && (kis(d, i, "apology") || !memcmp(K(i), "resist", 6)))
		return resisted_or_apology(d, s, i, hit);
	if (K(i)[0] == 'c' && kis(d, i, "countermeasures") && i > s->t0 + 1 &&
	    (vow = countermeasures_threatened(d, s, i)) != NONE && !negated(d, s, vow)) {
		/* "X threatened countermeasures over (against) Y('s move)",
		 * "In response to Y's move, X has threatened to take
		 * countermeasures" (stance.countermeasures, stop 58) */
		if (i + 2 < s->t1 &&
		    (kis(d, i + 1, "against") || kis(d, i + 1, "over") || kis(d, i + 1, "to")))
			t = named_state(d, s, i + 2, &e);
		if (!t && s->t0 + 4 < vow && kis(d, s->t0, "in") && kis(d, s->t0 + 1, "response") &&
		    kis(d, s->t0 + 2, "to"))
			t = named_state(d, s, s->t0 + 3, &e);
		a = stance_actor(d, s, vow);
		if (!t || !a || t->gz == GZ_DEMONYM || !strcmp(a->code, t->code))
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
				  "stance.countermeasures");
	}
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
	     kis(d, i, "defending") ||
	     /* "vowed to protect Finland" (stop 50) */
	     (kis(d, i, "protect") && i > s->t0 + 1 && kis(d, i - 1, "to"))) &&
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
		size_t cn = i + 3;
		if (cn + 1 < s->t1 && d->t.v[cn].kind == TK_WORD && kis(d, cn + 1, "state") &&
		    !mention_at(d, s, cn))
			cn++; /* "with the Gulf state" (stop 39) */
		if (!t && cn < s->t1 && kis(d, i + 2, "the") &&
		    (kis(d, cn, "country") || kis(d, cn, "nation") || kis(d, cn, "kingdom") ||
		     kis(d, cn, "emirate") || (cn > i + 3 && kis(d, cn, "state")))) {
			/* "Qatar ... since four powers severed their ties with the
			 * country": the state that opens the sentence */
			const mention *f = s->m0 < s->m1 ? M(d, s->m0) : NULL;
			if (f && f->t0 <= s->t0 + 1 && ent__is_state_mention(f) &&
			    (f->gz == GZ_STATE || f->gz == GZ_CAPITAL) && !f->possessive)
				t = f;
		}
		a = t ? stance_actor(d, s, j - 1) : NULL;
		if (!a || a->gz == GZ_FIRM)
			return ENT_OK;
		*hit = 1;
		if (a->t0 > s->t0 && kis(d, a->t0 - 1, "since"))
			return ENT_OK; /* "ever since X severed relations with Y in 1979": a date */
		if (a == which_antecedent(d, s, j - 1)) {
			/* "a dispute with A, B and C, which cut their ties with
			 * Y": each state of the list the relative takes up
			 * (stop 39) */
			const mention *li[6];
			size_t nl = coordinated_pp(d, s, a, li, 6, 1), q;
			for (q = 0; q < nl; q++)
				if (li[q] != a && strcmp(li[q]->code, t->code) &&
				    (rc = add_stance(d, s, li[q], t, ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.sever_ties")))
					return rc;
		}
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
		t = named_state(d, s, summoned_envoy_at(d, s, i + 1), &e);
		/* "summoned United States envoy Richard Verma", "the US
		 * ambassador": a state's name used as a modifier too (stop 48) */
		if (!t || !(t->possessive || t->gz == GZ_DEMONYM ||
			    (t->gz == GZ_STATE && e < s->t1 && kin(d, e, w_diplomat))))
			return ENT_OK;
		if (e + 1 < s->t1 && d->t.v[e].kind == TK_WORD && !d->t.v[e].upper &&
		    !kin(d, e, w_diplomat))
			e++; /* "top", "acting" */
		if (e >= s->t1 || !kin(d, e, w_diplomat))
			return ENT_OK;
		for (j = e + 1; j + 1 < s->t1 && j < e + 8; j++)
			if (kis(d, j, "to") && (kis(d, j + 1, "protest") || kis(d, j + 1, "lodge")) &&
			    protest_names_state(d, s, j + 1))
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
		/* "took measures", "announced punitive steps", "imposed a
		 * series of retaliatory measures" */
		for (j = i, n = 0; j > s->t0 && n < 4 && !kin(d, j - 1, w_take_v) &&
				   !kin(d, j - 1, w_measure_v) &&
				   d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper;
		     j--, n++)
			;
		if (j <= s->t0 || negated(d, s, j - 1) ||
		    !(kin(d, j - 1, w_take_v) || kin(d, j - 1, w_measure_v)))
			return measures_call_stance(d, s, i, hit);
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
	said = i + 2 < s->t1 && kin(d, i, w_said_that);
	if (said && !negated(d, s, i) &&
	    (t = backer_pronoun(d, s, i)) != NULL) {
		a = stance_actor(d, s, i);
		if (!a || a->gz == GZ_FIRM || a->gz == GZ_DEMONYM || a->t0 < t->t1)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.backs_group");
	}
	if ((rc = said_broke(d, s, i, said, hit)) || *hit)
		return rc;
	if (said && i + 3 < s->t1 && kis(d, i + 1, "that") &&
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

/* "forces and countries opposed to Y" (a participle after a plural noun of
 * groups, no verb "be" between): the groups oppose Y, not the sentence's
 * subject ("X backs groups opposed to Y"; test_extract_group_opposed.c). */
static int group_opposed(const dctx *d, const span *s, size_t v)
{
	static const char *w_group_n[] = {"countries", "forces", "groups", "states", "nations",
					  "parties", "militias", "factions", "movements",
					  "governments", "powers", "figures", "politicians",
					  "lawmakers", "activists", "rebels", NULL};
	return kis(d, v, "opposed") && v + 1 < s->t1 && kis(d, v + 1, "to") && v > s->t0 &&
	       kin(d, v - 1, w_group_n);
}

/* A relative clause on a state: "Azerbaijan, a nation that Turkey and
 * Pakistan support", "Armenia, which Iran backs": the verb at v has no
 * object; its subject (the last state of the list before it) stands toward
 * the antecedent.  Returns the antecedent and sets *subj, or NULL. */
const char *w_rel_v[] = {"support", "supports", "supported", "back", "backs",
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
const char *w_polity_n[] = {"state", "country", "regime", "nation", "power", NULL};
static const char *w_say_that[] = {"said", "says", "stated", "states", "declared", "declares",
				   "stressed", "stresses", "emphasized", "emphasizes",
				   "emphasised", "emphasises", "noted", "notes", "insisted",
				   "insists", "added", "told", "claimed", "claims", "reiterated",
				   "underlined", "underscored", NULL};

const char *w_pose_v[] = {"poses", "posed", "pose", "represents", "represented", NULL};

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

/* "(should) not interfere", "not to meddle": a demand to keep out, said of
 * the state told so (stance.must_stop, stance.call_to_stop;
 * test_extract_pakties.c); 1 when token j opens one. */
static int not_meddle(const dctx *d, const span *s, size_t j)
{
	static const char *w_meddle_v[] = {"interfere", "meddle", "intervene", NULL};
	if (j + 1 >= s->t1 || !kis(d, j, "not"))
		return 0;
	if (kis(d, ++j, "to"))
		j++;
	return j < s->t1 && kin_local(d, j, w_meddle_v);
}

/* "Vucic said that Rama's remarks represented a 'provocation'": a
 * speaker's hostile judgement of what a state (or a person the text tied
 * to one) says or does; returns the owner and sets *say to the verb of
 * saying, or NULL. */
static const char *w_deed_n[] = {"remarks", "comments", "statement", "statements", "actions",
				 "action", "acts", "moves", "move", "policy", "policies",
				 "behaviour", "behavior", "conduct", "words", "decision",
				 "activities", "claims", "allegations", "accusations", NULL};
static const char *w_judge_v[] = {"represented", "represents", "constituted", "constitutes",
				  "is", "was", "are", "were", NULL};
static const char *w_judge_n[] = {"provocation", "provocations", "threat", "violation",
				  "interference", "aggression", "insult", "affront", "meddling",
				  /* "called Y's manoeuvres a dangerous escalation"
				   * (stop 51) */
				  "escalation",
				  /* "described Y's actions as genocide (a war crime)"
				   * (stop 56) */
				  "genocide", "crime", "crimes", "massacre", "atrocity",
				  "atrocities", NULL};

static int deed_noun_at(const dctx *d, size_t j);

static const mention *judged_deed(const dctx *d, const span *s, size_t v, size_t *say)
{
	const mention *x = NULL;
	size_t j, n, k, q, o = v - 2; /* o: the "'s" of the owner */
	if (v < s->t0 + 3 || v + 2 >= s->t1)
		return NULL;
	/* one word may stand before the deed: "said Y's missile test was a
	 * provocation", as deeds of force may be judged (stop 50); the
	 * possessive first, which rules out most tokens */
	if (!kis(d, o, "'s") && o > s->t0 + 1 && kis(d, o - 1, "'s") &&
	    d->t.v[o].kind == TK_WORD && !d->t.v[o].upper)
		o--;
	if (!kis(d, o, "'s") || !kin(d, v, w_judge_v) || !deed_noun_at(d, v - 1))
		return NULL;
	for (q = s->m0; q < s->m1 && !x; q++)
		if (M(d, q)->t1 == o && M(d, q)->possessive && ent__is_state_mention(M(d, q)) &&
		    (M(d, q)->gz == GZ_STATE || M(d, q)->gz == GZ_CAPITAL))
			x = M(d, q);
	k = x ? x->t0 : o - 1;
	if (!x && !(x = person_at(d, o - 1)))
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
const char *w_cause_v[] = {"raise", "raises", "raised", "cause", "causes", "caused",
				  "spark", "sparks", "sparked", "trigger", "triggers",
				  /* verbs of alarm (w_alarm_v) */
				  "alarmed", "alarms", "angered", "angers", "irked", "irks",
				  "unnerved", "rattled", "infuriated", "infuriates", "enraged",
				  "enrages", "incensed",
				  /* stop 50 */
				  "annoyed", "annoys", "irritated", "irritates", "riled",
				  "riles", "upset", "upsets", NULL};
/* "X's tests alarmed Y": the object is the one alarmed */
static const char *w_alarm_v[] = {"alarmed", "alarms", "angered", "angers", "irked", "irks",
				  "unnerved", "rattled", "infuriated", "infuriates", "enraged",
				  "enrages", "incensed",
				  /* stop 50 */
				  "annoyed", "annoys", "irritated", "irritates", "riled",
				  "riles", "upset", "upsets", NULL};
static const char *w_concern_n[] = {"concern", "concerns", "alarm", NULL};
static const char *w_concern_adj[] = {"serious", "grave", "deep", "great", "strong", "much",
				      "particular", "considerable", NULL};

/* The ones a cause alarms, named at token x ("alarmed Y", "concern in Y
 * and Z"): each state there (not a possessive, a demonym or an owner of
 * the cause) opposes each owner tg[] of the cause; none named: no stance,
 * and the cause's clause gives no other speaker. */
static const mention *criticised_deal_seller(const dctx *d, const span *s, size_t from,
					     const mention *critic);

/* "Japan has expressed (flagged, conveyed) its grave concerns to Russia and
 * China": a verb of voicing within four words before the noun of concern
 * at i, so that "to" names whom the concern is about (stop 67). */
static int voiced_to(const dctx *d, const span *s, size_t i)
{
	static const char *w_voice_v[] = {"expressed", "expresses", "express", "expressing",
					  "voiced", "voices", "conveyed", "conveys", "raised",
					  "raises", "flagged", "flags", "relayed", "communicated",
					  NULL};
	size_t j;
	for (j = i; j > s->t0 && j + 5 > i; j--)
		if (kin_local(d, j - 1, w_voice_v))
			return 1;
	return 0;
}

static int concern_experiencers(dctx *d, const span *s, size_t v, size_t x,
				const mention **tg, size_t nt)
{
	const mention *m, *c[6];
	size_t e, n, k, q;
	int rc;
	if (x < s->t1 && kis(d, x, "the"))
		x++;
	m = mention_at(d, s, x);
	if (!m || m->t0 != x || !ent__is_state_mention(m) || m->possessive ||
	    !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL))
		return ENT_OK;
	e = m->t1;
	if (e < s->t1 && (KIN(d, e, w_gov_noun) || kis(d, e, "'s")))
		return ENT_OK; /* "alarmed Peru's ...": not the one alarmed */
	for (k = v; !nt && k > s->t0 && k + 4 > v; k--)
		if (kis(d, k - 1, "this") || kis(d, k - 1, "that") || kis(d, k - 1, "the")) {
			/* "this (military) move / deal / sale alarmed Y": the
			 * seller of the deal just told (criticised_deal_seller) */
			if ((tg[0] = criticised_deal_seller(d, s, k - 1, m)) != NULL)
				nt = 1;
			break;
		}
	if (!nt)
		return ENT_OK;
	n = coordinated_pp(d, s, m, c, 6, 1);
	if (!n) {
		c[0] = m;
		n = 1;
	}
	for (k = 0; k < n; k++)
		for (q = 0; q < nt; q++)
			if (strcmp(c[k]->code, tg[q]->code) &&
			    (rc = add_stance1(d, s, c[k], tg[q], ENT_POLARITY_OPPOSE, v, s->t1,
					      "stance.concern_in")))
				return rc;
	return ENT_OK;
}

/* "Y missile test angers Z", "Y nuclear drills alarmed Z": a state that
 * opens the clause and names, as a modifier, the deed of one to four small
 * words right before the verb of alarm v owns the deed (stance.concern_in). */
static int modifier_owner(const dctx *d, const span *s, const mention *m, size_t v)
{
	size_t j;
	if (m->t1 >= v || v - m->t1 > 4)
		return 0;
	for (j = m->t1; j < v; j++)
		if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper || KIN(d, j, w_det) ||
		    KIN(d, j, w_be))
			return 0;
	return 1;
}

static int cause_concern(dctx *d, const span *s, size_t v)
{
	static const char *gov[] = {"to", "by", "from", NULL};
	static const char *say[] = {"told", "said", "says", "stated", "added", "emphasized",
				    "emphasised", "stressed", "noted", NULL};
	const mention *tg[6], *a = NULL;
	size_t j = v + 1, n = 0, c0, k, nt = 0, q, xp = NONE;
	int rc;
	if (!KIN(d, v, w_cause_v) || negated(d, s, v))
		return ENT_OK;
	if (kin_local(d, v, w_alarm_v)) {
		xp = j; /* "... alarmed Y" */
		/* "X and Y agreed to restart joint patrols, which has
		 * infuriated Z": the deed is the clause's before the comma, its
		 * subjects own it (stop 34) */
		for (q = v; q > s->t0 && (kis(d, q - 1, "has") || kis(d, q - 1, "have") ||
					  kis(d, q - 1, "had") || ly_adverb(d, q - 1));
		     q--)
			;
		if (q > s->t0 + 2 && kis(d, q - 1, "which") && kis(d, q - 2, ",") &&
		    (a = subject_before(d, s, q - 2)) != NULL && !a->possessive &&
		    (a->gz == GZ_STATE || a->gz == GZ_CAPITAL)) {
			nt = coordinated(d, s, a, tg, 6);
			return concern_experiencers(d, s, v, xp, tg, nt);
		}
		a = NULL;
	} else {
		while (j < s->t1 && n < 2 && kin(d, j, w_concern_adj)) {
			j++;
			n++;
		}
		if (j >= s->t1 || !kin(d, j, w_concern_n))
			return ENT_OK;
		j++;
		if (j + 1 < s->t1 && (kis(d, j, "in") || kis(d, j, "among")))
			xp = j + 1; /* "... raised concern in Y" */
	}
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
		if (m->possessive || (p > s->t0 && kin(d, p - 1, gov)) ||
		    (xp != NONE && p == c0 && modifier_owner(d, s, m, v)))
			tg[nt++] = m;
	}
	{
		/* "Germany's refusal to supply tanks to Ukraine angered Poland":
		 * with an owner in the possessive, a state after "to" receives
		 * the deed and owns none of it */
		size_t w = 0, q2;
		int owner = 0;
		for (q2 = 0; q2 < nt; q2++)
			owner |= tg[q2]->possessive;
		for (q2 = 0; q2 < nt; q2++)
			if (!owner || tg[q2]->possessive || !kis(d, word_before(d, s, tg[q2]), "to"))
				tg[w++] = tg[q2];
		nt = w;
	}
	if (xp != NONE)
		return concern_experiencers(d, s, v, xp, tg, nt);
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
				"links", "agreement", "agreements", "accord", "accords", "nexus",
				"patrols", NULL};

/* "the Franco-Greek defence agreement", "the Russian-Iranian alliance",
 * "this nascent Turkey-Pakistan-China nexus": demonyms or names joined by
 * hyphens (at from, after a determiner and up to two small words) before
 * up to four words and a noun of a tie; the first, the second in *t2 (the
 * rest of a longer chain: hyphen_next, add_chain_rest). */
static const mention *hyphen_next(const dctx *d, const span *s, const mention *m);
static const mention *chain_tie_end(const dctx *d, const span *s, const mention *m);

static const mention *tie_of_names(const dctx *d, const span *s, size_t from,
				      const mention **t2)
{
	const mention *a, *b;
	size_t q = from, n;
	*t2 = NULL;
	if (q < s->t1 && KIN(d, q, w_det))
		q++;
	/* "this nascent Turkey-Pakistan-China nexus" */
	for (n = 0; q < s->t1 && n < 2 && d->t.v[q].kind == TK_WORD && !d->t.v[q].upper &&
		    !kin(d, q, w_tie_n);
	     q++, n++)
		;
	a = q < s->t1 ? mention_at(d, s, q) : NULL;
	if (!a || (a->gz != GZ_DEMONYM && a->gz != GZ_STATE) || a->possessive ||
	    a->t1 + 1 >= s->t1 || !kis(d, a->t1, "-"))
		return NULL;
	b = mention_at(d, s, a->t1 + 1);
	if (!b || (b->gz != GZ_DEMONYM && b->gz != GZ_STATE) || b->possessive || !a->code ||
	    !b->code || !strcmp(a->code, b->code))
		return NULL;
	if (!chain_tie_end(d, s, b))
		return NULL;
	*t2 = b;
	return a;
}

/* The last state of the hyphened chain of names m goes on with ("the
 * Turkey-Pakistan-China nexus": China from Pakistan), m itself when none
 * follows, or NULL when no noun of a tie comes within four small words
 * after that last one. */
static const mention *chain_tie_end(const dctx *d, const span *s, const mention *m)
{
	const mention *c = m, *x;
	size_t n, q;
	for (n = 0; n < 4 && (x = hyphen_next(d, s, c)) != NULL; n++)
		c = x;
	for (q = c->t1, n = 0; q < s->t1 && n < 4 && d->t.v[q].kind == TK_WORD &&
			       !d->t.v[q].upper && !kin(d, q, w_tie_n);
	     q++, n++)
		;
	return q < s->t1 && kin(d, q, w_tie_n) ? c : NULL;
}

/* The state joined by a hyphen after state mention m in a chain of
 * names ("the Turkey-Pakistan-China nexus": China after Pakistan), or
 * NULL. */
static const mention *hyphen_next(const dctx *d, const span *s, const mention *m)
{
	const mention *n;
	if (!m || m->t1 + 1 >= s->t1 || !kis(d, m->t1, "-") || d->t.v[m->t1].space_before)
		return NULL;
	n = mention_at(d, s, m->t1 + 1);
	return n && (n->gz == GZ_DEMONYM || n->gz == GZ_STATE) && !n->possessive && n->code &&
			       m->code && strcmp(n->code, m->code)
		       ? n
		       : NULL;
}

/* add_stance toward each state the chain of names goes on with after m
 * (at most four) when a noun of a tie ends it ("concerned with the
 * Turkey-Pakistan-China nexus"; not "the Russia-Ukraine war"). */
static int add_chain_rest(dctx *d, const span *s, const mention *a, const mention *m,
			  ent_polarity pol, size_t i, size_t next, const char *rule)
{
	const mention *c;
	size_t n;
	int rc;
	if (!a || !m || (c = chain_tie_end(d, s, m)) == NULL || c == m)
		return ENT_OK;
	for (n = 0; n < 4 && a && (m = hyphen_next(d, s, m)) != NULL; n++)
		if (strcmp(m->code, a->code) && (rc = add_stance(d, s, a, m, pol, i, next, rule)))
			return rc;
	return ENT_OK;
}

/* add_stance toward each state listed after m when the list ends on a
 * state joined by a hyphen to a participle of making or supply ("concerned
 * over Iran, Turkey, UAE-supplied drones": Turkey and the UAE too; stop
 * 35). */
static int add_made_list_rest(dctx *d, const span *s, const mention *a, const mention *m,
			      ent_polarity pol, size_t i, size_t next, const char *rule)
{
	static const char *w_made_pp[] = {"supplied", "made", "built", "provided",
					  "manufactured", NULL};
	const mention *v[6];
	size_t n = 0, j, k;
	int rc;
	if (!a || !m || m->possessive)
		return ENT_OK;
	for (j = m->t1; n < 6 && j + 1 < s->t1;) {
		const mention *x;
		if (kis(d, j, "-") && kin_local(d, j + 1, w_made_pp))
			break;
		if (kis(d, j, ","))
			j++;
		if (j < s->t1 && (kis(d, j, "and") || kis(d, j, "or")))
			j++;
		x = j < s->t1 ? mention_at(d, s, j) : NULL;
		if (!x || x->t0 != j || !ent__is_state_mention(x) || x->gz == GZ_FIRM ||
		    x->possessive)
			return ENT_OK;
		v[n++] = x;
		j = x->t1;
	}
	if (!n || j + 1 >= s->t1 || !kis(d, j, "-") || !kin_local(d, j + 1, w_made_pp))
		return ENT_OK;
	for (k = 0; k < n; k++)
		if (strcmp(v[k]->code, a->code) &&
		    (rc = add_stance(d, s, a, v[k], pol, i, next, rule)))
			return rc;
	return ENT_OK;
}

/* Participles of signing after a noun of a pact, before "between": "the
 * deal struck (signed, reached) between A and B" (tie_between,
 * welcomed_between; stop 64). */
static const char *w_struck[] = {"struck", "signed", "reached", "concluded", "sealed", "inked",
				 NULL};

static const mention *tie_between(const dctx *d, const span *s, size_t from, const mention **t2)
{
	size_t q = from, n = 0;
	const mention *t;
	*t2 = NULL;
	/* a sum may stand in the run: "the $400-million military deal" */
	while (q < s->t1 && n < 8 &&
	       ((d->t.v[q].kind == TK_WORD &&
		 (!d->t.v[q].upper || d->t.v[q].allcaps)) || /* "the AUKUS pact" */
		d->t.v[q].kind == TK_NUM || kis(d, q, "$") || kis(d, q, "-")) &&
	       !kis(d, q, "between") && !kis(d, q, "and")) {
		q++;
		n++;
	}
	/* "the mutual defence deal struck (signed, reached) between" (stop 64) */
	if (!n || q + 1 >= s->t1 || !kis(d, q, "between") ||
	    !(kin(d, q - 1, w_tie_n) ||
	      (n >= 2 && kin_local(d, q - 1, w_struck) && kin(d, q - 2, w_tie_n))))
		return NULL;
	if (q + 3 < s->t1 && kis(d, q + 1, "the") && kis(d, q + 2, "two") &&
	    KIN(d, q + 3, w_group_noun)) {
		/* "the warships of A and B ..., notwithstanding Beijing's
		 * displeasure over growing cooperation between the two
		 * nations": the first two states the sentence named, not an
		 * owner ("Beijing's") */
		const mention *pair[2] = {NULL, NULL};
		size_t k, np = 0;
		for (k = s->m0; k < s->m1 && np < 2 && M(d, k)->t1 <= from; k++) {
			const mention *m = M(d, k);
			if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || m->possessive ||
			    (np && !strcmp(pair[0]->code, m->code)))
				continue;
			pair[np++] = m;
		}
		if (np < 2)
			return NULL;
		*t2 = pair[1];
		return pair[0];
	}
	t = actor_after(d, s, q + 1, 1, 1);
	if (t && !t->possessive && t->t1 + 1 < s->t1 && kis(d, t->t1, ","))
		return t; /* "between A, B and C": add_stance takes the list */
	if (!t || t->possessive || t->t1 + 1 >= s->t1 || !kis(d, t->t1, "and"))
		return NULL;
	*t2 = actor_after(d, s, t->t1 + 1, 1, 1);
	if (*t2 && (*t2)->possessive)
		*t2 = NULL;
	return t;
}

/* "The agreement between Turkey and Libya was slammed by X": t, the state
 * right before the passive verb, ends a tie "between A and t" (a noun of
 * tie before "between"): A, or NULL (stop 48). */
static const mention *passive_tie_first(const dctx *d, const span *s, const mention *t)
{
	size_t q = t->t0, n = 0;
	const mention *u, *u2 = NULL;
	while (q > s->t0 + 1 && n < 6 && !kis(d, q - 1, "between")) {
		q--;
		n++;
	}
	if (q < s->t0 + 2 || !kis(d, q - 1, "between"))
		return NULL;
	u = tie_between(d, s, q - 2, &u2);
	return u && u2 && !strcmp(u2->code, t->code) && strcmp(u->code, t->code) ? u : NULL;
}

/* "condemned the launch": an act named with "the" and no owner is the act
 * the text gave an owner before ("North Korea's launch of a missile",
 * "the North Korean launch", "North Korea launched"), up to six sentences
 * back; the owner, or NULL. */
static const char *w_owned_act[] = {"launch", "launches", "test", "tests", "attack", "attacks",
				    "strike", "strikes", "incursion", "incursions", "invasion",
				    "shelling", "bombing", "raid", "raids", "provocation",
				    "aggression", "airstrike", "airstrikes", "assault", "bombings",
				    "offensive", "offensives",
				    /* "China launched drills near Taiwan. Taiwan denounced
				     * the drills": one state's drills, no exercise told
				     * (stop 50) */
				    "drills", "drill", "manoeuvres", "maneuvers", NULL};
/* Words one armed attack goes by: a text that told "Fooland's raid" may
 * go on "condemned the strike" (test_extract_stance7.c). */
static const char *w_attack_n[] = {"attack", "attacks", "strike", "strikes", "airstrike",
				   "airstrikes", "raid", "raids", "aggression", "assault",
				   "bombing", "bombings", "shelling", "offensive", "offensives",
				   NULL};
/* "X raided / shelled / bombed Y": an armed attack of X's, whatever noun
 * of w_attack_n tells it later (stance.staged_act) */
static const char *w_attack_past[] = {"raided", "shelled", "bombed", "attacked", "struck",
				      NULL};
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

/* "X staged/conducted/carried out a (missile) test" for "the test": token a
 * (after X) is a verb of staging whose object, within four small words,
 * is the act (its key of len bytes) (stance.staged_act,
 * test_extract_stance_actors.c). */
static int staged_act(const dctx *d, size_t a, size_t end, const char *key, size_t len)
{
	static const char *w_stage_v[] = {"staged", "conducted", "carried", "held", "launched",
					  "performed", "mounted", NULL};
	size_t q, n;
	if (a >= end || !kin_local(d, a, w_stage_v))
		return 0;
	if (kis(d, a, "carried") && !(++a < end && kis(d, a, "out")))
		return 0;
	for (q = a + 1, n = 0; q < end && n < 4; q++, n++) {
		if (d->t.v[q].kind != TK_WORD || d->t.v[q].upper)
			return 0;
		if (strncmp(K(q), key, len) == 0)
			return 1;
	}
	return 0;
}

/* "After the United States and Japan started exercises on Thursday, ...,
 * Beijing has condemned the move": "the / this move (step, decision)" at
 * from names the act of the clause that "After / Following / When" opens
 * the sentence with; its subject (a state named within four words of the
 * opener, before the first comma, not the critic a), or NULL. */
static const mention *fronted_act_owner(const dctx *d, const span *s, size_t from,
					const mention *a)
{
	static const char *w_opener[] = {"after", "following", "when", NULL};
	static const char *w_move_n[] = {"move", "moves", "step", "steps", "decision", NULL};
	const mention *m;
	size_t j = from, k;
	if (j < s->t1 && (kis(d, j, "the") || kis(d, j, "this") || kis(d, j, "that")))
		j++;
	if (j >= s->t1 || !kin_local(d, j, w_move_n) || !kin_local(d, s->t0, w_opener))
		return NULL;
	for (k = s->t0 + 1; k < from && k < s->t0 + 6 && !kis(d, k, ","); k++) {
		m = mention_at(d, s, k);
		if (!m || m->t0 != k)
			continue;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || m->gz == GZ_DEMONYM ||
		    m->possessive || !strcmp(m->code, a->code))
			return NULL;
		/* the clause's subject: right after the opener (and "the"),
		 * not "After talks in Paris" */
		return m->t0 == s->t0 + 1 || (m->t0 == s->t0 + 2 && kis(d, s->t0 + 1, "the")) ? m
											      : NULL;
	}
	return NULL;
}

/* "the offensive weapons", "offensive capabilities": "offensive" before
 * a noun is an adjective, no act. */
static int offensive_adjective(const dctx *d, const span *s, size_t j)
{
	static const char *w_after_act[] = {"against", "in", "on", "into", "by", "of", "from",
					    "and", "or", "as", "was", "is", "that", "which",
					    "launched", "began", "started", NULL};
	return kis(d, j, "offensive") && j + 1 < s->t1 && d->t.v[j + 1].kind == TK_WORD &&
	       !d->t.v[j + 1].upper && !kin_local(d, j + 1, w_after_act);
}

static const mention *act_owner_before(const dctx *d, const span *s, size_t from)
{
	static const char *w_prep_before[] = {"in", "on", "with", "from", "to", "for", "by",
					      "of", "against", "over", NULL};
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
	if (j >= s->t1 || !kin(d, j, w_owned_act) || offensive_adjective(d, s, j))
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
	k = mention_from(d, from); /* "X raided Y, with Z condemning the raid" */
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
		/* "the US attacks on Iranian sites": a name right before the
		 * attack noun, no preposition before it */
		if (atk && m->gz == GZ_STATE && !m->possessive && kin_local(d, a, w_attack_n) &&
		    !(m->t0 > 0 && kin(d, m->t0 - 1, w_prep_before)))
			return m;
		if (!m->possessive && staged_act(d, a, d->t.n, key, len))
			return m; /* "X staged a missile test" */
		if (atk && !m->possessive && m->gz != GZ_DEMONYM && kin_local(d, a, w_attack_past))
			return m; /* "X raided Y" for "the attack" */
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
 * that seller nearest before `from`, or NULL (test_extract_region.c).  A
 * verb's preposition may come first ("objected to the proposed deal",
 * "protested against this sale"; test_extract_pakties.c). */
static const char *w_deal_ref_n[] = {"move", "deal", "sale", "agreement", "contract", "step",
				     "decision", "transfer", "transfers", "supply", "supplies",
				     "delivery", "deliveries", "purchase", "shipment", "shipments",
				     "collaboration", "cooperation", "offer",
				     /* "condemned the plans" (stop 50) */
				     "plan", "plans", "sales", "deals", "purchases", "donation",
				     NULL};

/* "the sale of (the) howitzers (to Y)": after "of", goods up to the end of
 * the phrase and no state but the latest deal's own parties; 2 if the
 * phrase names the deal's buyer after "to", 1 if not, 0 otherwise
 * (stance.deal_ref_goods, test_extract_armsales.c). */
static int deal_ref_goods_only(const dctx *d, const span *s, size_t j, const cand *c)
{
	size_t n;
	int goods = 0, named = 0;
	for (n = 0; j < s->t1 && n < 8; j++, n++) {
		const mention *m = mention_at(d, s, j);
		if (d->t.v[j].kind == TK_NEWLINE ||
		    (d->t.v[j].kind == TK_PUNCT && !kis(d, j, "-")))
			break;
		if (m && ent__is_state_mention(m)) {
			if (!m->code || (strcmp(m->code, c->f.recipient.s) != 0 &&
					 (c->f.nsuppliers != 1 ||
					  strcmp(m->code, c->f.suppliers[0].s) != 0)))
				return 0; /* "the sale of Y's jets": another party */
			if (j > 0 && kis(d, j - 1, "to") &&
			    strcmp(m->code, c->f.recipient.s) == 0)
				named = 1; /* "... to Y": the deal's buyer */
			continue;
		}
		if (!kis(d, j, "to") && !KIN(d, j, w_det))
			goods = 1; /* a word or a named weapon */
	}
	return goods ? 1 + named : 0;
}

/* The latest mention of state code (no firm) before token from that
 * starts at or after token bound, or NULL: the one a phrase refers back
 * to (criticised_deal_seller, measure_taker_before). */
static const mention *state_named_back(const dctx *d, size_t from, size_t bound,
				       const char *code)
{
	size_t k;
	for (k = mention_from(d, from); k > 0;) {
		const mention *m = M(d, --k);
		if (m->t0 < bound)
			break;
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM && m->code &&
		    strcmp(m->code, code) == 0)
			return m;
	}
	return NULL;
}

/* "Burundi closed its border with Rwanda, accusing it of backing rebels":
 * "it" right after a verb of accusing or blaming at i, then "of (for,
 * over)", is the latest state named before the verb in the sentence that
 * is not the accuser a (a name, no possessive); or NULL (stop 59). */
static const mention *accused_it(const dctx *d, const span *s, size_t i, const mention *a)
{
	size_t k;
	if (i + 2 >= s->t1 || !kis(d, i + 1, "it") ||
	    !(kis(d, i + 2, "of") || kis(d, i + 2, "for") || kis(d, i + 2, "over")) ||
	    !(strncmp(K(i), "accus", 5) == 0 || strncmp(K(i), "blam", 4) == 0))
		return NULL;
	for (k = mention_from(d, i); k > s->m0; k--) {
		const mention *m = M(d, k - 1);
		if (m->t1 > i)
			continue;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || m->gz == GZ_DEMONYM ||
		    m->possessive || !m->code || !a->code || !strcmp(m->code, a->code))
			continue;
		return m;
	}
	return NULL;
}

/* The buyer of deal c when its sentence, up to two units before span s,
 * told it by the buyer's verb of buying: its recipient, or the one state
 * that sentence names when the seller is told elsewhere ("Cyprus first
 * ordered the system in 2021"); or NULL (criticised_deal_seller). */
static const char *moving_buyer(const dctx *d, const span *s, const cand *c)
{
	const char *one = NULL;
	size_t k;
	if (c->dropped || c->unit < 0 || c->unit > s->unit || s->unit - c->unit > 2 ||
	    !c->f.nevidence || strcmp(c->f.evidence[0].rule, "deal.buy_verb") != 0)
		return NULL;
	if (c->f.recipient.s[0])
		return c->f.recipient.s;
	for (k = mention_from(d, d->units[c->unit].t0);
	     k < d->m.n && M(d, k)->t0 < d->units[c->unit].t1; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || !m->code)
			continue;
		if (one && strcmp(one, m->code) != 0)
			return NULL;
		one = m->code;
	}
	return one;
}

static const mention *criticised_deal_seller(const dctx *d, const span *s, size_t from,
					     const mention *critic)
{
	size_t j = from, n = 0, u0;
	const cand *c;
	const char *sup, *buyer;
	int goods = 0;
	if (j + 1 < s->t1 && (kis(d, j, "to") || kis(d, j, "against") || kis(d, j, "over")))
		j++; /* "objected to / protested against the proposed deal" */
	if (j >= s->t1 || !(kis(d, j, "this") || kis(d, j, "that") || kis(d, j, "the")) ||
	    s->unit < 0 || d->last_deal < 0)
		return NULL;
	for (j++; j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		  !kin_local(d, j, w_deal_ref_n);
	     j++, n++)
		;
	if (j >= s->t1 || !kin_local(d, j, w_deal_ref_n) ||
	    (j + 1 < s->t1 && (kis(d, j + 1, "by") || kis(d, j + 1, "between") ||
			       kis(d, j + 1, "with"))))
		return NULL; /* the deal has its own parties */
	c = &d->cands[d->last_deal];
	if (kis(d, j, "plan") || kis(d, j, "plans")) {
		/* "approved the plan to give Ukraine its MiG-29s. ... (a deal
		 * of compensation) ... Peskov condemned the plans": the latest
		 * deal whose sentence calls it a plan, four units back at most
		 * (stop 50) */
		size_t q, t;
		for (q = (size_t)d->last_deal + 1; q > 0; q--) {
			const cand *p = &d->cands[q - 1];
			const unit *pu;
			if (p->unit < 0 || p->unit > s->unit || s->unit - p->unit > 4)
				continue;
			if (p->dropped || p->f.type != ENT_FACT_DEAL)
				continue;
			pu = &d->units[p->unit];
			for (t = pu->t0; t < pu->t1; t++)
				if (kis(d, t, "plan") || kis(d, t, "plans"))
					break;
			if (t < pu->t1) {
				c = p;
				goods = 2; /* as far back as a phrase naming the goods */
				break;
			}
		}
	}
	if (j + 1 < s->t1 && kis(d, j + 1, "of") &&
	    !(goods = deal_ref_goods_only(d, s, j + 2, c)))
		return NULL;
	/* "Cyprus first ordered the system in 2021. ... While Turkish officials
	 * criticize the move": a move (step, decision) of a deal told by its
	 * buyer's verb of buying is the buyer's (stop 59) */
	if (!goods && (kis(d, j, "move") || kis(d, j, "step") || kis(d, j, "decision")) &&
	    (buyer = moving_buyer(d, s, c)) != NULL)
		return critic && critic->code && !strcmp(critic->code, buyer)
			       ? NULL
			       : state_named_back(d, from, d->units[c->unit].t0, buyer);
	/* a phrase that names the buyer may look back past two units */
	if (c->dropped || !c->directed || c->f.nsuppliers != 1 || c->unit > s->unit ||
	    (s->unit - c->unit > 2 && goods != 2))
		return NULL;
	sup = c->f.suppliers[0].s;
	if (critic && critic->code && strcmp(critic->code, sup) == 0)
		return NULL;
	if (critic && critic->code && strcmp(critic->code, c->f.recipient.s) == 0)
		return NULL; /* the buyer speaking of its own deal */
	u0 = d->units[c->unit].t0;
	/* a phrase naming the buyer: the seller told before */
	return state_named_back(d, from, goods == 2 ? 0 : u0, sup);
}

/* "Canada will halt all arms shipments to Israel. ... Israel slammed the
 * decision": "the (this, that) decision (move, step, measure, ban)" a
 * critic condemns, within eight units after (or earlier in its own unit)
 * the latest stance another state took against the critic, is that
 * state's: the critic opposes it (stop 39).  That state's latest
 * mention, or NULL. */
static const mention *measure_taker_before(const dctx *d, const span *s, size_t from,
					   const mention *critic)
{
	static const char *w_taken_n[] = {"decision", "move", "step", "measure", "measures",
					    "ban", "embargo", "halt", "suspension", NULL};
	size_t j = from, n = 0, k;
	const char *actor = NULL;
	int cu = -1;
	if (!critic || !critic->code || s->unit < 0 || j >= s->t1 ||
	    !(kis(d, j, "the") || kis(d, j, "this") || kis(d, j, "that")))
		return NULL;
	for (j++; j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		  !kin(d, j, w_taken_n);
	     j++, n++)
		;
	if (j >= s->t1 || !kin(d, j, w_taken_n) ||
	    (j + 1 < s->t1 && (kis(d, j + 1, "by") || kis(d, j + 1, "of"))))
		return NULL; /* the measure has its own owner */
	for (k = d->ncands; k > 0; k--) {
		const cand *c = &d->cands[k - 1];
		if (c->dropped || c->f.type != ENT_FACT_STANCE || c->unit < 0 ||
		    c->unit > s->unit || c->unit + 8 < s->unit)
			continue;
		if (c->f.polarity == ENT_POLARITY_OPPOSE && !strcmp(c->f.target.s, critic->code) &&
		    strcmp(c->f.actor.s, critic->code)) {
			actor = c->f.actor.s;
			cu = c->unit;
			break;
		}
	}
	return actor ? state_named_back(d, from, d->units[cu].t0, actor) : NULL;
}

/* "slammed the sale of Indian-made arms to Armenia", "condemned the supply
 * of French weapons": after the verb's object at token o opens with "the"
 * and a noun of transfer, the state whose demonym (or "X-made") qualifies
 * the goods within six words sells them, and is the one opposed; NULL
 * otherwise or when it is the critic. */
static const mention *transfer_seller(const dctx *d, const span *s, size_t o,
				      const mention *critic)
{
	size_t j = o, k;
	if (j + 3 >= s->t1 || !kis(d, j, "the"))
		return NULL;
	j++;
	/* "the recent (planned) delivery of": one word before the noun
	 * (stop 42) */
	if (j + 3 < s->t1 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
	    !kin_local(d, j, w_transfer_n) && kin_local(d, j + 1, w_transfer_n))
		j++;
	if (!(kin_local(d, j, w_transfer_n) || kis(d, j, "provision")) || !kis(d, j + 1, "of"))
		return NULL;
	{
		/* "the provision of military equipment and munitions by Y
		 * (to Z)": the agent after the goods (stop 35) */
		size_t b;
		const mention *y;
		for (b = j + 2; b + 1 < s->t1 && b < j + 10 && !kis(d, b, "by") &&
				(d->t.v[b].kind == TK_WORD || kis(d, b, ","));
		     b++)
			if (kis(d, b, "to") || kis(d, b, "for"))
				break;
		if (b + 1 < s->t1 && kis(d, b, "by") &&
		    (y = actor_after(d, s, b + 1, 1, 1)) != NULL && !y->possessive &&
		    y->gz != GZ_FIRM && strcmp(y->code, critic->code) != 0)
			return y;
	}
	for (k = mention_from(d, j + 2); k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 > j + 8)
			break;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		if (((m->gz == GZ_DEMONYM && (qualifies_weapon(d, s, k) ||
					      (m->t1 < s->t1 && kin(d, m->t1, w_arms_generic)))) ||
		     made_in(d, s, m)) &&
		    strcmp(m->code, critic->code) != 0)
			return m;
		if (kis(d, m->t0 - 1, "from") && !m->possessive && m->gz != GZ_DEMONYM &&
		    strcmp(m->code, critic->code) != 0)
			return m; /* "the transfer of missiles from Y to Z" (stop 58) */
		break; /* "the supply of weapons to Armenia": the buyer */
	}
	return NULL;
}

/* "X has always viewed with (serious) concern Y's ...": the word of
 * concern at token i after "with" (over at most two lower-case words) and
 * a verb of viewing, its object right after it. */
static int viewed_with(const dctx *d, const span *s, size_t i)
{
	static const char *w_view_v[] = {"viewed", "views", "view", "viewing", "regarded",
					 "regards", "regard", "watched", "watches", "watch",
					 "watching", "followed", "follows", "follow", NULL};
	size_t j = i, n = 0;
	while (j > s->t0 + 1 && n < 2 && !kis(d, j - 1, "with") && d->t.v[j - 1].kind == TK_WORD &&
	       !d->t.v[j - 1].upper) {
		j--;
		n++;
	}
	return j > s->t0 + 1 && kis(d, j - 1, "with") && kin_local(d, j - 2, w_view_v) &&
	       i + 1 < s->t1 && mention_at(d, s, i + 1) != NULL;
}

/* "a China-based refinery", "Dubai-based traders": a state named before
 * "-based" locates a firm or a person; it is no target of the sentence. */
static int place_based(const dctx *d, const span *s, const mention *m)
{
	return m->t1 + 1 < s->t1 && kis(d, m->t1, "-") && kis(d, m->t1 + 1, "based");
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

/* "(supports) the Greek position (stance, claims, cause, bid)": the state
 * of a demonym right after "the" at j and before a noun of a state's
 * standpoint; or, with no "the", before a noun of statehood ("Syrian
 * territorial integrity"); or NULL. */
static const mention *demonym_position(const dctx *d, const span *s, size_t j)
{
	static const char *w_position_n[] = {"position", "positions", "stance", "claim",
					     "claims", "cause", "bid", "view", "views",
					     "proposal", "proposals", "initiative", "demands",
					     "efforts", NULL};
	static const char *w_statehood_n[] = {"sovereignty", "independence", "integrity",
					      "unity", NULL};
	const mention *m;
	size_t e = 0;
	if (j + 1 < s->t1 && !kis(d, j, "the")) {
		/* "supports Syrian (territorial) integrity (sovereignty)"
		 * (stop 63) */
		m = named_state(d, s, j, &e);
		if (m && e < s->t1 && kis(d, e, "territorial"))
			e++;
		return m && m->gz == GZ_DEMONYM && !m->possessive && e < s->t1 &&
				       kin_local(d, e, w_statehood_n)
			       ? m
			       : NULL;
	}
	if (j + 2 >= s->t1)
		return NULL;
	m = named_state(d, s, j + 1, &e);
	return m && m->gz == GZ_DEMONYM && e < s->t1 && kin_local(d, e, w_position_n) ? m : NULL;
}

/* "(supports) efforts (steps, moves) to protect (defend, preserve,
 * safeguard, uphold) Y (Y's sovereignty, Yn territorial integrity)" from
 * token j: the state protected, or NULL (stop 63). */
static const mention *protected_by_efforts(const dctx *d, const span *s, size_t j)
{
	static const char *w_effort_n[] = {"efforts", "effort", "steps", "moves", "measures",
					   NULL};
	static const char *w_protect_v[] = {"protect", "defend", "preserve", "safeguard",
					    "uphold", "ensure", NULL};
	const mention *m;
	size_t e = 0;
	if (j + 3 >= s->t1 || !kin_local(d, j, w_effort_n) || !kis(d, j + 1, "to") ||
	    !kin_local(d, j + 2, w_protect_v))
		return NULL;
	j += 3;
	if (KIN(d, j, w_det))
		j++;
	if ((m = demonym_position(d, s, j)) != NULL)
		return m;
	m = named_state(d, s, j, &e);
	return m && m->gz != GZ_DEMONYM && m->gz != GZ_FIRM && ent__is_state_mention(m) ? m : NULL;
}

/* A word of sanctions in tokens [from, to). */
static int sanctions_before(const dctx *d, size_t from, size_t to)
{
	for (; from < to; from++)
		if (KIN(d, from, w_sanction_n))
			return 1;
	return 0;
}

/* "endorsed an extension of a United Nations arms embargo on Y",
 * "backs the EU sanctions against Y", "is exploring more sanctions on
 * Y": a finite verb of backing or weighing them (not
 * after "to": "vetoed a bid to extend ..." is no backing), not negated,
 * before the words of sanctions at i over up to eight words of the
 * measure (articles, "of", its kind and its issuing body); the verb's
 * token, or NONE (stance.sanctions_backed, test_extract_denials.c). */
static size_t sanctions_backed(const dctx *d, const span *s, size_t i)
{
	static const char *w_back_v[] = {"endorsed", "endorses", "backed", "backs",
					 "supported", "supports", "welcomed", "welcomes",
					 "favoured", "favored", "favours", "favors",
					 "championed", "champions", "sought", "seeks",
					 "demanded", "demands", "urged", "urges",
					 /* weighing them: "is exploring more sanctions on Y" */
					 "exploring", "explores", "considering", "considers",
					 "weighing", "weighs", "mulling", "mulls", "preparing",
					 "prepares", "threatened", "threatens", "threatening",
					 NULL};
	static const char *w_measure[] = {"a", "an", "the", "of", "extension", "renewal",
					  "tightening", "new", "tough", "tougher", "strict",
					  "further", "international", "arms", "global", "full",
					  "comprehensive", "economic", "military", "existing",
					  "continued", "indefinite", "proposed", "weapons", "-",
					  "and", "its", "more", "fresh", "additional", "possible",
					  "targeted", "punitive", NULL};
	size_t v = i, n = 0;
	while (v > s->t0 + 1 && n < 8) {
		const mention *m = mention_at(d, s, v - 1);
		if (m && ent__is_state_mention(m))
			return NONE; /* "backed Turkey's embargo": another's measure */
		if (!(kin_local(d, v - 1, w_measure) ||
		      (d->t.v[v - 1].upper && d->t.v[v - 1].kind == TK_WORD)))
			break;
		v--;
		n++;
	}
	if (v <= s->t0 || !kin_local(d, v - 1, w_back_v) ||
	    (v > s->t0 + 1 && kis(d, v - 2, "to")) || negated(d, s, v - 1))
		return NONE;
	return v - 1;
}

static int state_body_before(const dctx *d, const mention *m, size_t c);

/* "X, long a rival of Y ..., condemned": a noun phrase between commas
 * after the state that opens the sentence; that state, when the comma at c
 * closes it and the phrase opens with an article or "long / once / now /
 * formerly / already / still" (test_extract_strike_agents.c), or NULL.
 * "Y's air force, already a Russian customer, received": the state may own
 * a body of its own that the comma closes (stop 63). */
static const mention *noun_apposition_subject(const dctx *d, const span *s, size_t c)
{
	static const char *w_appos[] = {"a", "an", "the", "long", "once", "now", "formerly",
					"already", "still", NULL};
	const mention *m;
	if (c + 1 >= s->t1 || !kin_local(d, c + 1, w_appos))
		return NULL;
	m = mention_at(d, s, s->t0);
	if (!m || !ent__is_state_mention(m) || !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL))
		return NULL;
	if (m->possessive ? !state_body_before(d, m, c) : m->t1 != c)
		return NULL;
	return m;
}

/* "the Polish defence ministry", "Poland's navy": a state (a demonym, or
 * a possessive) m, then up to four words that end at c with a noun of a
 * state's body. */
static int state_body_before(const dctx *d, const mention *m, size_t c)
{
	static const char *w_body[] = {"ministry", "navy", "army", "agency", "department",
				       "government", "forces", "force", "military", "officials",
				       "regime", "junta", "authorities", "administration",
				       "leadership", NULL};
	size_t i = m->t1 + (m->possessive ? 1 : 0);
	if (i >= c || !kin_local(d, c - 1, w_body))
		return 0;
	for (; i < c; i++)
		if (d->t.v[i].kind != TK_WORD)
			return 0;
	return 1;
}

/* verbs of a clause that lists a bloc's members */
static const char *w_comprise_v[] = {"comprises", "includes", "groups", NULL};

/* "Lithuania's (the Lithuanian) defense minister, Dovile Sakaliene,
 * signed": a person's name (one to four words in capitals, no mention but
 * a leader's name) from token c to the comma at e, after a comma and a
 * title a state owns (a possessive or demonym right before the title and
 * its modifiers); that state, or NULL (stop 60). */
static const mention *title_name_apposition(const dctx *d, const span *s, size_t c, size_t e)
{
	size_t i, t;
	const mention *m;
	if (e <= c || e - c > 4 || c < s->t0 + 3 || !kis(d, c - 1, ","))
		return NULL;
	for (i = c; i < e; i++)
		if (d->t.v[i].kind != TK_WORD || !d->t.v[i].upper ||
		    ((m = mention_at(d, s, i)) != NULL && m->gz != GZ_LEADER))
			return NULL;
	t = c - 1;
	if (!KIN(d, t - 1, w_title))
		return NULL;
	for (t--; t > s->t0 && KIN(d, t - 1, w_title_mod); t--)
		;
	if (t <= s->t0)
		return NULL;
	m = possessor_before(d, s, t);
	if (!m && (m = mention_at_end(d, s, t)) != NULL && m->gz != GZ_DEMONYM)
		m = NULL;
	return m && ent__is_state_mention(m) && m->gz != GZ_FIRM ? m : NULL;
}

/* The subject before a relative clause between commas that ends right
 * before the verb at v ("Qatar and Egypt, both of which have worked with
 * the US, also condemn ..."): the state right before ", which / who / both
 * of which / all of which", or NULL (test_extract_stance10.c); a bloc
 * before ", which comprises (includes, groups) A, B ... and C," past a
 * bracketed gloss, and "on <day>" before the verb (stop 37). */

const mention *apposition_subject(const dctx *d, const span *s, size_t v)
{
	static const char *w_rel[] = {"which", "who", "both", "all", "each", "whose", NULL};
	size_t q = v, c, k;
	while (q > s->t0 && (ly_adverb(d, q - 1) || kis(d, q - 1, "also") ||
			     kis(d, q - 1, "too") || kis(d, q - 1, "have") ||
			     kis(d, q - 1, "has")))
		q--;
	if (q > s->t0 + 2 && kis(d, q - 2, "on") && kin(d, q - 1, w_not_name))
		q -= 2; /* "..., on Saturday condemned" */
	if (q <= s->t0 + 2 || !kis(d, q - 1, ","))
		return NULL;
	for (c = q - 1; c > s->t0 && q - c < 30; c--)
		if (kis(d, c - 1, ","))
			break;
	if (c <= s->t0 + 1 || q - c >= 30)
		return NULL;
	/* "Oman, mediating the talks between the US and Iran, has
	 * condemned": a participle opens the phrase as a relative would
	 * (stop 62) */
	if (!kin_local(d, c, w_rel) &&
	    !(d->t.v[c].kind == TK_WORD && !d->t.v[c].upper && ends_ing(K(c)))) {
		const mention *t = title_name_apposition(d, s, c, q - 1);
		if (t)
			return t;
		/* "the G7, which comprises the US, Canada, ... and Britain,
		 * condemned": back over a list of names to ", which" */
		size_t r = c;
		while (r > s->t0 + 3 && q - r < 48 &&
		       (d->t.v[r - 1].upper || kis(d, r - 1, ",") || kis(d, r - 1, "and") ||
			kis(d, r - 1, "the")))
			r--;
		if (r > s->t0 + 3 && kin_local(d, r - 1, w_comprise_v) && kis(d, r - 2, "which") &&
		    kis(d, r - 3, ","))
			c = r - 2;
		else
			return noun_apposition_subject(d, s, c - 1);
	}
	if ((kis(d, c, "both") || kis(d, c, "all") || kis(d, c, "each")) &&
	    !(c + 2 < q && kis(d, c + 1, "of") && kis(d, c + 2, "which")))
		return NULL; /* "X, both ..." needs "of which" */
	c--; /* the opening comma */
	if (c > s->t0 && kis(d, c - 1, ")")) { /* "the G7 (Group of Seven), which" */
		size_t b = c - 1;
		while (b > s->t0 && c - b < 8 && !kis(d, b, "("))
			b--;
		if (kis(d, b, "("))
			c = b;
	}
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 == c && (ent__is_state_mention(m) || m->gz == GZ_BLOC) &&
		    m->gz != GZ_FIRM && m->gz != GZ_DEMONYM && !m->possessive)
			return m;
		if (m->t1 < c && m->t1 + 5 >= c && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    state_body_before(d, m, c))
			return m; /* "The Polish defence ministry, which ..., ordered" */
	}
	return NULL;
}

/* After a word of statehood at j, "and/, (territorial) integrity" or
 * "and independence" naming a second one: the last such word, else j
 * ("the sovereignty and territorial integrity of Y"). */
static size_t statehood_pair_end(const dctx *d, const span *s, size_t j, const char **w_state)
{
	size_t w = j + 1;
	if (w + 1 >= s->t1 || !(kis(d, w, "and") || kis(d, w, ",")))
		return j;
	w++;
	if (w < s->t1 && kis(d, w, "territorial"))
		w++;
	return w < s->t1 && kin(d, w, w_state) ? w : j;
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
		if (e >= s->t1 || !kis(d, e, "as"))
			return NULL;
		/* "recognise Y as a state", not "as part (a province) of Z" */
		for (n = e + 1; n < s->t1 && n < e + 4; n++)
			if (kis(d, n, "part") || kis(d, n, "province") || kis(d, n, "territory") ||
			    kis(d, n, "region"))
				return NULL;
		return y;
	}
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	if (j < s->t1 && kis(d, j, "territorial"))
		j++;
	if (j + 1 >= s->t1 || !kin(d, j, w_statehood))
		return NULL;
	j = statehood_pair_end(d, s, j, w_statehood);
	if (j + 1 >= s->t1 || !kis(d, j + 1, "of"))
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
	static const char *w_contrast[] = {"while", "whereas", "but", NULL};
	const mention *o = NULL;
	size_t k, b = s->t0, i;
	/* "Finland's bid came quickly, while Sweden's was held up": the
	 * clause of the verb only */
	for (i = v; i > s->t0; i--)
		if (kin_local(d, i - 1, w_contrast)) {
			b = i;
			break;
		}
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		const mention *x = NULL;
		if (m->t1 > v)
			break;
		if (m->t0 < b || !ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		if (m->possessive)
			x = m;
		else if (m->gz == GZ_DEMONYM && m->t1 < v && d->t.v[m->t1].kind == TK_WORD &&
			 !d->t.v[m->t1].upper)
			x = m; /* "the Israeli strikes" */
		else if (m->t0 >= s->t0 + 2 && kis(d, m->t0 - 1, "in") &&
			 kin(d, m->t0 - 2, w_event_in))
			x = m; /* "the coup in Niger" */
		else if (o && o->possessive && o->t1 + 2 <= m->t0 && m->t0 <= o->t1 + 3 &&
			 (kis(d, m->t0 - 1, "to") || kis(d, m->t0 - 1, "for")))
			continue; /* "Turkey's support to Pakistan" (stop 42):
				   * the act's object, no second owner */
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
	if ((kis(d, i, "representations") || kis(d, i, "representation") ||
	     kis(d, i, "demarches") || kis(d, i, "demarche") || kis(d, i, "démarches") ||
	     kis(d, i, "démarche")) &&
	    i > s->t0 + 1 && i + 2 < s->t1) {
		/* "China has made a diplomatic representation to the United
		 * States", "lodged solemn representations with the US side",
		 * "has made solemn demarches to the US side" */
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
	static const char *w_face[] = {"faced", "faces", "facing", "face", NULL};
	static const char *w_came[] = {"came", "comes", "coming", "come", NULL};
	/* what is drawn from a critic */
	static const char *w_drawn_n[] = {"condemnation", "criticism", "protests", "rebuke",
					  "warnings", "objections", "backlash", "outrage", "fury",
					  "anger", "ire", "indignation", NULL};
	/* "ignited (sparked, triggered) a strong response from India"
	 * (stop 42): a reaction a word of force qualifies */
	static const char *w_sparked[] = {"sparked", "sparks", "sparking", "triggered", "triggers",
					  "triggering", "ignited", "ignites", NULL};
	/* "Y sent a survey ship ..., provoking fury from X" (stop 54) */
	static const char *w_provoked[] = {"provoked", "prompted", "provoking", "prompting", NULL};
	static const char *w_reaction_n[] = {"response", "reaction", NULL};
	static const char *w_forceful[] = {"strong", "sharp", "angry", "harsh", "furious",
					   "stern", "fierce", NULL};
	/* the first letter rules out most words */
	char c0 = K(i)[0];
	int under = c0 == 'c' && kin_local(d, i, w_came) && i + 1 < s->t1 && kis(d, i + 1, "under");
	int face = c0 == 'f' && kin_local(d, i, w_face);
	/* "Sweden's bid was held up (delayed, stalled) by objections from
	 * X and Y": the objectors oppose the owner of what they held up */
	size_t held = (c0 == 'h' && kis(d, i, "held") && i + 2 < s->t1 && kis(d, i + 1, "up") &&
		       kis(d, i + 2, "by"))
			      ? 2
		      : ((c0 == 'd' && kis(d, i, "delayed")) || (c0 == 's' && kis(d, i, "stalled"))) &&
				      i + 1 < s->t1 && kis(d, i + 1, "by")
			      ? 1
			      : 0;
	int sparked = (c0 == 's' || c0 == 't' || c0 == 'i') && kin_local(d, i, w_sparked);
	if (c0 != 'd' && c0 != 'p' && !under && !face && !held && !sparked)
		return ENT_OK;
	if ((kis(d, i, "drawn") || kis(d, i, "drew") || kis(d, i, "drawing") ||
	     kis(d, i, "draws") || kis(d, i, "draw") || face || under || held || sparked ||
	     (K(i)[0] == 'p' && kin_local(d, i, w_provoked))) &&
	    i > s->t0 && !negated(d, s, i)) {
		/* "The coup in Niger has drawn condemnation from the United
		 * States and France": each critic opposes the owner of the act;
		 * "X's purchase provoked threats of sanctions by Y" too
		 * (test_extract_blame_frame.c); so "X faced criticism from
		 * Y", "X came under (diplomatic) fire from Y" */
		size_t j = i + 1 + (size_t)under + held, n = 0, k;
		const mention *t;
		while (j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		       !KIN(d, j, w_oppose_n) && !kin_local(d, j, w_drawn_n) && !kis(d, j, "threats") &&
		       !(under && (kis(d, j, "fire") || kis(d, j, "attack"))) &&
		       !(kin_local(d, j, w_reaction_n) && j > i + 1 &&
			 kin_local(d, j - 1, w_forceful))) {
			j++;
			n++;
		}
		if (j + 3 < s->t1 && kis(d, j, "threats") && kis(d, j + 1, "of") &&
		    (kis(d, j + 2, "sanctions") || kis(d, j + 2, "retaliation")) &&
		    (kis(d, j + 3, "from") || kis(d, j + 3, "by"))) {
			j += 2; /* "threats of sanctions by Y" */
		} else if (j + 1 >= s->t1 ||
			   !(kin_local(d, j, w_drawn_n) ||
			     (under && (kis(d, j, "fire") || kis(d, j, "attack"))) ||
			     (kin_local(d, j, w_reaction_n) && j > i + 1 &&
			      kin_local(d, j - 1, w_forceful))) ||
			   !kis(d, j + 1, "from"))
			return ENT_OK;
		t = NULL;
		if (under || face) {
			/* the state that faces it: "Israel (has) came under",
			 * "X has increasingly faced" */
			static const char *w_aux[] = {"has", "have", "had", "also", "again", NULL};
			size_t v = i;
			while (v > s->t0 && (kin_local(d, v - 1, w_aux) || ly_adverb(d, v - 1)))
				v--;
			t = actor_before(d, s, v, 0, 1);
			if (t && (t->possessive || t->t1 != v))
				t = NULL;
		}
		if (!t)
			t = subject_owner(d, s, i);
		if (!t && i > s->t0 + 1 && kis(d, i - 1, ",") && ends_ing(K(i)))
			t = subject_before(d, s, i - 1); /* "X aligned with Y, drawing
							   * (provoking) criticism from Z" */
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

/* what a state's name may qualify that is its economy, not the state:
 * "US jobs", "American firms" */
static const char *w_econ_n[] = {"jobs", "economy", "industry", "industries", "workers",
				 "businesses", "exporters", "manufacturers", "farmers",
				 "investors", "markets", "employment", NULL};

/* ---- seventh round of stance rules (test_extract_stance7.c) ---------------- */

/* A judgement of a deed from token j: "(as) a (clear) violation", "a
 * breach", "a provocation", or a hostile adjective that closes the clause
 * ("'outrageous'", "illegal and reckless"). */
static const char *w_judge_adj[] = {"outrageous", "unacceptable", "illegal", "unlawful",
				    "illegitimate", "reckless", "irresponsible", "provocative",
				    "criminal", "barbaric", "cowardly", "heinous", "deplorable",
				    "reprehensible", "baseless", "groundless", "unfounded", "absurd",
				    "counterproductive", "destabilising", "destabilizing",
				    "dangerous", "troubling", "alarming", "disturbing", "unsafe",
				    "unprofessional", NULL};

static int judgement_after(const dctx *d, const span *s, size_t j)
{
	size_t n;
	if (j < s->t1 && kis(d, j, "as"))
		j++;
	if (j < s->t1 && skip_quote(d, j))
		j++;
	if (j + 1 < s->t1 && ly_adverb(d, j) && kin_local(d, j + 1, w_judge_adj))
		j++; /* "completely unacceptable" */
	if (j < s->t1 && kin_local(d, j, w_judge_adj)) {
		j++;
		return j >= s->t1 || skip_quote(d, j) || kis(d, j, ".") || kis(d, j, ",") ||
		       kis(d, j, ";") || kis(d, j, "and");
	}
	if (j < s->t1 && (kis(d, j, "a") || kis(d, j, "an")))
		j++;
	for (n = 0; j < s->t1 && n < 3 && !judge_noun_at(d, s, j); j++, n++)
		if (!(quote_mark(d, j) || kis(d, j, "'") ||
		      (d->t.v[j].kind == TK_WORD && !d->t.v[j].upper && !KIN(d, j, w_negation))))
			return 0;
	return j < s->t1 && judge_noun_at(d, s, j);
}

/* A noun of hostile judgement at j: "provocation", "violation",
 * "breach", "a hostile act", "an act of war / aggression". */
static int judge_noun_at(const dctx *d, const span *s, size_t j)
{
	if (kin_local(d, j, w_judge_n) || kis(d, j, "breach"))
		return 1;
	if ((kis(d, j, "move") || kis(d, j, "moves") || kis(d, j, "step") || kis(d, j, "act") ||
	     kis(d, j, "acts") || kis(d, j, "gesture")) &&
	    j > s->t0 && (kis(d, j - 1, "unfriendly") || kis(d, j - 1, "provocative")))
		return 1; /* "an unfriendly move" */
	if (!(kis(d, j, "act") || kis(d, j, "acts")))
		return 0;
	return (j > s->t0 && kis(d, j - 1, "hostile")) ||
	       (j + 2 < s->t1 && kis(d, j + 1, "of") &&
		(kis(d, j + 2, "war") || kis(d, j + 2, "aggression")));
}

/* Deeds of force a state may be judged for beside w_deed_n: "called the
 * Yn exercise (deployment, survey) a provocation". */
static const char *w_force_deed_n[] = {"exercise", "exercises", "drill", "drills",
				       "deployment", "deployments", "survey", "surveys",
				       "manoeuvres", "maneuvers", "build-up", "buildup",
				       "patrol", "patrols", "flights", "overflights", "drilling",
				       "incursion", "incursions", "strike", "strikes", "test",
				       "tests", "launch", "intercept", "intercepts", "interception",
				       NULL};

static int deed_noun_at(const dctx *d, size_t j)
{
	return kin_local(d, j, w_deed_n) || kin_local(d, j, w_hostile_act) ||
	       kin_local(d, j, w_force_deed_n);
}

/* The mention at token j, or a possessive one right after "the" there
 * ("the UAE's drills"; stop 49); or NULL. */
static const mention *owner_at(const dctx *d, const span *s, size_t j)
{
	const mention *m = mention_at(d, s, j);
	if (!m && j + 1 < s->t1 && kis(d, j, "the") && (m = mention_at(d, s, j + 1)) != NULL &&
	    !m->possessive)
		m = NULL;
	return m;
}

/* The owner of a deed deed_owner does not take: "the Yn move / exercise",
 * "the Y exercise", "Y's survey", "the exercise by Y"; sets *end past the
 * deed, or NULL (stance.judged_act, test_extract_stance_deeds.c). */
static const mention *deed_owner_more(const dctx *d, const span *s, size_t j, size_t *end)
{
	const mention *m;
	if (j + 1 >= s->t1)
		return NULL;
	if (kis(d, j, "the") && (m = mention_at(d, s, j + 1)) != NULL &&
	    ent__is_state_mention(m) && m->gz != GZ_FIRM && !m->possessive && m->t1 < s->t1 &&
	    (m->gz == GZ_DEMONYM ? deed_noun_at(d, m->t1) : kin_local(d, m->t1, w_force_deed_n))) {
		*end = m->t1 + 1;
		return m;
	}
	m = owner_at(d, s, j);
	if (m && ent__is_state_mention(m) && m->possessive && m->gz != GZ_FIRM &&
	    m->gz != GZ_DEMONYM && m->t1 + 1 < s->t1) {
		/* "Y's tests", "Y's missile test", "Y's recent drills": over
		 * one word of a weapon or in lower case (stop 49) */
		size_t q = m->t1 + 1;
		if (q + 1 < s->t1 && !kin_local(d, q, w_force_deed_n) &&
		    d->t.v[q].kind == TK_WORD && (!d->t.v[q].upper || in_weapon(d, s, q)) &&
		    kin_local(d, q + 1, w_force_deed_n))
			q++;
		if (kin_local(d, q, w_force_deed_n)) {
			*end = q + 1;
			return m;
		}
	}
	if (kis(d, j, "the") && j + 3 < s->t1 && deed_noun_at(d, j + 1) && kis(d, j + 2, "by") &&
	    (m = named_state(d, s, j + 3, end)) != NULL && m->gz != GZ_FIRM &&
	    m->gz != GZ_DEMONYM && !m->possessive)
		return m;
	/* "called the annual exercise of the US Navy provocative": a drill
	 * and "of" its owner (only a drill: "the invasion of Y" names the
	 * victim) */
	if (kis(d, j, "the")) {
		size_t q = j + 1, n;
		for (n = 0; q < s->t1 && n < 2 && !KIN(d, q, w_exercise) &&
			    d->t.v[q].kind == TK_WORD && !d->t.v[q].upper;
		     q++, n++)
			;
		static const char *w_arm_n[] = {"navy", "army", "military", "forces", "air",
						"force", "navies", "armies", NULL};
		if (q + 2 < s->t1 && KIN(d, q, w_exercise) && kis(d, q + 1, "of") &&
		    (m = named_state(d, s, kis(d, q + 2, "the") ? q + 3 : q + 2, end)) != NULL &&
		    m->gz != GZ_FIRM && m->gz != GZ_DEMONYM && !m->possessive) {
			/* past "Navy", "Air Force" */
			for (n = 0; *end < s->t1 && n < 2 &&
				    (kin_local(d, *end, w_arm_n) || KIN(d, *end, w_gov_noun));
			     n++)
				(*end)++;
			/* "... of the US Navy and the European Baltops
			 * countries provocative": past the other owners */
			if (*end < s->t1 && kis(d, *end, "and"))
				for (q = *end + 1; q < s->t1 && q < *end + 7; q++)
					if (judgement_after(d, s, q)) {
						*end = q;
						break;
					}
			return m;
		}
	}
	return NULL;
}

/* The owner of a deed at token j: "Fooland's actions/move" (a state or a
 * person tied to one), or "the raid/aggression" the text gave an owner
 * before; sets *end past the deed, or NULL. */
static const mention *deed_owner(const dctx *d, const span *s, size_t j, size_t *end)
{
	/* "Y's supply of weapons to Z": a transfer is a deed, its phrase of
	 * goods and buyer (up to ten tokens) before the judgement */
	static const char *w_transfer_deed[] = {"supply", "supplies", "sale", "sales",
						"delivery", "deliveries", "export", "exports",
						"transfer", "transfers", NULL};
	const mention *m = owner_at(d, s, j), *p;
	if (m && ent__is_state_mention(m) && m->possessive && m->gz != GZ_FIRM &&
	    m->gz != GZ_DEMONYM && m->t1 + 1 < s->t1) {
		/* over one word in lower case: "Y's new policy" (stop 49) */
		size_t q = m->t1 + 1;
		if (q + 1 < s->t1 && !kin_local(d, q, w_deed_n) && !kin_local(d, q, w_hostile_act) &&
		    d->t.v[q].kind == TK_WORD && !d->t.v[q].upper &&
		    (kin_local(d, q + 1, w_deed_n) || kin_local(d, q + 1, w_hostile_act)))
			q++;
		if (kin_local(d, q, w_deed_n) || kin_local(d, q, w_hostile_act)) {
			*end = q + 1;
			return m;
		}
	}
	if (m && ent__is_state_mention(m) && m->possessive && m->gz != GZ_FIRM &&
	    m->gz != GZ_DEMONYM && m->t1 + 2 < s->t1 &&
	    kin_local(d, m->t1 + 1, w_transfer_deed) && kis(d, m->t1 + 2, "of")) {
		size_t q;
		for (q = m->t1 + 3; q < s->t1 && q < m->t1 + 13; q++)
			if (kis(d, q, "as") || kis(d, q, "a") || kis(d, q, "an") || quote_mark(d, q)) {
				*end = q;
				return m;
			}
		return NULL;
	}
	if (m && ent__is_state_mention(m) && m->gz != GZ_FIRM && m->t1 + 2 < s->t1) {
		/* "(views) US (Y's, Yn) arms sales to Z as ...": a transfer
		 * over one word of arms, then "to" and the judgement's "as"
		 * within ten tokens (stop 57) */
		size_t q = m->t1 + (m->possessive && kis(d, m->t1, "'s") ? 1 : 0), r;
		if (kis(d, q, "arms") || kis(d, q, "weapons") || kis(d, q, "military"))
			q++;
		if (q + 1 < s->t1 && kin_local(d, q, w_transfer_deed) && kis(d, q + 1, "to"))
			for (r = q + 2; r < s->t1 && r < q + 12; r++)
				if (kis(d, r, "as")) {
					*end = r;
					return m;
				}
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

/* The token of `word` within eight tokens after `from`, over words (and
 * tokens `also`) only: "for Z's militants as", "at an international court
 * in Geneva against"; NONE when another token comes first. */
static size_t word_ahead(const dctx *d, const span *s, size_t from, const char *word,
			 const char *also)
{
	size_t q;
	for (q = from + 1; q < s->t1 && q < from + 9 && !kis(d, q, word) &&
			   (d->t.v[q].kind == TK_WORD || kis(d, q, also));
	     q++)
		;
	return q < s->t1 && kis(d, q, word) ? q : NONE;
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
	/* "X sees (views, regards) Y's support for Z as deeply troubling"
	 * (stop 42) */
	static const char *w_see_as[] = {"sees", "saw", "views", "viewed", "regards", "regarded",
					 NULL};
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
	    (KIN(d, i, w_oppose_v) || kin_local(d, i, w_name_v) || kin_local(d, i, w_see_as))) {
		if (negated(d, s, i))
			return ENT_OK;
		t = deed_owner(d, s, i + 1, &e);
		if (!t)
			t = deed_owner_more(d, s, i + 1, &e);
		if (!t && kin_local(d, i, w_see_as)) {
			/* "sees Y's support (backing, aid) for Z as ..." */
			static const char *w_help_n[] = {"support", "backing", "aid", "assistance",
							 "help", NULL};
			const mention *m = mention_at(d, s, i + 1);
			if (m && ent__is_state_mention(m) && m->possessive && m->gz != GZ_FIRM &&
			    m->gz != GZ_DEMONYM && m->t1 + 1 < s->t1 &&
			    kin_local(d, m->t1 + 1, w_help_n)) {
				t = m;
				e = m->t1 + 2;
			}
		}
		if (t && e < s->t1 && (kis(d, e, "for") || kis(d, e, "to")) &&
		    kin_local(d, i, w_see_as)) {
			/* "sees Y's support for Z's militants as troubling":
			 * past the deed's object to "as" (stop 42) */
			size_t q = word_ahead(d, s, e, "as", "'s");
			if (q != NONE)
				e = q;
		}
		if (!t || !judgement_after(d, s, e))
			return ENT_OK;
		a = stance_actor(d, s, i);
		if (!a || a->gz == GZ_FIRM || strcmp(a->code, t->code) == 0)
			return ENT_OK;
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.judged_act");
	}
	if ((kis(d, i, "commitment") || kis(d, i, "commitments")) && kis(d, i + 1, "to") &&
	    !negated(d, s, i) &&
	    ((t = recognised_state(d, s, i + 2)) != NULL ||
	     (t = security_of_state(d, s, i + 2)) != NULL)) {
		/* "X reaffirmed its commitment to Y's sovereignty / the
		 * territorial integrity of Y / (preserving) Y's security": X
		 * backs Y */
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

static int condemn_drill_object(dctx *d, const span *s, size_t i, size_t j, int cancel,
				int *hit);

/* The exercise told before (not dropped) whose name the text at token j
 * opens ("Sea Breeze" of "the Sea Breeze military exercises"): its name's
 * letters all there, ended by a word boundary; NULL if none. */
static const cand *drill_named_at(const dctx *d, size_t j, size_t end)
{
	size_t k;
	const char *at = d->text + d->t.v[j].start, *lim = d->text + d->t.v[end - 1].end;
	for (k = 0; k < d->ncands; k++) {
		const cand *c = &d->cands[k];
		size_t n;
		if (c->f.type != ENT_FACT_EXERCISE || c->dropped || !c->f.name)
			continue;
		n = strlen(c->f.name);
		if (n < 3 || (size_t)(lim - at) < n || strncasecmp(at, c->f.name, n) != 0 ||
		    isalnum((unsigned char)at[n]))
			continue;
		return c;
	}
	return NULL;
}

static int stance_condemn_drills(dctx *d, const span *s, size_t i, int *hit)
{
	*hit = 0;
	/* "Poland, Lithuania, and Latvia ... are critical of the exercise"
	 * (stop 40) */
	if (kis(d, i, "critical") && i + 2 < s->t1 && kis(d, i + 1, "of") && i > s->t0 &&
	    KIN(d, i - 1, w_be))
		return condemn_drill_object(d, s, i, i + 2, 0, hit);
	if (!KIN(d, i, w_oppose_v))
		return ENT_OK;
	return condemn_drill_object(d, s, i, i + 1, 0, hit);
}

/* "Moscow called for the Sea Breeze exercises to be canceled", "X
 * demanded that the drills be called off": a call to cancel the drill
 * told before opposes its parties, as condemning it does. */
static int stance_cancel_drills(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_demand[] = {"demanded", "demands", "demand", "demanding", NULL};
	size_t j;
	*hit = 0;
	if (K(i)[0] != 'c' && K(i)[0] != 'd' && K(i)[0] != 'u')
		return ENT_OK;
	if (KIN(d, i, w_call) && i + 1 < s->t1 && kis(d, i + 1, "for"))
		j = i + 2;
	else if (kin_local(d, i, w_demand))
		j = i + 1 + (i + 1 < s->t1 && kis(d, i + 1, "that"));
	else
		return ENT_OK;
	return condemn_drill_object(d, s, i, j, 1, hit);
}

/* "Poland, Lithuania, and Latvia, neighbors of Belarus, are critical of":
 * the states of the list that a (the actor found) ends, over an apposition
 * "neighbors (allies, members) of X" that the actor may be; at most max,
 * in out; their number (at least a itself, or what it stands in). */
static size_t critics_list(const dctx *d, const span *s, const mention *a,
			   const mention **out, size_t max)
{
	static const char *w_appos_n[] = {"neighbors", "neighbours", "allies", "members",
					  "partners", NULL};
	const mention *m = a;
	size_t n = 0, j = a->t0;
	if (j > s->t0 + 3 && kis(d, j - 1, "of") && kin_local(d, j - 2, w_appos_n) &&
	    kis(d, j - 3, ",") && (m = mention_at_end(d, s, j - 3)) != NULL &&
	    ent__is_state_mention(m) && m->gz != GZ_FIRM && !m->possessive)
		j = m->t0;
	else
		m = a;
	out[n++] = m;
	while (n < max && j > s->t0 + 1) {
		const mention *p;
		size_t q = j;
		if (kis(d, q - 1, "and"))
			q--;
		if (q > s->t0 && kis(d, q - 1, ","))
			q--;
		if (q == j || (p = mention_at_end(d, s, q)) == NULL || !ent__is_state_mention(p) ||
		    p->gz == GZ_FIRM || p->gz == GZ_DEMONYM || p->possessive)
			break;
		out[n++] = p;
		j = p->t0;
	}
	return n;
}

/* The drill told before as the object at j of the word at i (with cancel,
 * followed by a word of calling off): each of its parties is opposed, by
 * each state of a list of critics (stop 40). */
static int condemn_drill_object(dctx *d, const span *s, size_t i, size_t j, int cancel,
				int *hit)
{
	static const char *det[] = {"the", "these", "those", "this", "that", "such", "joint",
				    "ongoing", "upcoming", "planned", "combined", NULL};
	const cand *in;
	const mention *a;
	size_t n, q, k, inx;
	int rc;
	if (d->last_exercise < 0 || j >= s->t1)
		return ENT_OK;
	in = &d->cands[d->last_exercise];
	if (in->dropped)
		return ENT_OK;
	if (in->unit == s->unit && i > s->t0 && KIN(d, i - 1, w_exercise) && kis(d, j, "by") &&
	    !negated(d, s, i)) {
		/* "(in) their joint drill condemned by X": the critic after
		 * "by" opposes the parties of the drill this sentence tells */
		const mention *c = mention_at(d, s, j + 1);
		if (!c || !ent__is_state_mention(c) || c->gz == GZ_FIRM || c->possessive)
			return ENT_OK;
		*hit = 1;
		for (q = 0; q < in->f.nparticipants; q++)
			if (!strcmp(in->f.participants[q].s, c->code))
				return ENT_OK;
		/* add_stance1 may move the candidates: the drill by index */
		inx = (size_t)(in - d->cands);
		for (q = 0; q < d->cands[inx].f.nparticipants; q++) {
			mention t = *c;
			t.code = d->cands[inx].f.participants[q].s;
			if ((rc = add_stance1(d, s, c, &t, ENT_POLARITY_OPPOSE, i, s->t1,
					      "stance.condemn_drills")))
				return rc;
		}
		return ENT_OK;
	}
	if (!cancel && ex_move_object(d, s, j, in)) {
		if (negated(d, s, i))
			return ENT_OK;
		j++; /* on "move": no state between */
	} else {
		const cand *named = NULL;
		if (!kin(d, j, det))
			return ENT_OK;
		/* "the Sea Breeze military exercises": the name of a drill
		 * told before may stand before its word, however far back it
		 * was told (a state there is another's drill, below) */
		for (n = 0; j < s->t1 && n < 6; n++) {
			if (d->t.v[j].kind == TK_WORD && d->t.v[j].upper && !kis(d, j, "the") &&
			    !named)
				named = drill_named_at(d, j, s->t1);
			if (!(kin(d, j, det) || kin(d, j, w_ex_premod) ||
			      (named && d->t.v[j].kind == TK_WORD && d->t.v[j].upper)))
				break;
			j++;
		}
		if (named)
			in = named;
		else if (in->unit >= s->unit || s->unit - in->unit > 3)
			return ENT_OK;
		if (j >= s->t1 || !KIN(d, j, w_exercise) || negated(d, s, i))
			return ENT_OK;
		if (cancel) {
			/* "... to be canceled", "... be called off" */
			size_t c = j + 1;
			while (c < s->t1 && KIN(d, c, w_exercise))
				c++;
			if (c < s->t1 && kis(d, c, "to"))
				c++;
			if (c < s->t1 && kis(d, c, "be"))
				c++;
			if (c >= s->t1 ||
			    !(KIN(d, c, w_cancel) || kis(d, c, "halted") ||
			      kis(d, c, "stopped") || kis(d, c, "suspended") ||
			      (kis(d, c, "called") && c + 1 < s->t1 && kis(d, c + 1, "off"))))
				return ENT_OK;
		}
	}
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t0 > i && M(d, k)->t0 < j)
			return ENT_OK; /* "condemned the Russian drills": another's */
	*hit = 1;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM || !ent__is_state_mention(a))
		return ENT_OK;
	const mention *crit[8];
	size_t nc = a->t1 <= i ? critics_list(d, s, a, crit, 8) : 0, c;
	if (!nc)
		crit[nc++] = a;
	inx = (size_t)(in - d->cands); /* add_stance1 may move the candidates */
	for (c = 0; c < nc; c++) {
		const ent_fact *f = &d->cands[inx].f;
		a = crit[c];
		for (q = 0; q < f->nparticipants; q++)
			if (!strcmp(f->participants[q].s, a->code))
				break; /* a party does not condemn its own drill */
		for (k = 0; q == f->nparticipants && k < f->nparticipants;
		     k++, f = &d->cands[inx].f) {
			mention t = *a;
			t.code = f->participants[k].s;
			if ((rc = add_stance1(d, s, a, &t, ENT_POLARITY_OPPOSE, i, s->t1,
					      "stance.condemn_drills")))
				return rc;
		}
	}
	return ENT_OK;
}

/* "X objected to / condemned the Indo-US military exercise", "X raised
 * objections to the joint drills between Y and Z": a drill named in the
 * object with its parties (states or demonyms before the drill word, or
 * after "between/involving") is opposed in each of them, X not among
 * them (test_extract_region.c).  *hit when the object was such a drill. */
/* Past a phrase of time at j ("on Sunday", "last week", "yesterday",
 * "on Friday night"): the token after it, or j. */
static size_t past_time_words(const dctx *d, const span *s, size_t j)
{
	static const char *w_day[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
				      "saturday", "sunday", NULL};
	static const char *w_rel[] = {"last", "this", "earlier", NULL};
	static const char *w_now[] = {"yesterday", "today", NULL};
	if (j < s->t1 && kin_local(d, j, w_now))
		return j + 1;
	if (j + 1 < s->t1 && kis(d, j, "on") && kin_local(d, j + 1, w_day))
		return j + 2 < s->t1 && (kis(d, j + 2, "night") || kis(d, j + 2, "morning"))
			       ? j + 3
			       : j + 2;
	if (j + 1 < s->t1 && kin_local(d, j, w_rel) && d->t.v[j + 1].kind == TK_WORD &&
	    (kin_local(d, j + 1, w_day) || kis(d, j + 1, "week") || kis(d, j + 1, "month")))
		return j + 2;
	return j;
}

/* The parties of a drill phrase opening at j with a determiner ("the
 * Chile-Bolivia military exercise", "the joint drills between A and B",
 * "the exercises planned by A, B and C"): into par (at most six), their
 * number (0 when the phrase names no drill or no party); *end is set past
 * the phrase. */
static size_t drill_phrase_parties(const dctx *d, const span *s, size_t j, const mention **par,
				   size_t *end)
{
	static const char *det[] = {"the", "these", "those", "this", "that", "such", "joint",
				    "ongoing", "upcoming", "planned", "combined", "bilateral",
				    "trilateral", "-", NULL};
	const mention *m0;
	size_t n, np = 0;
	*end = j;
	/* a determiner, a bare drill ("considers war games ..."), or the
	 * parties with no article ("called US-South Korea exercises ...") */
	if (j >= s->t1 || !(kin_local(d, j, det) || kin(d, j, w_ex_premod) || KIN(d, j, w_exercise) ||
			    ((m0 = mention_at(d, s, j)) != NULL && m0->t0 == j &&
			     ent__is_state_mention(m0) && !m0->possessive)))
		return 0;
	for (n = 0; j < s->t1 && n < 8; n++, j++) {
		const mention *m = mention_at(d, s, j);
		if (m && ent__is_state_mention(m) && m->gz != GZ_FIRM && !m->possessive) {
			if (np < 6)
				par[np++] = m;
			j = m->t1 - 1;
			continue;
		}
		/* "first-ever", "multi-domain": a small word joined by a
		 * hyphen with no space */
		if (d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		    ((j > s->t0 && kis(d, j - 1, "-") && !d->t.v[j].space_before) ||
		     (j + 1 < s->t1 && kis(d, j + 1, "-") && !d->t.v[j + 1].space_before)))
			continue;
		if (!(kin_local(d, j, det) || kin(d, j, w_ex_premod)))
			break;
	}
	if (j >= s->t1 || !KIN(d, j, w_exercise))
		return 0; /* "war games" in two words is "wargames" (token.c) */
	*end = j + 1;
	if (!np && j + 2 < s->t1 && kis(d, j + 2, "by") &&
	    (kis(d, j + 1, "planned") || kis(d, j + 1, "held") || kis(d, j + 1, "conducted") ||
	     kis(d, j + 1, "staged")))
		j++; /* "the exercises planned by X, Y, and Z" */
	/* "war games currently underway between A and B" */
	if (!np && j + 2 < s->t1 && ly_adverb(d, j + 1) && kis(d, j + 2, "underway"))
		j += 2;
	else if (!np && j + 1 < s->t1 && kis(d, j + 1, "underway"))
		j++;
	if (!np && j + 1 < s->t1 &&
	    (kis(d, j + 1, "between") || kis(d, j + 1, "involving") || kis(d, j + 1, "by"))) {
		const mention *m = actor_after(d, s, j + 2, 1, 0);
		while (m && np < 6 && ent__is_state_mention(m) && m->gz != GZ_FIRM) {
			par[np++] = m;
			*end = m->t1;
			if (m->t1 + 1 >= s->t1 || !(kis(d, m->t1, "and") || kis(d, m->t1, ",")))
				break;
			m = actor_after(d, s, kis(d, m->t1 + 1, "and") ? m->t1 + 2 : m->t1 + 1, 1,
					0); /* ", and Japan" */
		}
	}
	return np;
}

/* Actor a opposes each distinct party of a drill (par, np), unless a is a
 * party itself (a party does not object to its own drill); *hit when a is
 * a state that judged it. */
static int oppose_drill_parties(dctx *d, const span *s, const mention *a, const mention **par,
				size_t np, size_t i, const char *rule, int *hit)
{
	size_t q, k;
	int rc;
	if (!a || a->gz == GZ_FIRM || !ent__is_state_mention(a))
		return ENT_OK;
	for (q = 0; q < np; q++)
		if (!strcmp(par[q]->code, a->code))
			return ENT_OK;
	*hit = 1;
	for (q = 0; q < np; q++) {
		for (k = 0; k < q && strcmp(par[k]->code, par[q]->code); k++)
			;
		if (k == q && (rc = add_stance1(d, s, a, par[q], ENT_POLARITY_OPPOSE, i, s->t1, rule)))
			return rc;
	}
	return ENT_OK;
}

static int stance_object_drill(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *par[6];
	size_t j = i + 1, np, v = i, end;
	*hit = 0;
	j = past_time_words(d, s, j); /* "issued a warning on Sunday against" */
	if (KIN(d, i, w_oppose_n)) {
		if ((v = voice_verb_before(d, s, i)) == NONE)
			return ENT_OK; /* "raised objections to" */
		if (j >= s->t1 || !(kis(d, j, "to") || kis(d, j, "against")))
			return ENT_OK;
	}
	if (j < s->t1 && (kis(d, j, "to") || kis(d, j, "against")))
		j++;
	np = drill_phrase_parties(d, s, j, par, &end);
	if (!np || negated(d, s, i))
		return ENT_OK;
	return oppose_drill_parties(d, s, stance_actor(d, s, v), par, np, i,
				    "stance.object_drill", hit);
}

/* verbs of naming a deed what it is: "called the drills a rehearsal" */
static const char *w_name_v[] = {"called", "calls", "call", "described", "describes", "termed",
				 "terms", "branded", "brands", "labelled", "labeled", "labels",
				 NULL};

/* A name of war given to a deed from token j: "a rehearsal for
 * invasion", "an \"obvious expression of their will to provoke war\"",
 * "a prelude to aggression": "a/an" and at most eight words (quote marks
 * pass) up to a word of war. */
static int war_label(const dctx *d, const span *s, size_t j)
{
	static const char *w_war_n[] = {"war", "invasion", "aggression", "attack", "rehearsal",
					"rehearsals", NULL};
	size_t n;
	if (j < s->t1 && skip_quote(d, j))
		j++;
	if (j >= s->t1 || !(kis(d, j, "a") || kis(d, j, "an")))
		return 0;
	for (j++, n = 0; j < s->t1 && n < 10; j++, n++) {
		if (kin_local(d, j, w_war_n))
			return 1;
		if (!(quote_mark(d, j) || (d->t.v[j].kind == TK_WORD && !KIN(d, j, w_negation))))
			return 0;
	}
	return 0;
}

/* "X called (considers, described) the war games between A and B
 * counterproductive (a provocation)", "X said (that) the Indo-US military
 * exercises violate the border pacts": a drill judged is opposed in each
 * of its parties, X not among them (stance.judged_drill). i is the verb
 * of naming, deeming or saying. */
static int stance_judged_drill(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_deem_v[] = {"called", "calls", "call", "described", "describes",
					 "termed", "terms", "branded", "brands", "labelled",
					 "labeled", "labels", "considers", "considered", "consider",
					 "deems", "deemed", "views", "viewed", "sees", "saw", "regarded",
					 "regards", "regard", NULL};
	static const char *w_breach_v[] = {"violates", "violate", "violated", "breach",
					   "breaches", "breached", "undermine", "undermines",
					   "threaten", "threatens", "endanger", "endangers", NULL};
	const mention *par[6];
	size_t j = i + 1, np, q, k, end;
	int say = kin_local(d, i, w_say_that);
	*hit = 0;
	if (!say && !kin_local(d, i, w_deem_v))
		return ENT_OK;
	if (say && j < s->t1 && kis(d, j, "that"))
		j++;
	np = drill_phrase_parties(d, s, j, par, &end);
	if (!np && !say && j + 2 < s->t1 && kis(d, j, "the") && !negated(d, s, i)) {
		/* "the Russian Foreign Ministry described the exercises as a
		 * provocation": the drill told before, judged (stop 41) */
		for (k = j + 1; k < s->t1 && k < j + 4 && !KIN(d, k, w_exercise) &&
				d->t.v[k].kind == TK_WORD && !mention_at(d, s, k);
		     k++)
			;
		if (k < s->t1 && KIN(d, k, w_exercise) && judgement_after(d, s, k + 1))
			return condemn_drill_object(d, s, i, j, 0, hit);
		return ENT_OK;
	}
	if (!np || end >= s->t1 || negated(d, s, i))
		return ENT_OK;
	if (say) {
		/* the drill is the subject of a verb of breach, or "is/are" a
		 * judgement: "... violates the spirit of", "are a provocation" */
		for (k = end, q = 0; k < s->t1 && q < 14 && !kin_local(d, k, w_breach_v) &&
				     !kin_local(d, k, w_judge_v);
		     k++, q++)
			/* past "being held near the Line of Actual Control
			 * (LAC) \"" */
			if (d->t.v[k].kind == TK_PUNCT && !kis(d, k, "-") && !kis(d, k, "(") &&
			    !kis(d, k, ")") && !quote_mark(d, k))
				return ENT_OK;
		if (k >= s->t1 || q >= 14 ||
		    !(kin_local(d, k, w_breach_v) ||
		      (kin_local(d, k, w_judge_v) && judgement_after(d, s, k + 1))))
			return ENT_OK;
	} else {
		int tobe = end + 1 < s->t1 && kis(d, end, "to") && kis(d, end + 1, "be");
		if (tobe)
			end += 2; /* "considers ... to be counterproductive (to ...)" */
		if (!tobe && end < s->t1 && (kis(d, end, "near") || kis(d, end, "off") ||
					     kis(d, end, "in") || kis(d, end, "around"))) {
			/* "regarded exercises by A and B near the island of
			 * Hokkaido as a threat": past the place (stop 48) */
			size_t pa;
			for (pa = end + 1; pa < s->t1 && pa < end + 10 && !kis(d, pa, "as") &&
					   d->t.v[pa].kind != TK_PUNCT;
			     pa++)
				;
			if (pa < s->t1 && kis(d, pa, "as"))
				end = pa;
		}
		if (!judgement_after(d, s, end) &&
		    !(tobe && end < s->t1 && kin_local(d, end, w_judge_adj)) &&
		    !(kin_local(d, i, w_name_v) && war_label(d, s, end)))
			return ENT_OK;
	}
	return oppose_drill_parties(d, s, stance_actor(d, s, i), par, np, i,
				    "stance.judged_drill", hit);
}

/* "X would not back (does not support) Y's efforts (the Yn plan, US
 * efforts) to ...": refusing to back what a state attempts opposes it
 * (stance.not_backing). i is a verb of support the sentence negates. */
static int not_backing_effort(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_back_base[] = {"back", "support", "endorse", "backing", "supporting",
					    "endorsing", NULL};
	static const char *w_effort_n[] = {"efforts", "effort", "plan", "plans", "bid", "bids",
					   "proposal", "proposals", "push", "attempt", "attempts",
					   "move", "moves", "initiative", NULL};
	const mention *t, *a;
	size_t j = i + 1, e = 0;
	*hit = 0;
	if (!kin_local(d, i, w_back_base) || !negated(d, s, i) || j + 1 >= s->t1)
		return ENT_OK;
	if (kis(d, j, "the"))
		j++;
	t = named_state(d, s, j, &e);
	if (!t || t->gz == GZ_FIRM || e >= s->t1)
		return ENT_OK;
	if (!kin_local(d, e, w_effort_n))
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM || !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.not_backing");
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

/* "Y was (warmly) praised (hailed, commended) by Z": the state Y right
 * before the form of "be" (or "been") before the passive verb at token v;
 * not "welcomed", which may be a guest's reception. */
static const mention *praised_subject(const dctx *d, const span *s, size_t v)
{
	size_t b = ly_adverb(d, v - 1) ? v - 2 : v - 1, k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 == b && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    m->gz != GZ_DEMONYM && !m->possessive)
			return m;
		if (b > s->t0 && kis(d, b - 1, "has") && m->t1 == b - 1 &&
		    ent__is_state_mention(m) && m->gz != GZ_FIRM && m->gz != GZ_DEMONYM &&
		    !m->possessive)
			return m; /* "Y has been praised by" */
	}
	return NULL;
}

/* "Y's decision was welcomed (praised, hailed) by Z / the Zn president /
 * Z's foreign minister": each state Z backs Y, the one owner of the
 * subject (subject_owner) before the passive verb at token i. */
static int welcomed_by(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *t = subject_owner(d, s, i), *z, *c[6];
	size_t j = i + 2, e, n, k;
	int rc;
	if (!t && !(kis(d, i, "welcomed") || kis(d, i, "welcome")))
		t = praised_subject(d, s, i);
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
	static const char *w_pact_n[] = {"agreement", "deal", "accord", "pact", "treaty", NULL};
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	/* "welcomed the landmark mutual defence deal struck between A and
	 * B": a pact between two states, over up to four words in small
	 * letters before it and a participle after it (stop 64) */
	for (q = j; q < s->t1 && q < j + 5 && d->t.v[q].kind == TK_WORD && !d->t.v[q].upper &&
		    !kin_local(d, q, w_pact_n);
	     q++)
		;
	if (q < s->t1 && q < j + 5 && kin_local(d, q, w_pact_n)) {
		j = q + 1;
		if (j < s->t1 && kin_local(d, j, w_struck))
			j++;
	} else if (j >= s->t1 || !kin_local(d, j, w_mend_n)) {
		return ENT_OK;
	} else {
		j++;
	}
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

/* The pact of two states a unit tells: "A and B agreed (signed, reached,
 * decided ...)", "A and B's move (decision, agreement)", "the A-B accord
 * (relations, ties)", "the agreement between A and B"; 1 and the two codes
 * in out, 0 when the unit tells none. */
static const char *w_pact_v[] = {"agreed", "signed", "reached", "decided", "sealed", "struck",
				 "inked", "concluded", "restored", "normalised", "normalized",
				 "resumed", NULL};
static const char *w_pact_ref_n[] = {"agreement", "deal", "accord", "pact", "treaty", "move",
				     "decision", "rapprochement", "reconciliation", "relations",
				     "ties", "normalization", "normalisation", NULL};

static int pact_state(const mention *m)
{
	return m && ent__is_state_mention(m) && m->gz != GZ_FIRM && m->code;
}

static int unit_pact(const dctx *d, size_t ui, const char **out)
{
	const unit *u = &d->units[ui];
	size_t k, a, n;
	for (k = u->m0; k + 1 < u->m1; k++) {
		const mention *m = M(d, k), *b = M(d, k + 1);
		if (!pact_state(m) || !pact_state(b) || m->possessive ||
		    !strcmp(m->code, b->code) || b->t0 != m->t1 + 1 ||
		    !(kis(d, m->t1, "and") || kis(d, m->t1, "-")))
			continue;
		a = b->t1 + (b->possessive ? 1 : 0);
		for (n = 0; a < u->t1 && n < 3 && d->t.v[a].kind == TK_WORD && !d->t.v[a].upper;
		     a++, n++) {
			if ((b->possessive || kis(d, m->t1, "-") || n > 0) &&
			    kin_local(d, a, w_pact_ref_n))
				break; /* "A and B's move", "the A-B accord" */
			if (!b->possessive && !kis(d, m->t1, "-") && kin_local(d, a, w_pact_v))
				break; /* "A and B agreed" */
		}
		if (a >= u->t1 || n == 3 || d->t.v[a].kind != TK_WORD || d->t.v[a].upper)
			continue;
		out[0] = m->code;
		out[1] = b->code;
		return 1;
	}
	for (k = u->m0; k + 1 < u->m1; k++) {
		const mention *m = M(d, k), *b = M(d, k + 1);
		if (m->t0 < 2 + u->t0 || !kis(d, m->t0 - 1, "between") ||
		    !kin_local(d, m->t0 - 2, w_pact_ref_n) || !pact_state(m) || !pact_state(b) ||
		    m->possessive || b->t0 != m->t1 + 1 || !kis(d, m->t1, "and") ||
		    !strcmp(m->code, b->code))
			continue;
		out[0] = m->code; /* "the agreement between A and B" */
		out[1] = b->code;
		return 1;
	}
	return 0;
}

/* The pact an object with no state stands for ("welcomed the deal"): the
 * one told in the two units before s, or else in the headline (unit 0);
 * 1 and its two codes, 0 when none is told or two different ones are. */
static int recent_pact(const dctx *d, const span *s, const char **out)
{
	const char *p[2];
	size_t ui, lo;
	int n = 0;
	if (s->unit < 0)
		return 0;
	lo = s->unit > 2 ? (size_t)s->unit - 2 : 0;
	for (ui = lo; ui < (size_t)s->unit; ui++) {
		if (!unit_pact(d, ui, p))
			continue;
		if (n && !((!strcmp(p[0], out[0]) && !strcmp(p[1], out[1])) ||
			   (!strcmp(p[0], out[1]) && !strcmp(p[1], out[0]))))
			return 0; /* two pacts: which one is meant is not known */
		out[0] = p[0];
		out[1] = p[1];
		n = 1;
	}
	if (!n && lo > 0 && unit_pact(d, 0, p)) {
		out[0] = p[0];
		out[1] = p[1];
		n = 1;
	}
	return n;
}

/* "China has condemned the pact (alliance, accord ...)": the pact told in
 * the unit before or the one before that with two or more states listed
 * together ("The Aukus deal brings Australia, the UK and the US together
 * in a defence alliance"), or "the agreement between A and B" told right
 * after the noun, is opposed in each of them, not X.  i is the
 * verb; the noun closes its clause.  The first member goes to *t (for
 * the caller's stance), the others get theirs here; 0 when no pact. */
static int condemned_pact(dctx *d, const span *s, size_t i, const mention *a, size_t next,
			  const mention **t)
{
	static const char *w_pact_n[] = {"pact", "alliance", "accord", "treaty", "partnership",
					 "agreement", "grouping", "bloc", NULL};
	static const char *w_pact_any[] = {"pact", "alliance", "accord", "treaty", "partnership",
					   "agreement", "grouping", "bloc", "deal", NULL};
	const mention *list[8];
	size_t j = i + 1, n = 0, ui, k, q;
	int rc;
	*t = NULL;
	if (j + 1 >= s->t1 || !(kis(d, j, "the") || kis(d, j, "this") || kis(d, j, "that")) ||
	    !kin_local(d, j + 1, w_pact_n))
		return ENT_OK;
	j += 2;
	if (j + 1 < s->t1 && kis(d, j, "between")) {
		/* "criticized the agreement between A and B (which was signed
		 * on Monday)": the pact's parties follow it */
		const mention *m = mention_at(d, s, j + 1 + (kis(d, j + 1, "the") ? 1 : 0));
		if (!m || !ent__is_state_mention(m) || m->possessive ||
		    m->t0 > j + 2 || (n = coordinated_pp(d, s, m, list, 8, 1)) < 2)
			return ENT_OK;
		for (q = 0; q < n; q++)
			if (list[q]->possessive || list[q]->gz == GZ_DEMONYM ||
			    list[q]->gz == GZ_FIRM)
				return ENT_OK;
	} else if (j < s->t1 && !kis(d, j, ".") && !kis(d, j, ",") && !kis(d, j, "as") &&
		   !kis(d, j, "and") && !quote_mark(d, j))
		return ENT_OK;
	for (ui = s->unit < 1 ? 0 : (size_t)s->unit; ui > 0 && ui + 2 >= (size_t)s->unit && !n;
	     ui--) {
		span p;
		span_of_unit(d, ui - 1, &p);
		if (find_in(d, p.t0, p.t1, w_pact_any) == NONE)
			continue;
		for (k = p.m0; k < p.m1 && !n; k++) {
			const mention *m = M(d, k);
			if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || m->gz == GZ_DEMONYM ||
			    m->possessive)
				continue;
			n = coordinated(d, &p, m, list, 8);
			if (n < 2)
				n = 0;
			for (q = 0; q < n; q++)
				if (list[q]->possessive || list[q]->gz == GZ_DEMONYM ||
				    list[q]->gz == GZ_FIRM)
					n = 0;
		}
	}
	if (n < 2)
		return ENT_OK;
	for (q = 0; q < n; q++) {
		if (!strcmp(list[q]->code, a->code))
			continue;
		if (!*t) {
			*t = list[q];
			continue;
		}
		if ((rc = add_stance(d, s, a, list[q], ENT_POLARITY_OPPOSE, i, next,
				     "stance.condemned_pact")))
			return rc;
	}
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
	/* what stands for a pact told just before (recent_pact) */
	static const char *w_pact_anaphor_n[] = {"agreement", "deal", "accord", "rapprochement",
						 "pact", "move", "initiative", "announcement",
						 "normalization", "normalisation", NULL};
	mention pair[2];
	const mention *a, *ca[6];
	const char *codes[2];
	size_t j = i + 1, na, k, q;
	int rc;
	if (j + 1 >= s->t1 || !(kis(d, j, "the") || kis(d, j, "this")))
		return ENT_OK;
	if (d->focus[0][0] && d->focus_n >= 2 && kis(d, j, "the") &&
	    kin_local(d, j + 1, w_pact_n)) {
		codes[0] = d->focus[0];
		codes[1] = d->focus[1];
	} else if (!kin_local(d, j + 1, w_pact_anaphor_n) || !recent_pact(d, s, codes))
		return ENT_OK;
	j += 2;
	if (j < s->t1 && !kis(d, j, ".") && !kis(d, j, ",") && !kis(d, j, ";") &&
	    !kis(d, j, "and") && !kis(d, j, "but") && !quote_mark(d, j))
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM || a->possessive || believed(d, s, a))
		return ENT_OK;
	*hit = 1;
	na = coordinated(d, s, a, ca, 6);
	for (q = 0; q < na; q++) {
		if (!strcmp(ca[q]->code, codes[0]) || !strcmp(ca[q]->code, codes[1]))
			continue;
		for (k = 0; k < 2; k++) {
			pair[k] = *ca[q];
			pair[k].code = codes[k];
			if ((rc = add_stance1(d, s, ca[q], &pair[k], ENT_POLARITY_SUPPORT, i, s->t1,
					      "stance.welcomed_pact")))
				return rc;
		}
	}
	return ENT_OK;
}

/* "X thanked Y for the (new) aid package / the sale of ...", "X expressed
 * (its) gratitude to Y for ...", "X is grateful to Y for ...": X backs Y,
 * the state thanked for an act of giving (gratitude is approval, as praise
 * is); y is that state, the word of thanks is at v and "for" at j.
 * "for its/their support" is stance.thanks (Y backs X) and stays so.
 * With y NULL ("X is grateful for the Yn aid / support") Y is the
 * demonym before the word of aid. */
/* Is a word of list l at token j or within the next two, with only
 * lower-case words before it ("for Y's clear position", "for its firm
 * stance")? */
static int noun_after_lower(const dctx *d, const span *s, size_t j, const char *const *l)
{
	size_t n;
	for (n = 0; j < s->t1 && n < 3; j++, n++) {
		if (kin_local(d, j, l))
			return 1;
		if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
			return 0;
	}
	return 0;
}

/* After the possessive "for Y's" (token j, the ending "s" counted): at most
 * one lower-case word, then a noun of help or of a stand taken ("clear
 * position", "support", "aid package"). */
static int grateful_noun(const dctx *d, const span *s, size_t j)
{
	static const char *w_stand_n[] = {"support", "backing", "help", "assistance", "aid",
					  "position", "stance", "stand", "solidarity", "package",
					  "contribution", "role", "efforts", NULL};
	return noun_after_lower(d, s, j, w_stand_n);
}

/* After "for its/their" (token j the next one): at most two lower-case
 * words, then a noun of a stand taken ("clear position", "firm stance",
 * "solidarity"); help and support stay the thanked state's backing
 * (stance.thanks).  test_extract_stance_labels.c */
static int stand_taken(const dctx *d, const span *s, size_t j)
{
	static const char *w_taken_n[] = {"position", "positions", "stance", "stand",
					  "solidarity", NULL};
	return noun_after_lower(d, s, j, w_taken_n);
}

/* Does the object of a verb end at token e: the end of the clause, or a
 * phrase of time, place or manner ("praised Y.", "thanked Y on Monday",
 * "praised Y in a statement")?  (stance.praised_for, stance.gratitude) */
static int object_ends(const dctx *d, const span *s, size_t e)
{
	static const char *w_adjunct[] = {"on", "in", "during", "at", "after", "while", "when",
					  NULL};
	return e >= s->t1 || kis(d, e, ".") || kis(d, e, ",") || kis(d, e, ";") ||
	       kis(d, e, ":") || kin_local(d, e, w_adjunct);
}

/* After "thanked" (j the next token): "(the) Yn government / navy /
 * armed forces / people", a state's body; the state, and *end the token
 * after the body's noun, or NULL. */
static const mention *thanked_body(const dctx *d, const span *s, size_t j, size_t *end)
{
	static const char *w_body_n[] = {"navy", "people", "government", "army", "military",
					 "authorities", "leadership", "forces", "force", "side",
					 NULL};
	const mention *t;
	size_t e = 0;
	if (!(t = named_state(d, s, j, &e)))
		return NULL;
	/* "naval force", "armed forces", "air force": one word before the noun */
	if (e + 1 < s->t1 && d->t.v[e].kind == TK_WORD && !d->t.v[e].upper &&
	    !kin_local(d, e, w_body_n) && kin_local(d, e + 1, w_body_n))
		e++;
	if (e >= s->t1 || !kin_local(d, e, w_body_n))
		return NULL;
	*end = e + 1;
	return t;
}

static int gratitude_for(dctx *d, const span *s, size_t v, const mention *y, size_t j, int *hit)
{
	static const char *w_backing_n[] = {"support", "backing", "help", "assistance", "aid",
					    NULL};
	static const char *w_gift_n[] = {"package", "packages", "aid", "assistance", "weapons",
					 "arms", "sale", "sales", "donation", "donations",
					 "delivery", "deliveries", "equipment", "supplies",
					 "contribution", "contributions", "gift", "help", "efforts",
					 "mediation", "partnership", "cooperation", "friendship",
					 NULL};
	/* deeds of help thanked for ("for gifting"), not courtesies ("for
	 * hosting the meeting") */
	static const char *w_help_ing[] = {"gifting", "donating", "supplying", "providing",
					   "delivering", "sending", "helping", "supporting",
					   "backing", "assisting", "training", "funding",
					   "financing", "equipping", "standing", NULL};
	const mention *a, *m;
	size_t f, qm = 0;
	if ((y && (y->possessive || y->gz == GZ_FIRM || !ent__is_state_mention(y))) ||
	    j + 2 >= s->t1 || !kis(d, j, "for"))
		return ENT_OK;
	for (f = j + 1; f < s->t1 && f < j + 6 + qm; f++) {
		if (!y && (m = mention_at(d, s, f)) != NULL && m->gz == GZ_DEMONYM &&
		    ent__is_state_mention(m) && m->t1 < s->t1 &&
		    (kin_local(d, m->t1, w_gift_n) || kis(d, m->t1, "support"))) {
			/* "grateful for the Yn aid / support": Y is thanked */
			y = m;
			f = m->t1;
			break;
		}
		if (!y && (m = mention_at(d, s, f)) != NULL && m->possessive &&
		    m->gz != GZ_DEMONYM && m->gz != GZ_FIRM && ent__is_state_mention(m) &&
		    grateful_noun(d, s, m->t1)) {
			/* "thanked (him) for Y's clear position / support" */
			y = m;
			f = m->t1;
			break;
		}
		/* "for the (gifted) frigate", "for the two submarines": goods
		 * thanked for are a gift or a sale */
		if (y && (m = mention_at(d, s, f)) != NULL && m->gz == GZ_WEAPON)
			break;
		if (y && d->t.v[f].kind == TK_NUM)
			continue; /* "for the 12 drones" */
		if (y && quote_mark(d, f)) {
			qm++; /* "for the \"important and historic\" decision" */
			continue;
		}
		if (d->t.v[f].kind != TK_WORD || d->t.v[f].upper || mention_at(d, s, f))
			return ENT_OK;
		if (y && (kin_local(d, f, w_gift_n) || (f == j + 1 && kin_local(d, f, w_help_ing))))
			break; /* "for the aid", "for gifting a ship" */
		if (y && (kis(d, f, "decision") || kis(d, f, "pledge")) && f + 2 < s->t1 &&
		    kis(d, f + 1, "to") && KIN(d, f + 2, w_supply_verb))
			break; /* "for the decision to transfer the aircraft" */
		if (y && (kis(d, f, "its") || kis(d, f, "their")) && stand_taken(d, s, f + 1)) {
			f = j + 1; /* "thanked Y for its clear position": X backs Y */
			break;
		}
		if (y && f == j + 1 && KIN(d, j - 1, w_gov_noun) &&
		    (kis(d, f, "its") || kis(d, f, "their") || kis(d, f, "that") ||
		     kis(d, f, "this")) &&
		    noun_after_lower(d, s, f + 1, w_backing_n)) {
			/* "thanked the Yn government for its (that) support":
			 * Y backs the one who thanks, who backs Y */
			int rc;
			a = stance_actor(d, s, v);
			*hit = 1;
			if (!a || a->gz == GZ_FIRM || !strcmp(a->code, y->code))
				return ENT_OK;
			if ((rc = add_state_stance(d, s, y, a, ENT_POLARITY_SUPPORT, v,
						   "stance.thanks")))
				return rc;
			return add_state_stance(d, s, a, y, ENT_POLARITY_SUPPORT, v, "stance.thanks");
		}
	}
	if (f >= s->t1 || f >= j + 6 + qm)
		return ENT_OK;
	a = stance_actor(d, s, v);
	*hit = 1;
	return add_state_stance(d, s, a, y, ENT_POLARITY_SUPPORT, v, "stance.gratitude");
}

/* "appealed to Y", "made a (direct) appeal to Y": a call on Y at i
 * (stance.call_to_stop, test_extract_stance_measures.c). */
static int appeal_to(const dctx *d, const span *s, size_t i)
{
	return K(i)[0] == 'a' && i + 1 < s->t1 && kis(d, i + 1, "to") &&
	       (kis(d, i, "appealed") || kis(d, i, "appeals") || kis(d, i, "appeal") ||
		kis(d, i, "appealing"));
}

/* The callees of a call from t (ending at te) into tv (at most 4, *nt
 * their number): "urged the US government", "appealed to X and Y", "to
 * X, Y and other countries"; the token after the last. */
static size_t more_callees(const dctx *d, const span *s, const mention *t, size_t te,
			   const mention **tv, size_t *nt)
{
	static const char *w_gov_n[] = {"government", "administration", "authorities", NULL};
	static const char *w_others_n[] = {"countries", "nations", "states", "partners", "allies",
					   "governments", NULL};
	const mention *m;
	size_t e = 0;
	tv[0] = t;
	*nt = 1;
	for (;;) {
		if (te < s->t1 && kin_local(d, te, w_gov_n))
			te++; /* "the US government" */
		if (te + 2 >= s->t1 || !(kis(d, te, "and") || kis(d, te, ",")))
			return te;
		if (kis(d, te + 1, "other") && kin_local(d, te + 2, w_others_n))
			return te + 3; /* "X and other countries" */
		if (*nt >= 4 || (m = named_state(d, s, te + 1, &e)) == NULL || m->possessive ||
		    m->gz == GZ_DEMONYM)
			return te;
		tv[(*nt)++] = m;
		te = e;
	}
}

/* After a callee ending at te: "against selling Y F-16s", "not to
 * supply arms to Y", "against arming Y": the recipient of the sale the
 * call would stop, or NULL (stance.call_against_sale,
 * test_extract_stance_measures.c). */
static const mention *sale_urged_against(const dctx *d, const span *s, size_t te)
{
	static const char *w_sell_v[] = {"selling", "sell", "supplying", "supply", "delivering",
					 "deliver", "providing", "provide", "transferring",
					 "transfer", "exporting", "export", "arming", "arm", NULL};
	const mention *m;
	size_t k, n, e = 0;
	if (te + 2 >= s->t1)
		return NULL;
	if (kis(d, te, "against"))
		k = te + 1;
	else if (kis(d, te, "not") && kis(d, te + 1, "to"))
		k = te + 2;
	else
		return NULL;
	if (!kin_local(d, k, w_sell_v))
		return NULL;
	m = named_state(d, s, k + 1, &e); /* "selling Y F-16s", "arming Y" */
	if (m)
		return m->possessive || m->gz == GZ_DEMONYM ? NULL : m;
	for (k++, n = 0; k + 1 < s->t1 && n < 8; k++, n++) {
		if (kis(d, k, ",") || kis(d, k, ";") || kis(d, k, "and"))
			return NULL;
		if (kis(d, k, "to")) {
			m = named_state(d, s, k + 1, &e);
			return m && !m->possessive && m->gz != GZ_DEMONYM ? m : NULL;
		}
	}
	return NULL;
}

/* "urged Y to renounce (revoke, rescind, retract, scrap) ...", "to adhere
 * to (stick to, abide by) ...": at v, a call to give up an act or to keep
 * to a rule the callee is told it breaks (stance.call_to_stop,
 * test_extract_accusation.c). */
static int call_to_comply(const dctx *d, const span *s, size_t v)
{
	static const char *w_give_up[] = {"renounce", "revoke", "rescind", "retract", "scrap",
					  NULL};
	static const char *w_rule_n[] = {"law", "laws", "ruling", "award", "rules", "norms",
					 "verdict", "judgment", "judgement", "obligations",
					 "resolution", "resolutions", "sanctions", "commitments",
					 "treaty", "ceasefire", "charter", NULL};
	const char *k = K(v);
	size_t j;
	if (k[0] != 'r' && k[0] != 's' && k[0] != 'a' && k[0] != 'c' && k[0] != 'h')
		return 0;
	if (kin_local(d, v, w_give_up))
		return 1;
	if ((v + 1 < s->t1 && kis(d, v, "comply") && kis(d, v + 1, "with")) || kis(d, v, "respect") ||
	    kis(d, v, "honour") || kis(d, v, "honor")) {
		/* "to (fully) comply with the award", "to respect
		 * international law": a rule the callee is told it breaks
		 * ("Z's sovereignty" is backing Z; "the delivery schedule" no
		 * rule) */
		for (j = v + 1 + kis(d, v, "comply"); j < s->t1 && j < v + 11; j++) {
			if (kin_local(d, j, w_rule_n))
				return 1;
			if ((d->t.v[j].kind != TK_WORD && d->t.v[j].kind != TK_NUM) ||
			    (mention_at(d, s, j) && mention_at(d, s, j)->kind != MK_YEAR))
				return 0;
		}
		return 0;
	}
	return v + 1 < s->t1 &&
	       (((kis(d, v, "adhere") || kis(d, v, "stick")) && kis(d, v + 1, "to")) ||
		(kis(d, v, "abide") && kis(d, v + 1, "by")));
}

/* "Turkey extended significant diplomatic and military support to Y": a
 * verb of giving before the support noun at i, over lower-case words
 * only, whose subject gives the support; that state, or NULL. */
static const mention *support_giver(const dctx *d, const span *s, size_t i)
{
	static const char *w_give_v[] = {"extended", "extends", "extend", "offered", "offers",
					 "offer", "provided", "provides", "provide", "pledged",
					 "pledges", "pledge", "gave", "gives", "give", "lent",
					 "lends", "lend", "voiced", "reiterated", "reaffirmed",
					 "expressed", NULL};
	static const char *w_give_base[] = {"offer", "provide", "pledge", "give", "lend", NULL};
	size_t v;
	for (v = i; v > s->t0 && i - v < 7; v--) {
		if (kin_local(d, v - 1, w_give_v)) {
			/* "the purpose of the order is to provide support to
			 * Y": an infinitive names no giver */
			if (kin_local(d, v - 1, w_give_base) && v - 1 > s->t0 && kis(d, v - 2, "to"))
				return NULL;
			return stance_actor(d, s, v - 1);
		}
		if (d->t.v[v - 1].kind != TK_WORD || d->t.v[v - 1].upper)
			return NULL;
	}
	return NULL;
}

/* "thanked Japan for its (that) support": the state a right before "for
 * its / their / that / this" and the support noun at i ("thanked the Yn
 * government for its support" is gratitude_for's). */
static int thanked_for_its(const dctx *d, const span *s, const mention *a, size_t i)
{
	size_t e = a->t1;
	return a->t0 > s->t0 + 1 && e + 4 >= i && e + 1 < s->t1 && kis(d, e, "for") &&
	       (kis(d, e + 1, "its") || kis(d, e + 1, "their") || kis(d, e + 1, "that") ||
		kis(d, e + 1, "this"));
}

/* After "thanked" (j the next token): "Name and (the) Y ...", a person
 * named before the state thanked with them ("thanked Rossi and the Yn
 * people"), gives the token after "and"; else j (stance.gratitude,
 * test_extract_accusation.c). */
static size_t thanked_person_and(const dctx *d, const span *s, size_t j)
{
	if (j + 2 < s->t1 && d->t.v[j].kind == TK_WORD && d->t.v[j].upper &&
	    !mention_at(d, s, j) && kis(d, j + 1, "and")) {
		j += 2;
		if (kis(d, j, "the") && j + 1 < s->t1)
			j++;
	}
	return j;
}

/* After "thanked" (j the next token): "(the) Yn President First Last for
 * Y's (his) solidarity and support (with X)", a person the document ties
 * to a state, then "for" and help that state owns: Y backs the one who
 * thanks, who backs Y in turn (stance.thanks; test_extract_stance_lists.c). */
static int thanked_person_for(dctx *d, const span *s, size_t v, size_t j, int *hit)
{
	static const char *w_help_n[] = {"support", "backing", "solidarity", "help", "assistance",
					 "aid", "efforts", NULL};
	const mention *p = NULL, *y = NULL, *a, *m;
	size_t n, f;
	int rc;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	for (n = 0; j < s->t1 && n < 8 && !kis(d, j, "for"); n++) {
		if (d->t.v[j].kind != TK_WORD || !d->t.v[j].upper)
			return ENT_OK;
		if ((m = mention_at(d, s, j)) != NULL && m->leader && !m->possessive) {
			p = m;
			j = m->t1;
			continue;
		}
		if (person_at(d, j))
			p = person_at(d, j);
		j++;
	}
	if (!p || j + 2 >= s->t1 || !kis(d, j, "for"))
		return ENT_OK;
	j++;
	if (kis(d, j, "his") || kis(d, j, "her")) {
		y = p;
		j++;
	} else if ((m = mention_at(d, s, j)) != NULL && m->possessive && m->gz != GZ_DEMONYM &&
		   m->gz != GZ_FIRM && ent__is_state_mention(m)) {
		y = m;
		j = m->t1;
		if (j < s->t1 && kis(d, j, "'s"))
			j++;
	}
	if (!y && p->code) {
		/* "thanked Yn President Z for this \"healthy and sincere\"
		 * partnership": the one who thanks backs Z's state (stop 37) */
		static const char *w_bond_n[] = {"partnership", "cooperation", "friendship",
						 "support", "help", "assistance", "aid", NULL};
		for (f = j, n = 0; f < s->t1 && n < 7 && !kin_local(d, f, w_bond_n); f++, n++)
			if (!(quote_mark(d, f) || (d->t.v[f].kind == TK_WORD && !d->t.v[f].upper)))
				return ENT_OK;
		if (f >= s->t1 || n >= 7 || !(a = stance_actor(d, s, v)) || !a->code ||
		    !strcmp(a->code, p->code))
			return ENT_OK;
		*hit = 1;
		return add_state_stance(d, s, a, p, ENT_POLARITY_SUPPORT, v, "stance.gratitude");
	}
	if (!y || !y->code)
		return ENT_OK;
	for (f = j; f < s->t1 && f < j + 3 && !kin_local(d, f, w_help_n); f++)
		if (d->t.v[f].kind != TK_WORD || d->t.v[f].upper)
			return ENT_OK;
	if (f >= s->t1 || f >= j + 3)
		return ENT_OK;
	a = stance_actor(d, s, v);
	*hit = 1;
	if (!a || a->gz == GZ_FIRM || !a->code || !strcmp(a->code, y->code))
		return ENT_OK;
	if ((rc = add_state_stance(d, s, y, a, ENT_POLARITY_SUPPORT, v, "stance.thanks")))
		return rc;
	return add_state_stance(d, s, a, y, ENT_POLARITY_SUPPORT, v, "stance.thanks");
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
/* "Y's bid", "the Yn candidacy (plan, proposal)": a possessive or a
 * demonym state m right before a noun of a bid or a plan of its own. */
static int bid_after(const dctx *d, const span *s, const mention *m)
{
	static const char *w_bid[] = {"bid", "bids", "candidacy", "candidature", "plan",
				      "proposal", "initiative", "application", NULL};
	size_t b = m->t1 < s->t1 && kis(d, m->t1, "'s") ? m->t1 + 1 : m->t1;
	return (m->possessive || m->gz == GZ_DEMONYM) && b < s->t1 && kin_local(d, b, w_bid);
}

/* After "throw" at j-1: "its/their/his/her/our (full) weight behind";
 * the token after "behind", or 0. */
static size_t weight_behind(const dctx *d, const span *s, size_t j)
{
	static const char *w_poss[] = {"its", "their", "his", "her", "our", NULL};
	size_t v = j - 1; /* the verb */
	if (j >= s->t1 || !kin_local(d, j, w_poss))
		return 0;
	j++;
	if (j < s->t1 && (kis(d, j, "full") || kis(d, j, "political") || kis(d, j, "diplomatic")))
		j++;
	if (j + 2 >= s->t1 || !kis(d, j, "weight") || !kis(d, j + 1, "behind"))
		return 0;
	/* "X seems / appears to have thrown ...": a guess, not a stance */
	if (v >= s->t0 + 3 && kis(d, v - 1, "have") && kis(d, v - 2, "to") &&
	    (kis(d, v - 3, "seems") || kis(d, v - 3, "seemed") || kis(d, v - 3, "appears") ||
	     kis(d, v - 3, "appeared")))
		return 0;
	return j + 2;
}

/* After "X called/considers/regards Y" (e the token after Y): "(as) (a /
 * the) (his / its / the country's) ("strongest") ally (partner, friend)"
 * is support (1), "... enemy (adversary, foe, threat, challenge)"
 * opposition (2), "identified Y as" too; 0 when
 * no such noun follows within eight tokens of small words, quote
 * marks and adjectives (stance.called_ally, test_extract_allies.c). */
static int called_ally(const dctx *d, const span *s, size_t e)
{
	static const char *w_ally_n[] = {"ally", "allies", "partner", "partners", "friend",
					 "friends", "brother", "brothers", NULL};
	static const char *w_foe_n[] = {"enemy", "enemies", "adversary", "adversaries", "foe",
					"foes", "threat", "threats", "challenge", "terrorist",
					"aggressor", "occupier", "pariah", "rogue", NULL};
	const mention *m;
	size_t j, n;
	for (j = e, n = 0; j < s->t1 && n < 8; j++, n++) {
		const tok *t = &d->t.v[j];
		if (kis(d, j, "to") || kis(d, j, "of"))
			break; /* "called Y to challenge the ruling", "a victim of" */
		if (kin_local(d, j, w_ally_n))
			return 1;
		if (kin_local(d, j, w_foe_n))
			return 2;
		if (t->kind == TK_WORD && !t->upper)
			continue; /* "as", "a", "his", "country", "strongest", "s" */
		if (t->kind == TK_PUNCT && (quote_mark(d, j) || kis(d, j, "'") || kis(d, j, "-")))
			continue;
		if (t->upper && kis(d, e, "as") && (m = mention_at(d, s, j)) != NULL &&
		    m->t0 == j && m->possessive && ent__is_state_mention(m)) {
			/* "as Cambodia's most trusted friend", not "called Y
			 * Z's enemy" (stop 57) */
			j = m->t1 - 1;
			continue;
		}
		break;
	}
	return 0;
}

/* "Xn / X's (formal) recognition of Y's sovereignty (of the independence
 * of Y)" at token i ("recognition"): the state that recognises, right
 * before the noun (over one adjective), or NULL (stance.recognition_noun,
 * test_extract_allies.c). */
/* "issued a joint statement calling for international recognition of the
 * State of Palestine": the caller, when a verb of calling and "for" stand
 * before the noun at i (over "the" and at most two small words), or NULL
 * (stop 62). */
static const mention *recognition_called(const dctx *d, const span *s, size_t i)
{
	size_t j = i, n = 0;
	while (j > s->t0 && n < 3 && d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper &&
	       !kis(d, j - 1, "for"))
		j--, n++;
	if (j < s->t0 + 2 || !kis(d, j - 1, "for") || !KIN(d, j - 2, w_call) ||
	    negated(d, s, j - 2))
		return NULL;
	return stance_actor(d, s, j - 2);
}

/* The state whose recognition is called for at token j: "of the State of
 * Palestine", "of Kosovo", or one recognised_state names; NULL if none
 * (stop 62). */
static const mention *called_recognised(const dctx *d, const span *s, size_t j)
{
	const mention *y = recognised_state(d, s, j);
	size_t e = 0;
	if (y)
		return y;
	y = named_state(d, s, j, &e); /* "the State of Palestine" may be one name */
	if (!y && j + 3 < s->t1 && kis(d, j, "the") && kis(d, j + 1, "state") &&
	    kis(d, j + 2, "of"))
		y = named_state(d, s, j + 3, &e);
	return y && !y->possessive && y->gz != GZ_DEMONYM && y->gz != GZ_FIRM ? y : NULL;
}

static const mention *recognition_owner(const dctx *d, const span *s, size_t i)
{
	size_t k, end = i;
	if (end > s->t0 && d->t.v[end - 1].kind == TK_WORD && !d->t.v[end - 1].upper &&
	    !kis(d, end - 1, "of"))
		end--; /* "Israel's formal recognition" */
	if (end > s->t0 && kis(d, end - 1, "-"))
		return NULL; /* "non-recognition" */
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 == end && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    (m->possessive || m->gz == GZ_DEMONYM))
			return m;
	}
	return NULL;
}

static int bond_of_pair(dctx *d, const span *s, size_t v, int *hit, const char *rule);

/* "X (and Z) signed a (bilateral, ten-year) security pact (agreement,
 * guarantee) with Y": X, and each state coordinated with X, backs Y; the
 * verb of signing is at token i (stance.security_pact,
 * test_extract_security_pact.c). */
static int security_pact(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_sign_v[] = {"signed", "signs", "sign", "signing", NULL};
	static const char *w_pact_n[] = {"pact", "pacts", "agreement", "agreements", "guarantee",
					 "guarantees", "accord", "accords",
					 /* "a mutual defence treaty" (stop 58) */
					 "treaty", "treaties", NULL};
	const mention *a, *t, *ca[6];
	size_t j, n, na, q;
	int rc;
	if (!kin_local(d, i, w_sign_v) || negated(d, s, i))
		return ENT_OK;
	for (j = i + 1, n = 0; j + 1 < s->t1 && n < 6 && !kis(d, j, "security") &&
			       !(kis(d, j, "defence") || kis(d, j, "defense"));
	     j++, n++)
		if (!(d->t.v[j].kind == TK_WORD && !d->t.v[j].upper) && !kis(d, j, "'") &&
		    !quote_mark(d, j) && !kis(d, j, "-"))
			return ENT_OK; /* small words, "their countries' respective" */
	/* "a mutual defence pact" (stop 57), "a security pact" */
	if (j + 2 >= s->t1 || !kin_local(d, j + 1, w_pact_n) ||
	    !(kis(d, j, "security") || (j > i + 1 && kis(d, j - 1, "mutual"))))
		return ENT_OK;
	if (!kis(d, j + 2, "with")) /* "A and B signed a mutual defence pact" */
		return bond_of_pair(d, s, i, hit, "stance.security_pact");
	t = actor_after(d, s, j + 3, 1, 1);
	a = stance_actor(d, s, i);
	if (!t || t->possessive || !a || a->gz == GZ_FIRM)
		return ENT_OK;
	*hit = 1;
	na = coordinated(d, s, a, ca, 6);
	for (q = 0; q < na; q++)
		if ((rc = add_stance1(d, s, ca[q], t, ENT_POLARITY_SUPPORT, i, s->t1,
				      "stance.security_pact")))
			return rc;
	return ENT_OK;
}

/* "X praised (commended, hailed, lauded) Y (the Yn government) for
 * its/their restraint" or "... Y as a (reliable) partner": X backs Y; the
 * verb is at token i, Y (t) ends before token e.  Not a verb of welcome;
 * "for its support (help)" is Y's backing of X and X's of Y, as "praised
 * Y's support" (stance.welcomed_support). */
static int praised_for(dctx *d, const span *s, size_t i, const mention *t, size_t e, int *hit)
{
	static const char *w_help_n[] = {"support", "backing", "solidarity", "help", "assistance",
					 "aid", NULL};
	static const char *w_part_n[] = {"partnership", "cooperation", "role", "leadership",
					 "contribution", "commitment", NULL};
	const mention *a;
	mention gov;
	size_t j;
	if (!t->possessive && t->gz != GZ_FIRM && e + 1 < s->t1 && KIN(d, e, w_gov_noun) &&
	    !kis(d, e + 1, "'s")) {
		/* "lauded the Chinese government (for ...)": the body is the
		 * state */
		gov = *t;
		gov.gz = GZ_STATE;
		t = &gov;
		e++;
	}
	if (kis(d, i, "welcomed") || kis(d, i, "welcomes") || kis(d, i, "welcome") ||
	    kis(d, i, "welcoming") || t->possessive || t->gz == GZ_DEMONYM || t->gz == GZ_FIRM ||
	    (e + 2 >= s->t1 && !object_ends(d, s, e)))
		return ENT_OK;
	if (kis(d, e, "for") && (kis(d, e + 1, "its") || kis(d, e + 1, "their"))) {
		for (j = e + 2; j < s->t1 && j < e + 5; j++) {
			if (kin_local(d, j, w_help_n)) {
				/* "praised Y for its support": Y backs X, and
				 * praise is backing, as "praised Y's support" */
				int rc;
				a = stance_actor(d, s, i);
				if (!a || a->gz == GZ_FIRM || !a->code || !strcmp(a->code, t->code))
					return ENT_OK;
				*hit = 1;
				if ((rc = add_stance(d, s, t, a, ENT_POLARITY_SUPPORT, i, s->t1,
						     "stance.welcomed_support")))
					return rc;
				return add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
							"stance.welcomed_support");
			}
			/* "praised Y for its partnership in Somalia": praise
			 * of Y's part, no support told of Y (stop 63) */
			if (kin_local(d, j, w_part_n))
				break;
			if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
				return ENT_OK;
		}
	} else if (kis(d, e, "for")) {
		/* "praised Y for gifting the frigate", "for the aid" */
		return gratitude_for(d, s, i, t, e, hit);
	} else if (!(kis(d, e, "as") && called_ally(d, s, e) == 1) && !object_ends(d, s, e)) {
		return ENT_OK;
	}
	a = stance_actor(d, s, i);
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, "stance.praised_for");
}

/* "stand together with Y", "stand (together) in support of Y" at the verb
 * of standing i (not negated): the token after "with"/"of", or 0. */
/* "shoulder to shoulder", "side by side", "side-by-side" at p: the index
 * after the phrase, or 0 */
static size_t abreast_end(const dctx *d, const span *s, size_t p)
{
	size_t q;
	if (!(kis(d, p, "shoulder") || kis(d, p, "side")))
		return 0;
	q = p + 1;
	if (q < s->t1 && kis(d, q, "-"))
		q++;
	if (!(q < s->t1 && (kis(d, q, "to") || kis(d, q, "by"))))
		return 0;
	q++;
	if (q < s->t1 && kis(d, q, "-"))
		q++;
	return q < s->t1 && strcmp(K(q), K(p)) == 0 ? q + 1 : 0;
}

/* "side by side with" at p: the token of "with", or 0 */
static size_t abreast_with(const dctx *d, const span *s, size_t p)
{
	size_t e = abreast_end(d, s, p);
	return e && e < s->t1 && kis(d, e, "with") ? e : 0;
}

static size_t stand_in_support(const dctx *d, const span *s, size_t i)
{
	size_t j = i + 1;
	if (negated(d, s, i))
		return 0;
	if (j < s->t1 && kis(d, j, "together"))
		j++;
	if (j + 1 < s->t1 && j > i + 1 && kis(d, j, "with"))
		return j + 1;
	if (j + 2 < s->t1 && kis(d, j, "in") && kis(d, j + 1, "support") && kis(d, j + 2, "of"))
		return j + 3;
	return 0;
}

static int votes_mustered(dctx *d, const span *s, size_t i, int *hit);
static int suspended_exports(dctx *d, const span *s, size_t i, int *hit);
static int lifted_ban(dctx *d, const span *s, size_t i, int *hit);
static const char *transfer_goods_maker(const dctx *d, const span *s, size_t j, size_t r);
static int stance_hedge(const dctx *d, const span *s, size_t i);
static int hostile_measure(dctx *d, const span *s, size_t i, int *hit);
static int relative_measure(dctx *d, const span *s, size_t i, int *hit);
static int expelled_from(dctx *d, const span *s, size_t i, int *hit);
static int disappointment(dctx *d, const span *s, size_t i, int *hit);
static int deed_on_standing(dctx *d, const span *s, size_t i, int *hit);

/* verbs that tell how a state sees another: "X views Y as a partner",
 * "X labelled Y a terrorist state" */
static const char *w_see_as_v[] = {"described", "describes", "views", "viewed", "sees", "saw",
				   "labelled", "labeled", "labels", "branded", "brands", "termed",
				   "terms", "dubbed", "dubs", NULL};

/* "X called Y its closest ally", "X regards (describes, views) Y as an
 * enemy": at the active verb i, X backs (opposes) the state named right
 * after it (stance.called_ally, test_extract_allies.c). */
static int ally_named(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *t;
	size_t e = 0;
	int pol;
	*hit = 0;
	if (i <= s->t0 || KIN(d, i - 1, w_be) || kis(d, i - 1, "been") || negated(d, s, i) ||
	    !(t = named_state(d, s, i + 1, &e)) || t->gz == GZ_DEMONYM || t->possessive ||
	    !(pol = called_ally(d, s, e)))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, stance_actor(d, s, i), t,
				pol == 1 ? ENT_POLARITY_SUPPORT : ENT_POLARITY_OPPOSE, i,
				"stance.called_ally");
}

/* "X is (has been, remains) a (vocal, leading) critic of Y", "one of the
 * fiercest critics of Y": X opposes Y; at the noun i.  A critic not
 * predicated of a state ("Polish critics of Y") is no state's stance
 * (stance.critic_of, test_extract_stance_statements.c). */
static int critic_of(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a, *t;
	size_t j = i, n = 0, e = 0;
	*hit = 0;
	if (i + 2 >= s->t1 || !kis(d, i + 1, "of"))
		return ENT_OK;
	/* "a vocal", "one of the fiercest", "a long-time" (stop 63) */
	while (j > s->t0 && n < 6 &&
	       ((d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper) ||
		(kis(d, j - 1, "-") && j - 1 > s->t0 + 1 && j < i)) &&
	       !KIN(d, j - 1, w_be) && !kis(d, j - 1, "been") && !kis(d, j - 1, "remains") &&
	       !kis(d, j - 1, "remained") && !KIN(d, j - 1, w_negation)) {
		j--;
		n++;
	}
	if (j <= s->t0 || j == i ||
	    !(KIN(d, j - 1, w_be) || kis(d, j - 1, "been") || kis(d, j - 1, "remains") ||
	      kis(d, j - 1, "remained")) ||
	    negated(d, s, j - 1))
		return ENT_OK;
	t = named_state(d, s, i + 2, &e);
	if (!t || t->gz == GZ_DEMONYM)
		return ENT_OK;
	*hit = 1;
	if (!(a = stance_actor(d, s, j - 1))) /* "These three countries are among the critics" */
		return plural_subject_stance(d, s, t, ENT_POLARITY_OPPOSE, j - 1, s->t1,
					     "stance.critic_of");
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.critic_of");
}

/* The foreign presence a state wants gone, at token j: "(the) Yn / Y's
 * troops (forces, soldiers, diplomats, ambassador, envoy, contingent)";
 * Y, *end past the noun, or NULL. */
static const mention *presence_of(const dctx *d, const span *s, size_t j, size_t *end)
{
	static const char *w_present_n[] = {"troops", "forces", "soldiers", "diplomats",
					    "ambassador", "envoy", "contingent", "military",
					    "peacekeepers", "personnel", "bases", "vessels",
					    "ships", "warships", "boats", NULL};
	const mention *t;
	size_t e = 0;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	t = named_state(d, s, j, &e);
	if (!t || !(t->possessive || t->gz == GZ_DEMONYM) || e >= s->t1)
		return NULL;
	if (e + 1 < s->t1 && d->t.v[e].kind == TK_WORD && !d->t.v[e].upper &&
	    !kin_local(d, e, w_present_n))
		e++; /* "French military advisers" no, "French combat troops" yes */
	if (!kin_local(d, e, w_present_n))
		return NULL;
	*end = e + 1;
	return t;
}

/* "X ordered (told, asked) (the) Yn troops to leave (withdraw)", "X
 * demanded (called for, sought) the (full) withdrawal (departure,
 * expulsion) of Y's forces": X opposes Y, at the verb or the noun i
 * (stance.troops_out, test_extract_stance_forms.c). */
static int troops_out(dctx *d, const span *s, size_t i, int noun, int *hit)
{
	static const char *w_order_v[] = {"ordered", "orders", "told", "tells", "asked", "asks",
					  NULL};
	static const char *w_go_v[] = {"leave", "withdraw", "depart", "quit", "exit", "go", NULL};
	static const char *w_out_n[] = {"withdrawal", "departure", "expulsion", "exit", "pullout",
					NULL};
	static const char *w_want_v[] = {"demanded", "demands", "demanding", "called", "calls",
					 "calling", "sought", "seeks", "urged", "urges", "wants",
					 "wanted", "requested", "ordered", NULL};
	const mention *t;
	size_t e = 0, v = i, j;
	*hit = 0;
	if (noun) {
		if (!kin_local(d, i, w_out_n) || i + 2 >= s->t1 || !kis(d, i + 1, "of"))
			return ENT_OK;
		for (j = i, v = NONE; j > s->t0 && i - j < 4 && v == NONE; j--)
			if (kin_local(d, j - 1, w_want_v))
				v = j - 1; /* "called for the full withdrawal" */
		if (v == NONE || !(t = presence_of(d, s, i + 2, &e)))
			return ENT_OK;
	} else {
		if (!kin_local(d, i, w_order_v))
			return ENT_OK;
		t = presence_of(d, s, i + 1, &e);
		if (!t) {
			/* "ordered the US to withdraw its troops" (stop 42):
			 * the state itself, told to go */
			j = i + 1 < s->t1 && kis(d, i + 1, "the") ? i + 2 : i + 1;
			t = named_state(d, s, j, &e);
			if (t && (t->possessive || t->gz == GZ_DEMONYM || t->gz == GZ_FIRM))
				t = NULL;
			/* not "told X to go ahead" */
			if (t && e + 2 < s->t1 && kis(d, e + 1, "go") &&
			    !(kis(d, e + 2, "home") || kis(d, e + 2, "away")))
				t = NULL;
		}
		if (!t || e + 1 >= s->t1 || !kis(d, e, "to") || !kin_local(d, e + 1, w_go_v))
			return ENT_OK;
	}
	if (negated(d, s, v))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, stance_actor(d, s, v), t, ENT_POLARITY_OPPOSE, i,
				"stance.troops_out");
}

/* "X said Y's (growing military) activities pose (represent) a serious
 * threat (concern, danger)", "Yn missiles pose a grave threat, X warned"
 * (a plain state as subject is judged_hostile's):
 * the speaker of a verb of saying in the sentence opposes the owner of the
 * subject of "pose", a possessive or demonym state at most four lower-case
 * words before it; at the verb i (stance.poses_threat,
 * test_extract_stance_forms.c).  A threat no one is said to see ("Y's
 * missiles pose a threat to Z") is the writer's, no state's stance. */
static int poses_threat(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_posing_v[] = {"pose", "poses", "posed", "posing", "represent",
					   "represents", "constitute", "constitutes", NULL};
	static const char *w_worry_n[] = {"threat", "threats", "concern", "danger", "menace",
					  "risk", NULL};
	const mention *y = NULL, *a = NULL;
	size_t j, n, k, say = NONE;
	*hit = 0;
	if (!kin_local(d, i, w_posing_v) || i <= s->t0 + 1 || negated(d, s, i))
		return ENT_OK;
	for (j = i + 1, n = 0; j < s->t1 && n < 4 && !kin_local(d, j, w_worry_n); j++, n++)
		if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
			return ENT_OK; /* "a serious", "a grave and growing" */
	if (j >= s->t1 || !kin_local(d, j, w_worry_n))
		return ENT_OK;
	for (j = i, n = 0; j > s->t0 && n < 4 && d->t.v[j - 1].kind == TK_WORD &&
			   !d->t.v[j - 1].upper;
	     j--, n++)
		; /* "military activities" */
	for (k = s->m0; k < s->m1 && !y; k++)
		if (M(d, k)->t1 == j || (M(d, k)->possessive && M(d, k)->t1 + 1 == j))
			y = M(d, k);
	if (!y || !(y->possessive || y->gz == GZ_DEMONYM) || !ent__is_state_mention(y) ||
	    y->gz == GZ_FIRM)
		return ENT_OK;
	for (k = s->t0; k < s->t1 && say == NONE; k++)
		if ((k < y->t0 || k > i) && KIN(d, k, w_speech_verb) && !kis(d, k, "called"))
			say = k;
	if (say == NONE || !(a = stance_actor(d, s, say)) || a->gz == GZ_FIRM)
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, y, ENT_POLARITY_OPPOSE, i, "stance.poses_threat");
}

/* "it was (is) Y's (legitimate) right to disarm Hamas" after a verb of
 * saying: the possessive owner of "right" at i, a state, or NULL
 * (stop 56). */
static const mention *its_right(const dctx *d, const span *s, size_t i)
{
	const mention *y = possessor_over(d, s, i, s->t0);
	size_t j;
	if (!y || y->t0 < s->t0 + 2 || negated(d, s, y->t0))
		return NULL;
	if (kis(d, y->t0 - 1, "it's") ||
	    (kis(d, y->t0 - 2, "it") && (kis(d, y->t0 - 1, "was") || kis(d, y->t0 - 1, "is"))))
		return y;
	j = kis(d, y->t0 - 1, "that") ? y->t0 - 1 : y->t0;
	return j > s->t0 && KIN(d, j - 1, w_speech_verb) ? y : NULL;
}

/* "Y has a (the, every) right to (be able to) defend itself", in a
 * speaker's words ("..., the British defence secretary said", "X said Y
 * has the right to defend itself"): the speaker's state backs Y; not
 * negated, none without a speaker; at "right" i (stance.right_to_defend,
 * test_extract_stance_measures.c).  So does "X said it was Y's right to
 * disarm (respond to) ..." (its_right, stop 56). */
static int right_to_defend(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_defend_v[] = {"defend", "protect", "self-defence", "self-defense",
					   "respond", "retaliate", "disarm", "exist", NULL};
	const mention *y = NULL, *a;
	size_t j, n, k, say = NONE;
	*hit = 0;
	if (!kis(d, i, "right") || i < s->t0 + 2 || i + 3 >= s->t1 || !kis(d, i + 1, "to"))
		return ENT_OK;
	if (i >= s->t0 + 4 && kis(d, i - 1, "no") &&
	    (kis(d, i - 2, "has") || kis(d, i - 2, "had") || kis(d, i - 2, "have"))) {
		/* "Mexico's president said the US military had no right to
		 * operate on Mexican soil": the speaker opposes Y (stop 59) */
		y = mention_at_end(d, s, i - 2);
		if (!y && (KIN(d, i - 3, w_gov_noun) || KIN(d, i - 3, w_title)))
			y = mention_at_end(d, s, i - 3);
		if (!y || y->possessive || !ent__is_state_mention(y) || y->gz == GZ_FIRM)
			return ENT_OK;
		for (k = s->t0; k < y->t0 && say == NONE; k++)
			if (KIN(d, k, w_speech_verb) && !kis(d, k, "called"))
				say = k;
		if (say == NONE || !(a = stance_actor(d, s, say)) || a->gz == GZ_FIRM ||
		    (a->code && y->code && !strcmp(a->code, y->code)))
			return ENT_OK;
		*hit = 1;
		return add_state_stance(d, s, a, y, ENT_POLARITY_OPPOSE, i, "stance.no_right");
	}
	for (j = i + 2, n = 0; j < s->t1 && n < 5 && !kin_local(d, j, w_defend_v); j++, n++)
		if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
			return ENT_OK; /* "to be able to" */
	if (j >= s->t1 || !kin_local(d, j, w_defend_v))
		return ENT_OK;
	if (!(y = its_right(d, s, i))) {
		for (j = i, n = 0;
		     j > s->t0 && n < 3 && !(kis(d, j - 1, "has") || kis(d, j - 1, "have"));
		     j--, n++)
			if (d->t.v[j - 1].kind != TK_WORD || d->t.v[j - 1].upper ||
			    kis(d, j - 1, "no"))
				return ENT_OK; /* "a", "the", "every", "legitimate" */
		if (j <= s->t0 + 1 || !(kis(d, j - 1, "has") || kis(d, j - 1, "have")) ||
		    negated(d, s, j - 1))
			return ENT_OK;
		/* 'that Israel "has the right to defend itself"': over the
		 * quotation mark (stop 61) */
		y = mention_at_end(d, s, j - 1 - (j >= s->t0 + 3 && quote_mark(d, j - 2) ? 1 : 0));
		if (!y || y->possessive)
			return ENT_OK;
	}
	if (!ent__is_state_mention(y) || y->gz == GZ_FIRM || y->gz == GZ_DEMONYM)
		return ENT_OK;
	for (k = s->t0; k < s->t1 && say == NONE; k++)
		if ((k < y->t0 || k > i) && KIN(d, k, w_speech_verb) && !kis(d, k, "called"))
			say = k;
	if (say == NONE || !(a = stance_actor(d, s, say)) || a->gz == GZ_FIRM || a == y ||
	    (a->code && !strcmp(a->code, y->code)))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, y, ENT_POLARITY_SUPPORT, i, "stance.right_to_defend");
}

/* Help pledged or given to Y's defence, at the word i: "X is (remains)
 * committed to the defence (security, protection) of Y", "X reaffirmed
 * its (ironclad) commitment to the defense of Y / to defend Y", "X
 * pledged (vowed, promised, offered) to help (assist) Y", "the sale will
 * support the foreign policy of X by improving the security of Y": X
 * backs Y (stance.committed_to, test_extract_stance_forms.c).  For the
 * security improved, X is the state after "of" in "policy (goals) of X"
 * or else the actor of the clause. */
static int committed_to(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_defence_n[] = {"defence", "defense", "security", "protection",
					    "sovereignty", NULL};
	static const char *w_pledge_v[] = {"pledged", "pledges", "vowed", "vows", "promised",
					   "promises", "offered", "offers", NULL};
	static const char *w_improve_v[] = {"improving", "improve", "improves", "enhancing",
					    "enhance", "enhances", "strengthening", "strengthen",
					    "strengthens", NULL};
	const mention *t, *a = NULL;
	size_t j = i + 1, e = 0;
	*hit = 0;
	if (i + 3 >= s->t1 || negated(d, s, i))
		return ENT_OK;
	if (kis(d, i, "committed") || kis(d, i, "commitment")) {
		if (!kis(d, j, "to"))
			return ENT_OK;
		j++;
		if (kis(d, j, "defend") || kis(d, j, "protect")) {
			j++; /* "commitment to defend Y" */
		} else if (kis(d, j, "supporting") || kis(d, j, "helping") ||
			   kis(d, j, "assisting")) {
			/* "commitment to supporting Y", "... the reconstruction
			 * (recovery, defence) of Y" */
			static const char *w_cause_n[] = {"reconstruction", "recovery", "defence",
							  "defense", "security", "sovereignty",
							  "rebuilding", NULL};
			j++;
			if (KIN(d, j, w_det) && j + 2 < s->t1 && kin_local(d, j + 1, w_cause_n) &&
			    kis(d, j + 2, "of"))
				j += 3;
		} else if ((t = named_state(d, s, j, &e)) != NULL && t->possessive &&
			   t->gz != GZ_DEMONYM) {
			/* "commitment to Y's (counterterrorism) efforts
			 * (security)": Y's cause */
			static const char *w_cause2_n[] = {"efforts", "security", "defence",
							   "defense", "sovereignty", "stability",
							   "modernization", "modernisation", "fight",
							   NULL};
			size_t q, n;
			/* "Y's self-defence" over its hyphen (stop 58) */
			for (q = e, n = 0; q < s->t1 && n < 3 && !kin_local(d, q, w_cause2_n) &&
					   ((d->t.v[q].kind == TK_WORD && !d->t.v[q].upper) ||
					    kis(d, q, "-"));
			     q++, n++)
				;
			if (q >= s->t1 || !kin_local(d, q, w_cause2_n))
				return ENT_OK;
			*hit = 1;
			return add_state_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_SUPPORT,
						i, "stance.committed_to");
		} else {
			if (KIN(d, j, w_det))
				j++;
			if (!kin_local(d, j, w_defence_n) || !kis(d, j + 1, "of"))
				return ENT_OK;
			j += 2;
		}
	} else if (kin_local(d, i, w_pledge_v)) {
		if (!kis(d, j, "to") || !(kis(d, j + 1, "help") || kis(d, j + 1, "assist")))
			return ENT_OK;
		j += 2; /* "pledged to help Y modernise its army" */
	} else if (kin_local(d, i, w_improve_v)) {
		size_t k;
		if (KIN(d, j, w_det))
			j++;
		if (!kis(d, j, "security") || !kis(d, j + 1, "of"))
			return ENT_OK;
		j += 2;
		/* "by improving": the state whose policy the sale serves */
		for (k = s->t0 + 1; k + 2 < i && !a; k++)
			if (kis(d, k, "of") && (kis(d, k - 1, "policy") || kis(d, k - 1, "goals") ||
						kis(d, k - 1, "objectives")))
				a = named_state(d, s, k + 1, &e);
		if (!a && !(i > s->t0 && kis(d, i - 1, "to")))
			return ENT_OK; /* with no policy's owner, only "X ... to improve
					* the security of Y" names the one who helps */
	} else {
		return ENT_OK;
	}
	t = named_state(d, s, j, &e);
	if (!t && j + 1 < s->t1 && KIN(d, j, w_det))
		t = named_state(d, s, j + 1, &e);
	if (!t || t->gz == GZ_DEMONYM || (t->possessive && kin_local(d, i, w_improve_v)))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a ? a : stance_actor(d, s, i), t, ENT_POLARITY_SUPPORT, i,
				"stance.committed_to");
}

/* The forms of test_extract_stance_forms.c that a word leads, at token i
 * (key k): "regret over", "a critic of", retaliate / block / veto /
 * obstruct / defend (deed_on_standing), the verbs of seeing or
 * labelling Y as a partner or foe (ally_named), foreign troops told to
 * go (troops_out), a threat Y poses in a speaker's words (poses_threat)
 * and help pledged to Y's defence (committed_to).  The letters pick the
 * rule, so that most words ("said", "defence", "return") test none. */
/* The doer of the verb at i: for a gerund after "after (before, while,
 * since, upon, by)" ("X agreed to step up cooperation with Z, after
 * expelling French forces") the clause's subject, else stance_actor. */
static const mention *gerund_actor(const dctx *d, const span *s, size_t i)
{
	static const char *w_sub[] = {"after", "before", "while", "since", "upon", "by", NULL};
	const mention *sb = NULL;
	if (i > s->t0 && ends_ing(K(i)) && kin_local(d, i - 1, w_sub))
		sb = subject_before(d, s, i - 1);
	return sb ? sb : stance_actor(d, s, i);
}

static const char *deal_told_buyer(const dctx *d, const span *s);

/* "the US and its (European) allies" (warned_condition, stance.said_wrong) */
static const char *w_allies_n[] = {"allies", "partners", NULL};

/* "X warned that it would arm Z if the US and its allies continue
 * supplying Ukraine", "warned of a response if Finland joins the
 * alliance": a warning whose condition is a deed of state Y (Y, "and its
 * allies" at most, then a verb of deed) is X's opposition to Y; at the
 * verb of warning i.  Two states as the condition's subject ("if the US
 * and China clash") name no one. */
static int warned_condition(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_deed_v[] = {"continue", "continues", "keep", "keeps", "decide",
					 "decides", "proceed", "proceeds", "persist", "persists",
					 "insist", "insists", "join", "joins", "deploy", "deploys",
					 "attack", "attacks", "arm", "arms", "cross", "crosses",
					 "resume", "resumes", "go", "goes", NULL};
	const uint64_t moves = (uint64_t)1 << LB_w_supply_verb | (uint64_t)1 << LB_w_buy_verb;
	const mention *t;
	const char *told;
	mention tm;
	size_t j, e = 0;
	if (negated(d, s, i))
		return ENT_OK;
	for (j = i + 1; j + 2 < s->t1 && j < i + 20; j++) {
		if (kis(d, j, ";") || kis(d, j, "."))
			return ENT_OK;
		if (kis(d, j, "if"))
			break;
	}
	if (j + 2 >= s->t1 || j >= i + 20)
		return ENT_OK;
	t = named_state(d, s, j + 1, &e);
	if (!t && kis(d, j + 1, "it") && (d->tmask[j + 2] & (uint64_t)1 << LB_w_buy_verb) &&
	    (told = deal_told_buyer(d, s)) != NULL) {
		/* "Egypt plans to buy Su-35 jets. ... the US threatened
		 * sanctions if it purchases the jets": the buyer of the deal
		 * told before (stop 59) */
		t = code_mention(&tm, told);
		e = j + 2;
	}
	if (!t || t->gz == GZ_FIRM || t->gz == GZ_DEMONYM || t->possessive || e >= s->t1)
		return ENT_OK;
	if (kis(d, e, "and") && e + 2 < s->t1 && kis(d, e + 1, "its") &&
	    kin_local(d, e + 2, w_allies_n))
		e += 3;
	if (e >= s->t1 || !(kin_local(d, e, w_deed_v) || (d->tmask[e] & moves)))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i,
				"stance.warned_condition");
}

/* "X warned (that) such a purchase would put Y in contravention of the
 * sanctions act", "warned the deal would expose Y to sanctions": a
 * warning of what befalls Y is X's opposition to Y; at the verb i
 * (stance.warned_consequence, test_extract_stance_forms.c). */
static int warned_consequence(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_befall_v[] = {"put", "puts", "expose", "exposes", "subject",
					   "subjects", "leave", "leaves", "land", "lands", NULL};
	static const char *w_harm_n[] = {"contravention", "sanctions", "violation", "breach",
					 "risk", "consequences", "penalties", NULL};
	const mention *a, *t = NULL;
	size_t j, e = 0, q;
	*hit = 0;
	if (!(kis(d, i, "warned") || kis(d, i, "warns")) || negated(d, s, i) || i + 4 >= s->t1)
		return ENT_OK;
	for (j = i + 1; j + 1 < s->t1 && j < i + 12; j++) {
		if (kis(d, j, ";") || kis(d, j, "."))
			return ENT_OK;
		if (kin_local(d, j, w_befall_v) && (t = named_state(d, s, j + 1, &e)) != NULL)
			break;
	}
	if (j + 1 >= s->t1 || j >= i + 12 || !t)
		return warned_condition(d, s, i, hit);
	if (t->gz == GZ_FIRM || t->possessive)
		return ENT_OK;
	for (q = e; q < s->t1 && q < e + 6; q++)
		if (kin_local(d, q, w_harm_n))
			break;
	if (q >= s->t1 || q >= e + 6)
		return ENT_OK;
	a = stance_actor(d, s, i);
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.warned_consequence");
}

/* "Zambia reiterated its adherence to the one-China policy", "reaffirmed
 * its commitment to the one-China principle": a word of keeping or
 * backing up to six words before "one-China policy (principle)" at i is
 * the actor backing China, the state after "one-" (stop 55). */
static int one_china(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_keep[] = {"adherence", "adheres", "adhere", "adhered", "commitment",
				       "committed", "abides", "abide", "upholds", "uphold",
				       "upheld", "supports", "support", "supported", "respects",
				       "respect", "backs", "backing", "recognises", "recognizes",
				       "recognition", NULL};
	/* "China urges the US to end arms sales to Taiwan ... and abide by
	 * the one-China principle": a keeping asked of another (stop 57) */
	static const char *w_urge[] = {"urges", "urged", "urge", "urging", "demands", "demanded",
				       "asks", "asked", "calls", "called", NULL};
	const mention *t = i > s->t0 + 3 ? mention_at(d, s, i - 1) : NULL;
	size_t q;
	*hit = 0;
	if (!t || t->t1 != i || t->t0 < s->t0 + 2 || !kis(d, t->t0 - 1, "-") ||
	    !kis(d, t->t0 - 2, "one") || !ent__is_state_mention(t))
		return ENT_OK;
	for (q = t->t0 - 2; q > s->t0 && q + 7 > t->t0; q--)
		if (kin_local(d, q - 1, w_keep)) {
			if (negated(d, s, q - 1) || find_in(d, s->t0, q - 1, w_urge) != NONE)
				return ENT_OK;
			*hit = 1;
			return add_state_stance(d, s, stance_actor(d, s, q - 1), t,
						ENT_POLARITY_SUPPORT, i, "stance.one_country");
		}
	return ENT_OK;
}

/* "Chad ended its defence cooperation agreement with France", "X tore up
 * (scrapped, terminated, revoked) its military pact with Y": X opposes Y,
 * at the verb i (stance.pact_ended, stop 59). */
/* The one state (a name, capital or demonym; no firm) of the sentence
 * holding span s other than a's, or NULL when none or two. */
static const mention *sole_other_state(const dctx *d, const span *s, const mention *a)
{
	const mention *t = NULL;
	span u = *s;
	size_t k;
	if (s->unit >= 0)
		span_of_unit(d, (size_t)s->unit, &u);
	for (k = u.m0; k < u.m1; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || !strcmp(m->code, a->code))
			continue;
		if (t && strcmp(t->code, m->code) != 0)
			return NULL;
		t = m;
	}
	return t;
}

static int pact_ended(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_end_v[] = {"ended", "ends", "terminated", "terminates", "tore",
					"tears", "torn", "scrapped", "scraps", "cancelled",
					"canceled", "cancels", "revoked", "revokes", "renounced",
					"renounces", "suspended", "suspends", NULL};
	static const char *w_pact_kind[] = {"defence", "defense", "military", "security",
					    "cooperation", "bilateral", "mutual", NULL};
	static const char *w_pact_n[] = {"agreement", "agreements", "pact", "pacts", "accord",
					 "accords", "treaty", "treaties", NULL};
	const mention *t;
	size_t j = i + 1, n, e = 0;
	*hit = 0;
	if (!kin_local(d, i, w_end_v) || negated(d, s, i))
		return ENT_OK;
	if (j < s->t1 && kis(d, j, "up"))
		j++; /* "tore up" */
	if (j < s->t1 && (kis(d, j, "its") || kis(d, j, "the") || kis(d, j, "their") ||
			  kis(d, j, "a")))
		j++;
	for (n = 0; j < s->t1 && n < 3 && kin_local(d, j, w_pact_kind); j++, n++)
		;
	if (!n || j + 2 >= s->t1 || !kin_local(d, j, w_pact_n))
		return ENT_OK;
	if (kis(d, j + 1, "between") && kis(d, j + 2, "the")) {
		/* "after Niger suspended a security agreement between the
		 * (two) countries": the one other state the sentence names
		 * (stop 62) */
		const mention *a = stance_actor(d, s, i);
		size_t q = j + 3 + (j + 3 < s->t1 && kis(d, j + 3, "two") ? 1 : 0);
		if (!a || q >= s->t1 || !(kis(d, q, "countries") || kis(d, q, "nations")))
			return ENT_OK;
		t = sole_other_state(d, s, a);
		if (!t)
			return ENT_OK;
		*hit = 1;
		return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.pact_ended");
	}
	if (!kis(d, j + 1, "with"))
		return ENT_OK;
	t = named_state(d, s, j + 2, &e);
	if (!t && kis(d, j + 2, "the"))
		t = named_state(d, s, j + 3, &e);
	if (!t || t->possessive || t->gz == GZ_DEMONYM || t->gz == GZ_FIRM)
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i,
				"stance.pact_ended");
}

/* "Burkina Faso turned its back on France (the French army)", "After
 * turning its back on the French army last year, Burkina Faso has moved
 * closer to ...": the subject of "turn its (their) back on" opposes the
 * state after "on" (a demonym on its forces or government too); a fronted
 * "After (Since) turning" takes the main clause's subject after the comma.
 * At "back" i (stance.turned_back, stop 60). */
static int turned_back(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_turn_v[] = {"turned", "turns", "turn", "turning", NULL};
	static const char *w_its[] = {"its", "their", NULL};
	static const char *w_body_n[] = {"army", "military", "forces", "troops", "government",
					 "navy", "presence", "junta", NULL};
	const mention *t, *a = NULL;
	size_t j = i + 2, k;
	*hit = 0;
	if (i < s->t0 + 2 || j >= s->t1 || !kis(d, i, "back") || !kis(d, i + 1, "on") ||
	    !kin_local(d, i - 1, w_its) || !kin_local(d, i - 2, w_turn_v) || negated(d, s, i - 2))
		return ENT_OK;
	if (kis(d, j, "the") && j + 1 < s->t1)
		j++;
	t = mention_at(d, s, j);
	if (!t || t->t0 != j || !ent__is_state_mention(t) || t->gz == GZ_FIRM || t->possessive ||
	    (t->gz == GZ_DEMONYM && !(t->t1 < s->t1 && kin_local(d, t->t1, w_body_n))))
		return ENT_OK;
	if (kis(d, i - 2, "turning") && s->unit >= 0 && i >= d->units[s->unit].t0 + 3 &&
	    i - 3 == d->units[s->unit].t0 && (kis(d, i - 3, "after") || kis(d, i - 3, "since"))) {
		/* the subject after the comma that closes the fronted clause */
		for (k = t->t1; k + 1 < s->t1 && !kis(d, k, ","); k++)
			;
		if (k + 1 < s->t1 && (a = mention_at(d, s, k + 1)) != NULL &&
		    (a->t0 != k + 1 || !ent__is_state_mention(a) || a->gz == GZ_FIRM ||
		     a->possessive))
			a = NULL;
		if (!a)
			return ENT_OK;
	} else {
		a = stance_actor(d, s, i - 2);
	}
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.turned_back");
}

static inline __attribute__((always_inline)) int stance_forms(dctx *d, const span *s, size_t i,
							  const char *k, int *hit)
{
	int see = 0, deed = 0;
	*hit = 0;
	switch (k[0]) {
	case 'r':
		if (k[1] == 'e' && k[2] == 'g' && kis(d, i, "regret"))
			return disappointment(d, s, i, hit);
		if (k[1] == 'e' && k[2] == 'p' && k[3] == 'r' && k[4] == 'e' && k[5] == 's')
			return poses_threat(d, s, i, hit);
		if (k[1] == 'i' && k[2] == 'g' && k[3] == 'h' && k[4] == 't' && !k[5])
			return right_to_defend(d, s, i, hit);
		if (k[1] == 'e' && ((k[2] == 'v' && k[3] == 'o') || (k[2] == 'n' && k[3] == 'o')))
			return pact_ended(d, s, i, hit); /* revoked, renounced */
		deed = k[1] == 'e' && k[2] == 't' && k[3] == 'a' && k[4] == 'l';
		break;
	case 'c':
		if (k[1] == 'a' && k[2] == 'n' && k[3] == 'c')
			return pact_ended(d, s, i, hit); /* cancelled */
		if (k[1] == 'r' && (kis(d, i, "critic") || kis(d, i, "critics")))
			return critic_of(d, s, i, hit);
		if (k[1] == 'o' && k[2] == 'm' && k[3] == 'm' && k[4] == 'i' && k[5] == 't')
			return committed_to(d, s, i, hit);
		if (k[1] == 'o' && k[2] == 'n' && k[3] == 's' && k[4] == 't' && k[5] == 'i')
			return poses_threat(d, s, i, hit);
		break;
	case 'b':
		if (k[1] == 'a' && k[2] == 'c' && k[3] == 'k' && !k[4])
			return turned_back(d, s, i, hit);
		deed = k[1] == 'l' && k[2] == 'o';
		see = k[1] == 'r' && k[2] == 'a';
		break;
	case 'v':
		if (k[1] == 'o' && k[2] == 'w')
			return committed_to(d, s, i, hit); /* vowed */
		deed = k[1] == 'e' && k[2] == 't';
		see = k[1] == 'i' && k[2] == 'e';
		break;
	case 'i':
		if (k[1] == 'm' && k[2] == 'p' && k[3] == 'r' && k[4] == 'o')
			return committed_to(d, s, i, hit); /* improving */
		break;
	case 'o':
		if (k[1] == 'r' && k[2] == 'd')
			return troops_out(d, s, i, 0, hit);
		if (k[1] == 'f' && k[2] == 'f' && k[3] == 'e' && k[4] == 'r')
			return committed_to(d, s, i, hit); /* offered to help */
		deed = k[1] == 'b' && k[2] == 's';
		break;
	case 'w':
		if (k[1] == 'i' && k[2] == 't' && k[3] == 'h' && k[4] == 'd')
			return troops_out(d, s, i, 1, hit);
		if (k[1] == 'a' && k[2] == 'r' && k[3] == 'n' && (k[4] == 'e' || k[4] == 's'))
			return warned_consequence(d, s, i, hit); /* warned, warns */
		break;
	case 'e':
		if (k[1] == 'x' && ((k[2] == 'p' && k[3] == 'u') || (k[2] == 'i' && k[3] == 't')))
			return troops_out(d, s, i, 1, hit); /* "expulsion", "exit" */
		if (k[1] == 'n' && k[2] == 'd' && (k[3] == 'e' || k[3] == 's'))
			return pact_ended(d, s, i, hit); /* ended, ends */
		if (k[1] == 'n' && k[2] == 'h' && k[3] == 'a')
			return committed_to(d, s, i, hit); /* enhancing */
		break;
	case 'a':
		if (k[1] == 's' && k[2] == 'k')
			return troops_out(d, s, i, 0, hit);
		break;
	case 'p':
		if (k[1] == 'u' && k[2] == 'l' && k[3] == 'l')
			return troops_out(d, s, i, 1, hit);
		if ((k[1] == 'l' && k[2] == 'e' && k[3] == 'd') || (k[1] == 'r' && k[2] == 'o' && k[3] == 'm'))
			return committed_to(d, s, i, hit); /* pledged, promised */
		if (k[1] == 'o' && k[2] == 's')
			return poses_threat(d, s, i, hit);
		break;
	case 'd':
		if (k[1] == 'e' && k[2] == 'p' && k[3] == 'a')
			return troops_out(d, s, i, 1, hit);
		deed = k[1] == 'e' && k[2] == 'f' && k[3] == 'e' && k[4] == 'n' && k[5] == 'd';
		see = k[1] == 'u' && k[2] == 'b';
		break;
	case 's':
		if (k[1] == 't' && k[2] == 'r' && k[3] == 'e' && k[4] == 'n' && k[5] == 'g' &&
		    k[6] == 't')
			return committed_to(d, s, i, hit); /* strengthening */
		if (k[1] == 'c' && k[2] == 'r' && k[3] == 'a' && k[4] == 'p')
			return pact_ended(d, s, i, hit); /* scrapped */
		if (k[1] == 'u' && k[2] == 's' && k[3] == 'p') {
			int rc = pact_ended(d, s, i, hit); /* suspended (stop 62) */
			if (rc || *hit)
				return rc;
		}
		see = kis(d, i, "sees") || kis(d, i, "saw");
		deed = k[1] == 't' && k[2] == 'a' && k[3] == 'l' && k[4] == 'l'; /* stalled */
		break;
	case 'l':
		see = k[1] == 'a' && k[2] == 'b';
		break;
	case 't':
		if (k[1] == 'o' && k[2] == 'l')
			return troops_out(d, s, i, 0, hit);
		if ((k[1] == 'e' && k[2] == 'r' && k[3] == 'm' && k[4] == 'i') ||
		    (k[1] == 'o' && k[2] == 'r' && (k[3] == 'e' || k[3] == 'n')) ||
		    (k[1] == 'e' && k[2] == 'a' && k[3] == 'r'))
			return pact_ended(d, s, i, hit); /* terminated, tore, torn, tears */
		if (k[1] == 'h' && k[2] == 'r' &&
		    (kis(d, i, "threatened") || kis(d, i, "threatens")))
			return warned_condition(d, s, i, hit); /* stop 59 */
		see = k[1] == 'e' && k[2] == 'r';
		break;
	default:
		break;
	}
	if (deed)
		return deed_on_standing(d, s, i, hit);
	if (see && kin_local(d, i, w_see_as_v))
		return ally_named(d, s, i, hit);
	return ENT_OK;
}

/* verbs of thanking (rule_thanked_gift too) */
const char *w_thank_v[] = {"thanked", "thanks", "thanking", "thank", NULL};
/* verbs of standing with or against (stance_attitude too) */
#define STAND_V "stand", "stands", "stood", "standing"
static const char *w_stand_v[] = {STAND_V, NULL};

/* verbs of stopping a sale added at stop 60: tested whole before
 * suspended_exports, whose dispatch is by first letters, and in it beside
 * its own list */
static const char *w_grounded_v[] = {"grounded", "grounds", "stalled", "stalls", "obstructed",
				     "obstructs", "vetoed", "vetoes", NULL};

/* "Cyprus barred Russian warships from using its ports", "banned Yn
 * aircraft from its airspace": X opposes Y (stance.barred_craft), not when
 * negated; so do "banned Yn arms companies from the air show" and
 * "blocked the participation of Yn arms companies at exhibitions" (stop
 * 60). */
static int barred_craft(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_bar_v[] = {"barred", "bars", "bar", "barring", "banned", "bans",
					 "ban", "banning", "blocked", "blocks", "block", NULL};
	static const char *w_craft_n[] = {"warships", "ships", "vessels", "aircraft", "planes",
					  "jets", "flights", "airlines", "carriers", "companies",
					  "firms", "manufacturers", "makers", NULL};
	static const char *w_firms_n[] = {"companies", "firms", "manufacturers", "makers", NULL};
	const mention *y, *a;
	size_t j = i + 1, n;
	int part = 0;
	*hit = 0;
	if (!kin_local(d, i, w_bar_v) || j + 2 >= s->t1 || negated(d, s, i))
		return ENT_OK;
	if (j + 3 < s->t1 && kis(d, j, "the") &&
	    (kis(d, j + 1, "participation") || kis(d, j + 1, "presence")) && kis(d, j + 2, "of")) {
		j += 3; /* "blocked the participation of Israeli arms companies" */
		part = 1;
	} else if (kis(d, i, "blocked") || kis(d, i, "blocks") || kis(d, i, "block")) {
		return ENT_OK; /* "blocked Yn ships": blockades are stance.blockade's */
	}
	y = mention_at(d, s, j);
	if (!y || y->t0 != j || y->gz != GZ_DEMONYM || !ent__is_state_mention(y))
		return ENT_OK;
	for (j = y->t1, n = 0; j < s->t1 && n < 3 && !kin_local(d, j, w_craft_n) &&
			       ((d->t.v[j].kind == TK_WORD && !d->t.v[j].upper) ||
				(j == y->t1 && kis(d, j, "-")));
	     j++, n++)
		; /* "military", "naval", "-flagged (-owned)" (stop 59) */
	if (j >= s->t1 || !kin_local(d, j, w_craft_n) ||
	    (part ? !kin_local(d, j, w_firms_n) : (j + 1 >= s->t1 || !kis(d, j + 1, "from"))))
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM || !ent__is_state_mention(a) || !strcmp(a->code, y->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, y, ENT_POLARITY_OPPOSE, i, "stance.barred_craft");
}

/* From token j: "the (full) lifting (easing, removal) of a (the) U.S.
 * arms embargo (sanctions, ban)": the state whose measure is lifted, or
 * NULL. */
static const mention *lifted_measure_owner(const dctx *d, const span *s, size_t j)
{
	static const char *w_lift_n[] = {"lifting", "easing", "removal", "end", NULL};
	static const char *w_lifted_n[] = {"embargo", "sanctions", "ban", "restrictions", NULL};
	const mention *m;
	size_t n, e = 0;
	if (j >= s->t1 || !kis(d, j, "the"))
		return NULL;
	for (j++, n = 0; j < s->t1 && n < 2 && !kin_local(d, j, w_lift_n) &&
			 d->t.v[j].kind == TK_WORD && !d->t.v[j].upper;
	     j++, n++)
		;
	if (j + 2 >= s->t1 || !kin_local(d, j, w_lift_n) || !kis(d, j + 1, "of"))
		return NULL;
	j += 2;
	if (kis(d, j, "a") || kis(d, j, "an"))
		j++;
	m = named_state(d, s, j, &e);
	if (!m || m->gz == GZ_FIRM)
		return NULL;
	for (n = 0; e < s->t1 && n < 2 && !kin_local(d, e, w_lifted_n) &&
		    d->t.v[e].kind == TK_WORD && !d->t.v[e].upper;
	     e++, n++)
		; /* "arms" */
	return e < s->t1 && kin_local(d, e, w_lifted_n) ? m : NULL;
}

/* The buyer a of deal c, welcoming it at token i, backs each of its
 * sellers (stance.welcomed_deal). */
static int buyer_backs_sellers(dctx *d, const span *s, const mention *a, const cand *c,
			       size_t i, int *hit)
{
	size_t q, ci = (size_t)(c - d->cands); /* by index: the array may move */
	int rc;
	for (q = 0; q < d->cands[ci].f.nsuppliers; q++) {
		mention t = *a;
		if (!strcmp(d->cands[ci].f.suppliers[q].s, a->code))
			continue;
		*hit = 1;
		t.code = d->cands[ci].f.suppliers[q].s;
		if ((rc = add_state_stance(d, s, a, &t, ENT_POLARITY_SUPPORT, i,
					   "stance.welcomed_deal")))
			return rc;
	}
	return ENT_OK;
}

/* "Estonia and Latvia signed an agreement with Germany to purchase IRIS-T
 * systems. German Defense Minister Boris Pistorius welcomed the joint
 * purchase": "welcomed (praised) the (joint, new) purchase (deal,
 * agreement, acquisition)" with no owner after it backs the buyers of the
 * latest deal told (at most eight units before) and of the deals of its
 * unit and the one before it (not the welcomer itself); at the verb i
 * (stance.welcomed_deal). */
static int welcomed_the_deal(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_deal_n[] = {"purchase", "deal", "agreement", "acquisition",
					 "contract", "order", "sale", "sales", NULL};
	static const char *w_mod[] = {"joint", "new", "latest", "planned", "historic", "arms",
				      "weapons", "proposed", NULL};
	size_t j = i + 2, k;
	const mention *a;
	int rc;
	*hit = 0;
	if (j < s->t1 && kin_local(d, j, w_mod))
		j++;
	if (j >= s->t1 || !kin_local(d, j, w_deal_n) ||
	    (j + 1 < s->t1 && (kis(d, j + 1, "of") || kis(d, j + 1, "by") || kis(d, j + 1, "with") ||
			       kis(d, j + 1, "between") || kis(d, j + 1, "for"))))
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM)
		return ENT_OK;
	int lu = -1; /* the unit of the latest deal, at most eight units back */
	for (k = d->ncands; k > 0; k--) {
		const cand *c = &d->cands[k - 1];
		mention t;
		if (c->dropped || c->f.type != ENT_FACT_DEAL || !c->directed ||
		    !c->f.recipient.s[0] || c->unit < 0)
			continue;
		if (lu < 0) {
			if (c->unit + 8 < s->unit)
				break;
			lu = c->unit;
		}
		if (c->unit + 1 < lu)
			break;
		if (!strcmp(c->f.recipient.s, a->code)) {
			/* "Taipei welcomed the arms sale": the buyer backs the
			 * seller */
			if ((rc = buyer_backs_sellers(d, s, a, c, i, hit)))
				return rc;
			continue;
		}
		*hit = 1;
		t = *a;
		t.code = c->f.recipient.s;
		if ((rc = add_state_stance(d, s, a, &t, ENT_POLARITY_SUPPORT, i,
					   "stance.welcomed_deal")))
			return rc;
	}
	/* the welcomer's own purchase told earlier in the text ("Taipei
	 * welcomed the arms sale" ten sentences after the sale): its latest
	 * deal as buyer, its seller backed */
	for (k = d->ncands; !*hit && k > 0; k--) {
		const cand *c = &d->cands[k - 1];
		if (c->dropped || c->f.type != ENT_FACT_DEAL || !c->directed ||
		    strcmp(c->f.recipient.s, a->code) != 0)
			continue;
		return buyer_backs_sellers(d, s, a, c, i, hit);
	}
	return ENT_OK;
}

/* "Pakistan said India's acquisition of the Russian S-400 will
 * destabilise strategic stability", "X says the Yn purchase of jets
 * threatens the region": a verb of saying at i, "that" maybe, then Y's (a
 * possessive state, or "the" and a demonym) deed noun whose clause, within
 * sixteen words, has a verb of harm (after "will / would / could" or in
 * the present): the speaker opposes Y; not negated (stance.harmful_deed,
 * stop 44, test_extract_stance_statements.c). */
static int harmful_deed(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_say[] = {"said", "says", "stated", "states", "added", "noted",
				      NULL};
	static const char *w_act_n[] = {"acquisition", "purchase", "purchases", "deployment",
					 "buildup", "build-up", "procurement", "induction",
					 "decision", "move", "test", "tests", NULL};
	static const char *w_harm_base[] = {"destabilise", "destabilize", "undermine",
					    "threaten", "endanger", "jeopardise", "jeopardize",
					    "disturb", "upset", "escalate", "trigger", "spark",
					    "fuel", "provoke", "harm", "damage", NULL};
	static const char *w_harm_s[] = {"destabilises", "destabilizes", "undermines",
					 "threatens", "endangers", "jeopardises", "jeopardizes",
					 "disturbs", "upsets", "escalates", "triggers", "sparks",
					 "fuels", "provokes", "harms", "damages", NULL};
	const mention *a, *y;
	size_t j = i + 1, n, e;
	if (!kin_local(d, i, w_say) || negated(d, s, i))
		return ENT_OK;
	if (j < s->t1 && kis(d, j, "that"))
		j++;
	y = mention_at(d, s, j + (kis(d, j, "the") ? 1 : 0));
	if (!y || !ent__is_state_mention(y) || y->gz == GZ_FIRM || y->gz == GZ_BLOC ||
	    !(y->possessive || y->gz == GZ_DEMONYM) || y->t1 + 1 >= s->t1)
		return ENT_OK;
	n = y->t1 + (y->possessive && kis(d, y->t1, "'s") ? 1 : 0);
	if (n >= s->t1 || !kin_local(d, n, w_act_n))
		return ENT_OK;
	for (e = n + 1; e < s->t1 && e < n + 16; e++) {
		if (kis(d, e, ";") || kis(d, e, "."))
			return ENT_OK;
		if ((kin_local(d, e, w_harm_s) ||
		     (kin_local(d, e, w_harm_base) && e > n + 1 &&
		      (kis(d, e - 1, "will") || kis(d, e - 1, "would") || kis(d, e - 1, "could")))) &&
		    !negated(d, s, e))
			break;
	}
	if (e >= s->t1 || e >= n + 16)
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM || !strcmp(a->code, y->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, y, ENT_POLARITY_OPPOSE, i, "stance.harmful_deed");
}

/* "Deliveries of Turkish drones to Ukraine may lead to negative
 * consequences and further destabilization, Kremlin spokesman Dmitry
 * Peskov said": a sentence that opens (past a dateline's bracket) with a
 * flow of goods of war owned by a state (a demonym after "of", or a
 * possessive before the noun), whose clause before the closing speaker
 * has a verb of harm or "lead(s) to" a noun of harm, and that ends with
 * ", <speaker> said (on Wednesday)": the speaker opposes the owner
 * (stop 56, stance.harmful_deed); the verb of saying at i. */
static int harmful_flow_said(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_flow_n[] = {"deliveries", "delivery", "supplies", "supply", "sales",
					 "sale", "exports", "transfers", "shipments", NULL};
	static const char *w_harm_n[] = {"destabilization", "destabilisation", "escalation",
					 "instability", "tensions", "consequences", NULL};
	static const char *w_harm_v[] = {"destabilise", "destabilize", "destabilises",
					 "destabilizes", "undermine", "undermines", "threaten",
					 "threatens", "escalate", "escalates", "fuel", "fuels",
					 NULL};
	const mention *a, *y = NULL;
	size_t c, j = s->t0, e = i + 1;
	if (!(kis(d, i, "said") || kis(d, i, "says")) || negated(d, s, i))
		return ENT_OK;
	/* "said (on Wednesday, today)." ends the sentence */
	if (e + 1 < s->t1 && kis(d, e, "on") && kin(d, e + 1, w_not_name))
		e += 2;
	else if (e < s->t1 && (kis(d, e, "today") || kis(d, e, "yesterday")))
		e++;
	if (!(e == s->t1 || (e + 1 == s->t1 && kis(d, e, "."))))
		return ENT_OK;
	for (c = i; c > s->t0 && i - c < 8 && !kis(d, c - 1, ","); c--)
		;
	if (c <= s->t0 + 4 || !kis(d, c - 1, ","))
		return ENT_OK;
	/* past a dateline's bracket: "MOSCOW (Sputnik - 27th October, 2021)" */
	for (e = s->t0; e < s->t0 + 16 && e + 1 < c && !kis(d, e, ")"); e++)
		;
	if (kis(d, e, ")") && e + 1 < c && !kin_local(d, j, w_flow_n))
		j = e + 1;
	if ((y = mention_at(d, s, j)) && y->possessive && y->t0 == j)
		j = y->t1 + (kis(d, y->t1, "'s") ? 1 : 0);
	else
		y = NULL;
	if (kis(d, j, "the"))
		j++;
	if (!kin_local(d, j, w_flow_n) || !kis(d, j + 1, "of"))
		return ENT_OK;
	if (!y) {
		y = mention_at(d, s, j + 2);
		if (!y || y->t0 != j + 2 || y->gz != GZ_DEMONYM)
			return ENT_OK;
	}
	if (!ent__is_state_mention(y) || y->gz == GZ_FIRM)
		return ENT_OK;
	for (e = s->m0; e < s->m1 && !(M(d, e)->gz == GZ_WEAPON && M(d, e)->t0 > j &&
				       M(d, e)->t0 < j + 6);
	     e++)
		;
	if (e == s->m1)
		return ENT_OK; /* goods of war flow, not wine */
	for (e = j + 2; e + 1 < c; e++) {
		if ((kis(d, e, "lead") || kis(d, e, "leads")) && kis(d, e + 1, "to") &&
		    find_in(d, e + 2, e + 7 < c ? e + 7 : c, w_harm_n) != NONE)
			break;
		if (kin_local(d, e, w_harm_v))
			break;
	}
	if (e + 1 >= c || negated(d, s, e))
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM || !a->code || !strcmp(a->code, y->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, y, ENT_POLARITY_OPPOSE, i, "stance.harmful_deed");
}

/* "X and Y reaffirmed (hailed) their special strategic partnership": a
 * bond praised by the two states of the subject, joined by "and" right
 * before the verb at v (over auxiliaries and adverbs), is each backing the
 * other (stop 56, stance.welcomed). */
static int bond_of_pair(dctx *d, const span *s, size_t v, int *hit, const char *rule)
{
	static const char *w_aux[] = {"have", "has", "had", "also", "again", "jointly", NULL};
	const mention *a, *b;
	int rc;
	while (v > s->t0 && (kin_local(d, v - 1, w_aux) || ly_adverb(d, v - 1)))
		v--;
	b = mention_at_end(d, s, v);
	if (!b || !ent__is_state_mention(b) || b->gz == GZ_FIRM || b->gz == GZ_DEMONYM ||
	    b->t0 < s->t0 + 2 || !kis(d, b->t0 - 1, "and"))
		return ENT_OK;
	a = mention_at_end(d, s, b->t0 - 1);
	if (!a || !ent__is_state_mention(a) || a->gz == GZ_FIRM || a->gz == GZ_DEMONYM ||
	    !a->code || !b->code || !strcmp(a->code, b->code))
		return ENT_OK;
	*hit = 1;
	if ((rc = add_state_stance(d, s, a, b, ENT_POLARITY_SUPPORT, v, rule)))
		return rc;
	return add_state_stance(d, s, b, a, ENT_POLARITY_SUPPORT, v, rule);
}

/* "The Kremlin said the fighter jets given to Ukraine by Poland and
 * Slovakia would be destroyed": goods a participle of giving says were
 * given "to Y by A (and B)", then "will (would) be destroyed (targeted)"
 * or "become (legitimate) targets" at i: the sentence's subject opposes
 * each giver; not negated (stance.goods_threatened, stop 44,
 * test_extract_stance_statements.c). */
static int goods_threatened(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_given[] = {"given", "supplied", "sent", "delivered", "provided",
					"donated", "transferred", NULL};
	const mention *a, *g[6];
	size_t j, b = NONE, e, ng, k;
	int rc;
	if (!((kis(d, i, "destroyed") || kis(d, i, "targeted")) && kis(d, i - 1, "be")) &&
	    !(kis(d, i, "targets") && (kis(d, i - 1, "become") || kis(d, i - 2, "become"))))
		return ENT_OK;
	if (negated(d, s, i))
		return ENT_OK;
	for (j = i; j > s->t0 + 3 && j + 16 > i; j--)
		if (kis(d, j - 1, "by") && j >= s->t0 + 5) {
			b = j - 1;
			break;
		}
	if (b == NONE)
		return ENT_OK;
	/* "given to Ukraine by": the participle up to five words before */
	for (k = b; k > s->t0 && k + 6 > b && !kin_local(d, k - 1, w_given); k--)
		;
	if (k == s->t0 || !kin_local(d, k - 1, w_given))
		return ENT_OK;
	/* the givers: "by Poland and Slovakia", every state of the list */
	g[0] = named_state(d, s, b + 1, &e);
	if (!g[0] || g[0]->possessive || g[0]->gz == GZ_DEMONYM || e > i)
		return ENT_OK;
	ng = coordinated_pp(d, s, g[0], g, 6, 1);
	a = subject_before(d, s, k - 1);
	if (!a || a->gz == GZ_FIRM)
		return ENT_OK;
	for (k = 0; k < ng; k++) {
		if (!strcmp(a->code, g[k]->code) || g[k]->t0 >= i)
			continue;
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, g[k], ENT_POLARITY_OPPOSE, i,
					   "stance.goods_threatened")))
			return rc;
	}
	return ENT_OK;
}

static int welcomed_accession(dctx *d, const span *s, size_t i, int *hit);

static int stance_round8(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_recognise_v[] = {"recognized", "recognised", "recognizes",
					      "recognises", "recognize", "recognise", "recognizing",
					      "recognising", NULL};
	static const char *w_throw_v[] = {"throw", "throws", "threw", "throwing", "thrown", NULL};
	static const char *w_help_n[] = {"support", "backing", "solidarity", "help", "assistance",
					 NULL};
	static const char *w_backer_n[] = {"backer", "supporter", "ally", "patron", NULL};
	static const char *w_statehood[] = {"independence", "sovereignty", "statehood", NULL};
	static const char *w_welcome_v[] = {"welcomed", "welcomes", "welcome", "welcoming", NULL};
	static const char *w_welcomed_n[] = {"decision", "move", "step", "sale", "offer",
					     "initiative", "proposal", "announcement", "plan", "role",
					     "efforts", "mediation", "legislation", "law", "leadership",
					     "policy", "stand", "stance", "position", "cooperation",
					     "restraint", "response", "contribution", "approach",
					     "commitment", "engagement", "success", "successes",
					     "achievement", "achievements", "victory", "diplomacy",
					     "handling", "push", "buildup", "build-up", "drive",
					     "purchase", "acquisition", "modernisation",
					     "modernization",
					     /* "welcomed Y's entry into the Schengen
					      * zone (accession to NATO)", "praised Y's
					      * resistance" (stop 58) */
					     "entry", "accession", "membership", "resistance",
					     /* "welcomed Russian instructors", "Y's
					      * continued military presence" (stop 59) */
					     "troops", "forces", "instructors", "advisers",
					     "advisors", "soldiers", "contingent", "presence",
					     "deployment",
					     /* "welcomed the United States' recognition
					      * of its sovereignty" (stop 62) */
					     "recognition", "endorsement", "vote", NULL};
	static const char *w_appalled_v[] = {"appalled", "outraged", NULL};
	/* the bonds praise may name: "hailed its ties with Y" */
	static const char *w_bond_n[] = {"ties", "relations", "cooperation", "partnership",
					 "friendship", "relationship", "alliance",
					 /* "defended its security pact with Y" (stop 61) */
					 "pact", NULL};
	/* "defended (defends) its ... with Y" (stop 61) */
	static const char *w_defend_own_v[] = {"defended", "defends", "defending", NULL};
	/* "reaffirmed its (diplomatic) alliance with Y" (stop 56) */
	static const char *w_reaffirm_v[] = {"reaffirmed", "reaffirms", "reaffirming",
					     "reiterated", "reiterates", NULL};
	static const char *w_grow_v[] = {"deepen", "strengthen", "expand", "boost", "enhance",
					 "upgrade", "elevate", NULL};
	static const char *w_will_v[] = {"agreed", "agree", "agrees", "pledged", "pledge",
					 "pledges", "vowed", "vow", "vows", "promised", NULL};
	static const char *w_call_ally_v[] = {"called", "calls", "calling", "considers",
					      "considered", "regards", "regarded", "identified",
					      "identifies", NULL};
	static const char *w_praise_v[] = {"praised", "praises", "praise", "praising", "hailed",
					   "hails", "hail", "hailing", "saluted", "salutes",
					   "salute", "saluting", "commended", "commends", "commend",
					   "commending", "lauded", "lauds", "laud", "lauding",
					   "applauded", "applauds", "applaud", "applauding", NULL};
	const mention *a, *t;
	const char *k;
	size_t j, e = 0;
	int rc, welcome, grow;
	*hit = 0;
	/* at the sentence's end too: "... would be destroyed." */
	if (i > s->t0 + 6 && d->t.v[i].kind == TK_WORD &&
	    ((K(i)[0] == 'd' && K(i)[1] == 'e' && K(i)[2] == 's') ||
	     (K(i)[0] == 't' && K(i)[1] == 'a' && K(i)[2] == 'r'))) {
		if ((rc = goods_threatened(d, s, i, hit)) || *hit)
			return rc;
	}
	/* "its adherence to the one-China policy." ends the sentence (stop 55) */
	if (K(i)[0] == 'p' && (kis(d, i, "policy") || kis(d, i, "principle")) &&
	    ((rc = one_china(d, s, i, hit)) || *hit))
		return rc;
	if (K(i)[0] == 's' && K(i)[1] == 'a' && i + 5 >= s->t1 &&
	    ((rc = harmful_flow_said(d, s, i, hit)) || *hit))
		return rc;
	if (i + 2 >= s->t1 || d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
		return ENT_OK;
	k = K(i);
	if ((k[0] == 's' && (k[1] == 'a' || k[1] == 't')) || (k[0] == 'a' && k[1] == 'd') ||
	    (k[0] == 'n' && k[1] == 'o' && k[2] == 't')) {
		if ((rc = harmful_deed(d, s, i, hit)) || *hit)
			return rc;
	}
	if (k[0] == 's' && k[1] == 'i') {
		if ((rc = security_pact(d, s, i, hit)) || *hit)
			return rc;
	}
	/* votes mustered, arms exports suspended, disappointment: tested
	 * by their first letters here, where each token passes anyway */
	if (k[0] == 'v' && k[1] == 'o' && k[2] == 't') {
		if ((rc = votes_mustered(d, s, i, hit)) || *hit)
			return rc;
	}
	if ((k[0] == 's' && k[1] == 'u' && k[2] == 's') || (k[0] == 'h' && k[1] == 'a' && k[2] == 'l') ||
	    (k[0] == 'f' && k[1] == 'r') || (k[0] == 'b' && (k[1] == 'l' || k[1] == 'a')) ||
	    (k[0] == 'e' && k[1] == 'm' && k[2] == 'b') || (k[0] == 's' && k[1] == 't' && k[2] == 'o') ||
	    (k[0] == 'r' && k[1] == 'e' && k[2] == 'f') || (k[0] == 'd' && k[1] == 'e' && k[2] == 'c') ||
	    (k[0] == 'p' && k[1] == 'r' && k[2] == 'o' && k[3] == 'h') ||
	    (k[0] == 'p' && k[1] == 'a' && k[2] == 'u') ||
	    (k[0] == 'p' && k[1] == 'u' && k[2] == 't') || /* "put on hold" (stop 67) */
	    (k[0] == 'l' && k[1] == 'i' && k[2] == 'm') ||
	    (k[0] == 'c' && k[1] == 'u' && k[2] == 'r') ||
	    (k[0] == 'c' && k[1] == 'a' && k[2] == 'n') ||
	    (k[0] == 'm' && k[1] == 'o' && k[2] == 'r') ||
	    /* "grounded", "stalled", "obstructed", "vetoed" (stop 60): the
	     * words themselves, not every "state" */
	    (((k[0] == 'g' && k[1] == 'r' && k[2] == 'o') ||
	      (k[0] == 's' && k[1] == 't' && k[2] == 'a') ||
	      (k[0] == 'o' && k[1] == 'b' && k[2] == 's') ||
	      (k[0] == 'v' && k[1] == 'e' && k[2] == 't')) &&
	     kin_local(d, i, w_grounded_v))) {
		if ((rc = suspended_exports(d, s, i, hit)) || *hit)
			return rc;
	}
	if (((k[0] == 'l' && k[1] == 'i' && k[2] == 'f') ||
	     (k[0] == 'r' && k[1] == 'e' && (k[2] == 'v' || k[2] == 's'))) &&
	    ((rc = lifted_ban(d, s, i, hit)) || *hit))
		return rc;
	if (k[0] == 'b' && (rc = barred_craft(d, s, i, hit)) != ENT_OK)
		return rc;
	if (*hit)
		return ENT_OK;
	if (k[0] == 's' || k[0] == 'h' || k[0] == 'f' || k[0] == 'b' || k[0] == 'c' ||
	    k[0] == 'r' || k[0] == 'i' || k[0] == 'l' || k[0] == 'w' ||
	    (k[0] == 'p' && k[1] == 'u')) {
		if ((rc = hostile_measure(d, s, i, hit)) || *hit)
			return rc;
		if ((k[0] == 'i' || k[0] == 's' || k[0] == 'l') &&
		    (rc = relative_measure(d, s, i, hit)) != ENT_OK)
			return rc;
		if (*hit)
			return ENT_OK;
	}
	if (k[0] == 'd' && k[1] == 'i' && k[2] == 's' && k[3] == 'a') {
		if ((rc = disappointment(d, s, i, hit)) || *hit)
			return rc;
	}
	if (k[0] == 'r' || k[0] == 'e' || k[0] == 'k') {
		if ((rc = expelled_from(d, s, i, hit)) || *hit)
			return rc;
	}
	/* every word of stance_forms but "saw" has four letters or more: most
	 * words ("to", "of", "the", "and") never make the call */
	if ((d->t.v[i].keylen >= 4 || (k[0] == 's' && k[1] == 'a' && k[2] == 'w' && !k[3])) &&
	    ((rc = stance_forms(d, s, i, k, hit)) || *hit))
		return rc;
	if (k[0] == 'r' && kin_local(d, i, w_recognise_v)) {
		/* not "urged/refused to recognise", not "was recognised by" */
		/* "was recognizing" is no passive */
		if (negated(d, s, i) ||
		    (i > s->t0 && (kis(d, i - 1, "to") ||
				   ((KIN(d, i - 1, w_be) || kis(d, i - 1, "been")) &&
				    !ends_ing(K(i))))))
			return ENT_OK;
		j = i + 1;
		if (ly_adverb(d, j))
			j++;
		t = recognised_state(d, s, j);
		if (!t && (t = named_state(d, s, j, &e)) != NULL) {
			/* "Y's new independence", "Yn sovereignty (claims) over
			 * Z", "Y's claim to Z" (stop 42) */
			if (!(t->possessive && t->gz != GZ_DEMONYM && e + 1 < s->t1 &&
			      d->t.v[e].kind == TK_WORD && !d->t.v[e].upper &&
			      kin_local(d, e + 1, w_statehood)) &&
			    !(t->possessive && t->gz != GZ_DEMONYM && e < s->t1 &&
			      (kis(d, e, "claim") || kis(d, e, "claims")) &&
			      !(e + 1 < s->t1 && KIN(d, e + 1, w_be))) &&
			    !(t->gz == GZ_DEMONYM && e < s->t1 &&
			      (kin_local(d, e, w_statehood) || kis(d, e, "claims") ||
			       kis(d, e, "claim"))))
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
		mention body;
		size_t n = 0, f;
		j = e = thanked_person_and(d, s, i + 1);
		for (; j < s->t1 && n < 8;) {
			if (kis(d, j, "the") && j + 1 < s->t1 &&
			    (n > 0 || ((t = mention_at(d, s, j + 1)) != NULL &&
				       t->gz != GZ_DEMONYM && t->gz != GZ_FIRM)))
				j++; /* "Y and the Z", "thanked the U.K." */
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
		if (n <= 1 &&
		    ((rc = thanked_person_for(d, s, i, e, hit)) || *hit))
			return rc; /* "thanked Yn President Z for Y's support" */
		if (n == 1 && ((rc = gratitude_for(d, s, i, list[0], j, hit)) || *hit))
			return rc;
		if (n <= 1 && (t = thanked_body(d, s, e, &f)) != NULL) {
			/* "thanked the Yn government (navy) for the aid",
			 * "thanked Y's government": the body is the state */
			body = *t;
			body.possessive = 0;
			t = &body;
			list[0] = t;
			n = 1;
			j = f;
			if ((rc = gratitude_for(d, s, i, t, f, hit)) || *hit)
				return rc;
		}
		if (n == 1 && (object_ends(d, s, j) || kis(d, j - 1, ",")) && !negated(d, s, i)) {
			/* "X thanked Y." "thanked Y on Monday": X backs Y; so
			 * does "thanked Y, saying ..." (stop 61) */
			*hit = 1;
			return add_state_stance(d, s, stance_actor(d, s, i), list[0],
						ENT_POLARITY_SUPPORT, i, "stance.gratitude");
		}
		if (n == 0 && ((rc = gratitude_for(d, s, i, NULL, j, hit)) || *hit))
			return rc; /* "thanked for Y's position" */
		/* "X thanked Y and Z for the (aid) package": each is thanked */
		for (e = 0; n >= 2 && e < n; e++)
			if ((rc = gratitude_for(d, s, i, list[e], j, hit)))
				return rc;
		if (*hit)
			return ENT_OK;
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
		/* each thanked backs X, and X, thanking, backs each (as for
		 * one state thanked "for its support") */
		for (e = 0; e < n; e++)
			if (strcmp(a->code, list[e]->code) &&
			    ((rc = add_stance(d, s, list[e], a, ENT_POLARITY_SUPPORT, i, s->t1,
					      "stance.thanks_list")) ||
			     (rc = add_stance(d, s, a, list[e], ENT_POLARITY_SUPPORT, i, s->t1,
					      "stance.thanks_list"))))
				return rc;
		return ENT_OK;
	}
	if (((k[0] == 'g' && (kis(d, i, "gratitude") || kis(d, i, "grateful"))) ||
	     (k[0] == 'a' && kis(d, i, "appreciation"))) &&
	    !negated(d, s, i)) {
		/* "X expressed (“)gratitude(”) to (the) Y (government) for",
		 * "X is grateful to Y for", "grateful for the Yn aid",
		 * "expressed appreciation for Y's assistance" (stop 54) */
		j = i + 1;
		if (j < s->t1 && skip_quote(d, j))
			j++;
		if (j + 2 < s->t1 && kis(d, j, "to") && (t = named_state(d, s, j + 1, &e)) != NULL &&
		    !t->possessive) {
			if (e < s->t1 && KIN(d, e, w_gov_noun))
				e++; /* "the Yn government", "the Y government" */
			else if (t->gz == GZ_DEMONYM)
				return ENT_OK;
			return gratitude_for(d, s, i, t, e, hit);
		}
		if (j + 2 < s->t1 && kis(d, j, "for"))
			return gratitude_for(d, s, i, NULL, j, hit);
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
	if (k[0] == 't' && k[1] == 'h' && kin_local(d, i, w_throw_v) && !negated(d, s, i) &&
	    (j = weight_behind(d, s, i + 1)) != 0 && (t = named_state(d, s, j, &e)) &&
	    ((t->gz != GZ_DEMONYM && !t->possessive) || bid_after(d, s, t))) {
		/* "X threw (is throwing) its (full) weight behind Y", "behind
		 * Y's bid (the Yn candidacy)" (stop 57) */
		a = stance_actor(d, s, i);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
					   "stance.weight_behind")))
			return rc;
		return ENT_OK;
	}
	if (((k[0] == 'c' && (k[1] == 'a' || k[1] == 'o')) || (k[0] == 'r' && k[1] == 'e') ||
	     (k[0] == 'i' && k[1] == 'd')) &&
	    kin_local(d, i, w_call_ally_v) && ((rc = ally_named(d, s, i, hit)) || *hit))
		return rc;
	if (k[0] == 'r' && k[1] == 'e' && kis(d, i, "recognition") && i + 2 < s->t1 &&
	    kis(d, i + 1, "of") && !negated(d, s, i) &&
	    (((a = recognition_owner(d, s, i)) && (t = recognised_state(d, s, i + 2))) ||
	     ((a = recognition_called(d, s, i)) && (t = called_recognised(d, s, i + 2))))) {
		/* "Israel's recognition of Morocco's sovereignty" */
		*hit = 1;
		return add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
					"stance.recognition_noun");
	}
	welcome = (k[0] == 'w' && k[1] == 'e' && kin_local(d, i, w_welcome_v)) ||
		  (((k[0] == 'p' && k[1] == 'r') || (k[0] == 'h' && k[1] == 'a') ||
		    (k[0] == 's' && k[1] == 'a') || (k[0] == 'c' && k[1] == 'o') ||
		    (k[0] == 'l' && k[1] == 'a') || (k[0] == 'a' && k[1] == 'p')) &&
		   kin_local(d, i, w_praise_v)) ||
		  /* "paid tribute to" (stop 36) */
		  (k[0] == 't' && k[1] == 'o' && i >= s->t0 + 2 && kis(d, i, "to") &&
		   kis(d, i - 1, "tribute") &&
		   (kis(d, i - 2, "paid") || kis(d, i - 2, "pays") || kis(d, i - 2, "paying") ||
		    kis(d, i - 2, "pay")));
	if (welcome && i >= s->t0 + 2 && kis(d, i + 1, "by") && !negated(d, s, i)) {
		/* "was (warmly) welcomed by" */
		j = ly_adverb(d, i - 1) ? i - 2 : i - 1;
		if (KIN(d, j, w_be) || kis(d, j, "been"))
			return welcomed_by(d, s, i, hit);
	}
	if (welcome && !negated(d, s, i) && (rc = welcomed_accession(d, s, i, hit)))
		return rc;
	if (*hit)
		return ENT_OK;
	if (welcome && !negated(d, s, i)) {
		if ((rc = welcomed_between(d, s, i, hit)))
			return rc;
		if (!*hit && (rc = welcomed_pact(d, s, i, hit)))
			return rc;
		if (*hit)
			return ENT_OK;
	}
	if (welcome && !negated(d, s, i) && kis(d, i + 1, "the") &&
	    (rc = welcomed_the_deal(d, s, i, hit)) != ENT_OK)
		return rc;
	if (*hit)
		return ENT_OK;
	if (welcome && !negated(d, s, i) && (t = lifted_measure_owner(d, s, i + 1)) != NULL) {
		/* "hailed the full lifting of a U.S. arms embargo on the
		 * island": X backs the state that lifts its measure */
		const mention *w = stance_actor(d, s, i);
		*hit = 1;
		if (!w || w->gz == GZ_FIRM || !strcmp(w->code, t->code))
			return ENT_OK;
		return add_state_stance(d, s, w, t, ENT_POLARITY_SUPPORT, i, "stance.welcomed_lifting");
	}
	if (welcome && !negated(d, s, i) && i + 4 < s->t1 && kis(d, i + 1, "the")) {
		/* "welcomed the arrival (deployment, presence) of the Russian
		 * bombers": X backs the state whose forces come */
		static const char *w_coming_n[] = {"arrival", "deployment", "presence", "stationing",
						   NULL};
		size_t o = i + 4, pe;
		const mention *y, *w;
		if (kin_local(d, i + 2, w_coming_n) && kis(d, i + 3, "of")) {
			if (o < s->t1 && kis(d, o, "the"))
				o++;
			y = mention_at(d, s, o);
			if (y && y->t0 == o && y->gz == GZ_DEMONYM && ent__is_state_mention(y) &&
			    y->t1 < s->t1 &&
			    (in_weapon(d, s, y->t1) || presence_of(d, s, o, &pe) == y)) {
				w = stance_actor(d, s, i);
				*hit = 1;
				if (!w || w->gz == GZ_FIRM || !strcmp(w->code, y->code))
					return ENT_OK;
				return add_state_stance(d, s, w, y, ENT_POLARITY_SUPPORT, i,
							"stance.welcomed_arrival");
			}
		}
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
	if (welcome && i + 3 < s->t1 && !negated(d, s, i) &&
	    (t = named_state(d, s, i + 1, &e)) != NULL && t->possessive && t->gz != GZ_DEMONYM &&
	    e < s->t1) {
		/* "praised (paid tribute to) Mali's win-win partnership with
		 * Russia": the possessor backs the state after "with" (stop
		 * 36) */
		const mention *y;
		size_t f;
		for (j = e, f = e + 4; j < s->t1 && j < f && !kin_local(d, j, w_bond_n) &&
				       (d->t.v[j].kind == TK_WORD || kis(d, j, "-") || skip_quote(d, j)) &&
				       !d->t.v[j].upper;
		     j++)
			;
		if (j + 2 < s->t1 && kin_local(d, j, w_bond_n) && kis(d, j + 1, "with") &&
		    (y = named_state(d, s, j + 2, &f)) != NULL && !y->possessive &&
		    y->gz != GZ_DEMONYM && strcmp(y->code, t->code) != 0) {
			*hit = 1;
			return add_state_stance(d, s, t, y, ENT_POLARITY_SUPPORT, i,
						"stance.welcomed");
		}
	}
	/* "A and B agreed (pledged, vowed) to deepen (strengthen) their
	 * partnership", "... its ties with Y" (stop 57): the verb of will */
	grow = i >= s->t0 + 3 && kis(d, i - 1, "to") && kin_local(d, i, w_grow_v) &&
	       kin_local(d, i - 2, w_will_v);
	if ((welcome || grow || (k[0] == 'r' && kin_local(d, i, w_reaffirm_v)) ||
	     (k[0] == 'd' && kin_local(d, i, w_defend_own_v))) &&
	    i + 2 < s->t1 &&
	    (kis(d, i + 1, "its") || kis(d, i + 1, "their") ||
	     /* "he praised his country's friendship with Y" (stop 36) */
	     ((kis(d, i + 1, "his") || kis(d, i + 1, "her")) &&
	      (kis(d, i + 2, "country") || kis(d, i + 2, "nation")) && i + 3 < s->t1 &&
	      kis(d, i + 3, "'s"))) &&
	    !negated(d, s, i)) {
		/* "X hailed its (growing defence) ties with Y": X backs Y */
		size_t n;
		j = kis(d, i + 1, "its") || kis(d, i + 1, "their") ? i + 2 : i + 4;
		for (n = j + 4; j < s->t1 && j < n && d->t.v[j].kind == TK_WORD &&
				!d->t.v[j].upper && !kin_local(d, j, w_bond_n);
		     j++)
			;
		/* "with socialist and revolutionary Y", "with “socialist Y”" */
		for (n = j + 2, e = 0; n < s->t1 && e < 4 &&
				       (skip_quote(d, n) || kis(d, n, "and") ||
					(d->t.v[n].kind == TK_WORD && !d->t.v[n].upper));
		     n++, e++)
			;
		if (j + 2 < s->t1 && kin_local(d, j, w_bond_n) && kis(d, j + 1, "with") &&
		    (t = named_state(d, s, n, &e)) != NULL && !t->possessive &&
		    t->gz != GZ_DEMONYM) {
			*hit = 1;
			return add_state_stance(d, s, stance_actor(d, s, grow ? i - 2 : i), t,
						ENT_POLARITY_SUPPORT, i, "stance.welcomed");
		}
		if (j < s->t1 && kin_local(d, j, w_bond_n) && kis(d, i + 1, "their") &&
		    !(j + 1 < s->t1 && kis(d, j + 1, "with")))
			return bond_of_pair(d, s, grow ? i - 2 : i, hit, "stance.welcomed");
	}
	if (welcome && !negated(d, s, i) && i + 2 < s->t1 && kis(d, i + 1, "its") &&
	    (a = stance_actor(d, s, i)) != NULL && a->gz != GZ_FIRM && a->t0 > s->t0) {
		/* "Japan signs a deal as US envoy lauds its defense buildup":
		 * "its" is the state named before the praiser (stop 65) */
		const mention *o = NULL;
		size_t q;
		for (q = s->m0; q < s->m1 && M(d, q)->t1 <= a->t0 && !o; q++)
			if (ent__is_state_mention(M(d, q)) && M(d, q)->gz != GZ_FIRM &&
			    !M(d, q)->possessive && M(d, q)->code && strcmp(M(d, q)->code, a->code))
				o = M(d, q);
		for (j = i + 2; o && j < s->t1 && j < i + 5 && !kin_local(d, j, w_welcomed_n) &&
				d->t.v[j].kind == TK_WORD && !d->t.v[j].upper;
		     j++)
			;
		if (o && j < s->t1 && j < i + 5 && kin_local(d, j, w_welcomed_n)) {
			*hit = 1;
			return add_state_stance(d, s, a, o, ENT_POLARITY_SUPPORT, i,
						"stance.welcomed");
		}
	}
	if (welcome && !negated(d, s, i) && (t = named_state(d, s, i + 1, &e)) != NULL &&
	    e < s->t1 &&
	    (t->possessive || t->gz == GZ_DEMONYM ||
	     (d->t.v[e].kind == TK_WORD && !d->t.v[e].upper))) {
		/* "X welcomed the Fooish decision / Y's move / the Y arms sale";
		 * "X welcomed Y's (“)continued support(”)": Y backs X */
		int back = 0;
		if (t->gz == GZ_DEMONYM && e + 2 < s->t1 && KIN(d, e, w_gov_noun) &&
		    kis(d, e + 1, "'s"))
			e += 2; /* "praised the Fooish government's approach" */
		for (j = e; j < s->t1 && j < e + 3 && !kin_local(d, j, w_welcomed_n); j++) {
			/* "Y's support", "Yn (US) support" (stop 57) */
			if ((t->possessive || t->gz == GZ_DEMONYM || j == e) &&
			    kin_local(d, j, w_help_n)) {
				back = 1;
				break;
			}
			if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper) {
				if (!(t->possessive && j == e && skip_quote(d, j)))
					return praised_for(d, s, i, t, e, hit);
			}
		}
		if (j >= s->t1 || j >= e + 3)
			return praised_for(d, s, i, t, e, hit);
		if (j + 1 < s->t1 && (kis(d, j + 1, "'") || kis(d, j + 1, "'s")))
			return ENT_OK; /* "welcomed US forces' departure" */
		a = stance_actor(d, s, i);
		*hit = 1;
		if (back && a && a->gz != GZ_FIRM && strcmp(a->code, t->code)) {
			/* ... and praise is backing: X backs Y too */
			if ((rc = add_stance(d, s, t, a, ENT_POLARITY_SUPPORT, i, s->t1,
					     "stance.welcomed_support")))
				return rc;
			return add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
						"stance.welcomed_support");
		}
		if (!back && (rc = add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
						    "stance.welcomed")))
			return rc;
		return ENT_OK;
	}
	if (welcome && !negated(d, s, i) && (t = named_state(d, s, i + 1, &e)) != NULL)
		return praised_for(d, s, i, t, e, hit); /* "praised Y for its role" */
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
	static const char *w_side_ing[] = {"opposing", "rejecting", NULL};
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
	      (KIN(d, i - 1, w_modal) || kis(d, i - 1, "we") || kis(d, i - 1, "they") ||
	       subject_pronoun(d, s, i) != NONE)))) {
		/* "Ukraine backs the territorial integrity of Azerbaijan" */
		static const char *w_own[] = {"integrity", "sovereignty", "independence", "statehood",
					      NULL};
		size_t w;
		int bid_owner = 0;
		/* "we (will continue to) support": the pronoun past modals */
		size_t sp = subject_pronoun(d, s, i), pa = past_auxiliaries(d, s, i);
		int pron = (sp != NONE && (kis(d, sp, "we") || kis(d, sp, "they") || kis(d, sp, "i"))) ||
			   (pa >= s->t0 + 2 &&
			    (kis(d, pa - 1, "country") || kis(d, pa - 1, "government")) &&
			    (kis(d, pa - 2, "his") || kis(d, pa - 2, "her") || kis(d, pa - 2, "our")));
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
			/* "We support Uganda": a state right after the verb;
			 * "We support Georgia's NATO membership (bid)" */
			static const char *w_bid_n[] = {"membership", "accession", "bid",
							"candidacy", "integration", "aspirations",
							NULL};
			t = name_after_the(d, s, j); /* over "the" (stop 49) */
			if (t && t->possessive) {
				size_t b = t->t1 < s->t1 && kis(d, t->t1, "'s") ? t->t1 + 1 : t->t1;
				if (b + 1 < s->t1 && d->t.v[b].kind == TK_WORD && d->t.v[b].upper)
					b++; /* "Y's NATO membership" */
				if (b < s->t1 && kin_local(d, b, w_bid_n))
					bid_owner = 1; /* the owner of the bid is backed */
			}
			if (t && ((t->possessive && !bid_owner) || t->gz == GZ_DEMONYM))
				t = NULL;
		}
		if (!t || (t->possessive && !is_person(d, t) && !bid_owner) ||
		    (kis(d, i, "reaffirmed") || kis(d, i, "reiterated")))
			return ENT_OK; /* "supports Y's sovereignty": the older rules */
		a = stance_actor(d, s, i);
		*hit = 1;
		if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i,
					   "stance.statehood_support")))
			return rc;
		return ENT_OK;
	}
	if (k[0] == 'r' && kis(d, i, "recognition") && i > s->t0 + 1 && kis(d, i + 1, "of")) {
		/* "X reiterated (reaffirmed, maintains) its (diplomatic)
		 * recognition of Y": X backs Y (stop 58) */
		static const char *w_keep_v[] = {"reiterated", "reiterates", "reaffirmed",
						 "reaffirms", "maintains", "maintained",
						 "confirmed", "confirms", "extended", "extends",
						 "granted", "grants", NULL};
		size_t v;
		for (v = i; v > s->t0 && v + 4 > i && !kin_local(d, v - 1, w_keep_v) &&
			    d->t.v[v - 1].kind == TK_WORD && !d->t.v[v - 1].upper;
		     v--)
			;
		if (v == s->t0 || !kin_local(d, v - 1, w_keep_v) || negated(d, s, v - 1))
			return ENT_OK;
		t = named_state(d, s, i + 2, &e);
		if (!t || t->possessive || t->gz == GZ_DEMONYM)
			return ENT_OK;
		a = stance_actor(d, s, v - 1);
		*hit = 1;
		return add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, "stance.recognition");
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
		if (t)
			e = past_time_words(d, s, e); /* "joined Y on Wednesday in" */
		if (!t || t->possessive || t->gz == GZ_DEMONYM || e + 1 >= s->t1 || !kis(d, e, "in"))
			return ENT_OK;
		if (KIN(d, e + 1, w_oppose_v) && strlen(K(e + 1)) > 3 &&
		    !strcmp(K(e + 1) + strlen(K(e + 1)) - 3, "ing")) {
			/* "Japan joined the US in condemning X's launch": the
			 * subject condemns X as well */
			const mention *z = actor_after(d, s, e + 2, 2, 1), *z2 = NULL;
			if (!z)
				z = demonym_act(d, s, e + 2);
			if (!z) /* "in condemning missile transfers between A
				 * and B": both (stop 49) */
				z = tie_between(d, s, e + 2, &z2);
			a = stance_actor(d, s, i);
			*hit = 1;
			if (a && z && a->gz != GZ_FIRM && strcmp(a->code, z->code) &&
			    (rc = add_stance(d, s, a, z, ENT_POLARITY_OPPOSE, i, s->t1,
					     "stance.joined_in")))
				return rc;
			if (a && z2 && a->gz != GZ_FIRM && strcmp(a->code, z2->code) &&
			    (rc = add_stance(d, s, a, z2, ENT_POLARITY_OPPOSE, i, s->t1,
					     "stance.joined_in")))
				return rc;
			return ENT_OK;
		}
		/* "A and B joined Y in opposing / rejecting the measure": they
		 * side with Y as a vote with Y would */
		if (!kin_local(d, e + 1, w_vote) && !kin_local(d, e + 1, w_side_ing))
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

static const char *w_declared_v[] = {"declared", "declares", "declare", "declaring", NULL};

/* "persona non grata" within eight words after token i (stop 55). */
static int non_grata(const dctx *d, const span *s, size_t i)
{
	size_t j;
	for (j = i + 1; j + 2 < s->t1 && j < i + 9; j++)
		if (kis(d, j, "persona") && kis(d, j + 1, "non") && kis(d, j + 2, "grata"))
			return 1;
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
	       (k[0] == 'e' && k[1] == 'x' && k[2] == 'p') ||	 /* expel, expulsion */
	       /* declared (stop 55) */
	       (k[0] == 'd' && k[1] == 'e' && k[2] == 'c' && k[3] == 'l') ||
	       /* measures (stop 54) */
	       (k[0] == 'm' && k[1] == 'e' && k[2] == 'a' && k[3] == 's') ||
	       /* "pushed (kicked, forced, drove) out" (stop 60) */
	       (i + 1 < d->t.n && kis(d, i + 1, "out") && strchr("pkfdt", k[0]));
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

/* The aim a resolution noun at token j of unit ps states: the first state
 * within six tokens after a verb of calling or condemning that follows
 * the noun within four tokens, with no other capitalised word before it
 * ("calling for Gaza ceasefire The X ..."); or NULL. */
static const mention *motion_aim_at(const dctx *d, const span *ps, size_t j)
{
	static const char *w_call_v[] = {"calls", "called", "calling", "demands", "demanded",
					 "demanding", "urges", "urged", "urging", "condemns",
					 "condemning", "condemned", "deplores", "deploring",
					 "denounces", "denouncing", NULL};
	size_t q, n, e = 0;
	for (q = j + 1, n = 0; q < ps->t1 && n < 4 && !kin_local(d, q, w_call_v); q++, n++)
		;
	if (q >= ps->t1 || n >= 4 || negated(d, ps, q))
		return NULL;
	for (q++, n = 0; q < ps->t1 && n < 6; q++, n++) {
		const mention *m = named_state(d, ps, q, &e);
		if (m && m->gz != GZ_FIRM)
			return m;
		if (d->t.v[q].kind == TK_WORD && d->t.v[q].upper)
			return NULL; /* another name, or a sentence the layout ran on */
	}
	return NULL;
}

/* The aim of a resolution that unit u states (motion_aim_at), or NULL. */
static const mention *motion_aim_in_unit(const dctx *d, const span *s, int u)
{
	static const char *w_motion_n[] = {"resolution", "draft", "motion", "text", NULL};
	span ps = *s;
	size_t j;
	const mention *m;
	ps.unit = u;
	ps.t0 = d->units[u].t0;
	ps.t1 = d->units[u].t1;
	ps.m0 = d->units[u].m0;
	ps.m1 = d->units[u].m1;
	for (j = ps.t0; j + 2 < ps.t1; j++) {
		if (K(j)[0] != 'r' && K(j)[0] != 'd' && K(j)[0] != 'm' && K(j)[0] != 't')
			continue;
		if (kin_local(d, j, w_motion_n) && (m = motion_aim_at(d, &ps, j)) != NULL)
			return m;
	}
	return NULL;
}

/* The state an earlier unit of the document names as the aim of a
 * resolution ("a resolution that calls for Y to withdraw", "the draft
 * condemning Y's raid", "a text demanding that Y ..."): the nearest such
 * unit before s, the first state within six tokens after the verb; or NULL. */
static const mention *resolution_aim_before(const dctx *d, const span *s)
{
	const mention *m = NULL;
	int u;
	for (u = s->unit - 1; u >= 0 && !m; u--)
		m = motion_aim_in_unit(d, s, u);
	return m;
}

/* "The (seven) countries voting against (for) the / Monday's resolution
 * were A, B and C": each listed state backs (opposes) the state an earlier
 * unit named as the resolution's aim; abstaining is no stance
 * (stance.vote_list).  Each listed state is taken alone: a list longer
 * than add_stance's coordination would lose its last states. */
static int vote_list(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *ls[12], *y;
	size_t v = i, n, k, e = 0;
	ent_polarity pol;
	int rc;
	if (!kis(d, i, "resolution") || i < s->t0 + 3 || i + 2 >= s->t1 || !kis(d, i + 1, "were"))
		return ENT_OK;
	if (kis(d, v - 1, "'s") && v >= s->t0 + 4)
		v -= 2; /* "Monday's" */
	else if (kis(d, v - 1, "the") || kis(d, v - 1, "this"))
		v--;
	if (kis(d, v - 1, "against"))
		pol = ENT_POLARITY_SUPPORT;
	else if (kis(d, v - 1, "for"))
		pol = ENT_POLARITY_OPPOSE;
	else
		return ENT_OK;
	if (!kis(d, v - 2, "voting") && !kis(d, v - 2, "voted"))
		return ENT_OK;
	n = listed_states(d, s, i + 2, ls, 12, &e);
	if (!n || (y = resolution_aim_before(d, s)) == NULL)
		return ENT_OK;
	*hit = 1;
	for (k = 0; k < n; k++)
		if ((rc = add_stance1(d, s, ls[k], y, pol, i, s->t1, "stance.vote_list")))
			return rc;
	return ENT_OK;
}

/* "The resolution, drafted (sponsored, proposed, tabled) by X, ..." /
 * "the resolution put forward by X" / "proposed by Yn nations, led by X":
 * X opposes the state an earlier unit named as the resolution's aim, or
 * else one of the two units after (stance.resolution_drafter). */
static int resolution_drafter(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_draft_v[] = {"drafted", "sponsored", "co-sponsored", "proposed",
					  "tabled", "introduced", "submitted", NULL};
	const mention *x, *y;
	size_t j = i + 1, e = 0, n;
	int u;
	if (!kis(d, i, "resolution"))
		return ENT_OK;
	if (j < s->t1 && kis(d, j, ","))
		j++;
	if (j + 1 < s->t1 && kis(d, j, "put") && kis(d, j + 1, "forward"))
		j++;
	else if (!(j < s->t1 && kin_local(d, j, w_draft_v)))
		return ENT_OK;
	if (j + 2 >= s->t1 || !kis(d, j + 1, "by"))
		return ENT_OK;
	x = named_state(d, s, j + 2, &e);
	if (!x) {
		/* "proposed by Arab nations, led by X": the group's leader */
		for (j += 2, n = 0; j + 3 < s->t1 && n < 3 && d->t.v[j].kind == TK_WORD; j++, n++)
			;
		if (j + 3 < s->t1 && kis(d, j, ",") && kis(d, j + 1, "led") && kis(d, j + 2, "by"))
			x = named_state(d, s, j + 3, &e);
	}
	if (!x || x->gz == GZ_FIRM || x->gz == GZ_DEMONYM || x->possessive)
		return ENT_OK;
	y = resolution_aim_before(d, s);
	for (u = s->unit + 1; !y && (size_t)u < d->nunits && u <= s->unit + 2; u++)
		y = motion_aim_in_unit(d, s, u); /* the aim told right after */
	if (!y)
		return ENT_OK;
	*hit = 1;
	return add_stance1(d, s, x, y, ENT_POLARITY_OPPOSE, i, s->t1, "stance.resolution_drafter");
}

/* "A, B and other co-sponsors of the resolution", "A and B, the sponsors
 * of the resolution": each listed state opposes the state an earlier unit
 * named as the resolution's aim (stance.resolution_sponsors). */
static int resolution_sponsors(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_sponsor_n[] = {"sponsors", "cosponsors", "drafters", "authors",
					    "sponsor", NULL};
	const mention *ls[8], *y;
	size_t j, n = 0, k, km;
	int rc;
	if (!kis(d, i, "resolution") || i < s->t0 + 5 || !kis(d, i - 1, "the") ||
	    !kis(d, i - 2, "of") || !kin_local(d, i - 3, w_sponsor_n))
		return ENT_OK;
	j = i - 3;
	if (j >= s->t0 + 2 && kis(d, j - 1, "-") && kis(d, j - 2, "co"))
		j -= 2; /* "co-sponsors" */
	if (j > s->t0 && (kis(d, j - 1, "other") || kis(d, j - 1, "the") || kis(d, j - 1, "fellow")))
		j--;
	if (j > s->t0 && (kis(d, j - 1, "and") || kis(d, j - 1, ",")))
		j--;
	/* leftwards over the list: mentions that end where the last began */
	for (km = s->m1; km > s->m0 && n < 8; km--) {
		const mention *m = M(d, km - 1);
		if (m->t1 > j)
			continue;
		if (m->t1 != j || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    m->gz == GZ_DEMONYM || m->possessive)
			break;
		ls[n++] = m;
		j = m->t0;
		if (j > s->t0 && kis(d, j - 1, "the"))
			j--;
		if (j > s->t0 && (kis(d, j - 1, ",") || kis(d, j - 1, "and")))
			j--;
		else
			break;
	}
	if (!n || (y = resolution_aim_before(d, s)) == NULL)
		return ENT_OK;
	*hit = 1;
	for (k = 0; k < n; k++)
		if ((rc = add_stance1(d, s, ls[k], y, ENT_POLARITY_OPPOSE, i, s->t1,
				      "stance.resolution_sponsors")))
			return rc;
	return ENT_OK;
}

/* The state that the document has told imposing sanctions on the state
 * code (a stance of opposition toward it by a rule of sanctions), the
 * latest one; its code, or NULL. */
static const char *sanctions_imposer(const dctx *d, const char *code)
{
	size_t k = d->ncands, e;
	while (k-- > 0) {
		const cand *c = &d->cands[k];
		if (c->dropped || c->f.type != ENT_FACT_STANCE ||
		    c->f.polarity != ENT_POLARITY_OPPOSE || strcmp(c->f.target.s, code) != 0)
			continue;
		for (e = 0; e < c->f.nevidence; e++)
			if (!strncmp(c->f.evidence[e].rule, "stance.sanction", 15))
				return c->f.actor.s;
	}
	return NULL;
}

static int sanction_poll_rules(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_sanctions[] = {"sanctions", "sanction", NULL};
	/* "the illegitimate prohibitive measures against Havana" (stop 54) */
	static const char *w_coercive[] = {"prohibitive", "restrictive", "punitive", "coercive",
					   "retaliatory", "unilateral", NULL};
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
					     "diplomat", "diplomats", "attache", "troops",
					     "forces", "soldiers", "contingent", NULL};
	static const char *w_reject_poll[] = {"rejected", "rejects", "reject", "rejecting", NULL};
	static const char *w_push_out_v[] = {"pushed", "pushes", "pushing", "kicked", "kicks",
					     "kicking", "forced", "forces", "forcing", "drove",
					     "drives", "driven", "driving", "threw", "throws",
					     "thrown", "throwing", NULL};
	const mention *ag[6], *a, *y = NULL;
	size_t na = 0, j, e = 0, q, n;
	int rc;
	*hit = 0;
	if (K(i)[0] == 'r' && K(i)[2] == 's') {
		if ((rc = vote_list(d, s, i, hit)) || *hit)
			return rc;
		if ((rc = resolution_drafter(d, s, i, hit)) || *hit)
			return rc;
		if ((rc = resolution_sponsors(d, s, i, hit)) || *hit)
			return rc;
		return resolution_vote(d, s, i, hit);
	}
	if (kin_local(d, i, w_sanctions) &&
	    !(i + 2 < s->t1 && (kis(d, i + 1, "on") || kis(d, i + 1, "against") ||
				kis(d, i + 1, "by") || kin_local(d, i + 1, w_by_v) ||
				ly_adverb(d, i + 1)))) {
		/* "Turkey condemned the \"unjust\" sanctions": sanctions told
		 * before on the state that condemns them; it opposes their
		 * imposer */
		for (q = i, n = 0; q > s->t0 && n < 4 && !kin_local(d, q - 1, w_condemn_v) &&
				   ((d->t.v[q - 1].kind == TK_WORD && !d->t.v[q - 1].upper) ||
				    quote_mark(d, q - 1));
		     q--, n++)
			;
		if (q > s->t0 && kin_local(d, q - 1, w_condemn_v) && !negated(d, s, q - 1) &&
		    (a = stance_actor(d, s, q - 1)) != NULL && !is_person(d, a)) {
			const char *imp = sanctions_imposer(d, a->code);
			mention im;
			if (!imp)
				return ENT_OK;
			code_mention(&im, imp);
			*hit = 1;
			return add_state_stance(d, s, a, &im, ENT_POLARITY_OPPOSE, i,
						"stance.sanctions_rejected");
		}
	}
	if (i + 2 >= s->t1)
		return ENT_OK;
	if ((kis(d, i, "sanctioned") ||
	     (kis(d, i, "sanction") && i > s->t0 &&
	      (kis(d, i - 1, "will") || kis(d, i - 1, "would") || kis(d, i - 1, "to")))) &&
	    i > s->t0 && !KIN(d, i - 1, w_be) && !kis(d, i - 1, "been") && !negated(d, s, i)) {
		/* "X (has) sanctioned Y / three Yn firms / Y's minister",
		 * "Washington will sanction Cairo (if ...)", "threatened to
		 * sanction Y" */
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
	if (kin_local(d, i, w_sanctions) ||
	    (K(i)[0] == 'm' && kis(d, i, "measures") && i > s->t0 &&
	     kin_local(d, i - 1, w_coercive))) {
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
			/* "Lavrov condemned US sanctions against Turkey": X
			 * opposes the state that imposed them as well */
			for (n = s->m0; a && !is_person(d, a) && n < s->m1; n++)
				if (M(d, n)->t1 == i && M(d, n)->t0 >= q &&
				    (ent__is_state_mention(M(d, n)) || M(d, n)->gz == GZ_DEMONYM) &&
				    M(d, n)->gz != GZ_FIRM &&
				    (rc = add_state_stance(d, s, a, M(d, n), ENT_POLARITY_OPPOSE, i,
							   "stance.sanctions_condemned")))
					return rc;
		}
		return ENT_OK;
	}
	if ((kin_local(d, i, w_expel_v) ||
	     (kin_local(d, i, w_declared_v) && non_grata(d, s, i)) ||
	     (i + 1 < s->t1 && kis(d, i + 1, "out") && kin_local(d, i, w_push_out_v))) &&
	    !negated(d, s, i)) {
		/* "expelled (the) (two) Yn / Y's (top) diplomats", "the expulsion
		 * of the Yn envoy"; "declared a Yn diplomat persona non grata"
		 * (stop 55); "pushed (kicked, forced) out French forces" (stop
		 * 60) */
		j = i + 1 + (i + 1 < s->t1 && kis(d, i + 1, "out"));
		if (j < s->t1 && (kis(d, j, "a") || kis(d, j, "an") || kis(d, j, "the")))
			j++;
		if (kis(d, i, "expulsion")) {
			if (!kis(d, j, "of"))
				return ENT_OK;
			j++;
		}
		if (j < s->t1 && (count_word(d, j) || kis(d, j, "several")))
			j++;
		y = named_state(d, s, j, &e);
		/* "expelling U.S. diplomats": a name as the noun's adjective
		 * (stop 62) */
		if (!y || !(y->possessive || y->gz == GZ_DEMONYM ||
			    (y->gz == GZ_STATE && e < s->t1 && kin_local(d, e, w_diplomat_n))))
			return ENT_OK;
		if (e + 1 < s->t1 && d->t.v[e].kind == TK_WORD && !d->t.v[e].upper &&
		    !kin_local(d, e, w_diplomat_n))
			e++; /* "top", "acting" */
		if (e >= s->t1 || !kin_local(d, e, w_diplomat_n))
			return ENT_OK;
		*hit = 1;
		return add_state_stance(d, s, gerund_actor(d, s, i), y, ENT_POLARITY_OPPOSE, i,
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

/* Is the verb at token i in a motion the subject vetoed, blocked or voted
 * against, with the motion noun at most `reach` words back?  The motion
 * noun's index + 1, or 0. */
static size_t motion_down_at(const dctx *d, const span *s, size_t i, size_t reach)
{
	static const char *w_motion[] = {"resolution", "motion", "draft", NULL};
	static const char *w_vote[] = {"voted", "votes", "vote", "voting", NULL};
	static const char *w_block[] = {"vetoed", "vetoes", "veto", "blocked", "blocks", NULL};
	size_t j, n, m;
	for (j = i, n = 0; j > s->t0 && n < reach && !kin_local(d, j - 1, w_motion); j--, n++)
		;
	if (j <= s->t0 || !kin_local(d, j - 1, w_motion))
		return 0;
	m = j;
	for (j--, n = 0; j > s->t0 && n < 6; j--, n++) {
		if (kin_local(d, j - 1, w_block))
			return m;
		if (kis(d, j - 1, "against"))
			return j - 1 > s->t0 && kin_local(d, j - 2, w_vote) ? m : 0;
	}
	return 0;
}

/* "imposed sanctions citing CAATSA on Turkey", "sanctions under the 2017
 * law against Y": the sanctions noun at i, then the law they cite (up to
 * four words, no comma), then "on" or "against": that word's index, else
 * NONE (stop 52). */
static size_t sanctions_under_law(const dctx *d, const span *s, size_t i)
{
	size_t j;
	if (i + 3 >= s->t1 || !(kis(d, i + 1, "citing") || kis(d, i + 1, "under")))
		return NONE;
	for (j = i + 2; j < s->t1 && j < i + 7 && d->t.v[j].kind != TK_PUNCT; j++)
		if (kis(d, j, "on") || kis(d, j, "against"))
			return j + 1 < s->t1 ? j : NONE;
	return NONE;
}

/* Is the verb of opposition at token i ("condemning Y") in a motion the
 * subject voted against or blocked ("voted against a (UN) resolution
 * condemning Y", "vetoed the draft denouncing Y")?  The voter backs Y
 * (stance.verb); a verb of support in it ("a resolution supporting Y")
 * makes the voter oppose Y (stop 56). */
static int motion_voted_down(const dctx *d, const span *s, size_t i)
{
	return motion_down_at(d, s, i, 6) != 0;
}

/* Is the verb of stance at token i in a motion (within six words after
 * its noun) the subject abstained on ("abstained on (in the vote on) a
 * resolution condemning Y")?  An abstention takes no side (stop 56). */
static int motion_abstained(const dctx *d, const span *s, size_t i)
{
	static const char *w_motion[] = {"resolution", "motion", "draft", NULL};
	static const char *w_abstain[] = {"abstained", "abstains", "abstaining", "abstain",
					  "abstention", "abstentions", NULL};
	size_t j, n;
	for (j = i, n = 0; j > s->t0 && n < 6 && !kin_local(d, j - 1, w_motion); j--, n++)
		;
	if (j <= s->t0 || !kin_local(d, j - 1, w_motion))
		return 0;
	for (j--, n = 0; j > s->t0 && n < 8; j--, n++)
		if (kin_local(d, j - 1, w_abstain))
			return 1;
	return 0;
}

/* Is the verb imposing sanctions at i in a motion the subject vetoed or
 * voted against ("vetoed a resolution (sponsored by Y on Monday) that
 * would have imposed sanctions on Z")?  The motion's sponsor imposes,
 * not the voter.  The motion noun may stand twelve words back; the
 * result is its index + 1, or 0. */
static size_t sanctions_voted_down(const dctx *d, const span *s, size_t i)
{
	return motion_down_at(d, s, i, 12);
}

/* The state that sponsored the motion noun at j: "a resolution
 * sponsored / drafted / proposed by Y"; NULL when none is named. */
static const mention *motion_sponsor(const dctx *d, const span *s, size_t j)
{
	static const char *w_by_v[] = {"sponsored", "drafted", "proposed", "tabled", "authored",
				       "penned", "submitted", "co-sponsored", NULL};
	const mention *y;
	size_t e = 0;
	if (j + 3 >= s->t1 || !kin_local(d, j + 1, w_by_v) || !kis(d, j + 2, "by"))
		return NULL;
	y = named_state(d, s, j + 3, &e);
	if (!y || y->possessive || y->gz == GZ_DEMONYM || y->gz == GZ_FIRM)
		return NULL;
	return y;
}

/* The state whose motion the noun at j is, when no "sponsored by" follows:
 * named right before it ("a Yn resolution", "Y's draft (resolution)", "the
 * Yn-drafted text"), or, for "the resolution", the state opening the
 * sentence before with its effort ("A Yn bid (effort, push, attempt,
 * proposal, draft) to ..."); NULL when none (stance.veto_sponsor,
 * test_extract_accusation.c). */
static const mention *motion_owner(const dctx *d, const span *s, size_t j)
{
	static const char *w_by_a[] = {"drafted", "sponsored", "backed", "proposed", NULL};
	static const char *w_effort_n[] = {"effort", "bid", "push", "attempt", "proposal",
					   "draft", "resolution", "initiative", NULL};
	size_t e = j, k;
	if (e > s->t0 && kis(d, e - 1, "draft"))
		e--;
	if (e > s->t0 + 1 && kin_local(d, e - 1, w_by_a) && kis(d, e - 2, "-"))
		e -= 2;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t1 == e && ent__is_state_mention(m) && m->gz != GZ_FIRM)
			return m;
	}
	if (e == j && e > s->t0 && kis(d, e - 1, "the") && s->unit > 0) {
		const unit *pu = &d->units[s->unit - 1];
		const mention *m = pu->m0 < pu->m1 ? M(d, pu->m0) : NULL;
		if (m && m->t0 <= pu->t0 + 1 && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
		    m->t1 + 1 < pu->t1 &&
		    kin_local(d, m->t1, w_effort_n) && kis(d, m->t1 + 1, "to"))
			return m;
	}
	return NULL;
}

/* "Trump reiterated his \"maximum pressure\" campaign on Iran", "the US
 * stepped up (exerted) pressure on Y": the one who presses opposes the
 * state after "on / against"; not "under pressure"; pressure_on's
 * second reading, when no call for more pressure is told
 * (stance.pressure_campaign). */
static int pressure_campaign(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_press_n[] = {"campaign", "campaigns", NULL};
	static const char *w_exert_v[] = {"stepped", "ramped", "increased", "exerted", "exerts",
					  "applied", "applies", "maintained", "maintains", "piled",
					  "piling", "mounted", "mounting", "intensified", NULL};
	const mention *a, *t;
	size_t j = i + 1, e = 0, v;
	int campaign = 0, exert = 0;
	if (!kis(d, i, "pressure") || i == s->t0 || kis(d, i - 1, "under") || negated(d, s, i))
		return ENT_OK;
	if (j < s->t1 && skip_quote(d, j))
		j++;
	if (j < s->t1 && kin_local(d, j, w_press_n)) {
		j++;
		campaign = 1;
	}
	for (v = i; !campaign && v > s->t0 && v + 4 > i; v--)
		exert |= kin_local(d, v - 1, w_exert_v);
	if ((!campaign && !exert) || j + 1 >= s->t1 || !(kis(d, j, "on") || kis(d, j, "against")))
		return ENT_OK;
	t = named_state(d, s, j + 1, &e);
	if (!t || t->possessive || t->gz == GZ_FIRM)
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM || a->t0 > i)
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.pressure_campaign");
}

/* "calling on world powers to pressure Y to halt attacks", "urged the UN
 * to pressure Y into talks": the verb "pressure" at i after "to", a call
 * within nine words before and a state right after: the caller opposes
 * it (stop 56, stance.pressure_on). */
static int pressure_verb(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a, *t;
	size_t v, e = 0;
	for (v = i - 1; v > s->t0 && i - v < 9 && !KIN(d, v - 1, w_call); v--)
		;
	if (v == s->t0 || !KIN(d, v - 1, w_call) || negated(d, s, v - 1))
		return ENT_OK;
	t = named_state(d, s, i + 1 + (i + 2 < s->t1 && kis(d, i + 1, "the")), &e);
	if (!t || t->possessive || t->gz == GZ_FIRM)
		return ENT_OK;
	a = stance_actor(d, s, v - 1);
	if (!a || a->gz == GZ_FIRM || !a->code || !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.pressure_on");
}

/* "X called on the international community to increase pressure on Y and
 * Z", "urged the West to step up pressure on Y", "called for more
 * pressure on Y": the caller opposes each state pressed (stance.pressure_on).
 * i is "pressure". */
static int pressure_on(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_more[] = {"increase", "increasing", "step", "ramp", "intensify",
				       "intensifying", "more", "maximum", "maintain", "keep",
				       "exert", "put", "apply", "mount", NULL};
	const mention *ls[6], *a;
	size_t v, n, k, e = 0;
	int more = 0, rc;
	if (!kis(d, i, "pressure"))
		return ENT_OK;
	if (i > s->t0 + 2 && i + 1 < s->t1 && kis(d, i - 1, "to"))
		return pressure_verb(d, s, i, hit);
	if (i + 2 >= s->t1 || !(kis(d, i + 1, "on") || kis(d, i + 1, "against")))
		return pressure_campaign(d, s, i, hit);
	for (v = i; v > s->t0 && i - v < 9; v--) {
		if (kin_local(d, v - 1, w_more) || (kis(d, v - 1, "up") && v > s->t0 + 1))
			more = 1;
		if (KIN(d, v - 1, w_call))
			break;
	}
	if (v == s->t0 || !KIN(d, v - 1, w_call) || !more || negated(d, s, v - 1))
		return pressure_campaign(d, s, i, hit);
	n = listed_states(d, s, i + 2, ls, 6, &e);
	a = stance_actor(d, s, v - 1);
	if (!n || !a || a->gz == GZ_FIRM)
		return ENT_OK;
	*hit = 1;
	for (k = 0; k < n; k++)
		if (strcmp(a->code, ls[k]->code) &&
		    (rc = add_state_stance(d, s, a, ls[k], ENT_POLARITY_OPPOSE, i,
					   "stance.pressure_on")))
			return rc;
	return ENT_OK;
}

/* After "security" at j-1: "of", or "and (defensive) capability
 * (capabilities) of"; the token after "of", or 0. */
static size_t security_of(const dctx *d, const span *s, size_t j)
{
	static const char *w_ability_n[] = {"capability", "capabilities", "capacity", NULL};
	if (j + 2 < s->t1 && kis(d, j, "and")) {
		j++;
		if (!kin_local(d, j, w_ability_n))
			j++; /* "defensive", "defense" */
		if (!kin_local(d, j, w_ability_n))
			return 0;
		j++;
	}
	return j < s->t1 && kis(d, j, "of") ? j + 1 : 0;
}

/* "This proposed sale will ... (help) improve the security of a major
 * non-NATO ally / an important regional partner (of the recipient)", "...
 * the security and defensive capability of the recipient", "the deal will
 * improve Morocco's defense capacity", "the sale will support Romania's
 * needs for its own self-defense" (stop 38): the words of a seller's
 * notice of a sale (the US agency's formula) state the seller's support
 * for the buyer. i is "improve" or "support"; a deal noun or "helping"
 * stands within eight words before it, and the deal told last (at most six
 * units back: a notice quoted after the deal's details; one seller) gives
 * the seller, and the buyer unless a possessive state names it
 * (stance.sale_improves). */
static int sale_improves(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_improve[] = {"improve", "improves", "improving", "support", "supports",
					  NULL};
	/* the seller's words: a buyer's "acquisition" or "purchase" aimed
	 * at enhancing its own capabilities is its own aim */
	static const char *w_sale_n[] = {"sale", "sales", "deal", "transfer", "package",
					 "helping", NULL};
	static const char *w_ally_n[] = {"ally", "partner", "friend", NULL};
	static const char *w_buyer_n[] = {"recipient", "buyer", "purchaser", NULL};
	static const char *w_ability_n[] = {"security", "capability", "capabilities", "capacity",
					    "ability", "defense", "defence", "needs", NULL};
	const mention *y = NULL;
	mention a, t;
	const cand *c;
	size_t j = i + 1, k, e = 0, n, so;
	if (!kin_local(d, i, w_improve) || s->unit < 0 || d->last_deal < 0 || i + 4 >= s->t1)
		return ENT_OK;
	for (k = i; k > s->t0 && i - k < 8 && !kin_local(d, k - 1, w_sale_n); k--)
		;
	if (k == s->t0 || !kin_local(d, k - 1, w_sale_n) || negated(d, s, i))
		return ENT_OK;
	c = &d->cands[d->last_deal];
	if (c->dropped || !c->directed || c->f.nsuppliers != 1 || c->unit > s->unit ||
	    s->unit - c->unit > 6)
		return ENT_OK;
	while (j < s->t1 && quote_mark(d, j))
		j++;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	so = j + 3 < s->t1 && kis(d, j, "security") ? security_of(d, s, j + 1) : 0;
	if (so && so + 1 < s->t1 && kis(d, so, "the") && kin_local(d, so + 1, w_buyer_n)) {
		/* "of the recipient" */
	} else if (so && so + 1 < s->t1 && (kis(d, so, "a") || kis(d, so, "an"))) {
		/* "a major non-NATO ally", "an important regional partner",
		 * a "major" non-NATO ally */
		for (k = so + 1, n = 0; k < s->t1 && n < 7 && !kin_local(d, k, w_ally_n); k++, n++)
			if (d->t.v[k].kind != TK_WORD && !kis(d, k, "-") && !quote_mark(d, k))
				return ENT_OK;
		if (k >= s->t1 || !kin_local(d, k, w_ally_n))
			return ENT_OK;
	} else if ((y = named_state(d, s, j, &e)) != NULL && y->possessive &&
		   y->gz != GZ_DEMONYM && y->gz != GZ_FIRM) {
		/* "Morocco's long-term defense capacity" */
		for (k = e, n = 0; k < s->t1 && n < 5 && !kin_local(d, k, w_ability_n); k++, n++)
			if (d->t.v[k].kind != TK_WORD && !kis(d, k, "-"))
				return ENT_OK;
		if (k >= s->t1 || !kin_local(d, k, w_ability_n) ||
		    strcmp(y->code, c->f.recipient.s) != 0)
			return ENT_OK;
	} else {
		return ENT_OK;
	}
	*hit = 1;
	code_mention(&a, c->f.suppliers[0].s);
	code_mention(&t, c->f.recipient.s);
	return add_stance1(d, s, &a, &t, ENT_POLARITY_SUPPORT, i, s->t1, "stance.sale_improves");
}

/* "The drills come amid criticism from Japan and Australia over China's
 * maritime moves", "protests from X about Yn incursions": each critic
 * after "from" opposes the owner of what the noun is over (about, of): a
 * possessive state, or a demonym before a word in small letters.  i is
 * the noun (stance.criticism_from, stop 38). */
static int criticism_from(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_crit_n[] = {"criticism", "condemnation", "protests", "objections",
					 "complaints", NULL};
	const mention *list[6], *t, *m;
	size_t j, e = 0, n = 0, q;
	int rc;
	if (!kin_local(d, i, w_crit_n) || i + 4 >= s->t1 || !kis(d, i + 1, "from") ||
	    negated(d, s, i))
		return ENT_OK;
	for (j = i + 2; j < s->t1 && n < 6;) {
		if (kis(d, j, "the") || kis(d, j, "and") || kis(d, j, ",")) {
			j++;
			continue;
		}
		m = mention_at(d, s, j);
		if (!m || m->t0 != j || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    m->possessive || !m->code)
			break;
		list[n++] = m;
		j = m->t1;
	}
	if (!n || j + 1 >= s->t1 || !(kis(d, j, "over") || kis(d, j, "about") || kis(d, j, "of")))
		return ENT_OK;
	t = named_state(d, s, j + 1, &e);
	if (!t || t->gz == GZ_FIRM ||
	    !(t->possessive ||
	      (t->gz == GZ_DEMONYM && e < s->t1 && d->t.v[e].kind == TK_WORD && !d->t.v[e].upper)))
		return ENT_OK;
	*hit = 1;
	for (q = 0; q < n; q++)
		if ((rc = add_state_stance(d, s, list[q], t, ENT_POLARITY_OPPOSE, i,
					   "stance.criticism_from")))
			return rc;
	return ENT_OK;
}

/* "Iran will not tolerate the presence of Israeli forces (Israel's
 * presence) near its borders": a negated "tolerate" at token i opposes the
 * state whose presence, forces or deeds are its object (stance.not_tolerate). */
static int not_tolerate(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_tolerate[] = {"tolerate", "tolerates", "accept", NULL};
	const mention *a, *t = NULL;
	size_t j = i + 1, e;
	if (!kin_local(d, i, w_tolerate) || !negated(d, s, i) || j + 1 >= s->t1)
		return ENT_OK;
	if (KIN(d, j, w_det) || kis(d, j, "any"))
		j++;
	if (j + 2 < s->t1 && kis(d, j, "presence") && kis(d, j + 1, "of")) {
		t = presence_of(d, s, j + 2, &e);
		if (!t && (t = named_state(d, s, j + 2, &e)) != NULL &&
		    !(e < s->t1 && KIN(d, e, w_gov_noun)) && t->gz == GZ_DEMONYM)
			t = NULL; /* "the presence of the Israeli regime", "of Israel" */
	}
	if (!t && j + 2 < s->t1 &&
	    (kis(d, j, "attempt") || kis(d, j, "attempts") || kis(d, j, "move") ||
	     kis(d, j, "bid") || kis(d, j, "effort") || kis(d, j, "efforts")) &&
	    kis(d, j + 1, "by")) {
		/* "would not tolerate an attempt by Tehran to close ..." */
		t = named_state(d, s, j + 2, &e);
		if (t && (t->possessive || t->gz == GZ_FIRM))
			t = NULL;
	} else if (!t && (t = named_state(d, s, j, &e)) != NULL &&
	    !(t->possessive && e < s->t1 && kis(d, e, "presence")))
		t = NULL; /* "Y's presence" */
	if (!t)
		t = presence_of(d, s, j, &e); /* "Yn troops" */
	a = stance_actor(d, s, i);
	if (!a || !t || a->gz == GZ_FIRM || !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.not_tolerate");
}

/* "Russia takes an 'extremely negative' view of Britain's decision to
 * supply Y", "X took a dim view of Yn plans": a negative view (of a quote
 * or not, an adverb before the adjective allowed) of a state's (or a
 * demonym's) deed at token i ("view") is the subject's opposition to that
 * state (stance.negative_view). */
static int negative_view(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_bad_adj[] = {"negative", "dim", "poor", "hostile", "grim",
					  "critical", "negatively", NULL};
	const mention *a, *t;
	size_t j, e;
	int bad = 0;
	if (!kis(d, i, "view") || i + 2 >= s->t1 || !kis(d, i + 1, "of") || negated(d, s, i))
		return ENT_OK;
	for (j = i; j > s->t0 && j + 5 > i && !bad; j--)
		bad = kin_local(d, j - 1, w_bad_adj);
	if (!bad)
		return ENT_OK;
	j = i + 2;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	t = state_before_noun(d, s, j, &e);
	a = stance_actor(d, s, i);
	if (!a || !t || a->gz == GZ_FIRM || !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.negative_view");
}

/* "The Kremlin said it would respond to a decision by France to supply Kyiv
 * with missiles", "vowed to respond to Poland's move": a response a state
 * promises (after "would / will / vowed to / threatens to") to another's
 * decision (move, plan, step) is opposition to that state
 * (stance.vowed_response). */
static int vowed_response(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_what[] = {"decision", "move", "plan", "step", "steps", NULL};
	const mention *a, *t = NULL;
	size_t j, e = 0;
	if (!(kis(d, i, "respond") || kis(d, i, "retaliate")) || i < s->t0 + 2 ||
	    i + 4 >= s->t1 || !kis(d, i + 1, "to"))
		return ENT_OK;
	if (!(kis(d, i - 1, "would") || kis(d, i - 1, "will") ||
	      (kis(d, i - 1, "to") && (kis(d, i - 2, "vowed") || kis(d, i - 2, "vows") ||
				       kis(d, i - 2, "threatened") || kis(d, i - 2, "pledged")))))
		return ENT_OK;
	j = i + 2;
	if (j < s->t1 && (kis(d, j, "a") || kis(d, j, "the")))
		j++;
	if (j + 2 < s->t1 && kin_local(d, j, w_what) && kis(d, j + 1, "by"))
		t = named_state(d, s, j + 2, &e);
	else if ((t = named_state(d, s, j, &e)) != NULL &&
		 !(t->possessive && e < s->t1 && kin_local(d, e, w_what)))
		t = NULL;
	if (!t || t->gz == GZ_FIRM || t->gz == GZ_DEMONYM || negated(d, s, i))
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM || !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.vowed_response");
}

/* "Iran and Belarus are key supporters of Russia's war against Ukraine",
 * "Both countries are viewed as staunch backers of Y": a plural noun of
 * backers, "of" and a state (its war, its cause), after up to three small
 * words, "as" and a verb of viewing, and a verb "be" (remain, became):
 * each state of the subject backs that state, the states a group noun
 * ("both countries") stands for too (stance.supporters_of, stop 53). */
static int supporters_of(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_remain[] = {"remain", "remained", "remains", "became", NULL};
	const mention *t, *a;
	size_t j, b, e;
	if (!(kis(d, i, "supporters") || kis(d, i, "backers")) || i < s->t0 + 2 ||
	    i + 2 >= s->t1 || !kis(d, i + 1, "of") || !(t = named_state(d, s, i + 2, &e)) ||
	    t->gz == GZ_DEMONYM)
		return ENT_OK;
	/* "Saudi Arabia, one of the strongest supporters of Y, ...": a state
	 * right before the comma of an apposition (stop 54) */
	for (b = i, j = 0; b > s->t0 + 4 && j < 3 && d->t.v[b - 1].kind == TK_WORD &&
			    !d->t.v[b - 1].upper && !kis(d, b - 1, "the");
	     b--, j++)
		;
	if (b > s->t0 + 4 && kis(d, b - 1, "the") && kis(d, b - 2, "of") && kis(d, b - 3, "one") &&
	    kis(d, b - 4, ",") && (a = actor_before(d, s, b - 4, 0, 0)) != NULL &&
	    a->t1 == b - 4 && ent__is_state_mention(a) && a->gz != GZ_FIRM &&
	    a->gz != GZ_DEMONYM && !a->possessive && strcmp(a->code, t->code) != 0) {
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, s->t1,
				  "stance.supporters_of");
	}
	for (b = i, j = 0; b > s->t0 + 1 && j < 3 && d->t.v[b - 1].kind == TK_WORD &&
			    !d->t.v[b - 1].upper && !KIN(d, b - 1, w_be) && !kis(d, b - 1, "as") &&
			    !kin_local(d, b - 1, w_remain);
	     b--, j++)
		if (kis(d, b - 1, "not") || kis(d, b - 1, "no") || kis(d, b - 1, "never"))
			return ENT_OK; /* "are not (no longer) supporters of Y" */
	if (b > s->t0 + 1 && kis(d, b - 1, "as") && kin(d, b - 2, w_interpret))
		b -= 2; /* "are viewed as" */
	b--;
	if (!(KIN(d, b, w_be) || kin_local(d, b, w_remain)) || kis(d, b, "be") || negated(d, s, b))
		return ENT_OK;
	a = stance_actor(d, s, b);
	if (a && a->t0 < t->t0) {
		*hit = 1;
		return add_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, s->t1,
				  "stance.supporters_of");
	}
	{
		char ana[4][12];
		int n = anaphor_states(d, s, ana), k, rc;
		for (k = 0; k < n; k++) {
			mention x;
			size_t q;
			for (q = s->m0; q < s->m1; q++)
				if (M(d, q)->t0 > i && M(d, q)->code &&
				    !strcmp(M(d, q)->code, ana[k]))
					break;
			if (q < s->m1)
				continue; /* "... of Y's war against Z": no Z */
			code_mention(&x, ana[k]);
			*hit = 1;
			if ((rc = add_stance1(d, s, &x, t, ENT_POLARITY_SUPPORT, i, s->t1,
					      "stance.supporters_of")))
				return rc;
		}
	}
	return ENT_OK;
}

/* "Turkey has been Azerbaijan's closest supporter", "X is Y's main
 * backer (patron)": the subject of "be" (remains, became) backs the
 * possessor, not negated (stance.its_backer). */
static int possessor_backer(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *x, *y;
	size_t b, j;
	int plural = kis(d, i, "supporters") || kis(d, i, "backers");
	if (i < s->t0 + 3 ||
	    !(kis(d, i, "supporter") || kis(d, i, "backer") || kis(d, i, "patron") || plural))
		return ENT_OK;
	/* "Ukraine's second-largest supporter": over a hyphen too (stop 50) */
	for (j = i; j > s->t0 && j + 5 > i &&
		    ((d->t.v[j - 1].kind == TK_WORD && !d->t.v[j - 1].upper) ||
		     kis(d, j - 1, "-")) &&
		    !KIN(d, j - 1, w_be);
	     j--)
		;
	y = possessor_before(d, s, j);
	if (!y || !ent__is_state_mention(y) || y->gz == GZ_FIRM || y->gz == GZ_DEMONYM ||
	    y->t0 < s->t0 + 2)
		return ENT_OK;
	b = y->t0 - 1;
	/* "X is one of Y's main backers": the plural after "one of" */
	if (plural && b > s->t0 + 1 && kis(d, b, "of") && kis(d, b - 1, "one"))
		b -= 2;
	else if (plural)
		return ENT_OK;
	if (b > s->t0 + 1 && kis(d, b, "as") &&
	    (kis(d, b - 1, "emerged") || kis(d, b - 1, "emerges") || kis(d, b - 1, "emerging")))
		b--; /* "X has emerged as one of Y's most reliable backers" (stop 58) */
	if (!(KIN(d, b, w_be) || kis(d, b, "remains") || kis(d, b, "became") ||
	      kis(d, b, "become") || kis(d, b, "emerged") || kis(d, b, "emerges") ||
	      kis(d, b, "emerging")) ||
	    negated(d, s, b))
		return ENT_OK;
	x = stance_actor(d, s, b);
	if (!x || x->gz == GZ_FIRM || !strcmp(x->code, y->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, x, y, ENT_POLARITY_SUPPORT, i, "stance.its_backer");
}

/* "A, B and C are traveling 'further down the wrong and dangerous path',
 * Z's Foreign Ministry said", "Z said Y is going down a dangerous path":
 * the states that walk a path (road) called wrong or dangerous (a word of
 * judgement within three words before it), named before it and after the
 * verb of saying when that comes first, are opposed by the speaker
 * (stance.wrong_path). */
static int wrong_path(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a, *sub = NULL, *tc[6];
	size_t j, k, v, n;
	int judged = 0, rc;
	if (!(kis(d, i, "path") || kis(d, i, "road")) || i < s->t0 + 3 || negated(d, s, i))
		return ENT_OK;
	for (j = i - 1; j > s->t0 && j + 4 > i && !judged; j--)
		judged = kis(d, j, "wrong") || kin_local(d, j, w_judge_adj);
	if (!judged)
		return ENT_OK;
	v = find_in(d, s->t0, s->t1, w_speech_verb);
	if (v == NONE)
		return ENT_OK;
	for (k = s->m0; k < s->m1 && !sub; k++) {
		const mention *m = M(d, k);
		if (m->t1 > i)
			break;
		if ((v < i && m->t0 < v) || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    m->possessive)
			continue;
		sub = m;
	}
	if (!sub || !(a = stance_actor(d, s, v)) || a->gz == GZ_FIRM)
		return ENT_OK;
	{
		/* "the statement issued by A, B and C shows that the three
		 * countries (they) have gone ...": the list after a
		 * preposition, taken up again, walks the path (stop 39) */
		static const char *w_again[] = {"they", "countries", "nations", "both", NULL};
		n = coordinated_pp(d, s, sub, tc, 6,
				   sub->t1 < i && find_in(d, sub->t1, i, w_again) != NONE);
	}
	for (k = 0; k < n; k++) {
		if (!strcmp(tc[k]->code, a->code))
			return ENT_OK;
	}
	*hit = 1;
	for (k = 0; k < n; k++)
		if ((rc = add_state_stance(d, s, a, tc[k], ENT_POLARITY_OPPOSE, i, "stance.wrong_path")))
			return rc;
	return ENT_OK;
}

/* "Sullivan said there would be 'real costs' for China if ...", "X warned
 * of consequences for Y": costs (consequences, repercussions) "for" a
 * state at token i, in a clause a verb of saying or warning up to twelve
 * words before opens, are its speaker's opposition to that state
 * (stance.costs_for). */
static int costs_for(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_cost_n[] = {"costs", "consequences", "repercussions", NULL};
	const mention *a, *t;
	size_t n = i - 1, v, e;
	if (!kis(d, i, "for") || i < s->t0 + 2 || i + 1 >= s->t1)
		return ENT_OK;
	if (quote_mark(d, n) && n > s->t0)
		n--;
	if (!kin_local(d, n, w_cost_n) || negated(d, s, n))
		return ENT_OK;
	t = named_state(d, s, i + 1, &e);
	if (!t || t->possessive || t->gz == GZ_FIRM || t->gz == GZ_DEMONYM)
		return ENT_OK;
	for (v = n; v > s->t0 && v + 12 > n; v--)
		if (KIN(d, v - 1, w_speech_verb) || kis(d, v - 1, "warned") ||
		    kis(d, v - 1, "warns") || kis(d, v - 1, "threatened"))
			break;
	if (v == s->t0 || v + 12 <= n)
		return ENT_OK;
	a = stance_actor(d, s, v - 1);
	if (!a || a->gz == GZ_FIRM || !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.costs_for");
}

/* "X vetoed a (UN) resolution sponsored / drafted / proposed by Y": X
 * opposes Y (stance.veto_sponsor).  Only a veto verb at i leads; the
 * motion noun is at most four words on and its sponsor follows it. */
static int veto_sponsor(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_veto_v[] = {"vetoed", "vetoes", "vetoing", NULL};
	static const char *w_motion[] = {"resolution", "draft", "motion", "text", "proposal", NULL};
	const mention *a, *y;
	size_t j;
	*hit = 0;
	if (!kin_local(d, i, w_veto_v) || i == s->t0 || negated(d, s, i))
		return ENT_OK;
	for (j = i + 1; j < s->t1 && j < i + 5 && !kin_local(d, j, w_motion); j++)
		;
	if (j >= s->t1 || !kin_local(d, j, w_motion) ||
	    !((y = motion_sponsor(d, s, j)) || (y = motion_owner(d, s, j))))
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM)
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, y, ENT_POLARITY_OPPOSE, i, "stance.veto_sponsor");
}

/* The buyer of the deal told last before span s, in its paragraph or the
 * three before ("Turkey asked to buy 40 Typhoon jets. ... Germany is
 * blocking the deal"), or NULL (stop 43). */
static const char *deal_told_buyer(const dctx *d, const span *s)
{
	size_t k;
	if (s->unit < 0)
		return NULL;
	for (k = d->ncands; k > 0; k--) {
		const cand *c = &d->cands[k - 1];
		if (c->dropped || c->unit < 0 || c->unit >= s->unit || c->f.type != ENT_FACT_DEAL ||
		    !c->directed || !c->f.recipient.s[0])
			continue;
		return d->units[c->unit].para + 3 >= d->units[s->unit].para ? c->f.recipient.s
									   : NULL;
	}
	return NULL;
}

/* What a state does to another's standing or rights, at the verb i:
 * "X threatened (vowed) to retaliate against Y", "X struck back in
 * retaliation for Y's attack": X opposes Y (stance.retaliation); "X
 * blocked (vetoed) Y's accession (bid, membership, aircraft procurement
 * attempts, purchase, sale)": X opposes Y (stance.blocked_bid), and so
 * does "X is blocking the deal (sale)" the buyer of the deal told before
 * (deal_told_buyer, stop 43); "X defended Y's right (decision) to ...": X backs
 * Y (stance.defended_right).  Tests: test_extract_stance_statements.c. */
static int deed_on_standing(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_retaliate[] = {"retaliate", "retaliated", "retaliates",
					    "retaliating", "retaliation", NULL};
	static const char *w_block_v[] = {"blocked", "blocks", "block", "blocking", "vetoed",
					  "vetoes", "veto", "vetoing", "obstructed",
					  /* "stalled Y's NATO accession" (stop 58) */
					  "stalled", "stalling", "stalls", NULL};
	static const char *w_bid_n[] = {"accession", "bid", "membership", "application",
					"entry", "candidacy", "procurement", "purchase",
					"purchases", "acquisition", "acquisitions", "attempts",
					"efforts", "sale", "sales",
					/* "blocked Y's progress in EU accession talks"
					 * (stop 58) */
					"progress", "integration", "aspirations", "path", NULL};
	static const char *w_defend_v[] = {"defended", "defends", "defending", NULL};
	static const char *w_right_n[] = {"right", "rights", "decision", "actions", "position",
					  "stance", "policy", NULL};
	static const char *w_deal_told[] = {"deal", "sale", "contract", "purchase", NULL};
	const char *rule, *told;
	const mention *t, *a;
	mention tm;
	size_t j = i + 1, e = 0;
	int pol = ENT_POLARITY_OPPOSE;
	*hit = 0;
	if (i + 2 >= s->t1 || negated(d, s, i))
		return ENT_OK;
	if (kin_local(d, i, w_retaliate)) {
		if (!(kis(d, j, "against") || kis(d, j, "for") || kis(d, j, "to")))
			return ENT_OK;
		t = named_state(d, s, j + 1, &e);
		if (!t && kis(d, j + 1, "the"))
			t = named_state(d, s, j + 2, &e);
		if (!t || (t->gz == GZ_DEMONYM && !(e < s->t1 && d->t.v[e].kind == TK_WORD &&
						     !d->t.v[e].upper)))
			return ENT_OK; /* "for the Yn strikes" names Y; "against Yn" no */
		rule = "stance.retaliation";
	} else if (kin_local(d, i, w_block_v) && kis(d, j, "the") && j + 1 < s->t1 &&
		   kin_local(d, j + 1, w_deal_told) &&
		   (j + 2 == s->t1 || d->t.v[j + 2].kind == TK_PUNCT) &&
		   (told = deal_told_buyer(d, s)) != NULL) {
		/* "Germany is (reportedly) blocking the deal": the buyer of
		 * the deal told before (stop 43) */
		t = code_mention(&tm, told);
		rule = "stance.blocked_bid";
	} else if (kin_local(d, i, w_block_v) || kin_local(d, i, w_defend_v)) {
		int block = kin_local(d, i, w_block_v);
		t = named_state(d, s, j, &e);
		if (!t || !t->possessive || t->gz == GZ_DEMONYM || e >= s->t1)
			return ENT_OK;
		if (e + 1 < s->t1 && d->t.v[e].kind == TK_WORD && !d->t.v[e].upper &&
		    !kin_local(d, e, block ? w_bid_n : w_right_n))
			e++; /* "Y's NATO bid" is upper-case: "Y's membership bid" */
		if (!kin_local(d, e, block ? w_bid_n : w_right_n) &&
		    !(block && e + 1 < s->t1 && d->t.v[e].upper && kin_local(d, e + 1, w_bid_n)))
			return ENT_OK;
		if (!block)
			pol = ENT_POLARITY_SUPPORT;
		rule = block ? "stance.blocked_bid" : "stance.defended_right";
	} else {
		return ENT_OK;
	}
	/* "X fired at a base in Z in retaliation for ...": the clause's
	 * subject retaliates, not the place last named */
	a = kin_local(d, i, w_retaliate) ? subject_before(d, s, i) : NULL;
	*hit = 1;
	return add_state_stance(d, s, a ? a : stance_actor(d, s, i), t, pol, i, rule);
}

/* "X expressed disappointment (on Monday) over / at / with the Yn
 * government's decision", "X was disappointed by Y's vote", "voiced
 * disappointment with Y", "voiced regret over Y's move": X opposes Y,
 * the state (or its government)
 * after the preposition; at the word i (stance.disappointment,
 * test_extract_stance_statements.c). */
static int disappointment(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_disappoint[] = {"disappointment", "disappointed", "regret", NULL};
	const mention *a, *t;
	size_t j, n, e = 0;
	*hit = 0;
	if (i + 2 >= s->t1 || !kin_local(d, i, w_disappoint) || negated(d, s, i))
		return ENT_OK;
	for (j = i + 1, n = 0; j < s->t1 && n < 4 && !(kis(d, j, "over") || kis(d, j, "at") ||
						     kis(d, j, "with") || kis(d, j, "by"));
	     j++, n++)
		if (d->t.v[j].kind != TK_WORD || KIN(d, j, w_det))
			return ENT_OK;
	if (j + 1 >= s->t1 || n >= 4)
		return ENT_OK;
	j++;
	t = state_np(d, s, j, &e);
	if (!t) {
		t = name_after_the(d, s, j); /* over "the" (stop 49) */
		if (!t)
			return ENT_OK;
	}
	a = stance_actor(d, s, i);
	if (!a && i > s->t0 + 1)
		a = stance_actor(d, s, i - 1);
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.disappointment");
}

/* "X refused (declined) to sell/export/supply/deliver <goods> to Y", "X
 * refused to supply Y with <goods>": X opposes Y; the goods must be arms
 * or a weapon, engines or parts, not "refused to comment on ..."
 * (stance.refused_sale, test_extract_stance_deeds.c).  At the verb i. */
static int refused_sale(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_refuse_v[] = {"refused", "refuses", "refuse", "refusing",
					   "declined", "declines", "decline", "declining",
					   "refusal", NULL};
	static const char *w_sell_v[] = {"sell", "export", "supply", "deliver", "transfer",
					 "ship", "provide", NULL};
	static const char *w_kit_n[] = {"arms", "weapons", "weapon", "engines", "engine", "parts",
					"components", "ammunition", "munitions", "equipment",
					"technology", "hardware", NULL};
	const mention *a, *t;
	size_t j, n, e = 0;
	int goods = 0;
	if (!kin_local(d, i, w_refuse_v) || !kis(d, i + 1, "to") || !kin_local(d, i + 2, w_sell_v))
		return ENT_OK;
	if (kis(d, i, "refusal")) {
		/* the noun only after "its/their (strict)": the subject's own
		 * refusal, not "Y's refusal ... angered Z" */
		size_t p = i - 1;
		if (p > s->t0 && d->t.v[p].kind == TK_WORD && !d->t.v[p].upper &&
		    !kis(d, p, "its") && !kis(d, p, "their"))
			p--;
		if (p <= s->t0 || !(kis(d, p, "its") || kis(d, p, "their")))
			return ENT_OK;
	}
	j = i + 3;
	t = named_state(d, s, j, &e);
	if (t && !t->possessive && t->gz != GZ_DEMONYM && e < s->t1 && kis(d, e, "with")) {
		/* "refused to supply Y with <goods>" */
		for (j = e + 1, n = 0; j < s->t1 && n < 5 && !goods; j++, n++)
			goods = kin_local(d, j, w_kit_n) || in_weapon(d, s, j);
	} else {
		for (n = 0; j < s->t1 && n < 6 && !kis(d, j, "to"); j++, n++) {
			if (kin_local(d, j, w_kit_n) || in_weapon(d, s, j))
				goods = 1;
			else if (d->t.v[j].kind != TK_NUM && d->t.v[j].kind != TK_WORD)
				return ENT_OK;
		}
		if (j + 1 >= s->t1 || !kis(d, j, "to"))
			return ENT_OK;
		t = name_after_the(d, s, j + 1); /* over "the" (stop 49) */
		if (!t || t->possessive)
			return ENT_OK;
	}
	if (!goods || !t || t->gz == GZ_FIRM)
		return ENT_OK;
	a = stance_actor(d, s, i);
	*hit = 1;
	if (!a || a->gz == GZ_FIRM || !strcmp(a->code, t->code))
		return ENT_OK;
	/* "Hungary and Slovakia maintained their refusal to provide arms
	 * to Y": each state of the subject */
	return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.refused_sale");
}

/* The end of a state's name (no possessive, no firm) that starts at
 * token j, or NONE: the giver's own name among the words before what a
 * measure stops ("banned U.S. offensive weapons sales", "withdrawn US
 * financial aid"). */
static size_t own_name_end(const dctx *d, const span *s, size_t j)
{
	const mention *own = mention_at(d, s, j);
	return own && own->t0 == j && ent__is_state_mention(own) && !own->possessive &&
			       own->gz != GZ_FIRM
		       ? own->t1
		       : NONE;
}

/* "Y's offensive drew condemnation, and A, B and C are stopping arms
 * exports to the country": "the country (nation, kingdom)" right after
 * token p is the latest state named before token v (its name or
 * possessive) that is none of the actor a's list; or NULL (stop 37). */
static const mention *country_before(const dctx *d, const span *s, size_t p, size_t v,
				     const mention *a)
{
	static const char *w_country_n[] = {"country", "nation", "kingdom", NULL};
	const mention *t = NULL;
	size_t k, q, start = a->t0;
	if (p + 2 >= s->t1 || !kis(d, p + 1, "the") || !kin_local(d, p + 2, w_country_n) ||
	    (p + 3 < s->t1 && kis(d, p + 3, "'s")))
		return NULL;
	/* back over the list the actor closes ("Finland, Norway and the
	 * Netherlands") */
	for (k = s->m1; k > s->m0; k--) {
		const mention *m = M(d, k - 1);
		if (m->t1 > start || !ent__is_state_mention(m))
			continue;
		for (q = m->t1;
		     q < start && (kis(d, q, ",") || kis(d, q, "and") || kis(d, q, "the")); q++)
			;
		if (q != start)
			break;
		start = m->t0;
	}
	for (k = s->m0; k < s->m1 && M(d, k)->t1 <= start && M(d, k)->t1 <= v; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL) &&
		    strcmp(m->code, a->code))
			t = m;
	}
	return t;
}

/* Verbs that end a ban (lifted_ban, ban_lifted_before). */
static const char *w_lift_v[] = {"lifted", "lifts", "revoked", "revokes", "rescinded", "rescinds",
				 NULL};

/* "lifted the U.S. embargo on Y": a verb of lifting at most three words
 * before the owner m of sanctions (an embargo) ends them; no one imposes
 * them (stop 46). */
static int ban_lifted_before(const dctx *d, const span *s, const mention *m)
{
	static const char *w_lift_more[] = {"lift", "lifting", "ended", "ends", NULL};
	size_t j, n;
	for (j = m->t0, n = 0; j > s->t0 && n < 3; j--, n++)
		if (kin_local(d, j - 1, w_lift_v) || kin_local(d, j - 1, w_lift_more))
			return 1;
	return 0;
}

/* "X lifted (revoked, rescinded) its (a 41-year-old U.S.) ban (embargo,
 * veto) on arms sales to Y", "lifted the arms embargo on Y": X backs Y
 * (stance.lifted_ban, stop 43, test_extract_stance_deeds.c); "to the
 * country" is the state named last before, not X. */
static int lifted_ban(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_ban_n[] = {"ban", "embargo", "veto", "restrictions", NULL};
	static const char *w_flow[] = {"sales", "sale", "exports", "export", "deliveries",
				       "transfers", "supplies", "articles", "weapons", "arms",
				       "equipment", NULL};
	const mention *a, *t = NULL;
	size_t j, n, f;
	*hit = 0;
	if (!(kin_local(d, i, w_lift_v) ||
	      /* "has decided (agreed, voted) to lift" (stop 46) */
	      (kis(d, i, "lift") && i > s->t0 + 1 && kis(d, i - 1, "to") &&
	       (kis(d, i - 2, "decided") || kis(d, i - 2, "agreed") || kis(d, i - 2, "voted")))) ||
	    i == s->t0 || negated(d, s, i) || stance_hedge(d, s, i))
		return ENT_OK;
	/* the noun of ban, over a determiner, words of age, "arms" and an
	 * owner's name ("its 41-year-old U.S. arms ban") */
	for (j = i + 1, n = 0; j < s->t1 && n < 8 && !kin_local(d, j, w_ban_n); j++, n++) {
		size_t own = own_name_end(d, s, j);
		if (own != NONE)
			j = own - 1;
		else if (!((d->t.v[j].kind == TK_WORD && !d->t.v[j].upper) ||
			   d->t.v[j].kind == TK_NUM || kis(d, j, "-")))
			return ENT_OK;
	}
	if (j + 2 >= s->t1 || !kin_local(d, j, w_ban_n) || !kis(d, j + 1, "on"))
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM)
		return ENT_OK;
	f = j + 2;
	if (kis(d, f, "the"))
		f++;
	t = actor_after(d, s, f, 0, 1); /* "the arms embargo on Y" */
	if (!t) {
		/* "on arms sales (the sale of weapons) to Y (the country)", "on
		 * non-lethal defence articles in Y" (stop 46) */
		for (j = f, n = 0; j < s->t1 && n < 6 && !kis(d, j, "to") && !kis(d, j, "in");
		     j++, n++)
			;
		if (j + 1 >= s->t1 || !(kis(d, j, "to") || kis(d, j, "in")) ||
		    find_in(d, f, j, w_flow) == NONE)
			return ENT_OK;
		j++;
		if (kis(d, j, "the") && j + 1 < s->t1 && kis(d, j + 1, "country")) {
			t = that_country(d, s, a); /* "Vietnam's military ..." */
		} else {
			t = actor_after(d, s, j + (kis(d, j, "the") ? 1 : 0), 0, 1);
			if (t && t->possessive)
				return ENT_OK;
		}
	} else if (t->possessive) {
		return ENT_OK;
	}
	if (!t || t->gz == GZ_FIRM || !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, "stance.lifted_ban");
}

/* "all security aid to Pakistan was suspended by Trump", "arms exports to
 * Turkey were halted by Germany": the agent of a passive of halting at i
 * opposes the state the flow went to; with no agent, no one does, and the
 * active reading has nothing to read (*done; stance.passive_halt, stop 40,
 * test_extract_stance_statements.c). */
static int passive_halt(dctx *d, const span *s, size_t i, int *hit, int *done)
{
	const mention *a, *t;
	size_t j, e, n;
	for (j = i - 4; j > s->t0 && j + 11 > i; j--) {
		if (passive_halt_verb(d, s, j) != i)
			continue;
		*done = 1;
		e = i + 1;
		if (e + 1 < s->t1 && kis(d, e, "off"))
			e++;
		if (e + 2 < s->t1 && kis(d, e, "on") && kis(d, e + 1, "hold"))
			e += 2; /* "was put on hold by X" (stop 67) */
		a = e + 1 < s->t1 && kis(d, e, "by") ? named_state(d, s, e + 1, &n) : NULL;
		t = mention_at(d, s, j + 2 + (kis(d, j + 2, "the") ? 1 : 0));
		if (!a || !t || !strcmp(a->code, t->code))
			return ENT_OK;
		*hit = 1;
		return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.passive_halt");
	}
	return ENT_OK;
}

/* "X suspended (halted, froze) (30 / all) arms export licences (sales,
 * deliveries) to Y", "arms purchases from Y", "purchases of Yn weapons"
 * (stop 61), "military cooperation with Y", "X's decision to suspend arms
 * exports to Y": X
 * opposes Y; not negated, and not an infinitive other than after a word
 * of decision ("urged Z to suspend ...": Z's act, not the speaker's);
 * at the verb i (stance.suspended_exports,
 * test_extract_stance_statements.c). */
static int suspended_exports(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_suspend_v[] = {"suspended", "suspends", "suspend", "suspending",
					    "prohibited", "prohibits", "prohibit", "prohibiting",
					    "halted", "halts", "halt", "halting", "froze",
					    "freezes", "freeze", "frozen", "freezing", "blocked",
					    "blocks", "block", "blocking", "banned", "bans",
					    "banning", "embargoed", "stopped", "stops", "stop",
					    "stopping", "paused", "pauses", "pause", "pausing",
					    "limit", "limits", "limited", "limiting", "curb",
					    "curbs", "curbed", "curbing", "curtail", "curtails",
					    "curtailed", "curtailing", "cancelled", "canceled",
					    "cancels", "cancel", "cancelling", "canceling", NULL};
	/* "blocked the sale of drones to Y" */
	static const char *w_flow_of[] = {"sale", "sales", "export", "exports", "delivery",
					  "deliveries", "supply", "supplies", "transfer",
					  "transfers", "shipment", "shipments", NULL};
	static const char *w_flow_n[] = {"exports", "sales", "deliveries", "transfers",
					 "shipments", "licences", "licenses", "supplies", "plans",
					 "purchases", "imports", "procurement", "cooperation",
					 "ties", "shipment", "sale", "delivery", "transfer",
					 "trade", NULL};
	/* goods coming in are bought "from" Y, ties (trade) are "with" Y */
	static const char *w_flow_in[] = {"purchases", "imports", "procurement", NULL};
	static const char *w_flow_tie[] = {"cooperation", "ties", "trade", NULL};
	static const char *w_decide[] = {"decision", "decided", "decides", "decide", NULL};
	static const char *w_arms_kind[] = {"offensive", "defensive", "lethal", "advanced",
					    "heavy", "major", NULL};
	const char *k = K(i);
	const mention *a, *t;
	size_t j, n;
	int arms = 0, noun;
	int stop_v = kin_local(d, i, w_suspend_v) || kin_local(d, i, w_grounded_v) ||
		     (i + 2 < s->t1 && kis(d, i, "put") && kis(d, i + 1, "on") &&
		      kis(d, i + 2, "hold"));
	*hit = 0;
	if (i > s->t0 + 4 && i + 2 < s->t1 && stop_v && !negated(d, s, i) &&
	    !stance_hedge(d, s, i)) {
		int done = 0, rc = passive_halt(d, s, i, hit, &done);
		if (rc || done)
			return rc;
	}
	/* stance_round8, the one caller, lets through only words its
	 * first letters name */
	if (i + 4 >= s->t1 || negated(d, s, i))
		return ENT_OK;
	if (k[0] == 'r' || k[0] == 'd')
		return refused_sale(d, s, i, hit);
	/* "X and Y announced the suspension of arms sales to Z": the noun,
	 * "of" and the flow, whose owner is the clause's subject (stop 39);
	 * "announced a freeze (moratorium) on", "put a halt (stop) to"
	 * (stop 44) */
	noun = kis(d, i, "suspension") && kis(d, i + 1, "of");
	/* "calling for a halt in arms deliveries to Y" (stop 64) */
	if (!noun && i > s->t0 && (kis(d, i - 1, "a") || kis(d, i - 1, "the")) &&
	    (kis(d, i, "halt") || kis(d, i, "freeze") || kis(d, i, "moratorium") ||
	     kis(d, i, "stop")) &&
	    (kis(d, i + 1, "on") || kis(d, i + 1, "to") || kis(d, i + 1, "in")))
		noun = 1;
	if ((!noun && !stop_v) || stance_hedge(d, s, i))
		return ENT_OK; /* "could also suspend deliveries": a threat at most */
	/* "called on Y to \"stop arms sales to Z\"": the marks are no words */
	for (j = i; j > s->t0 + 1 && quote_mark(d, j - 1); j--)
		;
	if (j > s->t0 && kis(d, j - 1, "to") && !(j > s->t0 + 1 && kin_local(d, j - 2, w_decide)))
		return ENT_OK;
	if (!noun && stop_v) {
		/* "suspended (halted) (the) purchases (imports) of Israeli
		 * weapons": the maker of the arms no longer bought is opposed
		 * (stop 61) */
		static const char *w_buy_n[] = {"purchases", "purchase", "imports", "procurement",
						"acquisition", "acquisitions", NULL};
		size_t q = i + 1 + (kis(d, i + 1, "the") || kis(d, i + 1, "all") ? 1 : 0);
		const mention *g;
		if (q + 3 < s->t1 && kin_local(d, q, w_buy_n) && kis(d, q + 1, "of") &&
		    (g = mention_at(d, s, q + 2)) != NULL && g->t0 == q + 2 &&
		    g->gz == GZ_DEMONYM && !g->possessive && ent__is_state_mention(g) &&
		    g->t1 < s->t1 && (kin_local(d, g->t1, w_arms_word) || in_weapon(d, s, g->t1))) {
			a = stance_actor(d, s, i);
			if (!a || a->gz == GZ_FIRM || !a->code || !strcmp(a->code, g->code))
				return ENT_OK;
			*hit = 1;
			return add_state_stance(d, s, a, g, ENT_POLARITY_OPPOSE, i,
						"stance.suspended_exports");
		}
	}
	if (!noun &&
	    (((kis(d, i + 1, "the") || kis(d, i + 1, "a")) && kin_local(d, i + 2, w_flow_of) &&
	      kis(d, i + 3, "of")) ||
	     (kin_local(d, i + 1, w_flow_of) && kis(d, i + 2, "of")))) {
		/* "banned the export of arms to Y", "halted delivery of new
		 * F-35 jet fighters to Y", "paused a shipment of bombs to Y":
		 * goods of war before "to" */
		for (j = i + (kis(d, i + 2, "of") ? 3 : 4), n = 0;
		     j < s->t1 && n < 8 && !kis(d, j, "to"); j++, n++) {
			if (kin_local(d, j, w_arms_word) || in_weapon(d, s, j))
				arms = 1;
			else if (d->t.v[j].kind != TK_NUM && d->t.v[j].kind != TK_WORD)
				return ENT_OK;
		}
		j--; /* at the word before "to", as below at the noun of flow */
	} else {
		for (j = i + 1 + (size_t)noun, n = 0;
		     j < s->t1 && n < 6 && !kin_local(d, j, w_flow_n); j++, n++) {
			size_t own = own_name_end(d, s, j);
			if (own != NONE) {
				j = own - 1; /* "banned U.S. offensive weapons sales" */
				continue;
			}
			if (kin_local(d, j, w_arms_word) || in_weapon(d, s, j) || kis(d, j, "bomb"))
				arms = 1; /* "halts bomb (drone) shipment to Y" */
			else if (!(d->t.v[j].kind == TK_NUM || count_word(d, j) || kis(d, j, "all") ||
				   kin_local(d, j, w_arms_kind) ||
				   kis(d, j, "some") || kis(d, j, "certain") || kis(d, j, "its") ||
				   kis(d, j, "their") || kis(d, j, "the") || kis(d, j, "export") ||
				   kis(d, j, "further") || kis(d, j, "new") || kis(d, j, "future") ||
				   /* "previously approved (licensed) arms exports"
				    * (stop 39) */
				   kis(d, j, "previously") || kis(d, j, "already") ||
				   kis(d, j, "approved") || kis(d, j, "licensed") ||
				   kis(d, j, "planned") || kis(d, j, "pending")))
				return ENT_OK;
		}
		if (j >= s->t1 || !kin_local(d, j, w_flow_n))
			return ENT_OK;
		/* "suspended all sales and supplies of defense and security
		 * hardware and related services to Y": over more nouns of flow
		 * and the goods after "of", to "to" */
		if (j + 3 < s->t1 && !kin_local(d, j, w_flow_in) && !kin_local(d, j, w_flow_tie) &&
		    (kis(d, j + 1, "and") || kis(d, j + 1, "of"))) {
			size_t q;
			for (q = j + 1, n = 0; q < s->t1 && n < 16 && !kis(d, q, "to"); q++, n++) {
				if (kin_local(d, q, w_arms_word) || in_weapon(d, s, q))
					arms = 1;
				else if (d->t.v[q].kind != TK_WORD && !kis(d, q, ","))
					break;
			}
			if (q < s->t1 && kis(d, q, "to") && n < 16)
				j = q - 1;
		}
	}
	if (!arms || j + 2 >= s->t1 ||
	    !kis(d, j + 1, kin_local(d, j, w_flow_in) ? "from" : kin_local(d, j, w_flow_tie) ? "with" : "to"))
		return ENT_OK;
	/* "cancelled the sale of bombs to Y": the seller's word, of a flow
	 * out (a buyer's cancelled purchase is business; stop 43) */
	if ((KIN(d, i, w_cancel) || kis(d, i, "cancelling") || kis(d, i, "canceling")) &&
	    !kis(d, j + 1, "to"))
		return ENT_OK;
	/* right after "to", over "the" ("to the UAE"; stop 49) */
	t = name_after_the(d, s, j + 2);
	a = stance_actor(d, s, i);
	if (!t && a && (t = country_before(d, s, j + 1, i, a)) != NULL) {
		/* "A, B and C are stopping arms exports to the country", the
		 * state whose offensive was told before them */
	} else if (!t || t->possessive) {
		return ENT_OK;
	}
	*hit = 1;
	{
		/* "the US has blocked the sale of 30 T-129 helicopters to
		 * Pakistan": goods a third state makes, whose sale the subject
		 * blocks; the maker is the one opposed (one that halts a
		 * delivery delivers itself: "halted delivery of F-35s to Y"
		 * opposes Y) */
		mention mk;
		const char *maker = k[0] == 'b' && k[1] == 'l'
					    ? transfer_goods_maker(d, s, i + 1, j + 1)
					    : NULL;
		if (maker && a && a->code && strcmp(maker, a->code) && strcmp(maker, t->code))
			return add_state_stance(d, s, a, code_mention(&mk, maker),
						ENT_POLARITY_OPPOSE, i, "stance.suspended_exports");
	}
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.suspended_exports");
}

/* "sanctions under the US's CAATSA law, which Washington has already
 * imposed on Turkey and China": a curb the relative before the verb of
 * imposing at i takes up; the state between "which" and the verb opposes
 * each state after "on" (stance.relative_measure, stop 40,
 * test_extract_stance_forms.c). */
static int relative_measure(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_impose_v[] = {"imposed", "imposes", "imposing", "slapped", "levied",
					   NULL};
	static const char *w_curb_n[] = {"sanctions", "curbs", "restrictions", "tariffs",
					 "embargo", "penalties", NULL};
	const mention *a, *t;
	size_t w, j, e, n;
	int rc;
	*hit = 0;
	if (i + 2 >= s->t1 || !kin_local(d, i, w_impose_v) || !kis(d, i + 1, "on") ||
	    negated(d, s, i))
		return ENT_OK;
	for (w = i, n = 0; w > s->t0 && n < 6 && !kis(d, w - 1, "which"); w--, n++)
		;
	if (w == s->t0 || !kis(d, w - 1, "which"))
		return ENT_OK;
	a = named_state(d, s, w, &e);
	if (!a || a->possessive || e > i)
		return ENT_OK;
	for (j = e; j < i; j++) /* "has already": auxiliaries and adverbs */
		if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper)
			return ENT_OK;
	for (j = w - 1, n = 0; j > s->t0 && n < 10 && !kin_local(d, j - 1, w_curb_n); j--, n++)
		if (kis(d, j - 1, ";") || kis(d, j - 1, "."))
			return ENT_OK;
	if (j == s->t0 || !kin_local(d, j - 1, w_curb_n))
		return ENT_OK;
	for (j = i + 2; j < s->t1;) {
		t = named_state(d, s, j, &e);
		if (!t || t->possessive || t->gz == GZ_DEMONYM)
			break;
		if (strcmp(t->code, a->code)) {
			*hit = 1;
			if ((rc = add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i,
						   "stance.relative_measure")))
				return rc;
		}
		j = e;
		if (j + 1 < s->t1 && (kis(d, j, "and") || kis(d, j, ",")))
			j++;
		else
			break;
	}
	return ENT_OK;
}

/* Measures one state takes against another, not of arms: "X suspended
 * (halted, banned) (all bilateral) trade (imports, flights) with (from,
 * to) Y", "closed its airspace (ports) to Yn airlines", "imposed (new)
 * curbs (tariffs, restrictions) on Y", "suspended the Z Agreement with
 * Y": X opposes Y; not negated, not an infinitive (an ask or a threat
 * is no measure taken); at the verb i (stance.hostile_measure,
 * test_extract_stance_forms.c). */
static int hostile_measure(dctx *d, const span *s, size_t i, int *hit)
{
#define HALT_V                                                                              \
	"suspended", "suspends", "suspending", "halted", "halts", "halting", "froze", "freezes", \
		"freezing", "banned", "bans", "banning", "stopped", "stops", "stopping", "cut", \
		"cuts", "cutting", "curbed", "curbs", "restricted", "restricts", "restricting", \
		"withdrawn", "withdrew", "withdraws", "withdrawing", "withheld", "withholds", \
		"withholding", "withdraw", "put", "puts", "putting"
#define CLOSE_V "closed", "closes", "closing", "shut", "shuts", "shutting"
#define IMPOSE_V                                                                            \
	"imposed", "imposes", "imposing", "slapped", "slaps", "slapping", "levied", "levies", \
		"levying"
	static const char *w_halt_v[] = {HALT_V, NULL};
	static const char *w_close_v[] = {CLOSE_V, NULL};
	static const char *w_impose_v[] = {IMPOSE_V, NULL};
	static const char *w_trade_n[] = {"trade", "imports", "exports", "flights", "visas",
					  "shipments", "gas", "oil", "investment", "investments",
					  "tourism", "aid", "assistance", "funding", NULL};
	static const char *w_shut_n[] = {"airspace", "ports", "port", "embassy", "consulate",
					 NULL};
	static const char *w_curb_n[] = {"curbs", "restrictions", "tariffs", "duties", "bans",
					 "ban", "embargo", "controls", NULL};
	static const char *w_pact_n[] = {"agreement", "treaty", "accord", NULL};
	static const char *w_about[] = {"about", "around", "nearly", "some", "almost", "roughly",
					"over", NULL};
	static const char *w_filler[] = {"all", "its", "their", "the", "bilateral", "direct",
					 "new", "fresh", "further", "additional", "heavy",
					 "punitive", "retaliatory", "export", "import", "trade",
					 "commercial", "cross", "-", "border", "economic",
					 "financial", "military", "security", "development",
					 "foreign", "off", "a", "significant", "large",
					 "substantial", "portion", "part", "share", "of", NULL};
	const char *const *noun, *const *prep;
	static const char *p_with[] = {"with", "from", "to", NULL};
	static const char *p_to[] = {"to", NULL};
	static const char *p_on[] = {"on", "against", NULL};
	/* the three lists above in one, so that most words need one look */
	static const char *w_halt_close_v[] = {HALT_V, CLOSE_V, IMPOSE_V, NULL};
#undef HALT_V
#undef CLOSE_V
#undef IMPOSE_V
	const mention *a, *t;
	size_t j, n, e = 0;
	*hit = 0;
	if (i + 3 >= s->t1 || !kin_local(d, i, w_halt_close_v) || negated(d, s, i) ||
	    (i > s->t0 && kis(d, i - 1, "to")))
		return ENT_OK;
	if (kin_local(d, i, w_halt_v)) {
		noun = w_trade_n;
		prep = p_with;
	} else if (kin_local(d, i, w_close_v)) {
		noun = w_shut_n;
		prep = p_to;
	} else if (kin_local(d, i, w_impose_v)) {
		noun = w_curb_n;
		prep = p_on;
	} else {
		return ENT_OK;
	}
	/* "put $130m in military aid to Y on hold": "put" only so */
	int put = K(i)[0] == 'p';
	for (j = i + 1, n = 0; j < s->t1 && n < 7 && !kin_local(d, j, noun); j++, n++) {
		size_t own = own_name_end(d, s, j);
		const mention *sum;
		if (own != NONE) {
			j = own - 1; /* "withdrawn US financial aid from Y" */
			continue;
		}
		if (noun == w_trade_n && (sum = mention_at(d, s, j)) != NULL &&
		    sum->kind == MK_MONEY && sum->t0 == j) {
			/* "suspended (about) USD 2 billion in security aid to Y" */
			j = sum->t1 < s->t1 && (kis(d, sum->t1, "in") || kis(d, sum->t1, "of"))
				    ? sum->t1
				    : sum->t1 - 1;
			continue;
		}
		if (!kin_local(d, j, w_filler) && !kin_local(d, j, w_about))
			break;
	}
	if (j < s->t1 && noun == w_trade_n && !kin_local(d, j, noun) && kis(d, j - 1, "the")) {
		/* "suspended the Simla Agreement with Y": a named pact */
		for (n = 0; j < s->t1 && n < 4 && d->t.v[j].upper && !kin_local(d, j, w_pact_n);
		     j++, n++)
			;
		if (j >= s->t1 || !d->t.v[j].upper || !kin_local(d, j, w_pact_n))
			return ENT_OK;
		prep = p_with;
	} else if (j >= s->t1 || !kin_local(d, j, noun)) {
		return ENT_OK;
	} else if (noun == w_trade_n && j + 1 < s->t1 &&
		   (kis(d, j + 1, "supplies") || kis(d, j + 1, "deliveries") ||
		    kis(d, j + 1, "shipments"))) {
		j++; /* "halted gas supplies to Y" */
	}
	if (j + 2 >= s->t1 || !kin_local(d, j + 1, prep))
		return ENT_OK;
	t = named_state(d, s, j + 2, &e);
	if (!t || t->gz == GZ_FIRM)
		return ENT_OK;
	if (put && !(e + 1 < s->t1 && kis(d, e, "on") && kis(d, e + 1, "hold")))
		return ENT_OK;
	/* "to Indian airlines", "on Australian goods": a demonym before a noun */
	if (t->gz == GZ_DEMONYM && !(e < s->t1 && d->t.v[e].kind == TK_WORD))
		return ENT_OK;
	a = stance_actor(d, s, i);
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.hostile_measure");
}

/* "Turkey sought other solutions after the US expelled it from": the
 * verb at i opens a clause of time or cause ("after, when, because,
 * since") whose subject is a state; "it" is the last state named before
 * that clause, another than its subject ("Morocco will replace Turkey ...
 * after the US excluded it": Turkey).  That state, or NULL (stop 65). */
static const mention *it_before_clause(const dctx *d, const span *s, size_t i)
{
	static const char *w_conj[] = {"after", "when", "because", "since", "once", NULL};
	const mention *sub, *it = NULL;
	size_t c, k;
	if (i < s->t0 + 2)
		return NULL;
	sub = mention_at_end(d, s, i);
	if (!sub || !ent__is_state_mention(sub) || sub->gz == GZ_FIRM || sub->possessive ||
	    sub->t0 < s->t0 + 1 || !sub->code)
		return NULL;
	c = sub->t0 - 1;
	if (kis(d, c, "the") && c > s->t0)
		c--;
	if (!kin_local(d, c, w_conj))
		return NULL;
	for (k = s->m0; k < s->m1 && M(d, k)->t1 <= c; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM && m->gz != GZ_DEMONYM &&
		    !m->possessive && m->code && strcmp(m->code, sub->code) != 0)
			it = m;
	}
	return it;
}

/* "Y was expelled (excluded, removed) from the F-35 program by X": X
 * opposes Y, the subject before the verb "to be" at i - 1 (stop 43). */
static int expelled_by(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a, *t;
	size_t j = i + 2, b = i - 1, n;
	if (kis(d, b, "been") && b > s->t0 + 1)
		b--; /* "has been removed" */
	if (j >= s->t1 || !(kis(d, j, "the") || kis(d, j, "a") || kis(d, j, "an")))
		return ENT_OK; /* from a group or a programme, not a place */
	for (n = 0; j < s->t1 && n < 8 && !kis(d, j, "by") && !kis(d, j, ","); j++, n++)
		;
	if (j + 1 >= s->t1 || !kis(d, j, "by")) {
		/* "Turkey was excluded from the Washington-led F-35
		 * programme": the state that leads it (stop 65) */
		for (j = i + 3, a = NULL; j + 2 < s->t1 && j < i + 6 && !a; j++)
			if (kis(d, j, "-") && kis(d, j + 1, "led") &&
			    (a = mention_at_end(d, s, j)) && !ent__is_state_mention(a))
				a = NULL;
		if (!a)
			return ENT_OK;
	} else {
		a = actor_after(d, s, j + 1 + (kis(d, j + 1, "the") ? 1 : 0), 0, 1);
	}
	t = mention_at_end(d, s, b);
	if (!a || !t || !ent__is_state_mention(t) || t->possessive || t->gz == GZ_FIRM ||
	    t->gz == GZ_DEMONYM || a->gz == GZ_FIRM || a->possessive || !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.expelled_from");
}

/* "X removed (expelled, kicked, ejected, excluded) Y from (out of) the
 * F-35 program (the council, the group)": X opposes Y; also when X
 * threatened (vowed, voted, decided) to do it, not when another is urged
 * to; not negated; at the verb i (stance.expelled_from,
 * test_extract_stance_forms.c). */
static int expelled_from(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_expel_v[] = {"removed", "removes", "remove", "removing", "expelled",
					  "expels", "expel", "expelling", "kicked", "kicks", "kick",
					  "kicking", "ejected", "ejects", "eject", "ejecting",
					  "excluded", "excludes", "exclude", "excluding", NULL};
	static const char *w_threat_v[] = {"threatened", "threatens", "threaten", "threatening",
					   "vowed", "vows", "voted", "votes", "decided", "decides",
					   "moved", "moves", NULL};
	const mention *a, *t;
	size_t j;
	*hit = 0;
	if (i + 3 >= s->t1 || !kin_local(d, i, w_expel_v) || negated(d, s, i))
		return ENT_OK;
	if (i > s->t0 + 1 && KIN(d, i - 1, w_be) && kis(d, i + 1, "from"))
		return expelled_by(d, s, i, hit);
	if (i > s->t0 && kis(d, i - 1, "to") &&
	    !(i > s->t0 + 1 && (kin_local(d, i - 2, w_threat_v) || kis(d, i - 2, "decision"))))
		return ENT_OK; /* "urged Z to remove Y": no act of the speaker */
	j = i + 1;
	if (kis(d, j, "the"))
		j++;
	t = mention_at(d, s, j);
	if (kis(d, j, "it") && (t = it_before_clause(d, s, i)) != NULL) {
		/* "after (when, because) X expelled it" (stop 65) */
		j++; /* past "it" */
	} else if (kis(d, j, "it") && i > s->t0 + 1 && kis(d, i - 1, "to") &&
		   kis(d, i - 2, "decision") && s->m0 < s->m1 && M(d, s->m0)->t1 < i - 2 &&
		   !M(d, s->m0)->possessive) {
		/* "Turkey faces challenges after the US decision to exclude it
		 * from the F-35 program": "it" is the sentence's subject
		 * (stop 43) */
		t = M(d, s->m0);
		if (!ent__is_state_mention(t) || t->gz == GZ_FIRM || t->gz == GZ_DEMONYM)
			return ENT_OK;
		j++; /* past "it" */
	} else {
		if (!t || t->t0 != j || !ent__is_state_mention(t) || t->possessive ||
		    t->gz == GZ_FIRM || t->gz == GZ_DEMONYM)
			return ENT_OK;
		j = t->t1;
	}
	if (j < s->t1 && kis(d, j, "out") && j + 1 < s->t1 && kis(d, j + 1, "of"))
		j += 2;
	else if (j < s->t1 && kis(d, j, "from"))
		j++;
	else
		return ENT_OK;
	/* from a group or a programme, not from a place ("from its soil") */
	if (j >= s->t1 || !(kis(d, j, "the") || kis(d, j, "a") || kis(d, j, "an")))
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM || !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.expelled_from");
}

/* "Y mustered (won, garnered) only ten other "no" votes - A, B and C":
 * the states listed after the votes a state gathered (after a dash, a
 * colon or "from") back that state; at the noun "votes" i
 * (stance.votes_mustered, test_extract_stance_statements.c). */
static int votes_mustered(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_gather_v[] = {"muster", "mustered", "musters", "garner", "garnered",
					   "won", "win", "gathered", "secured", "got", "drew",
					   "attracted", "rallied", NULL};
	static const char *w_vote_mod[] = {"no", "yes", "other", "more", "supporting",
					   "opposing", "additional", "only", "just", NULL};
	const mention *y, *m;
	size_t j = i, n = 0, q, k;
	int rc, listed = 0;
	*hit = 0;
	if (!kis(d, i, "votes") || i + 3 >= s->t1)
		return ENT_OK;
	while (j > s->t0 && n < 6 && (quote_mark(d, j - 1) || kin_local(d, j - 1, w_vote_mod))) {
		j--;
		n++;
	}
	if (j <= s->t0 + 1 || !count_word(d, j - 1))
		return ENT_OK;
	j--;
	if (kis(d, j - 1, "only") || kis(d, j - 1, "just"))
		j--;
	if (j <= s->t0 || !kin_local(d, j - 1, w_gather_v) || negated(d, s, j - 1))
		return ENT_OK;
	q = i + 1;
	if (q < s->t1 && quote_mark(d, q))
		q++;
	if (q + 1 >= s->t1 || !(kis(d, q, "-") || kis(d, q, ":") || kis(d, q, "from")))
		return ENT_OK;
	y = stance_actor(d, s, j - 1);
	if (!y || y->gz == GZ_FIRM)
		return ENT_OK;
	q++;
	for (k = s->m0; k < s->m1 && M(d, k)->t0 < q; k++)
		;
	while (q < s->t1) {
		if (kis(d, q, ",") || kis(d, q, "and") || kis(d, q, "the")) {
			q++;
			continue;
		}
		while (k < s->m1 && M(d, k)->t0 < q)
			k++;
		if (k >= s->m1 || M(d, k)->t0 != q || M(d, k)->kind != MK_ACTOR)
			break;
		m = M(d, k);
		if (m->gz == GZ_STATE && strcmp(m->code, y->code)) {
			if ((rc = add_stance1(d, s, m, y, ENT_POLARITY_SUPPORT, i, s->t1,
					      "stance.votes_mustered")))
				return rc;
			listed++;
		}
		q = m->t1;
	}
	*hit = listed > 0;
	return ENT_OK;
}

/* "X voted in favour of / for Y's membership (bid, accession)": X backs
 * Y; "voted against Y's bid": X opposes Y (stance.voted_for_bid). */
static int voted_for_bid(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_voted[] = {"voted", "votes", "vote", NULL};
	static const char *w_favour[] = {"favour", "favor", NULL};
	static const char *w_bid_n[] = {"membership", "accession", "bid", "application",
					"candidacy", "admission", "entry", NULL};
	const mention *a, *y;
	size_t j = i + 1, e = 0;
	ent_polarity pol = ENT_POLARITY_SUPPORT;
	*hit = 0;
	if (i == s->t0 || i + 3 >= s->t1 || !kin_local(d, i, w_voted))
		return ENT_OK;
	if (kis(d, j, "in") && kin_local(d, j + 1, w_favour) && j + 3 < s->t1 && kis(d, j + 2, "of"))
		j += 3;
	else if (kis(d, j, "for"))
		j++;
	else if (kis(d, j, "against"))
		j++, pol = ENT_POLARITY_OPPOSE;
	else
		return ENT_OK;
	y = named_state(d, s, j, &e);
	if (!y || !y->possessive || y->gz == GZ_DEMONYM || e >= s->t1)
		return ENT_OK;
	if (e + 1 < s->t1 && d->t.v[e].kind == TK_WORD && d->t.v[e].upper)
		e++; /* "Y's NATO membership" */
	if (!kin_local(d, e, w_bid_n) || negated(d, s, i))
		return ENT_OK;
	a = stance_actor(d, s, i);
	if (!a || a->gz == GZ_FIRM)
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, y, pol, i, "stance.voted_for_bid");
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

/* "Peru protests Chile's decision", "Peru protests Chile approval of ...":
 * "protests" between a state (a name, no possessive, no demonym) and a
 * state (maybe after "the") is a verb, not the noun (stance.protests_verb,
 * test_extract_stance_lists.c). */
static int protests_verb(const dctx *d, const span *s, size_t i)
{
	const mention *a, *t;
	size_t j = i + 1;
	if (!kis(d, i, "protests") || i == s->t0 || j >= s->t1)
		return 0;
	if (kis(d, j, "the") && j + 1 < s->t1)
		j++;
	t = mention_at(d, s, j);
	/* "Vietnam (strongly) protests": an adverb in -ly may come between */
	a = actor_before(d, s, i, ly_adverb(d, i - 1) ? 1 : 0, 0);
	return t && a && (a->t1 == i || (a->t1 + 1 == i && ly_adverb(d, i - 1))) &&
	       !a->possessive && a->gz != GZ_DEMONYM &&
	       a->gz != GZ_FIRM && ent__is_state_mention(t) && t->gz != GZ_FIRM;
}

/* "A sends B more rifles, angering C": a participle of anger after a comma
 * with a state as its object; that state opposes the clause's subject
 * (stance.angering, test_extract_stance_lists.c). */
static int angered_state(dctx *d, const span *s, size_t i)
{
	static const char *w_anger_ing[] = {"angering", "angring", "irking", "infuriating",
					    "enraging", "upsetting", "antagonising",
					    "antagonizing", "alarming", NULL};
	const mention *a, *x;
	size_t end;
	if (!kin(d, i, w_anger_ing) || i + 1 >= s->t1)
		return ENT_OK;
	x = named_state(d, s, i + 1, &end);
	a = subject_before(d, s, i);
	if (!x || !a || x->gz == GZ_DEMONYM)
		return ENT_OK;
	return add_state_stance(d, s, x, a, ENT_POLARITY_OPPOSE, i, "stance.angering");
}

/* An adverbial between a verb and its object, at token o: "in the
 * strongest (possible) terms", "in no uncertain terms", "strongly", or a
 * stretch between commas that names nothing (", in a statement issued on
 * Monday,"); the token after it, or o when there is none. */
static size_t verb_adverbial_end(const dctx *d, const span *s, size_t o)
{
	size_t j, n;
	if (o >= s->t1)
		return o; /* the verb ends the sentence */
	if (o + 2 < s->t1 && ly_adverb(d, o))
		return o + 1; /* "condemned strongly the raid" */
	if (o + 2 < s->t1 && kis(d, o, "in")) {
		for (j = o + 1, n = 0; j < s->t1 && n < 3 && d->t.v[j].kind == TK_WORD &&
				       !d->t.v[j].upper && !kis(d, j, "terms");
		     j++, n++)
			;
		if (n && j + 1 < s->t1 && kis(d, j, "terms"))
			return j + 1;
		return o;
	}
	if (!kis(d, o, ","))
		return o;
	for (j = o + 1, n = 0; j < s->t1 && n < 12 && !kis(d, j, ","); j++, n++)
		if (mention_at(d, s, j) || quote_mark(d, j) || kis(d, j, ";"))
			return o;
	if (n < 2 || j + 1 >= s->t1 || !kis(d, j, ",") ||
	    !(kis(d, o + 1, "in") || kis(d, o + 1, "on") || kis(d, o + 1, "at") ||
	      ly_adverb(d, o + 1)))
		return o; /* not ", which ...,", not ", Y and Z," */
	return j + 1;
}

/* "spoke out (strongly) against": a verb of opposition at token i
 * ("speak", "speaks", "speaking", "spoke", "spoken" before "out"). */
static int spoke_out_against(const dctx *d, const span *s, size_t i)
{
	static const char *w_speak[] = {"spoke", "speak", "speaks", "speaking", "spoken", NULL};
	size_t j = i + 2;
	if (K(i)[1] != 'p' || j >= s->t1 || !kis(d, i + 1, "out") || !kin(d, i, w_speak))
		return 0;
	if (j + 1 < s->t1 && ly_adverb(d, j))
		j++;
	return kis(d, j, "against");
}

/* After a verb of opposition at token i, where its object starts: past
 * "and" and a second verb of opposition or rejection ("condemned and
 * rejected Y's move", "condemns and denounces Y"), past an adverbial
 * ("condemned in the strongest terms Y's raid") and past the preposition
 * the verb takes ("protested against the Yn incursions", "objected to"),
 * else token i + 1. */
static size_t coordinated_verb_object(const dctx *d, const span *s, size_t i)
{
	size_t o = i + 1;
	if (i + 3 < s->t1 && kis(d, i + 1, "and") &&
	    (KIN(d, i + 2, w_oppose_v) || KIN(d, i + 2, w_reject_v)))
		o = i + 3;
	if (o + 2 < s->t1 && kis(d, o, "out") && K(i)[0] == 's')
		o++; /* "spoke out against" */
	o = verb_adverbial_end(d, s, o);
	if (o + 1 < s->t1 &&
	    (kis(d, o, "against") ||
	     (kis(d, o, "to") && (kis(d, i, "objected") || kis(d, i, "objects")))))
		o++;
	return o;
}

/* ", which are (widely) seen as leading toward ...": a passive reading in
 * a relative clause, with no one's "by", describes a noun of the sentence
 * and is not the reading of its act (stop 56); the word of reading at i. */
static int relative_reading(const dctx *d, const span *s, size_t i)
{
	size_t j = i, q;
	if (j > s->t0 && ly_adverb(d, j - 1))
		j--;
	if (j < s->t0 + 3 || !KIN(d, j - 1, w_be) ||
	    !(kis(d, j - 2, "which") || kis(d, j - 2, "that")) || !kis(d, j - 3, ","))
		return 0;
	for (q = i + 1; q < s->t1 && q < i + 12 && !kis(d, q, ","); q++)
		if (kis(d, q, "by"))
			return 0;
	return 1;
}

/* Does s tell an interpretation ("is seen as", "viewed as")?  "It remains
 * (is yet) to be seen whether ..." is a doubt about what comes, no reading
 * of an act, and does not count (test_extract_anaphor_events.c); nor does
 * "condemned what it described as ...", the speaker's own word, nor
 * "countries seen as allies", a description of states. */
static int interpretation(const dctx *d, const span *s)
{
	/* "its list of countries seen as allies": a description of a list,
	 * no reading of the sentence's act */
	static const char *w_states_pl[] = {"countries", "nations", "states", NULL};
	size_t i = s->t0;
	while ((i = find_in(d, i, s->t1, w_interpret)) != NONE) {
		if (!relative_reading(d, s, i) &&
		    !(kis(d, i, "seen") && i >= s->t0 + 3 && kis(d, i - 1, "be") &&
		      kis(d, i - 2, "to") &&
		      (kis(d, i - 3, "remains") || kis(d, i - 3, "remain") || kis(d, i - 3, "yet"))) &&
		    !(i >= s->t0 + 2 && kis(d, i - 2, "what")) &&
		    !(i > s->t0 && kin_local(d, i - 1, w_states_pl)) &&
		    /* "over Stockholm's perceived acceptance of": an adjective
		     * after a possessive or a determiner, no "as" (stop 57) */
		    !(i > s->t0 && i + 1 < s->t1 && !kis(d, i + 1, "as") &&
		      (kis(d, i - 1, "'s") || kis(d, i - 1, "its") || kis(d, i - 1, "their") ||
		       KIN(d, i - 1, w_det))) &&
		    !(i + 2 < s->t1 && kis(d, i + 1, "with") &&
		      find_in(d, i + 2, i + 5 < s->t1 ? i + 5 : s->t1, w_concern) != NONE))
			return 1; /* "condemned what it described as ..." is its own word;
				   * "viewed with concern" is a stance (viewed_with) */
		i++;
	}
	return 0;
}

/* "X's (continued) refusal to recognise Y", "... in its refusal to
 * recognise Y('s independence)": the owner of the refusal (X, or for
 * "its/their" the subject of the sentence) opposes Y; the verb is at i, after
 * "to" (stance.refusal_to_recognise, test_extract_anaphor_events.c). */
static const char *w_subject_prep[] = {"in", "on", "with", "from", "to", "for", "by", "of",
				       "against", "over", "as", "than", NULL};

static int refusal_to_recognise(dctx *d, const span *s, size_t i)
{
	const mention *a = NULL, *t;
	size_t j = i - 2, n;
	if (!kis(d, j, "refusal") || j < s->t0 + 2)
		return ENT_OK;
	for (j--, n = 0; n < 2 && j > s->t0 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
			 !kis(d, j, "its") && !kis(d, j, "their") && !kis(d, j, "'s");
	     n++)
		j--; /* "its continued refusal" */
	if ((kis(d, j, "its") || kis(d, j, "their")) && s->unit >= 0) {
		/* the sentence's subject: its first state not after a preposition */
		const unit *u = &d->units[s->unit];
		size_t k;
		for (k = mention_from(d, u->t0); k < d->m.n && M(d, k)->t1 < j && !a; k++)
			if (ent__is_state_mention(M(d, k)) && !M(d, k)->possessive &&
			    (M(d, k)->t0 == u->t0 || !kin(d, M(d, k)->t0 - 1, w_subject_prep)))
				a = M(d, k);
	} else if (kis(d, j, "'s") && j > s->t0)
		a = mention_at(d, s, j - 1);
	if (!a || !ent__is_state_mention(a) || a->gz == GZ_FIRM)
		return ENT_OK;
	t = actor_after(d, s, i + 1, 1, 1);
	if (!t || (a->code && t->code && !strcmp(a->code, t->code)))
		return ENT_OK;
	return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
			  "stance.refusal_to_recognise");
}

/* "Y grew stronger with the (full) support of (allies like) X and Z": the
 * states after "of" back the clause's subject, not the other way round. */
static int with_support_of(dctx *d, const span *s, size_t i, size_t next, int *hit)
{
	static const char *w_group[] = {"allies", "partners", "friends", "countries", "nations",
					"states", NULL};
	const mention *a, *t, *ag[6];
	size_t o = i, n = 0, j = i + 1, k, na;
	int rc;
	*hit = 0;
	while (o > s->t0 && n < 2 && d->t.v[o - 1].kind == TK_WORD && !d->t.v[o - 1].upper &&
	       !kis(d, o - 1, "the")) {
		o--; /* "the full support", "the strong backing" */
		n++;
	}
	if (o < s->t0 + 2 || !kis(d, o - 1, "the") || !kis(d, o - 2, "with") || j + 1 >= s->t1 ||
	    !kis(d, j, "of"))
		return ENT_OK;
	j++;
	if (j + 1 < s->t1 && kin_local(d, j, w_group)) {
		if (kis(d, j + 1, "like") || kis(d, j + 1, "including"))
			j += 2;
		else if (j + 2 < s->t1 && kis(d, j + 1, "such") && kis(d, j + 2, "as"))
			j += 3;
	}
	a = actor_after(d, s, j, 1, 1);
	if (!a || a->t0 > j + 1)
		return ENT_OK;
	*hit = 1;
	for (k = s->t0; k + 2 < o; k++)
		if (KIN(d, k, w_oppose_v) || KIN(d, k, w_support_v))
			return ENT_OK; /* "X condemns the offensive with the support of Z": the object's */
	t = stance_actor(d, s, o - 2);
	for (k = s->m0; k < s->m1 && !t; k++)
		if (M(d, k)->t1 <= o - 2 && ent__is_state_mention(M(d, k)))
			t = M(d, k); /* "Argentines once again have ... with the support of" */
	if (!t || a->gz == GZ_FIRM)
		return ENT_OK;
	na = coordinated_pp(d, s, a, ag, 6, 1); /* "of Sweden and Finland": every one */
	for (k = 0; k < na; k++)
		if ((rc = add_stance(d, s, ag[k], t, ENT_POLARITY_SUPPORT, i, next,
				     "stance.with_support_of")))
			return rc;
	return ENT_OK;
}

/* "The UAE is the latest (first, only) country to show ...": the state
 * before the form of "be" whose predicate is such a noun and the
 * infinitive of the verb at v; or NULL (stop 37). */
static const mention *latest_to_subject(const dctx *d, const span *s, size_t v)
{
	static const char *w_order_adj[] = {"latest", "first", "last", "only", "second",
					    "third", "newest", "next", NULL};
	static const char *w_state_n[] = {"country", "state", "nation", "government", "one",
					  NULL};
	size_t j = v;
	const mention *m;
	if (j < s->t0 + 5 || !kis(d, j - 1, "to") || !kin_local(d, j - 2, w_state_n))
		return NULL;
	j -= 2;
	if (!kin_local(d, j - 1, w_order_adj))
		return NULL;
	j--;
	if (!kis(d, j - 1, "the") || !KIN(d, j - 2, w_be))
		return NULL;
	m = mention_at_end(d, s, j - 3);
	return m && ent__is_state_mention(m) && m->gz != GZ_FIRM && !m->possessive &&
		       m->gz != GZ_DEMONYM
		       ? m
		       : NULL;
}

/* "X announced its intention (pledged, vowed) to (continue to) support Y":
 * the infinitive "support" after a word of will is X backing Y; not a
 * purpose infinitive ("ships sent to support Y's navy"). */
static int will_to_support(dctx *d, const span *s, size_t i, size_t next, int *hit)
{
	static const char *w_will[] = {"intention", "intentions", "intend", "intends",
				       "intended", "pledged", "pledges", "pledge", "vowed", "vows",
				       "vow", "decided", "decision", "commitment", "committed",
				       "resolve", "resolved", "determination", "determined",
				       "promised", "promises", NULL};
	static const char *w_go_on[] = {"continue", "keep", NULL};
	const mention *a, *t;
	size_t v = i - 1, n, o = i + 1;
	int modal = 0;
	*hit = 0;
	if (!kis(d, i, "support") || i < s->t0 + 2)
		return ENT_OK;
	/* "vowed to \"invariably and unconditionally support\"": over
	 * adverbs, "and" and a quote mark */
	for (n = 0; v > s->t0 && n < 5 && !kis(d, v, "to") &&
		    (ly_adverb(d, v) || kis(d, v, "and") || skip_quote(d, v));
	     v--, n++)
		;
	if (!kis(d, v, "to"))
		return ENT_OK;
	if (v >= s->t0 + 2 && kin_local(d, v - 1, w_go_on) && kis(d, v - 2, "to"))
		v -= 2; /* "to continue to support" */
	else if (v >= s->t0 + 3 && kin_local(d, v - 1, w_go_on) &&
		 (kis(d, v - 2, "will") || kis(d, v - 2, "would") || kis(d, v - 2, "shall")))
		modal = 1; /* "the American authorities will continue to support
			    * Moldova" (stop 45) */
	if (v == s->t0 || !(modal || kin_local(d, v - 1, w_will)) || negated(d, s, v - 1))
		return ENT_OK;
	if (o < s->t1 && skip_quote(d, o))
		o++;
	t = actor_after(d, s, o, 1, 1);
	/* "vowed to support Syrian sovereignty (efforts to protect Y, Y's
	 * sovereignty)" (stop 63) */
	int eff = 0;
	if (!t && (t = demonym_position(d, s, o)) == NULL)
		eff = (t = protected_by_efforts(d, s, o)) != NULL;
	/* "Y's \"sovereignty defense\"": backing Y's cause backs Y */
	if (!t || (t->possessive && !eff && !(n > 0 && t->t1 + 1 < s->t1)))
		return ENT_OK;
	a = stance_actor(d, s, modal ? v - 2 : v - 1);
	if (!a || a->gz == GZ_FIRM)
		return ENT_OK;
	*hit = 1;
	return add_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, next, "stance.will_to_support");
}

/* "complaints against India's high tariffs", "criticism of X's import
 * duties": a state's possessive before a measure of trade (up to two
 * words between) makes the grievance commercial, no stance between the
 * states (test_extract_civil_commerce.c). */
static int trade_measure_of(const dctx *d, const span *s, const mention *t)
{
	static const char *w_trade_m[] = {"tariff", "tariffs", "duties", "duty", "levies",
					  "quotas", "subsidies", "customs", NULL};
	size_t i = t->t1, n;
	if (i < s->t1 && (kis(d, i, "'s") || kis(d, i, "'")))
		i++;
	else if (!t->possessive)
		return 0;
	for (n = 0; i < s->t1 && n < 3; i++, n++)
		if (kin(d, i, w_trade_m))
			return 1;
	return 0;
}

/* "show / showed / demonstrate (its) solidarity" at token i: the one who
 * shows it backs the state after "with". */
static int solidarity_shown(const dctx *d, size_t i)
{
	static const char *w_show_v[] = {"show", "shows", "showed", "shown", "showing",
					 "demonstrate", "demonstrates", "demonstrated",
					 "demonstrating", NULL};
	return kis(d, i, "solidarity") && kin(d, i - 1, w_show_v);
}

/* Past "(\")in the strongest (possible) terms(\")" at o, a manner between a
 * verb of stance and its object ("condemned \"in the strongest terms\" Y's
 * export"); o itself when none (stop 37). */
static size_t past_manner(const dctx *d, const span *s, size_t o)
{
	size_t j = o;
	int q = j < s->t1 && quote_mark(d, j);
	if (q)
		j++;
	if (!(j + 3 < s->t1 && kis(d, j, "in") && kis(d, j + 1, "the")))
		return o;
	j += 2;
	if (!(kis(d, j, "strongest") || kis(d, j, "harshest") || kis(d, j, "clearest") ||
	      kis(d, j, "firmest")))
		return o;
	j++;
	if (j < s->t1 && kis(d, j, "possible"))
		j++;
	if (!(j < s->t1 && kis(d, j, "terms")))
		return o;
	j++;
	if (q && j < s->t1 && quote_mark(d, j))
		j++;
	if (j < s->t1 && kis(d, j, ","))
		j++;
	return j;
}

/* "Iran's export and Russia's procurement of missiles": after the
 * possessive t and one or two words of its act, "and" and a second
 * state's possessive; that state, or NULL (stop 37). */
static const mention *second_owner(const dctx *d, const span *s, const mention *t)
{
	size_t j = t->t1 + 1, n;
	const mention *m;
	for (n = 0; j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		    !kis(d, j, "and");
	     j++, n++)
		;
	if (!n || j + 1 >= s->t1 || !kis(d, j, "and"))
		return NULL;
	m = mention_at(d, s, j + 1);
	return m && m->t0 == j + 1 && m->possessive && ent__is_state_mention(m) &&
		       m->gz != GZ_FIRM && strcmp(m->code, t->code)
		       ? m
		       : NULL;
}

/* "The US had warned Ukraine (in 2022) that Iran was supplying drones":
 * after "warned (warns)" at i, the state t, a phrase of time at most,
 * "that" and a third state: the one told of a danger, no one opposed
 * (stop 37). */
static int warned_addressee(const dctx *d, const span *s, size_t i, const mention *t)
{
	size_t j = t->t1;
	const mention *z;
	if (!(kis(d, i, "warned") || kis(d, i, "warns") || kis(d, i, "warn")) || t->possessive ||
	    t->t0 > i + 2)
		return 0;
	if (j + 1 < s->t1 && (kis(d, j, "in") || kis(d, j, "on")) &&
	    (d->t.v[j + 1].kind == TK_NUM || kin(d, j + 1, w_not_name)))
		j += 2;
	if (j + 1 >= s->t1 || !kis(d, j, "that"))
		return 0;
	/* a third state's deed told ("that Iran was supplying"); not a threat
	 * ("warned Y that it would respond") */
	z = mention_at(d, s, j + 1 + kis(d, j + 1, "the"));
	return z && ent__is_state_mention(z) && z->gz != GZ_FIRM && strcmp(z->code, t->code);
}

/* A verb of stance that only modifies a noun: "a missile warning system",
 * "early warning radars" (the device), "Trump's (the) warning has
 * compelled Y" (a noun, stop 37), "a swift rebuke"; "Iran-backed rebels in
 * Y", "the X-backed militia" (X backs the group, not the state where it
 * fights).
 * Kept out of line: rule_stance's loop runs on every token. */
int modifier_not_verb(const dctx *d, const span *s, size_t i)
{
	static const char *w_device_n[] = {"system", "systems", "aircraft", "radar", "radars",
					   "satellite", "satellites", "plane", "planes",
					   "capability", "capabilities", "network", "networks",
					   "centre", "center", "station", "stations", "sensor",
					   "sensors", NULL};
	if (kis(d, i, "warning")) {
		size_t n = i + 1 < s->t1 ? strlen(K(i + 1)) : 0;
		/* the subject of the next verb, "Trump's warning has
		 * compelled Y", "the warning prompted Y" */
		int subject = i > s->t0 && n > 2 &&
			      (kis(d, i - 1, "'s") || KIN(d, i - 1, w_det) || kis(d, i - 1, "his") ||
			       kis(d, i - 1, "her") || kis(d, i - 1, "its") ||
			       kis(d, i - 1, "their")) &&
			      (KIN(d, i + 1, w_be) || kis(d, i + 1, "has") || kis(d, i + 1, "had") ||
			       (d->t.v[i + 1].kind == TK_WORD && !strcmp(K(i + 1) + n - 2, "ed")));
		return subject || (i > s->t0 && kis(d, i - 1, "early")) ||
		       (i + 1 < s->t1 && kin(d, i + 1, w_device_n));
	}
	if (kis(d, i, "rebuke") || kis(d, i, "rebukes")) {
		/* "drew a swift rebuke from X": a noun after a determiner
		 * (over two adjectives; stop 56) */
		size_t j = i, n;
		for (n = 0; j > s->t0 && n < 2 && d->t.v[j - 1].kind == TK_WORD &&
			    !d->t.v[j - 1].upper && !KIN(d, j - 1, w_det);
		     j--, n++)
			;
		return j > s->t0 && (KIN(d, j - 1, w_det) || kis(d, j - 1, "'s"));
	}
	if (kis(d, i, "backed") && i > s->t0 + 1 && kis(d, i - 1, "-") && i + 1 < s->t1 &&
	    d->t.v[i + 1].kind == TK_WORD && !kis(d, i + 1, "by")) {
		size_t e = 0;
		return named_state(d, s, i + 1, &e) == NULL; /* "X-backed Y": a state */
	}
	return 0;
}

/* A guess at a stance, not one taken: the verb of stance at token i right
 * after "may/might/could" (and "soon" or an -ly adverb) or after
 * "expected/likely to". */
static int stance_hedge(const dctx *d, const span *s, size_t i)
{
	size_t j = i;
	if (j > s->t0 && (kis(d, j - 1, "soon") || kis(d, j - 1, "also") || ly_adverb(d, j - 1)))
		j--;
	if (j <= s->t0)
		return 0;
	if (kis(d, j - 1, "may") || kis(d, j - 1, "might") || kis(d, j - 1, "could"))
		return !d->t.v[j - 1].upper; /* "May" may be the month */
	return j >= s->t0 + 2 && kis(d, j - 1, "to") &&
	       (kis(d, j - 2, "expected") || kis(d, j - 2, "likely"));
}

/* ---- words of attitude ----------------------------------------------------- */

/* Words that state an attitude toward a state (stance_attitude): adjectives
 * and participles of unease, distrust or anger ("wary of", "irked by"),
 * their nouns ("anger at"), verbs of anger ("bristled at", "lashed out
 * at", "resents"), words of gratitude and satisfaction ("grateful to",
 * "pleased with", "appreciated"), and the verbs of standing ("stand
 * together against").  A lexicon list: its bit lets rule_stance pass
 * every other token at the cost of one shift. */
/* The words of each kind, once: the kind's own list below and w_attitude
 * take them from here (the verbs of standing: STAND_V, w_stand_v). */
/* adjectives and participles of unease, distrust or anger */
#define ATT_UNEASY                                                                          \
	"uneasy", "wary", "suspicious", "distrustful", "mistrustful", "irked", "angered",   \
		"upset", "unhappy", "displeased", "dissatisfied", "frustrated", "dismayed", \
		"outraged", "incensed", "furious", "troubled", "annoyed", "angry",          \
		"irritated", "nervous", "apprehensive", "enraged", "infuriated",            \
		"exasperated", "indignant", "resentful", "disturbed", "aggrieved", "livid", \
		"perturbed", "vexed", "unnerved", "uncomfortable", "anxious", "offended",   \
		"disgusted"
/* adjectives of satisfaction */
#define ATT_PLEASED                                                                         \
	"pleased", "satisfied", "happy", "delighted", "glad", "gratified", "heartened",     \
		"thrilled"
/* words of gratitude that take "to Y" */
#define ATT_GRATEFUL "grateful", "thankful", "appreciative", "gratitude", "appreciation", "thanks"
/* nouns of anger or unease */
#define ATT_ANGER_N                                                                         \
	"anger", "dismay", "outrage", "irritation", "alarm", "unease", "uneasiness",        \
		"annoyance", "indignation", "resentment", "fury", "exasperation",           \
		"consternation", "disquiet", "ire", "wrath", "chagrin", "disgust",          \
		"suspicion", "suspicions", "wariness", "misgivings", "displeasure",         \
		"dissatisfaction", "frustration", "distrust", "mistrust"
/* verbs of anger before "at / over / against": "bristled at Y" (not "fumes",
 * "rail", nouns as often as verbs; "rails / railing" only before "against") */
#define ATT_ANGER_V                                                                         \
	"bristled", "bristles", "bristle", "bristling", "fumed", "fuming", "railed",        \
		"rails", "railing", "balked", "balks", "balk", "balking", "baulked",        \
		"baulks", "baulk", "chafed", "chafes", "chafe", "chafing", "seethed",       \
		"seethes", "seethe", "seething", "bridled", "bridles"
/* verbs of striking out in words before "out at" / "back at": "lashed
 * out at Y", "hit back at Y", "took aim at Y" */
#define ATT_LASH_V "lashed", "lashes", "lash", "lashing", "hit", "hits", "hitting", "took", \
		"takes", "taking"
#define ATT_RESENT_V "resent", "resents", "resented", "resenting"
#define ATT_APPRECIATE_V "appreciated", "appreciates", "appreciate", "appreciating", "values", \
		"valued"
/* adverbs of anger after a verb of reacting ("reacted angrily to") */
#define ATT_ANGRILY "angrily", "furiously", "indignantly"

/* Words that state an attitude toward a state (stance_attitude): adjectives
 * and participles of unease, distrust or anger ("wary of", "irked by"),
 * their nouns ("anger at"), verbs of anger ("bristled at", "lashed out
 * at", "resents"), words of gratitude and satisfaction ("grateful to",
 * "pleased with", "appreciated"), and the verbs of standing ("stand
 * together against").  A lexicon list: its bit lets rule_stance pass
 * every other token at the cost of one shift. */
const char *w_attitude[] = {ATT_UNEASY, ATT_PLEASED, ATT_GRATEFUL, ATT_ANGER_N,
			    ATT_ANGER_V, ATT_LASH_V, ATT_RESENT_V, ATT_APPRECIATE_V,
			    STAND_V, ATT_ANGRILY, NULL};

static const char *w_att_uneasy[] = {ATT_UNEASY, NULL};
static const char *w_att_pleased[] = {ATT_PLEASED, NULL};
static const char *w_att_grateful[] = {ATT_GRATEFUL, NULL};
static const char *w_att_anger_n[] = {ATT_ANGER_N, NULL};
static const char *w_att_anger_v[] = {ATT_ANGER_V, NULL};
static const char *w_att_lash_v[] = {ATT_LASH_V, NULL};
static const char *w_att_resent_v[] = {ATT_RESENT_V, NULL};
static const char *w_att_appreciate_v[] = {ATT_APPRECIATE_V, NULL};

/* Words between a state and the word of attitude that make a clause's
 * predicate: "(X) is also said to be (uneasy)", "(X) has grown
 * increasingly (suspicious)", "(X) remains deeply (distrustful)". */
static const char *w_att_link[] = {
	"is", "are", "am", "was", "were", "be", "been", "being", "remain", "remains", "remained",
	"remaining", "seem", "seems", "seemed", "appear", "appears", "appeared", "grow", "grows",
	"grew", "grown", "growing", "become", "becomes", "became", "becoming", "feel", "feels",
	"felt", "get", "gets", "got", "stay", "stays", "stayed", "look", "looks", "looked",
	"has", "have", "had", "will", "shall", "to", "said", "reported", "known",
	"understood", "continue", "continues", "continued", NULL};
static const char *w_att_adverb[] = {
	"also", "still", "very", "so", "too", "more", "most", "less", "even", "already", "now",
	"again", "always", "long", "quite", "rather", "somewhat", "ever", "once", "all",
	"both", "equally", "not", "absolutely", "really", NULL};
/* Nouns that may close a subject before its verb: "(the Turkish) foreign
 * ministry", "(Greek) officials" (and w_title, w_title_mod, w_gov_noun). */
static const char *w_att_body_n[] = {"embassy", "cabinet", "parliament", "diplomats",
				     "delegation", "mission", "ministries", "spokesman",
				     "office", NULL};
/* Prepositions that make the state after them no subject: "farmers in
 * India are unhappy". */
static const char *w_att_not_subject[] = {
	"in", "at", "near", "from", "across", "throughout", "within", "inside", "among", "with",
	"to", "by", "on", "against", "about", "over", "than", "for", "into", "toward",
	"towards", "between", NULL};
/* Nouns of help, the only reason of thanks that states a stance: "thanked
 * Y for its help", "grateful to Y for its support"; not "for hosting the
 * talks", "for its hospitality". */
static const char *w_att_help_n[] = {
	"help", "assistance", "aid", "support", "backing", "solidarity", "cooperation",
	"contribution", "contributions", "donation", "donations", "efforts", "mediation",
	"generosity", "gift", "gifts", "supplies", "loan", "loans", "grant", "grants",
	"package", "vaccines", "weapons", "arms", "equipment", "position", "stance", NULL};
/* verbs that voice a noun of anger, besides w_voice */
static const char *w_att_voice_v[] = {"conveyed", "conveys", "vented", "vents", "sounded",
				      "sounds", "showed", "shows", "displayed", NULL};
/* "reacted / responded with fury to Y" */
static const char *w_att_react_v[] = {"reacted", "reacts", "react", "responded", "responds",
				      "respond", NULL};
/* words of distrust that take "of": "wary of Y", "suspicions of Y" */
static const char *w_att_of[] = {"wary", "suspicious", "distrustful", "mistrustful",
				 "resentful", "apprehensive", "suspicion", "suspicions",
				 "wariness", "distrust", "mistrust", NULL};
/* "(said) to be": the words that may come before "to" in a predicate */
static const char *w_att_to_ok[] = {"said", "reported", "known", "understood", "seem",
				    "seems", "seemed", "appear", "appears", "appeared",
				    "continue", "continues", "continued", NULL};

/* May token j close the subject of a clause before its verb, as a word of
 * the state's title, office or body, its 's, or a capitalised name
 * ("Turkey's foreign ministry", "the Turkish president", "Greek
 * officials", "President Erdogan")? */
static int attitude_subject_word(const dctx *d, size_t j)
{
	if (d->t.v[j].kind == TK_WORD && d->t.v[j].upper)
		return 1;
	return kis(d, j, "'s") || kis(d, j, "'") || KIN(d, j, w_title) || KIN(d, j, w_title_mod) ||
	       KIN(d, j, w_gov_noun) || kin_local(d, j, w_att_body_n);
}

/* Is the state mention a one that may hold an attitude as a clause's
 * subject: no firm, and not the object of a preposition ("farmers in
 * India", "citizens of Chile"; "the foreign minister of Egypt" is)? */
static int attitude_subject_ok(const dctx *d, const span *s, const mention *a)
{
	size_t p;
	if (!a || a->gz == GZ_FIRM)
		return 0;
	if (a->t0 <= s->t0 || a->t1 <= s->t0 || a->t0 >= s->t1)
		return 1; /* a person or body named before the sentence */
	p = a->t0 - 1;
	if (p > s->t0 && KIN(d, p, w_det))
		p--;
	if (kin_local(d, p, w_att_not_subject))
		return 0;
	if (kis(d, p, "of"))
		return p > s->t0 && (KIN(d, p - 1, w_title) || KIN(d, p - 1, w_gov_noun) ||
				     kis(d, p - 1, "ministry") || kis(d, p - 1, "people"));
	return 1;
}

/* "Wary of Y's fleet, X has ...", "Angered by Y, the Xn government ...":
 * the subject after the comma that closes a phrase opening the sentence,
 * a state, a demonym before a title or a body of government, or a person;
 * NULL otherwise. */
static const mention *attitude_subject_after(const dctx *d, const span *s, size_t i)
{
	size_t c, j, e;
	const mention *m;
	for (c = i + 1; c < s->t1 && c < i + 16 && !kis(d, c, ","); c++)
		;
	if (c + 1 >= s->t1 || !kis(d, c, ","))
		return NULL;
	j = c + 1;
	if (KIN(d, j, w_det) && j + 1 < s->t1)
		j++;
	m = mention_at(d, s, j);
	if (!m || !ent__is_state_mention(m) || m->gz == GZ_FIRM)
		return NULL;
	if (m->gz != GZ_DEMONYM && !m->possessive)
		return m;
	e = m->t1 + (m->possessive ? 1 : 0); /* "the Xn government", "X's leaders" */
	if (e >= s->t1)
		return NULL;
	return KIN(d, e, w_title) || KIN(d, e, w_title_mod) || KIN(d, e, w_gov_noun) ||
			       kin_local(d, e, w_att_body_n)
		       ? m
		       : NULL;
}

/* The one whose attitude the adjective (or verb) at token i states: the
 * subject of its clause, when only words of the predicate ("is also said
 * to be", "has grown increasingly") stand between them and only words of
 * title or office ("the Turkish president", "Kenya's foreign ministry")
 * follow the state; a pronoun's referent ("it was"); the state before a
 * comma that opens an apposition ("X, disturbed by ..., rejected"); the
 * subject after the comma of a phrase that opens the sentence ("Wary of
 * Y, X ..."). NULL when the word qualifies a noun ("an uneasy
 * relationship") or the state is no subject. */
static const mention *attitude_actor(const dctx *d, const span *s, size_t i)
{
	const mention *a;
	size_t b = i, n = 0, j;
	int link = 0;
	while (b > s->t0 && n < 8) {
		size_t q = b - 1;
		if (d->t.v[q].kind != TK_WORD)
			break;
		if (kis(d, q, "to") && !(q > s->t0 && kin_local(d, q - 1, w_att_to_ok)))
			break; /* "urged Y to be wary": Y's attitude is not told */
		if (kin_local(d, q, w_att_link))
			link = 1;
		else if (!(ly_adverb(d, q) || kin_local(d, q, w_att_adverb)))
			break;
		b--;
		n++;
	}
	if (!link) {
		if (b == s->t0 || (b == s->t0 + 1 && quote_mark(d, s->t0))) {
			a = attitude_subject_after(d, s, i); /* "Wary of Y, X ..." */
			return a && attitude_subject_ok(d, s, a) ? a : NULL;
		}
		if (b < s->t0 + 2 || !kis(d, b - 1, ","))
			return NULL; /* "an uneasy relationship" */
		b--; /* "X, disturbed by Y's claims, ...": X before the comma */
		a = actor_before(d, s, b, 4, 0);
	} else if (b >= s->t0 + 3 && (kis(d, b - 1, "which") || kis(d, b - 1, "who")) &&
		   kis(d, b - 2, ",")) {
		b -= 2; /* "X, which is wary of Y, ...": X */
		a = actor_before(d, s, b, 4, 0);
	} else {
		if (subject_pronoun(d, s, b) != NONE)
			return stance_actor(d, s, b); /* "it was", "they are" */
		a = stance_actor(d, s, b);
	}
	if (!a || !attitude_subject_ok(d, s, a))
		return NULL;
	if (a->t1 <= s->t0 || a->t0 >= s->t1) {
		/* named before the sentence ("The ministry was ..."): only
		 * "the" and words of office before the predicate */
		for (j = s->t0; j < b; j++)
			if (!KIN(d, j, w_det) && !attitude_subject_word(d, j))
				return NULL;
		return a;
	}
	if (a->t1 > b || b - a->t1 > 6)
		return NULL;
	for (j = a->t1; j < b; j++)
		if (!attitude_subject_word(d, j))
			return NULL; /* "Indian farmers are", "X said the report was" */
	return a;
}

/* A guess or a condition, no attitude held: "may / might / could / would
 * (be)", "likely / expected to", "if / unless / whether" in the few words
 * before the word at token i. */
static int attitude_hedged(const dctx *d, const span *s, size_t i)
{
	size_t q, n;
	for (q = i, n = 0; q > s->t0 && n < 6; q--, n++) {
		size_t k = q - 1;
		if (kis(d, k, ",") || kis(d, k, ";"))
			break;
		if (d->t.v[k].kind != TK_WORD)
			continue;
		if ((kis(d, k, "may") && !d->t.v[k].upper) || kis(d, k, "might") ||
		    kis(d, k, "could") || kis(d, k, "would") || kis(d, k, "if") ||
		    kis(d, k, "unless") || kis(d, k, "whether"))
			return 1;
		if ((kis(d, k, "likely") || kis(d, k, "expected")) && kis(d, k + 1, "to"))
			return 1;
	}
	return 0;
}

/* The state an attitude is about, in the phrase that opens at token j
 * (after its preposition): a state named there, maybe after "the", or its
 * possessive ("Y's decision"), a state as its people or government ("the
 * Yn government"), for an attitude against (neg) a demonym before a hostile
 * act ("the Yn incursions") or the parties of a tie ("the ties between Y
 * and Z": *t2 the second), else the agent of the object ("the decision of
 * Y", "the efforts by Y").  NULL when the phrase names no state of which
 * it speaks ("the weather", "the situation in Y", "Y's territorial
 * integrity", "Y's tariffs"). */
static const mention *attitude_object(const dctx *d, const span *s, size_t j, int neg,
				      const mention **t2)
{
	static const char *w_own_good[] = {"territorial", "sovereignty", "security", "safety",
					   "independence", "integrity", "people", "citizens",
					   "economy", "weather", NULL};
	const mention *m;
	size_t k = j;
	*t2 = NULL;
	if (k >= s->t1)
		return NULL;
	if (KIN(d, k, w_det) && k + 1 < s->t1 && !mention_at(d, s, k))
		k++;
	m = mention_at(d, s, k);
	if (m && ent__is_state_mention(m) && m->gz != GZ_FIRM && m->gz != GZ_DEMONYM) {
		size_t e = m->t1 + (m->possessive ? 1 : 0);
		if (!m->possessive && e < s->t1 && kis(d, e, "-"))
			return NULL; /* "Y-backed militants": the group, not Y */
		if (neg && m->possessive && e < s->t1 && kin_local(d, e, w_own_good))
			return NULL; /* "worried about Y's security": no opposition to Y */
		if (trade_measure_of(d, s, m))
			return NULL; /* "Y's tariffs": a matter of trade */
		return m;
	}
	if (!m && person_at(d, k))
		return person_at(d, k); /* "angry at Erdogan" */
	if (m && m->gz == GZ_DEMONYM && !m->possessive && demonym_title(d, s, m->t1))
		return m; /* "the Yn ambassador", "the Yn foreign minister" */
	if ((m = state_np(d, s, j, NULL)) != NULL)
		return m;
	if (neg && (m = tie_of_names(d, s, j, t2)) != NULL)
		return m; /* "displeasure at the Franco-Greek agreement": both */
	if (neg && (m = demonym_act(d, s, j)) != NULL)
		return m;
	if (neg && (m = tie_between(d, s, j, t2)) != NULL)
		return m;
	m = agent_of_object(d, s, j);
	if (m && m->t0 > s->t0 + 1) {
		k = m->t0 - 1;
		if (KIN(d, k, w_det))
			k--;
		if (kis(d, k, "from"))
			return NULL; /* "troubled by reports from Y": news, no deed of Y's */
	}
	return m;
}

/* "values / valued" at token i as a verb of esteem: right after a state
 * (or its body), over one -ly adverb ("Armenia highly values"), and
 * before "the" or a state's possessive ("values the position of Y",
 * "valued Y's support"); not the noun ("shared values") nor a price
 * ("valued at"). */
static int value_verb(const dctx *d, const span *s, size_t i)
{
	const mention *m;
	size_t b = i;
	if (i + 1 >= s->t1)
		return 0;
	m = mention_at(d, s, i + 1);
	if (!kis(d, i + 1, "the") && !(m && m->possessive && ent__is_state_mention(m)))
		return 0;
	if (b > s->t0 && ly_adverb(d, b - 1))
		b--;
	if (b > s->t0 && KIN(d, b - 1, w_gov_noun))
		b--;
	m = actor_before(d, s, b, 0, 0);
	return m && !m->possessive && m->gz != GZ_FIRM;
}

/* The thanks at token i go to y: when a reason follows ("for ..."), it must
 * be help (w_att_help_n, within five words: "for its support during the
 * attack"), not "for hosting the talks" or "for its hospitality"; e is the
 * token after y. */
static int thanks_for_help(const dctx *d, const span *s, size_t e)
{
	size_t f;
	if (e < s->t1 && KIN(d, e, w_gov_noun))
		e++; /* "to the Yn government for" */
	if (e >= s->t1 || !kis(d, e, "for"))
		return 1;
	/* "for providing these jets", "for supplying arms": a gift of goods */
	if (e + 1 < s->t1 && KIN(d, e + 1, w_supply_verb) && lower_ing(d, e + 1))
		return 1;
	for (f = e + 1; f < s->t1 && f < e + 6; f++) {
		if (kin_local(d, f, w_att_help_n))
			return 1;
		if (d->t.v[f].kind != TK_WORD)
			return 0;
	}
	return 0;
}

/* The preposition after a word of attitude at token i, past one -ly
 * adverb ("bristled angrily at"); its token, or NONE.  "of" only after
 * words of distrust ("wary of", "suspicious of", "suspicions of"). */
static size_t attitude_prep(const dctx *d, const span *s, size_t i, int of)
{
	size_t p = i + 1;
	if (p + 1 < s->t1 && ly_adverb(d, p))
		p++;
	if (p + 1 >= s->t1)
		return NONE;
	if (kis(d, p, "about") || kis(d, p, "over") || kis(d, p, "at") || kis(d, p, "with") ||
	    kis(d, p, "by") || kis(d, p, "toward") || kis(d, p, "towards") ||
	    kis(d, p, "regarding") || (of && kis(d, p, "of")))
		return p;
	return NONE;
}

/* Words of attitude (w_attitude) at token i (stance.attitude,
 * test_extract_stance_attitude.c):
 * - "X is (also said to be / has grown increasingly) uneasy about / wary of /
 *   irked by / unhappy with / furious over Y('s ...)", "Wary of Y's fleet,
 *   X ...", "X, angered by Y, ...": X opposes Y;
 * - "X voiced anger at Y's ...", "Xn irritation with Y", "X reacted with
 *   fury to Y's ...", "anger in X at Y": X opposes Y;
 * - "X bristled / fumed / railed / balked at (over, against) Y", "X lashed
 *   / hit out at Y", "X resents Y's ...": X opposes Y;
 * - "X is pleased / satisfied / happy with (by) Y's ...", "X appreciated Y's
 *   ... / the efforts of Y", "X is grateful / thankful to Y", "X expressed
 *   gratitude / appreciation to Y (for its help)": X backs Y; thanks for
 *   what is no help ("for hosting the talks") state nothing;
 * - "X stands (together, united, firm) against Y('s threats)" opposes Y,
 *   "X stands united with Y", "stood firmly together with Y" back Y (the
 *   plain "stands with Y" is stance.side_with).
 * Not under a negation ("was not worried about"), a guess ("may be
 * unhappy") or a condition ("if"), not with no state named in the object
 * ("concerned about the weather", "pleased with the results") or no state
 * as the subject ("Indian farmers are angry with Y"). */
static int stance_attitude(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a = NULL, *t = NULL, *t2 = NULL;
	ent_polarity pol = ENT_POLARITY_OPPOSE;
	size_t p;
	int rc;
	*hit = 0;
	if (d->t.v[i].kind != TK_WORD || i + 2 >= s->t1 ||
	    (d->t.v[i].upper && i != s->t0 && !quote_mark(d, i - 1)))
		return ENT_OK;
	/* "X is not happy (pleased, satisfied) with Y's decision": displeasure */
	int unpleased = negated(d, s, i) && kin_local(d, i, w_att_pleased);
	if (negated(d, s, i) && !unpleased)
		return ENT_OK;
	/* a guess; "would / will stand with Y" is a promise, no guess */
	if (kin_local(d, i, w_stand_v) ? stance_hedge(d, s, i) : attitude_hedged(d, s, i))
		return ENT_OK;
	if (kin_local(d, i, w_att_uneasy) || kin_local(d, i, w_att_pleased)) {
		int neg = kin_local(d, i, w_att_uneasy) || unpleased;
		p = attitude_prep(d, s, i, kin_local(d, i, w_att_of));
		if (p == NONE && neg && i + 2 < s->t1 &&
		    (kis(d, i + 1, "because") || kis(d, i + 1, "that")) &&
		    (a = attitude_actor(d, s, i)) != NULL) {
			/* "The Kremlin is angry because A and B have been taking
			 * part": the clause's subject, each of its list (stop 37) */
			const mention *li[6];
			size_t nl, q;
			t = actor_after(d, s, i + 2, 1, 0);
			if (!t || t->gz == GZ_FIRM || t->gz == GZ_DEMONYM ||
			    t->t0 > i + 2 + kis(d, i + 2, "the"))
				return ENT_OK;
			*hit = 1;
			nl = coordinated(d, s, t, li, 6);
			for (q = 0; q < nl; q++)
				if (li[q]->gz != GZ_FIRM &&
				    (rc = add_state_stance(d, s, a, li[q], ENT_POLARITY_OPPOSE, i,
							   "stance.attitude")))
					return rc;
			return ENT_OK;
		}
		if (p == NONE || !(a = attitude_actor(d, s, i)))
			return ENT_OK;
		t = attitude_object(d, s, p + 1, neg, &t2);
		pol = neg ? ENT_POLARITY_OPPOSE : ENT_POLARITY_SUPPORT;
	} else if (kin_local(d, i, w_att_grateful)) {
		/* "X is grateful to Y", "X expressed (its) gratitude to Y" */
		size_t e = 0, v;
		p = i + 1;
		if (p < s->t1 && skip_quote(d, p))
			p++;
		if (p + 1 >= s->t1 || !kis(d, p, "to"))
			return ENT_OK;
		t = state_np(d, s, p + 1, &e);
		if (!t && (t = named_state(d, s, p + 1, &e)) != NULL && t->gz == GZ_DEMONYM &&
		    !t->possessive && demonym_title(d, s, e)) {
			/* "to the Yn ambassador (foreign minister)": past the title */
			while (e < s->t1 && KIN(d, e, w_title_mod))
				e++;
			e++;
		} else if (t && (t->possessive || t->gz == GZ_DEMONYM)) {
			t = NULL;
		}
		if (!t || !thanks_for_help(d, s, e))
			return ENT_OK;
		if (kis(d, i, "grateful") || kis(d, i, "thankful") || kis(d, i, "appreciative"))
			a = attitude_actor(d, s, i);
		else if ((v = voice_verb_before(d, s, i)) != NONE)
			a = stance_actor(d, s, v);
		else if ((a = actor_before(d, s, i, 2, 0)) != NULL && !a->possessive)
			a = NULL; /* only "X's gratitude to Y" */
		pol = ENT_POLARITY_SUPPORT;
	} else if (kin_local(d, i, w_att_anger_n)) {
		/* "X voiced anger at Y", "Xn anger over Y", "X reacted with fury to
		 * Y", "anger in X at Y" */
		size_t v = NONE, q;
		int react = 0, place = 0;
		if (KIN(d, i, w_oppose_n) && !kis(d, i + 1, "at"))
			return ENT_OK; /* "displeasure with Y": stance.oppose_noun */
		a = actor_before(d, s, i, 2, 0);
		if (a && !(a->possessive || (a->gz == GZ_DEMONYM && a->t1 == i)))
			a = NULL;
		p = i + 1;
		if (!a && p + 2 < s->t1 && kis(d, p, "in") &&
		    (a = actor_after(d, s, p + 1, 0, 1)) != NULL) {
			if (a->possessive)
				a = NULL;
			else
				p = a->t1; /* "anger in Beijing at Manila's move" */
			place = a != NULL;
		}
		if (!a && i > s->t0 + 1 && kis(d, i - 1, "with") &&
		    kin_local(d, i - 2, w_att_react_v)) {
			v = i - 2; /* "reacted with fury to Y's decision" */
			react = 1;
		}
		if (!a && v == NONE)
			v = voice_verb_before(d, s, i);
		for (q = i; !a && v == NONE && q > s->t0 && i - q < 4; q--) {
			if (kin_local(d, q - 1, w_att_voice_v)) {
				v = q - 1; /* "sounded the alarm", "conveyed its annoyance" */
				break;
			}
			if (d->t.v[q - 1].kind != TK_WORD || d->t.v[q - 1].upper)
				break;
		}
		if (!a && v != NONE)
			a = stance_actor(d, s, v);
		if (!place && !attitude_subject_ok(d, s, a))
			return ENT_OK;
		if (!(react && p + 1 < s->t1 && kis(d, p, "to")) &&
		    (p = attitude_prep(d, s, p - 1, kin_local(d, i, w_att_of))) == NONE)
			return ENT_OK;
		t = attitude_object(d, s, p + 1, 1, &t2);
	} else if (kis(d, i, "angrily") || kis(d, i, "furiously") || kis(d, i, "indignantly")) {
		/* "X reacted (responded) angrily to (at) Y's decision" */
		if (i == s->t0 || !kin_local(d, i - 1, w_att_react_v) ||
		    !(kis(d, i + 1, "to") || kis(d, i + 1, "at")))
			return ENT_OK;
		a = stance_actor(d, s, i - 1);
		if (!attitude_subject_ok(d, s, a))
			return ENT_OK;
		t = attitude_object(d, s, i + 2, 1, &t2);
	} else if (kin_local(d, i, w_att_anger_v) || kin_local(d, i, w_att_lash_v) ||
		   kin_local(d, i, w_att_resent_v)) {
		/* "X bristled at Y", "X lashed out at Y", "X resents Y's ..." */
		if (kin_local(d, i, w_att_resent_v)) {
			if ((i > s->t0 && KIN(d, i - 1, w_be)) || kis(d, i + 1, "by"))
				return ENT_OK; /* "was resented by Z": Z's, the other way */
			p = i;
		} else {
			p = i + 1;
			if (kin_local(d, i, w_att_lash_v)) {
				static const char *w_day[] = {"monday", "tuesday", "wednesday",
							      "thursday", "friday", "saturday",
							      "sunday", NULL};
				int take = K(i)[0] == 't';
				if (take ? !kis(d, p, "aim")
					 : (!kis(d, p, "out") && !kis(d, p, "back")))
					return ENT_OK; /* "lashed out at", "hit back at",
							  "took aim at" */
				p++;
				if (p < s->t1 && kin_local(d, p, w_day))
					p++; /* "lashed out Monday at" */
				if (p + 1 < s->t1 && kis(d, p, "at")) {
					/* "lashed out at a recent joint military
					 * exercise between A and B": each party */
					const mention *par[6];
					size_t end, np, q = p + 1;
					if (kis(d, q, "a") || kis(d, q, "an"))
						q++;
					np = drill_phrase_parties(d, s, q, par, &end);
					if (np && !negated(d, s, i))
						return oppose_drill_parties(d, s, stance_actor(d, s, i),
									    par, np, i,
									    "stance.object_drill", hit);
				}
			}
			if (p + 1 < s->t1 && ly_adverb(d, p))
				p++;
			if (p + 1 >= s->t1 || !(kis(d, p, "at") || kis(d, p, "against") ||
						kis(d, p, "over") || kis(d, p, "about")))
				return ENT_OK;
			if ((kis(d, i, "rails") || kis(d, i, "railing")) && !kis(d, p, "against"))
				return ENT_OK; /* "the railing at the gate" */
		}
		if (i > s->t0 && kis(d, i - 1, "-"))
			return ENT_OK;
		a = stance_actor(d, s, i);
		if (!attitude_subject_ok(d, s, a))
			return ENT_OK;
		t = attitude_object(d, s, p + 1, 1, &t2);
	} else if (kin_local(d, i, w_att_appreciate_v)) {
		/* "X appreciated Y's position", "the efforts of Y" */
		if (i > s->t0 && (KIN(d, i - 1, w_be) || kis(d, i - 1, "-")))
			return ENT_OK; /* "was appreciated by", "much-appreciated" */
		if (kis(d, i + 1, "against") || kis(d, i + 1, "by"))
			return ENT_OK; /* a currency's rise */
		if (K(i)[0] == 'v' && !value_verb(d, s, i))
			return ENT_OK; /* "shared values", "valued at $2 billion" */
		a = stance_actor(d, s, i);
		if (!attitude_subject_ok(d, s, a))
			return ENT_OK;
		t = attitude_object(d, s, i + 1, 0, &t2);
		pol = ENT_POLARITY_SUPPORT;
	} else if (kin_local(d, i, w_stand_v)) {
		/* "stand (together, united, firm(ly), shoulder to shoulder)
		 * against Y / with Y" */
		static const char *w_owner[] = {"-", "'s", "its", "their", "his", "her", "our",
						NULL};
		size_t n = 0;
		int strong = 0;
		if (i > s->t0 && (KIN(d, i - 1, w_det) || kin_local(d, i - 1, w_owner)))
			return ENT_OK; /* "long-standing", "Y's stand against": a noun */
		for (p = i + 1; p + 1 < s->t1 && n < 4; n++) {
			if (kis(d, p, "together") || ly_adverb(d, p)) {
				p++;
			} else if (kis(d, p, "united") || kis(d, p, "firm") || kis(d, p, "fast")) {
				strong = 1;
				p++;
			} else if (abreast_end(d, s, p)) {
				p = abreast_end(d, s, p);
			} else {
				break;
			}
		}
		if (p + 1 >= s->t1)
			return ENT_OK;
		const mention *w;
		if (kis(d, p, "with") &&
		    (strong || n >= 2 ||
		     /* "We are standing with Ukraine": a state's name, no
		      * person's or owner's, right after (stop 67) */
		     (p == i + 1 && (w = plain_state_at(d, s, p + 1)) != NULL && !w->leader &&
		      !w->possessive && w->gz == GZ_STATE)))
			pol = ENT_POLARITY_SUPPORT;
		else if (!kis(d, p, "against"))
			return ENT_OK;
		a = stance_actor(d, s, i);
		if (!attitude_subject_ok(d, s, a))
			return ENT_OK;
		t = attitude_object(d, s, p + 1, pol == ENT_POLARITY_OPPOSE, &t2);
		if (t && pol == ENT_POLARITY_SUPPORT && t->t0 <= p + 2 && !t->possessive &&
		    t->t1 + 1 < s->t1 && kis(d, t->t1, "against")) {
			/* "stood united with Y against Z's provocations": Z too */
			const mention *z = attitude_object(d, s, t->t1 + 1, 1, &t2);
			t2 = NULL;
			if (z && z->gz != GZ_FIRM && a->gz != GZ_FIRM &&
			    (rc = add_state_stance(d, s, a, z, ENT_POLARITY_OPPOSE, i,
						   "stance.attitude")))
				return rc;
		}
	} else {
		return ENT_OK;
	}
	if (!a || !t || t->gz == GZ_FIRM || a->gz == GZ_FIRM)
		return ENT_OK;
	*hit = 1;
	if ((rc = add_state_stance(d, s, a, t, pol, i, "stance.attitude")))
		return rc;
	if (pol == ENT_POLARITY_OPPOSE) {
		/* "reacted with anger to Taiwan receiving its first F-16 from
		 * the US", "to Y's purchase of jets from Z": the seller too
		 * (stop 67) */
		size_t g = t->t1 + (t->possessive && kis(d, t->t1, "'s") ? 1 : 0);
		const mention *f;
		if (g < s->t1 && KIN(d, g, w_buy_verb) && (t->possessive || ends_ing(K(g))) &&
		    (f = after_prep(d, s, g, "from")) != NULL && f->gz != GZ_FIRM &&
		    strcmp(f->code, a->code) != 0 && strcmp(f->code, t->code) != 0 &&
		    (rc = add_state_stance(d, s, a, f, pol, i, "stance.attitude")))
			return rc;
	}
	if (t2 && (rc = add_chain_rest(d, s, a, t2, pol, i, s->t1, "stance.attitude")))
		return rc;
	if (t2 && (rc = add_state_stance(d, s, a, t2, pol, i, "stance.attitude")))
		return rc;
	return ENT_OK;
}

/* ---- words that label another state's acts ------------------------------ */

/* Words with which a state's official condemns what another state does
 * (stance.labelled_deed): "the Russian aggression", "Azerbaijan's
 * aggression", "the provocations of Y", "the occupation by Y". */
static const char *w_label_n[] = {"aggression", "aggressions", "invasion", "occupation",
				  "annexation", "provocation", "provocations", "terror",
				  "atrocities", "crimes", "acts", "war", NULL};
/* ... of which "of Y" names the victim, not the agent */
static const char *w_label_of_victim[] = {"invasion", "occupation", "annexation", NULL};
static const char *w_war_adj[] = {"brutal", "unprovoked", "illegal", "illegitimate",
				  "aggressive", "barbarous", "barbaric", "criminal",
				  "genocidal", "savage", "murderous", "cruel", NULL};
/* words before the label that make it no claim of the speaker's */
static const char *w_label_block[] = {"no", "not", "any", "denied", "denies", "deny",
				      "denying", "calls", "call", "claims", "claimed",
				      "alleged", "so-called", "without", "never", "if",
				      "accused", "accuses", "accusing", NULL};
/* verbs that report the speaker's words */
static const char *w_label_say[] = {"said", "says", "stated", "told", "added", "declared",
				    "stressed", "noted", "spoke", "warned", "emphasized",
				    "emphasised", "insisted", "wrote", "tweeted",
				    /* "..., Pistorius concluded" (stop 62) */
				    "concluded", "explained", "remarked", "underlined",
				    "reiterated", NULL};

/* A cheap test that token i may be a word of w_label_n (inlined: the
 * stance loop runs it on every token): the key's length, then its first
 * letters. */
static inline __attribute__((always_inline)) int label_word(const dctx *d, size_t i)
{
	size_t n = d->t.v[i].keylen;
	const char *k;
	if (n < 3 || n > 12 || n == 5 || n == 7 || n == 9)
		return 0;
	k = K(i);
	switch (k[0]) {
	case 'a':
		return (n >= 10 && k[1] == 'g' && k[2] == 'g') ||
		       (n == 10 && k[1] == 'n' && k[2] == 'n') ||
		       (n == 10 && k[1] == 't' && k[2] == 'r') || kis(d, i, "acts");
	case 'i':
		return n == 8 && kis(d, i, "invasion");
	case 'o':
		return n == 10 && kis(d, i, "occupation");
	case 'p':
		return n >= 11 && k[1] == 'r' && k[2] == 'o' && k[3] == 'v';
	case 't':
		return n == 6 && kis(d, i, "terror");
	case 'c':
		return n == 6 && kis(d, i, "crimes");
	case 'w':
		return n == 3 && k[1] == 'a' && k[2] == 'r';
	default:
		return 0;
	}
}

/* Is token j a plain lower-case word (no function word, no label)? */
static int label_adj(const dctx *d, const span *s, size_t j)
{
	return j >= s->t0 && j < s->t1 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
	       !KIN(d, j, w_det) && !kin_local(d, j, w_label_block) &&
	       !kis(d, j, "of") && !kis(d, j, "by") && !kis(d, j, "and") &&
	       !kis(d, j, "that") && !kis(d, j, "the");
}

/* The state whose act the label at token i names, or NULL; *b is set to
 * the first token of the phrase. */
static const mention *label_owner(const dctx *d, const span *s, size_t i, size_t *b)
{
	const mention *m;
	size_t j = i, k, n, e;
	if (!kin_local(d, i, w_label_n))
		return NULL;
	if (kis(d, i, "crimes")) {
		if (i == s->t0 || !kis(d, i - 1, "war"))
			return NULL;
		j = i - 1; /* "war crimes" */
	} else if (kis(d, i, "acts")) {
		if (i == s->t0 || !kis(d, i - 1, "aggressive"))
			return NULL;
		j = i - 1; /* "aggressive acts" */
	} else if (kis(d, i, "war")) {
		/* "the brutal war", "a war of aggression" */
		if (!(i > s->t0 && kin_local(d, i - 1, w_war_adj)) &&
		    !(i + 2 < s->t1 && kis(d, i + 1, "of") && kis(d, i + 2, "aggression")))
			return NULL;
	} else if (kis(d, i, "aggression") && i >= s->t0 + 2 && kis(d, i - 1, "of") &&
		   kis(d, i - 2, "war")) {
		return NULL; /* the "war" took it */
	} else if (i >= s->t0 + 2 && kis(d, i - 1, "of") && label_adj(d, s, i - 2)) {
		j = i - 2; /* "Y's escalation (campaign) of terror" */
	}
	/* up to three adjectives before the phrase */
	for (n = 0; n < 3 && label_adj(d, s, j - 1); n++)
		j--;
	*b = j;
	for (k = s->m0; k < s->m1 && M(d, k)->t1 <= j; k++) {
		m = M(d, k);
		if (m->t1 + (m->possessive ? 1 : 0) != j && m->t1 != j)
			continue;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
			return NULL;
		if (m->gz == GZ_DEMONYM && !m->possessive) {
			*b = m->t0;
			return m; /* "the Russian aggression" */
		}
		if (m->possessive && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL)) {
			*b = m->t0;
			return m; /* "Russia's aggression" */
		}
		return NULL;
	}
	/* "the aggression of/by Y", "the occupation by Y" */
	e = kis(d, i, "war") && i + 2 < s->t1 && kis(d, i + 1, "of") &&
		    kis(d, i + 2, "aggression")
		? i + 3
		: i + 1;
	if (e + 1 >= s->t1 || !(kis(d, e, "by") || kis(d, e, "of")) ||
	    (kis(d, e, "of") && kin_local(d, i, w_label_of_victim)))
		return NULL;
	m = mention_at(d, s, e + 1);
	if (!m || !ent__is_state_mention(m) || m->possessive ||
	    !(m->gz == GZ_STATE || m->gz == GZ_CAPITAL))
		return NULL;
	return m;
}

/* Does the mention a speak for a state: the state or its capital, a person
 * the text tied to a state, or a demonym or possessive before a title or a
 * body of government ("the Armenian foreign minister", "Poland's interior
 * minister", "the Chinese foreign ministry spokesman")? */
static int label_speaker_ok(const dctx *d, const span *s, const mention *a)
{
	size_t j;
	(void)s;
	if (!a || a->gz == GZ_FIRM || !a->code)
		return 0;
	if (a->gz == GZ_LEADER || person_at(d, a->t0) == a)
		return 1;
	j = a->t1 + (a->possessive ? 1 : 0);
	if (a->gz == GZ_DEMONYM || a->possessive) {
		size_t n;
		for (n = 0; j < d->t.n && n < 4; j++, n++) {
			if (kis(d, j, "ministry") || kis(d, j, "government") || kis(d, j, "embassy") ||
			    kin(d, j, w_title) || kin(d, j, w_envoy_n))
				return 1;
			if (!kin(d, j, w_title_mod) && !kis(d, j, "information") &&
			    !kis(d, j, "affairs"))
				return 0;
		}
		return 0;
	}
	return a->gz == GZ_STATE || a->gz == GZ_CAPITAL;
}

/* Is token i inside a quote opened in its unit (an odd number of marks
 * before it)? */
static int in_unit_quote(const dctx *d, const span *s, size_t i)
{
	size_t q, n = 0, t0 = d->units[s->unit].t0;
	for (q = t0; q < i; q++)
		if (quote_mark(d, q))
			n++;
	return n & 1;
}

/* The subject of the verb of saying at v that stands before it: a person,
 * a state named right before the verb, a titled office of the clause, or
 * "he/she" for the titled office of the sentence before. */
static const mention *label_subject(const dctx *d, const span *s, size_t v)
{
	const mention *a;
	size_t pr;
	if (v == s->t0)
		return NULL;
	if (kis(d, v - 1, "he") || kis(d, v - 1, "she")) {
		pr = v - 1;
		a = latest_person(d, s, pr);
		if (!a)
			a = titled_office_before(d, s, pr);
		if (!a && s->unit > 0) {
			const unit *un = &d->units[s->unit - 1];
			size_t m0 = mention_from(d, un->t0);
			if (m0 < d->m.n && M(d, m0)->t0 <= un->t0 + 1 && M(d, m0)->t0 < un->t1)
				a = titled_office_in(d, m0, m0 + 1, un->t0, un->t1, 1);
		}
		return a;
	}
	{
		/* "X bought ... from Y, the defence minister said": a
		 * speaker with no state after a comma is the minister of the
		 * sentence's subject, not of the state named last */
		size_t c, k;
		for (c = v; c > s->t0 && v - c < 6 && !kis(d, c - 1, ","); c--)
			if (d->t.v[c - 1].kind != TK_WORD)
				break;
		if (c > s->t0 + 1 && c < v && kis(d, c - 1, ",") && kis(d, c, "the")) {
			for (k = mention_from(d, c); k < s->m1 && M(d, k)->t0 < v; k++)
				if (ent__is_state_mention(M(d, k)))
					break;
			if (k == s->m1 || M(d, k)->t0 >= v) {
				a = subject_before(d, s, c - 1);
				if (a && label_speaker_ok(d, s, a))
					return a;
			}
		}
	}
	a = stance_actor(d, s, v);
	return label_speaker_ok(d, s, a) ? a : NULL;
}

/* The speaker of the words at token i outside a quote: "X said (that) ...
 * <label>", "what he called <label>", "<label> ..., the Y minister said",
 * "..., said the Y spokeswoman". */
static const mention *label_reporter(const dctx *d, const span *s, size_t i, size_t b)
{
	const mention *a;
	size_t v, k, c;
	if (b >= s->t0 + 3 && kis(d, b - 1, "called") &&
	    (kis(d, b - 2, "he") || kis(d, b - 2, "she")) && kis(d, b - 3, "what"))
		return label_subject(d, s, b - 1); /* "condemned what he called ..." */
	for (v = b; v > s->t0 && b - v < 20; v--) {
		if (kis(d, v - 1, ";") || quote_mark(d, v - 1))
			break;
		if (kin_local(d, v - 1, w_label_say)) {
			if (negated(d, s, v - 1))
				return NULL;
			return label_subject(d, s, v - 1);
		}
	}
	for (v = i + 1; v < s->t1 && v < i + 40; v++)
		if (kin_local(d, v, w_label_say))
			break;
	if (v >= s->t1 || v >= i + 40)
		return NULL;
	if (kis(d, v - 1, ",")) {
		/* ", said the Armenian Foreign Ministry spokeswoman" */
		for (k = mention_from(d, v); k < s->m1 && M(d, k)->t0 < v + 4; k++) {
			a = M(d, k);
			if (label_speaker_ok(d, s, a))
				return a;
		}
		return NULL;
	}
	/* ", the British ambassador said": the speaker after the last comma */
	for (c = v; c > i && !kis(d, c - 1, ","); c--)
		;
	if (c == i)
		return NULL;
	if (kis(d, v - 1, "he") || kis(d, v - 1, "she"))
		return label_subject(d, s, v);
	for (k = mention_from(d, c); k < s->m1 && M(d, k)->t1 <= v; k++) {
		a = M(d, k);
		if (label_speaker_ok(d, s, a))
			return a;
	}
	return NULL;
}

/* A state's official speaking of Y's act with a word that condemns it
 * ("the Russian aggression," the Fooish minister said; "Y's aggression is
 * unacceptable, said the Fooish spokeswoman"): the speaker's state opposes
 * Y (stance.labelled_deed; test_extract_stance_labels.c).  Not when the
 * word is negated, denied or someone else's claim, nor for the speaker's
 * own state. */
static int labelled_deed(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *y, *a;
	size_t b = i, q;
	y = label_owner(d, s, i, &b);
	if (!y || !y->code)
		return ENT_OK;
	{
		/* "Arriving at a NATO summit focused on Kyiv's battle against
		 * Moscow's invasion, Macron said ...": an opening participle
		 * phrase sets the scene; its words are no speaker's label */
		if (ends_ing(K(s->t0)) && d->t.v[s->t0].upper &&
		    !KIN(d, s->t0, w_oppose_v)) { /* not "Condemning Y's aggression, X ..." */
			for (q = s->t0 + 1; q < i && !kis(d, q, ","); q++)
				;
			if (q == i)
				return ENT_OK;
		}
	}
	for (q = b; q > s->t0 && b - q < 2; q--)
		if (kin_local(d, q - 1, w_label_block))
			return ENT_OK; /* "denied any Yn aggression" */
	if (in_unit_quote(d, s, i)) {
		a = quote_speaker(d, s, i);
		if (a && !label_speaker_ok(d, s, a))
			return ENT_OK;
		if (!a) {
			/* 'X said: "..."': the verb of saying before the mark */
			for (q = i; q > d->units[s->unit].t0 && !quote_mark(d, q - 1); q--)
				;
			/* 'X said: "..."', 'X tweeted, "..."' */
			if (q > s->t0 + 1 && (kis(d, q - 2, ":") || kis(d, q - 2, ",")))
				a = label_reporter(d, s, i, q - 2);
			if (!a) /* '"...," he said' after a titled office */
				a = label_reporter(d, s, i, b);
		}
	} else {
		a = label_reporter(d, s, i, b);
	}
	if (!a || !a->code || !strcmp(a->code, y->code))
		return ENT_OK;
	*hit = 1;
	return add_stance(d, s, a, y, ENT_POLARITY_OPPOSE, i, s->t1, "stance.labelled_deed");
}

/* "X alleged / claimed / charged that Y(n troops) (had, was) attacked /
 * shelled / violated / carried out provocative ...": X, the subject right
 * before the verb, opposes Y; not when the deed is negated
 * (stance.alleged_deed, test_extract_stance_deeds.c).  At the verb i. */
static int alleged_deed(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_allege_v[] = {"alleged", "alleges", "claimed", "claims", "charged",
					   "charges", NULL};
	static const char *w_aux[] = {"had", "has", "have", "was", "were", "is", "are", "been",
				      "repeatedly", "also", "deliberately", "again", NULL};
	static const char *w_hostile_v[] = {"attacked", "attacking", "shelled", "shelling",
					    "violated", "violating", "violates", "invaded",
					    "invading", "bombed", "bombing", "raided", "raiding",
					    "provoked", "provoking", "breached", "breaching",
					    "intruded", "intruding", "encroached", "encroaching",
					    "occupied", "occupying", "harassed", "harassing", NULL};
	static const char *w_carry_v[] = {"carried", "carrying", "conducted", "conducting",
					  "staged", "staging", "launched", "launching", NULL};
	static const char *w_provoking_adj[] = {"provocative", "hostile", "aggressive", NULL};
	const mention *a, *t, *m;
	size_t j, n, p, e = 0;
	if (i == s->t0 || i + 3 >= s->t1 || !kis(d, i + 1, "that") ||
	    !kin_local(d, i, w_allege_v) || negated(d, s, i))
		return ENT_OK;
	/* the subject right before: "India alleged", "the Indian government
	 * claimed", "it charged" */
	p = i - 1;
	if (ly_adverb(d, p) && p > s->t0)
		p--;
	m = mention_at(d, s, p);
	if (!(m && m->t1 == p + 1 && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
	      m->gz != GZ_DEMONYM && !m->possessive) &&
	    !KIN(d, p, w_gov_noun) && !kis(d, p, "it") && !(person_at(d, p) != NULL))
		return ENT_OK;
	t = party_at(d, s, i + 2, &e);
	if (!t || t->gz == GZ_FIRM)
		return ENT_OK;
	for (j = e, n = 0; j < s->t1 && n < 3 && kin_local(d, j, w_aux); j++, n++)
		;
	if (j >= s->t1 || KIN(d, j, w_negation))
		return ENT_OK;
	if (!kin_local(d, j, w_hostile_v)) {
		if (!kin_local(d, j, w_carry_v))
			return ENT_OK;
		for (j++, n = 0; j < s->t1 && n < 4; j++, n++)
			if (kin_local(d, j, w_provoking_adj) || kin_local(d, j, w_hostile_act))
				break;
		if (j >= s->t1 || n >= 4)
			return ENT_OK;
	}
	a = stance_actor(d, s, i);
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.alleged_deed");
}

/* "Y's incursions (against Z) violate the UN Charter" / "the Yn drilling
 * is a violation of international law", "..., the Xn minister said" (or
 * "X said (that) ..."): the speaker's state opposes Y (stance.labelled_deed,
 * test_extract_stance_deeds.c).  At a word "violat..." i. */
static int violating_deed(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_violate_v[] = {"violate", "violates", "violated", "violating",
					    "breach", "breaches", "breached", NULL};
	static const char *w_norm_n[] = {"charter", "law", "sovereignty", "integrity", "norms",
					 "treaty", "agreement", "agreements", "resolutions",
					 "resolution", "ceasefire", NULL};
	static const char *w_be_judge[] = {"is", "are", "was", "were", "constitutes",
					   "constitute", "represents", "represent", NULL};
	const mention *y = NULL, *a, *m;
	size_t j, n, v, o, k;
	if (i + 2 >= s->t1 || negated(d, s, i))
		return ENT_OK;
	if (kin_local(d, i, w_violate_v)) {
		v = i;
	} else if (kis(d, i, "violation") || kis(d, i, "breach")) {
		/* "is a (clear) violation of" */
		if (!kis(d, i + 1, "of"))
			return ENT_OK;
		for (v = i, n = 0; v > s->t0 && n < 3 && !kin_local(d, v - 1, w_be_judge); v--, n++)
			if (d->t.v[v - 1].kind != TK_WORD || d->t.v[v - 1].upper ||
			    KIN(d, v - 1, w_negation) || kis(d, v - 1, "no"))
				return ENT_OK;
		if (v <= s->t0 || !kin_local(d, v - 1, w_be_judge))
			return ENT_OK;
		v--;
	} else {
		return ENT_OK;
	}
	/* the norm broken within four words after */
	for (j = i + 1, n = 0; j < s->t1 && n < 5 && !kin_local(d, j, w_norm_n); j++, n++)
		;
	if (j >= s->t1 || n >= 5)
		return ENT_OK;
	/* the subject: "Y's <deed>" or "the Yn <deed>" opening the sentence
	 * or the clause after "said (that)" */
	for (k = mention_from(d, s->t0); k < s->m1 && M(d, k)->t0 < v; k++) {
		m = M(d, k);
		o = m->t0;
		if (o > s->t0 && kis(d, o - 1, "the"))
			o--;
		if (!(o == s->t0 || kis(d, o - 1, "that") || kin_local(d, o - 1, w_label_say)))
			continue;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    !(m->possessive || (m->gz == GZ_DEMONYM && o < m->t0)))
			continue;
		for (j = m->t1 + (m->possessive ? 1 : 0), n = 0; j < v && n < 2 && !deed_noun_at(d, j);
		     j++, n++)
			;
		if (j < v && deed_noun_at(d, j) && v - j < 8) {
			y = m;
			break;
		}
	}
	if (!y)
		return ENT_OK;
	a = label_reporter(d, s, i, o);
	if (!a || !a->code || !y->code || !strcmp(a->code, y->code))
		return ENT_OK;
	*hit = 1;
	return add_stance(d, s, a, y, ENT_POLARITY_OPPOSE, i, s->t1, "stance.labelled_deed");
}

/* Support told through what a state has, is or gives
 * (test_extract_stance_support.c):
 * - "X won / gained / secured / received / enjoys Y's (strong) support
 *   (backing)", "... the backing of Y": Y backs X (stance.support_gained);
 * - "X, a close (staunch, key ...) ally (partner, friend) of Y," and "X
 *   is / has long been Y's closest (most important) ally": X backs Y, not
 *   a former or trading partner (stance.ally_of);
 * - "X is (fully) committed to Y('s security)", "the (unwavering) Xn / X's
 *   commitment to Y", "reaffirmed its commitment to Y": X backs Y
 *   (stance.commitment_to);
 * - "X and Y stand (firmly) together / united": each backs the other
 *   (stance.stand_together). */
static const char *w_ally_noun[] = {"ally", "allies", "partner", "partners", "friend",
				    "friends", "backer", "backers", "supporter", "supporters",
				    "patron", NULL};

/* Can token i lead a rule of support_phrases?  A cheap look at its first
 * letters. */
static int support_word(const dctx *d, size_t i)
{
	const char *k;
	if (d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
		return 0;
	k = K(i);
	switch (k[0]) {
	case 'a':
		return k[1] == 'l';
	case 'b':
		return k[1] == 'a';
	case 'c':
		return k[1] == 'o' && (k[2] == 'm' || k[2] == 'n');
	case 'f':
		return k[1] == 'r';
	case 'h':
		return k[1] == 'e';
	case 'p':
		return k[1] == 'a' || !strcmp(k, "prepared");
	case 'r':
		return !strcmp(k, "ready");
	case 's':
		return k[1] == 'u';
	case 't':
		return k[1] == 'o' && k[2] == 'g';
	case 'u':
		return k[1] == 'n' && k[2] == 'i';
	case 'w':
		return !strcmp(k, "willing");
	}
	return 0;
}

/* The state mention that ends right before token q as "Y's" (possessive)
 * or, when plain is set, as "Y" / "Yn"; NULL if none. */
static const mention *state_ending_at(const dctx *d, const span *s, size_t q, int plain)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM)
			continue;
		if (m->possessive && m->t1 + 1 == q && kis(d, m->t1, "'s"))
			return m;
		if (plain && !m->possessive && m->t1 == q)
			return m;
	}
	return NULL;
}

/* "X raised concerns over the arms transfers with both Turkish and
 * Emirati officials", "X officials raised concerns with Yn counterparts
 * over ...": concerns raised (voiced, aired, expressed) with the officials
 * of the states after "with" oppose each of those states (stance.
 * concerns_raised_with, stop 35).  i is the noun of concern. */
static int concerns_raised_with(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_raised_n[] = {"concern", "concerns", "worries", "objections",
					   NULL};
	static const char *w_raise_v[] = {"raised", "raises", "raise", "raising", "voiced",
					  "voices", "aired", "airs", "expressed", "expresses",
					  NULL};
	static const char *w_official_n[] = {"officials", "official", "counterparts",
					     "counterpart", "leaders", "authorities",
					     "diplomats", "ministers", "envoys", NULL};
	const mention *a, *y[4];
	size_t v = i, j, n = 0, k;
	int rc;
	if (!kin(d, i, w_raised_n))
		return ENT_OK;
	if (v > s->t0 && !kin_local(d, v - 1, w_raise_v)) /* "raised serious concerns" */
		v--;
	if (v <= s->t0 || !kin_local(d, v - 1, w_raise_v) || negated(d, s, v - 1))
		return ENT_OK;
	for (j = i + 1; j + 2 < s->t1 && j < i + 12 && !kis(d, j, "with"); j++)
		if (kis(d, j, ",") || kis(d, j, ";"))
			return ENT_OK;
	if (j + 2 >= s->t1 || !kis(d, j, "with"))
		return ENT_OK;
	for (j++; j < s->t1 && (kis(d, j, "both") || kis(d, j, "the")); j++)
		;
	while (j < s->t1 && n < 4) {
		const mention *m = mention_at(d, s, j);
		if (!m || m->t0 != j || m->gz != GZ_DEMONYM || !ent__is_state_mention(m))
			break;
		y[n++] = m;
		j = m->t1;
		if (j + 1 < s->t1 && (kis(d, j, "and") || kis(d, j, ",")))
			j++;
		else
			break;
	}
	if (!n || j >= s->t1 || !kin_local(d, j, w_official_n))
		return ENT_OK;
	a = stance_actor(d, s, v - 1);
	/* "Washington's point man on the Ethiopia crisis, X, raised": the
	 * state of the title, not the object of its "on" */
	while (a && a->t0 > s->t0 + 1 && !a->possessive &&
	       (kis(d, a->t0 - 1, "on") || (kis(d, a->t0 - 1, "the") && kis(d, a->t0 - 2, "on")))) {
		const mention *o = actor_before(d, s, a->t0, 8, 1);
		if (!o || !o->possessive)
			break;
		a = o;
	}
	if (!a)
		return ENT_OK;
	*hit = 1;
	for (k = 0; k < n; k++)
		if ((rc = add_state_stance(d, s, a, y[k], ENT_POLARITY_OPPOSE, i,
					   "stance.concerns_raised_with")))
			return rc;
	return ENT_OK;
}

/* "Venezuela has adopted the role of the leading anti-American voice",
 * "X, an anti-US regime, ...", "anti-U.S. populist regimes, including A,
 * B and C": "anti-" and a state before a noun of a polity or its stance
 * (regime, government, voice, stance ...) label the state they describe
 * as opposed to that state: the subject before a verb of being or "as"
 * right before the label's words, the state in apposition before it, or
 * each state listed after it ("including / such as"; stance.anti_label,
 * stop 34). */
static int anti_label(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_anti_n[] = {
		"regime", "regimes", "government", "governments", "state",   "states",
		"voice",  "voices",  "country",    "countries",   "nation",  "nations",
		"axis",   "bloc",    "camp",       "leader",      "leaders", "stance",
		"position", "policy", "policies", "rhetoric",    "power",   "powers", NULL};
	static const char *w_be_as[] = {"is",	   "are",    "was",	"were", "been",
					"remains", "remained", "became", "become", "as", NULL};
	const mention *y, *x;
	size_t j, n, q;
	int rc;
	if (i + 2 >= s->t1 || !kis(d, i + 1, "-") || !(y = mention_at(d, s, i + 2)) ||
	    !ent__is_state_mention(y) || y->gz == GZ_FIRM || y->possessive)
		return ENT_OK;
	for (j = y->t1, n = 0; j < s->t1 && n < 3 && d->t.v[j].kind == TK_WORD &&
			       !d->t.v[j].upper && !kin_local(d, j, w_anti_n);
	     j++, n++)
		;
	if (j >= s->t1 || !kin_local(d, j, w_anti_n) || negated(d, s, i))
		return ENT_OK;
	/* "anti-Y regimes, including A, B and C" */
	q = j + 1 + (j + 1 < s->t1 && kis(d, j + 1, ","));
	if (q + 1 < s->t1 && (kis(d, q, "including") || (kis(d, q, "such") && kis(d, q + 1, "as")))) {
		q += kis(d, q, "such") ? 2 : 1;
		while (q < s->t1) {
			x = mention_at(d, s, q + (kis(d, q, "the") ? 1 : 0));
			if (!x || !ent__is_state_mention(x) || x->gz == GZ_FIRM ||
			    x->gz == GZ_DEMONYM || x->possessive)
				break;
			*hit = 1;
			if ((rc = add_state_stance(d, s, x, y, ENT_POLARITY_OPPOSE, i,
						   "stance.anti_label")))
				return rc;
			q = x->t1;
			if (q < s->t1 && kis(d, q, "(")) /* "Venezuela (under X)" */
				while (q < s->t1 && !kis(d, q, ")"))
					q++;
			q += q < s->t1 && kis(d, q, ")");
			q += q < s->t1 && kis(d, q, ",");
			q += q < s->t1 && kis(d, q, "and");
		}
		if (*hit)
			return ENT_OK;
	}
	/* back over the label's own words: "(is) the leading anti-Y voice" */
	for (q = i, n = 0; q > s->t0 && n < 3 && d->t.v[q - 1].kind == TK_WORD &&
			   !d->t.v[q - 1].upper && !kin_local(d, q - 1, w_be_as);
	     q--, n++)
		;
	x = NULL;
	if (q > s->t0 + 1 && kin_local(d, q - 1, w_be_as)) {
		x = actor_before(d, s, q - 1, 12, 1);
		while (x && x->possessive) /* "adopted Cuba's role as": not Cuba */
			x = actor_before(d, s, x->t0, 12, 1);
	} else if (q > s->t0 + 1 && kis(d, q - 1, ",")) {
		x = state_ending_at(d, s, q - 1, 1); /* "X, an anti-Y regime," */
	}
	if (!x || x->gz == GZ_DEMONYM || x->possessive)
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, x, y, ENT_POLARITY_OPPOSE, i, "stance.anti_label");
}

/* Back from token i over at most n lower-case words that are no
 * determiner of someone else ("its", "their") nor a negation: the first
 * token of the run. */
static size_t modifiers_before(const dctx *d, const span *s, size_t i, size_t n, int det)
{
	static const char *w_mod_stop[] = {"its", "their", "his", "her", "our", "by", "of", "to",
					   "and", "for", "with", "'s", "remains", "remained",
					   "remain", "become", "became", "becomes", "stays",
					   "stayed", NULL};
	while (i > s->t0 && n > 0 && d->t.v[i - 1].kind == TK_WORD && !d->t.v[i - 1].upper &&
	       !kin_local(d, i - 1, w_mod_stop) && !KIN(d, i - 1, w_be) &&
	       (det || !KIN(d, i - 1, w_det))) {
		i--;
		n--;
	}
	return i;
}

/* The verb of being before token p ("is", "remains", "has (long)
 * been"), over at most two adverbs; NONE if none, or when it is a guess
 * ("would be", "could become"). */
static size_t being_before(const dctx *d, const span *s, size_t p)
{
	static const char *w_remain[] = {"remains", "remained", "remain", "become", "became",
					 "becomes", "stays", "stayed", NULL};
	static const char *w_guess[] = {"would", "could", "may", "might", "if", "whether",
					"seen", "considered", "regarded", "viewed", "perceived",
					NULL};
	static const char *w_adv[] = {"long", "also", "still", "now", "always", "already",
				      "traditionally", "historically", "firmly", "fully", "deeply",
				      "strongly", NULL};
	size_t q = p, n = 0;
	while (q > s->t0 && n < 2 && kin_local(d, q - 1, w_adv)) {
		q--;
		n++;
	}
	if (q <= s->t0 || !(KIN(d, q - 1, w_be) || kin_local(d, q - 1, w_remain)))
		return NONE;
	if (q - 1 > s->t0 && kin_local(d, q - 2, w_guess))
		return NONE;
	if (q - 1 > s->t0 + 1 && kis(d, q - 2, "to") && kin_local(d, q - 3, w_guess))
		return NONE;
	return q - 1;
}

/* Is any token in [from, to) a word that voids a tie: a negation, "no
 * longer", "former", a partner in trade only? */
static int tie_voided(const dctx *d, size_t from, size_t to)
{
	static const char *w_void[] = {"former", "erstwhile", "one-time", "onetime", "once",
				       "longer", "trading", "trade", "business", "economic",
				       "commercial", "negotiating", "potential", "would-be",
				       "possible", "sparring", NULL};
	size_t j;
	for (j = from; j < to; j++)
		if (kin_local(d, j, w_void) || KIN(d, j, w_negation))
			return 1;
	return 0;
}

/* "France has become an ally of Cyprus and Greece against Turkish
 * provocations": a state that becomes (or is, stands as) an ally of the
 * states listed after "of" (token i is "ally", p the start of its
 * modifiers) against another state's acts or that state backs each of
 * them and opposes that one (stance.ally_against); a bare "X is Y's
 * ally" stays a description (ally_of). */
static int ally_against(dctx *d, const span *s, size_t i, size_t p, int *hit)
{
	static const char *w_become[] = {"become", "becomes", "became", "becoming", NULL};
	const mention *ls[6], *a, *w;
	size_t n, e = 0, k;
	int rc;
	if (p <= s->t0 || !kin_local(d, p - 1, w_become))
		return ENT_OK;
	n = listed_states(d, s, i + 2, ls, 6, &e);
	if (!n || e + 1 >= s->t1 || !kis(d, e, "against"))
		return ENT_OK;
	w = demonym_act(d, s, e + 1);
	if (!w)
		w = actor_after(d, s, e + 1, 1, 1);
	a = stance_actor(d, s, p - 1);
	if (!a || !w || a->gz == GZ_FIRM || w->gz == GZ_FIRM)
		return ENT_OK;
	*hit = 1;
	for (k = 0; k < n; k++)
		if (strcmp(ls[k]->code, a->code) &&
		    (rc = add_state_stance(d, s, a, ls[k], ENT_POLARITY_SUPPORT, i,
					   "stance.ally_against")))
			return rc;
	return add_state_stance(d, s, a, w, ENT_POLARITY_OPPOSE, i, "stance.ally_against");
}

static int ally_of(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *y = NULL, *x = NULL;
	size_t p, e = 0;
	int rc;
	if (i + 2 < s->t1 && kis(d, i + 1, "of") && (y = named_state(d, s, i + 2, &e)) != NULL &&
	    !y->possessive && y->gz != GZ_DEMONYM) {
		p = modifiers_before(d, s, i, 4, 1); /* "a close ally of Y" */
	} else {
		size_t q = modifiers_before(d, s, i, 3, 1);
		y = state_ending_at(d, s, q, 0); /* "Y's closest ally" */
		if (!y || y->gz == GZ_DEMONYM)
			return ENT_OK;
		p = y->t0;
		if (p > s->t0 && KIN(d, p - 1, w_det))
			return ENT_OK; /* "the Y's" */
	}
	if (tie_voided(d, p > s->t0 + 2 ? p - 2 : s->t0, i) || negated(d, s, i))
		return ENT_OK;
	/* "X, a close ally of Y,": an aside on X that backs Y.  The
	 * reporter's own account of a tie ("X is Y's closest ally") is a
	 * description, not a state's stance: the measure sets' annotators
	 * left all three such sentences out of their gold and kept the
	 * aside. */
	if (p > s->t0 + 1 && (kis(d, p - 1, ",") || kis(d, p - 1, "-") || kis(d, p - 1, "–") ||
			      kis(d, p - 1, "—"))) {
		/* "X, a close ally of Y,", "X – Y's largest backer –" */
		x = state_ending_at(d, s, p - 1, 1);
		if (x && (x->gz == GZ_DEMONYM || x->possessive))
			x = NULL;
	}
	if (!x && y->code && !y->possessive && kis(d, i + 1, "of"))
		return ally_against(d, s, i, p, hit);
	if (!x || !x->code || !y->code)
		return ENT_OK;
	*hit = 1;
	/* "Bashar al-Assad, a longtime ally of Tehran,": a leader's ally
	 * backs the leader's state as well */
	if (x->leader && (rc = add_state_stance(d, s, y, x, ENT_POLARITY_SUPPORT, i,
						"stance.ally_of")))
		return rc;
	return add_state_stance(d, s, x, y, ENT_POLARITY_SUPPORT, i, "stance.ally_of");
}

/* Can token i head an apposition of enmity or friendship (tie_apposition)?
 * A cheap look at its first letters. */
static int tie_apposition_word(const dctx *d, size_t i)
{
	const char *k;
	if (d->t.v[i].kind != TK_WORD || d->t.v[i].upper)
		return 0;
	k = K(i);
	switch (k[0]) {
	case 'a':
		return k[1] == 'r' && k[2] == 'c';
	case 'e':
		return k[1] == 'n' && k[2] == 'e';
	case 'f':
		return (k[1] == 'o' && k[2] == 'e') || (k[1] == 'r' && (k[2] == 'i' || k[2] == 'a'));
	case 'r':
		return k[1] == 'i' && k[2] == 'v';
	case 'n':
		return k[1] == 'e' && k[2] == 'm';
	case 'b':
		return k[1] == 'r' && k[2] == 'o';
	}
	return 0;
}

/* Appositions of a tie told by the actor's side (test_extract_stance_lists.c):
 * - "Y, X's sworn enemy (arch-rival, arch-foe, nemesis, archenemy,
 *   bitter / mortal enemy)," closing its aside: X opposes Y
 *   (stance.enemy_apposition);
 * - "Y, a friendly (brotherly) country (nation, state) with which X ...":
 *   X backs Y; with no such clause, the subject of the clause before Y
 *   does ("X bought them from Y, a friendly country, he said";
 *   stance.friendly_apposition).  Not "a friendly match", not a former
 *   or negated tie, not a state toward itself. */
static int tie_apposition(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_foe_head[] = {"enemy", "foe", "rival", "nemesis", "archenemy",
					   "archrival", "archfoe", "arch-enemy", "arch-rival",
					   "arch-foe", NULL};
	static const char *w_fierce[] = {"sworn", "bitter", "mortal", "arch", NULL};
	static const char *w_friendly[] = {"friendly", "brotherly", "fraternal", NULL};
	static const char *w_land_n[] = {"country", "nation", "state", NULL};
	const mention *x, *y;
	size_t q, j, n;
	if (kin_local(d, i, w_foe_head)) {
		int fierce = kis(d, i, "nemesis") || K(i)[0] == 'a';
		if (i + 1 < s->t1 && !kis(d, i + 1, ",") && !kis(d, i + 1, "."))
			return ENT_OK; /* the aside closes after the noun */
		q = i;
		if (q >= s->t0 + 2 && kis(d, q - 1, "-") && kis(d, q - 2, "arch")) {
			q -= 2; /* "arch-rival" */
			fierce = 1;
		}
		q = modifiers_before(d, s, q, 2, 0);
		for (j = q; j < i; j++)
			fierce |= kin_local(d, j, w_fierce);
		if (!fierce || tie_voided(d, q, i))
			return ENT_OK;
		x = state_ending_at(d, s, q, 0); /* "X's" */
		if (!x || x->gz == GZ_DEMONYM || x->t0 < s->t0 + 2 || !kis(d, x->t0 - 1, ","))
			return ENT_OK;
		y = state_ending_at(d, s, x->t0 - 1, 1);
		if (!y || y->gz == GZ_DEMONYM || y->possessive || negated(d, s, i))
			return ENT_OK;
		*hit = 1;
		return add_state_stance(d, s, x, y, ENT_POLARITY_OPPOSE, i,
					"stance.enemy_apposition");
	}
	if (!kin_local(d, i, w_friendly) || i < s->t0 + 3 || i + 1 >= s->t1 ||
	    !kin_local(d, i + 1, w_land_n) || !(kis(d, i - 1, "a") || kis(d, i - 1, "an")) ||
	    !kis(d, i - 2, ","))
		return ENT_OK;
	y = state_ending_at(d, s, i - 2, 1);
	if (!y || y->gz == GZ_DEMONYM || y->possessive || y->leader)
		return ENT_OK;
	x = NULL;
	j = i + 2;
	if (j + 1 < s->t1 && kis(d, j, "with") && kis(d, j + 1, "which"))
		j++;
	if (j < s->t1 && (kis(d, j, "which") || kis(d, j, "that") || kis(d, j, "whom"))) {
		/* "with which X has always maintained ...": X */
		for (j++, n = 0; j < s->t1 && n < 4 && !x; j++, n++) {
			const mention *m = mention_at(d, s, j);
			if (m && ent__is_state_mention(m) && m->gz != GZ_FIRM &&
			    m->gz != GZ_DEMONYM && !m->possessive)
				x = m;
			else if (m || d->t.v[j].kind != TK_WORD)
				break;
		}
		if (!x)
			return ENT_OK;
	} else if (j < s->t1 && kis(d, j, ",")) {
		x = subject_before(d, s, y->t0);
	}
	if (!x || x == y || negated(d, s, i))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, x, y, ENT_POLARITY_SUPPORT, i, "stance.friendly_apposition");
}

static int support_gained(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_gain_v[] = {"won", "wins", "win", "winning", "gained", "gains",
					 "gain", "gaining", "secured", "secures", "secure",
					 "securing", "received", "receives", "receive", "receiving",
					 "enjoys", "enjoyed", "enjoy", "enjoying", "earned", "earns",
					 "obtained", "obtains", "garnered", "garners", "got", NULL};
	static const char *w_have[] = {"has", "have", "had", "having", NULL};
	static const char *w_group_n[] = {"countries", "nations", "states", "allies", "partners",
					  "governments", NULL};
	const mention *y = NULL, *x, *more[ENT_FACT_MAX_ACTORS];
	size_t q = modifiers_before(d, s, i, 2, 0), e = 0, v, j, n, nmore = 0;
	int rc;
	if (q > s->t0 && kis(d, q - 1, "the") && i + 2 < s->t1 && kis(d, i + 1, "of")) {
		/* "won the backing of Y"; "enjoys the support of many
		 * Western countries, including A and B" (stop 66) */
		j = i + 2;
		if (!named_state(d, s, j, &e)) {
			for (n = 0; j < s->t1 && n < 4 && !kin_local(d, j, w_group_n) &&
				    d->t.v[j].kind == TK_WORD;
			     j++, n++)
				;
			if (j + 2 >= s->t1 || !kin_local(d, j, w_group_n))
				return ENT_OK;
			j += kis(d, j + 1, ",") ? 2 : 1;
			if (kis(d, j, "including") || kis(d, j, "like"))
				j++;
			else if (kis(d, j, "such") && j + 1 < s->t1 && kis(d, j + 1, "as"))
				j += 2;
			else
				return ENT_OK;
		}
		y = named_state(d, s, j, &e);
		if (!y || y->possessive || y->gz == GZ_DEMONYM)
			return ENT_OK;
		/* "of France and the United States": the rest of the list */
		while (nmore < ENT_FACT_MAX_ACTORS && e + 1 < s->t1 &&
		       (kis(d, e, ",") || kis(d, e, "and"))) {
			const mention *z;
			j = e + 1;
			if (kis(d, e, ",") && kis(d, j, "and"))
				j++;
			if ((z = named_state(d, s, j, &e)) == NULL || z->possessive ||
			    z->gz == GZ_DEMONYM)
				break;
			more[nmore++] = z;
		}
		v = q - 1;
	} else if ((y = state_ending_at(d, s, q, 1)) != NULL) {
		v = y->t0; /* "won Y's backing", "gained Yn support" */
	} else {
		return ENT_OK;
	}
	if (v <= s->t0 || negated(d, s, v - 1) ||
	    !(kin_local(d, v - 1, w_gain_v) ||
	      (kin_local(d, v - 1, w_have) && kis(d, v, "the")))) /* "has the backing of" */
		return ENT_OK;
	if (v - 1 > s->t0 && kis(d, v - 2, "to"))
		return ENT_OK; /* "hopes to win Y's backing": an aim */
	x = stance_actor(d, s, v - 1);
	*hit = 1;
	if (!x || x->gz == GZ_FIRM)
		return ENT_OK;
	if ((rc = add_state_stance(d, s, y, x, ENT_POLARITY_SUPPORT, i, "stance.support_gained")))
		return rc;
	for (j = 0; j < nmore; j++)
		if ((rc = add_state_stance(d, s, more[j], x, ENT_POLARITY_SUPPORT, i,
					   "stance.support_gained")))
			return rc;
	return ENT_OK;
}

/* The state after "committed / commitment to" at token j: "Y's security",
 * "the sovereignty of Y", "the Yn people", or Y alone before the clause
 * goes on; NULL otherwise ("committed to the deal"). */
static const mention *commitment_target(const dctx *d, const span *s, size_t j)
{
	static const char *w_after[] = {"and", "in", "during", "as", "amid", "after", "before",
					"despite", "at", "on", "since", "over", "until", "through",
					"remains", "remain", "is", "was", "has", "had", NULL};
	static const char *w_back_g[] = {"supporting", "backing", "helping", "assisting",
					 "aiding", NULL};
	const mention *t;
	size_t e = 0;
	if ((t = recognised_state(d, s, j)) != NULL || (t = security_of_state(d, s, j)) != NULL)
		return t;
	if (j + 1 < s->t1 && kin_local(d, j, w_back_g) && (t = named_state(d, s, j + 1, &e)) != NULL &&
	    t->gz != GZ_DEMONYM && t->gz != GZ_FIRM)
		return t; /* "committed to supporting Ukraine('s defenders)" */
	{
		/* "commitment to a strong Saudi defense capability", "to
		 * Saudi security": the defence of the state named (a demonym
		 * or a name used as one) */
		static const char *w_trade_n[] = {"firms", "firm", "companies", "company",
						  "industry", "industries", "sector", "market",
						  "exports", "contractors", "services", NULL};
		size_t k = j, n = 0;
		if (k < s->t1 && KIN(d, k, w_det))
			k++;
		while (k < s->t1 && n < 2 && d->t.v[k].kind == TK_WORD && !d->t.v[k].upper &&
		       !kis(d, k, "and"))
			k++, n++;
		t = named_state(d, s, k, &e);
		if (t && !t->possessive && t->gz != GZ_FIRM && e < s->t1 &&
		    (kis(d, e, "defense") || kis(d, e, "defence") || kis(d, e, "security")) &&
		    !(e + 1 < s->t1 && kin_local(d, e + 1, w_trade_n)))
			return t; /* not "Estonian security firms" */
	}
	t = named_state(d, s, j, &e);
	if (t && t->gz == GZ_DEMONYM && e < s->t1 && (kis(d, e, "people") || kis(d, e, "nation")))
		return t;
	if (!t || t->possessive || t->gz == GZ_DEMONYM)
		return NULL;
	if (e >= s->t1 || d->t.v[e].kind == TK_PUNCT || kin_local(d, e, w_after))
		return kis(d, e, "-") ? NULL : t;
	return NULL;
}

static int commitment_to_state(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a = NULL, *t;
	size_t q;
	if (i + 2 >= s->t1 || !kis(d, i + 1, "to") || negated(d, s, i) ||
	    !(t = commitment_target(d, s, i + 2)))
		return ENT_OK;
	if (kis(d, i, "committed")) {
		/* "X is (fully) committed to Y": not "troops committed to Y" */
		if (being_before(d, s, i) == NONE)
			return ENT_OK;
		a = stance_actor(d, s, i);
	} else {
		q = modifiers_before(d, s, i, 2, 0);
		a = state_ending_at(d, s, q, 1); /* "the US commitment", "X's firm commitment" */
		if (!a && q > s->t0 && (kis(d, q - 1, "its") || kis(d, q - 1, "their")))
			a = stance_actor(d, s, q - 1);
	}
	if (!a || tie_voided(d, i > s->t0 + 3 ? i - 3 : s->t0, i))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, "stance.commitment_to");
}

/* "X assured Y of its (full) support / backing": the one assuring backs
 * Y, or the state named as the owner ("assured Y of Z's unwavering
 * support"; stance.assured_of). i is the noun; before it at most two
 * modifiers and one owner word ("its", "their", "his", "her", "our") or
 * possessive state. */
static int assured_of(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_assure_v[] = {"assured", "assures", "assure", "assuring",
					   "reassured", "reassures", "reassure", "reassuring",
					   NULL};
	static const char *w_owner[] = {"its", "their", "his", "her", "our", NULL};
	const mention *y, *x, *own = NULL;
	size_t q = modifiers_before(d, s, i, 2, 0);
	if (q > s->t0 && kin_local(d, q - 1, w_owner))
		q = modifiers_before(d, s, q - 1, 2, 0);
	else if ((own = state_ending_at(d, s, q, 0)) != NULL)
		q = own->t0; /* "of Turkey's unwavering support" */
	if (q <= s->t0 + 2 || !kis(d, q - 1, "of") ||
	    (y = state_ending_at(d, s, q - 1, 1)) == NULL || y->gz == GZ_DEMONYM ||
	    y->t0 <= s->t0 || !kin_local(d, y->t0 - 1, w_assure_v) || negated(d, s, y->t0 - 1))
		return ENT_OK;
	x = own ? own : stance_actor(d, s, y->t0 - 1);
	*hit = 1;
	if (!x || x->gz == GZ_FIRM)
		return ENT_OK;
	return add_state_stance(d, s, x, y, ENT_POLARITY_SUPPORT, i, "stance.assured_of");
}

/* Nouns of a state's entry into a bloc (ratified_membership,
 * welcomed_accession). */
static const char *w_entry_n[] = {"membership", "accession", "bid", "application", "entry",
				  NULL};

/* Does a noun of entry stand at token e, or up to two words after it
 * ("Y's NATO membership")? */
static int entry_follows(const dctx *d, const span *s, size_t e)
{
	size_t n;
	for (n = 0; e < s->t1 && n < 2 && !kin_local(d, e, w_entry_n) && d->t.v[e].kind == TK_WORD;
	     e++, n++)
		;
	return e < s->t1 && kin_local(d, e, w_entry_n);
}

/* "Ankara ratified Sweden's NATO membership", "Erdogan signed the
 * ratification of Sweden's NATO membership", "Hungary approved Y's
 * accession": a verb of consent (i) to a state's membership, accession or
 * bid backs that state (stance.ratified_membership). */
static int ratified_membership(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_consent_v[] = {"ratified", "ratifies", "ratify", "approved",
					    "approves", "endorsed", "endorses", "signed", "signs",
					    NULL};
	const mention *y, *a;
	size_t j = i + 1, e = 0;
	/* "may (might, could) ratify": consent not given (stop 61) */
	if (!kin_local(d, i, w_consent_v) || i + 3 >= s->t1 || negated(d, s, i) ||
	    stance_hedge(d, s, i))
		return ENT_OK;
	if (j + 2 < s->t1 && kis(d, j, "the") && kis(d, j + 1, "ratification") &&
	    kis(d, j + 2, "of"))
		j += 3; /* "signed the ratification of" */
	else if (kis(d, i, "signed") || kis(d, i, "signs"))
		return ENT_OK;
	y = named_state(d, s, j, &e);
	if (!y || !y->possessive || y->gz == GZ_DEMONYM || y->gz == GZ_FIRM)
		return ENT_OK;
	if (!entry_follows(d, s, e))
		return ENT_OK;
	a = stance_actor(d, s, i);
	*hit = 1;
	if (!a || a->gz == GZ_FIRM)
		return ENT_OK;
	return add_state_stance(d, s, a, y, ENT_POLARITY_SUPPORT, i, "stance.ratified_membership");
}

/* "X welcomed the Turkish parliament's approval of a bill on Sweden's
 * accession to the alliance": a word of consent, then within ten words
 * a state's possessive and its entry (membership, bid): X backs the
 * state that enters, not the one that consents (stop 66). */
static int welcomed_accession(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_consent_n[] = {"approval", "ratification", "endorsement", "vote",
					    "decision", "consent", NULL};
	const mention *y = NULL, *a;
	size_t j, c = NONE, e = 0;
	for (j = i + 1; j < s->t1 && j < i + 6 && c == NONE; j++)
		if (kin_local(d, j, w_consent_n))
			c = j;
	if (c == NONE)
		return ENT_OK;
	for (j = c + 1; j < s->t1 && j < c + 10 && !y; j++) {
		if (kis(d, j, ",") || kis(d, j, ";") || kis(d, j, "."))
			return ENT_OK;
		y = named_state(d, s, j, &e);
		if (y && (!y->possessive || y->gz == GZ_DEMONYM || y->gz == GZ_FIRM))
			y = NULL;
	}
	if (!y)
		return ENT_OK;
	if (!entry_follows(d, s, e))
		return ENT_OK; /* "Sweden's NATO membership" */
	a = stance_actor(d, s, i);
	*hit = 1;
	if (!a || a->gz == GZ_FIRM || !strcmp(a->code, y->code))
		return ENT_OK;
	return add_state_stance(d, s, a, y, ENT_POLARITY_SUPPORT, i, "stance.welcomed_accession");
}

/* "X will help (contribute to) strengthen(ing) Y's defence
 * capabilities", "help in modernising Y's armed forces", "is ready to
 * increase the combat capabilities of the Yn armed forces": X backs Y
 * (stance.helps_security). */
static int help_security(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_help_v[] = {"help", "helps", "helped", "helping", "contribute",
					 "contributes", "contributed", "contributing", "ready",
					 "willing", "prepared", NULL};
	const mention *a, *t;
	size_t j = i + 1;
	if (!kin_local(d, i, w_help_v) || j + 1 >= s->t1 || negated(d, s, i))
		return ENT_OK;
	/* "is ready (willing) to increase ...": a quote may open after "ready" */
	if (K(i)[0] != 'h' && K(i)[0] != 'c' && skip_quote(d, j))
		j++;
	if (K(i)[0] != 'h' && !kis(d, j++, "to"))
		return ENT_OK;
	if (K(i)[0] == 'h' && (kis(d, j, "to") || kis(d, j, "in")))
		j++;
	if (!(t = security_of_state(d, s, j)))
		return ENT_OK;
	/* the state must follow a verb of building ("help Y's security" is
	 * no phrase) */
	if (t->t0 == j)
		return ENT_OK;
	a = stance_actor(d, s, i);
	*hit = 1;
	if (!a || a->gz == GZ_FIRM || !strcmp(a->code, t->code))
		return ENT_OK;
	return add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, "stance.helps_security");
}

static int support_phrases(dctx *d, const span *s, size_t i, int *hit)
{
	const char *k = K(i);
	int rc;
	if ((k[0] == 'h' && k[1] == 'e' && k[2] == 'l') ||
	    (k[0] == 'c' && k[1] == 'o' && k[2] == 'n' && k[3] == 't') ||
	    (k[0] == 'r' && k[1] == 'e' && k[2] == 'a') || (k[0] == 'w' && k[1] == 'i') ||
	    (k[0] == 'p' && k[1] == 'r' && k[2] == 'e'))
		return help_security(d, s, i, hit);
	if (kin_local(d, i, w_ally_noun))
		return ally_of(d, s, i, hit);
	if (kis(d, i, "support") || kis(d, i, "backing")) {
		if ((rc = assured_of(d, s, i, hit)) || *hit)
			return rc;
		return support_gained(d, s, i, hit);
	}
	if (k[0] == 'c' && (kis(d, i, "committed") || kis(d, i, "commitment") ||
			    kis(d, i, "commitments")))
		return commitment_to_state(d, s, i, hit);
	if ((kis(d, i, "together") || kis(d, i, "united")) && i > s->t0 + 1 &&
	    !(i + 1 < s->t1 && kis(d, i + 1, "with"))) {
		/* "X and Y stand (firmly) together": no hit, so that "against
		 * Z" is still read (stance.attitude) */
		size_t v = ly_adverb(d, i - 1) ? i - 2 : i - 1;
		const mention *a;
		if (v <= s->t0 || !kin_local(d, v, w_stand_v) || negated(d, s, v))
			return ENT_OK;
		a = stance_actor(d, s, v);
		if (!a || a->gz == GZ_FIRM)
			return ENT_OK;
		if ((rc = add_mutual(d, s, a, ENT_POLARITY_SUPPORT, i, s->t1,
				     "stance.stand_together")))
			return rc;
	}
	return ENT_OK;
}

/* ---- opposition whose target is named inside the object ----------------
 * "criticised the Franco-Greek agreement", "a protest against British
 * plans", "its rejection of the United States deploying warships",
 * "decrying Greece's aggressive policies", "the deployment of warships by
 * Y", "exercises on territory occupied by Y", "Y's drills were labelled
 * intimidation by X", "Y deployed ships, which X called a provocation"
 * (stance.object_owner; test_extract_stance_objects.c). */

/* deeds, plans and pacts of a state, neutral words the owner of which a
 * verb or noun of opposition opposes */
static const char *w_owned_deed_n[] = {
	"move", "moves", "plan", "plans", "deployment", "deployments", "agreement", "agreements",
	"accord", "accords", "pact", "decision", "drills", "drill", "exercises", "exercise",
	"survey", "surveys", "project", "projects", "expansion", "construction", "policy",
	"policies", "buildup", "build-up", "step", "steps", "presence", "activities", "proposal",
	"manoeuvres", "maneuvers", "patrols", "tests", "launch", "holding", "stationing",
	"militarisation", "militarization", "deal", "stance", "position", "recruitment",
	"involvement", "intervention", "incursion",
	"incursions", "pledge", "pledges", NULL};
static const char *w_reject_more_v[] = {"rejected", "rejects", "reject", "rejecting",
					"decried", "decries", "decry", "decrying", NULL};
static const char *w_not_adj[] = {"what", "it", "they", "its", "their", "his", "her", "trade",
				  "economic", "monetary", "fiscal", "tax", "visa", "immigration",
				  "energy", "currency", "pricing", "domestic", "own", NULL};
static const char *w_small_fn[] = {"of", "by", "on", "in", "against", "to", "for", "with", "and",
				   "or", "that", "which", "from", "at", "as", "no", "not", NULL};

/* The states a noun phrase at token j names as the owners of a deed: "the
 * Franco-Greek agreement", "British plans", "Greece's aggressive policies",
 * "the Japanese government's decision", "the US-Philippine accord", "the
 * deployment of warships by Y", "the exercises of Y", "the United States
 * deploying warships", "the holding of exercises on territory occupied by
 * Y"; at most max into par, their number (0: none). */
static size_t owners_in_object(const dctx *d, const span *s, size_t j, const mention **par,
			       size_t max)
{
	static const char *w_obj_det[] = {"the", "these", "those", "this", "such", "a", "an", NULL};
	static const char *w_held_v[] = {"occupied", "controlled", "claimed", "seized", NULL};
	size_t n, np = 0, k, e = 0;
	const mention *m;
	int poss = 0;
	if (j < s->t1 && kin_local(d, j, w_obj_det))
		j++;
	/* "the United States deploying warships": a state and an -ing verb */
	if ((m = named_state(d, s, j, &e)) != NULL && !m->possessive && m->gz != GZ_DEMONYM &&
	    e < s->t1 && d->t.v[e].kind == TK_WORD && !d->t.v[e].upper && ends_ing(K(e)) &&
	    !kin_local(d, e, w_owned_deed_n)) {
		par[0] = m;
		return 1;
	}
	for (n = 0; j < s->t1 && n < 7; n++, j++) {
		m = mention_at(d, s, j);
		if (m && ent__is_state_mention(m) && m->gz != GZ_FIRM) {
			if (poss)
				return 0;
			/* a bare name only before "-" ("US-Philippine"), as a
			 * possessive, or right before the deed ("a US
			 * decision", stop 37) */
			if (m->gz != GZ_DEMONYM && !m->possessive &&
			    !(m->t1 + 1 < s->t1 && kis(d, m->t1, "-")) &&
			    !(m->t1 < s->t1 && kin_local(d, m->t1, w_owned_deed_n)))
				return 0;
			if (np < max)
				par[np++] = m;
			j = m->t1 - 1;
			if (m->possessive) {
				poss = 1;
				j++; /* the 's */
			}
			continue;
		}
		if (np && kis(d, j, "-") && !poss)
			continue;
		if (np && !poss && kis(d, j, "government") && j + 1 < s->t1 && kis(d, j + 1, "'s")) {
			poss = 1;
			j++;
			continue;
		}
		if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper || KIN(d, j, w_det) ||
		    kin_local(d, j, w_small_fn) || KIN(d, j, w_negation))
			break;
		if (kin_local(d, j, w_owned_deed_n))
			break;
		/* "emphatic", "aggressive": two words before the owner; no
		 * pronoun ("what it called Y's ..."), no measure of trade */
		if ((!np && n >= 2) || kin_local(d, j, w_not_adj))
			return 0;
	}
	if (j >= s->t1 || !kin_local(d, j, w_owned_deed_n))
		return 0;
	if (np)
		return np;
	/* "the deployment (of warships) by Y", "the exercises of Y", "the
	 * holding of exercises on territory occupied by Y" */
	for (k = j + 1, n = 0; k + 1 < s->t1 && n < 9; k++, n++) {
		if (kis(d, k, ",") || kis(d, k, ";") || quote_mark(d, k))
			return 0;
		if ((kis(d, k, "by") && (k == j + 1 || n >= 2 || kin_local(d, k - 1, w_held_v) ||
					 d->t.v[k - 1].kind == TK_WORD)) ||
		    (kis(d, k, "of") && k == j + 1)) {
			m = named_state(d, s, k + 1, &e);
			/* "the deployment of American missiles": the demonym
			 * on the goods deployed is the deployer (stop 66) */
			if (m && !m->possessive &&
			    (m->gz != GZ_DEMONYM ||
			     (kis(d, k, "of") &&
			      (kis(d, j, "deployment") || kis(d, j, "stationing"))))) {
				if (kis(d, k, "by") && k > j + 1 && !kin_local(d, k - 1, w_held_v) &&
				    kis(d, j, "holding"))
					return 0;
				par[0] = m;
				/* "the naval exercise of Colombia and the US":
				 * each owner listed (stop 36) */
				if (e < s->t1 && (kis(d, e, "and") || kis(d, e, ",")))
					return listed_states(d, s, k + 1, par, max, &e);
				return 1;
			}
			if (kis(d, k, "of"))
				continue;
			return 0;
		}
	}
	return 0;
}

/* Is possessive mention m the owner of a government noun right after it
 * ("Israel's government", "Japan's cabinet")? */
static int owns_government(const dctx *d, const span *s, const mention *m)
{
	size_t j = m->t1;
	if (j < s->t1 && kis(d, j, "'s"))
		j++;
	return j < s->t1 && KIN(d, j, w_gov_noun);
}

/* The maker (weapons.tsv origin) of a designation between token j and
 * the recipient at r ("the sale of the F-35s to the UAE"), or NULL. */
static const char *transfer_goods_maker(const dctx *d, const span *s, size_t j, size_t r)
{
	size_t k;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (m->t0 >= j && m->t1 <= r && m->gz == GZ_WEAPON && m->canon && m->code &&
		    m->code[0])
			return m->code;
	}
	return NULL;
}

/* "the (planned) sale of F-16 jets to Y", "arms deliveries to Y": a
 * transfer at token j whose seller goes unnamed; the recipient Y, or NULL
 * (a seller named in the phrase, "the US sale of ...", "of American
 * weapons", "by X", is the owner instead; so is the seller of a deal told
 * just before, criticised_deal_seller's). */
static const mention *unsold_recipient(const dctx *d, const span *s, size_t j)
{
	size_t n, e = 0;
	const mention *m;
	if (j < s->t1 && (KIN(d, j, w_det) || kis(d, j, "any")))
		j++;
	for (n = 0; j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		    !kin_local(d, j, w_transfer_n);
	     j++, n++)
		; /* "the planned arms sale" */
	if (j < s->t1 && (m = mention_at(d, s, j)) != NULL && m->gz == GZ_WEAPON) {
		/* "the F-35 (warplane) sale to Y" */
		j = m->t1;
		if (j < s->t1 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper &&
		    !kin_local(d, j, w_transfer_n))
			j++;
	}
	if (j >= s->t1 || !kin_local(d, j, w_transfer_n))
		return NULL;
	for (j++, n = 0; j + 1 < s->t1 && n < 8; j++, n++) {
		if (kis(d, j, ",") || kis(d, j, ";") || quote_mark(d, j) || kis(d, j, "by") ||
		    kis(d, j, "from"))
			return NULL;
		if (mention_at(d, s, j) && ent__is_state_mention(mention_at(d, s, j)))
			return NULL; /* "of American weapons", "of US arms" */
		if (kis(d, j, "to")) {
			m = named_state(d, s, j + 1, &e);
			return m && !m->possessive && m->gz != GZ_DEMONYM ? m : NULL;
		}
	}
	return NULL;
}

/* "(any) U.S. F-35 warplane sales to Y", "the US (American) arms sales",
 * "continuing Russian arms sales": a state named bare (or its demonym)
 * before the goods and a noun of transfer, from token j, is the seller;
 * that state, or NULL. */
static const mention *seller_before_sale(const dctx *d, const span *s, size_t j)
{
	/* "criticized continuing (growing, proposed) Russian arms sales" */
	static const char *w_flow_time[] = {"continuing", "continued", "ongoing", "growing",
					    "increasing", "recent", "planned", "proposed",
					    "possible", "potential", "further", "future", NULL};
	size_t e = 0, n;
	const mention *m, *g;
	if (j < s->t1 && (KIN(d, j, w_det) || kis(d, j, "any")))
		j++;
	if (j < s->t1 && kin_local(d, j, w_flow_time))
		j++;
	m = named_state(d, s, j, &e);
	if (!m || m->possessive || m->gz == GZ_FIRM)
		return NULL; /* a demonym sells too: "American arms sales" */
	for (j = e, n = 0; j < s->t1 && n < 3 && !kin_local(d, j, w_transfer_n); n++) {
		if ((g = mention_at(d, s, j)) != NULL && g->gz == GZ_WEAPON)
			j = g->t1;
		else if (d->t.v[j].kind == TK_WORD && !d->t.v[j].upper)
			j++;
		else
			return NULL;
	}
	return j > e && j < s->t1 && kin_local(d, j, w_transfer_n) ? m : NULL;
}

/* A verb (or noun) of opposition at i whose object names its owner
 * inside: the subject (or the voicing verb's) opposes each owner but
 * itself. */
__attribute__((noinline)) static int target_in_object(dctx *d, const span *s, size_t i, int opp, int *hit)
{
	static const char *w_voice_more[] = {"conveyed", "conveys", "reiterated", "reaffirmed",
					     "stated", "announced", NULL};
	const mention *par[6], *a;
	size_t o, np, q, k, v = i;
	int rc;
	*hit = 0;
	if (!opp && !KIN(d, i, w_oppose_n) && !kis(d, i, "rejection") &&
	    !kin_local(d, i, w_reject_more_v))
		return ENT_OK;
	if (opp || kin_local(d, i, w_reject_more_v)) {
		o = coordinated_verb_object(d, s, i);
		if (o < s->t1 && (kis(d, o, "against") || kis(d, o, "to")) && !opp)
			o++;
	} else {
		/* a noun of opposition voiced: "lodged a protest against",
		 * "expressed its firm rejection of" */
		size_t p = i + 1;
		if (p >= s->t1 || !(kis(d, p, "of") || kis(d, p, "to") || kis(d, p, "against")))
			return ENT_OK;
		v = voice_verb_before(d, s, i);
		if (v == NONE) {
			size_t w = i, n = 0;
			while (w > s->t0 && n < 3 && d->t.v[w - 1].kind == TK_WORD &&
			       !d->t.v[w - 1].upper && !kin_local(d, w - 1, w_voice_more)) {
				w--;
				n++;
			}
			if (w <= s->t0 || !kin_local(d, w - 1, w_voice_more))
				return ENT_OK;
			v = w - 1;
		}
		o = p + 1;
	}
	mention mk;
	const char *to_y = NULL; /* the recipient, when the maker stands for the seller */
	np = owners_in_object(d, s, o, par, 6);
	if (!np && (par[0] = seller_before_sale(d, s, o)) != NULL)
		np = 1;
	if (!np && !criticised_deal_seller(d, s, o, NULL) &&
	    (par[0] = unsold_recipient(d, s, o)) != NULL) {
		/* "opposes the sale of F-16 jets to Y", no deal told before;
		 * a designation's maker ("of the F-35s to the UAE") sells */
		const char *mkr = transfer_goods_maker(d, s, o, par[0]->t0);
		if (mkr && strcmp(mkr, par[0]->code) != 0) {
			to_y = par[0]->code;
			par[0] = code_mention(&mk, mkr);
		}
		np = 1;
	}
	if (!np || negated(d, s, i) || (v != i && negated(d, s, v)))
		return ENT_OK;
	{
		/* "condemned the US deployment of a missile system to the
		 * Philippines": the host of a deployment is opposed too
		 * (stop 66) */
		static const char *w_deploy_n[] = {"deployment", "deployments", "stationing",
						   "placement", NULL};
		size_t j, e;
		const mention *h;
		for (j = o; j < s->t1 && j < o + 4 && !kin_local(d, j, w_deploy_n); j++)
			;
		if (np < 6 && j < s->t1 && j < o + 4)
			for (j++; j + 1 < s->t1 && j < o + 14; j++) {
				if (kis(d, j, ",") || kis(d, j, ";"))
					break;
				if (!kis(d, j, "to") && !kis(d, j, "in"))
					continue;
				h = named_state(d, s, j + 1, &e);
				if (h && !h->possessive && h->gz != GZ_DEMONYM && h->gz != GZ_FIRM)
					par[np++] = h;
				break;
			}
	}
	/* "Chad was accused of (criticised for) the transfer of weapons to
	 * Y": the subject of a passive is no actor ("is opposed to" is one;
	 * stop 63) */
	if (opp && v == i && i > s->t0 + 1 && !kis(d, i, "opposed") &&
	    (KIN(d, i - 1, w_be) || kis(d, i - 1, "been") ||
	     (ly_adverb(d, i - 1) && (KIN(d, i - 2, w_be) || kis(d, i - 2, "been")))))
		return ENT_OK;
	a = stance_actor(d, s, v);
	if (!a || a->gz == GZ_FIRM || !ent__is_state_mention(a) ||
	    (a->possessive && !owns_government(d, s, a)))
		return ENT_OK; /* "Israel's government opposes ..." is Israel's */
	for (q = 0; q < np; q++)
		if (!strcmp(par[q]->code, a->code))
			return ENT_OK; /* its own state's plan */
	*hit = 1;
	for (q = 0; q < np; q++) {
		for (k = 0; k < q && strcmp(par[k]->code, par[q]->code); k++)
			;
		if (k == q && (rc = add_state_stance(d, s, a, par[q], ENT_POLARITY_OPPOSE, i,
						     "stance.object_owner")))
			return rc;
	}
	if (to_y && d->ncands && d->cands[d->ncands - 1].f.type == ENT_FACT_STANCE &&
	    d->cands[d->ncands - 1].unit == s->unit) {
		/* the maker stands in for a seller the document may name
		 * (extract.c seller_for_maker) */
		cand *c = &d->cands[d->ncands - 1];
		c->maker_only = 1;
		memcpy(c->pair[1], to_y, sizeof c->pair[1]);
	}
	return ENT_OK;
}

/* hostile words a label may use: "described as threats", "labeled
 * intimidation", "called a provocative step" */
static const char *w_label_hostile[] = {"threat", "threats", "intimidation", "provocation",
					"provocations", "provocative", "aggression", "aggressive",
					"breach", "violation", "hostile", "reckless", "illegal",
					"destabilising", "destabilizing", "dangerous", "menace",
					"unacceptable", "escalation", NULL};
static const char *w_label_more_v[] = {"described", "labelled", "labeled", "called", "termed",
				       "branded", "considered", "deemed", "viewed", "regarded",
				       NULL};

/* A hostile label within four words from j, before token lim: its token
 * past it, or 0. */
static size_t hostile_label_at(const dctx *d, const span *s, size_t j, size_t lim)
{
	size_t n;
	if (j < lim && kis(d, j, "as"))
		j++;
	for (n = 0; j < lim && n < 4; j++, n++) {
		if (kin_local(d, j, w_label_hostile) || judge_noun_at(d, s, j))
			return j + 1;
		if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper || KIN(d, j, w_negation) ||
		    kis(d, j, "no") || kis(d, j, "by"))
			return 0;
	}
	return 0;
}

/* "Y's drills were described as threats by X('s president) and labeled
 * intimidation by Z", "the Yn plan was criticised by X": the agent after
 * "by" opposes the owner the subject names.  At the verb i. */
__attribute__((noinline)) static int passive_owner_label(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a;
	size_t b, p = i, e = 0;
	int label = kin_local(d, i, w_label_more_v);
	*hit = 0;
	if (!(label || KIN(d, i, w_oppose_v) || kin_local(d, i, w_reject_more_v)) ||
	    i < s->t0 + 2 || i + 2 >= s->t1)
		return ENT_OK;
	if (ly_adverb(d, p - 1))
		p--;
	if (!(KIN(d, p - 1, w_be) || kis(d, p - 1, "been") || kis(d, p - 1, "and")) ||
	    negated(d, s, p - 1))
		return ENT_OK;
	b = i + 1;
	if (label && b + 2 < s->t1 && kis(d, b, "by") &&
	    (a = named_state(d, s, b + 1, &e)) != NULL && !a->possessive &&
	    (a->gz != GZ_DEMONYM ||
	     (e < s->t1 && (KIN(d, e, w_gov_noun) || kis(d, e, "officials"))))) {
		/* "Y's pledge is being viewed by U.S. officials as
		 * "cavalier" and "irresponsible"": the agent before
		 * "as" and a hostile label after it, quote marks aside */
		size_t w = e, n;
		int hostile = 0;
		if (w < s->t1 && (KIN(d, w, w_gov_noun) || kis(d, w, "officials")))
			w++;
		if (w >= s->t1 || !kis(d, w, "as"))
			return ENT_OK;
		for (w++, n = 0; w < s->t1 && n < 8 && !hostile; w++, n++) {
			if (quote_mark(d, w) || kis(d, w, "'") || kis(d, w, "and"))
				continue;
			if (kin_local(d, w, w_label_hostile) || kin_local(d, w, w_judge_adj))
				hostile = 1;
			else if (d->t.v[w].kind != TK_WORD || d->t.v[w].upper ||
				 KIN(d, w, w_negation))
				break;
		}
		if (!hostile)
			return ENT_OK;
	} else {
		if (label) {
			size_t n;
			if (!(b = hostile_label_at(d, s, b, s->t1)))
				return ENT_OK;
			/* "a breach of the law by X" */
			for (n = 0; b < s->t1 && n < 3 && !kis(d, b, "by") &&
				    d->t.v[b].kind == TK_WORD && !d->t.v[b].upper;
			     b++, n++)
				;
		} else if (b < s->t1 && ly_adverb(d, b)) {
			b++;
		}
		if (b + 1 >= s->t1 || !kis(d, b, "by"))
			return ENT_OK;
		a = named_state(d, s, b + 1, &e);
		if (!a || a->gz == GZ_DEMONYM)
			return ENT_OK;
	}
	return oppose_subject_owners(d, s, a, i, "stance.object_owner", hit);
}

/* "Y deployed warships near Z, which X considered (called, described as)
 * a provocative step (a threat)": X opposes Y, the subject of the clause
 * the relative sums up.  At "which" i after a comma. */
__attribute__((noinline)) static int relative_label(dctx *d, const span *s, size_t i, int *hit)
{
	const mention *a, *t;
	size_t e = 0;
	*hit = 0;
	if (!kis(d, i, "which") || i <= s->t0 + 2 || !kis(d, i - 1, ",") || i + 3 >= s->t1)
		return ENT_OK;
	a = named_state(d, s, i + 1, &e);
	if (!a || a->possessive || a->gz == GZ_DEMONYM || e >= s->t1 ||
	    !kin_local(d, e, w_label_more_v) || !hostile_label_at(d, s, e + 1, s->t1))
		return ENT_OK;
	t = subject_before(d, s, i - 1);
	if (!t || t->gz == GZ_FIRM || t->gz == GZ_DEMONYM || t->possessive ||
	    !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.object_owner");
}

/* "X demanded (insisted, suggested, urged) that Y (should) withdraw (halt,
 * stop) ...": X opposes Y, at the verb i (stance.demand_stop,
 * test_extract_stance_statements.c). */
static int demand_that(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_demand_v[] = {"demanded", "demands", "demanding", "demand",
					   "suggested", "suggests", "insisted", "insists",
					   "urged", "urges", NULL};
	const mention *t;
	size_t j = i + 2, v;
	*hit = 0;
	if (i + 4 >= s->t1 || !kin_local(d, i, w_demand_v) || !kis(d, i + 1, "that") ||
	    negated(d, s, i))
		return ENT_OK;
	if (kis(d, j, "the"))
		j++;
	t = actor_after(d, s, j, 0, 1);
	if (!t || t->t0 != j || t->possessive || t->gz == GZ_DEMONYM || t->t1 >= s->t1)
		return ENT_OK;
	v = t->t1;
	if (v + 1 < s->t1 && (kis(d, v, "should") || kis(d, v, "must")))
		v++;
	if (v + 1 < s->t1 && ly_adverb(d, v))
		v++;
	if (!KIN(d, v, w_stop))
		return ENT_OK;
	*hit = 1;
	return add_stance(d, s, stance_actor(d, s, i), t, ENT_POLARITY_OPPOSE, i, s->t1,
			  "stance.demand_stop");
}

/* "(support for) Argentine modernization efforts", "Ukrainian sovereignty",
 * "the Armenian people": a demonym at token j (after "the") before at most
 * two lower-case words ending in a noun of a state's cause; the demonym,
 * else NULL. */
static const mention *demonym_cause(const dctx *d, const span *s, size_t j)
{
	static const char *w_cause_n[] = {"sovereignty", "independence", "integrity", "government",
					  "people", "efforts", "cause", "position", "stance",
					  "forces", "army", "modernization", "modernisation", NULL};
	static const char *w_make_n[] = {"production", "manufacture", "manufacturing",
					 "development", NULL};
	const mention *m, *g;
	size_t k, n;
	int made = 0;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	if (j + 2 < s->t1 && kin_local(d, j, w_make_n) && kis(d, j + 1, "of")) {
		/* "support for the production of Ukrainian Bohdana guns":
		 * the maker's own arms (stop 43) */
		made = 1;
		j += 2 + (kis(d, j + 2, "the") ? 1 : 0);
	}
	m = mention_at(d, s, j);
	if (!m || m->gz != GZ_DEMONYM || m->possessive || m->t0 != j)
		return NULL;
	if (made) {
		/* goods right after, or after a name ("Bohdana guns") */
		for (k = m->t1; k < s->t1 && k < m->t1 + 2; k++)
			if ((g = mention_at(d, s, k)) != NULL && g->t0 == k && g->gz == GZ_WEAPON)
				return m;
		return NULL;
	}
	for (k = m->t1, n = 0; k < s->t1 && n < 3; k++, n++) {
		if (d->t.v[k].kind != TK_WORD || d->t.v[k].upper)
			return NULL;
		/* the head: no noun after it ("the Yn army base") */
		if (kin_local(d, k, w_cause_n) &&
		    (k + 1 >= s->t1 || d->t.v[k + 1].kind != TK_WORD || d->t.v[k + 1].upper ||
		     kin(d, k + 1, w_small_fn)))
			return m;
	}
	return NULL;
}

/* "the Pakistan-India tensions", "(the) tensions between X and Y", "the
 * standoff between X and Y": a rift of a pair of states at token j (after
 * at most one determiner and two words), which a concern about it takes
 * no side in. */
static int rift_of_pair(const dctx *d, const span *s, size_t j)
{
	static const char *w_rift[] = {"tension", "tensions", "standoff", "stand-off", "conflict",
				       "clashes", "clash", "hostilities", "dispute", "disputes",
				       "escalation", "fighting", "rivalry", "feud", "row", NULL};
	size_t k, r, n = 0;
	if (j < s->t1 && KIN(d, j, w_det))
		j++;
	for (r = j; r < s->t1 && r < j + 6 && !kin_local(d, r, w_rift); r++)
		;
	if (r >= s->t1 || r >= j + 6)
		return 0;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && m->gz != GZ_FIRM && m->t0 >= j && m->t1 <= r)
			n++; /* "the Pakistan-India tensions" */
	}
	if (n >= 2)
		return 1;
	if (n == 0 && r + 3 < s->t1 && kis(d, r + 1, "between")) {
		const mention *x = actor_after(d, s, r + 2, 1, 0);
		return x && x->t1 < s->t1 && kis(d, x->t1, "and"); /* "between X and Y" */
	}
	return 0;
}

/* "support for Y on Karabakh and for Z on the Cyprus issue": a second
 * "and for / to" a state, within ten words after the first target t,
 * backs that state too (stance.noun). */
static int support_for_also(dctx *d, const span *s, const mention *a, const mention *t,
			    size_t i, size_t next)
{
	size_t k;
	const mention *t2;
	for (k = t->t1; k + 2 < s->t1 && k < t->t1 + 10; k++) {
		if (kis(d, k, ";") || kis(d, k, "."))
			return ENT_OK;
		if (!kis(d, k, "and") || !(kis(d, k + 1, "for") || kis(d, k + 1, "to")))
			continue;
		if (kis(d, k - 1, ","))
			return ENT_OK; /* ", and to Y it sold ...": a clause of its own */
		t2 = actor_after(d, s, k + 2, 1, 1);
		if (!t2 || t2->possessive || !strcmp(t2->code, a->code))
			return ENT_OK;
		/* the issue told after the second target is its own */
		return add_stance(d, s, a, t2, ENT_POLARITY_SUPPORT, t2->t1, next, "stance.noun");
	}
	return ENT_OK;
}

/* "X received strong backing from Y and Z", "noting the support from Y":
 * each state listed after "from" (at token j) backs the clause's subject
 * (the speaker of "he noted", through stance_actor) (stance.support_from). */
static int support_from(dctx *d, const span *s, size_t i, size_t j, size_t next)
{
	static const char *w_seek_v[] = {"sought", "seek", "seeks", "seeking", "asked", "ask",
					 "asks", "asking", "requested", "request", "requests",
					 "requesting", "want", "wants", "wanted", "need", "needs",
					 "needed", "urged", "hopes", "hoped", "expects", "expected",
					 "appealed", "lobbied", "for", NULL};
	const mention *ls[6], *x;
	size_t n, k, e = 0;
	int rc;
	for (k = i; k > s->t0 && i - k < 5; k--)
		if (kin(d, k - 1, w_seek_v) || negated(d, s, k - 1))
			return ENT_OK; /* "sought support from Y", "called for backing": a wish */
	static const char *w_prep[] = {"with", "to", "from", "against", "of", "for", "on", "in",
				       "by", "at", "over", NULL};
	n = listed_states(d, s, j, ls, 6, &e);
	if (!n)
		return ENT_OK;
	/* "He also thanked ..., noting the backing from Y": the person
	 * "he" opening the sentence stands for */
	x = kis(d, s->t0, "he") || kis(d, s->t0, "she") ? latest_person(d, s, s->t0)
						       : stance_actor(d, s, i);
	/* "X has integrated Russian helicopters into its air force,
	 * signaling continued support from Moscow": a participle after a
	 * comma takes the subject of the clause before it */
	if (x && x->gz == GZ_DEMONYM && weapon_within(d, s, x->t1, 1))
		x = NULL; /* "Peruvian jets": the goods' maker */
	for (k = i; !x && k > s->t0 && k + 4 > i; k--)
		if (participle_after_comma(d, s, k - 1))
			x = subject_before(d, s, k - 1);
	if (!x || x->gz == GZ_FIRM || (x->t0 > s->t0 && kin(d, x->t0 - 1, w_prep)))
		return ENT_OK; /* "... its standoff with X, noting": no subject */
	for (k = 0; k < n; k++)
		if (ls[k]->gz != GZ_FIRM && !ls[k]->possessive && strcmp(ls[k]->code, x->code) &&
		    (rc = add_stance1(d, s, ls[k], x, ENT_POLARITY_SUPPORT, i, next,
				      "stance.support_from")))
			return rc;
	return ENT_OK;
}

/* "India criticised Turkey for supporting Pakistan", "sentiments are
 * rising against Turkey for supporting terror state Pakistan": the state
 * right before "for <supporting / backing / arming>" (i) backs the state
 * after it (over at most two lower-case words): the reason takes the
 * support as told (stance.for_supporting). */
static int for_supporting(dctx *d, const span *s, size_t i)
{
	static const char *w_backing_g[] = {"supporting", "backing", "arming", "aiding",
					    "helping", "assisting", NULL};
	const mention *y = NULL, *z;
	size_t k, n;
	if (!kin_local(d, i, w_backing_g) || i + 1 >= s->t1)
		return ENT_OK;
	for (k = s->m0; k < s->m1; k++)
		if (M(d, k)->t1 == i - 1)
			y = M(d, k);
	if (!y || !ent__is_state_mention(y) || y->possessive || y->gz == GZ_DEMONYM ||
	    y->gz == GZ_FIRM)
		return ENT_OK;
	for (k = i + 1, n = 0; k < s->t1 && n < 2 && d->t.v[k].kind == TK_WORD &&
			       !d->t.v[k].upper && !KIN(d, k, w_det);
	     k++, n++)
		;
	if (k < s->t1 && KIN(d, k, w_det))
		k++;
	z = mention_at(d, s, k);
	if (!z || !ent__is_state_mention(z) || z->possessive || z->gz == GZ_DEMONYM ||
	    z->gz == GZ_FIRM || z->t0 != k)
		return ENT_OK;
	return add_stance1(d, s, y, z, ENT_POLARITY_SUPPORT, i, s->t1, "stance.for_supporting");
}

/* "India's (strategic) efforts (bid, drive, push, strategy) to": the
 * state whose possessive owns a noun of effort right before "to" at
 * token j (at most two words between), or NULL (stop 63). */
static const mention *effort_owner(const dctx *d, const span *s, size_t j)
{
	static const char *w_effort_n[] = {"efforts", "effort", "bid", "drive", "push",
					   "attempts", "attempt", "strategy", "campaign", NULL};
	const mention *m;
	if (j < s->t0 + 2 || !kin_local(d, j - 1, w_effort_n))
		return NULL;
	m = possessor_over(d, s, j - 1, s->t0);
	return m && ent__is_state_mention(m) && m->gz != GZ_FIRM && m->gz != GZ_DEMONYM ? m : NULL;
}

/* "X and Y share the same desire to contain their common foe Z", "... a
 * common enemy in Z", "their shared adversary, Z", "X and Y see Z as a
 * common threat": at the adjective i ("common, shared, mutual") before a
 * noun of enmity, the subject (with the states joined to it) opposes Z
 * (stop 63). */
static int common_foe(dctx *d, const span *s, size_t i)
{
	static const char *w_shared_adj[] = {"common", "shared", "mutual", NULL};
	static const char *w_foe_n[] = {"foe", "foes", "enemy", "enemies", "adversary",
					"adversaries", "rival", "threat", NULL};
	const mention *a, *z = NULL;
	size_t j = i + 1, e = 0;
	if (i + 2 >= s->t1 || i < s->t0 + 2 || !kin_local(d, i, w_shared_adj) ||
	    !kin_local(d, j, w_foe_n))
		return ENT_OK;
	j++;
	if (kis(d, j, ",") || kis(d, j, "in"))
		j++;
	if (j < s->t1)
		z = named_state(d, s, j + (kis(d, j, "the") ? 1 : 0), &e);
	if (!z && i > s->t0 + 3 && (kis(d, i - 1, "a") || kis(d, i - 1, "the")) &&
	    kis(d, i - 2, "as")) {
		/* "see Z as a common threat" */
		const mention *m = mention_at_end(d, s, i - 2);
		if (m && ent__is_state_mention(m))
			z = m;
	}
	if (!z || z->possessive || z->gz == GZ_DEMONYM || z->gz == GZ_FIRM ||
	    negated(d, s, i) || !(a = subject_before(d, s, z->t0 < i ? z->t0 : i)))
		return ENT_OK;
	return add_state_stance(d, s, a, z, ENT_POLARITY_OPPOSE, i, "stance.common_foe");
}

/* verbs that give a noun of support its giver as their subject ("X
 * vowed support to Y") */
static const char *w_vow_v[] = {"vowed", "vows", "pledged", "pledges", "promised", "promises",
				"offered", "offers", "reiterated", "reiterates", "reaffirmed",
				"reaffirms", "expressed", "expresses", "voiced", "voices",
				"extended", "extends", NULL};

/* "The Trump administration (The US government) has ramped up backing
 * for Y": the clause's subject, a state or leader before a noun of
 * government, with only small words (verbs, particles) between it and
 * the noun of support at i, no comma; or NULL. */
static const mention *subject_of_noun(const dctx *d, const span *s, size_t i)
{
	const mention *sb = subject_before(d, s, i);
	size_t j;
	if (!sb || sb->possessive || sb->t1 >= i || sb->t1 + 7 < i || !KIN(d, sb->t1, w_gov_noun))
		return NULL;
	for (j = sb->t1 + 1; j < i; j++)
		if (d->t.v[j].kind != TK_WORD || d->t.v[j].upper || kis(d, j, "by") ||
		    kis(d, j, "for") || kis(d, j, "of"))
			return NULL;
	return sb;
}

/* "backs the UN-sponsored Government of National Accord": past "the"
 * and a name joined by a hyphen to a participle of backing at token o,
 * the token after the participle; o when none stands there. */
static size_t backed_modifier_end(const dctx *d, const span *s, size_t o)
{
	static const char *w_backed[] = {"sponsored", "backed", "recognised", "recognized",
					  "supported", NULL};
	size_t j = o;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	if (j + 2 < s->t1 && d->t.v[j].upper && kis(d, j + 1, "-") &&
	    kin_local(d, j + 2, w_backed))
		return j + 3;
	return o;
}

/* "India has generally regarded Chinese exercises and naval activity in
 * the Indian Ocean with apprehension", "views China with suspicion": the
 * one who sees opposes the state seen (its name, possessive or demonym,
 * the first between the verb and "with" at w) (stance.seen_warily). */
static int seen_with_wariness(dctx *d, const span *s, size_t w)
{
	const mention *a, *t = NULL;
	size_t v, k;
	if (w == s->t0 || negated(d, s, w - 1))
		return ENT_OK;
	/* "views with utmost gravity the ...": the verb right before "with" */
	if (seen_warily(d, s, w, &v) && v + 1 == w)
		;
	else if (!seen_warily(d, s, w - 1, &v) || negated(d, s, v))
		return ENT_OK;
	for (k = s->m0; k < s->m1 && !t; k++) {
		const mention *m = M(d, k);
		if (m->t0 > v && m->t1 <= w && ent__is_state_mention(m) && m->gz != GZ_FIRM)
			t = m;
	}
	if (!t && w == v + 1) {
		/* "Israel views with utmost gravity the supply of S-300
		 * missiles from Russia to Iran": the object after the noun of
		 * wariness; of a transfer, its seller */
		size_t o = w + 2 < s->t1 && !KIN(d, w + 1, w_det) ? w + 3 : w + 2;
		if (o < s->t1 && kis(d, o, "the"))
			o++;
		if (o < s->t1 && KIN(d, o, w_supply_noun))
			t = after_prep(d, s, o, "from");
	}
	a = stance_actor(d, s, v);
	if (!t || !a || a->gz == GZ_FIRM)
		return ENT_OK;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, v, "stance.seen_warily");
}

/* The actor of the verb at i backs the state named at token w (one word
 * of leeway): "will back Y", "stood up for Y", "stand in support of Y". */
static int backs_state_at(dctx *d, const span *s, size_t i, size_t w, const char *rule)
{
	return add_stance(d, s, stance_actor(d, s, i), actor_after(d, s, w, 1, 1),
			  ENT_POLARITY_SUPPORT, i, s->t1, rule);
}

/* "The United States has revoked an invitation to China to RIMPAC",
 * "withdrew X's invitation", "disinvited X": the one withdrawing the
 * invitation (the subject of the verb before it) opposes X
 * (stance.invitation_revoked). */
static int invitation_revoked(dctx *d, const span *s)
{
	size_t k, v;
	int rc;
	for (k = s->m0; k < s->m1; k++) {
		const mention *m = M(d, k), *a;
		if (!ent__is_state_mention(m) || m->gz == GZ_FIRM || m->gz == GZ_DEMONYM ||
		    (v = ex_uninvited(d, s, m)) == NONE || negated(d, s, v))
			continue; /* "withdrew China's invitation" too */
		a = stance_actor(d, s, v);
		if (!a || a->gz == GZ_FIRM)
			continue;
		if ((rc = add_state_stance(d, s, a, m, ENT_POLARITY_OPPOSE, v,
					   "stance.invitation_revoked")))
			return rc;
	}
	return ENT_OK;
}

/* "Gulf countries and the United States have condemned Iran's attacks.
 * ... The Gulf countries are Bahrain, Iraq, Jordan and Kuwait.": a
 * sentence that opens by listing the members of a group ("(The) <Name>
 * countries/states/nations are (include) A, B, ...") gives each member the
 * stances of the nearest of the three sentences before that named the
 * group and took a stance (stance.group_defined,
 * test_extract_stance_lists.c). */
static int group_defined(dctx *d, const span *s)
{
	static const char *w_grp[] = {"countries", "states", "nations", NULL};
	static const char *w_are[] = {"are", "include", "comprise", NULL};
	const mention *mem[ENT_FACT_MAX_PARTICIPANTS];
	size_t j = s->t0, w0, nw, n = 0, k, q;
	int u, rc, found = 0;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	for (w0 = j; j < s->t1 && j < w0 + 2 && d->t.v[j].upper && d->t.v[j].kind == TK_WORD &&
		     !mention_at(d, s, j);
	     j++)
		;
	nw = j - w0;
	if (!nw || j + 3 >= s->t1 || !kin_local(d, j, w_grp) || !kin_local(d, j + 1, w_are))
		return ENT_OK;
	for (k = s->m0; k < s->m1 && n < ENT_FACT_MAX_PARTICIPANTS; k++) {
		const mention *m = M(d, k);
		if (m->t0 <= j + 1 || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    m->gz == GZ_DEMONYM || m->possessive)
			continue;
		for (q = 0; q < n && strcmp(mem[q]->code, m->code); q++)
			;
		if (q == n)
			mem[n++] = m;
	}
	if (n < 2)
		return ENT_OK;
	for (u = s->unit - 1; u >= 0 && u >= s->unit - 3; u--) {
		span ps;
		size_t p, c, ncands = d->ncands;
		span_of_unit(d, (size_t)u, &ps);
		/* the group's words in that sentence: its subject */
		for (p = ps.t0; p + nw < ps.t1; p++) {
			for (q = 0; q < nw && d->t.v[p + q].keylen == d->t.v[w0 + q].keylen &&
				    !strcmp(K(p + q), K(w0 + q));
			     q++)
				;
			if (q == nw && kin_local(d, p + nw, w_grp))
				break;
		}
		if (p + nw >= ps.t1)
			continue;
		for (c = 0; c < ncands; c++) {
			mention t;
			ent_code tc; /* a copy: add_stance1 may move the candidates */
			if (d->cands[c].dropped || d->cands[c].unit != u ||
			    d->cands[c].f.type != ENT_FACT_STANCE)
				continue;
			tc = d->cands[c].f.target;
			code_mention(&t, tc.s);
			found = 1;
			for (q = 0; q < n; q++)
				if (strcmp(mem[q]->code, d->cands[c].f.actor.s) &&
				    (rc = add_stance1(d, &ps, mem[q], &t, d->cands[c].f.polarity,
						      p + nw, ps.t1, "stance.group_defined")))
					return rc;
		}
		if (found)
			return ENT_OK; /* else an earlier sentence that named the group */
	}
	return ENT_OK;
}

/* "The US ambassador to South Africa has accused the country of ...": "the
 * country (nation)" right after the verb at v is the latest state named
 * before the verb other than the actor a (stop 36), or NULL. */
static const mention *the_country_object(const dctx *d, const span *s, size_t v,
					 const mention *a)
{
	static const char *w_country_n[] = {"country", "nation", "kingdom", NULL};
	const mention *t = NULL;
	size_t k;
	if (v + 3 >= s->t1 || !kis(d, v + 1, "the") || !kin_local(d, v + 2, w_country_n) ||
	    kis(d, v + 3, "'s"))
		return NULL;
	for (k = s->m0; k < s->m1 && M(d, k)->t1 <= v; k++) {
		const mention *m = M(d, k);
		if (ent__is_state_mention(m) && (m->gz == GZ_STATE || m->gz == GZ_CAPITAL) &&
		    !m->possessive && strcmp(m->code, a->code) != 0)
			t = m;
	}
	return t;
}

/* "France is embroiled in a major diplomatic row with (traditional
 * allies) the United States, the UK and Australia over the Aukus pact":
 * the state in the row (the clause's actor) opposes each state listed
 * after "with" (stop 36); "diplomatic" at i, then row / spat / rift /
 * feud / dispute / crisis / standoff. Not negated, nor "ended / resolved". */
static int diplomatic_row(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_row_n[] = {"row", "spat", "rift", "feud", "dispute", "crisis",
					"standoff", "stand-off", "quarrel", NULL};
	static const char *w_over_v[] = {"ended", "ends", "resolved", "resolves", "settled",
					 "defused", "healed", NULL};
	const mention *a, *ls[6];
	size_t j, e = 0, n, q;
	int rc;
	if (!kis(d, i, "diplomatic") || i + 3 >= s->t1 || !kin_local(d, i + 1, w_row_n) ||
	    !kis(d, i + 2, "with") || negated(d, s, i))
		return ENT_OK;
	if (find_in(d, s->t0, s->t1, w_over_v) != NONE)
		return ENT_OK;
	/* "with traditional allies the United States, ...": up to three
	 * lower-case words before the list */
	for (j = i + 3, n = 0; j < s->t1 && n < 3 && d->t.v[j].kind == TK_WORD &&
			       !d->t.v[j].upper && !KIN(d, j, w_det);
	     j++, n++)
		;
	n = listed_states(d, s, j, ls, 6, &e);
	a = n ? stance_actor(d, s, i) : NULL;
	if (n && !a)
		a = subject_before(d, s, i); /* "Macron calls for Europe to ...
					       * following a diplomatic row" */
	if (!a || a->gz == GZ_FIRM)
		return ENT_OK;
	*hit = 1;
	for (q = 0; q < n; q++)
		if (strcmp(ls[q]->code, a->code) != 0 &&
		    (rc = add_stance(d, s, a, ls[q], ENT_POLARITY_OPPOSE, i, s->t1,
				     "stance.diplomatic_row")))
			return rc;
	return ENT_OK;
}

/* Verbs of viewing or labelling a deed (labelled_deed_by). */
static const char *w_view_deed_v[] = {"views", "viewed", "sees", "saw", "regards",
				      "regarded", "considers", "considered", "called", "calls",
				      "described", "describes", "labelled", "labeled", "termed",
				      "branded", NULL};

/* Is token i a verb of w_view_deed_v?  Its first and last letters rule out
 * most words before the list is asked. */
static inline int view_deed_word(const dctx *d, size_t i)
{
	size_t n = d->t.v[i].keylen;
	char last = n ? K(i)[n - 1] : 0;
	return n >= 3 && (last == 's' || last == 'd' || last == 'w') &&
	       strchr("vsrcdlbt", K(i)[0]) && kin(d, i, w_view_deed_v);
}

/* "The planes flew over Turkey and Bulgaria, both NATO members, raising
 * concerns about China's presence": a participle of causing after a comma
 * before the word of concern at i has the clause before for its subject,
 * an event; the states in that clause voice nothing (stop 48). */
static int concern_raised_by_event(const dctx *d, const span *s, size_t i)
{
	static const char *w_cause_ing[] = {"raising", "sparking", "prompting", "causing",
					    "fuelling", "fueling", "stoking", "triggering",
					    "drawing", "stirring", NULL};
	size_t j = i;
	if (j > s->t0 && (kis(d, j - 1, "serious") || kis(d, j - 1, "new") ||
			  kis(d, j - 1, "fresh") || kis(d, j - 1, "growing")))
		j--;
	return j >= s->t0 + 2 && kin_local(d, j - 1, w_cause_ing) && kis(d, j - 2, ",");
}

/* "Moscow views this decision as a deliberate move by The Hague to
 * escalate the conflict", "Russia called the decision a provocation by the
 * Netherlands": a verb of w_view_deed_v at i, then, within twelve words, a
 * deed "by Y" that the words between call hostile or that is "to escalate
 * (destabilise, provoke)": the viewer opposes Y (stop 36). */
static int labelled_deed_by(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_escalate_base[] = {"escalate", "destabilize", "destabilise", "provoke",
					     "inflame", "prolong", NULL};
	const mention *a, *y;
	size_t j, e = 0, k;
	int hostile = 0;
	if (negated(d, s, i) || i == s->t0) /* the caller found a verb of w_view_deed_v */
		return ENT_OK;
	for (j = i + 1; j + 1 < s->t1 && j < i + 12 && !kis(d, j, "by"); j++) {
		if (kis(d, j, ",") || kis(d, j, ";"))
			return ENT_OK;
		hostile |= kin_local(d, j, w_label_hostile);
	}
	if (j + 1 >= s->t1 || !kis(d, j, "by"))
		return ENT_OK;
	y = mention_at(d, s, j + 1); /* "by The Hague": "The" opens the name */
	if (y && y->t0 == j + 1 && ent__is_state_mention(y))
		e = y->t1;
	else
		y = named_state(d, s, j + 1, &e);
	if (!y || y->possessive || y->gz == GZ_DEMONYM || y->gz == GZ_FIRM)
		return ENT_OK;
	for (k = e; !hostile && k + 1 < s->t1 && k < e + 3; k++)
		hostile = kis(d, k, "to") && kin_local(d, k + 1, w_escalate_base);
	if (!hostile || !(a = stance_actor(d, s, i)) || a->gz == GZ_FIRM ||
	    !strcmp(a->code, y->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, y, ENT_POLARITY_OPPOSE, i, "stance.labelled_deed");
}

/* The state named right after the verb of list `verbs` at i, over one
 * `skip` word ("that", "the") and then a "the", for the readings below;
 * NULL when the verb is none of them or negated, or no state (no firm)
 * follows (stop 48). */
static const mention *state_after_verb(const dctx *d, const span *s, size_t i,
				       const char *const *verbs, const char *skip)
{
	size_t j = i + 1;
	const mention *t;
	if (!kin_local(d, i, verbs) || negated(d, s, i))
		return NULL;
	if (j < s->t1 && kis(d, j, skip))
		j++;
	if (j < s->t1 && kis(d, j, "the"))
		j++; /* "expected the United States to review" (stop 49) */
	t = mention_at(d, s, j);
	return t && t->t0 == j && ent__is_state_mention(t) && t->gz != GZ_FIRM ? t : NULL;
}

/* "Lukashenko ... allowed Russian forces to launch attacks on Ukraine from
 * Belarusian territory", "Iran let Russian jets use its airbase": a state
 * that lets another's forces strike, use, transit or deploy from it backs
 * that state (stop 48).  i is the verb of letting. */
static int allowed_forces(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_let_v[] = {"allowed", "allows", "allow", "permitted", "permits",
					"let", "lets", NULL};
	static const char *w_forces_n[] = {"forces", "troops", "military", "army", "jets",
					  "aircraft", "warplanes", "bombers", "warships", "ships",
					  NULL};
	static const char *w_use_base[] = {"launch", "use", "attack", "strike", "transit", "deploy",
					   "operate", "station", "fly", "stage", NULL};
	const mention *a, *t = state_after_verb(d, s, i, w_let_v, "the");
	size_t j;
	*hit = 0;
	if (!t)
		return ENT_OK;
	j = t->t1 + (t->possessive ? 1 : 0);
	if (j < s->t1 && d->t.v[j].kind == TK_WORD && !d->t.v[j].upper && !kin_local(d, j, w_forces_n))
		j++; /* "Russian military forces", "Russian combat jets" */
	if (j + 1 < s->t1 && kin_local(d, j, w_forces_n) && kis(d, j + 1, "to"))
		j++; /* "let" takes no "to": "let Russian jets use" */
	if (j + 1 >= s->t1 || !kin_local(d, j - (kis(d, j, "to") ? 1 : 0), w_forces_n) ||
	    !kin_local(d, j + 1, w_use_base))
		return ENT_OK;
	if (!(a = stance_actor(d, s, i)) || a->gz == GZ_FIRM || !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, "stance.allowed_forces");
}

/* "Greece and Cyprus have claimed that Turkey is violating their
 * exclusive economic zones", "X said Y violated its airspace": who says
 * that a state breaks a right (violating, breaching, infringing) opposes
 * it (stop 48).  i is the verb of saying. */
static int violation_claimed(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_claim_v[] = {"claimed", "claims", "claim", "said", "says", "alleged",
					  "alleges", "charged", "charges", "insisted", "insists",
					  "maintained", "maintains", "complained", "complains",
					  NULL};
	static const char *w_aux[] = {"is", "was", "are", "were", "has", "have", "had", "been",
				      "repeatedly", "again", NULL};
	static const char *w_violate[] = {"violating", "violated", "violates", "breaching",
					  "breached", "breaches", "infringing", "infringed",
					  "infringes", NULL};
	const mention *a, *t = state_after_verb(d, s, i, w_claim_v, "that");
	size_t j, n;
	*hit = 0;
	if (!t || t->possessive || !(t->gz == GZ_STATE || t->gz == GZ_CAPITAL))
		return ENT_OK;
	for (j = t->t1, n = 0; j < s->t1 && n < 3 && kin_local(d, j, w_aux); j++, n++)
		;
	if (j >= s->t1 || !kin_local(d, j, w_violate) || !(a = stance_actor(d, s, i)) ||
	    a->gz == GZ_FIRM || !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1, "stance.violation_claimed");
}

/* "The White House said it hoped Russia would reconsider the move": a
 * hope (wish) that Y would (will) stop, reverse or reconsider is the
 * hoper's opposition to Y (stop 48).  i is the verb of hoping. */
static int hoped_to_reverse(dctx *d, const span *s, size_t i, int *hit)
{
	static const char *w_hope_v[] = {"hoped", "hopes", "hope", "wished", "wishes", "expects",
					 "expected", NULL};
	const mention *a, *t = state_after_verb(d, s, i, w_hope_v, "that");
	size_t j;
	*hit = 0;
	if (!t || t->possessive || t->gz == GZ_DEMONYM)
		return ENT_OK;
	j = t->t1;
	/* "expected the United States to review the decision" (stop 49) */
	if (j + 1 >= s->t1 || !(kis(d, j, "would") || kis(d, j, "will") || kis(d, j, "to")))
		return ENT_OK;
	j++;
	if (j + 1 < s->t1 && ly_adverb(d, j))
		j++;
	if (!(KIN(d, j, w_stop) || kis(d, j, "review")) || !(a = stance_actor(d, s, i)) ||
	    a->gz == GZ_FIRM || !strcmp(a->code, t->code))
		return ENT_OK;
	*hit = 1;
	return add_state_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, "stance.hoped_reversal");
}

/* Is m a place after "in" and a noun of the list ("suffering in Ukraine",
 * "Houthi rebels in Yemen"), no party of the stance? */
static int noun_in_state(const dctx *d, const span *s, const mention *m,
			 const char *const *nouns)
{
	return m->t0 >= s->t0 + 2 && kis(d, m->t0 - 1, "in") && kin_local(d, m->t0 - 2, nouns);
}

/* "this arms transfer increases suffering in Ukraine and supports
 * Russia's war": a noun of hardship or strife before the place (stop 51) */
static const char *w_hardship[] = {"suffering", "violence", "fighting", "instability",
				   "destruction", "casualties", "deaths", "bloodshed", "misery",
				   "tensions", "crisis", "conflict", "war", "hardship", NULL};
/* "Houthi rebels in Yemen backed by Tehran": a group the place names
 * (stop 50) */
static const char *w_armed_group[] = {"rebels", "militants", "insurgents", "fighters", "militias",
				      "militia", "separatists", "proxies", "groups", "factions",
				      NULL};

/* "Slovakia donated the S-300 system to Ukraine ... to help in self
 * defense due to armed aggression from the Russian Federation", "France
 * will ship howitzers to Ukraine to bolster the fight against Russian
 * invaders", "sent air defence systems to help Ukraine fight the Russian
 * invasion": a transfer of this span (a directed deal from `from` on),
 * told with a verb of supply, with a clause of purpose after that verb
 * ("to help / bolster / boost / strengthen / support / assist / aid")
 * that names the recipient, or a fight or a defence ("to help it defend
 * itself"; not "to help its economy"), is the supplier backing the
 * recipient; the state the fight is against (after "against / from", a
 * demonym before "invaders / invasion / aggression / forces / offensive /
 * onslaught", or a possessive before such a noun) is the supplier's
 * opponent (stance.aid_purpose, stop 49). */
int rule_aid_purpose(dctx *d, const span *s, size_t from)
{
	static const char *w_help_v[] = {"help", "bolster", "boost", "strengthen", "support",
					 "assist", "aid", "reinforce", "enable", NULL};
	static const char *w_fight_n[] = {"fight", "fighting", "defense", "defence", "defend",
					  "repel", "resist", "war", "counteroffensive", "struggle",
					  "self-defense", "self-defence", NULL};
	static const char *w_foe_n[] = {"invaders", "invasion", "aggression", "forces", "offensive",
					"onslaught", "attacks", "troops", "occupiers", NULL};
	const cand *c = NULL;
	const mention *y, *foe = NULL;
	mention sm, rm;
	ent_code sup, rec;
	size_t k, i, j, end;
	int named = 0, rc;
	for (k = from; k < d->ncands && !c; k++) {
		const cand *x = &d->cands[k];
		if (!x->dropped && x->unit == s->unit && x->directed && x->f.nsuppliers == 1 &&
		    x->f.recipient.s[0] &&
		    (x->f.type == ENT_FACT_DEAL || x->f.type == ENT_FACT_SUPPLY))
			c = x;
	}
	if (!c)
		return ENT_OK;
	for (i = s->t0 + 1; i + 1 < s->t1; i++)
		if (K(i)[0] == 't' && kis(d, i, "to") && kin_local(d, i + 1, w_help_v) &&
		    !negated(d, s, i + 1))
			break;
	/* the giver's purpose: a verb of supply before it (not "In order to
	 * strengthen its defence, Y is purchasing ...", the buyer's own) */
	if (i + 1 >= s->t1 || find_in(d, s->t0, i, w_supply_verb) == NONE)
		return ENT_OK;
	/* the purpose clause: to the end of the sentence or a ";" */
	for (end = i + 2; end < s->t1 && !kis(d, end, ";"); end++)
		;
	for (j = i + 2; j < end && j < i + 8; j++) {
		const mention *m = mention_at(d, s, j);
		if (kin_local(d, j, w_fight_n))
			named = 1;
		if (m && ent__is_state_mention(m) && !strcmp(m->code, c->f.recipient.s))
			named = 1;
	}
	if (!named)
		return ENT_OK;
	for (k = s->m0; k < s->m1 && !foe; k++) {
		const mention *m = M(d, k);
		if (m->t0 <= i + 1 || m->t0 >= end || !ent__is_state_mention(m) || m->gz == GZ_FIRM ||
		    !strcmp(m->code, c->f.recipient.s) || !strcmp(m->code, c->f.suppliers[0].s))
			continue;
		j = kis(d, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
		if (kis(d, j - 1, "against") || kis(d, j - 1, "from")) {
			foe = m;
			continue;
		}
		/* the noun of the fight after the demonym or possessive */
		j = m->t1 < end && kis(d, m->t1, "'s") ? m->t1 + 1 : m->t1;
		if (j < end && (m->gz == GZ_DEMONYM || m->possessive) && kin_local(d, j, w_foe_n))
			foe = m;
	}
	/* copies: making a candidate may move the array c is in */
	sup = c->f.suppliers[0];
	rec = c->f.recipient;
	y = code_mention(&rm, rec.s);
	if ((rc = add_stance1(d, s, code_mention(&sm, sup.s), y, ENT_POLARITY_SUPPORT, i, s->t1,
			      "stance.aid_purpose")))
		return rc;
	if (foe)
		return add_stance1(d, s, code_mention(&sm, sup.s), foe, ENT_POLARITY_OPPOSE, i,
				   s->t1, "stance.aid_purpose");
	return ENT_OK;
}

/* "the (Taliban, military) government (regime, junta, authorities) of Y"
 * from token j: Y, or NULL (stop 56). */
static const mention *government_of(const dctx *d, const span *s, size_t j)
{
	static const char *w_rule_n[] = {"government", "regime", "junta", "authorities",
					 "administration", NULL};
	size_t n, e = 0;
	const mention *y;
	if (j < s->t1 && kis(d, j, "the"))
		j++;
	for (n = 0; j < s->t1 && n < 2 && d->t.v[j].kind == TK_WORD && !mention_at(d, s, j) &&
		    !kin_local(d, j, w_rule_n);
	     j++, n++)
		;
	if (j + 2 >= s->t1 || !kin_local(d, j, w_rule_n) || !kis(d, j + 1, "of"))
		return NULL;
	y = named_state(d, s, j + 2, &e);
	return y && !y->possessive && y->gz != GZ_FIRM && y->gz != GZ_DEMONYM ? y : NULL;
}

/* A noun of a complaint filed with a body ("a complaint (lawsuit,
 * protest) with the UN against Y"), at i. */
static int filed_complaint_n(const dctx *d, size_t i)
{
	static const char *w_filed_n[] = {"complaint", "complaints", "lawsuit", "lawsuits",
					  "protest", "protests", NULL};
	return kin_local(d, i, w_filed_n);
}

/* "The remarks were slammed by the Yn government", "X slammed (rejected)
 * the remarks": remarks (comments, a statement) with "the / these" and no
 * owner are those of the person the text tied to a state last, in this
 * sentence or the one before; X opposes that state (stop 61). */
static int remarks_slammed(dctx *d, const span *s)
{
	static const char *w_remarks[] = {"remarks", "remark", "comments", "statement",
					  "statements", NULL};
	static const char *w_reject[] = {"rejected", "rejects", "dismissed", "dismisses", NULL};
	size_t i, e = 0;
	for (i = s->t0 + 1; i < s->t1; i++) {
		const mention *a = NULL, *p;
		size_t v = NONE;
		const char *k = K(i);
		/* the first two letters rule out most words */
		if (!((k[0] == 'r' && k[1] == 'e') || (k[0] == 'c' && k[1] == 'o') ||
		      (k[0] == 's' && k[1] == 't')) ||
		    d->t.v[i].keylen < 6)
			continue;
		if (!kin_local(d, i, w_remarks) || !(kis(d, i - 1, "the") || kis(d, i - 1, "these")))
			continue;
		if (i + 4 < s->t1 && KIN(d, i + 1, w_be) &&
		    (KIN(d, i + 2, w_oppose_v) || kin_local(d, i + 2, w_reject)) &&
		    kis(d, i + 3, "by")) {
			v = i + 2; /* "The remarks were slammed by X" */
			a = named_state(d, s, i + 4, &e);
		} else if (i >= s->t0 + 3 &&
			   (KIN(d, i - 2, w_oppose_v) || kin_local(d, i - 2, w_reject)) &&
			   !KIN(d, i - 3, w_be)) {
			v = i - 2; /* "X slammed the remarks" */
			a = stance_actor(d, s, v);
		}
		if (!a || a->gz == GZ_FIRM || a->possessive || !a->code)
			continue;
		if (!(p = latest_person(d, s, i - 1)) || !p->code || !strcmp(p->code, a->code))
			continue;
		return add_state_stance(d, s, a, p, ENT_POLARITY_OPPOSE, v, "stance.remarks");
	}
	return ENT_OK;
}

int rule_stance(dctx *d, const span *s)
{
	static const word_rule word_rules[] = {stance_oppose_words, stance_more, stance_round5,
					       stance_round7, stance_round8};
	size_t i, wr;
	int rc, has_drill = 0;
	if ((rc = invitation_revoked(d, s)) || (rc = group_defined(d, s)) ||
	    (rc = remarks_slammed(d, s)))
		return rc;
	/* before an interpretation's: "regarded Y's drills with concern" */
	for (i = s->t0 + 1; i < s->t1; i++) {
		if (K(i)[0] == 'w' && kis(d, i, "with") && (rc = seen_with_wariness(d, s, i)))
			return rc;
	}
	if (interpretation(d, s)) {
		/* an interpretation is no stance, but "X described the raid as
		 * a violation" is X's own judgement (active "described") */
		for (i = s->t0 + 1; i < s->t1; i++) {
			int hit;
			int active = (kis(d, i, "described") || kis(d, i, "describes") ||
				      kis(d, i, "describing")) &&
				     !KIN(d, i - 1, w_be) && !kis(d, i - 1, "been");
			if (active && (rc = stance_round7(d, s, i, &hit)))
				return rc;
			/* "X described the exercises as a provocation" (stop 41),
			 * "it regarded joint exercises by A and B as a threat"
			 * (stop 48) */
			int regard = (kis(d, i, "regarded") || kis(d, i, "regards") ||
				      kis(d, i, "viewed") || kis(d, i, "views")) &&
				     !KIN(d, i - 1, w_be) && !kis(d, i - 1, "been");
			if ((active || regard) && !kis(d, i, "describing") &&
			    (rc = stance_judged_drill(d, s, i, &hit)))
				return rc;
			/* "X described (views, sees) Y as a key partner" */
			if (kin_local(d, i, w_see_as_v) && (rc = ally_named(d, s, i, &hit)))
				return rc;
			/* "X views this decision as a move by Y to escalate" */
			if (view_deed_word(d, i) && (rc = labelled_deed_by(d, s, i, &hit)))
				return rc;
			/* "was described as a threat by X", ", which X
			 * described as a provocation": X's own label */
			if ((kin_local(d, i, w_label_more_v) || KIN(d, i, w_oppose_v)) &&
			    (rc = passive_owner_label(d, s, i, &hit)))
				return rc;
			if (kis(d, i, "which") && (rc = relative_label(d, s, i, &hit)))
				return rc;
			/* "Both countries are viewed as key supporters of Y":
			 * the view is of the subject's own backing (stop 53) */
			if ((K(i)[0] == 's' || K(i)[0] == 'b') &&
			    (rc = supporters_of(d, s, i, &hit)))
				return rc;
		}
		return ENT_OK;
	}
	/* a drill named in the span: the rules of drills judged look for one */
	for (i = s->t0; i < s->t1 && !has_drill; i++)
		has_drill = KIN(d, i, w_exercise) || kis(d, i, "games");
	for (i = s->t0; i < s->t1; i++) {
		int verb = (KIN(d, i, w_support_v) ||
			    ((K(i)[0] == 'b' || K(i)[0] == 's') && plural_base_support(d, s, i))) &&
			   progressive_support(d, s, i),
		    opp = KIN(d, i, w_oppose_v) || (K(i)[0] == 'p' && protests_verb(d, s, i)) ||
			  (K(i)[0] == 's' && spoke_out_against(d, s, i)),
		    hit, rd;
		if (i > s->t0 + 1 && kis(d, i - 1, "for") && (rc = for_supporting(d, s, i)))
			return rc;
		/* "common", "shared", "mutual": six letters */
		if (d->t.v[i].keylen == 6 && (K(i)[0] == 'c' || K(i)[0] == 's' || K(i)[0] == 'm') &&
		    (rc = common_foe(d, s, i)))
			return rc;
		if ((verb || opp) && modifier_not_verb(d, s, i))
			verb = opp = 0;
		if ((verb || opp) && (stance_hedge(d, s, i) || motion_abstained(d, s, i)))
			continue; /* "may soon condemn Y", "is expected to back Y",
				   * "abstained on a resolution condemning Y" */
		if (i > s->t0 && kis(d, i - 1, ",") && (rc = angered_state(d, s, i)))
			return rc;
		/* "are critical of the exercise" (stop 40) */
		int critical = has_drill && K(i)[0] == 'c' && kis(d, i, "critical");
		if ((opp || critical) && (rc = stance_condemn_drills(d, s, i, &hit)))
			return rc;
		if ((opp || critical) && hit)
			continue;
		if (!opp && !verb && (rc = stance_cancel_drills(d, s, i, &hit)))
			return rc;
		if (!opp && !verb && hit)
			continue;
		hit = 0;
		if ((opp || KIN(d, i, w_oppose_n)) && (rc = stance_object_drill(d, s, i, &hit)))
			return rc;
		if (hit)
			continue;
		if (!opp && !verb && has_drill && (rc = stance_judged_drill(d, s, i, &hit)))
			return rc;
		if (hit)
			continue;
		if (!opp && (K(i)[0] == 'b' || K(i)[0] == 's' || K(i)[0] == 'e') &&
		    (rc = not_backing_effort(d, s, i, &hit)))
			return rc;
		if (hit)
			continue;
		/* cheap looks first: "rej-", "dec-" and verbs in -ed */
		rd = (K(i)[0] == 'r' && K(i)[1] == 'e' && K(i)[2] == 'j') ||
		     (K(i)[0] == 'd' && K(i)[1] == 'e' && K(i)[2] == 'c');
		if ((opp || rd || KIN(d, i, w_oppose_n)) &&
		    (rc = target_in_object(d, s, i, opp, &hit)))
			return rc;
		if (hit)
			continue;
		/* a passive: a form of "be" (or "and") right before */
		if ((opp || rd || (d->t.v[i].keylen > 5 && K(i)[d->t.v[i].keylen - 1] == 'd' &&
				    kin_local(d, i, w_label_more_v))) &&
		    (rc = passive_owner_label(d, s, i, &hit)))
			return rc;
		if (hit)
			continue;
		if (K(i)[0] == 'w' && K(i)[1] == 'h' && K(i)[2] == 'i' && i > s->t0 &&
		    (rc = relative_label(d, s, i, &hit)))
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
		if (!hit && ((K(i)[0] == 't' && K(i)[1] == 'o') || (K(i)[0] == 'a' && K(i)[1] == 'c')) &&
		    (rc = not_tolerate(d, s, i, &hit)))
			return rc;
		if (!hit && K(i)[0] == 'p' && K(i)[1] == 'r' && (rc = pressure_on(d, s, i, &hit)))
			return rc;
		if (!hit &&
		    ((K(i)[0] == 'i' && K(i)[1] == 'm') || (K(i)[0] == 's' && K(i)[1] == 'u')) &&
		    (rc = sale_improves(d, s, i, &hit)))
			return rc;
		if (!hit && (K(i)[0] == 'c' || K(i)[0] == 'p' || K(i)[0] == 'o') &&
		    (rc = criticism_from(d, s, i, &hit)))
			return rc;
		if (!hit && K(i)[0] == 'v' && K(i)[1] == 'e' && (rc = veto_sponsor(d, s, i, &hit)))
			return rc;
		if (!hit && K(i)[0] == 'd' && K(i)[1] == 'i' && (rc = diplomatic_row(d, s, i, &hit)))
			return rc;
		if (!hit && view_deed_word(d, i) && (rc = labelled_deed_by(d, s, i, &hit)))
			return rc;
		if (!hit && K(i)[0] == 'v' && K(i)[1] == 'i' && (rc = negative_view(d, s, i, &hit)))
			return rc;
		if (!hit && K(i)[0] == 'f' && K(i)[1] == 'o' && (rc = costs_for(d, s, i, &hit)))
			return rc;
		if (!hit && ((K(i)[0] == 'p' && K(i)[1] == 'a') || (K(i)[0] == 'r' && K(i)[1] == 'o')) &&
		    (rc = wrong_path(d, s, i, &hit)))
			return rc;
		if (!hit && (K(i)[0] == 's' || K(i)[0] == 'b' || K(i)[0] == 'p') &&
		    (rc = possessor_backer(d, s, i, &hit)))
			return rc;
		if (!hit && ((K(i)[0] == 's' && K(i)[1] == 'u') ||
			     (K(i)[0] == 'b' && K(i)[1] == 'a')) &&
		    (rc = supporters_of(d, s, i, &hit)))
			return rc;
		if (!hit && K(i)[0] == 'r' && K(i)[1] == 'e' && (rc = vowed_response(d, s, i, &hit)))
			return rc;
		if (!hit && K(i)[0] == 'w' && K(i)[1] == 'h' && (rc = what_called(d, s, i, &hit)))
			return rc;
		if (!hit &&
		    ((K(i)[0] == 'm' && K(i)[1] == 'o') || (K(i)[0] == 's' && K(i)[1] == 't') ||
		     (K(i)[0] == 'd' && K(i)[1] == 'e') || (K(i)[0] == 'w' && K(i)[1] == 'h')) &&
		    (rc = move_called(d, s, i, &hit)))
			return rc;
		if (!hit && K(i)[0] == 'v' && K(i)[1] == 'o' && (rc = voted_for_bid(d, s, i, &hit)))
			return rc;
		if (!hit && (K(i)[0] == 'r' || K(i)[0] == 'a' || K(i)[0] == 'e' || K(i)[0] == 's') &&
		    (rc = ratified_membership(d, s, i, &hit)))
			return rc;
		if (!hit && support_word(d, i) && (rc = support_phrases(d, s, i, &hit)))
			return rc;
		if (!hit && tie_apposition_word(d, i) && (rc = tie_apposition(d, s, i, &hit)))
			return rc;
		if (!hit && K(i)[0] == 'a' && kis(d, i, "anti") && (rc = anti_label(d, s, i, &hit)))
			return rc;
		if (!hit && (K(i)[0] == 'c' || K(i)[0] == 'w' || K(i)[0] == 'o') &&
		    (rc = concerns_raised_with(d, s, i, &hit)))
			return rc;
		if (!hit && KIN(d, i, w_attitude) && (rc = stance_attitude(d, s, i, &hit)))
			return rc;
		if (!hit && label_word(d, i) && (rc = labelled_deed(d, s, i, &hit)))
			return rc;
		if (!hit && (K(i)[0] == 'a' || K(i)[0] == 'c') && K(i)[1] == 'l' &&
		    (rc = alleged_deed(d, s, i, &hit)))
			return rc;
		if (!hit && ((K(i)[0] == 'v' && K(i)[1] == 'i' && K(i)[2] == 'o') ||
			     (K(i)[0] == 'b' && K(i)[1] == 'r' && K(i)[2] == 'e')) &&
		    (rc = violating_deed(d, s, i, &hit)))
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
		if (KIN(d, i, w_oppose_n) && op + 2 < s->t1 &&
		    (kis(d, op, "at") || kis(d, op, "in") ||
		     (kis(d, op, "with") && filed_complaint_n(d, i)))) {
			/* "lodged a lawsuit at an international court in
			 * Geneva against Moscow": over a place (stop 41);
			 * "lodged a complaint with the African Union against
			 * Y": over the body it is lodged with (stop 56); "...
			 * with the UN Security Council over Yn violations"
			 * (stop 57) */
			size_t q = word_ahead(d, s, op, "against", "-");
			if (q == NONE && kis(d, op, "with") && !name_after_the(d, s, op + 1))
				q = word_ahead(d, s, op, "over", "-"); /* not "with Y over" */
			if (q != NONE)
				op = q;
		}
		if (KIN(d, i, w_oppose_n) && op < s->t1 &&
		    (KIN(d, op, w_oppose_prep) || in_response_to(d, s, op) != NONE) &&
		    !negated(d, s, i) && !objection_dropped(d, s, i)) {
			/* "Tehran's skepticism of Baku's ties", "Iranian criticism of
			 * Azerbaijan", "X raised objections to Y", "issued a firm
			 * condemnation on Saturday in response to Israel's strikes" */
			size_t r = KIN(d, op, w_oppose_prep) ? op + 1 : in_response_to(d, s, op);
			const mention *a = actor_before(d, s, i, 2, 0);
			if (a && a->gz == GZ_DEMONYM && a->t1 != i)
				a = NULL; /* "a Japanese diplomat to protest": no critic */
			const mention *t = actor_after(d, s, r, 1, 1), *t2 = NULL;
			if (!t && r < s->t1 && KIN(d, r, w_det)) {
				/* "objections to a proposed $1.3 billion U.S. arms
				 * deal": over up to two words and a sum, the state
				 * that owns the deal (stop 40) */
				size_t q = r + 1, n;
				for (n = 0; q < s->t1 && n < 2 && d->t.v[q].kind == TK_WORD &&
					    !d->t.v[q].upper;
				     n++)
					q++;
				q = money_end(d, s, q);
				if ((t = actor_after(d, s, q, 0, 0)) != NULL &&
				    !(t->t1 + 2 < s->t1 && (KIN(d, t->t1, w_deal_noun) ||
							    KIN(d, t->t1 + 1, w_deal_noun))))
					t = NULL;
			}
			if (!t)
				t = demonym_act(d, s, r);
			if (!t)
				t = agent_of_object(d, s, r); /* "protests against the use of force by X" */
			if (!t) {
				/* "opposition to the pact between X and Y", "protests
				 * against the Franco-Greek pact" */
				t = tie_between(d, s, r, &t2);
				if (!t)
					t = tie_of_names(d, s, r, &t2);
			}
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
			if (!a)
				a = steadfast_in_its(d, s, i); /* "made no secret of its
								* hostility toward Y" */
			if (t && trade_measure_of(d, s, t))
				continue; /* "complaints against X's high tariffs" */
			if (a && a->gz != GZ_FIRM &&
			    (rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
					     "stance.oppose_noun")))
				return rc;
			if (a && a->gz != GZ_FIRM && t && !t2 &&
			    (rc = add_chain_rest(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
						 "stance.tie_between")))
				return rc; /* "protested against the Russia-China-Iran axis" */
			if (a && a->gz != GZ_FIRM && t2 &&
			    ((rc = add_stance(d, s, a, t2, ENT_POLARITY_OPPOSE, i, s->t1,
					      "stance.tie_between")) ||
			     (rc = add_chain_rest(d, s, a, t2, ENT_POLARITY_OPPOSE, i, s->t1,
						  "stance.tie_between"))))
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
		if (((K(i)[0] == 'd' && K(i)[1] == 'e' && K(i)[2] == 'm') ||
		     (i + 1 < s->t1 && kis(d, i + 1, "that") &&
		      (K(i)[0] == 's' || K(i)[0] == 'i' || K(i)[0] == 'u')))) {
			if ((rc = demand_that(d, s, i, &hit)))
				return rc;
			if (hit)
				continue;
		}
		{
			/* the first and last letters rule out most words before
			 * the three lists below are asked (stop 48) */
			size_t kl = d->t.v[i].keylen;
			char f0 = K(i)[0], fl = kl ? K(i)[kl - 1] : 0;
			if (kl >= 4 && (f0 == 'h' || f0 == 'w' || f0 == 'e') &&
			    (fl == 'd' || fl == 's' || fl == 'e' || fl == 't')) {
				if ((rc = hoped_to_reverse(d, s, i, &hit)))
					return rc;
				if (hit)
					continue;
			}
			if (kl >= 4 && (fl == 'd' || fl == 's' || fl == 'm') &&
			    (f0 == 'c' || f0 == 's' || f0 == 'a' || f0 == 'i' || f0 == 'm')) {
				if ((rc = violation_claimed(d, s, i, &hit)))
					return rc;
				if (hit)
					continue;
			}
			if (kl >= 3 && (f0 == 'a' || f0 == 'p' || f0 == 'l') &&
			    (fl == 'd' || fl == 's' || fl == 'w' || fl == 't')) {
				if ((rc = allowed_forces(d, s, i, &hit)))
					return rc;
				if (hit)
					continue;
			}
		}
		if ((KIN(d, i, w_call) || appeal_to(d, s, i)) && !negated(d, s, i)) {
			/* "X called on Y to end its occupation", "X urged Y to
			 * stop", "X (made a direct appeal) appealed to Y to stop" */
			size_t j = i + 1;
			const mention *a, *t, *y;
			if (j < s->t1 && (kis(d, j, "on") || kis(d, j, "to")))
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
			size_t tag = j + (j < s->t1 && kis(d, j, "the") ? 1 : 0);
			if (!t && tag + 1 < s->t1 && kis(d, tag, "#") &&
			    (t = actor_after(d, s, tag + 1, 0, 1)) != NULL)
				te = t->t1; /* "call on the #US": a tag (stop 39) */
			const mention *tv[4];
			size_t nt = 0, q;
			if (t)
				te = more_callees(d, s, t, te, tv, &nt);
			if (t) {
				/* "called on the United States on Tuesday (Jul 9) to
				 * withdraw": past a time and its aside (stop 48) */
				size_t pq = past_time_words(d, s, te), r;
				if (pq > te && pq < s->t1 && kis(d, pq, "(")) {
					for (r = pq + 1; r < s->t1 && r < pq + 6 && !kis(d, r, ")"); r++)
						;
					if (r < s->t1 && kis(d, r, ")"))
						pq = r + 1;
				}
				te = pq;
			}
			/* "called on the US and its allies to stop": the
			 * allies named by no name (stop 39) */
			if (t && te + 3 < s->t1 && kis(d, te, "and") &&
			    (kis(d, te + 1, "its") || kis(d, te + 1, "their")) &&
			    (kis(d, te + 2, "allies") || kis(d, te + 2, "partners")))
				te += 3;
			/* "urged Y “to comply ...”": a quote mark before "to" */
			if (t && te + 1 < s->t1 && quote_mark(d, te) && kis(d, te + 1, "to"))
				te++;
			/* "to immediately cease", "to swiftly end": one adverb */
			size_t sv = t ? te + 1 : 0;
			if (t && sv + 1 < s->t1 && ly_adverb(d, sv))
				sv++;
			if (t && sv + 1 < s->t1 && quote_mark(d, sv))
				sv++; /* "urged Y to “renounce ...”" */
			if (t && (y = sale_urged_against(d, s, te)) != NULL) {
				/* "urged the US government against selling Y
				 * F-16s": the caller opposes the buyer; the
				 * subject of "X visited Z while urging ..." */
				a = subject_before(d, s, i);
				if (!a)
					a = stance_actor(d, s, i);
				if (a && strcmp(a->code, y->code) &&
				    (rc = add_stance(d, s, a, y, ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.call_against_sale")))
					return rc;
			} else if (t && sv < s->t1 &&
			    ((kis(d, te, "to") && (KIN(d, sv, w_stop) || call_to_comply(d, s, sv))) ||
			     not_meddle(d, s, te) ||
			     /* "urged China to exercise (show) restraint": one
			      * state told to hold back (not "X and Y", both
			      * sides; stop 50) */
			     (nt == 1 && kis(d, te, "to") && sv + 1 < s->t1 &&
			      (kis(d, sv, "exercise") || kis(d, sv, "show")) &&
			      kis(d, sv + 1, "restraint")))) {
				a = stance_actor(d, s, i);
				for (q = 0; q < nt; q++)
					if ((rc = add_stance(d, s, a, tv[q], ENT_POLARITY_OPPOSE, i,
							     s->t1, "stance.call_to_stop")))
						return rc;
			} else if (t && sv + 2 < s->t1 && kis(d, te, "to") &&
				   (kis(d, sv, "recognise") || kis(d, sv, "recognize") ||
				    kis(d, sv, "accept") || kis(d, sv, "respect"))) {
				/* "urged the Belgrade government to accept the
				 * independence of Kosovo", "called on X to respect
				 * Y's sovereignty": the caller backs Y */
				y = recognised_state(d, s, sv + 1);
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
		if (kis(d, i, "despite") ||
		    ((K(i)[0] == 'd' || K(i)[0] == 'i') &&
		     (kis(d, i, "defying") || kis(d, i, "ignoring") || kis(d, i, "disregarding")))) {
			/* "India signed the deal despite warnings from the US",
			 * "despite Beijing's objections, Manila signed": the
			 * warner opposes the one who went ahead; "threats"
			 * and "disregarding (ignoring, defying) warnings by
			 * X" too (stop 41) */
			static const char *warn[] = {"warnings", "warning", "objections", "objection",
						     "opposition", "protests", "criticism", "pressure",
						     "reservations", "threats", "threat", NULL};
			size_t j = i + 1, n = 0;
			const mention *a = NULL, *t = NULL;
			while (j < s->t1 && n < 4 && !kin(d, j, warn) && !kis(d, j, ",")) {
				j++;
				n++;
			}
			if (j < s->t1 && kin(d, j, warn)) {
				/* "Beijing's objections", "US objections" */
				a = actor_before(d, s, j, 1, 0);
				if (a && !(a->t0 > i && (a->possessive || a->t1 == j)))
					a = NULL;
				/* "from the (then) Trump administration" */
				if (!a && j + 1 < s->t1 && (kis(d, j + 1, "from") || kis(d, j + 1, "by")))
					a = actor_after(d, s, j + 2,
							j + 3 < s->t1 && kis(d, j + 3, "then") ? 2 : 1, 1);
			}
			/* "despite warnings from Brussels and Washington": each
			 * warner of the list */
			const mention *wl[4];
			size_t nw = 0, q, e = 0;
			if (a) {
				wl[nw++] = a;
				for (q = a->t1; nw < 4 && q + 1 < s->t1 &&
						(kis(d, q, "and") || kis(d, q, ","));) {
					const mention *m = named_state(d, s, q + 1, &e);
					if (!m || m->possessive || m->gz == GZ_DEMONYM)
						break;
					wl[nw++] = m;
					q = m->t1;
				}
			}
			if (a && (i == s->t0 || kis(d, i - 1, ","))) {
				/* the subject right after the phrase's comma ("In
				 * recent years, despite warnings from X, Y has ...") */
				size_t c = find_in(d, j, s->t1, w_comma);
				if (c != NONE)
					t = actor_after(d, s, c + 1, 1, 1);
			}
			if (a && !t && i != s->t0)
				t = subject_before(d, s, i);
			/* "Norway, Ireland, Spain, and Slovenia have recognized
			 * Y, despite strong Xn opposition": each state of the
			 * subject's list (stop 62) */
			const mention *tl[6];
			size_t nt = t ? coordinated(d, s, t, tl, 6) : 0, r;
			if (nt < 1 && t) {
				tl[0] = t;
				nt = 1;
			}
			for (q = 0; q < nw && t; q++)
				for (r = 0; r < nt; r++) {
					if (wl[q]->gz == GZ_FIRM)
						continue;
					rc = add_stance(d, s, wl[q], tl[r], ENT_POLARITY_OPPOSE, i,
							s->t1, "stance.despite_warnings");
					if (rc)
						return rc;
				}
			continue;
		}
		if (K(i)[0] == 'w' && kis(d, i, "wrong") && i > s->t0 + 1 && KIN(d, i - 1, w_be) &&
		    !negated(d, s, i)) {
			/* "Peskov said ... that the U.S. and its European allies
			 * were wrong to think ...": the speaker opposes the state
			 * said to be wrong (stance.said_wrong) */
			size_t b = i - 1, q, say = NONE;
			const mention *t, *a = NULL;
			if (b > s->t0 + 3 && kin_local(d, b - 1, w_allies_n) && kis(d, b - 3, "its"))
				b -= 3; /* "and its allies" */
			else if (b > s->t0 + 4 && kin_local(d, b - 1, w_allies_n) &&
				 kis(d, b - 4, "its"))
				b -= 4; /* "and its European allies" */
			if (b > s->t0 && kis(d, b - 1, "and"))
				b--;
			t = actor_before(d, s, b, 0, 1);
			if (t && !t->possessive && t->gz != GZ_FIRM) {
				for (q = s->t0; q < t->t0 && say == NONE; q++)
					if (KIN(d, q, w_speech_verb))
						say = q; /* "Peskov said ... adding that" */
				if (say != NONE)
					a = sayer(d, s, say);
			}
			if (a && a->gz != GZ_FIRM && a->code && strcmp(a->code, t->code) != 0 &&
			    (rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
					     "stance.said_wrong")))
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
			    (KIN(d, v, w_stop) || kis(d, v, "discontinue") || not_meddle(d, s, v) ||
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
				if (nc && !a && say != NONE && say > s->t0 && kis(d, say - 1, "and"))
					a = subject_before(d, s, say); /* "X reacted ... and said" */
				for (r = 0; a && a->gz != GZ_FIRM && r < nc; r++)
					if ((rc = add_stance(d, s, a, c[r], ENT_POLARITY_OPPOSE, i, s->t1,
							     "stance.must_stop")))
						return rc;
				if (a)
					continue;
			}
		}
		/* "sanctions on (against, targeting) Y" (targeting: stop 35) */
		int on_y = KIN(d, i, w_sanction_n) && i + 2 < s->t1 &&
			   (kis(d, i + 1, "on") || kis(d, i + 1, "against") ||
			    kis(d, i + 1, "targeting") || kis(d, i + 1, "targetting"));
		size_t law_on = on_y ? NONE : sanctions_under_law(d, s, i);
		if (KIN(d, i, w_sanction_n) && i + 2 < s->t1 &&
		    (on_y || law_on != NONE ||
		     (kin(d, i + 1, w_not_name) && d->t.v[i + 1].upper &&
		      (kis(d, i + 2, "on") || kis(d, i + 2, "against"))))) {
			/* "imposed sanctions Thursday on Y": the day is passed
			 * over; so is the law of "sanctions citing CAATSA on Y" */
			size_t o = on_y ? i + 1 : law_on != NONE ? law_on : i + 2;
			const mention *own; /* the state whose sanctions they are */
			/* "The US imposed sanctions on China"; "extended (kept,
			 * maintained, tightened) sanctions on Y" */
			static const char *w_keep_v[] = {
				"extended", "extends", "extend", "extending", "maintained",
				"maintains", "maintain", "maintaining", "kept", "keeps", "keep",
				"keeping", "tightened", "tightens", "tighten", "tightening",
				"expanded", "expands", "expand", "expanding", "prolonged",
				"prolongs", "prolong",
				/* "X joined (the) EU sanctions against Y" (stop 53) */
				"joined", "joins", "join", "joining", NULL};
			size_t v = i, n = 0;
			const mention *bm;
			while (v > s->t0 && n < 3 && !KIN(d, v - 1, w_impose) &&
			       !kin_local(d, v - 1, w_keep_v) && !kis(d, v - 1, "for") &&
			       ((d->t.v[v - 1].kind == TK_WORD && !d->t.v[v - 1].upper) ||
				((bm = mention_at(d, s, v - 1)) != NULL && bm->gz == GZ_BLOC &&
				 bm->t1 == v))) {
				v--;
				n++;
			}
			static const char *w_block_v[] = {"vetoed", "vetoes", "veto", "blocked",
							  "blocks", "block", "rejected", "rejects",
							  "opposed", "opposes", "against", NULL};
			/* "vetoed a bid to extend the embargo on Y": an extension
			 * blocked is none */
			int blocked = v > s->t0 + 1 && kin_local(d, v - 1, w_keep_v) &&
				      kis(d, v - 2, "to") &&
				      find_in(d, v > s->t0 + 7 ? v - 7 : s->t0, v - 2, w_block_v) !=
					      NONE;
			if (!blocked && v > s->t0 &&
			    (KIN(d, v - 1, w_impose) || kin_local(d, v - 1, w_keep_v)) &&
			    !negated(d, s, v - 1)) {
				size_t mn = sanctions_voted_down(d, s, v - 1);
				const mention *a = mn ? motion_sponsor(d, s, mn - 1)
						      : stance_actor(d, s, v - 1);
				const mention *t = actor_after(d, s, o + 1, 1, 1);
				mention fm;
				if (!t) {
					/* "sanctions on Lockheed Martin": the firm's state */
					const mention *f = mention_at(d, s, o + 1);
					if (f && f->t0 == o + 1 && f->gz == GZ_FIRM && f->code &&
					    f->code[0])
						t = code_mention(&fm, f->code);
				}
				if (!t) {
					/* "sanctions on a key Turkish defence agency" */
					size_t j = o + 1, e = 0, na = 0;
					if (j < s->t1 && KIN(d, j, w_det))
						j++;
					while (j < s->t1 && na < 2 && d->t.v[j].kind == TK_WORD &&
					       !d->t.v[j].upper) {
						j++;
						na++;
					}
					t = state_before_noun(d, s, j, &e);
				}
				if (t && place_based(d, s, t))
					t = NULL; /* "sanctions on a China-based refinery" */
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
			} else if ((v = sanctions_backed(d, s, i)) != NONE) {
				/* "X endorsed an extension of the UN arms embargo on Y" */
				const mention *a = stance_actor(d, s, v);
				const mention *t = actor_after(d, s, i + 2, 1, 1);
				if (!a)
					a = bloc_subject(d, s, v); /* "The GCC endorsed" */
				if ((rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.sanctions_backed")))
					return rc;
			} else if (o == i + 1 && (own = state_ending_at(d, s, i, 1)) != NULL &&
				   !negated(d, s, i) && !ban_lifted_before(d, s, own)) {
				/* "US sanctions against Russia would remain",
				 * "Washington's sanctions on Iran": the state that
				 * owns them imposes them (stop 35) */
				if ((rc = add_stance(d, s, own, actor_after(d, s, o + 1, 1, 1),
						     ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.sanctions_owner")))
					return rc;
			}
			continue;
		}
		if ((kis(d, i, "blockade") || kis(d, i, "blockades") || kis(d, i, "boycott") ||
		     kis(d, i, "boycotts")) &&
		    i + 2 < s->t1 &&
		    (kis(d, i + 1, "on") || kis(d, i + 1, "against") || kis(d, i + 1, "of"))) {
			/* "X imposed an air, sea and land blockade on Y", "A, B
			 * and C have imposed a boycott on Y" (stop 35); "X
			 * supported (joined) a four-nation boycott of Y" (stop
			 * 36) */
			static const char *w_back_v[] = {"supported", "supports", "backed", "backs",
							 "endorsed", "endorses", "joined", "joins",
							 "led", "leads", NULL};
			size_t v = i, n = 0;
			while (v > s->t0 && n < 6 && !KIN(d, v - 1, w_impose) &&
			       !kin_local(d, v - 1, w_back_v) &&
			       (kis(d, v - 1, ",") || kis(d, v - 1, "-") ||
				(d->t.v[v - 1].kind == TK_WORD && !d->t.v[v - 1].upper))) {
				v--;
				n++;
			}
			if (v > s->t0 &&
			    (KIN(d, v - 1, w_impose) ||
			     (kin_local(d, v - 1, w_back_v) && !(v > s->t0 + 1 && kis(d, v - 2, "to")))) &&
			    !negated(d, s, v - 1)) {
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
				/* "..., Defense Secretary Gilberto Teodoro Jr. said":
				 * the speaker after the words (stop 60) */
				for (k = t->t1 + 2; k < s->t1 && !a; k++) {
					const mention *p = person_at(d, k);
					size_t e = p ? p->t1 : k;
					if (p && e + 2 < s->t1 &&
					    (kis(d, e, "jr") || kis(d, e, "sr")) &&
					    kis(d, e + 1, "."))
						e += 2;
					if (p && e < s->t1 && KIN(d, e, w_speech_verb))
						a = p;
				}
				if ((rc = add_stance(d, s, a, t, ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.none_of_business")))
					return rc;
			}
			continue;
		}
		if (kis(d, i, "back") && i > s->t0 && KIN(d, i - 1, w_modal) && !negated(d, s, i)) {
			/* "Washington will back New Delhi's efforts" */
			if ((rc = backs_state_at(d, s, i, i + 1, "stance.will_back")))
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
		if (K(i)[0] == 't' && i + 4 < s->t1 &&
		    (kis(d, i, "taken") || kis(d, i, "took") || kis(d, i, "take") ||
		     kis(d, i, "takes") || kis(d, i, "taking")) &&
		    kis(d, i + 1, "the") && kis(d, i + 2, "side") && kis(d, i + 3, "of") &&
		    !negated(d, s, i)) {
			/* "Italy has taken the side of Egypt, Greece and Cyprus
			 * in a maritime crisis": each listed state is backed */
			const mention *ts[6];
			const mention *a = stance_actor(d, s, i);
			size_t e = 0, q, nt = listed_states(d, s, i + 4, ts, 6, &e);
			for (q = 0; q < nt; q++)
				if ((rc = add_stance(d, s, a, ts[q], ENT_POLARITY_SUPPORT, i, s->t1,
						     "stance.side_with")))
					return rc;
			continue;
		}
		if ((kis(d, i, "stands") || kis(d, i, "stood") || kis(d, i, "stand") ||
		     kis(d, i, "standing")) &&
		    i + 3 < s->t1 && kis(d, i + 1, "up") && kis(d, i + 2, "for") && !negated(d, s, i)) {
			/* "Germany has always stood up for Israel('s security)" */
			if ((rc = backs_state_at(d, s, i, i + 3, "stance.side_with")))
				return rc;
			continue;
		}
		if ((kis(d, i, "stands") || kis(d, i, "stood") || kis(d, i, "sided") ||
		     kis(d, i, "sides") || kis(d, i, "stand")) && i + 2 < s->t1 &&
		    stand_in_support(d, s, i)) {
			/* "stand (together) in support of Y", "stand together
			 * with Y" (stance.side_with) */
			if ((rc = backs_state_at(d, s, i, stand_in_support(d, s, i),
						 "stance.side_with")))
				return rc;
			continue;
		}
		if ((kis(d, i, "stands") || kis(d, i, "stood") || kis(d, i, "sided") ||
		     kis(d, i, "sides") || kis(d, i, "stand") || kis(d, i, "siding")) &&
		    i + 2 < s->t1 &&
		    (kis(d, i + 1, "with") || kis(d, i + 1, "by") ||
		     (ly_adverb(d, i + 1) && (kis(d, i + 2, "with") || kis(d, i + 2, "by"))) ||
		     abreast_with(d, s, i + 1)) &&
		    !negated(d, s, i)) {
			/* "Turkey stands with Azerbaijan", "stood firmly by
			 * Azerbaijan", "stand shoulder to shoulder with
			 * Azerbaijan" */
			size_t ab = abreast_with(d, s, i + 1);
			size_t w = ab ? ab : ly_adverb(d, i + 1) ? i + 2 : i + 1;
			const mention *a = stance_actor(d, s, i);
			const mention *t = actor_after(d, s, w + 1, 1, 1), *ts[6];
			size_t nt, q, le = 0;
			if (kis(d, i, "siding") && !(i > s->t0 && KIN(d, i - 1, w_be))) {
				/* "slamming Armenia for siding with Greece and
				 * Cyprus": the one blamed sides with each ("A and
				 * B are siding with Y" is the subject's) */
				const mention *f = i > s->t0 + 1 && kis(d, i - 1, "for")
							   ? actor_before(d, s, i - 1, 0, 1)
							   : NULL;
				if (!f || f->t1 != i - 1 || f->possessive)
					continue;
				nt = listed_states(d, s, w + 1, ts, 6, &le);
				for (q = 0; q < nt; q++)
					if ((rc = add_stance(d, s, f, ts[q], ENT_POLARITY_SUPPORT, i,
							     s->t1, "stance.side_with")))
						return rc;
				continue;
			}
			if (!t)
				t = state_np(d, s, w + 1, NULL); /* "with the people of Iran" */
			if (!t) {
				/* "with the Armenian people (nation, navy)" */
				size_t e = 0;
				t = thanked_body(d, s, w + 1, &e);
				if (!t && (t = named_state(d, s, w + 1, &e)) &&
				    !(t->gz == GZ_DEMONYM && e < s->t1 && kis(d, e, "nation")))
					t = NULL;
			}
			if ((rc = add_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, s->t1,
					     "stance.side_with")))
				return rc;
			if (a && t && !t->possessive && t->t1 + 1 < s->t1 &&
			    kis(d, t->t1, "against")) {
				/* "X sided with Y against Z": X opposes Z (stop 58) */
				const mention *z = actor_after(d, s, t->t1 + 1, 1, 1);
				if (z && !z->possessive && z->gz != GZ_DEMONYM &&
				    strcmp(z->code, a->code) &&
				    (rc = add_stance(d, s, a, z, ENT_POLARITY_OPPOSE, i, s->t1,
						     "stance.side_with")))
					return rc;
			}
			continue;
		}
		if ((kis(d, i, "recognize") || kis(d, i, "recognise")) && i >= s->t0 + 2 &&
		    kis(d, i - 1, "to") && (rc = refusal_to_recognise(d, s, i)))
			return rc;
		if ((kis(d, i, "recognize") || kis(d, i, "recognise") || kis(d, i, "recognizes") ||
		     kis(d, i, "recognises") ||
		     ((kis(d, i, "recognized") || kis(d, i, "recognised")) && i > s->t0 &&
		      !KIN(d, i - 1, w_be) && !kis(d, i - 1, "been"))) &&
		    negated(d, s, i)) {
			/* "Pakistan does not recognize Armenia", "has not
			 * (officially) recognized Armenia's independence": no
			 * recognition is opposition (not the passive "has not
			 * been recognized by") */
			const mention *t = government_of(d, s, i + 1);
			if (!t)
				t = actor_after(d, s, i + 1, 1, 1);
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
		int noun = KIN(d, i, w_support_n) ||
			   (K(i)[0] == 'a' && (K(i)[1] == 's' || K(i)[1] == 'i') &&
			    assistance_offered(d, s, i) != NONE),
		    conc = KIN(d, i, w_concern);
		size_t next;
		const mention *a, *t;
		mention party;
		if (!(verb || opp || noun || conc))
			continue;
		if (negated(d, s, i))
			continue;
		/* "warned X against sending military support to Y" */
		if (noun && warned_against(d, s, i))
			continue;
		/* "will provide technical (maintenance) support to Y": a
		 * service sold (a term of weapons.tsv), no backing */
		if (noun && in_weapon(d, s, i))
			continue;
		next = find_in(d, i + 1, s->t1, w_support_n);
		if (next == NONE)
			next = s->t1;
		if (noun) {
			/* "X's support for Y", "Turkish support to Y"; "support" used
			 * as a verb: "X and Y support Z" */
			size_t j = i + 1;
			int via;
			if ((rc = with_support_of(d, s, i, next, &via)))
				return rc;
			if (via)
				continue;
			if (i > s->t0 &&
			    (kis(d, i - 1, "to") || ly_adverb(d, i - 1) || skip_quote(d, i - 1)) &&
			    (rc = will_to_support(d, s, i, next, &via)))
				return rc;
			if (via)
				continue;
			a = actor_before(d, s, i, 3, 0);
			/* "providing military aid to Y and financial support
			 * for Z": Y receives the first object, and gives
			 * nothing (stop 43) */
			if (a && a->t0 > s->t0 && a->t1 < i && kis(d, a->t0 - 1, "to") &&
			    kis(d, a->t1, "and"))
				continue;
			if (!a)
				a = support_giver(d, s, i);
			if (!a)
				a = subject_of_noun(d, s, i);
			if (!a && i > s->t0 + 1 && kin_local(d, i - 1, w_vow_v))
				/* "Turkish President Recep Tayyip Erdogan vowed
				 * support to Kyiv": the subject of the verb, a
				 * titled person further back */
				a = stance_actor(d, s, i - 1);
			if (kis(d, i, "backing") && i > s->t0 + 1 && kis(d, i - 1, "by"))
				/* "X angered Y by backing Z": the subject of the
				 * clause backs Z, not the state before "by" */
				a = subject_before(d, s, i - 1);
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
			if (a && i >= s->t0 + 2 && thanked_for_its(d, s, a, i)) {
				/* "The Philippines thanked Japan for its support": Japan
				 * supports the one who thanks */
				static const char *thank[] = {"thanked", "thanks", "praised", "commended",
							      "hailed", "lauded", "appreciated", NULL};
				size_t tv = a->t0 - 1;
				if (kis(d, tv, "the") && tv > s->t0)
					tv--; /* "thanked the Yn government" */
				if (kin(d, tv, thank)) {
					t = stance_actor(d, s, tv);
					if ((rc = add_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, next,
							     "stance.thanks")))
						return rc;
					/* and the one who thanks backs the
					 * state thanked (gratitude is approval) */
					if (t && (rc = add_stance(d, s, t, a, ENT_POLARITY_SUPPORT, i,
								  next, "stance.thanks")))
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
					code_mention(&x, ana[0]);
					code_mention(&y, ana[1]);
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
			     reciprocal_at(d, s, j + 1)) ||
			    reciprocal_after(d, s, j)) {
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
			if (j + 1 < s->t1 && quote_mark(d, j) && kis(d, j + 1, "for"))
				j++; /* "X's \"invariable support\" for Y" */
			if (j + 1 < s->t1 && (kis(d, j, "anew") || kis(d, j, "again")) &&
			    (kis(d, j + 1, "for") || kis(d, j + 1, "to")))
				j++; /* "expressing their support anew for Y" (stop 67) */
			if (j + 2 < s->t1 &&
			    (kis(d, j, "needed") || kis(d, j, "necessary") || kis(d, j, "required")) &&
			    kis(d, j + 1, "to"))
				j++; /* "all the support needed to strengthen Y's ..." */
			if (j + 1 < s->t1 && kis(d, j, "and") && KIN(d, j + 1, w_support_n))
				j += 2; /* "its solidarity and support with Y" */
			if (j + 1 < s->t1 && kis(d, j, "from") &&
			    (!a || !a->possessive || a->t1 + 4 < i)) {
				/* "X received (noted the) strong backing from Y and
				 * Z": Y and Z back X, the clause's subject (also
				 * "X's government", not "X's support from") */
				if ((rc = support_from(d, s, i, j + 1, next)))
					return rc;
				continue;
			}
			if (j < s->t1 && kis(d, j, "of") && !(i > s->t0 && kis(d, i - 1, "in"))) {
				/* "approved the Turkish request following the
				 * support of NATO allies Italy, Spain, and the
				 * UK": the allies back the request's owner (stop
				 * 65) */
				int read = 0;
				if ((rc = allies_support_of(d, s, i, j, next, &read)))
					return rc;
				if (read)
					continue;
			}
			if (j < s->t1 && (kis(d, j, "for") || kis(d, j, "to") || kis(d, j, "towards") ||
					  kis(d, j, "of") || kis(d, j, "with"))) {
				t = actor_after(d, s, j + 1, 2, 1);
				if (!t)
					t = state_np(d, s, j + 1, NULL); /* "with the people of Iran" */
				if (!t)
					t = recognised_state(d, s, j + 1); /* "the sovereignty of Y" */
				if (!t)
					t = demonym_cause(d, s, j + 1); /* "for Argentine modernization efforts" */
				if (t)
					t = named_after_kin(d, s, t);
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
			if (!a && voice_verb_before(d, s, i) != NONE)
				/* "X is the latest country to show support for Y" */
				a = latest_to_subject(d, s, voice_verb_before(d, s, i));
			if (!a && i > s->t0 && solidarity_shown(d, i))
				/* "X said it is important to show solidarity with Y" */
				a = stance_actor(d, s, i - 1);
			if (!a && assistance_offered(d, s, i) != NONE)
				/* "X pledged to keep offering assistance to Y" */
				a = stance_actor(d, s, assistance_offered(d, s, i));
			if (a && a->gz == GZ_FIRM)
				continue;
			if (t && !t->possessive && t->t1 < s->t1 && kin_local(d, t->t1, w_econ_n))
				continue; /* "Exports to China Support 858,000 US Jobs" */
			if ((rc = add_stance(d, s, a, t, ENT_POLARITY_SUPPORT, i, next, "stance.noun")))
				return rc;
			if (a && t && voice_verb_before(d, s, i) != NONE) {
				/* "Israel joined Cyprus and France in voicing support for
				 * Y": the one who joined too (stop 37) */
				const mention *jn[2];
				size_t vv = voice_verb_before(d, s, i), q;
				size_t nj = joined_in_gerund(d, s, vv, jn);
				for (q = 0; q < nj; q++)
					if (strcmp(jn[q]->code, t->code) &&
					    (rc = add_stance(d, s, jn[q], t, ENT_POLARITY_SUPPORT,
							     i, next, "stance.noun")))
						return rc;
			}
			if (a && t && (rc = support_for_also(d, s, a, t, i, next)))
				return rc;
		} else if (verb || opp) {
			if (opp && group_opposed(d, s, i))
				continue; /* "countries opposed to Y": theirs, not the subject's */
			if (reciprocal_at(d, s, i + 1)) {
				/* "X and Y accused each other" */
				if ((rc = add_mutual(d, s, stance_actor(d, s, i),
						     verb ? ENT_POLARITY_SUPPORT : ENT_POLARITY_OPPOSE,
						     i, next, "stance.each_other")))
					return rc;
				continue;
			}
			size_t by = i + 1 < s->t1 && ly_adverb(d, i + 1) ? i + 2 : i + 1;
			if (by < s->t1 && kis(d, by, "by")) {
				/* passive: "Azerbaijan backed by Turkey", "Qatar
				 * being criticised recently by the US" */
				const mention *ag[6];
				size_t na, q;
				a = actor_after(d, s, by + 1, 1, 0);
				t = actor_before(d, s, i, 1, 1);
				if (t && noun_in_state(d, s, t, w_armed_group))
					continue; /* "Houthi rebels in Yemen backed by
						   * Tehran": no state backed */
				if (!t && a)
					t = body_before_comma(d, s, i, a);
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
				/* "The agreement between Turkey and Libya was
				 * slammed by A, B and C": the tie's first party
				 * too (stop 48) */
				const mention *tf = opp && t ? passive_tie_first(d, s, t) : NULL;
				for (q = 0; tf && q < na; q++)
					if ((rc = add_stance(d, s, ag[q], tf, ENT_POLARITY_OPPOSE, i,
							     next, "stance.tie_between")))
						return rc;
			} else {
				size_t o = opp ? coordinated_verb_object(d, s, i) : i + 1;
				o = past_what_called(d, s, o);
				o = past_manner(d, s, o);
				/* "warned on Tuesday that Y ...": past the day */
				if (opp && o + 2 < s->t1 && kis(d, o, "on") &&
				    kin(d, o + 1, w_not_name) && kis(d, o + 2, "that"))
					o += 2;
				a = stance_actor(d, s, i);
				if (a && noun_in_state(d, s, a, w_hardship))
					a = NULL; /* "this transfer increases suffering in
						   * Y and supports Z's war": a place */
				if (apposition_subject(d, s, i))
					a = apposition_subject(d, s, i); /* "X, both of which ..., condemn" */
				size_t wg = verb ? while_gerund(d, s, i) : NONE;
				if (wg != NONE) {
					/* "X sold arms to Z while supporting Y":
					 * the subject (stop 65) */
					const mention *ws = subject_before(d, s, wg);
					if (ws)
						a = ws;
				}
				if (opp && participle_after_comma(d, s, i)) {
					/* "X accused Y of ..., also accusing Z of ...": the
					 * subject of the sentence, not the last object */
					size_t q;
					const mention *p = NULL;
					p = which_antecedent(d, s, i);
					for (q = s->t0; q < s->t0 + 3 && q < i && !p; q++)
						p = person_at(d, q);
					a = p ? p : subject_before(d, s, i);
				}
				size_t bm = backed_modifier_end(d, s, o);
				t = actor_after(d, s, o, 2, 1);
				if (t && t->gz == GZ_STATE && bm > t->t0)
					t = NULL; /* "the US-backed X": X is backed */
				if (t && opp && t->possessive && !strncmp(K(i), "rebuff", 6) &&
				    (kis(d, t->t1, "'s") || kis(d, t->t1, "'")) &&
				    t->t1 + 1 < s->t1 &&
				    (kis(d, t->t1 + 1, "offer") || kis(d, t->t1 + 1, "offers") ||
				     kis(d, t->t1 + 1, "proposal") || kis(d, t->t1 + 1, "bid")))
					continue; /* "rebuffed Y's offer to supply jets": a
						   * sale turned down, no stance (stop 39) */
				if (t && !opp && t->t0 > o && sanctions_before(d, o, t->t0))
					t = NULL; /* "backs sanctions on Y": Y is the
						   * one sanctioned (stance.sanctions_backed) */
				if (!t && !opp)
					t = demonym_position(d, s, o); /* "the Greek position" */
				if (!t && !opp)
					t = protected_by_efforts(d, s, o);
				if (!t && bm != o)
					t = actor_after(d, s, bm, 0, 1);
				if (t && kis(d, o, "in") && t->t0 <= o + 3)
					t = NULL; /* "are opposed in neighboring Libya": a place */
				if (opp && o + 2 < s->t1 && kis(d, o, "of") && lower_ing(d, o + 1))
					continue; /* "generals accused of supplying Russia":
						   * the deed's object, no one accused */
				if (t && verb && t->t1 + 1 < s->t1 && !t->possessive &&
				    (kis(d, t->t1, "commitment") || kis(d, t->t1, "pledge")) &&
				    kis(d, t->t1 + 1, "to"))
					continue; /* "reaffirmed the U.S. commitment to Y": the
						   * noun's, the state before it its owner */
				if (!t && opp && a)
					t = the_country_object(d, s, i, a);
				if (!t && opp)
					t = accused_described(d, s, i);
				if (!t && opp) {
					/* "accused Russian peacekeepers of failing to
					 * stop ...": the state of the forces */
					size_t pe;
					t = presence_of(d, s, o, &pe);
				}
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
				/* "The ministers strongly condemned repeated Yn
				 * airstrikes": the signatories of a joint statement
				 * speak (signatory_stance), "The G7 condemned the Yn
				 * invasion": a bloc's members (stop 63) */
				if (!t && opp &&
				    (a || signatory_voice(d, s, i) || bloc_subject(d, s, i))) {
					/* "condemned the Yn and Zn incursions": Z too */
					const mention *z;
					t = demonym_act(d, s, o);
					if (!t)
						t = demonym_transfer(d, s, o); /* "criticised
										* Yn arms sales" */
					z = t && t->gz == GZ_DEMONYM ? and_demonym(d, s, t) : NULL;
					if (z && (rc = add_stance(d, s, a, z, ENT_POLARITY_OPPOSE, i, next,
								  "stance.verb")))
						return rc;
				}
				if (!t && a && opp && K(i)[0] == 'w' && i + 2 < s->t1 &&
				    (kis(d, i + 1, "against") || kis(d, i + 1, "of")) &&
				    (kis(d, i, "warned") || kis(d, i, "warns")))
					t = demonym_act(d, s, i + 2); /* "warned against Yn aggression" */
				if (!t && a && verb)
					t = state_np(d, s, i + 1, NULL); /* "backs the people of X" */
				if (!t && a && verb)
					t = right_of(d, s, o); /* "supported the right of X to" */
				if (!t && a)
					t = issue_owner(d, s, i);
				if (!t && a && verb)
					t = issue_party(d, s, a, i, &party);
				if (!t && a && opp)
					t = agent_of_object(d, s, o);
				if (!t && a && opp && (t = transfer_seller(d, s, o, a)) != NULL &&
				    kis(d, t->t0 - 1, "from") && t->t1 + 1 < s->t1 &&
				    kis(d, t->t1, "to")) {
					/* "condemned the transfer of missiles from Y to
					 * Z": the buyer too (stop 58) */
					const mention *z = actor_after(d, s, t->t1 + 1, 1, 1);
					if (z && !z->possessive && z->gz != GZ_FIRM &&
					    z->gz != GZ_DEMONYM && strcmp(z->code, a->code) &&
					    (rc = add_stance(d, s, a, z, ENT_POLARITY_OPPOSE, i,
							     next, "stance.verb")))
						return rc;
				}
				if (!t && a && opp)
					t = coup_place(d, s, i + 1); /* "the coup in X" */
				if (!t && a && opp && !is_person(d, a)) {
					/* "condemned the deepening military cooperation
					 * between X and Y": both parties of the tie */
					const mention *t2 = NULL;
					t = tie_between(d, s, i + 1, &t2);
					if (!t)
						t = tie_of_names(d, s, o, &t2);
					if (t2 && (rc = add_chain_rest(d, s, a, t2, ENT_POLARITY_OPPOSE,
								       i, next, "stance.tie_between")))
						return rc;
					if (t2 && (rc = add_stance(d, s, a, t2, ENT_POLARITY_OPPOSE, i,
								   next, "stance.tie_between")))
						return rc;
				}
				if (!t && a && opp && !is_person(d, a))
					t = act_owner_before(d, s, i + 1); /* "condemned the launch" */
				if (!t && a && opp && (t = fronted_act_owner(d, s, i + 1, a)) != NULL &&
				    t->t1 + 1 < s->t1 && kis(d, t->t1, "and")) {
					/* "After X and Y started drills": both */
					const mention *t2 = mention_at(
						d, s, t->t1 + 1 + (kis(d, t->t1 + 1, "the") ? 1 : 0));
					if (t2 && ent__is_state_mention(t2) && t2->gz != GZ_FIRM &&
					    !t2->possessive && t2->gz != GZ_DEMONYM &&
					    strcmp(t2->code, a->code) &&
					    (rc = add_stance(d, s, a, t2, ENT_POLARITY_OPPOSE, i, next,
							     "stance.verb")))
						return rc;
				}
				if (!t && a && opp && !is_person(d, a))
					t = act_owner_later(d, s, i + 1); /* named only later */
				if (!t && a && opp && !is_person(d, a) &&
				    (rc = condemned_pact(d, s, i, a, next, &t)))
					return rc; /* "condemned the pact" told before */
				if (!t && a && opp)
					t = criticised_deal_seller(d, s, i + 1, a); /* "this move" */
				if (!t && a && opp)
					t = measure_taker_before(d, s, o, a); /* "slammed the
									       * decision" */
				if (!t && a && opp)
					t = accused_it(d, s, i, a); /* "..., accusing it of" */
				if (t && opp && attempt_patient(d, s, o, t))
					t = NULL; /* "condemned attempts to isolate Y" */
			}
			if (!a && t && !negated(d, s, i))
				a = bloc_subject(d, s, i); /* "The G7 condemned" */
			if (!t && a && !small_bloc(d, a) && !negated(d, s, i))
				t = bloc_object(d, s, i); /* "condemned the GCC letter" */
			if (!a && opp && (t || demonym_act(d, s, i + 1)) &&
			    (rc = namely_stances(d, s, i, t ? t : demonym_act(d, s, i + 1),
						 motion_voted_down(d, s, i) ? ENT_POLARITY_SUPPORT
									    : ENT_POLARITY_OPPOSE)))
				return rc;
			if (opp && t && K(i)[0] == 'w' && warned_addressee(d, s, i, t))
				continue; /* "warned Y in 2022 that Z was supplying":
					   * Y is told, not opposed (stop 37) */
			/* a motion voted down turns the verb's polarity */
			int up = (verb || opp) && (verb != 0) != motion_voted_down(d, s, i);
			ent_polarity pol = up ? ENT_POLARITY_SUPPORT : ENT_POLARITY_OPPOSE;
			if ((rc = add_stance(d, s, a, t, pol, i, next, "stance.verb")))
				return rc;
			if (opp && t &&
			    (rc = add_chain_rest(d, s, a, t, ENT_POLARITY_OPPOSE, i, next,
						 "stance.tie_between")))
				return rc; /* "condemned the Turkey-Pakistan axis" */
			if (opp && a && t && t->possessive) {
				/* "condemned Iran's export and Russia's procurement
				 * of missiles": the owner of the second act too */
				const mention *t2 = second_owner(d, s, t);
				if (t2 && (rc = add_stance(d, s, a, t2, ENT_POLARITY_OPPOSE, i, next,
							   "stance.verb")))
					return rc;
			}
			if (opp && a && t && t->t0 > i + 1 && kis(d, t->t0 - 1, "that") &&
			    !t->possessive) {
				/* "warned that A, B and C were treading a path of
				 * error": each state of the clause's subject */
				const mention *li[6];
				size_t nl = coordinated(d, s, t, li, 6), q;
				for (q = 0; q < nl; q++)
					if (li[q] != t && !li[q]->possessive && li[q]->gz != GZ_FIRM &&
					    (rc = add_stance(d, s, a, li[q], ENT_POLARITY_OPPOSE, i, next,
							     "stance.verb")))
						return rc;
			}
		} else {
			/* "X is concerned about Y" */
			size_t j = i + 1;
			const mention *t2 = NULL;
			int by_agent = 0;
			if (viewed_with(d, s, i))
				j = i; /* "viewed with concern Y's build-up": the object next */
			if (j + 1 < s->t1 && quote_mark(d, j) && kis(d, j + 1, "to"))
				j++; /* "expressed \"grave concerns\" to Y" */
			if (j < s->t1 && kis(d, j, "to") && !voiced_to(d, s, i))
				j = s->t1; /* "concerns to be raised" */
			if (j < s->t1 && (j == i || kis(d, j, "about") || kis(d, j, "over") ||
					  kis(d, j, "to") ||
					  kis(d, j, "by") || kis(d, j, "at") || kis(d, j, "with") ||
					  kis(d, j, "on") || kis(d, j, "regarding"))) {
				size_t v = shares_concern(d, s, i);
				if (rift_of_pair(d, s, j + 1))
					continue; /* "concern over the X-Y tensions" */
				if (concern_raised_by_event(d, s, i))
					continue;
				a = stance_actor(d, s, i);
				t = actor_after(d, s, j + 1, 1, 1);
				if (!t) {
					/* "concerned with this nascent
					 * Turkey-Pakistan-China nexus", also past
					 * "the implications of" (stop 42) */
					static const char *w_implication_n[] = {
						"implications", "consequences", "impact", "effects",
						"ramifications", NULL};
					size_t q = j + 1;
					if (q + 2 < s->t1 && kis(d, q, "the") &&
					    kin_local(d, q + 1, w_implication_n) &&
					    kis(d, q + 2, "of"))
						q += 3;
					t = tie_of_names(d, s, q, &t2);
				}
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
					if (!t) /* "concern about Yn weapons sales" */
						t = demonym_transfer(d, s, j + 1);
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
						     "stance.concern")) ||
				    (rc = add_chain_rest(d, s, a, t2 ? t2 : t, ENT_POLARITY_OPPOSE, i,
							 next, "stance.concern")) ||
				    (rc = add_made_list_rest(d, s, a, t, ENT_POLARITY_OPPOSE, i,
							     next, "stance.concern")))
					return rc;
				if (t2 && (rc = add_stance(d, s, a, t2, ENT_POLARITY_OPPOSE, i, next,
							   "stance.concern")))
					return rc;
			}
		}
	}
	return ENT_OK;
}
