package org.zmqdesigner.app.files;

import java.nio.file.Path;
import java.util.List;
import org.zmqdesigner.engine.model.Topology;

/**
 * A stand-in for another designer process: claims a recovery file in the folder given, writes
 * a design to it, says where on standard output, and waits to be killed.
 */
public final class RecoveryLockHolder {

    public static final String TITLE = "work of a designer that was killed";

    public static void main(String[] args) throws Exception {
        RecoveryFile own = new RecoveryFolder(Path.of(args[0])).claim();
        own.write(new Topology(TITLE, null, List.of(), List.of()));
        System.out.println(own.file());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
