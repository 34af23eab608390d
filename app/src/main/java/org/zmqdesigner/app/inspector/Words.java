package org.zmqdesigner.app.inspector;

import java.util.List;

/** Small pieces of sentences the inspector builds from lists, in the current language. */
final class Words {

    private Words() {
    }

    /** "REP or ROUTER", "\"a\" or \"b\" or \"c\"": the items joined as alternatives. */
    static String or(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        String joined = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            joined = InspectorContext.text("list.or", joined, items.get(i));
        }
        return joined;
    }
}
