package io.negotiationtracker.domain.alerts;

/**
 * A subscriber's interest: a policy (classes, kinds, horizons) and a topic filter. An alert is wanted when the policy
 * admits its deadline's class and its kind, its horizon is one of the policy's (for approaching alerts), and the
 * filter matches what its deadline is about.
 */
public record AlertInterest(AlertPolicy policy, TopicFilter filter) {
    public static final AlertInterest DEFAULT = new AlertInterest(AlertPolicy.DEFAULT, TopicFilter.ANY);

    public AlertInterest {
        policy = policy == null ? AlertPolicy.DEFAULT : policy;
        filter = filter == null ? TopicFilter.ANY : filter;
    }

    public boolean wants(AlertSubject subject, AlertKind kind, Integer horizonDays) {
        if (!policy.admits(subject.deadlineClass(), kind)) return false;
        if (horizonDays != null && !policy.horizonsDays().contains(horizonDays)) return false;
        return filter.matches(subject);
    }
}
