/*
 * cmd_facts.c - `entente facts`: list stored facts, filtered by type, actor
 * and years, as a table, JSON lines (the DESIGN.md contract) or CSV.
 */
#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <string.h>

const char cli_usage_facts[] =
	"usage: entente [--db FILE] facts [--type TYPE] [--actor CODE] [--from YEAR]\n"
	"                                 [--to YEAR] [--format FORMAT]\n"
	"\n"
	"List the stored facts, ordered by id.\n"
	"\n"
	"Options:\n"
	"  --type TYPE      deal, supply, exercise, stance, membership or rivalry\n"
	"  --actor CODE     facts naming this state (ISO3, e.g. AZE) or bloc (e.g. NATO)\n"
	"                   in any role\n"
	"  --from YEAR      facts from this year on (facts without a year are dropped\n"
	"                   when --from or --to is given)\n"
	"  --to YEAR        facts up to this year\n"
	"  --format FORMAT  table (default), jsonl (one JSON object per line) or csv\n"
	"  -h, --help       print this help\n"
	"\n"
	"Exit codes:\n"
	"  0  success (also when no fact matches)\n"
	"  1  the output could not be written\n"
	"  2  usage error (unknown type or format, bad year)\n"
	"  3  store error\n";

#define YEAR_MIN 1000
#define YEAR_MAX 9999

static int parse_year(const char *opt, const char *v, int *out)
{
	long long y;
	if (!cli_parse_long(v, YEAR_MIN, YEAR_MAX, &y))
		return cli_usage_error("facts", "%s: '%s' is not a year (%d-%d)", opt, v, YEAR_MIN,
				       YEAR_MAX);
	*out = (int)y;
	return CLI_EXIT_OK;
}

/* Actor codes are ISO3 or bloc names: letters and digits, upper-cased here. */
static int parse_actor(const char *v, char *out, size_t n)
{
	size_t i, len = strlen(v);
	if (len == 0 || len >= n)
		return cli_usage_error("facts", "--actor: '%s' is not an actor code (e.g. AZE, NATO)",
				       v);
	for (i = 0; i < len; i++) {
		if (!isalnum((unsigned char)v[i]))
			return cli_usage_error("facts",
					       "--actor: '%s' is not an actor code (e.g. AZE, NATO)", v);
		out[i] = (char)toupper((unsigned char)v[i]);
	}
	out[len] = '\0';
	return CLI_EXIT_OK;
}

int cli_cmd_facts(cli_ctx *ctx, int argc, char **argv)
{
	ent_fact_filter filter = ENT_FACT_FILTER_INIT;
	ent_render_format fmt = ENT_RENDER_TABLE;
	ent_fact_list *facts = NULL;
	ent_store *store = NULL;
	char actor[sizeof(ent_code)];
	const char *v;
	int i, rc, t, status;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (cli_is_help(a)) {
			fputs(cli_usage_facts, stdout);
			return cli_finish_output();
		}
		rc = cli_opt_value("facts", argc, argv, &i, "--type", &v);
		if (rc > 0) {
			t = ent_fact_type_from_name(v);
			if (t < 0)
				return cli_usage_error(
					"facts",
					"--type: unknown fact type '%s' (deal, supply, exercise, stance, "
					"membership, rivalry)",
					v);
			filter.type = t;
			continue;
		}
		if (rc == 0)
			rc = cli_opt_value("facts", argc, argv, &i, "--actor", &v);
		if (rc > 0) {
			if (parse_actor(v, actor, sizeof actor))
				return CLI_EXIT_USAGE;
			filter.actor = actor;
			continue;
		}
		if (rc == 0)
			rc = cli_opt_value("facts", argc, argv, &i, "--from", &v);
		if (rc > 0) {
			if (parse_year("--from", v, &filter.from_year))
				return CLI_EXIT_USAGE;
			continue;
		}
		if (rc == 0)
			rc = cli_opt_value("facts", argc, argv, &i, "--to", &v);
		if (rc > 0) {
			if (parse_year("--to", v, &filter.to_year))
				return CLI_EXIT_USAGE;
			continue;
		}
		if (rc == 0)
			rc = cli_opt_value("facts", argc, argv, &i, "--format", &v);
		if (rc > 0) {
			t = ent_render_format_from_name(v);
			if (t < 0)
				return cli_usage_error("facts",
						       "--format: unknown format '%s' (table, jsonl, csv)", v);
			fmt = (ent_render_format)t;
			continue;
		}
		if (rc < 0)
			return CLI_EXIT_USAGE; /* a value was missing; already reported */
		if (a[0] == '-')
			return cli_usage_error("facts", "unknown option '%s'", a);
		return cli_usage_error("facts", "unexpected argument '%s'", a);
	}
	if (filter.from_year && filter.to_year && filter.from_year > filter.to_year)
		return cli_usage_error("facts", "--from %d is after --to %d", filter.from_year,
				       filter.to_year);

	status = cli_open_store(ctx, 1, &store);
	if (status != CLI_EXIT_OK)
		return status;
	rc = ent_store_facts(store, &filter, &facts);
	if (rc != ENT_OK) {
		cli_error("%s: cannot read facts: %s", ctx->db, ent_store_errmsg(store));
		ent_store_free(store);
		return CLI_EXIT_STORE;
	}
	rc = ent_render_facts(stdout, facts, fmt);
	ent_fact_list_free(facts);
	ent_store_free(store);
	if (rc == ENT_EIO) {
		cli_error("cannot write output: %s", strerror(errno));
		return CLI_EXIT_INPUT;
	}
	if (rc != ENT_OK) {
		cli_error("cannot print facts: %s", ent_strerror(rc));
		return CLI_EXIT_INPUT;
	}
	return cli_finish_output();
}
