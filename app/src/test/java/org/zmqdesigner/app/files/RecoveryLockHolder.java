package org.zmqdesigner.app.files;

import java.nio.file.Path;
import java.util.List;
import org.zmqdesigner.engine.model.Topology;

/**
 * A stand-in for another designer process, in the folder given. {@code hold}: claims a recovery
 * file, writes a design to it, prints where, and waits to be killed. {@code look}: prints the
 * files it would offer at start (one a line, then {@code end}), lets go of them, and exits.
 */
public final class RecoveryLockHolder {

    public static final String TITLE = "work of a designer that was killed";

    public static void main(String[] args) throws Exception {
        RecoveryFolder folder = new RecoveryFolder(Path.of(args[1]));
        if (args[0].equals("hold")) {
            RecoveryFile own = folder.claim();
            own.write(new Topology(TITLE, null, List.of(), List.of()));
            System.out.println(own.file());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        } else {
            for (RecoveryFile file : folder.leftBehind()) {
                System.out.println(file.file());
                file.release();
            }
            System.out.println("end");
        }
    }
}
