/*
 * cmd_pivot.c - `entente pivot A:B C:D`: two pairs compared aspect by
 * aspect (Aspect | A-B | C-D).
 */
#include "cli.h"

#include <string.h>

const char cli_usage_pivot[] =
	"usage: entente [--db FILE] pivot [--format FORMAT] CODE:CODE CODE:CODE\n"
	"\n"
	"Compare two pairs (e.g. IND:ARM PAK:AZE) aspect by aspect: most recent\n"
	"major deal, total known deal value, deals and supply ties, military\n"
	"exercises, key suppliers (supplier states with the items and designations\n"
	"they supply; firms are not stored as actors), stances, shared memberships,\n"
	"rivalries.  A cell with no stored fact behind it says \"no data\"; every\n"
	"other cell lists its fact ids ('entente show ID').\n"
	"\n"
	"Options:\n"
	"  --format FORMAT  table (default), md, json or csv (docs/ANALYSES.md)\n"
	"  -h, --help       print this help\n"
	"\n"
	"Exit codes: 0 success, 1 output failed, 2 usage error, 3 store error.\n";

/* "IND:ARM" -> two codes. */
static int parse_pair(const char *cmd, const char *v, char a[][sizeof(ent_code)])
{
	const char *colon = strchr(v, ':');
	char left[sizeof(ent_code) + 1];
	size_t n;
	if (!colon || strchr(colon + 1, ':'))
		return cli_usage_error(cmd, "'%s' is not a pair CODE:CODE (e.g. IND:ARM)", v);
	n = (size_t)(colon - v);
	if (n >= sizeof left)
		return cli_usage_error(cmd, "'%s' is not a pair CODE:CODE (e.g. IND:ARM)", v);
	memcpy(left, v, n);
	left[n] = '\0';
	if (cli_an_code(cmd, "pair", left, a[0], sizeof a[0]) ||
	    cli_an_code(cmd, "pair", colon + 1, a[1], sizeof a[1]))
		return CLI_EXIT_USAGE;
	if (strcmp(a[0], a[1]) == 0)
		return cli_usage_error(cmd, "'%s': the two actors of a pair must differ", v);
	return CLI_EXIT_OK;
}

int cli_cmd_pivot(cli_ctx *ctx, int argc, char **argv)
{
	static const char cmd[] = "pivot";
	ent_analysis_format fmt = ENT_ANALYSIS_TABLE;
	ent_pivot *p = NULL;
	ent_store *s = NULL;
	char code[4][sizeof(ent_code)];
	const char *v;
	int i, rc, npairs = 0;

	for (i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			fputs(cli_usage_pivot, stdout);
			return cli_finish_output();
		}
		if ((rc = cli_opt_value(cmd, argc, argv, &i, "--format", &v)) != 0) {
			if (rc < 0 || cli_an_format(cmd, v, &fmt))
				return CLI_EXIT_USAGE;
		} else if (argv[i][0] == '-') {
			return cli_usage_error(cmd, "unknown option '%s'", argv[i]);
		} else if (npairs < 2) {
			if (parse_pair(cmd, argv[i], &code[2 * npairs]))
				return CLI_EXIT_USAGE;
			npairs++;
		} else {
			return cli_usage_error(cmd, "pivot takes two pairs");
		}
	}
	if (npairs != 2)
		return cli_usage_error(cmd, "pivot takes two pairs (e.g. IND:ARM PAK:AZE)");
	rc = cli_open_store(ctx, 1, &s);
	if (rc != CLI_EXIT_OK)
		return rc;
	rc = ent_pivot_build(&p, s, code[0], code[1], code[2], code[3]);
	if (rc != ENT_OK)
		rc = cli_an_fail(cmd, s, rc, NULL);
	else
		rc = cli_an_render_done(cmd, ent_render_pivot(stdout, p, fmt));
	ent_pivot_free(p);
	ent_store_free(s);
	return rc;
}
