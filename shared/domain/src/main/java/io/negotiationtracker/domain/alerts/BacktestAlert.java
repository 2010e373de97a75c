package io.negotiationtracker.domain.alerts;

import java.time.LocalDate;

/** One line of a backtest: on {@code day}, the alert would have been sent, or not, and why not ({@code reason} null when sent). */
public record BacktestAlert(LocalDate day, DueAlert alert, boolean sent, Suppression reason) {
    public static BacktestAlert sent(LocalDate day, DueAlert alert) {
        return new BacktestAlert(day, alert, true, null);
    }

    public static BacktestAlert suppressed(LocalDate day, DueAlert alert, Suppression reason) {
        return new BacktestAlert(day, alert, false, reason);
    }
}
