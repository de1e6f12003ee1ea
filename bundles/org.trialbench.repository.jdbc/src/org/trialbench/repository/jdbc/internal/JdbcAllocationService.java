package org.trialbench.repository.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.protocol.Arm;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.AllocationService;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.RandomizationList;
import org.trialbench.repository.RandomizationSlot;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.Unblinding;

/**
 * The concealed randomization list in the store. Trialbench checks the roles here on both stores; on PostgreSQL
 * the server checks them again: the list's tables are readable only by trialbench_statistician, and a slot is
 * taken through the security-definer function tb_take_slot.
 */
final class JdbcAllocationService implements AllocationService {

	/** The audit feature of an emergency unblinding; the entry's new value is the reason. */
	static final String UNBLINDING = "(emergency unblinding)";
	private static final Set<Role> MAY_UNBLIND = EnumSet.of(Role.INVESTIGATOR, Role.SAFETY);

	private final JdbcTrialSession session;

	JdbcAllocationService(JdbcTrialSession session) {
		this.session = session;
	}

	private boolean postgres() {
		return session.store().database().vendor() == Database.Vendor.POSTGRESQL;
	}

	private void requireStatistician(String what) throws AccessDeniedException {
		if (!session.hasRole(Role.STATISTICIAN)) {
			throw new AccessDeniedException("Only the trial statistician may " + what + "; "
					+ session.user().getUsername() + " is " + session.roles());
		}
	}

	@Override
	public void storeList(RandomizationList list, String reason) throws AccessDeniedException, StoreException {
		requireStatistician("store the randomization list");
		if (list.slots().isEmpty()) {
			throw new StoreException("The randomization list is empty; nothing was stored");
		}
		if (reason == null || reason.isBlank()) {
			throw new StoreException("Storing the randomization list needs a reason; nothing was stored");
		}
		session.store().transact(connection -> {
			if (count(connection, "SELECT COUNT(*) FROM randomization_list") > 0) {
				throw new StoreException("The store already holds a randomization list (it is never replaced, so "
						+ "that every allocation stays traceable to it); nothing was stored");
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO randomization_list (id, seed, "
					+ "generated_by, generated_at, method) VALUES (1, ?, ?, ?, ?)")) {
				insert.setLong(1, list.seed());
				insert.setString(2, session.user().getUsername());
				insert.setObject(3, OffsetDateTime.ofInstant(list.generatedAt() == null ? Instant.now()
						: list.generatedAt(), ZoneOffset.UTC));
				insert.setString(4, list.method() == null ? "" : list.method());
				insert.executeUpdate();
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO randomization_slot (stratum, "
					+ "sequence, block, block_size, arm_code) VALUES (?, ?, ?, ?, ?)")) {
				for (RandomizationSlot slot : list.slots()) {
					insert.setString(1, slot.stratum());
					insert.setInt(2, slot.sequence());
					insert.setInt(3, slot.block());
					insert.setInt(4, slot.blockSize());
					insert.setString(5, slot.armCode());
					insert.addBatch();
				}
				insert.executeBatch();
			}
			if (postgres()) {
				try (PreparedStatement prepare = connection.prepareStatement("SELECT tb_prepare_stratum(?)")) {
					for (String stratum : list.slots().stream().map(RandomizationSlot::stratum).distinct().toList()) {
						prepare.setString(1, stratum);
						prepare.execute();
					}
				}
			}
			// The list itself is no clinical object, but storing it is audited like one: who, when, why, seed.
			try (CommitWriter writer = CommitWriter.forUser(connection, session.store().database().vendor(),
					session.user().getUsername(), reason.strip(), false)) {
				writer.note(new ObjectRow("randomization-list", "RandomizationList", null, null, 0, null, null, true,
						Map.of()), "(stored)", list.slots().size() + " slots, " + list.method()); // never the seed: it would reveal the list
				writer.finish();
			}
			return null;
		});
	}

	@Override
	public boolean hasList() throws StoreException {
		if (postgres() && !session.hasRole(Role.STATISTICIAN)) {
			// others cannot read the list's tables; the audit trail says whether one was stored
			return session.store().query(connection -> count(connection,
					"SELECT COUNT(*) FROM audit_entry WHERE object_type = 'RandomizationList'") > 0);
		}
		return session.store().query(connection -> count(connection, "SELECT COUNT(*) FROM randomization_list") > 0);
	}

	@Override
	public RandomizationList list() throws AccessDeniedException, StoreException {
		requireStatistician("see the randomization list");
		return session.store().query(connection -> {
			long seed;
			String by;
			Instant at;
			String method;
			try (PreparedStatement query = connection.prepareStatement(
					"SELECT seed, generated_by, generated_at, method FROM randomization_list WHERE id = 1");
					ResultSet rs = query.executeQuery()) {
				if (!rs.next()) {
					throw new StoreException("The store holds no randomization list yet: generate one with "
							+ "./trialbench randomization-list --seed S");
				}
				seed = rs.getLong(1);
				by = rs.getString(2);
				at = rs.getObject(3, OffsetDateTime.class).toInstant();
				method = rs.getString(4);
			}
			List<RandomizationSlot> slots = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement("SELECT stratum, sequence, block, block_size, "
					+ "arm_code, subject_id, used_by, used_at FROM randomization_slot ORDER BY stratum, sequence");
					ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					OffsetDateTime used = rs.getObject(8, OffsetDateTime.class);
					slots.add(new RandomizationSlot(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
							rs.getString(5), rs.getString(6), rs.getString(7), used == null ? null : used.toInstant()));
				}
			}
			return new RandomizationList(seed, by, at, method, slots);
		});
	}

	@Override
	public Allocation randomize(String subjectId, String reason) throws AccessDeniedException, StoreException {
		if (!session.hasRole(Role.INVESTIGATOR)) {
			throw new AccessDeniedException("Only an investigator of the subject's site may randomize; "
					+ session.user().getUsername() + " is " + session.roles());
		}
		JdbcTrialTransaction transaction = new JdbcTrialTransaction(session, false);
		Subject subject = transaction.editSubject(subjectId);
		String label = "Subject " + subject.getScreeningNumber();
		if (subject.getSite() == null || !session.siteIds().contains(subject.getSite().getId())) {
			throw new AccessDeniedException(label + " is not at a site of " + session.user().getUsername()
					+ "; only its own site's investigator randomizes it");
		}
		if (subject.getAllocation() != null || subject.getStatus() == SubjectStatus.RANDOMIZED) {
			throw new StoreException(label + " is already randomized; nothing was changed");
		}
		if (subject.getStatus() != null && subject.getStatus() != SubjectStatus.SCREENING) {
			throw new StoreException(label + " is " + subject.getStatus().getLiteral()
					+ ", not in screening; only a screened, eligible subject is randomized");
		}
		if (subject.getStratum() == null || subject.getStratum().getCode() == null) {
			throw new StoreException(label + " has no stratum (diagnosis) yet; record it before randomizing");
		}
		String stratum = subject.getStratum().getCode();
		transaction.commitPrepared(reason == null || reason.isBlank() ? "randomization" : reason,
				(connection, writer) -> {
					Slot slot = postgres() ? takeOnServer(connection, subjectId, stratum)
							: takeEmbedded(connection, subjectId, stratum, writer.at());
					Arm arm = session.protocol().getArms().stream().filter(a -> slot.arm().equals(a.getCode()))
							.findFirst().orElseThrow(() -> new StoreException("The randomization list names arm "
									+ slot.arm() + ", which the protocol does not have; nothing was stored"));
					Allocation allocation = ClinicalFactory.eINSTANCE.createAllocation();
					allocation.setArm(arm);
					allocation.setRandomizationNumber(RandomizationSlot.number(stratum, slot.sequence()));
					allocation.setAllocatedAt(writer.at());
					allocation.setAllocatedBy(session.user());
					subject.setAllocation(allocation);
					subject.setStatus(SubjectStatus.RANDOMIZED);
					subject.setEnrolmentDate(LocalDate.ofInstant(writer.at(), ZoneOffset.UTC));
				});
		return EcoreUtil.copy(subject.getAllocation());
	}

	private record Slot(int sequence, String arm) {
	}

	/** On a server the slot comes from the stratum's sequence, so a peek that is rolled back burns its slot. */
	private static Slot takeOnServer(Connection connection, String subjectId, String stratum) throws SQLException {
		try (PreparedStatement call = connection.prepareStatement("SELECT slot_sequence, slot_arm FROM tb_take_slot(?, ?)")) {
			call.setString(1, subjectId);
			call.setString(2, stratum);
			try (ResultSet rs = call.executeQuery()) {
				rs.next();
				return new Slot(rs.getInt(1), rs.getString(2));
			}
		}
	}

	private Slot takeEmbedded(Connection connection, String subjectId, String stratum, Instant at)
			throws SQLException, StoreException {
		Slot slot;
		try (PreparedStatement query = connection.prepareStatement("SELECT sequence, arm_code FROM randomization_slot "
				+ "WHERE stratum = ? AND subject_id IS NULL ORDER BY sequence LIMIT 1 FOR UPDATE")) {
			query.setString(1, stratum);
			try (ResultSet rs = query.executeQuery()) {
				if (!rs.next()) {
					throw new StoreException(count(connection, "SELECT COUNT(*) FROM randomization_list") == 0
							? "The store holds no randomization list yet; the statistician generates it first"
							: "The randomization list has no free slot in stratum " + stratum
									+ "; ask the statistician to extend it. Nothing was stored");
				}
				slot = new Slot(rs.getInt(1), rs.getString(2));
			}
		}
		try (PreparedStatement update = connection.prepareStatement("UPDATE randomization_slot SET subject_id = ?, "
				+ "used_by = ?, used_at = ? WHERE stratum = ? AND sequence = ?")) {
			update.setString(1, subjectId);
			update.setString(2, session.user().getUsername());
			update.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
			update.setString(4, stratum);
			update.setInt(5, slot.sequence());
			update.executeUpdate();
		}
		return slot;
	}

	@Override
	public Allocation unblind(String subjectId, String reason) throws AccessDeniedException, StoreException {
		if (session.roles().stream().noneMatch(MAY_UNBLIND::contains) || session.blinded()) {
			throw new AccessDeniedException("Emergency unblinding is for the subject's investigator or the safety "
					+ "officer; " + session.user().getUsername() + " is " + session.roles());
		}
		if (reason == null || reason.isBlank()) {
			throw new StoreException("Emergency unblinding needs a reason; the subject stays blinded");
		}
		JdbcTrialSession.LoadedRecord record = session.loadSubject(subjectId).orElseThrow(() -> new StoreException(
				"Subject " + subjectId + " does not exist or is not visible to " + session.user().getUsername()));
		Subject subject = (Subject) record.root();
		if (subject.getAllocation() == null) {
			throw new StoreException("Subject " + subject.getScreeningNumber() + " is not randomized; there is no "
					+ "allocation to reveal");
		}
		String siteId = subject.getSite() == null ? null : subject.getSite().getId();
		session.store().transact(connection -> {
			// like every write: a user deactivated while their session is open reveals nothing more
			if (!UserAccess.isActive(connection, session.user().getUsername())) {
				throw new AccessDeniedException("Not unblinded: the user " + session.user().getUsername()
						+ " has been deactivated");
			}
			try (CommitWriter writer = CommitWriter.forUser(connection, session.store().database().vendor(),
					session.user().getUsername(), reason.strip(), false)) {
				// Not arm-revealing: the data manager (blinded) must see that, who and why, never which arm.
				writer.note(new ObjectRow(subjectId, "Subject", null, null, 0, subjectId, siteId, false, Map.of()),
						UNBLINDING, reason.strip());
				return writer.finish();
			}
		});
		return EcoreUtil.copy(subject.getAllocation());
	}

	@Override
	public List<Unblinding> unblindings() throws StoreException {
		List<Unblinding> result = new ArrayList<>();
		for (AuditEntry entry : new JdbcAuditTrail(session).forFeature(UNBLINDING)) {
			result.add(new Unblinding(entry.subjectId(), entry.username(), entry.at(), entry.newValue()));
		}
		return result;
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
			rs.next();
			return rs.getInt(1);
		}
	}
}
