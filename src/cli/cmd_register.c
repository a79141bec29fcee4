/*
 * cmd_register.c - `entente register`: the deal register (Deal | Value |
 * Year | Major Components | Sources) from the stored deal facts.
 */
#include "cli.h"

#include <string.h>

const char cli_usage_register[] =
	"usage: entente [--db FILE] register [--actor CODE] [--from YEAR] [--to YEAR]\n"
	"                                    [--limit N] [--format FORMAT]\n"
	"\n"
	"List the stored arms deals, oldest first (deals without a year last):\n"
	"Deal (suppliers -> recipient: main item) | Value | Year | Major Components |\n"
	"Sources (number of documents and the fact id; 'entente show ID' gives every\n"
	"quote).  Values are as stated; NA when no value is stated.\n"
	"\n"
	"Options:\n"
	"  --actor CODE     deals in which this state or bloc plays any role\n"
	"  --from YEAR      deals from this year on (a bound drops deals without a year)\n"
	"  --to YEAR        deals up to this year\n"
	"  --limit N        only the N newest deals\n"
	"  --format FORMAT  table (default), md, json or csv (docs/ANALYSES.md)\n"
	"  -h, --help       print this help\n"
	"\n"
	"Exit codes: 0 success (also when no deal matches), 1 output failed,\n"
	"2 usage error, 3 store error.\n";

int cli_cmd_register(cli_ctx *ctx, int argc, char **argv)
{
	static const char cmd[] = "register";
	ent_register_options opts = ENT_REGISTER_OPTIONS_INIT;
	ent_analysis_format fmt = ENT_ANALYSIS_TABLE;
	ent_register *r = NULL;
	ent_store *s = NULL;
	char actor[sizeof(ent_code)];
	const char *v;
	int i, rc;

	for (i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			fputs(cli_usage_register, stdout);
			return cli_finish_output();
		}
		if ((rc = cli_opt_value(cmd, argc, argv, &i, "--actor", &v)) != 0) {
			if (rc < 0 || cli_an_code(cmd, "--actor", v, actor, sizeof actor))
				return CLI_EXIT_USAGE;
			opts.actor = actor;
		} else if ((rc = cli_opt_value(cmd, argc, argv, &i, "--from", &v)) != 0) {
			if (rc < 0 || cli_an_year(cmd, "--from", v, &opts.from_year))
				return CLI_EXIT_USAGE;
		} else if ((rc = cli_opt_value(cmd, argc, argv, &i, "--to", &v)) != 0) {
			if (rc < 0 || cli_an_year(cmd, "--to", v, &opts.to_year))
				return CLI_EXIT_USAGE;
		} else if ((rc = cli_opt_value(cmd, argc, argv, &i, "--limit", &v)) != 0) {
			long long n;
			if (rc < 0)
				return CLI_EXIT_USAGE;
			if (!cli_parse_long(v, 1, 100000000, &n))
				return cli_usage_error(cmd, "--limit: '%s' is not a positive number", v);
			opts.limit = (size_t)n;
		} else if ((rc = cli_opt_value(cmd, argc, argv, &i, "--format", &v)) != 0) {
			if (rc < 0 || cli_an_format(cmd, v, &fmt))
				return CLI_EXIT_USAGE;
		} else {
			return cli_usage_error(cmd, "unexpected argument '%s'", argv[i]);
		}
	}
	if (opts.from_year && opts.to_year && opts.from_year > opts.to_year)
		return cli_usage_error(cmd, "--from %d is after --to %d", opts.from_year, opts.to_year);
	rc = cli_open_store(ctx, 1, &s);
	if (rc != CLI_EXIT_OK)
		return rc;
	rc = ent_register_build(&r, s, &opts);
	if (rc != ENT_OK) {
		rc = cli_an_fail(cmd, s, rc, NULL);
	} else {
		rc = cli_an_render_done(cmd, ent_render_register(stdout, r, fmt));
	}
	ent_register_free(r);
	ent_store_free(s);
	return rc;
}
