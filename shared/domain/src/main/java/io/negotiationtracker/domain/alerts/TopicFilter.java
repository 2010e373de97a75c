package io.negotiationtracker.domain.alerts;

import java.util.Set;

/**
 * What a subscription follows beyond its policy; each set is optional (empty: any). A deadline matches when it is about
 * one of the named parties, issues, measures, products (an HS code starting with a named heading, e.g. "8703" for cars)
 * and deadlines, for every set given.
 */
public record TopicFilter(
        Set<String> parties, Set<String> issues, Set<String> measures, Set<String> products, Set<String> deadlines) {
    public static final TopicFilter ANY = new TopicFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public TopicFilter {
        parties = parties == null ? Set.of() : Set.copyOf(parties);
        issues = issues == null ? Set.of() : Set.copyOf(issues);
        measures = measures == null ? Set.of() : Set.copyOf(measures);
        products = products == null ? Set.of() : Set.copyOf(products);
        deadlines = deadlines == null ? Set.of() : Set.copyOf(deadlines);
    }

    public boolean matches(AlertSubject s) {
        return any(parties, s.parties())
                && any(issues, s.issues())
                && any(measures, s.measures())
                && any(deadlines, Set.of(s.deadlineId()))
                && (products.isEmpty()
                        || s.productCodes().stream()
                                .anyMatch(code -> products.stream()
                                        .anyMatch(p -> digits(code).startsWith(digits(p)))));
    }

    private static boolean any(Set<String> wanted, Set<String> present) {
        return wanted.isEmpty() || wanted.stream().anyMatch(present::contains);
    }

    /** HS codes are written 8703, 8703.23 or 8703.23.01: compared on their digits. */
    private static String digits(String code) {
        return code.replaceAll("[^0-9]", "");
    }
}
