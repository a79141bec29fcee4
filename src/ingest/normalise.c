/*
 * normalise.c - the normalisation rule and the cheap checks done on every
 * document before it is handed on.
 *
 * Normalisation (the text that is hashed and stored; evidence byte offsets
 * refer to it) changes as little as possible so that bytes stay stable:
 *   1. a leading UTF-8 byte order mark (EF BB BF) is dropped;
 *   2. CRLF and lone CR become LF;
 *   3. whitespace (space, tab, LF, VT, FF) at the very end is stripped.
 * Nothing else changes: no Unicode normalisation, no-break spaces and
 * leading whitespace are kept.  The same text therefore always gives the
 * same sha256, whatever its line endings or trailing blank lines.
 */
#include "ingest/ingest_internal.h"

#include <string.h>

static int is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static size_t bom_len(const char *data, size_t len)
{
	return (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
}

int ent_ingest__is_blank(const char *data, size_t len)
{
	size_t i;
	for (i = bom_len(data, len); i < len; i++)
		if (!is_ws((unsigned char)data[i]))
			return 0;
	return 1;
}

int ent_ingest__is_binary(const char *data, size_t len)
{
	size_t i, n = len < ENT_INGEST_SNIFF_BYTES ? len : ENT_INGEST_SNIFF_BYTES, ctrl = 0;
	/* A NUL anywhere: documents are NUL-terminated strings downstream. */
	if (memchr(data, '\0', len))
		return 1;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)data[i];
		if ((c < 0x20 && !is_ws(c) && c != 0x1B) || c == 0x7F)
			ctrl++;
	}
	return ctrl * 10 > n;
}

int ent_ingest__normalise(ent_buf *out, const char *data, size_t len)
{
	size_t i, start, end;
	int rc = ENT_OK;
	ent_buf_clear(out);
	i = bom_len(data, len);
	end = len;
	while (end > i && is_ws((unsigned char)data[end - 1]))
		end--;
	/* copy runs without CR in one go */
	start = i;
	while (i < end && !rc) {
		if (data[i] != '\r') {
			i++;
			continue;
		}
		rc = ent_buf_put(out, data + start, i - start);
		if (!rc)
			rc = ent_buf_putc(out, '\n');
		i++;
		if (i < end && data[i] == '\n')
			i++;
		start = i;
	}
	if (!rc)
		rc = ent_buf_put(out, data + start, end - start);
	return rc;
}

static int digits(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

int ent_ingest__iso_date(const char *s, size_t len, char out[11])
{
	int month, day;
	if (!s || len < 4 || !digits(s, 4))
		return 0;
	if (len >= 10 && s[4] == '-' && s[7] == '-' && digits(s + 5, 2) && digits(s + 8, 2) &&
	    (len == 10 || (s[10] < '0' || s[10] > '9'))) {
		month = (s[5] - '0') * 10 + (s[6] - '0');
		day = (s[8] - '0') * 10 + (s[9] - '0');
		if (month < 1 || month > 12 || day < 1 || day > 31)
			return 0;
		memcpy(out, s, 10);
		out[10] = '\0';
		return 1;
	}
	if (len >= 7 && s[4] == '-' && digits(s + 5, 2) &&
	    (len == 7 || ((s[7] < '0' || s[7] > '9') && s[7] != '-'))) {
		/* "2024-06": a year and month (stop 59) */
		month = (s[5] - '0') * 10 + (s[6] - '0');
		if (month < 1 || month > 12)
			return 0;
		memcpy(out, s, 7);
		out[7] = '\0';
		return 1;
	}
	if (len == 4 || ((s[4] < '0' || s[4] > '9') && s[4] != '-')) {
		memcpy(out, s, 4);
		out[4] = '\0';
		return 1;
	}
	return 0;
}
