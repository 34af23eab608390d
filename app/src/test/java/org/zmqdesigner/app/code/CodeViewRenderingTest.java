package org.zmqdesigner.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.zmqdesigner.engine.edit.ReplaceNode;
import org.zmqdesigner.engine.export.ExportTarget;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/** How the Code tab's text is made, without the window: refusals, exporter faults, the latest request winning. */
@ExtendWith(ApplicationExtension.class) // the FX thread the results are handed to
class CodeViewRenderingTest {

    private static Topology hello() throws Exception {
        return new TopologyFiles().load(Path.of(System.getProperty("zmqdesigner.samples"), "hello-reqrep.zmqtopo"));
    }

    @Test
    void an_exporter_that_throws_becomes_words_naming_the_exporter_not_a_crash() throws Exception {
        CodeResult result = CodeResult.render(new CodeResult.Request(hello(), "hello", "server", ExportTarget.PYTHON),
                (plan, request) -> {
                    throw new IllegalStateException("no template for REP");
                });

        assertThat(result).isEqualTo(new CodeResult.Failed(ExportTarget.PYTHON, "no template for REP"));
    }

    @Test
    void a_design_with_errors_is_refused_with_the_validators_reasons_and_the_exporter_is_not_asked() throws Exception {
        Topology hello = hello();
        Node server = hello.node("server").orElseThrow();
        Topology broken = new ReplaceNode("server", server.withSocket("responder",
                server.socket("responder").orElseThrow().withType(SocketType.PUB)), "break").apply(hello);

        CodeResult result = CodeResult.render(new CodeResult.Request(broken, "hello", "server", ExportTarget.JAVA),
                (plan, request) -> {
                    throw new AssertionError("asked to export a design with errors");
                });

        assertThat(result).isInstanceOf(CodeResult.Refused.class);
        assertThat(((CodeResult.Refused) result).reasons()).isNotEmpty()
                .anySatisfy(reason -> assertThat(reason).contains("server"));
    }

    @Test
    void of_requests_made_quickly_one_after_another_only_the_last_ones_result_is_shown() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CodeRenderer renderer = new CodeRenderer(request -> {
            if (request.nodeId().equals("client")) { // the first request is slow
                firstStarted.countDown();
                await(release);
            }
            return new CodeResult.Code(request.nodeId(), request.target(), ExportedFile.text(request.nodeId(), ""));
        });
        List<String> shown = new CopyOnWriteArrayList<>();
        CountDownLatch lastShown = new CountDownLatch(1);
        Topology hello = hello();

        renderer.render(new CodeResult.Request(hello, "hello", "client", ExportTarget.JAVA),
                r -> shown.add(((CodeResult.Code) r).nodeId()));
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        renderer.render(new CodeResult.Request(hello, "hello", "skipped", ExportTarget.JAVA),
                r -> shown.add(((CodeResult.Code) r).nodeId()));
        renderer.render(new CodeResult.Request(hello, "hello", "server", ExportTarget.JAVA), r -> {
            shown.add(((CodeResult.Code) r).nodeId());
            lastShown.countDown();
        });
        release.countDown();

        assertThat(lastShown.await(5, TimeUnit.SECONDS)).as("the last request's result arrives").isTrue();
        CountDownLatch drained = new CountDownLatch(1);
        Platform.runLater(drained::countDown);
        assertThat(drained.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(shown).as("the slow first result came too late, the overtaken one never ran")
                .containsExactly("server");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
