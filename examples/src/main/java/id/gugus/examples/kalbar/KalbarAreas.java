package id.gugus.examples.kalbar;

import id.gugus.jurisdiction.AreaKind;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.store.GugusStore;
import java.util.List;

/** The areas of the story, by their Kemendagri codes. */
final class KalbarAreas {
    /** Provinsi Kalimantan Barat. */
    static final JurisdictionCode PROVINCE = JurisdictionCode.of("61");
    /** Kota Pontianak, the provincial capital. */
    static final JurisdictionCode PONTIANAK = JurisdictionCode.of("61.71");
    /** Kecamatan Entikong (Kabupaten Sanggau): the land border post to Sarawak, Malaysia. */
    static final JurisdictionCode ENTIKONG = JurisdictionCode.of("61.03.21");

    private KalbarAreas() {}

    /** The 12 kabupaten and 2 kota of the province, in code order, as stored. */
    static List<Jurisdiction> regencies(GugusStore store) {
        return store.jurisdictions().children(PROVINCE);
    }

    /** "Kabupaten Sambas" → "Sambas", "Kota Pontianak" → "Pontianak". */
    static String shortName(Jurisdiction area) {
        return area.name().replaceFirst("^(Kabupaten|Kota) ", "");
    }

    static boolean isCity(JurisdictionCode code) {
        return code.kind() == AreaKind.KOTA;
    }
}
