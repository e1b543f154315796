package id.gugus.jurisdiction;

/**
 * What kind of area a code denotes. The code alone decides it: regency suffix 01–69 is a
 * kabupaten and 71–99 a kota; village suffix 1xxx is a kelurahan, 2xxx a desa and 3xxx a
 * desa adat (customary village, found in Papua in the official list).
 */
public enum AreaKind {
    COUNTRY,
    PROVINCE,
    KABUPATEN,
    KOTA,
    KECAMATAN,
    KELURAHAN,
    DESA,
    DESA_ADAT
}
