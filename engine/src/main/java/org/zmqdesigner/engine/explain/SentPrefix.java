package org.zmqdesigner.engine.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.PayloadTemplate;

/**
 * What a source's messages begin with, which is what a subscription is matched against: the first
 * frame (the topic when the source has one, else the payload), rendered by the same template code
 * the run used. A subscription filter runs at the publisher, so a message no subscriber matches is
 * never written into any connection and no event ever shows it: the design's template is the
 * engine's only knowledge of it.
 *
 * @param samples the first frames of messages 1 to {@value #SAMPLES}
 * @param common what every sample begins with (possibly empty)
 */
record SentPrefix(List<String> samples, String common) {

    static final int SAMPLES = 8;

    static Optional<SentPrefix> of(Behaviour.Source source, String node) {
        String template = source.topic() != null ? source.topic() : source.payload();
        PayloadTemplate compiled;
        try {
            compiled = PayloadTemplate.compile(template);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        SplittableRandom random = new SplittableRandom(1);
        List<String> samples = new ArrayList<>();
        for (long seq = 1; seq <= SAMPLES; seq++) {
            samples.add(compiled.render(seq, null, node, random::nextLong));
        }
        String common = samples.get(0);
        for (String s : samples) {
            int i = 0;
            while (i < common.length() && i < s.length() && common.charAt(i) == s.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        return Optional.of(new SentPrefix(samples, common));
    }

    /** Whether any sample begins with one of the prefixes. */
    boolean anyMatches(List<String> prefixes) {
        return samples.stream().anyMatch(s -> prefixes.stream().anyMatch(s::startsWith));
    }

    /**
     * Whether some message of this template could begin with the prefix: every message begins with
     * {@link #common}, so the prefix must lie within it or extend it into the part that varies.
     */
    boolean canMatch(String prefix) {
        return prefix.startsWith(common) || common.startsWith(prefix);
    }

    /** The first sample, shortened for a sentence. */
    String example() {
        String first = samples.get(0);
        return first.length() <= 40 ? first : first.substring(0, 40) + "…";
    }
}
