package io.negotiationtracker.domain;

import io.negotiationtracker.events.ConcessionMade;

public record Concession(ConcessionMade made, EventRef ref) {}
