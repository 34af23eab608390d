package org.zmqdesigner.app;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.zmqdesigner.engine.text.Language;
import org.zmqdesigner.engine.text.Texts;

/** View → Language: each language named in its own words, the current one checked. */
final class LanguageMenu {

    private static final Texts TEXTS = Texts.of(LanguageMenu.class);

    private LanguageMenu() {
    }

    static Menu build(Consumer<Locale> choose) {
        Menu menu = new Menu(TEXTS.get("menu.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Locale locale : Language.supported()) {
            RadioMenuItem item = new RadioMenuItem(name(locale));
            item.setId("menu-language-" + locale.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(locale.equals(Language.current()));
            // Later: the menu closes first, then the menu bar it belongs to is replaced.
            item.setOnAction(e -> Platform.runLater(() -> choose.accept(locale)));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The language's own name for itself: "English", "한국어". */
    static String name(Locale locale) {
        return TEXTS.get("language." + locale.getLanguage());
    }
}
