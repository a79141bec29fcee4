/*
 * test_analyse_register.c - the deal register, the timeline and the pivot
 * on the hand-built store of test_analyse_helpers.h.
 */
#include "test_analyse_helpers.h"

/* AZE's deals, oldest first: 2015 (1), 2016 (3), 2018 (2), 2022 (4), 2023 (5). */
static void register_actor(afx *t)
{
	ent_register_options o = ENT_REGISTER_OPTIONS_INIT;
	ent_register *r = NULL;
	o.actor = "AZE";
	CHECK_INT(ent_register_build(&r, t->s, &o), ENT_OK);
	CHECK_INT(r->n, 5);
	CHECK_INT(r->rows[0].year, 2015);
	CHECK_INT(r->rows[1].year, 2016);
	CHECK_INT(r->rows[2].year, 2018);
	CHECK_INT(r->rows[4].year, 2023);
	CHECK_STR(r->rows[0].deal, "TUR -> AZE: Bayraktar TB2");
	CHECK_STR(r->rows[0].components, "6 x Bayraktar TB2 (drone)");
	CHECK_STR(r->rows[3].deal, "PAK,TUR -> AZE: artillery shells");
	CHECK(r->rows[0].value.present && r->rows[0].value.usd == 300e6);
	CHECK(!r->rows[4].value.present);
	CHECK_INT(r->rows[0].sources, 1);
	CHECK(r->rows[0].fact_id > 0);
	ent_register_free(r);
}

static void register_filters(afx *t)
{
	ent_register_options o = ENT_REGISTER_OPTIONS_INIT;
	ent_register *r = NULL;
	char *out = NULL;
	CHECK_INT(ent_register_build(&r, t->s, NULL), ENT_OK);
	CHECK_INT(r->n, 6); /* every deal, the TUR -> ARM one too */
	ent_register_free(r);
	o.from_year = 2016;
	o.to_year = 2020;
	CHECK_INT(ent_register_build(&r, t->s, &o), ENT_OK);
	CHECK_INT(r->n, 3); /* 2016, 2018, 2020 */
	CHECK_INT(r->rows[2].year, 2020);
	CHECK_STR(r->rows[2].recipient.s, "ARM");
	ent_register_free(r);
	o.from_year = o.to_year = 0;
	o.actor = "AZE";
	o.limit = 2; /* the two newest, still oldest first */
	CHECK_INT(ent_register_build(&r, t->s, &o), ENT_OK);
	CHECK_INT(r->n, 2);
	CHECK_INT(r->more, 1);
	CHECK_INT(r->rows[0].year, 2022);
	CHECK_INT(r->rows[1].year, 2023);
	AFX_CAPTURE(out, ent_render_register(fp_, r, ENT_ANALYSIS_CSV));
	CHECK(strncmp(out, "Deal,Value,Year,Major Components,Sources\r\n", 42) == 0);
	CHECK(strstr(out, "PAK -> AZE: artillery shells,NA,2023,") != NULL);
	free(out);
	ent_register_free(r);
	o.actor = "A-Z";
	CHECK_INT(ent_register_build(&r, t->s, &o), ENT_EUSAGE);
}

/* TUR-AZE: 2015 deal, 2018 deal, 2019 exercise, 2020 stance, 2022 deal,
 * then the undated supply tie; the rivalry ARM-AZE is not TUR's. */
static void timeline(afx *t)
{
	ent_timeline *tl = NULL;
	char *out = NULL;
	json_t *j;
	json_error_t je;
	static const int years[] = {2015, 2018, 2019, 2020, 2022, 0};
	size_t i;
	CHECK_INT(ent_timeline_build(&tl, t->s, "TUR", "AZE"), ENT_OK);
	CHECK_INT(tl->n, 6);
	CHECK_INT(tl->ndated, 5);
	for (i = 0; i < 6; i++)
		CHECK_INT(tl->rows[i].year, years[i]);
	CHECK_INT(tl->rows[2].type, ENT_FACT_EXERCISE);
	CHECK_STR(tl->rows[2].text, "Exercise Brotherly Fist (AZE, TUR)");
	CHECK_STR(tl->rows[3].text, "TUR supports AZE on Karabakh");
	CHECK_INT(tl->rows[5].type, ENT_FACT_SUPPLY);
	AFX_CAPTURE(out, ent_render_timeline(fp_, tl, ENT_ANALYSIS_JSON));
	j = json_loads(out, 0, &je);
	free(out);
	CHECK(j != NULL);
	CHECK(json_array_size(json_object_get(j, "rows")) == 6);
	CHECK(json_is_null(json_object_get(json_array_get(json_object_get(j, "rows"), 5), "year")));
	json_decref(j);
	out = NULL;
	AFX_CAPTURE(out, ent_render_timeline(fp_, tl, ENT_ANALYSIS_TABLE));
	CHECK(strstr(out, "no year") != NULL);
	free(out);
	ent_timeline_free(tl);
	CHECK_INT(ent_timeline_build(&tl, t->s, "AZE", "aze"), ENT_EUSAGE);
}

/* TUR:AZE against IND:ARM (nothing stored for the second pair but the
 * rivalry of ARM). */
static void pivot(afx *t)
{
	ent_pivot *p = NULL;
	char *out = NULL;
	size_t i;
	CHECK_INT(ent_pivot_build(&p, t->s, "TUR", "AZE", "IND", "ARM"), ENT_OK);
	CHECK_INT(p->n, 8);
	CHECK_STR(p->rows[0].aspect, "Most recent major deal");
	CHECK_STR(p->rows[0].cell[0].text,
		  "PAK,TUR -> AZE, 2022, $400.0 m, signed: artillery shells (ammunition)");
	CHECK_INT(p->rows[0].cell[0].nfact_ids, 1);
	/* 300 + 100 + 400 */
	CHECK_STR(p->rows[1].cell[0].text, "$800.0 m (3 of 3 deals with a stated USD value)");
	CHECK_INT(p->rows[1].cell[0].nfact_ids, 3);
	CHECK_STR(p->rows[2].cell[0].text, "3 deals, 1 supply tie");
	CHECK_STR(p->rows[3].cell[0].text, "Exercise Brotherly Fist (AZE, TUR) (2019)");
	CHECK(strncmp(p->rows[4].cell[0].text, "TUR (Bayraktar TB2, artillery shells, legacy systems)",
		      53) == 0);
	CHECK(strstr(p->rows[4].cell[0].text, "; PAK (artillery shells)") != NULL);
	CHECK_STR(p->rows[6].cell[0].text, "OIC");
	CHECK_INT(p->rows[6].cell[0].nfact_ids, 2);
	CHECK_STR(p->rows[7].cell[0].text, "ARM and AZE rivals");
	for (i = 0; i < 7; i++) {
		CHECK_STR(p->rows[i].cell[1].text, "no data");
		CHECK_INT(p->rows[i].cell[1].nfact_ids, 0);
	}
	CHECK_STR(p->rows[7].cell[1].text, "ARM and AZE rivals");
	AFX_CAPTURE(out, ent_render_pivot(fp_, p, ENT_ANALYSIS_MD));
	CHECK(strncmp(out, "| Aspect | TUR-AZE | IND-ARM |\n|---|---|---|\n", 44) == 0);
	CHECK(strstr(out, "| Military exercises | Exercise Brotherly Fist (AZE, TUR) (2019) [facts ") != NULL);
	free(out);
	ent_pivot_free(p);
	CHECK_INT(ent_pivot_build(&p, t->s, "TUR", "TUR", "IND", "ARM"), ENT_EUSAGE);
	CHECK(p == NULL);
}

static void oom(afx *t)
{
	long n;
	int done[3] = {0, 0, 0};
	for (n = 0; n < 2000 && !(done[0] && done[1] && done[2]); n++) {
		ent_register *r = NULL;
		ent_timeline *tl = NULL;
		ent_pivot *p = NULL;
		int rc;
		if (!done[0]) {
			ent__alloc_fail_after(n);
			rc = ent_register_build(&r, t->s, NULL);
			ent__alloc_fail_after(-1);
			CHECK((rc == ENT_OK) == (r != NULL));
			done[0] = rc == ENT_OK;
			ent_register_free(r);
		}
		if (!done[1]) {
			ent__alloc_fail_after(n);
			rc = ent_timeline_build(&tl, t->s, "TUR", "AZE");
			ent__alloc_fail_after(-1);
			CHECK((rc == ENT_OK) == (tl != NULL));
			done[1] = rc == ENT_OK;
			ent_timeline_free(tl);
		}
		if (!done[2]) {
			ent__alloc_fail_after(n);
			rc = ent_pivot_build(&p, t->s, "TUR", "AZE", "IND", "ARM");
			ent__alloc_fail_after(-1);
			CHECK((rc == ENT_OK) == (p != NULL));
			done[2] = rc == ENT_OK;
			ent_pivot_free(p);
		}
	}
	CHECK(done[0] && done[1] && done[2]);
}

/* The store merges a restated deal and fills in its year: the analyses'
 * index (fact_codes, kept by triggers) must follow, so the deal is found
 * by a year bound and dated in the timeline. */
static void merged_year(afx *t)
{
	static const char text[] = "A second invented document restating a deal with its year.";
	ent_register_options o = ENT_REGISTER_OPTIONS_INIT;
	ent_register *r = NULL;
	ent_timeline *tl = NULL;
	ent_fact_list *l = NULL;
	ent_doc *d2 = NULL;
	ent_fact f;
	int added = 0;
	CHECK_INT(ent_fact_list_new(&l), ENT_OK);
	ent_fact_init(&f, ENT_FACT_DEAL);
	ent_fact_add_code(f.suppliers, &f.nsuppliers, "ISR");
	ent_code_set(&f.recipient, "ARM");
	f.value.present = f.value.has_usd = 1;
	f.value.amount = f.value.usd = 5e7;
	memcpy(f.value.currency, "USD", 4);
	ent_fact_add_item(&f, ENT_CAT_AMMUNITION, "artillery shells", 16, NULL, -1);
	afx_ev(&f, t->doc, 0);
	ent_fact_list_push(l, &f);
	CHECK_INT(ent_doc_new(&d2, text, strlen(text), "second.txt", NULL, NULL), ENT_OK);
	/* the first statement has no year */
	{
		ent_doc *d1 = NULL;
		static const char t1[] = "A third invented document with the undated statement.";
		ent_doc_new(&d1, t1, strlen(t1), "third.txt", NULL, NULL);
		l->v[0].evidence[0].doc[0] = '\0';
		CHECK_INT(ent_store_add_document(t->s, d1, l, &added), ENT_OK);
		ent_doc_free(d1);
	}
	o.actor = "ARM";
	o.from_year = 2019;
	CHECK_INT(ent_register_build(&r, t->s, &o), ENT_OK);
	CHECK_INT(r->n, 1); /* only the 2020 TUR -> ARM deal */
	ent_register_free(r);
	l->v[0].year = 2019;
	l->v[0].evidence[0].doc[0] = '\0';
	CHECK_INT(ent_store_add_document(t->s, d2, l, &added), ENT_OK);
	CHECK_INT(added, 1);
	CHECK_INT(ent_register_build(&r, t->s, &o), ENT_OK);
	CHECK_INT(r->n, 2);
	CHECK_INT(r->rows[0].year, 2019);
	CHECK_STR(r->rows[0].deal, "ISR -> ARM: artillery shells");
	CHECK_INT(r->rows[0].sources, 2); /* one fact, two documents */
	ent_register_free(r);
	CHECK_INT(ent_timeline_build(&tl, t->s, "ISR", "ARM"), ENT_OK);
	CHECK_INT(tl->n, 1);
	CHECK_INT(tl->rows[0].year, 2019);
	ent_timeline_free(tl);
	ent_doc_free(d2);
	ent_fact_list_free(l);
}

TEST(analyse_register__actor_oldest_first) { afx_run(register_actor); }
TEST(analyse_register__filters_limit_csv) { afx_run(register_filters); }
TEST(analyse_timeline__dyad_all_types) { afx_run(timeline); }
TEST(analyse_pivot__aspects_and_no_data) { afx_run(pivot); }
TEST(analyse_register__out_of_memory) { afx_run(oom); }
TEST(analyse_register__merge_updates_index) { afx_run(merged_year); }
