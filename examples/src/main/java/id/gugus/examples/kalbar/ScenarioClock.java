package id.gugus.examples.kalbar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The scenario's fixed "today": 30 November 2024 in Pontianak, the last month of the RAD
 * 2020–2024. Every date of the story lies before it, the follow-up due on 30 June 2024 is
 * overdue on it, and the output is the same on every run and every machine.
 */
public final class ScenarioClock {
    /** Kalimantan Barat keeps Western Indonesian Time (WIB). */
    public static final ZoneId PONTIANAK = ZoneId.of("Asia/Pontianak");
    public static final LocalDate TODAY = LocalDate.of(2024, 11, 30);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(PONTIANAK).toInstant(), PONTIANAK);

    private ScenarioClock() {}
}
