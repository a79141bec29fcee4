/*
 * test_analyse_helpers.h - a small hand-built store for the analysis tests
 * (test_analyse_*.c): facts built in C, added with ent_store_add_document
 * into a temporary database, and output captured from the renderers.
 *
 * The store (years, values in USD millions):
 *   1 deal   TUR -> AZE 2015 300  (Bayraktar TB2, drone)
 *   2 deal   TUR -> AZE 2018 100
 *   3 deal   ISR -> AZE 2016 600
 *   4 deal   PAK+TUR -> AZE 2022 400
 *   5 deal   PAK -> AZE 2023 (no value)
 *   6 supply RUS -> AZE 2021
 *   7 supply TUR -> AZE (no year)
 *   8 deal   TUR -> ARM 2020 999   (another recipient)
 *   9 exercise AZE, TUR 2019 "Brotherly Fist"
 *  10 stance TUR supports AZE 2020 on Karabakh
 *  11 rivalry ARM, AZE
 *  12 membership TUR in OIC; 13 membership AZE in OIC; 14 AZE in CIS
 */
#ifndef ENT_TEST_ANALYSE_HELPERS_H
#define ENT_TEST_ANALYSE_HELPERS_H

#include "test.h"
#include "entente/analyse.h"
#include "entente/store.h"
#include "util/alloc.h"

#include <jansson.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct afx {
	char dir[64];
	char path[128];
	ent_store *s;
	ent_doc *doc;
	ent_fact_list *in;
} afx;

static void afx_ev(ent_fact *f, const ent_doc *d, size_t k)
{
	ent_fact_add_evidence(f, d->sha256, d->source, k, k + 3, d->text + k, 3, "test.rule");
}

static void afx_deal(afx *t, const char *sup, const char *sup2, const char *rec, int year,
		     double musd, const char *designation, size_t k)
{
	ent_fact f;
	ent_fact_init(&f, ENT_FACT_DEAL);
	ent_fact_add_code(f.suppliers, &f.nsuppliers, sup);
	if (sup2)
		ent_fact_add_code(f.suppliers, &f.nsuppliers, sup2);
	ent_code_set(&f.recipient, rec);
	f.year = year;
	f.status = ENT_STATUS_SIGNED;
	if (musd > 0) {
		f.value.present = f.value.has_usd = 1;
		f.value.amount = f.value.usd = musd * 1e6;
		memcpy(f.value.currency, "USD", 4);
	}
	if (designation)
		ent_fact_add_item(&f, ENT_CAT_DRONE, "armed drones", 12, designation, 6);
	else
		ent_fact_add_item(&f, ENT_CAT_AMMUNITION, "artillery shells", 16, NULL, -1);
	afx_ev(&f, t->doc, k);
	ent_fact_list_push(t->in, &f);
}

static void afx_supply(afx *t, const char *sup, const char *rec, int year, size_t k)
{
	ent_fact f;
	ent_fact_init(&f, ENT_FACT_SUPPLY);
	ent_fact_add_code(f.suppliers, &f.nsuppliers, sup);
	ent_code_set(&f.recipient, rec);
	f.year = year;
	ent_fact_add_item(&f, ENT_CAT_OTHER, "legacy systems", 14, NULL, -1);
	afx_ev(&f, t->doc, k);
	ent_fact_list_push(t->in, &f);
}

static void afx_other(afx *t)
{
	ent_fact f;
	ent_fact_init(&f, ENT_FACT_EXERCISE);
	ent_fact_add_code(f.participants, &f.nparticipants, "AZE");
	ent_fact_add_code(f.participants, &f.nparticipants, "TUR");
	f.name = ent__strdup("Brotherly Fist");
	f.year = 2019;
	afx_ev(&f, t->doc, 40);
	ent_fact_list_push(t->in, &f);

	ent_fact_init(&f, ENT_FACT_STANCE);
	ent_code_set(&f.actor, "TUR");
	ent_code_set(&f.target, "AZE");
	f.polarity = ENT_POLARITY_SUPPORT;
	f.issue = ent__strdup("Karabakh");
	f.year = 2020;
	afx_ev(&f, t->doc, 44);
	ent_fact_list_push(t->in, &f);

	ent_fact_init(&f, ENT_FACT_RIVALRY);
	ent_fact_add_code(f.participants, &f.nparticipants, "ARM");
	ent_fact_add_code(f.participants, &f.nparticipants, "AZE");
	afx_ev(&f, t->doc, 48);
	ent_fact_list_push(t->in, &f);

	ent_fact_init(&f, ENT_FACT_MEMBERSHIP);
	ent_code_set(&f.actor, "TUR");
	ent_code_set(&f.target, "OIC");
	afx_ev(&f, t->doc, 52);
	ent_fact_list_push(t->in, &f);
	ent_fact_init(&f, ENT_FACT_MEMBERSHIP);
	ent_code_set(&f.actor, "AZE");
	ent_code_set(&f.target, "OIC");
	afx_ev(&f, t->doc, 56);
	ent_fact_list_push(t->in, &f);
	ent_fact_init(&f, ENT_FACT_MEMBERSHIP);
	ent_code_set(&f.actor, "AZE");
	ent_code_set(&f.target, "CIS");
	afx_ev(&f, t->doc, 60);
	ent_fact_list_push(t->in, &f);
}

static int afx_setup(afx *t)
{
	static const char text[] =
		"An invented test document about supplies, deals, drills and stances among "
		"several states, long enough for every span used by the analysis tests.";
	ent_error err = {0, ""};
	int added = 0;
	memset(t, 0, sizeof *t);
	snprintf(t->dir, sizeof t->dir, "/tmp/entente-analyse-XXXXXX");
	if (!mkdtemp(t->dir))
		return -1;
	snprintf(t->path, sizeof t->path, "%s/a.db", t->dir);
	if (ent_store_open(&t->s, t->path, &err) != ENT_OK)
		return -1;
	if (ent_doc_new(&t->doc, text, strlen(text), "invented.txt", NULL, NULL) != ENT_OK)
		return -1;
	if (ent_fact_list_new(&t->in) != ENT_OK)
		return -1;
	afx_deal(t, "TUR", NULL, "AZE", 2015, 300, "Bayraktar TB2", 0);
	afx_deal(t, "TUR", NULL, "AZE", 2018, 100, NULL, 4);
	afx_deal(t, "ISR", NULL, "AZE", 2016, 600, NULL, 8);
	afx_deal(t, "PAK", "TUR", "AZE", 2022, 400, NULL, 12);
	afx_deal(t, "PAK", NULL, "AZE", 2023, 0, NULL, 16);
	afx_supply(t, "RUS", "AZE", 2021, 20);
	afx_supply(t, "TUR", "AZE", 0, 24);
	afx_deal(t, "TUR", NULL, "ARM", 2020, 999, NULL, 28);
	afx_other(t);
	if (ent_store_add_document(t->s, t->doc, t->in, &added) != ENT_OK || !added)
		return -1;
	return 0;
}

static void afx_teardown(afx *t)
{
	static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
	char p[160];
	size_t i;
	ent__alloc_fail_after(-1);
	ent_store_free(t->s);
	ent_doc_free(t->doc);
	ent_fact_list_free(t->in);
	if (strncmp(t->dir, "/tmp/entente-analyse-", 21) != 0)
		return;
	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		snprintf(p, sizeof p, "%s/a.db%s", t->dir, suffix[i]);
		unlink(p);
	}
	rmdir(t->dir);
}

static void afx_run(void (*body)(afx *))
{
	afx t;
	if (afx_setup(&t) == 0)
		body(&t);
	else
		ent_test_fail(__FILE__, __LINE__, "analysis fixture setup");
	afx_teardown(&t);
}

/* Render into a string (caller frees with free()). */
#define AFX_CAPTURE(out, call)                                               \
	do {                                                                 \
		size_t len_ = 0;                                             \
		FILE *fp_ = open_memstream(&(out), &len_);                   \
		int rc_ = fp_ ? (call) : ENT_EIO;                            \
		if (fp_)                                                     \
			fclose(fp_);                                         \
		CHECK_INT(rc_, ENT_OK);                                      \
	} while (0)

static inline int near(double a, double b) { return a - b < 1e-6 && b - a < 1e-6; }

#endif
