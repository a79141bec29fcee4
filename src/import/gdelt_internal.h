/*
 * gdelt_internal.h - what the GDELT import files share (gdelt.c drives the
 * threads and the store, gdelt_parse.c reads one row, gdelt_agg.c keeps the
 * per-thread aggregate tables).  Not part of the public API.
 */
#ifndef ENT_IMPORT_GDELT_INTERNAL_H
#define ENT_IMPORT_GDELT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/* Bytes readable past the end of the data of a block: the field scanner
 * loads 16 bytes at a time and may read up to 15 bytes beyond the '\n'
 * that ends the last line. */
#define ENT_GDELT__PAD 64

/* Columns the importer reads (same positions in 1.0 and 2.0). */
enum {
	GD_COL_ID = 0,        /* GLOBALEVENTID */
	GD_COL_SQLDATE = 1,
	GD_COL_MONTHYEAR = 2,
	GD_COL_A1COUNTRY = 7,
	GD_COL_A2COUNTRY = 17,
	GD_COL_EVENTCODE = 26,
	GD_COL_ROOTCODE = 28,
	GD_COL_QUAD = 29,
	GD_COL_GOLDSTEIN = 30,
	GD_COL_MENTIONS = 31,
	GD_COL_SOURCES = 32,
	GD_COL_ARTICLES = 33,
	GD_COL_TONE = 34,
	GD_NEED_TABS = 35     /* tabs to locate: the end of column 34 */
};

/* One parsed row: only the columns the import needs. */
typedef struct ent_gdelt__row {
	int ncols;            /* 57, 58 or 61 */
	uint64_t k0, k1;      /* packed aggregate key (see ent_gdelt__key_*) */
	int64_t mentions, sources, articles;
	double goldstein, tone;
	int military;         /* 1: a military-cooperation event (below is set) */
	int64_t id;           /* GLOBALEVENTID (military rows only) */
	int sqldate;          /* SQLDATE (military rows only) */
	char a1[4], a2[4];    /* country codes (military rows only) */
	char code[8];         /* EventCode (military rows only) */
	int quad;
	const char *url;      /* SOURCEURL inside the line (military rows only) */
	size_t url_len;
} ent_gdelt__row;

enum { GD_ROW_OK = 0, GD_ROW_BLANK = 1, GD_ROW_BAD = 2 };

/**
 * Parse the line starting at @p p, which ends at the first '\n' at or after
 * @p p (there must be one, followed by ENT_GDELT__PAD readable bytes).
 * @param[out] next the start of the next line
 * @param[out] why  for GD_ROW_BAD, a static reason
 * @return GD_ROW_OK, GD_ROW_BLANK (empty line) or GD_ROW_BAD
 */
int ent_gdelt__parse_line(const char *p, ent_gdelt__row *row, const char **next,
			  const char **why);

/* Parse a decimal number "[-+]digits[.digits]" (or anything strtod takes)
 * spanning exactly [s, s+n).  @return 1 when valid. */
int ent_gdelt__parse_double(const char *s, size_t n, double *out);

/* The aggregate key: k0 = a1 (24 bits) | a2 << 24 | root (16 bits) << 48,
 * k1 = MonthYear << 8 | QuadClass, country and root codes as their bytes. */
void ent_gdelt__key_unpack(uint64_t k0, uint64_t k1, char a1[4], char a2[4], char root[4],
			   int *ym, int *quad);

/* ---- per-thread aggregate tables (gdelt_agg.c) ---------------------------- */

typedef struct ent_gdelt__agg {
	uint64_t k0, k1;
	int64_t events, mentions, sources, articles;
	double goldstein, tone; /* sums */
} ent_gdelt__agg;

typedef struct ent_gdelt__table {
	ent_gdelt__agg *v;    /* capacity slots; events == 0 marks an empty slot */
	size_t cap, n;
} ent_gdelt__table;

/* Hint the CPU to fetch the slot of @p r's key (the table is larger than
 * the caches: parse_block prefetches a row's slot, parses the next row,
 * then adds the first). */
void ent_gdelt__table_prefetch(const ent_gdelt__table *t, const ent_gdelt__row *r);
/* Add one row to @p t (growing it).  @return 0, or -1 out of memory. */
int ent_gdelt__table_add(ent_gdelt__table *t, const ent_gdelt__row *r);
void ent_gdelt__table_destroy(ent_gdelt__table *t);

#endif
