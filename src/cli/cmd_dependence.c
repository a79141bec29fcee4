/*
 * cmd_dependence.c - `entente dependence ISO3`: an importer's suppliers,
 * their shares by count, value or SIPRI TIV, the Herfindahl-Hirschman
 * index, and the change between two windows of years.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

const char cli_usage_dependence[] =
	"usage: entente [--db FILE] dependence [--from YEAR] [--to YEAR]\n"
	"              [--measure count|value|tiv] [--compare Y1-Y2:Y3-Y4]\n"
	"              [--format FORMAT] CODE\n"
	"\n"
	"Who supplies an importer (deals and supply ties whose recipient it is),\n"
	"with each supplier's share by number of deals and supply ties, by stated\n"
	"USD value (a deal's value split evenly between its suppliers), and with\n"
	"--measure tiv by SIPRI trend-indicator value (needs 'entente import sipri').\n"
	"The Herfindahl-Hirschman index (sum of squared percentage shares, 0-10000)\n"
	"measures concentration.  Method: docs/ANALYSES.md.\n"
	"\n"
	"Options:\n"
	"  --from YEAR         facts from this year on (a bound drops undated facts)\n"
	"  --to YEAR           facts up to this year\n"
	"  --measure M         count (default), value or tiv: orders the suppliers\n"
	"                      and is the measure compared\n"
	"  --compare Y1-Y2:Y3-Y4\n"
	"                      shares in the window Y1-Y2 and in Y3-Y4, and the change\n"
	"                      in percentage points (e.g. 2010-2019:2020-2025)\n"
	"  --format FORMAT     table (default), md, json or csv (docs/ANALYSES.md)\n"
	"  -h, --help          print this help\n"
	"\n"
	"Exit codes: 0 success, 1 no SIPRI data for --measure tiv or output failed,\n"
	"2 usage error, 3 store error.\n";

/* "2010-2019" -> from, to. */
static int parse_window(const char *cmd, const char *v, size_t n, int *from, int *to)
{
	char buf[32];
	long long a, b;
	char *dash;
	if (n >= sizeof buf)
		return cli_usage_error(cmd, "--compare: '%s' is not Y1-Y2:Y3-Y4", v);
	memcpy(buf, v, n);
	buf[n] = '\0';
	dash = strchr(buf, '-');
	if (!dash)
		return cli_usage_error(cmd, "--compare: '%s' is not Y1-Y2:Y3-Y4", v);
	*dash = '\0';
	if (!cli_parse_long(buf, 1000, 9999, &a) || !cli_parse_long(dash + 1, 1000, 9999, &b) ||
	    a > b)
		return cli_usage_error(cmd, "--compare: '%s' is not Y1-Y2:Y3-Y4 with Y1 <= Y2", v);
	*from = (int)a;
	*to = (int)b;
	return CLI_EXIT_OK;
}

int cli_cmd_dependence(cli_ctx *ctx, int argc, char **argv)
{
	static const char cmd[] = "dependence";
	ent_dependence_options opts = ENT_DEPENDENCE_OPTIONS_INIT;
	ent_analysis_format fmt = ENT_ANALYSIS_TABLE;
	ent_dependence *d = NULL;
	ent_store *s = NULL;
	ent_error err;
	char code[sizeof(ent_code)];
	const char *v;
	int i, rc, ncodes = 0;

	for (i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			fputs(cli_usage_dependence, stdout);
			return cli_finish_output();
		}
		if ((rc = cli_opt_value(cmd, argc, argv, &i, "--from", &v)) != 0) {
			if (rc < 0 || cli_an_year(cmd, "--from", v, &opts.from_year))
				return CLI_EXIT_USAGE;
		} else if ((rc = cli_opt_value(cmd, argc, argv, &i, "--to", &v)) != 0) {
			if (rc < 0 || cli_an_year(cmd, "--to", v, &opts.to_year))
				return CLI_EXIT_USAGE;
		} else if ((rc = cli_opt_value(cmd, argc, argv, &i, "--measure", &v)) != 0) {
			int m;
			if (rc < 0)
				return CLI_EXIT_USAGE;
			m = ent_dependence_measure_from_name(v);
			if (m < 0)
				return cli_usage_error(cmd, "--measure: '%s' is not count, value or tiv", v);
			opts.measure = (ent_dependence_measure)m;
		} else if ((rc = cli_opt_value(cmd, argc, argv, &i, "--compare", &v)) != 0) {
			const char *colon;
			if (rc < 0)
				return CLI_EXIT_USAGE;
			colon = strchr(v, ':');
			if (!colon)
				return cli_usage_error(cmd, "--compare: '%s' is not Y1-Y2:Y3-Y4", v);
			if (parse_window(cmd, v, (size_t)(colon - v), &opts.before_from, &opts.before_to) ||
			    parse_window(cmd, colon + 1, strlen(colon + 1), &opts.after_from,
					 &opts.after_to))
				return CLI_EXIT_USAGE;
			opts.compare = 1;
		} else if ((rc = cli_opt_value(cmd, argc, argv, &i, "--format", &v)) != 0) {
			if (rc < 0 || cli_an_format(cmd, v, &fmt))
				return CLI_EXIT_USAGE;
		} else if (argv[i][0] == '-') {
			return cli_usage_error(cmd, "unknown option '%s'", argv[i]);
		} else if (ncodes == 0) {
			if (cli_an_code(cmd, "importer", argv[i], code, sizeof code))
				return CLI_EXIT_USAGE;
			ncodes++;
		} else {
			return cli_usage_error(cmd, "dependence takes one importer code");
		}
	}
	if (ncodes != 1)
		return cli_usage_error(cmd, "dependence takes one importer code (e.g. AZE)");
	if (opts.from_year && opts.to_year && opts.from_year > opts.to_year)
		return cli_usage_error(cmd, "--from %d is after --to %d", opts.from_year, opts.to_year);
	rc = cli_open_store(ctx, 1, &s);
	if (rc != CLI_EXIT_OK)
		return rc;
	memset(&err, 0, sizeof err);
	rc = ent_dependence_build(&d, s, code, &opts, &err);
	if (rc != ENT_OK)
		rc = cli_an_fail(cmd, s, rc, err.msg);
	else
		rc = cli_an_render_done(cmd, ent_render_dependence(stdout, d, fmt));
	ent_dependence_free(d);
	ent_store_free(s);
	return rc;
}
