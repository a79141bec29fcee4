/*
 * cmd_import_gdelt.c - `entente import gdelt FILE...`: aggregate GDELT
 * event exports (1.0 or 2.0, plain or zip) into the store.  Called by the
 * `import` dispatcher with argv[0] = "gdelt".
 */
#include "cli.h"

#include "entente/gdelt.h"

#include <inttypes.h>
#include <string.h>

int cli_cmd_import_gdelt(cli_ctx *ctx, int argc, char **argv);
extern const char cli_usage_import_gdelt[];

const char cli_usage_import_gdelt[] =
	"usage: entente [--db FILE] import gdelt [--threads N] FILE...\n"
	"\n"
	"Read GDELT event exports (1.0: 57 or 58 tab-separated columns; 2.0: 61),\n"
	"plain or zipped, and add to the store, per (actor1 country, actor2 country,\n"
	"month, CAMEO root code, QuadClass), the event count, the sums of\n"
	"NumMentions, NumSources and NumArticles, the sum and mean of GoldsteinScale\n"
	"and the mean AvgTone.  Military-cooperation events (CAMEO 0312, 0332, 062,\n"
	"064, 072, 074 and their children; 057 between two states) are also kept one\n"
	"by one with their SOURCEURL.  Importing a file again changes nothing.\n"
	"Malformed rows are skipped, counted and reported with their line numbers.\n"
	"\n"
	"Options:\n"
	"  --threads N  parser threads (default: one per CPU, at most 8)\n"
	"  -h, --help   print this help\n"
	"\n"
	"Exit codes:\n"
	"  0  every file imported (malformed rows are reported, not errors)\n"
	"  1  a file could not be read or is not a GDELT export, or a zip\n"
	"     archive is truncated (the other files are still imported)\n"
	"  2  usage error\n"
	"  3  store error\n";

static void report(const char *path, const ent_gdelt_stats *st)
{
	size_t i;
	if (st->already) {
		printf("%s: already imported, nothing changed\n", path);
		return;
	}
	printf("%s: GDELT %s%s, %" PRIu64 " rows, %" PRIu64 " malformed, %" PRIu64
	       " aggregates, %" PRIu64 " military-cooperation events\n",
	       path, st->format, st->zipped ? " (zip)" : "", st->rows, st->malformed,
	       st->aggregates, st->events);
	for (i = 0; i < st->nbad; i++)
		fprintf(stderr, "entente: %s:%" PRIu64 ": malformed row skipped: %s\n", path,
			st->bad_line[i], st->bad_why[i]);
	if (st->malformed > st->nbad)
		fprintf(stderr, "entente: %s: %" PRIu64 " more malformed rows skipped\n", path,
			st->malformed - st->nbad);
}

int cli_cmd_import_gdelt(cli_ctx *ctx, int argc, char **argv)
{
	ent_gdelt_options opts = ENT_GDELT_OPTIONS_INIT;
	ent_store *store = NULL;
	int i, first = 0, status = CLI_EXIT_OK, rc;

	for (i = 1; i < argc; i++) {
		const char *v = NULL;
		int m;
		if (cli_is_help(argv[i])) {
			fputs(cli_usage_import_gdelt, stdout);
			return cli_finish_output();
		}
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		m = cli_opt_value("import gdelt", argc, argv, &i, "--threads", &v);
		if (m < 0)
			return CLI_EXIT_USAGE;
		if (m > 0) {
			long long n;
			if (!cli_parse_long(v, 1, 64, &n))
				return cli_usage_error("import gdelt",
						       "--threads needs a number from 1 to 64");
			opts.threads = (int)n;
			continue;
		}
		if (argv[i][0] == '-' && argv[i][1] != '\0')
			return cli_usage_error("import gdelt", "unknown option '%s'", argv[i]);
		break;
	}
	first = i;
	if (first >= argc)
		return cli_usage_error("import gdelt", "no file given");

	status = cli_open_store(ctx, 0, &store);
	if (status != CLI_EXIT_OK)
		return status;
	for (i = first; i < argc; i++) {
		ent_gdelt_stats st;
		ent_error err;
		memset(&err, 0, sizeof err);
		rc = ent_gdelt_import(store, argv[i], &opts, &st, &err);
		if (rc == ENT_OK) {
			report(argv[i], &st);
			continue;
		}
		cli_error("%s", err.msg[0] ? err.msg : ent_strerror(rc));
		if (rc == ENT_ESTORE || rc == ENT_ENOMEM) {
			status = CLI_EXIT_STORE;
			break;
		}
		status = CLI_EXIT_INPUT;
	}
	ent_store_free(store);
	rc = cli_finish_output();
	return status != CLI_EXIT_OK ? status : rc;
}
