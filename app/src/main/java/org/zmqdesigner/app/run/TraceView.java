package org.zmqdesigner.app.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.zmqdesigner.app.canvas.LanguageFollow;
import org.zmqdesigner.engine.text.Texts;

/**
 * The message trace of a run: a table of the newest {@value #CAPACITY} messages that can be
 * filtered, paused, cleared and exported as CSV. Rows are handed in once per animation frame, so
 * each hand-over is one append and at most one trim of the oldest rows.
 */
public final class TraceView {

    private static final Texts TEXTS = Texts.of(TraceView.class);

    /** Rows kept; older ones are dropped so a long run cannot grow the table without bound. */
    public static final int CAPACITY = 5_000;

    private final ObservableList<TraceRow> rows = FXCollections.observableArrayList();
    private final FilteredList<TraceRow> shown = new FilteredList<>(rows);
    private final TableView<TraceRow> table = new TableView<>(shown);
    private final TextField filter = new TextField();
    private final ToggleButton pause = new ToggleButton();
    private final Label placeholder = new Label();
    private final Button clear = new Button();
    private final Button export = new Button();
    /** The columns and the keys of their titles, to title them again in another language. */
    private final java.util.Map<TableColumn<TraceRow, String>, String> titles = new java.util.LinkedHashMap<>();
    private final Label info = new Label();
    private final BorderPane view;
    private Consumer<String> status = message -> { };
    /** Where the CSV dialog starts; the window shares its own, else the user's. */
    private org.zmqdesigner.app.files.Folders folders;
    private long dropped;
    private long notShown;
    /**
     * Rows that came while the table was out of sight (another tab in front): kept here and moved
     * into the table when it shows, so a hidden table costs no cell layout per frame.
     */
    private final java.util.ArrayDeque<TraceRow> waiting = new java.util.ArrayDeque<>();
    private boolean showing = true;

    public TraceView() {
        table.setId("trace-table");
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        addColumn("trace.column.time", 84, TraceRow::timeText, "trace-number");
        addColumn("trace.column.from", 150, TraceRow::from, null);
        addColumn("trace.column.to", 150, TraceRow::to, null);
        addColumn("trace.column.sockets", 130, TraceRow::types, null);
        addColumn("trace.column.frames", 84, row -> Integer.toString(row.frames()), "trace-number");
        addColumn("trace.column.payload", 400, row -> oneLine(row.payload()), "trace-payload");

        filter.setId("trace-filter");
        filter.textProperty().addListener((o, old, text) -> filter(text));
        HBox.setHgrow(filter, Priority.ALWAYS);

        pause.setId("trace-pause");
        pause.selectedProperty().addListener((o, old, paused) -> {
            pause.setText(TEXTS.get(paused ? "trace.resume" : "trace.pause"));
            notShown = 0;
            updateInfo();
        });
        clear.setId("trace-clear");
        clear.setOnAction(e -> clear());
        export.setId("trace-export");
        export.setOnAction(e -> chooseAndExport());
        info.setId("trace-info");
        info.getStyleClass().add("trace-info");

        HBox bar = new HBox(8, filter, pause, clear, export, info);
        // The filter field gives way when the panel is narrow; the counts and buttons stay readable.
        for (Region fixed : List.of(pause, clear, export, info)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.getStyleClass().add("trace-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        view = new BorderPane(table);
        view.setTop(bar);
        view.getStyleClass().add("trace-view");
        relabel();
        LanguageFollow.follow(this, TraceView::relabel);
    }

    /** Every fixed word of the trace in the current language, and the counts line. */
    private void relabel() {
        titles.forEach((column, key) -> column.setText(TEXTS.get(key)));
        placeholder.setText(TEXTS.get("trace.empty"));
        filter.setPromptText(TEXTS.get("trace.filter"));
        pause.setText(TEXTS.get(paused() ? "trace.resume" : "trace.pause"));
        clear.setText(TEXTS.get("trace.clear"));
        export.setText(TEXTS.get("trace.export"));
        updateInfo();
    }

    private void addColumn(String titleKey, double width, Function<TraceRow, String> value, String styleClass) {
        TableColumn<TraceRow, String> column = column(TEXTS.get(titleKey), width, value, styleClass);
        titles.put(column, titleKey);
        table.getColumns().add(column);
    }

    public Region view() {
        return view;
    }

    /** Takes the messages traced since the last frame, oldest first. FX thread. */
    public void add(List<TraceRow> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (paused()) {
            notShown += batch.size();
            updateInfo();
            return;
        }
        if (!showing) {
            waiting.addAll(batch);
            while (waiting.size() > CAPACITY) {
                waiting.removeFirst();
                dropped++;
            }
            return;
        }
        append(batch);
    }

    private void append(List<TraceRow> batch) {
        List<TraceRow> kept = batch;
        if (batch.size() > CAPACITY) {
            // Rows that would be trimmed straight away are counted, never added.
            dropped += batch.size() - CAPACITY;
            kept = batch.subList(batch.size() - CAPACITY, batch.size());
        }
        rows.addAll(kept);
        int excess = rows.size() - CAPACITY;
        if (excess > 0) {
            rows.remove(0, excess);
            dropped += excess;
        }
        follow();
        updateInfo();
    }

    /** Whether the table is in sight; while it is not, rows wait outside it. */
    public void setShowing(boolean now) {
        showing = now;
        flush();
    }

    private void flush() {
        if (!waiting.isEmpty()) {
            List<TraceRow> batch = new java.util.ArrayList<>(waiting);
            waiting.clear();
            append(batch);
        }
    }

    /** Empties the table and forgets the counts; a pause stays on. */
    public void clear() {
        waiting.clear();
        rows.clear();
        dropped = 0;
        notShown = 0;
        updateInfo();
    }

    public boolean paused() {
        return pause.isSelected();
    }

    public void setPaused(boolean paused) {
        pause.setSelected(paused);
    }

    /** Where export results and errors are reported (the status bar). */
    public void onStatus(Consumer<String> sink) {
        status = Objects.requireNonNull(sink, "sink");
    }

    /** The rows the table shows, after the filter, oldest first. */
    public List<TraceRow> shownRows() {
        flush();
        return Collections.unmodifiableList(shown);
    }

    /** Writes the shown rows, filter applied, to a CSV file; the outcome goes to the status sink. */
    public void exportCsv(Path file) {
        flush();
        List<TraceRow> snapshot = List.copyOf(shown);
        try {
            TraceCsv.write(file, snapshot);
            status.accept(TEXTS.get("trace.exported", grouped(snapshot.size()), file.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            status.accept(TEXTS.get("trace.exportFailed", file.toString(), String.valueOf(e.getMessage())));
        }
    }

    /** The folders the window's other file dialogs use, so this one starts where they left off. */
    public void useFolders(org.zmqdesigner.app.files.Folders shared) {
        this.folders = shared;
    }

    private void chooseAndExport() {
        if (folders == null) {
            folders = org.zmqdesigner.app.files.Folders.forUser(
                    java.util.prefs.Preferences.userNodeForPackage(TraceView.class));
        }
        FileChooser chooser = folders.chooser(TEXTS.get("trace.export.title"),
                new FileChooser.ExtensionFilter(TEXTS.get("trace.export.files"), "*.csv"));
        chooser.setInitialFileName("trace.csv");
        File file = chooser.showSaveDialog(view.getScene() == null ? null : view.getScene().getWindow());
        if (file != null) {
            folders.remember(file.toPath());
            exportCsv(file.toPath());
        }
    }

    private void filter(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            shown.setPredicate(null);
        } else {
            String[] words = trimmed.toLowerCase(Locale.ROOT).split("\\s+");
            shown.setPredicate(row -> row.matches(words));
        }
        updateInfo();
    }

    /** Keeps the newest row in sight, unless a row is selected: then the user is reading it. */
    private void follow() {
        if (table.getSelectionModel().isEmpty() && !shown.isEmpty()) {
            table.scrollTo(shown.size() - 1);
        }
    }

    private void updateInfo() {
        StringBuilder text = new StringBuilder();
        if (shown.getPredicate() != null) {
            text.append(TEXTS.get("trace.info.filtered", grouped(shown.size()), grouped(rows.size())));
        } else {
            text.append(TEXTS.get("trace.info.all", grouped(rows.size())));
        }
        if (paused()) {
            text.append(" · ").append(TEXTS.get("trace.info.paused", grouped(notShown)));
        }
        if (dropped > 0) {
            text.append(" · ").append(TEXTS.get("trace.info.dropped", grouped(dropped), grouped(CAPACITY)));
        }
        info.setText(text.toString());
    }

    private static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    // A payload with line breaks would make its row taller than the rest; the CSV keeps them.
    private static String oneLine(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "↵").replace('\n', '↵').replace('\r', '↵');
    }

    private static TableColumn<TraceRow, String> column(String title, double width,
                                                        Function<TraceRow, String> value, String styleClass) {
        TableColumn<TraceRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        // Short columns (time, frames) keep their width; the wide ones give way when the panel is narrow.
        column.setMinWidth(Math.min(width, 84));
        // Rows arrive in time order; sorting would reorder 5,000 rows on every frame.
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        if (styleClass != null) {
            column.getStyleClass().add(styleClass);
        }
        return column;
    }
}
