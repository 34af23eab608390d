package org.zmqdesigner.engine.runtime;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.zmqdesigner.engine.model.PayloadTemplate;

/** Renders payload templates to bytes for one node's thread; constant templates cost nothing. */
final class Payloads {
    private final String node;
    private final SplittableRandom random = new SplittableRandom();

    Payloads(String node) {
        this.node = node;
    }

    /** A renderer for one template; reuses the bytes when the template has no placeholders. */
    final class Renderer {
        private final PayloadTemplate template;
        private final byte[] constant;

        Renderer(String source) {
            this.template = PayloadTemplate.compile(source == null ? "" : source);
            this.constant = template.isConstant()
                    ? template.render(0, null, node, bound -> 0).getBytes(StandardCharsets.UTF_8) : null;
        }

        boolean isConstant() {
            return constant != null;
        }

        byte[] render(long seq, String payload) {
            if (constant != null) {
                return constant;
            }
            return template.render(seq, payload, node, random::nextLong).getBytes(StandardCharsets.UTF_8);
        }
    }

    Renderer renderer(String source) {
        return new Renderer(source);
    }

    static String text(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }
}
