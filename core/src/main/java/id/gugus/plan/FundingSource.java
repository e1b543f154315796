package id.gugus.plan;

/** Where an activity's budget comes from: state budget (APBN), regional budget (APBD) or other. */
public enum FundingSource {
    APBN,
    APBD,
    OTHER
}
