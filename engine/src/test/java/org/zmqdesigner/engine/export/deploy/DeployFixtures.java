package org.zmqdesigner.engine.export.deploy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportRefusedException;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Topology;

/** The test designs split over hosts, in src/test/resources/export/deploy. */
final class DeployFixtures {
    private DeployFixtures() {
    }

    static Path file(String name) {
        try {
            return Path.of(DeployFixtures.class.getResource("/export/deploy/" + name + ".zmqtopo").toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test design " + name, e);
        }
    }

    static Topology design(String name) throws Exception {
        return new TopologyFiles(DeployExport.FORMAT).load(file(name));
    }

    /** The deployment of a design, without the engine's jar (tests run from classes folders). */
    static ExportTree export(Topology design, String name) throws ExportRefusedException {
        return new DeployExport(null).export(DesignPlan.of(design, name));
    }

    static ExportTree export(String name) throws Exception {
        return export(design(name), name);
    }

    /** A host name that would run commands, close quotes, end lines and add YAML keys if pasted as text. */
    static final String HOSTILE_HOST = "al'pha\" $(touch PWNED) `touch PWNED2` ${HOME}\nrm -rf PWNED3\n---\nkind: Secret";
    /** A second host: spaces, non-ASCII, a YAML word and a number. */
    static final String OTHER_HOST = "bêta machine ☃ yes 0x1F";
    /** A design name (the file's name) as hostile. */
    static final String HOSTILE_NAME = "hello $(touch PWNED4) 'x' \"y\" ${z}\n# end";
    /** Node ids keep to letters, digits, '-', '_' and '.', but letters of any script. */
    static final String SERVER_ID = "сервер.1";
    static final String CLIENT_ID = "客户_2";

    /** hello-two-hosts with hostile hosts, names, title and non-ASCII ids. */
    static Topology hostile() throws Exception {
        Topology base = design("hello-two-hosts");
        var server = base.node("server").orElseThrow().withId(SERVER_ID).withHost(HOSTILE_HOST)
                .withName("\"; System.exit(1); // */ ${x} \\u000a\n`id`");
        var client = base.node("client").orElseThrow().withId(CLIENT_ID).withHost(OTHER_HOST)
                .withName("$(reboot)\r\n'; DROP");
        var link = base.links().get(0);
        return base.withTitle("Hello \"world\" $(id)\n---\nkind: Secret").withNodes(java.util.List.of(client, server))
                .withLinks(java.util.List.of(new org.zmqdesigner.engine.model.Link(link.id(),
                        new org.zmqdesigner.engine.model.SocketRef(CLIENT_ID, link.from().socket()),
                        new org.zmqdesigner.engine.model.SocketRef(SERVER_ID, link.to().socket()), link.endpoint())));
    }
}
