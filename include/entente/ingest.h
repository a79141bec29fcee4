/*
 * ingest.h - reading inputs into documents.
 *
 * Files, directories (recursive, in sorted order) and standard input ("-").
 * Formats are detected per file: plain text, HTML (visible text only, table
 * rows kept as "cell | cell |" lines) and JSON lines ({url, title, published,
 * text} per line).  Text is checked for valid UTF-8 and normalised (BOM
 * removed, CRLF/CR to LF, NUL-free), then hashed.
 *
 * Each good document is handed to the caller's callback; each bad one
 * (empty, binary, invalid UTF-8, malformed JSON line, unreadable file) is
 * reported to the error callback with a message naming the input (and the
 * byte offset or line) and skipped.  Nothing of a bad document reaches the
 * document callback.
 */
#ifndef ENTENTE_INGEST_H
#define ENTENTE_INGEST_H

#include "entente/doc.h"
#include "entente/errors.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Called for each document; @p doc is borrowed for the call.  Return
 * non-zero to stop the walk (that value is returned by ent_ingest_path). */
typedef int (*ent_doc_cb)(const ent_doc *doc, void *payload);
/** Called for each input that is skipped; @p msg is one line naming it. */
typedef void (*ent_ingest_error_cb)(const char *source, int code, const char *msg,
				     void *payload);

typedef struct ent_ingest_options {
	unsigned int version;    /**< ENT_INGEST_OPTIONS_VERSION */
	ent_format format;       /**< ENT_FORMAT_AUTO to detect per file */
	size_t max_doc_bytes;    /**< cap on one document; 0 = default (256 MiB) */
} ent_ingest_options;

#define ENT_INGEST_OPTIONS_VERSION 1
#define ENT_INGEST_OPTIONS_INIT {ENT_INGEST_OPTIONS_VERSION, ENT_FORMAT_AUTO, 0}

/**
 * Read @p path (a file, a directory walked recursively, or "-" for stdin)
 * and hand every document found to @p cb.
 *
 * @p cb, @p ecb and @p nbad may be NULL.  Every message given to @p ecb
 * starts with its @p source argument ("PATH" or, for JSON lines,
 * "PATH:LINE") followed by ": ".
 *
 * @return ENT_OK when every input was read (bad documents are reported to
 *         @p ecb and counted in @p nbad, not returned), the callback's
 *         non-zero value if it stopped the walk, or a negative ENT_E* code
 *         when @p path itself cannot be opened (ENT_ENOTFOUND, ENT_EIO; it
 *         is then also reported to @p ecb and counted), ENT_ENOMEM, or
 *         ENT_EUSAGE for a NULL or empty @p path.
 */
int ent_ingest_path(const char *path, const ent_ingest_options *opts, ent_doc_cb cb,
		    ent_ingest_error_cb ecb, void *payload, size_t *nbad);

/**
 * Decode one in-memory input into documents (the same work ent_ingest_path
 * does for a file).  @p source names it in messages and in the documents.
 * @return as ent_ingest_path.
 */
int ent_ingest_buffer(const char *data, size_t len, const char *source,
		      const ent_ingest_options *opts, ent_doc_cb cb, ent_ingest_error_cb ecb,
		      void *payload, size_t *nbad);

/**
 * Check @p len bytes for valid UTF-8 (no overlongs, surrogates or code
 * points past U+10FFFF).  @return 1 when valid; 0 otherwise with the offset
 * of the first bad byte in @p bad_offset (if not NULL): the first byte of
 * the first invalid or truncated sequence, or a stray continuation byte.
 */
int ent_utf8_valid(const char *s, size_t len, size_t *bad_offset);

#ifdef __cplusplus
}
#endif
#endif
