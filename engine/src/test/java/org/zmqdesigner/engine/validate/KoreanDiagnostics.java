package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.PayloadTemplate;
import org.zmqdesigner.engine.model.SocketOption;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.KoreanWording;

/**
 * The validator's findings read in Korean: the same codes, severities and elements in the same
 * order as in English (those are read by programs), and every message and hint written in Korean.
 */
final class KoreanDiagnostics {

    private KoreanDiagnostics() {
    }

    static List<Diagnostic> inKorean(Topology topology) throws Exception {
        return KoreanWording.inKorean(() -> new Validator().validate(topology));
    }

    /** Validates again in Korean and compares with the English findings of the same design. */
    static void assertSameInKorean(Topology topology, List<Diagnostic> english) {
        List<Diagnostic> korean;
        try {
            korean = inKorean(topology);
        } catch (Exception e) {
            throw new AssertionError("validating in Korean failed", e);
        }
        assertThat(korean).as("Korean findings of a design with English findings %s", english).hasSize(english.size());
        for (int i = 0; i < korean.size(); i++) {
            Diagnostic ko = korean.get(i);
            Diagnostic en = english.get(i);
            assertThat(List.of(ko.code(), ko.severity(), ko.element()))
                    .as("code, severity and element of %s stay as in English", ko)
                    .isEqualTo(List.of(en.code(), en.severity(), en.element()));
            assertKorean(ko);
        }
    }

    static void assertKorean(Diagnostic d) {
        String message;
        try {
            message = KoreanWording.inKorean(() -> withoutModelWords(d));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        if (message != null) {
            KoreanWording.assertKorean("the message of " + d.code(), message);
        }
        if (!d.hint().isEmpty()) {
            KoreanWording.assertKorean("the hint of " + d.code(), d.hint());
        }
    }

    /**
     * The message without the sentences the model package words (an endpoint's syntax error, a
     * template's, why an option does nothing on a socket type), or null when the whole message is
     * the model's. Those are the model's to translate and test; while the model speaks only
     * English they are left out here, and once it speaks Korean nothing is left out.
     */
    private static String withoutModelWords(Diagnostic d) {
        String message = d.message();
        if (d.code().equals("BAD_ENDPOINT") && !modelSpeaksKorean(() -> Endpoint.parse("nonsense"))
                && d.hint().equals(RuleTexts.get("endpoint.syntax.hint"))) {
            return null;
        }
        if (d.code().equals("BAD_TEMPLATE") && !modelSpeaksKorean(() -> PayloadTemplate.compile("{"))) {
            Matcher template = Pattern.compile("\\(\"(.*)\"\\)").matcher(message);
            if (template.find()) {
                try {
                    PayloadTemplate.compile(template.group(1));
                } catch (PayloadTemplate.SyntaxException e) {
                    message = message.replace(e.getMessage(), "");
                }
            }
        }
        if (d.code().equals("OPTION_NOT_APPLICABLE")
                && !KoreanWording.isKorean(SocketOption.SUBSCRIBE.whyNotOn(SocketType.PUB))) {
            List<String> reasons = new java.util.ArrayList<>();
            for (SocketOption option : SocketOption.values()) {
                for (SocketType type : SocketType.values()) {
                    if (!option.appliesTo(type)) {
                        reasons.add(option.whyNotOn(type));
                    }
                }
            }
            // Longest first: one reason can begin with another ("only a SUB socket subscribes").
            reasons.sort(java.util.Comparator.comparingInt(String::length).reversed());
            for (String reason : reasons) {
                message = message.replace(reason, "");
            }
        }
        return message;
    }

    /** Whether the model words this refusal in Korean now. */
    private static boolean modelSpeaksKorean(Runnable refused) {
        try {
            refused.run();
        } catch (IllegalArgumentException e) {
            return KoreanWording.isKorean(e.getMessage());
        }
        throw new AssertionError("the model accepted what it should refuse");
    }
}
