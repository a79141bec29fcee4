/*
 * buf.c - growable, capped byte buffer.
 */
#include "util/buf.h"
#include "util/alloc.h"
#include "entente/errors.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void ent_buf_init(ent_buf *b, size_t limit)
{
	b->ptr = NULL;
	b->len = 0;
	b->cap = 0;
	b->limit = limit;
}

void ent_buf_destroy(ent_buf *b)
{
	ent__free(b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
}

void ent_buf_clear(ent_buf *b)
{
	b->len = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
}

static int grow(ent_buf *b, size_t extra)
{
	size_t need, ncap;
	char *p;
	if (extra > (size_t)-1 - b->len - 1)
		return ENT_ETOOBIG;
	need = b->len + extra + 1;
	if (b->limit && need > b->limit + 1)
		return ENT_ETOOBIG;
	if (need <= b->cap)
		return ENT_OK;
	ncap = b->cap ? b->cap : 64;
	while (ncap < need)
		ncap = ncap > ((size_t)-1) / 2 ? need : ncap * 2;
	p = ent__realloc(b->ptr, ncap);
	if (!p)
		return ENT_ENOMEM;
	b->ptr = p;
	b->cap = ncap;
	return ENT_OK;
}

int ent_buf_put(ent_buf *b, const void *data, size_t n)
{
	int rc = grow(b, n);
	if (rc)
		return rc;
	if (n)
		memcpy(b->ptr + b->len, data, n);
	b->len += n;
	b->ptr[b->len] = '\0';
	return ENT_OK;
}

int ent_buf_puts(ent_buf *b, const char *s) { return ent_buf_put(b, s, strlen(s)); }
int ent_buf_putc(ent_buf *b, char c) { return ent_buf_put(b, &c, 1); }

int ent_buf_printf(ent_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n, rc;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return ENT_ERROR;
	rc = grow(b, (size_t)n);
	if (rc)
		return rc;
	va_start(ap, fmt);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return ENT_OK;
}

int ent_buf_json_strn(ent_buf *b, const char *s, size_t n)
{
	size_t i;
	int rc = ent_buf_putc(b, '"');
	for (i = 0; !rc && i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': rc = ent_buf_puts(b, "\\\""); break;
		case '\\': rc = ent_buf_puts(b, "\\\\"); break;
		case '\n': rc = ent_buf_puts(b, "\\n"); break;
		case '\r': rc = ent_buf_puts(b, "\\r"); break;
		case '\t': rc = ent_buf_puts(b, "\\t"); break;
		default:
			if (c < 0x20)
				rc = ent_buf_printf(b, "\\u%04x", c);
			else
				rc = ent_buf_putc(b, (char)c);
		}
	}
	return rc ? rc : ent_buf_putc(b, '"');
}

int ent_buf_json_str(ent_buf *b, const char *s)
{
	if (!s)
		return ent_buf_puts(b, "null");
	return ent_buf_json_strn(b, s, strlen(s));
}

char *ent_buf_detach(ent_buf *b, size_t *len_out)
{
	char *p = b->ptr;
	if (len_out)
		*len_out = b->len;
	if (!p)
		p = ent__strdup("");
	b->ptr = NULL;
	b->len = b->cap = 0;
	return p;
}

const char *ent_buf_cstr(const ent_buf *b) { return b->ptr ? b->ptr : ""; }
