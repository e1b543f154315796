package id.gugus.taskforce;

import id.gugus.common.Dates;
import id.gugus.common.Texts;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The legal act (SK Gubernur, SK Bupati, SK Wali Kota, Perpres) that forms a task force or
 * adopts a plan. A drafted decree has a number and no date; a signed one has both and its
 * signatory.
 */
public record Decree(String number, LocalDate date, Official signatory, DecreeStatus status) {
    public Decree {
        Objects.requireNonNull(status, "status");
        Texts.optional(number, "decree.number", Texts.SHORT);
        Dates.inRange(date, "decree.date");
    }

    public static Decree draft(String number) {
        return new Decree(number, null, null, DecreeStatus.DRAFTED);
    }

    public Decree sign(LocalDate date, Official signatory) {
        return new Decree(number, date, signatory, DecreeStatus.SIGNED);
    }

    public boolean isSigned() {
        return status == DecreeStatus.SIGNED && number != null && date != null && signatory != null;
    }
}
