package io.negotiationtracker.events;

/** How a party answered a proposal. On the wire in lower case. */
public enum ProposalAnswer {
    ACCEPTED,
    REJECTED
}
