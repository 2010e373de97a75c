package io.negotiationtracker.domain;

import io.negotiationtracker.events.AgreementReached;

public record Agreement(AgreementReached terms, EventRef ref) {}
