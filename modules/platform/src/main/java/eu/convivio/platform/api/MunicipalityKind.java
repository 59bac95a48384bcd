package eu.convivio.platform.api;

/** A tenant is a municipality or a region (which may contain municipalities). */
public enum MunicipalityKind {
    MUNICIPALITY,
    REGION
}
