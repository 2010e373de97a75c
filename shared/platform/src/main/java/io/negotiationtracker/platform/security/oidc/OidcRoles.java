package io.negotiationtracker.platform.security.oidc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tracker's roles (writer, reader) of a provider's token: the values found at the roles claim, mapped. */
public final class OidcRoles {
    public static final String WRITER = "writer";
    public static final String READER = "reader";

    private OidcRoles() {}

    public static List<String> of(
            Map<String, Object> claims,
            String claimPath,
            Collection<String> writerValues,
            Collection<String> readerValues) {
        Set<String> roles = new LinkedHashSet<>();
        for (String value : valuesAt(claims, claimPath)) {
            if (writerValues.contains(value)) roles.add(WRITER);
            if (readerValues.contains(value)) roles.add(READER);
        }
        return List.copyOf(roles);
    }

    /** The strings at a claim name or dotted path: a list's strings, or one string split at spaces and commas. */
    static List<String> valuesAt(Map<String, Object> claims, String path) {
        Object at = claims.get(path);
        if (at == null && path.contains(".")) {
            at = claims;
            for (String part : path.split("\\.")) {
                if (!(at instanceof Map<?, ?> map)) return List.of();
                at = map.get(part);
            }
        }
        List<String> values = new ArrayList<>();
        if (at instanceof Collection<?> list) {
            for (Object v : list) if (v instanceof String s) values.add(s);
        } else if (at instanceof String s) {
            for (String v : s.split("[\\s,]+")) if (!v.isEmpty()) values.add(v);
        }
        return values;
    }
}
