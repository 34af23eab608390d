package org.zmqdesigner.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TraceViewTest {

    @TempDir
    Path folder;

    private TraceView trace;
    private final List<String> statuses = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        trace = new TraceView();
        trace.onStatus(statuses::add);
        stage.setScene(new Scene(trace.view(), 1000, 400));
        stage.show();
    }

    private static TraceRow row(int i, String from, String to, String payload) {
        return new TraceRow(i * 1_000_000L, from, to, "PUSH → PULL", 1, payload, i);
    }

    private static List<TraceRow> rows(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> row(i, "ventilator/out", "sink/in", "task " + i)).toList();
    }

    private void add(FxRobot robot, List<TraceRow> batch) {
        robot.interact(() -> trace.add(batch));
    }

    private static String info(FxRobot robot) {
        return robot.lookup("#trace-info").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<TraceRow> table(FxRobot robot) {
        return robot.lookup("#trace-table").queryAs(TableView.class);
    }

    @Test
    void rows_handed_in_appear_in_the_table_in_order(FxRobot robot) {
        add(robot, rows(0, 3));
        add(robot, rows(3, 2));

        assertThat(table(robot).getItems()).extracting(TraceRow::messageId).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(info(robot)).isEqualTo("5 messages");
    }

    @Test
    void the_filter_narrows_the_rows_and_widening_it_restores_them_all(FxRobot robot) {
        add(robot, List.of(
                row(1, "ventilator/out", "worker-1/in", "task 1"),
                row(2, "ventilator/out", "worker-2/in", "task 2"),
                row(3, "worker-1/out", "sink/in", "Result 1"),
                row(4, "worker-2/out", "sink/in", "result 2")));

        robot.clickOn("#trace-filter").write("worker");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trace.shownRows()).hasSize(4);

        robot.write("-1 RESULT");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trace.shownRows()).extracting(TraceRow::messageId).containsExactly(3L);
        assertThat(table(robot).getItems()).extracting(TraceRow::messageId).containsExactly(3L);
        assertThat(info(robot)).isEqualTo("1 of 4 messages");

        // Rows arriving while filtered are kept even when they do not match.
        add(robot, List.of(row(5, "ventilator/out", "worker-3/in", "task 5")));
        assertThat(trace.shownRows()).hasSize(1);

        robot.eraseText("-1 RESULT".length());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trace.shownRows()).extracting(TraceRow::messageId).containsExactly(1L, 2L, 3L, 4L, 5L);

        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trace.shownRows()).hasSize(5);
        assertThat(info(robot)).isEqualTo("5 messages");
    }

    @Test
    void the_filter_matches_sockets_types_and_payload_ignoring_case(FxRobot robot) {
        add(robot, List.of(row(1, "a/out", "b/in", "Hello World"),
                new TraceRow(2, "c/out", "d/in", "PUB → SUB", 2, "tick", 2)));

        robot.clickOn("#trace-filter").write("pub");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trace.shownRows()).extracting(TraceRow::messageId).containsExactly(2L);

        robot.eraseText(3).write("world hello");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trace.shownRows()).extracting(TraceRow::messageId).containsExactly(1L);
    }

    @Test
    void pausing_holds_the_rows_and_counts_what_is_not_shown_until_resumed(FxRobot robot) {
        add(robot, rows(0, 2));
        ToggleButton pause = robot.lookup("#trace-pause").queryAs(ToggleButton.class);
        assertThat(pause.getText()).isEqualTo("Pause");

        robot.clickOn("#trace-pause");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trace.paused()).isTrue();
        assertThat(pause.getText()).isEqualTo("Resume");

        add(robot, rows(2, 3));
        add(robot, rows(5, 4));
        assertThat(table(robot).getItems()).extracting(TraceRow::messageId).containsExactly(0L, 1L);
        assertThat(info(robot)).isEqualTo("2 messages · paused — 7 messages not shown");

        robot.clickOn("#trace-pause");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trace.paused()).isFalse();
        assertThat(pause.getText()).isEqualTo("Pause");
        add(robot, rows(9, 1));

        assertThat(table(robot).getItems()).extracting(TraceRow::messageId).containsExactly(0L, 1L, 9L);
        assertThat(info(robot)).isEqualTo("3 messages");
    }

    @Test
    void the_table_keeps_the_newest_five_thousand_rows_and_says_how_many_were_dropped(FxRobot robot) {
        add(robot, rows(0, 3_000));
        add(robot, rows(3_000, 2_200));

        assertThat(table(robot).getItems()).hasSize(TraceView.CAPACITY);
        assertThat(table(robot).getItems().get(0).messageId()).isEqualTo(200L);
        assertThat(table(robot).getItems().get(4_999).messageId()).isEqualTo(5_199L);
        assertThat(info(robot)).isEqualTo("5,000 messages · oldest 200 dropped (keeps 5,000)");

        add(robot, rows(5_200, 6_000));
        assertThat(table(robot).getItems()).hasSize(TraceView.CAPACITY);
        assertThat(table(robot).getItems().get(0).messageId()).isEqualTo(6_200L);
        assertThat(info(robot)).isEqualTo("5,000 messages · oldest 6,200 dropped (keeps 5,000)");
    }

    @Test
    void clear_empties_the_table_and_forgets_the_drops(FxRobot robot) {
        add(robot, rows(0, 5_010));

        robot.clickOn("#trace-clear");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table(robot).getItems()).isEmpty();
        assertThat(info(robot)).isEqualTo("0 messages");
    }

    @Test
    void export_writes_the_rows_the_filter_shows(FxRobot robot) throws Exception {
        add(robot, List.of(
                row(1, "ventilator/out", "worker-1/in", "task, \"one\""),
                row(2, "ventilator/out", "worker-2/in", "task two"),
                row(3, "worker-1/out", "sink/in", "done\none")));
        robot.clickOn("#trace-filter").write("worker-1");
        WaitForAsyncUtils.waitForFxEvents();
        Path file = folder.resolve("trace.csv");

        robot.interact(() -> trace.exportCsv(file));

        List<String> expected = new ArrayList<>();
        expected.add(TraceCsv.HEADER);
        trace.shownRows().forEach(r -> expected.add(TraceCsv.line(r)));
        assertThat(expected).hasSize(3);
        assertThat(Files.readString(file)).isEqualTo(String.join("\r\n", expected) + "\r\n");
        assertThat(statuses).containsExactly("Exported 2 messages to trace.csv");
    }

    @Test
    void an_export_that_cannot_be_written_is_reported_not_thrown(FxRobot robot) throws Exception {
        add(robot, rows(0, 1));
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");

        robot.interact(() -> trace.exportCsv(notAFolder.resolve("trace.csv")));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !statuses.isEmpty());
        assertThat(statuses).singleElement().asString().startsWith("Could not export the trace");
    }

    @Test
    void a_payload_with_line_breaks_shows_on_one_line(FxRobot robot) {
        add(robot, List.of(row(1, "a", "b", "two\r\nlines\nhere")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("two↵lines↵here").tryQuery()).isPresent();
    }
}
