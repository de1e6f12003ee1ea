package org.trialbench.monitoring;

import java.util.HashMap;
import java.util.Map;

import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.Study;

/** The names people read for the OIDs and user ids that headers carry. */
public final class ProtocolNames {

	private final Map<String, String> names = new HashMap<>();
	private final Map<String, String> users = new HashMap<>();

	public ProtocolNames(Study study, Trial trial) {
		study.eAllContents().forEachRemaining(object -> {
			if (object instanceof ProtocolElement element && element.getOid() != null) {
				names.put(element.getOid(), element.getName() == null ? element.getOid() : element.getName());
			}
		});
		if (trial != null) {
			for (User user : trial.getUsers()) {
				users.put(user.getId(), user.getUsername());
			}
		}
	}

	/** The protocol element's name, or the OID itself when the protocol does not know it. */
	public String of(String oid) {
		return oid == null ? "" : names.getOrDefault(oid, oid);
	}

	/** The visit's name, with its repeat number for a repeated visit. */
	public String visit(String oid, int occurrence) {
		return occurrence > 1 ? of(oid) + " #" + occurrence : of(oid);
	}

	/** The user name of a user id; empty for none. */
	public String user(String userId) {
		return userId == null ? "" : users.getOrDefault(userId, userId);
	}
}
