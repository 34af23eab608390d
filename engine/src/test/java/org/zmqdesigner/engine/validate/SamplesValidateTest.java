package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;

/** The samples shipped with the designer teach ZeroMQ, so the validator must find no error in them. */
class SamplesValidateTest {

    static Path samplesFolder() {
        String property = System.getProperty("zmqdesigner.samples");
        return property == null || property.isBlank() ? Path.of("../samples") : Path.of(property);
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(samplesFolder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zmqtopo")).sorted().toList().stream();
        }
    }

    @Test
    void there_are_samples_to_check() throws IOException {
        assertThat(samplesFolder()).isDirectory();
        assertThat(samples()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} validates without errors")
    @MethodSource("samples")
    void a_sample_validates_without_errors(Path sample) throws TopologyLoadException {
        Topology topology = new TopologyFiles().load(sample);

        List<Diagnostic> all = new Validator().validate(topology);

        assertThat(all).as("diagnostics of %s", sample.getFileName())
                .noneMatch(d -> d.severity() == Severity.ERROR);
        all.forEach(DiagnosticChecks::assertWellWritten);
    }
}
