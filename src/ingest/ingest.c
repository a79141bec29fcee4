/*
 * ingest.c - reading inputs into documents: paths, directories, standard
 * input; the checks every document passes; dispatch to the format decoders.
 *
 * Flow for one input: read it whole (capped at max_doc_bytes) -> detect the
 * format -> check the raw bytes (empty, binary, UTF-8) -> decode (HTML to
 * visible text, JSON lines to one document per line, text as is) ->
 * normalise (normalise.c) -> ent_doc_new -> the caller's callback.
 *
 * Directories are walked in strcmp order of entry names, depth first,
 * skipping names that start with '.'.  Symbolic links to files are
 * followed; symbolic links to directories are not (no cycles), and other
 * non-regular entries (FIFOs, sockets, devices) inside directories are
 * skipped.  A path named on the command line is read whatever it is.
 */
#include "ingest/ingest_internal.h"
#include "util/alloc.h"

#include <libxml/parser.h>

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define READ_CHUNK 65536

void ent_ingest__report(ent_ingest__ctx *ctx, const char *source, int code, const char *fmt,
			...)
{
	char small[512], *msg = small;
	va_list ap;
	int n;
	if (ctx->nbad)
		(*ctx->nbad)++;
	if (!ctx->ecb)
		return;
	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof small) {
		char *big = ent__malloc((size_t)n + 1);
		if (big) {
			va_start(ap, fmt);
			vsnprintf(big, (size_t)n + 1, fmt, ap);
			va_end(ap);
			msg = big;
		}
	} else if (n < 0) {
		snprintf(small, sizeof small, "%s: %s", source, ent_strerror(code));
	}
	ctx->ecb(source, code, msg, ctx->payload);
	if (msg != small)
		ent__free(msg);
}

int ent_ingest__check(ent_ingest__ctx *ctx, const char *source, const char *data, size_t len,
		      size_t base, const char *what, int utf8)
{
	size_t bad;
	if (ent_ingest__is_blank(data, len)) {
		ent_ingest__report(ctx, source, ENT_EPARSE, "%s: empty document", source);
		return 0;
	}
	if (ent_ingest__is_binary(data, len)) {
		ent_ingest__report(ctx, source, ENT_EPARSE, "%s: binary %s, not text", source, what);
		return 0;
	}
	if (utf8 && !ent_utf8_valid(data, len, &bad)) {
		ent_ingest__report(ctx, source, ENT_EPARSE, "%s: invalid UTF-8 at byte %zu", source,
				   base + bad);
		return 0;
	}
	return 1;
}

static int too_big(ent_ingest__ctx *ctx, const char *source)
{
	ent_ingest__report(ctx, source, ENT_ETOOBIG, "%s: document too large (limit %zu bytes)",
			   source, ctx->max);
	return ENT_OK;
}

int ent_ingest__emit(ent_ingest__ctx *ctx, const char *text, size_t len, const char *source,
		     const char *title, const char *published, ent_format format, size_t line)
{
	ent_buf norm;
	ent_doc *doc = NULL;
	int rc;
	ent_buf_init(&norm, ctx->max);
	rc = ent_ingest__normalise(&norm, text, len);
	if (rc == ENT_ETOOBIG) {
		ent_buf_destroy(&norm);
		return too_big(ctx, source);
	}
	if (rc) {
		ent_buf_destroy(&norm);
		return rc;
	}
	if (norm.len == 0) {
		ent_buf_destroy(&norm);
		ent_ingest__report(ctx, source, ENT_EPARSE, "%s: empty document", source);
		return ENT_OK;
	}
	rc = ent_doc_new(&doc, ent_buf_cstr(&norm), norm.len, source, title, published);
	ent_buf_destroy(&norm);
	if (rc)
		return rc;
	doc->format = format;
	doc->line = line;
	rc = ctx->cb ? ctx->cb(doc, ctx->payload) : 0;
	ent_doc_free(doc);
	return rc;
}

static int do_html(ent_ingest__ctx *ctx, const char *data, size_t len, const char *source)
{
	ent_buf out;
	char *title = NULL, date[11], why[160];
	int rc;
	ent_buf_init(&out, ctx->max);
	rc = ent_ingest__html_text(data, len, &out, &title, date, why);
	if (rc == ENT_OK) {
		rc = ent_ingest__emit(ctx, ent_buf_cstr(&out), out.len, source, title,
				      date[0] ? date : NULL, ENT_FORMAT_HTML, 0);
	} else if (rc == ENT_ETOOBIG) {
		rc = too_big(ctx, source);
	} else if (rc == ENT_EPARSE) {
		ent_ingest__report(ctx, source, ENT_EPARSE, "%s: %s", source, why);
		rc = ENT_OK;
	}
	ent__free(title);
	ent_buf_destroy(&out);
	return rc;
}

int ent_ingest__buffer(ent_ingest__ctx *ctx, const char *data, size_t len, const char *source)
{
	ent_format fmt;
	char date[11];
	if (len > ctx->max)
		return too_big(ctx, source);
	fmt = ctx->format != ENT_FORMAT_AUTO ? ctx->format
					     : ent_ingest__detect(source, data, len);
	/* JSON lines are checked for UTF-8 line by line, so that one bad
	 * line does not cost the others */
	if (!ent_ingest__check(ctx, source, data, len, 0, "file", fmt != ENT_FORMAT_JSONL))
		return ENT_OK;
	switch (fmt) {
	case ENT_FORMAT_HTML:
		return do_html(ctx, data, len, source);
	case ENT_FORMAT_JSONL:
		return ent_ingest__jsonl(ctx, data, len, source);
	default:
		if (!ent_ingest__text_date(data, len, date))
			date[0] = '\0';
		return ent_ingest__emit(ctx, data, len, source, NULL, date[0] ? date : NULL,
					ENT_FORMAT_TEXT, 0);
	}
}

static void init_ctx(ent_ingest__ctx *ctx, const ent_ingest_options *opts, ent_doc_cb cb,
		     ent_ingest_error_cb ecb, void *payload, size_t *nbad)
{
	ctx->format = opts ? opts->format : ENT_FORMAT_AUTO;
	ctx->max = (opts && opts->max_doc_bytes) ? opts->max_doc_bytes : ENT_INGEST_DEFAULT_MAX;
	ctx->cb = cb;
	ctx->ecb = ecb;
	ctx->payload = payload;
	ctx->nbad = nbad;
	/* idempotent; done here so the first HTML parse does not race to do it */
	xmlInitParser();
}

int ent_ingest_buffer(const char *data, size_t len, const char *source,
		      const ent_ingest_options *opts, ent_doc_cb cb, ent_ingest_error_cb ecb,
		      void *payload, size_t *nbad)
{
	ent_ingest__ctx ctx;
	if (!data && len)
		return ENT_EUSAGE;
	init_ctx(&ctx, opts, cb, ecb, payload, nbad);
	return ent_ingest__buffer(&ctx, data ? data : "", len, source ? source : "-");
}

static int cannot_read(ent_ingest__ctx *ctx, const char *path, int err)
{
	int code = err == ENOENT ? ENT_ENOTFOUND : ENT_EIO;
	ent_ingest__report(ctx, path, code, "%s: cannot read: %s", path, strerror(err));
	return code;
}

/*
 * Read a whole stream into @p b (limit = ctx->max).
 * @return ENT_OK, ENT_ETOOBIG, ENT_ENOMEM, or ENT_EIO with errno in *err.
 */
static int read_stream(FILE *f, ent_buf *b, int *err)
{
	char *chunk = ent__malloc(READ_CHUNK);
	int rc = ENT_OK;
	if (!chunk)
		return ENT_ENOMEM;
	for (;;) {
		size_t n = fread(chunk, 1, READ_CHUNK, f);
		if (n)
			rc = ent_buf_put(b, chunk, n);
		if (rc)
			break;
		if (n < READ_CHUNK) {
			if (ferror(f)) {
				*err = errno ? errno : EIO;
				rc = ENT_EIO;
			}
			break;
		}
	}
	ent__free(chunk);
	return rc;
}

/*
 * Read one file (or stdin for "-") and decode it.  Problems reading it are
 * reported; @p top says the user named it (an unopenable top-level path
 * also makes ent_ingest_path fail).
 */
static int ingest_file(ent_ingest__ctx *ctx, const char *path, int top)
{
	ent_buf b;
	FILE *f;
	int rc, err = 0, is_stdin = strcmp(path, "-") == 0;
	struct stat st;
	if (is_stdin) {
		f = stdin;
	} else {
		f = fopen(path, "rb");
		if (!f) {
			rc = cannot_read(ctx, path, errno);
			return top ? rc : ENT_OK;
		}
		if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) &&
		    (unsigned long long)st.st_size > (unsigned long long)ctx->max) {
			fclose(f);
			return too_big(ctx, path);
		}
	}
	ent_buf_init(&b, ctx->max);
	errno = 0;
	rc = read_stream(f, &b, &err);
	if (!is_stdin)
		fclose(f);
	if (rc == ENT_ETOOBIG) {
		rc = too_big(ctx, path);
	} else if (rc == ENT_EIO) {
		cannot_read(ctx, path, err);
		rc = ENT_OK;
	} else if (rc == ENT_OK) {
		rc = ent_ingest__buffer(ctx, ent_buf_cstr(&b), b.len, path);
	}
	ent_buf_destroy(&b);
	return rc;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	int slash = dl && dir[dl - 1] == '/';
	char *p = ent__malloc(dl + nl + 2);
	if (!p)
		return NULL;
	memcpy(p, dir, dl);
	if (!slash)
		p[dl++] = '/';
	memcpy(p + dl, name, nl + 1);
	return p;
}

/*
 * The non-hidden entry names of @p path, sorted with strcmp.
 * @return ENT_OK, ENT_ENOMEM, or ENT_EIO with errno in *err.
 */
static int list_dir(const char *path, char ***out, size_t *nout, int *err)
{
	DIR *d = opendir(path);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	int rc = ENT_OK;
	*out = NULL;
	*nout = 0;
	if (!d) {
		*err = errno;
		return ENT_EIO;
	}
	for (;;) {
		errno = 0;
		e = readdir(d);
		if (!e) {
			if (errno) {
				*err = errno;
				rc = ENT_EIO;
			}
			break;
		}
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			size_t nc = cap ? cap * 2 : 32;
			char **p = ent__realloc(names, nc * sizeof *p);
			if (!p) {
				rc = ENT_ENOMEM;
				break;
			}
			names = p;
			cap = nc;
		}
		names[n] = ent__strdup(e->d_name);
		if (!names[n]) {
			rc = ENT_ENOMEM;
			break;
		}
		n++;
	}
	closedir(d);
	if (rc) {
		for (i = 0; i < n; i++)
			ent__free(names[i]);
		ent__free(names);
		return rc;
	}
	if (n)
		qsort(names, n, sizeof *names, cmp_names);
	*out = names;
	*nout = n;
	return ENT_OK;
}

/*
 * Walk directory @p path.  Recursion depth follows the directory tree
 * (bounded by PATH_MAX since links to directories are not followed).
 */
static int walk_dir(ent_ingest__ctx *ctx, const char *path, int top)
{
	char **names;
	size_t n, i;
	int rc, err = 0;
	rc = list_dir(path, &names, &n, &err);
	if (rc == ENT_EIO) {
		rc = cannot_read(ctx, path, err);
		return top ? rc : ENT_OK;
	}
	if (rc)
		return rc;
	for (i = 0; i < n && !rc; i++) {
		char *full = join(path, names[i]);
		struct stat st;
		if (!full) {
			rc = ENT_ENOMEM;
			break;
		}
		if (lstat(full, &st) != 0) {
			cannot_read(ctx, full, errno);
		} else if (S_ISDIR(st.st_mode)) {
			rc = walk_dir(ctx, full, 0);
		} else if (S_ISREG(st.st_mode)) {
			rc = ingest_file(ctx, full, 0);
		} else if (S_ISLNK(st.st_mode)) {
			if (stat(full, &st) != 0)
				cannot_read(ctx, full, errno);
			else if (S_ISREG(st.st_mode))
				rc = ingest_file(ctx, full, 0);
		}
		ent__free(full);
	}
	for (i = 0; i < n; i++)
		ent__free(names[i]);
	ent__free(names);
	return rc;
}

int ent_ingest_path(const char *path, const ent_ingest_options *opts, ent_doc_cb cb,
		    ent_ingest_error_cb ecb, void *payload, size_t *nbad)
{
	ent_ingest__ctx ctx;
	struct stat st;
	if (!path || !*path)
		return ENT_EUSAGE;
	init_ctx(&ctx, opts, cb, ecb, payload, nbad);
	if (strcmp(path, "-") == 0)
		return ingest_file(&ctx, path, 1);
	if (stat(path, &st) != 0)
		return cannot_read(&ctx, path, errno);
	if (S_ISDIR(st.st_mode))
		return walk_dir(&ctx, path, 1);
	return ingest_file(&ctx, path, 1);
}
