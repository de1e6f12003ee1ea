package org.trialbench.interchange.odm;

/**
 * What an export writes. A snapshot states the current values; a transactional file marks every record with
 * {@code TransactionType="Upsert"} so that a receiving system merges it into what it holds.
 */
public record OdmExportOptions(boolean metadataOnly, FileType fileType, boolean auditRecords, boolean signatures) {

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
		return new OdmExportOptions(metadataOnly, FileType.TRANSACTIONAL, auditRecords, signatures);
	}
}
