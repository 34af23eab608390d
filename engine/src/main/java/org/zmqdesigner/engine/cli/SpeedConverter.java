package org.zmqdesigner.engine.cli;

import org.zmqdesigner.engine.runtime.TopologyRun;
import picocli.CommandLine;

/** {@code --speed}: a positive factor, or {@code full} for no pacing and no delays at all. */
final class SpeedConverter implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        if (value.equalsIgnoreCase("full")) {
            return TopologyRun.FULL_SPEED;
        }
        double factor;
        try {
            factor = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("\"" + value
                    + "\" is not a speed: write a factor such as 0.1 (slow motion) or 2, or \"full\"");
        }
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new CommandLine.TypeConversionException("a speed must be a positive factor, or \"full\"");
        }
        return factor;
    }
}
