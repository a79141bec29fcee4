/*
 * errors.h - return codes shared by every entente function.
 *
 * Functions that can fail return int: ENT_OK (0) on success, a negative
 * ENT_E* code on failure.  Where a handle exists, its last error message is
 * kept on the handle (ent_store_errmsg ...); where none exists yet, callers
 * may pass an ent_error to receive a one-line message.
 */
#ifndef ENTENTE_ERRORS_H
#define ENTENTE_ERRORS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
	ENT_OK = 0,
	ENT_ERROR = -1,     /**< generic failure */
	ENT_ENOMEM = -2,    /**< out of memory */
	ENT_EPARSE = -3,    /**< input could not be parsed / is malformed */
	ENT_ENOTFOUND = -4, /**< the thing asked for does not exist */
	ENT_EEXISTS = -5,   /**< already present (e.g. document already ingested) */
	ENT_EIO = -6,       /**< read or write failed */
	ENT_ESTORE = -7,    /**< the store (database) failed */
	ENT_EUSAGE = -8,    /**< the caller passed invalid arguments */
	ENT_ETOOBIG = -9    /**< input exceeds a configured limit */
};

/** Caller-provided error slot for functions that have no handle. */
typedef struct ent_error {
	int code;        /**< the ENT_E* code */
	char msg[512];   /**< one line, NUL-terminated */
} ent_error;

/**
 * A static English description of an ENT_E* code.
 * @param code an ENT_* code
 * @return a string that must not be freed; never NULL
 */
const char *ent_strerror(int code);

/**
 * Fill @p err (if not NULL) with @p code and a printf-style message.
 * @return @p code, so callers can write `return ent_error_set(err, ENT_EPARSE, ...)`.
 */
int ent_error_set(ent_error *err, int code, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

#ifdef __cplusplus
}
#endif
#endif
