/*
 * conflicts.c - printing the contradictions between sources recorded by
 * the store (sqlite_contradictions.c): each with the attribute, both
 * values, and both quotes with their sources.
 */
#include "entente/network.h"
#include "util/buf.h"

#include <string.h>

static void json_str(FILE *fp, const char *s)
{
	ent_buf b;
	ent_buf_init(&b, 0);
	if (!s)
		fputs("null", fp);
	else if (ent_buf_json_str(&b, s) == ENT_OK)
		fputs(ent_buf_cstr(&b), fp);
	else
		fputs("null", fp);
	ent_buf_destroy(&b);
}

/* A quote on one line for tables: line breaks and pipes become spaces. */
static void flat(FILE *fp, const char *s)
{
	if (!s) {
		fputs("(evidence removed)", fp);
		return;
	}
	for (; *s; s++)
		fputc(*s == '\n' || *s == '\r' || *s == '|' ? ' ' : *s, fp);
}

int ent_contradictions_print(FILE *fp, const ent_contradiction_list *l, const char *fmt)
{
	size_t i;
	int json = fmt && strcmp(fmt, "json") == 0, md = fmt && strcmp(fmt, "md") == 0;
	if (md)
		fputs("| # | Fact | Attribute | Source A says | Source B says |\n|---|---|---|---|---|\n",
		      fp);
	for (i = 0; i < l->n; i++) {
		const ent_contradiction *c = &l->v[i];
		if (json) {
			fprintf(fp, "{\"id\":%lld,\"fact\":%lld,\"attribute\":", (long long)c->id,
				(long long)c->fact_id);
			json_str(fp, c->attribute);
			fputs(",\"a\":{\"value\":", fp);
			json_str(fp, c->value_a);
			fprintf(fp, ",\"fact\":%lld,\"source\":", (long long)c->fact_a);
			json_str(fp, c->source_a);
			fputs(",\"quote\":", fp);
			json_str(fp, c->quote_a);
			fputs("},\"b\":{\"value\":", fp);
			json_str(fp, c->value_b);
			fprintf(fp, ",\"fact\":%lld,\"source\":", (long long)c->fact_b);
			json_str(fp, c->source_b);
			fputs(",\"quote\":", fp);
			json_str(fp, c->quote_b);
			fputs("}}\n", fp);
		} else if (md) {
			fprintf(fp, "| %lld | %lld | %s | **%s** (fact %lld, %s): \"", (long long)c->id,
				(long long)c->fact_id, c->attribute, c->value_a ? c->value_a : "?",
				(long long)c->fact_a, c->source_a ? c->source_a : "?");
			flat(fp, c->quote_a);
			fprintf(fp, "\" | **%s** (fact %lld, %s): \"", c->value_b ? c->value_b : "?",
				(long long)c->fact_b, c->source_b ? c->source_b : "?");
			flat(fp, c->quote_b);
			fputs("\" |\n", fp);
		} else {
			fprintf(fp, "#%lld fact %lld: %s %s vs %s\n", (long long)c->id,
				(long long)c->fact_id, c->attribute, c->value_a ? c->value_a : "?",
				c->value_b ? c->value_b : "?");
			fprintf(fp, "  A (fact %lld, %s): \"", (long long)c->fact_a,
				c->source_a ? c->source_a : "?");
			flat(fp, c->quote_a);
			fprintf(fp, "\"\n  B (fact %lld, %s): \"", (long long)c->fact_b,
				c->source_b ? c->source_b : "?");
			flat(fp, c->quote_b);
			fputs("\"\n", fp);
		}
	}
	if (!json && !md && l->n == 0)
		fputs("no contradictions recorded\n", fp);
	return ferror(fp) ? ENT_EIO : ENT_OK;
}
