/*
 * sys/store_backend.h - for writers of store backends (not for callers of
 * the store: they use entente/store.h only).
 *
 * A backend is a struct of function pointers, like libgit2's
 * git_odb_backend or SQLite's VFS.  The front end (ent_store) checks its
 * arguments, calls the backend and keeps the backend's last error message
 * on the handle.  SQLite is the built-in backend; a PostgreSQL backend
 * plugs in here later without touching any caller.
 *
 * Writing a backend:
 *   - embed ent_store_backend as the FIRST member of your own struct,
 *     ent_store_init_backend() it, fill in every function pointer;
 *   - each operation mirrors the public function of the same name in
 *     entente/store.h, with the backend in front and an error slot
 *     (never NULL) at the end, which it fills on failure;
 *   - add_document must be atomic: on any failure nothing of the document
 *     may remain stored;
 *   - hand it to ent_store_open_backend(), which takes ownership.
 */
#ifndef ENTENTE_SYS_STORE_BACKEND_H
#define ENTENTE_SYS_STORE_BACKEND_H

#include <stdint.h>

#include "entente/store.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The version of ent_store_backend this build understands. */
#define ENT_STORE_BACKEND_VERSION 1

typedef struct ent_store_backend ent_store_backend;

struct ent_store_backend {
	unsigned int version; /**< ENT_STORE_BACKEND_VERSION */
	const char *name;     /**< static short name: "sqlite", "postgres" */

	/** See ent_store_add_document(); @p facts may be NULL (no facts). */
	int (*add_document)(ent_store_backend *b, const ent_doc *doc,
			    const ent_fact_list *facts, int *out_added, ent_error *err);
	/** See ent_store_has_document(). */
	int (*has_document)(ent_store_backend *b, const char *sha256, int *out,
			    ent_error *err);
	/**
	 * See ent_store_facts(): append the matching facts to @p out (an empty
	 * list owned by the caller).  @p filter is never NULL here.
	 */
	int (*facts)(ent_store_backend *b, const ent_fact_filter *filter, ent_fact_list *out,
		     ent_error *err);
	/** See ent_store_fact(); @p out is already initialised (ent_fact_init). */
	int (*fact)(ent_store_backend *b, int64_t id, ent_fact *out, ent_error *err);
	/** See ent_store_count(). */
	int (*count)(ent_store_backend *b, ent_store_counts *out, ent_error *err);
	/** @param[out] out the schema version of the opened database. */
	int (*schema_version)(ent_store_backend *b, int *out, ent_error *err);
	/** Release the backend and everything it holds; never fails. */
	void (*free)(ent_store_backend *b);

	/* Optional narrow reads (NULL: the front end reports "not supported").
	 * @p out arrays are allocated with the library allocator. */
	/** See ent_store_fact_ids(); @p filter is never NULL here. */
	int (*fact_ids)(ent_store_backend *b, const ent_fact_filter *filter, int64_t **out,
			size_t *n, ent_error *err);
	/** See ent_store_dyad_fact_ids(). */
	int (*dyad_fact_ids)(ent_store_backend *b, const char *a, const char *c, int64_t **out,
			     size_t *n, ent_error *err);
	/** See ent_store_supplier_rows(). */
	int (*supplier_rows)(ent_store_backend *b, const char *recipient, int from_year,
			     int to_year, ent_supplier_row **out, size_t *n, ent_error *err);
	/** See ent_store_fact_ids_newest(); @p filter is never NULL here. */
	int (*fact_ids_newest)(ent_store_backend *b, const ent_fact_filter *filter, size_t limit,
			       int64_t **out, size_t *n, ent_error *err);
	/** See ent_store_facts_by_ids(). */
	int (*facts_by_ids)(ent_store_backend *b, const int64_t *ids, size_t n, unsigned parts,
			    ent_fact_list *out, ent_error *err);

	/* Optional batching (NULL: ent_store_set_batch reports "not supported"
	 * unless batching is being turned off, and ent_store_commit does
	 * nothing).  add_document stays atomic per document inside a batch. */
	/** See ent_store_set_batch(). */
	int (*set_batch)(ent_store_backend *b, unsigned max_docs, unsigned max_ms,
			 ent_error *err);
	/** See ent_store_commit(). */
	int (*commit)(ent_store_backend *b, ent_error *err);
};

/**
 * Zero @p b and set its version.
 * @param version ENT_STORE_BACKEND_VERSION
 * @return ENT_OK, or ENT_EUSAGE when @p version is not one this build knows
 */
int ent_store_init_backend(ent_store_backend *b, unsigned int version);

/**
 * Wrap a backend in a store handle.
 * @param[out] out the store, owned by the caller: ent_store_free
 * @param b the backend; ownership passes to the store, even on failure
 *        (then b->free is called, if set)
 * @param err optional message slot
 * @return ENT_OK, ENT_EUSAGE (wrong version, missing function), ENT_ENOMEM
 */
int ent_store_open_backend(ent_store **out, ent_store_backend *b, ent_error *err);

#ifdef __cplusplus
}
#endif
#endif
