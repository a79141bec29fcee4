/*
 * test_analyse_network.c - the signed network (weights, triangles, balance,
 * blocs), the arms-race indicator, the recording of contradictions, and
 * the same through small hand-built stores.  Every expected number is
 * worked out by hand in the comments.
 */
#include "test.h"
#include "entente/doc.h"
#include "entente/network.h"
#include "entente/render.h"
#include "entente/store.h"
#include "util/alloc.h"

#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

#define NEAR(a, b) (fabs((a) - (b)) < 1e-9)

static ent_network *net_of(ent_tie_list *t)
{
	ent_network *n = NULL;
	if (ent_network_build(&n, t) != ENT_OK)
		return NULL;
	return n;
}

static int node(const ent_network *n, const char *c) { return (int)ent_network_node(n, c); }

/*
 * A-B deal +3, A-C exercise +2, B-C rivalry -3, B-D supply +2, A-D support +1,
 * C-D support +1, A-E rivalry -3, B-E rivalry -3.
 * Triads with three edges: ABC (+ + -: unbalanced), ABD (+ + +), ACD (+ + +),
 * BCD (- + +: unbalanced), ABE (+ - -: balanced).  Ratio 3/5 = 0.6.
 * All-positive: ABD = 3 + 1 + 2 = 6, ACD = 2 + 1 + 1 = 4: ABD first.
 */
static ent_tie_list *five(void)
{
	ent_tie_list *t = NULL;
	if (ent_tie_list_new(&t) != ENT_OK)
		return NULL;
	ent_tie_list_add(t, "AAA", "BBB", ENT_TIE_DEAL, 1, 0);
	ent_tie_list_add(t, "AAA", "CCC", ENT_TIE_EXERCISE, 1, 0);
	ent_tie_list_add(t, "BBB", "CCC", ENT_TIE_RIVALRY, 1, 0);
	ent_tie_list_add(t, "BBB", "DDD", ENT_TIE_SUPPLY, 1, 0);
	ent_tie_list_add(t, "DDD", "AAA", ENT_TIE_SUPPORT, 1, 0);
	ent_tie_list_add(t, "CCC", "DDD", ENT_TIE_SUPPORT, 1, 0);
	ent_tie_list_add(t, "AAA", "EEE", ENT_TIE_RIVALRY, 1, 0);
	ent_tie_list_add(t, "BBB", "EEE", ENT_TIE_RIVALRY, 1, 0);
	return t;
}

TEST(analyse_network__weights_sum_per_pair)
{
	ent_tie_list *t = NULL;
	ent_network *n;
	const ent_net_edge *e;
	CHECK(ent_tie_list_new(&t) == ENT_OK);
	/* 2 deals (+6) + 1 rivalry (-3) + 1 shared bloc (+0.5, both members of
	 * CLB; a SHARED_BLOC tie given directly is ignored) = +3.5 */
	ent_tie_list_add(t, "PAK", "AZE", ENT_TIE_DEAL, 2, 5e6);
	ent_tie_list_add(t, "AZE", "PAK", ENT_TIE_RIVALRY, 1, 0);
	ent_tie_list_add(t, "AZE", "PAK", ENT_TIE_SHARED_BLOC, 5, 0);
	ent_tie_list_add(t, "AZE", "CLB", ENT_TIE_MEMBER, 1, 0);
	ent_tie_list_add(t, "PAK", "CLB", ENT_TIE_MEMBER, 2, 0);
	/* deal (+3) and two rivalries (-6) cancel to -3 */
	ent_tie_list_add(t, "ARM", "IND", ENT_TIE_DEAL, 1, 0);
	ent_tie_list_add(t, "IND", "ARM", ENT_TIE_RIVALRY, 2, 0);
	/* support +1 and oppose -1 cancel: the edge is dropped */
	ent_tie_list_add(t, "TUR", "AZE", ENT_TIE_SUPPORT, 1, 0);
	ent_tie_list_add(t, "TUR", "AZE", ENT_TIE_OPPOSE, 1, 0);
	n = net_of(t);
	ent_tie_list_free(t);
	CHECK(n != NULL);
	CHECK_INT(n->nnodes, 6);
	CHECK_INT(n->nedges, 4);
	e = ent_network_edge(n, (size_t)node(n, "PAK"), (size_t)node(n, "AZE"));
	CHECK(e != NULL);
	CHECK(NEAR(e->weight, 3.5));
	CHECK_INT(e->counts[ENT_TIE_DEAL], 2);
	CHECK_INT(e->counts[ENT_TIE_SHARED_BLOC], 1);
	e = ent_network_edge(n, (size_t)node(n, "PAK"), (size_t)node(n, "CLB"));
	CHECK(e && NEAR(e->weight, 2.0));
	CHECK_INT(n->is_bloc[node(n, "CLB")], 1);
	CHECK_INT(n->is_bloc[node(n, "PAK")], 0);
	e = ent_network_edge(n, (size_t)node(n, "ARM"), (size_t)node(n, "IND"));
	CHECK(e && NEAR(e->weight, -3.0));
	CHECK(ent_network_edge(n, (size_t)node(n, "AZE"), (size_t)node(n, "TUR")) == NULL);
	ent_network_free(n);
}

TEST(analyse_network__gdelt_ties_weigh_apart)
{
	ent_tie_list *t = NULL;
	ent_network *n;
	const ent_net_edge *e;
	CHECK(ent_tie_list_new(&t) == ENT_OK);
	/* a deal (+3) and a GDELT tie of its own weight (-1.25 for 40 events):
	 * +1.75 in all, of which -1.25 from GDELT; a GDELT-only pair too */
	ent_tie_list_add(t, "PAK", "AZE", ENT_TIE_DEAL, 1, 0);
	ent_tie_list_add(t, "AZE", "PAK", ENT_TIE_GDELT, 40, 0);
	t->v[t->n - 1].weight = -1.25;
	ent_tie_list_add(t, "ARM", "FRA", ENT_TIE_GDELT, 12, 0);
	t->v[t->n - 1].weight = 0.5;
	n = net_of(t);
	ent_tie_list_free(t);
	CHECK(n != NULL);
	if (!n)
		return;
	CHECK(ent_tie_weight(ENT_TIE_GDELT) == 0.0);
	e = ent_network_edge(n, (size_t)node(n, "AZE"), (size_t)node(n, "PAK"));
	CHECK(e && NEAR(e->weight, 1.75));
	CHECK(e && NEAR(e->gdelt_weight, -1.25));
	CHECK(e && e->counts[ENT_TIE_GDELT] == 40 && e->counts[ENT_TIE_DEAL] == 1);
	e = ent_network_edge(n, (size_t)node(n, "ARM"), (size_t)node(n, "FRA"));
	CHECK(e && NEAR(e->weight, 0.5) && NEAR(e->gdelt_weight, 0.5));
	ent_network_free(n);
}

TEST(analyse_network__triangles_ranked_by_strength)
{
	ent_tie_list *t = five();
	ent_network *n = net_of(t);
	ent_triad *tri = NULL;
	size_t nt = 0;
	ent_tie_list_free(t);
	CHECK(n != NULL);
	{
		size_t total = 0;
		/* the top 1 of 2 */
		CHECK(ent_network_triangles(n, 1, &tri, &nt, &total) == ENT_OK);
		CHECK_INT(nt, 1);
		CHECK_INT(total, 2);
		CHECK(NEAR(tri[0].strength, 6.0));
		ent__free(tri);
		tri = NULL;
	}
	CHECK(ent_network_triangles(n, 0, &tri, &nt, NULL) == ENT_OK);
	CHECK_INT(nt, 2);
	CHECK_STR(n->nodes[tri[0].a].s, "AAA");
	CHECK_STR(n->nodes[tri[0].b].s, "BBB");
	CHECK_STR(n->nodes[tri[0].c].s, "DDD");
	CHECK(NEAR(tri[0].strength, 6.0));
	CHECK_STR(n->nodes[tri[1].b].s, "CCC");
	CHECK(NEAR(tri[1].strength, 4.0));
	ent__free(tri);
	ent_network_free(n);
}

TEST(analyse_network__balance_ratio)
{
	ent_tie_list *t = five();
	ent_network *n = net_of(t);
	ent_balance b;
	ent_tie_list_free(t);
	CHECK(n != NULL);
	CHECK(ent_network_balance(n, 1, &b) == ENT_OK);
	CHECK_INT(b.nunbalanced, 2);
	CHECK_INT(b.nlisted, 1);
	CHECK_STR(n->nodes[b.unbalanced[0].c].s, "CCC");
	ent_balance_destroy(&b);
	CHECK(ent_network_balance(n, 0, &b) == ENT_OK);
	CHECK_INT(b.triads, 5);
	CHECK_INT(b.balanced, 3);
	CHECK(NEAR(b.ratio, 0.6));
	CHECK_INT(b.nunbalanced, 2);
	CHECK_INT(b.nlisted, 2);
	/* |weights|: ABC 3+2+3 = 8, BCD 3+2+1 = 6: ABC first */
	CHECK_STR(n->nodes[b.unbalanced[0].c].s, "CCC");
	CHECK_STR(n->nodes[b.unbalanced[0].a].s, "AAA");
	CHECK_STR(n->nodes[b.unbalanced[1].a].s, "BBB");
	ent_balance_destroy(&b);
	ent_network_free(n);
}

/* Two positive cliques joined by negative edges split into the two cliques. */
TEST(analyse_network__blocs_two_cliques)
{
	static const char *const L[] = {"AAA", "BBB", "CCC"}, *const R[] = {"DDD", "EEE", "FFF"};
	ent_tie_list *t = NULL;
	ent_network *n;
	ent_blocs bl;
	int i, j;
	CHECK(ent_tie_list_new(&t) == ENT_OK);
	for (i = 0; i < 3; i++)
		for (j = i + 1; j < 3; j++) {
			ent_tie_list_add(t, L[i], L[j], ENT_TIE_EXERCISE, 1, 0);
			ent_tie_list_add(t, R[i], R[j], ENT_TIE_EXERCISE, 1, 0);
		}
	/* interleave the cross edges so a greedy pass must undo early merges */
	ent_tie_list_add(t, "AAA", "DDD", ENT_TIE_RIVALRY, 1, 0);
	ent_tie_list_add(t, "BBB", "EEE", ENT_TIE_RIVALRY, 1, 0);
	ent_tie_list_add(t, "CCC", "FFF", ENT_TIE_OPPOSE, 1, 0);
	ent_tie_list_add(t, "AAA", "FFF", ENT_TIE_CONCERN, 1, 0);
	n = net_of(t);
	ent_tie_list_free(t);
	CHECK(n != NULL);
	CHECK(ent_network_blocs(n, 7, 16, &bl) == ENT_OK);
	CHECK_INT(bl.nblocs, 2);
	CHECK(NEAR(bl.frustration, 0.0));
	CHECK_INT(bl.bloc[node(n, "AAA")], 0);
	CHECK_INT(bl.bloc[node(n, "BBB")], 0);
	CHECK_INT(bl.bloc[node(n, "CCC")], 0);
	CHECK_INT(bl.bloc[node(n, "DDD")], 1);
	CHECK_INT(bl.bloc[node(n, "EEE")], 1);
	CHECK_INT(bl.bloc[node(n, "FFF")], 1);
	ent_blocs_destroy(&bl);
	ent_network_free(n);
}

/* An all-negative triangle: everyone alone, frustration 0.  One positive
 * edge A-B inside it (A-B +2, A-C -3, B-C -3): {A,B} {C}. */
TEST(analyse_network__blocs_negative_triangle)
{
	ent_tie_list *t = NULL;
	ent_network *n;
	ent_blocs bl;
	CHECK(ent_tie_list_new(&t) == ENT_OK);
	ent_tie_list_add(t, "AAA", "BBB", ENT_TIE_EXERCISE, 1, 0);
	ent_tie_list_add(t, "AAA", "CCC", ENT_TIE_RIVALRY, 1, 0);
	ent_tie_list_add(t, "BBB", "CCC", ENT_TIE_RIVALRY, 1, 0);
	n = net_of(t);
	ent_tie_list_free(t);
	CHECK(n != NULL);
	CHECK(ent_network_blocs(n, 1, 4, &bl) == ENT_OK);
	CHECK_INT(bl.nblocs, 2);
	CHECK_INT(bl.bloc[0], bl.bloc[1]);
	CHECK(bl.bloc[2] != bl.bloc[0]);
	CHECK(NEAR(bl.frustration, 0.0));
	ent_blocs_destroy(&bl);
	ent_network_free(n);
}

/*
 * Side X: 2010 $100m, 2012 $50m, 2018 $300m.  Side Y: 2011 $200m, 2019 $100m.
 * Span 2010-2019, split (2010 + 2019) / 2 = 2014.
 * X: early 150, late 300, ratio 2.  Y: early 200, late 100, ratio 0.5: not rising.
 * With Y 2019 = $400m: Y ratio 2, both rising.
 */
TEST(analyse_armsrace__indicator)
{
	ent_import_year x[3] = {{{"XXX"}, 2010, 1, 1, 100e6},
				{{"XXX"}, 2012, 1, 1, 50e6},
				{{"XXX"}, 2018, 2, 2, 300e6}};
	ent_import_year y[2] = {{{"YYY"}, 2011, 1, 1, 200e6}, {{"YYY"}, 2019, 1, 1, 100e6}};
	ent_race_dyad d;
	memset(&d, 0, sizeof d);
	d.side[0].years = x;
	d.side[0].nyears = 3;
	d.side[1].years = y;
	d.side[1].nyears = 2;
	ent_race_indicate(&d, 0);
	CHECK_INT(d.first_year, 2010);
	CHECK_INT(d.last_year, 2019);
	CHECK_INT(d.split, 2014);
	CHECK(NEAR(d.side[0].early_usd, 150e6));
	CHECK(NEAR(d.side[0].late_usd, 300e6));
	CHECK_INT(d.side[0].late_deals, 2);
	CHECK(NEAR(d.side[0].ratio, 2.0));
	CHECK(NEAR(d.side[1].ratio, 0.5));
	CHECK_INT(d.rising, 0);
	y[1].usd = 400e6;
	ent_race_indicate(&d, 0);
	CHECK(NEAR(d.side[1].ratio, 2.0));
	CHECK_INT(d.rising, 1);
	/* an explicit split of 2011 moves X's 2012 deal to the late window */
	ent_race_indicate(&d, 2011);
	CHECK(NEAR(d.side[0].early_usd, 100e6));
	CHECK(NEAR(d.side[0].late_usd, 350e6));
}

/* ---- through a store ---------------------------------------------------------- */

typedef struct sfx {
	char dir[64], path[128];
	ent_store *s;
} sfx;

static int sfx_open(sfx *t)
{
	ent_error err = {0, ""};
	memset(t, 0, sizeof *t);
	snprintf(t->dir, sizeof t->dir, "/tmp/entente-net-XXXXXX");
	if (!mkdtemp(t->dir))
		return -1;
	snprintf(t->path, sizeof t->path, "%s/t.db", t->dir);
	return ent_store_open(&t->s, t->path, &err) == ENT_OK ? 0 : -1;
}

static void sfx_close(sfx *t)
{
	static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
	char p[160];
	size_t i;
	ent_store_free(t->s);
	for (i = 0; i < 4; i++) {
		snprintf(p, sizeof p, "%s%s", t->path, suffix[i]);
		unlink(p);
	}
	rmdir(t->dir);
}

/* Store one document whose text is @p text with one deal. */
static int add_deal(ent_store *s, const char *text, const char *sup, const char *rec, int year,
		    double usd)
{
	ent_doc *d = NULL;
	ent_fact_list *l = NULL;
	ent_fact f;
	int added = 0, rc;
	if (ent_doc_new(&d, text, strlen(text), "note.txt", NULL, NULL) != ENT_OK)
		return -1;
	ent_fact_list_new(&l);
	ent_fact_init(&f, ENT_FACT_DEAL);
	ent_fact_add_code(f.suppliers, &f.nsuppliers, sup);
	ent_code_set(&f.recipient, rec);
	f.year = year;
	if (usd > 0) {
		f.value.present = f.value.has_usd = 1;
		f.value.amount = f.value.usd = usd;
		memcpy(f.value.currency, "USD", 4);
	}
	ent_fact_add_evidence(&f, "", "note.txt", 0, strlen(text), text, strlen(text), "test");
	ent_fact_list_push(l, &f);
	rc = ent_store_add_document(s, d, l, &added);
	ent_fact_list_free(l);
	ent_doc_free(d);
	return rc == ENT_OK && added ? 0 : -1;
}

static int add_pair(ent_store *s, const char *text, ent_fact_type type, const char *a,
		    const char *b)
{
	ent_doc *d = NULL;
	ent_fact_list *l = NULL;
	ent_fact f;
	int added = 0, rc;
	if (ent_doc_new(&d, text, strlen(text), "pair.txt", NULL, NULL) != ENT_OK)
		return -1;
	ent_fact_list_new(&l);
	ent_fact_init(&f, type);
	if (type == ENT_FACT_EXERCISE || type == ENT_FACT_RIVALRY) {
		ent_fact_add_code(f.participants, &f.nparticipants, a);
		ent_fact_add_code(f.participants, &f.nparticipants, b);
		ent_fact_sort_codes(f.participants, f.nparticipants);
	} else {
		ent_code_set(&f.actor, a);
		ent_code_set(&f.target, b);
	}
	ent_fact_add_evidence(&f, "", "pair.txt", 0, strlen(text), text, strlen(text), "test");
	ent_fact_list_push(l, &f);
	rc = ent_store_add_document(s, d, l, &added);
	ent_fact_list_free(l);
	ent_doc_free(d);
	return rc == ENT_OK && added ? 0 : -1;
}

static void body_store_ties(sfx *t)
{
	ent_tie_list *ties = NULL;
	ent_network *n = NULL;
	ent_triad *tri = NULL;
	size_t nt = 0, i;
	int deals = 0, shared = 0;

	CHECK(add_deal(t->s, "Uno sold Duo kit in 2001.", "UNO", "DUO", 2001, 10e6) == 0);
	CHECK(add_deal(t->s, "Uno sold Duo more kit in 2003.", "UNO", "DUO", 2003, 20e6) == 0);
	CHECK(add_pair(t->s, "Duo and Tre drilled.", ENT_FACT_EXERCISE, "DUO", "TRE") == 0);
	CHECK(add_pair(t->s, "Uno and Tre drilled.", ENT_FACT_EXERCISE, "TRE", "UNO") == 0);
	CHECK(add_pair(t->s, "Uno is in Club.", ENT_FACT_MEMBERSHIP, "UNO", "CLB") == 0);
	CHECK(add_pair(t->s, "Duo is in Club.", ENT_FACT_MEMBERSHIP, "DUO", "CLB") == 0);
	CHECK(add_pair(t->s, "Tre and Qua are rivals.", ENT_FACT_RIVALRY, "QUA", "TRE") == 0);

	CHECK(ent_store_ties(t->s, NULL, &ties) == ENT_OK);
	for (i = 0; i < ties->n; i++) {
		if (ties->v[i].kind == ENT_TIE_DEAL) {
			deals++;
			CHECK_STR(ties->v[i].a.s, "UNO");
			CHECK_INT(ties->v[i].count, 2);
			CHECK(NEAR(ties->v[i].usd, 30e6));
		}
		shared += ties->v[i].kind == ENT_TIE_SHARED_BLOC;
	}
	CHECK_INT(deals, 1);
	CHECK_INT(shared, 0); /* derived by the network, not by the store */
	ent_tie_list_free(ties);

	/* UNO-DUO 2 deals + shared bloc = 6.5; DUO-TRE 2; TRE-UNO 2; triangle 10.5;
	 * CLB-DUO-UNO: 1 + 1 + 6.5 = 8.5 second */
	CHECK(ent_network_load(&n, t->s, NULL) == ENT_OK);
	CHECK(ent_network_triangles(n, 0, &tri, &nt, NULL) == ENT_OK);
	CHECK_INT(nt, 2);
	CHECK(NEAR(tri[0].strength, 10.5));
	CHECK_STR(n->nodes[tri[0].a].s, "DUO");
	CHECK_STR(n->nodes[tri[0].c].s, "UNO");
	CHECK(NEAR(tri[1].strength, 8.5));
	CHECK_INT(n->is_bloc[ent_network_node(n, "CLB")], 1);
	CHECK_INT(ent_network_edge(n, (size_t)ent_network_node(n, "DUO"),
				   (size_t)ent_network_node(n, "UNO"))->counts[ENT_TIE_SHARED_BLOC], 1);
	ent__free(tri);
	ent_network_free(n);

	/* a year window drops the undated exercises and memberships */
	{
		ent_tie_filter f = ENT_TIE_FILTER_INIT;
		f.from_year = 2002;
		CHECK(ent_store_ties(t->s, &f, &ties) == ENT_OK);
		CHECK_INT(ties->n, 1);
		CHECK_INT(ties->v[0].count, 1);
		CHECK(NEAR(ties->v[0].usd, 20e6));
		ent_tie_list_free(ties);
	}
}

TEST(analyse_network__store_ties_and_triangles)
{
	sfx t;
	if (sfx_open(&t) != 0) {
		CHECK(!"cannot open a store");
		return;
	}
	body_store_ties(&t);
	sfx_close(&t);
}

static void body_armsrace_store(sfx *t)
{
	ent_armsrace *a = NULL;
	/* rivals RRR and SSS; RRR buys 10m in 2000, 30m in 2010; SSS 5m in 2001, 8m in 2009.
	 * split (2000 + 2010) / 2 = 2005: RRR 10 -> 30 (3.0), SSS 5 -> 8 (1.6): rising */
	CHECK(add_pair(t->s, "R and S are rivals.", ENT_FACT_RIVALRY, "RRR", "SSS") == 0);
	CHECK(add_deal(t->s, "U sold R kit in 2000.", "UUU", "RRR", 2000, 10e6) == 0);
	CHECK(add_deal(t->s, "U sold R kit in 2010.", "UUU", "RRR", 2010, 30e6) == 0);
	CHECK(add_deal(t->s, "V sold S kit in 2001.", "VVV", "SSS", 2001, 5e6) == 0);
	CHECK(add_deal(t->s, "V sold S kit in 2009.", "VVV", "SSS", 2009, 8e6) == 0);
	CHECK(ent_armsrace_compute(&a, t->s, NULL, 0) == ENT_OK);
	CHECK_INT(a->n, 1);
	CHECK_STR(a->v[0].side[0].code.s, "RRR");
	CHECK_INT(a->v[0].split, 2005);
	CHECK(NEAR(a->v[0].side[0].ratio, 3.0));
	CHECK(NEAR(a->v[0].side[1].ratio, 1.6));
	CHECK_INT(a->v[0].rising, 1);
	ent_armsrace_free(a);
	CHECK(ent_armsrace_compute(&a, t->s, "QQQ", 0) == ENT_OK);
	CHECK_INT(a->n, 0);
	ent_armsrace_free(a);
}

TEST(analyse_armsrace__from_store)
{
	sfx t;
	if (sfx_open(&t) != 0) {
		CHECK(!"cannot open a store");
		return;
	}
	body_armsrace_store(&t);
	sfx_close(&t);
}

static void body_contradictions(sfx *t)
{
	ent_contradiction_list *l = NULL;
	ent_store_counts c;
	/* fact 1: 2016, $30m */
	CHECK(add_deal(t->s, "Pak sold Aze trainers for $30m in 2016.", "PAK", "AZE", 2016, 30e6) == 0);
	/* 2016, $45m: 50% apart, a new fact (2) and a value contradiction */
	CHECK(add_deal(t->s, "Another says the 2016 deal was $45m.", "PAK", "AZE", 2016, 45e6) == 0);
	CHECK(ent_store_contradictions(t->s, 0, &l) == ENT_OK);
	CHECK_INT(l->n, 1);
	CHECK_STR(l->v[0].attribute, "value");
	CHECK_STR(l->v[0].value_a, "USD 30000000");
	CHECK_STR(l->v[0].value_b, "USD 45000000");
	CHECK_INT(l->v[0].fact_id, 2);
	CHECK_INT(l->v[0].fact_a, 1);
	CHECK_INT(l->v[0].fact_b, 2);
	CHECK_STR(l->v[0].quote_a, "Pak sold Aze trainers for $30m in 2016.");
	CHECK_STR(l->v[0].quote_b, "Another says the 2016 deal was $45m.");
	ent_contradiction_list_free(l);
	l = NULL;

	/* $30.9m in 2016: 3% off fact 1, merged into it, the difference kept */
	CHECK(add_deal(t->s, "A third puts it at $30.9m in 2016.", "PAK", "AZE", 2016, 30.9e6) == 0);
	/* $45m in 2019: the value of fact 2 with another year (a new fact 3) */
	CHECK(add_deal(t->s, "A fourth dates the $45m deal to 2019.", "PAK", "AZE", 2019, 45e6) == 0);
	/* an unrelated pair changes nothing */
	CHECK(add_deal(t->s, "Ind sold Arm radars for $45m in 2019.", "IND", "ARM", 2019, 45e6) == 0);
	CHECK(ent_store_contradictions(t->s, 0, &l) == ENT_OK);
	CHECK_INT(l->n, 3);
	CHECK_STR(l->v[1].attribute, "value");
	CHECK_INT(l->v[1].fact_id, 1);
	CHECK_STR(l->v[1].value_b, "USD 30900000");
	CHECK_STR(l->v[1].quote_b, "A third puts it at $30.9m in 2016.");
	CHECK_STR(l->v[2].attribute, "year");
	CHECK_STR(l->v[2].value_a, "2016");
	CHECK_STR(l->v[2].value_b, "2019");
	CHECK_INT(l->v[2].fact_a, 2);
	ent_contradiction_list_free(l);
	l = NULL;

	/* filtered by fact: fact 2 is named by the first and the third */
	CHECK(ent_store_contradictions(t->s, 2, &l) == ENT_OK);
	CHECK_INT(l->n, 2);
	ent_contradiction_list_free(l);
	CHECK(ent_store_count(t->s, &c) == ENT_OK);
	CHECK_INT(c.contradictions, 3);
	CHECK_INT(c.facts, 4);
}

TEST(store_contradictions__recorded_not_overwritten)
{
	sfx t;
	if (sfx_open(&t) != 0) {
		CHECK(!"cannot open a store");
		return;
	}
	body_contradictions(&t);
	sfx_close(&t);
}

TEST(render_network__dot_and_svg)
{
	ent_tie_list *t = five();
	ent_network *n = net_of(t);
	char *dot = NULL, *svg = NULL;
	ent_tie_list_free(t);
	CHECK(n != NULL);
	CHECK(ent_network_dot(&dot, n, "EEE", NULL, 0) == ENT_OK);
	/* EEE's neighbourhood: AAA, BBB, EEE; not CCC or DDD */
	CHECK(strstr(dot, "\"AAA\" -- \"EEE\"") != NULL);
	CHECK(strstr(dot, "\"CCC\"") == NULL);
	CHECK(strstr(dot, "style=dashed") != NULL);
	{
		/* two nodes at most: EEE and its strongest neighbour (AAA and BBB
		 * both -3: the smaller code, AAA) */
		char *two = NULL;
		CHECK(ent_network_dot(&two, n, "EEE", NULL, 2) == ENT_OK);
		CHECK(strstr(two, "\"AAA\" -- \"EEE\"") != NULL);
		CHECK(strstr(two, "\"BBB\"") == NULL);
		ent_free(two);
	}
	{
		char *none = NULL;
		CHECK(ent_network_dot(&none, n, "ZZZ", NULL, 0) == ENT_ENOTFOUND);
		CHECK(none == NULL);
	}
	CHECK(ent_network_svg(&svg, dot, "net") == ENT_OK);
	CHECK(strncmp(svg, "<svg id=\"net\"", 13) == 0);
	CHECK(strstr(svg, "node_AAA") != NULL);
	ent_free(svg);
	ent_free(dot);
	ent_network_free(n);
}

/* Store one exercise of @p n participants in @p year. */
static int add_exercise(ent_store *s, const char *text, const char *const *who, size_t n, int year)
{
	ent_doc *d = NULL;
	ent_fact_list *l = NULL;
	ent_fact f;
	size_t i;
	int added = 0, rc;
	if (ent_doc_new(&d, text, strlen(text), "ex.txt", NULL, NULL) != ENT_OK)
		return -1;
	ent_fact_list_new(&l);
	ent_fact_init(&f, ENT_FACT_EXERCISE);
	for (i = 0; i < n; i++)
		ent_fact_add_code(f.participants, &f.nparticipants, who[i]);
	ent_fact_sort_codes(f.participants, f.nparticipants);
	f.year = year;
	ent_fact_add_evidence(&f, "", "ex.txt", 0, strlen(text), text, strlen(text), "test");
	ent_fact_list_push(l, &f);
	rc = ent_store_add_document(s, d, l, &added);
	ent_fact_list_free(l);
	ent_doc_free(d);
	return rc == ENT_OK && added ? 0 : -1;
}

static int64_t tie_count(const ent_tie_list *l, const char *a, const char *b, ent_tie_kind k,
			 double *usd)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (l->v[i].kind == k && strcmp(l->v[i].a.s, a) == 0 && strcmp(l->v[i].b.s, b) == 0) {
			if (usd)
				*usd = l->v[i].usd;
			return l->v[i].count;
		}
	return 0;
}

/* The running totals (no year bound) follow merges exactly as the grouped
 * query over the facts (a year window) does. */
static void body_totals_follow_merges(sfx *t)
{
	static const char *const two[] = {"AAA", "BBB"}, *const three[] = {"AAA", "BBB", "CCC"};
	ent_tie_filter win = ENT_TIE_FILTER_INIT;
	ent_tie_list *tot = NULL, *grp = NULL;
	double usd = -1;
	int pass;

	/* a deal with no value, then the same deal with $30m: merged, value filled */
	CHECK(add_deal(t->s, "Pak sold Aze trainers in 2016.", "PAK", "AZE", 2016, 0) == 0);
	CHECK(add_deal(t->s, "The 2016 trainer deal was worth $30m.", "PAK", "AZE", 2016, 30e6) == 0);
	/* an exercise of two, then the same with a third: merged into three */
	CHECK(add_exercise(t->s, "A and B drilled in 2020.", two, 2, 2020) == 0);
	CHECK(add_exercise(t->s, "A, B and C drilled in 2020.", three, 3, 2020) == 0);

	win.from_year = 1900;
	CHECK(ent_store_ties(t->s, NULL, &tot) == ENT_OK);
	CHECK(ent_store_ties(t->s, &win, &grp) == ENT_OK);
	for (pass = 0; pass < 2; pass++) {
		const ent_tie_list *l = pass ? grp : tot;
		CHECK_INT(tie_count(l, "PAK", "AZE", ENT_TIE_DEAL, &usd), 1);
		CHECK(NEAR(usd, 30e6));
		CHECK_INT(tie_count(l, "AAA", "BBB", ENT_TIE_EXERCISE, NULL), 1);
		CHECK_INT(tie_count(l, "AAA", "CCC", ENT_TIE_EXERCISE, NULL), 1);
		CHECK_INT(tie_count(l, "BBB", "CCC", ENT_TIE_EXERCISE, NULL), 1);
		CHECK_INT(l->n, 4);
	}
	ent_tie_list_free(tot);
	ent_tie_list_free(grp);
	{
		ent_import_year *y = NULL;
		size_t n = 0;
		CHECK(ent_store_imports(t->s, "AZE", &y, &n) == ENT_OK);
		CHECK_INT(n, 1);
		CHECK_INT(y[0].deals, 1);
		CHECK_INT(y[0].valued, 1);
		CHECK(NEAR(y[0].usd, 30e6));
		ent__free(y);
	}
}

TEST(store_ties__totals_follow_merges)
{
	sfx t;
	if (sfx_open(&t) != 0) {
		CHECK(!"cannot open a store");
		return;
	}
	body_totals_follow_merges(&t);
	sfx_close(&t);
}

/* Deleting a fact (as a SIPRI re-import does) takes its ties and imports
 * along. */
static void body_totals_follow_deletes(sfx *t)
{
	static const char *const three[] = {"AAA", "BBB", "CCC"};
	ent_tie_list *l = NULL;
	ent_import_year *y = NULL;
	size_t n = 0;
	sqlite3 *db = NULL;

	CHECK(add_deal(t->s, "Pak sold Aze trainers for $30m in 2016.", "PAK", "AZE", 2016, 30e6) == 0);
	CHECK(add_exercise(t->s, "A, B and C drilled in 2020.", three, 3, 2020) == 0);
	CHECK(add_pair(t->s, "Aze supports Pak.", ENT_FACT_STANCE, "AZE", "PAK") == 0);
	CHECK(sqlite3_open(t->path, &db) == SQLITE_OK);
	sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
	CHECK(sqlite3_exec(db, "DELETE FROM facts WHERE type IN ('deal', 'exercise')", NULL, NULL,
			   NULL) == SQLITE_OK);
	sqlite3_close(db);
	CHECK(ent_store_ties(t->s, NULL, &l) == ENT_OK);
	CHECK_INT(l->n, 1);
	CHECK_INT(l->v[0].kind, ENT_TIE_SUPPORT);
	ent_tie_list_free(l);
	CHECK(ent_store_imports(t->s, NULL, &y, &n) == ENT_OK);
	CHECK_INT(n, 0);
	ent__free(y);
}

TEST(store_ties__totals_follow_deletes)
{
	sfx t;
	if (sfx_open(&t) != 0) {
		CHECK(!"cannot open a store");
		return;
	}
	body_totals_follow_deletes(&t);
	sfx_close(&t);
}
