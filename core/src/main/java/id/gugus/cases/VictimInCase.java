package id.gugus.cases;

import com.google.common.collect.ComparisonChain;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.Objects;

/** A victim, named by ids only, and the case it is recorded in. */
public record VictimInCase(CaseId caseId, CaseNumber caseNumber, JurisdictionCode registeredIn, VictimId victimId)
        implements Comparable<VictimInCase> {
    public VictimInCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(registeredIn, "registeredIn");
        Objects.requireNonNull(victimId, "victimId");
    }

    /** By case number, then victim id: the order reports list them in. */
    @Override
    public int compareTo(VictimInCase o) {
        return ComparisonChain.start()
                .compare(caseNumber.value(), o.caseNumber.value())
                .compare(victimId.toString(), o.victimId.toString())
                .result();
    }
}
