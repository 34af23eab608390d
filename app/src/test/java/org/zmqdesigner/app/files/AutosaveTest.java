package org.zmqdesigner.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Topology;

/** The timer's autosave leaves the disk to another thread, and never brings saved work back. */
class AutosaveTest {

    private final List<Runnable> queued = new ArrayList<>();

    private static Topology design() {
        return new Topology("unsaved work", null, List.of(), List.of());
    }

    @Test
    void the_periodic_write_is_handed_to_the_writer_not_done_on_the_calling_thread(@TempDir Path dir)
            throws Exception {
        DesignDocument document = new DesignDocument(Topology.EMPTY);
        document.recover(design());
        Autosave autosave = new Autosave(document, new RecoveryFolder(dir), queued::add);

        autosave.saveInBackground();

        assertThat(autosave.recoveryFile()).as("nothing written on the caller's (the FX) thread").isEmpty();
        assertThat(queued).hasSize(1);
        queued.remove(0).run();
        Path file = autosave.recoveryFile().orElseThrow();
        assertThat(new TopologyFiles().load(file)).isEqualTo(design());
        autosave.close();
    }

    @Test
    void a_write_queued_before_the_work_was_saved_writes_nothing(@TempDir Path dir) throws Exception {
        DesignDocument document = new DesignDocument(Topology.EMPTY);
        document.recover(design());
        Autosave autosave = new Autosave(document, new RecoveryFolder(dir), queued::add);
        assertThat(autosave.saveNow()).isTrue();
        Path file = autosave.recoveryFile().orElseThrow();

        document.recover(new Topology("more work", null, List.of(), List.of()));
        autosave.saveInBackground();
        document.markSaved(dir.resolve("saved.zmqtopo"));
        assertThat(file).as("saving clears the recovery file").doesNotExist();
        queued.remove(0).run();

        assertThat(file).as("the stale write did not bring it back").doesNotExist();
        autosave.close();
    }
}
