package id.gugus.exchange;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Registers written the way users write them: rows of text per column, as CSV (Jackson) or as
 * XLSX (POI), with a hook to write a cell as a number or a date the way a spreadsheet would.
 * Every name, NIK and address here is invented.
 */
final class RegisterFiles {
    private RegisterFiles() {}

    /** A row: the template's example (fictional), to change column by column. */
    static Map<RegisterColumn, String> row() {
        Map<RegisterColumn, String> r = new EnumMap<>(RegisterColumn.class);
        r.put(RegisterColumn.NOMOR_KASUS, "LP/B/45/III/2024/SPKT/POLDA KALIMANTAN BARAT");
        r.put(RegisterColumn.TANGGAL_LAPORAN, "18-03-2024");
        r.put(RegisterColumn.KODE_WILAYAH_PELAPORAN, "61");
        r.put(RegisterColumn.STATUS, "penyidikan");
        r.put(RegisterColumn.NAMA_KORBAN, "Korban Fiktif Satu");
        r.put(RegisterColumn.NIK, "6171015205990003");
        r.put(RegisterColumn.KONTAK_KORBAN, "0812-0000-1111");
        r.put(RegisterColumn.ALAMAT_KORBAN, "Jl. Rekaan No. 7, Pontianak Selatan");
        r.put(RegisterColumn.JENIS_KELAMIN, "P");
        r.put(RegisterColumn.TANGGAL_LAHIR, "12 Mei 1999");
        r.put(RegisterColumn.KEWARGANEGARAAN, "WNI");
        r.put(RegisterColumn.KODE_WILAYAH_ASAL, "61.71");
        r.put(RegisterColumn.TANGGAL_DIREKRUT, "5 Januari 2024");
        r.put(RegisterColumn.PROSES, "perekrutan; pengiriman");
        r.put(RegisterColumn.CARA, "penipuan");
        r.put(RegisterColumn.JENIS_EKSPLOITASI, "penipuan daring");
        r.put(RegisterColumn.NEGARA_TUJUAN, "KHM");
        r.put(RegisterColumn.SALURAN_REKRUTMEN, "media sosial");
        r.put(RegisterColumn.PLATFORM, "Facebook");
        r.put(RegisterColumn.JENIS_RESTITUSI, "kehilangan kekayaan atau penghasilan");
        r.put(RegisterColumn.RESTITUSI_DITUNTUT, "Rp 15.000.000");
        r.put(RegisterColumn.NAMA_PELAKU, "Pelaku Fiktif A");
        r.put(RegisterColumn.PERAN_PELAKU, "perekrut");
        r.put(RegisterColumn.JENIS_PELAKU, "perorangan");
        return r;
    }

    /**
     * Three cases, five victims: case A (investigation, two victims, one suspect named on both
     * rows and a corporation), case B (reported, a child known by age only, no NIK), case C
     * (closed, with its reason, registered by Kota Pontianak).
     */
    static List<Map<RegisterColumn, String>> validRegister() {
        List<Map<RegisterColumn, String>> rows = new ArrayList<>();
        rows.add(row());
        Map<RegisterColumn, String> a2 = row();
        a2.put(RegisterColumn.NAMA_KORBAN, "Korban Fiktif Dua");
        a2.put(RegisterColumn.NIK, "6103 2109 0785 0002");
        a2.put(RegisterColumn.KONTAK_KORBAN, "");
        a2.put(RegisterColumn.ALAMAT_KORBAN, "");
        a2.put(RegisterColumn.JENIS_KELAMIN, "laki-laki");
        a2.put(RegisterColumn.TANGGAL_LAHIR, "09/07/1985");
        a2.put(RegisterColumn.KODE_WILAYAH_ASAL, "61.03");
        a2.put(RegisterColumn.TANGGAL_DIREKRUT, "2024-01-08");
        a2.put(RegisterColumn.PLATFORM, "WhatsApp");
        a2.put(RegisterColumn.JENIS_RESTITUSI, "penderitaan");
        a2.put(RegisterColumn.RESTITUSI_DITUNTUT, "7.500.000,00");
        a2.put(RegisterColumn.NAMA_PELAKU, "PT Rekaan Jaya");
        a2.put(RegisterColumn.PERAN_PELAKU, "perekrut; calo");
        a2.put(RegisterColumn.JENIS_PELAKU, "korporasi");
        rows.add(a2);
        Map<RegisterColumn, String> b = row();
        b.put(RegisterColumn.NOMOR_KASUS, "LP/B/77/V/2024/SPKT/POLRESTA PONTIANAK");
        b.put(RegisterColumn.TANGGAL_LAPORAN, "2 Mei 2024");
        b.put(RegisterColumn.KODE_WILAYAH_PELAPORAN, "61.71");
        b.put(RegisterColumn.STATUS, "dilaporkan");
        b.put(RegisterColumn.NAMA_KORBAN, "Anak Fiktif");
        b.put(RegisterColumn.NIK, "");
        b.put(RegisterColumn.TANGGAL_LAHIR, "");
        b.put(RegisterColumn.UMUR, "16");
        b.put(RegisterColumn.TANGGAL_DIREKRUT, "20 Apr 2024");
        b.put(RegisterColumn.CARA, "");
        b.put(RegisterColumn.JENIS_EKSPLOITASI, "eksploitasi seksual");
        b.put(RegisterColumn.NEGARA_TUJUAN, "MYS");
        b.put(RegisterColumn.JENIS_RESTITUSI, "");
        b.put(RegisterColumn.RESTITUSI_DITUNTUT, "");
        b.put(RegisterColumn.NAMA_PELAKU, "");
        b.put(RegisterColumn.PERAN_PELAKU, "");
        b.put(RegisterColumn.JENIS_PELAKU, "");
        rows.add(b);
        Map<RegisterColumn, String> b2 = new EnumMap<>(b);
        b2.put(RegisterColumn.NAMA_KORBAN, "Korban Fiktif Tiga");
        b2.put(RegisterColumn.UMUR, "24");
        b2.put(RegisterColumn.JENIS_KELAMIN, "L");
        b2.put(RegisterColumn.CARA, "jeratan utang");
        b2.put(RegisterColumn.JENIS_EKSPLOITASI, "FORCED_LABOUR");
        rows.add(b2);
        Map<RegisterColumn, String> c = row();
        c.put(RegisterColumn.NOMOR_KASUS, "LP/B/12/I/2024/SPKT/POLRESTA PONTIANAK");
        c.put(RegisterColumn.TANGGAL_LAPORAN, "15.01.2024");
        c.put(RegisterColumn.KODE_WILAYAH_PELAPORAN, "61.71");
        c.put(RegisterColumn.STATUS, "ditutup");
        c.put(RegisterColumn.ALASAN_PENUTUPAN, "Penyidikan dihentikan (SP3)");
        c.put(RegisterColumn.NAMA_KORBAN, "Korban Fiktif Empat");
        c.put(RegisterColumn.NIK, "");
        c.put(RegisterColumn.TANGGAL_LAHIR, "1 Agt 2000");
        c.put(RegisterColumn.TANGGAL_DIREKRUT, "3 Desember 2023");
        c.put(RegisterColumn.NEGARA_TUJUAN, "");
        c.put(RegisterColumn.RESTITUSI_DITUNTUT, "Rp5.000.000,-");
        c.put(RegisterColumn.NAMA_PELAKU, "Pelaku Fiktif B");
        rows.add(c);
        return rows;
    }

    static byte[] csv(List<Map<RegisterColumn, String>> rows) {
        return csv(rows, ',');
    }

    static byte[] csv(List<Map<RegisterColumn, String>> rows, char separator) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter w = new CsvMapper().writer(CsvSchema.emptySchema().withColumnSeparator(separator))
                .writeValues(out)) {
            List<String> header = new ArrayList<>();
            for (RegisterColumn c : RegisterColumn.values()) {
                header.add(c.header());
            }
            w.write(header);
            for (Map<RegisterColumn, String> r : rows) {
                List<String> line = new ArrayList<>();
                for (RegisterColumn c : RegisterColumn.values()) {
                    line.add(r.getOrDefault(c, ""));
                }
                w.write(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** How a test writes one cell of an XLSX register; returns false to leave it to the default (text). */
    interface CellWriter {
        boolean write(XSSFWorkbook workbook, Cell cell, RegisterColumn column, String text);
    }

    static byte[] xlsx(List<Map<RegisterColumn, String>> rows, CellWriter writer) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("register");
            Row head = sheet.createRow(0);
            for (RegisterColumn c : RegisterColumn.values()) {
                head.createCell(c.ordinal()).setCellValue(c.header());
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (RegisterColumn c : RegisterColumn.values()) {
                    String text = rows.get(i).getOrDefault(c, "");
                    if (text.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c.ordinal());
                    if (!writer.write(wb, cell, c, text)) {
                        cell.setCellValue(text);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
