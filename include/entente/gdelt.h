/*
 * gdelt.h - GDELT event exports in the store.
 *
 * `entente import gdelt FILE...` reads GDELT 1.0 (57 or 58 tab-separated
 * columns) and 2.0 (61 columns) event exports, plain or zipped, the format
 * detected per file (and per row: a row must have 57, 58 or 61 columns).
 * Rows are not stored one by one.  The store keeps:
 *
 *   - aggregates per (Actor1CountryCode, Actor2CountryCode, MonthYear,
 *     EventRootCode, QuadClass): event count, sums of NumMentions,
 *     NumSources, NumArticles, sum and mean of GoldsteinScale, mean AvgTone;
 *   - military-cooperation events one by one (CAMEO 0312, 0332, 062, 064,
 *     072, 074 and their children; 057 only between two different states)
 *     with their SOURCEURL as evidence.  They are kept in their own table,
 *     not as facts: the fact contract of DESIGN.md has no "event" type, and
 *     a machine-coded CAMEO event is not a deal or an exercise.  Read them
 *     with ent_gdelt_events().
 *
 * Actor country codes are CAMEO codes (mostly ISO 3166-1 alpha-3, plus
 * regions such as "AFR" or "EUR"); geography columns (FIPS 10-4) are not
 * read.  Importing the same file twice changes nothing (the file key is
 * described at ent_gdelt_import).  GDELT data live in SQLite tables of
 * their own: a store whose backend is not SQLite answers ENT_EUSAGE.
 * See docs/internals/GDELT.md.
 */
#ifndef ENTENTE_GDELT_H
#define ENTENTE_GDELT_H

#include <stddef.h>
#include <stdint.h>

#include "entente/errors.h"
#include "entente/store.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How many malformed rows an import reports by line number. */
#define ENT_GDELT_BAD_MAX 10

typedef struct ent_gdelt_options {
	unsigned int version; /**< ENT_GDELT_OPTIONS_VERSION */
	int threads;          /**< parser threads; 0 = one per online CPU (at most 8) */
	size_t block_size;    /**< bytes per block handed to a parser; 0 = 4 MiB
				   (a line longer than this is an error) */
} ent_gdelt_options;

#define ENT_GDELT_OPTIONS_VERSION 1
#define ENT_GDELT_OPTIONS_INIT {ENT_GDELT_OPTIONS_VERSION, 0, 0}

/** What one import did. */
typedef struct ent_gdelt_stats {
	char format[8];        /**< "1.0", "2.0", "mixed" or "" (no valid row) */
	int zipped;            /**< 1 when the file was a zip archive */
	int already;           /**< 1 when this file was imported before (nothing changed) */
	uint64_t bytes;        /**< bytes of event data read (uncompressed) */
	uint64_t lines;        /**< lines read (blank lines included) */
	uint64_t rows;         /**< rows imported into the aggregates */
	uint64_t rows_v1;      /**< of which GDELT 1.0 rows (57 or 58 columns) */
	uint64_t malformed;    /**< rows skipped (wrong column count, bad number) */
	size_t nbad;           /**< entries used in bad_line and bad_why */
	uint64_t bad_line[ENT_GDELT_BAD_MAX];  /**< the first malformed lines (1-based), ascending */
	char bad_why[ENT_GDELT_BAD_MAX][64];   /**< why each was rejected */
	uint64_t aggregates;   /**< distinct aggregate keys in the file (0 when already) */
	uint64_t events;       /**< military-cooperation events found in the file */
	char key[80];          /**< the file key (see ent_gdelt_import) */
} ent_gdelt_stats;

/**
 * Import one GDELT event export (plain or zip; 1.0 or 2.0) into the store.
 *
 * The file is read as a stream in blocks by one thread and parsed by
 * @c opts->threads others, each aggregating into its own table; each
 * thread sorts its table and the sorted runs are merged as they are written,
 * in one transaction.  Memory does not grow with
 * the file, only with the number of distinct aggregate keys and of
 * military-cooperation events.
 *
 * The file key is "<uncompressed size>:<sha256 of the first and last 64 KiB
 * of the uncompressed data>", so the same export imported again, under
 * another name, or zipped after being imported plain, changes nothing
 * (then @c stats->already is 1).  Two different exports of the same size
 * whose first and last 64 KiB are equal would be taken for one.
 *
 * @param opts NULL for the defaults
 * @param stats filled on success and on ENT_EPARSE (may be NULL)
 * @param err receives a one-line message naming the file on failure
 * @return ENT_OK (malformed rows are counted in @p stats, not errors);
 *         ENT_EIO (unreadable file, truncated or damaged zip);
 *         ENT_EPARSE (no row of the file is a GDELT event row, or a line is
 *         longer than the block size); ENT_ESTORE; ENT_ENOMEM; ENT_EUSAGE.
 *         On failure nothing of the file is stored.
 */
int ent_gdelt_import(ent_store *s, const char *path, const ent_gdelt_options *opts,
		     ent_gdelt_stats *stats, ent_error *err);

/** GDELT cooperation and conflict between two states over a window. */
typedef struct ent_gdelt_dyad {
	char a[4], b[4];       /**< CAMEO country codes, a < b (strcmp) */
	int64_t events;        /**< events between them, either direction */
	int64_t cooperation;   /**< events with QuadClass 1 or 2 */
	int64_t conflict;      /**< events with QuadClass 3 or 4 */
	double goldstein_mean; /**< mean GoldsteinScale of those events */
	double tone_mean;      /**< mean AvgTone of those events */
} ent_gdelt_dyad;

/**
 * Per unordered pair of country codes, the GDELT events between them
 * (Actor1 and Actor2 in either order) whose MonthYear lies in
 * [@p from_ym, @p to_ym] (YYYYMM; 0 = no bound), ordered by events
 * descending then by codes.  Rows with a blank country and rows where both
 * actors have the same country are left out.  Codes are CAMEO country codes:
 * callers weighting ties between ISO3 states match them against their own
 * actors (regions such as "EUR" appear too).  Label these weights as GDELT:
 * they count machine-coded news events, not verified facts.
 * @param[out] out array of @p n dyads (NULL when n is 0), owned by the
 *        caller: ent_free
 * @return ENT_OK (n = 0 when no GDELT data is stored), ENT_EUSAGE (bad
 *         arguments, not an SQLite store), ENT_ESTORE, ENT_ENOMEM
 */
int ent_gdelt_dyads(ent_store *s, int from_ym, int to_ym, ent_gdelt_dyad **out, size_t *n);

/** One military-cooperation event kept from a GDELT export. */
typedef struct ent_gdelt_event {
	int64_t id;            /**< GLOBALEVENTID */
	int date;              /**< SQLDATE, YYYYMMDD */
	char actor1[4];        /**< Actor1CountryCode ("" when blank) */
	char actor2[4];        /**< Actor2CountryCode ("" when blank) */
	char code[8];          /**< EventCode, e.g. "062" */
	int quad;              /**< QuadClass 1..4 */
	double goldstein;      /**< GoldsteinScale */
	int mentions, sources, articles;
	double tone;           /**< AvgTone */
	char *source_url;      /**< SOURCEURL, the evidence ("" in 57-column 1.0 rows) */
} ent_gdelt_event;

/**
 * The stored military-cooperation events, optionally of one actor (as
 * Actor1 or Actor2 country) and within [@p from_ym, @p to_ym] (YYYYMM of
 * SQLDATE; 0 = no bound), ordered by date then id.
 * @param actor a CAMEO country code or NULL for all
 * @param[out] out array of @p n events owned by the caller:
 *        ent_gdelt_events_free
 * @return ENT_OK, ENT_EUSAGE, ENT_ESTORE, ENT_ENOMEM
 */
int ent_gdelt_events(ent_store *s, const char *actor, int from_ym, int to_ym,
		     ent_gdelt_event **out, size_t *n);

/** Free what ent_gdelt_events returned; accepts NULL. */
void ent_gdelt_events_free(ent_gdelt_event *v, size_t n);

/**
 * 1 when CAMEO @p event_code (with the two country codes) is one the import
 * keeps as a military-cooperation event: 0312, 0332, 062, 064, 072, 074
 * and their children, and 057 when both countries are given and differ.
 */
int ent_gdelt_is_military_coop(const char *event_code, const char *actor1, const char *actor2);

#ifdef __cplusplus
}
#endif
#endif
