/*
 * errors.c - ent_strerror and the caller-provided error slot.
 */
#include "entente/errors.h"

#include <stdarg.h>
#include <stdio.h>

const char *ent_strerror(int code)
{
	switch (code) {
	case ENT_OK: return "success";
	case ENT_ENOMEM: return "out of memory";
	case ENT_EPARSE: return "malformed input";
	case ENT_ENOTFOUND: return "not found";
	case ENT_EEXISTS: return "already exists";
	case ENT_EIO: return "input/output error";
	case ENT_ESTORE: return "store error";
	case ENT_EUSAGE: return "invalid arguments";
	case ENT_ETOOBIG: return "input too large";
	default: return "error";
	}
}

int ent_error_set(ent_error *err, int code, const char *fmt, ...)
{
	va_list ap;
	if (!err)
		return code;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return code;
}
