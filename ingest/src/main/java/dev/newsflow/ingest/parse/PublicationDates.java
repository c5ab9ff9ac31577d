package dev.newsflow.ingest.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the publication dates news articles are written with and returns them as ISO-8601: a date
 * ({@code 2025-02-20}) when the source gives only a day, a date-time with seconds and offset
 * ({@code 2025-03-14T09:30:00+01:00}, {@code 2025-03-14T08:30:00Z}) when it gives a time.
 *
 * <p>Accepted: ISO dates and date-times, "20 February 2025", "20 Feb 2025", "February 20, 2025", "Feb. 20, 2025",
 * each with or without a weekday in front ("Tuesday, 4 November 2025"). A local date-time without an offset is
 * taken as UTC.
 */
public final class PublicationDates {

    private static final Pattern WEEKDAY_PREFIX = Pattern.compile(
            "^(?i)(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\\.?,?\\s+");

    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(
            formatter("d MMMM uuuu"),
            formatter("d MMM uuuu"),
            formatter("MMMM d, uuuu"),
            formatter("MMMM d uuuu"),
            formatter("MMM d, uuuu"),
            formatter("MMM. d, uuuu"),
            formatter("d MMMM, uuuu"));

    private PublicationDates() {}

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    /** The ISO-8601 form of {@code text}, or empty when it is not a date this class reads. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = WEEKDAY_PREFIX.matcher(text.strip()).replaceFirst("").strip();
        if (value.isEmpty() || value.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException notOffsetDateTime) {
            // try the next form
        }
        try {
            return Optional.of(
                    LocalDateTime.parse(value).atOffset(ZoneOffset.UTC).toString());
        } catch (DateTimeParseException notLocalDateTime) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(value).toString());
        } catch (DateTimeParseException notIsoDate) {
            // try the written-out forms
        }
        for (DateTimeFormatter format : DAY_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value, format).toString());
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
