/*
 * clq.h - the C interface of libclq: ask a clq knowledge base questions from any language.
 *
 * A session holds a knowledge base: the built-in one, knowledge-base files, or text. Questions
 * are asked in the clq language and answered with the JSON document that `clq --format json`
 * prints (one object: "query", "results", "diagnostics", and "answer", "count", "total",
 * "assumption" when they apply; the README's "JSON output" section describes every field).
 *
 * Conventions, which hold for every function:
 *
 *  - Strings passed in are NUL-terminated UTF-8. A string that is not valid UTF-8 is refused
 *    with CLQ_INVALID_UTF8; a required pointer that is NULL is refused with CLQ_NULL_ARGUMENT.
 *    Nothing is changed when a call is refused.
 *  - Every function that can fail returns a clq_status: CLQ_OK (0) on success, another value
 *    saying what went wrong. Its last parameter, `error`, may be NULL; when it is not, it
 *    receives NULL on success and, on failure, a clq_error holding the status, a message and
 *    the diagnostics, to be freed with clq_error_free.
 *  - Every string and object returned is owned by the caller and freed with the matching
 *    function: clq_string_free, clq_error_free, clq_session_free. The free functions accept
 *    NULL and do nothing then.
 *  - A session may be used from several threads at once: clq_ask and clq_check never change
 *    it, and clq_session_set_unknown_ends is safe to call beside them. A session must not be
 *    used after clq_session_free.
 *  - Passing a pointer that no function of this library returned, or one already freed, is
 *    undefined behaviour; no other input can crash the host process.
 *
 * This interface is stable: CLQ_API_VERSION changes only when a declaration changes or is
 * removed; functions and status values may be added without changing it.
 */
#ifndef CLQ_H
#define CLQ_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The version of this interface (not of the library: see clq_version). */
#define CLQ_API_VERSION 1

/** What a call did: CLQ_OK, or why it failed. */
typedef enum clq_status {
    /** The call succeeded. */
    CLQ_OK = 0,
    /** A required pointer argument was NULL. */
    CLQ_NULL_ARGUMENT = 1,
    /** A string argument was not valid UTF-8. */
    CLQ_INVALID_UTF8 = 2,
    /** An argument was out of range: unknown flags, an unknown assumption. */
    CLQ_INVALID_ARGUMENT = 3,
    /** A knowledge-base file could not be read; the message names it and says why. */
    CLQ_UNREADABLE_FILE = 4,
    /** The knowledge did not load; the error's diagnostics say why. Nothing was loaded. */
    CLQ_LOAD_FAILED = 5,
    /** The question could not be answered; the error's diagnostics say why. */
    CLQ_QUESTION_FAILED = 6,
    /** Memory for a result could not be allocated. */
    CLQ_OUT_OF_MEMORY = 7
} clq_status;

/** A session on a knowledge base (opaque). */
typedef struct clq_session clq_session;

/** What went wrong in a failed call (opaque): a status, a message and diagnostics. */
typedef struct clq_error clq_error;

/** Flags for the clq_session_open_* functions. */
enum {
    /** Load the built-in knowledge base as well as the given knowledge. */
    CLQ_WITH_BUILTIN = 1
};

/** How a clause's end that the source does not state is read. */
typedef enum clq_unknown_ends {
    /** It may fall on any day after the start: answers that depend on it are "may hold" (the default). */
    CLQ_UNKNOWN_ENDS_UNKNOWN = 0,
    /** It is taken to continue without end; answers that rest on this say so ("assumption"). */
    CLQ_UNKNOWN_ENDS_CONTINUE = 1
} clq_unknown_ends;

/** The library's version, such as "0.1.0": the version `clq --version` prints. Never freed. */
const char *clq_version(void);

/**
 * Opens a session on the built-in knowledge base. Only CLQ_NULL_ARGUMENT can make it fail.
 */
clq_status clq_session_open_builtin(clq_session **out_session, clq_error **error);

/**
 * Opens a session on the knowledge declared in `text`, named `name` in diagnostics
 * ("partners.clq"). `flags` is 0 or CLQ_WITH_BUILTIN. Text that does not load gives
 * CLQ_LOAD_FAILED with every problem found as diagnostics; `*out_session` is then NULL.
 */
clq_status clq_session_open_text(const char *name, const char *text, unsigned int flags,
                                 clq_session **out_session, clq_error **error);

/**
 * Opens a session on the knowledge-base files at `paths` (`count` of them, loaded together, all or
 * nothing), text or compiled (`clq compile`). `flags` is 0 or CLQ_WITH_BUILTIN. A file that cannot
 * be read gives CLQ_UNREADABLE_FILE, knowledge that does not load CLQ_LOAD_FAILED.
 */
clq_status clq_session_open_files(const char *const *paths, size_t count, unsigned int flags,
                                  clq_session **out_session, clq_error **error);

/** Closes a session and frees it. NULL does nothing. */
void clq_session_free(clq_session *session);

/** Sets how the session reads unknown ends for every later question. */
clq_status clq_session_set_unknown_ends(clq_session *session, clq_unknown_ends assumption, clq_error **error);

/**
 * Answers `question`, without changing the session, and sets `*out_json` to its JSON document
 * (free it with clq_string_free). A question that cannot be answered (it does not parse, or names
 * something unknown) gives CLQ_QUESTION_FAILED; `*out_json` is then still set, to the document
 * with its "diagnostics", and the error carries the same diagnostics. On any other failure
 * `*out_json` is NULL.
 */
clq_status clq_ask(const clq_session *session, const char *question, char **out_json, clq_error **error);

/**
 * Checks `text` (a script or knowledge base, named `name` in diagnostics) as `clq check` does, on
 * the session's knowledge, without changing the session. `*out_json` receives an object
 * {"name", "ok", "load_failed", "diagnostics"}: "ok" is false when an error was found. Problems
 * found in the text are not a failure of the call: it returns CLQ_OK.
 */
clq_status clq_check(const clq_session *session, const char *name, const char *text, char **out_json,
                     clq_error **error);

/** The status of a failed call; CLQ_OK for NULL. */
clq_status clq_error_status(const clq_error *error);

/**
 * What went wrong, in words ("question: not valid UTF-8"); for load and question failures, the
 * diagnostics as `file:line:column` messages with carets; no newline at the end. Owned by
 * `error`; "" for NULL.
 */
const char *clq_error_message(const clq_error *error);

/**
 * The diagnostics as a JSON array, each as in the "diagnostics" of the JSON document; "[]" when
 * there are none, and for NULL. Owned by `error`.
 */
const char *clq_error_diagnostics(const clq_error *error);

/** Frees an error. NULL does nothing. */
void clq_error_free(clq_error *error);

/** Frees a string this library returned. NULL does nothing. */
void clq_string_free(char *string);

#ifdef __cplusplus
}
#endif

#endif /* CLQ_H */
