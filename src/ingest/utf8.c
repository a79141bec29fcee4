/*
 * utf8.c - strict UTF-8 validation (RFC 3629): rejects overlong forms,
 * UTF-16 surrogates (U+D800..U+DFFF), code points past U+10FFFF, stray
 * continuation bytes and sequences cut short.
 */
#include "ingest/ingest_internal.h"

/*
 * Walk the bytes; on the first invalid sequence store the offset of its
 * first byte (the lead byte, or the stray continuation byte) and return 0.
 */
int ent_utf8_valid(const char *s, size_t len, size_t *bad_offset)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
		unsigned char c = p[i];
		size_t need = 0, k;
		unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the 2nd byte */
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			need = 1;
		} else if (c >= 0xE0 && c <= 0xEF) {
			need = 2;
			if (c == 0xE0)
				lo = 0xA0; /* overlong below U+0800 */
			else if (c == 0xED)
				hi = 0x9F; /* surrogates */
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3;
			if (c == 0xF0)
				lo = 0x90; /* overlong below U+10000 */
			else if (c == 0xF4)
				hi = 0x8F; /* past U+10FFFF */
		} else {
			/* 0x80..0xC1 (stray continuation, overlong 2-byte lead)
			 * or 0xF5..0xFF (past U+10FFFF / never valid) */
			goto bad;
		}
		if (len - i - 1 < need)
			goto bad; /* truncated at the end */
		if (p[i + 1] < lo || p[i + 1] > hi)
			goto bad;
		for (k = 2; k <= need; k++)
			if (p[i + k] < 0x80 || p[i + k] > 0xBF)
				goto bad;
		i += need + 1;
		continue;
	bad:
		if (bad_offset)
			*bad_offset = i;
		return 0;
	}
	if (bad_offset)
		*bad_offset = 0;
	return 1;
}
