package org.trialbench.repository.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;

/**
 * What a server store must know of its protocol to classify rows itself (schema 12, {@code protocol_element}):
 * the arms (OID and code, for checking an allocation against the slot it was randomized to), the strata (OID and
 * code, so that a subject is randomized only in its own stratum), the arm-specific forms and the items that reveal
 * the allocation. Written by the store's owner from the stored protocol, so that
 * the server's commit functions never take a client's word for what reveals the allocation.
 */
public final class ProtocolBlinding {

	private ProtocolBlinding() {
	}

	/** Replaces the table's rows with those of the protocol (inside the caller's transaction, as the owner). */
	public static void store(Connection connection, Study protocol) throws SQLException {
		try (Statement delete = connection.createStatement()) {
			delete.executeUpdate("DELETE FROM protocol_element");
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO protocol_element (oid, kind, code, reveals_allocation) VALUES (?, ?, ?, ?) "
						+ "ON CONFLICT (oid) DO NOTHING")) {
			for (Iterator<EObject> it = protocol.eAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (element instanceof Arm arm && arm.getOid() != null) {
					add(insert, arm.getOid(), "arm", arm.getCode(), true);
				} else if (element instanceof Stratum stratum && stratum.getOid() != null) {
					add(insert, stratum.getOid(), "stratum", stratum.getCode(), false);
				} else if (element instanceof FormDefinition form && form.getArm() != null && form.getOid() != null) {
					add(insert, form.getOid(), "form", null, true);
				} else if (element instanceof ItemDefinition item && item.isRevealsAllocation() && item.getOid() != null) {
					add(insert, item.getOid(), "item", null, true);
				}
			}
			insert.executeBatch();
		}
		// that the blinding is stored, also for a protocol without arms (schema 19)
		try (Statement marker = connection.createStatement()) {
			marker.executeUpdate("INSERT INTO store_info (name, content) VALUES ('protocol.blinding', 'stored') "
					+ "ON CONFLICT (name) DO NOTHING");
		}
	}

	private static void add(PreparedStatement insert, String oid, String kind, String code, boolean reveals)
			throws SQLException {
		insert.setString(1, oid);
		insert.setString(2, kind);
		insert.setString(3, code);
		insert.setBoolean(4, reveals);
		insert.addBatch();
	}
}
