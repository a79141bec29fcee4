/*
 * test_ingest_helpers.h - shared helpers of the ingest unit tests: a
 * collector for the document and error callbacks, and a scratch directory.
 * Uses the C library's allocator on purpose, so that allocation-failure
 * tests only fail the library's own allocations.
 */
#ifndef ENT_TEST_INGEST_HELPERS_H
#define ENT_TEST_INGEST_HELPERS_H

#include "test.h"
#include "entente/ingest.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define COL_MAX 64

typedef struct {
	char *text;
	size_t len;
	char sha[65];
	char *source, *title, *published;
	int format;
	size_t line;
} col_doc;

typedef struct {
	col_doc docs[COL_MAX];
	int ndocs;
	char *esrc[COL_MAX], *emsg[COL_MAX];
	int ecode[COL_MAX];
	int nerr;
	size_t nbad;
	int stop_at;   /* return stop_rc from the cb when ndocs reaches this (0 = never) */
	int stop_rc;
} collector;

static inline char *col_dup(const char *s)
{
	char *d;
	if (!s)
		return NULL;
	d = malloc(strlen(s) + 1);
	if (d)
		memcpy(d, s, strlen(s) + 1);
	return d;
}

static inline int col_doc_cb(const ent_doc *doc, void *payload)
{
	collector *c = payload;
	col_doc *d;
	if (c->ndocs >= COL_MAX)
		return -100;
	d = &c->docs[c->ndocs++];
	d->text = malloc(doc->len + 1);
	if (d->text) {
		memcpy(d->text, doc->text, doc->len);
		d->text[doc->len] = '\0';
	}
	d->len = doc->len;
	memcpy(d->sha, doc->sha256, 65);
	d->source = col_dup(doc->source);
	d->title = col_dup(doc->title);
	d->published = col_dup(doc->published);
	d->format = (int)doc->format;
	d->line = doc->line;
	if (c->stop_at && c->ndocs == c->stop_at)
		return c->stop_rc;
	return 0;
}

static inline void col_err_cb(const char *source, int code, const char *msg, void *payload)
{
	collector *c = payload;
	if (c->nerr >= COL_MAX)
		return;
	c->esrc[c->nerr] = col_dup(source);
	c->emsg[c->nerr] = col_dup(msg);
	c->ecode[c->nerr] = code;
	c->nerr++;
}

static inline void col_free(collector *c)
{
	int i;
	for (i = 0; i < c->ndocs; i++) {
		free(c->docs[i].text);
		free(c->docs[i].source);
		free(c->docs[i].title);
		free(c->docs[i].published);
	}
	for (i = 0; i < c->nerr; i++) {
		free(c->esrc[i]);
		free(c->emsg[i]);
	}
	memset(c, 0, sizeof *c);
}

/* Ingest @p len bytes named @p source into @p c (fresh); @return the rc. */
static inline int col_buffer(collector *c, const char *data, size_t len, const char *source,
			     const ent_ingest_options *opts)
{
	memset(c, 0, sizeof *c);
	return ent_ingest_buffer(data, len, source, opts, col_doc_cb, col_err_cb, c, &c->nbad);
}

static inline int col_str(collector *c, const char *data, const char *source)
{
	return col_buffer(c, data, strlen(data), source, NULL);
}

static inline int col_path(collector *c, const char *path, const ent_ingest_options *opts)
{
	memset(c, 0, sizeof *c);
	return ent_ingest_path(path, opts, col_doc_cb, col_err_cb, c, &c->nbad);
}

/* 1 when @p s is exactly @p a followed by @p b (reports the mismatch). */
static inline int str_is2(const char *s, const char *a, const char *b)
{
	size_t la = strlen(a);
	if (s && strncmp(s, a, la) == 0 && strcmp(s + la, b) == 0)
		return 1;
	fprintf(stderr, "  got \"%s\", want \"%s%s\"\n", s ? s : "(null)", a, b);
	return 0;
}

/* A fresh scratch directory (free the name, remove with tmp_rmdir). */
static inline char *tmp_dir(void)
{
	const char *base = getenv("TMPDIR");
	char *p = malloc(4096);
	if (!p)
		return NULL;
	snprintf(p, 4096, "%s/entente-ingest-XXXXXX", base && *base ? base : "/tmp");
	if (!mkdtemp(p)) {
		free(p);
		return NULL;
	}
	return p;
}

/* dir/name, malloc'd. */
static inline char *tmp_path(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s", dir, name);
	return p;
}

/* Write @p len bytes to dir/name; @return 0 on success. */
static inline int tmp_write(const char *dir, const char *name, const char *data, size_t len)
{
	char *p = tmp_path(dir, name);
	FILE *f;
	int rc = -1;
	if (!p)
		return -1;
	f = fopen(p, "wb");
	if (f) {
		rc = fwrite(data, 1, len, f) == len ? 0 : -1;
		if (fclose(f))
			rc = -1;
	}
	free(p);
	return rc;
}

static inline int tmp_mkdir(const char *dir, const char *name)
{
	char *p = tmp_path(dir, name);
	int rc = p ? mkdir(p, 0700) : -1;
	free(p);
	return rc;
}

/* Remove @p path and everything under it (links are not followed). */
static inline void tmp_rm_tree(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	if (lstat(path, &st) != 0)
		return;
	if (S_ISDIR(st.st_mode)) {
		d = opendir(path);
		while (d && (e = readdir(d)) != NULL) {
			char *sub;
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			sub = tmp_path(path, e->d_name);
			if (sub)
				tmp_rm_tree(sub);
			free(sub);
		}
		if (d)
			closedir(d);
		rmdir(path);
	} else {
		unlink(path);
	}
}

static inline void tmp_rmdir(char *dir)
{
	if (dir)
		tmp_rm_tree(dir);
	free(dir);
}

#endif
