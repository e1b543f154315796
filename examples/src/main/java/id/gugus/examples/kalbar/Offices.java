package id.gugus.examples.kalbar;

import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.TaskForceStatus;

/**
 * The officials of the story, and short Indonesian names for offices and statuses on screen.
 * Officials are recorded by their office ("Gubernur Kalimantan Barat"), not by a person's name:
 * the scenario invents nobody in public office.
 */
final class Offices {
    static final Official PRESIDENT = Official.of(Position.OTHER, "Presiden Republik Indonesia");
    static final Official MENKO_POLHUKAM = Official.of(Position.COORDINATING_MINISTER_POLITICS_LAW_SECURITY,
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan");
    static final Official KAPOLRI = Official.of(Position.KAPOLRI, "Kepala Kepolisian Negara Republik Indonesia");
    static final Official GOVERNOR = Official.of(Position.GOVERNOR, "Gubernur Kalimantan Barat");
    static final Official KAPOLDA = Official.of(Position.KAPOLDA, "Kepala Kepolisian Daerah Kalimantan Barat");
    static final Official HEAD_OF_DINAS_PPPA = Official.of(Position.HEAD_OF_DINAS_PPPA,
            "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Kalimantan Barat");

    private Offices() {}

    /** Bupati Sambas, Wali Kota Pontianak. */
    static Official regionalHead(Jurisdiction area) {
        return KalbarAreas.isCity(area.code())
                ? Official.of(Position.MAYOR, "Wali Kota " + KalbarAreas.shortName(area))
                : Official.of(Position.REGENT, "Bupati " + KalbarAreas.shortName(area));
    }

    /** Kapolres Sambas, Kapolresta Pontianak Kota. */
    static Official policeChief(Jurisdiction area, Regencies.Seat seat) {
        String office = seat.policeChief() == Position.KAPOLRESTA ? "Kapolresta " : "Kapolres ";
        return Official.of(seat.policeChief(), office + seat.policeUnit().replaceFirst("^Kepolisian Resor (Kota )?", ""));
    }

    static String label(Position position) {
        return switch (position) {
            case COORDINATING_MINISTER_POLITICS_LAW_SECURITY -> "Menko Polhukam";
            case COORDINATING_MINISTER_HUMAN_DEVELOPMENT_CULTURE -> "Menko PMK";
            case KAPOLRI -> "Kapolri";
            case GOVERNOR -> "Gubernur";
            case VICE_GOVERNOR -> "Wakil Gubernur";
            case KAPOLDA -> "Kapolda";
            case REGENT -> "Bupati";
            case MAYOR -> "Wali Kota";
            case KAPOLRES -> "Kapolres";
            case KAPOLRESTA -> "Kapolresta";
            case KAPOLRESTABES -> "Kapolrestabes";
            case REGIONAL_SECRETARY -> "Sekda";
            case HEAD_OF_DINAS_PPPA -> "Kepala Dinas PPPA";
            case OTHER -> "lainnya";
        };
    }

    static String label(TaskForceStatus status) {
        return switch (status) {
            case PROPOSED -> "proposed";
            case DECREE_DRAFTED -> "SK drafted";
            case ESTABLISHED -> "established";
            case DISSOLVED -> "dissolved";
        };
    }
}
