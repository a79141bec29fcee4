/*
 * render.h - printing facts: JSON lines (the DESIGN.md contract), CSV and a
 * terminal table.
 */
#ifndef ENTENTE_RENDER_H
#define ENTENTE_RENDER_H

#include <stdio.h>

#include "entente/fact.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ent_render_format {
	ENT_RENDER_TABLE = 0,
	ENT_RENDER_JSONL,
	ENT_RENDER_CSV
} ent_render_format;

/** Parse "table", "jsonl", "json", "csv"; -1 when unknown. */
int ent_render_format_from_name(const char *name);

/**
 * One fact as a JSON object, no trailing newline.
 * @param[out] out a NUL-terminated string owned by the caller: ent_free
 */
int ent_render_fact_json(char **out, const ent_fact *f);

/** Print @p facts to @p fp in @p fmt.  @return ENT_OK, ENT_EIO, ENT_ENOMEM. */
int ent_render_facts(FILE *fp, const ent_fact_list *facts, ent_render_format fmt);

/** Print one fact with every source and quote (for `entente show`). */
int ent_render_fact_detail(FILE *fp, const ent_fact *f);

/** Free memory the library returned. */
void ent_free(void *p);

#ifdef __cplusplus
}
#endif
#endif
