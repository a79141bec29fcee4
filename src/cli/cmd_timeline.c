/*
 * cmd_timeline.c - `entente timeline A B`: what happened between two
 * actors, year by year, from every type of fact.
 */
#include "cli.h"

#include <string.h>

const char cli_usage_timeline[] =
	"usage: entente [--db FILE] timeline [--format FORMAT] CODE CODE\n"
	"\n"
	"Year | Development for a pair of states or blocs (e.g. PAK AZE): every\n"
	"stored deal, supply tie, exercise, stance, membership and rivalry in which\n"
	"both play a role, oldest first; facts without a year come last, marked\n"
	"\"no year\".  Each row gives its fact id ('entente show ID').\n"
	"\n"
	"Options:\n"
	"  --format FORMAT  table (default), md, json or csv (docs/ANALYSES.md)\n"
	"  -h, --help       print this help\n"
	"\n"
	"Exit codes: 0 success (also when nothing links the pair), 1 output failed,\n"
	"2 usage error, 3 store error.\n";

int cli_cmd_timeline(cli_ctx *ctx, int argc, char **argv)
{
	static const char cmd[] = "timeline";
	ent_analysis_format fmt = ENT_ANALYSIS_TABLE;
	ent_timeline *t = NULL;
	ent_store *s = NULL;
	char code[2][sizeof(ent_code)];
	const char *v;
	int i, rc, ncodes = 0;

	for (i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			fputs(cli_usage_timeline, stdout);
			return cli_finish_output();
		}
		if ((rc = cli_opt_value(cmd, argc, argv, &i, "--format", &v)) != 0) {
			if (rc < 0 || cli_an_format(cmd, v, &fmt))
				return CLI_EXIT_USAGE;
		} else if (argv[i][0] == '-') {
			return cli_usage_error(cmd, "unknown option '%s'", argv[i]);
		} else if (ncodes < 2) {
			if (cli_an_code(cmd, "actor", argv[i], code[ncodes], sizeof code[0]))
				return CLI_EXIT_USAGE;
			ncodes++;
		} else {
			return cli_usage_error(cmd, "timeline takes two actor codes");
		}
	}
	if (ncodes != 2)
		return cli_usage_error(cmd, "timeline takes two actor codes (e.g. PAK AZE)");
	if (strcmp(code[0], code[1]) == 0)
		return cli_usage_error(cmd, "the two actors must differ");
	rc = cli_open_store(ctx, 1, &s);
	if (rc != CLI_EXIT_OK)
		return rc;
	rc = ent_timeline_build(&t, s, code[0], code[1]);
	if (rc != ENT_OK)
		rc = cli_an_fail(cmd, s, rc, NULL);
	else
		rc = cli_an_render_done(cmd, ent_render_timeline(stdout, t, fmt));
	ent_timeline_free(t);
	ent_store_free(s);
	return rc;
}
