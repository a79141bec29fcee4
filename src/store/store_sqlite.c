/*
 * store_sqlite.c - the SQLite store backend (the embedded default).
 *
 * One connection per store handle, in WAL mode with foreign keys on and a
 * busy timeout, so concurrent writers wait for each other instead of
 * failing.  Every statement is prepared once at open (sqlite3_prepare_v3,
 * persistent) with ? parameters; no value is ever pasted into SQL text.
 * A statement is reset and its bindings cleared right after each use.
 *
 * Writing a document is one BEGIN IMMEDIATE ... COMMIT transaction; any
 * failure rolls it back so nothing of the document remains.  With batches
 * (ent_store_set_batch) one transaction holds many documents; when one
 * fails, the batch is rolled back and the documents before it are written
 * again from copies kept for the batch (add_in_batch).  Each incoming
 * fact is compared (ent_fact_same) with the stored facts of the same type
 * that share one of its actors; the first that is the same is merged with
 * it in memory (ent_fact_merge) and rewritten, otherwise the fact is
 * inserted.  See docs/internals/STORE.md.
 */
#include "entente/store.h"
#include "entente/sys/store_backend.h"
#include "store/store_internal.h"
#include "util/alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The columns of a fact row, in the order read_fact_row() expects. */
#define FACT_COLS                                                                  \
	"id, type, year, status, value_amount, value_currency, value_usd, value_approx, " \
	"recipient, actor, target, polarity, issue, name, location, confidence, sources"

enum stmt_id {
	ST_BEGIN,
	ST_COMMIT,
	ST_ROLLBACK,
	ST_DOC_FIND,
	ST_DOC_INSERT,
	ST_CAND_ACTOR,
	ST_CAND_NAME,
	ST_CAND_SUPPLIER,
	ST_CAND_PAIR,
	ST_CAND_PARTICIPANT,
	ST_FACT_INSERT,
	ST_FACT_UPDATE,
	ST_FACT_UPDATE_LITE,
	ST_ACTORS_DELETE,
	ST_ITEMS_DELETE,
	ST_DOMAINS_DELETE,
	ST_ACTOR_INSERT,
	ST_ITEM_INSERT,
	ST_DOMAIN_INSERT,
	ST_EVIDENCE_INSERT,
	ST_FACT_ONE,
	ST_FACT_FILTER,
	ST_ACTORS_SELECT,
	ST_ITEMS_SELECT,
	ST_DOMAINS_SELECT,
	ST_EVIDENCE_SELECT,
	ST_EVIDENCE_OF_DOC,
	ST_COUNT,
	ST_DEFER_FROM,
	ST_DEFER_NONE,
	ST_CODE_INSERT,
	ST_SUPPLIER_INSERT,
	ST__COUNT
};

static const char *const stmt_sql[ST__COUNT] = {
	[ST_BEGIN] = "BEGIN IMMEDIATE",
	[ST_COMMIT] = "COMMIT",
	[ST_ROLLBACK] = "ROLLBACK",
	[ST_DOC_FIND] = "SELECT id FROM documents WHERE sha256 = ?1",
	[ST_DOC_INSERT] = "INSERT INTO documents (sha256, source, title, published, grade, format, "
			  "bytes, line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	/* stored facts of type ?1 in which code ?2 plays any role */
	/* (fact_codes holds every code of a fact in any role: one range) */
	[ST_CAND_ACTOR] = "SELECT fact_id FROM fact_codes WHERE code = ?2 AND type = ?1",
	[ST_CAND_NAME] = "SELECT id FROM facts WHERE type = ?1 AND name = ?2 COLLATE NOCASE",
	/* Narrower candidate queries, each a superset of what ent_fact_same()
	 * can accept for its types (see find_candidates): deals and supplies
	 * of recipient ?3 (NULL: none) with supplier ?2; stances and
	 * memberships of actor ?2 and target ?3; rivalries with participant ?2. */
	[ST_CAND_SUPPLIER] = "SELECT fact_id FROM fact_suppliers WHERE recipient = "
			     "coalesce(?3, '') AND supplier = ?2 AND type = ?1 ORDER BY fact_id",
	[ST_CAND_PAIR] = "SELECT id FROM facts WHERE type = ?1 AND actor IS ?2 AND target IS ?3",
	[ST_CAND_PARTICIPANT] = "SELECT c.fact_id FROM fact_codes c WHERE c.code = ?2 AND "
				"c.type = ?1 AND EXISTS (SELECT 1 FROM fact_actors a WHERE "
				"a.fact_id = c.fact_id AND a.role = 'participant' AND a.code = ?2)",
	[ST_FACT_INSERT] = "INSERT INTO facts (type, year, status, value_amount, value_currency, "
			   "value_usd, value_approx, recipient, actor, target, polarity, issue, name, "
			   "location, confidence, sources) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
			   "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
	[ST_FACT_UPDATE] = "UPDATE facts SET type = ?1, year = ?2, status = ?3, value_amount = ?4, "
			   "value_currency = ?5, value_usd = ?6, value_approx = ?7, recipient = ?8, "
			   "actor = ?9, target = ?10, polarity = ?11, issue = ?12, name = ?13, "
			   "location = ?14, confidence = ?15, sources = ?16, "
			   "updated_at = " ENT_STORE__SQL_NOW " WHERE id = ?17",
	/* A merge that changes none of the columns the analyses' triggers watch
	 * (tie_fact_upd, fact_codes_fact_update fire on UPDATE OF them) */
	[ST_FACT_UPDATE_LITE] = "UPDATE facts SET status = ?3, value_amount = ?4, "
				"value_currency = ?5, value_approx = ?7, issue = ?12, name = ?13, "
				"location = ?14, confidence = ?15, sources = ?16, "
				"updated_at = " ENT_STORE__SQL_NOW " WHERE id = ?17",
	[ST_ACTORS_DELETE] = "DELETE FROM fact_actors WHERE fact_id = ?1",
	[ST_ITEMS_DELETE] = "DELETE FROM deal_items WHERE fact_id = ?1",
	[ST_DOMAINS_DELETE] = "DELETE FROM fact_domains WHERE fact_id = ?1",
	[ST_ACTOR_INSERT] = "INSERT INTO fact_actors (fact_id, role, code) VALUES (?1, ?2, ?3) "
			    "ON CONFLICT DO NOTHING",
	[ST_ITEM_INSERT] = "INSERT INTO deal_items (fact_id, category, text, designation, quantity) "
			   "VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_DOMAIN_INSERT] = "INSERT INTO fact_domains (fact_id, domain) VALUES (?1, ?2)",
	[ST_EVIDENCE_INSERT] = "INSERT INTO evidence (fact_id, document_id, start, \"end\", quote, "
			       "rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
			       "ON CONFLICT (fact_id, document_id, start, \"end\") DO NOTHING",
	[ST_FACT_ONE] = "SELECT " FACT_COLS " FROM facts WHERE id = ?1",
	/* NULL parameters switch a condition off; a year bound excludes
	 * facts without a year (NULL compares as unknown). */
	[ST_FACT_FILTER] = "SELECT " FACT_COLS " FROM facts f WHERE (?1 IS NULL OR type = ?1) "
			   "AND (?2 IS NULL OR recipient = ?2 OR actor = ?2 OR target = ?2 OR "
			   "EXISTS (SELECT 1 FROM fact_actors a WHERE a.fact_id = f.id AND "
			   "a.code = ?2)) "
			   "AND (?3 IS NULL OR year >= ?3) AND (?4 IS NULL OR year <= ?4) "
			   "ORDER BY id",
	[ST_ACTORS_SELECT] = "SELECT role, code FROM fact_actors WHERE fact_id = ?1 ORDER BY rowid",
	[ST_ITEMS_SELECT] = "SELECT category, text, designation, quantity FROM deal_items "
			    "WHERE fact_id = ?1 ORDER BY rowid",
	[ST_DOMAINS_SELECT] = "SELECT domain FROM fact_domains WHERE fact_id = ?1 ORDER BY rowid",
	[ST_EVIDENCE_SELECT] = "SELECT d.sha256, d.source, e.start, e.\"end\", e.quote, e.rule "
			       "FROM evidence e JOIN documents d ON d.id = e.document_id "
			       "WHERE e.fact_id = ?1 ORDER BY e.id",
	/* the evidence of fact ?1 from document ?2 (what a merge needs) */
	[ST_EVIDENCE_OF_DOC] = "SELECT d.sha256, d.source, e.start, e.\"end\", e.quote, e.rule "
			       "FROM evidence e JOIN documents d ON d.id = e.document_id "
			       "WHERE e.fact_id = ?1 AND e.document_id = ?2 ORDER BY e.id",
	[ST_COUNT] = "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM facts), "
		     "(SELECT COUNT(*) FROM evidence), (SELECT COUNT(*) FROM contradictions)",
	/* the ties of facts from the next id on wait for the end of the batch
	 * (schema.c, migration_deferred_ties); ST_DEFER_NONE: none wait */
	[ST_DEFER_FROM] = "UPDATE deferred_ties SET from_fact = "
			  "(SELECT coalesce(max(id), 0) + 1 FROM facts) WHERE id = 1 "
			  "RETURNING from_fact",
	[ST_DEFER_NONE] = "UPDATE deferred_ties SET from_fact = 9223372036854775807 WHERE id = 1",
	/* the lookup rows of a batch's new fact (lookup_rows) */
	[ST_CODE_INSERT] = "INSERT OR IGNORE INTO fact_codes (code, type, year, fact_id) "
			   "VALUES (?1, ?2, ?3, ?4)",
	[ST_SUPPLIER_INSERT] = "INSERT OR IGNORE INTO fact_suppliers (recipient, supplier, type, "
			       "fact_id) VALUES (?1, ?2, ?3, ?4)",
};

/* A document of the open batch: its metadata (no text: the store never
 * reads it) and a copy of its facts. */
typedef struct kept_doc {
	ent_doc doc;
	ent_fact_list *facts;
} kept_doc;

/* A batch keeps at most this many facts for replay; past it the batch is
 * committed early, so memory stays bounded. */
#define KEPT_FACTS_MAX 20000

/* at most this many statements in ent_store__sqlite_upkeep_sql */
#define UPKEEP_MAX 8

typedef struct sqlite_backend {
	ent_store_backend parent; /* must stay first */
	sqlite3 *db;
	sqlite3_stmt *st[ST__COUNT];
	ent_store__contra_stmts contra; /* contradiction checks, prepared once */
	/* the statements of ent_store__sqlite_upkeep_sql, prepared once */
	sqlite3_stmt *upkeep[UPKEEP_MAX];
	size_t nupkeep;
	/* batching (ent_store_set_batch): limits, documents stored in the open
	 * batch, when it began (monotonic ms) */
	unsigned batch_docs, batch_ms;
	size_t pending;
	/* the documents the open batch added, kept to be written again when
	 * a later one fails and the batch is rolled back (keep_document) */
	struct kept_doc *kept;
	size_t nkept, kept_facts;
	double batch_start;
	/* deferred_ties.from_fact as this connection last set it inside its
	 * open transaction (INT64_MAX: nothing deferred); see deferred_from() */
	int64_t defer_from;
	/* busy handler: when the current wait began (monotonic ms) */
	double busy_start;
	/* the deal rows the document being written has created or merged
	 * into (doc_rows_has): a slot is in the set when its gen is the
	 * document's */
	struct doc_row {
		int64_t id;
		unsigned gen;
	} *doc_rows;
	size_t doc_rows_cap, doc_rows_n;
	unsigned doc_gen;
} sqlite_backend;

#define SB(b) ((sqlite_backend *)(b))

static const char *const format_names[] = {"auto", "text", "html", "jsonl"};

/* ---- statement helpers -------------------------------------------------- */

/* Make @p st ready for its next use and drop references to bound memory. */
static void done(sqlite3_stmt *st)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}

/* Step a statement that returns no rows; always leaves it reset. */
static int step_done(sqlite_backend *sb, sqlite3_stmt *st, ent_error *err, const char *what)
{
	int rc = sqlite3_step(st);
	int code = ENT_OK;
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		code = ent_store__sqlite_fail(sb->db, err, "%s", what);
	done(st);
	return code;
}

/* Binding helpers: each does nothing once *rc holds an error, so a run of
 * bindings is checked once at its end. */
static void b_null(sqlite3_stmt *st, int i, int *rc)
{
	if (*rc == SQLITE_OK)
		*rc = sqlite3_bind_null(st, i);
}

static void b_text(sqlite3_stmt *st, int i, const char *s, int *rc)
{
	if (*rc != SQLITE_OK)
		return;
	*rc = s ? sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC) : sqlite3_bind_null(st, i);
}

/* An actor code: empty means unknown, stored as NULL. */
static void b_code(sqlite3_stmt *st, int i, const ent_code *c, int *rc)
{
	b_text(st, i, c->s[0] ? c->s : NULL, rc);
}

static void b_int(sqlite3_stmt *st, int i, int64_t v, int *rc)
{
	if (*rc == SQLITE_OK)
		*rc = sqlite3_bind_int64(st, i, v);
}

static void b_double(sqlite3_stmt *st, int i, double v, int *rc)
{
	if (*rc == SQLITE_OK)
		*rc = sqlite3_bind_double(st, i, v);
}

static int bind_fail(sqlite_backend *sb, int rc, ent_error *err, const char *what)
{
	if (rc == SQLITE_NOMEM)
		return ent_error_set(err, ENT_ENOMEM, "%s: out of memory", what);
	return ent_store__sqlite_fail(sb->db, err, "%s", what);
}

static const char *col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static int is_null(sqlite3_stmt *st, int i) { return sqlite3_column_type(st, i) == SQLITE_NULL; }

static int corrupt(ent_error *err, int64_t id, const char *what)
{
	return ent_error_set(err, ENT_ESTORE, "fact %lld: unreadable %s in the database",
			     (long long)id, what);
}

/* Run one of the transaction-control statements. */
static int tx(sqlite_backend *sb, enum stmt_id id, ent_error *err, const char *what)
{
	return step_done(sb, sb->st[id], err, what);
}

/* Undo the open transaction, if any, keeping the message of the failure
 * that led here.  SQLite may already have rolled back by itself (after
 * SQLITE_FULL, SQLITE_NOMEM ...); then there is nothing to do. */
static void rollback(sqlite_backend *sb)
{
	ent_error ignored;
	if (!sqlite3_get_autocommit(sb->db))
		tx(sb, ST_ROLLBACK, &ignored, "rolling back");
}

/* ---- documents ------------------------------------------------------------ */

/* Look a document up by sha256.  @p out_id is set when *found is 1. */
static int find_document(sqlite_backend *sb, const char *sha256, int *found, int64_t *out_id,
			 ent_error *err)
{
	sqlite3_stmt *st = sb->st[ST_DOC_FIND];
	int rc = SQLITE_OK, step, code = ENT_OK;
	*found = 0;
	b_text(st, 1, sha256, &rc);
	if (rc != SQLITE_OK) {
		done(st);
		return bind_fail(sb, rc, err, "looking up a document");
	}
	step = sqlite3_step(st);
	if (step == SQLITE_ROW) {
		*found = 1;
		if (out_id)
			*out_id = sqlite3_column_int64(st, 0);
	} else if (step != SQLITE_DONE) {
		code = ent_store__sqlite_fail(sb->db, err, "looking up a document");
	}
	done(st);
	return code;
}

static int insert_document(sqlite_backend *sb, const ent_doc *doc, int64_t *out_id,
			   ent_error *err)
{
	sqlite3_stmt *st = sb->st[ST_DOC_INSERT];
	char grade[2] = {doc->grade ? doc->grade : 'F', 0};
	int rc = SQLITE_OK, code;
	if (grade[0] >= 'a' && grade[0] <= 'f')
		grade[0] = (char)(grade[0] - 'a' + 'A');
	if (grade[0] < 'A' || grade[0] > 'F')
		return ent_error_set(err, ENT_EUSAGE, "document grade must be A-F, not code %d",
				     (int)(unsigned char)doc->grade);
	b_text(st, 1, doc->sha256, &rc);
	b_text(st, 2, doc->source ? doc->source : "-", &rc);
	b_text(st, 3, doc->title, &rc);
	b_text(st, 4, doc->published, &rc);
	b_text(st, 5, grade, &rc);
	b_text(st, 6, (unsigned)doc->format < 4 ? format_names[doc->format] : NULL, &rc);
	b_int(st, 7, (int64_t)doc->len, &rc);
	if (doc->line > 0) /* JSON lines: the line within the file; else NULL */
		b_int(st, 8, (int64_t)doc->line, &rc);
	if (rc != SQLITE_OK) {
		done(st);
		return bind_fail(sb, rc, err, "inserting the document");
	}
	code = step_done(sb, st, err, "inserting the document");
	if (code == ENT_OK)
		*out_id = sqlite3_last_insert_rowid(sb->db);
	return code;
}

/* ---- reading facts -------------------------------------------------------- */

/* Fill @p f (uninitialised) from the current row of a FACT_COLS select.
 * On failure f is still valid for ent_fact_destroy. */
static int read_fact_row(sqlite3_stmt *st, ent_fact *f, ent_error *err)
{
	int64_t id = sqlite3_column_int64(st, 0);
	int type = ent_fact_type_from_name(col_text(st, 1));
	const char *s;

	ent_fact_init(f, ENT_FACT_DEAL);
	if (type < 0)
		return corrupt(err, id, "type");
	f->type = (ent_fact_type)type;
	f->id = id;
	f->year = is_null(st, 2) ? 0 : sqlite3_column_int(st, 2);
	if (!is_null(st, 3)) {
		int status = ent_status_from_name(col_text(st, 3));
		if (status <= 0)
			return corrupt(err, id, "status");
		f->status = (ent_status)status;
	}
	if (!is_null(st, 4)) {
		f->value.present = 1;
		f->value.amount = sqlite3_column_double(st, 4);
		s = col_text(st, 5);
		if (s)
			snprintf(f->value.currency, sizeof f->value.currency, "%s", s);
		if (!is_null(st, 6)) {
			f->value.has_usd = 1;
			f->value.usd = sqlite3_column_double(st, 6);
		}
		f->value.approx = sqlite3_column_int(st, 7) != 0;
	}
	ent_code_set(&f->recipient, col_text(st, 8));
	ent_code_set(&f->actor, col_text(st, 9));
	ent_code_set(&f->target, col_text(st, 10));
	if (!is_null(st, 11)) {
		int p = ent_polarity_from_name(col_text(st, 11));
		if (p < 0)
			return corrupt(err, id, "polarity");
		f->polarity = (ent_polarity)p;
	}
	f->issue = ent__strdup(col_text(st, 12));
	f->name = ent__strdup(col_text(st, 13));
	f->location = ent__strdup(col_text(st, 14));
	if ((!is_null(st, 12) && !f->issue) || (!is_null(st, 13) && !f->name) ||
	    (!is_null(st, 14) && !f->location))
		return ent_error_set(err, ENT_ENOMEM, "loading fact %lld: out of memory",
				     (long long)id);
	f->confidence = sqlite3_column_double(st, 15);
	f->sources = sqlite3_column_int(st, 16);
	return ENT_OK;
}

/* Bind the fact id to a per-fact select; report failure. */
static int bind_id(sqlite_backend *sb, sqlite3_stmt *st, int64_t id, ent_error *err)
{
	int rc = SQLITE_OK;
	b_int(st, 1, id, &rc);
	if (rc != SQLITE_OK) {
		done(st);
		return bind_fail(sb, rc, err, "loading a fact");
	}
	return ENT_OK;
}

/* Finish a row loop: SQLITE_DONE is success, anything else a failure. */
static int end_rows(sqlite_backend *sb, sqlite3_stmt *st, int step, int code, ent_error *err,
		    int64_t id, const char *part)
{
	if (code == ENT_OK && step != SQLITE_DONE)
		code = ent_store__sqlite_fail(sb->db, err, "loading the %s of fact %lld", part,
					      (long long)id);
	done(st);
	return code;
}

static int load_actors(sqlite_backend *sb, ent_fact *f, ent_error *err)
{
	sqlite3_stmt *st = sb->st[ST_ACTORS_SELECT];
	int step, code = bind_id(sb, st, f->id, err);
	if (code != ENT_OK)
		return code;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *role = col_text(st, 0), *c = col_text(st, 1);
		ent_code *arr;
		size_t *n, max = ENT_FACT_MAX_ACTORS;
		if (!role || !c) {
			code = corrupt(err, f->id, "actor");
			break;
		}
		if (strcmp(role, "supplier") == 0) {
			arr = f->suppliers;
			n = &f->nsuppliers;
		} else if (strcmp(role, "partner") == 0) {
			arr = f->partners;
			n = &f->npartners;
		} else if (strcmp(role, "participant") == 0) {
			arr = f->participants;
			n = &f->nparticipants;
			max = ENT_FACT_MAX_PARTICIPANTS;
		} else {
			code = corrupt(err, f->id, "actor role");
			break;
		}
		if (ent_fact_add_code_max(arr, n, max, c) != ENT_OK) {
			code = corrupt(err, f->id, "actor list (too many actors)");
			break;
		}
	}
	return end_rows(sb, st, step, code, err, f->id, "actors");
}

static int load_items(sqlite_backend *sb, ent_fact *f, ent_error *err)
{
	sqlite3_stmt *st = sb->st[ST_ITEMS_SELECT];
	int step, code = bind_id(sb, st, f->id, err);
	if (code != ENT_OK)
		return code;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		int cat = ent_category_from_name(col_text(st, 0));
		const char *text = col_text(st, 1);
		long qty = is_null(st, 3) ? -1 : (long)sqlite3_column_int64(st, 3);
		if (cat < 0) {
			code = corrupt(err, f->id, "item category");
			break;
		}
		if (ent_fact_add_item(f, (ent_category)cat, text,
				      text ? (size_t)sqlite3_column_bytes(st, 1) : 0,
				      col_text(st, 2), qty) != ENT_OK) {
			code = ent_error_set(err, ENT_ENOMEM, "loading items: out of memory");
			break;
		}
	}
	return end_rows(sb, st, step, code, err, f->id, "items");
}

static int load_domains(sqlite_backend *sb, ent_fact *f, ent_error *err)
{
	sqlite3_stmt *st = sb->st[ST_DOMAINS_SELECT];
	int step, code = bind_id(sb, st, f->id, err);
	if (code != ENT_OK)
		return code;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *d = col_text(st, 0);
		if (!d) {
			code = corrupt(err, f->id, "domain");
			break;
		}
		if (ent_fact_add_domain(f, d, (size_t)sqlite3_column_bytes(st, 0)) != ENT_OK) {
			code = ent_error_set(err, ENT_ENOMEM, "loading domains: out of memory");
			break;
		}
	}
	return end_rows(sb, st, step, code, err, f->id, "domains");
}

/* Append the evidence rows of @p f (all of them, or those of document
 * @p doc_id when it is > 0). */
static int load_evidence_of(sqlite_backend *sb, ent_fact *f, int64_t doc_id, ent_error *err)
{
	sqlite3_stmt *st = sb->st[doc_id > 0 ? ST_EVIDENCE_OF_DOC : ST_EVIDENCE_SELECT];
	int step, code = bind_id(sb, st, f->id, err);
	if (code != ENT_OK)
		return code;
	if (doc_id > 0 && sqlite3_bind_int64(st, 2, doc_id) != SQLITE_OK) {
		done(st);
		return bind_fail(sb, SQLITE_ERROR, err, "loading evidence");
	}
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *quote = col_text(st, 4);
		if (!col_text(st, 0) || !quote) {
			code = corrupt(err, f->id, "evidence");
			break;
		}
		if (ent_fact_add_evidence(f, col_text(st, 0), col_text(st, 1),
					  (size_t)sqlite3_column_int64(st, 2),
					  (size_t)sqlite3_column_int64(st, 3), quote,
					  (size_t)sqlite3_column_bytes(st, 4),
					  col_text(st, 5)) != ENT_OK) {
			code = ent_error_set(err, ENT_ENOMEM, "loading evidence: out of memory");
			break;
		}
	}
	return end_rows(sb, st, step, code, err, f->id, "evidence");
}

static int load_evidence(sqlite_backend *sb, ent_fact *f, ent_error *err)
{
	return load_evidence_of(sb, f, 0, err);
}

/* Load the actors, items, domains and (if @p evidence) the evidence of
 * @p f (whose id is set). */
static int load_parts(sqlite_backend *sb, ent_fact *f, int evidence, ent_error *err)
{
	int code = load_actors(sb, f, err);
	if (code == ENT_OK)
		code = load_items(sb, f, err);
	if (code == ENT_OK)
		code = load_domains(sb, f, err);
	if (code == ENT_OK && evidence)
		code = load_evidence(sb, f, err);
	return code;
}

/* Load the row of fact @p id into @p f (uninitialised), without its
 * actors, items, domains and evidence.  On any return f is valid for
 * ent_fact_destroy. */
static int load_fact_row(sqlite_backend *sb, int64_t id, ent_fact *f, ent_error *err)
{
	sqlite3_stmt *st = sb->st[ST_FACT_ONE];
	int step, code;
	ent_fact_init(f, ENT_FACT_DEAL);
	code = bind_id(sb, st, id, err);
	if (code != ENT_OK)
		return code;
	step = sqlite3_step(st);
	if (step == SQLITE_ROW)
		code = read_fact_row(st, f, err);
	else if (step == SQLITE_DONE)
		code = ent_error_set(err, ENT_ENOTFOUND, "fact %lld not found", (long long)id);
	else
		code = ent_store__sqlite_fail(sb->db, err, "loading fact %lld", (long long)id);
	done(st);
	return code;
}

/* Load fact @p id with its parts into @p f (uninitialised), its evidence
 * only if @p evidence (ent_fact_same() does not look at evidence, and a
 * much-reported fact has many rows).  On any return f is valid for
 * ent_fact_destroy. */
static int load_fact_opt(sqlite_backend *sb, int64_t id, ent_fact *f, int evidence,
			 ent_error *err)
{
	int code = load_fact_row(sb, id, f, err);
	if (code == ENT_OK)
		code = load_parts(sb, f, evidence, err);
	return code;
}

/* Load fact @p id with all its parts (see load_fact_opt). */
static int load_fact(sqlite_backend *sb, int64_t id, ent_fact *f, ent_error *err)
{
	return load_fact_opt(sb, id, f, 1, err);
}

/* ---- writing facts -------------------------------------------------------- */

/* Bind parameters 1..16 of ST_FACT_INSERT / ST_FACT_UPDATE. */
static int bind_fact(sqlite3_stmt *st, const ent_fact *f)
{
	int rc = SQLITE_OK;
	b_text(st, 1, ent_fact_type_name(f->type), &rc);
	if (f->year)
		b_int(st, 2, f->year, &rc);
	else
		b_null(st, 2, &rc);
	b_text(st, 3, f->status == ENT_STATUS_NONE ? NULL : ent_status_name(f->status), &rc);
	if (f->value.present) {
		b_double(st, 4, f->value.amount, &rc);
		b_text(st, 5, f->value.currency[0] ? f->value.currency : NULL, &rc);
		if (f->value.has_usd)
			b_double(st, 6, f->value.usd, &rc);
		else
			b_null(st, 6, &rc);
		b_int(st, 7, f->value.approx ? 1 : 0, &rc);
	} else {
		b_null(st, 4, &rc);
		b_null(st, 5, &rc);
		b_null(st, 6, &rc);
		b_null(st, 7, &rc);
	}
	b_code(st, 8, &f->recipient, &rc);
	b_code(st, 9, &f->actor, &rc);
	b_code(st, 10, &f->target, &rc);
	/* polarity only means something for a stance */
	b_text(st, 11, f->type == ENT_FACT_STANCE ? ent_polarity_name(f->polarity) : NULL, &rc);
	b_text(st, 12, f->issue, &rc);
	b_text(st, 13, f->name, &rc);
	b_text(st, 14, f->location, &rc);
	b_double(st, 15, f->confidence, &rc);
	b_int(st, 16, f->sources, &rc);
	return rc;
}

/* The first fact id whose lookup rows (fact_codes, fact_suppliers) this
 * connection writes itself: set when a batch's transaction opens
 * (schema.c, migration_deferred_ties); none outside a transaction. */
static int64_t deferred_from(const sqlite_backend *sb)
{
	return sqlite3_get_autocommit(sb->db) ? INT64_MAX : sb->defer_from;
}

/* For a fact of the open batch (id >= deferred_from), the lookup rows the
 * skipped insert triggers would have written: code @p code of fact @p id
 * in fact_codes and, with @p recipient non-NULL (a supplier row), the
 * fact_suppliers row.  Rows already there stay (OR IGNORE). */
static int lookup_rows(sqlite_backend *sb, int64_t id, const ent_fact *f, const char *code,
		       const char *recipient, ent_error *err, const char *what)
{
	const char *type = ent_fact_type_name(f->type);
	sqlite3_stmt *st = sb->st[ST_CODE_INSERT];
	int rc = SQLITE_OK, c;
	if (id < deferred_from(sb) || !code[0])
		return ENT_OK;
	b_text(st, 1, code, &rc);
	b_text(st, 2, type, &rc);
	b_int(st, 3, f->year, &rc); /* unknown: 0, as coalesce(year, 0) */
	b_int(st, 4, id, &rc);
	if (rc != SQLITE_OK) {
		done(st);
		return bind_fail(sb, rc, err, what);
	}
	c = step_done(sb, st, err, what);
	if (c != ENT_OK || !recipient)
		return c;
	st = sb->st[ST_SUPPLIER_INSERT];
	b_text(st, 1, recipient, &rc); /* "" for none, as coalesce(recipient, '') */
	b_text(st, 2, code, &rc);
	b_text(st, 3, type, &rc);
	b_int(st, 4, id, &rc);
	if (rc != SQLITE_OK) {
		done(st);
		return bind_fail(sb, rc, err, what);
	}
	return step_done(sb, st, err, what);
}

/* Insert @p f (id 0) or update the row f->id (update 2: only the columns
 * of ST_FACT_UPDATE_LITE changed); sets *out_id. */
static int write_fact_row(sqlite_backend *sb, const ent_fact *f, int update, int64_t *out_id,
			  ent_error *err, size_t index)
{
	sqlite3_stmt *st = sb->st[update == 2 ? ST_FACT_UPDATE_LITE
				  : update ? ST_FACT_UPDATE : ST_FACT_INSERT];
	char what[64];
	int rc = bind_fact(st, f), code;
	snprintf(what, sizeof what, "fact %zu: %s the fact", index, update ? "updating" : "inserting");
	if (update)
		b_int(st, 17, f->id, &rc);
	if (rc != SQLITE_OK) {
		done(st);
		return bind_fail(sb, rc, err, what);
	}
	code = step_done(sb, st, err, what);
	if (code == ENT_OK)
		*out_id = update ? f->id : sqlite3_last_insert_rowid(sb->db);
	if (code == ENT_OK && !update) { /* the row's own codes (FACT_CODES_OF_ROW) */
		code = lookup_rows(sb, *out_id, f, f->recipient.s, NULL, err, what);
		if (code == ENT_OK)
			code = lookup_rows(sb, *out_id, f, f->actor.s, NULL, err, what);
		if (code == ENT_OK)
			code = lookup_rows(sb, *out_id, f, f->target.s, NULL, err, what);
	}
	return code;
}

/* Delete the actor (unless @p skip_actors), item and domain rows of fact @p id. */
static int delete_parts(sqlite_backend *sb, int64_t id, int skip_actors, ent_error *err,
			size_t index)
{
	static const enum stmt_id del[] = {ST_ACTORS_DELETE, ST_ITEMS_DELETE, ST_DOMAINS_DELETE};
	char what[64];
	size_t i;
	snprintf(what, sizeof what, "fact %zu: clearing the parts of the fact", index);
	for (i = skip_actors ? 1 : 0; i < sizeof del / sizeof del[0]; i++) {
		sqlite3_stmt *st = sb->st[del[i]];
		int rc = SQLITE_OK, code;
		b_int(st, 1, id, &rc);
		if (rc != SQLITE_OK) {
			done(st);
			return bind_fail(sb, rc, err, what);
		}
		code = step_done(sb, st, err, what);
		if (code != ENT_OK)
			return code;
	}
	return ENT_OK;
}

static int insert_codes(sqlite_backend *sb, int64_t id, const ent_fact *f, const char *role,
			const ent_code *codes, size_t n, ent_error *err, size_t index)
{
	sqlite3_stmt *st = sb->st[ST_ACTOR_INSERT];
	char what[64];
	size_t i;
	int supplier = strcmp(role, "supplier") == 0;
	size_t max = codes == f->participants ? ENT_FACT_MAX_PARTICIPANTS : ENT_FACT_MAX_ACTORS;
	snprintf(what, sizeof what, "fact %zu: inserting a %s", index, role);
	for (i = 0; i < n && i < max; i++) {
		int rc = SQLITE_OK, code;
		if (!codes[i].s[0])
			continue;
		b_int(st, 1, id, &rc);
		b_text(st, 2, role, &rc);
		b_text(st, 3, codes[i].s, &rc);
		if (rc != SQLITE_OK) {
			done(st);
			return bind_fail(sb, rc, err, what);
		}
		code = step_done(sb, st, err, what);
		if (code == ENT_OK)
			code = lookup_rows(sb, id, f, codes[i].s, supplier ? f->recipient.s : NULL,
					   err, what);
		if (code != ENT_OK)
			return code;
	}
	return ENT_OK;
}

/* Write the actor (unless @p skip_actors), item and domain rows of fact
 * @p id from @p f. */
static int insert_parts(sqlite_backend *sb, int64_t id, const ent_fact *f, int skip_actors,
			ent_error *err, size_t index)
{
	char what[64];
	size_t i;
	int code = ENT_OK;
	if (!skip_actors)
		code = insert_codes(sb, id, f, "supplier", f->suppliers, f->nsuppliers, err, index);
	if (code == ENT_OK && !skip_actors)
		code = insert_codes(sb, id, f, "partner", f->partners, f->npartners, err, index);
	if (code == ENT_OK && !skip_actors)
		code = insert_codes(sb, id, f, "participant", f->participants, f->nparticipants, err,
				    index);
	if (code != ENT_OK)
		return code;

	snprintf(what, sizeof what, "fact %zu: inserting an item", index);
	for (i = 0; i < f->nitems; i++) {
		const ent_item *it = &f->items[i];
		sqlite3_stmt *st = sb->st[ST_ITEM_INSERT];
		int rc = SQLITE_OK;
		if ((unsigned)it->category >= ENT_CAT__COUNT)
			return ent_error_set(err, ENT_EUSAGE, "fact %zu: item with unknown category %d",
					     index, (int)it->category);
		b_int(st, 1, id, &rc);
		b_text(st, 2, ent_category_name(it->category), &rc);
		b_text(st, 3, it->text, &rc);
		b_text(st, 4, it->designation, &rc);
		if (it->quantity >= 0)
			b_int(st, 5, it->quantity, &rc);
		else
			b_null(st, 5, &rc);
		if (rc != SQLITE_OK) {
			done(st);
			return bind_fail(sb, rc, err, what);
		}
		code = step_done(sb, st, err, what);
		if (code != ENT_OK)
			return code;
	}

	snprintf(what, sizeof what, "fact %zu: inserting a domain", index);
	for (i = 0; i < f->ndomains; i++) {
		sqlite3_stmt *st = sb->st[ST_DOMAIN_INSERT];
		int rc = SQLITE_OK;
		b_int(st, 1, id, &rc);
		b_text(st, 2, f->domains[i], &rc);
		if (rc != SQLITE_OK) {
			done(st);
			return bind_fail(sb, rc, err, what);
		}
		code = step_done(sb, st, err, what);
		if (code != ENT_OK)
			return code;
	}
	return ENT_OK;
}

/* Replace the parts of fact @p id by those of @p f; the actor rows are
 * kept when @p keep_actors. */
static int rewrite_parts(sqlite_backend *sb, int64_t id, const ent_fact *f, int keep_actors,
			 ent_error *err, size_t index)
{
	int code = delete_parts(sb, id, keep_actors, err, index);
	if (code == ENT_OK)
		code = insert_parts(sb, id, f, keep_actors, err, index);
	return code;
}

/* Add the evidence rows of @p f to fact @p id; evdoc[i] is the document id
 * of f->evidence[i].  Rows already there (same document and span) stay. */
static int insert_evidence(sqlite_backend *sb, int64_t id, const ent_fact *f,
			   const int64_t *evdoc, ent_error *err, size_t index)
{
	sqlite3_stmt *st = sb->st[ST_EVIDENCE_INSERT];
	char what[64];
	size_t i;
	snprintf(what, sizeof what, "fact %zu: inserting evidence", index);
	for (i = 0; i < f->nevidence; i++) {
		const ent_evidence *e = &f->evidence[i];
		int rc = SQLITE_OK, code;
		if (e->start > (size_t)INT64_MAX || e->end > (size_t)INT64_MAX || e->end < e->start)
			return ent_error_set(err, ENT_EUSAGE, "fact %zu: evidence span %zu-%zu is invalid",
					     index, e->start, e->end);
		b_int(st, 1, id, &rc);
		b_int(st, 2, evdoc[i], &rc);
		b_int(st, 3, (int64_t)e->start, &rc);
		b_int(st, 4, (int64_t)e->end, &rc);
		b_text(st, 5, e->quote ? e->quote : "", &rc);
		b_text(st, 6, e->rule ? e->rule : "", &rc);
		if (rc != SQLITE_OK) {
			done(st);
			return bind_fail(sb, rc, err, what);
		}
		code = step_done(sb, st, err, what);
		if (code != ENT_OK)
			return code;
	}
	return ENT_OK;
}

static int push_id(int64_t **ids, size_t *n, size_t *cap, int64_t id)
{
	if (*n == *cap) {
		size_t ncap = *cap ? 2 * *cap : 16;
		int64_t *nv = ent__realloc(*ids, ncap * sizeof *nv);
		if (!nv)
			return ENT_ENOMEM;
		*ids = nv;
		*cap = ncap;
	}
	(*ids)[(*n)++] = id;
	return ENT_OK;
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Run a candidate query (?1 = type, ?2 = @p key, ?3 = @p key2 if the
 * statement has it; "" binds NULL) and collect the ids. */
static int collect(sqlite_backend *sb, enum stmt_id sid, const char *type, const char *key,
		   const char *key2, int64_t **ids, size_t *n, size_t *cap, ent_error *err)
{
	sqlite3_stmt *st = sb->st[sid];
	int rc = SQLITE_OK, step, code = ENT_OK;
	b_text(st, 1, type, &rc);
	b_text(st, 2, key[0] ? key : NULL, &rc);
	if (sqlite3_bind_parameter_count(st) >= 3)
		b_text(st, 3, key2 && key2[0] ? key2 : NULL, &rc);
	if (rc != SQLITE_OK) {
		done(st);
		return bind_fail(sb, rc, err, "finding facts to merge with");
	}
	while ((step = sqlite3_step(st)) == SQLITE_ROW)
		if (push_id(ids, n, cap, sqlite3_column_int64(st, 0)) != ENT_OK) {
			code = ent_error_set(err, ENT_ENOMEM, "finding facts to merge with: out of memory");
			break;
		}
	if (code == ENT_OK && step != SQLITE_DONE)
		code = ent_store__sqlite_fail(sb->db, err, "finding facts to merge with");
	done(st);
	return code;
}

/* The ids (ascending, distinct) of stored facts of f's type that share an
 * actor with @p f, or, for a named exercise, its name.  @p out is owned by
 * the caller (ent__free).
 *
 * Where ent_fact_same() needs more than one shared actor, the query asks
 * for all of it, so that the candidates stay few as the store grows (one
 * actor alone may be in thousands of facts): a deal needs the same
 * recipient and a shared supplier (a deal without suppliers matches none);
 * a supply the same recipient and the same suppliers; a stance or a
 * membership the same actor and target; a rivalry the same participants.
 * Each set still holds every fact ent_fact_same() can accept, in
 * ascending id order, so the first match is the one the broad query
 * found. */
static int find_candidates(sqlite_backend *sb, const ent_fact *f, int64_t **out, size_t *nout,
			   ent_error *err)
{
	const char *codes[2 * ENT_FACT_MAX_ACTORS + ENT_FACT_MAX_PARTICIPANTS + 3];
	const char *type = ent_fact_type_name(f->type);
	size_t ncodes = 0, i, j, n = 0, cap = 0;
	int64_t *ids = NULL;
	int code = ENT_OK;

#define ADD_CODE(c)                                                      \
	do {                                                             \
		const char *c_ = (c);                                    \
		for (j = 0; j < ncodes; j++)                             \
			if (strcmp(codes[j], c_) == 0)                   \
				break;                                   \
		if (c_[0] && j == ncodes)                                \
			codes[ncodes++] = c_;                            \
	} while (0)
	for (i = 0; i < f->nsuppliers && i < ENT_FACT_MAX_ACTORS; i++)
		ADD_CODE(f->suppliers[i].s);
	for (i = 0; i < f->npartners && i < ENT_FACT_MAX_ACTORS; i++)
		ADD_CODE(f->partners[i].s);
	for (i = 0; i < f->nparticipants && i < ENT_FACT_MAX_PARTICIPANTS; i++)
		ADD_CODE(f->participants[i].s);
	ADD_CODE(f->recipient.s);
	ADD_CODE(f->actor.s);
	ADD_CODE(f->target.s);
#undef ADD_CODE

	switch (f->type) {
	case ENT_FACT_DEAL:
		for (i = 0; i < f->nsuppliers && code == ENT_OK; i++)
			code = collect(sb, ST_CAND_SUPPLIER, type, f->suppliers[i].s,
				       f->recipient.s, &ids, &n, &cap, err);
		break;
	case ENT_FACT_SUPPLY:
		if (f->nsuppliers > 0)
			code = collect(sb, ST_CAND_SUPPLIER, type, f->suppliers[0].s,
				       f->recipient.s, &ids, &n, &cap, err);
		else
			goto broad;
		break;
	case ENT_FACT_STANCE:
	case ENT_FACT_MEMBERSHIP:
		code = collect(sb, ST_CAND_PAIR, type, f->actor.s, f->target.s, &ids, &n, &cap,
			       err);
		break;
	case ENT_FACT_RIVALRY:
		if (f->nparticipants > 0)
			code = collect(sb, ST_CAND_PARTICIPANT, type, f->participants[0].s, NULL,
				       &ids, &n, &cap, err);
		else
			goto broad;
		break;
	default:
	broad:
		for (i = 0; i < ncodes && code == ENT_OK; i++)
			code = collect(sb, ST_CAND_ACTOR, type, codes[i], NULL, &ids, &n, &cap,
				       err);
		if (code == ENT_OK && f->type == ENT_FACT_EXERCISE && f->name && f->name[0])
			code = collect(sb, ST_CAND_NAME, type, f->name, NULL, &ids, &n, &cap,
				       err);
		break;
	}
	if (code != ENT_OK) {
		ent__free(ids);
		return code;
	}
	if (n > 1) {
		qsort(ids, n, sizeof *ids, cmp_id);
		for (i = 1, j = 1; i < n; i++)
			if (ids[i] != ids[j - 1])
				ids[j++] = ids[i];
		n = j;
	}
	*out = ids;
	*nout = n;
	return ENT_OK;
}

/* What a stored fact was before a merge, to write only what changed. */
#define SNAP_ITEMS 32
typedef struct merge_snapshot {
	ent_fact_type type;
	int year, has_usd, polarity;
	double usd;
	ent_code recipient, actor, target;
	ent_code suppliers[ENT_FACT_MAX_ACTORS], partners[ENT_FACT_MAX_ACTORS],
		participants[ENT_FACT_MAX_PARTICIPANTS];
	size_t nsuppliers, npartners, nparticipants, nitems, ndomains;
	long quantity[SNAP_ITEMS]; /* of the first SNAP_ITEMS items */
} merge_snapshot;

static void snapshot(merge_snapshot *m, const ent_fact *f)
{
	size_t i;
	memset(m, 0, sizeof *m);
	m->type = f->type;
	m->year = f->year;
	m->has_usd = f->value.present && f->value.has_usd;
	m->usd = m->has_usd ? f->value.usd : 0;
	m->polarity = f->type == ENT_FACT_STANCE ? (int)f->polarity : -1;
	m->recipient = f->recipient;
	m->actor = f->actor;
	m->target = f->target;
	m->nsuppliers = f->nsuppliers < ENT_FACT_MAX_ACTORS ? f->nsuppliers : ENT_FACT_MAX_ACTORS;
	m->npartners = f->npartners < ENT_FACT_MAX_ACTORS ? f->npartners : ENT_FACT_MAX_ACTORS;
	m->nparticipants = f->nparticipants < ENT_FACT_MAX_PARTICIPANTS ? f->nparticipants
								    : ENT_FACT_MAX_PARTICIPANTS;
	memcpy(m->suppliers, f->suppliers, m->nsuppliers * sizeof f->suppliers[0]);
	memcpy(m->partners, f->partners, m->npartners * sizeof f->partners[0]);
	memcpy(m->participants, f->participants, m->nparticipants * sizeof f->participants[0]);
	m->nitems = f->nitems;
	m->ndomains = f->ndomains;
	for (i = 0; i < f->nitems && i < SNAP_ITEMS; i++)
		m->quantity[i] = f->items[i].quantity;
}

static int same_code(const ent_code *a, const ent_code *b) { return strcmp(a->s, b->s) == 0; }

static int same_codes(const ent_code *a, size_t na, const ent_code *b, size_t nb)
{
	size_t i;
	if (na != nb)
		return 0;
	for (i = 0; i < na; i++)
		if (!same_code(&a[i], &b[i]))
			return 0;
	return 1;
}

/* The columns ST_FACT_UPDATE_LITE leaves out are unchanged. */
static int same_watched(const merge_snapshot *m, const ent_fact *f)
{
	int has_usd = f->value.present && f->value.has_usd;
	return m->type == f->type && m->year == f->year && m->has_usd == has_usd &&
	       (!has_usd || m->usd == f->value.usd) &&
	       m->polarity == (f->type == ENT_FACT_STANCE ? (int)f->polarity : -1) &&
	       same_code(&m->recipient, &f->recipient) && same_code(&m->actor, &f->actor) &&
	       same_code(&m->target, &f->target);
}

/* The actor rows (in their stored order) are unchanged. */
static int same_actors(const merge_snapshot *m, const ent_fact *f)
{
	return same_codes(m->suppliers, m->nsuppliers, f->suppliers, f->nsuppliers) &&
	       same_codes(m->partners, m->npartners, f->partners, f->npartners) &&
	       same_codes(m->participants, m->nparticipants, f->participants, f->nparticipants);
}

/* Actors, items and domains are unchanged (items and domains are only
 * appended by ent_fact_merge, an item's unknown quantity may be filled). */
static int same_parts(const merge_snapshot *m, const ent_fact *f)
{
	size_t i;
	if (!same_actors(m, f) || m->nitems != f->nitems || m->ndomains != f->ndomains ||
	    f->nitems > SNAP_ITEMS)
		return 0;
	for (i = 0; i < f->nitems; i++)
		if (m->quantity[i] != f->items[i].quantity)
			return 0;
	return 1;
}

/* ---- the deal rows of the document being written -------------------------- */

/* Start the set of rows for a new document: every slot of an older
 * generation is empty, so nothing is cleared. */
static void doc_rows_reset(sqlite_backend *sb)
{
	sb->doc_rows_n = 0;
	if (++sb->doc_gen == 0) { /* wrapped: old slots could look current */
		if (sb->doc_rows)
			memset(sb->doc_rows, 0, sb->doc_rows_cap * sizeof *sb->doc_rows);
		sb->doc_gen = 1;
	}
}

static size_t doc_row_slot(const sqlite_backend *sb, int64_t id)
{
	size_t mask = sb->doc_rows_cap - 1, i = ((uint64_t)id * 0x9E3779B97F4A7C15u) >> 32 & mask;
	while (sb->doc_rows[i].gen == sb->doc_gen && sb->doc_rows[i].id != id)
		i = (i + 1) & mask;
	return i;
}

static int doc_rows_has(const sqlite_backend *sb, int64_t id)
{
	return sb->doc_rows_n && sb->doc_rows[doc_row_slot(sb, id)].gen == sb->doc_gen;
}

/* Add row @p id to the set.  ENT_ENOMEM leaves the set as it was. */
static int doc_rows_add(sqlite_backend *sb, int64_t id)
{
	size_t i;
	if (2 * (sb->doc_rows_n + 1) > sb->doc_rows_cap) {
		struct doc_row *old = sb->doc_rows;
		size_t oldcap = sb->doc_rows_cap, ncap = oldcap ? 2 * oldcap : 64;
		struct doc_row *nr = ent__calloc(ncap, sizeof *nr);
		if (!nr)
			return ENT_ENOMEM;
		sb->doc_rows = nr;
		sb->doc_rows_cap = ncap;
		for (i = 0; i < oldcap; i++)
			if (old[i].gen == sb->doc_gen)
				sb->doc_rows[doc_row_slot(sb, old[i].id)] = old[i];
		ent__free(old);
	}
	i = doc_row_slot(sb, id);
	if (sb->doc_rows[i].gen != sb->doc_gen) {
		sb->doc_rows[i].id = id;
		sb->doc_rows[i].gen = sb->doc_gen;
		sb->doc_rows_n++;
	}
	return ENT_OK;
}

/* Do two deals of one document state the same thing: same year, stage and
 * value?  Extraction has already merged what one document says of a deal
 * (extract.c, merge_same), with more to go on than the store has (a "further"
 * order, an "earlier" purchase).  Two deals it hands over apart stay apart
 * unless they are twins, as a caller other than extraction may send. */
static int same_statement(const ent_fact *a, const ent_fact *b)
{
	if (a->year != b->year || a->status != b->status ||
	    a->value.present != b->value.present)
		return 0;
	/* two drills of one text with other parties ("the Steadfast
	 * Brotherhood drill of Turkey and Azerbaijan" beside "earlier drills
	 * by Turkey, Pakistan and Azerbaijan") are no twins */
	if (a->type == ENT_FACT_EXERCISE &&
	    (a->nparticipants != b->nparticipants || !a->name != !b->name ||
	     !ent_fact_codes_subset(a->participants, a->nparticipants, b->participants,
				    b->nparticipants)))
		return 0;
	if (a->type == ENT_FACT_DEAL && !ent_fact_goods_twins(a, b))
		return 0;
	return !a->value.present ||
	       (a->value.amount == b->value.amount &&
		strcmp(a->value.currency, b->value.currency) == 0);
}

/*
 * Store fact number @p index of document @p doc (stored as @p doc_id):
 * merge it into the first stored fact that ent_fact_same() calls the same,
 * or insert it.  Runs inside the document's transaction; the caller rolls
 * back on failure.
 */
static int store_fact(sqlite_backend *sb, const ent_doc *doc, int64_t doc_id, const ent_fact *in,
		      size_t index, ent_error *err)
{
	ent_fact nf, cand;
	int64_t *evdoc = NULL, *ids = NULL, id = 0;
	size_t nids = 0, i;
	int code, merged = 0, stored_sources = 0, new_docs = 0;
	ent_store__diffs diffs;

	diffs.n = 0;
	if ((unsigned)in->type >= ENT_FACT__COUNT)
		return ent_error_set(err, ENT_EUSAGE, "fact %zu has unknown type %d", index,
				     (int)in->type);
	if (ent_fact_copy(&nf, in) != ENT_OK)
		return ent_error_set(err, ENT_ENOMEM, "fact %zu: out of memory", index);
	ent_fact_init(&cand, ENT_FACT_DEAL);

	/* Map each evidence's document (sha256; empty = this document) to its
	 * row id.  Evidence may cite a document stored earlier, never one that
	 * is not stored. */
	evdoc = ent__calloc(nf.nevidence ? nf.nevidence : 1, sizeof *evdoc);
	if (!evdoc) {
		code = ent_error_set(err, ENT_ENOMEM, "fact %zu: out of memory", index);
		goto out;
	}
	for (i = 0; i < nf.nevidence; i++) {
		ent_evidence *e = &nf.evidence[i];
		int found = 0;
		if (!e->doc[0])
			memcpy(e->doc, doc->sha256, sizeof e->doc);
		if (strcmp(e->doc, doc->sha256) == 0) {
			evdoc[i] = doc_id;
			continue;
		}
		code = find_document(sb, e->doc, &found, &evdoc[i], err);
		if (code != ENT_OK)
			goto out;
		if (!found) {
			code = ent_error_set(err, ENT_ESTORE,
					     "fact %zu: evidence cites unknown document %.12s", index,
					     e->doc);
			goto out;
		}
	}

	code = find_candidates(sb, &nf, &ids, &nids, err);
	if (code != ENT_OK)
		goto out;
	/* The row alone rules most candidates out (ent_fact_may_be_same);
	 * only the others load their actors and items. */
	for (i = 0; i < nids && !merged; i++) {
		ent_fact_destroy(&cand);
		code = load_fact_row(sb, ids[i], &cand, err);
		if (code == ENT_OK && ent_fact_may_be_same(&cand, &nf))
			code = load_parts(sb, &cand, 0, err);
		else if (code == ENT_OK)
			continue;
		if (code != ENT_OK)
			goto out;
		/* a deal (an exercise) of this document already written takes
		 * another of its deals (exercises) only as a twin
		 * (same_statement): extraction kept them apart ("similar
		 * exercises were held in 2005" beside this year's) */
		merged = ent_fact_same(&cand, &nf) &&
			 ((nf.type != ENT_FACT_DEAL && nf.type != ENT_FACT_EXERCISE) ||
			  !doc_rows_has(sb, ids[i]) || same_statement(&cand, &nf));
	}
	if (merged) {
		/* The merge needs, of the stored evidence, only the rows from the
		 * documents the incoming evidence cites: whether those documents
		 * already stand behind the fact decides if the new evidence is
		 * independent (confidence), and the rows already there are not
		 * added twice (the insert ignores them anyway).  A much-reported
		 * fact has thousands of rows.  The same rows keep the sources
		 * count: a cited document without stored rows is one more. */
		stored_sources = cand.sources;
	}
	/* Each distinct document the incoming evidence cites (for a new fact,
	 * every one counts). */
	for (i = 0; i < nf.nevidence && code == ENT_OK; i++) {
		size_t k, before = cand.nevidence;
		for (k = 0; k < i && evdoc[k] != evdoc[i]; k++)
			;
		if (k < i)
			continue;
		if (merged)
			code = load_evidence_of(sb, &cand, evdoc[i], err);
		new_docs += cand.nevidence == before;
	}
	if (code != ENT_OK)
		goto out;

	if (merged) {
		merge_snapshot before;
		ent_store__diff_facts(&diffs, &cand, &nf); /* before the merge hides them */
		snapshot(&before, &cand);
		if (ent_fact_merge(&cand, &nf) != ENT_OK) {
			code = ent_error_set(err, ENT_ENOMEM, "fact %zu: out of memory merging", index);
			goto out;
		}
		/* sources = distinct documents behind the fact, all of them */
		cand.sources = stored_sources + new_docs > 1 ? stored_sources + new_docs : 1;
		/* Rewrite only what the merge changed: the actors' rows and the
		 * watched columns fire the analyses' triggers. */
		code = write_fact_row(sb, &cand, same_watched(&before, &cand) ? 2 : 1, &id, err,
				      index);
		if (code == ENT_OK && !same_parts(&before, &cand))
			code = rewrite_parts(sb, id, &cand, same_actors(&before, &cand), err, index);
	} else {
		nf.sources = new_docs > 1 ? new_docs : 1;
		code = write_fact_row(sb, &nf, 0, &id, err, index);
		if (code == ENT_OK)
			code = insert_parts(sb, id, &nf, 0, err, index);
	}
	if (code == ENT_OK && (nf.type == ENT_FACT_DEAL || nf.type == ENT_FACT_EXERCISE) &&
	    doc_rows_add(sb, id) != ENT_OK)
		code = ent_error_set(err, ENT_ENOMEM, "fact %zu: out of memory", index);
	/* Earlier evidence rows stay; the new fact's evidence is added. */
	if (code == ENT_OK)
		code = insert_evidence(sb, id, &nf, evdoc, err, index);
	if (code == ENT_OK)
		code = ent_store__sqlite_contradictions_st(sb->db, &sb->contra, id, doc_id,
							   merged ? &diffs : NULL, &nf, err);

out:
	ent_fact_destroy(&cand);
	ent_fact_destroy(&nf);
	ent__free(evdoc);
	ent__free(ids);
	return code;
}

/* ---- backend operations --------------------------------------------------- */

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int batching(const sqlite_backend *sb) { return sb->batch_docs > 1; }

/* Commit the open batch (if any).  On failure the batch is rolled back and
 * the message says how many documents it held. */
/* Add what the open batch deferred to the derived tables, then defer the
 * facts from the next id on (@p stmt ST_DEFER_FROM) or none (ST_DEFER_NONE,
 * before the commit). */
/* Set deferred_ties.from_fact to the next fact id (@p stmt ST_DEFER_FROM)
 * or to none (ST_DEFER_NONE), and remember it (sb->defer_from). */
static int defer(sqlite_backend *sb, int stmt, ent_error *err)
{
	sqlite3_stmt *st = sb->st[stmt];
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		sb->defer_from = sqlite3_column_int64(st, 0);
		rc = sqlite3_step(st);
	} else if (rc == SQLITE_DONE) {
		sb->defer_from = INT64_MAX;
	}
	done(st);
	if (rc != SQLITE_DONE)
		return ent_store__sqlite_fail(sb->db, err, "moving the deferred ties' bound");
	return ENT_OK;
}

static int upkeep(sqlite_backend *sb, int stmt, ent_error *err)
{
	size_t i;
	for (i = 0; i < sb->nupkeep; i++) {
		int code = step_done(sb, sb->upkeep[i], err, "adding the batch's ties");
		if (code != ENT_OK)
			return code;
	}
	return defer(sb, stmt, err);
}

/* Prepare the statements of ent_store__sqlite_upkeep_sql. */
static int prepare_upkeep(sqlite_backend *sb, ent_error *err)
{
	const char *sql = ent_store__sqlite_upkeep_sql;
	while (*sql) {
		sqlite3_stmt *st = NULL;
		const char *tail = NULL;
		if (sqlite3_prepare_v3(sb->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, &tail) !=
		    SQLITE_OK)
			return ent_store__sqlite_fail(sb->db, err, "preparing the batch's ties");
		if (st) {
			if (sb->nupkeep == UPKEEP_MAX) {
				sqlite3_finalize(st);
				return ent_error_set(err, ENT_ESTORE, "too many upkeep statements");
			}
			sb->upkeep[sb->nupkeep++] = st;
		}
		sql = tail;
	}
	return ENT_OK;
}

int ent_store__sqlite_settle(ent_store_backend *b, ent_error *err)
{
	sqlite_backend *sb = SB(b);
	if (!batching(sb) || sqlite3_get_autocommit(sb->db))
		return ENT_OK;
	return upkeep(sb, ST_DEFER_FROM, err);
}

/* Forget the documents kept for the open batch. */
static void clear_kept(sqlite_backend *sb)
{
	size_t i;
	for (i = 0; i < sb->nkept; i++) {
		ent__free(sb->kept[i].doc.source);
		ent__free(sb->kept[i].doc.title);
		ent__free(sb->kept[i].doc.published);
		ent_fact_list_free(sb->kept[i].facts);
	}
	sb->nkept = 0;
	sb->kept_facts = 0;
}

static int batch_commit(sqlite_backend *sb, ent_error *err)
{
	size_t lost = sb->pending;
	int code;
	sb->pending = 0;
	clear_kept(sb);
	if (sqlite3_get_autocommit(sb->db))
		return ENT_OK;
	code = upkeep(sb, ST_DEFER_NONE, err);
	if (code == ENT_OK)
		code = tx(sb, ST_COMMIT, err, "committing a batch");
	if (code != ENT_OK) {
		char inner[sizeof err->msg];
		rollback(sb);
		snprintf(inner, sizeof inner, "%s", err->msg);
		ent_error_set(err, code, "%s (the %zu document%s of the batch are not stored)",
			      inner, lost, lost == 1 ? "" : "s");
	}
	return code;
}

/* Prefix the message of a failed document with its name; @p lost (> 0)
 * earlier documents of the batch were rolled back with it. */
static int doc_fail(const ent_doc *doc, int code, size_t lost, ent_error *err)
{
	char inner[sizeof err->msg];
	snprintf(inner, sizeof inner, "%s", err->msg);
	if (lost)
		ent_error_set(err, code,
			      "storing %s (%.12s): %s (the transaction was rolled back: the %zu "
			      "earlier document%s of the batch are not stored either)",
			      doc->source ? doc->source : "-", doc->sha256, inner, lost,
			      lost == 1 ? "" : "s");
	else
		ent_error_set(err, code, "storing %s (%.12s): %s", doc->source ? doc->source : "-",
			      doc->sha256, inner);
	ent_store__oneline(err->msg);
	return code;
}

/* Write the document and its facts (the caller holds a transaction).
 * *found: a document with this sha256 is already stored. */
static int write_document(sqlite_backend *sb, const ent_doc *doc, const ent_fact_list *facts,
			  int *found, ent_error *err)
{
	int64_t doc_id = 0;
	size_t i;
	/* Checked inside the transaction: a concurrent writer adding the
	 * same document commits first, and we then see it. */
	int code = find_document(sb, doc->sha256, found, NULL, err);
	if (code != ENT_OK || *found)
		return code;
	code = insert_document(sb, doc, &doc_id, err);
	doc_rows_reset(sb);
	for (i = 0; code == ENT_OK && facts && i < facts->n; i++)
		code = store_fact(sb, doc, doc_id, &facts->v[i], i, err);
	return code;
}

/* Let another writer waiting for the lock take it between two batches: its
 * busy handler polls every millisecond (busy_wait). */
static void yield_lock(void)
{
	struct timespec ts = {0, 2 * 1000 * 1000};
	nanosleep(&ts, NULL);
}

/* Keep a copy of @p doc's metadata and facts for replay_batch.  ENT_ENOMEM
 * leaves nothing kept. */
static int keep_document(sqlite_backend *sb, const ent_doc *doc, const ent_fact_list *facts)
{
	kept_doc *k;
	size_t i, n = facts ? facts->n : 0;
	if (!sb->kept) {
		sb->kept = ent__calloc(sb->batch_docs, sizeof *sb->kept);
		if (!sb->kept)
			return ENT_ENOMEM;
	}
	if (sb->nkept >= sb->batch_docs)
		return ENT_ENOMEM; /* cannot happen: the batch commits when full */
	k = &sb->kept[sb->nkept];
	memset(k, 0, sizeof *k);
	k->doc = *doc;
	k->doc.text = NULL; /* the store never reads it */
	k->doc.source = doc->source ? ent__strdup(doc->source) : NULL;
	k->doc.title = doc->title ? ent__strdup(doc->title) : NULL;
	k->doc.published = doc->published ? ent__strdup(doc->published) : NULL;
	if ((doc->source && !k->doc.source) || (doc->title && !k->doc.title) ||
	    (doc->published && !k->doc.published) || ent_fact_list_new(&k->facts) != ENT_OK)
		goto fail;
	for (i = 0; i < n; i++) {
		ent_fact f;
		if (ent_fact_copy(&f, &facts->v[i]) != ENT_OK)
			goto fail;
		if (ent_fact_list_push(k->facts, &f) != ENT_OK) {
			ent_fact_destroy(&f);
			goto fail;
		}
	}
	sb->nkept++;
	sb->kept_facts += n;
	return ENT_OK;
fail:
	ent__free(k->doc.source);
	ent__free(k->doc.title);
	ent__free(k->doc.published);
	ent_fact_list_free(k->facts);
	return ENT_ENOMEM;
}

/* Open a batch's transaction. */
static int batch_begin(sqlite_backend *sb, ent_error *err)
{
	int code = tx(sb, ST_BEGIN, err, "starting a transaction");
	if (code == ENT_OK)
		code = defer(sb, ST_DEFER_FROM, err);
	if (code != ENT_OK)
		rollback(sb);
	return code;
}

/* A document of the batch failed and the batch was rolled back: open it
 * again and write the documents it held before.  They were written once
 * from the same state, so only the environment (a full disk, an I/O
 * error) makes this fail; then they are lost with the batch and
 * *lost says how many. */
static void replay_batch(sqlite_backend *sb, size_t *lost)
{
	ent_error ignored;
	size_t i;
	int code = batch_begin(sb, &ignored);
	for (i = 0; code == ENT_OK && i < sb->nkept; i++) {
		int found = 0;
		code = write_document(sb, &sb->kept[i].doc, sb->kept[i].facts, &found, &ignored);
	}
	*lost = 0;
	sb->pending = sb->nkept;
	if (code != ENT_OK) {
		rollback(sb);
		*lost = sb->nkept;
		sb->pending = 0;
		clear_kept(sb);
	}
}

/* Add a document inside the open batch (opening one if needed); commit the
 * batch when it is full or old enough.
 *
 * A document is written with no savepoint of its own (a savepoint per
 * document copied every page it touched into SQLite's sub-journal: a
 * quarter of the store's time).  Its atomicity comes from the batch
 * instead: when it fails half-written, the whole batch is rolled back and
 * the documents before it, kept in memory (keep_document), are written
 * again, so that only the failing document is missing, as with a
 * savepoint. */
static int add_in_batch(sqlite_backend *sb, const ent_doc *doc, const ent_fact_list *facts,
			int *out_added, ent_error *err)
{
	int found = 0, code;
	if (sqlite3_get_autocommit(sb->db)) {
		sb->pending = 0;
		clear_kept(sb);
		code = batch_begin(sb, err);
		if (code != ENT_OK)
			return doc_fail(doc, code, 0, err);
		sb->batch_start = now_ms();
	}
	code = write_document(sb, doc, facts, &found, err);
	if (code != ENT_OK) {
		size_t lost = 0;
		rollback(sb);
		replay_batch(sb, &lost);
		return doc_fail(doc, code, lost, err);
	}
	if (!found) {
		sb->pending++;
		if (keep_document(sb, doc, facts) != ENT_OK ||
		    sb->kept_facts > KEPT_FACTS_MAX) {
			/* cannot keep it for a replay: make it durable now */
			code = batch_commit(sb, err);
			if (code != ENT_OK)
				return doc_fail(doc, code, 0, err);
		}
	}
	if (sb->pending >= sb->batch_docs ||
	    (sb->batch_ms && now_ms() - sb->batch_start >= (double)sb->batch_ms)) {
		size_t n = sb->pending;
		code = batch_commit(sb, err);
		if (code != ENT_OK)
			return doc_fail(doc, code, 0, err);
		if (n)
			yield_lock();
	}
	*out_added = !found;
	return ENT_OK;
}

static int sq_add_document(ent_store_backend *b, const ent_doc *doc, const ent_fact_list *facts,
			   int *out_added, ent_error *err)
{
	sqlite_backend *sb = SB(b);
	int found = 0, code;

	*out_added = 0;
	if (batching(sb))
		return add_in_batch(sb, doc, facts, out_added, err);
	code = tx(sb, ST_BEGIN, err, "starting a transaction");
	if (code == ENT_OK)
		code = write_document(sb, doc, facts, &found, err);
	if (code == ENT_OK && found) {
		rollback(sb); /* nothing was written */
		return ENT_OK;
	}
	if (code == ENT_OK)
		code = tx(sb, ST_COMMIT, err, "committing");
	if (code != ENT_OK) {
		rollback(sb);
		return doc_fail(doc, code, 0, err);
	}
	*out_added = 1;
	return ENT_OK;
}

/* Page cache of a connection: PRAGMA cache_size in KiB (negative).  Reads
 * keep SQLite's default of 2 MB: the pages an analysis reads once are
 * recycled instead of filling fresh memory (on a 1,000,000-fact store the
 * 16 MB cache cost the pair timeline ~3,700 more page faults, ~10 ms);
 * batched writes (ingest: ent_store_set_batch) get the larger cache that
 * keeps the indexes they update in memory. */
#define ENT_STORE__CACHE_KIB "-2000"
#define ENT_STORE__BATCH_CACHE_KIB "-16384"
/* Batched writes checkpoint the WAL into the database every this many pages
 * instead of SQLite's 1000: a page that many batches rewrite (an index's
 * hot leaves) is copied and synced once per checkpoint, so fewer
 * checkpoints copy fewer pages.  The WAL file grows to about this size
 * (8192 x 4 KiB = 32 MiB) and is reused; memory does not grow with it. */
#define ENT_STORE__BATCH_WAL_PAGES "8192"

static int pragma(sqlite3 *db, const char *sql, char *result, size_t rsize, ent_error *err);

static int sq_set_batch(ent_store_backend *b, unsigned max_docs, unsigned max_ms,
			ent_error *err)
{
	sqlite_backend *sb = SB(b);
	/* the open batch ends with its settings (its kept documents are
	 * sized by them) */
	int code = batch_commit(sb, err);
	ent__free(sb->kept);
	sb->kept = NULL;
	if (code == ENT_OK)
		code = pragma(sb->db,
			      max_docs > 1 ? "PRAGMA cache_size = " ENT_STORE__BATCH_CACHE_KIB
					   : "PRAGMA cache_size = " ENT_STORE__CACHE_KIB,
			      NULL, 0, err);
	if (code == ENT_OK)
		code = pragma(sb->db,
			      max_docs > 1 ? "PRAGMA wal_autocheckpoint = " ENT_STORE__BATCH_WAL_PAGES
					   : "PRAGMA wal_autocheckpoint = 1000",
			      NULL, 0, err);
	sb->batch_docs = max_docs;
	sb->batch_ms = max_ms;
	return code;
}

static int sq_commit(ent_store_backend *b, ent_error *err) { return batch_commit(SB(b), err); }

static int sq_has_document(ent_store_backend *b, const char *sha256, int *out, ent_error *err)
{
	return find_document(SB(b), sha256, out, NULL, err);
}

static int sq_facts(ent_store_backend *b, const ent_fact_filter *filter, ent_fact_list *out,
		    ent_error *err)
{
	sqlite_backend *sb = SB(b);
	sqlite3_stmt *st = sb->st[ST_FACT_FILTER];
	int rc = SQLITE_OK, step, code = ENT_OK;

	if (filter->type >= 0)
		b_text(st, 1, ent_fact_type_name((ent_fact_type)filter->type), &rc);
	b_text(st, 2, filter->actor && filter->actor[0] ? filter->actor : NULL, &rc);
	if (filter->from_year)
		b_int(st, 3, filter->from_year, &rc);
	if (filter->to_year)
		b_int(st, 4, filter->to_year, &rc);
	if (rc != SQLITE_OK) {
		done(st);
		return bind_fail(sb, rc, err, "loading facts");
	}
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		ent_fact f;
		code = read_fact_row(st, &f, err);
		if (code == ENT_OK)
			code = load_parts(sb, &f, 1, err);
		if (code == ENT_OK && ent_fact_list_push(out, &f) != ENT_OK)
			code = ent_error_set(err, ENT_ENOMEM, "loading facts: out of memory");
		if (code != ENT_OK) {
			ent_fact_destroy(&f);
			break;
		}
	}
	if (code == ENT_OK && step != SQLITE_DONE)
		code = ent_store__sqlite_fail(sb->db, err, "loading facts");
	done(st);
	return code;
}

static int sq_fact(ent_store_backend *b, int64_t id, ent_fact *out, ent_error *err)
{
	ent_fact_destroy(out);
	return load_fact(SB(b), id, out, err);
}

static int sq_count(ent_store_backend *b, ent_store_counts *out, ent_error *err)
{
	sqlite_backend *sb = SB(b);
	sqlite3_stmt *st = sb->st[ST_COUNT];
	int code = ENT_OK;
	if (sqlite3_step(st) == SQLITE_ROW) {
		out->documents = sqlite3_column_int64(st, 0);
		out->facts = sqlite3_column_int64(st, 1);
		out->evidence = sqlite3_column_int64(st, 2);
		out->contradictions = sqlite3_column_int64(st, 3);
	} else {
		code = ent_store__sqlite_fail(sb->db, err, "counting rows");
	}
	done(st);
	return code;
}

static int sq_schema_version(ent_store_backend *b, int *out, ent_error *err)
{
	return ent_store__sqlite_user_version(SB(b)->db, out, err);
}

static void sq_free(ent_store_backend *b)
{
	sqlite_backend *sb = SB(b);
	size_t i;
	if (!sb)
		return;
	if (sb->db && batching(sb)) { /* the open batch is committed */
		ent_error ignored;
		batch_commit(sb, &ignored);
	}
	clear_kept(sb);
	ent__free(sb->kept);
	ent__free(sb->doc_rows);
	ent_store__contra_finalize(&sb->contra);
	for (i = 0; i < ST__COUNT; i++)
		sqlite3_finalize(sb->st[i]);
	for (i = 0; i < sb->nupkeep; i++)
		sqlite3_finalize(sb->upkeep[i]);
	sqlite3_close_v2(sb->db);
	ent__free(sb);
}

sqlite3 *ent_store__sqlite_db(ent_store_backend *b) { return SB(b)->db; }

int ent_store__sqlite_load_fact(ent_store_backend *b, int64_t id, ent_fact *f, unsigned parts,
				ent_error *err)
{
	sqlite_backend *sb = SB(b);
	sqlite3_stmt *st = sb->st[ST_FACT_ONE];
	int step, code;
	ent_fact_init(f, ENT_FACT_DEAL);
	code = bind_id(sb, st, id, err);
	if (code != ENT_OK)
		return code;
	step = sqlite3_step(st);
	if (step == SQLITE_ROW)
		code = read_fact_row(st, f, err);
	else if (step == SQLITE_DONE)
		code = ent_error_set(err, ENT_ENOTFOUND, "fact %lld not found", (long long)id);
	else
		code = ent_store__sqlite_fail(sb->db, err, "loading fact %lld", (long long)id);
	done(st);
	if (code == ENT_OK && (parts & ENT_FACT_PART_ACTORS))
		code = load_actors(sb, f, err);
	if (code == ENT_OK && (parts & ENT_FACT_PART_ITEMS))
		code = load_items(sb, f, err);
	if (code == ENT_OK && (parts & ENT_FACT_PART_DOMAINS))
		code = load_domains(sb, f, err);
	if (code == ENT_OK && (parts & ENT_FACT_PART_EVIDENCE))
		code = load_evidence(sb, f, err);
	return code;
}

/* ---- opening --------------------------------------------------------------- */

/* Busy handler: wait for another writer's lock, polling every millisecond
 * (SQLite's own busy_timeout sleeps up to 100 ms between tries, which can
 * miss the short gap between two batches of a busy writer), for at most
 * ENT_STORE__BUSY_TIMEOUT_MS.  Returns 0 to give up (SQLITE_BUSY). */
static int busy_wait(void *payload, int count)
{
	sqlite_backend *sb = payload;
	struct timespec ts = {0, 1000 * 1000};
	double now = now_ms();
	if (count == 0)
		sb->busy_start = now;
	else if (now - sb->busy_start >= ENT_STORE__BUSY_TIMEOUT_MS)
		return 0;
	nanosleep(&ts, NULL);
	return 1;
}

/* Run a pragma and copy the text of its first result column (if any). */
static int pragma(sqlite3 *db, const char *sql, char *result, size_t rsize, ent_error *err)
{
	sqlite3_stmt *st = NULL;
	int step, code = ENT_OK;
	if (result && rsize)
		result[0] = '\0';
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return ent_store__sqlite_fail(db, err, "running %s", sql);
	step = sqlite3_step(st);
	if (step == SQLITE_ROW && result && rsize) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		snprintf(result, rsize, "%s", t ? t : "");
	} else if (step != SQLITE_ROW && step != SQLITE_DONE) {
		code = ent_store__sqlite_fail(db, err, "running %s", sql);
	}
	sqlite3_finalize(st);
	return code;
}

int ent_store__sqlite_open(ent_store_backend **out, const char *path, ent_error *err)
{
	sqlite_backend *sb;
	char res[32];
	const char *file;
	int rc, code;
	size_t i;

	*out = NULL;
	sb = ent__calloc(1, sizeof *sb);
	if (!sb)
		return ent_error_set(err, ENT_ENOMEM, "opening %s: out of memory", path);
	ent_store_init_backend(&sb->parent, ENT_STORE_BACKEND_VERSION);
	sb->defer_from = INT64_MAX;
	sb->parent.name = "sqlite";
	sb->parent.add_document = sq_add_document;
	sb->parent.has_document = sq_has_document;
	sb->parent.facts = sq_facts;
	sb->parent.fact = sq_fact;
	sb->parent.count = sq_count;
	sb->parent.schema_version = sq_schema_version;
	sb->parent.free = sq_free;
	sb->parent.fact_ids = ent_store__sqlite_fact_ids;
	sb->parent.dyad_fact_ids = ent_store__sqlite_dyad_fact_ids;
	sb->parent.supplier_rows = ent_store__sqlite_supplier_rows;
	sb->parent.fact_ids_newest = ent_store__sqlite_fact_ids_newest;
	sb->parent.facts_by_ids = ent_store__sqlite_facts_by_ids;
	sb->parent.set_batch = sq_set_batch;
	sb->parent.commit = sq_commit;

	rc = sqlite3_open_v2(path, &sb->db,
			     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI |
				     SQLITE_OPEN_NOMUTEX,
			     NULL);
	if (rc != SQLITE_OK) {
		code = sb->db ? ent_store__sqlite_fail(sb->db, err, "opening %s", path)
			      : ent_error_set(err, ENT_ENOMEM, "opening %s: out of memory", path);
		goto fail;
	}
	sqlite3_busy_handler(sb->db, busy_wait, sb);

	code = pragma(sb->db, "PRAGMA foreign_keys = ON", NULL, 0, err);
	if (code == ENT_OK)
		code = pragma(sb->db, "PRAGMA foreign_keys", res, sizeof res, err);
	if (code == ENT_OK && strcmp(res, "1") != 0)
		code = ent_error_set(err, ENT_ESTORE, "opening %s: this SQLite cannot enforce "
				     "foreign keys", path);
	if (code == ENT_OK)
		code = pragma(sb->db, "PRAGMA journal_mode = WAL", res, sizeof res, err);
	file = sqlite3_db_filename(sb->db, "main");
	/* in-memory and temporary databases have no file and cannot use WAL */
	if (code == ENT_OK && file && file[0] && strcmp(res, "wal") != 0)
		code = ent_error_set(err, ENT_ESTORE,
				     "opening %s: cannot use WAL journal mode (got \"%s\")", path, res);
	/* WAL with synchronous = NORMAL: no fsync per commit (only at
	 * checkpoints); the database cannot be corrupted, a crash of the
	 * program loses nothing, a power cut may lose the last commits.  See
	 * docs/internals/PERFORMANCE.md. */
	if (code == ENT_OK)
		code = pragma(sb->db, "PRAGMA synchronous = NORMAL", NULL, 0, err);
	/* A bounded page cache (a constant: peak memory does not grow with the
	 * store; larger for batches, sq_set_batch) and temporary tables in
	 * memory.  No mmap: mapped pages of a large database would count in
	 * the RSS. */
	if (code == ENT_OK)
		code = pragma(sb->db, "PRAGMA cache_size = " ENT_STORE__CACHE_KIB, NULL, 0, err);
	if (code == ENT_OK)
		code = pragma(sb->db, "PRAGMA temp_store = MEMORY", NULL, 0, err);
	if (code != ENT_OK)
		goto fail;

	code = ent_store__sqlite_migrate(sb->db, err);
	if (code != ENT_OK)
		goto fail;

	for (i = 0; i < ST__COUNT; i++) {
		if (sqlite3_prepare_v3(sb->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &sb->st[i],
				       NULL) != SQLITE_OK) {
			code = ent_store__sqlite_fail(sb->db, err, "preparing statement %zu", i);
			goto fail;
		}
	}
	code = ent_store__contra_prepare(sb->db, &sb->contra, err);
	if (code == ENT_OK)
		code = prepare_upkeep(sb, err);
	if (code != ENT_OK)
		goto fail;
	*out = &sb->parent;
	return ENT_OK;

fail:
	sq_free(&sb->parent);
	return code;
}
