#ifndef CLQ_LIBEDIT_SHIM_H
#define CLQ_LIBEDIT_SHIM_H

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <histedit.h>

/* Swift cannot call the variadic el_set, el_get and history, nor read C globals such as
   stdin: each use is wrapped in a small function here. */

typedef char *(*clq_prompt_function)(EditLine *);
typedef unsigned char (*clq_editor_function)(EditLine *, int);

static inline FILE *clq_stdin(void) { return stdin; }
static inline FILE *clq_stdout(void) { return stdout; }
static inline FILE *clq_stderr(void) { return stderr; }

static inline int clq_el_set_prompt(EditLine *el, clq_prompt_function prompt) {
    return el_set(el, EL_PROMPT, prompt);
}

static inline int clq_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int clq_el_set_signal(EditLine *el, int handle) {
    return el_set(el, EL_SIGNAL, handle);
}

static inline int clq_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *clq_el_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int clq_el_add_function(EditLine *el, const char *name, const char *help,
                                      clq_editor_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

static inline int clq_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

static inline int clq_el_set_history(EditLine *el, History *history_state) {
    return el_set(el, EL_HIST, history, history_state);
}

/* The bytes of the line being edited and the cursor, as a byte offset. */
static inline int clq_el_line(EditLine *el, const char **buffer, int *length) {
    const LineInfo *info = el_line(el);
    if (info == NULL) return -1;
    *buffer = info->buffer;
    *length = (int)(info->lastchar - info->buffer);
    return (int)(info->cursor - info->buffer);
}

static inline int clq_history_set_size(History *history_state, int size) {
    HistEvent event;
    return history(history_state, &event, H_SETSIZE, size);
}

static inline int clq_history_enter(History *history_state, const char *line) {
    HistEvent event;
    return history(history_state, &event, H_ENTER, line);
}

/* Installs a handler without SA_RESTART, so a blocking read returns EINTR. */
static inline int clq_install_handler(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signal_number, &action, NULL);
}

static inline int clq_restore_default_handler(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(signal_number, &action, NULL);
}

/* Processes started by some parents inherit a mask that blocks these signals. */
static inline int clq_unblock_signal(int signal_number) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signal_number);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

static inline void clq_flag_store(volatile sig_atomic_t *flag, int value) {
    __atomic_store_n(flag, value, __ATOMIC_SEQ_CST);
}

static inline int clq_flag_load(volatile sig_atomic_t *flag) {
    return __atomic_load_n(flag, __ATOMIC_SEQ_CST);
}

static inline int clq_errno(void) { return errno; }

static inline void clq_set_errno(int value) { errno = value; }

/* True when the C library decodes multibyte text as UTF-8 in the current locale. */
static inline int clq_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

static inline int clq_terminal_columns(int descriptor) {
    struct winsize size;
    if (ioctl(descriptor, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

#endif
