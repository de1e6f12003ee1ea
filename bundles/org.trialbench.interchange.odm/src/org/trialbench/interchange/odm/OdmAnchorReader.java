package org.trialbench.interchange.odm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.trialbench.interchange.odm.internal.OdmCursor;
import org.trialbench.interchange.odm.internal.OdmSyntaxException;
import org.trialbench.repository.AuditAnchor;
import org.trialbench.repository.AuditAnchorReader;

/**
 * The audit anchor of an ODM export: the {@code tb:AuditSequence} and {@code tb:AuditHash} attributes of its root.
 * Reads the root element only.
 */
@Component(service = AuditAnchorReader.class)
public class OdmAnchorReader implements AuditAnchorReader {

	@Override
	public Optional<AuditAnchor> read(Path file) throws IOException {
		if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
			return Optional.empty();
		}
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
				OdmCursor cursor = OdmCursor.open(in)) {
			cursor.root();
			if (!cursor.isOdm("ODM")) {
				throw new IOException("it is not an ODM file: the root element is " + cursor.localName());
			}
			String sequence = cursor.attr(Odm.TB, Odm.TB_AUDIT_SEQUENCE);
			String hash = cursor.attr(Odm.TB, Odm.TB_AUDIT_HASH);
			if (sequence == null || hash == null) {
				throw new IOException("its ODM root records no audit anchor (tb:" + Odm.TB_AUDIT_SEQUENCE + ", tb:"
						+ Odm.TB_AUDIT_HASH + "): a metadata-only file, or one written by another system or before "
						+ "Trialbench recorded anchors");
			}
			return Optional.of(AuditAnchor.parse(sequence, hash));
		} catch (OdmSyntaxException e) {
			throw new IOException(e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new IOException("its audit anchor cannot be read: " + e.getMessage(), e);
		}
	}
}
