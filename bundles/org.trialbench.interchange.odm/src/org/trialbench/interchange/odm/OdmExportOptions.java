package org.trialbench.interchange.odm;

/**
 * What an export writes. A snapshot states the current values; a transactional file marks every record with
 * {@code TransactionType="Upsert"} so that a receiving system merges it into what it holds. A plain file is pure
 * ODM 1.3.2 without Trialbench's extensions (valid against CDISC's schema alone, for any other system); the default
 * keeps them, declared by Trialbench's extension schema, so that a Trialbench store reads back everything.
 */
public record OdmExportOptions(boolean metadataOnly, FileType fileType, boolean auditRecords, boolean signatures,
		boolean plain) {

	public OdmExportOptions(boolean metadataOnly, FileType fileType, boolean auditRecords, boolean signatures) {
		this(metadataOnly, fileType, auditRecords, signatures, false);
	}

	/** The same export without Trialbench's extensions. */
	public OdmExportOptions withoutExtensions() {
		return new OdmExportOptions(metadataOnly, fileType, auditRecords, signatures, true);
	}

	public enum FileType {
		SNAPSHOT("Snapshot"), TRANSACTIONAL("Transactional");

		private final String odm;

		FileType(String odm) {
			this.odm = odm;
		}

		public String odm() {
			return odm;
		}
	}

	public static OdmExportOptions full() {
		return new OdmExportOptions(false, FileType.SNAPSHOT, true, true);
	}

	public static OdmExportOptions metadata() {
		return new OdmExportOptions(true, FileType.SNAPSHOT, false, false);
	}

	public OdmExportOptions transactional() {
		return new OdmExportOptions(metadataOnly, FileType.TRANSACTIONAL, auditRecords, signatures, plain);
	}
}
