/*
 * cmd_import.c - `entente import SOURCE ...`: structured sources.  A small
 * dispatcher over a table of subcommands; each subcommand has its own
 * usage text and runner.  Adding a source is one line in subcommands[].
 *
 *   entente import sipri FILE          SIPRI trade register (entente/sipri.h)
 *   entente import gdelt FILE...       GDELT event exports (entente/gdelt.h; cmd_import_gdelt.c)
 */
#include "cli.h"

#include <string.h>

typedef struct import_sub {
	const char *name;
	int (*run)(cli_ctx *ctx, int argc, char **argv); /* argv[0] is the subcommand */
	const char *summary;
	const char *usage;
} import_sub;

static int import_sipri(cli_ctx *ctx, int argc, char **argv);
/* cmd_import_gdelt.c */
int cli_cmd_import_gdelt(cli_ctx *ctx, int argc, char **argv);
extern const char cli_usage_import_gdelt[];

static const char usage_sipri[] =
	"usage: entente [--db FILE] import sipri [FILE] [--shares ISO3 [--from Y] [--to Y]\n"
	"                                        [--release DATE]] [--releases]\n"
	"\n"
	"Import a SIPRI Arms Transfers Database trade register as SIPRI's site exports\n"
	"it (Latin-1 or UTF-8, with or without its preamble).  Every record becomes a\n"
	"deal fact whose evidence is the file, the record's byte span and its text\n"
	"(rule sipri.record); SIPRI's own fields (flags, TIVs, delivery years) are kept\n"
	"beside it.  The release is the 'Data generated' date: importing a release\n"
	"again changes nothing; a newer release supersedes the older one's facts, and\n"
	"the older release stays queryable by name.  Every country name must map to an\n"
	"actor (iso-codes, data/sipri-names.tsv); an unmapped name is an error naming\n"
	"it and its line, and then nothing of the file is stored.\n"
	"\n"
	"Options:\n"
	"  --shares ISO3    print the delivered TIV of ISO3's suppliers and their shares\n"
	"  --from Y, --to Y with --shares: only deliveries in these years (a record's\n"
	"                   delivered TIV is spread evenly over its delivery years)\n"
	"  --release DATE   with --shares: that release instead of the newest\n"
	"  --releases       list the imported releases\n"
	"  -h, --help       print this help\n"
	"\n"
	"Exit codes:\n"
	"  0  success (also when the release was already imported)\n"
	"  1  bad input: the file cannot be read or parsed, a name is unmapped,\n"
	"     or no SIPRI data (or no such release) for --shares\n"
	"  2  usage error\n"
	"  3  store error\n";

static const import_sub subcommands[] = {
	{"sipri", import_sipri, "a SIPRI Arms Transfers Database trade register (CSV)",
	 usage_sipri},
	{"gdelt", cli_cmd_import_gdelt, "GDELT 1.0/2.0 event exports (TSV, plain or zip)",
	 cli_usage_import_gdelt},
};

#define NSUBS (sizeof subcommands / sizeof subcommands[0])

const char cli_usage_import[] =
	"usage: entente [--db FILE] import SOURCE [ARGS]\n"
	"\n"
	"Import a structured source into the store beside the news-derived facts.\n"
	"\n"
	"Run 'entente import --help' for the list of sources and\n"
	"'entente import SOURCE --help' for the options of a source.\n"
	"\n"
	"Exit codes:\n"
	"  0  success\n"
	"  1  bad input (the message names the file and line)\n"
	"  2  usage error\n"
	"  3  store error\n";

/* Print the delivered-TIV shares of @p iso3's suppliers. */
static int print_shares(ent_store *store, const char *iso3, int from, int to, const char *release)
{
	ent_tiv_share *v = NULL;
	size_t n = 0, i;
	double total = 0;
	int rc = ent_sipri_tiv_by_supplier(store, iso3, from, to, release, &v, &n);
	if (rc == ENT_ENOTFOUND) {
		cli_error("no SIPRI data%s%s imported", release ? " for release " : "",
			  release ? release : "");
		return CLI_EXIT_INPUT;
	}
	if (rc != ENT_OK) {
		cli_error("reading SIPRI TIV shares: %s", ent_strerror(rc));
		return CLI_EXIT_STORE;
	}
	for (i = 0; i < n; i++)
		total += v[i].tiv;
	printf("%-12s %12s %8s\n", "supplier", "tiv", "share");
	for (i = 0; i < n; i++)
		printf("%-12s %12.2f %7.2f%%\n", v[i].supplier.s, v[i].tiv, 100.0 * v[i].share);
	printf("%-12s %12.2f %7.2f%%\n", "total", total, n ? 100.0 : 0.0);
	ent_free(v);
	return CLI_EXIT_OK;
}

static int print_releases(ent_store *store)
{
	ent_sipri_release_info *v = NULL;
	size_t n = 0, i;
	int rc = ent_sipri_releases(store, &v, &n);
	if (rc != ENT_OK) {
		cli_error("reading SIPRI releases: %s", ent_strerror(rc));
		return CLI_EXIT_STORE;
	}
	for (i = 0; i < n; i++)
		printf("%s\t%zu records\t%s\t%s\n", v[i].release, v[i].records,
		       v[i].current ? "current" : "superseded", v[i].source);
	ent_free(v);
	return CLI_EXIT_OK;
}

static int import_sipri(cli_ctx *ctx, int argc, char **argv)
{
	const char *file = NULL, *shares = NULL, *release = NULL, *v;
	int from = 0, to = 0, releases = 0, i, status;
	ent_store *store = NULL;

	for (i = 1; i < argc; i++) {
		int m;
		long long y;
		if (cli_is_help(argv[i])) {
			fputs(usage_sipri, stdout);
			return cli_finish_output();
		}
		if (strcmp(argv[i], "--releases") == 0) {
			releases = 1;
			continue;
		}
		if ((m = cli_opt_value("import sipri", argc, argv, &i, "--shares", &v)) != 0) {
			if (m < 0)
				return CLI_EXIT_USAGE;
			shares = v;
			continue;
		}
		if ((m = cli_opt_value("import sipri", argc, argv, &i, "--release", &v)) != 0) {
			if (m < 0)
				return CLI_EXIT_USAGE;
			release = v;
			continue;
		}
		if ((m = cli_opt_value("import sipri", argc, argv, &i, "--from", &v)) != 0) {
			if (m < 0)
				return CLI_EXIT_USAGE;
			if (!cli_parse_long(v, 1000, 9999, &y))
				return cli_usage_error("import sipri", "--from '%s' is not a year", v);
			from = (int)y;
			continue;
		}
		if ((m = cli_opt_value("import sipri", argc, argv, &i, "--to", &v)) != 0) {
			if (m < 0)
				return CLI_EXIT_USAGE;
			if (!cli_parse_long(v, 1000, 9999, &y))
				return cli_usage_error("import sipri", "--to '%s' is not a year", v);
			to = (int)y;
			continue;
		}
		if (argv[i][0] == '-' && argv[i][1])
			return cli_usage_error("import sipri", "unknown option '%s'", argv[i]);
		if (file)
			return cli_usage_error("import sipri", "one FILE at a time");
		file = argv[i];
	}
	if (!file && !shares && !releases)
		return cli_usage_error("import sipri", "no FILE given");
	if ((from || to || release) && !shares)
		return cli_usage_error("import sipri", "--from, --to and --release go with --shares");
	if (from && to && from > to)
		return cli_usage_error("import sipri", "--from %d is after --to %d", from, to);

	status = cli_open_store(ctx, file ? 0 : 1, &store);
	if (status != CLI_EXIT_OK)
		return status;
	if (file) {
		ent_sipri_stats st;
		ent_error err;
		int rc;
		memset(&err, 0, sizeof err);
		rc = ent_sipri_import(store, file, &st, &err);
		if (rc != ENT_OK) {
			cli_error("%s", err.msg[0] ? err.msg : ent_strerror(rc));
			ent_store_free(store);
			return rc == ENT_ESTORE || rc == ENT_EUSAGE ? CLI_EXIT_STORE : CLI_EXIT_INPUT;
		}
		if (st.already)
			printf("%s: release %s already imported; nothing changed\n", file, st.release);
		else if (st.stored)
			printf("%s: release %s: %zu records, %zu deal facts stored\n", file, st.release,
			       st.records, st.stored);
		else
			printf("%s: release %s: %zu records stored; a newer release is current, so "
			       "they add no facts\n",
			       file, st.release, st.records);
	}
	status = CLI_EXIT_OK;
	if (releases)
		status = print_releases(store);
	if (status == CLI_EXIT_OK && shares) {
		char code[16];
		size_t k;
		snprintf(code, sizeof code, "%s", shares);
		for (k = 0; code[k]; k++)
			if (code[k] >= 'a' && code[k] <= 'z')
				code[k] = (char)(code[k] - 'a' + 'A');
		status = print_shares(store, code, from, to, release);
	}
	ent_store_free(store);
	if (status != CLI_EXIT_OK)
		return status;
	return cli_finish_output();
}

int cli_cmd_import(cli_ctx *ctx, int argc, char **argv)
{
	size_t i;
	if (argc < 2)
		return cli_usage_error("import", "no source given");
	if (cli_is_help(argv[1])) {
		fputs(cli_usage_import, stdout);
		fputs("\nSources:\n", stdout);
		for (i = 0; i < NSUBS; i++)
			printf("  %-8s  %s\n", subcommands[i].name, subcommands[i].summary);
		return cli_finish_output();
	}
	for (i = 0; i < NSUBS; i++)
		if (strcmp(argv[1], subcommands[i].name) == 0)
			return subcommands[i].run(ctx, argc - 1, argv + 1);
	return cli_usage_error("import", "unknown source '%s'", argv[1]);
}
