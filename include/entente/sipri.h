/*
 * sipri.h - SIPRI Arms Transfers Database trade registers in the store.
 *
 * `entente import sipri FILE` reads a trade register as SIPRI's site exports
 * it (Latin-1 or UTF-8, with or without the preamble) and stores every record
 * as a deal fact with evidence pointing at the file and line, keeping the
 * release (the "Data generated" date).  The dependence analysis reads the
 * delivered TIV back through ent_sipri_tiv_by_supplier.
 */
#ifndef ENTENTE_SIPRI_H
#define ENTENTE_SIPRI_H

#include <stddef.h>

#include "entente/errors.h"
#include "entente/fact.h"
#include "entente/store.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ent_sipri_stats {
	char release[32];     /**< generation date of the file, "2025-03-13" */
	size_t records;       /**< records read */
	size_t stored;        /**< deal facts written (0 when the release was already imported) */
	int already;          /**< 1 when this release was already in the store */
} ent_sipri_stats;

/**
 * Import a SIPRI trade register.
 * @param stats filled on success (may be NULL)
 * @param err receives a message naming the file and line on failure (an
 *        unmapped country name is an error naming it and its line)
 * @return ENT_OK, ENT_EIO, ENT_EPARSE, ENT_ESTORE, ENT_ENOMEM; on failure
 *         nothing of the file is stored
 */
int ent_sipri_import(ent_store *s, const char *path, ent_sipri_stats *stats, ent_error *err);

/** One supplier's delivered TIV to a recipient and its share of the total. */
typedef struct ent_tiv_share {
	ent_code supplier;
	double tiv;           /**< millions of SIPRI TIV delivered */
	double share;         /**< tiv / total, 0..1 */
} ent_tiv_share;

/**
 * Delivered TIV to @p recipient by supplier, largest first.  Over all years
 * (from_year = to_year = 0) it is the register's own delivered TIV; with a
 * window, a record's delivered TIV is spread evenly over its delivery years
 * and only the years inside [from_year, to_year] count.
 * @param release a release date ("2025-03-13") or NULL for the newest
 * @param[out] out array owned by the caller (free with ent_free), @p n entries
 * @return ENT_OK, ENT_ENOTFOUND (no SIPRI data imported), ENT_ESTORE, ENT_ENOMEM
 */
int ent_sipri_tiv_by_supplier(ent_store *s, const char *recipient, int from_year, int to_year,
			      const char *release, ent_tiv_share **out, size_t *n);

/* ---- the parsed register (read without a store) ------------------------- */

/** What kind of actor a SIPRI name stands for (docs/internals/SIPRI.md). */
typedef enum ent_sipri_kind {
	ENT_SIPRI_STATE = 0,    /**< ISO 3166-1 state */
	ENT_SIPRI_HISTORICAL,   /**< former state with an ISO 3166-3 code (SUN, CSK, DDR ...) */
	ENT_SIPRI_UNRECOGNISED, /**< state-like entity without an ISO code (X.. user code) */
	ENT_SIPRI_NONSTATE,     /**< armed non-state actor, marked '*' ("NS" + hash code) */
	ENT_SIPRI_ORGANISATION, /**< international organisation, marked '**' (UN, NATO ...) */
	ENT_SIPRI_UNKNOWN       /**< "unknown supplier(s)" / "unknown recipient(s)": code XXX */
} ent_sipri_kind;

/** Static name of a kind ("state", "historical", "non-state" ...). */
const char *ent_sipri_kind_name(ent_sipri_kind k);

/**
 * One record of the register.  Strings are UTF-8, owned by the register.
 * Numbers absent from the file are -1 (counts, years) or have has_* = 0.
 */
typedef struct ent_sipri_record {
	size_t line;              /**< 1-based line of the file where the record starts */
	size_t nlines;            /**< physical lines it spans (2 when broken by a line feed) */
	size_t offset, length;    /**< byte span of the record in the file */
	const char *raw;          /**< the record as written (line breaks kept, CR dropped) */
	const char *recipient_name, *supplier_name; /**< as written, markers included */
	ent_code recipient, supplier;               /**< codes ("XXX" when unknown) */
	ent_sipri_kind recipient_kind, supplier_kind;
	int order_year;           /**< -1 when empty */
	int order_year_uncertain; /**< '?' flag */
	long ordered;             /**< -1 when empty ("not yet available") */
	int ordered_uncertain;
	const char *designation, *description;
	ent_category category;    /**< from the description */
	long delivered;           /**< -1 when empty */
	int delivered_uncertain;
	int *delivery_years;      /**< ascending as written */
	size_t ndelivery_years;
	const char *status;       /**< "New", "Second hand", "Second hand but modernized" */
	int second_hand;          /**< status starts with "Second hand" */
	const char *comments;
	double tiv_unit, tiv_order, tiv_delivered;  /**< millions of TIV */
	int has_tiv_unit, has_tiv_order, has_tiv_delivered;
	ent_value value;          /**< first money figure of the comments, when any */
	int value_part_of;        /**< the figure is of a larger deal ("Part of $1.6 b deal") */
} ent_sipri_record;

/** A register read into memory: ent_sipri_read / ent_sipri_register_free. */
typedef struct ent_sipri_register {
	char release[32];         /**< "2025-03-13"; "undated-<12 hex>" without a preamble */
	char generated[64];       /**< the "Data generated:" text, "" when absent */
	char sha256[65];          /**< of the file's bytes */
	char *path;
	int utf8;                 /**< 1 when the file was UTF-8, 0 for Latin-1 */
	size_t bytes;             /**< size of the file */
	ent_sipri_record *v;
	size_t n;
} ent_sipri_register;

/**
 * Read and check a whole register: every record parsed, every name mapped.
 * Names map through data/sipri-names.tsv (in $ENTENTE_DATA or the built-in
 * data directory), then iso-codes' iso_3166-1.json and iso_3166-3.json (in
 * $ENTENTE_ISOCODES or the built-in directory); a name marked '*' that is not
 * listed gets a derived non-state code.
 * @param[out] out the register, owned by the caller: ent_sipri_register_free
 * @param err receives "FILE:LINE: message" on failure (an unmapped name
 *        is named with its line)
 * @return ENT_OK, ENT_EIO, ENT_EPARSE, ENT_ENOMEM
 */
int ent_sipri_read(ent_sipri_register **out, const char *path, ent_error *err);

/** Release a register; accepts NULL. */
void ent_sipri_register_free(ent_sipri_register *r);

/**
 * The category of a SIPRI weapon description ("armed UAV" -> drone,
 * "SAM system" -> air_defence ...); ENT_CAT_OTHER when no rule applies.
 */
ent_category ent_sipri_category(const char *description);

/**
 * Parse the first money figure of a SIPRI comment ("$572 m deal",
 * "USD7.3 m deal", "THB4b ($120 m)", "$200-250 m deal").
 * @param[out] out filled; out->present is 0 when the text states no figure
 * @param[out] part_of 1 when the figure follows "part of" (may be NULL)
 */
void ent_sipri_parse_value(const char *comment, ent_value *out, int *part_of);

/** One release in the store. */
typedef struct ent_sipri_release_info {
	char release[32];
	char source[512];         /**< path the release was imported from */
	size_t records;
	int current;              /**< 1 for the release analyses use */
} ent_sipri_release_info;

/**
 * The imported releases, oldest first.
 * @param[out] out array owned by the caller (ent_free), @p n entries
 * @return ENT_OK, ENT_ESTORE, ENT_ENOMEM, ENT_EUSAGE (backend without SIPRI support)
 */
int ent_sipri_releases(ent_store *s, ent_sipri_release_info **out, size_t *n);

#ifdef __cplusplus
}
#endif
#endif
