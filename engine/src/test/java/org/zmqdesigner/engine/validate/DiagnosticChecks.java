package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.zmqdesigner.engine.model.Topology;

/** Runs the validator and checks what it says. */
final class DiagnosticChecks {

    /** Words that betray a programmer's view leaking into a user's message. */
    private static final Pattern LEAKS = Pattern.compile(
            "\\bnull\\b|org\\.zmqdesigner|java\\.|Exception|Optional|SocketRef\\[|Endpoint\\[|Socket\\[|Node\\["
                    + "|Link\\[|OwnedSocket|@[0-9a-f]{4,}|\\bNaN\\b");

    private DiagnosticChecks() {
    }

    /**
     * The English findings; every design a rule test builds is also validated in Korean, which
     * must find the same and say it in Korean ({@link KoreanDiagnostics}).
     */
    static List<Diagnostic> validate(Topology topology) {
        List<Diagnostic> english = new Validator().validate(topology);
        KoreanDiagnostics.assertSameInKorean(topology, english);
        return english;
    }

    static List<Diagnostic> validate(Designs.Builder design) {
        return validate(design.build());
    }

    static Set<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code).collect(Collectors.toSet());
    }

    static List<Diagnostic> withCode(List<Diagnostic> diagnostics, String code) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    }

    /**
     * The one diagnostic with this code, checked for its severity, element and wording.
     * Fails with the whole list when there is none or more than one.
     */
    static Diagnostic the(List<Diagnostic> diagnostics, String code, Severity severity, String element) {
        List<Diagnostic> found = withCode(diagnostics, code);
        assertThat(found)
                .as("exactly one %s diagnostic among %s", code, diagnostics)
                .hasSize(1);
        Diagnostic d = found.get(0);
        assertThat(d.severity()).as("severity of %s", d).isEqualTo(severity);
        assertThat(d.element()).as("element of %s", d).isEqualTo(element);
        assertWellWritten(d);
        return d;
    }

    /** Asserts there is no diagnostic with this code, showing the whole list when there is. */
    static void assertNo(List<Diagnostic> diagnostics, String code) {
        assertThat(withCode(diagnostics, code)).as("%s diagnostics among %s", code, diagnostics).isEmpty();
    }

    private static boolean startsLikeASentence(String text) {
        char first = text.charAt(0);
        String firstWord = text.split(" ", 2)[0];
        return Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || firstWord.contains("/");
    }

    /** Message and hint are non-empty plain sentences: capitalised, finished, free of code words. */
    static void assertWellWritten(Diagnostic d) {
        for (String[] part : new String[][] {{"message", d.message()}, {"hint", d.hint()}}) {
            String what = part[0];
            String text = part[1];
            assertThat(text).as("%s of %s", what, d).isNotBlank();
            assertThat(text).as("%s of %s has no surrounding blanks", what, d).isEqualTo(text.strip());
            assertThat(startsLikeASentence(text))
                    .as("%s of %s starts like a sentence: a capital, digit, quotation mark or node/socket", what, d)
                    .isTrue();
            assertThat(text).as("%s of %s ends like a sentence", what, d).endsWith(".");
            assertThat(LEAKS.matcher(text).find())
                    .as("%s of %s names no Java class, null or placeholder", what, d)
                    .isFalse();
        }
    }
}
