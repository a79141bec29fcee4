/*
 * store.c - the store front end: picks a backend from the URI, checks
 * arguments, forwards to the backend's function table and keeps the last
 * error message on the handle.
 *
 * Backends (sys/store_backend.h): SQLite, built in; PostgreSQL, reserved
 * for "postgres://" URIs and not compiled in yet.
 */
#include "entente/store.h"
#include "entente/sys/store_backend.h"
#include "store/store_internal.h"
#include "util/alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct ent_store {
	ent_store_backend *backend; /* owned */
	ent_error err;              /* last error; msg "" when none yet */
};

void ent_store__oneline(char *msg)
{
	for (; *msg; msg++)
		if (*msg == '\n' || *msg == '\r')
			*msg = ' ';
}

/* Record a failure of the front end itself on the handle. */
static int store_fail(ent_store *s, int code, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

static int store_fail(ent_store *s, int code, const char *fmt, ...)
{
	va_list ap;
	s->err.code = code;
	va_start(ap, fmt);
	vsnprintf(s->err.msg, sizeof s->err.msg, fmt, ap);
	va_end(ap);
	ent_store__oneline(s->err.msg);
	return code;
}

/* Keep the outcome of a backend call: on failure, its message (or the
 * generic text of the code when the backend gave none) becomes the last
 * error of the handle. */
static int keep(ent_store *s, int rc, ent_error *e)
{
	if (rc == ENT_OK)
		return rc;
	if (!e->msg[0])
		return store_fail(s, rc, "%s", ent_strerror(rc));
	ent_store__oneline(e->msg);
	s->err = *e;
	s->err.code = rc;
	return rc;
}

ent_store_backend *ent_store__backend(ent_store *s) { return s ? s->backend : NULL; }

int ent_store_init_backend(ent_store_backend *b, unsigned int version)
{
	if (!b)
		return ENT_EUSAGE;
	memset(b, 0, sizeof *b);
	if (version != ENT_STORE_BACKEND_VERSION)
		return ENT_EUSAGE;
	b->version = version;
	return ENT_OK;
}

int ent_store_open_backend(ent_store **out, ent_store_backend *b, ent_error *err)
{
	ent_store *s;
	if (!out) {
		if (b && b->free)
			b->free(b);
		return ent_error_set(err, ENT_EUSAGE, "ent_store_open_backend: no output handle");
	}
	*out = NULL;
	if (!b)
		return ent_error_set(err, ENT_EUSAGE, "ent_store_open_backend: no backend");
	if (b->version != ENT_STORE_BACKEND_VERSION || !b->add_document || !b->has_document ||
	    !b->facts || !b->fact || !b->count || !b->schema_version || !b->free) {
		int rc = ent_error_set(err, ENT_EUSAGE,
				       "store backend \"%s\" has version %u (expected %u) or "
				       "lacks a function",
				       b->name ? b->name : "?", b->version,
				       (unsigned)ENT_STORE_BACKEND_VERSION);
		if (b->free)
			b->free(b);
		return rc;
	}
	s = ent__calloc(1, sizeof *s);
	if (!s) {
		b->free(b);
		return ent_error_set(err, ENT_ENOMEM, "out of memory opening the store");
	}
	s->backend = b;
	*out = s;
	return ENT_OK;
}

static int is_postgres_uri(const char *uri)
{
	return strncmp(uri, "postgres://", 11) == 0 || strncmp(uri, "postgresql://", 13) == 0;
}

int ent_store_open(ent_store **out, const char *uri, ent_error *err)
{
	ent_store_backend *b = NULL;
	ent_error e;
	int rc;

	if (!out)
		return ent_error_set(err, ENT_EUSAGE, "ent_store_open: no output handle");
	*out = NULL;
	if (!uri || !uri[0])
		return ent_error_set(err, ENT_EUSAGE, "no store given (a file path or postgres:// URI)");
	if (is_postgres_uri(uri)) {
		/* The URI is not echoed: it may hold a password. */
		return ent_error_set(err, ENT_EUSAGE,
				     "PostgreSQL support is not compiled in; "
				     "use a file path for an SQLite store");
	}
	memset(&e, 0, sizeof e);
	rc = ent_store__sqlite_open(&b, uri, &e);
	if (rc != ENT_OK) {
		ent_store__oneline(e.msg);
		return ent_error_set(err, rc, "%s", e.msg[0] ? e.msg : ent_strerror(rc));
	}
	return ent_store_open_backend(out, b, err);
}

void ent_store_free(ent_store *s)
{
	if (!s)
		return;
	if (s->backend)
		s->backend->free(s->backend);
	ent__free(s);
}

const char *ent_store_errmsg(ent_store *s)
{
	if (!s)
		return "no store";
	return s->err.msg;
}

int ent_store_add_document(ent_store *s, const ent_doc *doc, const ent_fact_list *facts,
			   int *out_added)
{
	ent_error e;
	int added = 0, rc;
	if (out_added)
		*out_added = 0;
	if (!s)
		return ENT_EUSAGE;
	if (!doc || !doc->sha256[0])
		return store_fail(s, ENT_EUSAGE, "adding a document: no document or no sha256");
	if (facts && facts->n && !facts->v)
		return store_fail(s, ENT_EUSAGE, "adding a document: malformed fact list");
	memset(&e, 0, sizeof e);
	rc = keep(s, s->backend->add_document(s->backend, doc, facts, &added, &e), &e);
	if (rc == ENT_OK && out_added)
		*out_added = added;
	return rc;
}

int ent_store_set_batch(ent_store *s, unsigned max_docs, unsigned max_ms)
{
	ent_error e;
	if (!s)
		return ENT_EUSAGE;
	if (!s->backend->set_batch)
		return max_docs > 1 ? store_fail(s, ENT_EUSAGE,
						 "batches are not supported by the \"%s\" store backend",
						 s->backend->name ? s->backend->name : "?")
				    : ENT_OK;
	memset(&e, 0, sizeof e);
	return keep(s, s->backend->set_batch(s->backend, max_docs, max_ms, &e), &e);
}

int ent_store_commit(ent_store *s)
{
	ent_error e;
	if (!s)
		return ENT_EUSAGE;
	if (!s->backend->commit)
		return ENT_OK;
	memset(&e, 0, sizeof e);
	return keep(s, s->backend->commit(s->backend, &e), &e);
}

int ent_store_has_document(ent_store *s, const char *sha256, int *out)
{
	ent_error e;
	if (!s)
		return ENT_EUSAGE;
	if (!sha256 || !out)
		return store_fail(s, ENT_EUSAGE, "ent_store_has_document: missing argument");
	*out = 0;
	memset(&e, 0, sizeof e);
	return keep(s, s->backend->has_document(s->backend, sha256, out, &e), &e);
}

int ent_store_facts(ent_store *s, const ent_fact_filter *filter, ent_fact_list **out)
{
	static const ent_fact_filter all = ENT_FACT_FILTER_INIT;
	ent_fact_list *l = NULL;
	ent_error e;
	int rc;
	if (!s)
		return ENT_EUSAGE;
	if (!out)
		return store_fail(s, ENT_EUSAGE, "ent_store_facts: no output list");
	*out = NULL;
	if (!filter)
		filter = &all;
	if (filter->version != ENT_FACT_FILTER_VERSION)
		return store_fail(s, ENT_EUSAGE, "fact filter has version %u, expected %u",
				  filter->version, (unsigned)ENT_FACT_FILTER_VERSION);
	if (filter->type < -1 || filter->type >= (int)ENT_FACT__COUNT)
		return store_fail(s, ENT_EUSAGE, "fact filter: unknown fact type %d", filter->type);
	rc = ent_fact_list_new(&l);
	if (rc != ENT_OK)
		return store_fail(s, rc, "loading facts: out of memory");
	memset(&e, 0, sizeof e);
	rc = keep(s, s->backend->facts(s->backend, filter, l, &e), &e);
	if (rc != ENT_OK) {
		ent_fact_list_free(l);
		return rc;
	}
	*out = l;
	return ENT_OK;
}

int ent_store_fact(ent_store *s, int64_t id, ent_fact *out)
{
	ent_error e;
	int rc;
	if (!out)
		return s ? store_fail(s, ENT_EUSAGE, "ent_store_fact: no output fact") : ENT_EUSAGE;
	ent_fact_init(out, ENT_FACT_DEAL);
	if (!s)
		return ENT_EUSAGE;
	memset(&e, 0, sizeof e);
	rc = keep(s, s->backend->fact(s->backend, id, out, &e), &e);
	if (rc != ENT_OK) {
		ent_fact_destroy(out);
		ent_fact_init(out, ENT_FACT_DEAL);
	}
	return rc;
}

int ent_store_count(ent_store *s, ent_store_counts *out)
{
	ent_error e;
	if (!s)
		return ENT_EUSAGE;
	if (!out)
		return store_fail(s, ENT_EUSAGE, "ent_store_count: no output");
	memset(out, 0, sizeof *out);
	memset(&e, 0, sizeof e);
	return keep(s, s->backend->count(s->backend, out, &e), &e);
}

int ent_store_db_schema_version(ent_store *s, int *out)
{
	ent_error e;
	if (!s)
		return ENT_EUSAGE;
	if (!out)
		return store_fail(s, ENT_EUSAGE, "ent_store_db_schema_version: no output");
	*out = 0;
	memset(&e, 0, sizeof e);
	return keep(s, s->backend->schema_version(s->backend, out, &e), &e);
}

/* ---- narrow reads for the analyses ---------------------------------------- */

/* Common checks of the narrow reads: outputs cleared, backend support. */
static int narrow_begin(ent_store *s, void *out, size_t *n, int supported, const char *what)
{
	if (!out || !n)
		return store_fail(s, ENT_EUSAGE, "%s: missing output", what);
	*n = 0;
	if (!supported)
		return store_fail(s, ENT_EUSAGE, "%s: not supported by the \"%s\" store backend", what,
				  s->backend->name ? s->backend->name : "?");
	return ENT_OK;
}

int ent_store_fact_ids(ent_store *s, const ent_fact_filter *filter, int64_t **out, size_t *n)
{
	static const ent_fact_filter all = ENT_FACT_FILTER_INIT;
	ent_error e;
	int rc;
	if (!s)
		return ENT_EUSAGE;
	if (out)
		*out = NULL;
	rc = narrow_begin(s, out, n, s->backend->fact_ids != NULL, "ent_store_fact_ids");
	if (rc != ENT_OK)
		return rc;
	if (!filter)
		filter = &all;
	if (filter->version != ENT_FACT_FILTER_VERSION)
		return store_fail(s, ENT_EUSAGE, "fact filter has version %u, expected %u",
				  filter->version, (unsigned)ENT_FACT_FILTER_VERSION);
	if (filter->type < -1 || filter->type >= (int)ENT_FACT__COUNT)
		return store_fail(s, ENT_EUSAGE, "fact filter: unknown fact type %d", filter->type);
	memset(&e, 0, sizeof e);
	return keep(s, s->backend->fact_ids(s->backend, filter, out, n, &e), &e);
}

int ent_store_dyad_fact_ids(ent_store *s, const char *a, const char *b, int64_t **out,
			    size_t *n)
{
	ent_error e;
	int rc;
	if (!s)
		return ENT_EUSAGE;
	if (out)
		*out = NULL;
	rc = narrow_begin(s, out, n, s->backend->dyad_fact_ids != NULL, "ent_store_dyad_fact_ids");
	if (rc != ENT_OK)
		return rc;
	if (!a || !a[0] || !b || !b[0] || strcmp(a, b) == 0)
		return store_fail(s, ENT_EUSAGE,
				  "ent_store_dyad_fact_ids: two different actor codes needed");
	memset(&e, 0, sizeof e);
	return keep(s, s->backend->dyad_fact_ids(s->backend, a, b, out, n, &e), &e);
}

int ent_store_supplier_rows(ent_store *s, const char *recipient, int from_year, int to_year,
			    ent_supplier_row **out, size_t *n)
{
	ent_error e;
	int rc;
	if (!s)
		return ENT_EUSAGE;
	if (out)
		*out = NULL;
	rc = narrow_begin(s, out, n, s->backend->supplier_rows != NULL, "ent_store_supplier_rows");
	if (rc != ENT_OK)
		return rc;
	if (!recipient || !recipient[0])
		return store_fail(s, ENT_EUSAGE, "ent_store_supplier_rows: no recipient");
	memset(&e, 0, sizeof e);
	return keep(s,
		    s->backend->supplier_rows(s->backend, recipient, from_year, to_year, out, n, &e),
		    &e);
}

int ent_store_fact_ids_newest(ent_store *s, const ent_fact_filter *filter, size_t limit,
			      int64_t **out, size_t *n)
{
	static const ent_fact_filter all = ENT_FACT_FILTER_INIT;
	ent_error e;
	int rc;
	if (!s)
		return ENT_EUSAGE;
	if (out)
		*out = NULL;
	rc = narrow_begin(s, out, n, s->backend->fact_ids_newest != NULL,
			  "ent_store_fact_ids_newest");
	if (rc != ENT_OK)
		return rc;
	if (!filter)
		filter = &all;
	if (filter->version != ENT_FACT_FILTER_VERSION)
		return store_fail(s, ENT_EUSAGE, "fact filter has version %u, expected %u",
				  filter->version, (unsigned)ENT_FACT_FILTER_VERSION);
	if (filter->type < -1 || filter->type >= (int)ENT_FACT__COUNT)
		return store_fail(s, ENT_EUSAGE, "fact filter: unknown fact type %d", filter->type);
	memset(&e, 0, sizeof e);
	return keep(s, s->backend->fact_ids_newest(s->backend, filter, limit, out, n, &e), &e);
}

int ent_store_facts_by_ids(ent_store *s, const int64_t *ids, size_t n, unsigned parts,
			   ent_fact_list *out)
{
	ent_error e;
	if (!s)
		return ENT_EUSAGE;
	if (!out || (n && !ids))
		return store_fail(s, ENT_EUSAGE, "ent_store_facts_by_ids: missing argument");
	if (!s->backend->facts_by_ids)
		return store_fail(s, ENT_EUSAGE,
				  "ent_store_facts_by_ids: not supported by the \"%s\" store backend",
				  s->backend->name ? s->backend->name : "?");
	memset(&e, 0, sizeof e);
	return keep(s, s->backend->facts_by_ids(s->backend, ids, n, parts, out, &e), &e);
}
