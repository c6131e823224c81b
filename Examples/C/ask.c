/* Asks clq a question through libclq and prints the JSON answer.
 *
 *   cc ask.c -I PREFIX/include -L PREFIX/lib -lclq -Wl,-rpath,PREFIX/lib -o ask
 *   ./ask 'which rights hold for Microsoft in 2031?'
 *
 * With no argument it asks that question. Exit status: 0 answered, 1 the question failed,
 * 2 anything else. */
#include <stdio.h>
#include <clq.h>

int main(int argc, char **argv) {
    const char *question = argc > 1 ? argv[1] : "which rights hold for Microsoft in 2031?";
    clq_session *session = NULL;
    clq_error *error = NULL;

    if (clq_session_open_builtin(&session, &error) != CLQ_OK) {
        fprintf(stderr, "ask: %s\n", clq_error_message(error));
        clq_error_free(error);
        return 2;
    }

    char *json = NULL;
    clq_status status = clq_ask(session, question, &json, &error);
    if (json != NULL) {
        printf("%s\n", json); /* the JSON document, also when the question failed */
    }
    if (status != CLQ_OK) {
        fprintf(stderr, "%s\n", clq_error_message(error)); /* diagnostics with carets */
    }

    clq_string_free(json);
    clq_error_free(error);
    clq_session_free(session);
    fprintf(stderr, "libclq %s\n", clq_version());
    return status == CLQ_OK ? 0 : status == CLQ_QUESTION_FAILED ? 1 : 2;
}
