/*
 * cmd_stats.c - `entente stats`: what the store holds, as "key: value"
 * lines (documents, facts, evidence, contradictions, then facts per type).
 */
#include "cli.h"

#include <inttypes.h>
#include <string.h>

const char cli_usage_stats[] =
	"usage: entente [--db FILE] stats\n"
	"\n"
	"Print what the store holds, one 'key: value' line each: documents, facts,\n"
	"evidence, contradictions, then the number of facts of each type.\n"
	"\n"
	"Options:\n"
	"  -h, --help  print this help\n"
	"\n"
	"Exit codes:\n"
	"  0  success\n"
	"  1  the output could not be written\n"
	"  2  usage error\n"
	"  3  store error\n";

int cli_cmd_stats(cli_ctx *ctx, int argc, char **argv)
{
	ent_store *store = NULL;
	ent_store_counts c;
	ent_fact_list *facts = NULL;
	size_t per_type[ENT_FACT__COUNT], i;
	int rc, status, t;

	for (t = 1; t < argc; t++) {
		if (cli_is_help(argv[t])) {
			fputs(cli_usage_stats, stdout);
			return cli_finish_output();
		}
		if (argv[t][0] == '-')
			return cli_usage_error("stats", "unknown option '%s'", argv[t]);
		return cli_usage_error("stats", "unexpected argument '%s'", argv[t]);
	}
	status = cli_open_store(ctx, 1, &store);
	if (status != CLI_EXIT_OK)
		return status;
	memset(&c, 0, sizeof c);
	rc = ent_store_count(store, &c);
	if (rc == ENT_OK)
		rc = ent_store_facts(store, NULL, &facts);
	if (rc != ENT_OK) {
		cli_error("%s: cannot read the store: %s", ctx->db, ent_store_errmsg(store));
		ent_store_free(store);
		return CLI_EXIT_STORE;
	}
	memset(per_type, 0, sizeof per_type);
	for (i = 0; i < facts->n; i++)
		if ((unsigned)facts->v[i].type < ENT_FACT__COUNT)
			per_type[facts->v[i].type]++;
	printf("documents:      %" PRId64 "\n", c.documents);
	printf("facts:          %" PRId64 "\n", c.facts);
	printf("evidence:       %" PRId64 "\n", c.evidence);
	printf("contradictions: %" PRId64 "\n", c.contradictions);
	for (t = 0; t < ENT_FACT__COUNT; t++) {
		char key[32];
		snprintf(key, sizeof key, "%s:", ent_fact_type_name((ent_fact_type)t));
		printf("%-15s %zu\n", key, per_type[t]);
	}
	ent_fact_list_free(facts);
	ent_store_free(store);
	return cli_finish_output();
}
