/*
 * ingest_internal.h - declarations shared by the files of the ingest module
 * (ingest.c, detect.c, normalise.c, html.c, jsonl.c, text.c, utf8.c).
 * Nothing here is public; tests may include it.
 *
 * Message rule: every message handed to the error callback is one line that
 * starts with the same name as the callback's `source` argument ("PATH" or
 * "PATH:LINE"), then ": ", then what is wrong.
 */
#ifndef ENT_INGEST_INTERNAL_H
#define ENT_INGEST_INTERNAL_H

#include "entente/ingest.h"
#include "util/buf.h"

#include <stddef.h>

/** Default cap on one document (and on one input read into memory). */
#define ENT_INGEST_DEFAULT_MAX ((size_t)256 * 1024 * 1024)

/** Bytes looked at by the binary sniffer. */
#define ENT_INGEST_SNIFF_BYTES 8192

/** State of one ent_ingest_path / ent_ingest_buffer call. */
typedef struct ent_ingest__ctx {
	ent_format format;       /* forced format, or ENT_FORMAT_AUTO */
	size_t max;              /* cap on one document, never 0 */
	ent_doc_cb cb;
	ent_ingest_error_cb ecb;
	void *payload;
	size_t *nbad;            /* may be NULL */
} ent_ingest__ctx;

/* ingest.c */

/**
 * Report a skipped input: format the message, call ctx->ecb (if any) with
 * @p source and @p code, and count it in ctx->nbad.  Never fails (falls back
 * to a truncated message when memory is short).
 */
void ent_ingest__report(ent_ingest__ctx *ctx, const char *source, int code, const char *fmt,
			...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;

/**
 * Check raw document bytes (empty, binary, and invalid UTF-8 when @p utf8)
 * and report the first problem.  @p base is added to UTF-8 offsets in the
 * message (the position of @p data in its file).  @p what is "file" or
 * "data" for the binary message.  @return 1 when the bytes are fine, 0 when
 * reported.
 */
int ent_ingest__check(ent_ingest__ctx *ctx, const char *source, const char *data, size_t len,
		      size_t base, const char *what, int utf8);

/**
 * Normalise checked text (see normalise.c), make a document and hand it to
 * the callback; the document is freed afterwards.  A text that normalises
 * to nothing is reported as empty.
 * @return ENT_OK, ENT_ENOMEM, or the callback's non-zero value.
 */
int ent_ingest__emit(ent_ingest__ctx *ctx, const char *text, size_t len, const char *source,
		     const char *title, const char *published, ent_format format, size_t line);

/** Decode one in-memory input with @p ctx (ent_ingest_buffer's work). */
int ent_ingest__buffer(ent_ingest__ctx *ctx, const char *data, size_t len, const char *source);

/* detect.c */

/** The format of @p name by its extension (case-insensitive), or ENT_FORMAT_AUTO. */
ent_format ent_ingest__format_by_name(const char *name);
/** The format of @p data by sniffing its start; never ENT_FORMAT_AUTO. */
ent_format ent_ingest__format_by_content(const char *data, size_t len);
/** By name first, then by content; never ENT_FORMAT_AUTO. */
ent_format ent_ingest__detect(const char *name, const char *data, size_t len);

/* normalise.c */

/** 1 when @p len bytes are only ASCII whitespace (after an optional BOM). */
int ent_ingest__is_blank(const char *data, size_t len);
/** 1 when @p data looks binary: a NUL anywhere, or more than 1 in 10 of the
 * first ENT_INGEST_SNIFF_BYTES bytes are control characters. */
int ent_ingest__is_binary(const char *data, size_t len);
/**
 * Normalise @p len bytes of UTF-8 into @p out (cleared first): drop a
 * leading BOM, CRLF and lone CR to LF, strip trailing whitespace at the end.
 * @return ENT_OK, ENT_ENOMEM or ENT_ETOOBIG (out's limit).
 */
int ent_ingest__normalise(ent_buf *out, const char *data, size_t len);
/**
 * Copy the date at the start of @p s into @p out when it is ISO
 * "YYYY-MM-DD" (anything may follow, e.g. "T10:00:00Z"), a month
 * "YYYY-MM" or a bare year "YYYY", neither followed by a digit or '-'.
 * @return 1 when copied, else 0.
 */
int ent_ingest__iso_date(const char *s, size_t len, char out[11]);

/* text.c */

/** A "Published: YYYY-MM-DD" / "Date: YYYY-MM-DD" line among the first
 * lines of @p text, copied to @p out.  @return 1 when found. */
int ent_ingest__text_date(const char *text, size_t len, char out[11]);

/* html.c */

/**
 * Visible text of an HTML document (see html.c for the rules).
 * @param[out] out  text (buffer cleared first, its limit applies)
 * @param[out] title owned by the caller (ent__free), or NULL when none
 * @param[out] published "YYYY-MM-DD" / "YYYY" or empty string when none
 * @param[out] why on ENT_EPARSE, what went wrong (for the message)
 * @return ENT_OK, ENT_ENOMEM, ENT_ETOOBIG, or ENT_EPARSE when libxml2 gave
 *         no document or stopped early (nesting over 256 levels).
 */
int ent_ingest__html_text(const char *data, size_t len, ent_buf *out, char **title,
			  char published[11], char why[160]);

/* jsonl.c */

/** 1 when the first non-blank line of @p data is a JSON object with a "text" key. */
int ent_ingest__jsonl_sniff(const char *data, size_t len);
/** Decode JSON lines, one document per non-blank line; bad lines are
 * reported and skipped.  @return as ent_ingest__emit. */
int ent_ingest__jsonl(ent_ingest__ctx *ctx, const char *data, size_t len, const char *source);

#endif
