package org.zmqdesigner.app.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;

/**
 * Several designers share one recovery folder. Each {@link RecoveryFolder} object here stands for
 * one designer instance; {@link RecoveryFile#release()} without a discard is what the operating
 * system does to a crashed designer's lock.
 */
class RecoveryFolderTest {

    @TempDir
    Path dir;

    /** Everything a test took, let go at the end so no lock outlives it in this JVM. */
    private final List<RecoveryFile> held = new ArrayList<>();

    @AfterEach
    void letGo() {
        held.forEach(RecoveryFile::release);
    }

    private RecoveryFile claim(RecoveryFolder folder) throws Exception {
        RecoveryFile file = folder.claim();
        held.add(file);
        return file;
    }

    private List<RecoveryFile> leftBehind(RecoveryFolder folder) throws Exception {
        List<RecoveryFile> left = folder.leftBehind();
        held.addAll(left);
        return left;
    }

    private static Topology design(String title) {
        return new Topology(title, null, List.of(), List.of());
    }

    private RecoveryFile crashed(String title) throws Exception {
        RecoveryFile file = new RecoveryFolder(dir).claim();
        file.write(design(title));
        file.release();
        return file;
    }

    @Test
    void a_running_designers_work_is_never_offered_to_another() throws Exception {
        RecoveryFile running = claim(new RecoveryFolder(dir));
        running.write(design("live"));

        assertThat(leftBehind(new RecoveryFolder(dir))).isEmpty();

        assertThat(new TopologyFiles().load(running.file())).isEqualTo(design("live"));
    }

    @Test
    void work_whose_designer_died_is_offered_and_restoring_it_deletes_that_file_only() throws Exception {
        RecoveryFile dead = crashed("dead");
        RecoveryFile running = claim(new RecoveryFolder(dir));
        running.write(design("live"));

        List<RecoveryFile> left = leftBehind(new RecoveryFolder(dir));

        assertThat(left).extracting(RecoveryFile::file).containsExactly(dead.file());
        assertThat(left.get(0).read()).isEqualTo(design("dead"));
        left.get(0).discard();
        held.remove(left.get(0));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("the dead designer's work and lock are gone; the running one's are there")
                    .containsExactlyInAnyOrder(running.file().getFileName().toString(),
                            running.file().getFileName().toString().replace(".zmqtopo", ".lock"));
        }
    }

    @Test
    void every_crashed_designers_work_is_offered_newest_first_and_kept_until_the_user_says() throws Exception {
        RecoveryFile older = crashed("older");
        RecoveryFile newer = crashed("newer");
        Files.setLastModifiedTime(older.file(), FileTime.from(Instant.now().minusSeconds(60)));

        List<RecoveryFile> left = leftBehind(new RecoveryFolder(dir));
        assertThat(left).extracting(RecoveryFile::file).containsExactly(newer.file(), older.file());
        left.forEach(RecoveryFile::release);
        held.removeAll(left);

        assertThat(leftBehind(new RecoveryFolder(dir))).extracting(RecoveryFile::file)
                .as("kept for later: offered again").containsExactly(newer.file(), older.file());
    }

    @Test
    void work_one_designer_is_offering_is_not_offered_by_another_meanwhile() throws Exception {
        RecoveryFile dead = crashed("dead");
        List<RecoveryFile> first = leftBehind(new RecoveryFolder(dir));
        assertThat(first).hasSize(1);

        assertThat(leftBehind(new RecoveryFolder(dir))).isEmpty();

        first.get(0).release();
        held.remove(first.get(0));
        assertThat(leftBehind(new RecoveryFolder(dir))).extracting(RecoveryFile::file).containsExactly(dead.file());
    }

    @Test
    void a_designer_that_saved_keeps_its_claim_and_its_next_work_stays_its_own() throws Exception {
        RecoveryFile running = claim(new RecoveryFolder(dir));
        running.write(design("first"));
        running.clear();
        assertThat(running.file()).doesNotExist();

        running.write(design("second"));
        assertThat(leftBehind(new RecoveryFolder(dir))).isEmpty();
        assertThat(new TopologyFiles().load(running.file())).isEqualTo(design("second"));
    }

    @Test
    void unreadable_work_names_line_and_column_and_is_moved_aside_not_deleted() throws Exception {
        Path broken = Files.writeString(dir.resolve("designer-1-cafe.zmqtopo"),
                "{\n  \"formatVersion\": 1,\n  \"nodes\": [ oops ]\n}\n");

        List<RecoveryFile> left = leftBehind(new RecoveryFolder(dir));
        assertThat(left).hasSize(1);
        assertThatThrownBy(left.get(0)::read).isInstanceOf(TopologyLoadException.class)
                .hasMessageStartingWith(broken + ":3:");
        Path aside = left.get(0).setAside().orElseThrow();
        held.remove(left.get(0));

        assertThat(aside).isEqualTo(dir.resolve("unreadable").resolve("designer-1-cafe.zmqtopo"));
        assertThat(Files.readString(aside)).contains("oops");
        assertThat(leftBehind(new RecoveryFolder(dir))).as("not offered at every start").isEmpty();
    }

    @Test
    void the_single_recovery_file_of_earlier_versions_is_taken_in_and_offered() throws Exception {
        Path earlier = dir.resolveSibling(dir.getFileName() + "-recovery.zmqtopo");
        try {
            new TopologyFiles().save(design("from before"), earlier);
            RecoveryFolder folder = new RecoveryFolder(dir.resolve("recovery"));

            folder.takeIn(earlier);
            folder.takeIn(earlier);

            assertThat(earlier).doesNotExist();
            List<RecoveryFile> left = leftBehind(folder);
            assertThat(left).hasSize(1);
            assertThat(left.get(0).read()).isEqualTo(design("from before"));
        } finally {
            Files.deleteIfExists(earlier);
        }
    }

    @Test
    void a_lock_left_with_no_work_is_swept_once_old_and_a_fresh_one_is_left_alone() throws Exception {
        Path old = Files.createFile(dir.resolve("designer-1-0001.lock"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(600)));
        Path fresh = Files.createFile(dir.resolve("designer-1-0002.lock"));

        assertThat(leftBehind(new RecoveryFolder(dir))).isEmpty();

        assertThat(old).doesNotExist();
        assertThat(fresh).as("perhaps a designer that is just taking it").exists();
    }

    @Test
    void another_process_holds_its_file_until_it_is_killed_then_its_work_is_offered() throws Exception {
        Process child = otherDesigner("hold");
        try {
            String line = firstLine(child);
            assertThat(line).as("the child claimed a recovery file").isNotNull();
            Path childFile = Path.of(line);
            assertThat(childFile).exists();

            assertThat(leftBehind(new RecoveryFolder(dir))).as("the child is running").isEmpty();
            assertThat(childFile).exists();

            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child died").isTrue();

            List<RecoveryFile> left = leftBehind(new RecoveryFolder(dir));
            assertThat(left).extracting(RecoveryFile::file).containsExactly(childFile);
            assertThat(left.get(0).read().title()).isEqualTo(RecoveryLockHolder.TITLE);
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void another_instance_in_this_jvm_looking_does_not_loosen_the_lock_for_other_processes() throws Exception {
        RecoveryFile running = claim(new RecoveryFolder(dir));
        running.write(design("live"));
        // On Linux, closing any channel on a locked file drops the process's lock on it: a look that
        // opened the lock file a second time would hand this designer's work to the next process.
        assertThat(leftBehind(new RecoveryFolder(dir))).isEmpty();
        assertThat(leftBehind(new RecoveryFolder(dir))).isEmpty();

        Process look = otherDesigner("look");
        try {
            assertThat(firstLine(look)).as("another process is offered nothing").isEqualTo("end");
            assertThat(look.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            look.destroyForcibly();
        }
        assertThat(running.file()).exists();
    }

    /** Another designer process on the same folder ({@link RecoveryLockHolder}). */
    private Process otherDesigner(String mode) throws java.io.IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RecoveryLockHolder.class.getName(), mode, dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static String firstLine(Process process) throws Exception {
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(30, TimeUnit.SECONDS);
    }
}
