/*
 * extract.h - turning a document's text into facts.
 *
 * An extractor holds the gazetteer (states from iso-codes, plus the TSV data
 * files under the data directory: demonyms, capitals, blocs, firms, weapons,
 * issues) and is reused for every document.  Extraction never touches the
 * store: it fills an in-memory ent_fact_list.
 */
#ifndef ENTENTE_EXTRACT_H
#define ENTENTE_EXTRACT_H

#include "entente/doc.h"
#include "entente/errors.h"
#include "entente/fact.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ent_extractor ent_extractor;

typedef struct ent_extract_options {
	unsigned int version;     /**< ENT_EXTRACT_OPTIONS_VERSION */
	const char *data_dir;     /**< gazetteer TSVs; NULL = $ENTENTE_DATA or built-in default */
	const char *isocodes_dir; /**< iso-codes json dir; NULL = $ENTENTE_ISOCODES or built-in */
} ent_extract_options;

#define ENT_EXTRACT_OPTIONS_VERSION 1
#define ENT_EXTRACT_OPTIONS_INIT {ENT_EXTRACT_OPTIONS_VERSION, NULL, NULL}

/**
 * Load the gazetteer and build an extractor.
 * @param[out] out the extractor, owned by the caller: ent_extractor_free
 * @param opts options or NULL for defaults
 * @param err optional; receives a message naming the data file and line on failure
 * @return ENT_OK, ENT_EIO (a data file is missing), ENT_EPARSE (a data file is malformed), ENT_ENOMEM
 */
int ent_extractor_new(ent_extractor **out, const ent_extract_options *opts, ent_error *err);
void ent_extractor_free(ent_extractor *x);

/**
 * Extract the facts of one document, appending them to @p out.  Facts stated
 * several times in the document are merged into one with several evidence
 * rows.
 * @return ENT_OK or ENT_ENOMEM
 */
int ent_extract(ent_extractor *x, const ent_doc *doc, ent_fact_list *out);

/**
 * Look up an actor by any name the gazetteer knows ("Pakistan", "Pakistani",
 * "Islamabad", "DRDO", "OIC").  @return a static code string or NULL.
 */
const char *ent_extractor_actor(ent_extractor *x, const char *name);

#ifdef __cplusplus
}
#endif
#endif
