/*
 * buf.h - growable byte buffer with an optional size cap (like curl's dynbuf).
 *
 * A buffer is a value the caller places on the stack: ent_buf_init() it,
 * append, then ent_buf_destroy().  The content is always NUL-terminated.
 * Appending past the cap fails with ENT_ETOOBIG and leaves the buffer as it
 * was; on ENT_ENOMEM it is also unchanged.
 */
#ifndef ENT_UTIL_BUF_H
#define ENT_UTIL_BUF_H

#include <stddef.h>

typedef struct ent_buf {
	char *ptr;     /* NUL-terminated content, or NULL while empty */
	size_t len;
	size_t cap;    /* allocated bytes */
	size_t limit;  /* 0 = unlimited */
} ent_buf;

void ent_buf_init(ent_buf *b, size_t limit);
void ent_buf_destroy(ent_buf *b);
/** Empty the buffer, keeping its memory. */
void ent_buf_clear(ent_buf *b);
int ent_buf_put(ent_buf *b, const void *data, size_t n);
int ent_buf_puts(ent_buf *b, const char *s);
int ent_buf_putc(ent_buf *b, char c);
int ent_buf_printf(ent_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/** Append @p s as a JSON string literal (with quotes); NULL gives null. */
int ent_buf_json_str(ent_buf *b, const char *s);
int ent_buf_json_strn(ent_buf *b, const char *s, size_t n);
/** Take ownership of the content (free with ent__free); buffer is reset. */
char *ent_buf_detach(ent_buf *b, size_t *len_out);
/** The content, or "" when empty; borrowed. */
const char *ent_buf_cstr(const ent_buf *b);

#endif
