package org.zmqdesigner.app.actions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every action of the window, by id, in the order they were registered. */
public final class ActionRegistry {

    private final Map<String, Action> actions = new LinkedHashMap<>();

    public Action add(Action action) {
        Action old = actions.putIfAbsent(action.id(), action);
        if (old != null) {
            throw new IllegalArgumentException("two actions with id " + action.id());
        }
        for (Action other : actions.values()) {
            if (other != action && other.shortcut() != null && other.shortcut().equals(action.shortcut())) {
                throw new IllegalArgumentException(action.id() + " and " + other.id() + " share the shortcut "
                        + action.shortcutText());
            }
        }
        return action;
    }

    public Action get(String id) {
        Action action = actions.get(id);
        if (action == null) {
            throw new IllegalArgumentException("no action " + id);
        }
        return action;
    }

    public List<Action> all() {
        return Collections.unmodifiableList(new ArrayList<>(actions.values()));
    }

    /** The actions that have a shortcut, in registration order: what Help → Keyboard Shortcuts lists. */
    public List<Action> withShortcuts() {
        return actions.values().stream().filter(a -> a.shortcut() != null).toList();
    }
}
