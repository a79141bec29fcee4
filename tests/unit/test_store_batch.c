/*
 * test_store_batch.c - batches of documents (ent_store_set_batch): a
 * failing document is rolled back alone, the batch commits at its document
 * limit, at its time limit, at ent_store_commit and at ent_store_free, and
 * nothing of a batch is visible to another connection before; the
 * fact_suppliers table of the candidate lookup follows inserts, merges,
 * updates and deletes.
 *
 * Each test runs in a fresh directory under /tmp, removed afterwards.
 */
#include "test.h"
#include "entente/store.h"
#include "util/alloc.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

typedef struct bfx {
	char dir[64];
	char path[128];
	ent_store *s;
	ent_fact_list *in;
	ent_doc *doc[4];
	sqlite3 *raw; /* a second connection: sees committed rows only */
} bfx;

static int bfx_setup(bfx *t)
{
	ent_error err = {0, ""};
	memset(t, 0, sizeof *t);
	snprintf(t->dir, sizeof t->dir, "/tmp/entente-batch-XXXXXX");
	if (!mkdtemp(t->dir))
		return -1;
	snprintf(t->path, sizeof t->path, "%s/test.db", t->dir);
	if (ent_fact_list_new(&t->in) != ENT_OK)
		return -1;
	if (ent_store_open(&t->s, t->path, &err) != ENT_OK)
		return -1;
	if (sqlite3_open(t->path, &t->raw) != SQLITE_OK)
		return -1;
	return 0;
}

static void bfx_teardown(bfx *t)
{
	static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
	char p[160];
	size_t i;
	if (t->raw)
		sqlite3_close(t->raw);
	ent_store_free(t->s);
	ent_fact_list_free(t->in);
	for (i = 0; i < 4; i++)
		ent_doc_free(t->doc[i]);
	if (!t->dir[0] || strncmp(t->dir, "/tmp/entente-batch-", 19) != 0)
		return;
	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		snprintf(p, sizeof p, "%s/test.db%s", t->dir, suffix[i]);
		unlink(p);
	}
	rmdir(t->dir);
}

static void run(void (*body)(bfx *))
{
	bfx t;
	if (bfx_setup(&t) == 0)
		body(&t);
	else
		ent_test_fail(__FILE__, __LINE__, "fixture setup");
	bfx_teardown(&t);
}

/* One integer from the second connection (-1 on error). */
static long long raw_int(bfx *t, const char *sql)
{
	sqlite3_stmt *st = NULL;
	long long v = -1;
	if (sqlite3_prepare_v2(t->raw, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static long long committed_docs(bfx *t) { return raw_int(t, "SELECT COUNT(*) FROM documents"); }

/* Document @p i: its own text, with a deal @p sup -> @p rec in the fact list. */
static int make(bfx *t, int i, const char *sup, const char *rec, int year)
{
	char text[128], src[32];
	ent_fact f;
	snprintf(text, sizeof text, "Bulletin %d: %s agreed to sell patrol boats to %s in %d.", i,
		 sup, rec, year);
	snprintf(src, sizeof src, "b%d.txt", i);
	if (ent_doc_new(&t->doc[i], text, strlen(text), src, NULL, NULL) != ENT_OK)
		return -1;
	ent_fact_list_clear(t->in);
	ent_fact_init(&f, ENT_FACT_DEAL);
	ent_fact_add_code(f.suppliers, &f.nsuppliers, sup);
	ent_code_set(&f.recipient, rec);
	f.year = year;
	f.status = ENT_STATUS_SIGNED;
	ent_fact_add_evidence(&f, "", src, 0, 10, text, 10, "test.batch");
	return ent_fact_list_push(t->in, &f);
}

static int add(bfx *t, int i)
{
	int added = 0;
	int rc = ent_store_add_document(t->s, t->doc[i], t->in, &added);
	return rc == ENT_OK ? added : -rc;
}

static void failed_document_rolls_back_alone(bfx *t)
{
	int have = 1;
	CHECK_INT(ent_store_set_batch(t->s, 100, 0), ENT_OK);
	CHECK(make(t, 0, "FRA", "IND", 2020) == 0);
	CHECK_INT(add(t, 0), 1);
	/* document 1: its fact cites a document that is not stored, after the
	 * document row was written inside the batch */
	CHECK(make(t, 1, "RUS", "EGY", 2021) == 0);
	memset(t->in->v[0].evidence[0].doc, 'e', 64);
	CHECK_INT(ent_store_add_document(t->s, t->doc[1], t->in, &have), ENT_ESTORE);
	CHECK_INT(have, 0);
	CHECK(strstr(ent_store_errmsg(t->s), "b1.txt") != NULL);
	CHECK(make(t, 2, "KOR", "POL", 2022) == 0);
	CHECK_INT(add(t, 2), 1);

	/* nothing is committed yet; this handle sees its own batch */
	CHECK_INT(committed_docs(t), 0);
	CHECK_INT(ent_store_has_document(t->s, t->doc[2]->sha256, &have), ENT_OK);
	CHECK_INT(have, 1);
	CHECK_INT(ent_store_has_document(t->s, t->doc[1]->sha256, &have), ENT_OK);
	CHECK_INT(have, 0);

	CHECK_INT(ent_store_commit(t->s), ENT_OK);
	CHECK_INT(committed_docs(t), 2);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM facts"), 2);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM facts WHERE recipient = 'EGY'"), 0);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_actors WHERE code = 'RUS'"), 0);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_suppliers WHERE supplier = 'RUS'"), 0);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM tie_totals WHERE a = 'RUS'"), 0);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM evidence"), 2);
	/* committing again with nothing open does nothing */
	CHECK_INT(ent_store_commit(t->s), ENT_OK);
	CHECK_INT(committed_docs(t), 2);
}
TEST(store_batch__failed_document_rolls_back_alone) { run(failed_document_rolls_back_alone); }

static void commits_at_document_limit(bfx *t)
{
	CHECK_INT(ent_store_set_batch(t->s, 2, 0), ENT_OK);
	CHECK(make(t, 0, "FRA", "IND", 2020) == 0);
	CHECK_INT(add(t, 0), 1);
	CHECK_INT(committed_docs(t), 0);
	CHECK(make(t, 1, "FRA", "IND", 2021) == 0);
	CHECK_INT(add(t, 1), 1);
	CHECK_INT(committed_docs(t), 2); /* the second document filled the batch */
	CHECK(make(t, 2, "USA", "JPN", 2022) == 0);
	CHECK_INT(add(t, 2), 1);
	CHECK_INT(committed_docs(t), 2);
	/* a document already stored changes nothing, not even in a batch */
	CHECK_INT(add(t, 2), 0);
	CHECK_INT(add(t, 0), 0);
	ent_store_free(t->s); /* commits the open batch */
	t->s = NULL;
	CHECK_INT(committed_docs(t), 3);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM facts"), 3);
}
TEST(store_batch__commits_at_document_limit) { run(commits_at_document_limit); }

static void commits_at_time_limit(bfx *t)
{
	struct timespec ts = {0, 120 * 1000 * 1000};
	CHECK_INT(ent_store_set_batch(t->s, 1000, 50), ENT_OK);
	CHECK(make(t, 0, "FRA", "IND", 2020) == 0);
	CHECK_INT(add(t, 0), 1);
	CHECK_INT(committed_docs(t), 0);
	nanosleep(&ts, NULL);
	CHECK(make(t, 1, "ITA", "QAT", 2021) == 0);
	CHECK_INT(add(t, 1), 1); /* the batch is older than 50 ms: committed */
	CHECK_INT(committed_docs(t), 2);
	/* turning batches off commits and goes back to one per document */
	CHECK(make(t, 2, "USA", "JPN", 2022) == 0);
	CHECK_INT(add(t, 2), 1);
	CHECK_INT(committed_docs(t), 2);
	CHECK_INT(ent_store_set_batch(t->s, 0, 0), ENT_OK);
	CHECK_INT(committed_docs(t), 3);
	CHECK(make(t, 3, "DEU", "NOR", 2023) == 0);
	CHECK_INT(add(t, 3), 1);
	CHECK_INT(committed_docs(t), 4);
}
TEST(store_batch__commits_at_time_limit) { run(commits_at_time_limit); }

/* fact_suppliers must hold exactly one row per supplier row of fact_actors,
 * keyed by the fact's current recipient and type. */
static long long suppliers_mismatch(bfx *t)
{
	return raw_int(t, "SELECT (SELECT COUNT(*) FROM (SELECT recipient, supplier, type, fact_id "
			  "FROM fact_suppliers EXCEPT SELECT coalesce(f.recipient, ''), a.code, "
			  "f.type, f.id FROM fact_actors a JOIN facts f ON f.id = a.fact_id WHERE "
			  "a.role = 'supplier')) + (SELECT COUNT(*) FROM (SELECT "
			  "coalesce(f.recipient, ''), a.code, f.type, f.id FROM fact_actors a JOIN "
			  "facts f ON f.id = a.fact_id WHERE a.role = 'supplier' EXCEPT SELECT "
			  "recipient, supplier, type, fact_id FROM fact_suppliers))");
}

static void fact_suppliers_follow_the_facts(bfx *t)
{
	CHECK(make(t, 0, "FRA", "IND", 2020) == 0);
	CHECK_INT(add(t, 0), 1);
	/* the same deal with a second supplier merges: the actors change */
	CHECK(make(t, 1, "FRA", "IND", 2020) == 0);
	ent_fact_add_code(t->in->v[0].suppliers, &t->in->v[0].nsuppliers, "DEU");
	CHECK_INT(add(t, 1), 1);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM facts"), 1);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_suppliers"), 2);
	CHECK_INT(suppliers_mismatch(t), 0);
	/* the same deal again: nothing of the actors changes */
	CHECK(make(t, 2, "DEU", "IND", 2020) == 0);
	CHECK_INT(add(t, 2), 1);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM facts"), 1);
	CHECK_INT(raw_int(t, "SELECT sources FROM facts"), 3);
	CHECK_INT(raw_int(t, "SELECT n FROM tie_totals WHERE a = 'FRA' AND b = 'IND' AND "
			     "kind = 'deal'"),
		  1);
	CHECK_INT(suppliers_mismatch(t), 0);
	/* other writers (an import, a repair) change recipients and delete */
	CHECK(sqlite3_exec(t->raw, "UPDATE facts SET recipient = 'BRA'", NULL, NULL, NULL) ==
	      SQLITE_OK);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_suppliers WHERE recipient = 'BRA'"), 2);
	CHECK_INT(suppliers_mismatch(t), 0);
	CHECK(sqlite3_exec(t->raw, "DELETE FROM fact_actors WHERE code = 'DEU'", NULL, NULL,
			   NULL) == SQLITE_OK);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_suppliers"), 1);
	CHECK_INT(suppliers_mismatch(t), 0);
	CHECK(sqlite3_exec(t->raw, "DELETE FROM evidence; DELETE FROM facts", NULL, NULL, NULL) ==
	      SQLITE_OK);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_suppliers"), 0);
}
TEST(store_batch__fact_suppliers_follow_the_facts) { run(fact_suppliers_follow_the_facts); }
