/*
 * test_analyse_dependence.c - supplier shares, HHI and the change between
 * two windows on the hand-built store of test_analyse_helpers.h; every
 * expected number is worked out by hand in the comments.
 */
#include "test_analyse_helpers.h"

static const ent_dependence_share *find(const ent_dependence_window *w, const char *c)
{
	size_t i;
	for (i = 0; i < w->n; i++)
		if (strcmp(w->v[i].supplier.s, c) == 0)
			return &w->v[i];
	return NULL;
}

/* All years, AZE: TUR deals 1,2,4 + tie 7 = 4; PAK deals 4,5 = 2; ISR 3 = 1;
 * RUS tie 6 = 1; total 8.  Count shares .5 .25 .125 .125;
 * HHI = 50^2 + 25^2 + 12.5^2 + 12.5^2 = 3437.5.
 * Value (deal 4's 400 split 200/200): TUR 300+100+200 = 600, ISR 600,
 * PAK 200, total 1400; HHI = 2 (600/14)^2 + (200/14)^2. */
static void all_years(afx *t)
{
	ent_dependence *d = NULL;
	ent_error err;
	const ent_dependence_share *tur, *pak, *isr, *rus;
	double hv = 2 * (600.0 / 14) * (600.0 / 14) + (200.0 / 14) * (200.0 / 14);
	CHECK_INT(ent_dependence_build(&d, t->s, "aze", NULL, &err), ENT_OK);
	CHECK_STR(d->importer.s, "AZE");
	CHECK_INT(d->window.n, 4);
	CHECK_STR(d->window.v[0].supplier.s, "TUR"); /* largest count share first */
	CHECK_STR(d->window.v[1].supplier.s, "PAK");
	tur = find(&d->window, "TUR");
	pak = find(&d->window, "PAK");
	isr = find(&d->window, "ISR");
	rus = find(&d->window, "RUS");
	CHECK(tur && pak && isr && rus);
	CHECK_INT(tur->deals, 3);
	CHECK_INT(tur->supply_ties, 1);
	CHECK_INT(rus->deals, 0);
	CHECK_INT(d->window.total_count, 8);
	CHECK(near(tur->count_share, 0.5) && near(pak->count_share, 0.25));
	CHECK(near(isr->count_share, 0.125) && near(rus->count_share, 0.125));
	CHECK(near(d->window.hhi_count, 3437.5));
	CHECK(near(tur->value_usd, 600e6) && near(pak->value_usd, 200e6));
	CHECK(near(d->window.total_usd, 1400e6));
	CHECK(near(isr->value_share, 600.0 / 1400));
	CHECK(near(d->window.hhi_value, hv));
	CHECK_INT(d->window.valued_deals, 4);
	CHECK_INT(d->window.unvalued_deals, 1);
	CHECK_INT(tur->nfact_ids, 4); /* facts 1, 2, 4, 7 */
	CHECK(tur->fact_ids[0] < tur->fact_ids[1]);
	ent_dependence_free(d);
}

/* 2016-2022: deals 2 (TUR), 3 (ISR), 4 (PAK+TUR), tie 6 (RUS); the undated
 * tie 7 and 2015/2023 deals drop out.  TUR 2, ISR 1, PAK 1, RUS 1 of 5. */
static void window(afx *t)
{
	ent_dependence_options o = ENT_DEPENDENCE_OPTIONS_INIT;
	ent_dependence *d = NULL;
	ent_error err;
	o.from_year = 2016;
	o.to_year = 2022;
	o.measure = ENT_MEASURE_VALUE;
	CHECK_INT(ent_dependence_build(&d, t->s, "AZE", &o, &err), ENT_OK);
	CHECK_INT(d->window.total_count, 5);
	CHECK(near(find(&d->window, "TUR")->count_share, 0.4));
	/* by value: ISR 600, TUR 100+200 = 300, PAK 200 of 1100: ISR first */
	CHECK_STR(d->window.v[0].supplier.s, "ISR");
	CHECK(near(d->window.v[0].value_share, 600.0 / 1100));
	ent_dependence_free(d);
}

/* 2015-2018: TUR 2 (deals 1, 2), ISR 1 (3): 2/3, 1/3, HHI 5555.6.
 * 2021-2023: PAK 2 (4, 5), TUR 1 (4), RUS 1 (6): .5 .25 .25, HHI 3750.
 * TUR: 66.7% -> 25% = -41.7 pp; PAK +50 pp (largest change, first). */
static void compare(afx *t)
{
	ent_dependence_options o = ENT_DEPENDENCE_OPTIONS_INIT;
	ent_dependence *d = NULL;
	ent_error err;
	size_t i;
	o.compare = 1;
	o.before_from = 2015;
	o.before_to = 2018;
	o.after_from = 2021;
	o.after_to = 2023;
	CHECK_INT(ent_dependence_build(&d, t->s, "AZE", &o, &err), ENT_OK);
	CHECK(d->compared);
	CHECK(near(d->before.hhi_count, 10000.0 * (4.0 / 9 + 1.0 / 9)));
	CHECK(near(d->after.hhi_count, 3750));
	CHECK(near(d->hhi_change, 3750 - 10000.0 * 5.0 / 9));
	CHECK_INT(d->nchanges, 4);
	CHECK_STR(d->changes[0].supplier.s, "PAK");
	CHECK(near(d->changes[0].change_pp, 50));
	for (i = 0; i < d->nchanges; i++)
		if (strcmp(d->changes[i].supplier.s, "TUR") == 0)
			break;
	CHECK(i < d->nchanges);
	CHECK(near(d->changes[i].before, 2.0 / 3) && near(d->changes[i].after, 0.25));
	CHECK(near(d->changes[i].change_pp, (0.25 - 2.0 / 3) * 100));
	ent_dependence_free(d);
}

static void render(afx *t)
{
	ent_dependence_options o = ENT_DEPENDENCE_OPTIONS_INIT;
	ent_dependence *d = NULL;
	ent_error err;
	char *out = NULL;
	json_t *j;
	json_error_t je;
	o.compare = 1;
	o.before_from = 2015;
	o.before_to = 2018;
	o.after_from = 2021;
	o.after_to = 2023;
	CHECK_INT(ent_dependence_build(&d, t->s, "AZE", &o, &err), ENT_OK);
	AFX_CAPTURE(out, ent_render_dependence(fp_, d, ENT_ANALYSIS_JSON));
	j = json_loads(out, 0, &je);
	free(out);
	CHECK(j != NULL);
	CHECK(json_real_value(json_object_get(json_object_get(json_object_get(j, "window"), "hhi"),
					      "count")) == 3437.5);
	CHECK(json_array_size(json_object_get(json_object_get(j, "compare"), "changes")) == 4);
	json_decref(j);
	out = NULL;
	AFX_CAPTURE(out, ent_render_dependence(fp_, d, ENT_ANALYSIS_MD));
	CHECK(strstr(out, "| PAK | 0.0% | 50.0% | +50.0 |") != NULL);
	CHECK(strstr(out, "HHI 5556 -> 3750 (-1806)") != NULL);
	free(out);
	ent_dependence_free(d);
}

static void bad_input(afx *t)
{
	ent_dependence *d = NULL;
	ent_error err;
	ent_dependence_options o = ENT_DEPENDENCE_OPTIONS_INIT;
	CHECK_INT(ent_dependence_build(&d, t->s, "A", NULL, &err), ENT_EUSAGE);
	CHECK(d == NULL);
	o.version = 99;
	CHECK_INT(ent_dependence_build(&d, t->s, "AZE", &o, &err), ENT_EUSAGE);
	/* an importer nobody supplies: no rows, HHI 0 */
	CHECK_INT(ent_dependence_build(&d, t->s, "NZL", NULL, &err), ENT_OK);
	CHECK_INT(d->window.n, 0);
	CHECK(near(d->window.hhi_count, 0));
	ent_dependence_free(d);
}

static void oom(afx *t)
{
	long n;
	for (n = 0; n < 200; n++) {
		ent_dependence_options o = ENT_DEPENDENCE_OPTIONS_INIT;
		ent_dependence *d = NULL;
		ent_error err;
		int rc;
		o.compare = 1;
		o.before_from = 2015;
		o.before_to = 2018;
		o.after_from = 2021;
		o.after_to = 2023;
		ent__alloc_fail_after(n);
		rc = ent_dependence_build(&d, t->s, "AZE", &o, &err);
		ent__alloc_fail_after(-1);
		CHECK(rc == ENT_OK || rc == ENT_ENOMEM || rc == ENT_ESTORE);
		CHECK((rc == ENT_OK) == (d != NULL));
		ent_dependence_free(d);
		if (rc == ENT_OK)
			break;
	}
	CHECK(n < 200);
}

TEST(analyse_dependence__all_years_shares_and_hhi) { afx_run(all_years); }
TEST(analyse_dependence__window) { afx_run(window); }
TEST(analyse_dependence__compare_windows) { afx_run(compare); }
TEST(analyse_dependence__render_json_md) { afx_run(render); }
TEST(analyse_dependence__bad_input) { afx_run(bad_input); }
TEST(analyse_dependence__out_of_memory) { afx_run(oom); }
