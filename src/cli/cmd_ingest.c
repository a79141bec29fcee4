/*
 * cmd_ingest.c - `entente ingest PATH...|-`: read documents, extract their
 * facts and store each document with its facts atomically.
 *
 * Two threads: a worker reads, decodes and extracts documents (it alone
 * uses the extractor and libxml2) and hands each document's metadata and
 * facts over a bounded queue (QUEUE_MAX items, so memory is bounded by the
 * largest documents, not by the corpus); the main thread stores them in
 * batches (ent_store_set_batch) and prints every message, in input order,
 * exactly as a single thread would.
 *
 * Bad documents (empty, binary, invalid UTF-8, malformed JSON line) are
 * reported by the ingest module through the error callback and skipped; the
 * rest of the batch goes on.  A document already in the store is reported
 * and left alone.  A store failure stops the batch.
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
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
/* Documents are committed in batches of this many documents or this many
 * milliseconds (ent_store_set_batch): short, so that other writers of the
 * same file wait little. */
#define INGEST_BATCH_DOCS 500
#define INGEST_BATCH_MS 200
/* Items (documents, skipped inputs, ends of paths) between the threads. */
#define QUEUE_MAX 64

/* What the worker hands to the main thread, in input order. */
typedef enum item_kind { IT_DOC, IT_SKIP, IT_PATH_END, IT_END } item_kind;

typedef struct item {
	item_kind kind;
	struct item *next;
	ent_doc doc;          /* IT_DOC: metadata only (text NULL), owned strings */
	ent_fact_list *facts; /* IT_DOC: extracted facts, or NULL */
	int rc;               /* IT_DOC: extraction result; IT_SKIP: code;
				 IT_PATH_END: ent_ingest_path's result */
	char *source, *msg;   /* IT_SKIP */
	size_t nbad;          /* IT_PATH_END */
} item;

typedef struct queue {
	pthread_mutex_t mu;
	pthread_cond_t not_empty, not_full;
	item *head, *tail;
	size_t n;
	int stop; /* set by the main thread: the worker ends its walk */
} queue;

/* The worker's inputs: it owns the extractor while it runs. */
typedef struct worker {
	queue *q;
	ent_extractor *x;
	const ent_ingest_options *iopts;
	const char **paths;
	size_t npaths;
} worker;

typedef struct ingest_state {
	ent_extractor *x;
	ent_store *store;
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

static void item_free(item *it)
{
	if (!it)
		return;
	free(it->doc.source);
	free(it->doc.title);
	free(it->doc.published);
	ent_fact_list_free(it->facts);
	free(it->source);
	free(it->msg);
	free(it);
}

static char *dup_or_null(const char *s, int *bad)
{
	char *d;
	if (!s)
		return NULL;
	d = strdup(s);
	if (!d)
		*bad = 1;
	return d;
}

/* Append @p it; waits while the queue is full.  Returns 1 when the main
 * thread asked the worker to stop (then @p it is freed). */
static int queue_push(queue *q, item *it)
{
	int stop;
	pthread_mutex_lock(&q->mu);
	while (q->n >= QUEUE_MAX && !q->stop && it->kind != IT_END)
		pthread_cond_wait(&q->not_full, &q->mu);
	stop = q->stop && it->kind != IT_END;
	if (!stop) {
		if (q->tail)
			q->tail->next = it;
		else
			q->head = it;
		q->tail = it;
		q->n++;
		pthread_cond_signal(&q->not_empty);
	}
	pthread_mutex_unlock(&q->mu);
	if (stop)
		item_free(it);
	return stop;
}

/* Take the next item, waiting up to @p wait_ms when the queue is empty;
 * NULL on timeout. */
static item *queue_pop(queue *q, unsigned wait_ms)
{
	item *it = NULL;
	pthread_mutex_lock(&q->mu);
	if (!q->head) {
		struct timespec until;
		clock_gettime(CLOCK_MONOTONIC, &until);
		until.tv_sec += (time_t)(wait_ms / 1000);
		until.tv_nsec += (long)(wait_ms % 1000) * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		while (!q->head)
			if (pthread_cond_timedwait(&q->not_empty, &q->mu, &until) == ETIMEDOUT)
				break;
	}
	if (q->head) {
		it = q->head;
		q->head = it->next;
		if (!q->head)
			q->tail = NULL;
		q->n--;
		pthread_cond_signal(&q->not_full);
	}
	pthread_mutex_unlock(&q->mu);
	return it;
}

static void queue_stop(queue *q)
{
	pthread_mutex_lock(&q->mu);
	q->stop = 1;
	pthread_cond_broadcast(&q->not_full);
	pthread_mutex_unlock(&q->mu);
}

/* Worker: each decoded document is extracted and queued with its facts. */
static int w_on_doc(const ent_doc *doc, void *payload)
{
	worker *w = payload;
	item *it = calloc(1, sizeof *it);
	int bad = 0;
	if (!it)
		return 1;
	it->kind = IT_DOC;
	it->doc = *doc;
	it->doc.text = NULL; /* the store needs the metadata and length only */
	it->doc.source = dup_or_null(doc->source, &bad);
	it->doc.title = dup_or_null(doc->title, &bad);
	it->doc.published = dup_or_null(doc->published, &bad);
	if (bad || ent_fact_list_new(&it->facts) != ENT_OK)
		it->rc = ENT_ENOMEM;
	else
		it->rc = ent_extract(w->x, doc, it->facts);
	return queue_push(w->q, it);
}

static void w_on_error(const char *source, int code, const char *msg, void *payload)
{
	worker *w = payload;
	item *it = calloc(1, sizeof *it);
	int bad = 0;
	if (!it)
		return;
	it->kind = IT_SKIP;
	it->rc = code;
	it->source = dup_or_null(source, &bad);
	it->msg = dup_or_null(msg, &bad);
	queue_push(w->q, it);
}

static void *worker_main(void *payload)
{
	worker *w = payload;
	size_t p;
	for (p = 0; p < w->npaths; p++) {
		size_t nbad = 0;
		int rc = ent_ingest_path(w->paths[p], w->iopts, w_on_doc, w_on_error, w, &nbad);
		item *it = calloc(1, sizeof *it);
		if (!it)
			break;
		it->kind = IT_PATH_END;
		it->rc = rc;
		it->nbad = nbad;
		if (queue_push(w->q, it))
			break;
	}
	for (;;) { /* the end marker is always delivered */
		item *it = calloc(1, sizeof *it);
		if (it) {
			it->kind = IT_END;
			queue_push(w->q, it);
			break;
		}
		sleep(1);
	}
	return NULL;
}

/* Main thread: store one extracted document (in the open batch). */
static void on_doc(ingest_state *st, const item *it)
{
	const ent_doc *doc = &it->doc;
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
		return;
	}
	if (!have) {
		if (it->rc != ENT_OK) {
			progress_break(st);
			cli_error("%s: extraction failed: %s", name, ent_strerror(it->rc));
			st->failed = CLI_EXIT_INPUT;
			return;
		}
		rc = ent_store_add_document(st->store, doc, it->facts, &added);
		if (rc != ENT_OK) {
			progress_break(st);
			cli_error("%s: cannot store: %s", name, ent_store_errmsg(st->store));
			st->failed = CLI_EXIT_STORE;
			return;
		}
	}
	if (added) {
		st->added++;
		st->nfacts += it->facts->n;
	} else {
		st->present++;
		progress_break(st);
		cli_error("%s: already ingested", name);
	}
	draw_progress(st, 0);
}

static void on_error(ingest_state *st, const char *source, int code, const char *msg)
{
	size_t n = source ? strlen(source) : 0;
	st->skipped++;
	progress_break(st);
	if (msg && source && strncmp(msg, source, n) == 0)
		cli_error("%s", msg);
	else
		cli_error("%s: %s", source ? source : "-", msg ? msg : ent_strerror(code));
}

/* Main thread: the end of input path @p path; @p before is the skipped
 * count when the path began. */
static void on_path_end(ingest_state *st, const char *path, int rc, size_t nbad, size_t before)
{
	/* inputs counted by the module but not reported to us */
	if (nbad > st->skipped - before)
		st->skipped = before + nbad;
	if (rc < 0 && !st->failed) {
		if (st->skipped == before) {
			struct stat sb;
			progress_break(st);
			if (strcmp(path, "-") != 0 && stat(path, &sb) != 0)
				cli_error("%s: %s", path, strerror(errno));
			else
				cli_error("%s: cannot read: %s", path, ent_strerror(rc));
			st->skipped++;
		}
		if (rc == ENT_ENOMEM)
			st->failed = CLI_EXIT_STORE;
	}
}

/* Main thread: take the worker's items in order until its end marker.
 * While no item comes, the open batch is committed so that other writers
 * are not kept waiting.  After a failure the rest is drained unprinted. */
static void consume(ingest_state *st, queue *q, const char **paths)
{
	size_t p = 0, before = 0;
	for (;;) {
		item *it = queue_pop(q, INGEST_BATCH_MS);
		if (!it) {
			if (!st->failed && ent_store_commit(st->store) != ENT_OK) {
				progress_break(st);
				cli_error("%s", ent_store_errmsg(st->store));
				st->failed = CLI_EXIT_STORE;
			}
			continue;
		}
		if (it->kind == IT_END) {
			item_free(it);
			break;
		}
		if (!st->failed) {
			if (it->kind == IT_DOC) {
				on_doc(st, it);
			} else if (it->kind == IT_SKIP) {
				on_error(st, it->source, it->rc, it->msg);
			} else if (it->kind == IT_PATH_END) {
				on_path_end(st, paths[p], it->rc, it->nbad, before);
				p++;
				before = st->skipped;
			}
			if (st->failed)
				queue_stop(q);
		}
		item_free(it);
	}
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
	if (ent_store_set_batch(st.store, INGEST_BATCH_DOCS, INGEST_BATCH_MS) != ENT_OK) {
		cli_error("%s", ent_store_errmsg(st.store));
		ent_store_free(st.store);
		ent_extractor_free(st.x);
		free(paths);
		return CLI_EXIT_STORE;
	}
	st.progress = !st.quiet && isatty(STDERR_FILENO);
	if (st.progress)
		for (p = 0; p < npaths; p++)
			st.total += scan_bytes(paths[p], 0);

	{
		queue q;
		worker w;
		pthread_t tid;
		pthread_condattr_t ca;
		int terr;
		memset(&q, 0, sizeof q);
		memset(&w, 0, sizeof w);
		pthread_mutex_init(&q.mu, NULL);
		pthread_condattr_init(&ca);
		pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
		pthread_cond_init(&q.not_empty, &ca);
		pthread_cond_init(&q.not_full, NULL);
		pthread_condattr_destroy(&ca);
		w.q = &q;
		w.x = st.x; /* the worker alone uses it until joined */
		w.iopts = &iopts;
		w.paths = paths;
		w.npaths = npaths;
		terr = pthread_create(&tid, NULL, worker_main, &w);
		if (terr != 0) {
			cli_error("cannot start the reading thread: %s", strerror(terr));
			st.failed = CLI_EXIT_STORE;
		} else {
			consume(&st, &q, paths);
			pthread_join(tid, NULL);
		}
		pthread_cond_destroy(&q.not_empty);
		pthread_cond_destroy(&q.not_full);
		pthread_mutex_destroy(&q.mu);
	}
	if (ent_store_commit(st.store) != ENT_OK) {
		progress_break(&st);
		cli_error("%s", ent_store_errmsg(st.store));
		st.failed = CLI_EXIT_STORE;
	}
	draw_progress(&st, 1);
	progress_break(&st);

	k = st.skipped;
	if (!st.quiet)
		cli_error("ingested %zu document%s (%zu already present, %zu skipped), %zu fact%s",
			  st.added, st.added == 1 ? "" : "s", st.present, k, st.nfacts,
			  st.nfacts == 1 ? "" : "s");
	ent_store_free(st.store);
	ent_extractor_free(st.x);
	free(paths);
	if (st.failed)
		return st.failed;
	return k ? CLI_EXIT_INPUT : CLI_EXIT_OK;
}
