/*
 * store.h - where documents, facts and their evidence are kept.
 *
 * The store is opened from a URI: a file path selects the embedded SQLite
 * backend (the default); "postgres://..." is reserved for the PostgreSQL
 * backend.  All writes of one document happen in one transaction: either the
 * document and all its facts and evidence are stored, or nothing is.
 * Adding facts merges each into an existing fact that ent_fact_same() calls
 * the same (adding evidence and raising confidence) instead of duplicating.
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

#ifdef __cplusplus
}
#endif
#endif
