package io.negotiationtracker.domain;

public enum TariffStepKind { THREATENED, IMPOSED, CHANGED }
