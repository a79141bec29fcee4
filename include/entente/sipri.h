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

#ifdef __cplusplus
}
#endif
#endif
