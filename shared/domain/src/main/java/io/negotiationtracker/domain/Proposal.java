package io.negotiationtracker.domain;

import io.negotiationtracker.events.ProposalAnswer;
import io.negotiationtracker.events.ProposalMade;
import java.util.ArrayList;
import java.util.List;

/** An offer or proposal with the answers it got. Its status is the latest answer: accepted, rejected, or open. */
public record Proposal(String proposalId, ProposalMade made, EventRef ref, List<Answer> answers) {
    public record Answer(String party, ProposalAnswer answer, String summary, EventRef ref) {}

    public Proposal {
        answers = List.copyOf(answers);
    }

    Proposal answered(Answer a) {
        List<Answer> all = new ArrayList<>(answers);
        all.add(a);
        return new Proposal(proposalId, made, ref, all);
    }

    /** "open", "accepted" or "rejected". */
    public String status() {
        return answers.isEmpty()
                ? "open"
                : answers.get(answers.size() - 1).answer().name().toLowerCase(java.util.Locale.ROOT);
    }
}
