package org.zmqdesigner.app.canvas;

import javafx.scene.paint.Color;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.text.Texts;

/**
 * Sockets are coloured by the zguide's pattern families, so a picture shows the patterns at a
 * glance; the legend explains the colours. Chosen to stay distinct on light and dark themes and
 * for the common colour-vision deficiencies (blue, orange, green-teal, purple).
 */
public final class FamilyColors {
    private static final Texts TEXTS = Texts.of(FamilyColors.class);

    private FamilyColors() {
    }

    public static Color of(SocketType.Family family) {
        return switch (family) {
            case REQUEST_REPLY -> Color.web("#2f6fd6");
            case PUBLISH_SUBSCRIBE -> Color.web("#e07b00");
            case PIPELINE -> Color.web("#16927f");
            case EXCLUSIVE_PAIR -> Color.web("#8a4fd1");
        };
    }

    public static Color of(SocketType type) {
        return of(type.family());
    }

    /** Devices take the colour of the pattern they serve: their frontend's family. */
    public static Color of(NodeKind kind) {
        return kind.isDevice() ? of(kind.deviceSockets().get(NodeKind.FRONTEND)) : Color.web("#6b7280");
    }

    /** The family's name in the current language ("Request-reply"), as the legend shows it. */
    public static String label(SocketType.Family family) {
        return TEXTS.get(switch (family) {
            case REQUEST_REPLY -> "family.requestReply";
            case PUBLISH_SUBSCRIBE -> "family.publishSubscribe";
            case PIPELINE -> "family.pipeline";
            case EXCLUSIVE_PAIR -> "family.exclusivePair";
        });
    }

    /** #rrggbb, for SVG and CSS. */
    public static String hex(Color color) {
        return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
