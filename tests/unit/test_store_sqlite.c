/*
 * test_store_sqlite.c - the SQLite store: schema, round trips of every fact
 * type, idempotent re-adds, merging across documents, filters, rollback,
 * re-opening, busy waiting.
 *
 * Each test runs in a fresh directory made with mkdtemp under /tmp and
 * removed afterwards.  Test bodies are separate functions taking a fixture,
 * so a failing CHECK (which returns) still reaches the cleanup.
 */
#include "test.h"
#include "entente/store.h"
#include "entente/sys/store_backend.h"
#include "util/alloc.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

typedef struct fx {
	char dir[64];
	char path[128];
	ent_store *s;
	ent_fact_list *in, *out;
	ent_doc *doc[4];
	ent_fact f, g;
	sqlite3 *raw;
} fx;

static int fx_setup(fx *t)
{
	ent_error err = {0, ""};
	memset(t, 0, sizeof *t);
	ent_fact_init(&t->f, ENT_FACT_DEAL);
	ent_fact_init(&t->g, ENT_FACT_DEAL);
	snprintf(t->dir, sizeof t->dir, "/tmp/entente-store-XXXXXX");
	if (!mkdtemp(t->dir))
		return -1;
	snprintf(t->path, sizeof t->path, "%s/test.db", t->dir);
	if (ent_fact_list_new(&t->in) != ENT_OK)
		return -1;
	if (ent_store_open(&t->s, t->path, &err) != ENT_OK) {
		fprintf(stderr, "  open: %s\n", err.msg);
		return -1;
	}
	return 0;
}

static void fx_teardown(fx *t)
{
	static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
	char p[160];
	size_t i;
	ent__alloc_fail_after(-1);
	if (t->raw)
		sqlite3_close(t->raw);
	ent_store_free(t->s);
	ent_fact_list_free(t->in);
	ent_fact_list_free(t->out);
	for (i = 0; i < 4; i++)
		ent_doc_free(t->doc[i]);
	ent_fact_destroy(&t->f);
	ent_fact_destroy(&t->g);
	if (!t->dir[0] || strncmp(t->dir, "/tmp/entente-store-", 19) != 0)
		return;
	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		snprintf(p, sizeof p, "%s/test.db%s", t->dir, suffix[i]);
		unlink(p);
	}
	rmdir(t->dir);
}

static void run(void (*body)(fx *))
{
	fx t;
	if (fx_setup(&t) == 0)
		body(&t);
	else
		ent_test_fail(__FILE__, __LINE__, "fixture setup");
	fx_teardown(&t);
}

/* ---- builders ------------------------------------------------------------ */

static ent_doc *mkdoc(const char *text, const char *source)
{
	ent_doc *d = NULL;
	if (ent_doc_new(&d, text, strlen(text), source, "A title", "2025-06-01") != ENT_OK)
		return NULL;
	d->grade = 'B';
	return d;
}

static void usd(ent_fact *f, double amount, int approx)
{
	f->value.present = 1;
	f->value.amount = amount;
	memcpy(f->value.currency, "USD", 4);
	f->value.has_usd = 1;
	f->value.usd = amount;
	f->value.approx = approx;
}

static void ev(ent_fact *f, const ent_doc *d, size_t start, size_t end, const char *rule)
{
	const char *q = d && end <= d->len ? d->text + start : "quote";
	size_t qlen = d && end <= d->len ? end - start : 5;
	ent_fact_add_evidence(f, d ? d->sha256 : "", d ? d->source : "x", start, end, q, qlen, rule);
}

/* A deal sup -> rec, pushed onto @p l with evidence in @p d. */
static int push_deal(ent_fact_list *l, const ent_doc *d, const char *sup, const char *rec,
		     int year, double amount, size_t start)
{
	ent_fact f;
	ent_fact_init(&f, ENT_FACT_DEAL);
	ent_fact_add_code(f.suppliers, &f.nsuppliers, sup);
	ent_code_set(&f.recipient, rec);
	f.year = year;
	f.status = ENT_STATUS_SIGNED;
	if (amount > 0)
		usd(&f, amount, 0);
	ev(&f, d, start, start + 4, "deal.money_verb");
	return ent_fact_list_push(l, &f);
}

static int push(ent_fact_list *l, ent_fact *f)
{
	return ent_fact_list_push(l, f);
}

/* One fact of every type with every field that type uses filled in. */
static int push_every_type(ent_fact_list *l, const ent_doc *d)
{
	ent_fact f;
	int rc = 0;

	ent_fact_init(&f, ENT_FACT_DEAL);
	ent_fact_add_code(f.suppliers, &f.nsuppliers, "PAK");
	ent_fact_add_code(f.suppliers, &f.nsuppliers, "CHN");
	ent_fact_add_code(f.partners, &f.npartners, "TUR");
	ent_code_set(&f.recipient, "AZE");
	usd(&f, 4.6e9, 1);
	f.year = 2024;
	f.status = ENT_STATUS_ORDERED;
	ent_fact_add_item(&f, ENT_CAT_AIRCRAFT, "JF-17 Thunder fighters", 22, "JF-17C Block III", 40);
	ent_fact_add_item(&f, ENT_CAT_MISSILE, "missiles", 8, NULL, -1);
	f.confidence = 0.8;
	ev(&f, d, 0, 10, "deal.money_verb");
	ev(&f, d, 20, 30, "table.row");
	rc |= push(l, &f);

	ent_fact_init(&f, ENT_FACT_SUPPLY);
	ent_fact_add_code(f.suppliers, &f.nsuppliers, "ISR");
	ent_code_set(&f.recipient, "AZE");
	f.value.present = 1; /* a value in a currency without a USD figure */
	f.value.amount = 1.5e8;
	memcpy(f.value.currency, "EUR", 4);
	ent_fact_add_item(&f, ENT_CAT_DRONE, "loitering munitions", 19, "Harop", -1);
	f.confidence = 0.6;
	ev(&f, d, 40, 50, "supply.ongoing");
	rc |= push(l, &f);

	ent_fact_init(&f, ENT_FACT_EXERCISE);
	ent_fact_add_code(f.participants, &f.nparticipants, "AZE");
	ent_fact_add_code(f.participants, &f.nparticipants, "PAK");
	ent_fact_add_code(f.participants, &f.nparticipants, "TUR");
	f.name = ent__strdup("Three Brothers 2021");
	f.location = ent__strdup("Baku");
	ent_fact_add_domain(&f, "special forces", 14);
	ent_fact_add_domain(&f, "mountain warfare", 16);
	f.year = 2021;
	f.confidence = 0.7;
	ev(&f, d, 60, 70, "exercise.named");
	rc |= push(l, &f);

	ent_fact_init(&f, ENT_FACT_STANCE);
	ent_code_set(&f.actor, "ARM");
	ent_code_set(&f.target, "AZE");
	f.polarity = ENT_POLARITY_OPPOSE;
	f.issue = ent__strdup("Karabakh");
	f.year = 2023;
	f.confidence = 0.55;
	ev(&f, d, 80, 90, "stance.verb");
	rc |= push(l, &f);

	ent_fact_init(&f, ENT_FACT_MEMBERSHIP);
	ent_code_set(&f.actor, "PAK");
	ent_code_set(&f.target, "OIC");
	f.confidence = 0.9;
	ev(&f, d, 100, 110, "membership.of");
	rc |= push(l, &f);

	ent_fact_init(&f, ENT_FACT_RIVALRY);
	ent_fact_add_code(f.participants, &f.nparticipants, "ARM");
	ent_fact_add_code(f.participants, &f.nparticipants, "AZE");
	f.confidence = 0.65;
	ev(&f, d, 120, 130, "rivalry.conflict");
	rc |= push(l, &f);
	return rc;
}

/* ---- comparisons ------------------------------------------------------- */

static int str_eq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

static int codes_eq(const ent_code *a, size_t na, const ent_code *b, size_t nb)
{
	size_t i;
	if (na != nb)
		return 0;
	for (i = 0; i < na; i++)
		if (strcmp(a[i].s, b[i].s) != 0)
			return 0;
	return 1;
}

#define DIFF(cond, what)                                                     \
	do {                                                                 \
		if (!(cond)) {                                               \
			fprintf(stderr, "  fact %s differs in %s\n",         \
				ent_fact_type_name(a->type), what);          \
			return 0;                                            \
		}                                                            \
	} while (0)

/* Whether stored fact @p b holds everything of @p a (ids aside). */
static int fact_eq(const ent_fact *a, const ent_fact *b)
{
	size_t i;
	DIFF(a->type == b->type, "type");
	DIFF(codes_eq(a->suppliers, a->nsuppliers, b->suppliers, b->nsuppliers), "suppliers");
	DIFF(codes_eq(a->partners, a->npartners, b->partners, b->npartners), "partners");
	DIFF(codes_eq(a->participants, a->nparticipants, b->participants, b->nparticipants),
	     "participants");
	DIFF(strcmp(a->recipient.s, b->recipient.s) == 0, "recipient");
	DIFF(strcmp(a->actor.s, b->actor.s) == 0, "actor");
	DIFF(strcmp(a->target.s, b->target.s) == 0, "target");
	DIFF(a->polarity == b->polarity, "polarity");
	DIFF(a->value.present == b->value.present, "value.present");
	DIFF(a->value.amount == b->value.amount, "value.amount");
	DIFF(strcmp(a->value.currency, b->value.currency) == 0, "value.currency");
	DIFF(a->value.approx == b->value.approx, "value.approx");
	DIFF(a->value.has_usd == b->value.has_usd, "value.has_usd");
	DIFF(a->value.usd == b->value.usd, "value.usd");
	DIFF(a->status == b->status, "status");
	DIFF(a->year == b->year, "year");
	DIFF(str_eq(a->name, b->name), "name");
	DIFF(str_eq(a->location, b->location), "location");
	DIFF(str_eq(a->issue, b->issue), "issue");
	DIFF(a->confidence == b->confidence, "confidence");
	DIFF(a->sources == b->sources, "sources");
	DIFF(a->nitems == b->nitems, "item count");
	for (i = 0; i < a->nitems; i++) {
		DIFF(a->items[i].category == b->items[i].category, "item category");
		DIFF(str_eq(a->items[i].text, b->items[i].text), "item text");
		DIFF(str_eq(a->items[i].designation, b->items[i].designation), "item designation");
		DIFF(a->items[i].quantity == b->items[i].quantity, "item quantity");
	}
	DIFF(a->ndomains == b->ndomains, "domain count");
	for (i = 0; i < a->ndomains; i++)
		DIFF(str_eq(a->domains[i], b->domains[i]), "domain");
	DIFF(a->nevidence == b->nevidence, "evidence count");
	for (i = 0; i < a->nevidence; i++) {
		DIFF(strcmp(a->evidence[i].doc, b->evidence[i].doc) == 0, "evidence doc");
		DIFF(str_eq(a->evidence[i].source, b->evidence[i].source), "evidence source");
		DIFF(a->evidence[i].start == b->evidence[i].start, "evidence start");
		DIFF(a->evidence[i].end == b->evidence[i].end, "evidence end");
		DIFF(str_eq(a->evidence[i].quote, b->evidence[i].quote), "evidence quote");
		DIFF(str_eq(a->evidence[i].rule, b->evidence[i].rule), "evidence rule");
	}
	return 1;
}

static int64_t count_of(ent_store *s, int what)
{
	ent_store_counts c;
	if (ent_store_count(s, &c) != ENT_OK)
		return -1;
	switch (what) {
	case 0: return c.documents;
	case 1: return c.facts;
	case 2: return c.evidence;
	default: return c.contradictions;
	}
}

/* One integer from the database, read over a separate connection. */
static long long raw_int(fx *t, const char *sql)
{
	sqlite3_stmt *st = NULL;
	long long v = -999;
	if (!t->raw && sqlite3_open(t->path, &t->raw) != SQLITE_OK)
		return v;
	if (sqlite3_prepare_v2(t->raw, sql, -1, &st, NULL) != SQLITE_OK)
		return v;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_type(st, 0) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* A long text so evidence spans fall inside it. */
static const char text1[] =
	"Pakistan signed a $4.6 billion deal with Azerbaijan for JF-17 fighters. Israel "
	"supplies Harop drones. Three Brothers 2021 was held in Baku. Armenia opposes. "
	"Pakistan is in the OIC. Armenia and Azerbaijan are rivals.";

/* ---- tests ---------------------------------------------------------------- */

static void open_creates_schema(fx *t)
{
	static const char *const tables[] = {"documents", "actors", "actor_aliases", "facts",
					     "fact_actors", "deal_items", "fact_domains",
					     "evidence", "contradictions"};
	char sql[160];
	size_t i;
	int v = 0;
	CHECK(ent_store_schema_version() >= 1);
	CHECK_INT(ent_store_db_schema_version(t->s, &v), ENT_OK);
	CHECK_INT(v, ent_store_schema_version());
	CHECK_INT(raw_int(t, "PRAGMA user_version"), ent_store_schema_version());
	for (i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		snprintf(sql, sizeof sql,
			 "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%s'",
			 tables[i]);
		CHECK_INT(raw_int(t, sql), 1);
	}
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
			     "name IN ('facts_type_year', 'facts_year', 'fact_actors_code', "
			     "'facts_actor_target_type', 'evidence_document')"),
		  5);
	/* prefixes of other indexes were dropped (fewer writes per fact) */
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
			     "name IN ('facts_type', 'facts_recipient', 'facts_actor', "
			     "'evidence_fact')"),
		  0);
	CHECK_STR(ent_store_errmsg(t->s), "");
	CHECK_INT(count_of(t->s, 0), 0);
	CHECK_INT(count_of(t->s, 1), 0);
}
TEST(store_sqlite__open_creates_schema) { run(open_creates_schema); }

static void wal_and_foreign_keys(fx *t)
{
	sqlite3_stmt *st = NULL;
	CHECK(sqlite3_open(t->path, &t->raw) == SQLITE_OK);
	CHECK(sqlite3_prepare_v2(t->raw, "PRAGMA journal_mode", -1, &st, NULL) == SQLITE_OK);
	CHECK(sqlite3_step(st) == SQLITE_ROW);
	CHECK_STR((const char *)sqlite3_column_text(st, 0), "wal");
	sqlite3_finalize(st);
	/* the store itself enforces foreign keys: evidence cannot cite a
	 * missing document (tested through the API in rollback_*) */
}
TEST(store_sqlite__wal_mode) { run(wal_and_foreign_keys); }

static void roundtrip_every_type(fx *t)
{
	ent_fact_list *want = NULL;
	ent_fact one;
	size_t i;
	int added = -1;
	CHECK((t->doc[0] = mkdoc(text1, "corpus/a.txt")) != NULL);
	CHECK(push_every_type(t->in, t->doc[0]) == 0);
	CHECK_INT(t->in->n, ENT_FACT__COUNT);
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);
	CHECK_INT(added, 1);
	CHECK_INT(ent_store_facts(t->s, NULL, &t->out), ENT_OK);
	CHECK_INT(t->out->n, ENT_FACT__COUNT);
	want = t->in;
	for (i = 0; i < want->n; i++) {
		CHECK(fact_eq(&want->v[i], &t->out->v[i]));
		CHECK(t->out->v[i].id > 0);
		if (i)
			CHECK(t->out->v[i].id > t->out->v[i - 1].id);
		CHECK_INT(ent_store_fact(t->s, t->out->v[i].id, &one), ENT_OK);
		if (!fact_eq(&want->v[i], &one)) {
			ent_fact_destroy(&one);
			CHECK(!"ent_store_fact differs from ent_store_facts");
		}
		CHECK_INT(one.id, t->out->v[i].id);
		ent_fact_destroy(&one);
	}
	/* empty values are NULL in the database, not 0 or "" */
	CHECK_INT(raw_int(t, "SELECT year FROM facts WHERE type = 'rivalry'"), -1);
	CHECK_INT(raw_int(t, "SELECT status IS NULL FROM facts WHERE type = 'rivalry'"), 1);
	CHECK_INT(raw_int(t, "SELECT value_amount IS NULL AND value_usd IS NULL FROM facts "
			     "WHERE type = 'rivalry'"),
		  1);
	CHECK_INT(raw_int(t, "SELECT value_usd IS NULL FROM facts WHERE type = 'supply'"), 1);
	CHECK_INT(raw_int(t, "SELECT recipient IS NULL FROM facts WHERE type = 'stance'"), 1);
	CHECK_INT(raw_int(t, "SELECT credibility FROM facts WHERE type = 'deal'"), 6);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM fact_actors WHERE role = 'supplier'"), 3);
	CHECK_INT(raw_int(t, "SELECT quantity IS NULL FROM deal_items WHERE category = 'missile'"),
		  1);
	CHECK_INT(raw_int(t, "SELECT bytes FROM documents"), (long long)strlen(text1));
	CHECK_INT(raw_int(t, "SELECT grade = 'B' FROM documents"), 1);
}
TEST(store_sqlite__roundtrip_every_type) { run(roundtrip_every_type); }

static void readd_is_idempotent(fx *t)
{
	ent_store_counts before, after;
	int added = -1, has = -1;
	CHECK((t->doc[0] = mkdoc(text1, "a.txt")) != NULL);
	CHECK((t->doc[1] = mkdoc(text1, "copy-elsewhere.txt")) != NULL);
	CHECK(push_every_type(t->in, t->doc[0]) == 0);
	CHECK_INT(ent_store_has_document(t->s, t->doc[0]->sha256, &has), ENT_OK);
	CHECK_INT(has, 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);
	CHECK_INT(added, 1);
	CHECK_INT(ent_store_has_document(t->s, t->doc[0]->sha256, &has), ENT_OK);
	CHECK_INT(has, 1);
	CHECK_INT(ent_store_count(t->s, &before), ENT_OK);
	CHECK_INT(before.documents, 1);
	CHECK_INT(before.facts, ENT_FACT__COUNT);
	CHECK_INT(before.evidence, ENT_FACT__COUNT + 1);

	/* same document again; then the same text from another source */
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);
	CHECK_INT(added, 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[1], t->in, &added), ENT_OK);
	CHECK_INT(added, 0);
	CHECK_INT(ent_store_count(t->s, &after), ENT_OK);
	CHECK_INT(after.documents, before.documents);
	CHECK_INT(after.facts, before.facts);
	CHECK_INT(after.evidence, before.evidence);
	CHECK_INT(raw_int(t, "SELECT MAX(sources) FROM facts"), 1);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM documents WHERE source = 'a.txt'"), 1);
}
TEST(store_sqlite__readd_is_idempotent) { run(readd_is_idempotent); }

static void merge_across_documents(fx *t)
{
	ent_fact *m;
	int added = 0;
	CHECK((t->doc[0] = mkdoc("Pakistan and Azerbaijan signed a $2 billion deal.", "one.txt")));
	CHECK((t->doc[1] = mkdoc("In 2025 Azerbaijan bought Pakistani drones for $2 billion.", "two.txt")));
	CHECK((t->doc[2] = mkdoc("A $30 million deal in 2016 for ammunition.", "three.txt")));

	CHECK(push_deal(t->in, t->doc[0], "PAK", "AZE", 0, 2e9, 0) == 0);
	t->in->v[0].confidence = 0.5;
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);
	CHECK_INT(added, 1);

	ent_fact_list_clear(t->in);
	CHECK(push_deal(t->in, t->doc[1], "PAK", "AZE", 2025, 2e9, 3) == 0);
	t->in->v[0].confidence = 0.5;
	t->in->v[0].status = ENT_STATUS_REPORTED;
	CHECK(ent_fact_add_item(&t->in->v[0], ENT_CAT_DRONE, "drones", 6, NULL, -1) == 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[1], t->in, &added), ENT_OK);
	CHECK_INT(added, 1);

	CHECK_INT(count_of(t->s, 1), 1);
	CHECK_INT(count_of(t->s, 2), 2);
	CHECK_INT(ent_store_facts(t->s, NULL, &t->out), ENT_OK);
	CHECK_INT(t->out->n, 1);
	m = &t->out->v[0];
	CHECK_INT(m->sources, 2);
	CHECK_INT(m->nevidence, 2);
	CHECK_STR(m->evidence[0].doc, t->doc[0]->sha256);
	CHECK_STR(m->evidence[0].source, "one.txt");
	CHECK_STR(m->evidence[1].doc, t->doc[1]->sha256);
	CHECK_STR(m->evidence[1].source, "two.txt");
	CHECK_INT(m->evidence[1].start, 3);
	CHECK_INT(m->year, 2025);                  /* filled from the second source */
	CHECK_INT(m->status, ENT_STATUS_SIGNED);   /* the later stage */
	CHECK(m->value.present && m->value.amount == 2e9);
	CHECK(m->confidence > 0.749 && m->confidence < 0.751);
	CHECK(ent_fact_has_category(m, ENT_CAT_DRONE));
	CHECK_INT(raw_int(t, "SELECT sources FROM facts"), 2);
	CHECK(raw_int(t, "SELECT updated_at >= created_at FROM facts") == 1);

	/* a deal with another year and value is a different deal */
	ent_fact_list_clear(t->in);
	CHECK(push_deal(t->in, t->doc[2], "PAK", "AZE", 2016, 3e7, 2) == 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[2], t->in, &added), ENT_OK);
	CHECK_INT(count_of(t->s, 1), 2);
	CHECK_INT(count_of(t->s, 3), 0); /* contradictions come later */
}
TEST(store_sqlite__merge_across_documents) { run(merge_across_documents); }

static void merge_within_document(fx *t)
{
	int added = 0;
	CHECK((t->doc[0] = mkdoc(text1, "a.txt")) != NULL);
	CHECK(push_deal(t->in, t->doc[0], "PAK", "AZE", 2024, 0, 0) == 0);
	CHECK(push_deal(t->in, t->doc[0], "PAK", "AZE", 2024, 0, 10) == 0);
	t->in->v[0].confidence = 0.5;
	t->in->v[1].confidence = 0.6;
	t->in->v[0].sources = 7; /* wrong: sources are counted from evidence */
	CHECK(push_deal(t->in, t->doc[0], "ISR", "ARM", 2024, 0, 30) == 0);
	t->in->v[2].sources = 5;
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);
	CHECK_INT(ent_store_facts(t->s, NULL, &t->out), ENT_OK);
	CHECK_INT(t->out->n, 2);
	CHECK_INT(t->out->v[1].sources, 1);
	CHECK_INT(t->out->v[0].nevidence, 2);
	CHECK_INT(t->out->v[0].sources, 1);
	/* one document does not corroborate itself: the best confidence stays */
	CHECK(t->out->v[0].confidence > 0.599 && t->out->v[0].confidence < 0.601);
}
TEST(store_sqlite__merge_within_document) { run(merge_within_document); }

/* Add a JF-17 to the deal last pushed on @p l. */
static int with_jets(ent_fact_list *l)
{
	ent_fact *f = &l->v[l->n - 1];
	return ent_fact_add_item(f, ENT_CAT_AIRCRAFT, "jets", 4, "JF-17", -1);
}

/* Extraction keeps apart two deals of one document that the store alone
 * would call one (a 2016 contract and a later one told only by its sum):
 * they stay two rows.  A third document's deal still merges into the
 * stored facts, and so does a twin within its own document. */
static void document_keeps_its_deals_apart(fx *t)
{
	int added = 0;
	CHECK((t->doc[0] = mkdoc(text1, "a.txt")) != NULL);
	CHECK(push_deal(t->in, t->doc[0], "PAK", "AZE", 2016, 0, 0) == 0 && with_jets(t->in) == 0);
	CHECK(push_deal(t->in, t->doc[0], "PAK", "AZE", 0, 3e7, 10) == 0 && with_jets(t->in) == 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);
	CHECK_INT(count_of(t->s, 1), 2);

	/* another document's bare mention joins one of them */
	ent_fact_list_clear(t->in);
	CHECK((t->doc[1] = mkdoc("Pakistan delivered JF-17 jets to Azerbaijan in 2016 and 2017.", "b.txt")) != NULL);
	CHECK(push_deal(t->in, t->doc[1], "PAK", "AZE", 2016, 0, 0) == 0 && with_jets(t->in) == 0);
	CHECK(push_deal(t->in, t->doc[1], "PAK", "AZE", 2016, 0, 20) == 0 && with_jets(t->in) == 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[1], t->in, &added), ENT_OK);
	CHECK_INT(count_of(t->s, 1), 2);
	CHECK_INT(ent_store_facts(t->s, NULL, &t->out), ENT_OK);
	CHECK_INT(t->out->n, 2);
	/* one of the two took both statements of the second document */
	CHECK_INT(t->out->v[0].sources + t->out->v[1].sources, 3);
	CHECK_INT(t->out->v[0].nevidence + t->out->v[1].nevidence, 4);
}
TEST(store_sqlite__document_keeps_its_deals_apart) { run(document_keeps_its_deals_apart); }

/* Add @p n JF-17s to the deal last pushed on @p l. */
static int with_counted_jets(ent_fact_list *l, long n)
{
	ent_fact *f = &l->v[l->n - 1];
	f->status = ENT_STATUS_DELIVERED; /* deliveries may be batches of one deal */
	return ent_fact_add_item(f, ENT_CAT_AIRCRAFT, "jets", 4, "JF-17", n);
}

/* Two deliveries of one document with no year or price are twins only
 * when their goods could be one statement's: six JF-17s beside two JF-17s
 * are two rows, a second "six JF-17s" joins the first (stop 36). */
static void counted_apart_in_one_document(fx *t)
{
	int added = 0;
	CHECK((t->doc[0] = mkdoc(text1, "a.txt")) != NULL);
	CHECK(push_deal(t->in, t->doc[0], "PAK", "AZE", 0, 0, 0) == 0 &&
	      with_counted_jets(t->in, 6) == 0);
	CHECK(push_deal(t->in, t->doc[0], "PAK", "AZE", 0, 0, 10) == 0 &&
	      with_counted_jets(t->in, 2) == 0);
	CHECK(push_deal(t->in, t->doc[0], "PAK", "AZE", 0, 0, 20) == 0 &&
	      with_counted_jets(t->in, 6) == 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);
	CHECK_INT(count_of(t->s, 1), 2);
}
TEST(store_sqlite__counted_apart_in_one_document) { run(counted_apart_in_one_document); }

/* Number of facts matching a filter, or -1. */
static long nmatch(fx *t, int type, const char *actor, int from, int to)
{
	ent_fact_filter flt = ENT_FACT_FILTER_INIT;
	long n;
	flt.type = type;
	flt.actor = actor;
	flt.from_year = from;
	flt.to_year = to;
	ent_fact_list_free(t->out);
	t->out = NULL;
	if (ent_store_facts(t->s, &flt, &t->out) != ENT_OK)
		return -1;
	n = (long)t->out->n;
	return n;
}

static void filters(fx *t)
{
	ent_fact_filter bad = ENT_FACT_FILTER_INIT;
	ent_fact_list *bad_out;
	size_t i;
	int added = 0;
	CHECK((t->doc[0] = mkdoc(text1, "a.txt")) != NULL);
	/* deal 2024, supply (no year), exercise 2021, stance 2023, membership
	 * (no year), rivalry (no year) */
	CHECK(push_every_type(t->in, t->doc[0]) == 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);

	CHECK_INT(nmatch(t, -1, NULL, 0, 0), 6);
	CHECK_INT(nmatch(t, ENT_FACT_DEAL, NULL, 0, 0), 1);
	CHECK_INT(t->out->v[0].type, ENT_FACT_DEAL);
	CHECK_INT(nmatch(t, ENT_FACT_RIVALRY, NULL, 0, 0), 1);
	CHECK_INT(t->out->v[0].type, ENT_FACT_RIVALRY);
	CHECK_INT(nmatch(t, ENT_FACT_STANCE, "PAK", 0, 0), 0);

	CHECK_INT(nmatch(t, -1, "CHN", 0, 0), 1);   /* supplier */
	CHECK_INT(nmatch(t, -1, "TUR", 0, 0), 2);   /* partner, participant */
	CHECK_INT(nmatch(t, -1, "AZE", 0, 0), 5);   /* recipient x2, participant x2, target */
	CHECK_INT(nmatch(t, -1, "ARM", 0, 0), 2);   /* actor, participant */
	CHECK_INT(t->out->v[0].type, ENT_FACT_STANCE);
	CHECK_INT(t->out->v[1].type, ENT_FACT_RIVALRY);
	CHECK_INT(nmatch(t, -1, "OIC", 0, 0), 1);   /* bloc of a membership */
	CHECK_INT(nmatch(t, -1, "IND", 0, 0), 0);
	CHECK_INT(nmatch(t, ENT_FACT_DEAL, "AZE", 0, 0), 1);

	CHECK_INT(nmatch(t, -1, NULL, 2023, 0), 2); /* 2023, 2024; no NULL years */
	CHECK_INT(nmatch(t, -1, NULL, 0, 2022), 1); /* 2021 */
	CHECK_INT(t->out->v[0].type, ENT_FACT_EXERCISE);
	CHECK_INT(nmatch(t, -1, NULL, 2021, 2023), 2);
	CHECK_INT(nmatch(t, -1, NULL, 2024, 2024), 1);
	CHECK_INT(nmatch(t, -1, NULL, 2025, 2030), 0);
	CHECK_INT(nmatch(t, -1, "AZE", 2022, 2030), 2);
	for (i = 1; i < t->out->n; i++)
		CHECK(t->out->v[i].id > t->out->v[i - 1].id);

	bad.version = 99;
	bad_out = (ent_fact_list *)&bad; /* must be reset to NULL */
	CHECK_INT(ent_store_facts(t->s, &bad, &bad_out), ENT_EUSAGE);
	CHECK(bad_out == NULL);
	CHECK(strstr(ent_store_errmsg(t->s), "version") != NULL);
}
TEST(store_sqlite__filter_by_type_actor_year) { run(filters); }

/* Counts and the stored fact must be exactly as before a failed add. */
static void check_unchanged(fx *t, const ent_store_counts *before, int64_t id,
			    const ent_fact *fact_before, int *ok)
{
	ent_store_counts now;
	ent_fact f;
	int has = -1;
	*ok = 0;
	if (ent_store_count(t->s, &now) != ENT_OK)
		return;
	if (now.documents != before->documents || now.facts != before->facts ||
	    now.evidence != before->evidence)
		return;
	if (ent_store_has_document(t->s, t->doc[1]->sha256, &has) != ENT_OK || has != 0)
		return;
	if (ent_store_fact(t->s, id, &f) != ENT_OK)
		return;
	*ok = fact_eq(fact_before, &f);
	ent_fact_destroy(&f);
}

/* doc[0] stored with one deal; in = [same deal seen in doc[1] (a merge),
 * a new stance, a new rivalry]. */
static int rollback_setup(fx *t, ent_store_counts *before)
{
	int added = 0;
	ent_fact st;
	t->doc[0] = mkdoc(text1, "one.txt");
	t->doc[1] = mkdoc("Azerbaijan and Pakistan: the deal was confirmed.", "two.txt");
	if (!t->doc[0] || !t->doc[1])
		return -1;
	if (push_deal(t->in, t->doc[0], "PAK", "AZE", 2024, 2e9, 0) ||
	    ent_store_add_document(t->s, t->doc[0], t->in, &added) || !added)
		return -1;
	ent_fact_list_clear(t->in);
	if (push_deal(t->in, t->doc[1], "PAK", "AZE", 2024, 0, 5))
		return -1;
	ent_fact_init(&st, ENT_FACT_STANCE);
	ent_code_set(&st.actor, "AZE");
	ent_code_set(&st.target, "PAK");
	st.issue = ent__strdup("Kashmir");
	ev(&st, t->doc[1], 0, 10, "stance.verb");
	if (push(t->in, &st) || push_deal(t->in, t->doc[1], "ISR", "AZE", 2016, 0, 20))
		return -1;
	if (ent_store_facts(t->s, NULL, &t->out) || t->out->n != 1)
		return -1;
	if (ent_fact_copy(&t->f, &t->out->v[0]))
		return -1;
	return ent_store_count(t->s, before);
}

static void rollback_unknown_evidence_doc(fx *t)
{
	ent_store_counts before;
	const char *msg;
	int added = -1, ok = 0;
	CHECK(rollback_setup(t, &before) == 0);
	/* the last fact's evidence cites a document that is not stored */
	memset(t->in->v[2].evidence[0].doc, 'f', 64);
	CHECK_INT(ent_store_add_document(t->s, t->doc[1], t->in, &added), ENT_ESTORE);
	CHECK_INT(added, 0);
	msg = ent_store_errmsg(t->s);
	CHECK(strstr(msg, "unknown document") != NULL);
	CHECK(strstr(msg, "two.txt") != NULL);
	CHECK(strchr(msg, '\n') == NULL);
	check_unchanged(t, &before, t->f.id, &t->f, &ok);
	CHECK(ok);
	CHECK_INT(raw_int(t, "SELECT COUNT(*) FROM facts WHERE type = 'stance'"), 0);

	/* the same document, repaired, goes in afterwards */
	memcpy(t->in->v[2].evidence[0].doc, t->doc[1]->sha256, 65);
	CHECK_INT(ent_store_add_document(t->s, t->doc[1], t->in, &added), ENT_OK);
	CHECK_INT(added, 1);
	CHECK_INT(count_of(t->s, 1), 3);
	CHECK_INT(count_of(t->s, 0), 2);
}
TEST(store_sqlite__rollback_unknown_evidence_doc) { run(rollback_unknown_evidence_doc); }

static void rollback_alloc_failure(fx *t)
{
	ent_store_counts before;
	long n;
	int rc = ENT_ERROR, added = 0, ok = 0, failures = 0;
	CHECK(rollback_setup(t, &before) == 0);
	/* Make the 0th, 1st, 2nd ... allocation of the add fail until it
	 * succeeds; every failure must leave the store as it was. */
	for (n = 0; n < 100000; n++) {
		ent__alloc_fail_after(n);
		rc = ent_store_add_document(t->s, t->doc[1], t->in, &added);
		ent__alloc_fail_after(-1);
		if (rc == ENT_OK)
			break;
		failures++;
		CHECK_INT(rc, ENT_ENOMEM);
		CHECK_INT(added, 0);
		check_unchanged(t, &before, t->f.id, &t->f, &ok);
		CHECK(ok);
	}
	CHECK_INT(rc, ENT_OK);
	CHECK_INT(added, 1);
	CHECK(failures > 10); /* failures hit the later facts too */
	if (getenv("ENTENTE_TEST_VERBOSE"))
		fprintf(stderr, "  %d injected allocation failures\n", failures);
	CHECK_INT(count_of(t->s, 0), 2);
	CHECK_INT(count_of(t->s, 1), 3);
	CHECK_INT(ent_store_fact(t->s, t->f.id, &t->g), ENT_OK);
	CHECK_INT(t->g.sources, 2);
}
TEST(store_sqlite__rollback_alloc_failure) { run(rollback_alloc_failure); }

static void reopen_existing(fx *t)
{
	ent_error err = {0, ""};
	int added = 0, v = 0;
	CHECK((t->doc[0] = mkdoc(text1, "a.txt")) != NULL);
	CHECK((t->doc[1] = mkdoc("Later: Pakistan and Azerbaijan deal.", "b.txt")) != NULL);
	CHECK(push_every_type(t->in, t->doc[0]) == 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);
	ent_store_free(t->s);
	t->s = NULL;

	CHECK_INT(ent_store_open(&t->s, t->path, &err), ENT_OK);
	CHECK_INT(ent_store_db_schema_version(t->s, &v), ENT_OK);
	CHECK_INT(v, ent_store_schema_version());
	CHECK_INT(count_of(t->s, 0), 1);
	CHECK_INT(count_of(t->s, 1), ENT_FACT__COUNT);
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);
	CHECK_INT(added, 0);
	CHECK_INT(ent_store_facts(t->s, NULL, &t->out), ENT_OK);
	CHECK(fact_eq(&t->in->v[0], &t->out->v[0]));

	/* a new document after reopening merges into the stored deal */
	ent_fact_list_clear(t->in);
	CHECK(push_deal(t->in, t->doc[1], "PAK", "AZE", 2024, 0, 0) == 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[1], t->in, &added), ENT_OK);
	CHECK_INT(added, 1);
	CHECK_INT(count_of(t->s, 1), ENT_FACT__COUNT);
	CHECK_INT(raw_int(t, "SELECT sources FROM facts WHERE type = 'deal'"), 2);
}
TEST(store_sqlite__reopen_existing) { run(reopen_existing); }

static void newer_schema_rejected(fx *t)
{
	ent_error err = {0, ""};
	ent_store_free(t->s);
	t->s = NULL;
	CHECK(raw_int(t, "PRAGMA user_version = 99") == -999); /* no row */
	CHECK_INT(raw_int(t, "PRAGMA user_version"), 99);
	sqlite3_close(t->raw);
	t->raw = NULL;
	CHECK_INT(ent_store_open(&t->s, t->path, &err), ENT_ESTORE);
	CHECK(t->s == NULL);
	CHECK_INT(err.code, ENT_ESTORE);
	CHECK(strstr(err.msg, "99") != NULL);
}
TEST(store_sqlite__newer_schema_rejected) { run(newer_schema_rejected); }

TEST(store_sqlite__postgres_not_compiled_in)
{
	ent_error err = {0, ""};
	ent_store *s = (ent_store *)&err; /* must be reset to NULL */
	CHECK_INT(ent_store_open(&s, "postgres://u:secret@db.example/entente", &err), ENT_EUSAGE);
	CHECK(s == NULL);
	CHECK_INT(err.code, ENT_EUSAGE);
	CHECK(strstr(err.msg, "PostgreSQL") != NULL);
	CHECK(strstr(err.msg, "not compiled in") != NULL);
	CHECK(strstr(err.msg, "secret") == NULL);
	CHECK_INT(ent_store_open(&s, "postgresql://x/y", NULL), ENT_EUSAGE);
	CHECK_INT(ent_store_open(&s, "", &err), ENT_EUSAGE);
	ent_store_free(NULL);
}

TEST(store_sqlite__open_fails_cleanly)
{
	ent_error err = {0, ""};
	ent_store *s = NULL;
	CHECK_INT(ent_store_open(&s, "/nonexistent-dir-entente/x/y.db", &err), ENT_ESTORE);
	CHECK(s == NULL);
	CHECK(strstr(err.msg, "y.db") != NULL);
}

static void fact_not_found(fx *t)
{
	CHECK_INT(ent_store_fact(t->s, 12345, &t->f), ENT_ENOTFOUND);
	CHECK(strstr(ent_store_errmsg(t->s), "12345") != NULL);
	CHECK_INT(t->f.nevidence, 0);
}
TEST(store_sqlite__fact_not_found) { run(fact_not_found); }

/* A backend with the wrong version is refused (and freed). */
static int freed;
static void fake_free(ent_store_backend *b)
{
	(void)b;
	freed++;
}

TEST(store_sqlite__backend_version_checked)
{
	ent_store_backend b;
	ent_store *s = NULL;
	ent_error err = {0, ""};
	CHECK_INT(ent_store_init_backend(&b, ENT_STORE_BACKEND_VERSION + 1), ENT_EUSAGE);
	CHECK_INT(ent_store_init_backend(&b, ENT_STORE_BACKEND_VERSION), ENT_OK);
	b.free = fake_free;
	b.name = "fake";
	freed = 0;
	CHECK_INT(ent_store_open_backend(&s, &b, &err), ENT_EUSAGE); /* no functions */
	CHECK(s == NULL);
	CHECK_INT(freed, 1);
	CHECK(strstr(err.msg, "fake") != NULL);
}

/* Holds the write lock on the database for a while, then lets go. */
static void *hold_lock(void *arg)
{
	sqlite3 *db = arg;
	struct timespec ts = {0, 300 * 1000 * 1000};
	nanosleep(&ts, NULL);
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	return NULL;
}

static void writer_waits_for_lock(fx *t)
{
	pthread_t th;
	int added = 0, rc;
	CHECK((t->doc[0] = mkdoc(text1, "a.txt")) != NULL);
	CHECK(push_deal(t->in, t->doc[0], "PAK", "AZE", 2024, 0, 0) == 0);
	CHECK(sqlite3_open(t->path, &t->raw) == SQLITE_OK);
	CHECK(sqlite3_exec(t->raw, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK);
	CHECK(pthread_create(&th, NULL, hold_lock, t->raw) == 0);
	rc = ent_store_add_document(t->s, t->doc[0], t->in, &added);
	pthread_join(th, NULL);
	CHECK_INT(rc, ENT_OK);
	CHECK_INT(added, 1);
	CHECK_INT(count_of(t->s, 1), 1);
}
TEST(store_sqlite__writer_waits_for_lock) { run(writer_waits_for_lock); }

/* Push an exercise of a and b in year (0: none) with evidence at start. */
static int push_exercise(ent_fact_list *l, const ent_doc *d, const char *a, const char *b,
			 int year, size_t start)
{
	ent_fact f;
	ent_fact_init(&f, ENT_FACT_EXERCISE);
	ent_fact_add_participant(&f, a);
	ent_fact_add_participant(&f, b);
	f.year = year;
	ev(&f, d, start, start + 4, "exercise.trigger");
	return ent_fact_list_push(l, &f);
}

/* Extraction keeps apart this year's undated drill and an earlier edition
 * one document tells ("similar exercises were held in 2005"): two rows.
 * Another document's undated drill of the pair still joins one. */
static void document_keeps_its_exercises_apart(fx *t)
{
	int added = 0;
	CHECK((t->doc[0] = mkdoc(text1, "a.txt")) != NULL);
	CHECK(push_exercise(t->in, t->doc[0], "RUS", "UZB", 0, 0) == 0);
	CHECK(push_exercise(t->in, t->doc[0], "RUS", "UZB", 2005, 10) == 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);
	CHECK_INT(count_of(t->s, 1), 2);
	ent_fact_list_clear(t->in);
	CHECK((t->doc[1] = mkdoc("Russia and Uzbekistan held drills.", "b.txt")) != NULL);
	CHECK(push_exercise(t->in, t->doc[1], "RUS", "UZB", 0, 0) == 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[1], t->in, &added), ENT_OK);
	CHECK_INT(count_of(t->s, 1), 2);
}
TEST(store_sqlite__document_keeps_its_exercises_apart) { run(document_keeps_its_exercises_apart); }

/* Two drills of one document and one year with other parties (a drill of
 * two states beside "earlier drills by" those two and a third) are no
 * twins: two rows; the same drill sent twice is one. */
static void document_keeps_drills_of_other_parties_apart(fx *t)
{
	int added = 0;
	ent_fact *f;
	CHECK((t->doc[0] = mkdoc(text1, "a.txt")) != NULL);
	CHECK(push_exercise(t->in, t->doc[0], "TUR", "AZE", 2021, 0) == 0);
	CHECK(push_exercise(t->in, t->doc[0], "TUR", "AZE", 2021, 10) == 0);
	f = &t->in->v[t->in->n - 1];
	CHECK_INT(ent_fact_add_participant(f, "PAK"), ENT_OK);
	CHECK(push_exercise(t->in, t->doc[0], "TUR", "AZE", 2021, 20) == 0);
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);
	CHECK_INT(count_of(t->s, 1), 2);
}
TEST(store_sqlite__document_keeps_drills_of_other_parties_apart)
{
	run(document_keeps_drills_of_other_parties_apart);
}

/* A named drill and an unnamed one of the same pair and year that
 * extraction kept apart ("launched a joint exercise on Tuesday" beside
 * "another joint exercise, Desert Shield 2022") are no twins: two rows
 * (stop 39). */
static void document_keeps_a_named_drill_apart(fx *t)
{
	int added = 0;
	ent_fact *f;
	CHECK((t->doc[0] = mkdoc(text1, "a.txt")) != NULL);
	CHECK(push_exercise(t->in, t->doc[0], "RUS", "DZA", 2022, 0) == 0);
	CHECK(push_exercise(t->in, t->doc[0], "RUS", "DZA", 2022, 10) == 0);
	f = &t->in->v[t->in->n - 1];
	CHECK((f->name = ent__strndup("Desert Shield", 13)) != NULL);
	CHECK_INT(ent_store_add_document(t->s, t->doc[0], t->in, &added), ENT_OK);
	CHECK_INT(count_of(t->s, 1), 2);
}
TEST(store_sqlite__document_keeps_a_named_drill_apart) { run(document_keeps_a_named_drill_apart); }
