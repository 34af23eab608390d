package org.zmqdesigner.app.canvas;

import java.util.function.LongFunction;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Where messages were lost, a ring that bursts and fades with the count; losses at the same place
 * while it shows add to its count rather than stacking rings.
 */
final class DropBurst extends Group {

    static final long LIFE_NANOS = 1_200_000_000L;

    private final Circle ring = new Circle(4);
    private final Text text = new Text();
    /** The words for a count ("−12 at HWM"), read in the current language at each loss. */
    private final LongFunction<String> words;
    private final Point2D at;
    private long count;
    private long bornNanos;

    DropBurst(Point2D at, LongFunction<String> words, String styleClass, long nowNanos) {
        this.at = at;
        this.words = words;
        getStyleClass().addAll("drop-burst", styleClass);
        ring.getStyleClass().add("burst-ring");
        ring.setFill(null);
        ring.setCenterX(at.getX());
        ring.setCenterY(at.getY());
        text.getStyleClass().add("burst-text");
        text.setFont(Font.font(null, FontWeight.BOLD, 12));
        getChildren().addAll(ring, text);
        setMouseTransparent(true);
        bornNanos = nowNanos;
    }

    void add(long lost, long nowNanos) {
        count += lost;
        text.setText(words.apply(count));
        // A new loss renews the burst, so a steady stream of drops keeps it visible.
        bornNanos = nowNanos;
    }

    long count() {
        return count;
    }

    String text() {
        return text.getText();
    }

    boolean animate(long nowNanos) {
        double p = (nowNanos - bornNanos) / (double) LIFE_NANOS;
        if (p >= 1) {
            return false;
        }
        double pulse = (nowNanos / 1e9 * 2.5) % 1;
        ring.setRadius(4 + 18 * pulse);
        ring.setOpacity(1 - pulse);
        text.setX(at.getX() + 8);
        text.setY(at.getY() - 10 - 8 * p);
        setOpacity(p < 0.7 ? 1 : (1 - p) / 0.3);
        return true;
    }
}
