package id.gugus.jurisdiction;

import id.gugus.common.Texts;
import java.util.Objects;
import java.util.Optional;

/** An area of the Kemendagri tree with its official name, e.g. {@code 61 Kalimantan Barat}. */
public record Jurisdiction(JurisdictionCode code, String name) {
    public Jurisdiction {
        Objects.requireNonNull(code, "code");
        Texts.required(name, "jurisdiction.name", Texts.SHORT);
    }

    public static Jurisdiction of(String code, String name) {
        return new Jurisdiction(JurisdictionCode.of(code), name);
    }

    public Level level() {
        return code.level();
    }

    public AreaKind kind() {
        return code.kind();
    }

    public Optional<JurisdictionCode> parent() {
        return code.parent();
    }
}
