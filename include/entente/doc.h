/*
 * doc.h - a document as ingest hands it on: normalised UTF-8 text plus the
 * metadata the store keeps (source, title, published date, grade, hash).
 */
#ifndef ENTENTE_DOC_H
#define ENTENTE_DOC_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ent_format {
	ENT_FORMAT_AUTO = 0,
	ENT_FORMAT_TEXT,
	ENT_FORMAT_HTML,
	ENT_FORMAT_JSONL
} ent_format;

typedef struct ent_doc {
	char *text;          /**< normalised UTF-8 text, NUL-terminated */
	size_t len;          /**< bytes of text, without the NUL */
	char sha256[65];     /**< hex digest of text: the idempotency key */
	char *source;        /**< path, URL or "-" (stdin) */
	char *title;         /**< or NULL */
	char *published;     /**< "YYYY-MM-DD" (or a prefix "YYYY") or NULL */
	char grade;          /**< source reliability A-F; 'F' = cannot be judged */
	ent_format format;   /**< the format the text was decoded from */
	size_t line;         /**< line within source for JSON lines, else 0 */
} ent_doc;

/**
 * Create a document from already-normalised text: copies every input and
 * computes the sha256.  @param[out] out owned by the caller: ent_doc_free.
 * @return ENT_OK or ENT_ENOMEM.
 */
int ent_doc_new(ent_doc **out, const char *text, size_t len, const char *source,
		const char *title, const char *published);
void ent_doc_free(ent_doc *doc);

/**
 * The year of the document's published date, or 0 when unknown.
 */
int ent_doc_year(const ent_doc *doc);

/**
 * The month (1-12) of the document's published date when it is written
 * YYYY-MM..., or 0 when unknown.
 */
int ent_doc_month(const ent_doc *doc);

#ifdef __cplusplus
}
#endif
#endif
