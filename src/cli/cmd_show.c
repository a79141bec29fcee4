/*
 * cmd_show.c - `entente show ID`: one fact with every attribute, source,
 * byte span, rule and quote.
 */
#include "cli.h"

#include <inttypes.h>
#include <errno.h>
#include <string.h>

const char cli_usage_show[] =
	"usage: entente [--db FILE] show FACT_ID\n"
	"\n"
	"Print one fact (ids as listed by 'entente facts') with every attribute and,\n"
	"for each piece of evidence, its source, byte span, rule and quote.\n"
	"\n"
	"Options:\n"
	"  -h, --help  print this help\n"
	"\n"
	"Exit codes:\n"
	"  0  success\n"
	"  1  no fact with that id, or the output could not be written\n"
	"  2  usage error (missing or malformed id)\n"
	"  3  store error\n";

int cli_cmd_show(cli_ctx *ctx, int argc, char **argv)
{
	ent_store *store = NULL;
	ent_fact fact;
	const char *idarg = NULL;
	long long id;
	int i, rc, status;

	for (i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			fputs(cli_usage_show, stdout);
			return cli_finish_output();
		}
		if (argv[i][0] == '-' && argv[i][1] != '\0' && (argv[i][1] < '0' || argv[i][1] > '9'))
			return cli_usage_error("show", "unknown option '%s'", argv[i]);
		if (idarg)
			return cli_usage_error("show", "show takes one fact id");
		idarg = argv[i];
	}
	if (!idarg)
		return cli_usage_error("show", "missing fact id");
	if (!cli_parse_long(idarg, 1, INT64_MAX, &id))
		return cli_usage_error("show", "'%s' is not a fact id (a positive number)", idarg);

	status = cli_open_store(ctx, 1, &store);
	if (status != CLI_EXIT_OK)
		return status;
	memset(&fact, 0, sizeof fact);
	rc = ent_store_fact(store, (int64_t)id, &fact);
	if (rc == ENT_ENOTFOUND) {
		cli_error("no fact with id %lld", id);
		ent_store_free(store);
		return CLI_EXIT_INPUT;
	}
	if (rc != ENT_OK) {
		cli_error("%s: cannot read fact %lld: %s", ctx->db, id, ent_store_errmsg(store));
		ent_store_free(store);
		return CLI_EXIT_STORE;
	}
	rc = ent_render_fact_detail(stdout, &fact);
	if (rc == ENT_OK) {
		/* where sources disagree about this fact, say so with both quotes */
		ent_contradiction_list *cl = NULL;
		if (ent_store_contradictions(store, fact.id, &cl) == ENT_OK && cl && cl->n) {
			puts("\ncontradictions:");
			rc = ent_contradictions_print(stdout, cl, "table");
		}
		ent_contradiction_list_free(cl);
	}
	ent_fact_destroy(&fact);
	ent_store_free(store);
	if (rc != ENT_OK && rc != ENT_EIO) {
		cli_error("cannot print fact: %s", ent_strerror(rc));
		return CLI_EXIT_INPUT;
	}
	if (rc == ENT_EIO) {
		cli_error("cannot write output: %s", strerror(errno));
		return CLI_EXIT_INPUT;
	}
	return cli_finish_output();
}
