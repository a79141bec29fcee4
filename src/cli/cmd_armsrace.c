/*
 * cmd_armsrace.c - `entente arms-race`: rival dyads with both sides' known
 * imports per year and the rising-together indicator.
 */
#include "cli.h"
#include "entente/network.h"

#include <string.h>

const char cli_usage_armsrace[] =
	"usage: entente [--db FILE] arms-race [--actor CODE] [--split YEAR]\n"
	"                                     [--format table|md|json]\n"
	"\n"
	"For each pair of rivals (rivalry facts): both sides' known imports per year\n"
	"(deals received, with the USD values stated), summed in an early window\n"
	"(years <= split) and a late one (years > split).  The split defaults to the\n"
	"middle of the dyad's span of deal years, (first + last) / 2 rounded down.\n"
	"Rising together = both sides' late USD imports exceed their early ones;\n"
	"late/early ratios are printed (n/a when the early window is 0).\n"
	"\n"
	"Options:\n"
	"  --actor CODE  only the dyads CODE is in\n"
	"  --split YEAR  last year of the early window\n"
	"  --format F    table (default), md or json\n"
	"  -h, --help    print this help\n"
	"\n"
	"Exit codes: 0 ok, 1 output error, 2 usage, 3 store error.\n";

int cli_cmd_armsrace(cli_ctx *ctx, int argc, char **argv)
{
	const char *fmt = "table", *actor = NULL, *v;
	ent_armsrace *a = NULL;
	ent_store *store = NULL;
	long long split = 0;
	int i, rc, status;

	for (i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			fputs(cli_usage_armsrace, stdout);
			return cli_finish_output();
		}
		if ((rc = cli_opt_value("arms-race", argc, argv, &i, "--format", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			if (strcmp(v, "table") && strcmp(v, "md") && strcmp(v, "json"))
				return cli_usage_error("arms-race", "unknown format '%s'", v);
			fmt = v;
			continue;
		}
		if ((rc = cli_opt_value("arms-race", argc, argv, &i, "--actor", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			actor = v;
			continue;
		}
		if ((rc = cli_opt_value("arms-race", argc, argv, &i, "--split", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			if (!cli_parse_long(v, 1, 9999, &split))
				return cli_usage_error("arms-race", "bad --split year '%s'", v);
			continue;
		}
		return cli_usage_error("arms-race", "unknown argument '%s'", argv[i]);
	}
	status = cli_open_store(ctx, 1, &store);
	if (status != CLI_EXIT_OK)
		return status;
	rc = ent_armsrace_compute(&a, store, actor, (int)split);
	if (rc != ENT_OK) {
		cli_error("%s: cannot compute the arms race: %s", ctx->db, ent_strerror(rc));
		ent_store_free(store);
		return CLI_EXIT_STORE;
	}
	rc = ent_armsrace_print(stdout, a, fmt);
	ent_armsrace_free(a);
	ent_store_free(store);
	return rc == ENT_OK ? cli_finish_output() : CLI_EXIT_INPUT;
}
