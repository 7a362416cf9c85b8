package org.secplan.base;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8: a plan's text files are read only when every byte is valid, so that a damaged byte is reported
 * where it is instead of loading silently as U+FFFD or failing deep inside a reader.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** Where the first invalid byte sits: line and column (1-based; column counts characters) and byte offset. */
    public record Invalid(int line, int column, long offset) {
        public String describe() {
            return "invalid UTF-8 (byte offset " + offset + "); save the file as UTF-8";
        }
    }

    /** The first invalid byte of {@code bytes}, if any. */
    public static Optional<Invalid> firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(4096);
        int line = 1;
        int column = 1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            out.clear();
            if (r.isError()) {
                return Optional.of(new Invalid(line, column, in.position()));
            }
            if (r.isUnderflow()) {
                CoderResult end = decoder.flush(out);
                return end.isError() ? Optional.of(new Invalid(line, column, in.position())) : Optional.empty();
            }
        }
    }

    /** The text of valid UTF-8, or a {@link CharacterCodingException} naming the position. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        Optional<Invalid> bad = firstInvalid(bytes);
        if (bad.isPresent()) {
            throw new CharacterCodingException() {
                @Override
                public String getMessage() {
                    return bad.get().line() + ":" + bad.get().column() + ": " + bad.get().describe();
                }
            };
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
