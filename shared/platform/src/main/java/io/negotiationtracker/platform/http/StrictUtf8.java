package io.negotiationtracker.platform.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a request body as UTF-8 and refuses invalid bytes (400 problem) instead of replacing them with U+FFFD, so
 * that what is stored is what the writer sent, or nothing.
 */
public final class StrictUtf8 {
    private StrictUtf8() {}

    public static String decode(byte[] body) {
        if (body == null) return "";
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest(null, "the body is not valid UTF-8 (near byte " + in.position() + ")");
        }
    }
}
