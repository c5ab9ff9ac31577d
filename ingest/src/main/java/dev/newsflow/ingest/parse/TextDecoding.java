package dev.newsflow.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text with the right character set, detected rather than assumed: a byte-order mark first, then
 * the charset the transport or the document declares, then strict UTF-8, then Mozilla's statistical detector, and
 * windows-1252 (which decodes any byte) last.
 */
final class TextDecoding {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile("(?i)<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {}

    /** The text and the charset it was read with. */
    record Decoded(String text, Charset charset) {}

    /** Whether the bytes start with a UTF-16 or UTF-32 byte-order mark (such text is full of NUL bytes). */
    static boolean hasWideBom(byte[] bytes) {
        return bom(bytes)
                .filter(charset -> !charset.equals(StandardCharsets.UTF_8))
                .isPresent();
    }

    static Decoded decode(byte[] bytes, String contentType) {
        Optional<Charset> bom = bom(bytes);
        if (bom.isPresent()) {
            int skip = bom.get().equals(StandardCharsets.UTF_8)
                    ? 3
                    : bom.get().name().startsWith("UTF-32") ? 4 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom.get()), bom.get());
        }
        Optional<Charset> declared = declared(contentType).or(() -> declaredInside(bytes));
        if (declared.isPresent()) {
            Optional<String> text = strictly(bytes, declared.get());
            if (text.isPresent()) {
                return new Decoded(text.get(), declared.get());
            }
        }
        Optional<String> utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        Charset detected = detected(bytes).orElse(WINDOWS_1252);
        return new Decoded(new String(bytes, detected), detected);
    }

    private static Optional<Charset> bom(byte[] b) {
        if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
            return Optional.of(Charset.forName("UTF-32LE"));
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
            return Optional.of(Charset.forName("UTF-32BE"));
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> declared(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher matcher = CHARSET.matcher(contentType);
        return matcher.find() ? charset(matcher.group(1)) : Optional.empty();
    }

    /** A {@code <meta charset>} or XML declaration in the first 4 KiB, read as ASCII. */
    private static Optional<Charset> declaredInside(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.US_ASCII);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return charset(xml.group(1));
        }
        Matcher meta = CHARSET.matcher(head);
        return head.toLowerCase(Locale.ROOT).contains("<meta") && meta.find()
                ? charset(meta.group(1))
                : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            // browsers read a declared iso-8859-1 as windows-1252, and so do publishers' pages
            Charset charset = Charset.forName(name.strip());
            return Optional.of(
                    charset.name().equals("ISO-8859-1") || charset.name().equals("US-ASCII") ? WINDOWS_1252 : charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> detected(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 64 * 1024));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? Optional.empty() : charset(name);
    }
}
