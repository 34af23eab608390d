package org.zmqdesigner.app.explain;

import javafx.beans.binding.Bindings;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.zmqdesigner.app.actions.Action;

/** The "Why did I lose messages?" action: in the Run menu, the toolbar and the findings tab, on F7. */
public final class ExplainAction {

    public static final String ID = "explain";

    private ExplainAction() {
    }

    /** @param show brings the findings tab into view (the answer appears there) */
    public static Action create(Explanations explanations, Runnable show) {
        return new Action(ID, Words.get("action.explain"), () -> {
            show.run();
            explanations.explain();
        }).icon(MaterialDesignH.HELP_CIRCLE_OUTLINE).shortcut("F7")
                .textFrom(Bindings.createStringBinding(() -> Words.get("action.explain"), Words.language()))
                .enabledWhen(explanations.availableProperty());
    }

    /** The toolbar button's short text ("Why lost?"); its tooltip asks the whole question. */
    public static javafx.beans.value.ObservableStringValue toolbarText() {
        return Bindings.createStringBinding(() -> Words.get("toolbar.explain"), Words.language());
    }

    /** The findings tab's title, in the current language. */
    public static javafx.beans.value.ObservableStringValue tabTitle() {
        return Bindings.createStringBinding(() -> Words.get("tab.title"), Words.language());
    }
}
