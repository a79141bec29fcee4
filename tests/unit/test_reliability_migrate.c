/*
 * test_reliability_migrate.c - the store never loses data on upgrade.
 *
 * For every schema version older than this build's, a database is built at
 * that version with the shipped migration steps (as an older entente would
 * have left it), filled through plain SQL using only the version-1 columns
 * (documents, facts of three types with actors, items, domains, evidence,
 * a contradiction), then opened with ent_store_open, which migrates it.
 * Every document, fact, part and evidence row must survive with its values,
 * and the migrated store must take new documents that merge into old facts.
 */
#include "test.h"
#include "entente/store.h"
#include "store/store_internal.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

#define SHA_A "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define SHA_B "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
#define QUOTE_1 "Israel delivered 10 Harop drones to Azerbaijan in 2019."

/* Rows an older build could have written: version-1 columns only. */
static const char old_rows[] =
	"INSERT INTO documents (id, sha256, source, title, published, grade, format, bytes)"
	" VALUES (1, '" SHA_A "', 'old a.txt', 'Old A', '2019-03-01', 'B', 'text', 120),"
	" (2, '" SHA_B "', 'old-b.jsonl', NULL, '2020', 'F', 'jsonl', 80);"
	"INSERT INTO facts (id, type, year, status, value_amount, value_currency, value_usd,"
	" value_approx, recipient, confidence, sources)"
	" VALUES (1, 'deal', 2019, 'delivered', 30000000, 'USD', 30000000, 1, 'AZE', 0.75, 2);"
	"INSERT INTO facts (id, type, year, name, location, confidence, sources)"
	" VALUES (2, 'exercise', 2020, 'Blue Wave', 'Aegean Sea', 0.6, 1);"
	"INSERT INTO facts (id, type, year, actor, target, polarity, issue, confidence, sources)"
	" VALUES (3, 'stance', 2021, 'TUR', 'AZE', 'support', 'Karabakh', 0.5, 1);"
	"INSERT INTO fact_actors (fact_id, role, code) VALUES (1, 'supplier', 'ISR'),"
	" (2, 'participant', 'FRA'), (2, 'participant', 'GRC');"
	"INSERT INTO deal_items (fact_id, category, text, designation, quantity)"
	" VALUES (1, 'drone', 'Harop drones', 'Harop', 10);"
	"INSERT INTO fact_domains (fact_id, domain) VALUES (2, 'naval');"
	"INSERT INTO evidence (id, fact_id, document_id, start, \"end\", quote, rule)"
	" VALUES (1, 1, 1, 0, 55, '" QUOTE_1 "', 'deal.supply_verb'),"
	" (2, 1, 2, 10, 40, 'Harop drones reached Baku', 'deal.supply_verb'),"
	" (3, 2, 2, 41, 79, 'Greece and France held Blue Wave 2020', 'exercise.held'),"
	" (4, 3, 1, 56, 110, 'Turkey supports Azerbaijan on Karabakh', 'stance.verb');"
	"INSERT INTO contradictions (fact_id, attribute, value_a, value_b, evidence_a, evidence_b)"
	" VALUES (1, 'year', '2019', '2018', 1, 2);";

typedef struct mfx {
	char dir[64], path[128];
	ent_store *s;
	ent_fact_list *facts, *in;
	ent_doc *doc;
	int done; /* check_upgrade reached its end */
} mfx;

static void mfx_free(mfx *t)
{
	static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
	char p[160];
	size_t i;
	ent_store_free(t->s);
	ent_fact_list_free(t->facts);
	ent_fact_list_free(t->in);
	ent_doc_free(t->doc);
	if (strncmp(t->dir, "/tmp/entente-migrate-", 21) != 0)
		return;
	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		snprintf(p, sizeof p, "%s%s", t->path, suffix[i]);
		unlink(p);
	}
	rmdir(t->dir);
}

/* Build the database at @p version with the old rows; 0 on success. */
static int build_old(const char *path, int version)
{
	sqlite3 *db = NULL;
	ent_error err = {0, ""};
	char *msg = NULL;
	int rc = sqlite3_open(path, &db) == SQLITE_OK &&
			 ent_store__sqlite_migrate_to_old(db, version, &err) == ENT_OK &&
			 sqlite3_exec(db, old_rows, NULL, NULL, &msg) == SQLITE_OK
		 ? 0
		 : -1;
	if (rc)
		fprintf(stderr, "  building version %d: %s%s\n", version, err.msg, msg ? msg : "");
	sqlite3_free(msg);
	sqlite3_close(db);
	return rc;
}

static const ent_fact *by_type(const ent_fact_list *l, ent_fact_type type)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == type)
			return &l->v[i];
	return NULL;
}

/* Open (migrating) and check every old row; then add a document. */
static void check_upgrade(mfx *t, int version)
{
	ent_error err = {0, ""};
	ent_store_counts c;
	ent_fact f;
	const ent_fact *d, *x, *st;
	int v = -1, added = 0;

	CHECK(build_old(t->path, version) == 0);
	CHECK(ent_store_open(&t->s, t->path, &err) == ENT_OK);
	CHECK(ent_store_db_schema_version(t->s, &v) == ENT_OK);
	CHECK_INT(v, ent_store_schema_version());
	CHECK(ent_store_count(t->s, &c) == ENT_OK);
	CHECK_INT(c.documents, 2);
	CHECK_INT(c.facts, 3);
	CHECK_INT(c.evidence, 4);
	CHECK_INT(c.contradictions, 1);

	CHECK(ent_store_facts(t->s, NULL, &t->facts) == ENT_OK);
	CHECK_INT(t->facts->n, 3);
	CHECK((d = by_type(t->facts, ENT_FACT_DEAL)) != NULL);
	CHECK_INT(d->id, 1);
	CHECK_INT(d->year, 2019);
	CHECK_INT(d->status, ENT_STATUS_DELIVERED);
	CHECK(d->value.present && d->value.amount == 30e6 && d->value.approx);
	CHECK_STR(d->value.currency, "USD");
	CHECK_STR(d->recipient.s, "AZE");
	CHECK_INT(d->nsuppliers, 1);
	CHECK_STR(d->suppliers[0].s, "ISR");
	CHECK_INT(d->nitems, 1);
	CHECK_INT(d->items[0].category, ENT_CAT_DRONE);
	CHECK_STR(d->items[0].designation, "Harop");
	CHECK_INT(d->items[0].quantity, 10);
	CHECK_INT(d->sources, 2);
	CHECK_INT(d->nevidence, 2);
	CHECK_STR(d->evidence[0].quote, QUOTE_1);
	CHECK_STR(d->evidence[0].doc, SHA_A);
	CHECK_INT(d->evidence[0].end, 55);
	CHECK((x = by_type(t->facts, ENT_FACT_EXERCISE)) != NULL);
	CHECK_STR(x->name, "Blue Wave");
	CHECK_STR(x->location, "Aegean Sea");
	CHECK_INT(x->nparticipants, 2);
	CHECK_INT(x->ndomains, 1);
	CHECK_STR(x->domains[0], "naval");
	CHECK((st = by_type(t->facts, ENT_FACT_STANCE)) != NULL);
	CHECK_STR(st->actor.s, "TUR");
	CHECK_STR(st->target.s, "AZE");
	CHECK_INT(st->polarity, ENT_POLARITY_SUPPORT);
	CHECK_STR(st->issue, "Karabakh");

	/* The upgraded store takes new documents, merging into the old deal. */
	CHECK(ent_doc_new(&t->doc, QUOTE_1 " Again.", sizeof QUOTE_1 + 6, "new.txt", NULL,
			  "2022") == ENT_OK);
	CHECK(ent_fact_list_new(&t->in) == ENT_OK);
	ent_fact_init(&f, ENT_FACT_DEAL);
	ent_code_set(&f.recipient, "AZE");
	if (ent_fact_add_code(f.suppliers, &f.nsuppliers, "ISR") != ENT_OK ||
	    ent_fact_add_item(&f, ENT_CAT_DRONE, "Harop drones", 12, "Harop", 10) != ENT_OK ||
	    ent_fact_add_evidence(&f, "", "new.txt", 0, 55, QUOTE_1, 55, "deal.supply_verb") !=
		    ENT_OK ||
	    ent_fact_list_push(t->in, &f) != ENT_OK) {
		ent_fact_destroy(&f);
		CHECK(!"building the new fact");
	}
	t->in->v[0].year = 2019;
	t->in->v[0].status = ENT_STATUS_DELIVERED;
	t->in->v[0].confidence = 0.7;
	CHECK(ent_store_add_document(t->s, t->doc, t->in, &added) == ENT_OK);
	CHECK_INT(added, 1);
	CHECK(ent_store_count(t->s, &c) == ENT_OK);
	CHECK_INT(c.documents, 3);
	CHECK_INT(c.facts, 3); /* merged, not duplicated */
	CHECK_INT(c.evidence, 5);
	t->done = 1;
}

TEST(reliability_migrate__every_old_version_keeps_every_fact)
{
	int v, n = ent_store_schema_version();
	CHECK(n >= 2); /* there is an older version to upgrade from */
	for (v = 1; v < n; v++) {
		mfx t;
		memset(&t, 0, sizeof t);
		snprintf(t.dir, sizeof t.dir, "/tmp/entente-migrate-XXXXXX");
		CHECK(mkdtemp(t.dir) != NULL);
		snprintf(t.path, sizeof t.path, "%s/old-v%d.db", t.dir, v);
		check_upgrade(&t, v);
		mfx_free(&t);
		if (!t.done) {
			fprintf(stderr, "  (upgrading from schema version %d)\n", v);
			return;
		}
	}
}

/* The new column: a JSON-lines document records its line, others NULL. */
TEST(reliability_migrate__document_line_recorded)
{
	mfx t;
	ent_error err = {0, ""};
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	int added = 0, rc;
	memset(&t, 0, sizeof t);
	snprintf(t.dir, sizeof t.dir, "/tmp/entente-migrate-XXXXXX");
	CHECK(mkdtemp(t.dir) != NULL);
	snprintf(t.path, sizeof t.path, "%s/line.db", t.dir);
	rc = ent_store_open(&t.s, t.path, &err) == ENT_OK &&
	     ent_doc_new(&t.doc, "Line seven.", 11, "briefs.jsonl", NULL, NULL) == ENT_OK;
	if (rc) {
		t.doc->line = 7;
		t.doc->format = ENT_FORMAT_JSONL;
		rc = ent_store_add_document(t.s, t.doc, NULL, &added) == ENT_OK && added;
	}
	if (rc)
		rc = sqlite3_open(t.path, &db) == SQLITE_OK &&
		     sqlite3_prepare_v2(db, "SELECT line FROM documents WHERE source = 'briefs.jsonl'",
					-1, &st, NULL) == SQLITE_OK &&
		     sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 7;
	sqlite3_finalize(st);
	sqlite3_close(db);
	mfx_free(&t);
	CHECK(rc);
}
