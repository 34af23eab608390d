package org.zmqdesigner.engine.export.deploy;

import java.util.List;
import java.util.stream.Collectors;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.NodePlan;

/**
 * The export's README.md: what is in the folder, how to start each host (the launcher, Compose or
 * Kubernetes), in which order when it matters, what to expect, and every note of the export.
 * User strings appear only as printable one-line text (see {@link DeployNames#printable}).
 */
final class DeployReadme {

    private final DeployLayout layout;
    private final List<ComposeExport.HostCompose> composes;
    private final KubeExport kube;
    private final boolean jarIncluded;
    private final List<String> notes;
    private final StringBuilder out = new StringBuilder();

    DeployReadme(DeployLayout layout, List<ComposeExport.HostCompose> composes, KubeExport kube, boolean jarIncluded,
                 List<String> notes) {
        this.layout = layout;
        this.composes = composes;
        this.kube = kube;
        this.jarIncluded = jarIncluded;
        this.notes = notes;
    }

    String text() {
        DesignPlan plan = layout.plan();
        line("# Deployment of \"" + DeployNames.printable(plan.name()) + "\"");
        line();
        line("Exported by ZMQ Designer. Each host runs its nodes of the design with the ZMQ Designer engine"
                + " (Java 17 or later): `java -jar zmq-designer-engine.jar run topology.zmqtopo --only NODES`."
                + " The same nodes run three ways: with the launcher scripts on the machines themselves, with"
                + " Docker Compose, or on Kubernetes.");
        line();
        contents();
        hosts();
        order();
        launcher();
        compose();
        kubernetes();
        notes();
        return out.toString();
    }

    private void contents() {
        line("## What is here");
        line();
        line("- `topology.zmqtopo`: the design as it was exported; open it in the designer, or check it with"
                + " `java -jar zmq-designer-engine.jar validate topology.zmqtopo`.");
        if (jarIncluded) {
            line("- `" + DeployImage.JAR + "`: the engine that runs it, copied from the exporting ZMQ Designer.");
        } else {
            line("- `" + DeployImage.JAR + "` is NOT included (the exporter did not run from the engine's jar):"
                    + " build it with `./mvnw -pl engine package` in ZMQ Designer's source and copy"
                    + " `engine/target/zmq-designer-engine.jar` here, or point `" + LauncherScript.JAR_VARIABLE
                    + "` at it for the launchers. The Dockerfile needs it here.");
        }
        line("- `Dockerfile`: the image Compose and Kubernetes run (eclipse-temurin:17-jre, the engine's jar and"
                + " the design; it runs as user 10001, not root).");
        for (DeployLayout.Host host : layout.hosts()) {
            line("- `hosts/" + host.label() + "/`: " + host.shown() + ": `run.sh` (the launcher), `compose.yaml`"
                    + " and `" + ComposeExport.TOPOLOGY_FILE + "` (the design rewritten for its containers).");
        }
        line("- `kubernetes/`: `topology.yaml` (a ConfigMap `" + kube.configMapName() + "` holding the design"
                + " rewritten for the cluster) and one `host-HOST.yaml` per host (its Deployment and Services).");
        line();
    }

    private void hosts() {
        line("## Hosts");
        line();
        for (DeployLayout.Host host : layout.hosts()) {
            line("### " + host.shown() + ": `hosts/" + host.label() + "/`");
            line();
            for (NodePlan node : host.nodes()) {
                line("- `" + node.id() + "` (" + DeployNames.printable(node.node().label()) + "): "
                        + DeployNames.printable(node.pattern()) + ".");
            }
            for (DeployLayout.Bind bind : layout.binds()) {
                if (bind.host() != host) {
                    continue;
                }
                List<String> peers = layout.wiresTo(bind).stream()
                        .map(w -> "`" + w.link().from().node() + "`" + (w.crossesHosts() ? " on " + w.from().shown()
                                : "")).distinct().toList();
                line("- `" + bind.node().id() + "/" + bind.socket().id() + "` binds port " + bind.port() + " ("
                        + DeployNames.printable(bind.original()) + " in the design)"
                        + (peers.isEmpty() ? "; no node of the design connects to it."
                        : "; " + String.join(", ", peers) + " connect" + (peers.size() == 1 ? "s" : "") + " to it."));
            }
            line();
        }
    }

    private void order() {
        line("## Start order");
        line();
        if (layout.hosts().size() == 1) {
            line("One host: start it.");
        } else if (layout.orderMatters()) {
            line("Start the hosts in this order: " + layout.startOrder().stream().map(DeployLayout.Host::shown)
                    .collect(Collectors.joining(", then ")) + ". A subscriber on one host hears a publisher on"
                    + " another, and a PUB socket drops what it sends before a subscriber has joined (the zguide's"
                    + " slow joiner), so the subscribers' host goes first. Any other link does not mind the order:"
                    + " ZeroMQ connects, and reconnects, by itself.");
        } else {
            line("Any order: ZeroMQ connects, and reconnects, by itself, and no publisher on one host sends to a"
                    + " subscriber on another.");
        }
        line();
    }

    private void launcher() {
        line("## With the launcher (on each machine)");
        line();
        line("Copy this folder to every machine (with the engine's jar), then on each run its host's script:");
        line();
        line("```sh");
        for (DeployLayout.Host host : layout.startOrder()) {
            line("sh hosts/" + host.label() + "/run.sh            # " + host.shown());
        }
        line("```");
        line();
        line("Options after the script go to `run`: `--duration 30s`, `--report report.json`, `--speed 0.1`."
                + " Each run prints what its nodes sent and received; a link whose other end runs on another host"
                + " shows \"elsewhere\" for the side that host counts. Without `--duration` the run ends when every"
                + " source and sink with a count (or a sink's until) is done, or on Ctrl+C, which still prints the report.");
        if (layout.hosts().size() > 1) {
            line();
            line("The design names the machines: a node on one host dials another host by the name in its link"
                    + " (such as `tcp://HOST:5555`), so each host name must resolve to that machine (DNS or"
                    + " /etc/hosts), and the binding side must bind an interface the other machine reaches.");
        }
        line();
    }

    private void compose() {
        line("## With Docker Compose (one file per host)");
        line();
        line("Put the engine's jar next to the Dockerfile, then on each machine, in the start order above:");
        line();
        line("```sh");
        for (DeployLayout.Host host : layout.startOrder()) {
            line("docker compose -f hosts/" + host.label() + "/compose.yaml up --build");
        }
        line("```");
        line();
        line("Each service is one engine process: one node, or the nodes an inproc link joins (inproc only"
                + " joins threads of one process). Inside a container, loopback is that container alone, so"
                + " `" + ComposeExport.TOPOLOGY_FILE + "` differs from the design: every fixed-port bind listens"
                + " on all of the container's interfaces (`tcp://*:PORT`), a node dials a node of another service"
                + " on the same host by the service's name, a link to another host keeps the design's name for that"
                + " machine (which must resolve inside the containers: DNS, or `extra_hosts` in the Compose file), and a connect to an outside program on loopback dials the Docker host (`"
                + ComposeExport.DOCKER_HOST + "`). The file is mounted into the containers read-only, so it can be"
                + " edited without rebuilding the image.");
        line();
        line("Ports are published on the host only where someone outside the Compose network needs them: when a"
                + " node on another host connects to the port, when the design binds it on every interface (other"
                + " machines may connect), or when no node of the design connects to it (it is there for a program"
                + " outside the design; published on loopback when the design binds loopback). A port only nodes of"
                + " the same host connect to stays unpublished. For this design:");
        line();
        for (ComposeExport.HostCompose compose : composes) {
            for (ComposeExport.Publishing p : compose.ports()) {
                line("- " + compose.host().shown() + ", service `" + p.service() + "`, port " + p.bind().port() + ": "
                        + (p.published() ? "published" + (p.hostIp() == null ? "" : " on " + p.hostIp())
                        : "not published") + ", because " + p.why() + ".");
            }
        }
        if (composes.stream().allMatch(c -> c.ports().isEmpty())) {
            line("- No node binds a fixed tcp port.");
        }
        line();
        line("Health: a service that binds a port is healthy once a tcp connection to that port succeeds inside"
                + " its container (`bash -c 'exec 3<>/dev/tcp/127.0.0.1/PORT'`); services that connect to it start"
                + " after it is healthy (`depends_on`). A service that binds nothing has no port to check; it is"
                + " running while its engine runs. The engine sees each check as a peer that never completed the"
                + " ZeroMQ handshake: it says so once and counts the rest in its report.");
        line();
    }

    private void kubernetes() {
        line("## On Kubernetes");
        line();
        line("Build the image and make it available to the cluster (push it to a registry, or"
                + " `kind load docker-image`), then apply the folder:");
        line();
        line("```sh");
        line("docker build -t " + DeployImage.name(DeployNames.label(layout.plan().name(), "design")) + " .");
        line("kubectl apply -f kubernetes/");
        line("```");
        line();
        line("Each host is a Deployment with one pod running that host's nodes (one replica: each node is one of"
                + " a kind, and its ports are fixed). Each bound tcp port is a Service named after its node and"
                + " socket; a node on another host dials that Service's DNS name, while nodes of one host share"
                + " their pod's network and meet on localhost. Everything is labelled `" + KubeExport.PART_OF + ": "
                + DeployNames.label(layout.plan().name(), "design") + "`.");
        line();
        for (DeployLayout.Bind bind : layout.binds()) {
            line("- Service `" + kube.serviceName(bind) + "`: port " + bind.port() + " of `" + bind.node().id() + "/"
                    + bind.socket().id() + "` in Deployment `" + kube.deploymentName(bind.host()) + "`.");
        }
        line();
        line("Probes: a pod that binds a port is ready once a tcp connection to its first port succeeds, and is"
                + " restarted when that stops answering; a pod that binds nothing has no probe and is restarted"
                + " when its engine exits. Services are ClusterIP: reach a port from outside the cluster with"
                + " `kubectl port-forward service/NAME PORT`. A connect to a program outside the design on"
                + " localhost means the pod itself in the cluster: point it at that program's address. A design"
                + " whose sources have a count finishes its run and exits; the Deployment then starts it again.");
        line();
    }

    private void notes() {
        line("## Notes");
        line();
        for (String note : notes) {
            line("- " + DeployNames.printable(note));
        }
        line("- The Compose and Kubernetes files were checked by reading them back with the libraries that wrote"
                + " them (Jackson's YAML module, fabric8's Kubernetes model), not by running Docker or Kubernetes.");
        line();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void line() {
        out.append('\n');
    }
}
