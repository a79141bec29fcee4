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
