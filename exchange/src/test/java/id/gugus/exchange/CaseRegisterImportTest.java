package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.RestitutionHead;
import id.gugus.cases.Sex;
import id.gugus.cases.SuspectKind;
import id.gugus.cases.SuspectRole;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.CountryCode;
import id.gugus.error.AccessDeniedException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.spi.StorageBackend;
import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.storage.tck.TckWorld;
import id.gugus.store.GugusStore;
import id.gugus.testing.ServerDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Importing a case register: valid files stored whole, a file with an error in every column refused. */
class CaseRegisterImportTest {
    static final Locale ID = Locale.forLanguageTag("id");

    GugusStore store;

    @BeforeEach
    void seed() {
        store = seeded(new InMemoryBackend());
    }

    static GugusStore seeded(StorageBackend backend) {
        GugusStore store = GugusStore.on(backend, TckFixtures.CLOCK);
        TckWorld.seed(store);
        return store;
    }

    static CaseRegisterResult csv(GugusStore store, byte[] file, CaseRegisterMode mode) {
        return CaseRegisterImport.csv(store, new ByteArrayInputStream(file), mode, Progress.NONE);
    }

    static long stored(GugusStore store) {
        return store.cases().stream(CaseQuery.all()).count();
    }

    @Test
    void aValidCsvRegisterIsStoredAsItsCasesVictimsAndSuspects() {
        CaseRegisterResult result = csv(store, RegisterFiles.csv(RegisterFiles.validRegister()), CaseRegisterMode.ALL_OR_NOTHING);

        assertThat(result.report().problems()).isEmpty();
        assertThat(result.report().rows()).isEqualTo(5);
        assertThat(result.report().cases()).isEqualTo(3);
        assertThat(result.report().casesStored()).isEqualTo(3);
        assertThat(result.report().victimsStored()).isEqualTo(5);
        assertThat(result.rowsToFix()).isZero();
        assertThat(stored(store)).isEqualTo(3);
        assertValidRegisterStored(store);
    }

    /** What the valid register means, read back from the store. */
    static void assertValidRegisterStored(GugusStore store) {
        TraffickingCase a = store.cases().findByNumber(CaseNumber.of("LP/B/45/III/2024/SPKT/POLDA KALIMANTAN BARAT")).orElseThrow();
        assertThat(a.version()).isEqualTo(1);
        assertThat(a.reportedOn()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(a.registeredIn()).isEqualTo(JurisdictionCode.of("61"));
        assertThat(a.status()).isEqualTo(CaseStatus.INVESTIGATION);
        assertThat(a.route().exploitation().country()).isEqualTo(CountryCode.of("KHM"));
        assertThat(a.victims()).hasSize(2);
        Victim first = a.victims().get(0);
        assertThat(first.personal().nik().value()).isEqualTo("6171015205990003");
        assertThat(first.personal().shownName()).isEqualTo("Korban Fiktif Satu");
        assertThat(first.sex()).isEqualTo(Sex.FEMALE);
        assertThat(first.birthDate()).isEqualTo(LocalDate.of(1999, 5, 12));
        assertThat(first.traffickedOn()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(first.origin()).isEqualTo(JurisdictionCode.of("61.71"));
        assertThat(first.elements().purposes()).containsExactly(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM);
        assertThat(first.restitution().get(0).head()).isEqualTo(RestitutionHead.LOST_PROPERTY_OR_INCOME);
        assertThat(first.restitution().get(0).claimed().amount()).isEqualTo(15_000_000L);
        Victim second = a.victims().get(1);
        assertThat(second.personal().nik().value()).isEqualTo("6103210907850002");
        assertThat(second.sex()).isEqualTo(Sex.MALE);
        assertThat(second.restitution().get(0).claimed().amount()).isEqualTo(7_500_000L);
        assertThat(a.suspects()).extracting(s -> s.kind()).containsExactly(SuspectKind.NATURAL_PERSON, SuspectKind.LEGAL_PERSON);
        assertThat(a.suspects().get(1).roles()).containsExactlyInAnyOrder(SuspectRole.RECRUITER, SuspectRole.BROKER_OR_AGENT);

        TraffickingCase b = store.cases().findByNumber(CaseNumber.of("LP/B/77/V/2024/SPKT/POLRESTA PONTIANAK")).orElseThrow();
        assertThat(b.victims()).extracting(Victim::wasChild).containsExactly(true, false);
        assertThat(b.victims().get(0).personal().nik()).isNull();
        assertThat(b.suspects()).isEmpty();

        TraffickingCase c = store.cases().findByNumber(CaseNumber.of("LP/B/12/I/2024/SPKT/POLRESTA PONTIANAK")).orElseThrow();
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closingReason()).isEqualTo("Penyidikan dihentikan (SP3)");
        assertThat(c.reportedOn()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(c.victims().get(0).birthDate()).isEqualTo(LocalDate.of(2000, 8, 1));
        assertThat(c.victims().get(0).restitution().get(0).claimed().amount()).isEqualTo(5_000_000L);
    }

    @Test
    void aRegisterSavedBySpreadsheetInIndonesianWithSemicolonsAndAByteOrderMarkReadsTheSame() {
        byte[] body = RegisterFiles.csv(RegisterFiles.validRegister(), ';');
        byte[] file = new byte[body.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(body, 0, file, 3, body.length);

        CaseRegisterResult result = csv(store, file, CaseRegisterMode.ALL_OR_NOTHING);

        assertThat(result.report().problems()).isEmpty();
        assertValidRegisterStored(store);
    }

    @Test
    void aValidXlsxRegisterWithDateNumberAndTextCellsIsStoredTheSame() throws IOException {
        byte[] file = RegisterFiles.xlsx(RegisterFiles.validRegister(), CaseRegisterImportTest::asASpreadsheetWould);

        CaseRegisterResult result = CaseRegisterImport.xlsx(store, new ByteArrayInputStream(file),
                CaseRegisterMode.ALL_OR_NOTHING, Progress.NONE);

        assertThat(result.report().problems()).isEmpty();
        assertThat(result.report().casesStored()).isEqualTo(3);
        assertValidRegisterStored(store);
    }

    /** Report dates as date cells, amounts and ages as numbers; the rest (the NIK too) as text. */
    static boolean asASpreadsheetWould(XSSFWorkbook wb, org.apache.poi.ss.usermodel.Cell cell, RegisterColumn column,
            String text) {
        if (column == RegisterColumn.TANGGAL_LAPORAN) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            cell.setCellValue(IndonesianDates.parse(text, "t"));
            cell.setCellStyle(date);
            return true;
        }
        if (column == RegisterColumn.RESTITUSI_DITUNTUT) {
            cell.setCellValue(RupiahText.parse(text, "r").amount());
            return true;
        }
        if (column == RegisterColumn.UMUR) {
            cell.setCellValue(Integer.parseInt(text));
            return true;
        }
        return false;
    }

    @Test
    void aNikTypedIntoANumericCellIsRefusedWithTheFixAndNothingIsStored() {
        byte[] file = RegisterFiles.xlsx(RegisterFiles.validRegister(), (wb, cell, column, text) -> {
            if (column == RegisterColumn.NIK) {
                cell.setCellValue(Double.parseDouble(text.replace(" ", "")));
                return true;
            }
            return false;
        });

        CaseRegisterResult result = CaseRegisterImport.xlsx(store, new ByteArrayInputStream(file),
                CaseRegisterMode.ALL_OR_NOTHING, Progress.NONE);

        assertThat(result.report().problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "nik", "REGISTER-NIK-NUMBER"),
                        org.assertj.core.groups.Tuple.tuple(3L, "nik", "REGISTER-NIK-NUMBER"));
        assertThat(result.report().problems().get(0).value()).isNull();
        assertThat(result.report().problems().get(0).messageEn()).contains("Format the column nik as Text");
        assertThat(result.report().problems().get(0).messageId()).contains("Teks");
        assertThat(stored(store)).isZero();
    }

    /** One row per column with one error each; the values of personal columns to look for in messages. */
    static final String LONG_NAME = "Nama Sangat Panjang " + Strings.repeat("x", 200);
    static final String BAD_NIK = "617101520599003";
    static final String LONG_CONTACT = "0812" + Strings.repeat("9", 200);
    static final String LONG_ADDRESS = "Jl. Panjang " + Strings.repeat("y", 2000);
    static final String BAD_BIRTH = "12 Mai 1999";
    static final String LONG_SUSPECT = "Pelaku Panjang " + Strings.repeat("z", 200);
    static final String CLOSING = "Dihentikan karena korban Korban Fiktif Satu menarik laporan";

    static List<Map<RegisterColumn, String>> errorInEveryColumn() {
        Map<RegisterColumn, String> r = RegisterFiles.row();
        r.put(RegisterColumn.NOMOR_KASUS, "LP/SALAH/1");
        r.put(RegisterColumn.TANGGAL_LAPORAN, "31-02-2024");
        r.put(RegisterColumn.KODE_WILAYAH_PELAPORAN, "61.7");
        r.put(RegisterColumn.STATUS, "entah");
        r.put(RegisterColumn.NAMA_KORBAN, LONG_NAME);
        r.put(RegisterColumn.NIK, BAD_NIK);
        r.put(RegisterColumn.KONTAK_KORBAN, LONG_CONTACT);
        r.put(RegisterColumn.ALAMAT_KORBAN, LONG_ADDRESS);
        r.put(RegisterColumn.JENIS_KELAMIN, "X");
        r.put(RegisterColumn.TANGGAL_LAHIR, BAD_BIRTH);
        r.put(RegisterColumn.UMUR, "dua puluh");
        r.put(RegisterColumn.KEWARGANEGARAAN, "XYZ");
        r.put(RegisterColumn.KODE_WILAYAH_ASAL, "6171");
        r.put(RegisterColumn.TANGGAL_DIREKRUT, "2024/13/01");
        r.put(RegisterColumn.PROSES, "menculik");
        r.put(RegisterColumn.CARA, "paksaan");
        r.put(RegisterColumn.JENIS_EKSPLOITASI, "kerja");
        r.put(RegisterColumn.NEGARA_TUJUAN, "Kamboja");
        r.put(RegisterColumn.SALURAN_REKRUTMEN, "koran");
        r.put(RegisterColumn.PLATFORM, "Friendster");
        r.put(RegisterColumn.JENIS_RESTITUSI, "ganti rugi");
        r.put(RegisterColumn.RESTITUSI_DITUNTUT, "15,000,000");
        r.put(RegisterColumn.NAMA_PELAKU, LONG_SUSPECT);
        r.put(RegisterColumn.PERAN_PELAKU, "bos");
        r.put(RegisterColumn.JENIS_PELAKU, "perusahaan");
        Map<RegisterColumn, String> noNumber = RegisterFiles.row();
        noNumber.put(RegisterColumn.NOMOR_KASUS, "");
        Map<RegisterColumn, String> reasonWhileOpen = RegisterFiles.row();
        reasonWhileOpen.put(RegisterColumn.NOMOR_KASUS, "LP/SALAH/3");
        reasonWhileOpen.put(RegisterColumn.ALASAN_PENUTUPAN, CLOSING);
        return List.of(r, noNumber, reasonWhileOpen);
    }

    @Test
    void aRegisterWithAnErrorInEveryColumnIsRefusedWithOneProblemPerColumnAndNothingStored() {
        CaseRegisterResult result = csv(store, RegisterFiles.csv(errorInEveryColumn()), CaseRegisterMode.ALL_OR_NOTHING);

        List<ImportProblem> problems = result.report().problems();
        assertThat(problems).extracting(ImportProblem::column).containsExactlyInAnyOrder(
                Arrays.stream(RegisterColumn.values()).map(RegisterColumn::header).toArray(String[]::new));
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.row()).isBetween(2L, 4L);
            assertThat(p.ruleId()).isNotBlank();
            assertThat(p.messageId()).isNotBlank().isNotEqualTo(p.messageEn());
        });
        assertThat(problems).filteredOn(p -> p.column().equals("tanggal_laporan")).singleElement()
                .satisfies(p -> {
                    assertThat(p.row()).isEqualTo(2);
                    assertThat(p.ruleId()).isEqualTo("REGISTER-DATE");
                    assertThat(p.value()).isEqualTo("31-02-2024");
                    assertThat(p.format(Locale.ENGLISH)).isEqualTo(
                            "row 2, column tanggal_laporan [REGISTER-DATE] value '31-02-2024': Not a real calendar date.");
                    assertThat(p.format(ID)).startsWith("baris 2, kolom tanggal_laporan [REGISTER-DATE] nilai '31-02-2024': ");
                });
        assertThat(problems).filteredOn(p -> p.column().equals("nik")).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("REGISTER-NIK");
            assertThat(p.value()).isNull();
            assertThat(p.messageEn()).isEqualTo("The NIK has 15 digits; 16 are required.");
        });
        assertThat(problems).filteredOn(p -> p.column().equals("nomor_kasus")).singleElement()
                .satisfies(p -> assertThat(p.row()).isEqualTo(3));
        assertThat(problems).filteredOn(p -> p.column().equals("alasan_penutupan")).singleElement()
                .satisfies(p -> {
                    assertThat(p.row()).isEqualTo(4);
                    assertThat(p.ruleId()).isEqualTo("CASE-CLOSING-REASON");
                    assertThat(p.value()).isNull();
                });
        assertThat(problems).filteredOn(p -> p.column().equals("jenis_eksploitasi")).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo("kerja"));
        assertThat(result.stored()).isEmpty();
        assertThat(result.report().casesStored()).isZero();
        assertThat(stored(store)).isZero();
        assertNoPersonalValue(result.report().text());
        assertNoPersonalValue(problems.toString());
    }

    @Test
    void anXlsxRegisterWithAnErrorInEveryColumnIsRefusedTheSameWay() {
        byte[] file = RegisterFiles.xlsx(errorInEveryColumn(), (wb, cell, column, text) -> false);

        CaseRegisterResult xlsx = CaseRegisterImport.xlsx(store, new ByteArrayInputStream(file),
                CaseRegisterMode.ALL_OR_NOTHING, Progress.NONE);
        CaseRegisterResult csv = csv(store, RegisterFiles.csv(errorInEveryColumn()), CaseRegisterMode.ALL_OR_NOTHING);

        assertThat(xlsx.report().problems()).hasSize(RegisterColumn.values().length)
                .containsExactlyInAnyOrderElementsOf(csv.report().problems());
        assertThat(stored(store)).isZero();
        assertNoPersonalValue(xlsx.report().text());
    }

    static void assertNoPersonalValue(String text) {
        for (String personal : List.of(LONG_NAME.substring(0, 25), BAD_NIK, LONG_CONTACT.substring(0, 10),
                LONG_ADDRESS.substring(0, 15), BAD_BIRTH, LONG_SUSPECT.substring(0, 20), CLOSING.substring(0, 20),
                "Korban Fiktif", "6171015205990003", "0812-0000-1111", "Jl. Rekaan", "12 Mei 1999", "Pelaku Fiktif")) {
            assertThat(text).doesNotContain(personal);
        }
    }

    @Test
    void aRuleOfTheModelIsReportedAtTheRowAndColumnToFixWithoutThePersonalValue() {
        List<Map<RegisterColumn, String>> rows = RegisterFiles.validRegister();
        rows.get(1).put(RegisterColumn.NIK, "6103210907850000"); // serial 0000
        rows.get(2).put(RegisterColumn.TANGGAL_DIREKRUT, "20 Juni 2024"); // after the report of 2 May

        CaseRegisterResult result = csv(store, RegisterFiles.csv(rows), CaseRegisterMode.ALL_OR_NOTHING);

        assertThat(result.report().problems()).extracting(ImportProblem::row, ImportProblem::column,
                ImportProblem::ruleId, ImportProblem::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "nik", "CASE-NIK-SERIAL", null),
                org.assertj.core.groups.Tuple.tuple(4L, "tanggal_direkrut", "CASE-DATE-ORDER", "20 Juni 2024"));
        assertThat(stored(store)).isZero();
        assertThat(result.report().text()).doesNotContain("6103210907850000");
    }

    @Test
    void validRowsModeStoresExactlyTheValidCasesAndReturnsTheOthersToFix() throws IOException {
        List<Map<RegisterColumn, String>> rows = new ArrayList<>(RegisterFiles.validRegister());
        rows.get(3).put(RegisterColumn.UMUR, "200"); // case B's second victim: case B is left out whole
        rows.add(errorInEveryColumn().get(0));

        CaseRegisterResult result = csv(store, RegisterFiles.csv(rows), CaseRegisterMode.VALID_ROWS);

        assertThat(result.stored()).extracting(c -> c.number().value()).containsExactly(
                "LP/B/45/III/2024/SPKT/POLDA KALIMANTAN BARAT", "LP/B/12/I/2024/SPKT/POLRESTA PONTIANAK");
        assertThat(stored(store)).isEqualTo(2);
        assertThat(result.report().casesStored()).isEqualTo(2);
        assertThat(result.report().victimsStored()).isEqualTo(3);
        assertThat(result.rowsToFix()).isEqualTo(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.writeToFix(out);
        List<List<String>> toFix = HtcdsExportTest.readCsv(out.toByteArray());
        assertThat(toFix.get(0)).last().isEqualTo(CaseRegisterResult.PROBLEMS_COLUMN);
        assertThat(toFix).hasSize(4);
        assertThat(toFix.get(1).get(0)).isEqualTo("LP/B/77/V/2024/SPKT/POLRESTA PONTIANAK");
        assertThat(toFix.get(1).get(RegisterColumn.values().length)).isEmpty();
        assertThat(toFix.get(2).get(RegisterColumn.values().length)).isEqualTo(
                "baris 5, kolom umur [REGISTER-AGE] nilai '200': Umur saat menjadi korban adalah bilangan bulat tahun dari 0 sampai 120.");
        assertThat(toFix.get(3).get(RegisterColumn.NIK.ordinal())).isEqualTo(BAD_NIK);
        assertThat(toFix.get(3).get(RegisterColumn.values().length)).contains("kolom nik [REGISTER-NIK]");
    }

    @Test
    void validRowsModeReturnsAnXlsxFileToFixForAnXlsxRegister() throws IOException {
        List<Map<RegisterColumn, String>> rows = new ArrayList<>(RegisterFiles.validRegister());
        rows.add(errorInEveryColumn().get(1));
        byte[] file = RegisterFiles.xlsx(rows, (wb, cell, column, text) -> false);

        CaseRegisterResult result = CaseRegisterImport.xlsx(store, new ByteArrayInputStream(file),
                CaseRegisterMode.VALID_ROWS, Progress.NONE);

        assertThat(result.report().casesStored()).isEqualTo(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.writeToFix(out);
        RegisterSheet back = RegisterSheet.xlsx(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.header()).last().isEqualTo(CaseRegisterResult.PROBLEMS_COLUMN);
        assertThat(back.lines()).singleElement().satisfies(l -> {
            assertThat(l.cell(RegisterColumn.NIK.ordinal()).text()).isEqualTo("6171015205990003");
            assertThat(l.cell(RegisterColumn.values().length).text()).contains("kolom nomor_kasus [REGISTER-REQUIRED]");
        });
    }

    @Test
    void aCaseNumberAlreadyStoredIsReportedAndTheRegisterNotStoredTwice() {
        byte[] file = RegisterFiles.csv(RegisterFiles.validRegister());
        csv(store, file, CaseRegisterMode.ALL_OR_NOTHING);

        CaseRegisterResult again = csv(store, file, CaseRegisterMode.ALL_OR_NOTHING);

        assertThat(again.report().problems()).extracting(ImportProblem::row, ImportProblem::ruleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "REGISTER-CASE-EXISTS"),
                org.assertj.core.groups.Tuple.tuple(4L, "REGISTER-CASE-EXISTS"),
                org.assertj.core.groups.Tuple.tuple(6L, "REGISTER-CASE-EXISTS"));
        assertThat(stored(store)).isEqualTo(3);
    }

    @Test
    void rowsOfOneCaseThatDisagreeOnTheCaseAndAnAreaOutsideTheTreeAreReported() {
        List<Map<RegisterColumn, String>> rows = RegisterFiles.validRegister();
        rows.get(1).put(RegisterColumn.STATUS, "penuntutan");
        rows.get(4).put(RegisterColumn.KODE_WILAYAH_ASAL, "61.98");

        CaseRegisterResult result = csv(store, RegisterFiles.csv(rows), CaseRegisterMode.ALL_OR_NOTHING);

        assertThat(result.report().problems()).extracting(ImportProblem::row, ImportProblem::column,
                ImportProblem::ruleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "status", "REGISTER-CASE-MISMATCH"),
                org.assertj.core.groups.Tuple.tuple(6L, "kode_wilayah_asal", "REGISTER-AREA"));
        assertThat(result.report().problems().get(0).messageEn()).contains("row 2");
        assertThat(stored(store)).isZero();
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithAnUnknownOneIsRefusedBeforeAnyRow() {
        String file = "nomor_kasus,tanggal_laporan,status,warna\nLP/1,18-03-2024,dilaporkan,biru\n";

        CaseRegisterResult result = csv(store, file.getBytes(StandardCharsets.UTF_8), CaseRegisterMode.VALID_ROWS);

        assertThat(result.report().problems()).extracting(ImportProblem::row, ImportProblem::ruleId)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(1L, "REGISTER-HEADER"));
        assertThat(result.report().problems()).extracting(p -> p.messageEn()).contains(
                "The header names a column the template does not have: warna. Nothing was stored.",
                "The header lacks the required column kode_wilayah_pelaporan. Nothing was stored.");
        assertThat(stored(store)).isZero();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedAsAFile() {
        CaseRegisterResult result = CaseRegisterImport.xlsx(store,
                new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)), CaseRegisterMode.ALL_OR_NOTHING,
                Progress.NONE);

        assertThat(result.report().problems()).extracting(ImportProblem::ruleId).containsExactly("REGISTER-FILE");
    }

    @Test
    void theShippedTemplateImportsAsItsOneExampleCase() throws IOException {
        try (InputStream in = CaseRegisterImport.class.getResourceAsStream("template-register-kasus.csv")) {
            CaseRegisterResult result = CaseRegisterImport.csv(store, in, CaseRegisterMode.ALL_OR_NOTHING, Progress.NONE);
            assertThat(result.report().problems()).isEmpty();
            assertThat(result.report().casesStored()).isEqualTo(1);
        }
    }

    @Test
    void progressCountsTheRowsAndTheCasesStored() {
        List<String> updates = new ArrayList<>();
        CaseRegisterImport.csv(store, new ByteArrayInputStream(RegisterFiles.csv(RegisterFiles.validRegister())),
                CaseRegisterMode.ALL_OR_NOTHING, (part, done, total) -> updates.add(part + " " + done + "/" + total));

        assertThat(updates).containsExactly("rows 1/5", "rows 2/5", "rows 3/5", "rows 4/5", "rows 5/5", "cases 3/3");
    }

    /** A back-end whose number lookup misses, as if another writer stored the number after the check. */
    static StorageBackend lookupMisses(StorageBackend backend) {
        return new id.gugus.spi.ForwardingStorageBackend() {
            @Override
            protected StorageBackend delegate() {
                return backend;
            }

            @Override
            public id.gugus.spi.CaseStorage cases() {
                id.gugus.spi.CaseStorage cases = backend.cases();
                return new id.gugus.spi.ForwardingCaseStorage() {
                    @Override
                    protected id.gugus.spi.CaseStorage delegate() {
                        return cases;
                    }

                    @Override
                    public java.util.Optional<TraffickingCase> findByNumber(CaseNumber number) {
                        return java.util.Optional.empty();
                    }
                };
            }
        };
    }

    @Test
    void aNumberTakenWhenStoringIsReportedAndValidRowsStoresTheOthers() {
        InMemoryBackend memory = new InMemoryBackend();
        GugusStore first = seeded(memory);
        List<Map<RegisterColumn, String>> rows = RegisterFiles.validRegister();
        csv(first, RegisterFiles.csv(rows.subList(0, 2)), CaseRegisterMode.ALL_OR_NOTHING);
        GugusStore racing = GugusStore.on(lookupMisses(memory), TckFixtures.CLOCK);

        CaseRegisterResult all = csv(racing, RegisterFiles.csv(rows), CaseRegisterMode.ALL_OR_NOTHING);
        assertThat(all.report().problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "nomor_kasus", "REGISTER-CASE-EXISTS"));
        assertThat(stored(first)).isEqualTo(1);

        CaseRegisterResult valid = csv(racing, RegisterFiles.csv(rows), CaseRegisterMode.VALID_ROWS);
        assertThat(valid.report().problems()).extracting(ImportProblem::row, ImportProblem::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "REGISTER-CASE-EXISTS"));
        assertThat(valid.report().casesStored()).isEqualTo(2);
        assertThat(valid.rowsToFix()).isEqualTo(2);
        assertThat(stored(first)).isEqualTo(3);
    }

    @Test
    void aCityCaseWorkerIsToldANumberIsTakenByAProvincialCaseWithoutSeeingItAndCannotImportOutsideItsScope() {
        List<Map<RegisterColumn, String>> rows = RegisterFiles.validRegister();
        csv(store, RegisterFiles.csv(rows.subList(0, 1)), CaseRegisterMode.ALL_OR_NOTHING); // case A, registered by 61
        GugusStore city = store.as(Actor.of("dp3a-pontianak/case-worker", JurisdictionCode.of("61.71"), Role.CASE_WORKER));
        Map<RegisterColumn, String> sameNumber = RegisterFiles.row();
        sameNumber.put(RegisterColumn.KODE_WILAYAH_PELAPORAN, "61.71");

        CaseRegisterResult taken = csv(city, RegisterFiles.csv(List.of(sameNumber)), CaseRegisterMode.ALL_OR_NOTHING);

        assertThat(taken.report().problems()).extracting(ImportProblem::ruleId).containsExactly("REGISTER-CASE-EXISTS");
        rows.get(0).put(RegisterColumn.NOMOR_KASUS, "LP/B/46/III/2024/SPKT/POLDA KALIMANTAN BARAT");
        rows.get(1).put(RegisterColumn.NOMOR_KASUS, "LP/B/46/III/2024/SPKT/POLDA KALIMANTAN BARAT");
        assertThatThrownBy(() -> csv(city, RegisterFiles.csv(rows), CaseRegisterMode.VALID_ROWS))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored(store)).isEqualTo(1);
    }

    @Test
    void warningsOfTheModelStopNothingAndAreReportedAtTheColumnThatWouldCompleteTheCase() {
        List<Map<RegisterColumn, String>> rows = RegisterFiles.validRegister();
        rows.get(1).put(RegisterColumn.CARA, "");               // an adult without means
        rows.get(1).put(RegisterColumn.TANGGAL_LAPORAN, "18/03/2024"); // the same date, written otherwise
        rows.get(4).put(RegisterColumn.KODE_WILAYAH_ASAL, "");  // a WNI without origin

        CaseRegisterResult result = csv(store, RegisterFiles.csv(rows), CaseRegisterMode.ALL_OR_NOTHING);

        assertThat(result.report().problems()).isEmpty();
        assertThat(result.report().casesStored()).isEqualTo(3);
        assertThat(result.report().warnings()).extracting(ImportProblem::row, ImportProblem::column,
                ImportProblem::ruleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "cara", "CASE-ELEMENTS"),
                org.assertj.core.groups.Tuple.tuple(6L, "kode_wilayah_asal", "CASE-ORIGIN"));
        assertThat(result.report().text(ID)).contains("Peringatan (tidak menghalangi penyimpanan):",
                "  baris 3, kolom cara [CASE-ELEMENTS]");
    }

    @Test
    void theImportingActorNeedsToWriteCasesAndNothingIsStoredWithoutIt() {
        GugusStore viewer = store.as(Actor.of("bappeda/stat", JurisdictionCode.of("61"), Role.VIEWER));

        assertThatThrownBy(() -> csv(viewer, RegisterFiles.csv(RegisterFiles.validRegister()), CaseRegisterMode.ALL_OR_NOTHING))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored(store)).isZero();
    }

    @Test
    void aValidRegisterIsStoredInH2AndPostgresql() {
        byte[] file = RegisterFiles.csv(RegisterFiles.validRegister());
        try (JdbcBackend h2 = JdbcBackend.h2InMemory("register-" + UUID.randomUUID())) {
            GugusStore onH2 = seeded(h2);
            assertThat(csv(onH2, file, CaseRegisterMode.ALL_OR_NOTHING).report().casesStored()).isEqualTo(3);
            assertValidRegisterStored(onH2);
            assertThat(csv(onH2, RegisterFiles.csv(errorInEveryColumn()), CaseRegisterMode.ALL_OR_NOTHING)
                    .report().casesStored()).isZero();
            assertThat(stored(onH2)).isEqualTo(3);
        }
        try (ServerDatabase pg = ServerDatabase.create(ServerDatabase.Kind.POSTGRES)) {
            GugusStore onPg = seeded(pg.backend());
            assertThat(csv(onPg, file, CaseRegisterMode.ALL_OR_NOTHING).report().casesStored()).isEqualTo(3);
            assertValidRegisterStored(onPg);
        }
    }

    @Test
    void theReportReadsInBothLanguages() {
        CaseRegisterResult result = csv(store, RegisterFiles.csv(errorInEveryColumn()), CaseRegisterMode.ALL_OR_NOTHING);

        String text = result.report().text();
        assertThat(text).startsWith("Register perkara: 3 baris, 3 perkara; disimpan 0 perkara dengan 0 korban; 26 masalah");
        assertThat(text).contains("Case register: 3 rows, 3 cases; stored 0 cases with 0 victims; 26 problems");
        assertThat(text.lines().filter(l -> l.startsWith("  baris ")).count()).isEqualTo(26);
        assertThat(text.lines().filter(l -> l.startsWith("  row ")).count()).isEqualTo(26);
        assertThat(result.report().problems().stream().map(ImportProblem::ruleId).collect(Collectors.toSet()))
                .contains("REGISTER-LABEL", "REGISTER-DATE", "REGISTER-NIK", "REGISTER-RUPIAH", "TEXT-FORMAT",
                        "COUNTRY-CODE", "REGISTER-REQUIRED", "CASE-CLOSING-REASON", "REGISTER-AGE");
    }
}
