package io.negotiationtracker.domain;

import io.negotiationtracker.events.StatementMade;

public record Statement(StatementMade said, EventRef ref) {}
