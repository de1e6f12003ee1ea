package org.trialbench.repository;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the audit anchor an exported file records, for {@code ./trialbench audit --verify --anchor FILE}. Each
 * capability that writes anchors into its files (publication workbooks, ODM files) registers one as an OSGi
 * service, so that the format of a file is known only where it is written.
 */
public interface AuditAnchorReader {

	/**
	 * The anchor the file records; empty when the file is not of the kind this reader knows. Throws when it is of
	 * that kind but holds no readable anchor (a file exported before anchors were recorded), naming why.
	 */
	Optional<AuditAnchor> read(Path file) throws IOException;
}
