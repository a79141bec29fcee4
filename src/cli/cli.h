/*
 * cli.h - what the files of the `entente` program share: exit codes, the
 * command table, messages and small argument helpers.
 *
 * The program uses only the public API (the headers in include/entente/).  Each command
 * lives in its own file as `int cli_cmd_NAME(cli_ctx *, int argc, char **argv)`
 * where argv[0] is the command name; it returns one of the CLI_EXIT_* codes.
 */
#ifndef ENT_CLI_H
#define ENT_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "entente/entente.h"

/* Exit codes (documented in `entente --help`). */
enum {
	CLI_EXIT_OK = 0,     /* success */
	CLI_EXIT_INPUT = 1,  /* bad input: a document, a data file, an unknown id, output failed */
	CLI_EXIT_USAGE = 2,  /* bad command line */
	CLI_EXIT_STORE = 3   /* the store could not be opened, read or written */
};

typedef struct cli_ctx {
	const char *db;      /* store URI: --db, $ENTENTE_DB or ./entente.db */
} cli_ctx;

typedef struct cli_command {
	const char *name;
	int (*run)(cli_ctx *ctx, int argc, char **argv);
	const char *summary; /* one line for `entente --help` */
	const char *usage;   /* full text for `entente COMMAND --help` */
} cli_command;

int cli_cmd_ingest(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_facts(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_show(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_stats(cli_ctx *ctx, int argc, char **argv);

extern const char cli_usage_ingest[];
extern const char cli_usage_facts[];
extern const char cli_usage_show[];
extern const char cli_usage_stats[];
/* import sipri|gdelt FILE (cmd_import.c: a table of subcommands) */
int cli_cmd_import(cli_ctx *ctx, int argc, char **argv);
extern const char cli_usage_import[];
/* network, arms race, conflicts, report (entente/network.h) */
int cli_cmd_network(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_armsrace(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_conflicts(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_report(cli_ctx *ctx, int argc, char **argv);
extern const char cli_usage_network[];
extern const char cli_usage_armsrace[];
extern const char cli_usage_conflicts[];
extern const char cli_usage_report[];

/* Analysis commands (cmd_register.c, cmd_timeline.c, cmd_dependence.c,
 * cmd_pivot.c) and their shared helpers (cmd_analysis_common.c). */
#include "entente/analyse.h"
int cli_cmd_register(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_timeline(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_dependence(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_pivot(cli_ctx *ctx, int argc, char **argv);
extern const char cli_usage_register[];
extern const char cli_usage_timeline[];
extern const char cli_usage_dependence[];
extern const char cli_usage_pivot[];
/** Parse --format for an analysis.  @return CLI_EXIT_OK or CLI_EXIT_USAGE (after a message). */
int cli_an_format(const char *cmd, const char *v, ent_analysis_format *out);
/** Parse a year 1000-9999 given to option @p opt. */
int cli_an_year(const char *cmd, const char *opt, const char *v, int *out);
/** Check and upper-case an actor code into @p out (@p n bytes). */
int cli_an_code(const char *cmd, const char *what, const char *v, char *out, size_t n);
/** Report library code @p rc (message @p msg, else the store's) and map it to an exit code. */
int cli_an_fail(const char *cmd, ent_store *s, int rc, const char *msg);
/** After rendering: report a failure, else flush stdout. */
int cli_an_render_done(const char *cmd, int rc);

/** Print "entente: MESSAGE\n" on stderr. */
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;

/**
 * Report a usage error for @p cmd ("entente: MESSAGE" plus a hint to run
 * `entente CMD --help`).  @return CLI_EXIT_USAGE.
 */
int cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/** 1 when @p arg is "-h" or "--help". */
int cli_is_help(const char *arg);

/**
 * Match option @p name ("--type") at argv[*i], in the forms "--type VALUE"
 * and "--type=VALUE".  @return 1 and set *value (advancing *i past a
 * separate value) on a match, 0 when argv[*i] is another option, -1 (after
 * a usage message) when the value is missing.
 */
int cli_opt_value(const char *cmd, int argc, char **argv, int *i, const char *name,
		  const char **value);

/** Parse a whole decimal integer in [min, max].  @return 1 when valid. */
int cli_parse_long(const char *s, long long min, long long max, long long *out);

/**
 * Open the store.  With @p must_exist, a file path that does not exist is
 * an error instead of a new empty store (read-only commands).
 * @return CLI_EXIT_OK or CLI_EXIT_STORE after a message.
 */
int cli_open_store(const cli_ctx *ctx, int must_exist, ent_store **out);

/** Flush stdout and report a write error.  @return CLI_EXIT_OK or CLI_EXIT_INPUT. */
int cli_finish_output(void);

#endif
