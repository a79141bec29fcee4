/*
 * test_store_batch.c - batches of documents (ent_store_set_batch): a
 * failing document is rolled back alone, the batch commits at its document
 * limit, at its time limit, at ent_store_commit and at ent_store_free, and
 * nothing of a batch is visible to another connection before; the
 * fact_suppliers table of the candidate lookup and the fact_pairs table of
 * the pair reads follow inserts, merges, updates and deletes.
 *
 * Each test runs in a fresh directory under /tmp, removed afterwards.
 */
#include "test.h"
#include "entente/network.h"
#include "entente/render.h"
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
	ent_doc_free(t->doc[i]); /* a slot may be reused */
	t->doc[i] = NULL;
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

/* fact_pairs must hold exactly one row per pair of fact_codes rows of one
 * fact (smaller code first). */
static long long pairs_mismatch(bfx *t)
{
	return raw_int(t, "SELECT (SELECT COUNT(*) FROM (SELECT a, b, fact_id FROM fact_pairs "
			  "EXCEPT SELECT x.code, y.code, x.fact_id FROM fact_codes x JOIN fact_codes y "
			  "ON y.fact_id = x.fact_id AND y.code > x.code)) + (SELECT COUNT(*) FROM "
			  "(SELECT x.code, y.code, x.fact_id FROM fact_codes x JOIN fact_codes y ON "
			  "y.fact_id = x.fact_id AND y.code > x.code EXCEPT SELECT a, b, fact_id FROM "
			  "fact_pairs))");
}

/* The facts of a pair through the store API: their count, or -1. */
static long long dyad_count(bfx *t, const char *a, const char *b)
{
	int64_t *ids = NULL;
	size_t n = 0;
	long long r = ent_store_dyad_fact_ids(t->s, a, b, &ids, &n) == ENT_OK ? (long long)n : -1;
	ent_free(ids);
	return r;
}

static void fact_pairs_follow_the_codes(bfx *t)
{
	int64_t *ids = NULL;
	size_t n = 7;
	CHECK(make(t, 0, "FRA", "IND", 2020) == 0);
	CHECK_INT(add(t, 0), 1);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_pairs WHERE a = 'FRA' AND b = 'IND'"), 1);
	CHECK_INT(dyad_count(t, "FRA", "IND"), 1);
	CHECK_INT(dyad_count(t, "IND", "FRA"), 1); /* either order */
	CHECK_INT(dyad_count(t, "DEU", "IND"), 0);
	/* a second supplier merges in: DEU pairs with FRA and IND */
	CHECK(make(t, 1, "FRA", "IND", 2020) == 0);
	ent_fact_add_code(t->in->v[0].suppliers, &t->in->v[0].nsuppliers, "DEU");
	CHECK_INT(add(t, 1), 1);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_pairs"), 3);
	CHECK_INT(dyad_count(t, "DEU", "IND"), 1);
	CHECK_INT(dyad_count(t, "DEU", "FRA"), 1);
	CHECK_INT(pairs_mismatch(t), 0);
	/* a second fact of the same pair, then one of another pair */
	CHECK(make(t, 2, "FRA", "IND", 2024) == 0);
	CHECK_INT(add(t, 2), 1);
	CHECK(make(t, 3, "USA", "JPN", 2022) == 0);
	CHECK_INT(add(t, 3), 1);
	CHECK_INT(ent_store_dyad_fact_ids(t->s, "IND", "FRA", &ids, &n), ENT_OK);
	CHECK_INT((long long)n, 2);
	CHECK(n == 2 && ids[0] < ids[1]); /* ascending */
	ent_free(ids);
	CHECK_INT(ent_store_dyad_fact_ids(t->s, "FRA", "FRA", &ids, &n), ENT_EUSAGE);
	CHECK_INT(pairs_mismatch(t), 0);
	CHECK_INT(ent_store_commit(t->s), ENT_OK);
	/* other writers: a new year rewrites the codes, a new recipient moves
	 * the pairs, an actor row and then the facts go */
	CHECK(sqlite3_exec(t->raw, "UPDATE facts SET year = 2019 WHERE recipient = 'IND'", NULL,
			   NULL, NULL) == SQLITE_OK);
	CHECK_INT(pairs_mismatch(t), 0);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_pairs"), 5);
	CHECK(sqlite3_exec(t->raw, "UPDATE facts SET recipient = 'BRA' WHERE recipient = 'JPN'",
			   NULL, NULL, NULL) == SQLITE_OK);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_pairs WHERE b = 'JPN'"), 0);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_pairs WHERE a = 'BRA' AND b = 'USA'"), 1);
	CHECK_INT(pairs_mismatch(t), 0);
	CHECK(sqlite3_exec(t->raw, "DELETE FROM fact_actors WHERE code = 'DEU'", NULL, NULL,
			   NULL) == SQLITE_OK);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_pairs WHERE 'DEU' IN (a, b)"), 0);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_pairs"), 3);
	CHECK_INT(pairs_mismatch(t), 0);
	/* the second connection runs without foreign keys: no cascade */
	CHECK(sqlite3_exec(t->raw, "DELETE FROM evidence; DELETE FROM facts", NULL, NULL, NULL) ==
	      SQLITE_OK);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_codes"), 0);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_pairs"), 0);
}
TEST(store_batch__fact_pairs_follow_the_codes) { run(fact_pairs_follow_the_codes); }

/* fact_codes must hold one row per code of a fact in any role (its
 * recipient, actor and target columns and its actor rows), with the
 * fact's type and year (0 for none). */
static long long codes_mismatch(bfx *t)
{
	static const char now[] =
		"SELECT c, f.type, coalesce(f.year, 0), f.id FROM facts f JOIN (SELECT id AS i, "
		"recipient AS c FROM facts UNION SELECT id, actor FROM facts UNION SELECT id, "
		"target FROM facts UNION SELECT fact_id, code FROM fact_actors) ON i = f.id WHERE "
		"c IS NOT NULL AND c <> ''";
	static const char kept[] = "SELECT code, type, year, fact_id FROM fact_codes";
	char sql[1024];
	snprintf(sql, sizeof sql,
		 "SELECT (SELECT COUNT(*) FROM (%s EXCEPT %s)) + (SELECT COUNT(*) FROM (%s EXCEPT "
		 "%s))",
		 now, kept, kept, now);
	return raw_int(t, sql);
}

/* The derived tables against a recount from the facts (an oracle written
 * apart from the schema's statements): the rows that differ either way.
 * A tie or import year whose count fell to 0 keeps its row; it is left
 * out of the comparison. */
static long long totals_mismatch(bfx *t)
{
	static const char ties_now[] =
		"SELECT a, b, kind, SUM(n), TOTAL(usd) FROM ("
		"SELECT s.code AS a, f.recipient AS b, f.type AS kind, 1 AS n, CASE WHEN f.type = "
		"'deal' THEN coalesce(f.value_usd, 0) ELSE 0 END AS usd FROM facts f JOIN fact_actors "
		"s ON s.fact_id = f.id AND s.role = 'supplier' WHERE f.type IN ('deal', 'supply') AND "
		"f.recipient <> s.code "
		"UNION ALL SELECT p.code, f.recipient, 'partner', 1, 0 FROM facts f JOIN fact_actors "
		"p ON p.fact_id = f.id AND p.role = 'partner' WHERE f.type = 'deal' AND "
		"f.recipient <> p.code "
		"UNION ALL SELECT min(x.code, y.code), max(x.code, y.code), CASE f.type WHEN 'deal' "
		"THEN 'partner' ELSE f.type END, 1, 0 FROM facts f JOIN fact_actors x ON x.fact_id = "
		"f.id JOIN fact_actors y ON y.fact_id = f.id AND x.rowid < y.rowid AND x.code <> "
		"y.code WHERE (f.type = 'deal' AND x.role <> 'participant' AND y.role <> "
		"'participant') OR (f.type IN ('exercise', 'rivalry') AND x.role = 'participant' AND "
		"y.role = 'participant') "
		"UNION ALL SELECT actor, target, CASE type WHEN 'membership' THEN 'member' ELSE "
		"coalesce(polarity, 'support') END, 1, 0 FROM facts WHERE type IN ('stance', "
		"'membership') AND actor <> target) GROUP BY 1, 2, 3";
	static const char imports_now[] =
		"SELECT recipient, year, COUNT(*), COUNT(value_usd), TOTAL(value_usd) FROM facts "
		"WHERE type = 'deal' AND recipient IS NOT NULL AND year IS NOT NULL GROUP BY 1, 2";
	static const char ties_kept[] = "SELECT a, b, kind, n, usd FROM tie_totals WHERE n <> 0";
	static const char imports_kept[] =
		"SELECT recipient, year, deals, valued, usd FROM import_totals WHERE deals <> 0";
	char sql[4096];
	long long n = 0, k;
	snprintf(sql, sizeof sql,
		 "SELECT (SELECT COUNT(*) FROM (%s EXCEPT %s)) + (SELECT COUNT(*) FROM (%s EXCEPT "
		 "%s)) + (SELECT COUNT(*) FROM (%s EXCEPT %s)) + (SELECT COUNT(*) FROM (%s EXCEPT "
		 "%s))",
		 ties_now, ties_kept, ties_kept, ties_now, imports_now, imports_kept, imports_kept,
		 imports_now);
	k = raw_int(t, sql);
	n += k < 0 ? 1000 : k;
	k = pairs_mismatch(t);
	n += k < 0 ? 1000 : k;
	k = codes_mismatch(t);
	n += k < 0 ? 1000 : k;
	k = suppliers_mismatch(t);
	return n + (k < 0 ? 1000 : k);
}

/* Append to t->in a stance (@p b = NULL: an exercise of @p a and @p c) */
static int push(bfx *t, const char *a, const char *b, const char *c, int year)
{
	ent_fact f;
	ent_fact_init(&f, b ? ENT_FACT_STANCE : ENT_FACT_EXERCISE);
	if (b) {
		ent_code_set(&f.actor, a);
		ent_code_set(&f.target, b);
		f.polarity = ENT_POLARITY_OPPOSE;
	} else {
		ent_fact_add_code(f.participants, &f.nparticipants, a);
		ent_fact_add_code(f.participants, &f.nparticipants, c);
	}
	f.year = year;
	ent_fact_add_evidence(&f, "", "", 0, 8, "Bulletin", 8, "test.batch");
	return ent_fact_list_push(t->in, &f);
}

static long long ties_of(bfx *t, const char *a, const char *b)
{
	ent_tie_list *l = NULL;
	long long n = 0;
	size_t i;
	if (ent_store_ties(t->s, NULL, &l) != ENT_OK)
		return -1;
	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].a.s, a) == 0 && strcmp(l->v[i].b.s, b) == 0)
			n += l->v[i].count;
	ent_tie_list_free(l);
	return n;
}

/* Inside a batch the ties, imports and pairs of the batch's new facts are
 * added at its end and their lookup rows (fact_codes, fact_suppliers) are
 * written by the store (schema version 9); merges into facts of earlier
 * batches and into the batch's own facts, a failed document, and reads in
 * the middle of the batch all leave the tables equal to a recount. */
static void batch_ties_equal_a_recount(bfx *t)
{
	int have = 1;
	CHECK_INT(ent_store_set_batch(t->s, 100, 0), ENT_OK);
	CHECK(make(t, 0, "FRA", "IND", 2020) == 0);
	CHECK(push(t, "PAK", "IND", NULL, 2020) == 0);
	CHECK(push(t, "IND", NULL, "FRA", 2021) == 0);
	CHECK_INT(add(t, 0), 1);
	CHECK_INT(ent_store_commit(t->s), ENT_OK);
	CHECK_INT(totals_mismatch(t), 0);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM tie_totals WHERE n > 0"), 3);
	CHECK(raw_int(t, "SELECT from_fact FROM deferred_ties") == 9223372036854775807LL);

	/* batch two: an earlier fact gains a supplier; a new fact, then a
	 * merge into it with a second supplier and a value */
	CHECK(make(t, 1, "FRA", "IND", 2020) == 0);
	ent_fact_add_code(t->in->v[0].suppliers, &t->in->v[0].nsuppliers, "DEU");
	CHECK(push(t, "PAK", "IND", NULL, 2020) == 0);
	CHECK_INT(add(t, 1), 1);
	CHECK(make(t, 2, "USA", "JPN", 2022) == 0);
	CHECK(push(t, "JPN", NULL, "USA", 2022) == 0);
	CHECK_INT(add(t, 2), 1);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM tie_totals"), 3); /* not committed */
	/* a read in the middle of the batch sees the batch's ties and pairs */
	CHECK_INT(ties_of(t, "USA", "JPN"), 1);
	CHECK_INT(dyad_count(t, "JPN", "USA"), 2);
	CHECK_INT(ties_of(t, "DEU", "IND"), 1);
	CHECK(make(t, 3, "USA", "JPN", 2022) == 0);
	ent_fact_add_code(t->in->v[0].suppliers, &t->in->v[0].nsuppliers, "ITA");
	t->in->v[0].value.present = t->in->v[0].value.has_usd = 1;
	t->in->v[0].value.usd = t->in->v[0].value.amount = 4e8;
	memcpy(t->in->v[0].value.currency, "USD", 4);
	CHECK_INT(add(t, 3), 1);
	/* a failing document leaves nothing behind, deferred or not */
	CHECK(make(t, 0, "RUS", "EGY", 2021) == 0);
	CHECK(push(t, "RUS", "EGY", NULL, 2021) == 0);
	memset(t->in->v[0].evidence[0].doc, 'e', 64);
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &have), ENT_ESTORE);
	CHECK_INT(ties_of(t, "ITA", "JPN"), 1);
	CHECK_INT(ent_store_commit(t->s), ENT_OK);
	CHECK_INT(totals_mismatch(t), 0);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM tie_totals WHERE a = 'RUS' AND n <> 0"), 0);
	CHECK_INT(raw_int(t, "SELECT n FROM tie_totals WHERE a = 'PAK' AND b = 'IND'"), 1);
	CHECK_INT(raw_int(t, "SELECT usd FROM tie_totals WHERE a = 'ITA' AND b = 'JPN'"),
		  400000000);
	CHECK_INT(raw_int(t, "SELECT valued FROM import_totals WHERE recipient = 'JPN'"), 1);
	CHECK(raw_int(t, "SELECT from_fact FROM deferred_ties") == 9223372036854775807LL);
	/* writers outside batches keep the tables row by row */
	CHECK(sqlite3_exec(t->raw, "UPDATE facts SET recipient = 'KOR' WHERE recipient = 'JPN'",
			   NULL, NULL, NULL) == SQLITE_OK);
	CHECK_INT(totals_mismatch(t), 0);
	CHECK(sqlite3_exec(t->raw, "DELETE FROM evidence; DELETE FROM contradictions; DELETE "
				   "FROM facts WHERE type <> 'deal'",
			   NULL, NULL, NULL) == SQLITE_OK);
	CHECK_INT(totals_mismatch(t), 0);
}
TEST(store_batch__batch_ties_equal_a_recount) { run(batch_ties_equal_a_recount); }

/* The report prints the newest 100 deals of a busy actor and says how many
 * it left out and which command lists them all. */
static void report_bounds_long_tables(bfx *t)
{
	static const char *const sup[] = {"FRA", "DEU", "ITA", "ESP", "SWE", "KOR"};
	char *text = NULL;
	size_t len = 0, rows = 0;
	const char *p;
	FILE *fp;
	int i;
	for (i = 0; i < 120; i++) {
		ent_doc *doc = NULL;
		char body[160], src[32];
		ent_fact f;
		int added = 0;
		snprintf(body, sizeof body, "Bulletin %d: %s agreed to sell patrol boats to IND in %d.",
			 i, sup[i % 6], 1990 + i / 6);
		snprintf(src, sizeof src, "r%d.txt", i);
		CHECK(ent_doc_new(&doc, body, strlen(body), src, NULL, NULL) == ENT_OK);
		ent_fact_list_clear(t->in);
		ent_fact_init(&f, ENT_FACT_DEAL);
		ent_fact_add_code(f.suppliers, &f.nsuppliers, sup[i % 6]);
		ent_code_set(&f.recipient, "IND");
		f.year = 1990 + i / 6;
		ent_fact_add_evidence(&f, "", src, 0, 10, body, 10, "test.report");
		CHECK(ent_fact_list_push(t->in, &f) == ENT_OK);
		CHECK_INT(ent_store_add_document(t->s, doc, t->in, &added), ENT_OK);
		CHECK_INT(added, 1);
		ent_doc_free(doc);
	}
	CHECK_INT(ent_store_commit(t->s), ENT_OK);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM facts"), 120);
	fp = open_memstream(&text, &len);
	CHECK(fp != NULL);
	if (!fp)
		return;
	CHECK_INT(ent_report_write(fp, t->s, "IND", ENT_REPORT_MD), ENT_OK);
	fclose(fp);
	CHECK(strstr(text, "The newest 100 of 120 deals are shown; 20 more are left out "
			   "(`entente register --actor IND` lists them all).") != NULL);
	CHECK(strstr(text, "The newest 100 of 120 dated facts are shown") != NULL);
	CHECK(strstr(text, "120 stored facts name IND") != NULL);
	/* register rows: the newest deals (years 1993-2009), oldest first */
	for (p = strstr(text, "## Deal register"); p && (p = strstr(p, "\n| ")); p++)
		if (strncmp(p + 3, "FRA ->", 6) == 0 || strncmp(p + 3, "DEU ->", 6) == 0 ||
		    strncmp(p + 3, "ITA ->", 6) == 0 || strncmp(p + 3, "ESP ->", 6) == 0 ||
		    strncmp(p + 3, "SWE ->", 6) == 0 || strncmp(p + 3, "KOR ->", 6) == 0)
			rows++;
	CHECK_INT((long long)rows, 100);
	CHECK(strstr(text, "| 1992 |") == NULL);
	CHECK(strstr(text, "| 2009 |") != NULL);
	free(text);
}
TEST(store_batch__report_bounds_long_tables) { run(report_bounds_long_tables); }
