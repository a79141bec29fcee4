/*
 * main.c - the `entente` program: global options, the command table and
 * the messages every command shares.
 *
 *   entente [--db FILE] [--version] [--help] COMMAND [ARGS]
 *
 * Exit codes: 0 ok, 1 bad input, 2 usage, 3 store error (see cli.h).
 */
#include "cli.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const cli_command commands[] = {
	{"ingest", cli_cmd_ingest, "read documents and store the facts found in them",
	 cli_usage_ingest},
	{"facts", cli_cmd_facts, "list stored facts (table, JSON lines or CSV)", cli_usage_facts},
	{"show", cli_cmd_show, "print one fact with all its sources and quotes", cli_usage_show},
	{"stats", cli_cmd_stats, "count documents, facts and evidence in the store",
	 cli_usage_stats},
	{"register", cli_cmd_register, "the deal register: deal, value, year, components, sources",
	 cli_usage_register},
	{"timeline", cli_cmd_timeline, "year-by-year developments between two actors",
	 cli_usage_timeline},
	{"dependence", cli_cmd_dependence, "an importer's suppliers, shares and concentration (HHI)",
	 cli_usage_dependence},
	{"pivot", cli_cmd_pivot, "two pairs of actors compared aspect by aspect", cli_usage_pivot},
	{"network", cli_cmd_network, "signed network of states and blocs: triangles, balance, blocs",
	 cli_usage_network},
	{"arms-race", cli_cmd_armsrace, "rival dyads' imports per year and a rising-together test",
	 cli_usage_armsrace},
	{"conflicts", cli_cmd_conflicts, "contradictions between sources, with both quotes",
	 cli_usage_conflicts},
	{"report", cli_cmd_report, "one Markdown or HTML document on an actor", cli_usage_report},
	{"import", cli_cmd_import, "import a structured source (entente import --help lists them)",
	 cli_usage_import},
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *fp)
{
	size_t i;
	fprintf(fp,
		"usage: entente [--db FILE] [--version] [--help] COMMAND [ARGS]\n"
		"\n"
		"entente turns defence-cooperation news (arms deals, deliveries, exercises,\n"
		"stances, memberships, rivalries) into stored facts with their sources.\n"
		"\n"
		"Commands:\n");
	for (i = 0; i < NCOMMANDS; i++)
		fprintf(fp, "  %-8s  %s\n", commands[i].name, commands[i].summary);
	fprintf(fp,
		"  help      show the help of a command: entente help COMMAND\n"
		"\n"
		"Options:\n"
		"  --db FILE   the store (default: $ENTENTE_DB, else ./entente.db)\n"
		"  --version   print the version and exit\n"
		"  -h, --help  print this help and exit\n"
		"\n"
		"Environment:\n"
		"  ENTENTE_DB    default store\n"
		"  ENTENTE_DATA  directory of the gazetteer data files\n"
		"\n"
		"Exit codes:\n"
		"  0  success\n"
		"  1  bad input (a document, data file or fact id; the message names it)\n"
		"  2  usage error\n"
		"  3  store error\n"
		"\n"
		"Run 'entente COMMAND --help' for the options of a command.\n");
}

static const cli_command *find_command(const char *name)
{
	size_t i;
	for (i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fputs("entente: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fputs("entente: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (cmd)
		fprintf(stderr, "Run 'entente %s --help' for usage.\n", cmd);
	else
		fputs("Run 'entente --help' for usage.\n", stderr);
	return CLI_EXIT_USAGE;
}

int cli_is_help(const char *arg)
{
	return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

int cli_opt_value(const char *cmd, int argc, char **argv, int *i, const char *name,
		  const char **value)
{
	const char *a = argv[*i];
	size_t n = strlen(name);
	if (strncmp(a, name, n) != 0)
		return 0;
	if (a[n] == '=') {
		*value = a + n + 1;
		return 1;
	}
	if (a[n] != '\0')
		return 0;
	if (*i + 1 >= argc) {
		cli_usage_error(cmd, "option %s needs a value", name);
		return -1;
	}
	*value = argv[++*i];
	return 1;
}

int cli_parse_long(const char *s, long long min, long long max, long long *out)
{
	char *end;
	long long v;
	if (!s || !*s || (*s != '-' && *s != '+' && (*s < '0' || *s > '9')))
		return 0;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || *end || v < min || v > max)
		return 0;
	*out = v;
	return 1;
}

int cli_open_store(const cli_ctx *ctx, int must_exist, ent_store **out)
{
	ent_error err;
	struct stat st;
	int rc;
	*out = NULL;
	if (must_exist && !strstr(ctx->db, "://") && stat(ctx->db, &st) != 0) {
		cli_error("%s: no such store (run 'entente ingest' first)", ctx->db);
		return CLI_EXIT_STORE;
	}
	memset(&err, 0, sizeof err);
	rc = ent_store_open(out, ctx->db, &err);
	if (rc != ENT_OK) {
		cli_error("%s: cannot open store: %s", ctx->db,
			  err.msg[0] ? err.msg : ent_strerror(rc));
		ent_store_free(*out);
		*out = NULL;
		return CLI_EXIT_STORE;
	}
	return CLI_EXIT_OK;
}

int cli_finish_output(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cli_error("cannot write output: %s", strerror(errno));
		return CLI_EXIT_INPUT;
	}
	return CLI_EXIT_OK;
}

static int help_command(int argc, char **argv)
{
	const cli_command *c;
	if (argc < 2) {
		usage(stdout);
		return CLI_EXIT_OK;
	}
	if (argc > 2)
		return cli_usage_error("help", "help takes one command name");
	c = find_command(argv[1]);
	if (!c)
		return cli_usage_error(NULL, "unknown command '%s'", argv[1]);
	fputs(c->usage, stdout);
	return cli_finish_output();
}

int main(int argc, char **argv)
{
	cli_ctx ctx;
	const cli_command *c;
	const char *v;
	int i, rc;

	/* The program keeps no SQLite memory statistics: without them SQLite
	 * takes no global mutex per allocation (a few per cent of an ingest).
	 * Process-wide, so it is set here and not by the library. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

	ctx.db = getenv("ENTENTE_DB");
	if (!ctx.db || !*ctx.db)
		ctx.db = "entente.db";

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		if (cli_is_help(argv[i])) {
			usage(stdout);
			return cli_finish_output();
		}
		if (strcmp(argv[i], "--version") == 0) {
			printf("entente %s\n", ENTENTE_VERSION);
			return cli_finish_output();
		}
		rc = cli_opt_value(NULL, argc, argv, &i, "--db", &v);
		if (rc < 0)
			return CLI_EXIT_USAGE;
		if (rc == 0)
			return cli_usage_error(NULL, "unknown option '%s'", argv[i]);
		if (!*v)
			return cli_usage_error(NULL, "--db needs a non-empty value");
		ctx.db = v;
	}
	if (i >= argc) {
		usage(stderr);
		return CLI_EXIT_USAGE;
	}
	if (strcmp(argv[i], "help") == 0)
		return help_command(argc - i, argv + i);
	c = find_command(argv[i]);
	if (!c)
		return cli_usage_error(NULL, "unknown command '%s'", argv[i]);
	return c->run(&ctx, argc - i, argv + i);
}
