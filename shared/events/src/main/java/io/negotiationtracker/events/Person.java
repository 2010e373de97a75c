package io.negotiationtracker.events;

/** Someone who speaks or negotiates for a party; role is optional, e.g. "minister in charge of economic revitalization". */
public record Person(String name, String role, String party) {
    public Person {
        name = Require.text(name, "name");
        role = Require.optionalText(role, "role");
        party = Require.text(party, "party");
    }
}
