package org.zmqdesigner.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LessonProgressTest {

    private final Preferences preferences = Preferences.userRoot().node("zmq-designer-test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void a_lesson_never_opened_is_not_started() {
        LessonProgress.Standing standing = new LessonProgress(preferences).of("01-request-reply");
        assertThat(standing.started()).isFalse();
        assertThat(standing.passed()).isFalse();
        assertThat(new LessonProgress(preferences).current()).isEmpty();
    }

    @Test
    void the_step_and_the_pass_are_read_back_by_a_new_reader_of_the_same_node() {
        LessonProgress progress = new LessonProgress(preferences);
        progress.onStep("05-slow-joiner", 2);
        progress.onStep("01-request-reply", 1);
        progress.passed("01-request-reply");

        LessonProgress later = new LessonProgress(preferences);
        assertThat(later.of("05-slow-joiner")).isEqualTo(new LessonProgress.Standing(true, 2, false));
        assertThat(later.of("01-request-reply")).isEqualTo(new LessonProgress.Standing(true, 1, true));
        assertThat(later.current()).contains("01-request-reply");
    }

    @Test
    void a_passed_lesson_stays_passed_when_taken_again() {
        LessonProgress progress = new LessonProgress(preferences);
        progress.passed("01-request-reply");
        progress.onStep("01-request-reply", 0);
        assertThat(progress.of("01-request-reply").passed()).isTrue();
    }
}
