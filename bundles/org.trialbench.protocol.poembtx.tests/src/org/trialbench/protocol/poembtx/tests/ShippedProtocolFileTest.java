package org.trialbench.protocol.poembtx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxOids;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;

/** The shipped XMI is what {@link PoemBtxProtocolBuilder} writes, and it loads in OSGi and from a plain stream. */
class ShippedProtocolFileTest {

	@Test
	void shippedFileIsExactlyWhatTheBuilderWrites() throws IOException {
		String expected = builderOutput();
		String shipped = shippedText();
		if (!expected.equals(shipped)) {
			Path written = Path.of(System.getProperty("user.dir")).resolve("poem-btx.protocol").toAbsolutePath();
			Files.writeString(written, expected, StandardCharsets.UTF_8);
			assertEquals(expected, shipped, "The shipped " + PoemBtxProtocol.PATH
					+ " differs from PoemBtxProtocolBuilder; if the builder is right, copy " + written
					+ " over the shipped file");
		}
	}

	@Test
	void shippedModelEqualsTheBuiltModel() {
		assertTrue(EcoreUtil.equals(new PoemBtxProtocolBuilder().build(), PoemBtxProtocol.load()),
				"the loaded protocol is structurally equal to the one the builder makes");
	}

	@Test
	void loadsFromTheBundleUnderItsLogicalUri() {
		Bundle bundle = FrameworkUtil.getBundle(PoemBtxProtocol.class);
		assertNotNull(bundle, "tests run in OSGi");
		assertEquals(PoemBtxProtocol.BUNDLE, bundle.getSymbolicName());
		URL entry = bundle.getEntry(PoemBtxProtocol.PATH);
		assertNotNull(entry, "the XMI is packaged in the bundle");

		Study study = PoemBtxProtocol.load();
		assertEquals(PoemBtxProtocol.URI, study.eResource().getURI());
		assertEquals("platform:/plugin/org.trialbench.protocol.poembtx/protocol/poem-btx.protocol",
				study.eResource().getURI().toString());
	}

	@Test
	void loadsFromAPlainStreamOutsideTheBundle() throws IOException {
		ResourceSet set = new ResourceSetImpl();
		Study study = PoemBtxProtocol.load(set,
				new ByteArrayInputStream(shippedText().getBytes(StandardCharsets.UTF_8)));
		assertEquals(PoemBtxOids.STUDY, study.getOid());
		assertEquals(PoemBtxProtocol.URI, study.eResource().getURI());
	}

	@Test
	void eachLoadIsAFreshCopyButAResourceSetKeepsOne() {
		assertTrue(PoemBtxProtocol.load() != PoemBtxProtocol.load());
		ResourceSet set = new ResourceSetImpl();
		assertSame(PoemBtxProtocol.load(set), PoemBtxProtocol.load(set));
	}

	@Test
	void oidsAreTheXmiIdentifiers() {
		Study study = PoemBtxProtocol.load();
		Resource resource = study.eResource();
		assertEquals(PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA,
				resource.getURIFragment(resource.getEObject(PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA)));
		assertNotNull(resource.getEObject(PoemBtxOids.VISIT_MONTH_6));
	}

	private static String builderOutput() throws IOException {
		ResourceSet set = new ResourceSetImpl();
		PoemBtxProtocol.prepare(set);
		Resource resource = set.createResource(PoemBtxProtocol.URI);
		resource.getContents().add(new PoemBtxProtocolBuilder().build());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, PoemBtxProtocol.saveOptions());
		return normalized(out.toString(StandardCharsets.UTF_8));
	}

	private static String shippedText() throws IOException {
		URL url = PoemBtxProtocol.class.getResource("/" + PoemBtxProtocol.PATH);
		assertNotNull(url, PoemBtxProtocol.PATH + " is on the bundle class path");
		try (InputStream in = url.openStream()) {
			return normalized(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** A checkout on Windows may have turned the line ends into CRLF; that is not a difference. */
	private static String normalized(String text) {
		return text.replace("\r\n", "\n");
	}
}
