package io.negotiationtracker.cli;

/** One Server-Sent Event: its id (the resume point), its name ("message" when unnamed) and its data. */
record ServerSentEvent(String id, String name, String data) {}
