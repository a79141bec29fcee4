/*
 * cmd_ingest.c - `entente ingest PATH...|-`: read documents, extract their
 * facts and store each document with its facts in one transaction.
 *
 * Bad documents (empty, binary, invalid UTF-8, malformed JSON line) are
 * reported by the ingest module through the error callback and skipped; the
 * rest of the batch goes on.  A document already in the store is reported
 * and left alone.  A store failure stops the batch.
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char cli_usage_ingest[] =
	"usage: entente [--db FILE] ingest [--format FORMAT] [--quiet] PATH...\n"
	"\n"
	"Read documents from files, directories (recursively, in sorted order) or\n"
	"standard input ('-'), extract the facts they state and store them.\n"
	"Formats are detected per file: plain text, HTML, JSON lines\n"
	"({\"url\",\"title\",\"published\",\"text\"} per line).  A document already in\n"
	"the store is reported ('already ingested') and changes nothing.\n"
	"\n"
	"Options:\n"
	"  --format FORMAT  read every input as text, html or jsonl\n"
	"  -q, --quiet      print only errors (no summary, no progress)\n"
	"  -h, --help       print this help\n"
	"\n"
	"Environment:\n"
	"  ENTENTE_DATA     directory of the gazetteer data files\n"
	"\n"
	"Exit codes:\n"
	"  0  every document was read (new or already present)\n"
	"  1  some input was skipped (empty, binary, invalid UTF-8, unreadable,\n"
	"     malformed JSON line); the good ones are still stored\n"
	"  2  usage error\n"
	"  3  store error (the batch stops; the failing document is not stored)\n";

/* Progress is drawn on a terminal only, once this many documents are seen. */
#define PROGRESS_MIN_DOCS 20
#define PROGRESS_WIDTH 20
#define SCAN_MAX_DEPTH 64

typedef struct ingest_state {
	ent_extractor *x;
	ent_store *store;
	ent_fact_list *facts;
	size_t added, present, skipped, nfacts;
	int failed;          /* CLI_EXIT_* that stopped the batch, or 0 */
	int quiet;
	/* progress */
	int progress;        /* stderr is a terminal and not --quiet */
	int drawn;
	size_t docs;
	double bytes, total; /* bytes of text seen; bytes of input files (0: unknown) */
	struct timespec last;
} ingest_state;

/* Sum the sizes of the regular files under @p path (for the progress bar). */
static double scan_bytes(const char *path, int depth)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	double sum = 0;
	char sub[4096];
	if (strcmp(path, "-") == 0 || stat(path, &st) != 0)
		return 0;
	if (S_ISREG(st.st_mode))
		return (double)st.st_size;
	if (!S_ISDIR(st.st_mode) || depth >= SCAN_MAX_DEPTH)
		return 0;
	d = opendir(path);
	if (!d)
		return 0;
	for (;;) {
		int n;
		e = readdir(d);
		if (!e)
			break;
		if (e->d_name[0] == '.')
			continue;
		n = snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
		if (n > 0 && (size_t)n < sizeof sub)
			sum += scan_bytes(sub, depth + 1);
	}
	closedir(d);
	return sum;
}

static void draw_progress(ingest_state *st, int final)
{
	struct timespec now;
	char bar[PROGRESS_WIDTH + 1];
	double frac;
	int i, filled;
	if (!st->progress || st->docs < PROGRESS_MIN_DOCS)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (!final && st->drawn &&
	    (double)(now.tv_sec - st->last.tv_sec) * 1e3 +
			    (double)(now.tv_nsec - st->last.tv_nsec) / 1e6 <
		    100.0)
		return;
	st->last = now;
	frac = final ? 1.0 : st->total > 0 ? st->bytes / st->total : 0.0;
	if (frac > 1.0)
		frac = 1.0;
	filled = (int)(frac * PROGRESS_WIDTH);
	for (i = 0; i < PROGRESS_WIDTH; i++)
		bar[i] = i < filled ? '#' : ' ';
	bar[PROGRESS_WIDTH] = '\0';
	fprintf(stderr, "\r[%s] %zu docs, %.1f MB", bar, st->docs, st->bytes / 1e6);
	fflush(stderr);
	st->drawn = 1;
}

/* Before a message, end the progress line so the message starts on its own. */
static void progress_break(ingest_state *st)
{
	if (st->drawn) {
		fputc('\n', stderr);
		st->drawn = 0;
	}
}

static void doc_name(const ent_doc *doc, char *out, size_t n)
{
	if (doc->line > 0)
		snprintf(out, n, "%s:%zu", doc->source ? doc->source : "-", doc->line);
	else
		snprintf(out, n, "%s", doc->source ? doc->source : "-");
}

/* The document callback: extract, then store in one transaction. */
static int on_doc(const ent_doc *doc, void *payload)
{
	ingest_state *st = payload;
	char name[1024];
	int have = 0, added = 0, rc;

	st->docs++;
	st->bytes += (double)doc->len;
	doc_name(doc, name, sizeof name);

	rc = ent_store_has_document(st->store, doc->sha256, &have);
	if (rc != ENT_OK) {
		progress_break(st);
		cli_error("%s: %s", name, ent_store_errmsg(st->store));
		st->failed = CLI_EXIT_STORE;
		return 1;
	}
	if (!have) {
		ent_fact_list_clear(st->facts);
		rc = ent_extract(st->x, doc, st->facts);
		if (rc != ENT_OK) {
			progress_break(st);
			cli_error("%s: extraction failed: %s", name, ent_strerror(rc));
			st->failed = CLI_EXIT_INPUT;
			return 1;
		}
		rc = ent_store_add_document(st->store, doc, st->facts, &added);
		if (rc != ENT_OK) {
			progress_break(st);
			cli_error("%s: cannot store: %s", name, ent_store_errmsg(st->store));
			st->failed = CLI_EXIT_STORE;
			return 1;
		}
	}
	if (added) {
		st->added++;
		st->nfacts += st->facts->n;
	} else {
		st->present++;
		progress_break(st);
		cli_error("%s: already ingested", name);
	}
	draw_progress(st, 0);
	return 0;
}

static void on_error(const char *source, int code, const char *msg, void *payload)
{
	ingest_state *st = payload;
	size_t n = source ? strlen(source) : 0;
	(void)code;
	st->skipped++;
	progress_break(st);
	if (msg && source && strncmp(msg, source, n) == 0)
		cli_error("%s", msg);
	else
		cli_error("%s: %s", source ? source : "-", msg ? msg : ent_strerror(code));
}

static int parse_format(const char *s, ent_format *out)
{
	if (strcmp(s, "text") == 0 || strcmp(s, "txt") == 0)
		*out = ENT_FORMAT_TEXT;
	else if (strcmp(s, "html") == 0)
		*out = ENT_FORMAT_HTML;
	else if (strcmp(s, "jsonl") == 0)
		*out = ENT_FORMAT_JSONL;
	else
		return 0;
	return 1;
}

int cli_cmd_ingest(cli_ctx *ctx, int argc, char **argv)
{
	ent_ingest_options iopts = ENT_INGEST_OPTIONS_INIT;
	ent_extract_options xopts = ENT_EXTRACT_OPTIONS_INIT;
	ingest_state st;
	ent_error err;
	const char *v;
	const char **paths;
	int i, rc, status, dashdash = 0;
	size_t k, p, npaths = 0;

	memset(&st, 0, sizeof st);
	paths = malloc((size_t)argc * sizeof *paths);
	if (!paths) {
		cli_error("out of memory");
		return CLI_EXIT_STORE;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (dashdash || a[0] != '-' || a[1] == '\0') {
			paths[npaths++] = a; /* a path, or "-" for stdin */
			continue;
		}
		if (strcmp(a, "--") == 0) {
			dashdash = 1;
			continue;
		}
		if (cli_is_help(a)) {
			free(paths);
			fputs(cli_usage_ingest, stdout);
			return cli_finish_output();
		}
		if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
			st.quiet = 1;
			continue;
		}
		rc = cli_opt_value("ingest", argc, argv, &i, "--format", &v);
		if (rc == 0)
			rc = cli_usage_error("ingest", "unknown option '%s'", a);
		else if (rc > 0 && !parse_format(v, &iopts.format))
			rc = cli_usage_error("ingest", "unknown format '%s' (text, html, jsonl)", v);
		else
			rc = CLI_EXIT_OK;
		if (rc != CLI_EXIT_OK) {
			free(paths);
			return CLI_EXIT_USAGE;
		}
	}
	if (!npaths) {
		free(paths);
		return cli_usage_error("ingest", "no input given (a file, a directory or '-')");
	}

	memset(&err, 0, sizeof err);
	rc = ent_extractor_new(&st.x, &xopts, &err);
	if (rc != ENT_OK) {
		cli_error("cannot load the gazetteer: %s", err.msg[0] ? err.msg : ent_strerror(rc));
		free(paths);
		return rc == ENT_ENOMEM ? CLI_EXIT_STORE : CLI_EXIT_INPUT;
	}
	status = cli_open_store(ctx, 0, &st.store);
	if (status != CLI_EXIT_OK) {
		ent_extractor_free(st.x);
		free(paths);
		return status;
	}
	if (ent_fact_list_new(&st.facts) != ENT_OK) {
		cli_error("out of memory");
		ent_store_free(st.store);
		ent_extractor_free(st.x);
		free(paths);
		return CLI_EXIT_STORE;
	}

	st.progress = !st.quiet && isatty(STDERR_FILENO);
	if (st.progress)
		for (p = 0; p < npaths; p++)
			st.total += scan_bytes(paths[p], 0);

	for (p = 0; p < npaths && !st.failed; p++) {
		size_t nbad = 0, before = st.skipped;
		rc = ent_ingest_path(paths[p], &iopts, on_doc, on_error, &st, &nbad);
		/* inputs counted by the module but not reported to us */
		if (nbad > st.skipped - before)
			st.skipped = before + nbad;
		if (rc < 0 && !st.failed) {
			if (st.skipped == before) {
				struct stat sb;
				progress_break(&st);
				if (strcmp(paths[p], "-") != 0 && stat(paths[p], &sb) != 0)
					cli_error("%s: %s", paths[p], strerror(errno));
				else
					cli_error("%s: cannot read: %s", paths[p], ent_strerror(rc));
				st.skipped++;
			}
			if (rc == ENT_ENOMEM)
				st.failed = CLI_EXIT_STORE;
		}
	}
	draw_progress(&st, 1);
	progress_break(&st);

	k = st.skipped;
	if (!st.quiet)
		cli_error("ingested %zu document%s (%zu already present, %zu skipped), %zu fact%s",
			  st.added, st.added == 1 ? "" : "s", st.present, k, st.nfacts,
			  st.nfacts == 1 ? "" : "s");
	ent_fact_list_free(st.facts);
	ent_store_free(st.store);
	ent_extractor_free(st.x);
	free(paths);
	if (st.failed)
		return st.failed;
	return k ? CLI_EXIT_INPUT : CLI_EXIT_OK;
}
