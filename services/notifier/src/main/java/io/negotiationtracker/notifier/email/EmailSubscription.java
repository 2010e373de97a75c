package io.negotiationtracker.notifier.email;

import io.negotiationtracker.domain.alerts.AlertInterest;
import java.util.UUID;

/** An email subscription: the address, its negotiation (null: all) and what it follows. */
public record EmailSubscription(
        UUID id, String address, String negotiationId, AlertInterest interest, String description, String createdAt) {}
