package org.zmqdesigner.engine.lesson;

import org.zmqdesigner.engine.text.Language;

/** Numbers and expectations as the check texts write them, in the current language. */
final class Numbers {
    private Numbers() {
    }

    /** 1000 as "1,000", 2.5 as "2.5": a setting as a person reads it. */
    static String plain(double value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Language.current());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** "at least 1,000", "none": the end of a sentence saying what the step needs. */
    static String expectation(Comparison comparison) {
        return CheckEvaluator.TEXTS.get("expect." + switch (comparison.kind()) {
            case ZERO -> "zero";
            case SET -> "set";
            case ABOVE -> "above";
            case AT_LEAST -> "atLeast";
            case AT_MOST -> "atMost";
        }, comparison.value());
    }
}
