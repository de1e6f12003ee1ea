package org.trialbench.interchange.odm.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.demo.DemoUsers;
import org.trialbench.interchange.odm.OdmExport;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.repository.InitialCredentials;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * Real embedded stores for the tests: a demo trial, and an empty copy of its set-up (protocol, sites, users) with
 * an extra user "importer" who may enter, verify and sign data at every site, as a data import needs.
 */
final class Stores {
	static final String IMPORTER = "importer";

	private Stores() {
	}

	static DemoTrial demo(int sites, int subjects) {
		return new DemoTrialGenerator(sites, subjects, 7).generate(new NullProgressMonitor());
	}

	static JdbcTrialRepository filled(Path file, DemoTrial demo) throws Exception {
		JdbcTrialRepository store = JdbcTrialRepository.embedded(file);
		store.initialize(EcoreUtil.copy(demo.trial()), demo.credentials(), demo.reason(), new NullProgressMonitor());
		return store;
	}

	/** The same protocol, sites and users, no subjects, plus the importer. */
	static JdbcTrialRepository empty(Path file, Trial template) throws Exception {
		Trial trial = EcoreUtil.copy(template);
		trial.getSites().forEach(site -> site.getSubjects().clear());
		trial.getAdjudicationCases().clear();
		return initialize(file, trial);
	}

	static JdbcTrialRepository initialize(Path file, Trial trial) throws Exception {
		User importer = ClinicalFactory.eINSTANCE.createUser();
		importer.setId("user-importer");
		importer.setUsername(IMPORTER);
		importer.setFullName("Data import");
		importer.setActive(true);
		importer.getRoles().add(Role.INVESTIGATOR);
		importer.getRoles().add(Role.MONITOR);
		importer.getRoles().add(Role.SAFETY);
		importer.getRoles().add(Role.ADMINISTRATOR);
		for (Site site : trial.getSites()) {
			importer.getSites().add(site);
		}
		trial.getUsers().add(importer);
		Map<String, char[]> passwords = new HashMap<>();
		trial.getUsers().forEach(u -> passwords.put(u.getUsername(), DemoUsers.PASSWORD.toCharArray()));
		JdbcTrialRepository store = JdbcTrialRepository.embedded(file);
		store.initialize(trial, new InitialCredentials(passwords), "test set-up", new NullProgressMonitor());
		return store;
	}

	static byte[] export(TrialSession session, OdmExportOptions options) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OdmExport.export(session, out, options, new NullProgressMonitor());
		return out.toByteArray();
	}

	static OdmImport.Source source(String name, byte[] bytes) {
		return new OdmImport.Source() {
			@Override
			public InputStream open() throws IOException {
				return new ByteArrayInputStream(bytes);
			}

			@Override
			public String name() {
				return name;
			}

			@Override
			public long size() {
				return bytes.length;
			}
		};
	}
}
