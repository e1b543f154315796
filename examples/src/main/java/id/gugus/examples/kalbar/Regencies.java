package id.gugus.examples.kalbar;

import com.google.common.collect.ImmutableMap;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.Position;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 12 kabupaten and 2 kota of Kalimantan Barat as the story needs them: the police resort
 * that serves each (Polresta in Pontianak, a Polres elsewhere) and the day its regent or mayor
 * signed the decree forming the task force. Kapuas Hulu and Melawi have only drafted theirs by
 * the scenario's today, which leaves the meeting's follow-up "regencies form their task forces"
 * overdue.
 */
final class Regencies {
    /**
     * @param policeUnit the resort police, e.g. Kepolisian Resor Sambas
     * @param signedOn when the decree was signed; empty while only drafted
     */
    record Seat(String policeUnit, Position policeChief, int decreeSerial, Optional<LocalDate> signedOn) {}

    private static final ImmutableMap<String, Seat> SEATS = ImmutableMap.<String, Seat>builder()
            .put("61.01", polres("Sambas", 101, "2024-01-22"))
            .put("61.02", polres("Mempawah", 102, "2024-02-05"))
            .put("61.03", polres("Sanggau", 103, "2023-12-18"))
            .put("61.04", polres("Ketapang", 104, "2024-03-11"))
            .put("61.05", polres("Sintang", 105, "2024-02-26"))
            .put("61.06", polres("Kapuas Hulu", 106, null))
            .put("61.07", polres("Bengkayang", 107, "2024-04-15"))
            .put("61.08", polres("Landak", 108, "2024-01-29"))
            .put("61.09", polres("Sekadau", 109, "2024-05-06"))
            .put("61.10", polres("Melawi", 110, null))
            .put("61.11", polres("Kayong Utara", 111, "2024-06-17"))
            .put("61.12", polres("Kubu Raya", 112, "2023-12-11"))
            .put("61.71", new Seat("Kepolisian Resor Kota Pontianak Kota", Position.KAPOLRESTA, 171,
                    Optional.of(LocalDate.parse("2023-11-27"))))
            .put("61.72", polres("Singkawang", 172, "2024-01-08"))
            .buildOrThrow();

    private Regencies() {}

    static Seat seat(JurisdictionCode regency) {
        Seat seat = SEATS.get(regency.value());
        if (seat == null) {
            throw new IllegalArgumentException("not a regency or city of Kalimantan Barat: " + regency);
        }
        return seat;
    }

    private static Seat polres(String place, int serial, String signed) {
        return new Seat("Kepolisian Resor " + place, Position.KAPOLRES, serial,
                Optional.ofNullable(signed).map(LocalDate::parse));
    }
}
