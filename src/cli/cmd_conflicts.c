/*
 * cmd_conflicts.c - `entente conflicts`: contradictions between sources,
 * each with both values and both quotes.
 */
#include "cli.h"
#include "entente/network.h"

#include <string.h>

const char cli_usage_conflicts[] =
	"usage: entente [--db FILE] conflicts [--fact ID] [--format table|md|json]\n"
	"\n"
	"List the contradictions the store recorded while merging facts: a fact\n"
	"merged with another statement of it that gives another value, year or\n"
	"place; or a deal of the same supplier and recipient with the same year\n"
	"but a value more than 5% apart, or the same value but another year.\n"
	"Each comes with both values and both quotes with their sources.\n"
	"\n"
	"Options:\n"
	"  --fact ID    only contradictions naming that fact\n"
	"  --format F   table (default), md, or json (one object per line)\n"
	"  -h, --help   print this help\n"
	"\n"
	"Exit codes: 0 ok, 1 output error, 2 usage, 3 store error.\n";

int cli_cmd_conflicts(cli_ctx *ctx, int argc, char **argv)
{
	const char *fmt = "table", *v;
	ent_contradiction_list *l = NULL;
	ent_store *store = NULL;
	long long fact = 0;
	int i, rc, status;

	for (i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			fputs(cli_usage_conflicts, stdout);
			return cli_finish_output();
		}
		if ((rc = cli_opt_value("conflicts", argc, argv, &i, "--format", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			if (strcmp(v, "table") && strcmp(v, "md") && strcmp(v, "json"))
				return cli_usage_error("conflicts", "unknown format '%s'", v);
			fmt = v;
			continue;
		}
		if ((rc = cli_opt_value("conflicts", argc, argv, &i, "--fact", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			if (!cli_parse_long(v, 1, INT64_MAX, &fact))
				return cli_usage_error("conflicts", "bad fact id '%s'", v);
			continue;
		}
		return cli_usage_error("conflicts", "unknown argument '%s'", argv[i]);
	}
	status = cli_open_store(ctx, 1, &store);
	if (status != CLI_EXIT_OK)
		return status;
	rc = ent_store_contradictions(store, (int64_t)fact, &l);
	if (rc != ENT_OK) {
		cli_error("%s: cannot read contradictions: %s", ctx->db, ent_strerror(rc));
		ent_store_free(store);
		return CLI_EXIT_STORE;
	}
	rc = ent_contradictions_print(stdout, l, fmt);
	ent_contradiction_list_free(l);
	ent_store_free(store);
	return rc == ENT_OK ? cli_finish_output() : CLI_EXIT_INPUT;
}
