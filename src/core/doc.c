/*
 * doc.c - documents: creation with their sha256 idempotency key.
 */
#include "entente/doc.h"
#include "entente/errors.h"
#include "util/alloc.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

static int sha256_hex(char out[65], const char *data, size_t len)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0, i;
	static const char hex[] = "0123456789abcdef";
	if (!EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL) || mdlen != 32)
		return ENT_ERROR;
	for (i = 0; i < mdlen; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[64] = '\0';
	return ENT_OK;
}

int ent_doc_new(ent_doc **out, const char *text, size_t len, const char *source,
		const char *title, const char *published)
{
	ent_doc *d = ent__calloc(1, sizeof *d);
	*out = NULL;
	if (!d)
		return ENT_ENOMEM;
	d->grade = 'F';
	d->format = ENT_FORMAT_TEXT;
	d->text = ent__strndup(text ? text : "", text ? len : 0);
	d->len = text ? len : 0;
	d->source = ent__strdup(source ? source : "-");
	d->title = ent__strdup(title);
	d->published = ent__strdup(published);
	if (!d->text || !d->source || (title && !d->title) || (published && !d->published)) {
		ent_doc_free(d);
		return ENT_ENOMEM;
	}
	if (sha256_hex(d->sha256, d->text, d->len)) {
		ent_doc_free(d);
		return ENT_ERROR;
	}
	*out = d;
	return ENT_OK;
}

void ent_doc_free(ent_doc *d)
{
	if (!d)
		return;
	ent__free(d->text);
	ent__free(d->source);
	ent__free(d->title);
	ent__free(d->published);
	ent__free(d);
}

int ent_doc_month(const ent_doc *d)
{
	const char *p;
	int m;
	if (!ent_doc_year(d))
		return 0;
	p = d->published;
	if (p[4] != '-' || p[5] < '0' || p[5] > '1' || p[6] < '0' || p[6] > '9')
		return 0;
	m = (p[5] - '0') * 10 + (p[6] - '0');
	return m >= 1 && m <= 12 ? m : 0;
}

int ent_doc_year(const ent_doc *d)
{
	int y = 0, i;
	if (!d || !d->published)
		return 0;
	for (i = 0; i < 4; i++) {
		char c = d->published[i];
		if (c < '0' || c > '9')
			return 0;
		y = y * 10 + (c - '0');
	}
	return (y >= 1900 && y <= 2100) ? y : 0;
}
