package io.centralbridge.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/** What no answer may carry: stack traces, exception class names, framework packages. */
final class AnswerScanner {

    static final List<String> INTERNALS = List.of("Exception", "java.", "javax.", "jakarta.", "org.springframework",
            "org.apache", "com.fasterxml", "io.centralbridge", "io.modelcontextprotocol", "reactor.", "Caused by",
            // Jackson's parser messages
            "end-of-input", "Cannot deserialize", "Unrecognized token", "Unexpected character", "JSONRPCMessage");
    /** A stack frame as Java prints it. */
    private static final Pattern FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

    private AnswerScanner() {
    }

    static void assertNoInternals(String answer, String what) {
        if (answer == null) {
            return;
        }
        for (String s : INTERNALS) {
            assertThat(answer).as("answer to %s carries '%s'", what, s).doesNotContain(s);
        }
        assertThat(FRAME.matcher(answer).find()).as("answer to %s carries a stack frame: %s", what, answer).isFalse();
    }
}
