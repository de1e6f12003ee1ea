package org.trialbench.interchange.odm;

/**
 * Names of CDISC ODM 1.3.2 and of the Trialbench extension. What ODM cannot say (arms, visit windows, SDV state,
 * adverse events, queries, ...) travels as attributes and elements in the Trialbench namespace, which other
 * systems ignore as vendor extensions and which are stripped before schema validation.
 */
public final class Odm {
	public static final String NS = "http://www.cdisc.org/ns/odm/v1.3";
	public static final String TB = "http://trialbench.org/odm/1.0";
	public static final String TB_PREFIX = "tb";
	public static final String VERSION = "1.3.2";
	/** REDCap's and OpenClinica's extension namespaces, whose attributes the import reads where they help. */
	public static final String REDCAP = "https://projectredcap.org";
	public static final String OPENCLINICA = "http://www.openclinica.org/ns/odm_ext_v130/v3.1";
	/**
	 * {@code tb:} attributes of the ODM root that hold the audit trail's head the clinical data were read at (its
	 * anchor), for {@code ./trialbench audit --verify --anchor FILE}; the import ignores them.
	 */
	public static final String TB_AUDIT_SEQUENCE = "AuditSequence";
	public static final String TB_AUDIT_HASH = "AuditHash";

	private Odm() {
	}
}
