/*
 * gdelt.c - `entente import gdelt`: stream a GDELT event export (plain or
 * zip) through parser threads into the store's GDELT tables.
 *
 * The calling thread reads the file (read(2), or libzip for a zip) into a
 * fixed pool of blocks, cuts each block after its last '\n' (the partial
 * line moves to the next block) and queues it.  Parser threads take blocks
 * in any order, parse each line (gdelt_parse.c), add it to their own
 * aggregate table (gdelt_agg.c) and keep military-cooperation events and
 * the first malformed lines, numbered within their block.  At the end each
 * thread sorts its table into a run in the store's key order; block line
 * counts give global line numbers; the runs are merged while they are
 * written, with the events, in one transaction (sqlite_gdelt.c).  Memory: the
 * block pool (threads + 2 blocks), the tables (one slot per distinct key)
 * and the kept events.  See docs/internals/GDELT.md.
 */
#include "entente/gdelt.h"
#include "import/gdelt_internal.h"
#include "store/store_internal.h"
#include "util/alloc.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#define KEY_SPAN (64 * 1024) /* bytes hashed at each end of the data */
#define DEFAULT_BLOCK ((size_t)4 << 20)
#define MAX_THREADS 8

/* ---- the input: a plain file or the first member of a zip ------------------ */

typedef struct source {
	const char *path;
	int fd;
	zip_t *za;
	zip_file_t *zf;
	int zipped;
} source;

static int source_open(source *src, const char *path, ent_error *err)
{
	unsigned char magic[4];
	ssize_t got;
	memset(src, 0, sizeof *src);
	src->path = path;
	src->fd = open(path, O_RDONLY);
	if (src->fd < 0)
		return ent_error_set(err, ENT_EIO, "%s: %s", path, strerror(errno));
	got = read(src->fd, magic, sizeof magic);
	if (got < 0) {
		int e = errno;
		close(src->fd);
		src->fd = -1;
		return ent_error_set(err, ENT_EIO, "%s: %s", path, strerror(e));
	}
	if (got == 4 && magic[0] == 'P' && magic[1] == 'K' &&
	    ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6))) {
		int zerr = 0;
		close(src->fd);
		src->fd = -1;
		src->zipped = 1;
		src->za = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
		if (!src->za) {
			zip_error_t ze;
			int code;
			zip_error_init_with_code(&ze, zerr);
			code = ent_error_set(err, ENT_EIO,
					     "%s: truncated or damaged zip archive (%s)", path,
					     zip_error_strerror(&ze));
			zip_error_fini(&ze);
			return code;
		}
		if (zip_get_num_entries(src->za, 0) < 1) {
			zip_discard(src->za);
			src->za = NULL;
			return ent_error_set(err, ENT_EPARSE, "%s: the zip archive is empty", path);
		}
		src->zf = zip_fopen_index(src->za, 0, 0);
		if (!src->zf) {
			int code = ent_error_set(err, ENT_EIO, "%s: cannot read the zip member (%s)",
						 path, zip_strerror(src->za));
			zip_discard(src->za);
			src->za = NULL;
			return code;
		}
		return ENT_OK;
	}
	if (lseek(src->fd, 0, SEEK_SET) != 0) {
		int e = errno;
		close(src->fd);
		src->fd = -1;
		return ent_error_set(err, ENT_EIO, "%s: %s", path, strerror(e));
	}
	return ENT_OK;
}

/* Read up to @p n bytes.  @return bytes read, 0 at the end, -1 after @p err. */
static ssize_t source_read(source *src, char *buf, size_t n, ent_error *err)
{
	if (src->zipped) {
		zip_int64_t r = zip_fread(src->zf, buf, n);
		if (r < 0) {
			ent_error_set(err, ENT_EIO, "%s: truncated or damaged zip archive (%s)",
				      src->path, zip_file_strerror(src->zf));
			return -1;
		}
		return (ssize_t)r;
	}
	for (;;) {
		ssize_t r = read(src->fd, buf, n);
		if (r >= 0)
			return r;
		if (errno != EINTR) {
			ent_error_set(err, ENT_EIO, "%s: %s", src->path, strerror(errno));
			return -1;
		}
	}
}

static void source_close(source *src)
{
	if (src->zf)
		zip_fclose(src->zf);
	if (src->za)
		zip_discard(src->za);
	if (src->fd >= 0)
		close(src->fd);
	src->zf = NULL;
	src->za = NULL;
	src->fd = -1;
}

/* ---- blocks, the queue and the parser threads ------------------------------ */

typedef struct block {
	char *buf;            /* block_size + ENT_GDELT__PAD bytes */
	size_t len;
	uint64_t seq;
} block;

typedef struct ring {
	block **v;
	size_t cap, head, n;
} ring;

static void ring_push(ring *r, block *b)
{
	r->v[(r->head + r->n) % r->cap] = b;
	r->n++;
}

static block *ring_pop(ring *r)
{
	block *b = r->v[r->head];
	r->head = (r->head + 1) % r->cap;
	r->n--;
	return b;
}

typedef struct bad_row {
	uint64_t seq, local;
	const char *why;
} bad_row;

typedef struct block_lines {
	uint64_t seq, lines;
} block_lines;

typedef struct chunk {
	struct chunk *next;
	size_t used, cap;
	char data[];
} chunk;

typedef struct shared shared;

typedef struct worker {
	shared *sh;
	pthread_t tid;
	int started;
	ent_gdelt__table table;
	uint64_t rows, rows_v1, malformed;
	bad_row bad[ENT_GDELT_BAD_MAX];
	size_t nbad;
	block_lines *bl;
	size_t nbl, capbl;
	ent_gdelt_event *ev;
	size_t nev, capev;
	chunk *urls;
	int oom;
} worker;

struct shared {
	pthread_mutex_t mu;
	pthread_cond_t cv_full, cv_free;
	ring full, free;
	int done;
};

static char *arena_copy(worker *w, const char *s, size_t n)
{
	chunk *c = w->urls;
	char *d;
	if (!c || c->cap - c->used < n + 1) {
		size_t cap = n + 1 > 65536 ? n + 1 : 65536;
		c = ent__malloc(sizeof *c + cap);
		if (!c)
			return NULL;
		c->next = w->urls;
		c->used = 0;
		c->cap = cap;
		w->urls = c;
	}
	d = c->data + c->used;
	memcpy(d, s, n);
	d[n] = '\0';
	c->used += n + 1;
	return d;
}

static int keep_event(worker *w, const ent_gdelt__row *r)
{
	ent_gdelt_event *e;
	if (w->nev == w->capev) {
		size_t ncap = w->capev ? w->capev * 2 : 256;
		ent_gdelt_event *nv = ent__realloc(w->ev, ncap * sizeof *nv);
		if (!nv)
			return -1;
		w->ev = nv;
		w->capev = ncap;
	}
	e = &w->ev[w->nev];
	memset(e, 0, sizeof *e);
	e->id = r->id;
	e->date = r->sqldate;
	memcpy(e->actor1, r->a1, sizeof e->actor1);
	memcpy(e->actor2, r->a2, sizeof e->actor2);
	memcpy(e->code, r->code, sizeof e->code);
	e->quad = r->quad;
	e->goldstein = r->goldstein;
	e->mentions = r->mentions > INT32_MAX ? INT32_MAX : (int)r->mentions;
	e->sources = r->sources > INT32_MAX ? INT32_MAX : (int)r->sources;
	e->articles = r->articles > INT32_MAX ? INT32_MAX : (int)r->articles;
	e->tone = r->tone;
	e->source_url = arena_copy(w, r->url, r->url_len);
	if (!e->source_url)
		return -1;
	w->nev++;
	return 0;
}

static void add_row(worker *w, const ent_gdelt__row *row)
{
	w->rows++;
	if (row->ncols < 61)
		w->rows_v1++;
	if (ent_gdelt__table_add(&w->table, row) != 0 || (row->military && keep_event(w, row) != 0))
		w->oom = 1;
}

/* Parse every line of @p b (its data ends with '\n'). */
static void parse_block(worker *w, const block *b)
{
	const char *p = b->buf, *end = b->buf + b->len;
	uint64_t local = 0;
	ent_gdelt__row rows[2];
	int cur = 0, pending = 0;

	/* software pipeline: a row's table slot is prefetched, the next row is
	 * parsed while it arrives, then the row is added */
	while (p < end) {
		const char *next, *why = NULL;
		ent_gdelt__row *row = &rows[cur];
		int rc = ent_gdelt__parse_line(p, row, &next, &why);
		local++;
		if (rc == GD_ROW_OK) {
			ent_gdelt__table_prefetch(&w->table, row);
			if (pending)
				add_row(w, &rows[cur ^ 1]);
			pending = 1;
			cur ^= 1;
		} else if (rc == GD_ROW_BAD) {
			w->malformed++;
			if (w->nbad < ENT_GDELT_BAD_MAX) {
				w->bad[w->nbad].seq = b->seq;
				w->bad[w->nbad].local = local;
				w->bad[w->nbad].why = why;
				w->nbad++;
			}
		}
		p = next;
	}
	if (pending)
		add_row(w, &rows[cur ^ 1]);
	if (w->nbl == w->capbl) {
		size_t ncap = w->capbl ? w->capbl * 2 : 64;
		block_lines *nv = ent__realloc(w->bl, ncap * sizeof *nv);
		if (!nv) {
			w->oom = 1;
			return;
		}
		w->bl = nv;
		w->capbl = ncap;
	}
	w->bl[w->nbl].seq = b->seq;
	w->bl[w->nbl].lines = local;
	w->nbl++;
}

static void sort_own(ent_gdelt__table *t);

static void *worker_main(void *arg)
{
	worker *w = arg;
	shared *sh = w->sh;
	for (;;) {
		block *b;
		pthread_mutex_lock(&sh->mu);
		while (sh->full.n == 0 && !sh->done)
			pthread_cond_wait(&sh->cv_full, &sh->mu);
		if (sh->full.n == 0) {
			pthread_mutex_unlock(&sh->mu);
			break;
		}
		b = ring_pop(&sh->full);
		pthread_mutex_unlock(&sh->mu);

		if (!w->oom)
			parse_block(w, b);

		pthread_mutex_lock(&sh->mu);
		ring_push(&sh->free, b);
		pthread_cond_signal(&sh->cv_free);
		pthread_mutex_unlock(&sh->mu);
	}
	/* sorted runs, in parallel; the store's iterator merges them */
	if (!w->oom)
		sort_own(&w->table);
	return NULL;
}

/* ---- the import ------------------------------------------------------------ */

typedef struct job {
	const char *path;
	size_t block_size;
	int nthreads;
	shared sh;
	int sync_ok;
	block *blocks;
	size_t nblocks;
	worker *w;
	source src;
	/* the file key */
	char *head, *tail;
	size_t head_len, tail_len;
	uint64_t bytes, nseq;
	/* merged results */
	ent_gdelt_event *ev;
	size_t nev;
	size_t *pos;            /* aggregate iterator: position in each sorted run */
	uint64_t naggs;         /* aggregates the iterator produced */
} job;

static void key_feed(job *j, const char *d, size_t n)
{
	if (j->head_len < KEY_SPAN) {
		size_t take = KEY_SPAN - j->head_len < n ? KEY_SPAN - j->head_len : n;
		memcpy(j->head + j->head_len, d, take);
		j->head_len += take;
	}
	if (n >= KEY_SPAN) {
		memcpy(j->tail, d + n - KEY_SPAN, KEY_SPAN);
		j->tail_len = KEY_SPAN;
	} else {
		if (j->tail_len + n > KEY_SPAN) {
			size_t drop = j->tail_len + n - KEY_SPAN;
			memmove(j->tail, j->tail + drop, j->tail_len - drop);
			j->tail_len -= drop;
		}
		memcpy(j->tail + j->tail_len, d, n);
		j->tail_len += n;
	}
	j->bytes += n;
}

static int key_make(job *j, ent_gdelt_stats *st, ent_error *err)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0, i;
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	int ok = c && EVP_DigestInit_ex(c, EVP_sha256(), NULL) &&
		 EVP_DigestUpdate(c, j->head, j->head_len) &&
		 EVP_DigestUpdate(c, j->tail, j->tail_len) && EVP_DigestFinal_ex(c, md, &mdlen) &&
		 mdlen == 32;
	char *o;
	EVP_MD_CTX_free(c);
	if (!ok)
		return ent_error_set(err, ENT_ENOMEM, "%s: cannot compute the file key", j->path);
	o = st->key + snprintf(st->key, sizeof st->key, "%llu:", (unsigned long long)j->bytes);
	for (i = 0; i < 32; i++) {
		*o++ = hex[md[i] >> 4];
		*o++ = hex[md[i] & 15];
	}
	*o = '\0';
	return ENT_OK;
}

/* Take a free block, waiting for a parser to release one. */
static block *get_free(job *j)
{
	block *b;
	pthread_mutex_lock(&j->sh.mu);
	while (j->sh.free.n == 0)
		pthread_cond_wait(&j->sh.cv_free, &j->sh.mu);
	b = ring_pop(&j->sh.free);
	pthread_mutex_unlock(&j->sh.mu);
	b->len = 0;
	return b;
}

static void dispatch(job *j, block *b)
{
	b->seq = j->nseq++;
	pthread_mutex_lock(&j->sh.mu);
	ring_push(&j->sh.full, b);
	pthread_cond_signal(&j->sh.cv_full);
	pthread_mutex_unlock(&j->sh.mu);
}

static void give_back(job *j, block *b)
{
	pthread_mutex_lock(&j->sh.mu);
	ring_push(&j->sh.free, b);
	pthread_mutex_unlock(&j->sh.mu);
}

/* Read the whole input into blocks for the parsers. */
static int read_all(job *j, ent_error *err)
{
	block *cur = get_free(j);
	for (;;) {
		ssize_t r = source_read(&j->src, cur->buf + cur->len, j->block_size - cur->len, err);
		block *nxt;
		size_t keep;
		if (r < 0) {
			give_back(j, cur);
			return err->code;
		}
		if (r == 0) {
			if (cur->len == 0) {
				give_back(j, cur);
				return ENT_OK;
			}
			if (cur->buf[cur->len - 1] != '\n')
				cur->buf[cur->len++] = '\n'; /* room: the pad */
			dispatch(j, cur);
			return ENT_OK;
		}
		key_feed(j, cur->buf + cur->len, (size_t)r);
		cur->len += (size_t)r;
		if (cur->len < j->block_size)
			continue;
		for (keep = cur->len; keep > 0 && cur->buf[keep - 1] != '\n'; keep--)
			;
		if (keep == 0) {
			give_back(j, cur);
			return ent_error_set(err, ENT_EPARSE,
					     "%s: a line near byte %llu is longer than %zu bytes: "
					     "not a GDELT event file",
					     j->path, (unsigned long long)(j->bytes - cur->len),
					     j->block_size);
		}
		nxt = get_free(j);
		keep = cur->len - keep; /* bytes after the last '\n' */
		memcpy(nxt->buf, cur->buf + cur->len - keep, keep);
		nxt->len = keep;
		cur->len -= keep;
		dispatch(j, cur);
		cur = nxt;
	}
}

static int job_start(job *j, ent_error *err)
{
	size_t i;
	if (pthread_mutex_init(&j->sh.mu, NULL) != 0)
		return ent_error_set(err, ENT_ERROR, "%s: cannot create a mutex", j->path);
	if (pthread_cond_init(&j->sh.cv_full, NULL) != 0) {
		pthread_mutex_destroy(&j->sh.mu);
		return ent_error_set(err, ENT_ERROR, "%s: cannot create a condition", j->path);
	}
	if (pthread_cond_init(&j->sh.cv_free, NULL) != 0) {
		pthread_cond_destroy(&j->sh.cv_full);
		pthread_mutex_destroy(&j->sh.mu);
		return ent_error_set(err, ENT_ERROR, "%s: cannot create a condition", j->path);
	}
	j->sync_ok = 1;
	j->nblocks = (size_t)j->nthreads + 2;
	j->blocks = ent__calloc(j->nblocks, sizeof *j->blocks);
	j->sh.full.v = ent__calloc(j->nblocks, sizeof *j->sh.full.v);
	j->sh.free.v = ent__calloc(j->nblocks, sizeof *j->sh.free.v);
	j->w = ent__calloc((size_t)j->nthreads, sizeof *j->w);
	j->pos = ent__calloc((size_t)j->nthreads, sizeof *j->pos);
	j->head = ent__malloc(KEY_SPAN);
	j->tail = ent__malloc(KEY_SPAN);
	if (!j->blocks || !j->sh.full.v || !j->sh.free.v || !j->w || !j->pos || !j->head ||
	    !j->tail)
		return ent_error_set(err, ENT_ENOMEM, "%s: out of memory", j->path);
	j->sh.full.cap = j->sh.free.cap = j->nblocks;
	for (i = 0; i < j->nblocks; i++) {
		/* zeroed: the scanner may read into the pad */
		j->blocks[i].buf = ent__calloc(1, j->block_size + ENT_GDELT__PAD);
		if (!j->blocks[i].buf)
			return ent_error_set(err, ENT_ENOMEM, "%s: out of memory", j->path);
		ring_push(&j->sh.free, &j->blocks[i]);
	}
	for (i = 0; i < (size_t)j->nthreads; i++) {
		j->w[i].sh = &j->sh;
		if (pthread_create(&j->w[i].tid, NULL, worker_main, &j->w[i]) != 0)
			return ent_error_set(err, ENT_ERROR, "%s: cannot start a parser thread",
					     j->path);
		j->w[i].started = 1;
	}
	return ENT_OK;
}

/* Tell the parsers the input is over and wait for them. */
static void job_join(job *j)
{
	int i;
	if (!j->sync_ok || !j->w)
		return;
	pthread_mutex_lock(&j->sh.mu);
	j->sh.done = 1;
	pthread_cond_broadcast(&j->sh.cv_full);
	pthread_mutex_unlock(&j->sh.mu);
	for (i = 0; i < j->nthreads; i++)
		if (j->w[i].started) {
			pthread_join(j->w[i].tid, NULL);
			j->w[i].started = 0;
		}
}

static void job_free(job *j)
{
	size_t i;
	job_join(j);
	source_close(&j->src);
	if (j->w) {
		for (i = 0; i < (size_t)j->nthreads; i++) {
			worker *w = &j->w[i];
			ent_gdelt__table_destroy(&w->table);
			ent__free(w->bl);
			ent__free(w->ev);
			while (w->urls) {
				chunk *c = w->urls;
				w->urls = c->next;
				ent__free(c);
			}
		}
	}
	if (j->blocks)
		for (i = 0; i < j->nblocks; i++)
			ent__free(j->blocks[i].buf);
	ent__free(j->blocks);
	ent__free(j->sh.full.v);
	ent__free(j->sh.free.v);
	ent__free(j->w);
	ent__free(j->pos);
	ent__free(j->head);
	ent__free(j->tail);
	ent__free(j->ev);
	if (j->sync_ok) {
		pthread_cond_destroy(&j->sh.cv_free);
		pthread_cond_destroy(&j->sh.cv_full);
		pthread_mutex_destroy(&j->sh.mu);
	}
}

static int cmp_bad(const void *a, const void *b)
{
	const bad_row *x = a, *y = b;
	if (x->seq != y->seq)
		return x->seq < y->seq ? -1 : 1;
	return x->local < y->local ? -1 : x->local > y->local;
}

/* Merge the parsers' counts, bad lines and events into @p st and j->ev (their
 * aggregate tables are merged while they are written: next_agg). */
static int job_merge(job *j, ent_gdelt_stats *st, ent_error *err)
{
	uint64_t *first = NULL; /* first line number of each block */
	bad_row all[ENT_GDELT_BAD_MAX * MAX_THREADS];
	size_t nall = 0, i, k;
	int t;

	first = ent__calloc(j->nseq + 1, sizeof *first);
	if (!first)
		return ent_error_set(err, ENT_ENOMEM, "%s: out of memory", j->path);
	for (t = 0; t < j->nthreads; t++) {
		worker *w = &j->w[t];
		if (w->oom) {
			ent__free(first);
			return ent_error_set(err, ENT_ENOMEM, "%s: out of memory", j->path);
		}
		st->rows += w->rows;
		st->rows_v1 += w->rows_v1;
		st->malformed += w->malformed;
		st->events += w->nev;
		for (i = 0; i < w->nbl; i++)
			first[w->bl[i].seq + 1] = w->bl[i].lines;
		for (i = 0; i < w->nbad; i++)
			all[nall++] = w->bad[i];
	}
	for (i = 1; i <= j->nseq; i++)
		first[i] += first[i - 1];
	st->lines = first[j->nseq];
	qsort(all, nall, sizeof all[0], cmp_bad);
	for (i = 0; i < nall && i < ENT_GDELT_BAD_MAX; i++) {
		st->bad_line[i] = first[all[i].seq] + all[i].local;
		snprintf(st->bad_why[i], sizeof st->bad_why[i], "%s", all[i].why);
	}
	st->nbad = i;
	ent__free(first);

	if (st->events) {
		j->ev = ent__malloc((size_t)st->events * sizeof *j->ev);
		if (!j->ev)
			return ent_error_set(err, ENT_ENOMEM, "%s: out of memory", j->path);
		for (t = 0, k = 0; t < j->nthreads; t++) {
			if (j->w[t].nev)
				memcpy(j->ev + k, j->w[t].ev, j->w[t].nev * sizeof *j->ev);
			k += j->w[t].nev;
		}
		j->nev = k;
	}
	if (st->rows == 0)
		snprintf(st->format, sizeof st->format, "%s", "");
	else if (st->rows_v1 == st->rows)
		snprintf(st->format, sizeof st->format, "%s", "1.0");
	else if (st->rows_v1 == 0)
		snprintf(st->format, sizeof st->format, "%s", "2.0");
	else
		snprintf(st->format, sizeof st->format, "%s", "mixed");
	return ENT_OK;
}

/* Rewrite a packed key (k0, k1) into two integers whose order is the
 * store's primary key order (actor1, actor2, month, root, quad): country
 * and root bytes most significant first. */
static void to_sortable(ent_gdelt__agg *a)
{
	uint64_t k0 = a->k0, k1 = a->k1;
	uint64_t c1 = (k0 & 0xff) << 16 | (k0 >> 8 & 0xff) << 8 | (k0 >> 16 & 0xff);
	uint64_t c2 = (k0 >> 24 & 0xff) << 16 | (k0 >> 32 & 0xff) << 8 | (k0 >> 40 & 0xff);
	uint64_t root = (k0 >> 48 & 0xff) << 8 | (k0 >> 56 & 0xff);
	a->k0 = c1 << 24 | c2;
	a->k1 = (k1 >> 8) << 24 | root << 8 | (k1 & 0xff);
}

static void from_sortable(const ent_gdelt__agg *a, ent_store__gdelt_agg *row)
{
	int i;
	for (i = 0; i < 3; i++) {
		row->a1[i] = (char)(a->k0 >> (40 - 8 * i) & 0xff);
		row->a2[i] = (char)(a->k0 >> (16 - 8 * i) & 0xff);
	}
	row->a1[3] = row->a2[3] = '\0';
	row->root[0] = (char)(a->k1 >> 16 & 0xff);
	row->root[1] = (char)(a->k1 >> 8 & 0xff);
	row->root[2] = row->root[3] = '\0';
	row->ym = (int)(a->k1 >> 24);
	row->quad = (int)(a->k1 & 0xff);
}

static int cmp_agg(const void *pa, const void *pb)
{
	const ent_gdelt__agg *a = pa, *b = pb;
	if (a->k0 != b->k0)
		return a->k0 < b->k0 ? -1 : 1;
	return a->k1 < b->k1 ? -1 : a->k1 > b->k1;
}

/* Move the entries of @p t to its front with sortable keys, in primary key
 * order: a sorted run (t->n entries).  Then the store appends to its B-tree
 * instead of inserting at random places.  The table is no longer a hash
 * table afterwards. */
static void sort_own(ent_gdelt__table *t)
{
	size_t i, k = 0;
	for (i = 0; i < t->cap; i++)
		if (t->v[i].events) {
			t->v[k] = t->v[i];
			to_sortable(&t->v[k++]);
		}
	if (k > 1)
		qsort(t->v, k, sizeof *t->v, cmp_agg);
}

/* Aggregate iterator for ent_store__gdelt_write: merges the parsers'
 * sorted runs, adding up the entries of equal keys. */
static int next_agg(void *payload, ent_store__gdelt_agg *row)
{
	job *j = payload;
	const ent_gdelt__agg *min = NULL;
	ent_gdelt__agg sum;
	int t;
	for (t = 0; t < j->nthreads; t++) {
		const ent_gdelt__table *tb = &j->w[t].table;
		if (j->pos[t] < tb->n && (!min || cmp_agg(&tb->v[j->pos[t]], min) < 0))
			min = &tb->v[j->pos[t]];
	}
	if (!min)
		return 0;
	sum = *min;
	sum.events = sum.mentions = sum.sources = sum.articles = 0;
	sum.goldstein = sum.tone = 0;
	for (t = 0; t < j->nthreads; t++) {
		const ent_gdelt__table *tb = &j->w[t].table;
		const ent_gdelt__agg *a;
		if (j->pos[t] >= tb->n)
			continue;
		a = &tb->v[j->pos[t]];
		if (a->k0 != sum.k0 || a->k1 != sum.k1)
			continue;
		sum.events += a->events;
		sum.mentions += a->mentions;
		sum.sources += a->sources;
		sum.articles += a->articles;
		sum.goldstein += a->goldstein;
		sum.tone += a->tone;
		j->pos[t]++;
	}
	from_sortable(&sum, row);
	row->events = sum.events;
	row->mentions = sum.mentions;
	row->sources = sum.sources;
	row->articles = sum.articles;
	row->goldstein = sum.goldstein;
	row->tone = sum.tone;
	j->naggs++;
	return 1;
}

static int default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		return 1;
	return n > MAX_THREADS ? MAX_THREADS : (int)n;
}

int ent_gdelt_import(ent_store *s, const char *path, const ent_gdelt_options *opts,
		     ent_gdelt_stats *stats, ent_error *err)
{
	static const ent_gdelt_options defaults = ENT_GDELT_OPTIONS_INIT;
	ent_gdelt_stats local;
	ent_error e;
	job j;
	int rc;

	if (!stats)
		stats = &local;
	memset(stats, 0, sizeof *stats);
	memset(&e, 0, sizeof e);
	if (!s || !path || !path[0])
		return ent_error_set(err, ENT_EUSAGE, "ent_gdelt_import: no store or no file");
	if (!opts)
		opts = &defaults;
	if (opts->version != ENT_GDELT_OPTIONS_VERSION || opts->threads < 0 ||
	    opts->threads > 64 || (opts->block_size && opts->block_size < 4096))
		return ent_error_set(err, ENT_EUSAGE, "ent_gdelt_import: invalid options");

	memset(&j, 0, sizeof j);
	j.path = path;
	j.src.fd = -1;
	j.block_size = opts->block_size ? opts->block_size : DEFAULT_BLOCK;
	j.nthreads = opts->threads ? opts->threads : default_threads();

	rc = source_open(&j.src, path, &e);
	if (rc == ENT_OK) {
		stats->zipped = j.src.zipped;
		rc = job_start(&j, &e);
	}
	if (rc == ENT_OK)
		rc = read_all(&j, &e);
	job_join(&j);
	if (rc == ENT_OK)
		rc = job_merge(&j, stats, &e);
	stats->bytes = j.bytes;
	if (rc == ENT_OK && stats->rows == 0) {
		if (stats->nbad)
			rc = ent_error_set(&e, ENT_EPARSE,
					   "%s:%llu: %s: not a GDELT event export (no valid row)",
					   path, (unsigned long long)stats->bad_line[0],
					   stats->bad_why[0]);
		else
			rc = ent_error_set(&e, ENT_EPARSE, "%s: no GDELT event rows", path);
	}
	if (rc == ENT_OK)
		rc = key_make(&j, stats, &e);
	if (rc == ENT_OK) {
		rc = ent_store__gdelt_write(s, path, stats, next_agg, &j, j.ev, j.nev, &e);
		stats->aggregates = j.naggs;
		if (rc != ENT_OK && e.msg[0] && !strstr(e.msg, path)) {
			char m[sizeof e.msg];
			snprintf(m, sizeof m, "%s", e.msg);
			ent_error_set(&e, rc, "%s: %s", path, m);
		}
	}
	job_free(&j);
	if (rc != ENT_OK)
		return ent_error_set(err, rc, "%s", e.msg[0] ? e.msg : ent_strerror(rc));
	return ENT_OK;
}

int ent_gdelt_dyads(ent_store *s, int from_ym, int to_ym, ent_gdelt_dyad **out, size_t *n)
{
	ent_error e;
	if (out)
		*out = NULL;
	if (n)
		*n = 0;
	if (!s || !out || !n)
		return ENT_EUSAGE;
	memset(&e, 0, sizeof e);
	return ent_store__gdelt_dyads(s, from_ym, to_ym, out, n, &e);
}

int ent_gdelt_events(ent_store *s, const char *actor, int from_ym, int to_ym,
		     ent_gdelt_event **out, size_t *n)
{
	ent_error e;
	if (out)
		*out = NULL;
	if (n)
		*n = 0;
	if (!s || !out || !n)
		return ENT_EUSAGE;
	memset(&e, 0, sizeof e);
	return ent_store__gdelt_events(s, actor && actor[0] ? actor : NULL, from_ym, to_ym, out,
				       n, &e);
}

void ent_gdelt_events_free(ent_gdelt_event *v, size_t n)
{
	size_t i;
	if (!v)
		return;
	for (i = 0; i < n; i++)
		ent__free(v[i].source_url);
	ent__free(v);
}
