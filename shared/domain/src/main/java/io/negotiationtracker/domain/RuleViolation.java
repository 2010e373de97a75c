package io.negotiationtracker.domain;

/** A rule of the negotiation that a proposed event breaks; field is the JSON path it concerns, e.g. data.previousDueOn. */
public record RuleViolation(String field, String message) {}
