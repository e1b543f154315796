package id.gugus.exchange;

import java.time.LocalDate;

/**
 * One cell of a register as the file holds it: its text, and for an XLSX cell that is a number or
 * a date, that number or date too. A CSV cell is text only. The text is what the file shows, so
 * that a value reported back reads as the user typed it.
 *
 * @param text the cell as text, stripped; empty for an empty cell
 * @param number the number of a numeric XLSX cell; null otherwise
 * @param date the date of an XLSX cell formatted as a date; null otherwise
 */
record RegisterCell(String text, Double number, LocalDate date) {
    static final RegisterCell EMPTY = new RegisterCell("", null, null);

    RegisterCell {
        text = text == null ? "" : text.strip();
    }

    static RegisterCell text(String text) {
        return new RegisterCell(text, null, null);
    }

    boolean isBlank() {
        return text.isEmpty() && number == null && date == null;
    }

    /** Redacted: a cell may hold a name or a NIK. */
    @Override
    public String toString() {
        return "RegisterCell[redacted]";
    }
}
