/*
 * detect.c - format detection: by file-name extension first, then by
 * sniffing the content.
 *
 *   .html .htm -> HTML     .jsonl .ndjson -> JSON lines     .txt .md -> text
 *   otherwise: after leading whitespace (and a BOM), '<' opening one of
 *   html, !doctype, head, body, p, div, table -> HTML; a first non-blank line
 *   that is a JSON object with a "text" key -> JSON lines; else text.
 */
#include "ingest/ingest_internal.h"

#include <string.h>
#include <strings.h>

ent_format ent_ingest__format_by_name(const char *name)
{
	static const struct {
		const char *ext;
		ent_format fmt;
	} exts[] = {
		{".html", ENT_FORMAT_HTML}, {".htm", ENT_FORMAT_HTML},
		{".xhtml", ENT_FORMAT_HTML}, {".jsonl", ENT_FORMAT_JSONL},
		{".ndjson", ENT_FORMAT_JSONL}, {".txt", ENT_FORMAT_TEXT},
		{".md", ENT_FORMAT_TEXT},
	};
	const char *base, *dot;
	size_t i;
	if (!name)
		return ENT_FORMAT_AUTO;
	base = strrchr(name, '/');
	base = base ? base + 1 : name;
	dot = strrchr(base, '.');
	if (!dot || dot == base)
		return ENT_FORMAT_AUTO;
	for (i = 0; i < sizeof exts / sizeof exts[0]; i++)
		if (strcasecmp(dot, exts[i].ext) == 0)
			return exts[i].fmt;
	return ENT_FORMAT_AUTO;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* 1 when data[0..len) starts with "<TAG" followed by a tag-name boundary. */
static int opens_tag(const char *p, size_t len, const char *tag)
{
	size_t n = strlen(tag);
	if (len < n + 1 || p[0] != '<' || strncasecmp(p + 1, tag, n) != 0)
		return 0;
	if (len == n + 1)
		return 1;
	return is_space(p[n + 1]) || p[n + 1] == '>' || p[n + 1] == '/';
}

ent_format ent_ingest__format_by_content(const char *data, size_t len)
{
	static const char *const tags[] = {"html", "!doctype", "head", "body",
					   "p",    "div",      "table"};
	size_t i = 0, k;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && is_space(data[i]))
		i++;
	if (i < len && data[i] == '<') {
		for (k = 0; k < sizeof tags / sizeof tags[0]; k++)
			if (opens_tag(data + i, len - i, tags[k]))
				return ENT_FORMAT_HTML;
	}
	if (i < len && data[i] == '{' && ent_ingest__jsonl_sniff(data, len))
		return ENT_FORMAT_JSONL;
	return ENT_FORMAT_TEXT;
}

ent_format ent_ingest__detect(const char *name, const char *data, size_t len)
{
	ent_format f = ent_ingest__format_by_name(name);
	return f != ENT_FORMAT_AUTO ? f : ent_ingest__format_by_content(data, len);
}
