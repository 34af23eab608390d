package org.zmqdesigner.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.lesson.CheckResult.Status;
import org.zmqdesigner.engine.lesson.Lesson;
import org.zmqdesigner.engine.lesson.LessonLibrary;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunReport;

/** When a run counts as a try of a step, and when a run no longer says anything about the design. */
class LessonSessionTest {

    private final Preferences preferences = Preferences.userRoot().node("zmq-designer-test-" + UUID.randomUUID());
    private final Lesson lesson = LessonLibrary.discover().orElseThrow().lessons().stream()
            .filter(l -> l.id().equals("hello-reqrep")).findFirst().orElseThrow();
    private final Topology connected = lesson.solution(lesson.steps().get(1)).orElseThrow();

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    private static RunWatch.Reading reading(Topology design, long clientReceived, boolean ended) {
        Map<String, RunReport.NodeReport> nodes = Map.of(
                "client", new RunReport.NodeReport("running", clientReceived, clientReceived, 0, 0, 0, 0, 0),
                "server", new RunReport.NodeReport("running", clientReceived, clientReceived, 0, 0, 0, 0, 0));
        return new RunWatch.Reading(new RunReport("", 1000, nodes, Map.of(), new RunReport.Totals(
                2 * clientReceived, 2 * clientReceived, 0, 0, 0), Map.of()), design, ended);
    }

    @Test
    void a_run_started_on_the_previous_step_is_not_a_failed_try_of_this_one() {
        LessonSession session = new LessonSession(lesson, 1, connected, new LessonProgress(preferences));
        session.runStarted();
        session.run(reading(connected, 1, false));
        assertThat(session.stepDone()).as("the client's first reply passes 'connect'").isTrue();

        session.next();
        session.run(reading(connected, 3, true));
        assertThat(session.result().orElseThrow().status()).isEqualTo(Status.FAILED);
        assertThat(session.failedTry()).as("that run was a try of the step before").isFalse();

        session.runStarted();
        session.run(reading(connected, 3, true));
        assertThat(session.failedTry()).as("a run of this step that ended failing").isTrue();
    }

    @Test
    void an_edit_after_a_run_leaves_the_check_waiting_for_a_run_of_the_new_design() {
        LessonSession session = new LessonSession(lesson, 1, connected, new LessonProgress(preferences));
        session.runStarted();
        session.run(reading(connected, 0, true));
        assertThat(session.result().orElseThrow().status()).isEqualTo(Status.FAILED);

        Topology moved = connected.withNodes(connected.nodes().stream()
                .map(n -> n.withPosition(n.position().translate(20, 0))).toList());
        session.design(moved);
        assertThat(session.result().orElseThrow().status()).isEqualTo(Status.NEEDS_RUN);
        session.run(reading(connected, 5, true));
        assertThat(session.stepDone()).as("a late reading of the old design does not count").isFalse();
    }

    @Test
    void progress_follows_the_steps_and_the_last_pass() {
        LessonProgress progress = new LessonProgress(preferences);
        Topology fast = lesson.solution(lesson.steps().get(2)).orElseThrow();
        LessonSession session = new LessonSession(lesson, 2, fast, progress);
        assertThat(progress.of(lesson.id())).isEqualTo(new LessonProgress.Standing(true, 2, false));
        session.runStarted();
        session.run(reading(fast, 10, false));
        assertThat(session.lessonDone()).isTrue();
        assertThat(progress.of(lesson.id()).passed()).isTrue();
    }
}
