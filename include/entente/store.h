/*
 * store.h - where documents, facts and their evidence are kept.
 *
 * The store is opened from a URI: a file path selects the embedded SQLite
 * backend (the default); "postgres://..." is reserved for the PostgreSQL
 * backend.  All writes of one document are atomic: either the document and
 * all its facts and evidence are stored, or nothing is (one transaction per
 * document, or inside a batch a rollback of the batch that writes its
 * other documents again: see ent_store_set_batch).
 * Adding facts merges each into an existing fact that ent_fact_same() calls
 * the same (adding evidence and raising confidence) instead of duplicating.
 *
 * A handle is used by one thread at a time (the SQLite connection is opened
 * without its own mutex); threads that write concurrently open their own
 * handles, like separate processes do.
 */
#ifndef ENTENTE_STORE_H
#define ENTENTE_STORE_H

#include <stdint.h>

#include "entente/doc.h"
#include "entente/errors.h"
#include "entente/fact.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ent_store ent_store;

/**
 * Open (creating and migrating if needed) the store at @p uri.
 * @param[out] out the store, owned by the caller: ent_store_free
 * @param err optional message slot
 * @return ENT_OK, ENT_ESTORE, ENT_EUSAGE (unsupported URI), ENT_ENOMEM
 */
int ent_store_open(ent_store **out, const char *uri, ent_error *err);
/** Close the store and release it; accepts NULL, never fails. */
void ent_store_free(ent_store *s);
/** The last error message on this store (borrowed, never NULL). */
const char *ent_store_errmsg(ent_store *s);

/**
 * Store a document and its facts in one transaction.
 * @param[out] out_added 1 when stored, 0 when a document with the same
 *        sha256 was already there (then nothing changes)
 * Evidence whose doc is empty is taken to cite @p doc; evidence may cite a
 * document stored earlier, but one that is not stored fails the call.
 * @return ENT_OK; on failure nothing of the document is stored and the
 *         code is ENT_ESTORE (database error, unknown evidence document),
 *         ENT_ENOMEM or ENT_EUSAGE (invalid document or fact)
 */
int ent_store_add_document(ent_store *s, const ent_doc *doc, const ent_fact_list *facts,
			   int *out_added);

/** @param[out] out 1 when a document with this sha256 is stored. */
int ent_store_has_document(ent_store *s, const char *sha256, int *out);

/**
 * Group the documents added next into batches: one write transaction holds
 * up to @p max_docs documents or lasts up to about @p max_ms milliseconds
 * (whichever comes first).
 *
 * Atomicity stays per document: when a document fails, the batch is rolled
 * back and the documents it held before are written again from a copy the
 * store keeps of their facts (nothing of the failed document remains) and
 * the batch goes on; only if writing them again fails too (a full disk)
 * are they lost with it, and the error says how many.  Durability is
 * the batch: a document is committed when its batch is, i.e. when the limit
 * is reached, at ent_store_commit(), at ent_store_set_batch(s, 0, 0) or at
 * ent_store_free().  A crash loses at most the uncommitted batch, never
 * leaves half a document; adding the same documents again completes it.
 * While a batch is open the store holds the database's write lock, so
 * other writers wait (up to the busy timeout): keep @p max_ms short.
 * Reads on this handle see the uncommitted documents of its batch.
 * Only ent_store_add_document() may write while a batch is open.
 *
 * @param max_docs documents per batch; 0 or 1 = one transaction per
 *        document (the default).  An open batch is committed first.
 * @param max_ms milliseconds after which a batch commits once its current
 *        document is stored (0 = no time limit)
 * @return ENT_OK, ENT_EUSAGE (backend without batches), ENT_ESTORE (the
 *         open batch could not be committed)
 */
int ent_store_set_batch(ent_store *s, unsigned max_docs, unsigned max_ms);

/**
 * Commit the open batch, if any (see ent_store_set_batch); batching stays
 * on.  Does nothing without an open batch or when batching is off.
 * @return ENT_OK; ENT_ESTORE or ENT_ENOMEM when the commit failed, in which
 *         case the documents of the batch are not stored (the message says
 *         how many)
 */
int ent_store_commit(ent_store *s);

typedef struct ent_fact_filter {
	unsigned int version;  /**< ENT_FACT_FILTER_VERSION */
	int type;              /**< an ent_fact_type, or -1 for all */
	const char *actor;     /**< ISO3/bloc code in any role, or NULL */
	int from_year;         /**< 0 = no bound; facts without a year are kept
				    only when neither bound is set */
	int to_year;
} ent_fact_filter;

#define ENT_FACT_FILTER_VERSION 1
#define ENT_FACT_FILTER_INIT {ENT_FACT_FILTER_VERSION, -1, NULL, 0, 0}

/**
 * Load the facts matching @p filter (NULL = all), with items and evidence,
 * ordered by id.  @param[out] out a new list: ent_fact_list_free.
 */
int ent_store_facts(ent_store *s, const ent_fact_filter *filter, ent_fact_list **out);

/**
 * Load one fact by id.  @param[out] out initialised by the call; release
 * with ent_fact_destroy.  @return ENT_OK, ENT_ENOTFOUND, ENT_ESTORE.
 */
int ent_store_fact(ent_store *s, int64_t id, ent_fact *out);

typedef struct ent_store_counts {
	int64_t documents, facts, evidence, contradictions;
} ent_store_counts;

/**
 * Count the stored rows.
 * @param[out] out documents, facts, evidence rows and contradictions
 * @return ENT_OK or ENT_ESTORE
 */
int ent_store_count(ent_store *s, ent_store_counts *out);

/** The schema version this build writes. */
int ent_store_schema_version(void);

/**
 * The schema version of the opened database (after migration it equals
 * ent_store_schema_version()).
 * @param[out] out the version
 * @return ENT_OK or ENT_ESTORE
 */
int ent_store_db_schema_version(ent_store *s, int *out);

/* ---- Narrow indexed reads for the analyses (analyse.h) ---------------------
 * These answer from indexes without loading whole facts, so analyses stay
 * fast on large stores.  Arrays they return are owned by the caller and
 * released with ent_free (render.h). */

/**
 * The ids of the facts matching @p filter (NULL = all), ascending, without
 * loading the facts.  Same matching rules as ent_store_facts.
 * @param[out] out array of @p n ids (NULL when n is 0): ent_free
 * @return ENT_OK, ENT_EUSAGE, ENT_ESTORE, ENT_ENOMEM
 */
int ent_store_fact_ids(ent_store *s, const ent_fact_filter *filter, int64_t **out, size_t *n);

/**
 * The ids of the facts in which both @p a and @p b play a role (supplier,
 * partner, recipient, participant, stance actor or target, member or bloc),
 * ascending.  @p a and @p b must differ (ENT_EUSAGE otherwise).
 * @param[out] out array of @p n ids (NULL when n is 0): ent_free
 * @return ENT_OK, ENT_EUSAGE, ENT_ESTORE, ENT_ENOMEM
 */
int ent_store_dyad_fact_ids(ent_store *s, const char *a, const char *b, int64_t **out,
			    size_t *n);

/** One (deal or supply fact, supplier) pair of an importer. */
typedef struct ent_supplier_row {
	int64_t fact_id;
	ent_fact_type type;   /**< ENT_FACT_DEAL or ENT_FACT_SUPPLY */
	int year;             /**< 0 = not stated */
	int has_usd;          /**< the fact states a USD value */
	double usd;
	ent_code supplier;
	int nsuppliers;       /**< number of suppliers of the fact (>= 1) */
} ent_supplier_row;

/**
 * Every supplier of every deal and supply fact whose recipient is
 * @p recipient, ordered by fact id then supplier.  A year bound (0 = none)
 * excludes facts without a year, as in ent_store_facts.
 * @param[out] out array of @p n rows (NULL when n is 0): ent_free
 * @return ENT_OK, ENT_EUSAGE, ENT_ESTORE, ENT_ENOMEM
 */
int ent_store_supplier_rows(ent_store *s, const char *recipient, int from_year, int to_year,
			    ent_supplier_row **out, size_t *n);

/**
 * The ids of the newest @p limit facts matching @p filter: latest year
 * first (facts without a year last), then highest id.
 * @param[out] out array of @p n ids (NULL when n is 0): ent_free
 * @return ENT_OK, ENT_EUSAGE, ENT_ESTORE, ENT_ENOMEM
 */
int ent_store_fact_ids_newest(ent_store *s, const ent_fact_filter *filter, size_t limit,
			      int64_t **out, size_t *n);

/** Parts of a fact beyond its own row, for ent_store_facts_by_ids. */
enum {
	ENT_FACT_PART_ACTORS = 1,   /**< suppliers, partners, participants */
	ENT_FACT_PART_ITEMS = 2,
	ENT_FACT_PART_DOMAINS = 4,
	ENT_FACT_PART_EVIDENCE = 8,
	ENT_FACT_PARTS_ALL = 15
};

/**
 * Append the facts @p ids[0..n) to @p out in that order, each with its own
 * row (type, year, value, recipient, actor, target, names ...) and the
 * parts in @p parts (ENT_FACT_PART_* bits): an analysis loads only what it
 * prints, which keeps it fast on large stores.
 * @return ENT_OK, ENT_ENOTFOUND (an id is not stored), ENT_EUSAGE,
 *         ENT_ESTORE, ENT_ENOMEM; on failure @p out keeps the facts
 *         appended before
 */
int ent_store_facts_by_ids(ent_store *s, const int64_t *ids, size_t n, unsigned parts,
			   ent_fact_list *out);

#ifdef __cplusplus
}
#endif
#endif
