/*
 * cmd_report.c - `entente report ISO3`: one document on an actor, Markdown
 * or a self-contained HTML page with inline SVG charts.
 */
#include "cli.h"
#include "entente/network.h"

#include <errno.h>
#include <string.h>

const char cli_usage_report[] =
	"usage: entente [--db FILE] report CODE [--format md|html] [-o FILE]\n"
	"\n"
	"One document on an actor (ISO3 state or bloc code): suppliers and their\n"
	"shares, timeline with partners, deal register, network neighbourhood,\n"
	"triangles, arms race and contradictions, each row with its fact ids and\n"
	"sources.  HTML is one self-contained file (inline CSS and SVG charts drawn\n"
	"with Graphviz's layout; no scripts, no external URLs).\n"
	"\n"
	"Options:\n"
	"  --format F   md (default) or html\n"
	"  -o FILE      write to FILE instead of standard output\n"
	"  -h, --help   print this help\n"
	"\n"
	"Exit codes: 0 ok, 1 no fact names CODE or output error, 2 usage, 3 store error.\n";

int cli_cmd_report(cli_ctx *ctx, int argc, char **argv)
{
	const char *fmt = "md", *outpath = NULL, *actor = NULL, *v;
	ent_store *store = NULL;
	FILE *fp = stdout;
	int i, rc, status;

	for (i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			fputs(cli_usage_report, stdout);
			return cli_finish_output();
		}
		if ((rc = cli_opt_value("report", argc, argv, &i, "--format", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			if (strcmp(v, "md") && strcmp(v, "html"))
				return cli_usage_error("report", "unknown format '%s'", v);
			fmt = v;
			continue;
		}
		if ((rc = cli_opt_value("report", argc, argv, &i, "-o", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			outpath = v;
			continue;
		}
		if (argv[i][0] == '-')
			return cli_usage_error("report", "unknown option '%s'", argv[i]);
		if (actor)
			return cli_usage_error("report", "report takes one actor code");
		actor = argv[i];
	}
	if (!actor)
		return cli_usage_error("report", "missing actor code (e.g. AZE)");
	status = cli_open_store(ctx, 1, &store);
	if (status != CLI_EXIT_OK)
		return status;
	if (outpath) {
		fp = fopen(outpath, "w");
		if (!fp) {
			cli_error("%s: cannot write: %s", outpath, strerror(errno));
			ent_store_free(store);
			return CLI_EXIT_INPUT;
		}
	}
	rc = ent_report_write(fp, store, actor,
			      strcmp(fmt, "html") == 0 ? ENT_REPORT_HTML : ENT_REPORT_MD);
	if (outpath && fclose(fp) != 0 && rc == ENT_OK)
		rc = ENT_EIO;
	ent_store_free(store);
	if (rc == ENT_ENOTFOUND) {
		cli_error("no fact names '%s'", actor);
		return CLI_EXIT_INPUT;
	}
	if (rc == ENT_EIO) {
		cli_error("%s: cannot write the report", outpath ? outpath : "stdout");
		return CLI_EXIT_INPUT;
	}
	if (rc != ENT_OK) {
		cli_error("%s: cannot build the report: %s", ctx->db, ent_strerror(rc));
		return CLI_EXIT_STORE;
	}
	return outpath ? CLI_EXIT_OK : cli_finish_output();
}
