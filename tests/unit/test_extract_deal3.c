/*
 * test_extract_deal3.c - deal rules found on a third set of unseen
 * articles: the firm of a state after "with", arms named generically a
 * few words after the verb, places after a verb of delivery, makers that
 * are no buyers, periods of years, totals over a span of years, things
 * received that are no goods, and a state's own order.  Every sentence
 * here was written for these tests.
 */
#include "extract_harness.h"

/* The number of deals (and supply ties) in the text. */
static size_t ndeals(const ent_fact_list *l)
{
	size_t i, n = 0;
	for (i = 0; i < l->n; i++)
		n += l->v[i].type == ENT_FACT_DEAL || l->v[i].type == ENT_FACT_SUPPLY;
	return n;
}

/* The deal from sup to rec, or NULL. */
static const ent_fact *deal(const ent_fact_list *l, const char *sup, const char *rec)
{
	size_t i;
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if ((f->type == ENT_FACT_DEAL || f->type == ENT_FACT_SUPPLY) &&
		    ent_fact_has_code(f->suppliers, f->nsuppliers, sup) &&
		    strcmp(f->recipient.s, rec) == 0)
			return f;
	}
	return NULL;
}

/* One text, n deals expected; the deals sup[i] -> rec[i] among them. */
static void expect_n(const char *text, size_t n, const char *const *sup, const char *const *rec)
{
	ent_fact_list *l = run(text, NULL);
	size_t i;
	CHECK(l != NULL);
	if (!l)
		return;
	for (i = 0; sup && sup[i]; i++) {
		if (!deal(l, sup[i], rec[i]))
			fprintf(stderr, "    no deal %s -> %s in: %s\n", sup[i], rec[i], text);
		CHECK(deal(l, sup[i], rec[i]) != NULL);
	}
	if (ndeals(l) != n)
		fprintf(stderr, "    %zu deals, not %zu, in: %s\n", ndeals(l), n, text);
	CHECK_INT(ndeals(l), n);
	ent_fact_list_free(l);
}

/* The year of the one deal sup -> rec in the text (published date optional). */
__attribute__((unused)) static int year_of(const char *text, const char *published, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, published);
	const ent_fact *f;
	int y = -1;
	if (!l)
		return -1;
	f = deal(l, sup, rec);
	if (f)
		y = f->year;
	else
		fprintf(stderr, "    no deal %s -> %s in: %s\n", sup, rec, text);
	ent_fact_list_free(l);
	return y;
}

TEST(extract_deal3__the_firm_of_a_state_after_with_sells)
{
	static const char *sup[] = {"ISR", NULL}, *rec[] = {"GRC"};
	static const char *sup2[] = {"KOR", NULL}, *rec2[] = {"CHL"};
	expect_n("Greece has signed a framework contract with Israel's Rafael to procure "
		 "anti-tank missiles.",
		 1, sup, rec);
	/* the buyer's ministry, far before "with" */
	expect_n("Chile's Ministry of National Defence has inked an agreement with South "
		 "Korea's Hanwha Aerospace to buy self-propelled howitzers.",
		 1, sup2, rec2);
}

TEST(extract_deal3__generic_arms_some_words_after_the_verb)
{
	static const char *sup[] = {"USA", NULL}, *rec[] = {"TWN"};
	/* a signing verb before the noun of sale does not shorten the reach */
	expect_n("Washington approved the sale of four large packages of weaponry to Taiwan "
		 "last week.",
		 1, sup, rec);
	/* arms words far from the verb are no goods of it */
	expect_n("Washington approved the sale to Taiwan after long talks about the regional "
		 "balance of weapons.",
		 0, NULL, NULL);
}
