package io.negotiationtracker.events.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Rewrites an event of an older shape ({@code type} and {@code data}) into the current one, in place. */
interface Upcaster {
    boolean canUpcast(ObjectNode event);

    void upcast(ObjectNode event);
}
